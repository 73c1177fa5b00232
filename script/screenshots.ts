// `npm run screenshots`: the README gallery, rendered the way the browser test renders reports.
// Runs the real check on the simulated cluster (a missing image: passes; an image that exists:
// fails), renders its job summary, its PR comment and the CLI's table as GitHub and a terminal
// show them, in headless Chromium, and writes docs/images/*.png (first screens only, kept small)
// with docs/images/screenshots.json, the record test/repo/screenshots.test.ts checks them against.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readConfig } from '../src/config/index.ts';
import type { InputName } from '../src/contract.ts';
import { demoSettings, demoTuning, startDemoCluster, type Scenario } from '../src/demo.ts';
import { reportContext } from '../src/report/render/context.ts';
import { runCheck } from '../src/run.ts';
import { launchGitHubRenderer } from '../test/support/github-render.ts';
import {
  CHECKS,
  IMAGES,
  MANIFEST,
  SHOTS,
  sha256,
  shotInput,
  type CheckKey,
  type Manifest,
  type Recorded,
} from '../test/support/screenshots.ts';

/** A pull request run, so that the commit and the run are linked as on GitHub. */
const RUN_ENV = {
  GITHUB_REPOSITORY: 'acme/kubevirt',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_JOB: 'transition',
};

/**
 * Fonts the pictures need, as fontconfig (which Chromium on Linux asks) knows them: without a
 * colour emoji font Chromium draws ✅ ❌ ⚡ as empty boxes, and without one of GitHub's sans
 * fonts (or Liberation Sans, metric-compatible with Arial and Helvetica) it falls back to a
 * font of other widths and draws spaces and digits from the emoji font; neither fails alone.
 */
const FONTS = [
  {
    what: "the reports' status emoji (✅ U+2705, ❌ U+274C, ⚡ U+26A1)",
    patterns: [':charset=2705 274c 26a1'],
    install: 'Noto Color Emoji (Debian/Ubuntu: apt-get install -y fonts-noto-color-emoji)',
  },
  {
    what: "GitHub's text (Noto Sans, Helvetica, Arial or the metric-compatible Liberation Sans)",
    patterns: ['Noto Sans', 'Helvetica', 'Arial', 'Liberation Sans'].map(
      (name) => `:family=${name}`,
    ),
    install: 'Liberation Sans (Debian/Ubuntu: apt-get install -y fonts-liberation2)',
  },
];

function requireFonts(): void {
  if (process.platform !== 'linux') return;
  const installed = (pattern: string) => {
    const found = spawnSync('fc-list', [pattern, 'family'], { encoding: 'utf8' });
    if (found.error || found.status !== 0) {
      throw new Error('fc-list (fontconfig) did not run: install fontconfig, which Chromium uses');
    }
    return found.stdout.trim() !== '';
  };
  const missing = FONTS.filter(({ patterns }) => !patterns.some(installed));
  if (missing.length > 0) {
    throw new Error(
      `no installed font draws ${missing.map((font) => `${font.what}: install ${font.install}`).join('; nor ')}; then run again`,
    );
  }
}

const REPOSITORY = join(IMAGES, '..', '..');

async function check(scenario: Scenario, checkName: string): Promise<Recorded> {
  const settings = demoSettings({ scenario, seed: '7' });
  const demo = await startDemoCluster(settings, () => {});
  try {
    const inputs: Partial<Record<InputName, string>> = {
      kubeconfig: demo.kubeconfigPath,
      'check-name': checkName,
      // What the demo gives a user who gave none: the scenario's image, its clock's timeout.
      ...(settings.image && { image: settings.image }),
      ...(settings.timeout && { timeout: settings.timeout }),
    };
    const config = readConfig((name: InputName) => inputs[name] ?? '', {
      RUNNER_TEMP: join(IMAGES, '..'),
    });
    const quiet = {
      log: () => {},
      warn: () => {},
      group: <T>(_title: string, work: () => Promise<T>) => work(),
    };
    const outcome = await runCheck(config, quiet, demoTuning(demo.timeScale));
    // The pictures need no diagnostics; the record stays small.
    const { diagnostics: _, ...shown } = outcome;
    const context = reportContext(config, RUN_ENV, outcome);
    // The record is committed: the report files' paths as they are in this repository, not
    // where this machine keeps it.
    const inRepository = (path: string | undefined) => path && relative(REPOSITORY, path);
    return {
      outcome: shown,
      context: {
        ...context,
        junitPath: inRepository(context.junitPath),
        timelinePath: inRepository(context.timelinePath),
      },
    };
  } finally {
    await demo.stop();
  }
}

requireFonts();
const checks = {} as Record<CheckKey, Recorded>;
for (const [key, { scenario, result }] of Object.entries(CHECKS) as [
  CheckKey,
  (typeof CHECKS)[CheckKey],
][]) {
  checks[key] = await check(scenario, 'pr-check');
  if (checks[key].outcome.result !== result) {
    throw new Error(
      `the ${scenario} scenario's check ${checks[key].outcome.result}, but its pictures show a check that ${result}`,
    );
  }
}
// What the pictures are drawn from is recorded as JSON: render from its round trip.
const recorded = JSON.parse(JSON.stringify(checks)) as Record<CheckKey, Recorded>;
await mkdir(IMAGES, { recursive: true });
const manifest: Manifest = {
  note: "Written by `npm run screenshots`: the checks the README pictures show, and per picture the sha256 of the text it was drawn from and of the PNG. test/repo/screenshots.test.ts fails when today's renderers draw another text.",
  checks: recorded,
  shots: {},
};
const renderer = await launchGitHubRenderer();
try {
  for (const shot of SHOTS) {
    const input = shotInput(shot, recorded[shot.check]);
    const page =
      shot.rendering === 'terminal'
        ? await renderer.renderTerminal(input)
        : await renderer.render(input, { openDetails: shot.rendering === 'summary-details' });
    if (page.problems.length > 0) throw new Error(`${shot.file}: ${page.problems.join('; ')}`);
    const path = join(IMAGES, shot.file);
    await page.screenshot(path, { selector: shot.selector });
    manifest.shots[shot.file] = { input: sha256(input), png: sha256(await readFile(path)) };
    console.log(path);
  }
} finally {
  await renderer.close();
}
await writeFile(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(MANIFEST);
