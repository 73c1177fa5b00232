// Creating and removing what a run needs: its namespace and its VMs. Removal waits (bounded)
// until the objects are really gone, so a next attempt or job starts from a clean cluster.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiFailure, describeApiError } from '../util/api-error.ts';
import { formatDuration } from '../util/duration.ts';
import type { ClusterConnection } from './kubeconfig.ts';
import { apiClient, retryDelayMs, retrying, type Budget } from './requests.ts';
import { MANAGED_BY, RUN_LABEL, type VirtualMachine } from './manifest.ts';

const VMS = { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' };
const VMIS = { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachineinstances' };
const GENERATED_NAMESPACE_PREFIX = 'kubevirt-transition-check-';
const GONE_POLL_INTERVAL_MS = 250;

/** Six lowercase characters: short enough for names, unique enough for one cluster. */
export function newRunId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(6), (byte) => alphabet[byte % alphabet.length]).join('');
}

export function generatedNamespaceName(runId: string): string {
  return `${GENERATED_NAMESPACE_PREFIX}${runId}`;
}

export async function createNamespace(
  cluster: ClusterConnection,
  name: string,
  runId: string,
  within: Budget,
): Promise<void> {
  const core = apiClient(cluster, within);
  try {
    await createOwned(
      () =>
        core.createNamespace({
          body: {
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: { name, labels: { ...MANAGED_BY, [RUN_LABEL]: runId } },
          },
        }),
      () => core.readNamespace({ name }),
      runId,
      within,
    );
  } catch (error) {
    throw new Error(
      `Cannot create namespace "${name}": ${describeApiError(error, cluster.server)}`,
      { cause: error },
    );
  }
}

export async function createVm(
  cluster: ClusterConnection,
  vm: VirtualMachine,
  within: Budget,
): Promise<void> {
  const customObjects = apiClient(cluster, within);
  const { name, namespace } = vm.metadata;
  try {
    await createOwned(
      () => customObjects.createNamespacedCustomObject({ ...VMS, namespace, body: vm }),
      () =>
        customObjects.getNamespacedCustomObject({ ...VMS, namespace, name }) as Promise<Labelled>,
      vm.metadata.labels?.[RUN_LABEL] ?? '',
      within,
    );
  } catch (error) {
    throw new Error(
      `Cannot create VirtualMachine "${namespace}/${name}": ${describeApiError(error, cluster.server)}`,
      { cause: error },
    );
  }
}

interface Labelled {
  metadata?: { labels?: Record<string, string> };
}

/**
 * Creates, retrying transient failures. A create whose answer was lost may have happened: its
 * repeat then meets 409 AlreadyExists, which counts as created when the object carries our run
 * label (nobody else makes such a name with that label).
 */
async function createOwned(
  create: () => Promise<unknown>,
  read: () => Promise<Labelled>,
  runId: string,
  within: Budget,
): Promise<void> {
  try {
    await retrying(create, within);
  } catch (error) {
    if (apiFailure(error).code !== 409 || !runId) throw error;
    const existing = await retrying(read, within);
    if (existing.metadata?.labels?.[RUN_LABEL] !== runId) throw error;
  }
}

/** Deletes the run's VMs in `namespace` and waits until no VM, VMI or launcher pod of the run is left. */
export async function removeRunVms(
  cluster: ClusterConnection,
  namespace: string,
  runId: string,
  within: Budget,
): Promise<void> {
  const api = apiClient(cluster, within);
  const labelSelector = `${RUN_LABEL}=${runId}`;
  const listed = async (resource: typeof VMS) =>
    (
      (await api.listNamespacedCustomObject({
        ...resource,
        namespace,
        labelSelector,
      })) as { items: VirtualMachine[] }
    ).items;
  const vms = await retrying(() => listed(VMS), within).catch((error: unknown) => {
    throw new Error(
      `Could not list the VMs labelled ${labelSelector} in namespace "${namespace}": ${describeApiError(error, cluster.server)}`,
      { cause: error },
    );
  });
  await Promise.all(
    vms.map((vm) =>
      retrying(
        () =>
          ignoring(
            [404],
            api.deleteNamespacedCustomObject({
              ...VMS,
              namespace,
              name: vm.metadata.name,
              propagationPolicy: 'Foreground',
            }),
          ),
        within,
      ).catch((error: unknown) => {
        throw new Error(
          `Could not delete VirtualMachine "${namespace}/${vm.metadata.name}": ${describeApiError(error, cluster.server)}`,
          { cause: error },
        );
      }),
    ),
  );
  await waitUntilGone(
    async () => {
      const [vmsLeft, vmisLeft, podsLeft] = await Promise.all([
        listed(VMS),
        listed(VMIS),
        api.listNamespacedPod({ namespace, labelSelector }).then((list) => list.items),
      ]);
      return vmsLeft.length + vmisLeft.length + podsLeft.length === 0;
    },
    within,
    `the VMs, VMIs and pods labelled ${labelSelector} in namespace "${namespace}" to be deleted`,
    cluster.server,
  );
}

