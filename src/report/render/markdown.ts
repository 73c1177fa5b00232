// The job summary, the sticky PR comment and the nightly issue, as GitHub markdown. The first
// screen answers "what was expected, what happened, should I worry": a heading with the result,
// one sentence, the path table (and, for a failure, why). Everything else is folded into
// `<details>`, one section per function, so a new section is one more function. Long timelines
// are summarised level by level until the text fits GitHub's limits.
import { basename } from 'node:path';
import type { GapEntry, PollingEntry, StateEntry, Timeline, Witness } from '../../observe/types.ts';
import type { CheckResult, StepMatch, Verdict, WitnessChoice } from '../../verify/types.ts';
import type { Attempt, CheckError, CheckOutcome, Leftovers } from '../../outcome.ts';
import type { ReportContext } from './context.ts';
import { escapeHtml, markerKey, mdCode, mdLine, mdPre, mdText } from './escape.ts';
import { oneSecondMiss, pollingMissLine, repeatSentence, repeatTable } from './flake.ts';
import { GANTT_LEGEND, renderGantt } from './mermaid.ts';
import {
  gapsOf,
  headAndTail,
  howMatched,
  isShort,
  pollingOf,
  shortObjectName,
  timelineRows,
  type TimelineRow,
} from './spans.ts';
import {
  boundUsage,
  boundsOf,
  formatDuration,
  formatLasted,
  formatOffset,
  plural,
  printableLines,
  shortLine,
  stageWords,
  truncate,
  weakerEvidence,
} from './words.ts';
import { renderTrendSection } from './trend-section.ts';
import { cutText } from '../../util/text.ts';

/** GitHub rejects a step summary over 1024 KiB; this leaves room for other steps' lines. */
export const SUMMARY_MAX_BYTES = 1_000_000;
/** GitHub's limit for an issue or PR comment body is 65 536 characters. */
export const COMMENT_MAX_CHARS = 65_536;
const COMMENT_BUDGET_CHARS = 60_000;

/** How much of each attempt a rendering shows; lowered step by step for long timelines. */
export interface Detail {
  /** Rows of the timeline table per attempt (first two thirds, last third). */
  rows: number;
  /** Bars of the gantt; 0 leaves the chart out. */
  bars: number;
  /** Characters of a message cell. */
  messageMax: number;
  /** Rows of the path match table. */
  pathSteps: number;
  /** Sections for the attempts before the last one, or only their line in the verdict list. */
  earlierAttempts: 'full' | 'brief';
}

const SUMMARY_LEVELS: Detail[] = [
  { rows: 100, bars: 150, messageMax: 300, pathSteps: 200, earlierAttempts: 'full' },
  { rows: 60, bars: 80, messageMax: 200, pathSteps: 100, earlierAttempts: 'full' },
  { rows: 30, bars: 40, messageMax: 150, pathSteps: 50, earlierAttempts: 'brief' },
  { rows: 10, bars: 0, messageMax: 100, pathSteps: 20, earlierAttempts: 'brief' },
];

const COMMENT_LEVELS: Detail[] = [
  { rows: 60, bars: 60, messageMax: 200, pathSteps: 40, earlierAttempts: 'brief' },
  { rows: 30, bars: 30, messageMax: 120, pathSteps: 20, earlierAttempts: 'brief' },
  { rows: 10, bars: 0, messageMax: 80, pathSteps: 10, earlierAttempts: 'brief' },
];

const RESULT_ICON: Record<CheckResult, string> = {
  passed: '✅',
  flaky: '⚠️',
  failed: '❌',
  inconclusive: '❔',
};

const WITNESS_NOUN: Record<Witness | WitnessChoice, string> = {
  vm: 'the VM',
  vmi: 'the VMI',
  pod: 'the launcher pod',
  event: 'Events',
  any: 'the VM, VMI or pod',
};

/** Where the README explains every part of the report. */
const READING_ANCHOR = 'reading-the-report';

/** Extra facts for the links line and notes the publisher wants readers to see. */
export interface MarkdownExtras {
  commentUrl?: string;
  /** Sentences shown as notes (escaped), e.g. why the PR comment was not written. */
  notes?: string[];
}

