const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses a Go-style duration: `500ms`, `30s`, `5m`, `1h`, or a sum such as `1m30s`.
 * Returns milliseconds, or `undefined` when the text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
  let total = 0;
  let index = 0;
  while (index < trimmed.length) {
    part.lastIndex = index;
    const match = part.exec(trimmed);
    if (!match) return undefined;
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
    index = part.lastIndex;
  }
  return total;
}

/**
 * A duration for people, the one format of every report and log line: `<1 ms`, `412 ms`,
 * `1.5 s`, `12.3 s`, `4m 10s`, `10m`, `1h 02m`. Tenths of a second below a minute: a reader
 * compares durations, the exact times are in the offsets (`formatOffset`) and the JSON.
 */
export function formatDuration(ms: number): string {
  if (!(ms >= 1)) return ms > 0 ? '<1 ms' : '0 ms';
  const rounded = Math.round(ms);
  if (rounded < 1000) return `${rounded} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 3600) {
    const seconds = totalSeconds % 60;
    return `${Math.floor(totalSeconds / 60)}m${seconds === 0 ? '' : ` ${pad(seconds)}s`}`;
  }
  const totalMinutes = Math.round(totalSeconds / 60);
  const minutes = totalMinutes % 60;
  return `${Math.floor(totalMinutes / 60)}h${minutes === 0 ? '' : ` ${pad(minutes)}m`}`;
}

/** A moment since the start of an attempt: `+0.412 s`, `+59.999 s`, `+2m 05.250s`. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(ms);
  if (abs < 60_000) return `${sign}${(abs / 1000).toFixed(3)} s`;
  const minutes = Math.floor(abs / 60_000);
  const seconds = ((abs % 60_000) / 1000).toFixed(3).padStart(6, '0');
  return `${sign}${minutes}m ${seconds}s`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The duration as `parseDuration` reads it back, in whole units: `500ms`, `30s`, `1m30s`, `2h`.
 * For the canonical form of a bound in `expected-path`.
 */
export function formatGoDuration(ms: number): string {
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count}${unit}`);
      rest -= count * size;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(`${Number(rest.toFixed(3))}ms`);
  return parts.join('');
}
