// The trend section of the report and the action's trend outputs: from a baseline folder of
// timeline JSON files, through publishReport, to the summary, the nightly issue and the outputs.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { InputName } from '../../src/contract.ts';
import type { CheckOutcome } from '../../src/outcome.ts';
import { renderComment } from '../../src/report/index.ts';
import { mermaidLabel } from '../../src/report/render/escape.ts';
import {
  renderTrendSection,
  suiteTrendOutputs,
  trendCharts,
  trendOutputs,
} from '../../src/report/render/trend-section.ts';
import type { MetricComparison } from '../../src/trend/compare.ts';
import { passedOutcome, testContext } from '../support/outcomes.ts';
import { publishHarness } from '../support/publish.ts';
import { comparedWith, documentsOf, retimed, steadyNightlies, suiteOf } from '../support/trend.ts';
import { timelineDocument } from '../../src/report/render/timeline-json.ts';

const TOKEN = 'ghs_SECRET_write_token_1111111111111111';

describe('the trend section', () => {
  it('shows a regression openly: heading and what regressed, then the table with the flag and a chart per key metric', () => {
    const section = renderTrendSection(comparedWith(retimed(passedOutcome(), 1.5)));
    assert.match(
      section,
      /^### Timing regressed\n\nCompared with 5 earlier runs .*regressions&#58; step 1 ErrImagePull since creation \(pod\) \+\d+ ms \(\+50%\);.*\n\n<details><summary>This run against 5 earlier runs: the table and the trend charts<\/summary>\n\n\| metric \|/,
    );
    assert.equal(section.match(/<details>/g)?.length, 1);
    assert.match(section, /<\/details>$/);
    assert.match(
      section,
      /\| metric \| this run \| median of history \| range, MAD \| change \| \|/,
    );
    assert.match(
      section,
      /\| pull attempt 1→2 interval \| 15\.0 s \| 10\.0 s \(n = 5\) \| 9\.8 s–10\.2 s, MAD 100 ms \| \+5\.0 s \(\+50%\) \| \*\*▲ regression\*\* \|/,
    );
    const charts =
      section.match(/```mermaid\n%%\{init: \{[^\n]*\}%%\nxychart-beta\n[^`]*```/g) ?? [];
    assert.ok(charts.length >= 2 && charts.length <= 3, section);
    assert.match(charts.join('\n'), /x-axis "runs ago" \["-5", "-4", "-3", "-2", "-1", "now"\]/);
    assert.match(charts.join('\n'), /line \[10005, 9905, 10205, 9805, 10105, 15008\]/);
  });

  it('draws the regressed metrics first, key metrics among them before the others', () => {
    const comparison = comparedWith(retimed(passedOutcome(), 1.5));
    const charts = trendCharts(comparison);
    const titles = charts.map((chart) => /title "([^"]*)"/.exec(chart)?.[1] ?? '');
    const title = (metric: MetricComparison) =>
      mermaidLabel(`${metric.name.replace(/→/g, '-')} ${metric.unit}`, 80);
    const regressed = comparison.regressions.map(title);
    assert.equal(titles[0], title(comparison.regressions.find((metric) => metric.key)!));
    assert.ok(regressed.length > 0);
    const shown = Math.min(regressed.length, titles.length);
    for (const title of titles.slice(0, shown))
      assert.ok(
        regressed.includes(title),
        `${title} is not one of the regressed metrics: ${regressed.join(', ')}`,
      );
  });

  it('folds an unchanged run away, and says so', () => {
    const section = renderTrendSection(comparedWith(retimed(passedOutcome(), 1.005)));
    assert.match(section, /^<details><summary>Timing compared with 5 earlier runs<\/summary>/);
    assert.match(section, /&#58; no regression\./);
    assert.doesNotMatch(section, /▲/);
  });

  it('names a changed KubeVirt version beside the table', () => {
    const current = {
      ...retimed(passedOutcome(), 1.5),
      environment: { kubevirtVersion: 'v1.9.0' },
    };
    const earlier = steadyNightlies().map((outcome) => ({
      ...outcome,
      environment: { kubevirtVersion: 'v1.8.4' },
    }));
    const section = renderTrendSection(comparedWith(current, earlier));
    assert.match(
      section,
      /> \[!NOTE\]\n> KubeVirt changed&#58; this run v1\.9\.0, the history v1\.8\.4 \(5 runs\)/,
    );
  });

  it('escapes state names from the cluster in the table and the chart', () => {
    const hostile = '<img src=x onerror=alert(1)>|@team';
    const rename = (outcome: CheckOutcome) => {
      const copy = structuredClone(outcome);
      for (const attempt of copy.attempts) {
        for (const entry of attempt.timeline.entries)
          if (entry.kind === 'state' && entry.state === 'ErrImagePull') entry.state = hostile;
        for (const step of attempt.verdict.matched)
          if (step.state === 'ErrImagePull') step.state = hostile;
      }
      return copy;
    };
    const section = renderTrendSection(
      comparedWith(rename(retimed(passedOutcome(), 1.5)), steadyNightlies().map(rename)),
    );
    assert.ok(!section.includes('<img'), section);
    assert.ok(!section.includes('|@team'));
    for (const line of section.split('\n').filter((l) => l.startsWith('  title ')))
      assert.match(line, /^ {2}title "[^"<>:;#%{}]*"$/);
  });

  it('is in the PR comment', () => {
    const context = { ...testContext(), trend: comparedWith(retimed(passedOutcome(), 1.5)) };
    assert.match(renderComment(passedOutcome(), context), /### Timing regressed/);
  });

  it('gives the regressions as JSON and the comparison in a sentence', () => {
    const outputs = trendOutputs(comparedWith(retimed(passedOutcome(), 1.5)));
    const regressions = JSON.parse(outputs.regressions) as { metric: string; runs: number }[];
    assert.ok(regressions.some((r) => r.metric === 'pull attempt 1→2 interval' && r.runs === 5));
    assert.match(outputs['trend-summary'], /^Compared with 5 earlier runs .* regressions?: /);
    assert.deepEqual(trendOutputs(undefined), { regressions: '[]', 'trend-summary': '' });
  });

  it("gives a suite's a line per check, the regressed first, and a changed KubeVirt version once", () => {
    const current = { ...passedOutcome(), environment: { kubevirtVersion: 'v1.9.0' } };
    const earlier = steadyNightlies().map((outcome) => ({
      ...outcome,
      environment: { kubevirtVersion: 'v1.8.4' },
    }));
    const outputs = suiteTrendOutputs({
      steady: comparedWith(retimed(current, 1.005), earlier),
      slower: comparedWith(retimed(current, 1.5), earlier),
    });
    const lines = outputs['trend-summary'].split('\n');
    assert.equal(lines.length, 3, outputs['trend-summary']);
    assert.match(lines[0]!, /^'slower': Compared with 5 earlier runs .* regressions?: /);
    assert.match(lines[1]!, /^'steady': .*no regression\.$/);
    assert.match(
      lines[2]!,
      /^KubeVirt changed: this run v1\.9\.0, the history v1\.8\.4 \(5 runs\)/,
    );
    const regressions = JSON.parse(outputs.regressions) as { check: string }[];
    assert.ok(regressions.length > 0);
    assert.ok(regressions.every((r) => r.check === 'slower'));
    assert.deepEqual(suiteTrendOutputs(undefined), { regressions: '[]', 'trend-summary': '' });
  });
});

describe('publishReport with a baseline', () => {
  const harness = publishHarness((github) => github.addToken(TOKEN));
  const publish = (outcome: CheckOutcome, inputs: Partial<Record<InputName, string>>) =>
    harness.publish(outcome, inputs, harness.env('schedule'));

  function baselineFolder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'ktc-baseline-'));
    for (const [index, document] of documentsOf(steadyNightlies()).entries())
      writeFileSync(join(folder, `run-${index}.json`), JSON.stringify(document));
    // An older schema version: left out with a notice, the rest still compared.
    writeFileSync(
      join(folder, 'run-old.json'),
      JSON.stringify({ ...documentsOf(steadyNightlies())[0], schemaVersion: 0 }),
    );
    return folder;
  }

  const inputs = (baseline: string) => ({
    baseline,
    'github-token': TOKEN,
    'check-name': 'nightly',
    'issue-on-failure': 'true',
  });

  it('opens the nightly issue on a regression of a passing check, with the table', async () => {
    const { report, out } = await publish(retimed(passedOutcome(), 1.5), inputs(baselineFolder()));
    assert.match(
      out,
      /::notice::Baseline file left out: .*run-old\.json has timeline schema version 0, older than the versions 1 and 2/,
    );
    const [issue] = harness.github.issues;
    assert.equal(issue?.title, 'KubeVirt transition check "nightly" regressed in timing');
    assert.match(issue?.body ?? '', /### Timing regressed[\s\S]*pull attempt 1→2 interval/);
    assert.match(harness.summary(), /### Timing regressed/);
    const regressions = JSON.parse(report.outputs.regressions) as unknown[];
    assert.ok(regressions.length > 0);
    assert.match(report.outputs['trend-summary'], /Compared with 5 earlier runs/);
    assert.equal(report.trend?.regressions.length, regressions.length);
  });

  it('flags nothing and opens no issue for a run like the others', async () => {
    const { report } = await publish(retimed(passedOutcome(), 1.005), inputs(baselineFolder()));
    assert.equal(harness.github.issues.length, 0);
    assert.equal(report.outputs.regressions, '[]');
    assert.match(report.outputs['trend-summary'], /no regression/);
  });

  it('compares a suite check by check: each regression with its check, a line per check, the issue opened', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ktc-baseline-suite-'));
    for (const [index, night] of steadyNightlies().entries()) {
      const suite = suiteOf({ steady: night, pull: night });
      writeFileSync(
        join(folder, `night-${index}.json`),
        JSON.stringify(timelineDocument(suite, testContext())),
      );
    }
    // In the list's order: the regressed check is last, and first in the trend summary.
    const current = suiteOf({
      steady: retimed(passedOutcome(), 1.005),
      'new-check': passedOutcome(),
      pull: retimed(passedOutcome(), 1.5),
    });
    const { report } = await publish(current, inputs(folder));
    const regressions = JSON.parse(report.outputs.regressions) as {
      check: string;
      metric: string;
      runs: number;
    }[];
    assert.ok(regressions.length > 0, report.outputs.regressions);
    assert.deepEqual([...new Set(regressions.map((r) => r.check))], ['pull']);
    assert.ok(regressions.some((r) => r.metric === 'pull attempt 1→2 interval' && r.runs === 5));
    const lines = report.outputs['trend-summary'].split('\n');
    assert.equal(lines.length, 3, report.outputs['trend-summary']);
    assert.match(lines[0]!, /^'pull': Compared with 5 earlier runs .* regressions?: /);
    assert.match(lines[1]!, /^'steady': Compared with 5 earlier runs .*: no regression\.$/);
    assert.equal(lines[2], "'new-check': No earlier run to compare with.");
    assert.match(report.regressed ?? '', /^1 of 3 checks: 'pull' Compared with 5 earlier runs/);
    const [issue] = harness.github.issues;
    assert.match(issue?.title ?? '', /regressed in timing/);
    // The issue shows no check's full report: its first screen names what regressed.
    assert.match(
      issue?.body ?? '',
      /\*\*Timing regressed\*\*.*\n\n- <code>pull<\/code>: Compared with 5 earlier runs/,
    );
    assert.doesNotMatch(issue?.body ?? '', /<code>steady<\/code>: Compared/);
  });

  it('leaves a suite without a regression unflagged: no issue, no regressed sentence', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ktc-baseline-suite-'));
    for (const [index, night] of steadyNightlies().entries())
      writeFileSync(
        join(folder, `night-${index}.json`),
        JSON.stringify(timelineDocument(suiteOf({ steady: night }), testContext())),
      );
    const { report } = await publish(
      suiteOf({ steady: retimed(passedOutcome(), 1.005) }),
      inputs(folder),
    );
    assert.equal(report.outputs.regressions, '[]');
    assert.match(report.outputs['trend-summary'], /^'steady': Compared with 5 .*no regression\.$/);
    assert.equal(report.regressed, undefined);
    assert.equal(harness.github.issues.length, 0);
  });

  it('reports without a comparison when the baseline cannot be read, or is none', async () => {
    const missing = await publish(passedOutcome(), inputs(join(harness.dir, 'missing')));
    assert.match(
      missing.out,
      /::notice::No comparison with earlier runs: the baseline .*missing cannot be read/,
    );
    assert.equal(missing.report.outputs.result, 'passed');
    assert.equal(missing.report.outputs['trend-summary'], '');
    const none = await publish(passedOutcome(), inputs('none'));
    assert.equal(none.report.trend, undefined);
  });
});