/** The job summary. Guarantee: at most SUMMARY_MAX_BYTES of UTF-8. */
export function renderSummary(
  outcome: CheckOutcome,
  context: ReportContext,
  extras: MarkdownExtras = {},
): string {
  return fit(
    SUMMARY_LEVELS,
    (detail) => report(outcome, context, extras, detail, '##'),
    (text) => Buffer.byteLength(text, 'utf8') <= SUMMARY_MAX_BYTES,
    () => minimal(outcome, context, extras),
  );
}

/** The hidden marker that finds this check's sticky comment again. */
export function commentMarker(checkName: string): string {
  return `<!-- kubevirt-transition-check:comment key=${markerKey(checkName)} -->`;
}

/** The hidden marker that finds this check's nightly issue again. */
export function issueMarker(checkName: string): string {
  return `<!-- kubevirt-transition-check:issue key=${markerKey(checkName)} -->`;
}

/**
 * The sticky PR comment, ending with the check's hidden marker. Guarantee: under
 * COMMENT_MAX_CHARS characters.
 */
export function renderComment(outcome: CheckOutcome, context: ReportContext): string {
  const marker = commentMarker(context.checkName);
  const budget = COMMENT_BUDGET_CHARS - marker.length - 1;
  const body = fit(
    COMMENT_LEVELS,
    (detail) => report(outcome, context, {}, detail, '###'),
    (text) => text.length <= budget,
    () => minimal(outcome, context, {}),
  );
  // Whatever the levels left, the body and the marker together stay under GitHub's limit.
  return `${cutText(body.trimEnd(), budget, 'the whole report is in the job summary')}\n${marker}`;
}

/**
 * A shorter body for the nightly issue and its comments: the first screen and the verdict in
 * full, no timeline. Guarantee: under COMMENT_MAX_CHARS characters.
 */
export function renderIssueBody(outcome: CheckOutcome, context: ReportContext): string {
  const body = fit(
    COMMENT_LEVELS.map((detail) => ({ ...detail, rows: 0, bars: 0 })),
    (detail) => report(outcome, context, {}, detail, '###'),
    (text) => text.length <= COMMENT_BUDGET_CHARS,
    () => minimal(outcome, context, {}),
  );
  return cutText(body, COMMENT_BUDGET_CHARS, "the whole report is in the run's job summary");
}

/** The first level whose rendering fits; `render` may give up early (undefined) when it cannot. */
function fit(
  levels: Detail[],
  render: (detail: Detail) => string | undefined,
  fits: (text: string) => boolean,
  fallback: () => string,
): string {
  for (const detail of levels) {
    const text = render(detail);
    if (text !== undefined && fits(text)) return text;
  }
  return fallback();
}

/** Every rendering: the first screen, then the folded sections, then the footer. */
function report(
  outcome: CheckOutcome,
  context: ReportContext,
  extras: MarkdownExtras,
  detail: Detail,
  level: '##' | '###',
): string | undefined {
  const last = outcome.attempts.at(-1);
  const parts = [
    `${level} ${heading(outcome, context)}`,
    verdictSentence(outcome, context),
    outcome.leftovers ? leftoversNote(outcome.leftovers, 'main') : '',
    outcome.error ? stoppedBlock(outcome.error) : '',
    outcome.repeat ? repeatTable(outcome.repeat) : '',
    last ? pathTable(last, detail) : '',
    last && !outcome.error && last.verdict.result !== 'passed' ? whyBlock(last.verdict) : '',
    ...(extras.notes ?? []).map((note) => `> [!NOTE]\n> ${mdText(note, 1000)}`),
    renderTrendSection(context.trend),
    // Folded: one line each until opened.
    outcome.error ? fullErrorSection(outcome.error) : '',
    last ? gapsSection(last.timeline) : '',
    last ? verdictSection(last.verdict) : '',
    last ? timelineSection(last, detail) : '',
    earlierAttemptsSection(outcome, context, detail),
    footer(outcome, context, extras),
  ];
  const text = `${parts.filter(Boolean).join('\n\n')}\n`;
  // Characters never outnumber UTF-8 bytes: past the budget, this level cannot fit.
  return text.length > SUMMARY_MAX_BYTES ? undefined : text;
}

