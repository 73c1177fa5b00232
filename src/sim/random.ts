// Seeded randomness: every random choice of the simulator (uids, pod name suffixes, resync
// jitter, coalescing, random faults) comes from here, so one seed replays one run.

/** A deterministic pseudo-random stream (mulberry32). Not for cryptography. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /**
   * An independent stream named `label`: what one part draws does not shift another part's
   * choices, so adding a fault does not change the kubelet's jitter.
   */
  fork(label: string): Random {
    let hash = this.#state ^ 0x811c9dc5;
    for (let i = 0; i < label.length; i++) {
      hash = Math.imul(hash ^ label.charCodeAt(i), 16777619);
    }
    return new Random(hash >>> 0);
  }

  /** A version-4-shaped UUID, as the API server puts in `metadata.uid`. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = (Math.floor(this.next() * 4) + 8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /**
   * The suffix the API server appends to a `generateName`: 5 characters from the alphabet of
   * apimachinery's `utilrand.String` (no vowels, no confusable digits).
   */
  nameSuffix(length = 5): string {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}
