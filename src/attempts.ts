// The attempts of one check: each on a fresh VM, created, watched and verified until the
// verifier can decide, the timeout or cancellation; retried while a failure may be timing, or
// repeated `repeat` times, `parallel` at a time. run.ts joins the stages around them.
import type { Config } from './config/index.ts';
import {
  type ClusterConnection,
  builtInVm,
  containerDiskImages,
  vmFromTemplate,
  type VirtualMachine,
  type VmIdentity,
  budget,
  type RequestLimits,
  createVm,
  roomFor,
  requireRoom,
} from './cluster/index.ts';
import type { Observer } from './observe/index.ts';
import type { Timeline } from './observe/types.ts';
import {
  expandedSteps,
  mayBeTiming,
  trackPath,
  verify,
  type VerifyOptions,
  failureCause,
} from './verify/index.ts';
import type { Verdict } from './verify/types.ts';
import { atOnce } from './util/at-once.ts';
import { coalesce } from './util/coalesce.ts';
import { formatDuration } from './util/duration.ts';
import { literalPattern } from './util/pattern.ts';
import { formatBytes } from './util/quantity.ts';
import { settingOf } from './util/setting.ts';
import type { RunResources } from './cleanup.ts';
import { CancelledError, type Attempt, type Leftovers } from './outcome.ts';

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

export interface AttemptContext {
  config: Config;
  cluster: ClusterConnection;
  observer: Observer;
  resources: RunResources;
  hooks: RunHooks;
  tuning: RunTuning;
}

/** One attempt on a fresh VM: create it, wait for a decision, verify the timeline. */
export async function runAttempt(number: number, context: AttemptContext): Promise<Attempt> {
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

/** The VM of one attempt: the check's preset's, the `vm-manifest`'s, or the built-in one. */
export function vmOf(config: Config, identity: VmIdentity): VirtualMachine {
  if (config.preset) return config.preset.vm(identity, config.image);
  return config.vmTemplate
    ? vmFromTemplate(config.vmTemplate, identity)
    : builtInVm(identity, config.image);
}

/**
 * The VM a check would create, before any is: for what it asks of the nodes (its memory) and the
 * image it pulls. The identity is a stand-in: neither depends on it.
 */
export function sketchVm(config: Config): VirtualMachine {
  return vmOf(config, { name: config.vmName, namespace: 'default', runId: 'sketch' });
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
export async function runAttempts(context: AttemptContext, attempts: Attempt[]): Promise<void> {
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
export async function runRepeats(context: AttemptContext, attempts: Attempt[]): Promise<void> {
  const { config, hooks } = context;
  const runs: Attempt[] = [];
  let stoppedBy: Error | undefined;
  const run = async (index: number) => {
    try {
      runs.push(await runAttempt(index + 1, context));
    } catch (error) {
      stoppedBy ??= error instanceof Error ? error : new Error(String(error));
    }
    if (runs.length % REPEAT_PROGRESS_EVERY === 0 && stoppedBy === undefined) {
      const failed = runs.filter((done) => done.verdict.result !== 'passed').length;
      hooks.log(`… ${runs.length} of ${config.repeat} runs done, ${failed} not passed`);
    }
  };
  hooks.log(
    `Repeat mode: ${config.repeat} runs, ${Math.min(config.parallel, config.repeat)} at a time, one attempt each.`,
  );
  await atOnce(config.repeat, config.parallel, run, () => stoppedBy !== undefined);
  attempts.push(...runs.sort((a, b) => a.number - b.number));
  if (stoppedBy !== undefined) throw stoppedBy;
}

/** Checks before repeat mode creates anything that `parallel` VMs fit on the nodes. */
export async function requireRoomForRepeats(
  config: Config,
  cluster: ClusterConnection,
  hooks: RunHooks,
): Promise<void> {
  const room = await roomFor(cluster, sketchVm(config));
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
