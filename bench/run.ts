// `npm run bench`: every benchmark in one run, side by side, then bench/results/latest.json and
// the generated tables of bench/README.md. `npm run bench -- --only recall,load` runs a part and
// writes bench/results/partial.tmp.json instead (the README is left alone); with `--write` it
// puts the parts it measured into latest.json (the others stay as they were, and the README
// says which parts were measured when) and regenerates the README from it.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { measureLoad, type LoadResult } from './load.ts';
import { epochNow, percentile, ratio, round, type Recall, type Spread } from './lib/figures.ts';
import {
  renderResults,
  replaceResults,
  type BenchResults,
  type ByStrategy,
  type CellSummary,
  type LatencySummary,
  type RealisticResult,
} from './lib/report.ts';
import {
  DWELLS_MS,
  REALISTIC_SETTINGS,
  RECALL_SETTINGS,
  recallCell,
  STRATEGIES,
  type CellResult,
  type FaultProfile,
} from './recall.ts';
import { measureStartup, type StartupResult } from './startup.ts';
import { measureVerify, type VerifyRow } from './verify.ts';

const PARTS = ['startup', 'recall', 'realistic', 'load', 'verify'] as const;
type Part = (typeof PARTS)[number];

const results = (name: string) => fileURLToPath(new URL(`results/${name}`, import.meta.url));
const README = fileURLToPath(new URL('README.md', import.meta.url));

const started = epochNow();
const log = (line: string) =>
  console.log(`[${((epochNow() - started) / 1000).toFixed(0).padStart(3)}s] ${line}`);

function latency(values: number[]): LatencySummary {
  const at = (p: number) => {
    const v = percentile(values, p);
    return v === undefined ? {} : { [p === 100 ? 'max' : `p${p}`]: round(v, 2) };
  };
  return { ...at(50), ...at(99), ...at(100), samples: values.length };
}

function fractions(cells: CellResult[], pick: (r: Recall) => Recall = (r) => r): ByStrategy {
  const out: ByStrategy = {};
  for (const strategy of STRATEGIES) {
    out[strategy] = {};
    for (const cell of cells)
      out[strategy][String(cell.dwellMs)] = round(pick(cell.recall[strategy]).fraction, 4);
  }
  return out;
}

/** Per injected dwell, the VM-level ErrImagePull dwell the cell really produced. */
function producedDwells(cells: CellResult[]): Record<string, Spread> {
  return Object.fromEntries(cells.map((cell) => [String(cell.dwellMs), cell.producedDwellMs]));
}

/** The ErrImagePull states alone: the short ones, which polling misses. */
const errImagePull = (r: Recall): Recall => {
  const tally = r.byState.ErrImagePull ?? { total: 0, seen: 0 };
  return { ...tally, fraction: ratio(tally.seen, tally.total), byState: { ErrImagePull: tally } };
};

async function runRecall(): Promise<CellResult[]> {
  const cells: CellResult[] = [];
  const plan: [number, FaultProfile][] = [
    ...DWELLS_MS.flatMap((dwell): [number, FaultProfile][] => [
      [dwell, 'none'],
      [dwell, 'transient'],
    ]),
    [DWELLS_MS[0]!, 'expiry'],
  ];
  for (const [index, [dwell, faults]] of plan.entries()) {
    const cell = await recallCell(dwell, faults, index + 1);
    cells.push(cell);
    const line = STRATEGIES.map((s) => `${s} ${cell.recall[s].fraction.toFixed(2)}`).join(', ');
    log(
      `recall dwell ${dwell} ms, faults ${faults}: ${cell.states} states; ${line}; silent ${cell.silentMisses}, recorded ${cell.recordedMisses}; ErrImagePull on the VM lasted p50 ${cell.producedDwellMs.p50} ms, max ${cell.producedDwellMs.max} ms (${(cell.durationMs / 1000).toFixed(1)} s)`,
    );
    for (const line of slowest(cell, 3)) log(`  ${line}`);
    const notes = [...cell.pollErrors, ...cell.observerWarnings];
    for (const note of notes.slice(0, 3)) {
      log(`  note: ${note.length > 160 ? `${note.slice(0, 160)}…` : note}`);
    }
    if (notes.length > 3) log(`  (${notes.length - 3} more notes)`);
  }
  return cells;
}

/**
 * The `count` slowest latency samples of a cell, each with the observer's last line about VMs
 * before the entry arrived: which fault (or none) kept it waiting.
 */
