// action.yml is the single source of the action's contract: what is generated from it must be
// fresh, and the README must show every input and output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { renderContract, renderReadme } from '../../script/contract.ts';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const actionYml = read('action.yml');
const action = parse(actionYml) as {
  runs: Record<string, string>;
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
};

describe('action.yml', () => {
  it('runs on node24 with a main and an always-running post step, both from the one bundle', () => {
    assert.deepEqual(action.runs, {
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()',
    });
  });

  it('describes every input and gives it a default', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.ok(
        input.description && input.description.length > 10,
        `input ${name} needs a description`,
      );
      assert.equal(typeof input.default, 'string', `input ${name} needs a default (a string)`);
    }
  });

  it('has the inputs and outputs the issue asks for', () => {
    for (const name of [
      'kubeconfig',
      'setup',
      'kind-version',
      'kubevirt-version',
      'namespace',
      'vm-name',
      'image',
      'vm-manifest',
      'expected-path',
      'witness',
      'expected-message',
      'timeout',
      'poll-interval',
      'attempts',
      'cleanup',
      'github-token',
      'comment',
      'summary',
      'annotations',
      'junit-path',
      'timeline-path',
      'issue-on-failure',
    ]) {
      assert.ok(name in action.inputs, `missing input ${name}`);
    }
    for (const name of [
      'result',
      'observed-path',
      'timeline',
      'duration-ms',
      'attempts-used',
      'comment-url',
      'junit-path',
      'timeline-path',
    ]) {
      assert.ok(name in action.outputs, `missing output ${name}`);
    }
  });

  it('never defaults to a resolvable image', () => {
    assert.match(action.inputs.image!.default!, /^registry\.invalid\//);
  });
});

describe('generated from action.yml', () => {
  it('src/contract.ts is fresh (run `npm run generate`)', async () => {
    const file = new URL('src/contract.ts', root).pathname;
    assert.equal(read('src/contract.ts'), await renderContract(actionYml, file));
  });

  it('README.md lists every input and output as action.yml has them (run `npm run generate`)', async () => {
    const readme = read('README.md');
    const file = new URL('README.md', root).pathname;
    assert.equal(readme, await renderReadme(readme, actionYml, file));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      assert.match(readme, new RegExp(`\\| \`${name}\` +\\|`), `README.md does not list ${name}`);
    }
  });
});

describe('README.md', () => {
  const readme = read('README.md');
  it('gives the two set-up commands', () => {
    assert.ok(readme.includes('npm ci && npm run demo'));
    assert.ok(readme.includes('npm ci && npm test'));
  });
  it('has a pull request and a nightly usage example', () => {
    assert.match(readme, /on: pull_request/);
    assert.match(readme, /schedule:\s*\n\s*- cron:/);
  });
});
