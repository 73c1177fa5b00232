// The timeline builder: every object version the observer read, kept per object in
// resourceVersion order, and the stretches in which a resource's watch could not vouch for
// completeness. A timeline for one VM is derived from it on demand, as plain data.
import type { Reading } from './witness.ts';
import type {
  LauncherPod,
  GapEntry,
  PollingEntry,
  ResourceKind,
  SeenBy,
  StateEntry,
  Timeline,
  TimelineEntry,
  Witness,
} from './types.ts';

/** One object version as read, at `at` on the observer's monotonic clock. */
interface Version {
  reading: Reading;
  seenBy: SeenBy;
  at: number;
  /** Tie-breaker for equal `at`: the order in which entries must be read. */
  seq: number;
  /** True when it differs from the version before it: a timeline entry. */
  entry: boolean;
}

interface History {
  witness: Witness;
  vm: string;
  versions: Version[];
  /** `resourceVersion identity` of every version recorded: a replay is found without a scan. */
  recorded: Set<string>;
}

/** A change a relist found across a gap, for the VM it concerns. */
export interface GapChange {
  vm: string;
  text: string;
}

interface Gap {
  resource: ResourceKind;
  cause: GapEntry['cause'];
  detail: string;
  at: number;
  until: number;
  /** Absent when nothing could tell what changed (e.g. still down at the end). */
  changes?: GapChange[];
  seq: number;
}

interface Polling {
  resource: ResourceKind;
  at: number;
  until?: number;
  intervalMs: number;
  reason: string;
  seq: number;
}

interface Tracked {
  start: number;
  startedAt: string;
}

/** A new timeline entry, as the builder reports it to whoever logs or decides early. */
export type NewEntry =
  | { kind: 'state'; vm: string; at: number; version: Readonly<Version>; late: boolean }
  | { kind: 'gap' | 'polling'; vms: string[]; at: number; detail: string };

/** The state an object shows when a watch said `DELETED` or a relist no longer lists it. */
export const DELETED = 'Deleted';

/** `reading` as the object's deletion: the same key, without what only a live object says. */
export function deletedReading(reading: Reading): Reading {
  const {
    message: _message,
    container: _container,
    serverTime: _serverTime,
    ...observation
  } = reading.observation;
  return { key: reading.key, identity: DELETED, observation: { ...observation, state: DELETED } };
}

/**
 * TimelineBuilder keeps what was seen and derives each VM's Timeline from it.
 *
 * Guarantees: consecutive versions of one object with the same state (for Events: the same
 * count) collapse into one entry; a version that arrives after a newer one of the same object was
 * recorded (a watch replaying what a poll already saw past) is placed before it, so the order of
 * an object's states is its resourceVersion order, not the order of arrival. Limit: that ordering
 * needs numeric resourceVersions (etcd's, and the simulator's); opaque ones are kept in arrival
 * order.
 */
export class TimelineBuilder {
  readonly #histories = new Map<string, History>();
  readonly #gaps: Gap[] = [];
  readonly #polling: Polling[] = [];
  readonly #tracked = new Map<string, Tracked>();
  readonly #onEntry: (entry: NewEntry) => void;
  #seq = 0;
  #endedAt: number | undefined;

  constructor(onEntry: (entry: NewEntry) => void = () => {}) {
    this.#onEntry = onEntry;
  }

  /** Starts the VM's timeline at `at` (its `atMs = 0`); `startedAt` is the wall-clock time then. */
  track(vm: string, at: number, startedAt: string): void {
    this.#tracked.set(vm, { start: at, startedAt });
  }

  isTracked(vm: string): boolean {
    return this.#tracked.has(vm);
  }

