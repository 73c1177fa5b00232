import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEvent, readPod, readVm, readVmi } from '../../src/observe/witness.ts';

const IMAGE = 'registry.invalid/no-such-image:latest';
const meta = (name: string, extra: object = {}) => ({
  name,
  namespace: 'ns',
  resourceVersion: '42',
  ...extra,
});

const launcherPod = (status: object, metadata: object = {}) => ({
  metadata: meta('virt-launcher-vm1-abcde', {
    labels: { 'kubevirt.io': 'virt-launcher', 'vm.kubevirt.io/name': 'vm1' },
    ownerReferences: [{ kind: 'VirtualMachineInstance', name: 'vm1', controller: true }],
    ...metadata,
  }),
  status,
});

const waiting = (name: string, reason: string, message?: string) => ({
  name,
  state: { waiting: { reason, message } },
});

const noOwner = () => undefined;

describe('readVm', () => {
  it('reads status.printableStatus, with the message of the condition that explains it', () => {
    const reading = readVm({
      metadata: meta('vm1'),
      status: {
        printableStatus: 'ErrImagePull',
        conditions: [
          { type: 'Ready', status: 'False', reason: 'ErrImagePull', message: 'pull failed' },
        ],
      },
    });
    assert.deepEqual(reading, {
      key: 'vm ns/vm1',
      identity: 'ErrImagePull',
      observation: {
        witness: 'vm',
        vm: 'ns/vm1',
        object: 'ns/vm1',
        state: 'ErrImagePull',
        resourceVersion: '42',
        message: 'pull failed',
      },
    });
  });

  it('has nothing to say before virt-controller set a status', () => {
    assert.equal(readVm({ metadata: meta('vm1'), spec: {} }), undefined);
    assert.equal(readVm({ status: { printableStatus: 'Starting' } }), undefined);
  });
});

describe('readVmi', () => {
  it('prefers the reason of Synchronized=False, with the kubelet message and its time', () => {
    const reading = readVmi({
      metadata: meta('vm1', { ownerReferences: [{ kind: 'VirtualMachine', name: 'vm1' }] }),
      status: {
        phase: 'Scheduling',
        conditions: [
          {
            type: 'Synchronized',
            status: 'False',
            reason: 'ImagePullBackOff',
            message: `Back-off pulling image "${IMAGE}"`,
            lastTransitionTime: '2026-01-01T00:00:01Z',
          },
        ],
      },
    });
    assert.equal(reading?.observation.state, 'ImagePullBackOff');
    assert.equal(reading?.observation.message, `Back-off pulling image "${IMAGE}"`);
    assert.equal(reading?.observation.serverTime, '2026-01-01T00:00:01Z');
    assert.equal(reading?.observation.vm, 'ns/vm1');
  });

  it('falls back to the phase, and ignores a Synchronized condition that is True', () => {
    const reading = readVmi({
      metadata: meta('vm1'),
      status: { phase: 'Scheduling', conditions: [{ type: 'Synchronized', status: 'True' }] },
    });
    assert.equal(reading?.observation.state, 'Scheduling');
    assert.equal(reading?.observation.message, undefined);
  });
});

describe('readPod', () => {
  it('reports the init container volume<vol>-init first, as virt-controller does', () => {
    const reading = readPod(
      launcherPod({
        phase: 'Pending',
        initContainerStatuses: [
          {
            name: 'container-disk-binary',
            state: { terminated: { exitCode: 0, reason: 'Completed' } },
          },
          waiting('volumecontainerdisk-init', 'ErrImagePull', `failed to pull "${IMAGE}"`),
        ],
        containerStatuses: [waiting('compute', 'PodInitializing')],
      }),
    );
    assert.equal(reading?.observation.state, 'ErrImagePull');
    assert.equal(reading?.observation.container, 'volumecontainerdisk-init');
    assert.equal(reading?.observation.vm, 'ns/vm1');
    assert.equal(reading?.key, 'pod ns/virt-launcher-vm1-abcde');
  });

  it('reads the readiness gates and the native sidecars of the launcher pod', () => {
    const reading = readPod({
      ...launcherPod({ phase: 'Pending' }),
      spec: {
        readinessGates: [{ conditionType: 'kubevirt.io/virtual-machine-unpaused' }],
        initContainers: [
          { name: 'guest-console-log', restartPolicy: 'Always' },
          { name: 'container-disk-binary' },
        ],
      },
    });
    assert.deepEqual(reading?.launcher, {
      pod: 'ns/virt-launcher-vm1-abcde',
      readinessGates: ['kubevirt.io/virtual-machine-unpaused'],
      sidecars: ['guest-console-log'],
    });
    assert.deepEqual(readPod(launcherPod({ phase: 'Pending' }))?.launcher?.sidecars, []);
  });

  it('skips routine waiting reasons and reports the phase when nothing else is worth it', () => {
    const reading = readPod(
      launcherPod({
        phase: 'Pending',
        containerStatuses: [
          waiting('compute', 'ContainerCreating'),
          waiting('volumecontainerdisk', 'PodInitializing'),
        ],
      }),
    );
    assert.equal(reading?.observation.state, 'Pending');
    assert.equal(reading?.observation.container, undefined);
  });

  it('reports a container waiting outside the init containers too', () => {
    const reading = readPod(
      launcherPod({
        phase: 'Pending',
        containerStatuses: [waiting('volumecontainerdisk', 'ImagePullBackOff')],
      }),
    );
    assert.equal(reading?.observation.state, 'ImagePullBackOff');
  });

  it('finds its VM by owner, by KubeVirt label, or by the launcher pod name', () => {
    const byLabel = readPod(launcherPod({ phase: 'Pending' }, { ownerReferences: [] }));
    assert.equal(byLabel?.observation.vm, 'ns/vm1');
    const byName = readPod({
      metadata: meta('virt-launcher-my-vm-x1y2z'),
      status: { phase: 'Pending' },
    });
    assert.equal(byName?.observation.vm, 'ns/my-vm');
    assert.equal(readPod({ metadata: meta('unrelated'), status: { phase: 'Running' } }), undefined);
  });
});

