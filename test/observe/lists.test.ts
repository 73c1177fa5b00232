// The list side of a watcher (lists.ts) on plain data and a clock that jumps: what a list shows
// next to what the timeline holds, and the first list's retries within the start's deadline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Clock } from '../../src/observe/clock.ts';
import { DEFAULT_LIMITS, type Ending } from '../../src/observe/decide.ts';
import {
  firstList,
  readListing,
  type ListDeadline,
  type UnlistableError,
} from '../../src/observe/lists.ts';
import type { Listing } from '../../src/observe/resource-specs.ts';
import { DELETED } from '../../src/observe/timeline.ts';
import type { Reading } from '../../src/observe/witness.ts';

const reading = (name: string, state: string, rv = '1'): Reading => ({
  key: `vm ns/${name}`,
  identity: state,
  observation: {
    witness: 'vm',
    vm: `ns/${name}`,
    object: `ns/${name}`,
    state,
    resourceVersion: rv,
  },
});
const item = (name: string, state: string) => ({ name, state });
const read = (object: unknown) => {
  const { name, state } = object as ReturnType<typeof item>;
  return state === 'unreadable' ? undefined : reading(name, state);
};

describe('readListing', () => {
  const cases: {
    name: string;
    items: ReturnType<typeof item>[];
    latest: Reading[];
    witness?: 'vm' | 'event';
    readings: string[];
    gone: string[];
  }[] = [
    {
      name: 'reads every listed object the witness can read',
      items: [item('a', 'Starting'), item('b', 'unreadable')],
      latest: [],
      readings: ['vm ns/a Starting'],
      gone: [],
    },
    {
      name: 'deletes what the timeline has and the list no longer has, at the list resourceVersion',
      items: [item('a', 'ErrImagePull')],
      latest: [reading('a', 'Starting'), reading('b', 'Starting')],
      readings: ['vm ns/a ErrImagePull'],
      gone: ['vm ns/b Deleted@42'],
    },
    {
      name: 'does not delete again what is deleted already',
      items: [],
      latest: [{ ...reading('b', DELETED), identity: DELETED }],
      readings: [],
      gone: [],
    },
    {
      name: 'deletes no Event: an Event that is gone expired, its last count stays true',
      items: [],
      latest: [reading('e', 'ErrImagePull')],
      witness: 'event',
      readings: [],
      gone: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const listing: Listing = { resourceVersion: '42', items: c.items };
      const latest = new Map(c.latest.map((r) => [r.key, r]));
      const { readings, gone } = readListing(listing, read, c.witness ?? 'vm', latest);
      assert.deepEqual(
        [...readings.values()].map((r) => `${r.key} ${r.observation.state}`),
        c.readings,
      );
      assert.deepEqual(
        gone.map((r) => `${r.key} ${r.observation.state}@${r.observation.resourceVersion}`),
        c.gone,
      );
    });
  }
});

/** A clock whose waits jump time forward at once, and the list answers of one start. */
function start(
  answers: ((deadline: ListDeadline, hang: () => void) => Listing | Ending)[],
  allowedMs = 10_000,
) {
  let now = 0;
  const clock: Clock = {
    now: () => now,
    sleep: (ms) => {
      now += ms;
      return Promise.resolve();
    },
    timer: () => () => {},
  };
  const deadlines: ListDeadline[] = [];
  const lines: string[] = [];
  let notBefore = 0;
  const run = firstList({
    resource: 'pods',
    clock,
    limits: { ...DEFAULT_LIMITS, livenessTimeoutMs: 4000, baseBackoffMs: 200, startAttempts: 4 },
    random: () => 0,
    start: { until: allowedMs, allowedMs },
    request: (deadline) => {
      deadlines.push(deadline);
      return Promise.resolve(answers.shift()!(deadline, () => (now += deadline.ms)));
    },
    failed: (ending) => {
      if (ending.kind === 'throttled' && ending.retryAfterMs) notBefore = now + ending.retryAfterMs;
    },
    notBefore: () => notBefore,
    pause: (ms) => clock.sleep(Math.max(ms, notBefore - now)),
    log: (line) => lines.push(line),
  });
  return { run, deadlines, lines, at: () => now };
}

const LISTED: Listing = { resourceVersion: '7', items: [] };
const unavailable: Ending = { kind: 'server-error', code: 503, message: '503' };
const forbidden: Ending = { kind: 'forbidden', code: 403, message: '403 Forbidden' };

describe('firstList', () => {
  it('lists at once when the server answers', async () => {
    const s = start([() => LISTED]);
    assert.equal(await s.run, LISTED);
    assert.deepEqual(s.lines, []);
  });

  it('retries a 503 at once, then backs off, and says so', async () => {
    const s = start([() => unavailable, () => unavailable, () => LISTED]);
    assert.equal(await s.run, LISTED);
    assert.equal(s.lines.length, 2);
    assert.match(s.lines[0]!, /pods: list failed \(503\); retrying in 0\.000s/);
    assert.equal(s.at(), 100, 'the second retry waited the first back-off');
  });

  it('gives up after the tries allowed, with the last answer', async () => {
    const s = start([1, 2, 3, 4].map(() => () => unavailable));
    await assert.rejects(s.run, (error: UnlistableError) => {
      assert.equal(error.message, 'cannot list pods: 503');
      assert.equal(error.gapCause, 'server-error');
      return true;
    });
  });

  it('gives up at once on a forbidden list', async () => {
    const s = start([() => forbidden]);
    await assert.rejects(s.run, { gapCause: 'forbidden' });
    assert.equal(s.deadlines.length, 1);
  });

  it('gives a list no more than what is left of the start, and tries no more once it is spent', async () => {
    const noAnswer = (d: ListDeadline, hang: () => void): Ending => {
      hang();
      return { kind: 'timeout', message: `no answer to the list within ${d.name}` };
    };
    const s = start([noAnswer, noAnswer, noAnswer], 10_000);
    await assert.rejects(s.run, (error: UnlistableError) => {
      assert.equal(error.gapCause, 'timeout');
      assert.equal(
        error.message,
        'cannot list pods: no answer to the list within the 1.900s left of the 10.0s allowed to start; no time left to try again',
      );
      return true;
    });
    assert.deepEqual(
      s.deadlines.map((d) => d.ms),
      [4000, 4000, 1900],
      'the liveness timeout, then what was left after the back-off',
    );
    assert.ok(s.at() <= 10_000, `ended within the start's deadline (${s.at()} ms)`);
  });

  it('does not wait for a Retry-After that ends past the start deadline', async () => {
    const s = start([() => ({ kind: 'throttled', retryAfterMs: 20_000, message: '429' })]);
    await assert.rejects(s.run, {
      message: 'cannot list pods: 429; no time left to try again within the 10.0s allowed to start',
    });
    assert.equal(s.at(), 0, 'gave up without waiting');
  });

  it('resolves to nothing when stopped', async () => {
    const s = start([() => ({ kind: 'stopped' })]);
    assert.equal(await s.run, undefined);
  });
});
