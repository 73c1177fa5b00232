// Image names and the messages the container runtime and the kubelet give about them.
import { imageReferenceProblem } from '../../util/image-reference.ts';

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
  if (imageReferenceProblem(image) === undefined) return undefined;
  return `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`;
}

/**
 * The CRI error of a failed pull, as containerd words it: a host that does not resolve fails
 * in DNS, anything else as a repository that does not exist.
 */
export function pullErrorMessage(image: string): string {
  const ref = normalizeImage(image);
  const host = ref.slice(0, ref.indexOf('/'));
  const rest = ref.slice(ref.indexOf('/') + 1);
  const at = rest.includes('@') ? rest.indexOf('@') : rest.lastIndexOf(':');
  const repository = rest.slice(0, at);
  const reference = rest.slice(at + 1);
  const head = `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}"`;
  if (host.endsWith('.invalid') || host.endsWith('.example') || host.endsWith('.test')) {
    return `rpc error: code = Unknown desc = ${head}: failed to do request: Head "https://${host}/v2/${repository}/manifests/${reference}": dial tcp: lookup ${host} on 10.96.0.10:53: no such host`;
  }
  if (host === 'docker.io') {
    return `rpc error: code = Unknown desc = ${head}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  }
  return `rpc error: code = NotFound desc = ${head}: ${ref}: not found`;
}
