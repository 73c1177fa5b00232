import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  readKindCluster,
  readUncleanedRun,
  saveKindCluster,
  saveRun,
  STATE,
} from '../src/state.ts';

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

describe('the saved run', () => {
  const run = {
    kubeconfig: '/tmp/kc',
    namespace: 'ktc-1a2b',
    generatedNamespace: true,
    runId: '1a2b',
    cleanup: 'on-success',
  } as const;
  const state = (values: Record<string, string>) => (key: string) => values[key] ?? '';

  it('reaches the post step as saved, with the result when there is one', () => {
    const saved = new Map<string, string>();
    saveRun((key, value) => saved.set(key, value), run);
    assert.deepEqual(
      readUncleanedRun((key) => saved.get(key) ?? ''),
      { run, result: undefined },
    );
    saved.set(STATE.result, 'failed');
    assert.deepEqual(readUncleanedRun((key) => saved.get(key) ?? '')?.result, 'failed');
    saved.set(STATE.cleanedUp, 'true');
    assert.equal(
      readUncleanedRun((key) => saved.get(key) ?? ''),
      undefined,
      'nothing to do once the main step cleaned up',
    );
  });

  const broken: [string, string, RegExp][] = [
    ['not JSON', '{namespace', /'run' is not JSON/],
    ['not an object', '["ktc-1a2b"]', /'run' is not an object/],
    ['without a namespace', JSON.stringify({ ...run, namespace: '' }), /has no namespace/],
    ['without a runId', JSON.stringify({ ...run, runId: undefined }), /has no runId/],
    [
      'with generatedNamespace as text',
      JSON.stringify({ ...run, generatedNamespace: 'yes' }),
      /has no generatedNamespace/,
    ],
    ['with a kubeconfig that is a number', JSON.stringify({ ...run, kubeconfig: 3 }), /kubeconfig/],
    [
      'with an unknown cleanup',
      JSON.stringify({ ...run, cleanup: 'sometimes' }),
      /cleanup other than/,
    ],
  ];
  for (const [what, saved, error] of broken) {
    it(`names the key and the fault of a saved run ${what}`, () =>
      assert.throws(() => readUncleanedRun(state({ [STATE.run]: saved })), error));
  }

  it('refuses a saved result it does not know', () =>
    assert.throws(
      () => readUncleanedRun(state({ [STATE.run]: JSON.stringify(run), [STATE.result]: 'great' })),
      /'result' is 'great', not one of passed, flaky, failed, inconclusive/,
    ));
});
