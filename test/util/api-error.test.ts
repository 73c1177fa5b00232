import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiException } from '@kubernetes/client-node';
import { apiFailure, describeApiError } from '../../src/util/api-error.ts';

const status = (code: number, reason: string, message: string, extra: object = {}) =>
  JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    code,
    reason,
    message,
    ...extra,
  });

describe('apiFailure', () => {
  it('reads code, reason and message from an ApiException with a Status body', () => {
    const error = new ApiException(
      404,
      'Unknown API Status Code!',
      status(404, 'NotFound', 'virtualmachines.kubevirt.io "x" not found'),
      {},
    );
    assert.deepEqual(apiFailure(error), {
      code: 404,
      reason: 'NotFound',
      message: 'virtualmachines.kubevirt.io "x" not found',
      retryAfterSeconds: undefined,
      network: false,
    });
    assert.equal(
      describeApiError(error),
      'Error from server (NotFound): virtualmachines.kubevirt.io "x" not found',
    );
  });

  it('takes Retry-After from the Status details, else from the header', () => {
    const fromDetails = new ApiException(
      429,
      'x',
      status(429, 'TooManyRequests', 'slow down', { details: { retryAfterSeconds: 3 } }),
      {},
    );
    assert.equal(apiFailure(fromDetails).retryAfterSeconds, 3);
    const fromHeader = new ApiException(429, 'x', '', { 'retry-after': '7' });
    assert.equal(apiFailure(fromHeader).retryAfterSeconds, 7);
  });

  it('reads a watch error that carries statusCode', () => {
    const error = Object.assign(new Error('Forbidden'), { statusCode: 403 });
    assert.equal(apiFailure(error).code, 403);
  });

  it('recognises a refused connection as a network failure, in kubectl words', () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    });
    assert.equal(apiFailure(error).network, true);
    assert.match(
      describeApiError(error, 'https://127.0.0.1:1'),
      /^The connection to the server https:\/\/127.0.0.1:1 was refused - did you specify the right host or port\?/,
    );
  });

  it('says why a connection failure that no retry can heal is final, and what to check', () => {
    const badPort = new TypeError('fetch failed', { cause: new Error('bad port') });
    assert.equal(apiFailure(badPort).permanent !== undefined, true);
    assert.match(
      describeApiError(badPort, 'https://127.0.0.1:1'),
      /^Unable to connect to the server https:\/\/127.0.0.1:1: the port is one of the Fetch standard's blocked "bad ports".*check the server URL's port in the kubeconfig \(bad port\); not retried/,
    );
    const nxdomain = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.nowhere.invalid'), {
        code: 'ENOTFOUND',
      }),
    });
    assert.match(
      describeApiError(nxdomain, 'https://api.nowhere.invalid:6443'),
      /the host name does not exist .*\(ENOTFOUND: getaddrinfo ENOTFOUND api\.nowhere\.invalid\); not retried/,
    );
  });
});
