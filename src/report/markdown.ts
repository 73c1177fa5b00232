// The job summary and the sticky PR comment, as GitHub markdown. Both say the same essentials
// (verdict, why, the path match, gaps, the timeline); the comment is shorter. Long timelines are
// summarised level by level until the text fits GitHub's limits.
import type { GapEntry, PollingEntry, StateEntry, Timeline } from '../observe/types.ts';
import type { CheckResult, Verdict, VerdictResult } from '../verify/types.ts';
import type { Attempt, CheckOutcome } from '../outcome.ts';
import type { ReportContext } from './context.ts';
import { escapeHtml, markerKey, mdCode, mdPre, mdText } from './escape.ts';
import { GANTT_LEGEND, renderGantt } from './mermaid.ts';
import {
  gapsOf,
  headAndTail,
  howMatched,
  pollingOf,
  timelineRows,
  type TimelineRow,
} from './spans.ts';
import { couldNotRun, formatDuration, formatOffset, plural } from './text.ts';

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
  { rows: 1000, bars: 150, messageMax: 500, pathSteps: 200, earlierAttempts: 'full' },
  { rows: 300, bars: 80, messageMax: 300, pathSteps: 100, earlierAttempts: 'full' },
  { rows: 100, bars: 40, messageMax: 200, pathSteps: 50, earlierAttempts: 'brief' },
  { rows: 20, bars: 0, messageMax: 100, pathSteps: 20, earlierAttempts: 'brief' },
];

const COMMENT_LEVELS: Detail[] = [
  { rows: 60, bars: 60, messageMax: 200, pathSteps: 40, earlierAttempts: 'brief' },
  { rows: 30, bars: 30, messageMax: 120, pathSteps: 20, earlierAttempts: 'brief' },
  { rows: 10, bars: 0, messageMax: 80, pathSteps: 10, earlierAttempts: 'brief' },
];

const RESULT_ICON: Record<CheckResult | VerdictResult, string> = {
  passed: '✅',
  flaky: '⚠️',
  failed: '❌',
  inconclusive: '❔',
};

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
    (detail) => summaryAt(outcome, context, extras, detail),
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
    (detail) => commentAt(outcome, context, detail),
    (text) => text.length <= budget,
    () => minimal(outcome, context, {}),
  );
  return `${body}\n${marker}`;
}

/**
 * A shorter body for the nightly issue and its comments: verdict, why, and the path match of the
 * last attempt, with a link to the run. Guarantee: under COMMENT_MAX_CHARS characters.
 */
