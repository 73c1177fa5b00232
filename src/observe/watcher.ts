// The resilient stream of one resource kind: list, then watch from the list's resourceVersion
// through client-node's raw Watch, for as long as the observer runs, whatever the server does.
// The decisions are in decide.ts, the gap bookkeeping in gaps.ts, the fallback poller in
// poller.ts; this file does the I/O and writes what it saw.
import type { KubeConfig } from '@kubernetes/client-node';
import { errorMessage } from '../util/errors.ts';
import type { Clock } from './clock.ts';
import {
  classify,
  classifyStatus,
  decide,
  type Ending,
  type EndingKind,
  type Plan,
  type WatchLimits,
} from './decide.ts';
import { CAUSE_OF, GapLedger, type GapCause, type GapRecord, type Recovery } from './gaps.ts';
import { Poller } from './poller.ts';
import { openStream } from './stream.ts';
import type { Listing, ResourceSpec } from './resources.ts';
import {
  deletedReading,
  DELETED,
  describeChanges,
  type GapChange,
  type TimelineBuilder,
} from './timeline.ts';
import { WITNESS_OF, type ResourceKind, type SeenBy, type Witness } from './types.ts';
import { objectName, type Reading } from './witness.ts';

export interface WatcherDeps {
  kubeConfig: KubeConfig;
  builder: TimelineBuilder;
  /** Every `now`, wait and timer of the watcher and its poller. */
  clock: Clock;
  limits: WatchLimits;
  pollIntervalMs: number;
  random: () => number;
  /** Recoveries and mode changes, for the progress log. */
  log: (line: string) => void;
  /** What the user must know: polling for good, a lost line, a witness unavailable. */
  warn: (line: string) => void;
}

export type WatchMode = 'starting' | 'watch' | 'poll' | 'unavailable' | 'stopped';

export interface ResourceStats {
  mode: WatchMode;
  /** Watch requests started, the first one included. */
  watchStarts: number;
  /** Watch requests the server answered with a stream (200). */
  streams: number;
  /** Lists after the first: each after a 410 or a lost line, to start the watch over. */
  relists: number;
  /** Lists made by the poller. */
  polls: number;
  gaps: number;
  /** How each failed list, poll or watch ended, by name. */
  errors: Partial<Record<EndingKind, number>>;
  /** Time spent polling because no watch was healthy, ms. */
  pollingMs: number;
  /** HTTP requests made: lists, polls and watches. */
  requests: number;
  resourceVersion?: string;
}

/** Thrown by `start()` when the resource cannot be listed; `cause` is the gap cause it leaves. */
export class UnlistableError extends Error {
  readonly gapCause: GapCause;
  constructor(message: string, gapCause: GapCause) {
    super(message);
    this.name = 'UnlistableError';
    this.gapCause = gapCause;
  }
}

/**
 * ResourceWatcher follows one resource kind in one namespace.
 *
 * Guarantee: while its watch is healthy it sees every version of every matching object the
 * server persisted, in order, however short-lived; a watch that ends is resumed from the last
 * resourceVersion, so the server replays what happened meanwhile. Where that is impossible (410:
 * the version is gone) it relists and records a gap saying what changed across it; while no
 * watch is healthy a poller lists every `pollIntervalMs` and a polling stretch is recorded.
 * Limits: it cannot see a state the writer never persisted (virt-controller coalescing), nor a
 * watch line client-node dropped as unparseable unless a later event contradicts it.
 */
