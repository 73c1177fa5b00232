// The action's outputs: the verdict, the paths of what was published and the timeline, each cut
// to its share of what GitHub lets a step set.
import type { OutputName } from '../../contract.ts';
import type { CheckOutcome } from '../../outcome.ts';
import { cutText, showInvisible } from '../../util/text.ts';
import type { ReportContext } from '../render/context.ts';
import { renderTimelineJson } from '../render/timeline-json.ts';
import { checksOutput, suiteExplanation } from '../render/suite-report.ts';
import { suiteTrendOutputs, trendOutputs } from '../render/trend-section.ts';
import { couldNotRun } from '../render/words.ts';

/**
 * GitHub: "Outputs can be a maximum of 1 MB per job … Size is approximated based on UTF-16
 * encoding" (docs: Passing information between jobs). This step's outputs, names included, take
 * at most half of it (256 Ki UTF-16 code units = 512 KiB), so the job's other steps keep room.
 */
export const OUTPUTS_MAX_CHARS = 256 * 1024;

/** Each text output's own limit; the `timeline` output gets what the others leave. */
const OUTPUT_MAX_CHARS: Partial<Record<OutputName, number>> = {
  explanation: 16_384,
  'observed-path': 8192,
  'trend-summary': 8192,
  regressions: 16_384,
  checks: 65_536,
};
/** Paths and URLs (from inputs and GitHub): far longer than any real one. */
const OTHER_OUTPUT_MAX_CHARS = 4096;

/** The action's outputs for an outcome and what was published. Guarantee: OUTPUTS_MAX_CHARS. */
export function reportOutputs(
  outcome: CheckOutcome,
  context: ReportContext,
  published: {
    junitPath: string;
    timelinePath: string;
    commentPath?: string;
    commentUrl?: string;
    diagnosticsPath?: string;
  },
): Record<OutputName, string> {
  const last = outcome.attempts.at(-1);
  const inFile = `the whole text is in the timeline file ${published.timelinePath}`;
  // A suite is compared check by check (docs/trends.md).
  const trend = outcome.checks
    ? suiteTrendOutputs(context.checkTrends)
    : trendOutputs(context.trend);
  const outputs: Omit<Record<OutputName, string>, 'timeline'> = {
    result: outcome.result,
    'observed-path': last ? showInvisible(last.verdict.observedPath.join(' -> ')) : '',
    explanation: showInvisible(explanationText(outcome)),
    'duration-ms': String(Math.round(outcome.durationMs)),
    'attempts-used': String(
      outcome.checks
        ? outcome.checks.reduce((sum, check) => sum + check.outcome.attempts.length, 0)
        : outcome.attempts.length,
    ),
    'comment-url': published.commentUrl ?? '',
    'comment-path': published.commentPath ?? '',
    'junit-path': published.junitPath,
    'timeline-path': published.timelinePath,
    'diagnostics-path': published.diagnosticsPath ?? '',
    'trend-summary': trend['trend-summary'],
    regressions: fitJsonList(trend.regressions, OUTPUT_MAX_CHARS.regressions!),
    checks: outcome.checks ? fitJsonList(checksOutput(outcome), OUTPUT_MAX_CHARS.checks!) : '',
  };
  let used = 'timeline'.length;
  for (const [name, value] of Object.entries(outputs) as [keyof typeof outputs, string][]) {
    const max = OUTPUT_MAX_CHARS[name] ?? OTHER_OUTPUT_MAX_CHARS;
    outputs[name] = cutText(value, max, inFile);
    used += name.length + outputs[name].length;
  }
  const timeline = renderTimelineJson(outcome, context, {
    lastAttemptOnly: true,
    indent: 0,
    maxChars: OUTPUTS_MAX_CHARS - used,
    rest: `the whole timeline is in the timeline file ${published.timelinePath}`,
  });
  return { ...outputs, timeline };
}

/** A JSON list of objects, as many of its first items as fit in `max` characters. */
function fitJsonList(json: string, max: number): string {
  if (json.length <= max) return json;
  const items = JSON.parse(json, (_key, value: unknown) =>
    typeof value === 'string' ? cutText(value, 200, 'cut') : value,
  ) as unknown[];
  while (items.length > 0 && JSON.stringify(items).length > max) items.pop();
  return JSON.stringify(items);
}

/**
 * The verdict in words: one attempt's explanation and causes, or one line per attempt; for a
 * check that could not run, where it stopped and the error's message first.
 */
export function explanationText(outcome: CheckOutcome): string {
  if (outcome.checks) return suiteExplanation(outcome);
  const attempts = outcome.attempts;
  const describe = (verdict: (typeof attempts)[number]['verdict']) =>
    [verdict.explanation, ...verdict.causes.map((cause) => `Cause: ${cause}`)].join('\n');
  const each = attempts.map(
    (attempt) =>
      `Attempt ${attempt.number} ${attempt.verdict.result}: ${describe(attempt.verdict)}`,
  );
  if (outcome.error) {
    return [couldNotRun(outcome.error), outcome.error.message.trimEnd(), ...each].join('\n');
  }
  if (attempts.length === 0) return 'No attempt ran.';
  if (attempts.length === 1) return describe(attempts[0]!.verdict);
  return each.join('\n');
}
