// The benchmarks' arithmetic: which persisted states a strategy saw, how the observer's misses
// divide, percentiles, and the README section. Pure functions only; no timing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  classifyMisses,
  completed,
  errImagePullDwells,
  percentile,
  recall,
  saw,
  sawDefaultPath,
  seededRandom,
  spread,
  transitions,
  type PersistedVersion,
} from '../../bench/lib/figures.ts';
import {
  assessTargets,
  replaceResults,
  RESULTS_END,
  RESULTS_START,
  type BenchResults,
} from '../../bench/lib/report.ts';

const v = (resourceVersion: number, writtenAt: number, printableStatus?: string) => ({
  resourceVersion: String(resourceVersion),
  writtenAt,
  ...(printableStatus !== undefined ? { printableStatus } : {}),
});

/** A VM's history as the simulator records it: ADDED without status, repeats, a 1 ms state. */
const HISTORY: PersistedVersion[] = [
  v(10, 0),
  v(11, 5, 'Starting'),
  v(12, 6, 'Starting'),
  v(20, 100, 'ErrImagePull'),
  v(21, 101, 'ImagePullBackOff'),
  v(30, 900, 'ErrImagePull'),
  v(31, 910, 'ImagePullBackOff'),
];

describe('bench figures', () => {
  it('turns a history into its persisted states, each with its stretch of versions', () => {
    const states = transitions(HISTORY);
    assert.deepEqual(
      states.map((t) => [t.state, t.writtenAt, t.endsAt, [...t.versions]]),
      [
        ['Starting', 5, 100, ['11', '12']],
        ['ErrImagePull', 100, 101, ['20']],
        ['ImagePullBackOff', 101, 900, ['21']],
        ['ErrImagePull', 900, 910, ['30']],
        ['ImagePullBackOff', 910, undefined, ['31']],
      ],
    );
  });

  it('measures the ErrImagePull dwell each state really had, and its spread', () => {
    const dwells = errImagePullDwells(transitions(HISTORY));
    assert.deepEqual(dwells, [1, 10]);
    assert.deepEqual(spread([...dwells, 4]), { p50: 4, p90: 10, max: 10, samples: 3 });
    assert.deepEqual(spread([]), { p50: undefined, p90: undefined, max: undefined, samples: 0 });
  });

  it('credits the whole default path only when all four of its states were seen', () => {
    const all = transitions(HISTORY);
    assert.equal(
      sawDefaultPath(all, () => true),
      true,
    );
    assert.equal(
      sawDefaultPath(all, (t) => t.writtenAt !== 900),
      false,
    );
    assert.equal(
      sawDefaultPath(all.slice(0, 3), () => true),
      undefined,
    );
  });

  it('counts only the states that ended before the strategies stopped looking', () => {
    assert.deepEqual(
      completed(transitions(HISTORY), 905).map((t) => t.writtenAt),
      [5, 100, 101],
    );
  });

  it('credits a sighting only with the state of a version in that stretch', () => {
    const [starting, pull] = transitions(HISTORY);
    // A poll that read the second Starting version saw Starting.
    assert.equal(saw(starting!, [{ resourceVersion: '12', state: 'Starting' }]), true);
    // Reading ImagePullBackOff later does not prove the ErrImagePull before it.
    assert.equal(saw(pull!, [{ resourceVersion: '21', state: 'ImagePullBackOff' }]), false);
    // The second ErrImagePull does not stand in for the first.
    assert.equal(saw(pull!, [{ resourceVersion: '30', state: 'ErrImagePull' }]), false);
  });

  it('gives recall overall and by state', () => {
    const counted = completed(transitions(HISTORY), Infinity);
    const polled = [
      { resourceVersion: '12', state: 'Starting' },
      { resourceVersion: '21', state: 'ImagePullBackOff' },
    ];
    const result = recall(counted, (t) => saw(t, polled));
    assert.equal(result.total, 4);
    assert.equal(result.seen, 2);
    assert.equal(result.fraction, 0.5);
    assert.deepEqual(result.byState.ErrImagePull, { total: 2, seen: 0 });
  });

  it('calls a miss recorded only when a gap or polling stretch overlaps it', () => {
    const [, pull, , secondPull] = transitions(HISTORY);
    assert.deepEqual(classifyMisses([pull!, secondPull!], [{ from: 95, to: 100.5 }]), {
      silent: 1,
      recorded: 1,
    });
    assert.deepEqual(classifyMisses([pull!], [{ from: 102, to: 200 }]), {
      silent: 1,
      recorded: 0,
    });
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    assert.equal(percentile(values, 50), 50);
    assert.equal(percentile(values, 99), 99);
    assert.equal(percentile(values, 100), 100);
    assert.equal(percentile([7], 99), 7);
    assert.equal(percentile([], 50), undefined);
  });

  it('draws the same numbers from the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = Array.from({ length: 5 }, () => a());
    assert.deepEqual(
      drawn,
      Array.from({ length: 5 }, () => b()),
    );
    assert.ok(drawn.every((x) => x >= 0 && x < 1));
    assert.notDeepEqual(drawn, Array.from({ length: 5 }, seededRandom(43)));
  });
});

