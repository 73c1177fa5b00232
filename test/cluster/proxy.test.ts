// The proxy for a URL as kubectl chooses it from the environment, and the API server reached
// through it by client-node once loadKubeConfig has written it as the cluster's proxy-url.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CoreV1Api } from '@kubernetes/client-node';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.ts';
import { proxyFor } from '../../src/cluster/proxy.ts';
import { simulator, type Clients } from '../sim/helpers.ts';
import { startProxy } from './standins.ts';

const PROXY = 'http://proxy.corp:3128';

describe('proxyFor', () => {
  it('takes HTTPS_PROXY for https and HTTP_PROXY for http, lowercase first', () => {
    const env = { HTTPS_PROXY: PROXY, http_proxy: 'http://plain:80', HTTP_PROXY: 'http://no:1' };
    assert.equal(proxyFor('https://api.example.org:6443', env), PROXY);
    assert.equal(proxyFor('http://api.example.org', env), 'http://plain:80');
    assert.equal(proxyFor('https://api.example.org', { HTTP_PROXY: PROXY }), undefined);
    assert.equal(proxyFor('https://api.example.org', {}), undefined);
  });

  it('never proxies loopback, as kubectl does not', () => {
    const env = { HTTPS_PROXY: PROXY };
    for (const url of ['https://127.0.0.1:39211', 'https://localhost:6443', 'https://[::1]:6443'])
      assert.equal(proxyFor(url, env), undefined, url);
  });

  it('goes direct to what NO_PROXY lists: hosts, domains, ports, IPs and CIDRs, or *', () => {
    const direct = (url: string, noProxy: string) =>
      proxyFor(url, { HTTPS_PROXY: PROXY, NO_PROXY: noProxy }) === undefined;
    assert.ok(direct('https://api.corp.example:6443', 'example.org, .corp.example'));
    assert.ok(direct('https://corp.example:6443', 'corp.example'));
    assert.ok(!direct('https://notcorp.example:6443', 'corp.example'));
    assert.ok(direct('https://api.example:6443', 'api.example:6443'));
    assert.ok(!direct('https://api.example:443', 'api.example:6443'));
    assert.ok(direct('https://10.1.2.3:6443', '10.0.0.0/8'));
    assert.ok(!direct('https://11.1.2.3:6443', '10.0.0.0/8'));
    assert.ok(direct('https://192.168.1.5', '192.168.1.5'));
    assert.ok(direct('https://anything', '*'));
  });
});

describe('the API server behind a proxy', () => {
  let clients: Clients;
  after(() => clients?.sim.close());

  it('is reached through HTTP_PROXY, and directly when NO_PROXY lists it', async () => {
    clients = await simulator();
    const port = new URL(clients.sim.url).port;
    const proxy = await startProxy({ 'kubevirt-api.corp': '127.0.0.1' });
    try {
      const path = join(mkdtempSync(join(tmpdir(), 'ktc-proxy-')), 'kubeconfig');
      writeFileSync(
        path,
        clients.sim.kubeconfig.replace(clients.sim.url, `http://kubevirt-api.corp:${port}`),
      );
      const listNamespaces = (env: NodeJS.ProcessEnv) =>
        loadKubeConfig(path, env).kubeConfig.makeApiClient(CoreV1Api).listNamespace();

      const namespaces = await listNamespaces({ HTTP_PROXY: proxy.url });
      assert.ok(namespaces.items.some((namespace) => namespace.metadata?.name === 'kubevirt'));
      assert.equal(proxy.requests.length, 1, proxy.requests.join('\n'));
      assert.match(proxy.requests[0]!, /kubevirt-api\.corp/);

      await assert.rejects(
        listNamespaces({ HTTP_PROXY: proxy.url, NO_PROXY: '.corp' }),
        /kubevirt-api\.corp|ENOTFOUND|fetch failed/,
      );
      assert.equal(proxy.requests.length, 1, 'NO_PROXY: not through the proxy');
    } finally {
      await proxy.close();
    }
  });
});
