import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

export const README_START =
  '<!-- action-contract:start (generated from action.yml by `npm run generate`) -->';
export const README_END = '<!-- action-contract:end -->';

function load(actionYml: string): ActionYml {
  return parse(actionYml) as ActionYml;
}

/** Formats generated text as `npm run format` would, so the two never fight. */
async function prettified(text: string, file: string): Promise<string> {
  const options = await resolveConfig(file);
  return format(text, { ...options, filepath: file });
}

/** The TypeScript module that src/config/ reads its defaults from. */
export async function renderContract(actionYml: string, file: string): Promise<string> {
  const action = load(actionYml);
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
  );
  const descriptions = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      input.description.replace(/\s+/g, ' ').trim(),
    ]),
  );
  const source = [
    '// Generated from action.yml by `npm run generate`. Do not edit: change action.yml instead.',
    '',
    '/** Every input of the action with its default, exactly as action.yml declares it. */',
    `export const INPUT_DEFAULTS = ${JSON.stringify(inputs, null, 2)} as const;`,
    '',
    'export type InputName = keyof typeof INPUT_DEFAULTS;',
    '',
    "/** What each input does, as action.yml describes it: the flags of the CLI's `--help`. */",
    `export const INPUT_DESCRIPTIONS: Record<InputName, string> = ${JSON.stringify(descriptions, null, 2)};`,
    '',
    '/** Every output of the action. */',
    `export const OUTPUT_NAMES = ${JSON.stringify(Object.keys(action.outputs), null, 2)} as const;`,
    '',
    'export type OutputName = (typeof OUTPUT_NAMES)[number];',
    '',
  ].join('\n');
  return prettified(source, file);
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function renderTables(action: ActionYml): string {
  const lines = ['### Inputs', '', '| input | default | description |', '| --- | --- | --- |'];
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = input.default ?? '';
    const shown = value === '' ? '' : `\`${cell(value)}\``;
    lines.push(`| \`${name}\` | ${shown} | ${cell(input.description)} |`);
  }
  lines.push('', '### Outputs', '', '| output | description |', '| --- | --- |');
  for (const [name, output] of Object.entries(action.outputs)) {
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  }
  return lines.join('\n');
}

/** The README with its inputs and outputs tables rendered from action.yml. */
export async function renderReadme(
  readme: string,
  actionYml: string,
  file: string,
): Promise<string> {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md lacks the markers ${README_START} ... ${README_END}`);
  }
  const tables = renderTables(load(actionYml));
  const replaced = `${readme.slice(0, start + README_START.length)}\n\n${tables}\n\n${readme.slice(end)}`;
  return prettified(replaced, file);
}
