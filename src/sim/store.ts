// The simulator's etcd: objects per resource, one global resourceVersion counter, a bounded
// per-resource change history for watch replay, and an unbounded ground-truth history.
import { preciseNow } from './scaled-clock.ts';
import { deepFreeze, keyOf, objectKey, type KubeObject } from './objects.ts';

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One persisted write. `previous` is the version it replaced, for selector transitions. */
export interface Change {
  resourceVersion: number;
  resource: string;
  type: ChangeType;
  object: KubeObject;
  previous?: KubeObject;
  /** Wall clock of the write, sub-millisecond (`performance.timeOrigin + performance.now()`). */
  writtenAt: number;
}

export interface HistoryEntry {
  resourceVersion: string;
  type: ChangeType;
  object: unknown;
  writtenAt: number;
}

/** Returned by `changesSince` when the asked-for version has been compacted away. */
export interface TooOld {
  expired: true;
  /** The oldest resourceVersion a watch can still start from. */
  oldest: number;
}

/**
 * Objects and their history. Like etcd, every write gets the next resourceVersion of one global
 * counter, so versions order all changes of all resources. The watch history keeps the last
 * `historyLimit` changes per resource; a watch from an older version is answered 410 Expired.
 * Stored objects are frozen: read them, `clone` them to change them.
 */
export class Store {
  readonly historyLimit: number;
  #resourceVersion = 1000;
  readonly #objects = new Map<string, Map<string, KubeObject>>();
  readonly #history = new Map<string, Change[]>();
  /** Per resource: the highest resourceVersion dropped from the watch history. */
  readonly #compactedThrough = new Map<string, number>();
  readonly #groundTruth = new Map<string, Change[]>();
  readonly #listeners = new Set<(change: Change) => void>();
  readonly #pending: Change[] = [];
  #dispatching = false;

  readonly #onError: (error: unknown) => void;
  readonly #now: () => number;

  /** `now`: the wall clock a write is stamped with (the simulator's clock). */
  constructor(
    historyLimit: number,
    onError: (error: unknown) => void,
    now: () => number = preciseNow,
  ) {
    this.historyLimit = Math.max(1, historyLimit);
    this.#onError = onError;
    this.#now = now;
  }

  /** The resourceVersion of the last write (what a list answers in `metadata.resourceVersion`). */
  get resourceVersion(): number {
    return this.#resourceVersion;
  }

  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.#table(resource).get(objectKey(namespace, name));
  }

  /** Objects of a resource, in one namespace or all, ordered by key like etcd's range reads. */
  list(resource: string, namespace?: string): KubeObject[] {
    const entries = [...this.#table(resource).entries()].filter(
      ([, object]) => namespace === undefined || object.metadata.namespace === namespace,
    );
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.map(([, object]) => object);
  }

  /** Stores a new object; the caller has checked that its key is free. */
  create(resource: string, object: KubeObject): KubeObject {
    return this.#write(resource, 'ADDED', object, undefined);
  }

  /** Replaces an existing object. */
  update(resource: string, object: KubeObject): KubeObject {
    const previous = this.#table(resource).get(keyOf(object));
    if (!previous) throw new Error(`sim: update of missing ${resource} ${keyOf(object)}`);
    return this.#write(resource, 'MODIFIED', object, previous);
  }

  /** Removes an object. The DELETED change carries the object with the deletion's version. */
  remove(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const previous = this.get(resource, namespace, name);
    if (!previous) return undefined;
    return this.#write(resource, 'DELETED', previous, previous);
  }

  /** Changes to `resource` after `resourceVersion`, oldest first, or why they cannot be given. */
  changesSince(resource: string, resourceVersion: number): Change[] | TooOld {
    const compacted = this.#compactedThrough.get(resource) ?? 0;
    if (resourceVersion < compacted) return { expired: true, oldest: compacted + 1 };
    return this.#changes(resource).filter((change) => change.resourceVersion > resourceVersion);
  }

  /** Drops the watch history of one resource or all: older watches then get 410 Expired. */
  compact(resource?: string): void {
    const resources = resource ? [resource] : [...this.#history.keys()];
    for (const name of resources) {
      this.#history.set(name, []);
      this.#compactedThrough.set(name, this.#resourceVersion);
    }
  }

  /** Every persisted version of the matching objects, in order (never compacted). */
  history(resource: string, namespace: string, name?: string): HistoryEntry[] {
    return (this.#groundTruth.get(resource) ?? [])
      .filter(
        (change) =>
          change.object.metadata.namespace === namespace &&
          (name === undefined || change.object.metadata.name === name),
      )
      .map((change) => ({
        resourceVersion: String(change.resourceVersion),
        type: change.type,
        object: change.object,
        writtenAt: change.writtenAt,
      }));
  }

  /**
   * Calls `listener` after every write, in resourceVersion order, also when a listener writes
   * (such writes are queued until the current change has reached every listener).
   */
  subscribe(listener: (change: Change) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #write(
    resource: string,
    type: ChangeType,
    object: KubeObject,
    previous: KubeObject | undefined,
  ): KubeObject {
    this.#resourceVersion += 1;
    const stored = deepFreeze({
      ...object,
      metadata: { ...object.metadata, resourceVersion: String(this.#resourceVersion) },
    });
    const table = this.#table(resource);
    if (type === 'DELETED') table.delete(keyOf(stored));
    else table.set(keyOf(stored), stored);
    const change: Change = {
      resourceVersion: this.#resourceVersion,
      resource,
      type,
      object: stored,
      ...(previous ? { previous } : {}),
      writtenAt: this.#now(),
    };
    this.#record(change);
    this.#pending.push(change);
    this.#dispatch();
    return stored;
  }

  #record(change: Change): void {
    const changes = this.#changes(change.resource);
    changes.push(change);
    if (changes.length > this.historyLimit) {
      const dropped = changes.splice(0, changes.length - this.historyLimit);
      this.#compactedThrough.set(change.resource, dropped.at(-1)!.resourceVersion);
    }
    let truth = this.#groundTruth.get(change.resource);
    if (!truth) this.#groundTruth.set(change.resource, (truth = []));
    truth.push(change);
  }

  #dispatch(): void {
    if (this.#dispatching) return;
    this.#dispatching = true;
    try {
      for (let change = this.#pending.shift(); change; change = this.#pending.shift()) {
        for (const listener of this.#listeners) {
          try {
            listener(change);
          } catch (error) {
            this.#onError(error);
          }
        }
      }
    } finally {
      this.#dispatching = false;
    }
  }

  #table(resource: string): Map<string, KubeObject> {
    let table = this.#objects.get(resource);
    if (!table) this.#objects.set(resource, (table = new Map<string, KubeObject>()));
    return table;
  }

  #changes(resource: string): Change[] {
    let changes = this.#history.get(resource);
    if (!changes) this.#history.set(resource, (changes = [] as Change[]));
    return changes;
  }
}
