// One watch connection: replay from a resourceVersion, then live changes, as newline-delimited
// JSON `{"type": ..., "object": ...}` lines; bookmarks, timeouts, selectors with ADDED/DELETED on
// selector transitions, and 410 Expired for a compacted resourceVersion (apiserver's cacher.go
// and watch_cache.go semantics).
import { apiJson } from './json.ts';
import type { ServerResponse } from 'node:http';
import type { Clock, Timer } from './scaled-clock.ts';
import type { KubeObject } from './objects.ts';
import { apiVersionOf, type ResourceDef } from './api-resources.ts';
import type { Selector } from './selectors.ts';
import { badRequest, expired, type Status } from './status.ts';
import type { Change, ChangeType, Store } from './store.ts';

export type WatchEventType = ChangeType | 'BOOKMARK' | 'ERROR';

/**
 * What a watch whose transport misbehaves looks like after its `200`: `silent` (nothing, not even
 * a bookmark, until the stream ends), `empty` (an empty body: the stream ends at once), `html` (an
 * HTML page instead of events, then the end), `buffer` (a buffering proxy: every line held until
 * the stream ends, then all at once).
 */
export type TransportMode = 'silent' | 'empty' | 'html' | 'buffer';

/** An open watch, as fault injection and `openWatches()` see it. */
export interface WatchStream {
  readonly id: number;
  readonly resource: string;
  readonly namespace: string | undefined;
  /** ADDED / MODIFIED / DELETED events written so far (bookmarks and errors not counted). */
  readonly eventsSent: number;
  /** Ends the stream cleanly, as the server does at `timeoutSeconds`. */
  close(): void;
  /** Destroys the TCP connection mid-stream (the client sees a reset / premature close). */
  reset(): void;
}

export interface WatchRequest {
  def: ResourceDef;
  namespace: string | undefined;
  /** `resourceVersion` query parameter, as given. */
  resourceVersion: string | null;
  matches: Selector;
  allowBookmarks: boolean;
  sendInitialEvents: boolean;
  /** Real milliseconds until the server ends the stream. */
  timeoutMs: number;
  /** Real milliseconds between bookmarks. */
  bookmarkIntervalMs: number;
  /** Turns an event's object into what is written (a Table for `kubectl get -w`). */
  encode: (object: KubeObject, type: WatchEventType) => unknown;
}

export interface WatchHooks {
  store: Store;
  clock: Clock;
  /** Called after every ADDED / MODIFIED / DELETED written, e.g. to end the stream by a fault. */
  afterEvent: (stream: WatchStream) => void;
  /** True: write this event as a line no client can parse (a fault), instead of the event. */
  garble: (stream: WatchStream, type: ChangeType) => boolean;
  /** True: write this event with U+2028/U+2029 raw, as a non-Go intermediary would (a fault). */
  rawSeparators?: (stream: WatchStream, type: ChangeType) => boolean;
  /** How a misbehaving transport spoils this stream after its 200 (a fault), if it does. */
  transport?: (stream: WatchStream) => TransportMode | undefined;
  /** Called once the stream exists, before its first event. */
  onOpen: (stream: WatchStream) => void;
  onClose: (stream: WatchStream) => void;
}

let nextWatchId = 1;

