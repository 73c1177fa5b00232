// Escaping for every format the reports are written in. Every string that comes from the cluster,
// the manifest or the workflow goes through one of these before it is written; the renderers'
// own text never needs them.
import { createHash } from 'node:crypto';
import { oneLine, printableLines, shortLine, truncate } from './words.ts';

/**
 * Characters with a meaning in GitHub markdown inside a line (emphasis, code, links, tables,
 * strikethrough, math) or in HTML. As character references they are literal text: CommonMark
 * never reads a reference as markup.
 */
const CODE_SPECIAL = /[&<>`*_[\]\\~|$]/g;
/** In prose also `:` (emoji shortcodes, autolinks), and `@` / `#` (mentions, issue references). */
const TEXT_SPECIAL = /[&<>`*_[\]\\~|$:@#]/g;

function reference(char: string): string {
  return `&#${char.codePointAt(0)};`;
}

/**
 * Untrusted text for a markdown line (prose or a table cell): one line, at most `max` characters,
 * markdown and HTML inert, and `@name` / `#123` broken by a zero-width space so that a message
 * from the cluster can neither mention people nor cross-reference issues.
 * Limit: never place the result at the start of a line (a leading `-` or `1.` would still start
 * a list); the renderers always put a label before it.
 */
export function mdText(value: string, max = 500): string {
  return shortLine(value, max).replace(TEXT_SPECIAL, (char) =>
    char === '@' || char === '#' ? `${char}&#8203;` : reference(char),
  );
}

/**
 * Untrusted text as a line of its own in a paragraph: `mdText`, and a first character that
 * could start a list, a setext underline or a numbered item (`-`, `+`, `=`, `1.`) made literal.
 */
export function mdLine(value: string, max = 500): string {
  return mdText(value.trimStart(), max).replace(/^([-+=]|\d(?=\d*[.)]))/, reference);
}

/**
 * Untrusted text as inline code (`<code>`): markdown and HTML inert, printed as is. GitHub does
 * not look for mentions, references or emoji inside code, so `@sha256:…` digests stay intact.
 */
export function mdCode(value: string, max = 300): string {
  return `<code>${shortLine(value, max).replace(CODE_SPECIAL, reference)}</code>`;
}

/**
 * Untrusted text of several lines as a `<pre>` block (a block of its own in markdown): lines
 * kept, control characters gone, at most `max` characters, markdown and HTML inert. As for
 * `mdCode`, GitHub looks for no mentions or references inside `<pre>`, so commands and paths in
 * it stay exact.
 */
export function mdPre(value: string, max = 4000): string {
  const lines = printableLines(value, max).map((line) => line.replace(CODE_SPECIAL, reference));
  return `<pre>${lines.join('\n')}</pre>`;
}

/**
 * Untrusted text for a plain-text field GitHub shows as a title (an issue's): one line, at most
 * `max` characters. A title takes no character references, so what could mention (`@team`),
 * start markup (`<b>`) or code (`` ` ``) becomes a lookalike that cannot: `＠`, `‹`, `›`, `ˋ`.
 */
export function plainTitle(value: string, max = 100): string {
  const lookalike: Record<string, string> = { '@': '＠', '<': '‹', '>': '›', '`': 'ˋ' };
  return shortLine(value, max).replace(/[@<>`]/g, (char) => lookalike[char]!);
}

/** Text for HTML content or a double-quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, reference);
}

/** Characters XML 1.0 cannot carry at all, even escaped (most controls, lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for XML content or an attribute; characters XML cannot carry become `�`. */
export function escapeXml(value: string): string {
  return value.replace(XML_INVALID, '\uFFFD').replace(/[&<>"']/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&apos;';
    }
  });
}

/** Words that start a statement in a mermaid gantt when a line begins with them. */
const MERMAID_STATEMENT =
  /^(click|call|href|gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|title|accdescription|accdescr|acctitle|section|\d{4}-\d{2}-\d{2})/i;

/**
 * A label for a mermaid gantt (task, section or title): only letters, digits, spaces and
 * `. _ - / + = , ' ! ? * ~ [ ] ·`, so nothing can end the statement (`:` `;` newline), start a
 * comment or directive (`#` `%%` `{`), or reach the SVG as markup (`<`); a label that would read
 * as a statement keyword gets a leading `_`. Lossy on purpose: the table next to the chart
 * carries the exact text.
 */
export function mermaidLabel(value: string, max = 60): string {
  const label = truncate(
    oneLine(value)
      .replace(/[^\p{L}\p{N} ._\-/+=,'!?*~[\]·…]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
  if (label === '') return '_';
  return MERMAID_STATEMENT.test(label) ? `_ ${label}` : label;
}

/**
 * A check name as a key that is safe inside an HTML comment and unique per name: percent-encoded,
 * with `-` encoded too so that `--` and `-->` cannot appear; at most 200 characters (a longer
 * one is `sha256.` and the name's hash).
 */
export function markerKey(checkName: string): string {
  const name = checkName.toWellFormed();
  const key = encodeURIComponent(name).replace(/-/g, '%2D');
  // A long name would crowd the report out of GitHub's 65,536 characters: its hash instead.
  if (key.length <= MARKER_KEY_MAX_CHARS) return key;
  return `sha256.${createHash('sha256').update(name).digest('hex')}`;
}

/** Longer keys (check names of about 70 characters and more) become a hash. */
const MARKER_KEY_MAX_CHARS = 200;
