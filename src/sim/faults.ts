// Fault injection: what a real API server and network do to clients, on demand and
// deterministic from the seed. Tests drive it through `sim.faults`, `npm run sim` through flags.
import type { Random } from './random.ts';
import type { Verb } from './api-resources.ts';
import { ApiError, expired, forbidden, statusError, tooManyRequests } from './status.ts';
import type { ChangeType } from './store.ts';
import type { TransportMode, WatchStream } from './watch.ts';

export type { TransportMode } from './watch.ts';

/** Which requests a fault applies to; every given field must match. */
export interface FaultMatch {
  method?: string;
  verb?: Verb;
  /** Plural resource name, e.g. `virtualmachines`. */
  resource?: string;
  watch?: boolean;
  namespace?: string;
  name?: string;
}

/**
 * The answers a fault can give instead of the real one. `reset` destroys the connection;
 * `malformed` (watches only) writes an event as a line cut in half, which no client can parse.
 */
export type FaultResponse =
  401 | 403 | 404 | 409 | 410 | 429 | 500 | 503 | 504 | 'reset' | 'malformed';

export interface InjectOptions {
  match?: FaultMatch;
  /** Answer this instead; absent with `delayMs`: answer normally, only later. */
  respond?: FaultResponse;
  /** For 429 (default 1) and 503: the `Retry-After` header and `details.retryAfterSeconds`. */
  retryAfterSeconds?: number;
  /** The Status message, instead of the API server's usual one. */
  message?: string;
  /** Real milliseconds to hold the request before answering. */
  delayMs?: number;
  /** How many matching requests (for `malformed`: events) get the fault; default: all, until cleared. */
  times?: number;
  /** For `malformed`: only events of this type are garbled. Default: any. */
  event?: ChangeType;
}

export interface GarbleOptions {
  resource?: string;
  namespace?: string;
  /** Only events of this type. Default: any. */
  event?: ChangeType;
  /** How many events; default: all, until cleared. */
  times?: number;
}

export interface TransportOptions {
  resource?: string;
  namespace?: string;
  mode: TransportMode;
  /** How many watches (opened from now on); default: all, until cleared. */
  times?: number;
}

export interface WatchEndOptions {
  resource?: string;
  namespace?: string;
  /** `close` ends the stream cleanly (like a server timeout); `reset` destroys the socket. */
  mode?: 'close' | 'reset';
}

export interface RestartOptions {
  /** Real ms the server stays down (connections are refused meanwhile). Default 0. */
  downMs?: number;
  /**
   * Also drop the watch history, as an API server whose watch cache starts afresh does: watches
   * resumed from an older resourceVersion then get 410 Expired. Default false (the history,
   * like etcd's, survives).
   */
  compact?: boolean;
}

export interface FaultHandle {
  /** Matching requests or watches this fault has hit so far. */
  readonly hits: number;
  /** Hits left before the fault clears itself (`Infinity` until cleared). */
  readonly remaining: number;
  clear(): void;
}