export function renderIssueBody(outcome: CheckOutcome, context: ReportContext): string {
  return fit(
    COMMENT_LEVELS.map((detail) => ({ ...detail, rows: 0, bars: 0 })),
    (detail) => commentAt(outcome, context, detail),
    (text) => text.length <= COMMENT_BUDGET_CHARS,
    () => minimal(outcome, context, {}),
  );
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

function summaryAt(
  outcome: CheckOutcome,
  context: ReportContext,
  extras: MarkdownExtras,
  detail: Detail,
): string | undefined {
  const parts = [
    `## ${heading(outcome, context)}`,
    verdictLine(outcome, context),
    why(outcome, detail),
    ...(extras.notes ?? []).map((note) => `> [!NOTE]\n> ${mdText(note, 1000)}`),
  ];
  const last = outcome.attempts.at(-1);
  let length = 0;
  const add = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  for (const attempt of outcome.attempts) {
    if (attempt === last) {
      add(`### ${attemptTitle(attempt, outcome)}\n\n${attemptBody(attempt, detail)}`);
    } else if (detail.earlierAttempts === 'full') {
      add(
        `<details><summary>${escapeHtml(attemptTitle(attempt, outcome))}</summary>\n\n${attemptBody(attempt, detail)}\n\n</details>`,
      );
    }
    // Characters never outnumber UTF-8 bytes: past the budget, this level cannot fit.
    if (length > SUMMARY_MAX_BYTES) return undefined;
  }
  parts.push(links(context, extras));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function commentAt(outcome: CheckOutcome, context: ReportContext, detail: Detail): string {
  const parts = [
    `### ${heading(outcome, context)}`,
    verdictLine(outcome, context),
    why(outcome, detail),
  ];
  const last = outcome.attempts.at(-1);
  if (last) {
    parts.push(
      observedAndExpected(last.verdict),
      pathTable(last.verdict, detail),
      decisionLine(last.verdict),
      caveatList(last.verdict),
    );
    const gaps = gapsAndPolling(last.timeline);
    if (gaps) parts.push(gaps);
    if (detail.rows > 0 || detail.bars > 0) {
      parts.push(
        `<details><summary>Timeline of attempt ${last.number} (${plural(last.timeline.entries.length, 'entry', 'entries')})</summary>\n\n${timelineBlock(last, detail)}\n\n</details>`,
      );
    }
  }
  parts.push(links(context, {}));
  return parts.filter(Boolean).join('\n\n');
}

/** The smallest report: verdict and why, for when even the lowest detail is too long. */
function minimal(outcome: CheckOutcome, context: ReportContext, extras: MarkdownExtras): string {
  const brief: Detail = {
    rows: 0,
    bars: 0,
    messageMax: 80,
    pathSteps: 0,
    earlierAttempts: 'brief',
  };
  return `${[
    `## ${heading(outcome, context)}`,
    verdictLine(outcome, context),
    why({ ...outcome, attempts: outcome.attempts.slice(-3) }, brief, {
      explanation: 300,
      causes: 0,
      error: 1000,
    }),
    'The timeline is too long to show here; it is in the timeline JSON file.',
    links(context, extras),
  ].join('\n\n')}\n`;
}

function heading(outcome: CheckOutcome, context: ReportContext): string {
  const result = outcome.error ? 'could not run' : outcome.result;
  return `${RESULT_ICON[outcome.result]} KubeVirt transition check ${mdCode(context.checkName, 100)}: ${result}`;
}

function verdictLine(outcome: CheckOutcome, context: ReportContext): string {
  const used = outcome.attempts.length;
  const results = outcome.attempts.map((a) => `attempt ${a.number} ${a.verdict.result}`);
  let what = `**${outcome.result}**: ${results.join(', ')}`;
  if (outcome.error) {
    what = `**${outcome.result}**: could not run, ${used > 0 ? `after ${results.join(', ')}` : 'no attempt ran'}`;
  } else if (used === 1) {
    what = `**${outcome.result}** on attempt 1 of ${context.attemptsAllowed} allowed`;
  }
  return [
    what,
    formatDuration(outcome.durationMs),
    `expected ${mdCode(context.expectedPath, 200)} on witness ${mdCode(context.witness)}`,
    `image ${mdCode(context.image, 200)}`,
  ].join(' · ');
}

function why(
  outcome: CheckOutcome,
  detail: Detail,
  limits: { explanation: number; causes: number; error: number } = {
    explanation: 2000,
    causes: 10,
    error: 4000,
  },
): string {
  const attempts = outcome.attempts;
  const stopped = outcome.error
    ? `**Why:** ${couldNotRun(outcome.error)}\n\n${mdPre(outcome.error.message, limits.error)}`
    : undefined;
  if (attempts.length === 0) return stopped ?? '**Why:** no attempt ran.';
  const causes = (verdict: Verdict, indent: string) =>
    verdict.causes.slice(0, limits.causes).map((cause) => `${indent}- ${mdText(cause, 500)}`);
  if (stopped)
    return `${stopped}\n\n**Before it stopped:**\n\n${attemptList(attempts, detail, limits, causes)}`;
  if (attempts.length === 1) {
    const verdict = attempts[0]!.verdict;
    const lines = [`**Why:** ${mdText(verdict.explanation, limits.explanation)}`];
    if (verdict.causes.length > 0 && limits.causes > 0)
      lines.push('', '**Known causes:**', '', ...causes(verdict, ''));
    return lines.join('\n');
  }
  return attemptList(attempts, detail, limits, causes);
}

/** One item per attempt: its result, explanation and causes (the last five at brief detail). */
function attemptList(
  attempts: Attempt[],
  detail: Detail,
  limits: { explanation: number },
  causes: (verdict: Verdict, indent: string) => string[],
): string {
  const shown = detail.earlierAttempts === 'full' ? attempts : attempts.slice(-5);
  const lines = shown.flatMap((attempt) => [
    `- ${RESULT_ICON[attempt.verdict.result]} Attempt ${attempt.number} ${attempt.verdict.result}: ${mdText(attempt.verdict.explanation, limits.explanation)}`,
    ...causes(attempt.verdict, '  '),
  ]);
  if (shown.length < attempts.length) {
    lines.unshift(`- ${plural(attempts.length - shown.length, 'earlier attempt')} not shown`);
  }
  return lines.join('\n');
}

function attemptTitle(attempt: Attempt, outcome: CheckOutcome): string {
  return `Attempt ${attempt.number} of ${outcome.attempts.length}: ${RESULT_ICON[attempt.verdict.result]} ${attempt.verdict.result}`;
}

function attemptBody(attempt: Attempt, detail: Detail): string {
  const verdict = attempt.verdict;
  const parts = [
    `VM ${mdCode(attempt.vm)} · started ${mdCode(attempt.startedAt, 40)} · ${formatDuration(attempt.durationMs)}`,
    observedAndExpected(verdict),
    pathTable(verdict, detail),
    decisionLine(verdict),
    caveatList(verdict),
    messageCheck(verdict),
    gapsAndPolling(attempt.timeline) ??
      '**Gaps and polled stretches:** none; every resource was watched without a gap.',
    timelineBlock(attempt, detail),
  ];
  return parts.filter(Boolean).join('\n\n');
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

function pathTable(verdict: Verdict, detail: Detail): string {
  if (detail.pathSteps <= 0) return '';
  const rows = verdict.matched.map(
    (match) =>
      `| ${match.step + 1} | ✅ ${mdCode(match.state, 80)}${match.join === 'next' ? ' (next)' : ''} | ${formatOffset(match.atMs)} | ${match.witness} | ${howMatched(match)} | ${match.resourceVersion ? mdCode(match.resourceVersion, 40) : ''} |`,
  );
  const { head, omitted, tail } = headAndTail(rows, detail.pathSteps);
  const lines = [
    '| step | expected state | matched at | witness | seen by | resourceVersion |',
    '| ---: | --- | --- | --- | --- | --- |',
    ...head,
    ...(omitted > 0 ? [`| … | ${omitted} more matched steps | | | | |`] : []),
    ...tail,
  ];
  if (verdict.mismatch) {
    const seen = headAndTail(verdict.mismatch.seenInstead, 12);
    const instead = [
      ...seen.head.map((state) => mdCode(state, 80)),
      ...(seen.omitted > 0 ? [`… ${seen.omitted} more`] : []),
      ...seen.tail.map((state) => mdCode(state, 80)),
    ];
    lines.push(
      `| ${verdict.mismatch.step + 1} | ❌ ${mdCode(verdict.mismatch.expected, 80)} | not seen | | | seen instead: ${instead.length > 0 ? instead.join(', ') : 'nothing'} |`,
    );
  } else if (verdict.matched.length === 0) {
    lines.push('| | no step matched | | | | |');
  }
  return `**Path match**\n\n${lines.join('\n')}`;
}

/** When the result was certain, and the state that made the rest of the path impossible. */
function decisionLine(verdict: Verdict): string {
  const contradiction = verdict.contradiction;
  if (contradiction) {
    const ruled = contradiction.rulesOut.slice(0, 10).map((state) => mdCode(state, 80));
    return `**Decided** at ${formatOffset(contradiction.atMs)}: ${mdCode(contradiction.state, 80)} (${contradiction.witness}) rules out ${ruled.length > 0 ? ruled.join(', ') : 'the rest of the path'}.`;
  }
  return verdict.decidedAtMs !== undefined
    ? `**Decided** at ${formatOffset(verdict.decidedAtMs)}.`
    : '';
}

/** Why a match is weaker than a watch would make it (polled steps, Event counts, gaps). */
function caveatList(verdict: Verdict): string {
  const caveats = verdict.caveats ?? [];
  if (caveats.length === 0) return '';
  const { head, omitted } = headAndTail(caveats, 10);
  return [
    '**Caveats:**',
    '',
    ...head.map((caveat) => `- ${mdText(caveat, 500)}`),
    ...(omitted > 0 ? [`- … ${omitted} more, in the timeline JSON`] : []),
  ].join('\n');
}

function messageCheck(verdict: Verdict): string {
  const check = verdict.message;
  if (!check) return '';
  if (check.result === 'unseen' || (!check.matched && check.seen.length === 0)) {
    return `**Pull error message:** none was observed (it had to match ${mdCode(check.pattern, 200)}).`;
  }
  if (check.matched) {
    return `**Pull error message** matched ${mdCode(check.pattern, 200)} (${check.matched.witness}): ${mdCode(check.matched.text, 300)}`;
  }
  const seen = check.seen.slice(0, 5).map((text) => mdCode(text, 200));
  return `**Pull error message** did not match ${mdCode(check.pattern, 200)}; seen: ${seen.join(', ')}`;
}

/** The gaps and polled stretches of a timeline as a list, or undefined when there are none. */
function gapsAndPolling(timeline: Timeline): string | undefined {
  const gaps = gapsOf(timeline);
  const polling = pollingOf(timeline);
  if (gaps.length === 0 && polling.length === 0) return undefined;
  const items = [...gaps, ...polling]
    .sort((a, b) => a.atMs - b.atMs)
    .map((entry) => `- ${entry.kind === 'gap' ? gapLine(entry) : pollingLine(entry, timeline)}`);
  const { head, omitted, tail } = headAndTail(items, 30);
  return [
    '**Gaps and polled stretches** (states here may have been missed or seen late):',
    '',
    ...head,
    ...(omitted > 0 ? [`- … ${omitted} more, in the timeline JSON`] : []),
    ...tail,
  ].join('\n');
}

function gapLine(gap: GapEntry): string {
  const changed =
    gap.changed && gap.changed.length > 0
      ? ` The relist found: ${gap.changed
          .slice(0, 5)
          .map((c) => mdCode(c, 100))
          .join(', ')}.`
      : '';
  return `⚠️ watch gap on ${mdCode(gap.resource)} from ${formatOffset(gap.atMs)} to ${formatOffset(gap.untilMs)} (${formatDuration(gap.untilMs - gap.atMs)}, ${gap.cause}): ${mdText(gap.detail, 300)}.${changed}`;
}

function pollingLine(polling: PollingEntry, timeline: Timeline): string {
  const until =
    polling.untilMs === undefined
      ? `until the end (${formatOffset(timeline.endedAtMs)})`
      : `to ${formatOffset(polling.untilMs)}`;
  return `🔁 polled ${mdCode(polling.resource)} every ${formatDuration(polling.intervalMs)} from ${formatOffset(polling.atMs)} ${until}: ${mdText(polling.reason, 300)}`;
}

function timelineBlock(attempt: Attempt, detail: Detail): string {
  const parts: string[] = [];
  const gantt = detail.bars > 0 ? renderGantt(attempt, { maxBars: detail.bars }) : undefined;
  if (gantt) parts.push(`\`\`\`mermaid\n${gantt}\n\`\`\``, `<sub>${GANTT_LEGEND}</sub>`);
  if (detail.rows > 0) parts.push(timelineTable(attempt.timeline, detail));
  return parts.join('\n\n');
}

