// Renders report markdown the way GitHub shows it, in headless Chromium: GitHub-flavoured
// markdown to HTML (marked), every ```mermaid block drawn by mermaid loaded from node_modules
// (no network), GitHub-like styles. Used by the browser test and `npm run screenshots`. What
// runs in the page is github-page.js.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';
import { chromium, type Page } from 'playwright-core';

/** Debian's chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_INSTALL_HINT =
  'the reports are rendered in headless Chromium as GitHub shows them: install it with `apt-get update && apt-get install -y chromium` (.ci/run does), or set CHROMIUM_PATH';

/** GitHub's comment column, and one screen of it. */
export const SCREEN = { width: 900, height: 900 };

const require = createRequire(import.meta.url);
const MERMAID_SCRIPT = join(
  require.resolve('mermaid/package.json'),
  '..',
  'dist',
  'mermaid.min.js',
);
const PAGE_SCRIPT = fileURLToPath(new URL('github-page.js', import.meta.url));

const STYLE = `
  body { margin: 0; padding: 16px 24px; background: #fff; color: #1f2328;
    font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
  h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
  h3 { font-size: 1.25em; margin: 0 0 16px; }
  p, table, pre, details, blockquote { margin: 0 0 16px; }
  code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 85%; }
  code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; white-space: pre; }
  pre code { background: none; padding: 0; }
  table { border-collapse: collapse; display: block; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; }
  blockquote { border-left: .25em solid #d1d9e0; color: #59636e; padding: 0 1em; }
  sub { font-size: 12px; color: #59636e; }
  a { color: #0969da; text-decoration: none; }
  .terminal { background: #0d1117; color: #e6edf3; font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace;
    padding: 12px 16px; border-radius: 6px; white-space: pre; margin: 0; }
`;

/** What github-page.js offers in the page. */
interface PageApi {
  render(html: string, openDetails: boolean): Promise<string[]>;
  renderTerminal(text: string): void;
  measure(): { firstScreenHeight: number; bottom: number };
  contents(): { text: string; links: string[]; smuggled: number; diagrams: number };
  pathRows(): { state: string; lasted: string; bold: boolean }[];
  ganttTask(prefix: string): { label?: string; classes: string; width: number; ticks: string[] };
  xycharts(): {
    title: string;
    xLabels: string[];
    /** Each line's stroke colour (`#rrggbb`). */
    strokes: (string | null)[];
    lines: { x: number; y: number }[][];
    width: number;
  }[];
}

/** One browser, one page, for a whole run of renderings; close it at the end. */
export interface GitHubRenderer {
  /** Shows markdown in place of the last rendering; `problems` lists every mermaid error. */
  render(markdown: string, options?: { openDetails?: boolean }): Promise<Rendered>;
  /** Shows plain terminal text (the CLI) as a dark terminal. */
  renderTerminal(text: string): Promise<Rendered>;
  /** Asks the page about the current rendering. */
  ask<K extends keyof PageApi>(
    question: K,
    ...args: Parameters<PageApi[K]>
  ): Promise<Awaited<ReturnType<PageApi[K]>>>;
  close(): Promise<void>;
}

export interface Rendered {
  /** Mermaid parse or render errors, one per diagram that could not be drawn. */
  problems: string[];
  /** Height in CSS pixels of what shows before the first `<details>` (all of it when none). */
  firstScreenHeight: number;
  /** Writes a PNG of the first screen, or of one element (`selector`). */
  screenshot(path: string, options?: { selector?: string }): Promise<void>;
}

/** Launches Chromium, or throws with the install hint when it is not there. */
export async function launchGitHubRenderer(): Promise<GitHubRenderer> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: ${CHROMIUM_INSTALL_HINT}`);
  }
  // A fresh profile (--user-data-dir) for every run: nothing of an earlier run is reused.
  const profile = await mkdtemp(join(tmpdir(), 'ktc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: SCREEN,
    deviceScaleFactor: 1,
  });
  try {
    // Nothing leaves the machine: a report loads nothing, mermaid comes from node_modules.
    await context.route(/^(?!about:|data:)/, (route) => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body><main id="report"></main></body></html>`,
    );
    await page.addScriptTag({ path: MERMAID_SCRIPT });
    await page.addScriptTag({ path: PAGE_SCRIPT });
    return renderer(page, new Marked({ gfm: true }), async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    });
  } catch (error) {
    await context.close();
    throw error;
  }
}

function renderer(page: Page, marked: Marked, close: () => Promise<void>): GitHubRenderer {
  const ask: GitHubRenderer['ask'] = (question, ...args) =>
    page.evaluate(
      ([name, values]) => {
        const api = (globalThis as unknown as { ktcReport: PageApi }).ktcReport;
        return (api[name] as (...a: unknown[]) => unknown)(...values);
      },
      [question, args] as const,
    ) as never;
  const rendered = async (problems: string[]): Promise<Rendered> => {
    const { firstScreenHeight, bottom } = await ask('measure');
    return {
      problems,
      firstScreenHeight,
      async screenshot(path, options = {}) {
        if (options.selector) {
          await page.locator(options.selector).first().screenshot({ path });
          return;
        }
        const height = Math.min(SCREEN.height, Math.ceil(bottom + 16));
        await page.screenshot({ path, clip: { x: 0, y: 0, width: SCREEN.width, height } });
      },
    };
  };
  return {
    async render(markdown, options = {}) {
      const html = await marked.parse(markdown);
      return rendered(await ask('render', html, options.openDetails ?? false));
    },
    async renderTerminal(text) {
      await ask('renderTerminal', text);
      return rendered([]);
    },
    ask,
    close,
  };
}
