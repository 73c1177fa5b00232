// The observer alone in its own process (`fork`ed by the bench runner): what it costs in memory
// and CPU is this process's, and its timelines come back with the epoch time of each VM's start,
// so entries can be compared with the simulator's write times.
// Through the same module as the product (bench/load.ts runs this file bundled, as the action is).
import { KubeConfig } from '../../src/util/client-node.ts';
import { startObserver, type Observer, type ObserverStats } from '../../src/observe/index.ts';
import type { Timeline } from '../../src/observe/types.ts';
import { epochNow } from './figures.ts';
import { serve } from './ipc.ts';

export interface ObserverStart {
  kubeconfigPath: string;
  namespace: string;
  labelSelector: string;
  pollIntervalMs: number;
}

/** A VM's timeline and the epoch ms its `atMs` counts from. */
export interface TimedTimeline {
  origin: number;
  timeline: Timeline;
}

export interface Usage {
  /** Peak resident set size since the last `resetUsage`, sampled every 50 ms, MB. */
  rssPeakMb: number;
  /** User + system CPU since the last `resetUsage`, ms. */
  cpuMs: number;
  /** Wall time since the last `resetUsage`, ms. */
  wallMs: number;
  /** User + system CPU since the process started (module loading included), ms. */
  cpuTotalMs: number;
}

let observer: Observer | undefined;
let lastNow = 0;
const origins = new Map<string, number>();
const warnings: string[] = [];
/** Every progress and warning line with its epoch ms, to tell what preceded a slow entry. */
const lines: { at: number; line: string }[] = [];

let rssPeak = 0;
let cpuBase = process.cpuUsage();
let wallBase = epochNow();
const sampleRss = () => {
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
};
setInterval(sampleRss, 50).unref();

function usage(): Usage {
  sampleRss();
  const cpu = process.cpuUsage(cpuBase);
  const total = process.cpuUsage();
  return {
    rssPeakMb: rssPeak / 2 ** 20,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: epochNow() - wallBase,
    cpuTotalMs: (total.user + total.system) / 1000,
  };
}

function mustHave(): Observer {
  if (!observer) throw new Error('start the observer first');
  return observer;
}

serve({
  start: async (start: ObserverStart) => {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(start.kubeconfigPath);
    observer = await startObserver({
      kubeConfig,
      namespace: start.namespace,
      labelSelector: start.labelSelector,
      pollIntervalMs: start.pollIntervalMs,
      log: (line) => lines.push({ at: epochNow(), line }),
      warn: (line) => {
        warnings.push(line);
        lines.push({ at: epochNow(), line });
      },
      // Epoch time, so atMs + origin compares with the simulator's writtenAt.
      now: () => (lastNow = epochNow()),
    });
  },
  track: (vms: string[]) => {
    for (const vm of vms) {
      mustHave().track(vm);
      origins.set(vm, lastNow);
    }
  },
  timelines: (): Record<string, TimedTimeline> => {
    const current = mustHave();
    return Object.fromEntries(
      [...origins].map(([vm, origin]) => [vm, { origin, timeline: current.timeline(vm) }]),
    );
  },
  stats: (): ObserverStats => mustHave().stats(),
  warnings: () => warnings,
  lines: () => lines,
  resetUsage: () => {
    rssPeak = 0;
    cpuBase = process.cpuUsage();
    wallBase = epochNow();
  },
  usage,
  stop: async () => {
    await observer?.stop();
  },
});
/** Sent once the modules are loaded, before the observer starts: what loading alone costs. */
export interface ObserverReady {
  rssMb: number;
}
process.send?.({ ready: { rssMb: process.memoryUsage.rss() / 2 ** 20 } satisfies ObserverReady });
