// The four resource kinds the observer follows: how to list each (util/kube-api.ts, through
// client-node's KubeConfig), where to watch it, and which witness reads its objects.
import type { KubeConfig } from '../util/client-node.ts';
import { KubeApi } from '../util/kube-api.ts';
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
  const api = (signal: AbortSignal) => KubeApi.of(kubeConfig, signal);
  const kubevirt = (plural: ResourceKind, read: (object: unknown) => Reading | undefined) => ({
    resource: plural,
    path: `/apis/${KUBEVIRT.group}/${KUBEVIRT.version}/namespaces/${namespace}/${plural}`,
    labelSelector,
    read,
    list: (signal: AbortSignal) =>
      allPages((_continue) =>
        api(signal).listNamespacedCustomObject({
          ...KUBEVIRT,
          namespace,
          plural,
          labelSelector,
          _continue,
        }),
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
      list: (signal) =>
        allPages((_continue) =>
          api(signal).listNamespacedPod({ namespace, labelSelector, _continue }),
        ),
    },
    {
      resource: 'events',
      path: `/api/v1/namespaces/${namespace}/events`,
      read: (object) => readEvent(object, context.podOwner),
      list: (signal) =>
        allPages((_continue) => api(signal).listNamespacedEvent({ namespace, _continue })),
    },
  ];
}

/** The most pages one list may take (a server that pages lists on its own, unasked). */
export const MAX_LIST_PAGES = 100;

/**
 * Every page of a list. The observer asks for whole lists, but a server (or something before
 * it) may still answer with a page and a `continue` token: taking that page for the whole list
 * would read the objects on the other pages as deleted. The pages are one snapshot, at the first
 * page's resourceVersion (the API server's paging keeps it).
 */
export async function allPages(
  page: (token: string | undefined) => Promise<unknown>,
): Promise<Listing> {
  const items: unknown[] = [];
  let first: Listing | undefined;
  let token: string | undefined;
  for (let pages = 1; ; pages++) {
    const answer = await page(token);
    const one = listing(answer);
    first ??= one;
    items.push(...one.items);
    token =
      (answer as { metadata?: { _continue?: string; continue?: string } }).metadata?._continue ??
      (answer as { metadata?: { continue?: string } }).metadata?.continue;
    if (!token) return { resourceVersion: first.resourceVersion, items };
    if (pages >= MAX_LIST_PAGES)
      throw new Error(
        `the list was still not complete after ${MAX_LIST_PAGES} pages (continue tokens)`,
      );
  }
}

function listing(list: unknown): Listing {
  const shaped = list as { metadata?: { resourceVersion?: string }; items?: unknown[] };
  const resourceVersion = shaped.metadata?.resourceVersion;
  if (!resourceVersion) {
    throw new Error('the list answer has no metadata.resourceVersion to watch from');
  }
  return { resourceVersion, items: shaped.items ?? [] };
}
