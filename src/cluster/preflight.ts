// Before creating anything: is the cluster reachable, is KubeVirt there and Available, can the
// image pull states happen at all (ImageVolume gate, KVM or emulation), and may we do what the
// run needs (RBAC)? Problems that make the run pointless are errors; doubts are warnings.
import type { V1ResourceAttributes } from '../util/client-node.ts';
import { apiFailure, describeApiError } from '../util/api-error.ts';
import type { KubeApi } from '../util/kube-api.ts';
import { settingOf, type Audience } from '../util/setting.ts';
import type { ClusterConnection } from './kubeconfig.ts';
import {
  apiClient,
  budget,
  CredentialPluginError,
  retrying,
  type Budget,
  type RetryOptions,
} from './requests.ts';

export interface Preflight {
  server: string;
  kubernetesVersion: string;
  kubevirtVersion?: string;
  /** Whether KubeVirt's ImageVolume feature gate is on: then pull errors never show as ErrImagePull. */
  imageVolume: { enabled: boolean | 'unknown'; why: string };
  /** Emulation and KVM: without either, the launcher pod is Unschedulable and no image is pulled. */
  virtualization: {
    useEmulation: boolean | 'unknown';
    kvmNodes: number | 'unknown';
    schedulable: boolean | 'unknown';
    why: string;
  };
  warnings: string[];
}

export class PreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreflightError';
  }
}

interface KubeVirtCr {
  metadata?: { name?: string; namespace?: string };
  spec?: {
    configuration?: {
      developerConfiguration?: {
        featureGates?: string[];
        disabledFeatureGates?: string[];
        useEmulation?: boolean;
      };
    };
  };
  status?: {
    observedKubeVirtVersion?: string;
    phase?: string;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
  };
}

const KUBEVIRT = { group: 'kubevirt.io', version: 'v1' };
/** The whole pre-flight, every request and retry included. */
export const PREFLIGHT_TIMEOUT_MS = 60_000;
/**
 * How long the pre-flight retries a refused connection: long enough for an API server that is
 * restarting, short enough that a mistyped host or port fails in seconds, not at the limit.
 */
export const REFUSED_RETRY_MS = 5_000;
/** KubeVirt >= 1.9 turns every Beta gate on by default, ImageVolume included (PR #17405). */
const BETA_GATES_ON_BY_DEFAULT_SINCE = [1, 9] as const;

export interface PreflightOptions {
  /** The namespace the run uses; `undefined` when the run generates one. */
  namespace?: string;
  /** Time for the whole pre-flight (default PREFLIGHT_TIMEOUT_MS) and the request limits. */
  within?: Budget;
  /** How long a refused connection is retried (default REFUSED_RETRY_MS). */
  refusedForMs?: number;
  /** Who reads the errors: they name the `namespace` input or the `--namespace` flag. */
  audience?: Audience;
}

export async function preflight(
  cluster: ClusterConnection,
  options: PreflightOptions,
): Promise<Preflight> {
  const { server } = cluster;
  const within = options.within ?? budget(PREFLIGHT_TIMEOUT_MS);
  const api = retryingClient(apiClient(cluster, within), within, {
    refusedForMs: options.refusedForMs ?? REFUSED_RETRY_MS,
  });
  const warnings: string[] = [];

  let kubernetesVersion: string;
  try {
    kubernetesVersion = (await api.getCode()).gitVersion;
  } catch (error) {
    throw new PreflightError(
      `${cannotDo(error)} the Kubernetes API server ${server} (kubeconfig ${cluster.source}): ${describeApiError(error, server)}`,
    );
  }

  const audience = options.audience ?? 'action';
  await requireKubeVirtApi(api, server, audience);
  const cr = await readKubeVirtCr(api, warnings);
  if (options.namespace) await requireNamespace(api, options.namespace, audience);
  await requirePermissions(api, options.namespace, warnings, audience);
  // A cancel turns the reads it cut short into warnings above: it must end the pre-flight.
  within.signal?.throwIfAborted();

  return {
    server,
    kubernetesVersion,
    kubevirtVersion: cr?.status?.observedKubeVirtVersion,
    imageVolume: imageVolumeGate(cr),
    virtualization: await virtualization(api, cr, warnings),
    warnings,
  };
}

/** What the first request's failure says: the server is not there, refuses us, or answers wrongly. */
function cannotDo(error: unknown): string {
  if (error instanceof CredentialPluginError) return 'Cannot log in to';
  const { code } = apiFailure(error);
  if (code === 401) return 'Cannot log in to';
  return code === undefined ? 'Cannot reach' : 'Cannot use';
}

/**
 * `api` with every method retried on transient failures, within the pre-flight's budget: every
 * pre-flight request reads (a SelfSubjectAccessReview creates nothing), so all may be repeated.
 */
function retryingClient<T extends object>(api: T, within: Budget, retry: RetryOptions): T {
  return new Proxy(api, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        retrying(
          () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args),
          within,
          retry,
        );
    },
  });
}

