// The path language's time bounds (`within`, `after`) and forbidden states (`never`): the grammar,
// the verdict on a timeline, the early decision and whether another attempt is made.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyAttempts, mayBeTiming } from '../../src/verify/check-result.ts';
import { parsePath } from '../../src/verify/path.ts';
import { formatPath } from '../../src/verify/path-queries.ts';
import { trackPath, verify } from '../../src/verify/verify.ts';
import {
  BACK_OFF_MESSAGE,
  PULL_MESSAGE,
  event,
  options,
  parseError,
  pod,
  timeline,
  vm,
} from '../support/timelines.ts';

/** Two rounds as a real node shows them: the first back-off after 10 s, the second after 0.5 s. */
const rounds = [
  vm('Starting', 0),
  pod('ErrImagePull', 1000, { message: PULL_MESSAGE }),
  vm('ErrImagePull', 1100, { resourceVersion: '11' }),
  pod('ImagePullBackOff', 11_000, { message: BACK_OFF_MESSAGE }),
  vm('ImagePullBackOff', 11_100, { resourceVersion: '12' }),
  pod('ErrImagePull', 31_000, { message: PULL_MESSAGE }),
  vm('ErrImagePull', 31_100, { resourceVersion: '13' }),
  pod('ImagePullBackOff', 31_500, { message: BACK_OFF_MESSAGE }),
  vm('ImagePullBackOff', 31_600, { resourceVersion: '14' }),
];

/** The decision a tracker makes at each moment, fed the entries seen by then. */
function firstDecision(path: string, entries = rounds, stepMs = 100, untilMs = 40_000) {
  const tracker = trackPath(options(path));
  for (let now = 0; now <= untilMs; now += stepMs) {
    const decision = tracker.decide(
      timeline(
        entries.filter((entry) => entry.atMs <= now),
        now,
      ),
      now,
    );
    if (decision) return { decision, atMs: now };
  }
  return undefined;
}

describe('path grammar: bounds and never', () => {
  const valid: [string, string][] = [
    ['ErrImagePull -> ImagePullBackOff within 30s', 'ErrImagePull -> ImagePullBackOff within 30s'],
    ['ErrImagePull within 2m', 'ErrImagePull within 2m'],
    ['ErrImagePull within 120s', 'ErrImagePull within 2m'],
    ['ErrImagePull within 1m30s', 'ErrImagePull within 1m30s'],
    ['ErrImagePull within 0.5s', 'ErrImagePull within 500ms'],
    ['ErrImagePull within 30s after 5s', 'ErrImagePull after 5s within 30s'],
    [
      '(ErrImagePull -> ImagePullBackOff) within 1m',
      '(ErrImagePull -> ImagePullBackOff) within 1m',
    ],
    [
      'Starting -> ErrImagePull | ErrorUnschedulable within 1m',
      'Starting -> ErrImagePull | ErrorUnschedulable within 1m',
    ],
    ['(ErrImagePull within 1s) | Running', '(ErrImagePull within 1s) | Running'],
    [
      '(ErrImagePull -> ImagePullBackOff within 30s){2}',
      '(ErrImagePull -> ImagePullBackOff within 30s){2}',
    ],
    ['ErrImagePull, never Running', 'ErrImagePull, never Running'],
    ['never Running, ErrImagePull', 'ErrImagePull, never Running'],
    ['never Running', 'never Running'],
    ['never (Running | Stopped)', 'never (Running | Stopped)'],
    ['never Running, never Stopped', 'never (Running | Stopped)'],
    ['never Running | "Paused"', 'never (Running | "Paused")'],
    [
      'ErrImagePull->ImagePullBackOff within 30s,never Running',
      'ErrImagePull -> ImagePullBackOff within 30s, never Running',
    ],
  ];
  for (const [input, canonical] of valid) {
    it(`reads ${JSON.stringify(input)} as ${canonical}`, () => {
      const path = parsePath(input);
      assert.equal(formatPath(path), canonical);
      assert.equal(formatPath(parsePath(formatPath(path))), canonical);
    });
  }

  it('keeps the bound on the step it follows, with its column', () => {
    assert.deepEqual(parsePath('ErrImagePull -> ImagePullBackOff after 1s within 30s'), {
      type: 'sequence',
      steps: [
        { type: 'state', name: 'ErrImagePull', column: 0 },
        {
          type: 'bounded',
          node: { type: 'state', name: 'ImagePullBackOff', column: 16 },
          column: 33,
          afterMs: 1000,
          withinMs: 30_000,
        },
      ],
      joins: ['later'],
    });
  });

  const invalid: [string, string, number, RegExp][] = [
    ['a bound without a duration', 'ErrImagePull within', 20, /a duration such as '30s'/],
    ['a duration without a unit', 'ErrImagePull within 30', 21, /a duration such as '30s'/],
    ['a bound of zero', 'ErrImagePull within 0s', 21, /a duration above 0/],
    ['a bound over a day', 'ErrImagePull within 25h', 21, /at most 24h/],
    ['two upper bounds', 'ErrImagePull within 2s within 3s', 24, /one 'within' per step/],
    [
      'a lower bound past the upper',
      'ErrImagePull within 2s after 5s',
      24,
      /no longer than the upper bound \('within 2s'\)/,
    ],
    [
      'a bound before its step',
      'ErrImagePull -> within 5s',
      17,
      /'within' follows the step it bounds/,
    ],
    [
      'never inside a path',
      'ErrImagePull -> never Running',
      17,
      /'never' starts a clause of its own/,
    ],
    [
      'never with a sequence',
      'never (Running -> Stopped)',
      1,
      /a state or a choice of states after 'never'/,
    ],
    ['two paths', 'ErrImagePull, ImagePullBackOff', 15, /at most one path of steps/],
    ['a dangling comma', 'ErrImagePull,', 14, /expected a state name/],
    ['a near miss after never', 'never Runing', 7, /did you mean 'Running'/],
  ];
  for (const [what, input, column, message] of invalid) {
    it(`rejects ${what} at column ${column}`, () => {
      const error = parseError(input);
      assert.match(error.message, message);
      assert.equal(error.column + 1, column);
    });
  }
});

