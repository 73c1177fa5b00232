// Server-side printing: the `Table` (meta.k8s.io/v1) answer to `Accept: application/json;as=Table`,
// which `kubectl get` asks for. Columns follow kubectl's printers for built-in types
// (pkg/printers/internalversion/printers.go) and the CRDs' additionalPrinterColumns for
// KubeVirt's (apiextensions' tableconvertor turns `date` columns into ages).
import { isRecord, valueAt, type KubeObject } from './objects.ts';
import { apiVersionOf, type ResourceDef } from './api-resources.ts';

interface Column {
  name: string;
  type: string;
  format?: string;
  description: string;
  priority: number;
  cell: (object: KubeObject, now: number) => string | number;
}

/** Accept headers asking for a Table, e.g. `application/json;as=Table;v=v1;g=meta.k8s.io`. */
export function wantsTable(accept: string | undefined): boolean {
  return accept !== undefined && /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
}

/** `duration.HumanDuration`: 45s, 5m10s, 3h, 2d... as kubectl's AGE column shows it. */
export function humanAge(sinceMs: number): string {
  const seconds = Math.max(0, Math.floor(sinceMs / 1000));
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

function age(value: unknown, now: number): string {
  if (typeof value !== 'string') return '<unknown>';
  return humanAge(now - Date.parse(value));
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const nameColumn: Column = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name must be unique within a namespace.',
  priority: 0,
  cell: (o) => o.metadata.name,
};
const ageColumn: Column = {
  name: 'Age',
  type: 'string',
  description: 'CreationTimestamp of the object.',
  priority: 0,
  cell: (o, now) => age(o.metadata.creationTimestamp, now),
};

function column(name: string, cell: Column['cell'], priority = 0, type = 'string'): Column {
  return { name, type, description: name, priority, cell };
}

function conditionStatus(object: KubeObject, type: string): string {
  const conditions = valueAt(object, 'status.conditions');
  if (!Array.isArray(conditions)) return '';
  const found: unknown = conditions.find((c) => isRecord(c) && c.type === type);
  return isRecord(found) ? text(found.status) : '';
}

interface ContainerStatusView {
  name?: string;
  started?: boolean;
  ready?: boolean;
  restartCount?: number;
  state?: {
    waiting?: { reason?: string };
    running?: unknown;
    terminated?: { reason?: string; exitCode?: number; signal?: number };
  };
}

function statuses(object: KubeObject, path: string): ContainerStatusView[] {
  const value = valueAt(object, path);
  return Array.isArray(value) ? (value as ContainerStatusView[]) : [];
}

/** The names of the init containers with `restartPolicy: Always` (native sidecars). */
function sidecarNames(pod: KubeObject): Set<string> {
  const specs = valueAt(pod, 'spec.initContainers');
  if (!Array.isArray(specs)) return new Set();
  return new Set(
    specs
      .filter((spec) => isRecord(spec) && spec.restartPolicy === 'Always')
      .map((spec) => text((spec as Record<string, unknown>).name)),
  );
}

/**
 * kubectl's `printPod` STATUS: `Init:ErrImagePull`, `Init:1/2`, `PodInitializing`, `Running`...
 * A started native sidecar counts as done initializing.
 */
export function podStatusText(pod: KubeObject): string {
  let reason = text(valueAt(pod, 'status.reason')) || text(valueAt(pod, 'status.phase'));
  const inits = statuses(pod, 'status.initContainerStatuses');
  const initSpecs = valueAt(pod, 'spec.initContainers');
  const initCount = Array.isArray(initSpecs) ? initSpecs.length : 0;
  const sidecars = sidecarNames(pod);
  let initializing = false;
  for (const [index, container] of inits.entries()) {
    const { terminated, waiting } = container.state ?? {};
    if (terminated && terminated.exitCode === 0) continue;
    if (sidecars.has(container.name ?? '') && container.started) continue;
    initializing = true;
    if (terminated) reason = `Init:${terminated.reason ?? `ExitCode:${terminated.exitCode}`}`;
    else if (waiting?.reason && waiting.reason !== 'PodInitializing')
      reason = `Init:${waiting.reason}`;
    else reason = `Init:${index}/${initCount}`;
    break;
  }
  if (!initializing) {
    let running = false;
    for (const container of statuses(pod, 'status.containerStatuses').reverse()) {
      const { terminated, waiting, running: isRunning } = container.state ?? {};
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated?.reason) reason = terminated.reason;
      else if (isRunning && container.ready) running = true;
    }
    if (reason === 'Completed' && running) reason = 'Running';
  }
  if (pod.metadata.deletionTimestamp) reason = 'Terminating';
  return reason;
}

