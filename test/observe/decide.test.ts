import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiException } from '@kubernetes/client-node';
import {
  backoffMs,
  classify,
  classifyStatus,
  decide,
  DEFAULT_LIMITS,
  THROTTLED_FLOOR_MS,
  type Ending,
  type LoopState,
  type Plan,
} from '../../src/observe/decide.ts';

const limits = {
  ...DEFAULT_LIMITS,
  minRestartDelayMs: 200,
  baseBackoffMs: 100,
  maxBackoffMs: 1600,
};
// A fake clock: the last watch started at t = 10 000 ms; "now" is given per case.
const watching = (now: number, failures = 0, progressed = false): LoopState => ({
  phase: 'watch',
  failures,
  lastStartAt: 10_000,
  progressed,
  now,
});

interface Case {
  name: string;
  ending: Ending;
  state: LoopState;
  random?: number;
  expect: Partial<Plan>;
}

const cases: Case[] = [
  {
    name: 're-watches at once after a watch that lived longer than the minimum restart delay ended cleanly',
    ending: { kind: 'closed', message: 'the server closed the watch' },
    state: watching(15_000),
    expect: { next: 'watch', delayMs: 0, poll: false, failures: 0 },
  },
  {
    name: 'keeps watch starts the minimum restart delay apart when a watch closes at once without delivering anything (no hot loop)',
    ending: { kind: 'closed', message: 'the server closed the watch' },
    state: watching(10_050),
    expect: { next: 'watch', delayMs: 150, poll: false },
  },
  {
    name: 're-watches at once after a watch that delivered events closed, however soon',
    ending: { kind: 'closed', message: 'the server closed the watch' },
    state: watching(10_050, 0, true),
    expect: { next: 'watch', delayMs: 0, poll: false },
  },
  {
    name: 're-watches at once after a reset of a watch that delivered events, and does not count it as a failure: the history is there to replay',
    ending: { kind: 'network', message: 'ECONNRESET' },
    state: watching(10_050, 0, true),
    expect: { next: 'watch', delayMs: 0, poll: false, failures: 0 },
  },
  {
    name: 're-watches at once after the first reset of a watch that delivered nothing, without polling',
    ending: { kind: 'network', message: 'ECONNRESET' },
    state: watching(10_020, 0, false),
    expect: { next: 'watch', delayMs: 0, poll: false, failures: 1 },
  },
  {
    name: 'backs off, polling meanwhile, when a second watch in a row breaks without delivering anything',
    ending: { kind: 'network', message: 'ECONNRESET' },
    state: watching(10_020, 1, false),
    random: 0,
    expect: { next: 'watch', delayMs: 50, poll: true, failures: 2 },
  },
  {
    name: 're-watches at once after a first 503 that gave no Retry-After',
    ending: { kind: 'server-error', code: 503, message: '503' },
    state: watching(10_001),
    expect: { next: 'watch', delayMs: 0, poll: false, failures: 1 },
  },
  {
    name: 'waits the Retry-After of a 503 that gave one, even the first time',
    ending: { kind: 'server-error', code: 503, retryAfterMs: 3000, message: '503' },
    state: watching(10_001),
    expect: { next: 'watch', delayMs: 3000, poll: false, failures: 1 },
  },
  {
    name: 're-watches at once after a first watch request that got no answer in time',
    ending: { kind: 'timeout', message: 'no answer' },
    state: watching(40_000),
    expect: { next: 'watch', delayMs: 0, poll: false, failures: 1 },
  },
  {
    name: 'recovers from 410 by relisting and marks the gap',
    ending: { kind: 'expired', message: '410 Expired: too old resource version: 5 (40)' },
    state: watching(12_000, 3),
    expect: { next: 'list', delayMs: 0, poll: false, gap: 'expired', failures: 3 },
  },
  {
    name: 'backs off with jitter after repeated 503s, polling meanwhile',
    ending: { kind: 'server-error', code: 503, message: '503' },
    state: watching(12_000, 2),
    random: 0.5,
    expect: { next: 'watch', delayMs: 150, poll: true, failures: 3 },
  },
  {
    name: 'caps the backoff after many failures',
    ending: { kind: 'network', message: 'ECONNRESET' },
    state: watching(12_000, 40),
    random: 0.999,
    expect: { next: 'watch', delayMs: 1599, poll: true, failures: 41 },
  },
  {
    name: 'honours Retry-After on 429, even when it is longer than any backoff',
    ending: { kind: 'throttled', retryAfterMs: 7_000, message: '429' },
    state: watching(12_000),
    expect: { next: 'watch', delayMs: 7_000, poll: true, failures: 1 },
  },
  {
    name: 'waits at least a second on a 429 that does not say how long (client-node drops the watch headers)',
    ending: { kind: 'throttled', message: '429' },
    state: watching(12_000),
    random: 0,
    expect: { next: 'watch', delayMs: THROTTLED_FLOOR_MS, poll: true },
  },
  {
    name: 'polls for good with a warning when the watch is forbidden',
    ending: { kind: 'forbidden', code: 403, message: '403 Forbidden' },
    state: watching(12_000),
    expect: { next: 'poll-only', poll: true, warn: true },
  },
  {
    name: 'gives up a resource whose list is forbidden, with a warning',
    ending: { kind: 'forbidden', code: 403, message: '403 Forbidden' },
    state: { phase: 'list', failures: 0, now: 0 },
    expect: { next: 'give-up', poll: false, warn: true },
  },
  {
    name: 'retries a failed relist as a list, not as a watch from a version that is gone',
    ending: { kind: 'server-error', code: 500, message: '500' },
    state: { phase: 'list', failures: 1, lastStartAt: 10_000, now: 12_000 },
    random: 0,
    expect: { next: 'list', delayMs: 50, poll: true },
  },
  {
    name: 'resynchronises by a relist after a malformed stream, and says so',
    ending: { kind: 'malformed', message: 'an event of unknown type "HELLO"' },
    state: watching(12_000),
    random: 0,
    expect: { next: 'list', delayMs: 0, gap: 'malformed', poll: false, warn: true },
  },
  {
    name: 'retries an unexpected answer (404) slowly and says so, rather than stopping silently',
    ending: { kind: 'unexpected', code: 404, message: '404 NotFound' },
    state: watching(12_000, 1),
    random: 0,
    expect: { next: 'watch', delayMs: 100, poll: true, warn: true },
  },
  {
    name: 'stops when stopped',
    ending: { kind: 'stopped' },
    state: watching(12_000),
    expect: { next: 'stop', poll: false },
  },
];

