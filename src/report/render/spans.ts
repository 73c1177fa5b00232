// Shapes the renderers draw from a Timeline: how long each state lasted per object, the rows of
// the timeline table (repeats folded), and how to shorten a long list.
import type { StepMatch } from '../../verify/types.ts';
import type {
  GapEntry,
  PollingEntry,
  SeenBy,
  StateEntry,
  Timeline,
  TimelineEntry,
  Witness,
} from '../../observe/types.ts';

/** A state of one object, from the entry that showed it until the object's next state. */
export interface StateSpan {
  witness: Exclude<Witness, 'event'>;
  object: string;
  container?: string;
  state: string;
  fromMs: number;
  untilMs: number;
  /** How the first entry of the span was seen. */
  seenBy: SeenBy;
  /** True when the span lasts until the end of observation (the object's last known state). */
  open: boolean;
}

/**
 * The spans of every object witness, in order of start. Consecutive entries of one object with
 * the same state are one span (a re-list or a repeated poll does not start a new one). Limit: a
 * span is what the observer saw; a state shorter than the gap between two polls is not in it.
 */
export function stateSpans(timeline: Timeline): StateSpan[] {
  const spans: StateSpan[] = [];
  const current = new Map<string, StateSpan>();
  for (const entry of timeline.entries) {
    if (entry.kind !== 'state' || entry.witness === 'event') continue;
    const key = `${entry.witness}\u0000${entry.object}`;
    const previous = current.get(key);
    if (previous?.state === entry.state) continue;
    if (previous) {
      previous.untilMs = entry.atMs;
      previous.open = false;
    }
    const span: StateSpan = {
      witness: entry.witness,
      object: entry.object,
      container: entry.container,
      state: entry.state,
      fromMs: entry.atMs,
      untilMs: Math.max(entry.atMs, timeline.endedAtMs),
      seenBy: entry.seenBy,
      open: true,
    };
    current.set(key, span);
    spans.push(span);
  }
  return spans;
}

/** Entries of the timeline in order; a state entry repeated back to back is folded into one row. */
export interface TimelineRow {
  entry: TimelineEntry;
  /** How many entries this row stands for (1 unless folded). */
  count: number;
  /** `atMs` of the last folded entry. */
  lastAtMs: number;
}

function sameState(a: StateEntry, b: StateEntry): boolean {
  return (
    a.witness === b.witness &&
    a.object === b.object &&
    a.state === b.state &&
    a.seenBy === b.seenBy &&
    a.message === b.message &&
    a.container === b.container &&
    a.reason === b.reason
  );
}

export function timelineRows(timeline: Timeline): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const entry of timeline.entries) {
    const last = rows.at(-1);
    if (last && last.entry.kind === 'state' && entry.kind === 'state') {
      // An Event's count is its own information: keep a row per count.
      if (entry.witness !== 'event' && sameState(last.entry, entry)) {
        last.count++;
        last.lastAtMs = entry.atMs;
        continue;
      }
    }
    rows.push({ entry, count: 1, lastAtMs: entry.atMs });
  }
  return rows;
}

export function gapsOf(timeline: Timeline): GapEntry[] {
  return timeline.entries.filter((entry): entry is GapEntry => entry.kind === 'gap');
}

export function pollingOf(timeline: Timeline): PollingEntry[] {
  return timeline.entries.filter((entry): entry is PollingEntry => entry.kind === 'polling');
}

export function eventEntries(timeline: Timeline): StateEntry[] {
  return timeline.entries.filter(
    (entry): entry is StateEntry => entry.kind === 'state' && entry.witness === 'event',
  );
}

/**
 * The first and last items of a list that is too long to show whole, and how many were left
 * out between them. Keeps two thirds at the head, where a path usually starts to go wrong.
 */
export function headAndTail<T>(
  items: readonly T[],
  max: number,
): { head: T[]; omitted: number; tail: T[] } {
  if (items.length <= max) return { head: [...items], omitted: 0, tail: [] };
  const headCount = Math.ceil((max * 2) / 3);
  const tailCount = Math.max(0, max - headCount);
  return {
    head: items.slice(0, headCount),
    omitted: items.length - headCount - tailCount,
    tail: tailCount > 0 ? items.slice(items.length - tailCount) : [],
  };
}

/** How a path step was matched: `watch`, `poll`, or `event count ×3` when only an Event proves it. */
export function howMatched(match: StepMatch): string {
  if (!match.byEventCount) return match.seenBy;
  return match.count !== undefined ? `event count ×${match.count}` : 'event count';
}

/**
 * Share of an attempt under which a state is too short to see in a chart drawn to scale: it
 * gets a mark (⚡) in tables and a diamond (milestone) in the gantt.
 */
export const SHORT_SHARE = 0.01;

/** Whether a state that lasted `ms` is too short to see at the scale of the timeline. */
export function isShort(ms: number, timeline: Timeline): boolean {
  return ms < Math.max(1, timeline.endedAtMs) * SHORT_SHARE;
}

/**
 * A short name for an object in a narrow column: without its namespace, and a launcher pod
 * `virt-launcher-<vm>-x7k2p` as `virt-launcher-…-x7k2p` (the VM is named elsewhere).
 */
export function shortObjectName(object: string, vm: string): string {
  const name = object.split('/').at(-1) ?? object;
  const vmName = vm.split('/').at(-1) ?? vm;
  const prefix = `virt-launcher-${vmName}-`;
  return name.startsWith(prefix) ? `virt-launcher-…-${name.slice(prefix.length)}` : name;
}
