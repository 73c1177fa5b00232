// The scenario presets of `checks`: a VM made to reach one VM status, and the printableStatus path
// KubeVirt reports for it. Each path is read from KubeVirt's own status logic
// (github.com/kubevirt/kubevirt, the same at v1.7.4, v1.8.4 and v1.9.0, the releases of the e2e
// matrix): pkg/virt-controller/watch/vm/vm.go `setPrintableStatus` takes the first of Terminating,
// Stopping, Migrating, Paused, Running, ErrorPvcNotFound, DataVolumeError, ErrorUnschedulable,
// Provisioning, WaitingForVolumeBinding, ErrImagePull, ImagePullBackOff, Starting,
// CrashLoopBackOff, Stopped, WaitingForReceiver that holds, else Unknown. docs/presets.md has the
// chain of each preset, function by function.
import { builtInVm, type VirtualMachine, type VmIdentity } from './cluster/index.ts';
import { versionAtLeast } from './util/version.ts';

export const PRESET_NAMES = [
  'missing-image',
  'unschedulable',
  'missing-pvc',
  'missing-datavolume',
  'halted',
  'running',
] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

/** An expected path for the KubeVirt releases from `since` on (all of them when absent). */
export interface VersionedPath {
  /** The first release it holds for, e.g. `v0.57.0`. */
  since?: string;
  path: string;
  /** Where KubeVirt decides it: repository file and function. */
  source: string;
}

export interface Preset {
  name: PresetName;
  /** What the VM is made to do, in one sentence. */
  summary: string;
  /** Expected paths, newest release range first. */
  paths: readonly VersionedPath[];
  /** Its own default timeout, when the step's would not fit it. */
  timeout?: string;
  /** False when its VM cannot be scheduled on purpose: it takes no room on a node. */
  takesRoom: boolean;
  /** The VM of one attempt; `image` is the step's unpullable image. */
  vm(identity: VmIdentity, image: string): VirtualMachine;
}

/** A containerDisk KubeVirt publishes for its own tests and demos: small, pulls everywhere. */
export const BOOTABLE_IMAGE = 'quay.io/kubevirt/cirros-container-disk-demo:v1.9.0';

/** More memory than any node holds, so the launcher pod cannot be scheduled. */
export const UNSCHEDULABLE_MEMORY = '1Ti';

const VM_GO = 'kubevirt/kubevirt pkg/virt-controller/watch/vm/vm.go';
const DATAVOLUMES_GO = 'kubevirt/kubevirt pkg/virt-controller/watch/vmi/datavolumes.go';

/** The built-in VM with a change to its spec. */
function changed(
  identity: VmIdentity,
  image: string,
  change: (spec: Record<string, unknown>, vm: VirtualMachine) => void,
): VirtualMachine {
  const vm = builtInVm(identity, image);
  change(vm.spec.template.spec, vm);
  return vm;
}

/** A second disk on a volume the VM cannot get; the containerDisk is never pulled. */
function withVolume(identity: VmIdentity, image: string, volume: Record<string, unknown>) {
  return changed(identity, image, (spec) => {
    const domain = spec.domain as { devices: { disks: unknown[] } };
    domain.devices.disks.push({ name: 'missing', disk: { bus: 'virtio' } });
    (spec.volumes as unknown[]).push({ name: 'missing', ...volume });
  });
}

/** The name of a claim or DataVolume that does not exist: the VM's own name, so never shared. */
function missingName(identity: VmIdentity): string {
  return `${identity.name}-missing`;
}

