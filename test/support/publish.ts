// publishReport as main.ts calls it, for the report tests: a GitHub API stand-in per test, the
// runner's step summary file, the run's event payload and environment, and the workflow commands
// that @actions/core writes to stdout. One harness for the publish, trend and history tests.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach } from 'node:test';
import { readConfig, type Config } from '../../src/config/index.ts';
import type { InputName } from '../../src/contract.ts';
import type { CheckOutcome } from '../../src/outcome.ts';
import {
  publishReport,
  type PublishedReport,
  type PublishOptions,
} from '../../src/report/publish/index.ts';
import { FakeGitHub } from './github-api.ts';

export type RunEventName = 'pull_request' | 'fork' | 'schedule' | 'push';

/** The event payloads of a run, as GitHub writes them to GITHUB_EVENT_PATH. */
const PAYLOADS: Record<RunEventName, object> = {
  pull_request: {
    pull_request: {
      number: 7,
      head: { repo: { full_name: 'acme/kubevirt' } },
      base: { repo: { full_name: 'acme/kubevirt' } },
    },
  },
  fork: {
    pull_request: {
      number: 7,
      head: { repo: { full_name: 'contributor/kubevirt' } },
      base: { repo: { full_name: 'acme/kubevirt' } },
    },
  },
  schedule: { schedule: '17 3 * * *' },
  push: { ref: 'refs/heads/main' },
};

export interface PublishHarness {
  /** This test's GitHub API stand-in (acme/kubevirt), started before it, closed after it. */
  readonly github: FakeGitHub;
  /** This test's RUNNER_TEMP: the report files go below it. */
  readonly dir: string;
  /** The step summary file (GITHUB_STEP_SUMMARY), emptied before each test. */
  readonly summaryFile: string;
  summary: () => string;
  /** The environment of a run of `event` (payload written to `dir`), plus `extra`. */
  env: (event: RunEventName, extra?: NodeJS.ProcessEnv, payload?: object) => NodeJS.ProcessEnv;
  config: (inputs?: Partial<Record<InputName, string>>) => Config;
  /** publishReport, rate-limit retries without waiting; `out` is what @actions/core printed. */
  publish: (
    outcome: CheckOutcome,
    inputs: Partial<Record<InputName, string>>,
    env: NodeJS.ProcessEnv,
    options?: PublishOptions,
  ) => Promise<{ report: PublishedReport; out: string }>;
}

/**
 * Registers the hooks of a publishing test file and returns its harness. `setUp` runs after the
 * stand-in started (tokens, pull requests, the artifacts service); what it returns runs after
 * the test. process.env is restored after every test.
 */
export function publishHarness(setUp: (github: FakeGitHub) => unknown = () => {}): PublishHarness {
  // @actions/core remembers the summary file's path after its first write: one file, emptied per test.
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'ktc-summary-')), 'step-summary.md');
  const saved = { ...process.env };
  let github: FakeGitHub | undefined;
  let dir = '';
  let tearDown: unknown;

  beforeEach(async () => {
    github = await new FakeGitHub('acme/kubevirt').start();
    dir = mkdtempSync(join(tmpdir(), 'ktc-publish-'));
    writeFileSync(summaryFile, '');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    tearDown = await setUp(github);
  });
  afterEach(async () => {
    if (typeof tearDown === 'function') await (tearDown as () => unknown)();
    await github?.close();
    process.env = { ...saved, GITHUB_STEP_SUMMARY: summaryFile };
  });
  after(() => {
    process.env = { ...saved };
  });

  const harness: PublishHarness = {
    get github() {
      if (!github) throw new Error('the GitHub stand-in runs only inside a test');
      return github;
    },
    get dir() {
      return dir;
    },
    summaryFile,
    summary: () => readFileSync(summaryFile, 'utf8'),
    env: (event, extra = {}, payload = {}) => {
      const path = join(dir, `${event}.json`);
      writeFileSync(path, JSON.stringify({ ...PAYLOADS[event], ...payload }));
      return {
        GITHUB_REPOSITORY: 'acme/kubevirt',
        GITHUB_EVENT_NAME: event === 'fork' ? 'pull_request' : event,
        GITHUB_EVENT_PATH: path,
        GITHUB_API_URL: harness.github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '9001',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_JOB: 'transition',
        ...extra,
      };
    },
    config: (inputs = {}) => readConfig((name) => inputs[name] ?? '', { RUNNER_TEMP: dir }),
    publish: async (outcome, inputs, env, options = {}) => {
      const { result: report, out } = await capturingCommands(() =>
        publishReport(outcome, harness.config(inputs), env, {
          retry: { sleep: () => Promise.resolve(), maxWaitMs: 10_000 },
          ...options,
        }),
      );
      return { report, out };
    },
  };
  return harness;
}

/**
 * Runs `work` and collects what @actions/core writes to stdout: its workflow commands are
 * strings; the test runner's own messages are binary and go through.
 */
export async function capturingCommands<T>(
  work: () => Promise<T>,
): Promise<{ result: T; out: string }> {
  const original = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => {
    if (typeof chunk === 'string') {
      out += chunk;
      return true;
    }
    return original(chunk, ...rest);
  };
  try {
    return { result: await work(), out };
  } finally {
    process.stdout.write = original;
  }
}