  /** `at` as ms since the VM's start. */
  offset(vm: string, at: number): number {
    return at - (this.#tracked.get(vm)?.start ?? 0);
  }

  tracked(): string[] {
    return [...this.#tracked.keys()];
  }

  /**
   * Records one object version. Returns false when that version was already recorded (same
   * resourceVersion and state), which happens whenever a watch replays what a poll or a list saw.
   */
  record(reading: Reading, seenBy: SeenBy, at: number): boolean {
    const history = this.#historyOf(reading);
    const versions = history.versions;
    const rv = reading.observation.resourceVersion;
    const seenKey = rv === undefined ? undefined : `${rv} ${reading.identity}`;
    if (seenKey !== undefined) {
      if (history.recorded.has(seenKey)) return false;
      history.recorded.add(seenKey);
    }
    const index = insertionIndex(versions, rv);
    const previous = versions[index - 1];
    const next = versions[index];
    // A late version was true before `next` was seen: it takes `next`'s moment, just before it.
    const version: Version = {
      reading,
      seenBy,
      at: next?.at ?? at,
      seq: next ? ((previous?.seq ?? next.seq - 1) + next.seq) / 2 : ++this.#seq,
      entry: previous?.reading.identity !== reading.identity,
    };
    versions.splice(index, 0, version);
    if (next) next.entry = next.reading.identity !== reading.identity;
    if (version.entry) {
      this.#onEntry({
        kind: 'state',
        vm: history.vm,
        at: version.at,
        version,
        late: next !== undefined,
      });
    }
    return true;
  }

  /**
   * The latest version of each object of one witness that a watch or a list vouched for (not a
   * poll), keyed like readings: what a relist is compared with to tell what changed in a gap.
   */
  confirmed(witness: Witness): Map<string, Reading> {
    const known = new Map<string, Reading>();
    for (const [key, history] of this.#histories) {
      if (history.witness !== witness) continue;
      const version = history.versions.findLast((v) => v.seenBy !== 'poll');
      if (version) known.set(key, version.reading);
    }
    return known;
  }

  /** The VM an object's history belongs to, by reading key (`pod ns/name`). */
  vmOf(key: string): string | undefined {
    return this.#histories.get(key)?.vm;
  }

  /** The latest reading of each object of one witness, whoever saw it. */
  latest(witness: Witness): Map<string, Reading> {
    const known = new Map<string, Reading>();
    for (const [key, history] of this.#histories) {
      const last = history.versions.at(-1);
      if (history.witness === witness && last) known.set(key, last.reading);
    }
    return known;
  }

