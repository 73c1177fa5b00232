// Does the polling-miss estimate (src/verify/polling-miss.ts) predict what real pollers miss?
// For each ErrImagePull dwell, VMs cycle on the simulator while the observer watches them and
// 1 s and 100 ms pollers read them (Gomega-Eventually style GETs, bench/lib/poller-child.ts).
// Each ErrImagePull that really happened (the simulator's ground truth) is scored twice: the
// estimate's miss chance from the dwell the observer saw, and whether each poller read it. The
// mean of the one must match the fraction of the other.
//
// `kubelet` among the dwells is the simulator's own clock: time scale 1, nothing injected, so
// ErrImagePull lasts as the kubelet's reconcile rule makes it (docs/kubelet-timing.md).
//
// `npm run bench:miss -- [--states 200] [--dwells 1,10,100,500,kubelet] [--vms 40]` prints a table and
// writes bench/results/polling-miss.json. It is apart from `npm run bench`: it wants a quiet
// machine (a loaded one stretches the pollers' schedule, which the prediction follows, but also
// the observer's timestamps, which it takes as the dwell).
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StateEntry } from '../src/observe/types.ts';
import { missProbability } from '../src/verify/polling-miss.ts';
import { startCell } from './lib/cell.ts';
import { waitFor } from './lib/cluster.ts';
import {
  completed,
  epochNow,
  round,
  saw,
  transitions,
  type PersistedVersion,
  type Transition,
} from './lib/figures.ts';
import type { TimedTimeline } from './lib/observer-child.ts';
import type { PollResults } from './lib/poller-child.ts';

/** An injected dwell in real ms, or `kubelet`: time scale 1 and the kubelet's own timing. */
export type MissDwell = number | 'kubelet';

export const MISS_DWELLS_MS: MissDwell[] = [1, 10, 100, 500, 'kubelet'];
export const MISS_POLLERS_MS = [1000, 100];

export interface MissSettings {
  /** ErrImagePull states to score per dwell, at least. */
  states: number;
  vms: number;
  /** Simulator time scale: the kubelet's back-off and resync shrink, the dwell does not. */
  timeScale: number;
  /** VMs of the `kubelet` cell (time scale 1): each gives an ErrImagePull about every 30 s. */
  kubeletVms: number;
}

export const MISS_SETTINGS: MissSettings = {
  states: 200,
  vms: 40,
  timeScale: 0.02,
  kubeletVms: 80,
};

export interface MissRow {
  dwellMs: MissDwell;
  /** How long the scored ErrImagePull states really lasted (the simulator's history), ms. */
  trueDwellMs: { p50: number; max: number };
  pollerMs: number;
  /** The poller's real mean period: its interval plus the time each read took, and any stalls. */
  periodMs: number;
  states: number;
  /**
   * Mean of the miss chances from the dwells the observer saw, against the poller's real gaps
   * (the estimate generalised to an irregular schedule: `scheduleMiss`).
   */
  predicted: number;
  /** The estimate at the nominal interval (what the check reports for a regular poller). */
  predictedAtInterval: number;
  /** The same from the simulator's true dwells: how much the observer's timing adds. */
  predictedFromTruth: number;
  /** Fraction of the states the poller never read. */
  measured: number;
  /** measured - predicted, in percentage points. */
  differencePp: number;
  /** Median dwell the observer saw, ms. */
  observedDwellMs: number;
}

export async function missCell(
  dwellMs: MissDwell,
  seed: number,
  settings: MissSettings = MISS_SETTINGS,
): Promise<MissRow[]> {
  const kubelet = dwellMs === 'kubelet';
  const namespace = kubelet ? 'miss-kubelet' : `miss-${dwellMs}ms`;
  const { observer, poller, ...cell } = await startCell({
    sim: kubelet
      ? { timeScale: 1, seed }
      : { timeScale: settings.timeScale, errImagePullDwellMs: dwellMs, seed },
    namespace,
    runId: `miss${seed}`,
    observerPollMs: 100,
    pollersMs: MISS_POLLERS_MS,
  });
  try {
    const names = await cell.createVms(kubelet ? settings.kubeletVms : settings.vms, 1000);
    const histories = () => cell.histories(names);
    const pulls = (all: PersistedVersion[][], until = epochNow()) =>
      all.flatMap((h) => completed(transitions(h), until).filter(isPull)).length;
    await waitFor(
      async () => pulls(await histories()) >= settings.states,
      `${settings.states} ErrImagePull states in ${namespace}`,
      180_000,
      500,
    );
    const countUntil = epochNow();
    // Every strategy goes on looking past the last counted state.
    await sleep(Math.max(...MISS_POLLERS_MS) + 200);
    const [{ results: polled, gaps }, timelines] = await Promise.all([
      poller.call<{
        results: PollResults;
        errors: string[];
        gaps: Record<string, number[]>;
      }>('stop'),
      observer.call<Record<string, TimedTimeline>>('timelines'),
    ]);
    await observer.call('stop');
    const truth = await histories();
    return score(dwellMs, names, namespace, truth, polled, timelines, countUntil, gaps);
  } finally {
    await cell.close();
  }
}

const isPull = (t: Transition) => t.state === 'ErrImagePull';

