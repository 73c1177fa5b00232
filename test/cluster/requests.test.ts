// The retry policy of the check's requests, as data: what is final, how long to wait.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiException } from '@kubernetes/client-node';
import {
  DEFAULT_REQUEST_LIMITS,
  RequestTimeoutError,
  retryDelayMs,
} from '../../src/cluster/requests.ts';

const limits = { ...DEFAULT_REQUEST_LIMITS, baseDelayMs: 100, maxDelayMs: 1_000 };
const answer = (code: number, headers: Record<string, string> = {}) =>
  new ApiException(code, 'x', JSON.stringify({ kind: 'Status', code, message: 'x' }), headers);

describe('retryDelayMs', () => {
  it('never retries an answer a retry cannot change', () => {
    for (const code of [400, 401, 403, 404, 409, 410, 422]) {
      assert.equal(retryDelayMs(answer(code), 0, limits), undefined, String(code));
    }
  });

  it('retries 429, 5xx, a broken connection and a request that hung, doubling up to the cap', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((retry) => retryDelayMs(answer(503), retry, limits)),
      [100, 200, 400, 800, 1_000, 1_000],
    );
    assert.equal(retryDelayMs(answer(500), 0, limits), 100);
    const reset = new TypeError('fetch failed', {
      cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    });
    assert.equal(retryDelayMs(reset, 0, limits), 100);
    assert.equal(retryDelayMs(new RequestTimeoutError('hung', false), 1, limits), 200);
  });

  it('never retries a connection failure that lies in the kubeconfig: bad port, unknown host, certificate', () => {
    const failed = (cause: Error) => new TypeError('fetch failed', { cause });
    const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
    for (const error of [
      failed(new Error('bad port')),
      failed(withCode('getaddrinfo ENOTFOUND nowhere.invalid', 'ENOTFOUND')),
      failed(
        withCode(
          "Hostname/IP does not match certificate's altnames",
          'ERR_TLS_CERT_ALTNAME_INVALID',
        ),
      ),
      failed(withCode('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT')),
      failed(withCode('wrong version number', 'ERR_SSL_WRONG_VERSION_NUMBER')),
      withCode('Invalid URL', 'ERR_INVALID_URL'),
    ]) {
      assert.equal(retryDelayMs(error, 0, limits), undefined, errorText(error));
    }
    // A DNS answer that may change (the resolver timed out) is still retried.
    const dnsAgain = failed(withCode('getaddrinfo EAI_AGAIN api.example', 'EAI_AGAIN'));
    assert.equal(retryDelayMs(dnsAgain, 0, limits), 100);
  });

  it('waits at least what Retry-After says, also beyond the cap', () => {
    assert.equal(retryDelayMs(answer(429, { 'retry-after': '2' }), 0, limits), 2_000);
    assert.equal(retryDelayMs(answer(503, { 'retry-after': '0' }), 2, limits), 400);
  });
});

function errorText(error: Error): string {
  return `${error.message} <- ${String((error.cause as Error | undefined)?.message)}`;
}
