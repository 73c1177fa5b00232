// The simulator in its own process (`fork`ed by the bench runner), so its memory and CPU are
// never counted as the observer's. Argument: the SimulatorOptions as JSON. Answers questions
// about the ground truth (VM history, request log, open watches) and drives faults.
import {
  startSimulator,
  type FaultHandle,
  type FaultResponse,
  type SimulatorOptions,
} from '../../src/sim/index.ts';
import { serve } from './ipc.ts';
import { seededRandom, type PersistedVersion, type LoggedRequest } from './figures.ts';

export interface SimReady {
  url: string;
  kubeconfigPath: string;
}

/** Random watch faults: streams ended after events, and failures of the next watch requests. */
export interface RandomWatchFaults {
  seed: number;
  /** Chance that a stream is closed cleanly after an event (a server timeout). */
  closeRate: number;
  /** Chance that a stream's connection is reset after an event. */
  resetRate: number;
  /** Mean real ms between injected failures of one watch request, of a random resource. */
  failureEveryMs: number;
  /** The failures drawn from (uniformly); 429 comes with `Retry-After: 1`. */
  failures: FaultResponse[];
}

const RESOURCES = ['virtualmachines', 'virtualmachineinstances', 'pods', 'events'];

const options = JSON.parse(process.argv[2] ?? '{}') as SimulatorOptions;
// Room for every VM of a cell: the simulated scheduler counts memory, and a 128Mi VM's launcher
// pod asks 294Mi, so the default 16Gi node holds about 55 (the kubelet cell runs 80).
const sim = await startSimulator({
  ...options,
  nodes: { memory: '256Gi', ...options.nodes },
  onError: (e) => console.error('sim:', e),
});
let stopFaults: (() => void) | undefined;

function startRandomFaults(spec: RandomWatchFaults): void {
  const random = seededRandom(spec.seed);
  const handles = [
    sim.faults.endWatchesRandomly({ rate: spec.closeRate, mode: 'close' }),
    sim.faults.endWatchesRandomly({ rate: spec.resetRate, mode: 'reset' }),
  ];
  let timer: NodeJS.Timeout;
  const pick = <T>(from: T[]): T => from[Math.floor(random() * from.length)]!;
  // A failure waits for the next watch request of its kind; while one waits, that kind gets no
  // other, so failures do not pile up behind a long healthy stream and then strike every
  // re-watch in a row (which the bench does not describe: it would measure a back-off streak).
  const pending = new Map<string, FaultHandle>();
  const inject = () => {
    const respond = pick(spec.failures);
    const resource = pick(RESOURCES);
    if (!((pending.get(resource)?.remaining ?? 0) > 0)) {
      const handle = sim.faults.inject({
        match: { resource, watch: true },
        respond,
        ...(respond === 429 ? { retryAfterSeconds: 1 } : {}),
        times: 1,
      });
      pending.set(resource, handle);
      handles.push(handle);
    }
    timer = setTimeout(inject, spec.failureEveryMs * 2 * random());
  };
  timer = setTimeout(inject, spec.failureEveryMs * random());
  stopFaults = () => {
    clearTimeout(timer);
    for (const handle of handles) handle.clear();
  };
}

serve({
  vmHistory: ({ namespace, name }: { namespace: string; name: string }): PersistedVersion[] =>
    sim.history('virtualmachines', namespace, name).map((entry) => ({
      resourceVersion: entry.resourceVersion,
      writtenAt: entry.writtenAt,
      printableStatus: (entry.object as { status?: { printableStatus?: string } }).status
        ?.printableStatus,
    })),
  requests: ({ from }: { from: number }): LoggedRequest[] =>
    sim.requests.slice(from).map((r) => ({
      startedAt: r.startedAt,
      watch: r.watch,
      ...(r.resource !== undefined ? { resource: r.resource } : {}),
      path: r.path,
    })),
  requestCount: () => sim.requests.length,
  openWatches: () => sim.openWatches(),
  randomWatchFaults: (spec: RandomWatchFaults) => startRandomFaults(spec),
  clearFaults: () => {
    stopFaults?.();
    sim.faults.clear();
  },
  close: async () => {
    stopFaults?.();
    await sim.close();
  },
});
process.send?.({ ready: { url: sim.url, kubeconfigPath: sim.kubeconfigPath } });
