// PATCH bodies: JSON merge patch (RFC 7386), JSON patch (RFC 6902) and an approximation of
// strategic merge patch (merge patch, with lists of named objects merged by `name`).
import { isRecord } from './objects.ts';
import { badRequest, invalid, unsupportedMediaType, type GroupResource } from './status.ts';

export const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
] as const;

/** RFC 7386: objects merge recursively, `null` deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown, strategic = false): unknown {
  if (!isRecord(patch)) return patch;
  const result: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else if (
      strategic &&
      Array.isArray(value) &&
      Array.isArray(result[key]) &&
      isNamedList(value)
    ) {
      result[key] = mergeNamedLists(result[key] as unknown[], value);
    } else result[key] = mergePatch(result[key], value, strategic);
  }
  return result;
}

function isNamedList(list: unknown[]): boolean {
  return list.length > 0 && list.every((item) => isRecord(item) && typeof item.name === 'string');
}

/** Strategic merge of lists whose patch strategy is `merge` on key `name` (containers, volumes). */
function mergeNamedLists(target: unknown[], patch: unknown[]): unknown[] {
  const result = [...target];
  for (const item of patch as Record<string, unknown>[]) {
    const index = result.findIndex((existing) => isRecord(existing) && existing.name === item.name);
    if (item.$patch === 'delete') {
      if (index >= 0) result.splice(index, 1);
    } else if (index >= 0) result[index] = mergePatch(result[index], item, true);
    else result.push(item);
  }
  return result;
}

interface Operation {
  op: string;
  path: string;
  value?: unknown;
  from?: string;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw badRequest(`JSON pointer "${path}" must start with "/"`);
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(document: unknown, tokens: string[], path: string): [unknown, string] {
  return [walk(document, tokens.slice(0, -1), path), tokens.at(-1)!];
}

function getAt(document: unknown, path: string): unknown {
  return walk(document, pointer(path), path);
}

/** Follows JSON pointer `tokens` into `document`; a missing step is the API server's 400. */
function walk(document: unknown, tokens: string[], path: string): unknown {
  let current = document;
  for (const token of tokens) {
    current = Array.isArray(current)
      ? current[Number(token)]
      : isRecord(current)
        ? current[token]
        : undefined;
    if (current === undefined)
      throw badRequest(
        `the server rejected our request due to an error in our request: doc is missing path: "${path}"`,
      );
  }
  return current;
}

function removeAt(document: unknown, path: string): unknown {
  const tokens = pointer(path);
  const [parent, last] = parentOf(document, tokens, path);
  if (Array.isArray(parent)) return parent.splice(Number(last), 1)[0];
  if (isRecord(parent) && Object.hasOwn(parent, last)) {
    const value = parent[last];
    delete parent[last];
    return value;
  }
  throw badRequest(
    `the server rejected our request due to an error in our request: doc is missing path: "${path}"`,
  );
}

function addAt(document: unknown, path: string, value: unknown, replace: boolean): unknown {
  const tokens = pointer(path);
  if (tokens.length === 0) return structuredClone(value);
  const [parent, last] = parentOf(document, tokens, path);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (replace) parent[index] = structuredClone(value);
    else parent.splice(index, 0, structuredClone(value));
  } else if (isRecord(parent)) {
    if (replace && !Object.hasOwn(parent, last)) {
      throw badRequest(
        `the server rejected our request due to an error in our request: replace operation does not apply: doc is missing key: ${path}`,
      );
    }
    parent[last] = structuredClone(value);
  } else
    throw badRequest(
      `the server rejected our request due to an error in our request: doc is missing path: "${path}"`,
    );
  return document;
}

/** RFC 6902 on a copy of `target`. */
export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations))
    throw badRequest(
      'the server rejected our request due to an error in our request: expected a JSON patch array',
    );
  let document = structuredClone(target);
  for (const raw of operations as Operation[]) {
    switch (raw.op) {
      case 'add':
        document = addAt(document, raw.path, raw.value, false);
        break;
      case 'replace':
        document = addAt(document, raw.path, raw.value, true);
        break;
      case 'remove':
        removeAt(document, raw.path);
        break;
      case 'move':
        document = addAt(document, raw.path, removeAt(document, raw.from ?? ''), false);
        break;
      case 'copy':
        document = addAt(document, raw.path, getAt(document, raw.from ?? ''), false);
        break;
      case 'test':
        if (JSON.stringify(getAt(document, raw.path)) !== JSON.stringify(raw.value)) {
          throw invalidTest(raw.path);
        }
        break;
      default:
        throw badRequest(
          `the server rejected our request due to an error in our request: Unexpected kind: ${String(raw.op)}`,
        );
    }
  }
  return document;
}

function invalidTest(path: string) {
  return badRequest(
    `the server rejected our request due to an error in our request: testing value ${path} failed: test failed`,
  );
}

export interface PatchTarget {
  gr: GroupResource;
  kind: string;
  name: string;
  /** Built-in types take strategic merge patches; custom resources do not. */
  builtin: boolean;
}

/** Applies a PATCH body of `contentType` to `target`; 415 for types the server does not take. */
export function applyPatch(
  target: unknown,
  body: unknown,
  contentType: string,
  { gr, kind, name, builtin }: PatchTarget,
): unknown {
  const type = contentType.split(';')[0]!.trim();
  switch (type) {
    case 'application/merge-patch+json':
      return mergePatch(structuredClone(target), body);
    case 'application/strategic-merge-patch+json':
      if (!builtin) {
        // The real server refuses strategic merge for custom resources (no Go struct tags).
        throw unsupportedMediaType(type, [
          'application/json-patch+json',
          'application/merge-patch+json',
          'application/apply-patch+yaml',
        ]);
      }
      return mergePatch(structuredClone(target), body, true);
    case 'application/json-patch+json':
      return jsonPatch(target, body);
    default:
      if (type === 'application/apply-patch+yaml') {
        throw invalid(kind, gr, name, [
          { message: 'server-side apply is not supported by the simulator; use client-side apply' },
        ]);
      }
      throw unsupportedMediaType(type, [...PATCH_TYPES]);
  }
}
