export const id = 262;

export const ids = [ 262 ];

export const modules = {
    70752: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
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
        var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
        const CODE_SPECIAL = /[&<>`*_[\]\\~|$]/g;
        const TEXT_SPECIAL = /[&<>`*_[\]\\~|$:@#]/g;
        function reference(char) {
            return `&#${char.codePointAt(0)};`;
        }
        function mdText(value, max = 500) {
            return (0, _words_js__WEBPACK_IMPORTED_MODULE_1__.tl)(value, max).replace(TEXT_SPECIAL, char => char === "@" || char === "#" ? `${char}&#8203;` : reference(char));
        }
        function mdLine(value, max = 500) {
            return mdText(value.trimStart(), max).replace(/^([-+=]|\d(?=\d*[.)]))/, reference);
        }
        function mdCode(value, max = 300) {
            return `<code>${(0, _words_js__WEBPACK_IMPORTED_MODULE_1__.tl)(value, max).replace(CODE_SPECIAL, reference)}</code>`;
        }
        function mdPre(value, max = 4e3) {
            const lines = (0, _words_js__WEBPACK_IMPORTED_MODULE_1__.fk)(value, max).map(line => line.replace(CODE_SPECIAL, reference));
            return `<pre>${lines.join("\n")}</pre>`;
        }
        function plainTitle(value, max = 100) {
            const lookalike = {
                "@": "＠",
                "<": "‹",
                ">": "›",
                "`": "ˋ"
            };
            return (0, _words_js__WEBPACK_IMPORTED_MODULE_1__.tl)(value, max).replace(/[@<>`]/g, char => lookalike[char]);
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
            const label = (0, _words_js__WEBPACK_IMPORTED_MODULE_1__.xv)((0, _words_js__WEBPACK_IMPORTED_MODULE_1__.TN)(value).replace(/[^\p{L}\p{N} ._\-/+=,'!?*~[\]·…]+/gu, " ").replace(/\s+/g, " ").trim(), max);
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
    46434: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            RF: () => repeatSentence,
            UC: () => pollingMissLine,
            rK: () => oneSecondMiss,
            wE: () => repeatTable
        });
        var _verify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27900);
        var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
        const CAUSE_WORDS = {
            "observer-gap": "a watch gap or polled stretch could hide the state",
            "skipped-by-controller": "virt-controller skipped the state (the pod or an Event count had it)",
            timeout: "the path was still possible when the timeout came",
            infrastructure: "the cluster, not the path (unschedulable, image pulled, bad image, Starting)",
            message: "pull errors with another message than expected-message",
            other: "not recognised"
        };
        function repeatSentence(summary) {
            return `**${(0, _verify_index_js__WEBPACK_IMPORTED_MODULE_0__.YQ)(summary.rate)}**`;
        }
        function repeatTable(summary) {
            const rows = summary.failures.map(group => `| \`${group.cause}\` | ${group.runs.length} | ${CAUSE_WORDS[group.cause]} | ${runList(group.runs)} |`);
            const bar = summary.cleanRunsToDequarantine === 0 ? "The upper end is below 0.1 %, the bar for taking a test out of quarantine." : `${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_1__.LS)(summary.cleanRunsToDequarantine, "more clean run")} would put the upper end below 0.1 %, the bar for taking a test out of quarantine.`;
            if (rows.length === 0) return bar;
            return [ "| cause | runs | what it means | which |", "| --- | ---: | --- | --- |", ...rows, "", bar ].join("\n");
        }
        function oneSecondMiss(verdict, step) {
            if (verdict.matched[step]?.byEventCount) return "";
            const poller = verdict.pollingMiss?.pollers.find(p => p.intervalMs === 1e3);
            const p = poller?.steps[step];
            return p === void 0 ? "" : (0, _verify_index_js__WEBPACK_IMPORTED_MODULE_0__.KN)(p);
        }
        function pollingMissLine(verdict) {
            const pollers = verdict.pollingMiss?.pollers ?? [];
            if (verdict.result !== "passed" || pollers.length === 0) return "";
            const parts = pollers.map(poller => `${(0, _words_js__WEBPACK_IMPORTED_MODULE_1__.a3)(poller.intervalMs)} (${poller.who}): ${(0, 
            _verify_index_js__WEBPACK_IMPORTED_MODULE_0__.KN)(poller.path)}`);
            return `**Polling would miss this path** (a state shorter than the interval is missed with probability 1 − lasted / interval): ${parts.join(" · ")}.`;
        }
        function runList(runs) {
            const shown = runs.slice(0, 12).join(", ");
            return runs.length > 12 ? `${shown}, …` : shown;
        }
    },
    55218: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            BT: () => verdictSentence,
            Gf: () => pathTable,
            R_: () => heading,
            c0: () => whyBlock,
            kF: () => RESULT_ICON,
            lr: () => stoppedBlock,
            zC: () => leftoversNote
        });
        var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70752);
        var _flake_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46434);
        var _spans_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81566);
        var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2250);
        const RESULT_ICON = {
            passed: "✅",
            flaky: "⚠️",
            failed: "❌",
            inconclusive: "❔"
        };
        const WITNESS_NOUN = {
            vm: "the VM",
            vmi: "the VMI",
            pod: "the launcher pod",
            event: "Events",
            any: "the VM, VMI or pod"
        };
        function heading(outcome, context) {
            return `${RESULT_ICON[outcome.result]} KubeVirt transition check ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(context.checkName, 100)}: ${resultWords(outcome)}`;
        }
        function resultWords(outcome) {
            if (outcome.error) return "could not run";
            const last = outcome.attempts.at(-1);
            if (!last || outcome.result !== "passed" && outcome.result !== "flaky") return outcome.result;
            const weaker = (0, _words_js__WEBPACK_IMPORTED_MODULE_2__.LM)(last.verdict);
            return weaker.length > 0 ? `${outcome.result} (${weaker.join(", ")})` : outcome.result;
        }
        function leftoversNote(left, step) {
            const next = step === "main" ? "The post step tries again; if it cannot either, remove it with" : "The post step could not either; remove it with";
            return `> [!WARNING]\n> Cleanup could not remove ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(left.what, 300)}: ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(left.why, 600)}. ${next} ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(left.command, 400)}`;
        }
        function verdictSentence(outcome, context) {
            const last = outcome.attempts.at(-1);
            const where = [ commitLink(context), runLink(context) ].filter(Boolean).join(" · ");
            const tail = where ? ` · ${where}` : "";
            if (outcome.error) {
                const before = outcome.attempts.length > 0 ? `after ${outcome.attempts.map(a => `attempt ${a.number} ${a.verdict.result}`).join(", ")}` : "before any attempt ran";
                return `**Stopped in ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__._l)(outcome.error.stage)}** after ${(0, 
                _words_js__WEBPACK_IMPORTED_MODULE_2__.a3)(outcome.durationMs)}, ${before}${tail}`;
            }
            if (!last) return `**No attempt ran**${tail}`;
            if (outcome.repeat) return `${(0, _flake_js__WEBPACK_IMPORTED_MODULE_1__.RF)(outcome.repeat)} in ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.a3)(outcome.durationMs)}${tail}`;
            const which = `(attempt ${last.number} of ${context.attemptsAllowed}${earlierResults(outcome)})`;
            return `${whatHappened(last.verdict)} in ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.a3)(last.durationMs)} ${which}${tail}`;
        }
        function earlierResults(outcome) {
            const earlier = outcome.attempts.slice(0, -1);
            if (earlier.length === 0) return "";
            const failed = earlier.map(attempt => `${attempt.number} ${attempt.verdict.result}`);
            return `, after attempt ${failed.join(", ")}`;
        }
        function whatHappened(verdict) {
            const path = (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(verdict.expectedPath, 200);
            const matched = verdict.matched;
            const seen = matched.length > 0 ? ` on ${seenOn(matched)} by ${seenHow(matched)}` : "";
            const mismatch = verdict.mismatch;
            if (verdict.result === "passed") {
                if (matched.length === 0) return `**None of the forbidden states of** ${path} **seen**`;
                return `**All ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.LS)(matched.length, "step")} of** ${path} **seen${seen}**`;
            }
            const forbidden = verdict.forbidden;
            if (forbidden) return `**Forbidden state ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(forbidden.state, 80)} seen on ${WITNESS_NOUN[forbidden.witness]}** at ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.xS)(forbidden.atMs)} (${path})`;
            const bound = verdict.boundFailure;
            if (bound && verdict.result === "failed") return `**${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(bound.expected ?? "a step", 80)} missed its bound ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(bound.bound, 60)}** in ${path}${matched.length > 0 ? ` after ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.LS)(matched.length, "step")} seen by ${seenHow(matched)}` : ""}`;
            if (!mismatch) return `**All steps of** ${path} **seen${seen}, but the pull error message did not match**`;
            const step = `step ${mismatch.step + 1} (${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(mismatch.expected, 80)})`;
            const instead = (0, _spans_js__WEBPACK_IMPORTED_MODULE_3__.U_)(mismatch.seenInstead, 3);
            const showed = instead.head.length > 0 ? ` (it showed ${[ ...instead.head, ...instead.tail ].map(s => (0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(s, 60)).join(", ")}${instead.omitted > 0 ? " and more" : ""} instead)` : "";
            const before = matched.length > 0 ? ` after ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.LS)(matched.length, "step")} seen by ${seenHow(matched)}` : "";
            const noun = WITNESS_NOUN[verdict.witness];
            if (verdict.result === "inconclusive") return `**Timed out waiting for ${step} of** ${path} **on ${noun}**${before}${showed}`;
            return `**${capitalize(step)} of** ${path} **never came on ${noun}**${before}${showed}`;
        }
        function seenOn(matched) {
            const witnesses = [ ...new Set(matched.map(match => match.witness)) ];
            return witnesses.map(witness => WITNESS_NOUN[witness]).join(" and ");
        }
        function seenHow(matched) {
            const how = new Set(matched.map(match => match.byEventCount ? "Event count" : match.seenBy === "poll" ? "poll" : "watch"));
            return [ ...how ].join(" and ");
        }
        function commitLink(context) {
            if (!context.commit) return "";
            return `commit <a href="${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.ZD)(context.commit.url)}">${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(context.commit.sha.slice(0, 7), 7)}</a>`;
        }
        function runLink(context) {
            return context.runUrl ? `<a href="${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.ZD)(context.runUrl)}">workflow run</a>` : "";
        }
        function pathTable(attempt, detail) {
            if (detail.pathSteps <= 0) return "";
            const verdict = attempt.verdict;
            const rows = verdict.matched.map((match, index) => {
                const state = `✅ ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(match.state, 80)}${match.join === "next" ? " (next)" : ""}`;
                return `| ${match.step + 1} | ${state} | ${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.xS)(match.atMs)} | ${lasted(verdict, index, attempt.timeline)} | ${(0, 
                _flake_js__WEBPACK_IMPORTED_MODULE_1__.rK)(verdict, index)} | ${seenBy(match)} |`;
            });
            const {head: head, omitted: omitted, tail: tail} = (0, _spans_js__WEBPACK_IMPORTED_MODULE_3__.U_)(rows, detail.pathSteps);
            const lines = [ "| # | state | at | lasted | 1 s polling misses it | seen by |", "| ---: | --- | ---: | ---: | ---: | --- |", ...head, ...omitted > 0 ? [ `| … | ${omitted} more matched steps | | | | |` ] : [], ...tail ];
            const mismatch = verdict.mismatch;
            if (mismatch) {
                const seen = (0, _spans_js__WEBPACK_IMPORTED_MODULE_3__.U_)(mismatch.seenInstead, 6);
                const instead = [ ...seen.head.map(state => (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(state, 60)), ...seen.omitted > 0 ? [ `… ${seen.omitted} more` ] : [], ...seen.tail.map(state => (0, 
                _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(state, 60)) ];
                const bound = verdict.boundFailure;
                lines.push(bound ? `| ${mismatch.step + 1} | ❌ ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(mismatch.expected, 80)} | missed its bound | | | ${(0, 
                _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)((0, _words_js__WEBPACK_IMPORTED_MODULE_2__.CJ)(bound), 200)} |` : `| ${mismatch.step + 1} | ❌ ${(0, 
                _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(mismatch.expected, 80)} | not seen | | | seen instead: ${instead.length > 0 ? instead.join(", ") : "nothing"} |`);
            } else if (verdict.matched.length === 0) lines.push("| | no step matched | | | | |");
            const bounds = (0, _words_js__WEBPACK_IMPORTED_MODULE_2__.BO)(verdict).filter(bound => !(mismatch && bound === verdict.boundFailure));
            if (bounds.length > 0) {
                const listed = bounds.slice(-10).map(bound => `${bound.result === "passed" ? "✅" : "❌"} ${(0, 
                _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)((0, _words_js__WEBPACK_IMPORTED_MODULE_2__.CJ)(bound), 200)}`);
                lines.push("", `**Bounds** (observer's clock): ${listed.join("; ")}`);
            }
            return lines.join("\n");
        }
        function lasted(verdict, index, timeline) {
            if (verdict.matched[index]?.byEventCount) return "(an Event)";
            const dwell = verdict.pollingMiss?.dwells[index];
            if (dwell?.dwellMs === void 0) return "";
            if (dwell.ongoing) return "(at end)";
            const ms = dwell.dwellMs;
            return (0, _spans_js__WEBPACK_IMPORTED_MODULE_3__.tQ)(ms, timeline) ? `**${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.$G)(ms)}** ⚡` : (0, 
            _words_js__WEBPACK_IMPORTED_MODULE_2__.$G)(ms);
        }
        function seenBy(match) {
            const parts = [ match.witness, (0, _spans_js__WEBPACK_IMPORTED_MODULE_3__.PM)(match) ];
            if (match.resourceVersion) parts.push(`rv ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(match.resourceVersion, 30)}`);
            return parts.join(" · ");
        }
        function whyBlock(verdict, max = 600) {
            const lines = [ `**Why:** ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(verdict.explanation, max)}` ];
            const [cause, ...more] = verdict.causes;
            if (cause) {
                const others = more.length > 0 ? ` (${(0, _words_js__WEBPACK_IMPORTED_MODULE_2__.LS)(more.length, "more cause")} below)` : "";
                lines.push(`**Likely cause:** ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(cause, max)}${others}`);
            }
            return lines.join("  \n");
        }
        function stoppedBlock(error, max = 1500) {
            const {prose: prose, command: command} = splitFix(error.message);
            const lines = (0, _words_js__WEBPACK_IMPORTED_MODULE_2__.fk)(prose, max).filter(line => line.trim() !== "").map(line => (0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.YO)(line, max));
            const parts = [ lines.join("  \n") ];
            if (command) parts.push(codeBlock((0, _words_js__WEBPACK_IMPORTED_MODULE_2__.tl)(command, 2e3), "sh"));
            return parts.filter(Boolean).join("\n\n");
        }
        function codeBlock(line, language) {
            const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length));
            const fence = "`".repeat(Math.max(3, longest + 1));
            return `${fence}${language}\n${line}\n${fence}`;
        }
        function splitFix(message) {
            const matches = [ ...message.matchAll(/(?<=^|[\s:])(?:kubectl|virtctl) [^\n]+/gm) ];
            const last = matches.at(-1);
            if (!last || last.index === void 0) return {
                prose: message
            };
            const prose = `${message.slice(0, last.index)}${message.slice(last.index + last[0].length)}`;
            return {
                prose: prose.trim(),
                command: last[0].trim()
            };
        }
        function capitalize(text) {
            return text.charAt(0).toUpperCase() + text.slice(1);
        }
    },
    81083: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            AX: () => earlierAttemptsSection,
            Jb: () => gapsSection,
            RG: () => timelineSection,
            TM: () => folded,
            V6: () => verdictSection,
            zr: () => fullErrorSection
        });
        var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70752);
        var _flake_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46434);
        var _mermaid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72312);
        var _spans_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81566);
        var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2250);
        var _markdown_first_screen_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55218);
        function folded(summary, body) {
            return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
        }
        function fullErrorSection(error) {
            if (error.message.length <= 1500 && !error.message.includes("\n")) return "";
            return folded("The full error message", (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.pK)(error.message, 8e3));
        }
        function gapsSection(timeline) {
            const gaps = (0, _spans_js__WEBPACK_IMPORTED_MODULE_5__.dc)(timeline);
            const polling = (0, _spans_js__WEBPACK_IMPORTED_MODULE_5__.H7)(timeline);
            if (gaps.length === 0 && polling.length === 0) return "";
            const items = [ ...gaps, ...polling ].sort((a, b) => a.atMs - b.atMs).map(entry => `- ${entry.kind === "gap" ? gapLine(entry) : pollingLine(entry, timeline)}`);
            const {head: head, omitted: omitted, tail: tail} = (0, _spans_js__WEBPACK_IMPORTED_MODULE_5__.U_)(items, 30);
            const counts = [ ...gaps.length > 0 ? [ (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.LS)(gaps.length, "watch gap") ] : [], ...polling.length > 0 ? [ (0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.LS)(polling.length, "polled stretch", "polled stretches") ] : [] ];
            return folded(`⚠️ ${counts.join(", ")}: states there may have been missed or seen late`, [ ...head, ...omitted > 0 ? [ `- … ${omitted} more, in the timeline JSON` ] : [], ...tail ].join("\n"));
        }
        const GAP_CAUSE = {
            expired: "the watch expired (410 Gone) and relisted",
            disconnected: "the watch was disconnected",
            timeout: "the API server did not answer in time",
            forbidden: "the watch was forbidden",
            throttled: "the watch was throttled (429)",
            "server-error": "the API server answered with errors (5xx)",
            malformed: "the stream sent an unusable line",
            silent: "the watch was answered but stayed silent (a proxy held or dropped the stream)",
            unexpected: "the watch got an unexpected answer"
        };
        function gapLine(gap) {
            const changed = gap.changed && gap.changed.length > 0 ? ` The relist found: ${gap.changed.slice(0, 5).map(c => (0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(c, 100)).join(", ")}.` : "";
            const cause = GAP_CAUSE[gap.cause] ?? (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(String(gap.cause), 40);
            return `watch gap on ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(gap.resource)} from ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(gap.atMs)} to ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(gap.untilMs)} (${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.$G)(gap.untilMs - gap.atMs)}): ${cause}; ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(gap.detail, 300)}.${changed}`;
        }
        function pollingLine(polling, timeline) {
            const until = polling.untilMs === void 0 ? `until the end (${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(timeline.endedAtMs)})` : `to ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(polling.untilMs)}`;
            return `polled ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(polling.resource)} every ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.a3)(polling.intervalMs)} from ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(polling.atMs)} ${until}: ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(polling.reason, 300)}`;
        }
        function verdictSection(verdict) {
            const parts = [ observedAndExpected(verdict), `**Explanation:** ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(verdict.explanation, 2e3)}`, list("Known causes", verdict.causes), list("Caveats", verdict.caveats ?? []), decisionLine(verdict), messageCheck(verdict), (0, 
            _flake_js__WEBPACK_IMPORTED_MODULE_1__.UC)(verdict), verdict.kubeletTiming ? (0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(verdict.kubeletTiming.summary, 800) : "" ];
            const what = [ "explanation" ];
            if (verdict.causes.length > 0) what.push((0, _words_js__WEBPACK_IMPORTED_MODULE_3__.LS)(verdict.causes.length, "known cause"));
            if ((verdict.caveats ?? []).length > 0) what.push((0, _words_js__WEBPACK_IMPORTED_MODULE_3__.LS)(verdict.caveats.length, "caveat"));
            what.push("pull error message");
            return folded(`Verdict in full: ${what.join(", ")}`, parts.filter(Boolean).join("\n\n"));
        }
        function list(title, items) {
            if (items.length === 0) return "";
            const {head: head, omitted: omitted} = (0, _spans_js__WEBPACK_IMPORTED_MODULE_5__.U_)(items, 10);
            return [ `**${title}:**`, "", ...head.map(item => `- ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(item, 500)}`), ...omitted > 0 ? [ `- … ${omitted} more, in the timeline JSON` ] : [] ].join("\n");
        }
        function observedAndExpected(verdict) {
            const {head: head, omitted: omitted, tail: tail} = (0, _spans_js__WEBPACK_IMPORTED_MODULE_5__.U_)(verdict.observedPath, 40);
            const states = [ ...head.map(state => (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(state, 80)), ...omitted > 0 ? [ `… ${omitted} more …` ] : [], ...tail.map(state => (0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(state, 80)) ];
            return [ `**Observed** (${verdict.witness}): ${states.length > 0 ? states.join(" → ") : "no state"}`, `**Expected:** ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(verdict.expectedPath, 300)}` ].join("  \n");
        }
        function decisionLine(verdict) {
            const forbidden = verdict.forbidden;
            if (forbidden) {
                const rv = forbidden.resourceVersion ? `, resourceVersion ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(forbidden.resourceVersion, 40)}` : "";
                return `**Decided** at ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(forbidden.atMs)}: ${(0, 
                _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(forbidden.state, 80)} (${forbidden.witness}, ${forbidden.seenBy}${rv}) is forbidden by the path.`;
            }
            const bound = verdict.result === "failed" ? verdict.boundFailure : void 0;
            if (bound && verdict.decidedAtMs !== void 0) return `**Decided** at ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(verdict.decidedAtMs)}: ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)((0, _words_js__WEBPACK_IMPORTED_MODULE_3__.CJ)(bound), 200)} (the bound, plus the settle time for lagging witnesses).`;
            const contradiction = verdict.contradiction;
            if (contradiction) {
                const ruled = contradiction.rulesOut.slice(0, 10).map(state => (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(state, 80));
                return `**Decided** at ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(contradiction.atMs)}: ${(0, 
                _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(contradiction.state, 80)} (${contradiction.witness}) rules out ${ruled.length > 0 ? ruled.join(", ") : "the rest of the path"}.`;
            }
            return verdict.decidedAtMs !== void 0 ? `**Decided** at ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(verdict.decidedAtMs)}.` : "";
        }
        function messageCheck(verdict) {
            const check = verdict.message;
            if (!check) return "";
            if (check.result === "unseen" || !check.matched && check.seen.length === 0) return `**Pull error message:** none was observed (it had to match ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(check.pattern, 200)}).`;
            if (check.matched) return `**Pull error message** matched ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(check.pattern, 200)} (${check.matched.witness}): ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(check.matched.text, 600)}`;
            const seen = check.seen.slice(0, 5).map(text => (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(text, 200));
            return `**Pull error message** did not match ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(check.pattern, 200)}; seen: ${seen.join(", ")}`;
        }
        function timelineSection(attempt, detail) {
            if (detail.rows <= 0 && detail.bars <= 0) return "";
            const timeline = attempt.timeline;
            const parts = [];
            const gantt = detail.bars > 0 ? (0, _mermaid_js__WEBPACK_IMPORTED_MODULE_2__.ZK)(attempt, {
                maxBars: detail.bars
            }) : void 0;
            if (gantt) parts.push(`\`\`\`mermaid\n${gantt}\n\`\`\``, `<sub>${_mermaid_js__WEBPACK_IMPORTED_MODULE_2__.rS}</sub>`);
            if (detail.rows > 0) parts.push(timelineTable(timeline, detail));
            const witnesses = [ ...new Set(timeline.entries.flatMap(e => e.kind === "state" ? [ e.witness === "event" ? "Events" : e.witness ] : [])) ];
            const what = [ gantt ? "gantt and " : "", (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.LS)(timeline.entries.length, "entry", "entries") ];
            const of = witnesses.length > 0 ? ` (${witnesses.join(", ")})` : "";
            return folded(`Timeline of attempt ${attempt.number}: ${what.join("")}${of}`, `VM ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(attempt.vm)} · started ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(attempt.startedAt, 40)} · ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.a3)(attempt.durationMs)}\n\n${parts.join("\n\n")}`);
        }
        function timelineTable(timeline, detail) {
            const rows = (0, _spans_js__WEBPACK_IMPORTED_MODULE_5__.LY)(timeline);
            const {head: head, omitted: omitted, tail: tail} = (0, _spans_js__WEBPACK_IMPORTED_MODULE_5__.U_)(rows, detail.rows);
            const firstAt = new Map;
            const render = row => {
                const cells = tableRow(row, timeline, detail);
                const message = cells.at(-1);
                const first = firstAt.get(message);
                if (message !== "" && first !== void 0) cells[cells.length - 1] = `〃 same as at ${(0, 
                _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(first)}`; else firstAt.set(message, row.entry.atMs);
                return `| ${cells.join(" | ")} |`;
            };
            return [ "| time | state | witness | seen by | message |", "| ---: | --- | --- | --- | --- |", ...head.map(render), ...omitted > 0 ? [ `| … | ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_3__.LS)(omitted, "more row")} | | | the whole timeline is in the timeline JSON |` ] : [], ...tail.map(render) ].join("\n");
        }
        function tableRow(row, timeline, detail) {
            const entry = row.entry;
            switch (entry.kind) {
              case "state":
                return stateCells(entry, row, timeline, detail);

              case "gap":
                return [ (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(entry.atMs), "⚠️ watch gap", (0, 
                _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(entry.resource), `${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(String(entry.cause), 40)}, ${(0, 
                _words_js__WEBPACK_IMPORTED_MODULE_3__.$G)(entry.untilMs - entry.atMs)}`, (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(entry.detail, detail.messageMax) ];

              case "polling":
                {
                    const until = entry.untilMs === void 0 ? "to the end" : `to ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(entry.untilMs)}`;
                    return [ (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(entry.atMs), "🔁 polling", (0, 
                    _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(entry.resource), `every ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.a3)(entry.intervalMs)} ${until}`, (0, 
                    _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(entry.reason, detail.messageMax) ];
                }
            }
        }
        function stateCells(entry, row, timeline, detail) {
            let witness = entry.witness;
            if (entry.object !== timeline.vm) witness += ` ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)((0, 
            _spans_js__WEBPACK_IMPORTED_MODULE_5__.vn)(entry.object, timeline.vm), 60)}`;
            if (entry.container) witness += ` ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(entry.container, 60)}`;
            let seen = entry.seenBy;
            if (entry.witness === "event" && entry.count !== void 0) seen += ` ×${entry.count}`;
            if (row.count > 1) seen += ` (${row.count} times to ${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(row.lastAtMs)})`;
            const message = [ entry.reason ? `${entry.reason}:` : "", entry.message ?? "" ].join(" ").trim();
            return [ (0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xS)(entry.atMs), (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__.xs)(entry.state, 80), witness, seen, message ? (0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)(message, detail.messageMax) : "" ];
        }
        function earlierAttemptsSection(outcome, context, detail) {
            const earlier = outcome.attempts.slice(0, -1).filter(attempt => !outcome.repeat || attempt.verdict.result !== "passed");
            const shown = detail.earlierAttempts === "full" ? earlier : earlier.slice(-5);
            const sections = shown.map(attempt => {
                const verdict = attempt.verdict;
                const title = `Attempt ${attempt.number} of ${context.attemptsAllowed}: ${_markdown_first_screen_js__WEBPACK_IMPORTED_MODULE_4__.kF[verdict.result === "passed" ? "passed" : verdict.result]} ${verdict.result} · ${(0, 
                _escape_js__WEBPACK_IMPORTED_MODULE_0__.bC)((0, _words_js__WEBPACK_IMPORTED_MODULE_3__.xv)(verdict.explanation, 140), 160)}`;
                const body = [ (0, _markdown_first_screen_js__WEBPACK_IMPORTED_MODULE_4__.Gf)(attempt, detail), verdict.result !== "passed" ? (0, 
                _markdown_first_screen_js__WEBPACK_IMPORTED_MODULE_4__.c0)(verdict) : "", detail.earlierAttempts === "full" ? verdictSection(verdict) : "", gapsSection(attempt.timeline), detail.earlierAttempts === "full" ? timelineSection(attempt, detail) : "" ];
                return folded(title, body.filter(Boolean).join("\n\n"));
            });
            if (shown.length < earlier.length) sections.unshift(`<sub>${(0, _words_js__WEBPACK_IMPORTED_MODULE_3__.LS)(earlier.length - shown.length, "earlier attempt")} not shown</sub>`);
            return sections.join("\n\n");
        }
    },
    13262: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Ql: () => commentMarker,
            Q_: () => issueMarker,
            leftoversNote: () => markdown_first_screen.zC,
            wQ: () => renderComment,
            Yx: () => renderIssueBody,
            Br: () => renderSummary
        });
        var external_node_path_ = __webpack_require__(76760);
        var render_escape = __webpack_require__(70752);
        var flake = __webpack_require__(46434);
        var suite_report = __webpack_require__(55354);
        var trend_section = __webpack_require__(75290);
        var util_text = __webpack_require__(49997);
        const SUMMARY_MAX_BYTES = 1e6;
        const COMMENT_BUDGET_CHARS = 6e4;
        const SUMMARY_LEVELS = [ {
            rows: 100,
            bars: 150,
            messageMax: 300,
            pathSteps: 200,
            earlierAttempts: "full"
        }, {
            rows: 60,
            bars: 80,
            messageMax: 200,
            pathSteps: 100,
            earlierAttempts: "full"
        }, {
            rows: 30,
            bars: 40,
            messageMax: 150,
            pathSteps: 50,
            earlierAttempts: "brief"
        }, {
            rows: 10,
            bars: 0,
            messageMax: 100,
            pathSteps: 20,
            earlierAttempts: "brief"
        } ];
        const COMMENT_LEVELS = [ {
            rows: 60,
            bars: 60,
            messageMax: 200,
            pathSteps: 40,
            earlierAttempts: "brief"
        }, {
            rows: 30,
            bars: 30,
            messageMax: 120,
            pathSteps: 20,
            earlierAttempts: "brief"
        }, {
            rows: 10,
            bars: 0,
            messageMax: 80,
            pathSteps: 10,
            earlierAttempts: "brief"
        } ];
        function fit(levels, render, fits, fallback) {
            for (const detail of levels) {
                const text = render(detail);
                if (text !== void 0 && fits(text)) return text;
            }
            return fallback();
        }
        var markdown_first_screen = __webpack_require__(55218);
        var markdown_sections = __webpack_require__(81083);
        const READING_ANCHOR = "reading-the-report";
        function suiteExtras(extras) {
            const lines = [ ...extras.commentUrl ? [ `[PR comment](${extras.commentUrl})` ] : [], ...(extras.notes ?? []).map(note => `> ${(0, 
            render_escape.bC)(note)}`) ];
            return lines.length > 0 ? lines.join("\n\n") : void 0;
        }
        function renderSummary(outcome, context, extras = {}) {
            if (outcome.checks) return (0, suite_report.qT)(outcome, context, {
                heading: "##",
                renderCheck: (check, at) => renderSummary(check, at),
                renderShort: renderIssueBody,
                maxChars: SUMMARY_MAX_BYTES,
                size: text => Buffer.byteLength(text, "utf8"),
                after: suiteExtras(extras),
                instead: "their reports are in the timeline JSON file"
            });
            return fit(SUMMARY_LEVELS, detail => report(outcome, context, extras, detail, "##"), text => Buffer.byteLength(text, "utf8") <= SUMMARY_MAX_BYTES, () => minimal(outcome, context, extras));
        }
        function commentMarker(checkName) {
            return `\x3c!-- kubevirt-transition-check:comment key=${(0, render_escape.s8)(checkName)} --\x3e`;
        }
        function issueMarker(checkName) {
            return `\x3c!-- kubevirt-transition-check:issue key=${(0, render_escape.s8)(checkName)} --\x3e`;
        }
        function renderComment(outcome, context) {
            const marker = commentMarker(context.checkName);
            const budget = COMMENT_BUDGET_CHARS - marker.length - 1;
            if (outcome.checks) {
                const body = (0, suite_report.qT)(outcome, context, {
                    heading: "###",
                    renderCheck: renderIssueBody,
                    renderShort: (check, at) => minimal(check, at, {}),
                    maxChars: budget,
                    instead: "the job summary has every check"
                });
                return `${body.trimEnd()}\n${marker}`;
            }
            const body = fit(COMMENT_LEVELS, detail => report(outcome, context, {}, detail, "###"), text => text.length <= budget, () => minimal(outcome, context, {}));
            return `${(0, util_text.IN)(body.trimEnd(), budget, "the whole report is in the job summary")}\n${marker}`;
        }
        function renderIssueBody(outcome, context) {
            if (outcome.checks) return (0, suite_report.qT)(outcome, context, {
                heading: "###",
                renderCheck: (check, at) => minimal(check, at, {}),
                renderShort: (check, at) => minimal(check, at, {}),
                maxChars: COMMENT_BUDGET_CHARS,
                instead: "the run's job summary has every check"
            });
            const body = fit(COMMENT_LEVELS.map(detail => ({
                ...detail,
                rows: 0,
                bars: 0
            })), detail => report(outcome, context, {}, detail, "###"), text => text.length <= COMMENT_BUDGET_CHARS, () => minimal(outcome, context, {}));
            return (0, util_text.IN)(body, COMMENT_BUDGET_CHARS, "the whole report is in the run's job summary");
        }
        function report(outcome, context, extras, detail, level) {
            const last = outcome.attempts.at(-1);
            const parts = [ `${level} ${(0, markdown_first_screen.R_)(outcome, context)}`, (0, 
            markdown_first_screen.BT)(outcome, context), outcome.leftovers ? (0, markdown_first_screen.zC)(outcome.leftovers, "main") : "", outcome.error ? (0, 
            markdown_first_screen.lr)(outcome.error) : "", outcome.repeat ? (0, flake.wE)(outcome.repeat) : "", last ? (0, 
            markdown_first_screen.Gf)(last, detail) : "", last && !outcome.error && last.verdict.result !== "passed" ? (0, 
            markdown_first_screen.c0)(last.verdict) : "", ...(extras.notes ?? []).map(note => `> [!NOTE]\n> ${(0, 
            render_escape.bC)(note, 1e3)}`), (0, trend_section.rQ)(context.trend), outcome.error ? (0, 
            markdown_sections.zr)(outcome.error) : "", last ? (0, markdown_sections.Jb)(last.timeline) : "", last ? (0, 
            markdown_sections.V6)(last.verdict) : "", last ? (0, markdown_sections.RG)(last, detail) : "", (0, 
            markdown_sections.AX)(outcome, context, detail), footer(outcome, context, extras) ];
            const text = `${parts.filter(Boolean).join("\n\n")}\n`;
            return text.length > SUMMARY_MAX_BYTES ? void 0 : text;
        }
        function minimal(outcome, context, extras) {
            const last = outcome.attempts.at(-1);
            return `${[ `## ${(0, markdown_first_screen.R_)(outcome, context)}`, (0, markdown_first_screen.BT)(outcome, context), outcome.leftovers ? (0, 
            markdown_first_screen.zC)(outcome.leftovers, "main") : "", outcome.error ? (0, markdown_first_screen.lr)(outcome.error, 1e3) : "", last && last.verdict.result !== "passed" ? (0, 
            markdown_first_screen.c0)(last.verdict, 300) : "", "The timeline is too long to show here; it is in the timeline JSON file.", footer(outcome, context, extras) ].filter(Boolean).join("\n\n")}\n`;
        }
        function footer(outcome, context, extras) {
            const items = [];
            const link = (url, text) => `<a href="${(0, render_escape.ZD)(url)}">${text}</a>`;
            const matched = outcome.attempts.at(-1)?.verdict.message?.matched;
            if (matched) items.push(`pull error ${(0, render_escape.xs)(tailOf(matched.text, 70), 80)} matched the image`);
            if (extras.commentUrl) items.push(link(extras.commentUrl, "PR comment"));
            const files = [ context.timelinePath, context.junitPath ].filter(path => Boolean(path)).map(path => (0, 
            render_escape.xs)((0, external_node_path_.basename)(path), 80));
            if (files.length > 0) {
                const where = context.runUrl ? ` in the ${link(`${context.runUrl}#artifacts`, "run's artifacts")} when the workflow uploads them` : "";
                items.push(`${files.join(" and ")}${where}`);
            }
            if (context.readmeUrl) items.push(link(readingUrl(context.readmeUrl), "how to read this report"));
            return items.length > 0 ? `<sub>${items.join(" · ")}</sub>` : "";
        }
        function readingUrl(readmeUrl) {
            return `${readmeUrl.replace(/#.*$/, "")}#${READING_ANCHOR}`;
        }
        function tailOf(text, max) {
            const line = text.replace(/\s+/g, " ").trim();
            if (line.length <= max) return line;
            return `…${line.slice(line.length - max + 1).replace(/^\S*\s+/, "")}`;
        }
    },
    72312: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            ZK: () => renderGantt,
            rS: () => GANTT_LEGEND
        });
        var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70752);
        var _spans_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81566);
        var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
        const MERMAID_MAX_CHARS = 5e4;
        const GANTT_LEGEND = 'Red: the states that matched the path, numbered by step. Diamonds: the start, the Events of the path\'s states (each count once; the table lists every Event), and states shorter than 1 % of the attempt (their label has the real duration). Sections "gaps" and "polled": where a watch was down. Section "bounds", when the path has time bounds: the window each allowed (red when missed).';
        const SECTION_ORDER = [ "vm", "vmi", "pod", "events", "bounds", "gaps", "polled", "not drawn" ];
        function renderGantt(attempt, options) {
            const timeline = attempt.timeline;
            const spanMs = Math.max(1, timeline.endedAtMs);
            const bars = collectBars(attempt);
            if (bars.length === 0) return;
            const witness = attempt.verdict.witness === "any" ? "vm" : attempt.verdict.witness;
            bars.unshift({
                section: witness,
                label: "start",
                fromMs: 0,
                untilMs: 0,
                milestone: true
            });
            const drawn = limit(bars, options.maxBars);
            const lines = [ "gantt", "  dateFormat HH:mm:ss.SSS", ...axis(spanMs), "  todayMarker off" ];
            for (const section of sectionOrder(drawn, witness)) {
                lines.push(`  section ${section === witness ? `${section} (witness)` : section}`);
                for (const bar of drawn.filter(b => b.section === section)) {
                    const tags = [ bar.tag, bar.milestone ? "milestone" : void 0 ].filter(Boolean);
                    const end = bar.milestone ? "0ms" : clock(bar.untilMs);
                    lines.push(`    ${bar.label} :${[ ...tags, clock(bar.fromMs), end ].join(", ")}`);
                }
            }
            const source = lines.join("\n");
            if (source.length > MERMAID_MAX_CHARS && options.maxBars > 10) return renderGantt(attempt, {
                maxBars: Math.floor(options.maxBars / 2)
            });
            return source.length > MERMAID_MAX_CHARS ? void 0 : source;
        }
        function sectionOrder(bars, witness) {
            const sections = [ ...new Set(bars.map(bar => bar.section)) ];
            const rank = section => {
                const kind = section.split(" ")[0];
                if (kind === witness) return -1;
                const index = SECTION_ORDER.indexOf(kind === "not" ? "not drawn" : kind);
                return index < 0 ? SECTION_ORDER.length : index;
            };
            return sections.map((section, index) => ({
                section: section,
                index: index
            })).sort((a, b) => rank(a.section) - rank(b.section) || a.index - b.index).map(({section: section}) => section);
        }
        function axis(spanMs) {
            const format = spanMs < 6e4 ? "%S.%Ls" : spanMs < 36e5 ? "%M:%S" : "%H:%M";
            const steps = [];
            for (const [unitMs, unit] of [ [ 1, "millisecond" ], [ 1e3, "second" ], [ 6e4, "minute" ], [ 36e5, "hour" ] ]) {
                const nice = unit === "second" || unit === "minute" ? [ 1, 2, 5, 10, 15, 30 ] : [ 1, 2, 5, 10, 20, 50, 100, 200, 500 ];
                for (const n of nice) steps.push([ n * unitMs, `${n}${unit}` ]);
            }
            const wanted = spanMs / 8;
            const [, interval] = steps.find(([ms]) => ms >= wanted) ?? steps.at(-1);
            return [ `  axisFormat ${format}`, `  tickInterval ${interval}` ];
        }
        function collectBars(attempt) {
            const timeline = attempt.timeline;
            const bars = [];
            const spans = (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.xD)(timeline);
            const objectsOf = new Map;
            for (const span of spans) {
                const objects = objectsOf.get(span.witness) ?? new Set;
                objects.add(span.object);
                objectsOf.set(span.witness, objects);
            }
            const steps = attempt.verdict.matched;
            for (const span of spans) {
                const several = (objectsOf.get(span.witness)?.size ?? 0) > 1;
                const name = span.object.split("/").at(-1) ?? span.object;
                const step = steps.find(match => matches(match, span));
                const ms = span.untilMs - span.fromMs;
                const length = span.open ? ms < 1 ? "at end" : `${(0, _words_js__WEBPACK_IMPORTED_MODULE_1__.$G)(ms)} to end` : (0, 
                _words_js__WEBPACK_IMPORTED_MODULE_1__.$G)(ms);
                bars.push({
                    section: (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__._b)(several ? `${span.witness} ${name}` : span.witness, 40),
                    label: `${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__._b)(`${step ? `step ${step.step + 1} ` : ""}${span.state}`)} ${length}`,
                    fromMs: span.fromMs,
                    untilMs: span.untilMs,
                    tag: step ? "crit" : void 0,
                    milestone: (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.tQ)(ms, timeline)
                });
            }
            for (const event of pathEvents(attempt)) {
                const count = event.count !== void 0 && event.count > 1 ? ` x${event.count}` : "";
                const reason = event.reason && event.reason !== event.state ? `${event.reason} ` : "";
                const step = steps.find(match => match.byEventCount && match.atMs === event.atMs && match.state === event.state);
                bars.push({
                    section: "events",
                    label: (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__._b)(`${step ? `step ${step.step + 1} ` : ""}${reason}${event.state}${count}`),
                    fromMs: event.atMs,
                    untilMs: event.atMs,
                    tag: step ? "crit" : void 0,
                    milestone: true
                });
            }
            for (const bound of (0, _words_js__WEBPACK_IMPORTED_MODULE_1__.BO)(attempt.verdict)) {
                const windowMs = bound.withinMs ?? bound.afterMs;
                if (windowMs === void 0) continue;
                const untilMs = Math.max(bound.fromMs, Math.min(bound.fromMs + windowMs, timeline.endedAtMs));
                bars.push({
                    section: "bounds",
                    label: (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__._b)(`${bound.bound}${bound.result === "passed" ? "" : " missed"}`),
                    fromMs: bound.fromMs,
                    untilMs: untilMs,
                    tag: bound.result === "passed" ? "done" : "crit",
                    milestone: (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.tQ)(untilMs - bound.fromMs, timeline)
                });
            }
            for (const gap of (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.dc)(timeline)) {
                const ms = gap.untilMs - gap.atMs;
                bars.push({
                    section: "gaps",
                    label: `${(0, _escape_js__WEBPACK_IMPORTED_MODULE_0__._b)(`${gap.resource} ${gap.cause}`)} ${(0, 
                    _words_js__WEBPACK_IMPORTED_MODULE_1__.$G)(ms)}`,
                    fromMs: gap.atMs,
                    untilMs: gap.untilMs,
                    tag: "active",
                    milestone: (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.tQ)(ms, timeline)
                });
            }
            for (const polling of (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.H7)(timeline)) {
                const untilMs = Math.max(polling.atMs, polling.untilMs ?? timeline.endedAtMs);
                bars.push({
                    section: "polled",
                    label: (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__._b)(`${polling.resource} every ${(0, 
                    _words_js__WEBPACK_IMPORTED_MODULE_1__.a3)(polling.intervalMs)}`),
                    fromMs: polling.atMs,
                    untilMs: untilMs,
                    tag: "done",
                    milestone: (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.tQ)(untilMs - polling.atMs, timeline)
                });
            }
            return bars;
        }
        function pathEvents(attempt) {
            const named = new Set(attempt.verdict.matched.map(match => match.state));
            for (const word of attempt.verdict.expectedPath.match(/[A-Za-z][\w-]*/g) ?? []) named.add(word);
            const seen = new Set;
            return (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.mi)(attempt.timeline).filter(event => {
                const key = `${event.state}\0${event.count ?? 1}`;
                if (!named.has(event.state) || seen.has(key)) return false;
                seen.add(key);
                return true;
            });
        }
        function matches(match, span) {
            return match.witness === span.witness && match.state === span.state && span.fromMs <= match.atMs && (match.atMs < span.untilMs || match.atMs === span.fromMs);
        }
        function limit(bars, max) {
            if (bars.length <= max) return bars;
            const byTime = [ ...bars ].sort((a, b) => a.fromMs - b.fromMs);
            const {head: head, omitted: omitted, tail: tail} = (0, _spans_js__WEBPACK_IMPORTED_MODULE_2__.U_)(byTime, Math.max(1, max - 1));
            const left = byTime.slice(head.length, head.length + omitted);
            const first = left[0];
            const summary = {
                section: "not drawn",
                label: (0, _escape_js__WEBPACK_IMPORTED_MODULE_0__._b)(`${omitted} more bars, see the table`),
                fromMs: first.fromMs,
                untilMs: Math.max(first.fromMs + 1, ...left.map(bar => bar.untilMs)),
                tag: "done"
            };
            const kept = new Set([ ...head, ...tail ]);
            return [ ...bars.filter(bar => kept.has(bar)), summary ];
        }
        function clock(ms) {
            const total = Math.max(0, Math.round(ms));
            const pad = (value, width = 2) => String(value).padStart(width, "0");
            const hours = Math.floor(total / 36e5) % 24;
            const minutes = Math.floor(total / 6e4) % 60;
            const seconds = Math.floor(total / 1e3) % 60;
            return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 1e3, 3)}`;
        }
    },
    81566: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
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
    55354: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Fo: () => checksOutput,
            M_: () => checkContext,
            YE: () => suiteExplanation,
            pZ: () => renderSuiteTerminal,
            qT: () => renderSuiteMarkdown,
            tc: () => renderSuiteJunit
        });
        var _trend_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88796);
        var _util_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26518);
        var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
        var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70752);
        var _markdown_sections_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81083);
        var _trend_section_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75290);
        var _words_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2250);
        const ORDER = [ "failed", "inconclusive", "flaky", "passed" ];
        const ICON = {
            failed: "❌",
            inconclusive: "⚠️",
            flaky: "🟡",
            passed: "✅"
        };
        function checksInReportOrder(checks) {
            return ORDER.flatMap(result => checks.filter(check => check.outcome.result === result));
        }
        function checkContext(context, check) {
            const {trend: _trend, checkTrends: checkTrends, ...rest} = context;
            const trend = checkTrends && Object.hasOwn(checkTrends, check.name) ? checkTrends[check.name] : void 0;
            return {
                ...rest,
                ...trend && {
                    trend: trend
                },
                checkName: check.name,
                expectedPath: check.expectedPath,
                witness: check.witness,
                image: check.image,
                attemptsAllowed: check.attemptsAllowed
            };
        }
        function pathSeen(check) {
            const last = check.outcome.attempts.at(-1);
            if (check.outcome.error && !last) return (0, _words_js__WEBPACK_IMPORTED_MODULE_6__.Mn)(check.outcome.error);
            const path = last?.verdict.observedPath.join(" -> ") ?? "";
            return path || "nothing";
        }
        function countsWords(checks) {
            return ORDER.map(result => ({
                result: result,
                count: checks.filter(check => check.outcome.result === result).length
            })).filter(({count: count}) => count > 0).map(({result: result, count: count}) => `${count} ${result}`).join(", ");
        }
        function suiteChecks(outcome) {
            return outcome.checks ?? [];
        }
        function headline(outcome) {
            const checks = suiteChecks(outcome);
            return `${(0, _words_js__WEBPACK_IMPORTED_MODULE_6__.LS)(checks.length, "check")}: ${countsWords(checks)} · ${(0, 
            _util_duration_js__WEBPACK_IMPORTED_MODULE_1__.a3)(outcome.durationMs)}${outcome.environment?.kubevirtVersion ? ` · KubeVirt ${outcome.environment.kubevirtVersion}` : ""}`;
        }
        function renderSuiteTerminal(outcome, context, renderCheck) {
            const checks = checksInReportOrder(suiteChecks(outcome));
            const nameWidth = Math.min(30, Math.max(5, ...checks.map(check => check.name.length)));
            const lines = [ `KubeVirt transition check suite "${(0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(context.checkName)}": ${outcome.result.toUpperCase()} (${headline(outcome)})`, "", ...checks.map(check => `  ${check.outcome.result.toUpperCase().padEnd(12)} ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_6__.xv)((0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(check.name), nameWidth).padEnd(nameWidth)}  ${(0, 
            _util_duration_js__WEBPACK_IMPORTED_MODULE_1__.a3)(check.outcome.durationMs).padStart(7)}  ${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_6__.xv)((0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(pathSeen(check)), 100)}`) ];
            if (outcome.leftovers) lines.push("", `  left behind: ${outcome.leftovers.what}; remove with: ${outcome.leftovers.command}`);
            for (const check of checks) lines.push("", `── ${(0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(check.name)} (${(0, 
            _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(check.pathSource)}) ${"─".repeat(20)}`, renderCheck(check.outcome, checkContext(context, check)).trimEnd());
            return `${lines.join("\n")}\n`;
        }
        function suiteFirstScreen(outcome, context, heading) {
            const checks = checksInReportOrder(suiteChecks(outcome));
            const rows = checks.map(check => `| ${ICON[check.outcome.result]} | ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_3__.YO)(check.name, 100)} | ${check.outcome.error ? "could not run" : check.outcome.result} | ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.xs)((0, _words_js__WEBPACK_IMPORTED_MODULE_6__.xv)((0, 
            _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(pathSeen(check)), 120), 160)} | ${(0, 
            _util_duration_js__WEBPACK_IMPORTED_MODULE_1__.a3)(check.outcome.durationMs)} |`);
            return [ `${heading} ${ICON[outcome.result]} KubeVirt transition check suite ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.YO)(context.checkName, 100)}: ${outcome.result}`, "", (0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.bC)(headline(outcome)), "", "| | check | result | path seen | took |", "| --- | --- | --- | --- | --- |", ...rows, ...regressedLines(context), ...outcome.leftovers ? [ "", `**Left behind:** ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.bC)(outcome.leftovers.what)}; remove with ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.xs)(outcome.leftovers.command)}` ] : [] ].join("\n");
        }
        function regressedLines(context) {
            const regressed = (0, _trend_section_js__WEBPACK_IMPORTED_MODULE_5__.m5)(context.checkTrends);
            if (regressed.length === 0) return [];
            return [ "", "**Timing regressed** (each check's report below has its table):", "", ...regressed.map(([name, trend]) => `- ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.xs)(name, 100)}: ${(0, _escape_js__WEBPACK_IMPORTED_MODULE_3__.bC)((0, 
            _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.Se)(trend), 1e3)}`) ];
        }
        function foldedCheck(check, body) {
            return (0, _markdown_sections_js__WEBPACK_IMPORTED_MODULE_4__.TM)(`${ICON[check.outcome.result]} <b>${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.YO)(check.name, 100)}</b>: ${check.outcome.result}, expected ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.xs)(check.expectedPath, 200)} (${(0, _escape_js__WEBPACK_IMPORTED_MODULE_3__.bC)(check.pathSource, 200)})`, body.trim());
        }
        function renderSuiteMarkdown(outcome, context, options) {
            const size = options.size ?? (text => text.length);
            const parts = [ suiteFirstScreen(outcome, context, options.heading) ];
            if (options.after) parts.push(options.after);
            const checks = checksInReportOrder(suiteChecks(outcome));
            const left = [];
            const reserve = 400 + checks.reduce((sum, check) => sum + check.name.length + 6, 0);
            let used = size(parts.join("\n\n"));
            for (const check of checks) {
                const at = checkContext(context, check);
                let detail = foldedCheck(check, options.renderCheck(check.outcome, at));
                if (used + size(detail) + reserve > options.maxChars) detail = foldedCheck(check, options.renderShort(check.outcome, at));
                if (used + size(detail) + reserve > options.maxChars) {
                    left.push(check.name);
                    continue;
                }
                parts.push(detail);
                used += size(detail) + 2;
            }
            if (left.length > 0) parts.push(`_Not shown here for size: ${left.map(name => (0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_3__.YO)(name, 100)).join(", ")}; ${options.instead}._`);
            return (0, _util_text_js__WEBPACK_IMPORTED_MODULE_2__.IN)(parts.join("\n\n"), options.maxChars, options.instead);
        }
        function attr(values) {
            return Object.entries(values).map(([name, value]) => `${name}="${(0, _escape_js__WEBPACK_IMPORTED_MODULE_3__.X)(String(value))}"`).join(" ");
        }
        function seconds(ms) {
            return (ms / 1e3).toFixed(3);
        }
        function failureText(check) {
            const last = check.outcome.attempts.at(-1)?.verdict;
            if (check.outcome.error) return check.outcome.error.message;
            if (!last) return "no attempt ran";
            return [ last.explanation, ...last.causes.map(cause => `Cause: ${cause}`) ].join("\n");
        }
        function renderSuiteJunit(outcome, context, renderCheck) {
            const checks = suiteChecks(outcome);
            const failures = checks.filter(check => !check.outcome.error && [ "failed", "inconclusive" ].includes(check.outcome.result)).length;
            const errors = checks.filter(check => check.outcome.error).length;
            const counts = {
                tests: checks.length,
                failures: failures,
                errors: errors,
                skipped: 0,
                time: seconds(outcome.durationMs)
            };
            const classname = `kubevirt-transition-check.${(0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(context.checkName)}`;
            const cases = checks.map(check => {
                const {outcome: result} = check;
                const lines = [ `    <testcase ${attr({
                    classname: classname,
                    name: (0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(check.name),
                    time: seconds(result.durationMs)
                })}>` ];
                const message = (0, _words_js__WEBPACK_IMPORTED_MODULE_6__.xv)((0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(failureText(check)), 300);
                if (result.error) lines.push(`      <error ${attr({
                    message: message,
                    type: result.error.stage
                })}>${(0, _escape_js__WEBPACK_IMPORTED_MODULE_3__.X)(failureText(check))}</error>`); else if (result.result === "failed" || result.result === "inconclusive") lines.push(`      <failure ${attr({
                    message: message,
                    type: result.result
                })}>${(0, _escape_js__WEBPACK_IMPORTED_MODULE_3__.X)(failureText(check))}</failure>`); else if (result.result === "flaky") for (const attempt of result.attempts.filter(a => a.verdict.result !== "passed")) lines.push(`      <flakyFailure ${attr({
                    message: (0, _words_js__WEBPACK_IMPORTED_MODULE_6__.xv)((0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(attempt.verdict.explanation), 300),
                    type: attempt.verdict.result
                })}/>`);
                lines.push(`      <system-out>${(0, _escape_js__WEBPACK_IMPORTED_MODULE_3__.X)(renderCheck(result, checkContext(context, check)))}</system-out>`, "    </testcase>");
                return lines.join("\n");
            });
            return [ '<?xml version="1.0" encoding="UTF-8"?>', `<testsuites ${attr({
                name: "kubevirt-transition-check",
                ...counts
            })}>`, `  <testsuite ${attr({
                name: (0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(context.checkName),
                ...counts
            })}>`, "    <properties>", `      <property ${attr({
                name: "result",
                value: outcome.result
            })}/>`, ...context.runUrl ? [ `      <property ${attr({
                name: "run",
                value: context.runUrl
            })}/>` ] : [], "    </properties>", ...cases, "  </testsuite>", "</testsuites>", "" ].join("\n");
        }
        function checksOutput(outcome) {
            return JSON.stringify(suiteChecks(outcome).map(check => ({
                name: check.name,
                ...check.preset && {
                    scenario: check.preset
                },
                result: check.outcome.result,
                expectedPath: check.expectedPath,
                observedPath: check.outcome.attempts.at(-1)?.verdict.observedPath.join(" -> ") ?? "",
                durationMs: check.outcome.durationMs,
                attemptsUsed: check.outcome.attempts.length,
                ...check.outcome.error && {
                    error: check.outcome.error.message
                }
            })));
        }
        function suiteExplanation(outcome) {
            return checksInReportOrder(suiteChecks(outcome)).map(check => {
                const last = check.outcome.attempts.at(-1)?.verdict;
                const why = check.outcome.error ? (0, _words_js__WEBPACK_IMPORTED_MODULE_6__.Mn)(check.outcome.error) : last?.explanation ?? "no attempt ran";
                return `${check.name}: ${check.outcome.result}. ${(0, _words_js__WEBPACK_IMPORTED_MODULE_6__.TN)(why)}`;
            }).join("\n");
        }
    },
    75290: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Er: () => suiteTrendOutputs,
            MS: () => trendOutputs,
            m5: () => regressedChecks,
            rQ: () => renderTrendSection
        });
        var _trend_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88796);
        var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70752);
        const MAX_CHARTS = 3;
        const LINE_COLOUR = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da"}}}}%%';
        function renderTrendSection(comparison) {
            if (!comparison) return "";
            const headline = (0, _escape_js__WEBPACK_IMPORTED_MODULE_1__.bC)((0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.Se)(comparison), 2e3);
            const notes = (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.h5)(comparison).map(note => `> [!NOTE]\n> ${(0, 
            _escape_js__WEBPACK_IMPORTED_MODULE_1__.bC)(note, 1e3)}`);
            const rows = (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.fk)(comparison);
            const leftOut = (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.KY)(comparison);
            const details = [ rows.length > 0 ? trendTable(rows, comparison.minHistory) : "", leftOut > 0 ? `… and ${leftOut} more flagged metrics: \`kubevirt-transition-check compare --all\` over the timeline JSON files lists every metric.` : "", ...trendCharts(comparison) ].filter(Boolean).join("\n\n");
            const runs = `${comparison.history.length} earlier run${comparison.history.length === 1 ? "" : "s"}`;
            const fold = (summary, body) => `<details><summary>${summary}</summary>\n\n${body.filter(Boolean).join("\n\n")}\n\n</details>`;
            if (comparison.regressions.length > 0) return [ "### Timing regressed", headline, ...notes, fold(`This run against ${runs}: the table and the trend charts`, [ details ]) ].join("\n\n");
            return fold(`Timing compared with ${runs}`, [ headline, ...notes, details ]);
        }
        function trendTable(rows, minHistory) {
            const lines = [ "| metric | this run | median of history | range, MAD | change | |", "| --- | ---: | ---: | ---: | ---: | --- |" ];
            for (const metric of rows) {
                const median = metric.spread ? `${(0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.Fl)(metric.spread.median, metric.unit)} (n = ${metric.spread.n})` : "";
                const flag = (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.AN)(metric, minHistory);
                const cells = [ (0, _escape_js__WEBPACK_IMPORTED_MODULE_1__.bC)(metric.name, 120), metric.current === void 0 ? "" : (0, 
                _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.Fl)(metric.current, metric.unit), median, (0, 
                _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.tK)(metric), (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.eD)(metric), metric.verdict === "regression" ? `**${flag}**` : flag ];
                lines.push(`| ${cells.join(" | ")} |`);
            }
            return lines.join("\n");
        }
        function trendCharts(comparison) {
            const rank = metric => (metric.verdict === "regression" ? 0 : 2) + (metric.key ? 0 : 1);
            return comparison.metrics.filter(metric => metric.current !== void 0 && metric.history.length > 0).filter(metric => rank(metric) < 3).sort((a, b) => rank(a) - rank(b)).slice(0, MAX_CHARTS).map(metric => {
                const runsAgo = metric.historyRuns.map(index => `"-${comparison.history.length - index}"`);
                const values = [ ...metric.history, metric.current ].map(value => metric.unit === "ms" && Math.abs(value) < 10 ? value.toFixed(1) : String(Math.round(value)));
                return [ "```mermaid", LINE_COLOUR, "xychart-beta", `  title "${(0, _escape_js__WEBPACK_IMPORTED_MODULE_1__._b)(`${metric.name.replace(/→/g, "-")} ${metric.unit}`, 80)}"`, `  x-axis "runs ago" [${[ ...runsAgo, '"now"' ].join(", ")}]`, `  y-axis "${metric.unit}"`, `  line [${values.join(", ")}]`, "```" ].join("\n");
            });
        }
        function trendOutputs(comparison) {
            if (!comparison) return {
                regressions: "[]",
                "trend-summary": ""
            };
            return {
                regressions: JSON.stringify(regressionItems(comparison)),
                "trend-summary": [ (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.Se)(comparison), ...(0, 
                _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.h5)(comparison) ].join(" ")
            };
        }
        function suiteTrendOutputs(checkTrends) {
            if (!checkTrends) return {
                regressions: "[]",
                "trend-summary": ""
            };
            const checks = Object.entries(checkTrends);
            const regressions = checks.flatMap(([check, comparison]) => regressionItems(comparison).map(item => ({
                check: check,
                ...item
            })));
            const regressed = comparison => comparison.regressions.length > 0;
            const lines = [ ...checks.filter(([, comparison]) => regressed(comparison)), ...checks.filter(([, comparison]) => !regressed(comparison)) ].map(([check, comparison]) => `'${check}': ${(0, 
            _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.Se)(comparison)}`);
            const notes = new Set(checks.flatMap(([, comparison]) => (0, _trend_index_js__WEBPACK_IMPORTED_MODULE_0__.h5)(comparison)));
            return {
                regressions: JSON.stringify(regressions),
                "trend-summary": [ ...lines, ...notes ].join("\n")
            };
        }
        function regressedChecks(checkTrends) {
            return Object.entries(checkTrends ?? {}).filter(([, comparison]) => comparison.regressions.length > 0);
        }
        function regressionItems(comparison) {
            const round = value => value === void 0 ? void 0 : Math.round(value * 10) / 10;
            return comparison.regressions.map(metric => ({
                metric: metric.name,
                current: round(metric.current),
                median: round(metric.spread?.median),
                change: round(metric.change),
                changePercent: round(metric.changePercent),
                runs: metric.history.length
            }));
        }
    },
    2250: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
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
