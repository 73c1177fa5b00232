// Creating what a run needs, against the simulator: a create whose answer was lost is not an error
// when the object is ours, and is one when the name belongs to someone else.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ClusterConnection } from '../../src/cluster/kubeconfig.ts';
import { builtInVm, RUN_LABEL } from '../../src/cluster/manifest.ts';
import { budget } from '../../src/cluster/requests.ts';
import { createNamespace, createVm } from '../../src/cluster/run-objects.ts';
import { simulator, type Clients } from '../sim/helpers.ts';

const opened: Clients[] = [];
after(() => Promise.all(opened.map((clients) => clients.sim.close())));

async function cluster(): Promise<{ clients: Clients; connection: ClusterConnection }> {
  const clients = await simulator({ controllers: false });
  opened.push(clients);
  return {
    clients,
    connection: { kubeConfig: clients.kc, server: clients.sim.url, source: 'test' },
  };
}

const within = () => budget(10_000, { requestTimeoutMs: 2_000, baseDelayMs: 10, maxDelayMs: 50 });
const identity = { name: 'transition-check-1-abc123', namespace: 'default', runId: 'abc123' };

describe('creating what a run needs', () => {
  it('counts a create whose answer was lost as done: AlreadyExists carries our run label', async () => {
    const { clients, connection } = await cluster();
    const vm = builtInVm(identity, 'registry.invalid/x:latest');
    // As if an earlier try had been created and its answer lost: the repeat meets 409.
    await clients.custom.createNamespacedCustomObject({
      group: 'kubevirt.io',
      version: 'v1',
      plural: 'virtualmachines',
      namespace: 'default',
      body: vm,
    });
    await createVm(connection, vm, within());
    await createNamespace(connection, 'ktc-abc123', 'abc123', within());
    await createNamespace(connection, 'ktc-abc123', 'abc123', within());
    const namespace = await clients.core.readNamespace({ name: 'ktc-abc123' });
    assert.equal(namespace.metadata?.labels?.[RUN_LABEL], 'abc123');
  });

  it("refuses a name that is someone else's: AlreadyExists without our run label", async () => {
    const { clients, connection } = await cluster();
    await clients.core.createNamespace({ body: { metadata: { name: 'taken' } } });
    await assert.rejects(
      createNamespace(connection, 'taken', 'abc123', within()),
      /^Error: Cannot create namespace "taken": Error from server \(AlreadyExists\): namespaces "taken" already exists$/,
    );
  });
});
