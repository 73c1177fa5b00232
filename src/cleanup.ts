// What a run creates and how it is removed: used by the runner at the end of a check and by the
// post step after a main step that could not finish (crashed, killed, cancelled).
import type { ClusterConnection } from './cluster/kubeconfig.ts';
import { RUN_LABEL } from './cluster/manifest.ts';
import { removeNamespace, removeRunVms } from './cluster/resources.ts';
import type { Config } from './config.ts';
import type { CheckOutcome } from './outcome.ts';
import { errorMessage } from './util/errors.ts';

/** How cleanup talks to its caller: the run's hooks or the post step's log. */
export interface CleanupHooks {
  log: (line: string) => void;
  warn: (line: string) => void;
  group: <T>(title: string, work: () => Promise<T>) => Promise<T>;
  signal?: AbortSignal;
}

/** Everything a run creates, as plain data: the post step's cleanup works from this alone. */
export interface RunResources {
  kubeconfig?: string;
  namespace: string;
  /** True when the run created the namespace (and so deletes it). */
  generatedNamespace: boolean;
  runId: string;
}

/** Time allowed for deleting the run's VMs and namespace and seeing them gone. */
export const CLEANUP_TIMEOUT_MS = 180_000;

/** Whether what a run created is deleted, per `cleanup`; a cancelled run is always tidied up. */
export function shouldRemove(
  cleanup: Config['cleanup'],
  result: CheckOutcome['result'] | 'cancelled' | undefined,
): boolean {
  if (cleanup === 'never') return false;
  if (cleanup === 'always' || result === 'cancelled') return true;
  return result === 'passed' || result === 'flaky';
}

/** Removes what the run created, or says how to, per `cleanup`; never throws. */
export async function cleanUp(
  config: Config,
  cluster: ClusterConnection,
  resources: RunResources,
  outcome: CheckOutcome | undefined,
  hooks: CleanupHooks,
): Promise<void> {
  const result = hooks.signal?.aborted ? 'cancelled' : outcome?.result;
  if (!shouldRemove(config.cleanup, result)) {
    hooks.log(
      `Keeping namespace ${resources.namespace} and the VMs labelled ${RUN_LABEL}=${resources.runId} (cleanup: ${config.cleanup}). ` +
        `Delete them with: kubectl delete vm -n ${resources.namespace} -l ${RUN_LABEL}=${resources.runId}` +
        (resources.generatedNamespace ? ` && kubectl delete namespace ${resources.namespace}` : ''),
    );
    return;
  }
  await hooks.group('Cleaning up', async () => {
    try {
      await removeRun(cluster, resources, CLEANUP_TIMEOUT_MS);
      hooks.log(
        resources.generatedNamespace
          ? `Deleted namespace ${resources.namespace} and everything in it.`
          : `Deleted the run's VMs in ${resources.namespace}.`,
      );
    } catch (error) {
      hooks.warn(`Cleanup incomplete: ${errorMessage(error)}`);
    }
  });
}

/** Removes what a run created: its VMs (and their VMIs and pods), then its generated namespace. */
export async function removeRun(
  cluster: ClusterConnection,
  resources: RunResources,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const left = () => Math.max(1, deadline - performance.now());
  await removeRunVms(cluster, resources.namespace, resources.runId, { timeoutMs: left() });
  if (resources.generatedNamespace)
    await removeNamespace(cluster, resources.namespace, { timeoutMs: left() });
}
