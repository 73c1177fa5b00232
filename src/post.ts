// Post step (`post-if: always()`): removes whatever the main step created and did not remove
// itself, also after it crashed, timed out or was cancelled. It never fails the job: problems
// become warnings.
import * as core from '@actions/core';
import { type KindClusterRef, loadKubeConfig, budget } from './cluster/index.ts';
import { CLEANUP_TIMEOUT_MS, leftoversWarning, removeRun, shouldRemove } from './cleanup.ts';
import { readKindCluster, readUncleanedRun } from './state.ts';
import { errorMessage } from './util/errors.ts';
import { exitWhenDone } from './util/exit.ts';
import { logSafe } from './util/text.ts';

// Every line may carry cluster or kubeconfig data: none of it may command the runner.
const info = (line: string) => core.info(logSafe(line));
const warning = (line: string) => core.warning(logSafe(line));

export async function post(): Promise<void> {
  await removeLeftoverRun();
  await deleteCreatedKindCluster();
}

/** The namespace and VMs of a main step that ended before its own cleanup. */
async function removeLeftoverRun(): Promise<void> {
  try {
    const leftover = readUncleanedRun((key) => core.getState(key));
    if (!leftover) return;
    const { run, result } = leftover;
    // Deleting the cluster deletes everything in it, at once: no need to wait for each object.
    const cluster = createdKindCluster();
    if (cluster && run.kubeconfig === cluster.kubeconfigPath) {
      core.info(
        `Namespace ${run.namespace} of the check goes with kind cluster ${cluster.clusterName}.`,
      );
      return;
    }
    // No result means the main step never got one: it crashed or was cancelled.
    if (!shouldRemove(run.cleanup, result ?? 'cancelled')) {
      info(`Keeping namespace ${run.namespace} of the check (cleanup: ${run.cleanup}).`);
      return;
    }
    info(
      `The main step did not finish its cleanup; removing what it created in namespace ${run.namespace}.`,
    );
    const left = await removeRun(loadKubeConfig(run.kubeconfig), run, budget(CLEANUP_TIMEOUT_MS));
    if (!left) {
      info('Removed.');
      return;
    }
    // Left after the main step and the post step both tried: the job summary says so too.
    warning(leftoversWarning(left));
    const { leftoversNote } = await import('./report/render/markdown.ts');
    await core.summary.addRaw(`\n${leftoversNote(left, 'post')}\n`).write();
  } catch (error) {
    warning(`Cleanup of the check's VMs and namespace failed: ${errorMessage(error)}`);
  }
}

/** Deletes the kind cluster of `setup: kind`, if the main step created one (last: all else is in it). */
async function deleteCreatedKindCluster(): Promise<void> {
  try {
    const cluster = readKindCluster((key) => core.getState(key));
    if (!cluster) return;
    const { deleteKindCluster } = await import('./cluster/kind.ts');
    await deleteKindCluster({ ...cluster, log: (line) => info(line) });
  } catch (error) {
    warning(
      `Could not delete the kind cluster: ${errorMessage(error)}. On a self-hosted runner, delete it with 'kind delete cluster --name <kind-cluster-name>'.`,
    );
  }
}

/** The kind cluster the main step created, or undefined (also when its saved state is bad). */
function createdKindCluster(): KindClusterRef | undefined {
  try {
    return readKindCluster((key) => core.getState(key));
  } catch {
    return undefined; // said by deleteCreatedKindCluster
  }
}

await post();
exitWhenDone((line) => core.info(line));
