// The HTTP side of the simulated API server: routing, request bodies, the request log, fault
// decisions, RBAC, JSON answers and watch streams. Plain HTTP on 127.0.0.1.
import { apiJson } from './json.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { authorize, handleResource, selectorsOf, type ApiSettings } from './api.ts';
import type { Clock } from './scaled-clock.ts';
import type { Cluster } from './cluster.ts';
import * as discovery from './discovery.ts';
import type { Faults, RequestFacts } from './faults.ts';
import type { Random } from './random.ts';
import { parseResourcePath, type ResourceRequest } from './routes.ts';
import {
  ApiError,
  badRequest,
  internalError,
  messageOf,
  pathNotFound,
  type Status,
} from './status.ts';
import { toTable, wantsTable } from './table.ts';
import { serveWatch, type WatchStream } from './watch.ts';
import type { KubeObject } from './objects.ts';
import { isRecord } from './objects.ts';
import { decodeProtobuf } from './protobuf.ts';
import { podLog } from './pod-log.ts';

/** One finished HTTP request, for tests and benchmarks that count what a client cost. */
export interface RequestLogEntry {
  method: string;
  /** Path without the query, e.g. `/apis/kubevirt.io/v1/namespaces/ns/virtualmachines`. */
  path: string;
  /** Query parameters (last value wins). */
  query: Record<string, string>;
  status: number;
  /** From the request's arrival to the end of the answer (for a watch: of the stream). */
  durationMs: number;
  watch: boolean;
  /** Wall clock of arrival (`performance.timeOrigin + performance.now()`). */
  startedAt: number;
  verb?: string;
  resource?: string;
  /** For watches: ADDED / MODIFIED / DELETED events written. */
  eventsSent?: number;
  /** Set when a fault shaped the answer: `429`, `reset`, `delay`... */
  fault?: string;
}

export interface ServerSettings extends ApiSettings {
  /** Real ms between watch bookmarks (when the client allows them). */
  bookmarkIntervalMs: number;
  /** Whether KubeVirt's API group is served (read at each request). */
  kubevirtInstalled: () => boolean;
}

export interface ServerDeps {
  cluster: Cluster;
  clock: Clock;
  faults: Faults;
  random: Random;
  settings: ServerSettings;
  log: RequestLogEntry[];
}

const MAX_BODY_BYTES = 3 * 1024 * 1024;
/** The API server's `--min-request-timeout`: a watch without timeoutSeconds lasts 1-2x this. */
const MIN_REQUEST_TIMEOUT_S = 1800;

function sendJson(
  response: ServerResponse,
  code: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent || response.destroyed) return;
  const text = apiJson(body);
  response.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

