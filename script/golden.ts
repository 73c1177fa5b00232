// `npm run golden`: writes the golden reports (test/golden/<scenario>/<format>) from the
// renderers as they are now, and removes the files of scenarios or formats that are gone.
// Commit the result: the diff shows how a change to a renderer changed what readers see.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GOLDEN, goldenFiles } from '../test/support/golden.ts';

const files = goldenFiles();
await mkdir(GOLDEN, { recursive: true });
const existing = (await readdir(GOLDEN, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(GOLDEN.length));
for (const stale of existing.filter((path) => !files.has(path))) {
  await rm(join(GOLDEN, stale));
  console.log(`removed ${stale}`);
}
for (const [path, content] of files) {
  await mkdir(dirname(join(GOLDEN, path)), { recursive: true });
  await writeFile(join(GOLDEN, path), content, 'utf8');
}
// Folders of scenarios that are gone.
for (const entry of await readdir(GOLDEN, { withFileTypes: true })) {
  if (entry.isDirectory() && (await readdir(join(GOLDEN, entry.name))).length === 0)
    await rm(join(GOLDEN, entry.name), { recursive: true });
}
console.log(`${files.size} golden files in test/golden/`);
