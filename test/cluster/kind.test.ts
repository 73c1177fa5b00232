// The setup's command sequence against stand-in kind, kubectl, sudo and udevadm on PATH, with
// downloads served by a local HTTP server. Time runs on a fake clock, so a KubeVirt timeout
// costs nothing.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { parse } from 'yaml';
import { kindSetupOptions, readConfig } from '../../src/config/index.ts';
import { deleteKindCluster, setupKind, type KindSetupOptions } from '../../src/cluster/kind.ts';
import { KVM_UDEV_RULE } from '../../src/cluster/kvm.ts';
import type { Clock } from '../../src/cluster/kubevirt.ts';
import { releaseArch } from '../../src/cluster/tools.ts';
import {
  kubevirtState,
  makeStandins,
  sha256,
  standinScript,
  startReleaseServer,
  type ReleaseServer,
  type Scenario,
  type Standins,
} from './standins.ts';

const ARCH = releaseArch();
const OPERATOR = '# kubevirt-operator.yaml v1.9.0\napiVersion: v1\nkind: Namespace\n';
const APPLY = 'apply --server-side --force-conflicts --field-manager=kubevirt-transition-check -f';

function fakeClock(): Clock & { elapsed(): number } {
  let now = 0;
  return {
    now: () => now,
    sleep: (ms) => {
      now += ms;
      return Promise.resolve();
    },
    elapsed: () => now,
  };
}

