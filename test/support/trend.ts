// Outcomes of the same check at another speed: every moment of every attempt moved by `shift`,
// then multiplied by `factor` (a slower cluster, a longer kubelet back-off); a steady history of
// nightlies, and a run compared with it, for the trend section's tests and its browser rendering.
import type { CheckInSuite, CheckOutcome } from '../../src/outcome.ts';
import { timelineDocument } from '../../src/report/render/timeline-json.ts';
import { compareRuns, type Comparison } from '../../src/trend/compare.ts';
import { runMetrics } from '../../src/trend/metrics.ts';
import { passedOutcome, testContext } from './outcomes.ts';

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

/** Five earlier nightlies of passedOutcome within 2 % of each other, oldest first. */
export function steadyNightlies(): CheckOutcome[] {
  return [1, 0.99, 1.02, 0.98, 1.01].map((factor, day) =>
    startedLater(retimed(passedOutcome(), factor), day - 5),
  );
}

export function documentsOf(outcomes: CheckOutcome[]) {
  return outcomes.map((outcome) => timelineDocument(outcome, testContext()));
}

/** `current` compared with `earlier` (the steady nightlies by default), default threshold. */
export function comparedWith(current: CheckOutcome, earlier = steadyNightlies()): Comparison {
  return compareRuns(
    documentsOf(earlier).map(runMetrics),
    runMetrics(timelineDocument(current, testContext())),
  );
}

/**
 * A passed suite of the named checks, each a missing-image check with its outcome: earlier
 * suites for a baseline (their timeline documents have the `checks` array), or the current one.
 */
export function suiteOf(checks: Record<string, CheckOutcome>): CheckOutcome {
  return {
    result: 'passed',
    attempts: [],
    durationMs: 1000,
    checks: Object.entries(checks).map(([name, outcome]): CheckInSuite => ({
      name,
      preset: 'missing-image',
      expectedPath: 'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
      pathSource: 'expected-path',
      witness: 'vm',
      image: 'registry.invalid/x/no-such-image:latest',
      attemptsAllowed: 2,
      outcome,
    })),
  };
}
