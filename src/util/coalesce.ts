// Work that is asked for far more often than it needs to run: a decision over a timeline that
// grows with every new entry. Run per request, its cost grows with the square of the entries
// (a VM flapping 10,000 times in 3 s kept a 20 s check running 35 s); coalesced, it stays a
// bounded share of the event loop, so timers (the check's timeout) fire on time.

export interface Coalesced {
  /** Asks for a run: soon, once for every request that comes before it starts. */
  request(): void;
  /** No run after this. */
  cancel(): void;
}

/**
 * coalesce runs `work` once for any number of requests made while it waits: at the next turn of
 * the event loop at the soonest, and, after a run that took `d` ms, no sooner than
 * `costFactor × d` after it ended, so `work` never takes more than 1 / (1 + costFactor) of the
 * time however often it is asked for. Cheap work runs at once.
 */
export function coalesce(work: () => void, costFactor = 2): Coalesced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let endedAt = -Infinity;
  let costMs = 0;
  let cancelled = false;
  const dueIn = () => Math.max(0, endedAt + costFactor * costMs - performance.now());
  const run = () => {
    // A timer set while a long run held the loop counts from the loop's stale clock and can
    // fire that much early: wait out the rest, or the work would take more than its share.
    const early = dueIn();
    if (early > 0) {
      timer = setTimeout(run, early);
      return;
    }
    timer = undefined;
    const started = performance.now();
    try {
      work();
    } finally {
      endedAt = performance.now();
      costMs = endedAt - started;
    }
  };
  return {
    request() {
      if (timer !== undefined || cancelled) return;
      timer = setTimeout(run, dueIn());
    },
    cancel() {
      cancelled = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
