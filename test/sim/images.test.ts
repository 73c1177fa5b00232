import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageExistsWith, pullErrorMessage } from '../../src/sim/model/images.ts';

describe('simulated node images (no registry access)', () => {
  const exists = imageExistsWith([]);

  it('has the well-known KubeVirt container disks and its own launcher, nothing else', () => {
    for (const image of [
      'quay.io/containerdisks/fedora:latest',
      'quay.io/containerdisks/ubuntu:24.04',
      'quay.io/containerdisks/centos-stream:9',
      'quay.io/kubevirt/cirros-container-disk-demo:latest',
      'quay.io/kubevirt/fedora-cloud-container-disk-demo:v1.8.4',
      'quay.io/kubevirt/virt-launcher:v1.8.4',
    ])
      assert.ok(exists(image), image);
    for (const image of [
      'quay.io/containerdisks/fedora:v0',
      'quay.io/acme/disk:v0',
      'quay.io/kubevirt/cirros-container-disk-demo:v0',
      'registry.invalid/kubevirt-transition-check/no-such-image:latest',
      'busybox',
      'ghcr.io/acme/disk@sha256:' + 'a'.repeat(64),
    ])
      assert.ok(!exists(image), image);
  });

  it('adds the images that match an --image-exists pattern, as given or normalized', () => {
    const more = imageExistsWith(['registry.example.com/*', 'docker.io/library/busybox:*']);
    assert.ok(more('registry.example.com/team/disk:v3'));
    assert.ok(more('busybox'), 'busybox normalizes to docker.io/library/busybox:latest');
    assert.ok(!more('registry.example.org/team/disk:v3'));
  });

  it('fails each kind of missing image with containerd 2.x words for that failure', () => {
    assert.equal(
      pullErrorMessage('registry.invalid/x/disk:v1'),
      'rpc error: code = Unknown desc = failed to pull and unpack image "registry.invalid/x/disk:v1": failed to resolve image: failed to do request: Head "https://registry.invalid/v2/x/disk/manifests/v1": dial tcp: lookup registry.invalid on 172.18.0.1:53: no such host',
    );
    assert.equal(
      pullErrorMessage('quay.io/acme/disk:v0'),
      'rpc error: code = NotFound desc = failed to pull and unpack image "quay.io/acme/disk:v0": failed to resolve image: quay.io/acme/disk:v0: not found',
    );
    assert.equal(
      pullErrorMessage('nginx:9.9'),
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.9": failed to resolve image: docker.io/library/nginx:9.9: not found',
    );
    assert.match(
      pullErrorMessage('acme/made-up'),
      /"docker\.io\/acme\/made-up:latest": failed to resolve image: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed$/,
    );
    assert.match(
      pullErrorMessage('localhost:5000/disk:v1'),
      /Head "https:\/\/localhost:5000\/v2\/disk\/manifests\/v1": dial tcp 127\.0\.0\.1:5000: connect: connection refused$/,
    );
  });
});
