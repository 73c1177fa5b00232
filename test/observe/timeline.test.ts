import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeChanges, TimelineBuilder, type NewEntry } from '../../src/observe/timeline.ts';
import type { StateEntry, Witness } from '../../src/observe/types.ts';
import type { Reading } from '../../src/observe/witness.ts';

const VM = 'ns/vm1';

function reading(
  witness: Witness,
  state: string,
  rv: string,
  extra: { count?: number; object?: string } = {},
): Reading {
  const object = extra.object ?? (witness === 'pod' ? 'ns/virt-launcher-vm1-abcde' : VM);
  const count = extra.count;
  return {
    key: witness === 'event' ? `event ns/${object}.${state}` : `${witness} ${object}`,
    identity: count === undefined ? state : `${state} x${count}`,
    observation: {
      witness,
      vm: VM,
      object,
      state,
      resourceVersion: rv,
      ...(count === undefined ? {} : { count }),
    },
  };
}

function builder() {
  const seen: NewEntry[] = [];
  const timeline = new TimelineBuilder((entry) => seen.push(entry));
  timeline.track(VM, 1000, '2026-01-01T00:00:00.000Z');
  return { timeline, seen };
}

const states = (entries: ReturnType<TimelineBuilder['timeline']>['entries']) =>
  entries
    .filter((e): e is StateEntry => e.kind === 'state')
    .map((e) => `${e.witness} ${e.state}@${e.atMs} ${e.seenBy}`);

describe('TimelineBuilder', () => {
  it('collapses consecutive duplicates per witness and object, measured from track()', () => {
    const { timeline, seen } = builder();
    timeline.record(reading('vm', 'Starting', '10'), 'list', 1000);
    timeline.record(reading('vm', 'Starting', '11'), 'watch', 1100);
    timeline.record(reading('pod', 'Pending', '12'), 'watch', 1150);
    timeline.record(reading('vm', 'ErrImagePull', '13'), 'watch', 1200);
    timeline.record(reading('vm', 'ErrImagePull', '14'), 'watch', 1250);
    timeline.record(reading('vm', 'ImagePullBackOff', '15'), 'watch', 1300);
    const result = timeline.timeline(VM, 1400);
    assert.deepEqual(states(result.entries), [
      'vm Starting@0 list',
      'pod Pending@150 watch',
      'vm ErrImagePull@200 watch',
      'vm ImagePullBackOff@300 watch',
    ]);
    assert.equal(result.endedAtMs, 400);
    assert.equal(result.startedAt, '2026-01-01T00:00:00.000Z');
    assert.equal(seen.length, 4, 'one notification per new entry, none for collapsed versions');
  });

  it('makes an entry whenever an Event count changes', () => {
    const { timeline } = builder();
    timeline.record(reading('event', 'ErrImagePull', '20', { count: 1 }), 'watch', 1010);
    timeline.record(reading('event', 'ErrImagePull', '20', { count: 1 }), 'poll', 1020);
    timeline.record(reading('event', 'ErrImagePull', '31', { count: 3 }), 'list', 1030);
    const events = timeline.timeline(VM, 1100).entries as StateEntry[];
    assert.deepEqual(
      events.map((e) => e.count),
      [1, 3],
    );
  });

  it('ignores a version it already has, as a watch replays what a poll saw', () => {
    const { timeline } = builder();
    assert.equal(timeline.record(reading('vm', 'ErrImagePull', '13'), 'poll', 1200), true);
    assert.equal(timeline.record(reading('vm', 'ErrImagePull', '13'), 'watch', 1300), false);
    assert.deepEqual(states(timeline.timeline(VM, 1400).entries), ['vm ErrImagePull@200 poll']);
  });

  it('puts a replayed older version before the newer one a poll recorded, never after it', () => {
    const { timeline, seen } = builder();
    timeline.record(reading('vm', 'ImagePullBackOff', '10'), 'watch', 1100);
    // The watch is down; the poll sees the latest state only.
    timeline.record(reading('vm', 'ImagePullBackOff', '30'), 'poll', 1500);
    // The watch resumes from 10 and replays 20 (ErrImagePull, missed by the poll), then 30.
    timeline.record(reading('vm', 'ErrImagePull', '20'), 'watch', 1700);
    timeline.record(reading('vm', 'ImagePullBackOff', '30'), 'watch', 1700);
    assert.deepEqual(states(timeline.timeline(VM, 1800).entries), [
      'vm ImagePullBackOff@100 watch',
      'vm ErrImagePull@500 watch',
      'vm ImagePullBackOff@500 poll',
    ]);
    const late = seen.at(-1);
    assert.equal(late?.kind === 'state' && late.late, true);
  });

  it('shows gaps and polling stretches that overlap the VM, with its own changes only', () => {
    const { timeline } = builder();
    timeline.gap({
      resource: 'pods',
      cause: 'expired',
      detail: 'old',
      at: 100,
      until: 900,
      changes: [],
    });
    timeline.gap({
      resource: 'virtualmachines',
      cause: 'expired',
      detail: 'rv 5 expired',
      at: 1100,
      until: 1300,
      changes: [
        { vm: VM, text: 'vm ns/vm1: Starting -> ImagePullBackOff' },
        { vm: 'ns/other', text: 'vm ns/other: deleted' },
      ],
    });
    const close = timeline.polling('pods', 800, 100, 'no healthy watch: 503');
    close(1200);
    timeline.polling('events', 1250, 100, 'watch forbidden');
    const entries = timeline.timeline(VM, 1400).entries;
    assert.deepEqual(entries, [
      {
        kind: 'polling',
        resource: 'pods',
        atMs: 0,
        untilMs: 200,
        intervalMs: 100,
        reason: 'no healthy watch: 503',
      },
      {
        kind: 'gap',
        resource: 'virtualmachines',
        atMs: 100,
        untilMs: 300,
        cause: 'expired',
        detail: 'rv 5 expired',
        changed: ['vm ns/vm1: Starting -> ImagePullBackOff'],
      },
      {
        kind: 'polling',
        resource: 'events',
        atMs: 250,
        intervalMs: 100,
        reason: 'watch forbidden',
      },
    ]);
    timeline.end(1500);
    const ended = timeline.timeline(VM, 9999);
    assert.equal(ended.endedAtMs, 500);
    assert.deepEqual(ended.entries.at(-1), {
      kind: 'polling',
      resource: 'events',
      atMs: 250,
      untilMs: 500,
      intervalMs: 100,
      reason: 'watch forbidden',
    });
  });

  it('returns a copy the caller may change without changing what was recorded', () => {
    const { timeline } = builder();
    timeline.record(reading('vm', 'Starting', '10'), 'list', 1000);
    const first = timeline.timeline(VM, 1100);
    (first.entries[0] as StateEntry).state = 'Tampered';
    assert.equal((timeline.timeline(VM, 1100).entries[0] as StateEntry).state, 'Starting');
    assert.deepEqual(JSON.parse(JSON.stringify(first)), first, 'plain data survives JSON');
  });

  it('refuses a timeline for a VM that was never tracked, saying what to do', () => {
    const { timeline } = builder();
    assert.throws(() => timeline.timeline('ns/nope', 0), /not tracked: call track\('ns\/nope'\)/);
  });
});

