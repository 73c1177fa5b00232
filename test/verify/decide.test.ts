import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StateEntry, TimelineEntry } from '../../src/observe/types.ts';
import { trackPath, verify } from '../../src/verify/verify.ts';
import {
  DEFAULT_PATH,
  PULL_MESSAGE,
  event,
  options,
  pod,
  states,
  timeline,
  vm,
} from '../support/timelines.ts';

/** The decision after each entry arrives, with `nowMs` at that entry. */
function decisions(path: string, entries: TimelineEntry[], extra = {}) {
  const tracker = trackPath(options(path, extra));
  return entries.map((_, i) => tracker.decide(timeline(entries.slice(0, i + 1))));
}

describe('trackPath', () => {
  it('passes as soon as the last step arrives, not at the timeout', () => {
    const entries = states('vm', [
      'Starting',
      'ErrImagePull',
      'ImagePullBackOff',
      'ErrImagePull',
      'ImagePullBackOff',
      'ErrImagePull',
    ]);
    assert.deepEqual(
      decisions('ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff', entries),
      [undefined, undefined, undefined, undefined, 'passed', 'passed'],
    );
  });

  it('gives the VM the settle time to show a state before an Event count alone decides', () => {
    // The kubelet's Event arrives a moment before virt-controller mirrors the state into the VM.
    const entries: StateEntry[] = [
      ...states('vm', ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull']),
      event('ImagePullBackOff', 3000, 2),
    ];
    const tracker = trackPath(options(DEFAULT_PATH, { settleMs: 500 }));
    assert.equal(tracker.decide(timeline(entries), 3000), undefined, 'the VM may still show it');
    assert.equal(tracker.decide(timeline(entries), 3499), undefined);
    assert.equal(
      tracker.decide(timeline(entries), 3500),
      'passed',
      'the count decides after the settle time',
    );
    const mirrored = timeline([...entries, vm('ImagePullBackOff', 3005)]);
    assert.equal(tracker.decide(mirrored, 3005), 'passed', 'the VM itself decides at once');
    const verdict = verify(mirrored, { ...options(DEFAULT_PATH), timedOut: false });
    assert.equal(
      verdict.matched.at(-1)?.witness,
      'vm',
      'the object witness is preferred to the count',
    );
  });

  it('fails fast when the VM reaches Running while pull errors are still expected', () => {
    const entries = states('vm', ['Starting', 'ErrImagePull', 'Running']);
    const tracker = trackPath(options());
    const seen = timeline(entries);
    assert.equal(tracker.decide(seen, 2000), undefined, 'other witnesses may still catch up');
    assert.equal(tracker.decide(seen, 3999), undefined);
    assert.equal(tracker.decide(seen, 4000), 'failed', 'after the settle time');
    assert.equal(trackPath(options(undefined, { settleMs: 0 })).decide(seen), 'failed');
  });

  it('lets a lagging VM finish the path after the pod reached Running', () => {
    const entries: StateEntry[] = [
      ...states('vm', ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull']),
      pod('Running', 2500),
      vm('ImagePullBackOff', 3200),
    ];
    assert.deepEqual(decisions(DEFAULT_PATH, entries).slice(-1), ['passed']);
  });

  it('keeps paths that end in Running working', () => {
    const entries = states('vm', ['Stopped', 'Starting', 'Running']);
    assert.deepEqual(decisions('Stopped -> Starting -> Running', entries, { settleMs: 0 }), [
      undefined,
      undefined,
      'passed',
    ]);
    assert.deepEqual(decisions('Stopped => Starting => Running', entries, { settleMs: 0 }), [
      undefined,
      undefined,
      'passed',
    ]);
  });

  it('does not fail a path whose remaining steps Running does not rule out', () => {
    const entries = states('vm', ['Starting', 'ErrImagePull', 'Running']);
    const tracker = trackPath(options('ErrImagePull -> Running -> Stopped', { settleMs: 0 }));
    assert.equal(tracker.decide(timeline(entries), 100_000), undefined);
    assert.equal(tracker.decide(timeline([...entries, vm('Stopped', 5000)])), 'passed');
  });

  it("fails fast on the pod's InvalidImageName even when the VM only says Starting", () => {
    const entries = [
      vm('Starting', 0),
      pod('InvalidImageName', 800, { message: "couldn't parse image reference" }),
    ];
    const tracker = trackPath(options());
    assert.equal(tracker.decide(timeline(entries), 2000), undefined);
    assert.equal(tracker.decide(timeline(entries), 2800), 'failed');
  });

  it('waits out a short ErrorUnschedulable (the KVM device plugin registering) before failing', () => {
    const unschedulable = [vm('Starting', 0), vm('ErrorUnschedulable', 1000)];
    const tracker = trackPath(options(undefined, { unschedulableGraceMs: 30_000 }));
    assert.equal(tracker.decide(timeline(unschedulable), 30_999), undefined);
    assert.equal(tracker.decide(timeline(unschedulable), 31_000), 'failed');

    const cleared = [...unschedulable, vm('Starting', 5000), vm('ErrImagePull', 6000)];
    assert.equal(tracker.decide(timeline(cleared), 60_000), undefined);
  });

  it('fails at completion when no pull error message is about the image under test', () => {
    const other = 'Back-off pulling image "quay.io/kubevirt/virt-launcher:v1.9.0"';
    const entries = [
      ...states('vm', ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff']),
      pod('ImagePullBackOff', 500, { message: other }),
    ];
    assert.equal(trackPath(options()).decide(timeline(entries)), 'failed');
    const right = [...entries, pod('ErrImagePull', 600, { message: PULL_MESSAGE })];
    assert.equal(trackPath(options()).decide(timeline(right)), 'passed');
  });

  it('leaves an open path undecided, and verify calls it inconclusive at the timeout', () => {
    const entries = states('vm', ['Starting', 'ErrImagePull', 'ImagePullBackOff']);
    assert.equal(trackPath(options()).decide(timeline(entries), 600_000), undefined);
    const verdict = verify(timeline(entries, 600_000), options());
    assert.equal(verdict.result, 'inconclusive');
    assert.equal(verdict.contradiction, undefined);
  });

  it('agrees with verify on every prefix', () => {
    const entries = [
      ...states('vm', ['Starting', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull']),
      pod('Running', 4500),
      vm('Running', 6000),
    ];
    const tracker = trackPath(options());
    for (let i = 1; i <= entries.length; i++) {
      const prefix = timeline(entries.slice(0, i), 10_000 * i);
      const verdict = verify(prefix, options());
      const decision = tracker.decide(prefix);
      assert.equal(decision ?? 'inconclusive', verdict.result, `after ${i} entries`);
      if (decision === 'failed') assert.equal(verdict.decidedAtMs, 6500);
    }
  });
});
