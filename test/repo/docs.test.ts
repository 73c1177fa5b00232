// What README.md and docs/ point a reader to must be there: every relative link (and its #anchor
// in a markdown file), every path under src/, test/, script/, bin/, examples/ or docs/ they name,
// and every `npm run` script. A file moved or renamed without its docs fails here, naming both.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The documents a newcomer reads, relative to the repository's root. */
export function documents(): string[] {
  const docs = readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md'));
  return ['README.md', 'SECURITY.md', 'RELEASING.md', ...docs.map((file) => `docs/${file}`)];
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** A markdown text without its fenced code blocks (a `# comment` there is no heading). */
function prose(text: string): string {
  return text.replace(/^ *```[\s\S]*?^ *```/gm, '');
}

/** The anchors of a markdown text's headings, with GitHub's -1, -2 for repeated ones. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6} +(.+)$/gm)) {
    const base = slug(heading!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

/** Paths of the repository a text names in prose or code: src/..., test/..., and the like. */
const NAMED_PATH = /(?<![\w/.$-])((?:src|test|script|bin|examples|docs)\/[\w./-]*)/g;

/**
 * What `file` (its text given) points to that is not there, one sentence each. `exists` and
 * `read` see the repository; `scripts` are package.json's.
 */
export function brokenReferences(
  file: string,
  text: string,
  exists: (path: string) => boolean,
  read: (path: string) => string,
  scripts: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const [, link] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(link!)) continue;
    const [target = '', anchor] = link!.split('#');
    const path = target ? normalize(join(dirname(file), target)) : file;
    if (!exists(path))
      problems.push(`${file}: the link (${link}) points to ${path}, which is missing`);
    else if (
      anchor &&
      path.endsWith('.md') &&
      !anchors(path === file ? text : read(path)).has(anchor)
    )
      problems.push(
        `${file}: the link (${link}) names #${anchor}, which ${path} has no heading for`,
      );
  }
  for (const [, named] of text.matchAll(NAMED_PATH)) {
    const path = named!.replace(/[.,:;]+$/, '');
    if (!exists(path)) problems.push(`${file}: names ${path}, which is missing`);
  }
  for (const [, script] of text.matchAll(/\bnpm run ([\w:-]+)/g)) {
    if (!scripts.includes(script!))
      problems.push(`${file}: names \`npm run ${script}\`, which package.json lacks`);
  }
  return problems;
}

const exists = (path: string) => existsSync(join(root, path));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
);

describe('README.md and docs/', () => {
  it('point only to files, headings, paths and npm scripts that exist', () => {
    const problems = documents().flatMap((file) =>
      brokenReferences(file, read(file), exists, read, scripts),
    );
    assert.deepEqual(problems, []);
  });

  it('would name a moved file, a lost heading and a missing script', () => {
    const text = [
      'See [the path](docs/expected-path.md) and [its grammar](docs/expected-path.md#no-such-heading),',
      '[usage](#usage), [setup](#setup), the renderer `src/report/markdown.ts` and `test/repo/docs.test.ts`;',
      '`npm run demo` and `npm run no-such-script`.',
      '',
      '## Usage',
    ].join('\n');
    assert.deepEqual(brokenReferences('README.md', text, exists, read, scripts), [
      'README.md: the link (docs/expected-path.md#no-such-heading) names #no-such-heading, which docs/expected-path.md has no heading for',
      'README.md: the link (#setup) names #setup, which README.md has no heading for',
      'README.md: names src/report/markdown.ts, which is missing',
      'README.md: names `npm run no-such-script`, which package.json lacks',
    ]);
  });

  it("reads anchors as GitHub makes them, code blocks' comments aside", () => {
    const text = '## A cluster: `setup: kind`\n## Why\n## Why\n```sh\n# not a heading\n```\n';
    assert.deepEqual([...anchors(text)], ['a-cluster-setup-kind', 'why', 'why-1']);
  });
});
