// The cluster behind `kubevirt-transition-check demo` and `npm run demo`: the simulator with the
// kubelet's real timings on a time scale, set up for one of a few scenarios.
import type { FlagSpecs } from './flags.ts';
import type { RunTuning } from './run.ts';
import { boolean, FlagError, parseFault } from './sim/args.ts';
import { startSimulator, type Simulator, type SimulatorOptions } from './sim/index.ts';
import { formatDuration, parseDuration } from './util/duration.ts';
import { DEFAULT_SETTLE_MS, DEFAULT_UNSCHEDULABLE_GRACE_MS } from './verify/index.ts';

export const SCENARIOS = {
  /** The image cannot be pulled: the VM cycles through ErrImagePull and ImagePullBackOff. */
  'missing-image': {},
  /** The image exists: the VM starts Running (the check fails: the image was pulled). */
  running: { image: 'quay.io/containerdisks/fedora:latest' },
  /** No KVM and no emulation: the launcher pod is Unschedulable, no image is ever pulled. */
  unschedulable: { options: { nodes: { kvm: false }, kubevirt: { useEmulation: false } } },
  /** KubeVirt 1.9 with its ImageVolume gate on: pull errors never show as ErrImagePull. */
  'image-volume': { options: { kubevirt: { version: 'v1.9.0' } } },
} satisfies Record<string, { image?: string; options?: SimulatorOptions }>;

export type Scenario = keyof typeof SCENARIOS;

/**
 * 0.1: the default path (about 2 s to the first pull, then 20-37 s of node time with the
 * `guest-console-log` sidecar, docs/kubelet-timing.md) completes in 2-4 s, and each ErrImagePull
 * lasts 2-105 ms. With `--serial-console-log=false` (10-16 s per ErrImagePull, 50-80 s to the
 * end) it takes 5-8 s.
 */
export const DEMO_TIME_SCALE = 0.1;

/** The flags of `kubevirt-transition-check demo` and `npm run demo`, besides the inputs. */
export const DEMO_FLAGS = {
  scenario: {
    description: `The simulated cluster: ${Object.keys(SCENARIOS).join(', ')}.`,
    value: 'NAME',
    default: 'missing-image',
  },
  dwell: {
    description:
      "How long each ErrImagePull lasts on the pod and the VM, real time (e.g. 1ms); default: the kubelet's own timing.",
    value: 'DURATION',
  },
  'serial-console-log': {
    description:
      'false: the KubeVirt CR disables the serial console log, launcher pods get no guest-console-log sidecar and ErrImagePull lasts one or two kubelet requeues (10-32 s of node time) instead of about a second.',
    value: 'BOOL',
    default: 'true',
  },
  faults: {
    description:
      "API faults, ';'-separated: `npm run sim` fault specs (respond=429,resource=pods,watch=true,times=2), watch-end-rate=P, forbid-watch=RESOURCE.",
    value: 'LIST',
  },
  'time-scale': {
    description: "Multiplies the kubelet's timings (0.1: a 10 s back-off takes 1 s).",
    value: 'X',
    default: String(DEMO_TIME_SCALE),
  },
  seed: { description: 'Seed of every random choice of the simulator.', value: 'N', default: '1' },
} as const;

export type DemoFlag = keyof typeof DEMO_FLAGS;

/** A demo cluster as the flags ask for it, checked before anything starts. */
export interface DemoSettings {
  scenario: Scenario;
  /** The scenario's image, for a user who gave none. */
  image?: string;
  /** The action's default timeout on the demo's clock, for a user who gave none (`30000ms`). */
  timeout?: string;
  options: SimulatorOptions;
  timeScale: number;
  faults: FaultAction[];
  /** How the cluster is described in the log. */
  description: string;
}

type FaultAction = (sim: Simulator) => void;

export interface DemoCluster {
  sim: Simulator;
  kubeconfigPath: string;
  timeScale: number;
  stop(): Promise<void>;
}

/**
 * The demo's `timeout` when none is given: 5 minutes of node time, the least the input's
 * description advises for a real node (the default path ends 20-37 s after the first pull, 50-80 s
 * without the guest-console-log sidecar: docs/kubelet-timing.md), on the demo's clock: 30 s at time scale 0.1. A path that cannot complete ends there, not
 * after the action's 10 real minutes.
 */
export const DEMO_TIMEOUT_NODE_MS = 5 * 60_000;

export function demoTimeout(timeScale: number): string {
  return `${Math.max(1, Math.round(DEMO_TIMEOUT_NODE_MS * timeScale))}ms`;
}

/**
 * The inputs as the demo's flags: `--timeout`'s default is the one the demo uses (demoTimeout),
 * not the action's `10m`, so `--help` says what a run without the flag does.
 */
