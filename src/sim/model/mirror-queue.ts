// How virt-controller's work queues let a quickly replaced state go unpersisted: each change
// enqueues a reconcile that runs `lagMs` later; when a newer change for the same key is already
// queued by then (the state lived shorter than the lag), the reconcile is skipped with
// probability `coalesceChance`, as a controller that reads its informer cache would skip it.
import type { Clock } from '../scaled-clock.ts';
import type { Random } from '../random.ts';

export class MirrorQueue<T> {
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #lagMs: () => number;
  readonly #coalesceChance: (key: string) => number;
  readonly #apply: (key: string, snapshot: T) => void;
  readonly #queued = new Map<string, number>();

  constructor(options: {
    clock: Clock;
    random: Random;
    lagMs: () => number;
    /** A chance, or one per key (`namespace/name`). */
    coalesceChance: number | ((key: string) => number);
    apply: (key: string, snapshot: T) => void;
  }) {
    this.#clock = options.clock;
    this.#random = options.random;
    this.#lagMs = options.lagMs;
    const chance = options.coalesceChance;
    this.#coalesceChance = typeof chance === 'number' ? () => chance : chance;
    this.#apply = options.apply;
  }

  push(key: string, snapshot: T): void {
    this.#queued.set(key, (this.#queued.get(key) ?? 0) + 1);
    this.#clock.afterReal(this.#lagMs(), () => {
      const pending = (this.#queued.get(key) ?? 1) - 1;
      if (pending === 0) this.#queued.delete(key);
      else this.#queued.set(key, pending);
      if (pending > 0 && this.#random.chance(this.#coalesceChance(key))) return;
      this.#apply(key, snapshot);
    });
  }
}
