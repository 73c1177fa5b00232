// The virt-launcher pod virt-controller renders for a VMI, reduced to what a client sees:
// pkg/virt-controller/services/template.go (`renderLaunchManifest`, ~L556-690) and
// pkg/container-disk/container-disk.go.
//
// Legacy path (ImageVolume off), per containerDisk volume <vol>:
//   initContainers: container-disk-binary (launcher image), volume<vol>-init (disk image, --no-op:
//                   "this causes containerDisks to be pre-pulled before virt-launcher starts")
//   containers:     compute (launcher image, always first), volume<vol> (disk image, --copy-path)
// ImageVolume path: the disk is a Kubernetes image volume; an init container volume<vol> (no
// `-init`) with the disk image resolves its digest (`CreateImageVolumeInitContainer`).
// On either path, unless the serial console log is off, `guest-console-log` comes first
// (services/serialconsolelog.go): from KubeVirt v1.6.0 a native sidecar (an init container with
// `restartPolicy: Always`, commit da149f3faf), before that a regular container after `compute`.
// Every launcher pod has the readiness gate `kubevirt.io/virtual-machine-unpaused`
// (template.go `readinessGates()`). The sidecar and the gate together make the kubelet re-sync
// the pod after each of its own status writes (kubelet.ts, docs/kubelet-timing.md).
import { isRecord, type KubeObject } from '../objects.ts';
import { versionAtLeast, type KubevirtConfig } from './kubevirt-config.ts';
import type { ContainerSpec, PodSpec, VolumeSpec, Vmi } from './pod-types.ts';

export const LAUNCHER_LABEL = 'kubevirt.io';
export const LAUNCHER_LABEL_VALUE = 'virt-launcher';
export const CREATED_BY_LABEL = 'kubevirt.io/created-by';
export const VM_NAME_LABEL = 'vm.kubevirt.io/name';

/** The VirtualMachineUnpaused pod condition (staging/src/kubevirt.io/api/core/v1/types.go). */
export const UNPAUSED_CONDITION = 'kubevirt.io/virtual-machine-unpaused';
export const SERIAL_CONSOLE_LOG_CONTAINER = 'guest-console-log';

/**
 * serialconsolelog.go `isSerialConsoleLogEnabled`: a VMI's `autoattachSerialConsole: false`
 * turns it off; its `logSerialConsole`, when set, decides (true overrides the cluster's
 * setting); else the cluster's `disableSerialConsoleLog`.
 */
export function serialConsoleLogEnabled(vmi: Vmi, config: KubevirtConfig): boolean {
  const domain = isRecord(vmi.spec.domain) ? vmi.spec.domain : {};
  const devices = isRecord(domain.devices) ? domain.devices : {};
  if (devices.autoattachSerialConsole === false) return false;
  if (typeof devices.logSerialConsole === 'boolean') return devices.logSerialConsole;
  return !config.serialConsoleLogDisabled;
}

/** `generateSerialConsoleLogContainer`: virt-tail on the launcher image, a native sidecar from v1.6. */
function serialConsoleLogContainer(vmi: Vmi, config: KubevirtConfig): ContainerSpec {
  return {
    name: SERIAL_CONSOLE_LOG_CONTAINER,
    image: config.launcherImage,
    imagePullPolicy: 'IfNotPresent',
    command: ['/usr/bin/virt-tail'],
    args: ['--logfile', `/var/run/kubevirt-private/${vmi.metadata.uid}/virt-serial0-log`],
    resources: {
      requests: { cpu: '5m', memory: '35M' },
      limits: { cpu: '15m', memory: '60M' },
    },
    ...(nativeSidecar(config) ? { restartPolicy: 'Always' } : {}),
  };
}

/** KubeVirt v1.6.0 made `guest-console-log` an init container with `restartPolicy: Always`. */
function nativeSidecar(config: KubevirtConfig): boolean {
  return versionAtLeast(config.version, 1, 6);
}

/** `toContainerName`: `volume` + the volume name. */
export function containerDiskContainerName(volume: string): string {
  return `volume${volume}`;
}

/** What virt-launcher's compute container asks beyond the guest's memory, for a one-disk VM. */
const MEMORY_OVERHEAD_MI = 166;

/**
 * The memory `compute` requests: the guest's request plus virt-launcher's overhead
 * (pkg/virt-controller/services/renderresources.go `WithMemoryOverhead`, `GetMemoryOverhead`),
 * 294Mi for the check's 128Mi VM.
 */
function computeMemory(vmi: Vmi): string {
  const domain = (vmi.spec.domain ?? {}) as { resources?: { requests?: { memory?: unknown } } };
  const guest = domain.resources?.requests?.memory;
  const guestMi = typeof guest === 'string' ? mebibytes(guest) : undefined;
  return `${Math.ceil((guestMi ?? 128) + MEMORY_OVERHEAD_MI)}Mi`;
}

const UNIT: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** A Kubernetes memory quantity (`128Mi`, `1Ti`, `2G`) in bytes, or undefined. */
export function quantityBytes(quantity: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(quantity.trim());
  if (!match) return undefined;
  return Number(match[1]) * UNIT[match[2] ?? '']!;
}

