// The simulated kubelet's image parse and the product's `image` validation are two copies of
// distribution/reference's grammar: they must agree, or the product would accept an image the
// kubelet answers with InvalidImageName (or refuse one the kubelet pulls).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isImageReference } from '../../src/sim/model/reference.ts';
import { imageReferenceProblem } from '../../src/util/image-reference.ts';

const IMAGES = [
  'no-such-image',
  'registry.invalid/kubevirt-transition-check/no-such-image:latest',
  'quay.io/kubevirt/cirros-container-disk-demo:v1.8.0',
  'localhost:5000/a/b',
  '[::1]:5000/a',
  'docker.io/library/busybox@sha256:' + 'a'.repeat(64),
  'busybox:1.36@sha256:' + 'b'.repeat(64),
  'a__b/c--d',
  'a/' + 'b'.repeat(250),
  '',
  'http://quay.io/x',
  'quay.io/Acme/x',
  'a b',
  'x:',
  '-x',
  'a_/b',
  'busybox@sha256:abc',
  'a/' + 'b'.repeat(260),
];

describe('the simulated kubelet and the image input', () => {
  for (const image of IMAGES) {
    const valid = imageReferenceProblem(image) === undefined;
    it(`${valid ? 'both accept' : 'both refuse'} '${image.slice(0, 40)}'`, () =>
      assert.equal(isImageReference(image), valid));
  }

  it('accept some images and refuse others (the table tells them apart)', () => {
    const verdicts = new Set(IMAGES.map((image) => isImageReference(image)));
    assert.deepEqual([...verdicts].sort(), [false, true]);
  });
});
