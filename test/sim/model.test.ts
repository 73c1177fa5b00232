import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import type { SimulatorOptions } from '../../src/sim/index.ts';
import { collect, eventually, simulator, vmManifest, VMIS, VMS, type Clients } from './helpers.ts';

const MISSING = 'registry.invalid/kubevirt-transition-check/no-such-image:latest';
const PATH = ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff'];

interface Status {
  printableStatus?: string;
  phase?: string;
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
}

/** Consecutive duplicates removed: the path a reader sees. */
function collapse(states: (string | undefined)[]): string[] {
  return states
    .filter((s): s is string => s !== undefined)
    .filter((s, i, all) => i === 0 || all[i - 1] !== s);
}

/** True when `expected` occurs in order (not necessarily back to back), like Gomega `Receive`. */
function inOrder(seen: string[], expected: string[]): boolean {
  let next = 0;
  for (const state of seen) if (state === expected[next]) next++;
  return next === expected.length;
}

function vmStates(c: Clients, ns: string, name = 'vm'): string[] {
  return collapse(
    c.sim
      .history('virtualmachines', ns, name)
      .map((entry) => (entry.object as { status?: Status }).status?.printableStatus),
  );
}

/** The waiting reason of `volumecontainerdisk-init` in every persisted version of the pod. */
function podStates(c: Clients, ns: string): string[] {
  return collapse(
    c.sim.history('pods', ns).map((entry) => {
      const pod = entry.object as V1Pod;
      return pod.status?.initContainerStatuses?.find((s) => s.name === 'volumecontainerdisk-init')
        ?.state?.waiting?.reason;
    }),
  );
}

async function startVm(c: Clients, ns: string, image = MISSING): Promise<void> {
  await c.core.createNamespace({ body: { metadata: { name: ns } } });
  await c.custom.createNamespacedCustomObject({
    ...VMS,
    namespace: ns,
    body: vmManifest('vm', image),
  });
}

async function withSim(
  options: SimulatorOptions,
  test: (c: Clients) => Promise<void>,
): Promise<void> {
  const c = await simulator(options);
  try {
    await test(c);
  } finally {
    await c.sim.close();
  }
}

async function events(c: Clients, ns: string): Promise<CoreV1Event[]> {
  return (await c.core.listNamespacedEvent({ namespace: ns })).items;
}

