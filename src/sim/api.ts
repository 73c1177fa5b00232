// Resource requests that answer with one JSON body: get, list, create, update, patch, delete,
// deletecollection, and SelfSubjectAccessReview. Watches are served by watch.ts.
import type { Cluster, DeleteOptions } from './cluster.ts';
import { display, isRecord, type KubeObject } from './objects.ts';
import { apiVersionOf, type ResourceDef, type Verb } from './api-resources.ts';
import type { ResourceRequest } from './routes.ts';
import { parseFieldSelector, parseLabelSelector, type Selector } from './selectors.ts';
import { badRequest, expired, forbidden, methodNotAllowed, type ApiError } from './status.ts';

/** One `rbac.deny` rule: requests with this verb on this resource are Forbidden. `*` matches all. */
export interface DenyRule {
  verb: string;
  /** Plural resource, optionally with a subresource (`pods/log`); `*` for every resource. */
  resource: string;
  /** API group; absent: any group. */
  group?: string;
}

export interface ApiSettings {
  /** The user name in Forbidden messages: the kubeconfig carries no credentials. */
  user: string;
  deny: DenyRule[];
}

export interface JsonAnswer {
  code: number;
  body: unknown;
}

/** Whether `rules` deny `verb` on `resource` (and `subresource`) of `group`. */
export function isDenied(
  rules: DenyRule[],
  verb: string,
  group: string,
  resource: string,
  subresource?: string,
): boolean {
  const full = subresource ? `${resource}/${subresource}` : resource;
  return rules.some(
    (rule) =>
      (rule.verb === '*' || rule.verb === verb) &&
      (rule.resource === '*' || rule.resource === full || rule.resource === resource) &&
      (rule.group === undefined || rule.group === '*' || rule.group === group),
  );
}

/** The 403 the authorizer gives a request that `rules` deny, or undefined. */
export function authorize(settings: ApiSettings, request: ResourceRequest): ApiError | undefined {
  const { def, verb, namespace, name, subresource } = request;
  if (!isDenied(settings.deny, verb, def.group, def.resource, subresource)) return undefined;
  return forbidden(
    { group: def.group, resource: def.resource },
    verb,
    settings.user,
    namespace,
    name,
  );
}

export function selectorsOf(def: ResourceDef, query: URLSearchParams, name?: string): Selector {
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(query.get('fieldSelector'), def);
  return (object) =>
    labels(object) && fields(object) && (name === undefined || object.metadata.name === name);
}

/** A list as the API server writes it: built-in types leave `kind`/`apiVersion` off the items. */
export function listOf(
  def: ResourceDef,
  items: KubeObject[],
  resourceVersion: number,
  continueToken?: string,
): unknown {
  const shown = def.builtin
    ? items.map((item) => {
        const { kind: _kind, apiVersion: _apiVersion, ...rest } = item;
        return rest;
      })
    : items;
  return {
    kind: def.listKind,
    apiVersion: apiVersionOf(def),
    metadata: {
      resourceVersion: String(resourceVersion),
      ...(continueToken ? { continue: continueToken } : {}),
    },
    items: shown,
  };
}

function encodeContinue(resourceVersion: number, lastKey: string): string {
  return Buffer.from(
    JSON.stringify({ v: 'meta.k8s.io/v1', rv: resourceVersion, start: `${lastKey}\u0000` }),
  ).toString('base64url');
}

function decodeContinue(token: string): { rv: number; start: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (isRecord(parsed) && typeof parsed.rv === 'number' && typeof parsed.start === 'string') {
      return { rv: parsed.rv, start: parsed.start };
    }
  } catch {
    // Fall through to the API server's answer for a malformed token.
  }
  throw badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

function keyOf(object: KubeObject): string {
  return object.metadata.namespace
    ? `${object.metadata.namespace}/${object.metadata.name}`
    : object.metadata.name;
}

/**
 * list: the current state (a `resourceVersion` in the query does not pin an older snapshot),
 * filtered by selectors, paged by `limit`/`continue`. A continue token whose version has been
 * compacted away gets 410 Expired, as in the real server.
 */
