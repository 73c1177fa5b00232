// Which proxy reaches a URL, from HTTP(S)_PROXY and NO_PROXY as curl and kubectl read them. The
// downloads use undici's agent for these variables; client-node reads only a kubeconfig's
// `proxy-url`, so for the API server the choice is made here, as kubectl (Go's net/http
// `ProxyFromEnvironment`) makes it.
import { BlockList, isIP } from 'node:net';

export interface ProxySettings {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

/** The proxy settings of `env` (lowercase first, as curl), or undefined when no proxy is set. */
export function proxyFromEnv(env: NodeJS.ProcessEnv): ProxySettings | undefined {
  const read = (name: string) => env[name.toLowerCase()] || env[name] || '';
  const httpProxy = read('HTTP_PROXY');
  const httpsProxy = read('HTTPS_PROXY');
  if (!httpProxy && !httpsProxy) return undefined;
  return { httpProxy, httpsProxy, noProxy: read('NO_PROXY') };
}

/**
 * The proxy for `url`, or undefined for a direct connection: HTTPS_PROXY for https, HTTP_PROXY
 * for http, none for a loopback host (Go never proxies those) or one that NO_PROXY lists.
 */
export function proxyFor(url: string, env: NodeJS.ProcessEnv): string | undefined {
  const settings = proxyFromEnv(env);
  if (!settings) return undefined;
  const target = new URL(url);
  const proxy = target.protocol === 'https:' ? settings.httpsProxy : settings.httpProxy;
  if (!proxy) return undefined;
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  if (isLoopback(host) || bypassed(host, port, settings.noProxy)) return undefined;
  return proxy;
}

function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const loopback = new BlockList();
  loopback.addSubnet('127.0.0.0', 8, 'ipv4');
  loopback.addAddress('::1', 'ipv6');
  return isIP(host) !== 0 && loopback.check(host, isIP(host) === 6 ? 'ipv6' : 'ipv4');
}

/** NO_PROXY: `*`, IPs, CIDRs, and domains (`example.com` and `.example.com` cover subdomains). */
function bypassed(host: string, port: string, noProxy: string): boolean {
  for (const raw of noProxy.split(',')) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (inSubnet(host, entry)) return true;
      continue;
    }
    const withPort = /^(.*?):(\d+)$/.exec(entry);
    if (withPort && isIP(entry) !== 6) {
      if (withPort[2] !== port) continue;
      entry = withPort[1]!;
    }
    const domain = entry.replace(/^\*?\./, '');
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}

function inSubnet(host: string, cidr: string): boolean {
  const [network = '', bits = ''] = cidr.split('/');
  const family = isIP(network);
  if (family === 0 || isIP(host) !== family) return false;
  const subnet = new BlockList();
  const type = family === 6 ? 'ipv6' : 'ipv4';
  subnet.addSubnet(network, Number(bits), type);
  return subnet.check(host, type);
}
