export const id = 553;

export const ids = [ 553 ];

export const modules = {
    95581: (module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
            try {
                __webpack_require__.r(__webpack_exports__);
                __webpack_require__.d(__webpack_exports__, {
                    COMMANDS: () => COMMANDS,
                    EXIT: () => EXIT,
                    cli: () => cli,
                    firstSentence: () => firstSentence
                });
                var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
                var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
                var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
                var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
                var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62540);
                var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86148);
                var _outcome_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34671);
                var _report_context_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(70301);
                var _report_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76574);
                var _report_junit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(42998);
                var _report_terminal_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87496);
                var _report_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(65655);
                var _report_timeline_json_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5110);
                var _run_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(52990);
                var _util_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(70017);
                var _util_exit_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(85234);
                var _util_setting_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(21832);
                var _util_text_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(49997);
                const NAME = "kubevirt-transition-check";
                const EXIT = {
                    passed: 0,
                    flaky: 0,
                    failed: 1,
                    inconclusive: 2,
                    error: 3
                };
                const EXIT_CODES = "Exit code: 0 passed (or flaky), 1 failed, 2 inconclusive, 3 the check could not run.";
                const COMMANDS = {
                    run: {
                        summary: "Check a VM on the cluster of a kubeconfig (any cluster with KubeVirt).",
                        run: (args, io) => check("run", args, io)
                    },
                    demo: {
                        summary: "The same check on a simulated KubeVirt cluster started in this process.",
                        run: async (args, io) => check("demo", args, io, await __webpack_require__.e(463).then(__webpack_require__.bind(__webpack_require__, 55844)))
                    },
                    compare: {
                        summary: "Compare the timeline JSON of a run with earlier ones: flags the durations that grew.",
                        run: async (args, io) => (await __webpack_require__.e(539).then(__webpack_require__.bind(__webpack_require__, 81539))).compareCommand(args, io.raw.stdout, io.stderr)
                    }
                };
                const CLI_DESCRIPTIONS = {
                    kubeconfig: "Path to the kubeconfig of the cluster to check. Not given: `$KUBECONFIG`, else `~/.kube/config`. The file's content is never printed: a server URL that holds a user name and password is refused (give them in the user entry), and an exec credential plugin's failure is reported without its output.",
                    timeout: "How long one attempt may take, e.g. `5m`, `10m`; from `1ms` to `24h`. On a real node the default path ends 1 to 1.5 minutes after the first pull (docs/kubelet-timing.md), so less than `5m` leaves little margin for the VM's start. The upstream test allows 660 s for two toggles in the worst case of the kubelet's back-off. An attempt's time includes creating its VM; the whole run ends within 1m (pre-flight) + `attempts` × `timeout` + 3m (cleanup). `demo`: 5m of node time on the demo's clock (30 s at time scale 0.1).",
                    "fail-on-flaky": "Exit 1 when the result is `flaky` (by default a flaky check exits 0 with a warning).",
                    "fail-on-regression": "Exit 1 when a duration regressed (by default a regression is only reported).",
                    "check-name": "Name of this check in its reports. Not given: `check · KubeVirt <version the cluster reports>`.",
                    "junit-path": "Where to write the JUnit XML (one test case per attempt). Not given: no file (with $ARTIFACTS set: a file there).",
                    "timeline-path": "Where to write the timeline JSON (docs/timeline-schema.md); the diagnostics of a check that did not pass go beside it. Not given: no file (with $ARTIFACTS set: a file there)."
                };
                const OUTPUT_FLAG = {
                    output: {
                        description: "What goes to stdout: text (the timeline as a table), json (the timeline document) or junit (JUnit XML). Progress goes to stderr.",
                        short: "o",
                        value: "text|json|junit",
                        default: "text"
                    }
                };
                const OUTPUTS = [ "text", "json", "junit" ];
                function commandInputs(command) {
                    return (0, _flags_js__WEBPACK_IMPORTED_MODULE_5__.vj)().filter(name => !(name in _util_setting_js__WEBPACK_IMPORTED_MODULE_14__.CF) && !(command === "demo" && name === "kubeconfig"));
                }
                function commandFlags(command, demo) {
                    return {
                        ...OUTPUT_FLAG,
                        ...demo?.DEMO_FLAGS ?? {},
                        ...cliWords((0, _flags_js__WEBPACK_IMPORTED_MODULE_5__.eJ)(commandInputs(command))),
                        ..._flags_js__WEBPACK_IMPORTED_MODULE_5__.lu
                    };
                }
                function cliWords(flags) {
                    for (const [name, words] of Object.entries(CLI_DESCRIPTIONS)) if (flags[name]) flags[name] = {
                        ...flags[name],
                        description: words
                    };
                    return flags;
                }
                async function cli(argv, terminalOut = process.stdout, terminalErr = process.stderr, env = process.env) {
                    const [name, ...rest] = argv;
                    const safe = stream => ({
                        write: text => stream.write((0, _util_text_js__WEBPACK_IMPORTED_MODULE_15__.TW)(text)),
                        columns: stream.columns,
                        isTTY: stream.isTTY
                    });
                    const stdout = safe(terminalOut);
                    const stderr = safe(terminalErr);
                    const io = {
                        stdout: stdout,
                        stderr: stderr,
                        raw: {
                            stdout: terminalOut,
                            stderr: terminalErr
                        },
                        env: env
                    };
                    if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
                        (name === void 0 ? stderr : stdout).write(`${usage()}\n`);
                        return name === void 0 ? EXIT.error : 0;
                    }
                    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
                    if (!command) {
                        stderr.write(`error: unknown command "${name}"\n\n${usage()}\n`);
                        return EXIT.error;
                    }
                    return command.run(rest, io);
                }
                function usage() {
                    const width = Math.max(...Object.keys(COMMANDS).map(name => name.length));
                    return [ `Usage: ${NAME} <command> [flags]`, "", "Commands:", ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`), "", `'${NAME} <command> --help' lists the flags of a command: the action's inputs, same names and defaults.`, EXIT_CODES ].join("\n");
                }
                function commandUsage(command, flags, width) {
                    const ignored = Object.keys(_util_setting_js__WEBPACK_IMPORTED_MODULE_14__.CF).join(", ");
                    return [ `Usage: ${NAME} ${command} [flags]`, "", ...(0, _flags_js__WEBPACK_IMPORTED_MODULE_5__.LV)(COMMANDS[command].summary, width), "", "Flags (every input of the action that applies here is a flag of the same name, with the same default):", (0, 
                    _flags_js__WEBPACK_IMPORTED_MODULE_5__.GY)(flags, width), "", ...(0, _flags_js__WEBPACK_IMPORTED_MODULE_5__.LV)(`Inputs of the GitHub Action only, not flags here: ${ignored}. With $ARTIFACTS set (Prow), junit-path and timeline-path default to files in that directory. The diagnostics of a check that failed, was inconclusive or could not run go to ${_report_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__.QN}/ next to the timeline JSON, as in the action, or without one to a new folder under the temp directory; the path is printed.`, width), EXIT_CODES ].join("\n");
                }
                async function check(command, args, io, demo) {
                    const {stdout: stdout, stderr: stderr, env: env} = io;
                    const flags = commandFlags(command, demo);
                    const fail = message => {
                        stderr.write(`error: ${message}\nSee '${NAME} ${command} --help'.\n`);
                        return EXIT.error;
                    };
                    const actionOnly = args.map(arg => /^--([^=]+)/.exec(arg)?.[1]).find(flag => flag !== void 0 && flag in _util_setting_js__WEBPACK_IMPORTED_MODULE_14__.CF);
                    if (actionOnly) return fail(`--${actionOnly} is an input of the GitHub Action only: ${_util_setting_js__WEBPACK_IMPORTED_MODULE_14__.CF[actionOnly]}.`);
                    let values;
                    let settings;
                    let config;
                    let output;
                    try {
                        const parsed = (0, _flags_js__WEBPACK_IMPORTED_MODULE_5__.bQ)(args, flags);
                        if (parsed.help) {
                            stdout.write(`${commandUsage(command, flags, helpWidth(stdout))}\n`);
                            return 0;
                        }
                        values = parsed.values;
                        output = values.output ?? "text";
                        if (!OUTPUTS.includes(output)) return fail(`invalid value "${values.output}" for flag -o/--output: use text, json or junit`);
                        settings = demo?.demoSettings(values);
                        if (settings?.image) values.image ??= settings.image;
                        if (settings?.timeout) values.timeout ??= settings.timeout;
                        config = (0, _config_js__WEBPACK_IMPORTED_MODULE_4__.X)(input => values[input] ?? artifactDefault(input, env) ?? "", env, "cli");
                    } catch (error) {
                        if (error instanceof _config_js__WEBPACK_IMPORTED_MODULE_4__.x) {
                            const problems = error.problems.map(problem => (0, _util_setting_js__WEBPACK_IMPORTED_MODULE_14__.gT)(problem.input, "cli", problem.detail));
                            stderr.write(`${problems.join("\n")}\nSee '${NAME} ${command} --help'.\n`);
                            return EXIT.error;
                        }
                        return fail((0, _util_errors_js__WEBPACK_IMPORTED_MODULE_13__.g)(error));
                    }
                    const files = {
                        junit: values["junit-path"] ?? artifactDefault("junit-path", env),
                        timeline: values["timeline-path"] ?? artifactDefault("timeline-path", env)
                    };
                    const contextOf = outcome => (0, _report_context_js__WEBPACK_IMPORTED_MODULE_16__.g)({
                        ...config,
                        kubevirtVersion: "",
                        junitPath: files.junit ? config.junitPath : "",
                        timelinePath: files.timeline ? config.timelinePath : ""
                    }, env, outcome);
                    const controller = new AbortController;
                    const onSignal = signal => {
                        if (controller.signal.aborted) {
                            stderr.write(`error: received ${signal} again: exiting before the cleanup finished; list what is left with: kubectl get namespaces,vm -A -l app.kubernetes.io/managed-by=kubevirt-transition-check\n`);
                            process.exit(EXIT.error);
                        }
                        controller.abort();
                    };
                    process.on("SIGINT", onSignal);
                    process.on("SIGTERM", onSignal);
                    let cluster;
                    try {
                        let tuning = {};
                        if (demo && settings) {
                            cluster = await demo.startDemoCluster(settings, line => stderr.write(`${line}\n`));
                            config.kubeconfig = cluster.kubeconfigPath;
                            tuning = demo.demoTuning(cluster.timeScale);
                        }
                        const started = performance.now();
                        let outcome;
                        let stopped;
                        try {
                            outcome = await (0, _run_js__WEBPACK_IMPORTED_MODULE_12__.k)(config, terminalHooks(stderr, controller.signal), tuning);
                        } catch (error) {
                            if (error instanceof _outcome_js__WEBPACK_IMPORTED_MODULE_6__.cc || controller.signal.aborted) throw error;
                            outcome = (0, _outcome_js__WEBPACK_IMPORTED_MODULE_6__.Ao)(error, "run", performance.now() - started);
                            stopped = error;
                        }
                        const context = contextOf(outcome);
                        await writeReports(outcome, context, stderr);
                        if (output === "json") io.raw.stdout.write(render(outcome, context, output, stdout.columns)); else stdout.write(render(outcome, context, output, stdout.columns));
                        if (stopped !== void 0) stderr.write(`error: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_13__.g)(stopped)}\n`);
                        const code = stopped === void 0 ? exitCode(outcome, config) : EXIT.error;
                        const last = output === "text" ? io.raw.stdout : io.raw.stderr;
                        last.write(`${verdictLine(outcome, code, colours(last, env))}\n`);
                        return code;
                    } catch (error) {
                        stderr.write(`error: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_13__.g)(error)}\n`);
                        return EXIT.error;
                    } finally {
                        await (cluster?.stop());
                        process.off("SIGINT", onSignal);
                        process.off("SIGTERM", onSignal);
                    }
                }
                function artifactDefault(input, env) {
                    if (!env.ARTIFACTS) return;
                    if (input === "junit-path") return (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.ARTIFACTS, `junit_${NAME}.xml`);
                    if (input === "timeline-path") return (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.ARTIFACTS, `${NAME}-timeline.json`);
                    return;
                }
                async function writeReports(outcome, context, stderr) {
                    const files = [ [ "JUnit XML", context.junitPath, () => (0, _report_junit_js__WEBPACK_IMPORTED_MODULE_8__.R)(outcome, context) ], [ "timeline JSON", context.timelinePath, () => (0, 
                    _report_timeline_json_js__WEBPACK_IMPORTED_MODULE_11__.wt)(outcome, context) ] ];
                    for (const [what, path, content] of files) {
                        if (!path) continue;
                        try {
                            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0, 
                            node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)), {
                                recursive: true
                            });
                            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, content());
                            stderr.write(`${what}: ${path}\n`);
                        } catch (error) {
                            stderr.write(`warning: could not write ${path}: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_13__.g)(error)}\n`);
                        }
                    }
                    if (!outcome.diagnostics) return;
                    let folder = context.timelinePath ? (0, _report_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__.z4)(context.timelinePath) : void 0;
                    try {
                        folder ??= (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0, 
                        node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0, node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `${NAME}-`)), _report_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__.QN);
                        await (0, _report_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__.ID)(outcome.diagnostics, folder);
                        const problems = outcome.diagnostics.problems.length > 0 ? " and problems.txt, what could not be collected" : "";
                        stderr.write(`diagnostics (${outcome.diagnostics.files.length} files${problems}): ${folder}\n`);
                    } catch (error) {
                        stderr.write(`warning: could not write the diagnostics to ${folder ?? (0, node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()}: ${(0, 
                        _util_errors_js__WEBPACK_IMPORTED_MODULE_13__.g)(error)}\n`);
                    }
                }
                function render(outcome, context, output, columns) {
                    if (output === "json") return `${(0, _util_text_js__WEBPACK_IMPORTED_MODULE_15__.C5)(JSON.stringify((0, 
                    _report_timeline_json_js__WEBPACK_IMPORTED_MODULE_11__.$I)(outcome, context), null, 2))}\n`;
                    if (output === "junit") return (0, _report_junit_js__WEBPACK_IMPORTED_MODULE_8__.R)(outcome, context);
                    return (0, _report_terminal_js__WEBPACK_IMPORTED_MODULE_9__.b)(outcome, context, {
                        width: columns
                    });
                }
                function colours(stream, env) {
                    const on = env.NO_COLOR ? false : env.FORCE_COLOR !== void 0 ? env.FORCE_COLOR !== "0" : stream.isTTY === true && env.TERM !== "dumb";
                    return on ? (colour, text) => (0, node_util__WEBPACK_IMPORTED_MODULE_3__.styleText)([ colour, "bold" ], text, {
                        validateStream: false
                    }) : (_, text) => text;
                }
                function verdictLine(outcome, code, paint) {
                    const result = outcome.error ? "COULD NOT RUN" : outcome.result.toUpperCase();
                    const colour = outcome.error || outcome.result === "failed" ? "red" : outcome.result === "passed" ? "green" : "yellow";
                    const why = outcome.error?.message ?? outcome.attempts.at(-1)?.verdict.explanation ?? "";
                    return `${paint(colour, result)}  ${(0, _util_text_js__WEBPACK_IMPORTED_MODULE_15__.sN)((0, 
                    _report_text_js__WEBPACK_IMPORTED_MODULE_10__.tl)(firstSentence(why), MAX_VERDICT_CHARS))}  (exit ${code})`;
                }
                const MAX_VERDICT_CHARS = 600;
                function firstSentence(text) {
                    return (/^.*?\.(?=\s|$)/s.exec(text)?.[0] ?? text).trim();
                }
                function helpWidth(stream) {
                    return Math.min(100, Math.max(60, (stream.columns ?? 100) - 2));
                }
                function exitCode(outcome, config) {
                    if (outcome.result === "flaky" && config.failOnFlaky) return EXIT.failed;
                    return EXIT[outcome.result];
                }
                function terminalHooks(stderr, signal) {
                    const write = line => stderr.write(`${(0, _util_text_js__WEBPACK_IMPORTED_MODULE_15__.sN)(line)}\n`);
                    return {
                        log: write,
                        warn: line => write(`warning: ${line}`),
                        group: async (title, work) => {
                            write(`== ${title}`);
                            return work();
                        },
                        signal: signal
                    };
                }
                if (import.meta.main) {
                    process.exitCode = await cli(process.argv.slice(2));
                    (0, _util_exit_js__WEBPACK_IMPORTED_MODULE_17__.l)(line => process.stderr.write(`${line}\n`));
                }
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    },
    86148: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            GY: () => renderFlags,
            LV: () => wrap,
            bQ: () => parseFlags,
            eJ: () => inputFlags,
            lu: () => HELP_FLAG,
            q9: () => clearFlagError,
            vj: () => inputNames
        });
        var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
        var _contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3665);
        function inputFlags(names = inputNames()) {
            return Object.fromEntries(names.map(name => [ name, {
                description: _contract_js__WEBPACK_IMPORTED_MODULE_1__.LS[name],
                default: _contract_js__WEBPACK_IMPORTED_MODULE_1__.WJ[name],
                value: "VALUE"
            } ]));
        }
        function inputNames() {
            return Object.keys(_contract_js__WEBPACK_IMPORTED_MODULE_1__.WJ);
        }
        const HELP_FLAG = {
            help: {
                description: "Print this help.",
                boolean: true,
                short: "h"
            }
        };
        function parseFlags(args, specs) {
            const options = {};
            for (const [name, spec] of Object.entries(specs)) options[name] = {
                type: spec.boolean ? "boolean" : "string",
                ...spec.short && {
                    short: spec.short
                }
            };
            let values;
            try {
                ({values: values} = (0, node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
                    args: args,
                    options: options,
                    allowPositionals: false,
                    strict: true
                }));
            } catch (error) {
                throw clearFlagError(error, Object.keys(specs));
            }
            const strings = {};
            let help = false;
            for (const [name, value] of Object.entries(values)) if (name === "help") help = value === true; else if (typeof value === "string") strings[name] = value; else if (Array.isArray(value)) strings[name] = String(value.at(-1));
            return {
                values: strings,
                help: help
            };
        }
        function clearFlagError(error, names) {
            const {code: code, message: message} = error;
            if (typeof message !== "string") return error;
            const flag = /^Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
            if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
                const before = /argument is ambiguous/.test(message) ? ", before the next flag" : "";
                return new Error(`flag ${flag} needs a value${before}: ${flag} VALUE or ${flag}=VALUE (a value that starts with '-' only as ${flag}=VALUE)`);
            }
            if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
                const given = /^Unknown option '([^']+)'/.exec(message)?.[1] ?? "";
                const near = closest(given.replace(/^-+/, "").split("=")[0] ?? "", names);
                return new Error(`unknown flag ${given}${near ? ` (did you mean --${near}?)` : ""}`);
            }
            if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
                const word = /^Unexpected argument '([^']*)'/.exec(message)?.[1] ?? "";
                return new Error(`unexpected argument '${word}': every value follows its flag (--flag VALUE)`);
            }
            return error;
        }
        function closest(word, names) {
            let best;
            for (const name of names) {
                const distance = editDistance(word, name);
                if (distance <= Math.max(1, Math.floor(name.length / 3)) && distance < (best?.distance ?? 1 / 0)) best = {
                    name: name,
                    distance: distance
                };
            }
            return best?.name;
        }
        function editDistance(a, b) {
            let row = Array.from({
                length: b.length + 1
            }, (_, i) => i);
            for (let i = 1; i <= a.length; i++) {
                const next = [ i ];
                for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
                row = next;
            }
            return row[b.length];
        }
        function renderFlags(specs, width = 100) {
            const lines = [];
            for (const [name, spec] of Object.entries(specs)) {
                const short = spec.short ? `-${spec.short}, ` : "";
                lines.push(`  ${short}--${name}${spec.boolean ? "" : ` ${spec.value ?? "VALUE"}`}`);
                const shown = spec.default ? `${spec.description} (default: ${spec.default})` : spec.description;
                lines.push(...wrap(shown, Math.max(40, width - 6)).map(line => `      ${line}`));
            }
            return lines.join("\n");
        }
        function wrap(text, width) {
            const lines = [];
            let line = "";
            for (const word of text.split(/\s+/).filter(Boolean)) if (line && line.length + 1 + word.length > width) {
                lines.push(line);
                line = word;
            } else line = line ? `${line} ${word}` : word;
            if (line) lines.push(line);
            return lines;
        }
    },
    14031: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            D4: () => plainTitle,
            X: () => escapeXml,
            YO: () => mdLine,
            ZD: () => escapeHtml,
            _b: () => mermaidLabel,
            bC: () => mdText,
            pK: () => mdPre,
            s8: () => markerKey,
            xs: () => mdCode
        });
        var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
        var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65655);
        const CODE_SPECIAL = /[&<>`*_[\]\\~|$]/g;
        const TEXT_SPECIAL = /[&<>`*_[\]\\~|$:@#]/g;
        function reference(char) {
            return `&#${char.codePointAt(0)};`;
        }
        function mdText(value, max = 500) {
            return (0, _text_js__WEBPACK_IMPORTED_MODULE_1__.tl)(value, max).replace(TEXT_SPECIAL, char => char === "@" || char === "#" ? `${char}&#8203;` : reference(char));
        }
        function mdLine(value, max = 500) {
            return mdText(value.trimStart(), max).replace(/^([-+=]|\d(?=\d*[.)]))/, reference);
        }
        function mdCode(value, max = 300) {
            return `<code>${(0, _text_js__WEBPACK_IMPORTED_MODULE_1__.tl)(value, max).replace(CODE_SPECIAL, reference)}</code>`;
        }
        function mdPre(value, max = 4e3) {
            const lines = (0, _text_js__WEBPACK_IMPORTED_MODULE_1__.fk)(value, max).map(line => line.replace(CODE_SPECIAL, reference));
            return `<pre>${lines.join("\n")}</pre>`;
        }
        function plainTitle(value, max = 100) {
            const lookalike = {
                "@": "＠",
                "<": "‹",
                ">": "›",
                "`": "ˋ"
            };
            return (0, _text_js__WEBPACK_IMPORTED_MODULE_1__.tl)(value, max).replace(/[@<>`]/g, char => lookalike[char]);
        }
        function escapeHtml(value) {
            return value.replace(/[&<>"']/g, reference);
        }
        const XML_INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
        function escapeXml(value) {
            return value.replace(XML_INVALID, "�").replace(/[&<>"']/g, char => {
                switch (char) {
                  case "&":
                    return "&amp;";

                  case "<":
                    return "&lt;";

                  case ">":
                    return "&gt;";

                  case '"':
                    return "&quot;";

                  default:
                    return "&apos;";
                }
            });
        }
        const MERMAID_STATEMENT = /^(click|call|href|gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|title|accdescription|accdescr|acctitle|section|\d{4}-\d{2}-\d{2})/i;
        function mermaidLabel(value, max = 60) {
            const label = (0, _text_js__WEBPACK_IMPORTED_MODULE_1__.xv)((0, _text_js__WEBPACK_IMPORTED_MODULE_1__.TN)(value).replace(/[^\p{L}\p{N} ._\-/+=,'!?*~[\]·…]+/gu, " ").replace(/\s+/g, " ").trim(), max);
            if (label === "") return "_";
            return MERMAID_STATEMENT.test(label) ? `_ ${label}` : label;
        }
        function markerKey(checkName) {
            const name = checkName.toWellFormed();
            const key = encodeURIComponent(name).replace(/-/g, "%2D");
            if (key.length <= MARKER_KEY_MAX_CHARS) return key;
            return `sha256.${(0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(name).digest("hex")}`;
        }
        const MARKER_KEY_MAX_CHARS = 200;
    },
    21375: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            H7: () => pollingOf,
            LY: () => timelineRows,
            PM: () => howMatched,
            U_: () => headAndTail,
            dc: () => gapsOf,
            mi: () => eventEntries,
            tQ: () => isShort,
            vn: () => shortObjectName,
            xD: () => stateSpans
        });
        function stateSpans(timeline) {
            const spans = [];
            const current = new Map;
            for (const entry of timeline.entries) {
                if (entry.kind !== "state" || entry.witness === "event") continue;
                const key = `${entry.witness}\0${entry.object}`;
                const previous = current.get(key);
                if (previous?.state === entry.state) continue;
                if (previous) {
                    previous.untilMs = entry.atMs;
                    previous.open = false;
                }
                const span = {
                    witness: entry.witness,
                    object: entry.object,
                    container: entry.container,
                    state: entry.state,
                    fromMs: entry.atMs,
                    untilMs: Math.max(entry.atMs, timeline.endedAtMs),
                    seenBy: entry.seenBy,
                    open: true
                };
                current.set(key, span);
                spans.push(span);
            }
            return spans;
        }
        function sameState(a, b) {
            return a.witness === b.witness && a.object === b.object && a.state === b.state && a.seenBy === b.seenBy && a.message === b.message && a.container === b.container && a.reason === b.reason;
        }
        function timelineRows(timeline) {
            const rows = [];
            for (const entry of timeline.entries) {
                const last = rows.at(-1);
                if (last && last.entry.kind === "state" && entry.kind === "state") if (entry.witness !== "event" && sameState(last.entry, entry)) {
                    last.count++;
                    last.lastAtMs = entry.atMs;
                    continue;
                }
                rows.push({
                    entry: entry,
                    count: 1,
                    lastAtMs: entry.atMs
                });
            }
            return rows;
        }
        function gapsOf(timeline) {
            return timeline.entries.filter(entry => entry.kind === "gap");
        }
        function pollingOf(timeline) {
            return timeline.entries.filter(entry => entry.kind === "polling");
        }
        function eventEntries(timeline) {
            return timeline.entries.filter(entry => entry.kind === "state" && entry.witness === "event");
        }
        function headAndTail(items, max) {
            if (items.length <= max) return {
                head: [ ...items ],
                omitted: 0,
                tail: []
            };
            const headCount = Math.ceil(max * 2 / 3);
            const tailCount = Math.max(0, max - headCount);
            return {
                head: items.slice(0, headCount),
                omitted: items.length - headCount - tailCount,
                tail: tailCount > 0 ? items.slice(items.length - tailCount) : []
            };
        }
        function howMatched(match) {
            if (!match.byEventCount) return match.seenBy;
            return match.count !== void 0 ? `event count ×${match.count}` : "event count";
        }
        const SHORT_SHARE = .01;
        function isShort(ms, timeline) {
            return ms < Math.max(1, timeline.endedAtMs) * SHORT_SHARE;
        }
        function shortObjectName(object, vm) {
            const name = object.split("/").at(-1) ?? object;
            const vmName = vm.split("/").at(-1) ?? vm;
            const prefix = `virt-launcher-${vmName}-`;
            return name.startsWith(prefix) ? `virt-launcher-…-${name.slice(prefix.length)}` : name;
        }
    },
    65655: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            $G: () => formatLasted,
            BO: () => boundsOf,
            CJ: () => boundUsage,
            LM: () => weakerEvidence,
            LS: () => plural,
            Mn: () => couldNotRun,
            TN: () => oneLine,
            _l: () => stageWords,
            a3: () => _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.a3,
            c5: () => attemptsWords,
            fk: () => printableLines,
            tl: () => shortLine,
            xS: () => _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.xS,
            xv: () => truncate
        });
        var _util_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
        var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
        const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
        const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
        function oneLine(value) {
            return (0, _util_text_js__WEBPACK_IMPORTED_MODULE_1__.jQ)(value.replace(LINE_BREAK, " ↵ ").replace(/\t/g, " ").replace(UNPRINTABLE, "�"));
        }
        function shortLine(value, max) {
            return truncate(oneLine(value.length > max ? value.slice(0, max + 1) : value), max);
        }
        function printableLines(value, max) {
            const cut = truncate(value.length > max ? value.slice(0, max + 1) : value, max);
            return cut.trimEnd().split(LINE_BREAK).map(oneLine);
        }
        const STAGE_WORDS = {
            setup: "the setup of kind and KubeVirt",
            "pre-flight": "the pre-flight checks",
            run: "the run"
        };
        function couldNotRun(error) {
            return `The check could not run: it stopped in ${STAGE_WORDS[error.stage]}.`;
        }
        function stageWords(stage) {
            return STAGE_WORDS[stage];
        }
        function formatLasted(ms) {
            return ms < 1 ? "<1 ms" : (0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.a3)(ms);
        }
        function truncate(value, max) {
            if (value.length <= max) return value;
            let end = Math.max(0, max - 1);
            const last = value.charCodeAt(end - 1);
            if (last >= 55296 && last <= 56319) end--;
            return `${value.slice(0, end)}…`;
        }
        function attemptsWords(made, allowed, repeat) {
            return repeat ? `${plural(made, "run")} in repeat mode` : `${plural(made, "attempt")} of ${allowed} allowed`;
        }
        function weakerEvidence(verdict) {
            const weaker = [];
            if (verdict.matched.some(match => match.seenBy === "poll")) weaker.push("polled");
            if (verdict.matched.some(match => match.byEventCount)) weaker.push("proven by Event counts");
            return weaker;
        }
        function plural(count, singular, pluralForm = `${singular}s`) {
            return `${count} ${count === 1 ? singular : pluralForm}`;
        }
        function boundUsage(bound) {
            const from = bound.fromStep !== void 0 ? `step ${bound.fromStep + 1}` : "creation";
            const to = bound.toStep !== void 0 ? `step ${bound.toStep + 1}` : "not seen";
            if (bound.elapsedMs === void 0) {
                const by = bound.withinMs !== void 0 ? ` by ${(0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.xS)(bound.fromMs + bound.withinMs)}` : "";
                return `${bound.bound}, ${from} → ${to}${by}`;
            }
            const share = bound.withinMs !== void 0 ? ` (${Math.round(100 * bound.elapsedMs / bound.withinMs)}%)` : "";
            const verdict = bound.result === "too-late" ? ", too late" : bound.result === "too-early" ? ", too early" : "";
            return `${bound.bound}, ${from} → ${to}: ${(0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.a3)(bound.elapsedMs)}${share}${verdict}`;
        }
        function boundsOf(verdict) {
            return [ ...verdict.bounds ?? [], ...verdict.boundFailure ? [ verdict.boundFailure ] : [] ];
        }
    }
};
