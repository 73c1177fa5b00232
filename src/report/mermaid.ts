// The states of one attempt as a mermaid gantt: a section per witness, a bar per state. Drawn to
// scale a 1 ms ErrImagePull in a 60 s attempt is invisible, so a bar shorter than 1 % of the
// attempt is drawn that wide instead, highlighted, with its real duration in the label.
import type { Attempt } from '../outcome.ts';
import { mermaidLabel } from './escape.ts';
import { eventEntries, gapsOf, headAndTail, pollingOf, stateSpans } from './spans.ts';
import { formatDuration } from './text.ts';

/** mermaid's default `maxTextSize`: a longer diagram is not drawn at all. */
export const MERMAID_MAX_CHARS = 50_000;

/** Share of the attempt below which a bar is widened. */
const MIN_BAR_SHARE = 0.01;

type Tag = 'active' | 'crit' | 'done';

interface Bar {
  section: string;
  label: string;
  fromMs: number;
  untilMs: number;
  tag?: Tag;
}

export interface GanttOptions {
  /** Bars drawn at most; the rest is named in one bar ("N more, see the table"). */
  maxBars: number;
}

/** The legend that goes under the chart, in the renderers' own words. */
export const GANTT_LEGEND =
  'Highlighted bars lasted less than 1 % of the attempt and are drawn wider; their label has the real duration. Red bars are watch gaps, grey bars polled stretches.';

/**
 * The mermaid source (without the code fence) of the gantt of one attempt, or `undefined` when
 * there is nothing to draw. Guarantee: under MERMAID_MAX_CHARS, every label sanitized by
 * `mermaidLabel`. Limit: the time axis wraps after 24 hours.
 */
export function renderGantt(attempt: Attempt, options: GanttOptions): string | undefined {
  const timeline = attempt.timeline;
  const spanMs = Math.max(1, timeline.endedAtMs);
  const minWidth = Math.max(1, Math.ceil(spanMs * MIN_BAR_SHARE));
  const bars = collectBars(attempt);
  if (bars.length === 0) return undefined;

  const drawn = widen(limit(bars, options.maxBars), minWidth);
  const sections: string[] = [];
  for (const bar of drawn) if (!sections.includes(bar.section)) sections.push(bar.section);
  const lines = [
    'gantt',
    `  title ${mermaidLabel(`Attempt ${attempt.number} ${attempt.vm}`, 80)}`,
    '  dateFormat HH:mm:ss.SSS',
    `  axisFormat ${spanMs >= 3_600_000 ? '%H:%M:%S' : '%M:%S'}`,
    '  todayMarker off',
  ];
  for (const section of sections) {
    lines.push(`  section ${section}`);
    for (const bar of drawn.filter((b) => b.section === section)) {
      const data = [bar.tag, clock(bar.fromMs), clock(bar.untilMs)].filter(Boolean).join(', ');
      lines.push(`    ${bar.label} :${data}`);
    }
  }
  const source = lines.join('\n');
  if (source.length > MERMAID_MAX_CHARS && options.maxBars > 10) {
    return renderGantt(attempt, { maxBars: Math.floor(options.maxBars / 2) });
  }
  return source.length > MERMAID_MAX_CHARS ? undefined : source;
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
  for (const span of spans) {
    const several = (objectsOf.get(span.witness)?.size ?? 0) > 1;
    const name = span.object.split('/').at(-1) ?? span.object;
    bars.push({
      section: mermaidLabel(several ? `${span.witness} ${name}` : span.witness, 40),
      label: mermaidLabel(
        `${span.state} ${formatDuration(span.untilMs - span.fromMs)}${span.open ? ' until end' : ''}`,
      ),
      fromMs: span.fromMs,
      untilMs: span.untilMs,
    });
  }
  for (const event of eventEntries(timeline)) {
    const count = event.count !== undefined && event.count > 1 ? ` x${event.count}` : '';
    bars.push({
      section: 'events',
      label: mermaidLabel(`${event.state}${count}${event.reason ? ` ${event.reason}` : ''}`),
      fromMs: event.atMs,
      untilMs: event.atMs,
    });
  }
  for (const gap of gapsOf(timeline)) {
    bars.push({
      section: 'watch gaps',
      label: mermaidLabel(`${gap.resource} ${gap.cause} ${formatDuration(gap.untilMs - gap.atMs)}`),
      fromMs: gap.atMs,
      untilMs: gap.untilMs,
      tag: 'crit',
    });
  }
  for (const polling of pollingOf(timeline)) {
    const untilMs = polling.untilMs ?? timeline.endedAtMs;
    bars.push({
      section: 'polled',
      label: mermaidLabel(`${polling.resource} every ${formatDuration(polling.intervalMs)}`),
      fromMs: polling.atMs,
      untilMs: Math.max(polling.atMs, untilMs),
      tag: 'done',
    });
  }
  return bars;
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
    untilMs: Math.max(...left.map((bar) => bar.untilMs)),
    tag: 'done',
  };
  const kept = new Set([...head, ...tail]);
  return [...bars.filter((bar) => kept.has(bar)), summary];
}

function widen(bars: Bar[], minWidth: number): Bar[] {
  return bars.map((bar) => {
    if (bar.untilMs - bar.fromMs >= minWidth) return bar;
    return {
      ...bar,
      untilMs: bar.fromMs + minWidth,
      tag: bar.tag ?? 'active',
      label: mermaidLabel(`${bar.label} shown wider`, 80),
    };
  });
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
