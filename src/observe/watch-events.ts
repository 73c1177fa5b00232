// What one watch event means, as a pure function: the reading to record, the resourceVersion
// the stream moves to, a line the stream lost (an event that contradicts what it said before),
// or how the event ends the stream. And the objects the stream has told about, which tell a
// lost line.
import { classifyStatus, type Ending } from './decide.ts';
import { deletedReading } from './timeline.ts';
import type { Witness } from './types.ts';
import { objectName, type Reading } from './witness.ts';

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** An event the stream goes on after: what to record, and where the stream now stands. */
export interface Delivered {
  resourceVersion: string;
  /** The reading to record (a deletion for DELETED), when the witness can read the object. */
  reading?: Reading;
  /** What the event contradicts in what the stream said before: a line was lost. */
  lost?: string;
  /** The object the reading belongs to, for the lost line's gap. */
  vm?: string;
}

/** The objects a watch has told about (name -> resourceVersion), from its list on. */
export class KnownObjects {
  readonly #versions: Map<string, string>;

  constructor(versions: Iterable<readonly [string, string]> = []) {
    this.#versions = new Map(versions);
  }

  /** The listed objects: the stream goes on from these. */
  static listed(items: unknown[]): KnownObjects {
    return new KnownObjects(
      items.flatMap((item) => {
        const name = objectName(item);
        const rv = resourceVersionOf(item);
        return name && rv ? [[name, rv] as const] : [];
      }),
    );
  }

  /** The resourceVersion the stream last told for `name`, if it told about it. */
  get(name: string): string | undefined {
    return this.#versions.get(name);
  }

  names(): IterableIterator<string> {
    return this.#versions.keys();
  }

  /** Takes one event in; returns what it contradicts in what the stream said before, if anything. */
  saw(type: ChangeType, name: string, resourceVersion: string): string | undefined {
    const known = this.#versions.has(name);
    if (type === 'DELETED') this.#versions.delete(name);
    else this.#versions.set(name, resourceVersion);
    if (type === 'ADDED')
      return known
        ? `ADDED for ${name}, which the stream had not deleted: a DELETED line was lost`
        : undefined;
    return known
      ? undefined
      : `${type} for ${name}, which the stream never added: an ADDED line was lost`;
  }
}

/**
 * Reads one watch event of `witness`'s resource. An ERROR, an unknown type or an object without
 * the metadata a stream needs ends the stream (the Ending says how); anything else is delivered.
 * `known` takes the event in.
 */
export function readWatchEvent(
  type: string,
  object: unknown,
  witness: Witness,
  read: (object: unknown) => Reading | undefined,
  known: KnownObjects,
): Delivered | Ending {
  const resourceVersion = resourceVersionOf(object);
  switch (type) {
    case 'ADDED':
    case 'MODIFIED':
    case 'DELETED': {
      const name = objectName(object);
      if (!name || !resourceVersion)
        return {
          kind: 'malformed',
          message: `a ${type} event without metadata.name and resourceVersion`,
        };
      const lost = known.saw(type, name, resourceVersion);
      const reading = read(object);
      // An Event that is deleted expired: its last count stays true.
      const recorded =
        type !== 'DELETED'
          ? reading
          : reading && witness !== 'event'
            ? deletedReading(reading)
            : undefined;
      return {
        resourceVersion,
        ...(recorded ? { reading: recorded } : {}),
        ...(lost ? { lost } : {}),
        ...(reading ? { vm: reading.observation.vm } : {}),
      };
    }
    case 'BOOKMARK':
      // A bookmark moves the resourceVersion and nothing else.
      return resourceVersion
        ? { resourceVersion }
        : { kind: 'malformed', message: 'a BOOKMARK without resourceVersion' };
    case 'ERROR':
      return classifyStatus(object);
    default:
      return { kind: 'malformed', message: `an event of unknown type ${JSON.stringify(type)}` };
  }
}

function resourceVersionOf(object: unknown): string | undefined {
  return (object as { metadata?: { resourceVersion?: string } } | undefined)?.metadata
    ?.resourceVersion;
}

/**
 * What a list shows that the stream has not delivered: an object it never told about, a newer
 * resourceVersion of one, or one it still has that the list no longer has. Empty when the stream
 * is up to date with the list. (A numeric resourceVersion the stream already passed is not
 * behind; an opaque one is behind whenever it differs.)
 */
export function undelivered(items: unknown[], known: KnownObjects): string[] {
  const behind: string[] = [];
  const listed = new Set<string>();
  for (const item of items) {
    const name = objectName(item);
    const rv = resourceVersionOf(item);
    if (!name || !rv) continue;
    listed.add(name);
    const told = known.get(name);
    if (told === undefined) behind.push(`${name} (never delivered)`);
    else if (told !== rv && !notNewer(rv, told))
      behind.push(`${name} at resourceVersion ${rv} (delivered: ${told})`);
  }
  for (const name of known.names()) {
    if (!listed.has(name)) behind.push(`${name} (deleted, never delivered)`);
  }
  return behind;
}

/** True when both are numeric and `rv` is not newer than `told`. */
function notNewer(rv: string, told: string): boolean {
  return /^\d{1,30}$/.test(rv) && /^\d{1,30}$/.test(told) && BigInt(rv) <= BigInt(told);
}