/** The smallest report: the first screen without tables, for when nothing else fits. */
function minimal(outcome: CheckOutcome, context: ReportContext, extras: MarkdownExtras): string {
  const last = outcome.attempts.at(-1);
  return `${[
    `## ${heading(outcome, context)}`,
    verdictSentence(outcome, context),
    outcome.leftovers ? leftoversNote(outcome.leftovers, 'main') : '',
    outcome.error ? stoppedBlock(outcome.error, 1000) : '',
    last && last.verdict.result !== 'passed' ? whyBlock(last.verdict, 300) : '',
    'The timeline is too long to show here; it is in the timeline JSON file.',
    footer(outcome, context, extras),
  ]
    .filter(Boolean)
    .join('\n\n')}\n`;
}

// ── First screen ────────────────────────────────────────────────────────────────────────────

/** `✅ KubeVirt transition check `name`: passed (polled)`: weaker evidence shows here. */
function heading(outcome: CheckOutcome, context: ReportContext): string {
  return `${RESULT_ICON[outcome.result]} KubeVirt transition check ${mdCode(context.checkName, 100)}: ${resultWords(outcome)}`;
}

function resultWords(outcome: CheckOutcome): string {
  if (outcome.error) return 'could not run';
  const last = outcome.attempts.at(-1);
  if (!last || (outcome.result !== 'passed' && outcome.result !== 'flaky')) return outcome.result;
  const weaker = weakerEvidence(last.verdict);
  return weaker.length > 0 ? `${outcome.result} (${weaker.join(', ')})` : outcome.result;
}

/** Cleanup left something behind: what, why, and the command that removes it. */
export function leftoversNote(left: Leftovers, step: 'main' | 'post'): string {
  const next =
    step === 'main'
      ? 'The post step tries again; if it cannot either, remove it with'
      : 'The post step could not either; remove it with';
  return `> [!WARNING]\n> Cleanup could not remove ${mdText(left.what, 300)}: ${mdText(left.why, 600)}. ${next} ${mdCode(left.command, 400)}`;
}

/**
 * One sentence: which steps, on which witness, seen how, how long, which attempt of how many,
 * the commit and the run.
 */
function verdictSentence(outcome: CheckOutcome, context: ReportContext): string {
  const last = outcome.attempts.at(-1);
  const where = [commitLink(context), runLink(context)].filter(Boolean).join(' · ');
  const tail = where ? ` · ${where}` : '';
  if (outcome.error) {
    const before =
      outcome.attempts.length > 0
        ? `after ${outcome.attempts.map((a) => `attempt ${a.number} ${a.verdict.result}`).join(', ')}`
        : 'before any attempt ran';
    return `**Stopped in ${stageWords(outcome.error.stage)}** after ${formatDuration(outcome.durationMs)}, ${before}${tail}`;
  }
  if (!last) return `**No attempt ran**${tail}`;
  if (outcome.repeat)
    return `${repeatSentence(outcome.repeat)} in ${formatDuration(outcome.durationMs)}${tail}`;
  const which = `(attempt ${last.number} of ${context.attemptsAllowed}${earlierResults(outcome)})`;
  return `${whatHappened(last.verdict)} in ${formatDuration(last.durationMs)} ${which}${tail}`;
}

function earlierResults(outcome: CheckOutcome): string {
  const earlier = outcome.attempts.slice(0, -1);
  if (earlier.length === 0) return '';
  const failed = earlier.map((attempt) => `${attempt.number} ${attempt.verdict.result}`);
  return `, after attempt ${failed.join(', ')}`;
}

/** The verdict of one attempt as the bold start of the sentence. */
function whatHappened(verdict: Verdict): string {
  const path = mdCode(verdict.expectedPath, 200);
  const matched = verdict.matched;
  const seen = matched.length > 0 ? ` on ${seenOn(matched)} by ${seenHow(matched)}` : '';
  const mismatch = verdict.mismatch;
  if (verdict.result === 'passed') {
    if (matched.length === 0) return `**None of the forbidden states of** ${path} **seen**`;
    return `**All ${plural(matched.length, 'step')} of** ${path} **seen${seen}**`;
  }
  const forbidden = verdict.forbidden;
  if (forbidden) {
    return `**Forbidden state ${mdCode(forbidden.state, 80)} seen on ${WITNESS_NOUN[forbidden.witness]}** at ${formatOffset(forbidden.atMs)} (${path})`;
  }
  const bound = verdict.boundFailure;
  if (bound && verdict.result === 'failed') {
    return `**${mdCode(bound.expected ?? 'a step', 80)} missed its bound ${mdCode(bound.bound, 60)}** in ${path}${matched.length > 0 ? ` after ${plural(matched.length, 'step')} seen by ${seenHow(matched)}` : ''}`;
  }
  if (!mismatch) {
    return `**All steps of** ${path} **seen${seen}, but the pull error message did not match**`;
  }
  const step = `step ${mismatch.step + 1} (${mdCode(mismatch.expected, 80)})`;
  const instead = headAndTail(mismatch.seenInstead, 3);
  const showed =
    instead.head.length > 0
      ? ` (it showed ${[...instead.head, ...instead.tail].map((s) => mdCode(s, 60)).join(', ')}${instead.omitted > 0 ? ' and more' : ''} instead)`
      : '';
  const before =
    matched.length > 0
      ? ` after ${plural(matched.length, 'step')} seen by ${seenHow(matched)}`
      : '';
  const noun = WITNESS_NOUN[verdict.witness];
  if (verdict.result === 'inconclusive') {
    return `**Timed out waiting for ${step} of** ${path} **on ${noun}**${before}${showed}`;
  }
  return `**${capitalize(step)} of** ${path} **never came on ${noun}**${before}${showed}`;
}

function seenOn(matched: StepMatch[]): string {
  const witnesses = [...new Set(matched.map((match) => match.witness))];
  return witnesses.map((witness) => WITNESS_NOUN[witness]).join(' and ');
}

function seenHow(matched: StepMatch[]): string {
  const how = new Set(
    matched.map((match) =>
      match.byEventCount ? 'Event count' : match.seenBy === 'poll' ? 'poll' : 'watch',
    ),
  );
  return [...how].join(' and ');
}

function commitLink(context: ReportContext): string {
  if (!context.commit) return '';
  return `commit <a href="${escapeHtml(context.commit.url)}">${mdCode(context.commit.sha.slice(0, 7), 7)}</a>`;
}

function runLink(context: ReportContext): string {
  return context.runUrl ? `<a href="${escapeHtml(context.runUrl)}">workflow run</a>` : '';
}

/**
 * The matched steps with when each state began, how long it lasted (⚡ when too short to see
 * at the attempt's scale) and who saw it; then the first step that did not match.
 */
function pathTable(attempt: Attempt, detail: Detail): string {
  if (detail.pathSteps <= 0) return '';
  const verdict = attempt.verdict;
  const rows = verdict.matched.map((match, index) => {
    const state = `✅ ${mdCode(match.state, 80)}${match.join === 'next' ? ' (next)' : ''}`;
    return `| ${match.step + 1} | ${state} | ${formatOffset(match.atMs)} | ${lasted(verdict, index, attempt.timeline)} | ${oneSecondMiss(verdict, index)} | ${seenBy(match)} |`;
  });
  const { head, omitted, tail } = headAndTail(rows, detail.pathSteps);
  const lines = [
    '| # | state | at | lasted | 1 s polling misses it | seen by |',
    '| ---: | --- | ---: | ---: | ---: | --- |',
    ...head,
    ...(omitted > 0 ? [`| … | ${omitted} more matched steps | | | | |`] : []),
    ...tail,
  ];
  const mismatch = verdict.mismatch;
  if (mismatch) {
    const seen = headAndTail(mismatch.seenInstead, 6);
    const instead = [
      ...seen.head.map((state) => mdCode(state, 60)),
      ...(seen.omitted > 0 ? [`… ${seen.omitted} more`] : []),
      ...seen.tail.map((state) => mdCode(state, 60)),
    ];
    // Stuck on a bound: the state may well have come, only outside its window.
    const bound = verdict.boundFailure;
    lines.push(
      bound
        ? `| ${mismatch.step + 1} | ❌ ${mdCode(mismatch.expected, 80)} | missed its bound | | | ${mdText(boundUsage(bound), 200)} |`
        : `| ${mismatch.step + 1} | ❌ ${mdCode(mismatch.expected, 80)} | not seen | | | seen instead: ${instead.length > 0 ? instead.join(', ') : 'nothing'} |`,
    );
  } else if (verdict.matched.length === 0) {
    lines.push('| | no step matched | | | | |');
  }
  // The bound a mismatch row already shows is not listed again.
  const bounds = boundsOf(verdict).filter((bound) => !(mismatch && bound === verdict.boundFailure));
  if (bounds.length > 0) {
    const listed = bounds
      .slice(-10)
      .map(
        (bound) => `${bound.result === 'passed' ? '✅' : '❌'} ${mdText(boundUsage(bound), 200)}`,
      );
    lines.push('', `**Bounds** (observer's clock): ${listed.join('; ')}`);
  }
  return lines.join('\n');
}

