// The request layer (src/util/kube-api.ts) over real HTTP: against the simulator, an HTTPS server
// that wants a CA and a bearer token from the kubeconfig, and servers that hang or answer wrongly.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { ApiException, KubeConfig } from '@kubernetes/client-node';
import { apiClient, budget, RequestTimeoutError } from '../../src/cluster/requests.ts';
import { apiFailure, describeApiError } from '../../src/util/api-error.ts';
import { KubeApi, USER_AGENT } from '../../src/util/kube-api.ts';
import { simulatorsClosedAfter, VMS, vmManifest } from '../sim/helpers.ts';
import { selfSigned } from '../support/tls.ts';

const cluster = simulatorsClosedAfter();

/** A server on 127.0.0.1 (closed after the file's tests) and its URL. */
async function listening(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as AddressInfo;
  return `${'cert' in server ? 'https' : 'http'}://127.0.0.1:${port}`;
}

function kubeConfigFor(server: string, user: object, cluster: object = {}): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: 'c', server, skipTLSVerify: server.startsWith('http:'), ...cluster }],
    users: [{ name: 'u', ...user }],
    contexts: [{ name: 'c', cluster: 'c', user: 'u' }],
    currentContext: 'c',
  });
  return kubeConfig;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the request to fail');
}

describe('KubeApi against the simulator', { concurrency: true }, () => {
  it('creates, lists and reads through client-node, as JSON, with the selector and the continue token in the query', async () => {
    const { sim, kc } = await cluster();
    const api = KubeApi.of(kc);
    await api.createNamespace({ body: { metadata: { name: 'work' } } });
    assert.equal((await api.readNamespace({ name: 'work' })).metadata?.name, 'work');
    const vm = vmManifest('vm-1');
    await api.createNamespacedCustomObject({ ...VMS, namespace: 'work', body: vm });
    const listed = await api.listNamespacedCustomObject({
      ...VMS,
      namespace: 'work',
      labelSelector: 'app=transition-check',
    });
    assert.deepEqual(
      listed.items.map((item) => (item as { metadata: { name: string } }).metadata.name),
      ['vm-1'],
    );
    assert.match(listed.metadata?.resourceVersion ?? '', /^\d+$/);
    const none = await api.listNamespacedCustomObject({
      ...VMS,
      namespace: 'work',
      labelSelector: 'app=other',
    });
    assert.deepEqual(none.items, []);
    const read = (await api.getNamespacedCustomObject({
      ...VMS,
      namespace: 'work',
      name: 'vm-1',
    })) as {
      metadata: { creationTimestamp: unknown };
    };
    assert.equal(
      typeof read.metadata.creationTimestamp,
      'string',
      'the server JSON, no model class',
    );
    await api.listNamespacedPod({ namespace: 'work', _continue: 'token-1' }).catch(() => {});
    const pods = sim.requests.findLast((entry) => entry.path === '/api/v1/namespaces/work/pods');
    assert.equal(pods?.query.continue, 'token-1');
    const vms = sim.requests.filter((entry) => entry.resource === 'virtualmachines');
    assert.deepEqual(
      vms.map((entry) => `${entry.method} ${entry.query.labelSelector ?? ''}`),
      ['POST ', 'GET app=transition-check', 'GET app=other', 'GET '],
    );
  });

  it('throws an ApiException with the status, the Status body and the headers outside 2xx', async () => {
    const { sim, kc } = await cluster();
    const api = KubeApi.of(kc);
    const missing = await failure(api.readNamespace({ name: 'nope' }));
    assert.ok(missing instanceof ApiException);
    assert.equal(missing.code, 404);
    assert.deepEqual(apiFailure(missing), {
      code: 404,
      reason: 'NotFound',
      message: 'namespaces "nope" not found',
      network: false,
      retryAfterSeconds: undefined,
    });
    assert.equal(
      describeApiError(missing),
      'Error from server (NotFound): namespaces "nope" not found',
    );

    await api.createNamespace({ body: { metadata: { name: 'twice' } } });
    const again = await failure(api.createNamespace({ body: { metadata: { name: 'twice' } } }));
    assert.equal(apiFailure(again).code, 409);
    assert.equal(apiFailure(again).reason, 'AlreadyExists');

    sim.faults.inject({ respond: 429, retryAfterSeconds: 7, times: 1 });
    const throttled = apiFailure(await failure(api.listNode()));
    assert.equal(throttled.code, 429);
    assert.equal(throttled.retryAfterSeconds, 7);
  });

  it('answers the version and the resources of kubevirt.io/v1', async () => {
    const { kc } = await cluster();
    const api = KubeApi.of(kc);
    assert.match((await api.getCode()).gitVersion, /^v1\./);
    const resources = await api.getAPIResources({ group: 'kubevirt.io', version: 'v1' });
    assert.ok(resources.resources.some((resource) => resource.name === 'virtualmachines'));
  });
});

