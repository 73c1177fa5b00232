// The resilient stream of one resource kind: list, then watch from the list's resourceVersion
// through client-node's raw Watch, for as long as the observer runs, whatever the server does.
// This file is the loop and the watch; the decisions are in decide.ts, the lists and the
// fallback poller in lists.ts, what a watch event means in watch-events.ts, what is written down
// (gaps, counts, Retry-After) in record.ts, the log's words in lines.ts, the pacing of the probe
// (a list while the watch is quiet) in probe.ts.
import type { KubeConfig } from '@kubernetes/client-node';
import type { Clock } from './clock.ts';
import { decide, type Ending, type Plan, type WatchLimits } from './decide.ts';
import { KnownObjects, readWatchEvent, undelivered } from './watch-events.ts';
import { CAUSE_OF, type GapCause, type GapRecord } from './gaps.ts';
import { InFlight, type OpenRequest } from './inflight.ts';
import { describe, planLine, seconds } from './lines.ts';
import { isEnding, ResourceLists, type StartDeadline } from './lists.ts';
import { ProbePacing, describeBehind } from './probe.ts';
import { ResourceRecord } from './record.ts';
import type { Listing, ResourceSpec } from './resource-specs.ts';
import type { ResourceStats } from './stats.ts';
import { openStream, type Stream } from './stream.ts';
import type { GapChange, TimelineBuilder } from './timeline.ts';
import { WITNESS_OF, type ResourceKind } from './types.ts';

export { UnlistableError } from './lists.ts';

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

/**
 * ResourceWatcher follows one resource kind in one namespace.
 *
 * Guarantee: while its watch is healthy it sees every version of every matching object the
 * server persisted, in order, however short-lived; a watch that ends is resumed from the last
 * resourceVersion, so the server replays what happened meanwhile. Where that is impossible (410:
 * the version is gone) it relists and records a gap saying what changed across it; while no
 * watch is healthy a poller lists every `pollIntervalMs` and a polling stretch is recorded.
 * A watch that is answered but does not deliver (a proxy that buffers or drops the stream) is
 * caught by a list while it is silent (see `probeEveryMs`): a gap of `silent` names it, and the
 * poller runs until a watch delivers again.
 * Limits: it cannot see a state the writer never persisted (virt-controller coalescing), nor a
 * watch line client-node dropped as unparseable unless a later event contradicts it or the
 * stream then goes quiet long enough for the probe to see that it fell behind.
 */
export class ResourceWatcher {
  readonly resource: ResourceKind;
  readonly #spec: ResourceSpec;
  readonly #deps: WatcherDeps;
  readonly #stop = new AbortController();
  readonly #inflight = new InFlight();
  readonly #record: ResourceRecord;
  readonly #lists: ResourceLists;
  #lastResourceVersion: string | undefined;
  /** Lists and watches in a row that gave nothing (see decide). */
  #failures = 0;
  /** Events (bookmarks included) the current or last watch delivered. */
  #delivered = 0;
  #lastStartAt: number | undefined;
  #known = new KnownObjects();
  #stream: Stream | undefined;
  #loop: Promise<void> | undefined;
  /** When the watch last delivered an event, or a list last vouched. */
  #heardAt: number;
  /** A watch was caught silent: a 200 proves nothing until an event arrives. */
  #distrusted = false;
  /** The silence found while no stream was open: the next watch ends with it at once. */
  #silentEnding: Ending | undefined;
  #cancelProbe = () => {};
  readonly #pacing: ProbePacing;
  /**
   * A stream delivered something (a bookmark counts): the transport carries events, until a
   * watch is caught silent. (client-node restarts a quiet stream every 30 s; that proves nothing.)
   */
  #proven = false;

