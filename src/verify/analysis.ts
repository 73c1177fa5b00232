// The verifier's inner data: its options, the compiled path and the analysis of a timeline,
// shared by verify.ts and analyze.ts (which compute them) and explain.ts, causes.ts and caveats.ts
// (which put them into words).
import type { Audience } from '../util/setting.ts';
import type { MessagePattern } from '../util/pattern.ts';
import type { Evidence } from './match.ts';
import type { PathNode } from './path.ts';
import type { Instruction } from './program.ts';
import type {
  BoundCheck,
  Contradiction,
  ForbiddenSeen,
  MessageCheck,
  StepMatch,
  VerdictResult,
  WitnessChoice,
} from './types.ts';

export interface VerifyOptions {
  /** The parsed `expected-path`, and its text as given. */
  path: PathNode;
  expectedPath: string;
  witness: WitnessChoice;
  /** Must match an image pull error message when the path expects pull errors. */
  expectedMessage: MessagePattern;
  /** True when the attempt ended because its timeout passed. */
  timedOut: boolean;
  /**
   * How long after a ruling-out state (`Running`, `InvalidImageName`) other witnesses may still
   * report what happened before it, and how long an early decision waits for the chosen witness
   * before a step proven only by an Event count decides it; default `DEFAULT_SETTLE_MS`.
   */
  settleMs?: number;
  /** How long `ErrorUnschedulable` must last before it rules out a pull, default 30 s. */
  unschedulableGraceMs?: number;
  /** The configured `poll-interval`: the polling-miss estimate adds it to the reference pollers. */
  pollIntervalMs?: number;
  /** Whom the advice speaks to: inputs of the action (default) or flags of the CLI. */
  audience?: Audience;
}

export type TrackOptions = Omit<VerifyOptions, 'timedOut'>;
/** The compiled path, reused across `decide` calls. */
export interface Compiled {
  options: TrackOptions;
  code: Instruction[];
  /** True when the path names a pull error state, so `expected-message` applies. */
  expectsPullErrors: boolean;
  /** False for an expression of `never` clauses only. */
  hasSteps: boolean;
  /** True when the path has a `within` or `after` bound. */
  hasBounds: boolean;
  /** The states of the `never` clauses, with their columns. */
  forbidden: Map<string, number>;
}

/** What the evidence says, before it is put into words. */
export interface Analysis {
  result: VerdictResult;
  evidence: Evidence;
  /** The full match when passed, else the longest partial match. */
  matched: StepMatch[];
  /** Instructions of the step(s) the partial match stopped at. */
  stuckAt: number[];
  message: MessageCheck;
  contradiction?: Contradiction;
  bounds?: BoundCheck[];
  boundFailure?: BoundCheck;
  forbidden?: ForbiddenSeen;
  decidedAtMs?: number;
  nowMs: number;
}
