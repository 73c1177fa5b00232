// Reporting, the last stage: one call after the run writes the JUnit and timeline files, the
// annotations, the sticky PR comment, the nightly issue and the job summary. Nothing here fails
// the step: a report that cannot be written becomes a notice or a warning, and the verdict alone
// decides the step's result (in main.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../config/index.ts';
import type { OutputName } from '../contract.ts';
import { errorMessage } from '../util/errors.ts';
import { cutText, logSafe, showInvisible } from '../util/text.ts';
import { failsStep, type CheckOutcome } from '../outcome.ts';
import { reportContext, type ReportContext } from './render/context.ts';
import {
  acceptedPermissions,
  describeFailure,
  gitHubClient,
  GITHUB_BUDGET_MS,
  isPermissionDenied,
  readRunEvent,
  reconcileNightlyIssue,
  StaleCommentError,
  upsertStickyComment,
  type GitHub,
  type NightlyState,
  type RetryPolicy,
  type RunEvent,
} from './publish/github.ts';
import { plainTitle } from './render/escape.ts';
import { renderJunit } from './render/junit.ts';
import {
  commentMarker,
  issueMarker,
  renderComment,
  renderIssueBody,
  renderSummary,
} from './render/markdown.ts';
import { couldNotRun, oneLine, truncate } from './render/words.ts';
import { renderTimelineJson } from './render/timeline-json.ts';
import { diagnosticsFolder, writeDiagnostics } from './files.ts';
import { compareWithBaseline, type HistorySource } from './publish/baseline.ts';
import { gitHubHistory, storeTimeline } from './publish/history.ts';
import { trendOutputs } from './render/trend-section.ts';
import type { Comparison } from '../trend/compare.ts';

/** A log line that may quote a path, a URL or an answer from GitHub: never a runner command. */
function info(line: string): void {
  core.info(logSafe(line));
}

