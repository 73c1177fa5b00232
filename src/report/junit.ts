// JUnit XML for test-report tools: one testsuite for the check, one testcase per attempt, the
// verdict's explanation as the failure text and the attempt's timeline as system-out. A check
// that could not run adds one testcase, named after the stage it stopped in, with an <error>.
import type { Verdict } from '../verify/types.ts';
import type { Attempt, CheckError, CheckOutcome } from '../outcome.ts';
import type { ReportContext } from './context.ts';
import { escapeXml } from './escape.ts';
import { renderAttemptText } from './terminal.ts';
import { oneLine, printableLines, truncate } from './text.ts';

const CLASS_NAME = 'kubevirt-transition-check';

export function renderJunit(outcome: CheckOutcome, context: ReportContext): string {
  const attempts = outcome.attempts;
  const failures = attempts.filter((attempt) => attempt.verdict.result !== 'passed').length;
  const errors = attempts.length === 0 || outcome.error ? 1 : 0;
  const tests = attempts.length + errors;
  const timestamp = attempts[0]?.startedAt;
  const suite = attr({
    name: context.checkName,
    tests,
    failures,
    errors,
    skipped: 0,
    time: seconds(outcome.durationMs),
    ...(timestamp ? { timestamp } : {}),
  });
  const properties = [
    ['result', outcome.result],
    ['expected-path', context.expectedPath],
    ['witness', context.witness],
    ['image', context.image],
    ...(context.runUrl ? [['run', context.runUrl]] : []),
  ]
    .map(([name, value]) => `      <property ${attr({ name: name!, value: value! })}/>`)
    .join('\n');
  const cases = attempts.map((attempt) => testcase(attempt, context));
  if (outcome.error) cases.push(stoppedTestcase(outcome.error, context));
  else if (attempts.length === 0) {
    cases.push(
      `    <testcase ${attr({ classname: CLASS_NAME, name: 'no attempt ran', time: 0 })}>\n      <error ${attr({ message: 'no attempt ran', type: outcome.result })}/>\n    </testcase>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attr({ name: CLASS_NAME, tests, failures, errors, time: seconds(outcome.durationMs) })}>`,
    `  <testsuite ${suite}>`,
    '    <properties>',
    properties,
    '    </properties>',
    cases.join('\n'),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function testcase(attempt: Attempt, context: ReportContext): string {
  const verdict = attempt.verdict;
  const name = `attempt ${attempt.number}: ${verdict.expectedPath} (witness ${verdict.witness})`;
  const lines = [
    `    <testcase ${attr({ classname: `${CLASS_NAME}.${context.checkName}`, name, time: seconds(attempt.durationMs) })}>`,
  ];
  if (verdict.result !== 'passed') {
    lines.push(
      `      <failure ${attr({ message: truncate(oneLine(verdict.explanation), 300), type: verdict.result })}>${escapeXml(failureText(verdict))}</failure>`,
    );
  }
  lines.push(
    `      <system-out>${escapeXml(renderAttemptText(attempt, context.attemptsAllowed, { width: 240 }))}</system-out>`,
    '    </testcase>',
  );
  return lines.join('\n');
}

/** The testcase of a check that could not run: named after its stage, the message as the error. */
function stoppedTestcase(error: CheckError, context: ReportContext): string {
  const name = `could not run: ${error.stage}`;
  const message = truncate(printableLines(error.message, 1000)[0] ?? '', 300);
  return [
    `    <testcase ${attr({ classname: `${CLASS_NAME}.${context.checkName}`, name, time: 0 })}>`,
    `      <error ${attr({ message, type: error.stage })}>${escapeXml(printableLines(error.message, 20_000).join('\n'))}</error>`,
    '    </testcase>',
  ].join('\n');
}

function failureText(verdict: Verdict): string {
  const lines = [verdict.explanation];
  for (const cause of verdict.causes) lines.push(`cause: ${cause}`);
  for (const caveat of verdict.caveats ?? []) lines.push(`caveat: ${caveat}`);
  lines.push(`expected: ${verdict.expectedPath}`);
  lines.push(`observed (${verdict.witness}): ${verdict.observedPath.join(' -> ') || 'no state'}`);
  if (verdict.mismatch) {
    lines.push(
      `step ${verdict.mismatch.step + 1} (${verdict.mismatch.expected}) not seen; seen instead: ${verdict.mismatch.seenInstead.join(', ') || 'nothing'}`,
    );
  }
  if (verdict.contradiction) {
    const c = verdict.contradiction;
    lines.push(
      `decided at ${c.atMs} ms: ${c.state} (${c.witness}) rules out ${c.rulesOut.join(', ') || 'the rest of the path'}`,
    );
  }
  return lines.join('\n');
}

function attr(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}
