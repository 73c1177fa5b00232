// `npm run screenshots`: the README gallery, rendered the way the browser test renders reports.
// Runs the real check on the simulated cluster (a missing image: passes; an image that exists:
// fails), renders its job summary, its PR comment and the CLI's table as GitHub and a terminal
// show them, in headless Chromium, and writes docs/images/*.png (first screens only, kept small).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readConfig } from '../src/config.ts';
import type { InputName } from '../src/contract.ts';
import { demoSettings, demoTuning, startDemoCluster, type Scenario } from '../src/demo.ts';
import type { CheckOutcome } from '../src/outcome.ts';
import { reportContext, type ReportContext } from '../src/report/context.ts';
import { renderComment, renderSummary } from '../src/report/markdown.ts';
import { renderTerminal } from '../src/report/terminal.ts';
import { runCheck } from '../src/run.ts';
import { launchGitHubRenderer } from '../test/support/github-render.ts';

const images = fileURLToPath(new URL('../docs/images/', import.meta.url));
/** A pull request run, so that the commit and the run are linked as on GitHub. */
const RUN_ENV = {
  GITHUB_REPOSITORY: 'acme/kubevirt',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_JOB: 'transition',
};

async function check(
  scenario: Scenario,
  checkName: string,
): Promise<{ outcome: CheckOutcome; context: ReportContext }> {
  const demo = await startDemoCluster(demoSettings({ scenario, seed: '7' }), () => {});
  try {
    const inputs: Partial<Record<InputName, string>> = {
      kubeconfig: demo.kubeconfigPath,
      'check-name': checkName,
    };
    const config = readConfig((name: InputName) => inputs[name] ?? '', {
      RUNNER_TEMP: join(images, '..'),
    });
    const quiet = {
      log: () => {},
      warn: () => {},
      group: <T>(_title: string, work: () => Promise<T>) => work(),
    };
    const outcome = await runCheck(config, quiet, demoTuning(demo.timeScale));
    return { outcome, context: reportContext(config, RUN_ENV, outcome) };
  } finally {
    await demo.stop();
  }
}

const pass = await check('missing-image', 'pr-check');
const running = await check('running', 'pr-check');
await mkdir(images, { recursive: true });
const renderer = await launchGitHubRenderer();
try {
  const shots: [string, () => ReturnType<typeof renderer.render>][] = [
    ['summary.png', () => renderer.render(renderSummary(pass.outcome, pass.context))],
    [
      'gantt.png',
      () => renderer.render(renderSummary(pass.outcome, pass.context), { openDetails: true }),
    ],
    ['comment-failed.png', () => renderer.render(renderComment(running.outcome, running.context))],
    [
      'cli.png',
      () => renderer.renderTerminal(renderTerminal(pass.outcome, pass.context, { width: 110 })),
    ],
  ];
  for (const [file, render] of shots) {
    const page = await render();
    if (page.problems.length > 0) throw new Error(`${file}: ${page.problems.join('; ')}`);
    await page.screenshot(join(images, file), {
      selector: file === 'gantt.png' ? '#report div.mermaid' : undefined,
    });
    console.log(join(images, file));
  }
} finally {
  await renderer.close();
}
