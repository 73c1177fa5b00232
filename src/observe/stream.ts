// One watch request through client-node's raw Watch, from a resourceVersion until it ends: the
// liveness timer, and every way a stream can end, named as an Ending.
import { Watch, type KubeConfig } from '../util/client-node.ts';
import { errorMessage } from '../util/errors.ts';
import type { Clock } from './clock.ts';
import { classify, type Ending } from './decide.ts';

export interface StreamOptions {
  kubeConfig: KubeConfig;
  path: string;
  query: Record<string, string | number | boolean | undefined>;
  clock: Clock;
  /** Silence (not even a bookmark) for this long ends the stream. */
  livenessTimeoutMs: number;
  /** Each event, in order; returns how the stream ends when this event ends it. */
  onEvent: (type: string, object: unknown) => Ending | undefined;
  /** The server answered 200: the stream is up. */
  onOpen: () => void;
  /** The server ended the stream cleanly: everything up to its end was delivered. */
  onCleanEnd: () => void;
}

export interface Stream {
  /** How the stream ended; never rejects. */
  ended: Promise<Ending>;
  /** Settles once client-node let go of the request. */
  request: Promise<unknown>;
  /** Ends the stream as `stopped`. */
  stop: () => void;
  /** Ends the stream as `how` (the watcher found it silent). */
  end: (how: Ending) => void;
}

/** Opens a watch; `ended` says how it ended, after which no callback is called any more. */
export function openStream(options: StreamOptions): Stream {
  const { clock, livenessTimeoutMs } = options;
  let ending: Ending | undefined;
  let controller: AbortController | undefined;
  let cancelSilence = () => {};
  let resolveEnded: (how: Ending) => void = () => {};
  const ended = new Promise<Ending>((resolve) => (resolveEnded = resolve));
  const finish = (how: Ending) => {
    if (ending) return;
    ending = how;
    cancelSilence();
    controller?.abort();
    resolveEnded(how);
  };
  // The liveness timer: bookmarks keep a healthy stream talking, so silence means a stream that
  // died without telling (restarted like a closed one), or a server that does not answer (a
  // timeout). client-node's own inactivity timer (30 s, not configurable) ends a silent stream
  // too, as a TimeoutError.
  const alive = () => {
    cancelSilence();
    cancelSilence = clock.timer(() => {
      const silent = `nothing arrived for ${(livenessTimeoutMs / 1000).toFixed(3)}s`;
      finish(
        controller
          ? { kind: 'closed', message: silent }
          : { kind: 'timeout', message: `no answer to the watch request: ${silent}` },
      );
    }, livenessTimeoutMs);
  };
  alive();
  const onEvent = (type: string, object: unknown) => {
    if (ending) return;
    alive();
    try {
      const problem = options.onEvent(type, object);
      if (problem) finish(problem);
    } catch (error) {
      finish({ kind: 'malformed', message: `cannot use a ${type} event: ${errorMessage(error)}` });
    }
  };
  let stopped = false;
  const request = new Watch(options.kubeConfig)
    .watch(options.path, options.query, onEvent, (error: unknown) => {
      // Only a clean end vouches: a silent stream client-node timed out may have lost
      // something in flight (the replay will tell).
      if (!ending && error === null && controller) options.onCleanEnd();
      finish(stopped ? { kind: 'stopped' } : classify(error));
    })
    .then(
      (opened) => {
        controller = opened;
        if (ending) opened.abort();
        else options.onOpen();
      },
      (error: unknown) => finish(classify(error)),
    );
  return {
    ended,
    request,
    stop: () => {
      stopped = true;
      finish({ kind: 'stopped' });
    },
    end: finish,
  };
}
