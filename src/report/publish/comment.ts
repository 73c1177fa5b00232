// The sticky PR comment: found again by its hidden marker among the comments the token's own
// identity wrote, created or updated in place, never duplicated; and what to tell the user when
// it cannot be written (a fork's read-only token, a missing permission, a stale comment).
import * as core from '@actions/core';
import type { Config } from '../../config/index.ts';
import type { CheckOutcome } from '../../outcome.ts';
import { logSafe } from '../../util/text.ts';
import type { ReportContext } from '../render/context.ts';
import { commentMarker, renderComment } from '../render/markdown.ts';
import {
  acceptedPermissions,
  describeFailure,
  GitHubBudgetError,
  isPermissionDenied,
  RateLimitError,
  type GitHub,
  type RunEvent,
} from './github.ts';
import { info } from './log.ts';

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  /** The hidden marker that identifies the comment; `body` must contain it. */
  marker: string;
  body: string;
  /** False: only update an existing comment (`comment: on-failure` after a pass). */
  create: boolean;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'none';
  url?: string;
  id?: number;
}

/** The identity GITHUB_TOKEN posts as; assumed when GitHub does not say who the token is. */
export const GITHUB_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * The login the token posts as: GraphQL's `viewer { login }`, which answers for an installation
 * token too (REST `GET /user` does not). marocchino/sticky-pull-request-comment decides the same
 * way (src/comment.ts, findPreviousComment: `author.login === viewer.login.replace("[bot]", "")`);
 * peter-evans/find-comment leaves it to its `comment-author` input, `github-actions[bot]` for
 * GITHUB_TOKEN. When GitHub does not answer the query, that is the identity assumed.
 */
export async function tokenLogin(github: GitHub): Promise<{ login: string; assumed: boolean }> {
  try {
    const data = await github.graphql<{ viewer?: { login?: unknown } }>(
      'query { viewer { login } }',
    );
    const login = data.viewer?.login;
    if (typeof login === 'string' && login !== '') return { login, assumed: false };
  } catch (error) {
    if (error instanceof RateLimitError || error instanceof GitHubBudgetError) throw error;
  }
  return { login: GITHUB_TOKEN_LOGIN, assumed: true };
}

/**
 * Whether two logins are one identity: GitHub logins ignore case, and GraphQL names a bot
 * without the `[bot]` REST gives it (`github-actions` / `github-actions[bot]`).
 */
export function sameLogin(a: string | undefined, b: string): boolean {
  const plain = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return a !== undefined && plain(a) === plain(b);
}

/**
 * Creates the comment that carries `marker`, or updates it in place. Reads every page of the
 * pull request's comments. Only comments written by the identity the token posts as
 * (`tokenLogin`) are found, updated or deleted: a person who quotes the marker keeps their
 * comment. Guarantee: one comment per marker from this author; a duplicate left by a concurrent
 * run is deleted (after the update, and best effort). Limit: two runs that both find none at the
 * same moment can still both create one; the next run removes the extra one.
 */
export async function upsertStickyComment(
  github: GitHub,
  comment: StickyComment,
): Promise<StickyCommentResult> {
  if (!comment.body.includes(comment.marker)) {
    throw new Error('the sticky comment body must contain its marker, or it cannot be found again');
  }
  const { owner, repo } = comment;
  const [first, ...others] = await ownMarkedComments(github, comment);
  if (!first) {
    if (!comment.create) return { action: 'none' };
    const created = await github.rest.issues.createComment({
      owner,
      repo,
      issue_number: comment.issueNumber,
      body: comment.body,
      request: { lookAgain: async () => (await ownMarkedComments(github, comment))[0] },
    });
    return { action: 'created', url: created.data.html_url, id: created.data.id };
  }
  let result: StickyCommentResult;
  if (first.body === comment.body) {
    result = { action: 'unchanged', url: first.html_url, id: first.id };
  } else {
    const updated = await github.rest.issues
      .updateComment({ owner, repo, comment_id: first.id, body: comment.body })
      .catch((error: unknown) => {
        throw new StaleCommentError(first.html_url, error);
      });
    result = { action: 'updated', url: updated.data.html_url, id: updated.data.id };
  }
  for (const duplicate of others) {
    // The verdict is posted already; a duplicate left standing is removed by the next run.
    await github.rest.issues
      .deleteComment({ owner, repo, comment_id: duplicate.id })
      .catch(() => undefined);
  }
  return result;
}

/** The comments on the pull request that carry the marker and were written as the token. */
async function ownMarkedComments(github: GitHub, comment: StickyComment) {
  const marked = [];
  for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
    owner: comment.owner,
    repo: comment.repo,
    issue_number: comment.issueNumber,
    per_page: 100,
  })) {
    marked.push(...page.data.filter((existing) => existing.body?.includes(comment.marker)));
  }
  // Who the token is matters only when some comment carries the marker.
  if (marked.length === 0) return [];
  const self = (await tokenLogin(github)).login;
  return marked.filter((existing) => sameLogin(existing.user?.login, self));
}

/**
 * This check's comment is on the pull request and could not be updated (after the retries): it
 * still shows an earlier run's report. `cause` is the failure of the update.
 */
export class StaleCommentError extends Error {
  readonly url: string;
  constructor(url: string, cause: unknown) {
    super(`could not update ${url}: ${describeFailure(cause)}`, { cause });
    this.name = 'StaleCommentError';
    this.url = url;
  }
}

export async function publishComment(
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
