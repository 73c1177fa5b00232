// The fallback poller of one resource: while no watch is healthy, a list every `intervalMs`,
// never faster than the server allows (its Retry-After after a 429, a back-off after other
// failures). What a list shows and how one failed go to the watcher; the poller only keeps time.
import type { Clock } from './clock.ts';
import { backoffMs, THROTTLED_FLOOR_MS, type Ending, type WatchLimits } from './decide.ts';
import type { Listing } from './resource-specs.ts';

export interface PollerDeps {
  clock: Clock;
  intervalMs: number;
  limits: WatchLimits;
  random: () => number;
  /** One list; resolves to what it showed or how it ended (never rejects). */
  list: (signal: AbortSignal) => Promise<Listing | Ending>;
  onListing: (listing: Listing) => void;
  onFailure: (ending: Ending) => void;
  /** No list before this moment (a Retry-After the watcher learnt elsewhere). */
  notBefore?: () => number;
  /** A bug in onListing or onFailure: the poller stops. */
  onCrash: (error: unknown) => void;
}

/** The wait before the next list, after one that took `tookMs` and ended as `result`. */
export function nextPollInMs(
  result: Listing | Ending,
  tookMs: number,
  failures: number,
  deps: Pick<PollerDeps, 'intervalMs' | 'limits'>,
  random: number,
): number {
  const wait = deps.intervalMs - tookMs;
  if (!('kind' in result)) return Math.max(0, wait);
  // Never faster than the server allows: its Retry-After, else a back-off.
  if (result.kind === 'throttled') return Math.max(wait, result.retryAfterMs ?? THROTTLED_FLOOR_MS);
  return Math.max(0, wait, backoffMs(failures, deps.limits, random));
}

/** Poller lists until stopped; `stop()` resolves once its last request settled. */
export class Poller {
  readonly #deps: PollerDeps;
  readonly #abort = new AbortController();
  readonly #done: Promise<void>;

  constructor(deps: PollerDeps) {
    this.#deps = deps;
    this.#done = this.#run().catch(deps.onCrash);
  }

  async stop(): Promise<void> {
    this.#abort.abort();
    await this.#done;
  }

  async #run(): Promise<void> {
    const { clock, list, onListing, onFailure, random } = this.#deps;
    const signal = this.#abort.signal;
    let failures = 0;
    while (!signal.aborted) {
      const started = clock.now();
      const result = await list(signal);
      if (signal.aborted) return;
      if ('kind' in result) onFailure(result);
      else onListing(result);
      const wait = nextPollInMs(result, clock.now() - started, failures, this.#deps, random());
      failures = 'kind' in result ? failures + 1 : 0;
      const held = (this.#deps.notBefore?.() ?? 0) - clock.now();
      await clock.sleep(Math.max(wait, held), signal);
    }
  }
}
