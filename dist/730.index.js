export const id = 730;

export const ids = [ 730 ];

export const modules = {
    41730: (module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
            try {
                __webpack_require__.r(__webpack_exports__);
                __webpack_require__.d(__webpack_exports__, {
                    main: () => main
                });
                var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
                var _cluster_kubeconfig_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72315);
                var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62540);
                var _trend_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58603);
                var _outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34671);
                var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52990);
                var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2462);
                var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
                var _util_exit_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(85234);
                var _util_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49997);
                async function main() {
                    const cancel = new AbortController;
                    const onSignal = signal => {
                        if (cancel.signal.aborted) {
                            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`Received ${signal} again: exiting before the cleanup finished; the post step removes what this run created.`);
                            process.exit();
                        }
                        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Received ${signal}: stopping the watches and cleaning up.`);
                        cancel.abort();
                    };
                    process.on("SIGINT", onSignal);
                    process.on("SIGTERM", onSignal);
                    try {
                        let config = (0, _config_js__WEBPACK_IMPORTED_MODULE_2__.X)(name => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name));
                        if (config.githubToken) _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(config.githubToken);
                        const started = performance.now();
                        let stage = "setup";
                        let outcome;
                        let kindCluster;
                        try {
                            let setup;
                            if (config.setup === "kind") ({config: config, setup: setup} = await setUpKind(config, cancel.signal, ref => kindCluster = ref));
                            stage = "run";
                            outcome = {
                                ...await check(config, cancel.signal),
                                ...setup ? {
                                    setup: setup
                                } : {}
                            };
                        } catch (error) {
                            if (error instanceof _outcome_js__WEBPACK_IMPORTED_MODULE_4__.cc || cancel.signal.aborted) throw error;
                            const diagnostics = stage === "setup" ? await setupDiagnostics(kindCluster) : void 0;
                            const stopped = (0, _outcome_js__WEBPACK_IMPORTED_MODULE_4__.Ao)(error, stage, performance.now() - started, diagnostics);
                            const published = await publish(stopped, config).then(() => true, reportError => {
                                _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0, _util_text_js__WEBPACK_IMPORTED_MODULE_8__.sN)(`Could not report that the check could not run: ${(0, 
                                _util_errors_js__WEBPACK_IMPORTED_MODULE_7__.g)(reportError)}`));
                                return false;
                            });
                            if (!published) throw error;
                            fail((0, _util_errors_js__WEBPACK_IMPORTED_MODULE_7__.g)(error), config);
                            return;
                        }
                        const report = await publish(outcome, config);
                        conclude(outcome, config, report.trend);
                    } catch (error) {
                        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0, _util_errors_js__WEBPACK_IMPORTED_MODULE_7__.g)(error));
                    } finally {
                        process.off("SIGINT", onSignal);
                        process.off("SIGTERM", onSignal);
                    }
                }
                async function check(config, signal) {
                    const outcome = await (0, _run_js__WEBPACK_IMPORTED_MODULE_5__.k)(config, actionHooks(config, signal));
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_state_js__WEBPACK_IMPORTED_MODULE_6__.c4.result, outcome.result);
                    return outcome;
                }
                async function publish(outcome, config) {
                    const {publishReport: publishReport} = await Promise.all([ __webpack_require__.e(351), __webpack_require__.e(836), __webpack_require__.e(844), __webpack_require__.e(674) ]).then(__webpack_require__.bind(__webpack_require__, 74674));
                    const report = await publishReport(outcome, config);
                    for (const [name, value] of Object.entries(report.outputs)) _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value);
                    return report;
                }
                function actionHooks(config, signal) {
                    return {
                        log: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0, _util_text_js__WEBPACK_IMPORTED_MODULE_8__.sN)(line)),
                        warn: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0, _util_text_js__WEBPACK_IMPORTED_MODULE_8__.sN)(line)),
                        group: (title, work) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.group((0, _util_text_js__WEBPACK_IMPORTED_MODULE_8__.sN)(title), work),
                        willCreate: resources => (0, _state_js__WEBPACK_IMPORTED_MODULE_6__.BQ)((key, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(key, value), {
                            ...resources,
                            cleanup: config.cleanup
                        }),
                        cleaned: leftovers => {
                            if (!leftovers) _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_state_js__WEBPACK_IMPORTED_MODULE_6__.c4.cleanedUp, "true");
                        },
                        signal: signal
                    };
                }
                function conclude(outcome, config, trend) {
                    if (!(0, _outcome_js__WEBPACK_IMPORTED_MODULE_4__.ug)(outcome.result, config.failOnFlaky)) {
                        if (trend && trend.regressions.length > 0) {
                            const line = `Timing regressed: ${(0, _trend_table_js__WEBPACK_IMPORTED_MODULE_3__.Se)(trend)}`;
                            if (config.failOnRegression) _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0, 
                            _util_text_js__WEBPACK_IMPORTED_MODULE_8__.sN)(`${line} (fail-on-regression is set)`)); else _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0, 
                            _util_text_js__WEBPACK_IMPORTED_MODULE_8__.sN)(line));
                        }
                        return;
                    }
                    const last = outcome.attempts.at(-1)?.verdict;
                    const summary = `KubeVirt transition check ${outcome.result}: ${last?.explanation ?? ""}`.trim();
                    fail(outcome.result === "flaky" ? `${summary} (fail-on-flaky is set)` : summary, config);
                }
                function fail(message, config) {
                    if (config.annotations) {
                        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0, _util_text_js__WEBPACK_IMPORTED_MODULE_8__.sN)(message));
                        process.exitCode = _actions_core__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Failure;
                    } else _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0, _util_text_js__WEBPACK_IMPORTED_MODULE_8__.IN)(message, _util_text_js__WEBPACK_IMPORTED_MODULE_8__.b6, "the timeline file has the rest"));
                }
                async function setUpKind(config, signal, created) {
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup("Setting up kind and KubeVirt");
                    try {
                        const {kindSetupOptions: kindSetupOptions, setupKind: setupKind} = await __webpack_require__.e(897).then(__webpack_require__.bind(__webpack_require__, 2897));
                        const cluster = await setupKind({
                            ...kindSetupOptions(config, process.env, line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0, 
                            _util_text_js__WEBPACK_IMPORTED_MODULE_8__.sN)(line))),
                            signal: signal,
                            beforeCreate: ref => {
                                (0, _state_js__WEBPACK_IMPORTED_MODULE_6__.KW)((key, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(key, value), ref);
                                created(ref);
                            }
                        });
                        return {
                            config: {
                                ...config,
                                kubeconfig: cluster.kubeconfigPath,
                                kubevirtVersion: cluster.kubevirtVersion
                            },
                            setup: {
                                ...cluster.timings,
                                nodeImage: config.kindNodeImage
                            }
                        };
                    } finally {
                        _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
                    }
                }
                async function setupDiagnostics(cluster) {
                    if (!cluster) return;
                    try {
                        const connection = (0, _cluster_kubeconfig_js__WEBPACK_IMPORTED_MODULE_1__.u3)(cluster.kubeconfigPath);
                        const {collectDiagnostics: collectDiagnostics} = await __webpack_require__.e(858).then(__webpack_require__.bind(__webpack_require__, 2858));
                        return await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group("Collecting diagnostics", () => collectDiagnostics(connection));
                    } catch {
                        return;
                    }
                }
                await main();
                (0, _util_exit_js__WEBPACK_IMPORTED_MODULE_9__.l)(line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(line));
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    },
    19404: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            A8: () => DEFAULT_MIN_HISTORY,
            B6: () => _threshold_js__WEBPACK_IMPORTED_MODULE_0__.B6,
            B7: () => _threshold_js__WEBPACK_IMPORTED_MODULE_0__.B7,
            aV: () => _threshold_js__WEBPACK_IMPORTED_MODULE_0__.aV,
            qB: () => compareRuns
        });
        var _threshold_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23056);
        const DEFAULT_MIN_HISTORY = 3;
        function median(values) {
            const sorted = [ ...values ].sort((a, b) => a - b);
            const middle = Math.floor(sorted.length / 2);
            return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
        function spread(values) {
            const center = median(values);
            return {
                n: values.length,
                median: center,
                mad: median(values.map(value => Math.abs(value - center))),
                min: Math.min(...values),
                max: Math.max(...values)
            };
        }
        function compareRuns(history, current, options = {}) {
            const threshold = options.threshold ?? _threshold_js__WEBPACK_IMPORTED_MODULE_0__.aV;
            const minHistory = options.minHistory ?? DEFAULT_MIN_HISTORY;
            const earlier = [ ...history ].sort((a, b) => (a.startedAt ?? "").localeCompare(b.startedAt ?? ""));
            const metrics = metricNames(earlier, current).map(({name: name, unit: unit, key: key}) => {
                const historyRuns = earlier.flatMap((run, index) => valueOf(run, name) === void 0 ? [] : [ index ]);
                return {
                    ...compareMetric(name, unit, key, valueOf(current, name), historyRuns.map(index => valueOf(earlier[index], name)), threshold, minHistory),
                    historyRuns: historyRuns
                };
            });
            return {
                check: current.check,
                current: describeRun(current),
                history: earlier.map(describeRun),
                threshold: threshold,
                minHistory: minHistory,
                metrics: metrics,
                regressions: metrics.filter(metric => metric.verdict === "regression"),
                environmentChanges: environmentChanges(earlier, current),
                otherChecks: [ ...new Set(earlier.map(run => run.check)) ].filter(check => check !== current.check)
            };
        }
        function describeRun(run) {
            return {
                startedAt: run.startedAt,
                url: run.run?.url,
                sha: run.run?.sha,
                result: run.result
            };
        }
        function metricNames(history, current) {
            const names = new Map;
            for (const metric of current.metrics) names.set(metric.name, metric);
            for (const run of history) for (const metric of run.metrics) if (!names.has(metric.name)) names.set(metric.name, metric);
            return [ ...names.values() ];
        }
        function valueOf(run, name) {
            return run.metrics.find(metric => metric.name === name)?.value;
        }
        function compareMetric(name, unit, key, current, history, threshold, minHistory) {
            const base = {
                name: name,
                unit: unit,
                key: key === true,
                current: current,
                history: history
            };
            if (current === void 0) return {
                ...base,
                verdict: "gone"
            };
            if (history.length === 0) return {
                ...base,
                verdict: "new"
            };
            const stats = spread(history);
            const change = current - stats.median;
            const changePercent = stats.median === 0 ? void 0 : change / stats.median * 100;
            const compared = {
                ...base,
                spread: stats,
                change: change,
                changePercent: changePercent
            };
            if (history.length < minHistory) return {
                ...compared,
                verdict: "not-enough-history"
            };
            return {
                ...compared,
                verdict: judge(unit, current, change, stats, threshold)
            };
        }
        function judge(unit, current, change, stats, threshold) {
            if (unit !== "ms") return "within";
            const allowed = Math.max(threshold.percent / 100 * stats.median, threshold.floorMs);
            if (change > allowed && current > stats.max) return "regression";
            if (-change > allowed && current < stats.min) return "faster";
            return "within";
        }
        const ENVIRONMENT_FIELDS = [ [ "kubevirtVersion", "KubeVirt" ], [ "kubernetesVersion", "Kubernetes" ], [ "nodeImage", "node image" ] ];
        function environmentChanges(history, current) {
            const changes = [];
            for (const [field, what] of ENVIRONMENT_FIELDS) {
                const value = current.environment[field];
                const counts = new Map;
                for (const run of history) {
                    const earlier = run.environment[field];
                    if (earlier !== void 0) counts.set(earlier, (counts.get(earlier) ?? 0) + 1);
                }
                const ranked = [ ...counts ].map(([earlier, runs]) => ({
                    value: earlier,
                    runs: runs
                })).sort((a, b) => b.runs - a.runs);
                if (value !== void 0 && ranked.length > 0 && ranked[0].value !== value) changes.push({
                    what: what,
                    current: value,
                    history: ranked
                });
            }
            return changes;
        }
    },
    58603: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            AN: () => formatFlag,
            Fl: () => formatValue,
            KY: () => flaggedLeftOut,
            Lc: () => renderComparisonText,
            Se: () => comparisonHeadline,
            eD: () => formatChange,
            fk: () => compactRows,
            h5: () => environmentNotes,
            tK: () => formatSpread
        });
        var _util_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
        var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19404);
        const TABLE_HEADER = [ "metric", "this run", "history median", "spread", "change", "flag" ];
        function formatValue(value, unit) {
            if (unit === "count") return String(Math.round(value));
            const magnitude = Math.abs(value);
            const text = magnitude < 10 ? `${Math.round(magnitude * 10) / 10} ms` : (0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.a3)(magnitude);
            return value < 0 ? `-${text}` : text;
        }
        function formatChange(metric) {
            if (metric.change === void 0) return "";
            const sign = metric.change > 0 ? "+" : metric.change < 0 ? "-" : "±";
            const magnitude = Math.abs(metric.change);
            const tiny = metric.unit === "ms" && magnitude > 0 && magnitude < .05;
            const size = `${sign}${tiny ? "<0.1 ms" : formatValue(magnitude, metric.unit)}`;
            return metric.changePercent === void 0 ? size : `${size} (${sign}${Math.abs(Math.round(metric.changePercent))}%)`;
        }
        function formatSpread(metric) {
            const stats = metric.spread;
            if (!stats) return "";
            const range = stats.n === 1 ? formatValue(stats.min, metric.unit) : `${formatValue(stats.min, metric.unit)}–${formatValue(stats.max, metric.unit)}`;
            return `${range}, MAD ${formatValue(stats.mad, metric.unit)}`;
        }
        function formatFlag(metric, minHistory) {
            switch (metric.verdict) {
              case "regression":
                return "▲ regression";

              case "faster":
                return "▼ faster";

              case "not-enough-history":
                return `n = ${metric.history.length} < ${minHistory}`;

              case "new":
                return "new";

              case "gone":
                return "not in this run";

              default:
                return "";
            }
        }
        function tableCells(metric, minHistory) {
            return [ metric.name, metric.current === void 0 ? "" : formatValue(metric.current, metric.unit), metric.spread ? `${formatValue(metric.spread.median, metric.unit)} (n = ${metric.spread.n})` : "", formatSpread(metric), formatChange(metric), formatFlag(metric, minHistory) ];
        }
        const COMPACT_FLAGGED = 8;
        function compactRows(comparison) {
            let flagged = 0;
            return comparison.metrics.filter(metric => {
                if (metric.key) return true;
                if (metric.verdict !== "regression" && metric.verdict !== "faster") return false;
                return ++flagged <= COMPACT_FLAGGED;
            });
        }
        function flaggedLeftOut(comparison) {
            const shown = compactRows(comparison).filter(metric => metric.verdict === "regression" || metric.verdict === "faster").length;
            const all = comparison.metrics.filter(metric => metric.verdict === "regression" || metric.verdict === "faster").length;
            return all - shown;
        }
        function comparisonHeadline(comparison) {
            const n = comparison.history.length;
            const rule = `threshold ${(0, _compare_js__WEBPACK_IMPORTED_MODULE_1__.B6)(comparison.threshold)}, beyond the history's range`;
            if (n === 0) return "No earlier run to compare with.";
            if (n < comparison.minHistory) return `Not enough history (n = ${n} < ${comparison.minHistory}): shown for information, nothing is flagged.`;
            const count = comparison.regressions.length;
            const verdict = count === 0 ? "no regression" : `${count} regression${count === 1 ? "" : "s"}: ${listed(comparison.regressions)}`;
            return `Compared with ${n} earlier run${n === 1 ? "" : "s"} (${rule}): ${verdict}.`;
        }
        function listed(metrics, most = 3) {
            const shown = metrics.slice(0, most).map(metric => `${metric.name} ${formatChange(metric)}`);
            const more = metrics.length - shown.length;
            return `${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
        }
        function environmentNotes(comparison) {
            const notes = comparison.environmentChanges.map(change => `${change.what} changed: this run ${change.current}, the history ${change.history.map(entry => `${entry.value} (${entry.runs} run${entry.runs === 1 ? "" : "s"})`).join(", ")}. Deltas may come from that change.`);
            if (comparison.otherChecks.length > 0) notes.push(`The history includes other checks: ${comparison.otherChecks.join(", ")} (this one: ${comparison.check}).`);
            return notes;
        }
        function renderComparisonText(comparison, options = {}) {
            const rows = (options.all ? comparison.metrics : compactRows(comparison)).map(metric => tableCells(metric, comparison.minHistory));
            const widths = TABLE_HEADER.map((title, column) => Math.max(title.length, ...rows.map(row => row[column].length)));
            const line = cells => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd();
            const leftOut = options.all ? 0 : flaggedLeftOut(comparison);
            return [ comparisonHeadline(comparison), ...environmentNotes(comparison), "", line(TABLE_HEADER), line(widths.map(width => "-".repeat(width))), ...rows.map(line), ...leftOut > 0 ? [ `… and ${leftOut} more flagged metrics (--all lists every metric)` ] : [], "" ].join("\n");
        }
    }
};
