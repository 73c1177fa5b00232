import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startSimulator, type Simulator } from '../../src/sim/index.ts';

const run = promisify(execFile);
const kubectlVersion = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const skip =
  kubectlVersion.status === 0
    ? false
    : 'kubectl is not installed on this machine; these tests run where it is';

const VM_YAML = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
  namespace: kubectl
spec:
  runStrategy: Always
  template:
    spec:
      domain:
        devices: {}
        resources:
          requests:
            memory: 128Mi
      volumes:
        - name: containerdisk
          containerDisk:
            image: registry.invalid/kubevirt-transition-check/no-such-image:latest
`;

describe('simulator with kubectl', { skip }, () => {
  let sim: Simulator;
  const kubectl = async (...args: string[]) =>
    (await run('kubectl', ['--kubeconfig', sim.kubeconfigPath, ...args], { timeout: 20_000 }))
      .stdout;

  before(async () => {
    // kubectl takes a good fraction of a second per call: 0.01 makes the 10 s back-off 100 ms.
    sim = await startSimulator({ timeScale: 0.01, errImagePullDwellMs: 20 });
  });
  after(() => sim.close());

  it('creates a namespace (sent as protobuf) and answers auth can-i', async () => {
    assert.match(await kubectl('create', 'namespace', 'kubectl'), /namespace\/kubectl created/);
    assert.match(await kubectl('auth', 'can-i', 'watch', 'virtualmachines.kubevirt.io'), /^yes/);
  });

  it('shows the VM cycling through the pull states in kubectl get vm -w after kubectl apply', async () => {
    const watcher = spawn(
      'kubectl',
      ['--kubeconfig', sim.kubeconfigPath, '-n', 'kubectl', 'get', 'vm', '-w'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const statuses = () =>
      output
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/)[2])
        .filter((status): status is string => status !== undefined);
    const seen = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`kubectl get vm -w printed:\n${output}`)),
        20_000,
      );
      watcher.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const path = statuses().filter((s, i, all) => i === 0 || all[i - 1] !== s);
        const at = path.indexOf('ErrImagePull');
        if (
          at >= 0 &&
          path.slice(at, at + 4).join(' ') ===
            'ErrImagePull ImagePullBackOff ErrImagePull ImagePullBackOff'
        ) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    try {
      // No need to wait for kubectl's watch: the VM keeps cycling, so the path shows up later.
      const apply = spawn('kubectl', ['--kubeconfig', sim.kubeconfigPath, 'apply', '-f', '-']);
      apply.stdin.end(VM_YAML);
      const code = await new Promise<number | null>((resolve) => apply.on('close', resolve));
      assert.equal(code, 0);
      await seen;
    } finally {
      watcher.kill();
    }
    assert.match(output.split('\n')[0] ?? '', /^NAME\s+AGE\s+STATUS\s+READY/);
  });

  it('lists VMs, VMIs, pods and events with their printer columns', async () => {
    const out = await kubectl('-n', 'kubectl', 'get', 'vm,vmi,pods,events');
    assert.match(
      out,
      /virtualmachine\.kubevirt\.io\/vm\s+\S+\s+(ErrImagePull|ImagePullBackOff)\s+False/,
    );
    assert.match(out, /virtualmachineinstance\.kubevirt\.io\/vm\s+\S+\s+Scheduling/);
    assert.match(out, /pod\/virt-launcher-vm-\w+\s+1\/3\s+Init:(ErrImagePull|ImagePullBackOff)/);
    assert.match(
      out,
      /Back-off pulling image "registry\.invalid\/kubevirt-transition-check\/no-such-image:latest"/,
    );
    const jsonpath = await kubectl(
      '-n',
      'kubectl',
      'get',
      'vmi',
      'vm',
      '-o',
      "jsonpath={.status.conditions[?(@.type=='Synchronized')].reason}",
    );
    assert.match(jsonpath, /^(ErrImagePull|ImagePullBackOff)$/);
  });

  it('deletes the VM and waits until it is gone', async () => {
    assert.match(
      await kubectl('-n', 'kubectl', 'delete', 'vm', 'vm', '--timeout=20s'),
      /"vm" deleted/,
    );
    assert.match(await kubectl('-n', 'kubectl', 'get', 'vm,vmi', '-o', 'name'), /^$/);
  });
});
