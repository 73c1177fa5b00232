export const id = 568;

export const ids = [ 568 ];

export const modules = {
    50561: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            QN: () => DIAGNOSTICS_FOLDER,
            t4: () => writeReportFiles,
            z4: () => diagnosticsFolder
        });
        var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
        var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
        var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
        var _render_formats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84267);
        const DIAGNOSTICS_FOLDER = "kubevirt-diagnostics";
        function diagnosticsFolder(timelinePath) {
            return (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(timelinePath), DIAGNOSTICS_FOLDER);
        }
        async function writeReportFiles(outcome, context, files, log) {
            for (const name of Object.keys(_render_formats_js__WEBPACK_IMPORTED_MODULE_4__.hR)) {
                const path = files.formats[name];
                if (!path) continue;
                const {what: what} = _render_formats_js__WEBPACK_IMPORTED_MODULE_4__.hR[name];
                try {
                    await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), {
                        recursive: true
                    });
                    await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, _render_formats_js__WEBPACK_IMPORTED_MODULE_4__.hR[name].render(outcome, context), "utf8");
                    log.info(`Wrote the ${what} to ${path}`);
                } catch (error) {
                    log.warning(`Could not write the ${what} to ${path}: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.g)(error)}`);
                }
            }
            if (!outcome.diagnostics || files.diagnostics === void 0) return {};
            return {
                diagnosticsPath: await writeDiagnosticsFolder(outcome.diagnostics, files.diagnostics, log)
            };
        }
        async function writeDiagnosticsFolder(diagnostics, where, log) {
            let folder = "folder" in where ? where.folder : void 0;
            try {
                folder ??= (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0, 
                node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0, node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "kubevirt-transition-check-")), DIAGNOSTICS_FOLDER);
                await writeDiagnostics(diagnostics, folder);
                const problems = diagnostics.problems.length > 0 ? " and problems.txt, what could not be collected" : "";
                log.info(`Wrote the diagnostics (${diagnostics.files.length} files${problems}) to ${folder}`);
                return folder;
            } catch (error) {
                log.warning(`Could not write the diagnostics to ${folder ?? (0, node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()}: ${(0, 
                _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.g)(error)}`);
                return;
            }
        }
        async function writeDiagnostics(diagnostics, folder) {
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, {
                recursive: true
            });
            const files = [ ...diagnostics.files ];
            if (diagnostics.problems.length > 0) files.push({
                name: "problems.txt",
                content: `${diagnostics.problems.join("\n")}\n`
            });
            for (const file of files) {
                const name = (0, node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file.name).replace(/^\.+/, "_") || "_";
                await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name), file.content, "utf8");
            }
            return folder;
        }
    },
    68808: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            g: () => reportContext
        });
        const ACTION_HOME = "https://github.com/kubevirt-transition-check/kubevirt-transition-check";
        function reportContext(config, env = process.env, outcome) {
            const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
            const repository = env.GITHUB_REPOSITORY || void 0;
            const runId = env.GITHUB_RUN_ID;
            const runAttempt = env.GITHUB_RUN_ATTEMPT;
            const sha = env.GITHUB_SHA;
            const actionRepository = env.GITHUB_ACTION_REPOSITORY;
            const job = env.GITHUB_JOB || "check";
            const version = outcome?.environment?.kubevirtVersion ?? config.kubevirtVersion;
            return {
                checkName: config.checkName || (version ? `${job} · KubeVirt ${version}` : job),
                image: config.image,
                expectedPath: config.expectedPath,
                witness: config.witness,
                attemptsAllowed: config.attempts,
                junitPath: config.junitPath,
                timelinePath: config.timelinePath,
                runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ""}` : void 0,
                commit: repository && sha ? {
                    sha: sha,
                    url: `${server}/${repository}/commit/${sha}`
                } : void 0,
                repository: repository,
                readmeUrl: actionRepository && /^[\w.-]+\/[\w.-]+$/.test(actionRepository) ? `${server}/${actionRepository}#readme` : `${ACTION_HOME}#readme`
            };
        }
    },
    84267: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            B$: () => outputFormat,
            hR: () => FORMATS,
            hv: () => OUTPUT_VALUES
        });
        var _junit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82835);
        var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13262);
        var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42479);
        var _timeline_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2651);
        const FORMATS = {
            summary: {
                what: "job summary",
                extension: ".md",
                render: (outcome, context, options) => (0, _markdown_js__WEBPACK_IMPORTED_MODULE_1__.Br)(outcome, context, options?.extras)
            },
            comment: {
                what: "PR comment body",
                extension: ".md",
                render: _markdown_js__WEBPACK_IMPORTED_MODULE_1__.wQ
            },
            issue: {
                what: "nightly issue body",
                extension: ".md",
                render: _markdown_js__WEBPACK_IMPORTED_MODULE_1__.Yx
            },
            terminal: {
                what: "terminal text",
                extension: ".txt",
                output: "text",
                render: (outcome, context, options) => (0, _terminal_js__WEBPACK_IMPORTED_MODULE_2__.b)(outcome, context, {
                    width: options?.width
                })
            },
            timeline: {
                what: "timeline JSON",
                extension: ".json",
                input: "timeline-path",
                output: "json",
                render: (outcome, context) => (0, _timeline_json_js__WEBPACK_IMPORTED_MODULE_3__.wt)(outcome, context)
            },
            junit: {
                what: "JUnit XML",
                extension: ".xml",
                input: "junit-path",
                output: "junit",
                render: _junit_js__WEBPACK_IMPORTED_MODULE_0__.R
            }
        };
        function outputFormat(output) {
            const entry = Object.entries(FORMATS).find(([, format]) => format.output === output);
            return entry?.[0];
        }
        const OUTPUT_VALUES = Object.values(FORMATS).flatMap(format => format.output ? [ format.output ] : []);
    },
    82835: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            R: () => renderJunit
        });
        var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70752);
        var _suite_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55354);
        var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42479);
        var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2250);
        const CLASS_NAME = "kubevirt-transition-check";
        function renderJunit(outcome, context) {
            if (outcome.checks) return (0, _suite_report_js__WEBPACK_IMPORTED_MODULE_1__.tc)(outcome, context, (check, at) => (0, 
            _terminal_js__WEBPACK_IMPORTED_MODULE_2__.b)(check, at, {
                width: 240
            }));
            const attempts = outcome.attempts;
            const checkFailed = attempts.length > 0 && !attempts.some(a => a.verdict.result === "passed");
            const errors = attempts.length === 0 || outcome.error ? 1 : 0;
            const counts = {
                tests: (attempts.length > 0 ? 1 : 0) + errors,
                failures: checkFailed ? 1 : 0,
                errors: errors,
                skipped: 0,
                time: seconds(outcome.durationMs)
            };
            const properties = [ [ "result", outcome.result ], [ "expected-path", context.expectedPath ], [ "witness", context.witness ], [ "image", context.image ], [ "attempts", outcome.repeat ? (0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.c5)(attempts.length, context.attemptsAllowed, true) : `${attempts.length} of ${context.attemptsAllowed} allowed` ], ...attempts[0] ? [ [ "started-at", attempts[0].startedAt ] ] : [], ...boundProperties(attempts.at(-1)?.verdict), ...context.runUrl ? [ [ "run", context.runUrl ] ] : [], ...outcome.leftovers ? [ [ "left-behind", `${outcome.leftovers.what}: ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.xv)((0, _words_js__WEBPACK_IMPORTED_MODULE_3__.TN)(outcome.leftovers.why), 600)}` ], [ "remove-with", outcome.leftovers.command ] ] : [] ].map(([name, value]) => `      <property ${attr({
                name: name,
                value: value
            })}/>`).join("\n");
            const cases = [];
            const leftBehind = outcome.leftovers ? leftoversText(outcome.leftovers) : void 0;
            if (attempts.length > 0) cases.push(checkTestcase(attempts, context, leftBehind));
            if (outcome.error) cases.push(stoppedTestcase(outcome.error, context, leftBehind)); else if (attempts.length === 0) cases.push(`    <testcase ${attr({
                classname: classname(context),
                name: "no attempt ran",
                time: seconds(0)
            })}>\n      <error ${attr({
                message: "no attempt ran",
                type: outcome.result
            })}/>\n    </testcase>`);
            return [ '<?xml version="1.0" encoding="UTF-8"?>', `<testsuites ${attr({
                name: CLASS_NAME,
                ...counts
            })}>`, `  <testsuite ${attr({
                name: context.checkName,
                ...counts
            })}>`, "    <properties>", properties, "    </properties>", cases.join("\n"), "  </testsuite>", "</testsuites>", "" ].join("\n");
        }
        function checkTestcase(attempts, context, leftBehind) {
            const verdict = attempts[0].verdict;
            const name = `${verdict.expectedPath} (witness ${verdict.witness})`;
            const time = attempts.reduce((sum, attempt) => sum + attempt.durationMs, 0);
            const passing = attempts.find(attempt => attempt.verdict.result === "passed");
            const failed = attempts.filter(attempt => attempt.verdict.result !== "passed");
            const text = attempt => (0, _terminal_js__WEBPACK_IMPORTED_MODULE_2__.f)(attempt, context.attemptsAllowed, {
                width: 240
            });
            const lines = [ `    <testcase ${attr({
                classname: classname(context),
                name: name,
                time: seconds(time)
            })}>` ];
            if (passing) {
                for (const attempt of failed) lines.push(rerun("flakyFailure", attempt, text(attempt)));
                lines.push(`      <system-out>${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.X)(text(passing))}</system-out>`);
            } else {
                const [first, ...retries] = failed;
                lines.push(`      <failure ${attr(failureAttributes(first.verdict))}>${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.X)(failureText(first))}</failure>`);
                for (const attempt of retries) lines.push(rerun("rerunFailure", attempt, text(attempt)));
                lines.push(`      <system-out>${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.X)(text(first))}</system-out>`);
            }
            if (leftBehind) lines.push(systemErr(leftBehind));
            lines.push("    </testcase>");
            return lines.join("\n");
        }
        function rerun(element, attempt, out) {
            return [ `      <${element} ${attr(failureAttributes(attempt.verdict))}>`, `        <stackTrace>${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.X)(failureText(attempt))}</stackTrace>`, `        <system-out>${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.X)(out)}</system-out>`, `      </${element}>` ].join("\n");
        }
        function boundProperties(verdict) {
            if (!verdict) return [];
            return [ ...(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.BO)(verdict).map(bound => [ "bound", `${bound.result}: ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.CJ)(bound)}` ]), ...verdict.forbidden ? [ [ "forbidden-state", verdict.forbidden.state ] ] : [] ];
        }
        function failureAttributes(verdict) {
            return {
                message: (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xv)((0, _words_js__WEBPACK_IMPORTED_MODULE_3__.TN)(verdict.explanation), 300),
                type: verdict.result
            };
        }
        function stoppedTestcase(error, context, leftBehind) {
            const name = `could not run: ${error.stage}`;
            const message = (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xv)((0, _words_js__WEBPACK_IMPORTED_MODULE_3__.fk)(error.message, 1e3)[0] ?? "", 300);
            return [ `    <testcase ${attr({
                classname: classname(context),
                name: name,
                time: seconds(0)
            })}>`, `      <error ${attr({
                message: message,
                type: error.stage
            })}>${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.X)((0, _words_js__WEBPACK_IMPORTED_MODULE_3__.fk)(error.message, 2e4).join("\n"))}</error>`, ...leftBehind ? [ systemErr(leftBehind) ] : [], "    </testcase>" ].join("\n");
        }
        function leftoversText(left) {
            return [ `Cleanup could not remove ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.TN)(left.what)}: ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.fk)(left.why, 2e3).join(" ")}`, `Remove it with: ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.TN)(left.command)}` ].join("\n");
        }
        function systemErr(text) {
            return `      <system-err>${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.X)(text)}</system-err>`;
        }
        function failureText(attempt) {
            const verdict = attempt.verdict;
            const lines = [ `attempt ${attempt.number}: ${verdict.explanation}` ];
            for (const cause of verdict.causes) lines.push(`cause: ${cause}`);
            for (const caveat of verdict.caveats ?? []) lines.push(`caveat: ${caveat}`);
            lines.push(`expected: ${verdict.expectedPath}`);
            lines.push(`observed (${verdict.witness}): ${verdict.observedPath.join(" -> ") || "no state"}`);
            if (verdict.mismatch) lines.push(`step ${verdict.mismatch.step + 1} (${verdict.mismatch.expected}) not seen; seen instead: ${verdict.mismatch.seenInstead.join(", ") || "nothing"}`);
            for (const bound of (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.BO)(verdict)) lines.push(`bound ${bound.result}: ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.CJ)(bound)}`);
            if (verdict.forbidden) {
                const f = verdict.forbidden;
                lines.push(`forbidden state ${f.state} seen at ${f.atMs} ms by ${f.witness} (${f.seenBy}${f.resourceVersion ? `, resourceVersion ${f.resourceVersion}` : ""})`);
            }
            if (verdict.contradiction) {
                const c = verdict.contradiction;
                lines.push(`decided at ${c.atMs} ms: ${c.state} (${c.witness}) rules out ${c.rulesOut.join(", ") || "the rest of the path"}`);
            }
            return (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.fk)(lines.join("\n"), 2e4).join("\n");
        }
        function classname(context) {
            return `${CLASS_NAME}.${context.checkName}`;
        }
        function attr(values) {
            return Object.entries(values).map(([name, value]) => `${name}="${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.X)(String(value))}"`).join(" ");
        }
        function seconds(ms) {
            return (Math.max(0, ms) / 1e3).toFixed(3);
        }
    },
    42479: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            b: () => renderTerminal,
            f: () => renderAttemptText
        });
        var _suite_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55354);
        var _verify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27900);
        var _spans_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81566);
        var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2250);
        const DEFAULT_WIDTH = 120;
        const DEFAULT_MAX_ROWS = 200;
        function renderTerminal(outcome, context, options = {}) {
            if (outcome.checks) return (0, _suite_report_js__WEBPACK_IMPORTED_MODULE_0__.pZ)(outcome, context, (check, at) => renderTerminal(check, at, options));
            const last = outcome.attempts.at(-1);
            const weaker = last && (outcome.result === "passed" || outcome.result === "flaky") ? (0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.LM)(last.verdict) : [];
            const result = outcome.error ? "COULD NOT RUN" : `${outcome.result.toUpperCase()}${weaker.length > 0 ? ` (${weaker.join(", ")})` : ""}`;
            const lines = [ `KubeVirt transition check ${quote(context.checkName)}: ${result} (${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.c5)(outcome.attempts.length, context.attemptsAllowed, outcome.repeat !== void 0)}, ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.a3)(outcome.durationMs)})`, `  expected  ${clean(context.expectedPath, 200)}  (witness ${context.witness})`, `  image     ${clean(context.image, 200)}` ];
            if (outcome.error) lines.push("", (0, _words_js__WEBPACK_IMPORTED_MODULE_2__.Mn)(outcome.error), ...(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.fk)(outcome.error.message, 4e3).map(line => line ? `  ${line}` : ""));
            if (outcome.leftovers) lines.push("", ...leftoversLines(outcome.leftovers));
            if (outcome.repeat) lines.push("", ...repeatLines(outcome.repeat));
            const shown = outcome.repeat ? outcome.attempts.filter(attempt => attempt.verdict.result !== "passed") : outcome.attempts;
            for (const attempt of shown) lines.push("", ...attemptLines(attempt, outcome.repeat ? outcome.attempts.length : context.attemptsAllowed, options));
            return `${lines.join("\n")}\n`;
        }
        function leftoversLines(left) {
            return [ `LEFT BEHIND  ${clean(left.what, 300)}: cleanup could not remove it`, ...(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.fk)(left.why, 1e3).map(line => `  ${line}`), `  remove it with: ${clean(left.command, 400)}` ];
        }
        function renderAttemptText(attempt, attemptsAllowed, options = {}) {
            return `${attemptLines(attempt, attemptsAllowed, options).join("\n")}\n`;
        }
        function attemptLines(attempt, attemptsAllowed, options) {
            const verdict = attempt.verdict;
            return [ `Attempt ${attempt.number} of ${attemptsAllowed}: ${verdict.result}  ${clean(attempt.vm, 120)}  started ${clean(attempt.startedAt, 40)}  ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.a3)(attempt.durationMs)}`, `  observed  ${observed(verdict)}`, "", ...table(attempt.timeline, options).map(line => `  ${line}`), "", "  path match", ...pathLines(verdict).map(line => `    ${line}`), ...pollingMissLines(verdict).map(line => `  ${line}`), ...verdict.kubeletTiming ? [ `  ${clean(verdict.kubeletTiming.summary, 800)}` ] : [], "", `  why  ${clean(verdict.explanation, 2e3)}`, ...verdict.causes.map(cause => `  cause  ${clean(cause, 500)}`), ...(verdict.caveats ?? []).map(caveat => `  caveat  ${clean(caveat, 500)}`) ];
        }
        function repeatLines(summary) {
            return [ `  ${(0, _verify_index_js__WEBPACK_IMPORTED_MODULE_1__.YQ)(summary.rate)}`, ...summary.failures.map(group => `    ${group.cause.padEnd(22)} ${String(group.runs.length).padStart(4)}  runs ${group.runs.slice(0, 20).join(", ")}${group.runs.length > 20 ? ", …" : ""}`), summary.cleanRunsToDequarantine === 0 ? "  below 0.1 %: the bar for taking a test out of quarantine" : `  ${summary.cleanRunsToDequarantine} more clean runs would put the upper end below 0.1 %` ];
        }
        function pollingMissLines(verdict) {
            const estimate = verdict.pollingMiss;
            if (!estimate || verdict.result !== "passed") return [];
            return [ "", "  polling would miss this path", ...estimate.pollers.map(poller => `    ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.a3)(poller.intervalMs).padStart(6)}  ${(0, 
            _verify_index_js__WEBPACK_IMPORTED_MODULE_1__.KN)(poller.path).padStart(6)} of the time  (${poller.who})`) ];
        }
        function observed(verdict) {
            if (verdict.observedPath.length === 0) return `no state (witness ${verdict.witness})`;
            const {head: head, omitted: omitted, tail: tail} = (0, _spans_js__WEBPACK_IMPORTED_MODULE_3__.U_)(verdict.observedPath, 40);
            return [ ...head, ...omitted > 0 ? [ `… ${omitted} more …` ] : [], ...tail ].map(state => clean(state, 60)).join(" -> ");
        }
        function pathLines(verdict) {
            const lines = verdict.matched.map(m => `${String(m.step + 1).padStart(3)}  ok   ${clean(m.state, 40).padEnd(20)} ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.xS)(m.atMs).padStart(12)}  ${m.witness} ${(0, 
            _spans_js__WEBPACK_IMPORTED_MODULE_3__.PM)(m)}${m.join === "next" ? " (next)" : ""}${m.resourceVersion ? `  rv ${clean(m.resourceVersion, 30)}` : ""}`);
            if (verdict.mismatch) {
                const seen = verdict.mismatch.seenInstead.slice(0, 12).map(s => clean(s, 40));
                const why = verdict.boundFailure ? "missed its bound (below)" : `not seen; seen instead: ${seen.length > 0 ? seen.join(", ") : "nothing"}`;
                lines.push(`${String(verdict.mismatch.step + 1).padStart(3)}  MISS ${clean(verdict.mismatch.expected, 40).padEnd(20)} ${why}`);
            }
            if (verdict.mismatch?.column !== void 0 && verdict.expectedPath.length <= 200) lines.push(`     ${clean(verdict.expectedPath, 200)}`, `     ${" ".repeat(verdict.mismatch.column)}^`);
            if (lines.length === 0) lines.push("no step matched");
            for (const bound of (0, _words_js__WEBPACK_IMPORTED_MODULE_2__.BO)(verdict).slice(-10)) lines.push(`bound ${bound.result === "passed" ? "ok  " : "MISS"} ${clean((0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.CJ)(bound), 200)}`);
            const forbidden = verdict.forbidden;
            const contradiction = verdict.contradiction;
            if (forbidden) lines.push(`decided at ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.xS)(forbidden.atMs)}: FORBIDDEN ${clean(forbidden.state, 40)} (${forbidden.witness} ${forbidden.seenBy}${forbidden.resourceVersion ? `, rv ${clean(forbidden.resourceVersion, 30)}` : ""})`); else if (contradiction) lines.push(`decided at ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.xS)(contradiction.atMs)}: ${clean(contradiction.state, 40)} (${contradiction.witness}) rules out ${contradiction.rulesOut.map(s => clean(s, 40)).join(", ") || "the rest of the path"}`); else if (verdict.decidedAtMs !== void 0) lines.push(`decided at ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.xS)(verdict.decidedAtMs)}`);
            return lines;
        }
        function table(timeline, options) {
            const rows = (0, _spans_js__WEBPACK_IMPORTED_MODULE_3__.LY)(timeline);
            const {head: head, omitted: omitted, tail: tail} = (0, _spans_js__WEBPACK_IMPORTED_MODULE_3__.U_)(rows, options.maxRows ?? DEFAULT_MAX_ROWS);
            const cells = row => rowCells(row);
            const body = [ ...head.map(cells), ...omitted > 0 ? [ `… ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.LS)(omitted, "more row")} (the whole timeline is in the JSON)` ] : [], ...tail.map(cells) ];
            const header = [ "TIME", "STATE", "WITNESS", "SEEN", "MESSAGE" ];
            const widths = [ 0, 1, 2, 3 ].map(column => Math.min([ 40, 28, 30, 28 ][column], Math.max(header[column].length, ...body.map(row => typeof row === "string" ? 0 : row[column].length))));
            const width = options.width ?? DEFAULT_WIDTH;
            const messageWidth = Math.max(20, width - 2 - widths.reduce((sum, w) => sum + w + 2, 0));
            const format = row => {
                if (typeof row === "string") return row;
                const [time, ...rest] = row.map((cell, column) => (0, _words_js__WEBPACK_IMPORTED_MODULE_2__.xv)(cell, column < 4 ? widths[column] : messageWidth));
                return [ time.padStart(widths[0]), ...rest.map((cell, i) => i < 3 ? cell.padEnd(widths[i + 1]) : cell) ].join("  ").trimEnd();
            };
            if (rows.length === 0) return [ "(no entries)" ];
            return [ format(header), ...body.map(format) ];
        }
        function rowCells(row) {
            const entry = row.entry;
            const time = (0, _words_js__WEBPACK_IMPORTED_MODULE_2__.xS)(entry.atMs).replace(" ", "");
            switch (entry.kind) {
              case "state":
                {
                    const witness = entry.container ? `${entry.witness} ${entry.container}` : entry.witness;
                    let seen = entry.seenBy;
                    if (entry.witness === "event" && entry.count !== void 0) seen += ` x${entry.count}`;
                    if (row.count > 1) seen += ` (${row.count}x)`;
                    const message = [ entry.reason ? `${entry.reason}:` : "", entry.message ?? "" ].join(" ").trim();
                    return [ time, clean(entry.state, 80), clean(witness, 120), seen, clean(message, 1e3) ];
                }

              case "gap":
                return [ time, "GAP", entry.resource, `${entry.cause} ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.a3)(entry.untilMs - entry.atMs)}`, clean(entry.detail, 1e3) ];

              case "polling":
                return [ time, "POLLING", entry.resource, `every ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.a3)(entry.intervalMs)}`, `${entry.untilMs === void 0 ? "to the end" : `to ${(0, 
                _words_js__WEBPACK_IMPORTED_MODULE_2__.xS)(entry.untilMs)}`}: ${clean(entry.reason, 1e3)}` ];
            }
        }
        function clean(value, max) {
            return (0, _words_js__WEBPACK_IMPORTED_MODULE_2__.tl)(value, max);
        }
        function quote(value) {
            return `"${clean(value, 100)}"`;
        }
    },
    2651: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            $I: () => timelineDocument,
            wt: () => renderTimelineJson
        });
        var _suite_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55354);
        var _trend_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77150);
        const TIMELINE_FILE_MAX_CHARS = 32 * 1024 * 1024;
        const CUTS = [ {
            maxStringChars: 65536
        }, {
            maxStringChars: 4096
        }, {
            maxStringChars: 512
        }, {
            maxStringChars: 512,
            entries: 5e3
        }, {
            maxStringChars: 200,
            entries: 1e3
        }, {
            maxStringChars: 200,
            entries: 100
        }, {
            maxStringChars: 100,
            entries: 10
        } ];
        function timelineDocument(outcome, context, options = {}) {
            const run = context.repository || context.runUrl || context.commit ? {
                repository: context.repository,
                url: context.runUrl,
                sha: context.commit?.sha
            } : void 0;
            return {
                schemaVersion: _trend_types_js__WEBPACK_IMPORTED_MODULE_1__.d,
                generator: "kubevirt-transition-check",
                check: context.checkName,
                result: outcome.result,
                ...outcome.error ? {
                    error: {
                        stage: outcome.error.stage,
                        message: outcome.error.message
                    }
                } : {},
                durationMs: outcome.durationMs,
                expectedPath: context.expectedPath,
                witness: context.witness,
                image: context.image,
                attemptsUsed: outcome.attempts.length,
                ...run ? {
                    run: run
                } : {},
                ...outcome.environment ? {
                    environment: outcome.environment
                } : {},
                ...outcome.setup ? {
                    setup: outcome.setup
                } : {},
                attempts: options.lastAttemptOnly ? outcome.attempts.slice(-1) : outcome.attempts,
                ...outcome.repeat ? {
                    repeat: outcome.repeat
                } : {},
                ...outcome.leftovers ? {
                    leftovers: outcome.leftovers
                } : {},
                ...outcome.checks && {
                    checks: outcome.checks.map(check => ({
                        ...timelineDocument(check.outcome, (0, _suite_report_js__WEBPACK_IMPORTED_MODULE_0__.M_)(context, check), options),
                        name: check.name,
                        ...check.preset && {
                            scenario: check.preset
                        },
                        pathSource: check.pathSource
                    }))
                }
            };
        }
        function renderTimelineJson(outcome, context, options = {}) {
            const indent = options.indent ?? 2;
            const text = value => {
                const json = JSON.stringify(value, null, indent);
                return indent === 0 ? json : `${json}\n`;
            };
            const document = timelineDocument(outcome, context, options);
            const limitChars = options.maxChars ?? TIMELINE_FILE_MAX_CHARS;
            if (stringChars(document) <= limitChars) {
                const whole = text(document);
                if (whole.length <= limitChars) return whole;
            }
            const rest = options.rest ?? "nowhere: the cut strings and entries were not kept";
            for (const cut of CUTS) {
                const truncated = {
                    maxStringChars: cut.maxStringChars,
                    limitChars: limitChars,
                    rest: rest
                };
                let {attempts: attempts, checks: checks} = document;
                if (cut.entries !== void 0) {
                    let omitted = 0;
                    const keep = list => list.map(attempt => {
                        const kept = keepEnds(attempt, cut.entries);
                        omitted += kept.omitted;
                        return kept.attempt;
                    });
                    attempts = keep(attempts);
                    checks = checks?.map(check => ({
                        ...check,
                        attempts: keep(check.attempts)
                    }));
                    truncated.entriesOmitted = omitted;
                }
                const cutDocument = capStrings({
                    ...document,
                    attempts: attempts,
                    ...checks && {
                        checks: checks
                    }
                }, cut.maxStringChars);
                const candidate = text({
                    ...cutDocument,
                    truncated: truncated
                });
                if (candidate.length <= limitChars) return candidate;
            }
            const bare = capStrings({
                ...document,
                attempts: [],
                repeat: void 0,
                leftovers: void 0,
                checks: void 0
            }, 100);
            return text({
                ...bare,
                truncated: {
                    maxStringChars: 100,
                    limitChars: limitChars,
                    rest: rest
                },
                attemptsOmitted: `too large for this limit (${limitChars} characters); ${rest}`
            });
        }
        function keepEnds(attempt, keep) {
            const entries = attempt.timeline.entries;
            if (entries.length <= keep) return {
                attempt: attempt,
                omitted: 0
            };
            const head = Math.ceil(keep * 2 / 3);
            const tail = keep - head;
            return {
                attempt: {
                    ...attempt,
                    timeline: {
                        ...attempt.timeline,
                        entries: [ ...entries.slice(0, head), ...entries.slice(entries.length - tail) ]
                    }
                },
                omitted: entries.length - keep
            };
        }
        function capStrings(value, max) {
            if (typeof value === "string") return value.length > max ? cutString(value, max) : value;
            if (Array.isArray(value)) return value.map(item => capStrings(item, max));
            if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [ key, capStrings(item, max) ]));
            return value;
        }
        function stringChars(value) {
            if (typeof value === "string") return value.length;
            if (typeof value !== "object" || value === null) return 0;
            let sum = 0;
            for (const item of Array.isArray(value) ? value : Object.values(value)) sum += stringChars(item);
            return sum;
        }
        function cutString(value, max) {
            const note = count => `… [${count} more characters cut]`;
            let keep = Math.max(0, max - note(value.length).length);
            const last = value.charCodeAt(keep - 1);
            if (last >= 55296 && last <= 56319) keep--;
            return `${value.slice(0, keep)}${note(value.length - keep)}`;
        }
    }
};
