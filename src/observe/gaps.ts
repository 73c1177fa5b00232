// The gap bookkeeping of one resource's stream, as a pure ledger: it is told what happened (a
// failure, a stream vouching again, a relist, a lost line, the end) with the moment on the
// observer's clock, and answers with the gap records to write and the recoveries to log. No
// clock, no I/O: it is table-tested on plain numbers.
import type { EndingKind } from './decide.ts';
import type { GapChange } from './timeline.ts';
import type { GapEntry } from './types.ts';

export type GapCause = GapEntry['cause'];

/** The gap cause each failure stands for; `closed`, `stopped` and `expired` open no outage. */
export const CAUSE_OF: Record<Exclude<EndingKind, 'closed' | 'stopped' | 'expired'>, GapCause> = {
  network: 'disconnected',
  timeout: 'timeout',
  'server-error': 'server-error',
  throttled: 'throttled',
  forbidden: 'forbidden',
  malformed: 'malformed',
  silent: 'silent',
  unexpected: 'unexpected',
};

/** A stretch not vouched for, from `at` (the last moment vouched for) to `until`. */
export interface GapRecord {
  cause: GapCause;
  detail: string;
  at: number;
  until: number;
  /** What a relist found changed across the gap; absent when nothing could tell. */
  changes?: GapChange[];
}

/** An outage that ended: a stream vouches again after `afterMs` of `cause`. */
export interface Recovery {
  cause: GapCause;
  afterMs: number;
}

/** A failure not yet recovered from: the stretch since the last vouched moment is not vouched for. */
interface Outage {
  since: number;
  cause: GapCause;
  detail: string;
}

/**
 * GapLedger keeps the four facts a gap is made of: up to when the stream vouched for every
 * version, the outage going on (if any), the outage that just ended (remembered until the
 * stream proves itself, so a 410 that follows can say what came before it), and the gap a
 * relist must record (after a 410 or a lost line).
 */
export class GapLedger {
  #vouchedAt: number;
  #outage: Outage | undefined;
  #endedOutage: Outage | undefined;
  #pendingGap: { cause: GapCause; detail: string } | undefined;

  /** Starts with everything up to `at` vouched for (the first list). */
  constructor(at: number) {
    this.#vouchedAt = at;
  }

  /** The cause of the outage going on, if a list or watch failed and nothing vouched since. */
  get down(): GapCause | undefined {
    return this.#outage?.cause;
  }

  /** True when the next relist closes a gap (after a 410 or a lost line). */
  get relistPending(): boolean {
    return this.#pendingGap !== undefined;
  }

  /** A list or watch failed at `at`; the first failure of an outage opens it. */
  failed(at: number, cause: GapCause, detail: string): void {
    this.#outage ??= { since: at, cause, detail };
  }

  /** The resource is not observable at all from `at` (its list failed for good). */
  unavailable(at: number, cause: GapCause, detail: string): void {
    this.#outage = { since: at, cause, detail };
  }

  /** The next relist must record a gap of `cause`, saying what came before (`said`: what ended the stream). */
  relistNeeded(cause: GapCause, said: string): void {
    const before = this.#outage ?? this.#endedOutage;
    this.#pendingGap ??= { cause, detail: before ? `${before.detail}, then ${said}` : said };
  }

  /**
   * A stream is up again (a watch was answered 200): the outage is over, the server replays what
   * happened meanwhile. What vouches is the stream's first event, not this.
   */
  resumed(at: number): Recovery | undefined {
    const outage = this.#outage;
    if (!outage) return undefined;
    this.#endedOutage = outage;
    this.#outage = undefined;
    return { cause: outage.cause, afterMs: at - outage.since };
  }

  /** Everything up to `at` is vouched for: an event arrived, or a stream ended cleanly. */
  vouched(at: number): Recovery | undefined {
    this.#vouchedAt = at;
    this.#endedOutage = undefined;
    return this.resumed(at);
  }

  /**
   * A relist at resourceVersion `resourceVersion` completed at `at`: the pending gap, if any,
   * ends here with what the relist found changed; everything up to `at` is vouched for.
   */
  relisted(
    at: number,
    resourceVersion: string,
    changes: GapChange[] = [],
  ): { gap?: GapRecord; recovery?: Recovery } {
    const pending = this.#pendingGap;
    this.#pendingGap = undefined;
    const gap = pending && {
      cause: pending.cause,
      detail: `${pending.detail}; relisted at resourceVersion ${resourceVersion}`,
      at: this.#vouchedAt,
      until: at,
      changes,
    };
    const recovery = this.vouched(at);
    return { ...(gap ? { gap } : {}), ...(recovery ? { recovery } : {}) };
  }

  /** The stream contradicted itself at `at` (a lost line): a malformed gap since the last vouched moment. */
  lost(at: number, detail: string, changes: GapChange[]): GapRecord {
    return { cause: 'malformed', detail, at: this.#vouchedAt, until: at, changes };
  }

  /**
   * The watch was found silent at `at`: the stretch since the last vouched moment is a gap of
   * `silent`, and an outage of the same cause goes on until a watch delivers again.
   */
  silent(at: number, detail: string): GapRecord {
    const gap: GapRecord = { cause: 'silent', detail, at: this.#vouchedAt, until: at };
    this.#vouchedAt = at;
    this.#outage = { since: at, cause: 'silent', detail };
    return gap;
  }

  /** A bug stopped the stream at `at`: the stretch from there on is not vouched for. */
  crashed(at: number, detail: string): void {
    this.failed(at, 'unexpected', detail);
  }

  /** The observation ended at `at`: an outage still going on is a gap to the end. */
  ended(at: number): GapRecord | undefined {
    const outage = this.#outage;
    if (!outage) return undefined;
    this.#outage = undefined;
    return {
      cause: outage.cause,
      detail: `${outage.detail}; still so when the observation ended`,
      at: this.#vouchedAt,
      until: at,
    };
  }

  /** The stretch not vouched for at `now`, while an outage goes on: for a timeline snapshot. */
  open(now: number): GapRecord | undefined {
    const outage = this.#outage;
    if (!outage) return undefined;
    return {
      cause: outage.cause,
      detail: `${outage.detail} (ongoing)`,
      at: this.#vouchedAt,
      until: now,
    };
  }
}
