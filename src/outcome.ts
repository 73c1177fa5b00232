// What one check produced, as plain data for the reporters, the action and the CLI: the result
// over its attempts, each attempt's timeline and verdict, and where a check that could not run
// stopped. Every stage's output ends up here; no stage imports it but the runner and the edges.
import type { Diagnostics } from './cluster/index.ts';
import type { Timeline } from './observe/types.ts';
import { errorMessage } from './util/errors.ts';
import type { RepeatSummary } from './verify/index.ts';
import type { CheckResult, Verdict, WitnessChoice } from './verify/types.ts';

export type { CheckResult } from './verify/types.ts';

/** One attempt of the check, on its own fresh VM. */
export interface Attempt {
  number: number;
  /** `namespace/name` of the VM of this attempt. */
  vm: string;
  startedAt: string;
  durationMs: number;
  timeline: Timeline;
  verdict: Verdict;
  /** HTTP requests the observer made to the API server during the attempt (lists, polls, watches). */
  apiRequests?: number;
}

/** What the cluster runs, from the pre-flight: a change is named beside a trend, not mixed into it. */
export interface CheckEnvironment {
  kubernetesVersion?: string;
  kubevirtVersion?: string;
}

/** How long `setup: kind` took: creating the cluster, installing KubeVirt (ms). */
export interface SetupTimings {
  clusterMs: number;
  kubevirtMs: number;
  /** kind's node image, when one was asked for. */
  nodeImage?: string;
}

/**
 * Where a check that could not run stopped: `setup` (kind and KubeVirt, `setup: kind`),
 * `pre-flight` (kubeconfig, API server, KubeVirt installed and Available, RBAC, the ImageVolume
 * gate) or `run` (after the run began creating its namespace and VMs).
 */
export type CheckStage = 'setup' | 'pre-flight' | 'run';

/** Why a check could not run to a verdict, as plain data for the reporters. */
export interface CheckError {
  stage: CheckStage;
  /** The error's message as thrown: untrusted (it may quote the cluster), possibly several lines. */
  message: string;
}

export interface CheckOutcome {
  result: CheckResult;
  attempts: Attempt[];
  durationMs: number;
  /**
   * Set when the check could not run to a verdict; `result` is then `failed` and `attempts`
   * holds those that completed before it stopped (often none).
   */
  error?: CheckError;
  environment?: CheckEnvironment;
  setup?: SetupTimings;
  /** Repeat mode (`repeat` above 1): the failure rate over the runs and the failures by cause. */
  repeat?: RepeatSummary;
  /** Set when cleanup could not remove everything the check created. */
  leftovers?: Leftovers;
  /** Collected from the cluster when the check failed, was inconclusive or could not run. */
  diagnostics?: Diagnostics;
  /**
   * A suite (`checks`): each check's outcome, in the list's order. `result` is then the worst of
   * theirs and `attempts` is empty.
   */
  checks?: CheckInSuite[];
}

/** One check of a suite and what it produced. */
export interface CheckInSuite {
  name: string;
  /** Its scenario preset, when it has one (docs/presets.md). */
  preset?: string;
  /** The path it was checked against. */
  expectedPath: string;
  /** Where that path came from: the check's `expected-path`, or its preset for a KubeVirt range. */
  pathSource: string;
  witness: WitnessChoice;
  /** The containerDisk image of its VM. */
  image: string;
  attemptsAllowed: number;
  /** Its attempts and result; `error` when its run stopped before a verdict. */
  outcome: CheckOutcome;
}

/** What cleanup could not remove: the post step tries again; the command removes it by hand. */
export interface Leftovers {
  /** What is left, e.g. `namespace "x" and everything in it`. */
  what: string;
  /** Why it could not be removed: the API's answer or the wait that ran out (untrusted). */
  why: string;
  /** The `kubectl` command that removes it. */
  command: string;
}

/** Whether an outcome fails the step: failed and inconclusive do, flaky when asked to. */
export function failsStep(result: CheckResult, failOnFlaky: boolean): boolean {
  return result === 'failed' || result === 'inconclusive' || (result === 'flaky' && failOnFlaky);
}

export class CancelledError extends Error {
  constructor(leftovers?: Leftovers) {
    super(
      leftovers
        ? `The check was cancelled; cleanup could not remove ${leftovers.what} (the post step tries again).`
        : 'The check was cancelled; what it created has been cleaned up.',
    );
    this.name = 'CancelledError';
  }
}

/**
 * The check stopped before a verdict, in the pre-flight or during the run. Its message is the
 * original error's (the original is its `cause`); `attempts` are those that completed before.
 */
export class CheckStoppedError extends Error {
  readonly stage: CheckStage;
  readonly attempts: Attempt[];
  readonly leftovers?: Leftovers;
  /** What the cluster showed when the check stopped, when it could be read. */
  diagnostics?: Diagnostics;
  constructor(stage: CheckStage, cause: unknown, attempts: Attempt[] = [], leftovers?: Leftovers) {
    super(errorMessage(cause), { cause });
    this.name = 'CheckStoppedError';
    this.stage = stage;
    this.attempts = attempts;
    if (leftovers) this.leftovers = leftovers;
  }
}

/**
 * The outcome to report for a check that could not run: `failed`, with the stage and the message.
 * `stage` is used when `error` does not name one (it is not a CheckStoppedError), e.g. `setup`.
 */
export function stoppedOutcome(
  error: unknown,
  stage: CheckStage,
  durationMs: number,
  diagnostics?: Diagnostics,
): CheckOutcome {
  const known = error instanceof CheckStoppedError ? error : undefined;
  const collected = known?.diagnostics ?? diagnostics;
  return {
    result: 'failed',
    attempts: known?.attempts ?? [],
    durationMs: Math.round(durationMs),
    error: { stage: known?.stage ?? stage, message: errorMessage(error) },
    ...(known?.leftovers ? { leftovers: known.leftovers } : {}),
    ...(collected ? { diagnostics: collected } : {}),
  };
}
