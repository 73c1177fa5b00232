// What a watcher tells the user (lines.ts), table-tested: the next step after a failure, and
// which gaps are warnings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Plan } from '../../src/observe/decide.ts';
import type { GapRecord } from '../../src/observe/gaps.ts';
import { gapLine, planLine, seconds } from '../../src/observe/lines.ts';

const plan = (next: Plan['next'], delayMs = 0): Plan => ({
  next,
  delayMs,
  poll: false,
  failures: 1,
  warn: false,
});

describe('planLine', () => {
  const cases: [string, Plan, boolean, string][] = [
    [
      'says when it watches again, and that it polls meanwhile',
      plan('watch', 250),
      true,
      'pods: watching again in 0.250s after 503; polling every 100 ms meanwhile',
    ],
    ['says when it relists', plan('list'), false, 'pods: relisting in 0.000s after 503'],
    [
      'says that a refused watch leaves polling for good, and what that risks',
      plan('poll-only'),
      true,
      'pods: watch refused (503); polling every 100 ms for the rest of the run, so states shorter than that may be missed',
    ],
    [
      'says that a witness it cannot list is unavailable',
      plan('give-up'),
      false,
      'pods: cannot list (503); this witness is unavailable',
    ],
  ];
  for (const [name, given, polling, expected] of cases) {
    it(name, () =>
      assert.equal(planLine('pods', given, '503', { intervalMs: 100, now: polling }), expected),
    );
  }
});

describe('gapLine', () => {
  const gap = (changes?: GapRecord['changes'], cause: GapRecord['cause'] = 'expired') => ({
    cause,
    detail: '410 Expired',
    at: 1000,
    until: 3500,
    ...(changes ? { changes } : {}),
  });
  it('is progress when nothing changed across the gap', () =>
    assert.deepEqual(gapLine('virtualmachines', gap([])), {
      line: 'virtualmachines: gap of 2.500s (expired): 410 Expired',
      warn: false,
    }));
  it('warns, naming the changes, when something changed across it', () =>
    assert.deepEqual(gapLine('virtualmachines', gap([{ vm: 'ns/a', text: 'vm ns/a: deleted' }])), {
      line: 'virtualmachines: gap of 2.500s (expired): 410 Expired; changed: vm ns/a: deleted',
      warn: true,
    }));
  it('warns about a lost line even when it changed nothing', () =>
    assert.equal(gapLine('pods', gap(undefined, 'malformed')).warn, true));
});

describe('seconds', () => {
  it('shows milliseconds below ten seconds and tenths above', () => {
    assert.equal(seconds(250), '0.250s');
    assert.equal(seconds(12_345), '12.3s');
  });
});
