// Turns a request path into what the API server's RequestInfoFactory derives from it: the verb,
// the resource, the namespace, the name and the subresource.
import { findResource, type ResourceDef, type Verb } from './api-resources.ts';

export interface ResourceRequest {
  verb: Verb;
  def: ResourceDef;
  namespace?: string;
  name?: string;
  subresource?: string;
  watch: boolean;
}

function isWatch(query: URLSearchParams): boolean {
  const value = query.get('watch');
  return value === 'true' || value === '1';
}

/**
 * Parses `/api/v1/...` and `/apis/<group>/<version>/...` resource paths, also the deprecated
 * `/watch/` prefix. Returns `undefined` for paths that name no resource the server knows.
 */
export function parseResourcePath(
  method: string,
  pathname: string,
  query: URLSearchParams,
): ResourceRequest | undefined {
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    group = '';
    version = parts[1]!;
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    group = parts[1]!;
    version = parts[2]!;
    rest = parts.slice(3);
  } else return undefined;

  let legacyWatch = false;
  if (rest[0] === 'watch') {
    legacyWatch = true;
    rest = rest.slice(1);
  }
  let namespace: string | undefined;
  // `namespaces/<ns>/<resource>...` is a namespaced request, unless <resource> is a subresource
  // of the namespace itself (`namespaces/<ns>/status`).
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const inner = findResource(group, version, rest[2]!);
    if (inner?.namespaced) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
  }
  const def = findResource(group, version, rest[0] ?? '');
  if (!def || rest.length > 3) return undefined;
  if (namespace !== undefined && !def.namespaced) return undefined;
  const name = rest[1];
  const subresource = rest[2];
  const watch = legacyWatch || (method === 'GET' && isWatch(query));
  return {
    verb: verbOf(method, name !== undefined, watch),
    def,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(subresource !== undefined ? { subresource } : {}),
    watch,
  };
}

function verbOf(method: string, named: boolean, watch: boolean): Verb {
  switch (method) {
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return named ? 'delete' : 'deletecollection';
    default:
      return watch ? 'watch' : named ? 'get' : 'list';
  }
}
