// publishReport end to end, as main.ts calls it: files, job summary (GITHUB_STEP_SUMMARY points
// at a temp file), annotations (read from the workflow commands on stdout), the sticky comment
// and the nightly issue against the local GitHub API stand-in (harness: test/support/publish.ts).
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  IMAGE_VOLUME_ERROR,
  flakyOutcome,
  midRunErrorOutcome,
  passedOutcome,
  preflightErrorOutcome,
  state,
  testContext,
  unschedulableOutcome,
  verifiedAttempt,
} from '../support/outcomes.ts';
import { renderTerminal } from '../../src/report/index.ts';
import { OUTPUTS_MAX_CHARS } from '../../src/report/publish/index.ts';
import { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES } from '../../src/report/render/markdown.ts';
import { TIMELINE_FILE_MAX_CHARS } from '../../src/report/render/timeline-json.ts';
import { LOG_LINE_MAX_CHARS } from '../../src/util/text.ts';
import type { CheckOutcome } from '../../src/outcome.ts';
import { publishHarness, type RunEventName } from '../support/publish.ts';

const TOKEN = 'ghs_SECRET_write_token_1111111111111111';
const FORK_TOKEN = 'ghs_SECRET_fork_token_22222222222222222';

const harness = publishHarness((github) => {
  github.addToken(TOKEN);
  github.addToken(FORK_TOKEN, { write: false });
  github.addPullRequest(7);
});
const { summaryFile, publish } = harness;
const runEnv = (event: RunEventName) => harness.env(event);

/** Workflow command lines of one kind (`error`, `warning`, `notice`). */
function annotations(out: string, kind: string): string[] {
  return out
    .split(/\r?\n/)
    .filter((line) => line.startsWith(`::${kind} `) || line.startsWith(`::${kind}::`));
}

function assertTokenNeverPrinted(out: string, token: string): void {
  const lines = out.split(/\r?\n/).filter((line) => line.includes(token));
  // main.ts masks the token before anything runs; publishing must not print it at all.
  assert.deepEqual(lines, [], 'the token appears on no line');
}