export const PRESETS: Record<PresetName, Preset> = {
  'missing-image': {
    name: 'missing-image',
    summary: 'a containerDisk image that cannot be pulled: the kubelet backs off and retries',
    paths: [
      {
        path: 'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
        source: `${VM_GO} isVirtualMachineStatusErrImagePull / isVirtualMachineStatusImagePullBackOff (the VMI's Synchronized condition, set by pkg/virt-controller/watch/vmi/lifecycle.go checkForContainerImageError)`,
      },
    ],
    takesRoom: true,
    vm: (identity, image) => builtInVm(identity, image),
  },
  unschedulable: {
    name: 'unschedulable',
    summary: `a memory request (${UNSCHEDULABLE_MEMORY}) no node can hold: the launcher pod stays Pending, Unschedulable`,
    paths: [
      {
        path: 'ErrorUnschedulable',
        source: `${VM_GO} isVirtualMachineStatusUnschedulable (the VMI's PodScheduled=False condition with reason Unschedulable, copied from the launcher pod)`,
      },
    ],
    takesRoom: false,
    vm: (identity, image) =>
      changed(identity, image, (spec) => {
        (spec.domain as { resources: { requests: { memory: string } } }).resources.requests.memory =
          UNSCHEDULABLE_MEMORY;
      }),
  },
  'missing-pvc': {
    name: 'missing-pvc',
    summary: 'a persistentVolumeClaim volume whose claim does not exist: no launcher pod is made',
    paths: [
      {
        path: 'ErrorPvcNotFound',
        source: `${VM_GO} isVirtualMachineStatusPvcNotFound (the VMI's Synchronized=False condition with reason FailedPvcNotFound, from ${DATAVOLUMES_GO} areDataVolumesReady)`,
      },
    ],
    takesRoom: true,
    vm: (identity, image) =>
      withVolume(identity, image, {
        persistentVolumeClaim: { claimName: missingName(identity) },
      }),
  },
  'missing-datavolume': {
    name: 'missing-datavolume',
    summary:
      'a dataVolume volume whose DataVolume does not exist (CDI installed or not): KubeVirt looks for its PVC',
    paths: [
      {
        since: 'v0.57.0',
        path: 'ErrorPvcNotFound',
        source: `${VM_GO} isVirtualMachineStatusPvcNotFound (${DATAVOLUMES_GO} areDataVolumesReady looks up the PVC named like the DataVolume; ErrorDataVolumeNotFound was removed in v0.57.0, commit ef62cbfd13)`,
      },
      {
        path: 'ErrorDataVolumeNotFound',
        source: `${VM_GO} isVirtualMachineStatusDataVolumeNotFound (before v0.57.0)`,
      },
    ],
    takesRoom: true,
    vm: (identity, image) =>
      withVolume(identity, image, { dataVolume: { name: missingName(identity) } }),
  },
  halted: {
    name: 'halted',
    summary: '`runStrategy: Halted`: no VMI is created',
    paths: [
      {
        path: 'Stopped',
        source: `${VM_GO} isVirtualMachineStatusStopped (no VMI, and none expected: isVMIStartExpected is false)`,
      },
    ],
    takesRoom: false,
    vm: (identity, image) =>
      changed(identity, image, (_spec, vm) => {
        vm.spec.runStrategy = 'Halted';
      }),
  },
  running: {
    name: 'running',
    summary: `a pullable containerDisk (${BOOTABLE_IMAGE}) that boots`,
    paths: [
      {
        path: 'Starting -> Running',
        source: `${VM_GO} isVirtualMachineStatusStarting (VMI Pending, Scheduling or Scheduled), then isVirtualMachineStatusRunning (VMI phase Running, not paused)`,
      },
    ],
    // Pulling the disk and starting the domain under emulation on a runner can take minutes.
    timeout: '15m',
    takesRoom: true,
    vm: (identity) => builtInVm(identity, BOOTABLE_IMAGE),
  },
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/**
 * The preset's expected path for a KubeVirt release (`v1.8.4`); for an unknown release
 * (`undefined`, `stable` before the pre-flight read it) the newest range.
 */
export function presetPath(preset: Preset, kubevirtVersion?: string): VersionedPath {
  if (kubevirtVersion && /^v?\d+\.\d+/.test(kubevirtVersion)) {
    const found = preset.paths.find(
      (range) => range.since === undefined || versionAtLeast(kubevirtVersion, range.since),
    );
    if (found) return found;
  }
  return preset.paths[0]!;
}

/** `for KubeVirt v0.57.0 and later` / `for every KubeVirt release`: which range a path is for. */
export function rangeWords(preset: Preset, path: VersionedPath): string {
  const index = preset.paths.indexOf(path);
  const before = index > 0 ? preset.paths[index - 1]?.since : undefined;
  if (path.since && before) return `for KubeVirt ${path.since} up to before ${before}`;
  if (path.since) return `for KubeVirt ${path.since} and later`;
  if (before) return `for KubeVirt before ${before}`;
  return 'for every KubeVirt release';
}
