// The simulated KubeVirt cluster: a real HTTP API server on 127.0.0.1 that the unmodified
// @kubernetes/client-node and kubectl talk to, with a model of virt-controller and the kubelet
// behind it. See src/sim/README.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DenyRule } from './api.ts';
import { Clock } from './scaled-clock.ts';
import { imageExistsWith } from './model/images.ts';
import { Cluster } from './cluster.ts';
import { Faults, type FaultControls, type RestartOptions } from './faults.ts';
import { GarbageCollector } from './model/garbage-collector.ts';
import { Kubelet } from './model/kubelet.ts';
import { Scheduler } from './model/scheduler.ts';
import { VirtController } from './model/virt-controller.ts';
import { Random } from './random.ts';
import type { ResourceName } from './api-resources.ts';
import { seedCluster } from './seed.ts';
import { ApiServer, type RequestLogEntry } from './server.ts';
import { messageOf } from './status.ts';
import { Store, type HistoryEntry } from './store.ts';

export type {
  RestartOptions,
  FaultControls,
  FaultHandle,
  FaultMatch,
  FaultResponse,
  GarbleOptions,
  InjectOptions,
  WatchEndOptions,
} from './faults.ts';
export type { RequestLogEntry } from './server.ts';
export type { HistoryEntry } from './store.ts';
export type { DenyRule } from './api.ts';

export interface KubevirtOptions {
  /** CRDs, discovery and the kubevirt.io API present. Default true. */
  installed?: boolean;
  /** The `kubevirt` CR reports `Available=True`. Default true. */
  available?: boolean;
  /** The version the CR reports, e.g. `v1.8.4` (default). From v1.9 Beta gates are on by default. */
  version?: string;
  featureGates?: string[];
  disabledFeatureGates?: string[];
  /** `developerConfiguration.useEmulation`. Default false. */
  useEmulation?: boolean;
  /**
   * `virtualMachineOptions.disableSerialConsoleLog: {}`: launcher pods get no `guest-console-log`
   * sidecar, so the kubelet does not re-sync them after each status write and ErrImagePull lasts
   * a whole requeue (10-16 s) instead of about a second (docs/kubelet-timing.md). Default false.
   */
  disableSerialConsoleLog?: boolean;
}

export interface SimulatorOptions {
  /** 0 (default): a random free port on 127.0.0.1. */
  port?: number;
  /** Every random choice (uids, resync jitter, coalescing, random faults) derives from it. Default 1. */
  seed?: number;
  /**
   * Multiplies every modelled duration: 0.001 makes the kubelet's 10 s back-off take 10 ms.
   * Default 1: a real node's clock (docs/kubelet-timing.md).
   */
  timeScale?: number;
  /**
   * The clock the model runs on, e.g. a `ManualClock` that a test advances (then its time scale
   * applies and `timeScale` is ignored). Default: a real-time clock at `timeScale`.
   */
  clock?: Clock;
  /**
   * REAL (unscaled) ms that ErrImagePull stays on the pod before the kubelet's next sync turns it
   * into ImagePullBackOff; down to 1. The sync that writes ErrImagePull always finds the image in
   * back-off, even when the scaled back-off window is shorter. Default: the kubelet's own
   * requeue (10-15 s after an error, scaled).
   */
  errImagePullDwellMs?: number;
  /** REAL ms virt-controller takes to mirror pod -> VMI -> VM. Default: 50 ms scaled. */
  vmStatusLagMs?: number;
  /** 0..1 chance that virt-controller never persists a VM printableStatus that lived shorter than its lag, or one per VM (`namespace/name`). Default 0. */
  coalesceChance?: number | ((vm: string) => number);
  /** Changes kept per resource for watch replay; older resourceVersions get 410 Expired. Default 1000. */
  historyLimit?: number;
  /** REAL ms between watch bookmarks (API server timings are not scaled). Default 60 000. */
  bookmarkIntervalMs?: number;
  kubevirt?: KubevirtOptions;
  /** Whether the node advertises `devices.kubevirt.io/kvm` (default true); its memory (16Gi). */
  nodes?: { kvm?: boolean; memory?: string };
  /**
   * The node has no registry access: an image exists only when it is a well-known KubeVirt
   * container disk (quay.io/containerdisks/<distro>, quay.io/kubevirt/*-container-disk-demo),
   * KubeVirt's launcher, or matches one of these patterns (`*` matches anything, slashes too;
   * matched against the reference as given and as containerd normalizes it). Every other pull
   * fails with containerd's message for that kind of failure. Default: none.
   */
  imageExists?: string[];
  /** Requests and SelfSubjectAccessReviews matching a rule are answered Forbidden. */
  rbac?: { deny?: DenyRule[] };
  /**
   * false: no scheduler, kubelet or virt-controller (the garbage collector and the namespace
   * controller still run): a bare API server, for tests of API semantics. Default true.
   */
  controllers?: boolean;
  /** Where model errors go; default: stderr. */
  onError?: (error: unknown) => void;
}

export type HistoryResource = Extract<
  ResourceName,
  'virtualmachines' | 'virtualmachineinstances' | 'pods' | 'events'
>;

