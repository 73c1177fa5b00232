// Downloads over HTTP(S) with a time limit and a few retries for passing faults, and sha256
// checksums as published next to kind and kubectl releases. Through the proxy that
// HTTP(S)_PROXY / NO_PROXY name, as on self-hosted runners: Node's own fetch ignores them, so this
// uses undici's (the HTTP client @actions/http-client brings, already in the bundle).
import { createHash } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { EnvHttpProxyAgent, fetch, type Dispatcher, type Response } from 'undici';
import { errorMessage } from '../util/errors.ts';
import { proxyFromEnv } from './proxy.ts';

export interface DownloadOptions {
  /** Time allowed for one request, body included. */
  timeoutMs?: number;
  /** Further tries after a network error, 429 or 5xx (never after 404 or another 4xx). */
  retries?: number;
  /** Wait before the first retry; doubled for each further one. */
  retryDelayMs?: number;
  /** Where `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` (or lowercase) are read; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Aborting it ends the download at once. */
  signal?: AbortSignal;
}

export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 2_000;

/** A download that failed for good; the message names the URL and what the server said. */
export class DownloadError extends Error {
  readonly url: string;
  /** HTTP status, `undefined` for a network error or a timeout. */
  readonly status: number | undefined;
  constructor(url: string, problem: string, status?: number) {
    super(`Download of ${url} failed: ${problem}`);
    this.name = 'DownloadError';
    this.url = url;
    this.status = status;
  }
}

/** The body of `url` as text. */
export async function downloadText(url: string, options: DownloadOptions = {}): Promise<string> {
  return withRetries(url, options, async (response) => await response.text());
}

/**
 * Streams `url` into the file `destination` and returns the sha256 (hex) of what was written.
 * A failed download leaves no file behind.
 */
export async function downloadFile(
  url: string,
  destination: string,
  options: DownloadOptions = {},
): Promise<string> {
  return withRetries(url, options, async (response) => {
    const hash = createHash('sha256');
    const file = await open(destination, 'w', 0o644);
    try {
      if (response.body) {
        for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
          hash.update(chunk);
          await file.write(chunk);
        }
      }
    } catch (error) {
      await file.close();
      await rm(destination, { force: true });
      throw error;
    }
    await file.close();
    return hash.digest('hex');
  });
}

/**
 * The sha256 for `fileName` in a checksum file: either a bare hash (kubectl's `.sha256`) or
 * `sha256sum` lines `<hash>  <name>` (kind's `.sha256sum`).
 */
export function parseSha256(text: string, fileName: string, checksumUrl: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words[0]);
  for (const [hash, name] of lines) {
    const isHash = /^[0-9a-fA-F]{64}$/.test(hash!);
    if (isHash && (name === undefined || name.replace(/^\*/, '') === fileName)) {
      return hash!.toLowerCase();
    }
  }
  throw new Error(
    `${checksumUrl} holds no sha256 for ${fileName}; expected a 64-digit hex hash, alone or followed by the file name.`,
  );
}

async function withRetries<T>(
  url: string,
  options: DownloadOptions,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  let delayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const proxy = proxyFromEnv(options.env ?? process.env);
  // undici sends https through HTTP_PROXY when HTTPS_PROXY is unset (curl and Go would not).
  const dispatcher = proxy ? new EnvHttpProxyAgent(proxy) : undefined;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await attemptDownload(url, options, dispatcher, read);
      } catch (error) {
        const final =
          (error instanceof DownloadError &&
            error.status !== undefined &&
            !retryable(error.status)) ||
          options.signal?.aborted;
        if (final || attempt >= retries) throw error;
        await sleep(delayMs, undefined, { signal: options.signal });
        delayMs *= 2;
      }
    }
  } finally {
    await dispatcher?.close();
  }
}

async function attemptDownload<T>(
  url: string,
  options: DownloadOptions,
  dispatcher: Dispatcher | undefined,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  let response: Response;
  const timeoutMs = options.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    response = await fetch(url, { signal, redirect: 'follow', dispatcher });
  } catch (error) {
    throw new DownloadError(url, networkProblem(error, timeoutMs));
  }
  if (!response.ok) {
    await response.body?.cancel();
    const hint = response.status === 404 ? ' (no such file: check the version)' : '';
    throw new DownloadError(
      url,
      `HTTP ${response.status} ${response.statusText}${hint}`,
      response.status,
    );
  }
  try {
    return await read(response);
  } catch (error) {
    throw new DownloadError(url, networkProblem(error, timeoutMs));
  }
}

function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function networkProblem(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no complete answer within ${timeoutMs}ms`;
  }
  const cause =
    error instanceof Error && error.cause !== undefined ? `: ${errorMessage(error.cause)}` : '';
  return `${errorMessage(error)}${cause}`;
}
