// The observer's contract with the runner, against the simulator through client-node: one set of
// watches for many VMs, the four witnesses in one timeline, progress, subscriptions, start-up
// failures, and nothing left open at stop.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startObserver } from '../../src/observe/index.ts';
import type { StateEntry } from '../../src/observe/types.ts';
import { simulator } from '../sim/helpers.ts';
import { scaledClock } from '../support/fake-clock.ts';
import {
  createVm,
  eventually,
  gaps,
  harness,
  LABEL,
  NAMESPACE,
  RUN,
  SCALE,
  setVmStatus,
  states,
  timelineWhere,
  type Harness,
} from './helpers.ts';

const IMAGE = 'registry.invalid/no-such-image:latest';

/** A virt-launcher pod of `vm`, owned by its VMI, as virt-controller creates it. */
async function createLauncherPod(h: Harness, vm: string, pod: string): Promise<void> {
  await h.core.createNamespacedPod({
    namespace: NAMESPACE,
    body: {
      metadata: {
        name: pod,
        labels: { [LABEL]: RUN, 'kubevirt.io': 'virt-launcher', 'vm.kubevirt.io/name': vm },
        ownerReferences: [
          {
            apiVersion: 'kubevirt.io/v1',
            kind: 'VirtualMachineInstance',
            name: vm,
            uid: 'u1',
            controller: true,
          },
        ],
      },
      spec: {
        initContainers: [{ name: 'volumecontainerdisk-init', image: IMAGE }],
        containers: [{ name: 'compute', image: 'virt-launcher' }],
      },
    },
  });
}

async function setInitWaiting(h: Harness, pod: string, reason: string): Promise<void> {
  await h.core.replaceNamespacedPodStatus({
    namespace: NAMESPACE,
    name: pod,
    body: {
      metadata: { name: pod, namespace: NAMESPACE },
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          {
            name: 'volumecontainerdisk-init',
            image: IMAGE,
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason, message: `${reason} for "${IMAGE}"` } },
          },
        ],
        containerStatuses: [
          {
            name: 'compute',
            image: 'virt-launcher',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason: 'PodInitializing' } },
          },
        ],
      },
    },
  });
}

/** The kubelet's `Failed` Event `Error: <reason>` about `pod`, created or counted up. */
async function kubeletError(h: Harness, pod: string, reason: string, count: number): Promise<void> {
  const name = `${pod}.${reason.toLowerCase()}`;
  const body = {
    metadata: { name, namespace: NAMESPACE },
    involvedObject: {
      kind: 'Pod',
      name: pod,
      namespace: NAMESPACE,
      fieldPath: 'spec.initContainers{volumecontainerdisk-init}',
    },
    reason: 'Failed',
    message: `Error: ${reason}`,
    type: 'Warning',
    count,
    source: { component: 'kubelet' },
    firstTimestamp: new Date('2026-01-01T00:00:00Z'),
    lastTimestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, count)),
  };
  if (count === 1) await h.core.createNamespacedEvent({ namespace: NAMESPACE, body });
  else await h.core.replaceNamespacedEvent({ namespace: NAMESPACE, name, body });
}

