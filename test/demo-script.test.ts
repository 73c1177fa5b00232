// `npm run demo` (script/demo.ts) as `timeout` or a terminal stops it: the signal reaches the
// action's process it started, which cancels, cleans up and ends; the post step runs; the demo
// exits, instead of leaving the step to run until its own timeout.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('npm run demo', () => {
  it("lists --timeout with the demo's default, not the action's 10m", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      join(root, 'script', 'demo.ts'),
      '--help',
    ]);
    const timeout = stdout.slice(
      stdout.indexOf('  --timeout '),
      stdout.indexOf('  --poll-interval '),
    );
    assert.match(
      timeout,
      /\(default: 5m of node time on the demo's clock, 30\.0 s at --time-scale 0\.1\)/,
    );
    assert.doesNotMatch(timeout, /default: 10m/);
  });

  it(
    'runs the example suite, one line per check with the path that check saw',
    { timeout: 90_000 },
    async () => {
      const demo = spawn(
        process.execPath,
        [join(root, 'script', 'demo.ts'), '--checks', join(root, 'examples', 'checks.yml')],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      demo.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
      demo.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
      const code = await new Promise<number | null>((resolve) => demo.once('close', resolve));
      assert.equal(code, 0, output);
      const lines = output.split('\n').filter((line) => line.startsWith('check '));
      const seen = Object.fromEntries(
        lines.map((line) => {
          const [, name, result, path] = /^check +(.+?) +(\w+) +[\d.]+ s +(.*)$/.exec(line)!;
          return [name!, `${result}: ${path}`];
        }),
      );
      assert.deepEqual(seen, {
        'pull error':
          'passed: Starting -> ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
        unschedulable: 'passed: Starting -> ErrorUnschedulable',
        'missing PVC': 'passed: Starting -> ErrorPvcNotFound',
        'missing DataVolume': 'passed: Starting -> ErrorPvcNotFound',
        halted: 'passed: Stopped',
        boots: 'passed: Starting -> Running',
      });
      assert.match(output, /^result {10}passed/m);
    },
  );

  it(
    'passes SIGTERM on to the step under way, which stops long before its timeout',
    { timeout: 90_000 },
    async () => {
      const demo = spawn(
        process.execPath,
        [
          join(root, 'script', 'demo.ts'),
          '--expected-path',
          'ErrImagePull -> Running',
          '--timeout',
          '10m',
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      let signalled: number | undefined;
      demo.stdout.setEncoding('utf8').on('data', (text: string) => {
        output += text;
        // The check is under way: the VM showed its first pull error.
        if (signalled === undefined && /ErrImagePull/.test(output)) {
          signalled = performance.now();
          demo.kill('SIGTERM');
        }
      });
      demo.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
      // 'close' waits for every holder of the pipes: a step still running would hold them open.
      const code = await new Promise<number | null>((resolve) => demo.once('close', resolve));
      assert.ok(signalled !== undefined, output);
      const stoppedAfterMs = performance.now() - signalled;
      assert.ok(stoppedAfterMs < 60_000, `stopped ${Math.round(stoppedAfterMs)} ms after SIGTERM`);
      assert.equal(code, 1, output);
      assert.match(output, /The check was cancelled/);
      assert.match(output, /^stopped by {6}SIGTERM$/m);
      assert.match(output, /main exit [1-9]\d*, post exit 0/);
    },
  );
});
