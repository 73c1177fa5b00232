// What the verifier concludes, as plain data for the runner and the reporters.
import type { SeenBy, Timeline, Witness } from '../observe/types.ts';

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
}

export interface MessageCheck {
  /** The `expected-message` regular expression, as given. */
  pattern: string;
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
  mismatch?: { step: number; expected: string; seenInstead: string[] };
  message?: MessageCheck;
  /** Plain sentences a KubeVirt developer understands. */
  explanation: string;
  /** Known causes for what was seen (e.g. `ErrorUnschedulable` -> no KVM and no emulation). */
  causes: string[];
}

/** One attempt of the check, on its own fresh VM. */
export interface Attempt {
  number: number;
  /** `namespace/name` of the VM of this attempt. */
  vm: string;
  startedAt: string;
  durationMs: number;
  timeline: Timeline;
  verdict: Verdict;
}

export interface CheckOutcome {
  result: CheckResult;
  attempts: Attempt[];
  durationMs: number;
}
