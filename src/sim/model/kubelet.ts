// The kubelet of the one node, reduced to what a client can observe of a virt-launcher pod, on a
// real node's clock (docs/kubelet-timing.md has the resulting timeline). This file is the pod
// workers and the sync; the pod status the status manager writes is in kubelet-status.ts, the
// image manager (pulls and their back-off) in image-manager.ts. Sources, all in
// kubernetes/kubernetes:
// - pkg/kubelet/kubelet.go `(*Kubelet).SyncPod`: the API status is generated and handed to the
//   status manager FIRST (generateAPIPodStatus -> statusManager.SetPodStatus), from the runtime
//   state and the reasonCache of the previous sync; only then the runtime's SyncPod runs and
//   `reasonCache.Update` keeps its result. A waiting reason therefore reaches the API one sync
//   late. Its "Do not return error if the only failures were pods in backoff" loop returns the
//   error as soon as any SyncResult is not a back-off error, and a successful result (Error nil)
//   is not one: kuberuntime's SyncPod always adds a successful ConfigPodSandbox result, so a
//   sync whose only failure is ImagePullBackOff still returns an error (kubelets log it as
//   "Error syncing pod, skipping" ... ImagePullBackOff).
// - pkg/kubelet/pod_workers.go `completeWork`: after an error the pod is requeued in
//   wait.Jitter(backOffPeriod = 10 s, workerBackOffPeriodJitterFactor = 0.5) = 10-15 s, after a
//   clean sync in wait.Jitter(resyncInterval = syncFrequency, 1 min by default, 0.5) = 60-90 s;
//   an update that arrives while a sync runs is run right after it. `podWorkerLoop` waits for
//   a PLEG cache newer than the end of the previous sync (`podCache.GetNewerThan`).
// - pkg/kubelet/kubelet.go `syncLoop`: the work queue is read on a 1 s ticker (syncTicker); PLEG
//   events (pkg/kubelet/pleg/generic.go, relist every 1 s) of a container or sandbox that
//   started or exited trigger a sync (`HandlePodSyncs`).
// - pkg/kubelet/kuberuntime/kuberuntime_manager.go `SyncPod`: sandbox, then ConfigPodSandbox,
//   then image volumes (ImageVolume), then the next init container, one per sync, then the
//   containers; `start` -> kuberuntime_container.go `startContainer` records Warning `Failed`
//   "Error: <reason>" when EnsureImageExists fails.
// - pkg/kubelet/images/image_manager.go `EnsureImageExists` and the image back-off: in
//   image-manager.ts. pkg/kubelet/kubelet_pods.go `generateAPIPodStatus`: in kubelet-status.ts.
// - pkg/kubelet/config/config.go `checkAndUpdatePod`: a pod from the API whose spec, labels,
//   annotations or deletion fields changed is an UPDATE (`HandlePodUpdates` syncs it); one whose
//   status alone changed (the kubelet's own write coming back through its watch, another
//   controller's condition) is a RECONCILE: kubelet.go `HandlePodReconcile` syncs it only when
//   status.NeedToReconcilePodReadiness says so (pod-readiness.ts). For a launcher pod with the
//   readiness gate and the native sidecar `guest-console-log` that is every time, so each status
//   write is followed by a sync after the next relist (pod_workers.go `podCache.GetNewerThan`).
// - pkg/kubelet/kuberuntime/kuberuntime_container.go `computeInitContainerActions`: a native
//   sidecar (init container with restartPolicy Always) that runs counts as initialized, so the
//   sync after it started starts the next init container; it keeps running, ready without a probe.
// Not modelled: probes other than the readiness the model sets after start, the kubelet's restarts.
import { rfc3339, type Clock, type Timer } from '../scaled-clock.ts';
import type { Cluster } from '../cluster.ts';
import { sameJson } from '../objects.ts';
import type { Random } from '../random.ts';
import { NODE_NAME } from '../seed.ts';
import type { Change } from '../store.ts';
import { EventRecorder, involvedObjectOf, type InvolvedObject } from './events.ts';
import { ImageManager, type PullError } from './image-manager.ts';
import { isSidecar, needToReconcilePodReadiness } from './pod-readiness.ts';
import type { ContainerSpec, Pod } from './pod-types.ts';
import { generatePodStatus, type RuntimeState } from './kubelet-status.ts';

