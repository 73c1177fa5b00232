// `kubevirt-transition-check compare BASELINE... CURRENT`: the trend table of the report for
// timeline JSON files on disk, e.g. two `demo --time-scale` runs. Exit 1 on a flagged regression.
import { parseArgs } from 'node:util';
import { clearFlagError } from '../flags.ts';
import { errorMessage } from '../util/errors.ts';
import { cutText } from '../util/text.ts';
import {
  compareRuns,
  DEFAULT_MIN_HISTORY,
  DEFAULT_THRESHOLD,
  formatThreshold,
  parseThreshold,
  type Comparison,
  readTimelineDocuments,
  runMetrics,
  renderComparisonText,
} from '../trend/index.ts';

export const COMPARE_USAGE = `Usage:
  kubevirt-transition-check compare BASELINE... CURRENT [--regression-threshold 25%,100ms]
                                    [--min-history N] [--all] [-o text|json] [-h]

Compares the timeline JSON CURRENT (the action's timeline-path, or 'demo -o json') with the
BASELINE files or folders of them. A duration is flagged when it grew beyond the
--regression-threshold (default ${formatThreshold(DEFAULT_THRESHOLD)}, as the action's input) over the baselines' median AND beyond the
largest baseline value; with fewer than --min-history baselines (default ${DEFAULT_MIN_HISTORY}) nothing is
flagged. --all shows every metric, not only the key and flagged ones.
Exit code: 0 no regression, 1 a regression, 3 bad input.`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'regression-threshold': { type: 'string' },
  /** The old name of --regression-threshold, accepted with a note. */
  threshold: { type: 'string' },
  'min-history': { type: 'string' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Writer {
  write(text: string): unknown;
}

export async function compareCommand(
  args: string[],
  stdout: Writer,
  stderr: Writer,
): Promise<number> {
  let comparison: Comparison;
  let values: { output?: string; all?: boolean };
  try {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
    } catch (error) {
      throw clearFlagError(error, Object.keys(OPTIONS));
    }
    if (parsed.values.threshold !== undefined) {
      stderr.write(
        'note: --threshold is now --regression-threshold, the name `run` and the action use; the old name still works\n',
      );
    }
    const threshold = parsed.values['regression-threshold'] ?? parsed.values.threshold;
    if (parsed.values.help) {
      stdout.write(`${COMPARE_USAGE}\n`);
      return 0;
    }
    values = parsed.values;
    if (values.output !== undefined && values.output !== 'text' && values.output !== 'json')
      throw new Error(`invalid value "${values.output}" for flag -o/--output: use text or json`);
    if (parsed.positionals.length < 2)
      throw new Error('compare needs at least one BASELINE and the CURRENT timeline JSON');
    const minHistory = parsed.values['min-history'];
    if (minHistory !== undefined && !/^[1-9]\d*$/.test(minHistory))
      throw new Error(`--min-history '${minHistory}' is not a whole number of runs, e.g. 3`);
    const paths = parsed.positionals;
    const current = await readTimelineDocuments(paths.at(-1)!);
    if (current.length !== 1)
      throw new Error(`CURRENT ${paths.at(-1)} must be one timeline JSON file, not a folder`);
    const baselines = (
      await Promise.all(paths.slice(0, -1).map((path) => readTimelineDocuments(path)))
    ).flat();
    comparison = compareRuns(baselines.map(runMetrics), runMetrics(current[0]!), {
      threshold: threshold ? flagThreshold(threshold) : undefined,
      minHistory: minHistory === undefined ? undefined : Number(minHistory),
    });
  } catch (error) {
    stderr.write(`error: ${errorMessage(error)}\n\n${COMPARE_USAGE}\n`);
    return 3;
  }
  stdout.write(
    values.output === 'json'
      ? comparisonJson(comparison)
      : renderComparisonText(comparison, { all: values.all }),
  );
  return comparison.regressions.length > 0 ? 1 : 0;
}

function flagThreshold(text: string) {
  try {
    return parseThreshold(text);
  } catch (error) {
    throw new Error(`--regression-threshold ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * `-o json`'s limit, in characters. The metrics grow with the cluster's data: one `pull attempt
 * N→N+1 interval` per pull the timeline's Events counted (20,000 of them made 7.9 MB of JSON), so
 * the output is bounded as the action's outputs are: past the limit, strings are cut to 200
 * characters and only the first metrics and regressions that fit are kept (the steps' metrics
 * and the first pull intervals come first), with `truncated` saying how many were left out. The
 * exit code still counts every regression.
 */
export const COMPARE_JSON_MAX_CHARS = 1024 * 1024;

/** The comparison as indented JSON, at most `maxChars` characters (COMPARE_JSON_MAX_CHARS). */
export function comparisonJson(comparison: Comparison, maxChars = COMPARE_JSON_MAX_CHARS): string {
  const whole = `${JSON.stringify(comparison, roundMs, 2)}\n`;
  if (whole.length <= maxChars) return whole;
  const short = JSON.parse(JSON.stringify(comparison), (_key, value: unknown) =>
    typeof value === 'string' ? cutText(value, 200, 'cut') : value,
  ) as Comparison;
  const kept = (count: number) => {
    const metrics = short.metrics.slice(0, count);
    const regressions = short.regressions.slice(0, count);
    const truncated = {
      limitChars: maxChars,
      metricsOmitted: short.metrics.length - metrics.length,
      regressionsOmitted: short.regressions.length - regressions.length,
    };
    return `${JSON.stringify({ ...short, metrics, regressions, truncated }, roundMs, 2)}\n`;
  };
  // The most metrics (and regressions) whose JSON fits: its length grows with the count.
  let [fits, over] = [0, Math.max(short.metrics.length, short.regressions.length) + 1];
  while (over - fits > 1) {
    const middle = Math.floor((fits + over) / 2);
    if (kept(middle).length <= maxChars) fits = middle;
    else over = middle;
  }
  return kept(fits);
}

/** Numbers to a hundredth of a millisecond in JSON: the clock does not resolve finer. */
function roundMs(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value)
    ? Math.round(value * 100) / 100
    : value;
}
