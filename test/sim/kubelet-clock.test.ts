// The kubelet model at time scale 1, on a clock the test moves (no waiting): the rules of a real
// node's pod worker and image back-off, checked against the times at which each version of the
// launcher pod, its Events and the VM were written. docs/kubelet-timing.md derives the ranges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { ManualClock } from '../../src/sim/clock.ts';
import { startSimulator, type Simulator } from '../../src/sim/index.ts';
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

/** Starts a VM with a missing image at time scale 1 and lets `seconds` of node time pass. */
async function run(seed: number, seconds: number): Promise<Run> {
  const clock = new ManualClock(1, (error) => {
    throw error;
  });
  const sim = await startSimulator({ clock, seed });
  const c = simulatorClients(sim);
  await c.core.createNamespace({ body: { metadata: { name: 'clock' } } });
  await c.custom.createNamespacedCustomObject({
    ...VMS,
    namespace: 'clock',
    body: vmManifest('vm', MISSING),
  });
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

describe('kubelet model at time scale 1 (manual clock)', () => {
  it('requeues every failed sync in 10-15 s (+ the 1 s sync ticker), back-off-only syncs too', async () => {
    for (const seed of SEEDS) {
      const r = await run(seed, 400);
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
      const r = await run(seed, 1200);
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
      const r = await run(seed, 120);
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
