// The kubelet's parse of an image string (github.com/distribution/reference, regexp.go and
// normalize.go `ParseNormalizedNamed`, called from the kubelet's `applyDefaultImageTag`). Written
// here rather than shared with the product's input validation: the simulator plays the kubelet,
// and a test compares the two (test/sim/reference.test.ts), which sharing one copy would make vacuous.
const component = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const host = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const registry = `(?:${host}(?:\\.${host})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAMED = new RegExp(
  `^((?:${registry}/)?${component}(?:/${component})*)` +
    '(?::[\\w][\\w.-]{0,127})?' +
    '(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$',
);

/** Whether the kubelet can parse `image` as a reference; if not, the pod shows InvalidImageName. */
export function isImageReference(image: string): boolean {
  const match = NAMED.exec(image);
  return match !== null && match[1]!.length <= 255;
}
