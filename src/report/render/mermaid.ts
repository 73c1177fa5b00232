// The states of one attempt as a mermaid gantt: a section per witness (the chosen witness first,
// then vm, vmi, pod, events, gaps, polled), a bar per state, the matched path steps in red
// (`crit`). Drawn to scale, a 1 ms ErrImagePull in a 60 s attempt is invisible, so a state shorter
// than 1 % of the attempt and every Event (a moment) is a diamond (`milestone`) whose label has
// the real duration. The axis reads seconds and milliseconds for attempts under a minute.
import type { Attempt } from '../../outcome.ts';
import type { StepMatch } from '../../verify/types.ts';
import { mermaidLabel } from './escape.ts';
import {
  eventEntries,
  gapsOf,
  headAndTail,
  isShort,
  pollingOf,
  stateSpans,
  type StateSpan,
} from './spans.ts';
import type { StateEntry } from '../../observe/types.ts';
import { boundsOf, formatDuration, formatLasted } from './words.ts';

/** mermaid's default `maxTextSize`: a longer diagram is not drawn at all. */
export const MERMAID_MAX_CHARS = 50_000;

type Tag = 'active' | 'crit' | 'done';

interface Bar {
  section: string;
  label: string;
  fromMs: number;
  untilMs: number;
  tag?: Tag;
  /** Drawn as a diamond at `fromMs`: a moment, or a state too short to see to scale. */
  milestone?: boolean;
}

export interface GanttOptions {
  /** Bars drawn at most; the rest is named in one bar ("N more, see the table"). */
  maxBars: number;
}

/** The legend that goes under the chart, in the renderers' own words. */
export const GANTT_LEGEND =
  'Red: the states that matched the path, numbered by step. Diamonds: the start, the Events of the path\'s states (each count once; the table lists every Event), and states shorter than 1 % of the attempt (their label has the real duration). Sections "gaps" and "polled": where a watch was down. Section "bounds", when the path has time bounds: the window each allowed (red when missed).';

/** Fixed order of the sections after the chosen witness's. */
const SECTION_ORDER = ['vm', 'vmi', 'pod', 'events', 'bounds', 'gaps', 'polled', 'not drawn'];

/**
 * The mermaid source (without the code fence) of the gantt of one attempt, or `undefined` when
 * there is nothing to draw. Guarantee: under MERMAID_MAX_CHARS, every label sanitized by
 * `mermaidLabel`. Limit: the time axis wraps after 24 hours.
 */
export function renderGantt(attempt: Attempt, options: GanttOptions): string | undefined {
  const timeline = attempt.timeline;
  const spanMs = Math.max(1, timeline.endedAtMs);
  const bars = collectBars(attempt);
  if (bars.length === 0) return undefined;

  const witness = attempt.verdict.witness === 'any' ? 'vm' : attempt.verdict.witness;
  // The axis starts at the first bar: a diamond at 0 (the VM's create call) gives it its 0 tick.
  bars.unshift({ section: witness, label: 'start', fromMs: 0, untilMs: 0, milestone: true });
  const drawn = limit(bars, options.maxBars);
  const lines = ['gantt', '  dateFormat HH:mm:ss.SSS', ...axis(spanMs), '  todayMarker off'];
  for (const section of sectionOrder(drawn, witness)) {
    lines.push(`  section ${section === witness ? `${section} (witness)` : section}`);
    for (const bar of drawn.filter((b) => b.section === section)) {
      const tags = [bar.tag, bar.milestone ? 'milestone' : undefined].filter(Boolean);
      const end = bar.milestone ? '0ms' : clock(bar.untilMs);
      lines.push(`    ${bar.label} :${[...tags, clock(bar.fromMs), end].join(', ')}`);
    }
  }
  const source = lines.join('\n');
  if (source.length > MERMAID_MAX_CHARS && options.maxBars > 10) {
    return renderGantt(attempt, { maxBars: Math.floor(options.maxBars / 2) });
  }
  return source.length > MERMAID_MAX_CHARS ? undefined : source;
}

/** The chosen witness's sections first, then the fixed order; several objects keep theirs. */
function sectionOrder(bars: Bar[], witness: string): string[] {
  const sections = [...new Set(bars.map((bar) => bar.section))];
  const rank = (section: string) => {
    const kind = section.split(' ')[0]!;
    if (kind === witness) return -1;
    const index = SECTION_ORDER.indexOf(kind === 'not' ? 'not drawn' : kind);
    return index < 0 ? SECTION_ORDER.length : index;
  };
  return sections
    .map((section, index) => ({ section, index }))
    .sort((a, b) => rank(a.section) - rank(b.section) || a.index - b.index)
    .map(({ section }) => section);
}

/**
 * `axisFormat` and `tickInterval` that give about eight readable ticks: `05.250s` under a
 * minute, `02:05` under an hour, `01:02` (hours) beyond.
 */
function axis(spanMs: number): string[] {
  const format = spanMs < 60_000 ? '%S.%Ls' : spanMs < 3_600_000 ? '%M:%S' : '%H:%M';
  const steps: [number, string][] = [];
  for (const [unitMs, unit] of [
    [1, 'millisecond'],
    [1000, 'second'],
    [60_000, 'minute'],
    [3_600_000, 'hour'],
  ] as const) {
    const nice =
      unit === 'second' || unit === 'minute'
        ? [1, 2, 5, 10, 15, 30]
        : [1, 2, 5, 10, 20, 50, 100, 200, 500];
    for (const n of nice) steps.push([n * unitMs, `${n}${unit}`]);
  }
  const wanted = spanMs / 8;
  const [, interval] = steps.find(([ms]) => ms >= wanted) ?? steps.at(-1)!;
  return [`  axisFormat ${format}`, `  tickInterval ${interval}`];
}

