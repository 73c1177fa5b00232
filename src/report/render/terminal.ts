// The outcome as plain text for a terminal (the CLI prints it) and for JUnit's system-out: a
// verdict, then per attempt a table of the timeline, the path match and the explanation.
// Untrusted strings lose their control characters, so a hostile message cannot drive the terminal.
import { renderSuiteTerminal } from './suite-report.ts';
import type { Timeline } from '../../observe/types.ts';
import { describeRate, percent, type RepeatSummary } from '../../verify/index.ts';
import type { Verdict } from '../../verify/types.ts';
import type { Attempt, CheckOutcome, Leftovers } from '../../outcome.ts';
import type { ReportContext } from './context.ts';
import { headAndTail, howMatched, timelineRows, type TimelineRow } from './spans.ts';
import {
  attemptsWords,
  boundUsage,
  boundsOf,
  couldNotRun,
  formatDuration,
  formatOffset,
  plural,
  printableLines,
  shortLine,
  truncate,
  weakerEvidence,
} from './words.ts';

export interface TerminalOptions {
  /** Characters per line the table aims for (the message column takes what is left). */
  width?: number;
  /** Timeline rows per attempt (first two thirds, last third). */
  maxRows?: number;
}

const DEFAULT_WIDTH = 120;
const DEFAULT_MAX_ROWS = 200;

