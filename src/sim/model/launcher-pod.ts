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
import type { KubeObject } from '../objects.ts';
import type { KubevirtConfig } from './kubevirt-config.ts';
import type { ContainerSpec, PodSpec, VolumeSpec, Vmi } from './pod-types.ts';

export const LAUNCHER_LABEL = 'kubevirt.io';
export const LAUNCHER_LABEL_VALUE = 'virt-launcher';
export const CREATED_BY_LABEL = 'kubevirt.io/created-by';
export const VM_NAME_LABEL = 'vm.kubevirt.io/name';

/** `toContainerName`: `volume` + the volume name. */
export function containerDiskContainerName(volume: string): string {
  return `volume${volume}`;
}

/**
 * Resources of `compute`: without emulation it requests one `devices.kubevirt.io/kvm`, which
 * makes the pod unschedulable on a node without /dev/kvm
 * (pkg/virt-controller/services/renderresources.go `getRequiredResources`).
 */
function computeResources(config: KubevirtConfig) {
  const devices: Record<string, string> = {
    'devices.kubevirt.io/tun': '1',
    'devices.kubevirt.io/vhost-net': '1',
  };
  if (!config.useEmulation) devices['devices.kubevirt.io/kvm'] = '1';
  return { requests: { cpu: '100m', memory: '294Mi', ...devices }, limits: { ...devices } };
}

export function renderLauncherPod(
  vmi: Vmi,
  config: KubevirtConfig,
): Omit<KubeObject, 'metadata'> & { metadata: Partial<KubeObject['metadata']> } {
  const disks = (vmi.spec.volumes ?? []).filter((volume) => volume.containerDisk?.image);
  const initContainers: ContainerSpec[] = [];
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
      resources: computeResources(config),
    },
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