/** pod_workers.go: backOffPeriod (kubelet.go) after an error, resyncInterval after a clean sync. */
export const SYNC_ERROR_REQUEUE_MS = 10_000;
export const RESYNC_MS = 60_000;
/** workerBackOffPeriodJitterFactor = workerResyncIntervalJitterFactor = 0.5 (wait.Jitter). */
const REQUEUE_JITTER = 0.5;
/** kubelet.go syncLoop's syncTicker and pleg/generic.go's relist period. */
export const SYNC_TICK_MS = 1000;
/**
 * pleg/generic.go: `wait.Until(g.Relist, relistPeriod = 1 s)` waits the period after each relist
 * returned (sliding), so relists start every 1 s plus a relist's own duration (modelled 25 ms):
 * their phase drifts against the 1 s sync ticker, as on a node.
 */
export const RELIST_MS = 1025;
/** Modelled durations of the runtime (not from a source: plausible figures for a kind node). */
const POD_START_MS = 100;
const SANDBOX_MS = 600;
const INIT_RUN_MS = 200;
const READY_MS = 500;
const TERMINATE_MS = 500;
/**
 * What a sync spends besides pulls and starts (volumes, pull secrets, the runtime's status
 * calls): 20-40 ms. It is the shortest an ErrImagePull can last when the next sync follows at once.
 */
const SYNC_MS = 20;

export interface KubeletOptions {
  imageExists: (image: string) => boolean;
  /**
   * REAL ms that ErrImagePull stays on the pod (and so on the VMI and the VM, which follow it
   * with a fixed lag): the sync that writes ErrImagePull finds the image in back-off and the next
   * one writes ImagePullBackOff exactly this long after, whatever the relist, requeue or
   * reconcile would do. undefined: the kubelet's own timing.
   */
  errImagePullDwellMs: number | undefined;
}

/** kubecontainer.SyncResult: one action of a runtime sync, and how it failed. */
interface SyncResult {
  action: 'CreatePodSandbox' | 'ConfigPodSandbox' | 'StartContainer';
  target?: string;
  error?: PullError | 'ConfigPodSandboxError';
  message?: string;
}

/** One pod's worker: its runtime state, reasonCache and timers. */
interface Worker extends RuntimeState {
  namespace: string;
  name: string;
  uid: string;
  sandbox: boolean;
  /** The last version seen from the API: what config.go's checkAndUpdatePod compares. */
  seen?: { meta: string; status: string };
  /** The work queue's entry (requeue after a sync). */
  queued?: Timer;
  /** The PLEG relist that will see a runtime change. */
  relist?: Timer;
  syncing: boolean;
  /** An update arrived while a sync ran: run again when it ends. */
  pending: boolean;
  /** Clock time at which the last sync ended. */
  lastSyncEnd: number;
  /** With a dwell: this sync wrote ErrImagePull, so it finds the image in back-off. */
  dwelling: boolean;
  /** With a dwell: the clock time of the sync that writes ImagePullBackOff; nothing syncs before. */
  dwellUntil?: number;
  terminating: boolean;
}

export class Kubelet {
  readonly #cluster: Cluster;
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #options: KubeletOptions;
  readonly #events: EventRecorder;
  readonly #workers = new Map<string, Worker>();
  readonly #images: ImageManager;
  /** Phases of the 1 s sync ticker and PLEG relist, from kubelet start. */
  readonly #tickPhase: number;
  readonly #relistPhase: number;
  readonly #unsubscribe: () => void;
  #podIp = 10;

