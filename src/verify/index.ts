// The verify stage's public API: parse `expected-path`, verify a timeline, decide early, classify attempts.
export { classifyAttempts, mayBeTiming } from './check-result.ts';
export { PathSyntaxError, parsePath, type Join, type PathNode } from './path.ts';
export { expandedSteps, formatPath, pathStates, requiredSteps } from './path-queries.ts';
export { IMAGE_PULL_FAILURES, KNOWN_STATES, closestStates } from './states.ts';
export {
  REFERENCE_POLLERS,
  anyMissed,
  missProbability,
  pollingMiss,
  stepDwells,
  type PollingMissEstimate,
} from './polling-miss.ts';
export {
  cleanRunsUntil,
  describeRate,
  percent,
  wilsonInterval,
  type RateInterval,
} from './rate.ts';
export {
  trackPath,
  verify,
  type Decision,
  type PathTracker,
  type TrackOptions,
  type VerifyOptions,
} from './verify.ts';
export { DEFAULT_SETTLE_MS, DEFAULT_UNSCHEDULABLE_GRACE_MS, checkMessage } from './analyze.ts';
export type * from './types.ts';

export {
  failureCause,
  type RepeatSummary,
  type FailureCause,
  summarizeRepeats,
} from './repeats.ts';
export { episodes, pullAttempts, type Episode } from './episodes.ts';