async function requireKubeVirtApi(api: KubeApi, server: string, audience: Audience): Promise<void> {
  try {
    const resources = await api.getAPIResources(KUBEVIRT);
    const names = new Set(resources.resources.map((resource) => resource.name));
    const missing = ['virtualmachines', 'virtualmachineinstances'].filter(
      (name) => !names.has(name),
    );
    if (missing.length > 0) {
      throw new PreflightError(
        `KubeVirt's API kubevirt.io/v1 on ${server} lacks ${missing.join(' and ')}: is KubeVirt fully installed?`,
      );
    }
  } catch (error) {
    if (error instanceof PreflightError) throw error;
    if (apiFailure(error).code === 404) {
      throw new PreflightError(
        `KubeVirt is not installed on ${server}: the API group kubevirt.io/v1 is not served (no VirtualMachine CRD). Install KubeVirt (https://kubevirt.io/user-guide/cluster_admin/installation/)${audience === 'cli' ? '' : ", or use 'setup: kind' to create a cluster with it"}.`,
      );
    }
    throw new PreflightError(
      `Cannot read KubeVirt's API kubevirt.io/v1 on ${server}: ${describeApiError(error, server)}`,
    );
  }
}

async function readKubeVirtCr(api: KubeApi, warnings: string[]): Promise<KubeVirtCr | undefined> {
  let items: KubeVirtCr[];
  try {
    const list = (await api.listClusterCustomObject({
      ...KUBEVIRT,
      plural: 'kubevirts',
    })) as { items?: KubeVirtCr[] };
    items = list.items ?? [];
  } catch (error) {
    warnings.push(
      `Could not read the KubeVirt CR (${describeApiError(error)}); the ImageVolume gate and emulation settings are unknown.`,
    );
    return undefined;
  }
  const cr = items[0];
  if (!cr) {
    throw new PreflightError(
      'KubeVirt is not deployed: its CRDs exist but there is no KubeVirt CR (kubectl get kubevirts -A is empty). Apply kubevirt-cr.yaml from the KubeVirt release.',
    );
  }
  const available = cr.status?.conditions?.find((condition) => condition.type === 'Available');
  if (available?.status !== 'True') {
    const where = `${cr.metadata?.namespace ?? '?'}/${cr.metadata?.name ?? '?'}`;
    const state = available
      ? `Available=${available.status}${available.reason ? ` (${available.reason}: ${available.message ?? ''})` : ''}`
      : `phase ${cr.status?.phase ?? 'unknown'}, no Available condition`;
    throw new PreflightError(
      `KubeVirt ${where} is not Available (${state}). Wait for it: kubectl -n ${cr.metadata?.namespace ?? 'kubevirt'} wait kv ${cr.metadata?.name ?? 'kubevirt'} --for condition=Available --timeout=10m`,
    );
  }
  return cr;
}

/**
 * kubevirt/kubevirt pkg/virt-config/featuregate/active.go registers ImageVolume as Beta (v1.7);
 * from v1.9 `featuregate.IsEnabled` turns every Beta gate on unless it is listed in
 * disabledFeatureGates (kubevirt/kubevirt PR #17405).
 */
export function imageVolumeGate(cr: KubeVirtCr | undefined): Preflight['imageVolume'] {
  if (!cr) return { enabled: 'unknown', why: 'the KubeVirt CR could not be read' };
  const developer = cr.spec?.configuration?.developerConfiguration ?? {};
  const version = cr.status?.observedKubeVirtVersion;
  if (developer.disabledFeatureGates?.includes('ImageVolume')) {
    return {
      enabled: false,
      why: 'ImageVolume is listed in developerConfiguration.disabledFeatureGates',
    };
  }
  if (developer.featureGates?.includes('ImageVolume')) {
    return { enabled: true, why: 'ImageVolume is listed in developerConfiguration.featureGates' };
  }
  const parsed = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (!parsed)
    return { enabled: 'unknown', why: `KubeVirt's version '${version ?? ''}' is unknown` };
  const [major, minor] = [Number(parsed[1]), Number(parsed[2])];
  const [sinceMajor, sinceMinor] = BETA_GATES_ON_BY_DEFAULT_SINCE;
  if (major > sinceMajor || (major === sinceMajor && minor >= sinceMinor)) {
    return {
      enabled: true,
      why: `KubeVirt ${version} enables Beta feature gates, ImageVolume among them, unless disabledFeatureGates lists it`,
    };
  }
  return {
    enabled: false,
    why: `KubeVirt ${version} enables ImageVolume only when featureGates lists it`,
  };
}

