// The action as GitHub runs it: an entry (src/main.ts, src/post.ts) in its own process, with
// INPUT_* variables and the runner's files, against a simulator in the test's process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileCommands } from '../../script/file-commands.ts';
import type { Clients } from '../sim/helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Step {
  child: ChildProcess;
  /** stdout and stderr as they came. */
  output: string;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code (128 + n for a signal). */
  exited: Promise<number>;
  /** Resolves once the step's log has a line matching `pattern`. */
  logged(pattern: RegExp): Promise<void>;
}

export function runStep(entry: string, env: NodeJS.ProcessEnv): Step {
  const child = spawn(process.execPath, [join(root, entry)], {
    // The suite's compile cache (package.json): each step loads the whole action again.
    env: { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  const step: Step = {
    child,
    output: '',
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? 137 : 130))),
    ),
    logged: (pattern) =>
      new Promise((resolve) => {
        if (pattern.test(step.output)) resolve();
        else waiting.push({ pattern, resolve });
      }),
  };
  const collect = (chunk: Buffer) => {
    step.output += chunk.toString();
    for (const wait of [...waiting]) {
      if (wait.pattern.test(step.output)) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve();
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    step.stdout += chunk.toString();
    collect(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    step.stderr += chunk.toString();
    collect(chunk);
  });
  return step;
}

/** A runner's environment for one step: its files, and the inputs. */
export function runner(clients: Clients, inputs: Record<string, string> = {}) {
  const work = mkdtempSync(join(tmpdir(), 'ktc-action-'));
  const files = {
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STATE: join(work, 'state'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
  };
  Object.values(files).forEach((file) => writeFileSync(file, ''));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: work,
    GITHUB_JOB: 'test',
    ...files,
    INPUT_KUBECONFIG: clients.sim.kubeconfigPath,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return {
    env,
    files,
    /** The post step's environment: the runner hands saved state over as STATE_* variables. */
    postEnv(): NodeJS.ProcessEnv {
      const post = { ...env };
      for (const [name, value] of Object.entries(
        readFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
      ))
        post[`STATE_${name}`] = value;
      return post;
    },
    outputs: () => readFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
  };
}
