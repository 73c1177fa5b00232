import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  anyMissed,
  missProbability,
  pollingMiss,
  stepDwells,
} from '../../src/verify/polling-miss.ts';
import { verify } from '../../src/verify/verify.ts';
import { event, options, pod, timeline, vm } from '../support/timelines.ts';

describe('missProbability', () => {
  const cases: [number, number, number][] = [
    [1, 1000, 0.999],
    [500, 1000, 0.5],
    [1000, 1000, 0],
    [5000, 1000, 0],
    [0, 100, 1],
  ];
  for (const [dwell, interval, expected] of cases) {
    it(`misses a ${dwell} ms state with a ${interval} ms poller ${expected * 100} % of the time`, () => {
      assert.ok(Math.abs(missProbability(dwell, interval) - expected) < 1e-12);
    });
  }

  it('never rises as the state lives longer', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(10_000),
        fc.integer({ min: 1, max: 10_000 }),
        (a, b, p) => missProbability(Math.min(a, b), p) >= missProbability(Math.max(a, b), p),
      ),
    );
  });
});

describe('anyMissed', () => {
  it('combines independent misses', () => {
    assert.ok(Math.abs(anyMissed([0.5, 0.5]) - 0.75) < 1e-12);
    assert.equal(anyMissed([]), 0);
    assert.equal(anyMissed([0, 1]), 1);
  });
});

describe('pollingMiss', () => {
  // ErrImagePull lives 20 ms, ImagePullBackOff 10 s, then again; the last one is still going.
  const entries = [
    vm('Starting', 0),
    vm('ErrImagePull', 1000),
    vm('ImagePullBackOff', 1020),
    vm('ImagePullBackOff', 5000, { resourceVersion: 'same-state-again' }),
    vm('ErrImagePull', 11_020),
    vm('ImagePullBackOff', 11_040),
    pod('ErrImagePull', 999),
    event('ErrImagePull', 11_000, 2),
  ];
  const observed = timeline(entries, 12_000);
  const verdict = verify(observed, options());

  it('measures each matched state until its witness shows another state', () => {
    const dwells = stepDwells(observed, verdict.matched);
    assert.deepEqual(
      dwells.map((d) => [d.state, d.dwellMs, d.ongoing ?? false]),
      [
        ['ErrImagePull', 20, false],
        ['ImagePullBackOff', 10_000, false],
        ['ErrImagePull', 20, false],
        ['ImagePullBackOff', 960, true],
      ],
    );
  });

  it('says a 1 s poller almost surely misses the path and a 10 ms one does not', () => {
    const estimate = pollingMiss(observed, verdict.matched, [
      { intervalMs: 10, who: 'poll-interval' },
    ]);
    const byInterval = new Map(estimate.pollers.map((p) => [p.intervalMs, p]));
    const oneSecond = byInterval.get(1000)!;
    assert.deepEqual(
      oneSecond.steps.map((p) => (p === undefined ? p : Number(p.toFixed(3)))),
      [0.98, 0, 0.98, undefined],
    );
    assert.ok(oneSecond.path > 0.99);
    assert.equal(byInterval.get(10)!.path, 0);
    assert.deepEqual(
      estimate.pollers.map((p) => p.intervalMs),
      [10, 50, 1000, 5000],
    );
  });

  it('leaves a step proven only by an Event count without a dwell', () => {
    const coalesced = timeline(
      [
        vm('ErrImagePull', 1000),
        vm('ImagePullBackOff', 1020),
        event('ErrImagePull', 11_000, 2),
        vm('ImagePullBackOff', 11_020),
      ],
      12_000,
    );
    const matched = verify(coalesced, options()).matched;
    const estimate = pollingMiss(coalesced, matched);
    const counted = estimate.dwells.findIndex((d) => d.witness === 'event');
    assert.ok(counted >= 0);
    assert.equal(estimate.dwells[counted]!.dwellMs, undefined);
    assert.equal(estimate.pollers[0]!.steps[counted], undefined);
  });

  it('does not add a configured interval twice', () => {
    const estimate = pollingMiss(observed, verdict.matched, [{ intervalMs: 1000, who: 'again' }]);
    assert.equal(estimate.pollers.filter((p) => p.intervalMs === 1000).length, 1);
  });
});
