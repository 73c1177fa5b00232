// The comparison in words and cells, shared by the terminal table (`compare`), the markdown
// section of the report (src/report/render/trend-section.ts) and the `trend-summary` output.
import { formatDuration } from '../util/duration.ts';
import { formatThreshold, type Comparison, type MetricComparison } from './compare.ts';
import type { MetricUnit } from './metrics.ts';

export const TABLE_HEADER = ['metric', 'this run', 'history median', 'spread', 'change', 'flag'];

/** A duration to read: tenths below 10 ms (mirror lags are a few ms), else formatDuration. */
export function formatValue(value: number, unit: MetricUnit): string {
  if (unit === 'count') return String(Math.round(value));
  const magnitude = Math.abs(value);
  const text = magnitude < 10 ? `${Math.round(magnitude * 10) / 10} ms` : formatDuration(magnitude);
  return value < 0 ? `-${text}` : text;
}

export function formatChange(metric: MetricComparison): string {
  if (metric.change === undefined) return '';
  const sign = metric.change > 0 ? '+' : metric.change < 0 ? '-' : '±';
  const magnitude = Math.abs(metric.change);
  // Rounded to 0.1 ms, a real change under 0.05 ms would read "+0 ms" beside a percentage.
  const tiny = metric.unit === 'ms' && magnitude > 0 && magnitude < 0.05;
  const size = `${sign}${tiny ? '<0.1 ms' : formatValue(magnitude, metric.unit)}`;
  return metric.changePercent === undefined
    ? size
    : `${size} (${sign}${Math.abs(Math.round(metric.changePercent))}%)`;
}

export function formatSpread(metric: MetricComparison): string {
  const stats = metric.spread;
  if (!stats) return '';
  const range =
    stats.n === 1
      ? formatValue(stats.min, metric.unit)
      : `${formatValue(stats.min, metric.unit)}–${formatValue(stats.max, metric.unit)}`;
  return `${range}, MAD ${formatValue(stats.mad, metric.unit)}`;
}

export function formatFlag(metric: MetricComparison, minHistory: number): string {
  switch (metric.verdict) {
    case 'regression':
      return '▲ regression';
    case 'faster':
      return '▼ faster';
    case 'not-enough-history':
      return `n = ${metric.history.length} < ${minHistory}`;
    case 'new':
      return 'new';
    case 'gone':
      return 'not in this run';
    default:
      return '';
  }
}

/** The cells of one row, in TABLE_HEADER order. */
export function tableCells(metric: MetricComparison, minHistory: number): string[] {
  return [
    metric.name,
    metric.current === undefined ? '' : formatValue(metric.current, metric.unit),
    metric.spread
      ? `${formatValue(metric.spread.median, metric.unit)} (n = ${metric.spread.n})`
      : '',
    formatSpread(metric),
    formatChange(metric),
    formatFlag(metric, minHistory),
  ];
}

/** Flagged metrics shown in the compact table besides the key ones; `--all` lists the rest. */
export const COMPACT_FLAGGED = 8;

/** The key metrics and the first flagged ones, in order: the compact table. */
export function compactRows(comparison: Comparison): MetricComparison[] {
  let flagged = 0;
  return comparison.metrics.filter((metric) => {
    if (metric.key) return true;
    if (metric.verdict !== 'regression' && metric.verdict !== 'faster') return false;
    return ++flagged <= COMPACT_FLAGGED;
  });
}

/** How many flagged metrics the compact table leaves out. */
export function flaggedLeftOut(comparison: Comparison): number {
  const shown = compactRows(comparison).filter(
    (metric) => metric.verdict === 'regression' || metric.verdict === 'faster',
  ).length;
  const all = comparison.metrics.filter(
    (metric) => metric.verdict === 'regression' || metric.verdict === 'faster',
  ).length;
  return all - shown;
}

/** One sentence: how many runs, by which rule, and the outcome. */
export function comparisonHeadline(comparison: Comparison): string {
  const n = comparison.history.length;
  const rule = `threshold ${formatThreshold(comparison.threshold)}, beyond the history's range`;
  if (n === 0) return 'No earlier run to compare with.';
  if (n < comparison.minHistory)
    return `Not enough history (n = ${n} < ${comparison.minHistory}): shown for information, nothing is flagged.`;
  const count = comparison.regressions.length;
  const verdict =
    count === 0
      ? 'no regression'
      : `${count} regression${count === 1 ? '' : 's'}: ${listed(comparison.regressions)}`;
  return `Compared with ${n} earlier run${n === 1 ? '' : 's'} (${rule}): ${verdict}.`;
}

/** The first few flagged metrics with their change, and how many more. */
function listed(metrics: MetricComparison[], most = 3): string {
  const shown = metrics.slice(0, most).map((metric) => `${metric.name} ${formatChange(metric)}`);
  const more = metrics.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** What changed beside the deltas (a KubeVirt version, a node image), one sentence each. */
export function environmentNotes(comparison: Comparison): string[] {
  const notes = comparison.environmentChanges.map(
    (change) =>
      `${change.what} changed: this run ${change.current}, the history ${change.history.map((entry) => `${entry.value} (${entry.runs} run${entry.runs === 1 ? '' : 's'})`).join(', ')}. Deltas may come from that change.`,
  );
  if (comparison.otherChecks.length > 0)
    notes.push(
      `The history includes other checks: ${comparison.otherChecks.join(', ')} (this one: ${comparison.check}).`,
    );
  return notes;
}

/** An aligned plain-text table for a terminal. `all`: every metric, not just the compact set. */
export function renderComparisonText(
  comparison: Comparison,
  options: { all?: boolean } = {},
): string {
  const rows = (options.all ? comparison.metrics : compactRows(comparison)).map((metric) =>
    tableCells(metric, comparison.minHistory),
  );
  const widths = TABLE_HEADER.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const leftOut = options.all ? 0 : flaggedLeftOut(comparison);
  return [
    comparisonHeadline(comparison),
    ...environmentNotes(comparison),
    '',
    line(TABLE_HEADER),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...(leftOut > 0 ? [`… and ${leftOut} more flagged metrics (--all lists every metric)`] : []),
    '',
  ].join('\n');
}
