// Outcomes of the same check at another speed: every moment of every attempt moved by `shift`,
// then multiplied by `factor` (a slower cluster, a longer kubelet back-off).
import type { CheckOutcome } from '../../src/outcome.ts';

export function retimed<
  T extends Pick<CheckOutcome, 'attempts'> & { setup?: CheckOutcome['setup'] },
>(source: T, factor: number, shift = 0): T {
  const at = (value: number) => (value + shift) * factor;
  const copy = structuredClone(source);
  for (const attempt of copy.attempts) {
    const { timeline, verdict } = attempt;
    timeline.endedAtMs = at(timeline.endedAtMs);
    for (const entry of timeline.entries) {
      entry.atMs = at(entry.atMs);
      if (entry.kind !== 'state' && entry.untilMs !== undefined) entry.untilMs = at(entry.untilMs);
    }
    for (const step of verdict.matched) step.atMs = at(step.atMs);
    if (verdict.decidedAtMs !== undefined) verdict.decidedAtMs = at(verdict.decidedAtMs);
    timeline.startedAt = new Date(Date.parse(timeline.startedAt) - shift).toISOString();
  }
  if (copy.setup) {
    copy.setup.clusterMs *= factor;
    copy.setup.kubevirtMs *= factor;
  }
  return copy;
}

/** The outcome as if it had started `days` after the original (its attempts' wall clock). */
export function startedLater<T extends Pick<CheckOutcome, 'attempts'>>(source: T, days: number): T {
  const copy = structuredClone(source);
  for (const attempt of copy.attempts) {
    const later = (iso: string) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();
    attempt.startedAt = later(attempt.startedAt);
    attempt.timeline.startedAt = later(attempt.timeline.startedAt);
  }
  return copy;
}
