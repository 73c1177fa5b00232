// A throw-away self-signed certificate (openssl makes it) for HTTPS servers in tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/**
 * A key and a certificate valid one day for `subjectAltName` (`DNS:other.example`,
 * `IP:127.0.0.1`), or undefined when openssl is not installed.
 */
export function selfSigned(subjectAltName: string): Certificate | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'ktc-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-subj',
      `/CN=${subjectAltName.replace(/^\w+:/, '')}`,
      '-addext',
      `subjectAltName=${subjectAltName}`,
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    if (made.status !== 0) return undefined;
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
