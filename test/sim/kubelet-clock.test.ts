// The kubelet model at time scale 1, on a clock the test moves (no waiting): the rules of a real
// node's pod worker and image back-off, checked against the times at which each version of the
// launcher pod, its Events and the VM were written. docs/kubelet-timing.md derives the ranges,
// for both regimes: a launcher pod with the readiness gate and the native `guest-console-log`
// sidecar (KubeVirt >= v1.6 with the serial console log on: the kubelet re-syncs it after each
// status write) and one without the sidecar (the requeue rules alone).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { ManualClock } from '../../src/sim/scaled-clock.ts';
import { startSimulator, type KubevirtOptions, type Simulator } from '../../src/sim/index.ts';
import { needToReconcilePodReadiness, podReady } from '../../src/sim/model/pod-readiness.ts';
import { conditionOf, type Pod } from '../../src/sim/model/pod-types.ts';
import { simulatorClients, vmManifest, VMS } from './helpers.ts';

const MISSING = 'quay.io/kubevirt-transition-check/made-up-disk:v0';
const INIT = 'volumecontainerdisk-init';
const S = 1000;

interface Run {
  sim: Simulator;
  /** Virtual wall time of the first failed pull. */
  firstFailure: number;
  /** Seconds after the first failed pull at which the pod's init container reason changed. */
  podPath: { reason: string; at: number }[];
  vmPath: { state: string; at: number }[];
  /** Seconds after the first failed pull of each pull attempt and each back-off of the image. */
  pulls: number[];
  failures: number[];
  backOffs: number[];
}

interface Setup {
  kubevirt?: KubevirtOptions;
  /** Merged into the VM template's `spec.domain.devices`. */
  devices?: Record<string, unknown>;
}

/** The serial console log switched off in the KubeVirt CR: no sidecar, today's requeue rules. */
const NO_SIDECAR: Setup = { kubevirt: { disableSerialConsoleLog: true } };

/** Starts a VM with a missing image at time scale 1 and lets `seconds` of node time pass. */
async function run(seed: number, seconds: number, setup: Setup = {}): Promise<Run> {
  const clock = new ManualClock(1, (error) => {
    throw error;
  });
  const sim = await startSimulator({
    clock,
    seed,
    ...(setup.kubevirt && { kubevirt: setup.kubevirt }),
  });
  const c = simulatorClients(sim);
  await c.core.createNamespace({ body: { metadata: { name: 'clock' } } });
  const body = vmManifest('vm', MISSING);
  Object.assign(body.spec.template.spec.domain.devices, setup.devices);
  await c.custom.createNamespacedCustomObject({ ...VMS, namespace: 'clock', body });
  await clock.advance(seconds * S);
  const occurrences = (reason: string, prefix: string) =>
    sim
      .history('events', 'clock')
      .filter((entry) => {
        const event = entry.object as CoreV1Event;
        return (
          event.reason === reason &&
          event.message?.startsWith(prefix) === true &&
          event.involvedObject.fieldPath === `spec.initContainers{${INIT}}`
        );
      })
      .map((entry) => entry.writtenAt);
  const failed = occurrences('Failed', 'Failed to pull image');
  const firstFailure = failed[0]!;
  const since = (at: number) => (at - firstFailure) / S;
  const podPath: Run['podPath'] = [];
  for (const entry of sim.history('pods', 'clock')) {
    const reason = (entry.object as V1Pod).status?.initContainerStatuses?.find(
      (s) => s.name === INIT,
    )?.state?.waiting?.reason;
    if (reason && reason !== podPath.at(-1)?.reason)
      podPath.push({ reason, at: since(entry.writtenAt) });
  }
  const vmPath: Run['vmPath'] = [];
  for (const entry of sim.history('virtualmachines', 'clock', 'vm')) {
    const state = (entry.object as { status?: { printableStatus?: string } }).status
      ?.printableStatus;
    if (state && state !== vmPath.at(-1)?.state) vmPath.push({ state, at: since(entry.writtenAt) });
  }
  return {
    sim,
    firstFailure,
    podPath,
    vmPath,
    pulls: occurrences('Pulling', 'Pulling image').map(since),
    failures: failed.map(since),
    backOffs: occurrences('BackOff', 'Back-off pulling image').map(since),
  };
}

const SEEDS = [1, 2, 3, 4, 5, 6];

