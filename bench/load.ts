// Load on the API server while a check waits: requests per second and open watch connections
// for 1, 10 and 100 VMs, our observer against 100 ms polling, and what the observer process
// costs (CPU, peak RSS). The simulator runs at real speed (time scale 1), each count on its own
// simulator process, so its request log and open watches are the observer's alone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { bundle } from '../script/bundle.ts';
import { RUN_LABEL } from '../src/cluster/manifest.ts';
import {
  createBenchVm,
  prepareNamespace,
  startSimProcess,
  type SimProcess,
} from './lib/cluster.ts';
import { epochNow, type LoggedRequest } from './lib/figures.ts';
import { spawnChild } from './lib/ipc.ts';
import type { ObserverReady, ObserverStart, Usage } from './lib/observer-child.ts';
import type { PollerStart } from './lib/poller-child.ts';

export const VM_COUNTS = [1, 10, 100];

export interface LoadSettings {
  /** How long the observer is measured while the VMs wait in their pull errors, ms. */
  observerWindowMs: number;
  /** How long 100 ms polling is measured, ms (its rate is steady). */
  pollWindowMs: number;
  pollIntervalMs: number;
}

export const LOAD_SETTINGS: LoadSettings = {
  observerWindowMs: 30_000,
  pollWindowMs: 5_000,
  pollIntervalMs: 100,
};

export interface ObserverLoad {
  requestsPerSecond: number;
  /** Requests per second by resource kind (lists, watches and polls). */
  requestsPerSecondByKind: Record<string, number>;
  /** Most watch connections open at once during the window (seen from the simulator). */
  connections: number;
  /** Peak RSS of the observer's process over its whole life, MB. */
  rssMb: number;
  /** RSS of the same process once its modules were loaded, before the observer started, MB. */
  rssLoadedMb: number;
  /** CPU (user + system) the observer's process used during the window, ms and % of one core. */
  cpuMs: number;
  cpuPercent: number;
  /** CPU the observer's process used from its start (module loading included), ms. */
  cpuTotalMs: number;
  windowMs: number;
}

export interface PollLoad {
  requestsPerSecond: number;
  /** What the loop asks for: one read per VM per interval (it cannot go faster than answers come). */
  intendedPerSecond: number;
  windowMs: number;
}

export interface LoadResult {
  observer: ObserverLoad;
  'poll-100ms': PollLoad;
}

function countInWindow(requests: LoggedRequest[], from: number, to: number): LoggedRequest[] {
  return requests.filter((r) => r.startedAt >= from && r.startedAt < to);
}

async function createVms(sim: SimProcess, names: string[], namespace: string, runId: string) {
  // Ten at a time: a hundred creates at once would measure the simulator, not the observer.
  for (let i = 0; i < names.length; i += 10) {
    await Promise.all(
      names.slice(i, i + 10).map((name) => createBenchVm(sim, { name, namespace, runId })),
    );
  }
}

/**
 * bench/lib/observer-child.ts bundled the way the action ships (script/bundle.ts: ncc, then the
 * dead-code pass), into `folder`: its RSS is then what the action's process holds, not what the
 * TypeScript sources and an unbundled client-node take (about 150 MB loaded, before observing).
 */
async function bundleObserver(folder: string): Promise<string> {
  await bundle('bench/lib/observer-child.ts', folder);
  return join(folder, 'index.js');
}

