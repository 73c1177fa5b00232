// Creating and removing what a run needs: its namespace and its VMs. Removal waits (bounded)
// until the objects are really gone, so a next attempt or job starts from a clean cluster.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { apiFailure, describeApiError } from '../util/api-error.ts';
import type { ClusterConnection } from './kubeconfig.ts';
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
): Promise<void> {
  try {
    await cluster.kubeConfig.makeApiClient(CoreV1Api).createNamespace({
      body: {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, labels: { ...MANAGED_BY, [RUN_LABEL]: runId } },
      },
    });
  } catch (error) {
    throw new Error(
      `Cannot create namespace "${name}": ${describeApiError(error, cluster.server)}`,
      { cause: error },
    );
  }
}

export async function createVm(cluster: ClusterConnection, vm: VirtualMachine): Promise<void> {
  try {
    await cluster.kubeConfig.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
      ...VMS,
      namespace: vm.metadata.namespace,
      body: vm,
    });
  } catch (error) {
    throw new Error(
      `Cannot create VirtualMachine "${vm.metadata.namespace}/${vm.metadata.name}": ${describeApiError(error, cluster.server)}`,
      { cause: error },
    );
  }
}

export interface Removal {
  /** Whole time allowed for deleting and waiting. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Deletes the run's VMs in `namespace` and waits until no VM, VMI or launcher pod of the run is left. */
export async function removeRunVms(
  cluster: ClusterConnection,
  namespace: string,
  runId: string,
  removal: Removal,
): Promise<void> {
  const customObjects = cluster.kubeConfig.makeApiClient(CustomObjectsApi);
  const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
  const labelSelector = `${RUN_LABEL}=${runId}`;
  const vms = (await customObjects.listNamespacedCustomObject({
    ...VMS,
    namespace,
    labelSelector,
  })) as {
    items: VirtualMachine[];
  };
  await Promise.all(
    vms.items.map((vm) =>
      ignoreNotFound(
        customObjects.deleteNamespacedCustomObject({
          ...VMS,
          namespace,
          name: vm.metadata.name,
          propagationPolicy: 'Foreground',
        }),
      ),
    ),
  );
  await waitUntil(
    async () => {
      const [vmsLeft, vmisLeft, podsLeft] = await Promise.all([
        customObjects.listNamespacedCustomObject({ ...VMS, namespace, labelSelector }) as Promise<{
          items: unknown[];
        }>,
        customObjects.listNamespacedCustomObject({ ...VMIS, namespace, labelSelector }) as Promise<{
          items: unknown[];
        }>,
        core.listNamespacedPod({ namespace, labelSelector }),
      ]);
      return vmsLeft.items.length + vmisLeft.items.length + podsLeft.items.length === 0;
    },
    removal,
    `the VMs, VMIs and pods labelled ${labelSelector} in namespace "${namespace}" to be deleted`,
  );
}

/** Deletes a namespace the run generated, and waits until it is gone. */
export async function removeNamespace(
  cluster: ClusterConnection,
  name: string,
  removal: Removal,
): Promise<void> {
  const core = cluster.kubeConfig.makeApiClient(CoreV1Api);
  await ignoreNotFound(core.deleteNamespace({ name }));
  await waitUntil(
    async () => {
      try {
        await core.readNamespace({ name });
        return false;
      } catch (error) {
        if (apiFailure(error).code === 404) return true;
        throw error;
      }
    },
    removal,
    `namespace "${name}" to be deleted`,
  );
}

async function ignoreNotFound(request: Promise<unknown>): Promise<void> {
  try {
    await request;
  } catch (error) {
    if (apiFailure(error).code !== 404) throw error;
  }
}

async function waitUntil(
  done: () => Promise<boolean>,
  removal: Removal,
  what: string,
): Promise<void> {
  const deadline = Date.now() + removal.timeoutMs;
  for (;;) {
    if (await done()) return;
    if (Date.now() >= deadline) {
      throw new Error(
        `Timed out after ${Math.round(removal.timeoutMs / 1000)}s waiting for ${what}`,
      );
    }
    await sleep(GONE_POLL_INTERVAL_MS, undefined, { signal: removal.signal });
  }
}
