// Builds timeline entries and timelines for the verifier's and the reporters' tests: plain data,
// as the observer would hand it over.
import type {
  GapEntry,
  PollingEntry,
  ResourceKind,
  StateEntry,
  Timeline,
  TimelineEntry,
  Witness,
} from '../../src/observe/types.ts';
import assert from 'node:assert/strict';
import { PathSyntaxError, parsePath } from '../../src/verify/path.ts';
import type { VerifyOptions } from '../../src/verify/verify.ts';

export const IMAGE = 'registry.invalid/kubevirt-transition-check/no-such-image:latest';
export const PULL_MESSAGE = `rpc error: code = Unknown desc = failed to pull and unpack image "${IMAGE}": failed to resolve reference`;
export const BACK_OFF_MESSAGE = `Back-off pulling image "${IMAGE}"`;

const OBJECT: Record<Witness, string> = {
  vm: 'ns/vm',
  vmi: 'ns/vm',
  pod: 'ns/virt-launcher-vm-abcde',
  event: 'ns/virt-launcher-vm-abcde',
};

type Extra = Partial<Omit<StateEntry, 'kind' | 'witness' | 'state' | 'atMs'>>;

export function seen(witness: Witness, state: string, atMs: number, extra: Extra = {}): StateEntry {
  return {
    kind: 'state',
    witness,
    vm: 'ns/vm',
    object: OBJECT[witness],
    state,
    seenBy: witness === 'event' ? 'event' : 'watch',
    atMs,
    ...extra,
  };
}

export const vm = (state: string, atMs: number, extra?: Extra) => seen('vm', state, atMs, extra);
export const vmi = (state: string, atMs: number, extra?: Extra) => seen('vmi', state, atMs, extra);
export const pod = (state: string, atMs: number, extra?: Extra) => seen('pod', state, atMs, extra);

/** The kubelet's `Failed` / `BackOff` Event for a pull state, with its aggregated count. */
export function event(state: string, atMs: number, count: number, extra?: Extra): StateEntry {
  return seen('event', state, atMs, {
    reason: state === 'ImagePullBackOff' ? 'BackOff' : 'Failed',
    message: `Error: ${state}`,
    count,
    ...extra,
  });
}

export function gap(resource: ResourceKind, atMs: number, untilMs: number): GapEntry {
  return { kind: 'gap', resource, atMs, untilMs, cause: 'expired', detail: '410 Gone, relisted' };
}

export function polling(
  resource: ResourceKind,
  atMs: number,
  untilMs: number,
  intervalMs = 100,
): PollingEntry {
  return { kind: 'polling', resource, atMs, untilMs, intervalMs, reason: 'watch forbidden' };
}

export function timeline(entries: TimelineEntry[], endedAtMs?: number): Timeline {
  const last = Math.max(0, ...entries.map((entry) => entry.atMs));
  return { vm: 'ns/vm', startedAt: '2026-08-22T10:00:00Z', endedAtMs: endedAtMs ?? last, entries };
}

/** One witness's states, one per second from `startMs`. */
export function states(
  witness: Witness,
  names: string[],
  startMs = 0,
  stepMs = 1000,
): StateEntry[] {
  return names.map((name, i) => seen(witness, name, startMs + i * stepMs));
}

export const DEFAULT_PATH = 'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff';

export function options(
  expectedPath = DEFAULT_PATH,
  extra: Partial<VerifyOptions> = {},
): VerifyOptions {
  return {
    path: parsePath(expectedPath),
    expectedPath,
    witness: 'vm',
    expectedMessage: new RegExp(IMAGE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    timedOut: true,
    ...extra,
  };
}

/** The error `parsePath` rejects `input` with (the test fails when it accepts it). */
export function parseError(input: string): PathSyntaxError {
  try {
    parsePath(input);
  } catch (error) {
    assert.ok(error instanceof PathSyntaxError, `expected a PathSyntaxError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected '${input}' to be rejected`);
}