describe('simulator model: virt-controller and kubelet', () => {
  it('cycles a VM with a missing image through the pull states, and a watch sees every persisted version at 1 ms dwell', () =>
    withSim({ errImagePullDwellMs: 1, seed: 11 }, async (c) => {
      await c.core.createNamespace({ body: { metadata: { name: 'cycle' } } });
      const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'cycle' })) as {
        metadata: { resourceVersion: string };
      };
      const watch = await collect(
        c.watch,
        '/apis/kubevirt.io/v1/namespaces/cycle/virtualmachines',
        { resourceVersion: list.metadata.resourceVersion },
      );
      await c.custom.createNamespacedCustomObject({
        ...VMS,
        namespace: 'cycle',
        body: vmManifest('vm'),
      });
      const seen = await watch.until(
        (all) =>
          inOrder(
            collapse(all.map((e) => (e.object.status as Status | undefined)?.printableStatus)),
            PATH,
          ),
        10_000,
      );
      watch.stop();
      const persisted = c.sim
        .history('virtualmachines', 'cycle', 'vm')
        .map((entry) => entry.resourceVersion);
      const watched = seen.map((event) => event.object.metadata?.resourceVersion);
      assert.deepEqual(
        watched,
        persisted.slice(0, watched.length),
        'the watch saw every persisted version, in order',
      );
      assert.ok(inOrder(vmStates(c, 'cycle'), ['Starting', ...PATH]));
      assert.ok(inOrder(podStates(c, 'cycle'), ['PodInitializing', ...PATH]));
    }));

  it('turns ErrImagePull into ImagePullBackOff after the dwell even when the scaled back-off is shorter', () =>
    withSim({ timeScale: 0.001, errImagePullDwellMs: 30 }, async (c) => {
      await startVm(c, 'longdwell');
      await eventually(() => inOrder(podStates(c, 'longdwell'), PATH), 10_000, 'pod cycles');
    }));

  it('renders the virt-launcher pod as KubeVirt does, owned by the VMI, which the VM owns', () =>
    withSim({ errImagePullDwellMs: 1 }, async (c) => {
      await startVm(c, 'layout');
      const pod = await eventually(
        async () => (await c.core.listNamespacedPod({ namespace: 'layout' })).items[0],
      );
      const vmi = (await c.custom.getNamespacedCustomObject({
        ...VMIS,
        namespace: 'layout',
        name: 'vm',
      })) as {
        metadata: {
          uid: string;
          ownerReferences: { kind: string; name: string; controller: boolean }[];
        };
      };
      const vm = (await c.custom.getNamespacedCustomObject({
        ...VMS,
        namespace: 'layout',
        name: 'vm',
      })) as { metadata: { uid: string } };
      assert.deepEqual(
        pod.spec?.initContainers?.map((x) => [x.name, x.restartPolicy]),
        [
          ['guest-console-log', 'Always'],
          ['container-disk-binary', undefined],
          ['volumecontainerdisk-init', undefined],
        ],
      );
      assert.deepEqual(
        pod.spec?.containers.map((x) => x.name),
        ['compute', 'volumecontainerdisk'],
      );
      assert.deepEqual(
        pod.spec?.readinessGates?.map((gate) => gate.conditionType),
        ['kubevirt.io/virtual-machine-unpaused'],
      );
      assert.equal(pod.spec?.initContainers?.[2]?.image, MISSING);
      assert.match(pod.metadata?.name ?? '', /^virt-launcher-vm-[a-z0-9]{5}$/);
      assert.equal(pod.metadata?.labels?.['kubevirt.io'], 'virt-launcher');
      assert.equal(pod.metadata?.labels?.['kubevirt.io/created-by'], vmi.metadata.uid);
      assert.equal(pod.metadata?.labels?.['vm.kubevirt.io/name'], 'vm');
      assert.deepEqual(
        pod.metadata?.ownerReferences?.map((ref) => [ref.kind, ref.uid, ref.controller]),
        [['VirtualMachineInstance', vmi.metadata.uid, true]],
      );
      assert.deepEqual(
        vmi.metadata.ownerReferences.map((ref) => [ref.kind, ref.name, ref.controller]),
        [['VirtualMachine', 'vm', true]],
      );
      assert.equal(
        (vmi.metadata.ownerReferences[0] as unknown as { uid: string }).uid,
        vm.metadata.uid,
      );
      assert.equal(pod.spec?.containers[0]?.resources?.requests?.['devices.kubevirt.io/kvm'], '1');
    }));

  it('sets Synchronized=False on the VMI with the kubelet reason and message, and records the kubelet events with counts', () =>
    withSim({ errImagePullDwellMs: 1, seed: 5 }, async (c) => {
      await startVm(c, 'events');
      await eventually(() => inOrder(vmStates(c, 'events'), PATH), 10_000, 'two pull cycles');
      const vmiHistory = c.sim
        .history('virtualmachineinstances', 'events', 'vm')
        .map((entry) => (entry.object as { status?: Status }).status);
      const sync = vmiHistory.flatMap(
        (status) =>
          status?.conditions?.filter((condition) => condition.type === 'Synchronized') ?? [],
      );
      const pull = sync.find((condition) => condition.reason === 'ErrImagePull');
      const backOff = sync.find((condition) => condition.reason === 'ImagePullBackOff');
      assert.equal(pull?.status, 'False');
      assert.match(
        pull?.message ?? '',
        /^rpc error: code = Unknown desc = failed to pull and unpack image "registry\.invalid\/kubevirt-transition-check\/no-such-image:latest"/,
      );
      // Newer kubelets append the last pull error to the back-off message (prevPullErrMsg).
      assert.equal(
        backOff?.message,
        `Back-off pulling image "${MISSING}": ErrImagePull: ${pull?.message ?? ''}`,
      );
      assert.ok(vmiHistory.every((status) => status?.phase !== 'Running'));

      const all = await events(c, 'events');
      const kubelet = all.filter(
        (event) =>
          event.source?.component === 'kubelet' &&
          event.involvedObject.fieldPath === 'spec.initContainers{volumecontainerdisk-init}',
      );
      const by = (reason: string, message: string | RegExp) =>
        kubelet.filter(
          (event) =>
            event.reason === reason &&
            (typeof message === 'string'
              ? event.message === message
              : message.test(event.message ?? '')),
        );
      assert.equal(
        by('Pulling', `Pulling image "${MISSING}"`).length,
        1,
        'one aggregated Event per (object, reason, message)',
      );
      const errPull = by('Failed', 'Error: ErrImagePull')[0];
      assert.ok(
        errPull && (errPull.count ?? 0) >= 2,
        `Error: ErrImagePull counted at least twice, got ${errPull?.count}`,
      );
      assert.equal(errPull.type, 'Warning');
      assert.equal(errPull.involvedObject.kind, 'Pod');
      assert.ok(
        errPull.involvedObject.uid && errPull.involvedObject.name?.startsWith('virt-launcher-vm-'),
      );
      assert.ok(
        errPull.firstTimestamp &&
          errPull.lastTimestamp &&
          errPull.firstTimestamp <= errPull.lastTimestamp,
      );
      assert.ok(
        by(
          'Failed',
          new RegExp(`^Failed to pull image "${MISSING.replace(/[./]/g, '\\$&')}": rpc error`),
        ).length === 1,
      );
      assert.ok((by('BackOff', `Back-off pulling image "${MISSING}"`)[0]?.count ?? 0) >= 1);
      assert.equal(by('BackOff', `Back-off pulling image "${MISSING}"`)[0]?.type, 'Normal');
      assert.ok((by('Failed', 'Error: ImagePullBackOff')[0]?.count ?? 0) >= 1);
      const controller = all.filter(
        (event) => event.source?.component === 'virtualmachine-controller',
      );
      assert.ok(
        controller.some(
          (event) =>
            event.involvedObject.kind === 'VirtualMachine' && event.reason === 'SuccessfulCreate',
        ),
      );
    }));

  it('cycles a made-up image on a real registry, failing as containerd does: not found', () =>
    withSim({ errImagePullDwellMs: 1 }, async (c) => {
      const image = 'quay.io/containerdisks/fedora:v0';
      await startVm(c, 'madeup', image);
      await eventually(() => inOrder(podStates(c, 'madeup'), PATH), 10_000, 'pod cycles');
      const failed = (await events(c, 'madeup')).find((e) =>
        e.message?.startsWith(`Failed to pull image "${image}"`),
      );
      assert.match(
        failed?.message ?? '',
        /: rpc error: code = NotFound desc = failed to pull and unpack image "quay\.io\/containerdisks\/fedora:v0": failed to resolve image: quay\.io\/containerdisks\/fedora:v0: not found$/,
      );
    }));

  it('runs a made-up image once imageExists (--image-exists) names it', () =>
    withSim({ imageExists: ['quay.io/acme/*'] }, async (c) => {
      await startVm(c, 'allowed', 'quay.io/acme/disk:v0');
      await eventually(() => vmStates(c, 'allowed').at(-1) === 'Running', 10_000, 'VM Running');
    }));

  it('runs a VM whose image exists', () =>
    withSim({}, async (c) => {
      await startVm(c, 'running', 'quay.io/kubevirt/cirros-container-disk-demo:v1.8.0');
      await eventually(() => vmStates(c, 'running').at(-1) === 'Running', 10_000, 'VM Running');
      const vm = (await c.custom.getNamespacedCustomObject({
        ...VMS,
        namespace: 'running',
        name: 'vm',
      })) as { status: { ready: boolean; created: boolean } };
      assert.deepEqual([vm.status.created, vm.status.ready], [true, true]);
      assert.deepEqual(vmStates(c, 'running'), ['Starting', 'Running']);
      const pod = (await c.core.listNamespacedPod({ namespace: 'running' })).items[0];
      assert.equal(pod?.status?.phase, 'Running');
    }));

  it('leaves the VM ErrorUnschedulable without KVM or emulation, and never pulls the disk', () =>
    withSim({ nodes: { kvm: false } }, async (c) => {
      await startVm(c, 'nokvm');
      await eventually(
        () => vmStates(c, 'nokvm').at(-1) === 'ErrorUnschedulable',
        10_000,
        'ErrorUnschedulable',
      );
      const all = await events(c, 'nokvm');
      const failed = all.find((event) => event.reason === 'FailedScheduling');
      assert.match(
        failed?.message ?? '',
        /^0\/1 nodes are available: 1 Insufficient devices\.kubevirt\.io\/kvm\./,
      );
      assert.ok(!all.some((event) => event.reason === 'Pulling'));
    }));

  it('pulls the disk on a node without KVM when the kubevirt CR allows emulation', () =>
    withSim(
      { nodes: { kvm: false }, kubevirt: { useEmulation: true }, errImagePullDwellMs: 1 },
      async (c) => {
        await startVm(c, 'emulated');
        await eventually(
          () => vmStates(c, 'emulated').includes('ImagePullBackOff'),
          10_000,
          'ImagePullBackOff',
        );
        const pod = (await c.core.listNamespacedPod({ namespace: 'emulated' })).items[0];
        assert.equal(
          pod?.spec?.containers[0]?.resources?.requests?.['devices.kubevirt.io/kvm'],
          undefined,
        );
      },
    ));

  it('keeps the VM Starting when the ImageVolume gate is on (KubeVirt v1.9 default), while the pulls fail', () =>
    withSim({ kubevirt: { version: 'v1.9.0' }, errImagePullDwellMs: 1 }, async (c) => {
      await startVm(c, 'imagevolume');
      await eventually(
        async () =>
          ((await events(c, 'imagevolume')).find(
            (e) => e.reason === 'Failed' && e.message?.startsWith('Failed to pull'),
          )?.count ?? 0) >= 2,
        10_000,
        'two failed pulls',
      );
      assert.deepEqual(vmStates(c, 'imagevolume'), ['Starting']);
      const pod = (await c.core.listNamespacedPod({ namespace: 'imagevolume' })).items[0];
      assert.deepEqual(
        pod?.spec?.volumes
          ?.filter((volume) => volume.image)
          .map((volume) => volume.image?.reference),
        [MISSING],
      );
      // The image volume fails before any init container starts, the sidecar included.
      assert.deepEqual(
        pod?.status?.initContainerStatuses?.map((s) => s.state?.waiting?.reason),
        ['PodInitializing', 'PodInitializing'],
      );
    }));

  it('pulls through init containers again when the v1.9 gate is disabled in the kubevirt CR', () =>
    withSim(
      {
        kubevirt: { version: 'v1.9.0', disabledFeatureGates: ['ImageVolume'] },
        errImagePullDwellMs: 1,
      },
      async (c) => {
        await startVm(c, 'disabled');
        await eventually(
          () => vmStates(c, 'disabled').includes('ErrImagePull'),
          10_000,
          'ErrImagePull',
        );
      },
    ));

  it('reports InvalidImageName on the pod for a malformed reference, while the VM stays Starting', () =>
    withSim({}, async (c) => {
      await startVm(c, 'invalid', 'http://quay.io/kubevirt/x');
      await eventually(
        () => podStates(c, 'invalid').includes('InvalidImageName'),
        10_000,
        'InvalidImageName',
      );
      assert.deepEqual(vmStates(c, 'invalid'), ['Starting']);
      const inspect = (await events(c, 'invalid')).find(
        (event) => event.reason === 'InspectFailed',
      );
      assert.equal(
        inspect?.message,
        'Failed to apply default image tag "http://quay.io/kubevirt/x": couldn\'t parse image name "http://quay.io/kubevirt/x": invalid reference format',
      );
    }));

  it('can coalesce a short state away from the VM while the pod and the events keep it', () =>
    withSim({ errImagePullDwellMs: 1, vmStatusLagMs: 60, coalesceChance: 1 }, async (c) => {
      await startVm(c, 'coalesced');
      await eventually(
        () =>
          inOrder(podStates(c, 'coalesced'), PATH) &&
          vmStates(c, 'coalesced').includes('ImagePullBackOff'),
        10_000,
        'pod cycles',
      );
      assert.ok(
        !vmStates(c, 'coalesced').includes('ErrImagePull'),
        `VM states: ${vmStates(c, 'coalesced').join(' ')}`,
      );
      const errors = (await events(c, 'coalesced')).find(
        (event) => event.message === 'Error: ErrImagePull',
      );
      assert.ok((errors?.count ?? 0) >= 2);
    }));

  it('stops the VM through Terminating when it is deleted, removing the VMI and the pod', () =>
    withSim({ errImagePullDwellMs: 1 }, async (c) => {
      await startVm(c, 'deleted');
      await eventually(
        () => vmStates(c, 'deleted').includes('ErrImagePull'),
        10_000,
        'ErrImagePull',
      );
      await c.custom.deleteNamespacedCustomObject({ ...VMS, namespace: 'deleted', name: 'vm' });
      await eventually(
        () => c.sim.history('virtualmachines', 'deleted', 'vm').at(-1)?.type === 'DELETED',
        10_000,
        'VM gone',
      );
      assert.equal(vmStates(c, 'deleted').at(-1), 'Terminating');
      assert.equal(
        c.sim.history('virtualmachineinstances', 'deleted', 'vm').at(-1)?.type,
        'DELETED',
      );
      assert.equal(c.sim.history('pods', 'deleted').at(-1)?.type, 'DELETED');
      assert.ok(
        c.sim
          .history('pods', 'deleted')
          .some((entry) => (entry.object as V1Pod).metadata?.deletionTimestamp),
        'the pod terminated gracefully',
      );
    }));

  it('stops the VM when its runStrategy becomes Halted', () =>
    withSim({}, async (c) => {
      await startVm(c, 'halted', 'quay.io/kubevirt/cirros-container-disk-demo:v1.8.0');
      await eventually(() => vmStates(c, 'halted').at(-1) === 'Running', 10_000, 'Running');
      await c.custom.patchNamespacedCustomObject({
        ...VMS,
        namespace: 'halted',
        name: 'vm',
        body: [{ op: 'replace', path: '/spec/runStrategy', value: 'Halted' }],
      });
      await eventually(() => vmStates(c, 'halted').at(-1) === 'Stopped', 10_000, 'Stopped');
      assert.deepEqual(vmStates(c, 'halted').slice(-2), ['Stopping', 'Stopped']);
    }));
});
