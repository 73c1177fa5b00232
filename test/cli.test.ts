// The CLI as a person runs it: `demo` on the embedded simulator, `run` against a kubeconfig, the
// exit code by result, text or JSON on stdout, progress on stderr.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli, EXIT } from '../src/cli.ts';
import { startSimulator } from '../src/sim/index.ts';

function capture() {
  const sink = { text: '' };
  return { sink, write: (text: string) => (sink.text += text) };
}

async function runCli(args: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await cli(args, stdout, stderr);
  return { code, stdout: stdout.sink.text, stderr: stderr.sink.text };
}

describe('kubevirt-transition-check', { concurrency: true }, () => {
  it('demo passes on the missing image and prints the timeline as a table', async () => {
    const { code, stdout, stderr } = await runCli(['demo', '--time-scale', '0.02']);
    assert.equal(code, EXIT.passed, stderr);
    assert.match(stdout, /PASSED/);
    assert.match(stdout, /TIME\s+STATE\s+WITNESS\s+SEEN\s+MESSAGE/);
    assert.match(stdout, /ErrImagePull\s+vm\s+watch/);
    assert.match(
      stderr,
      /Simulated KubeVirt cluster at http:\/\/127\.0\.0\.1:\d+ \(scenario missing-image/,
    );
  });

  it('demo --scenario running exits 1 and explains that the VM reached Running', async () => {
    const { code, stdout } = await runCli([
      'demo',
      '--scenario',
      'running',
      '--time-scale',
      '0.02',
    ]);
    assert.equal(code, EXIT.failed);
    assert.match(stdout, /FAILED/);
    assert.match(stdout, /Running/);
  });

  it('demo -o json prints the timeline document', async () => {
    const { code, stdout } = await runCli([
      'demo',
      '--time-scale',
      '0.02',
      '--dwell',
      '1ms',
      '-o',
      'json',
    ]);
    assert.equal(code, EXIT.passed);
    const document = JSON.parse(stdout) as { schemaVersion: number; result: string };
    assert.equal(document.schemaVersion, 1);
    assert.equal(document.result, 'passed');
  });

  it('run checks the cluster of a kubeconfig', async () => {
    const sim = await startSimulator({ timeScale: 0.02 });
    try {
      const { code, stdout } = await runCli([
        'run',
        '--kubeconfig',
        sim.kubeconfigPath,
        '--expected-path',
        'ErrImagePull -> ImagePullBackOff',
      ]);
      assert.equal(code, EXIT.passed);
      assert.match(stdout, /expected\s+ErrImagePull -> ImagePullBackOff/);
    } finally {
      await sim.close();
    }
  });

  it('exits 3 when the pre-flight refuses the cluster, with the error and the report', async () => {
    const json = await runCli(['demo', '--scenario', 'image-volume', '-o', 'json']);
    assert.equal(json.code, EXIT.error);
    assert.match(
      json.stderr,
      /^error: The expected path needs ErrImagePull\/ImagePullBackOff, but KubeVirt's ImageVolume feature gate is on/m,
    );
    const document = JSON.parse(json.stdout) as {
      result: string;
      error?: { stage: string; message: string };
      attempts: unknown[];
    };
    assert.equal(document.result, 'failed');
    assert.equal(document.error?.stage, 'pre-flight');
    assert.match(document.error?.message ?? '', /disabledFeatureGates/);
    assert.deepEqual(document.attempts, []);

    const text = await runCli(['demo', '--scenario', 'image-volume']);
    assert.equal(text.code, EXIT.error);
    assert.match(text.stdout, /COULD NOT RUN/);
    assert.match(text.stdout, /^The check could not run: it stopped in the pre-flight checks\.$/m);
  });

  it('exits 3 naming a bad flag value, an unknown flag and an unknown command', async () => {
    const bad = await runCli(['run', '--attempts', 'zero']);
    assert.equal(bad.code, EXIT.error);
    assert.match(bad.stderr, /Invalid input 'attempts': 'zero' is not a whole number/);
    const unknown = await runCli(['run', '--no-such-flag', 'x']);
    assert.equal(unknown.code, EXIT.error);
    assert.match(unknown.stderr, /--no-such-flag/);
    const command = await runCli(['frobnicate']);
    assert.equal(command.code, EXIT.error);
    assert.match(command.stderr, /unknown command "frobnicate"/);
    const scenario = await runCli(['demo', '--scenario', 'nope']);
    assert.equal(scenario.code, EXIT.error);
    assert.match(
      scenario.stderr,
      /--scenario 'nope' is not one of missing-image, running, unschedulable, image-volume/,
    );
  });

  it('prints the usage with --help', async () => {
    const { code, stdout } = await runCli(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /kubevirt-transition-check demo/);
  });
});
