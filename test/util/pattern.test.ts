import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/config/index.ts';
import type { InputName } from '../../src/contract.ts';
import { linearPattern, literalPattern } from '../../src/util/pattern.ts';

const configWith = (inputs: Partial<Record<InputName, string>>) =>
  readConfig((name) => inputs[name] ?? '', {});

describe('expected-message patterns', () => {
  it('match a catastrophic pattern against a long message in linear time (no hang)', () => {
    // A backtracking engine takes about 2^n steps here: with n = 100 000 it would never return.
    const pattern = configWith({ 'expected-message': '(a+)+$' }).expectedMessage;
    assert.equal(pattern.test(`${'a'.repeat(100_000)}b`), false);
    assert.equal(pattern.test('aaaa'), true);
  });

  it('match anywhere in the message, as RegExp.test does, with RE2 syntax', () => {
    assert.equal(linearPattern('ErrImagePull|not found').test('x: not found'), true);
    assert.equal(linearPattern('^rpc error').test('an rpc error'), false);
    assert.equal(linearPattern('(?i)NO SUCH HOST').test('no such host'), true);
    assert.equal(linearPattern('no-such-image:\\d+').test('no-such-image:42'), true);
  });

  it('match image references literally by default', () => {
    const pattern = literalPattern(['registry.invalid/a/b:1.0', 'quay.io/x+y']);
    assert.equal(pattern.test('pulling "registry.invalid/a/b:1.0" failed'), true);
    assert.equal(pattern.test('registryXinvalid/a/b:1x0'), false);
    assert.equal(pattern.test('quay.io/x+y'), true);
    assert.equal(
      configWith({ image: 'quay.io/a/b:v1' }).expectedMessage.test('quay.io/a/b:v1'),
      true,
    );
  });

  for (const [what, source, reason] of [
    ['a backreference', '(a)\\1', /invalid escape sequence/],
    ['a lookahead', 'x(?=y)', /unsupported Perl syntax/],
    ['a lookbehind', '(?<!x)y', /invalid named capture/],
  ] as const) {
    it(`rejects ${what} as a config error that says what RE2 lacks`, () => {
      assert.throws(
        () => configWith({ 'expected-message': source }),
        (error: Error) => {
          assert.match(
            error.message,
            /^Invalid input 'expected-message': .* is not a regular expression RE2 accepts: /,
          );
          assert.match(error.message, reason);
          assert.match(error.message, /no backreferences \(\\1\) and no lookaround/);
          return true;
        },
      );
    });
  }
});
