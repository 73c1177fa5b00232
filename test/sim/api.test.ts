import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PatchStrategy, setHeaderOptions, type V1Pod } from '@kubernetes/client-node';
import { eventually, failure, simulator, vmManifest, VMS, type Clients } from './helpers.ts';

interface Vm {
  metadata: {
    name: string;
    resourceVersion: string;
    uid: string;
    generation?: number;
    labels?: Record<string, string>;
  };
  spec: { runStrategy?: string };
  status?: Record<string, unknown>;
}

describe('simulator API: CRUD, errors and discovery through client-node', () => {
  let c: Clients;
  before(async () => {
    c = await simulator({ controllers: false });
    await c.core.createNamespace({ body: { metadata: { name: 'crud' } } });
  });
  after(() => c.sim.close());

  it('lists with a resourceVersion and leaves kind/apiVersion off built-in items only', async () => {
    const response = await fetch(`${c.sim.url}/api/v1/namespaces`);
    const list = (await response.json()) as {
      kind: string;
      metadata: { resourceVersion: string };
      items: Record<string, unknown>[];
    };
    assert.equal(list.kind, 'NamespaceList');
    assert.match(list.metadata.resourceVersion, /^\d+$/);
    assert.ok(list.items.every((item) => !('kind' in item) && !('apiVersion' in item)));
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'crud',
      body: vmManifest('listed', 'quay.io/x/y', 'Halted'),
    });
    const vms = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'crud' })) as {
      kind: string;
      items: { kind: string; apiVersion: string }[];
    };
    assert.equal(vms.kind, 'VirtualMachineList');
    assert.deepEqual(
      vms.items.map((item) => [item.kind, item.apiVersion]),
      [['VirtualMachine', 'kubevirt.io/v1']],
    );
  });

  it('creates, reads, updates and deletes a VM, ignoring .status outside the status subresource', async () => {
    const body = {
      ...vmManifest('roundtrip', 'quay.io/x/y', 'Halted'),
      status: { printableStatus: 'Running' },
    };
    const created = (await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'crud',
      body,
    })) as Vm;
    assert.equal(created.status, undefined);
    assert.equal(created.metadata.generation, 1);
    const read = (await c.custom.getNamespacedCustomObject({
      ...VMS,
      namespace: 'crud',
      name: 'roundtrip',
    })) as Vm;
    assert.equal(read.metadata.uid, created.metadata.uid);

    const replaced = (await c.custom.replaceNamespacedCustomObject({
      ...VMS,
      namespace: 'crud',
      name: 'roundtrip',
      body: {
        ...read,
        spec: { ...read.spec, runStrategy: 'Manual' },
        status: { printableStatus: 'Hacked' },
      },
    })) as Vm;
    assert.equal(replaced.spec.runStrategy, 'Manual');
    assert.equal(replaced.status, undefined);
    assert.equal(replaced.metadata.generation, 2);
    assert.ok(Number(replaced.metadata.resourceVersion) > Number(read.metadata.resourceVersion));

    const withStatus = (await c.custom.replaceNamespacedCustomObjectStatus({
      ...VMS,
      namespace: 'crud',
      name: 'roundtrip',
      body: {
        ...replaced,
        spec: { runStrategy: 'Always' },
        status: { printableStatus: 'Stopped' },
      },
    })) as Vm;
    assert.deepEqual(withStatus.status, { printableStatus: 'Stopped' });
    assert.equal(withStatus.spec.runStrategy, 'Manual', 'a status write leaves the spec alone');

    const stale = await failure(
      c.custom.replaceNamespacedCustomObject({
        ...VMS,
        namespace: 'crud',
        name: 'roundtrip',
        body: read,
      }),
    );
    assert.equal(stale.code, 409);
    assert.equal(stale.body.reason, 'Conflict');

    await c.custom.deleteNamespacedCustomObject({ ...VMS, namespace: 'crud', name: 'roundtrip' });
    const gone = await failure(
      c.custom.getNamespacedCustomObject({ ...VMS, namespace: 'crud', name: 'roundtrip' }),
    );
    assert.equal(gone.code, 404);
    assert.deepEqual(gone.body, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'virtualmachines.kubevirt.io "roundtrip" not found',
      reason: 'NotFound',
      details: { name: 'roundtrip', group: 'kubevirt.io', kind: 'virtualmachines' },
      code: 404,
    });
  });

  it('answers AlreadyExists, Invalid and a missing namespace with the real Status', async () => {
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'crud',
      body: vmManifest('twice', 'quay.io/x/y', 'Halted'),
    });
    const twice = await failure(
      c.custom.createNamespacedCustomObject({
        ...VMS,
        namespace: 'crud',
        body: vmManifest('twice', 'quay.io/x/y', 'Halted'),
      }),
    );
    assert.equal(twice.code, 409);
    assert.equal(twice.body.reason, 'AlreadyExists');
    assert.equal(twice.body.message, 'virtualmachines.kubevirt.io "twice" already exists');

    const bad = await failure(
      c.core.createNamespacedPod({
        namespace: 'crud',
        body: { metadata: { name: 'Bad_Name' }, spec: { containers: [] } },
      }),
    );
    assert.equal(bad.code, 422);
    assert.equal(bad.body.reason, 'Invalid');
    assert.match(
      String(bad.body.message),
      /^Pod "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/,
    );

    const strategy = await failure(
      c.custom.createNamespacedCustomObject({
        ...VMS,
        namespace: 'crud',
        body: vmManifest('strategy', 'quay.io/x/y', 'Sometimes'),
      }),
    );
    assert.equal(strategy.code, 422);
    assert.match(String(strategy.body.message), /spec.runStrategy: Unsupported value: "Sometimes"/);

    const nowhere = await failure(
      c.core.createNamespacedPod({
        namespace: 'nowhere',
        body: { metadata: { name: 'p' }, spec: { containers: [] } },
      }),
    );
    assert.equal(nowhere.code, 404);
    assert.equal(nowhere.body.message, 'namespaces "nowhere" not found');
  });

  it('applies JSON patches and merge patches, and refuses strategic merge on a custom resource', async () => {
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'crud',
      body: vmManifest('patched', 'quay.io/x/y', 'Halted'),
    });
    const jsonPatched = (await c.custom.patchNamespacedCustomObject({
      ...VMS,
      namespace: 'crud',
      name: 'patched',
      body: [{ op: 'replace', path: '/spec/runStrategy', value: 'Manual' }],
    })) as Vm;
    assert.equal(jsonPatched.spec.runStrategy, 'Manual');
    const merged = (await c.custom.patchNamespacedCustomObject(
      {
        ...VMS,
        namespace: 'crud',
        name: 'patched',
        body: { metadata: { labels: { extra: 'yes', app: null } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as Vm;
    assert.deepEqual(merged.metadata.labels, { extra: 'yes' });
    const strategic = await failure(
      c.custom.patchNamespacedCustomObject(
        { ...VMS, namespace: 'crud', name: 'patched', body: { metadata: { labels: { x: 'y' } } } },
        setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
      ),
    );
    assert.equal(strategic.code, 415);
    assert.equal(strategic.body.reason, 'UnsupportedMediaType');
  });

  it('serves discovery, the KubeVirt CRDs and the kubevirt CR', async () => {
    const groups = (await (await fetch(`${c.sim.url}/apis`)).json()) as {
      groups: { name: string }[];
    };
    assert.ok(groups.groups.some((group) => group.name === 'kubevirt.io'));
    const resources = (await (await fetch(`${c.sim.url}/apis/kubevirt.io/v1`)).json()) as {
      resources: { name: string; shortNames?: string[] }[];
    };
    const vm = resources.resources.find((resource) => resource.name === 'virtualmachines');
    assert.deepEqual(vm?.shortNames, ['vm', 'vms']);
    assert.ok(resources.resources.some((resource) => resource.name === 'virtualmachines/status'));
    const crd = (await (
      await fetch(
        `${c.sim.url}/apis/apiextensions.k8s.io/v1/customresourcedefinitions/virtualmachines.kubevirt.io`,
      )
    ).json()) as { spec: { names: { kind: string } } };
    assert.equal(crd.spec.names.kind, 'VirtualMachine');
    const kubevirt = (await c.custom.getNamespacedCustomObject({
      group: 'kubevirt.io',
      version: 'v1',
      namespace: 'kubevirt',
      plural: 'kubevirts',
      name: 'kubevirt',
    })) as {
      status: { conditions: { type: string; status: string }[]; observedKubeVirtVersion: string };
    };
    assert.ok(
      kubevirt.status.conditions.some(
        (condition) => condition.type === 'Available' && condition.status === 'True',
      ),
    );
    assert.equal(kubevirt.status.observedKubeVirtVersion, 'v1.8.4');
    const version = (await (await fetch(`${c.sim.url}/version`)).json()) as { gitVersion: string };
    assert.match(version.gitVersion, /^v1\.\d+\.\d+$/);
  });

  it('deletes dependents through ownerReferences after their owner', async () => {
    const owner = (await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'crud',
      body: vmManifest('owner', 'quay.io/x/y', 'Halted'),
    })) as Vm;
    const ownerReferences = [
      {
        apiVersion: 'kubevirt.io/v1',
        kind: 'VirtualMachine',
        name: 'owner',
        uid: owner.metadata.uid,
        controller: true,
      },
    ];
    await c.core.createNamespacedPod({
      namespace: 'crud',
      body: { metadata: { name: 'owned', ownerReferences }, spec: { containers: [] } },
    });
    await c.core.createNamespacedPod({
      namespace: 'crud',
      body: { metadata: { name: 'bystander' }, spec: { containers: [] } },
    });
    await c.custom.deleteNamespacedCustomObject({ ...VMS, namespace: 'crud', name: 'owner' });
    await eventually(
      async () =>
        (await c.core.listNamespacedPod({ namespace: 'crud' })).items.every(
          (pod: V1Pod) => pod.metadata?.name !== 'owned',
        ),
      5000,
      'owned pod deleted',
    );
    await c.core.readNamespacedPod({ namespace: 'crud', name: 'bystander' });
  });

  it('deletes a namespace through Terminating once its contents are gone', async () => {
    await c.core.createNamespace({ body: { metadata: { name: 'doomed' } } });
    const held = {
      metadata: { name: 'held', finalizers: ['example.com/hold'] },
      spec: { containers: [] },
    };
    await c.core.createNamespacedPod({ namespace: 'doomed', body: held });
    const deleted = await c.core.deleteNamespace({ name: 'doomed' });
    assert.equal((deleted as { status?: { phase?: string } }).status?.phase, 'Terminating');
    const terminating = await failure(
      c.core.createNamespacedPod({
        namespace: 'doomed',
        body: { metadata: { name: 'late' }, spec: { containers: [] } },
      }),
    );
    assert.equal(terminating.code, 403);
    assert.match(
      String(terminating.body.message),
      /unable to create new content in namespace doomed because it is being terminated/,
    );
    await eventually(
      async () =>
        (await c.core.readNamespacedPod({ namespace: 'doomed', name: 'held' })).metadata
          ?.deletionTimestamp,
      5000,
      'the held pod marked for deletion',
    );
    await c.core.patchNamespacedPod({
      namespace: 'doomed',
      name: 'held',
      body: [{ op: 'remove', path: '/metadata/finalizers' }],
    });
    await eventually(
      async () => (await failure(c.core.readNamespace({ name: 'doomed' }))).code === 404,
      5000,
      'namespace gone',
    );
    const history = c.sim.history('pods', 'doomed', 'held');
    assert.deepEqual(
      history.map((entry) => entry.type),
      ['ADDED', 'MODIFIED', 'DELETED'],
    );
  });
});

