// One check: pre-flight -> namespace -> observer -> attempts (attempts.ts) -> verdict -> cleanup.
// The only module, with attempts.ts, that knows every stage; each stage is called through its own API.
import type { Config } from './config/index.ts';
import {
  type Diagnostics,
  loadKubeConfig,
  type ClusterConnection,
  RUN_LABEL,
  PREFLIGHT_TIMEOUT_MS,
  preflight,
  type Preflight,
  budget,
  type Budget,
  createNamespace,
  generatedNamespaceName,
  newRunId,
} from './cluster/index.ts';
import { startObserver } from './observe/index.ts';
import {
  classifyAttempts,
  IMAGE_PULL_FAILURES,
  pathStates,
  summarizeRepeats,
} from './verify/index.ts';
import { errorMessage } from './util/errors.ts';
import { checksFor, requireRoomForChecks, runChecks, worstResult } from './suite-run.ts';
import { cleanUp, CLEANUP_TIMEOUT_MS, type RunResources } from './cleanup.ts';
import {
  CancelledError,
  CheckStoppedError,
  type Attempt,
  type CheckInSuite,
  type CheckOutcome,
  type CheckStage,
} from './outcome.ts';
import {
  requireRoomForRepeats,
  runAttempts,
  runRepeats,
  type AttemptContext,
  type RunHooks,
  type RunTuning,
} from './attempts.ts';

export type { RunHooks, RunTuning } from './attempts.ts';

/** Tags an error with the stage it stopped the check in; a cancellation passes through as is. */
function stopped(
  stage: CheckStage,
  error: unknown,
  hooks: RunHooks,
  attempts: Attempt[] = [],
): unknown {
  if (error instanceof CancelledError || hooks.signal?.aborted) return error;
  return new CheckStoppedError(stage, error, attempts);
}

/**
 * Runs one check. Throws a CheckStoppedError when it cannot come to a verdict (bad kubeconfig,
 * failed pre-flight, an API error during the run), and a CancelledError when cancelled; cleanup
 * runs in every case.
 */
export async function runCheck(
  config: Config,
  hooks: RunHooks,
  tuning: RunTuning = {},
): Promise<CheckOutcome> {
  const started = performance.now();
  // One bound for everything before the first attempt: the pre-flight, creating the namespace
  // and the observer's first lists.
  const setup = budget(
    tuning.preflightTimeoutMs ?? PREFLIGHT_TIMEOUT_MS,
    tuning.requests,
    hooks.signal,
  );
  const { cluster, findings } = await checkCluster(config, hooks, setup).catch(
    async (error: unknown) => {
      throw await withDiagnostics(stopped('pre-flight', error, hooks), hooks, () =>
        loadKubeConfig(config.kubeconfig, process.env, config.audience),
      );
    },
  );
  if (findings.virtualization.schedulable === false) {
    // The node list may lag virt-handler's device plugin: let the VM show it (ErrorUnschedulable).
    hooks.warn(`${findings.virtualization.why}. Enable emulation or use a node with /dev/kvm.`);
  }

  if (config.repeat > 1) {
    await requireRoomForRepeats(config, cluster, hooks).catch((error: unknown) => {
      throw stopped('pre-flight', error, hooks);
    });
  }
  // A suite's checks with the expected path of the KubeVirt release found.
  const checks = config.checks && checksFor(config.checks, findings.kubevirtVersion);
  if (checks) {
    await requireRoomForChecks(checks, config.parallel, cluster, hooks).catch((error: unknown) => {
      throw stopped('pre-flight', error, hooks);
    });
  }
  if (hooks.signal?.aborted) throw new CancelledError();
  const runId = newRunId();
  const resources: RunResources = {
    kubeconfig: config.kubeconfig,
    namespace: config.namespace ?? generatedNamespaceName(runId),
    generatedNamespace: config.namespace === undefined,
    runId,
  };
  hooks.willCreate?.(resources);
  const attempts: Attempt[] = [];
  let suite: CheckInSuite[] | undefined;
  let outcome: CheckOutcome | undefined;
  let failure: { error: unknown; diagnostics?: Diagnostics } | undefined;
  try {
    if (resources.generatedNamespace) {
      await createNamespace(cluster, resources.namespace, runId, setup);
      hooks.log(`Created namespace ${resources.namespace}`);
    }
    const observer = await startObserver({
      kubeConfig: cluster.kubeConfig,
      namespace: resources.namespace,
      labelSelector: `${RUN_LABEL}=${runId}`,
      pollIntervalMs: config.pollIntervalMs,
      log: hooks.log,
      warn: hooks.warn,
      startWithinMs: setup.until - performance.now(),
    });
    const context: AttemptContext = { config, cluster, observer, resources, hooks, tuning };
    try {
      if (checks) {
        const shared = { cluster, observer, resources, hooks, tuning };
        suite = await runChecks(checks, config.parallel, shared, findings.kubevirtVersion);
      } else if (config.repeat > 1) await runRepeats(context, attempts);
      else await runAttempts(context, attempts);
    } finally {
      await observer.stop();
    }
    const verdicts = attempts.map((attempt) => attempt.verdict);
    const result = suite
      ? worstResult(suite.map((check) => check.outcome.result))
      : classifyAttempts(verdicts);
    const diagnostics =
      result === 'failed' || result === 'inconclusive'
        ? await diagnose(cluster, hooks, resources)
        : undefined;
    outcome = {
      result,
      attempts,
      durationMs: Math.round(performance.now() - started),
      environment: {
        kubernetesVersion: findings.kubernetesVersion,
        kubevirtVersion: findings.kubevirtVersion,
      },
      ...(config.repeat > 1 && { repeat: summarizeRepeats(verdicts) }),
      ...(suite && { checks: suite }),
      ...(diagnostics ? { diagnostics } : {}),
    };
  } catch (error) {
    const cancelled = error instanceof CancelledError || hooks.signal?.aborted;
    // Read before the cleanup deletes what the run created.
    failure = {
      error,
      diagnostics: cancelled ? undefined : await diagnose(cluster, hooks, resources),
    };
  }
  const leftovers = await cleanUp(
    config,
    cluster,
    resources,
    outcome,
    hooks,
    budget(tuning.cleanupTimeoutMs ?? CLEANUP_TIMEOUT_MS, tuning.requests),
  );
  if (failure || !outcome) {
    const error = failure?.error;
    if (error instanceof CancelledError || hooks.signal?.aborted)
      throw new CancelledError(leftovers);
    const stoppedError = new CheckStoppedError('run', error, [...attempts], leftovers);
    stoppedError.diagnostics = failure?.diagnostics;
    throw stoppedError;
  }
  return leftovers ? { ...outcome, leftovers } : outcome;
}

