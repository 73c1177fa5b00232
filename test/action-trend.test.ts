// The action's trend as GitHub runs it: src/main.ts (and the committed-style bundle dist/index.js)
// in its own process against the simulator, compared with a baseline of earlier timelines. A
// flagged regression fails the step only with fail-on-regression; the outputs say what regressed;
// the bundle stores the timeline as an artifact through the Actions results service stand-in.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { timelineArtifactName, timelineFromZip } from '../src/report/publish/history.ts';
import { runner, runStep } from './support/action-step.ts';
import { FakeArtifacts } from './support/artifacts.ts';
import { FakeGitHub } from './support/github-api.ts';
import { leftovers } from './support/leftovers.ts';
import { documentsOf, retimed, startedLater, suiteOf } from './support/trend.ts';
import { timelineDocument } from '../src/report/render/timeline-json.ts';
import { testContext } from './support/outcomes.ts';
import { passedOutcome } from './support/outcomes.ts';
import { simulatorsClosedAfter } from './sim/helpers.ts';

/**
 * At time scale 0.02 the simulated kubelet's back-off intervals take 0.25-0.6 s of real time; the
 * history below is five runs of the same path 20 times faster (about 50 ms): a regression far
 * beyond the default threshold (+25 % and +100 ms), whatever a busy machine adds.
 */
const TIME_SCALE = 0.02;

function baselineFolder(factor: number, runs = 5): string {
  const folder = mkdtempSync(join(tmpdir(), 'ktc-action-baseline-'));
  const earlier = [1, 0.99, 1.02, 0.98, 1.01]
    .slice(0, runs)
    .map((jitter, day) => startedLater(retimed(passedOutcome(), factor * jitter), day - 5));
  for (const [index, document] of documentsOf(earlier).entries())
    writeFileSync(join(folder, `run-${index}.json`), JSON.stringify(document));
  return folder;
}

/** Five earlier suites in which the check `pull` took a 200th of the time it takes now. */
function suiteBaselineFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ktc-action-baseline-suite-'));
  [1, 0.99, 1.02, 0.98, 1.01].forEach((jitter, day) => {
    const pull = startedLater(retimed(passedOutcome(), 0.005 * jitter), day - 5);
    const document = timelineDocument(suiteOf({ pull }), testContext());
    writeFileSync(join(folder, `suite-${day}.json`), JSON.stringify(document));
  });
  return folder;
}

/** A suite of two checks: `pull` has a history, `stopped` is new to the suite. */
const CHECKS = `
- name: pull
  scenario: missing-image
- name: stopped
  scenario: halted
`;

const cluster = simulatorsClosedAfter({ timeScale: TIME_SCALE });

