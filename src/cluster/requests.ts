// Every request the check sends through client-node outside the observer's watches (pre-flight,
// creates, cleanup): a deadline per request, the kubeconfig's exec credential plugin included,
// and retries of transient failures with back-off that honours Retry-After, within a budget.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KubeConfig, RequestContext } from '../util/client-node.ts';
import { apiFailure } from '../util/api-error.ts';
import { settleWithin } from '../util/deadline.ts';
import { formatDuration } from '../util/duration.ts';
import { KubeApi, send, type Exchange } from '../util/kube-api.ts';
import type { ClusterConnection } from './kubeconfig.ts';

export interface RequestLimits {
  /** One request, or one run of the exec credential plugin, gets no answer for this long: it fails. */
  requestTimeoutMs: number;
  /** First wait before a retry; doubles with each retry. */
  baseDelayMs: number;
  /** The cap of that doubling (a longer Retry-After is honoured, within the budget). */
  maxDelayMs: number;
}

export const REQUEST_TIMEOUT_MS = 30_000;
export const BASE_RETRY_DELAY_MS = 250;
export const MAX_RETRY_DELAY_MS = 8_000;

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  baseDelayMs: BASE_RETRY_DELAY_MS,
  maxDelayMs: MAX_RETRY_DELAY_MS,
};

/**
 * Answers that a retry cannot change (as octokit/plugin-retry's `doNotRetry`): every other answer
 * (429, 5xx), a connection that failed or broke, and a request that hung are retried.
 */
export const DO_NOT_RETRY: ReadonlySet<number> = new Set([400, 401, 403, 404, 405, 409, 410, 422]);

/** How long a piece of work may take with all its requests and retries. */
export interface Budget {
  /** On the `performance.now()` clock. */
  until: number;
  /** The time the work was given in all, for messages. */
  allowedMs: number;
  limits: RequestLimits;
  /** Aborting it stops retrying (the request under way finishes or hits its deadline). */
  signal?: AbortSignal;
}

export function budget(
  ms: number,
  limits: Partial<RequestLimits> = {},
  signal?: AbortSignal,
): Budget {
  return {
    until: performance.now() + ms,
    allowedMs: ms,
    limits: { ...DEFAULT_REQUEST_LIMITS, ...limits },
    signal,
  };
}

/** A request (or the exec credential plugin) that did not answer within its deadline. */
export class RequestTimeoutError extends Error {
  /** True when the deadline was what was left of the budget, shorter than a request's own. */
  readonly cut: boolean;
  constructor(message: string, cut: boolean) {
    super(message);
    this.name = 'RequestTimeoutError';
    this.cut = cut;
  }
}

/** The time a request may take now: its own limit, or what is left of the budget if less. */
function requestTimeoutMs(within: Budget): number {
  return Math.ceil(
    Math.max(1, Math.min(within.limits.requestTimeoutMs, within.until - performance.now())),
  );
}

function isCut(ms: number, within: Budget): boolean {
  return ms < within.limits.requestTimeoutMs;
}

/** `within 300ms`, or `within 12ms (what was left of the 1s allowed)` when the budget cut it. */
function withinWords(ms: number, within: Budget): string {
  const cut = isCut(ms, within);
  return `within ${formatDuration(ms)}${cut ? ` (what was left of the ${formatDuration(within.allowedMs)} allowed)` : ''}`;
}

/**
 * The API of `cluster` with a deadline on every request, the exec credential plugin and the
 * reading of the answer included, ending with the budget at the latest.
 */
export function apiClient(cluster: ClusterConnection, within: Budget): KubeApi {
  const { kubeConfig, server } = cluster;
  const plugin = limitExecPlugins(kubeConfig, within.limits.requestTimeoutMs);
  return new KubeApi(server, boundedExchange(kubeConfig, plugin, within));
}

