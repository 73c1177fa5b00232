// Kubernetes Events as client-go's record.EventRecorder writes them (core/v1): one Event per
// (involvedObject, type, reason, message, source), created with count 1 and then patched with
// count+1 and a new lastTimestamp at each repeat (tools/record/events_cache.go,
// EventCorrelator/eventLogger). The spam filter and the similar-event aggregator are not
// modelled: every occurrence is counted.
import { rfc3339 } from '../scaled-clock.ts';
import type { Cluster } from '../cluster.ts';
import type { KubeObject } from '../objects.ts';
import { resourceDef } from '../api-resources.ts';

export interface InvolvedObject {
  kind: string;
  namespace: string;
  name: string;
  uid: string;
  apiVersion: string;
  resourceVersion?: string;
  /** For a container: `spec.initContainers{name}` or `spec.containers{name}`. */
  fieldPath?: string;
}

export interface EventSource {
  component: string;
  host?: string;
}

export function involvedObjectOf(object: KubeObject, fieldPath?: string): InvolvedObject {
  return {
    kind: object.kind ?? '',
    namespace: object.metadata.namespace ?? '',
    name: object.metadata.name,
    uid: object.metadata.uid,
    apiVersion: object.apiVersion ?? 'v1',
    resourceVersion: object.metadata.resourceVersion,
    ...(fieldPath ? { fieldPath } : {}),
  };
}

export class EventRecorder {
  readonly #cluster: Cluster;
  readonly #source: EventSource;
  /** Aggregation key -> Event name. */
  readonly #names = new Map<string, string>();
  #lastSuffix = 0;

  constructor(cluster: Cluster, source: EventSource) {
    this.#cluster = cluster;
    this.#source = source;
  }

  /** Records one occurrence; a repeat of the same key bumps `count` and `lastTimestamp`. */
  record(
    involved: InvolvedObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
  ): void {
    const { resourceVersion: _ignored, ...identity } = involved;
    const key = JSON.stringify([identity, type, reason, message, this.#source]);
    const now = rfc3339();
    const events = resourceDef('events');
    const name = this.#names.get(key);
    const existing = name ? this.#cluster.store.get('events', involved.namespace, name) : undefined;
    if (existing) {
      // Stored objects are frozen and never mutated, so a shallow copy is a safe new version.
      const count = (typeof existing.count === 'number' ? existing.count : 1) + 1;
      this.#cluster.store.update('events', { ...existing, count, lastTimestamp: now });
      return;
    }
    const eventName = `${involved.name}.${this.#suffix()}`;
    try {
      this.#cluster.create(
        events,
        {
          apiVersion: 'v1',
          kind: 'Event',
          metadata: { name: eventName, namespace: involved.namespace },
          involvedObject: involved,
          reason,
          message,
          source: this.#source,
          firstTimestamp: now,
          lastTimestamp: now,
          count: 1,
          type,
          eventTime: null,
          reportingComponent: this.#source.component,
          reportingInstance: this.#source.host ?? '',
        },
        involved.namespace,
      );
      this.#names.set(key, eventName);
    } catch {
      // The namespace is gone or terminating: the recorder drops the event, as client-go does.
    }
  }

  /** `%x` of the time in nanoseconds, as `makeEvent` names events, kept unique. */
  #suffix(): number | string {
    const nanos = Math.max(
      Math.floor((performance.timeOrigin + performance.now()) * 1e6),
      this.#lastSuffix + 1,
    );
    this.#lastSuffix = nanos;
    return nanos.toString(16);
  }
}