export interface FaultControls {
  /** Answers matching requests with an error, a reset or a delay, `times` times or until cleared. */
  inject(options: InjectOptions): FaultHandle;
  /** Every watch of `resource` is answered 403 Forbidden (RBAC-style) until cleared. */
  forbidWatch(resource: string): FaultHandle;
  /** Ends matching open watches now; returns how many were ended. */
  endWatches(options?: WatchEndOptions): number;
  /** Ends each matching watch (open now or later) after it has sent `events` (>= 1) more events. */
  endWatchesAfter(options: WatchEndOptions & { events: number; times?: number }): FaultHandle;
  /** After each event, ends the watch with probability `rate` (seeded). */
  endWatchesRandomly(options: WatchEndOptions & { rate: number }): FaultHandle;
  /**
   * Writes matching watch events (of open and later watches) as lines cut in half: the client
   * cannot parse them (client-node skips such a line), so the event is lost in transit.
   */
  garbleWatchEvents(options?: GarbleOptions): FaultHandle;
  /** Watches opened from now on are answered 200 and then spoilt as `mode` says (see TransportMode). */
  spoilWatches(options: TransportOptions): FaultHandle;
  /**
   * Writes matching watch events as a non-Go intermediary re-encodes them: U+2028 and U+2029
   * raw instead of escaped (Go's encoding/json escapes them), so a client that splits lines on
   * Unicode line terminators cuts the line there.
   */
  rawLineSeparators(options?: GarbleOptions): FaultHandle;
  /**
   * Lists of `resource` that ask for everything (no `limit`) are answered with `pageSize` items
   * and a `continue` token for the rest, as an API server with a page size of its own would.
   */
  pageLists(options: {
    resource?: string;
    namespace?: string;
    pageSize: number;
    times?: number;
  }): FaultHandle;
  /** Drops the watch history (of one resource or all): older resourceVersions get 410 Expired. */
  compact(resource?: string): void;
  /** Stops the HTTP server and starts it again on the same port, keeping the store. */
  restart(options?: RestartOptions): Promise<void>;
  /** Removes every fault rule. */
  clear(): void;
}

export interface RequestFacts {
  method: string;
  verb?: Verb;
  resource?: string;
  namespace?: string;
  name?: string;
  watch: boolean;
}

/** What the server does with a request a fault matched. */
export interface FaultDecision {
  delayMs: number;
  error?: ApiError;
  reset?: boolean;
}

interface Rule {
  handle: FaultHandle;
  consume(): boolean;
}

function makeRule(times: number | undefined, remove: (rule: Rule) => void): Rule {
  let hits = 0;
  let remaining = times ?? Infinity;
  const rule: Rule = {
    handle: {
      get hits() {
        return hits;
      },
      get remaining() {
        return remaining;
      },
      clear: () => remove(rule),
    },
    consume() {
      if (remaining <= 0) return false;
      hits++;
      remaining--;
      if (remaining <= 0) remove(rule);
      return true;
    },
  };
  return rule;
}

function matches(match: FaultMatch | undefined, facts: RequestFacts): boolean {
  if (!match) return true;
  return (
    (match.method === undefined || match.method.toUpperCase() === facts.method) &&
    (match.verb === undefined || match.verb === facts.verb) &&
    (match.resource === undefined || match.resource === facts.resource) &&
    (match.watch === undefined || match.watch === facts.watch) &&
    (match.namespace === undefined || match.namespace === facts.namespace) &&
    (match.name === undefined || match.name === facts.name)
  );
}

function streamMatches(
  options: { resource?: string; namespace?: string },
  stream: WatchStream,
): boolean {
  return (
    (options.resource === undefined || options.resource === stream.resource) &&
    (options.namespace === undefined || options.namespace === stream.namespace)
  );
}

function end(stream: WatchStream, mode: WatchEndOptions['mode']): void {
  if (mode === 'reset') stream.reset();
  else stream.close();
}

export interface FaultHost {
  openStreams(): Iterable<WatchStream>;
  compact(resource?: string): void;
  restart(options: RestartOptions): Promise<void>;
  user: string;
}

interface StreamRule {
  rule: Rule;
  options: WatchEndOptions;
  /** Per stream, the eventsSent count at which it is ended. */
  deadlines: WeakMap<WatchStream, number>;
  events: number;
}

