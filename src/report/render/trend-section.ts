// The comparison with earlier runs as one section of the summary, the PR comment and the nightly
// issue: a compact delta table (this run, median of the history, change, flag), the KubeVirt or
// node image change named beside it, and a small mermaid trend chart of the key metrics. Folded
// away unless a regression is flagged; then its heading, the sentence naming the regressed
// metrics and any environment change are on the first screen, the table and charts one click
// away (they are taller than a screen). Also the `regressions` and `trend-summary` outputs.
import {
  type Comparison,
  type MetricComparison,
  comparisonHeadline,
  compactRows,
  environmentNotes,
  flaggedLeftOut,
  formatChange,
  formatFlag,
  formatSpread,
  formatValue,
} from '../../trend/index.ts';
import { mdText, mermaidLabel } from './escape.ts';

/** Charts drawn at most: the key metrics with a history. */
const MAX_CHARTS = 3;

/**
 * The line in GitHub's link blue: the default theme draws the first line in #ECECFF, which
 * hardly shows on a white page.
 */
const LINE_COLOUR = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da"}}}}%%';

/** The trend section, or '' without a comparison (`baseline: none`, or nothing to compare). */
export function renderTrendSection(comparison: Comparison | undefined): string {
  if (!comparison) return '';
  const headline = mdText(comparisonHeadline(comparison), 2000);
  const notes = environmentNotes(comparison).map((note) => `> [!NOTE]\n> ${mdText(note, 1000)}`);
  const rows = compactRows(comparison);
  const leftOut = flaggedLeftOut(comparison);
  const details = [
    rows.length > 0 ? trendTable(rows, comparison.minHistory) : '',
    leftOut > 0
      ? `… and ${leftOut} more flagged metrics: \`kubevirt-transition-check compare --all\` over the timeline JSON files lists every metric.`
      : '',
    ...trendCharts(comparison),
  ]
    .filter(Boolean)
    .join('\n\n');
  const runs = `${comparison.history.length} earlier run${comparison.history.length === 1 ? '' : 's'}`;
  const fold = (summary: string, body: string[]) =>
    `<details><summary>${summary}</summary>\n\n${body.filter(Boolean).join('\n\n')}\n\n</details>`;
  if (comparison.regressions.length > 0) {
    return [
      '### Timing regressed',
      headline,
      ...notes,
      fold(`This run against ${runs}: the table and the trend charts`, [details]),
    ].join('\n\n');
  }
  return fold(`Timing compared with ${runs}`, [headline, ...notes, details]);
}

function trendTable(rows: MetricComparison[], minHistory: number): string {
  const lines = [
    '| metric | this run | median of history | range, MAD | change | |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const metric of rows) {
    const median = metric.spread
      ? `${formatValue(metric.spread.median, metric.unit)} (n = ${metric.spread.n})`
      : '';
    const flag = formatFlag(metric, minHistory);
    const cells = [
      mdText(metric.name, 120),
      metric.current === undefined ? '' : formatValue(metric.current, metric.unit),
      median,
      formatSpread(metric),
      formatChange(metric),
      metric.verdict === 'regression' ? `**${flag}**` : flag,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * One small mermaid `xychart-beta` line per metric over the history and this run (x: runs ago):
 * key metrics that regressed, then other regressed ones, then the other key metrics. mermaid's
 * xychart has no legend, so each metric gets its own chart and title.
 */
export function trendCharts(comparison: Comparison): string[] {
  const rank = (metric: MetricComparison) =>
    (metric.verdict === 'regression' ? 0 : 2) + (metric.key ? 0 : 1);
  return comparison.metrics
    .filter((metric) => metric.current !== undefined && metric.history.length > 0)
    .filter((metric) => rank(metric) < 3)
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, MAX_CHARTS)
    .map((metric) => {
      const runsAgo = metric.historyRuns.map((index) => `"-${comparison.history.length - index}"`);
      const values = [...metric.history, metric.current!].map((value) =>
        metric.unit === 'ms' && Math.abs(value) < 10 ? value.toFixed(1) : String(Math.round(value)),
      );
      return [
        '```mermaid',
        LINE_COLOUR,
        'xychart-beta',
        `  title "${mermaidLabel(`${metric.name.replace(/→/g, '-')} ${metric.unit}`, 80)}"`,
        `  x-axis "runs ago" [${[...runsAgo, '"now"'].join(', ')}]`,
        `  y-axis "${metric.unit}"`,
        `  line [${values.join(', ')}]`,
        '```',
      ].join('\n');
    });
}

/** The `regressions` (JSON array) and `trend-summary` outputs; empty without a comparison. */
export function trendOutputs(comparison: Comparison | undefined): {
  regressions: string;
  'trend-summary': string;
} {
  if (!comparison) return { regressions: '[]', 'trend-summary': '' };
  return {
    regressions: JSON.stringify(regressionItems(comparison)),
    'trend-summary': [comparisonHeadline(comparison), ...environmentNotes(comparison)].join(' '),
  };
}

/**
 * A suite's `regressions` and `trend-summary` outputs, check by check: every regression with its
 * check's `name` first, in the list's order; one line per check (`'name': sentence`), the checks
 * that regressed first, then the environment changes once (every check ran on the same cluster).
 */
export function suiteTrendOutputs(checkTrends: Record<string, Comparison> | undefined): {
  regressions: string;
  'trend-summary': string;
} {
  if (!checkTrends) return { regressions: '[]', 'trend-summary': '' };
  const checks = Object.entries(checkTrends);
  const regressions = checks.flatMap(([check, comparison]) =>
    regressionItems(comparison).map((item) => ({ check, ...item })),
  );
  const regressed = (comparison: Comparison) => comparison.regressions.length > 0;
  const lines = [
    ...checks.filter(([, comparison]) => regressed(comparison)),
    ...checks.filter(([, comparison]) => !regressed(comparison)),
  ].map(([check, comparison]) => `'${check}': ${comparisonHeadline(comparison)}`);
  const notes = new Set(checks.flatMap(([, comparison]) => environmentNotes(comparison)));
  return {
    regressions: JSON.stringify(regressions),
    'trend-summary': [...lines, ...notes].join('\n'),
  };
}

/** The checks of a suite whose timing regressed, with their comparison, in the list's order. */
export function regressedChecks(
  checkTrends: Record<string, Comparison> | undefined,
): [string, Comparison][] {
  return Object.entries(checkTrends ?? {}).filter(
    ([, comparison]) => comparison.regressions.length > 0,
  );
}

function regressionItems(comparison: Comparison) {
  const round = (value: number | undefined) =>
    value === undefined ? undefined : Math.round(value * 10) / 10;
  return comparison.regressions.map((metric) => ({
    metric: metric.name,
    current: round(metric.current),
    median: round(metric.spread?.median),
    change: round(metric.change),
    changePercent: round(metric.changePercent),
    runs: metric.history.length,
  }));
}
