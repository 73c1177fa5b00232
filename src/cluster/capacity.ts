// Room for repeat mode's parallel VMs: their memory requests against the memory the schedulable
// nodes can give, so a `parallel` that cannot fit is refused before anything is created instead
// of showing up as ErrorUnschedulable VMs counted as failures.
import type { V1Node } from '../util/client-node.ts';
import { apiClient, budget, retrying } from './requests.ts';
import { describeApiError } from '../util/api-error.ts';
import { formatBytes, parseQuantity } from '../util/quantity.ts';
import type { ClusterConnection } from './kubeconfig.ts';
import type { VirtualMachine } from './manifest.ts';

/**
 * What virt-launcher adds to the VM's own memory request: an estimate. KubeVirt computes it per
 * VM (kubevirt/kubevirt pkg/virt-controller/services/renderresources.go, `GetMemoryOverhead`:
 * a fixed part for virt-launcher, virtqemud and QEMU, plus page tables and per-vCPU/device
 * parts); for the check's one-disk 128Mi VM it comes to about 200-250 MiB.
 */
export const LAUNCHER_OVERHEAD_BYTES = 256 * 2 ** 20;

export interface Room {
  /** Memory one VM's launcher pod requests (VM request plus the overhead estimate). */
  perVmBytes: number;
  /** Allocatable memory of the schedulable nodes, in all. */
  allocatableBytes: number;
  /** VMs that fit at once. */
  fits: number;
}

/** Time for listing the nodes, retries included. */
const ROOM_TIMEOUT_MS = 30_000;

/** The room for VMs like `vm`, or undefined with the reason when nodes cannot be read. */
export async function roomFor(
  cluster: ClusterConnection,
  vm: VirtualMachine,
): Promise<Room | { unknown: string }> {
  let nodes: V1Node[];
  try {
    const within = budget(ROOM_TIMEOUT_MS);
    const api = apiClient(cluster, within);
    nodes = (await retrying(() => api.listNode(), within)).items;
  } catch (error) {
    return { unknown: `could not list nodes (${describeApiError(error)})` };
  }
  const allocatableBytes = nodes
    .filter((node) => node.spec?.unschedulable !== true)
    .reduce((sum, node) => sum + (parseQuantity(node.status?.allocatable?.memory) ?? 0), 0);
  const perVmBytes = vmMemoryBytes(vm) + LAUNCHER_OVERHEAD_BYTES;
  return { perVmBytes, allocatableBytes, fits: Math.floor(allocatableBytes / perVmBytes) };
}

/** Refuses a `parallel` that the nodes cannot hold, naming the input and the largest that fits. */
export function requireRoom(room: Room, parallel: number): void {
  if (parallel <= room.fits) return;
  throw new Error(
    `parallel: ${parallel} VMs at once need about ${formatBytes(parallel * room.perVmBytes)} of memory ` +
      `(${formatBytes(room.perVmBytes)} each with virt-launcher's overhead), but the schedulable nodes have ` +
      `${formatBytes(room.allocatableBytes)} allocatable in all. ` +
      (room.fits > 0
        ? `Set parallel to ${room.fits} or less.`
        : 'Not even one VM fits: free memory on the nodes or use a smaller VM.'),
  );
}

/** Memory the launcher pod of `vm` requests: the VM's own plus the overhead estimate. */
export function launcherBytes(vm: VirtualMachine): number {
  return vmMemoryBytes(vm) + LAUNCHER_OVERHEAD_BYTES;
}

function vmMemoryBytes(vm: VirtualMachine): number {
  const domain = (vm.spec?.template?.spec?.domain ?? {}) as {
    resources?: { requests?: { memory?: string } };
    memory?: { guest?: string };
  };
  return (
    parseQuantity(domain.resources?.requests?.memory) ?? parseQuantity(domain.memory?.guest) ?? 0
  );
}