describe('publishReport on a pull request', () => {
  it('writes the files, the summary, a notice and the sticky comment, and sets every output', async () => {
    const { report, out } = await publish(
      passedOutcome(),
      { 'github-token': TOKEN, 'check-name': 'pr-check' },
      runEnv('pull_request'),
    );
    assert.ok(
      report.commentUrl?.startsWith('https://github.com/acme/kubevirt/pull/7#issuecomment-'),
    );
    const [comment] = harness.github.commentsOn(7);
    assert.ok(comment?.body.includes('<!-- kubevirt-transition-check:comment key=pr%2Dcheck -->'));
    assert.equal(report.junitPath, join(harness.dir, 'kubevirt-transition-check', 'junit.xml'));
    assert.match(
      readFileSync(report.junitPath, 'utf8'),
      /<testsuite name="pr-check" tests="1" failures="0"/,
    );
    const timeline = JSON.parse(readFileSync(report.timelinePath, 'utf8')) as {
      schemaVersion: number;
    };
    assert.equal(timeline.schemaVersion, 2);

    const summary = readFileSync(summaryFile, 'utf8');
    assert.match(summary, /^## ✅ KubeVirt transition check <code>pr-check<\/code>: passed/);
    assert.match(summary, /```mermaid\ngantt/);
    assert.ok(summary.includes(`<a href="${report.commentUrl}">PR comment</a>`));

    assert.deepEqual(annotations(out, 'notice').length, 1);
    assert.match(
      annotations(out, 'notice')[0]!,
      /^::notice title=KubeVirt transition check "pr-check"%3A passed::All 4 steps matched/,
    );
    assertTokenNeverPrinted(out, TOKEN);

    assert.equal(report.outputs.result, 'passed');
    assert.equal(report.outputs['comment-url'], report.commentUrl);
    // The body a workflow_run job would post for a fork is the comment, marker and all.
    assert.equal(report.outputs['comment-path'], report.commentPath);
    assert.equal(readFileSync(report.commentPath, 'utf8'), harness.github.commentsOn(7)[0]!.body);
    assert.equal(report.outputs['attempts-used'], '1');
    assert.equal(report.outputs['duration-ms'], '27722');
    assert.equal(
      report.outputs['observed-path'],
      'Stopped -> Starting -> ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
    );
    assert.equal(
      (JSON.parse(report.outputs.timeline) as { attempts: unknown[] }).attempts.length,
      1,
    );
    assert.equal(report.outputs['timeline-path'], report.timelinePath);
  });

  it('comments on the pull request when the check could not run, even with comment: on-failure', async () => {
    await publish(
      preflightErrorOutcome(),
      { 'github-token': TOKEN, comment: 'on-failure', 'check-name': 'pr-check' },
      runEnv('pull_request'),
    );
    const [comment, ...others] = harness.github.commentsOn(7);
    assert.equal(others.length, 0);
    assert.match(
      comment!.body,
      /^### ❌ KubeVirt transition check <code>pr-check<\/code>: could not run/,
    );
    assert.match(
      comment!.body,
      /\n\nThe expected path needs ErrImagePull\/ImagePullBackOff.*\n\n```sh\nkubectl -n kubevirt patch/,
    );
  });

  it('updates the same comment on the next run instead of adding one', async () => {
    const inputs = { 'github-token': TOKEN, 'check-name': 'pr-check' };
    const first = await publish(unschedulableOutcome(), inputs, runEnv('pull_request'));
    const second = await publish(passedOutcome(), inputs, runEnv('pull_request'));
    assert.equal(second.report.commentUrl, first.report.commentUrl);
    assert.equal(harness.github.commentsOn(7).length, 1);
    assert.match(harness.github.commentsOn(7)[0]!.body, /: passed/);
  });

  it('keeps two comments for two checks of one pull request', async () => {
    await publish(
      passedOutcome(),
      { 'github-token': TOKEN, 'kubevirt-version': 'v1.7.0' },
      runEnv('pull_request'),
    );
    await publish(
      passedOutcome(),
      { 'github-token': TOKEN, 'kubevirt-version': 'v1.8.4' },
      runEnv('pull_request'),
    );
    await publish(
      passedOutcome(),
      { 'github-token': TOKEN, 'kubevirt-version': 'v1.8.4' },
      runEnv('pull_request'),
    );
    const bodies = harness.github.commentsOn(7).map((c) => c.body);
    assert.equal(bodies.length, 2);
    assert.match(bodies[0]!, /transition · KubeVirt v1\.7\.0/);
    assert.match(bodies[1]!, /transition · KubeVirt v1\.8\.4/);
  });

  it('on a fork writes a notice and the summary, and resolves (the step does not fail)', async () => {
    const { report, out } = await publish(
      unschedulableOutcome(),
      { 'github-token': FORK_TOKEN, summary: 'false' },
      runEnv('fork'),
    );
    assert.equal(report.commentUrl, undefined);
    assert.equal(report.outputs['comment-url'], '');
    assert.equal(harness.github.commentsOn(7).length, 0);
    // What a workflow_run job posts instead: the report itself, not a stand-in.
    assert.match(
      readFileSync(report.outputs['comment-path'], 'utf8'),
      /^### ❌ KubeVirt transition check <code>[^<]+<\/code>: failed\n\n\*\*Step 1 /,
    );
    const notices = annotations(out, 'notice');
    assert.equal(notices.length, 1);
    assert.match(
      notices[0]!,
      /a pull request from a fork gets a read-only token \(403 Resource not accessible by integration\)/,
    );
    assert.equal(annotations(out, 'warning').length, 0);
    assert.equal(annotations(out, 'error').length, 1, 'the verdict itself is still an error');
    const summary = readFileSync(summaryFile, 'utf8');
    assert.match(summary, /> \[!NOTE\]\n> This pull request comes from a fork/);
    assert.match(summary, /## ❌ KubeVirt transition check/);
    assertTokenNeverPrinted(out, FORK_TOKEN);
  });

  it('warns with the missing permission when a same-repository token may not comment', async () => {
    const { out } = await publish(
      passedOutcome(),
      { 'github-token': FORK_TOKEN },
      runEnv('pull_request'),
    );
    const [warning] = annotations(out, 'warning');
    assert.match(
      warning!,
      /needs issues=write; pull_requests=write\)\. Give the job 'permissions: pull-requests: write'/,
    );
  });

  it('gives up on a rate limit with a warning and still writes the summary', async () => {
    harness.github.rateLimit('primary', { resetAt: Math.floor(Date.now() / 1000) + 3600 });
    const { report, out } = await publish(
      passedOutcome(),
      { 'github-token': TOKEN },
      runEnv('pull_request'),
    );
    assert.equal(report.commentUrl, undefined);
    assert.match(
      annotations(out, 'warning')[0]!,
      /The PR comment could not be written: 403 GitHub rate-limited/,
    );
    assert.match(readFileSync(summaryFile, 'utf8'), /The PR comment could not be written/);
  });

  it("leaves a person's comment that quotes the marker alone, and shows a failure after one 500 on the update", async () => {
    const marker = '<!-- kubevirt-transition-check:comment key=pr%2Dcheck -->';
    const quoted = harness.github.addComment(7, `What is this?\n> ${marker}`, 'reviewer');
    const inputs = { 'github-token': TOKEN, 'check-name': 'pr-check' };
    await publish(passedOutcome(), inputs, runEnv('pull_request'));
    harness.github.serverError(500, { method: 'PATCH' });
    const { report, out } = await publish(unschedulableOutcome(), inputs, runEnv('pull_request'));
    const [person, own, ...more] = harness.github.commentsOn(7);
    assert.equal(more.length, 0);
    assert.deepEqual([person!.user.login, person!.body], ['reviewer', quoted.body]);
    assert.equal(own!.user.login, 'github-actions[bot]');
    assert.match(own!.body, /^### ❌ KubeVirt transition check <code>pr-check<\/code>: failed/);
    assert.ok(report.commentUrl?.endsWith(`#issuecomment-${own!.id}`));
    assert.deepEqual(annotations(out, 'warning'), []);
  });

  it('says in the summary and a warning that the PR comment is stale when it cannot be updated', async () => {
    const inputs = { 'github-token': TOKEN, 'check-name': 'pr-check' };
    const first = await publish(passedOutcome(), inputs, runEnv('pull_request'));
    harness.github.serverError(500, { method: 'PATCH', times: 10 });
    const { report, out } = await publish(unschedulableOutcome(), inputs, runEnv('pull_request'));
    assert.equal(report.commentUrl, undefined);
    assert.match(harness.github.commentsOn(7)[0]!.body, /: passed/, 'GitHub kept the old one');
    const [warning, ...more] = annotations(out, 'warning');
    assert.equal(more.length, 0);
    assert.ok(warning!.startsWith('::warning title=PR comment is stale::'));
    assert.ok(warning!.includes(`The PR comment ${first.report.commentUrl!}`));
    assert.match(
      warning!,
      /is stale: it still shows an earlier run's report, as it could not be updated \(500 .*\)\. This run's result is failed/,
    );
    assert.match(
      harness.summary(),
      /> \[!NOTE\]\n> The PR comment is stale&#58; it still shows an earlier run's report/,
    );
    assert.match(harness.summary(), /## ❌ KubeVirt transition check/);
  });

  it("keeps half of the GitHub calls' bound for the comment when the history used up its own", async () => {
    let clock = Date.parse('2026-03-01T03:00:00Z');
    const waited: number[] = [];
    const retry = {
      now: () => clock,
      sleep: (ms: number) => {
        waited.push(ms);
        clock += ms;
        return Promise.resolve();
      },
      maxWaitMs: 200_000,
      serverErrorBackoffMs: 30_000,
    };
    // The runs of the history fail for good; the comment's create fails once.
    harness.github.serverError(503, { path: /\/actions\//, times: 100 });
    harness.github.serverError(503, { method: 'POST', path: /\/issues\/7\/comments$/ });
    const env = harness.env('pull_request', {}, { repository: { default_branch: 'main' } });
    const { report, out } = await publish(passedOutcome(), { 'github-token': TOKEN }, env, {
      retry,
    });
    assert.match(out, /history|earlier runs/i);
    assert.ok(report.commentUrl, 'the comment was posted after a retry');
    assert.deepEqual(waited, [30_000, 30_000], "the history's one wait, then the comment's");
  });

  it('with comment: on-failure, does not comment a pass but updates an earlier failure', async () => {
    const inputs = { 'github-token': TOKEN, comment: 'on-failure' };
    await publish(passedOutcome(), inputs, runEnv('pull_request'));
    assert.equal(harness.github.commentsOn(7).length, 0);
    await publish(flakyOutcome(), inputs, runEnv('pull_request'));
    assert.match(harness.github.commentsOn(7)[0]!.body, /: flaky/);
    await publish(passedOutcome(), inputs, runEnv('pull_request'));
    assert.equal(harness.github.commentsOn(7).length, 1);
    assert.match(harness.github.commentsOn(7)[0]!.body, /: passed/);
  });

  it('with comment: never, calls no API at all', async () => {
    await publish(
      passedOutcome(),
      { 'github-token': TOKEN, comment: 'never' },
      runEnv('pull_request'),
    );
    assert.deepEqual(harness.github.requests, []);
  });

  it('annotates a failure as an error and a flaky pass as a warning', async () => {
    const failed = await publish(unschedulableOutcome(), { comment: 'never' }, runEnv('push'));
    assert.match(
      annotations(failed.out, 'error')[0]!,
      /^::error title=.*failed::The VM became ErrorUnschedulable.*%0ACause: No node offers \/dev\/kvm/,
    );
    const flaky = await publish(flakyOutcome(), { comment: 'never' }, runEnv('push'));
    assert.match(
      annotations(flaky.out, 'warning')[0]!,
      /^::warning title=.*flaky::Attempt 1 failed: .*%0AAttempt 2 passed: /,
    );
    const silent = await publish(
      passedOutcome(),
      { annotations: 'false', comment: 'never' },
      runEnv('push'),
    );
    assert.equal(annotations(silent.out, 'notice').length, 0);
  });
});

describe('publishReport on a nightly run', () => {
  const inputs = { 'github-token': TOKEN, 'issue-on-failure': 'true', 'check-name': 'nightly' };

  it('opens one issue on failure, comments on it when it fails again, closes it on a pass', async () => {
    const first = await publish(unschedulableOutcome(), inputs, runEnv('schedule'));
    const opened = harness.github.issues.filter((i) => !i.pullRequest);
    assert.equal(opened.length, 1);
    assert.equal(
      first.report.issueUrl,
      `https://github.com/acme/kubevirt/issues/${opened[0]!.number}`,
    );
    assert.equal(opened[0]!.title, 'KubeVirt transition check "nightly" fails');
    assert.deepEqual(opened[0]!.labels, ['kubevirt-transition-check']);
    assert.match(opened[0]!.body, /ErrorUnschedulable/);

    await publish(unschedulableOutcome(), inputs, runEnv('schedule'));
    await publish(passedOutcome(), inputs, runEnv('schedule'));
    assert.equal(harness.github.issues.filter((i) => !i.pullRequest).length, 1);
    assert.equal(opened[0]!.state, 'closed');
    assert.equal(harness.github.commentsOn(opened[0]!.number).length, 2);
    assert.equal(harness.github.commentsOn(7).length, 0, 'no PR comment on a schedule');
  });

  it('opens the issue when the pre-flight refused the cluster, and reports it everywhere', async () => {
    const { report, out } = await publish(preflightErrorOutcome(), inputs, runEnv('schedule'));
    const [opened, ...others] = harness.github.issues.filter((i) => !i.pullRequest);
    assert.ok(opened);
    assert.equal(others.length, 0);
    assert.equal(report.issueUrl, `https://github.com/acme/kubevirt/issues/${opened.number}`);
    assert.equal(opened.title, 'KubeVirt transition check "nightly" fails');
    assert.match(
      opened.body,
      /^### ❌ KubeVirt transition check <code>nightly<\/code>: could not run/,
    );
    assert.match(opened.body, /Stopped in the pre-flight checks\*\* .*\n\nThe expected path needs/);
    assert.match(opened.body, /<!-- kubevirt-transition-check:issue key=nightly -->$/);

    assert.equal(report.outputs.result, 'failed');
    assert.equal(report.outputs['attempts-used'], '0');
    assert.equal(report.outputs['observed-path'], '');
    assert.equal(
      report.outputs.explanation,
      `The check could not run: it stopped in the pre-flight checks.\n${IMAGE_VOLUME_ERROR}`,
    );
    assert.match(
      annotations(out, 'error')[0]!,
      /^::error title=KubeVirt transition check "nightly"%3A failed::The check could not run: it stopped in the pre-flight checks\.%0AThe expected path needs/,
    );
    assert.match(readFileSync(report.junitPath, 'utf8'), /<error message="The expected path needs/);
    const timeline = JSON.parse(readFileSync(report.timelinePath, 'utf8')) as {
      error?: { stage: string };
    };
    assert.equal(timeline.error?.stage, 'pre-flight');
    assert.match(
      readFileSync(summaryFile, 'utf8'),
      /^## ❌ KubeVirt transition check <code>nightly<\/code>: could not run/,
    );

    // The next night fails again in the run: a comment on the same issue, then a pass closes it.
    await publish(midRunErrorOutcome(), inputs, runEnv('schedule'));
    const [again] = harness.github.commentsOn(opened.number);
    assert.match(
      again!.body,
      /^The check failed again in \[this run\]\(.*\)\.\n\n### ❌ .*: could not run/,
    );
    assert.match(again!.body, /Stopped in the run\*\*/);
    await publish(passedOutcome(), inputs, runEnv('schedule'));
    assert.equal(opened.state, 'closed');
  });

  it('counts a flaky nightly as failing when fail-on-flaky is set', async () => {
    await publish(flakyOutcome(), { ...inputs, 'fail-on-flaky': 'true' }, runEnv('schedule'));
    assert.equal(harness.github.issues.filter((i) => !i.pullRequest).length, 1);
  });

  it('leaves issues alone on a pull request run', async () => {
    await publish(unschedulableOutcome(), { ...inputs, comment: 'never' }, runEnv('pull_request'));
    assert.equal(harness.github.issues.filter((i) => !i.pullRequest).length, 0);
  });
});

describe('publishReport of strings that hide something', () => {
  /** A VM that showed `Err<U+200B>ImagePull`: a lookalike of the state the path expects. */
  function lookalikeOutcome(): CheckOutcome {
    const vm = 'ktc-7f3a/transition-check-1-zw';
    const timeline = {
      vm,
      startedAt: '2026-03-01T03:17:00.000Z',
      endedAtMs: 60_000,
      entries: [
        state(0, 'vm', 'Stopped', vm, { seenBy: 'list' }),
        state(40, 'vm', 'Starting', vm),
        state(900, 'vm', 'Err\u200bImagePull', vm),
        state(2900, 'vm', 'Image\u2060Pull\uFEFFBackOff\u{E0041}', vm),
      ],
    };
    const only = verifiedAttempt(1, timeline, true);
    return { result: only.verdict.result, attempts: [only], durationMs: 60_500 };
  }

  it('shows an invisible character in a state name wherever the name is written', async () => {
    const outcome = lookalikeOutcome();
    const { report, out } = await publish(
      outcome,
      { 'github-token': TOKEN, 'check-name': 'pr-check' },
      runEnv('pull_request'),
    );
    const written = {
      summary: harness.summary(),
      comment: harness.github.commentsOn(7)[0]!.body,
      'comment file': readFileSync(report.commentPath, 'utf8'),
      log: out,
      junit: readFileSync(report.junitPath, 'utf8'),
      'observed-path output': report.outputs['observed-path'],
      'explanation output': report.outputs.explanation,
      terminal: renderTerminal(outcome, testContext()),
    };
    for (const [where, text] of Object.entries(written)) {
      assert.doesNotMatch(
        text,
        /[\u200b\u2060\ufeff]|\u{E0041}/u,
        `nothing invisible in the ${where}`,
      );
      const shown = where === 'summary' || where.startsWith('comment') ? '&#92;' : '\\';
      assert.ok(text.includes(`Err${shown}u200bImagePull`), `${where} shows Err\\u200bImagePull`);
    }
    assert.equal(
      report.outputs['observed-path'],
      'Stopped -> Starting -> Err\\u200bImagePull -> Image\\u2060Pull\\ufeffBackOff\\u{e0041}',
    );
    assert.match(annotations(out, 'error')[0]!, /Reported instead: .*Err\\u200bImagePull/);
  });

  it("escapes a mention and HTML from the cluster's KubeVirt version in the nightly issue's title", async () => {
    const outcome: CheckOutcome = {
      ...unschedulableOutcome(),
      environment: {
        kubernetesVersion: 'v1.33.1',
        kubevirtVersion: 'v1.6.0 @kubevirt/sig-compute <img src=x onerror=alert(1)> `x`',
      },
    };
    await publish(
      outcome,
      { 'github-token': TOKEN, 'issue-on-failure': 'true' },
      runEnv('schedule'),
    );
    const [opened] = harness.github.issues.filter((i) => !i.pullRequest);
    assert.equal(
      opened!.title,
      'KubeVirt transition check "transition · KubeVirt v1.6.0 ＠kubevirt/sig-compute ‹img src=x onerror=alert(1)› ˋxˋ" fails',
    );
  });
});

describe('publishReport of huge strings from the cluster', () => {
  /** 60 states, each name, reason and message 2 MB, and a 2 MB KubeVirt version: 126 MB of JSON. */
  function hugeOutcome(): CheckOutcome {
    const mb2 = (c: string) => c.repeat(2 * 1024 * 1024);
    const vm = 'ktc-7f3a/transition-check-1-huge';
    const entries = Array.from({ length: 20 }, (_, i) =>
      state(100 * i, 'vm', `${i}${mb2('E')}`, vm, { reason: mb2('R'), message: mb2('m') }),
    );
    const timeline = { vm, startedAt: '2026-03-01T03:17:00.000Z', endedAtMs: 60_000, entries };
    const only = verifiedAttempt(1, timeline, true);
    return {
      result: only.verdict.result,
      attempts: [only],
      durationMs: 60_500,
      environment: { kubernetesVersion: 'v1.33.1', kubevirtVersion: mb2('v') },
    };
  }

  it('keeps every output, log line, comment and file under its limit, saying where the rest is', async () => {
    const { report, out } = await publish(
      hugeOutcome(),
      { 'github-token': TOKEN },
      runEnv('pull_request'),
    );
    // GitHub counts a job's outputs in UTF-16: this step takes at most half of its 1 MB.
    const outputs = Object.entries(report.outputs);
    const size = outputs.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
    assert.ok(size <= OUTPUTS_MAX_CHARS, `outputs: ${size} characters`);
    assert.ok(2 * size <= (1024 * 1024) / 2);
    assert.match(
      report.outputs.explanation,
      /… \[\d+ more characters, the whole text is in the timeline file .*timeline\.json\]$/,
    );
    assert.match(
      report.outputs['observed-path'],
      /more characters, the whole text is in the timeline file/,
    );
    const timeline = JSON.parse(report.outputs.timeline) as { truncated?: { rest: string } };
    assert.match(
      timeline.truncated!.rest,
      /^the whole timeline is in the timeline file .*timeline\.json$/,
    );

    const file = readFileSync(report.timelinePath, 'utf8');
    assert.ok(file.length <= TIMELINE_FILE_MAX_CHARS, `file: ${file.length} characters`);
    const document = JSON.parse(file) as { truncated?: { maxStringChars: number } };
    assert.equal(document.truncated?.maxStringChars, 65_536);
    assert.ok(/… \[20\d{5} more characters cut\]/.test(file), 'a cut string says how much was cut');

    const comment = harness.github.commentsOn(7)[0]!.body;
    assert.ok(comment.length <= COMMENT_MAX_CHARS, `comment: ${comment.length}`);
    assert.ok(Buffer.byteLength(harness.summary()) <= SUMMARY_MAX_BYTES);
    for (const line of out.split('\n')) {
      // `::error::` and @actions/core's escaping of % around the line itself.
      assert.ok(line.length <= 3 * LOG_LINE_MAX_CHARS, `a log line of ${line.length}`);
    }
    assert.ok(
      /^::error title=.*the timeline file has the rest\]$/m.test(out),
      'the annotation is cut, saying where the rest is',
    );
  });
});

describe('publishReport outside GitHub', () => {
  it('writes the files and skips the summary and the API when there is no runner', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    try {
      const { report } = await publish(passedOutcome(), { 'github-token': TOKEN }, {});
      assert.ok(existsSync(report.junitPath) && existsSync(report.timelinePath));
      assert.deepEqual(harness.github.requests, []);
    } finally {
      process.env.GITHUB_STEP_SUMMARY = summaryFile;
    }
  });

  it('warns instead of failing when a report file cannot be written', async () => {
    const blocker = join(harness.dir, 'file');
    writeFileSync(blocker, '');
    const { out } = await publish(
      passedOutcome(),
      { 'junit-path': join(blocker, 'junit.xml'), comment: 'never' },
      {},
    );
    assert.match(annotations(out, 'warning')[0]!, /Could not write the JUnit XML to .*junit\.xml/);
  });
});
