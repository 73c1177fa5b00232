// docs/reliability.md and the tests stay in step: every test its table names exists, and every
// test file tagged as holding fault tests is named in the table.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const DOC = 'docs/reliability.md';
const TAG = '// Fault tests: docs/reliability.md';

/** `file › test name` of every row of the table (a cell may name several, each in backticks). */
function namedTests(): { file: string; name: string }[] {
  const rows = readFileSync(DOC, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1);
  assert.ok(rows.length > 0, `${DOC} has a table`);
  return rows.flatMap((row) => {
    const cells = row.split(' | ');
    const refs = [...(cells.at(-1) ?? '').matchAll(/`([^`]+?) › ([^`]+)`/g)];
    assert.ok(refs.length > 0, `this row names no test as \`file › test name\`: ${row}`);
    return refs.map(([, file, name]) => ({ file: file!, name: name! }));
  });
}

/** A test's name as written: a literal, or a template whose `${…}` parts match anything. */
function testNames(source: string): { literal?: string; pattern?: RegExp }[] {
  const calls = source.matchAll(/\b(?:it|test)\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g);
  return [...calls].map(([, quote, raw]) => {
    const text = raw!.replace(/\\(.)/g, '$1');
    if (quote !== '`' || !text.includes('${')) return { literal: text };
    const parts = text
      .split(/\$\{[^}]*\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return { pattern: new RegExp(`^${parts.join('.+')}$`) };
  });
}

function testFiles(dir = 'test'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe(DOC, () => {
  it('names only tests that exist', () => {
    const missing = namedTests().filter(({ file, name }) => {
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        return true;
      }
      return !testNames(source).some(
        (test) => test.literal === name || test.pattern?.test(name) === true,
      );
    });
    assert.deepEqual(
      missing.map(({ file, name }) => `${file} › ${name}`),
      [],
      'the table names tests that do not exist (renamed?)',
    );
  });

  it('names every test file tagged as holding fault tests', () => {
    const named = new Set(namedTests().map(({ file }) => file));
    const tagged = testFiles().filter((file) =>
      readFileSync(file, 'utf8').split('\n').includes(TAG),
    );
    assert.ok(tagged.length > 0, `no test file carries '${TAG}'`);
    assert.deepEqual(
      tagged.filter((file) => !named.has(file)),
      [],
      `tagged with '${TAG}' but not in the table of ${DOC}`,
    );
  });

  it('finds the test names a file writes, literal or built in a loop', () => {
    const names = testNames(
      "it('plain one', () => {});\nit(`rejects ${what} at column ${column}`, () => {});\nit('it\\'s quoted', x);",
    );
    assert.equal(names[0]?.literal, 'plain one');
    assert.ok(names[1]?.pattern?.test('rejects a dangling arrow at column 16'));
    assert.ok(!names[1]?.pattern?.test('rejects at column'));
    assert.equal(names[2]?.literal, "it's quoted");
  });
});
