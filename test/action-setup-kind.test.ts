// `setup: kind` the way a workflow runs it: src/main.ts with INPUT_* variables and a GITHUB_STATE
// file, then src/post.ts with the saved state, against the stand-in kind and kubectl on PATH.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  kubevirtState,
  makeStandins,
  startReleaseServer,
  type ReleaseServer,
  type Standins,
} from './cluster/standins.ts';
import { readFileCommands } from '../script/file-commands.ts';

const run = promisify(execFile);
const MAIN = new URL('../src/main.ts', import.meta.url).pathname;
const POST = new URL('../src/post.ts', import.meta.url).pathname;

/** The value saved under `key` in a GITHUB_STATE file. */
function savedState(file: string, key: string): string | undefined {
  return readFileCommands(readFileSync(file, 'utf8'))[key];
}

describe('setup: kind in the action', () => {
  let server: ReleaseServer;
  let standins: Standins;
  before(async () => {
    server = await startReleaseServer();
    server.routes.set('/kubevirt/v1.9.0/kubevirt-operator.yaml', { body: 'kind: List\n' });
    // KubeVirt never becomes Available within 1 ms: the step fails after the cluster exists.
    standins = makeStandins({ kubevirt: [kubevirtState('Deploying', false)] });
  });
  after(async () => {
    await server.close();
    standins.cleanup();
  });

  it('saves the cluster before creating it, fails on the setup error, and post deletes it', async () => {
    const stateFile = join(standins.dir, 'github-state');
    writeFileSync(stateFile, '');
    const env = {
      ...standins.env,
      RUNNER_TEMP: standins.dir,
      GITHUB_STATE: stateFile,
      INPUT_SETUP: 'kind',
      'INPUT_KIND-CLUSTER-NAME': 'action-test',
      'INPUT_KUBEVIRT-VERSION': 'v1.9.0',
      INPUT_EMULATION: 'true',
      KTC_KIND_PATH: 'kind',
      KTC_KUBECTL_PATH: 'kubectl',
      KTC_KUBEVIRT_RELEASE_BASE_URL: `${server.url}/kubevirt`,
      KTC_KUBEVIRT_TIMEOUT: '1ms',
    };
    const main = await run(process.execPath, [MAIN], { env }).catch(
      (error: { stdout: string; code: number }) => error,
    );
    assert.match(main.stdout, /::group::Setting up kind and KubeVirt/);
    assert.match(
      main.stdout,
      /^::error title=[^:]*::The check could not run: it stopped in the setup of kind and KubeVirt\.%0AKubeVirt v1\.9\.0 did not become Available within 1 ms/m,
    );
    assert.equal(main.stdout.match(/^::error/gm)?.length, 1, 'one error annotation');
    assert.deepEqual(standins.clusters(), ['action-test']);
    const saved = savedState(stateFile, 'kind-cluster');
    assert.ok(saved, readFileSync(stateFile, 'utf8'));
    assert.equal((JSON.parse(saved) as { clusterName: string }).clusterName, 'action-test');

    const post = await run(process.execPath, [POST], {
      env: { ...standins.env, 'STATE_kind-cluster': saved },
    });
    assert.match(post.stdout, /Deleting kind cluster action-test/);
    assert.doesNotMatch(post.stdout, /::warning::/);
    assert.deepEqual(standins.clusters(), []);
  });

  it('post leaves the run of a killed main step to the deletion of the kind cluster it ran in', async () => {
    const kubeconfigPath = join(standins.dir, 'no-such-kubeconfig');
    const post = await run(process.execPath, [POST], {
      env: {
        ...standins.env,
        'STATE_kind-cluster': JSON.stringify({
          clusterName: 'doomed',
          kubeconfigPath,
          kindPath: 'kind',
        }),
        STATE_run: JSON.stringify({
          kubeconfig: kubeconfigPath,
          namespace: 'ktc-1a2b',
          generatedNamespace: true,
          runId: '1a2b',
          cleanup: 'always',
        }),
      },
    });
    assert.match(post.stdout, /Namespace ktc-1a2b of the check goes with kind cluster doomed/);
    assert.doesNotMatch(post.stdout, /removing what it created/);
    assert.match(post.stdout, /Deleting kind cluster doomed/);
    assert.doesNotMatch(post.stdout, /::warning::/);
  });

  it('ends at once on SIGTERM during the KubeVirt wait, and post deletes the cluster', async () => {
    const stateFile = join(standins.dir, 'github-state-sigterm');
    writeFileSync(stateFile, '');
    standins.setClusters([]);
    const env = {
      ...standins.env,
      RUNNER_TEMP: standins.dir,
      GITHUB_STATE: stateFile,
      INPUT_SETUP: 'kind',
      'INPUT_KIND-CLUSTER-NAME': 'cancelled',
      'INPUT_KUBEVIRT-VERSION': 'v1.9.0',
      INPUT_EMULATION: 'true',
      KTC_KIND_PATH: 'kind',
      KTC_KUBECTL_PATH: 'kubectl',
      KTC_KUBEVIRT_RELEASE_BASE_URL: `${server.url}/kubevirt`,
      // Without the signal reaching the wait, the step would run for these 15 minutes.
      KTC_KUBEVIRT_TIMEOUT: '15m',
    };
    const kubevirtReads = () =>
      standins.commandLines().filter((line) => line.includes('get kubevirt kubevirt')).length;
    const readsBefore = kubevirtReads();
    const main = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let signalledAt = 0;
    main.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!signalledAt && /not yet Available/.test(stdout)) {
        signalledAt = performance.now();
        main.kill('SIGTERM');
      }
    });
    const code = await new Promise<number | null>((resolve) => main.on('close', resolve));
    const afterSignalMs = performance.now() - signalledAt;
    assert.ok(signalledAt > 0, stdout);
    assert.equal(code, 1);
    assert.match(stdout, /::warning::Received SIGTERM/);
    assert.match(stdout, /::error::/);
    // One poll interval of the wait is 5 s; the step must not wait for it, let alone 15 minutes.
    assert.ok(afterSignalMs < 5_000, `the step ended ${Math.round(afterSignalMs)}ms after SIGTERM`);
    assert.deepEqual(standins.clusters(), ['cancelled']);
    assert.equal(kubevirtReads() - readsBefore, 1, 'the wait polled no more after SIGTERM');

    const saved = savedState(stateFile, 'kind-cluster');
    assert.ok(saved);
    const post = await run(process.execPath, [POST], {
      env: { ...standins.env, 'STATE_kind-cluster': saved },
    });
    assert.match(post.stdout, /Deleting kind cluster cancelled/);
    assert.deepEqual(standins.clusters(), []);
  });

  it('post warns, and does not fail, when the cluster cannot be deleted', async () => {
    const post = await run(process.execPath, [POST], {
      env: {
        ...standins.env,
        'STATE_kind-cluster': JSON.stringify({
          clusterName: 'gone',
          kubeconfigPath: '/tmp/none',
          kindPath: '/nonexistent/kind',
        }),
      },
    });
    assert.match(
      post.stdout,
      /::warning::Could not delete the kind cluster: 'kind delete cluster --name gone/,
    );
  });
});
