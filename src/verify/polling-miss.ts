// How likely a poller would have missed what the watch saw. A poller of interval P, whose phase
// is uniformly random against the state's start, reads a state that lives `dwell` ms with
// probability min(1, dwell / P); so it misses it with probability max(0, 1 - dwell / P). A path
// is missed when at least one of its needed states is: 1 - Π(1 - p) over the matched steps, the
// states taken as independent (each state's start is unrelated to the poll phase).
import type { StateEntry, Timeline, Witness } from '../observe/types.ts';
import { stateEntries } from './match.ts';
import type { Poller, PollingMissEstimate, StepDwell, StepMatch } from './types.ts';

export type { Poller, PollerMiss, PollingMissEstimate, StepDwell } from './types.ts';

/** The intervals people poll at: upstream's old test, chainsaw's assert, e2e-framework's default. */
export const REFERENCE_POLLERS: readonly Poller[] = [
  { intervalMs: 50, who: "chainsaw's assert" },
  { intervalMs: 1000, who: "KubeVirt's old test_id:6869 (Gomega Eventually)" },
  { intervalMs: 5000, who: "e2e-framework's wait default" },
];

/** The chance that a poller of `intervalMs` never reads a state that lasted `dwellMs`. */
export function missProbability(dwellMs: number, intervalMs: number): number {
  if (!(intervalMs > 0)) return 0;
  return Math.max(0, 1 - Math.max(0, dwellMs) / intervalMs);
}

/** The chance that at least one of independent states, each missed with `p`, is missed. */
export function anyMissed(probabilities: readonly number[]): number {
  return 1 - probabilities.reduce((seen, p) => seen * (1 - p), 1);
}

/**
 * How long each matched step's state lasted: from its entry to the witness's next entry with
 * another state (or the end of the observation, marked `ongoing`).
 */
export function stepDwells(timeline: Timeline, matched: readonly StepMatch[]): StepDwell[] {
  const byWitness = new Map<Witness, StateEntry[]>();
  for (const entry of stateEntries(timeline)) {
    byWitness.set(entry.witness, [...(byWitness.get(entry.witness) ?? []), entry]);
  }
  return matched.map((step) => {
    const base = { step: step.step, state: step.state, witness: step.witness };
    if (step.byEventCount) return base;
    const entries = byWitness.get(step.witness) ?? [];
    const start = entries.findIndex(
      (entry) =>
        entry.atMs === step.atMs &&
        entry.state === step.state &&
        (step.resourceVersion === undefined || entry.resourceVersion === step.resourceVersion),
    );
    if (start < 0) return base;
    const next = entries.slice(start + 1).find((entry) => entry.state !== step.state);
    if (!next) return { ...base, dwellMs: timeline.endedAtMs - step.atMs, ongoing: true };
    return { ...base, dwellMs: next.atMs - step.atMs };
  });
}

/**
 * The polling-miss estimate of a matched path for the reference pollers and any more intervals
 * (the configured `poll-interval`), by interval, without duplicates.
 */
export function pollingMiss(
  timeline: Timeline,
  matched: readonly StepMatch[],
  more: readonly Poller[] = [],
): PollingMissEstimate {
  const dwells = stepDwells(timeline, matched);
  const pollers = [...REFERENCE_POLLERS, ...more]
    .filter(
      (poller, index, all) => all.findIndex((p) => p.intervalMs === poller.intervalMs) === index,
    )
    .sort((a, b) => a.intervalMs - b.intervalMs);
  return {
    dwells,
    pollers: pollers.map((poller) => {
      const steps = dwells.map((dwell) =>
        dwell.dwellMs === undefined || dwell.ongoing
          ? undefined
          : missProbability(dwell.dwellMs, poller.intervalMs),
      );
      const known = steps.filter((p): p is number => p !== undefined);
      return { ...poller, steps, path: anyMissed(known) };
    }),
  };
}