function collectBars(attempt: Attempt): Bar[] {
  const timeline = attempt.timeline;
  const bars: Bar[] = [];
  const spans = stateSpans(timeline);
  const objectsOf = new Map<string, Set<string>>();
  for (const span of spans) {
    const objects = objectsOf.get(span.witness) ?? new Set<string>();
    objects.add(span.object);
    objectsOf.set(span.witness, objects);
  }
  const steps = attempt.verdict.matched;
  for (const span of spans) {
    const several = (objectsOf.get(span.witness)?.size ?? 0) > 1;
    const name = span.object.split('/').at(-1) ?? span.object;
    const step = steps.find((match) => matches(match, span));
    const ms = span.untilMs - span.fromMs;
    const length = span.open
      ? ms < 1
        ? 'at end'
        : `${formatLasted(ms)} to end`
      : formatLasted(ms);
    bars.push({
      section: mermaidLabel(several ? `${span.witness} ${name}` : span.witness, 40),
      // The length is our own text, added after sanitizing so that `<1 ms` keeps its `<`.
      label: `${mermaidLabel(`${step ? `step ${step.step + 1} ` : ''}${span.state}`)} ${length}`,
      fromMs: span.fromMs,
      untilMs: span.untilMs,
      tag: step ? 'crit' : undefined,
      milestone: isShort(ms, timeline),
    });
  }
  for (const event of pathEvents(attempt)) {
    const count = event.count !== undefined && event.count > 1 ? ` x${event.count}` : '';
    const reason = event.reason && event.reason !== event.state ? `${event.reason} ` : '';
    const step = steps.find(
      (match) => match.byEventCount && match.atMs === event.atMs && match.state === event.state,
    );
    bars.push({
      section: 'events',
      label: mermaidLabel(`${step ? `step ${step.step + 1} ` : ''}${reason}${event.state}${count}`),
      fromMs: event.atMs,
      untilMs: event.atMs,
      tag: step ? 'crit' : undefined,
      milestone: true,
    });
  }
  for (const bound of boundsOf(attempt.verdict)) {
    const windowMs = bound.withinMs ?? bound.afterMs;
    if (windowMs === undefined) continue;
    // A window that ends after the attempt is drawn to the attempt's end, not past it.
    const untilMs = Math.max(bound.fromMs, Math.min(bound.fromMs + windowMs, timeline.endedAtMs));
    bars.push({
      section: 'bounds',
      label: mermaidLabel(`${bound.bound}${bound.result === 'passed' ? '' : ' missed'}`),
      fromMs: bound.fromMs,
      untilMs,
      tag: bound.result === 'passed' ? 'done' : 'crit',
      milestone: isShort(untilMs - bound.fromMs, timeline),
    });
  }
  for (const gap of gapsOf(timeline)) {
    const ms = gap.untilMs - gap.atMs;
    bars.push({
      section: 'gaps',
      label: `${mermaidLabel(`${gap.resource} ${gap.cause}`)} ${formatLasted(ms)}`,
      fromMs: gap.atMs,
      untilMs: gap.untilMs,
      tag: 'active',
      milestone: isShort(ms, timeline),
    });
  }
  for (const polling of pollingOf(timeline)) {
    const untilMs = Math.max(polling.atMs, polling.untilMs ?? timeline.endedAtMs);
    bars.push({
      section: 'polled',
      label: mermaidLabel(`${polling.resource} every ${formatDuration(polling.intervalMs)}`),
      fromMs: polling.atMs,
      untilMs,
      tag: 'done',
      milestone: isShort(untilMs - polling.atMs, timeline),
    });
  }
  return bars;
}

/**
 * The Events worth a diamond: those of a state the path names (the evidence an Event count can
 * give), each (state, count) once. The kubelet's bookkeeping (Scheduled, Pulled, Created, a
 * BackOff repeated at every sync) would fill most rows of the chart; the table lists them all.
 */
function pathEvents(attempt: Attempt): StateEntry[] {
  const named = new Set(attempt.verdict.matched.map((match) => match.state));
  for (const word of attempt.verdict.expectedPath.match(/[A-Za-z][\w-]*/g) ?? []) named.add(word);
  const seen = new Set<string>();
  return eventEntries(attempt.timeline).filter((event) => {
    const key = `${event.state}\u0000${event.count ?? 1}`;
    if (!named.has(event.state) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a path step matched the state this span starts with (or contains, for a relist). */
function matches(match: StepMatch, span: StateSpan): boolean {
  return (
    match.witness === span.witness &&
    match.state === span.state &&
    span.fromMs <= match.atMs &&
    (match.atMs < span.untilMs || match.atMs === span.fromMs)
  );
}

/** At most `max` bars, by time: the first and the last ones, and one bar naming the rest. */
function limit(bars: Bar[], max: number): Bar[] {
  if (bars.length <= max) return bars;
  const byTime = [...bars].sort((a, b) => a.fromMs - b.fromMs);
  const { head, omitted, tail } = headAndTail(byTime, Math.max(1, max - 1));
  const left = byTime.slice(head.length, head.length + omitted);
  const first = left[0]!;
  const summary: Bar = {
    section: 'not drawn',
    label: mermaidLabel(`${omitted} more bars, see the table`),
    fromMs: first.fromMs,
    untilMs: Math.max(first.fromMs + 1, ...left.map((bar) => bar.untilMs)),
    tag: 'done',
  };
  const kept = new Set([...head, ...tail]);
  return [...bars.filter((bar) => kept.has(bar)), summary];
}

/** `HH:mm:ss.SSS` of a time since the start of the attempt. */
function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const hours = Math.floor(total / 3_600_000) % 24;
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 1000, 3)}`;
}
