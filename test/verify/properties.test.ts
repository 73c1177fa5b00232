import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { StateEntry } from '../../src/observe/types.ts';
import { PathSyntaxError, parsePath, type Join, type PathNode } from '../../src/verify/path.ts';
import { formatPath } from '../../src/verify/path-queries.ts';
import type { WitnessChoice } from '../../src/verify/types.ts';
import { trackPath, verify } from '../../src/verify/verify.ts';
import { options, seen, timeline } from '../support/timelines.ts';

/** States paths are made of; none of them rules another out. */
const ALPHABET = ['ErrImagePull', 'ImagePullBackOff', 'Starting', 'Scheduling', 'Pending'];
/** States the paths never name, to put between steps. */
const NOISE = ['Unknown', 'Provisioning', 'Scheduled', 'ContainerCreating'];

function pathTree(depth: number): fc.Arbitrary<PathNode> {
  const leaf = fc
    .constantFrom(...ALPHABET)
    .map((name): PathNode => ({ type: 'state', name, column: 0 }));
  if (depth === 0) return leaf;
  const inner = pathTree(depth - 1);
  const join = fc.constantFrom<Join>('later', 'later', 'next');
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 3,
      arbitrary: fc
        .array(fc.tuple(inner, join), { minLength: 2, maxLength: 4 })
        .map((steps): PathNode => ({
          type: 'sequence',
          steps: steps.map(([step]) => step),
          joins: steps.slice(1).map(([, join]) => join),
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(inner, { minLength: 2, maxLength: 3 })
        .map((options): PathNode => ({ type: 'choice', options })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(inner, fc.nat(3), fc.nat(3), fc.boolean())
        .map(([node, min, extra, unbounded]): PathNode => ({
          type: 'repeat',
          node,
          min,
          max: unbounded ? Infinity : Math.max(min + extra, 1),
        })),
    },
  );
}

/** The paths the parser accepts, in their parsed (normalised) form. */
function accepted(trees: fc.Arbitrary<PathNode>): fc.Arbitrary<PathNode> {
  return trees
    .map((tree) => {
      try {
        return parsePath(formatPath(tree));
      } catch {
        return undefined;
      }
    })
    .filter((path): path is PathNode => path !== undefined);
}

/** Paths as the parser reads them back: formatting then parsing gives the same text again. */
function assertRoundTrips(paths: fc.Arbitrary<PathNode>): void {
  fc.assert(
    fc.property(paths, (path) => {
      assert.equal(formatPath(parsePath(formatPath(path))), formatPath(path));
    }),
  );
}

const validPath = accepted(pathTree(3));

/** One way through the path: the states in order, each with how it joins the previous one. */
function sample(path: PathNode, tape: () => number): { state: string; join: Join }[] {
  const out: { state: string; join: Join }[] = [];
  const walk = (node: PathNode, join: Join): void => {
    switch (node.type) {
      case 'state':
        out.push({ state: node.name, join });
        return;
      case 'sequence':
        node.steps.forEach((step, i) => walk(step, i === 0 ? join : node.joins[i - 1]!));
        return;
      case 'choice':
        walk(node.options[tape() % node.options.length]!, join);
        return;
      case 'repeat': {
        const most = node.max === Infinity ? node.min + 2 : node.max;
        const count = node.min + (tape() % (most - node.min + 1));
        for (let i = 0; i < count; i++) walk(node.node, i === 0 ? join : 'later');
      }
    }
  };
  walk(path, 'later');
  return out;
}

/**
 * What one witness would report for these steps: noise between `->` steps, none between `=>`
 * steps. `undefined` when no witness could report it (`A => A`: a state is entered once).
 */
function report(
  steps: { state: string; join: Join }[],
  tape: () => number,
  noise: readonly string[],
): string[] | undefined {
  const states: string[] = [];
  for (const { state, join } of steps) {
    if (join === 'later') {
      for (let n = tape() % 3; n > 0; n--) {
        const extra = noise[tape() % noise.length]!;
        if (states.at(-1) !== extra) states.push(extra);
      }
      if (states.at(-1) === state) states.push(NOISE[0]!);
    } else if (states.at(-1) === state) return undefined;
    states.push(state);
  }
  return states;
}

/** The witness's entries, one a second; under `any`, the pod reports and the VM lags behind. */
function entriesFor(states: string[], witness: WitnessChoice, lagMs: number): StateEntry[] {
  if (witness !== 'any') return states.map((state, i) => seen(witness, state, i * 1000));
  return [
    ...states.map((state, i) => seen('pod', state, i * 1000)),
    ...states.map((state, i) => seen('vm', state, i * 1000 + lagMs)),
  ].sort((a, b) => a.atMs - b.atMs);
}

const tapeOf = (numbers: number[]) => {
  let i = 0;
  return () => numbers[i++ % numbers.length]!;
};
const witnessChoice = fc.constantFrom<WitnessChoice>('vm', 'pod', 'any');
const tape = fc.array(fc.nat(1000), { minLength: 1, maxLength: 64 });

describe('properties', () => {
  it('formats every path so that it parses back to itself', () => {
    assertRoundTrips(validPath);
  });

  it('rejects any text only with a PathSyntaxError pointing into the input', () => {
    const token = fc.constantFrom(
      'ErrImagePull',
      'ImagePullBackOff',
      'Runing',
      '"X"',
      '->',
      '=>',
      '-',
      '>',
      '|',
      '(',
      ')',
      '{2}',
      '{1,3}',
      '{0}',
      '{',
      '+',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const input = tokens.join('');
        try {
          parsePath(input);
        } catch (error) {
          assert.ok(error instanceof PathSyntaxError, String(error));
          assert.ok(error.column >= 0 && error.column <= input.length);
        }
      }),
    );
  });

  it('matches every timeline built from the path, and decides so no later than its last entry', () => {
    fc.assert(
      fc.property(validPath, tape, witnessChoice, fc.nat(3500), (path, numbers, witness, lagMs) => {
        const next = tapeOf(numbers);
        const states = report(sample(path, next), next, [...NOISE, ...ALPHABET]);
        fc.pre(states !== undefined);
        const entries = entriesFor(states, witness, lagMs);
        const text = formatPath(path);
        const verdict = verify(timeline(entries), options(text, { witness }));
        assert.equal(verdict.result, 'passed', `${text} on ${states.join(' ')}`);

        const tracker = trackPath(options(text, { witness }));
        let decided = false;
        for (let i = 1; i <= entries.length; i++) {
          const decision = tracker.decide(timeline(entries.slice(0, i)));
          assert.notEqual(decision, 'failed');
          if (decided) assert.equal(decision, 'passed', 'a pass stays a pass');
          decided ||= decision === 'passed';
        }
        assert.ok(decided);
      }),
    );
  });

  it('fails to match once any required step is taken out of the timeline', () => {
    const linear = fc.array(
      fc.tuple(fc.constantFrom(...ALPHABET), fc.constantFrom<Join>('later', 'next')),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(
        linear,
        tape,
        witnessChoice,
        fc.nat(3500),
        fc.nat(),
        (steps, numbers, witness, lagMs, pick) => {
          const path: PathNode =
            steps.length === 1
              ? { type: 'state', name: steps[0]![0], column: 0 }
              : {
                  type: 'sequence',
                  steps: steps.map(([name]) => ({ type: 'state', name, column: 0 })),
                  joins: steps.slice(1).map(([, join]) => join),
                };
          const text = formatPath(path);
          const next = tapeOf(numbers);
          const wanted = steps.map(([state], i) => ({
            state,
            join: i === 0 ? ('later' as const) : steps[i]![1],
          }));
          const states = report(wanted, next, NOISE);
          fc.pre(states !== undefined);
          assert.equal(
            verify(timeline(entriesFor(states, witness, lagMs)), options(text, { witness })).result,
            'passed',
          );

          // Take out one of the path's own states (noise never names one), on every witness.
          const own = states.flatMap((state, i) => (ALPHABET.includes(state) ? [i] : []));
          const removed = own[pick % own.length]!;
          const fewer = states.filter((_, i) => i !== removed);
          const verdict = verify(
            timeline(entriesFor(fewer, witness, lagMs)),
            options(text, { witness }),
          );
          assert.notEqual(
            verdict.result,
            'passed',
            `${text} on ${fewer.join(' ')} (${witness}, lag ${lagMs}ms)`,
          );
        },
      ),
    );
  });
});

