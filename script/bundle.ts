// Bundles src/index.ts into dist/: one entry, dist/index.js, for the action's main and post steps
// and for the CLI (bin/kubevirt-transition-check.js imports it), and a chunk for each part that
// only some runs load (main, post, the CLI, kind setup, diagnostics, the demo's simulator, artifact
// upload, ...). ESM output, because package.json says "type": "module".
//
// ncc (webpack) alone keeps nearly all of @kubernetes/client-node's generated API: its config.js
// imports gen/index.js, whose models assign static fields (a side effect), so webpack keeps every
// API class those models sit under, used or not (~17 MB of each bundle). A second pass with terser
// removes what nothing references: `compress` with only `unused` and `side_effects` (no other
// rewriting), no mangling, beautified output, so dist/ stays readable and its diffs reviewable.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const root = fileURLToPath(new URL('..', import.meta.url));
const ncc = `${root}node_modules/.bin/ncc`;

/** ncc, then the dead-code pass, of one entry (relative to the repository) into `out`. */
export async function bundle(source: string, out: string): Promise<void> {
  rmSync(resolve(root, out), { recursive: true, force: true });
  // --no-cache: ncc's build cache (~/.cache/ncc, shared by every clone on a machine) made
  // licenses.txt differ between two builds of the same sources, which the dist/ check refused.
  execFileSync(
    ncc,
    ['build', source, '-o', out, '--license', 'licenses.txt', '--quiet', '--no-cache'],
    { cwd: root, stdio: 'inherit' },
  );
  for (const file of readdirSync(resolve(root, out), { encoding: 'utf8' })) {
    if (file.endsWith('.js')) await dropUnused(join(resolve(root, out), file));
  }
}

if (import.meta.main) await bundle('src/index.ts', 'dist');

async function dropUnused(path: string): Promise<void> {
  // ncc writes a require it cannot resolve as `eval("require")(name)`. A direct eval may read any
  // variable of every enclosing scope, so terser would keep all of them; the indirect form cannot,
  // and behaves the same here: ESM output has no `require` in any scope, so both throw.
  const code = readFileSync(path, 'utf8').replaceAll('eval("require")', '(0, eval)("require")');
  const { code: lean } = await minify(code, {
    module: true,
    compress: { defaults: false, unused: true, side_effects: true, passes: 2 },
    mangle: false,
    format: { beautify: true, comments: false },
  });
  if (lean === undefined) throw new Error(`terser returned nothing for ${path}`);
  writeFileSync(path, lean.endsWith('\n') ? lean : `${lean}\n`);
}