describe('KubeApi over HTTPS with a CA and a bearer token from the kubeconfig', () => {
  it('sends the token and its name, and trusts the certificate-authority-data; refuses the server without it', async (t) => {
    const certificate = selfSigned('IP:127.0.0.1');
    if (!certificate) return t.skip('openssl is not installed');
    const seen: (string | undefined)[] = [];
    const agents: (string | undefined)[] = [];
    const server = createHttpsServer(certificate, (request, response) => {
      seen.push(request.headers.authorization);
      agents.push(request.headers['user-agent']);
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ kind: 'NodeList', metadata: { resourceVersion: '7' }, items: [] }));
    });
    const url = await listening(server);
    const trusted = kubeConfigFor(
      url,
      { token: 'sekret-token' },
      { caData: certificate.cert.toString('base64') },
    );
    const nodes = await KubeApi.of(trusted).listNode();
    assert.equal(nodes.metadata?.resourceVersion, '7');
    assert.deepEqual(seen, ['Bearer sekret-token']);
    assert.deepEqual(agents, [USER_AGENT]);

    const untrusted = kubeConfigFor(url, { token: 'sekret-token' });
    const refused = apiFailure(await failure(KubeApi.of(untrusted).listNode()));
    assert.equal(refused.network, true);
    assert.match(refused.permanent ?? '', /certificate/);
    assert.equal(seen.length, 1, 'no request reached the server without a trusted certificate');
  });
});

describe('KubeApi with answers that are not what the API server sends', () => {
  it('names the request whose 200 answer is not JSON, and keeps a 502 page as the ApiException body', async () => {
    const server = createServer((request, response) => {
      const status = request.url?.includes('/nodes') ? 200 : 502;
      response.writeHead(status, { 'content-type': 'text/html' }).end('<html>proxy</html>');
    });
    const api = KubeApi.of(kubeConfigFor(await listening(server), {}));
    const html = await failure(api.listNode());
    assert.ok(html instanceof Error && !(html instanceof ApiException));
    assert.equal(
      html.message,
      `the API server's answer to GET /api/v1/nodes is not JSON: "<html>proxy</html>"`,
    );
    const gateway = await failure(api.readNamespace({ name: 'x' }));
    assert.ok(gateway instanceof ApiException);
    assert.equal(gateway.code, 502);
    assert.equal(gateway.body, '<html>proxy</html>');
    assert.equal(apiFailure(gateway).network, false);
  });
});

describe('apiClient: every request has a deadline', { concurrency: true }, () => {
  const limits = { requestTimeoutMs: 200, baseDelayMs: 10, maxDelayMs: 50 };

  it('fails a request the server holds past its limit, naming it', async () => {
    const { sim, kc } = await cluster();
    sim.faults.inject({ match: { resource: 'namespaces' }, delayMs: 3_000, times: 1 });
    const api = apiClient(
      { kubeConfig: kc, server: sim.url, source: 'test' },
      budget(5_000, limits),
    );
    const started = performance.now();
    const late = await failure(api.readNamespace({ name: 'default' }));
    assert.ok(late instanceof RequestTimeoutError, String(late));
    assert.equal(
      late.message,
      'the API server did not answer GET /api/v1/namespaces/default within 200 ms',
    );
    assert.ok(performance.now() - started < 2_000, 'ended at the deadline, not at the answer');
  });

  it('fails a request whose answer stalls after its headers', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"items": [');
    });
    const url = await listening(server);
    const api = apiClient(
      { kubeConfig: kubeConfigFor(url, {}), server: url, source: 'test' },
      budget(5_000, limits),
    );
    const stalled = await failure(api.listNode());
    assert.ok(stalled instanceof RequestTimeoutError, String(stalled));
    assert.match(stalled.message, /did not answer GET \/api\/v1\/nodes within 200 ms/);
  });

  it('ends a request of the plain exchange when its signal aborts', async () => {
    const { sim, kc } = await cluster();
    sim.faults.inject({ match: { resource: 'nodes' }, delayMs: 3_000, times: 1 });
    const started = performance.now();
    const aborted = await failure(KubeApi.of(kc, AbortSignal.timeout(100)).listNode());
    assert.equal((aborted as Error).name, 'TimeoutError');
    assert.ok(performance.now() - started < 2_000, 'ended at the abort, not at the answer');
  });
});