function sendStatus(response: ServerResponse, error: ApiError): void {
  sendJson(response, error.status.code, error.status, error.headers);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(badRequest('the request body is too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseBody(raw: Buffer, contentType: string): unknown {
  if (raw.length === 0) return undefined;
  if (contentType.includes('protobuf')) return decodeProtobuf(raw, contentType);
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (error) {
    throw badRequest(`the body of the request could not be decoded as JSON: ${messageOf(error)}`);
  }
}

/** The Table answer for a get (one object) or a list (its items). */
function tableOf(info: ResourceRequest, body: unknown, query: URLSearchParams): unknown {
  if (info.verb === 'get')
    return toTable(info.def, [body as KubeObject], undefined, query.get('includeObject'));
  const list = body as { metadata: { resourceVersion?: string }; items: KubeObject[] };
  return toTable(info.def, list.items, list.metadata.resourceVersion, query.get('includeObject'));
}

export class ApiServer {
  readonly #deps: ServerDeps;
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();
  readonly #streams = new Set<WatchStream>();
  #port = 0;

  constructor(deps: ServerDeps) {
    this.#deps = deps;
  }

  get port(): number {
    return this.#port;
  }

  openStreams(): Iterable<WatchStream> {
    return this.#streams;
  }

  /** Listens on 127.0.0.1:`port` (0: a free port); resolves with the port. */
  async listen(port: number): Promise<number> {
    const server = createServer((request, response) => {
      void this.#handle(request, response);
    });
    server.keepAliveTimeout = 60_000;
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    this.#port = typeof address === 'object' && address ? address.port : port;
    this.#server = server;
    return this.#port;
  }

  /** Stops listening and destroys every connection, watch streams included. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    for (const stream of [...this.#streams]) stream.reset();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    server.closeAllConnections();
    await closed;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const startedAt = performance.timeOrigin + performance.now();
    const url = new URL(request.url ?? '/', 'http://sim');
    const method = request.method ?? 'GET';
    const resourceRequest = parseResourcePath(method, url.pathname, url.searchParams);
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      durationMs: 0,
      watch: resourceRequest?.watch ?? false,
      startedAt,
      ...(resourceRequest
        ? { verb: resourceRequest.verb, resource: resourceRequest.def.resource }
        : {}),
    };
    response.on('close', () => {
      entry.status = response.headersSent ? response.statusCode : 0;
      entry.durationMs = performance.timeOrigin + performance.now() - startedAt;
      this.#deps.log.push(entry);
    });
    try {
      const facts: RequestFacts = {
        method,
        watch: entry.watch,
        ...(resourceRequest
          ? {
              verb: resourceRequest.verb,
              resource: resourceRequest.def.resource,
              namespace: resourceRequest.namespace,
              name: resourceRequest.name,
            }
          : {}),
      };
      const fault = this.#deps.faults.decide(facts);
      if (fault) {
        entry.fault = fault.reset
          ? 'reset'
          : fault.error
            ? String(fault.error.status.code)
            : 'delay';
        if (fault.delayMs > 0)
          await new Promise<void>((resolve) => this.#deps.clock.afterReal(fault.delayMs, resolve));
        if (fault.reset) {
          request.socket.destroy();
          return;
        }
        if (fault.error) {
          if (entry.watch && fault.error.status.code === 410)
            this.#sendWatchError(response, fault.error.status);
          else sendStatus(response, fault.error);
          return;
        }
      }
      const raw = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(request);
      if (resourceRequest)
        this.#serveResource(request, response, resourceRequest, url.searchParams, raw);
      else this.#serveNonResource(response, url);
    } catch (error) {
      if (error instanceof ApiError) sendStatus(response, error);
      else sendStatus(response, internalError(messageOf(error)));
    }
  }

  #serveResource(
    request: IncomingMessage,
    response: ServerResponse,
    info: ResourceRequest,
    query: URLSearchParams,
    raw: Buffer,
  ): void {
    const { cluster, settings } = this.#deps;
    if (info.def.kubevirt && !settings.kubevirtInstalled()) throw pathNotFound();
    const denied = authorize(settings, info);
    if (denied) throw denied;
    if (info.def.resource === 'pods' && info.subresource === 'log' && info.verb === 'get') {
      const text = podLog(cluster.store, info.namespace ?? '', info.name ?? '', query);
      response.writeHead(200, {
        'Content-Type': 'text/plain',
        'Content-Length': Buffer.byteLength(text),
      });
      response.end(text);
      return;
    }
    const table = wantsTable(request.headers.accept);
    if (info.watch) {
      this.#serveWatch(response, info, query, table);
      return;
    }
    const pageSize =
      info.verb === 'list' && !query.has('limit')
        ? this.#deps.faults.pageSizeOf(info.def.resource, info.namespace)
        : undefined;
    // A list paged though the client asked for all of it (a fault): the rest behind `continue`.
    if (pageSize !== undefined) query.set('limit', String(pageSize));
    const contentType = request.headers['content-type'] ?? 'application/json';
    const body = parseBody(raw, contentType);
    const answer = handleResource(cluster, settings, info, query, body, contentType);
    if (table && (info.verb === 'get' || info.verb === 'list')) {
      sendJson(response, answer.code, tableOf(info, answer.body, query));
      return;
    }
    sendJson(response, answer.code, answer.body);
  }

  #serveWatch(
    response: ServerResponse,
    info: ResourceRequest,
    query: URLSearchParams,
    table: boolean,
  ): void {
    const { cluster, clock, faults, random, settings } = this.#deps;
    const timeoutSeconds = Number(query.get('timeoutSeconds') ?? 'NaN');
    const timeoutMs =
      Number.isFinite(timeoutSeconds) && timeoutSeconds > 0
        ? timeoutSeconds * 1000
        : random.between(MIN_REQUEST_TIMEOUT_S, 2 * MIN_REQUEST_TIMEOUT_S) * 1000;
    serveWatch(
      response,
      {
        def: info.def,
        namespace: info.namespace,
        resourceVersion: query.get('resourceVersion'),
        matches: selectorsOf(info.def, query, info.name),
        allowBookmarks:
          query.get('allowWatchBookmarks') === 'true' || query.get('allowWatchBookmarks') === '1',
        sendInitialEvents: query.get('sendInitialEvents') === 'true',
        timeoutMs,
        bookmarkIntervalMs: settings.bookmarkIntervalMs,
        encode: table
          ? (object) => toTable(info.def, [object], undefined, query.get('includeObject'))
          : (object) => object,
      },
      {
        store: cluster.store,
        clock,
        onOpen: (stream) => {
          this.#streams.add(stream);
          faults.watchOpened(stream);
        },
        afterEvent: (stream) => faults.afterWatchEvent(stream),
        garble: (stream, type) => faults.garbleWatchEvent(stream, type),
        rawSeparators: (stream, type) => faults.rawSeparators(stream, type),
        transport: (stream) => faults.transportOf(stream),
        onClose: (stream) => this.#streams.delete(stream),
      },
    );
  }

  /** A watch refused inside the stream, as the real server sends 410 Expired. */
  #sendWatchError(response: ServerResponse, status: Status): void {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    response.end(`${apiJson({ type: 'ERROR', object: status })}\n`);
  }

  #serveNonResource(response: ServerResponse, url: URL): void {
    const installed = this.#deps.settings.kubevirtInstalled();
    const parts = url.pathname.split('/').filter((part) => part !== '');
    const path = `/${parts.join('/')}`;
    let body: unknown;
    if (path === '/version') body = discovery.versionInfo();
    else if (path === '/api') body = discovery.coreVersions(`127.0.0.1:${this.#port}`);
    else if (path === '/apis') body = discovery.groupList(installed);
    else if (path === '/api/v1') body = discovery.resourceList('', 'v1', installed);
    else if (parts[0] === 'apis' && parts.length === 2)
      body = discovery.group(parts[1]!, installed);
    else if (parts[0] === 'apis' && parts.length === 3)
      body = discovery.resourceList(parts[1]!, parts[2]!, installed);
    else if (path === '/openapi/v3') body = discovery.openApiIndex(installed);
    else if (parts[0] === 'openapi' && parts[1] === 'v3')
      body = discovery.openApiDocument(parts.slice(2).join('/'), installed);
    else if (path === '/healthz' || path === '/livez' || path === '/readyz') {
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('ok');
      return;
    }
    if (body === undefined || (isRecord(body) && Object.keys(body).length === 0))
      throw pathNotFound();
    sendJson(response, 200, body);
  }
}
