import assert from 'node:assert/strict';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, readConfig } from '../src/config/index.ts';
import { INPUT_DEFAULTS, type InputName } from '../src/contract.ts';

function configFrom(inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv = {}) {
  return readConfig((name) => inputs[name] ?? '', env);
}

function problemsOf(inputs: Partial<Record<InputName, string>>): string[] {
  try {
    configFrom(inputs);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.problems.map((problem) => problem.message);
  }
  assert.fail('expected the inputs to be rejected');
}

describe('readConfig', () => {
  it('applies the defaults of action.yml when no input is set', () => {
    const config = configFrom({}, { RUNNER_TEMP: '/tmp/runner' });
    assert.equal(config.setup, 'none');
    assert.equal(config.image, INPUT_DEFAULTS.image);
    assert.equal(config.imageGiven, false);
    assert.equal(
      config.expectedPath,
      'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
    );
    assert.equal(config.witness, 'vm');
    assert.equal(config.timeoutMs, 600_000);
    assert.equal(config.pollIntervalMs, 100);
    assert.equal(config.attempts, 2);
    assert.equal(config.cleanup, 'always');
    assert.equal(config.comment, 'always');
    assert.equal(config.summary, true);
    assert.equal(config.issueOnFailure, false);
    assert.equal(config.namespace, undefined);
    assert.equal(config.junitPath, '/tmp/runner/kubevirt-transition-check/junit.xml');
    assert.equal(config.timelinePath, '/tmp/runner/kubevirt-transition-check/timeline.json');
  });

  it('makes the default expected message contain the image reference, literally', () => {
    const config = configFrom({ image: 'quay.io/acme/no-such.image:v1' });
    assert.ok(
      config.expectedMessage.test(
        'Failed to pull image "quay.io/acme/no-such.image:v1": not found',
      ),
    );
    assert.ok(!config.expectedMessage.test('Failed to pull image "quay.io/acme/no-suchXimage:v1"'));
    assert.equal(config.imageGiven, true);
  });

  it('takes the token from GITHUB_TOKEN when the expression default arrives unexpanded', () => {
    const config = configFrom({ 'github-token': '${{ github.token }}' }, { GITHUB_TOKEN: 'ghs_x' });
    assert.equal(config.githubToken, 'ghs_x');
  });

  it('parses durations with units', () => {
    assert.equal(configFrom({ timeout: '1m30s' }).timeoutMs, 90_000);
    assert.equal(configFrom({ 'poll-interval': '250ms' }).pollIntervalMs, 250);
  });

  const rejected: [string, Partial<Record<InputName, string>>, RegExp][] = [
    [
      'an unparsable expected-path',
      { 'expected-path': '(((' },
      /^Invalid input 'expected-path': expected .*column 4/,
    ],
    ['a dangling arrow', { 'expected-path': 'ErrImagePull ->' }, /'expected-path'.*a state name/],
    [
      'a duration without unit',
      { timeout: '600' },
      /'timeout': '600' is not a duration; use .*30s/,
    ],
    [
      'a poll interval under 10ms',
      { 'poll-interval': '1ms' },
      /'poll-interval': '1ms' is shorter than the minimum; use 10ms to 1m\./,
    ],
    [
      'a timeout beyond what a timer can wait (596h)',
      { timeout: '600h' },
      /'timeout': '600h' is longer than the maximum; use 1ms to 24h\./,
    ],
    [
      'a poll interval of hours',
      { 'poll-interval': '600h' },
      /'poll-interval': '600h' is longer than the maximum; use 10ms to 1m\./,
    ],
    [
      'a duration too long for a number',
      { timeout: `${'9'.repeat(400)}h` },
      /'timeout': '9{80}… \(401 characters\)' is longer than the maximum/,
    ],
    [
      'attempts in exponent notation',
      { attempts: '1e1' },
      /'attempts': '1e1' is not a whole number/,
    ],
    ['attempts in hex', { attempts: '0x2' }, /'attempts': '0x2' is not a whole number/],
    ['attempts with a sign', { attempts: '+2' }, /'attempts': '\+2' is not a whole number/],
    [
      'a namespace longer than 63 characters',
      { namespace: 'a'.repeat(64) },
      /'namespace': 'a{64}' is not a lowercase DNS label \(a-z, 0-9, -; at most 63 characters\)/,
    ],
    [
      'a 10 KB bad value, cut in the message',
      { witness: 'x'.repeat(10_000) },
      /^Invalid input 'witness': 'x{80}… \(10000 characters\)' is not one of/,
    ],
    [
      'an expected-path nested 2000 deep',
      { 'expected-path': `${'('.repeat(2000)}ErrImagePull${')'.repeat(2000)}` },
      /'expected-path': expected at most 32 nested parentheses, found '\(' at column 33\n.*… \(4012 characters\)/,
    ],
    [
      'a 10 KB unknown state in expected-path, cut in the message',
      { 'expected-path': `ErrImagePull -> ${'x'.repeat(10_000)}` },
      /found 'x{40}… \(10000 characters\)' at column 17/,
    ],
    ['zero attempts', { attempts: '0' }, /'attempts': '0' is not a whole number from 1 to 10/],
    [
      'an unknown witness',
      { witness: 'node' },
      /'witness': 'node' is not one of 'vm', 'vmi', 'pod', 'any'/,
    ],
    ['an unknown cleanup', { cleanup: 'sometimes' }, /'cleanup'.*'always', 'on-success', 'never'/],
    ['a non-boolean summary', { summary: 'yes' }, /'summary': 'yes' is not a boolean/],
    [
      'an image with a scheme',
      { image: 'http://quay.io/x' },
      /'image'.*URL scheme.*InvalidImageName/,
    ],
    ['an image with uppercase', { image: 'quay.io/Acme/x' }, /'image'.*lowercase/],
    [
      'a bad regular expression',
      { 'expected-message': '(' },
      /'expected-message': '\(' is not a regular expression/,
    ],
    [
      'a namespace that is no DNS label',
      { namespace: 'My_NS' },
      /'namespace': 'My_NS' is not a lowercase DNS label/,
    ],
    ['a long vm-name', { 'vm-name': 'a'.repeat(51) }, /'vm-name'.*at most 50/],
    [
      'a kubevirt version without v',
      { 'kubevirt-version': '1.8.4' },
      /'kubevirt-version': '1.8.4' is not 'stable' or a release tag/,
    ],
    ['an unknown setup', { setup: 'minikube' }, /'setup': 'minikube' is not one of 'none', 'kind'/],
    [
      'a kind node image that is not an image reference',
      { 'kind-node-image': 'kindest/node:v1.34 3' },
      /'kind-node-image': 'kindest\/node:v1.34 3' is not a valid image reference/,
    ],
  ];
  for (const [what, inputs, pattern] of rejected) {
    it(`rejects ${what}, naming the input and the value`, () => {
      const problems = problemsOf(inputs);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, pattern);
    });
  }

  it('keeps a 10 KB bad value out of the message whole', () => {
    const [problem] = problemsOf({ 'expected-path': `ErrImagePull -> ${'x'.repeat(10_000)}` });
    assert.ok(problem!.length < 600, `${problem!.length} characters`);
  });

  it('accepts a namespace of 63 characters and the range limits of durations', () => {
    assert.equal(configFrom({ namespace: 'a'.repeat(63) }).namespace, 'a'.repeat(63));
    assert.equal(configFrom({ timeout: '24h' }).timeoutMs, 86_400_000);
    assert.equal(configFrom({ 'poll-interval': '1m' }).pollIntervalMs, 60_000);
    assert.equal(configFrom({ attempts: '10' }).attempts, 10);
  });

  it('reads and checks vm-manifest before anything talks to a cluster, and caps its size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ktc-config-'));
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    assert.match(
      problemsOf({ 'vm-manifest': huge }).join('\n'),
      /^Invalid input 'vm-manifest': .*huge\.yaml: is 52428800 bytes; a VirtualMachine manifest may have at most 1048576 bytes \(1 MiB\)/,
    );
    const pod = join(dir, 'pod.yaml');
    writeFileSync(pod, 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n');
    assert.match(
      problemsOf({ 'vm-manifest': pod }).join('\n'),
      /'vm-manifest'.*'Pod', not a VirtualMachine/,
    );
  });

  it("uses the tested kind node image unless one is given; 'default' leaves it to kind", () => {
    assert.match(configFrom({}).kindNodeImage!, /^kindest\/node:v1\.36\.\d+@sha256:[0-9a-f]{64}$/);
    assert.equal(configFrom({ 'kind-node-image': 'default' }).kindNodeImage, undefined);
    const image =
      'kindest/node:v1.34.3@sha256:08497ee19eace7b4b5348db5c6a1591d7752b164530a36f855cb0f2bdcbadd48';
    assert.equal(configFrom({ 'kind-node-image': image }).kindNodeImage, image);
  });

  it('reports every bad input at once', () => {
    const problems = problemsOf({ timeout: 'soon', attempts: 'many', witness: 'x' });
    assert.deepEqual(
      problems.map((problem) => /'([a-z-]+)'/.exec(problem)?.[1]),
      ['witness', 'timeout', 'attempts'],
    );
  });
});
