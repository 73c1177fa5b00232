// Every format a report is rendered in, in one table: its renderer, the extension of its file,
// and what names that file (an input of the action, which is also a flag of the CLI) or prints
// it (the CLI's `--output`). The action, the CLI and the golden reports all pick formats here.
import type { InputName } from '../../contract.ts';
import type { CheckOutcome } from '../../outcome.ts';
import type { ReportContext } from './context.ts';
import { renderJunit } from './junit.ts';
import { renderComment, renderIssueBody, renderSummary, type MarkdownExtras } from './markdown.ts';
import { renderTerminal } from './terminal.ts';
import { renderTimelineJson } from './timeline-json.ts';

/** What a renderer may be told besides the outcome and its context. */
export interface RenderOptions {
  /** The terminal's width in characters (the terminal text). */
  width?: number;
  /** Links and notes the publisher adds (the job summary). */
  extras?: MarkdownExtras;
}

export interface ReportFormat {
  /** The format in words, as a log line names its file: "Wrote the JUnit XML to …". */
  what: string;
  /** The extension of its file, with the dot. */
  extension: string;
  /** The input (and CLI flag) whose value is the file's path, when one names it. */
  input?: InputName;
  /** The CLI's `--output` value that prints it on stdout, when one does. */
  output?: 'text' | 'json' | 'junit';
  render(outcome: CheckOutcome, context: ReportContext, options?: RenderOptions): string;
}

export type FormatName = 'summary' | 'comment' | 'issue' | 'terminal' | 'timeline' | 'junit';

export const FORMATS: Record<FormatName, ReportFormat> = {
  /** The job summary (`$GITHUB_STEP_SUMMARY`, input `summary`). */
  summary: {
    what: 'job summary',
    extension: '.md',
    render: (outcome, context, options) => renderSummary(outcome, context, options?.extras),
  },
  /** The sticky PR comment; the action also writes it as `comment.md` beside the timeline JSON. */
  comment: { what: 'PR comment body', extension: '.md', render: renderComment },
  /** The nightly issue's body (input `issue-on-failure`). */
  issue: { what: 'nightly issue body', extension: '.md', render: renderIssueBody },
  /** The CLI's table on a terminal. */
  terminal: {
    what: 'terminal text',
    extension: '.txt',
    output: 'text',
    render: (outcome, context, options) =>
      renderTerminal(outcome, context, { width: options?.width }),
  },
  timeline: {
    what: 'timeline JSON',
    extension: '.json',
    input: 'timeline-path',
    output: 'json',
    render: (outcome, context) => renderTimelineJson(outcome, context),
  },
  junit: {
    what: 'JUnit XML',
    extension: '.xml',
    input: 'junit-path',
    output: 'junit',
    render: renderJunit,
  },
};

/** The format the CLI prints for an `--output` value, or undefined for an unknown value. */
export function outputFormat(output: string): FormatName | undefined {
  const entry = Object.entries(FORMATS).find(([, format]) => format.output === output);
  return entry?.[0] as FormatName | undefined;
}

/** The `--output` values, in the table's order. */
export const OUTPUT_VALUES = Object.values(FORMATS).flatMap((format) =>
  format.output ? [format.output] : [],
);
