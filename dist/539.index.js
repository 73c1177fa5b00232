export const id = 539;

export const ids = [ 539 ];

export const modules = {
    81539: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            COMPARE_USAGE: () => COMPARE_USAGE,
            compareCommand: () => compareCommand
        });
        var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
        var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86148);
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
        var _compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19404);
        var _document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83002);
        var _metrics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79250);
        var _table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58603);
        const COMPARE_USAGE = `Usage:\n  kubevirt-transition-check compare BASELINE... CURRENT [--regression-threshold 25%,100ms]\n                                    [--min-history N] [--all] [-o text|json] [-h]\n\nCompares the timeline JSON CURRENT (the action's timeline-path, or 'demo -o json') with the\nBASELINE files or folders of them. A duration is flagged when it grew beyond the\n--regression-threshold (default ${(0, 
        _compare_js__WEBPACK_IMPORTED_MODULE_3__.B6)(_compare_js__WEBPACK_IMPORTED_MODULE_3__.aV)}, as the action's input) over the baselines' median AND beyond the\nlargest baseline value; with fewer than --min-history baselines (default ${_compare_js__WEBPACK_IMPORTED_MODULE_3__.A8}) nothing is\nflagged. --all shows every metric, not only the key and flagged ones.\nExit code: 0 no regression, 1 a regression, 3 bad input.`;
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
                const current = await (0, _document_js__WEBPACK_IMPORTED_MODULE_4__.Qn)(paths.at(-1));
                if (current.length !== 1) throw new Error(`CURRENT ${paths.at(-1)} must be one timeline JSON file, not a folder`);
                const baselines = (await Promise.all(paths.slice(0, -1).map(path => (0, _document_js__WEBPACK_IMPORTED_MODULE_4__.Qn)(path)))).flat();
                comparison = (0, _compare_js__WEBPACK_IMPORTED_MODULE_3__.qB)(baselines.map(_metrics_js__WEBPACK_IMPORTED_MODULE_6__.dl), (0, 
                _metrics_js__WEBPACK_IMPORTED_MODULE_6__.dl)(current[0]), {
                    threshold: threshold ? flagThreshold(threshold) : void 0,
                    minHistory: minHistory === void 0 ? void 0 : Number(minHistory)
                });
            } catch (error) {
                stderr.write(`error: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.g)(error)}\n\n${COMPARE_USAGE}\n`);
                return 3;
            }
            stdout.write(values.output === "json" ? `${JSON.stringify(comparison, roundMs, 2)}\n` : (0, 
            _table_js__WEBPACK_IMPORTED_MODULE_5__.Lc)(comparison, {
                all: values.all
            }));
            return comparison.regressions.length > 0 ? 1 : 0;
        }
        function flagThreshold(text) {
            try {
                return (0, _compare_js__WEBPACK_IMPORTED_MODULE_3__.B7)(text);
            } catch (error) {
                throw new Error(`--regression-threshold ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.g)(error)}`, {
                    cause: error
                });
            }
        }
        function roundMs(_key, value) {
            return typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
        }
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
    83002: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Gv: () => parseTimelineDocument,
            N7: () => TimelineDocumentError,
            Qn: () => readTimelineDocuments
        });
        var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
        var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
        var _report_timeline_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5110);
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
        class TimelineDocumentError extends Error {
            constructor(message) {
                super(message);
                this.name = "TimelineDocumentError";
            }
        }
        function parseTimelineDocument(text, source) {
            let value;
            try {
                value = JSON.parse(text);
            } catch (error) {
                throw new TimelineDocumentError(`${source} is not JSON: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.g)(error)}`);
            }
            if (typeof value !== "object" || value === null || Array.isArray(value)) throw new TimelineDocumentError(`${source} is not a timeline JSON document (not an object)`);
            const document = value;
            if (document.generator !== "kubevirt-transition-check") throw new TimelineDocumentError(typeof document.generator === "string" ? `${source} is not a timeline JSON document of kubevirt-transition-check (it was written by ${JSON.stringify(document.generator)}): give the timeline JSON of a check (the action's timeline-path, or 'demo -o json')` : `${source} is not a timeline JSON document of kubevirt-transition-check (it has no 'generator'): give the timeline JSON of a check (the action's timeline-path, or 'demo -o json')`);
            if (document.schemaVersion !== _report_timeline_json_js__WEBPACK_IMPORTED_MODULE_2__.dj) {
                const version = JSON.stringify(document.schemaVersion);
                const age = typeof document.schemaVersion === "number" && document.schemaVersion > _report_timeline_json_js__WEBPACK_IMPORTED_MODULE_2__.dj ? "newer" : "older";
                throw new TimelineDocumentError(`${source} has timeline schema version ${version}, ${age} than the version ${_report_timeline_json_js__WEBPACK_IMPORTED_MODULE_2__.dj} this release reads; it is left out of the comparison`);
            }
            if (typeof document.check !== "string" || !Array.isArray(document.attempts)) throw new TimelineDocumentError(`${source} lacks 'check' or 'attempts'`);
            return document;
        }
        async function readTimelineDocuments(path, skip) {
            const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(error => {
                throw new TimelineDocumentError(`cannot read ${path}: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.g)(error)}`);
            });
            const files = info.isDirectory() ? (await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path)).filter(name => name.endsWith(".json")).sort().map(name => (0, 
            node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, name)) : [ path ];
            if (info.isDirectory() && files.length === 0) throw new TimelineDocumentError(`${path} holds no timeline JSON files (*.json)`);
            const documents = [];
            for (const file of files) try {
                documents.push(parseTimelineDocument(await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8"), file));
            } catch (error) {
                const problem = error instanceof TimelineDocumentError ? error : new TimelineDocumentError(`cannot read ${file}: ${(0, 
                _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.g)(error)}`);
                if (!skip) throw problem;
                skip(problem);
            }
            return documents;
        }
    },
    79250: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            dl: () => runMetrics
        });
        var _observe_episodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44692);
        const MIRROR_ORDER = [ "pod", "vmi", "vm" ];
        const MIRROR_PAIRS = [ [ "pod", "vmi" ], [ "vmi", "vm" ] ];
        function runMetrics(document) {
            const attempt = document.attempts.at(-1);
            const metrics = [];
            if (attempt) {
                metrics.push(...stepMetrics(attempt.timeline, attempt.verdict.matched));
                metrics.push(...pullIntervals(attempt.timeline));
                const decision = decisionLatency(attempt.timeline, attempt.verdict.matched);
                if (decision !== void 0) metrics.push(ms("decision latency", decision));
                metrics.push(...watchMetrics(attempt.timeline));
                if (attempt.apiRequests !== void 0) metrics.push({
                    name: "API requests",
                    value: attempt.apiRequests,
                    unit: "count"
                });
            }
            if (document.setup) {
                metrics.push(ms("kind cluster creation", document.setup.clusterMs));
                metrics.push(ms("KubeVirt install", document.setup.kubevirtMs));
            }
            return {
                check: document.check,
                result: document.result,
                startedAt: attempt?.startedAt,
                run: document.run ? {
                    url: document.run.url,
                    sha: document.run.sha
                } : void 0,
                environment: {
                    ...document.environment,
                    nodeImage: document.setup?.nodeImage
                },
                metrics: metrics
            };
        }
        function ms(name, value, key) {
            return {
                name: name,
                value: value,
                unit: "ms",
                ...key ? {
                    key: key
                } : {}
            };
        }
        function creationMs(timeline) {
            const first = (0, _observe_episodes_js__WEBPACK_IMPORTED_MODULE_0__.Z)(timeline, "vm")[0];
            return first?.startMs ?? 0;
        }
        function stepMetrics(timeline, matched) {
            const created = creationMs(timeline);
            const byWitness = new Map(MIRROR_ORDER.map(witness => [ witness, (0, _observe_episodes_js__WEBPACK_IMPORTED_MODULE_0__.Z)(timeline, witness) ]));
            const metrics = [];
            const seen = new Map;
            for (const step of matched) {
                const occurrence = seen.get(step.state) ?? 0;
                seen.set(step.state, occurrence + 1);
                const label = `step ${step.step + 1} ${step.state}`;
                const starts = new Map;
                for (const witness of MIRROR_ORDER) {
                    const episode = byWitness.get(witness).filter(candidate => candidate.state === step.state)[occurrence];
                    if (!episode) continue;
                    starts.set(witness, episode.startMs);
                    const completed = step === matched.at(-1) && witness === "vm";
                    metrics.push(ms(`${label} since creation (${witness})`, episode.startMs - created, completed));
                    if (episode.endMs !== void 0) metrics.push(ms(`${label} lasted (${witness})`, episode.endMs - episode.startMs, step.step === 0 && witness === "pod"));
                }
                for (const [source, mirror] of MIRROR_PAIRS) {
                    const from = starts.get(source);
                    const to = starts.get(mirror);
                    if (from !== void 0 && to !== void 0) metrics.push(ms(`${label} mirror ${source}→${mirror}`, to - from));
                }
            }
            return metrics;
        }
        function pullIntervals(timeline) {
            const attempts = (0, _observe_episodes_js__WEBPACK_IMPORTED_MODULE_0__.Q)(timeline);
            const metrics = [];
            for (let index = 1; index < attempts.length; index++) {
                const previous = attempts[index - 1];
                const current = attempts[index];
                if (previous === void 0 || current === void 0) continue;
                metrics.push(ms(`pull attempt ${index}→${index + 1} interval`, current - previous, index <= 2));
            }
            return metrics;
        }
        function decisionLatency(timeline, matched) {
            const last = matched.at(-1);
            return last === void 0 ? void 0 : timeline.endedAtMs - last.atMs;
        }
        function watchMetrics(timeline) {
            let gaps = 0;
            let gapMs = 0;
            let polledMs = 0;
            for (const entry of timeline.entries) if (entry.kind === "gap") {
                gaps++;
                gapMs += entry.untilMs - entry.atMs;
            } else if (entry.kind === "polling") polledMs += (entry.untilMs ?? timeline.endedAtMs) - entry.atMs;
            return [ {
                name: "watch gaps",
                value: gaps,
                unit: "count"
            }, ms("watch gap time", gapMs), ms("polled time", polledMs) ];
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
