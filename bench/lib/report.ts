// bench/results/latest.json's shape, the targets judged against it, and the tables of
// bench/README.md rendered from it (so the README always shows the figures of the last run).
import type { LoadResult } from '../load.ts';
import type { StartupResult } from '../startup.ts';
import type { VerifyRow } from '../verify.ts';
import type { Recall, Spread } from './figures.ts';

export type ByDwell = Record<string, number>;
export type ByStrategy = Record<string, ByDwell>;

export interface LatencySummary {
  p50?: number;
  p99?: number;
  max?: number;
  samples: number;
}

export interface CellSummary {
  dwellMs: number;
  /** How long ErrImagePull really lasted on the VMs (the simulator's history), ms. */
  producedDwellMs?: Spread;
  faults: string;
  vms: number;
  states: number;
  recall: Record<string, Recall>;
  silentMisses: number;
  recordedMisses: number;
  gaps: number;
  durationMs: number;
}

/** The cell on the simulator's real clock: time scale 1, no dwell injected. */
export interface RealisticResult {
  timeScale: number;
  vms: number;
  /** Persisted VM states counted (ended before the cell stopped). */
  states: number;
  errImagePullStates: number;
  /** Fraction 0..1 of the ErrImagePull states each strategy saw. */
  errImagePullRecall: Record<string, number>;
  /** Fraction 0..1 of the VMs whose whole default path (E, B, E, B) each strategy saw. */
  pathRecall: Record<string, number>;
  /** Fraction 0..1 of all persisted states each strategy saw. */
  recall: Record<string, number>;
  /** How long each ErrImagePull lasted on the VM (the simulator's history), ms. */
  errImagePullDwellMs: Spread;
  silentMisses: number;
  durationS: number;
  loadAverage: { start: number; end: number };
}

