// Pre-flight against the simulated cluster over HTTP, through the unmodified client-node.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { KubeConfig } from '@kubernetes/client-node';
import type { ClusterConnection } from '../../src/cluster/kubeconfig.ts';
import { preflight, PreflightError } from '../../src/cluster/preflight.ts';
import { budget } from '../../src/cluster/requests.ts';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/sim/index.ts';
import { selfSigned } from '../support/tls.ts';

const simulators: Simulator[] = [];
after(() => Promise.all(simulators.map((sim) => sim.close())));
const simulatorOf = new WeakMap<ClusterConnection, Simulator>();

async function clusterWith(options: SimulatorOptions): Promise<ClusterConnection> {
  const sim = await startSimulator(options);
  simulators.push(sim);
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(sim.kubeconfig);
  const cluster: ClusterConnection = { kubeConfig, server: sim.url, source: 'test' };
  simulatorOf.set(cluster, sim);
  return cluster;
}

/** The simulator behind `cluster` (the tests run at once: not the last one started). */
function simOf(cluster: ClusterConnection): Simulator {
  return simulatorOf.get(cluster)!;
}

/** Short limits, so that a fault test waits for milliseconds, not for the real bounds. */
const LIMITS = { requestTimeoutMs: 1_000, baseDelayMs: 20, maxDelayMs: 200 };
const PREFLIGHT_MS = 4_000;
/** For a pre-flight that can only fail: two requests' time, so it retries before it gives up. */
const FAILING_PREFLIGHT_MS = 2 * LIMITS.requestTimeoutMs;
/** What a pre-flight may take at most: its budget plus one request that started at its end. */
const boundMs = (budgetMs: number) => budgetMs + LIMITS.requestTimeoutMs + 1_000;
/** A credential a plugin prints: it must never reach a message. */
const TOKEN = 'sha256~PLUGIN-SECRET-0123456789';
const short = (ms = PREFLIGHT_MS) => ({ within: budget(ms, LIMITS) });

/** A cluster connection whose kubeconfig says `user` (YAML lines) about its user. */
function withUser(cluster: ClusterConnection, user: string[]): ClusterConnection {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(
    simOf(cluster).kubeconfig.replace(
      '    user: {}',
      ['    user:', ...user.map((line) => `      ${line}`)].join('\n'),
    ),
  );
  return { ...cluster, kubeConfig };
}

/** A 60 s pre-flight: a failure that ends within FAST_FAILURE_MS was not retried to its end. */
const slow = () => ({ within: budget(60_000, LIMITS), refusedForMs: 60_000 });
const FAST_FAILURE_MS = 5_000;

function connectionTo(server: string, caData?: string): ClusterConnection {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: 'c', server, caData }],
    users: [{ name: 'u', token: 'x' }],
    contexts: [{ name: 'c', cluster: 'c', user: 'u' }],
    currentContext: 'c',
  });
  return { kubeConfig, server, source: 'test' };
}

