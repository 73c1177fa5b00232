// The four witnesses: what state an API object proves, and which VirtualMachine it belongs to.
// Pure functions over the JSON of one object, as a watch or a list delivers it (timestamps may
// also be `Date`s, as client-node's generated models make them): no clock, no I/O.
import type { LauncherPod, Observation, Witness } from './types.ts';

/** What one object version says, before the observer stamps when and how it was seen. */
export interface Reading {
  /** Identity of the object's history: one per object (an Event is its own object). */
  key: string;
  /**
   * What makes two consecutive versions different entries: the state, and for Events also the
   * count, since each count change proves another occurrence.
   */
  identity: string;
  observation: Omit<Observation, 'seenBy'>;
  /** For a virt-launcher pod: what its spec says about the kubelet's timing. */
  launcher?: LauncherPod;
}

/** Maps a virt-launcher pod (`namespace/name`) to its VM when the pod witness knows it. */
export type PodOwner = (pod: string) => string | undefined;

interface Meta {
  name?: string;
  namespace?: string;
  resourceVersion?: string;
  uid?: string;
  labels?: Record<string, string>;
  ownerReferences?: { kind?: string; name?: string }[];
}

interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: unknown;
}

interface ContainerStatus {
  name?: string;
  state?: {
    waiting?: { reason?: string; message?: string };
    terminated?: { reason?: string; message?: string; exitCode?: number };
  };
}

/** The label KubeVirt puts on a virt-launcher pod, naming its VMI (and so its VM). */
export const VM_NAME_LABEL = 'vm.kubevirt.io/name';

/** Waiting reasons every starting container passes through: they say nothing about the pod. */
const ROUTINE_WAITING = new Set(['PodInitializing', 'ContainerCreating']);

/** The kubelet's `Failed` event for a container start carries the waiting reason: `Error: ErrImagePull`. */
const KUBELET_ERROR = /^Error: ([A-Z][A-Za-z]+)$/;

/** The state a VirtualMachine reports: `status.printableStatus`; nothing before virt-controller set it. */
export function readVm(object: unknown): Reading | undefined {
  const meta = metaOf(object);
  const status = field(object, 'status') as
    { printableStatus?: string; conditions?: Condition[] } | undefined;
  const state = status?.printableStatus;
  if (!meta || !state) return undefined;
  const vm = `${meta.namespace}/${meta.name}`;
  const conditions = status.conditions ?? [];
  const why =
    conditions.find((c) => c.reason === state && c.message) ??
    conditions.find((c) => c.type === 'Failure' && c.status === 'True' && c.message);
  return reading('vm', vm, vm, state, meta.resourceVersion, {
    uid: meta.uid,
    message: why?.message,
    serverTime: isoTime(why?.lastTransitionTime),
  });
}

/**
 * The state a VirtualMachineInstance reports: the reason of its `Synchronized=False` condition
 * (where virt-controller puts `ErrImagePull` / `ImagePullBackOff` with the kubelet's message),
 * else its phase.
 */
export function readVmi(object: unknown): Reading | undefined {
  const meta = metaOf(object);
  const status = field(object, 'status') as
    { phase?: string; conditions?: Condition[] } | undefined;
  if (!meta) return undefined;
  const vm = `${meta.namespace}/${ownerName(meta, 'VirtualMachine') ?? meta.name}`;
  const object_ = `${meta.namespace}/${meta.name}`;
  const sync = status?.conditions?.find((c) => c.type === 'Synchronized' && c.status === 'False');
  if (sync?.reason) {
    return reading('vmi', vm, object_, sync.reason, meta.resourceVersion, {
      uid: meta.uid,
      message: sync.message,
      serverTime: isoTime(sync.lastTransitionTime),
    });
  }
  if (!status?.phase) return undefined;
  return reading('vmi', vm, object_, status.phase, meta.resourceVersion, { uid: meta.uid });
}

/**
 * The state a virt-launcher pod reports: the first container waiting for a reason worth
 * reporting (init containers first, as virt-controller checks them: `volume<vol>-init` is where
 * an unpullable containerDisk shows first), or that failed; else the pod phase.
 */
export function readPod(object: unknown): Reading | undefined {
  const read = readPodState(object);
  if (!read) return undefined;
  return { ...read, launcher: launcherOf(object, read.observation.object) };
}

/** The readiness gates and native sidecars of a pod's spec. */
function launcherOf(object: unknown, pod: string): LauncherPod {
  const spec = field(object, 'spec') as
    | {
        readinessGates?: { conditionType?: string }[];
        initContainers?: { name?: string; restartPolicy?: string }[];
      }
    | undefined;
  return {
    pod,
    readinessGates: (spec?.readinessGates ?? []).flatMap((gate) =>
      gate.conditionType ? [gate.conditionType] : [],
    ),
    sidecars: (spec?.initContainers ?? []).flatMap((container) =>
      container.restartPolicy === 'Always' && container.name ? [container.name] : [],
    ),
  };
}

function readPodState(object: unknown): Reading | undefined {
  const meta = metaOf(object);
  const vm = meta && vmOfPod(meta);
  if (!meta || !vm) return undefined;
  const status = field(object, 'status') as
    | {
        phase?: string;
        initContainerStatuses?: ContainerStatus[];
        containerStatuses?: ContainerStatus[];
      }
    | undefined;
  const pod = `${meta.namespace}/${meta.name}`;
  const containers = [
    ...(status?.initContainerStatuses ?? []),
    ...(status?.containerStatuses ?? []),
  ];
  for (const container of containers) {
    const waiting = container.state?.waiting;
    if (waiting?.reason && !ROUTINE_WAITING.has(waiting.reason)) {
      return reading('pod', vm, pod, waiting.reason, meta.resourceVersion, {
        uid: meta.uid,
        message: waiting.message,
        container: container.name,
      });
    }
    const terminated = container.state?.terminated;
    if (terminated && terminated.exitCode !== 0 && terminated.reason) {
      return reading('pod', vm, pod, terminated.reason, meta.resourceVersion, {
        uid: meta.uid,
        message: terminated.message,
        container: container.name,
      });
    }
  }
  if (!status?.phase) return undefined;
  return reading('pod', vm, pod, status.phase, meta.resourceVersion, { uid: meta.uid });
}

