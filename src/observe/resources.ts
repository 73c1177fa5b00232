// The four resource kinds the observer follows: how to list each through client-node's typed
// APIs, where to watch it, and which witness reads its objects.
import { CoreV1Api, CustomObjectsApi, type KubeConfig } from '../util/client-node.ts';
import { abortable } from '../util/abortable.ts';
import type { ResourceKind } from './types.ts';
import { readEvent, readPod, readVm, readVmi, type PodOwner, type Reading } from './witness.ts';

/** One list answer: the objects and the resourceVersion to watch from. */
export interface Listing {
  resourceVersion: string;
  items: unknown[];
}

export interface ResourceSpec {
  resource: ResourceKind;
  /** The collection's path, as the watch is opened on it. */
  path: string;
  /** Events cannot be label-selected: they are kept when they are about a tracked object. */
  labelSelector?: string;
  list: (signal: AbortSignal) => Promise<Listing>;
  read: (object: unknown) => Reading | undefined;
}

export interface SpecContext {
  kubeConfig: KubeConfig;
  namespace: string;
  labelSelector?: string;
  podOwner: PodOwner;
}

const KUBEVIRT = { group: 'kubevirt.io', version: 'v1' };

export function resourceSpecs(context: SpecContext): ResourceSpec[] {
  const { kubeConfig, namespace, labelSelector } = context;
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const custom = kubeConfig.makeApiClient(CustomObjectsApi);
  const kubevirt = (plural: ResourceKind, read: (object: unknown) => Reading | undefined) => ({
    resource: plural,
    path: `/apis/${KUBEVIRT.group}/${KUBEVIRT.version}/namespaces/${namespace}/${plural}`,
    labelSelector,
    read,
    list: async (signal: AbortSignal) =>
      listing(
        await custom.listNamespacedCustomObject(
          { ...KUBEVIRT, namespace, plural, labelSelector },
          abortable(signal),
        ),
      ),
  });
  return [
    kubevirt('virtualmachines', readVm),
    kubevirt('virtualmachineinstances', readVmi),
    {
      resource: 'pods',
      path: `/api/v1/namespaces/${namespace}/pods`,
      labelSelector,
      read: readPod,
      list: async (signal) =>
        listing(await core.listNamespacedPod({ namespace, labelSelector }, abortable(signal))),
    },
    {
      resource: 'events',
      path: `/api/v1/namespaces/${namespace}/events`,
      read: (object) => readEvent(object, context.podOwner),
      list: async (signal) =>
        listing(await core.listNamespacedEvent({ namespace }, abortable(signal))),
    },
  ];
}

function listing(list: unknown): Listing {
  const shaped = list as { metadata?: { resourceVersion?: string }; items?: unknown[] };
  const resourceVersion = shaped.metadata?.resourceVersion;
  if (!resourceVersion) {
    throw new Error('the list answer has no metadata.resourceVersion to watch from');
  }
  return { resourceVersion, items: shaped.items ?? [] };
}
