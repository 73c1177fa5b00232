// The check says which kubelet timing it saw, from the virt-launcher pod it observed on the
// simulated cluster: with KubeVirt's guest-console-log sidecar (the default) the kubelet syncs
// the pod after each status write and ErrImagePull is short; with the serial console log off it
// lasts a whole requeue (docs/kubelet-timing.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli, EXIT } from '../src/cli.ts';
import type { Timeline } from '../src/observe/types.ts';
import type { Verdict } from '../src/verify/types.ts';

function capture() {
  const sink = { text: '' };
  return { sink, isTTY: false, write: (text: string) => (sink.text += text) };
}

async function demo(...flags: string[]) {
  const stdout = capture();
  const code = await cli(
    ['demo', '--time-scale', '0.02', '-o', 'json', ...flags],
    stdout,
    capture(),
    {},
  );
  assert.equal(code, EXIT.passed, stdout.sink.text);
  const document = JSON.parse(stdout.sink.text) as {
    attempts: { timeline: Timeline; verdict: Verdict }[];
  };
  return document.attempts.at(-1)!;
}

describe('the kubelet timing a check reports', { concurrency: true }, () => {
  it('is the re-sync on status writes when the launcher pod has the readiness gate and the sidecar', async () => {
    const { timeline, verdict } = await demo();
    assert.deepEqual(timeline.launcher?.readinessGates, ['kubevirt.io/virtual-machine-unpaused']);
    assert.deepEqual(timeline.launcher?.sidecars, ['guest-console-log']);
    assert.equal(verdict.kubeletTiming?.regime, 'resync-on-status-write');
    assert.equal(verdict.kubeletTiming?.errImagePullMs.length, 2);
    // 0.02-1.1 s of node time at time scale 0.02, with room for a loaded machine.
    for (const ms of verdict.kubeletTiming.errImagePullMs) assert.ok(ms < 200, `${ms} ms`);
    assert.match(
      verdict.kubeletTiming.summary,
      /^Kubelet timing: the launcher pod has the readiness gate/,
    );
  });

  it('is the requeue when the serial console log is off', async () => {
    const { timeline, verdict } = await demo('--serial-console-log=false');
    assert.deepEqual(timeline.launcher?.sidecars, []);
    assert.equal(verdict.kubeletTiming?.regime, 'requeue');
    // At least one requeue, 10 s of node time: 200 ms at time scale 0.02.
    for (const ms of verdict.kubeletTiming.errImagePullMs) assert.ok(ms >= 195, `${ms} ms`);
    assert.match(verdict.kubeletTiming.summary, /no native sidecar/);
  });
});