function mebibytes(quantity: string): number | undefined {
  const bytes = quantityBytes(quantity);
  return bytes === undefined ? undefined : bytes / 2 ** 20;
}

/**
 * Resources of `compute`: without emulation it requests one `devices.kubevirt.io/kvm`, which
 * makes the pod unschedulable on a node without /dev/kvm
 * (pkg/virt-controller/services/renderresources.go `getRequiredResources`).
 */
function computeResources(vmi: Vmi, config: KubevirtConfig) {
  const devices: Record<string, string> = {
    'devices.kubevirt.io/tun': '1',
    'devices.kubevirt.io/vhost-net': '1',
  };
  if (!config.useEmulation) devices['devices.kubevirt.io/kvm'] = '1';
  return {
    requests: { cpu: '100m', memory: computeMemory(vmi), ...devices },
    limits: { ...devices },
  };
}

export function renderLauncherPod(
  vmi: Vmi,
  config: KubevirtConfig,
): Omit<KubeObject, 'metadata'> & { metadata: Partial<KubeObject['metadata']> } {
  const disks = (vmi.spec.volumes ?? []).filter((volume) => volume.containerDisk?.image);
  const consoleLog = serialConsoleLogEnabled(vmi, config)
    ? serialConsoleLogContainer(vmi, config)
    : undefined;
  const initContainers: ContainerSpec[] = consoleLog && nativeSidecar(config) ? [consoleLog] : [];
  const containers: ContainerSpec[] = [
    {
      name: 'compute',
      image: config.launcherImage,
      imagePullPolicy: 'IfNotPresent',
      command: [
        '/usr/bin/virt-launcher-monitor',
        '--qemu-timeout',
        '264s',
        '--name',
        vmi.metadata.name,
        '--uid',
        vmi.metadata.uid,
        '--namespace',
        vmi.metadata.namespace ?? '',
      ],
      resources: computeResources(vmi, config),
    },
    ...(consoleLog && !nativeSidecar(config) ? [consoleLog] : []),
  ];
  const volumes: VolumeSpec[] = [
    { name: 'private', emptyDir: {} },
    { name: 'public', emptyDir: {} },
    { name: 'container-disks', emptyDir: {} },
  ];
  if (config.imageVolume) {
    for (const disk of disks) {
      const image = disk.containerDisk!.image;
      volumes.push({
        name: disk.name,
        image: {
          reference: image,
          pullPolicy: disk.containerDisk?.imagePullPolicy ?? 'IfNotPresent',
        },
      });
      initContainers.push({
        name: containerDiskContainerName(disk.name),
        image,
        imagePullPolicy: 'IfNotPresent',
        command: ['/usr/bin/container-disk'],
        args: ['--no-op'],
      });
    }
  } else if (disks.length > 0) {
    initContainers.push({
      name: 'container-disk-binary',
      image: config.launcherImage,
      imagePullPolicy: 'IfNotPresent',
      command: [
        '/usr/bin/cp',
        '--preserve=all',
        '/usr/bin/container-disk',
        '/init/usr/bin/container-disk',
      ],
    });
    disks.forEach((disk, index) => {
      const image = disk.containerDisk!.image;
      const pullPolicy = disk.containerDisk?.imagePullPolicy ?? 'IfNotPresent';
      initContainers.push({
        name: `${containerDiskContainerName(disk.name)}-init`,
        image,
        imagePullPolicy: pullPolicy,
        command: ['/usr/bin/container-disk'],
        args: ['--no-op'],
      });
      containers.push({
        name: containerDiskContainerName(disk.name),
        image,
        imagePullPolicy: pullPolicy,
        command: ['/var/run/kubevirt/init/usr/bin/container-disk'],
        args: [
          '--copy-path',
          `/var/run/kubevirt-ephemeral-disks/container-disk-data/${vmi.metadata.uid}/disk_${index}`,
        ],
      });
    });
  }
  const vmName =
    vmi.metadata.ownerReferences?.find((ref) => ref.kind === 'VirtualMachine')?.name ??
    vmi.metadata.name;
  const spec: PodSpec = {
    initContainers,
    containers,
    volumes,
    nodeSelector: { 'kubevirt.io/schedulable': 'true' },
    readinessGates: [{ conditionType: UNPAUSED_CONDITION }],
    restartPolicy: 'Never',
    schedulerName: 'default-scheduler',
    automountServiceAccountToken: false,
    terminationGracePeriodSeconds: (vmi.spec.terminationGracePeriodSeconds ?? 30) + 15,
  };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `virt-launcher-${vmi.metadata.name}-`,
      namespace: vmi.metadata.namespace,
      labels: {
        ...vmi.metadata.labels,
        [LAUNCHER_LABEL]: LAUNCHER_LABEL_VALUE,
        [CREATED_BY_LABEL]: vmi.metadata.uid,
        [VM_NAME_LABEL]: vmName,
      },
      annotations: {
        'kubevirt.io/domain': vmi.metadata.name,
        'kubectl.kubernetes.io/default-container': 'compute',
      },
      ownerReferences: [
        {
          apiVersion: 'kubevirt.io/v1',
          kind: 'VirtualMachineInstance',
          name: vmi.metadata.name,
          uid: vmi.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec,
  };
}
