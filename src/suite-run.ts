// A suite (`checks`): every check side by side on the run's one observer and namespace,
// `parallel` at a time, each with its own attempts (attempts.ts) and its own result. run.ts
// creates and removes what they share; this file runs the checks between.
import type { Config } from './config/index.ts';
import {
  type ClusterConnection,
  containerDiskImages,
  launcherBytes,
  roomFor,
} from './cluster/index.ts';
import type { Observer } from './observe/index.ts';
import { CancelledError, type Attempt, type CheckInSuite, type CheckResult } from './outcome.ts';
import { presetPath, rangeWords } from './presets.ts';
import { atOnce } from './util/at-once.ts';
import { formatBytes } from './util/quantity.ts';
import { formatDuration } from './util/duration.ts';
import { errorMessage } from './util/errors.ts';
import { classifyAttempts, parsePath } from './verify/index.ts';
import type { RunResources } from './cleanup.ts';
import {
  runAttempts,
  sketchVm,
  type AttemptContext,
  type RunHooks,
  type RunTuning,
} from './attempts.ts';

/** Worst first: the suite's result is the first of these that any check has. */
const WORST_FIRST: readonly CheckResult[] = ['failed', 'inconclusive', 'flaky', 'passed'];

/** The worst result of the checks (`passed` for none). */
export function worstResult(results: readonly CheckResult[]): CheckResult {
  return WORST_FIRST.find((result) => results.includes(result)) ?? 'passed';
}

/**
 * Each check as it will run on a cluster of KubeVirt `kubevirtVersion`: the preset's path for
 * that release when the check gave none, and a VM name of its own (`<vm-name>-c<n>`).
 */
export function checksFor(checks: readonly Config[], kubevirtVersion?: string): Config[] {
  return checks.map((check, index) => {
    const vmName = `${check.vmName.slice(0, 46)}-c${index + 1}`;
    if (!check.preset || !check.pathFromPreset) return { ...check, vmName };
    const chosen = presetPath(check.preset, kubevirtVersion);
    return { ...check, vmName, expectedPath: chosen.path, path: parsePath(chosen.path) };
  });
}

/** Where a check's expected path comes from, for the report: `preset halted, for every …`. */
export function pathSource(check: Config, kubevirtVersion?: string): string {
  if (!check.preset) return 'expected-path';
  if (!check.pathFromPreset) return `expected-path (preset ${check.preset.name})`;
  const chosen = presetPath(check.preset, kubevirtVersion);
  const release = kubevirtVersion ? `, KubeVirt ${kubevirtVersion} found` : '';
  return `preset ${check.preset.name}, ${rangeWords(check.preset, chosen)}${release}`;
}

/**
 * Refuses, before anything is created, a `parallel` whose largest checks do not fit on the
 * nodes at once: each check's own VM memory (a preset that is never scheduled takes none).
 */
export async function requireRoomForChecks(
  checks: readonly Config[],
  parallel: number,
  cluster: ClusterConnection,
  hooks: RunHooks,
): Promise<void> {
  const needs = checks
    .filter((check) => check.preset?.takesRoom !== false)
    .map((check) => ({ name: check.checkName, bytes: launcherBytes(sketchVm(check)) }))
    .sort((a, b) => b.bytes - a.bytes);
  const first = checks.find((check) => check.preset?.takesRoom !== false);
  if (!first || needs.length === 0) return;
  const room = await roomFor(cluster, sketchVm(first));
  if ('unknown' in room) {
    hooks.warn(
      `Suite: ${room.unknown}, so whether ${parallel} checks fit at once is unknown; a check whose VM cannot be scheduled fails.`,
    );
    return;
  }
  const atOnce = needs.slice(0, parallel);
  const total = atOnce.reduce((sum, need) => sum + need.bytes, 0);
  if (total > room.allocatableBytes) {
    throw new Error(
      `parallel: the ${atOnce.length} largest checks at once (${atOnce.map((need) => `'${need.name}' ${formatBytes(need.bytes)}`).join(', ')}) need about ${formatBytes(total)} of memory with virt-launcher's overhead, but the schedulable nodes have ${formatBytes(room.allocatableBytes)} allocatable in all. Set parallel lower, or free memory on the nodes.`,
    );
  }
  hooks.log(
    `Room for the checks: the ${atOnce.length} largest at once need ${formatBytes(total)} of ${formatBytes(room.allocatableBytes)} allocatable.`,
  );
}

/** The containerDisk image a check's VM pulls (the first, when it has several). */
function imageOf(check: Config): string {
  return containerDiskImages(sketchVm(check))[0] ?? check.image;
}

/** A check's log lines carry its name; its attempts' groups become lines (groups cannot interleave). */
function checkHooks(name: string, hooks: RunHooks): RunHooks {
  const prefix = `[${name}] `;
  return {
    ...hooks,
    log: (line) => hooks.log(prefix + line),
    warn: (line) => hooks.warn(prefix + line),
    group: (title, work) => {
      hooks.log(prefix + title);
      return work();
    },
  };
}

interface Shared {
  cluster: ClusterConnection;
  observer: Observer;
  resources: RunResources;
  hooks: RunHooks;
  tuning: RunTuning;
}

/**
 * Runs every check, `parallel` at a time, on the shared observer, each with its attempts. A check
 * whose run stops on an error is `failed` with that error; the others go on. Cancellation stops
 * them all (CancelledError). Results in the order of the list.
 */
export async function runChecks(
  checks: readonly Config[],
  parallel: number,
  shared: Shared,
  kubevirtVersion?: string,
): Promise<CheckInSuite[]> {
  const { hooks } = shared;
  const results: CheckInSuite[] = [];
  const runOne = async (index: number) => {
    const check = checks[index]!;
    const context: AttemptContext = {
      ...shared,
      config: check,
      hooks: checkHooks(check.checkName, hooks),
    };
    const attempts: Attempt[] = [];
    const started = performance.now();
    let error: string | undefined;
    try {
      await runAttempts(context, attempts);
    } catch (thrown) {
      if (thrown instanceof CancelledError || hooks.signal?.aborted) throw thrown;
      error = errorMessage(thrown);
      context.hooks.warn(`stopped: ${error}`);
    }
    const result = error ? 'failed' : classifyAttempts(attempts.map((a) => a.verdict));
    const durationMs = Math.round(performance.now() - started);
    context.hooks.log(`${result} in ${formatDuration(durationMs)}`);
    results[index] = {
      name: check.checkName,
      ...(check.preset && { preset: check.preset.name }),
      expectedPath: check.expectedPath,
      pathSource: pathSource(check, kubevirtVersion),
      witness: check.witness,
      image: imageOf(check),
      attemptsAllowed: check.attempts,
      outcome: {
        result,
        attempts,
        durationMs,
        ...(error && { error: { stage: 'run', message: error } }),
      },
    };
  };
  hooks.log(
    `Suite: ${checks.length} checks, ${Math.min(parallel, checks.length)} at a time, in ${shared.resources.namespace}.`,
  );
  await atOnce(checks.length, parallel, runOne);
  return results;
}
