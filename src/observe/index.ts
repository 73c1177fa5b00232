// The observer: one resilient stream per resource kind (VMs, VMIs, pods, Events) in the run's
// namespace, serving every tracked VM, and the timelines built from what they see.
import type { KubeConfig } from '@kubernetes/client-node';
import { errorMessage } from '../util/errors.ts';
import { systemClock, type Clock } from './clock.ts';
import { DEFAULT_LIMITS, type WatchLimits } from './decide.ts';
import { resourceSpecs } from './resource-specs.ts';
import { TimelineBuilder, type NewEntry } from './timeline.ts';
import type { ResourceKind, Timeline } from './types.ts';
import type { ResourceStats } from './stats.ts';
import { ResourceWatcher, UnlistableError } from './watcher.ts';

export type { Clock } from './clock.ts';
export type { WatchLimits } from './decide.ts';
export type { ResourceStats, WatchMode } from './stats.ts';

export interface ObserverOptions {
  kubeConfig: KubeConfig;
  /** The run's namespace: every list and watch is namespaced. */
  namespace: string;
  /**
   * Selects the run's VMs, VMIs and pods (the VM template carries it, so VMI and pod have it).
   * Events cannot be label-selected: the namespace's Events are watched and those about a
   * tracked VM, its VMI or its pod are kept.
   */
  labelSelector?: string;
  /** Interval of the fallback poller, which runs only while a kind has no healthy watch. */
  pollIntervalMs: number;
  /** Progress: each new state the moment it is seen (`+0.512s vm ErrImagePull (watch)`), and recoveries. */
  log?: (line: string) => void;
  /** What the user must know, e.g. a forbidden watch leaving polling for good. */
  warn?: (line: string) => void;
  /** Monotonic clock in ms; `clock.now` by default. */
  now?: () => number;
  /** Every wait and timer of the observer (and `now`); real time by default. */
  clock?: Clock;
  /**
   * The time the start may take, the first lists and their retries included, in ms of `clock`:
   * what the caller has left of its own bound. Default START_WITHIN_MS.
   */
  startWithinMs?: number;
  /** Retry and liveness limits; the defaults suit a real API server. */
  limits?: Partial<WatchLimits>;
  /** Source of jitter in [0, 1); `Math.random` by default. */
  random?: () => number;
}

/** The start's bound when the caller gives none: a minute for the first lists. */
export const START_WITHIN_MS = 60_000;

export type ObserverStats = Record<ResourceKind, ResourceStats>;

export interface Observer {
  /** Starts the VM's (`namespace/name`) timeline now (atMs = 0): call right before creating it. */
  track(vm: string): void;
  /**
   * A plain-data copy of what was observed for the VM so far: state entries of its VM, VMI, pod
   * and Event witnesses, and the gap and polling stretches that overlap its lifetime. A watch
   * that is down right now shows as a gap ending now.
   */
  timeline(vm: string): Timeline;
  /** Called with the VM after each new entry of its timeline; returns the unsubscribe function. */
  subscribe(listener: (vm: string) => void): () => void;
  stats(): ObserverStats;
  /** Stops every watch, poller and timer; resolves once no request is left open. */
  stop(): Promise<void>;
}

/**
 * Lists the four resource kinds and starts watching them; resolves once the first lists are
 * done and the watches are starting, so a VM created after `track()` is seen from its first
 * version. Rejects when VirtualMachines cannot be listed; a witness that cannot be listed (say,
 * Events forbidden by RBAC) is warned about and recorded as a gap instead. Every list and
 * retry of the start ends within `startWithinMs`.
 */
export async function startObserver(options: ObserverOptions): Promise<Observer> {
  const clock = options.now
    ? { ...(options.clock ?? systemClock), now: options.now }
    : (options.clock ?? systemClock);
  const now = clock.now;
  const log = options.log ?? (() => {});
  const warn = options.warn ?? log;
  const listeners = new Set<(vm: string) => void>();
  const notify = (vm: string) => {
    for (const listener of listeners) {
      try {
        listener(vm);
      } catch (error) {
        warn(`an observer subscriber failed: ${errorMessage(error)}`);
      }
    }
  };
  const builder: TimelineBuilder = new TimelineBuilder((entry) => {
    if (entry.kind === 'state') {
      if (!builder.isTracked(entry.vm)) return;
      log(progressLine(entry, builder));
      notify(entry.vm);
    } else {
      entry.vms.forEach(notify);
    }
  });
  const specs = resourceSpecs({
    kubeConfig: options.kubeConfig,
    namespace: options.namespace,
    labelSelector: options.labelSelector,
    podOwner: (pod) => builder.vmOf(`pod ${pod}`),
  });
  const deps = {
    kubeConfig: options.kubeConfig,
    builder,
    clock,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    pollIntervalMs: options.pollIntervalMs,
    random: options.random ?? Math.random,
    log,
    warn,
  };
  const watchers = specs.map((spec) => new ResourceWatcher(spec, deps));
  const allowedMs = Math.max(0, options.startWithinMs ?? START_WITHIN_MS);
  const start = { until: now() + allowedMs, allowedMs };
  const started = await Promise.allSettled(watchers.map((watcher) => watcher.start(start)));
  for (const [index, result] of started.entries()) {
    if (result.status === 'fulfilled') continue;
    const watcher = watchers[index]!;
    const why = errorMessage(result.reason);
    if (watcher.resource === 'virtualmachines') {
      await Promise.all(watchers.map((w) => w.stop()));
      throw new Error(
        `Cannot observe VirtualMachines in namespace "${options.namespace}": ${why}. Check that KubeVirt is installed and that the credentials may list and watch virtualmachines.kubevirt.io there.`,
        { cause: result.reason },
      );
    }
    warn(`${why}: the ${watcher.resource} witness is unavailable for this run`);
    watcher.unavailable(
      result.reason instanceof UnlistableError ? result.reason.gapCause : 'unexpected',
      why,
    );
  }

  let stopping: Promise<void> | undefined;
  return {
    track(vm) {
      builder.track(vm, now(), new Date().toISOString());
    },
    timeline(vm) {
      const at = now();
      const open = watchers.flatMap((watcher) => watcher.openGap(at) ?? []);
      return builder.timeline(vm, at, open);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stats() {
      return Object.fromEntries(watchers.map((w) => [w.resource, w.stats()])) as ObserverStats;
    },
    stop() {
      stopping ??= (async () => {
        const at = now();
        await Promise.all(watchers.map((watcher) => watcher.stop(at)));
        builder.end(at);
        listeners.clear();
      })();
      return stopping;
    },
  };
}

/** `+0.512s vm ErrImagePull (watch)`, measured from the VM's start. */
function progressLine(
  entry: Extract<NewEntry, { kind: 'state' }>,
  builder: TimelineBuilder,
): string {
  const { observation } = entry.version.reading;
  const offset = builder.offset(entry.vm, entry.at);
  const count = observation.witness === 'event' ? ` x${observation.count ?? 1}` : '';
  const how = entry.late ? `${entry.version.seenBy}, replayed` : entry.version.seenBy;
  const who = builder.tracked().length > 1 ? `${entry.vm} ` : '';
  return `${offset >= 0 ? '+' : '-'}${(Math.abs(offset) / 1000).toFixed(3)}s ${who}${observation.witness} ${observation.state}${count} (${how})`;
}
