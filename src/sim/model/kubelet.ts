// The kubelet of the one node, reduced to what a client can observe of a virt-launcher pod:
// init containers run in order, images are pulled with the image manager's back-off, container
// waiting reasons come from the last sync attempt, and the pod worker resyncs a failed pod after
// 10-15 s. Sources (kubernetes/kubernetes):
// - pkg/kubelet/images/image_manager.go `EnsureImageExists`: back-off key pod UID + image;
//   in back-off: Normal `BackOff` "Back-off pulling image %q" and ErrImagePullBackOff; else
//   Normal `Pulling` "Pulling image %q", and on failure Warning `Failed`
//   "Failed to pull image %q: <CRI error>", backOff.Next, ErrImagePull with the CRI error as
//   message (`evalCRIPullErr`). An unparsable reference: Warning `InspectFailed`, InvalidImageName.
// - pkg/kubelet/kuberuntime/kuberuntime_container.go `startContainer`: Warning `Failed`
//   "Error: <reason>" for each failed EnsureImageExists.
// - pkg/kubelet/kubelet.go: imageBackOff = flowcontrol.NewBackOff(10s, 300s); Backoff.Next
//   doubles up to the cap and restarts at 10 s after 2x cap without updates;
//   IsInBackOffSinceUpdate = now - lastUpdate < backoff.
// - pkg/kubelet/pod_workers.go `completeWork`: a failed sync is retried after
//   wait.Jitter(10s, 0.5), i.e. 10-15 s.
// - pkg/kubelet/kubelet_pods.go `convertToAPIContainerStatuses`: the waiting reason and message
//   are the reasonCache entry of the last sync; containers after an unfinished init container
//   wait with `PodInitializing`.
// - kuberuntime_manager.go SyncPod: image volumes are pulled before any init container; a
//   failure fails the whole sync, so no container gets a pull reason (ImageVolume path).
import { rfc3339, type Clock, type Timer } from '../clock.ts';
import type { Cluster } from '../cluster.ts';
import { sameJson } from '../objects.ts';
import type { Random } from '../random.ts';
import { NODE_NAME } from '../seed.ts';
import type { Change } from '../store.ts';
import { EventRecorder, involvedObjectOf, type InvolvedObject } from './events.ts';
import { invalidImageMessage, pullErrorMessage } from './images.ts';
import type { Condition, ContainerSpec, ContainerStatus, Pod, PodStatus } from './pod-types.ts';

const IMAGE_BACKOFF_INITIAL_MS = 10_000;
const IMAGE_BACKOFF_MAX_MS = 300_000;
/** pod_workers.go backOffPeriod and workerBackOffPeriodJitterFactor. */
const RESYNC_MS = 10_000;
const RESYNC_JITTER = 0.5;
/** Modelled durations of the runtime (not from a source: plausible figures). */
const POD_START_MS = 100;
const PULL_FAILURE_MS = 150;
const PULL_SUCCESS_MS = 1500;
const INIT_RUN_MS = 200;
const READY_MS = 500;
const TERMINATE_MS = 500;

export interface KubeletOptions {
  imageExists: (image: string) => boolean;
  /** REAL ms from an ErrImagePull status to the next sync; undefined: the usual 10-15 s resync. */
  errImagePullDwellMs: number | undefined;
}

type Outcome = { ok: true } | { ok: false; reason: string; message: string };

interface BackOffEntry {
  /** Modelled back-off period. */
  periodMs: number;
  /** Real time of the last update. */
  lastUpdate: number;
  /**
   * With `errImagePullDwellMs`, the sync that ends the dwell finds the image in back-off (the
   * option promises ImagePullBackOff then), even when the scaled window is already over.
   */
  dwellEnding: boolean;
}

/** One pod's worker: its containers' progress, reasonCache and timers. */
interface Worker {
  namespace: string;
  name: string;
  uid: string;
  initDone: number;
  initRunning: boolean;
  started: boolean;
  ready: boolean;
  startedAt: Record<string, string>;
  reasons: Map<string, { reason: string; message: string }>;
  timer?: Timer;
  syncing: boolean;
  /** A sync was asked for while one was running: run again when it ends. */
  resync: boolean;
  terminating: boolean;
  startTime: string;
}

