// The fallback poller on a fake clock: when it lists, and how long it waits after each answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LIMITS, type Ending } from '../../src/observe/decide.ts';
import { nextPollInMs, Poller } from '../../src/observe/poller.ts';
import type { Listing } from '../../src/observe/resource-specs.ts';
import { FakeClock } from '../support/fake-clock.ts';

const LISTING: Listing = { resourceVersion: '7', items: [] };
const limits = { ...DEFAULT_LIMITS, baseBackoffMs: 200, maxBackoffMs: 1600 };
const throttled = (retryAfterMs?: number): Ending => ({
  kind: 'throttled',
  message: '429',
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});
const unavailable: Ending = { kind: 'server-error', code: 503, message: '503' };

describe('nextPollInMs', () => {
  const deps = { intervalMs: 100, limits };
  const cases: [string, Listing | Ending, number, number, number][] = [
    ['polls again one interval after a list started', LISTING, 30, 0, 70],
    ['polls again at once after a list that took longer than the interval', LISTING, 250, 0, 0],
    [
      "waits the server's Retry-After after a 429, however short the interval",
      throttled(2000),
      5,
      0,
      2000,
    ],
    ['waits at least a second after a 429 that did not say how long', throttled(), 5, 0, 1000],
    ['backs off after a failure, doubling with each one', unavailable, 5, 2, 800],
    ['backs off from the first failure on', unavailable, 5, 0, 200],
  ];
  for (const [name, result, tookMs, failures, expected] of cases) {
    // random 0.999…: the top of the jitter range, so the doubling is visible.
    it(name, () => assert.equal(nextPollInMs(result, tookMs, failures, deps, 0.999_999), expected));
  }
});

describe('Poller', () => {
  /** A poller whose lists answer at once, from `answers` in turn (then the last one forever). */
  function poller(answers: (Listing | Ending)[]) {
    const clock = new FakeClock(1000);
    const lists: number[] = [];
    const seen: string[] = [];
    let stopped = false;
    const instance = new Poller({
      clock,
      intervalMs: 100,
      limits,
      random: () => 0.999_999,
      list: () => {
        if (stopped) throw new Error('a list after stop()');
        lists.push(clock.now());
        return Promise.resolve(answers.length > 1 ? answers.shift()! : answers[0]!);
      },
      onListing: (listing) => seen.push(`listed ${listing.resourceVersion}`),
      onFailure: (ending) => seen.push(ending.kind),
      onCrash: (error) => seen.push(`crashed: ${String(error)}`),
    });
    return {
      clock,
      lists,
      seen,
      stop: async () => {
        await instance.stop();
        stopped = true;
      },
    };
  }

  it('lists at once, then every interval while the answers come', async () => {
    const p = poller([LISTING]);
    await p.clock.advance(350);
    assert.deepEqual(p.lists, [1000, 1100, 1200, 1300]);
    assert.deepEqual(p.seen, ['listed 7', 'listed 7', 'listed 7', 'listed 7']);
    await p.stop();
  });

  it("waits out the server's Retry-After, then goes back to the interval", async () => {
    const p = poller([throttled(2000), LISTING]);
    await p.clock.advance(2250);
    assert.deepEqual(p.lists, [1000, 3000, 3100, 3200]);
    assert.deepEqual(p.seen.slice(0, 2), ['throttled', 'listed 7']);
    await p.stop();
  });

  it('backs off over repeated failures and resets after a success', async () => {
    const p = poller([unavailable, unavailable, unavailable, LISTING]);
    await p.clock.advance(1600);
    // Waits of 200, 400, 800 (the base doubling, at the top of its jitter), then the interval
    // again once a list succeeded.
    assert.deepEqual(p.lists.slice(0, 5), [1000, 1200, 1600, 2400, 2500]);
    await p.stop();
  });

  it('makes no request after stop(), and stop() ends its wait at once', async () => {
    const p = poller([throttled(60_000)]);
    await p.clock.advance(10);
    await p.stop();
    assert.deepEqual(p.clock.due, [], 'no timer left behind');
    await p.clock.advance(120_000);
    assert.deepEqual(p.lists, [1000]);
  });
});