describe('readEvent', () => {
  const event = (reason: string, message: string, extra: object = {}) => ({
    metadata: meta('virt-launcher-vm1-abcde.17f0', { resourceVersion: '77' }),
    involvedObject: { kind: 'Pod', name: 'virt-launcher-vm1-abcde', namespace: 'ns' },
    reason,
    message,
    count: 2,
    firstTimestamp: '2026-01-01T00:00:00Z',
    lastTimestamp: '2026-01-01T00:00:20Z',
    ...extra,
  });

  it('takes a count that is not a whole number of at least 1 as one occurrence', () => {
    for (const count of ['7', -3, 0, 1.5, null, { n: 2 }]) {
      const reading = readEvent(event('Failed', 'Error: ErrImagePull', { count }), noOwner);
      assert.equal(reading?.observation.count, 1, JSON.stringify(count));
      assert.equal(reading?.identity, 'ErrImagePull x1', JSON.stringify(count));
    }
    assert.equal(
      readEvent(event('Failed', 'Error: ErrImagePull', { count: 40 }), noOwner)?.identity,
      'ErrImagePull x40',
    );
  });

  it('turns the kubelet "Error: ErrImagePull" into the state it proves, with count and times', () => {
    const reading = readEvent(event('Failed', 'Error: ErrImagePull'), noOwner);
    assert.deepEqual(reading, {
      key: 'event ns/virt-launcher-vm1-abcde.17f0',
      identity: 'ErrImagePull x2',
      observation: {
        witness: 'event',
        vm: 'ns/vm1',
        object: 'ns/virt-launcher-vm1-abcde',
        state: 'ErrImagePull',
        resourceVersion: '77',
        reason: 'Failed',
        count: 2,
        message: 'Error: ErrImagePull',
        serverTime: '2026-01-01T00:00:20Z',
        firstTime: '2026-01-01T00:00:00Z',
      },
    });
    assert.equal(
      readEvent(event('Failed', 'Error: ImagePullBackOff'), noOwner)?.observation.state,
      'ImagePullBackOff',
    );
  });

  it('keeps the reason of any other Event', () => {
    assert.equal(
      readEvent(event('Pulling', `Pulling image "${IMAGE}"`), noOwner)?.observation.state,
      'Pulling',
    );
    assert.equal(
      readEvent(event('Failed', `Failed to pull image "${IMAGE}": not found`), noOwner)?.observation
        .state,
      'Failed',
    );
    assert.equal(
      readEvent(event('BackOff', `Back-off pulling image "${IMAGE}"`), noOwner)?.observation.state,
      'BackOff',
    );
  });

  it('reads timestamps as client-node deserialises them (Date) and a missing count as 1', () => {
    const reading = readEvent(
      event('Pulling', 'x', {
        count: undefined,
        firstTimestamp: new Date('2026-01-01T00:00:00Z'),
        lastTimestamp: new Date('2026-01-01T00:00:05Z'),
      }),
      noOwner,
    );
    assert.equal(reading?.observation.count, 1);
    assert.equal(reading?.observation.serverTime, '2026-01-01T00:00:05.000Z');
    assert.equal(reading?.observation.firstTime, '2026-01-01T00:00:00.000Z');
  });

  it('asks the pod witness which VM a pod belongs to, and keeps VM and VMI events by name', () => {
    const owned = readEvent(
      event('Pulling', 'x', {
        involvedObject: { kind: 'Pod', name: 'renamed-pod', namespace: 'ns' },
      }),
      (pod) => (pod === 'ns/renamed-pod' ? 'ns/vm7' : undefined),
    );
    assert.equal(owned?.observation.vm, 'ns/vm7');
    const aboutVmi = readEvent(
      event('SyncFailed', 'x', { involvedObject: { kind: 'VirtualMachineInstance', name: 'vm3' } }),
      noOwner,
    );
    assert.equal(aboutVmi?.observation.vm, 'ns/vm3');
    const aboutNode = readEvent(
      event('Pulling', 'x', { involvedObject: { kind: 'Node', name: 'n1' } }),
      noOwner,
    );
    assert.equal(aboutNode, undefined);
  });
});
