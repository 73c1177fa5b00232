// `run` and `demo`: the check from a terminal, against the cluster of a kubeconfig or on the
// simulator the demo starts in this process. Flags are the action's inputs (`--expected-path`,
// `--image`, ...), read by the same src/config/; the report goes to stdout in the format `--output`
// picks from the table of formats, and its files through the writer the action uses.
import { join } from 'node:path';
import { styleText } from 'node:util';
import { ConfigError, readConfig, type Config } from '../config/index.ts';
import type { InputName } from '../contract.ts';
import type * as Demo from '../demo.ts';
import {
  HELP_FLAG,
  inputFlags,
  inputNames,
  parseFlags,
  renderFlags,
  wrap,
  type FlagSpecs,
} from '../flags.ts';
import { CancelledError, stoppedOutcome, type CheckOutcome } from '../outcome.ts';
import {
  DIAGNOSTICS_FOLDER,
  diagnosticsFolder,
  FORMATS,
  OUTPUT_VALUES,
  outputFormat,
  reportContext,
  shortLine,
  writeReportFiles,
  type ReportContext,
} from '../report/index.ts';
import { runCheck, type RunHooks, type RunTuning } from '../run.ts';
import { errorMessage } from '../util/errors.ts';
import { ACTION_ONLY, invalidSetting } from '../util/setting.ts';
import { logSafe, logSafeJson } from '../util/text.ts';
import { EXIT, EXIT_CODES, NAME, type Io, type Output } from './io.ts';

/**
 * Inputs whose action.yml words speak of a workflow (the step, $RUNNER_TEMP, the job): the CLI's
 * help says what the flag does on the command line instead.
 */
const CLI_DESCRIPTIONS: Partial<Record<InputName, string>> = {
  kubeconfig:
    "Path to the kubeconfig of the cluster to check. Not given: `$KUBECONFIG`, else `~/.kube/config`. The file's content is never printed: a server URL that holds a user name and password is refused (give them in the user entry), and an exec credential plugin's failure is reported without its output.",
  timeout:
    "How long one attempt may take, e.g. `5m`, `10m`; from `1ms` to `24h`. On a real node the default path ends 20-37 s after the first pull with KubeVirt's `guest-console-log` sidecar (v1.6 and later, serial console log on), 50-80 s without it (docs/kubelet-timing.md), so less than `5m` leaves little margin for the VM's start. The upstream test allows 660 s for two toggles in the worst case of the kubelet's back-off. An attempt's time includes creating its VM; the whole run ends within 1m (pre-flight) + `attempts` × `timeout` + 3m (cleanup).",
  checks:
    'Several checks at once: the path of a YAML file (or the list itself) of checks, each with a `name` and a `scenario` preset (missing-image, unschedulable, missing-pvc, missing-datavolume, halted, running; docs/presets.md) or a `vm-manifest`, and optionally `expected-path`, `expected-message`, `witness`, `timeout`, `attempts`; the other flags fill what an item leaves out. They run side by side (`--parallel`) in one namespace; the exit code is the worst result. Example: examples/checks.yml.',
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
    value: OUTPUT_VALUES.join('|'),
    default: 'text',
  },
};

/** The inputs that are flags of a command: the demo's cluster is the simulator's. */
function commandInputs(command: 'run' | 'demo'): InputName[] {
  return inputNames().filter(
    (name) => !(name in ACTION_ONLY) && !(command === 'demo' && name === 'kubeconfig'),
  );
}

function commandFlags(command: 'run' | 'demo', demo?: typeof Demo): FlagSpecs {
  const inputs = cliWords(inputFlags(commandInputs(command)));
  return {
    ...OUTPUT_FLAG,
    ...(demo?.DEMO_FLAGS ?? {}),
    ...(demo ? demo.demoInputFlags(inputs) : inputs),
    ...HELP_FLAG,
  };
}

function cliWords(flags: FlagSpecs): FlagSpecs {
  for (const [name, words] of Object.entries(CLI_DESCRIPTIONS)) {
    if (flags[name]) flags[name] = { ...flags[name], description: words };
  }
  return flags;
}

function commandUsage(
  command: 'run' | 'demo',
  summary: string,
  flags: FlagSpecs,
  width: number,
): string {
  const ignored = Object.keys(ACTION_ONLY).join(', ');
  return [
    `Usage: ${NAME} ${command} [flags]`,
    '',
    ...wrap(summary, width),
    '',
    `Flags (every input of the action that applies here is a flag of the same name, with the same default${command === 'demo' ? " but --timeout's, which is on the demo's clock" : ''}):`,
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
export async function check(
  command: 'run' | 'demo',
  summary: string,
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
  let output: keyof typeof FORMATS;
  try {
    const parsed = parseFlags(args, flags);
    if (parsed.help) {
      stdout.write(`${commandUsage(command, summary, flags, helpWidth(stdout))}\n`);
      return 0;
    }
    values = parsed.values;
    const format = outputFormat(values.output ?? 'text');
    if (!format) {
      return fail(
        `invalid value "${values.output}" for flag -o/--output: use ${OUTPUT_VALUES.slice(0, -1).join(', ')} or ${OUTPUT_VALUES.at(-1)}`,
      );
    }
    output = format;
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
    await writeReportFiles(
      outcome,
      context,
      {
        formats: { junit: context.junitPath, timeline: context.timelinePath },
        diagnostics: context.timelinePath
          ? { folder: diagnosticsFolder(context.timelinePath) }
          : { temp: true },
      },
      {
        info: (line) => stderr.write(`${line}\n`),
        warning: (line) => stderr.write(`warning: ${line}\n`),
      },
    );
    const printed = FORMATS[output].render(outcome, context, { width: stdout.columns });
    // JSON escapes its own control characters: only what JSON.stringify leaves raw is escaped.
    if (output === 'timeline') io.raw.stdout.write(logSafeJson(printed));
    else stdout.write(printed);
    if (stopped !== undefined) {
      stderr.write(`error: ${errorMessage(stopped)}\n`);
    }
    const code = stopped === undefined ? exitCode(outcome, config) : EXIT.error;
    // The verdict is the last line a person sees, after a long table or the progress on stderr.
    const last = output === 'terminal' ? io.raw.stdout : io.raw.stderr;
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
 * which go next to the timeline JSON wherever it is (files.ts).
 */
function artifactDefault(input: InputName, env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ARTIFACTS) return undefined;
  if (input === 'junit-path') return join(env.ARTIFACTS, `junit_${NAME}.xml`);
  if (input === 'timeline-path') return join(env.ARTIFACTS, `${NAME}-timeline.json`);
  return undefined;
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
