// Polling strategies in their own process (`fork`ed by the bench runner): what the upstream test
// did before its fix, a Gomega `Eventually` reading the VM with a GET every interval (the next
// read `interval` after the previous one answered), through client-node as a plain loop.
import { setTimeout as sleep } from 'node:timers/promises';
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { errorMessage } from '../../src/util/errors.ts';
import { seededRandom, type Sighting } from './figures.ts';
import { serve } from './ipc.ts';

export interface PollerStart {
  kubeconfigPath: string;
  namespace: string;
  intervalsMs: number[];
  seed: number;
}

/** Per interval, per VM name: what each read returned. */
export type PollResults = Record<string, Record<string, Sighting[]>>;

let api: CustomObjectsApi | undefined;
let settings: PollerStart | undefined;
let random = Math.random;
const stop = new AbortController();
const loops: Promise<void>[] = [];
const results: PollResults = {};
const errors: string[] = [];
/**
 * Per interval: the gaps between successive reads' starts, ms: the poller's real schedule, which
 * a loaded machine stretches well past its interval.
 */
const gaps: Record<string, number[]> = {};

async function poll(name: string, intervalMs: number): Promise<void> {
  const seen = ((results[String(intervalMs)] ??= {})[name] ??= []);
  // The first read right away, as Eventually does; then a random phase, because on a real
  // cluster the kubelet's timing makes a state's start fall anywhere within an interval.
  let first = true;
  let previous: number | undefined;
  const schedule = (gaps[String(intervalMs)] ??= []);
  while (!stop.signal.aborted) {
    const now = performance.now();
    if (previous !== undefined) schedule.push(now - previous);
    previous = now;
    try {
      const vm = (await api!.getNamespacedCustomObject({
        group: 'kubevirt.io',
        version: 'v1',
        plural: 'virtualmachines',
        namespace: settings!.namespace,
        name,
      })) as { metadata: { resourceVersion: string }; status?: { printableStatus?: string } };
      const state = vm.status?.printableStatus;
      if (state !== undefined) seen.push({ resourceVersion: vm.metadata.resourceVersion, state });
    } catch (error) {
      if (errors.length < 20) errors.push(`${name}: ${errorMessage(error)}`);
    }
    const wait = first ? random() * intervalMs : intervalMs;
    // The random first phase is no gap of the schedule.
    if (first) previous = undefined;
    first = false;
    await sleep(wait, undefined, { signal: stop.signal }).catch(() => undefined);
  }
}

serve({
  start: (start: PollerStart) => {
    settings = start;
    random = seededRandom(start.seed);
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(start.kubeconfigPath);
    api = kubeConfig.makeApiClient(CustomObjectsApi);
  },
  add: (names: string[]) => {
    for (const name of names) {
      for (const interval of settings!.intervalsMs) loops.push(poll(name, interval));
    }
  },
  stop: async (): Promise<{
    results: PollResults;
    errors: string[];
    gaps: Record<string, number[]>;
  }> => {
    stop.abort();
    await Promise.all(loops);
    return { results, errors, gaps };
  },
});
process.send?.({ ready: true });
