// The verifier's shared words: what each witness is called, what a watch gap came from, and
// the small list and sentence helpers that explain.ts, causes.ts and caveats.ts write with.
import { type GapEntry, type StateEntry, type Witness } from '../observe/types.ts';
import { formatOffset } from '../util/duration.ts';
import type { WitnessChoice } from './types.ts';

export const SUBJECT: Record<WitnessChoice, string> = {
  vm: "The VM's printableStatus",
  vmi: "The VMI's Synchronized condition and phase",
  pod: "The virt-launcher pod's container states",
  any: 'The VM, VMI and virt-launcher pod together',
};
export const NOUN: Record<Witness, string> = {
  vm: 'the VM',
  vmi: 'the VMI',
  pod: 'the pod',
  event: 'Events',
};

/** A gap's cause in words, before its name and detail. */
export const GAP_CAUSE: Record<GapEntry['cause'], string> = {
  expired: 'its resourceVersion expired (410) and it relisted',
  disconnected: 'the connection was refused or broke',
  timeout: 'the API server did not answer in time',
  forbidden: 'RBAC forbade it',
  throttled: 'the API server throttled it (429)',
  'server-error': 'the API server answered with errors (5xx)',
  malformed: 'a line of the stream was lost or unusable',
  silent:
    'the watch was answered but stayed silent while the API server had changes (a proxy that buffers or drops the stream, not virt-controller)',
  unexpected: 'an unexpected answer or an internal error stopped it',
};

export function describeOther(entry: StateEntry): string {
  if (entry.witness === 'event') {
    const what = [entry.reason, entry.message && `"${entry.message}"`].filter(Boolean).join(' ');
    return `the Event ${what} reached x${entry.count ?? 1} at ${formatOffset(entry.atMs)}`;
  }
  return `${NOUN[entry.witness]} saw it at ${formatOffset(entry.atMs)}`;
}

export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