/** A path with time bounds on some of its parts, and sometimes `never` clauses. */
function boundedTree(depth: number): fc.Arbitrary<PathNode> {
  const bound = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.nat(3));
  return pathTree(depth).chain((tree) =>
    fc
      .tuple(fc.constant(tree), fc.array(bound, { maxLength: 4 }), fc.boolean())
      .map(([node, bounds, never]): PathNode => {
        let path = node;
        for (const [ms, kind] of bounds) {
          // kind 0: within, 1: after, 2: both, 3: a bound on the whole so far, from creation.
          const within = kind !== 1 ? ms : undefined;
          const after = kind === 1 || kind === 2 ? Math.floor(ms / 2) + 1 : undefined;
          const sequence = path.type === 'sequence' ? path : undefined;
          path =
            sequence && kind !== 3
              ? {
                  ...sequence,
                  steps: sequence.steps.map((step, i) =>
                    i === sequence.steps.length - 1 - (ms % sequence.steps.length)
                      ? bounded(step, within, after)
                      : step,
                  ),
                }
              : bounded(path, within, after);
        }
        return never
          ? { type: 'expression', path, never: [{ type: 'state', name: 'Running', column: 0 }] }
          : path;
      }),
  );
}

function bounded(node: PathNode, withinMs?: number, afterMs?: number): PathNode {
  return {
    type: 'bounded',
    node,
    column: 0,
    ...(withinMs !== undefined && { withinMs }),
    ...(afterMs !== undefined && { afterMs }),
  };
}

