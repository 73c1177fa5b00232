// The runs this one is compared with (`baseline`): none, the timeline JSON files at a path, or
// (`auto`) the timeline artifacts of this check's earlier runs. A baseline that cannot be read
// is a notice, never a failure: the check still reports.
import * as core from '@actions/core';
import type { Config } from '../../config/index.ts';
import type { CheckOutcome } from '../../outcome.ts';
import {
  compareRuns,
  type Comparison,
  documentsOfCheck,
  readTimelineDocuments,
  runMetrics,
} from '../../trend/index.ts';
import { errorMessage } from '../../util/errors.ts';
import type { ReportContext } from '../render/context.ts';
import { checkContext } from '../render/suite-report.ts';
import { timelineDocument, type TimelineDocument } from '../render/timeline-json.ts';

/** Where the earlier runs come from when `baseline` is `auto` (the artifacts of earlier runs). */
export type HistorySource = (config: Config) => Promise<TimelineDocument[] | undefined>;

/**
 * This run compared with its baseline, or undefined when there is none (`baseline: none`, an
 * unreadable path, no history available).
 */
export async function compareWithBaseline(
  outcome: CheckOutcome,
  config: Config,
  context: ReportContext,
  history?: HistorySource,
): Promise<Comparison | undefined> {
  const documents = await baselineDocuments(config, history);
  if (!documents) return undefined;
  const current = runMetrics(timelineDocument(outcome, context));
  return compareRuns(documentsOfCheck(documents).map(runMetrics), current, {
    threshold: config.regressionThreshold,
  });
}

/**
 * A suite compared check by check: each check with the check of the same name in the earlier
 * suites (by `name`); undefined when there is no baseline.
 */
export async function compareChecksWithBaseline(
  outcome: CheckOutcome,
  config: Config,
  context: ReportContext,
  history?: HistorySource,
): Promise<Record<string, Comparison> | undefined> {
  const documents = await baselineDocuments(config, history);
  if (!documents) return undefined;
  return Object.fromEntries(
    (outcome.checks ?? []).map((check) => {
      const current = runMetrics(timelineDocument(check.outcome, checkContext(context, check)));
      const earlier = documentsOfCheck(documents, check.name).map(runMetrics);
      return [check.name, compareRuns(earlier, current, { threshold: config.regressionThreshold })];
    }),
  );
}

async function baselineDocuments(
  config: Config,
  history: HistorySource | undefined,
): Promise<TimelineDocument[] | undefined> {
  if (config.baseline === 'none') return undefined;
  if (config.baseline === 'auto') {
    if (!history) {
      core.debug('baseline: auto needs the GitHub API of a workflow run: no comparison.');
      return undefined;
    }
    return history(config);
  }
  try {
    return await readTimelineDocuments(config.baseline, (problem) =>
      core.notice(`Baseline file left out: ${problem.message}`),
    );
  } catch (error) {
    core.notice(
      `No comparison with earlier runs: the baseline ${config.baseline} cannot be read (${errorMessage(error)}). Give a timeline JSON file or a folder of them, 'auto' or 'none'.`,
    );
    return undefined;
  }
}
