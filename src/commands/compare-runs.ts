// `kubevirt-transition-check compare BASELINE... CURRENT`: the trend table of the report for
// timeline JSON files on disk, e.g. two `demo --time-scale` runs. Exit 1 on a flagged regression.
import { parseArgs } from 'node:util';
import { clearFlagError } from '../flags.ts';
import { errorMessage } from '../util/errors.ts';
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
      ? `${JSON.stringify(comparison, roundMs, 2)}\n`
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

/** Numbers to a hundredth of a millisecond in JSON: the clock does not resolve finer. */
function roundMs(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value)
    ? Math.round(value * 100) / 100
    : value;
}