/** How long the state of matched step `index` lasted: the dwell the polling-miss estimate used. */
function lasted(verdict: Verdict, index: number, timeline: Timeline) {
  // An Event is a moment, not a state with a duration.
  if (verdict.matched[index]?.byEventCount) return '(an Event)';
  const dwell = verdict.pollingMiss?.dwells[index];
  if (dwell?.dwellMs === undefined) return '';
  if (dwell.ongoing) return '(at end)';
  const ms = dwell.dwellMs;
  return isShort(ms, timeline) ? `**${formatLasted(ms)}** ⚡` : formatLasted(ms);
}

function seenBy(match: StepMatch): string {
  const parts: string[] = [match.witness, howMatched(match)];
  if (match.resourceVersion) parts.push(`rv ${mdText(match.resourceVersion, 30)}`);
  return parts.join(' · ');
}

/** Why an attempt did not pass, in two short lines: the explanation and the likeliest cause. */
function whyBlock(verdict: Verdict, max = 600): string {
  const lines = [`**Why:** ${mdText(verdict.explanation, max)}`];
  const [cause, ...more] = verdict.causes;
  if (cause) {
    const others = more.length > 0 ? ` (${plural(more.length, 'more cause')} below)` : '';
    lines.push(`**Likely cause:** ${mdText(cause, max)}${others}`);
  }
  return lines.join('  \n');
}

