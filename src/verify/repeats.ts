// Repeat mode's reading of many single-attempt verdicts: how often the path failed, with its
// Wilson interval, and the failures grouped by what the verifier recognised as their cause.
import { cleanRunsUntil, wilsonInterval, type RateInterval } from './rate.ts';
import type { Diagnosis, Verdict } from './types.ts';

/**
 * - `observer-gap`: a watch gap or a polled stretch could hide the missing state.
 * - `skipped-by-controller`: the pod or an Event count had the state, the chosen witness did not
 *   (virt-controller coalesced it).
 * - `timeout`: the path was still possible when the attempt's timeout came.
 * - `infrastructure`: the cluster, not the path: unschedulable, image pulled, invalid image name,
 *   a VM stuck in Starting.
 * - `message`: pull errors came, with another message than `expected-message`.
 * - `other`: none of these was recognised.
 */
export type FailureCause =
  'observer-gap' | 'skipped-by-controller' | 'timeout' | 'infrastructure' | 'message' | 'other';

/** KubeVirt's bar for taking a test out of quarantine: 0.1 % failures. */
export const DEQUARANTINE_RATE = 0.001;

export interface FailureGroup {
  cause: FailureCause;
  /** The run numbers (from 1) that failed this way. */
  runs: number[];
}

export interface RepeatSummary {
  rate: RateInterval;
  /** Failures by cause, the most frequent first. */
  failures: FailureGroup[];
  /** More clean runs that would put the interval's upper end under `DEQUARANTINE_RATE`. */
  cleanRunsToDequarantine: number;
}

const INFRASTRUCTURE: readonly Diagnosis[] = [
  'unschedulable',
  'image-pulled',
  'invalid-image-name',
  'stuck-starting',
];

/** The cause to file a failed (or inconclusive) verdict under, most specific first. */
export function failureCause(verdict: Pick<Verdict, 'result' | 'diagnosis'>): FailureCause {
  const diagnosis = verdict.diagnosis ?? [];
  if (diagnosis.some((code) => INFRASTRUCTURE.includes(code))) return 'infrastructure';
  if (diagnosis.includes('message-mismatch')) return 'message';
  if (diagnosis.includes('hidden-by-gap') || diagnosis.includes('polled')) return 'observer-gap';
  if (diagnosis.includes('missed-by-witness')) return 'skipped-by-controller';
  if (verdict.result === 'inconclusive' || diagnosis.includes('slow-back-off')) return 'timeout';
  return 'other';
}

/** The summary of runs given in run order; a run counts as a failure unless it passed. */
export function summarizeRepeats(
  verdicts: readonly Pick<Verdict, 'result' | 'diagnosis'>[],
): RepeatSummary {
  const groups = new Map<FailureCause, number[]>();
  verdicts.forEach((verdict, index) => {
    if (verdict.result === 'passed') return;
    const cause = failureCause(verdict);
    groups.set(cause, [...(groups.get(cause) ?? []), index + 1]);
  });
  const failed = verdicts.length - verdicts.filter((v) => v.result === 'passed').length;
  return {
    rate: wilsonInterval(failed, verdicts.length),
    failures: [...groups]
      .map(([cause, runs]) => ({ cause, runs }))
      .sort((a, b) => b.runs.length - a.runs.length),
    cleanRunsToDequarantine: cleanRunsUntil(failed, verdicts.length, DEQUARANTINE_RATE),
  };
}
