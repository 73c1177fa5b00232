// The action's log for the publishing side: every line may quote a path, a URL or an answer from
// GitHub, so none of them can be a runner command.
import * as core from '@actions/core';
import { logSafe } from '../../util/text.ts';
import type { ReportLog } from '../files.ts';

export function info(line: string): void {
  core.info(logSafe(line));
}

/** The report-file writer's lines in the action's log: a file not written is a warning. */
export const actionLog: ReportLog = { info, warning: (line) => core.warning(line) };
