// The data the observer hands to the verifier and the reporters. Plain data only: no classes,
// no functions, so a Timeline can be written to JSON and read back unchanged; and the two
// constant maps between witnesses and the resources they are read from.

/** Which object a state was read from. `event` means Kubernetes Events about the VM, VMI or pod. */
export type Witness = 'vm' | 'vmi' | 'pod' | 'event';

/**
 * How a state reached the observer: `list` (the list a watch starts from, or a relist after a
 * 410), `watch`, or `poll` (the fallback while no watch is healthy: lower confidence, a state
 * shorter than the interval can be missed). Event entries say how the Event object came (the
 * witness already says it is an Event); `event` is not produced by the observer.
 */
export type SeenBy = 'list' | 'watch' | 'poll' | 'event';

/** The API resources the observer follows, one resilient stream each. */
export type ResourceKind = 'virtualmachines' | 'virtualmachineinstances' | 'pods' | 'events';

/** The witness each resource's objects are. */
export const WITNESS_OF: Readonly<Record<ResourceKind, Witness>> = {
  virtualmachines: 'vm',
  virtualmachineinstances: 'vmi',
  pods: 'pod',
  events: 'event',
};

/** The resource each witness is read from. */
export const RESOURCE_OF: Readonly<Record<Witness, ResourceKind>> = {
  vm: 'virtualmachines',
  vmi: 'virtualmachineinstances',
  pod: 'pods',
  event: 'events',
};

/**
 * One state of one object as read from the API server, before it gets a place in a timeline.
 *
 * - `vm`: `status.printableStatus` (e.g. `Starting`, `ErrImagePull`, `ImagePullBackOff`).
 * - `vmi`: the reason of the `Synchronized=False` condition when there is one, else `status.phase`.
 * - `pod`: the waiting reason of the virt-launcher container that has one worth reporting
 *   (init containers first, as virt-controller checks them), else the pod phase.
 * - `event`: the state an Event proves (`Error: ErrImagePull` -> `ErrImagePull`), with its `count`.
 */
export interface Observation {
  witness: Witness;
  /** `namespace/name` of the VirtualMachine this observation belongs to. */
  vm: string;
  /** `namespace/name` of the object the state was read from (for events: the involved object). */
  object: string;
  /**
   * `metadata.uid` of that object (not for events): an object deleted and created again under
   * the same name is another object, someone else's.
   */
  uid?: string;
  state: string;
  seenBy: SeenBy;
  resourceVersion?: string;
  /** Server-side time of the state when the object tells it (condition or event timestamps), ISO 8601. */
  serverTime?: string;
  /** The kubelet's or controller's message, e.g. `Back-off pulling image "registry.invalid/…"`. */
  message?: string;
  /** For `pod`: the container whose state this is, e.g. `volumecontainerdisk-init`. */
  container?: string;
  /** For `event`: the Event's reason (`Failed`, `BackOff`, `Pulling`) and its aggregated count. */
  reason?: string;
  count?: number;
  /** For `event`: the Event's `firstTimestamp` (ISO 8601); `serverTime` holds `lastTimestamp`. */
  firstTime?: string;
}

/** A state seen at a moment, measured from the start of the observation (monotonic clock). */
export interface StateEntry extends Observation {
  kind: 'state';
  atMs: number;
}

/**
 * A stretch in which a resource's watch could not guarantee completeness: the watch expired
 * (410) and had to relist, was forbidden, or was down. `changed` says what the relist found
 * different from what was known before it, so a reader can tell a harmless gap from a lost state.
 */
export interface GapEntry {
  kind: 'gap';
  resource: ResourceKind;
  atMs: number;
  untilMs: number;
  /**
   * Why the stretch is not vouched for (the first failure of the outage):
   * - `expired`: a 410 forced a relist; `malformed`: the stream said something unusable or
   *   contradicted itself (a lost line).
   * - the others: the watch (or the list) was down for that reason until the observation ended
   *   (or, for an open gap in a snapshot, is still down), so only polling saw that stretch:
   *   `disconnected` (refused, reset), `timeout` (no answer within the liveness timeout),
   *   `forbidden` (401/403), `throttled` (429), `server-error` (5xx), `unexpected` (an answer
   *   such as 404 that is neither transient nor final, or an internal error).
   * - `silent`: the watch was answered 200 but did not deliver what the server had (an empty
   *   body, an HTML page, a proxy that buffers the stream): a list showed changes the watch never
   *   delivered. The transport, not virt-controller, hid what happened meanwhile.
   */
  cause:
    | 'expired'
    | 'disconnected'
    | 'timeout'
    | 'forbidden'
    | 'throttled'
    | 'server-error'
    | 'malformed'
    | 'silent'
    | 'unexpected';
  detail: string;
  changed?: string[];
}

/** A stretch in which states of a resource were polled because no watch was healthy. */
export interface PollingEntry {
  kind: 'polling';
  resource: ResourceKind;
  atMs: number;
  /** Absent while polling is still going on. */
  untilMs?: number;
  intervalMs: number;
  reason: string;
}

export type TimelineEntry = StateEntry | GapEntry | PollingEntry;

/**
 * What the virt-launcher pod's spec says about the kubelet's timing (docs/kubelet-timing.md):
 * with a readiness gate and a native sidecar (an init container with `restartPolicy: Always`,
 * KubeVirt's `guest-console-log`), the kubelet syncs the pod again after each of its status
 * writes, so ErrImagePull lasts about a second; without, until its next requeue (10-16 s).
 */
export interface LauncherPod {
  /** `namespace/name` of the pod. */
  pod: string;
  /** `spec.readinessGates[].conditionType`, e.g. `kubevirt.io/virtual-machine-unpaused`. */
  readinessGates: string[];
  /** Names of the init containers with `restartPolicy: Always`, e.g. `guest-console-log`. */
  sidecars: string[];
}

/** Everything observed about one VM, ordered by `atMs`. */
export interface Timeline {
  /** The VirtualMachine, `namespace/name`. */
  vm: string;
  /** Wall-clock time at `atMs = 0`, ISO 8601. */
  startedAt: string;
  /** `atMs` at which observation ended. */
  endedAtMs: number;
  entries: TimelineEntry[];
  /** The VM's virt-launcher pod as last seen; absent when the pod witness saw none. */
  launcher?: LauncherPod;
}
