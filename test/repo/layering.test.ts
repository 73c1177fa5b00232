// The layers of DESIGN.md, checked on the import graph of src/ (static imports, `export ... from`
// and dynamic `import()`, type-only ones included): no cycle, the simulator independent of the
// product it is the test bed for, @actions/* only at the edges, and a post step that loads
// neither the observer nor the verifier.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every module specifier a TypeScript source names, with the line it is on. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) specifiers.push(match[1]!);
  }
  return specifiers;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file))
    .sort();
}

/** src/a.ts -> the src/ files and the packages it imports. */
function importGraph(): Map<string, { files: string[]; packages: string[] }> {
  const graph = new Map<string, { files: string[]; packages: string[] }>();
  for (const file of sources('src')) {
    const files: string[] = [];
    const packages: string[] = [];
    for (const specifier of importsOf(readFileSync(join(ROOT, file), 'utf8'))) {
      if (specifier.startsWith('.'))
        files.push(relative(ROOT, resolve(ROOT, dirname(file), specifier)));
      else packages.push(specifier);
    }
    graph.set(file, { files, packages });
  }
  return graph;
}

/** One import cycle as a path `a -> b -> a`, or undefined when there is none. */
function findCycle(graph: Map<string, { files: string[] }>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    if (done.has(file)) return undefined;
    path.push(file);
    for (const next of graph.get(file)?.files ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

const graph = importGraph();
const arrows = [...graph].flatMap(([from, { files }]) => files.map((to) => ({ from, to })));

describe('the import graph of src/', () => {
  it('is read from every kind of import (a parser that saw nothing would prove nothing)', () => {
    assert.deepEqual(
      importsOf(
        [
          "import a from './a.ts';",
          "import type { B } from '../b.ts';",
          "import {\n  c,\n  type D,\n} from './c.ts';",
          "export { e } from './e.ts';",
          "export type * from './f.ts';",
          "import './g.ts';",
          "const h = await import('./h.ts');",
          "// import x from './commented.ts';",
          "const text = 'from here';",
        ].join('\n'),
      ),
      ['./a.ts', '../b.ts', './c.ts', './e.ts', './f.ts', './g.ts', './h.ts'],
    );
    assert.ok(
      graph.size > 50 && arrows.length > 100,
      `${graph.size} files, ${arrows.length} arrows`,
    );
    assert.ok(
      graph.get('src/cli.ts')?.files.includes('src/demo.ts'),
      "the CLI's dynamic import of the demo is an arrow",
    );
  });

  it('points only at files that exist', () => {
    const missing = arrows.filter(({ to }) => !graph.has(to));
    assert.deepEqual(missing, []);
  });

  it('has no cycle', () => {
    assert.equal(findCycle(graph)?.join(' -> '), undefined);
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a', { files: ['b'] }],
      ['b', { files: ['c'] }],
      ['c', { files: ['a'] }],
    ]);
    assert.deepEqual(findCycle(looped), ['a', 'b', 'c', 'a']);
  });

  it('keeps the simulator independent of the product: src/sim imports only src/sim and packages', () => {
    const outward = arrows.filter(
      ({ from, to }) => from.startsWith('src/sim/') && !to.startsWith('src/sim/'),
    );
    assert.deepEqual(outward, []);
  });

  it('has @actions/* imported only by the action entries (index.ts, main.ts, post.ts) and report/', () => {
    const edge = (file: string) =>
      ['src/index.ts', 'src/main.ts', 'src/post.ts'].includes(file) ||
      file.startsWith('src/report/');
    const offenders = [...graph]
      .filter(
        ([file, { packages }]) => !edge(file) && packages.some((p) => p.startsWith('@actions/')),
      )
      .map(([file]) => file);
    assert.deepEqual(offenders, []);
  });
});

/**
 * src/a.ts and every file it loads with it: static imports, through them too; not `import()`
 * (loaded later, a chunk of its own in the bundle) nor `import type` (erased).
 */
function staticClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (at: string) => {
    if (seen.has(at)) return;
    seen.add(at);
    const source = readFileSync(join(ROOT, at), 'utf8')
      .replace(/\bimport\s*\([^)]*\)/g, '')
      .replace(/\b(?:import|export)\s+type\s[^;]*;/g, '');
    for (const specifier of importsOf(source).filter((s) => s.startsWith('.')))
      visit(relative(ROOT, resolve(ROOT, dirname(at), specifier)));
  };
  visit(file);
  return seen;
}

/** src/a.ts and every file it loads, at once or later: static imports and `import()`, not `import type`. */
function loadedClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (at: string) => {
    if (seen.has(at)) return;
    seen.add(at);
    const source = readFileSync(join(ROOT, at), 'utf8').replace(
      /\b(?:import|export)\s+type\s[^;]*;/g,
      '',
    );
    for (const specifier of importsOf(source).filter((s) => s.startsWith('.')))
      visit(relative(ROOT, resolve(ROOT, dirname(at), specifier)));
  };
  visit(file);
  return seen;
}

describe('report/: rendering (render/) apart from publishing (publish/)', () => {
  it('renders without @actions/* and without the publishing side', () => {
    const rendering = [...graph].filter(([file]) => file.startsWith('src/report/render/'));
    assert.ok(rendering.length > 5, `${rendering.length} rendering files`);
    const offenders = rendering.flatMap(([file, { files, packages }]) => [
      ...packages.filter((p) => p.startsWith('@actions/')).map((p) => `${file} -> ${p}`),
      ...files
        .filter((to) => to.startsWith('src/report/') && !to.startsWith('src/report/render/'))
        .map((to) => `${file} -> ${to}`),
    ]);
    assert.deepEqual(offenders, []);
  });

  it('gives the CLI (src/cli.ts and all it loads, `import()` included) no @actions/* and no publishing', () => {
    const loaded = [...loadedClosure('src/cli.ts')];
    assert.ok(loaded.includes('src/demo.ts'), 'the closure follows import()');
    assert.ok(
      loaded.some((file) => file.startsWith('src/report/render/')),
      'the closure reaches the renderers',
    );
    const offenders = loaded.flatMap((file) => [
      ...(file.startsWith('src/report/publish/') || file === 'src/report/index.ts' ? [file] : []),
      ...graph
        .get(file)!
        .packages.filter((p) => p.startsWith('@actions/'))
        .map((p) => `${file} -> ${p}`),
    ]);
    assert.deepEqual(offenders, []);
  });
});

describe('the post step (src/post.ts, a chunk of its own in the bundle)', () => {
  const loaded = [...staticClosure('src/post.ts')];
  it('loads neither the observer nor the verifier nor the kind setup', () => {
    assert.ok(loaded.includes('src/cleanup.ts'), 'the closure follows imports');
    assert.deepEqual(
      loaded.filter((file) => /^src\/(observe|verify)\/|^src\/cluster\/kind\.ts$/.test(file)),
      [],
    );
  });
});
