// Matching a compiled path against what the witnesses saw. Pure: no clock, no I/O.
import type { StateEntry, Timeline, Witness } from '../observe/types.ts';
import type { Instruction } from './program.ts';
import type { WitnessChoice } from './types.ts';

/** One piece of evidence a step can be matched to. */
export interface Candidate {
  /** Position in `Evidence.candidates` (time order). */
  index: number;
  entry: StateEntry;
  /** An Event whose count grew: it proves another entry into its state, not when exactly. */
  byEventCount: boolean;
  /** The next state the same witness reported (object witnesses only). */
  next?: number;
}

export interface Evidence {
  witnesses: readonly Witness[];
  candidates: Candidate[];
  /** Candidate indices per state, ascending: object witnesses, and Events whose count grew. */
  objects: Map<string, number[]>;
  events: Map<string, number[]>;
  /** Candidate indices at which a witness entered a state, ascending, keyed `witness state`. */
  entered: Map<string, number[]>;
}

export function witnessesOf(choice: WitnessChoice): readonly Witness[] {
  return choice === 'any' ? ['vm', 'vmi', 'pod'] : [choice];
}

/** Every `state` entry with a state, in time order (stable for equal times). */
export function stateEntries(timeline: Timeline): StateEntry[] {
  return timeline.entries
    .filter((entry): entry is StateEntry => entry.kind === 'state' && entry.state !== '')
    .sort((a, b) => a.atMs - b.atMs);
}

/**
 * The chosen witnesses' states, each consecutive repeat of a witness's state dropped (a witness
 * enters a state once until it leaves it), and the Events whose `count` grew past 1.
 */
export function gatherEvidence(timeline: Timeline, choice: WitnessChoice): Evidence {
  const witnesses = witnessesOf(choice);
  const evidence: Evidence = {
    witnesses,
    candidates: [],
    objects: new Map(),
    events: new Map(),
    entered: new Map(),
  };
  const last = new Map<Witness, Candidate>();
  const eventCounts = new Map<string, number>();
  const add = (entry: StateEntry, byEventCount: boolean) => {
    const candidate: Candidate = { index: evidence.candidates.length, entry, byEventCount };
    evidence.candidates.push(candidate);
    const index = byEventCount ? evidence.events : evidence.objects;
    index.set(entry.state, [...(index.get(entry.state) ?? []), candidate.index]);
    return candidate;
  };
  for (const entry of stateEntries(timeline)) {
    if (entry.witness === 'event') {
      const series = `${entry.object} ${entry.reason ?? ''} ${entry.state}`;
      const count = entry.count ?? 1;
      if (count > (eventCounts.get(series) ?? 0)) {
        eventCounts.set(series, count);
        if (count > 1) add(entry, true);
      }
      continue;
    }
    if (!witnesses.includes(entry.witness)) continue;
    const previous = last.get(entry.witness);
    if (previous?.entry.state === entry.state) continue;
    const candidate = add(entry, false);
    if (previous) previous.next = candidate.index;
    last.set(entry.witness, candidate);
    const key = `${entry.witness} ${entry.state}`;
    evidence.entered.set(key, [...(evidence.entered.get(key) ?? []), candidate.index]);
  }
  return evidence;
}

/** A step matched to a candidate, or to a state that could still come (`FUTURE`). */
export interface Assignment {
  pc: number;
  candidate: number;
}

export const FUTURE = -2;
const NONE = -1;

/**
 * A bound checked along a match: from the match at its start (`NONE` for the VM's creation) to
 * the last match inside it, `elapsedMs` apart on the observer's clock (`FUTURE` when still to come).
 */
export interface BoundAssignment {
  pc: number;
  from: number;
  to: number;
  elapsedMs?: number;
}

export interface SearchResult {
  /** A full match, steps in order. */
  complete?: Assignment[];
  /** The bounds the full match passed, in the order they closed. */
  bounds?: BoundAssignment[];
  /**
   * The bound that failed deepest into the path (on the partial match), when one failed: the
   * search could not go on because of it, not because a state was missing.
   */
  violation?: BoundAssignment & { depth: number; steps: Assignment[] };
  /** The longest partial match found first, and the step instructions it stopped at. */
  partial: Assignment[];
  stuckAt: number[];
}

/**
 * Finds the earliest match of the program in the evidence: each step after the previous one,
 * `next` steps as the same witness's very next state. With `future`, steps may also be matched by
 * states still to come, except those in `future.ruledOut`: that answers "can this still match?".
 *
 * Two rules keep lagging witnesses from inventing re-entries:
 * - A step seen by another witness than the previous step counts only if that witness had itself
 *   entered the previous step's state, before this entry, at least as often as the previous
 *   step's witness had when it matched (so the VM reporting `ErrImagePull` 200 ms after the pod
 *   left it is not taken for a second `ErrImagePull`). Sound when witnesses only lag; when one
 *   coalesced states it may refuse a combination, never invent one.
 * - An Event's grown count satisfies a step only when the path has already matched its state as
 *   often as the count proves more, and only with `->`: a count tells how often, not what came
 *   between.
 */
