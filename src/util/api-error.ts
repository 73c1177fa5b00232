// What an API call's failure means, from whatever client-node threw: an ApiException with a
// Status body, a watch `done(err)` with `statusCode`, or a network error from undici's fetch.
import { errorMessage } from './errors.ts';

export interface ApiFailure {
  /** HTTP status; undefined when no answer came (network error). */
  code?: number;
  /** The Status reason (`NotFound`, `Forbidden`, `Expired`, `TooManyRequests`, ...). */
  reason?: string;
  /** The server's message, or the network error's. */
  message: string;
  /** From `Retry-After` or the Status' `details.retryAfterSeconds`. */
  retryAfterSeconds?: number;
  /** True when the server could not be reached or the connection broke. */
  network: boolean;
  /** The system's code of that network failure, e.g. `ECONNREFUSED`, when it gave one. */
  networkCode?: string;
}

interface StatusBody {
  kind?: string;
  reason?: string;
  message?: string;
  code?: number;
  details?: { retryAfterSeconds?: number };
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

function parseStatus(body: unknown): StatusBody | undefined {
  if (typeof body === 'string') {
    try {
      return parseStatus(JSON.parse(body));
    } catch {
      return undefined;
    }
  }
  return body !== null && typeof body === 'object' ? body : undefined;
}

function networkCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function apiFailure(error: unknown): ApiFailure {
  const network = networkCode(error);
  if (network) {
    return {
      message: `${network}: ${innermostMessage(error)}`,
      network: true,
      networkCode: network,
    };
  }
  const shaped = error as {
    code?: unknown;
    statusCode?: unknown;
    body?: unknown;
    headers?: Record<string, string>;
  };
  const code =
    typeof shaped?.code === 'number'
      ? shaped.code
      : typeof shaped?.statusCode === 'number'
        ? shaped.statusCode
        : undefined;
  const status = parseStatus(shaped?.body);
  if (code === undefined && status?.kind !== 'Status') {
    const message = errorMessage(error);
    const looksNetwork = /fetch failed|socket|terminated|other side closed|aborted/i.test(message);
    return { message: looksNetwork ? innermostMessage(error) : message, network: looksNetwork };
  }
  const header = shaped?.headers?.['retry-after'];
  const retryAfterSeconds =
    status?.details?.retryAfterSeconds ?? (header !== undefined ? Number(header) : undefined);
  return {
    code: code ?? status?.code,
    reason: status?.reason,
    message: status?.message ?? firstLine(errorMessage(error)),
    retryAfterSeconds: Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : undefined,
    network: false,
  };
}

/** One line in kubectl's words: `Error from server (NotFound): virtualmachines.kubevirt.io "x" not found`. */
export function describeApiError(error: unknown, server?: string): string {
  const failure = apiFailure(error);
  if (failure.network) {
    const where = server ? ` to the server ${server}` : '';
    return failure.networkCode === 'ECONNREFUSED'
      ? `The connection${where} was refused - did you specify the right host or port? (${failure.message})`
      : `Unable to connect${where}: ${failure.message}`;
  }
  if (failure.code === undefined) return failure.message;
  if (failure.code === 401) {
    // kubectl's words; client-node drops the 401 body, which would only say `Unauthorized`.
    return `You must be logged in to the server (Unauthorized): the server refused the kubeconfig's credentials: renew the token or certificate of its current user (kubectl auth whoami shows who the server takes you for)`;
  }
  return `Error from server (${failure.reason ?? failure.code}): ${failure.message}`;
}

function innermostMessage(error: unknown): string {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown })?.cause;
    if (!cause) break;
    current = cause;
  }
  return errorMessage(current);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
