// `npm run demo`: runs the committed bundle dist/index.js the way GitHub runs the action (INPUT_*
// variables, GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files), then its post step,
// against the simulated cluster started here with the kubelet's real timings on a time scale.
// It is also the smoke test that the bundle loads and works: it exits non-zero when the check
// does not pass. Flags are the action's inputs and the demo's own, as for
// `kubevirt-transition-check demo`: `npm run demo -- --expected-path 'A -> B' --dwell 1ms`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from '../src/config/index.ts';
import type { InputName } from '../src/contract.ts';
import { DEMO_FLAGS, demoInputFlags, demoSettings, startDemoCluster } from '../src/demo.ts';
import { HELP_FLAG, inputFlags, parseFlags, renderFlags } from '../src/flags.ts';
import { errorMessage } from '../src/util/errors.ts';
import { invalidSetting } from '../src/util/setting.ts';
import { readFileCommands } from './file-commands.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const flags = { ...DEMO_FLAGS, ...demoInputFlags(inputFlags()), ...HELP_FLAG };

let values: Record<string, string | undefined>;
let settings: ReturnType<typeof demoSettings>;
try {
  const parsed = parseFlags(process.argv.slice(2), flags);
  if (parsed.help) {
    console.log(`Usage: npm run demo -- [flags]\n\nFlags:\n${renderFlags(flags)}`);
    process.exit(0);
  }
  values = parsed.values;
  // Checked before the simulator starts, as the action will check them.
  settings = demoSettings(values);
  if (settings.image) values.image ??= settings.image;
  if (settings.timeout) values.timeout ??= settings.timeout;
  readConfig((name: InputName) => values[name] ?? '', {});
} catch (error) {
  const message =
    error instanceof ConfigError
      ? error.problems
          .map((problem) => invalidSetting(problem.input, 'cli', problem.detail))
          .join('\n')
      : errorMessage(error);
  console.error(`error: ${message}\nSee 'npm run demo -- --help'.`);
  process.exit(3);
}

const sim = await startDemoCluster(settings, (line) => console.log(line));
const work = await mkdtemp(join(tmpdir(), 'kubevirt-transition-check-demo-'));
const files = {
  output: join(work, 'github-output'),
  state: join(work, 'github-state'),
  summary: join(work, 'step-summary.md'),
};
await Promise.all(Object.values(files).map((file) => writeFile(file, '')));

console.log(`Running dist/index.js as GitHub would, then again as its post step\n`);

const environment: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: files.output,
  GITHUB_STATE: files.state,
  GITHUB_STEP_SUMMARY: files.summary,
  GITHUB_JOB: 'demo',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  INPUT_KUBECONFIG: sim.kubeconfigPath,
  'INPUT_CHECK-NAME': 'demo',
};
for (const name of Object.keys(inputFlags())) {
  const value = values[name];
  if (value !== undefined) environment[`INPUT_${name.toUpperCase()}`] = value;
}

// A signal to the demo (Ctrl-C, or SIGTERM as `timeout` sends) goes to the step under way, as
// the runner sends it to a cancelled step: the check stops and cleans up, then the post step
// runs, and the demo ends. The steps run in their own process group, so that a terminal's
// Ctrl-C reaches them once, through here, not twice (a second signal ends a step at once).
let running: ChildProcess | undefined;
let stoppedBy: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    running?.kill(signal);
  });
}

const started = performance.now();
const mainStatus = await node('dist/index.js', environment);
const outputs = readFileCommands(await readFile(files.output, 'utf8'));
const state = readFileCommands(await readFile(files.state, 'utf8'));
const postEnvironment = { ...environment };
for (const [name, value] of Object.entries(state)) postEnvironment[`STATE_${name}`] = value;
const postStatus = await node('dist/index.js', postEnvironment);
await sim.stop();

console.log(`\n── demo ${'─'.repeat(60)}`);
if (outputs.checks) printChecks(outputs.checks);
else {
  console.log(`observed path   ${outputs['observed-path'] ?? ''}`);
  console.log(`explanation     ${outputs.explanation ?? ''}`);
}
console.log(`job summary     ${files.summary}`);
console.log(`timeline JSON   ${outputs['timeline-path'] ?? ''}`);
console.log(`JUnit XML       ${outputs['junit-path'] ?? ''}`);
if (stoppedBy) console.log(`stopped by      ${stoppedBy}`);
// The verdict last, where the eye lands.
console.log(
  `result          ${outputs.result ?? '(none)'}  (main exit ${mainStatus}, post exit ${postStatus}, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exitCode = mainStatus === 0 && postStatus === 0 && outputs.result === 'passed' ? 0 : 1;

/** A suite: one line per check (its result, how long, the path it saw), as the `checks` output has them. */
function printChecks(json: string): void {
  const checks = JSON.parse(json) as {
    name: string;
    result: string;
    observedPath: string;
    durationMs: number;
  }[];
  const width = Math.max(...checks.map((check) => check.name.length));
  for (const check of checks) {
    const seconds = `${(check.durationMs / 1000).toFixed(1)} s`.padStart(7);
    console.log(
      `check           ${check.name.padEnd(width)}  ${check.result.padEnd(8)} ${seconds}  ${check.observedPath}`,
    );
  }
}

function node(entry: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, entry)], {
      env,
      stdio: 'inherit',
      detached: true,
    });
    running = child;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      running = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}
