// The `expected-path` language:  path := seq ; seq := alt ('->' alt)* ; alt := rep ('|' rep)* ;
// rep := atom ('{n}' | '{n,m}' | '+')? ; atom := STATE | '(' seq ')'.

export type PathNode =
  | { type: 'state'; name: string; column: number }
  | { type: 'sequence'; steps: PathNode[] }
  | { type: 'choice'; options: PathNode[] }
  | { type: 'repeat'; node: PathNode; min: number; max: number };

/** A parse error in the style of a compiler: the input, a caret under the column, what was expected. */
export class PathSyntaxError extends Error {
  readonly column: number;
  readonly expected: string;
  constructor(input: string, column: number, expected: string, found: string) {
    super(
      `expected ${expected}, found ${found} at column ${column + 1}\n  ${input}\n  ${' '.repeat(column)}^`,
    );
    this.name = 'PathSyntaxError';
    this.column = column;
    this.expected = expected;
  }
}

const STATE_NAME = /[A-Za-z][A-Za-z0-9_.:-]*/y;

export function parsePath(input: string): PathNode {
  let pos = 0;
  const skipSpace = () => {
    while (pos < input.length && /\s/.test(input[pos]!)) pos++;
  };
  const found = () => (pos >= input.length ? 'end of input' : `'${input[pos]}'`);
  const fail = (expected: string): never => {
    throw new PathSyntaxError(input, pos, expected, found());
  };
  const take = (token: string) => {
    skipSpace();
    if (input.startsWith(token, pos)) {
      pos += token.length;
      return true;
    }
    return false;
  };

  const sequence = (): PathNode => {
    const steps = [choice()];
    while (take('->')) steps.push(choice());
    return steps.length === 1 ? steps[0]! : { type: 'sequence', steps };
  };
  const choice = (): PathNode => {
    const options = [repeat()];
    while (take('|')) options.push(repeat());
    return options.length === 1 ? options[0]! : { type: 'choice', options };
  };
  const repeat = (): PathNode => {
    const node = atom();
    if (take('+')) return { type: 'repeat', node, min: 1, max: Infinity };
    if (!take('{')) return node;
    skipSpace();
    const bounds = /(\d+)\s*(?:,\s*(\d+))?\s*\}/y;
    bounds.lastIndex = pos;
    const match = bounds.exec(input);
    if (!match) fail("a count like '{2}' or '{1,3}'");
    const min = Number(match![1]);
    const max = match![2] === undefined ? min : Number(match![2]);
    if (max < min || max === 0)
      fail(`a range with 0 < min <= max, not {${match![1]},${match![2]}}`);
    pos = bounds.lastIndex;
    return { type: 'repeat', node, min, max };
  };
  const atom = (): PathNode => {
    skipSpace();
    if (take('(')) {
      const inner = sequence();
      if (!take(')')) fail("')' to close the group");
      return inner;
    }
    STATE_NAME.lastIndex = pos;
    const match = STATE_NAME.exec(input);
    if (!match) return fail('a state name or (');
    const node: PathNode = { type: 'state', name: match[0], column: pos };
    pos = STATE_NAME.lastIndex;
    return node;
  };

  const node = sequence();
  skipSpace();
  if (pos < input.length) fail("'->', '|' or end of input");
  return node;
}
