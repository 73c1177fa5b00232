#!/usr/bin/env node
// The same check from a terminal: `run` against any cluster, `demo` on the embedded simulator.
// Flags are the action's inputs (`--expected-path`, `--image`, ...), read by the same config.ts.
import { parseArgs } from 'node:util';
import { ConfigError, readConfig, type Config } from './config.ts';
import { INPUT_DEFAULTS, type InputName } from './contract.ts';
import { reportContext } from './report/context.ts';
import { renderTerminal } from './report/terminal.ts';
import { timelineDocument } from './report/timeline-json.ts';
import type { DemoCluster } from './demo.ts';
import { CancelledError, stoppedOutcome } from './outcome.ts';
import { runCheck, type RunHooks, type RunTuning } from './run.ts';
import { errorMessage } from './util/errors.ts';
import { logSafe, logSafeJson, logSafeLines } from './util/text.ts';
import type { CheckOutcome } from './outcome.ts';

/** Exit codes: by result, then 3 for anything that kept the check from running. */
export const EXIT = { passed: 0, flaky: 0, failed: 1, inconclusive: 2, error: 3 } as const;

const USAGE = `Usage:
  kubevirt-transition-check run  [--kubeconfig PATH] [--namespace NS] [--image IMAGE]
                                 [--expected-path PATH] [--<input> VALUE ...] [-o text|json]
  kubevirt-transition-check demo [--scenario missing-image|running|unschedulable|image-volume]
                                 [--dwell 1ms] [--faults LIST] [--time-scale N] [--seed N]
                                 [--<input> VALUE ...] [-o text|json]
  kubevirt-transition-check compare BASELINE... CURRENT [--threshold 25%,100ms] [-o text|json]

Every input of the action is a flag of the same name (see action.yml or the README).
'demo' starts a simulated KubeVirt cluster in this process and checks a VM on it.
Exit code: 0 passed (or flaky), 1 failed, 2 inconclusive, 3 the check could not run.`;

const DEMO_FLAGS = ['scenario', 'dwell', 'faults', 'time-scale', 'seed'] as const;

/** Where the CLI writes: process.stdout / process.stderr, or a test's capture. */
export interface Output {
  write(text: string): unknown;
  columns?: number;
}

export async function cli(
  argv: string[],
  stdout: Output = process.stdout,
  terminal: Output = process.stderr,
): Promise<number> {
  // Every line goes through logSafe: cluster data must not drive the terminal or, when the CLI
  // runs in a workflow step, command the runner.
  const stderr: Output = { write: (text) => terminal.write(logSafeLines(text)) };
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    stdout.write(`${USAGE}\n`);
    return command === undefined ? EXIT.error : 0;
  }
  if (command === 'compare') {
    const { compareCommand } = await import('./trend/compare-cli.ts');
    return compareCommand(rest, stdout, stderr);
  }
  if (command !== 'run' && command !== 'demo') {
    stderr.write(`error: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT.error;
  }
  let values: Record<string, string | undefined>;
  try {
    values = parseFlags(rest, command === 'demo');
  } catch (error) {
    stderr.write(`error: ${errorMessage(error)}\n\n${USAGE}\n`);
    return EXIT.error;
  }
  const output = values.output ?? 'text';
  if (output !== 'text' && output !== 'json') {
    stderr.write(`error: invalid value "${output}" for flag -o/--output: use text or json\n`);
    return EXIT.error;
  }

  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let demo: DemoCluster | undefined;
    let tuning: RunTuning = {};
    if (command === 'demo') {
      // Imported here so `run` never loads the simulator.
      const { startDemoCluster, demoTuning } = await import('./demo.ts');
      demo = await startDemoCluster(values, (line) => stderr.write(`${line}\n`));
      values.kubeconfig ??= demo.kubeconfigPath;
      tuning = demoTuning(demo.timeScale);
    }
    try {
      const config = readConfig((name: InputName) => values[name] ?? '', process.env);
      const context = reportContext(config, process.env);
      const print = (outcome: CheckOutcome) =>
        stdout.write(
          output === 'json'
            ? `${logSafeJson(JSON.stringify(timelineDocument(outcome, context), null, 2))}\n`
            : logSafeLines(renderTerminal(outcome, context, { width: stdout.columns })),
        );
      const started = performance.now();
      let outcome: CheckOutcome;
      try {
        outcome = await runCheck(config, terminalHooks(stderr, controller.signal), tuning);
      } catch (error) {
        // The report of a check that could not run goes to stdout; the error still ends with 3.
        if (error instanceof CancelledError || controller.signal.aborted) throw error;
        print(stoppedOutcome(error, 'run', performance.now() - started));
        throw error;
      }
      print(outcome);
      return exitCode(outcome, config);
    } finally {
      await demo?.stop();
    }
  } catch (error) {
    stderr.write(
      error instanceof ConfigError ? `${error.message}\n` : `error: ${errorMessage(error)}\n`,
    );
    return EXIT.error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function parseFlags(args: string[], demo: boolean): Record<string, string | undefined> {
  const options: Record<string, { type: 'string'; short?: string }> = {
    output: { type: 'string', short: 'o' },
  };
  for (const name of Object.keys(INPUT_DEFAULTS)) options[name] = { type: 'string' };
  if (demo) for (const name of DEMO_FLAGS) options[name] = { type: 'string' };
  return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
}

function exitCode(outcome: CheckOutcome, config: Config): number {
  if (outcome.result === 'flaky' && config.failOnFlaky) return EXIT.failed;
  return EXIT[outcome.result];
}

function terminalHooks(stderr: Output, signal: AbortSignal): RunHooks {
  // Each line as one line: a line break from the cluster is shown, not obeyed.
  const write = (line: string) => stderr.write(`${logSafe(line)}\n`);
  return {
    log: write,
    warn: (line) => write(`warning: ${line}`),
    group: async (title, work) => {
      write(`== ${title}`);
      return work();
    },
    signal,
  };
}

if (import.meta.main) {
  process.exitCode = await cli(process.argv.slice(2));
}
