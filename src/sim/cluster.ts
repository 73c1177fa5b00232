// The API server's object lifecycle on top of the store: defaults and validation on create,
// optimistic concurrency and status-subresource rules on update and patch, and the deletion
// semantics (graceful pods, finalizers, Terminating namespaces, propagation policies).
// HTTP handlers and the controller models both go through it.
import { rfc3339 } from './scaled-clock.ts';
import { sameJson, clone, display, isRecord, type KubeObject, type ObjectMeta } from './objects.ts';
import { applyPatch } from './patch.ts';
import type { Random } from './random.ts';
import { apiVersionOf, resourceDef, RESOURCES, type ResourceDef } from './api-resources.ts';
import {
  alreadyExists,
  badRequest,
  conflict,
  invalid,
  namespaceTerminating,
  notFound,
  type StatusCause,
} from './status.ts';
import type { Store } from './store.ts';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN_HELP =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_HELP =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/** `kubevirt.io/v1` VM run strategies (api/core/v1/types.go `VirtualMachineRunStrategy`). */
const RUN_STRATEGIES = ['Always', 'RerunOnFailure', 'Manual', 'Halted', 'Once', 'WaitAsReceiver'];

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions {
  propagationPolicy?: PropagationPolicy;
  gracePeriodSeconds?: number;
}

/** The object's group/resource, as error messages name it. */
function gr(def: ResourceDef) {
  return { group: def.group, resource: def.resource };
}

export class Cluster {
  readonly store: Store;
  readonly #random: Random;

  constructor(store: Store, random: Random) {
    this.store = store;
    this.#random = random;
  }

  get(def: ResourceDef, namespace: string | undefined, name: string): KubeObject {
    const object = this.store.get(def.resource, namespace, name);
    if (!object) throw notFound(gr(def), name);
    return object;
  }