export class ResourceWatcher {
  readonly resource: ResourceKind;
  readonly #spec: ResourceSpec;
  readonly #deps: WatcherDeps;
  readonly #witness: Witness;
  readonly #ledger: GapLedger;
  readonly #stop = new AbortController();
  readonly #inflight = new Set<Promise<unknown>>();
  readonly #stats: ResourceStats = {
    mode: 'starting',
    watchStarts: 0,
    streams: 0,
    relists: 0,
    polls: 0,
    gaps: 0,
    errors: {},
    pollingMs: 0,
    requests: 0,
  };
  #lastResourceVersion: string | undefined;
  #failures = 0;
  /** Events (bookmarks included) the current or last watch delivered. */
  #delivered = 0;
  /** No request before this moment: the latest Retry-After the server gave, on any request. */
  #notBefore = 0;
  #lastStartAt: number | undefined;
  /** Objects the stream has told about (name -> resourceVersion), to notice a lost line. */
  #known = new Map<string, string>();
  #polling: { poller: Poller; close: (until: number) => void; since: number } | undefined;
  #pollRefusedSaid = false;
  #abortWatch: (() => void) | undefined;
  #loop: Promise<void> | undefined;

  constructor(spec: ResourceSpec, deps: WatcherDeps) {
    this.resource = spec.resource;
    this.#spec = spec;
    this.#deps = deps;
    this.#witness = WITNESS_OF[spec.resource];
    this.#ledger = new GapLedger(deps.clock.now());
  }

  /**
   * Lists the resource (retrying transient failures up to `limits.startAttempts`) and starts
   * watching from the list's resourceVersion. Rejects with an UnlistableError when the
   * resource cannot be listed.
   */
  async start(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.#requestList(this.#stop.signal);
      if (!isEnding(result)) {
        this.#applyList(result, 'list');
        this.#loop = this.#run().catch((error: unknown) => this.#crashed(error));
        return;
      }
      if (result.kind === 'stopped') return;
      this.#count(result);
      const plan = decide(result, this.#state('list'), this.#deps.limits, this.#deps.random());
      if (plan.next === 'give-up' || attempt >= this.#deps.limits.startAttempts) {
        this.#stats.mode = 'unavailable';
        throw new UnlistableError(
          `cannot list ${this.resource}: ${describe(result)}`,
          result.kind === 'closed' || result.kind === 'expired'
            ? 'unexpected'
            : CAUSE_OF[result.kind],
        );
      }
      this.#failures = plan.failures;
      this.#deps.log(
        `${this.resource}: list failed (${describe(result)}); retrying in ${seconds(plan.delayMs)}`,
      );
      await this.#pause(plan.delayMs);
    }
  }

  /**
   * Marks the resource as not observable at all (its list failed for good): the whole
   * observation is one gap for it.
   */
  unavailable(cause: GapCause, detail: string): void {
    this.#stats.mode = 'unavailable';
    this.#ledger.unavailable(this.#deps.clock.now(), cause, detail);
  }

  /**
   * Stops the watch, the poller and every timer; resolves once no request is left open. What
   * was still going on is recorded as ending `at`, the end of the observation.
   */
  async stop(at = this.#deps.clock.now()): Promise<void> {
    if (!this.#stop.signal.aborted) {
      this.#stop.abort();
      this.#abortWatch?.();
      await this.#stopPolling(at);
    }
    await this.#loop;
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
    const gap = this.#ledger.ended(at);
    if (gap) this.#gap(gap);
    this.#stats.mode = 'stopped';
  }

  stats(): ResourceStats {
    const polling = this.#polling;
    return {
      ...this.#stats,
      errors: { ...this.#stats.errors },
      pollingMs: this.#stats.pollingMs + (polling ? this.#deps.clock.now() - polling.since : 0),
      resourceVersion: this.#lastResourceVersion,
    };
  }

  /** The stretch not vouched for right now, if the watch is down: for a timeline snapshot. */
  openGap(now: number): (GapRecord & { resource: ResourceKind }) | undefined {
    const open = this.#ledger.open(now);
    return open && { resource: this.resource, ...open };
  }

  // The loop: one step per list or watch, one decision after each.
  async #run(): Promise<void> {
    let plan: Plan = { next: 'watch', delayMs: 0, poll: false, failures: 0, warn: false };
    for (;;) {
      await this.#pause(plan.delayMs);
      if (this.#stop.signal.aborted) return;
      const ending = plan.next === 'list' ? await this.#relist() : await this.#watch();
      if (ending === undefined) {
        plan = { next: 'watch', delayMs: 0, poll: false, failures: this.#failures, warn: false };
        continue;
      }
      plan = decide(
        ending,
        this.#state(plan.next === 'list' ? 'list' : 'watch'),
        this.#deps.limits,
        this.#deps.random(),
      );
      this.#failures = plan.failures;
      this.#after(ending, plan);
      if (plan.next === 'stop' || plan.next === 'give-up') return;
      if (plan.next === 'poll-only') {
        this.#stats.mode = 'poll';
        return; // the poller runs until stop()
      }
    }
  }

  #state(phase: 'list' | 'watch') {
    return {
      phase,
      failures: this.#failures,
      lastStartAt: this.#lastStartAt,
      progressed: phase === 'watch' && this.#delivered > 0,
      now: this.#deps.clock.now(),
    };
  }

  /** Waits `ms`, and on while a Retry-After the server gave holds (it may come meanwhile). */
  async #pause(ms: number): Promise<void> {
    const { clock } = this.#deps;
    const until = clock.now() + ms;
    for (;;) {
      const wait = Math.max(until, this.#notBefore) - clock.now();
      if (wait <= 0 || this.#stop.signal.aborted) return;
      await clock.sleep(wait, this.#stop.signal);
    }
  }

  /** Bookkeeping, logging and polling after a list or watch ended as `plan` decided. */
  #after(ending: Ending, plan: Plan): void {
    if (ending.kind === 'stopped' || ending.kind === 'closed') return;
    this.#count(ending);
    const said = describe(ending);
    if (plan.gap) this.#ledger.relistNeeded(plan.gap, said);
    if (ending.kind !== 'expired') {
      this.#ledger.failed(
        this.#deps.clock.now(),
        CAUSE_OF[ending.kind],
        `${this.resource} watch: ${said}`,
      );
    }
    if (plan.poll) this.#startPolling(said);
    const line = this.#planLine(plan, said);
    if (plan.warn) this.#deps.warn(line);
    else this.#deps.log(line);
    if (plan.next === 'give-up') {
      void this.#stopPolling();
      this.#stats.mode = 'unavailable';
    }
  }

  #planLine(plan: Plan, said: string): string {
    const every = `polling every ${this.#deps.pollIntervalMs} ms`;
    if (plan.next === 'poll-only')
      return `${this.resource}: watch refused (${said}); ${every} for the rest of the run, so states shorter than that may be missed`;
    if (plan.next === 'give-up')
      return `${this.resource}: cannot list (${said}); this witness is unavailable`;
    const what = plan.next === 'list' ? 'relisting' : 'watching again';
    return `${this.resource}: ${what} in ${seconds(plan.delayMs)} after ${said}${this.#polling ? `; ${every} meanwhile` : ''}`;
  }

  /**
   * Counts a failed request, and keeps its Retry-After for every request of this resource:
   * client-node hides it on a watch answer, but the list the poller sends right after a
   * throttled watch carries it.
   */
  #count(ending: Ending): void {
    this.#stats.errors[ending.kind] = (this.#stats.errors[ending.kind] ?? 0) + 1;
    const retryAfterMs =
      ending.kind === 'throttled' || ending.kind === 'server-error'
        ? ending.retryAfterMs
        : undefined;
    if (retryAfterMs !== undefined)
      this.#notBefore = Math.max(this.#notBefore, this.#deps.clock.now() + retryAfterMs);
  }

  // One watch request, from the last resourceVersion, until it ends.
  #watch(): Promise<Ending> {
    const { kubeConfig, limits, random, clock } = this.#deps;
    this.#lastStartAt = clock.now();
    this.#delivered = 0;
    this.#stats.watchStarts++;
    this.#stats.requests++;
    const stream = openStream({
      kubeConfig,
      clock,
      path: this.#spec.path,
      query: {
        resourceVersion: this.#lastResourceVersion,
        allowWatchBookmarks: true,
        labelSelector: this.#spec.labelSelector,
        timeoutSeconds: Math.round(limits.minWatchTimeoutSeconds * (1 + random())),
      },
      livenessTimeoutMs: limits.livenessTimeoutMs,
      onEvent: (type, object) => this.#onEvent(type, object),
      onOpen: () => this.#established(),
      onCleanEnd: () => this.#vouched('the stream ended cleanly'),
    });
    this.#abortWatch = stream.stop;
    this.#track(stream.request);
    return stream.ended.finally(() => (this.#abortWatch = undefined));
  }

  /** The watch answered 200: the stream is up, polling can stop; the replay fills in. */
  #established(): void {
    this.#stats.mode = 'watch';
    this.#stats.streams++;
    void this.#stopPolling();
    this.#recovered(
      `watching again from resourceVersion ${this.#lastResourceVersion ?? '?'}`,
      this.#ledger.resumed(this.#deps.clock.now()),
    );
  }

  /** Handles one watch event; returns how the stream ends when this event ends it. */
  #onEvent(type: string, object: unknown): Ending | undefined {
    const resourceVersion = (object as { metadata?: { resourceVersion?: string } } | undefined)
      ?.metadata?.resourceVersion;
    switch (type) {
      case 'ADDED':
      case 'MODIFIED':
      case 'DELETED': {
        const name = objectName(object);
        if (!name || !resourceVersion) {
          return {
            kind: 'malformed',
            message: `a ${type} event without metadata.name and resourceVersion`,
          };
        }
        this.#recordEvent(type, name, resourceVersion, object);
        break;
      }
      case 'BOOKMARK':
        // A bookmark moves the resourceVersion and nothing else.
        if (!resourceVersion)
          return { kind: 'malformed', message: 'a BOOKMARK without resourceVersion' };
        break;
      case 'ERROR':
        return classifyStatus(object);
      default:
        return { kind: 'malformed', message: `an event of unknown type ${JSON.stringify(type)}` };
    }
    // Only now that the event is recorded does the resourceVersion move past it.
    this.#delivered++;
    this.#lastResourceVersion = resourceVersion;
    this.#failures = 0;
    this.#vouched(`a ${type} event arrived`);
    return undefined;
  }

  #recordEvent(
    type: 'ADDED' | 'MODIFIED' | 'DELETED',
    name: string,
    resourceVersion: string,
    object: unknown,
  ): void {
    const { builder, clock } = this.#deps;
    const lost = lostLine(type, name, this.#known);
    const reading = this.#spec.read(object);
    if (type === 'DELETED') {
      this.#known.delete(name);
      if (reading && this.#witness !== 'event')
        builder.record(deletedReading(reading), 'watch', clock.now());
    } else {
      this.#known.set(name, resourceVersion);
      if (reading) builder.record(reading, 'watch', clock.now());
    }
    if (lost) {
      // The stream contradicted itself: something between the last event and this one is lost.
      this.#count({ kind: 'malformed', message: lost });
      const changes: GapChange[] = reading ? [{ vm: reading.observation.vm, text: lost }] : [];
      this.#gap(this.#ledger.lost(clock.now(), `${this.resource} watch: ${lost}`, changes));
    }
  }

  /** Everything up to now is vouched for: an event arrived, or a stream ended cleanly. */
  #vouched(how: string): void {
    this.#recovered(how, this.#ledger.vouched(this.#deps.clock.now()));
  }

  #recovered(how: string, recovery: Recovery | undefined): void {
    if (recovery)
      this.#deps.log(
        `${this.resource}: ${how} after ${seconds(recovery.afterMs)} of ${recovery.cause}`,
      );
  }

  // A list after a 410 or a lost line: the new starting point, compared with what was known.
  async #relist(): Promise<Ending | undefined> {
    const result = await this.#requestList(this.#stop.signal);
    if (isEnding(result)) return result;
    this.#applyList(result, 'list');
    return undefined;
  }

  #requestList(signal: AbortSignal): Promise<Listing | Ending> {
    this.#stats.requests++;
    const timeout = new AbortController();
    const cancelTimeout = this.#deps.clock.timer(
      () => timeout.abort(new Error('no answer within the liveness timeout')),
      this.#deps.limits.livenessTimeoutMs,
    );
    const request = this.#spec
      .list(AbortSignal.any([signal, timeout.signal]))
      .then(
        (listing): Listing | Ending => listing,
        (error: unknown): Ending => {
          if (signal.aborted) return { kind: 'stopped' };
          if (timeout.signal.aborted)
            return {
              kind: 'timeout',
              message: 'no answer to the list within the liveness timeout',
            };
          return classify(error);
        },
      )
      .finally(cancelTimeout);
    this.#track(request);
    return request;
  }

  /** Records what a list shows; a `list` (not a poll) also becomes the watch's starting point. */
  #applyList(listing: Listing, seenBy: SeenBy): void {
    const { builder, clock } = this.#deps;
    const at = clock.now();
    const readings = new Map<string, Reading>();
    for (const item of listing.items) {
      const reading = this.#spec.read(item);
      if (reading) readings.set(reading.key, reading);
    }
    const relisted =
      seenBy === 'list'
        ? this.#ledger.relisted(
            at,
            listing.resourceVersion,
            this.#ledger.relistPending
              ? describeChanges(this.#witness, builder.confirmed(this.#witness), readings)
              : [],
          )
        : undefined;
    if (relisted?.gap) this.#gap(relisted.gap);
    for (const reading of readings.values()) builder.record(reading, seenBy, at);
    if (this.#witness !== 'event') {
      for (const [key, last] of builder.latest(this.#witness)) {
        if (readings.has(key) || last.identity === DELETED) continue;
        const gone = deletedReading(last);
        gone.observation.resourceVersion = listing.resourceVersion;
        builder.record(gone, seenBy, at);
      }
    }
    if (seenBy === 'poll') {
      this.#stats.polls++;
      return;
    }
    if (this.#lastResourceVersion !== undefined) this.#stats.relists++;
    this.#known = knownObjects(listing.items);
    this.#lastResourceVersion = listing.resourceVersion;
    this.#recovered('listed again', relisted?.recovery);
  }

  #gap(gap: GapRecord): void {
    this.#stats.gaps++;
    const line = `${this.resource}: gap of ${seconds(gap.until - gap.at)} (${gap.cause}): ${gap.detail}`;
    // A gap across which something changed may hide a state, and a lost line is a loss: the
    // user must know. One that changed nothing, or ends the run while down (warned about when
    // it began), is progress.
    const changes = gap.changes ?? [];
    if (gap.cause === 'malformed' || changes.length > 0) {
      const changed = changes.length ? `; changed: ${changes.map((c) => c.text).join('; ')}` : '';
      this.#deps.warn(`${line}${changed}`);
    } else {
      this.#deps.log(line);
    }
    this.#deps.builder.gap({ resource: this.resource, ...gap });
  }

  // The poller runs while no watch is healthy.
  #startPolling(reason: string): void {
    if (this.#polling || this.#stop.signal.aborted) return;
    const { builder, clock, pollIntervalMs, limits, random } = this.#deps;
    const since = clock.now();
    const close = builder.polling(
      this.resource,
      since,
      pollIntervalMs,
      `no healthy watch: ${reason}`,
    );
    const poller = new Poller({
      clock,
      intervalMs: pollIntervalMs,
      limits,
      random,
      list: (signal) => this.#requestList(signal),
      onListing: (listing) => this.#applyList(listing, 'poll'),
      onFailure: (ending) => this.#pollFailed(ending),
      onCrash: (error) => this.#crashed(error),
      notBefore: () => this.#notBefore,
    });
    this.#polling = { poller, close, since };
    this.#stats.mode = 'poll';
  }

  #pollFailed(ending: Ending): void {
    this.#count(ending);
    if (ending.kind === 'forbidden' && !this.#pollRefusedSaid) {
      this.#pollRefusedSaid = true;
      this.#deps.warn(
        `${this.resource}: polling refused too (${describe(ending)}); nothing of this resource can be seen`,
      );
    }
  }

  async #stopPolling(at = this.#deps.clock.now()): Promise<void> {
    const polling = this.#polling;
    if (!polling) return;
    this.#polling = undefined;
    polling.close(at);
    this.#stats.pollingMs += at - polling.since;
    await polling.poller.stop();
  }

  /** A bug, not a server problem: say so loudly and leave the stretch marked as not vouched for. */
  #crashed(error: unknown): void {
    this.#ledger.crashed(
      this.#deps.clock.now(),
      `${this.resource} observer failed: ${errorMessage(error)}`,
    );
    this.#deps.warn(
      `${this.resource}: the observer stopped following this resource after an internal error: ${errorMessage(error)}`,
    );
  }

  /** Keeps `promise` among the requests stop() waits for until it settles (it never rejects). */
  #track(promise: Promise<unknown>): void {
    this.#inflight.add(promise);
    const settled = () => this.#inflight.delete(promise);
    void promise.then(settled, settled);
  }
}

function isEnding(result: Listing | Ending): result is Ending {
  return 'kind' in result;
}

/** What a stream event contradicts in what the stream said before, if anything: a lost line. */
function lostLine(
  type: 'ADDED' | 'MODIFIED' | 'DELETED',
  name: string,
  known: ReadonlyMap<string, string>,
): string | undefined {
  if (type === 'ADDED')
    return known.has(name)
      ? `ADDED for ${name}, which the stream had not deleted: a DELETED line was lost`
      : undefined;
  return known.has(name)
    ? undefined
    : `${type} for ${name}, which the stream never added: an ADDED line was lost`;
}

/** name -> resourceVersion of the listed objects: the stream goes on from these. */
function knownObjects(items: unknown[]): Map<string, string> {
  return new Map(
    items.flatMap((item) => {
      const name = objectName(item);
      const rv = (item as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion;
      return name && rv ? [[name, rv] as const] : [];
    }),
  );
}

function describe(ending: Ending): string {
  return ending.kind === 'stopped' ? 'stopped' : ending.message;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 3 : 1)}s`;
}
