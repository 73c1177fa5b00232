// What a fresh cluster holds before any client acts: the system namespaces, one node, and, when
// KubeVirt is installed, its CRDs, the `kubevirt` CR and its components' pods in namespace
// `kubevirt` (seeded before the models start, so the kubelet model leaves them as they are).
import type { Cluster } from './cluster.ts';
import { KUBERNETES_VERSION, kubevirtCrds } from './discovery.ts';
import { kubevirtPods } from './kubevirt-pods.ts';
import { resourceDef } from './api-resources.ts';

export const NODE_NAME = 'sim-node';
export const KUBEVIRT_NAMESPACE = 'kubevirt';
export const KUBEVIRT_NAME = 'kubevirt';

export interface SeedOptions {
  kubevirtInstalled: boolean;
  kubevirtAvailable: boolean;
  kubevirtVersion: string;
  featureGates: string[];
  disabledFeatureGates: string[];
  useEmulation: boolean;
  /** `virtualMachineOptions.disableSerialConsoleLog: {}` in the CR. */
  disableSerialConsoleLog: boolean;
  kvm: boolean;
  /** The node's memory, capacity and allocatable alike. */
  nodeMemory: string;
}

export function seedCluster(cluster: Cluster, options: SeedOptions): void {
  for (const name of [
    'default',
    'kube-system',
    'kube-public',
    'kube-node-lease',
    KUBEVIRT_NAMESPACE,
  ]) {
    cluster.create(resourceDef('namespaces'), { metadata: { name } }, undefined);
  }
  // Status is not taken on create (status subresource): write it the way the kubelet does.
  const { status, ...spec } = node(options.kvm, options.nodeMemory);
  const created = cluster.create(resourceDef('nodes'), spec, undefined);
  cluster.store.update('nodes', { ...created, status });
  if (!options.kubevirtInstalled) return;
  for (const crd of kubevirtCrds())
    cluster.create(resourceDef('customresourcedefinitions'), crd, undefined);
  const kubevirt = cluster.create(
    resourceDef('kubevirts'),
    kubevirtCr(options),
    KUBEVIRT_NAMESPACE,
  );
  cluster.store.update('kubevirts', { ...kubevirt, status: kubevirtStatus(options) });
  const { kubevirtVersion, kubevirtAvailable } = options;
  for (const { status, ...pod } of kubevirtPods(
    KUBEVIRT_NAMESPACE,
    NODE_NAME,
    kubevirtVersion,
    kubevirtAvailable,
  )) {
    const created = cluster.create(resourceDef('pods'), pod, KUBEVIRT_NAMESPACE);
    cluster.store.update('pods', { ...created, status });
  }
}

/**
 * The node. virt-handler's device plugin advertises `devices.kubevirt.io/kvm` (1k) only where
 * /dev/kvm exists; the launcher pod requests one unless emulation is allowed
 * (pkg/virt-controller/services/renderresources.go `getRequiredResources`).
 */
function node(kvm: boolean, memory: string) {
  const devices: Record<string, string> = {
    'devices.kubevirt.io/tun': '1k',
    'devices.kubevirt.io/vhost-net': '1k',
  };
  if (kvm) devices['devices.kubevirt.io/kvm'] = '1k';
  const resources = {
    cpu: '4',
    memory,
    pods: '110',
    'ephemeral-storage': '100Gi',
    ...devices,
  };
  return {
    metadata: {
      name: NODE_NAME,
      labels: {
        'kubernetes.io/hostname': NODE_NAME,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'node-role.kubernetes.io/control-plane': '',
        'kubevirt.io/schedulable': 'true',
      },
    },
    spec: {},
    status: {
      capacity: resources,
      allocatable: resources,
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
        },
      ],
      nodeInfo: {
        kubeletVersion: KUBERNETES_VERSION.gitVersion,
        containerRuntimeVersion: 'containerd://2.0.2',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

function kubevirtCr(options: SeedOptions) {
  const developerConfiguration: Record<string, unknown> = {};
  if (options.featureGates.length) developerConfiguration.featureGates = options.featureGates;
  if (options.disabledFeatureGates.length)
    developerConfiguration.disabledFeatureGates = options.disabledFeatureGates;
  if (options.useEmulation) developerConfiguration.useEmulation = true;
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'KubeVirt',
    metadata: { name: KUBEVIRT_NAME, finalizers: ['foregroundDeleteKubeVirt'] },
    spec: {
      certificateRotateStrategy: {},
      configuration: {
        developerConfiguration,
        ...(options.disableSerialConsoleLog
          ? { virtualMachineOptions: { disableSerialConsoleLog: {} } }
          : {}),
      },
      customizeComponents: {},
      imagePullPolicy: 'IfNotPresent',
      workloadUpdateStrategy: {},
    },
  };
}

function kubevirtStatus(options: SeedOptions) {
  const available = options.kubevirtAvailable;
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const condition = (type: string, status: boolean, reason: string, message: string) => ({
    type,
    status: status ? 'True' : 'False',
    reason,
    message,
    lastProbeTime: now,
    lastTransitionTime: now,
  });
  return {
    phase: available ? 'Deployed' : 'Deploying',
    conditions: [
      condition(
        'Available',
        available,
        available ? 'AllComponentsReady' : 'DeploymentInProgress',
        available ? 'All components are ready.' : 'Deploying version ' + options.kubevirtVersion,
      ),
      condition(
        'Progressing',
        !available,
        available ? 'AllComponentsReady' : 'DeploymentInProgress',
        available ? 'All components are ready.' : 'Deploying version ' + options.kubevirtVersion,
      ),
      condition(
        'Degraded',
        false,
        available ? 'AllComponentsReady' : 'DeploymentInProgress',
        available ? 'All components are ready.' : 'Deploying version ' + options.kubevirtVersion,
      ),
    ],
    observedKubeVirtVersion: options.kubevirtVersion,
    targetKubeVirtVersion: options.kubevirtVersion,
    operatorVersion: options.kubevirtVersion,
    observedKubeVirtRegistry: 'quay.io/kubevirt',
    targetKubeVirtRegistry: 'quay.io/kubevirt',
  };
}
