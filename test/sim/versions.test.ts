// The simulated cluster pairs a Kubernetes and a KubeVirt that the README's own support table
// ("Which Kubernetes for which KubeVirt") says go together, for every demo scenario.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SCENARIOS } from '../../src/demo.ts';
import { startSimulator, type SimulatorOptions } from '../../src/sim/index.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** `| v1.8.x | 1.35 (1.33 to 1.35) |` -> minor 8 supports Kubernetes 1.33 to 1.35. */
const supported = new Map(
  [...readme.matchAll(/^\| v1\.(\d+)\.x +\| 1\.\d+ \(1\.(\d+) to 1\.(\d+)\)/gm)].map((row) => [
    Number(row[1]),
    [Number(row[2]), Number(row[3])] as const,
  ]),
);

async function versions(
  options: SimulatorOptions,
): Promise<{ kubernetes: string; kubevirt: string }> {
  const sim = await startSimulator(options);
  try {
    const get = async (path: string) => (await fetch(`${sim.url}${path}`)).json() as Promise<never>;
    const version: { gitVersion: string } = await get('/version');
    const list: { items: { status: { observedKubeVirtVersion: string } }[] } = await get(
      '/apis/kubevirt.io/v1/kubevirts',
    );
    return {
      kubernetes: version.gitVersion,
      kubevirt: list.items[0]!.status.observedKubeVirtVersion,
    };
  } finally {
    await sim.close();
  }
}

describe('the simulated versions', () => {
  it('reads the support table of the README', () => {
    assert.ok(supported.size >= 2, `rows read: ${supported.size}`);
  });

  for (const [scenario, settings] of Object.entries(SCENARIOS)) {
    it(`pair a Kubernetes the KubeVirt supports in the ${scenario} scenario`, async () => {
      const { kubernetes, kubevirt } = await versions(
        (settings as { options?: SimulatorOptions }).options ?? {},
      );
      const kubevirtMinor = Number(/^v1\.(\d+)\./.exec(kubevirt)?.[1]);
      const kubernetesMinor = Number(/^v1\.(\d+)\./.exec(kubernetes)?.[1]);
      const range = supported.get(kubevirtMinor);
      assert.ok(range, `the README's table has no row for KubeVirt ${kubevirt}`);
      assert.ok(
        kubernetesMinor >= range[0] && kubernetesMinor <= range[1],
        `Kubernetes ${kubernetes} is outside 1.${range[0]} to 1.${range[1]}, which KubeVirt ${kubevirt} supports`,
      );
    });
  }
});