describe('simulator API: RBAC and a cluster without KubeVirt', () => {
  it('answers denied requests 403 with the authorizer message, and SelfSubjectAccessReview agrees', async () => {
    const c = await simulator({
      rbac: { deny: [{ verb: 'watch', resource: 'virtualmachines', group: 'kubevirt.io' }] },
    });
    try {
      const response = await fetch(
        `${c.sim.url}/apis/kubevirt.io/v1/namespaces/default/virtualmachines?watch=true`,
      );
      assert.equal(response.status, 403);
      const status = (await response.json()) as { reason: string; message: string };
      assert.equal(status.reason, 'Forbidden');
      assert.equal(
        status.message,
        'virtualmachines.kubevirt.io is forbidden: User "system:anonymous" cannot watch resource "virtualmachines" in API group "kubevirt.io" in the namespace "default"',
      );
      await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'default' });
      const review = async (verb: string) =>
        (await (
          await fetch(`${c.sim.url}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              apiVersion: 'authorization.k8s.io/v1',
              kind: 'SelfSubjectAccessReview',
              spec: {
                resourceAttributes: {
                  verb,
                  group: 'kubevirt.io',
                  resource: 'virtualmachines',
                  namespace: 'default',
                },
              },
            }),
          })
        ).json()) as { status: { allowed: boolean } };
      assert.equal((await review('watch')).status.allowed, false);
      assert.equal((await review('list')).status.allowed, true);
    } finally {
      await c.sim.close();
    }
  });

  it('serves no kubevirt.io group when KubeVirt is not installed', async () => {
    const c = await simulator({ kubevirt: { installed: false } });
    try {
      const groups = (await (await fetch(`${c.sim.url}/apis`)).json()) as {
        groups: { name: string }[];
      };
      assert.ok(!groups.groups.some((group) => group.name === 'kubevirt.io'));
      const missing = await failure(
        c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'default' }),
      );
      assert.equal(missing.code, 404);
      assert.equal(missing.body.message, 'the server could not find the requested resource');
      const crd = await fetch(
        `${c.sim.url}/apis/apiextensions.k8s.io/v1/customresourcedefinitions/virtualmachines.kubevirt.io`,
      );
      assert.equal(crd.status, 404);
    } finally {
      await c.sim.close();
    }
  });
});

describe('simulator API: what kubectl needs without kubectl', () => {
  it('answers Table for kubectl get, with the KubeVirt printer columns and the pod status text', async () => {
    const c = await simulator({ errImagePullDwellMs: 1 });
    try {
      await c.core.createNamespace({ body: { metadata: { name: 'table' } } });
      await c.custom.createNamespacedCustomObject({
        ...VMS,
        namespace: 'table',
        body: vmManifest('vm'),
      });
      const accept = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
      const get = async (path: string) =>
        (await (await fetch(`${c.sim.url}${path}`, { headers: { accept } })).json()) as {
          kind: string;
          columnDefinitions: { name: string }[];
          rows: { cells: unknown[] }[];
        };
      await eventually(
        async () => {
          const pods = await get('/api/v1/namespaces/table/pods');
          return pods.rows.some((row) =>
            /^Init:(ErrImagePull|ImagePullBackOff)$/.test(String(row.cells[2])),
          );
        },
        5000,
        'pod STATUS Init:<pull error>',
      );
      // virt-controller mirrors the pod's state onto the VM a moment later (pod -> VMI -> VM).
      const vmPath = '/apis/kubevirt.io/v1/namespaces/table/virtualmachines';
      await eventually(
        async () =>
          /^(ErrImagePull|ImagePullBackOff)$/.test(String((await get(vmPath)).rows[0]?.cells[2])),
        5000,
        'VM STATUS <pull error>',
      );
      const vms = await get(vmPath);
      assert.equal(vms.kind, 'Table');
      assert.deepEqual(
        vms.columnDefinitions.map((column) => column.name),
        ['Name', 'Age', 'Status', 'Ready'],
      );
      assert.equal(vms.rows[0]?.cells[0], 'vm');
      assert.match(String(vms.rows[0]?.cells[2]), /^(ErrImagePull|ImagePullBackOff)$/);
    } finally {
      await c.sim.close();
    }
  });

  it('decodes a Namespace sent as protobuf, as kubectl create namespace sends it', async () => {
    const c = await simulator({ controllers: false });
    try {
      const field = (number: number, bytes: Buffer) =>
        Buffer.concat([Buffer.from([(number << 3) | 2, bytes.length]), bytes]);
      const typeMeta = Buffer.concat([
        field(1, Buffer.from('v1')),
        field(2, Buffer.from('Namespace')),
      ]);
      const label = Buffer.concat([field(1, Buffer.from('team')), field(2, Buffer.from('sim'))]);
      const metadata = Buffer.concat([field(1, Buffer.from('from-protobuf')), field(11, label)]);
      const raw = field(1, metadata);
      const body = Buffer.concat([Buffer.from('k8s\0'), field(1, typeMeta), field(2, raw)]);
      const response = await fetch(`${c.sim.url}/api/v1/namespaces`, {
        method: 'POST',
        headers: { 'content-type': 'application/vnd.kubernetes.protobuf' },
        body,
      });
      assert.equal(response.status, 201);
      const ns = await c.core.readNamespace({ name: 'from-protobuf' });
      assert.equal(ns.metadata?.labels?.team, 'sim');
      const pod = await fetch(`${c.sim.url}/api/v1/namespaces/default/pods`, {
        method: 'POST',
        headers: { 'content-type': 'application/vnd.kubernetes.protobuf' },
        body: Buffer.from('k8s\0'),
      });
      assert.equal(pod.status, 415);
    } finally {
      await c.sim.close();
    }
  });
});
