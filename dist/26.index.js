export const id = 26;

export const ids = [ 26 ];

export const modules = {
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
    },
    23056: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            B6: () => formatThreshold,
            B7: () => parseThreshold,
            aV: () => DEFAULT_THRESHOLD
        });
        var _util_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
        const DEFAULT_THRESHOLD = {
            percent: 25,
            floorMs: 100
        };
        function parseThreshold(text) {
            const threshold = {
                percent: 0,
                floorMs: 0
            };
            const parts = text.split(",").map(part => part.trim()).filter(Boolean);
            const fix = "use a percentage and/or a duration, such as 25%,100ms";
            if (parts.length === 0 || parts.length > 2) throw new Error(`'${text}': ${fix}.`);
            for (const part of parts) {
                const percent = /^\+?(\d+(?:\.\d+)?)%$/.exec(part);
                const duration = percent ? void 0 : (0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.E9)(part.replace(/^\+/, ""));
                if (percent) threshold.percent = Number(percent[1]); else if (duration !== void 0) threshold.floorMs = duration; else throw new Error(`'${text}': '${part}' is neither a percentage nor a duration; ${fix}.`);
            }
            return threshold;
        }
        function formatThreshold(threshold) {
            return `+${threshold.percent}% and +${(0, _util_duration_js__WEBPACK_IMPORTED_MODULE_0__.a3)(threshold.floorMs)}`;
        }
    },
    61303: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            KN: () => percent,
            YQ: () => describeRate,
            YV: () => wilsonInterval,
            sl: () => cleanRunsUntil
        });
        const Z_95 = 1.959963984540054;
        function wilsonInterval(failures, runs, z = Z_95) {
            if (!Number.isInteger(runs) || !Number.isInteger(failures) || runs <= 0 || failures < 0 || failures > runs) throw new RangeError(`a rate needs 0 <= failures <= runs and runs > 0, got ${failures} of ${runs}`);
            const p = failures / runs;
            const z2 = z * z;
            const denominator = 1 + z2 / runs;
            const center = (p + z2 / (2 * runs)) / denominator;
            const half = z * Math.sqrt(p * (1 - p) / runs + z2 / (4 * runs * runs)) / denominator;
            return {
                failures: failures,
                runs: runs,
                rate: p,
                low: failures === 0 ? 0 : Math.max(0, center - half),
                high: failures === runs ? 1 : Math.min(1, center + half),
                confidence: confidenceOf(z)
            };
        }
        function cleanRunsUntil(failures, runs, target, z = Z_95) {
            const below = n => wilsonInterval(failures, n, z).high < target;
            if (below(runs)) return 0;
            let high = Math.max(1, runs);
            while (!below(high)) high *= 2;
            let low = Math.max(runs, high / 2);
            while (high - low > 1) {
                const mid = Math.floor((low + high) / 2);
                if (below(mid)) high = mid; else low = mid;
            }
            return high - runs;
        }
        function describeRate(interval) {
            const level = `${Math.round(interval.confidence * 100)} %`;
            const runs = `${interval.runs} run${interval.runs === 1 ? "" : "s"}, ${interval.failures} failure${interval.failures === 1 ? "" : "s"}`;
            if (interval.failures === 0) return `${runs}: failure rate below ${percent(interval.high)} (${level})`;
            return `${runs}: failure rate ${percent(interval.rate)}, between ${percent(interval.low)} and ${percent(interval.high)} (${level})`;
        }
        function percent(rate) {
            const value = rate * 100;
            if (value === 0) return "0 %";
            if (value > 99 && value < 100) return `${Math.floor(value * 10) / 10} %`;
            if (value >= 10) return `${Math.round(value)} %`;
            const digits = Math.max(1, 1 - Math.floor(Math.log10(value)));
            return `${Number(value.toFixed(digits))} %`;
        }
        function confidenceOf(z) {
            const erf = x => {
                const t = 1 / (1 + .3275911 * Math.abs(x));
                const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - .284496736) * t + .254829592) * t * Math.exp(-x * x);
                return Math.sign(x) * y;
            };
            return Math.round(erf(z / Math.SQRT2) * 100) / 100;
        }
    }
};
