// The few API requests the check sends, over client-node's own request path: a RequestContext
// authenticated by the KubeConfig (`applySecurityAuthentication`: token, client certificate,
// auth plugins, exec credential, proxy and TLS as its dispatcher) and sent by client-node's
// undici fetch library, as its Watch (dist/watch.js) and its generated API classes send theirs.
// What this replaces of the generated API (gen/apis/*, gen/types/*, gen/models/*: 4 MB that
// every process would compile) is kept where it matters: the paths, query parameters and Accept
// headers of each call, JSON in and out, and an ApiException (status code, the body as text,
// the headers) for every answer outside 2xx, which util/api-error.ts reads. Objects come back
// as the server's JSON, not as client-node's model classes: timestamps stay strings.
import {
  ApiException,
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  RequestContext,
  type CoreV1EventList,
  type KubeConfig,
  type V1APIResourceList,
  type V1Namespace,
  type V1NodeList,
  type V1PodList,
  type V1SelfSubjectAccessReview,
  type VersionInfo,
} from './client-node.ts';

/** One answer: its status, headers (lower-case names) and body text. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one request, authentication not yet applied; rejects when no answer (or body) came. */
export type Exchange = (request: RequestContext) => Promise<Answer>;

/**
 * The exchange with nothing added: the KubeConfig's authentication, then client-node's fetch;
 * `signal` ends the request (and the reading of its body) when it aborts.
 */
export function plainExchange(kubeConfig: KubeConfig, signal?: AbortSignal): Exchange {
  return async (request) => {
    await kubeConfig.applySecurityAuthentication(request);
    if (signal) request.setSignal(signal);
    return send(request);
  };
}

const http = new IsomorphicFetchHttpLibrary();

/** client-node's fetch (undici, with the dispatcher the KubeConfig set), answer and body read. */
export async function send(request: RequestContext): Promise<Answer> {
  const response = await http.send(request).toPromise();
  return {
    status: response.httpStatusCode,
    headers: response.headers,
    body: await response.body.text(),
  };
}

type Query = Record<string, string | number | undefined>;

interface Call {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Query;
  body?: unknown;
}

const JSON_ACCEPT = 'application/json, */*;q=0.8';
/** Names the check in the API server's audit log (client-node's generated API sent its own name). */
export const USER_AGENT = 'kubevirt-transition-check';

export interface KubeVirtResource {
  group: string;
  version: string;
  plural: string;
}

export interface ListOptions {
  labelSelector?: string;
  /** The continue token of the previous page. */
  _continue?: string;
}

/** A list of custom objects as the server sends it (client-node types these `object`). */
export interface ObjectList<T = unknown> {
  metadata?: { resourceVersion?: string; continue?: string };
  items: T[];
}

/** Named after the generated methods they replace, with the same parameters where they had any. */
export class KubeApi {
  readonly #server: string;
  readonly #exchange: Exchange;

  constructor(server: string, exchange: Exchange) {
    this.#server = server;
    this.#exchange = exchange;
  }

  /** The server URL and plain exchange of the KubeConfig's current context. */
  static of(kubeConfig: KubeConfig, signal?: AbortSignal): KubeApi {
    const server = kubeConfig.getCurrentCluster()?.server;
    if (!server) throw new Error('the kubeconfig has no current cluster');
    return new KubeApi(server, plainExchange(kubeConfig, signal));
  }

  /** VersionApi.getCode */
  getCode(): Promise<VersionInfo> {
    return this.#json({ method: 'GET', path: '/version/' });
  }

