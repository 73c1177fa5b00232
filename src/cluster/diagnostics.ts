// What a KubeVirt developer asks for first when a check fails or cannot run: the VM, VMI and
// launcher pod as YAML, the namespace's Events, the KubeVirt CR with its conditions, and the
// tails of the virt-operator, virt-controller and virt-handler logs. Collected before cleanup,
// bounded in size and time, returned as plain data: the report side writes the files.
import type { CoreV1Event, V1Pod } from '../util/client-node.ts';
import { KubeApi, plainExchange } from '../util/kube-api.ts';
import { stringify } from 'yaml';
import { describeApiError } from '../util/api-error.ts';
import type { ClusterConnection } from './kubeconfig.ts';

/** One file of the diagnostics: a name (no directories) and its text. */
export interface DiagnosticFile {
  name: string;
  content: string;
}

export interface Diagnostics {
  files: DiagnosticFile[];
  /** What could not be collected, and why (RBAC, a pod without logs, the time limit). */
  problems: string[];
}

export interface DiagnosticsLimits {
  /** Lines of each component log (`kubectl logs --tail`). */
  logTailLines: number;
  /** Bytes of each component log (`kubectl logs --limit-bytes`). */
  logBytes: number;
  /** Bytes of any other file; the rest is cut and said so. */
  fileBytes: number;
  /** The newest Events kept. */
  events: number;
  /** Pods per component whose logs are read. */
  podsPerComponent: number;
  /** The whole collection: requests still open then are abandoned. */
  timeoutMs: number;
}

export const DIAGNOSTICS_LIMITS: DiagnosticsLimits = {
  logTailLines: 500,
  logBytes: 256 * 1024,
  fileBytes: 512 * 1024,
  events: 300,
  podsPerComponent: 2,
  timeoutMs: 30_000,
};

export interface DiagnosticsRequest {
  /** The run's namespace: its VMs, VMIs, launcher pods and Events. Absent: KubeVirt only. */
  namespace?: string;
  /** Selects the run's VMs, VMIs and launcher pods (the run label). */
  labelSelector?: string;
  limits?: Partial<DiagnosticsLimits>;
  signal?: AbortSignal;
}

/** The KubeVirt components whose logs are read, by their `kubevirt.io` label and container. */
export const KUBEVIRT_COMPONENTS = ['virt-operator', 'virt-controller', 'virt-handler'] as const;

const KUBEVIRT = { group: 'kubevirt.io', version: 'v1' };
const DEFAULT_KUBEVIRT_NAMESPACE = 'kubevirt';

/**
 * Collects the diagnostics; never throws: what cannot be read becomes a problem, and whatever
 * is still unanswered when `limits.timeoutMs` runs out is given up.
 */
export async function collectDiagnostics(
  cluster: ClusterConnection,
  request: DiagnosticsRequest = {},
): Promise<Diagnostics> {
  const limits = { ...DIAGNOSTICS_LIMITS, ...request.limits };
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const signal = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline;
  const context: Context = {
    api: new KubeApi(cluster.server, plainExchange(cluster.kubeConfig, signal)),
    limits,
    server: cluster.server,
    files: [],
    problems: [],
  };
  const { namespace, labelSelector } = request;
  const run = namespace ? collectRun(context, namespace, labelSelector) : Promise.resolve([]);
  await Promise.all([run, collectKubevirt(context, run)]);
  context.files.sort((a, b) => a.name.localeCompare(b.name));
  return { files: context.files, problems: context.problems };
}

interface Context {
  api: KubeApi;
  limits: DiagnosticsLimits;
  server: string;
  files: DiagnosticFile[];
  problems: string[];
}

/** The run's objects; resolves with the nodes its launcher pods are on. */
async function collectRun(
  context: Context,
  namespace: string,
  labelSelector: string | undefined,
): Promise<string[]> {
  const { api } = context;
  const kubevirtList = (plural: string) => () =>
    api.listNamespacedCustomObject({ ...KUBEVIRT, namespace, plural, labelSelector });
  const [, , pods] = await Promise.all([
    attempt(context, `virtualmachines in ${namespace}`, kubevirtList('virtualmachines'), (list) =>
      addYaml(context, 'vms.yaml', itemsOf(list)),
    ),
    attempt(
      context,
      `virtualmachineinstances in ${namespace}`,
      kubevirtList('virtualmachineinstances'),
      (list) => addYaml(context, 'vmis.yaml', itemsOf(list)),
    ),
    attempt(
      context,
      `launcher pods in ${namespace}`,
      () => api.listNamespacedPod({ namespace, labelSelector }),
      (list) => {
        addYaml(context, 'launcher-pods.yaml', list.items);
        return list.items;
      },
    ),
    attempt(
      context,
      `events in ${namespace}`,
      () => api.listNamespacedEvent({ namespace }),
      (list) => addFile(context, 'events.txt', eventTable(list.items, context.limits.events)),
    ),
  ]);
  return (pods ?? []).map((pod) => pod.spec?.nodeName).filter((node) => node !== undefined);
}

