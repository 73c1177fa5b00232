// The resilient stream of one resource kind: list, then watch from the list's resourceVersion
// through client-node's raw Watch, for as long as the observer runs, whatever the server does.
import { setTimeout as delay } from 'node:timers/promises';
import { Watch, type KubeConfig } from '@kubernetes/client-node';
import { errorMessage } from '../util/errors.ts';
import {
  backoffMs,
  classify,
  classifyStatus,
  decide,
  THROTTLED_FLOOR_MS,
  type Ending,
  type EndingKind,
  type Plan,
  type WatchLimits,
} from './decide.ts';
import type { Listing, ResourceSpec } from './resources.ts';
import { DELETED, describeChanges, type GapChange, type TimelineBuilder } from './timeline.ts';
import {
  WITNESS_OF,
  type GapEntry,
  type ResourceKind,
  type SeenBy,
  type Witness,
} from './types.ts';
import { objectName, type Reading } from './witness.ts';

export interface WatcherDeps {
  kubeConfig: KubeConfig;
  builder: TimelineBuilder;
  now: () => number;
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

type GapCause = GapEntry['cause'];

/** A failure not yet recovered from: the stretch since `vouchedAt` is not vouched for. */
interface Outage {
  since: number;
  cause: GapCause;
  detail: string;
}

const CAUSE_OF: Record<Exclude<EndingKind, 'closed' | 'stopped' | 'expired'>, GapCause> = {
  network: 'disconnected',
  'server-error': 'server-error',
  throttled: 'throttled',
  forbidden: 'forbidden',
  malformed: 'malformed',
  unexpected: 'unexpected',
};

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
  readonly #stop = new AbortController();
  readonly #inflight = new Set<Promise<unknown>>();
  readonly #stats: ResourceStats = {
    mode: 'starting',
    watchStarts: 0,
    relists: 0,
    polls: 0,
    gaps: 0,
    errors: {},
    pollingMs: 0,
    requests: 0,
  };
  #lastResourceVersion: string | undefined;
  #failures = 0;
  #lastStartAt: number | undefined;
  /** Up to this moment the watch (or a list) vouches that every version was seen. */
  #vouchedAt: number;
  #outage: Outage | undefined;
  /** The outage a just-established stream ended; forgotten at its first event. */
  #endedOutage: Outage | undefined;
  /** A gap to record when the next list completes (after a 410 or a lost line). */
  #pendingGap: { cause: GapCause; detail: string } | undefined;
  /** Objects the stream has told about (name -> resourceVersion), to notice a lost line. */
  #known = new Map<string, string>();
  #poller: { abort: AbortController; close: (until: number) => void; since: number } | undefined;
  #abortWatch: (() => void) | undefined;
  #loop: Promise<void> | undefined;

  constructor(spec: ResourceSpec, deps: WatcherDeps) {
    this.resource = spec.resource;
    this.#spec = spec;
    this.#deps = deps;
    this.#witness = WITNESS_OF[spec.resource];
    this.#vouchedAt = deps.now();
  }

  /**
   * Lists the resource (retrying transient failures up to `limits.startAttempts`) and starts
   * watching from the list's resourceVersion. Rejects when the resource cannot be listed.
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
        throw new Error(`cannot list ${this.resource}: ${describe(result)}`);
      }
      this.#failures = plan.failures;
      this.#deps.log(
        `${this.resource}: list failed (${describe(result)}); retrying in ${seconds(plan.delayMs)}`,
      );
      await this.#sleep(plan.delayMs, this.#stop.signal);
    }
  }

  /**
   * Marks the resource as not observable at all (its list failed for good): the whole
   * observation is one gap for it.
   */
  unavailable(cause: GapCause, detail: string): void {
    this.#stats.mode = 'unavailable';
    this.#outage = { since: this.#deps.now(), cause, detail };
  }

  /**
   * Stops the watch, the poller and every timer; resolves once no request is left open. What
   * was still going on is recorded as ending `at`, the end of the observation.
   */
  async stop(at = this.#deps.now()): Promise<void> {
    if (!this.#stop.signal.aborted) {
      this.#stop.abort();
      this.#abortWatch?.();
      this.#stopPolling(at);
    }
    await this.#loop;
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
    const now = at;
    if (this.#outage) {
      this.#gap(
        this.#outage.cause,
        `${this.#outage.detail}; still so when the observation ended`,
        now,
      );
      this.#outage = undefined;
    }
    this.#stats.mode = 'stopped';
  }

  stats(): ResourceStats {
    const pollingMs =
      this.#stats.pollingMs + (this.#poller ? this.#deps.now() - this.#poller.since : 0);
    return {
      ...this.#stats,
      errors: { ...this.#stats.errors },
      pollingMs,
      resourceVersion: this.#lastResourceVersion,
    };
  }

  /** The stretch not vouched for right now, if the watch is down: for a timeline snapshot. */
  openGap(
    now: number,
  ):
    | { resource: ResourceKind; cause: GapCause; detail: string; at: number; until: number }
    | undefined {
    if (!this.#outage) return undefined;
    return {
      resource: this.resource,
      cause: this.#outage.cause,
      detail: `${this.#outage.detail} (ongoing)`,
      at: this.#vouchedAt,
      until: now,
    };
  }

  // The loop: one step per list or watch, one decision after each.
  async #run(): Promise<void> {
    let plan: Plan = { next: 'watch', delayMs: 0, poll: false, failures: 0, warn: false };
    for (;;) {
      if (plan.delayMs > 0) await this.#sleep(plan.delayMs, this.#stop.signal);
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
      now: this.#deps.now(),
    };
  }

  /** Bookkeeping, logging and polling after a list or watch ended as `plan` decided. */
  #after(ending: Ending, plan: Plan): void {
    if (ending.kind === 'stopped' || ending.kind === 'closed') return;
    this.#count(ending);
    const now = this.#deps.now();
    const said = describe(ending);
    if (plan.gap)
      this.#pendingGap ??= {
        cause: plan.gap,
        detail: this.#describeOutage(said),
      };
    if (ending.kind !== 'expired') {
      this.#outage ??= {
        since: now,
        cause: CAUSE_OF[ending.kind],
        detail: `${this.#spec.resource} watch: ${said}`,
      };
    }
    if (plan.poll) this.#startPolling(said);
    const line =
      plan.next === 'poll-only'
        ? `${this.resource}: watch refused (${said}); polling every ${this.#deps.pollIntervalMs} ms for the rest of the run, so states shorter than that may be missed`
        : plan.next === 'give-up'
          ? `${this.resource}: cannot list (${said}); this witness is unavailable`
          : `${this.resource}: ${plan.next === 'list' ? 'relisting' : 'watching again'} in ${seconds(plan.delayMs)} after ${said}${this.#poller ? `; polling every ${this.#deps.pollIntervalMs} ms meanwhile` : ''}`;
    if (plan.warn) this.#deps.warn(line);
    else this.#deps.log(line);
    if (plan.next === 'give-up') {
      this.#stopPolling();
      this.#stats.mode = 'unavailable';
    }
  }

  #describeOutage(said: string): string {
    const outage = this.#outage ?? this.#endedOutage;
    return outage ? `${outage.detail}, then ${said}` : said;
  }

  #count(ending: Ending): void {
    this.#stats.errors[ending.kind] = (this.#stats.errors[ending.kind] ?? 0) + 1;
  }

  // One watch request, from the last resourceVersion, until it ends.
  #watch(): Promise<Ending> {
    const { kubeConfig, limits, random, now } = this.#deps;
    this.#lastStartAt = now();
    this.#stats.watchStarts++;
    this.#stats.requests++;
    const watch = new Watch(kubeConfig);
    const query = {
      resourceVersion: this.#lastResourceVersion,
      allowWatchBookmarks: true,
      labelSelector: this.#spec.labelSelector,
      timeoutSeconds: Math.round(limits.minWatchTimeoutSeconds * (1 + random())),
    };
    return new Promise<Ending>((resolve) => {
      let ending: Ending | undefined;
      let controller: AbortController | undefined;
      let silence: NodeJS.Timeout | undefined;
      const finish = (how: Ending) => {
        if (ending) return;
        ending = how;
        clearTimeout(silence);
        this.#abortWatch = undefined;
        controller?.abort();
        resolve(how);
      };
      // The liveness timer: bookmarks keep a healthy stream talking, so silence means a stream
      // that died without telling (restarted like a closed one), or a server that does not
      // answer (a failure). client-node's own inactivity timer (30 s, not configurable) ends
      // a silent stream too, as a TimeoutError.
      const alive = () => {
        clearTimeout(silence);
        silence = setTimeout(() => {
          const silent = `nothing arrived for ${seconds(limits.livenessTimeoutMs)}`;
          finish(
            controller
              ? { kind: 'closed', message: silent }
              : { kind: 'network', message: `no answer to the watch request: ${silent}` },
          );
        }, limits.livenessTimeoutMs);
      };
      alive();
      this.#abortWatch = () => finish({ kind: 'stopped' });
      const onEvent = (type: string, object: unknown) => {
        if (ending) return;
        alive();
        try {
          const problem = this.#onEvent(type, object);
          if (problem) finish(problem);
        } catch (error) {
          finish({
            kind: 'malformed',
            message: `cannot use a ${type} event: ${errorMessage(error)}`,
          });
        }
      };
      const request = watch
        .watch(this.#spec.path, query, onEvent, (error: unknown) => {
          // A stream the server ended cleanly delivered everything up to its end (a silent one
          // that timed out may have lost something in flight: the replay will tell).
          if (!ending && error === null && controller)
            this.#vouched(this.#deps.now(), 'the stream ended cleanly');
          finish(this.#stop.signal.aborted ? { kind: 'stopped' } : classify(error));
        })
        .then(
          (opened) => {
            controller = opened;
            if (ending) opened.abort();
            else this.#established();
          },
          (error: unknown) => finish(classify(error)),
        );
      this.#track(request);
    });
  }

  /** The watch answered 200: the stream is up, polling can stop; the replay fills in. */
  #established(): void {
    this.#stats.mode = 'watch';
    this.#stopPolling();
    this.#recovered(`watching again from resourceVersion ${this.#lastResourceVersion ?? '?'}`);
  }

  /** Handles one watch event; returns how the stream ends when this event ends it. */
  #onEvent(type: string, object: unknown): Ending | undefined {
    const { builder, now } = this.#deps;
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
        const lost =
          type === 'ADDED'
            ? this.#known.has(name) &&
              `ADDED for ${name}, which the stream had not deleted: a DELETED line was lost`
            : !this.#known.has(name) &&
              `${type} for ${name}, which the stream never added: an ADDED line was lost`;
        const reading = this.#spec.read(object);
        if (type === 'DELETED') {
          this.#known.delete(name);
          if (reading && this.#witness !== 'event')
            builder.record(deleted(reading), 'watch', now());
        } else {
          this.#known.set(name, resourceVersion);
          if (reading) builder.record(reading, 'watch', now());
        }
        if (lost) this.#lostLine(lost, reading);
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
    this.#lastResourceVersion = resourceVersion;
    this.#failures = 0;
    this.#vouched(now(), `a ${type} event arrived`);
    return undefined;
  }

  /** The stream contradicted itself: something between the last event and this one is lost. */
  #lostLine(what: string, reading: Reading | undefined): void {
    this.#count({ kind: 'malformed', message: what });
    const changes: GapChange[] = reading ? [{ vm: reading.observation.vm, text: what }] : [];
    this.#gap('malformed', `${this.resource} watch: ${what}`, this.#deps.now(), changes);
  }

  /**
   * Everything up to `at` is vouched for: an event arrived on an established stream, a stream
   * ended cleanly, or a list completed.
   */
  #vouched(at: number, how: string): void {
    this.#vouchedAt = at;
    this.#endedOutage = undefined;
    this.#recovered(how);
  }

  /**
   * A watch was established or a list completed after a failure: the outage is over (the
   * server replays what happened meanwhile). It is remembered until the stream proves itself,
   * so a 410 that follows can say what came before it.
   */
  #recovered(how: string): void {
    const outage = this.#outage;
    if (!outage) return;
    this.#deps.log(
      `${this.resource}: ${how} after ${seconds(this.#deps.now() - outage.since)} of ${outage.cause}`,
    );
    this.#endedOutage = outage;
    this.#outage = undefined;
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
    const timer = setTimeout(
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
              kind: 'network',
              message: 'no answer to the list within the liveness timeout',
            };
          return classify(error);
        },
      )
      .finally(() => clearTimeout(timer));
    this.#track(request);
    return request;
  }

  /** Records what a list shows; a `list` (not a poll) also becomes the watch's starting point. */
  #applyList(listing: Listing, seenBy: SeenBy): void {
    const { builder, now } = this.#deps;
    const at = now();
    const readings = new Map<string, Reading>();
    for (const item of listing.items) {
      const reading = this.#spec.read(item);
      if (reading) readings.set(reading.key, reading);
    }
    if (seenBy === 'list' && this.#pendingGap) {
      const changes = describeChanges(this.#witness, builder.confirmed(this.#witness), readings);
      const { cause, detail } = this.#pendingGap;
      this.#gap(
        cause,
        `${detail}; relisted at resourceVersion ${listing.resourceVersion}`,
        at,
        changes,
      );
      this.#pendingGap = undefined;
    }
    for (const reading of readings.values()) builder.record(reading, seenBy, at);
    if (this.#witness !== 'event') {
      for (const [key, last] of builder.latest(this.#witness)) {
        if (readings.has(key) || last.identity === DELETED) continue;
        const gone = deleted(last);
        gone.observation.resourceVersion = listing.resourceVersion;
        builder.record(gone, seenBy, at);
      }
    }
    if (seenBy === 'list') {
      if (this.#lastResourceVersion !== undefined) this.#stats.relists++;
      this.#known = new Map(
        listing.items.flatMap((item) => {
          const name = objectName(item);
          const rv = (item as { metadata?: { resourceVersion?: string } }).metadata
            ?.resourceVersion;
          return name && rv ? [[name, rv] as const] : [];
        }),
      );
      this.#lastResourceVersion = listing.resourceVersion;
      this.#vouched(at, 'listed again');
    } else {
      this.#stats.polls++;
    }
  }

  #gap(cause: GapCause, detail: string, until: number, changes?: GapChange[]): void {
    this.#stats.gaps++;
    const line = `${this.resource}: gap of ${seconds(until - this.#vouchedAt)} (${cause}): ${detail}`;
    // A gap across which something changed may hide a state, and a lost line is a loss: the
    // user must know. One that changed nothing, or ends the run while down (warned about when
    // it began), is progress.
    if (cause === 'malformed' || (changes && changes.length > 0)) {
      const changed = changes?.length ? `; changed: ${changes.map((c) => c.text).join('; ')}` : '';
      this.#deps.warn(`${line}${changed}`);
    } else {
      this.#deps.log(line);
    }
    this.#deps.builder.gap({
      resource: this.resource,
      cause,
      detail,
      at: this.#vouchedAt,
      until,
      changes,
    });
  }

  // The poller: lists every pollIntervalMs while no watch is healthy.
  #startPolling(reason: string): void {
    if (this.#poller || this.#stop.signal.aborted) return;
    const { builder, now, pollIntervalMs } = this.#deps;
    const since = now();
    const abort = new AbortController();
    const close = builder.polling(
      this.resource,
      since,
      pollIntervalMs,
      `no healthy watch: ${reason}`,
    );
    this.#poller = { abort, close, since };
    this.#stats.mode = 'poll';
    this.#track(this.#poll(abort.signal).catch((error: unknown) => this.#crashed(error)));
  }

  /** A bug, not a server problem: say so loudly and leave the stretch marked as not vouched for. */
  #crashed(error: unknown): void {
    this.#outage ??= {
      since: this.#deps.now(),
      cause: 'unexpected',
      detail: `${this.resource} observer failed: ${errorMessage(error)}`,
    };
    this.#deps.warn(
      `${this.resource}: the observer stopped following this resource after an internal error: ${errorMessage(error)}`,
    );
  }

  #stopPolling(now = this.#deps.now()): void {
    const poller = this.#poller;
    if (!poller) return;
    this.#poller = undefined;
    poller.abort.abort();
    poller.close(now);
    this.#stats.pollingMs += now - poller.since;
  }

  async #poll(signal: AbortSignal): Promise<void> {
    const { now, pollIntervalMs, limits, random } = this.#deps;
    let failures = 0;
    let forbiddenSaid = false;
    while (!signal.aborted) {
      const started = now();
      const result = await this.#requestList(signal);
      if (signal.aborted) return;
      let wait = pollIntervalMs - (now() - started);
      if (!isEnding(result)) {
        this.#applyList(result, 'poll');
        failures = 0;
      } else {
        this.#count(result);
        if (result.kind === 'forbidden' && !forbiddenSaid) {
          forbiddenSaid = true;
          this.#deps.warn(
            `${this.resource}: polling refused too (${describe(result)}); nothing of this resource can be seen`,
          );
        }
        // Never faster than the server allows: its Retry-After, else a backoff.
        wait =
          result.kind === 'throttled'
            ? Math.max(wait, result.retryAfterMs ?? THROTTLED_FLOOR_MS)
            : Math.max(wait, backoffMs(failures, limits, random()));
        failures++;
      }
      await this.#sleep(Math.max(0, wait), signal);
    }
  }

  /** Keeps `promise` among the requests stop() waits for until it settles (it never rejects). */
  #track(promise: Promise<unknown>): void {
    this.#inflight.add(promise);
    const settled = () => this.#inflight.delete(promise);
    void promise.then(settled, settled);
  }

  async #sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    await delay(ms, undefined, { signal }).catch(() => {});
  }
}

function isEnding(result: Listing | Ending): result is Ending {
  return 'kind' in result;
}

function deleted(reading: Reading): Reading {
  const {
    message: _message,
    container: _container,
    serverTime: _serverTime,
    ...observation
  } = reading.observation;
  return { key: reading.key, identity: DELETED, observation: { ...observation, state: DELETED } };
}

function describe(ending: Ending): string {
  return ending.kind === 'stopped' ? 'stopped' : ending.message;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 3 : 1)}s`;
}
