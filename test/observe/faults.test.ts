// The observer against everything a real API server does to a watch, struck at several moments,
// including the instant right after the watch delivered a transition: the timeline is complete
// or the gap is recorded, never a silent loss.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { startObserver } from '../../src/observe/index.ts';
import type { Timeline } from '../../src/observe/types.ts';
import { simulator } from '../sim/helpers.ts';
import { FakeClock, scaledClock } from '../support/fake-clock.ts';
import {
  collapse,
  createVm,
  eventually,
  gaps,
  harness,
  LIMITS,
  NAMESPACE,
  persistedVmStates,
  SCALE,
  setVmStatus,
  states,
  type Harness,
} from './helpers.ts';

const PATH = ['Starting', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff'];
const VMS = 'virtualmachines';

interface Fault {
  /** Strikes just before the write of PATH[at]. */
  strike(h: Harness): void | Promise<void>;
  /** Ends the fault after the last write, when it does not end by itself. */
  heal?(h: Harness): void | Promise<void>;
}

/** Ends the VM watch right after it delivered the next event: the instant of a transition. */
const afterNextEvent = (h: Harness, mode: 'close' | 'reset') =>
  h.sim.faults.endWatchesAfter({ resource: VMS, events: 1, mode, times: 1 });

/**
 * Plays PATH on a fresh VM, striking the fault before PATH[at], then waits until the VM watch
 * vouches for the last write again (or, polling for good, until the poller saw it).
 */
async function play(h: Harness, name: string, at: number, fault: Fault): Promise<Timeline> {
  const vm = `${NAMESPACE}/${name}`;
  h.observer.track(vm);
  await createVm(h, name);
  let last = '';
  for (const [index, state] of PATH.entries()) {
    if (index === at) await fault.strike(h);
    last = await setVmStatus(h, name, state);
  }
  await fault.heal?.(h);
  await eventually(
    () => {
      const stats = h.observer.stats()[VMS];
      if (stats.mode === 'poll' && stats.errors.forbidden) {
        return h.observer
          .timeline(vm)
          .entries.some((e) => e.kind === 'state' && e.resourceVersion === last);
      }
      return Number(stats.resourceVersion) >= Number(last);
    },
    15_000,
    `the observer vouching for ${vm} at resourceVersion ${last}`,
  );
  return h.observer.timeline(vm);
}

/** Every persisted state was seen, in order, and no gap had to be recorded. */
function assertComplete(h: Harness, name: string, timeline: Timeline): void {
  assert.deepEqual(
    states(timeline, 'vm'),
    persistedVmStates(h, name),
    'every persisted state, in order',
  );
  assert.deepEqual(collapse(persistedVmStates(h, name)), PATH);
  assert.deepEqual(
    gaps(timeline).filter((g) => g.resource === VMS),
    [],
    'no gap on the VM watch',
  );
}

async function closeAndCheck(h: Harness): Promise<void> {
  await h.observer.stop();
  await eventually(() => h.sim.openWatches() === 0, 5000, 'the server seeing every watch closed');
  await h.close();
  assert.deepEqual(h.unhandled, [], 'no unhandled rejection');
}

const MOMENTS = [1, 3];
/** The probe at its default on the observer's scaled clock: a tenth of a real second. */
const FAST_PROBE = { livenessTimeoutMs: 30_000 / SCALE, probeEveryMs: 2_000 };

describe('observer under faults', () => {
  for (const mode of ['close', 'reset'] as const) {
    const what = mode === 'close' ? 'ended by the server (timeout)' : 'reset mid-stream';
    it(`misses nothing when the watch is ${what} right after a transition`, async (t) => {
      const h = await harness(t);
      for (const at of MOMENTS) {
        const timeline = await play(h, `${mode}-${at}`, at, {
          strike: () => void afterNextEvent(h, mode),
        });
        assertComplete(h, `${mode}-${at}`, timeline);
      }
      const stats = h.observer.stats()[VMS];
      assert.ok(stats.watchStarts >= 3, `re-watched after each end (${stats.watchStarts} starts)`);
      assert.equal(stats.relists, 0, 'resumed from the last resourceVersion, never relisted');
      if (mode === 'reset') assert.ok((stats.errors.network ?? 0) >= 2);
      await closeAndCheck(h);
    });
  }

  it('misses nothing when watches end at random after events', async (t) => {
    const h = await harness(t, { sim: { seed: 7 } });
    h.sim.faults.endWatchesRandomly({ resource: VMS, rate: 0.5, mode: 'close' });
    for (const at of MOMENTS)
      assertComplete(h, `random-${at}`, await play(h, `random-${at}`, at, { strike: () => {} }));
    await closeAndCheck(h);
  });

  it('recovers from 410 after compaction by relisting, and records the gap with what changed', async (t) => {
    const h = await harness(t);
    for (const at of MOMENTS) {
      const name = `expired-${at}`;
      let down: { clear(): void } | undefined;
      const timeline = await play(h, name, at, {
        // Everything about VMs fails while the states change, so neither watch nor poll sees
        // them; then the history is compacted away before the watch can come back.
        strike: () => {
          down = h.sim.faults.inject({ match: { resource: VMS, method: 'GET' }, respond: 503 });
          h.sim.faults.endWatches({ resource: VMS, mode: 'reset' });
        },
        heal: () => {
          h.sim.faults.compact(VMS);
          down?.clear();
        },
      });
      const seen = states(timeline, 'vm');
      const persisted = persistedVmStates(h, name);
      assert.notDeepEqual(seen, persisted, 'states were lost: the test must provoke a real loss');
      assertSubsequence(seen, persisted);
      const gap = gaps(timeline).find((g) => g.cause === 'expired' && g.resource === VMS);
      assert.ok(gap, `an expired gap is recorded: ${JSON.stringify(timeline.entries)}`);
      assert.match(gap.detail, /410|Expired/);
      assert.ok(
        gap.changed?.some((change) => change.includes(name) && change.includes('ImagePullBackOff')),
        `the gap says what changed: ${JSON.stringify(gap.changed)}`,
      );
      assert.equal(seen.at(-1), 'ImagePullBackOff', 'the relist brought the current state');
    }
    assert.ok(h.observer.stats()[VMS].relists >= 2, 'relisted after each 410');
    await closeAndCheck(h);
  });

  it('honours Retry-After on 429: polls meanwhile and watches again only when allowed', async (t) => {
    const h = await harness(t);
    const name = 'throttled';
    const timeline = await play(h, name, 2, {
      strike: () => {
        h.sim.faults.inject({
          match: { resource: VMS, watch: true },
          respond: 429,
          retryAfterSeconds: 1,
          times: 1,
        });
        afterNextEvent(h, 'reset');
      },
    });
    assertComplete(h, name, timeline);
    const stats = h.observer.stats()[VMS];
    assert.equal(stats.errors.throttled, 1);
    assert.ok(stats.polls > 0, 'polled while the watch was throttled');
    assert.ok(
      timeline.entries.some((e) => e.kind === 'polling'),
      'the polling stretch is in the timeline',
    );
    await closeAndCheck(h);
    // The request log holds requests once they ended: after close, every watch is in it.
    const watches = h.sim.requests
      .filter((r) => r.resource === VMS && r.watch)
      .sort((a, b) => a.startedAt - b.startedAt);
    const throttled = watches.findIndex((r) => r.status === 429);
    const next = watches[throttled + 1];
    assert.ok(throttled >= 0 && next, 'watched again after the 429');
    const waited = next.startedAt - watches[throttled]!.startedAt;
    assert.ok(
      waited >= 1000 * SCALE,
      `the next watch came ${waited} ms after the 429, before Retry-After (${1000 * SCALE} ms at this scale)`,
    );
  });

  it('waits a Retry-After longer than a second, which client-node hides on a watch, as the next list tells it', async (t) => {
    const h = await harness(t);
    await eventually(() => h.observer.stats()[VMS].streams === 1, 10_000, 'the VM watch up');
    // The watch after the reset and the list the poller sends at once are both throttled.
    h.sim.faults.inject({
      match: { resource: VMS, method: 'GET' },
      respond: 429,
      retryAfterSeconds: 4,
      times: 2,
    });
    h.sim.faults.endWatches({ resource: VMS, mode: 'reset' });
    await eventually(() => h.observer.stats()[VMS].streams === 2, 10_000, 'watching again');
    await closeAndCheck(h);
    const requests = h.sim.requests
      .filter((r) => r.resource === VMS)
      .sort((a, b) => a.startedAt - b.startedAt);
    const throttled = requests.filter((r) => r.status === 429);
    assert.deepEqual(
      throttled.map((r) => r.watch),
      [true, false],
      'a watch, then a list, throttled',
    );
    const next = requests.find((r) => r.watch && r.startedAt > throttled[1]!.startedAt);
    assert.ok(next, 'watched again');
    const waited = next.startedAt - throttled[1]!.startedAt;
    assert.ok(
      waited >= 4000 * SCALE,
      `the next watch came ${waited} ms after the throttled list, before its Retry-After (${4000 * SCALE} ms at this scale)`,
    );
  });

  it('polls no faster than Retry-After allows when the lists are throttled too', async (t) => {
    const h = await harness(t);
    const throttle = h.sim.faults.inject({
      match: { resource: VMS, method: 'GET' },
      respond: 429,
      retryAfterSeconds: 1,
      times: 3,
    });
    h.sim.faults.endWatches({ resource: VMS, mode: 'reset' });
    await eventually(() => throttle.remaining === 0, 10_000, 'three throttled requests');
    const lists = h.sim.requests.filter((r) => r.resource === VMS && !r.watch && r.status === 429);
    const after = h.sim.requests.filter(
      (r) =>
        r.resource === VMS &&
        !r.watch &&
        r.startedAt > lists[0]!.startedAt &&
        r.startedAt - lists[0]!.startedAt < 1000 * SCALE,
    );
    assert.deepEqual(after, [], 'no list within Retry-After of a throttled one');
    await closeAndCheck(h);
  });

  it('misses nothing through bursts of 500 and 503 answers on watch and list', async (t) => {
    const h = await harness(t);
    for (const at of MOMENTS) {
      const name = `burst-${at}`;
      const timeline = await play(h, name, at, {
        strike: () => {
          h.sim.faults.inject({ match: { resource: VMS, method: 'GET' }, respond: 503, times: 4 });
          h.sim.faults.inject({ match: { resource: VMS, method: 'GET' }, respond: 500, times: 3 });
          afterNextEvent(h, 'reset');
        },
      });
      assertComplete(h, name, timeline);
    }
    const stats = h.observer.stats()[VMS];
    assert.ok((stats.errors['server-error'] ?? 0) >= 4, JSON.stringify(stats.errors));
    await closeAndCheck(h);
  });

  it('misses nothing when responses are slow', async (t) => {
    const h = await harness(t);
    for (const at of MOMENTS) {
      const name = `slow-${at}`;
      const timeline = await play(h, name, at, {
        strike: () => {
          h.sim.faults.inject({ match: { resource: VMS, method: 'GET' }, delayMs: 300, times: 2 });
          afterNextEvent(h, 'close');
        },
      });
      assertComplete(h, name, timeline);
    }
    await closeAndCheck(h);
  });

  it('misses nothing across an API server restart', async (t) => {
    const h = await harness(t);
    for (const at of MOMENTS) {
      const name = `restart-${at}`;
      const timeline = await play(h, name, at, { strike: () => h.sim.restart({ downMs: 100 }) });
      assertComplete(h, name, timeline);
    }
    assert.ok((h.observer.stats()[VMS].errors.network ?? 0) >= 1);
    await closeAndCheck(h);
  });

  it('records the gap when a restarted API server lost the watch history (compaction)', async (t) => {
    const h = await harness(t);
    for (const at of MOMENTS) {
      const name = `restart-compacted-${at}`;
      const timeline = await play(h, name, at, {
        strike: () => h.sim.restart({ downMs: 50, compact: true }),
      });
      const seen = states(timeline, 'vm');
      const persisted = persistedVmStates(h, name);
      assertSubsequence(seen, persisted);
      if (seen.join() !== persisted.join()) {
        const gap = gaps(timeline).find((g) => g.resource === VMS && g.cause === 'expired');
        assert.ok(
          gap?.changed?.some((c) => c.includes(name)),
          'what was not seen is in a gap',
        );
      }
    }
    // Quiet kinds (no VMI, pod or Event here) resume from a version the restart compacted away,
    // relist, and say that nothing of this VM changed across the gap.
    const quiet = await eventually(
      () => {
        const found = gaps(h.observer.timeline(`${NAMESPACE}/restart-compacted-3`)).filter(
          (g) => g.resource !== VMS && g.cause === 'expired',
        );
        return found.length > 0 && found;
      },
      10_000,
      'a quiet kind relisting after the restart',
    );
    assert.ok(
      quiet.every((g) => g.changed?.length === 0),
      `harmless gaps say nothing changed: ${JSON.stringify(quiet)}`,
    );
    await closeAndCheck(h);
  });

  it('polls for good with a warning when the watch is forbidden, and marks the stretch', async (t) => {
    const h = await harness(t);
    const name = 'forbidden';
    const vm = `${NAMESPACE}/${name}`;
    h.observer.track(vm);
    await createVm(h, name);
    await setVmStatus(h, name, 'Starting');
    h.sim.faults.forbidWatch(VMS);
    h.sim.faults.endWatches({ resource: VMS });
    await eventually(() => h.observer.stats()[VMS].mode === 'poll', 10_000, 'polling');
    // Each state is held until the poller saw it: polling can only vouch for what lives longer
    // than its interval.
    for (const state of PATH.slice(1)) {
      const rv = await setVmStatus(h, name, state);
      await eventually(
        () =>
          h.observer
            .timeline(vm)
            .entries.some((e) => e.kind === 'state' && e.resourceVersion === rv),
        10_000,
        `${state} polled`,
      );
    }
    const timeline = h.observer.timeline(vm);
    assert.deepEqual(states(timeline, 'vm'), PATH);
    assert.ok(
      timeline.entries
        .filter((e) => e.kind === 'state' && e.witness === 'vm')
        .slice(1)
        .every((e) => e.kind === 'state' && e.seenBy === 'poll'),
    );
    assert.ok(
      h.warnings.some(
        (w) => /virtualmachines: watch refused \(403/.test(w) && /for the rest of the run/.test(w),
      ),
      h.warnings.join('\n'),
    );
    assert.ok(
      timeline.entries.some(
        (e) => e.kind === 'polling' && e.resource === VMS && e.untilMs === undefined,
      ),
    );
    assert.ok(
      gaps(timeline).some((g) => g.cause === 'forbidden'),
      'an open gap while polling',
    );
    const watchesBefore = h.sim.requests.filter((r) => r.resource === VMS && r.watch).length;
    await h.observer.stop();
    await eventually(() => h.sim.openWatches() === 0, 5000, 'every watch closed');
    await h.close();
    assert.equal(
      h.sim.requests.filter((r) => r.resource === VMS && r.watch).length,
      watchesBefore,
      'never watched again',
    );
    const ended = h.observer.timeline(vm);
    const polling = ended.entries.findLast((e) => e.kind === 'polling' && e.resource === VMS);
    assert.equal(
      polling?.kind === 'polling' && polling.untilMs,
      ended.endedAtMs,
      'the polling stretch lasts to the end',
    );
    assert.ok(gaps(ended).some((g) => g.cause === 'forbidden' && g.untilMs === ended.endedAtMs));
    assert.deepEqual(h.unhandled, []);
  });

  it('restarts a watch that went silent, without calling it a gap', async (t) => {
    // On a fake clock: the liveness timeout runs out only when the test moves time on, and
    // only once every stream is up, so nothing but silence can end them.
    const clock = new FakeClock();
    const livenessTimeoutMs = 30_000;
    const h = await harness(t, {
      sim: { bookmarkIntervalMs: 60_000 },
      observer: { clock, limits: { livenessTimeoutMs } },
    });
    const streaming = (count: number) =>
      eventually(
        () => Object.values(h.observer.stats()).every((s) => s.streams === count),
        10_000,
        `stream ${count} of every resource up`,
      );
    await streaming(1);
    for (const count of [2, 3]) {
      await clock.advance(livenessTimeoutMs);
      await streaming(count);
    }
    assert.equal(h.observer.stats()[VMS].watchStarts, 3, 'one watch request per silence');
    const name = 'after-silence';
    h.observer.track(`${NAMESPACE}/${name}`);
    await createVm(h, name);
    const rv = await setVmStatus(h, name, 'Starting');
    await eventually(
      () => Number(h.observer.stats()[VMS].resourceVersion) >= Number(rv),
      10_000,
      'seen',
    );
    assert.deepEqual(gaps(h.observer.timeline(`${NAMESPACE}/${name}`)), []);
    assert.deepEqual(h.observer.stats()[VMS].errors, {});
    await closeAndCheck(h);
  });
});

describe('a watch request that gets no answer', () => {
  it('is covered by polling until it is answered, and the replay fills in after', async (t) => {
    // The observer's own 1 s (50 ms of real time here), so that the held request outlasts it.
    const h = await harness(t, { observer: { limits: { ...LIMITS, answerTimeoutMs: 1_000 } } });
    await eventually(() => h.observer.stats()[VMS].streams === 1, 10_000, 'the VM watch up');
    const timeline = await play(h, 'unanswered', 1, {
      strike: (h) => {
        // The next VM watch is held for 1.5 s of real time (30 s on the observer's clock).
        h.sim.faults.inject({ match: { resource: VMS, watch: true }, delayMs: 1_500, times: 1 });
        h.sim.faults.endWatches({ resource: VMS, mode: 'close' });
      },
    });
    assertComplete(h, 'unanswered', timeline);
    assert.ok(
      timeline.entries.some((e) => e.kind === 'polling'),
      'the polling stretch is in the timeline',
    );
    assert.ok(
      h.logs.some((line) =>
        /^virtualmachines: the watch request was not answered within 1\.000s: polling every 0\.400s until it is$/.test(
          line,
        ),
      ),
      h.logs.join('\n'),
    );
    assert.ok(h.observer.stats()[VMS].pollingMs > 0, 'time was polled');
  });
});

describe('a watch that is answered but never delivers', () => {
  for (const mode of ['silent', 'empty', 'html', 'buffer'] as const) {
    it(`polls and records a silent gap naming the watch when its transport is ${mode}`, async (t) => {
      const h = await harness(t, { observer: { limits: FAST_PROBE } });
      await eventually(() => h.observer.stats()[VMS].streams === 1, 10_000, 'the VM watch up');
      const spoilt = h.sim.faults.spoilWatches({ resource: VMS, mode });
      h.sim.faults.endWatches({ resource: VMS, mode: 'close' });
      const name = `spoilt-${mode}`;
      const vm = `${NAMESPACE}/${name}`;
      h.observer.track(vm);
      await createVm(h, name);
      // Each state is held until the observer saw it: polling can only see what lives long enough.
      for (const state of PATH) {
        const rv = await setVmStatus(h, name, state);
        await eventually(
          () =>
            h.observer
              .timeline(vm)
              .entries.some((e) => e.kind === 'state' && e.resourceVersion === rv),
          10_000,
          `${state} seen`,
        );
      }
      const timeline = h.observer.timeline(vm);
      assert.deepEqual(states(timeline, 'vm'), PATH);
      const silent = gaps(timeline).filter((g) => g.resource === VMS && g.cause === 'silent');
      assert.ok(silent.length > 0, JSON.stringify(gaps(timeline)));
      assert.match(
        silent[0]!.detail,
        /^virtualmachines watch: the watch was answered but delivered nothing for \d+\.\d+s while a list showed observed\/spoilt-/,
      );
      assert.ok(
        timeline.entries.some((e) => e.kind === 'polling' && e.resource === VMS),
        'polled meanwhile',
      );
      const stats = h.observer.stats()[VMS];
      assert.ok(stats.probes >= 2, `probed (${stats.probes})`);
      assert.ok(
        h.warnings.some((w) =>
          /^virtualmachines: watching again in .* after the watch was answered but delivered nothing/.test(
            w,
          ),
        ),
        h.warnings.join('\n'),
      );
      // The transport heals: the next watch delivers, and only an event ends the polling.
      spoilt.clear();
      h.sim.faults.endWatches({ resource: VMS, mode: 'close' });
      const rv = await setVmStatus(h, name, 'Starting');
      await eventually(
        () => stats.mode !== 'watch' && h.observer.stats()[VMS].mode === 'watch',
        10_000,
        'watching again',
      );
      await eventually(
        () => Number(h.observer.stats()[VMS].resourceVersion) >= Number(rv),
        10_000,
        'the watch delivering again',
      );
      await closeAndCheck(h);
    });
  }

  it('does not take a clean end of a watch that delivered nothing for complete', async (t) => {
    const h = await harness(t, { observer: { limits: FAST_PROBE } });
    await eventually(() => h.observer.stats()[VMS].streams === 1, 10_000, 'the VM watch up');
    h.sim.faults.spoilWatches({ resource: VMS, mode: 'empty' });
    h.sim.faults.endWatches({ resource: VMS, mode: 'close' });
    const name = 'empty-ends';
    const vm = `${NAMESPACE}/${name}`;
    h.observer.track(vm);
    await createVm(h, name);
    await setVmStatus(h, name, 'Starting');
    await eventually(
      () => gaps(h.observer.timeline(vm)).some((g) => g.cause === 'silent'),
      10_000,
      'a silent gap',
    );
    await h.observer.stop();
    const ended = h.observer.timeline(vm);
    const last = gaps(ended)
      .filter((g) => g.resource === VMS)
      .at(-1);
    assert.equal(last?.cause, 'silent', JSON.stringify(gaps(ended)));
    assert.equal(last?.untilMs, ended.endedAtMs, 'not vouched for up to the end');
    await closeAndCheck(h);
  });
});

describe('a watch line with a raw U+2028 (a non-Go intermediary)', () => {
  it('records the line client-node split and dropped as a gap, and relists the state it carried', async (t) => {
    const h = await harness(t, { observer: { limits: FAST_PROBE } });
    const name = 'raw-separator';
    const vm = `${NAMESPACE}/${name}`;
    h.observer.track(vm);
    await createVm(h, name);
    const starting = await setVmStatus(h, name, 'Starting');
    await eventually(
      () => Number(h.observer.stats()[VMS].resourceVersion) >= Number(starting),
      10_000,
      'Starting watched',
    );
    h.sim.faults.rawLineSeparators({ resource: VMS, times: 1 });
    const written = (await h.custom.patchNamespacedCustomObjectStatus(
      {
        group: 'kubevirt.io',
        version: 'v1',
        plural: VMS,
        namespace: NAMESPACE,
        name,
        body: {
          status: {
            printableStatus: 'ErrImagePull',
            conditions: [
              {
                type: 'Failure',
                status: 'True',
                reason: 'ErrImagePull',
                message: 'rpc error:\u2028 pull failed',
              },
            ],
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as { metadata: { resourceVersion: string } };
    await eventually(
      () =>
        h.observer
          .timeline(vm)
          .entries.some(
            (e) => e.kind === 'state' && e.resourceVersion === written.metadata.resourceVersion,
          ),
      15_000,
      'the lost state seen again',
    );
    const timeline = h.observer.timeline(vm);
    assert.deepEqual(states(timeline, 'vm'), ['Starting', 'ErrImagePull']);
    const lost = gaps(timeline).filter((g) => g.resource === VMS);
    assert.equal(lost.length, 1, JSON.stringify(lost));
    assert.equal(lost[0]!.cause, 'malformed');
    assert.match(lost[0]!.detail, /a line was lost in transit/);
    assert.deepEqual(lost[0]!.changed, [
      `vm ${vm}: Starting -> ErrImagePull; states in between, if any, were not seen`,
    ]);
    await closeAndCheck(h);
  });
});

describe('a list answered with a continue token it did not ask for', () => {
  it('reads every page, not the first page as the whole list', async (t) => {
    const h = await harness(t);
    const names = ['paged-a', 'paged-b', 'paged-c'];
    let last = '';
    for (const name of names) {
      h.observer.track(`${NAMESPACE}/${name}`);
      await createVm(h, name);
      last = await setVmStatus(h, name, 'Starting');
    }
    await eventually(
      () => Number(h.observer.stats()[VMS].resourceVersion) >= Number(last),
      10_000,
      'all watched',
    );
    // From now on every list of VMs comes one object a page; a 410 forces a relist.
    h.sim.faults.pageLists({ resource: VMS, pageSize: 1 });
    h.sim.faults.compact(VMS);
    h.sim.faults.inject({ match: { resource: VMS, watch: true }, respond: 410, times: 1 });
    h.sim.faults.endWatches({ resource: VMS, mode: 'close' });
    await eventually(() => h.observer.stats()[VMS].relists >= 1, 10_000, 'relisted');
    const pages = h.sim.requests.filter((r) => r.resource === VMS && !r.watch && r.query.continue);
    assert.ok(
      pages.length >= 2,
      `followed the continue tokens (${pages.length} pages after the first)`,
    );
    for (const name of names) {
      const timeline = h.observer.timeline(`${NAMESPACE}/${name}`);
      assert.deepEqual(states(timeline, 'vm'), ['Starting'], `${name}: not taken for deleted`);
    }
    await closeAndCheck(h);
  });
});

describe('observer start and stop, bounded', () => {
  it('gives up starting within the time the caller allows when the lists get no answer', async (t) => {
    const c = await simulator({ timeScale: 0.001, controllers: false });
    t.after(() => c.sim.close());
    await c.core.createNamespace({ body: { metadata: { name: NAMESPACE } } });
    // Every list of VMs is held for a minute of real time before the server answers.
    c.sim.faults.inject({ match: { resource: VMS, watch: false, method: 'GET' }, delayMs: 60_000 });
    const started = performance.now();
    await assert.rejects(
      startObserver({
        kubeConfig: c.kc,
        namespace: NAMESPACE,
        pollIntervalMs: 400,
        clock: scaledClock(SCALE),
        // 4 s on the observer's clock: a fifth of a real second.
        startWithinMs: 4_000,
      }),
      {
        message: new RegExp(
          `^Cannot observe VirtualMachines in namespace "${NAMESPACE}": cannot list virtualmachines: no answer to the list within the 4\\.000s allowed to start; no time left to try again\\.`,
        ),
      },
    );
    const tookMs = performance.now() - started;
    assert.ok(tookMs < 4_000 * SCALE + 4_000, `gave up after ${tookMs.toFixed(0)} ms`);
  });

  it('stops within its bound when a watch request gets no answer, and says what it left open', async (t) => {
    const h = await harness(t, {
      // 20 s on the observer's clock: one real second.
      observer: { limits: { livenessTimeoutMs: 30_000 / SCALE, stopWaitMs: 20_000 } },
    });
    await eventually(() => h.observer.stats()[VMS].streams === 1, 10_000, 'the VM watch up');
    // The next watch of VMs is held for a minute of real time before the server answers.
    h.sim.faults.inject({ match: { resource: VMS, watch: true }, delayMs: 60_000, times: 1 });
    h.sim.faults.endWatches({ resource: VMS, mode: 'close' });
    await eventually(
      () => h.observer.stats()[VMS].watchStarts >= 2,
      10_000,
      'the VM watch requested again',
    );
    const started = performance.now();
    await h.observer.stop();
    const tookMs = performance.now() - started;
    assert.ok(tookMs < 20_000 * SCALE + 4_000, `stop() took ${tookMs.toFixed(0)} ms`);
    const said = h.logs.filter((line) => line.includes('stopped without waiting'));
    assert.equal(said.length, 1, h.logs.join('\n'));
    assert.match(
      said[0]!,
      /^virtualmachines: stopped without waiting more than 20\.0s for a watch request not answered after \d+\.\ds \(client-node cannot abort a watch request before the server answers it/,
    );
    assert.equal(h.observer.stats()[VMS].mode, 'stopped');
    await h.close();
    assert.deepEqual(h.unhandled, []);
  });
});

function assertSubsequence(seen: string[], persisted: string[]): void {
  let index = 0;
  for (const state of persisted) if (state === seen[index]) index++;
  assert.equal(
    index,
    seen.length,
    `${JSON.stringify(seen)} is in order within ${JSON.stringify(persisted)}`,
  );
}
