// How often a path really fails, with the uncertainty stated: the Wilson score interval of a
// binomial proportion (Wilson 1927), which unlike the normal approximation stays inside [0, 1]
// and is useful at 0 failures, the case a quarantine discussion is about.

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

export interface RateInterval {
  failures: number;
  runs: number;
  /** failures / runs. */
  rate: number;
  low: number;
  high: number;
  /** The confidence level, e.g. 0.95. */
  confidence: number;
}

/** The Wilson score interval of `failures` out of `runs` at two-sided `z` (95 % by default). */
export function wilsonInterval(failures: number, runs: number, z = Z_95): RateInterval {
  if (
    !Number.isInteger(runs) ||
    !Number.isInteger(failures) ||
    runs <= 0 ||
    failures < 0 ||
    failures > runs
  ) {
    throw new RangeError(
      `a rate needs 0 <= failures <= runs and runs > 0, got ${failures} of ${runs}`,
    );
  }
  const p = failures / runs;
  const z2 = z * z;
  const denominator = 1 + z2 / runs;
  const center = (p + z2 / (2 * runs)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs))) / denominator;
  return {
    failures,
    runs,
    rate: p,
    low: failures === 0 ? 0 : Math.max(0, center - half),
    high: failures === runs ? 1 : Math.min(1, center + half),
    confidence: confidenceOf(z),
  };
}

/**
 * How many more runs, all passing, would bring the interval's upper end below `target` (e.g.
 * KubeVirt's 0.1 % to take a test out of quarantine); 0 when it already is.
 */
export function cleanRunsUntil(failures: number, runs: number, target: number, z = Z_95): number {
  const below = (n: number) => wilsonInterval(failures, n, z).high < target;
  if (below(runs)) return 0;
  let high = Math.max(1, runs);
  while (!below(high)) high *= 2;
  let low = Math.max(runs, high / 2);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (below(mid)) high = mid;
    else low = mid;
  }
  return high - runs;
}

/** "300 runs, 0 failures: failure rate below 1.3 % (95 %)" and the like. */
export function describeRate(interval: RateInterval): string {
  const level = `${Math.round(interval.confidence * 100)} %`;
  const runs = `${interval.runs} run${interval.runs === 1 ? '' : 's'}, ${interval.failures} failure${interval.failures === 1 ? '' : 's'}`;
  if (interval.failures === 0) {
    return `${runs}: failure rate below ${percent(interval.high)} (${level})`;
  }
  return `${runs}: failure rate ${percent(interval.rate)}, between ${percent(interval.low)} and ${percent(interval.high)} (${level})`;
}

/** A rate as a percentage with two significant digits: 1.3 %, 0.13 %, 12 %. */
export function percent(rate: number): string {
  const value = rate * 100;
  if (value === 0) return '0 %';
  // Never round a near-certainty up to a certainty: 99.96 % is "99.9 %", not "100 %".
  if (value > 99 && value < 100) return `${Math.floor(value * 10) / 10} %`;
  if (value >= 10) return `${Math.round(value)} %`;
  const digits = Math.max(1, 1 - Math.floor(Math.log10(value)));
  return `${Number(value.toFixed(digits))} %`;
}

function confidenceOf(z: number): number {
  // The two-sided level of z, to two decimals: 1.96 -> 0.95, 2.576 -> 0.99.
  const erf = (x: number) => {
    // Abramowitz and Stegun 7.1.26, enough for a label.
    const t = 1 / (1 + 0.3275911 * Math.abs(x));
    const y =
      1 -
      ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
        t *
        Math.exp(-x * x);
    return Math.sign(x) * y;
  };
  return Math.round(erf(z / Math.SQRT2) * 100) / 100;
}
