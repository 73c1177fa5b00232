// The pods of an installed KubeVirt in namespace `kubevirt`, as virt-operator deploys them on a
// one-node cluster: virt-operator and virt-api and virt-controller (two replicas each) and one
// virt-handler. Seeded Running (virt-handler not ready while KubeVirt is not Available), so
// diagnostics can find them and read their logs; no model changes them afterwards.
const COMPONENTS = [
  { name: 'virt-operator', replicas: 2, kind: 'ReplicaSet' },
  { name: 'virt-api', replicas: 2, kind: 'ReplicaSet' },
  { name: 'virt-controller', replicas: 2, kind: 'ReplicaSet' },
  { name: 'virt-handler', replicas: 1, kind: 'DaemonSet' },
] as const;

const POD_SUFFIXES = ['qwrtz', 'h8xkp'];

export interface SeedPod {
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
  status: Record<string, unknown>;
}

export function kubevirtPods(
  namespace: string,
  node: string,
  version: string,
  available: boolean,
): SeedPod[] {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return COMPONENTS.flatMap((component) =>
    Array.from({ length: component.replicas }, (_, index) => {
      const suffix = component.kind === 'DaemonSet' ? 'x7k2p' : `5d9c8b7f4-${POD_SUFFIXES[index]}`;
      const ready = available || component.name !== 'virt-handler';
      const image = `quay.io/kubevirt/${component.name}:${version}`;
      return {
        metadata: {
          name: `${component.name}-${suffix}`,
          namespace,
          labels: { 'kubevirt.io': component.name, 'app.kubernetes.io/component': 'kubevirt' },
        },
        spec: {
          nodeName: node,
          containers: [{ name: component.name, image }],
        },
        status: {
          phase: 'Running',
          conditions: [
            { type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: now },
          ],
          containerStatuses: [
            {
              name: component.name,
              image,
              ready,
              restartCount: 0,
              started: true,
              state: { running: { startedAt: now } },
            },
          ],
        },
      };
    }),
  );
}
