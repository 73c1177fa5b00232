// What a parsed path asks for: how many steps it needs, which states it names, which it forbids,
// and the path written back in the language (formatPath, formatBound). The parser is path.ts.
import { formatGoDuration } from '../util/duration.ts';
import type { PathNode, StateNode } from './types.ts';

/** The fewest steps any match of the path takes. */
export function requiredSteps(node: PathNode): number {
  switch (node.type) {
    case 'state':
      return 1;
    case 'sequence':
      return node.steps.reduce((sum, step) => sum + requiredSteps(step), 0);
    case 'choice':
      return Math.min(...node.options.map(requiredSteps));
    case 'repeat':
      return node.min * requiredSteps(node.node);
    case 'bounded':
      return requiredSteps(node.node);
    case 'expression':
      return node.path ? requiredSteps(node.path) : 0;
  }
}

/** The size of the path written out: unbounded repetitions count one more round. */
export function expandedSteps(node: PathNode): number {
  switch (node.type) {
    case 'state':
      return 1;
    case 'sequence':
      return node.steps.reduce((sum, step) => sum + expandedSteps(step), 0);
    case 'choice':
      return node.options.reduce((sum, option) => sum + expandedSteps(option), 0);
    case 'repeat':
      return (node.max === Infinity ? node.min + 1 : node.max) * expandedSteps(node.node);
    case 'bounded':
      return expandedSteps(node.node);
    case 'expression':
      return node.path ? expandedSteps(node.path) : 0;
  }
}

/** Every state name the path's steps mention (not its `never` states). */
export function pathStates(node: PathNode): Set<string> {
  switch (node.type) {
    case 'state':
      return new Set([node.name]);
    case 'sequence':
      return new Set(node.steps.flatMap((step) => [...pathStates(step)]));
    case 'choice':
      return new Set(node.options.flatMap((option) => [...pathStates(option)]));
    case 'repeat':
    case 'bounded':
      return pathStates(node.node);
    case 'expression':
      return node.path ? pathStates(node.path) : new Set();
  }
}

/** The path's main part: the steps, without the `never` clauses; absent when it has none. */
export function stepsOf(node: PathNode): PathNode | undefined {
  return node.type === 'expression' ? node.path : node;
}

/** The states no witness may show during the attempt (`never` clauses). */
export function forbiddenStates(node: PathNode): StateNode[] {
  return node.type === 'expression' ? node.never : [];
}

/** A bound as written in canonical form: ` after 5s within 1m`. */
export function formatBound(bound: { withinMs?: number; afterMs?: number }): string {
  return (
    (bound.afterMs !== undefined ? ` after ${formatGoDuration(bound.afterMs)}` : '') +
    (bound.withinMs !== undefined ? ` within ${formatGoDuration(bound.withinMs)}` : '')
  );
}

/** The path in canonical form; `parsePath(formatPath(p))` gives `p` back (columns aside). */
export function formatPath(node: PathNode): string {
  switch (node.type) {
    case 'state':
      return node.quoted ? `"${node.name}"` : node.name;
    case 'sequence':
      return node.steps
        .map(
          (step, i) =>
            (i === 0 ? '' : node.joins[i - 1] === 'next' ? ' => ' : ' -> ') + formatPath(step),
        )
        .join('');
    case 'choice':
      return node.options
        .map((option) =>
          option.type === 'sequence' || option.type === 'bounded'
            ? `(${formatPath(option)})`
            : formatPath(option),
        )
        .join(' | ');
    case 'bounded': {
      const inner =
        node.node.type === 'sequence' || node.node.type === 'bounded'
          ? `(${formatPath(node.node)})`
          : formatPath(node.node);
      return `${inner}${formatBound(node)}`;
    }
    case 'expression': {
      const never = node.never.map((state) => formatPath(state));
      const clause = `never ${never.length === 1 ? never[0] : `(${never.join(' | ')})`}`;
      return node.path ? `${formatPath(node.path)}, ${clause}` : clause;
    }
    case 'repeat': {
      const inner =
        node.node.type === 'state' ? formatPath(node.node) : `(${formatPath(node.node)})`;
      if (node.max === Infinity) return inner + (node.min === 1 ? '+' : `{${node.min},}`);
      return inner + (node.min === node.max ? `{${node.min}}` : `{${node.min},${node.max}}`);
    }
  }
}
