// `npm test` leaves no temporary folders behind: its global setup points TMPDIR at one folder of
// the run and removes it, whatever the tests left in it.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { globalSetup, globalTeardown } from '../support/temp-folder.ts';

describe('npm test', () => {
  it('runs every test file with the temp-folder global setup', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      scripts: { test: string };
    };
    assert.match(pkg.scripts.test, /--test-global-setup=test\/support\/temp-folder\.ts/);
  });

  it('gives the run one temp folder and removes it, and what was left in it, at the end', () => {
    const before = process.env.TMPDIR;
    globalSetup();
    const folder = tmpdir();
    try {
      assert.notEqual(folder, before);
      const left = mkdtempSync(join(tmpdir(), 'left-behind-'));
      writeFileSync(join(left, 'file'), 'x');
    } finally {
      globalTeardown();
    }
    assert.equal(existsSync(folder), false, `${folder} is still there`);
    assert.equal(process.env.TMPDIR, before);
  });
});
