// Test helpers for the setup: stand-in tools on PATH (see standin.js) and a local HTTP server
// that serves release downloads the way GitHub, dl.k8s.io and the KubeVirt bucket do.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const STANDIN = fileURLToPath(new URL('standin.js', import.meta.url));

export interface Scenario {
  /** stderr of a failing `kind create cluster` (e.g. Docker not running). */
  kindCreateError?: string;
  /** Successive answers to `kubectl get kubevirt kubevirt -o json`; the last repeats; null: NotFound. */
  kubevirt?: (object | null)[];
  /** Deployments and daemonsets among the items of `kubectl get deployments,daemonsets,pods`. */
  workloads?: object[];
  /** Pods among those items. */
  pods?: object[];
  /** A call whose `tool args...` line contains this never answers (until it is killed). */
  hang?: string;
}

export interface Call {
  tool: string;
  args: string[];
  /** The content of the file given to `kubectl apply -f`. */
  file?: string;
}

export interface Standins {
  dir: string;
  /** Directory with `kind`, `kubectl`, `sudo`, `udevadm` wrappers; put it first on PATH. */
  bin: string;
  /** Environment for the setup's tools: PATH with `bin` first, and STANDIN_DIR. */
  env: NodeJS.ProcessEnv;
  calls(): Call[];
  /** Calls as `tool arg arg ...` lines, without kubectl's `--kubeconfig <path>`. */
  commandLines(): string[];
  setClusters(names: string[]): void;
  clusters(): string[];
  cleanup(): void;
}

/** The shell wrapper that runs the stand-in as `tool`, served as a download or put on PATH. */
export function standinScript(tool: string): string {
  return `#!/bin/sh\nexec "${process.execPath}" "${STANDIN}" ${tool} "$@"\n`;
}

export function makeStandins(scenario: Scenario = {}): Standins {
  const dir = mkdtempSync(join(tmpdir(), 'ktc-standins-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const tool of ['kind', 'kubectl', 'sudo', 'udevadm']) {
    writeFileSync(join(bin, tool), standinScript(tool));
    chmodSync(join(bin, tool), 0o755);
  }
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(scenario));
  writeFileSync(join(dir, 'calls.jsonl'), '');
  const calls = () =>
    readFileSync(join(dir, 'calls.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Call);
  const clustersFile = join(dir, 'clusters.txt');
  return {
    dir,
    bin,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, STANDIN_DIR: dir },
    calls,
    commandLines: () =>
      calls().map(({ tool, args }) => {
        const kubeconfig = tool === 'kubectl' && args[0] === '--kubeconfig' ? 2 : 0;
        return [tool, ...args.slice(kubeconfig)].join(' ');
      }),
    setClusters: (names) => writeFileSync(clustersFile, names.map((n) => `${n}\n`).join('')),
    clusters: () => {
      try {
        return readFileSync(clustersFile, 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Route {
  status?: number;
  body: string;
  /** Answer 503 to this many requests first (a passing fault). */
  failFirst?: number;
}

export interface ReleaseServer {
  url: string;
  routes: Map<string, Route>;
  /** Requests per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 answering the routes (path -> body); 404 for anything else. */
export async function startReleaseServer(): Promise<ReleaseServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (route?.failFirst && hits.get(path)! <= route.failFirst) {
      response.statusCode = 503;
      response.end('Service Unavailable');
      return;
    }
    response.statusCode = route ? (route.status ?? 200) : 404;
    response.end(route ? route.body : 'Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A KubeVirt CR answer in the given phase with the given Available status. */
export function kubevirtState(phase: string, available: boolean, reason = ''): object {
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'KubeVirt',
    metadata: { name: 'kubevirt', namespace: 'kubevirt' },
    status: {
      phase,
      conditions: [
        {
          type: 'Available',
          status: available ? 'True' : 'False',
          reason: reason || (available ? 'AllComponentsReady' : 'DeploymentInProgress'),
          message: available ? 'All components are ready.' : 'Deploying version v1.9.0',
        },
      ],
    },
  };
}

export interface Proxy {
  url: string;
  /** What it was asked: `GET http://host/path` (forward) or `CONNECT host:port` (tunnel). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A forward proxy as self-hosted runners have: requests in absolute form are forwarded, CONNECT
 * opens a tunnel (502 Bad Gateway when the target cannot be reached). `hosts` resolves names
 * only the proxy knows (as a corporate proxy knows the internal ones).
 */
export async function startProxy(hosts: Record<string, string> = {}): Promise<Proxy> {
  const requests: string[] = [];
  const resolve = (host: string) => hosts[host] ?? host;
  const server = createServer((incoming, outgoing) => {
    requests.push(`${incoming.method} ${incoming.url}`);
    const target = new URL(incoming.url ?? '');
    const forward = httpRequest(
      {
        hostname: resolve(target.hostname),
        port: target.port,
        path: target.pathname + target.search,
        method: incoming.method,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forward);
  });
  server.on('connect', (incoming, socket, head) => {
    requests.push(`CONNECT ${incoming.url}`);
    const [host = '', port = '443'] = (incoming.url ?? '').split(':');
    const upstream = connect(Number(port), resolve(host), () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