  /** CustomObjectsApi.getAPIResources */
  getAPIResources(group: { group: string; version: string }): Promise<V1APIResourceList> {
    return this.#json({
      method: 'GET',
      path: groupPath(group.group, group.version),
    });
  }

  /** CoreV1Api.listNode */
  listNode(): Promise<V1NodeList> {
    return this.#json({ method: 'GET', path: '/api/v1/nodes' });
  }

  /** CoreV1Api.readNamespace */
  readNamespace({ name }: { name: string }): Promise<V1Namespace> {
    return this.#json({ method: 'GET', path: `/api/v1/namespaces/${segment(name)}` });
  }

  /** CoreV1Api.createNamespace */
  createNamespace({ body }: { body: V1Namespace }): Promise<V1Namespace> {
    return this.#json({ method: 'POST', path: '/api/v1/namespaces', body });
  }

  /** CoreV1Api.deleteNamespace */
  deleteNamespace({ name }: { name: string }): Promise<unknown> {
    return this.#json({ method: 'DELETE', path: `/api/v1/namespaces/${segment(name)}` });
  }

  /** CoreV1Api.listNamespacedPod */
  listNamespacedPod({
    namespace,
    ...options
  }: { namespace: string } & ListOptions): Promise<V1PodList> {
    return this.#json({
      method: 'GET',
      path: `/api/v1/namespaces/${segment(namespace)}/pods`,
      query: listQuery(options),
    });
  }

  /** CoreV1Api.listNamespacedEvent */
  listNamespacedEvent({
    namespace,
    ...options
  }: { namespace: string } & ListOptions): Promise<CoreV1EventList> {
    return this.#json({
      method: 'GET',
      path: `/api/v1/namespaces/${segment(namespace)}/events`,
      query: listQuery(options),
    });
  }

  /** CoreV1Api.readNamespacedPodLog: the log's text. */
  readNamespacedPodLog(options: {
    namespace: string;
    name: string;
    container: string;
    tailLines?: number;
    limitBytes?: number;
  }): Promise<string> {
    const { namespace, name, container, tailLines, limitBytes } = options;
    return this.#call({
      method: 'GET',
      path: `/api/v1/namespaces/${segment(namespace)}/pods/${segment(name)}/log`,
      query: { container, limitBytes, tailLines },
    });
  }

  /** AuthorizationV1Api.createSelfSubjectAccessReview */
  createSelfSubjectAccessReview({
    body,
  }: {
    body: V1SelfSubjectAccessReview;
  }): Promise<V1SelfSubjectAccessReview> {
    return this.#json({
      method: 'POST',
      path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      body,
    });
  }

  /** CustomObjectsApi.listNamespacedCustomObject */
  listNamespacedCustomObject({
    group,
    version,
    plural,
    namespace,
    ...options
  }: KubeVirtResource & { namespace: string } & ListOptions): Promise<ObjectList> {
    return this.#json({
      method: 'GET',
      path: namespacedPath({ group, version, plural }, namespace),
      query: listQuery(options),
    });
  }

  /** CustomObjectsApi.listClusterCustomObject */
  listClusterCustomObject({ group, version, plural }: KubeVirtResource): Promise<ObjectList> {
    return this.#json({ method: 'GET', path: `${groupPath(group, version)}/${segment(plural)}` });
  }

  /** CustomObjectsApi.getNamespacedCustomObject */
  getNamespacedCustomObject({
    group,
    version,
    plural,
    namespace,
    name,
  }: KubeVirtResource & { namespace: string; name: string }): Promise<unknown> {
    return this.#json({
      method: 'GET',
      path: `${namespacedPath({ group, version, plural }, namespace)}/${segment(name)}`,
    });
  }

  /** CustomObjectsApi.createNamespacedCustomObject */
  createNamespacedCustomObject({
    group,
    version,
    plural,
    namespace,
    body,
  }: KubeVirtResource & { namespace: string; body: object }): Promise<unknown> {
    return this.#json({
      method: 'POST',
      path: namespacedPath({ group, version, plural }, namespace),
      body,
    });
  }

  /** CustomObjectsApi.deleteNamespacedCustomObject */
  deleteNamespacedCustomObject({
    group,
    version,
    plural,
    namespace,
    name,
    propagationPolicy,
  }: KubeVirtResource & {
    namespace: string;
    name: string;
    propagationPolicy?: string;
  }): Promise<unknown> {
    return this.#json({
      method: 'DELETE',
      path: `${namespacedPath({ group, version, plural }, namespace)}/${segment(name)}`,
      query: { propagationPolicy },
    });
  }

  /** The answer's JSON; an answer that is not JSON is an error naming the request. */
  async #json<T>(call: Call): Promise<T> {
    const text = await this.#call(call);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new Error(
        `the API server's answer to ${call.method} ${call.path} is not JSON: ${JSON.stringify(text.slice(0, 80))}`,
      );
    }
  }

  /** The answer's text when its status is 2xx, else an ApiException with its status, body and headers. */
  async #call({ method, path, query = {}, body }: Call): Promise<string> {
    const request = new RequestContext(this.#server + path, HttpMethod[method]);
    request.setHeaderParam('Accept', JSON_ACCEPT);
    request.setHeaderParam('User-Agent', USER_AGENT);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) request.setQueryParam(name, String(value));
    }
    if (body !== undefined) {
      request.setHeaderParam('Content-Type', 'application/json');
      request.setBody(JSON.stringify(body));
    }
    const answer = await this.#exchange(request);
    if (answer.status >= 200 && answer.status <= 299) return answer.body;
    throw new ApiException(answer.status, `${method} ${path}`, answer.body, answer.headers);
  }
}

function listQuery({ labelSelector, _continue }: ListOptions): Query {
  return { labelSelector, continue: _continue };
}

function groupPath(group: string, version: string): string {
  return `/apis/${segment(group)}/${segment(version)}`;
}

/** The collection of a custom resource in a namespace. */
function namespacedPath({ group, version, plural }: KubeVirtResource, namespace: string): string {
  return `${groupPath(group, version)}/namespaces/${segment(namespace)}/${segment(plural)}`;
}

/** A path segment, encoded as the generated API encodes its path parameters. */
function segment(value: string): string {
  return encodeURIComponent(value);
}
