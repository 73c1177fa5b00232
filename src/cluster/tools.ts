// Installs pinned releases of kind and kubectl into the runner's tool cache, verified against
// the sha256 their projects publish, as helm/kind-action does. A cached binary is used as is.
import { access, chmod, constants, mkdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadFile, downloadText, parseSha256, type DownloadOptions } from './download.ts';

export const DEFAULT_KIND_BASE_URL = 'https://github.com/kubernetes-sigs/kind/releases/download';
export const DEFAULT_KUBECTL_BASE_URL = 'https://dl.k8s.io/release';

export type Tool = 'kind' | 'kubectl';

export interface InstallToolOptions {
  tool: Tool;
  /** Release tag, e.g. `v0.33.0`. */
  version: string;
  /** Base URL of the releases (default: the project's own); see `toolUrls`. */
  baseUrl?: string;
  /** Root of the tool cache: `$RUNNER_TOOL_CACHE`, else a directory under the system temp dir. */
  cacheRoot: string;
  platform?: NodeJS.Platform;
  arch?: string;
  download?: DownloadOptions;
  log: (line: string) => void;
}

/** Where a tool release is downloaded from, and its checksum file. */
export function toolUrls(
  tool: Tool,
  version: string,
  os: string,
  arch: string,
  baseUrl?: string,
): { binary: string; checksum: string; fileName: string } {
  if (tool === 'kind') {
    const fileName = `kind-${os}-${arch}`;
    const binary = `${trimSlash(baseUrl ?? DEFAULT_KIND_BASE_URL)}/${version}/${fileName}`;
    return { binary, checksum: `${binary}.sha256sum`, fileName };
  }
  const binary = `${trimSlash(baseUrl ?? DEFAULT_KUBECTL_BASE_URL)}/${version}/bin/${os}/${arch}/kubectl`;
  return { binary, checksum: `${binary}.sha256`, fileName: 'kubectl' };
}

/** `$RUNNER_TOOL_CACHE` on a runner, else a directory under the system temp dir. */
export function toolCacheRoot(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TOOL_CACHE || join(tmpdir(), 'kubevirt-transition-check', 'tool-cache');
}

/** The release architecture name (`amd64`, `arm64`) of a Node `process.arch`. */
export function releaseArch(arch: string = process.arch): string {
  const names: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };
  const name = names[arch];
  if (!name) {
    throw new Error(`kind and kubectl are released for x64 and arm64 runners, not for ${arch}.`);
  }
  return name;
}

/**
 * Returns the path of the tool's binary at `<cacheRoot>/<tool>/<version>/<arch>/<tool>`,
 * downloading it first unless it is there. A download is checked against the published sha256
 * before it is put in place (by rename, so a cached binary is always complete).
 */
export async function installTool(options: InstallToolOptions): Promise<string> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'linux' && platform !== 'darwin') {
    throw new Error(`setup: kind runs on Linux (or macOS) runners, not on ${platform}.`);
  }
  const arch = releaseArch(options.arch);
  const { tool, version } = options;
  const directory = join(options.cacheRoot, tool, version, arch);
  const binary = join(directory, tool);
  if (await isExecutable(binary)) {
    options.log(`${tool} ${version} found in the tool cache: ${binary}`);
    return binary;
  }

  const urls = toolUrls(tool, version, platform, arch, options.baseUrl);
  options.log(`Downloading ${tool} ${version} from ${urls.binary}`);
  await mkdir(directory, { recursive: true });
  const expected = parseSha256(
    await downloadText(urls.checksum, options.download),
    urls.fileName,
    urls.checksum,
  );
  const partial = `${binary}.download-${process.pid}`;
  const actual = await downloadFile(urls.binary, partial, options.download);
  if (actual !== expected) {
    await rm(partial, { force: true });
    throw new Error(
      `Checksum mismatch for ${tool} ${version} from ${urls.binary}: its sha256 is ${actual}, but ${urls.checksum} says ${expected}. The download was deleted; run again, and if it persists check the download source.`,
    );
  }
  await chmod(partial, 0o755);
  await rename(partial, binary);
  options.log(`${tool} ${version} installed (sha256 ${actual} verified): ${binary}`);
  return binary;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
