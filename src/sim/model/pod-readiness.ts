// The kubelet's Ready condition and the check that decides whether a status-only change of a pod
// makes the kubelet sync it again (kubernetes/kubernetes):
// - pkg/kubelet/status/generate.go `GenerateContainersReadyCondition`: restartable init
//   containers (native sidecars) first, then the containers; one missing from the statuses it is
//   given is "unknown", one not ready "unready"; message
//   "containers with unknown status: [a], containers with unready status: [b c]".
//   `GeneratePodReadyCondition`: that, or when all are ready, the readiness gates' conditions.
// - pkg/kubelet/kubelet_pods.go `generateAPIPodStatus` passes init AND container statuses
//   (`allContainerStatuses`), so the Ready condition the kubelet writes knows the sidecar.
// - pkg/kubelet/status/status_manager.go `NeedToReconcilePodReadiness`: for a pod with readiness
//   gates, recomputes Ready from `pod.Status.ContainerStatuses` only and says "reconcile" when
//   its status or message differs from the Ready condition in the API. For a pod with a native
//   sidecar the sidecar is then "unknown", so the two always differ: every status-only change
//   of such a pod (the kubelet's own write among them) triggers a sync (kubelet.go
//   `HandlePodReconcile`).
import type { Condition, ContainerStatus, Pod, PodSpec } from './pod-types.ts';

export interface ReadyCondition {
  status: 'True' | 'False';
  reason?: string;
  message?: string;
}

/** An init container with `restartPolicy: Always` (podutil.IsRestartableInitContainer). */
export function isSidecar(container: { restartPolicy?: string }): boolean {
  return container.restartPolicy === 'Always';
}

/** generate.go `GenerateContainersReadyCondition` (a pod that is not terminal). */
export function containersReady(spec: PodSpec, statuses: ContainerStatus[]): ReadyCondition {
  const unknown: string[] = [];
  const unready: string[] = [];
  const watched = [...(spec.initContainers ?? []).filter(isSidecar), ...spec.containers];
  for (const container of watched) {
    const status = statuses.find((s) => s.name === container.name);
    if (!status) unknown.push(container.name);
    else if (!status.ready) unready.push(container.name);
  }
  const messages = [
    ...(unknown.length ? [`containers with unknown status: [${unknown.join(' ')}]`] : []),
    ...(unready.length ? [`containers with unready status: [${unready.join(' ')}]`] : []),
  ];
  if (messages.length === 0) return { status: 'True' };
  return { status: 'False', reason: 'ContainersNotReady', message: messages.join(', ') };
}

/** generate.go `GeneratePodReadyCondition`. */
export function podReady(
  spec: PodSpec,
  conditions: Condition[],
  statuses: ContainerStatus[],
): ReadyCondition {
  const ready = containersReady(spec, statuses);
  if (ready.status !== 'True') return ready;
  const messages: string[] = [];
  for (const gate of spec.readinessGates ?? []) {
    const condition = conditions.find((c) => c.type === gate.conditionType);
    if (!condition)
      messages.push(
        `corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`,
      );
    else if (condition.status !== 'True')
      messages.push(
        `the status of pod readiness gate "${gate.conditionType}" is not "True", but ${condition.status}`,
      );
  }
  if (messages.length === 0) return { status: 'True' };
  return { status: 'False', reason: 'ReadinessGatesNotReady', message: messages.join(', ') };
}

/** status_manager.go `NeedToReconcilePodReadiness`: containers' statuses only, init ones left out. */
export function needToReconcilePodReadiness(pod: Pod): boolean {
  if ((pod.spec.readinessGates ?? []).length === 0) return false;
  const conditions = pod.status?.conditions ?? [];
  const current = conditions.find((c) => c.type === 'Ready');
  if (!current) return false;
  const expected = podReady(pod.spec, conditions, pod.status?.containerStatuses ?? []);
  return current.status !== expected.status || (current.message ?? '') !== (expected.message ?? '');
}
