// Recall and latency: the same VMs watched by our observer and read by 1 s and 100 ms pollers at
// once, for each ErrImagePull dwell, without and with random watch faults. Every figure is
// checked against the simulator's ground truth (every persisted version and its write time).
import { setTimeout as sleep } from 'node:timers/promises';
import type { ObserverStats } from '../src/observe/index.ts';
import type { StateEntry } from '../src/observe/types.ts';
import { startCell } from './lib/cell.ts';
import { waitFor } from './lib/cluster.ts';
import {
  classifyMisses,
  completed,
  epochNow,
  errImagePullDwells,
  mergeRecall,
  recall,
  saw,
  sawDefaultPath,
  spread,
  transitions,
  type Spread,
  type PersistedVersion,
  type Recall,
  type Sighting,
  type Stretch,
  type Transition,
} from './lib/figures.ts';
import type { TimedTimeline } from './lib/observer-child.ts';
import type { PollResults } from './lib/poller-child.ts';
import type { RandomWatchFaults } from './lib/sim-child.ts';

export const DWELLS_MS = [1, 10, 100, 500, 1000];
export const STRATEGIES = ['poll-1s', 'poll-100ms', 'observer'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface RecallSettings {
  /** Simulator time scale: kubelet back-off and resync, pulls and controller delays shrink. */
  timeScale: number;
  vmsPerCell: number;
  /** States each VM must have persisted and ended before a cell stops. */
  statesPerVm: number;
  /** After the last counted state ended, every strategy goes on looking at least this long. */
  graceMs: number;
  /** Interval of the observer's polling fallback (the action's default). */
  observerPollMs: number;
  /** Fault profiles by name; `none` is the fault-free run. */
  faults: Record<Exclude<FaultProfile, 'none'>, Omit<RandomWatchFaults, 'seed'>>;
}

/**
 * `transient`: what a live API server and network do and a watch must survive without loss:
 * streams closed or reset mid-way, and new watch requests answered 500, 503, 429 (Retry-After
 * 1 s) or reset. `expiry`: the same stream ends, but every injected failure is 410 Expired, after
 * which the server no longer has the versions in between: no client can see those, the observer
 * must relist and record the gap instead (its misses there are `recorded`, never `silent`).
 */
export type FaultProfile = 'none' | 'transient' | 'expiry';

const STREAM_ENDS = { closeRate: 0.05, resetRate: 0.03, failureEveryMs: 500 };

export const RECALL_SETTINGS: RecallSettings = {
  timeScale: 0.3,
  vmsPerCell: 14,
  statesPerVm: 4,
  graceMs: 1000,
  observerPollMs: 100,
  faults: {
    transient: { ...STREAM_ENDS, failures: [500, 503, 429, 'reset'] },
    expiry: { ...STREAM_ENDS, failures: [410] },
  },
};

/**
 * The cell on the simulator's real clock: time scale 1, no dwell injected, so ErrImagePull lasts
 * as the kubelet's reconcile rule makes it (docs/kubelet-timing.md), and enough VMs running in
 * parallel for a sample. Each VM runs until its 3rd ErrImagePull, so both cycles of the default
 * path have ended when the cell counts.
 */
export const REALISTIC_SETTINGS: RecallSettings = {
  ...RECALL_SETTINGS,
  timeScale: 1,
  vmsPerCell: 24,
  statesPerVm: 5,
};

export interface CellResult {
  /** The ErrImagePull dwell injected (real ms); undefined: the kubelet's own timing. */
  dwellMs: number | undefined;
  timeScale: number;
  /** How long each counted ErrImagePull really lasted on the VM (the simulator's history), ms. */
  producedDwellMs: Spread;
  /** Per strategy, the fraction of VMs whose whole default path (E, B, E, B) it saw. */
  pathRecall: Record<Strategy, number>;
  faults: FaultProfile;
  vms: number;
  /** Persisted states counted: those that ended before the cell's last VM reached statesPerVm. */
  states: number;
  recall: Record<Strategy, Recall>;
  /** Observer misses outside any gap or polling stretch its timeline records: must be 0. */
  silentMisses: number;
  /** Observer misses inside a stretch its timeline marks as a gap or as polling. */
  recordedMisses: number;
  /** Gap entries (all resources) in the VMs' timelines; the same gap counts once per VM. */
  gaps: number;
  /**
   * Write (simulator) -> timeline entry (observer), for VM states the watch delivered, ms;
   * `first`: the VM's first state, written while the VMs are being created and the observer's
   * process is new.
   */
  latencies: LatencySample[];
  /** The observer's progress and warning lines (epoch ms), to explain slow samples. */
  observerLines: { at: number; line: string }[];
  pollErrors: string[];
  observerWarnings: string[];
  durationMs: number;
}

/** One VM version the watch delivered: how long after its write, and which it was. */
export interface LatencySample {
  ms: number;
  first: boolean;
  vm: string;
  /** Simulator epoch ms of the write. */
  writtenAt: number;
  resourceVersion: string;
  state: string;
}

const POLL_INTERVALS: Record<Exclude<Strategy, 'observer'>, number> = {
  'poll-1s': 1000,
  'poll-100ms': 100,
};

export async function recallCell(
  dwellMs: number | undefined,
  faults: FaultProfile,
  seed: number,
  settings: RecallSettings = RECALL_SETTINGS,
): Promise<CellResult> {
  const started = epochNow();
  const namespace = `recall-${dwellMs === undefined ? 'kubelet' : `${dwellMs}ms`}-${faults}`;
  const { sim, observer, poller, ...cell } = await startCell({
    sim: {
      timeScale: settings.timeScale,
      ...(dwellMs !== undefined && { errImagePullDwellMs: dwellMs }),
      seed,
    },
    namespace,
    runId: `cell${seed}`,
    observerPollMs: settings.observerPollMs,
    pollersMs: Object.values(POLL_INTERVALS),
  });
  try {
    if (faults !== 'none') {
      const profile: RandomWatchFaults = { ...settings.faults[faults], seed };
      await sim.child.call('randomWatchFaults', profile);
    }
    const names = await cell.createVms(settings.vmsPerCell, 500);
    const histories = () => cell.histories(names);
    await waitFor(
      async () => (await histories()).every((h) => transitions(h).length > settings.statesPerVm),
      `every VM of ${namespace} persisting ${settings.statesPerVm + 1} states`,
      settings.timeScale >= 1 ? 180_000 : 120_000,
    );
    // Count what ended by now; then let every strategy finish looking. Faults stop here, so a
    // watch in back-off comes back and the server replays what it missed, as it would go on
    // doing during a real run; a miss that remains is then a real one.
    const countUntil = epochNow();
    if (faults !== 'none') await sim.child.call('clearFaults');
    await sleep(settings.graceMs);
    await waitFor(
      async () =>
        Object.values(await observer.call<ObserverStats>('stats')).every(
          (kind) => kind.mode === 'watch',
        ),
      'every watch of the observer healthy again',
      30_000,
    );

    const [{ results: polled, errors: pollErrors }, timelines] = await Promise.all([
      poller.call<{ results: PollResults; errors: string[] }>('stop'),
      observer.call<Record<string, TimedTimeline>>('timelines'),
    ]);
    const observerWarnings = await observer.call<string[]>('warnings');
    const observerLines = await observer.call<CellResult['observerLines']>('lines');
    await observer.call('stop');
    const truth = await histories();
    return {
      dwellMs,
      timeScale: settings.timeScale,
      faults,
      vms: names.length,
      ...score(names, namespace, truth, polled, timelines, countUntil),
      pollErrors,
      observerWarnings,
      observerLines,
      durationMs: epochNow() - started,
    };
  } finally {
    await cell.close();
  }
}

/** Scores every strategy against the ground truth of each VM. */
function score(
  names: string[],
  namespace: string,
  truth: PersistedVersion[][],
  polled: PollResults,
  timelines: Record<string, TimedTimeline>,
  countUntil: number,
): Omit<
  CellResult,
  | 'dwellMs'
  | 'timeScale'
  | 'faults'
  | 'vms'
  | 'pollErrors'
  | 'observerWarnings'
  | 'observerLines'
  | 'durationMs'
> {
  const all: ReturnType<typeof transitions> = [];
  const misses = { silentMisses: 0, recordedMisses: 0 };
  const latencies: CellResult['latencies'] = [];
  let gaps = 0;
  const recalls: Record<Strategy, Recall[]> = { 'poll-1s': [], 'poll-100ms': [], observer: [] };
  const paths: Record<Strategy, boolean[]> = { 'poll-1s': [], 'poll-100ms': [], observer: [] };
  const path = (strategy: Strategy, all: Transition[], seen: (t: Transition) => boolean) => {
    const whole = sawDefaultPath(completed(all, countUntil), seen);
    if (whole !== undefined) paths[strategy].push(whole);
  };
  names.forEach((name, index) => {
    const history = truth[index]!;
    const counted = completed(transitions(history), countUntil);
    all.push(...counted);
    for (const [strategy, interval] of Object.entries(POLL_INTERVALS)) {
      const sightings = polled[String(interval)]?.[name] ?? [];
      recalls[strategy as Strategy].push(recall(counted, (t) => saw(t, sightings)));
      path(strategy as Strategy, transitions(history), (t) => saw(t, sightings));
    }
    const { origin, timeline } = timelines[`${namespace}/${name}`]!;
    const vmEntries = timeline.entries.filter(
      (e): e is StateEntry => e.kind === 'state' && e.witness === 'vm',
    );
    const sightings: Sighting[] = vmEntries.flatMap((e) =>
      e.resourceVersion ? [{ resourceVersion: e.resourceVersion, state: e.state }] : [],
    );
    const observed = recall(counted, (t) => saw(t, sightings));
    recalls.observer.push(observed);
    path('observer', transitions(history), (t) => saw(t, sightings));
    const stretches: Stretch[] = timeline.entries.flatMap((e) =>
      (e.kind === 'gap' || e.kind === 'polling') && e.resource === 'virtualmachines'
        ? [{ from: origin + e.atMs, to: origin + (e.untilMs ?? timeline.endedAtMs) }]
        : [],
    );
    const classified = classifyMisses(
      counted.filter((t) => !saw(t, sightings)),
      stretches,
    );
    misses.silentMisses += classified.silent;
    misses.recordedMisses += classified.recorded;
    gaps += timeline.entries.filter((e) => e.kind === 'gap').length;
    const writtenAt = new Map(history.map((v) => [v.resourceVersion, v.writtenAt]));
    const first = transitions(history)[0]?.versions ?? new Set();
    for (const entry of vmEntries) {
      const written = entry.resourceVersion ? writtenAt.get(entry.resourceVersion) : undefined;
      if (entry.seenBy === 'watch' && written !== undefined) {
        latencies.push({
          ms: origin + entry.atMs - written,
          first: first.has(entry.resourceVersion!),
          vm: name,
          writtenAt: written,
          resourceVersion: entry.resourceVersion!,
          state: entry.state,
        });
      }
    }
  });
  const merged = Object.fromEntries(STRATEGIES.map((s) => [s, mergeRecall(recalls[s])])) as Record<
    Strategy,
    Recall
  >;
  const pathRecall = Object.fromEntries(
    STRATEGIES.map((s) => [s, paths[s].filter(Boolean).length / Math.max(1, paths[s].length)]),
  ) as Record<Strategy, number>;
  return {
    states: all.length,
    recall: merged,
    pathRecall,
    producedDwellMs: spread(errImagePullDwells(all)),
    ...misses,
    gaps,
    latencies,
  };
}