  /** POST: validates and defaults `body` like the API server's create strategy, then stores it. */
  create(def: ResourceDef, body: unknown, urlNamespace: string | undefined): KubeObject {
    if (!isRecord(body) || !isRecord(body.metadata ?? {}))
      throw badRequest('the body of the request is not a JSON object');
    const given = clone(body) as Record<string, unknown> & { metadata?: Partial<ObjectMeta> };
    const metadata: Partial<ObjectMeta> = given.metadata ?? {};
    if (def.namespaced) {
      if (metadata.namespace && urlNamespace && metadata.namespace !== urlNamespace) {
        throw badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      metadata.namespace = urlNamespace ?? metadata.namespace;
    } else delete metadata.namespace;
    if (!metadata.name && metadata.generateName)
      metadata.name = `${metadata.generateName}${this.#random.nameSuffix()}`;
    this.#validateName(def, metadata.name ?? '');
    const name = metadata.name!;
    if (def.namespaced) this.#checkNamespaceOpen(def, name, metadata.namespace!);
    if (this.store.get(def.resource, metadata.namespace, name)) throw alreadyExists(gr(def), name);
    const object: KubeObject = {
      ...given,
      apiVersion: apiVersionOf(def),
      kind: def.kind,
      metadata: {
        ...metadata,
        name,
        uid: this.#random.uuid(),
        resourceVersion: '',
        creationTimestamp: rfc3339(),
        ...(def.generation ? { generation: 1 } : {}),
      },
    };
    delete object.metadata.deletionTimestamp;
    this.#prepareForCreate(def, object);
    return this.store.create(def.resource, object);
  }

  /** PUT of the object or of its `status` subresource. */
  update(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    body: unknown,
    subresource?: string,
  ): KubeObject {
    const existing = this.get(def, namespace, name);
    if (!isRecord(body) || !isRecord(body.metadata))
      throw badRequest('the body of the request is not a JSON object with metadata');
    if (body.metadata.name !== undefined && body.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${display(body.metadata.name)}) does not match the name on the URL (${name})`,
      );
    }
    const requested = body.metadata.resourceVersion;
    if (!def.builtin && (typeof requested !== 'string' || requested === '')) {
      // Custom resources take no unconditional update (apiextensions' customresource strategy).
      throw invalid(def.kind, gr(def), name, [
        {
          reason: 'FieldValueInvalid',
          field: 'metadata.resourceVersion',
          message: 'Invalid value: 0x0: must be specified for an update',
        },
      ]);
    }
    if (
      typeof requested === 'string' &&
      requested !== '' &&
      requested !== existing.metadata.resourceVersion
    ) {
      throw conflict(gr(def), name);
    }
    return this.#replace(def, existing, clone(body) as KubeObject, subresource);
  }

  /** PATCH (merge, JSON or strategic) of the object or of its `status` subresource. */
  patch(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    body: unknown,
    contentType: string,
    subresource?: string,
  ): KubeObject {
    const existing = this.get(def, namespace, name);
    const patched = applyPatch(existing, body, contentType, {
      gr: gr(def),
      kind: def.kind,
      name,
      builtin: def.builtin,
    });
    if (!isRecord(patched) || !isRecord(patched.metadata))
      throw badRequest("the patch removed the object's metadata");
    const requested = patched.metadata.resourceVersion;
    if (typeof requested === 'string' && requested !== existing.metadata.resourceVersion)
      throw conflict(gr(def), name);
    return this.#replace(def, existing, patched as KubeObject, subresource);
  }

  /**
   * DELETE. Pods on a node terminate gracefully (the kubelet model finishes them), objects with
   * finalizers and namespaces only get a `deletionTimestamp`, `Foreground` waits for dependents,
   * `Orphan` releases them; everything else disappears now and the garbage collector model
   * deletes its dependents. Returns the object as the API server answers a DELETE.
   */
  delete(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    options: DeleteOptions = {},
  ): KubeObject {
    const existing = this.get(def, namespace, name);
    if (existing.metadata.deletionTimestamp) {
      const pod = def.resource === 'pods';
      if (!(pod && options.gracePeriodSeconds === 0)) return existing;
    }
    const policy = options.propagationPolicy ?? 'Background';
    if (policy === 'Orphan') this.#orphanDependents(existing);
    const marked = clone(existing);
    marked.metadata.deletionTimestamp = rfc3339();
    if (def.resource === 'namespaces') {
      marked.status = { ...(isRecord(marked.status) ? marked.status : {}), phase: 'Terminating' };
      marked.metadata.deletionGracePeriodSeconds = 0;
      return this.store.update(def.resource, marked);
    }
    if (policy === 'Foreground' && this.dependentsOf(existing).length > 0) {
      marked.metadata.finalizers = [...(marked.metadata.finalizers ?? []), 'foregroundDeletion'];
      marked.metadata.deletionGracePeriodSeconds = 0;
      return this.store.update(def.resource, marked);
    }
    if ((existing.metadata.finalizers ?? []).length > 0) {
      marked.metadata.deletionGracePeriodSeconds = 0;
      return this.store.update(def.resource, marked);
    }
    if (def.resource === 'pods' && options.gracePeriodSeconds !== 0 && isBound(existing)) {
      marked.metadata.deletionGracePeriodSeconds =
        options.gracePeriodSeconds ?? terminationGrace(existing);
      return this.store.update(def.resource, marked);
    }
    return this.store.remove(def.resource, namespace, name) ?? existing;
  }

  /** Objects whose ownerReferences name `owner` (same namespace, or cluster-scoped). */
  dependentsOf(owner: KubeObject): { def: ResourceDef; object: KubeObject }[] {
    const found: { def: ResourceDef; object: KubeObject }[] = [];
    for (const def of RESOURCES) {
      if (def.resource === 'selfsubjectaccessreviews') continue;
      const candidates = this.store.list(
        def.resource,
        def.namespaced ? (owner.metadata.namespace ?? undefined) : undefined,
      );
      for (const object of candidates) {
        if (object.metadata.ownerReferences?.some((ref) => ref.uid === owner.metadata.uid))
          found.push({ def, object });
      }
    }
    return found;
  }

  /** Removes the finalizer `name`; an object being deleted whose last finalizer goes is removed. */
  removeFinalizer(resource: string, object: KubeObject, finalizer: string): void {
    const current = this.store.get(resource, object.metadata.namespace, object.metadata.name);
    if (!current) return;
    const updated = clone(current);
    updated.metadata.finalizers = (current.metadata.finalizers ?? []).filter(
      (f) => f !== finalizer,
    );
    if (updated.metadata.finalizers.length === 0) delete updated.metadata.finalizers;
    this.#replace(resourceDef(resource), current, updated, undefined);
  }

  #replace(
    def: ResourceDef,
    existing: KubeObject,
    incoming: KubeObject,
    subresource: string | undefined,
  ): KubeObject {
    let next: KubeObject;
    if (subresource === 'status') {
      next = { ...clone(existing), status: incoming.status };
    } else {
      next = {
        ...incoming,
        apiVersion: existing.apiVersion,
        kind: existing.kind,
        metadata: {
          ...incoming.metadata,
          name: existing.metadata.name,
          ...(existing.metadata.namespace ? { namespace: existing.metadata.namespace } : {}),
          uid: existing.metadata.uid,
          creationTimestamp: existing.metadata.creationTimestamp,
          resourceVersion: existing.metadata.resourceVersion,
        },
      };
      if (existing.metadata.deletionTimestamp) {
        next.metadata.deletionTimestamp = existing.metadata.deletionTimestamp;
        next.metadata.deletionGracePeriodSeconds = existing.metadata.deletionGracePeriodSeconds;
      } else delete next.metadata.deletionTimestamp;
      if (def.hasStatus) {
        if (existing.status === undefined) delete next.status;
        else next.status = existing.status;
      }
      if (def.generation) {
        const specChanged = !sameJson(existing.spec, next.spec);
        next.metadata.generation = (existing.metadata.generation ?? 1) + (specChanged ? 1 : 0);
      }
    }
    if (def.resource === 'virtualmachines' && subresource !== 'status') this.#validateVm(next);
    // Once the last finalizer is gone, an object being deleted goes (a bound pod waits for its
    // kubelet, a namespace for the namespace controller).
    const waitsForOthers =
      def.resource === 'namespaces' || (def.resource === 'pods' && isBound(next));
    if (
      next.metadata.deletionTimestamp &&
      (next.metadata.finalizers ?? []).length === 0 &&
      !waitsForOthers
    ) {
      return this.store.remove(def.resource, next.metadata.namespace, next.metadata.name) ?? next;
    }
    // A no-op write is not persisted: no new resourceVersion, no watch event (as etcd3's
    // GuaranteedUpdate skips unchanged objects).
    if (sameJson(next, existing)) return existing;
    return this.store.update(def.resource, next);
  }

  #validateName(def: ResourceDef, name: string): void {
    const causes: StatusCause[] = [];
    if (name === '') {
      causes.push({
        reason: 'FieldValueRequired',
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
      });
    } else {
      const label = def.resource === 'namespaces';
      const ok = label
        ? DNS1123_LABEL.test(name) && name.length <= 63
        : DNS1123_SUBDOMAIN.test(name) && name.length <= 253;
      if (!ok)
        causes.push({
          reason: 'FieldValueInvalid',
          field: 'metadata.name',
          message: `Invalid value: "${name}": ${label ? LABEL_HELP : SUBDOMAIN_HELP}`,
        });
    }
    if (causes.length) throw invalid(def.kind, gr(def), name, causes);
  }

  #checkNamespaceOpen(def: ResourceDef, name: string, namespace: string): void {
    const ns = this.store.get('namespaces', undefined, namespace);
    if (!ns) throw notFound({ group: '', resource: 'namespaces' }, namespace);
    if (ns.metadata.deletionTimestamp) throw namespaceTerminating(gr(def), name, namespace);
  }

  /** What each type's create strategy does to the incoming object (`PrepareForCreate`). */
  #prepareForCreate(def: ResourceDef, object: KubeObject): void {
    if (def.hasStatus) delete object.status;
    switch (def.resource) {
      case 'namespaces':
        object.spec = { finalizers: ['kubernetes'] };
        object.status = { phase: 'Active' };
        object.metadata.labels = {
          ...object.metadata.labels,
          'kubernetes.io/metadata.name': object.metadata.name,
        };
        break;
      case 'pods':
        object.status = { phase: 'Pending', qosClass: 'Burstable' };
        break;
      case 'virtualmachines':
        this.#validateVm(object);
        object.metadata.annotations = {
          'kubevirt.io/latest-observed-api-version': 'v1',
          'kubevirt.io/storage-observed-api-version': 'v1',
          ...object.metadata.annotations,
        };
        break;
    }
  }

  /** The checks of KubeVirt's VM admission webhook that a client can trip over. */
  #validateVm(vm: KubeObject): void {
    const def = resourceDef('virtualmachines');
    const spec = isRecord(vm.spec) ? vm.spec : undefined;
    const causes: StatusCause[] = [];
    if (!spec || !isRecord(spec.template))
      causes.push({
        reason: 'FieldValueRequired',
        field: 'spec.template',
        message: 'Required value',
      });
    const runStrategy = spec?.runStrategy;
    if (runStrategy !== undefined && !RUN_STRATEGIES.includes(display(runStrategy))) {
      causes.push({
        reason: 'FieldValueNotSupported',
        field: 'spec.runStrategy',
        message: `Unsupported value: "${display(runStrategy)}": supported values: ${RUN_STRATEGIES.map((s) => `"${s}"`).join(', ')}`,
      });
    }
    if (runStrategy !== undefined && spec?.running !== undefined) {
      causes.push({
        reason: 'FieldValueInvalid',
        field: 'spec.running',
        message: 'Invalid value: running and runStrategy are mutually exclusive',
      });
    }
    if (causes.length) throw invalid(def.kind, gr(def), vm.metadata.name, causes);
  }

  #orphanDependents(owner: KubeObject): void {
    for (const { def, object } of this.dependentsOf(owner)) {
      const released = clone(object);
      released.metadata.ownerReferences = object.metadata.ownerReferences?.filter(
        (ref) => ref.uid !== owner.metadata.uid,
      );
      if (released.metadata.ownerReferences?.length === 0) delete released.metadata.ownerReferences;
      this.store.update(def.resource, released);
    }
  }
}

function isBound(pod: KubeObject): boolean {
  return isRecord(pod.spec) && typeof pod.spec.nodeName === 'string' && pod.spec.nodeName !== '';
}

function terminationGrace(pod: KubeObject): number {
  const grace = isRecord(pod.spec) ? pod.spec.terminationGracePeriodSeconds : undefined;
  return typeof grace === 'number' ? grace : 30;
}
