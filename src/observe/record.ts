// What one resource's watcher and lists write down as they go: the gap ledger and the gaps it
// yields (into the timeline and the log), recoveries, the counts of the stats, and the
// Retry-After every request of the resource keeps to.
import { errorMessage } from '../util/errors.ts';
import type { Clock } from './clock.ts';
import type { Ending } from './decide.ts';
import { GapLedger, type GapRecord, type Recovery } from './gaps.ts';
import { gapLine, seconds } from './lines.ts';
import type { ResourceStats } from './stats.ts';
import type { TimelineBuilder } from './timeline.ts';
import type { ResourceKind } from './types.ts';

export interface RecordDeps {
  builder: TimelineBuilder;
  clock: Clock;
  log: (line: string) => void;
  warn: (line: string) => void;
}

export class ResourceRecord {
  readonly resource: ResourceKind;
  readonly ledger: GapLedger;
  readonly stats: ResourceStats = {
    mode: 'starting',
    watchStarts: 0,
    streams: 0,
    relists: 0,
    polls: 0,
    probes: 0,
    gaps: 0,
    errors: {},
    pollingMs: 0,
    requests: 0,
  };
  /** No request before this moment: the latest Retry-After the server gave, on any request. */
  notBefore = 0;
  readonly #deps: RecordDeps;

  constructor(resource: ResourceKind, deps: RecordDeps) {
    this.resource = resource;
    this.#deps = deps;
    this.ledger = new GapLedger(deps.clock.now());
  }

  /**
   * Counts a failed request, and keeps its Retry-After for every request of this resource:
   * client-node hides it on a watch answer, but the list the poller sends right after a
   * throttled watch carries it.
   */
  failed(ending: Ending): void {
    this.stats.errors[ending.kind] = (this.stats.errors[ending.kind] ?? 0) + 1;
    const retryAfterMs =
      ending.kind === 'throttled' || ending.kind === 'server-error'
        ? ending.retryAfterMs
        : undefined;
    if (retryAfterMs !== undefined)
      this.notBefore = Math.max(this.notBefore, this.#deps.clock.now() + retryAfterMs);
  }

  /** Writes a gap into the timeline, and says it (a warning when it may hide a state). */
  gap(gap: GapRecord): void {
    this.stats.gaps++;
    const { line, warn } = gapLine(this.resource, gap);
    if (warn) this.#deps.warn(line);
    else this.#deps.log(line);
    this.#deps.builder.gap({ resource: this.resource, ...gap });
  }

  /** Everything up to now is vouched for: an event arrived, or a stream ended cleanly. */
  vouched(how: string): void {
    this.recovered(how, this.ledger.vouched(this.#deps.clock.now()));
  }

  recovered(how: string, recovery: Recovery | undefined): void {
    if (recovery)
      this.#deps.log(
        `${this.resource}: ${how} after ${seconds(recovery.afterMs)} of ${recovery.cause}`,
      );
  }

  /** A bug, not a server problem: say so loudly and leave the stretch marked as not vouched for. */
  crashed(error: unknown): void {
    this.ledger.crashed(
      this.#deps.clock.now(),
      `${this.resource} observer failed: ${errorMessage(error)}`,
    );
    this.#deps.warn(
      `${this.resource}: the observer stopped following this resource after an internal error: ${errorMessage(error)}`,
    );
  }
}
