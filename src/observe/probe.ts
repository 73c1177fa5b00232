// The probe's pacing for one watcher: a list while the watch is quiet tells a quiet resource
// from a silent watch (a proxy that buffers or drops the stream) or a line lost in transit.
// ResourceWatcher (watcher.ts) sends the lists and acts on what this says they found.

/** A stream that has delivered is probed this many times less often than a silent one. */
export const PROVEN_PROBE_FACTOR = 15;

/** What one probe's list says: nothing undelivered, a first suspicion, or a confirmed one. */
export type ProbeFinding = 'up-to-date' | 'suspect' | 'confirmed';

/**
 * When a probe is due: after `probeEveryMs` of quiet at first, doubling after each probe that
 * found the watch up to date, up to PROVEN_PROBE_FACTOR times that; a stream that has delivered
 * something (its transport carries events) is probed only that rarely, for a line lost in
 * transit. A probe that finds the watch behind is confirmed `probeEveryMs` later.
 */
export class ProbePacing {
  readonly #probeEveryMs: number;
  #waitMs: number;
  /** When the last probe was sent. */
  #probedAt = -Infinity;
  #probing = false;
  /** What the last probe found undelivered; cleared by any event. */
  #suspect: string[] | undefined;

  constructor(probeEveryMs: number) {
    this.#probeEveryMs = probeEveryMs;
    this.#waitMs = probeEveryMs;
  }

  /** The watch delivered, or a list vouched: the probe starts over from its shortest wait. */
  heard(): void {
    this.#suspect = undefined;
    this.#waitMs = this.#probeEveryMs;
  }

  /** Whether a probe is due `now`, the watch last heard at `heardAt`; none while one is out. */
  due(now: number, heardAt: number, proven: boolean): boolean {
    const longest = this.#probeEveryMs * PROVEN_PROBE_FACTOR;
    const wait = this.#suspect ? this.#probeEveryMs : proven ? longest : this.#waitMs;
    const quietMs = now - Math.max(heardAt, this.#probedAt);
    return !this.#probing && quietMs >= wait;
  }

  sent(now: number): void {
    this.#probing = true;
    this.#probedAt = now;
  }

  answered(): void {
    this.#probing = false;
  }

  /** What a probe that found `behind` undelivered means; a confirmed finding clears the suspicion. */
  found(behind: string[]): ProbeFinding {
    if (behind.length === 0) {
      this.#suspect = undefined;
      this.#waitMs = Math.min(this.#probeEveryMs * PROVEN_PROBE_FACTOR, this.#waitMs * 2);
      return 'up-to-date';
    }
    if (!this.#suspect) {
      this.#suspect = behind;
      return 'suspect';
    }
    this.#suspect = undefined;
    return 'confirmed';
  }
}

/** The first three things a probe found undelivered. */
export function describeBehind(behind: string[]): string {
  return behind.slice(0, 3).join(', ') + (behind.length > 3 ? ', …' : '');
}
