export const id = 826;

export const ids = [ 826 ];

export const modules = {
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
        var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65655);
        const CODE_SPECIAL = /[&<>`*_[\]\\~|$]/g;
        const TEXT_SPECIAL = /[&<>`*_[\]\\~|$:@#]/g;
        function reference(char) {
            return `&#${char.codePointAt(0)};`;
        }
        function mdText(value, max = 500) {
            return (0, _text_js__WEBPACK_IMPORTED_MODULE_0__.tl)(value, max).replace(TEXT_SPECIAL, char => char === "@" || char === "#" ? `${char}&#8203;` : reference(char));
        }
        function mdLine(value, max = 500) {
            return mdText(value.trimStart(), max).replace(/^([-+=]|\d(?=\d*[.)]))/, reference);
        }
        function mdCode(value, max = 300) {
            return `<code>${(0, _text_js__WEBPACK_IMPORTED_MODULE_0__.tl)(value, max).replace(CODE_SPECIAL, reference)}</code>`;
        }
        function mdPre(value, max = 4e3) {
            const lines = (0, _text_js__WEBPACK_IMPORTED_MODULE_0__.fk)(value, max).map(line => line.replace(CODE_SPECIAL, reference));
            return `<pre>${lines.join("\n")}</pre>`;
        }
        function plainTitle(value, max = 100) {
            const lookalike = {
                "@": "＠",
                "<": "‹",
                ">": "›",
                "`": "ˋ"
            };
            return (0, _text_js__WEBPACK_IMPORTED_MODULE_0__.tl)(value, max).replace(/[@<>`]/g, char => lookalike[char]);
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
            const label = (0, _text_js__WEBPACK_IMPORTED_MODULE_0__.xv)((0, _text_js__WEBPACK_IMPORTED_MODULE_0__.TN)(value).replace(/[^\p{L}\p{N} ._\-/+=,'!?*~[\]·…]+/gu, " ").replace(/\s+/g, " ").trim(), max);
            if (label === "") return "_";
            return MERMAID_STATEMENT.test(label) ? `_ ${label}` : label;
        }
        function markerKey(checkName) {
            return encodeURIComponent(checkName.toWellFormed()).replace(/-/g, "%2D");
        }
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
