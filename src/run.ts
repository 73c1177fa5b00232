// One check: pre-flight -> namespace -> observer -> VM -> verdict, attempt after attempt ->
// cleanup. The only module that knows every stage; each stage is called through its own API.
import type { Config } from './config.ts';
import type { Diagnostics } from './cluster/diagnostics.ts';
import { loadKubeConfig, type ClusterConnection } from './cluster/kubeconfig.ts';
import {
  builtInVm,
  containerDiskImages,
  RUN_LABEL,
  vmFromTemplate,
  type VirtualMachine,
  type VmIdentity,
} from './cluster/manifest.ts';
import { PREFLIGHT_TIMEOUT_MS, preflight, type Preflight } from './cluster/preflight.ts';
import { budget, type Budget, type RequestLimits } from './cluster/requests.ts';
import {
  createNamespace,
  createVm,
  generatedNamespaceName,
  newRunId,
} from './cluster/resources.ts';
import { startObserver, type Observer } from './observe/index.ts';
import { coalesce } from './util/coalesce.ts';
import { formatDuration } from './util/duration.ts';
import { literalPattern } from './util/pattern.ts';
import {
  classifyAttempts,
  expandedSteps,
  IMAGE_PULL_FAILURES,
  mayBeTiming,
  pathStates,
  trackPath,
  verify,
  type VerifyOptions,
} from './verify/index.ts';
import type { Timeline } from './observe/types.ts';
import { failureCause, summarizeRepeats } from './verify/repeats.ts';
import { roomFor, requireRoom } from './cluster/capacity.ts';
import { formatBytes } from './util/quantity.ts';
import { settingOf } from './util/setting.ts';
import type { Verdict } from './verify/types.ts';
import { cleanUp, CLEANUP_TIMEOUT_MS, type RunResources } from './cleanup.ts';
import {
  CancelledError,
  CheckStoppedError,
  type Attempt,
  type CheckOutcome,
  type CheckStage,
  type Leftovers,
} from './outcome.ts';

/** How the run talks to its caller: the action (through @actions/core) or the CLI. */
export interface RunHooks {
  log: (line: string) => void;
  warn: (line: string) => void;
  group: <T>(title: string, work: () => Promise<T>) => Promise<T>;
  /** Told what is about to be created, before it is, so a post step can remove it after a crash. */
  willCreate?: (resources: RunResources) => void;
  /** Told once cleanup ended: what it could not remove, if anything (the post step tries again). */
  cleaned?: (leftovers: Leftovers | undefined) => void;
  /** Aborting it (cancel, SIGINT/SIGTERM) ends the wait early; cleanup still runs. */
  signal?: AbortSignal;
}

/** Waits of the verifier, for a simulated cluster whose time runs faster, and request limits. */
export interface RunTuning {
  settleMs?: number;
  unschedulableGraceMs?: number;
  /** Deadline of each request and the back-off of retries (default DEFAULT_REQUEST_LIMITS). */
  requests?: Partial<RequestLimits>;
  /** The whole pre-flight, retries included (default PREFLIGHT_TIMEOUT_MS). */
  preflightTimeoutMs?: number;
  /** The whole cleanup, retries included (default CLEANUP_TIMEOUT_MS). */
  cleanupTimeoutMs?: number;
}

/** How often a long wait says where it stands. */
const HEARTBEAT_MS = 30_000;
/** In repeat mode, a progress line after every this many runs. */
const REPEAT_PROGRESS_EVERY = 10;
/** How often the verifier is asked again when nothing new was observed. */
const DECIDE_TICK_MS = 1000;

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
      if (config.repeat > 1) await runRepeats(context, attempts);
      else await runAttempts(context, attempts);
    } finally {
      await observer.stop();
    }
    const verdicts = attempts.map((attempt) => attempt.verdict);
    const result = classifyAttempts(verdicts);
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

interface AttemptContext {
  config: Config;
  cluster: ClusterConnection;
  observer: Observer;
  resources: RunResources;
  hooks: RunHooks;
  tuning: RunTuning;
}

