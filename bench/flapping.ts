// A VM that flaps: `count` VM states arrive within `arrivalMs` while the check waits for a path
// they never complete. Per entry, the runner used to rebuild the timeline and decide again on
// every new state (quadratic: 10,000 flaps in 3 s held a 20 s check for 35 s); coalesced
// (src/util/coalesce.ts), it decides once per burst. Printed: how late a timer due right after
// the arrival ends fires (the check's timeout is such a timer), when the last state was taken in,
// the decisions made and their CPU.
// `node bench/flapping.ts` (not part of `npm run bench`).
import { TimelineBuilder } from '../src/observe/timeline.ts';
import type { Reading } from '../src/observe/witness.ts';
import { coalesce } from '../src/util/coalesce.ts';
import { parsePath } from '../src/verify/path.ts';
import { trackPath } from '../src/verify/verify.ts';

const VM = 'ns/flapping';
const PATH = '(ErrImagePull -> ImagePullBackOff){2} -> Running';
const TICK_MS = 5;

function reading(i: number): Reading {
  const state = i % 2 === 0 ? 'ErrImagePull' : 'ImagePullBackOff';
  return {
    key: `vm ${VM}`,
    identity: state,
    observation: {
      witness: 'vm',
      vm: VM,
      object: VM,
      state,
      resourceVersion: String(1000 + i),
      uid: 'u1',
    },
  };
}

interface Row {
  strategy: 'per entry' | 'coalesced';
  states: number;
  /** From the first state to the last one taken in (the arrival itself takes `arrivalMs`). */
  takenInMs: number;
  /** How late a timer due at the end of the arrival fired (the check's timeout is such a timer). */
  timerLateMs: number;
  decisions: number;
  decideCpuMs: number;
}

async function run(strategy: Row['strategy'], count: number, arrivalMs: number): Promise<Row> {
  const tracker = trackPath({
    path: parsePath(PATH),
    expectedPath: PATH,
    witness: 'vm',
    expectedMessage: /no-such-image/,
  });
  let decisions = 0;
  let decideCpuMs = 0;
  const holder: { builder?: TimelineBuilder } = {};
  const decide = () => {
    const started = performance.now();
    tracker.decide(holder.builder!.timeline(VM, performance.now()));
    decisions++;
    decideCpuMs += performance.now() - started;
  };
  const coalesced = coalesce(decide);
  const builder = new TimelineBuilder(() =>
    strategy === 'per entry' ? decide() : coalesced.request(),
  );
  holder.builder = builder;
  builder.track(VM, performance.now(), new Date().toISOString());
  const started = performance.now();
  const dueAt = started + arrivalMs;
  const timer = new Promise<number>((resolve) =>
    setTimeout(() => resolve(performance.now() - dueAt), arrivalMs),
  );
  const perTick = Math.ceil(count / (arrivalMs / TICK_MS));
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      for (let i = 0; i < perTick && sent < count; i++, sent++)
        builder.record(reading(sent), 'watch', performance.now());
      if (sent < count) setTimeout(tick, TICK_MS);
      else resolve();
    };
    tick();
  });
  const takenInMs = performance.now() - started;
  const timerLateMs = await timer;
  await new Promise((resolve) => setTimeout(resolve, 50));
  coalesced.cancel();
  return { strategy, states: count, takenInMs, timerLateMs, decisions, decideCpuMs };
}

export async function measureFlapping(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of [1_000, 2_000]) rows.push(await run('per entry', count, 3_000));
  for (const count of [5_000, 20_000]) rows.push(await run('coalesced', count, 3_000));
  return rows;
}

if (import.meta.main) {
  for (const row of await measureFlapping()) {
    console.log(
      `${row.strategy.padEnd(10)} ${String(row.states).padStart(6)} states sent over 3 s: all taken in after ${(row.takenInMs / 1000).toFixed(1)} s, a timer due at 3 s fired ${row.timerLateMs.toFixed(0)} ms late; ${row.decisions} decisions, ${(row.decideCpuMs / 1000).toFixed(1)} s of CPU in them`,
    );
  }
}