describe('verify: bounds', () => {
  it('passes a bound the step met, saying how much of it was used', () => {
    const verdict = verify(
      timeline(rounds),
      options('ErrImagePull -> ImagePullBackOff within 30s'),
    );
    assert.equal(verdict.result, 'passed');
    assert.deepEqual(verdict.bounds, [
      {
        bound: 'within 30s',
        column: 33,
        withinMs: 30_000,
        fromStep: 0,
        toStep: 1,
        fromMs: 1100,
        fromState: 'ErrImagePull',
        toState: 'ImagePullBackOff',
        toMs: 11_100,
        elapsedMs: 10_000,
        clock: 'observer',
        result: 'passed',
      },
    ]);
    assert.match(
      verdict.explanation,
      /Bounds met on the observer's clock: within 30s: 10\.0 s \(33%\)\./,
    );
  });

  it('starts the clock at the first match: a later round that meets the bound does not count', () => {
    const path = 'ErrImagePull -> ImagePullBackOff within 1s';
    const verdict = verify(timeline(rounds), options(path));
    assert.equal(verdict.result, 'failed');
    assert.equal(verdict.boundFailure?.fromMs, 1100);
    assert.equal(
      firstDecision(path)?.atMs,
      4200,
      'the first tick after 1.1 s + 1 s + the 2 s settle time',
    );
    // Where the first round is quick, the bound is met there.
    const quick = verify(
      timeline(rounds.slice(5)),
      options('ErrImagePull -> ImagePullBackOff within 1s'),
    );
    assert.equal(quick.result, 'passed');
    assert.equal(quick.bounds?.[0]?.elapsedMs, 500);
  });

  it('fails when the bound passes without its step, at that moment plus the settle time', () => {
    const path = 'ErrImagePull -> ImagePullBackOff within 5s';
    assert.deepEqual(firstDecision(path, rounds.slice(0, 3)), { decision: 'failed', atMs: 8200 });
    assert.equal(
      verify(timeline(rounds.slice(0, 3), 8100), options(path, { timedOut: false })).result,
      'inconclusive',
      'a bound is inclusive: at 1.1 s + 5 s + 2 s it still holds',
    );
    const verdict = verify(timeline(rounds.slice(0, 3), 8200), options(path, { timedOut: false }));
    assert.equal(verdict.result, 'failed');
    assert.equal(verdict.boundFailure?.result, 'not-yet');
    assert.equal(verdict.boundFailure?.expected, 'ImagePullBackOff');
    assert.equal(verdict.decidedAtMs, 8100);
    assert.match(
      verdict.explanation,
      /^The path failed its bound: ImagePullBackOff within 5s of ErrImagePull at \+1\.100 s did not happen; the bound passed at \+6\.100 s \(nothing else was seen\)\./,
    );
    assert.deepEqual(verdict.diagnosis, ['bound-exceeded'], 'no witness is blamed for a late step');
  });

  it('blames the clock, not a witness, when the chosen witness showed the state late', () => {
    const entries = [
      ...rounds.slice(0, 3),
      pod('ImagePullBackOff', 2000, { message: BACK_OFF_MESSAGE }),
      vm('ImagePullBackOff', 8000),
    ];
    const verdict = verify(
      timeline(entries, 8200),
      options('ErrImagePull -> ImagePullBackOff within 5s', { timedOut: false }),
    );
    assert.equal(verdict.result, 'failed');
    assert.deepEqual(verdict.diagnosis, ['bound-exceeded']);
    assert.equal(verdict.causes.length, 1);
  });

  it('does not fail a bound whose step is still in time', () => {
    assert.equal(firstDecision('ErrImagePull -> ImagePullBackOff within 12s')?.decision, 'passed');
    assert.equal(firstDecision('ErrImagePull -> ImagePullBackOff within 12s')?.atMs, 11_100);
  });

  it('bounds the whole path from the VM creation when the group comes first', () => {
    const whole = '(ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff)';
    const passed = verify(timeline(rounds), options(`${whole} within 40s`));
    assert.equal(passed.result, 'passed');
    assert.deepEqual(
      passed.bounds?.map((bound) => [bound.fromStep, bound.toStep, bound.elapsedMs]),
      [[undefined, 3, 31_600]],
    );
    const decided = firstDecision(`${whole} within 30s`);
    assert.deepEqual(decided, { decision: 'failed', atMs: 32_100 });
    const failed = verify(timeline(rounds, 32_100), options(`${whole} within 30s`));
    assert.equal(failed.result, 'failed');
    assert.match(failed.explanation, /within 30s of the VM's creation/);
  });

  it('keeps a lower bound: a step that came too early does not count', () => {
    const verdict = verify(
      timeline(rounds),
      options('ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff after 1s'),
    );
    assert.equal(verdict.result, 'inconclusive');
    assert.equal(verdict.boundFailure?.result, 'too-early');
    assert.equal(verdict.boundFailure?.elapsedMs, 500);
    assert.match(
      verdict.explanation,
      /It was held up by a bound: ImagePullBackOff after 1s of ErrImagePull at \+31\.100 s did not hold; ImagePullBackOff came at \+31\.600 s, 500 ms after its start, too early\./,
    );
    assert.equal(
      verify(timeline(rounds), options('ErrImagePull -> ImagePullBackOff after 1s')).result,
      'passed',
    );
  });

  it('makes a bound failure a timing failure: retried, and flaky when a later attempt passes', () => {
    const failed = verify(
      timeline(rounds.slice(0, 3), 8200),
      options('ErrImagePull -> ImagePullBackOff within 5s', { timedOut: false }),
    );
    assert.equal(mayBeTiming(failed), true);
    const passed = verify(timeline(rounds), options('ErrImagePull -> ImagePullBackOff within 30s'));
    assert.equal(classifyAttempts([failed, passed]), 'flaky');
  });

  it('measures a step proven by an Event count from when the observer saw the count grow', () => {
    const entries = [
      vm('ErrImagePull', 1000),
      vm('ImagePullBackOff', 2000),
      event('ErrImagePull', 20_000, 2),
      vm('ImagePullBackOff', 20_500),
    ];
    const path = 'ErrImagePull -> ImagePullBackOff -> ErrImagePull within 10s';
    assert.equal(verify(timeline(entries), options(path)).result, 'failed');
    assert.equal(
      verify(timeline(entries), options(path.replace('10s', '20s'))).bounds?.[0]?.elapsedMs,
      18_000,
    );
  });
});

describe('verify: never', () => {
  const running = [...rounds.slice(0, 3), vm('Running', 5000, { resourceVersion: '99' })];

  it('fails at once on a forbidden state, naming the entry that showed it', () => {
    const path = 'ErrImagePull -> ImagePullBackOff, never Running';
    assert.deepEqual(firstDecision(path, running), { decision: 'failed', atMs: 5000 });
    const verdict = verify(timeline(running), options(path, { timedOut: false }));
    assert.equal(verdict.result, 'failed');
    assert.deepEqual(verdict.forbidden, {
      state: 'Running',
      column: 40,
      witness: 'vm',
      seenBy: 'watch',
      atMs: 5000,
      resourceVersion: '99',
    });
    assert.match(
      verdict.explanation,
      /^The VM showed Running at \+5\.000 s \(watch, resourceVersion 99\), which .* forbids \(never Running\)\./,
    );
    assert.equal(mayBeTiming(verdict), false, 'a wrong behaviour is not retried');
  });

  it('fails on the first witness of any kind to show it, an Event included', () => {
    const verdict = verify(
      timeline(rounds),
      options('never ImagePullBackOff', { timedOut: false }),
    );
    assert.equal(verdict.result, 'failed');
    assert.equal(verdict.forbidden?.atMs, 11_000);
    assert.equal(verdict.forbidden?.witness, 'pod');
    const byEvent = verify(
      timeline([event('ImagePullBackOff', 400, 1), ...rounds]),
      options('never ImagePullBackOff', { timedOut: false }),
    );
    assert.equal(byEvent.forbidden?.witness, 'event');
  });

  it('passes an expression of never clauses only when the attempt ends without them', () => {
    const path = 'never Running';
    assert.equal(firstDecision(path), undefined, 'nothing to wait for but the timeout');
    const verdict = verify(timeline(rounds, 60_000), options(path));
    assert.equal(verdict.result, 'passed');
    assert.match(verdict.explanation, /^No witness showed Running in the 1m the attempt lasted/);
  });

  it('ignores a forbidden state that came after the path was complete', () => {
    const verdict = verify(
      timeline([...rounds.slice(0, 5), vm('Running', 20_000)]),
      options('ErrImagePull -> ImagePullBackOff, never Running'),
    );
    assert.equal(verdict.result, 'passed');
  });
});

describe('verify: repetitions of states still to come', () => {
  it('decides without recursing forever when a loop could only be matched by future states', () => {
    // Before: a `+` whose state was still to come looped on itself until the stack overflowed.
    const verdict = verify(
      timeline([vm('ErrImagePull', 100), vm('Running', 1000)], 10_000),
      options('ErrImagePull -> Scheduling+', { timedOut: false }),
    );
    assert.equal(verdict.result, 'inconclusive');
    assert.equal(
      verify(timeline([], 10_000), options('ErrImagePull+ within 1s', { timedOut: false })).result,
      'failed',
    );
  });
});

describe('verify: a state name with invisible characters', () => {
  it('says the VM showed a lookalike, not that a witness missed the state, and does not retry', () => {
    const lookalike = 'Err\u200bImagePull';
    const verdict = verify(
      timeline([
        pod('ErrImagePull', 1000, { message: PULL_MESSAGE }),
        vm(lookalike, 1100),
        vm('ImagePullBackOff', 11_100),
      ]),
      options('ErrImagePull -> ImagePullBackOff'),
    );
    assert.notEqual(verdict.result, 'passed');
    assert.deepEqual(verdict.diagnosis, ['lookalike-state']);
    assert.match(
      verdict.causes[0]!,
      /^The VM reported Err\\u200bImagePull at \+1\.100 s: it looks like ErrImagePull but holds invisible characters/,
    );
    assert.equal(mayBeTiming(verdict), false);
  });
});
