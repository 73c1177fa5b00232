// Plumbing for the observer's tests against the simulator: an observer on a fresh namespace, and
// writes that play virt-controller and the kubelet by hand, so a test decides exactly which
// versions exist and when a fault strikes.
import type { TestContext } from 'node:test';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { startObserver, type Observer, type ObserverOptions } from '../../src/observe/index.ts';
import type { GapEntry, StateEntry, Timeline, Witness } from '../../src/observe/types.ts';
import type { SimulatorOptions } from '../../src/sim/index.ts';
import { eventually, simulator, VMS, type Clients } from '../sim/helpers.ts';
import { scaledClock } from '../support/fake-clock.ts';

export { eventually } from '../sim/helpers.ts';

export const NAMESPACE = 'observed';
export const LABEL = 'kubevirt-transition-check/run';
export const RUN = 'r1';
/**
 * The observer's time scale in these tests: every wait it takes (back-off, Retry-After, poll
 * interval, liveness) lasts this fraction of its length in real time, while the simulator's
 * answers take the real time they take.
 */
export const SCALE = 0.05;

/**
 * The observer's limits on the harness's clock. Silence is judged against the simulator's
 * bookmarks, which come in real time; so is a silent watch (a list must not outrun a loaded
 * machine's watch by scaled time), and so is an unanswered watch request: 1 s of scaled time is
 * 50 ms of real time, less than a loaded machine may take to answer one, and every resource whose
 * answer took longer was polled.
 */
export const LIMITS = {
  livenessTimeoutMs: 30_000 / SCALE,
  probeEveryMs: 2_000 / SCALE,
  answerTimeoutMs: 1_000 / SCALE,
};
const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

export interface Harness extends Clients {
  observer: Observer;
  logs: string[];
  warnings: string[];
  unhandled: unknown[];
  /** Stops the observer and the simulator; asserts nothing is left open. */
  close(): Promise<void>;
}

/**
 * A simulator with the run's namespace and an observer on it. Without controllers (unless
 * `sim.controllers` says otherwise), so the test plays virt-controller and the kubelet by hand.
 * Unhandled rejections during the
 * test are collected in `unhandled`, so a test can assert there were none.
 */
export async function harness(
  test: TestContext,
  options: { sim?: SimulatorOptions; observer?: Partial<ObserverOptions> } = {},
): Promise<Harness> {
  const clients = await simulator({ timeScale: 0.001, controllers: false, ...options.sim });
  await clients.core.createNamespace({ body: { metadata: { name: NAMESPACE } } });
  const logs: string[] = [];
  const warnings: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  const observer = await startObserver({
    kubeConfig: clients.kc,
    namespace: NAMESPACE,
    labelSelector: `${LABEL}=${RUN}`,
    pollIntervalMs: 400,
    log: (line) => logs.push(line),
    warn: (line) => warnings.push(line),
    clock: scaledClock(SCALE),
    limits: LIMITS,
    ...options.observer,
  });
  const h: Harness = {
    ...clients,
    observer,
    logs,
    warnings,
    unhandled,
    async close() {
      await observer.stop();
      process.off('unhandledRejection', onUnhandled);
      await clients.sim.close();
    },
  };
  // Also when an assertion failed halfway: a test must never leave the process hanging.
  test.after(() => h.close());
  return h;
}

/** A VM of the run that no controller touches: the test writes its status itself. */
export async function createVm(h: Clients, name: string): Promise<void> {
  await h.custom.createNamespacedCustomObject({
    ...VMS,
    namespace: NAMESPACE,
    body: {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name, labels: { [LABEL]: RUN } },
      spec: {
        runStrategy: 'Halted',
        template: {
          metadata: { labels: { [LABEL]: RUN } },
          spec: { domain: { devices: {} }, volumes: [] },
        },
      },
    },
  });
}

/** Writes `status.printableStatus` as virt-controller would; returns the new resourceVersion. */
export async function setVmStatus(
  h: Clients,
  name: string,
  printableStatus: string,
): Promise<string> {
  const written = (await h.custom.patchNamespacedCustomObjectStatus(
    { ...VMS, namespace: NAMESPACE, name, body: { status: { printableStatus } } },
    merge,
  )) as { metadata: { resourceVersion: string } };
  return written.metadata.resourceVersion;
}

/** Every printableStatus the VM persisted, in order (consecutive repeats collapsed): the truth. */
export function persistedVmStates(h: Clients, name: string): string[] {
  return collapse(
    h.sim
      .history('virtualmachines', NAMESPACE, name)
      .map(
        (entry) =>
          (entry.object as { status?: { printableStatus?: string } }).status?.printableStatus,
      )
      .filter((state): state is string => state !== undefined),
  );
}

export function states(timeline: Timeline, witness: Witness): string[] {
  return collapse(
    timeline.entries
      .filter((e): e is StateEntry => e.kind === 'state' && e.witness === witness)
      .map((e) => e.state),
  );
}

export function gaps(timeline: Timeline): GapEntry[] {
  return timeline.entries.filter((e): e is GapEntry => e.kind === 'gap');
}

export function collapse(values: string[]): string[] {
  return values.filter((value, index) => value !== values[index - 1]);
}

/** Waits until the observer's timeline of `vm` satisfies `condition`. */
export function timelineWhere(
  observer: Observer,
  vm: string,
  condition: (timeline: Timeline) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<Timeline> {
  return eventually(
    () => {
      const timeline = observer.timeline(vm);
      return condition(timeline) && timeline;
    },
    timeoutMs,
    what,
  );
}
