// Every key the main step saves for the post step, in one place. The post step runs in its own
// process, so these strings (core.saveState / core.getState, called only by main.ts and post.ts)
// are all that passes between the two.
import type { KindClusterRef } from './cluster/index.ts';
import type { Config } from './config/index.ts';
import type { RunResources } from './cleanup.ts';
import type { CheckResult } from './outcome.ts';

export const STATE = {
  /** 'true' in the post step: the main step saves it first (src/action.ts runs either from it). */
  isPost: 'isPost',
  /** JSON `KindClusterRef` of the kind cluster the main step created; absent if it created none. */
  kindCluster: 'kind-cluster',
  /** JSON `SavedRun`: what the check is about to create, saved before it creates it. */
  run: 'run',
  /** The check's result, once it has one: `on-success` cleanup depends on it. */
  result: 'result',
  /** 'true' once the main step's cleanup left nothing behind (or kept things on purpose). */
  cleanedUp: 'cleaned-up',
} as const;

/** What the post step needs to remove what the check created, if the main step could not. */
export interface SavedRun extends RunResources {
  cleanup: Config['cleanup'];
}

/** `core.saveState` or a stand-in. */
export type SaveState = (key: string, value: string) => void;
/** `core.getState` or a stand-in: '' for a key never saved. */
export type GetState = (key: string) => string;

/** Saved just before `kind create cluster`, so even a half-created cluster is deleted. */
export function saveKindCluster(save: SaveState, cluster: KindClusterRef): void {
  save(STATE.kindCluster, JSON.stringify(cluster));
}

/** The kind cluster to delete, or `undefined` when the main step created none. */
export function readKindCluster(get: GetState): KindClusterRef | undefined {
  const saved = get(STATE.kindCluster);
  if (!saved) return undefined;
  const cluster = JSON.parse(saved) as Partial<KindClusterRef>;
  if (!cluster.clusterName || !cluster.kubeconfigPath || !cluster.kindPath) {
    throw new Error(`The saved state '${STATE.kindCluster}' is incomplete: ${saved}`);
  }
  return {
    clusterName: cluster.clusterName,
    kubeconfigPath: cluster.kubeconfigPath,
    kindPath: cluster.kindPath,
  };
}

export function saveRun(save: SaveState, run: SavedRun): void {
  save(STATE.run, JSON.stringify(run));
}

/** What the check created and the main step has not cleaned up itself, if anything. */
export function readUncleanedRun(
  get: GetState,
): { run: SavedRun; result?: CheckResult } | undefined {
  const saved = get(STATE.run);
  if (!saved || get(STATE.cleanedUp) === 'true') return undefined;
  const saidResult = get(STATE.result);
  if (saidResult !== '' && !RESULTS.includes(saidResult as CheckResult)) {
    throw new Error(
      `The saved state '${STATE.result}' is '${saidResult}', not one of ${RESULTS.join(', ')}`,
    );
  }
  return {
    run: parseSavedRun(saved),
    result: saidResult === '' ? undefined : (saidResult as CheckResult),
  };
}

const RESULTS: readonly CheckResult[] = ['passed', 'flaky', 'failed', 'inconclusive'];
const CLEANUPS: readonly SavedRun['cleanup'][] = ['always', 'on-success', 'never'];

/**
 * The saved run, checked field by field: the post step deletes what it names, so a state it
 * cannot read fully is an error that names the field, not a guess.
 */
function parseSavedRun(saved: string): SavedRun {
  const bad = (why: string) => new Error(`The saved state '${STATE.run}' ${why}: ${saved}`);
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    throw bad('is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw bad('is not an object');
  const run = value as Record<string, unknown>;
  const text = (field: string) => typeof run[field] === 'string' && run[field] !== '';
  if (!text('namespace')) throw bad('has no namespace');
  if (!text('runId')) throw bad('has no runId');
  if (typeof run.generatedNamespace !== 'boolean') throw bad('has no generatedNamespace');
  if (run.kubeconfig !== undefined && typeof run.kubeconfig !== 'string')
    throw bad('has a kubeconfig that is not a path');
  if (!CLEANUPS.includes(run.cleanup as SavedRun['cleanup']))
    throw bad(`has cleanup other than ${CLEANUPS.join(', ')}`);
  return {
    namespace: run.namespace as string,
    runId: run.runId as string,
    generatedNamespace: run.generatedNamespace,
    cleanup: run.cleanup as SavedRun['cleanup'],
    ...(run.kubeconfig === undefined ? {} : { kubeconfig: run.kubeconfig }),
  };
}
