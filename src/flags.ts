// Command-line flags of `kubevirt-transition-check` and `npm run demo`: the action's inputs are
// flags of the same name (declared from the contract generated from action.yml), next to a
// command's own flags; anything else is an error. `--help` lists them with action.yml's words.
import { parseArgs } from 'node:util';
import { INPUT_DEFAULTS, INPUT_DESCRIPTIONS, type InputName } from './contract.ts';

export interface FlagSpec {
  description: string;
  /** A switch without a value (`--help`). */
  boolean?: boolean;
  short?: string;
  /** What the value looks like in the help (`PATH`, `text|json`). */
  value?: string;
  default?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

/** The inputs of the action as flags, in action.yml's order. */
export function inputFlags(names: readonly InputName[] = inputNames()): FlagSpecs {
  return Object.fromEntries(
    names.map((name) => [
      name,
      { description: INPUT_DESCRIPTIONS[name], default: INPUT_DEFAULTS[name], value: 'VALUE' },
    ]),
  );
}

export function inputNames(): InputName[] {
  return Object.keys(INPUT_DEFAULTS) as InputName[];
}

export const HELP_FLAG: FlagSpecs = {
  help: { description: 'Print this help.', boolean: true, short: 'h' },
};

export interface ParsedFlags {
  values: Record<string, string | undefined>;
  help: boolean;
}

/** Parses `args` against the declared flags; an undeclared flag or a stray word throws. */
export function parseFlags(args: string[], specs: FlagSpecs): ParsedFlags {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = {
      type: spec.boolean ? 'boolean' : 'string',
      ...(spec.short && { short: spec.short }),
    };
  }
  let values: ReturnType<typeof parseArgs>['values'];
  try {
    ({ values } = parseArgs({ args, options, allowPositionals: false, strict: true }));
  } catch (error) {
    throw clearFlagError(error, Object.keys(specs));
  }
  const strings: Record<string, string | undefined> = {};
  let help = false;
  for (const [name, value] of Object.entries(values)) {
    if (name === 'help') help = value === true;
    else if (typeof value === 'string') strings[name] = value;
    else if (Array.isArray(value)) strings[name] = String(value.at(-1));
  }
  return { values: strings, help };
}

/**
 * Node's parseArgs errors in this CLI's words, naming the flag and what it needs, as kubectl
 * does: `flag --fail-on-flaky needs a value`, `unknown flag --timout (did you mean --timeout?)`.
 * Anything else passes through.
 */
export function clearFlagError(error: unknown, names: readonly string[]): unknown {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message !== 'string') return error;
  const flag = /^Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    const before = /argument is ambiguous/.test(message) ? ', before the next flag' : '';
    return new Error(
      `flag ${flag} needs a value${before}: ${flag} VALUE or ${flag}=VALUE (a value that starts with '-' only as ${flag}=VALUE)`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /^Unknown option '([^']+)'/.exec(message)?.[1] ?? '';
    const near = closest(given.replace(/^-+/, '').split('=')[0] ?? '', names);
    return new Error(`unknown flag ${given}${near ? ` (did you mean --${near}?)` : ''}`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const word = /^Unexpected argument '([^']*)'/.exec(message)?.[1] ?? '';
    return new Error(`unexpected argument '${word}': every value follows its flag (--flag VALUE)`);
  }
  return error;
}

/** The name nearest to `word` within a third of its length in edits, if any. */
function closest(word: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (
      distance <= Math.max(1, Math.floor(name.length / 3)) &&
      distance < (best?.distance ?? Infinity)
    )
      best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}

/** The flags as an indented list: each flag, its description wrapped to `width`, its default. */
export function renderFlags(specs: FlagSpecs, width = 100): string {
  const lines: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const short = spec.short ? `-${spec.short}, ` : '';
    lines.push(`  ${short}--${name}${spec.boolean ? '' : ` ${spec.value ?? 'VALUE'}`}`);
    const shown = spec.default
      ? `${spec.description} (default: ${spec.default})`
      : spec.description;
    lines.push(...wrap(shown, Math.max(40, width - 6)).map((line) => `      ${line}`));
  }
  return lines.join('\n');
}

/** Greedy word wrap; a word longer than the width stays whole on its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
