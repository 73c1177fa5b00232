// The regression threshold (`regression-threshold`, `compare --threshold`): a percentage of the
// history's median and an absolute floor. Apart from compare.ts so src/config/ can read it without
// importing the metrics (and through them the report's types).
import { formatDuration, parseDuration } from '../util/duration.ts';

/** A regression is a slowdown beyond `percent` of the history's median AND beyond `floorMs`. */
export interface Threshold {
  percent: number;
  floorMs: number;
}

export const DEFAULT_THRESHOLD: Threshold = { percent: 25, floorMs: 100 };

/**
 * `25%,100ms` (either part may be left out; a leading `+` is allowed): a metric is a regression
 * when it grew by more than 25 % of the history's median and by more than 100 ms.
 */
export function parseThreshold(text: string): Threshold {
  const threshold: Threshold = { percent: 0, floorMs: 0 };
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const fix = 'use a percentage and/or a duration, such as 25%,100ms';
  if (parts.length === 0 || parts.length > 2) throw new Error(`'${text}': ${fix}.`);
  for (const part of parts) {
    const percent = /^\+?(\d+(?:\.\d+)?)%$/.exec(part);
    const duration = percent ? undefined : parseDuration(part.replace(/^\+/, ''));
    if (percent) threshold.percent = Number(percent[1]);
    else if (duration !== undefined) threshold.floorMs = duration;
    else throw new Error(`'${text}': '${part}' is neither a percentage nor a duration; ${fix}.`);
  }
  return threshold;
}

export function formatThreshold(threshold: Threshold): string {
  return `+${threshold.percent}% and +${formatDuration(threshold.floorMs)}`;
}