export class Faults implements FaultControls {
  readonly #random: Random;
  readonly #host: FaultHost;
  #requestRules: { rule: Rule; options: InjectOptions }[] = [];
  #afterRules: StreamRule[] = [];
  #randomRules: { rule: Rule; options: WatchEndOptions & { rate: number } }[] = [];
  #garbleRules: { rule: Rule; options: GarbleOptions }[] = [];
  #transportRules: { rule: Rule; options: TransportOptions }[] = [];
  #rawRules: { rule: Rule; options: GarbleOptions }[] = [];
  #pageRules: {
    rule: Rule;
    options: { resource?: string; namespace?: string; pageSize: number };
  }[] = [];

  constructor(random: Random, host: FaultHost) {
    this.#random = random;
    this.#host = host;
  }

  inject(options: InjectOptions): FaultHandle {
    if (options.respond === 'malformed') {
      const { resource, namespace } = options.match ?? {};
      return this.garbleWatchEvents({
        resource,
        namespace,
        event: options.event,
        times: options.times,
      });
    }
    const entry = { rule: makeRule(options.times, (r) => this.#drop(r)), options };
    this.#requestRules.push(entry);
    return entry.rule.handle;
  }

  forbidWatch(resource: string): FaultHandle {
    return this.inject({ match: { resource, watch: true }, respond: 403 });
  }

  endWatches(options: WatchEndOptions = {}): number {
    const targets = [...this.#host.openStreams()].filter((stream) =>
      streamMatches(options, stream),
    );
    for (const stream of targets) end(stream, options.mode);
    return targets.length;
  }

  endWatchesAfter(options: WatchEndOptions & { events: number; times?: number }): FaultHandle {
    const entry: StreamRule = {
      rule: makeRule(options.times, (r) => this.#drop(r)),
      options,
      deadlines: new WeakMap(),
      events: Math.max(1, options.events),
    };
    for (const stream of this.#host.openStreams()) {
      if (streamMatches(options, stream))
        entry.deadlines.set(stream, stream.eventsSent + entry.events);
    }
    this.#afterRules.push(entry);
    return entry.rule.handle;
  }

  endWatchesRandomly(options: WatchEndOptions & { rate: number }): FaultHandle {
    const entry = { rule: makeRule(undefined, (r) => this.#drop(r)), options };
    this.#randomRules.push(entry);
    return entry.rule.handle;
  }

  garbleWatchEvents(options: GarbleOptions = {}): FaultHandle {
    const entry = { rule: makeRule(options.times, (r) => this.#drop(r)), options };
    this.#garbleRules.push(entry);
    return entry.rule.handle;
  }

  spoilWatches(options: TransportOptions): FaultHandle {
    const entry = { rule: makeRule(options.times, (r) => this.#drop(r)), options };
    this.#transportRules.push(entry);
    return entry.rule.handle;
  }

  pageLists(options: {
    resource?: string;
    namespace?: string;
    pageSize: number;
    times?: number;
  }): FaultHandle {
    const entry = { rule: makeRule(options.times, (r) => this.#drop(r)), options };
    this.#pageRules.push(entry);
    return entry.rule.handle;
  }

  /** The page size a list that asked for everything gets, if a rule says so. */
  pageSizeOf(resource: string, namespace: string | undefined): number | undefined {
    return this.#pageRules.find(
      ({ rule, options }) =>
        (options.resource === undefined || options.resource === resource) &&
        (options.namespace === undefined || options.namespace === namespace) &&
        rule.consume(),
    )?.options.pageSize;
  }

  rawLineSeparators(options: GarbleOptions = {}): FaultHandle {
    const entry = { rule: makeRule(options.times, (r) => this.#drop(r)), options };
    this.#rawRules.push(entry);
    return entry.rule.handle;
  }

  compact(resource?: string): void {
    this.#host.compact(resource);
  }

  restart(options: RestartOptions = {}): Promise<void> {
    return this.#host.restart(options);
  }

  clear(): void {
    this.#requestRules = [];
    this.#afterRules = [];
    this.#randomRules = [];
    this.#garbleRules = [];
    this.#transportRules = [];
    this.#rawRules = [];
    this.#pageRules = [];
  }

  /** A watch is about to be answered: how its transport spoils it, if a rule says so. */
  transportOf(stream: WatchStream): TransportMode | undefined {
    return this.#transportRules.find(
      ({ rule, options }) => streamMatches(options, stream) && rule.consume(),
    )?.options.mode;
  }

  /** A watch is about to write an event: true when a rule says to leave U+2028/U+2029 raw. */
  rawSeparators(stream: WatchStream, type: ChangeType): boolean {
    return this.#rawRules.some(
      ({ rule, options }) =>
        streamMatches(options, stream) &&
        (options.event === undefined || options.event === type) &&
        rule.consume(),
    );
  }

  /** The fault for one request, if any: consumes one of the matching rule's `times`. */
  decide(facts: RequestFacts): FaultDecision | undefined {
    for (const { rule, options } of this.#requestRules) {
      if (!matches(options.match, facts) || !rule.consume()) continue;
      const decision: FaultDecision = { delayMs: options.delayMs ?? 0 };
      if (options.respond === 'reset') decision.reset = true;
      else if (options.respond !== undefined) decision.error = this.#errorFor(options, facts);
      return decision;
    }
    return undefined;
  }

  /** A watch just opened: `endWatchesAfter` rules start counting its events. */
  watchOpened(stream: WatchStream): void {
    for (const entry of this.#afterRules) {
      if (streamMatches(entry.options, stream)) entry.deadlines.set(stream, entry.events);
    }
  }

  /** A watch wrote an event: end it if a rule says so. */
  afterWatchEvent(stream: WatchStream): void {
    for (const entry of this.#afterRules) {
      const deadline = entry.deadlines.get(stream);
      if (deadline === undefined || stream.eventsSent < deadline) continue;
      entry.deadlines.delete(stream);
      if (entry.rule.consume()) {
        end(stream, entry.options.mode);
        return;
      }
    }
    for (const { rule, options } of this.#randomRules) {
      if (streamMatches(options, stream) && this.#random.chance(options.rate) && rule.consume()) {
        end(stream, options.mode);
        return;
      }
    }
  }

  /** A watch is about to write an event: true when a rule says to garble it. */
  garbleWatchEvent(stream: WatchStream, type: ChangeType): boolean {
    return this.#garbleRules.some(
      ({ rule, options }) =>
        streamMatches(options, stream) &&
        (options.event === undefined || options.event === type) &&
        rule.consume(),
    );
  }

  #errorFor(options: InjectOptions, facts: RequestFacts): ApiError {
    const code = options.respond as Exclude<FaultResponse, 'reset' | 'malformed'>;
    const gr = { group: '', resource: facts.resource ?? '' };
    switch (code) {
      case 429:
        return tooManyRequests(options.retryAfterSeconds ?? 1, options.message);
      case 403:
        return options.message
          ? statusError(403, options.message)
          : forbidden(gr, facts.verb ?? 'get', this.#host.user, facts.namespace, facts.name);
      case 410:
        return expired(options.message ?? 'too old resource version: injected fault');
      case 503: {
        const error = statusError(503, options.message);
        if (options.retryAfterSeconds === undefined) return error;
        return new ApiError(
          { ...error.status, details: { retryAfterSeconds: options.retryAfterSeconds } },
          { 'Retry-After': String(options.retryAfterSeconds) },
        );
      }
      default:
        return statusError(code, options.message);
    }
  }

  #drop(rule: Rule): void {
    this.#requestRules = this.#requestRules.filter((entry) => entry.rule !== rule);
    this.#afterRules = this.#afterRules.filter((entry) => entry.rule !== rule);
    this.#randomRules = this.#randomRules.filter((entry) => entry.rule !== rule);
    this.#garbleRules = this.#garbleRules.filter((entry) => entry.rule !== rule);
    this.#transportRules = this.#transportRules.filter((entry) => entry.rule !== rule);
    this.#rawRules = this.#rawRules.filter((entry) => entry.rule !== rule);
    this.#pageRules = this.#pageRules.filter((entry) => entry.rule !== rule);
  }
}
