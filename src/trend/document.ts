// Reading timeline JSON documents back: the one I/O edge of the trend stage (files and folders
// given as a baseline); documents fetched from earlier runs go through `parseTimelineDocument`.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  READABLE_SCHEMA_VERSIONS,
  TIMELINE_SCHEMA_VERSION,
  type TimelineDocument,
} from './types.ts';
import { errorMessage } from '../util/errors.ts';

/** A document that cannot be compared: not JSON, not a timeline, or of another schema version. */
export class TimelineDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimelineDocumentError';
  }
}

/** Parses and checks a timeline JSON document; `source` names it in errors (a path, an artifact). */
export function parseTimelineDocument(text: string, source: string): TimelineDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TimelineDocumentError(`${source} is not JSON: ${errorMessage(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TimelineDocumentError(`${source} is not a timeline JSON document (not an object)`);
  const document = value as Partial<TimelineDocument> & { schemaVersion?: unknown };
  if (document.generator !== 'kubevirt-transition-check')
    throw new TimelineDocumentError(
      typeof document.generator === 'string'
        ? `${source} is not a timeline JSON document of kubevirt-transition-check (it was written by ${JSON.stringify(document.generator)}): give the timeline JSON of a check (the action's timeline-path, or 'demo -o json')`
        : `${source} is not a timeline JSON document of kubevirt-transition-check (it has no 'generator'): give the timeline JSON of a check (the action's timeline-path, or 'demo -o json')`,
    );
  if (!READABLE_SCHEMA_VERSIONS.includes(document.schemaVersion as number)) {
    const version = JSON.stringify(document.schemaVersion);
    const age =
      typeof document.schemaVersion === 'number' && document.schemaVersion > TIMELINE_SCHEMA_VERSION
        ? 'newer'
        : 'older';
    throw new TimelineDocumentError(
      `${source} has timeline schema version ${version}, ${age} than the versions ${READABLE_SCHEMA_VERSIONS.join(' and ')} this release reads; it is left out of the comparison`,
    );
  }
  if (typeof document.check !== 'string' || !Array.isArray(document.attempts))
    throw new TimelineDocumentError(`${source} lacks 'check' or 'attempts'`);
  return document as TimelineDocument;
}

/**
 * The documents at `path`: the file itself, or every `*.json` file in the folder (not recursive),
 * in name order. An unusable file is an error naming it, or, given `skip`, is handed to it and
 * left out (a history keeps what it can use).
 */
export async function readTimelineDocuments(
  path: string,
  skip?: (problem: TimelineDocumentError) => void,
): Promise<TimelineDocument[]> {
  const info = await stat(path).catch((error: unknown) => {
    throw new TimelineDocumentError(`cannot read ${path}: ${errorMessage(error)}`);
  });
  const files = info.isDirectory()
    ? (await readdir(path))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(path, name))
    : [path];
  if (info.isDirectory() && files.length === 0)
    throw new TimelineDocumentError(`${path} holds no timeline JSON files (*.json)`);
  const documents: TimelineDocument[] = [];
  for (const file of files) {
    try {
      documents.push(parseTimelineDocument(await readFile(file, 'utf8'), file));
    } catch (error) {
      const problem =
        error instanceof TimelineDocumentError
          ? error
          : new TimelineDocumentError(`cannot read ${file}: ${errorMessage(error)}`);
      if (!skip) throw problem;
      skip(problem);
    }
  }
  return documents;
}

/**
 * The earlier runs of one check, from documents of single checks or of suites: a single check
 * (`name` undefined) is compared with single-check documents; a suite's check with the document
 * of the check of that name in each earlier suite, so a suite is compared check by check.
 */
export function documentsOfCheck(
  documents: readonly TimelineDocument[],
  name?: string,
): TimelineDocument[] {
  if (name === undefined) return documents.filter((document) => !document.checks);
  return documents.flatMap((document) => {
    const check = document.checks?.find((entry) => entry.name === name);
    return check ? [{ ...check, check: name }] : [];
  });
}
