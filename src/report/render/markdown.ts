// The job summary, the sticky PR comment and the nightly issue, as GitHub markdown: the first
// screen (markdown-first-screen.ts), then everything else folded into `<details>`
// (markdown-sections.ts), then the footer's links; each rendering steps down through the levels
// of markdown-sizing.ts until it fits GitHub's limits.
import { basename } from 'node:path';
import type { CheckOutcome } from '../../outcome.ts';
import type { ReportContext } from './context.ts';
import { escapeHtml, markerKey, mdCode, mdText } from './escape.ts';
import { repeatTable } from './flake.ts';
import { renderSuiteMarkdown } from './suite-report.ts';
import { renderTrendSection } from './trend-section.ts';
import { cutText } from '../../util/text.ts';
import {
  COMMENT_BUDGET_CHARS,
  COMMENT_LEVELS,
  fit,
  SUMMARY_LEVELS,
  SUMMARY_MAX_BYTES,
  type Detail,
} from './markdown-sizing.ts';
import {
  heading,
  leftoversNote,
  pathTable,
  stoppedBlock,
  verdictSentence,
  whyBlock,
} from './markdown-first-screen.ts';
import {
  earlierAttemptsSection,
  fullErrorSection,
  gapsSection,
  timelineSection,
  verdictSection,
} from './markdown-sections.ts';

export { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES, type Detail } from './markdown-sizing.ts';
export { leftoversNote } from './markdown-first-screen.ts';

/** Where the README explains every part of the report. */
const READING_ANCHOR = 'reading-the-report';

/** Extra facts for the links line and notes the publisher wants readers to see. */
export interface MarkdownExtras {
  commentUrl?: string;
  /** Sentences shown as notes (escaped), e.g. why the PR comment was not written. */
  notes?: string[];
}

/** A suite's links and notes, under its first screen. */
function suiteExtras(extras: MarkdownExtras): string | undefined {
  const lines = [
    ...(extras.commentUrl ? [`[PR comment](${extras.commentUrl})`] : []),
    ...(extras.notes ?? []).map((note) => `> ${mdText(note)}`),
  ];
  return lines.length > 0 ? lines.join('\n\n') : undefined;
}

/** The job summary. Guarantee: at most SUMMARY_MAX_BYTES of UTF-8. */
export function renderSummary(
  outcome: CheckOutcome,
  context: ReportContext,
  extras: MarkdownExtras = {},
): string {
  if (outcome.checks) {
    // A suite: its first screen, each check's own summary folded below (suite-report.ts).
    return renderSuiteMarkdown(outcome, context, {
      heading: '##',
      renderCheck: (check, at) => renderSummary(check, at),
      renderShort: renderIssueBody,
      maxChars: SUMMARY_MAX_BYTES,
      size: (text) => Buffer.byteLength(text, 'utf8'),
      after: suiteExtras(extras),
      instead: 'their reports are in the timeline JSON file',
    });
  }
  return fit(
    SUMMARY_LEVELS,
    (detail) => report(outcome, context, extras, detail, '##'),
    (text) => Buffer.byteLength(text, 'utf8') <= SUMMARY_MAX_BYTES,
    () => minimal(outcome, context, extras),
  );
}

/** The hidden marker that finds this check's sticky comment again. */
export function commentMarker(checkName: string): string {
  return `<!-- kubevirt-transition-check:comment key=${markerKey(checkName)} -->`;
}

/** The hidden marker that finds this check's nightly issue again. */
export function issueMarker(checkName: string): string {
  return `<!-- kubevirt-transition-check:issue key=${markerKey(checkName)} -->`;
}

/**
 * The sticky PR comment, ending with the check's hidden marker. Guarantee: under
 * COMMENT_MAX_CHARS characters.
 */
export function renderComment(outcome: CheckOutcome, context: ReportContext): string {
  const marker = commentMarker(context.checkName);
  const budget = COMMENT_BUDGET_CHARS - marker.length - 1;
  if (outcome.checks) {
    // One sticky comment for the whole suite, keyed by the step's check name.
    const body = renderSuiteMarkdown(outcome, context, {
      heading: '###',
      renderCheck: renderIssueBody,
      renderShort: (check, at) => minimal(check, at, {}),
      maxChars: budget,
      instead: 'the job summary has every check',
    });
    return `${body.trimEnd()}\n${marker}`;
  }
  const body = fit(
    COMMENT_LEVELS,
    (detail) => report(outcome, context, {}, detail, '###'),
    (text) => text.length <= budget,
    () => minimal(outcome, context, {}),
  );
  // Whatever the levels left, the body and the marker together stay under GitHub's limit.
  return `${cutText(body.trimEnd(), budget, 'the whole report is in the job summary')}\n${marker}`;
}

/**
 * A shorter body for the nightly issue and its comments: the first screen and the verdict in
 * full, no timeline. Guarantee: under COMMENT_MAX_CHARS characters.
 */