/** Writes the 200 header and serves the watch until it ends; returns the open stream. */
export function serveWatch(
  response: ServerResponse,
  request: WatchRequest,
  hooks: WatchHooks,
): WatchStream {
  const { def, namespace, matches } = request;
  const { store, clock } = hooks;
  const timers: { timeout?: Timer; bookmark?: Timer } = {};
  let ended = false;
  let eventsSent = 0;
  let unsubscribe = () => {};
  /** How a fault spoils this stream's transport, once it is answered. */
  const spoilt: { mode?: TransportMode } = {};
  /** What a buffering proxy holds back until the stream ends. */
  const held: string[] = [];

  const stream: WatchStream = {
    id: nextWatchId++,
    resource: def.resource,
    namespace,
    get eventsSent() {
      return eventsSent;
    },
    close: () => finish(false),
    reset: () => finish(true),
  };

  function finish(reset: boolean): void {
    if (ended) return;
    ended = true;
    unsubscribe();
    timers.timeout?.cancel();
    timers.bookmark?.cancel();
    if (reset) response.socket?.destroy();
    else response.end(held.splice(0).join(''));
    hooks.onClose(stream);
  }

  function write(type: WatchEventType, object: unknown, raw = false): void {
    if (ended) return;
    emit(`${raw ? JSON.stringify({ type, object }) : apiJson({ type, object })}\n`);
  }

  /** Writes one line, unless the transport swallows or holds it. */
  function emit(text: string): void {
    if (spoilt.mode === 'buffer') held.push(text);
    else if (spoilt.mode === undefined) response.write(text);
  }

  function send(type: ChangeType, object: KubeObject): void {
    if (ended) return;
    if (hooks.garble(stream, type)) {
      // The line cut short, as a proxy that drops part of a chunk would leave it.
      const line = apiJson({ type, object: request.encode(object, type) });
      emit(`${line.slice(0, Math.ceil(line.length / 2))}\n`);
    } else write(type, request.encode(object, type), hooks.rawSeparators?.(stream, type));
    eventsSent++;
    hooks.afterEvent(stream);
  }

  function inScope(object: KubeObject): boolean {
    return namespace === undefined || object.metadata.namespace === namespace;
  }

  /** The event a change is for this watch, with selector transitions as ADDED / DELETED. */
  function deliver(change: Change): void {
    if (change.resource !== def.resource || !inScope(change.object)) return;
    const before =
      change.type !== 'ADDED' && change.previous !== undefined && matches(change.previous);
    const now = matches(change.object);
    if (change.type === 'DELETED') {
      if (before || now) send('DELETED', change.object);
    } else if (now) send(before ? 'MODIFIED' : 'ADDED', change.object);
    else if (before) send('DELETED', change.object);
  }

  function bookmark(initialEventsEnd = false): void {
    write('BOOKMARK', {
      kind: def.kind,
      apiVersion: apiVersionOf(def),
      metadata: {
        resourceVersion: String(store.resourceVersion),
        creationTimestamp: null,
        ...(initialEventsEnd ? { annotations: { 'k8s.io/initial-events-end': 'true' } } : {}),
      },
    });
  }

  const { resourceVersion } = request;
  if (resourceVersion && !/^\d+$/.test(resourceVersion)) {
    throw badRequest(`resourceVersion: Invalid value: "${resourceVersion}": must be a number`);
  }
  response.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked',
  });
  response.flushHeaders();
  response.on('close', () => finish(false));
  hooks.onOpen(stream);
  spoilt.mode = hooks.transport?.(stream);
  if (spoilt.mode === 'empty' || spoilt.mode === 'html') {
    if (spoilt.mode === 'html')
      response.write('<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>\n');
    finish(false);
    return stream;
  }

  const fromList =
    resourceVersion === null ||
    resourceVersion === '' ||
    resourceVersion === '0' ||
    request.sendInitialEvents;
  if (fromList) {
    // No resourceVersion (or "0"): synthetic ADDED for what exists now, then live changes.
    const current = store.list(def.resource, namespace).filter(matches);
    for (const object of current) send('ADDED', object);
    if (request.sendInitialEvents && request.allowBookmarks) bookmark(true);
  } else {
    const since = Number(resourceVersion);
    const changes = store.changesSince(def.resource, since);
    if ('expired' in changes) {
      const gone: Status = expired(
        `too old resource version: ${resourceVersion} (${changes.oldest})`,
      ).status;
      write('ERROR', gone);
      finish(false);
      return stream;
    }
    for (const change of changes) deliver(change);
  }
  if (ended) return stream;
  unsubscribe = store.subscribe(deliver);
  timers.timeout = clock.afterReal(request.timeoutMs, () => finish(false));
  if (request.allowBookmarks) {
    const tick = () => {
      bookmark();
      timers.bookmark = clock.afterReal(request.bookmarkIntervalMs, tick);
    };
    timers.bookmark = clock.afterReal(request.bookmarkIntervalMs, tick);
  }
  return stream;
}
