// The timeline JSON document as the trend reads it back (src/trend/document.ts): its type and
// schema version live here, with the reader; the report writes it (src/report/render/timeline-json.ts).
// Attempts, timelines and verdicts are the plain data types of src/observe and src/verify.
import type { RepeatSummary } from '../verify/index.ts';
import type { CheckResult, WitnessChoice } from '../verify/types.ts';
import type { Attempt, CheckEnvironment, CheckError, Leftovers, SetupTimings } from '../outcome.ts';

/**
 * Version of the timeline JSON. Fields may be added within a version (readers ignore unknown
 * ones); a field that is removed, renamed or changes meaning raises it.
 */
export const TIMELINE_SCHEMA_VERSION = 2;

/** The versions a reader of this release takes: 2 only added a suite's `checks` to 1. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

export interface TimelineDocument {
  schemaVersion: number;
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
  /** Set when the document was cut to fit its limit: what was cut, and where the rest is. */
  truncated?: Truncation;
  /** Only in the `timeline` output, when even the cut attempt did not fit: where to read it. */
  attemptsOmitted?: string;
  /**
   * A suite (`checks`, schema version 2): one document per check, in the list's order, each with
   * the check's `name`, its `scenario` preset and where its expected path came from. The suite's
   * own `result` is the worst of theirs and its `attempts` is empty.
   */
  checks?: SuiteCheckDocument[];
}

/** One check of a suite: a timeline document of its own, and how it was set. */
export interface SuiteCheckDocument extends Omit<TimelineDocument, 'checks'> {
  name: string;
  scenario?: string;
  pathSource: string;
}

/** How a document was cut to fit (renderTimelineJson's `maxChars`). */
export interface Truncation {
  /** Strings longer than this were cut to it, ending in `… [N more characters cut]`. */
  maxStringChars?: number;
  /** Entries left out of the middle of each attempt's timeline (first and last kept). */
  entriesOmitted?: number;
  /** The limit the document was cut to, in characters of its JSON text. */
  limitChars: number;
  /** Where the whole text is, when it is anywhere. */
  rest: string;
}
