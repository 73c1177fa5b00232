// What the watch buys over polling (`node bench/observe.ts`): VMs with an unpullable image on
// the simulator, seen by the observer and, side by side, by pollers that list the VMs every
// 1 s (the original flaky test) and every 100 ms. Counts the entries into ErrImagePull each saw
// against the VM's persisted history, and the requests each made.
import { CoreV1Api, CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { builtInVm } from '../src/cluster/manifest.ts';
import { startObserver } from '../src/observe/index.ts';
import type { StateEntry } from '../src/observe/types.ts';
import { startSimulator } from '../src/sim/index.ts';

const NAMESPACE = 'bench';
const VMS = { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' };
const IMAGE = 'registry.invalid/no-such-image:latest';
const COUNT = 10;
const RUN_MS = 8_000;
// Back-offs of 10 s, 20 s, 40 s... take 100 ms, 200 ms, 400 ms; ErrImagePull lives 20 ms.
const TIME_SCALE = 0.01;
const DWELL_MS = 20;

// 256Gi: room for every VM (the simulated scheduler counts memory; 16Gi holds about 55 launchers).
const sim = await startSimulator({
  timeScale: TIME_SCALE,
  errImagePullDwellMs: DWELL_MS,
  seed: 1,
  nodes: { memory: '256Gi' },
});
const kc = new KubeConfig();
kc.loadFromString(sim.kubeconfig);
const custom = kc.makeApiClient(CustomObjectsApi);
await kc.makeApiClient(CoreV1Api).createNamespace({
  body: { metadata: { name: NAMESPACE } },
});

const observer = await startObserver({
  kubeConfig: kc,
  namespace: NAMESPACE,
  labelSelector: 'kubevirt-transition-check/run=bench',
  pollIntervalMs: 100,
});

/** A naive poller: lists the VMs every `intervalMs` and keeps each VM's status changes. */
function poller(intervalMs: number) {
  const seen = new Map<string, string[]>();
  let requests = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      requests++;
      const list = (await custom.listNamespacedCustomObject({ ...VMS, namespace: NAMESPACE })) as {
        items: { metadata: { name: string }; status?: { printableStatus?: string } }[];
      };
      for (const vm of list.items) {
        const states = seen.get(vm.metadata.name) ?? [];
        const state = vm.status?.printableStatus;
        if (state && states.at(-1) !== state) states.push(state);
        seen.set(vm.metadata.name, states);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    seen,
    requests: () => requests,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

const pollers = [poller(1000), poller(100)];
const names = Array.from({ length: COUNT }, (_, i) => `vm-${i}`);
for (const name of names) {
  observer.track(`${NAMESPACE}/${name}`);
  await custom.createNamespacedCustomObject({
    ...VMS,
    namespace: NAMESPACE,
    body: builtInVm({ name, namespace: NAMESPACE, runId: 'bench' }, IMAGE),
  });
}
await new Promise((resolve) => setTimeout(resolve, RUN_MS));
await observer.stop();
for (const p of pollers) await p.stop();

const entries = (states: string[]) => states.filter((s) => s === 'ErrImagePull').length;
const collapse = (states: string[]) => states.filter((s, i) => s !== states[i - 1]);
let persisted = 0;
const byWatch = { vm: 0, pod: 0, events: 0 };
const byPoll = pollers.map(() => 0);
for (const name of names) {
  persisted += entries(
    collapse(
      sim
        .history('virtualmachines', NAMESPACE, name)
        .flatMap(
          (h) =>
            (h.object as { status?: { printableStatus?: string } }).status?.printableStatus ?? [],
        ),
    ),
  );
  const timeline = observer.timeline(`${NAMESPACE}/${name}`);
  const of = (witness: string) =>
    collapse(
      timeline.entries
        .filter((e): e is StateEntry => e.kind === 'state' && e.witness === witness)
        .map((e) => e.state),
    );
  byWatch.vm += entries(of('vm'));
  byWatch.pod += entries(of('pod'));
  byWatch.events += Math.max(
    0,
    ...timeline.entries
      .filter(
        (e): e is StateEntry =>
          e.kind === 'state' && e.witness === 'event' && e.state === 'ErrImagePull',
      )
      .map((e) => e.count ?? 0),
  );
  pollers.forEach((p, i) => (byPoll[i]! += entries(p.seen.get(name) ?? [])));
}
const stats = Object.values(observer.stats());
const watchRequests = stats.reduce((sum, s) => sum + s.requests, 0);
console.log(
  `${COUNT} VMs, ${RUN_MS / 1000} s, ErrImagePull lives ${DWELL_MS} ms, back-off from ${10_000 * TIME_SCALE} ms`,
);
console.log(`VM entries into ErrImagePull persisted:      ${persisted}`);
console.log(
  `observer (watch), VM witness:                ${byWatch.vm}  (pod witness ${byWatch.pod}, Event count ${byWatch.events}); ${watchRequests} requests, 4 connections`,
);
console.log(
  `poller every 1 s:                            ${byPoll[0]}; ${pollers[0]!.requests()} requests`,
);
console.log(
  `poller every 100 ms:                         ${byPoll[1]}; ${pollers[1]!.requests()} requests`,
);
await sim.close();
