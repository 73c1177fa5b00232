// What a resource's watcher tells the user, as plain functions of what happened: the progress
// log's lines and which of them are warnings.
import type { Ending, Plan } from './decide.ts';
import type { GapRecord } from './gaps.ts';
import type { ResourceKind } from './types.ts';

/** `0.250s`, or `12.5s` from ten seconds on. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 3 : 1)}s`;
}

/** How a list or watch ended, in the server's or client-node's words. */
export function describe(ending: Ending): string {
  return ending.kind === 'stopped' ? 'stopped' : ending.message;
}

/** What the watcher does next after `said` ended its list or watch, as `plan` decided. */
export function planLine(
  resource: ResourceKind,
  plan: Plan,
  said: string,
  polling: { intervalMs: number; now: boolean },
): string {
  const every = `polling every ${polling.intervalMs} ms`;
  if (plan.next === 'poll-only')
    return `${resource}: watch refused (${said}); ${every} for the rest of the run, so states shorter than that may be missed`;
  if (plan.next === 'give-up')
    return `${resource}: cannot list (${said}); this witness is unavailable`;
  const what = plan.next === 'list' ? 'relisting' : 'watching again';
  return `${resource}: ${what} in ${seconds(plan.delayMs)} after ${said}${polling.now ? `; ${every} meanwhile` : ''}`;
}

/**
 * A gap's line, and whether the user must be warned: a gap across which something changed may
 * hide a state, and a lost line is a loss. One that changed nothing, or ends the run while down
 * (warned about when it began), is progress.
 */
export function gapLine(resource: ResourceKind, gap: GapRecord): { line: string; warn: boolean } {
  const line = `${resource}: gap of ${seconds(gap.until - gap.at)} (${gap.cause}): ${gap.detail}`;
  const changes = gap.changes ?? [];
  if (gap.cause !== 'malformed' && changes.length === 0) return { line, warn: false };
  const changed = changes.length ? `; changed: ${changes.map((c) => c.text).join('; ')}` : '';
  return { line: `${line}${changed}`, warn: true };
}
