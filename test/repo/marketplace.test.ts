// What the GitHub Marketplace reads from action.yml to list the action ("Metadata syntax for
// GitHub Actions", branding): a name, a description, an author, an icon and a colour from its
// fixed lists. An unknown colour or icon keeps the action off the Marketplace.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
};

/** The colours `branding.color` accepts. */
const COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
];

describe('Marketplace listing', () => {
  it('has a name, a description and an author', () => {
    assert.equal(action.name, 'KubeVirt transition check');
    assert.ok(action.description.length > 40);
    assert.ok(action.author);
  });

  it('has branding: a Feather icon and one of the allowed colours', () => {
    assert.equal(action.branding?.icon, 'activity', 'a Feather icon on the Marketplace list');
    assert.ok(COLORS.includes(action.branding?.color ?? ''), `colour ${action.branding?.color}`);
  });
});
