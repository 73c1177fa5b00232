// Start-up: `node dist/index.js` from process start to its first API request, next to a bare
// `node -e ''` (start to exit) and a bare `node -e 'fetch(...)'` (start to its request), spawned
// the same way, alternating, on the same machine in the same run; and the installed command
// (`bin/kubevirt-transition-check.js run`: version check, then dist/index.js, whose CLI chunk it
// runs) the same way. With the RSS of each process at its first request and the size of dist/.
// `before` (a git revision, `--before REV` of bench/run.ts) measures that revision's committed
// dist/ and bin/ in the same loop, for a before/after comparison under the same load.
// Run alone with `node bench/startup.ts [bundle.js ...]` to compare bundles.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round } from './lib/figures.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE = join(ROOT, 'node_modules/.bin/node');
export const BUNDLE = join(ROOT, 'dist/index.js');
export const CLI = join(ROOT, 'bin/kubevirt-transition-check.js');

/** The same figures for the dist/ and bin/ of another revision, measured in the same loop. */
export interface StartupBefore {
  revision: string;
  bundle: number;
  bundleCpuMs?: number;
  bundleRssMb?: number;
  cli?: number;
  cliRssMb?: number;
  distMb: number;
}

export interface StartupResult {
  /** Median ms from spawn to the bundle's first API request. */
  bundle: number;
  /** Median ms from spawn to exit of `node -e ''`. */
  bareNode: number;
  /** Median ms from spawn to the first request of `node -e 'fetch(url)'`. */
  bareRequest: number;
  /** Median CPU ms (user + system) the bundle's process used until its first request. */
  bundleCpuMs?: number;
  /**
   * Median CPU ms of `node -e 'fetch(url)'` until its request: CPU moves far less with the
   * machine's load than wall time, so `bundleCpuMs / bareRequestCpuMs` is the steadier ratio.
   */
  bareRequestCpuMs?: number;
  /** Median RSS of the bundle's process at its first request, MB. */
  bundleRssMb?: number;
  /** The entry file alone (dist/index.js), MB. */
  bundleMb: number;
  /** All of dist/ (entry, chunks, licenses), MB. */
  distMb?: number;
  /** Median ms from spawn of `bin/kubevirt-transition-check.js run` to its first API request. */
  cli?: number;
  /** Median CPU ms the CLI's process used until its first request. */
  cliCpuMs?: number;
  /** Median RSS of the CLI's process at its first request, MB. */
  cliRssMb?: number;
  cliMb?: number;
  before?: StartupBefore;
  runs: number;
  samples: { bundle: number[]; bareNode: number[]; bareRequest: number[]; cli?: number[] };
}

/** CPU ms used so far and RSS now of a live process (Linux /proc; empty elsewhere). */
function usageOf(pid: number | undefined): { cpuMs?: number; rssMb?: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rssKb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return {
      cpuMs: (ticks * 1000) / 100, // USER_HZ is 100 on Linux
      ...(rssKb !== undefined ? { rssMb: Number(rssKb) / 1024 } : {}),
    };
  } catch {
    return {};
  }
}

/** Size of every file under `directory`, MB. */
function directoryMb(directory: string): number {
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' });
  const bytes = files
    .map((file) => statSync(join(directory, file)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0);
  return round(bytes / 2 ** 20, 1);
}

/** The committed dist/ and bin/ of `revision`, unpacked into a temporary folder. */
function checkout(revision: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'bench-before-'));
  const archive = execFileSync('git', ['archive', revision, 'dist', 'bin', 'package.json'], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', folder], { input: archive });
  return folder;
}