async function virtualization(
  api: KubeApi,
  cr: KubeVirtCr | undefined,
  warnings: string[],
): Promise<Preflight['virtualization']> {
  const useEmulation = cr
    ? cr.spec?.configuration?.developerConfiguration?.useEmulation === true
    : 'unknown';
  let kvmNodes: number | 'unknown' = 'unknown';
  try {
    const nodes = await api.listNode();
    kvmNodes = nodes.items.filter(
      (node) => parseFloat(node.status?.allocatable?.['devices.kubevirt.io/kvm'] ?? '0') > 0,
    ).length;
  } catch (error) {
    warnings.push(
      `Could not list nodes (${describeApiError(error)}); whether any node offers KVM is unknown.`,
    );
  }
  if (useEmulation === true)
    return { useEmulation, kvmNodes, schedulable: true, why: 'useEmulation is on' };
  if (typeof kvmNodes === 'number' && kvmNodes > 0) {
    return {
      useEmulation,
      kvmNodes,
      schedulable: true,
      why: `${kvmNodes} node(s) offer devices.kubevirt.io/kvm`,
    };
  }
  if (useEmulation === false && kvmNodes === 0) {
    return {
      useEmulation,
      kvmNodes,
      schedulable: false,
      why: 'no node offers devices.kubevirt.io/kvm and useEmulation is off, so the virt-launcher pod is Unschedulable (VM status ErrorUnschedulable) and the image is never pulled',
    };
  }
  return {
    useEmulation,
    kvmNodes,
    schedulable: 'unknown',
    why: 'neither emulation nor KVM could be confirmed',
  };
}

async function requireNamespace(
  api: KubeApi,
  namespace: string,
  audience: Audience,
): Promise<void> {
  try {
    await api.readNamespace({ name: namespace });
  } catch (error) {
    const failure = apiFailure(error);
    if (failure.code === 404) {
      throw new PreflightError(
        `namespace "${namespace}" not found: create it, or ${audience === 'cli' ? 'leave out --namespace' : "leave the 'namespace' input empty"} to let the check generate (and delete) one`,
      );
    }
    if (failure.code !== 403)
      throw new PreflightError(`Cannot read namespace "${namespace}": ${describeApiError(error)}`);
  }
}

type Need = V1ResourceAttributes & { verb: string; resource: string };

/** Verbs the check can do without: a resource it may not watch is polled (the observer's fallback). */
const OPTIONAL_VERBS = new Set(['watch']);

function permissionsNeeded(namespace: string | undefined): Need[] {
  const ns = namespace ?? '';
  const needs: Need[] = [];
  const add = (group: string, resource: string, verbs: string[]) =>
    verbs.forEach((verb) => needs.push({ group, resource, verb, namespace: ns || undefined }));
  add('kubevirt.io', 'virtualmachines', ['create', 'delete', 'get', 'list', 'watch']);
  add('kubevirt.io', 'virtualmachineinstances', ['get', 'list', 'watch']);
  add('', 'pods', ['list', 'watch']);
  add('', 'events', ['list', 'watch']);
  if (!namespace) {
    needs.push(
      { group: '', resource: 'namespaces', verb: 'create' },
      { group: '', resource: 'namespaces', verb: 'delete' },
    );
  }
  return needs;
}

async function requirePermissions(
  api: KubeApi,
  namespace: string | undefined,
  warnings: string[],
  audience: Audience,
): Promise<void> {
  const needs = permissionsNeeded(namespace);
  let answers: boolean[];
  try {
    answers = await Promise.all(
      needs.map(async (resourceAttributes) => {
        const review = await api.createSelfSubjectAccessReview({
          body: {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            spec: { resourceAttributes },
          },
        });
        return review.status?.allowed === true;
      }),
    );
  } catch (error) {
    warnings.push(
      `Could not check permissions with SelfSubjectAccessReview (${describeApiError(error)}); going on without.`,
    );
    return;
  }
  const denied = needs.filter((_, index) => !answers[index]);
  const unwatched = denied.filter((need) => OPTIONAL_VERBS.has(need.verb));
  if (unwatched.length > 0) {
    warnings.push(
      `The credentials may not watch ${unwatched.map(resourceName).join(', ')}: the check polls them instead (every poll-interval). ` +
        `A state shorter than the poll interval can be missed, which watching cannot; grant 'watch' for a check that sees every state.`,
    );
  }
  const missing = denied.filter((need) => !OPTIONAL_VERBS.has(need.verb));
  if (missing.length === 0) return;
  const lines = missing.map((need) => {
    return `  ${need.verb} ${resourceName(need)}${need.namespace ? ` in namespace "${need.namespace}"` : need.resource === 'namespaces' ? '' : ' (cluster-wide)'}`;
  });
  throw new PreflightError(
    `The credentials of this kubeconfig lack permissions the check needs:\n${lines.join('\n')}\nGrant them with a Role/ClusterRole and binding${namespace ? '' : `, or give an existing namespace (${settingOf('namespace', audience, 'NAME')}) so no namespace has to be created`}.`,
  );
}

function resourceName(need: Need): string {
  return need.group ? `${need.resource}.${need.group}` : need.resource;
}
