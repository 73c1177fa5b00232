// The global setup of `npm test` (package.json: --test-global-setup): every test file runs with
// TMPDIR set to one folder of this run, removed when the run ends, so the temporary folders and
// files the tests make (kubeconfigs, report files, fake runner folders, Chromium profiles) are
// not left behind, however a test ends. Test files inherit the variable from the runner.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let folder: string | undefined;
let previous: string | undefined;

export function globalSetup(): void {
  previous = process.env.TMPDIR;
  folder = mkdtempSync(join(tmpdir(), 'ktc-test-run-'));
  process.env.TMPDIR = folder;
}

export function globalTeardown(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  folder = undefined;
}
