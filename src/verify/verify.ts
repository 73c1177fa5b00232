// The verifier: a Timeline and an expected path in, a Verdict out; and the same reasoning run on
// a growing timeline, so the runner can stop as soon as the result is certain.
import type { Timeline } from '../observe/types.ts';
import { explain } from './explain.ts';
import type { Evidence } from './match.ts';
import { forbiddenStates, pathStates, stepsOf } from './path-queries.ts';
import { kubeletTiming } from './kubelet-timing.ts';
import { pollingMiss, type Poller, type PollingMissEstimate } from './polling-miss.ts';
import { compilePath } from './program.ts';
import { PULL_ERROR_STATES } from './states.ts';
import type { Compiled, TrackOptions, VerifyOptions } from './analysis.ts';
import type { Verdict } from './types.ts';
import { DEFAULT_SETTLE_MS, analyze } from './analyze.ts';

export type { TrackOptions, VerifyOptions } from './analysis.ts';

export type Decision = 'passed' | 'failed';

export interface PathTracker {
  /**
   * `passed` once the path is complete (and the message check did not fail), `failed` once the
   * path can no longer complete, `undefined` while it can still go either way. Call it on every
   * new timeline entry and now and then without one (a ruling-out state counts only after a
   * while), with `nowMs` on the timeline's clock; it defaults to the timeline's last moment.
   */
  decide(timeline: Timeline, nowMs?: number): Decision | undefined;
}

export function trackPath(options: TrackOptions): PathTracker {
  const compiled = compile(options);
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  return {
    decide(timeline, nowMs) {
      const now = nowMs ?? lastMoment(timeline);
      const { result, matched } = analyze(compiled, timeline, now, false);
      // The kubelet's Events reach us a moment before virt-controller mirrors the state into the
      // VM: give the chosen witness the settle time to show it before Event counts alone decide.
      if (
        result === 'passed' &&
        matched.some((step) => step.byEventCount && step.atMs > now - settleMs)
      ) {
        return undefined;
      }
      return result === 'inconclusive' ? undefined : result;
    },
  };
}

/**
 * The verdict on one attempt's timeline. Upstream semantics by default (Gomega `Receive` on a
 * watch): each step after the previous one, other states allowed in between. `inconclusive`
 * means the observation ended (timed out) with the path incomplete but still possible.
 */
export function verify(timeline: Timeline, options: VerifyOptions): Verdict {
  const compiled = compile(options);
  const analysis = analyze(compiled, timeline, lastMoment(timeline), options.timedOut);
  const words = explain({ compiled, timeline, analysis, timedOut: options.timedOut });
  return {
    result: analysis.result,
    expectedPath: options.expectedPath,
    witness: options.witness,
    observedPath: observedPath(analysis.evidence),
    matched: analysis.matched,
    ...(words.mismatch && { mismatch: words.mismatch }),
    message: analysis.message,
    explanation: words.explanation,
    causes: words.causes,
    caveats: words.caveats,
    diagnosis: words.diagnosis,
    ...(analysis.contradiction && { contradiction: analysis.contradiction }),
    ...(analysis.bounds && analysis.bounds.length > 0 && { bounds: analysis.bounds }),
    ...(analysis.boundFailure && { boundFailure: analysis.boundFailure }),
    ...(analysis.forbidden && { forbidden: analysis.forbidden }),
    ...(analysis.decidedAtMs !== undefined && { decidedAtMs: analysis.decidedAtMs }),
    ...timing(
      timeline,
      analysis.matched.length > 0
        ? pollingMiss(timeline, analysis.matched, configuredPoller(options))
        : undefined,
    ),
  };
}

/** The polling-miss estimate and the kubelet timing it is read with. */
function timing(
  timeline: Timeline,
  estimate: PollingMissEstimate | undefined,
): Pick<Verdict, 'pollingMiss' | 'kubeletTiming'> {
  const kubelet = kubeletTiming(timeline, estimate);
  return { ...(estimate && { pollingMiss: estimate }), ...(kubelet && { kubeletTiming: kubelet }) };
}

function compile(options: TrackOptions): Compiled {
  const states = pathStates(options.path);
  const code = compilePath(options.path);
  return {
    options,
    code,
    expectsPullErrors: [...states].some((state) => PULL_ERROR_STATES.has(state)),
    hasSteps: stepsOf(options.path) !== undefined,
    hasBounds: code.some((instruction) => instruction.op === 'check'),
    forbidden: new Map(forbiddenStates(options.path).map((state) => [state.name, state.column])),
  };
}

/** The chosen witnesses' states in time order, consecutive repeats dropped. */
function observedPath(evidence: Evidence): string[] {
  const states: string[] = [];
  for (const { entry, byEventCount } of evidence.candidates) {
    if (!byEventCount && states.at(-1) !== entry.state) states.push(entry.state);
  }
  return states;
}

/** The timeline's latest moment: its end, or its last entry if that is later. */
export function lastMoment(timeline: Timeline): number {
  return timeline.entries.reduce(
    (latest, entry) =>
      Math.max(latest, entry.atMs, entry.kind === 'state' ? 0 : (entry.untilMs ?? 0)),
    timeline.endedAtMs,
  );
}

function configuredPoller(options: VerifyOptions): Poller[] {
  if (options.pollIntervalMs === undefined) return [];
  return [{ intervalMs: options.pollIntervalMs, who: "this check's poll-interval" }];
}