  /** Records a stretch in which a resource's completeness was lost or could not be vouched for. */
  gap(gap: Omit<Gap, 'seq'>): void {
    const recorded: Gap = { ...gap, seq: ++this.#seq };
    this.#gaps.push(recorded);
    const vms = this.#overlapping(gap.until);
    this.#onEntry({ kind: 'gap', vms, at: gap.until, detail: gap.detail });
  }

  /** Opens a polling stretch; returns the function that closes it. */
  polling(
    resource: ResourceKind,
    at: number,
    intervalMs: number,
    reason: string,
  ): (until: number) => void {
    const stretch: Polling = { resource, at, intervalMs, reason, seq: ++this.#seq };
    this.#polling.push(stretch);
    this.#onEntry({ kind: 'polling', vms: this.#overlapping(undefined), at, detail: reason });
    return (until) => {
      stretch.until ??= until;
    };
  }

  /** Fixes the end of every timeline (the observer stopped). */
  end(at: number): void {
    this.#endedAt ??= at;
    for (const stretch of this.#polling) stretch.until ??= at;
  }

  /**
   * A plain-data copy of what was seen for one VM: its objects' state entries and the gap and
   * polling stretches that overlap its lifetime, ordered by `atMs`. `openGaps` are stretches still
   * going on at `now` (a watch down, not yet known to have lost anything), included as gaps that
   * end now.
   */
  timeline(vm: string, now: number, openGaps: Omit<Gap, 'seq'>[] = []): Timeline {
    const tracked = this.#tracked.get(vm);
    if (!tracked) {
      throw new Error(`VM ${vm} is not tracked: call track('${vm}') before creating it`);
    }
    const end = this.#endedAt ?? now;
    const since = (at: number) => Math.max(0, ms(at - tracked.start));
    const sorted: { at: number; seq: number; entry: TimelineEntry }[] = [];
    for (const history of this.#histories.values()) {
      if (history.vm !== vm) continue;
      for (const version of history.versions) {
        if (!version.entry) continue;
        const entry: StateEntry = {
          kind: 'state',
          atMs: ms(version.at - tracked.start),
          ...structuredClone(version.reading.observation),
          seenBy: version.seenBy,
        };
        sorted.push({ at: version.at, seq: version.seq, entry });
      }
    }
    const gaps = [...this.#gaps, ...openGaps.map((gap) => ({ ...gap, seq: Infinity }))];
    for (const gap of gaps) {
      if (gap.until < tracked.start) continue;
      const entry: GapEntry = {
        kind: 'gap',
        resource: gap.resource,
        atMs: since(gap.at),
        untilMs: since(gap.until),
        cause: gap.cause,
        detail: gap.detail,
      };
      if (gap.changes) entry.changed = gap.changes.filter((c) => c.vm === vm).map((c) => c.text);
      sorted.push({ at: gap.at, seq: gap.seq, entry });
    }
    for (const stretch of this.#polling) {
      if (stretch.until !== undefined && stretch.until < tracked.start) continue;
      const entry: PollingEntry = {
        kind: 'polling',
        resource: stretch.resource,
        atMs: since(stretch.at),
        intervalMs: stretch.intervalMs,
        reason: stretch.reason,
      };
      if (stretch.until !== undefined) entry.untilMs = since(stretch.until);
      sorted.push({ at: stretch.at, seq: stretch.seq, entry });
    }
    sorted.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const launcher = this.#launcher(vm);
    return {
      vm,
      startedAt: tracked.startedAt,
      endedAtMs: ms(end - tracked.start),
      entries: sorted.map((item) => item.entry),
      ...(launcher && { launcher }),
    };
  }

  /** The launcher pod's timing facts from the VM's pod version seen last. */
  #launcher(vm: string): LauncherPod | undefined {
    let last: Version | undefined;
    for (const history of this.#histories.values()) {
      if (history.vm !== vm || history.witness !== 'pod') continue;
      for (const version of history.versions)
        if (version.reading.launcher && (!last || version.at >= last.at)) last = version;
    }
    return last?.reading.launcher && structuredClone(last.reading.launcher);
  }

  #historyOf(reading: Reading): History {
    let history = this.#histories.get(reading.key);
    if (!history) {
      history = {
        witness: reading.observation.witness,
        vm: reading.observation.vm,
        versions: [],
        recorded: new Set(),
      };
      this.#histories.set(reading.key, history);
    }
    return history;
  }

  /** The tracked VMs a stretch ending at `until` (undefined: still open) concerns. */
  #overlapping(until: number | undefined): string[] {
    return [...this.#tracked]
      .filter(([, tracked]) => until === undefined || until >= tracked.start)
      .map(([vm]) => vm);
  }
}

/**
 * Where a version goes among an object's versions: after every version with a smaller numeric
 * resourceVersion. Without comparable resourceVersions, at the end (arrival order).
 */
function insertionIndex(versions: Version[], rv: string | undefined): number {
  const order = numeric(rv);
  if (order === undefined) return versions.length;
  let index = versions.length;
  while (index > 0) {
    const before = numeric(versions[index - 1]!.reading.observation.resourceVersion);
    if (before === undefined || before <= order) break;
    index--;
  }
  return index;
}

/** Milliseconds to the microsecond: what a monotonic clock can tell, without float noise. */
function ms(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function numeric(rv: string | undefined): bigint | undefined {
  return rv !== undefined && /^\d{1,30}$/.test(rv) ? BigInt(rv) : undefined;
}

/** What a relist shows that the confirmed state did not: one sentence per changed object. */
export function describeChanges(
  witness: Witness,
  confirmed: Map<string, Reading>,
  listed: Map<string, Reading>,
): GapChange[] {
  const changes: GapChange[] = [];
  for (const [key, now] of listed) {
    const before = confirmed.get(key);
    const { vm, object } = now.observation;
    const name =
      witness === 'event'
        ? `event ${now.observation.reason ?? ''} about ${object}`
        : `${witness} ${object}`;
    if (!before || before.identity === DELETED) {
      changes.push({ vm, text: `${name}: appeared as ${describe(now)}` });
    } else if (before.observation.resourceVersion !== now.observation.resourceVersion) {
      changes.push({
        vm,
        text:
          before.identity === now.identity
            ? `${name}: still ${describe(now)}, but resourceVersion ${before.observation.resourceVersion ?? '?'} -> ${now.observation.resourceVersion ?? '?'}: states in between, if any, were not seen`
            : `${name}: ${describe(before)} -> ${describe(now)}; states in between, if any, were not seen`,
      });
    }
  }
  for (const [key, before] of confirmed) {
    if (listed.has(key) || before.identity === DELETED || witness === 'event') continue;
    changes.push({
      vm: before.observation.vm,
      text: `${witness} ${before.observation.object}: deleted`,
    });
  }
  return changes;
}

function describe(reading: Reading): string {
  const { state, count } = reading.observation;
  return count !== undefined ? `${state} (count ${count})` : state;
}