  constructor(cluster: Cluster, clock: Clock, random: Random, options: KubeletOptions) {
    this.#cluster = cluster;
    this.#clock = clock;
    this.#random = random;
    this.#options = options;
    this.#events = new EventRecorder(cluster, { component: 'kubelet', host: NODE_NAME });
    this.#images = new ImageManager(clock, random, this.#events, (image) =>
      this.#options.imageExists(image),
    );
    this.#tickPhase = clock.now() + random.next() * clock.scaled(SYNC_TICK_MS);
    this.#relistPhase = clock.now() + random.next() * clock.scaled(RELIST_MS);
    this.#unsubscribe = cluster.store.subscribe((change) => this.#onChange(change));
  }

  stop(): void {
    this.#unsubscribe();
    for (const worker of this.#workers.values()) this.#cancelTimers(worker);
    this.#workers.clear();
  }

  #cancelTimers(worker: Worker): void {
    worker.queued?.cancel();
    worker.relist?.cancel();
  }

  #onChange(change: Change): void {
    if (change.resource !== 'pods') return;
    const pod = change.object as Pod;
    if (pod.spec.nodeName !== NODE_NAME) return;
    const worker = this.#workers.get(pod.metadata.uid);
    if (change.type === 'DELETED') {
      if (worker) this.#cancelTimers(worker);
      this.#workers.delete(pod.metadata.uid);
      return;
    }
    if (worker && !pod.metadata.deletionTimestamp) {
      this.#checkAndUpdatePod(worker, pod);
      return;
    }
    if (!worker) {
      const created: Worker = {
        namespace: pod.metadata.namespace ?? '',
        name: pod.metadata.name,
        uid: pod.metadata.uid,
        sandbox: false,
        initDone: 0,
        initRunning: false,
        started: false,
        ready: false,
        startedAt: {},
        sidecars: new Set(),
        reasons: new Map(),
        syncing: false,
        pending: false,
        lastSyncEnd: -Infinity,
        dwelling: false,
        terminating: false,
        startTime: rfc3339(this.#clock.wallNow()),
      };
      this.#workers.set(pod.metadata.uid, created);
      this.#checkAndUpdatePod(created, pod);
      // HandlePodAdditions -> UpdatePod: the first sync starts as soon as the pod is seen.
      created.queued = this.#clock.after(POD_START_MS, () => this.#requestSync(created));
    }
    if (pod.metadata.deletionTimestamp) this.#terminate(this.#workers.get(pod.metadata.uid)!);
  }

  /**
   * config.go `checkAndUpdatePod`: a change of spec, labels or annotations is an UPDATE and syncs;
   * a change of the status alone is a RECONCILE, which syncs only when the Ready condition
   * disagrees with the one computed from the containers' statuses (`HandlePodReconcile`).
   */
  #checkAndUpdatePod(worker: Worker, pod: Pod): void {
    const meta = JSON.stringify([
      pod.spec,
      pod.metadata.labels ?? {},
      pod.metadata.annotations ?? {},
      pod.metadata.deletionTimestamp,
      pod.metadata.deletionGracePeriodSeconds,
    ]);
    const status = JSON.stringify(pod.status ?? {});
    const before = worker.seen;
    worker.seen = { meta, status };
    if (!before) return;
    if (meta !== before.meta) this.#requestSync(worker);
    else if (status !== before.status && needToReconcilePodReadiness(pod))
      this.#requestSync(worker);
  }

  #pod(worker: Worker): Pod | undefined {
    const pod = this.#cluster.store.get('pods', worker.namespace, worker.name) as Pod | undefined;
    return pod?.metadata.uid === worker.uid ? pod : undefined;
  }

  /** The first tick of a grid (`phase` + k x period, real ms) at or after `at`. */
  #tick(at: number, phase: number, modelPeriod: number): number {
    const period = this.#clock.scaled(modelPeriod);
    if (period <= 0) return at;
    return phase + Math.ceil((at - phase) / period) * period;
  }

  /** UpdatePod: sync now, or right after the sync that is running. */
  #requestSync(worker: Worker): void {
    if (worker.terminating || !this.#workers.has(worker.uid)) return;
    if (worker.syncing || worker.dwellUntil !== undefined) {
      worker.pending = true;
      return;
    }
    // podWorkerLoop: wait for a PLEG cache newer than the end of the previous sync.
    const ready = this.#tick(worker.lastSyncEnd, this.#relistPhase, RELIST_MS);
    const now = this.#clock.now();
    if (ready > now) {
      worker.pending = true;
      worker.relist?.cancel();
      worker.relist = this.#clock.afterReal(ready - now, () => this.#resume(worker));
      return;
    }
    void this.#sync(worker);
  }

  #resume(worker: Worker): void {
    worker.relist = undefined;
    if (!worker.pending) return;
    worker.pending = false;
    this.#requestSync(worker);
  }

  /** PLEG: the next relist sees a sandbox or container that started or exited, and syncs. */
  #runtimeChanged(worker: Worker): void {
    if (worker.relist) return;
    const now = this.#clock.now();
    const at = this.#tick(now + 1e-6, this.#relistPhase, RELIST_MS);
    worker.relist = this.#clock.afterReal(at - now, () => {
      worker.relist = undefined;
      this.#requestSync(worker);
    });
  }

  /** completeWork: the work queue's entry, read by the 1 s sync ticker. */
  #requeue(worker: Worker, syncError: boolean): void {
    worker.queued?.cancel();
    const now = this.#clock.now();
    if (worker.dwellUntil !== undefined) {
      // The dwell knob: the next sync exactly the dwell after the write, not waiting for a relist.
      worker.queued = this.#clock.afterReal(Math.max(0, worker.dwellUntil - now), () => {
        worker.queued = undefined;
        worker.dwellUntil = undefined;
        worker.pending = false;
        if (!worker.terminating && this.#workers.has(worker.uid)) void this.#sync(worker);
      });
      return;
    }
    const base = syncError ? SYNC_ERROR_REQUEUE_MS : RESYNC_MS;
    const due = now + this.#clock.scaled(base * (1 + this.#random.next() * REQUEUE_JITTER));
    const delay = this.#tick(due, this.#tickPhase, SYNC_TICK_MS) - now;
    worker.queued = this.#clock.afterReal(delay, () => {
      worker.queued = undefined;
      this.#requestSync(worker);
    });
  }

  /** (*Kubelet).SyncPod: write the status, run the runtime's SyncPod, keep its reasons. */
  async #sync(worker: Worker): Promise<void> {
    const pod = this.#pod(worker);
    if (!pod || worker.terminating) return;
    worker.syncing = true;
    try {
      const dwellMs = this.#options.errImagePullDwellMs;
      worker.dwelling =
        dwellMs !== undefined &&
        [...worker.reasons.values()].some((r) => r.reason === 'ErrImagePull');
      if (worker.dwelling) worker.dwellUntil = this.#clock.now() + Math.max(1, dwellMs!);
      this.#writeStatus(worker);
      if (!worker.dwelling) await this.#elapse(SYNC_MS * (1 + this.#random.next()));
      if (worker.terminating || !this.#pod(worker)) return;
      const results = await this.#syncRuntime(worker, pod);
      if (worker.terminating || !this.#pod(worker)) return;
      for (const result of results) {
        if (result.action !== 'StartContainer' || !result.target) continue;
        if (result.error) {
          worker.reasons.set(result.target, {
            reason: result.error,
            message: result.message ?? '',
          });
        } else worker.reasons.delete(result.target);
      }
      // "Do not return error if the only failures were pods in backoff": every result, the
      // successful ones included, must be a back-off error for the sync to count as clean.
      const failed = results.some((r) => r.error !== undefined);
      const backOffOnly = results.every((r) => r.error === 'ImagePullBackOff');
      this.#requeue(worker, failed && !backOffOnly);
    } finally {
      worker.syncing = false;
      worker.lastSyncEnd = this.#clock.now();
      if (worker.pending) {
        worker.pending = false;
        this.#requestSync(worker);
      }
    }
  }

  /** kuberuntime_manager.go SyncPod: sandbox, image volumes, next init container, containers. */
  async #syncRuntime(worker: Worker, pod: Pod): Promise<SyncResult[]> {
    const results: SyncResult[] = [];
    if (!worker.sandbox) {
      await this.#elapse(SANDBOX_MS);
      if (worker.terminating || !this.#pod(worker)) return results;
      worker.sandbox = true;
      results.push({ action: 'CreatePodSandbox' });
      this.#runtimeChanged(worker);
    }
    const config: SyncResult = { action: 'ConfigPodSandbox' };
    results.push(config);
    for (const volume of pod.spec.volumes ?? []) {
      if (!volume.image) continue;
      const outcome = await this.#images.ensureImageExists(
        this.#dwelling(pod),
        pod,
        volume.image.reference,
        involvedObjectOf(pod),
      );
      if (!outcome.ok) {
        config.error = 'ConfigPodSandboxError';
        config.message = outcome.message;
        return results;
      }
    }
    const inits = pod.spec.initContainers ?? [];
    if (worker.initDone < inits.length) {
      if (!worker.initRunning)
        results.push(await this.#startInit(worker, pod, inits[worker.initDone]!));
      return results;
    }
    if (!worker.started) results.push(...(await this.#startContainers(worker, pod)));
    return results;
  }

  /** With a dwell, whether the pod's last sync wrote ErrImagePull (its image is then in back-off). */
  #dwelling(pod: Pod): boolean {
    return this.#workers.get(pod.metadata.uid)?.dwelling ?? false;
  }

  #elapse(modelMs: number): Promise<void> {
    return new Promise<void>((resolve) => this.#clock.after(modelMs, resolve));
  }

  async #startInit(worker: Worker, pod: Pod, container: ContainerSpec): Promise<SyncResult> {
    const ref = involvedObjectOf(pod, `spec.initContainers{${container.name}}`);
    const result = await this.#start(pod, container, ref);
    if (result.error || worker.terminating || !this.#pod(worker)) return result;
    this.#events.record(ref, 'Normal', 'Created', `Created container: ${container.name}`);
    this.#events.record(ref, 'Normal', 'Started', `Started container ${container.name}`);
    worker.startedAt[container.name] = rfc3339(this.#clock.wallNow());
    this.#runtimeChanged(worker);
    if (isSidecar(container)) {
      // Running counts as initialized: the sync the PLEG event brings starts the next one.
      worker.sidecars.add(container.name);
      worker.initDone++;
      return result;
    }
    worker.initRunning = true;
    this.#clock.after(INIT_RUN_MS, () => {
      worker.initRunning = false;
      worker.initDone++;
      worker.startedAt[`${container.name}/finished`] = rfc3339(this.#clock.wallNow());
      this.#runtimeChanged(worker);
    });
    return result;
  }

  async #startContainers(worker: Worker, pod: Pod): Promise<SyncResult[]> {
    const results: SyncResult[] = [];
    for (const container of pod.spec.containers) {
      const ref = involvedObjectOf(pod, `spec.containers{${container.name}}`);
      const result = await this.#start(pod, container, ref);
      results.push(result);
      if (result.error || worker.terminating || !this.#pod(worker)) return results;
    }
    for (const container of pod.spec.containers) {
      const ref = involvedObjectOf(pod, `spec.containers{${container.name}}`);
      this.#events.record(ref, 'Normal', 'Created', `Created container: ${container.name}`);
      this.#events.record(ref, 'Normal', 'Started', `Started container ${container.name}`);
      worker.startedAt[container.name] = rfc3339(this.#clock.wallNow());
    }
    worker.started = true;
    this.#runtimeChanged(worker);
    // The prober's readiness result goes to the status manager directly (SetContainerReadiness).
    this.#clock.after(READY_MS, () => {
      if (worker.terminating) return;
      worker.ready = true;
      this.#writeStatus(worker);
    });
    return results;
  }

  /** `start` -> startContainer: EnsureImageExists, and "Error: <reason>" when it fails. */
  async #start(pod: Pod, container: ContainerSpec, ref: InvolvedObject): Promise<SyncResult> {
    const outcome = await this.#images.ensureImageExists(
      this.#dwelling(pod),
      pod,
      container.image,
      ref,
      container.imagePullPolicy,
    );
    if (outcome.ok) return { action: 'StartContainer', target: container.name };
    this.#events.record(ref, 'Warning', 'Failed', `Error: ${outcome.reason}`);
    return {
      action: 'StartContainer',
      target: container.name,
      error: outcome.reason,
      message: outcome.message,
    };
  }

  #terminate(worker: Worker): void {
    if (worker.terminating) return;
    worker.terminating = true;
    this.#cancelTimers(worker);
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

  /** The next pod IP of the node's range (10.244.0.1-250, round). */
  #newPodIp(): string {
    this.#podIp = (this.#podIp % 250) + 1;
    return `10.244.0.${this.#podIp}`;
  }

  /** The pod status the status manager would write now; written only when it changed. */
  #writeStatus(worker: Worker): void {
    const pod = this.#pod(worker);
    if (!pod || pod.metadata.deletionTimestamp) return;
    const status = generatePodStatus(
      worker,
      pod,
      () => this.#clock.wallNow(),
      () => this.#newPodIp(),
    );
    if (sameJson(status, pod.status)) return;
    this.#cluster.store.update('pods', { ...pod, status });
  }
}
