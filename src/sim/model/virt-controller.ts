// virt-controller's VM and VMI controllers and the part of virt-handler that starts a VMI,
// reduced to what a client observes. Sources (github.com/kubevirt/kubevirt):
// - pkg/virt-controller/watch/vm/vm.go: runStrategy Always -> create the VMI (event
//   SuccessfulCreate), Halted -> delete it; `setPrintableStatus` takes the first match of
//   Terminating, Stopping, Running, ErrorPvcNotFound, ErrorUnschedulable, ErrImagePull,
//   ImagePullBackOff, Starting, Stopped (the statuses this model can reach), else Unknown.
// - pkg/virt-controller/watch/vmi/datavolumes.go `areDataVolumesReady`: a persistentVolumeClaim
//   or dataVolume volume whose PVC does not exist (`storagetypes.VolumeReadyToAttachToNode`
//   looks the claim up by `PVCNameFromVirtVolume`: the claim name, or the DataVolume's name) is
//   an informalSyncError with reason FailedPvcNotFound and a Normal event of that reason; no
//   launcher pod is made, and lifecycle.go `updateStatus` writes Synchronized=False and
//   PodScheduled=False/Unschedulable with its message on the Pending VMI. The simulator has no
//   storage: every claim is missing.
// - pkg/virt-controller/watch/vmi/lifecycle.go: creates the virt-launcher pod (template.go);
//   while the VMI is Scheduling, `checkForContainerImageError` looks at init container statuses
//   first, then containers, and a waiting reason ErrImagePull / ImagePullBackOff becomes the
//   condition Synchronized=False with that reason and the kubelet's message
//   (`conditionManager.CheckFailure`); the pod's PodScheduled=False/Unschedulable is copied.
//   `syncPausedConditionToPod` patches the pod's status once with the readiness gate's condition
//   kubevirt.io/virtual-machine-unpaused=True (reason NotPaused) while the VMI is not paused.
// The pod -> VMI and VMI -> VM mirrors each take half of `vmStatusLagMs`; the VM mirror may
// coalesce a short state (see MirrorQueue).
import { rfc3339, type Clock } from '../scaled-clock.ts';
import type { Cluster } from '../cluster.ts';
import { sameJson, clone, objectKey, type KubeObject } from '../objects.ts';
import type { Random } from '../random.ts';
import { resourceDef } from '../api-resources.ts';
import type { Change } from '../store.ts';
import { EventRecorder, involvedObjectOf } from './events.ts';
import { readKubevirtConfig } from './kubevirt-config.ts';
import { CREATED_BY_LABEL, renderLauncherPod, UNPAUSED_CONDITION } from './launcher-pod.ts';
import { MirrorQueue } from './mirror-queue.ts';
import {
  conditionOf,
  type Condition,
  type Pod,
  type Vm,
  type Vmi,
  type VmiStatus,
  type VmStatus,
} from './pod-types.ts';

export const VM_FINALIZER = 'kubevirt.io/virtualMachineControllerFinalize';
/** Modelled reaction time of a controller to a change it acts on. */
const CONTROLLER_MS = 20;
/** Modelled time virt-handler takes from Scheduled to a running domain. */
const HANDLER_START_MS = 2000;

export interface VirtControllerOptions {
  /** REAL ms from a pod change to the VM status that mirrors it. */
  vmStatusLagMs: number;
  /** A chance, or one per VM (`namespace/name`). */
  coalesceChance: number | ((vm: string) => number);
}

const STARTING_PHASES = new Set(['', 'Pending', 'Scheduling', 'Scheduled']);

/** kubevirt's `VirtualMachineRunStrategy`: does the VM want a VMI now? */
function wantsRunning(vm: Vm): boolean | undefined {
  const strategy =
    vm.spec.runStrategy ??
    (vm.spec.running === true ? 'Always' : vm.spec.running === false ? 'Halted' : undefined);
  switch (strategy) {
    case 'Always':
    case 'RerunOnFailure':
    case 'Once':
      return true;
    case 'Halted':
      return false;
    default:
      return undefined;
  }
}

