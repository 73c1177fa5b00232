import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  compareMetric,
  compareRuns,
  DEFAULT_THRESHOLD,
  parseThreshold,
  spread,
} from '../../src/trend/compare.ts';
import {
  parseTimelineDocument,
  readTimelineDocuments,
  TimelineDocumentError,
} from '../../src/trend/document.ts';
import type { RunMetrics } from '../../src/trend/metrics.ts';
import { renderComparisonText } from '../../src/trend/comparison-table.ts';
import { timelineDocument } from '../../src/report/render/timeline-json.ts';
import { passedOutcome, testContext } from '../support/outcomes.ts';

const THRESHOLD = { percent: 25, floorMs: 100 };

function run(day: number, values: Record<string, number>, kubevirtVersion = 'v1.8.4'): RunMetrics {
  return {
    check: 'nightly',
    result: 'passed',
    startedAt: `2026-03-${String(day).padStart(2, '0')}T03:17:00.000Z`,
    environment: { kubevirtVersion },
    metrics: Object.entries(values).map(([name, value]) => ({
      name,
      value,
      unit: name === 'API requests' ? 'count' : 'ms',
    })),
  };
}

describe('compareRuns', () => {
  const history = [1, 2, 3, 4, 5].map((day) =>
    run(day, { 'pull attempt 1→2 interval': 10_000 + day * 50, 'API requests': 20 }),
  );

  it('flags a slowdown beyond the threshold and beyond every earlier run', () => {
    const comparison = compareRuns(history, run(6, { 'pull attempt 1→2 interval': 13_500 }), {
      threshold: THRESHOLD,
    });
    const [metric] = comparison.regressions;
    assert.equal(metric?.name, 'pull attempt 1→2 interval');
    assert.equal(metric?.spread?.median, 10_150);
    assert.equal(metric?.change, 3_350);
    assert.match(
      renderComparisonText(comparison),
      /1 regression: pull attempt 1→2 interval \+3\.4 s \(\+33%\)/,
    );
  });

  it('does not flag a change the history has already shown', () => {
    const noisy = [...history, run(0, { 'pull attempt 1→2 interval': 20_000 })];
    const comparison = compareRuns(noisy, run(6, { 'pull attempt 1→2 interval': 13_500 }), {
      threshold: THRESHOLD,
    });
    assert.deepEqual(comparison.regressions, []);
    assert.equal(comparison.metrics[0]?.verdict, 'within');
  });

  it('does not flag 2 ms -> 4 ms: the absolute floor', () => {
    const metric = compareMetric('mirror', 'ms', false, 4, [2, 2, 2], THRESHOLD, 3);
    assert.equal(metric.verdict, 'within');
    assert.equal(
      compareMetric('mirror', 'ms', false, 400, [2, 2, 2], THRESHOLD, 3).verdict,
      'regression',
    );
  });

  it('says "not enough history" below minHistory instead of a verdict from one point', () => {
    const comparison = compareRuns(
      history.slice(0, 2),
      run(6, { 'pull attempt 1→2 interval': 99_000 }),
    );
    assert.deepEqual(comparison.regressions, []);
    assert.equal(comparison.metrics[0]?.verdict, 'not-enough-history');
    assert.match(renderComparisonText(comparison), /Not enough history \(n = 2 < 3\)/);
  });

  it('never flags counts, names faster runs, new and gone metrics', () => {
    const comparison = compareRuns(
      history,
      run(6, { 'pull attempt 1→2 interval': 5_000, 'API requests': 400, 'decision latency': 3 }),
    );
    const verdicts = Object.fromEntries(
      comparison.metrics.map((metric) => [metric.name, metric.verdict]),
    );
    assert.deepEqual(verdicts, {
      'pull attempt 1→2 interval': 'faster',
      'API requests': 'within',
      'decision latency': 'new',
    });
    const gone = compareRuns(history, run(6, {}));
    assert.equal(gone.metrics[0]?.verdict, 'gone');
  });

  it('names a changed KubeVirt version beside the delta, without changing it', () => {
    const current = run(6, { 'pull attempt 1→2 interval': 13_500 }, 'v1.9.0');
    const comparison = compareRuns(history, current, { threshold: THRESHOLD });
    assert.deepEqual(comparison.environmentChanges, [
      { what: 'KubeVirt', current: 'v1.9.0', history: [{ value: 'v1.8.4', runs: 5 }] },
    ]);
    assert.equal(comparison.regressions[0]?.change, 3_350);
    assert.match(
      renderComparisonText(comparison),
      /KubeVirt changed: this run v1\.9\.0, the history v1\.8\.4 \(5 runs\)/,
    );
  });

  it('takes the median and the median absolute deviation', () => {
    assert.deepEqual(spread([5, 1, 3, 100]), { n: 4, median: 4, mad: 2, min: 1, max: 100 });
  });
});

describe('parseThreshold', () => {
  it('reads a percentage, a floor, or both', () => {
    assert.deepEqual(parseThreshold('25%,100ms'), { percent: 25, floorMs: 100 });
    assert.deepEqual(parseThreshold('+50%'), { percent: 50, floorMs: 0 });
    assert.deepEqual(parseThreshold(' 1s , 10% '), { percent: 10, floorMs: 1000 });
    assert.deepEqual(DEFAULT_THRESHOLD, parseThreshold('25%,100ms'));
  });

  it('says what is wrong and the fix for anything else', () => {
    assert.throws(
      () => parseThreshold('fast'),
      /^Error: 'fast': 'fast' is neither a percentage nor a duration; use a percentage and\/or a duration, such as 25%,100ms\.$/,
    );
    assert.throws(() => parseThreshold(''), /'': use a percentage/);
    assert.throws(() => parseThreshold('1%,2%,3%'), /'1%,2%,3%': use a percentage/);
  });
});

describe('reading timeline documents', () => {
  const good = JSON.stringify(timelineDocument(passedOutcome(), testContext()));

  it('reads a file or every *.json of a folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'trend-'));
    await writeFile(join(folder, 'a.json'), good);
    await writeFile(join(folder, 'b.json'), good);
    await writeFile(join(folder, 'notes.txt'), 'not a timeline');
    assert.equal((await readTimelineDocuments(folder)).length, 2);
    assert.equal((await readTimelineDocuments(join(folder, 'a.json'))).length, 1);
    await assert.rejects(
      readTimelineDocuments(join(folder, 'missing.json')),
      /cannot read .*missing\.json/,
    );
  });

  it('refuses an older or newer schema version, another generator, and broken JSON', () => {
    const older = JSON.stringify({ ...JSON.parse(good), schemaVersion: 0 });
    assert.throws(
      () => parseTimelineDocument(older, 'run 41'),
      (error: Error) =>
        error instanceof TimelineDocumentError &&
        /run 41 has timeline schema version 0, older than the versions 1 and 2 this release reads/.test(
          error.message,
        ),
    );
    const newer = JSON.stringify({ ...JSON.parse(good), schemaVersion: 3 });
    assert.throws(() => parseTimelineDocument(newer, 'x'), /version 3, newer/);
    // Version 2 only added `checks` (a suite): a version 1 document is still read.
    const first = JSON.stringify({ ...JSON.parse(good), schemaVersion: 1 });
    assert.equal(parseTimelineDocument(first, 'run 40').schemaVersion, 1);
    assert.throws(
      () => parseTimelineDocument('{"generator":"other"}', 'x'),
      /not a timeline JSON document/,
    );
    assert.throws(() => parseTimelineDocument('{"schemaVersion":1,', 'x'), /x is not JSON/);
  });
});