function slowest(cell: CellResult, count: number): string[] {
  return cell.latencies
    .toSorted((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((sample) => {
      const seenAt = sample.writtenAt + sample.ms;
      const before = cell.observerLines.findLast(
        (l) => l.at <= seenAt && l.line.startsWith('virtualmachines:'),
      );
      const preceded = before
        ? `${(before.at - sample.writtenAt).toFixed(0)} ms after the write: ${before.line.slice(0, 120)}`
        : 'no line about VMs before it';
      return `slow: ${sample.ms.toFixed(1)} ms ${sample.vm} ${sample.state}${sample.first ? ' (first state)' : ''}; ${preceded}`;
    });
}

/** The cell on the kubelet's own clock (time scale 1, nothing injected). */
async function runRealistic(): Promise<RealisticResult> {
  const loadStart = loadavg()[0]!;
  const cell = await recallCell(undefined, 'none', 101, REALISTIC_SETTINGS);
  const pick = (r: Recall) => round(errImagePull(r).fraction, 4);
  const result: RealisticResult = {
    timeScale: REALISTIC_SETTINGS.timeScale,
    vms: cell.vms,
    states: cell.states,
    errImagePullStates: cell.recall.observer.byState.ErrImagePull?.total ?? 0,
    errImagePullRecall: Object.fromEntries(STRATEGIES.map((s) => [s, pick(cell.recall[s])])),
    pathRecall: Object.fromEntries(STRATEGIES.map((s) => [s, round(cell.pathRecall[s], 4)])),
    recall: Object.fromEntries(STRATEGIES.map((s) => [s, round(cell.recall[s].fraction, 4)])),
    errImagePullDwellMs: cell.producedDwellMs,
    silentMisses: cell.silentMisses,
    durationS: round(cell.durationMs / 1000, 0),
    loadAverage: { start: round(loadStart), end: round(loadavg()[0]!) },
  };
  const line = STRATEGIES.map(
    (s) =>
      `${s} ${result.errImagePullRecall[s]?.toFixed(2)} (path ${result.pathRecall[s]?.toFixed(2)})`,
  ).join(', ');
  log(
    `realistic (time scale 1, ${cell.vms} VMs): ErrImagePull recall ${line}; ErrImagePull lasted p50 ${cell.producedDwellMs.p50} ms, p90 ${cell.producedDwellMs.p90} ms, max ${cell.producedDwellMs.max} ms over ${cell.producedDwellMs.samples} (${result.durationS} s)`,
  );
  return result;
}

function summarizeCell(cell: CellResult): CellSummary {
  return {
    dwellMs: cell.dwellMs ?? 0,
    producedDwellMs: cell.producedDwellMs,
    faults: cell.faults,
    vms: cell.vms,
    states: cell.states,
    recall: cell.recall,
    silentMisses: cell.silentMisses,
    recordedMisses: cell.recordedMisses,
    gaps: cell.gaps,
    durationMs: round(cell.durationMs, 0),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      write: { type: 'boolean', default: false },
      // A git revision whose committed dist/ and bin/ the startup part measures beside this tree's.
      before: { type: 'string' },
    },
  });
  const only = values.only?.split(',') ?? [...PARTS];
  const unknown = only.filter((part) => !PARTS.includes(part as Part));
  if (unknown.length) throw new Error(`--only ${unknown.join(',')}: parts are ${PARTS.join(', ')}`);
  const loadStart = loadavg()[0]!;
  log(`bench: ${only.join(', ')} on ${cpus().length} cores, load average ${loadStart.toFixed(2)}`);

  let startup: StartupResult | undefined;
  if (only.includes('startup')) {
    // First, while nothing of ours runs yet.
    startup = await measureStartup(7, undefined, values.before);
    const b = startup.before;
    log(
      `startup: bundle ${startup.bundle} ms (${(startup.bundle / startup.bareRequest).toFixed(2)} x fetch, CPU ${startup.bundleCpuMs} ms, RSS ${startup.bundleRssMb} MB), node -e '' ${startup.bareNode} ms, node -e fetch ${startup.bareRequest} ms (CPU ${startup.bareRequestCpuMs} ms)` +
        (startup.cli === undefined
          ? ''
          : `, CLI run ${startup.cli} ms (RSS ${startup.cliRssMb} MB)`) +
        `, dist/ ${startup.distMb} MB` +
        (b
          ? `; before (${b.revision}): bundle ${b.bundle} ms (CPU ${b.bundleCpuMs} ms, RSS ${b.bundleRssMb} MB), CLI run ${b.cli} ms, dist/ ${b.distMb} MB`
          : ''),
    );
  }
  const cells = only.includes('recall') ? await runRecall() : [];
  const realistic = only.includes('realistic') ? await runRealistic() : undefined;
  let load: Record<string, LoadResult> = {};
  if (only.includes('load')) {
    load = await measureLoad(1);
    for (const [vms, r] of Object.entries(load)) {
      log(
        `load ${vms} VMs: observer ${r.observer.requestsPerSecond.toFixed(3)} req/s on ${r.observer.connections} watches, RSS ${r.observer.rssMb.toFixed(0)} MB; 100 ms polling ${r['poll-100ms'].requestsPerSecond.toFixed(1)} req/s`,
      );
    }
  }
  let verify: VerifyRow[] = [];
  if (only.includes('verify')) {
    verify = measureVerify().map((row) => ({
      ...row,
      verifyMs: round(row.verifyMs, 2),
      decideMsPerCall: round(row.decideMsPerCall, 3),
    }));
    log(`verify: ${verify.length} rows`);
  }

  const plain = cells.filter((c) => c.faults === 'none');
  const faulty = cells.filter((c) => c.faults === 'transient');
  const output: BenchResults = {
    meta: {
      date: new Date().toISOString().slice(0, 10),
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
      loadAverage: { start: round(loadStart), end: round(loadavg()[0]!) },
      durationS: round((epochNow() - started) / 1000, 0),
      timeScale: RECALL_SETTINGS.timeScale,
      vmsPerCell: RECALL_SETTINGS.vmsPerCell,
    },
    recall: fractions(plain),
    recallWithFaults: fractions(faulty),
    recallWithExpiry: fractions(cells.filter((c) => c.faults === 'expiry')),
    recallErrImagePull: fractions(plain, errImagePull),
    producedDwellMs: producedDwells(plain),
    ...(realistic && { realistic }),
    states: Object.fromEntries(plain.map((c) => [String(c.dwellMs), c.states])),
    silentMisses: cells.reduce((sum, c) => sum + c.silentMisses, 0),
    recordedMisses: cells.reduce((sum, c) => sum + c.recordedMisses, 0),
    latencyMs: latency(plain.flatMap((c) => c.latencies.map((l) => l.ms))),
    latencyMsAfterFirstState: latency(
      plain.flatMap((c) => c.latencies.filter((l) => !l.first).map((l) => l.ms)),
    ),
    latencyMsWithFaults: latency(faulty.flatMap((c) => c.latencies.map((l) => l.ms))),
    latencyMsWithFaultsAfterFirstState: latency(
      faulty.flatMap((c) => c.latencies.filter((l) => !l.first).map((l) => l.ms)),
    ),
    load,
    startupMs: startup ?? ({} as StartupResult),
    verify,
    cells: cells.map(summarizeCell),
  };

  if (only.length < PARTS.length && !values.write) {
    await writeFile(results('partial.tmp.json'), `${JSON.stringify(output, null, 2)}\n`);
    log(
      'wrote bench/results/partial.tmp.json (a partial run leaves latest.json and the README alone; --write puts it there)',
    );
    return;
  }
  const written =
    only.length < PARTS.length
      ? mergeParts(
          JSON.parse(await readFile(results('latest.json'), 'utf8')) as BenchResults,
          output,
          only as Part[],
        )
      : output;
  await writeFile(results('latest.json'), `${JSON.stringify(written, null, 2)}\n`);
  const readme = replaceResults(await readFile(README, 'utf8'), renderResults(written));
  const options = (await resolveConfig(README)) ?? {};
  await writeFile(README, await format(readme, { ...options, filepath: README }));
  log(
    `wrote bench/results/latest.json and the tables of bench/README.md (${output.meta.durationS} s)`,
  );
}

