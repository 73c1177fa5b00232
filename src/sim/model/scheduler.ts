// kube-scheduler for one node: binds pending pods whose resource requests fit, and reports the
// others Unschedulable (PodScheduled=False) with a FailedScheduling event, retrying them the way
// the scheduling queue flushes unschedulable pods (podMaxInUnschedulablePodsDuration, 5 min).
// Fit is the NodeResourcesFit plugin's (kubernetes/kubernetes
// pkg/scheduler/framework/plugins/noderesources/fit.go `fitsRequest`): an extended resource the
// node does not offer, or more memory than its allocatable minus the requests of the pods bound
// to it, is `Insufficient <resource>`.
import { rfc3339, type Clock } from '../scaled-clock.ts';
import type { Cluster } from '../cluster.ts';
import { clone, isRecord } from '../objects.ts';
import { NODE_NAME } from '../seed.ts';
import type { Change } from '../store.ts';
import { EventRecorder, involvedObjectOf } from './events.ts';
import { quantityBytes } from './launcher-pod.ts';
import type { Pod } from './pod-types.ts';

/** Modelled time from pod creation to the scheduling decision. */
const SCHEDULE_MS = 50;
/** Modelled time after which an unschedulable pod is tried again. */
const UNSCHEDULABLE_RETRY_MS = 300_000;

export class Scheduler {
  readonly #cluster: Cluster;
  readonly #clock: Clock;
  readonly #events: EventRecorder;
  readonly #unsubscribe: () => void;

  constructor(cluster: Cluster, clock: Clock) {
    this.#cluster = cluster;
    this.#clock = clock;
    this.#events = new EventRecorder(cluster, { component: 'default-scheduler' });
    this.#unsubscribe = cluster.store.subscribe((change) => this.#onChange(change));
  }

  stop(): void {
    this.#unsubscribe();
  }

  #onChange(change: Change): void {
    if (change.resource !== 'pods' || change.type !== 'ADDED') return;
    const pod = change.object as Pod;
    if (pod.spec.nodeName) return;
    this.#clock.after(SCHEDULE_MS, () =>
      this.#schedule(pod.metadata.namespace ?? '', pod.metadata.name, pod.metadata.uid),
    );
  }

  #schedule(namespace: string, name: string, uid: string): void {
    const pod = this.#cluster.store.get('pods', namespace, name) as Pod | undefined;
    if (!pod || pod.metadata.uid !== uid || pod.spec.nodeName || pod.metadata.deletionTimestamp)
      return;
    const missing = this.#missingResources(pod);
    const updated = clone(pod);
    const conditions = (updated.status?.conditions ?? []).filter(
      (condition) => condition.type !== 'PodScheduled',
    );
    if (missing.length > 0) {
      const message = `0/1 nodes are available: ${missing.map((resource) => `1 Insufficient ${resource}`).join(', ')}. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.`;
      conditions.push({
        type: 'PodScheduled',
        status: 'False',
        reason: 'Unschedulable',
        message,
        lastProbeTime: null,
        lastTransitionTime: rfc3339(),
      });
      updated.status = { ...updated.status, phase: 'Pending', conditions };
      this.#write(pod, updated);
      this.#events.record(involvedObjectOf(pod), 'Warning', 'FailedScheduling', message);
      this.#clock.after(UNSCHEDULABLE_RETRY_MS, () => this.#schedule(namespace, name, uid));
      return;
    }
    updated.spec.nodeName = NODE_NAME;
    conditions.push({
      type: 'PodScheduled',
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: rfc3339(),
    });
    updated.status = { ...updated.status, phase: 'Pending', conditions };
    this.#cluster.store.update('pods', updated);
    this.#events.record(
      involvedObjectOf(pod),
      'Normal',
      'Scheduled',
      `Successfully assigned ${namespace}/${name} to ${NODE_NAME}`,
    );
  }

  #write(before: Pod, after: Pod): void {
    if (JSON.stringify(before.status) !== JSON.stringify(after.status))
      this.#cluster.store.update('pods', after);
  }

  /** Resources the pod requests that the node does not offer, or not enough of (memory). */
  #missingResources(pod: Pod): string[] {
    const node = this.#cluster.store.get('nodes', undefined, NODE_NAME);
    const status = isRecord(node?.status) ? node.status : {};
    const allocatable = isRecord(status.allocatable) ? status.allocatable : {};
    const requested = new Set<string>();
    for (const container of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
      for (const resource of Object.keys(container.resources?.requests ?? {})) {
        if (resource.includes('/')) requested.add(resource);
      }
    }
    const missing = [...requested].filter((resource) => !(resource in allocatable));
    const free =
      (typeof allocatable.memory === 'string' ? (quantityBytes(allocatable.memory) ?? 0) : 0) -
      this.#boundPods()
        .filter((bound) => bound.metadata.uid !== pod.metadata.uid)
        .reduce((sum, bound) => sum + memoryRequest(bound), 0);
    if (memoryRequest(pod) > free) missing.push('memory');
    return missing.sort();
  }

  /** Pods bound to the node that still hold their requests (not Succeeded or Failed). */
  #boundPods(): Pod[] {
    return (this.#cluster.store.list('pods') as Pod[]).filter(
      (pod) =>
        pod.spec.nodeName === NODE_NAME &&
        pod.status?.phase !== 'Succeeded' &&
        pod.status?.phase !== 'Failed',
    );
  }
}

/**
 * A pod's memory request as the scheduler counts it (`computePodResourceRequest`): the sum over
 * its containers, or its largest init container's if larger (native sidecars add to both; the
 * model counts them with the containers).
 */
function memoryRequest(pod: Pod): number {
  const bytes = (container: { resources?: { requests?: Record<string, string> } }) =>
    quantityBytes(container.resources?.requests?.memory ?? '0') ?? 0;
  const sidecars = (pod.spec.initContainers ?? []).filter(
    (container) => (container as { restartPolicy?: string }).restartPolicy === 'Always',
  );
  const regular = [...pod.spec.containers, ...sidecars].reduce((sum, c) => sum + bytes(c), 0);
  const init = Math.max(
    0,
    ...(pod.spec.initContainers ?? [])
      .filter((container) => !sidecars.includes(container))
      .map(bytes),
  );
  return Math.max(regular, init);
}
