import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readKindCluster, saveKindCluster, STATE } from '../src/state.ts';

describe('state', () => {
  it('carries the kind cluster from the main step to the post step', () => {
    const saved = new Map<string, string>();
    const cluster = { clusterName: 'ktc', kubeconfigPath: '/tmp/kc', kindPath: '/cache/kind' };
    saveKindCluster((key, value) => saved.set(key, value), cluster);
    assert.deepEqual([...saved.keys()], [STATE.kindCluster]);
    assert.deepEqual(
      readKindCluster((key) => saved.get(key) ?? ''),
      cluster,
    );
  });

  it('finds no cluster when the main step created none', () => {
    assert.equal(
      readKindCluster(() => ''),
      undefined,
    );
  });

  it('names the key when the saved cluster is incomplete', () => {
    assert.throws(
      () => readKindCluster(() => '{"clusterName":"ktc"}'),
      /The saved state 'kind-cluster' is incomplete/,
    );
  });
});
