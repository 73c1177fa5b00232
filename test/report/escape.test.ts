import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  escapeXml,
  markerKey,
  mdCode,
  mdText,
  mermaidLabel,
} from '../../src/report/render/escape.ts';
import { formatDuration, formatOffset, oneLine, truncate } from '../../src/report/render/words.ts';

/** Decodes the numeric character references the escapers write, as a markdown renderer does. */
function decode(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

describe('mdText', () => {
  it('leaves no markdown or HTML syntax and no line break in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const text = mdText(value);
        assert.doesNotMatch(text, /[<>`*_[\]|~$\n\r\\]/);
        assert.doesNotMatch(text, /&(?!#\d+;)/);
      }),
    );
  });

  it('keeps the text readable once the references are decoded', () => {
    const value = 'Back-off pulling image "quay.io/x:1" | `y` <b>';
    assert.equal(decode(mdText(value)).replace(/\u200b/g, ''), value);
  });

  it('breaks mentions and issue references with a zero-width space', () => {
    const text = decode(mdText('ping @kubevirt/sig-compute about #123'));
    assert.doesNotMatch(text, /@kubevirt/);
    assert.doesNotMatch(text, /#123/);
    assert.match(text, /@\u200bkubevirt\/sig-compute about #\u200b123/);
  });

  it('shortens long text to the given length, ending in an ellipsis', () => {
    assert.equal(decode(mdText('x'.repeat(1000), 10)), `${'x'.repeat(9)}…`);
  });
});

describe('mdCode', () => {
  it('wraps the text in <code> with nothing that could close it or start markup', () => {
    const code = mdCode('</code><script>alert(1)</script>|`x`');
    assert.equal(code.match(/<code>/g)?.length, 1);
    assert.equal(code.match(/<\/code>/g)?.length, 1);
    assert.ok(code.endsWith('</code>'));
    assert.doesNotMatch(code.slice(6, -7), /[<>|`]/);
  });

  it('keeps a digest intact (no zero-width space inside code)', () => {
    const image = 'quay.io/kubevirt/cirros@sha256:abc123';
    assert.equal(decode(mdCode(image)), `<code>${image}</code>`);
  });
});

describe('mermaidLabel', () => {
  it('leaves nothing that ends a statement, starts a comment or directive, or is markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const label = mermaidLabel(value);
        assert.doesNotMatch(label, /[:;#%{}<>"\n\r()]/);
        assert.ok(label.length > 0 && label.length <= 62);
      }),
    );
  });

  it('prefixes a label that would read as a gantt keyword', () => {
    for (const keyword of ['click x call alert()', 'section evil', 'dateFormat YYYY', 'Title x']) {
      assert.match(mermaidLabel(keyword), /^_ /, keyword);
    }
    assert.equal(mermaidLabel('2026-03-01 x'), '_ 2026-03-01 x');
    assert.equal(mermaidLabel('ErrImagePull 1 ms'), 'ErrImagePull 1 ms');
  });

  it('turns -->, backticks and pipes into harmless text', () => {
    assert.equal(mermaidLabel('a --> b | `c`'), 'a -- b c');
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    assert.equal(
      escapeXml('<a & "b">\u0000\u001b\ud800'),
      '&lt;a &amp; &quot;b&quot;&gt;\ufffd\ufffd\ufffd',
    );
    assert.equal(escapeXml('tab\tand\nline'), 'tab\tand\nline');
  });
});

describe('markerKey', () => {
  it('never contains -- or --> and differs for different names', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        assert.doesNotMatch(markerKey(a), /--|>|\s/);
        if (a !== b) assert.notEqual(markerKey(a), markerKey(b));
      }),
    );
  });

  it('accepts a name with a lone surrogate', () => {
    assert.equal(markerKey('a\ud800-b'), 'a%EF%BF%BD%2Db');
  });
});

describe('text helpers', () => {
  it('replaces control characters, ANSI escapes and bidi overrides', () => {
    assert.equal(oneLine('a\u001b[31mb\u202ec\r\nd'), 'a\ufffd[31mb\ufffdc ↵ d');
  });

  it('never cuts a surrogate pair in two', () => {
    const cut = truncate('ab😀cd', 4);
    assert.equal(cut, 'ab…');
  });

  it('writes offsets and durations for people', () => {
    assert.equal(formatOffset(412), '+0.412 s');
    assert.equal(formatOffset(125_250), '+2m 05.250s');
    assert.equal(formatDuration(1), '1 ms');
    assert.equal(formatDuration(12_340), '12.3 s');
    assert.equal(formatDuration(125_000), '2m 05s');
    assert.equal(formatDuration(3_720_000), '1h 02m');
  });
});