/**
 * Why the check could not run, as wrapped prose, and the command that fixes it (a `kubectl …`
 * the message ends with) alone in a code block, so neither is cut off and the fix can be copied.
 */
function stoppedBlock(error: CheckError, max = 1500): string {
  const { prose, command } = splitFix(error.message);
  const lines = printableLines(prose, max)
    .filter((line) => line.trim() !== '')
    .map((line) => mdLine(line, max));
  const parts = [lines.join('  \n')];
  if (command) parts.push(codeBlock(shortLine(command, 2000), 'sh'));
  return parts.filter(Boolean).join('\n\n');
}

/**
 * One line of untrusted text as a fenced code block (GitHub gives it a copy button): nothing in
 * it is markup, and its fence is longer than any run of backticks in it, so it cannot close it.
 */
function codeBlock(line: string, language: string): string {
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${line}\n${fence}`;
}

/** A fix the message ends with: from the last `kubectl` / `virtctl` to the end of its line. */
function splitFix(message: string): { prose: string; command?: string } {
  const matches = [...message.matchAll(/(?<=^|[\s:])(?:kubectl|virtctl) [^\n]+/gm)];
  const last = matches.at(-1);
  if (!last || last.index === undefined) return { prose: message };
  const prose = `${message.slice(0, last.index)}${message.slice(last.index + last[0].length)}`;
  return { prose: prose.trim(), command: last[0].trim() };
}

// ── Folded sections ─────────────────────────────────────────────────────────────────────────

function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The error message exactly as thrown, when the prose above had to shorten or reflow it. */
function fullErrorSection(error: CheckError): string {
  if (error.message.length <= 1500 && !error.message.includes('\n')) return '';
  return folded('The full error message', mdPre(error.message, 8000));
}

/** Watch gaps and polled stretches: where a state may have been missed or seen late. */
function gapsSection(timeline: Timeline): string {
  const gaps = gapsOf(timeline);
  const polling = pollingOf(timeline);
  if (gaps.length === 0 && polling.length === 0) return '';
  const items = [...gaps, ...polling]
    .sort((a, b) => a.atMs - b.atMs)
    .map((entry) => `- ${entry.kind === 'gap' ? gapLine(entry) : pollingLine(entry, timeline)}`);
  const { head, omitted, tail } = headAndTail(items, 30);
  const counts = [
    ...(gaps.length > 0 ? [plural(gaps.length, 'watch gap')] : []),
    ...(polling.length > 0 ? [plural(polling.length, 'polled stretch', 'polled stretches')] : []),
  ];
  return folded(
    `⚠️ ${counts.join(', ')}: states there may have been missed or seen late`,
    [...head, ...(omitted > 0 ? [`- … ${omitted} more, in the timeline JSON`] : []), ...tail].join(
      '\n',
    ),
  );
}

/** What a gap's cause means, in the words of its `cause` (whatever the observer recorded). */
const GAP_CAUSE: Record<GapEntry['cause'], string> = {
  expired: 'the watch expired (410 Gone) and relisted',
  disconnected: 'the watch was disconnected',
  timeout: 'the API server did not answer in time',
  forbidden: 'the watch was forbidden',
  throttled: 'the watch was throttled (429)',
  'server-error': 'the API server answered with errors (5xx)',
  malformed: 'the stream sent an unusable line',
  silent: 'the watch was answered but stayed silent (a proxy held or dropped the stream)',
  unexpected: 'the watch got an unexpected answer',
};

function gapLine(gap: GapEntry): string {
  const changed =
    gap.changed && gap.changed.length > 0
      ? ` The relist found: ${gap.changed
          .slice(0, 5)
          .map((c) => mdCode(c, 100))
          .join(', ')}.`
      : '';
  const cause = GAP_CAUSE[gap.cause] ?? mdText(String(gap.cause), 40);
  return `watch gap on ${mdCode(gap.resource)} from ${formatOffset(gap.atMs)} to ${formatOffset(gap.untilMs)} (${formatLasted(gap.untilMs - gap.atMs)}): ${cause}; ${mdText(gap.detail, 300)}.${changed}`;
}

function pollingLine(polling: PollingEntry, timeline: Timeline): string {
  const until =
    polling.untilMs === undefined
      ? `until the end (${formatOffset(timeline.endedAtMs)})`
      : `to ${formatOffset(polling.untilMs)}`;
  return `polled ${mdCode(polling.resource)} every ${formatDuration(polling.intervalMs)} from ${formatOffset(polling.atMs)} ${until}: ${mdText(polling.reason, 300)}`;
}

/** The verdict in full: observed path, explanation, causes, caveats, decision, pull message. */
function verdictSection(verdict: Verdict): string {
  const parts = [
    observedAndExpected(verdict),
    `**Explanation:** ${mdText(verdict.explanation, 2000)}`,
    list('Known causes', verdict.causes),
    list('Caveats', verdict.caveats ?? []),
    decisionLine(verdict),
    messageCheck(verdict),
    pollingMissLine(verdict),
    verdict.kubeletTiming ? mdText(verdict.kubeletTiming.summary, 800) : '',
  ];
  const what = ['explanation'];
  if (verdict.causes.length > 0) what.push(plural(verdict.causes.length, 'known cause'));
  if ((verdict.caveats ?? []).length > 0) what.push(plural(verdict.caveats!.length, 'caveat'));
  what.push('pull error message');
  return folded(`Verdict in full: ${what.join(', ')}`, parts.filter(Boolean).join('\n\n'));
}

function list(title: string, items: string[]): string {
  if (items.length === 0) return '';
  const { head, omitted } = headAndTail(items, 10);
  return [
    `**${title}:**`,
    '',
    ...head.map((item) => `- ${mdText(item, 500)}`),
    ...(omitted > 0 ? [`- … ${omitted} more, in the timeline JSON`] : []),
  ].join('\n');
}

function observedAndExpected(verdict: Verdict): string {
  const { head, omitted, tail } = headAndTail(verdict.observedPath, 40);
  const states = [
    ...head.map((state) => mdCode(state, 80)),
    ...(omitted > 0 ? [`… ${omitted} more …`] : []),
    ...tail.map((state) => mdCode(state, 80)),
  ];
  return [
    `**Observed** (${verdict.witness}): ${states.length > 0 ? states.join(' → ') : 'no state'}`,
    `**Expected:** ${mdCode(verdict.expectedPath, 300)}`,
  ].join('  \n');
}

/** When the result was certain, and the state that made the rest of the path impossible. */
function decisionLine(verdict: Verdict): string {
  const forbidden = verdict.forbidden;
  if (forbidden) {
    const rv = forbidden.resourceVersion
      ? `, resourceVersion ${mdCode(forbidden.resourceVersion, 40)}`
      : '';
    return `**Decided** at ${formatOffset(forbidden.atMs)}: ${mdCode(forbidden.state, 80)} (${forbidden.witness}, ${forbidden.seenBy}${rv}) is forbidden by the path.`;
  }
  const bound = verdict.result === 'failed' ? verdict.boundFailure : undefined;
  if (bound && verdict.decidedAtMs !== undefined) {
    return `**Decided** at ${formatOffset(verdict.decidedAtMs)}: ${mdText(boundUsage(bound), 200)} (the bound, plus the settle time for lagging witnesses).`;
  }
  const contradiction = verdict.contradiction;
  if (contradiction) {
    const ruled = contradiction.rulesOut.slice(0, 10).map((state) => mdCode(state, 80));
    return `**Decided** at ${formatOffset(contradiction.atMs)}: ${mdCode(contradiction.state, 80)} (${contradiction.witness}) rules out ${ruled.length > 0 ? ruled.join(', ') : 'the rest of the path'}.`;
  }
  return verdict.decidedAtMs !== undefined
    ? `**Decided** at ${formatOffset(verdict.decidedAtMs)}.`
    : '';
}

function messageCheck(verdict: Verdict): string {
  const check = verdict.message;
  if (!check) return '';
  if (check.result === 'unseen' || (!check.matched && check.seen.length === 0)) {
    return `**Pull error message:** none was observed (it had to match ${mdCode(check.pattern, 200)}).`;
  }
  if (check.matched) {
    return `**Pull error message** matched ${mdCode(check.pattern, 200)} (${check.matched.witness}): ${mdCode(check.matched.text, 600)}`;
  }
  const seen = check.seen.slice(0, 5).map((text) => mdCode(text, 200));
  return `**Pull error message** did not match ${mdCode(check.pattern, 200)}; seen: ${seen.join(', ')}`;
}

/** The gantt and the timeline table of one attempt. */
function timelineSection(attempt: Attempt, detail: Detail): string {
  if (detail.rows <= 0 && detail.bars <= 0) return '';
  const timeline = attempt.timeline;
  const parts: string[] = [];
  const gantt = detail.bars > 0 ? renderGantt(attempt, { maxBars: detail.bars }) : undefined;
  if (gantt) parts.push(`\`\`\`mermaid\n${gantt}\n\`\`\``, `<sub>${GANTT_LEGEND}</sub>`);
  if (detail.rows > 0) parts.push(timelineTable(timeline, detail));
  const witnesses = [
    ...new Set(
      timeline.entries.flatMap((e) =>
        e.kind === 'state' ? [e.witness === 'event' ? 'Events' : e.witness] : [],
      ),
    ),
  ];
  const what = [gantt ? 'gantt and ' : '', plural(timeline.entries.length, 'entry', 'entries')];
  const of = witnesses.length > 0 ? ` (${witnesses.join(', ')})` : '';
  return folded(
    `Timeline of attempt ${attempt.number}: ${what.join('')}${of}`,
    `VM ${mdCode(attempt.vm)} · started ${mdCode(attempt.startedAt, 40)} · ${formatDuration(attempt.durationMs)}\n\n${parts.join('\n\n')}`,
  );
}

