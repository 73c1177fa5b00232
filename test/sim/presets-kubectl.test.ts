// Each preset of `checks` on the simulator, seen the way a person sees it: `kubectl apply` of the
// preset's VM, then `kubectl get vm -w` prints the preset's expected printableStatus path.
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { PRESET_NAMES, PRESETS, presetPath } from '../../src/presets.ts';
import { startSimulator, type Simulator } from '../../src/sim/index.ts';

const run = promisify(execFile);
const kubectlVersion = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const skip =
  kubectlVersion.status === 0
    ? false
    : 'kubectl is not installed on this machine; these tests run where it is';

const NAMESPACE = 'presets';
const IMAGE = 'registry.invalid/kubevirt-transition-check/no-such-image:latest';

/** The STATUS column of `kubectl get vm -w` for VM `name`, consecutive repeats dropped. */
function statuses(output: string, name: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns[0] === name)
    .map((columns) => columns[2])
    .filter((status): status is string => status !== undefined && status !== '')
    .filter((status, i, all) => i === 0 || all[i - 1] !== status);
}

/** Whether `wanted` shows up in `seen` in order, others allowed in between (the path's `->`). */
function inOrder(seen: string[], wanted: string[]): boolean {
  let at = 0;
  for (const status of seen) if (status === wanted[at]) at++;
  return at === wanted.length;
}

describe('each preset on the simulator, with kubectl', { skip }, () => {
  let sim: Simulator;
  const kubectl = async (...args: string[]) =>
    (await run('kubectl', ['--kubeconfig', sim.kubeconfigPath, ...args], { timeout: 20_000 }))
      .stdout;

  before(async () => {
    // 0.01: the 10 s back-off takes 100 ms, virt-handler's domain start 20 ms.
    sim = await startSimulator({ timeScale: 0.01, errImagePullDwellMs: 20 });
    await kubectl('create', 'namespace', NAMESPACE);
  });
  after(() => sim.close());

  for (const name of PRESET_NAMES) {
    const preset = PRESETS[name];
    const wanted = presetPath(preset, 'v1.8.4').path.split(' -> ');
    it(`${name}: kubectl get vm -w shows ${wanted.join(' -> ')}`, async () => {
      const vm = preset.vm({ name, namespace: NAMESPACE, runId: 'kubectl' }, IMAGE);
      const watcher = spawn(
        'kubectl',
        ['--kubeconfig', sim.kubeconfigPath, '-n', NAMESPACE, 'get', 'vm', '-w'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      const seen = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`kubectl get vm -w printed:\n${output}`)),
          20_000,
        );
        watcher.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (inOrder(statuses(output, name), wanted)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      try {
        const apply = spawn('kubectl', ['--kubeconfig', sim.kubeconfigPath, 'apply', '-f', '-']);
        apply.stdin.end(JSON.stringify(vm));
        assert.equal(await new Promise((resolve) => apply.on('close', resolve)), 0);
        await seen;
      } finally {
        watcher.kill();
      }
    });
  }

  it('missing-pvc: the VMI says why (Synchronized=False, FailedPvcNotFound) and no launcher pod is made', async () => {
    const reason = await kubectl(
      '-n',
      NAMESPACE,
      'get',
      'vmi',
      'missing-pvc',
      '-o',
      "jsonpath={.status.conditions[?(@.type=='Synchronized')].reason} {.status.conditions[?(@.type=='Synchronized')].message}",
    );
    assert.equal(
      reason,
      'FailedPvcNotFound PVC presets/missing-pvc-missing does not exist, waiting for it to appear',
    );
    const pods = await kubectl('-n', NAMESPACE, 'get', 'pods', '-o', 'name');
    assert.doesNotMatch(pods, /virt-launcher-missing-pvc-/);
    assert.doesNotMatch(pods, /virt-launcher-missing-datavolume-/);
  });

  it('unschedulable: the launcher pod stays Pending on Insufficient memory', async () => {
    const events = await kubectl('-n', NAMESPACE, 'get', 'events');
    assert.match(
      events,
      /FailedScheduling\s+pod\/virt-launcher-unschedulable-\w+\s+0\/1 nodes are available: 1 Insufficient memory/,
    );
  });

  it('halted: no VMI exists', async () => {
    const vmis = await kubectl('-n', NAMESPACE, 'get', 'vmi', '-o', 'name');
    assert.doesNotMatch(vmis, /\/halted$/m);
  });
});
