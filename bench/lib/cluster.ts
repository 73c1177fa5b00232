// A simulator in a child process and the product's own calls to prepare a cell on it: its
// namespace and VMs, created exactly as a run creates them.
import { setTimeout as sleep } from 'node:timers/promises';
import { loadKubeConfig, type ClusterConnection } from '../../src/cluster/kubeconfig.ts';
import { builtInVm } from '../../src/cluster/manifest.ts';
import { createNamespace, createVm } from '../../src/cluster/run-objects.ts';
import { budget } from '../../src/cluster/requests.ts';
import type { SimulatorOptions } from '../../src/sim/index.ts';
import { spawnChild, type ChildHandle } from './ipc.ts';
import type { SimReady } from './sim-child.ts';

/** An image the simulated kubelet cannot pull, as the action's default. */
export const MISSING_IMAGE = 'registry.invalid/kubevirt-transition-check/no-such-image:latest';

export interface SimProcess {
  child: ChildHandle;
  kubeconfigPath: string;
  cluster: ClusterConnection;
  close(): Promise<void>;
}

export async function startSimProcess(options: SimulatorOptions): Promise<SimProcess> {
  const child = spawnChild('./sim-child.ts', [JSON.stringify(options)]);
  const { kubeconfigPath } = (await child.ready) as SimReady;
  return {
    child,
    kubeconfigPath,
    cluster: loadKubeConfig(kubeconfigPath),
    async close() {
      await child.call('close').catch(() => undefined);
      await child.close();
    },
  };
}

export async function prepareNamespace(sim: SimProcess, namespace: string, runId: string) {
  await createNamespace(sim.cluster, namespace, runId, budget(60_000));
}

export async function createBenchVm(
  sim: SimProcess,
  identity: { name: string; namespace: string; runId: string },
): Promise<void> {
  await createVm(sim.cluster, builtInVm(identity, MISSING_IMAGE), budget(60_000));
}

/** Checks `condition` every `everyMs` until it holds; fails after `timeoutMs` saying `what`. */
export async function waitFor(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs: number,
  everyMs = 200,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await sleep(everyMs);
  }
}
