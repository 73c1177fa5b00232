// The machine-readable reports (JUnit XML, timeline JSON) and the terminal rendering.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderJunit } from '../../src/report/render/junit.ts';
import { renderTerminal } from '../../src/report/render/terminal.ts';
import { parseTimelineDocument } from '../../src/trend/document.ts';
import { runMetrics } from '../../src/trend/metrics.ts';
import type { TimelineDocument } from '../../src/trend/types.ts';
import {
  TIMELINE_SCHEMA_VERSION,
  renderTimelineJson,
  timelineDocument,
} from '../../src/report/render/timeline-json.ts';
import {
  HOSTILE,
  HOSTILE_ERROR,
  IMAGE_VOLUME_ERROR,
  flakyOutcome,
  hostileOutcome,
  longOutcome,
  midRunErrorOutcome,
  passedOutcome,
  preflightErrorOutcome,
  testContext,
  unschedulableOutcome,
} from '../support/outcomes.ts';
import { OUTCOME_KINDS } from '../support/outcome-kinds.ts';
import { suiteOf } from '../support/trend.ts';

const TAGS =
  /<\/?(testsuites|testsuite|properties|property|testcase|failure|rerunFailure|flakyFailure|stackTrace|error|system-out)\b[^<>]*>/g;

/** Text of the JUnit XML with our own tags and the declaration removed. */
function textOf(xml: string): string {
  return xml.replace(/^<\?xml [^?]*\?>/, '').replace(TAGS, '');
}

