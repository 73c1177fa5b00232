// The pod log subresource of the simulator, read through client-node as the diagnostics read it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { simulator, type Clients } from './helpers.ts';

describe('simulator: pods/log and the KubeVirt pods', () => {
  let clients: Clients;
  before(async () => {
    clients = await simulator();
  });
  after(() => clients.sim.close());

  it('seeds virt-operator, virt-api, virt-controller and virt-handler pods in kubevirt', async () => {
    const pods = await clients.core.listNamespacedPod({
      namespace: 'kubevirt',
      labelSelector: 'kubevirt.io in (virt-operator,virt-controller,virt-handler)',
    });
    const components = pods.items.map((pod) => pod.metadata?.labels?.['kubevirt.io']).sort();
    assert.deepEqual(components, [
      'virt-controller',
      'virt-controller',
      'virt-handler',
      'virt-operator',
      'virt-operator',
    ]);
    for (const pod of pods.items) assert.equal(pod.status?.phase, 'Running');
  });

  it('serves a container log with tailLines and limitBytes', async () => {
    const pods = await clients.core.listNamespacedPod({
      namespace: 'kubevirt',
      labelSelector: 'kubevirt.io=virt-handler',
    });
    const name = pods.items[0]!.metadata!.name!;
    const read = (extra: { tailLines?: number; limitBytes?: number }) =>
      clients.core.readNamespacedPodLog({ namespace: 'kubevirt', name, ...extra });
    const whole = await read({});
    const lines = whole.trimEnd().split('\n');
    assert.ok(lines.length > 5);
    assert.equal((JSON.parse(lines[0]!) as { component: string }).component, 'virt-handler');
    assert.equal(await read({ tailLines: 2 }), `${lines.slice(-2).join('\n')}\n`);
    assert.equal(await read({ limitBytes: 10 }), whole.slice(0, 10));
  });

  it('answers 400 for a container that never started, and 404 for a missing pod', async () => {
    await assert.rejects(
      clients.core.readNamespacedPodLog({ namespace: 'kubevirt', name: 'no-such-pod' }),
      (error: { code?: number }) => error.code === 404,
    );
    await assert.rejects(
      clients.core.readNamespacedPodLog({
        namespace: 'kubevirt',
        name: (
          await clients.core.listNamespacedPod({
            namespace: 'kubevirt',
            labelSelector: 'kubevirt.io=virt-api',
          })
        ).items[0]!.metadata!.name!,
        container: 'compute',
      }),
      (error: { code?: number; body?: string }) =>
        error.code === 400 &&
        /container compute is not valid for pod virt-api-/.test(String(error.body)),
    );
  });
});
