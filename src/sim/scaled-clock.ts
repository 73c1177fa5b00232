// Time for the model: modelled durations are multiplied by the time scale before they become
// real timers, and every timer is tracked so `close()` leaves no handle open. `ManualClock` is
// the same clock with time that moves only when a test says so: the model runs at a real
// node's pace (time scale 1) without a test waiting minutes.

/** Wall-clock milliseconds with sub-millisecond resolution (`performance.timeOrigin + now()`). */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}

/** RFC 3339 with second precision, as `metav1.Time` serializes (creationTimestamp, event times). */
export function rfc3339(ms: number = Date.now()): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export interface Timer {
  cancel(): void;
}

/**
 * Schedules callbacks on a time scale. `after(10_000, f)` at scale 0.001 runs `f` after 10 ms.
 * Errors thrown by a callback are reported through `onError` instead of crashing the process:
 * a bug in the model must not take down a test run's HTTP server.
 */
export class Clock {
  readonly timeScale: number;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #onError: (error: unknown) => void;
  #closed = false;

  constructor(timeScale: number, onError: (error: unknown) => void) {
    this.timeScale = timeScale;
    this.#onError = onError;
  }

  /** Monotonic real milliseconds: what the model measures elapsed time with (back-offs, ticks). */
  now(): number {
    return performance.now();
  }

  /** Wall-clock milliseconds, sub-millisecond: when a write happened (store history). */
  wallNow(): number {
    return preciseNow();
  }

  /** Runs `fn` after `modelMs` of modelled time (scaled). */
  after(modelMs: number, fn: () => void): Timer {
    return this.afterReal(modelMs * this.timeScale, fn);
  }

  /** Runs `fn` after `realMs` of real time, whatever the scale. */
  afterReal(realMs: number, fn: () => void): Timer {
    if (this.#closed) return { cancel: () => undefined };
    const handle = setTimeout(
      () => {
        this.#timers.delete(handle);
        try {
          fn();
        } catch (error) {
          this.#onError(error);
        }
      },
      Math.max(0, realMs),
    );
    this.#timers.add(handle);
    return {
      cancel: () => {
        clearTimeout(handle);
        this.#timers.delete(handle);
      },
    };
  }

  /** Real milliseconds that `modelMs` of modelled time take. */
  scaled(modelMs: number): number {
    return modelMs * this.timeScale;
  }

  /** Timers waiting now. */
  pending(): number {
    return this.#timers.size;
  }

  /** Cancels every timer; later `after` calls do nothing. */
  close(): void {
    this.#closed = true;
    for (const handle of this.#timers) clearTimeout(handle);
    this.#timers.clear();
  }
}

interface ManualTimer {
  at: number;
  seq: number;
  fn: () => void;
}

/**
 * A clock whose time moves only in `advance()`: timers run in due order, each followed by the
 * promise continuations it started, so async model steps (a pull that awaits a timer) complete
 * as they would in real time. Wall-clock readings start at construction and move with it.
 */
export class ManualClock extends Clock {
  readonly #timers = new Set<ManualTimer>();
  readonly #onError: (error: unknown) => void;
  readonly #wallStart = preciseNow();
  #now = 0;
  #seq = 0;
  #closed = false;

  constructor(timeScale: number, onError: (error: unknown) => void) {
    super(timeScale, onError);
    this.#onError = onError;
  }

  override now(): number {
    return this.#now;
  }

  override wallNow(): number {
    return this.#wallStart + this.#now;
  }

  override afterReal(realMs: number, fn: () => void): Timer {
    if (this.#closed) return { cancel: () => undefined };
    const timer = { at: this.#now + Math.max(0, realMs), seq: this.#seq++, fn };
    this.#timers.add(timer);
    return { cancel: () => void this.#timers.delete(timer) };
  }

  override pending(): number {
    return this.#timers.size;
  }

  override close(): void {
    this.#closed = true;
    this.#timers.clear();
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms;
    await settle();
    for (;;) {
      let next: ManualTimer | undefined;
      for (const timer of this.#timers) {
        if (
          timer.at <= until &&
          (!next || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq))
        )
          next = timer;
      }
      if (!next) break;
      this.#timers.delete(next);
      this.#now = next.at;
      try {
        next.fn();
      } catch (error) {
        this.#onError(error);
      }
      await settle();
    }
    this.#now = until;
  }
}

/** Lets every promise continuation that is ready run (they may start timers). */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