describe('describeChanges', () => {
  it('names what a relist found different from what the watch had confirmed', () => {
    const confirmed = new Map([
      ['vm ns/vm1', reading('vm', 'ErrImagePull', '10')],
      ['vm ns/vm2', reading('vm', 'ImagePullBackOff', '11', { object: 'ns/vm2' })],
      ['vm ns/vm3', reading('vm', 'Starting', '12', { object: 'ns/vm3' })],
      ['vm ns/vm4', reading('vm', 'Starting', '13', { object: 'ns/vm4' })],
    ]);
    const listed = new Map([
      ['vm ns/vm1', reading('vm', 'ImagePullBackOff', '20')],
      ['vm ns/vm2', reading('vm', 'ImagePullBackOff', '21', { object: 'ns/vm2' })],
      ['vm ns/vm4', reading('vm', 'Starting', '13', { object: 'ns/vm4' })],
      ['vm ns/vm5', reading('vm', 'Starting', '22', { object: 'ns/vm5' })],
    ]);
    assert.deepEqual(
      describeChanges('vm', confirmed, listed).map((c) => c.text),
      [
        'vm ns/vm1: ErrImagePull -> ImagePullBackOff; states in between, if any, were not seen',
        'vm ns/vm2: still ImagePullBackOff, but resourceVersion 11 -> 21: states in between, if any, were not seen',
        'vm ns/vm5: appeared as Starting',
        'vm ns/vm3: deleted',
      ],
    );
  });
});