describe('decide', () => {
  for (const c of cases) {
    it(c.name, () => {
      const plan = decide(c.ending, c.state, limits, c.random ?? 0.5);
      assert.deepEqual(pick(plan, Object.keys(c.expect) as (keyof Plan)[]), c.expect);
    });
  }

  it('never loops hot: watches that each end at once, without an event, start at most once per minimum restart delay', () => {
    const endings: Ending[] = [
      { kind: 'closed', message: '' },
      { kind: 'expired', message: '' },
      { kind: 'network', message: '' },
      { kind: 'timeout', message: '' },
      { kind: 'server-error', code: 500, message: '' },
      { kind: 'server-error', code: 503, retryAfterMs: 0, message: '' },
      { kind: 'throttled', retryAfterMs: 0, message: '' },
      { kind: 'malformed', message: '' },
      { kind: 'unexpected', code: 400, message: '' },
    ];
    const windowMs = 10_000;
    for (const ending of endings) {
      let now = 0;
      let failures = 0;
      let starts = 0;
      while (now < windowMs && starts <= 1000) {
        starts++;
        const state: LoopState = {
          phase: 'watch',
          failures,
          lastStartAt: now,
          progressed: false,
          now,
        };
        const plan = decide(ending, state, limits, 0);
        failures = plan.failures;
        now += plan.delayMs;
      }
      assert.ok(
        starts <= windowMs / limits.minRestartDelayMs + 2,
        `${ending.kind}: ${starts} watch starts in ${windowMs} ms`,
      );
    }
  });
});

describe('backoffMs', () => {
  it('doubles from the base, stays within [d/2, d) and never exceeds the cap', () => {
    assert.equal(backoffMs(0, limits, 0), 50);
    assert.equal(backoffMs(1, limits, 0), 100);
    assert.equal(backoffMs(3, limits, 0.5), 600);
    for (let failures = 0; failures < 80; failures++) {
      assert.ok(backoffMs(failures, limits, 0.9999) <= limits.maxBackoffMs);
    }
  });
});

describe('classify', () => {
  it('names how client-node ended a watch', () => {
    assert.equal(classify(null).kind, 'closed');
    assert.equal(classify(new DOMException('timeout', 'TimeoutError')).kind, 'closed');
    const answer = (code: number) => Object.assign(new Error('status'), { statusCode: code });
    assert.equal(classify(answer(410)).kind, 'expired');
    assert.equal(classify(answer(403)).kind, 'forbidden');
    assert.equal(classify(answer(401)).kind, 'forbidden');
    assert.equal(classify(answer(429)).kind, 'throttled');
    assert.equal(classify(answer(503)).kind, 'server-error');
    assert.equal(classify(answer(404)).kind, 'unexpected');
    const reset = new TypeError('terminated', {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    assert.equal(classify(reset).kind, 'network');
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    assert.equal(classify(refused).kind, 'network');
  });

  it('takes Retry-After from a list answer', () => {
    const throttled = new ApiException(
      429,
      'x',
      '{"kind":"Status","code":429,"reason":"TooManyRequests","message":"slow"}',
      {
        'retry-after': '2',
      },
    );
    assert.deepEqual(classify(throttled), {
      kind: 'throttled',
      retryAfterMs: 2000,
      message: '429 TooManyRequests: slow',
    });
  });

  it('names a Status that came as an ERROR event, including its retryAfterSeconds', () => {
    assert.deepEqual(
      classifyStatus({
        kind: 'Status',
        code: 410,
        reason: 'Expired',
        message: 'too old resource version: 1 (5)',
      }),
      {
        kind: 'expired',
        message: '410 Expired: too old resource version: 1 (5)',
      },
    );
    assert.deepEqual(
      classifyStatus({
        code: 429,
        reason: 'TooManyRequests',
        message: 'x',
        details: { retryAfterSeconds: 1 },
      }),
      {
        kind: 'throttled',
        retryAfterMs: 1000,
        message: '429 TooManyRequests: x',
      },
    );
    assert.equal(classifyStatus({ nonsense: true }).kind, 'malformed');
  });
});

function pick(plan: Plan, keys: (keyof Plan)[]): Partial<Plan> {
  return Object.fromEntries(keys.map((key) => [key, plan[key]]));
}
