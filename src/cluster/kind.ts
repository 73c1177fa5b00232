// `setup: kind`: kind and kubectl from the tool cache, KVM or emulation, a kind cluster, and
// KubeVirt on it, Available. The post step deletes the cluster with `deleteKindCluster`.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { errorMessage } from '../util/errors.ts';
import type { DownloadOptions } from './download.ts';
import { COMMAND_TIME_LIMITS, runTool, ToolError, type CommandTimeLimits } from './exec.ts';
import { decideEmulation, type KvmOptions } from './kvm.ts';
import {
  downloadOperator,
  installKubevirt,
  resolveKubevirtVersion,
  type Clock,
} from './kubevirt.ts';
import { installTool, toolCacheRoot } from './tools.ts';

export interface KindSetupOptions {
  clusterName: string;
  kindVersion: string;
  kubectlVersion: string;
  /** kind's `--image`; `undefined`: the default node image of `kindVersion`. */
  nodeImage?: string;
  /** A release tag or `stable`. */
  kubevirtVersion: string;
  emulation: 'auto' | 'true' | 'false';
  /** Where kind writes the cluster's kubeconfig (default: `<workDir>/kind-<cluster>.kubeconfig`). */
  kubeconfigPath?: string;
  /** Manifests and the kubeconfig (default: `$RUNNER_TEMP/kubevirt-transition-check/kind`). */
  workDir?: string;
  /** Use this kind (a path, or a name on PATH) instead of installing `kindVersion`. */
  kindPath?: string;
  /** Use this kubectl instead of installing `kubectlVersion`. */
  kubectlPath?: string;
  /** Root of the tool cache (default: `$RUNNER_TOOL_CACHE`, else under the temp dir). */
  toolCacheDir?: string;
  kindBaseUrl?: string;
  kubectlBaseUrl?: string;
  kubevirtReleaseBaseUrl?: string;
  kubevirtStableUrl?: string;
  download?: DownloadOptions;
  /** kind's `--wait` for the control plane (default `120s`). */
  kindWait?: string;
  kubevirtTimeoutMs?: number;
  pollIntervalMs?: number;
  progressIntervalMs?: number;
  clock?: Clock;
  /** Time limits of kind and kubectl commands (tests shorten them); see `COMMAND_TIME_LIMITS`. */
  timeLimits?: Partial<CommandTimeLimits>;
  /** Aborting it (cancel, SIGINT/SIGTERM) kills the running command and ends every wait. */
  signal?: AbortSignal;
  /** Device, udev rule path and root detection, for tests. */
  kvm?: Omit<KvmOptions, 'log' | 'env'>;
  /** Environment of every tool run (its PATH finds `kind`, `kubectl`, `sudo`, `udevadm`). */
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /**
   * Called just before `kind create cluster`, and only when this setup creates the cluster: save
   * what the post step needs here, so a cluster is deleted even when its creation fails halfway.
   */
  beforeCreate?: (cluster: KindClusterRef) => void;
}

/** What `deleteKindCluster` needs: saved by the main step, read by the post step. */
export interface KindClusterRef {
  clusterName: string;
  kubeconfigPath: string;
  kindPath: string;
}

export interface KindCluster extends KindClusterRef {
  /** False when a cluster of that name existed already and was reused (and must be kept). */
  created: boolean;
  /** The installed KubeVirt release tag (`stable` resolved). */
  kubevirtVersion: string;
  emulation: boolean;
  kubectlPath: string;
  /** How long creating (or reusing) the cluster and installing KubeVirt took, ms. */
  timings: { clusterMs: number; kubevirtMs: number };
}

const DEFAULT_KIND_WAIT = '120s';

/**
 * Creates (or reuses) the kind cluster and installs KubeVirt on it, Available. What can fail
 * cheaply fails first: the KubeVirt version and its operator manifest are fetched, and the tools
 * installed, before any cluster is created.
 */
