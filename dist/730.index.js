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
                var _cluster_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76629);
                var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72951);
                var _outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34671);
                var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71054);
                var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2462);
                var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
                var _util_exit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85234);
                var _util_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49997);
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
                        let config = (0, _config_index_js__WEBPACK_IMPORTED_MODULE_2__.Xg)(name => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name));
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
                            if (error instanceof _outcome_js__WEBPACK_IMPORTED_MODULE_3__.cc || cancel.signal.aborted) throw error;
                            const diagnostics = stage === "setup" ? await setupDiagnostics(kindCluster) : void 0;
                            const stopped = (0, _outcome_js__WEBPACK_IMPORTED_MODULE_3__.Ao)(error, stage, performance.now() - started, diagnostics);
                            const published = await publish(stopped, config).then(() => true, reportError => {
                                _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.sN)(`Could not report that the check could not run: ${(0, 
                                _util_errors_js__WEBPACK_IMPORTED_MODULE_6__.g)(reportError)}`));
                                return false;
                            });
                            if (!published) throw error;
                            fail((0, _util_errors_js__WEBPACK_IMPORTED_MODULE_6__.g)(error), config);
                            return;
                        }
                        const report = await publish(outcome, config);
                        conclude(outcome, config, report.regressed);
                    } catch (error) {
                        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0, _util_errors_js__WEBPACK_IMPORTED_MODULE_6__.g)(error));
                    } finally {
                        process.off("SIGINT", onSignal);
                        process.off("SIGTERM", onSignal);
                    }
                }
                async function check(config, signal) {
                    const outcome = await (0, _run_js__WEBPACK_IMPORTED_MODULE_4__.k)(config, actionHooks(config, signal));
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_state_js__WEBPACK_IMPORTED_MODULE_5__.c4.result, outcome.result);
                    return outcome;
                }
                async function publish(outcome, config) {
                    const {publishReport: publishReport} = await Promise.all([ __webpack_require__.e(351), __webpack_require__.e(262), __webpack_require__.e(568), __webpack_require__.e(942) ]).then(__webpack_require__.bind(__webpack_require__, 20942));
                    const report = await publishReport(outcome, config);
                    for (const [name, value] of Object.entries(report.outputs)) _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value);
                    return report;
                }
                function actionHooks(config, signal) {
                    return {
                        log: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.sN)(line)),
                        warn: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.sN)(line)),
                        group: (title, work) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.group((0, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.sN)(title), work),
                        willCreate: resources => (0, _state_js__WEBPACK_IMPORTED_MODULE_5__.BQ)((key, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(key, value), {
                            ...resources,
                            cleanup: config.cleanup
                        }),
                        cleaned: leftovers => {
                            if (!leftovers) _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_state_js__WEBPACK_IMPORTED_MODULE_5__.c4.cleanedUp, "true");
                        },
                        signal: signal
                    };
                }
                function conclude(outcome, config, regressed) {
                    if (!(0, _outcome_js__WEBPACK_IMPORTED_MODULE_3__.ug)(outcome.result, config.failOnFlaky)) {
                        if (regressed !== void 0) {
                            const line = (0, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.IN)(`Timing regressed: ${regressed}`, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.b6 - 100, "the trend-summary output has every check");
                            if (config.failOnRegression) _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0, 
                            _util_text_js__WEBPACK_IMPORTED_MODULE_7__.sN)(`${line} (fail-on-regression is set)`)); else _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0, 
                            _util_text_js__WEBPACK_IMPORTED_MODULE_7__.sN)(line));
                        }
                        return;
                    }
                    const last = outcome.attempts.at(-1)?.verdict;
                    const notPassed = (outcome.checks ?? []).filter(check => check.outcome.result !== "passed");
                    const summary = outcome.checks ? `KubeVirt transition check suite ${outcome.result}: ${notPassed.map(check => `'${check.name}' ${check.outcome.result}`).join(", ")}` : `KubeVirt transition check ${outcome.result}: ${last?.explanation ?? ""}`.trim();
                    fail(outcome.result === "flaky" ? `${summary} (fail-on-flaky is set)` : summary, config);
                }
                function fail(message, config) {
                    if (config.annotations) {
                        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.sN)(message));
                        process.exitCode = _actions_core__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Failure;
                    } else _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed((0, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.IN)(message, _util_text_js__WEBPACK_IMPORTED_MODULE_7__.b6, "the timeline file has the rest"));
                }
                async function setUpKind(config, signal, created) {
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup("Setting up kind and KubeVirt");
                    try {
                        const {setupKind: setupKind} = await __webpack_require__.e(775).then(__webpack_require__.bind(__webpack_require__, 30775));
                        const cluster = await setupKind({
                            ...(0, _config_index_js__WEBPACK_IMPORTED_MODULE_2__.CJ)(config, process.env, line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0, 
                            _util_text_js__WEBPACK_IMPORTED_MODULE_7__.sN)(line))),
                            signal: signal,
                            beforeCreate: ref => {
                                (0, _state_js__WEBPACK_IMPORTED_MODULE_5__.KW)((key, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(key, value), ref);
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
                        const connection = (0, _cluster_index_js__WEBPACK_IMPORTED_MODULE_1__.u3)(cluster.kubeconfigPath);
                        const {collectDiagnostics: collectDiagnostics} = await __webpack_require__.e(858).then(__webpack_require__.bind(__webpack_require__, 2858));
                        return await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group("Collecting diagnostics", () => collectDiagnostics(connection));
                    } catch {
                        return;
                    }
                }
                await main();
                (0, _util_exit_js__WEBPACK_IMPORTED_MODULE_8__.l)(line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(line));
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    }
};
