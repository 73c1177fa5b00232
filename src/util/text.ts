/** The user-information part of a URL (`https://user:password@host`): credentials. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

/**
 * `text` with the credentials of every URL in it replaced by `***` (`https://***@host`): a server
 * or proxy URL may carry them, and an error message may quote the URL whole.
 */
export function withoutUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1***@');
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Characters that show nothing (Unicode's default-ignorable code points: zero-width space and
 * joiners, soft hyphen, word joiner, BOM, tag characters, …), so `Err\u200bImagePull` would read as
 * `ErrImagePull`. The emoji presentation selectors (U+FE0E, U+FE0F) are left: they follow a
 * visible character and change only how it is drawn.
 */
const INVISIBLE = /(?![\uFE0E\uFE0F])\p{Default_Ignorable_Code_Point}/gu;

/** `text` with every invisible character written as its code (`\u200b`, `\u{e0041}`). Idempotent. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    const code = char.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `text` without its invisible characters: what a reader takes it for. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * `text` cut to at most `max` characters, ending in `… [N more characters, <where>]` when cut
 * (`where` says where the rest is); never inside a surrogate pair. Idempotent.
 */
export function cutText(text: string, max: number, where: string): string {
  if (text.length <= max) return text;
  const note = (count: number) => `… [${count} more characters, ${where}]`;
  let keep = Math.max(0, max - note(text.length).length);
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return `${text.slice(0, keep)}${note(text.length - keep)}`;
}

/** One log line's limit: a longer line (a 10 MB status from the cluster) is cut, saying so. */
export const LOG_LINE_MAX_CHARS = 16_384;

/**
 * Characters that end a line or drive a terminal: C0 controls but tab, DEL, C1 controls, the
 * Unicode line and paragraph separators, and the bidirectional overrides behind "Trojan Source".
 */
const LOG_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The part of LOG_UNSAFE that JSON.stringify does not escape. */
const JSON_RAW_UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/**
 * An untrusted string made safe for one log line: control characters shown visibly (`\n`,
 * `\x1b`, `\u2028`), and nothing left that the runner reads as a workflow command (a line whose
 * first non-blank characters are `::`, or a legacy `##[command]` anywhere in it: see
 * actions/runner, ActionCommand.TryParseV2 and TryParse). Idempotent.
 */
export function logSafe(text: string): string {
  if (text.length <= LOG_LINE_MAX_CHARS) {
    const safe = escapeLogLine(text);
    if (safe.length <= LOG_LINE_MAX_CHARS) return safe;
  }
  // Only the start is escaped: a 10 MB line is never scanned whole. The extra 2 KB leave a URL
  // that straddles the cut whole, so that its credentials are still found and hidden.
  const note = `… [${text.length} characters in all; the rest is not shown in the log]`;
  let end = LOG_LINE_MAX_CHARS - note.length;
  const shown = escapeLogLine(text.slice(0, LOG_LINE_MAX_CHARS + 2048));
  const last = shown.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${shown.slice(0, end)}${note}`;
}

/** Each line of an action-written multi-line text through `logSafe`; the line breaks are kept. */
export function logSafeLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => logSafe(line))
    .join('\n');
}

/**
 * JSON text (as JSON.stringify writes it) made safe for a log the same way, with the same
 * meaning: what JSON.stringify leaves raw (C1 controls, line separators, bidi overrides, `##[`)
 * can only sit inside strings, where a `\uXXXX` escape stands for the same character.
 */
export function logSafeJson(json: string): string {
  return json
    .replace(JSON_RAW_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll('##[', '##\\u005b');
}

function escapeLogLine(text: string): string {
  return showInvisible(withoutUrlCredentials(text))
    .replace(LOG_UNSAFE, (char) => NAMED[char] ?? visibleCode(char))
    .replaceAll('##[', '##\\x5b')
    .replace(/^(\s*)::/, '$1\\x3a:');
}

function visibleCode(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** At most this many characters of a bad value go into an error message. */
const SHOWN_CHARACTERS = 80;

/** A value for an error message: whole when short, else its start and how long it really is. */
export function shortValue(value: string, max = SHOWN_CHARACTERS): string {
  if (value.length <= max) return value;
  return `${value.slice(0, max)}… (${value.length} characters)`;
}
