import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readZip, ZipError } from '../../src/trend/zip.ts';
import { zip } from '../support/zip.ts';

describe('readZip', () => {
  it('reads back what was stored or deflated, folders left out', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z]{1,8}\.json$/), fc.string({ maxLength: 2000 }), {
          minKeys: 1,
          maxKeys: 4,
        }),
        fc.constantFrom<0 | 8>(0, 8),
        (files, method) => {
          const entries = readZip(zip({ ...files, 'folder/': '' }, method));
          assert.deepEqual(
            Object.fromEntries(entries.map((entry) => [entry.name, entry.content.toString()])),
            { ...files },
          );
        },
      ),
    );
  });

  it('refuses what is not a sound zip, with a ZipError saying why', () => {
    const good = zip({ 'timeline.json': '{"schemaVersion":1}'.repeat(50) });
    const cases: [Buffer, RegExp][] = [
      [Buffer.from('<html>not found</html>'), /no end of central directory record/],
      [Buffer.alloc(0), /no end of central directory record/],
      [good.subarray(good.length - 40), /damaged|truncated/],
      [flip(good, 50), /cannot be inflated|CRC-32/],
    ];
    for (const [archive, message] of cases)
      assert.throws(
        () => readZip(archive),
        (error: Error) => error instanceof ZipError && message.test(error.message),
      );
    assert.throws(() => readZip(good, 10), /larger than 10 bytes/);
  });
});

/** The archive with one byte of the compressed data changed. */
function flip(archive: Buffer, at: number): Buffer {
  const copy = Buffer.from(archive);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}