describe('setupKind', () => {
  let server: ReleaseServer;
  let standins: Standins;
  let lines: string[];

  before(async () => {
    server = await startReleaseServer();
  });
  after(() => server.close());

  beforeEach(() => {
    lines = [];
    server.hits.clear();
    server.routes.clear();
    const kind = standinScript('kind');
    const kubectl = standinScript('kubectl');
    server.routes.set(`/kind/v0.31.0/kind-linux-${ARCH}`, { body: kind });
    server.routes.set(`/kind/v0.31.0/kind-linux-${ARCH}.sha256sum`, {
      body: `${sha256(kind)}  kind-linux-${ARCH}\n`,
    });
    server.routes.set(`/k8s/v1.35.0/bin/linux/${ARCH}/kubectl`, { body: kubectl });
    server.routes.set(`/k8s/v1.35.0/bin/linux/${ARCH}/kubectl.sha256`, { body: sha256(kubectl) });
    server.routes.set('/stable.txt', { body: 'v1.9.0\n' });
    server.routes.set('/kubevirt/v1.9.0/kubevirt-operator.yaml', { body: OPERATOR });
    server.routes.set('/kubevirt/v1.7.4/kubevirt-operator.yaml', { body: OPERATOR });
  });

  function setup(scenario: Scenario): Standins {
    standins?.cleanup();
    standins = makeStandins(scenario);
    return standins;
  }
  after(() => standins?.cleanup());

  function options(overrides: Partial<KindSetupOptions> = {}): KindSetupOptions {
    return {
      clusterName: 'ktc',
      kindVersion: 'v0.31.0',
      kubectlVersion: 'v1.35.0',
      kubevirtVersion: 'stable',
      emulation: 'auto',
      workDir: join(standins.dir, 'work'),
      toolCacheDir: join(standins.dir, 'tool-cache'),
      kindBaseUrl: `${server.url}/kind`,
      kubectlBaseUrl: `${server.url}/k8s`,
      kubevirtReleaseBaseUrl: `${server.url}/kubevirt`,
      kubevirtStableUrl: `${server.url}/stable.txt`,
      download: { retries: 0 },
      kubevirtTimeoutMs: 20_000,
      pollIntervalMs: 5_000,
      clock: fakeClock(),
      kvm: { device: join(standins.dir, 'no-such-kvm') },
      env: standins.env,
      log: (line) => lines.push(line),
      ...overrides,
    };
  }

  it('downloads the tools, opens /dev/kvm, creates the cluster and waits for KubeVirt, in order', async () => {
    setup({
      kubevirt: [null, kubevirtState('Deploying', false), kubevirtState('Deployed', true)],
      workloads: [
        { kind: 'Deployment', metadata: { name: 'virt-api' }, spec: { replicas: 2 }, status: {} },
      ],
    });
    const device = join(standins.dir, 'kvm');
    writeFileSync(device, '');
    chmodSync(device, 0o660);
    const rules = join(standins.dir, '99-kvm4all.rules');
    let callsBeforeCreate: string[] | undefined;

    const cluster = await setupKind(
      options({
        kvm: { device, udevRulesPath: rules, isRoot: false },
        env: { ...standins.env, STANDIN_KVM_DEVICE: device },
        beforeCreate: (ref) => {
          assert.equal(ref.clusterName, 'ktc');
          callsBeforeCreate = standins.commandLines();
        },
      }),
    );

    const kubeconfig = join(standins.dir, 'work', 'kind-ktc.kubeconfig');
    const work = join(standins.dir, 'work');
    const getKubevirt = 'kubectl -n kubevirt get kubevirt kubevirt -o json';
    const explain = 'kubectl -n kubevirt get deployments,daemonsets,pods -o json';
    assert.deepEqual(standins.commandLines(), [
      'kind version',
      `sudo -n tee ${rules}`,
      'sudo -n udevadm control --reload-rules',
      'udevadm control --reload-rules',
      'sudo -n udevadm trigger --name-match=kvm',
      'udevadm trigger --name-match=kvm',
      'sudo -n udevadm settle --timeout=10',
      'udevadm settle --timeout=10',
      'kind get clusters',
      `kind create cluster --name ktc --kubeconfig ${kubeconfig} --wait 120s`,
      `kubectl ${APPLY} ${work}/kubevirt-operator-v1.9.0.yaml`,
      'kubectl wait --for=condition=Established --timeout=120s crd/kubevirts.kubevirt.io',
      `kubectl ${APPLY} ${work}/kubevirt-cr.yaml`,
      getKubevirt,
      explain,
      getKubevirt,
      explain,
      getKubevirt,
    ]);
    assert.deepEqual(callsBeforeCreate, standins.commandLines().slice(0, 9));
    const { timings, ...described } = cluster;
    assert.ok(timings.clusterMs >= 0 && timings.kubevirtMs > 0, JSON.stringify(timings));
    assert.deepEqual(described, {
      clusterName: 'ktc',
      kubeconfigPath: kubeconfig,
      kindPath: join(standins.dir, 'tool-cache', 'kind', 'v0.31.0', ARCH, 'kind'),
      kubectlPath: join(standins.dir, 'tool-cache', 'kubectl', 'v1.35.0', ARCH, 'kubectl'),
      created: true,
      kubevirtVersion: 'v1.9.0',
      emulation: false,
    });
    assert.ok(existsSync(kubeconfig), 'kind wrote the kubeconfig where it was told');
    assert.equal(readFileSync(rules, 'utf8'), KVM_UDEV_RULE);
    assert.equal(statSync(device).mode & 0o777, 0o666);

    const applied = standins.calls().filter((call) => call.args.includes('apply'));
    assert.equal(applied[0]!.file, OPERATOR);
    assert.deepEqual(parse(applied[1]!.file!), {
      apiVersion: 'kubevirt.io/v1',
      kind: 'KubeVirt',
      metadata: { name: 'kubevirt', namespace: 'kubevirt' },
      spec: {
        certificateRotateStrategy: {},
        configuration: {
          developerConfiguration: { disabledFeatureGates: ['ImageVolume', 'Template'] },
          commonInstancetypesDeployment: { enabled: false },
        },
        customizeComponents: {},
        imagePullPolicy: 'IfNotPresent',
        workloadUpdateStrategy: {},
      },
    });
    assert.ok(
      lines.some((line) => /KVM: .*open to all users/.test(line)),
      lines.join('\n'),
    );
    assert.ok(lines.includes('kubevirt-version stable is v1.9.0'));
    assert.ok(
      lines.some((line) => line.includes('KubeVirt CR not readable (Error from server (NotFound)')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) =>
        /\[5.0 s\] not yet Available: phase Deploying; Available=False \(DeploymentInProgress: .*\); not ready: deployment\/virt-api 0\/2/.test(
          line,
        ),
      ),
      lines.join('\n'),
    );
    assert.ok(lines.includes('KubeVirt v1.9.0 is Available (after 10.0 s).'), lines.join('\n'));
  });

  it('takes kind and kubectl from the tool cache on the next run, downloading nothing', async () => {
    setup({ kubevirt: [kubevirtState('Deployed', true)] });
    await setupKind(options({ emulation: 'true' }));
    standins.setClusters([]);
    const first = new Map(server.hits);
    await setupKind(options({ emulation: 'true' }));
    for (const path of [
      `/kind/v0.31.0/kind-linux-${ARCH}`,
      `/k8s/v1.35.0/bin/linux/${ARCH}/kubectl`,
    ]) {
      assert.equal(first.get(path), 1, path);
      assert.equal(server.hits.get(path), 1, `${path} was downloaded again`);
    }
    assert.ok(lines.some((line) => /^kind v0\.31\.0 found in the tool cache: /.test(line)));
  });

  it('reuses a cluster that exists already, exports its kubeconfig and does not mark it for deletion', async () => {
    setup({ kubevirt: [kubevirtState('Deployed', true)] });
    standins.setClusters(['other', 'ktc']);
    let saved = false;
    const cluster = await setupKind(
      options({
        emulation: 'true',
        kindPath: 'kind',
        kubectlPath: 'kubectl',
        beforeCreate: () => (saved = true),
      }),
    );
    assert.equal(cluster.created, false);
    assert.equal(saved, false);
    const commands = standins.commandLines();
    assert.ok(!commands.some((line) => line.startsWith('kind create')), commands.join('\n'));
    assert.ok(
      commands.includes(`kind export kubeconfig --name ktc --kubeconfig ${cluster.kubeconfigPath}`),
    );
    assert.equal(
      server.hits.get(`/kind/v0.31.0/kind-linux-${ARCH}`),
      undefined,
      'kind from PATH is used',
    );
    const cr = parse(standins.calls().find((call) => call.file?.includes('KubeVirt'))!.file!) as {
      spec: { configuration: { developerConfiguration: unknown } };
    };
    assert.deepEqual(cr.spec.configuration.developerConfiguration, {
      disabledFeatureGates: ['ImageVolume', 'Template'],
      useEmulation: true,
    });
  });

  it('fails on a checksum mismatch, naming both sums, before any cluster exists', async () => {
    setup({ kubevirt: [kubevirtState('Deployed', true)] });
    const wrong = 'ab'.repeat(32);
    server.routes.set(`/k8s/v1.35.0/bin/linux/${ARCH}/kubectl.sha256`, { body: `${wrong}\n` });
    const actual = sha256(standinScript('kubectl'));
    await assert.rejects(
      setupKind(options()),
      new RegExp(
        `^Error: Checksum mismatch for kubectl v1\\.35\\.0 from ${server.url}/k8s/v1\\.35\\.0/bin/linux/${ARCH}/kubectl: its sha256 is ${actual}, but .*kubectl\\.sha256 says ${wrong}\\. The download was deleted`,
      ),
    );
    assert.deepEqual(standins.commandLines(), []);
    const cached = join(standins.dir, 'tool-cache', 'kubectl', 'v1.35.0', ARCH, 'kubectl');
    assert.ok(!existsSync(cached), 'nothing unverified is left in the tool cache');
  });

  it('fails before any tool runs when the KubeVirt tag has no release', async () => {
    setup({});
    await assert.rejects(
      setupKind(options({ kubevirtVersion: 'v1.99.0' })),
      /kubevirt-operator\.yaml failed: HTTP 404 Not Found .*Is 'v1\.99\.0' a KubeVirt release tag/,
    );
    assert.deepEqual(standins.commandLines(), []);
  });

  it('passes on kind’s own message when the cluster cannot be created, after saving the state', async () => {
    setup({ kindCreateError: 'ERROR: failed to create cluster: failed to get docker info' });
    let saved = false;
    await assert.rejects(
      setupKind(
        options({ kindPath: 'kind', kubectlPath: 'kubectl', beforeCreate: () => (saved = true) }),
      ),
      /'kind create cluster --name ktc .*' failed with exit code 1:\nERROR: failed to create cluster: failed to get docker info\nCould not create the kind cluster 'ktc': kind needs a running Docker/,
    );
    assert.equal(saved, true, 'the post step must still try to delete a half-created cluster');
  });

  it('stops a kind create cluster that hangs, naming it, after saving the state', async () => {
    setup({ hang: 'kind create cluster' });
    let saved = false;
    await assert.rejects(
      setupKind(
        options({
          kindPath: 'kind',
          kubectlPath: 'kubectl',
          timeLimits: { createCluster: 300 },
          beforeCreate: () => (saved = true),
        }),
      ),
      /'kind create cluster --name ktc .*' did not finish within 300 ms and was stopped/,
    );
    assert.equal(saved, true);
  });

  it('stops a kubectl apply that hangs, naming the command', async () => {
    setup({ hang: 'kubectl --kubeconfig', kubevirt: [kubevirtState('Deployed', true)] });
    await assert.rejects(
      setupKind(options({ kindPath: 'kind', kubectlPath: 'kubectl', timeLimits: { apply: 300 } })),
      /'kubectl --kubeconfig \S+ apply --server-side .* -f \S+kubevirt-operator-v1\.9\.0\.yaml' did not finish within 300 ms and was stopped/,
    );
  });

  it('ends the KubeVirt wait as soon as the signal aborts', async () => {
    setup({ kubevirt: [kubevirtState('Deploying', false)] });
    const cancel = new AbortController();
    const run = setupKind(
      options({
        kindPath: 'kind',
        kubectlPath: 'kubectl',
        clock: undefined,
        kubevirtTimeoutMs: 600_000,
        pollIntervalMs: 60_000,
        signal: cancel.signal,
        log: (line) => {
          lines.push(line);
          if (line.includes('not yet Available')) cancel.abort();
        },
      }),
    );
    await assert.rejects(run, { name: 'AbortError' });
    const reads = standins.commandLines().filter((line) => line.includes('get kubevirt kubevirt'));
    assert.equal(reads.length, 1, 'no poll after the abort');
  });

  it('says what to do when a cluster of the same name appears while creating', async () => {
    setup({
      kindCreateError:
        'ERROR: failed to create cluster: node(s) already exist for a cluster with the name "ktc"',
    });
    await assert.rejects(
      setupKind(options({ kindPath: 'kind', kubectlPath: 'kubectl' })),
      /already exist for a cluster with the name "ktc"\nA kind cluster named 'ktc' appeared while this setup ran: delete it with 'kind delete cluster --name ktc', or choose another kind-cluster-name/,
    );
  });

  it('times out when KubeVirt never becomes Available, naming what is not ready and where to look', async () => {
    setup({
      kubevirt: [kubevirtState('Deploying', false)],
      workloads: [
        {
          kind: 'DaemonSet',
          metadata: { name: 'virt-handler' },
          status: { desiredNumberScheduled: 1, numberReady: 0 },
        },
      ],
      pods: [
        {
          kind: 'Pod',
          metadata: { name: 'virt-handler-7xk2p' },
          status: {
            phase: 'Pending',
            initContainerStatuses: [
              {
                name: 'virt-launcher',
                ready: false,
                state: { waiting: { reason: 'ImagePullBackOff' } },
              },
            ],
          },
        },
      ],
    });
    const clock = fakeClock();
    await assert.rejects(
      setupKind(
        options({
          emulation: 'true',
          kindPath: 'kind',
          kubectlPath: 'kubectl',
          kubevirtTimeoutMs: 10_000,
          clock,
        }),
      ),
      (error: Error) => {
        assert.match(error.message, /^KubeVirt v1\.9\.0 did not become Available within 10\.0 s\./);
        assert.match(
          error.message,
          /Last state: phase Deploying; Available=False \(DeploymentInProgress: Deploying version v1\.9\.0\); not ready: daemonset\/virt-handler 0\/1; pods: virt-handler-7xk2p Init:ImagePullBackOff\./,
        );
        assert.match(
          error.message,
          /'kubectl --kubeconfig \S+kind-ktc\.kubeconfig -n kubevirt get pods'/,
        );
        assert.match(error.message, /logs deployment\/virt-operator/);
        return true;
      },
    );
    assert.equal(clock.elapsed(), 10_000);
    const reads = standins.commandLines().filter((line) => line.includes('get kubevirt kubevirt'));
    assert.equal(reads.length, 3, 'one read at 0, 5 and 10 s');
    const progress = lines.filter((line) => line.includes('not yet Available'));
    assert.equal(progress.length, 1, 'an unchanged state is not repeated within 30 s');
  });

  it('installs KubeVirt v1.7 without disabledFeatureGates, which it does not know', async () => {
    setup({ kubevirt: [kubevirtState('Deployed', true)] });
    await setupKind(
      options({
        kubevirtVersion: 'v1.7.4',
        emulation: 'true',
        kindPath: 'kind',
        kubectlPath: 'kubectl',
      }),
    );
    assert.equal(server.hits.get('/stable.txt'), undefined, 'a tag needs no stable.txt');
    const cr = parse(standins.calls().find((call) => call.file?.includes('KubeVirt'))!.file!) as {
      spec: { configuration: { developerConfiguration: unknown } };
    };
    assert.deepEqual(cr.spec.configuration.developerConfiguration, { useEmulation: true });
  });

  it('creates the cluster with the node image given', async () => {
    setup({ kubevirt: [kubevirtState('Deployed', true)] });
    const image =
      'kindest/node:v1.34.3@sha256:08497ee19eace7b4b5348db5c6a1591d7752b164530a36f855cb0f2bdcbadd48';
    await setupKind(
      options({ emulation: 'true', kindPath: 'kind', kubectlPath: 'kubectl', nodeImage: image }),
    );
    const create = standins.commandLines().find((line) => line.startsWith('kind create'));
    assert.match(create!, new RegExp(`--wait 120s --image ${image.replace(/[.]/g, '\\.')}$`));
  });

  it('deletes the cluster it is given, with its kubeconfig', async () => {
    setup({});
    standins.setClusters(['ktc', 'other']);
    await deleteKindCluster({
      clusterName: 'ktc',
      kubeconfigPath: '/tmp/k.kubeconfig',
      kindPath: 'kind',
      env: standins.env,
      log: (line) => lines.push(line),
    });
    assert.deepEqual(standins.commandLines(), [
      'kind delete cluster --name ktc --kubeconfig /tmp/k.kubeconfig',
    ]);
    assert.deepEqual(standins.clusters(), ['other']);
    assert.ok(lines.includes('Deleting cluster "ktc" ...'));
  });
});

