// The verifier: a Timeline and an expected path in, a Verdict out; and the same reasoning run on
// a growing timeline, so the runner can stop as soon as the result is certain.
import type { MessagePattern } from '../util/pattern.ts';
import type { Timeline, Witness } from '../observe/types.ts';
import { explain } from './explain.ts';
import { FUTURE, gatherEvidence, search, stateEntries, type Evidence } from './match.ts';
import { pathStates } from './path.ts';
import { pollingMiss, type Poller } from './polling-miss.ts';
import { compilePath, type Instruction } from './program.ts';
import { DEAD_ENDS, PULL_ERROR_STATES } from './states.ts';
import type { Analysis, Compiled, TrackOptions, VerifyOptions } from './analysis.ts';
import type { MessageCheck, StepMatch, Verdict } from './types.ts';

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

export const DEFAULT_SETTLE_MS = 2000;
export const DEFAULT_UNSCHEDULABLE_GRACE_MS = 30_000;

export function trackPath(options: TrackOptions): PathTracker {
  const compiled = compile(options);
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  return {
    decide(timeline, nowMs) {
      const now = nowMs ?? lastMoment(timeline);
      const { result, matched } = analyze(compiled, timeline, now);
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
  const analysis = analyze(compiled, timeline, lastMoment(timeline));
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
    ...(analysis.decidedAtMs !== undefined && { decidedAtMs: analysis.decidedAtMs }),
    ...(analysis.matched.length > 0 && {
      pollingMiss: pollingMiss(timeline, analysis.matched, configuredPoller(options)),
    }),
  };
}

function compile(options: TrackOptions): Compiled {
  const states = pathStates(options.path);
  return {
    options,
    code: compilePath(options.path),
    expectsPullErrors: [...states].some((state) => PULL_ERROR_STATES.has(state)),
  };
}

function analyze(compiled: Compiled, timeline: Timeline, nowMs: number): Analysis {
  const { options, code } = compiled;
  const evidence = gatherEvidence(timeline, options.witness);
  const message = checkMessage(timeline, options.expectedMessage);
  const found = search(code, evidence);
  const toMatches = (steps: { pc: number; candidate: number }[]) =>
    steps.map(({ pc, candidate }, i) => stepMatch(i, code[pc]!, evidence, candidate));

  if (found.complete) {
    const matched = toMatches(found.complete);
    const messageFailed = compiled.expectsPullErrors && message.result === 'mismatched';
    return {
      result: messageFailed ? 'failed' : 'passed',
      evidence,
      matched,
      stuckAt: [],
      message,
      decidedAtMs: Math.max(...matched.map((step) => step.atMs)),
      nowMs,
    };
  }
  const partial: Analysis = {
    result: 'inconclusive',
    evidence,
    matched: toMatches(found.partial),
    stuckAt: found.stuckAt,
    message,
    nowMs,
  };
  const deadEnds = deadEndsInForce(timeline, nowMs, options);
  if (deadEnds.length === 0) return partial;
  const ruledOut = new Set(deadEnds.flatMap((deadEnd) => deadEnd.rulesOut));
  if (search(code, evidence, { ruledOut }).complete) return partial;
  const needed = pathStates(options.path);
  const first = deadEnds.find((deadEnd) => deadEnd.rulesOut.some((state) => needed.has(state)));
  if (!first) return partial;
  return {
    ...partial,
    result: 'failed',
    contradiction: {
      state: first.state,
      witness: first.witness,
      atMs: first.atMs,
      rulesOut: first.rulesOut.filter((state) => needed.has(state)),
    },
    decidedAtMs: first.countsFromMs,
  };
}

function stepMatch(
  step: number,
  instruction: Instruction,
  evidence: Evidence,
  candidateIndex: number,
): StepMatch {
  if (instruction.op !== 'step' || candidateIndex === FUTURE)
    throw new Error('stepMatch: not a step matched to an observed state');
  const { entry, byEventCount } = evidence.candidates[candidateIndex]!;
  return {
    step,
    state: entry.state,
    atMs: entry.atMs,
    witness: entry.witness,
    seenBy: entry.seenBy,
    ...(entry.resourceVersion !== undefined && { resourceVersion: entry.resourceVersion }),
    ...(byEventCount && { byEventCount: true, count: entry.count ?? 1 }),
    column: instruction.column,
    join: instruction.join,
    ...(entry.message !== undefined && { message: entry.message }),
  };
}

interface DeadEndInForce {
  state: string;
  witness: Witness;
  atMs: number;
  /** When it started to count: after the settle time, or the grace time for ErrorUnschedulable. */
  countsFromMs: number;
  rulesOut: readonly string[];
}

/** Ruling-out states (DEAD_ENDS) seen by any object witness that count at `nowMs`, earliest first. */
function deadEndsInForce(timeline: Timeline, nowMs: number, options: TrackOptions) {
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const graceMs = options.unschedulableGraceMs ?? DEFAULT_UNSCHEDULABLE_GRACE_MS;
  const entries = stateEntries(timeline).filter((entry) => entry.atMs <= nowMs);
  const found: DeadEndInForce[] = [];
  for (const witness of ['vm', 'vmi', 'pod'] as const) {
    // The witness's states with consecutive repeats dropped: each is where a state was entered.
    const runs = entries
      .filter((entry) => entry.witness === witness)
      .filter((entry, i, all) => i === 0 || all[i - 1]!.state !== entry.state);
    for (const deadEnd of DEAD_ENDS) {
      if (!deadEnd.witnesses.includes(witness)) continue;
      const entered = deadEnd.mustPersist
        ? runs.slice(-1).filter((entry) => entry.state === deadEnd.state)
        : runs.filter((entry) => entry.state === deadEnd.state).slice(0, 1);
      const at = entered[0]?.atMs;
      if (at === undefined) continue;
      const countsFromMs = at + (deadEnd.mustPersist ? graceMs : settleMs);
      if (countsFromMs <= nowMs)
        found.push({
          state: deadEnd.state,
          witness,
          atMs: at,
          countsFromMs,
          rulesOut: deadEnd.rulesOut,
        });
    }
  }
  return found.sort((a, b) => a.countsFromMs - b.countsFromMs);
}

/**
 * Checks the image pull error messages (the VMI's Synchronized condition, the pod's waiting
 * message, Events) against `pattern`, in time order. The VM itself carries no message.
 */
export function checkMessage(timeline: Timeline, pattern: MessagePattern): MessageCheck {
  // A RegExp with a global or sticky flag would make `test` remember where it stopped.
  const regex =
    pattern instanceof RegExp
      ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
      : pattern;
  const seen: string[] = [];
  for (const entry of stateEntries(timeline)) {
    if (entry.witness === 'vm' || !PULL_ERROR_STATES.has(entry.state) || !entry.message) continue;
    // The kubelet's `Failed` Event `Error: ErrImagePull` names no image: nothing to check.
    if (/^Error: \w+$/.test(entry.message)) continue;
    if (regex.test(entry.message)) {
      return {
        pattern: pattern.source,
        result: 'matched',
        matched: { text: entry.message, witness: entry.witness },
        seen: [],
      };
    }
    if (!seen.includes(entry.message)) seen.push(entry.message);
  }
  return { pattern: pattern.source, result: seen.length > 0 ? 'mismatched' : 'unseen', seen };
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
