// The observer on the simulator's model of virt-controller and the kubelet: the product's own VM
// manifest, an image that cannot be pulled, states that live 1 ms. The simulator's history of
// every persisted version is the ground truth.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInVm } from '../../src/cluster/manifest.ts';
import type { StateEntry, Timeline, Witness } from '../../src/observe/types.ts';
import { readPod, readVm, readVmi } from '../../src/observe/witness.ts';
import type { HistoryResource } from '../../src/sim/index.ts';
import { VMS } from '../sim/helpers.ts';
import { collapse, eventually, harness, NAMESPACE, RUN, states, type Harness } from './helpers.ts';

const IMAGE = 'registry.invalid/kubevirt-transition-check/no-such-image:latest';
const CYCLES = ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff'];

const WITNESSES: {
  witness: Witness;
  resource: HistoryResource;
  read: (o: unknown) => { observation: { state: string } } | undefined;
}[] = [
  { witness: 'vm', resource: 'virtualmachines', read: readVm },
  { witness: 'vmi', resource: 'virtualmachineinstances', read: readVmi },
  { witness: 'pod', resource: 'pods', read: readPod },
];

/** Tracks the VM, then creates it from the product's manifest, as the runner does. */
async function startVm(h: Harness, name: string): Promise<string> {
  h.observer.track(`${NAMESPACE}/${name}`);
  await h.custom.createNamespacedCustomObject({
    ...VMS,
    namespace: NAMESPACE,
    body: builtInVm({ name, namespace: NAMESPACE, runId: RUN }, IMAGE),
  });
  return `${NAMESPACE}/${name}`;
}

function inOrder(seen: string[], expected: string[]): boolean {
  let next = 0;
  for (const state of seen) if (state === expected[next]) next++;
  return next === expected.length;
}

/**
 * The states `resource` persisted for the VM up to the resourceVersion the observer vouches for
 * (the model keeps cycling), next to what the timeline shows for the same versions.
 */
function compare(
  h: Harness,
  timeline: Timeline,
  entry: (typeof WITNESSES)[number],
): { persisted: string[]; seen: string[] } {
  const vouched = Number(h.observer.stats()[entry.resource].resourceVersion);
  const name = timeline.vm.split('/')[1]!;
  const history = h.sim
    .history(entry.resource, NAMESPACE)
    .filter((version) => Number(version.resourceVersion) <= vouched)
    .filter((version) => {
      const meta = (version.object as { metadata: { name: string } }).metadata;
      return entry.resource === 'pods'
        ? meta.name.startsWith(`virt-launcher-${name}-`)
        : meta.name === name;
    });
  const persisted = collapse(
    history.flatMap((version) => entry.read(version.object)?.observation.state ?? []),
  );
  const seen = collapse(
    timeline.entries
      .filter(
        (e): e is StateEntry =>
          e.kind === 'state' && e.witness === entry.witness && Number(e.resourceVersion) <= vouched,
      )
      .map((e) => e.state),
  );
  return { persisted, seen };
}

