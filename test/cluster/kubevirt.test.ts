import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  canDisableFeatureGates,
  kubevirtCr,
  resolveKubevirtVersion,
} from '../../src/cluster/kubevirt.ts';
import { describeKubevirt } from '../../src/cluster/kubevirt-status.ts';
import { kubevirtState, startReleaseServer, type ReleaseServer } from './standins.ts';

describe('resolveKubevirtVersion', () => {
  let server: ReleaseServer;
  before(async () => {
    server = await startReleaseServer();
  });
  after(() => server.close());

  it('resolves stable from stable.txt, trimming the newline', async () => {
    server.routes.set('/stable.txt', { body: 'v1.9.0\n' });
    assert.equal(
      await resolveKubevirtVersion('stable', { stableUrl: `${server.url}/stable.txt` }),
      'v1.9.0',
    );
  });

  it('keeps a release tag without asking anyone', async () => {
    server.hits.clear();
    assert.equal(
      await resolveKubevirtVersion('v1.8.4', { stableUrl: `${server.url}/stable.txt` }),
      'v1.8.4',
    );
    assert.equal(server.hits.size, 0);
  });

  it('rejects a stable.txt that names no release, and says to pin a tag', async () => {
    server.routes.set('/bad.txt', { body: '<html>moved</html>' });
    await assert.rejects(
      resolveKubevirtVersion('stable', { stableUrl: `${server.url}/bad.txt` }),
      /bad\.txt should name the stable KubeVirt release, such as v1\.9\.0, but says '<html>moved<\/html>'\. Set kubevirt-version to a release tag/,
    );
  });

  it('passes on a failed stable.txt download with its URL', async () => {
    await assert.rejects(
      resolveKubevirtVersion('stable', {
        stableUrl: `${server.url}/gone.txt`,
        download: { retries: 0 },
      }),
      /Download of http:\/\/127\.0\.0\.1:\d+\/gone\.txt failed: HTTP 404/,
    );
  });
});

describe('kubevirtCr', () => {
  const developerConfiguration = (version: string, emulation: boolean) =>
    (kubevirtCr(version, emulation).spec as { configuration: { developerConfiguration: object } })
      .configuration.developerConfiguration;

  it('disables ImageVolume and Template from v1.8 on, where disabledFeatureGates exists', () => {
    for (const version of ['v1.9.0', 'v1.8.0-rc.1', 'v2.0.0']) {
      assert.deepEqual(developerConfiguration(version, false), {
        disabledFeatureGates: ['ImageVolume', 'Template'],
      });
    }
    assert.deepEqual(developerConfiguration('v1.7.4', false), {});
  });

  it('sets useEmulation only when emulating', () => {
    assert.deepEqual(developerConfiguration('v1.7.4', true), { useEmulation: true });
    assert.deepEqual(developerConfiguration('v1.9.0', true), {
      disabledFeatureGates: ['ImageVolume', 'Template'],
      useEmulation: true,
    });
  });

  it('leaves out the common instancetypes from v1.4 on, where the field exists', () => {
    const instancetypes = (version: string) =>
      (kubevirtCr(version, false).spec as { configuration: Record<string, unknown> }).configuration
        .commonInstancetypesDeployment;
    assert.deepEqual(instancetypes('v1.9.0'), { enabled: false });
    assert.deepEqual(instancetypes('v1.4.0'), { enabled: false });
    assert.equal(instancetypes('v1.3.1'), undefined);
  });

  it('knows which versions have disabledFeatureGates', () => {
    assert.deepEqual(
      ['v1.7.9', 'v1.8.0', 'v1.10.2', 'v2.1.0', 'main'].map(canDisableFeatureGates),
      [false, true, true, true, false],
    );
  });
});

describe('describeKubevirt', () => {
  it('lists the conditions, the workloads short of ready and why pods are not ready', () => {
    const summary = describeKubevirt(
      kubevirtState('Deploying', false),
      [
        {
          kind: 'Deployment',
          metadata: { name: 'virt-api' },
          spec: { replicas: 2 },
          status: { readyReplicas: 1 },
        },
        {
          kind: 'Deployment',
          metadata: { name: 'virt-operator' },
          spec: { replicas: 2 },
          status: { readyReplicas: 2 },
        },
        {
          kind: 'DaemonSet',
          metadata: { name: 'virt-handler' },
          status: { desiredNumberScheduled: 0 },
        },
      ],
      [
        {
          metadata: { name: 'virt-api-1' },
          status: {
            phase: 'Pending',
            conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }],
          },
        },
        {
          metadata: { name: 'virt-api-2' },
          status: {
            phase: 'Running',
            conditions: [{ type: 'Ready', status: 'False' }],
            containerStatuses: [
              {
                name: 'virt-api',
                ready: false,
                state: { waiting: { reason: 'CrashLoopBackOff' } },
              },
            ],
          },
        },
        {
          metadata: { name: 'virt-operator-1' },
          status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
        },
      ],
    );
    assert.equal(
      summary,
      'phase Deploying; Available=False (DeploymentInProgress: Deploying version v1.9.0); ' +
        'not ready: deployment/virt-api 1/2, daemonset/virt-handler 0/0; ' +
        'pods: virt-api-1 Pending (Unschedulable), virt-api-2 CrashLoopBackOff',
    );
  });

  it('says when the CR cannot be read yet', () => {
    assert.equal(
      describeKubevirt(
        undefined,
        [],
        [],
        `'kubectl get' failed with exit code 1:\nError from server (NotFound): not found`,
      ),
      'KubeVirt CR not readable (Error from server (NotFound): not found)',
    );
  });
});