/**
 * What a KubeVirt developer asks for first (the run's VM, VMI, launcher pod and Events, the
 * KubeVirt CR, the components' logs), read before cleanup removes the run's objects. Never
 * throws; skipped when cancelled.
 */
async function diagnose(
  cluster: ClusterConnection,
  hooks: RunHooks,
  resources?: RunResources,
): Promise<Diagnostics | undefined> {
  if (hooks.signal?.aborted) return undefined;
  return hooks.group('Collecting diagnostics', async () => {
    // Only a run that went wrong needs them: in the bundle, a chunk loaded here.
    const { collectDiagnostics } = await import('./cluster/diagnostics.ts');
    const diagnostics = await collectDiagnostics(cluster, {
      namespace: resources?.namespace,
      labelSelector: resources ? `${RUN_LABEL}=${resources.runId}` : undefined,
      signal: hooks.signal,
    });
    // Nothing is written yet: the reporter writes them (and says where), problems.txt included.
    // The problems are not repeated here: an API's answer may quote a credential plugin.
    const problems = diagnostics.problems.length;
    hooks.log(
      `Collected ${diagnostics.files.length} diagnostic files${problems ? `; ${problems} ${problems === 1 ? 'item' : 'items'} could not be collected (problems.txt beside them says which)` : ''}. The report writes them and says where.`,
    );
    return diagnostics;
  });
}

/** Adds the diagnostics to a CheckStoppedError (a cancellation passes through as is). */
async function withDiagnostics(
  error: unknown,
  hooks: RunHooks,
  connect: () => ClusterConnection,
  resources?: RunResources,
): Promise<unknown> {
  if (!(error instanceof CheckStoppedError)) return error;
  let cluster: ClusterConnection;
  try {
    cluster = connect();
  } catch {
    return error; // no cluster to ask (the kubeconfig itself is the problem)
  }
  error.diagnostics = await diagnose(cluster, hooks, resources);
  return error;
}

/** The cluster's connection and pre-flight findings, or the error that makes the check impossible. */
async function checkCluster(
  config: Config,
  hooks: RunHooks,
  within: Budget,
): Promise<{ cluster: ClusterConnection; findings: Preflight }> {
  const cluster = loadKubeConfig(config.kubeconfig, process.env, config.audience);
  const findings = await hooks.group(`Pre-flight checks against ${cluster.server}`, async () => {
    const result = await preflight(cluster, {
      namespace: config.namespace,
      within,
      audience: config.audience,
    });
    logPreflight(result, hooks);
    return result;
  });
  if (config.checks) {
    for (const check of config.checks) {
      try {
        requireFeasible(check, findings);
      } catch (error) {
        throw new Error(`Check '${check.checkName}': ${errorMessage(error)}`, { cause: error });
      }
    }
  } else requireFeasible(config, findings);
  return { cluster, findings };
}

function logPreflight(findings: Preflight, hooks: RunHooks): void {
  hooks.log(
    `Kubernetes ${findings.kubernetesVersion}, KubeVirt ${findings.kubevirtVersion ?? 'version unknown'}`,
  );
  hooks.log(
    `ImageVolume feature gate: ${String(findings.imageVolume.enabled)} (${findings.imageVolume.why})`,
  );
  hooks.log(`Virtualization: ${findings.virtualization.why}`);
  findings.warnings.forEach((warning) => hooks.warn(warning));
}

/** Refuses to wait ten minutes for pull states that this cluster cannot show. */
function requireFeasible(config: Config, findings: Preflight): void {
  const needsPullStates = IMAGE_PULL_FAILURES.some((state) => pathStates(config.path).has(state));
  if (!needsPullStates) return;
  if (findings.imageVolume.enabled === true) {
    throw new Error(
      `The expected path needs ${IMAGE_PULL_FAILURES.join('/')}, but KubeVirt's ImageVolume feature gate is on (${findings.imageVolume.why}): ` +
        `image pull errors then never show as ErrImagePull and the VM stays Starting. Disable the gate: ` +
        `kubectl -n kubevirt patch kubevirt kubevirt --type=merge -p '{"spec":{"configuration":{"developerConfiguration":{"disabledFeatureGates":["ImageVolume"]}}}}'`,
    );
  }
}
