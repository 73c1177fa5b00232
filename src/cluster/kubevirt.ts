// Installs a KubeVirt release with its operator manifest and a KubeVirt CR made for this check,
// and waits until KubeVirt reports Available, saying on the way what is not ready yet.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stringify } from 'yaml';
import { formatDuration } from '../util/duration.ts';
import { errorMessage } from '../util/errors.ts';
import { downloadFile, downloadText, type DownloadOptions } from './download.ts';
import { COMMAND_TIME_LIMITS, runTool, type CommandTimeLimits } from './exec.ts';
import {
  type KubeVirtObject,
  type Workload,
  type Pod,
  isAvailable,
  describeKubevirt,
} from './kubevirt-status.ts';

export const DEFAULT_KUBEVIRT_RELEASE_BASE_URL =
  'https://github.com/kubevirt/kubevirt/releases/download';
export const DEFAULT_KUBEVIRT_STABLE_URL =
  'https://storage.googleapis.com/kubevirt-prow/release/kubevirt/kubevirt/stable.txt';
export const DEFAULT_KUBEVIRT_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_POLL_INTERVAL_MS = 5_000;
const DEFAULT_PROGRESS_INTERVAL_MS = 30_000;
const CRD_TIMEOUT = '120s';
const FIELD_MANAGER = 'kubevirt-transition-check';
const RELEASE_TAG = /^v(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;

export interface Clock {
  now(): number;
  /** Rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
};

/** `stable` resolved through stable.txt (as KubeVirt's quickstart does); a tag stays as it is. */
export async function resolveKubevirtVersion(
  version: string,
  options: { stableUrl?: string; download?: DownloadOptions } = {},
): Promise<string> {
  if (version !== 'stable') return version;
  const url = options.stableUrl ?? DEFAULT_KUBEVIRT_STABLE_URL;
  const text = (await downloadText(url, options.download)).trim();
  if (!RELEASE_TAG.test(text)) {
    throw new Error(
      `${url} should name the stable KubeVirt release, such as v1.9.0, but says '${text.slice(0, 80)}'. Set kubevirt-version to a release tag instead of 'stable'.`,
    );
  }
  return text;
}

/** Whether a release tag is at least `major.minor` (false for what is not a release tag). */
function atLeast(version: string, major: number, minor: number): boolean {
  const match = RELEASE_TAG.exec(version);
  if (!match) return false;
  const [releaseMajor, releaseMinor] = [Number(match[1]), Number(match[2])];
  return releaseMajor > major || (releaseMajor === major && releaseMinor >= minor);
}

/**
 * True when the release has `developerConfiguration.disabledFeatureGates` (v1.8.0 and later).
 * v1.9.0 turns every Beta gate on by default, ImageVolume among them; with it a containerDisk
 * pull error never shows as ErrImagePull, so the gate is disabled wherever it can be.
 */
export function canDisableFeatureGates(version: string): boolean {
  return atLeast(version, 1, 8);
}

/**
 * Feature gates this check turns off: `ImageVolume` (see above) and `Template`, Beta and so on
 * in v1.9.0 (pkg/virt-config/featuregate/active.go), with which virt-operator deploys
 * virt-template: two more Deployments (virt-template-apiserver and -controller, two images to
 * pull), two CRDs, two APIServices and a webhook, and waits for them before it reports Available
 * (pkg/virt-operator/resource/apply/reconcile.go `virtTemplateDeploymentEnabled`). The check
 * never uses templates. Template is Alpha (off) in v1.8, so naming it there changes nothing.
 */
export const DISABLED_FEATURE_GATES = ['ImageVolume', 'Template'];

/** The KubeVirt CR for this check: unused parts off where the release allows, emulation when asked. */
export function kubevirtCr(version: string, emulation: boolean): Record<string, unknown> {
  const developerConfiguration: Record<string, unknown> = {};
  if (canDisableFeatureGates(version))
    developerConfiguration.disabledFeatureGates = [...DISABLED_FEATURE_GATES];
  if (emulation) developerConfiguration.useEmulation = true;
  const configuration: Record<string, unknown> = { developerConfiguration };
  // Unset, virt-operator creates the common instancetypes and preferences (about 120 cluster
  // objects, each through virt-api's webhook) before it reports Available
  // (reconcile.go `commonInstancetypesDeploymentEnabled`); the field exists from v1.4.0.
  if (atLeast(version, 1, 4)) configuration.commonInstancetypesDeployment = { enabled: false };
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'KubeVirt',
    metadata: { name: 'kubevirt', namespace: 'kubevirt' },
    spec: {
      certificateRotateStrategy: {},
      configuration,
      customizeComponents: {},
      imagePullPolicy: 'IfNotPresent',
      workloadUpdateStrategy: {},
    },
  };
}

export interface InstallKubevirtOptions {
  /** A release tag (already resolved from `stable`). */
  version: string;
  emulation: boolean;
  /** Why emulation is (not) used, repeated in the timeout error. */
  emulationReason?: string;
  kubectlPath: string;
  kubeconfigPath: string;
  /** Where the downloaded and rendered manifests are written. */
  workDir: string;
  /** The operator manifest, downloaded before the cluster is created (see `downloadOperator`). */
  operatorManifestPath: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  pollIntervalMs?: number;
  /** A progress line is logged when the state changes, and at least this often. */
  progressIntervalMs?: number;
  clock?: Clock;
  timeLimits?: Pick<CommandTimeLimits, 'quick' | 'apply'>;
  /** Aborting it kills the running kubectl and ends the wait. */
  signal?: AbortSignal;
  log: (line: string) => void;
}

/** Downloads `kubevirt-operator.yaml` of the release into `workDir`; returns its path. */
export async function downloadOperator(
  version: string,
  workDir: string,
  options: { releaseBaseUrl?: string; download?: DownloadOptions; log: (line: string) => void },
): Promise<string> {
  const base = (options.releaseBaseUrl ?? DEFAULT_KUBEVIRT_RELEASE_BASE_URL).replace(/\/+$/, '');
  const url = `${base}/${version}/kubevirt-operator.yaml`;
  const path = join(workDir, `kubevirt-operator-${version}.yaml`);
  options.log(`Downloading the KubeVirt ${version} operator manifest from ${url}`);
  try {
    await downloadFile(url, path, options.download);
  } catch (error) {
    throw new Error(
      `${errorMessage(error)}. Is '${version}' a KubeVirt release tag (see https://github.com/kubevirt/kubevirt/releases)?`,
      { cause: error },
    );
  }
  return path;
}

/** Applies the operator and the KubeVirt CR, then waits for `Available` (see `waitForKubevirt`). */
export async function installKubevirt(options: InstallKubevirtOptions): Promise<void> {
  const kubectl = kubectlFor(options);
  const limits = options.timeLimits ?? COMMAND_TIME_LIMITS;
  const apply = (file: string) =>
    kubectl(
      [
        'apply',
        '--server-side',
        '--force-conflicts',
        `--field-manager=${FIELD_MANAGER}`,
        '-f',
        file,
      ],
      limits.apply,
    );
  options.log(`Applying the KubeVirt ${options.version} operator`);
  await apply(options.operatorManifestPath);
  // It watches, with its own --timeout.
  await kubectl(
    [
      'wait',
      '--for=condition=Established',
      `--timeout=${CRD_TIMEOUT}`,
      'crd/kubevirts.kubevirt.io',
    ],
    undefined,
  );
  const crPath = join(options.workDir, 'kubevirt-cr.yaml');
  const cr = kubevirtCr(options.version, options.emulation);
  await writeFile(crPath, stringify(cr));
  options.log(`Applying the KubeVirt CR (${describeCr(options.version, options.emulation)})`);
  await apply(crPath);
  await waitForKubevirt(options);
}

/**
 * Polls the KubeVirt CR until its `Available` condition is True. Logs what is not ready (the
 * CR's phase and conditions, deployments and daemonsets short of ready, pods not ready and why)
 * when that changes; throws after `timeoutMs` with the last state and what to look at.
 */
export async function waitForKubevirt(options: InstallKubevirtOptions): Promise<void> {
  const clock = options.clock ?? realClock;
  const timeoutMs = options.timeoutMs ?? DEFAULT_KUBEVIRT_TIMEOUT_MS;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const progressIntervalMs = options.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS;
  const kubectl = kubectlFor(options);
  const limits = options.timeLimits ?? COMMAND_TIME_LIMITS;
  const getJson = async (args: string[]): Promise<unknown> =>
    JSON.parse((await kubectl([...args, '-o', 'json'], limits.quick)).stdout) as unknown;
  const started = clock.now();
  let lastSummary = '';
  let lastLogged = -Infinity;
  options.log(
    `Waiting up to ${formatDuration(timeoutMs)} for KubeVirt ${options.version} to become Available`,
  );
  for (;;) {
    let kubevirt: KubeVirtObject | undefined;
    let readError: string | undefined;
    options.signal?.throwIfAborted();
    try {
      kubevirt = (await getJson([
        '-n',
        'kubevirt',
        'get',
        'kubevirt',
        'kubevirt',
      ])) as KubeVirtObject;
    } catch (error) {
      options.signal?.throwIfAborted();
      readError = errorMessage(error);
    }
    const elapsed = clock.now() - started;
    if (kubevirt && isAvailable(kubevirt)) {
      options.log(`KubeVirt ${options.version} is Available (after ${formatDuration(elapsed)}).`);
      return;
    }
    const items = await listItems(getJson, [
      '-n',
      'kubevirt',
      'get',
      'deployments,daemonsets,pods',
    ]);
    const pods = items.filter((item) => item.kind === 'Pod');
    const workloads = items.filter((item) => item.kind !== 'Pod');
    const summary = describeKubevirt(kubevirt, workloads, pods, readError);
    if (summary !== lastSummary || clock.now() - lastLogged >= progressIntervalMs) {
      options.log(`[${formatDuration(elapsed)}] not yet Available: ${summary}`);
      lastSummary = summary;
      lastLogged = clock.now();
    }
    if (elapsed >= timeoutMs) throw new Error(timeoutMessage(options, timeoutMs, summary));
    await clock.sleep(Math.min(pollIntervalMs, Math.max(0, timeoutMs - elapsed)), options.signal);
  }
}

function timeoutMessage(
  options: InstallKubevirtOptions,
  timeoutMs: number,
  summary: string,
): string {
  const kubectl = `kubectl --kubeconfig ${options.kubeconfigPath} -n kubevirt`;
  const kvmHint = options.emulation
    ? ''
    : ` KVM is in use (${options.emulationReason ?? 'emulation: false'}): if virt-handler is not ready, try emulation: true.`;
  return [
    `KubeVirt ${options.version} did not become Available within ${formatDuration(timeoutMs)}.`,
    `Last state: ${summary}.`,
    `Look at '${kubectl} get kubevirt kubevirt -o yaml' (conditions), '${kubectl} get pods',`,
    `'${kubectl} describe pods' (image pulls, scheduling) and '${kubectl} logs deployment/virt-operator'.${kvmHint}`,
  ].join(' ');
}

function describeCr(version: string, emulation: boolean): string {
  const gate = canDisableFeatureGates(version)
    ? `feature gates ${DISABLED_FEATURE_GATES.join(' and ')} disabled`
    : 'no disabledFeatureGates before v1.8; ImageVolume and Template are off by default there';
  return `${gate}, ${emulation ? 'useEmulation: true' : 'KVM'}`;
}

async function listItems(
  getJson: (args: string[]) => Promise<unknown>,
  args: string[],
): Promise<(Workload & Pod)[]> {
  try {
    const list = (await getJson(args)) as { items?: (Workload & Pod)[] };
    return list.items ?? [];
  } catch {
    // The CR's own state is what decides; this list only explains it.
    return [];
  }
}

function kubectlFor(options: {
  kubectlPath: string;
  kubeconfigPath: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}) {
  return (args: string[], timeoutMs: number | undefined) =>
    runTool(options.kubectlPath, ['--kubeconfig', options.kubeconfigPath, ...args], {
      env: options.env,
      timeoutMs,
      signal: options.signal,
    });
}