function timelineTable(timeline: Timeline, detail: Detail): string {
  const rows = timelineRows(timeline);
  const { head, omitted, tail } = headAndTail(rows, detail.rows);
  // A message is shown once, where it first came: the kubelet, the VMI and Events repeat it.
  const firstAt = new Map<string, number>();
  const render = (row: TimelineRow) => {
    const cells = tableRow(row, timeline, detail);
    const message = cells.at(-1)!;
    const first = firstAt.get(message);
    if (message !== '' && first !== undefined) {
      cells[cells.length - 1] = `〃 same as at ${formatOffset(first)}`;
    } else firstAt.set(message, row.entry.atMs);
    return `| ${cells.join(' | ')} |`;
  };
  return [
    '| time | state | witness | seen by | message |',
    '| ---: | --- | --- | --- | --- |',
    ...head.map(render),
    ...(omitted > 0
      ? [`| … | ${plural(omitted, 'more row')} | | | the whole timeline is in the timeline JSON |`]
      : []),
    ...tail.map(render),
  ].join('\n');
}

function tableRow(row: TimelineRow, timeline: Timeline, detail: Detail): string[] {
  const entry = row.entry;
  switch (entry.kind) {
    case 'state':
      return stateCells(entry, row, timeline, detail);
    case 'gap':
      return [
        formatOffset(entry.atMs),
        '⚠️ watch gap',
        mdCode(entry.resource),
        `${mdText(String(entry.cause), 40)}, ${formatLasted(entry.untilMs - entry.atMs)}`,
        mdText(entry.detail, detail.messageMax),
      ];
    case 'polling': {
      const until =
        entry.untilMs === undefined ? 'to the end' : `to ${formatOffset(entry.untilMs)}`;
      return [
        formatOffset(entry.atMs),
        '🔁 polling',
        mdCode(entry.resource),
        `every ${formatDuration(entry.intervalMs)} ${until}`,
        mdText(entry.reason, detail.messageMax),
      ];
    }
  }
}

