// The lists of one resource kind: the first list, retried until it works within the start's
// deadline; the relist after a 410 or a lost line; the poller's lists while no watch is
// healthy; each one request with its deadline; and what a list shows next to what the timeline
// already holds, written into it. The watch side is in watcher.ts.
import type { Clock } from './clock.ts';
import { classify, decide, type Ending, type WatchLimits } from './decide.ts';
import { CAUSE_OF, type GapCause } from './gaps.ts';
import type { InFlight } from './inflight.ts';
import { describe, seconds } from './lines.ts';
import { Poller } from './poller.ts';
import type { ResourceRecord } from './record.ts';
import type { Listing, ResourceSpec } from './resource-specs.ts';
import { DELETED, deletedReading, describeChanges, type TimelineBuilder } from './timeline.ts';
import { WITNESS_OF, type ResourceKind, type SeenBy, type Witness } from './types.ts';
import type { Reading } from './witness.ts';

export interface ListsDeps {
  builder: TimelineBuilder;
  clock: Clock;
  limits: WatchLimits;
  pollIntervalMs: number;
  random: () => number;
  warn: (line: string) => void;
  log: (line: string) => void;
  record: ResourceRecord;
  inflight: InFlight;
  /** Aborted when the observer stops. */
  stopped: AbortSignal;
}

/**
 * ResourceLists sends every list of one resource and writes what each shows into the timeline:
 * a list (the first, or a relist) vouches for everything up to its answer and closes the gap the
 * ledger has pending, saying what changed across it; a poll records what it shows as `poll`.
 */
export class ResourceLists {
  readonly #spec: ResourceSpec;
  readonly #witness: Witness;
  readonly #deps: ListsDeps;
  #polling: { poller: Poller; close: (until: number) => void; since: number } | undefined;
  #pollRefusedSaid = false;

  constructor(spec: ResourceSpec, deps: ListsDeps) {
    this.#spec = spec;
    this.#witness = WITNESS_OF[spec.resource];
    this.#deps = deps;
  }