function timelineTable(timeline: Timeline, detail: Detail): string {
  const rows = timelineRows(timeline);
  const { head, omitted, tail } = headAndTail(rows, detail.rows);
  const render = (row: TimelineRow) => tableRow(row, timeline, detail);
  return [
    `**Timeline** (${plural(timeline.entries.length, 'entry', 'entries')}, times since ${mdCode(timeline.startedAt, 40)})`,
    '',
    '| time | state | witness | seen by | message |',
    '| ---: | --- | --- | --- | --- |',
    ...head.map(render),
    ...(omitted > 0
      ? [`| … | ${plural(omitted, 'more row')} | | | the whole timeline is in the timeline JSON |`]
      : []),
    ...tail.map(render),
  ].join('\n');
}

function tableRow(row: TimelineRow, timeline: Timeline, detail: Detail): string {
  const entry = row.entry;
  switch (entry.kind) {
    case 'state':
      return stateRow(entry, row, timeline, detail);
    case 'gap':
      return `| ${formatOffset(entry.atMs)} | ⚠️ watch gap | ${mdCode(entry.resource)} | ${entry.cause}, ${formatDuration(entry.untilMs - entry.atMs)} | ${mdText(entry.detail, detail.messageMax)} |`;
    case 'polling': {
      const until =
        entry.untilMs === undefined ? 'to the end' : `to ${formatOffset(entry.untilMs)}`;
      return `| ${formatOffset(entry.atMs)} | 🔁 polling | ${mdCode(entry.resource)} | every ${formatDuration(entry.intervalMs)} ${until} | ${mdText(entry.reason, detail.messageMax)} |`;
    }
  }
}

