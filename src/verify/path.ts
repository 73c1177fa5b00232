// The `expected-path` language, whitespace-insensitive, state names case-sensitive:
//
//   expression := clause (',' clause)*            at most one seq; 'never' clauses any number
//   clause     := seq | 'never' choice            a state (or choice of states) no witness may show
//   seq        := bounded (('->' | '=>') bounded)*  '->' later, other states may come between
//                                                '=>' immediately next, nothing else in between
//   bounded    := choice (('within' | 'after') DURATION)*
//                                                the choice complete at most / at least DURATION
//                                                after the previous matched step (the VM's creation
//                                                for the first)
//   choice     := repeat ('|' repeat)*
//   repeat     := atom ('+' | '{n}' | '{n,m}' | '{n,}')?
//   atom       := NAME | '"' any name '"' | '(' seq ')'
//
// Unquoted names must be known states (KNOWN_STATES); a near miss gets a suggestion. A quoted
// name is taken as it is, for states this tool does not know. `within`, `after` and `never` are
// keywords (lower case, so they never clash with a state name).
import { formatGoDuration, parseDuration } from '../util/duration.ts';
import { shortValue } from '../util/text.ts';
import { KNOWN_STATES, closestStates } from './states.ts';
import { requiredSteps, expandedSteps } from './path-queries.ts';
import type { Join, PathNode, StateNode } from './types.ts';

export type { Join, PathNode, StateNode } from './types.ts';

/** Largest count in `{n}` / `{n,m}`. */
export const MAX_REPEAT = 20;
/** Most steps a path may have once its repetitions are written out. */
export const MAX_PATH_STEPS = 64;
/** Deepest nesting of parentheses: far more than a path needs, far less than the stack allows. */
export const MAX_NESTING = 32;
/** Characters of the input shown around the column of a syntax error. */
const CONTEXT_CHARS = 40;

/** A parse error in the style of a compiler: the input, a caret under the column, what was expected. */
export class PathSyntaxError extends Error {
  /** 0-based column of the problem in the input. */
  readonly column: number;
  readonly expected: string;
  readonly found: string;
  /** Known state names the author probably meant. */
  readonly suggestions: string[];
  constructor(
    input: string,
    column: number,
    expected: string,
    found: string,
    options: { length?: number; suggestions?: string[]; hint?: string } = {},
  ) {
    const suggestions = options.suggestions ?? [];
    const didYouMean =
      suggestions.length > 0
        ? `; did you mean ${suggestions.map((name) => `'${name}'`).join(' or ')}?`
        : '';
    const hint = options.hint ? `\n  (${options.hint})` : '';
    // A long input is shown around the column only, so the error stays readable.
    const from = Math.max(0, column - CONTEXT_CHARS);
    const to = Math.min(input.length, column + CONTEXT_CHARS);
    const shown =
      (from > 0 ? '…' : '') +
      input.slice(from, to).replace(/\s/g, ' ') +
      (to < input.length ? `… (${input.length} characters)` : '');
    const at = column - from + (from > 0 ? 1 : 0);
    const length = Math.min(options.length ?? 1, to - column);
    const underline = '^' + '~'.repeat(Math.max(0, length - 1));
    super(
      `expected ${expected}, found ${found} at column ${column + 1}${didYouMean}\n` +
        `  ${shown}\n  ${' '.repeat(at)}${underline}${hint}`,
    );
    this.name = 'PathSyntaxError';
    this.column = column;
    this.expected = expected;
    this.found = found;
    this.suggestions = suggestions;
  }
}

const NAME = /[A-Za-z][A-Za-z0-9_]*/y;
const DURATION = /(?:\d+(?:\.\d+)?(?:ms|s|m|h))+/y;
/** The longest bound: an attempt's timeout is at most a day, far below this. */
const MAX_BOUND_MS = 24 * 3_600_000;
const QUOTED = /"([^"\s]+)"/y;
const COUNT = /\{\s*(\d+)\s*(?:(,)\s*(\d+)?\s*)?\}/y;

