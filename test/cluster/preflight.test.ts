// Pre-flight against the simulated cluster over HTTP, through the unmodified client-node.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { KubeConfig } from '@kubernetes/client-node';
import type { ClusterConnection } from '../../src/cluster/kubeconfig.ts';
import { preflight, PreflightError } from '../../src/cluster/preflight.ts';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/sim/index.ts';

const simulators: Simulator[] = [];
after(() => Promise.all(simulators.map((sim) => sim.close())));

async function clusterWith(options: SimulatorOptions): Promise<ClusterConnection> {
  const sim = await startSimulator(options);
  simulators.push(sim);
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(sim.kubeconfig);
  return { kubeConfig, server: sim.url, source: 'test' };
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PreflightError, `expected a PreflightError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected the pre-flight to fail');
}

describe('preflight', () => {
  it('passes on a healthy cluster and reports versions, the gate and KVM', async () => {
    const result = await preflight(await clusterWith({}), {});
    assert.match(result.kubernetesVersion, /^v1\./);
    assert.equal(result.kubevirtVersion, 'v1.8.4');
    assert.equal(result.imageVolume.enabled, false);
    assert.equal(result.virtualization.schedulable, true);
    assert.equal(result.virtualization.kvmNodes, 1);
    assert.deepEqual(result.warnings, []);
  });

  it('sees the ImageVolume gate that KubeVirt 1.9 turns on by default', async () => {
    const result = await preflight(await clusterWith({ kubevirt: { version: 'v1.9.0' } }), {});
    assert.equal(result.imageVolume.enabled, true);
    assert.match(result.imageVolume.why, /v1\.9\.0 enables Beta feature gates/);
  });

  it('sees the gate disabled through disabledFeatureGates', async () => {
    const cluster = await clusterWith({
      kubevirt: { version: 'v1.9.0', disabledFeatureGates: ['ImageVolume'] },
    });
    assert.equal((await preflight(cluster, {})).imageVolume.enabled, false);
  });

  it('explains that without KVM and emulation the launcher pod cannot be scheduled', async () => {
    const result = await preflight(await clusterWith({ nodes: { kvm: false } }), {});
    assert.equal(result.virtualization.schedulable, false);
    assert.match(result.virtualization.why, /ErrorUnschedulable/);
    const emulated = await preflight(
      await clusterWith({ nodes: { kvm: false }, kubevirt: { useEmulation: true } }),
      {},
    );
    assert.equal(emulated.virtualization.schedulable, true);
  });

  it('names a cluster without KubeVirt and says how to get it', async () => {
    const message = await rejection(
      preflight(await clusterWith({ kubevirt: { installed: false } }), {}),
    );
    assert.match(
      message,
      /KubeVirt is not installed on http:\/\/127\.0\.0\.1:\d+: the API group kubevirt\.io\/v1 is not served/,
    );
    assert.match(message, /setup: kind/);
  });

  it('waits for nobody: a KubeVirt that is not Available is an error with the wait command', async () => {
    const message = await rejection(
      preflight(await clusterWith({ kubevirt: { available: false } }), {}),
    );
    assert.match(message, /KubeVirt kubevirt\/kubevirt is not Available/);
    assert.match(message, /kubectl -n kubevirt wait kv kubevirt --for condition=Available/);
  });

  it('names an unreachable API server', async () => {
    const cluster = await clusterWith({});
    const sim = simulators.at(-1)!;
    await sim.close();
    const message = await rejection(preflight(cluster, {}));
    assert.match(
      message,
      /Cannot reach the Kubernetes API server http:\/\/127\.0\.0\.1:\d+ \(kubeconfig test\): The connection to the server .* was refused/,
    );
  });

  it('lists every missing permission', async () => {
    const cluster = await clusterWith({
      rbac: {
        deny: [
          { verb: 'watch', resource: 'events' },
          { verb: 'create', resource: 'namespaces' },
        ],
      },
    });
    const message = await rejection(preflight(cluster, {}));
    assert.match(
      message,
      /lack permissions the check needs:\n {2}watch events \(cluster-wide\)\n {2}create namespaces\n/,
    );
    assert.match(message, /give an existing namespace in the 'namespace' input/);
  });

  it('needs no namespace permissions when the namespace is given, but the namespace must exist', async () => {
    const cluster = await clusterWith({
      rbac: { deny: [{ verb: 'create', resource: 'namespaces' }] },
    });
    await preflight(cluster, { namespace: 'default' });
    const message = await rejection(preflight(cluster, { namespace: 'nope' }));
    assert.match(
      message,
      /namespace "nope" not found: create it, or leave the 'namespace' input empty/,
    );
  });
});