function boundedExchange(
  kubeConfig: KubeConfig,
  plugin: PluginLimit | undefined,
  within: Budget,
): Exchange {
  return async (request) => {
    await authenticate(kubeConfig, request, plugin, within);
    const ms = requestTimeoutMs(within);
    const deadline = AbortSignal.timeout(ms);
    // A cancel (SIGINT/SIGTERM) aborts the request in flight, not only the retries after it.
    const given = within.signal ? [within.signal] : [];
    request.setSignal(AbortSignal.any([...given, deadline]));
    try {
      // The deadline covers the body too: a server that sends headers and then stalls.
      return await send(request);
    } catch (error) {
      if (deadline.aborted && !given.some((signal) => signal.aborted)) {
        const what = `${request.getHttpMethod()} ${new URL(request.getUrl()).pathname}`;
        throw new RequestTimeoutError(
          `the API server did not answer ${what} ${withinWords(ms, within)}`,
          isCut(ms, within),
        );
      }
      throw error;
    }
  };
}

/** How long a plugin run may outlive the wait for it before it is killed. */
const PLUGIN_KILL_GRACE_MS = 500;

/** What `limitExecPlugins` hands the authentication: the limit of the plugin run it starts next. */
interface PluginLimit {
  command?: string;
  timeoutMs: number;
}

/** The KubeConfig's authentication; an exec credential plugin it runs gets the request's limit. */
async function authenticate(
  kubeConfig: KubeConfig,
  request: RequestContext,
  plugin: PluginLimit | undefined,
  within: Budget,
): Promise<void> {
  if (!plugin?.command) return kubeConfig.applySecurityAuthentication(request);
  const ms = requestTimeoutMs(within);
  // client-node starts the plugin synchronously inside this call: it gets the same limit.
  plugin.timeoutMs = ms;
  await settleWithin(
    kubeConfig.applySecurityAuthentication(request),
    ms,
    () =>
      new RequestTimeoutError(
        `the kubeconfig's exec credential plugin '${plugin.command}' did not finish ${withinWords(ms, within)}`,
        isCut(ms, within),
      ),
  );
}

const pluginLimits = new WeakMap<KubeConfig, PluginLimit | undefined>();

/**
 * The exec credential plugin failed. client-node rejects with the plugin's stderr, or with a JSON
 * parse error that quotes its stdout: either may hold a token, so neither is shown, only the kind
 * of failure and what to run to see more.
 */
export class CredentialPluginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialPluginError';
  }
}

/**
 * client-node runs an exec credential plugin without a time limit: a hanging plugin would hold
 * every request, and the process, forever. Its runs are killed after their limit, and their
 * failures say what went wrong without the plugin's output (for the observer's requests too,
 * which do not go through `apiClient`).
 */
function limitExecPlugins(kubeConfig: KubeConfig, timeoutMs: number): PluginLimit | undefined {
  if (pluginLimits.has(kubeConfig)) return pluginLimits.get(kubeConfig);
  const exec: unknown = kubeConfig.getCurrentUser()?.exec;
  const command =
    typeof exec === 'object' &&
    exec !== null &&
    'command' in exec &&
    typeof exec.command === 'string'
      ? exec.command
      : undefined;
  const execAuth = findExecAuth(kubeConfig);
  const limit: PluginLimit | undefined = command && execAuth ? { command, timeoutMs } : undefined;
  if (limit && execAuth) {
    let spawned: ChildProcess | undefined;
    execAuth.execFn = (file, args, options) => {
      // Killed a moment after the wait for it gave up, so that the wait's "did not finish within"
      // is what a request reports: a kill at the same moment could be seen first.
      const timeout = limit.timeoutMs + PLUGIN_KILL_GRACE_MS;
      spawned = spawn(file, args, { ...options, timeout, killSignal: 'SIGKILL' });
      limit.timeoutMs = timeoutMs;
      return spawned;
    };
    const getCredential = execAuth.getCredential.bind(execAuth);
    execAuth.getCredential = (user) => {
      spawned = undefined;
      // client-node spawns the plugin synchronously in this call, when no cached token serves.
      const pending = getCredential(user);
      const run = spawned;
      return pending.catch((error: unknown) => {
        throw run ? new CredentialPluginError(pluginFailure(limit.command!, run, error)) : error;
      });
    };
  }
  pluginLimits.set(kubeConfig, limit);
  return limit;
}

interface ExecAuthInternals {
  execFn: (file: string, args: string[], options: SpawnOptions) => ChildProcess;
  getCredential: (user: unknown) => Promise<unknown>;
}