export interface Simulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /**
   * Kubeconfig YAML: plain HTTP, no credentials (kubectl sends tokens only over TLS), and
   * `insecure-skip-tls-verify: true`, without which client-node refuses an `http://` server.
   */
  readonly kubeconfig: string;
  /** The same kubeconfig, written to a temporary file (removed by `close()`). */
  readonly kubeconfigPath: string;
  readonly faults: FaultControls;
  /** Every finished request, in the order they ended. */
  readonly requests: RequestLogEntry[];
  /** Watch connections open now. */
  openWatches(): number;
  /** Ground truth: every persisted version of the matching objects, in order. */
  history(resource: HistoryResource, namespace: string, name?: string): HistoryEntry[];
  /** Stops the HTTP server and starts it on the same port, keeping the store (an API server restart). */
  restart(options?: RestartOptions): Promise<void>;
  /** Closes every connection and timer: no handle is left open. */
  close(): Promise<void>;
}

/** Modelled time virt-controller takes to mirror pod -> VMI -> VM when no lag is given. */
const DEFAULT_VM_STATUS_LAG_MS = 50;

function kubeconfigFor(url: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '  - name: kubevirt-sim',
    '    cluster:',
    `      server: ${url}`,
    // client-node refuses plain http unless TLS verification is "skipped"; kubectl accepts it.
    '      insecure-skip-tls-verify: true',
    'contexts:',
    '  - name: kubevirt-sim',
    '    context:',
    '      cluster: kubevirt-sim',
    '      user: kubevirt-sim',
    '      namespace: default',
    'current-context: kubevirt-sim',
    'users:',
    '  - name: kubevirt-sim',
    '    user: {}',
    'preferences: {}',
    '',
  ].join('\n');
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const onError =
    options.onError ?? ((error: unknown) => console.error(`sim: model error: ${messageOf(error)}`));
  const random = new Random(options.seed ?? 1);
  const clock = options.clock ?? new Clock(options.timeScale ?? 1, onError);
  const store = new Store(options.historyLimit ?? 1000, onError, () => clock.wallNow());
  const cluster = new Cluster(store, random.fork('api'));
  const kubevirt = options.kubevirt ?? {};
  seedCluster(cluster, {
    kubevirtInstalled: kubevirt.installed ?? true,
    kubevirtAvailable: kubevirt.available ?? true,
    kubevirtVersion: kubevirt.version ?? 'v1.8.4',
    featureGates: kubevirt.featureGates ?? [],
    disabledFeatureGates: kubevirt.disabledFeatureGates ?? [],
    useEmulation: kubevirt.useEmulation ?? false,
    disableSerialConsoleLog: kubevirt.disableSerialConsoleLog ?? false,
    kvm: options.nodes?.kvm ?? true,
    nodeMemory: options.nodes?.memory ?? '16Gi',
  });
  const timeScale = clock.timeScale;
  const controllers = options.controllers ?? true;
  const models: { stop(): void }[] = [new GarbageCollector(cluster, clock)];
  if (controllers) {
    models.push(
      new Scheduler(cluster, clock),
      new Kubelet(cluster, clock, random.fork('kubelet'), {
        imageExists: imageExistsWith(options.imageExists ?? []),
        errImagePullDwellMs: options.errImagePullDwellMs,
      }),
      new VirtController(cluster, clock, random.fork('virt-controller'), {
        vmStatusLagMs: options.vmStatusLagMs ?? DEFAULT_VM_STATUS_LAG_MS * timeScale,
        coalesceChance: options.coalesceChance ?? 0,
      }),
    );
  }
  const requests: RequestLogEntry[] = [];
  const faults = new Faults(random.fork('faults'), {
    user: 'system:anonymous',
    openStreams: () => server.openStreams(),
    compact: (resource) => store.compact(resource),
    restart: (restartOptions) => restart(restartOptions),
  });
  const server: ApiServer = new ApiServer({
    cluster,
    clock,
    faults,
    random: random.fork('server'),
    log: requests,
    settings: {
      user: 'system:anonymous',
      deny: options.rbac?.deny ?? [],
      bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
      kubevirtInstalled: () => kubevirt.installed ?? true,
    },
  });
  const port = await server.listen(options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  const kubeconfig = kubeconfigFor(url);
  const directory = await mkdtemp(join(tmpdir(), 'kubevirt-sim-'));
  const kubeconfigPath = join(directory, 'kubeconfig');
  await writeFile(kubeconfigPath, kubeconfig, { mode: 0o600 });

  let restarting: Promise<void> = Promise.resolve();
  let closed = false;
  async function restart({ downMs = 0, compact = false }: RestartOptions = {}): Promise<void> {
    const previous = restarting;
    restarting = (async () => {
      await previous;
      if (closed) return;
      await server.stop();
      if (compact) store.compact();
      if (downMs > 0) await new Promise<void>((resolve) => clock.afterReal(downMs, resolve));
      if (!closed) await server.listen(port);
    })();
    return restarting;
  }

  return {
    url,
    kubeconfig,
    kubeconfigPath,
    faults,
    requests,
    openWatches: () => [...server.openStreams()].length,
    history: (resource, namespace, name) => store.history(resource, namespace, name),
    restart: (restartOptions) => restart(restartOptions),
    close: async () => {
      if (closed) return;
      closed = true;
      await restarting.catch(() => undefined);
      for (const model of models) model.stop();
      clock.close();
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