function stateCells(
  entry: StateEntry,
  row: TimelineRow,
  timeline: Timeline,
  detail: Detail,
): string[] {
  let witness = entry.witness as string;
  if (entry.object !== timeline.vm)
    witness += ` ${mdCode(shortObjectName(entry.object, timeline.vm), 60)}`;
  if (entry.container) witness += ` ${mdCode(entry.container, 60)}`;
  let seen: string = entry.seenBy;
  if (entry.witness === 'event' && entry.count !== undefined) seen += ` ×${entry.count}`;
  if (row.count > 1) seen += ` (${row.count} times to ${formatOffset(row.lastAtMs)})`;
  const message = [entry.reason ? `${entry.reason}:` : '', entry.message ?? ''].join(' ').trim();
  return [
    formatOffset(entry.atMs),
    mdCode(entry.state, 80),
    witness,
    seen,
    message ? mdText(message, detail.messageMax) : '',
  ];
}

/** Each attempt before the last, folded, its result and why in the summary line. */
function earlierAttemptsSection(
  outcome: CheckOutcome,
  context: ReportContext,
  detail: Detail,
): string {
  // Repeat mode: the runs that did not pass, not hundreds of passes.
  const earlier = outcome.attempts
    .slice(0, -1)
    .filter((attempt) => !outcome.repeat || attempt.verdict.result !== 'passed');
  const shown = detail.earlierAttempts === 'full' ? earlier : earlier.slice(-5);
  const sections = shown.map((attempt) => {
    const verdict = attempt.verdict;
    const title = `Attempt ${attempt.number} of ${context.attemptsAllowed}: ${RESULT_ICON[verdict.result === 'passed' ? 'passed' : verdict.result]} ${verdict.result} · ${mdText(truncate(verdict.explanation, 140), 160)}`;
    const body = [
      pathTable(attempt, detail),
      verdict.result !== 'passed' ? whyBlock(verdict) : '',
      detail.earlierAttempts === 'full' ? verdictSection(verdict) : '',
      gapsSection(attempt.timeline),
      detail.earlierAttempts === 'full' ? timelineSection(attempt, detail) : '',
    ];
    return folded(title, body.filter(Boolean).join('\n\n'));
  });
  if (shown.length < earlier.length) {
    sections.unshift(
      `<sub>${plural(earlier.length - shown.length, 'earlier attempt')} not shown</sub>`,
    );
  }
  return sections.join('\n\n');
}

