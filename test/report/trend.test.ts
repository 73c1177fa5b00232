// The trend section of the report and the action's trend outputs: from a baseline folder of
// timeline JSON files, through publishReport, to the summary, the nightly issue and the outputs.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { readConfig } from '../../src/config.ts';
import type { InputName } from '../../src/contract.ts';
import type { CheckOutcome } from '../../src/outcome.ts';
import { publishReport, renderComment } from '../../src/report/index.ts';
import { timelineDocument } from '../../src/report/timeline-json.ts';
import { renderTrendSection, trendOutputs } from '../../src/report/trend.ts';
import { compareRuns } from '../../src/trend/compare.ts';
import { runMetrics } from '../../src/trend/metrics.ts';
import { FakeGitHub } from '../support/github-api.ts';
import { passedOutcome, testContext } from '../support/outcomes.ts';
import { retimed, startedLater } from '../support/trend.ts';

const TOKEN = 'ghs_SECRET_write_token_1111111111111111';

/** Five earlier nightlies within 2 % of each other, oldest first. */
function history(): CheckOutcome[] {
  return [1, 0.99, 1.02, 0.98, 1.01].map((factor, day) =>
    startedLater(retimed(passedOutcome(), factor), day - 5),
  );
}

function documents(outcomes: CheckOutcome[]) {
  return outcomes.map((outcome) => timelineDocument(outcome, testContext()));
}

function comparison(current: CheckOutcome, earlier = history()) {
  return compareRuns(
    documents(earlier).map(runMetrics),
    runMetrics(timelineDocument(current, testContext())),
  );
}

