// A suite (`checks`): every preset side by side on one simulated cluster, a bad list refused
// before anything is created, a failing check reported first, and the reports of a suite.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from '../src/config/index.ts';
import type { InputName } from '../src/contract.ts';
import type { CheckInSuite, CheckOutcome } from '../src/outcome.ts';
import { demoTuning } from '../src/demo.ts';
import { renderJunit } from '../src/report/render/junit.ts';
import { renderComment, renderSummary } from '../src/report/render/markdown.ts';
import { renderTerminal } from '../src/report/render/terminal.ts';
import { documentsOfCheck, parseTimelineDocument } from '../src/trend/document.ts';
import type { TimelineDocument } from '../src/trend/types.ts';
import { renderTimelineJson } from '../src/report/render/timeline-json.ts';
import { reportContext } from '../src/report/render/context.ts';
import { reportOutputs } from '../src/report/publish/outputs.ts';
import { runCheck, type RunHooks } from '../src/run.ts';
import { worstResult } from '../src/suite-run.ts';
import { simulatorsClosedAfter, type Clients } from './sim/helpers.ts';
import { leftovers } from './support/leftovers.ts';
import { runner, runStep } from './support/action-step.ts';

const TIME_SCALE = 0.02;
const tuning = demoTuning(TIME_SCALE);
const temp = mkdtempSync(join(tmpdir(), 'ktc-suite-'));
const cluster = simulatorsClosedAfter({ timeScale: TIME_SCALE });
const EXAMPLE = fileURLToPath(new URL('../examples/checks.yml', import.meta.url));

function configFor(clients: Clients | undefined, inputs: Partial<Record<InputName, string>>) {
  return readConfig(
    (name) => inputs[name] ?? (name === 'kubeconfig' ? (clients?.sim.kubeconfigPath ?? '') : ''),
    { RUNNER_TEMP: temp },
  );
}

function hooks(): RunHooks & { logs: string[]; groups: string[] } {
  const logs: string[] = [];
  const groups: string[] = [];
  return {
    logs,
    groups,
    log: (line) => logs.push(line),
    warn: (line) => logs.push(`warning: ${line}`),
    group: (title, work) => {
      groups.push(title);
      return work();
    },
  };
}

describe('the checks input', () => {
  it('reads every preset of the example file, with the preset paths and the running preset its own timeout', () => {
    const config = configFor(undefined, { checks: EXAMPLE });
    assert.deepEqual(
      config.checks?.map((check) => [check.checkName, check.preset?.name, check.expectedPath]),
      [
        [
          'pull error',
          'missing-image',
          'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
        ],
        ['unschedulable', 'unschedulable', 'ErrorUnschedulable'],
        ['missing PVC', 'missing-pvc', 'ErrorPvcNotFound'],
        ['missing DataVolume', 'missing-datavolume', 'ErrorPvcNotFound'],
        ['halted', 'halted', 'Stopped'],
        ['boots', 'running', 'Starting -> Running'],
      ],
    );
    assert.equal(config.checks?.[5]?.timeoutMs, 15 * 60_000);
    assert.equal(config.checks?.[0]?.timeoutMs, 10 * 60_000, "the step's timeout");
  });

  it("lets an item's fields win over its preset, and the step's inputs fill what it leaves out", () => {
    const config = configFor(undefined, {
      attempts: '3',
      witness: 'vmi',
      checks:
        '- name: custom\n  scenario: halted\n  expected-path: Stopped -> Stopped\n  timeout: 1m\n',
    });
    const [check] = config.checks!;
    assert.equal(check!.expectedPath, 'Stopped -> Stopped');
    assert.equal(check!.pathFromPreset, false);
    assert.equal(check!.timeoutMs, 60_000);
    assert.equal(check!.attempts, 3);
    assert.equal(check!.witness, 'vmi');
  });

  it('is no suite when empty: one check, as before', () => {
    assert.equal(configFor(undefined, {}).checks, undefined);
  });

  it('names every bad item at once, by index and field', () => {
    const list = [
      '- name: good',
      '  scenario: halted',
      '- name: typo',
      '  scenario: missing-pvcc',
      '  timeout: 5x',
      '- name: good',
      '  scenario: running',
      '- scenario: halted',
      '  colour: red',
      '- name: wrong witness',
      '  vm-manifest: no-such-manifest.yaml',
      '  witness: vmx',
    ].join('\n');
    assert.throws(
      () => configFor(undefined, { checks: list }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        const details = error.problems.map((problem) => problem.detail.replace(/:.*/s, ''));
        assert.deepEqual(details, [
          "checks[1].scenario (check 'typo')",
          "checks[1].timeout (check 'typo')",
          'checks[2].name',
          'checks[3].colour',
          'checks[3].name',
          "checks[4].vm-manifest (check 'wrong witness')",
          "checks[4].witness (check 'wrong witness')",
        ]);
        assert.match(error.message, /'missing-pvcc' is not a preset; use one of missing-image, /);
        assert.match(error.message, /'5x' is not a duration/);
        return true;
      },
    );
  });

  it('refuses a file that is no list, YAML that does not parse, and repeat mode', () => {
    const file = join(temp, 'mapping.yml');
    writeFileSync(file, 'name: one\nscenario: halted\n');
    assert.throws(() => configFor(undefined, { checks: file }), /expected a non-empty YAML list/);
    assert.throws(() => configFor(undefined, { checks: '- name: [' }), /not valid YAML/);
    assert.throws(
      () => configFor(undefined, { checks: 'no-such-file.yml' }),
      /'no-such-file\.yml' is neither a YAML list nor a file that can be read/,
    );
    assert.throws(
      () => configFor(undefined, { checks: EXAMPLE, repeat: '5' }),
      /a suite runs each check once/,
    );
  });

  it('takes the worst result of the checks for the suite', () => {
    assert.equal(worstResult(['passed', 'flaky', 'passed']), 'flaky');
    assert.equal(worstResult(['passed', 'inconclusive', 'failed']), 'failed');
    assert.equal(worstResult(['passed']), 'passed');
  });
});

