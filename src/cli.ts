#!/usr/bin/env node
// The same check from a terminal or any CI system: `run` against a cluster, `demo` on the embedded
// simulator. Flags are the action's inputs (`--expected-path`, `--image`, ...), read by the same
// src/config/; a subcommand is one entry of COMMANDS.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { styleText } from 'node:util';
import { ConfigError, readConfig, type Config } from './config/index.ts';
import type { InputName } from './contract.ts';
import type * as Demo from './demo.ts';
import {
  HELP_FLAG,
  inputFlags,
  inputNames,
  parseFlags,
  renderFlags,
  wrap,
  type FlagSpecs,
} from './flags.ts';
import { CancelledError, stoppedOutcome } from './outcome.ts';
import { reportContext, type ReportContext } from './report/render/context.ts';
import { DIAGNOSTICS_FOLDER, diagnosticsFolder, writeDiagnostics } from './report/files.ts';
import { renderJunit } from './report/render/junit.ts';
import { renderTerminal } from './report/render/terminal.ts';
import { shortLine } from './report/render/words.ts';
import { renderTimelineJson, timelineDocument } from './report/render/timeline-json.ts';
import { runCheck, type RunHooks, type RunTuning } from './run.ts';
import { errorMessage } from './util/errors.ts';
import { exitWhenDone } from './util/exit.ts';
import { ACTION_ONLY, invalidSetting } from './util/setting.ts';
import { logSafe, logSafeJson, logSafeLines } from './util/text.ts';
import type { CheckOutcome } from './outcome.ts';

const NAME = 'kubevirt-transition-check';

/** Exit codes: by result, then 3 for anything that kept the check from running. */
export const EXIT = { passed: 0, flaky: 0, failed: 1, inconclusive: 2, error: 3 } as const;

const EXIT_CODES =
  'Exit code: 0 passed (or flaky), 1 failed, 2 inconclusive, 3 the check could not run.';

/** Where the CLI writes: process.stdout / process.stderr, or a test's capture. */
export interface Output {
  write(text: string): unknown;
  columns?: number;
  isTTY?: boolean;
}

export interface Io {
  /** Both streams pass every line through logSafe: cluster data must not drive the terminal or,
   * when the CLI runs in a workflow step, command the runner. */
  stdout: Output;
  stderr: Output;
  /** The streams themselves, for the one line whose colour codes are ours. */
  raw: { stdout: Output; stderr: Output };
  env: NodeJS.ProcessEnv;
}

/** A subcommand: a line in the usage, and what it does with the arguments after its name. */
export interface Command {
  summary: string;
  run(args: string[], io: Io): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  run: {
    summary: 'Check a VM on the cluster of a kubeconfig (any cluster with KubeVirt).',
    run: (args, io) => check('run', args, io),
  },
  demo: {
    summary: 'The same check on a simulated KubeVirt cluster started in this process.',
    // Imported here so `run` never loads the simulator (in the bundle, a chunk of its own).
    run: async (args, io) => check('demo', args, io, await import('./demo.ts')),
  },
  compare: {
    summary: 'Compare the timeline JSON of a run with earlier ones: flags the durations that grew.',
    run: async (args, io) =>
      (await import('./trend/compare-cli.ts')).compareCommand(args, io.raw.stdout, io.stderr),
  },
};

/**
 * Inputs whose action.yml words speak of a workflow (the step, $RUNNER_TEMP, the job): the CLI's
 * help says what the flag does on the command line instead.
 */
const CLI_DESCRIPTIONS: Partial<Record<InputName, string>> = {
  kubeconfig:
    "Path to the kubeconfig of the cluster to check. Not given: `$KUBECONFIG`, else `~/.kube/config`. The file's content is never printed: a server URL that holds a user name and password is refused (give them in the user entry), and an exec credential plugin's failure is reported without its output.",
  timeout:
    "How long one attempt may take, e.g. `5m`, `10m`; from `1ms` to `24h`. On a real node the default path ends 1 to 1.5 minutes after the first pull (docs/kubelet-timing.md), so less than `5m` leaves little margin for the VM's start. The upstream test allows 660 s for two toggles in the worst case of the kubelet's back-off. An attempt's time includes creating its VM; the whole run ends within 1m (pre-flight) + `attempts` × `timeout` + 3m (cleanup). `demo`: 5m of node time on the demo's clock (30 s at time scale 0.1).",
  'fail-on-flaky':
    'Exit 1 when the result is `flaky` (by default a flaky check exits 0 with a warning).',
  'fail-on-regression':
    'Exit 1 when a duration regressed (by default a regression is only reported).',
  'check-name':
    'Name of this check in its reports. Not given: `check · KubeVirt <version the cluster reports>`.',
  'junit-path':
    'Where to write the JUnit XML (one test case per attempt). Not given: no file (with $ARTIFACTS set: a file there).',
  'timeline-path':
    'Where to write the timeline JSON (docs/timeline-schema.md); the diagnostics of a check that did not pass go beside it. Not given: no file (with $ARTIFACTS set: a file there).',
};