export interface BenchResults {
  meta: {
    date: string;
    node: string;
    cpus: number;
    cpuModel: string;
    loadAverage: { start: number; end: number };
    durationS: number;
    timeScale: number;
    vmsPerCell: number;
    /** Parts measured again later by `--only ... --write`, each with when and under what load. */
    remeasured?: {
      parts: string[];
      date: string;
      loadAverage: { start: number; end: number };
      durationS: number;
    }[];
  };
  /** Fraction 0..1 of persisted VM states each strategy saw, per ErrImagePull dwell (ms). */
  recall: ByStrategy;
  /** The same under random transient watch faults. */
  recallWithFaults: ByStrategy;
  /** The same with 410 Expired among the faults (dwell 1 ms only). */
  recallWithExpiry: ByStrategy;
  /** Only the ErrImagePull states (the short ones), without faults. */
  recallErrImagePull: ByStrategy;
  /** Per injected dwell (fault-free cells), how long ErrImagePull really lasted on the VMs. */
  producedDwellMs?: Record<string, Spread>;
  /** On the kubelet's own clock (time scale 1, nothing injected). */
  realistic?: RealisticResult;
  /** Persisted states counted per dwell (each strategy judged on the same ones). */
  states: ByDwell;
  /** Observer misses outside every gap and polling stretch it recorded, all cells: must be 0. */
  silentMisses: number;
  /** Observer misses inside a gap or polling stretch it recorded, all cells. */
  recordedMisses: number;
  latencyMs: LatencySummary;
  /** The same without each VM's first state (written while the observer's process is new). */
  latencyMsAfterFirstState: LatencySummary;
  latencyMsWithFaults: LatencySummary;
  /** The same without each VM's first state, written while the VMs are being created. */
  latencyMsWithFaultsAfterFirstState?: LatencySummary;
  load: Record<string, LoadResult>;
  startupMs: StartupResult;
  verify: VerifyRow[];
  cells: CellSummary[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const fixed = (value: number | undefined, digits = 2) =>
  value === undefined ? 'n/a' : value.toFixed(digits);

export function assessTargets(r: BenchResults): TargetCheck[] {
  const observerRecall = [
    ...Object.values(r.recall.observer ?? {}),
    ...Object.values(r.recallWithFaults.observer ?? {}),
  ];
  const lowest = Math.min(...observerRecall);
  const kinds = Object.entries(r.load).flatMap(([vms, load]) =>
    Object.entries(load.observer.requestsPerSecondByKind).map(([kind, rps]) => ({
      vms,
      kind,
      rps,
    })),
  );
  const busiest = kinds.reduce<{ vms: string; kind: string; rps: number } | undefined>(
    (top, k) => (top === undefined || k.rps > top.rps ? k : top),
    undefined,
  );
  const hundred = r.load['100']?.observer;
  return [
    {
      target: 'observer recall 1.0 at every dwell, with and without faults',
      measured: `lowest ${fixed(lowest, 3)} over ${observerRecall.length} cells`,
      met: observerRecall.length > 0 && lowest === 1,
    },
    {
      target: '0 silent misses',
      measured: `${r.silentMisses} silent, ${r.recordedMisses} recorded as gaps`,
      met: r.silentMisses === 0,
    },
    {
      target: 'p99 latency < 10 ms (write -> timeline entry)',
      measured: `${fixed(r.latencyMs.p99, 1)} ms`,
      met: r.latencyMs.p99 !== undefined && r.latencyMs.p99 < 10,
    },
    {
      target: 'p99 latency under watch faults < 50 ms',
      measured: `${fixed(r.latencyMsWithFaults.p99, 1)} ms`,
      met: r.latencyMsWithFaults.p99 !== undefined && r.latencyMsWithFaults.p99 < 50,
    },
    {
      target: '<= 0.1 requests/s per kind while waiting',
      measured: busiest
        ? `busiest: ${fixed(busiest.rps, 3)}/s (${busiest.kind}, ${busiest.vms} VMs)`
        : '0/s for every kind',
      met: (busiest?.rps ?? 0) <= 0.1,
    },
    {
      target: '100 VMs on <= 4 watch connections',
      measured: hundred ? `${hundred.connections}` : 'n/a',
      met: hundred !== undefined && hundred.connections <= 4,
    },
    {
      target: 'observer RSS < 120 MB at 100 VMs (bundled, as the action runs it)',
      measured: hundred
        ? `${fixed(hundred.rssMb, 0)} MB (${fixed(hundred.rssMb - hundred.rssLoadedMb, 0)} MB of it observing)`
        : 'n/a',
      met: hundred !== undefined && hundred.rssMb < 120,
    },
    {
      target: "bundle start-up <= 2.5 x a bare `node -e 'fetch(...)'` (to the first request)",
      measured: `${fixed(r.startupMs.bundle, 0)} ms, ${fixed(r.startupMs.bundle / r.startupMs.bareRequest, 2)} x`,
      met: r.startupMs.bundle <= 2.5 * r.startupMs.bareRequest,
    },
    {
      target: 'dist/ <= 12 MB',
      measured: r.startupMs.distMb === undefined ? 'n/a' : `${fixed(r.startupMs.distMb, 1)} MB`,
      met: r.startupMs.distMb !== undefined && r.startupMs.distMb <= 12,
    },
  ];
}

/** The start-up table; with a `before` revision, its dist/ and bin/ measured in the same loop. */
function startupSection(s: StartupResult): string[] {
  const b = s.before;
  const ms = (value: number | undefined) =>
    value === undefined ? 'n/a' : `${fixed(value, 0)} (${fixed(value / s.bareRequest, 1)} x fetch)`;
  const mb = (value: number | undefined) => (value === undefined ? 'n/a' : fixed(value, 0));
  // CPU against the bare fetch's CPU: the ratio that moves least with the machine's load.
  const cpu = (value: number | undefined) =>
    value === undefined || s.bareRequestCpuMs === undefined
      ? mb(value)
      : `${fixed(value, 0)} (${fixed(value / s.bareRequestCpuMs, 1)} x fetch)`;
  const rows = [
    ['node dist/index.js, ms', ...(b ? [ms(b.bundle)] : []), ms(s.bundle)],
    ['its RSS at the first request, MB', ...(b ? [mb(b.bundleRssMb)] : []), mb(s.bundleRssMb)],
    ['its CPU to the first request, ms', ...(b ? [cpu(b.bundleCpuMs)] : []), cpu(s.bundleCpuMs)],
    ...(s.cli !== undefined
      ? [
          ['kubevirt-transition-check run, ms', ...(b ? [ms(b.cli)] : []), ms(s.cli)],
          ['its RSS at the first request, MB', ...(b ? [mb(b.cliRssMb)] : []), mb(s.cliRssMb)],
        ]
      : []),
    ['dist/, MB', ...(b ? [fixed(b.distMb, 1)] : []), fixed(s.distMb, 1)],
  ];
  return [
    table(
      ['', ...(b ? [`before (${b.revision})`] : []), b ? 'after (this tree)' : 'measured'],
      rows,
    ),
    '',
    `Bare processes in the same loop: \`node -e ''\` ${fixed(s.bareNode, 0)} ms (start to exit), \`node -e 'fetch(...)'\` ${fixed(s.bareRequest, 0)} ms (start to its request${s.bareRequestCpuMs === undefined ? '' : `, CPU ${fixed(s.bareRequestCpuMs, 0)} ms`}). ` +
      `${s.runs} runs each, alternating${b ? ', before and after side by side' : ''}.`,
  ];
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function recallTable(
  byStrategy: ByStrategy,
  dwells: string[],
  produced?: Record<string, Spread>,
): string {
  const rows = Object.entries(byStrategy).map(([strategy, byDwell]) => [
    strategy,
    ...dwells.map((d) => fixed(byDwell[d])),
  ]);
  if (produced)
    rows.push([
      '_ErrImagePull on the VM lasted (p50 / max ms)_',
      ...dwells.map((d) => `${fixed(produced[d]?.p50, 1)} / ${fixed(produced[d]?.max, 1)}`),
    ]);
  return table(['strategy', ...dwells.map((d) => `${d} ms`)], rows);
}

function realisticSection(x: RealisticResult): string[] {
  const strategies = Object.keys(x.errImagePullRecall);
  return [
    "### On the kubelet's own clock: time scale 1, no dwell injected",
    '',
    `${x.vms} VMs in parallel on one simulator at time scale 1 with its defaults (KubeVirt v1.8, the \`guest-console-log\` sidecar on), each until its 3rd ErrImagePull, so both cycles of the default path had ended: ${x.states} states counted, ${x.errImagePullStates} of them ErrImagePull. Load average ${fixed(x.loadAverage.start)} to ${fixed(x.loadAverage.end)}; ${x.durationS} s.`,
    '',
    table(
      ['strategy', 'ErrImagePull seen', 'whole default path seen (VMs)', 'all states seen'],
      strategies.map((s) => [
        s,
        fixed(x.errImagePullRecall[s]),
        fixed(x.pathRecall[s]),
        fixed(x.recall[s]),
      ]),
    ),
    '',
    `ErrImagePull lasted on the VM (the simulator's history): p50 ${fixed(x.errImagePullDwellMs.p50, 0)} ms, p90 ${fixed(x.errImagePullDwellMs.p90, 0)} ms, max ${fixed(x.errImagePullDwellMs.max, 0)} ms over ${x.errImagePullDwellMs.samples} states; observer silent misses ${x.silentMisses}.`,
  ];
}

const latencyRow = (label: string, l: LatencySummary) => [
  label,
  fixed(l.p50, 1),
  fixed(l.p99, 1),
  fixed(l.max, 1),
  String(l.samples),
];

/** The generated part of bench/README.md. */
export function renderResults(r: BenchResults): string {
  const dwells = Object.keys(r.states);
  const m = r.meta;
  const expiry = r.cells.find((c) => c.faults === 'expiry');
  const hundred = r.load['100']?.observer;
  const s = r.startupMs;
  const decide = r.verify.filter(
    (row) => row.entries === Math.max(...r.verify.map((v) => v.entries)),
  );
  return [
    `Measured ${m.date} on ${m.cpus} × ${m.cpuModel}, Node ${m.node}; the run took ${m.durationS} s. ` +
      `Load average ${fixed(m.loadAverage.start)} at the start and ${fixed(m.loadAverage.end)} at the end ` +
      `(other work shared the machine; timings move with it, recall and request counts do not).` +
      (m.remeasured ?? [])
        .map(
          (again) =>
            ` Measured again ${again.date}: ${again.parts.join(', ')} (${again.durationS} s, load average ${fixed(again.loadAverage.start)} to ${fixed(again.loadAverage.end)}).`,
        )
        .join(''),
    '',
    '### Targets',
    '',
    table(
      ['target', 'measured', 'met'],
      assessTargets(r).map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**']),
    ),
    '',
    `### Recall: fraction of persisted VM states seen, by ErrImagePull dwell`,
    '',
    `Without faults (${dwells.map((d) => r.states[d]).join(' / ')} states counted per dwell, ${m.vmsPerCell} VMs each, time scale ${m.timeScale}; the last row is the ErrImagePull dwell the cell really produced on the VMs, from the simulator's history):`,
    '',
    recallTable(r.recall, dwells, r.producedDwellMs),
    '',
    'Under random transient watch faults:',
    '',
    recallTable(r.recallWithFaults, dwells),
    '',
    'ErrImagePull states only, without faults:',
    '',
    recallTable(r.recallErrImagePull, dwells, r.producedDwellMs),
    '',
    `Observer: **${r.silentMisses} silent misses**; ${r.recordedMisses} misses inside gaps or polling stretches it recorded (all cells).` +
      (expiry
        ? ` With 410 Expired among the faults (dwell ${expiry.dwellMs} ms): recall ${fixed(expiry.recall.observer?.fraction)}, ${expiry.gaps} gap entries, ${expiry.recordedMisses} recorded and ${expiry.silentMisses} silent misses.`
        : ''),
    '',
    ...(r.realistic ? [...realisticSection(r.realistic), ''] : []),
    '### Latency: simulator writes a VM state -> the observer has the timeline entry (ms)',
    '',
    table(
      ['', 'p50', 'p99', 'max', 'samples'],
      [
        latencyRow('without faults', r.latencyMs),
        latencyRow('without faults, first state of each VM left out', r.latencyMsAfterFirstState),
        latencyRow('with faults (includes outages)', r.latencyMsWithFaults),
        ...(r.latencyMsWithFaultsAfterFirstState
          ? [
              latencyRow(
                'with faults, first state of each VM left out',
                r.latencyMsWithFaultsAfterFirstState,
              ),
            ]
          : []),
      ],
    ),
    '',
    '### Load while waiting (simulator at real speed)',
    '',
    table(
      ['VMs', 'observer req/s', 'watch connections', '100 ms polling req/s', 'polling asks for'],
      Object.entries(r.load).map(([vms, load]) => [
        vms,
        fixed(load.observer.requestsPerSecond, 3),
        String(load.observer.connections),
        fixed(load['poll-100ms'].requestsPerSecond, 1),
        fixed(load['poll-100ms'].intendedPerSecond, 0),
      ]),
    ),
    '',
    hundred
      ? `Observer process at 100 VMs: peak RSS ${fixed(hundred.rssMb, 0)} MB (${fixed(hundred.rssLoadedMb, 0)} MB right after loading its modules, before observing), ` +
        `CPU ${fixed(hundred.cpuMs, 0)} ms in a ${fixed(hundred.windowMs / 1000, 0)} s window (${fixed(hundred.cpuPercent, 1)} % of one core).`
      : '',
    '',
    '### Start-up: process start -> first API request (median ms)',
    '',
    ...startupSection(s),
    '',
    '### Verifier: cost per decision on a 2000-entry timeline',
    '',
    table(
      ['expected path', 'witness', 'verify ms', 'decide ms/call'],
      decide.map((row) => [
        `\`${row.expectedPath}\``,
        row.witness,
        fixed(row.verifyMs, 1),
        fixed(row.decideMsPerCall, 2),
      ]),
    ),
  ].join('\n');
}

export const RESULTS_START = '<!-- bench:results:start (generated by npm run bench) -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/** Puts the generated section between the markers of the README. */
export function replaceResults(readme: string, section: string): string {
  const start = readme.indexOf(RESULTS_START);
  const end = readme.indexOf(RESULTS_END);
  if (start < 0 || end < start) {
    throw new Error(`bench/README.md lacks the markers ${RESULTS_START} ... ${RESULTS_END}`);
  }
  return `${readme.slice(0, start + RESULTS_START.length)}\n\n${section}\n\n${readme.slice(end)}`;
}
