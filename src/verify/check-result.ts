// The check over its attempts: what the runner reports, and whether another attempt can help.
import type { CheckResult, Diagnosis, Verdict } from './types.ts';

/**
 * - `passed`: every attempt passed.
 * - `flaky`: some attempts passed and some did not (typically a failed or inconclusive attempt
 *   followed by a pass).
 * - `failed`: none passed and at least one failed.
 * - `inconclusive`: none passed and none failed (all timed out without a contradiction), or no
 *   attempt at all.
 */
export function classifyAttempts(verdicts: readonly Pick<Verdict, 'result'>[]): CheckResult {
  const passed = verdicts.filter((verdict) => verdict.result === 'passed').length;
  if (passed > 0) return passed === verdicts.length ? 'passed' : 'flaky';
  if (verdicts.some((verdict) => verdict.result === 'failed')) return 'failed';
  return 'inconclusive';
}

/** A state that another attempt could catch: it happened, or may have, where this one looked away. */
const TIMING: readonly Diagnosis[] = [
  'missed-by-witness',
  'hidden-by-gap',
  'polled',
  'bound-exceeded',
];
/** Causes that a fresh VM does not change: the cluster, the image or the message are wrong. */
const SETUP: readonly Diagnosis[] = [
  'forbidden-state',
  'lookalike-state',
  'unschedulable',
  'image-pulled',
  'invalid-image-name',
  'stuck-starting',
  'message-mismatch',
  'vm-not-ours',
];

/**
 * Whether the runner should try again on a fresh VM: yes when the missing state was seen by
 * another witness, a watch gap or polled stretch could hide it, or a step missed its time bound
 * (timing, like the flake itself); no for a pass, a contradiction (`Running`,
 * `ErrorUnschedulable`, `InvalidImageName`), a forbidden (`never`) state, a VM stuck in
 * `Starting`, a wrong message, or a plain timeout (the kubelet's back-off would be just as slow
 * again).
 */
export function mayBeTiming(
  verdict: Pick<Verdict, 'result' | 'diagnosis' | 'contradiction'>,
): boolean {
  if (verdict.result === 'passed' || verdict.contradiction) return false;
  const diagnosis = verdict.diagnosis ?? [];
  if (diagnosis.some((code) => SETUP.includes(code))) return false;
  return diagnosis.some((code) => TIMING.includes(code));
}
