// The gap ledger on plain numbers: what a stream's history of failures, vouching events, relists
// and lost lines leaves as gap records and recoveries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GapLedger, type GapRecord, type Recovery } from '../../src/observe/gaps.ts';
import type { GapChange } from '../../src/observe/timeline.ts';

/** One thing that happened to the stream, at a moment on the observer's clock. */
type Step =
  | { failed: number; cause: GapRecord['cause']; detail: string }
  | { unavailable: number; cause: GapRecord['cause']; detail: string }
  | { relistNeeded: GapRecord['cause']; said: string }
  | { resumed: number }
  | { vouched: number }
  | { relisted: number; resourceVersion: string; changes?: GapChange[] }
  | { lost: number; detail: string }
  | { crashed: number; detail: string }
  | { ended: number };

interface Case {
  name: string;
  steps: Step[];
  /** The gap records the steps produced, in order. */
  gaps: GapRecord[];
  recoveries?: Recovery[];
  /** What a snapshot at this moment shows as still open. */
  openAt?: [number, GapRecord | undefined];
}

function play(steps: Step[]): { ledger: GapLedger; gaps: GapRecord[]; recoveries: Recovery[] } {
  const ledger = new GapLedger(0);
  const gaps: GapRecord[] = [];
  const recoveries: Recovery[] = [];
  const recovered = (recovery: Recovery | undefined) => recovery && recoveries.push(recovery);
  for (const step of steps) {
    if ('failed' in step) ledger.failed(step.failed, step.cause, step.detail);
    else if ('unavailable' in step) ledger.unavailable(step.unavailable, step.cause, step.detail);
    else if ('relistNeeded' in step) ledger.relistNeeded(step.relistNeeded, step.said);
    else if ('resumed' in step) recovered(ledger.resumed(step.resumed));
    else if ('vouched' in step) recovered(ledger.vouched(step.vouched));
    else if ('relisted' in step) {
      const { gap, recovery } = ledger.relisted(step.relisted, step.resourceVersion, step.changes);
      if (gap) gaps.push(gap);
      recovered(recovery);
    } else if ('lost' in step) gaps.push(ledger.lost(step.lost, step.detail, []));
    else if ('crashed' in step) ledger.crashed(step.crashed, step.detail);
    else {
      const gap = ledger.ended(step.ended);
      if (gap) gaps.push(gap);
    }
  }
  return { ledger, gaps, recoveries };
}

const reset = { failed: 100, cause: 'disconnected', detail: 'vms watch: reset' } as const;
const changed: GapChange[] = [{ vm: 'ns/a', text: 'vm ns/a: Starting -> ImagePullBackOff' }];