export function parsePath(input: string): PathNode {
  let pos = 0;
  let depth = 0;
  const skipSpace = () => {
    while (pos < input.length && /\s/.test(input[pos]!)) pos++;
  };
  const tokenAt = (at: number): string => {
    NAME.lastIndex = at;
    const name = NAME.exec(input);
    if (name) return name[0];
    QUOTED.lastIndex = at;
    const quoted = QUOTED.exec(input);
    if (quoted) return quoted[0];
    if (input.startsWith('->', at) || input.startsWith('=>', at)) return input.slice(at, at + 2);
    return input[at] ?? '';
  };
  const fail = (expected: string, at = pos, extra: { hint?: string } = {}): never => {
    const token = tokenAt(at);
    const found = token === '' ? 'end of input' : `'${shortValue(token, CONTEXT_CHARS)}'`;
    throw new PathSyntaxError(input, at, expected, found, { length: token.length, ...extra });
  };
  const take = (token: string) => {
    skipSpace();
    if (!input.startsWith(token, pos)) return false;
    pos += token.length;
    return true;
  };
  const keywordAt = (at: number): string | undefined => {
    NAME.lastIndex = at;
    const word = NAME.exec(input)?.[0];
    return word === 'within' || word === 'after' || word === 'never' ? word : undefined;
  };
  const afterStep = () =>
    `'->', '=>', '|', 'within', 'after', ',' or ${depth > 0 ? "')'" : 'end of input'}`;

  const sequence = (): PathNode => {
    const steps: PathNode[] = [];
    const joins: Join[] = [];
    const add = (node: PathNode, join?: Join) => {
      if (join) joins.push(join);
      // A group inside a sequence adds nothing: its first step takes the incoming join.
      if (node.type === 'sequence') {
        steps.push(...node.steps);
        joins.push(...node.joins);
      } else steps.push(node);
    };
    add(bounded());
    for (;;) {
      if (take('->')) add(bounded(), 'later');
      else if (take('=>')) add(bounded(), 'next');
      else break;
    }
    return steps.length === 1 ? steps[0]! : { type: 'sequence', steps, joins };
  };
  const bounded = (): PathNode => {
    const node = choice();
    let withinMs: number | undefined;
    let afterMs: number | undefined;
    let column: number | undefined;
    for (;;) {
      skipSpace();
      const keyword = keywordAt(pos);
      if (keyword !== 'within' && keyword !== 'after') break;
      const at = pos;
      column ??= at;
      pos += keyword.length;
      const ms = duration();
      if ((keyword === 'within' ? withinMs : afterMs) !== undefined)
        fail(`one '${keyword}' per step`, at, {
          hint: 'to bound a group of steps, put them in parentheses: (A -> B) within 1m',
        });
      if (keyword === 'within') withinMs = ms;
      else afterMs = ms;
      if (withinMs !== undefined && afterMs !== undefined && afterMs > withinMs)
        fail(
          `a lower bound no longer than the upper bound ('within ${formatGoDuration(withinMs)}')`,
          at,
        );
    }
    if (column === undefined) return node;
    return {
      type: 'bounded',
      node,
      column,
      ...(withinMs !== undefined && { withinMs }),
      ...(afterMs !== undefined && { afterMs }),
    };
  };
  const duration = (): number => {
    skipSpace();
    DURATION.lastIndex = pos;
    const text = DURATION.exec(input)?.[0];
    const ms = text === undefined ? undefined : parseDuration(text);
    if (text === undefined || ms === undefined)
      return fail("a duration such as '30s', '2m' or '1m30s'");
    if (ms <= 0 || ms > MAX_BOUND_MS)
      fail(`a duration above 0 and at most ${formatGoDuration(MAX_BOUND_MS)}`, pos, {});
    pos = DURATION.lastIndex;
    return ms;
  };
  const choice = (): PathNode => {
    const options: PathNode[] = [];
    const add = (node: PathNode) => {
      if (node.type === 'choice') options.push(...node.options);
      else options.push(node);
    };
    add(repeat());
    while (take('|')) add(repeat());
    return options.length === 1 ? options[0]! : { type: 'choice', options };
  };
  const repeat = (): PathNode => {
    const node = atom();
    skipSpace();
    const column = pos;
    let min: number;
    let max: number;
    if (take('+')) {
      min = 1;
      max = Infinity;
    } else if (input[pos] === '{') {
      COUNT.lastIndex = pos;
      const count = COUNT.exec(input);
      if (!count) return fail("a count like '{2}', '{1,3}' or '{2,}'", pos);
      min = Number(count[1]);
      max = count[2] === undefined ? min : count[3] === undefined ? Infinity : Number(count[3]);
      if (max === 0 || min > max)
        fail('a count with at least one repetition and min <= max', column, {
          hint: `'${count[0]}' allows no repetition`,
        });
      if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT))
        fail(`a count of at most ${MAX_REPEAT}`, column);
      pos = COUNT.lastIndex;
    } else return node;
    if (max === Infinity && requiredSteps(node) === 0)
      fail('an unbounded repetition of something that requires at least one state', column);
    const repeated: PathNode = { type: 'repeat', node, min, max, column };
    if (expandedSteps(repeated) > MAX_PATH_STEPS)
      fail(`a path of at most ${MAX_PATH_STEPS} steps once repetitions are written out`, column);
    return repeated;
  };
  const atom = (): PathNode => {
    skipSpace();
    const column = pos;
    if (take('(')) {
      depth++;
      if (depth > MAX_NESTING) fail(`at most ${MAX_NESTING} nested parentheses`, column);
      const inner = sequence();
      if (!take(')')) fail(afterStep());
      depth--;
      return inner;
    }
    QUOTED.lastIndex = pos;
    const quoted = QUOTED.exec(input);
    if (quoted) {
      pos = QUOTED.lastIndex;
      return { type: 'state', name: quoted[1]!, column, quoted: true };
    }
    const keyword = keywordAt(pos);
    if (keyword)
      fail("a state name, a quoted name or '('", pos, {
        hint:
          keyword === 'never'
            ? "'never' starts a clause of its own after a comma: A -> B, never Running"
            : `'${keyword}' follows the step it bounds: A -> B ${keyword} 30s`,
      });
    NAME.lastIndex = pos;
    const name = NAME.exec(input);
    if (!name) return fail("a state name, a quoted name or '('");
    if (!KNOWN_STATES.includes(name[0])) {
      throw new PathSyntaxError(
        input,
        column,
        'a known state name (a VM printableStatus, VMI or pod phase, or kubelet waiting reason)',
        `'${shortValue(name[0], CONTEXT_CHARS)}'`,
        {
          length: name[0].length,
          suggestions: closestStates(name[0]),
          hint: `quote it, "${shortValue(name[0], CONTEXT_CHARS)}", to match a state this tool does not know`,
        },
      );
    }
    pos = NAME.lastIndex;
    return { type: 'state', name: name[0], column };
  };

  const clause = (): { path?: PathNode; never?: StateNode[] } => {
    skipSpace();
    if (keywordAt(pos) !== 'never') return { path: sequence() };
    const column = pos;
    pos += 'never'.length;
    const node = choice();
    const states = node.type === 'choice' ? node.options : [node];
    if (!states.every((state) => state.type === 'state'))
      fail("a state or a choice of states after 'never'", column, {
        hint: 'never (Running | Stopped)',
      });
    return { never: states as StateNode[] };
  };

  let path: PathNode | undefined;
  const never: StateNode[] = [];
  for (;;) {
    const at = (skipSpace(), pos);
    const next = clause();
    if (next.path) {
      if (path) fail("at most one path of steps; join steps with '->'", at);
      path = next.path;
    }
    never.push(...(next.never ?? []));
    if (!take(',')) break;
  }
  skipSpace();
  if (pos < input.length) fail(afterStep());
  if (path && requiredSteps(path) === 0) {
    throw new PathSyntaxError(input, 0, 'a path that requires at least one state', 'none', {
      length: input.length,
    });
  }
  if (path && expandedSteps(path) > MAX_PATH_STEPS)
    fail(`a path of at most ${MAX_PATH_STEPS} steps once repetitions are written out`, 0);
  if (never.length === 0) return path!;
  return { type: 'expression', ...(path && { path }), never };
}