const OUTPUT_FLAG: FlagSpecs = {
  output: {
    description:
      'What goes to stdout: text (the timeline as a table), json (the timeline document) or junit (JUnit XML). Progress goes to stderr.',
    short: 'o',
    value: 'text|json|junit',
    default: 'text',
  },
};
const OUTPUTS = ['text', 'json', 'junit'] as const;
type OutputFormat = (typeof OUTPUTS)[number];

/** The inputs that are flags of a command: the demo's cluster is the simulator's. */
function commandInputs(command: 'run' | 'demo'): InputName[] {
  return inputNames().filter(
    (name) => !(name in ACTION_ONLY) && !(command === 'demo' && name === 'kubeconfig'),
  );
}

function commandFlags(command: 'run' | 'demo', demo?: typeof Demo): FlagSpecs {
  return {
    ...OUTPUT_FLAG,
    ...(demo?.DEMO_FLAGS ?? {}),
    ...cliWords(inputFlags(commandInputs(command))),
    ...HELP_FLAG,
  };
}

function cliWords(flags: FlagSpecs): FlagSpecs {
  for (const [name, words] of Object.entries(CLI_DESCRIPTIONS)) {
    if (flags[name]) flags[name] = { ...flags[name], description: words };
  }
  return flags;
}

export async function cli(
  argv: string[],
  terminalOut: Output = process.stdout,
  terminalErr: Output = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [name, ...rest] = argv;
  const safe = (stream: Output): Output => ({
    write: (text) => stream.write(logSafeLines(text)),
    columns: stream.columns,
    isTTY: stream.isTTY,
  });
  const stdout = safe(terminalOut);
  const stderr = safe(terminalErr);
  const io: Io = { stdout, stderr, raw: { stdout: terminalOut, stderr: terminalErr }, env };
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? stderr : stdout).write(`${usage()}\n`);
    return name === undefined ? EXIT.error : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    stderr.write(`error: unknown command "${name}"\n\n${usage()}\n`);
    return EXIT.error;
  }
  return command.run(rest, io);
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    `Usage: ${NAME} <command> [flags]`,
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(
      ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
    ),
    '',
    `'${NAME} <command> --help' lists the flags of a command: the action's inputs, same names and defaults.`,
    EXIT_CODES,
  ].join('\n');
}

function commandUsage(command: 'run' | 'demo', flags: FlagSpecs, width: number): string {
  const ignored = Object.keys(ACTION_ONLY).join(', ');
  return [
    `Usage: ${NAME} ${command} [flags]`,
    '',
    ...wrap(COMMANDS[command]!.summary, width),
    '',
    'Flags (every input of the action that applies here is a flag of the same name, with the same default):',
    renderFlags(flags, width),
    '',
    ...wrap(
      `Inputs of the GitHub Action only, not flags here: ${ignored}. With $ARTIFACTS set (Prow), junit-path and timeline-path default to files in that directory. The diagnostics of a check that failed, was inconclusive or could not run go to ${DIAGNOSTICS_FOLDER}/ next to the timeline JSON, as in the action, or without one to a new folder under the temp directory; the path is printed.`,
      width,
    ),
    EXIT_CODES,
  ].join('\n');
}

