// Text helpers shared by every renderer: making an untrusted string printable, shortening it, and
// writing times the same way everywhere.
import type { CheckError, CheckStage } from '../../outcome.ts';
import type { Verdict } from '../../verify/types.ts';

import { formatDuration, formatOffset } from '../../util/duration.ts';
import { showInvisible } from '../../util/text.ts';
import type { BoundCheck } from '../../verify/types.ts';

export { formatDuration, formatOffset } from '../../util/duration.ts';

/** C0/C1 control characters (except tab), and the bidirectional overrides behind "Trojan Source". */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/**
 * One printable line from an untrusted string: line breaks become ` ↵ `, tabs spaces, control
 * characters (ANSI escapes included) and bidi overrides `�`, invisible characters their code
 * (`Err\u200bImagePull`, never a lookalike of `ErrImagePull`). Escaping for a format comes after.
 */
export function oneLine(value: string): string {
  return showInvisible(
    value.replace(LINE_BREAK, ' ↵ ').replace(/\t/g, ' ').replace(UNPRINTABLE, '\uFFFD'),
  );
}

/**
 * `oneLine` then `truncate`, without scanning more of a long string than can be shown.
 */
export function shortLine(value: string, max: number): string {
  return truncate(oneLine(value.length > max ? value.slice(0, max + 1) : value), max);
}

/**
 * An untrusted multi-line string as printable lines: `shortLine`'s cleaning per line, at most
 * `max` characters in all (the last line ends in `…` when cut), trailing blank lines dropped.
 */
export function printableLines(value: string, max: number): string[] {
  const cut = truncate(value.length > max ? value.slice(0, max + 1) : value, max);
  return cut.trimEnd().split(LINE_BREAK).map(oneLine);
}

/** Where a check stopped, in words: it "stopped in" this. */
const STAGE_WORDS: Record<CheckStage, string> = {
  setup: 'the setup of kind and KubeVirt',
  'pre-flight': 'the pre-flight checks',
  run: 'the run',
};

/** `The check could not run: it stopped in the pre-flight checks.` (no untrusted text). */
export function couldNotRun(error: CheckError): string {
  return `The check could not run: it stopped in ${STAGE_WORDS[error.stage]}.`;
}

/** Where a check stopped, in words: `the pre-flight checks`. */
export function stageWords(stage: CheckStage): string {
  return STAGE_WORDS[stage];
}

/** A duration a state lasted: `<1 ms` when two entries came in the same millisecond. */
export function formatLasted(ms: number): string {
  return ms < 1 ? '<1 ms' : formatDuration(ms);
}

/** Cuts `value` to at most `max` characters (UTF-16 units), ending in `…`, never inside a pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = Math.max(0, max - 1);
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${value.slice(0, end)}…`;
}

/**
 * How many attempts a check made: `1 attempt of 2 allowed`, or in repeat mode (where every run
 * is one attempt on a fresh VM and `attempts` does not apply) `10 runs in repeat mode`.
 */
export function attemptsWords(made: number, allowed: number, repeat: boolean): string {
  return repeat
    ? `${plural(made, 'run')} in repeat mode`
    : `${plural(made, 'attempt')} of ${allowed} allowed`;
}

/**
 * What makes a pass weaker than watching the chosen witness: `polled`, `proven by Event counts`
 * (the heading of every report says it, the terminal's as the summary's).
 */
export function weakerEvidence(verdict: Pick<Verdict, 'matched'>): string[] {
  const weaker: string[] = [];
  if (verdict.matched.some((match) => match.seenBy === 'poll')) weaker.push('polled');
  if (verdict.matched.some((match) => match.byEventCount)) weaker.push('proven by Event counts');
  return weaker;
}

/** `n thing` or `n things`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * A path bound as checked, without state names (the renderers add them, escaped their way):
 * `within 30s, step 1 → step 2: 10.0 s (33%)`, `within 5s, step 1 → not seen by +6.100 s`.
 */
export function boundUsage(bound: BoundCheck): string {
  const from = bound.fromStep !== undefined ? `step ${bound.fromStep + 1}` : 'creation';
  const to = bound.toStep !== undefined ? `step ${bound.toStep + 1}` : 'not seen';
  if (bound.elapsedMs === undefined) {
    const by =
      bound.withinMs !== undefined ? ` by ${formatOffset(bound.fromMs + bound.withinMs)}` : '';
    return `${bound.bound}, ${from} → ${to}${by}`;
  }
  const share =
    bound.withinMs !== undefined
      ? ` (${Math.round((100 * bound.elapsedMs) / bound.withinMs)}%)`
      : '';
  const verdict =
    bound.result === 'too-late' ? ', too late' : bound.result === 'too-early' ? ', too early' : '';
  return `${bound.bound}, ${from} → ${to}: ${formatDuration(bound.elapsedMs)}${share}${verdict}`;
}

/** Every bound of a verdict, the failed one last. */
export function boundsOf(verdict: {
  bounds?: BoundCheck[];
  boundFailure?: BoundCheck;
}): BoundCheck[] {
  return [...(verdict.bounds ?? []), ...(verdict.boundFailure ? [verdict.boundFailure] : [])];
}