async function observerLoad(
  vms: number,
  seed: number,
  settings: LoadSettings,
  child: string,
): Promise<{ sim: SimProcess; namespace: string; names: string[]; load: ObserverLoad }> {
  const sim = await startSimProcess({ seed });
  const observer = spawnChild(child);
  try {
    const runId = `load${vms}`;
    const namespace = `load-${vms}`;
    const names = Array.from({ length: vms }, (_, i) => `vm-${i}`);
    await prepareNamespace(sim, namespace, runId);
    const loaded = (await observer.ready) as ObserverReady;
    await observer.call('start', {
      kubeconfigPath: sim.kubeconfigPath,
      namespace,
      labelSelector: `${RUN_LABEL}=${runId}`,
      pollIntervalMs: settings.pollIntervalMs,
    } satisfies ObserverStart);
    await observer.call(
      'track',
      names.map((name) => `${namespace}/${name}`),
    );
    await createVms(sim, names, namespace, runId);

    const startup = await observer.call<Usage>('usage');
    await observer.call('resetUsage');
    const from = epochNow();
    let connections = 0;
    while (epochNow() - from < settings.observerWindowMs) {
      connections = Math.max(connections, await sim.child.call<number>('openWatches'));
      await sleep(1000);
    }
    const to = epochNow();
    const usage = await observer.call<Usage>('usage');
    await observer.call('stop');
    const requests = countInWindow(await sim.child.call('requests', { from: 0 }), from, to);
    const seconds = (to - from) / 1000;
    const byKind: Record<string, number> = {};
    for (const r of requests) {
      const kind = r.resource ?? r.path;
      byKind[kind] = (byKind[kind] ?? 0) + 1 / seconds;
    }
    return {
      sim,
      namespace,
      names,
      load: {
        requestsPerSecond: requests.length / seconds,
        requestsPerSecondByKind: byKind,
        connections,
        rssMb: Math.max(startup.rssPeakMb, usage.rssPeakMb),
        rssLoadedMb: loaded.rssMb,
        cpuMs: usage.cpuMs,
        cpuPercent: (100 * usage.cpuMs) / usage.wallMs,
        cpuTotalMs: usage.cpuTotalMs,
        windowMs: to - from,
      },
    };
  } catch (error) {
    await sim.close();
    throw error;
  } finally {
    await observer.close();
  }
}

async function pollLoad(
  sim: SimProcess,
  namespace: string,
  names: string[],
  seed: number,
  settings: LoadSettings,
): Promise<PollLoad> {
  const poller = spawnChild('./poller-child.ts');
  try {
    await poller.ready;
    await poller.call('start', {
      kubeconfigPath: sim.kubeconfigPath,
      namespace,
      intervalsMs: [settings.pollIntervalMs],
      seed,
    } satisfies PollerStart);
    await poller.call('add', names);
    await sleep(1000); // every loop past its random first phase
    const from = epochNow();
    await sleep(settings.pollWindowMs);
    const to = epochNow();
    await poller.call('stop');
    const requests = countInWindow(await sim.child.call('requests', { from: 0 }), from, to);
    return {
      requestsPerSecond: requests.length / ((to - from) / 1000),
      intendedPerSecond: (names.length * 1000) / settings.pollIntervalMs,
      windowMs: to - from,
    };
  } finally {
    await poller.close();
  }
}

/**
 * The observers for every VM count run at once (each on its own simulator, so nothing is
 * shared but the machine's cores); the pollers, which load the machine far more, one after the
 * other afterwards, on the same simulators and VMs.
 */
export async function measureLoad(
  seed: number,
  settings: LoadSettings = LOAD_SETTINGS,
): Promise<Record<string, LoadResult>> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-observer-'));
  const child = await bundleObserver(folder);
  const settled = await Promise.allSettled(
    VM_COUNTS.map((vms) => observerLoad(vms, seed, settings, child)),
  ).finally(() => rm(folder, { recursive: true, force: true }));
  const observed = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(observed.map(({ sim }) => sim.close()));
    throw failed.reason;
  }
  const results: Record<string, LoadResult> = {};
  try {
    for (const [index, vms] of VM_COUNTS.entries()) {
      const { sim, namespace, names, load } = observed[index]!;
      results[String(vms)] = {
        observer: load,
        'poll-100ms': await pollLoad(sim, namespace, names, seed, settings),
      };
    }
  } finally {
    await Promise.all(observed.map(({ sim }) => sim.close()));
  }
  return results;
}
