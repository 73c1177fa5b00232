// The CLI as a person runs it: `demo` on the embedded simulator, `run` against a kubeconfig, the
// exit code by result, text or JSON on stdout, progress on stderr.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { cli, EXIT } from '../src/cli.ts';
import { startSimulator } from '../src/sim/index.ts';
import { assertDiagnosticsFolder } from './support/diagnostics.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function capture(isTTY = false) {
  const sink = { text: '' };
  return { sink, isTTY, write: (text: string) => (sink.text += text) };
}

async function runCli(args: string[], env: NodeJS.ProcessEnv = {}, tty = false) {
  const stdout = capture(tty);
  const stderr = capture();
  const code = await cli(args, stdout, stderr, env);
  return { code, stdout: stdout.sink.text, stderr: stderr.sink.text };
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

describe('kubevirt-transition-check', { concurrency: true }, () => {
  it('demo passes on the missing image and prints the timeline as a table', async () => {
    const { code, stdout, stderr } = await runCli(['demo', '--time-scale', '0.02']);
    assert.equal(code, EXIT.passed, stderr);
    assert.match(stdout, /PASSED/);
    assert.match(stdout, /TIME\s+STATE\s+WITNESS\s+SEEN\s+MESSAGE/);
    assert.match(stdout, /ErrImagePull\s+vm\s+watch/);
    // The same evidence as `npm run demo`: every step on the VM, none decided by an Event count
    // a moment before virt-controller mirrored it.
    assert.doesNotMatch(stdout, /Event count|proven by Event counts/);
    assert.match(
      stderr,
      /Simulated KubeVirt cluster at http:\/\/127\.0\.0\.1:\d+ \(scenario missing-image/,
    );
  });

  it('demo ends an impossible path on its own clock, saying more time will not help', async () => {
    // 0.01: the demo's 5m of node time are 3 s here.
    const { code, stdout, stderr } = await runCli([
      'demo',
      '--expected-path',
      'ErrImagePull -> Running',
      '--time-scale',
      '0.01',
    ]);
    assert.equal(code, EXIT.inconclusive, stderr);
    assert.match(stderr, /timeout 3\.0 s \(5m of node time on this clock\)/);
    assert.match(stdout, /Timed out after 3\.0 s waiting for step 2 \(Running\)/);
    assert.match(stdout, /Running cannot come that way.* raising --timeout will not help/);
    assert.doesNotMatch(stdout, /up to 5m\) .*Raise/);
    // Named after the KubeVirt the cluster reports, not the action's kubevirt-version input.
    assert.match(stdout, /^KubeVirt transition check "check · KubeVirt v1\.8\.4": INCONCLUSIVE/);
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
    assert.equal(document.schemaVersion, 2);
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
    assert.match(bad.stderr, /invalid value for flag --attempts: 'zero' is not a whole number/);
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
    assert.match(stdout, /^ {2}demo +The same check on a simulated KubeVirt cluster/m);
    assert.match(stdout, /^ {2}run +Check a VM/m);
  });

  it("demo --help gives --timeout the demo's own default, run --help the action's", async () => {
    const defaultOf = (help: string) =>
      /^ {2}--timeout VALUE\n(?: {6}.*\n)*?.*\(default: ([^)]*)\)$/m.exec(help)?.[1];
    const demoHelp = (await runCli(['demo', '--help'])).stdout;
    assert.match(
      demoHelp,
      /^Flags \(.*same default but --timeout's, which is on the demo's clock\):$/m,
    );
    const demo = defaultOf(demoHelp);
    assert.equal(demo, "5m of node time on the demo's clock, 30.0 s at --time-scale 0.1");
    assert.equal(defaultOf((await runCli(['run', '--help'])).stdout), '10m');
  });

  it('run --help and demo --help list every flag with its description from action.yml', async () => {
    const action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string; default: string }>;
    };
    const run = await runCli(['run', '--help']);
    const demo = await runCli(['demo', '--help']);
    assert.equal(run.code, 0);
    assert.equal(demo.code, 0);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const name of ['expected-path', 'witness', 'attempts']) {
      const description = flat(action.inputs[name]!.description);
      assert.ok(flat(run.stdout).includes(description), `run --help lacks --${name}'s description`);
      assert.match(run.stdout, new RegExp(`^ {2}--${name} `, 'm'));
    }
    assert.ok(flat(run.stdout).includes(`(default: ${action.inputs['expected-path']!.default})`));
    assert.match(demo.stdout, /^ {2}--scenario NAME$/m);
    assert.match(demo.stdout, /^ {2}--expected-path /m);
    assert.doesNotMatch(demo.stdout, /^ {2}--kubeconfig /m, "the demo's cluster is the simulator");
    assert.doesNotMatch(run.stdout, /^ {2}--scenario /m);
    assert.doesNotMatch(run.stdout, /^ {2}--comment /m);
    assert.match(run.stdout, /GitHub Action only, not flags here: setup, .*comment/s);
    // The flags' words are the command line's, not a workflow's.
    const flags = flat(run.stdout.slice(0, run.stdout.indexOf('Inputs of the GitHub Action only')));
    for (const workflowWords of [
      /\$RUNNER_TEMP/,
      /Fail the step/,
      /setup: kind/,
      /for later steps/,
    ]) {
      assert.doesNotMatch(flags, workflowWords);
    }
    assert.match(flags, /--fail-on-flaky VALUE Exit 1 when the result is `flaky`/);
    assert.match(flags, /--junit-path VALUE .* Not given: no file/);
  });

  it('names a flag without its value, and suggests the flag a typo meant', async () => {
    const missing = await runCli(['run', '--fail-on-flaky']);
    assert.equal(missing.code, EXIT.error);
    assert.match(
      missing.stderr,
      /^error: flag --fail-on-flaky needs a value: --fail-on-flaky VALUE/,
    );
    assert.doesNotMatch(missing.stderr, /<value>|argument missing/);
    const before = await runCli(['run', '--fail-on-flaky', '--timeout', '5m']);
    assert.match(before.stderr, /flag --fail-on-flaky needs a value, before the next flag/);
    const typo = await runCli(['run', '--timout', '5m']);
    assert.match(typo.stderr, /^error: unknown flag --timout \(did you mean --timeout\?\)/);
  });

  it('refuses inputs of the action alone, naming the reason', async () => {
    const { code, stderr } = await runCli(['run', '--comment', 'never']);
    assert.equal(code, EXIT.error);
    assert.match(stderr, /--comment is an input of the GitHub Action only: the CLI posts nothing/);
    const setup = await runCli(['demo', '--setup=kind']);
    assert.match(setup.stderr, /--setup is an input of the GitHub Action only/);
  });

  it('validates every input before the simulator starts', async () => {
    const { code, stderr } = await runCli([
      'demo',
      '--expected-path',
      'ErrImagePull ->',
      '--attempts',
      '0',
    ]);
    assert.equal(code, EXIT.error);
    assert.match(stderr, /invalid value for flag --expected-path: /);
    assert.match(stderr, /invalid value for flag --attempts: /);
    assert.doesNotMatch(stderr, /Invalid input/);
    assert.doesNotMatch(stderr, /Simulated KubeVirt cluster/);
    const faults = await runCli(['demo', '--faults', 'respond=999']);
    assert.equal(faults.code, EXIT.error);
    assert.match(faults.stderr, /respond must be one of/);
    assert.doesNotMatch(faults.stderr, /Simulated KubeVirt cluster/);
  });

  it('ends with the verdict, coloured on a terminal unless NO_COLOR', async () => {
    const args = ['demo', '--time-scale', '0.02', '--attempts', '1'];
    // Four demos, each on its own simulator: at once.
    const [plain, tty, noColor, failed] = await Promise.all([
      runCli(args),
      runCli(args, {}, true),
      runCli(args, { NO_COLOR: '1' }, true),
      runCli(['demo', '--scenario', 'running', '--time-scale', '0.02'], {}, true),
    ]);
    // The whole sentence, not cut at its colon: every step with its time.
    assert.match(
      lastLine(plain.stdout),
      /^PASSED {2}The VM's printableStatus went through .* as expected: ErrImagePull at [^,]+, ImagePullBackOff at [^,]+, ErrImagePull at [^,]+, ImagePullBackOff at [^,]+\. {2}\(exit 0\)$/,
    );
    const ESC = '\u001b';
    assert.ok(lastLine(tty.stdout).startsWith(`${ESC}[32m${ESC}[1mPASSED${ESC}[22m${ESC}[39m `));
    assert.match(lastLine(noColor.stdout), /^PASSED /);
    assert.ok(lastLine(failed.stdout).startsWith(`${ESC}[31m${ESC}[1mFAILED`));
    assert.match(lastLine(failed.stdout), /\(exit 1\)$/);
  });

  it('ends a check that could not run with the whole reason, not the words before its colon', async () => {
    const home = await mkdtemp(join(tmpdir(), 'cli-home-'));
    try {
      const previous = process.env.HOME;
      process.env.HOME = home;
      const { code, stdout } = await runCli(['run']).finally(() => (process.env.HOME = previous));
      assert.equal(code, EXIT.error);
      assert.match(
        lastLine(stdout),
        /^COULD NOT RUN {2}no kubeconfig: .*does not exist\. {2}\(exit 3\)$/,
      );
      // The CLI's words: its flag and the variable, not the action's input or `setup: kind`.
      assert.match(
        stdout,
        /Give --kubeconfig PATH or set KUBECONFIG to the kubeconfig of a cluster/,
      );
      assert.doesNotMatch(stdout, /input|setup: kind/);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('with $ARTIFACTS writes junit_*.xml and the timeline there; -o junit prints JUnit', async () => {
    const artifacts = await mkdtemp(join(tmpdir(), 'cli-artifacts-'));
    try {
      const { code, stdout, stderr } = await runCli(
        ['demo', '--time-scale', '0.02', '-o', 'junit'],
        { ARTIFACTS: artifacts },
      );
      assert.equal(code, EXIT.passed, stderr);
      assert.match(stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites/);
      assert.match(lastLine(stderr), /^PASSED /, 'the verdict goes to stderr when stdout is XML');
      const files = (await readdir(artifacts)).sort();
      assert.deepEqual(files, [
        'junit_kubevirt-transition-check.xml',
        'kubevirt-transition-check-timeline.json',
      ]);
      const junit = await readFile(join(artifacts, files[0]!), 'utf8');
      assert.match(junit, /<testsuite [^>]*failures="0"/);
      const timeline = JSON.parse(await readFile(join(artifacts, files[1]!), 'utf8')) as {
        result: string;
      };
      assert.equal(timeline.result, 'passed');
    } finally {
      await rm(artifacts, { recursive: true, force: true });
    }
  });

  it('with $ARTIFACTS writes the diagnostics of a failed check there, beside the timeline', async () => {
    const artifacts = await mkdtemp(join(tmpdir(), 'cli-artifacts-'));
    try {
      const { code, stderr } = await runCli(
        ['demo', '--scenario', 'running', '--time-scale', '0.02', '--attempts', '1'],
        { ARTIFACTS: artifacts },
      );
      assert.equal(code, EXIT.failed, stderr);
      const folder = join(artifacts, 'kubevirt-diagnostics');
      assert.ok(stderr.includes(` to ${folder}\n`), stderr);
      assert.deepEqual((await readdir(artifacts)).sort(), [
        'junit_kubevirt-transition-check.xml',
        'kubevirt-diagnostics',
        'kubevirt-transition-check-timeline.json',
      ]);
      // The VM that could pull its image: Starting or Running, whichever the verdict came before.
      const vms = assertDiagnosticsFolder(folder);
      assert.match(vms, /image: quay\.io\/containerdisks\/fedora:latest\n[\s\S]*printableStatus: /);
    } finally {
      await rm(artifacts, { recursive: true, force: true });
    }
  });

  it('writes the diagnostics of a failed check without a timeline file too, and prints where', async () => {
    const { code, stderr } = await runCli([
      'demo',
      '--scenario',
      'running',
      '--time-scale',
      '0.02',
      '--attempts',
      '1',
    ]);
    assert.equal(code, EXIT.failed, stderr);
    const folder = /^Wrote the diagnostics \(\d+ files[^)]*\) to (.+)$/m.exec(stderr)?.[1];
    assert.ok(folder, stderr);
    try {
      assert.ok(folder.startsWith(tmpdir()), folder);
      assert.match(
        assertDiagnosticsFolder(folder),
        /image: quay\.io\/containerdisks\/fedora:latest/,
      );
      assert.match(
        stderr,
        /Collected \d+ diagnostic files.*The report writes them and says where\./,
      );
      assert.doesNotMatch(stderr, /see problems\.txt/);
    } finally {
      await rm(join(folder, '..'), { recursive: true, force: true });
    }
  });

  it('writes no report file unless asked, and says where it wrote one', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'cli-timeline-'));
    try {
      const path = join(directory, 'sub', 'timeline.json');
      const [quiet, told] = await Promise.all([
        runCli(['demo', '--time-scale', '0.02']),
        runCli(['demo', '--time-scale', '0.02', '--timeline-path', path]),
      ]);
      assert.doesNotMatch(quiet.stdout + quiet.stderr, /Wrote the (timeline JSON|JUnit XML)/);
      assert.ok(told.stderr.includes(`Wrote the timeline JSON to ${path}\n`), told.stderr);
      assert.equal(
        (JSON.parse(await readFile(path, 'utf8')) as { result: string }).result,
        'passed',
      );
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('npm run demo', () => {
  const demo = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [join(root, 'script/demo.ts'), ...args], (error, _out, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });

  it('reads a flag and its value as two words, and refuses an unknown flag', async () => {
    const path = await demo(['--expected-path', 'ErrImagePull ->']);
    assert.equal(path.code, 3);
    assert.match(path.stderr, /invalid value for flag --expected-path: /);
    const unknown = await demo(['--expected-paht', 'A -> B']);
    assert.equal(unknown.code, 3);
    assert.match(unknown.stderr, /unknown flag --expected-paht \(did you mean --expected-path\?\)/);
  });
});
