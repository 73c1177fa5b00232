// The one writer of report files, for the action and the CLI alike: the formats of
// render/formats.ts at the paths the inputs (or flags) give, and the diagnostics collected by the
// cluster side (src/cluster/diagnostics.ts) in a folder next to the timeline JSON, so one artifact
// upload takes both. A file that cannot be written is a warning, never a failure: the verdict
// alone decides the result. Each caller says where the lines go (the action's log, the CLI's stderr).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Diagnostics } from '../cluster/index.ts';
import type { CheckOutcome } from '../outcome.ts';
import { errorMessage } from '../util/errors.ts';
import type { ReportContext } from './render/context.ts';
import { FORMATS, type FormatName } from './render/formats.ts';

/** The folder's name, next to the timeline file. */
export const DIAGNOSTICS_FOLDER = 'kubevirt-diagnostics';

export function diagnosticsFolder(timelinePath: string): string {
  return join(dirname(timelinePath), DIAGNOSTICS_FOLDER);
}

/** Where the writer says what it wrote, and what it could not. */
export interface ReportLog {
  info(line: string): void;
  warning(line: string): void;
}

/** The report files to write: a path per format (none: not written), and the diagnostics' folder. */
export interface ReportFiles {
  formats: Partial<Record<FormatName, string>>;
  /**
   * Where the outcome's diagnostics go, if it has any: a folder, or a new one under the temp
   * directory (the CLI without a timeline file: collected is not enough, they must be kept).
   */
  diagnostics?: { folder: string } | { temp: true };
}

/**
 * Renders and writes every report file of `files`, in the table's order, then the diagnostics;
 * returns the diagnostics' folder when they were written.
 */
export async function writeReportFiles(
  outcome: CheckOutcome,
  context: ReportContext,
  files: ReportFiles,
  log: ReportLog,
): Promise<{ diagnosticsPath?: string }> {
  for (const name of Object.keys(FORMATS) as FormatName[]) {
    const path = files.formats[name];
    if (!path) continue;
    const { what } = FORMATS[name];
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, FORMATS[name].render(outcome, context), 'utf8');
      log.info(`Wrote the ${what} to ${path}`);
    } catch (error) {
      log.warning(`Could not write the ${what} to ${path}: ${errorMessage(error)}`);
    }
  }
  if (!outcome.diagnostics || files.diagnostics === undefined) return {};
  return {
    diagnosticsPath: await writeDiagnosticsFolder(outcome.diagnostics, files.diagnostics, log),
  };
}

async function writeDiagnosticsFolder(
  diagnostics: Diagnostics,
  where: { folder: string } | { temp: true },
  log: ReportLog,
): Promise<string | undefined> {
  let folder = 'folder' in where ? where.folder : undefined;
  try {
    folder ??= join(
      await mkdtemp(join(tmpdir(), 'kubevirt-transition-check-')),
      DIAGNOSTICS_FOLDER,
    );
    await writeDiagnostics(diagnostics, folder);
    const problems =
      diagnostics.problems.length > 0 ? ' and problems.txt, what could not be collected' : '';
    log.info(`Wrote the diagnostics (${diagnostics.files.length} files${problems}) to ${folder}`);
    return folder;
  } catch (error) {
    log.warning(`Could not write the diagnostics to ${folder ?? tmpdir()}: ${errorMessage(error)}`);
    return undefined;
  }
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
