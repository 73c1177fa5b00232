// What every command of the CLI shares: its name, its exit codes and where it writes.

export const NAME = 'kubevirt-transition-check';

/** Exit codes: by result, then 3 for anything that kept the check from running. */
export const EXIT = { passed: 0, flaky: 0, failed: 1, inconclusive: 2, error: 3 } as const;

export const EXIT_CODES =
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