export function search(
  code: readonly Instruction[],
  evidence: Evidence,
  future?: { ruledOut: ReadonlySet<string>; nowMs?: number },
): SearchResult {
  const { candidates } = evidence;
  const countedStates = [...evidence.events.keys()];
  const occurrences = new Map<string, number>();
  const failed = new Set<string>();
  const path: Assignment[] = [];
  const bounds: BoundAssignment[] = [];
  // The open bounds, innermost last: where each started. At a given instruction the open bounds
  // are always the same ones, so their starts are all a memo key needs of them.
  const anchors: { mark: number; from: number }[] = [];
  const result: SearchResult = { partial: [], stuckAt: [] };
  let deepest = -1;

  // Pruning: a candidate's group is its witness ('event' for Event counts). From two candidates
  // of one group and state, the earlier one can reach all the later one can, unless what follows
  // is `=>` (that depends on the exact entry). So when a continuation has no `=>`, a failed
  // candidate rules out the rest of its group, and a failed `->` step rules out later starts.
  const laterOnly = code.map((_, pc) => onlyLater(code, pc));
  const failedFrom = new Map<string, number>();
  const groupOf = (index: number) =>
    index === FUTURE
      ? 'future'
      : candidates[index]!.byEventCount
        ? 'event'
        : candidates[index]!.entry.witness;
  const occurrenceKey = () =>
    countedStates.map((state) => occurrences.get(state) ?? 0).join() +
    (anchors.length > 0 ? ` ${anchors.map((anchor) => anchor.from).join()}` : '');
  const timeOf = (index: number) =>
    index >= 0 ? candidates[index]!.entry.atMs : index === FUTURE ? Infinity : 0;
  // A bound's clock starts at the first match of what comes before it: once a bound failed
  // from a start, a later start (a later round of the same states) does not get another chance.
  // Keyed by the bound's `mark`; the value is the earliest start that failed.
  const boundFailedFrom = new Map<number, number>();
  const boundFailures = new Map<number, number>();
  const failuresOf = (mark: number) => boundFailures.get(mark) ?? 0;

  const options = function* (
    step: Extract<Instruction, { op: 'step' }>,
    prev: number,
    exhausted: ReadonlySet<string>,
  ) {
    if (prev !== FUTURE) {
      const before = prev >= 0 ? candidates[prev] : undefined;
      for (const index of after(evidence.objects.get(step.name), prev)) {
        const candidate = candidates[index]!;
        if (exhausted.has(candidate.entry.witness)) {
          if (evidence.witnesses.every((witness) => exhausted.has(witness))) break;
          continue;
        }
        // `=>` after nothing (the path's first step, or one after skipped steps) asks nothing.
        if (step.join === 'next' && before) {
          if (before.next === index) yield index;
          continue;
        }
        if (before && before.entry.witness !== candidate.entry.witness) {
          const own = (witness: Witness, until: number) =>
            upTo(evidence.entered.get(`${witness} ${before.entry.state}`), until);
          // An Event count proves a re-entry the object witnesses may have missed: then ask
          // only that the new witness had seen the state at all.
          const needed = before.byEventCount ? 1 : own(before.entry.witness, before.index);
          if (own(candidate.entry.witness, index - 1) < needed) continue;
        }
        yield index;
      }
      const matchedBefore = occurrences.get(step.name) ?? 0;
      if (step.join === 'later' && matchedBefore > 0) {
        for (const index of after(evidence.events.get(step.name), prev)) {
          if (exhausted.has('event')) break;
          if ((candidates[index]!.entry.count ?? 1) > matchedBefore) yield index;
        }
      }
    }
    if (!future || future.ruledOut.has(step.name)) return;
    const last = prev >= 0 ? candidates[prev]! : undefined;
    if (
      step.join === 'later' ||
      prev === FUTURE ||
      !last ||
      (!last.byEventCount && last.next === undefined)
    )
      yield FUTURE;
  };

  // A loop that comes back to where it was without matching anything new (a repetition of
  // states still to come) would recurse forever: going round again cannot help.
  const active = new Set<string>();
  const run = (pc: number, prev: number): boolean => {
    const key = `${pc} ${prev} ${occurrenceKey()}`;
    if (failed.has(key) || active.has(key)) return false;
    active.add(key);
    const matched = attempt(pc, prev);
    active.delete(key);
    if (!matched) failed.add(key);
    return matched;
  };
  const attempt = (pc: number, prev: number): boolean => {
    const instruction = code[pc]!;
    switch (instruction.op) {
      case 'done':
        result.complete = [...path];
        result.bounds = [...bounds];
        return true;
      case 'jump':
        return run(instruction.target, prev);
      case 'split':
        return instruction.targets.some((target) => run(target, prev));
      case 'mark': {
        if (timeOf(prev) >= (boundFailedFrom.get(instruction.mark) ?? Infinity)) return false;
        const failuresBefore = failuresOf(instruction.mark);
        anchors.push({ mark: instruction.mark, from: prev });
        const matched = run(pc + 1, prev);
        anchors.pop();
        if (!matched && failuresOf(instruction.mark) > failuresBefore && prev !== FUTURE)
          boundFailedFrom.set(
            instruction.mark,
            Math.min(timeOf(prev), boundFailedFrom.get(instruction.mark) ?? Infinity),
          );
        return matched;
      }
      case 'check': {
        const at = anchors.findLastIndex((anchor) => anchor.mark === instruction.mark);
        const anchor = anchors[at]!;
        const { ok, elapsedMs } = checkBound(instruction, anchor.from, prev);
        const bound: BoundAssignment = { pc, from: anchor.from, to: prev, elapsedMs };
        if (!ok) {
          boundFailures.set(instruction.mark, failuresOf(instruction.mark) + 1);
          if (!result.violation || path.length >= result.violation.depth)
            result.violation = { ...bound, depth: path.length, steps: [...path] };
          return false;
        }
        anchors.splice(at, 1);
        bounds.push(bound);
        const matched = run(pc + 1, prev);
        bounds.pop();
        anchors.splice(at, 0, anchor);
        return matched;
      }
      case 'step': {
        const from =
          instruction.join === 'later' && prev >= 0
            ? `${pc} ${groupOf(prev)} ${candidates[prev]!.entry.state} ${occurrenceKey()}`
            : undefined;
        if (from !== undefined && prev >= (failedFrom.get(from) ?? Infinity)) return false;
        const exhausted = new Set<string>();
        for (const candidate of options(instruction, prev, exhausted)) {
          path.push({ pc, candidate });
          const count = occurrences.get(instruction.name) ?? 0;
          occurrences.set(instruction.name, count + 1);
          if (run(pc + 1, candidate)) return true;
          occurrences.set(instruction.name, count);
          path.pop();
          if (laterOnly[pc + 1]) exhausted.add(groupOf(candidate));
        }
        if (from !== undefined)
          failedFrom.set(from, Math.min(prev, failedFrom.get(from) ?? Infinity));
        noteStuck(pc);
        return false;
      }
    }
  };
  const noteStuck = (pc: number) => {
    if (path.length > deepest) {
      deepest = path.length;
      result.partial = [...path];
      result.stuckAt = [pc];
    } else if (
      path.length === deepest &&
      !result.stuckAt.includes(pc) &&
      path.every((step, i) => step.candidate === result.partial[i]?.candidate)
    ) {
      result.stuckAt.push(pc);
    }
  };

  /** Whether the last match `to` is within the bound that started at `from`. */
  const checkBound = (
    bound: Extract<Instruction, { op: 'check' }>,
    from: number,
    to: number,
  ): { ok: boolean; elapsedMs?: number } => {
    if (to === FUTURE) {
      // Still to come, so at `nowMs` at the earliest: too late once the upper bound has passed.
      if (from === FUTURE || bound.withinMs === undefined) return { ok: true };
      return { ok: (future?.nowMs ?? -Infinity) <= timeOf(from) + bound.withinMs };
    }
    const elapsedMs = timeOf(to) - timeOf(from);
    const ok =
      (bound.withinMs === undefined || elapsedMs <= bound.withinMs) &&
      (bound.afterMs === undefined || elapsedMs >= bound.afterMs);
    return { ok, elapsedMs };
  };

  run(0, NONE);
  return result;
}

/** True when every step reachable from `pc` without matching anything is joined by `->`. */
function onlyLater(code: readonly Instruction[], start: number): boolean {
  const seen = new Set<number>();
  const visit = (pc: number): boolean => {
    if (seen.has(pc)) return true;
    seen.add(pc);
    const instruction = code[pc]!;
    switch (instruction.op) {
      case 'done':
        return true;
      case 'step':
        return instruction.join === 'later';
      // A bound makes the exact time of a match count: a later one is not "as good".
      case 'mark':
      case 'check':
        return false;
      case 'jump':
        return visit(instruction.target);
      case 'split':
        return instruction.targets.every(visit);
    }
  };
  return visit(start);
}

/** The indices in an ascending list that come after `prev`. */
function after(list: readonly number[] | undefined, prev: number): readonly number[] {
  return list ? list.slice(upTo(list, prev)) : [];
}

/** How many indices in an ascending list are at most `index`. */
function upTo(list: readonly number[] | undefined, index: number): number {
  if (!list) return 0;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! <= index) low = middle + 1;
    else high = middle;
  }
  return low;
}