function list(cluster: Cluster, request: ResourceRequest, query: URLSearchParams): JsonAnswer {
  const { def, namespace } = request;
  const matches = selectorsOf(def, query);
  let items = cluster.store.list(def.resource, namespace).filter(matches);
  const token = query.get('continue');
  if (token) {
    const { rv, start } = decodeContinue(token);
    const history = cluster.store.changesSince(def.resource, rv);
    if ('expired' in history) {
      throw expired(
        'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue value from the response to get a consistent list result.',
      );
    }
    items = items.filter((item) => keyOf(item) >= start);
  }
  const limit = Number(query.get('limit') ?? '0');
  let next: string | undefined;
  if (limit > 0 && items.length > limit) {
    items = items.slice(0, limit);
    next = encodeContinue(cluster.store.resourceVersion, keyOf(items.at(-1)!));
  }
  return { code: 200, body: listOf(def, items, cluster.store.resourceVersion, next) };
}

function deleteOptionsOf(query: URLSearchParams, body: unknown): DeleteOptions {
  const options: DeleteOptions = {};
  const fromBody = isRecord(body) ? body : {};
  const policy = query.get('propagationPolicy') ?? fromBody.propagationPolicy;
  if (policy !== null && policy !== undefined) {
    if (policy !== 'Background' && policy !== 'Foreground' && policy !== 'Orphan') {
      throw badRequest(
        `propagationPolicy: Unsupported value: "${display(policy)}": supported values: "Foreground", "Background", "Orphan"`,
      );
    }
    options.propagationPolicy = policy;
  }
  if (fromBody.orphanDependents === true && !options.propagationPolicy)
    options.propagationPolicy = 'Orphan';
  const grace = query.get('gracePeriodSeconds') ?? fromBody.gracePeriodSeconds;
  if (grace !== null && grace !== undefined) options.gracePeriodSeconds = Number(grace);
  return options;
}

/** SelfSubjectAccessReview: answers from the same deny rules that guard the requests. */
function accessReview(settings: ApiSettings, body: unknown): JsonAnswer {
  const spec = isRecord(body) && isRecord(body.spec) ? body.spec : {};
  const attributes = isRecord(spec.resourceAttributes) ? spec.resourceAttributes : undefined;
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  const denied = attributes
    ? isDenied(
        settings.deny,
        str(attributes.verb),
        str(attributes.group),
        str(attributes.resource),
        str(attributes.subresource) || undefined,
      )
    : false;
  return {
    code: 201,
    body: {
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      metadata: { creationTimestamp: null },
      spec,
      status: denied
        ? { allowed: false, denied: true, reason: 'denied by the simulator (rbac.deny)' }
        : { allowed: true, reason: 'the simulator allows everything not in rbac.deny' },
    },
  };
}

const SUBRESOURCE_VERBS: Verb[] = ['get', 'update', 'patch'];

/** Serves one non-watch resource request. */
export function handleResource(
  cluster: Cluster,
  settings: ApiSettings,
  request: ResourceRequest,
  query: URLSearchParams,
  body: unknown,
  contentType: string,
): JsonAnswer {
  const { def, verb, namespace, name, subresource } = request;
  if (!def.verbs.includes(verb)) throw methodNotAllowed();
  if (
    subresource !== undefined &&
    (subresource !== 'status' || !def.hasStatus || !SUBRESOURCE_VERBS.includes(verb))
  ) {
    throw methodNotAllowed();
  }
  if (def.resource === 'selfsubjectaccessreviews') return accessReview(settings, body);
  switch (verb) {
    case 'get':
      return { code: 200, body: cluster.get(def, namespace, name!) };
    case 'list':
      return list(cluster, request, query);
    case 'create':
      if (name !== undefined) throw methodNotAllowed();
      return { code: 201, body: cluster.create(def, body, namespace) };
    case 'update':
      return { code: 200, body: cluster.update(def, namespace, name!, body, subresource) };
    case 'patch':
      return {
        code: 200,
        body: cluster.patch(def, namespace, name!, body, contentType, subresource),
      };
    case 'delete':
      return {
        code: 200,
        body: cluster.delete(def, namespace, name!, deleteOptionsOf(query, body)),
      };
    case 'deletecollection': {
      const matches = selectorsOf(def, query);
      const options = deleteOptionsOf(query, body);
      const deleted = cluster.store
        .list(def.resource, namespace)
        .filter(matches)
        .map((object) =>
          cluster.delete(def, object.metadata.namespace, object.metadata.name, options),
        );
      return { code: 200, body: listOf(def, deleted, cluster.store.resourceVersion) };
    }
    case 'watch':
      throw methodNotAllowed();
  }
}
