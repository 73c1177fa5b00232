import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DownloadError,
  downloadFile,
  downloadText,
  parseSha256,
} from '../../src/cluster/download.ts';
import { proxyFromEnv } from '../../src/cluster/proxy.ts';
import {
  sha256,
  startProxy,
  startReleaseServer,
  type Proxy,
  type ReleaseServer,
} from './standins.ts';

const HASH = 'a'.repeat(64);

describe('parseSha256', () => {
  it("reads kubectl's bare hash", () => {
    assert.equal(parseSha256(`${HASH}\n`, 'kubectl', 'u'), HASH);
  });

  it("reads kind's sha256sum line for the file, ignoring other files' lines", () => {
    const other = 'b'.repeat(64);
    const text = `${other}  kind-darwin-arm64\n${HASH.toUpperCase()}  kind-linux-amd64\n`;
    assert.equal(parseSha256(text, 'kind-linux-amd64', 'u'), HASH);
    assert.equal(parseSha256(`${HASH} *kind-linux-amd64`, 'kind-linux-amd64', 'u'), HASH);
  });

  it('rejects a checksum file without a hash for the file, naming its URL', () => {
    assert.throws(
      () => parseSha256('<html>Not here</html>', 'kubectl', 'https://x/kubectl.sha256'),
      /https:\/\/x\/kubectl\.sha256 holds no sha256 for kubectl/,
    );
    assert.throws(
      () => parseSha256(`${HASH}  kind-linux-arm64`, 'kind-linux-amd64', 'u'),
      /no sha256 for kind-linux-amd64/,
    );
  });
});

describe('downloads', () => {
  let server: ReleaseServer;
  let dir: string;
  before(async () => {
    server = await startReleaseServer();
    dir = mkdtempSync(join(tmpdir(), 'ktc-download-'));
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the file and returns its sha256', async () => {
    server.routes.set('/file', { body: 'content' });
    const path = join(dir, 'file');
    assert.equal(await downloadFile(`${server.url}/file`, path), sha256('content'));
    assert.equal(readFileSync(path, 'utf8'), 'content');
  });

  it('does not retry a 404, and says to check the version', async () => {
    await assert.rejects(
      downloadText(`${server.url}/v9.9.9/missing`, { retries: 3, retryDelayMs: 0 }),
      (error: unknown) => {
        assert.ok(error instanceof DownloadError);
        assert.equal(error.status, 404);
        assert.match(
          error.message,
          /\/v9\.9\.9\/missing failed: HTTP 404 Not Found \(no such file: check the version\)/,
        );
        return true;
      },
    );
    assert.equal(server.hits.get('/v9.9.9/missing'), 1);
  });

  it('retries a 503 and succeeds', async () => {
    server.routes.set('/flaky', { body: 'v1.9.0\n', failFirst: 2 });
    assert.equal(
      await downloadText(`${server.url}/flaky`, { retries: 2, retryDelayMs: 0 }),
      'v1.9.0\n',
    );
    assert.equal(server.hits.get('/flaky'), 3);
  });

  it('gives up after the retries, with the last status', async () => {
    server.routes.set('/down', { body: '', failFirst: 10 });
    await assert.rejects(
      downloadText(`${server.url}/down`, { retries: 1, retryDelayMs: 0 }),
      /\/down failed: HTTP 503 Service Unavailable$/,
    );
    assert.equal(server.hits.get('/down'), 2);
  });

  it('reports a refused connection as a network problem and leaves no file', async () => {
    const closed = await startReleaseServer();
    await closed.close();
    const path = join(dir, 'never');
    await assert.rejects(
      downloadFile(`${closed.url}/x`, path, { retries: 0 }),
      /Download of http:\/\/127\.0\.0\.1:\d+\/x failed: fetch failed: .*ECONNREFUSED/,
    );
    assert.ok(!existsSync(path));
  });
});

describe('downloads through the proxy of HTTP(S)_PROXY / NO_PROXY', () => {
  let server: ReleaseServer;
  let proxy: Proxy;
  before(async () => {
    server = await startReleaseServer();
    server.routes.set('/stable.txt', { body: 'v1.9.0\n' });
    proxy = await startProxy();
  });
  after(async () => {
    await server.close();
    await proxy.close();
  });

  it('sends HTTP through HTTP_PROXY (or http_proxy), tunnelled as undici does', async () => {
    for (const name of ['HTTP_PROXY', 'http_proxy']) {
      proxy.requests.length = 0;
      const text = await downloadText(`${server.url}/stable.txt`, { env: { [name]: proxy.url } });
      assert.equal(text, 'v1.9.0\n');
      assert.deepEqual(proxy.requests, [`CONNECT ${new URL(server.url).host}`]);
    }
  });

  it('tunnels HTTPS through HTTPS_PROXY with CONNECT', async () => {
    proxy.requests.length = 0;
    await assert.rejects(
      downloadText('https://releases.example.invalid/kind', {
        env: { HTTPS_PROXY: proxy.url },
        retries: 0,
      }),
      /Download of https:\/\/releases\.example\.invalid\/kind failed/,
    );
    assert.deepEqual(proxy.requests, ['CONNECT releases.example.invalid:443']);
  });

  it('goes direct to hosts in NO_PROXY, and without a proxy', async () => {
    proxy.requests.length = 0;
    const env = { HTTP_PROXY: proxy.url, NO_PROXY: 'example.org,127.0.0.1' };
    assert.equal(await downloadText(`${server.url}/stable.txt`, { env }), 'v1.9.0\n');
    assert.equal(await downloadText(`${server.url}/stable.txt`, { env: {} }), 'v1.9.0\n');
    assert.deepEqual(proxy.requests, []);
  });

  it('reads lowercase before uppercase, as curl does', () => {
    assert.deepEqual(proxyFromEnv({ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' }), {
      httpProxy: '',
      httpsProxy: 'http://a:1',
      noProxy: '',
    });
    assert.equal(proxyFromEnv({ NO_PROXY: '*' }), undefined);
  });
});

describe('a cancelled download', () => {
  it('ends at once, without retrying', async () => {
    const cancel = new AbortController();
    cancel.abort();
    await assert.rejects(
      downloadText('http://127.0.0.1:9/never', { signal: cancel.signal, retryDelayMs: 60_000 }),
      /Download of http:\/\/127\.0\.0\.1:9\/never failed/,
    );
  });
});
