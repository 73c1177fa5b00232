// Every decision a resource's watcher makes when a list or a watch ends, in one pure function
// over named failure cases (client-go's RetryWatcher model): no clock, no I/O, no randomness of
// its own, so it is tested on a fake clock.
import { apiFailure } from '../util/api-error.ts';
import type { GapEntry } from './types.ts';

/** How a list or a watch stream ended. */
export type Ending =
  /** The server closed the stream (its `timeoutSeconds`), or client-node's inactivity timer did. */
  | { kind: 'closed'; message: string }
  /** 410 Gone / Expired: the resourceVersion is older than the server's history. */
  | { kind: 'expired'; message: string }
  /** 401 / 403: RBAC will not change while we run. */
  | { kind: 'forbidden'; code: number; message: string }
  /** 429: the server asks us to slow down, for `retryAfterMs` when it says. */
  | { kind: 'throttled'; retryAfterMs?: number; message: string }
  /** 5xx, with the server's Retry-After when it gave one. */
  | { kind: 'server-error'; code: number; retryAfterMs?: number; message: string }
  /** The connection was refused or broke (reset, closed mid-answer). */
  | { kind: 'network'; message: string }
  /** No answer (for a watch: no stream) within the liveness timeout. */
  | { kind: 'timeout'; message: string }
  /** The stream said something we cannot use (unknown event type, object without metadata), or contradicted itself. */
  | { kind: 'malformed'; message: string }
  /**
   * The watch was answered but delivers nothing while a list shows changes (a buffering proxy,
   * an empty body, an HTML page), or, once caught so, ended again without delivering anything.
   */
  | { kind: 'silent'; message: string }
  /** Any other answer (400, 404, ...): retried, since the cause may pass (a CRD being installed). */
  | { kind: 'unexpected'; code?: number; message: string }
  /** We stopped it. */
  | { kind: 'stopped' };

export type EndingKind = Ending['kind'];

/** The limits of the watcher's loop; every delay it waits is derived from these. */
export interface WatchLimits {
  /**
   * A watch that ended without delivering anything (not even a bookmark) is not started again
   * sooner than this after it started: no hot loop against a server that closes or expires every
   * watch at once (client-go's reflector treats such a "very short watch" as an error; client-node
   * issue #1933 shows the cost of looping). Failures are kept apart by the back-off instead.
   */
  minRestartDelayMs: number;
  /** Retry delay after the second failure in a row (the first is retried at once); doubles with each further one. */
  baseBackoffMs: number;
  /** The cap of that doubling. */
  maxBackoffMs: number;
  /**
   * A stream that delivers nothing (not even a bookmark) for this long is restarted, and a list
   * that gets no answer for this long fails. (client-node's Watch also ends a stream silent for
   * 30 s, with a `TimeoutError`, whatever this says.)
   */
  livenessTimeoutMs: number;
  /**
   * A watch request the server has not answered for this long is not healthy: the poller covers
   * it until the answer comes (the replay from the resourceVersion then fills in).
   */
  answerTimeoutMs: number;
  /** The server-side `timeoutSeconds` of each watch is drawn from [this, 2 × this], as client-go does. */
  minWatchTimeoutSeconds: number;
  /**
   * A watch that delivered nothing for this long is checked by a list (the probe): when the list
   * shows a change the watch has not delivered, and still has not one probe later, the watch is
   * silent (a proxy holds or drops the stream) and the poller takes over. Also the probe's
   * interval while the silence lasts. 0 turns the probe off.
   */
  probeEveryMs: number;
  /** Transient failures of the very first list before the observer gives up starting. */
  startAttempts: number;
  /**
   * How long `stop()` waits for requests still open. A watch request the server has not
   * answered yet cannot be aborted from outside client-node; stop() stops waiting for it.
   */
  stopWaitMs: number;
}