export { reportContext, type ReportContext } from './render/context.ts';
export { renderComment, renderIssueBody, renderSummary } from './render/markdown.ts';
export { renderGantt } from './render/mermaid.ts';
export { renderJunit } from './render/junit.ts';
export { renderTerminal } from './render/terminal.ts';
export {
  renderTimelineJson,
  timelineDocument,
  TIMELINE_SCHEMA_VERSION,
} from './render/timeline-json.ts';

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
  context.trend = await compareWithBaseline(outcome, config, context, history);

  await writeReportFile('JUnit XML', config.junitPath, renderJunit(outcome, context));
  await writeReportFile('timeline JSON', config.timelinePath, renderTimelineJson(outcome, context));
  if (config.baseline !== 'none')
    await storeTimeline(config.timelinePath, context.checkName, env, core);
  const diagnosticsPath = await writeDiagnosticsFolder(outcome, config.timelinePath);
  // The comment's body as a file too: a fork's pull request cannot be commented on with its
  // read-only token, so a workflow_run job in the base repository posts this file.
  const commentPath = join(dirname(config.timelinePath), 'comment.md');
  await writeReportFile('PR comment body', commentPath, renderComment(outcome, context));
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
  };
}

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
  const trend = trendOutputs(context.trend);
  const outputs: Omit<Record<OutputName, string>, 'timeline'> = {
    result: outcome.result,
    'observed-path': last ? showInvisible(last.verdict.observedPath.join(' -> ')) : '',
    explanation: showInvisible(explanationText(outcome)),
    'duration-ms': String(Math.round(outcome.durationMs)),
    'attempts-used': String(outcome.attempts.length),
    'comment-url': published.commentUrl ?? '',
    'comment-path': published.commentPath ?? '',
    'junit-path': published.junitPath,
    'timeline-path': published.timelinePath,
    'diagnostics-path': published.diagnosticsPath ?? '',
    'trend-summary': trend['trend-summary'],
    regressions: fitJsonList(trend.regressions, OUTPUT_MAX_CHARS.regressions!),
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
function explanationText(outcome: CheckOutcome): string {
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

/** The diagnostics collected for a failed check, in a folder next to the timeline file. */
async function writeDiagnosticsFolder(
  outcome: CheckOutcome,
  timelinePath: string,
): Promise<string | undefined> {
  if (!outcome.diagnostics) return undefined;
  const folder = diagnosticsFolder(timelinePath);
  try {
    await writeDiagnostics(outcome.diagnostics, folder);
    info(`Wrote the diagnostics (${outcome.diagnostics.files.length} files) to ${folder}`);
    return folder;
  } catch (error) {
    core.warning(`Could not write the diagnostics to ${folder}: ${errorMessage(error)}`);
    return undefined;
  }
}

async function writeReportFile(what: string, path: string, content: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, 'utf8');
    info(`Wrote the ${what} to ${path}`);
  } catch (error) {
    core.warning(`Could not write the ${what} to ${path}: ${errorMessage(error)}`);
  }
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

async function publishComment(
  outcome: CheckOutcome,
  config: Config,
  context: ReportContext,
  event: RunEvent | undefined,
  github: GitHub | undefined,
  notes: string[],
): Promise<string | undefined> {
  if (config.comment === 'never') return undefined;
  const pr = event?.pullRequest;
  if (!event || !pr) {
    core.debug('Not a pull request run: no PR comment.');
    return undefined;
  }
  if (!github) {
    notes.push(
      'No github-token was given, so the PR comment was not written; this summary has the report.',
    );
    core.notice('No github-token: the PR comment was not written; the job summary has the report.');
    return undefined;
  }
  // `on-failure` creates a comment only for a result that is not a clean pass, but still updates
  // an earlier one, so that a fixed PR does not keep showing a stale failure.
  const create = config.comment === 'always' || outcome.result !== 'passed';
  try {
    const result = await upsertStickyComment(github, {
      owner: event.owner,
      repo: event.repo,
      issueNumber: pr.number,
      marker: commentMarker(context.checkName),
      body: renderComment(outcome, context),
      create,
    });
    if (result.action !== 'none') info(`PR comment ${result.action}: ${result.url ?? ''}`);
    return result.url;
  } catch (error) {
    if (error instanceof StaleCommentError) {
      // The earlier run's verdict stays on the PR: say so where this run's result is read.
      const cause = error.cause;
      const permission = isPermissionDenied(cause)
        ? ` The token may not edit it${acceptedPermissions(cause) ? ` (needs ${acceptedPermissions(cause)})` : ''}.`
        : '';
      notes.push(
        `The PR comment is stale: it still shows an earlier run's report, as it could not be updated (${describeFailure(cause)}). This run's result is ${outcome.result}; this summary has its report.`,
      );
      core.warning(
        logSafe(
          `The PR comment ${error.url} is stale: it still shows an earlier run's report, as it could not be updated (${describeFailure(cause)}).${permission} This run's result is ${outcome.result}; the job summary has its report.`,
        ),
        { title: 'PR comment is stale' },
      );
      return undefined;
    }
    if (isPermissionDenied(error)) {
      const needed = acceptedPermissions(error);
      if (pr.fromFork) {
        notes.push(
          'This pull request comes from a fork, whose token is read-only, so the PR comment was not written; this summary has the report.',
        );
        core.notice(
          `The PR comment was not written: a pull request from a fork gets a read-only token (${describeFailure(error)}). The job summary has the report.`,
        );
      } else {
        notes.push('The token may not comment on this pull request; this summary has the report.');
        core.warning(
          `The PR comment was not written: the token may not comment (${describeFailure(error)}${needed ? `; needs ${needed}` : ''}). Give the job 'permissions: pull-requests: write', or set 'comment: never'.`,
        );
      }
    } else {
      notes.push('The PR comment could not be written; this summary has the report.');
      core.warning(`The PR comment could not be written: ${describeFailure(error)}`);
    }
    return undefined;
  }
}

async function publishIssue(
  outcome: CheckOutcome,
  config: Config,
  context: ReportContext,
  event: RunEvent | undefined,
  github: GitHub | undefined,
): Promise<string | undefined> {
  if (!config.issueOnFailure) return undefined;
  if (!event || (event.name !== 'schedule' && event.name !== 'workflow_dispatch')) {
    core.debug(
      `issue-on-failure acts on schedule and workflow_dispatch runs, not '${event?.name ?? 'none'}'.`,
    );
    return undefined;
  }
  if (!github) {
    core.warning(
      'issue-on-failure is set but there is no github-token: no issue was opened or closed.',
    );
    return undefined;
  }
  const state = nightlyState(outcome, config, context);
  try {
    const result = await reconcileNightlyIssue(github, {
      owner: event.owner,
      repo: event.repo,
      label: config.issueLabel,
      marker: issueMarker(context.checkName),
      title: `KubeVirt transition check "${plainTitle(context.checkName)}" ${state === 'regressed' ? 'regressed in timing' : 'fails'}`,
      state,
      report: renderIssueBody(outcome, context),
      runUrl: context.runUrl,
    });
    if (result.action !== 'none') info(`Issue ${result.action}: ${result.url ?? ''}`);
    return result.url;
  } catch (error) {
    const needed = acceptedPermissions(error);
    core.warning(
      `The nightly issue could not be updated: ${describeFailure(error)}${needed ? `; needs ${needed}` : ''}${isPermissionDenied(error) ? ". Give the job 'permissions: issues: write'." : ''}`,
    );
    return undefined;
  }
}

/**
 * A flaky result fails the nightly only when `fail-on-flaky` says so; a pass whose timing
 * regressed opens (or comments on) the issue too.
 */
function nightlyState(outcome: CheckOutcome, config: Config, context: ReportContext): NightlyState {
  const regressed = (context.trend?.regressions.length ?? 0) > 0;
  switch (outcome.result) {
    case 'passed':
      return regressed ? 'regressed' : 'passing';
    case 'flaky':
      if (config.failOnFlaky) return 'failing';
      return regressed ? 'regressed' : 'flaky';
    case 'failed':
    case 'inconclusive':
      return 'failing';
  }
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