describe('bench report', () => {
  const results = (overrides: Partial<BenchResults>): BenchResults =>
    ({
      recall: { observer: { '1': 1, '10': 1 } },
      recallWithFaults: { observer: { '1': 1, '10': 1 } },
      silentMisses: 0,
      recordedMisses: 0,
      latencyMs: { p50: 1, p99: 5, max: 9, samples: 100 },
      latencyMsWithFaults: { p50: 2, p99: 30, max: 40, samples: 100 },
      load: {
        '100': {
          observer: {
            requestsPerSecondByKind: { pods: 0.05 },
            connections: 4,
            rssMb: 110,
            rssLoadedMb: 90,
          },
        },
      },
      startupMs: { bundle: 200, bareRequest: 100, distMb: 10 },
      ...overrides,
    }) as unknown as BenchResults;

  it('meets every target when every figure is within it', () => {
    assert.deepEqual(
      assessTargets(results({})).filter((t) => !t.met),
      [],
    );
  });

  it('judges start-up against a bare fetch in the same run: 2.5 x and no more', () => {
    const check = (bundle: number) =>
      assessTargets(results({ startupMs: { bundle, bareRequest: 100, distMb: 10 } as never })).find(
        (t) => t.target.startsWith('bundle start-up'),
      )!;
    assert.equal(check(250).met, true);
    assert.deepEqual(check(251), {
      target: "bundle start-up <= 2.5 x a bare `node -e 'fetch(...)'` (to the first request)",
      measured: '251 ms, 2.51 x',
      met: false,
    });
  });

  it('fails the RSS target at 120 MB and the size target over 12 MB', () => {
    const failed = (overrides: Partial<BenchResults>) =>
      assessTargets(results(overrides))
        .filter((t) => !t.met)
        .map((t) => t.target);
    const load = (rssMb: number) =>
      ({
        '100': {
          observer: { requestsPerSecondByKind: {}, connections: 4, rssMb, rssLoadedMb: 90 },
        },
      }) as unknown as BenchResults['load'];
    assert.deepEqual(failed({ load: load(120) }), [
      'observer RSS < 120 MB at 100 VMs (bundled, as the action runs it)',
    ]);
    assert.deepEqual(
      failed({ startupMs: { bundle: 200, bareRequest: 100, distMb: 12.1 } as never }),
      ['dist/ <= 12 MB'],
    );
  });

  it('fails the latency target under faults at 50 ms and more', () => {
    const check = (p99: number) =>
      assessTargets(results({ latencyMsWithFaults: { p50: 2, p99, max: p99, samples: 100 } })).find(
        (t) => t.target.includes('under watch faults'),
      )!;
    assert.equal(check(49.9).met, true);
    assert.deepEqual(check(50), {
      target: 'p99 latency under watch faults < 50 ms',
      measured: '50.0 ms',
      met: false,
    });
  });

  it('fails the recall target on one cell below 1 and says how low', () => {
    const checks = assessTargets(
      results({ recallWithFaults: { observer: { '1': 0.98, '10': 1 } } }),
    );
    const recallCheck = checks.find((t) => t.target.startsWith('observer recall'))!;
    assert.equal(recallCheck.met, false);
    assert.match(recallCheck.measured, /0\.980/);
  });

  it('judges the request target on the busiest kind', () => {
    const load = {
      '1': { observer: { requestsPerSecondByKind: { events: 0.2 }, connections: 4, rssMb: 100 } },
    } as unknown as BenchResults['load'];
    const check = assessTargets(results({ load })).find((t) => t.target.includes('requests/s'))!;
    assert.equal(check.met, false);
    assert.match(check.measured, /events, 1 VMs/);
  });

  it('replaces only the generated section of the README', () => {
    const readme = `# Bench\n\nintro\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\nafter\n`;
    const updated = replaceResults(readme, 'new table');
    assert.equal(
      updated,
      `# Bench\n\nintro\n\n${RESULTS_START}\n\nnew table\n\n${RESULTS_END}\n\nafter\n`,
    );
    assert.throws(() => replaceResults('# no markers', 'x'), /lacks the markers/);
  });
});