export const DEFAULT_LIMITS: WatchLimits = {
  minRestartDelayMs: 200,
  baseBackoffMs: 250,
  maxBackoffMs: 5_000,
  livenessTimeoutMs: 30_000,
  answerTimeoutMs: 1_000,
  minWatchTimeoutSeconds: 300,
  probeEveryMs: 2_000,
  startAttempts: 6,
  stopWaitMs: 2_000,
};

/** `Retry-After` counts whole seconds: a 429 that does not say how long waits at least this. */
export const THROTTLED_FLOOR_MS = 1_000;

export interface LoopState {
  /** What ended: the list before a watch, or the watch itself. */
  phase: 'list' | 'watch';
  /** Consecutive failures before this one (reset by any event on a stream). */
  failures: number;
  /** When the last watch started, on the monotonic clock; undefined before the first. */
  lastStartAt?: number;
  /** True when the watch that ended delivered at least one event (a bookmark counts). */
  progressed?: boolean;
  now: number;
}

export interface Plan {
  /**
   * `watch`: watch again from the last resourceVersion; `list`: list first (the resourceVersion
   * is gone or the stream cannot be trusted); `poll-only`: never watch again, poll until stopped;
   * `give-up`: this resource cannot be observed at all; `stop`: we were stopped.
   */
  next: 'watch' | 'list' | 'poll-only' | 'give-up' | 'stop';
  delayMs: number;
  /** Run the poller until a watch is established again. */
  poll: boolean;
  failures: number;
  /** Record a gap when the list that follows completes. */
  gap?: GapEntry['cause'];
  /** Tell the user (a warning), not only the progress log. */
  warn: boolean;
}

/**
 * decide says what to do after a list or watch ended. It never stops on its own: every failure
 * is retried, handed to the poller, or ends with a named reason the user is told about.
 * `random` is a number in [0, 1) for the jitter.
 */
export function decide(
  ending: Ending,
  state: LoopState,
  limits: WatchLimits,
  random: number,
): Plan {
  // Only a watch that gave nothing back can loop hot without counting as a failure.
  const restartFloor =
    state.lastStartAt === undefined || state.progressed
      ? 0
      : Math.max(0, state.lastStartAt + limits.minRestartDelayMs - state.now);
  const retryIn = (ms: number) => Math.max(ms, restartFloor);
  // Failures count the lists and watches in a row that gave nothing: a watch that delivered
  // events and then broke is not one (client-go's reflector loops straight back into a new watch
  // too), the history is still there to replay. The first failure is retried at once, and one
  // retry cannot loop; repeated failures back off with jitter, polling meanwhile.
  const before = state.progressed ? 0 : state.failures;
  const repeated = before > 0;
  const failed = state.progressed ? 0 : before + 1;
  const backoff = () => (repeated ? backoffMs(before - 1, limits, random) : 0);
  const again = state.phase === 'list' ? 'list' : 'watch';
  switch (ending.kind) {
    case 'stopped':
      return { next: 'stop', delayMs: 0, poll: false, failures: state.failures, warn: false };
    case 'closed':
      // Normal life of a watch (server timeout, client-node's inactivity timer): the server
      // replays everything after our resourceVersion, so nothing is lost and nothing to poll.
      return {
        next: again,
        delayMs: retryIn(0),
        poll: false,
        failures: state.failures,
        warn: false,
      };
    case 'expired':
      // client-go's RetryWatcher stops here because it promises no gaps; we relist, record
      // what changed across the gap, and go on.
      return {
        next: 'list',
        delayMs: retryIn(0),
        poll: false,
        failures: state.failures,
        gap: 'expired',
        warn: false,
      };
    case 'malformed':
      // Something of the stream was lost or unusable: resynchronise by a relist, and say so.
      return {
        next: 'list',
        delayMs: backoff(),
        poll: repeated,
        failures: state.failures + 1,
        gap: 'malformed',
        warn: true,
      };
    case 'forbidden':
      // RBAC does not change during a run. A forbidden watch leaves polling (lists) for good;
      // a forbidden list leaves nothing.
      return state.phase === 'watch'
        ? { next: 'poll-only', delayMs: 0, poll: true, failures: state.failures + 1, warn: true }
        : { next: 'give-up', delayMs: 0, poll: false, failures: state.failures + 1, warn: true };
    case 'throttled':
      // Retry-After is what the server allows; without it (client-node drops the headers of a
      // watch answer) at least one second, the smallest Retry-After, and the poller's first
      // list asks the server again (its answer's Retry-After holds the next watch back too).
      return {
        next: again,
        delayMs: Math.max(ending.retryAfterMs ?? THROTTLED_FLOOR_MS, backoff()),
        poll: true,
        failures: state.failures + 1,
        warn: false,
      };
    case 'server-error':
    case 'network':
    case 'timeout':
      // Transient by nature: once at once, then back off with jitter (never sooner than a 5xx's
      // Retry-After); while failures repeat the poller keeps states coming, and the re-watch from
      // the last resourceVersion fills in what polling missed.
      return {
        next: again,
        delayMs: Math.max(
          ending.kind === 'server-error' ? (ending.retryAfterMs ?? 0) : 0,
          backoff(),
        ),
        poll: repeated,
        failures: failed,
        warn: false,
      };
    case 'silent':
      // The transport answers but does not deliver: poll until a watch delivers again, and
      // back off between watches that only prove the same (an empty body ends at once).
      return {
        next: 'watch',
        delayMs: Math.max(restartFloor, backoffMs(state.failures, limits, random)),
        poll: true,
        failures: state.failures + 1,
        warn: true,
      };
    case 'unexpected':
      // Not transient by nature, but nothing says it is final either: retry slowly and say so.
      return {
        next: again,
        delayMs: backoffMs(state.failures, limits, random),
        poll: true,
        failures: state.failures + 1,
        warn: true,
      };
  }
}

