import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MetricComparison } from '../../src/trend/compare.ts';
import { formatChange } from '../../src/trend/comparison-table.ts';

function change(value: number, percent?: number, unit: MetricComparison['unit'] = 'ms') {
  return formatChange({
    name: 'm',
    unit,
    key: false,
    history: [],
    historyRuns: [],
    change: value,
    changePercent: percent,
    verdict: 'within',
  });
}

describe('formatChange', () => {
  it('writes the size with its sign and the percentage', () => {
    assert.equal(change(5_000, 50), '+5.0 s (+50%)');
    assert.equal(change(-2.34, -12.4), '-2.3 ms (-12%)');
    assert.equal(change(0, 0), '±0 ms (±0%)');
    assert.equal(change(3, undefined, 'count'), '+3');
  });

  it('never reads "+0 ms" for a change too small to round to 0.1 ms', () => {
    assert.equal(change(0.03, 2), '+<0.1 ms (+2%)');
    assert.equal(change(-0.01, -1), '-<0.1 ms (-1%)');
  });
});