export async function measureStartup(
  runs = 7,
  bundle = BUNDLE,
  before?: string,
): Promise<StartupResult> {
  let onRequest: (() => void) | undefined;
  const server = createServer((_request, response) => {
    onRequest?.();
    onRequest = undefined;
    response.writeHead(503, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const directory = await mkdtemp(join(tmpdir(), 'bench-startup-'));
  const kubeconfig = join(directory, 'kubeconfig');
  await writeFile(
    kubeconfig,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{ name: c, cluster: { server: "' + url + '", insecure-skip-tls-verify: true } }]',
      'contexts: [{ name: c, context: { cluster: c, user: u } }]',
      'current-context: c',
      'users: [{ name: u, user: {} }]',
    ].join('\n'),
  );
  // What the runner gives an action: its inputs as INPUT_*, nothing from this shell.
  const env = { PATH: process.env.PATH ?? '', HOME: directory, INPUT_KUBECONFIG: kubeconfig };

  /** ms from spawn to the first request (killing the process then), or to exit. */
  const time = (args: string[], until: 'request' | 'exit') =>
    new Promise<{ ms: number; cpuMs?: number; rssMb?: number }>((resolve, reject) => {
      const started = performance.now();
      const child = spawn(NODE, args, { env, stdio: 'ignore' });
      child.once('error', reject);
      if (until === 'request') {
        onRequest = () => {
          const ms = performance.now() - started;
          const usage = usageOf(child.pid);
          child.kill('SIGKILL');
          child.once('exit', () => resolve({ ms, ...usage }));
        };
        child.once('exit', (code) => {
          if (onRequest) reject(new Error(`${args.join(' ')} exited (${code}) before a request`));
        });
      } else {
        child.once('exit', () => resolve({ ms: performance.now() - started }));
      }
    });

  const samples = { bundle: [] as number[], bareNode: [] as number[], bareRequest: [] as number[] };
  const cliSamples: number[] = [];
  const cliCpu: number[] = [];
  const cliRss: number[] = [];
  const withCli = bundle === BUNDLE && existsSync(CLI);
  const cliArgs = (bin: string) => [bin, 'run', '--kubeconfig', kubeconfig, '--attempts', '1'];
  const cpu: number[] = [];
  const rss: number[] = [];
  const fetchCpu: number[] = [];
  const old = before
    ? { tree: checkout(before), ms: [] as number[], cliMs: [] as number[] }
    : undefined;
  const oldCpu: number[] = [];
  const oldRss: number[] = [];
  const oldCliRss: number[] = [];
  const oldBundle = old && join(old.tree, 'dist/index.js');
  const oldCli = old && join(old.tree, 'bin/kubevirt-transition-check.js');
  try {
    // Warm the file cache: a runner has just checked the action out.
    await time([bundle], 'request');
    if (withCli) await time(cliArgs(CLI), 'request');
    if (oldBundle) await time([oldBundle], 'request');
    if (oldCli && withCli) await time(cliArgs(oldCli), 'request');
    for (let run = 0; run < runs; run++) {
      const measured = await time([bundle], 'request');
      samples.bundle.push(measured.ms);
      if (measured.cpuMs !== undefined) cpu.push(measured.cpuMs);
      if (measured.rssMb !== undefined) rss.push(measured.rssMb);
      if (old && oldBundle) {
        const measured = await time([oldBundle], 'request');
        old.ms.push(measured.ms);
        if (measured.cpuMs !== undefined) oldCpu.push(measured.cpuMs);
        if (measured.rssMb !== undefined) oldRss.push(measured.rssMb);
      }
      samples.bareNode.push((await time(['-e', ''], 'exit')).ms);
      const bare = await time(['-e', `fetch(${JSON.stringify(url)}).catch(() => {})`], 'request');
      samples.bareRequest.push(bare.ms);
      if (bare.cpuMs !== undefined) fetchCpu.push(bare.cpuMs);
      if (withCli) {
        const measured = await time(cliArgs(CLI), 'request');
        cliSamples.push(measured.ms);
        if (measured.cpuMs !== undefined) cliCpu.push(measured.cpuMs);
        if (measured.rssMb !== undefined) cliRss.push(measured.rssMb);
        if (old && oldCli) {
          const measured = await time(cliArgs(oldCli), 'request');
          old.cliMs.push(measured.ms);
          if (measured.rssMb !== undefined) oldCliRss.push(measured.rssMb);
        }
      }
    }
  } finally {
    server.close();
    await rm(directory, { recursive: true, force: true });
  }
  const bundleCpuMs = median(cpu);
  const bareRequestCpuMs = median(fetchCpu);
  const bundleRssMb = median(rss);
  const cliRssMb = median(cliRss);
  const distDirectory = join(bundle, '..');
  const beforeResult: StartupBefore | undefined = old && {
    revision: before!,
    bundle: round(median(old.ms)!, 1),
    ...(oldCpu.length ? { bundleCpuMs: median(oldCpu) } : {}),
    ...(oldRss.length ? { bundleRssMb: round(median(oldRss)!, 0) } : {}),
    ...(old.cliMs.length ? { cli: round(median(old.cliMs)!, 1) } : {}),
    ...(oldCliRss.length ? { cliRssMb: round(median(oldCliRss)!, 0) } : {}),
    distMb: directoryMb(join(old.tree, 'dist')),
  };
  if (old) await rm(old.tree, { recursive: true, force: true });
  return {
    bundle: round(median(samples.bundle)!, 1),
    bareNode: round(median(samples.bareNode)!, 1),
    bareRequest: round(median(samples.bareRequest)!, 1),
    ...(bundleCpuMs !== undefined ? { bundleCpuMs } : {}),
    ...(bareRequestCpuMs !== undefined ? { bareRequestCpuMs } : {}),
    ...(bundleRssMb !== undefined ? { bundleRssMb: round(bundleRssMb, 0) } : {}),
    bundleMb: round(statSync(bundle).size / 2 ** 20, 1),
    distMb: directoryMb(distDirectory),
    ...(withCli
      ? {
          cli: round(median(cliSamples)!, 1),
          ...(cliCpu.length ? { cliCpuMs: median(cliCpu) } : {}),
          ...(cliRssMb !== undefined ? { cliRssMb: round(cliRssMb, 0) } : {}),
        }
      : {}),
    ...(beforeResult ? { before: beforeResult } : {}),
    runs,
    samples: {
      bundle: samples.bundle.map((v) => round(v, 1)),
      bareNode: samples.bareNode.map((v) => round(v, 1)),
      bareRequest: samples.bareRequest.map((v) => round(v, 1)),
      ...(withCli ? { cli: cliSamples.map((v) => round(v, 1)) } : {}),
    },
  };
}

if (import.meta.main) {
  const bundles = process.argv.slice(2);
  for (const bundle of bundles.length ? bundles : [BUNDLE]) {
    const result = await measureStartup(9, bundle);
    console.log(
      `${bundle} (dist/ ${result.distMb} MB): first request ${result.bundle} ms (cpu ${result.bundleCpuMs ?? '?'} ms, RSS ${result.bundleRssMb ?? '?'} MB); node -e '' ${result.bareNode} ms; node -e fetch ${result.bareRequest} ms` +
        (result.cli === undefined
          ? ''
          : `; CLI run ${result.cli} ms (cpu ${result.cliCpuMs ?? '?'} ms, RSS ${result.cliRssMb ?? '?'} MB)`),
    );
  }
}
