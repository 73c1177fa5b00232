// What one watch event means (watch-events.ts), table-tested on plain objects: what is recorded, where
// the stream stands after it, which line it shows was lost, and which events end the stream.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KnownObjects, readWatchEvent } from '../../src/observe/watch-events.ts';
import type { Witness } from '../../src/observe/types.ts';
import type { Reading } from '../../src/observe/witness.ts';

const vm = (name: string, rv: string, state = 'Starting') => ({
  metadata: { namespace: 'ns', name, resourceVersion: rv },
  status: { printableStatus: state },
});
/** A witness that reads `status.printableStatus`, as the VM witness does. */
const read = (object: unknown): Reading | undefined => {
  const { metadata, status } = object as ReturnType<typeof vm>;
  return {
    key: `vm ns/${metadata.name}`,
    identity: status.printableStatus,
    observation: {
      witness: 'vm',
      vm: `ns/${metadata.name}`,
      object: `ns/${metadata.name}`,
      state: status.printableStatus,
      resourceVersion: metadata.resourceVersion,
    },
  };
};

interface Case {
  name: string;
  known: [string, string][];
  type: string;
  object: unknown;
  witness?: Witness;
  expect: {
    ends?: string;
    resourceVersion?: string;
    state?: string;
    lost?: RegExp;
    knownAfter?: boolean;
  };
}

const cases: Case[] = [
  {
    name: 'an ADDED of a new object is recorded and moves the stream on',
    known: [],
    type: 'ADDED',
    object: vm('a', '5'),
    expect: { resourceVersion: '5', state: 'Starting', knownAfter: true },
  },
  {
    name: 'a MODIFIED of a known object is recorded',
    known: [['ns/a', '5']],
    type: 'MODIFIED',
    object: vm('a', '6', 'ErrImagePull'),
    expect: { resourceVersion: '6', state: 'ErrImagePull', knownAfter: true },
  },
  {
    name: 'a DELETED is recorded as a deletion and forgets the object',
    known: [['ns/a', '5']],
    type: 'DELETED',
    object: vm('a', '7'),
    expect: { resourceVersion: '7', state: 'Deleted', knownAfter: false },
  },
  {
    name: 'a DELETED Event records nothing: an Event expires, its last count stays true',
    known: [['ns/a', '5']],
    type: 'DELETED',
    object: vm('a', '7'),
    witness: 'event',
    expect: { resourceVersion: '7', knownAfter: false },
  },
  {
    name: 'a MODIFIED of an object the stream never added shows a lost ADDED',
    known: [],
    type: 'MODIFIED',
    object: vm('a', '6'),
    expect: { resourceVersion: '6', state: 'Starting', lost: /an ADDED line was lost/ },
  },
  {
    name: 'an ADDED of an object the stream had not deleted shows a lost DELETED',
    known: [['ns/a', '5']],
    type: 'ADDED',
    object: vm('a', '8'),
    expect: { resourceVersion: '8', state: 'Starting', lost: /a DELETED line was lost/ },
  },
  {
    name: 'a BOOKMARK moves the resourceVersion and records nothing',
    known: [],
    type: 'BOOKMARK',
    object: { metadata: { resourceVersion: '9' } },
    expect: { resourceVersion: '9' },
  },
  {
    name: 'a BOOKMARK without a resourceVersion ends the stream as malformed',
    known: [],
    type: 'BOOKMARK',
    object: { metadata: {} },
    expect: { ends: 'malformed' },
  },
  {
    name: 'an object without metadata ends the stream as malformed',
    known: [],
    type: 'MODIFIED',
    object: { status: {} },
    expect: { ends: 'malformed' },
  },
  {
    name: 'an ERROR with a 410 Status ends the stream as expired',
    known: [],
    type: 'ERROR',
    object: { kind: 'Status', code: 410, reason: 'Expired', message: 'too old' },
    expect: { ends: 'expired' },
  },
  {
    name: 'an event of an unknown type ends the stream as malformed',
    known: [],
    type: 'HELLO',
    object: vm('a', '5'),
    expect: { ends: 'malformed' },
  },
];

describe('readWatchEvent', () => {
  for (const c of cases) {
    it(c.name, () => {
      const known = new KnownObjects(c.known);
      const event = readWatchEvent(c.type, c.object, c.witness ?? 'vm', read, known);
      if (c.expect.ends) {
        assert.ok('kind' in event, JSON.stringify(event));
        assert.equal(event.kind, c.expect.ends);
        return;
      }
      assert.ok(!('kind' in event), JSON.stringify(event));
      assert.equal(event.resourceVersion, c.expect.resourceVersion);
      assert.equal(event.reading?.observation.state, c.expect.state);
      if (c.expect.lost) assert.match(event.lost ?? '', c.expect.lost);
      else assert.equal(event.lost, undefined);
      if (c.expect.knownAfter !== undefined) {
        // Known after the event: a MODIFIED of it is no contradiction.
        const again = known.saw('MODIFIED', 'ns/a', '100');
        assert.equal(again === undefined, c.expect.knownAfter);
      }
    });
  }
});

describe('KnownObjects.listed', () => {
  it('knows the listed objects that carry a name and a resourceVersion', () => {
    const known = KnownObjects.listed([vm('a', '1'), { metadata: { name: 'b' } }]);
    assert.equal(known.saw('MODIFIED', 'ns/a', '2'), undefined);
    assert.match(known.saw('MODIFIED', 'ns/b', '3') ?? '', /never added/);
  });
});
