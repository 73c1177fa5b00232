// Image names and the messages the container runtime and the kubelet give about them, for a node
// without registry access of its own: an image exists only when it is one of the well-known
// KubeVirt container disks, a KubeVirt component the node already holds, or matches one of the
// simulator's `imageExists` patterns. Every other pull fails as containerd 2.x (kind's node
// images) words that kind of failure.
import { isImageReference } from './reference.ts';

/** containerd's normalized name: `no-such-image` -> `docker.io/library/no-such-image:latest`. */
export function normalizeImage(image: string): string {
  const slash = image.indexOf('/');
  const first = slash < 0 ? '' : image.slice(0, slash);
  const hasDomain = first.includes('.') || first.includes(':') || first === 'localhost';
  let named = hasDomain ? image : slash < 0 ? `docker.io/library/${image}` : `docker.io/${image}`;
  const lastPart = named.slice(named.lastIndexOf('/') + 1);
  if (!lastPart.includes(':') && !named.includes('@')) named = `${named}:latest`;
  return named;
}

/** The kubelet's `applyDefaultImageTag` failure for a reference it cannot parse, or undefined. */
export function invalidImageMessage(image: string): string | undefined {
  if (isImageReference(image)) return undefined;
  return `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`;
}

/**
 * Images that exist without any pattern: the containerdisks project's disks
 * (quay.io/containerdisks/<distribution>, tagged `latest` or with a release number) and
 * KubeVirt's demo disks (quay.io/kubevirt/<name>-container-disk-demo, tagged `latest`, `devel`
 * or with a KubeVirt release).
 */
const WELL_KNOWN = [
  /^quay\.io\/containerdisks\/(?:fedora|centos-stream|centos|ubuntu|debian|opensuse-tumbleweed|opensuse-leap|rhcos):(?:latest|\d+(?:\.\d+)*)$/,
  /^quay\.io\/kubevirt\/[a-z0-9]+(?:-[a-z0-9]+)*-container-disk-demo:(?:latest|devel|v\d+\.\d+\.\d+)$/,
];

/** KubeVirt's launcher image: virt-handler's `virt-launcher-image-holder` keeps it on every node. */
export function preloadedOnNode(image: string): boolean {
  return /^quay\.io\/kubevirt\/virt-launcher:/.test(normalizeImage(image));
}

/** `*` matches any run of characters (slashes too); everything else literally. */
function glob(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/** Whether a pull of `image` succeeds: well-known, on the node, or matching a pattern. */
export function imageExistsWith(patterns: readonly string[]): (image: string) => boolean {
  const matchers = patterns.map(glob);
  return (image) => {
    const normalized = normalizeImage(image);
    return (
      WELL_KNOWN.some((known) => known.test(normalized)) ||
      preloadedOnNode(image) ||
      matchers.some((matcher) => matcher.test(image) || matcher.test(normalized))
    );
  };
}

/** Registries whose names resolve from a node: a missing image there is "not found". */
const PUBLIC_REGISTRIES =
  /^(?:docker\.io|quay\.io|ghcr\.io|registry\.k8s\.io|(?:[a-z0-9-]+\.)?gcr\.io|[a-z0-9-]+-docker\.pkg\.dev|public\.ecr\.aws|mcr\.microsoft\.com|registry\.gitlab\.com|registry\.redhat\.io|registry\.access\.redhat\.com|nvcr\.io)$/;

/** The kind node's resolver: the gateway of kind's docker network. */
const NODE_DNS = '172.18.0.1:53';

/**
 * The CRI error of a failed pull, as containerd 2.x words it (kubelet `Failed to pull image`
 * events and the ErrImagePull message carry it verbatim):
 * - a registry host that does not resolve: `... failed to do request: Head "https://<host>/v2/
 *   <repo>/manifests/<ref>": dial tcp: lookup <host> on 172.18.0.1:53: no such host`;
 * - localhost or an IP address: `dial tcp <host>: connect: connection refused`;
 * - Docker Hub, a repository outside `library/`: `pull access denied, repository does not exist
 *   or may require authorization: server message: insufficient_scope: authorization failed`;
 * - any other public registry (a missing repository or tag): `NotFound ... <ref>: not found`.
 */
export function pullErrorMessage(image: string): string {
  const ref = normalizeImage(image);
  const host = ref.slice(0, ref.indexOf('/'));
  const rest = ref.slice(ref.indexOf('/') + 1);
  const at = rest.includes('@') ? rest.indexOf('@') : rest.lastIndexOf(':');
  const repository = rest.slice(0, at);
  const reference = rest.slice(at + 1);
  const head = `failed to pull and unpack image "${ref}": failed to resolve image`;
  const registry = host === 'docker.io' ? 'registry-1.docker.io' : host;
  const request = `failed to do request: Head "https://${registry}/v2/${repository}/manifests/${reference}"`;
  const hostname = host.replace(/:\d+$/, '');
  if (hostname === 'localhost' || /^[\d.]+$|^\[/.test(hostname)) {
    const port = /:(\d+)$/.exec(host)?.[1] ?? '443';
    const address = hostname === 'localhost' ? '127.0.0.1' : hostname;
    return `rpc error: code = Unknown desc = ${head}: ${request}: dial tcp ${address}:${port}: connect: connection refused`;
  }
  if (!PUBLIC_REGISTRIES.test(host)) {
    return `rpc error: code = Unknown desc = ${head}: ${request}: dial tcp: lookup ${hostname} on ${NODE_DNS}: no such host`;
  }
  if (host === 'docker.io' && !repository.startsWith('library/')) {
    return `rpc error: code = Unknown desc = ${head}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  }
  return `rpc error: code = NotFound desc = ${head}: ${ref}: not found`;
}