  /** The first list (see firstList); `pause` waits between tries. */
  first(start: StartDeadline, pause: (ms: number) => Promise<void>): Promise<Listing | undefined> {
    const { clock, limits, random, log, record } = this.#deps;
    return firstList({
      resource: this.#spec.resource,
      clock,
      limits,
      random,
      start,
      request: (deadline) => this.request(this.#deps.stopped, deadline),
      failed: (ending) => record.failed(ending),
      notBefore: () => record.notBefore,
      pause,
      log,
    });
  }

  /** One list request, counted and tracked, with the liveness timeout unless `deadline` says. */
  request(
    signal: AbortSignal,
    deadline: ListDeadline = {
      ms: this.#deps.limits.livenessTimeoutMs,
      name: 'the liveness timeout',
    },
  ): Promise<Listing | Ending> {
    const { clock, record, inflight } = this.#deps;
    record.stats.requests++;
    const request = requestList(this.#spec.list, clock, deadline, signal);
    inflight.track(request, { what: 'list', since: clock.now(), answered: false });
    return request;
  }

  /** Writes what a list shows into the timeline, as seen by a `list` or a `poll`. */
  take(listing: Listing, seenBy: SeenBy): void {
    const { builder, clock, record } = this.#deps;
    const at = clock.now();
    const { readings, gone } = readListing(
      listing,
      this.#spec.read,
      this.#witness,
      builder.latest(this.#witness),
    );
    if (seenBy === 'poll') record.stats.polls++;
    const { ledger } = record;
    const relisted =
      seenBy === 'list'
        ? ledger.relisted(
            at,
            listing.resourceVersion,
            ledger.relistPending
              ? describeChanges(this.#witness, builder.confirmed(this.#witness), readings)
              : [],
          )
        : undefined;
    if (relisted?.gap) record.gap(relisted.gap);
    for (const reading of [...readings.values(), ...gone]) builder.record(reading, seenBy, at);
    record.recovered('listed again', relisted?.recovery);
  }

  /** Since when the poller runs, if it does. */
  get pollingSince(): number | undefined {
    return this.#polling?.since;
  }

  /** Starts the poller (while no watch is healthy), with a polling stretch in the timeline. */
  startPolling(reason: string): void {
    if (this.#polling || this.#deps.stopped.aborted) return;
    const { builder, clock, pollIntervalMs, limits, random, record } = this.#deps;
    const since = clock.now();
    const close = builder.polling(
      this.#spec.resource,
      since,
      pollIntervalMs,
      `no healthy watch: ${reason}`,
    );
    const poller = new Poller({
      clock,
      intervalMs: pollIntervalMs,
      limits,
      random,
      list: (signal) => this.request(signal),
      onListing: (listing) => this.take(listing, 'poll'),
      onFailure: (ending) => this.#pollFailed(ending),
      onCrash: (error) => record.crashed(error),
      notBefore: () => record.notBefore,
    });
    this.#polling = { poller, close, since };
    record.stats.mode = 'poll';
  }

  /** Stops the poller and ends its stretch at `at`; resolves once its last list settled. */
  async stopPolling(at = this.#deps.clock.now()): Promise<void> {
    const polling = this.#polling;
    if (!polling) return;
    this.#polling = undefined;
    polling.close(at);
    this.#deps.record.stats.pollingMs += at - polling.since;
    await polling.poller.stop();
  }

  #pollFailed(ending: Ending): void {
    this.#deps.record.failed(ending);
    if (ending.kind === 'forbidden' && !this.#pollRefusedSaid) {
      this.#pollRefusedSaid = true;
      this.#deps.warn(
        `${this.#spec.resource}: polling refused too (${describe(ending)}); nothing of this resource can be seen`,
      );
    }
  }
}

/** Thrown when the resource cannot be listed at the start; `gapCause` is the gap it leaves. */
export class UnlistableError extends Error {
  readonly gapCause: GapCause;
  constructor(message: string, gapCause: GapCause) {
    super(message);
    this.name = 'UnlistableError';
    this.gapCause = gapCause;
  }
}

/** How long a list may go unanswered, and what that limit is called in a message. */
export interface ListDeadline {
  ms: number;
  name: string;
}

export function isEnding<T extends object>(result: T | Ending): result is Ending {
  return 'kind' in result;
}

/**
 * One list request: resolves to what it showed or how it ended, never rejects. No answer
 * within `deadline` ends it as `timeout`, and aborting `signal` as `stopped`, at that moment:
 * also when client-node does not let go of the request (a credential plugin that hangs).
 */
export function requestList(
  list: ResourceSpec['list'],
  clock: Clock,
  deadline: ListDeadline,
  signal: AbortSignal,
): Promise<Listing | Ending> {
  const timeout = new AbortController();
  return new Promise<Listing | Ending>((resolve) => {
    if (signal.aborted) return resolve({ kind: 'stopped' });
    const stopped = () => resolve({ kind: 'stopped' });
    const cancelTimeout = clock.timer(() => {
      timeout.abort(new Error(`no answer within ${deadline.name}`));
      resolve({ kind: 'timeout', message: `no answer to the list within ${deadline.name}` });
    }, deadline.ms);
    signal.addEventListener('abort', stopped, { once: true });
    list(AbortSignal.any([signal, timeout.signal]))
      .then(resolve, (error: unknown) => resolve(classify(error)))
      .finally(() => {
        cancelTimeout();
        signal.removeEventListener('abort', stopped);
      });
  });
}

/** The time the caller gives the first list, retries included, on the observer's clock. */
export interface StartDeadline {
  until: number;
  allowedMs: number;
}

export interface FirstListContext {
  resource: ResourceKind;
  clock: Clock;
  limits: WatchLimits;
  random: () => number;
  start: StartDeadline;
  /** One list request with `deadline`. */
  request: (deadline: ListDeadline) => Promise<Listing | Ending>;
  /** A list failed: count it, and keep its Retry-After. */
  failed: (ending: Ending) => void;
  /** The earliest moment the server allows the next request (its latest Retry-After). */
  notBefore: () => number;
  /** Waits `ms`, and on while a Retry-After holds; at once when stopped. */
  pause: (ms: number) => Promise<void>;
  log: (line: string) => void;
}

/**
 * The first list: retried after transient failures (up to `limits.startAttempts` tries), each
 * try and wait within the start's deadline. Resolves to the listing, or to undefined when
 * stopped; rejects with an UnlistableError saying why when the resource cannot be listed.
 */
export async function firstList(context: FirstListContext): Promise<Listing | undefined> {
  const { resource, clock, limits, start } = context;
  let failures = 0;
  for (let attempt = 1; ; attempt++) {
    const deadline = tryDeadline(start.until - clock.now(), attempt === 1, start, limits);
    const result = await context.request(deadline);
    if (!isEnding(result)) return result;
    if (result.kind === 'stopped') return undefined;
    context.failed(result);
    const plan = decide(
      result,
      { phase: 'list', failures, now: clock.now() },
      limits,
      context.random(),
    );
    failures = plan.failures;
    const retryAt = Math.max(clock.now() + plan.delayMs, context.notBefore());
    const lastTry = plan.next === 'give-up' || attempt >= limits.startAttempts;
    // A try that used up what was left of the start leaves none, whatever the clock says.
    const spent = deadline.cut && result.kind === 'timeout';
    if (lastTry || spent || retryAt >= start.until) {
      const said = describe(result);
      const allowed = `the ${seconds(start.allowedMs)} allowed to start`;
      const why = lastTry
        ? ''
        : `; no time left to try again${said.includes(allowed) ? '' : ` within ${allowed}`}`;
      throw new UnlistableError(`cannot list ${resource}: ${said}${why}`, causeOf(result));
    }
    context.log(
      `${resource}: list failed (${describe(result)}); retrying in ${seconds(plan.delayMs)}`,
    );
    await context.pause(plan.delayMs);
  }
}

/** A try's deadline: the liveness timeout, or what is left of the start when that is less. */
function tryDeadline(
  left: number,
  first: boolean,
  start: StartDeadline,
  limits: WatchLimits,
): ListDeadline & { cut: boolean } {
  if (left >= limits.livenessTimeoutMs)
    return { ms: limits.livenessTimeoutMs, name: 'the liveness timeout', cut: false };
  const allowed = `the ${seconds(start.allowedMs)} allowed to start`;
  const name = first ? allowed : `the ${seconds(Math.max(0, left))} left of ${allowed}`;
  return { ms: Math.max(0, left), name, cut: true };
}

function causeOf(ending: Exclude<Ending, { kind: 'stopped' }>): GapCause {
  return ending.kind === 'closed' || ending.kind === 'expired'
    ? 'unexpected'
    : CAUSE_OF[ending.kind];
}

/** What a list shows, as readings to record. */
export interface ListReadings {
  /** A reading of each listed object the witness can read, by key. */
  readings: Map<string, Reading>;
  /**
   * A deletion for each object the timeline has that the list no longer has, at the list's
   * resourceVersion (none for Events: they expire, their last count stays true).
   */
  gone: Reading[];
}

/** Reads a listing next to the latest reading of each object the timeline holds. Pure. */
export function readListing(
  listing: Listing,
  read: (object: unknown) => Reading | undefined,
  witness: Witness,
  latest: ReadonlyMap<string, Reading>,
): ListReadings {
  const readings = new Map<string, Reading>();
  for (const item of listing.items) {
    const reading = read(item);
    if (reading) readings.set(reading.key, reading);
  }
  const gone: Reading[] = [];
  if (witness !== 'event') {
    for (const [key, last] of latest) {
      if (readings.has(key) || last.identity === DELETED) continue;
      const deleted = deletedReading(last);
      deleted.observation.resourceVersion = listing.resourceVersion;
      gone.push(deleted);
    }
  }
  return { readings, gone };
}
