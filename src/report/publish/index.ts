// The action's report: one call after the run writes the report files (render/formats.ts,
// through files.ts, the writer the CLI uses too), the annotation, the sticky PR comment, the
// nightly issue and the job summary, and returns the action's outputs. render/ draws, publish/
// talks to GitHub, this file puts them in order. Only the action's entry (main.ts) loads it; the
// CLI goes through report/index.ts, which loads no publish/. Nothing here fails the step: a
// report that cannot be written becomes a notice or a warning, and the verdict alone decides the
// step's result (in main.ts).
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../../config/index.ts';
import type { OutputName } from '../../contract.ts';
import { failsStep, type CheckOutcome } from '../../outcome.ts';
import { comparisonHeadline, type Comparison } from '../../trend/index.ts';
import { errorMessage } from '../../util/errors.ts';
import { cutText } from '../../util/text.ts';
import { diagnosticsFolder, writeReportFiles } from '../files.ts';
import { compareChecksWithBaseline, compareWithBaseline, type HistorySource } from './baseline.ts';
import { publishComment } from './comment.ts';
import { gitHubClient, GITHUB_BUDGET_MS, readRunEvent, type RetryPolicy } from './github.ts';
import { gitHubHistory, storeTimeline } from './history.ts';
import { actionLog, info } from './log.ts';
import { publishIssue } from './nightly-issue.ts';
import { explanationText, reportOutputs } from './outputs.ts';
import { reportContext, type ReportContext } from '../render/context.ts';
import { renderSummary } from '../render/markdown.ts';
import { regressedChecks } from '../render/trend-section.ts';
import { oneLine, truncate } from '../render/words.ts';

export { OUTPUTS_MAX_CHARS, reportOutputs } from './outputs.ts';

export interface PublishedReport {
  junitPath: string;
  timelinePath: string;
  /** The folder of the diagnostics, when the outcome has them and they could be written. */
  diagnosticsPath?: string;
  /** The PR comment's markdown body, written whether or not a comment was posted. */
  commentPath: string;
  /** The sticky PR comment, when one was written or already up to date. */
  commentUrl?: string;
  /** The nightly issue, when one was opened, commented on or closed. */
  issueUrl?: string;
  /** Every output of the action, as strings; main.ts sets them with `core.setOutput`. */
  outputs: Record<OutputName, string>;
  /** This run compared with earlier ones, when there was a baseline. */
  trend?: Comparison;
  /** What regressed in one sentence, when a timing regressed (in a suite: in any check). */
  regressed?: string;
}

export interface PublishOptions {
  /** Rate-limit retries of GitHub calls (tests inject a sleep that does not wait). */
  retry?: Partial<RetryPolicy>;
  /** The earlier runs for `baseline: auto`. */
  history?: HistorySource;
}

/**
 * Publishes the outcome of a check everywhere the Config asks. `env` supplies the run (event,
 * repository, API URL); the job summary goes where `@actions/core` writes it
 * (`process.env.GITHUB_STEP_SUMMARY`). Never rejects for a reporting failure, never prints the token.
 */
export async function publishReport(
  outcome: CheckOutcome,
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
  options: PublishOptions = {},
): Promise<PublishedReport> {
  const context = reportContext(config, env, outcome);
  const notes: string[] = [];

  const event = readRunEvent(env);
  // The history, then the comment and the issue, each within half of the GitHub calls' bound:
  // a throttled history can not leave the verdict unposted.
  const client = () =>
    config.githubToken && event
      ? gitHubClient(config.githubToken, {
          baseUrl: env.GITHUB_API_URL,
          retry: {
            onWait: (message) => info(message),
            budgetMs: GITHUB_BUDGET_MS / 2,
            ...options.retry,
          },
        })
      : undefined;
  const historyGitHub = client();
  const history =
    options.history ??
    (historyGitHub && event
      ? gitHubHistory(historyGitHub, event, context.checkName, env, core.notice, core.debug)
      : undefined);
  // A suite is compared check by check (docs/trends.md).
  if (outcome.checks)
    context.checkTrends = await compareChecksWithBaseline(outcome, config, context, history);
  else context.trend = await compareWithBaseline(outcome, config, context, history);

  // The comment's body as a file too: a fork's pull request cannot be commented on with its
  // read-only token, so a workflow_run job in the base repository posts this file.
  const commentPath = join(dirname(config.timelinePath), 'comment.md');
  const { diagnosticsPath } = await writeReportFiles(
    outcome,
    context,
    {
      formats: { junit: config.junitPath, timeline: config.timelinePath, comment: commentPath },
      diagnostics: { folder: diagnosticsFolder(config.timelinePath) },
    },
    actionLog,
  );
  if (config.baseline !== 'none')
    await storeTimeline(config.timelinePath, context.checkName, env, core);
  if (config.annotations) annotate(outcome, context, config.failOnFlaky);

  const github = client();
  const commentUrl = await publishComment(outcome, config, context, event, github, notes);
  const issueUrl = await publishIssue(outcome, config, context, event, github);

  // The summary needs no permission: it is where a report goes when the comment could not.
  if (config.summary || notes.length > 0) {
    await writeSummary(renderSummary(outcome, context, { commentUrl, notes }));
  }

  const published = {
    junitPath: config.junitPath,
    timelinePath: config.timelinePath,
    commentPath,
    diagnosticsPath,
  };
  return {
    ...published,
    commentUrl,
    issueUrl,
    outputs: reportOutputs(outcome, context, { ...published, commentUrl }),
    trend: context.trend,
    regressed: regressedWords(context),
  };
}

/**
 * The regression in one sentence: the comparison's headline, or in a suite each regressed
 * check's by name (docs/trends.md); undefined when no timing regressed.
 */
function regressedWords(context: ReportContext): string | undefined {
  if (context.checkTrends) {
    const regressed = regressedChecks(context.checkTrends);
    if (regressed.length === 0) return undefined;
    const checks = Object.keys(context.checkTrends).length;
    return `${regressed.length} of ${checks} checks: ${regressed.map(([name, trend]) => `'${name}' ${comparisonHeadline(trend)}`).join(' ')}`;
  }
  const trend = context.trend;
  return trend && trend.regressions.length > 0 ? comparisonHeadline(trend) : undefined;
}

/** One annotation's text at most (a repeat run explains up to 1000 attempts). */
const ANNOTATION_MAX_CHARS = 16_384;

/**
 * The one annotation of a check: an error when the outcome fails the step (main.ts then fails
 * it without a second one), a warning for a tolerated flake, a notice for a pass.
 */
function annotate(outcome: CheckOutcome, context: ReportContext, failOnFlaky: boolean): void {
  const title = `KubeVirt transition check "${truncate(oneLine(context.checkName), 100)}": ${outcome.result}`;
  const rest = 'the timeline file has the rest';
  const lines = explanationText(outcome)
    .split('\n')
    .map((line) => cutText(oneLine(line), 2000, rest))
    .join('\n');
  const message = cutText(lines, ANNOTATION_MAX_CHARS, rest);
  if (failsStep(outcome.result, failOnFlaky)) core.error(message, { title });
  else if (outcome.result === 'flaky') core.warning(message, { title });
  else core.notice(message, { title });
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary.');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}