export class Kubelet {
  readonly #cluster: Cluster;
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #options: KubeletOptions;
  readonly #events: EventRecorder;
  readonly #workers = new Map<string, Worker>();
  readonly #backOff = new Map<string, BackOffEntry>();
  /** The node's image store: pulled (or preloaded) images. */
  readonly #present = new Set<string>();
  readonly #unsubscribe: () => void;
  #podIp = 10;

  constructor(cluster: Cluster, clock: Clock, random: Random, options: KubeletOptions) {
    this.#cluster = cluster;
    this.#clock = clock;
    this.#random = random;
    this.#options = options;
    this.#events = new EventRecorder(cluster, { component: 'kubelet', host: NODE_NAME });
    this.#unsubscribe = cluster.store.subscribe((change) => this.#onChange(change));
  }

  stop(): void {
    this.#unsubscribe();
    for (const worker of this.#workers.values()) worker.timer?.cancel();
    this.#workers.clear();
  }

  #onChange(change: Change): void {
    if (change.resource !== 'pods') return;
    const pod = change.object as Pod;
    if (pod.spec.nodeName !== NODE_NAME) return;
    const worker = this.#workers.get(pod.metadata.uid);
    if (change.type === 'DELETED') {
      worker?.timer?.cancel();
      this.#workers.delete(pod.metadata.uid);
      return;
    }
    if (!worker) {
      const created: Worker = {
        namespace: pod.metadata.namespace ?? '',
        name: pod.metadata.name,
        uid: pod.metadata.uid,
        initDone: 0,
        initRunning: false,
        started: false,
        ready: false,
        startedAt: {},
        reasons: new Map(),
        syncing: false,
        resync: false,
        terminating: false,
        startTime: rfc3339(),
      };
      this.#workers.set(pod.metadata.uid, created);
      this.#schedule(created, this.#clock.scaled(POD_START_MS));
    }
    if (pod.metadata.deletionTimestamp) this.#terminate(this.#workers.get(pod.metadata.uid)!);
  }

