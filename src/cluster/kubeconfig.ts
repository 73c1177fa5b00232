// Which cluster to talk to. The kubeconfig's content is never logged: it holds credentials.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { KubeConfig } from '../util/client-node.ts';
import { errorMessage } from '../util/errors.ts';
import { settingOf, type Audience } from '../util/setting.ts';
import { withoutUrlCredentials } from '../util/text.ts';
import { proxyFor } from './proxy.ts';

export interface ClusterConnection {
  kubeConfig: KubeConfig;
  /** The API server URL of the current context. */
  server: string;
  /** Where the kubeconfig came from, for messages: a path, or `$KUBECONFIG (a:b)`. */
  source: string;
}

/** A kubeconfig that cannot be used; the message says which one and what to do. */
export class KubeconfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KubeconfigError';
  }
}

/**
 * Loads the kubeconfig from `path` (the `kubeconfig` input), else `$KUBECONFIG` (a list of
 * files, merged as kubectl does), else `~/.kube/config`.
 */
export function loadKubeConfig(
  path?: string,
  env: NodeJS.ProcessEnv = process.env,
  audience: Audience = 'action',
): ClusterConnection {
  const input = settingOf('kubeconfig', audience);
  const kubeConfig = new KubeConfig();
  let source: string;
  if (path) {
    source = path;
    mustExist(path, `${input} names '${path}', which does not exist`);
    load(() => kubeConfig.loadFromFile(path), source);
  } else if (env.KUBECONFIG) {
    const files = env.KUBECONFIG.split(delimiter).filter(Boolean);
    source = `$KUBECONFIG (${files.join(delimiter)})`;
    files.forEach((file) => mustExist(file, `$KUBECONFIG names '${file}', which does not exist`));
    load(() => mergeFirstWins(kubeConfig, files), source);
  } else {
    source = join(homedir(), '.kube', 'config');
    mustExist(
      source,
      audience === 'cli'
        ? `no kubeconfig: --kubeconfig is not given, $KUBECONFIG is not set and ${source} does not exist. Give --kubeconfig PATH or set KUBECONFIG to the kubeconfig of a cluster with KubeVirt (create one first: kind, kubevirtci)`
        : `no kubeconfig: the 'kubeconfig' input is empty, $KUBECONFIG is not set and ${source} does not exist. Set the 'kubeconfig' input, or use 'setup: kind' to create a cluster`,
    );
    load(() => kubeConfig.loadFromFile(source), source);
  }
  return connection(kubeConfig, source, env);
}

function connection(
  kubeConfig: KubeConfig,
  source: string,
  env: NodeJS.ProcessEnv,
): ClusterConnection {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) {
    throw new KubeconfigError(
      `kubeconfig ${source} has no current context with a cluster; set 'current-context' (kubectl config use-context NAME)`,
    );
  }
  if (hasCredentials(cluster.server)) {
    throw new KubeconfigError(
      `kubeconfig ${source}: the server URL of cluster "${cluster.name}" (${withoutUrlCredentials(cluster.server)}) holds credentials, which this check never sends from a URL (nor prints); remove them from 'server' and give them in the user entry instead (a token, a client certificate or an exec credential plugin)`,
    );
  }
  const badUrl = serverUrlProblem(cluster.server);
  if (badUrl) {
    throw new KubeconfigError(
      `kubeconfig ${source}: the server URL of cluster "${cluster.name}" (${withoutUrlCredentials(cluster.server)}) ${badUrl}; fix 'server' (e.g. https://HOST:6443)`,
    );
  }
  const user = kubeConfig.getCurrentUser();
  const badExec =
    user?.exec === undefined || user.exec === null ? undefined : execProblem(user.exec);
  if (badExec) {
    throw new KubeconfigError(
      `kubeconfig ${source}: the exec credential plugin of user "${user?.name ?? ''}" ${badExec}; fix 'exec' in that user entry (command: a string, args: a list of strings, env: a list of name/value strings)`,
    );
  }
  const proxyUrl = cluster.proxyUrl ? undefined : proxyFor(cluster.server, env);
  if (proxyUrl) useProxy(kubeConfig, cluster.name, proxyUrl);
  return { kubeConfig, server: cluster.server, source };
}

