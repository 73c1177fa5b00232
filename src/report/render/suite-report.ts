// A suite's report (`checks`): a first screen of one line per check (name, result, the path it
// saw, how long), failures first, then each check's own report folded below it. Every format of
// a single check has its suite form here; the single check's renderers hand a suite to these.
import type { CheckInSuite, CheckOutcome } from '../../outcome.ts';
import { comparisonHeadline } from '../../trend/index.ts';
import type { CheckResult } from '../../verify/types.ts';
import { formatDuration } from '../../util/duration.ts';
import { cutText } from '../../util/text.ts';
import type { ReportContext } from './context.ts';
import { escapeXml, mdCode, mdLine, mdText } from './escape.ts';
import { folded } from './markdown-sections.ts';
import { regressedChecks } from './trend-section.ts';
import { couldNotRun, oneLine, plural, truncate } from './words.ts';

/** Failures first, in this order; checks of one result keep the list's order. */
const ORDER: readonly CheckResult[] = ['failed', 'inconclusive', 'flaky', 'passed'];

const ICON: Record<CheckResult, string> = {
  failed: '❌',
  inconclusive: '⚠️',
  flaky: '🟡',
  passed: '✅',
};

/** The checks, failures first (then inconclusive, flaky, passed), each group in list order. */
export function checksInReportOrder(checks: readonly CheckInSuite[]): CheckInSuite[] {
  return ORDER.flatMap((result) => checks.filter((check) => check.outcome.result === result));
}

/** The report context of one check: its name, path, witness and image. */
export function checkContext(context: ReportContext, check: CheckInSuite): ReportContext {
  const { trend: _trend, checkTrends, ...rest } = context;
  const trend =
    checkTrends && Object.hasOwn(checkTrends, check.name) ? checkTrends[check.name] : undefined;
  return {
    ...rest,
    ...(trend && { trend }),
    checkName: check.name,
    expectedPath: check.expectedPath,
    witness: check.witness,
    image: check.image,
    attemptsAllowed: check.attemptsAllowed,
  };
}

/** The path the check's last attempt saw, or what stopped it. */
export function pathSeen(check: CheckInSuite): string {
  const last = check.outcome.attempts.at(-1);
  if (check.outcome.error && !last) return couldNotRun(check.outcome.error);
  const path = last?.verdict.observedPath.join(' -> ') ?? '';
  return path || 'nothing';
}

/** `5 passed, 1 failed` over the checks, worst first. */
export function countsWords(checks: readonly CheckInSuite[]): string {
  return ORDER.map((result) => ({
    result,
    count: checks.filter((check) => check.outcome.result === result).length,
  }))
    .filter(({ count }) => count > 0)
    .map(({ result, count }) => `${count} ${result}`)
    .join(', ');
}

function suiteChecks(outcome: CheckOutcome): CheckInSuite[] {
  return outcome.checks ?? [];
}

function headline(outcome: CheckOutcome): string {
  const checks = suiteChecks(outcome);
  return `${plural(checks.length, 'check')}: ${countsWords(checks)} · ${formatDuration(outcome.durationMs)}${outcome.environment?.kubevirtVersion ? ` · KubeVirt ${outcome.environment.kubevirtVersion}` : ''}`;
}

// Terminal