describe('observer', () => {
  it('serves 100 VMs with one watch per resource kind, each timeline complete', async (t) => {
    const h = await harness(t);
    const names = Array.from({ length: 100 }, (_, i) => `many-${i}`);
    for (const name of names) h.observer.track(`${NAMESPACE}/${name}`);
    await Promise.all(names.map((name) => createVm(h, name)));
    for (const state of ['Starting', 'ErrImagePull', 'ImagePullBackOff']) {
      await Promise.all(names.map((name) => setVmStatus(h, name, state)));
    }
    for (const name of names) {
      await timelineWhere(
        h.observer,
        `${NAMESPACE}/${name}`,
        (tl) => states(tl, 'vm').length === 3,
        `${name} complete`,
      );
      assert.deepEqual(states(h.observer.timeline(`${NAMESPACE}/${name}`), 'vm'), [
        'Starting',
        'ErrImagePull',
        'ImagePullBackOff',
      ]);
    }
    assert.equal(h.sim.openWatches(), 4, 'one watch each for VMs, VMIs, pods and Events');
    for (const stats of Object.values(h.observer.stats())) {
      assert.equal(stats.watchStarts, 1);
      assert.equal(stats.relists, 0);
    }
    assert.ok(
      h.logs.some((line) =>
        /^\+\d+\.\d{3}s observed\/many-\d+ vm ErrImagePull \(watch\)$/.test(line),
      ),
      h.logs[0],
    );
    await h.observer.stop();
    await eventually(() => h.sim.openWatches() === 0, 5000, 'every watch closed');
    await h.close();
    assert.deepEqual(h.unhandled, []);
  });

  it('merges the pod witness, init container first, and Event counts into the VM timeline', async (t) => {
    const h = await harness(t);
    const vm = `${NAMESPACE}/witnessed`;
    const pod = 'virt-launcher-witnessed-abcde';
    h.observer.track(vm);
    await createVm(h, 'witnessed');
    await setVmStatus(h, 'witnessed', 'Starting');
    await createLauncherPod(h, 'witnessed', pod);
    await setInitWaiting(h, pod, 'ErrImagePull');
    await kubeletError(h, pod, 'ErrImagePull', 1);
    await setInitWaiting(h, pod, 'ImagePullBackOff');
    await kubeletError(h, pod, 'ImagePullBackOff', 1);
    await setInitWaiting(h, pod, 'ErrImagePull');
    await kubeletError(h, pod, 'ErrImagePull', 2);
    const timeline = await timelineWhere(
      h.observer,
      vm,
      (tl) => tl.entries.some((e) => e.kind === 'state' && e.witness === 'event' && e.count === 2),
      'the second ErrImagePull event',
    );
    assert.deepEqual(states(timeline, 'pod'), [
      'Pending',
      'ErrImagePull',
      'ImagePullBackOff',
      'ErrImagePull',
    ]);
    const podEntry = timeline.entries.find(
      (e): e is StateEntry =>
        e.kind === 'state' && e.state === 'ErrImagePull' && e.witness === 'pod',
    );
    assert.equal(podEntry?.container, 'volumecontainerdisk-init');
    assert.equal(podEntry?.message, `ErrImagePull for "${IMAGE}"`);
    const events = timeline.entries.filter(
      (e): e is StateEntry => e.kind === 'state' && e.witness === 'event',
    );
    assert.deepEqual(
      events.map((e) => `${e.state} x${e.count} ${e.reason} ${e.object}`),
      [
        `ErrImagePull x1 Failed ${NAMESPACE}/${pod}`,
        `ImagePullBackOff x1 Failed ${NAMESPACE}/${pod}`,
        `ErrImagePull x2 Failed ${NAMESPACE}/${pod}`,
      ],
    );
    assert.equal(events[2]?.serverTime, '2026-01-01T00:00:02.000Z');
    assert.equal(events[2]?.firstTime, '2026-01-01T00:00:00.000Z');
    const times = timeline.entries.map((e) => e.atMs);
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      'ordered by atMs',
    );
    assert.ok(
      h.logs.includes(h.logs.find((l) => /event ErrImagePull x2 \(watch\)$/.test(l)) ?? 'missing'),
      h.logs.join('\n'),
    );
    await h.close();
    assert.deepEqual(h.unhandled, []);
  });

  it('tells each subscriber about each new entry of a tracked VM, until unsubscribed', async (t) => {
    const h = await harness(t);
    const vm = `${NAMESPACE}/subscribed`;
    const heard: string[] = [];
    const unsubscribe = h.observer.subscribe((which) =>
      heard.push(`${which} ${states(h.observer.timeline(which), 'vm').join(',')}`),
    );
    h.observer.track(vm);
    await createVm(h, 'subscribed');
    await setVmStatus(h, 'subscribed', 'Starting');
    await eventually(() => heard.length === 1, 5000, 'first notification');
    await setVmStatus(h, 'subscribed', 'Starting'); // a repeat is no new entry
    await setVmStatus(h, 'subscribed', 'ErrImagePull');
    await eventually(() => heard.length === 2, 5000, 'second notification');
    assert.deepEqual(heard, [`${vm} Starting`, `${vm} Starting,ErrImagePull`]);
    unsubscribe();
    const rv = await setVmStatus(h, 'subscribed', 'ImagePullBackOff');
    await eventually(
      () => Number(h.observer.stats().virtualmachines.resourceVersion) >= Number(rv),
      5000,
      'seen',
    );
    assert.equal(heard.length, 2);
    await h.close();
  });

  it('refuses to start when VirtualMachines cannot be listed, and leaves nothing open', async (t) => {
    const c = await simulator({ kubevirt: { installed: false } });
    t.after(() => c.sim.close());
    await assert.rejects(
      startObserver({
        kubeConfig: c.kc,
        namespace: 'default',
        pollIntervalMs: 20,
        limits: { startAttempts: 2, baseBackoffMs: 10 },
      }),
      /Cannot observe VirtualMachines in namespace "default": cannot list virtualmachines: 404.*Check that KubeVirt is installed/,
    );
    await eventually(() => c.sim.openWatches() === 0, 5000, 'the watches it had started closed');
  });

  it('runs without a witness it may not list, with a warning and a gap over the whole run', async (t) => {
    const h = await harness(t, { sim: { rbac: { deny: [{ verb: 'list', resource: 'events' }] } } });
    assert.ok(
      h.warnings.some((w) => /cannot list events: 403.*the events witness is unavailable/.test(w)),
      h.warnings.join('\n'),
    );
    const vm = `${NAMESPACE}/no-events`;
    h.observer.track(vm);
    await createVm(h, 'no-events');
    await setVmStatus(h, 'no-events', 'Starting');
    await timelineWhere(
      h.observer,
      vm,
      (tl) => states(tl, 'vm').length === 1,
      'the VM witness still works',
    );
    assert.equal(h.observer.stats().events.mode, 'unavailable');
    await h.close();
    const gap = gaps(h.observer.timeline(vm)).find((g) => g.resource === 'events');
    assert.equal(gap?.cause, 'forbidden');
    assert.equal(gap?.untilMs, h.observer.timeline(vm).endedAtMs);
  });

  // The gap of a witness that could not be listed carries what really happened, not 'forbidden'.
  const unlistable = [
    {
      why: 'lists were answered 503 every time',
      fault: { respond: 503 as const },
      cause: 'server-error',
      detail: /503/,
      // Long enough that a loaded machine's slow 503 is not taken for no answer.
      livenessTimeoutMs: 20_000,
    },
    {
      why: 'lists got no answer within the liveness timeout',
      fault: { delayMs: 60_000 },
      cause: 'timeout',
      detail: /no answer to the list within the liveness timeout/,
      livenessTimeoutMs: 2000,
    },
  ];
  for (const { why, fault, cause, detail, livenessTimeoutMs } of unlistable) {
    it(`records a witness whose ${why} as a ${cause} gap`, async (t) => {
      const c = await simulator({ timeScale: 0.001, controllers: false });
      t.after(() => c.sim.close());
      await c.core.createNamespace({ body: { metadata: { name: NAMESPACE } } });
      c.sim.faults.inject({ match: { resource: 'events', method: 'GET' }, ...fault });
      const warnings: string[] = [];
      const observer = await startObserver({
        kubeConfig: c.kc,
        namespace: NAMESPACE,
        labelSelector: `${LABEL}=${RUN}`,
        pollIntervalMs: 400,
        clock: scaledClock(SCALE),
        warn: (line) => warnings.push(line),
        limits: { startAttempts: 2, livenessTimeoutMs },
      });
      const vm = `${NAMESPACE}/unlisted-${cause}`;
      observer.track(vm);
      await observer.stop();
      const gap = gaps(observer.timeline(vm)).find((g) => g.resource === 'events');
      assert.equal(gap?.cause, cause, JSON.stringify(gap));
      assert.match(gap.detail, detail);
      assert.ok(
        warnings.some((w) => w.includes('the events witness is unavailable')),
        warnings.join('\n'),
      );
    });
  }
});