describe('kubelet model at time scale 1 without the guest-console-log sidecar (manual clock)', () => {
  it('requeues every failed sync in 10-15 s (+ the 1 s sync ticker), back-off-only syncs too', async () => {
    for (const seed of SEEDS) {
      const r = await run(seed, 400, NO_SIDECAR);
      await r.sim.close();
      const syncs = [...r.pulls, ...r.backOffs].sort((a, b) => a - b);
      assert.ok(r.backOffs.length >= 5, `seed ${seed}: back-off syncs ${r.backOffs.join(', ')}`);
      for (const [i, at] of syncs.entries()) {
        if (i === 0) continue;
        const gap = at - syncs[i - 1]!;
        // The pull itself takes up to 0.18 s before the sync ends and the requeue starts.
        assert.ok(
          gap >= 10 && gap < 16.2,
          `seed ${seed}: ${gap.toFixed(2)} s between syncs at ${syncs[i - 1]!.toFixed(2)} and ${at.toFixed(2)}; ` +
            'a back-off-only sync returns an error (ConfigPodSandbox is a non-back-off result), so no 60-90 s resync',
        );
      }
    }
  });

  it('pulls again only when the image back-off (10 s doubling to 300 s) has passed', async () => {
    for (const seed of SEEDS) {
      const r = await run(seed, 1200, NO_SIDECAR);
      await r.sim.close();
      const f = r.failures;
      assert.ok(f.length >= 7, `seed ${seed}: failures at ${f.join(', ')}`);
      for (let i = 1; i < f.length; i++) {
        const backOff = Math.min(10 * 2 ** (i - 1), 300);
        const gap = f[i]! - f[i - 1]!;
        assert.ok(
          gap >= backOff && gap < backOff + 16.4,
          `seed ${seed}: pull ${i + 1} came ${gap.toFixed(2)} s after pull ${i}, back-off ${backOff} s`,
        );
      }
      // Between two pulls, every sync found the image in back-off.
      for (const at of r.backOffs) assert.ok(!f.some((x) => Math.abs(x - at) < 1e-9));
    }
  });

  it('shows each reason in the API one sync late, so the default path takes 50-80 s after the first pull', async () => {
    const firsts: number[][] = [];
    for (const seed of SEEDS) {
      const r = await run(seed, 120, NO_SIDECAR);
      await r.sim.close();
      const path = r.podPath.filter((p) => p.reason !== 'PodInitializing');
      assert.deepEqual(
        path.slice(0, 4).map((p) => p.reason),
        ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff'],
        `seed ${seed}: ${JSON.stringify(r.podPath)}`,
      );
      const [e1, b1, e2, b2] = path.map((p) => p.at);
      const within = (what: string, at: number | undefined, from: number, to: number) =>
        assert.ok(at !== undefined && at >= from && at < to, `seed ${seed}: ${what} at ${at} s`);
      // The failed pull is written by the next sync (10-16 s), which pulls again; the sync after
      // that finds the 20 s back-off, and the one after that writes it; and so on.
      within('1st ErrImagePull', e1, 10, 16.2);
      within('1st ImagePullBackOff', b1, 30, 48.4);
      within('2nd ErrImagePull', e2, 40, 64.6);
      within('2nd ImagePullBackOff', b2, 50, 80.8);
      // The VM follows the pod within virt-controller's lag.
      const vm = r.vmPath.filter((p) => p.state !== 'Starting').slice(0, 4);
      assert.deepEqual(
        vm.map((p) => p.state),
        path.slice(0, 4).map((p) => p.reason),
      );
      for (const [i, p] of vm.entries())
        assert.ok(p.at - path[i]!.at < 0.2, `seed ${seed}: VM lag`);
      firsts.push([e1!, b1!, e2!, b2!]);
    }
    // The runs differ (jitter is real), so the ranges above are not one run's numbers.
    assert.ok(new Set(firsts.map((f) => f[3]!.toFixed(1))).size > 1);
  });
});

/** How long each ErrImagePull lasted, in s, on a path of states with their times. */
function errImagePullDwells(path: { at: number }[], states: string[]): number[] {
  return path.flatMap((p, i) =>
    states[i] === 'ErrImagePull' && path[i + 1] ? [path[i + 1]!.at - p.at] : [],
  );
}

