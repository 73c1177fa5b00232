// The timeline file: the whole outcome as versioned JSON for other tools. Its type and schema
// version belong to the side that reads it back (src/trend/types.ts); the schema is documented
// in docs/timeline-schema.md. Attempts, timelines and verdicts are written as they are.
import type { Attempt, CheckOutcome } from '../../outcome.ts';
import type { ReportContext } from './context.ts';
import { checkContext } from './suite-report.ts';
import {
  TIMELINE_SCHEMA_VERSION,
  type TimelineDocument,
  type Truncation,
} from '../../trend/types.ts';

export {
  TIMELINE_SCHEMA_VERSION,
  type TimelineDocument,
  type Truncation,
} from '../../trend/types.ts';

export interface DocumentOptions {
  /** Only the last attempt (the action's `timeline` output). */
  lastAttemptOnly?: boolean;
}

/**
 * The timeline file's limit, in characters of JSON: a 20,000-state timeline is about 10 MB; more
 * comes only from huge strings (a 2 MB status message), which are cut first.
 */
export const TIMELINE_FILE_MAX_CHARS = 32 * 1024 * 1024;

/** The cuts tried in order until a document fits: longest string kept, entries per timeline. */
const CUTS: { maxStringChars: number; entries?: number }[] = [
  { maxStringChars: 65_536 },
  { maxStringChars: 4096 },
  { maxStringChars: 512 },
  { maxStringChars: 512, entries: 5000 },
  { maxStringChars: 200, entries: 1000 },
  { maxStringChars: 200, entries: 100 },
  { maxStringChars: 100, entries: 10 },
];

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
    ...(outcome.checks && {
      checks: outcome.checks.map((check) => ({
        ...timelineDocument(check.outcome, checkContext(context, check), options),
        name: check.name,
        ...(check.preset && { scenario: check.preset }),
        pathSource: check.pathSource,
      })),
    }),
  };
}

/**
 * The document as JSON text. Indented for the file; compact (`indent: 0`) for an output.
 * Guarantee: at most `maxChars` characters (default TIMELINE_FILE_MAX_CHARS): past it, strings
 * are cut, then the middle of each timeline, then (for an output) the attempts, each time with
 * a `truncated` field that says what was cut and `rest` where the whole is.
 */
export function renderTimelineJson(
  outcome: CheckOutcome,
  context: ReportContext,
  options: DocumentOptions & { indent?: number; maxChars?: number; rest?: string } = {},
): string {
  const indent = options.indent ?? 2;
  const text = (value: TimelineDocument) => {
    const json = JSON.stringify(value, null, indent);
    return indent === 0 ? json : `${json}\n`;
  };
  const document = timelineDocument(outcome, context, options);
  const limitChars = options.maxChars ?? TIMELINE_FILE_MAX_CHARS;
  // Strings alone past the limit: no need to build the whole text (126 MB from 2 MB strings).
  if (stringChars(document) <= limitChars) {
    const whole = text(document);
    if (whole.length <= limitChars) return whole;
  }
  const rest = options.rest ?? 'nowhere: the cut strings and entries were not kept';
  for (const cut of CUTS) {
    const truncated: Truncation = { maxStringChars: cut.maxStringChars, limitChars, rest };
    let { attempts, checks } = document;
    if (cut.entries !== undefined) {
      // A suite's timelines are its checks' (its own attempts are none): cut those too.
      let omitted = 0;
      const keep = (list: Attempt[]) =>
        list.map((attempt) => {
          const kept = keepEnds(attempt, cut.entries!);
          omitted += kept.omitted;
          return kept.attempt;
        });
      attempts = keep(attempts);
      checks = checks?.map((check) => ({ ...check, attempts: keep(check.attempts) }));
      truncated.entriesOmitted = omitted;
    }
    const cutDocument = capStrings(
      { ...document, attempts, ...(checks && { checks }) },
      cut.maxStringChars,
    );
    const candidate = text({ ...cutDocument, truncated });
    if (candidate.length <= limitChars) return candidate;
  }
  // Nothing of the attempts fits: the run's facts alone, and where the attempts are.
  const bare = capStrings(
    { ...document, attempts: [], repeat: undefined, leftovers: undefined, checks: undefined },
    100,
  );
  return text({
    ...bare,
    truncated: { maxStringChars: 100, limitChars, rest },
    attemptsOmitted: `too large for this limit (${limitChars} characters); ${rest}`,
  });
}

/** An attempt with at most `keep` entries in its timeline: the first two thirds, the last third. */
function keepEnds(attempt: Attempt, keep: number): { attempt: Attempt; omitted: number } {
  const entries = attempt.timeline.entries;
  if (entries.length <= keep) return { attempt, omitted: 0 };
  const head = Math.ceil((keep * 2) / 3);
  const tail = keep - head;
  return {
    attempt: {
      ...attempt,
      timeline: {
        ...attempt.timeline,
        entries: [...entries.slice(0, head), ...entries.slice(entries.length - tail)],
      },
    },
    omitted: entries.length - keep,
  };
}

/** `value` with every string longer than `max` cut to `max`, saying how much was cut. */
function capStrings<T>(value: T, max: number): T {
  if (typeof value === 'string') return (value.length > max ? cutString(value, max) : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => capStrings(item, max)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, capStrings(item as unknown, max)]),
    ) as T;
  }
  return value;
}

/** The characters of every string in `value`: a lower bound of its JSON text's length. */
function stringChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  let sum = 0;
  for (const item of Array.isArray(value) ? value : Object.values(value)) sum += stringChars(item);
  return sum;
}

function cutString(value: string, max: number): string {
  const note = (count: number) => `… [${count} more characters cut]`;
  let keep = Math.max(0, max - note(value.length).length);
  const last = value.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return `${value.slice(0, keep)}${note(value.length - keep)}`;
}
