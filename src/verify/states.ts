// The state names this tool knows, from KubeVirt (kubevirt/kubevirt
// staging/src/kubevirt.io/api/core/v1/types.go `VirtualMachinePrintableStatus`,
// `VirtualMachineInstancePhase`) and the kubelet (kubernetes/kubernetes
// pkg/kubelet/images/types.go, pkg/kubelet/container/sync_result.go, pkg/kubelet/kubelet_pods.go),
// and what it knows about them: which ones are image pull errors, and which ones rule out others.
import type { Witness } from '../observe/types.ts';

/** `status.printableStatus` of a VirtualMachine (KubeVirt `VirtualMachinePrintableStatus`). */
export const VM_PRINTABLE_STATUSES = [
  'Stopped',
  'Provisioning',
  'Starting',
  'Running',
  'Paused',
  'Stopping',
  'Terminating',
  'CrashLoopBackOff',
  'Migrating',
  'Unknown',
  'ErrorUnschedulable',
  'ErrImagePull',
  'ImagePullBackOff',
  'ErrorPvcNotFound',
  'DataVolumeError',
  'WaitingForVolumeBinding',
  'WaitingForReceiver',
] as const;

/** `status.phase` of a VirtualMachineInstance. */
export const VMI_PHASES = [
  'Pending',
  'Scheduling',
  'Scheduled',
  'Running',
  'Succeeded',
  'Failed',
  'WaitingForSync',
  'Unknown',
] as const;

/** Container waiting reasons the kubelet reports while it gets an image or starts a container. */
export const KUBELET_WAITING_REASONS = [
  'ErrImagePull',
  'ImagePullBackOff',
  'ImageInspectError',
  'ErrImageNeverPull',
  'RegistryUnavailable',
  'InvalidImageName',
  'ContainerCreating',
  'PodInitializing',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
] as const;

/** `status.phase` of a Pod. */
export const POD_PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] as const;

/** Every state name `expected-path` accepts unquoted. */
export const KNOWN_STATES: readonly string[] = [
  ...new Set<string>([
    ...VM_PRINTABLE_STATUSES,
    ...VMI_PHASES,
    ...KUBELET_WAITING_REASONS,
    ...POD_PHASES,
  ]),
];

/** States whose message is the kubelet's image pull error, the text `expected-message` checks. */
export const PULL_ERROR_STATES: ReadonlySet<string> = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'ImageInspectError',
  'ErrImageNeverPull',
  'RegistryUnavailable',
  'InvalidImageName',
]);

/**
 * The states the default path is made of: what the check exists to see, and what cannot show
 * when the ImageVolume gate is on or the launcher is unschedulable.
 */
export const IMAGE_PULL_FAILURES = ['ErrImagePull', 'ImagePullBackOff'];

/**
 * A state after which certain other states cannot come any more for this VM start. Seen by any
 * object witness, it lets the verifier fail fast instead of waiting for the timeout.
 */
export interface DeadEnd {
  state: string;
  witnesses: readonly Witness[];
  /** States that cannot be entered once this one is in force. */
  rulesOut: readonly string[];
  /**
   * True: it counts only while still the witness's current state and after a grace time, because
   * it can clear by itself. False: it counts once other witnesses had time to catch up.
   */
  mustPersist: boolean;
}

/**
 * - `Running`: the containerDisk image was pulled, so no pull error can follow.
 * - `InvalidImageName` (pod): the kubelet never pulls a reference it cannot parse, and a pod's
 *   images cannot change, so neither pull errors nor `Running` can follow.
 * - `ErrorUnschedulable`: no node offers `devices.kubevirt.io/kvm` and emulation is off; the image
 *   is never pulled. It can be transient (right after KubeVirt is installed, until the device
 *   plugin registers), so it counts only while still current after a grace time.
 */
export const DEAD_ENDS: readonly DeadEnd[] = [
  {
    state: 'Running',
    witnesses: ['vm', 'vmi', 'pod'],
    rulesOut: [...IMAGE_PULL_FAILURES, 'InvalidImageName'],
    mustPersist: false,
  },
  {
    state: 'InvalidImageName',
    witnesses: ['pod'],
    rulesOut: [...IMAGE_PULL_FAILURES, 'Running'],
    mustPersist: false,
  },
  {
    state: 'ErrorUnschedulable',
    witnesses: ['vm'],
    rulesOut: [...IMAGE_PULL_FAILURES, 'InvalidImageName', 'Running'],
    mustPersist: true,
  },
];

/**
 * Known states close to `name` (same letters in another case, or a few typos away, or containing
 * it), best first. Empty when nothing is close enough to be a helpful guess.
 */
export function closestStates(name: string, known: readonly string[] = KNOWN_STATES): string[] {
  const lower = name.toLowerCase();
  const sameLetters = known.filter((state) => state.toLowerCase() === lower);
  if (sameLetters.length > 0) return sameLetters;
  const limit = Math.max(1, Math.floor(name.length / 4));
  const near = known
    .map((state) => ({ state, distance: editDistance(lower, state.toLowerCase()) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .map(({ state }) => state);
  if (near.length > 0) return near.slice(0, 3);
  if (lower.length < 4) return [];
  return known.filter((state) => state.toLowerCase().includes(lower)).slice(0, 3);
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