/** `run` and `demo`: flags -> Config (and demo cluster) -> runCheck -> report on stdout. */
async function check(
  command: 'run' | 'demo',
  args: string[],
  io: Io,
  demo?: typeof Demo,
): Promise<number> {
  const { stdout, stderr, env } = io;
  const flags = commandFlags(command, demo);
  const fail = (message: string) => {
    stderr.write(`error: ${message}\nSee '${NAME} ${command} --help'.\n`);
    return EXIT.error;
  };
  const actionOnly = args
    .map((arg) => /^--([^=]+)/.exec(arg)?.[1] as InputName | undefined)
    .find((flag) => flag !== undefined && flag in ACTION_ONLY);
  if (actionOnly)
    return fail(
      `--${actionOnly} is an input of the GitHub Action only: ${ACTION_ONLY[actionOnly]}.`,
    );

  let values: Record<string, string | undefined>;
  let settings: Demo.DemoSettings | undefined;
  let config: Config;
  let output: OutputFormat;
  try {
    const parsed = parseFlags(args, flags);
    if (parsed.help) {
      stdout.write(`${commandUsage(command, flags, helpWidth(stdout))}\n`);
      return 0;
    }
    values = parsed.values;
    output = (values.output ?? 'text') as OutputFormat;
    if (!OUTPUTS.includes(output)) {
      return fail(`invalid value "${values.output}" for flag -o/--output: use text, json or junit`);
    }
    // Everything is checked before a simulator starts or a cluster is touched.
    settings = demo?.demoSettings(values);
    if (settings?.image) values.image ??= settings.image;
    if (settings?.timeout) values.timeout ??= settings.timeout;
    config = readConfig(
      (input: InputName) => values[input] ?? artifactDefault(input, env) ?? '',
      env,
      'cli',
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      const problems = error.problems.map((problem) =>
        invalidSetting(problem.input, 'cli', problem.detail),
      );
      stderr.write(`${problems.join('\n')}\nSee '${NAME} ${command} --help'.\n`);
      return EXIT.error;
    }
    return fail(errorMessage(error));
  }
  // Report files are written only where asked (a flag or $ARTIFACTS), never to a temp folder.
  const files = {
    junit: values['junit-path'] ?? artifactDefault('junit-path', env),
    timeline: values['timeline-path'] ?? artifactDefault('timeline-path', env),
  };
  // The CLI sets up no KubeVirt: a check is named after the version the cluster reports.
  const contextOf = (outcome: CheckOutcome): ReportContext =>
    reportContext(
      {
        ...config,
        kubevirtVersion: '',
        junitPath: files.junit ? config.junitPath : '',
        timelinePath: files.timeline ? config.timelinePath : '',
      },
      env,
      outcome,
    );

  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      // A second signal: stop now, but say what may be left.
      stderr.write(
        `error: received ${signal} again: exiting before the cleanup finished; list what is left with: kubectl get namespaces,vm -A -l app.kubernetes.io/managed-by=kubevirt-transition-check\n`,
      );
      process.exit(EXIT.error);
    }
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let cluster: Demo.DemoCluster | undefined;
  try {
    let tuning: RunTuning = {};
    if (demo && settings) {
      cluster = await demo.startDemoCluster(settings, (line) => stderr.write(`${line}\n`));
      config.kubeconfig = cluster.kubeconfigPath;
      tuning = demo.demoTuning(cluster.timeScale);
    }
    const started = performance.now();
    let outcome: CheckOutcome;
    let stopped: unknown;
    try {
      outcome = await runCheck(config, terminalHooks(stderr, controller.signal), tuning);
    } catch (error) {
      // The report of a check that could not run is printed too; the error still ends with 3.
      if (error instanceof CancelledError || controller.signal.aborted) throw error;
      outcome = stoppedOutcome(error, 'run', performance.now() - started);
      stopped = error;
    }
    const context = contextOf(outcome);
    await writeReports(outcome, context, stderr);
    if (output === 'json') io.raw.stdout.write(render(outcome, context, output, stdout.columns));
    else stdout.write(render(outcome, context, output, stdout.columns));
    if (stopped !== undefined) {
      stderr.write(`error: ${errorMessage(stopped)}\n`);
    }
    const code = stopped === undefined ? exitCode(outcome, config) : EXIT.error;
    // The verdict is the last line a person sees, after a long table or the progress on stderr.
    const last = output === 'text' ? io.raw.stdout : io.raw.stderr;
    last.write(`${verdictLine(outcome, code, colours(last, env))}\n`);
    return code;
  } catch (error) {
    stderr.write(`error: ${errorMessage(error)}\n`);
    return EXIT.error;
  } finally {
    await cluster?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * With `$ARTIFACTS` set (Prow uploads that directory, and Spyglass shows `junit*.xml` in it), the
 * JUnit XML and the timeline JSON go there unless a flag says otherwise; so do the diagnostics,
 * which go next to the timeline JSON wherever it is (writeReports).
 */
function artifactDefault(input: InputName, env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ARTIFACTS) return undefined;
  if (input === 'junit-path') return join(env.ARTIFACTS, `junit_${NAME}.xml`);
  if (input === 'timeline-path') return join(env.ARTIFACTS, `${NAME}-timeline.json`);
  return undefined;
}

