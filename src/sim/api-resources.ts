// The API resources the simulator serves, described once: routing, discovery, field selectors,
// status-subresource rules and the CRD objects are all derived from this table.

export type Verb =
  'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface ResourceDef {
  group: string;
  version: string;
  /** The plural name, unique among the resources here: the store's key. */
  resource: string;
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: Verb[];
  /** `status` subresource: writes to the main resource leave `.status` unchanged. */
  hasStatus: boolean;
  /** Built-in (compiled-in) type: list items omit `kind` and `apiVersion`. */
  builtin: boolean;
  /** Field selector labels beyond `metadata.name` / `metadata.namespace`. */
  fieldLabels: string[];
  /** Part of KubeVirt: served only when KubeVirt is installed. */
  kubevirt: boolean;
  /** Stored with `metadata.generation`, bumped on spec changes. */
  generation: boolean;
}

const ALL_VERBS: Verb[] = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

function def(
  partial: Partial<ResourceDef> &
    Pick<ResourceDef, 'group' | 'version' | 'resource' | 'singular' | 'kind'>,
): ResourceDef {
  return {
    listKind: `${partial.kind}List`,
    namespaced: true,
    shortNames: [],
    categories: [],
    verbs: ALL_VERBS,
    hasStatus: false,
    builtin: true,
    fieldLabels: [],
    kubevirt: false,
    generation: false,
    ...partial,
  };
}

/** Field labels of `pods` (pkg/registry/core/pod/strategy.go `ToSelectableFields`). */
const POD_FIELDS = [
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.schedulerName',
  'spec.serviceAccountName',
  'spec.hostNetwork',
  'status.phase',
  'status.podIP',
  'status.nominatedNodeName',
];

/** Field labels of core/v1 `events` (pkg/registry/core/event/strategy.go `ToSelectableFields`). */
const EVENT_FIELDS = [
  'involvedObject.kind',
  'involvedObject.namespace',
  'involvedObject.name',
  'involvedObject.uid',
  'involvedObject.apiVersion',
  'involvedObject.resourceVersion',
  'involvedObject.fieldPath',
  'reason',
  'reportingComponent',
  'source',
  'type',
];

export const RESOURCES: readonly ResourceDef[] = [
  def({
    group: '',
    version: 'v1',
    resource: 'namespaces',
    singular: 'namespace',
    kind: 'Namespace',
    namespaced: false,
    shortNames: ['ns'],
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    hasStatus: true,
    fieldLabels: ['status.phase'],
  }),
  def({
    group: '',
    version: 'v1',
    resource: 'nodes',
    singular: 'node',
    kind: 'Node',
    namespaced: false,
    shortNames: ['no'],
    hasStatus: true,
    fieldLabels: ['spec.unschedulable'],
  }),
  def({
    group: '',
    version: 'v1',
    resource: 'pods',
    singular: 'pod',
    kind: 'Pod',
    shortNames: ['po'],
    categories: ['all'],
    hasStatus: true,
    fieldLabels: POD_FIELDS,
  }),
  def({
    group: '',
    version: 'v1',
    resource: 'events',
    singular: 'event',
    kind: 'Event',
    shortNames: ['ev'],
    fieldLabels: EVENT_FIELDS,
  }),
  def({
    group: 'apiextensions.k8s.io',
    version: 'v1',
    resource: 'customresourcedefinitions',
    singular: 'customresourcedefinition',
    kind: 'CustomResourceDefinition',
    namespaced: false,
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    hasStatus: true,
  }),
  def({
    group: 'authorization.k8s.io',
    version: 'v1',
    resource: 'selfsubjectaccessreviews',
    singular: 'selfsubjectaccessreview',
    kind: 'SelfSubjectAccessReview',
    namespaced: false,
    verbs: ['create'],
  }),
  def({
    group: 'kubevirt.io',
    version: 'v1',
    resource: 'virtualmachines',
    singular: 'virtualmachine',
    kind: 'VirtualMachine',
    shortNames: ['vm', 'vms'],
    categories: ['all'],
    hasStatus: true,
    builtin: false,
    kubevirt: true,
    generation: true,
  }),
  def({
    group: 'kubevirt.io',
    version: 'v1',
    resource: 'virtualmachineinstances',
    singular: 'virtualmachineinstance',
    kind: 'VirtualMachineInstance',
    shortNames: ['vmi', 'vmis'],
    categories: ['all'],
    hasStatus: true,
    builtin: false,
    kubevirt: true,
    generation: true,
  }),
  def({
    group: 'kubevirt.io',
    version: 'v1',
    resource: 'kubevirts',
    singular: 'kubevirt',
    kind: 'KubeVirt',
    shortNames: ['kv', 'kvs'],
    categories: ['all'],
    hasStatus: true,
    builtin: false,
    kubevirt: true,
    generation: true,
  }),
];

/** The resource names the store and `history()` know. */
export type ResourceName =
  | 'namespaces'
  | 'nodes'
  | 'pods'
  | 'events'
  | 'customresourcedefinitions'
  | 'virtualmachines'
  | 'virtualmachineinstances'
  | 'kubevirts';

export function resourceDef(resource: string): ResourceDef {
  const found = RESOURCES.find((candidate) => candidate.resource === resource);
  if (!found) throw new Error(`sim: unknown resource ${resource}`);
  return found;
}

export function findResource(
  group: string,
  version: string,
  resource: string,
): ResourceDef | undefined {
  return RESOURCES.find(
    (candidate) =>
      candidate.group === group && candidate.version === version && candidate.resource === resource,
  );
}

export function apiVersionOf(resource: ResourceDef): string {
  return resource.group ? `${resource.group}/${resource.version}` : resource.version;
}
