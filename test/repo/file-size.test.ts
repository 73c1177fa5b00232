// Files you can read in one sitting: no source file of the product (src/ outside the simulator)
// is longer than 400 lines. A file that grows past it is split along its own seams (a stage's
// parts, a renderer's sections), not cut at line 400.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = new URL('../../', import.meta.url);
export const MAX_LINES = 400;

/** Lines, a last one without its newline included (`wc -l` would leave it out). */
export function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** `path (N lines)` of every file in `files` longer than MAX_LINES. */
export function overLong(files: readonly { path: string; text: string }[]): string[] {
  return files
    .map(({ path, text }) => ({ path, lines: lineCount(text) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ path, lines }) => `${path} (${lines} lines, over ${MAX_LINES})`);
}

function productSources(): { path: string; text: string }[] {
  return readdirSync(new URL('src/', ROOT), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.startsWith(`sim/`))
    .map((file) => join('src', file))
    .sort()
    .map((path) => ({ path, text: readFileSync(new URL(path, ROOT), 'utf8') }));
}

describe('the size of the product files', () => {
  it(`keeps every src/ file outside src/sim/ at ${MAX_LINES} lines or fewer`, () => {
    const sources = productSources();
    assert.ok(sources.length > 100, `${sources.length} files read`);
    assert.ok(
      sources.some(({ path }) => path === join('src', 'report', 'render', 'markdown.ts')),
      'nested folders are read',
    );
    assert.deepEqual(overLong(sources), []);
  });

  it('names a file one line over the limit, and not one at it', () => {
    const lines = (count: number) => 'line\n'.repeat(count);
    assert.deepEqual(
      overLong([
        { path: 'src/at.ts', text: lines(MAX_LINES) },
        { path: 'src/over.ts', text: lines(MAX_LINES + 1) },
        { path: 'src/unterminated.ts', text: lines(MAX_LINES) + 'last' },
      ]),
      [
        `src/over.ts (${MAX_LINES + 1} lines, over ${MAX_LINES})`,
        `src/unterminated.ts (${MAX_LINES + 1} lines, over ${MAX_LINES})`,
      ],
    );
  });
});
