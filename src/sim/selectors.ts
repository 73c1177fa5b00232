// Label and field selectors with the grammar of k8s.io/apimachinery (labels/selector.go,
// fields/selector.go): comma-separated requirements, all of which must hold.
import { valueAt, type KubeObject } from './objects.ts';
import type { ResourceDef } from './api-resources.ts';
import { badRequest } from './status.ts';

export type Selector = (object: KubeObject) => boolean;

const everything: Selector = () => true;

interface LabelRequirement {
  key: string;
  op: 'exists' | '!exists' | '=' | '!=' | 'in' | 'notin';
  values: string[];
}

/** Splits on commas outside parentheses: `a in (x,y),b` -> [`a in (x,y)`, `b`]. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

const LABEL_KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function parseLabelRequirement(text: string): LabelRequirement {
  let match = /^(!?)\s*([^\s!=(),]+)$/.exec(text);
  if (match) return { key: match[2]!, op: match[1] ? '!exists' : 'exists', values: [] };
  match = /^([^\s!=(),]+)\s*(==|=|!=)\s*([^\s,()]*)$/.exec(text);
  if (match) return { key: match[1]!, op: match[2] === '!=' ? '!=' : '=', values: [match[3]!] };
  match = /^([^\s!=(),]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(text);
  if (match) {
    const values = match[3]!.split(',').map((value) => value.trim());
    return { key: match[1]!, op: match[2] as 'in' | 'notin', values };
  }
  throw badRequest(
    `unable to parse requirement: found '${text}', expected: key[=|==|!=]value, key in (values), key notin (values), key or !key`,
  );
}

/** Parses `labelSelector`; a malformed one is a 400 as the API server answers it. */
export function parseLabelSelector(text: string | null | undefined): Selector {
  if (!text) return everything;
  const requirements = splitTopLevel(text).map(parseLabelRequirement);
  for (const { key, values } of requirements) {
    if (!LABEL_KEY.test(key))
      throw badRequest(`unable to parse requirement: invalid label key "${key}"`);
    for (const value of values) {
      if (value.length > 63 || !LABEL_VALUE.test(value)) {
        throw badRequest(`unable to parse requirement: invalid label value: "${value}"`);
      }
    }
  }
  return (object) =>
    requirements.every((requirement) => labelMatches(requirement, object.metadata.labels ?? {}));
}

function labelMatches(
  { key, op, values }: LabelRequirement,
  labels: Record<string, string>,
): boolean {
  const present = Object.hasOwn(labels, key);
  const value = labels[key];
  switch (op) {
    case 'exists':
      return present;
    case '!exists':
      return !present;
    case '=':
    case 'in':
      return present && values.includes(value!);
    case '!=':
    case 'notin':
      return !present || !values.includes(value!);
  }
}

interface FieldRequirement {
  field: string;
  negate: boolean;
  value: string;
}

/** Splits on the first unescaped `=`/`==`/`!=` and unescapes `\,`, `\=`, `\\` in the value. */
function parseFieldRequirement(text: string): FieldRequirement {
  const match = /^([^=!]+?)\s*(!=|==|=)(.*)$/s.exec(text);
  if (!match) throw badRequest(`invalid selector: '${text}'; can't understand '${text}'`);
  return {
    field: match[1]!.trim(),
    negate: match[2] === '!=',
    value: match[3]!.replace(/\\(.)/g, '$1'),
  };
}

/** Splits on commas that are not escaped with a backslash. */
function splitUnescaped(text: string): string[] {
  return text
    .split(/(?<!\\),/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The string a field selector compares for `field` (`source` of an Event is its component). */
function fieldValue(object: KubeObject, field: string): string {
  const path = field === 'source' ? 'source.component' : field;
  const value = valueAt(object, path);
  return value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
}

/**
 * Parses `fieldSelector` for `resource`. Only `metadata.name`, `metadata.namespace` and the
 * fields the resource's strategy declares are selectable; any other gives the API server's
 * 400 `field label not supported: <field>`.
 */
export function parseFieldSelector(
  text: string | null | undefined,
  resource: ResourceDef,
): Selector {
  if (!text) return everything;
  const requirements = splitUnescaped(text).map(parseFieldRequirement);
  for (const { field } of requirements) {
    if (
      field !== 'metadata.name' &&
      field !== 'metadata.namespace' &&
      !resource.fieldLabels.includes(field)
    ) {
      throw badRequest(`field label not supported: ${field}`);
    }
  }
  return (object) =>
    requirements.every(
      ({ field, negate, value }) => (fieldValue(object, field) === value) !== negate,
    );
}
