// `compare` over timeline JSON files written by `demo -o json` on the simulator: the kubelet's
// back-off at another time scale is flagged, the same time scale flags nothing.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli } from '../../src/cli.ts';
import { COMPARE_JSON_MAX_CHARS, comparisonJson } from '../../src/commands/compare-runs.ts';
import { SYNC_ERROR_REQUEUE_MS } from '../../src/sim/model/kubelet.ts';
import type { Comparison } from '../../src/trend/compare.ts';

function capture() {
  const sink = { text: '' };
  return { sink, write: (text: string) => (sink.text += text) };
}

async function runCli(args: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await cli(args, stdout, stderr);
  return { code, stdout: stdout.sink.text, stderr: stderr.sink.text };
}

/** The two time scales: every model duration of the slower one is ten times as long. */
const SAME = '0.02';
const SLOWER = '0.2';

/**
 * Robust by construction, not by luck. Each pull attempt waits at least the kubelet's 10 s requeue
 * of model time (SYNC_ERROR_REQUEUE_MS), so from SAME to SLOWER every back-off interval grows by
 * at least 10 s x (0.2 - 0.02) = 1.8 s; the floor is half of that, 900 ms. Between two runs at
 * SAME the largest honest difference is one kubelet sync (an Event's count can prove a step one
 * requeue before the VM shows it: 10-15 s of model time, 0.2-0.3 s at SAME), so a CPU stall of
 * 600 ms on top still flags nothing, and a stall of 900 ms in the baseline still leaves the
 * slower back-off flagged. The seed is fixed: both SAME runs make the same random choices.
 */
const FLOOR_MS = (SYNC_ERROR_REQUEUE_MS * (Number(SLOWER) - Number(SAME))) / 2;
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));
const STALL_PROOF = ['--regression-threshold', `25%,${Math.round(FLOOR_MS)}ms`];

describe('kubevirt-transition-check compare', () => {
  let folder: string;
  const files: Record<string, string> = {};

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'compare-'));
    // One after the other: concurrent demos would share the CPU and blur each other's timing.
    for (const [name, scale] of [
      ['first', SAME],
      ['second', SAME],
      ['slower', SLOWER],
    ] as const) {
      const demo = await runCli(['demo', '--time-scale', scale, '--seed', '1', '-o', 'json']);
      assert.equal(demo.code, 0, demo.stderr);
      files[name] = join(folder, `${name}.json`);
      await writeFile(files[name], demo.stdout);
    }
  });

  it('flags the back-off of a run at a slower time scale and exits 1', async () => {
    const { code, stdout } = await runCli([
      'compare',
      '--min-history',
      '1',
      ...STALL_PROOF,
      files.first!,
      files.slower!,
    ]);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /pull attempt 1→2 interval\s+\S+ m?s\s+\S+ m?s \(n = 1\).*▲ regression/);
    // The default path ends with the 2nd ImagePullBackOff, about a second after the 2nd pull
    // (docs/kubelet-timing.md), so a 3rd pull interval is not part of it.
    assert.match(stdout, /Compared with 1 earlier run .*regressions?:/);
  });

  it('flags nothing between two runs at the same time scale', async () => {
    const { code, stdout } = await runCli([
      'compare',
      '--min-history',
      '1',
      ...STALL_PROOF,
      files.first!,
      files.second!,
      '--all',
    ]);
    assert.equal(code, 0, stdout);
    assert.doesNotMatch(stdout, /▲/);
    assert.match(stdout, /no regression/);
    assert.match(stdout, /step 1 ErrImagePull mirror pod→vmi/);
  });

  it('gives no verdict from one earlier run by default, and -o json the same comparison', async () => {
    const text = await runCli(['compare', files.first!, files.slower!]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /Not enough history \(n = 1 < 3\)/);
    const json = await runCli([
      'compare',
      '-o',
      'json',
      '--min-history',
      '1',
      files.first!,
      files.slower!,
    ]);
    assert.equal(json.code, 1);
    const comparison = JSON.parse(json.stdout) as Comparison;
    assert.ok(comparison.regressions.some((metric) => metric.name === 'pull attempt 1→2 interval'));
    assert.equal(comparison.history.length, 1);
  });

  it('prints its usage for --help and -h, with exit code 0', async () => {
    for (const flag of ['--help', '-h']) {
      const help = await runCli(['compare', flag]);
      assert.equal(help.code, 0);
      assert.equal(help.stderr, '');
      assert.match(
        help.stdout,
        /^Usage:\n {2}kubevirt-transition-check compare BASELINE\.\.\. CURRENT/,
      );
    }
  });

  it('explains bad input with exit code 3', async () => {
    const one = await runCli(['compare', files.first!]);
    assert.equal(one.code, 3);
    assert.match(one.stderr, /compare needs at least one BASELINE and the CURRENT timeline JSON/);
    const bad = await runCli([
      'compare',
      '--regression-threshold',
      'soon',
      files.first!,
      files.second!,
    ]);
    assert.equal(bad.code, 3);
    assert.match(bad.stderr, /--regression-threshold 'soon'/);
    // The old name still works, with a note; a missing value is named as the flag's.
    const old = await runCli(['compare', '--threshold', '25%,1ms', files.first!, files.second!]);
    assert.notEqual(old.code, 3, old.stderr);
    assert.match(old.stderr, /^note: --threshold is now --regression-threshold/);
    const missing = await runCli([
      'compare',
      files.first!,
      files.second!,
      '--regression-threshold',
    ]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /^error: flag --regression-threshold needs a value: /);
    // A JSON file that is no timeline says so, not 'generator undefined'.
    const notTimeline = await runCli(['compare', files.first!, PACKAGE_JSON]);
    assert.equal(notTimeline.code, 3);
    assert.match(
      notTimeline.stderr,
      /package\.json is not a timeline JSON document of kubevirt-transition-check \(it has no 'generator'\): give the timeline JSON of a check/,
    );
    assert.doesNotMatch(notTimeline.stderr, /undefined/);
    const folderAsCurrent = await runCli(['compare', files.first!, folder]);
    assert.equal(folderAsCurrent.code, 3);
    assert.match(folderAsCurrent.stderr, /must be one timeline JSON file/);
  });
});

