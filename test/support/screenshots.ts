// The README's pictures (docs/images/*.png) and what each one draws: which check's outcome,
// rendered how. `npm run screenshots` runs the checks, renders them and records every
// picture's input in docs/images/screenshots.json; test/repo/screenshots.test.ts renders the same
// inputs again from the recorded outcomes with today's renderers and fails when one differs
// (the picture is stale: run `npm run screenshots`). Inputs are compared, never pixels.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../src/demo.ts';
import type { CheckOutcome, CheckResult } from '../../src/outcome.ts';
import type { ReportContext } from '../../src/report/render/context.ts';
import { renderComment, renderSummary } from '../../src/report/render/markdown.ts';
import { renderTerminal } from '../../src/report/render/terminal.ts';

export const IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));
export const MANIFEST = `${IMAGES}screenshots.json`;

/** A check the pictures show: the demo scenario it runs and the result it must have. */
export const CHECKS = {
  passed: { scenario: 'missing-image', result: 'passed' },
  failed: { scenario: 'running', result: 'failed' },
} as const satisfies Record<string, { scenario: Scenario; result: CheckResult }>;
export type CheckKey = keyof typeof CHECKS;

export type Rendering = 'summary' | 'summary-details' | 'comment' | 'terminal';

export interface Shot {
  file: string;
  check: CheckKey;
  rendering: Rendering;
  /** Only this element of the page (the gantt), else the first screen. */
  selector?: string;
}

export const SHOTS: readonly Shot[] = [
  { file: 'summary.png', check: 'passed', rendering: 'summary' },
  {
    file: 'gantt.png',
    check: 'passed',
    rendering: 'summary-details',
    selector: '#report div.mermaid',
  },
  { file: 'comment-failed.png', check: 'failed', rendering: 'comment' },
  { file: 'cli.png', check: 'passed', rendering: 'terminal' },
];

/** One recorded check: its outcome (without the diagnostics' files) and report context. */
export interface Recorded {
  outcome: CheckOutcome;
  context: ReportContext;
}

export interface Manifest {
  note: string;
  checks: Record<CheckKey, Recorded>;
  /** Per picture: the sha256 of the text it was drawn from, and of the PNG itself. */
  shots: Record<string, { input: string; png: string }>;
}

/** The text a picture is drawn from: markdown (summary, comment) or the terminal's text. */
export function shotInput(shot: Shot, { outcome, context }: Recorded): string {
  switch (shot.rendering) {
    case 'summary':
    case 'summary-details':
      return renderSummary(outcome, context);
    case 'comment':
      return renderComment(outcome, context);
    case 'terminal':
      return renderTerminal(outcome, context, { width: 110 });
  }
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}
