// The garbage collector and the namespace controller of kube-controller-manager, reduced to
// what a client observes: dependents of a deleted owner go away shortly after it
// (pkg/controller/garbagecollector), and a Terminating namespace empties, then disappears
// (pkg/controller/namespace/deletion/namespaced_resources_deleter.go).
import type { Clock } from '../scaled-clock.ts';
import type { Cluster } from '../cluster.ts';
import type { KubeObject } from '../objects.ts';
import { RESOURCES } from '../api-resources.ts';
import type { Change } from '../store.ts';

/** Modelled delay between an owner's deletion and the collector acting on it. */
const GC_DELAY_MS = 100;
/** Modelled delay of one pass of the namespace controller. */
const NAMESPACE_SYNC_MS = 200;

export class GarbageCollector {
  readonly #cluster: Cluster;
  readonly #clock: Clock;
  readonly #unsubscribe: () => void;
  readonly #namespacesQueued = new Set<string>();

  constructor(cluster: Cluster, clock: Clock) {
    this.#cluster = cluster;
    this.#clock = clock;
    this.#unsubscribe = cluster.store.subscribe((change) => this.#onChange(change));
  }

  stop(): void {
    this.#unsubscribe();
  }

  #onChange(change: Change): void {
    const { object } = change;
    if (change.type === 'DELETED') {
      this.#clock.after(GC_DELAY_MS, () => this.#collectDependents(object));
      if (object.metadata.namespace) this.#queueNamespace(object.metadata.namespace);
      return;
    }
    if (!object.metadata.deletionTimestamp) return;
    if (change.resource === 'namespaces') this.#queueNamespace(object.metadata.name);
    else if (object.metadata.finalizers?.includes('foregroundDeletion')) {
      this.#clock.after(GC_DELAY_MS, () => this.#foreground(change.resource, object));
    }
  }

  #collectDependents(owner: KubeObject): void {
    for (const { def, object } of this.#cluster.dependentsOf(owner)) {
      const stillOwned = object.metadata.ownerReferences?.some(
        (ref) => ref.uid === owner.metadata.uid,
      );
      if (!stillOwned || object.metadata.deletionTimestamp) continue;
      this.#ignoreMissing(() =>
        this.#cluster.delete(def, object.metadata.namespace, object.metadata.name),
      );
    }
  }

  #foreground(resource: string, owner: KubeObject): void {
    const dependents = this.#cluster.dependentsOf(owner);
    if (dependents.length === 0) {
      this.#cluster.removeFinalizer(resource, owner, 'foregroundDeletion');
      return;
    }
    for (const { def, object } of dependents) {
      if (!object.metadata.deletionTimestamp) {
        this.#ignoreMissing(() =>
          this.#cluster.delete(def, object.metadata.namespace, object.metadata.name, {
            propagationPolicy: 'Foreground',
          }),
        );
      }
    }
    this.#clock.after(GC_DELAY_MS, () => this.#foreground(resource, owner));
  }

  #queueNamespace(namespace: string): void {
    const ns = this.#cluster.store.get('namespaces', undefined, namespace);
    if (!ns?.metadata.deletionTimestamp || this.#namespacesQueued.has(namespace)) return;
    this.#namespacesQueued.add(namespace);
    this.#clock.after(NAMESPACE_SYNC_MS, () => {
      this.#namespacesQueued.delete(namespace);
      this.#syncNamespace(namespace);
    });
  }

  /** Deletes what is left in a Terminating namespace; removes the namespace once it is empty. */
  #syncNamespace(namespace: string): void {
    let remaining = 0;
    for (const def of RESOURCES) {
      if (!def.namespaced) continue;
      for (const object of this.#cluster.store.list(def.resource, namespace)) {
        remaining++;
        if (!object.metadata.deletionTimestamp) {
          this.#ignoreMissing(() => this.#cluster.delete(def, namespace, object.metadata.name));
        }
      }
    }
    if (remaining === 0) this.#cluster.store.remove('namespaces', undefined, namespace);
    else this.#queueNamespace(namespace);
  }

  #ignoreMissing(action: () => unknown): void {
    try {
      action();
    } catch {
      // Already gone: another controller or the client got there first.
    }
  }
}