function score(
  dwellMs: MissDwell,
  names: string[],
  namespace: string,
  truth: PersistedVersion[][],
  polled: PollResults,
  timelines: Record<string, TimedTimeline>,
  countUntil: number,
  gaps: Record<string, number[]>,
): MissRow[] {
  const scored: { dwell: number; trueDwell: number; seenBy: Record<number, boolean> }[] = [];
  names.forEach((name, index) => {
    const entries = timelines[`${namespace}/${name}`]!.timeline.entries.filter(
      (e): e is StateEntry => e.kind === 'state' && e.witness === 'vm',
    );
    for (const pull of completed(transitions(truth[index]!), countUntil).filter(isPull)) {
      const at = entries.findIndex(
        (e) => e.resourceVersion && pull.versions.has(e.resourceVersion),
      );
      if (at < 0) continue; // the observer did not see it (never so far: recall is 1.00)
      const next = entries.slice(at + 1).find((e) => e.state !== pull.state);
      if (!next) continue;
      const seenBy: Record<number, boolean> = {};
      for (const interval of MISS_POLLERS_MS) {
        seenBy[interval] = saw(pull, polled[String(interval)]?.[name] ?? []);
      }
      scored.push({
        dwell: next.atMs - entries[at]!.atMs,
        trueDwell: pull.endsAt! - pull.writtenAt,
        seenBy,
      });
    }
  });
  const dwells = scored.map((s) => s.dwell).sort((a, b) => a - b);
  const trueDwells = scored.map((s) => s.trueDwell).sort((a, b) => a - b);
  return MISS_POLLERS_MS.map((pollerMs) => {
    // A Gomega-style poller waits its interval after each answer, and a loaded machine stretches
    // that further: predict at the schedule it really kept, not at its nominal interval.
    const schedule = gaps[String(pollerMs)] ?? [pollerMs];
    const miss = (dwell: number) => scheduleMiss(dwell, schedule);
    const predicted = mean(scored.map((s) => miss(s.dwell)));
    const measured = mean(scored.map((s) => (s.seenBy[pollerMs] ? 0 : 1)));
    return {
      dwellMs,
      trueDwellMs: {
        p50: round(trueDwells[Math.floor(trueDwells.length / 2)] ?? Number.NaN, 1),
        max: round(trueDwells.at(-1) ?? Number.NaN, 1),
      },
      pollerMs,
      periodMs: round(mean(schedule), 1),
      states: scored.length,
      predicted: round(predicted, 4),
      predictedAtInterval: round(mean(scored.map((s) => missProbability(s.dwell, pollerMs))), 4),
      predictedFromTruth: round(mean(scored.map((s) => miss(s.trueDwell))), 4),
      measured: round(measured, 4),
      differencePp: round((measured - predicted) * 100, 1),
      observedDwellMs: round(dwells[Math.floor(dwells.length / 2)] ?? Number.NaN, 1),
    };
  });
}

/**
 * The miss chance of a state of `dwell` ms against a poller's real gaps: a state starting at a
 * uniformly random moment falls in a gap with probability proportional to the gap's length, and
 * is missed there when it ends before the gap does. For equal gaps P it is `missProbability`.
 */
export function scheduleMiss(dwell: number, gaps: readonly number[]): number {
  const total = gaps.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  return gaps.reduce((sum, gap) => sum + Math.max(0, gap - dwell), 0) / total;
}

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export async function measureMiss(
  dwells = MISS_DWELLS_MS,
  settings = MISS_SETTINGS,
  log: (line: string) => void = console.log,
): Promise<MissRow[]> {
  const rows: MissRow[] = [];
  for (const [i, dwell] of dwells.entries()) {
    const cell = await missCell(dwell, 7000 + i, settings);
    cell.forEach((row) =>
      log(
        `dwell ${row.dwellMs} ms, ${row.pollerMs} ms poller: predicted ${pct(row.predicted)}, measured ${pct(row.measured)} (${row.differencePp} pp) over ${row.states} states`,
      ),
    );
    rows.push(...cell);
  }
  return rows;
}

/** The table for bench/README.md. */
export function renderMiss(rows: MissRow[]): string {
  const lines = [
    '| ErrImagePull dwell (observed median; true p50 / max) | poller (real period) | states | predicted miss | measured miss | difference | predicted at the nominal interval | predicted from true dwells |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.dwellMs === 'kubelet' ? "kubelet's own (time scale 1)" : `${r.dwellMs} ms`} (${r.observedDwellMs} ms; ${r.trueDwellMs.p50} / ${r.trueDwellMs.max} ms) | ${r.pollerMs} ms (${r.periodMs} ms) | ${r.states} | ${pct(r.predicted)} | ${pct(r.measured)} | ${r.differencePp > 0 ? '+' : ''}${r.differencePp} pp | ${pct(r.predictedAtInterval)} | ${pct(r.predictedFromTruth)} |`,
    ),
  ];
  return lines.join('\n');
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

if (import.meta.main) {
  const { values } = parseArgs({
    options: { states: { type: 'string' }, dwells: { type: 'string' }, vms: { type: 'string' } },
  });
  const settings: MissSettings = {
    ...MISS_SETTINGS,
    ...(values.states && { states: Number(values.states) }),
    ...(values.vms && { vms: Number(values.vms) }),
  };
  const dwells: MissDwell[] = values.dwells
    ? values.dwells.split(',').map((d) => (d === 'kubelet' ? d : Number(d)))
    : MISS_DWELLS_MS;
  const rows = await measureMiss(dwells, settings);
  console.log(`\n${renderMiss(rows)}`);
  const worst = Math.max(...rows.map((r) => Math.abs(r.differencePp)));
  console.log(`\nlargest difference: ${worst} pp (target: within ±5 pp)`);
  const file = fileURLToPath(new URL('results/polling-miss.json', import.meta.url));
  await writeFile(file, `${JSON.stringify({ settings, rows }, null, 2)}\n`);
}
