// How long verify and trackPath().decide take as timelines grow (`node bench/verify.ts` alone,
// or as part of `npm run bench`).
// decide runs on every new entry, so its cost per call bounds how far behind the runner falls.
import type { StateEntry, Witness } from '../src/observe/types.ts';
import { parsePath } from '../src/verify/path.ts';
import { trackPath, verify, type VerifyOptions } from '../src/verify/verify.ts';

const WITNESSES: Witness[] = ['vm', 'vmi', 'pod'];
const CYCLE = ['ErrImagePull', 'ImagePullBackOff'];

/** Three witnesses cycling through pull errors with a Starting now and then, and Event counts. */
function entries(count: number): StateEntry[] {
  const out: StateEntry[] = [];
  for (let i = 0; out.length < count; i++) {
    const witness = WITNESSES[i % 3]!;
    const state = i % 7 === 0 ? 'Starting' : CYCLE[Math.floor(i / 3) % 2]!;
    out.push({
      kind: 'state',
      witness,
      vm: 'ns/vm',
      object: 'ns/vm',
      state,
      seenBy: 'watch',
      atMs: i * 10,
    });
    if (i % 10 === 0) {
      const count = i / 10 + 1;
      out.push({
        kind: 'state',
        witness: 'event',
        vm: 'ns/vm',
        object: 'ns/pod',
        state: 'ErrImagePull',
        seenBy: 'event',
        atMs: i * 10 + 1,
        reason: 'Failed',
        count,
      });
    }
  }
  return out;
}

const PATHS = [
  '(ErrImagePull -> ImagePullBackOff){20} -> Running',
  '(ErrImagePull => ImagePullBackOff => Starting){10}',
];

export interface VerifyRow {
  entries: number;
  witness: 'vm' | 'any';
  expectedPath: string;
  result: string;
  verifyMs: number;
  /** Mean cost of one trackPath().decide call while the timeline grows to `entries`. */
  decideMsPerCall: number;
}

export function measureVerify(): VerifyRow[] {
  const rows: VerifyRow[] = [];
  for (const size of [100, 500, 2000]) {
    const all = entries(size);
    for (const expectedPath of PATHS) {
      for (const witness of ['vm', 'any'] as const) {
        const options: VerifyOptions = {
          path: parsePath(expectedPath),
          expectedPath,
          witness,
          expectedMessage: /no-such-image/,
          timedOut: true,
        };
        const timeline = (n: number) => ({
          vm: 'ns/vm',
          startedAt: '',
          endedAtMs: n * 10,
          entries: all.slice(0, n),
        });
        let start = performance.now();
        const { result } = verify(timeline(size), options);
        const verifyMs = performance.now() - start;
        const tracker = trackPath(options);
        const calls = Math.min(size, 200);
        start = performance.now();
        for (let i = 1; i <= calls; i++) tracker.decide(timeline(Math.round((i * size) / calls)));
        const decideMsPerCall = (performance.now() - start) / calls;
        rows.push({ entries: size, witness, expectedPath, result, verifyMs, decideMsPerCall });
      }
    }
  }
  return rows;
}

if (import.meta.main) {
  for (const row of measureVerify()) {
    console.log(
      `${String(row.entries).padStart(5)} entries  ${row.witness.padEnd(3)}  ${row.expectedPath.padEnd(52)} ${row.result.padEnd(12)} verify ${row.verifyMs.toFixed(1).padStart(6)}ms  decide ${row.decideMsPerCall.toFixed(2).padStart(6)}ms/call`,
    );
  }
}
