// The requests of one resource still open, so that stopping waits for them, within a bound: a
// watch request the server has not answered yet cannot be aborted from outside client-node
// 2.0.1 (`Watch.watch` makes its AbortController inside and hands it out only with the answer;
// it aborts the request itself after its `requestTimeoutMs`, 30 s).
import type { Clock } from './clock.ts';
import { seconds } from './lines.ts';

export interface OpenRequest {
  what: 'list' | 'watch';
  /** When it was sent, on the observer's clock. */
  since: number;
  /** The server answered (for a watch: with a stream). */
  answered: boolean;
}

export class InFlight {
  readonly #open = new Map<Promise<unknown>, OpenRequest>();

  /** Keeps `request` until it settles (it must never reject); `open` says what it is. */
  track(request: Promise<unknown>, open: OpenRequest): void {
    this.#open.set(request, open);
    const settled = () => this.#open.delete(request);
    void request.then(settled, settled);
  }

  /**
   * Resolves true once `first` and every request open meanwhile have settled, false when `ms`
   * passed before.
   */
  async settled(first: Promise<unknown>, clock: Clock, ms: number): Promise<boolean> {
    const all = (async () => {
      await first;
      while (this.#open.size > 0) await Promise.allSettled([...this.#open.keys()]);
      return true;
    })();
    const waited = new AbortController();
    const inTime = await Promise.race([all, clock.sleep(ms, waited.signal).then(() => false)]);
    waited.abort();
    return inTime;
  }

  /** `a watch request not answered after 2.000s`, for each request still open at `now`. */
  describe(now: number): string {
    const open = [...this.#open.values()].map(
      (r) =>
        `a ${r.what} request ${r.answered ? 'still open' : 'not answered'} after ${seconds(now - r.since)}`,
    );
    return open.length ? open.join(', ') : 'its requests to close';
  }
}