  constructor(spec: ResourceSpec, deps: WatcherDeps) {
    this.resource = spec.resource;
    this.#spec = spec;
    this.#deps = deps;
    this.#record = new ResourceRecord(spec.resource, deps);
    this.#heardAt = deps.clock.now();
    this.#pacing = new ProbePacing(deps.limits.probeEveryMs);
    this.#lists = new ResourceLists(spec, {
      ...deps,
      record: this.#record,
      inflight: this.#inflight,
      stopped: this.#stop.signal,
    });
  }

  /**
   * Lists the resource (retrying transient failures, within `start`) and starts watching from
   * the list's resourceVersion. Rejects with an UnlistableError when it cannot be listed.
   */
  async start(start: StartDeadline): Promise<void> {
    const listing = await this.#lists
      .first(start, (ms) => this.#pause(ms))
      .catch((error: unknown) => {
        this.#record.stats.mode = 'unavailable';
        throw error;
      });
    if (!listing) return; // stopped meanwhile
    this.#listed(listing);
    this.#loop = this.#run().catch((error: unknown) => this.#record.crashed(error));
    this.#scheduleProbe();
  }

  /**
   * Marks the resource as not observable at all (its list failed for good): the whole
   * observation is one gap for it.
   */
  unavailable(cause: GapCause, detail: string): void {
    this.#record.stats.mode = 'unavailable';
    this.#record.ledger.unavailable(this.#deps.clock.now(), cause, detail);
  }

  /**
   * Stops the watch, the poller and every timer, and waits for the requests still open, for
   * `limits.stopWaitMs` at most (see inflight.ts), saying what it stopped waiting for. What was
   * still going on is recorded as ending `at`, the end of the observation.
   */
  async stop(at = this.#deps.clock.now()): Promise<void> {
    const { clock, limits, log } = this.#deps;
    this.#stop.abort();
    this.#cancelProbe();
    this.#stream?.stop();
    const stopped = this.#lists.stopPolling(at).then(() => this.#loop);
    if (!(await this.#inflight.settled(stopped, clock, limits.stopWaitMs))) {
      log(
        `${this.resource}: stopped without waiting more than ${seconds(limits.stopWaitMs)} for ${this.#inflight.describe(clock.now())} (client-node cannot abort a watch request before the server answers it; it gives up on its own after 30 s)`,
      );
    }
    const gap = this.#record.ledger.ended(at);
    if (gap) this.#record.gap(gap);
    this.#record.stats.mode = 'stopped';
  }

  stats(): ResourceStats {
    const { stats } = this.#record;
    const since = this.#lists.pollingSince;
    return {
      ...stats,
      errors: { ...stats.errors },
      pollingMs: stats.pollingMs + (since === undefined ? 0 : this.#deps.clock.now() - since),
      resourceVersion: this.#lastResourceVersion,
    };
  }

  /** The stretch not vouched for right now, if the watch is down: for a timeline snapshot. */
  openGap(now: number): (GapRecord & { resource: ResourceKind }) | undefined {
    const open = this.#record.ledger.open(now);
    return open && { resource: this.resource, ...open };
  }

  // The loop: one step per list or watch, one decision after each.
  async #run(): Promise<void> {
    let plan: Plan = { next: 'watch', delayMs: 0, poll: false, failures: 0, warn: false };
    for (;;) {
      await this.#pause(plan.delayMs);
      if (this.#stop.signal.aborted) return;
      let ending = plan.next === 'list' ? await this.#relist() : await this.#watch();
      if (this.#distrusted && ending?.kind === 'closed' && this.#delivered === 0) {
        // Caught silent before: an end that delivered nothing proves the silence again.
        ending = { kind: 'silent', message: `the watch ended without delivering anything` };
      }
      if (ending === undefined) {
        plan = { next: 'watch', delayMs: 0, poll: false, failures: this.#failures, warn: false };
        continue;
      }
      const phase = plan.next === 'list' ? 'list' : 'watch';
      plan = decide(
        ending,
        {
          phase,
          failures: this.#failures,
          lastStartAt: this.#lastStartAt,
          progressed: phase === 'watch' && this.#delivered > 0,
          now: this.#deps.clock.now(),
        },
        this.#deps.limits,
        this.#deps.random(),
      );
      this.#failures = plan.failures;
      this.#after(ending, plan);
      if (plan.next === 'stop' || plan.next === 'give-up') return;
      if (plan.next === 'poll-only') return; // the poller runs until stop()
    }
  }

  /** Waits `ms`, and on while a Retry-After the server gave holds (it may come meanwhile). */
  async #pause(ms: number): Promise<void> {
    const { clock } = this.#deps;
    const until = clock.now() + ms;
    for (;;) {
      const wait = Math.max(until, this.#record.notBefore) - clock.now();
      if (wait <= 0 || this.#stop.signal.aborted) return;
      await clock.sleep(wait, this.#stop.signal);
    }
  }

  /** Bookkeeping, logging and polling after a list or watch ended as `plan` decided. */
  #after(ending: Ending, plan: Plan): void {
    if (ending.kind === 'stopped' || ending.kind === 'closed') return;
    const { clock, log, warn, pollIntervalMs } = this.#deps;
    const { ledger } = this.#record;
    this.#record.failed(ending);
    const said = describe(ending);
    if (plan.gap) ledger.relistNeeded(plan.gap, said);
    if (ending.kind !== 'expired')
      ledger.failed(clock.now(), CAUSE_OF[ending.kind], `${this.resource} watch: ${said}`);
    if (plan.poll) this.#lists.startPolling(said);
    const polling = this.#lists.pollingSince !== undefined;
    const line = planLine(this.resource, plan, said, { intervalMs: pollIntervalMs, now: polling });
    (plan.warn ? warn : log)(line);
    if (plan.next === 'give-up') {
      void this.#lists.stopPolling();
      this.#record.stats.mode = 'unavailable';
    }
  }

  // One watch request, from the last resourceVersion, until it ends.
  #watch(): Promise<Ending> {
    const { kubeConfig, limits, random, clock } = this.#deps;
    const { stats } = this.#record;
    this.#lastStartAt = clock.now();
    this.#delivered = 0;
    const silent = this.#silentEnding;
    this.#silentEnding = undefined;
    if (silent) return Promise.resolve(silent);
    stats.watchStarts++;
    stats.requests++;
    const open: OpenRequest = { what: 'watch', since: clock.now(), answered: false };
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
      onOpen: () => {
        open.answered = true;
        this.#established();
      },
      // A clean end vouches only for a stream that delivered: an empty body proves nothing.
      onCleanEnd: () => {
        if (this.#delivered > 0) this.#record.vouched('the stream ended cleanly');
      },
    });
    this.#stream = stream;
    this.#inflight.track(stream.request, open);
    const cancelUnanswered = clock.timer(() => {
      if (!open.answered) this.#unanswered(limits.answerTimeoutMs);
    }, limits.answerTimeoutMs);
    return stream.ended.finally(() => {
      cancelUnanswered();
      this.#stream = undefined;
    });
  }

  /** The watch request got no answer yet: poll meanwhile, as for any watch that is not healthy. */
  #unanswered(afterMs: number): void {
    if (this.#lists.pollingSince !== undefined) return;
    const why = `the watch request was not answered within ${seconds(afterMs)}`;
    this.#lists.startPolling(why);
    this.#deps.log(
      `${this.resource}: ${why}: polling every ${seconds(this.#deps.pollIntervalMs)} until it is`,
    );
  }

  /** The watch answered 200: the stream is up, polling can stop; the replay fills in. */
  #established(): void {
    this.#record.stats.streams++;
    // After a silent watch, only an event proves the stream (see #onEvent).
    if (this.#distrusted) return;
    this.#record.stats.mode = 'watch';
    void this.#lists.stopPolling();
    this.#record.recovered(
      `watching again from resourceVersion ${this.#lastResourceVersion ?? '?'}`,
      this.#record.ledger.resumed(this.#deps.clock.now()),
    );
  }

  /** Handles one watch event; returns how the stream ends when this event ends it. */
  #onEvent(type: string, object: unknown): Ending | undefined {
    const { builder, clock } = this.#deps;
    const witness = WITNESS_OF[this.resource];
    const event = readWatchEvent(type, object, witness, this.#spec.read, this.#known);
    if (isEnding(event)) return event;
    if (event.reading) builder.record(event.reading, 'watch', clock.now());
    if (event.lost) {
      // The stream contradicted itself: something between the last event and this one is lost.
      this.#record.failed({ kind: 'malformed', message: event.lost });
      const changes: GapChange[] = event.vm ? [{ vm: event.vm, text: event.lost }] : [];
      const detail = `${this.resource} watch: ${event.lost}`;
      this.#record.gap(this.#record.ledger.lost(clock.now(), detail, changes));
    }
    // Only now that the event is recorded does the resourceVersion move past it.
    this.#delivered++;
    this.#heard();
    this.#proven = true;
    if (this.#distrusted) {
      this.#distrusted = false;
      this.#record.stats.mode = 'watch';
      void this.#lists.stopPolling();
    }
    this.#lastResourceVersion = event.resourceVersion;
    this.#failures = 0;
    this.#record.vouched(`a ${type} event arrived`);
    return undefined;
  }

  // A list after a 410 or a lost line: the new starting point, compared with what was known.
  async #relist(): Promise<Ending | undefined> {
    const result = await this.#lists.request(this.#stop.signal);
    if (isEnding(result)) return result;
    this.#record.stats.relists++;
    this.#listed(result);
    return undefined;
  }

  /** A list (the first, or a relist) is written down and becomes the watch's starting point. */
  #listed(listing: Listing): void {
    this.#lists.take(listing, 'list');
    this.#known = KnownObjects.listed(listing.items);
    this.#lastResourceVersion = listing.resourceVersion;
    this.#heard();
  }

  /** The watch delivered, or a list vouched: the probe starts over from its shortest wait. */
  #heard(): void {
    this.#heardAt = this.#deps.clock.now();
    this.#pacing.heard();
  }

  // The probe: a list while the watch is silent, to tell a quiet resource from a silent watch.
  #scheduleProbe(): void {
    const { probeEveryMs } = this.#deps.limits;
    if (probeEveryMs <= 0 || this.#stop.signal.aborted) return;
    this.#cancelProbe = this.#deps.clock.timer(() => {
      this.#scheduleProbe();
      void this.#probe().catch((error: unknown) => this.#record.crashed(error));
    }, probeEveryMs);
  }

  /** One probe, when the watch has been quiet long enough (see ProbePacing). */
  async #probe(): Promise<void> {
    const { clock } = this.#deps;
    if (!this.#pacing.due(clock.now(), this.#heardAt, this.#proven)) return;
    // The poller is on (it sees what there is), or the loop is not watching (a relist is due).
    if (this.#lists.pollingSince !== undefined || this.#record.ledger.relistPending) return;
    this.#pacing.sent(clock.now());
    const heardAt = this.#heardAt;
    const result = await this.#lists.request(this.#stop.signal).finally(() => {
      this.#pacing.answered();
    });
    this.#record.stats.probes++;
    // A failed probe says nothing about the watch; an event meanwhile answers it.
    if (isEnding(result) || this.#heardAt !== heardAt || this.#stop.signal.aborted) return;
    const behind = undelivered(result.items, this.#known);
    if (this.#pacing.found(behind) !== 'confirmed') return;
    if (this.#proven) this.#lostInTransit(behind);
    else this.#silent(behind, clock.now() - heardAt);
  }

  /**
   * A stream that delivered events fell behind a list and stayed so: a line was lost in transit
   * (a raw U+2028 that client-node's line splitting cut in two, both halves dropped). Relist,
   * with a gap that says what changed.
   */
  #lostInTransit(behind: string[]): void {
    const message = `the watch did not deliver what a list showed (${describeBehind(behind)}): a line was lost in transit`;
    this.#stream?.end({ kind: 'malformed', message });
  }

  /** Two probes in a row saw what the watch never delivered: it is silent. */
  #silent(behind: string[], quietMs: number): void {
    const { clock } = this.#deps;
    const message = `the watch was answered but delivered nothing for ${seconds(quietMs)} while a list showed ${describeBehind(behind)}`;
    this.#distrusted = true;
    this.#proven = false;
    this.#record.gap(this.#record.ledger.silent(clock.now(), `${this.resource} watch: ${message}`));
    const ending: Ending = { kind: 'silent', message };
    if (this.#stream) this.#stream.end(ending);
    else this.#silentEnding = ending;
  }
}
