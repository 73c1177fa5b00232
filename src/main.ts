// Action entry: inputs -> run -> report -> outputs. Thin on purpose; the work is in run.ts.
import * as core from '@actions/core';
import { kindSetupOptions, setupKind } from './cluster/kind.ts';
import { readConfig, type Config } from './config.ts';
import { runCheck } from './run.ts';
import { saveKindCluster } from './state.ts';
import { errorMessage } from './util/errors.ts';

export async function main(): Promise<void> {
  try {
    const config = readConfig((name) => core.getInput(name));
    if (config.githubToken) core.setSecret(config.githubToken);
    if (config.setup === 'kind') await setUpKind(config);
    const outcome = await runCheck(config);
    core.setOutput('result', outcome.result);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

/**
 * `setup: kind`: creates the cluster with KubeVirt and points the check at it. The cluster is
 * recorded for the post step just before it is created, so a failed setup is cleaned up too.
 */
async function setUpKind(config: Config): Promise<void> {
  core.startGroup('Setting up kind and KubeVirt');
  try {
    const cluster = await setupKind({
      ...kindSetupOptions(config, process.env, (line) => core.info(line)),
      beforeCreate: (ref) => saveKindCluster((key, value) => core.saveState(key, value), ref),
    });
    config.kubeconfig = cluster.kubeconfigPath;
    config.kubevirtVersion = cluster.kubevirtVersion;
  } finally {
    core.endGroup();
  }
}

await main();
