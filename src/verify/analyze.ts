// The analysis behind a verdict: the path searched on the timeline of the check's own VM, each
// step's match, the bounds and forbidden states checked, the dead ends in force, and the message
// check. verify.ts compiles the path, runs this and puts the result into a Verdict.
import type { MessagePattern } from '../util/pattern.ts';
import type { Timeline, Witness } from '../observe/types.ts';
import { lostVm } from './ownership.ts';
import {
  FUTURE,
  gatherEvidence,
  search,
  stateEntries,
  type Assignment,
  type BoundAssignment,
  type Evidence,
} from './match.ts';
import { formatBound, pathStates } from './path-queries.ts';
import type { Instruction } from './program.ts';
import { DEAD_ENDS, PULL_ERROR_STATES } from './states.ts';
import type { Analysis, Compiled, TrackOptions } from './analysis.ts';
import type { BoundCheck, ForbiddenSeen, MessageCheck, StepMatch } from './types.ts';

export const DEFAULT_SETTLE_MS = 2000;
export const DEFAULT_UNSCHEDULABLE_GRACE_MS = 30_000;

export function analyze(
  compiled: Compiled,
  whole: Timeline,
  nowMs: number,
  timedOut: boolean,
): Analysis {
  // What follows the VM's deletion by someone else is not about the check's VM.
  const lost = lostVm(whole);
  const timeline = lost
    ? { ...whole, entries: whole.entries.filter((entry) => entry.atMs < lost.atMs) }
    : whole;
  const analysis = analyzeOwn(compiled, timeline, nowMs, timedOut);
  if (!lost || analysis.result === 'passed') return analysis;
  return {
    ...analysis,
    result: 'failed',
    contradiction: {
      state: lost.state,
      witness: 'vm',
      atMs: lost.atMs,
      rulesOut: [...pathStates(compiled.options.path)],
    },
    decidedAtMs: lost.atMs,
  };
}

