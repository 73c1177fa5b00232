// JUnit XML in Maven Surefire's format, the one test-report tools read (dorny/test-reporter,
// EnricoMi/publish-unit-test-result-action): the check is ONE testcase, and its attempts are
// Surefire's reruns. A flaky check (failed, then passed) is a passing testcase with a
// <flakyFailure> per failed attempt, so the tools show it as passed with a flake, not red; a
// failed check has a <failure> for its first attempt and a <rerunFailure> for each retry. A check
// that could not run adds one testcase, named after the stage it stopped in, with an <error>.
import type { Verdict } from '../../verify/types.ts';
import type { Attempt, CheckError, CheckOutcome, Leftovers } from '../../outcome.ts';
import type { ReportContext } from './context.ts';
import { escapeXml } from './escape.ts';
import { renderSuiteJunit } from './suite-report.ts';
import { renderAttemptText, renderTerminal } from './terminal.ts';
import { attemptsWords, boundUsage, boundsOf, oneLine, printableLines, truncate } from './words.ts';

const CLASS_NAME = 'kubevirt-transition-check';

export function renderJunit(outcome: CheckOutcome, context: ReportContext): string {
  if (outcome.checks) {
    return renderSuiteJunit(outcome, context, (check, at) =>
      renderTerminal(check, at, { width: 240 }),
    );
  }
  const attempts = outcome.attempts;
  const checkFailed = attempts.length > 0 && !attempts.some((a) => a.verdict.result === 'passed');
  const errors = attempts.length === 0 || outcome.error ? 1 : 0;
  const counts = {
    tests: (attempts.length > 0 ? 1 : 0) + errors,
    failures: checkFailed ? 1 : 0,
    errors,
    skipped: 0,
    time: seconds(outcome.durationMs),
  };
  const properties = [
    ['result', outcome.result],
    ['expected-path', context.expectedPath],
    ['witness', context.witness],
    ['image', context.image],
    [
      'attempts',
      outcome.repeat
        ? attemptsWords(attempts.length, context.attemptsAllowed, true)
        : `${attempts.length} of ${context.attemptsAllowed} allowed`,
    ],
    ...(attempts[0] ? [['started-at', attempts[0].startedAt]] : []),
    ...boundProperties(attempts.at(-1)?.verdict),
    ...(context.runUrl ? [['run', context.runUrl]] : []),
    ...(outcome.leftovers
      ? [
          [
            'left-behind',
            `${outcome.leftovers.what}: ${truncate(oneLine(outcome.leftovers.why), 600)}`,
          ],
          ['remove-with', outcome.leftovers.command],
        ]
      : []),
  ]
    .map(([name, value]) => `      <property ${attr({ name: name!, value: value! })}/>`)
    .join('\n');
  const cases: string[] = [];
  const leftBehind = outcome.leftovers ? leftoversText(outcome.leftovers) : undefined;
  if (attempts.length > 0) cases.push(checkTestcase(attempts, context, leftBehind));
  if (outcome.error) cases.push(stoppedTestcase(outcome.error, context, leftBehind));
  else if (attempts.length === 0) {
    cases.push(
      `    <testcase ${attr({ classname: classname(context), name: 'no attempt ran', time: seconds(0) })}>\n      <error ${attr({ message: 'no attempt ran', type: outcome.result })}/>\n    </testcase>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attr({ name: CLASS_NAME, ...counts })}>`,
    `  <testsuite ${attr({ name: context.checkName, ...counts })}>`,
    '    <properties>',
    properties,
    '    </properties>',
    cases.join('\n'),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/**
 * The check as one testcase. Passed: the passing attempt's timeline as system-out. Flaky: a
 * <flakyFailure> per failed attempt before the pass. Failed: the first attempt as <failure>,
 * every retry as <rerunFailure>, in Surefire's element order.
 */
function checkTestcase(
  attempts: Attempt[],
  context: ReportContext,
  leftBehind: string | undefined,
): string {
  const verdict = attempts[0]!.verdict;
  const name = `${verdict.expectedPath} (witness ${verdict.witness})`;
  const time = attempts.reduce((sum, attempt) => sum + attempt.durationMs, 0);
  const passing = attempts.find((attempt) => attempt.verdict.result === 'passed');
  const failed = attempts.filter((attempt) => attempt.verdict.result !== 'passed');
  const text = (attempt: Attempt) =>
    renderAttemptText(attempt, context.attemptsAllowed, { width: 240 });
  const lines = [
    `    <testcase ${attr({ classname: classname(context), name, time: seconds(time) })}>`,
  ];
  if (passing) {
    for (const attempt of failed) lines.push(rerun('flakyFailure', attempt, text(attempt)));
    lines.push(`      <system-out>${escapeXml(text(passing))}</system-out>`);
  } else {
    const [first, ...retries] = failed as [Attempt, ...Attempt[]];
    lines.push(
      `      <failure ${attr(failureAttributes(first.verdict))}>${escapeXml(failureText(first))}</failure>`,
    );
    for (const attempt of retries) lines.push(rerun('rerunFailure', attempt, text(attempt)));
    lines.push(`      <system-out>${escapeXml(text(first))}</system-out>`);
  }
  if (leftBehind) lines.push(systemErr(leftBehind));
  lines.push('    </testcase>');
  return lines.join('\n');
}

/** Surefire's record of one run of a rerun test: message, type, the text and that run's output. */
function rerun(element: 'flakyFailure' | 'rerunFailure', attempt: Attempt, out: string): string {
  return [
    `      <${element} ${attr(failureAttributes(attempt.verdict))}>`,
    `        <stackTrace>${escapeXml(failureText(attempt))}</stackTrace>`,
    `        <system-out>${escapeXml(out)}</system-out>`,
    `      </${element}>`,
  ].join('\n');
}

/** The last attempt's bounds (`bound`, one each) and a forbidden state it saw, as properties. */
function boundProperties(verdict: Verdict | undefined): string[][] {
  if (!verdict) return [];
  return [
    ...boundsOf(verdict).map((bound) => ['bound', `${bound.result}: ${boundUsage(bound)}`]),
    ...(verdict.forbidden ? [['forbidden-state', verdict.forbidden.state]] : []),
  ];
}

function failureAttributes(verdict: Verdict): Record<string, string> {
  return { message: truncate(oneLine(verdict.explanation), 300), type: verdict.result };
}

/** The testcase of a check that could not run: named after its stage, the message as the error. */
function stoppedTestcase(
  error: CheckError,
  context: ReportContext,
  leftBehind: string | undefined,
): string {
  const name = `could not run: ${error.stage}`;
  const message = truncate(printableLines(error.message, 1000)[0] ?? '', 300);
  return [
    `    <testcase ${attr({ classname: classname(context), name, time: seconds(0) })}>`,
    `      <error ${attr({ message, type: error.stage })}>${escapeXml(printableLines(error.message, 20_000).join('\n'))}</error>`,
    ...(leftBehind ? [systemErr(leftBehind)] : []),
    '    </testcase>',
  ].join('\n');
}

/** What cleanup left behind, for the testcase's system-err: outside Actions no post step retries. */
function leftoversText(left: Leftovers): string {
  return [
    `Cleanup could not remove ${oneLine(left.what)}: ${printableLines(left.why, 2000).join(' ')}`,
    `Remove it with: ${oneLine(left.command)}`,
  ].join('\n');
}

function systemErr(text: string): string {
  return `      <system-err>${escapeXml(text)}</system-err>`;
}

/** Why an attempt failed, for a failure's text or a rerun's stackTrace. */
function failureText(attempt: Attempt): string {
  const verdict = attempt.verdict;
  const lines = [`attempt ${attempt.number}: ${verdict.explanation}`];
  for (const cause of verdict.causes) lines.push(`cause: ${cause}`);
  for (const caveat of verdict.caveats ?? []) lines.push(`caveat: ${caveat}`);
  lines.push(`expected: ${verdict.expectedPath}`);
  lines.push(`observed (${verdict.witness}): ${verdict.observedPath.join(' -> ') || 'no state'}`);
  if (verdict.mismatch) {
    lines.push(
      `step ${verdict.mismatch.step + 1} (${verdict.mismatch.expected}) not seen; seen instead: ${verdict.mismatch.seenInstead.join(', ') || 'nothing'}`,
    );
  }
  for (const bound of boundsOf(verdict)) {
    lines.push(`bound ${bound.result}: ${boundUsage(bound)}`);
  }
  if (verdict.forbidden) {
    const f = verdict.forbidden;
    lines.push(
      `forbidden state ${f.state} seen at ${f.atMs} ms by ${f.witness} (${f.seenBy}${f.resourceVersion ? `, resourceVersion ${f.resourceVersion}` : ''})`,
    );
  }
  if (verdict.contradiction) {
    const c = verdict.contradiction;
    lines.push(
      `decided at ${c.atMs} ms: ${c.state} (${c.witness}) rules out ${c.rulesOut.join(', ') || 'the rest of the path'}`,
    );
  }
  // Cluster strings: printable, invisible characters shown, and a bound on the whole text.
  return printableLines(lines.join('\n'), 20_000).join('\n');
}

function classname(context: ReportContext): string {
  return `${CLASS_NAME}.${context.checkName}`;
}

function attr(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');
}

/** Seconds as Surefire writes them, `12.345`: its schema's time pattern has no exponent. */
function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}
