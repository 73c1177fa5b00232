// What a resource's watcher reports about itself: its mode and its request counts.
import type { EndingKind } from './decide.ts';

/** What a resource's watcher is doing now. */
export type WatchMode = 'starting' | 'watch' | 'poll' | 'unavailable' | 'stopped';

export interface ResourceStats {
  mode: WatchMode;
  /** Watch requests started, the first one included. */
  watchStarts: number;
  /** Watch requests the server answered with a stream (200). */
  streams: number;
  /** Lists after the first: each after a 410 or a lost line, to start the watch over. */
  relists: number;
  /** Lists made by the poller. */
  polls: number;
  /** Lists made to check a watch that was silent (see WatchLimits.probeEveryMs). */
  probes: number;
  gaps: number;
  /** How each failed list, poll or watch ended, by name. */
  errors: Partial<Record<EndingKind, number>>;
  /** Time spent polling because no watch was healthy, ms. */
  pollingMs: number;
  /** HTTP requests made: lists, polls and watches. */
  requests: number;
  resourceVersion?: string;
}
