// The bundle's one entry, dist/index.js. Run by node it is the action: action.yml names it as the
// main step and again as the post step, told apart by state the main step saves first, as
// actions/checkout does (src/state-helper.ts `IsPost`, src/main.ts). Imported, it is the CLI's
// module: bin/kubevirt-transition-check.js calls cli(). Each part is a chunk loaded when needed.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STATE } from './state.ts';

export async function cli(argv: string[]): Promise<number> {
  return (await import('./cli.ts')).cli(argv);
}

/** Whether node runs this file (`node dist/index.js`), not another module importing it. */
function isProcessEntry(): boolean {
  if (import.meta.main !== undefined) return import.meta.main; // Node 24.2 and later
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isProcessEntry()) {
  // core.getState(name) is process.env[`STATE_${name}`]: read here without loading @actions/core.
  if (process.env[`STATE_${STATE.isPost}`]) {
    await import('./post.ts');
  } else {
    (await import('@actions/core')).saveState(STATE.isPost, 'true');
    await import('./main.ts');
  }
}