/** Exponential backoff with equal jitter: [d/2, d) for d = base × 2^failures, capped. */
export function backoffMs(failures: number, limits: WatchLimits, random: number): number {
  const ceiling = Math.min(limits.maxBackoffMs, limits.baseBackoffMs * 2 ** Math.min(failures, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** Names what client-node reported when a request or a watch ended with an error. */
export function classify(error: unknown): Ending {
  if (error === null || error === undefined) {
    return { kind: 'closed', message: 'the server closed the watch' };
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { kind: 'closed', message: 'nothing arrived within the liveness timeout' };
  }
  return classifyFailure(apiFailure(error));
}

/** Names a `Status` that arrived as an `ERROR` event in a watch stream. */
export function classifyStatus(status: unknown): Ending {
  const body = (status ?? {}) as {
    code?: number;
    reason?: string;
    message?: string;
    details?: { retryAfterSeconds?: number };
  };
  if (typeof body.code !== 'number') {
    return {
      kind: 'malformed',
      message: `ERROR event without a Status: ${JSON.stringify(status)}`,
    };
  }
  return classifyFailure({
    code: body.code,
    reason: body.reason,
    message: body.message ?? body.reason ?? `code ${body.code}`,
    retryAfterSeconds: body.details?.retryAfterSeconds,
    network: false,
  });
}

function classifyFailure(failure: ReturnType<typeof apiFailure>): Ending {
  const { code, message } = failure;
  if (failure.network || code === undefined) return { kind: 'network', message };
  const said = failure.reason ? `${code} ${failure.reason}: ${message}` : `${code}: ${message}`;
  if (code === 410) return { kind: 'expired', message: said };
  if (code === 401 || code === 403) return { kind: 'forbidden', code, message: said };
  if (code === 429) {
    const seconds = failure.retryAfterSeconds;
    return seconds !== undefined && seconds >= 0
      ? { kind: 'throttled', retryAfterMs: seconds * 1000, message: said }
      : { kind: 'throttled', message: said };
  }
  if (code >= 500) {
    const seconds = failure.retryAfterSeconds;
    return seconds !== undefined && seconds >= 0
      ? { kind: 'server-error', code, retryAfterMs: seconds * 1000, message: said }
      : { kind: 'server-error', code, message: said };
  }
  return { kind: 'unexpected', code, message: said };
}