/** An HTTPS server whose self-signed certificate names only `name`. */
async function httpsServerFor(name: string): Promise<{ url: string; caData: string } | undefined> {
  const certificate = selfSigned(`DNS:${name}`);
  if (!certificate) return undefined;
  const server = createHttpsServer(certificate, (_, res) => res.end('{}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  const { port } = server.address() as AddressInfo;
  return { url: `https://127.0.0.1:${port}`, caData: certificate.cert.toString('base64') };
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PreflightError, `expected a PreflightError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected the pre-flight to fail');
}

describe('preflight', { concurrency: true }, () => {
  it('passes on a healthy cluster and reports versions, the gate and KVM', async () => {
    const result = await preflight(await clusterWith({}), {});
    assert.match(result.kubernetesVersion, /^v1\./);
    assert.equal(result.kubevirtVersion, 'v1.8.4');
    assert.equal(result.imageVolume.enabled, false);
    assert.equal(result.virtualization.schedulable, true);
    assert.equal(result.virtualization.kvmNodes, 1);
    assert.deepEqual(result.warnings, []);
  });

  it('sees the ImageVolume gate that KubeVirt 1.9 turns on by default', async () => {
    const result = await preflight(await clusterWith({ kubevirt: { version: 'v1.9.0' } }), {});
    assert.equal(result.imageVolume.enabled, true);
    assert.match(result.imageVolume.why, /v1\.9\.0 enables Beta feature gates/);
  });

  it('sees the gate disabled through disabledFeatureGates', async () => {
    const cluster = await clusterWith({
      kubevirt: { version: 'v1.9.0', disabledFeatureGates: ['ImageVolume'] },
    });
    assert.equal((await preflight(cluster, {})).imageVolume.enabled, false);
  });

  it('explains that without KVM and emulation the launcher pod cannot be scheduled', async () => {
    const result = await preflight(await clusterWith({ nodes: { kvm: false } }), {});
    assert.equal(result.virtualization.schedulable, false);
    assert.match(result.virtualization.why, /ErrorUnschedulable/);
    const emulated = await preflight(
      await clusterWith({ nodes: { kvm: false }, kubevirt: { useEmulation: true } }),
      {},
    );
    assert.equal(emulated.virtualization.schedulable, true);
  });

  it('names a cluster without KubeVirt and says how to get it', async () => {
    const message = await rejection(
      preflight(await clusterWith({ kubevirt: { installed: false } }), {}),
    );
    assert.match(
      message,
      /KubeVirt is not installed on http:\/\/127\.0\.0\.1:\d+: the API group kubevirt\.io\/v1 is not served/,
    );
    assert.match(message, /setup: kind/);
  });

  it('waits for nobody: a KubeVirt that is not Available is an error with the wait command', async () => {
    const message = await rejection(
      preflight(await clusterWith({ kubevirt: { available: false } }), {}),
    );
    assert.match(message, /KubeVirt kubevirt\/kubevirt is not Available/);
    assert.match(message, /kubectl -n kubevirt wait kv kubevirt --for condition=Available/);
  });

  it('names an unreachable API server', async () => {
    const cluster = await clusterWith({});
    const sim = simOf(cluster);
    await sim.close();
    const started = performance.now();
    const message = await rejection(preflight(cluster, short(FAILING_PREFLIGHT_MS)));
    assert.match(
      message,
      /Cannot reach the Kubernetes API server http:\/\/127\.0\.0\.1:\d+ \(kubeconfig test\): The connection to the server .* was refused/,
    );
    assert.ok(
      performance.now() - started < boundMs(FAILING_PREFLIGHT_MS),
      'retried within the pre-flight budget only',
    );
  });

  it('gives up on a refused connection after a few seconds, not at the pre-flight limit', async () => {
    const cluster = await clusterWith({});
    await simulators.at(-1)!.close();
    const started = performance.now();
    const message = await rejection(
      preflight(cluster, { within: budget(60_000, LIMITS), refusedForMs: 300 }),
    );
    const elapsed = performance.now() - started;
    assert.match(message, /was refused - did you specify the right host or port\?/);
    assert.ok(elapsed < 300 + LIMITS.requestTimeoutMs, `gave up after ${Math.round(elapsed)}ms`);
  });

  it('waits out an API server that refuses connections while it restarts', async () => {
    const cluster = await clusterWith({});
    const sim = simulators.at(-1)!;
    const restarted = sim.faults.restart({ downMs: 300 });
    const result = await preflight(cluster, {
      within: budget(PREFLIGHT_MS, LIMITS),
      refusedForMs: 3_000,
    });
    await restarted;
    assert.match(result.kubernetesVersion, /^v1\./);
  });

  it('goes on through one 429 with Retry-After, one 503 and one connection reset', async () => {
    const cluster = await clusterWith({});
    const sim = simOf(cluster);
    // Rules apply in order, one request each: the first three requests (GET /version) fail.
    sim.faults.inject({ respond: 429, retryAfterSeconds: 1, times: 1 });
    sim.faults.inject({ respond: 503, times: 1 });
    sim.faults.inject({ respond: 'reset', times: 1 });
    const started = performance.now();
    const result = await preflight(cluster, short());
    const elapsed = performance.now() - started;
    assert.equal(result.kubevirtVersion, 'v1.8.4');
    assert.deepEqual(result.warnings, []);
    const versions = sim.requests.filter((entry) => entry.path === '/version');
    assert.deepEqual(
      versions.map((entry) => entry.fault ?? String(entry.status)),
      ['429', '503', 'reset', '200'],
    );
    assert.ok(elapsed >= 1000, `waited the Retry-After of 1s (${Math.round(elapsed)}ms)`);
    assert.ok(elapsed < boundMs(PREFLIGHT_MS), `within the bound (${Math.round(elapsed)}ms)`);
  });

  it('stops at a cancel: aborts the request in flight and sends no access review after it', async () => {
    const cluster = await clusterWith({});
    const sim = simOf(cluster);
    // The KubeVirt CR read hangs; the cancel comes while it is in flight.
    sim.faults.inject({ match: { resource: 'kubevirts' }, delayMs: 3_000, times: 1 });
    const cancel = new AbortController();
    const within = budget(PREFLIGHT_MS, { ...LIMITS, requestTimeoutMs: 3_000 }, cancel.signal);
    setTimeout(() => cancel.abort(), 200);
    const started = performance.now();
    await assert.rejects(preflight(cluster, { within }));
    const elapsed = performance.now() - started;
    assert.ok(
      elapsed < 2_000,
      `ended at the cancel, not after the request (${Math.round(elapsed)}ms)`,
    );
    const reviews = sim.requests.filter((entry) => entry.path.includes('selfsubjectaccessreviews'));
    assert.equal(reviews.length, 0, 'no access review was sent after the cancel');
  });

  it('names the request a server that accepts connections but never answers hung on', async (t) => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    t.after(() => {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    });
    const address = silent.address();
    assert.ok(address && typeof address === 'object');
    const cluster = await clusterWith({});
    const url = `http://127.0.0.1:${address.port}`;
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(simOf(cluster).kubeconfig.replace(cluster.server, url));
    const started = performance.now();
    const message = await rejection(
      preflight({ kubeConfig, server: url, source: 'test' }, short(FAILING_PREFLIGHT_MS)),
    );
    assert.match(
      message,
      /Cannot reach the Kubernetes API server http:\/\/127\.0\.0\.1:\d+ \(kubeconfig test\): the API server did not answer GET \/version within 1(\.0)? ?s/,
    );
    assert.ok(
      performance.now() - started < boundMs(FAILING_PREFLIGHT_MS),
      'ended within the pre-flight budget',
    );
  });

  it('stops an exec credential plugin that hangs, and says which one', async () => {
    const cluster = await clusterWith({});
    const pidFile = join(tmpdir(), `ktc-plugin-${process.pid}-${Date.now()}.pid`);
    const plugin = `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000);`;
    const hanging = withUser(cluster, [
      'exec:',
      '  apiVersion: client.authentication.k8s.io/v1',
      `  command: ${JSON.stringify(process.execPath)}`,
      `  args: ["-e", ${JSON.stringify(plugin)}]`,
      '  interactiveMode: Never',
    ]);
    const started = performance.now();
    const message = await rejection(preflight(hanging, short(FAILING_PREFLIGHT_MS)));
    assert.match(
      message,
      /Cannot reach the Kubernetes API server .*: the kubeconfig's exec credential plugin '.*node.*' did not finish within 1(\.0)? ?s/,
    );
    assert.ok(
      performance.now() - started < boundMs(FAILING_PREFLIGHT_MS),
      'ended within the pre-flight budget',
    );
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await waitForExit(pid);
  });

  it('says the server refused the credentials on a 401, not that it cannot be reached', async () => {
    const cluster = await clusterWith({});
    simOf(cluster).faults.inject({ respond: 401 });
    const started = performance.now();
    const message = await rejection(preflight(cluster, slow()));
    assert.ok(performance.now() - started < FAST_FAILURE_MS, 'a 401 is not retried');
    assert.match(
      message,
      /^Cannot log in to the Kubernetes API server http:\/\/127\.0\.0\.1:\d+ \(kubeconfig test\): You must be logged in to the server \(Unauthorized\): the server refused the kubeconfig's credentials/,
    );
  });

  it('fails at once on a port no HTTP client may use (https://127.0.0.1:1), saying it is not retried', async () => {
    const started = performance.now();
    const message = await rejection(preflight(connectionTo('https://127.0.0.1:1'), slow()));
    assert.ok(performance.now() - started < FAST_FAILURE_MS, 'a bad port is not retried');
    assert.match(
      message,
      /^Cannot reach the Kubernetes API server https:\/\/127\.0\.0\.1:1 \(kubeconfig test\): .*"bad ports".*not retried/,
    );
  });

  it('fails at once on a server certificate that does not match the host', async (t) => {
    const tls = await httpsServerFor('other.example');
    if (!tls) return t.skip('openssl is not installed');
    const started = performance.now();
    const message = await rejection(preflight(connectionTo(tls.url, tls.caData), slow()));
    assert.ok(
      performance.now() - started < FAST_FAILURE_MS,
      'a certificate mismatch is not retried',
    );
    assert.match(message, /certificate is not valid for this host name or IP.*not retried/);
  });

  for (const [kind, script, expected] of [
    [
      'exits non-zero',
      `process.stderr.write('error: token ${TOKEN} expired'); process.exit(3);`,
      /exec credential plugin '.*node.*' exited with code 3; its output is not shown, as it may hold credentials: run '.*' yourself to see it/,
    ],
    [
      'prints no ExecCredential JSON',
      `process.stdout.write('{"status": {"token": "${TOKEN}"'); process.exit(0);`,
      /exec credential plugin '.*node.*' did not print an ExecCredential in JSON .*; its output is not shown/,
    ],
  ] as const) {
    it(`names the kind of failure of an exec credential plugin that ${kind}, never its output`, async () => {
      const cluster = await clusterWith({});
      const failing = withUser(cluster, [
        'exec:',
        '  apiVersion: client.authentication.k8s.io/v1',
        `  command: ${JSON.stringify(process.execPath)}`,
        `  args: ["-e", ${JSON.stringify(script)}]`,
        '  interactiveMode: Never',
      ]);
      const message = await rejection(preflight(failing, short()));
      assert.match(message, /^Cannot log in to the Kubernetes API server /);
      assert.match(message, expected);
      assert.ok(!message.includes(TOKEN), `the plugin's output leaked: ${message}`);
    });
  }

  it('says when the exec credential plugin is not installed', async () => {
    const cluster = await clusterWith({});
    const missing = withUser(cluster, [
      'exec:',
      '  apiVersion: client.authentication.k8s.io/v1',
      '  command: no-such-credential-plugin',
      '  interactiveMode: Never',
    ]);
    const message = await rejection(preflight(missing, short()));
    assert.match(
      message,
      /exec credential plugin 'no-such-credential-plugin' was not found: is it installed and on PATH\?/,
    );
  });

  it('lists every missing permission', async () => {
    const cluster = await clusterWith({
      rbac: {
        deny: [
          { verb: 'list', resource: 'events' },
          { verb: 'create', resource: 'namespaces' },
        ],
      },
    });
    const message = await rejection(preflight(cluster, {}));
    assert.match(
      message,
      /lack permissions the check needs:\n {2}list events \(cluster-wide\)\n {2}create namespaces\n/,
    );
    assert.match(
      message,
      /give an existing namespace \(input namespace: NAME\) so no namespace has to be created/,
    );
  });

  it('runs with a warning that the check polls when watch is denied but get and list are not', async () => {
    const cluster = await clusterWith({
      rbac: {
        deny: [
          { verb: 'watch', resource: 'virtualmachines' },
          { verb: 'watch', resource: 'events' },
        ],
      },
    });
    const result = await preflight(cluster, {});
    assert.equal(result.warnings.length, 1, result.warnings.join('\n'));
    assert.match(
      result.warnings[0]!,
      /may not watch virtualmachines\.kubevirt\.io, events: the check polls them instead .*A state shorter than the poll interval can be missed/,
    );
  });

  it('needs no namespace permissions when the namespace is given, but the namespace must exist', async () => {
    const cluster = await clusterWith({
      rbac: { deny: [{ verb: 'create', resource: 'namespaces' }] },
    });
    await preflight(cluster, { namespace: 'default' });
    const message = await rejection(preflight(cluster, { namespace: 'nope' }));
    assert.match(
      message,
      /namespace "nope" not found: create it, or leave the 'namespace' input empty/,
    );
  });
});

/** Waits (bounded) until the process `pid` is gone: a killed plugin must not outlive its limit. */
async function waitForExit(pid: number): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.kill(pid, 'SIGKILL');
  assert.fail(`the exec credential plugin (pid ${pid}) was still running`);
}
