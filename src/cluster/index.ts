// The cluster stage's public face: what the other stages, the joining (run.ts, attempts.ts,
// suite-run.ts, cleanup.ts) and the entry points use. The kind setup (kind.ts) and the diagnostics
// (diagnostics.ts) are chunks loaded with `import()` when needed, so only their types are here.
export { type ClusterConnection, loadKubeConfig } from './kubeconfig.ts';
export {
  builtInVm,
  containerDiskImages,
  vmFromTemplate,
  type VirtualMachine,
  type VmIdentity,
  RUN_LABEL,
  readVmManifest,
} from './manifest.ts';
export { budget, type RequestLimits, type Budget } from './requests.ts';
export {
  createVm,
  heldByFinalizers,
  removeNamespace,
  removeRunVms,
  type HeldObject,
  createNamespace,
  generatedNamespaceName,
  newRunId,
} from './run-objects.ts';
export { roomFor, requireRoom, launcherBytes } from './capacity.ts';
export type { KindSetupOptions, KindClusterRef } from './kind.ts';
export type { Diagnostics } from './diagnostics.ts';
export { PREFLIGHT_TIMEOUT_MS, preflight, type Preflight } from './preflight.ts';
