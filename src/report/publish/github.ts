// The GitHub client of reporting, through Octokit: who triggered the run, one rate-limit policy
// that every call goes through, and what a failure means (fork token, missing permission, rate
// limit). The sticky comment (comment.ts) and the nightly issue (nightly-issue.ts) use it.
import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import { errorMessage } from '../../util/errors.ts';
import { formatDuration } from '../render/words.ts';

export type GitHub = ReturnType<typeof getOctokit>;

/** How rate-limited (429, or 403 with rate-limit headers) and failed (5xx) calls are retried. */
export interface RetryPolicy {
  /** Retries per call before giving up. */
  maxRetries: number;
  /** A wait longer than this (e.g. a primary limit that resets in 40 minutes) gives up at once. */
  maxWaitMs: number;
  /** The first wait after a 5xx without Retry-After; doubled for each further retry. */
  serverErrorBackoffMs: number;
  /**
   * Every call of one client, its waits included, ends within this from the client's creation:
   * a call that would start or wait past it fails at once (GitHubBudgetError).
   */
  budgetMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Told about every wait, e.g. `core.info`. */
  onWait?: (message: string) => void;
}

/** A GitHub call that gets no answer for this long fails (the report goes on without it). */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000;

/** All GitHub API calls of one step together, Retry-After waits included (action.yml's bound). */
export const GITHUB_BUDGET_MS = 120_000;

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  maxWaitMs: 60_000,
  serverErrorBackoffMs: 1000,
  budgetMs: GITHUB_BUDGET_MS,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** Answers that say GitHub (or a proxy in front of it) failed for now: worth another try. */
const TRANSIENT_SERVER_ERRORS = new Set([500, 502, 503, 504]);

/** A call GitHub kept rate-limiting after the retries the policy allows. */
export class RateLimitError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'RateLimitError';
    this.status = status;
  }
}

/** A call not made, or not retried, because the GitHub calls of the step used up their bound. */
export class GitHubBudgetError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'GitHubBudgetError';
  }
}

/** An HTTP failure of a GitHub call, from Octokit's RequestError, without casts at every catch. */
export interface HttpFailure {
  status: number;
  message: string;
  headers: Record<string, string | undefined>;
}

export function httpFailure(error: unknown): HttpFailure | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
    return undefined;
  }
  const response: unknown = 'response' in error ? error.response : undefined;
  const headers: Record<string, string | undefined> = {};
  let message = error.message;
  if (typeof response === 'object' && response !== null) {
    if ('headers' in response && typeof response.headers === 'object' && response.headers) {
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
      }
    }
    if ('data' in response && typeof response.data === 'object' && response.data) {
      const data = response.data;
      if ('message' in data && typeof data.message === 'string') message = data.message;
    }
  }
  return { status: error.status, message, headers };
}

/**
 * How long GitHub asks us to wait before calling again, or `undefined` when the failure is not a
 * rate limit (a plain 403 is a missing permission and final). Order as GitHub documents it:
 * `retry-after`, then an exhausted primary limit's `x-ratelimit-reset`, then at least a minute.
 */
export function rateLimitWaitMs(failure: HttpFailure, nowMs: number): number | undefined {
  if (failure.status !== 403 && failure.status !== 429) return undefined;
  const retryAfter = failure.headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - nowMs);
  }
  const reset = Number(failure.headers['x-ratelimit-reset']);
  if (failure.headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset)) {
    return Math.max(1000, reset * 1000 - nowMs);
  }
  if (failure.status === 429 || /secondary rate limit|abuse/i.test(failure.message)) return 60_000;
  return undefined;
}

/**
 * Finds what a create would make (the marked issue or comment), or `undefined`. Given as a call's
 * `request: { lookAgain }`, it runs before that call is sent again after a 5xx: a gateway can
 * time out on a write GitHub goes on to apply, and sending it again would make a second one.
 * A rate-limited call was not done, so it is sent again without looking.
 */
export type LookAgain = () => Promise<object | undefined>;

/**
 * Octokit for `token` against `baseUrl` (default `GITHUB_API_URL`, else api.github.com), with
 * rate-limited calls and transient 5xx answers retried per `retry`, and every call of the client
 * (waits included) within `retry.budgetMs` of its creation. Limit: the rate-limit waits are per
 * call, not shared between calls; the bound is.
 */
export function gitHubClient(
  token: string,
  options: { baseUrl?: string; retry?: Partial<RetryPolicy>; requestTimeoutMs?: number } = {},
): GitHub {
  const baseUrl = (
    options.baseUrl ||
    process.env.GITHUB_API_URL ||
    'https://api.github.com'
  ).replace(/\/+$/, '');
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const deadline = policy.now() + policy.budgetMs;
  const bound = formatDuration(policy.budgetMs);
  const github = getOctokit(token, {
    baseUrl,
    request: {
      fetch: fetchWithin(() =>
        Math.min(
          options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS,
          Math.max(1, deadline - policy.now()),
        ),
      ),
    },
  });
  github.hook.wrap('request', async (request, requestOptions) => {
    const call = `${requestOptions.method} ${String(requestOptions.url)}`;
    for (let retry = 0; ; retry++) {
      if (policy.now() >= deadline) {
        throw new GitHubBudgetError(
          `${call} was not sent: these GitHub calls used up the ${bound} they may take.`,
        );
      }
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = retryWait(error, retry, policy);
        if (wait === undefined) throw error;
        const { failure, waitMs, rateLimited } = wait;
        if (retry >= policy.maxRetries || waitMs > policy.maxWaitMs) {
          const tries = `gave up after ${retry} ${retry === 1 ? 'retry' : 'retries'}`;
          if (!rateLimited) throw error;
          throw new RateLimitError(
            `GitHub rate-limited ${call} (${failure.status}: ${failure.message}); ${tries}, the limit asks for another ${formatDuration(waitMs)}.`,
            failure.status,
          );
        }
        const what = rateLimited ? 'rate-limited' : `answered ${failure.status} to`;
        if (policy.now() + waitMs >= deadline) {
          throw new GitHubBudgetError(
            `GitHub ${what} ${call} (${failure.status}: ${failure.message}); not retried: waiting ${formatDuration(waitMs)} would pass the ${bound} these GitHub calls may take.`,
            { cause: error },
          );
        }
        policy.onWait?.(
          `GitHub ${what} ${call} (${failure.status}); waiting ${formatDuration(waitMs)} before retry ${retry + 1} of ${policy.maxRetries}.`,
        );
        await policy.sleep(waitMs);
        const lookAgain = (requestOptions.request as { lookAgain?: LookAgain } | undefined)
          ?.lookAgain;
        if (lookAgain && !rateLimited) {
          const found = await lookAgain();
          if (found !== undefined) {
            return { status: 200, url: String(requestOptions.url), headers: {}, data: found };
          }
        }
      }
    }
  });
  return github;
}