// ── Footer ──────────────────────────────────────────────────────────────────────────────────

/** Links a reader can open: the pull error, the files in the run's artifacts, how to read this. */
function footer(outcome: CheckOutcome, context: ReportContext, extras: MarkdownExtras): string {
  const items: string[] = [];
  const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${text}</a>`;
  const matched = outcome.attempts.at(-1)?.verdict.message?.matched;
  if (matched) items.push(`pull error ${mdCode(tailOf(matched.text, 70), 80)} matched the image`);
  if (extras.commentUrl) items.push(link(extras.commentUrl, 'PR comment'));
  const files = [context.timelinePath, context.junitPath]
    .filter((path): path is string => Boolean(path))
    .map((path) => mdCode(basename(path), 80));
  if (files.length > 0) {
    // A runner's local path is no use to a reader: the files travel as the run's artifacts.
    const where = context.runUrl
      ? ` in the ${link(`${context.runUrl}#artifacts`, "run's artifacts")} when the workflow uploads them`
      : '';
    items.push(`${files.join(' and ')}${where}`);
  }
  if (context.readmeUrl) items.push(link(readingUrl(context.readmeUrl), 'how to read this report'));
  return items.length > 0 ? `<sub>${items.join(' · ')}</sub>` : '';
}

function readingUrl(readmeUrl: string): string {
  return `${readmeUrl.replace(/#.*$/, '')}#${READING_ANCHOR}`;
}

/** The end of a Go error chain, where its root cause is: `… lookup registry.invalid: no such host`. */
function tailOf(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  // Cut at a word, so the tail starts with what it says: `dial tcp: lookup …`.
  return `…${line.slice(line.length - max + 1).replace(/^\S*\s+/, '')}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
