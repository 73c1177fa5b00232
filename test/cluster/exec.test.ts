import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayCommand, runTool, ToolError } from '../../src/cluster/exec.ts';

describe('runTool', () => {
  it('passes arguments as they are, never through a shell', async () => {
    const { stdout } = await runTool('printf', ['%s|', '$(id)', 'a b', ';rm -rf /']);
    assert.equal(stdout, '$(id)|a b|;rm -rf /|');
  });

  it('writes the input to stdin', async () => {
    assert.equal((await runTool('cat', [], { input: 'rule\n' })).stdout, 'rule\n');
  });

  it('names the command, its exit code and the end of its stderr when it fails', async () => {
    const lines: string[] = [];
    await assert.rejects(
      runTool('sh', ['-c', 'echo progress >&2; echo "ERROR: no docker" >&2; exit 3'], {
        onStderrLine: (line) => lines.push(line),
      }),
      (error: unknown) => {
        assert.ok(error instanceof ToolError);
        assert.equal(error.exitCode, 3);
        assert.equal(
          error.message,
          `'sh -c 'echo progress >&2; echo "ERROR: no docker" >&2; exit 3'' failed with exit code 3:\nprogress\nERROR: no docker`,
        );
        return true;
      },
    );
    assert.deepEqual(lines, ['progress', 'ERROR: no docker']);
  });

  it('says when a tool is not on PATH', async () => {
    await assert.rejects(
      runTool('no-such-tool-ktc', ['version'], { env: { PATH: '/nonexistent' } }),
      /'no-such-tool-ktc version' could not be started: 'no-such-tool-ktc' was not found on PATH/,
    );
  });

  it('stops a tool that runs too long', async () => {
    await assert.rejects(
      runTool('sleep', ['10'], { timeoutMs: 20 }),
      /'sleep 10' did not finish within 20 ms/,
    );
  });

  it('kills the tool when the signal aborts, naming it', async () => {
    const cancel = new AbortController();
    const started = performance.now();
    const run = runTool('sleep', ['30'], { signal: cancel.signal });
    setImmediate(() => cancel.abort());
    await assert.rejects(run, (error: unknown) => {
      assert.ok(error instanceof ToolError);
      assert.equal(error.message, `'sleep 30' was stopped: cancelled`);
      return true;
    });
    assert.ok(performance.now() - started < 10_000, 'not the 30 s of the tool');
    await assert.rejects(
      runTool('sleep', ['30'], { signal: cancel.signal }),
      /'sleep 30' was not started: cancelled/,
    );
  });

  it('kills a tool that ignores SIGTERM after the grace time, though its children live on', async () => {
    // sh ignores TERM and its `sleep` child keeps the output pipes open after sh is killed.
    await assert.rejects(
      runTool('sh', ['-c', 'trap "" TERM; echo started >&2; sleep 5; echo never'], {
        timeoutMs: 200,
        killGraceMs: 50,
      }),
      /'sh -c .*' did not finish within 200 ms and was stopped:\nstarted/,
    );
  });

  it('quotes words with spaces or quotes for display', () => {
    assert.equal(
      displayCommand('/opt/bin/kubectl', ['get', "it's", 'a b']),
      `kubectl get 'it'\\''s' 'a b'`,
    );
  });
});
