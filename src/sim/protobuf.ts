// Just enough of the Kubernetes protobuf encoding to take what kubectl sends that way: it posts
// built-in objects as `application/vnd.kubernetes.protobuf` in some commands (`kubectl create
// namespace`). Wire format: the magic `k8s\0`, then a runtime.Unknown message
// (k8s.io/apimachinery/pkg/runtime/generated.proto) holding the type meta and the raw object.
// Only Namespace (metadata) and SelfSubjectAccessReview (`kubectl auth can-i`) are decoded;
// anything else is a 415 that names it.
import { unsupportedMediaType } from './status.ts';

const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

interface Field {
  number: number;
  /** Wire type 0 (varint) gives a number, 2 (length-delimited) a buffer. */
  value: number | Buffer;
}

function readVarint(buffer: Buffer, offset: number): [number, number] {
  let result = 0;
  let shift = 0;
  let position = offset;
  for (;;) {
    const byte = buffer[position++];
    if (byte === undefined) throw new Error('truncated varint');
    result += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [result, position];
    shift += 7;
  }
}

function fields(buffer: Buffer): Field[] {
  const out: Field[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const [key, afterKey] = readVarint(buffer, offset);
    const number = Math.floor(key / 8);
    const wireType = key % 8;
    if (wireType === 0) {
      const [value, next] = readVarint(buffer, afterKey);
      out.push({ number, value });
      offset = next;
    } else if (wireType === 2) {
      const [length, start] = readVarint(buffer, afterKey);
      out.push({ number, value: buffer.subarray(start, start + length) });
      offset = start + length;
    } else if (wireType === 1) offset = afterKey + 8;
    else if (wireType === 5) offset = afterKey + 4;
    else throw new Error(`unsupported wire type ${wireType}`);
  }
  return out;
}

function text(field: Field | undefined): string | undefined {
  return field && Buffer.isBuffer(field.value) ? field.value.toString('utf8') : undefined;
}

function stringMap(entries: Field[]): Record<string, string> | undefined {
  if (entries.length === 0) return undefined;
  const map: Record<string, string> = {};
  for (const entry of entries) {
    const parts = fields(entry.value as Buffer);
    map[text(parts.find((f) => f.number === 1)) ?? ''] =
      text(parts.find((f) => f.number === 2)) ?? '';
  }
  return map;
}

/** ObjectMeta (k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto): the fields a create carries. */
function objectMeta(buffer: Buffer): Record<string, unknown> {
  const parts = fields(buffer);
  const one = (n: number) => text(parts.find((f) => f.number === n));
  const meta: Record<string, unknown> = {};
  if (one(1)) meta.name = one(1);
  if (one(2)) meta.generateName = one(2);
  if (one(3)) meta.namespace = one(3);
  const labels = stringMap(parts.filter((f) => f.number === 11));
  if (labels) meta.labels = labels;
  const annotations = stringMap(parts.filter((f) => f.number === 12));
  if (annotations) meta.annotations = annotations;
  const finalizers = parts.filter((f) => f.number === 14).map(text);
  if (finalizers.length) meta.finalizers = finalizers;
  return meta;
}

/** Decodes a protobuf request body into the JSON object the API server would have received. */
export function decodeProtobuf(body: Buffer, contentType: string): Record<string, unknown> {
  const accepted = [
    'application/json',
    'application/yaml',
    'application/vnd.kubernetes.protobuf (Namespace only)',
  ];
  if (body.length < 4 || !body.subarray(0, 4).equals(MAGIC))
    throw unsupportedMediaType(contentType, accepted);
  const unknown = fields(body.subarray(4));
  const typeMeta = unknown.find((f) => f.number === 1);
  const meta = typeMeta ? fields(typeMeta.value as Buffer) : [];
  const apiVersion = text(meta.find((f) => f.number === 1)) ?? '';
  const kind = text(meta.find((f) => f.number === 2)) ?? '';
  const raw = unknown.find((f) => f.number === 2);
  const known =
    (kind === 'Namespace' && apiVersion === 'v1') ||
    (kind === 'SelfSubjectAccessReview' && apiVersion === 'authorization.k8s.io/v1');
  if (!known || !raw)
    throw unsupportedMediaType(`${contentType} (${apiVersion} ${kind})`, accepted);
  const object = fields(raw.value as Buffer);
  const metadata = object.find((f) => f.number === 1);
  const decoded: Record<string, unknown> = {
    apiVersion,
    kind,
    metadata: metadata ? objectMeta(metadata.value as Buffer) : {},
  };
  const spec = object.find((f) => f.number === 2);
  if (kind === 'SelfSubjectAccessReview' && spec)
    decoded.spec = accessReviewSpec(spec.value as Buffer);
  return decoded;
}

/** SelfSubjectAccessReviewSpec { resourceAttributes = 1 { namespace, verb, group, version, resource, subresource, name } }. */
function accessReviewSpec(buffer: Buffer): Record<string, unknown> {
  const attributes = fields(buffer).find((f) => f.number === 1);
  if (!attributes) return {};
  const parts = fields(attributes.value as Buffer);
  const names = ['', 'namespace', 'verb', 'group', 'version', 'resource', 'subresource', 'name'];
  const resourceAttributes: Record<string, string> = {};
  for (const part of parts) {
    const name = names[part.number];
    const value = text(part);
    if (name && value !== undefined) resourceAttributes[name] = value;
  }
  return { resourceAttributes };
}
