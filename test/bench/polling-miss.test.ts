import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scheduleMiss } from '../../bench/polling-miss.ts';
import { missProbability } from '../../src/verify/polling-miss.ts';

describe('scheduleMiss', () => {
  it('equals the estimate for a regular poller', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(6000), (interval, dwell) => {
        const regular = Array.from({ length: 10 }, () => interval);
        return Math.abs(scheduleMiss(dwell, regular) - missProbability(dwell, interval)) < 1e-12;
      }),
    );
  });

  it('weighs a stall by its length: one 900 ms gap among nine of 100 ms', () => {
    // A 50 ms state starts in the stall 900/1800 of the time and is missed 850/900 of that;
    // in a 100 ms gap 900/1800 of the time, missed 50/100 of that.
    const gaps = [900, ...Array.from({ length: 9 }, () => 100)];
    assert.ok(Math.abs(scheduleMiss(50, gaps) - (850 + 9 * 50) / 1800) < 1e-12);
  });

  it('is 0 without a schedule', () => {
    assert.equal(scheduleMiss(10, []), 0);
  });
});