/**
 * Sets the cluster's `proxy-url`, the only proxy setting client-node reads, to the proxy that
 * kubectl would take from the environment for this server.
 */
function useProxy(kubeConfig: KubeConfig, clusterName: string, proxyUrl: string): void {
  kubeConfig.loadFromOptions({
    clusters: kubeConfig.clusters.map((cluster) =>
      cluster.name === clusterName ? { ...cluster, proxyUrl } : cluster,
    ),
    users: kubeConfig.users,
    contexts: kubeConfig.contexts,
    currentContext: kubeConfig.currentContext,
  });
}

/** The most the exec plugin's arguments and environment may hold: far more than any real plugin's. */
export const MAX_EXEC_BYTES = 256 * 1024;

/**
 * What is wrong with a user's `exec` before client-node runs it, or undefined. client-node hands
 * `args` and `env` to spawn as they were parsed: YAML aliases there (an "alias bomb": lists of
 * lists of the same list) stay shared references until spawn turns each argument into a string,
 * which expands them exponentially and blocked the event loop for minutes. Every item is checked
 * to be a plain string, without looking inside anything else, and their sizes are summed, so
 * the check costs what the file's text does. (The other fields client-node reads as plain strings
 * one by one, which aliases cannot blow up.)
 */
export function execProblem(exec: unknown): string | undefined {
  if (typeof exec !== 'object' || exec === null) return "is not a mapping ('exec:')";
  const { command, args, env } = exec as { command?: unknown; args?: unknown; env?: unknown };
  if (typeof command !== 'string') return "has no 'command' string";
  let bytes = command.length;
  if (args !== undefined && args !== null) {
    if (!Array.isArray(args)) return "has 'args' that is not a list";
    for (const [index, arg] of args.entries()) {
      if (typeof arg !== 'string') return `has args[${index}] that is not a string`;
      bytes += arg.length;
      if (bytes > MAX_EXEC_BYTES) return `has args longer than ${MAX_EXEC_BYTES / 1024} KiB in all`;
    }
  }
  if (env !== undefined && env !== null) {
    if (!Array.isArray(env)) return "has 'env' that is not a list";
    for (const [index, entry] of env.entries()) {
      const { name, value } = (entry ?? {}) as { name?: unknown; value?: unknown };
      if (typeof name !== 'string' || typeof value !== 'string')
        return `has env[${index}] that is not a name and a value string`;
      bytes += name.length + value.length;
      if (bytes > MAX_EXEC_BYTES)
        return `has args and env longer than ${MAX_EXEC_BYTES / 1024} KiB in all`;
    }
  }
  return undefined;
}

/** What is wrong with a server URL that no request could reach, or undefined. */
function serverUrlProblem(server: string): string | undefined {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `has the scheme '${url.protocol}', not https: or http:`;
  }
  if (!url.hostname) return 'has no host';
  return undefined;
}

function hasCredentials(server: string): boolean {
  try {
    const url = new URL(server);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

function mustExist(file: string, message: string): void {
  if (!existsSync(file)) throw new KubeconfigError(message);
}

function load(read: () => void, source: string): void {
  try {
    read();
  } catch (error) {
    // The parser's message may quote the file; keep only its first line, never the content.
    const reason = errorMessage(error).split('\n')[0];
    throw new KubeconfigError(`kubeconfig ${source} could not be read: ${reason}`);
  }
}

/** Merges kubeconfig files as kubectl does: the first file to define a name or a current context wins. */
function mergeFirstWins(into: KubeConfig, files: string[]): void {
  const parts = files.map((file) => {
    const one = new KubeConfig();
    one.loadFromFile(file);
    return one;
  });
  const firstByName = <T extends { name: string }>(lists: T[][]): T[] => {
    const seen = new Map<string, T>();
    for (const item of lists.flat()) if (!seen.has(item.name)) seen.set(item.name, item);
    return [...seen.values()];
  };
  into.loadFromOptions({
    clusters: firstByName(parts.map((part) => part.clusters)),
    users: firstByName(parts.map((part) => part.users)),
    contexts: firstByName(parts.map((part) => part.contexts)),
    currentContext: parts.find((part) => part.currentContext)?.currentContext ?? '',
  });
}