/** Deletes a namespace the run generated, and waits until it is gone. */
export async function removeNamespace(
  cluster: ClusterConnection,
  name: string,
  within: Budget,
): Promise<void> {
  const core = apiClient(cluster, within);
  // 409: the namespace is already being deleted (Terminating).
  await retrying(() => ignoring([404, 409], core.deleteNamespace({ name })), within).catch(
    (error: unknown) => {
      throw new Error(
        `Could not delete namespace "${name}": ${describeApiError(error, cluster.server)}`,
        { cause: error },
      );
    },
  );
  await waitUntilGone(
    async () => {
      try {
        await core.readNamespace({ name });
        return false;
      } catch (error) {
        if (apiFailure(error).code === 404) return true;
        throw error;
      }
    },
    within,
    `namespace "${name}" to be deleted`,
    cluster.server,
  );
}

async function ignoring(codes: number[], request: Promise<unknown>): Promise<void> {
  try {
    await request;
  } catch (error) {
    const code = apiFailure(error).code;
    if (code === undefined || !codes.includes(code)) throw error;
  }
}

/**
 * Asks `gone` until it says yes or the budget ends. A check that fails transiently is asked
 * again (after the back-off it calls for); one that fails for good ends the wait.
 */
async function waitUntilGone(
  gone: () => Promise<boolean>,
  within: Budget,
  what: string,
  server: string,
): Promise<void> {
  const started = performance.now();
  let lastFailure: unknown;
  for (let failures = 0; ;) {
    let delayMs = GONE_POLL_INTERVAL_MS;
    try {
      if (await gone()) return;
      failures = 0;
      lastFailure = undefined;
    } catch (error) {
      const retryMs = retryDelayMs(error, failures++, within.limits);
      if (retryMs === undefined) {
        throw new Error(`Could not check ${what}: ${describeApiError(error, server)}`, {
          cause: error,
        });
      }
      lastFailure = error;
      delayMs = Math.max(delayMs, retryMs);
    }
    if (performance.now() + delayMs >= within.until || within.signal?.aborted) {
      const last = lastFailure
        ? `; the last check failed: ${describeApiError(lastFailure, server)}`
        : '';
      throw new Error(
        `Timed out after ${formatDuration(performance.now() - started)} waiting for ${what}${last}`,
      );
    }
    await sleep(delayMs);
  }
}

/** An object being deleted that its finalizers keep. */
export interface HeldObject {
  kind: 'vm' | 'vmi';
  name: string;
  finalizers: string[];
}

/**
 * The run's VMs and VMIs in `namespace` that are being deleted (a `deletionTimestamp`) but kept
 * by finalizers: what a namespace stuck Terminating waits for. One list each, within `within`;
 * empty when they cannot be listed (this only adds to a message).
 */
export async function heldByFinalizers(
  cluster: ClusterConnection,
  namespace: string,
  labelSelector: string,
  within: Budget,
): Promise<HeldObject[]> {
  const customObjects = apiClient(cluster, within);
  const held = async (kind: HeldObject['kind'], resource: typeof VMS): Promise<HeldObject[]> => {
    const list = (await customObjects.listNamespacedCustomObject({
      ...resource,
      namespace,
      labelSelector,
    })) as {
      items?: { metadata?: { name?: string; deletionTimestamp?: string; finalizers?: string[] } }[];
    };
    return (list.items ?? []).flatMap(({ metadata }) =>
      metadata?.deletionTimestamp && metadata.name && (metadata.finalizers ?? []).length > 0
        ? [{ kind, name: metadata.name, finalizers: metadata.finalizers ?? [] }]
        : [],
    );
  };
  const found = await Promise.all([held('vm', VMS), held('vmi', VMIS)]).catch(() => []);
  return found.flat();
}
