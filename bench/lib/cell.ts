// One cell of a bench: a simulator, our observer and Gomega-style pollers, each in its own
// process, on one namespace of the simulator, and VMs created at spread-out moments.
import { setTimeout as sleep } from 'node:timers/promises';
import { RUN_LABEL } from '../../src/cluster/manifest.ts';
import type { SimulatorOptions } from '../../src/sim/index.ts';
import { createBenchVm, prepareNamespace, startSimProcess, type SimProcess } from './cluster.ts';
import { seededRandom, type PersistedVersion } from './figures.ts';
import { spawnChild, type ChildHandle } from './ipc.ts';
import type { ObserverStart } from './observer-child.ts';
import type { PollerStart } from './poller-child.ts';

export interface CellSettings {
  /** The simulator's options: time scale, ErrImagePull dwell, seed. */
  sim: SimulatorOptions & { seed: number };
  namespace: string;
  /** The run label's value on the namespace and the VMs; the observer selects by it. */
  runId: string;
  /** Interval of the observer's polling fallback. */
  observerPollMs: number;
  /** One poller per interval. */
  pollersMs: number[];
}

export interface Cell {
  sim: SimProcess;
  observer: ChildHandle;
  poller: ChildHandle;
  /**
   * Creates VMs `vm-0` … `vm-<count - 1>`, each at a random moment within `spreadMs` (seeded), so
   * they do not move in lockstep; each is tracked by the observer before it exists and read by the
   * pollers once it does. Returns their names.
   */
  createVms(count: number, spreadMs: number): Promise<string[]>;
  /** Every persisted version of each VM, with its write time: the simulator's ground truth. */
  histories(names: readonly string[]): Promise<PersistedVersion[][]>;
  /** Ends the three processes. */
  close(): Promise<void>;
}

/** Starts the processes of a cell and its namespace; the observer and the pollers are running. */
export async function startCell(settings: CellSettings): Promise<Cell> {
  const { namespace, runId } = settings;
  const sim = await startSimProcess(settings.sim);
  const observer = spawnChild('./observer-child.ts');
  const poller = spawnChild('./poller-child.ts');
  const close = async () => {
    await Promise.all([observer.close(), poller.close()]);
    await sim.close();
  };
  try {
    await prepareNamespace(sim, namespace, runId);
    await Promise.all([observer.ready, poller.ready]);
    await observer.call('start', {
      kubeconfigPath: sim.kubeconfigPath,
      namespace,
      labelSelector: `${RUN_LABEL}=${runId}`,
      pollIntervalMs: settings.observerPollMs,
    } satisfies ObserverStart);
    await poller.call('start', {
      kubeconfigPath: sim.kubeconfigPath,
      namespace,
      intervalsMs: settings.pollersMs,
      seed: settings.sim.seed,
    } satisfies PollerStart);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    sim,
    observer,
    poller,
    async createVms(count, spreadMs) {
      const names = Array.from({ length: count }, (_, i) => `vm-${i}`);
      const random = seededRandom(settings.sim.seed);
      await Promise.all(
        names.map(async (name) => {
          await sleep(random() * spreadMs);
          await observer.call('track', [`${namespace}/${name}`]);
          await createBenchVm(sim, { name, namespace, runId });
          await poller.call('add', [name]);
        }),
      );
      return names;
    },
    histories: (names) =>
      Promise.all(
        names.map((name) => sim.child.call<PersistedVersion[]>('vmHistory', { namespace, name })),
      ),
    close,
  };
}