describe('the trend section', () => {
  it('shows a regression openly: heading, the table with the flag, a chart per key metric', () => {
    const section = renderTrendSection(comparison(retimed(passedOutcome(), 1.5)));
    assert.match(section, /^### Timing regressed\n/);
    assert.doesNotMatch(section, /<details>/);
    assert.match(
      section,
      /\| metric \| this run \| median of history \| range, MAD \| change \| \|/,
    );
    assert.match(
      section,
      /\| pull attempt 1→2 interval \| 15\.0 s \| 10\.0 s \(n = 5\) \| 9\.8 s–10\.2 s, MAD 100 ms \| \+5\.0 s \(\+50%\) \| \*\*▲ regression\*\* \|/,
    );
    const charts = section.match(/```mermaid\nxychart-beta\n[^`]*```/g) ?? [];
    assert.ok(charts.length >= 2 && charts.length <= 3, section);
    assert.match(charts.join('\n'), /x-axis "runs ago" \["-5", "-4", "-3", "-2", "-1", "now"\]/);
    assert.match(charts.join('\n'), /line \[10005, 9905, 10205, 9805, 10105, 15008\]/);
  });

  it('folds an unchanged run away, and says so', () => {
    const section = renderTrendSection(comparison(retimed(passedOutcome(), 1.005)));
    assert.match(section, /^<details><summary>Timing compared with 5 earlier runs<\/summary>/);
    assert.match(section, /&#58; no regression\./);
    assert.doesNotMatch(section, /▲/);
  });

  it('names a changed KubeVirt version beside the table', () => {
    const current = {
      ...retimed(passedOutcome(), 1.5),
      environment: { kubevirtVersion: 'v1.9.0' },
    };
    const earlier = history().map((outcome) => ({
      ...outcome,
      environment: { kubevirtVersion: 'v1.8.4' },
    }));
    const section = renderTrendSection(comparison(current, earlier));
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
      comparison(rename(retimed(passedOutcome(), 1.5)), history().map(rename)),
    );
    assert.ok(!section.includes('<img'), section);
    assert.ok(!section.includes('|@team'));
    for (const line of section.split('\n').filter((l) => l.startsWith('  title ')))
      assert.match(line, /^ {2}title "[^"<>:;#%{}]*"$/);
  });

  it('is in the PR comment', () => {
    const context = { ...testContext(), trend: comparison(retimed(passedOutcome(), 1.5)) };
    assert.match(renderComment(passedOutcome(), context), /### Timing regressed/);
  });

  it('gives the regressions as JSON and the comparison in a sentence', () => {
    const outputs = trendOutputs(comparison(retimed(passedOutcome(), 1.5)));
    const regressions = JSON.parse(outputs.regressions) as { metric: string; runs: number }[];
    assert.ok(regressions.some((r) => r.metric === 'pull attempt 1→2 interval' && r.runs === 5));
    assert.match(outputs['trend-summary'], /^Compared with 5 earlier runs .* regressions?: /);
    assert.deepEqual(trendOutputs(undefined), { regressions: '[]', 'trend-summary': '' });
  });
});

describe('publishReport with a baseline', () => {
  let server: FakeGitHub;
  let dir: string;
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'ktc-summary-')), 'step-summary.md');
  const savedSummary = process.env.GITHUB_STEP_SUMMARY;

  beforeEach(async () => {
    server = await new FakeGitHub('acme/kubevirt').start();
    server.addToken(TOKEN);
    dir = mkdtempSync(join(tmpdir(), 'ktc-trend-'));
    writeFileSync(summaryFile, '');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
  });
  afterEach(() => server.close());
  after(() => {
    if (savedSummary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = savedSummary;
  });

  function scheduleEnv(): NodeJS.ProcessEnv {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ schedule: '17 3 * * *' }));
    return {
      GITHUB_REPOSITORY: 'acme/kubevirt',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: server.url,
      GITHUB_RUN_ID: '9001',
      GITHUB_JOB: 'nightly',
    };
  }

  async function publish(outcome: CheckOutcome, inputs: Partial<Record<InputName, string>>) {
    const original = process.stdout.write.bind(process.stdout);
    let out = '';
    process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => {
      if (typeof chunk === 'string') {
        out += chunk;
        return true;
      }
      return original(chunk, ...rest);
    };
    try {
      const config = readConfig((name) => inputs[name] ?? '', { RUNNER_TEMP: dir });
      const report = await publishReport(outcome, config, scheduleEnv(), {
        retry: { sleep: () => Promise.resolve(), maxWaitMs: 10_000 },
      });
      return { report, out };
    } finally {
      process.stdout.write = original;
    }
  }

  function baselineFolder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'ktc-baseline-'));
    for (const [index, document] of documents(history()).entries())
      writeFileSync(join(folder, `run-${index}.json`), JSON.stringify(document));
    // An older schema version: left out with a notice, the rest still compared.
    writeFileSync(
      join(folder, 'run-old.json'),
      JSON.stringify({ ...documents(history())[0], schemaVersion: 0 }),
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
      /::notice::Baseline file left out: .*run-old\.json has timeline schema version 0, older than the version 1/,
    );
    const [issue] = server.issues;
    assert.equal(issue?.title, 'KubeVirt transition check "nightly" regressed in timing');
    assert.match(issue?.body ?? '', /### Timing regressed[\s\S]*pull attempt 1→2 interval/);
    assert.match(readFileSync(summaryFile, 'utf8'), /### Timing regressed/);
    const regressions = JSON.parse(report.outputs.regressions) as unknown[];
    assert.ok(regressions.length > 0);
    assert.match(report.outputs['trend-summary'], /Compared with 5 earlier runs/);
    assert.equal(report.trend?.regressions.length, regressions.length);
  });

  it('flags nothing and opens no issue for a run like the others', async () => {
    const { report } = await publish(retimed(passedOutcome(), 1.005), inputs(baselineFolder()));
    assert.equal(server.issues.length, 0);
    assert.equal(report.outputs.regressions, '[]');
    assert.match(report.outputs['trend-summary'], /no regression/);
  });

  it('reports without a comparison when the baseline cannot be read, or is none', async () => {
    const missing = await publish(passedOutcome(), inputs(join(dir, 'missing')));
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
