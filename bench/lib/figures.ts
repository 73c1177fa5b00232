// The pure arithmetic of the benchmarks: which persisted VM states a strategy saw, which of the
// observer's misses it recorded, percentiles. No I/O and no clock, so test/bench/ checks it.

/** Now on a clock comparable across processes of this machine: epoch ms, sub-ms precise. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** A deterministic source of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One version of a VM as the simulator persisted it (ground truth). */
export interface PersistedVersion {
  resourceVersion: string;
  /** Epoch ms at which the simulator wrote it. */
  writtenAt: number;
  printableStatus?: string;
}

/** A request in the simulator's log. */
export interface LoggedRequest {
  startedAt: number;
  watch: boolean;
  resource?: string;
  path: string;
}

/** What a strategy read: the VM's status in one version. */
export interface Sighting {
  resourceVersion: string;
  state: string;
}

/**
 * A persisted state: the first version whose printableStatus differs from the version before it,
 * and every version until the next such change (the stretch in which it was the VM's status).
 */
export interface Transition {
  state: string;
  writtenAt: number;
  /** When the next state was written; undefined while this one is still the VM's status. */
  endsAt?: number;
  versions: Set<string>;
}

/** The VM's persisted states in order; versions without a printableStatus are no state. */
export function transitions(history: PersistedVersion[]): Transition[] {
  const out: Transition[] = [];
  for (const version of history) {
    const state = version.printableStatus;
    if (state === undefined) continue;
    const last = out.at(-1);
    if (last?.state === state) {
      last.versions.add(version.resourceVersion);
      continue;
    }
    if (last) last.endsAt = version.writtenAt;
    out.push({
      state,
      writtenAt: version.writtenAt,
      versions: new Set([version.resourceVersion]),
    });
  }
  return out;
}

/**
 * The transitions a fair comparison counts: those that ended before `until` (when the strategies
 * stopped looking), so every strategy had the whole stretch to see it.
 */
export function completed(all: Transition[], until: number): Transition[] {
  return all.filter((t) => t.endsAt !== undefined && t.endsAt <= until);
}

/** Whether a strategy read the state in one of the versions of its stretch. */
export function saw(transition: Transition, sightings: Sighting[]): boolean {
  return sightings.some(
    (s) => s.state === transition.state && transition.versions.has(s.resourceVersion),
  );
}

export interface Tally {
  total: number;
  seen: number;
}

export interface Recall extends Tally {
  /** seen / total, 0..1 (1 when there was nothing to see). */
  fraction: number;
  byState: Record<string, Tally>;
}

export function recall(counted: Transition[], seen: (transition: Transition) => boolean): Recall {
  const byState: Record<string, Tally> = {};
  let hits = 0;
  for (const transition of counted) {
    const tally = (byState[transition.state] ??= { total: 0, seen: 0 });
    tally.total++;
    if (seen(transition)) {
      tally.seen++;
      hits++;
    }
  }
  return { total: counted.length, seen: hits, fraction: ratio(hits, counted.length), byState };
}

/** Adds tallies up (cells of several VMs or runs). */
export function mergeRecall(parts: Recall[]): Recall {
  const byState: Record<string, Tally> = {};
  let total = 0;
  let seen = 0;
  for (const part of parts) {
    total += part.total;
    seen += part.seen;
    for (const [state, tally] of Object.entries(part.byState)) {
      const sum = (byState[state] ??= { total: 0, seen: 0 });
      sum.total += tally.total;
      sum.seen += tally.seen;
    }
  }
  return { total, seen, fraction: ratio(seen, total), byState };
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** An interval (epoch ms) in which the observer said it could not vouch for completeness. */
export interface Stretch {
  from: number;
  to: number;
}

/**
 * How the observer's misses divide: `recorded` ones fell in a stretch its timeline marks as a
 * gap or as polling (it told the reader it could have missed something there); `silent` ones it
 * claims to have watched and still missed: the count that must be 0.
 */
export function classifyMisses(
  missed: Transition[],
  stretches: Stretch[],
): { silent: number; recorded: number } {
  let recorded = 0;
  for (const t of missed) {
    const end = t.endsAt ?? Infinity;
    if (stretches.some((s) => s.from <= end && t.writtenAt <= s.to)) recorded++;
  }
  return { silent: missed.length - recorded, recorded };
}

/** Nearest-rank percentile (p in 0..100) of the values; undefined for none. */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: number[]): number | undefined {
  return percentile(values, 50);
}

/** Rounds for the results file: figures, not float noise. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** p50 / p90 / max of some durations, ms, rounded; undefined figures when there were none. */
export interface Spread {
  p50?: number;
  p90?: number;
  max?: number;
  samples: number;
}

export function spread(values: number[]): Spread {
  const at = (p: number) => {
    const v = percentile(values, p);
    return v === undefined ? undefined : round(v, 1);
  };
  return { p50: at(50), p90: at(90), max: at(100), samples: values.length };
}

/**
 * How long each counted ErrImagePull lasted on the VM (the simulator's history: from its write
 * to the next state's): the dwell a cell really produced, whatever knob it set.
 */
export function errImagePullDwells(counted: Transition[]): number[] {
  return counted.flatMap((t) =>
    t.state === 'ErrImagePull' && t.endsAt !== undefined ? [t.endsAt - t.writtenAt] : [],
  );
}

/**
 * Whether a strategy saw the whole default path: the first two ErrImagePull and the first two
 * ImagePullBackOff states of the VM, each in its own stretch (undefined: the VM had not got so far).
 */
export function sawDefaultPath(
  all: Transition[],
  seen: (transition: Transition) => boolean,
): boolean | undefined {
  const path = all.filter((t) => t.state === 'ErrImagePull' || t.state === 'ImagePullBackOff');
  const first = path.slice(0, 4);
  const expected = ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff'];
  if (first.length < 4 || first.some((t, i) => t.state !== expected[i])) return undefined;
  return first.every(seen);
}
