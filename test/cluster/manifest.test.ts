import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  builtInVm,
  containerDiskImages,
  RUN_LABEL,
  vmFromManifest,
} from '../../src/cluster/manifest.ts';

const identity = { name: 'transition-check-1-abc', namespace: 'ns1', runId: 'abc123' };
const dir = mkdtempSync(join(tmpdir(), 'ktc-manifest-'));
function manifestFile(text: string): string {
  const file = join(dir, `vm-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

const userVm = `
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: mine
  namespace: elsewhere
  resourceVersion: "42"
  labels: { team: virt }
spec:
  runStrategy: Always
  template:
    metadata:
      labels: { kubevirt.io/size: small }
    spec:
      domain:
        devices: {}
      volumes:
        - name: rootdisk
          containerDisk:
            image: quay.io/containerdisks/fedora:latest
        - name: cloudinit
          cloudInitNoCloud: { userData: "#cloud-config" }
status:
  printableStatus: Running
`;

describe('builtInVm', () => {
  it('starts at once with the image as its only containerDisk, labelled for cleanup', () => {
    const vm = builtInVm(identity, 'registry.invalid/x:1');
    assert.equal(vm.spec.runStrategy, 'Always');
    assert.deepEqual(containerDiskImages(vm), ['registry.invalid/x:1']);
    assert.equal(vm.metadata.labels?.[RUN_LABEL], 'abc123');
    assert.equal(
      vm.spec.template.metadata?.labels?.[RUN_LABEL],
      'abc123',
      'the VMI and pod inherit the run label',
    );
    assert.equal(vm.metadata.name, identity.name);
    assert.equal(vm.metadata.namespace, 'ns1');
  });
});

describe('vmFromManifest', () => {
  it('puts in our name, namespace and labels, keeps the user labels, drops status and resourceVersion', () => {
    const vm = vmFromManifest(manifestFile(userVm), identity);
    assert.equal(vm.metadata.name, identity.name);
    assert.equal(vm.metadata.namespace, 'ns1');
    assert.equal(vm.metadata.labels?.team, 'virt');
    assert.equal(vm.metadata.labels?.[RUN_LABEL], 'abc123');
    assert.equal(vm.spec.template.metadata?.labels?.['kubevirt.io/size'], 'small');
    assert.equal(vm.spec.template.metadata?.labels?.[RUN_LABEL], 'abc123');
    assert.equal(vm.metadata.resourceVersion, undefined);
    assert.equal(vm.status, undefined);
    assert.deepEqual(containerDiskImages(vm), ['quay.io/containerdisks/fedora:latest']);
  });

  it('replaces every containerDisk image when an image is given', () => {
    const vm = vmFromManifest(manifestFile(userVm), identity, 'registry.invalid/nope:1');
    assert.deepEqual(containerDiskImages(vm), ['registry.invalid/nope:1']);
  });

  it('starts a manifest that says nothing about running', () => {
    const vm = vmFromManifest(
      manifestFile(userVm.replace('  runStrategy: Always\n', '')),
      identity,
    );
    assert.equal(vm.spec.runStrategy, 'Always');
  });

  const rejected: [string, string, RegExp][] = [
    [
      'a Pod',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n',
      /is a 'Pod', not a VirtualMachine/,
    ],
    ['two documents', `${userVm}\n---\n${userVm}`, /holds 2 documents/],
    ['broken YAML', 'kind: VirtualMachine\n  bad: [', /is not valid YAML/],
    [
      'an old apiVersion',
      userVm.replace('kubevirt.io/v1', 'kubevirt.io/v1alpha3'),
      /apiVersion 'kubevirt.io\/v1alpha3'; use kubevirt.io\/v1/,
    ],
    [
      'a halted VM',
      userVm.replace('runStrategy: Always', 'runStrategy: Halted'),
      /does not start the VM \(runStrategy: Halted\)/,
    ],
    [
      'no containerDisk',
      userVm.replace(/containerDisk:\n\s+image: \S+/, 'persistentVolumeClaim: { claimName: x }'),
      /no containerDisk volume/,
    ],
  ];
  for (const [what, text, pattern] of rejected) {
    it(`rejects ${what}, naming vm-manifest and the file`, () => {
      const file = manifestFile(text);
      assert.throws(
        () => vmFromManifest(file, identity),
        (error: Error) => {
          assert.match(error.message, /^Invalid input 'vm-manifest': /);
          assert.ok(error.message.includes(file));
          assert.match(error.message, pattern);
          return true;
        },
      );
    });
  }

  it('rejects a file that does not exist', () => {
    assert.throws(
      () => vmFromManifest(join(dir, 'nope.yaml'), identity),
      /'vm-manifest'.*cannot be read/,
    );
  });
});
