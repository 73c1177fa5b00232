// Shared plumbing for the simulator tests: real client-node clients against a started
// simulator, a watch that collects its events, and waiting for conditions (never for time).
import {
  ApiException,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  Watch,
  type KubernetesObject,
} from '@kubernetes/client-node';
import { after } from 'node:test';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/sim/index.ts';

export interface Clients {
  sim: Simulator;
  kc: KubeConfig;
  core: CoreV1Api;
  custom: CustomObjectsApi;
  watch: Watch;
}

export async function simulator(options: SimulatorOptions = {}): Promise<Clients> {
  return simulatorClients(await startSimulator({ timeScale: 0.001, ...options }));
}

/**
 * Starts simulators for one test file, each with `defaults` under its own options, and closes
 * them all after the file's tests.
 */
export function simulatorsClosedAfter(
  defaults: SimulatorOptions = {},
): (options?: SimulatorOptions) => Promise<Clients> {
  const opened: Clients[] = [];
  after(() => Promise.all(opened.map((clients) => clients.sim.close())));
  return async (options = {}) => {
    const clients = await simulator({ ...defaults, ...options });
    opened.push(clients);
    return clients;
  };
}

/** client-node clients of a started simulator. */
export function simulatorClients(sim: Simulator): Clients {
  const kc = new KubeConfig();
  kc.loadFromString(sim.kubeconfig);
  return {
    sim,
    kc,
    core: kc.makeApiClient(CoreV1Api),
    custom: kc.makeApiClient(CustomObjectsApi),
    watch: new Watch(kc),
  };
}

export const VMS = { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' } as const;
export const VMIS = {
  group: 'kubevirt.io',
  version: 'v1',
  plural: 'virtualmachineinstances',
} as const;

/** A VirtualMachine manifest as the product creates it. */
export function vmManifest(
  name: string,
  image = 'registry.invalid/kubevirt-transition-check/no-such-image:latest',
  runStrategy = 'Always',
) {
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name, labels: { app: 'transition-check' } },
    spec: {
      runStrategy,
      template: {
        metadata: { labels: { 'kubevirt.io/vm': name } },
        spec: {
          domain: {
            devices: { disks: [{ name: 'containerdisk', disk: { bus: 'virtio' } }] },
            resources: { requests: { memory: '128Mi' } },
          },
          volumes: [{ name: 'containerdisk', containerDisk: { image } }],
        },
      },
    },
  };
}

export interface WatchEvent {
  type: string;
  object: KubernetesObject & Record<string, unknown>;
}

export interface CollectedWatch {
  events: WatchEvent[];
  /** Resolves with the error client-node passed to `done` (null: the server ended the stream). */
  done: Promise<unknown>;
  /** Resolves once `predicate` holds for the events so far; rejects after `timeoutMs`. */
  until(predicate: (events: WatchEvent[]) => boolean, timeoutMs?: number): Promise<WatchEvent[]>;
  stop(): void;
}

/** Watches `path` through client-node's `Watch` and keeps every event. */
export async function collect(
  watch: Watch,
  path: string,
  query: Record<string, string | number | boolean | undefined> = {},
): Promise<CollectedWatch> {
  const events: WatchEvent[] = [];
  const waiters = new Set<() => void>();
  let resolveDone: (error: unknown) => void = () => undefined;
  const done = new Promise<unknown>((resolve) => (resolveDone = resolve));
  const controller = await watch.watch(
    path,
    query,
    (type, object: WatchEvent['object']) => {
      events.push({ type, object });
      for (const waiter of waiters) waiter();
    },
    (error: unknown) => {
      resolveDone(error ?? null);
      for (const waiter of waiters) waiter();
    },
  );
  return {
    events,
    done,
    stop: () => controller.abort(),
    until: (predicate, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(events)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(events);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `watch of ${path}: condition not met in ${timeoutMs} ms; events: ${events.map((e) => e.type).join(' ')}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
}

/** Re-checks `condition` every few milliseconds until it holds (or fails after `timeoutMs`). */
export async function eventually<T>(
  condition: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The HTTP code and Status body of a failed client-node call. */
export async function failure(
  call: Promise<unknown>,
): Promise<{ code: number; body: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiException) {
      const body: unknown = typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
      return { code: error.code, body: body as Record<string, unknown>, headers: error.headers };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** The object's resourceVersion as a number. */
export function rv(object: { metadata?: { resourceVersion?: string } }): number {
  return Number(object.metadata?.resourceVersion);
}