describe('kubelet model at time scale 1 with the readiness gate and the guest-console-log sidecar (manual clock)', () => {
  it('syncs again after each status write, so ErrImagePull lasts at most about a second on the pod and the VM', async () => {
    const ends: number[] = [];
    for (const seed of SEEDS) {
      const r = await run(seed, 120);
      await r.sim.close();
      const pod = r.podPath.filter((p) => p.reason !== 'PodInitializing');
      const vm = r.vmPath.filter((p) => p.state !== 'Starting');
      assert.deepEqual(
        vm.slice(0, 4).map((p) => p.state),
        ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff'],
        `seed ${seed}: ${JSON.stringify(r.vmPath)}`,
      );
      const dwells = [
        ...errImagePullDwells(
          pod,
          pod.map((p) => p.reason),
        ),
        ...errImagePullDwells(
          vm,
          vm.map((p) => p.state),
        ),
      ];
      assert.ok(dwells.length >= 6, `seed ${seed}: ${dwells.length} ErrImagePull dwells`);
      // The write, then the sync's own 20-40 ms, then a relist newer than the sync's end (1 s period).
      for (const dwell of dwells)
        assert.ok(dwell > 0.019 && dwell < 1.1, `seed ${seed}: ErrImagePull lasted ${dwell} s`);
      const [e1, b1, e2, b2] = vm.map((p) => p.at);
      const within = (what: string, at: number | undefined, from: number, to: number) =>
        assert.ok(at !== undefined && at >= from && at < to, `seed ${seed}: ${what} at ${at} s`);
      // The failed pull's status write reconciles within a relist or two, and so does the next.
      within('1st ErrImagePull', e1, 0, 2.2);
      within('1st ImagePullBackOff', b1, 0.5, 3.3);
      // Then two requeues (10-16 s each): one pulls again once the 10 s back-off has passed,
      // the next writes it, and the sync its write brings writes ImagePullBackOff.
      within('2nd ErrImagePull', e2, 20, 36);
      within('2nd ImagePullBackOff', b2, 20, 37);
      ends.push(b2!);
    }
    assert.ok(new Set(ends.map((end) => end.toFixed(1))).size > 1);
  });

  it('writes the Ready condition from the sidecar and the containers, which the containers alone contradict', async () => {
    const r = await run(1, 30);
    const pod = r.sim
      .history('pods', 'clock')
      .map((entry) => entry.object as Pod)
      .at(-1)!;
    await r.sim.close();
    assert.deepEqual(pod.spec.readinessGates, [
      { conditionType: 'kubevirt.io/virtual-machine-unpaused' },
    ]);
    const sidecar = pod.status?.initContainerStatuses?.[0];
    assert.equal(sidecar?.name, 'guest-console-log');
    assert.ok(sidecar?.state.running && sidecar.ready && sidecar.started);
    const ready = conditionOf(pod.status, 'Ready');
    assert.equal(ready?.message, 'containers with unready status: [compute volumecontainerdisk]');
    assert.equal(conditionOf(pod.status, 'kubevirt.io/virtual-machine-unpaused')?.status, 'True');
    // status_manager.go NeedToReconcilePodReadiness reads the containers only: the sidecar is unknown.
    assert.equal(
      podReady(pod.spec, pod.status?.conditions ?? [], pod.status?.containerStatuses ?? []).message,
      'containers with unknown status: [guest-console-log], containers with unready status: [compute volumecontainerdisk]',
    );
    assert.equal(needToReconcilePodReadiness(pod), true);
    assert.equal(
      needToReconcilePodReadiness({ ...pod, spec: { ...pod.spec, readinessGates: [] } }),
      false,
    );
  });

  const slow: [string, Setup][] = [
    ['the KubeVirt CR disables the serial console log', NO_SIDECAR],
    ['the VMI sets logSerialConsole: false', { devices: { logSerialConsole: false } }],
    [
      'the VMI sets autoattachSerialConsole: false',
      { devices: { autoattachSerialConsole: false } },
    ],
    [
      'KubeVirt v1.5 runs guest-console-log as a regular container',
      { kubevirt: { version: 'v1.5.2' } },
    ],
  ];
  for (const [when, setup] of slow) {
    it(`holds ErrImagePull a whole requeue (10-16 s) when ${when}`, async () => {
      const r = await run(2, 120, setup);
      await r.sim.close();
      const pod = r.podPath.filter((p) => p.reason !== 'PodInitializing');
      const dwells = errImagePullDwells(
        pod,
        pod.map((p) => p.reason),
      );
      assert.ok(dwells.length >= 2, JSON.stringify(r.podPath));
      // The 1st ErrImagePull is written once and stays two requeues (the sync after it pulls again).
      assert.ok(dwells[0]! >= 20 && dwells[0]! < 32.4, `1st ErrImagePull lasted ${dwells[0]} s`);
      assert.ok(dwells[1]! >= 10 && dwells[1]! < 16.2, `2nd ErrImagePull lasted ${dwells[1]} s`);
    });
  }

  it('keeps the sidecar when a VMI sets logSerialConsole: true against the KubeVirt CR', async () => {
    const r = await run(3, 40, {
      kubevirt: { disableSerialConsoleLog: true },
      devices: { logSerialConsole: true },
    });
    await r.sim.close();
    const pod = r.podPath.filter((p) => p.reason !== 'PodInitializing');
    const dwells = errImagePullDwells(
      pod,
      pod.map((p) => p.reason),
    );
    assert.ok(dwells.length >= 2 && dwells.every((d) => d < 1.1), JSON.stringify(r.podPath));
  });
});
