// Writes the diagnostics collected by the cluster side (src/cluster/diagnostics.ts) as files in
// one folder next to the timeline JSON, so one artifact upload takes both.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Diagnostics } from '../cluster/diagnostics.ts';

/** The folder's name, next to the timeline file. */
export const DIAGNOSTICS_FOLDER = 'kubevirt-diagnostics';

export function diagnosticsFolder(timelinePath: string): string {
  return join(dirname(timelinePath), DIAGNOSTICS_FOLDER);
}

/**
 * Writes every file, and `problems.txt` with what could not be collected; returns the folder.
 * File names come from the cluster (pod names): only their base name is used.
 */
export async function writeDiagnostics(diagnostics: Diagnostics, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const files = [...diagnostics.files];
  if (diagnostics.problems.length > 0) {
    files.push({ name: 'problems.txt', content: `${diagnostics.problems.join('\n')}\n` });
  }
  for (const file of files) {
    const name = basename(file.name).replace(/^\.+/, '_') || '_';
    await writeFile(join(folder, name), file.content, 'utf8');
  }
  return folder;
}