/** The whole outcome: the verdict, then every attempt. */
export function renderTerminal(
  outcome: CheckOutcome,
  context: ReportContext,
  options: TerminalOptions = {},
): string {
  if (outcome.checks) {
    return renderSuiteTerminal(outcome, context, (check, at) => renderTerminal(check, at, options));
  }
  const last = outcome.attempts.at(-1);
  const weaker =
    last && (outcome.result === 'passed' || outcome.result === 'flaky')
      ? weakerEvidence(last.verdict)
      : [];
  const result = outcome.error
    ? 'COULD NOT RUN'
    : `${outcome.result.toUpperCase()}${weaker.length > 0 ? ` (${weaker.join(', ')})` : ''}`;
  const lines = [
    `KubeVirt transition check ${quote(context.checkName)}: ${result} (${attemptsWords(outcome.attempts.length, context.attemptsAllowed, outcome.repeat !== undefined)}, ${formatDuration(outcome.durationMs)})`,
    `  expected  ${clean(context.expectedPath, 200)}  (witness ${context.witness})`,
    `  image     ${clean(context.image, 200)}`,
  ];
  if (outcome.error) {
    lines.push(
      '',
      couldNotRun(outcome.error),
      ...printableLines(outcome.error.message, 4000).map((line) => (line ? `  ${line}` : '')),
    );
  }
  if (outcome.leftovers) lines.push('', ...leftoversLines(outcome.leftovers));
  if (outcome.repeat) lines.push('', ...repeatLines(outcome.repeat));
  const shown = outcome.repeat
    ? outcome.attempts.filter((attempt) => attempt.verdict.result !== 'passed')
    : outcome.attempts;
  for (const attempt of shown) {
    lines.push(
      '',
      ...attemptLines(
        attempt,
        outcome.repeat ? outcome.attempts.length : context.attemptsAllowed,
        options,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Cleanup left something behind: outside Actions no post step tries again, so say how to remove it. */
function leftoversLines(left: Leftovers): string[] {
  return [
    `LEFT BEHIND  ${clean(left.what, 300)}: cleanup could not remove it`,
    ...printableLines(left.why, 1000).map((line) => `  ${line}`),
    `  remove it with: ${clean(left.command, 400)}`,
  ];
}

/** One attempt as text (used for JUnit's system-out as well), of the attempts allowed. */
export function renderAttemptText(
  attempt: Attempt,
  attemptsAllowed: number,
  options: TerminalOptions = {},
): string {
  return `${attemptLines(attempt, attemptsAllowed, options).join('\n')}\n`;
}

function attemptLines(
  attempt: Attempt,
  attemptsAllowed: number,
  options: TerminalOptions,
): string[] {
  const verdict = attempt.verdict;
  return [
    `Attempt ${attempt.number} of ${attemptsAllowed}: ${verdict.result}  ${clean(attempt.vm, 120)}  started ${clean(attempt.startedAt, 40)}  ${formatDuration(attempt.durationMs)}`,
    `  observed  ${observed(verdict)}`,
    '',
    ...table(attempt.timeline, options).map((line) => `  ${line}`),
    '',
    '  path match',
    ...pathLines(verdict).map((line) => `    ${line}`),
    ...pollingMissLines(verdict).map((line) => `  ${line}`),
    ...(verdict.kubeletTiming ? [`  ${clean(verdict.kubeletTiming.summary, 800)}`] : []),
    '',
    `  why  ${clean(verdict.explanation, 2000)}`,
    ...verdict.causes.map((cause) => `  cause  ${clean(cause, 500)}`),
    ...(verdict.caveats ?? []).map((caveat) => `  caveat  ${clean(caveat, 500)}`),
  ];
}

/** Repeat mode: the rate with its interval, the failures by cause, the way to 0.1 %. */
function repeatLines(summary: RepeatSummary): string[] {
  return [
    `  ${describeRate(summary.rate)}`,
    ...summary.failures.map(
      (group) =>
        `    ${group.cause.padEnd(22)} ${String(group.runs.length).padStart(4)}  runs ${group.runs.slice(0, 20).join(', ')}${group.runs.length > 20 ? ', …' : ''}`,
    ),
    summary.cleanRunsToDequarantine === 0
      ? '  below 0.1 %: the bar for taking a test out of quarantine'
      : `  ${summary.cleanRunsToDequarantine} more clean runs would put the upper end below 0.1 %`,
  ];
}

/** How likely common pollers would have missed this path: the case for watching, in numbers. */
function pollingMissLines(verdict: Verdict): string[] {
  const estimate = verdict.pollingMiss;
  if (!estimate || verdict.result !== 'passed') return [];
  return [
    '',
    '  polling would miss this path',
    ...estimate.pollers.map(
      (poller) =>
        `    ${formatDuration(poller.intervalMs).padStart(6)}  ${percent(poller.path).padStart(6)} of the time  (${poller.who})`,
    ),
  ];
}

function observed(verdict: Verdict): string {
  if (verdict.observedPath.length === 0) return `no state (witness ${verdict.witness})`;
  const { head, omitted, tail } = headAndTail(verdict.observedPath, 40);
  return [...head, ...(omitted > 0 ? [`… ${omitted} more …`] : []), ...tail]
    .map((state) => clean(state, 60))
    .join(' -> ');
}

function pathLines(verdict: Verdict): string[] {
  const lines = verdict.matched.map(
    (m) =>
      `${String(m.step + 1).padStart(3)}  ok   ${clean(m.state, 40).padEnd(20)} ${formatOffset(m.atMs).padStart(12)}  ${m.witness} ${howMatched(m)}${m.join === 'next' ? ' (next)' : ''}${m.resourceVersion ? `  rv ${clean(m.resourceVersion, 30)}` : ''}`,
  );
  if (verdict.mismatch) {
    const seen = verdict.mismatch.seenInstead.slice(0, 12).map((s) => clean(s, 40));
    const why = verdict.boundFailure
      ? 'missed its bound (below)'
      : `not seen; seen instead: ${seen.length > 0 ? seen.join(', ') : 'nothing'}`;
    lines.push(
      `${String(verdict.mismatch.step + 1).padStart(3)}  MISS ${clean(verdict.mismatch.expected, 40).padEnd(20)} ${why}`,
    );
  }
  if (verdict.mismatch?.column !== undefined && verdict.expectedPath.length <= 200) {
    // A caret under the step in the expected path, as the path parser's errors have.
    lines.push(
      `     ${clean(verdict.expectedPath, 200)}`,
      `     ${' '.repeat(verdict.mismatch.column)}^`,
    );
  }
  if (lines.length === 0) lines.push('no step matched');
  for (const bound of boundsOf(verdict).slice(-10)) {
    lines.push(
      `bound ${bound.result === 'passed' ? 'ok  ' : 'MISS'} ${clean(boundUsage(bound), 200)}`,
    );
  }
  const forbidden = verdict.forbidden;
  const contradiction = verdict.contradiction;
  if (forbidden) {
    lines.push(
      `decided at ${formatOffset(forbidden.atMs)}: FORBIDDEN ${clean(forbidden.state, 40)} (${forbidden.witness} ${forbidden.seenBy}${forbidden.resourceVersion ? `, rv ${clean(forbidden.resourceVersion, 30)}` : ''})`,
    );
  } else if (contradiction) {
    lines.push(
      `decided at ${formatOffset(contradiction.atMs)}: ${clean(contradiction.state, 40)} (${contradiction.witness}) rules out ${contradiction.rulesOut.map((s) => clean(s, 40)).join(', ') || 'the rest of the path'}`,
    );
  } else if (verdict.decidedAtMs !== undefined) {
    lines.push(`decided at ${formatOffset(verdict.decidedAtMs)}`);
  }
  return lines;
}

function table(timeline: Timeline, options: TerminalOptions): string[] {
  const rows = timelineRows(timeline);
  const { head, omitted, tail } = headAndTail(rows, options.maxRows ?? DEFAULT_MAX_ROWS);
  const cells = (row: TimelineRow) => rowCells(row);
  const body: (string[] | string)[] = [
    ...head.map(cells),
    ...(omitted > 0
      ? [`… ${plural(omitted, 'more row')} (the whole timeline is in the JSON)`]
      : []),
    ...tail.map(cells),
  ];
  const header = ['TIME', 'STATE', 'WITNESS', 'SEEN', 'MESSAGE'];
  const widths = [0, 1, 2, 3].map((column) =>
    Math.min(
      [40, 28, 30, 28][column]!,
      Math.max(
        header[column]!.length,
        ...body.map((row) => (typeof row === 'string' ? 0 : row[column]!.length)),
      ),
    ),
  );
  const width = options.width ?? DEFAULT_WIDTH;
  const messageWidth = Math.max(20, width - 2 - widths.reduce((sum, w) => sum + w + 2, 0));
  const format = (row: string[] | string) => {
    if (typeof row === 'string') return row;
    const [time, ...rest] = row.map((cell, column) =>
      truncate(cell, column < 4 ? widths[column]! : messageWidth),
    );
    return [
      time!.padStart(widths[0]!),
      ...rest.map((cell, i) => (i < 3 ? cell.padEnd(widths[i + 1]!) : cell)),
    ]
      .join('  ')
      .trimEnd();
  };
  if (rows.length === 0) return ['(no entries)'];
  return [format(header), ...body.map(format)];
}

function rowCells(row: TimelineRow): string[] {
  const entry = row.entry;
  const time = formatOffset(entry.atMs).replace(' ', '');
  switch (entry.kind) {
    case 'state': {
      // The pod's name is in the JSON; its container says more in a narrow column.
      const witness = entry.container ? `${entry.witness} ${entry.container}` : entry.witness;
      let seen: string = entry.seenBy;
      if (entry.witness === 'event' && entry.count !== undefined) seen += ` x${entry.count}`;
      if (row.count > 1) seen += ` (${row.count}x)`;
      const message = [entry.reason ? `${entry.reason}:` : '', entry.message ?? '']
        .join(' ')
        .trim();
      return [time, clean(entry.state, 80), clean(witness, 120), seen, clean(message, 1000)];
    }
    case 'gap':
      return [
        time,
        'GAP',
        entry.resource,
        `${entry.cause} ${formatDuration(entry.untilMs - entry.atMs)}`,
        clean(entry.detail, 1000),
      ];
    case 'polling':
      return [
        time,
        'POLLING',
        entry.resource,
        `every ${formatDuration(entry.intervalMs)}`,
        `${entry.untilMs === undefined ? 'to the end' : `to ${formatOffset(entry.untilMs)}`}: ${clean(entry.reason, 1000)}`,
      ];
  }
}

function clean(value: string, max: number): string {
  return shortLine(value, max);
}

function quote(value: string): string {
  return `"${clean(value, 100)}"`;
}
