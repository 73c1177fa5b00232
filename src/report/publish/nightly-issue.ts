// The nightly issue (`issue-on-failure`): one open issue per check while its scheduled runs fail
// or its timing regresses, commented on while it goes on, closed when it passes again.
import * as core from '@actions/core';
import type { Config } from '../../config/index.ts';
import type { CheckOutcome } from '../../outcome.ts';
import type { ReportContext } from '../render/context.ts';
import { plainTitle } from '../render/escape.ts';
import { issueMarker, renderIssueBody } from '../render/markdown.ts';
import { regressedChecks } from '../render/trend-section.ts';
import {
  acceptedPermissions,
  describeFailure,
  httpFailure,
  isPermissionDenied,
  type GitHub,
  type RunEvent,
} from './github.ts';
import { info } from './log.ts';

/** What the nightly check found: a failure, a pass, or a pass only on retry. */
/** `regressed`: the check passed, but its timing regressed against earlier runs. */
export type NightlyState = 'failing' | 'passing' | 'flaky' | 'regressed';

export interface NightlyIssue {
  owner: string;
  repo: string;
  label: string;
  /** The hidden marker that identifies this check's issue among those with the label. */
  marker: string;
  title: string;
  state: NightlyState;
  /** The report (markdown) for a new issue or a comment on the open one. */
  report: string;
  runUrl?: string;
}

export interface NightlyIssueResult {
  action: 'opened' | 'commented' | 'closed' | 'none';
  url?: string;
  number?: number;
}

/**
 * Keeps one open issue per check while it fails: opens it on the first failure, comments on
 * each further failure (and on a flaky pass), comments and closes it on a pass. The issue is
 * found again among the open issues with `label` by its marker, so renaming it is harmless.
 */
export async function reconcileNightlyIssue(
  github: GitHub,
  issue: NightlyIssue,
): Promise<NightlyIssueResult> {
  const { owner, repo } = issue;
  const open = await findOpenIssue(github, issue);
  const run = issue.runUrl ? ` in [this run](${issue.runUrl})` : '';
  const comment = async (number: number, headline: string) =>
    github.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: `${headline}\n\n${issue.report}`,
    });

  switch (issue.state) {
    case 'failing':
    case 'regressed': {
      if (open) {
        await comment(
          open.number,
          issue.state === 'failing'
            ? `The check failed again${run}.`
            : `The check passed${run}, but its timing regressed.`,
        );
        return { action: 'commented', url: open.html_url, number: open.number };
      }
      await ensureLabel(github, owner, repo, issue.label);
      const created = await github.rest.issues.create({
        owner,
        repo,
        title: issue.title,
        labels: [issue.label],
        body: `${issue.report}\n\n${issue.marker}`,
        request: { lookAgain: () => findOpenIssue(github, issue) },
      });
      return { action: 'opened', url: created.data.html_url, number: created.data.number };
    }
    case 'flaky':
      if (!open) return { action: 'none' };
      await comment(open.number, `The check passed${run}, but only on a retry (flaky).`);
      return { action: 'commented', url: open.html_url, number: open.number };
    case 'passing':
      if (!open) return { action: 'none' };
      await comment(open.number, `The check passes again${run}; closing.`);
      await github.rest.issues.update({
        owner,
        repo,
        issue_number: open.number,
        state: 'closed',
        state_reason: 'completed',
      });
      return { action: 'closed', url: open.html_url, number: open.number };
  }
}

/** The open issue with the label that carries the check's marker, if there is one. */
async function findOpenIssue(
  github: GitHub,
  issue: NightlyIssue,
): Promise<{ number: number; html_url: string } | undefined> {
  for await (const page of github.paginate.iterator(github.rest.issues.listForRepo, {
    owner: issue.owner,
    repo: issue.repo,
    labels: issue.label,
    state: 'open',
    per_page: 100,
  })) {
    const open = page.data.find(
      (found) => !found.pull_request && found.body?.includes(issue.marker),
    );
    if (open) return open;
  }
  return undefined;
}

/**
 * Creates the issue's label when the repository lacks it. GitHub drops a new issue's label that
 * does not exist when the token may not create it ("Labels are silently dropped otherwise",
 * REST API docs, "Create an issue"); the issue would then never be found again by its label, and
 * every failing night would open another one. 422 is a label another job created meanwhile.
 */
async function ensureLabel(github: GitHub, owner: string, repo: string, name: string) {
  try {
    await github.rest.issues.getLabel({ owner, repo, name });
    return;
  } catch (error) {
    if (httpFailure(error)?.status !== 404) throw error;
  }
  try {
    await github.rest.issues.createLabel({
      owner,
      repo,
      name,
      color: 'b60205',
      description: 'Opened by kubevirt-transition-check while a scheduled check fails',
    });
  } catch (error) {
    if (httpFailure(error)?.status !== 422) throw error;
  }
}

export async function publishIssue(
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
 * regressed (in a suite: in any check) opens (or comments on) the issue too.
 */
function nightlyState(outcome: CheckOutcome, config: Config, context: ReportContext): NightlyState {
  const regressed =
    (context.trend?.regressions.length ?? 0) > 0 || regressedChecks(context.checkTrends).length > 0;
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
