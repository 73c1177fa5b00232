// The golden reports: what the renderers give now for every scenario, compared byte for byte with
// the files under test/golden/ (written by `npm run golden`), so that a change to a report shows
// in a pull request's diff and never goes unnoticed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GOLDEN, GOLDEN_FORMATS, REGENERATE, goldenFiles } from '../support/golden.ts';
import { SCENARIOS } from '../support/scenarios.ts';

/** Where two texts first differ, as `line N`, with both lines. */
export function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((text, index) => text !== got[index]);
  const at = line < 0 ? want.length : line;
  const show = (text: string | undefined) =>
    text === undefined ? '(no such line)' : JSON.stringify(text.slice(0, 200));
  return `line ${at + 1}: golden ${show(want[at])}, now ${show(got[at])}`;
}

describe('golden reports (test/golden/)', () => {
  const files = goldenFiles();

  it('cover every scenario in every golden format', () => {
    assert.equal(files.size, Object.keys(SCENARIOS).length * GOLDEN_FORMATS.length);
    const onDisk = readdirSync(GOLDEN, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(GOLDEN.length))
      .sort();
    const missing = [...files.keys()].filter((path) => !onDisk.includes(path));
    const stale = onDisk.filter((path) => !files.has(path));
    assert.deepEqual(
      { missing, stale },
      { missing: [], stale: [] },
      `test/golden/ does not match the scenarios and formats: ${REGENERATE}`,
    );
  });

  for (const [path, content] of files) {
    it(`${path} is what the renderers give`, () => {
      let golden: string;
      try {
        golden = readFileSync(join(GOLDEN, path), 'utf8');
      } catch {
        assert.fail(`test/golden/${path} is missing: ${REGENERATE}`);
      }
      if (golden !== content) {
        assert.fail(
          `test/golden/${path} differs from what the renderers give now, at ${firstDifference(golden, content)}. If the change is meant, ${REGENERATE} (the diff shows it to reviewers).`,
        );
      }
    });
  }

  it('names the first differing line', () => {
    assert.equal(firstDifference('a\nb\nc', 'a\nB\nc'), 'line 2: golden "b", now "B"');
    assert.equal(firstDifference('a', 'a\nmore'), 'line 2: golden (no such line), now "more"');
  });
});
