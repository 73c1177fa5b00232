// `Status` objects, the body of every error answer of the API server, with the codes, reasons
// and message shapes of k8s.io/apimachinery/pkg/api/errors (errors.go).

export interface StatusCause {
  reason?: string;
  message: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/** A failed request: thrown by handlers, answered as a `Status` with its code. */
export class ApiError extends Error {
  readonly status: Status;
  readonly headers: Record<string, string>;
  constructor(status: Status, headers: Record<string, string> = {}) {
    super(status.message ?? status.reason ?? `HTTP ${status.code}`);
    this.name = 'ApiError';
    this.status = status;
    this.headers = headers;
  }
}

/** A group-qualified resource as error messages name it: `pods`, `virtualmachines.kubevirt.io`. */
export interface GroupResource {
  group: string;
  resource: string;
}

export function qualified({ group, resource }: GroupResource): string {
  return group ? `${resource}.${group}` : resource;
}

function failure(code: number, reason: string, message: string, details?: StatusDetails): ApiError {
  const status: Status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
  return new ApiError(status);
}

function detailsOf(gr: GroupResource, name?: string): StatusDetails {
  return { ...(name ? { name } : {}), ...(gr.group ? { group: gr.group } : {}), kind: gr.resource };
}

export function notFound(gr: GroupResource, name: string): ApiError {
  return failure(404, 'NotFound', `${qualified(gr)} "${name}" not found`, detailsOf(gr, name));
}

/** A path the server does not serve (unknown group, version or resource). */
export function pathNotFound(): ApiError {
  return failure(404, 'NotFound', 'the server could not find the requested resource', {});
}

export function alreadyExists(gr: GroupResource, name: string): ApiError {
  return failure(
    409,
    'AlreadyExists',
    `${qualified(gr)} "${name}" already exists`,
    detailsOf(gr, name),
  );
}

export function conflict(gr: GroupResource, name: string): ApiError {
  return failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualified(gr)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    detailsOf(gr, name),
  );
}

/** 422, as field validation answers: `Kind.group "name" is invalid: field: detail`. */
export function invalid(
  kind: string,
  gr: GroupResource,
  name: string,
  causes: StatusCause[],
): ApiError {
  const qualifiedKind = gr.group ? `${kind}.${gr.group}` : kind;
  const list = causes.map((cause) =>
    cause.field ? `${cause.field}: ${cause.message}` : cause.message,
  );
  const joined = list.length === 1 ? list[0]! : `[${list.join(', ')}]`;
  return failure(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${joined}`, {
    ...detailsOf(gr, name),
    kind,
    causes,
  });
}

export function badRequest(message: string): ApiError {
  return failure(400, 'BadRequest', message);
}

/**
 * 403 with the authorizer's wording, e.g. `pods "p" is forbidden: User "system:anonymous" cannot
 * get resource "pods" in API group "" in the namespace "ns"` (apiserver's `forbiddenMessage`).
 */
export function forbidden(
  gr: GroupResource,
  verb: string,
  user: string,
  namespace: string | undefined,
  name?: string,
  reason = '',
): ApiError {
  const subject = name ? `${qualified(gr)} "${name}"` : qualified(gr);
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  const why = `User "${user}" cannot ${verb} resource "${gr.resource}" in API group "${gr.group}" ${scope}`;
  return failure(
    403,
    'Forbidden',
    `${subject} is forbidden: ${why}${reason ? `: ${reason}` : ''}`,
    detailsOf(gr, name),
  );
}

/** 403 for content created in a namespace that is being deleted. */
export function namespaceTerminating(gr: GroupResource, name: string, namespace: string): ApiError {
  return failure(
    403,
    'Forbidden',
    `${qualified(gr)} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
    {
      ...detailsOf(gr, name),
      causes: [
        {
          reason: 'NamespaceTerminating',
          message: `namespace ${namespace} is being terminated`,
          field: 'metadata.namespace',
        },
      ],
    },
  );
}

/** 410 Expired, as a watch from a compacted resourceVersion gets it (inside the stream). */
export function expired(message: string): ApiError {
  return failure(410, 'Expired', message);
}

export function tooManyRequests(retryAfterSeconds: number, message?: string): ApiError {
  const error = failure(
    429,
    'TooManyRequests',
    message ?? 'Too many requests, please try again later.',
    { retryAfterSeconds },
  );
  return new ApiError(error.status, { 'Retry-After': String(retryAfterSeconds) });
}

export function internalError(message: string): ApiError {
  return failure(500, 'InternalError', `Internal error occurred: ${message}`, {
    causes: [{ message }],
  });
}

export function methodNotAllowed(): ApiError {
  return failure(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
    {},
  );
}

export function unsupportedMediaType(contentType: string, accepted: string[]): ApiError {
  return failure(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
    { causes: [{ reason: 'UnexpectedServerResponse', message: `unsupported: ${contentType}` }] },
  );
}

/** An error from any status code, e.g. for injected faults: reason from the code. */
export function statusError(code: number, message?: string): ApiError {
  const reasons: Record<number, [string, string]> = {
    400: ['BadRequest', 'bad request'],
    401: ['Unauthorized', 'Unauthorized'],
    403: ['Forbidden', 'forbidden'],
    404: ['NotFound', 'the server could not find the requested resource'],
    409: ['Conflict', 'conflict'],
    410: ['Gone', 'the resource is gone'],
    500: ['InternalError', 'Internal error occurred: injected fault'],
    503: ['ServiceUnavailable', 'the server is currently unable to handle the request'],
    504: ['Timeout', 'the server was unable to respond in time'],
  };
  const [reason, fallback] = reasons[code] ?? ['InternalError', `HTTP ${code}`];
  return failure(code, reason, message ?? fallback);
}

/** The message of anything a handler or the model threw. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
