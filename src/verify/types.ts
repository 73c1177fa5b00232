// What the verifier concludes, as plain data for the runner and the reporters.
import type { SeenBy, Witness } from '../observe/types.ts';

/** Which timeline entries a path is checked against; `any` merges vm, vmi and pod. */
export type WitnessChoice = 'vm' | 'vmi' | 'pod' | 'any';

/** The verdict on one attempt. `inconclusive`: the timeout came with no contradiction. */
export type VerdictResult = 'passed' | 'failed' | 'inconclusive';

/** The result of the whole check over its attempts. `flaky`: a failed attempt, then a pass. */
export type CheckResult = 'passed' | 'flaky' | 'failed' | 'inconclusive';

/** One step of the expected path and the timeline entry that satisfied it. */
export interface StepMatch {
  /** Index of the step in the expanded expected path, from 0. */
  step: number;
  state: string;
  atMs: number;
  witness: Witness;
  seenBy: SeenBy;
  resourceVersion?: string;
  /** True when only an Event's `count` proves this (re-)entry, not an object witness. */
  byEventCount?: boolean;
  /** For `byEventCount`: the count that proves it. */
  count?: number;
  /** Column (0-based) of the step's state name in `expectedPath`, to put a caret under it. */
  column?: number;
  /** `next` when the step had to be the witness's very next state (`=>`). */
  join?: 'later' | 'next';
  /** The message that came with the state (kubelet waiting message, condition, Event). */
  message?: string;
}

export interface MessageCheck {
  /** The `expected-message` regular expression, as given. */
  pattern: string;
  /** `unseen`: no image pull error message was observed at all. */
  result?: 'matched' | 'mismatched' | 'unseen';
  /** The first pull-error message that matched, and who reported it. */
  matched?: { text: string; witness: Witness };
  /** Distinct pull-error messages seen, when none matched. */
  seen: string[];
}

export interface Verdict {
  result: VerdictResult;
  expectedPath: string;
  witness: WitnessChoice;
  /** The de-duplicated sequence of states of the chosen witness, in order. */
  observedPath: string[];
  matched: StepMatch[];
  /** For a failure: the first step that did not match and what was seen instead. */
  mismatch?: { step: number; expected: string; seenInstead: string[]; column?: number };
  message?: MessageCheck;
  /**
   * Plain sentences a KubeVirt developer understands: what happened, then the `caveats`. The
   * known causes are kept apart, in `causes`.
   */
  explanation: string;
  /** Known causes for what was seen (e.g. `ErrorUnschedulable` -> no KVM and no emulation). */
  causes: string[];
  /** Why a match is weaker than a watch would make it: polled steps, Event counts, gaps. */
  caveats?: string[];
  /** What was recognised, as codes for the runner (`mayBeTiming`) and the reporters. */
  diagnosis?: Diagnosis[];
  /** The state that made the path impossible, for a failure decided before the timeout. */
  contradiction?: Contradiction;
  /** The path's time bounds (`within`, `after`) as the match met them, in the order they closed. */
  bounds?: BoundCheck[];
  /** The bound that made the path fail (or, at a timeout, that it was stuck on). */
  boundFailure?: BoundCheck;
  /** The first state of a `never` clause that a witness showed: the attempt failed on it. */
  forbidden?: ForbiddenSeen;
  /** `atMs` at which the result was certain: the last step, or when a contradiction counted. */
  decidedAtMs?: number;
  /**
   * How likely pollers of common intervals would have missed the matched states, from the dwell
   * each state had; absent when no step matched.
   */
  pollingMiss?: PollingMissEstimate;
  /**
   * Which kubelet timing the observed launcher pod implies (readiness gate + native sidecar:
   * ErrImagePull lasts about a second; else a requeue, 10-16 s), with the ErrImagePull dwells
   * seen and what a 1 s poller would have missed; absent when no launcher pod was seen.
   */
  kubeletTiming?: KubeletTiming;
}

/**
 * - `unschedulable`: `ErrorUnschedulable` (no KVM, no emulation).
 * - `image-pulled`: `Running`, so the image exists or could be pulled.
 * - `invalid-image-name`: the pod's `InvalidImageName`.
 * - `stuck-starting`: `Starting` and no pull error anywhere (ImageVolume gate, or a bad image).
 * - `missed-by-witness`: the missing state was seen by another witness or an Event count.
 * - `hidden-by-gap` / `polled`: a watch gap or a polled stretch could hide the missing state.
 * - `slow-back-off`: timed out while the kubelet's back-off was still going.
 * - `message-mismatch`: pull error messages were seen, none matched `expected-message`.
 * - `bound-exceeded`: a step did not come within its `within` bound (or came before its `after`).
 * - `forbidden-state`: a witness showed a state of a `never` clause.
 * - `lookalike-state`: a witness showed a name that differs from an expected state only by
 *   invisible characters.
 * - `vm-not-ours`: the check's VM was deleted by someone else (or replaced by another object
 *   under its name) before the path completed.
 */