const cases: Case[] = [
  {
    name: 'leaves no gap when a stream ends cleanly and the next one goes on',
    steps: [{ vouched: 50 }, { vouched: 80 }, { resumed: 81 }, { vouched: 90 }],
    gaps: [],
    recoveries: [],
  },
  {
    name: 'leaves no gap when a reset watch resumes and replays, only a recovery of its length',
    steps: [
      { vouched: 50 },
      reset,
      { failed: 120, cause: 'server-error', detail: '503' },
      { resumed: 160 },
      { vouched: 170 },
    ],
    gaps: [],
    recoveries: [{ cause: 'disconnected', afterMs: 60 }],
  },
  {
    name: 'records a 410 as a gap from the last vouched moment to the relist, with what changed',
    steps: [
      { vouched: 50 },
      { relistNeeded: 'expired', said: '410 Expired' },
      { relisted: 70, resourceVersion: '9', changes: changed },
    ],
    gaps: [
      {
        cause: 'expired',
        detail: '410 Expired; relisted at resourceVersion 9',
        at: 50,
        until: 70,
        changes: changed,
      },
    ],
  },
  {
    name: 'says what came before a 410 that followed a reset, and counts the outage to the relist',
    steps: [
      { vouched: 50 },
      reset,
      { resumed: 150 },
      { relistNeeded: 'expired', said: '410 Expired' },
      { relisted: 200, resourceVersion: '12' },
    ],
    gaps: [
      {
        cause: 'expired',
        detail: 'vms watch: reset, then 410 Expired; relisted at resourceVersion 12',
        at: 50,
        until: 200,
        changes: [],
      },
    ],
    recoveries: [{ cause: 'disconnected', afterMs: 50 }],
  },
  {
    name: 'forgets the outage once the stream proves itself with an event',
    steps: [
      reset,
      { resumed: 150 },
      { vouched: 160 },
      { relistNeeded: 'expired', said: '410 Expired' },
      { relisted: 300, resourceVersion: '20' },
    ],
    gaps: [
      {
        cause: 'expired',
        detail: '410 Expired; relisted at resourceVersion 20',
        at: 160,
        until: 300,
        changes: [],
      },
    ],
    recoveries: [{ cause: 'disconnected', afterMs: 50 }],
  },
  {
    name: 'records nothing for a relist no gap asked for (the first list, a poll)',
    steps: [{ relisted: 10, resourceVersion: '1' }],
    gaps: [],
  },
  {
    name: 'records a lost line as a malformed gap since the last vouched moment',
    steps: [{ vouched: 40 }, { lost: 45, detail: 'MODIFIED for a, which the stream never added' }],
    gaps: [
      {
        cause: 'malformed',
        detail: 'MODIFIED for a, which the stream never added',
        at: 40,
        until: 45,
        changes: [],
      },
    ],
  },
  {
    name: 'records a watch still down at the end as a gap to the end, with its first cause',
    steps: [
      { vouched: 50 },
      reset,
      { failed: 300, cause: 'throttled', detail: '429' },
      { ended: 1000 },
    ],
    gaps: [
      {
        cause: 'disconnected',
        detail: 'vms watch: reset; still so when the observation ended',
        at: 50,
        until: 1000,
      },
    ],
  },
  {
    name: 'shows an outage going on as an open gap ending at the snapshot, and none once resumed',
    steps: [{ vouched: 50 }, reset],
    gaps: [],
    openAt: [
      400,
      { cause: 'disconnected', detail: 'vms watch: reset (ongoing)', at: 50, until: 400 },
    ],
  },
  {
    name: 'makes a resource that cannot be listed one gap over the whole observation',
    steps: [{ unavailable: 0, cause: 'forbidden', detail: 'events is forbidden' }, { ended: 5000 }],
    gaps: [
      {
        cause: 'forbidden',
        detail: 'events is forbidden; still so when the observation ended',
        at: 0,
        until: 5000,
      },
    ],
  },
  {
    name: 'keeps the stretch after an internal error open to the end',
    steps: [{ vouched: 30 }, { crashed: 35, detail: 'vms observer failed: boom' }, { ended: 90 }],
    gaps: [
      {
        cause: 'unexpected',
        detail: 'vms observer failed: boom; still so when the observation ended',
        at: 30,
        until: 90,
      },
    ],
  },
  {
    name: 'ends nothing twice: a second end after the gap records nothing',
    steps: [reset, { ended: 500 }, { ended: 600 }],
    gaps: [
      {
        cause: 'disconnected',
        detail: 'vms watch: reset; still so when the observation ended',
        at: 0,
        until: 500,
      },
    ],
  },
];

describe('GapLedger', () => {
  for (const { name, steps, gaps, recoveries, openAt } of cases) {
    it(name, () => {
      const played = play(steps);
      assert.deepEqual(played.gaps, gaps);
      if (recoveries) assert.deepEqual(played.recoveries, recoveries);
      if (openAt) assert.deepEqual(played.ledger.open(openAt[0]), openAt[1]);
    });
  }

  it('knows when a relist must close a gap, and that it is down', () => {
    const ledger = new GapLedger(0);
    assert.equal(ledger.relistPending, false);
    assert.equal(ledger.down, undefined);
    ledger.failed(10, 'server-error', '503');
    ledger.relistNeeded('malformed', 'a lost line');
    assert.equal(ledger.relistPending, true);
    assert.equal(ledger.down, 'server-error');
    ledger.relisted(20, '5');
    assert.equal(ledger.relistPending, false);
    assert.equal(ledger.down, undefined);
  });
});
