// The pod status the kubelet's status manager writes for one pod, generated from the pod
// worker's runtime state and reasonCache (kubernetes/kubernetes pkg/kubelet/kubelet_pods.go
// `generateAPIPodStatus`, `convertToAPIContainerStatuses`: waiting reason and message from the
// reasonCache, containers after an unfinished init container wait `PodInitializing`; Ready and
// ContainersReady from pod-readiness.ts; pkg/kubelet/status/status_manager.go `mergePodStatus`:
// conditions the kubelet does not own stay).
import { rfc3339 } from '../scaled-clock.ts';
import { containersReady, podReady, type ReadyCondition } from './pod-readiness.ts';
import type { Condition, ContainerSpec, ContainerStatus, Pod, PodStatus } from './pod-types.ts';

/** Conditions the kubelet owns (pkg/kubelet/types `PodConditionByKubelet`); others it keeps. */
const KUBELET_CONDITIONS = new Set([
  'PodScheduled',
  'Ready',
  'Initialized',
  'ContainersReady',
  'PodReadyToStartContainers',
]);

/** What a pod's status is generated from: its worker's runtime state and reasonCache. */
export interface RuntimeState {
  initDone: number;
  initRunning: boolean;
  started: boolean;
  ready: boolean;
  startedAt: Record<string, string>;
  /** Native sidecars started (they keep running, ready: no probe in the model). */
  sidecars: Set<string>;
  /** The reasonCache: container name -> reason and message of its last failed start. */
  reasons: Map<string, { reason: string; message: string }>;
  startTime: string;
}

/**
 * The status the status manager would write now. `wallNow` is read where each timestamp is
 * taken; `newPodIp` gives a pod that has none its IP.
 */
export function generatePodStatus(
  worker: RuntimeState,
  pod: Pod,
  wallNow: () => number,
  newPodIp: () => string,
): PodStatus {
  const previous = pod.status;
  const inits = pod.spec.initContainers ?? [];
  const initStatuses = inits.map((container, index) => {
    if (worker.sidecars.has(container.name)) {
      const startedAt = worker.startedAt[container.name] ?? rfc3339(wallNow());
      return containerStatus(container, { running: { startedAt } }, true, true);
    }
    if (index < worker.initDone) {
      return containerStatus(
        container,
        {
          terminated: {
            exitCode: 0,
            reason: 'Completed',
            startedAt: worker.startedAt[container.name],
            finishedAt: worker.startedAt[`${container.name}/finished`],
          },
        },
        false,
        true,
      );
    }
    if (index === worker.initDone && worker.initRunning) {
      return containerStatus(
        container,
        {
          running: {
            startedAt: worker.startedAt[container.name] ?? rfc3339(wallNow()),
          },
        },
        false,
        true,
      );
    }
    return containerStatus(
      container,
      { waiting: worker.reasons.get(container.name) ?? { reason: 'PodInitializing' } },
      false,
      false,
    );
  });
  const containerStatuses = pod.spec.containers.map((container) =>
    worker.started
      ? containerStatus(
          container,
          {
            running: {
              startedAt: worker.startedAt[container.name] ?? rfc3339(wallNow()),
            },
          },
          worker.ready,
          true,
        )
      : containerStatus(
          container,
          { waiting: worker.reasons.get(container.name) ?? { reason: 'PodInitializing' } },
          false,
          false,
        ),
  );
  const initialized = worker.initDone >= inits.length;
  const pendingInit = inits.slice(worker.initDone).map((c) => c.name);
  // generateAPIPodStatus: Ready and ContainersReady from the init AND the containers' statuses.
  const all = [...initStatuses, ...containerStatuses];
  const keep = (type: string) => previous?.conditions?.find((condition) => condition.type === type);
  const fromReady = (type: string, ready: ReadyCondition) =>
    condition(type, ready.status === 'True', ready.reason, ready.message);
  const condition = (type: string, ok: boolean, reason?: string, message?: string): Condition => {
    const before = keep(type);
    const status = ok ? 'True' : 'False';
    return {
      type,
      status,
      ...(reason && !ok ? { reason } : {}),
      ...(message && !ok ? { message } : {}),
      lastProbeTime: null,
      lastTransitionTime:
        before?.status === status
          ? (before.lastTransitionTime ?? rfc3339(wallNow()))
          : rfc3339(wallNow()),
    };
  };
  // mergePodStatus: conditions the kubelet does not own (a readiness gate's) stay, first.
  const others = (previous?.conditions ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type));
  const conditions: Condition[] = [
    ...others,
    condition('PodReadyToStartContainers', true),
    condition(
      'Initialized',
      initialized,
      'ContainersNotInitialized',
      `containers with incomplete status: [${pendingInit.join(' ')}]`,
    ),
    fromReady('Ready', podReady(pod.spec, [...others], all)),
    fromReady('ContainersReady', containersReady(pod.spec, all)),
    keep('PodScheduled') ?? condition('PodScheduled', true),
  ];
  const podIP = previous?.podIP ?? newPodIp();
  return {
    phase: worker.started ? 'Running' : 'Pending',
    conditions,
    hostIP: '172.18.0.2',
    podIP,
    podIPs: [{ ip: podIP }],
    startTime: previous?.startTime ?? worker.startTime,
    ...(inits.length ? { initContainerStatuses: initStatuses } : {}),
    containerStatuses,
    qosClass: previous?.qosClass ?? 'Burstable',
  };
}

function containerStatus(
  container: ContainerSpec,
  state: ContainerStatus['state'],
  ready: boolean,
  started: boolean,
): ContainerStatus {
  const running = state.running !== undefined || state.terminated !== undefined;
  return {
    name: container.name,
    image: container.image,
    imageID: running ? `${container.image}@sha256:${'0'.repeat(64)}` : '',
    ready,
    started,
    restartCount: 0,
    state,
    ...(running ? { containerID: `containerd://${'a'.repeat(64)}` } : {}),
  };
}
