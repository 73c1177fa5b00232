// The e2e workflow is only proven on GitHub; what can be checked here is that it asks for what
// the issue describes: triggers, the KubeVirt matrix, runners, least permissions, artifacts.
// test/repo/workflows.test.ts lints it, the other workflows and the README's examples.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
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
  'runs-on': string;
  strategy?: { 'fail-fast'?: boolean; matrix?: { include?: Record<string, string>[] } };
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': unknown };
  jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const workflow = parse(read('.github/workflows/e2e.yml')) as Workflow;
const inputs = Object.keys((parse(read('action.yml')) as { inputs: object }).inputs);
const jobs = Object.entries(workflow.jobs);
const checkStep = (job: Job) => job.steps.find((step) => step.uses === './')!;
/** The legs a pull request runs: a KubeVirt release tag on the pinned runner. */
const PINNED_RUNNER = 'ubuntu-24.04';
const pinnedLegs = (job: Job) =>
  job.strategy!.matrix!.include!.filter(
    (entry) => entry.kubevirt !== 'stable' && (entry.runner ?? PINNED_RUNNER) === PINNED_RUNNER,
  );
const newest = (tags: string[]) =>
  tags.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1)!;

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
      const entries = pinnedLegs(job);
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
      for (const entry of job.strategy!.matrix!.include!) {
        // Explicit on every leg: an empty input would be kind's own default (Kubernetes 1.37 for
        // kind v0.33.0), not the action's, and newer than any KubeVirt release supports.
        assert.match(entry['node-image'] ?? '', /^kindest\/node:v[\d.]+@sha256:[0-9a-f]{64}$/);
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

  it('compares each run with the nightlies: baseline auto', () => {
    const pr = checkStep(workflow.jobs['pull-request']!).with!;
    const nightly = checkStep(workflow.jobs.nightly!).with!;
    for (const step of [pr, nightly])
      assert.ok([undefined, 'auto'].includes(step.baseline as string));
  });

  it('runs pull requests on a pinned runner image; the nightly adds ubuntu-latest', () => {
    assert.equal(workflow.jobs['pull-request']!['runs-on'], PINNED_RUNNER);
    const nightly = workflow.jobs.nightly!;
    assert.equal(nightly['runs-on'], '${{ matrix.runner }}');
    const runners = nightly.strategy!.matrix!.include!.map((entry) => entry.runner);
    assert.deepEqual([...new Set(runners)].sort(), ['ubuntu-24.04', 'ubuntu-latest']);
  });

  it("defaults kubevirt-version to the newest release the pull requests test; the nightly meets 'stable' first", () => {
    const actionInputs = (
      parse(read('action.yml')) as { inputs: Record<string, { default: string }> }
    ).inputs;
    const prTags = pinnedLegs(workflow.jobs['pull-request']!).map((entry) => entry.kubevirt!);
    assert.equal(actionInputs['kubevirt-version']!.default, newest(prTags));
    const nightly = workflow.jobs.nightly!.strategy!.matrix!.include!;
    assert.ok(nightly.some((entry) => entry.kubevirt === 'stable'));
  });

  it('defaults kind-node-image and kubectl-version to what the default KubeVirt is tested on', () => {
    const defaults = (parse(read('action.yml')) as { inputs: Record<string, { default: string }> })
      .inputs;
    const leg = pinnedLegs(workflow.jobs['pull-request']!).find(
      (entry) => entry.kubevirt === defaults['kubevirt-version']!.default,
    )!;
    assert.equal(defaults['kind-node-image']!.default, leg['node-image']);
    const kubernetes = /^kindest\/node:(v[\d.]+)@/.exec(leg['node-image']!)![1];
    assert.equal(defaults['kubectl-version']!.default, kubernetes);
  });

  it('gives every nightly leg its own check name and artifact (its own issue and history)', () => {
    const nightly = workflow.jobs.nightly!;
    const expand = (template: string, entry: Record<string, string>) =>
      template
        .replace(
          "${{ matrix.runner != 'ubuntu-24.04' && format(' ({0})', matrix.runner) || '' }}",
          entry.runner === PINNED_RUNNER ? '' : ` (${entry.runner})`,
        )
        .replace(/\$\{\{ matrix\.([\w-]+) \}\}/g, (_, key: string) => entry[key] ?? '');
    const entries = nightly.strategy!.matrix!.include!;
    const check = String(checkStep(nightly).with!['check-name']);
    const upload = nightly.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    const names = entries.map((entry) => expand(check, entry));
    const artifacts = entries.map((entry) => expand(String(upload.with!.name), entry));
    assert.doesNotMatch(names.join(), /\$\{\{/, 'every expression expanded');
    assert.equal(new Set(names).size, entries.length, names.join(', '));
    assert.equal(new Set(artifacts).size, entries.length, artifacts.join(', '));
    // The pinned legs keep the pull request's name: a PR compares with their timelines.
    const prCheck = String(checkStep(workflow.jobs['pull-request']!).with!['check-name']);
    for (const entry of pinnedLegs(nightly))
      assert.ok(names.includes(expand(prCheck.replace(/ #.*$/, ''), entry)));
  });

  it('opens an issue on failure at night, and comments on pull requests', () => {
    assert.equal(checkStep(workflow.jobs.nightly!).with!['issue-on-failure'], true);
    assert.equal(checkStep(workflow.jobs['pull-request']!).with!['issue-on-failure'], undefined);
  });
});
