// The grammar of github.com/distribution/reference (regexp.go), which the kubelet applies before
// pulling: an image string that fails it gives `InvalidImageName`, never `ErrImagePull`.
const alphaNumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);

const NAME_TOTAL_LENGTH_MAX = 255;

/** Why `image` is not a valid reference, or `undefined` when it is one. */
export function imageReferenceProblem(image: string): string | undefined {
  if (image === '') return 'it is empty';
  if (/\s/.test(image)) return 'it contains whitespace';
  if (/^[a-z]+:\/\//i.test(image)) return 'it has a URL scheme; give the reference without it';
  const match = REFERENCE.exec(image);
  if (!match) {
    if (/[A-Z]/.test(image.split('/').slice(1).join('/') || image)) {
      return 'repository names must be lowercase';
    }
    return 'it does not follow the image reference grammar ([registry/]repository[:tag][@digest])';
  }
  if (match[1]!.length > NAME_TOTAL_LENGTH_MAX) {
    return `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`;
  }
  return undefined;
}