describe('the action compared with earlier runs', { concurrency: true }, () => {
  for (const failOnRegression of ['true', 'false']) {
    it(`sets regressions and trend-summary, and ${failOnRegression === 'true' ? 'fails' : 'only warns'} with fail-on-regression: ${failOnRegression}`, async () => {
      const clients = await cluster();
      const step = runner(clients, {
        baseline: baselineFolder(0.005),
        'fail-on-regression': failOnRegression,
        'check-name': 'pr-check',
      });
      const main = runStep('src/main.ts', step.env);
      const code = await main.exited;
      const outputs = step.outputs();
      assert.equal(outputs.result, 'passed', main.output);
      const regressions = JSON.parse(outputs.regressions ?? '[]') as {
        metric: string;
        runs: number;
      }[];
      assert.ok(
        regressions.some((r) => r.metric === 'pull attempt 1→2 interval' && r.runs === 5),
        outputs.regressions,
      );
      assert.match(
        outputs['trend-summary'] ?? '',
        /^Compared with 5 earlier runs .* regressions?: /,
      );
      const annotation = failOnRegression === 'true' ? 'error' : 'warning';
      assert.match(
        main.output,
        new RegExp(`^::${annotation}::Timing regressed: Compared with 5 earlier runs`, 'm'),
      );
      if (failOnRegression === 'true') {
        assert.equal(code, 1, main.output);
        assert.match(main.output, /\(fail-on-regression is set\)$/m);
      } else {
        assert.equal(code, 0, main.output);
        assert.doesNotMatch(main.output, /^::error/m);
      }
      assert.match(readFileSync(step.files.GITHUB_STEP_SUMMARY, 'utf8'), /### Timing regressed/);
      assert.deepEqual(await leftovers(clients), []);
    });
  }

  for (const failOnRegression of ['true', 'false']) {
    it(`compares a suite check by check: regressions with their check, a line per check, and ${failOnRegression === 'true' ? 'fails' : 'only warns'} with fail-on-regression: ${failOnRegression}`, async () => {
      const clients = await cluster();
      const step = runner(clients, {
        checks: CHECKS,
        baseline: suiteBaselineFolder(),
        'fail-on-regression': failOnRegression,
        'check-name': 'presets',
        comment: 'never',
      });
      const main = runStep('src/main.ts', step.env);
      const code = await main.exited;
      const outputs = step.outputs();
      assert.equal(outputs.result, 'passed', main.output);
      const regressions = JSON.parse(outputs.regressions ?? '[]') as {
        check: string;
        metric: string;
        runs: number;
      }[];
      assert.ok(
        regressions.some(
          (r) => r.check === 'pull' && r.metric === 'pull attempt 1→2 interval' && r.runs === 5,
        ),
        outputs.regressions,
      );
      assert.ok(
        regressions.every((r) => r.check === 'pull'),
        outputs.regressions,
      );
      assert.deepEqual(
        (outputs['trend-summary'] ?? '').split('\n').map((line) => line.replace(/:.*/, '')),
        ["'pull'", "'stopped'"],
        outputs['trend-summary'],
      );
      assert.match(
        outputs['trend-summary'] ?? '',
        /^'pull': Compared with 5 earlier runs .* regressions?: /,
      );
      assert.match(
        outputs['trend-summary'] ?? '',
        /^'stopped': No earlier run to compare with\.$/m,
      );
      const annotation = failOnRegression === 'true' ? 'error' : 'warning';
      assert.match(
        main.output,
        new RegExp(
          `^::${annotation}::Timing regressed: 1 of 2 checks: 'pull' Compared with 5 earlier runs`,
          'm',
        ),
      );
      if (failOnRegression === 'true') {
        assert.equal(code, 1, main.output);
        assert.match(main.output, /\(fail-on-regression is set\)$/m);
      } else {
        assert.equal(code, 0, main.output);
        assert.doesNotMatch(main.output, /^::error/m);
      }
      assert.match(
        readFileSync(step.files.GITHUB_STEP_SUMMARY, 'utf8'),
        /\*\*Timing regressed\*\*[^\n]*\n\n- <code>pull<\/code>: Compared with 5 earlier runs/,
      );
      assert.deepEqual(await leftovers(clients), []);
    });
  }

  it('passes with fail-on-regression: true when nothing is flagged (not enough history)', async () => {
    const clients = await cluster();
    // The same slower run, but two earlier runs are no verdict: nothing is flagged.
    const step = runner(clients, {
      baseline: baselineFolder(0.005, 2),
      'fail-on-regression': 'true',
      'check-name': 'pr-check',
    });
    const main = runStep('src/main.ts', step.env);
    assert.equal(await main.exited, 0, main.output);
    const outputs = step.outputs();
    assert.equal(outputs.regressions, '[]');
    assert.equal(
      outputs['trend-summary'],
      'Not enough history (n = 2 < 3): shown for information, nothing is flagged.',
    );
    assert.doesNotMatch(main.output, /Timing regressed/);
  });

  it('stores the timeline as an artifact from the bundle (dist/index.js), as a workflow job does', async () => {
    const bundle = fileURLToPath(new URL('../dist/index.js', import.meta.url));
    assert.ok(existsSync(bundle), 'dist/index.js: build it with `npm run bundle`');
    const clients = await cluster();
    const github = await new FakeGitHub('acme/kubevirt').start();
    const actions = await new FakeArtifacts(github, { event: 'schedule' }).start();
    try {
      const token = 'ghs_nightly_token_0000000000000000000000';
      github.addToken(token);
      const step = runner(clients, { 'github-token': token, 'check-name': 'nightly' });
      const event = join(step.env.RUNNER_TEMP!, 'event.json');
      writeFileSync(
        event,
        JSON.stringify({ schedule: '17 3 * * *', repository: { default_branch: 'main' } }),
      );
      Object.assign(step.env, actions.runtimeEnv(), {
        GITHUB_REPOSITORY: 'acme/kubevirt',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: github.url,
        GITHUB_WORKFLOW_REF: 'acme/kubevirt/.github/workflows/e2e.yml@refs/heads/main',
      });
      const main = runStep('dist/index.js', step.env);
      assert.equal(await main.exited, 0, main.output);
      const name = timelineArtifactName('nightly');
      assert.deepEqual(
        actions.serviceCalls.map((call) => [call.method, call.body.name]),
        [
          ['ListArtifacts', undefined], // none of this name yet: nothing to replace
          ['CreateArtifact', name],
          ['FinalizeArtifact', name],
        ],
      );
      // What reached blob storage is the zip of this run's timeline file.
      const stored = actions.artifacts.find((artifact) => artifact.runId === actions.currentRun.id);
      const timeline = readFileSync(step.outputs()['timeline-path']!, 'utf8');
      assert.deepEqual(timelineFromZip(stored!.zip, 'the stored artifact'), JSON.parse(timeline));
      assert.match(
        main.output,
        new RegExp(`Stored the timeline as artifact ${name} \\(id ${stored!.id}\\)`),
      );
      // The history was asked for first: this workflow's completed runs on the default branch.
      assert.ok(
        actions.requests.some((request) => request.path.endsWith('/workflows/e2e.yml/runs')),
      );
      assert.deepEqual(actions.leakedTokens, []);
    } finally {
      await actions.close();
      await github.close();
    }
  });
});
