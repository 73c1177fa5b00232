import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorMessage } from '../../src/util/errors.ts';
import {
  LOG_LINE_MAX_CHARS,
  logSafe,
  logSafeJson,
  logSafeLines,
  withoutUrlCredentials,
} from '../../src/util/text.ts';

/**
 * Whether the runner would take `line` as a workflow command: `::name` at the start after
 * leading white space (TryParseV2), or `##[name` anywhere (the legacy TryParse), as in
 * actions/runner's ActionCommand.cs. Any name counts here, registered or not.
 */
export function isCommandLine(line: string): boolean {
  return /^\s*::[^:\s]*/.test(line) && line.trimStart().indexOf('::', 2) > 0
    ? true
    : /##\[[^\]]*\]/.test(line);
}

const HOSTILE = [
  '\n::error title=x::y',
  '\n::stop-commands::token',
  '::add-mask::secret',
  '  ::warning::indented',
  '\u00a0::notice::after a no-break space',
  'a ##[error]legacy anywhere',
  '###[set-output name=x]y',
  'line\r::error::after CR',
  'colour \u001b[31mred\u001b[0m',
  'bell \u0007 and NEL \u0085::error::x',
  'separators \u2028::error::a\u2029::error::b',
  'bidi \u202eevil\u202c',
];

describe('logSafe', () => {
  for (const text of HOSTILE) {
    it(`leaves no command and no control character in ${JSON.stringify(text)}`, () => {
      const safe = logSafe(text);
      const lines = safe.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
      assert.equal(lines.length, 1, `one line: ${safe}`);
      assert.ok(!isCommandLine(safe), safe);
      assert.doesNotMatch(
        safe,
        // eslint-disable-next-line no-control-regex -- the point of the test
        /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E]/,
      );
      assert.equal(logSafe(safe), safe, 'idempotent');
    });
  }

  it('shows what it replaced', () => {
    assert.equal(logSafe('a\nb\rc\u001b[0m\u2028'), 'a\\nb\\rc\\x1b[0m\\u2028');
    assert.equal(logSafe('::error::x'), '\\x3a:error::x');
    assert.equal(logSafe('  ::error::x'), '  \\x3a:error::x');
    assert.equal(logSafe('see ##[error]x'), 'see ##\\x5berror]x');
  });

  it('keeps ordinary text, tabs, colons and non-ASCII as they are', () => {
    for (const text of ['Pulling image "a:b"', 'x::y', 'a\tb', 'Zürich ✓ 日本', 'C:\\path']) {
      assert.equal(logSafe(text), text);
    }
  });
});

describe('logSafeLines', () => {
  it('keeps the lines of an action-written text, each made safe', () => {
    assert.equal(logSafeLines('one\n::error::two\r\nthree\rx'), 'one\n\\x3a:error::two\nthree\\rx');
  });
});

describe('logSafeJson', () => {
  it('is JSON with the same data and no command, control character or separator left raw', () => {
    const data = {
      reason: '##[error]x',
      message: '\u0085::error::\u2028y\u009b31m',
      n: ['::a::b'],
    };
    const json = logSafeJson(JSON.stringify(data, null, 2));
    assert.deepEqual(JSON.parse(json), data);
    for (const line of json.split('\n')) assert.ok(!isCommandLine(line), line);
    assert.doesNotMatch(json, /[\u007F-\u009F\u2028\u2029]/);
  });
});

describe('withoutUrlCredentials', () => {
  it('hides the user information of every URL, whatever its scheme', () => {
    assert.equal(
      withoutUrlCredentials(
        'GET https://admin:s3cr%40t@10.0.0.1:6443/version via http://proxy-user:pw@proxy:3128 failed',
      ),
      'GET https://***@10.0.0.1:6443/version via http://***@proxy:3128 failed',
    );
    assert.equal(withoutUrlCredentials('socks5://tok@h:1'), 'socks5://***@h:1');
  });

  it('leaves URLs without credentials and e-mail addresses alone', () => {
    const text = 'https://10.0.0.1:6443/api?x=a@b mail dev@example.com, path /a@b';
    assert.equal(withoutUrlCredentials(text), text);
  });

  it('is applied to every logged line and every error message', () => {
    assert.equal(logSafe('to https://u:p@h/'), 'to https://***@h/');
    const error = new TypeError(
      'Request cannot be constructed from a URL that includes credentials: https://u:p@h/',
    );
    assert.match(errorMessage(error), /credentials: https:\/\/\*\*\*@h\/$/);
  });
});

describe("a log line's limit", () => {
  it('cuts a 10 MB line from the cluster, saying how long it was', () => {
    const line = `Pod status: ${'\u001b'.repeat(5_000_000)}${'x'.repeat(5_000_000)}`;
    const safe = logSafe(line);
    assert.ok(safe.length <= LOG_LINE_MAX_CHARS, `${safe.length} characters`);
    assert.match(
      safe,
      /^Pod status: (\\x1b)+… \[10000012 characters in all; the rest is not shown in the log\]$/,
    );
    assert.equal(logSafe(safe), safe, 'idempotent');
    const url = `${'y'.repeat(LOG_LINE_MAX_CHARS - 30)} https://user:hunter2hunter2@proxy.example ${'z'.repeat(100)}`;
    assert.doesNotMatch(
      logSafe(url),
      /hunter2|hunt|user:/,
      'credentials at the cut are still hidden',
    );
  });
});
