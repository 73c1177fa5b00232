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
 * The layers of src/ outside the simulator, bottom first. A file may import files of its own
 * layer and of the layers below it, never of a layer above. The stages keep the order of the data
 * flow, `cluster -> observe -> verify -> report`: a later stage reads the plain data of an earlier
 * one (verify reads observe's Timeline), never the other way round. Between them:
 * - outcome.ts, what one check produced (attempts, verdicts, diagnostics), right above verify;
 * - trend/, the metrics of timelines and their history: it reads the outcome and the timeline
 *   document (whose type it owns, src/trend/types.ts), and report/ renders its comparison;
 * - config/, first in the flow but above the stages in the imports: it parses each stage's
 *   inputs with the stage's own parser (the path language of verify, the threshold of trend,
 *   the VM manifest of cluster) and builds their plain options (kind's setup options), so no
 *   stage before report/ reads the Config; presets.ts (what a scenario asks for: a VM and the
 *   path it should show) with it.
 * Then report/, which reads the Config, the outcome and the trend; the joining of the stages
 * (run.ts with attempts.ts, and cleanup.ts that run.ts and post.ts share); and the entry points on
 * top. util/ and the contract generated from action.yml (contract.ts, and flags.ts, which reads
 * only it) are at the bottom.
 */
export const LAYERS: readonly { name: string; files: RegExp }[] = [
  { name: 'util', files: /^src\/(util\/.*|contract\.ts|flags\.ts)$/ },
  { name: 'cluster', files: /^src\/cluster\// },
  { name: 'observe', files: /^src\/observe\// },
  { name: 'verify', files: /^src\/verify\// },
  { name: 'outcome', files: /^src\/outcome\.ts$/ },
  { name: 'trend', files: /^src\/trend\// },
  { name: 'config', files: /^src\/(config\/.*|presets\.ts)$/ },
  { name: 'report', files: /^src\/report\// },
  { name: 'run', files: /^src\/(cleanup|attempts|run|suite-run)\.ts$/ },
  { name: 'entry points', files: /^src\/((index|main|post|cli|demo|state)\.ts|commands\/.*)$/ },
];

/** The index in LAYERS of a src/ file's layer; -1 for the simulator, undefined for none. */
export function layerOf(file: string): number | undefined {
  if (file.startsWith('src/sim/')) return -1;
  const at = LAYERS.findIndex(({ files }) => files.test(file));
  return at < 0 ? undefined : at;
}

/** Every arrow that points up the layers, as a sentence that says which layers and why it fails. */
export function againstTheFlow(edges: readonly { from: string; to: string }[]): string[] {
  return edges.flatMap(({ from, to }) => {
    const [source, target] = [layerOf(from), layerOf(to)];
    if (source === undefined || target === undefined || source < 0 || target < 0) return [];
    if (target <= source) return [];
    return [
      `${from} (${LAYERS[source]!.name}) imports ${to} (${LAYERS[target]!.name}): ` +
        `${LAYERS[target]!.name} is above ${LAYERS[source]!.name} in ` +
        `${LAYERS.map(({ name }) => name).join(' < ')}; pass plain data down, or move what both need below both`,
    ];
  });
}

describe('the data flow, layer by layer', () => {
  it('puts every file of src/ in one layer (or in the simulator), so a new file cannot escape the check', () => {
    const unplaced = [...graph.keys()].filter((file) => layerOf(file) === undefined);
    assert.deepEqual(unplaced, [], 'give each of these files its layer in LAYERS');
    const twice = [...graph.keys()].filter(
      (file) => LAYERS.filter(({ files }) => files.test(file)).length > 1,
    );
    assert.deepEqual(twice, []);
  });

  it('has no import that runs against the flow', () => {
    assert.deepEqual(againstTheFlow(arrows), []);
  });

  it('fails on an import against the flow, naming both layers', () => {
    assert.deepEqual(
      againstTheFlow([
        { from: 'src/verify/verify.ts', to: 'src/report/render/words.ts' },
        { from: 'src/report/render/words.ts', to: 'src/verify/types.ts' },
      ]),
      [
        'src/verify/verify.ts (verify) imports src/report/render/words.ts (report): report is above verify in ' +
          'util < cluster < observe < verify < outcome < trend < config < report < run < entry points; ' +
          'pass plain data down, or move what both need below both',
      ],
    );
  });

  it('keeps the simulator apart: only the demo (an entry point) starts it', () => {
    const inward = arrows.filter(
      ({ from, to }) => to.startsWith('src/sim/') && !from.startsWith('src/sim/'),
    );
    assert.deepEqual(
      inward.filter(({ from }) => from !== 'src/demo.ts'),
      [],
    );
  });
});

/** The stages whose files other parts of src/ reach only through the stage's face. */
const FACED = ['cluster', 'observe', 'verify', 'trend', 'config', 'report'];

/**
 * report/ has a second face, its publishing pipeline (GitHub), for the action's entries only:
 * the CLI and everything else reach report/ through report/index.ts, which loads no publish/.
 */
const PUBLISH_FACE = 'src/report/publish/index.ts';
const ACTION_ENTRIES = ['src/index.ts', 'src/main.ts', 'src/post.ts'];

/**
 * The static imports (type-only ones included) of every src/ file: `import()` is left out, as
 * it names the module it loads as a chunk of its own (the kind setup, the diagnostics, the
 * post step's note renderer); through the face, the chunk would come with everything else.
 */
function staticArrows(): { from: string; to: string }[] {
  return [...graph.keys()].flatMap((from) =>
    importsOf(readFileSync(join(ROOT, from), 'utf8').replace(/\bimport\s*\([^)]*\)/g, ''))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ from, to: relative(ROOT, resolve(ROOT, dirname(from), specifier)) })),
  );
}

/** Every import that reaches into a stage past its face (index.ts, or types.ts for types), as a sentence. */
export function pastTheFace(
  edges: readonly { from: string; to: string }[],
  stages: readonly string[] = FACED,
): string[] {
  return edges.flatMap(({ from, to }) => {
    const stage = stages.find((name) => to.startsWith(`src/${name}/`));
    if (stage === undefined || from.startsWith(`src/${stage}/`)) return [];
    if (to === `src/${stage}/index.ts` || to === `src/${stage}/types.ts`) return [];
    if (to === PUBLISH_FACE && stages.includes('report'))
      return ACTION_ENTRIES.includes(from)
        ? []
        : [
            `${from} imports ${to}: only the action's entries (${ACTION_ENTRIES.join(', ')}) publish; import src/report/index.ts (the renderers and the report-file writer)`,
          ];
    return [
      `${from} imports ${to}: outside ${stage}/, import src/${stage}/index.ts (its public face) or src/${stage}/types.ts, and export what is needed there`,
    ];
  });
}

describe("each stage's index.ts is its public face", () => {
  it(`is the only way into ${FACED.join('/, ')}/ from the rest of src/ (or the stage's types.ts)`, () => {
    const edges = staticArrows();
    assert.ok(edges.length > 100, `${edges.length} static imports`);
    assert.deepEqual(pastTheFace(edges), []);
  });

  it('fails on an import past a face, naming the face to use', () => {
    assert.deepEqual(
      pastTheFace([
        { from: 'src/run.ts', to: 'src/cluster/preflight.ts' },
        { from: 'src/run.ts', to: 'src/cluster/index.ts' },
        { from: 'src/verify/verify.ts', to: 'src/observe/types.ts' },
        { from: 'src/cluster/kind.ts', to: 'src/cluster/kvm.ts' },
        { from: 'src/commands/check.ts', to: 'src/report/render/formats.ts' },
        { from: 'src/commands/check.ts', to: 'src/report/index.ts' },
        { from: 'src/commands/check.ts', to: 'src/report/publish/index.ts' },
        { from: 'src/main.ts', to: 'src/report/publish/index.ts' },
        { from: 'src/main.ts', to: 'src/report/publish/github.ts' },
        { from: 'src/report/publish/index.ts', to: 'src/report/files.ts' },
      ]),
      [
        'src/run.ts imports src/cluster/preflight.ts: outside cluster/, import src/cluster/index.ts (its public face) or src/cluster/types.ts, and export what is needed there',
        'src/commands/check.ts imports src/report/render/formats.ts: outside report/, import src/report/index.ts (its public face) or src/report/types.ts, and export what is needed there',
        "src/commands/check.ts imports src/report/publish/index.ts: only the action's entries (src/index.ts, src/main.ts, src/post.ts) publish; import src/report/index.ts (the renderers and the report-file writer)",
        'src/main.ts imports src/report/publish/github.ts: outside report/, import src/report/index.ts (its public face) or src/report/types.ts, and export what is needed there',
      ],
    );
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
    assert.ok(loaded.includes('src/report/index.ts'), "the closure reaches report/'s face");
    assert.ok(
      loaded.some((file) => file.startsWith('src/report/render/')),
      'the closure reaches the renderers',
    );
    const offenders = loaded.flatMap((file) => [
      ...(file.startsWith('src/report/publish/') ? [file] : []),
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