describe('kindSetupOptions', () => {
  it('takes the cluster from the inputs and tools and download sources from the environment', () => {
    const config = readConfig(
      (name) =>
        ({ setup: 'kind', 'kind-cluster-name': 'ci', kubeconfig: '/tmp/kc', emulation: 'false' })[
          name as string
        ] ?? '',
      {},
    );
    const options = kindSetupOptions(
      config,
      {
        KTC_KIND_PATH: '/opt/kind',
        KTC_KUBECTL_BASE_URL: 'https://mirror.example/k8s',
        KTC_KUBEVIRT_STABLE_URL: 'https://mirror.example/stable.txt',
        KTC_KUBEVIRT_TIMEOUT: '20m',
      },
      () => {},
    );
    assert.equal(options.clusterName, 'ci');
    assert.equal(options.kubeconfigPath, '/tmp/kc');
    assert.equal(options.emulation, 'false');
    assert.equal(options.kindPath, '/opt/kind');
    assert.equal(options.kubectlPath, undefined);
    assert.equal(options.kubectlBaseUrl, 'https://mirror.example/k8s');
    assert.equal(options.kubevirtStableUrl, 'https://mirror.example/stable.txt');
    assert.equal(options.kubevirtTimeoutMs, 20 * 60_000);
  });

  it('rejects a KubeVirt timeout that is not a duration, naming the variable', () => {
    const config = readConfig(() => '', {});
    assert.throws(
      () => kindSetupOptions(config, { KTC_KUBEVIRT_TIMEOUT: 'long' }, () => {}),
      /KTC_KUBEVIRT_TIMEOUT='long' is not a duration/,
    );
  });
});