/**
 * The state an Event proves about a VM, its VMI or its pod: a kubelet `Failed` event
 * `Error: ErrImagePull` proves `ErrImagePull`; any other Event proves its reason (`Pulling`,
 * `Failed`, `BackOff`). Its `count` says how often: the proof of a re-entry a watch gap hid.
 * `podOwner` resolves an Event about a pod the pod witness has seen; failing that, the pod's
 * name (`virt-launcher-<vm>-xxxxx`) gives the VM.
 */
export function readEvent(object: unknown, podOwner: PodOwner): Reading | undefined {
  const meta = metaOf(object);
  const event = object as {
    involvedObject?: { kind?: string; name?: string; namespace?: string };
    reason?: string;
    message?: string;
    count?: number;
    firstTimestamp?: unknown;
    lastTimestamp?: unknown;
    eventTime?: unknown;
    series?: { count?: number; lastObservedTime?: unknown };
  };
  const involved = event.involvedObject;
  if (!meta || !involved?.name || !event.reason) return undefined;
  const namespace = involved.namespace ?? meta.namespace;
  const about = `${namespace}/${involved.name}`;
  let vm: string | undefined;
  if (involved.kind === 'VirtualMachine' || involved.kind === 'VirtualMachineInstance') vm = about;
  else if (involved.kind === 'Pod')
    vm = podOwner(about) ?? vmOfLauncherName(namespace, involved.name);
  if (!vm) return undefined;
  const message = event.message;
  const state = KUBELET_ERROR.exec(message ?? '')?.[1] ?? event.reason;
  const count = occurrences(event.count ?? event.series?.count);
  const observation: Omit<Observation, 'seenBy'> = {
    witness: 'event',
    vm,
    object: about,
    state,
    resourceVersion: meta.resourceVersion,
    reason: event.reason,
    count,
  };
  assign(observation, {
    message,
    serverTime: isoTime(event.lastTimestamp ?? event.series?.lastObservedTime ?? event.eventTime),
    firstTime: isoTime(event.firstTimestamp ?? event.eventTime),
  });
  return {
    key: `event ${meta.namespace}/${meta.name}`,
    identity: `${state} x${count}`,
    observation,
  };
}

/**
 * How often an Event says it happened: its count when a whole number of at least 1 (the API's
 * int32), else 1, for the Event itself. A string, a negative or a fraction from a broken or
 * hostile server would otherwise reach the timeline and the `xN` of the log line.
 */
function occurrences(count: unknown): number {
  return Number.isSafeInteger(count) && (count as number) >= 1 ? (count as number) : 1;
}

/** The VM a virt-launcher pod runs: its owning VMI (named as its VM), else KubeVirt's label. */
export function vmOfPod(meta: Meta): string | undefined {
  const name = ownerName(meta, 'VirtualMachineInstance') ?? meta.labels?.[VM_NAME_LABEL];
  return name
    ? `${meta.namespace}/${name}`
    : meta.name && vmOfLauncherName(meta.namespace, meta.name);
}

/** `virt-launcher-<vm>-xxxxx` (KubeVirt's generateName) -> `namespace/<vm>`. */
function vmOfLauncherName(namespace: string | undefined, pod: string): string | undefined {
  const vm = /^virt-launcher-(.+)-[a-z0-9]{5}$/.exec(pod)?.[1];
  return vm && namespace ? `${namespace}/${vm}` : undefined;
}

/** `namespace/name` of an object, for the keys of the observer's maps. */
export function objectName(object: unknown): string | undefined {
  const meta = metaOf(object);
  return meta ? `${meta.namespace}/${meta.name}` : undefined;
}

export function metaOf(object: unknown): (Meta & { name: string; namespace: string }) | undefined {
  const meta = field(object, 'metadata') as Meta | undefined;
  if (!meta?.name || !meta.namespace) return undefined;
  return meta as Meta & { name: string; namespace: string };
}

/** A timestamp as the API sends it (string) or as client-node's models make it (`Date`), as ISO 8601. */
export function isoTime(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function reading(
  witness: Witness,
  vm: string,
  object: string,
  state: string,
  resourceVersion: string | undefined,
  extra: Pick<Observation, 'uid' | 'message' | 'serverTime' | 'container'>,
): Reading {
  const observation: Omit<Observation, 'seenBy'> = { witness, vm, object, state };
  assign(observation, { resourceVersion, ...extra });
  // Another object under the same name is another entry, even in the same state.
  const identity = extra.uid ? `${state} (uid ${extra.uid})` : state;
  return { key: `${witness} ${object}`, identity, observation };
}

/** Copies the defined fields only, so observations stay free of `undefined` keys in JSON. */
function assign(target: object, fields: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== '') (target as Record<string, unknown>)[name] = value;
  }
}

function ownerName(meta: Meta, kind: string): string | undefined {
  return meta.ownerReferences?.find((owner) => owner.kind === kind)?.name;
}

function field(object: unknown, name: string): unknown {
  return object !== null && typeof object === 'object'
    ? (object as Record<string, unknown>)[name]
    : undefined;
}