/** ExecAuth is not exported: it is the authenticator with a spawn function (client-node 2.x exec_auth.js). */
function findExecAuth(kubeConfig: KubeConfig): ExecAuthInternals | undefined {
  const authenticators = (kubeConfig as unknown as { authenticators?: unknown[] }).authenticators;
  return authenticators?.find(
    (authenticator): authenticator is ExecAuthInternals =>
      typeof authenticator === 'object' &&
      authenticator !== null &&
      'execFn' in authenticator &&
      'getCredential' in authenticator,
  );
}

/** What went wrong with one plugin run, in words that quote none of its output. */
function pluginFailure(command: string, run: ChildProcess, error: unknown): string {
  const plugin = `the kubeconfig's exec credential plugin '${command}'`;
  const notShown = `its output is not shown, as it may hold credentials: run '${command}' yourself to see it`;
  const spawnCode = (error as { code?: unknown }).code;
  if (spawnCode === 'ENOENT') return `${plugin} was not found: is it installed and on PATH?`;
  if (typeof spawnCode === 'string') return `${plugin} could not be started (${spawnCode})`;
  if (error instanceof SyntaxError) {
    return `${plugin} did not print an ExecCredential in JSON (client.authentication.k8s.io); ${notShown}`;
  }
  if (run.signalCode) return `${plugin} was killed by ${run.signalCode}; ${notShown}`;
  return `${plugin} exited with code ${run.exitCode ?? 'unknown'}; ${notShown}`;
}

/** How long to wait before retrying after `error`, or `undefined` when a retry cannot help. */
export function retryDelayMs(
  error: unknown,
  retry: number,
  limits: RequestLimits,
): number | undefined {
  const failure = apiFailure(error);
  // A bad URL, an unknown host, a certificate that does not fit: the kubeconfig, not the server.
  if (failure.permanent) return undefined;
  const transient =
    error instanceof RequestTimeoutError ||
    failure.network ||
    (failure.code !== undefined && !DO_NOT_RETRY.has(failure.code));
  if (!transient) return undefined;
  const backoff = Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** Math.min(retry, 20));
  return Math.max(backoff, (failure.retryAfterSeconds ?? 0) * 1000);
}

export interface RetryOptions {
  /**
   * Stop retrying a refused connection after this long (kubectl does not retry one at all): in
   * the pre-flight a refusal means a wrong host or port far more often than a restarting server.
   */
  refusedForMs?: number;
}

/**
 * Calls `call` until it succeeds, fails for good, or the next retry would end past the budget:
 * then its last error is thrown. Only for requests that may be repeated (reads, deletes, and
 * creates whose AlreadyExists the caller checks).
 */
export async function retrying<T>(
  call: () => Promise<T>,
  within: Budget,
  options: RetryOptions = {},
): Promise<T> {
  let earlier: unknown;
  let refusedSince: number | undefined;
  for (let retry = 0; ; retry++) {
    // Cancelled: send nothing more (the pre-flight's access reviews start after its reads).
    if (within.signal?.aborted) throw cancelled(within.signal, earlier);
    try {
      return await call();
    } catch (failure) {
      // A last try cut short by the budget says less than the answer that made us retry.
      const cut = failure instanceof RequestTimeoutError && failure.cut;
      const error = cut && earlier !== undefined ? earlier : failure;
      earlier = error;
      const waitMs = retryDelayMs(failure, retry, within.limits);
      if (waitMs === undefined || within.signal?.aborted) throw error;
      if (performance.now() + waitMs >= within.until) throw error;
      if (options.refusedForMs !== undefined && isRefused(failure)) {
        refusedSince ??= performance.now();
        if (performance.now() + waitMs - refusedSince > options.refusedForMs) throw error;
      } else refusedSince = undefined;
      await sleep(waitMs, undefined, { signal: within.signal }).catch(() => {
        throw error;
      });
    }
  }
}

/** The error a cancelled budget ends with: its abort reason, else the last failure, else its own. */
function cancelled(signal: AbortSignal, earlier: unknown): unknown {
  if (signal.reason instanceof Error && signal.reason.name !== 'AbortError') return signal.reason;
  return earlier ?? new Error('cancelled before the request was sent');
}

function isRefused(error: unknown): boolean {
  return apiFailure(error).networkCode === 'ECONNREFUSED';
}
