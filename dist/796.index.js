export const id = 796;

export const ids = [ 796 ];

export const modules = {
    26729: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Q: () => WITNESS_OF,
            b: () => RESOURCE_OF
        });
        const WITNESS_OF = {
            virtualmachines: "vm",
            virtualmachineinstances: "vmi",
            pods: "pod",
            events: "event"
        };
        const RESOURCE_OF = {
            vm: "virtualmachines",
            vmi: "virtualmachineinstances",
            pod: "pods",
            event: "events"
        };
    },
    88796: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            A8: () => DEFAULT_MIN_HISTORY,
            aV: () => DEFAULT_THRESHOLD,
            N7: () => TimelineDocumentError,
            fk: () => compactRows,
            qB: () => compareRuns,
            Se: () => comparisonHeadline,
            Cw: () => documentsOfCheck,
            h5: () => environmentNotes,
            KY: () => flaggedLeftOut,
            eD: () => formatChange,
            AN: () => formatFlag,
            tK: () => formatSpread,
            B6: () => formatThreshold,
            Fl: () => formatValue,
            B7: () => parseThreshold,
            Gv: () => parseTimelineDocument,
            Qn: () => readTimelineDocuments,
            ue: () => readZip,
            Lc: () => renderComparisonText,
            dl: () => runMetrics
        });
        var util_duration = __webpack_require__(26518);
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
                const duration = percent ? void 0 : (0, util_duration.E9)(part.replace(/^\+/, ""));
                if (percent) threshold.percent = Number(percent[1]); else if (duration !== void 0) threshold.floorMs = duration; else throw new Error(`'${text}': '${part}' is neither a percentage nor a duration; ${fix}.`);
            }
            return threshold;
        }
        function formatThreshold(threshold) {
            return `+${threshold.percent}% and +${(0, util_duration.a3)(threshold.floorMs)}`;
        }
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
            const threshold = options.threshold ?? DEFAULT_THRESHOLD;
            const minHistory = options.minHistory ?? DEFAULT_MIN_HISTORY;
            const earlier = [ ...history ].sort((a, b) => (a.startedAt ?? "").localeCompare(b.startedAt ?? ""));
            const earlierValues = earlier.map(valuesByName);
            const currentValues = valuesByName(current);
            const metrics = metricNames(earlier, current).map(({name: name, unit: unit, key: key}) => {
                const historyRuns = earlierValues.flatMap((values, index) => values.get(name) === void 0 ? [] : [ index ]);
                return {
                    ...compareMetric(name, unit, key, currentValues.get(name), historyRuns.map(index => earlierValues[index].get(name)), threshold, minHistory),
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
        function valuesByName(run) {
            const values = new Map;
            for (const metric of run.metrics) if (!values.has(metric.name)) values.set(metric.name, metric.value);
            return values;
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
        var promises_ = __webpack_require__(51455);
        var external_node_path_ = __webpack_require__(76760);
        var types = __webpack_require__(77150);
        var errors = __webpack_require__(70017);
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
                throw new TimelineDocumentError(`${source} is not JSON: ${(0, errors.g)(error)}`);
            }
            if (typeof value !== "object" || value === null || Array.isArray(value)) throw new TimelineDocumentError(`${source} is not a timeline JSON document (not an object)`);
            const document = value;
            if (document.generator !== "kubevirt-transition-check") throw new TimelineDocumentError(typeof document.generator === "string" ? `${source} is not a timeline JSON document of kubevirt-transition-check (it was written by ${JSON.stringify(document.generator)}): give the timeline JSON of a check (the action's timeline-path, or 'demo -o json')` : `${source} is not a timeline JSON document of kubevirt-transition-check (it has no 'generator'): give the timeline JSON of a check (the action's timeline-path, or 'demo -o json')`);
            if (!types.j.includes(document.schemaVersion)) {
                const version = JSON.stringify(document.schemaVersion);
                const age = typeof document.schemaVersion === "number" && document.schemaVersion > types.d ? "newer" : "older";
                throw new TimelineDocumentError(`${source} has timeline schema version ${version}, ${age} than the versions ${types.j.join(" and ")} this release reads; it is left out of the comparison`);
            }
            if (typeof document.check !== "string" || !Array.isArray(document.attempts)) throw new TimelineDocumentError(`${source} lacks 'check' or 'attempts'`);
            return document;
        }
        async function readTimelineDocuments(path, skip) {
            const info = await (0, promises_.stat)(path).catch(error => {
                throw new TimelineDocumentError(`cannot read ${path}: ${(0, errors.g)(error)}`);
            });
            const files = info.isDirectory() ? (await (0, promises_.readdir)(path)).filter(name => name.endsWith(".json")).sort().map(name => (0, 
            external_node_path_.join)(path, name)) : [ path ];
            if (info.isDirectory() && files.length === 0) throw new TimelineDocumentError(`${path} holds no timeline JSON files (*.json)`);
            const documents = [];
            for (const file of files) try {
                documents.push(parseTimelineDocument(await (0, promises_.readFile)(file, "utf8"), file));
            } catch (error) {
                const problem = error instanceof TimelineDocumentError ? error : new TimelineDocumentError(`cannot read ${file}: ${(0, 
                errors.g)(error)}`);
                if (!skip) throw problem;
                skip(problem);
            }
            return documents;
        }
        function documentsOfCheck(documents, name) {
            if (name === void 0) return documents.filter(document => !document.checks);
            return documents.flatMap(document => {
                const check = document.checks?.find(entry => entry.name === name);
                return check ? [ {
                    ...check,
                    check: name
                } ] : [];
            });
        }
        var verify = __webpack_require__(27900);
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
            const first = (0, verify.Zz)(timeline, "vm")[0];
            return first?.startMs ?? 0;
        }
        function stepMetrics(timeline, matched) {
            const created = creationMs(timeline);
            const byWitness = new Map(MIRROR_ORDER.map(witness => [ witness, (0, verify.Zz)(timeline, witness) ]));
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
            const attempts = (0, verify.QD)(timeline);
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
        const TABLE_HEADER = [ "metric", "this run", "history median", "spread", "change", "flag" ];
        function formatValue(value, unit) {
            if (unit === "count") return String(Math.round(value));
            const magnitude = Math.abs(value);
            const text = magnitude < 10 ? `${Math.round(magnitude * 10) / 10} ms` : (0, util_duration.a3)(magnitude);
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
            const rule = `threshold ${formatThreshold(comparison.threshold)}, beyond the history's range`;
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
        var external_node_zlib_ = __webpack_require__(38522);
        class ZipError extends Error {
            constructor(message) {
                super(message);
                this.name = "ZipError";
            }
        }
        const END_OF_CENTRAL_DIRECTORY = 101010256;
        const CENTRAL_DIRECTORY_ENTRY = 33639248;
        const LOCAL_FILE_HEADER = 67324752;
        const MAX_END_SEARCH = 22 + 65535;
        function readZip(archive, maxBytes = 64 * 1024 * 1024) {
            const end = findEnd(archive);
            const count = archive.readUInt16LE(end + 10);
            const directoryOffset = archive.readUInt32LE(end + 16);
            const entries = [];
            let at = directoryOffset;
            for (let index = 0; index < count; index++) {
                need(archive, at, 46);
                if (archive.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipError(`central directory entry ${index + 1} of ${count} is damaged`);
                const flags = archive.readUInt16LE(at + 8);
                const method = archive.readUInt16LE(at + 10);
                const checksum = archive.readUInt32LE(at + 16);
                const compressedSize = archive.readUInt32LE(at + 20);
                const size = archive.readUInt32LE(at + 24);
                const nameLength = archive.readUInt16LE(at + 28);
                const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
                const localOffset = archive.readUInt32LE(at + 42);
                need(archive, at + 46, nameLength);
                const name = archive.toString("utf8", at + 46, at + 46 + nameLength);
                at += 46 + skip;
                if (name.endsWith("/")) continue;
                if (flags & 1) throw new ZipError(`${name} is encrypted`);
                if (size === 4294967295 || compressedSize === 4294967295) throw new ZipError(`${name} needs ZIP64, which is not supported`);
                if (size > maxBytes) throw new ZipError(`${name} is larger than ${maxBytes} bytes`);
                const data = localData(archive, localOffset, compressedSize, name);
                const content = extract(data, method, size, name);
                if ((0, external_node_zlib_.crc32)(content) !== checksum) throw new ZipError(`${name} fails its CRC-32 check`);
                entries.push({
                    name: name,
                    content: content
                });
            }
            return entries;
        }
        function findEnd(archive) {
            const lowest = Math.max(0, archive.length - MAX_END_SEARCH);
            for (let at = archive.length - 22; at >= lowest; at--) if (archive.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
            throw new ZipError("not a zip archive (no end of central directory record)");
        }
        function need(archive, at, length) {
            if (at < 0 || at + length > archive.length) throw new ZipError("the archive is truncated");
        }
        function localData(archive, at, length, name) {
            need(archive, at, 30);
            if (archive.readUInt32LE(at) !== LOCAL_FILE_HEADER) throw new ZipError(`the local header of ${name} is damaged`);
            const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
            need(archive, start, length);
            return archive.subarray(start, start + length);
        }
        function extract(data, method, size, name) {
            if (method === 0) return data;
            if (method !== 8) throw new ZipError(`${name} uses compression method ${method}`);
            try {
                return (0, external_node_zlib_.inflateRawSync)(data, {
                    maxOutputLength: Math.max(size, 1)
                });
            } catch (error) {
                throw new ZipError(`${name} cannot be inflated: ${error.message}`);
            }
        }
    },
    77150: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            d: () => TIMELINE_SCHEMA_VERSION,
            j: () => READABLE_SCHEMA_VERSIONS
        });
        const TIMELINE_SCHEMA_VERSION = 2;
        const READABLE_SCHEMA_VERSIONS = [ 1, 2 ];
    },
    27900: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            dk: () => DEFAULT_SETTLE_MS,
            eT: () => DEFAULT_UNSCHEDULABLE_GRACE_MS,
            uH: () => IMAGE_PULL_FAILURES,
            PL: () => classifyAttempts,
            YQ: () => describeRate,
            Zz: () => episodes,
            x$: () => expandedSteps,
            i_: () => failureCause,
            HL: () => mayBeTiming,
            Rr: () => parsePath,
            wR: () => pathStates,
            KN: () => percent,
            QD: () => pullAttempts,
            UK: () => summarizeRepeats,
            Bb: () => trackPath,
            MX: () => verify
        });
        function classifyAttempts(verdicts) {
            const passed = verdicts.filter(verdict => verdict.result === "passed").length;
            if (passed > 0) return passed === verdicts.length ? "passed" : "flaky";
            if (verdicts.some(verdict => verdict.result === "failed")) return "failed";
            return "inconclusive";
        }
        const TIMING = [ "missed-by-witness", "hidden-by-gap", "polled", "bound-exceeded" ];
        const SETUP = [ "forbidden-state", "lookalike-state", "unschedulable", "image-pulled", "invalid-image-name", "stuck-starting", "message-mismatch", "vm-not-ours" ];
        function mayBeTiming(verdict) {
            if (verdict.result === "passed" || verdict.contradiction) return false;
            const diagnosis = verdict.diagnosis ?? [];
            if (diagnosis.some(code => SETUP.includes(code))) return false;
            return diagnosis.some(code => TIMING.includes(code));
        }
        var util_duration = __webpack_require__(26518);
        var util_text = __webpack_require__(49997);
        const VM_PRINTABLE_STATUSES = [ "Stopped", "Provisioning", "Starting", "Running", "Paused", "Stopping", "Terminating", "CrashLoopBackOff", "Migrating", "Unknown", "ErrorUnschedulable", "ErrImagePull", "ImagePullBackOff", "ErrorPvcNotFound", "DataVolumeError", "WaitingForVolumeBinding", "WaitingForReceiver" ];
        const VMI_PHASES = [ "Pending", "Scheduling", "Scheduled", "Running", "Succeeded", "Failed", "WaitingForSync", "Unknown" ];
        const KUBELET_WAITING_REASONS = [ "ErrImagePull", "ImagePullBackOff", "ImageInspectError", "ErrImageNeverPull", "RegistryUnavailable", "InvalidImageName", "ContainerCreating", "PodInitializing", "CrashLoopBackOff", "CreateContainerConfigError", "CreateContainerError" ];
        const POD_PHASES = [ "Pending", "Running", "Succeeded", "Failed", "Unknown" ];
        const KNOWN_STATES = [ ...new Set([ ...VM_PRINTABLE_STATUSES, ...VMI_PHASES, ...KUBELET_WAITING_REASONS, ...POD_PHASES ]) ];
        const PULL_ERROR_STATES = new Set([ "ErrImagePull", "ImagePullBackOff", "ImageInspectError", "ErrImageNeverPull", "RegistryUnavailable", "InvalidImageName" ]);
        const IMAGE_PULL_FAILURES = [ "ErrImagePull", "ImagePullBackOff" ];
        const DEAD_ENDS = [ {
            state: "Running",
            witnesses: [ "vm", "vmi", "pod" ],
            rulesOut: [ ...IMAGE_PULL_FAILURES, "InvalidImageName" ],
            mustPersist: false
        }, {
            state: "InvalidImageName",
            witnesses: [ "pod" ],
            rulesOut: [ ...IMAGE_PULL_FAILURES, "Running" ],
            mustPersist: false
        }, {
            state: "ErrorUnschedulable",
            witnesses: [ "vm" ],
            rulesOut: [ ...IMAGE_PULL_FAILURES, "InvalidImageName", "Running" ],
            mustPersist: true
        } ];
        function closestStates(name, known = KNOWN_STATES) {
            const lower = name.toLowerCase();
            const sameLetters = known.filter(state => state.toLowerCase() === lower);
            if (sameLetters.length > 0) return sameLetters;
            const limit = Math.max(1, Math.floor(name.length / 4));
            const near = known.map(state => ({
                state: state,
                distance: editDistance(lower, state.toLowerCase())
            })).filter(({distance: distance}) => distance <= limit).sort((a, b) => a.distance - b.distance).map(({state: state}) => state);
            if (near.length > 0) return near.slice(0, 3);
            if (lower.length < 4) return [];
            return known.filter(state => state.toLowerCase().includes(lower)).slice(0, 3);
        }
        function editDistance(a, b) {
            const rows = [];
            for (let i = 0; i <= a.length; i++) {
                const row = [ i ];
                for (let j = 1; j <= b.length; j++) {
                    if (i === 0) {
                        row.push(j);
                        continue;
                    }
                    const previous = rows[i - 1];
                    const cost = a[i - 1] === b[j - 1] ? 0 : 1;
                    let best = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
                    row.push(best);
                }
                rows.push(row);
            }
            return rows[a.length][b.length];
        }
        function requiredSteps(node) {
            switch (node.type) {
              case "state":
                return 1;

              case "sequence":
                return node.steps.reduce((sum, step) => sum + requiredSteps(step), 0);

              case "choice":
                return Math.min(...node.options.map(requiredSteps));

              case "repeat":
                return node.min * requiredSteps(node.node);

              case "bounded":
                return requiredSteps(node.node);

              case "expression":
                return node.path ? requiredSteps(node.path) : 0;
            }
        }
        function expandedSteps(node) {
            switch (node.type) {
              case "state":
                return 1;

              case "sequence":
                return node.steps.reduce((sum, step) => sum + expandedSteps(step), 0);

              case "choice":
                return node.options.reduce((sum, option) => sum + expandedSteps(option), 0);

              case "repeat":
                return (node.max === 1 / 0 ? node.min + 1 : node.max) * expandedSteps(node.node);

              case "bounded":
                return expandedSteps(node.node);

              case "expression":
                return node.path ? expandedSteps(node.path) : 0;
            }
        }
        function pathStates(node) {
            switch (node.type) {
              case "state":
                return new Set([ node.name ]);

              case "sequence":
                return new Set(node.steps.flatMap(step => [ ...pathStates(step) ]));

              case "choice":
                return new Set(node.options.flatMap(option => [ ...pathStates(option) ]));

              case "repeat":
              case "bounded":
                return pathStates(node.node);

              case "expression":
                return node.path ? pathStates(node.path) : new Set;
            }
        }
        function stepsOf(node) {
            return node.type === "expression" ? node.path : node;
        }
        function forbiddenStates(node) {
            return node.type === "expression" ? node.never : [];
        }
        function formatBound(bound) {
            return (bound.afterMs !== void 0 ? ` after ${(0, util_duration.IL)(bound.afterMs)}` : "") + (bound.withinMs !== void 0 ? ` within ${(0, 
            util_duration.IL)(bound.withinMs)}` : "");
        }
        function formatPath(node) {
            switch (node.type) {
              case "state":
                return node.quoted ? `"${node.name}"` : node.name;

              case "sequence":
                return node.steps.map((step, i) => (i === 0 ? "" : node.joins[i - 1] === "next" ? " => " : " -> ") + formatPath(step)).join("");

              case "choice":
                return node.options.map(option => option.type === "sequence" || option.type === "bounded" ? `(${formatPath(option)})` : formatPath(option)).join(" | ");

              case "bounded":
                {
                    const inner = node.node.type === "sequence" || node.node.type === "bounded" ? `(${formatPath(node.node)})` : formatPath(node.node);
                    return `${inner}${formatBound(node)}`;
                }

              case "expression":
                {
                    const never = node.never.map(state => formatPath(state));
                    const clause = `never ${never.length === 1 ? never[0] : `(${never.join(" | ")})`}`;
                    return node.path ? `${formatPath(node.path)}, ${clause}` : clause;
                }

              case "repeat":
                {
                    const inner = node.node.type === "state" ? formatPath(node.node) : `(${formatPath(node.node)})`;
                    if (node.max === 1 / 0) return inner + (node.min === 1 ? "+" : `{${node.min},}`);
                    return inner + (node.min === node.max ? `{${node.min}}` : `{${node.min},${node.max}}`);
                }
            }
        }
        const MAX_REPEAT = 20;
        const MAX_PATH_STEPS = 64;
        const MAX_NESTING = 32;
        const CONTEXT_CHARS = 40;
        class PathSyntaxError extends Error {
            column;
            expected;
            found;
            suggestions;
            constructor(input, column, expected, found, options = {}) {
                const suggestions = options.suggestions ?? [];
                const didYouMean = suggestions.length > 0 ? `; did you mean ${suggestions.map(name => `'${name}'`).join(" or ")}?` : "";
                const hint = options.hint ? `\n  (${options.hint})` : "";
                const from = Math.max(0, column - CONTEXT_CHARS);
                const to = Math.min(input.length, column + CONTEXT_CHARS);
                const shown = (from > 0 ? "…" : "") + input.slice(from, to).replace(/\s/g, " ") + (to < input.length ? `… (${input.length} characters)` : "");
                const at = column - from + (from > 0 ? 1 : 0);
                const length = Math.min(options.length ?? 1, to - column);
                const underline = "^" + "~".repeat(Math.max(0, length - 1));
                super(`expected ${expected}, found ${found} at column ${column + 1}${didYouMean}\n` + `  ${shown}\n  ${" ".repeat(at)}${underline}${hint}`);
                this.name = "PathSyntaxError";
                this.column = column;
                this.expected = expected;
                this.found = found;
                this.suggestions = suggestions;
            }
        }
        const NAME = /[A-Za-z][A-Za-z0-9_]*/y;
        const DURATION = /(?:\d+(?:\.\d+)?(?:ms|s|m|h))+/y;
        const MAX_BOUND_MS = 24 * 36e5;
        const QUOTED = /"([^"\s]+)"/y;
        const COUNT = /\{\s*(\d+)\s*(?:(,)\s*(\d+)?\s*)?\}/y;
        function parsePath(input) {
            let pos = 0;
            let depth = 0;
            const skipSpace = () => {
                while (pos < input.length && /\s/.test(input[pos])) pos++;
            };
            const tokenAt = at => {
                NAME.lastIndex = at;
                const name = NAME.exec(input);
                if (name) return name[0];
                QUOTED.lastIndex = at;
                const quoted = QUOTED.exec(input);
                if (quoted) return quoted[0];
                if (input.startsWith("->", at) || input.startsWith("=>", at)) return input.slice(at, at + 2);
                return input[at] ?? "";
            };
            const fail = (expected, at = pos, extra = {}) => {
                const token = tokenAt(at);
                const found = token === "" ? "end of input" : `'${(0, util_text.wm)(token, CONTEXT_CHARS)}'`;
                throw new PathSyntaxError(input, at, expected, found, {
                    length: token.length,
                    ...extra
                });
            };
            const take = token => {
                skipSpace();
                if (!input.startsWith(token, pos)) return false;
                pos += token.length;
                return true;
            };
            const keywordAt = at => {
                NAME.lastIndex = at;
                const word = NAME.exec(input)?.[0];
                return word === "within" || word === "after" || word === "never" ? word : void 0;
            };
            const afterStep = () => `'->', '=>', '|', 'within', 'after', ',' or ${depth > 0 ? "')'" : "end of input"}`;
            const sequence = () => {
                const steps = [];
                const joins = [];
                const add = (node, join) => {
                    if (join) joins.push(join);
                    if (node.type === "sequence") {
                        steps.push(...node.steps);
                        joins.push(...node.joins);
                    } else steps.push(node);
                };
                add(bounded());
                for (;;) if (take("->")) add(bounded(), "later"); else if (take("=>")) add(bounded(), "next"); else break;
                return steps.length === 1 ? steps[0] : {
                    type: "sequence",
                    steps: steps,
                    joins: joins
                };
            };
            const bounded = () => {
                const node = choice();
                let withinMs;
                let afterMs;
                let column;
                for (;;) {
                    skipSpace();
                    const keyword = keywordAt(pos);
                    if (keyword !== "within" && keyword !== "after") break;
                    const at = pos;
                    column ??= at;
                    pos += keyword.length;
                    const ms = duration();
                    if ((keyword === "within" ? withinMs : afterMs) !== void 0) fail(`one '${keyword}' per step`, at, {
                        hint: "to bound a group of steps, put them in parentheses: (A -> B) within 1m"
                    });
                    if (keyword === "within") withinMs = ms; else afterMs = ms;
                    if (withinMs !== void 0 && afterMs !== void 0 && afterMs > withinMs) fail(`a lower bound no longer than the upper bound ('within ${(0, 
                    util_duration.IL)(withinMs)}')`, at);
                }
                if (column === void 0) return node;
                return {
                    type: "bounded",
                    node: node,
                    column: column,
                    ...withinMs !== void 0 && {
                        withinMs: withinMs
                    },
                    ...afterMs !== void 0 && {
                        afterMs: afterMs
                    }
                };
            };
            const duration = () => {
                skipSpace();
                DURATION.lastIndex = pos;
                const text = DURATION.exec(input)?.[0];
                const ms = text === void 0 ? void 0 : (0, util_duration.E9)(text);
                if (text === void 0 || ms === void 0) return fail("a duration such as '30s', '2m' or '1m30s'");
                if (ms <= 0 || ms > MAX_BOUND_MS) fail(`a duration above 0 and at most ${(0, util_duration.IL)(MAX_BOUND_MS)}`, pos, {});
                pos = DURATION.lastIndex;
                return ms;
            };
            const choice = () => {
                const options = [];
                const add = node => {
                    if (node.type === "choice") options.push(...node.options); else options.push(node);
                };
                add(repeat());
                while (take("|")) add(repeat());
                return options.length === 1 ? options[0] : {
                    type: "choice",
                    options: options
                };
            };
            const repeat = () => {
                const node = atom();
                skipSpace();
                const column = pos;
                let min;
                let max;
                if (take("+")) {
                    min = 1;
                    max = 1 / 0;
                } else if (input[pos] === "{") {
                    COUNT.lastIndex = pos;
                    const count = COUNT.exec(input);
                    if (!count) return fail("a count like '{2}', '{1,3}' or '{2,}'", pos);
                    min = Number(count[1]);
                    max = count[2] === void 0 ? min : count[3] === void 0 ? 1 / 0 : Number(count[3]);
                    if (max === 0 || min > max) fail("a count with at least one repetition and min <= max", column, {
                        hint: `'${count[0]}' allows no repetition`
                    });
                    if (min > MAX_REPEAT || max !== 1 / 0 && max > MAX_REPEAT) fail(`a count of at most ${MAX_REPEAT}`, column);
                    pos = COUNT.lastIndex;
                } else return node;
                if (max === 1 / 0 && requiredSteps(node) === 0) fail("an unbounded repetition of something that requires at least one state", column);
                const repeated = {
                    type: "repeat",
                    node: node,
                    min: min,
                    max: max,
                    column: column
                };
                if (expandedSteps(repeated) > MAX_PATH_STEPS) fail(`a path of at most ${MAX_PATH_STEPS} steps once repetitions are written out`, column);
                return repeated;
            };
            const atom = () => {
                skipSpace();
                const column = pos;
                if (take("(")) {
                    depth++;
                    if (depth > MAX_NESTING) fail(`at most ${MAX_NESTING} nested parentheses`, column);
                    const inner = sequence();
                    if (!take(")")) fail(afterStep());
                    depth--;
                    return inner;
                }
                QUOTED.lastIndex = pos;
                const quoted = QUOTED.exec(input);
                if (quoted) {
                    pos = QUOTED.lastIndex;
                    return {
                        type: "state",
                        name: quoted[1],
                        column: column,
                        quoted: true
                    };
                }
                const keyword = keywordAt(pos);
                if (keyword) fail("a state name, a quoted name or '('", pos, {
                    hint: keyword === "never" ? "'never' starts a clause of its own after a comma: A -> B, never Running" : `'${keyword}' follows the step it bounds: A -> B ${keyword} 30s`
                });
                NAME.lastIndex = pos;
                const name = NAME.exec(input);
                if (!name) return fail("a state name, a quoted name or '('");
                if (!KNOWN_STATES.includes(name[0])) throw new PathSyntaxError(input, column, "a known state name (a VM printableStatus, VMI or pod phase, or kubelet waiting reason)", `'${(0, 
                util_text.wm)(name[0], CONTEXT_CHARS)}'`, {
                    length: name[0].length,
                    suggestions: closestStates(name[0]),
                    hint: `quote it, "${(0, util_text.wm)(name[0], CONTEXT_CHARS)}", to match a state this tool does not know`
                });
                pos = NAME.lastIndex;
                return {
                    type: "state",
                    name: name[0],
                    column: column
                };
            };
            const clause = () => {
                skipSpace();
                if (keywordAt(pos) !== "never") return {
                    path: sequence()
                };
                const column = pos;
                pos += "never".length;
                const node = choice();
                const states = node.type === "choice" ? node.options : [ node ];
                if (!states.every(state => state.type === "state")) fail("a state or a choice of states after 'never'", column, {
                    hint: "never (Running | Stopped)"
                });
                return {
                    never: states
                };
            };
            let path;
            const never = [];
            for (;;) {
                const at = (skipSpace(), pos);
                const next = clause();
                if (next.path) {
                    if (path) fail("at most one path of steps; join steps with '->'", at);
                    path = next.path;
                }
                never.push(...next.never ?? []);
                if (!take(",")) break;
            }
            skipSpace();
            if (pos < input.length) fail(afterStep());
            if (path && requiredSteps(path) === 0) throw new PathSyntaxError(input, 0, "a path that requires at least one state", "none", {
                length: input.length
            });
            if (path && expandedSteps(path) > MAX_PATH_STEPS) fail(`a path of at most ${MAX_PATH_STEPS} steps once repetitions are written out`, 0);
            if (never.length === 0) return path;
            return {
                type: "expression",
                ...path && {
                    path: path
                },
                never: never
            };
        }
        function witnessesOf(choice) {
            return choice === "any" ? [ "vm", "vmi", "pod" ] : [ choice ];
        }
        function stateEntries(timeline) {
            return timeline.entries.filter(entry => entry.kind === "state" && entry.state !== "").sort((a, b) => a.atMs - b.atMs);
        }
        function gatherEvidence(timeline, choice) {
            const witnesses = witnessesOf(choice);
            const evidence = {
                witnesses: witnesses,
                candidates: [],
                objects: new Map,
                events: new Map,
                entered: new Map
            };
            const last = new Map;
            const eventCounts = new Map;
            const add = (entry, byEventCount) => {
                const candidate = {
                    index: evidence.candidates.length,
                    entry: entry,
                    byEventCount: byEventCount
                };
                evidence.candidates.push(candidate);
                const index = byEventCount ? evidence.events : evidence.objects;
                index.set(entry.state, [ ...index.get(entry.state) ?? [], candidate.index ]);
                return candidate;
            };
            for (const entry of stateEntries(timeline)) {
                if (entry.witness === "event") {
                    const series = `${entry.object} ${entry.reason ?? ""} ${entry.state}`;
                    const count = entry.count ?? 1;
                    if (count > (eventCounts.get(series) ?? 0)) {
                        eventCounts.set(series, count);
                        if (count > 1) add(entry, true);
                    }
                    continue;
                }
                if (!witnesses.includes(entry.witness)) continue;
                const previous = last.get(entry.witness);
                if (previous?.entry.state === entry.state) continue;
                const candidate = add(entry, false);
                if (previous) previous.next = candidate.index;
                last.set(entry.witness, candidate);
                const key = `${entry.witness} ${entry.state}`;
                evidence.entered.set(key, [ ...evidence.entered.get(key) ?? [], candidate.index ]);
            }
            return evidence;
        }
        const FUTURE = -2;
        const NONE = -1;
        function search(code, evidence, future) {
            const {candidates: candidates} = evidence;
            const countedStates = [ ...evidence.events.keys() ];
            const occurrences = new Map;
            const failed = new Set;
            const path = [];
            const bounds = [];
            const anchors = [];
            const result = {
                partial: [],
                stuckAt: []
            };
            let deepest = -1;
            const laterOnly = code.map((_, pc) => onlyLater(code, pc));
            const failedFrom = new Map;
            const groupOf = index => index === FUTURE ? "future" : candidates[index].byEventCount ? "event" : candidates[index].entry.witness;
            const occurrenceKey = () => countedStates.map(state => occurrences.get(state) ?? 0).join() + (anchors.length > 0 ? ` ${anchors.map(anchor => anchor.from).join()}` : "");
            const timeOf = index => index >= 0 ? candidates[index].entry.atMs : index === FUTURE ? 1 / 0 : 0;
            const boundFailedFrom = new Map;
            const boundFailures = new Map;
            const failuresOf = mark => boundFailures.get(mark) ?? 0;
            const options = function*(step, prev, exhausted) {
                if (prev !== FUTURE) {
                    const before = prev >= 0 ? candidates[prev] : void 0;
                    for (const index of after(evidence.objects.get(step.name), prev)) {
                        const candidate = candidates[index];
                        if (exhausted.has(candidate.entry.witness)) {
                            if (evidence.witnesses.every(witness => exhausted.has(witness))) break;
                            continue;
                        }
                        if (step.join === "next" && before) {
                            if (before.next === index) yield index;
                            continue;
                        }
                        if (before && before.entry.witness !== candidate.entry.witness) {
                            const own = (witness, until) => upTo(evidence.entered.get(`${witness} ${before.entry.state}`), until);
                            const needed = before.byEventCount ? 1 : own(before.entry.witness, before.index);
                            if (own(candidate.entry.witness, index - 1) < needed) continue;
                        }
                        yield index;
                    }
                    const matchedBefore = occurrences.get(step.name) ?? 0;
                    if (step.join === "later" && matchedBefore > 0) for (const index of after(evidence.events.get(step.name), prev)) {
                        if (exhausted.has("event")) break;
                        if ((candidates[index].entry.count ?? 1) > matchedBefore) yield index;
                    }
                }
                if (!future || future.ruledOut.has(step.name)) return;
                const last = prev >= 0 ? candidates[prev] : void 0;
                if (step.join === "later" || prev === FUTURE || !last || !last.byEventCount && last.next === void 0) yield FUTURE;
            };
            const active = new Set;
            const run = (pc, prev) => {
                const key = `${pc} ${prev} ${occurrenceKey()}`;
                if (failed.has(key) || active.has(key)) return false;
                active.add(key);
                const matched = attempt(pc, prev);
                active.delete(key);
                if (!matched) failed.add(key);
                return matched;
            };
            const attempt = (pc, prev) => {
                const instruction = code[pc];
                switch (instruction.op) {
                  case "done":
                    result.complete = [ ...path ];
                    result.bounds = [ ...bounds ];
                    return true;

                  case "jump":
                    return run(instruction.target, prev);

                  case "split":
                    return instruction.targets.some(target => run(target, prev));

                  case "mark":
                    {
                        if (timeOf(prev) >= (boundFailedFrom.get(instruction.mark) ?? 1 / 0)) return false;
                        const failuresBefore = failuresOf(instruction.mark);
                        anchors.push({
                            mark: instruction.mark,
                            from: prev
                        });
                        const matched = run(pc + 1, prev);
                        anchors.pop();
                        if (!matched && failuresOf(instruction.mark) > failuresBefore && prev !== FUTURE) boundFailedFrom.set(instruction.mark, Math.min(timeOf(prev), boundFailedFrom.get(instruction.mark) ?? 1 / 0));
                        return matched;
                    }

                  case "check":
                    {
                        const at = anchors.findLastIndex(anchor => anchor.mark === instruction.mark);
                        const anchor = anchors[at];
                        const {ok: ok, elapsedMs: elapsedMs} = checkBound(instruction, anchor.from, prev);
                        const bound = {
                            pc: pc,
                            from: anchor.from,
                            to: prev,
                            elapsedMs: elapsedMs
                        };
                        if (!ok) {
                            boundFailures.set(instruction.mark, failuresOf(instruction.mark) + 1);
                            if (!result.violation || path.length >= result.violation.depth) result.violation = {
                                ...bound,
                                depth: path.length,
                                steps: [ ...path ]
                            };
                            return false;
                        }
                        anchors.splice(at, 1);
                        bounds.push(bound);
                        const matched = run(pc + 1, prev);
                        bounds.pop();
                        anchors.splice(at, 0, anchor);
                        return matched;
                    }

                  case "step":
                    {
                        const from = instruction.join === "later" && prev >= 0 ? `${pc} ${groupOf(prev)} ${candidates[prev].entry.state} ${occurrenceKey()}` : void 0;
                        if (from !== void 0 && prev >= (failedFrom.get(from) ?? 1 / 0)) return false;
                        const exhausted = new Set;
                        for (const candidate of options(instruction, prev, exhausted)) {
                            path.push({
                                pc: pc,
                                candidate: candidate
                            });
                            const count = occurrences.get(instruction.name) ?? 0;
                            occurrences.set(instruction.name, count + 1);
                            if (run(pc + 1, candidate)) return true;
                            occurrences.set(instruction.name, count);
                            path.pop();
                            if (laterOnly[pc + 1]) exhausted.add(groupOf(candidate));
                        }
                        if (from !== void 0) failedFrom.set(from, Math.min(prev, failedFrom.get(from) ?? 1 / 0));
                        noteStuck(pc);
                        return false;
                    }
                }
            };
            const noteStuck = pc => {
                if (path.length > deepest) {
                    deepest = path.length;
                    result.partial = [ ...path ];
                    result.stuckAt = [ pc ];
                } else if (path.length === deepest && !result.stuckAt.includes(pc) && path.every((step, i) => step.candidate === result.partial[i]?.candidate)) result.stuckAt.push(pc);
            };
            const checkBound = (bound, from, to) => {
                if (to === FUTURE) {
                    if (from === FUTURE || bound.withinMs === void 0) return {
                        ok: true
                    };
                    return {
                        ok: (future?.nowMs ?? -1 / 0) <= timeOf(from) + bound.withinMs
                    };
                }
                const elapsedMs = timeOf(to) - timeOf(from);
                const ok = (bound.withinMs === void 0 || elapsedMs <= bound.withinMs) && (bound.afterMs === void 0 || elapsedMs >= bound.afterMs);
                return {
                    ok: ok,
                    elapsedMs: elapsedMs
                };
            };
            run(0, NONE);
            return result;
        }
        function onlyLater(code, start) {
            const seen = new Set;
            const visit = pc => {
                if (seen.has(pc)) return true;
                seen.add(pc);
                const instruction = code[pc];
                switch (instruction.op) {
                  case "done":
                    return true;

                  case "step":
                    return instruction.join === "later";

                  case "mark":
                  case "check":
                    return false;

                  case "jump":
                    return visit(instruction.target);

                  case "split":
                    return instruction.targets.every(visit);
                }
            };
            return visit(start);
        }
        function after(list, prev) {
            return list ? list.slice(upTo(list, prev)) : [];
        }
        function upTo(list, index) {
            if (!list) return 0;
            let low = 0;
            let high = list.length;
            while (low < high) {
                const middle = low + high >> 1;
                if (list[middle] <= index) low = middle + 1; else high = middle;
            }
            return low;
        }
        const REFERENCE_POLLERS = [ {
            intervalMs: 50,
            who: "chainsaw's assert"
        }, {
            intervalMs: 1e3,
            who: "KubeVirt's old test_id:6869 (Gomega Eventually)"
        }, {
            intervalMs: 5e3,
            who: "e2e-framework's wait default"
        } ];
        function missProbability(dwellMs, intervalMs) {
            if (!(intervalMs > 0)) return 0;
            return Math.max(0, 1 - Math.max(0, dwellMs) / intervalMs);
        }
        function anyMissed(probabilities) {
            return 1 - probabilities.reduce((seen, p) => seen * (1 - p), 1);
        }
        function stepDwells(timeline, matched) {
            const byWitness = new Map;
            for (const entry of stateEntries(timeline)) byWitness.set(entry.witness, [ ...byWitness.get(entry.witness) ?? [], entry ]);
            return matched.map(step => {
                const base = {
                    step: step.step,
                    state: step.state,
                    witness: step.witness
                };
                if (step.byEventCount) return base;
                const entries = byWitness.get(step.witness) ?? [];
                const start = entries.findIndex(entry => entry.atMs === step.atMs && entry.state === step.state && (step.resourceVersion === void 0 || entry.resourceVersion === step.resourceVersion));
                if (start < 0) return base;
                const next = entries.slice(start + 1).find(entry => entry.state !== step.state);
                if (!next) return {
                    ...base,
                    dwellMs: timeline.endedAtMs - step.atMs,
                    ongoing: true
                };
                return {
                    ...base,
                    dwellMs: next.atMs - step.atMs
                };
            });
        }
        function pollingMiss(timeline, matched, more = []) {
            const dwells = stepDwells(timeline, matched);
            const pollers = [ ...REFERENCE_POLLERS, ...more ].filter((poller, index, all) => all.findIndex(p => p.intervalMs === poller.intervalMs) === index).sort((a, b) => a.intervalMs - b.intervalMs);
            return {
                dwells: dwells,
                pollers: pollers.map(poller => {
                    const steps = dwells.map(dwell => dwell.dwellMs === void 0 || dwell.ongoing ? void 0 : missProbability(dwell.dwellMs, poller.intervalMs));
                    const known = steps.filter(p => p !== void 0);
                    return {
                        ...poller,
                        steps: steps,
                        path: anyMissed(known)
                    };
                })
            };
        }
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
        var types = __webpack_require__(26729);
        const SUBJECT = {
            vm: "The VM's printableStatus",
            vmi: "The VMI's Synchronized condition and phase",
            pod: "The virt-launcher pod's container states",
            any: "The VM, VMI and virt-launcher pod together"
        };
        const NOUN = {
            vm: "the VM",
            vmi: "the VMI",
            pod: "the pod",
            event: "Events"
        };
        const GAP_CAUSE = {
            expired: "its resourceVersion expired (410) and it relisted",
            disconnected: "the connection was refused or broke",
            timeout: "the API server did not answer in time",
            forbidden: "RBAC forbade it",
            throttled: "the API server throttled it (429)",
            "server-error": "the API server answered with errors (5xx)",
            malformed: "a line of the stream was lost or unusable",
            silent: "the watch was answered but stayed silent while the API server had changes (a proxy that buffers or drops the stream, not virt-controller)",
            unexpected: "an unexpected answer or an internal error stopped it"
        };
        function describeOther(entry) {
            if (entry.witness === "event") {
                const what = [ entry.reason, entry.message && `"${entry.message}"` ].filter(Boolean).join(" ");
                return `the Event ${what} reached x${entry.count ?? 1} at ${(0, util_duration.xS)(entry.atMs)}`;
            }
            return `${NOUN[entry.witness]} saw it at ${(0, util_duration.xS)(entry.atMs)}`;
        }
        function orList(items) {
            if (items.length <= 1) return items.join("");
            return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
        }
        function andList(items) {
            if (items.length <= 1) return items.join("");
            return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
        }
        function capitalize(text) {
            return text.charAt(0).toUpperCase() + text.slice(1);
        }
        function episodes(timeline, witness) {
            const result = [];
            const states = timeline.entries.filter(entry => entry.kind === "state" && entry.witness === witness).sort((a, b) => a.atMs - b.atMs);
            for (const entry of states) {
                const last = result.at(-1);
                if (last?.state === entry.state) continue;
                if (last) last.endMs = entry.atMs;
                result.push({
                    state: entry.state,
                    startMs: entry.atMs
                });
            }
            return result;
        }
        const MAX_PULL_COUNT = 1e4;
        function pullAttempts(timeline) {
            const events = timeline.entries.filter(entry => entry.kind === "state" && entry.witness === "event" && entry.state === "ErrImagePull");
            if (events.length === 0) return episodes(timeline, "pod").filter(episode => episode.state === "ErrImagePull").map(episode => episode.startMs);
            const attempts = new Map;
            for (const event of events) {
                const count = event.count ?? 1;
                if (!Number.isInteger(count) || count < 1 || count > MAX_PULL_COUNT) continue;
                if (!attempts.has(count)) attempts.set(count, event.atMs);
            }
            const result = [];
            for (const [count, atMs] of [ ...attempts ].sort((a, b) => a[0] - b[0])) result[count - 1] = atMs;
            return result;
        }
        var setting = __webpack_require__(21832);
        const NOT_OURS = {
            deleted: "Deleted",
            replaced: "Replaced"
        };
        function lostVm(timeline) {
            let ownUid;
            for (const entry of timeline.entries) {
                if (entry.kind !== "state" || entry.witness !== "vm" || entry.object !== timeline.vm) continue;
                if (entry.state === NOT_OURS.deleted) return {
                    atMs: entry.atMs,
                    state: NOT_OURS.deleted,
                    ownUid: ownUid
                };
                ownUid ??= entry.uid;
                if (entry.uid !== void 0 && entry.uid !== ownUid) return {
                    atMs: entry.atMs,
                    state: NOT_OURS.replaced,
                    uid: entry.uid,
                    ownUid: ownUid
                };
            }
            return;
        }
        function knownCause(cause, audience = "action") {
            switch (cause) {
              case "unschedulable":
                {
                    const input = (0, setting.Pe)("emulation", audience, "true");
                    return `ErrorUnschedulable: the virt-launcher pod cannot be scheduled, typically because no node offers devices.kubevirt.io/kvm (no /dev/kvm) and KubeVirt's useEmulation is off, so the image is never pulled. Set spec.configuration.developerConfiguration.useEmulation: true on the KubeVirt CR${input ? ` (${input})` : ""}, or run where /dev/kvm exists.`;
                }

              case "image-pulled":
                return "Running: the containerDisk image exists or could be pulled, so no pull error can follow. Use an image that cannot be pulled: a well-formed reference that does not exist, such as one under registry.invalid.";

              case "invalid-image-name":
                return "InvalidImageName on the pod: the kubelet cannot parse the image reference and never pulls it; KubeVirt up to 1.9 does not mirror this into the VM, which stays Starting. Use a syntactically valid reference that does not exist.";

              case "stuck-starting":
                return `Starting with no image pull error from any witness: KubeVirt >= 1.9 enables the ImageVolume feature gate by default, and with it a containerDisk pull error never shows as ErrImagePull. Disable the gate with spec.configuration.developerConfiguration.disabledFeatureGates: [ImageVolume]${(0, 
                setting.Pe)("setup", audience) ? " (setup: kind does)" : ""}, or use KubeVirt 1.8. An invalid image reference (InvalidImageName on the pod) also keeps the VM Starting.`;
            }
        }
        function backOffAdvice(timeline, expected, audience, timeoutMs) {
            const pulls = pullAttempts(timeline);
            const intervals = pulls.flatMap((atMs, i) => {
                const previous = pulls[i - 1];
                return atMs !== void 0 && previous !== void 0 ? [ atMs - previous ] : [];
            });
            const observed = intervals.length > 0 ? ` Here the failed pulls came ${intervals.map(ms => (0, 
            util_duration.a3)(ms)).join(", ")} apart.` : "";
            const timeout = (0, setting.y7)("timeout", audience);
            if (expected.every(state => !IMAGE_PULL_FAILURES.includes(state))) return `While its image cannot be pulled, the kubelet only retries the pull, so the VM goes on between ErrImagePull and ImagePullBackOff: ${orList(expected)} cannot come that way, however long the check waits (it waited ${(0, 
            util_duration.a3)(timeoutMs)}).${observed} Check the expected path; raising ${timeout} will not help.`;
            return `The kubelet's image back-off doubles with every failed pull (on a real node 10s, 20s, 40s, ... up to 5m; the upstream test allows 660s for two rounds), so each round takes longer than the last. On a real node the default path ends 20-37s after the first pull when the launcher pod has KubeVirt's guest-console-log sidecar, 50-80s without it (docs/kubelet-timing.md), plus the VM's start.${observed} Raise ${timeout} above ${(0, 
            util_duration.a3)(timeoutMs)} if the path was still progressing.`;
        }
        function diagnose(compiled, timeline, analysis, mismatch, timedOut) {
            const {options: options} = compiled;
            const audience = options.audience ?? "action";
            const causes = [];
            const diagnosis = [];
            const add = (code, text) => {
                if (!diagnosis.includes(code)) diagnosis.push(code);
                if (!causes.includes(text)) causes.push(text);
            };
            const entries = stateEntries(timeline);
            const objects = entries.filter(entry => entry.witness !== "event");
            const saw = (state, witnesses = [ "vm", "vmi", "pod" ]) => objects.some(entry => entry.state === state && witnesses.includes(entry.witness));
            const lastVmState = objects.filter(entry => entry.witness === "vm").at(-1)?.state;
            const contradiction = analysis.contradiction?.state;
            const lost = lostVm(timeline);
            if (lost && analysis.contradiction?.atMs === lost.atMs) add("vm-not-ours", notOurs(timeline.vm, lost));
            if (analysis.forbidden) {
                add("forbidden-state", `${analysis.forbidden.state} is forbidden by the path (never ${analysis.forbidden.state}): the behaviour under test went wrong, so no other attempt is made.`);
                return {
                    causes: causes,
                    diagnosis: diagnosis
                };
            }
            if (analysis.boundFailure) {
                add("bound-exceeded", `A step missed its time bound (${analysis.boundFailure.bound}): timing, like the flake this check guards against, so another attempt on a fresh VM may pass (${(0, 
                setting.y7)("attempts", audience)}); a bound that fails on every attempt is too tight for this cluster.`);
                return {
                    causes: causes,
                    diagnosis: diagnosis
                };
            }
            if (!mismatch && analysis.message.result === "mismatched") add("message-mismatch", `None of the image pull error messages matches expected-message /${analysis.message.pattern}/: check ${(0, 
            setting.y7)("image", audience)}, or whether another image (the virt-launcher's) failed to pull.`);
            if (contradiction === "ErrorUnschedulable" || lastVmState === "ErrorUnschedulable") add("unschedulable", knownCause("unschedulable", audience));
            if (saw("InvalidImageName", [ "pod" ])) add("invalid-image-name", knownCause("invalid-image-name", audience));
            if (compiled.expectsPullErrors && (contradiction === "Running" || saw("Running"))) add("image-pulled", knownCause("image-pulled", audience));
            const pullErrorSeen = entries.some(entry => IMAGE_PULL_FAILURES.includes(entry.state));
            const stuckStarting = !pullErrorSeen && !diagnosis.includes("invalid-image-name") && !diagnosis.includes("unschedulable") && !diagnosis.includes("image-pulled") && (lastVmState === "Starting" || objects.filter(entry => entry.witness === options.witness).at(-1)?.state === "Starting");
            if (stuckStarting) add("stuck-starting", knownCause("stuck-starting", audience));
            if (!mismatch) return {
                causes: causes,
                diagnosis: diagnosis
            };
            const last = analysis.matched.at(-1);
            const sinceMs = last?.atMs ?? -1 / 0;
            const chosen = analysis.evidence.witnesses;
            const expected = mismatch.expected.split(" | ");
            const silenced = timeline.entries.some(entry => entry.kind === "gap" && entry.cause === "silent" && entry.untilMs > sinceMs && chosen.some(w => types.b[w] === entry.resource));
            const lookalike = entries.find(entry => entry.atMs > sinceMs && expected.some(state => entry.state !== state && (0, 
            util_text.OT)(entry.state) === state));
            if (lookalike) {
                const looksLike = (0, util_text.OT)(lookalike.state);
                add("lookalike-state", `${capitalize(NOUN[lookalike.witness])} reported ${(0, util_text.jQ)(lookalike.state)} at ${(0, 
                util_duration.xS)(lookalike.atMs)}: it looks like ${looksLike} but holds invisible characters, so it is another state name and the path cannot match it. Whatever wrote it (the API server, a proxy, a webhook) changed the name; quote the exact name in ${(0, 
                setting.y7)("expected-path", audience)} if it is meant.`);
                return {
                    causes: causes,
                    diagnosis: diagnosis
                };
            }
            for (const state of silenced ? [] : expected) {
                const others = entries.filter(entry => entry.state === state && entry.atMs > sinceMs && !chosen.includes(entry.witness));
                const chosenNever = !analysis.evidence.objects.has(state);
                const shortLived = state === "ErrImagePull" && chosenNever && analysis.evidence.objects.has("ImagePullBackOff");
                if (others.length === 0 && !shortLived) continue;
                const where = last ? ` after ${last.state} at ${(0, util_duration.xS)(last.atMs)}` : "";
                const witnessed = others.length > 0 ? `; ${others.slice(0, 3).map(describeOther).join(" and ")}` : "; no other witness saw it either (are the pod and its Events observed?)";
                const subject = options.witness === "any" ? "the VM, VMI and pod" : NOUN[options.witness];
                const whole = shortLived ? `${capitalize(subject)} reported ImagePullBackOff but never ErrImagePull${witnessed}` : `${capitalize(subject)} never reported ${state}${where}${witnessed}`;
                add("missed-by-witness", `${whole}. ${state} lasts only until the kubelet's next sync (0.02-1.1 s when the launcher pod has KubeVirt's guest-console-log sidecar and readiness gate, 10-16 s without), and virt-controller can coalesce it away: check the kubelet's own states with ${(0, 
                setting.y7)("witness", audience, "pod")} or ${(0, setting.y7)("witness", audience, "any")}.`);
            }
            const windowEnd = analysis.nowMs;
            for (const entry of timeline.entries) {
                if (entry.kind === "state") continue;
                const witness = chosen.find(w => types.b[w] === entry.resource);
                const untilMs = entry.untilMs ?? windowEnd;
                if (!witness || untilMs <= sinceMs || entry.atMs > windowEnd) continue;
                const span = `from ${(0, util_duration.xS)(entry.atMs)} to ${(0, util_duration.xS)(untilMs)}`;
                const missing = mismatch.expected;
                if (entry.kind === "gap") {
                    const changed = entry.changed?.length ? `; the relist found: ${entry.changed.join(", ")}` : "";
                    add("hidden-by-gap", `The watch on ${NOUN[witness]} had a gap ${span}: ${GAP_CAUSE[entry.cause]} (${entry.cause}: ${entry.detail}${changed}); a short ${missing} could have come and gone inside it.`);
                } else add("polled", `${capitalize(NOUN[witness])} was only polled, every ${(0, 
                util_duration.a3)(entry.intervalMs)}, ${span} (${entry.reason}); a ${missing} shorter than that can be missed.`);
            }
            if (timedOut && !analysis.contradiction && pullErrorSeen && !stuckStarting && !diagnosis.some(code => [ "missed-by-witness", "hidden-by-gap", "polled" ].includes(code))) add("slow-back-off", backOffAdvice(timeline, expected, audience, analysis.nowMs));
            return {
                causes: causes,
                diagnosis: diagnosis
            };
        }
        function notOurs(vm, lost) {
            const own = lost.ownUid ? ` (uid ${lost.ownUid})` : "";
            const what = lost.state === NOT_OURS.replaced ? `The VM ${vm}${own} was replaced at ${(0, 
            util_duration.xS)(lost.atMs)}: the object under its name now has uid ${lost.uid ?? "?"}, so someone else deleted it and created another` : `The VM ${vm}${own} was deleted at ${(0, 
            util_duration.xS)(lost.atMs)}, and not by this check (it deletes its VMs only after the attempt)`;
            return `${what}. A VM created again under the same name is someone else's and does not count: its states are left out. Find who deleted it (the API server's audit log, or a controller that cleans up the namespace) and run the check where nothing else deletes its VMs.`;
        }
        function caveatsOf(compiled, timeline, analysis) {
            const caveats = [];
            const {witness: witness} = compiled.options;
            const stretches = timeline.entries.filter(entry => entry.kind !== "state");
            const steps = matched => {
                const names = matched.map(({step: step, i: i}) => `${i + 1} (${step.state} at ${(0, 
                util_duration.xS)(step.atMs)})`);
                return matched.length === 1 ? `Step ${names[0]} is` : `Steps ${andList(names)} are`;
            };
            const numbered = analysis.matched.map((step, i) => ({
                step: step,
                i: i
            }));
            const counted = numbered.filter(({step: step}) => step.byEventCount);
            const them = counted.length === 1 ? "it" : "them";
            const silentWatch = stretches.some(entry => entry.kind === "gap" && entry.cause === "silent");
            if (counted.length > 0) caveats.push(`${steps(counted)} proven only by Event counts (${counted.map(({step: step}) => `x${step.count ?? 1}`).join(", ")}), not by ${witness === "any" ? "an object witness" : NOUN[witness]}, which had not shown ${them} when the check decided at ${(0, 
            util_duration.xS)(analysis.nowMs)}: ${silentWatch ? `a watch that stayed silent (the transport, not virt-controller) hid ${them}, or` : `virt-controller may have coalesced ${them}, a watch gap hidden ${them}, or`} ${witness === "any" ? "the objects" : NOUN[witness]} not caught up yet. A count tells how often the kubelet entered a state, not exactly when.`);
            const polled = numbered.filter(({step: step}) => !step.byEventCount && step.seenBy === "poll");
            if (polled.length > 0) caveats.push(`${steps(polled)} seen only by polling, not by a watch: a poll proves a state was there, not that nothing came between two polls.`);
            analysis.matched.forEach((step, i) => {
                const previous = analysis.matched[i - 1];
                if (step.join !== "next" || !previous) return;
                const blind = stretches.find(entry => entry.resource === types.b[step.witness] && entry.atMs < step.atMs && (entry.untilMs ?? 1 / 0) > previous.atMs);
                if (blind) caveats.push(`Steps ${i} => ${i + 1}: ${NOUN[step.witness]} was ${blind.kind === "gap" ? "not watched (a watch gap)" : "only polled"} from ${(0, 
                util_duration.xS)(blind.atMs)}${blind.untilMs !== void 0 ? ` to ${(0, util_duration.xS)(blind.untilMs)}` : ""}, so "immediately next" cannot be guaranteed there.`);
            });
            if (analysis.result === "passed" && compiled.expectsPullErrors && analysis.message.result === "unseen") caveats.push("No image pull error message was observed (the VMI condition, the pod and Events carry it), so expected-message was not checked.");
            return caveats;
        }
        function explain(input) {
            const {compiled: compiled, timeline: timeline, analysis: analysis} = input;
            const {options: options} = compiled;
            const caveats = caveatsOf(compiled, timeline, analysis);
            const mismatch = analysis.stuckAt.length > 0 ? mismatchOf(compiled.code, analysis) : void 0;
            const summary = analysis.result === "passed" ? compiled.hasSteps ? passedSummary(compiled, analysis) + boundsUsed(analysis) : neverSummary(compiled, analysis) : analysis.forbidden ? forbiddenSummary(analysis.forbidden, compiled) : analysis.boundFailure && analysis.result === "failed" ? `The path failed its bound: ${boundSummary(analysis, analysis.boundFailure)}` : analysis.contradiction ? contradictionSummary(analysis, mismatch) : !mismatch ? messageSummary(compiled, analysis) : openSummary(analysis, mismatch, input.timedOut) + (analysis.boundFailure ? ` It was held up by a bound: ${boundSummary(analysis, analysis.boundFailure)}` : "");
            const {causes: causes, diagnosis: diagnosis} = analysis.result === "passed" ? {
                causes: [],
                diagnosis: []
            } : diagnose(compiled, timeline, analysis, mismatch, input.timedOut);
            return {
                explanation: [ summary, ...caveats ].join(" "),
                causes: causes,
                caveats: caveats,
                diagnosis: diagnosis,
                ...mismatch && {
                    mismatch: mismatch
                }
            };
            function passedSummary(compiled, analysis) {
                const steps = analysis.matched.map(step => describeStep(step, options.witness)).join(", ");
                const message = analysis.message.matched ? ` The image pull error message matches /${analysis.message.pattern}/: '${analysis.message.matched.text}' (${NOUN[analysis.message.matched.witness]}).` : "";
                return `${SUBJECT[options.witness]} went through ${options.expectedPath} as expected: ${steps}.${compiled.expectsPullErrors ? message : ""}`;
            }
            function messageSummary(compiled, analysis) {
                const seen = analysis.message.seen.map(text => `'${text}'`).join(", ");
                return `${SUBJECT[options.witness]} went through ${options.expectedPath}, but no image pull error message matches /${analysis.message.pattern}/; messages seen: ${seen}.${compiled.expectsPullErrors ? " The pull that failed may be of another image than the one under test." : ""}`;
            }
        }
        function neverSummary(compiled, analysis) {
            const states = orList([ ...compiled.forbidden.keys() ]);
            return `No witness showed ${states} in the ${(0, util_duration.a3)(analysis.nowMs)} the attempt lasted, as ${compiled.options.expectedPath} asks.`;
        }
        function forbiddenSummary(forbidden, compiled) {
            const how = [ forbidden.seenBy, forbidden.resourceVersion !== void 0 && `resourceVersion ${forbidden.resourceVersion}` ].filter(Boolean);
            const message = forbidden.message ? `: '${forbidden.message}'` : "";
            const decided = forbidden.witness === "event" ? "An Event" : capitalize(NOUN[forbidden.witness]);
            return `${decided} showed ${forbidden.state} at ${(0, util_duration.xS)(forbidden.atMs)} (${how.join(", ")})${message}, which ${compiled.options.expectedPath} forbids (never ${forbidden.state}).`;
        }
        function boundSummary(analysis, bound) {
            const from = bound.fromState !== void 0 ? `${bound.fromState} at ${(0, util_duration.xS)(bound.fromMs)}` : "the VM's creation";
            const what = `${bound.expected ?? "the step"} ${bound.bound} of ${from}`;
            const clock = "Bounds are measured on the observer's clock.";
            if (bound.result === "not-yet") {
                const deadline = bound.fromMs + (bound.withinMs ?? 0);
                const after = analysis.evidence.candidates.filter(candidate => !candidate.byEventCount && candidate.entry.atMs > bound.fromMs && candidate.entry.atMs <= deadline).map(candidate => candidate.entry.state).filter((state, i, all) => all[i - 1] !== state);
                const seen = after.length > 0 ? `seen instead: ${after.join(" -> ")}` : "nothing else was seen";
                return `${what} did not happen; the bound passed at ${(0, util_duration.xS)(deadline)} (${seen}). ${clock}`;
            }
            const came = bound.toState !== void 0 && bound.toMs !== void 0 ? `${bound.toState} came at ${(0, 
            util_duration.xS)(bound.toMs)}` : "it came";
            const by = `${(0, util_duration.a3)(bound.elapsedMs ?? 0)} after its start`;
            return `${what} did not hold; ${came}, ${by}, ${bound.result === "too-late" ? "too late" : "too early"}. ${clock}`;
        }
        function boundsUsed(analysis) {
            const used = (analysis.bounds ?? []).map(bound => {
                const elapsed = (0, util_duration.a3)(bound.elapsedMs ?? 0);
                const share = bound.withinMs !== void 0 ? ` (${Math.round(100 * (bound.elapsedMs ?? 0) / bound.withinMs)}%)` : "";
                return `${bound.bound}: ${elapsed}${share}`;
            });
            return used.length > 0 ? ` Bounds met on the observer's clock: ${used.join("; ")}.` : "";
        }
        function describeStep(step, choice) {
            if (step.byEventCount) return `${step.state} at ${(0, util_duration.xS)(step.atMs)} (Event count x${step.count ?? 1})`;
            const how = [];
            if (choice === "any") how.push(NOUN[step.witness].replace(/^the /, ""));
            if (step.seenBy === "poll") how.push("polled");
            if (step.seenBy === "list") how.push("listed");
            return `${step.state} at ${(0, util_duration.xS)(step.atMs)}${how.length > 0 ? ` (${how.join(", ")})` : ""}`;
        }
        function mismatchOf(code, analysis) {
            const names = [];
            let column;
            for (const pc of analysis.stuckAt) {
                const instruction = code[pc];
                if (instruction?.op !== "step") continue;
                if (!names.includes(instruction.name)) names.push(instruction.name);
                column ??= instruction.column;
            }
            const last = analysis.matched.at(-1);
            const seenInstead = [];
            for (const {entry: entry, byEventCount: byEventCount} of analysis.evidence.candidates) {
                if (byEventCount || last && entry.atMs <= last.atMs) continue;
                if (seenInstead.at(-1) !== entry.state) seenInstead.push(entry.state);
            }
            return {
                step: analysis.matched.length,
                expected: names.join(" | "),
                seenInstead: seenInstead,
                ...column !== void 0 && {
                    column: column
                }
            };
        }
        function progressOf(analysis, mismatch) {
            const last = analysis.matched.at(-1);
            const wanted = `step ${mismatch.step + 1} (${mismatch.expected})`;
            return last ? `${wanted} after ${last.state} at ${(0, util_duration.xS)(last.atMs)}` : wanted;
        }
        function contradictionSummary(analysis, mismatch) {
            const contradiction = analysis.contradiction;
            const still = mismatch ? `${progressOf(analysis, mismatch)} was still expected, but ` : "";
            const instead = mismatch && mismatch.seenInstead.length > 0 ? ` Seen instead: ${mismatch.seenInstead.join(" -> ")}.` : "";
            return `The path can no longer complete: ${still}${NOUN[contradiction.witness]} reached ${contradiction.state} at ${(0, 
            util_duration.xS)(contradiction.atMs)}, after which ${orList(contradiction.rulesOut)} cannot come.${instead}`;
        }
        function openSummary(analysis, mismatch, timedOut) {
            const ended = timedOut ? `Timed out after ${(0, util_duration.a3)(analysis.nowMs)}` : `Observation ended after ${(0, 
            util_duration.a3)(analysis.nowMs)}`;
            const sofar = analysis.matched.length > 0 ? ` Matched so far: ${analysis.matched.map(step => `${step.state} at ${(0, 
            util_duration.xS)(step.atMs)}`).join(", ")}.` : "";
            const instead = mismatch.seenInstead.length > 0 ? ` Reported ${analysis.matched.length > 0 ? "after that" : "instead"}: ${mismatch.seenInstead.join(" -> ")}.` : " Nothing was reported after that.";
            return `${ended} waiting for ${progressOf(analysis, mismatch)}.${sofar}${instead}`;
        }
        const ONE_SECOND = 1e3;
        function kubeletTiming(timeline, estimate) {
            const launcher = timeline.launcher;
            if (!launcher) return;
            const regime = resyncsOnStatusWrite(launcher) ? "resync-on-status-write" : "requeue";
            const errImagePullMs = (estimate?.dwells ?? []).flatMap(dwell => dwell.state === "ErrImagePull" && dwell.dwellMs !== void 0 && !dwell.ongoing ? [ dwell.dwellMs ] : []);
            const poller = estimate?.pollers.find(p => p.intervalMs === ONE_SECOND);
            return {
                regime: regime,
                errImagePullMs: errImagePullMs,
                ...poller && {
                    oneSecondPollingMiss: poller.path
                },
                summary: summary(launcher, regime, errImagePullMs, poller?.path)
            };
        }
        function resyncsOnStatusWrite(launcher) {
            return launcher.readinessGates.length > 0 && launcher.sidecars.length > 0;
        }
        function summary(launcher, regime, errImagePullMs, oneSecondMiss) {
            const lasted = errImagePullMs.length > 0 ? ` (here ${errImagePullMs.map(seconds).join(", ")})` : "";
            const why = regime === "resync-on-status-write" ? `the launcher pod has the readiness gate ${launcher.readinessGates.join(", ")} and the native sidecar ${launcher.sidecars.join(", ")}, so the kubelet syncs it again after each status write and ErrImagePull lasts about a second${lasted}` : `the launcher pod has ${launcher.readinessGates.length === 0 ? "no readiness gate" : "no native sidecar (the serial console log is off, or KubeVirt is older than v1.6)"}, so ErrImagePull lasts until the kubelet's next requeue, 10-16 s${lasted}`;
            const polling = oneSecondMiss === void 0 ? "" : `; polling every 1 s would have missed this path ${Math.round(oneSecondMiss * 100)} % of the time`;
            return `Kubelet timing: ${why}${polling}.`;
        }
        function seconds(ms) {
            return ms < 100 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(ms < 1e4 ? 2 : 1)} s`;
        }
        function compilePath(path) {
            const code = [];
            const emit = instruction => code.push(instruction) - 1;
            const split = () => {
                const instruction = {
                    op: "split",
                    targets: []
                };
                emit(instruction);
                return instruction;
            };
            let marks = 0;
            const compile = (node, join) => {
                switch (node.type) {
                  case "expression":
                    if (node.path) compile(node.path, join);
                    return;

                  case "bounded":
                    {
                        const mark = marks++;
                        emit({
                            op: "mark",
                            mark: mark
                        });
                        compile(node.node, join);
                        emit({
                            op: "check",
                            mark: mark,
                            column: node.column,
                            what: formatPath(node.node),
                            ...node.withinMs !== void 0 && {
                                withinMs: node.withinMs
                            },
                            ...node.afterMs !== void 0 && {
                                afterMs: node.afterMs
                            }
                        });
                        return;
                    }

                  case "state":
                    emit({
                        op: "step",
                        name: node.name,
                        join: join,
                        column: node.column
                    });
                    return;

                  case "sequence":
                    node.steps.forEach((step, i) => compile(step, i === 0 ? join : node.joins[i - 1]));
                    return;

                  case "choice":
                    {
                        const branch = split();
                        const exits = [];
                        for (const option of node.options) {
                            branch.targets.push(code.length);
                            compile(option, join);
                            const exit = {
                                op: "jump",
                                target: -1
                            };
                            emit(exit);
                            exits.push(exit);
                        }
                        for (const exit of exits) exit.target = code.length;
                        return;
                    }

                  case "repeat":
                    {
                        const round = i => compile(node.node, i === 0 ? join : "later");
                        for (let i = 0; i < node.min; i++) round(i);
                        if (node.max === 1 / 0) {
                            const skipAll = node.min === 0 ? split() : void 0;
                            if (skipAll) {
                                skipAll.targets.push(code.length);
                                round(0);
                            }
                            const loop = code.length;
                            const branch = split();
                            branch.targets.push(code.length);
                            round(Math.max(node.min, 1));
                            emit({
                                op: "jump",
                                target: loop
                            });
                            branch.targets.push(code.length);
                            skipAll?.targets.push(code.length);
                            return;
                        }
                        const skips = [];
                        for (let i = node.min; i < node.max; i++) {
                            const branch = split();
                            branch.targets.push(code.length);
                            skips.push(branch);
                            round(i);
                        }
                        for (const branch of skips) branch.targets.push(code.length);
                        return;
                    }
                }
            };
            compile(path, "later");
            emit({
                op: "done"
            });
            return code;
        }
        const DEFAULT_SETTLE_MS = 2e3;
        const DEFAULT_UNSCHEDULABLE_GRACE_MS = 3e4;
        function analyze(compiled, whole, nowMs, timedOut) {
            const lost = lostVm(whole);
            const timeline = lost ? {
                ...whole,
                entries: whole.entries.filter(entry => entry.atMs < lost.atMs)
            } : whole;
            const analysis = analyzeOwn(compiled, timeline, nowMs, timedOut);
            if (!lost || analysis.result === "passed") return analysis;
            return {
                ...analysis,
                result: "failed",
                contradiction: {
                    state: lost.state,
                    witness: "vm",
                    atMs: lost.atMs,
                    rulesOut: [ ...pathStates(compiled.options.path) ]
                },
                decidedAtMs: lost.atMs
            };
        }
        function analyzeOwn(compiled, timeline, nowMs, timedOut) {
            const {options: options, code: code} = compiled;
            const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
            const evidence = gatherEvidence(timeline, options.witness);
            const message = checkMessage(timeline, options.expectedMessage);
            const found = compiled.hasSteps ? search(code, evidence) : {
                partial: [],
                stuckAt: []
            };
            const toMatches = steps => steps.map(({pc: pc, candidate: candidate}, i) => stepMatch(i, code[pc], evidence, candidate));
            if (found.complete) {
                const matched = toMatches(found.complete);
                const completedAtMs = Math.max(...matched.map(step => step.atMs));
                const forbidden = forbiddenSeen(compiled, timeline, Math.min(nowMs, completedAtMs));
                const bounds = (found.bounds ?? []).map(bound => boundCheck(code, evidence, found.complete, bound, "passed"));
                if (forbidden) return failedOn(forbidden, {
                    evidence: evidence,
                    matched: matched,
                    message: message,
                    nowMs: nowMs,
                    bounds: bounds
                });
                const messageFailed = compiled.expectsPullErrors && message.result === "mismatched";
                return {
                    result: messageFailed ? "failed" : "passed",
                    evidence: evidence,
                    matched: matched,
                    stuckAt: [],
                    message: message,
                    bounds: bounds,
                    decidedAtMs: completedAtMs,
                    nowMs: nowMs
                };
            }
            const stuckOnBound = found.violation && found.violation.depth >= found.partial.length ? found.violation : void 0;
            const partial = {
                result: "inconclusive",
                evidence: evidence,
                matched: toMatches(stuckOnBound ? observed(stuckOnBound.steps) : found.partial),
                stuckAt: found.stuckAt,
                message: message,
                ...stuckOnBound && {
                    boundFailure: boundCheck(code, evidence, stuckOnBound.steps, stuckOnBound, "failed")
                },
                nowMs: nowMs
            };
            const forbidden = forbiddenSeen(compiled, timeline, nowMs);
            if (forbidden) return failedOn(forbidden, partial);
            if (!compiled.hasSteps) return timedOut ? {
                ...partial,
                result: "passed"
            } : partial;
            const deadEnds = deadEndsInForce(timeline, nowMs, options);
            if (deadEnds.length === 0 && !compiled.hasBounds) return partial;
            const ruledOut = new Set(deadEnds.flatMap(deadEnd => deadEnd.rulesOut));
            const possible = search(code, evidence, {
                ruledOut: ruledOut,
                nowMs: nowMs - settleMs
            });
            if (possible.complete) return partial;
            const needed = pathStates(options.path);
            const first = deadEnds.find(deadEnd => deadEnd.rulesOut.some(state => needed.has(state)));
            const byDeadEnds = first !== void 0 && !search(code, evidence, {
                ruledOut: ruledOut
            }).complete;
            if (!byDeadEnds && possible.violation) {
                const {violation: violation} = possible;
                const boundFailure = boundCheck(code, evidence, violation.steps, violation, "failed");
                const withinMs = boundFailure.withinMs;
                return {
                    ...partial,
                    matched: toMatches(observed(violation.steps)),
                    result: "failed",
                    boundFailure: boundFailure,
                    decidedAtMs: boundFailure.result === "too-early" || withinMs === void 0 ? nowMs : boundFailure.fromMs + withinMs + settleMs
                };
            }
            if (!first) return partial;
            return {
                ...partial,
                result: "failed",
                contradiction: {
                    state: first.state,
                    witness: first.witness,
                    atMs: first.atMs,
                    rulesOut: first.rulesOut.filter(state => needed.has(state))
                },
                decidedAtMs: first.countsFromMs
            };
        }
        function observed(steps) {
            const future = steps.findIndex(step => step.candidate === FUTURE);
            return future < 0 ? [ ...steps ] : steps.slice(0, future);
        }
        function failedOn(forbidden, analysis) {
            return {
                ...analysis,
                stuckAt: analysis.stuckAt ?? [],
                result: "failed",
                forbidden: forbidden,
                decidedAtMs: forbidden.atMs
            };
        }
        function forbiddenSeen(compiled, timeline, untilMs) {
            if (compiled.forbidden.size === 0) return;
            const entry = stateEntries(timeline).find(candidate => candidate.atMs <= untilMs && compiled.forbidden.has(candidate.state));
            if (!entry) return;
            return {
                state: entry.state,
                column: compiled.forbidden.get(entry.state),
                witness: entry.witness,
                seenBy: entry.seenBy,
                atMs: entry.atMs,
                ...entry.resourceVersion !== void 0 && {
                    resourceVersion: entry.resourceVersion
                },
                ...entry.message !== void 0 && {
                    message: entry.message
                }
            };
        }
        function boundCheck(code, evidence, steps, bound, outcome) {
            const check = code[bound.pc];
            if (check.op !== "check") throw new Error("boundCheck: not a bound");
            const stepOf = candidate => {
                const index = steps.findIndex(step => step.candidate === candidate);
                return index >= 0 ? index : void 0;
            };
            const fromStep = bound.from >= 0 ? stepOf(bound.from) : void 0;
            const toStep = bound.to >= 0 ? stepOf(bound.to) : void 0;
            const result = outcome === "passed" ? "passed" : bound.elapsedMs === void 0 ? "not-yet" : check.withinMs !== void 0 && bound.elapsedMs > check.withinMs ? "too-late" : "too-early";
            return {
                bound: formatBound(check).trim(),
                column: check.column,
                ...check.withinMs !== void 0 && {
                    withinMs: check.withinMs
                },
                ...check.afterMs !== void 0 && {
                    afterMs: check.afterMs
                },
                ...fromStep !== void 0 && {
                    fromStep: fromStep
                },
                ...toStep !== void 0 && {
                    toStep: toStep
                },
                fromMs: bound.from >= 0 ? evidence.candidates[bound.from].entry.atMs : 0,
                ...bound.from >= 0 && {
                    fromState: evidence.candidates[bound.from].entry.state
                },
                ...bound.to >= 0 && {
                    toState: evidence.candidates[bound.to].entry.state,
                    toMs: evidence.candidates[bound.to].entry.atMs
                },
                ...bound.elapsedMs !== void 0 && {
                    elapsedMs: bound.elapsedMs
                },
                clock: "observer",
                result: result,
                ...result !== "passed" && {
                    expected: check.what
                }
            };
        }
        function stepMatch(step, instruction, evidence, candidateIndex) {
            if (instruction.op !== "step" || candidateIndex === FUTURE) throw new Error("stepMatch: not a step matched to an observed state");
            const {entry: entry, byEventCount: byEventCount} = evidence.candidates[candidateIndex];
            return {
                step: step,
                state: entry.state,
                atMs: entry.atMs,
                witness: entry.witness,
                seenBy: entry.seenBy,
                ...entry.resourceVersion !== void 0 && {
                    resourceVersion: entry.resourceVersion
                },
                ...byEventCount && {
                    byEventCount: true,
                    count: entry.count ?? 1
                },
                column: instruction.column,
                join: instruction.join,
                ...entry.message !== void 0 && {
                    message: entry.message
                }
            };
        }
        function deadEndsInForce(timeline, nowMs, options) {
            const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
            const graceMs = options.unschedulableGraceMs ?? DEFAULT_UNSCHEDULABLE_GRACE_MS;
            const entries = stateEntries(timeline).filter(entry => entry.atMs <= nowMs);
            const found = [];
            for (const witness of [ "vm", "vmi", "pod" ]) {
                const runs = entries.filter(entry => entry.witness === witness).filter((entry, i, all) => i === 0 || all[i - 1].state !== entry.state);
                for (const deadEnd of DEAD_ENDS) {
                    if (!deadEnd.witnesses.includes(witness)) continue;
                    const entered = deadEnd.mustPersist ? runs.slice(-1).filter(entry => entry.state === deadEnd.state) : runs.filter(entry => entry.state === deadEnd.state).slice(0, 1);
                    const at = entered[0]?.atMs;
                    if (at === void 0) continue;
                    const countsFromMs = at + (deadEnd.mustPersist ? graceMs : settleMs);
                    if (countsFromMs <= nowMs) found.push({
                        state: deadEnd.state,
                        witness: witness,
                        atMs: at,
                        countsFromMs: countsFromMs,
                        rulesOut: deadEnd.rulesOut
                    });
                }
            }
            return found.sort((a, b) => a.countsFromMs - b.countsFromMs);
        }
        function checkMessage(timeline, pattern) {
            const regex = pattern instanceof RegExp ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, "")) : pattern;
            const seen = [];
            for (const entry of stateEntries(timeline)) {
                if (entry.witness === "vm" || !PULL_ERROR_STATES.has(entry.state) || !entry.message) continue;
                if (/^Error: \w+$/.test(entry.message)) continue;
                if (regex.test(entry.message)) return {
                    pattern: pattern.source,
                    result: "matched",
                    matched: {
                        text: entry.message,
                        witness: entry.witness
                    },
                    seen: []
                };
                if (!seen.includes(entry.message)) seen.push(entry.message);
            }
            return {
                pattern: pattern.source,
                result: seen.length > 0 ? "mismatched" : "unseen",
                seen: seen
            };
        }
        function trackPath(options) {
            const compiled = compile(options);
            const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
            return {
                decide(timeline, nowMs) {
                    const now = nowMs ?? lastMoment(timeline);
                    const {result: result, matched: matched} = analyze(compiled, timeline, now, false);
                    if (result === "passed" && matched.some(step => step.byEventCount && step.atMs > now - settleMs)) return;
                    return result === "inconclusive" ? void 0 : result;
                }
            };
        }
        function verify(timeline, options) {
            const compiled = compile(options);
            const analysis = analyze(compiled, timeline, lastMoment(timeline), options.timedOut);
            const words = explain({
                compiled: compiled,
                timeline: timeline,
                analysis: analysis,
                timedOut: options.timedOut
            });
            return {
                result: analysis.result,
                expectedPath: options.expectedPath,
                witness: options.witness,
                observedPath: observedPath(analysis.evidence),
                matched: analysis.matched,
                ...words.mismatch && {
                    mismatch: words.mismatch
                },
                message: analysis.message,
                explanation: words.explanation,
                causes: words.causes,
                caveats: words.caveats,
                diagnosis: words.diagnosis,
                ...analysis.contradiction && {
                    contradiction: analysis.contradiction
                },
                ...analysis.bounds && analysis.bounds.length > 0 && {
                    bounds: analysis.bounds
                },
                ...analysis.boundFailure && {
                    boundFailure: analysis.boundFailure
                },
                ...analysis.forbidden && {
                    forbidden: analysis.forbidden
                },
                ...analysis.decidedAtMs !== void 0 && {
                    decidedAtMs: analysis.decidedAtMs
                },
                ...timing(timeline, analysis.matched.length > 0 ? pollingMiss(timeline, analysis.matched, configuredPoller(options)) : void 0)
            };
        }
        function timing(timeline, estimate) {
            const kubelet = kubeletTiming(timeline, estimate);
            return {
                ...estimate && {
                    pollingMiss: estimate
                },
                ...kubelet && {
                    kubeletTiming: kubelet
                }
            };
        }
        function compile(options) {
            const states = pathStates(options.path);
            const code = compilePath(options.path);
            return {
                options: options,
                code: code,
                expectsPullErrors: [ ...states ].some(state => PULL_ERROR_STATES.has(state)),
                hasSteps: stepsOf(options.path) !== void 0,
                hasBounds: code.some(instruction => instruction.op === "check"),
                forbidden: new Map(forbiddenStates(options.path).map(state => [ state.name, state.column ]))
            };
        }
        function observedPath(evidence) {
            const states = [];
            for (const {entry: entry, byEventCount: byEventCount} of evidence.candidates) if (!byEventCount && states.at(-1) !== entry.state) states.push(entry.state);
            return states;
        }
        function lastMoment(timeline) {
            return timeline.entries.reduce((latest, entry) => Math.max(latest, entry.atMs, entry.kind === "state" ? 0 : entry.untilMs ?? 0), timeline.endedAtMs);
        }
        function configuredPoller(options) {
            if (options.pollIntervalMs === void 0) return [];
            return [ {
                intervalMs: options.pollIntervalMs,
                who: "this check's poll-interval"
            } ];
        }
        const DEQUARANTINE_RATE = .001;
        const INFRASTRUCTURE = [ "unschedulable", "image-pulled", "invalid-image-name", "stuck-starting" ];
        function failureCause(verdict) {
            const diagnosis = verdict.diagnosis ?? [];
            if (diagnosis.some(code => INFRASTRUCTURE.includes(code))) return "infrastructure";
            if (diagnosis.includes("message-mismatch")) return "message";
            if (diagnosis.includes("hidden-by-gap") || diagnosis.includes("polled")) return "observer-gap";
            if (diagnosis.includes("missed-by-witness")) return "skipped-by-controller";
            if (verdict.result === "inconclusive" || diagnosis.includes("slow-back-off")) return "timeout";
            return "other";
        }
        function summarizeRepeats(verdicts) {
            const groups = new Map;
            verdicts.forEach((verdict, index) => {
                if (verdict.result === "passed") return;
                const cause = failureCause(verdict);
                groups.set(cause, [ ...groups.get(cause) ?? [], index + 1 ]);
            });
            const failed = verdicts.length - verdicts.filter(v => v.result === "passed").length;
            return {
                rate: wilsonInterval(failed, verdicts.length),
                failures: [ ...groups ].map(([cause, runs]) => ({
                    cause: cause,
                    runs: runs
                })).sort((a, b) => b.runs.length - a.runs.length),
                cleanRunsToDequarantine: cleanRunsUntil(failed, verdicts.length, DEQUARANTINE_RATE)
            };
        }
    }
};