/** vm.go `setPrintableStatus`, over the statuses this model can produce. */
export function printableStatus(vm: Vm, vmi: Vmi | undefined): string {
  if (vm.metadata.deletionTimestamp) return 'Terminating';
  const want = wantsRunning(vm);
  if (vmi?.metadata.deletionTimestamp || (vmi && want === false)) return 'Stopping';
  const phase = vmi?.status?.phase ?? '';
  if (vmi && phase === 'Running') return 'Running';
  const sync = conditionOf(vmi?.status, 'Synchronized');
  if (sync?.status === 'False' && sync.reason === 'FailedPvcNotFound') return 'ErrorPvcNotFound';
  const scheduled = conditionOf(vmi?.status, 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable')
    return 'ErrorUnschedulable';
  if (sync?.status === 'False' && sync.reason === 'ErrImagePull') return 'ErrImagePull';
  if (sync?.status === 'False' && sync.reason === 'ImagePullBackOff') return 'ImagePullBackOff';
  if ((!vmi && want === true) || (vmi && STARTING_PHASES.has(phase))) return 'Starting';
  if (!vmi || phase === 'Succeeded' || phase === 'Failed') return 'Stopped';
  return 'Unknown';
}

/** The first volume's PVC name (`PVCNameFromVirtVolume`) when it needs one; none exists here. */
function missingClaim(vmi: Vmi): string | undefined {
  for (const volume of vmi.spec.volumes ?? []) {
    const claim = volume.persistentVolumeClaim as { claimName?: unknown } | undefined;
    if (typeof claim?.claimName === 'string') return claim.claimName;
    const dataVolume = volume.dataVolume as { name?: unknown } | undefined;
    if (typeof dataVolume?.name === 'string') return dataVolume.name;
  }
  return undefined;
}

/** lifecycle.go `checkForContainerImageError`: init containers first, then containers. */
function containerImageError(pod: Pod): { reason: string; message: string } | undefined {
  for (const status of [
    ...(pod.status?.initContainerStatuses ?? []),
    ...(pod.status?.containerStatuses ?? []),
  ]) {
    const waiting = status.state.waiting;
    if (waiting && (waiting.reason === 'ErrImagePull' || waiting.reason === 'ImagePullBackOff')) {
      return { reason: waiting.reason, message: waiting.message ?? '' };
    }
  }
  return undefined;
}

function setCondition(
  conditions: Condition[],
  condition: Condition | undefined,
  type: string,
): Condition[] {
  const others = conditions.filter((existing) => existing.type !== type);
  if (!condition) return others;
  const before = conditions.find((existing) => existing.type === type);
  const same =
    before &&
    before.status === condition.status &&
    before.reason === condition.reason &&
    before.message === condition.message;
  return [
    ...others,
    same ? before : { ...condition, lastProbeTime: null, lastTransitionTime: rfc3339() },
  ];
}

export class VirtController {
  readonly #cluster: Cluster;
  readonly #clock: Clock;
  readonly #vmEvents: EventRecorder;
  readonly #handlerEvents: EventRecorder;
  readonly #vmiMirror: MirrorQueue<Pod | undefined>;
  readonly #vmMirror: MirrorQueue<Vmi | undefined>;
  /** VMI uids whose launcher pod has been created (the controller's expectations). */
  readonly #podCreated = new Set<string>();
  readonly #unsubscribe: () => void;

  constructor(cluster: Cluster, clock: Clock, random: Random, options: VirtControllerOptions) {
    this.#cluster = cluster;
    this.#clock = clock;
    this.#vmEvents = new EventRecorder(cluster, { component: 'virtualmachine-controller' });
    this.#handlerEvents = new EventRecorder(cluster, {
      component: 'virt-handler',
      host: 'sim-node',
    });
    const half = () => options.vmStatusLagMs / 2;
    this.#vmiMirror = new MirrorQueue({
      clock,
      random: random.fork('vmi'),
      lagMs: half,
      coalesceChance: 0,
      apply: (key, pod) => this.#mirrorPod(key, pod),
    });
    this.#vmMirror = new MirrorQueue({
      clock,
      random: random.fork('vm'),
      lagMs: half,
      coalesceChance: options.coalesceChance,
      apply: (key, vmi) => this.#mirrorVmi(key, vmi),
    });
    this.#unsubscribe = cluster.store.subscribe((change) => this.#onChange(change));
  }

  stop(): void {
    this.#unsubscribe();
  }

  #onChange(change: Change): void {
    const { object } = change;
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    switch (change.resource) {
      case 'virtualmachines':
        if (change.type !== 'DELETED') {
          this.#clock.after(CONTROLLER_MS, () => this.#syncVm(key));
          this.#vmMirror.push(key, this.#vmiFor(object));
        }
        break;
      case 'virtualmachineinstances': {
        const vmi = change.type === 'DELETED' ? undefined : (object as Vmi);
        this.#vmMirror.push(key, vmi);
        if (change.type === 'DELETED') {
          this.#podCreated.delete(object.metadata.uid);
          this.#clock.after(CONTROLLER_MS, () => this.#syncVm(key));
        } else this.#clock.after(CONTROLLER_MS, () => this.#syncVmi(key));
        break;
      }
      case 'pods': {
        const vmiUid = object.metadata.labels?.[CREATED_BY_LABEL];
        const owner = object.metadata.ownerReferences?.find(
          (ref) => ref.kind === 'VirtualMachineInstance',
        );
        if (!vmiUid || !owner) return;
        const vmiKey = objectKey(object.metadata.namespace, owner.name);
        this.#vmiMirror.push(vmiKey, change.type === 'DELETED' ? undefined : (object as Pod));
        if (change.type === 'DELETED')
          this.#clock.after(CONTROLLER_MS, () => this.#syncVmi(vmiKey));
        break;
      }
    }
  }

  #get<T extends KubeObject>(resource: string, key: string): T | undefined {
    const [namespace, name] = key.split('/') as [string, string];
    return this.#cluster.store.get(resource, namespace, name) as T | undefined;
  }

  #vmiFor(vm: KubeObject): Vmi | undefined {
    const vmi = this.#get<Vmi>(
      'virtualmachineinstances',
      objectKey(vm.metadata.namespace, vm.metadata.name),
    );
    return vmi?.metadata.ownerReferences?.some((ref) => ref.uid === vm.metadata.uid)
      ? vmi
      : undefined;
  }

  /** vm.go: keep the finalizer, start or stop the VMI by the run strategy, finish a deletion. */
  #syncVm(key: string): void {
    const vm = this.#get<Vm>('virtualmachines', key);
    if (!vm) return;
    const vmi = this.#vmiFor(vm);
    if (vm.metadata.deletionTimestamp) {
      if (vmi && !vmi.metadata.deletionTimestamp) this.#deleteVmi(vm, vmi);
      if (!vmi && vm.metadata.finalizers?.includes(VM_FINALIZER))
        this.#cluster.removeFinalizer('virtualmachines', vm, VM_FINALIZER);
      return;
    }
    if (!vm.metadata.finalizers?.includes(VM_FINALIZER)) {
      const updated = clone(vm);
      updated.metadata.finalizers = [...(vm.metadata.finalizers ?? []), VM_FINALIZER];
      this.#cluster.store.update('virtualmachines', updated);
      return;
    }
    const want = wantsRunning(vm);
    if (want === true && !vmi && !this.#get<Vmi>('virtualmachineinstances', key))
      this.#createVmi(vm);
    if (want === false && vmi && !vmi.metadata.deletionTimestamp) this.#deleteVmi(vm, vmi);
  }

  #createVmi(vm: Vm): void {
    const template = vm.spec.template ?? {};
    const vmi = this.#cluster.create(
      resourceDef('virtualmachineinstances'),
      {
        apiVersion: 'kubevirt.io/v1',
        kind: 'VirtualMachineInstance',
        metadata: {
          name: vm.metadata.name,
          labels: template.metadata?.labels ?? {},
          annotations: {
            ...template.metadata?.annotations,
            'kubevirt.io/vm-generation': String(vm.metadata.generation ?? 1),
          },
          ownerReferences: [
            {
              apiVersion: 'kubevirt.io/v1',
              kind: 'VirtualMachine',
              name: vm.metadata.name,
              uid: vm.metadata.uid,
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
          finalizers: [VM_FINALIZER],
        },
        spec: template.spec ?? {},
      },
      vm.metadata.namespace,
    );
    this.#vmEvents.record(
      involvedObjectOf(vm),
      'Normal',
      'SuccessfulCreate',
      `Started the virtual machine by creating the new virtual machine instance ${vmi.metadata.name}`,
    );
  }

  #deleteVmi(vm: Vm, vmi: Vmi): void {
    this.#cluster.delete(
      resourceDef('virtualmachineinstances'),
      vmi.metadata.namespace,
      vmi.metadata.name,
    );
    this.#vmEvents.record(
      involvedObjectOf(vm),
      'Normal',
      'SuccessfulDelete',
      `Stopped the virtual machine by deleting the virtual machine instance ${vmi.metadata.uid}`,
    );
  }

  #launcherPods(vmi: Vmi): Pod[] {
    return this.#cluster.store
      .list('pods', vmi.metadata.namespace)
      .filter((pod) => pod.metadata.labels?.[CREATED_BY_LABEL] === vmi.metadata.uid) as Pod[];
  }

  /** lifecycle.go: Pending -> create the launcher pod; on deletion delete it, then drop the finalizer. */
  #syncVmi(key: string): void {
    const vmi = this.#get<Vmi>('virtualmachineinstances', key);
    if (!vmi) return;
    const pods = this.#launcherPods(vmi);
    if (vmi.metadata.deletionTimestamp) {
      for (const pod of pods) {
        if (!pod.metadata.deletionTimestamp) {
          this.#cluster.delete(resourceDef('pods'), pod.metadata.namespace, pod.metadata.name);
          this.#vmEvents.record(
            involvedObjectOf(vmi),
            'Normal',
            'SuccessfulDelete',
            `Deleted virtual machine pod ${pod.metadata.name}`,
          );
        }
      }
      if (pods.length === 0)
        this.#cluster.removeFinalizer('virtualmachineinstances', vmi, VM_FINALIZER);
      return;
    }
    const claim = missingClaim(vmi);
    if (!vmi.status?.phase) {
      this.#writeVmiStatus(vmi, {
        ...vmi.status,
        phase: 'Pending',
        phaseTransitionTimestamps: [{ phase: 'Pending', phaseTransitionTimestamp: rfc3339() }],
        ...(claim !== undefined && { conditions: this.#pvcNotFound(vmi, claim) }),
      });
      return;
    }
    if (claim !== undefined && vmi.status.phase === 'Pending') {
      this.#writeVmiStatus(vmi, { ...vmi.status, conditions: this.#pvcNotFound(vmi, claim) });
      return;
    }
    if (
      vmi.status.phase === 'Pending' &&
      pods.length === 0 &&
      !this.#podCreated.has(vmi.metadata.uid)
    ) {
      this.#podCreated.add(vmi.metadata.uid);
      const pod = this.#cluster.create(
        resourceDef('pods'),
        renderLauncherPod(vmi, readKubevirtConfig(this.#cluster.store)),
        vmi.metadata.namespace,
      );
      this.#vmEvents.record(
        involvedObjectOf(vmi),
        'Normal',
        'SuccessfulCreate',
        `Created virtual machine pod ${pod.metadata.name}`,
      );
    }
    if (vmi.status.phase === 'Scheduled')
      this.#clock.after(HANDLER_START_MS, () => this.#startDomain(key, vmi.metadata.uid));
  }

  /**
   * datavolumes.go `areDataVolumesReady` for a claim that does not exist: its Normal event, and
   * the conditions lifecycle.go `updateStatus` writes from the sync error.
   */
  #pvcNotFound(vmi: Vmi, claim: string): Condition[] {
    const message = `PVC ${vmi.metadata.namespace ?? ''}/${claim} does not exist, waiting for it to appear`;
    this.#vmEvents.record(involvedObjectOf(vmi), 'Normal', 'FailedPvcNotFound', message);
    let conditions = vmi.status?.conditions ?? [];
    conditions = setCondition(
      conditions,
      { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message },
      'PodScheduled',
    );
    return setCondition(
      conditions,
      { type: 'Synchronized', status: 'False', reason: 'FailedPvcNotFound', message },
      'Synchronized',
    );
  }

  /** virt-handler: the domain starts and the VMI becomes Running and Ready. */
  #startDomain(key: string, uid: string): void {
    const vmi = this.#get<Vmi>('virtualmachineinstances', key);
    if (
      !vmi ||
      vmi.metadata.uid !== uid ||
      vmi.status?.phase !== 'Scheduled' ||
      vmi.metadata.deletionTimestamp
    )
      return;
    const status = clone(vmi.status);
    status.phase = 'Running';
    status.phaseTransitionTimestamps = [
      ...(status.phaseTransitionTimestamps ?? []),
      { phase: 'Running', phaseTransitionTimestamp: rfc3339() },
    ];
    status.conditions = setCondition(
      status.conditions ?? [],
      { type: 'Ready', status: 'True' },
      'Ready',
    );
    status.guestOSInfo = {};
    this.#writeVmiStatus(vmi, status);
    this.#handlerEvents.record(
      involvedObjectOf(vmi),
      'Normal',
      'Started',
      'VirtualMachineInstance started.',
    );
  }

  /** The VMI status a reconcile computes from the launcher pod as it was (`snapshot`). */
  #mirrorPod(key: string, pod: Pod | undefined): void {
    const vmi = this.#get<Vmi>('virtualmachineinstances', key);
    if (
      !vmi?.status?.phase ||
      (pod && pod.metadata.labels?.[CREATED_BY_LABEL] !== vmi.metadata.uid)
    )
      return;
    const status: VmiStatus = clone(vmi.status);
    let conditions = status.conditions ?? [];
    const phase = status.phase ?? 'Pending';
    if (pod && (phase === 'Pending' || phase === 'Scheduling' || phase === 'Scheduled')) {
      const allReady =
        pod.status?.phase === 'Running' &&
        (pod.status.containerStatuses ?? []).every((container) => container.ready);
      const next = allReady ? 'Scheduled' : 'Scheduling';
      if (next !== phase) {
        status.phase = next;
        status.phaseTransitionTimestamps = [
          ...(status.phaseTransitionTimestamps ?? []),
          { phase: next, phaseTransitionTimestamp: rfc3339() },
        ];
      }
      status.activePods = {
        [pod.metadata.uid]: typeof pod.spec.nodeName === 'string' ? pod.spec.nodeName : '',
      };
      if (allReady) status.nodeName = pod.spec.nodeName;
      const scheduled = conditionOf(pod.status, 'PodScheduled');
      conditions = setCondition(
        conditions,
        scheduled?.status === 'False'
          ? {
              type: 'PodScheduled',
              status: 'False',
              reason: scheduled.reason ?? 'Unschedulable',
              message: scheduled.message ?? '',
            }
          : undefined,
        'PodScheduled',
      );
      const imageError = next === 'Scheduling' ? containerImageError(pod) : undefined;
      conditions = setCondition(
        conditions,
        imageError ? { type: 'Synchronized', status: 'False', ...imageError } : undefined,
        'Synchronized',
      );
      conditions = setCondition(
        conditions,
        {
          type: 'Ready',
          status: 'False',
          reason: 'GuestNotRunning',
          message: 'Guest VM is not reported as running',
        },
        'Ready',
      );
      status.launcherContainerImageVersion = pod.spec.containers[0]?.image;
      status.qosClass = pod.status?.qosClass ?? 'Burstable';
    }
    status.conditions = conditions;
    this.#writeVmiStatus(vmi, status);
    if (pod) this.#syncPausedConditionToPod(pod);
  }

  /** lifecycle.go `syncPausedConditionToPod` (the model has no paused VMIs). */
  #syncPausedConditionToPod(snapshot: Pod): void {
    const pod = this.#cluster.store.get(
      'pods',
      snapshot.metadata.namespace,
      snapshot.metadata.name,
    ) as Pod | undefined;
    if (!pod || pod.metadata.uid !== snapshot.metadata.uid || pod.metadata.deletionTimestamp)
      return;
    if (conditionOf(pod.status, UNPAUSED_CONDITION)?.status === 'True') return;
    const conditions = setCondition(
      pod.status?.conditions ?? [],
      {
        type: UNPAUSED_CONDITION,
        status: 'True',
        reason: 'NotPaused',
        message: 'the virtual machine is not paused',
      },
      UNPAUSED_CONDITION,
    );
    this.#cluster.store.update('pods', {
      ...pod,
      status: { phase: 'Pending', ...pod.status, conditions },
    });
  }

  #writeVmiStatus(vmi: Vmi, status: VmiStatus): void {
    if (sameJson(status, vmi.status)) return;
    this.#cluster.store.update('virtualmachineinstances', { ...vmi, status });
  }

  /** The VM status a reconcile computes from the VMI as it was (`snapshot`). */
  #mirrorVmi(key: string, vmi: Vmi | undefined): void {
    const vm = this.#get<Vm>('virtualmachines', key);
    if (!vm) return;
    const owned = vmi?.metadata.ownerReferences?.some((ref) => ref.uid === vm.metadata.uid)
      ? vmi
      : undefined;
    const ready = conditionOf(owned?.status, 'Ready');
    const status: VmStatus = {
      ...vm.status,
      printableStatus: printableStatus(vm, owned),
      created: owned !== undefined,
      ready: ready?.status === 'True',
      conditions: setCondition(
        vm.status?.conditions ?? [],
        owned
          ? {
              type: 'Ready',
              status: ready?.status ?? 'False',
              ...(ready?.status === 'True'
                ? {}
                : {
                    reason: ready?.reason ?? 'GuestNotRunning',
                    message: ready?.message ?? 'Guest VM is not reported as running',
                  }),
            }
          : {
              type: 'Ready',
              status: 'False',
              reason: 'VMINotExists',
              message: 'VMI does not exist',
            },
        'Ready',
      ),
      runStrategy: vm.spec.runStrategy ?? (vm.spec.running ? 'Always' : 'Halted'),
      desiredGeneration: vm.metadata.generation ?? 1,
      observedGeneration: vm.metadata.generation ?? 1,
      volumeSnapshotStatuses: (vm.spec.template?.spec?.volumes ?? []).map((volume) => ({
        name: volume.name,
        enabled: false,
        reason: `Snapshot is not supported for this volumeSource type [${volume.name}]`,
      })),
    };
    if (sameJson(status, vm.status)) return;
    this.#cluster.store.update('virtualmachines', { ...vm, status });
  }
}