/** kubectl's READY: ready containers and started, ready native sidecars, of both. */
function podReady(pod: KubeObject): string {
  const containers = statuses(pod, 'status.containerStatuses');
  const specs = valueAt(pod, 'spec.containers');
  const sidecars = sidecarNames(pod);
  const readySidecars = statuses(pod, 'status.initContainerStatuses').filter(
    (c) => sidecars.has(c.name ?? '') && c.started && c.ready,
  ).length;
  const total = (Array.isArray(specs) ? specs.length : containers.length) + sidecars.size;
  return `${containers.filter((c) => c.ready).length + readySidecars}/${total}`;
}

function involved(event: KubeObject): string {
  const kind = text(valueAt(event, 'involvedObject.kind')).toLowerCase();
  return `${kind}/${text(valueAt(event, 'involvedObject.name'))}`;
}

const COLUMNS: Record<string, Column[]> = {
  namespaces: [nameColumn, column('Status', (o) => text(valueAt(o, 'status.phase'))), ageColumn],
  nodes: [
    nameColumn,
    column('Status', (o) => (conditionStatus(o, 'Ready') === 'True' ? 'Ready' : 'NotReady')),
    column('Roles', () => 'control-plane'),
    ageColumn,
    column('Version', (o) => text(valueAt(o, 'status.nodeInfo.kubeletVersion'))),
  ],
  pods: [
    nameColumn,
    column('Ready', podReady),
    column('Status', podStatusText),
    column(
      'Restarts',
      (o) =>
        statuses(o, 'status.containerStatuses').reduce((sum, c) => sum + (c.restartCount ?? 0), 0),
      0,
      'string',
    ),
    ageColumn,
    column('IP', (o) => text(valueAt(o, 'status.podIP')) || '<none>', 1),
    column('Node', (o) => text(valueAt(o, 'spec.nodeName')) || '<none>', 1),
  ],
  events: [
    column('Last Seen', (o, now) =>
      age(valueAt(o, 'lastTimestamp') ?? valueAt(o, 'eventTime'), now),
    ),
    column('Type', (o) => text(valueAt(o, 'type'))),
    column('Reason', (o) => text(valueAt(o, 'reason'))),
    column('Object', involved),
    column('Subobject', (o) => text(valueAt(o, 'involvedObject.fieldPath')), 1),
    column(
      'Source',
      (o) =>
        [valueAt(o, 'source.component'), valueAt(o, 'source.host')]
          .filter((part) => part)
          .map(text)
          .join(', '),
      1,
    ),
    column('Message', (o) => text(valueAt(o, 'message'))),
    column('First Seen', (o, now) => age(valueAt(o, 'firstTimestamp'), now), 1),
    column('Count', (o) => text(valueAt(o, 'count')), 1),
    column('Name', (o) => o.metadata.name, 1),
  ],
  virtualmachines: [
    nameColumn,
    ageColumn,
    column('Status', (o) => text(valueAt(o, 'status.printableStatus'))),
    column('Ready', (o) => conditionStatus(o, 'Ready')),
  ],
  virtualmachineinstances: [
    nameColumn,
    ageColumn,
    column('Phase', (o) => text(valueAt(o, 'status.phase'))),
    column('IP', (o) => {
      const interfaces = valueAt(o, 'status.interfaces');
      return Array.isArray(interfaces) && isRecord(interfaces[0])
        ? text(interfaces[0].ipAddress)
        : '';
    }),
    column('NodeName', (o) => text(valueAt(o, 'status.nodeName'))),
    column('Ready', (o) => conditionStatus(o, 'Ready')),
  ],
  kubevirts: [nameColumn, ageColumn, column('Phase', (o) => text(valueAt(o, 'status.phase')))],
};

function columnsOf(def: ResourceDef): Column[] {
  return COLUMNS[def.resource] ?? [nameColumn, { ...ageColumn, name: 'Created At', type: 'date' }];
}

type IncludeObject = 'None' | 'Metadata' | 'Object';

function rowObject(def: ResourceDef, object: KubeObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return { apiVersion: apiVersionOf(def), kind: def.kind, ...object };
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata };
}

/** A Table of `objects` (`includeObject`: None, Metadata (default) or Object per row). */
export function toTable(
  def: ResourceDef,
  objects: KubeObject[],
  resourceVersion: string | undefined,
  includeObject: string | null,
): unknown {
  const include: IncludeObject =
    includeObject === 'None' || includeObject === 'Object' ? includeObject : 'Metadata';
  const columns = columnsOf(def);
  const now = Date.now();
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: resourceVersion ? { resourceVersion } : {},
    columnDefinitions: columns.map(({ name, type, format, description, priority }) => ({
      name,
      type,
      format: format ?? '',
      description,
      priority,
    })),
    rows: objects.map((object) => {
      const row: Record<string, unknown> = { cells: columns.map((c) => c.cell(object, now)) };
      const included = rowObject(def, object, include);
      if (included !== undefined) row.object = included;
      return row;
    }),
  };
}
