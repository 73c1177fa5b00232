// Which kubelet timing a check saw, from the launcher pod it observed (docs/kubelet-timing.md):
// the readiness gate and the native sidecar mean a sync after each status write (ErrImagePull
// about a second), anything less the 10-16 s requeue.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LauncherPod } from '../../src/observe/types.ts';
import { resyncsOnStatusWrite } from '../../src/verify/kubelet-timing.ts';
import { verify } from '../../src/verify/verify.ts';
import { options, timeline, vm } from '../support/timelines.ts';

const GATE = 'kubevirt.io/virtual-machine-unpaused';
const LAUNCHER: LauncherPod = {
  pod: 'ns/virt-launcher-vm-abcde',
  readinessGates: [GATE],
  sidecars: ['guest-console-log'],
};

/** The default path on the VM, each ErrImagePull lasting `dwell` ms. */
function path(dwell: number, launcher?: LauncherPod) {
  const t = timeline(
    [
      vm('ErrImagePull', 1000),
      vm('ImagePullBackOff', 1000 + dwell),
      vm('ErrImagePull', 30_000),
      vm('ImagePullBackOff', 30_000 + dwell),
    ],
    60_000,
  );
  return verify(launcher ? { ...t, launcher } : t, options());
}

describe('kubelet timing in the verdict', () => {
  it('says the kubelet re-syncs on status writes with the gate and the sidecar, and what 1 s polling missed', () => {
    const verdict = path(400, LAUNCHER);
    assert.equal(verdict.kubeletTiming?.regime, 'resync-on-status-write');
    assert.deepEqual(verdict.kubeletTiming?.errImagePullMs, [400, 400]);
    assert.ok(Math.abs(verdict.kubeletTiming.oneSecondPollingMiss! - (1 - 0.4 * 0.4)) < 1e-9);
    assert.equal(
      verdict.kubeletTiming?.summary,
      `Kubelet timing: the launcher pod has the readiness gate ${GATE} and the native sidecar guest-console-log, so the kubelet syncs it again after each status write and ErrImagePull lasts about a second (here 0.40 s, 0.40 s); polling every 1 s would have missed this path 84 % of the time.`,
    );
  });

  it('says the requeue holds ErrImagePull when the sidecar is missing', () => {
    const verdict = path(12_000, { ...LAUNCHER, sidecars: [] });
    assert.equal(verdict.kubeletTiming?.regime, 'requeue');
    assert.match(
      verdict.kubeletTiming.summary,
      /no native sidecar \(the serial console log is off, or KubeVirt is older than v1\.6\), so ErrImagePull lasts until the kubelet's next requeue, 10-16 s \(here 12\.0 s, 12\.0 s\); polling every 1 s would have missed this path 0 % of the time\.$/,
    );
  });

  it('needs both the readiness gate and the sidecar', () => {
    assert.equal(resyncsOnStatusWrite(LAUNCHER), true);
    assert.equal(resyncsOnStatusWrite({ ...LAUNCHER, readinessGates: [] }), false);
    assert.equal(resyncsOnStatusWrite({ ...LAUNCHER, sidecars: [] }), false);
  });

  it('says nothing when no launcher pod was seen', () => {
    assert.equal(path(400).kubeletTiming, undefined);
  });
});
