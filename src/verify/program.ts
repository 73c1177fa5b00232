// A path compiled to a small backtracking program (as a regular expression engine does), so the
// matcher walks one flat list instead of the tree, with repetitions and alternatives as jumps.
import { type Join, type PathNode } from './path.ts';
import { formatPath } from './path-queries.ts';

export type Instruction =
  /** Match one state, joined to the previous match by `join`. */
  | { op: 'step'; name: string; join: Join; column: number }
  /** Continue at each target in turn (earlier targets preferred). */
  | { op: 'split'; targets: number[] }
  | { op: 'jump'; target: number }
  /** Remember the previous match (or the VM's creation) as the start of bound `mark`. */
  | { op: 'mark'; mark: number }
  /**
   * The last match must be at least `afterMs` and at most `withinMs` after the start of bound
   * `mark`. `column` is where the bound is written, the same for every round of a repetition.
   */
  | {
      op: 'check';
      mark: number;
      withinMs?: number;
      afterMs?: number;
      column: number;
      /** What it bounds, in canonical form (`ImagePullBackOff`, `ErrImagePull -> ImagePullBackOff`). */
      what: string;
    }
  | { op: 'done' };

export function compilePath(path: PathNode): Instruction[] {
  const code: Instruction[] = [];
  const emit = (instruction: Instruction) => code.push(instruction) - 1;
  const split = (): { op: 'split'; targets: number[] } => {
    const instruction = { op: 'split' as const, targets: [] as number[] };
    emit(instruction);
    return instruction;
  };

  let marks = 0;
  const compile = (node: PathNode, join: Join): void => {
    switch (node.type) {
      case 'expression':
        if (node.path) compile(node.path, join);
        return;
      case 'bounded': {
        const mark = marks++;
        emit({ op: 'mark', mark });
        compile(node.node, join);
        emit({
          op: 'check',
          mark,
          column: node.column,
          what: formatPath(node.node),
          ...(node.withinMs !== undefined && { withinMs: node.withinMs }),
          ...(node.afterMs !== undefined && { afterMs: node.afterMs }),
        });
        return;
      }
      case 'state':
        emit({ op: 'step', name: node.name, join, column: node.column });
        return;
      case 'sequence':
        node.steps.forEach((step, i) => compile(step, i === 0 ? join : node.joins[i - 1]!));
        return;
      case 'choice': {
        const branch = split();
        const exits: { op: 'jump'; target: number }[] = [];
        for (const option of node.options) {
          branch.targets.push(code.length);
          compile(option, join);
          const exit = { op: 'jump' as const, target: -1 };
          emit(exit);
          exits.push(exit);
        }
        for (const exit of exits) exit.target = code.length;
        return;
      }
      case 'repeat': {
        // Rounds after the first follow the previous round later (`->`): `(A => B){2}` is
        // `A => B -> A => B`. Optional rounds are tried before skipping them, so a verdict shows
        // every round it found.
        const round = (i: number) => compile(node.node, i === 0 ? join : 'later');
        for (let i = 0; i < node.min; i++) round(i);
        if (node.max === Infinity) {
          // `{0,}`: the first round keeps the incoming join, so it cannot share the loop's code.
          const skipAll = node.min === 0 ? split() : undefined;
          if (skipAll) {
            skipAll.targets.push(code.length);
            round(0);
          }
          const loop = code.length;
          const branch = split();
          branch.targets.push(code.length);
          round(Math.max(node.min, 1));
          emit({ op: 'jump', target: loop });
          branch.targets.push(code.length);
          skipAll?.targets.push(code.length);
          return;
        }
        const skips: { op: 'split'; targets: number[] }[] = [];
        for (let i = node.min; i < node.max; i++) {
          const branch = split();
          branch.targets.push(code.length);
          skips.push(branch);
          round(i);
        }
        for (const branch of skips) branch.targets.push(code.length);
        return;
      }
    }
  };

  compile(path, 'later');
  emit({ op: 'done' });
  return code;
}