/**
 * How long to wait before trying a failed call again, or `undefined` when its failure is final
 * (a plain 403, 404, 422, a call that got no answer): a rate limit waits what GitHub asks, a
 * transient 5xx its Retry-After or a doubling back-off.
 */
function retryWait(
  error: unknown,
  retry: number,
  policy: RetryPolicy,
): { failure: HttpFailure; waitMs: number; rateLimited: boolean } | undefined {
  const failure = httpFailure(error);
  if (!failure) return undefined;
  const limited = rateLimitWaitMs(failure, policy.now());
  if (limited !== undefined) return { failure, waitMs: limited, rateLimited: true };
  // Octokit reports a call that got no answer (its fetch failed) as a 500 without a response.
  const answered = error instanceof Error && 'response' in error && error.response !== undefined;
  if (!answered || !TRANSIENT_SERVER_ERRORS.has(failure.status)) return undefined;
  const asked = Number(failure.headers['retry-after']);
  const waitMs = Number.isFinite(asked)
    ? Math.max(0, asked * 1000)
    : policy.serverErrorBackoffMs * 2 ** retry;
  return { failure, waitMs, rateLimited: false };
}

/**
 * `fetch` with a deadline: Octokit sets none, and a GitHub API (or a proxy in front of it) that
 * accepts the connection and never answers would hold the step until the job's own limit.
 */
function fetchWithin(timeoutMs: () => number): typeof fetch {
  return async (input, init = {}) => {
    const ms = timeoutMs();
    const deadline = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      return await fetch(input, { ...init, signal });
    } catch (error) {
      if (!deadline.aborted || init.signal?.aborted) throw error;
      const url = new URL(input instanceof Request ? input.url : String(input));
      throw new Error(
        `GitHub did not answer ${init.method ?? 'GET'} ${url.pathname} within ${formatDuration(ms)}`,
        { cause: error },
      );
    }
  };
}

/** What triggered the run, read from the runner's environment and event payload. */
export interface RunEvent {
  /** `GITHUB_EVENT_NAME`: `pull_request`, `schedule`, `workflow_dispatch`, … */
  name: string;
  owner: string;
  repo: string;
  /** The repository's default branch (`repository.default_branch` of the payload). */
  defaultBranch?: string;
  /** Set when the run belongs to a pull request. */
  pullRequest?: {
    number: number;
    /** The head is in another repository: a `pull_request` run gets a read-only token. */
    fromFork: boolean;
  };
}

/** The run's event, or `undefined` outside GitHub Actions (no `GITHUB_REPOSITORY`). */
export function readRunEvent(env: NodeJS.ProcessEnv): RunEvent | undefined {
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || extra !== undefined) return undefined;
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const event: RunEvent = { name: env.GITHUB_EVENT_NAME ?? '', owner, repo };
  const defaultBranch = field(field(payload, 'repository'), 'default_branch');
  if (typeof defaultBranch === 'string') event.defaultBranch = defaultBranch;
  const pr = field(payload, 'pull_request');
  const issue = field(payload, 'issue');
  if (typeof field(pr, 'number') === 'number') {
    const head = field(field(field(pr, 'head'), 'repo'), 'full_name');
    const base = field(field(field(pr, 'base'), 'repo'), 'full_name');
    event.pullRequest = {
      number: field(pr, 'number') as number,
      fromFork: typeof base === 'string' && head !== base,
    };
  } else if (field(issue, 'pull_request') && typeof field(issue, 'number') === 'number') {
    // issue_comment on a pull request: the payload has no head, so assume the repository's own.
    event.pullRequest = { number: field(issue, 'number') as number, fromFork: false };
  }
  return event;
}

function readPayload(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // A missing or broken payload only means there is no pull request to comment on.
    return undefined;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/** A 403 that means the token may not write (a fork's read-only token, or missing permissions). */
export function isPermissionDenied(error: unknown): boolean {
  const failure = httpFailure(error);
  return failure?.status === 403 && !(error instanceof RateLimitError);
}

/** The permissions GitHub says the call needed (`x-accepted-github-permissions`), if it said. */
export function acceptedPermissions(error: unknown): string | undefined {
  return httpFailure(error)?.headers['x-accepted-github-permissions'];
}

/** The failure's message for a log line: status and GitHub's message, never headers or tokens. */
export function describeFailure(error: unknown): string {
  const failure = httpFailure(error);
  return failure ? `${failure.status} ${failure.message}` : errorMessage(error);
}
