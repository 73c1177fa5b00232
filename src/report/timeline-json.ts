// The timeline file: the whole outcome as versioned JSON for other tools. The schema is
// documented in docs/timeline-schema.md; attempts, timelines and verdicts are the plain data
// types of src/observe/types.ts and src/verify/types.ts, written as they are.
import type { RepeatSummary } from '../verify/repeats.ts';
import type { CheckResult, WitnessChoice } from '../verify/types.ts';
import type {
  Attempt,
  CheckEnvironment,
  CheckError,
  CheckOutcome,
  Leftovers,
  SetupTimings,
} from '../outcome.ts';
import type { ReportContext } from './context.ts';

/**
 * Version of the timeline JSON. Fields may be added within a version (readers ignore unknown
 * ones); a field that is removed, renamed or changes meaning raises it.
 */
export const TIMELINE_SCHEMA_VERSION = 1;

export interface TimelineDocument {
  schemaVersion: typeof TIMELINE_SCHEMA_VERSION;
  generator: 'kubevirt-transition-check';
  check: string;
  result: CheckResult;
  /** Set when the check could not run to a verdict: the stage it stopped in and the message. */
  error?: CheckError;
  /** Milliseconds of the whole check, all attempts included. */
  durationMs: number;
  expectedPath: string;
  witness: WitnessChoice;
  image: string;
  /** How many attempts ran; `attempts` may hold only the last one (the `timeline` output). */
  attemptsUsed: number;
  run?: { repository?: string; url?: string; sha?: string };
  /** What the cluster runs (from the pre-flight): Kubernetes and KubeVirt versions. */
  environment?: CheckEnvironment;
  /** With `setup: kind`: how long creating the cluster and installing KubeVirt took. */
  setup?: SetupTimings;
  attempts: Attempt[];
  /** Repeat mode: the failure rate with its interval and the failures grouped by cause. */
  repeat?: RepeatSummary;
  /** What cleanup could not remove (untrusted `why`), and the command that removes it. */
  leftovers?: Leftovers;
}

export interface DocumentOptions {
  /** Only the last attempt (the action's `timeline` output). */
  lastAttemptOnly?: boolean;
}

export function timelineDocument(
  outcome: CheckOutcome,
  context: ReportContext,
  options: DocumentOptions = {},
): TimelineDocument {
  const run =
    context.repository || context.runUrl || context.commit
      ? { repository: context.repository, url: context.runUrl, sha: context.commit?.sha }
      : undefined;
  return {
    schemaVersion: TIMELINE_SCHEMA_VERSION,
    generator: 'kubevirt-transition-check',
    check: context.checkName,
    result: outcome.result,
    ...(outcome.error
      ? { error: { stage: outcome.error.stage, message: outcome.error.message } }
      : {}),
    durationMs: outcome.durationMs,
    expectedPath: context.expectedPath,
    witness: context.witness,
    image: context.image,
    attemptsUsed: outcome.attempts.length,
    ...(run ? { run } : {}),
    ...(outcome.environment ? { environment: outcome.environment } : {}),
    ...(outcome.setup ? { setup: outcome.setup } : {}),
    attempts: options.lastAttemptOnly ? outcome.attempts.slice(-1) : outcome.attempts,
    ...(outcome.repeat ? { repeat: outcome.repeat } : {}),
    ...(outcome.leftovers ? { leftovers: outcome.leftovers } : {}),
  };
}

/** The document as JSON text. Indented for the file; compact (`indent: 0`) for an output. */
export function renderTimelineJson(
  outcome: CheckOutcome,
  context: ReportContext,
  options: DocumentOptions & { indent?: number } = {},
): string {
  const text = JSON.stringify(
    timelineDocument(outcome, context, options),
    null,
    options.indent ?? 2,
  );
  return options.indent === 0 ? text : `${text}\n`;
}
