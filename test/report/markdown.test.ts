import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_BYTES,
  commentMarker,
  renderComment,
  renderIssueBody,
  renderSummary,
} from '../../src/report/markdown.ts';
import { MERMAID_MAX_CHARS } from '../../src/report/mermaid.ts';
import type { CheckOutcome } from '../../src/outcome.ts';
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
  pullFailureTimeline,
  attempt,
  testContext,
  unschedulableOutcome,
} from '../support/outcomes.ts';

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((match) => match[1]!);
}

/** Rows of the markdown tables, outside code fences. */
function tableRows(markdown: string): string[] {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => line.startsWith('| '));
}

describe('renderSummary', () => {
  it('starts with the verdict, the attempts used and allowed, and the expected path', () => {
    const summary = renderSummary(passedOutcome(), testContext());
    const [heading, , verdict] = summary.split('\n');
    assert.equal(heading, '## ✅ KubeVirt transition check <code>pr-check</code>: passed');
    assert.match(
      verdict!,
      /^\*\*passed\*\* on attempt 1 of 2 allowed · 27\.7 s · expected <code>ErrImagePull -&#62; ImagePullBackOff/,
    );
  });

  it('says which attempt failed and which passed for a flaky check, the failed one folded', () => {
    const summary = renderSummary(flakyOutcome(), testContext());
    assert.match(summary, /\*\*flaky\*\*: attempt 1 failed, attempt 2 passed/);
    assert.match(summary, /- ❌ Attempt 1 failed: The VM never showed ErrImagePull/);
    assert.match(summary, /<details><summary>Attempt 1 of 2: ❌ failed<\/summary>/);
    assert.match(summary, /### Attempt 2 of 2: ✅ passed/);
  });

  it('tables every entry with its time, state, witness, how it was seen and its message', () => {
    const outcome = passedOutcome();
    const summary = renderSummary(outcome, testContext());
    const rows = tableRows(summary.slice(summary.indexOf('**Timeline**')));
    // Header, separator, one row per entry (none repeats back to back in this timeline).
    assert.equal(rows.length, 2 + outcome.attempts[0]!.timeline.entries.length);
    assert.ok(rows.includes('| +0.416 s | <code>ErrImagePull</code> | vm | watch |  |'));
    assert.ok(
      rows.some(
        (row) =>
          row.startsWith('| +0.414 s | <code>ErrImagePull</code> | event <code>virt-launcher-') &&
          row.includes('| event ×1 | Failed&#58; Failed to pull image "registry.invalid'),
      ),
    );
    assert.ok(
      rows.some((row) =>
        row.startsWith(
          '| +5.000 s | ⚠️ watch gap | <code>virtualmachines</code> | expired, 120 ms |',
        ),
      ),
    );
    assert.ok(
      rows.some((row) =>
        row.startsWith('| +6.000 s | 🔁 polling | <code>pods</code> | every 100 ms to +6.900 s |'),
      ),
    );
  });

  it('calls out gaps and polled stretches, and says so when there are none', () => {
    const withGaps = renderSummary(passedOutcome(), testContext());
    assert.match(
      withGaps,
      /⚠️ watch gap on <code>virtualmachines<\/code> from \+5\.000 s to \+5\.120 s \(120 ms, expired\)/,
    );
    assert.match(
      withGaps,
      /🔁 polled <code>pods<\/code> every 100 ms from \+6\.000 s to \+6\.900 s/,
    );
    const clean = renderSummary(flakyOutcome(), testContext());
    assert.match(clean, /none; every resource was watched without a gap/);
  });

  it('shows the path match step by step, and the first step that did not match', () => {
    const passed = renderSummary(passedOutcome(), testContext());
    assert.match(
      passed,
      /\| 1 \| ✅ <code>ErrImagePull<\/code> \| \+0\.416 s \| vm \| watch \| <code>1022<\/code> \|/,
    );
    assert.match(
      passed,
      /\| 4 \| ✅ <code>ImagePullBackOff<\/code> \| \+10\.422 s \| vm \| watch \| <code>1029<\/code> \|/,
    );
    const flaky = renderSummary(flakyOutcome(), testContext());
    assert.match(
      flaky,
      /\| 3 \| ❌ <code>ErrImagePull<\/code> \| not seen \| \| \| seen instead: <code>ImagePullBackOff<\/code> \|/,
    );
  });

  it('says when and by which state a failure was decided, and how a message was missing', () => {
    const summary = renderSummary(unschedulableOutcome(), testContext());
    assert.match(
      summary,
      /\*\*Decided\*\* at \+0\.900 s: <code>ErrorUnschedulable<\/code> \(vm\) rules out <code>ErrImagePull<\/code>, <code>ImagePullBackOff<\/code>\./,
    );
    assert.match(
      summary,
      /\*\*Pull error message:\*\* none was observed \(it had to match <code>registry<\/code>\)\./,
    );
    assert.match(renderSummary(passedOutcome(), testContext()), /\*\*Decided\*\* at \+10\.422 s\./);
  });

  it('lists the caveats of a verdict, and marks Event-count and immediately-next steps', () => {
    const outcome = flakyOutcome();
    const verdict = outcome.attempts[1]!.verdict;
    verdict.matched[2] = {
      ...verdict.matched[2]!,
      witness: 'event',
      seenBy: 'event',
      byEventCount: true,
      count: 2,
    };
    verdict.matched[3] = { ...verdict.matched[3]!, join: 'next' };
    verdict.caveats = ['Step 3 is proven only by the count of an Event.'];
    const summary = renderSummary(outcome, testContext());
    assert.match(
      summary,
      /\| 3 \| ✅ <code>ErrImagePull<\/code> \| \+10\.421 s \| event \| event count ×2 \|/,
    );
    assert.match(summary, /\| 4 \| ✅ <code>ImagePullBackOff<\/code> \(next\) \|/);
    assert.match(summary, /\*\*Caveats:\*\*\n\n- Step 3 is proven only by the count of an Event\./);
    assert.match(
      renderComment(outcome, testContext()),
      /- Step 3 is proven only by the count of an Event\./,
    );
  });

  it('lists the known causes of a failure', () => {
    const summary = renderSummary(unschedulableOutcome(), testContext());
    assert.match(
      summary,
      /\*\*Known causes:\*\*\n\n- No node offers \/dev\/kvm and useEmulation is off/,
    );
    assert.match(summary, /## ❌ KubeVirt transition check/);
  });

  it('links the run and the commit, names the files, and adds notes as callouts', () => {
    const summary = renderSummary(passedOutcome(), testContext(), {
      commentUrl: 'https://github.com/acme/kubevirt/pull/7#issuecomment-1',
      notes: ['The PR comment was not written.'],
    });
    assert.match(
      summary,
      /<a href="https:\/\/github.com\/acme\/kubevirt\/actions\/runs\/9001\/attempts\/1">workflow run<\/a>/,
    );
    assert.match(summary, /commit <code>0123456<\/code>/);
    assert.match(
      summary,
      /<a href="https:\/\/github.com\/acme\/kubevirt\/pull\/7#issuecomment-1">PR comment<\/a>/,
    );
    assert.match(
      summary,
      /timeline JSON <code>\/tmp\/runner\/kubevirt-transition-check\/timeline.json<\/code>/,
    );
    assert.match(summary, /> \[!NOTE\]\n> The PR comment was not written\./);
  });

  it('draws a gantt per attempt in which the 1 ms ErrImagePull is wide enough to see', () => {
    const outcome = passedOutcome();
    const [gantt] = mermaidBlocks(renderSummary(outcome, testContext()));
    assert.ok(gantt);
    assert.match(gantt, /^gantt\n {2}title Attempt 1 /);
    const bar =
      /ErrImagePull 1 ms shown wider :active, (\d\d):(\d\d):(\d\d)\.(\d{3}), (\d\d):(\d\d):(\d\d)\.(\d{3})/.exec(
        gantt,
      );
    assert.ok(bar, 'the 1 ms ErrImagePull is drawn and labelled with its real duration');
    const ms = (h: string, m: string, s: string, f: string) =>
      ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f);
    const width = ms(bar[5]!, bar[6]!, bar[7]!, bar[8]!) - ms(bar[1]!, bar[2]!, bar[3]!, bar[4]!);
    assert.ok(width >= outcome.attempts[0]!.timeline.endedAtMs * 0.01, `bar width ${width} ms`);
    for (const section of ['vm', 'vmi', 'pod', 'events', 'watch gaps', 'polled']) {
      assert.match(gantt, new RegExp(`\\n {2}section ${section}\\n`));
    }
    assert.match(
      gantt,
      /virtualmachines expired 120 ms shown wider :crit, 00:00:05\.000, 00:00:05\.255/,
    );
  });
});

describe('renderComment', () => {
  it('has the essentials and ends with the marker of its check', () => {
    const comment = renderComment(flakyOutcome(), testContext());
    assert.match(comment, /^### ⚠️ KubeVirt transition check <code>pr-check<\/code>: flaky/);
    assert.match(comment, /\| 4 \| ✅ <code>ImagePullBackOff<\/code>/);
    assert.match(comment, /<details><summary>Timeline of attempt 2 \(19 entries\)<\/summary>/);
    assert.match(comment, /```mermaid\ngantt/);
    assert.ok(comment.endsWith(`\n${commentMarker('pr-check')}`));
  });

  it('keys the marker by the check name, so two checks have two markers', () => {
    assert.notEqual(commentMarker('kubevirt v1.7'), commentMarker('kubevirt v1.8'));
    const comment = renderComment(passedOutcome(), testContext({ checkName: 'kubevirt v1.7' }));
    assert.ok(comment.includes(commentMarker('kubevirt v1.7')));
    assert.ok(!comment.includes(commentMarker('kubevirt v1.8')));
  });
});

describe('hostile strings', () => {
  const context = testContext({ checkName: HOSTILE.checkName, image: HOSTILE.image });
  const outputs = {
    summary: renderSummary(hostileOutcome(), context),
    comment: renderComment(hostileOutcome(), context),
    issue: renderIssueBody(hostileOutcome(), context),
  };

  for (const [name, markdown] of Object.entries(outputs)) {
    it(`leave no markup, mention or reference in the ${name}`, () => {
      const prose = markdown.replace(/```mermaid\n[\s\S]*?\n```/g, '');
      assert.doesNotMatch(prose, /<script|<img|<b>|<i>|\]\(javascript|href="javascript/i);
      assert.doesNotMatch(prose, /`/);
      assert.doesNotMatch(prose, /\*\*\*bold/);
      // GitHub looks for mentions and references outside code only.
      assert.doesNotMatch(prose.replace(/<code>.*?<\/code>/g, ''), /@kubevirt|#123/);
      assert.ok(
        !prose.includes('\u001b') && !prose.includes('\u202e'),
        'no ANSI escape or bidi override',
      );
      assert.doesNotMatch(prose, /\$x/);
      // Every HTML comment is the marker; a hostile `-->` cannot close or open one.
      const comments = prose.match(/<!--[\s\S]*?-->/g) ?? [];
      assert.ok(
        comments.every((c) => /^<!-- kubevirt-transition-check:comment key=[^\s>-]+ -->$/.test(c)),
      );
    });

    it(`keep every table row at its column count in the ${name}`, () => {
      for (const row of tableRows(markdown)) {
        const cells = row.split('|').length - 2;
        assert.ok(cells === 5 || cells === 6, `row has ${cells} cells: ${row}`);
      }
    });
  }

  it('leave only well-formed gantt statements', () => {
    const [gantt] = mermaidBlocks(outputs.summary);
    assert.ok(gantt);
    const lines = gantt.split('\n');
    assert.equal(lines[0], 'gantt');
    for (const line of lines.slice(1)) {
      assert.match(
        line,
        /^( {2}(title|section) [^:;#%{}<>"]+| {2}dateFormat HH:mm:ss\.SSS| {2}axisFormat %M:%S| {2}todayMarker off| {4}[^:;#%{}<>"]+ :((active|crit|done), )?\d\d:\d\d:\d\d\.\d{3}, \d\d:\d\d:\d\d\.\d{3})$/,
      );
      assert.doesNotMatch(line, /^ {4}(click|call|href|section|title)\b/i);
    }
    assert.match(gantt, /_ click ErrImagePull call alert 1 init theme dark/);
  });
});

describe('long timelines', () => {
  function withMessages(outcome: CheckOutcome, message: string): CheckOutcome {
    for (const attempt of outcome.attempts) {
      for (const entry of attempt.timeline.entries)
        if (entry.kind === 'state') entry.message = message;
    }
    return outcome;
  }

  it('are summarised: first and last rows, the number left out, still a chart', () => {
    const outcome = longOutcome(40, 5000);
    const summary = renderSummary(outcome, testContext());
    assert.ok(Buffer.byteLength(summary) <= SUMMARY_MAX_BYTES);
    assert.match(
      summary,
      /\| … \| \d+ more rows \| \| \| the whole timeline is in the timeline JSON \|/,
    );
    const [gantt] = mermaidBlocks(summary);
    assert.ok(gantt && gantt.length < MERMAID_MAX_CHARS);
    assert.match(gantt, /section not drawn\n {4}\d+ more bars, see the table :done/);
    assert.ok(gantt.split('\n').filter((line) => line.startsWith('    ')).length <= 150);
  });

  it('stay under every GitHub limit even with ten attempts of huge hostile messages', () => {
    const attempts = Array.from({ length: 10 }, (_, i) =>
      attempt(i + 1, pullFailureTimeline(`ns/vm-${i}`, { toggles: 300 }), {
        explanation: '|'.repeat(5000),
        causes: Array.from({ length: 50 }, () => '`'.repeat(1000)),
      }),
    );
    const outcome = withMessages(
      { result: 'failed', attempts, durationMs: 6_000_000 },
      `${'|<'.repeat(20_000)}`,
    );
    const context = testContext({ checkName: 'x'.repeat(10_000), image: '|'.repeat(10_000) });
    const summary = renderSummary(outcome, context);
    const comment = renderComment(outcome, context);
    assert.ok(
      Buffer.byteLength(summary) <= SUMMARY_MAX_BYTES,
      `summary ${Buffer.byteLength(summary)} bytes`,
    );
    assert.ok(comment.length < COMMENT_MAX_CHARS, `comment ${comment.length} characters`);
    assert.ok(renderIssueBody(outcome, context).length < COMMENT_MAX_CHARS);
    for (const gantt of [...mermaidBlocks(summary), ...mermaidBlocks(comment)]) {
      assert.ok(gantt.length < MERMAID_MAX_CHARS);
    }
    assert.match(summary, /^## ❌ KubeVirt transition check/);
    assert.ok(comment.endsWith(commentMarker(context.checkName)));
  });
});

describe('a check that could not run', () => {
  /** The text of every `<pre>` block, references decoded. */
  const preBlocks = (markdown: string) =>
    [...markdown.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((match) =>
      match[1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))),
    );

  it('says so with the stage and the message, in place of attempts, gantt and table', () => {
    const outcome = preflightErrorOutcome();
    for (const markdown of [
      renderSummary(outcome, testContext()),
      renderComment(outcome, testContext()),
      renderIssueBody(outcome, testContext()),
    ]) {
      assert.match(
        markdown,
        /^#+ ❌ KubeVirt transition check <code>pr-check<\/code>: could not run$/m,
      );
      assert.match(markdown, /^\*\*failed\*\*: could not run, no attempt ran · 1\.3 s · expected/m);
      assert.match(
        markdown,
        /^\*\*Why:\*\* The check could not run: it stopped in the pre-flight checks\.\n\n<pre>The expected path needs ErrImagePull\/ImagePullBackOff, but KubeVirt's ImageVolume feature gate is on/m,
      );
      assert.deepEqual(preBlocks(markdown), [IMAGE_VOLUME_ERROR]);
      assert.deepEqual(mermaidBlocks(markdown), []);
      assert.deepEqual(tableRows(markdown), []);
      assert.doesNotMatch(markdown, /Attempt 1|<details>|no attempt ran\./);
    }
  });

  it('shows the attempts that completed before a mid-run error', () => {
    const outcome = midRunErrorOutcome(
      'Cannot create VirtualMachine "ktc-7f3a/transition-check-2-x": 500',
    );
    const summary = renderSummary(outcome, testContext());
    assert.match(summary, /^\*\*failed\*\*: could not run, after attempt 1 failed · 31\.0 s/m);
    assert.match(
      summary,
      /\*\*Why:\*\* The check could not run: it stopped in the run\.\n\n<pre>Cannot create VirtualMachine "ktc-7f3a\/transition-check-2-x": 500<\/pre>\n\n\*\*Before it stopped:\*\*\n\n- ❌ Attempt 1 failed: The VM never showed ErrImagePull/,
    );
    assert.match(summary, /### Attempt 1 of 1: ❌ failed/);
    assert.equal(mermaidBlocks(summary).length, 1, 'the attempt keeps its gantt');
    const comment = renderComment(outcome, testContext());
    assert.match(comment, /<details><summary>Timeline of attempt 1 /);
    assert.match(renderIssueBody(outcome, testContext()), /it stopped in the run\./);
  });

  for (const [name, render] of Object.entries({
    summary: renderSummary,
    comment: renderComment,
    issue: renderIssueBody,
  })) {
    it(`keeps a hostile error message inert in the ${name}, with or without attempts`, () => {
      for (const outcome of [preflightErrorOutcome(HOSTILE_ERROR), midRunErrorOutcome()]) {
        const markdown = render(outcome, testContext());
        const prose = markdown.replace(/```mermaid\n[\s\S]*?\n```/g, '');
        assert.doesNotMatch(prose, /<script|<img|<!-- x|\]\(javascript/i);
        assert.doesNotMatch(prose, /`/);
        assert.equal(prose.match(/<pre>/g)?.length, 1);
        assert.equal(prose.match(/<\/pre>/g)?.length, 1, 'the message cannot close its block');
        assert.ok(!prose.includes('\u001b') && !prose.includes('\u202e'));
        const outsideCode = prose.replace(/<(code|pre)>[\s\S]*?<\/\1>/g, '');
        assert.doesNotMatch(outsideCode, /@kubevirt|#123/);
        for (const row of tableRows(markdown)) {
          const cells = row.split('|').length - 2;
          assert.ok(cells === 5 || cells === 6, `row has ${cells} cells: ${row}`);
        }
        // Every line of the message is still there, readable once decoded.
        const [pre] = preBlocks(markdown);
        assert.match(pre!, /^line one\nline two \| cell --> `code` <img src=x/);
        assert.match(pre!, /\n<\/pre><script>alert\(1\)<\/script>\n```\n\| a \| b \| c \|\n/);
      }
    });
  }
});