function stateRow(entry: StateEntry, row: TimelineRow, timeline: Timeline, detail: Detail): string {
  let witness = entry.witness as string;
  if (entry.object !== timeline.vm)
    witness += ` ${mdCode(entry.object.split('/').at(-1) ?? '', 80)}`;
  if (entry.container) witness += ` ${mdCode(entry.container, 80)}`;
  let seen: string = entry.seenBy;
  if (entry.witness === 'event' && entry.count !== undefined) seen += ` ×${entry.count}`;
  if (row.count > 1) seen += ` (${row.count} times to ${formatOffset(row.lastAtMs)})`;
  const message = [entry.reason ? `${entry.reason}:` : '', entry.message ?? ''].join(' ').trim();
  return `| ${formatOffset(entry.atMs)} | ${mdCode(entry.state, 80)} | ${witness} | ${seen} | ${message ? mdText(message, detail.messageMax) : ''} |`;
}

function links(context: ReportContext, extras: MarkdownExtras): string {
  const items: string[] = [];
  const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${text}</a>`;
  if (context.runUrl) items.push(link(context.runUrl, 'workflow run'));
  if (context.commit)
    items.push(link(context.commit.url, `commit ${mdCode(context.commit.sha.slice(0, 7))}`));
  if (extras.commentUrl) items.push(link(extras.commentUrl, 'PR comment'));
  if (context.timelinePath) items.push(`timeline JSON ${mdCode(context.timelinePath, 200)}`);
  if (context.junitPath) items.push(`JUnit ${mdCode(context.junitPath, 200)}`);
  if (context.readmeUrl) items.push(link(context.readmeUrl, 'how to read this report'));
  return items.length > 0 ? `<sub>${items.join(' · ')}</sub>` : '';
}