export type Diagnosis =
  | 'bound-exceeded'
  | 'lookalike-state'
  | 'forbidden-state'
  | 'unschedulable'
  | 'image-pulled'
  | 'invalid-image-name'
  | 'stuck-starting'
  | 'missed-by-witness'
  | 'hidden-by-gap'
  | 'polled'
  | 'slow-back-off'
  | 'message-mismatch'
  | 'vm-not-ours';

/**
 * A time bound of the path (`within` / `after`) checked on the match. Measured on the observer's
 * clock (`atMs`, when the change reached the observer): the VM's printableStatus carries no
 * timestamp, and the conditions' and Events' timestamps have whole seconds only.
 */
export interface BoundCheck {
  /** As written in canonical form: `within 30s`, `after 5s within 1m`. */
  bound: string;
  /** Column (0-based) of the bound's first keyword in `expectedPath`. */
  column: number;
  withinMs?: number;
  afterMs?: number;
  /** The matched step it is measured from (index into `matched`); absent: the VM's creation. */
  fromStep?: number;
  /** The last matched step inside it; absent when that step has not come. */
  toStep?: number;
  /** `atMs` of its start: the step it is measured from, or 0 for the VM's creation. */
  fromMs: number;
  /** The state of `fromStep`, and of `toStep` with its `atMs`. */
  fromState?: string;
  toState?: string;
  toMs?: number;
  /** From its start to `toStep`; absent when that step has not come. */
  elapsedMs?: number;
  clock: 'observer';
  /** `too-late`/`too-early`: the step came outside the bound; `not-yet`: it had not come when the bound passed. */
  result: 'passed' | 'too-late' | 'too-early' | 'not-yet';
  /** The expected state(s) the bound was waiting for, for a failure. */
  expected?: string;
}

/** A state of a `never` clause that a witness showed. */
export interface ForbiddenSeen {
  state: string;
  /** Column (0-based) of the state in `expectedPath`'s `never` clause. */
  column: number;
  witness: Witness;
  seenBy: SeenBy;
  atMs: number;
  resourceVersion?: string;
  message?: string;
}

/** A state, seen by an object witness, after which the rest of the path cannot come. */
export interface Contradiction {
  state: string;
  witness: Witness;
  atMs: number;
  /** The states it rules out that the path still needed. */
  rulesOut: string[];
}

// The polling-miss estimate (computed in polling-miss.ts), here so a Verdict's types import nothing.
export interface Poller {
  intervalMs: number;
  /** Who polls at that interval, for a reader. */
  who: string;
}

/** How long a matched state lasted as its witness saw it. */
export interface StepDwell {
  step: number;
  state: string;
  witness: Witness;
  /** Undefined for a step proven only by an Event count: no object showed how long it lasted. */
  dwellMs?: number;
  /**
   * True when the state had not ended when the observation did: `dwellMs` is a lower bound, and
   * a poller still polling would have read it, so it has no miss probability.
   */
  ongoing?: boolean;
}

export interface PollerMiss extends Poller {
  /** Per matched step, in step order; undefined where the dwell is unknown or still going on. */
  steps: (number | undefined)[];
  /** The chance that at least one step with a known dwell is missed. */
  path: number;
}

export interface KubeletTiming {
  /**
   * `resync-on-status-write`: the pod has a readiness gate and a native sidecar, so each status
   * write brings another sync within about a second; `requeue`: the 10-16 s requeue rules alone.
   */
  regime: 'resync-on-status-write' | 'requeue';
  /** How long each matched ErrImagePull lasted (ms, the witness's own clock), in step order. */
  errImagePullMs: number[];
  /** The chance that a 1 s poller misses at least one matched step. */
  oneSecondPollingMiss?: number;
  /** One sentence for the report: why ErrImagePull was short or long, and the 1 s poller's miss. */
  summary: string;
}

export interface PollingMissEstimate {
  dwells: StepDwell[];
  pollers: PollerMiss[];
}

// The parsed `expected-path` (parsed in path.ts), here so the path's readers import no parser.
/** How a step follows the previous one: `later` (`->`) or `next` (`=>`, nothing in between). */
export type Join = 'later' | 'next';

export type StateNode = { type: 'state'; name: string; column: number; quoted?: boolean };

export type PathNode =
  | StateNode
  /** `joins[i]` joins `steps[i]` to `steps[i + 1]`. */
  | { type: 'sequence'; steps: PathNode[]; joins: Join[] }
  | { type: 'choice'; options: PathNode[] }
  /** `max` may be `Infinity` (`+`, `{n,}`); `column` is where the repetition is written. */
  | { type: 'repeat'; node: PathNode; min: number; max: number; column?: number }
  /**
   * What it wraps, complete at most `withinMs` and at least `afterMs` after the previous matched
   * step (after the VM's creation when nothing came before). `column` is where the first keyword is.
   */
  | { type: 'bounded'; node: PathNode; withinMs?: number; afterMs?: number; column: number }
  /** The root when the expression has `never` clauses; `path` is absent when it has only those. */
  | { type: 'expression'; path?: PathNode; never: StateNode[] };
