// Clocks for the observer's tests. FakeClock: time moves only when the test says, and every
// timer and sleep due by then runs, in order. scaledClock: real time with every wait shrunk, for
// tests that talk HTTP to the simulator, whose answers take the real time they take.
import { systemClock, type Clock } from '../../src/observe/clock.ts';

interface Pending {
  at: number;
  seq: number;
  fire: () => void;
}

export class FakeClock implements Clock {
  #now: number;
  #seq = 0;
  readonly #pending: Pending[] = [];

  constructor(start = 0) {
    this.#now = start;
  }

  now = (): number => this.#now;

  timer(callback: () => void, ms: number): () => void {
    const pending = { at: this.#now + Math.max(0, ms), seq: ++this.#seq, fire: callback };
    this.#pending.push(pending);
    return () => {
      const index = this.#pending.indexOf(pending);
      if (index >= 0) this.#pending.splice(index, 1);
    };
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const onAbort = () => {
        cancel();
        resolve();
      };
      const cancel = this.timer(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** When the pending timers and sleeps fall due, earliest first. */
  get due(): number[] {
    return this.#pending.map((p) => p.at).sort((a, b) => a - b);
  }

  /**
   * Moves time forward by `ms`: every timer due by then fires at its moment, in order, and
   * whatever it set going (promises, I/O callbacks) settles before the next one.
   */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    for (;;) {
      await settle();
      const next = this.#pending
        .filter((p) => p.at <= end)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      this.#pending.splice(this.#pending.indexOf(next), 1);
      this.#now = next.at;
      next.fire();
    }
    this.#now = end;
    await settle();
  }
}

/** Lets every promise callback and I/O callback that is ready run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Real time with every wait and timer `scale` times as long (at 0.05 a 1 s Retry-After takes
 * 50 ms), and `now` in the observer's own, unscaled milliseconds.
 */
export function scaledClock(scale: number): Clock {
  return {
    now: () => performance.now() / scale,
    sleep: (ms, signal) => systemClock.sleep(ms * scale, signal),
    timer: (callback, ms) => systemClock.timer(callback, ms * scale),
  };
}
