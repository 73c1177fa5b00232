// Readings of a finished timeline that more than one stage needs: a witness's states as
// episodes, and the moments the kubelet's pulls failed (the verdict's advice and the trend's
// metrics both read the back-off from them).
import type { StateEntry, Timeline, Witness } from '../observe/types.ts';

/** A stretch in which one witness showed one state: from its first sighting to the next state. */
export interface Episode {
  state: string;
  startMs: number;
  /** Absent while the state lasted to the end of the observation (how long it lasted is unknown). */
  endMs?: number;
}

/** The de-duplicated states of one witness as episodes, in order. */
export function episodes(timeline: Timeline, witness: Witness): Episode[] {
  const result: Episode[] = [];
  const states = timeline.entries
    .filter((entry): entry is StateEntry => entry.kind === 'state' && entry.witness === witness)
    .sort((a, b) => a.atMs - b.atMs);
  for (const entry of states) {
    const last = result.at(-1);
    if (last?.state === entry.state) continue;
    if (last) last.endMs = entry.atMs;
    result.push({ state: entry.state, startMs: entry.atMs });
  }
  return result;
}

/**
 * The most failed pulls one check can see on a real node: its longest timeout (24h) at the
 * kubelet's shortest back-off (10 s) is 8,640. An Event's count is the cluster's to set (any
 * int32): a larger one is no pull of this check, and as an index it would make the result a
 * sparse array of up to 2^31 slots that every reader walks.
 */
const MAX_PULL_COUNT = 10_000;

/**
 * The kubelet's back-off as observed: the time between successive failed pulls. A failed pull
 * is a new `count` of the `ErrImagePull` Event (the Event proves each attempt even when the pod
 * stays in ErrImagePull); without such Events, each entry of the pod into ErrImagePull. An
 * interval across a count that jumped (a watch gap hid an attempt) is left out.
 */
export function pullAttempts(timeline: Timeline): number[] {
  const events = timeline.entries.filter(
    (entry): entry is StateEntry =>
      entry.kind === 'state' && entry.witness === 'event' && entry.state === 'ErrImagePull',
  );
  if (events.length === 0) {
    return episodes(timeline, 'pod')
      .filter((episode) => episode.state === 'ErrImagePull')
      .map((episode) => episode.startMs);
  }
  // Attempt number -> first moment it was seen (the count is the Event's aggregation count).
  const attempts = new Map<number, number>();
  for (const event of events) {
    const count = event.count ?? 1;
    if (!Number.isInteger(count) || count < 1 || count > MAX_PULL_COUNT) continue;
    if (!attempts.has(count)) attempts.set(count, event.atMs);
  }
  const result: number[] = [];
  for (const [count, atMs] of [...attempts].sort((a, b) => a[0] - b[0])) result[count - 1] = atMs;
  return result;
}
