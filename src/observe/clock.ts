// The observer's time: a monotonic `now`, and every wait and timer it takes. Injected, so the
// tests run the same code on a fake clock (or a scaled one, against the simulator over HTTP).
import { setTimeout as delay } from 'node:timers/promises';

export interface Clock {
  /** Monotonic milliseconds. */
  now: () => number;
  /** Resolves after `ms`, or at once when `signal` aborts; never rejects. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Calls `callback` after `ms`; returns the function that cancels it. */
  timer: (callback: () => void, ms: number) => () => void;
}

/** Real time: `performance.now`, `setTimeout`. */
export const systemClock: Clock = {
  now: () => performance.now(),
  async sleep(ms, signal) {
    if (signal?.aborted) return;
    await delay(ms, undefined, { signal }).catch(() => {});
  },
  timer(callback, ms) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};