async function runAttempt(number: number, context: AttemptContext): Promise<Attempt> {
  const { config, cluster, observer, resources, hooks, tuning } = context;
  if (hooks.signal?.aborted) throw new CancelledError();
  const identity = {
    name: `${config.vmName}-${number}-${resources.runId}`,
    namespace: resources.namespace,
    runId: resources.runId,
  };
  const vm = vmOf(config, identity);
  const vmKey = `${identity.namespace}/${identity.name}`;
  const { settleMs, unschedulableGraceMs } = tuning;
  const options = { ...verifyOptions(config, vm), settleMs, unschedulableGraceMs };

  observer.track(vmKey);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  // The attempt's timeout covers creating its VM (retries included) and waiting for it.
  await createVm(cluster, vm, budget(config.timeoutMs, tuning.requests, hooks.signal));
  const leftMs = Math.max(0, started + config.timeoutMs - performance.now());
  hooks.log(
    `Created VirtualMachine ${vmKey} with containerDisk ${containerDiskImages(vm).join(', ')}; waiting up to ${formatDuration(leftMs)} for ${config.expectedPath}`,
  );

  const timedOut = await waitForDecision(observer, vmKey, options, leftMs, hooks);
  const timeline = observer.timeline(vmKey);
  const verdict = verify(timeline, { ...options, timedOut });
  if (config.repeat > 1) logRun(number, config.repeat, verdict, hooks);
  else logVerdict(number, verdict, hooks);
  return {
    number,
    vm: vmKey,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    timeline,
    verdict,
  };
}

/** HTTP requests the observer has made so far, over every resource. */
function apiRequests(observer: Observer): number {
  return Object.values(observer.stats()).reduce((sum, stats) => sum + stats.requests, 0);
}

function vmOf(config: Config, identity: VmIdentity): VirtualMachine {
  return config.vmTemplate
    ? vmFromTemplate(config.vmTemplate, identity)
    : builtInVm(identity, config.image);
}

function verifyOptions(config: Config, vm: VirtualMachine): Omit<VerifyOptions, 'timedOut'> {
  let expectedMessage = config.expectedMessage;
  if (!config.expectedMessageGiven) {
    // The default is "contains the image reference": the image the VM really pulls.
    expectedMessage = literalPattern(containerDiskImages(vm));
  }
  return {
    path: config.path,
    expectedPath: config.expectedPath,
    witness: config.witness,
    expectedMessage,
    pollIntervalMs: config.pollIntervalMs,
    audience: config.audience,
  };
}

/**
 * Waits until the verifier can decide (path complete, or no longer completable), the timeout,
 * or cancellation. Returns whether the attempt timed out.
 */
function waitForDecision(
  observer: Observer,
  vmKey: string,
  options: Omit<VerifyOptions, 'timedOut'>,
  timeoutMs: number,
  hooks: RunHooks,
): Promise<boolean> {
  const tracker = trackPath(options);
  const started = performance.now();
  return new Promise<boolean>((resolve) => {
    const finish = (timedOut: boolean) => {
      unsubscribe();
      changed.cancel();
      clearTimeout(timer);
      clearInterval(tick);
      clearInterval(heartbeat);
      hooks.signal?.removeEventListener('abort', onAbort);
      resolve(timedOut);
    };
    let seen = { timeline: observer.timeline(vmKey), at: performance.now() };
    const decide = (nowMs?: number) => {
      if (tracker.decide(seen.timeline, nowMs) !== undefined) finish(false);
    };
    // One rebuild and decision for a burst of new entries, not one per entry: a flapping VM
    // would make that cost grow with the square of its states and hold the timeout back.
    const changed = coalesce(() => {
      seen = { timeline: observer.timeline(vmKey), at: performance.now() };
      decide();
    });
    const onAbort = () => finish(false);
    const unsubscribe = observer.subscribe((which) => {
      if (which === vmKey) changed.request();
    });
    const timer = setTimeout(() => finish(true), timeoutMs);
    // Some rules (Running, ErrorUnschedulable) only count after a settle time, without new
    // entries: only the clock moved, so the timeline seen last is decided again at a later now.
    const tick = setInterval(
      () => decide(seen.timeline.endedAtMs + performance.now() - seen.at),
      Math.min(DECIDE_TICK_MS, options.settleMs ?? DECIDE_TICK_MS),
    );
    const heartbeat = setInterval(() => {
      const elapsed = performance.now() - started;
      hooks.log(
        `… ${formatDuration(elapsed)} in: ${describeProgress(observer.timeline(vmKey), options)}; ${formatDuration(timeoutMs - elapsed)} left`,
      );
    }, HEARTBEAT_MS);
    hooks.signal?.addEventListener('abort', onAbort, { once: true });
    if (hooks.signal?.aborted) finish(false);
    else decide();
  });
}

