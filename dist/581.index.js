export const id = 581;

export const ids = [ 581 ];

export const modules = {
    95581: (module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
            try {
                __webpack_require__.r(__webpack_exports__);
                __webpack_require__.d(__webpack_exports__, {
                    COMMANDS: () => COMMANDS,
                    EXIT: () => _commands_io_js__WEBPACK_IMPORTED_MODULE_1__.dc,
                    cli: () => cli
                });
                var _commands_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77113);
                var _commands_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73776);
                var _util_exit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85234);
                var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
                const RUN_SUMMARY = "Check a VM on the cluster of a kubeconfig (any cluster with KubeVirt).";
                const DEMO_SUMMARY = "The same check on a simulated KubeVirt cluster started in this process.";
                const COMMANDS = {
                    run: {
                        summary: RUN_SUMMARY,
                        run: (args, io) => (0, _commands_check_js__WEBPACK_IMPORTED_MODULE_0__.z)("run", RUN_SUMMARY, args, io)
                    },
                    demo: {
                        summary: DEMO_SUMMARY,
                        run: async (args, io) => (0, _commands_check_js__WEBPACK_IMPORTED_MODULE_0__.z)("demo", DEMO_SUMMARY, args, io, await __webpack_require__.e(345).then(__webpack_require__.bind(__webpack_require__, 28345)))
                    },
                    compare: {
                        summary: "Compare the timeline JSON of a run with earlier ones: flags the durations that grew.",
                        run: async (args, io) => (await __webpack_require__.e(44).then(__webpack_require__.bind(__webpack_require__, 6044))).compareCommand(args, io.raw.stdout, io.stderr)
                    }
                };
                async function cli(argv, terminalOut = process.stdout, terminalErr = process.stderr, env = process.env) {
                    const [name, ...rest] = argv;
                    const safe = stream => ({
                        write: text => stream.write((0, _util_text_js__WEBPACK_IMPORTED_MODULE_2__.TW)(text)),
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
                        return name === void 0 ? _commands_io_js__WEBPACK_IMPORTED_MODULE_1__.dc.error : 0;
                    }
                    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
                    if (!command) {
                        stderr.write(`error: unknown command "${name}"\n\n${usage()}\n`);
                        return _commands_io_js__WEBPACK_IMPORTED_MODULE_1__.dc.error;
                    }
                    return command.run(rest, io);
                }
                function usage() {
                    const width = Math.max(...Object.keys(COMMANDS).map(name => name.length));
                    return [ `Usage: ${_commands_io_js__WEBPACK_IMPORTED_MODULE_1__.o_} <command> [flags]`, "", "Commands:", ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`), "", `'${_commands_io_js__WEBPACK_IMPORTED_MODULE_1__.o_} <command> --help' lists the flags of a command: the action's inputs, same names and defaults.`, _commands_io_js__WEBPACK_IMPORTED_MODULE_1__.ai ].join("\n");
                }
                if (import.meta.main) {
                    process.exitCode = await cli(process.argv.slice(2));
                    (0, _util_exit_js__WEBPACK_IMPORTED_MODULE_3__.l)(line => process.stderr.write(`${line}\n`));
                }
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    },
    77113: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            z: () => check
        });
        var external_node_path_ = __webpack_require__(76760);
        var external_node_util_ = __webpack_require__(57975);
        var src_config = __webpack_require__(72951);
        var src_flags = __webpack_require__(86148);
        var src_outcome = __webpack_require__(34671);
        var report_files = __webpack_require__(50561);
        var context = __webpack_require__(68808);
        var formats = __webpack_require__(84267);
        __webpack_require__(13262);
        __webpack_require__(72312);
        __webpack_require__(82835);
        __webpack_require__(42479);
        __webpack_require__(2651);
        var words = __webpack_require__(2250);
        var run = __webpack_require__(71054);
        var errors = __webpack_require__(70017);
        var setting = __webpack_require__(21832);
        var util_text = __webpack_require__(49997);
        var commands_io = __webpack_require__(73776);
        const CLI_DESCRIPTIONS = {
            kubeconfig: "Path to the kubeconfig of the cluster to check. Not given: `$KUBECONFIG`, else `~/.kube/config`. The file's content is never printed: a server URL that holds a user name and password is refused (give them in the user entry), and an exec credential plugin's failure is reported without its output.",
            timeout: "How long one attempt may take, e.g. `5m`, `10m`; from `1ms` to `24h`. On a real node the default path ends 20-37 s after the first pull with KubeVirt's `guest-console-log` sidecar (v1.6 and later, serial console log on), 50-80 s without it (docs/kubelet-timing.md), so less than `5m` leaves little margin for the VM's start. The upstream test allows 660 s for two toggles in the worst case of the kubelet's back-off. An attempt's time includes creating its VM; the whole run ends within 1m (pre-flight) + `attempts` × `timeout` + 3m (cleanup).",
            checks: "Several checks at once: the path of a YAML file (or the list itself) of checks, each with a `name` and a `scenario` preset (missing-image, unschedulable, missing-pvc, missing-datavolume, halted, running; docs/presets.md) or a `vm-manifest`, and optionally `expected-path`, `expected-message`, `witness`, `timeout`, `attempts`; the other flags fill what an item leaves out. They run side by side (`--parallel`) in one namespace; the exit code is the worst result. Example: examples/checks.yml.",
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
                value: formats.hv.join("|"),
                default: "text"
            }
        };
        function commandInputs(command) {
            return (0, src_flags.vj)().filter(name => !(name in setting.CF) && !(command === "demo" && name === "kubeconfig"));
        }
        function commandFlags(command, demo) {
            const inputs = cliWords((0, src_flags.eJ)(commandInputs(command)));
            return {
                ...OUTPUT_FLAG,
                ...demo?.DEMO_FLAGS ?? {},
                ...demo ? demo.demoInputFlags(inputs) : inputs,
                ...src_flags.lu
            };
        }
        function cliWords(flags) {
            for (const [name, words] of Object.entries(CLI_DESCRIPTIONS)) if (flags[name]) flags[name] = {
                ...flags[name],
                description: words
            };
            return flags;
        }
        function commandUsage(command, summary, flags, width) {
            const ignored = Object.keys(setting.CF).join(", ");
            return [ `Usage: ${commands_io.o_} ${command} [flags]`, "", ...(0, src_flags.LV)(summary, width), "", `Flags (every input of the action that applies here is a flag of the same name, with the same default${command === "demo" ? " but --timeout's, which is on the demo's clock" : ""}):`, (0, 
            src_flags.GY)(flags, width), "", ...(0, src_flags.LV)(`Inputs of the GitHub Action only, not flags here: ${ignored}. With $ARTIFACTS set (Prow), junit-path and timeline-path default to files in that directory. The diagnostics of a check that failed, was inconclusive or could not run go to ${report_files.QN}/ next to the timeline JSON, as in the action, or without one to a new folder under the temp directory; the path is printed.`, width), commands_io.ai ].join("\n");
        }
        async function check(command, summary, args, io, demo) {
            const {stdout: stdout, stderr: stderr, env: env} = io;
            const flags = commandFlags(command, demo);
            const fail = message => {
                stderr.write(`error: ${message}\nSee '${commands_io.o_} ${command} --help'.\n`);
                return commands_io.dc.error;
            };
            const actionOnly = args.map(arg => /^--([^=]+)/.exec(arg)?.[1]).find(flag => flag !== void 0 && flag in setting.CF);
            if (actionOnly) return fail(`--${actionOnly} is an input of the GitHub Action only: ${setting.CF[actionOnly]}.`);
            let values;
            let settings;
            let config;
            let output;
            try {
                const parsed = (0, src_flags.bQ)(args, flags);
                if (parsed.help) {
                    stdout.write(`${commandUsage(command, summary, flags, helpWidth(stdout))}\n`);
                    return 0;
                }
                values = parsed.values;
                const format = (0, formats.B$)(values.output ?? "text");
                if (!format) return fail(`invalid value "${values.output}" for flag -o/--output: use ${formats.hv.slice(0, -1).join(", ")} or ${formats.hv.at(-1)}`);
                output = format;
                settings = demo?.demoSettings(values);
                if (settings?.image) values.image ??= settings.image;
                if (settings?.timeout) values.timeout ??= settings.timeout;
                config = (0, src_config.Xg)(input => values[input] ?? artifactDefault(input, env) ?? "", env, "cli");
            } catch (error) {
                if (error instanceof src_config.xL) {
                    const problems = error.problems.map(problem => (0, setting.gT)(problem.input, "cli", problem.detail));
                    stderr.write(`${problems.join("\n")}\nSee '${commands_io.o_} ${command} --help'.\n`);
                    return commands_io.dc.error;
                }
                return fail((0, errors.g)(error));
            }
            const files = {
                junit: values["junit-path"] ?? artifactDefault("junit-path", env),
                timeline: values["timeline-path"] ?? artifactDefault("timeline-path", env)
            };
            const contextOf = outcome => (0, context.g)({
                ...config,
                kubevirtVersion: "",
                junitPath: files.junit ? config.junitPath : "",
                timelinePath: files.timeline ? config.timelinePath : ""
            }, env, outcome);
            const controller = new AbortController;
            const onSignal = signal => {
                if (controller.signal.aborted) {
                    stderr.write(`error: received ${signal} again: exiting before the cleanup finished; list what is left with: kubectl get namespaces,vm -A -l app.kubernetes.io/managed-by=kubevirt-transition-check\n`);
                    process.exit(commands_io.dc.error);
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
                    outcome = await (0, run.k)(config, terminalHooks(stderr, controller.signal), tuning);
                } catch (error) {
                    if (error instanceof src_outcome.cc || controller.signal.aborted) throw error;
                    outcome = (0, src_outcome.Ao)(error, "run", performance.now() - started);
                    stopped = error;
                }
                const context = contextOf(outcome);
                await (0, report_files.t4)(outcome, context, {
                    formats: {
                        junit: context.junitPath,
                        timeline: context.timelinePath
                    },
                    diagnostics: context.timelinePath ? {
                        folder: (0, report_files.z4)(context.timelinePath)
                    } : {
                        temp: true
                    }
                }, {
                    info: line => stderr.write(`${line}\n`),
                    warning: line => stderr.write(`warning: ${line}\n`)
                });
                const printed = formats.hR[output].render(outcome, context, {
                    width: stdout.columns
                });
                if (output === "timeline") io.raw.stdout.write((0, util_text.C5)(printed)); else stdout.write(printed);
                if (stopped !== void 0) stderr.write(`error: ${(0, errors.g)(stopped)}\n`);
                const code = stopped === void 0 ? exitCode(outcome, config) : commands_io.dc.error;
                const last = output === "terminal" ? io.raw.stdout : io.raw.stderr;
                last.write(`${verdictLine(outcome, code, colours(last, env))}\n`);
                return code;
            } catch (error) {
                stderr.write(`error: ${(0, errors.g)(error)}\n`);
                return commands_io.dc.error;
            } finally {
                await (cluster?.stop());
                process.off("SIGINT", onSignal);
                process.off("SIGTERM", onSignal);
            }
        }
        function artifactDefault(input, env) {
            if (!env.ARTIFACTS) return;
            if (input === "junit-path") return (0, external_node_path_.join)(env.ARTIFACTS, `junit_${commands_io.o_}.xml`);
            if (input === "timeline-path") return (0, external_node_path_.join)(env.ARTIFACTS, `${commands_io.o_}-timeline.json`);
            return;
        }
        function colours(stream, env) {
            const on = env.NO_COLOR ? false : env.FORCE_COLOR !== void 0 ? env.FORCE_COLOR !== "0" : stream.isTTY === true && env.TERM !== "dumb";
            return on ? (colour, text) => (0, external_node_util_.styleText)([ colour, "bold" ], text, {
                validateStream: false
            }) : (_, text) => text;
        }
        function verdictLine(outcome, code, paint) {
            const result = outcome.error ? "COULD NOT RUN" : outcome.result.toUpperCase();
            const colour = outcome.error || outcome.result === "failed" ? "red" : outcome.result === "passed" ? "green" : "yellow";
            const why = outcome.error?.message ?? outcome.attempts.at(-1)?.verdict.explanation ?? "";
            return `${paint(colour, result)}  ${(0, util_text.sN)((0, words.tl)(firstSentence(why), MAX_VERDICT_CHARS))}  (exit ${code})`;
        }
        const MAX_VERDICT_CHARS = 600;
        function firstSentence(text) {
            return (/^.*?\.(?=\s|$)/s.exec(text)?.[0] ?? text).trim();
        }
        function helpWidth(stream) {
            return Math.min(100, Math.max(60, (stream.columns ?? 100) - 2));
        }
        function exitCode(outcome, config) {
            if (outcome.result === "flaky" && config.failOnFlaky) return commands_io.dc.failed;
            return commands_io.dc[outcome.result];
        }
        function terminalHooks(stderr, signal) {
            const write = line => stderr.write(`${(0, util_text.sN)(line)}\n`);
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
    },
    73776: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            ai: () => EXIT_CODES,
            dc: () => EXIT,
            o_: () => NAME
        });
        const NAME = "kubevirt-transition-check";
        const EXIT = {
            passed: 0,
            flaky: 0,
            failed: 1,
            inconclusive: 2,
            error: 3
        };
        const EXIT_CODES = "Exit code: 0 passed (or flaky), 1 failed, 2 inconclusive, 3 the check could not run.";
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
    }
};