describe('compare -o json', () => {
  /** A comparison with one regressed pull interval per pull: what 20,000 pull Events give. */
  function comparisonOf(pulls: number): Comparison {
    const metrics = Array.from({ length: pulls }, (_, index) => ({
      name: `pull attempt ${index + 1}→${index + 2} interval`,
      unit: 'ms' as const,
      key: index < 2,
      current: 2000.123,
      history: [1000],
      historyRuns: [0],
      spread: { n: 1, median: 1000, mad: 0, min: 1000, max: 1000 },
      change: 1000.123,
      changePercent: 100,
      verdict: 'regression' as const,
    }));
    return {
      check: 'c',
      current: { result: 'passed' },
      history: [{ result: 'passed' }],
      threshold: { percent: 25, floorMs: 100 },
      minHistory: 1,
      metrics,
      regressions: metrics,
      environmentChanges: [],
      otherChecks: [],
    };
  }

  it('stays within its limit however many pulls the cluster counted, saying what it left out', () => {
    const text = comparisonJson(comparisonOf(20_000));
    assert.ok(text.length <= COMPARE_JSON_MAX_CHARS, `${text.length} characters`);
    const cut = JSON.parse(text) as Comparison & {
      truncated: { limitChars: number; metricsOmitted: number; regressionsOmitted: number };
    };
    assert.equal(cut.metrics[0]!.name, 'pull attempt 1→2 interval', 'the first metrics are kept');
    assert.ok(cut.metrics.length > 1000, `${cut.metrics.length} metrics kept`);
    assert.deepEqual(cut.truncated, {
      limitChars: COMPARE_JSON_MAX_CHARS,
      metricsOmitted: 20_000 - cut.metrics.length,
      regressionsOmitted: 20_000 - cut.regressions.length,
    });
    assert.ok(text.length > COMPARE_JSON_MAX_CHARS - 2000, 'it keeps as much as fits');
  });

  it('prints a comparison that fits whole, without a truncated field', () => {
    const text = comparisonJson(comparisonOf(3));
    const whole = JSON.parse(text) as Comparison & { truncated?: unknown };
    assert.equal(whole.truncated, undefined);
    assert.equal(whole.metrics.length, 3);
    assert.equal(whole.metrics[0]!.current, 2000.12, 'to a hundredth of a millisecond');
    assert.ok(text.endsWith('}\n'));
  });
});