/** The KubeVirt CR, the pods of its namespace, and the components' logs. */
async function collectKubevirt(context: Context, runNodes: Promise<string[]>): Promise<void> {
  const { api } = context;
  const kubevirts = await attempt(
    context,
    'the KubeVirt CR',
    () => api.listClusterCustomObject({ ...KUBEVIRT, plural: 'kubevirts' }),
    (list) => itemsOf(list),
  );
  if (kubevirts) addYaml(context, 'kubevirt.yaml', kubevirts);
  const namespace =
    (kubevirts?.[0] as { metadata?: { namespace?: string } } | undefined)?.metadata?.namespace ??
    DEFAULT_KUBEVIRT_NAMESPACE;
  const pods = await attempt(
    context,
    `pods in ${namespace}`,
    () =>
      api.listNamespacedPod({
        namespace,
        labelSelector: `kubevirt.io in (${KUBEVIRT_COMPONENTS.join(',')})`,
      }),
    (list) => list.items,
  );
  if (!pods) return;
  addFile(context, 'kubevirt-pods.txt', podTable(pods));
  const nodes = new Set(await runNodes);
  await Promise.all(
    KUBEVIRT_COMPONENTS.flatMap((component) =>
      componentPods(pods, component, nodes, context.limits.podsPerComponent).map((pod) =>
        collectLog(context, namespace, pod, component),
      ),
    ),
  );
}

/** A component's pods, those on the run's nodes first (the virt-handler that served the VM). */
function componentPods(
  pods: V1Pod[],
  component: string,
  runNodes: Set<string>,
  count: number,
): V1Pod[] {
  const onRunNode = (pod: V1Pod) => (runNodes.has(pod.spec?.nodeName ?? '') ? 0 : 1);
  return pods
    .filter((pod) => pod.metadata?.labels?.['kubevirt.io'] === component)
    .sort((a, b) => onRunNode(a) - onRunNode(b))
    .slice(0, count);
}

async function collectLog(
  context: Context,
  namespace: string,
  pod: V1Pod,
  container: string,
): Promise<void> {
  const name = pod.metadata?.name ?? '';
  const { logTailLines, logBytes } = context.limits;
  await attempt(
    context,
    `the log of ${container} in pod ${namespace}/${name}`,
    () =>
      context.api.readNamespacedPodLog({
        namespace,
        name,
        container,
        tailLines: logTailLines,
        limitBytes: logBytes,
      }),
    (log) =>
      context.files.push({
        name: `${container}-${fileSafe(name)}.log`,
        content: keepEnd(log, logBytes),
      }),
  );
}

/** Runs one request; its failure (or the time limit) is recorded as a problem, not thrown. */
async function attempt<T, R>(
  context: Context,
  what: string,
  request: () => Promise<T>,
  use: (answer: T) => R,
): Promise<R | undefined> {
  try {
    return use(await request());
  } catch (error) {
    context.problems.push(`Could not read ${what}: ${describeApiError(error, context.server)}`);
    return undefined;
  }
}

function addYaml(context: Context, name: string, objects: unknown[]): void {
  const documents = objects.map((object) => stringify(withoutManagedFields(object)));
  addFile(context, name, documents.join('---\n') || '# none\n');
}

function addFile(context: Context, name: string, content: string): void {
  context.files.push({ name, content: keepStart(content, context.limits.fileBytes) });
}

function itemsOf(list: unknown): unknown[] {
  const items = (list as { items?: unknown[] } | undefined)?.items;
  return Array.isArray(items) ? items : [];
}

/** managedFields say who wrote which field: long, and never what a reader looks for. */
function withoutManagedFields(object: unknown): unknown {
  const copy = structuredClone(object) as { metadata?: { managedFields?: unknown } };
  if (copy?.metadata) delete copy.metadata.managedFields;
  return copy;
}

/** The newest `count` Events, oldest first, as `kubectl get events` shows them. */
export function eventTable(events: CoreV1Event[], count: number): string {
  const time = (event: CoreV1Event) =>
    toIso(event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp) ?? '';
  const sorted = [...events].sort((a, b) => time(a).localeCompare(time(b)));
  const kept = sorted.slice(-count);
  const lines = kept.map((event) =>
    [
      time(event) || '-',
      event.type ?? '-',
      event.reason ?? '-',
      `${event.involvedObject?.kind?.toLowerCase() ?? '?'}/${event.involvedObject?.name ?? '?'}`,
      `x${event.count ?? 1}`,
      (event.message ?? '').replace(/\s+/g, ' ').trim(),
    ].join('  '),
  );
  const omitted = sorted.length - kept.length;
  const header = 'LAST SEEN  TYPE  REASON  OBJECT  COUNT  MESSAGE';
  return [...(omitted > 0 ? [`# ${omitted} older events omitted`] : []), header, ...lines, ''].join(
    '\n',
  );
}

function podTable(pods: V1Pod[]): string {
  const lines = pods.map((pod) => {
    const statuses = pod.status?.containerStatuses ?? [];
    const ready = statuses.filter((status) => status.ready).length;
    const restarts = statuses.reduce((sum, status) => sum + (status.restartCount ?? 0), 0);
    return [
      pod.metadata?.name ?? '?',
      `${ready}/${statuses.length}`,
      pod.status?.phase ?? '?',
      `restarts=${restarts}`,
      `node=${pod.spec?.nodeName ?? '-'}`,
    ].join('  ');
  });
  return ['NAME  READY  PHASE  RESTARTS  NODE', ...lines, ''].join('\n');
}

function toIso(value: Date | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value instanceof Date ? value.toISOString() : String(value);
}

function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
}

/** The first `maxBytes` of `text`, with a line saying how much was cut. */
export function keepStart(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  const kept = bytes
    .subarray(0, maxBytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return `${kept}\n# … cut: ${bytes.length - maxBytes} more bytes\n`;
}

/** The last `maxBytes` of `text` (a log's newest lines), with a line saying how much was cut. */
export function keepEnd(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  const kept = bytes
    .subarray(bytes.length - maxBytes)
    .toString('utf8')
    .replace(/^\uFFFD/, '');
  return `# … cut: ${bytes.length - maxBytes} earlier bytes\n${kept}`;
}
