// Bundles the action's two entry points with ncc into dist/ (main) and dist/post/ (post step), and
// the CLI into dist/cli/ (what the npm package ships; bin/kubevirt-transition-check.js loads it).
// ESM output, because package.json says "type": "module".
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ncc = `${root}node_modules/.bin/ncc`;
const entries = [
  { source: 'src/main.ts', out: 'dist' },
  { source: 'src/post.ts', out: 'dist/post' },
  { source: 'src/cli.ts', out: 'dist/cli' },
];

rmSync(`${root}dist`, { recursive: true, force: true });
// --no-cache: ncc's build cache (~/.cache/ncc, shared by every clone on a machine) made
// licenses.txt differ between two builds of the same sources, which the dist/ check then refused.
for (const { source, out } of entries) {
  execFileSync(
    ncc,
    ['build', source, '-o', out, '--license', 'licenses.txt', '--quiet', '--no-cache'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
