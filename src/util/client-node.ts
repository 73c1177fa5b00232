// The parts of @kubernetes/client-node the check calls, imported from the files that define them:
// the KubeConfig (config.js: kubeconfig semantics, auth plugins, exec, proxies and TLS unchanged),
// the raw Watch (watch.js), and the request plumbing the Watch and the generated API send through
// (gen/http: RequestContext, the undici fetch library; gen/apis/exception.js: ApiException). The
// generated API classes (CoreV1Api, ...) are not used: src/util/kube-api.ts sends the few
// requests the check makes. Its index (dist/index.js) would also load attach, exec, port-forward,
// cp, the informer cache, metrics and more (ws, tar-fs, ...). Types come from the package's index.
export type * from '@kubernetes/client-node';
export { KubeConfig } from '@kubernetes/client-node/dist/config.js';
export { Watch } from '@kubernetes/client-node/dist/watch.js';
export { HttpMethod, RequestContext } from '@kubernetes/client-node/dist/gen/http/http.js';
export { IsomorphicFetchHttpLibrary } from '@kubernetes/client-node/dist/gen/http/isomorphic-fetch.js';
export { ApiException } from '@kubernetes/client-node/dist/gen/apis/exception.js';