describe('renderJunit', () => {
  it('writes a flaky check as one passing testcase with a <flakyFailure> per failed attempt', () => {
    const xml = renderJunit(flakyOutcome(), testContext());
    assert.match(
      xml,
      /<testsuite name="pr-check" tests="1" failures="0" errors="0" skipped="0" time="61\.000">/,
    );
    const cases = xml.match(/<testcase [^>]*>/g) ?? [];
    assert.deepEqual(cases, [
      '<testcase classname="kubevirt-transition-check.pr-check" name="ErrImagePull -&gt; ImagePullBackOff -&gt; ErrImagePull -&gt; ImagePullBackOff (witness vm)" time="50.844">',
    ]);
    assert.doesNotMatch(xml, /<failure|<rerunFailure/);
    const flakes = xml.match(/<flakyFailure [^>]*>[\s\S]*?<\/flakyFailure>/g) ?? [];
    assert.equal(flakes.length, 1, 'one flaky failure: attempt 1');
    assert.match(
      flakes[0],
      /^<flakyFailure message="The VM never showed ErrImagePull[^"]*" type="failed">\n {8}<stackTrace>attempt 1: The VM never showed ErrImagePull/,
    );
    assert.match(flakes[0], /cause: virt-controller can skip a state/);
    assert.match(flakes[0], /step 3 \(ErrImagePull\) not seen; seen instead: ImagePullBackOff/);
    assert.match(flakes[0], /<system-out>Attempt 1 of 2: failed/);
    // The passing attempt's timeline is the testcase's own output, after the flake.
    assert.match(xml, /<\/flakyFailure>\n {6}<system-out>Attempt 2 of 2: passed/);
    assert.match(xml, /<property name="attempts" value="2 of 2 allowed"\/>/);
    assert.match(xml, /<property name="started-at" value="2026-03-01T03:17:00\.000Z"\/>/);
  });

  it('writes a failed check as a <failure> for its first attempt and a <rerunFailure> per retry', () => {
    const outcome = flakyOutcome();
    outcome.result = 'failed';
    const second = outcome.attempts[1]!;
    second.verdict = { ...outcome.attempts[0]!.verdict, explanation: 'Attempt two saw it too.' };
    const xml = renderJunit(outcome, testContext());
    assert.match(xml, /<testsuite name="pr-check" tests="1" failures="1" errors="0"/);
    assert.match(
      xml,
      /<failure message="The VM never showed ErrImagePull[^"]*" type="failed">attempt 1: The VM never/,
    );
    assert.match(
      xml,
      /<\/failure>\n {6}<rerunFailure message="Attempt two saw it too\." type="failed">\n {8}<stackTrace>attempt 2: Attempt two/,
    );
    assert.match(xml, /<\/rerunFailure>\n {6}<system-out>Attempt 1 of 2: failed/);
  });

  it('counts a failed check as failures and names its properties', () => {
    const xml = renderJunit(unschedulableOutcome(), testContext());
    assert.match(
      xml,
      /<testsuites name="kubevirt-transition-check" tests="1" failures="1" errors="0"/,
    );
    assert.match(xml, /<property name="result" value="failed"\/>/);
    assert.match(
      xml,
      /<property name="run" value="https:\/\/github.com\/acme\/kubevirt\/actions\/runs\/9001\/attempts\/1"\/>/,
    );
  });

  it('reports an outcome without attempts as an error, not as an empty suite', () => {
    const xml = renderJunit({ result: 'inconclusive', attempts: [], durationMs: 5 }, testContext());
    assert.match(xml, /tests="1" failures="0" errors="1"/);
    assert.match(xml, /<error message="no attempt ran" type="inconclusive"\/>/);
  });

  it('reports a check that could not run as one error testcase named after its stage', () => {
    const xml = renderJunit(preflightErrorOutcome(), testContext());
    assert.match(xml, /<testsuite name="pr-check" tests="1" failures="0" errors="1" /);
    const cases = xml.match(/<testcase [^>]*>/g) ?? [];
    assert.deepEqual(cases, [
      '<testcase classname="kubevirt-transition-check.pr-check" name="could not run: pre-flight" time="0.000">',
    ]);
    assert.match(
      xml,
      /<error message="The expected path needs ErrImagePull\/ImagePullBackOff, but KubeVirt&apos;s ImageVolume feature gate is on [^"]*…" type="pre-flight">The expected path needs [^<]*disabledFeatureGates&quot;:\[&quot;ImageVolume&quot;\]\}\}\}\}&apos;<\/error>/,
    );
    assert.match(xml, /<property name="result" value="failed"\/>/);
    assert.doesNotMatch(xml, /no attempt ran/);
  });

  it('keeps the attempts that ran before a mid-run error, and adds the error', () => {
    const xml = renderJunit(midRunErrorOutcome(), testContext());
    assert.match(
      xml,
      /<testsuites name="kubevirt-transition-check" tests="2" failures="1" errors="1"/,
    );
    const cases = xml.match(/<testcase [^>]*name="[^"]*"/g)?.map((c) => c.replace(/.*name=/, ''));
    assert.deepEqual(cases, [
      '"ErrImagePull -&gt; ImagePullBackOff -&gt; ErrImagePull -&gt; ImagePullBackOff (witness vm)"',
      '"could not run: run"',
    ]);
    assert.equal(xml.match(/<failure /g)?.length, 1);
  });

  it('escapes a hostile error message so that only its own tags remain', () => {
    for (const outcome of [preflightErrorOutcome(HOSTILE_ERROR), midRunErrorOutcome()]) {
      const xml = renderJunit(outcome, testContext());
      const text = textOf(xml);
      assert.doesNotMatch(text, /[<>]/);
      assert.doesNotMatch(text, /&(?!(amp|lt|gt|quot|apos);)/);
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these at all
      assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
      assert.match(xml, /\n&lt;\/pre&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;\n/);
      assert.match(xml, /<error message="line one" type="(pre-flight|run)">line one\nline two/);
    }
  });

  it('escapes hostile strings so that only its own tags remain', () => {
    const xml = renderJunit(
      hostileOutcome(),
      testContext({ checkName: HOSTILE.checkName, image: HOSTILE.image }),
    );
    const text = textOf(xml);
    assert.doesNotMatch(text, /[<>]/);
    assert.doesNotMatch(text, /&(?!(amp|lt|gt|quot|apos);)/);
    // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these at all
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    assert.match(xml, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});

describe('timeline JSON', () => {
  it('is versioned and carries the attempts exactly as the verifier gave them', () => {
    const outcome = flakyOutcome();
    const parsed = JSON.parse(renderTimelineJson(outcome, testContext())) as Record<
      string,
      unknown
    >;
    assert.equal(parsed.schemaVersion, TIMELINE_SCHEMA_VERSION);
    assert.equal(parsed.generator, 'kubevirt-transition-check');
    assert.equal(parsed.check, 'pr-check');
    assert.equal(parsed.result, 'flaky');
    assert.equal(parsed.attemptsUsed, 2);
    assert.deepEqual(parsed.run, {
      repository: 'acme/kubevirt',
      url: 'https://github.com/acme/kubevirt/actions/runs/9001/attempts/1',
      sha: '0123456789abcdef0123456789abcdef01234567',
    });
    assert.deepEqual(parsed.attempts, JSON.parse(JSON.stringify(outcome.attempts)));
  });

  it('holds only the last attempt for the timeline output, and says how many ran', () => {
    const document = timelineDocument(flakyOutcome(), testContext(), { lastAttemptOnly: true });
    assert.equal(document.attempts.length, 1);
    assert.equal(document.attempts[0]!.number, 2);
    assert.equal(document.attemptsUsed, 2);
  });

  it('carries where and why a check could not run, with the attempts that completed', () => {
    const stopped = JSON.parse(
      renderTimelineJson(preflightErrorOutcome(), testContext()),
    ) as Record<string, unknown>;
    assert.equal(stopped.result, 'failed');
    assert.deepEqual(stopped.error, { stage: 'pre-flight', message: IMAGE_VOLUME_ERROR });
    assert.equal(stopped.attemptsUsed, 0);
    assert.deepEqual(stopped.attempts, []);
    const midRun = timelineDocument(midRunErrorOutcome(), testContext());
    assert.deepEqual(midRun.error, { stage: 'run', message: HOSTILE_ERROR });
    assert.equal(midRun.attempts.length, 1);
    assert.ok(!('error' in timelineDocument(passedOutcome(), testContext())));
  });

  it('is read back as a baseline document, with metrics, for every kind of outcome', () => {
    for (const [kind, build] of Object.entries(OUTCOME_KINDS)) {
      const outcome = build();
      const text = renderTimelineJson(outcome, testContext());
      const document = parseTimelineDocument(text, kind);
      assert.equal(document.result, outcome.result, kind);
      const metrics = runMetrics(document);
      assert.equal(metrics.startedAt, outcome.attempts.at(-1)?.startedAt, kind);
      const steps = metrics.metrics.filter((metric) => metric.name.startsWith('step '));
      assert.equal(
        steps.length > 0,
        (outcome.attempts.at(-1)?.verdict.matched.length ?? 0) > 0,
        kind,
      );
    }
  });

  it("cuts a suite's timelines to fit, not the suite's checks", () => {
    // Two checks of 3,000 polled entries each: about 1.6 MB of JSON.
    const suite = suiteOf({ first: longOutcome(2, 3000), second: longOutcome(2, 3000) });
    const limitChars = 500_000;
    const text = renderTimelineJson(suite, testContext(), { maxChars: limitChars });
    assert.ok(text.length <= limitChars, `${text.length} characters`);
    const document = JSON.parse(text) as TimelineDocument & {
      truncated: { entriesOmitted?: number };
    };
    assert.deepEqual(
      document.checks?.map((check) => [check.name, check.result]),
      [
        ['first', 'passed'],
        ['second', 'passed'],
      ],
    );
    const kept = document.checks.flatMap((check) => check.attempts[0]!.timeline.entries).length;
    assert.ok(document.truncated.entriesOmitted! > 0);
    assert.equal(
      kept + document.truncated.entriesOmitted!,
      2 * longOutcome(2, 3000).attempts[0]!.timeline.entries.length,
    );
  });

  it('is documented field by field in docs/timeline-schema.md', () => {
    const doc = readFileSync(new URL('../../docs/timeline-schema.md', import.meta.url), 'utf8');
    const document = timelineDocument(passedOutcome(), testContext());
    const stopped = timelineDocument(midRunErrorOutcome(), testContext());
    const attempt = document.attempts[0]!;
    const names = [
      ...Object.keys(document),
      ...Object.keys(stopped),
      ...Object.keys(stopped.error ?? {}),
      ...Object.keys(attempt),
      ...Object.keys(attempt.timeline),
      ...Object.keys(attempt.verdict),
      ...attempt.timeline.entries.flatMap((entry) => Object.keys(entry)),
      ...attempt.verdict.matched.flatMap((match) => Object.keys(match)),
    ];
    for (const name of new Set(names)) {
      assert.match(
        doc,
        new RegExp(`\`${name}\``),
        `docs/timeline-schema.md does not describe '${name}'`,
      );
    }
    assert.match(doc, new RegExp(`"schemaVersion": ${TIMELINE_SCHEMA_VERSION}`));
  });
});

describe('renderTerminal', () => {
  it('prints the verdict, a table of the timeline and the path match', () => {
    const text = renderTerminal(passedOutcome(), testContext());
    const lines = text.split('\n');
    assert.equal(
      lines[0],
      'KubeVirt transition check "pr-check": PASSED (1 attempt of 2 allowed, 27.7 s)',
    );
    assert.ok(lines.some((line) => /^\s+TIME\s+STATE\s+WITNESS\s+SEEN\s+MESSAGE$/.test(line)));
    assert.ok(lines.some((line) => /^\s+\+0\.416s\s+ErrImagePull\s+vm\s+watch$/.test(line)));
    assert.ok(
      lines.some((line) =>
        /^\s+\+5\.000s\s+GAP\s+virtualmachines\s+expired 120 ms\s+watch from/.test(line),
      ),
    );
    assert.ok(
      lines.some((line) =>
        /^\s+4\s+ok\s+ImagePullBackOff\s+\+10\.422 s\s+vm watch\s+rv 1029$/.test(line),
      ),
    );
    assert.ok(
      lines.every((line) => line.length <= 120),
      'fits 120 columns',
    );
  });

  it('names the first missing step of a failed attempt', () => {
    const text = renderTerminal(flakyOutcome(), testContext());
    assert.match(text, /3\s+MISS ErrImagePull\s+not seen; seen instead: ImagePullBackOff/);
    assert.match(text, /^ {2}why {2}The VM never showed ErrImagePull/m);
  });

  it('puts a caret under the missing step and says what decided a failure', () => {
    const lines = renderTerminal(flakyOutcome(), testContext()).split('\n');
    const path = lines.findIndex(
      (line) =>
        line.trim() === 'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
    );
    assert.ok(path > 0);
    assert.equal(
      lines[path + 1]!.indexOf('^') - lines[path]!.indexOf('E'),
      36,
      'the caret is under step 3',
    );
    assert.match(
      renderTerminal(unschedulableOutcome(), testContext()),
      /decided at \+0\.900 s: ErrorUnschedulable \(vm\) rules out ErrImagePull, ImagePullBackOff/,
    );
    assert.match(
      renderJunit(unschedulableOutcome(), testContext()),
      /decided at 900 ms: ErrorUnschedulable \(vm\) rules out ErrImagePull, ImagePullBackOff/,
    );
  });

  it('takes every control character out of cluster strings', () => {
    const text = renderTerminal(hostileOutcome(), testContext({ checkName: HOSTILE.checkName }));
    // eslint-disable-next-line no-control-regex -- a terminal must not see any of these
    assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    assert.match(text, /line one ↵ line two/);
  });

  it('says a check could not run, where it stopped, and the message line by line', () => {
    const lines = renderTerminal(preflightErrorOutcome(), testContext()).split('\n');
    assert.equal(
      lines[0],
      'KubeVirt transition check "pr-check": COULD NOT RUN (0 attempts of 2 allowed, 1.3 s)',
    );
    const at = lines.indexOf('The check could not run: it stopped in the pre-flight checks.');
    assert.ok(at > 0);
    assert.equal(lines[at + 1], `  ${IMAGE_VOLUME_ERROR}`);
    assert.ok(!lines.some((line) => /^Attempt|TIME\s+STATE/.test(line)));

    const midRun = renderTerminal(midRunErrorOutcome(), testContext());
    // eslint-disable-next-line no-control-regex -- a terminal must not see any of these
    assert.doesNotMatch(midRun, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    assert.match(midRun, /it stopped in the run\.\n {2}line one\n {2}line two \| cell/);
    assert.match(midRun, /^Attempt 1 of 2: failed/m);
  });

  it('shortens a long timeline to the first and last rows', () => {
    const text = renderTerminal(longOutcome(10, 1000), testContext(), { maxRows: 30 });
    assert.match(text, /… \d+ more rows \(the whole timeline is in the JSON\)/);
    assert.ok(text.split('\n').length < 80);
  });
});
