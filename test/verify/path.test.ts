import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/config/index.ts';
import { parsePath } from '../../src/verify/path.ts';
import { formatPath } from '../../src/verify/path-queries.ts';
import { closestStates } from '../../src/verify/states.ts';
import { parseError } from '../support/timelines.ts';

describe('parsePath', () => {
  const valid: [string, string][] = [
    [
      'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
      'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
    ],
    ['ErrImagePull->ImagePullBackOff', 'ErrImagePull -> ImagePullBackOff'],
    ['  Stopped=>Starting ->   Running  ', 'Stopped => Starting -> Running'],
    ['ErrImagePull ->\n  ImagePullBackOff', 'ErrImagePull -> ImagePullBackOff'],
    ['(ErrImagePull -> ImagePullBackOff){2}', '(ErrImagePull -> ImagePullBackOff){2}'],
    ['(ErrImagePull => ImagePullBackOff) { 2 , 3 }', '(ErrImagePull => ImagePullBackOff){2,3}'],
    [
      'Starting -> (ErrorUnschedulable | ErrImagePull)',
      'Starting -> ErrorUnschedulable | ErrImagePull',
    ],
    ['(Starting | Pending) | Scheduling', 'Starting | Pending | Scheduling'],
    [
      'Starting -> (ErrImagePull -> ImagePullBackOff)',
      'Starting -> ErrImagePull -> ImagePullBackOff',
    ],
    ['ImagePullBackOff+', 'ImagePullBackOff+'],
    ['ErrImagePull{2,}', 'ErrImagePull{2,}'],
    [
      'Starting -> ErrImagePull{0,1} -> ImagePullBackOff',
      'Starting -> ErrImagePull{0,1} -> ImagePullBackOff',
    ],
    ['"VolumeSnapshotPending" -> Running', '"VolumeSnapshotPending" -> Running'],
    ['(Starting -> Running) | ErrorUnschedulable', '(Starting -> Running) | ErrorUnschedulable'],
  ];
  for (const [input, canonical] of valid) {
    it(`reads ${JSON.stringify(input)} as ${canonical}`, () => {
      assert.equal(formatPath(parsePath(input)), canonical);
    });
  }

  it('keeps each join and the column of each state name', () => {
    assert.deepEqual(parsePath('Stopped => Starting -> Running'), {
      type: 'sequence',
      steps: [
        { type: 'state', name: 'Stopped', column: 0 },
        { type: 'state', name: 'Starting', column: 11 },
        { type: 'state', name: 'Running', column: 23 },
      ],
      joins: ['next', 'later'],
    });
  });

  const invalid: [string, string, number, RegExp][] = [
    ['an empty path', '', 1, /^expected a state name, a quoted name or '\(', found end of input/],
    ['a dangling arrow', 'ErrImagePull ->', 16, /expected a state name.*found end of input/],
    [
      'two names without an arrow',
      'ErrImagePull ImagePullBackOff',
      14,
      /expected '->', '=>', '\|', 'within', 'after', ',' or end of input, found 'ImagePullBackOff'/,
    ],
    ['an unclosed group', '(ErrImagePull -> ImagePullBackOff', 34, /or '\)', found end of input/],
    ['a stray closing parenthesis', 'ErrImagePull)', 13, /found '\)'/],
    ['a split arrow', 'ErrImagePull - > ImagePullBackOff', 14, /found '-'/],
    ['a doubled bar', 'Starting || Running', 11, /expected a state name.*found '\|'/],
    ['a count of zero', 'ErrImagePull{0}', 13, /at least one repetition/],
    ['a reversed range', 'ErrImagePull{3,1}', 13, /min <= max/],
    ['an unclosed count', 'ErrImagePull{2', 13, /a count like '\{2\}'/],
    ['a count over the limit', 'ErrImagePull{21}', 13, /a count of at most 20/],
    ['a repeated repetition', 'ErrImagePull{2}{3}', 16, /found '\{'/],
    ['a path that can be empty', 'ErrImagePull{0,1}', 1, /requires at least one state/],
    ['an unbounded empty loop', '(ErrImagePull{0,1})+', 20, /unbounded repetition/],
    [
      'a path too long once written out',
      '((ErrImagePull -> ImagePullBackOff){20}){20}',
      41,
      /at most 64 steps/,
    ],
    ['an unknown state', 'Starting -> Bogus', 13, /expected a known state name.*found 'Bogus'/],
    ['a near miss in case', 'ErrImagepull -> ImagePullBackOff', 1, /found 'ErrImagepull'/],
  ];
  for (const [what, input, column, message] of invalid) {
    it(`rejects ${what} at column ${column}`, () => {
      const error = parseError(input);
      assert.match(error.message, message);
      assert.equal(error.column + 1, column);
      assert.match(error.message.split('\n')[0]!, new RegExp(`at column ${column}\\b`));
    });
  }

  it('shows the input with a caret under the bad name, like a compiler', () => {
    const lines = parseError('ErrImagePull -> ImagePullBackof').message.split('\n');
    assert.equal(
      lines[0],
      "expected a known state name (a VM printableStatus, VMI or pod phase, or kubelet waiting reason), found 'ImagePullBackof' at column 17; did you mean 'ImagePullBackOff'?",
    );
    assert.equal(lines[1], '  ErrImagePull -> ImagePullBackof');
    assert.equal(lines[2], `  ${' '.repeat(16)}^${'~'.repeat(14)}`);
  });

  it('keeps the caret in place when the path spans lines', () => {
    const lines = parseError('ErrImagePull ->\n\tImagePullBackOff ->').message.split('\n');
    assert.equal(lines[1], '  ErrImagePull ->  ImagePullBackOff ->');
    assert.equal(lines[2], `  ${' '.repeat(36)}^`);
  });

  it('tells how to use a state this tool does not know', () => {
    const error = parseError('Starting -> Bogus');
    assert.deepEqual(error.suggestions, []);
    assert.match(error.message, /quote it, "Bogus", to match a state this tool does not know/);
    assert.equal(formatPath(parsePath('Starting -> "Bogus"')), 'Starting -> "Bogus"');
  });

  const nearMisses: [string, string[]][] = [
    ['ErrImagepull', ['ErrImagePull']],
    ['ImagePullBackof', ['ImagePullBackOff']],
    ['ErrImgPull', ['ErrImagePull']],
    ['Runing', ['Running']],
    ['errorunschedulable', ['ErrorUnschedulable']],
    ['InvalidImage', ['InvalidImageName']],
    ['Bogus', []],
  ];
  for (const [name, suggestions] of nearMisses) {
    it(`suggests ${suggestions.join(', ') || 'nothing'} for '${name}'`, () => {
      assert.deepEqual(closestStates(name), suggestions);
      assert.deepEqual(parseError(name).suggestions, suggestions);
    });
  }

  it('reaches the action user through readConfig with the suggestion', () => {
    try {
      readConfig(
        (name) => (name === 'expected-path' ? 'ErrImagepull -> ImagePullBackOff' : ''),
        {},
      );
      assert.fail('expected the path to be rejected');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.match(
        error.message,
        /^Invalid input 'expected-path': expected a known state name.*did you mean 'ErrImagePull'\?\n {2}ErrImagepull -> ImagePullBackOff\n {2}\^~{11}/,
      );
    }
  });
});
