// The report stage's public face, the one the CLI may load: the renderers (render/, pure), the
// table of formats and the one writer of report files (files.ts). No @actions/* and nothing of
// publish/ behind it. The action's publishing pipeline (GitHub: summary, comment, issue,
// annotations, artifacts, history) has a face of its own, report/publish/index.ts, which only the
// action's entry (main.ts) imports.
export {
  DIAGNOSTICS_FOLDER,
  diagnosticsFolder,
  writeReportFiles,
  type ReportFiles,
  type ReportLog,
} from './files.ts';
export { reportContext, type ReportContext } from './render/context.ts';
export { FORMATS, OUTPUT_VALUES, outputFormat, type FormatName } from './render/formats.ts';
export { renderComment, renderIssueBody, renderSummary } from './render/markdown.ts';
export { renderGantt } from './render/mermaid.ts';
export { renderJunit } from './render/junit.ts';
export { renderTerminal } from './render/terminal.ts';
export {
  renderTimelineJson,
  timelineDocument,
  TIMELINE_SCHEMA_VERSION,
} from './render/timeline-json.ts';
export { shortLine } from './render/words.ts';
