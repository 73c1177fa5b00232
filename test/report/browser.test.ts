// The reports as a reader sees them: the summary, the PR comment and the nightly issue of every
// scenario rendered like GitHub (markdown to HTML, mermaid drawn) in headless Chromium. It fails
// on a mermaid error, a first screen longer than a screen, a runner path in the comment, a 1 ms
// state without a visible mark, or markup that a hostile string smuggled in. Screenshots of each
// first screen are written to a temporary folder named in the output.
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CheckOutcome } from '../../src/outcome.ts';
import { renderComment, renderIssueBody, renderSummary } from '../../src/report/markdown.ts';
import { SCREEN, launchGitHubRenderer, type GitHubRenderer } from '../support/github-render.ts';
import {
  HOSTILE,
  cleanPassOutcome,
  flakyOutcome,
  gapOutcome,
  hostileOutcome,
  longOutcome,
  passedOutcome,
  polledOutcome,
  preflightErrorOutcome,
  runningOutcome,
  testContext,
  unschedulableOutcome,
} from '../support/outcomes.ts';

const SCENARIOS: Record<string, () => CheckOutcome> = {
  pass: cleanPassOutcome,
  flaky: flakyOutcome,
  running: runningOutcome,
  unschedulable: unschedulableOutcome,
  'could-not-run': preflightErrorOutcome,
  gap: gapOutcome,
  polled: polledOutcome,
  '1ms-state': passedOutcome,
  hostile: hostileOutcome,
  'timeline-1000': () => longOutcome(40, 1000),
};

const RENDERINGS = {
  summary: renderSummary,
  comment: renderComment,
  issue: renderIssueBody,
};

/** Local paths of a runner, which no reader of a comment can open. */
const RUNNER_PATH = /\/home\/runner|\/tmp\/runner|\/github\/workspace|RUNNER_TEMP|\/_work\//;

describe('reports rendered as GitHub shows them, in headless Chromium', () => {
  // Launched once for every test; without Chromium each test fails with the install hint.
  let launched: Promise<GitHubRenderer>;
  let shots: string;

  before(async () => {
    launched = launchGitHubRenderer();
    launched.catch(() => {});
    shots = await mkdtemp(join(tmpdir(), 'ktc-report-screenshots-'));
    console.log(`Screenshots of every first screen: ${shots}`);
  });
  after(async () => (await launched.catch(() => undefined))?.close());

  for (const [scenario, build] of Object.entries(SCENARIOS)) {
    it(`${scenario}: summary, comment and issue draw, fit a screen before <details>, and stay inert`, async () => {
      const context =
        scenario === 'hostile'
          ? testContext({ checkName: HOSTILE.checkName, image: HOSTILE.image })
          : testContext();
      const renderer = await launched;
      for (const [kind, render] of Object.entries(RENDERINGS)) {
        const markdown = render(build(), context);
        const page = await renderer.render(markdown);
        const where = `${scenario} ${kind}`;
        assert.deepEqual(page.problems, [], `${where}: mermaid could not draw a diagram`);
        const dom = await renderer.ask('contents');
        assert.equal(dom.diagrams, (markdown.match(/^```mermaid$/gm) ?? []).length, where);
        assert.ok(
          page.firstScreenHeight <= SCREEN.height,
          `${where}: ${Math.round(page.firstScreenHeight)} px before the first <details>, more than a screen (${SCREEN.height} px)`,
        );
        assert.equal(dom.smuggled, 0, `${where}: markup from a string reached the page`);
        assert.ok(!dom.links.some((href) => /^\s*javascript:/i.test(href)), where);
        if (kind === 'comment') {
          assert.doesNotMatch(`${dom.text}\n${dom.links.join('\n')}`, RUNNER_PATH, where);
        }
        await page.screenshot(join(shots, `${scenario}-${kind}.png`));
      }
    });
  }

  it('marks the 1 ms ErrImagePull in the path table and draws it as a diamond', async () => {
    const renderer = await launched;
    const page = await renderer.render(renderSummary(passedOutcome(), testContext()), {
      openDetails: true,
    });
    const marks = await renderer.ask('pathRows');
    const short = marks.filter((row) => row.lasted.startsWith('1 ms'));
    assert.equal(short.length, 2, JSON.stringify(marks));
    for (const row of short) {
      assert.ok(row.lasted.endsWith('⚡') && row.bold, `no visible mark: ${JSON.stringify(row)}`);
    }
    const gantt = await renderer.ask('ganttTask', 'step 1 ErrImagePull');
    assert.equal(gantt.label, 'step 1 ErrImagePull 1 ms');
    assert.match(gantt.classes, /milestone/);
    assert.ok(gantt.width >= 8, `the diamond is ${gantt.width} px wide`);
    // A readable axis: distinct ticks (not 00:00 on every one).
    assert.ok(
      gantt.ticks.length >= 3 && new Set(gantt.ticks).size === gantt.ticks.length,
      gantt.ticks.join(' '),
    );
    assert.deepEqual(page.problems, []);
  });
});