export function demoInputFlags(flags: FlagSpecs): FlagSpecs {
  if (!flags.timeout) return flags;
  const onClock = formatDuration(parseDuration(demoTimeout(DEMO_TIME_SCALE))!);
  const timeout = {
    ...flags.timeout,
    default: `5m of node time on the demo's clock, ${onClock} at --time-scale ${DEMO_TIME_SCALE}`,
  };
  return { ...flags, timeout };
}

/** Reads the demo flags (scenario, dwell, faults, time-scale, seed); a bad one throws FlagError. */
export function demoSettings(flags: Partial<Record<DemoFlag | 'timeout', string>>): DemoSettings {
  const scenarioName = flags.scenario ?? 'missing-image';
  if (!(scenarioName in SCENARIOS)) {
    throw new FlagError(
      `--scenario '${scenarioName}' is not one of ${Object.keys(SCENARIOS).join(', ')}`,
    );
  }
  const scenario: { image?: string; options?: SimulatorOptions } =
    SCENARIOS[scenarioName as Scenario];
  const timeScale = number('time-scale', flags['time-scale']) ?? DEMO_TIME_SCALE;
  const serialConsoleLog = boolean('serial-console-log', flags['serial-console-log'], true);
  const dwell = flags.dwell === undefined ? undefined : parseDuration(flags.dwell);
  if (flags.dwell !== undefined && dwell === undefined) {
    throw new FlagError(`--dwell '${flags.dwell}' is not a duration such as 1ms or 500ms`);
  }
  const timeout = flags.timeout === undefined ? demoTimeout(timeScale) : undefined;
  return {
    scenario: scenarioName as Scenario,
    ...(scenario.image && { image: scenario.image }),
    ...(timeout && { timeout }),
    options: {
      ...scenario.options,
      ...(!serialConsoleLog && {
        kubevirt: { ...scenario.options?.kubevirt, disableSerialConsoleLog: true },
      }),
      timeScale,
      errImagePullDwellMs: dwell,
      seed: number('seed', flags.seed) ?? 1,
    },
    timeScale,
    faults: parseFaults(flags.faults),
    description:
      `scenario ${scenarioName}, time scale ${timeScale}` +
      `${serialConsoleLog ? '' : ', serial console log off (no guest-console-log sidecar)'}` +
      `${dwell === undefined ? '' : `, ErrImagePull dwell ${flags.dwell}`}${flags.faults ? `, faults ${flags.faults}` : ''}` +
      `${timeout ? `, timeout ${formatDuration(parseDuration(timeout)!)} (5m of node time on this clock)` : ''}`,
  };
}

/** Starts the simulator of checked demo settings. */
export async function startDemoCluster(
  settings: DemoSettings,
  log: (line: string) => void,
): Promise<DemoCluster> {
  const sim = await startSimulator(settings.options);
  for (const apply of settings.faults) apply(sim);
  log(`Simulated KubeVirt cluster at ${sim.url} (${settings.description})`);
  return {
    sim,
    kubeconfigPath: sim.kubeconfigPath,
    timeScale: settings.timeScale,
    stop: () => sim.close(),
  };
}

/**
 * `--faults` is a `;`-separated list: `npm run sim` fault specs
 * (`respond=429,resource=virtualmachines,watch=true,times=2`), `watch-end-rate=P` and
 * `forbid-watch=RESOURCE`.
 */
export function parseFaults(faults: string | undefined): FaultAction[] {
  return (faults ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((item): FaultAction => {
      const [key, value = ''] = item.split('=', 2);
      if (key === 'watch-end-rate') {
        const rate = number('faults watch-end-rate', value) ?? 0;
        return (sim) => sim.faults.endWatchesRandomly({ rate });
      }
      if (key === 'forbid-watch') return (sim) => sim.faults.forbidWatch(value);
      const fault = parseFault(item);
      return (sim) => sim.faults.inject(fault);
    });
}

function number(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) {
    throw new FlagError(`--${flag} '${value}' is not a non-negative number`);
  }
  return parsed;
}

/**
 * The verifier's waits on the demo's clock. The grace of ErrorUnschedulable waits for the
 * scheduler's retries, model time: it shrinks with the kubelet's. The settle time does not: it
 * is how long the check gives virt-controller to mirror a state the kubelet's Event already
 * showed, and `npm run demo` (the action, which knows no time scale) waits the whole 2 s too, so
 * both demos pass on the same evidence (scaled to 100 ms, the CLI demo decided on Event counts
 * a moment before the VM showed the state).
 */
export function demoTuning(timeScale: number): RunTuning {
  return {
    settleMs: DEFAULT_SETTLE_MS,
    unschedulableGraceMs: Math.max(100, DEFAULT_UNSCHEDULABLE_GRACE_MS * timeScale),
  };
}
