// Whether the VM a timeline follows is still the check's own: the object it created, by uid.
import type { Timeline } from '../observe/types.ts';

/** The state a timeline shows when the check's VM stopped being its own (see lostVm). */
export const NOT_OURS = { deleted: 'Deleted', replaced: 'Replaced' } as const;

/**
 * The moment the check's VM stopped being its own: the VM witness saw it deleted (the check
 * deletes it only at cleanup, after the attempt), or saw an object of another uid under its name
 * (deleted and created again by someone else, the deletion unseen in a gap). Undefined while it
 * is its own.
 */
export function lostVm(
  timeline: Timeline,
): { atMs: number; state: string; uid?: string; ownUid?: string } | undefined {
  let ownUid: string | undefined;
  for (const entry of timeline.entries) {
    if (entry.kind !== 'state' || entry.witness !== 'vm' || entry.object !== timeline.vm) continue;
    if (entry.state === NOT_OURS.deleted)
      return { atMs: entry.atMs, state: NOT_OURS.deleted, ownUid };
    ownUid ??= entry.uid;
    if (entry.uid !== undefined && entry.uid !== ownUid)
      return { atMs: entry.atMs, state: NOT_OURS.replaced, uid: entry.uid, ownUid };
  }
  return undefined;
}
