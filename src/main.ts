// Action entry: inputs -> (kind) -> run -> report -> outputs. Thin on purpose: the work is in
// run.ts, the reporting in report/; this file only speaks @actions/core for them.
import * as core from '@actions/core';
import { type Diagnostics, type KindClusterRef, loadKubeConfig } from './cluster/index.ts';
import { kindSetupOptions, readConfig, type Config } from './config/index.ts';
import type { PublishedReport } from './report/publish/index.ts';
import {
  CancelledError,
  failsStep,
  stoppedOutcome,
  type CheckOutcome,
  type CheckStage,
  type SetupTimings,
} from './outcome.ts';
import { runCheck, type RunHooks } from './run.ts';
import { saveKindCluster, saveRun, STATE } from './state.ts';
import { errorMessage } from './util/errors.ts';
import { exitWhenDone } from './util/exit.ts';
import { cutText, LOG_LINE_MAX_CHARS, logSafe } from './util/text.ts';

export async function main(): Promise<void> {
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (cancel.signal.aborted) {
      // The runner's second signal (it sends SIGINT, then SIGTERM): stop now, but say so.
      core.setFailed(
        `Received ${signal} again: exiting before the cleanup finished; the post step removes what this run created.`,
      );
      process.exit();
    }
    core.warning(`Received ${signal}: stopping the watches and cleaning up.`);
    cancel.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    let config = readConfig((name) => core.getInput(name));
    // Masked here, before anything runs, and only here: every later line is covered.
    if (config.githubToken) core.setSecret(config.githubToken);
    const started = performance.now();
    let stage: CheckStage = 'setup';
    let outcome: CheckOutcome;
    let kindCluster: KindClusterRef | undefined;
    try {
      let setup: SetupTimings | undefined;
      if (config.setup === 'kind') {
        ({ config, setup } = await setUpKind(config, cancel.signal, (ref) => (kindCluster = ref)));
      }
      stage = 'run';
      outcome = { ...(await check(config, cancel.signal)), ...(setup ? { setup } : {}) };
    } catch (error) {
      // A cancelled check is not reported; one that could not run is, then fails the step.
      if (error instanceof CancelledError || cancel.signal.aborted) throw error;
      const diagnostics = stage === 'setup' ? await setupDiagnostics(kindCluster) : undefined;
      const stopped = stoppedOutcome(error, stage, performance.now() - started, diagnostics);
      const published = await publish(stopped, config).then(
        () => true,
        (reportError: unknown) => {
          core.warning(
            logSafe(`Could not report that the check could not run: ${errorMessage(reportError)}`),
          );
          return false;
        },
      );
      if (!published) throw error;
      fail(errorMessage(error), config);
      return;
    }
    const report = await publish(outcome, config);
    conclude(outcome, config, report.regressed);
  } catch (error) {
    core.setFailed(errorMessage(error));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** runCheck, with what the post step needs to know saved around it. */
async function check(config: Config, signal: AbortSignal): Promise<CheckOutcome> {
  const outcome = await runCheck(config, actionHooks(config, signal));
  core.saveState(STATE.result, outcome.result);
  return outcome;
}

/** The report everywhere the Config asks, and the action's outputs. */
async function publish(outcome: CheckOutcome, config: Config): Promise<PublishedReport> {
  // Loaded once there is something to report (Octokit, artifacts, trends): in the bundle, a chunk
  // that the check's first request does not wait for.
  const { publishReport } = await import('./report/publish/index.ts');
  const report = await publishReport(outcome, config);
  for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value);
  return report;
}

function actionHooks(config: Config, signal: AbortSignal): RunHooks {
  return {
    // Lines carry cluster, manifest and kubeconfig data: none of it may command the runner.
    log: (line) => core.info(logSafe(line)),
    warn: (line) => core.warning(logSafe(line)),
    group: (title, work) => core.group(logSafe(title), work),
    // Saved before anything is created, so the post step can remove it after a crash or cancel.
    willCreate: (resources) =>
      saveRun((key, value) => core.saveState(key, value), {
        ...resources,
        cleanup: config.cleanup,
      }),
    // runCheck cleans up before it returns; the post step is for a killed main step and for
    // whatever that cleanup could not remove.
    cleaned: (leftovers) => {
      if (!leftovers) core.saveState(STATE.cleanedUp, 'true');
    },
    signal,
  };
}

