// One run compared with the runs before it, honestly: the median and spread of the history, a
// metric flagged only when it is beyond the threshold AND outside everything the history has
// shown, no verdict from fewer runs than `minHistory`, and a changed KubeVirt version or node
// image named beside the delta rather than hidden in it. Pure: docs/trends.md explains the rules.
import type { Metric, MetricUnit, RunEnvironment, RunMetrics } from './metrics.ts';

export { DEFAULT_THRESHOLD, formatThreshold, parseThreshold, type Threshold } from './threshold.ts';
import { DEFAULT_THRESHOLD, type Threshold } from './threshold.ts';

export const DEFAULT_MIN_HISTORY = 3;

/**
 * - `regression`: slower beyond the threshold and slower than every run of the history;
 * - `faster`: the same, the other way round (good news, never a failure);
 * - `within`: the change is inside the threshold or inside what the history has shown;
 * - `not-enough-history`: fewer than `minHistory` earlier runs have this metric;
 * - `new` / `gone`: only this run has the metric / only the history has it.
 */
export type Verdict = 'regression' | 'faster' | 'within' | 'not-enough-history' | 'new' | 'gone';

export interface Spread {
  n: number;
  median: number;
  /** Median absolute deviation from the median. */
  mad: number;
  min: number;
  max: number;
}

export interface MetricComparison {
  name: string;
  unit: MetricUnit;
  key: boolean;
  current?: number;
  /** The metric in each earlier run that has it, oldest first. */
  history: number[];
  /** For each value of `history`, the index of its run in `Comparison.history`. */
  historyRuns: number[];
  spread?: Spread;
  /** current - median. */
  change?: number;
  /** The change as a percentage of the median (absent when the median is 0). */
  changePercent?: number;
  verdict: Verdict;
}

export interface EnvironmentChange {
  /** `KubeVirt`, `Kubernetes` or `node image`. */
  what: string;
  current: string;
  /** What the earlier runs had, most frequent first, with how many runs had it. */
  history: { value: string; runs: number }[];
}

export interface Comparison {
  check: string;
  current: { startedAt?: string; url?: string; sha?: string; result: string };
  /** The earlier runs, oldest first. */
  history: { startedAt?: string; url?: string; sha?: string; result: string }[];
  threshold: Threshold;
  minHistory: number;
  metrics: MetricComparison[];
  regressions: MetricComparison[];
  environmentChanges: EnvironmentChange[];
  /** Checks of other names among the history (compared all the same, but worth saying). */
  otherChecks: string[];
}

export interface CompareOptions {
  threshold?: Threshold;
  minHistory?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: number[]): Spread {
  const center = median(values);
  return {
    n: values.length,
    median: center,
    mad: median(values.map((value) => Math.abs(value - center))),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** `current` compared with `history` (any order: sorted by start time here). */
export function compareRuns(
  history: RunMetrics[],
  current: RunMetrics,
  options: CompareOptions = {},
): Comparison {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minHistory = options.minHistory ?? DEFAULT_MIN_HISTORY;
  const earlier = [...history].sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
  // By name, once per run: a run can have thousands of metrics (one per pull the Events counted).
  const earlierValues = earlier.map(valuesByName);
  const currentValues = valuesByName(current);
  const metrics = metricNames(earlier, current).map(({ name, unit, key }) => {
    const historyRuns = earlierValues.flatMap((values, index) =>
      values.get(name) === undefined ? [] : [index],
    );
    return {
      ...compareMetric(
        name,
        unit,
        key,
        currentValues.get(name),
        historyRuns.map((index) => earlierValues[index]!.get(name)!),
        threshold,
        minHistory,
      ),
      historyRuns,
    };
  });
  return {
    check: current.check,
    current: describeRun(current),
    history: earlier.map(describeRun),
    threshold,
    minHistory,
    metrics,
    regressions: metrics.filter((metric) => metric.verdict === 'regression'),
    environmentChanges: environmentChanges(earlier, current),
    otherChecks: [...new Set(earlier.map((run) => run.check))].filter(
      (check) => check !== current.check,
    ),
  };
}

function describeRun(run: RunMetrics): Comparison['current'] {
  return { startedAt: run.startedAt, url: run.run?.url, sha: run.run?.sha, result: run.result };
}

/** Every metric of the current run in its order, then those only the history has. */
function metricNames(history: RunMetrics[], current: RunMetrics): Metric[] {
  const names = new Map<string, Metric>();
  for (const metric of current.metrics) names.set(metric.name, metric);
  for (const run of history)
    for (const metric of run.metrics) if (!names.has(metric.name)) names.set(metric.name, metric);
  return [...names.values()];
}

/** A run's metric values by name; the first of a name counts, as a search from the start found it. */
function valuesByName(run: RunMetrics): Map<string, number> {
  const values = new Map<string, number>();
  for (const metric of run.metrics)
    if (!values.has(metric.name)) values.set(metric.name, metric.value);
  return values;
}

export function compareMetric(
  name: string,
  unit: MetricUnit,
  key: boolean | undefined,
  current: number | undefined,
  history: number[],
  threshold: Threshold,
  minHistory: number,
): Omit<MetricComparison, 'historyRuns'> {
  const base = { name, unit, key: key === true, current, history };
  if (current === undefined) return { ...base, verdict: 'gone' };
  if (history.length === 0) return { ...base, verdict: 'new' };
  const stats = spread(history);
  const change = current - stats.median;
  const changePercent = stats.median === 0 ? undefined : (change / stats.median) * 100;
  const compared = { ...base, spread: stats, change, changePercent };
  if (history.length < minHistory) return { ...compared, verdict: 'not-enough-history' };
  return { ...compared, verdict: judge(unit, current, change, stats, threshold) };
}

/** Durations only: counts (requests, gaps) are shown for context, never flagged. */
function judge(
  unit: MetricUnit,
  current: number,
  change: number,
  stats: Spread,
  threshold: Threshold,
): Verdict {
  if (unit !== 'ms') return 'within';
  const allowed = Math.max((threshold.percent / 100) * stats.median, threshold.floorMs);
  if (change > allowed && current > stats.max) return 'regression';
  if (-change > allowed && current < stats.min) return 'faster';
  return 'within';
}

const ENVIRONMENT_FIELDS: [keyof RunEnvironment, string][] = [
  ['kubevirtVersion', 'KubeVirt'],
  ['kubernetesVersion', 'Kubernetes'],
  ['nodeImage', 'node image'],
];

/** What the current run ran on that the history's most frequent value differs from. */
function environmentChanges(history: RunMetrics[], current: RunMetrics): EnvironmentChange[] {
  const changes: EnvironmentChange[] = [];
  for (const [field, what] of ENVIRONMENT_FIELDS) {
    const value = current.environment[field];
    const counts = new Map<string, number>();
    for (const run of history) {
      const earlier = run.environment[field];
      if (earlier !== undefined) counts.set(earlier, (counts.get(earlier) ?? 0) + 1);
    }
    const ranked = [...counts]
      .map(([earlier, runs]) => ({ value: earlier, runs }))
      .sort((a, b) => b.runs - a.runs);
    if (value !== undefined && ranked.length > 0 && ranked[0]!.value !== value)
      changes.push({ what, current: value, history: ranked });
  }
  return changes;
}
