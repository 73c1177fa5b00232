// Post step (`post-if: always()`): removes whatever the main step created, also after it
// crashed, timed out or was cancelled. It never fails the job: problems become warnings.
import * as core from '@actions/core';
import { deleteKindCluster } from './cluster/kind.ts';
import { readKindCluster } from './state.ts';
import { errorMessage } from './util/errors.ts';

export async function post(): Promise<void> {
  try {
    await Promise.resolve();
    core.info('Nothing to clean up.');
  } catch (error) {
    core.warning(`Cleanup failed: ${errorMessage(error)}`);
  }
  await deleteCreatedKindCluster();
}

/** Deletes the kind cluster of `setup: kind`, if the main step created one (last: all else is in it). */
async function deleteCreatedKindCluster(): Promise<void> {
  try {
    const cluster = readKindCluster((key) => core.getState(key));
    if (cluster) await deleteKindCluster({ ...cluster, log: (line) => core.info(line) });
  } catch (error) {
    core.warning(
      `Could not delete the kind cluster: ${errorMessage(error)}. On a self-hosted runner, delete it with 'kind delete cluster --name <kind-cluster-name>'.`,
    );
  }
}

await post();
