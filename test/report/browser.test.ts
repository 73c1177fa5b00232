// The reports as a reader sees them: the summary, the PR comment and the nightly issue of every
// scenario rendered like GitHub (markdown to HTML, mermaid drawn) in headless Chromium. It fails
// on a mermaid error, a first screen longer than a screen, a runner path in the comment, a 1 ms
// state without a visible mark, a trend chart without its line, or markup that a hostile string
// smuggled in. Screenshots of each first screen are written to a temporary folder named in the
// output.
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderComment, renderIssueBody, renderSummary } from '../../src/report/render/markdown.ts';
import { trendCharts } from '../../src/report/render/trend-section.ts';
import { SCREEN, launchGitHubRenderer, type GitHubRenderer } from '../support/github-render.ts';
import { passedOutcome, testContext } from '../support/outcomes.ts';
import { DRAWN_SCENARIOS, regressedOutcome } from '../support/scenarios.ts';
import { comparedWith } from '../support/trend.ts';

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

  for (const [scenario, { outcome: build, context: contextOf }] of Object.entries(
    DRAWN_SCENARIOS,
  )) {
    it(`${scenario}: summary, comment and issue draw, fit a screen before <details>, and stay inert`, async () => {
      const context = contextOf();
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
    assert.equal(gantt.ticks[0], '00.000s', `the axis starts at 0: ${gantt.ticks.join(' ')}`);
    assert.deepEqual(page.problems, []);
  });

  it('draws the trend charts: a line through every run, this run on top when it regressed', async () => {
    const renderer = await launched;
    const trend = comparedWith(regressedOutcome());
    const markdown = renderSummary(regressedOutcome(), testContext({ trend }));
    const page = await renderer.render(markdown, { openDetails: true });
    assert.deepEqual(page.problems, []);
    const charts = await renderer.ask('xycharts');
    const sources = trendCharts(trend);
    assert.ok(sources.length >= 2, 'the key metrics have a history to draw');
    assert.equal(charts.length, sources.length, JSON.stringify(charts));
    for (const [index, chart] of charts.entries()) {
      const title = /title "([^"]*)"/.exec(sources[index]!)?.[1];
      assert.equal(chart.title, title);
      assert.deepEqual(chart.xLabels, ['-5', '-4', '-3', '-2', '-1', 'now'], title);
      assert.equal(chart.lines.length, 1, title);
      const points = chart.lines[0]!;
      assert.equal(points.length, 6, `${title}: a point per run, ${JSON.stringify(points)}`);
      assert.ok(
        points.every((point, i) => i === 0 || point.x > points[i - 1]!.x),
        `${title}: the runs from left to right`,
      );
      // SVG y grows downwards: a larger value is drawn higher, this run (50 % slower) on top.
      const values = JSON.parse(/line (\[[^\]]*\])/.exec(sources[index]!)![1]!) as number[];
      for (const [i, point] of points.entries())
        for (const [j, other] of points.entries())
          if (values[i]! > values[j]!)
            assert.ok(point.y < other.y, `${title}: ${values[i]} drawn below ${values[j]}`);
      assert.ok(values.at(-1)! > Math.max(...values.slice(0, -1)), title);
      assert.ok(chart.width > 200, `${title}: ${chart.width} px wide`);
      // A line a reader can see on GitHub's white: WCAG's 3:1 for graphics.
      assert.ok(contrastOnWhite(chart.strokes[0] ?? '') >= 3, `${title}: ${chart.strokes[0]}`);
    }
    assert.doesNotMatch((await renderer.ask('contents')).text, /Syntax error|Parse error/);
    await page.screenshot(join(shots, 'trend-chart.png'), {
      selector: '#report svg[aria-roledescription="xychart"]',
    });
  });
});

/** The contrast ratio of a `#rrggbb` colour against white (WCAG 2 relative luminance). */
function contrastOnWhite(hex: string): number {
  const channels = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!channels) return 0;
  const [r, g, b] = channels.slice(1).map((channel) => {
    const value = parseInt(channel, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}