function analyzeOwn(
  compiled: Compiled,
  timeline: Timeline,
  nowMs: number,
  timedOut: boolean,
): Analysis {
  const { options, code } = compiled;
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const evidence = gatherEvidence(timeline, options.witness);
  const message = checkMessage(timeline, options.expectedMessage);
  const found = compiled.hasSteps ? search(code, evidence) : { partial: [], stuckAt: [] };
  const toMatches = (steps: { pc: number; candidate: number }[]) =>
    steps.map(({ pc, candidate }, i) => stepMatch(i, code[pc]!, evidence, candidate));

  if (found.complete) {
    const matched = toMatches(found.complete);
    const completedAtMs = Math.max(...matched.map((step) => step.atMs));
    // A forbidden state after the path was complete came after the attempt was decided.
    const forbidden = forbiddenSeen(compiled, timeline, Math.min(nowMs, completedAtMs));
    const bounds = (found.bounds ?? []).map((bound) =>
      boundCheck(code, evidence, found.complete!, bound, 'passed'),
    );
    if (forbidden) return failedOn(forbidden, { evidence, matched, message, nowMs, bounds });
    const messageFailed = compiled.expectsPullErrors && message.result === 'mismatched';
    return {
      result: messageFailed ? 'failed' : 'passed',
      evidence,
      matched,
      stuckAt: [],
      message,
      bounds,
      decidedAtMs: completedAtMs,
      nowMs,
    };
  }
  // A bound that failed where the match got furthest is why it is stuck there (so far).
  const stuckOnBound =
    found.violation && found.violation.depth >= found.partial.length ? found.violation : undefined;
  const partial: Analysis = {
    result: 'inconclusive',
    evidence,
    matched: toMatches(stuckOnBound ? observed(stuckOnBound.steps) : found.partial),
    stuckAt: found.stuckAt,
    message,
    ...(stuckOnBound && {
      boundFailure: boundCheck(code, evidence, stuckOnBound.steps, stuckOnBound, 'failed'),
    }),
    nowMs,
  };
  const forbidden = forbiddenSeen(compiled, timeline, nowMs);
  if (forbidden) return failedOn(forbidden, partial);
  // Only `never` clauses: nothing to wait for, so the attempt passes when its time is up.
  if (!compiled.hasSteps) return timedOut ? { ...partial, result: 'passed' } : partial;
  const deadEnds = deadEndsInForce(timeline, nowMs, options);
  if (deadEnds.length === 0 && !compiled.hasBounds) return partial;
  const ruledOut = new Set(deadEnds.flatMap((deadEnd) => deadEnd.rulesOut));
  // A bound that passed counts only after the settle time, as a ruling-out state does: a
  // lagging witness may still report a state from before it.
  const possible = search(code, evidence, { ruledOut, nowMs: nowMs - settleMs });
  if (possible.complete) return partial;
  const needed = pathStates(options.path);
  const first = deadEnds.find((deadEnd) => deadEnd.rulesOut.some((state) => needed.has(state)));
  const byDeadEnds = first !== undefined && !search(code, evidence, { ruledOut }).complete;
  if (!byDeadEnds && possible.violation) {
    const { violation } = possible;
    const boundFailure = boundCheck(code, evidence, violation.steps, violation, 'failed');
    const withinMs = boundFailure.withinMs;
    return {
      ...partial,
      // The match that failed the bound, so a reader sees what it was measured from.
      matched: toMatches(observed(violation.steps)),
      result: 'failed',
      boundFailure,
      decidedAtMs:
        boundFailure.result === 'too-early' || withinMs === undefined
          ? nowMs
          : boundFailure.fromMs + withinMs + settleMs,
    };
  }
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

/** The steps matched to observed states: a match's prefix before what is still to come. */
function observed(steps: readonly Assignment[]): Assignment[] {
  const future = steps.findIndex((step) => step.candidate === FUTURE);
  return future < 0 ? [...steps] : steps.slice(0, future);
}

function failedOn(
  forbidden: ForbiddenSeen,
  analysis: Omit<Analysis, 'result' | 'stuckAt'> & { stuckAt?: number[] },
): Analysis {
  return {
    ...analysis,
    stuckAt: analysis.stuckAt ?? [],
    result: 'failed',
    forbidden,
    decidedAtMs: forbidden.atMs,
  };
}

/** The first state of a `never` clause that any witness (Events too) showed until `untilMs`. */
function forbiddenSeen(
  compiled: Compiled,
  timeline: Timeline,
  untilMs: number,
): ForbiddenSeen | undefined {
  if (compiled.forbidden.size === 0) return undefined;
  const entry = stateEntries(timeline).find(
    (candidate) => candidate.atMs <= untilMs && compiled.forbidden.has(candidate.state),
  );
  if (!entry) return undefined;
  return {
    state: entry.state,
    column: compiled.forbidden.get(entry.state)!,
    witness: entry.witness,
    seenBy: entry.seenBy,
    atMs: entry.atMs,
    ...(entry.resourceVersion !== undefined && { resourceVersion: entry.resourceVersion }),
    ...(entry.message !== undefined && { message: entry.message }),
  };
}

/** A bound of the search put in the verdict's terms: steps by their index in the match. */
function boundCheck(
  code: readonly Instruction[],
  evidence: Evidence,
  steps: readonly Assignment[],
  bound: BoundAssignment,
  outcome: 'passed' | 'failed',
): BoundCheck {
  const check = code[bound.pc]!;
  if (check.op !== 'check') throw new Error('boundCheck: not a bound');
  const stepOf = (candidate: number) => {
    const index = steps.findIndex((step) => step.candidate === candidate);
    return index >= 0 ? index : undefined;
  };
  const fromStep = bound.from >= 0 ? stepOf(bound.from) : undefined;
  const toStep = bound.to >= 0 ? stepOf(bound.to) : undefined;
  const result: BoundCheck['result'] =
    outcome === 'passed'
      ? 'passed'
      : bound.elapsedMs === undefined
        ? 'not-yet'
        : check.withinMs !== undefined && bound.elapsedMs > check.withinMs
          ? 'too-late'
          : 'too-early';
  return {
    bound: formatBound(check).trim(),
    column: check.column,
    ...(check.withinMs !== undefined && { withinMs: check.withinMs }),
    ...(check.afterMs !== undefined && { afterMs: check.afterMs }),
    ...(fromStep !== undefined && { fromStep }),
    ...(toStep !== undefined && { toStep }),
    fromMs: bound.from >= 0 ? evidence.candidates[bound.from]!.entry.atMs : 0,
    ...(bound.from >= 0 && { fromState: evidence.candidates[bound.from]!.entry.state }),
    ...(bound.to >= 0 && {
      toState: evidence.candidates[bound.to]!.entry.state,
      toMs: evidence.candidates[bound.to]!.entry.atMs,
    }),
    ...(bound.elapsedMs !== undefined && { elapsedMs: bound.elapsedMs }),
    clock: 'observer',
    result,
    ...(result !== 'passed' && { expected: check.what }),
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
