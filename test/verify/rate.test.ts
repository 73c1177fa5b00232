import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cleanRunsUntil, describeRate, percent, wilsonInterval } from '../../src/verify/rate.ts';

describe('wilsonInterval', () => {
  // Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
  // methods", Statistics in Medicine 17 (1998), Table II, method 3 (score, no correction).
  const published: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [failures, runs, low, high] of published) {
    it(`gives Newcombe's interval for ${failures} of ${runs}`, () => {
      const interval = wilsonInterval(failures, runs);
      assert.equal(Number(interval.low.toFixed(4)), low);
      assert.equal(Number(interval.high.toFixed(4)), high);
      assert.equal(interval.confidence, 0.95);
    });
  }

  it('puts the upper end of 0 of 300 at z²/(n + z²), above the rule of three', () => {
    const interval = wilsonInterval(0, 300);
    assert.equal(interval.low, 0);
    assert.ok(Math.abs(interval.high - 3.8415 / 303.8415) < 1e-5);
  });

  it('always contains the observed rate and stays inside [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), (runs, n) => {
        const failures = n % (runs + 1);
        const { low, high, rate } = wilsonInterval(failures, runs);
        return 0 <= low && low <= rate && rate <= high && high <= 1;
      }),
    );
  });

  it('refuses impossible counts', () => {
    assert.throws(() => wilsonInterval(3, 2), /failures <= runs/);
    assert.throws(() => wilsonInterval(0, 0), /runs > 0/);
    assert.throws(() => wilsonInterval(Number.NaN, 10), /failures <= runs/);
  });
});

describe('cleanRunsUntil', () => {
  it('counts the clean runs that bring 0 failures below 0.1 %', () => {
    const more = cleanRunsUntil(0, 300, 0.001);
    assert.ok(wilsonInterval(0, 300 + more).high < 0.001);
    assert.ok(wilsonInterval(0, 300 + more - 1).high >= 0.001);
  });

  it('needs more runs after a failure than without one', () => {
    assert.ok(cleanRunsUntil(1, 300, 0.001) > cleanRunsUntil(0, 300, 0.001));
  });

  it('is 0 when the bound is already met', () => {
    assert.equal(cleanRunsUntil(0, 10_000, 0.001), 0);
  });
});

describe('describeRate', () => {
  it('says "below" for no failures', () => {
    assert.equal(
      describeRate(wilsonInterval(0, 300)),
      '300 runs, 0 failures: failure rate below 1.3 % (95 %)',
    );
  });

  it('gives the rate and both ends otherwise', () => {
    assert.equal(
      describeRate(wilsonInterval(5, 50)),
      '50 runs, 5 failures: failure rate 10 %, between 4.3 % and 21 % (95 %)',
    );
  });

  it('keeps two significant digits of small rates', () => {
    assert.equal(percent(0.00126), '0.13 %');
    assert.equal(percent(0.5), '50 %');
    assert.equal(percent(0.9996), '99.9 %');
    assert.equal(percent(1), '100 %');
    assert.equal(percent(0), '0 %');
  });
});