export async function setupKind(options: KindSetupOptions): Promise<KindCluster> {
  const env = options.env ?? process.env;
  const { log, clusterName, signal } = options;
  const limits = { ...COMMAND_TIME_LIMITS, ...options.timeLimits };
  const download = { env, ...options.download, signal };
  const workDir = resolve(
    options.workDir ?? join(env.RUNNER_TEMP || tmpdir(), 'kubevirt-transition-check', 'kind'),
  );
  await mkdir(workDir, { recursive: true });
  const kubeconfigPath = resolve(
    options.kubeconfigPath ?? join(workDir, `kind-${clusterName}.kubeconfig`),
  );

  // KubeVirt release
  const kubevirtVersion = await resolveKubevirtVersion(options.kubevirtVersion, {
    stableUrl: options.kubevirtStableUrl,
    download,
  });
  if (kubevirtVersion !== options.kubevirtVersion) {
    log(`kubevirt-version ${options.kubevirtVersion} is ${kubevirtVersion}`);
  }
  const operatorManifestPath = await downloadOperator(kubevirtVersion, workDir, {
    releaseBaseUrl: options.kubevirtReleaseBaseUrl,
    download,
    log,
  });

  // Tools
  const cacheRoot = options.toolCacheDir ?? toolCacheRoot(env);
  const install = (tool: 'kind' | 'kubectl', version: string, baseUrl: string | undefined) =>
    installTool({ tool, version, baseUrl, cacheRoot, download, log });
  const [kindPath, kubectlPath] = await Promise.all([
    options.kindPath ?? install('kind', options.kindVersion, options.kindBaseUrl),
    options.kubectlPath ?? install('kubectl', options.kubectlVersion, options.kubectlBaseUrl),
  ]);
  const kind = (args: string[], timeoutMs = limits.quick, onStderrLine?: (line: string) => void) =>
    runTool(kindPath, args, { env, onStderrLine, timeoutMs, signal });
  log((await kind(['version'])).stdout.trim());

  // KVM or emulation, before the node container copies /dev/kvm
  const decision = await decideEmulation(options.emulation, {
    ...options.kvm,
    env,
    log,
    timeoutMs: limits.quick,
    signal,
  });
  log(`${decision.emulation ? 'Software emulation' : 'KVM'}: ${decision.reason}`);

  // Cluster
  const clusterStarted = performance.now();
  const ref: KindClusterRef = { clusterName, kubeconfigPath, kindPath };
  const existing = (await kind(['get', 'clusters'])).stdout.split('\n').map((line) => line.trim());
  const created = !existing.includes(clusterName);
  if (created) {
    options.beforeCreate?.(ref);
    log(
      `Creating kind cluster ${clusterName}${options.nodeImage ? ` (${options.nodeImage})` : ''}`,
    );
    const args = ['create', 'cluster', '--name', clusterName, '--kubeconfig', kubeconfigPath];
    args.push('--wait', options.kindWait ?? DEFAULT_KIND_WAIT);
    if (options.nodeImage) args.push('--image', options.nodeImage);
    try {
      await kind(args, limits.createCluster, log);
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new Error(`${errorMessage(error)}\n${createHint(clusterName, error)}`, {
        cause: error,
      });
    }
  } else {
    log(
      `kind cluster ${clusterName} exists already: using it, and leaving it in place afterwards. Its KVM or emulation was decided when it was created.`,
    );
    await kind(['export', 'kubeconfig', '--name', clusterName, '--kubeconfig', kubeconfigPath]);
  }
  log(`Kubeconfig of kind cluster ${clusterName}: ${kubeconfigPath}`);

  // KubeVirt
  const kubevirtStarted = performance.now();
  await installKubevirt({
    version: kubevirtVersion,
    emulation: decision.emulation,
    emulationReason: decision.reason,
    kubectlPath,
    kubeconfigPath,
    workDir,
    operatorManifestPath,
    env,
    timeoutMs: options.kubevirtTimeoutMs,
    pollIntervalMs: options.pollIntervalMs,
    progressIntervalMs: options.progressIntervalMs,
    clock: options.clock,
    timeLimits: limits,
    signal,
    log,
  });
  const timings = {
    clusterMs: Math.round(kubevirtStarted - clusterStarted),
    kubevirtMs: Math.round(performance.now() - kubevirtStarted),
  };
  return {
    ...ref,
    created,
    kubevirtVersion,
    emulation: decision.emulation,
    kubectlPath,
    timings,
  };
}

/** Deletes the kind cluster (and its context in the kubeconfig). Deleting a missing one is fine. */
export async function deleteKindCluster(
  cluster: KindClusterRef & {
    env?: NodeJS.ProcessEnv;
    log: (line: string) => void;
    timeoutMs?: number;
  },
): Promise<void> {
  cluster.log(`Deleting kind cluster ${cluster.clusterName}`);
  await runTool(
    cluster.kindPath,
    ['delete', 'cluster', '--name', cluster.clusterName, '--kubeconfig', cluster.kubeconfigPath],
    {
      env: cluster.env,
      onStderrLine: cluster.log,
      timeoutMs: cluster.timeoutMs ?? COMMAND_TIME_LIMITS.deleteCluster,
    },
  );
}

function createHint(clusterName: string, error: unknown): string {
  if (error instanceof ToolError && /already exist/.test(error.stderr)) {
    return `A kind cluster named '${clusterName}' appeared while this setup ran: delete it with 'kind delete cluster --name ${clusterName}', or choose another kind-cluster-name.`;
  }
  return `Could not create the kind cluster '${clusterName}': kind needs a running Docker (or Podman) daemon; 'docker info' shows whether it can be reached.`;
}
