// The folded sections of the summary and the comment: one `<details>` per function, each one line
// until opened (the full error, watch gaps, the verdict in full, the timeline, earlier attempts),
// so a new section is one more function.
import type { GapEntry, PollingEntry, StateEntry, Timeline } from '../../observe/types.ts';
import type { Verdict } from '../../verify/types.ts';
import type { Attempt, CheckError, CheckOutcome } from '../../outcome.ts';
import type { ReportContext } from './context.ts';
import { mdCode, mdPre, mdText } from './escape.ts';
import { pollingMissLine } from './flake.ts';
import { GANTT_LEGEND, renderGantt } from './mermaid.ts';
import {
  gapsOf,
  headAndTail,
  pollingOf,
  shortObjectName,
  timelineRows,
  type TimelineRow,
} from './spans.ts';
import {
  boundUsage,
  formatDuration,
  formatLasted,
  formatOffset,
  plural,
  truncate,
} from './words.ts';
import type { Detail } from './markdown-sizing.ts';
import { pathTable, RESULT_ICON, whyBlock } from './markdown-first-screen.ts';

export function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The error message exactly as thrown, when the prose above had to shorten or reflow it. */
export function fullErrorSection(error: CheckError): string {
  if (error.message.length <= 1500 && !error.message.includes('\n')) return '';
  return folded('The full error message', mdPre(error.message, 8000));
}

/** Watch gaps and polled stretches: where a state may have been missed or seen late. */
export function gapsSection(timeline: Timeline): string {
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
export function verdictSection(verdict: Verdict): string {
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
export function timelineSection(attempt: Attempt, detail: Detail): string {
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
export function earlierAttemptsSection(
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
