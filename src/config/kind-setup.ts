// `setup: kind`'s options, built here from the Config and the `SETUP_ENV` variables, so the kind
// setup (src/cluster/kind.ts) takes plain options and never reads the Config.
import type { KindSetupOptions } from '../cluster/index.ts';
import { parseDuration } from '../util/duration.ts';
import type { Config } from './types.ts';

/**
 * Environment variables that point the setup at other binaries or download sources (a mirror,
 * an air-gapped runner, or the tests' local server). Unset: the projects' own release URLs.
 */
export const SETUP_ENV = {
  /** A kind binary (path, or a name looked up on PATH) used instead of downloading one. */
  kindPath: 'KTC_KIND_PATH',
  /** A kubectl binary used instead of downloading one. */
  kubectlPath: 'KTC_KUBECTL_PATH',
  /** Replaces https://github.com/kubernetes-sigs/kind/releases/download. */
  kindBaseUrl: 'KTC_KIND_BASE_URL',
  /** Replaces https://dl.k8s.io/release. */
  kubectlBaseUrl: 'KTC_KUBECTL_BASE_URL',
  /** Replaces https://github.com/kubevirt/kubevirt/releases/download. */
  kubevirtReleaseBaseUrl: 'KTC_KUBEVIRT_RELEASE_BASE_URL',
  /** Replaces the stable.txt URL that resolves `kubevirt-version: stable`. */
  kubevirtStableUrl: 'KTC_KUBEVIRT_STABLE_URL',
  /** How long KubeVirt may take to become Available, e.g. `20m` (default 15m). */
  kubevirtTimeout: 'KTC_KUBEVIRT_TIMEOUT',
} as const;

/** The setup's options from the Config and the `SETUP_ENV` variables. */
export function kindSetupOptions(
  config: Config,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): KindSetupOptions {
  const timeout = env[SETUP_ENV.kubevirtTimeout];
  const kubevirtTimeoutMs = timeout ? parseDuration(timeout) : undefined;
  if (timeout && kubevirtTimeoutMs === undefined) {
    throw new Error(`${SETUP_ENV.kubevirtTimeout}='${timeout}' is not a duration such as 20m.`);
  }
  return {
    clusterName: config.kindClusterName,
    kindVersion: config.kindVersion,
    kubectlVersion: config.kubectlVersion,
    nodeImage: config.kindNodeImage,
    kubevirtVersion: config.kubevirtVersion,
    emulation: config.emulation,
    kubeconfigPath: config.kubeconfig,
    kindPath: env[SETUP_ENV.kindPath] || undefined,
    kubectlPath: env[SETUP_ENV.kubectlPath] || undefined,
    kindBaseUrl: env[SETUP_ENV.kindBaseUrl] || undefined,
    kubectlBaseUrl: env[SETUP_ENV.kubectlBaseUrl] || undefined,
    kubevirtReleaseBaseUrl: env[SETUP_ENV.kubevirtReleaseBaseUrl] || undefined,
    kubevirtStableUrl: env[SETUP_ENV.kubevirtStableUrl] || undefined,
    kubevirtTimeoutMs,
    env,
    log,
  };
}