describe('observer on the KubeVirt model', () => {
  it('misses no persisted state of any witness at 1 ms ErrImagePull dwell', async (t) => {
    const h = await harness(t, { sim: { controllers: true, errImagePullDwellMs: 1, seed: 3 } });
    const vms = ['dwell-a', 'dwell-b', 'dwell-c'];
    await Promise.all(vms.map((name) => startVm(h, name)));
    for (const name of vms) {
      const vm = `${NAMESPACE}/${name}`;
      await eventually(
        () => inOrder(states(h.observer.timeline(vm), 'vm'), CYCLES),
        20_000,
        `${vm} cycling twice`,
      );
    }
    for (const name of vms) {
      const timeline = h.observer.timeline(`${NAMESPACE}/${name}`);
      for (const entry of WITNESSES) {
        const { persisted, seen } = compare(h, timeline, entry);
        assert.deepEqual(
          seen,
          persisted,
          `${name} ${entry.witness}: every persisted state, in order`,
        );
      }
      assert.ok(
        timeline.entries.every(
          (e) => e.kind !== 'state' || e.seenBy === 'watch' || e.seenBy === 'list',
        ),
        'all seen by watch, none needed polling',
      );
      assert.ok(
        timeline.entries.every((e) => e.kind === 'state'),
        'no gap, no polling',
      );
    }
    await h.close();
    assert.deepEqual(h.unhandled, []);
  });

  it('shows a state the VM witness skipped through the pod witness and the Event counts', async (t) => {
    const h = await harness(t, {
      sim: {
        controllers: true,
        errImagePullDwellMs: 1,
        vmStatusLagMs: 60,
        coalesceChance: 1,
        seed: 4,
      },
    });
    const vm = await startVm(h, 'coalesced');
    const entered = (tl: Timeline, witness: Witness) =>
      states(tl, witness).filter((state) => state === 'ErrImagePull').length;
    const counted = (tl: Timeline) =>
      tl.entries.filter(
        (e): e is StateEntry =>
          e.kind === 'state' && e.witness === 'event' && e.state === 'ErrImagePull',
      );
    // The VM lags the pod by one mirror at most: two more entries into ErrImagePull on the
    // pod than on the VM prove that the VM skipped one (which one is up to the seed). The
    // kubelet's `Error: ErrImagePull` Event counts every entry, whatever the VM showed.
    const timeline = await eventually(
      () => {
        const tl = h.observer.timeline(vm);
        const count = Math.max(0, ...counted(tl).map((e) => e.count ?? 0));
        return entered(tl, 'pod') >= entered(tl, 'vm') + 2 && count >= entered(tl, 'pod') && tl;
      },
      20_000,
      'the pod and the Event count showing two more entries into ErrImagePull than the VM',
    );
    const vmStates = compare(h, timeline, WITNESSES[0]!);
    assert.deepEqual(vmStates.seen, vmStates.persisted, 'the VM witness saw all the VM persisted');
    const pod = timeline.entries.find(
      (e): e is StateEntry =>
        e.kind === 'state' && e.witness === 'pod' && e.state === 'ErrImagePull',
    );
    assert.equal(pod?.container, 'volumecontainerdisk-init');
    assert.match(pod?.message ?? '', /registry\.invalid/);
    assert.deepEqual(
      counted(timeline)
        .map((e) => e.count)
        .slice(0, 2),
      [1, 2],
      'one entry per count: the Event proves each entry into ErrImagePull',
    );
    const [first, second] = counted(timeline);
    assert.equal(first?.reason, 'Failed');
    assert.ok(second?.firstTime && second.serverTime && second.firstTime <= second.serverTime);
    await h.close();
    assert.deepEqual(h.unhandled, []);
  });

  it('misses nothing while every watch is ended or reset at random', async (t) => {
    const h = await harness(t, { sim: { controllers: true, errImagePullDwellMs: 1, seed: 9 } });
    h.sim.faults.endWatchesRandomly({ rate: 0.2, mode: 'close' });
    h.sim.faults.endWatchesAfter({ events: 3, mode: 'reset', times: 6 });
    const vm = await startVm(h, 'chaos');
    await eventually(
      () => inOrder(states(h.observer.timeline(vm), 'vm'), CYCLES),
      20_000,
      'cycling twice',
    );
    const timeline = h.observer.timeline(vm);
    for (const entry of WITNESSES) {
      const { persisted, seen } = compare(h, timeline, entry);
      const gap = timeline.entries.some(
        (e) => e.kind === 'gap' && e.resource === entry.resource && e.cause === 'expired',
      );
      if (!gap)
        assert.deepEqual(seen, persisted, `${entry.witness}: complete, as no gap was recorded`);
    }
    const restarts = Object.values(h.observer.stats()).reduce((sum, s) => sum + s.watchStarts, 0);
    assert.ok(restarts > 8, `the watches were really ended (${restarts} starts)`);
    await h.close();
    assert.deepEqual(h.unhandled, []);
  });
});
