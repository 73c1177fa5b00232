// Runs the command-line tools of the setup (kind, kubectl, udevadm) with argument arrays, never
// through a shell, so no input can be read as shell syntax.
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { formatDuration } from '../util/duration.ts';

export interface ToolOutput {
  stdout: string;
  stderr: string;
}

export interface RunToolOptions {
  /** Environment of the tool; its `PATH` is also where a bare command name is looked up. */
  env?: NodeJS.ProcessEnv;
  /** Written to the tool's stdin, which is then closed. */
  input?: string;
  /** Kill the tool after this long (default: no limit). */
  timeoutMs?: number;
  /** Aborting it (cancel, SIGINT/SIGTERM) kills the tool; the promise then rejects a ToolError. */
  signal?: AbortSignal;
  /** Time between SIGTERM and SIGKILL for a tool that is stopped (default `KILL_GRACE_MS`). */
  killGraceMs?: number;
  /** Each line the tool writes to stderr, as it comes (kind reports its progress there). */
  onStderrLine?: (line: string) => void;
}

/** A tool that could not be started, failed, or ran too long. The message names the command. */
export class ToolError extends Error {
  readonly command: string;
  /** `undefined` when the tool did not start or was killed. */
  readonly exitCode: number | undefined;
  readonly stderr: string;
  constructor(command: string, problem: string, exitCode: number | undefined, stderr: string) {
    const tail = lastLines(stderr, 15);
    super(`'${command}' ${problem}${tail ? `:\n${tail}` : ''}`);
    this.name = 'ToolError';
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/**
 * How long each kind and kubectl command may run before it is stopped and named as the one that
 * hung. `kubectl wait`, which watches, has its own `--timeout` instead.
 */
export interface CommandTimeLimits {
  /** `kind version`, `kind get clusters`, `kind export kubeconfig`, `kubectl get`. */
  quick: number;
  /** `kind create cluster`: pulling the node image (about 500 MB), booting it, and `--wait`. */
  createCluster: number;
  /** `kind delete cluster`: removing the node containers. */
  deleteCluster: number;
  /** `kubectl apply` of the KubeVirt operator manifest or CR. */
  apply: number;
}

export const COMMAND_TIME_LIMITS: CommandTimeLimits = {
  quick: 60_000,
  createCluster: 10 * 60_000,
  deleteCluster: 3 * 60_000,
  apply: 2 * 60_000,
};

/** Time a stopped tool gets between SIGTERM and SIGKILL (kind removes its containers then). */
export const KILL_GRACE_MS = 5_000;

/** Runs `file` with `args`; resolves with its output when it exits 0, else rejects a ToolError. */
export function runTool(
  file: string,
  args: readonly string[],
  options: RunToolOptions = {},
): Promise<ToolOutput> {
  const command = displayCommand(file, args);
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ToolError(command, 'was not started: cancelled', undefined, ''));
      return;
    }
    const child = spawn(file, args, { env: options.env ?? process.env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    let partialLine = '';
    let stoppedBecause: string | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (why: string) => {
      stoppedBecause ??= why;
      child.kill('SIGTERM');
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), options.killGraceMs ?? KILL_GRACE_MS);
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(
            () =>
              stop(`did not finish within ${formatDuration(options.timeoutMs!)} and was stopped`),
            options.timeoutMs,
          );
    const onAbort = () => stop('was stopped: cancelled');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!options.onStderrLine) return;
      const lines = (partialLine + chunk).split('\n');
      partialLine = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) options.onStderrLine(line);
    });
    // A tool that exits without reading its stdin makes the write fail with EPIPE; its exit code
    // tells what happened.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
    child.on('error', (error: NodeJS.ErrnoException) => {
      settle();
      const problem =
        error.code === 'ENOENT'
          ? `could not be started: '${file}' was not found${file.includes('/') ? '' : ' on PATH'}`
          : `could not be started: ${error.message}`;
      reject(new ToolError(command, problem, undefined, stderr));
    });
    // A stopped tool's children may keep its output open: its exit is the end.
    child.on('exit', () => {
      if (!stoppedBecause) return;
      settle();
      child.stdout.destroy();
      child.stderr.destroy();
      reject(new ToolError(command, stoppedBecause, undefined, stderr));
    });
    child.on('close', (code, signal) => {
      settle();
      if (partialLine.trim() && options.onStderrLine) options.onStderrLine(partialLine);
      if (stoppedBecause) {
        reject(new ToolError(command, stoppedBecause, undefined, stderr));
      } else if (code === 0) {
        resolve({ stdout, stderr });
      } else {
        const problem = signal ? `was killed by ${signal}` : `failed with exit code ${code}`;
        reject(new ToolError(command, problem, code ?? undefined, stderr));
      }
    });
  });
}

/** The command as a person would type it, for messages only (never executed). */
export function displayCommand(file: string, args: readonly string[]): string {
  const quote = (word: string) =>
    /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
  return [basename(file), ...args].map(quote).join(' ');
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}
