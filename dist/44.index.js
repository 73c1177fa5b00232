export const id = 44;

export const ids = [ 44 ];

export const modules = {
    6044: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            COMPARE_JSON_MAX_CHARS: () => COMPARE_JSON_MAX_CHARS,
            COMPARE_USAGE: () => COMPARE_USAGE,
            compareCommand: () => compareCommand,
            comparisonJson: () => comparisonJson
        });
        var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
        var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86148);
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
        var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
        var _trend_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88796);
        const COMPARE_USAGE = `Usage:\n  kubevirt-transition-check compare BASELINE... CURRENT [--regression-threshold 25%,100ms]\n                                    [--min-history N] [--all] [-o text|json] [-h]\n\nCompares the timeline JSON CURRENT (the action's timeline-path, or 'demo -o json') with the\nBASELINE files or folders of them. A duration is flagged when it grew beyond the\n--regression-threshold (default ${(0, 
        _trend_index_js__WEBPACK_IMPORTED_MODULE_4__.B6)(_trend_index_js__WEBPACK_IMPORTED_MODULE_4__.aV)}, as the action's input) over the baselines' median AND beyond the\nlargest baseline value; with fewer than --min-history baselines (default ${_trend_index_js__WEBPACK_IMPORTED_MODULE_4__.A8}) nothing is\nflagged. --all shows every metric, not only the key and flagged ones.\nExit code: 0 no regression, 1 a regression, 3 bad input.`;
        const OPTIONS = {
            output: {
                type: "string",
                short: "o"
            },
            "regression-threshold": {
                type: "string"
            },
            threshold: {
                type: "string"
            },
            "min-history": {
                type: "string"
            },
            all: {
                type: "boolean"
            },
            help: {
                type: "boolean",
                short: "h"
            }
        };
        async function compareCommand(args, stdout, stderr) {
            let comparison;
            let values;
            try {
                let parsed;
                try {
                    parsed = (0, node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
                        args: args,
                        allowPositionals: true,
                        strict: true,
                        options: OPTIONS
                    });
                } catch (error) {
                    throw (0, _flags_js__WEBPACK_IMPORTED_MODULE_1__.q9)(error, Object.keys(OPTIONS));
                }
                if (parsed.values.threshold !== void 0) stderr.write("note: --threshold is now --regression-threshold, the name `run` and the action use; the old name still works\n");
                const threshold = parsed.values["regression-threshold"] ?? parsed.values.threshold;
                if (parsed.values.help) {
                    stdout.write(`${COMPARE_USAGE}\n`);
                    return 0;
                }
                values = parsed.values;
                if (values.output !== void 0 && values.output !== "text" && values.output !== "json") throw new Error(`invalid value "${values.output}" for flag -o/--output: use text or json`);
                if (parsed.positionals.length < 2) throw new Error("compare needs at least one BASELINE and the CURRENT timeline JSON");
                const minHistory = parsed.values["min-history"];
                if (minHistory !== void 0 && !/^[1-9]\d*$/.test(minHistory)) throw new Error(`--min-history '${minHistory}' is not a whole number of runs, e.g. 3`);
                const paths = parsed.positionals;
                const current = await (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_4__.Qn)(paths.at(-1));
                if (current.length !== 1) throw new Error(`CURRENT ${paths.at(-1)} must be one timeline JSON file, not a folder`);
                const baselines = (await Promise.all(paths.slice(0, -1).map(path => (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_4__.Qn)(path)))).flat();
                comparison = (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_4__.qB)(baselines.map(_trend_index_js__WEBPACK_IMPORTED_MODULE_4__.dl), (0, 
                _trend_index_js__WEBPACK_IMPORTED_MODULE_4__.dl)(current[0]), {
                    threshold: threshold ? flagThreshold(threshold) : void 0,
                    minHistory: minHistory === void 0 ? void 0 : Number(minHistory)
                });
            } catch (error) {
                stderr.write(`error: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.g)(error)}\n\n${COMPARE_USAGE}\n`);
                return 3;
            }
            stdout.write(values.output === "json" ? comparisonJson(comparison) : (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_4__.Lc)(comparison, {
                all: values.all
            }));
            return comparison.regressions.length > 0 ? 1 : 0;
        }
        function flagThreshold(text) {
            try {
                return (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_4__.B7)(text);
            } catch (error) {
                throw new Error(`--regression-threshold ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.g)(error)}`, {
                    cause: error
                });
            }
        }
        const COMPARE_JSON_MAX_CHARS = 1024 * 1024;
        function comparisonJson(comparison, maxChars = COMPARE_JSON_MAX_CHARS) {
            const whole = `${JSON.stringify(comparison, roundMs, 2)}\n`;
            if (whole.length <= maxChars) return whole;
            const short = JSON.parse(JSON.stringify(comparison), (_key, value) => typeof value === "string" ? (0, 
            _util_text_js__WEBPACK_IMPORTED_MODULE_3__.IN)(value, 200, "cut") : value);
            const kept = count => {
                const metrics = short.metrics.slice(0, count);
                const regressions = short.regressions.slice(0, count);
                const truncated = {
                    limitChars: maxChars,
                    metricsOmitted: short.metrics.length - metrics.length,
                    regressionsOmitted: short.regressions.length - regressions.length
                };
                return `${JSON.stringify({
                    ...short,
                    metrics: metrics,
                    regressions: regressions,
                    truncated: truncated
                }, roundMs, 2)}\n`;
            };
            let [fits, over] = [ 0, Math.max(short.metrics.length, short.regressions.length) + 1 ];
            while (over - fits > 1) {
                const middle = Math.floor((fits + over) / 2);
                if (kept(middle).length <= maxChars) fits = middle; else over = middle;
            }
            return kept(fits);
        }
        function roundMs(_key, value) {
            return typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
        }
    }
};