/** The terminal text: one line per check, failures first, then each check's own report. */
export function renderSuiteTerminal(
  outcome: CheckOutcome,
  context: ReportContext,
  renderCheck: (outcome: CheckOutcome, context: ReportContext) => string,
): string {
  const checks = checksInReportOrder(suiteChecks(outcome));
  const nameWidth = Math.min(30, Math.max(5, ...checks.map((check) => check.name.length)));
  const lines = [
    `KubeVirt transition check suite "${oneLine(context.checkName)}": ${outcome.result.toUpperCase()} (${headline(outcome)})`,
    '',
    ...checks.map(
      (check) =>
        `  ${check.outcome.result.toUpperCase().padEnd(12)} ${truncate(oneLine(check.name), nameWidth).padEnd(nameWidth)}  ${formatDuration(check.outcome.durationMs).padStart(7)}  ${truncate(oneLine(pathSeen(check)), 100)}`,
    ),
  ];
  if (outcome.leftovers) {
    lines.push(
      '',
      `  left behind: ${outcome.leftovers.what}; remove with: ${outcome.leftovers.command}`,
    );
  }
  for (const check of checks) {
    lines.push(
      '',
      `── ${oneLine(check.name)} (${oneLine(check.pathSource)}) ${'─'.repeat(20)}`,
      renderCheck(check.outcome, checkContext(context, check)).trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}

// Markdown

/** The first screen: the verdict line and one table row per check, failures first. */
export function suiteFirstScreen(
  outcome: CheckOutcome,
  context: ReportContext,
  heading: '##' | '###',
): string {
  const checks = checksInReportOrder(suiteChecks(outcome));
  const rows = checks.map(
    (check) =>
      `| ${ICON[check.outcome.result]} | ${mdLine(check.name, 100)} | ${check.outcome.error ? 'could not run' : check.outcome.result} | ${mdCode(truncate(oneLine(pathSeen(check)), 120), 160)} | ${formatDuration(check.outcome.durationMs)} |`,
  );
  return [
    `${heading} ${ICON[outcome.result]} KubeVirt transition check suite ${mdLine(context.checkName, 100)}: ${outcome.result}`,
    '',
    mdText(headline(outcome)),
    '',
    '| | check | result | path seen | took |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...regressedLines(context),
    ...(outcome.leftovers
      ? [
          '',
          `**Left behind:** ${mdText(outcome.leftovers.what)}; remove with ${mdCode(outcome.leftovers.command)}`,
        ]
      : []),
  ].join('\n');
}

/**
 * The checks whose timing regressed, one line each on the first screen (the nightly issue shows
 * no check's full report); each check's folded report has its table.
 */
function regressedLines(context: ReportContext): string[] {
  const regressed = regressedChecks(context.checkTrends);
  if (regressed.length === 0) return [];
  return [
    '',
    "**Timing regressed** (each check's report below has its table):",
    '',
    ...regressed.map(
      ([name, trend]) => `- ${mdCode(name, 100)}: ${mdText(comparisonHeadline(trend), 1000)}`,
    ),
  ];
}

/** One check's detail, folded: its line as the summary, its own report inside. */
function foldedCheck(check: CheckInSuite, body: string): string {
  return folded(
    `${ICON[check.outcome.result]} <b>${mdLine(check.name, 100)}</b>: ${check.outcome.result}, expected ${mdCode(check.expectedPath, 200)} (${mdText(check.pathSource, 200)})`,
    body.trim(),
  );
}

/**
 * The suite's markdown: the first screen, then each check's report folded below it, failures
 * first, as many as fit in `maxChars` (measured by `size`); the others are named with `instead`.
 */
export function renderSuiteMarkdown(
  outcome: CheckOutcome,
  context: ReportContext,
  options: {
    heading: '##' | '###';
    renderCheck: (outcome: CheckOutcome, context: ReportContext) => string;
    /** A shorter detail for when the full one does not fit. */
    renderShort: (outcome: CheckOutcome, context: ReportContext) => string;
    maxChars: number;
    size?: (text: string) => number;
    /** What follows the first screen, before the details (links, notes). */
    after?: string;
    instead: string;
  },
): string {
  const size = options.size ?? ((text: string) => text.length);
  const parts = [suiteFirstScreen(outcome, context, options.heading)];
  if (options.after) parts.push(options.after);
  const checks = checksInReportOrder(suiteChecks(outcome));
  const left: string[] = [];
  // Room kept for the note about checks left out.
  const reserve = 400 + checks.reduce((sum, check) => sum + check.name.length + 6, 0);
  let used = size(parts.join('\n\n'));
  for (const check of checks) {
    const at = checkContext(context, check);
    let detail = foldedCheck(check, options.renderCheck(check.outcome, at));
    if (used + size(detail) + reserve > options.maxChars) {
      detail = foldedCheck(check, options.renderShort(check.outcome, at));
    }
    if (used + size(detail) + reserve > options.maxChars) {
      left.push(check.name);
      continue;
    }
    parts.push(detail);
    used += size(detail) + 2;
  }
  if (left.length > 0) {
    parts.push(
      `_Not shown here for size: ${left.map((name) => mdLine(name, 100)).join(', ')}; ${options.instead}._`,
    );
  }
  return cutText(parts.join('\n\n'), options.maxChars, options.instead);
}

// JUnit

function attr(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** The check's failure text: the last attempt's explanation and causes, or why it could not run. */
function failureText(check: CheckInSuite): string {
  const last = check.outcome.attempts.at(-1)?.verdict;
  if (check.outcome.error) return check.outcome.error.message;
  if (!last) return 'no attempt ran';
  return [last.explanation, ...last.causes.map((cause) => `Cause: ${cause}`)].join('\n');
}

/**
 * JUnit XML of a suite: one testsuite, one testcase per check (Surefire's format, as for one
 * check): a failed or inconclusive check has a <failure>, one that could not run an <error>, a
 * flaky one passes with a <flakyFailure> per failed attempt. Each testcase's system-out is the
 * check's own terminal report.
 */
export function renderSuiteJunit(
  outcome: CheckOutcome,
  context: ReportContext,
  renderCheck: (outcome: CheckOutcome, context: ReportContext) => string,
): string {
  const checks = suiteChecks(outcome);
  const failures = checks.filter(
    (check) => !check.outcome.error && ['failed', 'inconclusive'].includes(check.outcome.result),
  ).length;
  const errors = checks.filter((check) => check.outcome.error).length;
  const counts = {
    tests: checks.length,
    failures,
    errors,
    skipped: 0,
    time: seconds(outcome.durationMs),
  };
  const classname = `kubevirt-transition-check.${oneLine(context.checkName)}`;
  const cases = checks.map((check) => {
    const { outcome: result } = check;
    const lines = [
      `    <testcase ${attr({ classname, name: oneLine(check.name), time: seconds(result.durationMs) })}>`,
    ];
    const message = truncate(oneLine(failureText(check)), 300);
    if (result.error) {
      lines.push(
        `      <error ${attr({ message, type: result.error.stage })}>${escapeXml(failureText(check))}</error>`,
      );
    } else if (result.result === 'failed' || result.result === 'inconclusive') {
      lines.push(
        `      <failure ${attr({ message, type: result.result })}>${escapeXml(failureText(check))}</failure>`,
      );
    } else if (result.result === 'flaky') {
      for (const attempt of result.attempts.filter((a) => a.verdict.result !== 'passed')) {
        lines.push(
          `      <flakyFailure ${attr({ message: truncate(oneLine(attempt.verdict.explanation), 300), type: attempt.verdict.result })}/>`,
        );
      }
    }
    lines.push(
      `      <system-out>${escapeXml(renderCheck(result, checkContext(context, check)))}</system-out>`,
      '    </testcase>',
    );
    return lines.join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attr({ name: 'kubevirt-transition-check', ...counts })}>`,
    `  <testsuite ${attr({ name: oneLine(context.checkName), ...counts })}>`,
    '    <properties>',
    `      <property ${attr({ name: 'result', value: outcome.result })}/>`,
    ...(context.runUrl
      ? [`      <property ${attr({ name: 'run', value: context.runUrl })}/>`]
      : []),
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

// Outputs

/** The `checks` output: every check's result, as a JSON array in the list's order. */
export function checksOutput(outcome: CheckOutcome): string {
  return JSON.stringify(
    suiteChecks(outcome).map((check) => ({
      name: check.name,
      ...(check.preset && { scenario: check.preset }),
      result: check.outcome.result,
      expectedPath: check.expectedPath,
      observedPath: check.outcome.attempts.at(-1)?.verdict.observedPath.join(' -> ') ?? '',
      durationMs: check.outcome.durationMs,
      attemptsUsed: check.outcome.attempts.length,
      ...(check.outcome.error && { error: check.outcome.error.message }),
    })),
  );
}

/** The suite's explanation: one line per check, failures first. */
export function suiteExplanation(outcome: CheckOutcome): string {
  return checksInReportOrder(suiteChecks(outcome))
    .map((check) => {
      const last = check.outcome.attempts.at(-1)?.verdict;
      const why = check.outcome.error
        ? couldNotRun(check.outcome.error)
        : (last?.explanation ?? 'no attempt ran');
      return `${check.name}: ${check.outcome.result}. ${oneLine(why)}`;
    })
    .join('\n');
}
