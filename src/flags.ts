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
  const { values } = parseArgs({ args, options, allowPositionals: false, strict: true });
  const strings: Record<string, string | undefined> = {};
  let help = false;
  for (const [name, value] of Object.entries(values)) {
    if (name === 'help') help = value === true;
    else if (typeof value === 'string') strings[name] = value;
    else if (Array.isArray(value)) strings[name] = String(value.at(-1));
  }
  return { values: strings, help };
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
