#!/usr/bin/env node
// The same check from a terminal or any CI system: commands, their one-line summaries and the
// dispatch. Each command lives in src/commands/: `run` and `demo` (check.ts), `compare`
// (compare-runs.ts). The CLI loads only the rendering side of report/ (test/repo/layering.test.ts).
import { check } from './commands/check.ts';
import { EXIT, EXIT_CODES, NAME, type Io, type Output } from './commands/io.ts';
import { exitWhenDone } from './util/exit.ts';
import { logSafeLines } from './util/text.ts';

export { EXIT, type Io, type Output } from './commands/io.ts';

/** A subcommand: a line in the usage, and what it does with the arguments after its name. */
export interface Command {
  summary: string;
  run(args: string[], io: Io): Promise<number>;
}

const RUN_SUMMARY = 'Check a VM on the cluster of a kubeconfig (any cluster with KubeVirt).';
const DEMO_SUMMARY = 'The same check on a simulated KubeVirt cluster started in this process.';

export const COMMANDS: Record<string, Command> = {
  run: {
    summary: RUN_SUMMARY,
    run: (args, io) => check('run', RUN_SUMMARY, args, io),
  },
  demo: {
    summary: DEMO_SUMMARY,
    // Imported here so `run` never loads the simulator (in the bundle, a chunk of its own).
    run: async (args, io) => check('demo', DEMO_SUMMARY, args, io, await import('./demo.ts')),
  },
  compare: {
    summary: 'Compare the timeline JSON of a run with earlier ones: flags the durations that grew.',
    run: async (args, io) =>
      (await import('./commands/compare-runs.ts')).compareCommand(args, io.raw.stdout, io.stderr),
  },
};

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

if (import.meta.main) {
  process.exitCode = await cli(process.argv.slice(2));
  exitWhenDone((line) => process.stderr.write(`${line}\n`));
}
