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
/** Per interval: reads made and the time they spanned, for the poller's real period. */
const pace: Record<string, { reads: number; spanMs: number }> = {};

async function poll(name: string, intervalMs: number): Promise<void> {
  const seen = ((results[String(intervalMs)] ??= {})[name] ??= []);
  // The first read right away, as Eventually does; then a random phase, because on a real
  // cluster the kubelet's timing makes a state's start fall anywhere within an interval.
  let first = true;
  const started = performance.now();
  let reads = 0;
  while (!stop.signal.aborted) {
    reads++;
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
    first = false;
    await sleep(wait, undefined, { signal: stop.signal }).catch(() => undefined);
  }
  const total = (pace[String(intervalMs)] ??= { reads: 0, spanMs: 0 });
  // The first read's random phase is not part of the period.
  total.reads += Math.max(0, reads - 1);
  total.spanMs += performance.now() - started;
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
    pace: Record<string, { reads: number; spanMs: number }>;
  }> => {
    stop.abort();
    await Promise.all(loops);
    return { results, errors, pace };
  },
});
process.send?.({ ready: true });
