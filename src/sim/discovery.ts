// Non-resource endpoints: /version, legacy discovery (/api, /apis, /apis/<group>[/<version>]),
// the CustomResourceDefinition objects of KubeVirt, and a minimal /openapi/v3 index.
import { apiVersionOf, RESOURCES, type ResourceDef } from './api-resources.ts';

/** The Kubernetes release the simulated API server claims to be. */
/**
 * A Kubernetes that the simulated KubeVirt (v1.8.4 by default, v1.9.0 in the image-volume
 * scenario) supports: KubeVirt 1.8 is built for 1.35 and supports 1.33 to 1.35, 1.9 supports 1.34
 * to 1.36 (README, "Which Kubernetes for which KubeVirt").
 */
export const KUBERNETES_VERSION = { major: '1', minor: '35', gitVersion: 'v1.35.8' };

export function versionInfo() {
  return {
    ...KUBERNETES_VERSION,
    gitCommit: '67a30c0adcf52bd3f56ff0893ce19966be12991f',
    gitTreeState: 'clean',
    buildDate: '2025-02-12T21:19:47Z',
    goVersion: 'go1.23.6',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

function served(kubevirtInstalled: boolean): ResourceDef[] {
  return RESOURCES.filter((resource) => kubevirtInstalled || !resource.kubevirt);
}

export function coreVersions(serverAddress: string) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupOf(name: string, version: string) {
  const groupVersion = { groupVersion: `${name}/${version}`, version };
  return { name, versions: [groupVersion], preferredVersion: groupVersion };
}

export function groupList(kubevirtInstalled: boolean) {
  const names = [
    ...new Set(
      served(kubevirtInstalled)
        .map((r) => r.group)
        .filter((g) => g !== ''),
    ),
  ];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: names.map((name) => groupOf(name, 'v1')),
  };
}

export function group(name: string, kubevirtInstalled: boolean) {
  if (!served(kubevirtInstalled).some((r) => r.group === name)) return undefined;
  return { kind: 'APIGroup', apiVersion: 'v1', ...groupOf(name, 'v1') };
}

/** The APIResourceList of one group version, with the `status` subresources. */
export function resourceList(groupName: string, version: string, kubevirtInstalled: boolean) {
  const defs = served(kubevirtInstalled).filter(
    (r) => r.group === groupName && r.version === version,
  );
  if (defs.length === 0) return undefined;
  const resources = defs.flatMap((def) => {
    const main = {
      name: def.resource,
      singularName: def.singular,
      namespaced: def.namespaced,
      kind: def.kind,
      verbs: def.verbs,
      ...(def.shortNames.length ? { shortNames: def.shortNames } : {}),
      ...(def.categories.length ? { categories: def.categories } : {}),
    };
    const status = {
      name: `${def.resource}/status`,
      singularName: '',
      namespaced: def.namespaced,
      kind: def.kind,
      verbs: ['get', 'patch', 'update'],
    };
    return def.hasStatus ? [main, status] : [main];
  });
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: apiVersionOf(defs[0]!),
    resources,
  };
}

/** `kubectl get` columns of the KubeVirt CRDs (additionalPrinterColumns), for Table answers too. */
export const PRINTER_COLUMNS: Record<string, { name: string; type: string; jsonPath: string }[]> = {
  virtualmachines: [
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
    { name: 'Status', type: 'string', jsonPath: '.status.printableStatus' },
    { name: 'Ready', type: 'string', jsonPath: ".status.conditions[?(@.type=='Ready')].status" },
  ],
  virtualmachineinstances: [
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
    { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
    { name: 'IP', type: 'string', jsonPath: '.status.interfaces[0].ipAddress' },
    { name: 'NodeName', type: 'string', jsonPath: '.status.nodeName' },
    { name: 'Ready', type: 'string', jsonPath: ".status.conditions[?(@.type=='Ready')].status" },
  ],
  kubevirts: [
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
    { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
  ],
};

/** The CustomResourceDefinition objects KubeVirt's operator installs (trimmed to what clients read). */
export function kubevirtCrds(): {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels: Record<string, string> };
  spec: unknown;
  status: unknown;
}[] {
  return RESOURCES.filter((r) => r.kubevirt).map((def) => ({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: {
      name: `${def.resource}.${def.group}`,
      labels: {
        'app.kubernetes.io/component': 'kubevirt',
        'app.kubernetes.io/managed-by': 'virt-operator',
      },
    },
    spec: {
      group: def.group,
      names: {
        kind: def.kind,
        listKind: def.listKind,
        plural: def.resource,
        singular: def.singular,
        shortNames: def.shortNames,
        categories: def.categories,
      },
      scope: def.namespaced ? 'Namespaced' : 'Cluster',
      versions: [
        {
          name: def.version,
          served: true,
          storage: true,
          subresources: { status: {} },
          additionalPrinterColumns: PRINTER_COLUMNS[def.resource] ?? [],
          schema: {
            openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
          },
        },
      ],
    },
    status: {
      acceptedNames: {
        kind: def.kind,
        plural: def.resource,
        singular: def.singular,
        shortNames: def.shortNames,
      },
      conditions: [
        {
          type: 'NamesAccepted',
          status: 'True',
          reason: 'NoConflicts',
          message: 'no conflicts found',
        },
        {
          type: 'Established',
          status: 'True',
          reason: 'InitialNamesAccepted',
          message: 'the initial names have been accepted',
        },
      ],
      storedVersions: [def.version],
    },
  }));
}

/**
 * `/openapi/v3`: the index of group versions. kubectl reads it before `apply` and `create`.
 */
export function openApiIndex(kubevirtInstalled: boolean) {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const def of served(kubevirtInstalled)) {
    const path = def.group ? `apis/${def.group}/${def.version}` : `api/${def.version}`;
    paths[path] = { serverRelativeURL: `/openapi/v3/${path}?hash=sim` };
  }
  return { paths };
}

/**
 * One group version's OpenAPI v3 document, with only what kubectl's query-parameter verifier
 * reads (staging/src/k8s.io/kubectl/pkg/util/openapi... `queryParamVerifierV3`): for each
 * resource, a PATCH operation tagged with its `x-kubernetes-group-version-kind` that accepts
 * `fieldValidation`. kubectl then validates server-side (`?fieldValidation=Strict`) instead of
 * downloading schemas, which the simulator does not have.
 */
export function openApiDocument(groupVersionPath: string, kubevirtInstalled: boolean) {
  const defs = served(kubevirtInstalled).filter((def) => {
    const path = def.group ? `apis/${def.group}/${def.version}` : `api/${def.version}`;
    return path === groupVersionPath;
  });
  if (defs.length === 0) return undefined;
  const paths: Record<string, unknown> = {};
  for (const def of defs) {
    const base = `/${groupVersionPath}/${def.namespaced ? 'namespaces/{namespace}/' : ''}${def.resource}/{name}`;
    const gvk = { group: def.group, version: def.version, kind: def.kind };
    const parameters = [
      { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
      { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } },
      { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
    ];
    paths[base] = {
      patch: {
        operationId: `patch${def.kind}`,
        parameters,
        responses: { '200': { description: 'OK' } },
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': gvk,
      },
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: KUBERNETES_VERSION.gitVersion },
    paths,
    components: { schemas: {} },
  };
}
