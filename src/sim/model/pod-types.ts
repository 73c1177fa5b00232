// The parts of core/v1 Pod, kubevirt.io/v1 VirtualMachine and VirtualMachineInstance that the
// models read and write, typed (the store holds them as plain JSON).
import type { KubeObject } from '../objects.ts';

export interface ContainerSpec {
  name: string;
  image: string;
  imagePullPolicy?: string;
  command?: string[];
  args?: string[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  restartPolicy?: string;
}

export interface VolumeSpec {
  name: string;
  image?: { reference: string; pullPolicy?: string };
  emptyDir?: Record<string, unknown>;
  [source: string]: unknown;
}

export interface PodSpec {
  nodeName?: string;
  schedulerName?: string;
  initContainers?: ContainerSpec[];
  containers: ContainerSpec[];
  volumes?: VolumeSpec[];
  readinessGates?: { conditionType: string }[];
  terminationGracePeriodSeconds?: number;
  [field: string]: unknown;
}

export interface ContainerState {
  waiting?: { reason: string; message?: string };
  running?: { startedAt: string };
  terminated?: {
    exitCode: number;
    reason: string;
    startedAt?: string;
    finishedAt?: string;
    containerID?: string;
  };
}

export interface ContainerStatus {
  name: string;
  image: string;
  imageID: string;
  ready: boolean;
  started: boolean;
  restartCount: number;
  state: ContainerState;
  containerID?: string;
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastProbeTime?: string | null;
  lastTransitionTime?: string | null;
}

export interface PodStatus {
  phase: string;
  conditions?: Condition[];
  initContainerStatuses?: ContainerStatus[];
  containerStatuses?: ContainerStatus[];
  hostIP?: string;
  podIP?: string;
  podIPs?: { ip: string }[];
  startTime?: string;
  qosClass?: string;
}

export interface Pod extends KubeObject {
  spec: PodSpec;
  status?: PodStatus;
}

export interface VmiVolume {
  name: string;
  containerDisk?: { image: string; imagePullPolicy?: string };
  [source: string]: unknown;
}

export interface VmiSpec {
  domain?: unknown;
  volumes?: VmiVolume[];
  terminationGracePeriodSeconds?: number;
  [field: string]: unknown;
}

export interface VmiStatus {
  phase?: string;
  conditions?: Condition[];
  nodeName?: string;
  activePods?: Record<string, string>;
  phaseTransitionTimestamps?: { phase: string; phaseTransitionTimestamp: string }[];
  [field: string]: unknown;
}

export interface Vmi extends KubeObject {
  spec: VmiSpec;
  status?: VmiStatus;
}

export interface VmSpec {
  runStrategy?: string;
  running?: boolean;
  template?: {
    metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
    spec?: VmiSpec;
  };
}

export interface VmStatus {
  printableStatus?: string;
  created?: boolean;
  ready?: boolean;
  conditions?: Condition[];
  [field: string]: unknown;
}

export interface Vm extends KubeObject {
  spec: VmSpec;
  status?: VmStatus;
}

export function conditionOf(
  status: { conditions?: Condition[] } | undefined,
  type: string,
): Condition | undefined {
  return status?.conditions?.find((condition) => condition.type === type);
}