export function renderIssueBody(outcome: CheckOutcome, context: ReportContext): string {
  if (outcome.checks) {
    return renderSuiteMarkdown(outcome, context, {
      heading: '###',
      renderCheck: (check, at) => minimal(check, at, {}),
      renderShort: (check, at) => minimal(check, at, {}),
      maxChars: COMMENT_BUDGET_CHARS,
      instead: "the run's job summary has every check",
    });
  }
  const body = fit(
    COMMENT_LEVELS.map((detail) => ({ ...detail, rows: 0, bars: 0 })),
    (detail) => report(outcome, context, {}, detail, '###'),
    (text) => text.length <= COMMENT_BUDGET_CHARS,
    () => minimal(outcome, context, {}),
  );
  return cutText(body, COMMENT_BUDGET_CHARS, "the whole report is in the run's job summary");
}

/** Every rendering: the first screen, then the folded sections, then the footer. */
function report(
  outcome: CheckOutcome,
  context: ReportContext,
  extras: MarkdownExtras,
  detail: Detail,
  level: '##' | '###',
): string | undefined {
  const last = outcome.attempts.at(-1);
  const parts = [
    `${level} ${heading(outcome, context)}`,
    verdictSentence(outcome, context),
    outcome.leftovers ? leftoversNote(outcome.leftovers, 'main') : '',
    outcome.error ? stoppedBlock(outcome.error) : '',
    outcome.repeat ? repeatTable(outcome.repeat) : '',
    last ? pathTable(last, detail) : '',
    last && !outcome.error && last.verdict.result !== 'passed' ? whyBlock(last.verdict) : '',
    ...(extras.notes ?? []).map((note) => `> [!NOTE]\n> ${mdText(note, 1000)}`),
    renderTrendSection(context.trend),
    // Folded: one line each until opened.
    outcome.error ? fullErrorSection(outcome.error) : '',
    last ? gapsSection(last.timeline) : '',
    last ? verdictSection(last.verdict) : '',
    last ? timelineSection(last, detail) : '',
    earlierAttemptsSection(outcome, context, detail),
    footer(outcome, context, extras),
  ];
  const text = `${parts.filter(Boolean).join('\n\n')}\n`;
  // Characters never outnumber UTF-8 bytes: past the budget, this level cannot fit.
  return text.length > SUMMARY_MAX_BYTES ? undefined : text;
}

/** The smallest report: the first screen without tables, for when nothing else fits. */
function minimal(outcome: CheckOutcome, context: ReportContext, extras: MarkdownExtras): string {
  const last = outcome.attempts.at(-1);
  return `${[
    `## ${heading(outcome, context)}`,
    verdictSentence(outcome, context),
    outcome.leftovers ? leftoversNote(outcome.leftovers, 'main') : '',
    outcome.error ? stoppedBlock(outcome.error, 1000) : '',
    last && last.verdict.result !== 'passed' ? whyBlock(last.verdict, 300) : '',
    'The timeline is too long to show here; it is in the timeline JSON file.',
    footer(outcome, context, extras),
  ]
    .filter(Boolean)
    .join('\n\n')}\n`;
}

// ── Footer ──────────────────────────────────────────────────────────────────────────────────

/** Links a reader can open: the pull error, the files in the run's artifacts, how to read this. */
function footer(outcome: CheckOutcome, context: ReportContext, extras: MarkdownExtras): string {
  const items: string[] = [];
  const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${text}</a>`;
  const matched = outcome.attempts.at(-1)?.verdict.message?.matched;
  if (matched) items.push(`pull error ${mdCode(tailOf(matched.text, 70), 80)} matched the image`);
  if (extras.commentUrl) items.push(link(extras.commentUrl, 'PR comment'));
  const files = [context.timelinePath, context.junitPath]
    .filter((path): path is string => Boolean(path))
    .map((path) => mdCode(basename(path), 80));
  if (files.length > 0) {
    // A runner's local path is no use to a reader: the files travel as the run's artifacts.
    const where = context.runUrl
      ? ` in the ${link(`${context.runUrl}#artifacts`, "run's artifacts")} when the workflow uploads them`
      : '';
    items.push(`${files.join(' and ')}${where}`);
  }
  if (context.readmeUrl) items.push(link(readingUrl(context.readmeUrl), 'how to read this report'));
  return items.length > 0 ? `<sub>${items.join(' · ')}</sub>` : '';
}

function readingUrl(readmeUrl: string): string {
  return `${readmeUrl.replace(/#.*$/, '')}#${READING_ANCHOR}`;
}

/** The end of a Go error chain, where its root cause is: `… lookup registry.invalid: no such host`. */
function tailOf(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  // Cut at a word, so the tail starts with what it says: `dial tcp: lookup …`.
  return `…${line.slice(line.length - max + 1).replace(/^\S*\s+/, '')}`;
}
