// `GET /api/v1/namespaces/{ns}/pods/{name}/log`: the kubelet's answer for a container's log, with
// `container`, `tailLines` and `limitBytes` (tail first, then the byte limit, as the kubelet's
// `ReadLogs` applies them). The seeded KubeVirt pods log what their components log at start
// and while idle; a container that never started has no log (400, with the API server's words).
import type { Store } from './store.ts';
import { isRecord, type KubeObject } from './objects.ts';
import { badRequest, notFound } from './status.ts';

const PODS = { group: '', resource: 'pods' };

interface Container {
  name: string;
}

interface ContainerStatus {
  name: string;
  state?: { waiting?: { reason?: string }; running?: unknown; terminated?: unknown };
}

/** The log text, or throws the ApiError the API server would answer. */
export function podLog(
  store: Store,
  namespace: string,
  name: string,
  query: URLSearchParams,
): string {
  const pod = store.get('pods', namespace, name);
  if (!pod) throw notFound(PODS, name);
  const container = chooseContainer(pod, query.get('container'));
  const state = statusOf(pod, container)?.state;
  if (!state || state.waiting) {
    const reason = state?.waiting?.reason ?? 'ContainerCreating';
    throw badRequest(
      `container "${container}" in pod "${name}" is waiting to start: ${reason === 'ContainerCreating' ? 'ContainerCreating' : 'trying and failing to pull image'}`,
    );
  }
  let lines = logLines(pod, container);
  const tail = Number(query.get('tailLines') ?? 'NaN');
  if (Number.isInteger(tail) && tail >= 0) lines = lines.slice(Math.max(0, lines.length - tail));
  let text = lines.map((line) => `${line}\n`).join('');
  const limit = Number(query.get('limitBytes') ?? 'NaN');
  if (Number.isInteger(limit) && limit > 0) {
    text = Buffer.from(text, 'utf8').subarray(0, limit).toString('utf8');
  }
  return text;
}

function containersOf(pod: KubeObject): Container[] {
  const spec = isRecord(pod.spec) ? pod.spec : {};
  return [
    ...((spec.initContainers as Container[] | undefined) ?? []),
    ...((spec.containers as Container[] | undefined) ?? []),
  ];
}

/** The named container, else the default one: the annotation, else the only container. */
function chooseContainer(pod: KubeObject, requested: string | null): string {
  const all = containersOf(pod).map((container) => container.name);
  const name = pod.metadata.name;
  if (requested) {
    if (!all.includes(requested)) {
      throw badRequest(`container ${requested} is not valid for pod ${name}`);
    }
    return requested;
  }
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && all.includes(annotated)) return annotated;
  const spec = isRecord(pod.spec) ? pod.spec : {};
  const containers = ((spec.containers as Container[] | undefined) ?? []).map((c) => c.name);
  if (containers.length === 1) return containers[0]!;
  throw badRequest(
    `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`,
  );
}

function statusOf(pod: KubeObject, container: string): ContainerStatus | undefined {
  const status = isRecord(pod.status) ? pod.status : {};
  const all = [
    ...((status.initContainerStatuses as ContainerStatus[] | undefined) ?? []),
    ...((status.containerStatuses as ContainerStatus[] | undefined) ?? []),
  ];
  return all.find((entry) => entry.name === container);
}

/** KubeVirt's JSON log lines: a start-up burst, then a resync line every 10 s since the start. */
function logLines(pod: KubeObject, container: string): string[] {
  const started = Date.parse(pod.metadata.creationTimestamp);
  const at = (offsetMs: number) => new Date(started + offsetMs).toISOString();
  const line = (offsetMs: number, msg: string, pos: string) =>
    JSON.stringify({ component: container, level: 'info', msg, pos, timestamp: at(offsetMs) });
  const lines = [line(0, `Starting ${container}`, 'application.go:214')];
  for (let informer = 1; informer <= 20; informer++) {
    lines.push(line(informer * 10, `STARTING informer ${informer}`, 'virtinformers.go:341'));
  }
  const resyncs = Math.floor((Date.now() - started) / 10_000);
  for (let resync = 1; resync <= resyncs; resync++) {
    lines.push(line(resync * 10_000, 'reenqueuing after resync', 'controller.go:288'));
  }
  return lines;
}
