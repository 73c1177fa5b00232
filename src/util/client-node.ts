// The parts of @kubernetes/client-node the check calls, imported from the files that define them.
// Its index (dist/index.js) also loads attach, exec, port-forward, cp, the informer cache, metrics
// and more (ws, tar-fs, ...), which a bundler must keep because they run code when loaded. The
// KubeConfig is client-node's own (config.js): kubeconfig semantics, auth plugins, exec, proxies
// and TLS are unchanged. Types come from the package's index, as before.
export type * from '@kubernetes/client-node';
export { KubeConfig } from '@kubernetes/client-node/dist/config.js';
export { Watch } from '@kubernetes/client-node/dist/watch.js';
export {
  AuthorizationV1Api,
  CoreV1Api,
  createConfiguration,
  CustomObjectsApi,
  IsomorphicFetchHttpLibrary,
  Observable,
  ResponseContext,
  ServerConfiguration,
  VersionApi,
  wrapHttpLibrary,
} from '@kubernetes/client-node/dist/gen/index.js';