async function writeReports(outcome: CheckOutcome, context: ReportContext, stderr: Output) {
  const files: [string, string | undefined, () => string][] = [
    ['JUnit XML', context.junitPath, () => renderJunit(outcome, context)],
    ['timeline JSON', context.timelinePath, () => renderTimelineJson(outcome, context)],
  ];
  for (const [what, path, content] of files) {
    if (!path) continue;
    try {
      await mkdir(dirname(resolve(path)), { recursive: true });
      await writeFile(path, content());
      stderr.write(`${what}: ${path}\n`);
    } catch (error) {
      stderr.write(`warning: could not write ${path}: ${errorMessage(error)}\n`);
    }
  }
  // Beside the timeline, as the action writes them (its `diagnostics-path` output); without a
  // timeline file, in a folder of their own under the temp directory: collected is not enough.
  if (!outcome.diagnostics) return;
  let folder = context.timelinePath ? diagnosticsFolder(context.timelinePath) : undefined;
  try {
    folder ??= join(await mkdtemp(join(tmpdir(), `${NAME}-`)), DIAGNOSTICS_FOLDER);
    await writeDiagnostics(outcome.diagnostics, folder);
    const problems =
      outcome.diagnostics.problems.length > 0
        ? ' and problems.txt, what could not be collected'
        : '';
    stderr.write(`diagnostics (${outcome.diagnostics.files.length} files${problems}): ${folder}\n`);
  } catch (error) {
    stderr.write(
      `warning: could not write the diagnostics to ${folder ?? tmpdir()}: ${errorMessage(error)}\n`,
    );
  }
}

function render(
  outcome: CheckOutcome,
  context: ReportContext,
  output: OutputFormat,
  columns: number | undefined,
): string {
  if (output === 'json') {
    return `${logSafeJson(JSON.stringify(timelineDocument(outcome, context), null, 2))}\n`;
  }
  if (output === 'junit') return renderJunit(outcome, context);
  return renderTerminal(outcome, context, { width: columns });
}

type Colour = 'green' | 'yellow' | 'red';

/** Colour on a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it. */
function colours(stream: Output, env: NodeJS.ProcessEnv): (colour: Colour, text: string) => string {
  const on = env.NO_COLOR
    ? false
    : env.FORCE_COLOR !== undefined
      ? env.FORCE_COLOR !== '0'
      : stream.isTTY === true && env.TERM !== 'dumb';
  return on
    ? (colour, text) => styleText([colour, 'bold'], text, { validateStream: false })
    : (_, text) => text;
}

function verdictLine(
  outcome: CheckOutcome,
  code: number,
  paint: (colour: Colour, text: string) => string,
): string {
  const result = outcome.error ? 'COULD NOT RUN' : outcome.result.toUpperCase();
  const colour: Colour =
    outcome.error || outcome.result === 'failed'
      ? 'red'
      : outcome.result === 'passed'
        ? 'green'
        : 'yellow';
  const why = outcome.error?.message ?? outcome.attempts.at(-1)?.verdict.explanation ?? '';
  return `${paint(colour, result)}  ${logSafe(shortLine(firstSentence(why), MAX_VERDICT_CHARS))}  (exit ${code})`;
}

/** Room for a whole verdict sentence (a passed path lists every step with its time and witness). */
const MAX_VERDICT_CHARS = 600;

/**
 * The first whole sentence: up to a full stop before a space or the end (a colon inside a
 * sentence introduces its detail; the dots of `1.9` or `registry.invalid` end nothing).
 */
export function firstSentence(text: string): string {
  return (/^.*?\.(?=\s|$)/s.exec(text)?.[0] ?? text).trim();
}

function helpWidth(stream: Output): number {
  return Math.min(100, Math.max(60, (stream.columns ?? 100) - 2));
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
  exitWhenDone((line) => process.stderr.write(`${line}\n`));
}
