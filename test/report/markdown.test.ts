import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_BYTES,
  commentMarker,
  renderComment,
  renderIssueBody,
  renderSummary,
} from '../../src/report/render/markdown.ts';
import { renderTerminal } from '../../src/report/render/terminal.ts';
import { MERMAID_MAX_CHARS } from '../../src/report/render/mermaid.ts';
import type { StateEntry } from '../../src/observe/types.ts';
import type { CheckOutcome } from '../../src/outcome.ts';
import {
  HOSTILE,
  HOSTILE_ERROR,
  flakyOutcome,
  hostileOutcome,
  longOutcome,
  midRunErrorOutcome,
  passedOutcome,
  preflightErrorOutcome,
  pullFailureTimeline,
  attempt,
  state,
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

/** Everything before the first `<details>`: what a reader sees without a click. */
function firstScreen(markdown: string): string {
  const at = markdown.indexOf('<details>');
  return at < 0 ? markdown : markdown.slice(0, at);
}

describe('renderSummary', () => {
  it('starts with the result, then one sentence: steps, witness, how, how long, attempt, commit, run', () => {
    const summary = renderSummary(passedOutcome(), testContext());
    const [heading, , sentence] = summary.split('\n');
    assert.equal(heading, '## ✅ KubeVirt transition check <code>pr-check</code>: passed');
    assert.equal(
      sentence,
      '**All 4 steps of** <code>ErrImagePull -&#62; ImagePullBackOff -&#62; ErrImagePull -&#62; ImagePullBackOff</code> **seen on the VM by watch** in 25.4 s (attempt 1 of 2) · commit <a href="https://github.com/acme/kubevirt/commit/0123456789abcdef0123456789abcdef01234567"><code>0123456</code></a> · <a href="https://github.com/acme/kubevirt/actions/runs/9001/attempts/1">workflow run</a>',
    );
  });

  it('puts weaker evidence in the heading: polled, proven by Event counts', () => {
    const polled = passedOutcome();
    polled.attempts[0]!.verdict.matched[0]!.seenBy = 'poll';
    assert.match(renderSummary(polled, testContext()), /^## ✅ .*: passed \(polled\)$/m);
    assert.match(renderSummary(polled, testContext()), /seen on the VM by poll and watch\*\* in/);
    const counted = flakyOutcome();
    counted.attempts[1]!.verdict.matched[2] = {
      ...counted.attempts[1]!.verdict.matched[2]!,
      witness: 'event',
      seenBy: 'event',
      byEventCount: true,
      count: 2,
    };
    const summary = renderSummary(counted, testContext());
    assert.match(summary, /^## ⚠️ .*: flaky \(proven by Event counts\)$/m);
    assert.match(
      summary,
      /\| 3 \| ✅ <code>ErrImagePull<\/code> \| \+10\.421 s \| \(an Event\) \| {2}\| event · event count ×2 · rv 1028 \|/,
    );
    assert.match(summary, /\*\*seen on the VM and Events by watch and Event count\*\*/);
    // The terminal's heading says the same as the summary's.
    assert.match(
      renderTerminal(counted, testContext()).split('\n')[0]!,
      /: FLAKY \(proven by Event counts\) \(2 attempts of 2 allowed/,
    );
    assert.match(
      renderTerminal(polled, testContext()).split('\n')[0]!,
      /: PASSED \(polled\) \(1 attempt of 2 allowed/,
    );
  });

  it('keeps the first screen short: heading, sentence and path table; the rest folded', () => {
    for (const outcome of [passedOutcome(), flakyOutcome(), unschedulableOutcome()]) {
      const first = firstScreen(renderSummary(outcome, testContext()));
      assert.doesNotMatch(first, /```mermaid|\| time \||Explanation|Pull error message/);
      assert.ok(first.split('\n').length <= 14, first);
    }
  });

  it('says how long each matched state lasted, and marks one too short to see with ⚡', () => {
    const summary = renderSummary(passedOutcome(), testContext());
    assert.match(
      summary,
      /\| # \| state \| at \| lasted \| 1 s polling misses it \| seen by \|\n\| ---: \| --- \| ---: \| ---: \| ---: \| --- \|\n\| 1 \| ✅ <code>ErrImagePull<\/code> \| \+0\.416 s \| \*\*1 ms\*\* ⚡ \| 99\.9 % \| vm · watch · rv 1022 \|\n\| 2 \| ✅ <code>ImagePullBackOff<\/code> \| \+0\.417 s \| 10\.0 s \| 0 % \| vm · watch · rv 1023 \|/,
    );
    assert.match(
      summary,
      /\| 4 \| ✅ <code>ImagePullBackOff<\/code> \| \+10\.422 s \| \(at end\) \|/,
    );
    // 10 s of a 25 s attempt is no reason for a mark.
    assert.doesNotMatch(summary, /10\.0 s\*\* ⚡/);
  });

  it('says which attempt failed before the pass of a flaky check, folded with its reason', () => {
    const summary = renderSummary(flakyOutcome(), testContext());
    assert.match(summary, /in 25\.4 s \(attempt 2 of 2, after attempt 1 failed\)/);
    assert.match(
      summary,
      /<details><summary>Attempt 1 of 2: ❌ failed · The VM never showed ErrImagePull before the first ImagePullBackOff&#58; virt-controller coalesced it\./,
    );
    assert.match(
      summary,
      /\| 3 \| ❌ <code>ErrImagePull<\/code> \| not seen \| \| \| seen instead: <code>ImagePullBackOff<\/code> \|/,
    );
  });

  it('tables every entry in a fold, with short object names and a repeated message once', () => {
    const outcome = passedOutcome();
    const summary = renderSummary(outcome, testContext());
    const rows = tableRows(summary.slice(summary.indexOf('| time |')));
    assert.equal(rows.length, 2 + outcome.attempts[0]!.timeline.entries.length);
    assert.ok(rows.includes('| +0.416 s | <code>ErrImagePull</code> | vm | watch |  |'));
    assert.ok(
      rows.some(
        (row) =>
          row.startsWith(
            '| +0.414 s | <code>ErrImagePull</code> | event <code>virt-launcher-…-x7k2p</code> |',
          ) && row.includes('| event ×1 | Failed&#58; Failed to pull image "registry.invalid'),
      ),
    );
    // The VMI repeats the pod's message: once is enough.
    assert.ok(
      rows.includes(
        '| +0.415 s | <code>ErrImagePull</code> | vmi | watch | 〃 same as at +0.412 s |',
      ),
    );
    assert.ok(
      rows.some((row) =>
        row.startsWith(
          '| +5.000 s | ⚠️ watch gap | <code>virtualmachines</code> | expired, 120 ms |',
        ),
      ),
    );
    assert.match(
      summary,
      /<details><summary>Timeline of attempt 1: gantt and 21 entries \(vm, vmi, pod, Events\)<\/summary>/,
    );
  });

  it('caps the timeline table at 100 rows, first and last, and says how many were left out', () => {
    const summary = renderSummary(longOutcome(40, 1000), testContext());
    const rows = tableRows(summary.slice(summary.indexOf('| time |')));
    assert.equal(rows.length, 2 + 100 + 1);
    assert.match(
      summary,
      /\| … \| \d+ more rows \| \| \| the whole timeline is in the timeline JSON \|/,
    );
  });

  it('folds gaps and polled stretches, counted in the line that shows', () => {
    const withGaps = renderSummary(passedOutcome(), testContext());
    assert.match(
      withGaps,
      /<details><summary>⚠️ 1 watch gap, 1 polled stretch: states there may have been missed or seen late<\/summary>/,
    );
    assert.match(
      withGaps,
      /- watch gap on <code>virtualmachines<\/code> from \+5\.000 s to \+5\.120 s \(120 ms\): the watch expired \(410 Gone\) and relisted; watch from resourceVersion 1031/,
    );
    assert.match(
      withGaps,
      /- polled <code>pods<\/code> every 100 ms from \+6\.000 s to \+6\.900 s/,
    );
    assert.doesNotMatch(renderSummary(flakyOutcome(), testContext()), /watch gap/);
  });

  it('names the cause a gap carries, whatever it is, in its own words', () => {
    const outcome = passedOutcome();
    const gap = outcome.attempts[0]!.timeline.entries.find((entry) => entry.kind === 'gap')!;
    if (gap.kind === 'gap') gap.cause = 'server-error';
    const summary = renderSummary(outcome, testContext());
    assert.match(summary, /\(120 ms\): the API server answered with errors \(5xx\)/);
    assert.doesNotMatch(summary, /forbidden/);
  });

  it('says why a failure happened on the first screen: the explanation and the likely cause', () => {
    const first = firstScreen(renderSummary(unschedulableOutcome(), testContext()));
    assert.match(
      first,
      /\*\*Step 1 \(<code>ErrImagePull<\/code>\) of\*\* <code>.*<\/code> \*\*never came on the VM\*\* \(it showed <code>ErrorUnschedulable<\/code> instead\) in 10m \(attempt 1 of 2\)/,
    );
    assert.match(
      first,
      /\*\*Why:\*\* The VM became ErrorUnschedulable .* {2}\n\*\*Likely cause:\*\* No node offers \/dev\/kvm/,
    );
  });

  it('has the verdict in full in a fold: decision, causes, caveats, the pull message', () => {
    const summary = renderSummary(unschedulableOutcome(), testContext());
    assert.match(
      summary,
      /\*\*Decided\*\* at \+0\.900 s: <code>ErrorUnschedulable<\/code> \(vm\) rules out <code>ErrImagePull<\/code>, <code>ImagePullBackOff<\/code>\./,
    );
    assert.match(
      summary,
      /\*\*Pull error message:\*\* none was observed \(it had to match <code>registry<\/code>\)\./,
    );
    assert.match(
      summary,
      /\*\*Known causes:\*\*\n\n- No node offers \/dev\/kvm and useEmulation is off/,
    );
    const flaky = renderSummary(flakyOutcome(), testContext());
    assert.match(flaky, /\*\*Caveats:\*\*\n\n- The pod witness saw ErrImagePull/);
  });

  it('links the run, the artifacts and how to read the report, never a runner path', () => {
    const summary = renderSummary(passedOutcome(), testContext(), {
      commentUrl: 'https://github.com/acme/kubevirt/pull/7#issuecomment-1',
      notes: ['The PR comment was not written.'],
    });
    const footer = summary.trimEnd().split('\n').at(-1)!;
    assert.match(footer, /^<sub>pull error <code>…[^<]+<\/code> matched the image · /);
    assert.ok(
      footer.endsWith(
        ` · <a href="https://github.com/acme/kubevirt/pull/7#issuecomment-1">PR comment</a> · <code>timeline.json</code> and <code>junit.xml</code> in the <a href="https://github.com/acme/kubevirt/actions/runs/9001/attempts/1#artifacts">run's artifacts</a> when the workflow uploads them · <a href="https://github.com/kubevirt-transition-check/kubevirt-transition-check#reading-the-report">how to read this report</a></sub>`,
      ),
      footer,
    );
    assert.match(footer, /<code>…dial tcp: lookup registry\.invalid: no such host<\/code>/);
    assert.doesNotMatch(summary, /\/tmp\/runner/);
    assert.match(firstScreen(summary), /> \[!NOTE\]\n> The PR comment was not written\./);
  });

  it('draws a gantt with a readable axis, the witness first, the steps red and short states as diamonds', () => {
    const outcome = passedOutcome();
    const [gantt] = mermaidBlocks(renderSummary(outcome, testContext()));
    assert.ok(gantt);
    const lines = gantt.split('\n');
    assert.deepEqual(lines.slice(0, 5), [
      'gantt',
      '  dateFormat HH:mm:ss.SSS',
      '  axisFormat %S.%Ls',
      '  tickInterval 5second',
      '  todayMarker off',
    ]);
    assert.deepEqual(
      lines.filter((line) => line.startsWith('  section')),
      [
        '  section vm (witness)',
        '  section vmi',
        '  section pod',
        '  section events',
        '  section gaps',
        '  section polled',
      ],
    );
    assert.ok(lines.includes('    step 1 ErrImagePull 1 ms :crit, milestone, 00:00:00.416, 0ms'));
    assert.ok(
      lines.includes('    step 2 ImagePullBackOff 10.0 s :crit, 00:00:00.417, 00:00:10.421'),
    );
    assert.ok(
      lines.includes('    step 4 ImagePullBackOff 15.0 s to end :crit, 00:00:10.422, 00:00:25.422'),
    );
    assert.ok(lines.includes('    Failed ErrImagePull x2 :milestone, 00:00:10.419, 0ms'));
    assert.ok(
      lines.includes('    virtualmachines expired 120 ms :active, milestone, 00:00:05.000, 0ms'),
    );
    assert.ok(lines.includes('    pods every 100 ms :done, 00:00:06.000, 00:00:06.900'));
    assert.doesNotMatch(gantt, /shown wider|until end|\b(\w+) \1\b/);
    // The axis has its 0: a diamond at the start, first in the witness's section.
    assert.equal(
      lines[lines.indexOf('  section vm (witness)') + 1],
      '    start :milestone, 00:00:00.000, 0ms',
    );
  });

  it("draws the Events of the path's states only, each count once, not the kubelet's bookkeeping", () => {
    const outcome = passedOutcome();
    const attempt = outcome.attempts[0]!;
    const pullEvent = attempt.timeline.entries.find(
      (entry): entry is StateEntry => entry.kind === 'state' && entry.witness === 'event',
    )!;
    attempt.timeline.entries.push(
      { ...pullEvent, atMs: 50, state: 'Scheduled', reason: 'Scheduled', count: 1 },
      { ...pullEvent, atMs: 60, state: 'Pulled', reason: 'Pulled', count: 1 },
      // The same count again (another witness entry of one Event): drawn once.
      { ...pullEvent, atMs: pullEvent.atMs + 1 },
    );
    attempt.timeline.entries.sort((a, b) => a.atMs - b.atMs);
    const [gantt] = mermaidBlocks(renderSummary(outcome, testContext()));
    const events = gantt!.slice(gantt!.indexOf('section events')).split('  section')[0]!;
    assert.deepEqual(events.split('\n').slice(1).filter(Boolean), [
      '    Failed ErrImagePull :milestone, 00:00:00.414, 0ms',
      '    Failed ErrImagePull x2 :milestone, 00:00:10.419, 0ms',
    ]);
  });

  it('puts the chosen witness first, reads minutes on a long attempt, and says "at end" and "<1 ms"', () => {
    const outcome = unschedulableOutcome();
    const only = outcome.attempts[0]!;
    only.verdict.witness = 'pod';
    only.timeline.entries.push(state(600_000, 'vm', 'Stopping', only.vm));
    only.timeline.entries.push(state(901, 'vm', 'Scheduling', only.vm));
    only.timeline.entries.sort((a, b) => a.atMs - b.atMs);
    const [gantt] = mermaidBlocks(renderSummary(outcome, testContext()));
    assert.ok(gantt);
    assert.match(gantt, /axisFormat %M:%S\n {2}tickInterval 2minute\n/);
    assert.match(gantt, /section pod \(witness\)\n[\s\S]*section vm\n/);
    assert.match(gantt, /Stopping at end :milestone, 00:10:00\.000, 0ms/);
    assert.match(gantt, /ErrorUnschedulable 1 ms :milestone/);
    only.timeline.entries.push(
      state(600_000, 'vmi', 'A', only.vm),
      state(600_000, 'vmi', 'B', only.vm),
    );
    only.timeline.entries.sort((a, b) => a.atMs - b.atMs);
    assert.match(
      mermaidBlocks(renderSummary(outcome, testContext()))[0]!,
      /\n {4}A <1 ms :milestone/,
    );
  });
});

describe('renderComment', () => {
  it('has the same first screen, the details folded, and ends with the marker of its check', () => {
    const comment = renderComment(flakyOutcome(), testContext());
    assert.match(
      comment,
      /^### ⚠️ KubeVirt transition check <code>pr-check<\/code>: flaky\n\n\*\*All 4 steps/,
    );
    assert.match(comment, /\| 4 \| ✅ <code>ImagePullBackOff<\/code>/);
    assert.match(comment, /<details><summary>Timeline of attempt 2: gantt and 19 entries/);
    assert.match(comment, /```mermaid\ngantt/);
    assert.ok(comment.endsWith(`\n${commentMarker('pr-check')}`));
    assert.doesNotMatch(comment, /\/tmp\/runner|\/home\/runner/);
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
        /^( {2}section [^:;#%{}<>"]+| {2}dateFormat HH:mm:ss\.SSS| {2}axisFormat %S\.%Ls| {2}tickInterval \d+(millisecond|second|minute|hour)| {2}todayMarker off| {4}[^:;#%{}<>"]+( <1 ms)? :((active|crit|done), )?(milestone, )?\d\d:\d\d:\d\d\.\d{3}, (\d\d:\d\d:\d\d\.\d{3}|0ms))$/,
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

describe("the comment's limit", () => {
  it('counts the marker and a long check name: under 65,536 characters with a 20,000-character name', () => {
    for (const checkName of ['x'.repeat(20_000), '|'.repeat(20_000), 'a'.repeat(69)]) {
      const context = testContext({ checkName });
      for (const outcome of [unschedulableOutcome(), midRunErrorOutcome()]) {
        const comment = renderComment(outcome, context);
        assert.ok(comment.length <= COMMENT_MAX_CHARS, `comment ${comment.length} characters`);
        assert.ok(comment.endsWith(commentMarker(checkName)));
        assert.ok(commentMarker(checkName).length < 300);
        assert.ok(renderIssueBody(outcome, context).length <= COMMENT_MAX_CHARS);
      }
    }
    assert.notEqual(commentMarker('x'.repeat(20_000)), commentMarker('x'.repeat(20_001)));
    assert.equal(
      commentMarker('pr-check'),
      '<!-- kubevirt-transition-check:comment key=pr%2Dcheck -->',
      'a short name keeps its readable key, so earlier comments are found again',
    );
  });
});

describe('a check that could not run', () => {
  /** The text of every `<pre>` block, references decoded. */
  const preBlocks = (markdown: string) =>
    [...markdown.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((match) =>
      match[1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))),
    );

  it('keeps the fix in its block whatever backticks it holds', () => {
    const markdown = renderSummary(
      preflightErrorOutcome('Broken. Run: kubectl get ```x``` -o yaml'),
      testContext(),
    );
    assert.match(markdown, /\n\nBroken\. Run&#58;\n\n````sh\nkubectl get ```x``` -o yaml\n````\n/);
  });

  it('says where it stopped, the reason as prose and the fix alone in a block', () => {
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
      assert.match(
        markdown,
        /^\*\*Stopped in the pre-flight checks\*\* after 1\.3 s, before any attempt ran · commit /m,
      );
      assert.match(
        markdown,
        /^The expected path needs ErrImagePull\/ImagePullBackOff, but KubeVirt's ImageVolume feature gate is on \(KubeVirt v1\.9\.0 enables it by default\)&#58; .* Disable the gate&#58;$/m,
      );
      assert.ok(
        markdown.includes(
          'Disable the gate&#58;\n\n```sh\nkubectl -n kubevirt patch kubevirt kubevirt --type=merge -p \'{"spec":{"configuration":{"developerConfiguration":{"disabledFeatureGates":["ImageVolume"]}}}}\'\n```\n',
        ),
        markdown,
      );
      assert.deepEqual(preBlocks(markdown), []);
      assert.deepEqual(mermaidBlocks(markdown), []);
      assert.deepEqual(tableRows(markdown), []);
      assert.doesNotMatch(markdown, /Attempt 1|<details>/);
    }
  });

  it('shows the attempts that completed before a mid-run error', () => {
    const outcome = midRunErrorOutcome(
      'Cannot create VirtualMachine "ktc-7f3a/transition-check-2-x": 500',
    );
    const summary = renderSummary(outcome, testContext());
    assert.match(summary, /^\*\*Stopped in the run\*\* after 31\.0 s, after attempt 1 failed · /m);
    assert.match(
      summary,
      /\n\nCannot create VirtualMachine "ktc-7f3a\/transition-check-2-x"&#58; 500\n\n\| # \| state \|/,
    );
    assert.match(summary, /\| 3 \| ❌ <code>ErrImagePull<\/code> \| not seen \|/);
    assert.equal(mermaidBlocks(summary).length, 1, 'the attempt keeps its gantt');
    const comment = renderComment(outcome, testContext());
    assert.match(comment, /<details><summary>Timeline of attempt 1: /);
    assert.match(renderIssueBody(outcome, testContext()), /Stopped in the run/);
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