/** The figures of `earlier` with the parts `measured` replaced by `fresh`'s, and a note of when. */
function mergeParts(earlier: BenchResults, fresh: BenchResults, measured: Part[]): BenchResults {
  const merged: BenchResults = { ...earlier, meta: { ...earlier.meta } };
  const take = <K extends keyof BenchResults>(...keys: K[]) => {
    for (const key of keys) merged[key] = fresh[key];
  };
  if (measured.includes('startup')) take('startupMs');
  if (measured.includes('load')) take('load');
  if (measured.includes('verify')) take('verify');
  if (measured.includes('realistic')) take('realistic');
  if (measured.includes('recall')) {
    take(
      'recall',
      'recallWithFaults',
      'recallWithExpiry',
      'recallErrImagePull',
      'producedDwellMs',
      'states',
      'silentMisses',
      'recordedMisses',
      'latencyMs',
      'latencyMsAfterFirstState',
      'latencyMsWithFaults',
      'latencyMsWithFaultsAfterFirstState',
      'cells',
    );
    merged.meta.timeScale = fresh.meta.timeScale;
    merged.meta.vmsPerCell = fresh.meta.vmsPerCell;
  }
  merged.meta.remeasured = [
    ...(earlier.meta.remeasured ?? []).filter(
      (r) => !r.parts.every((p) => (measured as string[]).includes(p)),
    ),
    {
      parts: measured,
      date: fresh.meta.date,
      loadAverage: fresh.meta.loadAverage,
      durationS: fresh.meta.durationS,
    },
  ];
  return merged;
}

await main();
