// What a KubeVirt install is doing, in one line: the KubeVirt CR's phase and conditions, then
// the workloads and pods that are not ready, in kubectl's words. kubevirt.ts waits on it.

interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

export interface KubeVirtObject {
  status?: { phase?: string; conditions?: Condition[] };
}

export interface Workload {
  kind?: string;
  metadata?: { name?: string };
  spec?: { replicas?: number };
  status?: { readyReplicas?: number; numberReady?: number; desiredNumberScheduled?: number };
}

interface ContainerStatus {
  name?: string;
  ready?: boolean;
  state?: { waiting?: { reason?: string }; terminated?: { reason?: string } };
}

export interface Pod {
  kind?: string;
  metadata?: { name?: string };
  status?: {
    phase?: string;
    conditions?: Condition[];
    initContainerStatuses?: ContainerStatus[];
    containerStatuses?: ContainerStatus[];
  };
}

export function isAvailable(kubevirt: KubeVirtObject): boolean {
  return (kubevirt.status?.conditions ?? []).some(
    (condition) => condition.type === 'Available' && condition.status === 'True',
  );
}

/** One line: the CR's phase and conditions, then the workloads and pods that are not ready. */
export function describeKubevirt(
  kubevirt: KubeVirtObject | undefined,
  workloads: readonly Workload[],
  pods: readonly Pod[],
  readError?: string,
): string {
  const parts: string[] = [];
  if (!kubevirt) {
    parts.push(`KubeVirt CR not readable (${firstLine(readError ?? 'not found')})`);
  } else {
    const status = kubevirt.status ?? {};
    parts.push(`phase ${status.phase || '(none yet)'}`);
    for (const condition of status.conditions ?? []) {
      if (!['Available', 'Progressing', 'Degraded'].includes(condition.type ?? '')) continue;
      const why = [condition.reason, condition.message].filter(Boolean).join(': ');
      parts.push(`${condition.type}=${condition.status}${why ? ` (${why})` : ''}`);
    }
  }
  const notReady = workloads.flatMap((workload) => {
    const name = `${(workload.kind ?? 'workload').toLowerCase()}/${workload.metadata?.name ?? '?'}`;
    if (workload.kind === 'DaemonSet') {
      const desired = workload.status?.desiredNumberScheduled ?? 0;
      const ready = workload.status?.numberReady ?? 0;
      return desired === 0 || ready < desired ? [`${name} ${ready}/${desired}`] : [];
    }
    const desired = workload.spec?.replicas ?? 1;
    const ready = workload.status?.readyReplicas ?? 0;
    return ready < desired ? [`${name} ${ready}/${desired}`] : [];
  });
  if (notReady.length > 0) parts.push(`not ready: ${notReady.join(', ')}`);
  const podProblems = pods.flatMap((pod) => {
    const problem = podProblem(pod);
    return problem ? [`${pod.metadata?.name ?? '?'} ${problem}`] : [];
  });
  if (podProblems.length > 0) parts.push(`pods: ${podProblems.join(', ')}`);
  return parts.join('; ');
}

/** Why a pod is not ready, in kubectl's words (`Init:ImagePullBackOff`, `Pending (Unschedulable)`). */
function podProblem(pod: Pod): string | undefined {
  const status = pod.status ?? {};
  if (status.phase === 'Succeeded') return undefined;
  for (const [prefix, list] of [
    ['Init:', status.initContainerStatuses],
    ['', status.containerStatuses],
  ] as const) {
    for (const container of list ?? []) {
      const reason = container.state?.waiting?.reason ?? container.state?.terminated?.reason;
      if (reason && !container.ready && reason !== 'Completed' && reason !== 'PodInitializing') {
        return `${prefix}${reason}`;
      }
    }
  }
  const scheduled = status.conditions?.find((condition) => condition.type === 'PodScheduled');
  if (scheduled?.status === 'False') return `Pending (${scheduled.reason ?? 'not scheduled'})`;
  const ready = status.conditions?.find((condition) => condition.type === 'Ready');
  if (ready?.status === 'True') return undefined;
  return status.phase && status.phase !== 'Running' ? status.phase : 'not ready';
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() && !line.startsWith("'"))
      ?.trim() ?? text
  );
}