/**
 * The step's result: failed and inconclusive fail it; flaky fails it only when asked to, and so
 * does a timing regression (`fail-on-regression`; otherwise a warning).
 */
function conclude(outcome: CheckOutcome, config: Config, regressed: string | undefined): void {
  if (!failsStep(outcome.result, config.failOnFlaky)) {
    if (regressed !== undefined) {
      // A suite names every regressed check: up to 50 of them, the line still bounded.
      const line = cutText(
        `Timing regressed: ${regressed}`,
        LOG_LINE_MAX_CHARS - 100,
        'the trend-summary output has every check',
      );
      if (config.failOnRegression) core.setFailed(logSafe(`${line} (fail-on-regression is set)`));
      else core.warning(logSafe(line));
    }
    return;
  }
  const last = outcome.attempts.at(-1)?.verdict;
  const notPassed = (outcome.checks ?? []).filter((check) => check.outcome.result !== 'passed');
  const summary = outcome.checks
    ? `KubeVirt transition check suite ${outcome.result}: ${notPassed.map((check) => `'${check.name}' ${check.outcome.result}`).join(', ')}`
    : `KubeVirt transition check ${outcome.result}: ${last?.explanation ?? ''}`.trim();
  fail(outcome.result === 'flaky' ? `${summary} (fail-on-flaky is set)` : summary, config);
}

/**
 * Fails the step with one error annotation: the report's, which has the check's name as its
 * title, when annotations are on (then only a log line here); else setFailed's.
 */
function fail(message: string, config: Config): void {
  if (config.annotations) {
    core.info(logSafe(message));
    process.exitCode = core.ExitCode.Failure;
  } else core.setFailed(cutText(message, LOG_LINE_MAX_CHARS, 'the timeline file has the rest'));
}

/**
 * `setup: kind`: creates the cluster with KubeVirt; returns the config pointed at it. The cluster
 * is recorded for the post step just before it is created, so a failed setup is cleaned up too.
 */
async function setUpKind(
  config: Config,
  signal: AbortSignal,
  created: (cluster: KindClusterRef) => void,
): Promise<{ config: Config; setup: SetupTimings }> {
  core.startGroup('Setting up kind and KubeVirt');
  try {
    // Loaded only by `setup: kind` (in the bundle, a chunk of its own), as are the diagnostics.
    const { setupKind } = await import('./cluster/kind.ts');
    const cluster = await setupKind({
      ...kindSetupOptions(config, process.env, (line) => core.info(logSafe(line))),
      signal,
      beforeCreate: (ref) => {
        saveKindCluster((key, value) => core.saveState(key, value), ref);
        created(ref);
      },
    });
    return {
      config: {
        ...config,
        kubeconfig: cluster.kubeconfigPath,
        kubevirtVersion: cluster.kubevirtVersion,
      },
      setup: { ...cluster.timings, nodeImage: config.kindNodeImage },
    };
  } finally {
    core.endGroup();
  }
}

/**
 * What the kind cluster shows when its setup failed (KubeVirt not Available, most often): the
 * KubeVirt CR and the components' logs. Nothing when no cluster was created or it cannot be read.
 */
async function setupDiagnostics(
  cluster: KindClusterRef | undefined,
): Promise<Diagnostics | undefined> {
  if (!cluster) return undefined;
  try {
    const connection = loadKubeConfig(cluster.kubeconfigPath);
    const { collectDiagnostics } = await import('./cluster/diagnostics.ts');
    return await core.group('Collecting diagnostics', () => collectDiagnostics(connection));
  } catch {
    return undefined; // kind never wrote the kubeconfig: there is no cluster to ask
  }
}

await main();
exitWhenDone((line) => core.info(line));
