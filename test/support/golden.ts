// The golden reports: every scenario of test/support/scenarios.ts rendered in the formats a
// reader sees (job summary, PR comment, terminal text, JUnit XML), as files under test/golden/
// that a pull request's diff shows. `npm run golden` writes them; test/report/golden.test.ts
// compares them with what the renderers give now.
import { fileURLToPath } from 'node:url';
import { FORMATS, type FormatName } from '../../src/report/render/formats.ts';
import { SCENARIOS } from './scenarios.ts';

/** The folder of the golden files, in the repository. */
export const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url));

/** The formats kept as golden files, each as `<scenario>/<format><extension>`. */
export const GOLDEN_FORMATS: FormatName[] = ['summary', 'comment', 'terminal', 'junit'];

export const REGENERATE = "run 'npm run golden' and commit test/golden/";

/**
 * Every golden file's path under GOLDEN and its content now. The scenarios are plain data with
 * fixed times and names (attempts start at 2026-03-01T03:17:00Z, VMs are named in the builders),
 * the context comes from a fixed environment, and the terminal text is rendered at the width a
 * pipe gets (no `columns`): nothing depends on the clock, the machine or chance.
 */
export function goldenFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    for (const format of GOLDEN_FORMATS) {
      const content = FORMATS[format].render(scenario.outcome(), scenario.context());
      files.set(`${name}/${format}${FORMATS[format].extension}`, content);
    }
  }
  return files;
}
