// Flake evidence in the report: the failure rate of repeat mode with its interval and causes,
// and the polling-miss estimate of a verdict (docs/flake-evidence.md).
import {
  describeRate,
  percent,
  type FailureCause,
  type RepeatSummary,
} from '../../verify/index.ts';
import type { Verdict } from '../../verify/types.ts';
import { formatDuration, plural } from './words.ts';

const CAUSE_WORDS: Record<FailureCause, string> = {
  'observer-gap': 'a watch gap or polled stretch could hide the state',
  'skipped-by-controller': 'virt-controller skipped the state (the pod or an Event count had it)',
  timeout: 'the path was still possible when the timeout came',
  infrastructure: 'the cluster, not the path (unschedulable, image pulled, bad image, Starting)',
  message: 'pull errors with another message than expected-message',
  other: 'not recognised',
};

/** The interval of the runs, bold, for the first screen's sentence. */
export function repeatSentence(summary: RepeatSummary): string {
  return `**${describeRate(summary.rate)}**`;
}

/** The failures by cause and the way to KubeVirt's 0.1 %, for the first screen. */
export function repeatTable(summary: RepeatSummary): string {
  const rows = summary.failures.map(
    (group) =>
      `| \`${group.cause}\` | ${group.runs.length} | ${CAUSE_WORDS[group.cause]} | ${runList(group.runs)} |`,
  );
  const bar =
    summary.cleanRunsToDequarantine === 0
      ? 'The upper end is below 0.1 %, the bar for taking a test out of quarantine.'
      : `${plural(summary.cleanRunsToDequarantine, 'more clean run')} would put the upper end below 0.1 %, the bar for taking a test out of quarantine.`;
  if (rows.length === 0) return bar;
  return [
    '| cause | runs | what it means | which |',
    '| --- | ---: | --- | --- |',
    ...rows,
    '',
    bar,
  ].join('\n');
}

/** "misses 98 %" for the path table's column of the 1 s poller (KubeVirt's old test). */
export function oneSecondMiss(verdict: Verdict, step: number): string {
  // A step proven only by an Event count has no dwell, so no miss chance.
  if (verdict.matched[step]?.byEventCount) return '';
  const poller = verdict.pollingMiss?.pollers.find((p) => p.intervalMs === 1000);
  const p = poller?.steps[step];
  return p === undefined ? '' : percent(p);
}

/** One line: how likely each reference poller would have missed the whole path. */
export function pollingMissLine(verdict: Verdict): string {
  const pollers = verdict.pollingMiss?.pollers ?? [];
  if (verdict.result !== 'passed' || pollers.length === 0) return '';
  const parts = pollers.map(
    (poller) => `${formatDuration(poller.intervalMs)} (${poller.who}): ${percent(poller.path)}`,
  );
  return `**Polling would miss this path** (a state shorter than the interval is missed with probability 1 − lasted / interval): ${parts.join(' · ')}.`;
}

function runList(runs: number[]): string {
  const shown = runs.slice(0, 12).join(', ');
  return runs.length > 12 ? `${shown}, …` : shown;
}