function describeProgress(timeline: Timeline, options: Omit<VerifyOptions, 'timedOut'>): string {
  const verdict = verify(timeline, { ...options, timedOut: false });
  const seen = verdict.observedPath.join(' -> ') || 'no state yet';
  return `${verdict.matched.length} of ${expandedSteps(options.path)} steps matched, seen ${seen}`;
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
  requireFeasible(config, findings);
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

/** Repeat mode: one line per run, no warning annotations (failures are counted, not flagged). */
function logRun(number: number, of: number, verdict: Verdict, hooks: RunHooks): void {
  const seen = verdict.observedPath.join(' -> ') || 'nothing';
  const cause = verdict.result === 'passed' ? '' : ` (${failureCause(verdict)})`;
  hooks.log(
    `Run ${number} of ${of}: ${verdict.result}${cause}. Observed (${verdict.witness}): ${seen}`,
  );
}

/**
 * Attempts one after the other, each on a fresh VM, while a failure may be timing; each
 * attempt's API requests are those the observer made during it (the first includes its start).
 */
async function runAttempts(context: AttemptContext, attempts: Attempt[]): Promise<void> {
  const { config, observer, hooks } = context;
  let requestsCounted = 0;
  for (let number = 1; number <= config.attempts; number++) {
    const attempt = await hooks.group(`Attempt ${number} of ${config.attempts}`, () =>
      runAttempt(number, context),
    );
    attempt.apiRequests = apiRequests(observer) - requestsCounted;
    requestsCounted += attempt.apiRequests;
    attempts.push(attempt);
    if (hooks.signal?.aborted) throw new CancelledError();
    if (attempt.verdict.result === 'passed') break;
    if (number < config.attempts) {
      if (!mayBeTiming(attempt.verdict)) {
        hooks.log(`Not retrying: ${whyNotRetrying(attempt.verdict, config)}`);
        break;
      }
      hooks.log(
        `Attempt ${number} ${attempt.verdict.result}; this may be timing, so trying again on a fresh VM.`,
      );
    }
  }
}

/**
 * Repeat mode: `repeat` fresh VMs, `parallel` at a time, one attempt each on the shared observer
 * (no retries: a retry would hide the failures being counted). An error that stops one run stops
 * the others from starting; those under way finish and are kept.
 */
async function runRepeats(context: AttemptContext, attempts: Attempt[]): Promise<void> {
  const { config, hooks } = context;
  const runs: Attempt[] = [];
  let next = 1;
  let stoppedBy: Error | undefined;
  const worker = async () => {
    while (next <= config.repeat && stoppedBy === undefined) {
      const number = next++;
      try {
        runs.push(await runAttempt(number, context));
      } catch (error) {
        stoppedBy ??= error instanceof Error ? error : new Error(String(error));
      }
      if (runs.length % REPEAT_PROGRESS_EVERY === 0 && stoppedBy === undefined) {
        const failed = runs.filter((run) => run.verdict.result !== 'passed').length;
        hooks.log(`… ${runs.length} of ${config.repeat} runs done, ${failed} not passed`);
      }
    }
  };
  hooks.log(
    `Repeat mode: ${config.repeat} runs, ${Math.min(config.parallel, config.repeat)} at a time, one attempt each.`,
  );
  await Promise.all(Array.from({ length: Math.min(config.parallel, config.repeat) }, worker));
  attempts.push(...runs.sort((a, b) => a.number - b.number));
  if (stoppedBy !== undefined) throw stoppedBy;
}

/** Checks before repeat mode creates anything that `parallel` VMs fit on the nodes. */
async function requireRoomForRepeats(
  config: Config,
  cluster: ClusterConnection,
  hooks: RunHooks,
): Promise<void> {
  const vm = vmOf(config, { name: config.vmName, namespace: 'default', runId: 'capacity' });
  const room = await roomFor(cluster, vm);
  if ('unknown' in room) {
    hooks.warn(
      `Repeat mode: ${room.unknown}, so whether ${config.parallel} VMs fit at once is unknown; VMs that cannot be scheduled count as infrastructure failures.`,
    );
    return;
  }
  requireRoom(room, Math.min(config.parallel, config.repeat));
  hooks.log(
    `Room for ${room.fits} VMs at once (${formatBytes(room.perVmBytes)} each, ${formatBytes(room.allocatableBytes)} allocatable); running ${Math.min(config.parallel, config.repeat)}.`,
  );
}

/** Why a failed attempt is not tried again on a fresh VM, for the log. */
function whyNotRetrying(verdict: Verdict, config: Config): string {
  if (verdict.result === 'inconclusive' && !verdict.contradiction) {
    return `the attempt timed out, and a fresh VM would wait for the same back-off; more time (${settingOf('timeout', config.audience)}) helps only if the path was still progressing (see the cause).`;
  }
  return 'a fresh VM would fail the same way (this failure does not depend on timing).';
}

/** The verdict as log lines; the report makes its one annotation, so no warning here. */
function logVerdict(number: number, verdict: Verdict, hooks: RunHooks): void {
  hooks.log(
    `Attempt ${number}: ${verdict.result}. Observed (${verdict.witness}): ${verdict.observedPath.join(' -> ') || 'nothing'}`,
  );
  hooks.log(verdict.explanation);
  if (verdict.kubeletTiming) hooks.log(verdict.kubeletTiming.summary);
}
