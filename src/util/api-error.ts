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
  /**
   * Why no retry can help: the connection failed for a reason that lies in the kubeconfig (its
   * URL, host name or certificate), not in the server's state. Such a failure ends at once.
   */
  permanent?: string;
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

/**
 * Connection failures that do not heal by retrying, each with what to check. The TLS codes are
 * OpenSSL's verify results as Node names them (node/src/crypto/crypto_common.cc, X509_V_ERR_*)
 * and Node's own `ERR_TLS_CERT_ALTNAME_INVALID` (lib/tls.js checkServerIdentity).
 */
const CERTIFICATE_ADVICE =
  "check the server URL and the cluster's certificate-authority(-data) in the kubeconfig";
const PERMANENT_CODES: Record<string, string> = {
  ENOTFOUND:
    'the host name does not exist (DNS has no such name): check the server URL in the kubeconfig',
  ERR_INVALID_URL: 'the server URL is not a valid URL: check it in the kubeconfig',
  ERR_TLS_CERT_ALTNAME_INVALID: `the server's certificate is not valid for this host name or IP: ${CERTIFICATE_ADVICE}`,
  DEPTH_ZERO_SELF_SIGNED_CERT: `the server's certificate is self-signed and not trusted: ${CERTIFICATE_ADVICE}`,
  SELF_SIGNED_CERT_IN_CHAIN: `the server's certificate chain ends in an untrusted self-signed CA: ${CERTIFICATE_ADVICE}`,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: `the server's certificate is signed by an unknown CA: ${CERTIFICATE_ADVICE}`,
  UNABLE_TO_GET_ISSUER_CERT: `the server's certificate is signed by an unknown CA: ${CERTIFICATE_ADVICE}`,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: `the server's certificate is signed by an unknown CA: ${CERTIFICATE_ADVICE}`,
  CERT_SIGNATURE_FAILURE: `the server's certificate has a bad signature: ${CERTIFICATE_ADVICE}`,
  CERT_HAS_EXPIRED: "the server's certificate has expired: renew it, or check the server URL",
  CERT_NOT_YET_VALID:
    "the server's certificate is not valid yet: check the clocks, or the server URL",
  CERT_REVOKED: "the server's certificate was revoked: check the server URL",
  ERR_SSL_WRONG_VERSION_NUMBER:
    "the server does not speak TLS on this port (an http:// server behind an https:// URL?): check the server URL's scheme and port",
};
/** undici refuses the Fetch standard's "bad ports" (1, 7, 9, ... 6000, 6665-6669) without connecting. */
const BAD_PORT =
  'the port is one of the Fetch standard\'s blocked "bad ports", which no HTTP client connects to: check the server URL\'s port in the kubeconfig';

/** Why a connection failure cannot heal, or undefined when a retry may help. */
function permanentReason(error: unknown): { code: string; why: string } | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && Object.hasOwn(PERMANENT_CODES, code)) {
      return { code, why: PERMANENT_CODES[code]! };
    }
    if (current instanceof Error && current.message === 'bad port') {
      return { code: 'bad port', why: BAD_PORT };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

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
  const permanent = permanentReason(error);
  if (permanent) {
    const said = innermostMessage(error);
    return {
      message: said === permanent.code ? said : `${permanent.code}: ${said}`,
      network: true,
      networkCode: permanent.code,
      permanent: permanent.why,
    };
  }
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
    if (failure.permanent) {
      return `Unable to connect${where}: ${failure.permanent} (${failure.message}); not retried, as a retry cannot change this`;
    }
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