describe('a suite on the simulator', { concurrency: true }, () => {
  it('runs every preset at once, each seeing its own path, and leaves nothing behind', async () => {
    const clients = await cluster();
    const run = hooks();
    const outcome = await runCheck(configFor(clients, { checks: EXAMPLE }), run, tuning);
    const seen = Object.fromEntries(
      (outcome.checks ?? []).map((check) => [
        check.name,
        [
          check.outcome.result,
          check.outcome.attempts
            .at(-1)
            ?.verdict.matched.map((s) => s.state)
            .join(' -> '),
        ],
      ]),
    );
    assert.deepEqual(seen, {
      'pull error': [
        'passed',
        'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
      ],
      unschedulable: ['passed', 'ErrorUnschedulable'],
      'missing PVC': ['passed', 'ErrorPvcNotFound'],
      'missing DataVolume': ['passed', 'ErrorPvcNotFound'],
      halted: ['passed', 'Stopped'],
      boots: ['passed', 'Starting -> Running'],
    });
    assert.equal(outcome.result, 'passed');
    assert.deepEqual(await leftovers(clients), []);
    // Side by side: the checks started before the slowest one ended.
    const starts = (outcome.checks ?? []).map((check) =>
      Date.parse(check.outcome.attempts[0]!.startedAt),
    );
    assert.ok(Math.max(...starts) - Math.min(...starts) < outcome.checks![0]!.outcome.durationMs);
    assert.match(
      outcome.checks![3]!.pathSource,
      /^preset missing-datavolume, for KubeVirt v0\.57\.0 and later, KubeVirt v\d+\.\d+\.\d+ found$/,
    );
  });

  it('reports a failing check first, passes the others, leaves nothing behind, one JUnit testcase per check', async () => {
    const clients = await cluster();
    const checks = [
      '- name: halted',
      '  scenario: halted',
      '- name: boots into a pull error',
      '  scenario: running',
      '  expected-path: ErrImagePull',
      '  attempts: 1',
      '- name: missing PVC',
      '  scenario: missing-pvc',
    ].join('\n');
    const config = configFor(clients, { checks });
    const outcome = await runCheck(config, hooks(), tuning);
    assert.equal(outcome.result, 'failed');
    assert.deepEqual(
      outcome.checks?.map((check) => check.outcome.result),
      ['passed', 'failed', 'passed'],
    );
    assert.deepEqual(await leftovers(clients), []);

    const context = reportContext({ ...config, checkName: 'presets' }, {}, outcome);
    const terminal = renderTerminal(outcome, context);
    const rows = terminal.split('\n').slice(2, 5);
    assert.match(rows[0]!, /^ {2}FAILED +boots into a pull error +\S+ \S+ +Starting -> Running/);
    assert.match(rows[1]!, /^ {2}PASSED +halted/);
    assert.match(rows[2]!, /^ {2}PASSED +missing PVC/);

    const summary = renderSummary(outcome, context);
    const firstScreen = summary.split('\n').slice(0, 12);
    assert.match(
      firstScreen.find((line) => line.startsWith('| ❌'))!,
      /boots into a pull error/,
    );
    assert.ok(summary.indexOf('| ❌') < summary.indexOf('| ✅'), 'failures first');
    assert.equal(
      (summary.match(/<details><summary>(✅|❌) <b>/gu) ?? []).length,
      3,
      "each check's detail folded below",
    );
    const comment = renderComment(outcome, context);
    assert.equal(
      (comment.match(/<!-- kubevirt-transition-check:comment key=/g) ?? []).length,
      1,
      'one sticky comment for the suite',
    );

    const junit = renderJunit(outcome, context);
    const testcases = [...junit.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(testcases, ['halted', 'boots into a pull error', 'missing PVC']);
    assert.match(junit, /<testsuite name="presets" tests="3" failures="1" errors="0"/);
    assert.equal((junit.match(/<failure /g) ?? []).length, 1);

    const json = renderTimelineJson(outcome, context);
    const document = JSON.parse(json) as TimelineDocument;
    assert.equal(document.schemaVersion, 2);
    assert.deepEqual(document.attempts, []);
    // The trend reader reads a suite back, and finds each check in it by name.
    const read = parseTimelineDocument(json, 'suite');
    assert.deepEqual(
      documentsOfCheck([read], 'missing PVC').map((entry) => [entry.check, entry.result]),
      [['missing PVC', 'passed']],
    );
    assert.deepEqual(
      documentsOfCheck([read]),
      [],
      'a suite is not an earlier run of a single check',
    );
    assert.deepEqual(
      document.checks?.map((check) => [check.name, check.scenario, check.result]),
      [
        ['halted', 'halted', 'passed'],
        ['boots into a pull error', 'running', 'failed'],
        ['missing PVC', 'missing-pvc', 'passed'],
      ],
    );

    const outputs = reportOutputs(outcome, context, { junitPath: 'j', timelinePath: 't' });
    assert.equal(outputs.result, 'failed');
    const results = JSON.parse(outputs.checks) as { name: string; result: string }[];
    assert.deepEqual(
      results.map((check) => [check.name, check.result]),
      [
        ['halted', 'passed'],
        ['boots into a pull error', 'failed'],
        ['missing PVC', 'passed'],
      ],
    );
    assert.match(outputs.explanation, /^boots into a pull error: failed\. /);
  });

  it('reports a check whose VM could not be created as failed with the error, and runs the others', async () => {
    const clients = await cluster();
    // The first create of a VM is forbidden (not retried): with one check at a time, the first check's.
    clients.sim.faults.inject({
      match: { method: 'POST', resource: 'virtualmachines' },
      respond: 403,
      message: 'virtualmachines.kubevirt.io is forbidden: quota says no',
      times: 1,
    });
    const checks = [
      '- name: forbidden',
      '  scenario: halted',
      '- name: halted',
      '  scenario: halted',
    ].join('\n');
    const config = configFor(clients, { checks, parallel: '1' });
    const outcome = await runCheck(config, hooks(), tuning);
    assert.equal(outcome.result, 'failed');
    const [forbidden, halted] = outcome.checks!;
    assert.equal(forbidden!.outcome.result, 'failed');
    assert.equal(forbidden!.outcome.error?.stage, 'run');
    assert.match(forbidden!.outcome.error?.message ?? '', /quota says no/);
    assert.equal(halted!.outcome.result, 'passed');
    const context = reportContext({ ...config, checkName: 'presets' }, {}, outcome);
    const junit = renderJunit(outcome, context);
    assert.match(junit, /<testsuite name="presets" tests="2" failures="0" errors="1"/);
    assert.match(junit, /<testcase [^>]*name="forbidden"[^>]*>\n {6}<error [^>]*type="run"/);
    assert.match(renderTerminal(outcome, context).split('\n')[2]!, /^ {2}FAILED +forbidden/);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('stops every check when cancelled, and removes every VM all the same', async () => {
    // Cancelled when the pull-error check's VM first shows ErrImagePull: the quick checks are
    // done or under way, the pull-error path has three steps to go.
    const clients = await cluster();
    const cancel = new AbortController();
    const run = hooks();
    const running = runCheck(
      configFor(clients, { checks: EXAMPLE }),
      {
        ...run,
        signal: cancel.signal,
        log: (line) => {
          run.logs.push(line);
          if (/transition-check-c1-1-\w+ vm ErrImagePull/.test(line)) cancel.abort();
        },
      },
      tuning,
    );
    await assert.rejects(running, /cancelled/);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('refuses a parallel whose largest checks do not fit, before creating anything', async () => {
    const clients = await cluster({ nodes: { memory: '1Gi' } });
    const run = hooks();
    await assert.rejects(
      runCheck(configFor(clients, { checks: EXAMPLE, parallel: '6' }), run, tuning),
      /parallel: the 4 largest checks at once \(.*\) need about .* of memory/,
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('runs as the action: outputs the worst result and every check, one testcase per check, and the post step finds nothing left', async () => {
    const clients = await cluster();
    const github = runner(clients, { checks: EXAMPLE, comment: 'never', baseline: 'none' });
    const main = runStep('src/main.ts', github.env);
    assert.equal(await main.exited, 0, main.output);
    const outputs = github.outputs();
    assert.equal(outputs.result, 'passed');
    const checks = JSON.parse(outputs.checks ?? '[]') as { name: string; result: string }[];
    assert.equal(checks.length, 6);
    assert.ok(checks.every((check) => check.result === 'passed'));
    const junit = readFileSync(outputs['junit-path']!, 'utf8');
    assert.equal((junit.match(/<testcase /g) ?? []).length, 6);
    const summary = readFileSync(github.files.GITHUB_STEP_SUMMARY, 'utf8');
    assert.match(summary, /^## ✅ KubeVirt transition check suite /m);
    const post = runStep('src/post.ts', github.postEnv());
    assert.equal(await post.exited, 0, post.output);
    assert.deepEqual(await leftovers(clients), []);
  });
});

describe('trends of a suite', () => {
  it('compares each check with the check of the same name in earlier suites, and shows it in that check', async () => {
    const { compareChecksWithBaseline } = await import('../src/report/publish/baseline.ts');
    const { steadyNightlies, retimed } = await import('./support/trend.ts');
    const { passedOutcome, testContext } = await import('./support/outcomes.ts');
    const inSuite = (name: string, outcome: CheckOutcome): CheckInSuite => ({
      name,
      expectedPath: 'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
      pathSource: 'expected-path',
      witness: 'vm',
      image: 'registry.invalid/x/no-such-image:latest',
      attemptsAllowed: 2,
      outcome,
    });
    const suiteOf = (steady: CheckOutcome, slower: CheckOutcome): CheckOutcome => ({
      result: 'passed',
      attempts: [],
      durationMs: 1000,
      checks: [inSuite('steady', steady), inSuite('slower', slower)],
    });
    const folder = mkdtempSync(join(temp, 'baseline-'));
    const context = testContext({ checkName: 'presets' });
    steadyNightlies().forEach((night, day) =>
      writeFileSync(
        join(folder, `night-${day}.json`),
        renderTimelineJson(suiteOf(night, night), context),
      ),
    );
    // A single check's document in the same folder is not mistaken for a check of the suite.
    writeFileSync(join(folder, 'single.json'), renderTimelineJson(passedOutcome(), context));
    const current = suiteOf(passedOutcome(), retimed(passedOutcome(), 1.5));
    const config = { ...configFor(undefined, {}), baseline: folder };
    const trends = await compareChecksWithBaseline(current, config, context);
    assert.deepEqual(Object.keys(trends ?? {}), ['steady', 'slower']);
    assert.equal(trends!.steady!.history.length, 5, 'the single-check document is left out');
    assert.deepEqual(trends!.steady!.otherChecks, []);
    assert.equal(trends!.steady!.regressions.length, 0);
    assert.ok(trends!.slower!.regressions.length > 0, 'the slower check regressed');
    const summary = renderSummary(current, { ...context, checkTrends: trends });
    const slower = summary.slice(summary.indexOf('<b>slower</b>'));
    const steady = summary.slice(
      summary.indexOf('<b>steady</b>'),
      summary.indexOf('<b>slower</b>'),
    );
    assert.match(slower, /regress/i);
    assert.doesNotMatch(steady, /regressed/i);
  });
});

describe('the first screen of a suite', () => {
  it('fits ten checks in one screen: a line per check, failures first, every detail folded below', async () => {
    const { cleanPassOutcome, unschedulableOutcome, testContext } =
      await import('./support/outcomes.ts');
    const checks: CheckInSuite[] = Array.from({ length: 10 }, (_, i) => ({
      name: `check ${i + 1}`,
      expectedPath: 'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
      pathSource: 'expected-path',
      witness: 'vm',
      image: 'registry.invalid/x/no-such-image:latest',
      attemptsAllowed: 2,
      outcome: i === 7 ? unschedulableOutcome() : cleanPassOutcome(),
    }));
    const outcome: CheckOutcome = { result: 'failed', attempts: [], durationMs: 60_000, checks };
    const summary = renderSummary(outcome, testContext({ checkName: 'ten' }));
    const firstScreen = summary.slice(0, summary.indexOf('<details>')).trimEnd().split('\n');
    assert.ok(firstScreen.length <= 20, `${firstScreen.length} lines:\n${firstScreen.join('\n')}`);
    const rows = firstScreen.filter((line) => /^\| (✅|❌)/u.test(line));
    assert.equal(rows.length, 10);
    assert.match(rows[0]!, /^\| ❌ \| check 8 \|/u);
    assert.equal((summary.match(/<details><summary>(✅|❌) <b>/gu) ?? []).length, 10);
  });
});