const validBoundedPath = accepted(boundedTree(2));

/** A random timeline: states of the alphabet (and Running) on random witnesses at random times. */
const randomEntries = fc
  .array(
    fc.tuple(
      fc.constantFrom(...ALPHABET, ...NOISE, 'Running'),
      fc.constantFrom<'vm' | 'pod' | 'vmi'>('vm', 'vm', 'pod', 'vmi'),
      fc.integer({ min: 0, max: 60_000 }),
    ),
    { maxLength: 30 },
  )
  .map((entries) =>
    entries
      .map(([state, witness, atMs]) => seen(witness, state, atMs))
      .sort((a, b) => a.atMs - b.atMs),
  );

describe('properties: bounds and never', () => {
  it('formats every bounded path so that it parses back to itself', () => {
    assertRoundTrips(validBoundedPath);
  });

  it('never throws, and never passes a path whose bound was exceeded or whose never state came', () => {
    fc.assert(
      fc.property(validBoundedPath, randomEntries, witnessChoice, (path, entries, witness) => {
        const text = formatPath(path);
        const verdict = verify(timeline(entries, 60_000), options(text, { witness }));
        if (verdict.result !== 'passed') return;
        const atOf = (step: number | undefined) =>
          step === undefined ? 0 : verdict.matched[step]!.atMs;
        for (const bound of verdict.bounds ?? []) {
          const elapsed = atOf(bound.toStep) - atOf(bound.fromStep);
          assert.equal(bound.elapsedMs, elapsed, text);
          if (bound.withinMs !== undefined) assert.ok(elapsed <= bound.withinMs, text);
          if (bound.afterMs !== undefined) assert.ok(elapsed >= bound.afterMs, text);
        }
        if (text.includes('never Running')) {
          const end = Math.max(...verdict.matched.map((step) => step.atMs), 0);
          assert.ok(
            !entries.some((entry) => entry.state === 'Running' && entry.atMs <= end),
            `${text} passed over a Running`,
          );
        }
      }),
    );
  });

  it('a bound that cannot bind changes nothing: within 24h matches as the bare path does', () => {
    fc.assert(
      fc.property(validPath, randomEntries, witnessChoice, (path, entries, witness) => {
        const text = formatPath(path);
        const bare = verify(timeline(entries, 60_000), options(text, { witness }));
        const loose = verify(
          timeline(entries, 60_000),
          options(`(${text}) within 24h`, { witness }),
        );
        assert.equal(loose.result, bare.result, text);
        assert.deepEqual(
          loose.matched.map((step) => step.atMs),
          bare.matched.map((step) => step.atMs),
          text,
        );
      }),
    );
  });

  it('decides early only what the verdict at that moment says', () => {
    fc.assert(
      fc.property(validBoundedPath, randomEntries, (path, entries) => {
        const text = formatPath(path);
        const tracker = trackPath(options(text));
        for (let now = 0; now <= 60_000; now += 5000) {
          const seenSoFar = timeline(
            entries.filter((entry) => entry.atMs <= now),
            now,
          );
          const decision = tracker.decide(seenSoFar, now);
          if (decision === undefined) continue;
          const verdict = verify(seenSoFar, options(text, { timedOut: false }));
          assert.equal(verdict.result, decision, `${text} at ${now}`);
        }
      }),
    );
  });
});