  #pod(worker: Worker): Pod | undefined {
    const pod = this.#cluster.store.get('pods', worker.namespace, worker.name) as Pod | undefined;
    return pod?.metadata.uid === worker.uid ? pod : undefined;
  }

  #schedule(worker: Worker, realMs: number): void {
    worker.timer?.cancel();
    worker.timer = this.#clock.afterReal(realMs, () => void this.#sync(worker));
  }

  /** The pod worker's requeue after a failed sync: 10-15 s, or the ErrImagePull dwell. */
  #requeueAfterFailure(worker: Worker, outcome: Outcome): void {
    const dwell = this.#options.errImagePullDwellMs;
    if (!outcome.ok && outcome.reason === 'ErrImagePull' && dwell !== undefined) {
      this.#schedule(worker, Math.max(1, dwell));
    } else {
      this.#schedule(
        worker,
        this.#clock.scaled(RESYNC_MS * (1 + this.#random.next() * RESYNC_JITTER)),
      );
    }
  }

  /** One SyncPod: image volumes, then the next init container, then the containers. */
  async #sync(worker: Worker): Promise<void> {
    const pod = this.#pod(worker);
    if (!pod || worker.terminating) return;
    if (worker.syncing) {
      worker.resync = true;
      return;
    }
    worker.syncing = true;
    try {
      for (const volume of pod.spec.volumes ?? []) {
        if (!volume.image) continue;
        const outcome = await this.#ensureImage(pod, volume.image.reference, involvedObjectOf(pod));
        if (!outcome.ok) {
          this.#writeStatus(worker);
          this.#requeueAfterFailure(worker, outcome);
          return;
        }
      }
      const inits = pod.spec.initContainers ?? [];
      if (worker.initDone < inits.length) {
        if (!worker.initRunning) await this.#startInit(worker, pod, inits[worker.initDone]!);
        return;
      }
      if (!worker.started) await this.#startContainers(worker, pod);
    } finally {
      worker.syncing = false;
      if (worker.resync) {
        worker.resync = false;
        void this.#sync(worker);
      }
    }
  }

  async #startInit(worker: Worker, pod: Pod, container: ContainerSpec): Promise<void> {
    const ref = involvedObjectOf(pod, `spec.initContainers{${container.name}}`);
    if (!(await this.#pullImage(worker, pod, container, ref))) return;
    this.#events.record(ref, 'Normal', 'Created', `Created container: ${container.name}`);
    this.#events.record(ref, 'Normal', 'Started', `Started container ${container.name}`);
    worker.initRunning = true;
    worker.startedAt[container.name] = rfc3339();
    this.#writeStatus(worker);
    this.#clock.after(INIT_RUN_MS, () => {
      worker.initRunning = false;
      worker.initDone++;
      worker.startedAt[`${container.name}/finished`] = rfc3339();
      this.#writeStatus(worker);
      void this.#sync(worker);
    });
  }

  /**
   * EnsureImageExists for one container, its waiting reason kept as the kubelet's reasonCache
   * does. False when the sync must stop here (pull failed, or the pod went away meanwhile).
   */
  async #pullImage(
    worker: Worker,
    pod: Pod,
    container: ContainerSpec,
    ref: ReturnType<typeof involvedObjectOf>,
  ): Promise<boolean> {
    const outcome = await this.#ensureContainerImage(pod, container, ref);
    if (worker.terminating || !this.#pod(worker)) return false;
    if (!outcome.ok) {
      worker.reasons.set(container.name, { reason: outcome.reason, message: outcome.message });
      this.#writeStatus(worker);
      this.#requeueAfterFailure(worker, outcome);
      return false;
    }
    worker.reasons.delete(container.name);
    return true;
  }

  async #startContainers(worker: Worker, pod: Pod): Promise<void> {
    for (const container of pod.spec.containers) {
      const ref = involvedObjectOf(pod, `spec.containers{${container.name}}`);
      if (!(await this.#pullImage(worker, pod, container, ref))) return;
    }
    for (const container of pod.spec.containers) {
      const ref = involvedObjectOf(pod, `spec.containers{${container.name}}`);
      this.#events.record(ref, 'Normal', 'Created', `Created container: ${container.name}`);
      this.#events.record(ref, 'Normal', 'Started', `Started container ${container.name}`);
      worker.startedAt[container.name] = rfc3339();
    }
    worker.started = true;
    this.#writeStatus(worker);
    this.#clock.after(READY_MS, () => {
      if (worker.terminating) return;
      worker.ready = true;
      this.#writeStatus(worker);
    });
  }

  /** EnsureImageExists for a container, plus startContainer's "Error: <reason>" event. */
  async #ensureContainerImage(
    pod: Pod,
    container: ContainerSpec,
    ref: InvolvedObject,
  ): Promise<Outcome> {
    const outcome = await this.#ensureImage(pod, container.image, ref, container.imagePullPolicy);
    if (!outcome.ok) this.#events.record(ref, 'Warning', 'Failed', `Error: ${outcome.reason}`);
    return outcome;
  }

  /** image_manager.go EnsureImageExists. */
  async #ensureImage(
    pod: Pod,
    image: string,
    ref: InvolvedObject,
    pullPolicy = 'IfNotPresent',
  ): Promise<Outcome> {
    const invalid = invalidImageMessage(image);
    if (invalid) {
      this.#events.record(ref, 'Warning', 'InspectFailed', invalid);
      return { ok: false, reason: 'InvalidImageName', message: invalid };
    }
    if (pullPolicy !== 'Always' && this.#present.has(image)) {
      this.#events.record(
        ref,
        'Normal',
        'Pulled',
        `Container image "${image}" already present on machine`,
      );
      return { ok: true };
    }
    const key = `${pod.metadata.uid}_${image}`;
    if (this.#inBackOff(key)) {
      const message = `Back-off pulling image "${image}"`;
      this.#events.record(ref, 'Normal', 'BackOff', message);
      return { ok: false, reason: 'ImagePullBackOff', message };
    }
    this.#events.record(ref, 'Normal', 'Pulling', `Pulling image "${image}"`);
    const exists = this.#options.imageExists(image);
    const pullMs = exists ? PULL_SUCCESS_MS : PULL_FAILURE_MS;
    const started = performance.now();
    await new Promise<void>((resolve) =>
      this.#clock.after(pullMs * (0.8 + 0.4 * this.#random.next()), resolve),
    );
    if (!exists) {
      const cause = pullErrorMessage(image);
      this.#events.record(ref, 'Warning', 'Failed', `Failed to pull image "${image}": ${cause}`);
      this.#nextBackOff(key);
      return { ok: false, reason: 'ErrImagePull', message: cause };
    }
    this.#present.add(image);
    const took = ((performance.now() - started) / this.#clock.timeScale / 1000).toFixed(3);
    this.#events.record(
      ref,
      'Normal',
      'Pulled',
      `Successfully pulled image "${image}" in ${took}s (${took}s including waiting). Image size: 123456789 bytes.`,
    );
    return { ok: true };
  }

  /** flowcontrol.Backoff.IsInBackOffSinceUpdate, in real time. */
  #inBackOff(key: string): boolean {
    const entry = this.#backOff.get(key);
    if (!entry) return false;
    if (entry.dwellEnding) {
      entry.dwellEnding = false;
      return true;
    }
    return performance.now() - entry.lastUpdate < this.#clock.scaled(entry.periodMs);
  }

  /** flowcontrol.Backoff.Next: 10 s, doubled up to 300 s; restarts after 2x max idle. */
  #nextBackOff(key: string): void {
    const now = performance.now();
    const entry = this.#backOff.get(key);
    const expired =
      entry !== undefined && now - entry.lastUpdate > this.#clock.scaled(2 * IMAGE_BACKOFF_MAX_MS);
    const periodMs =
      !entry || expired
        ? IMAGE_BACKOFF_INITIAL_MS
        : Math.min(entry.periodMs * 2, IMAGE_BACKOFF_MAX_MS);
    const dwellEnding = this.#options.errImagePullDwellMs !== undefined;
    this.#backOff.set(key, { periodMs, lastUpdate: now, dwellEnding });
  }

  #terminate(worker: Worker): void {
    if (worker.terminating) return;
    worker.terminating = true;
    worker.timer?.cancel();
    const pod = this.#pod(worker);
    if (pod && worker.started) {
      for (const container of pod.spec.containers) {
        this.#events.record(
          involvedObjectOf(pod, `spec.containers{${container.name}}`),
          'Normal',
          'Killing',
          `Stopping container ${container.name}`,
        );
      }
    }
    this.#clock.after(TERMINATE_MS, () => {
      this.#workers.delete(worker.uid);
      if (this.#pod(worker)) this.#cluster.store.remove('pods', worker.namespace, worker.name);
    });
  }

  /** The pod status the status manager would write now; written only when it changed. */
  #writeStatus(worker: Worker): void {
    const pod = this.#pod(worker);
    if (!pod || pod.metadata.deletionTimestamp) return;
    const status = this.#statusOf(worker, pod);
    if (sameJson(status, pod.status)) return;
    this.#cluster.store.update('pods', { ...pod, status });
  }

  #statusOf(worker: Worker, pod: Pod): PodStatus {
    const previous = pod.status;
    const inits = pod.spec.initContainers ?? [];
    const initStatuses = inits.map((container, index) => {
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
          { running: { startedAt: worker.startedAt[container.name] ?? rfc3339() } },
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
            { running: { startedAt: worker.startedAt[container.name] ?? rfc3339() } },
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
    const unready = worker.ready ? [] : pod.spec.containers.map((c) => c.name);
    const keep = (type: string) =>
      previous?.conditions?.find((condition) => condition.type === type);
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
          before?.status === status ? (before.lastTransitionTime ?? rfc3339()) : rfc3339(),
      };
    };
    const conditions: Condition[] = [
      condition('PodReadyToStartContainers', true),
      condition(
        'Initialized',
        initialized,
        'ContainersNotInitialized',
        `containers with incomplete status: [${pendingInit.join(' ')}]`,
      ),
      condition(
        'Ready',
        worker.ready,
        'ContainersNotReady',
        `containers with unready status: [${unready.join(' ')}]`,
      ),
      condition(
        'ContainersReady',
        worker.ready,
        'ContainersNotReady',
        `containers with unready status: [${unready.join(' ')}]`,
      ),
      keep('PodScheduled') ?? condition('PodScheduled', true),
    ];
    if (previous?.podIP === undefined) this.#podIp = (this.#podIp % 250) + 1;
    const podIP = previous?.podIP ?? `10.244.0.${this.#podIp}`;
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
