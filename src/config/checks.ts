// The `checks` input: a YAML list of checks, inline or in a file of the repository, read and
// checked for its shape (a list of mappings with known fields, a unique name, a preset or a
// manifest). config.ts then reads each item's fields with the step's own rules.
import { readFileSync, statSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { isPresetName, PRESET_NAMES, type PresetName } from '../presets.ts';
import { errorMessage, InputError } from '../util/errors.ts';
import { shortValue } from '../util/text.ts';

/** The fields of one item; every one but `name` and `scenario` is also a step input. */
export const CHECK_FIELDS = [
  'name',
  'scenario',
  'vm-manifest',
  'expected-path',
  'expected-message',
  'witness',
  'timeout',
  'attempts',
] as const;

export type CheckField = (typeof CHECK_FIELDS)[number];
/** The fields an item may set that are step inputs too (and read by the same rules). */
export type CheckInput = Exclude<CheckField, 'name' | 'scenario'>;

/** One item of the list as written, before its inputs are read. */
export interface CheckItem {
  /** Its place in the list, from 0: `checks[2]`. */
  index: number;
  name: string;
  scenario?: PresetName;
  /** The inputs it sets, as text. */
  inputs: Partial<Record<CheckInput, string>>;
}

/** More checks than this in one step is a mistake, and more VMs than a runner's cluster holds. */
export const MAX_CHECKS = 50;
/** A list file larger than this is not a list of checks. */
export const MAX_CHECKS_BYTES = 256 * 1024;
const MAX_NAME = 100;

/** `checks[2].timeout (check 'pvc')`: where in the list a problem is. */
export function itemPlace(index: number, field?: string, name?: string): string {
  return `checks[${index}]${field ? `.${field}` : ''}${name ? ` (check '${shortValue(name)}')` : ''}`;
}

/** A problem of the `checks` input at one item (and field). */
export function itemProblem(index: number, detail: string, field?: string, name?: string) {
  return new InputError('checks', `${itemPlace(index, field, name)}: ${detail}`);
}

/** Inline YAML (a line break, or a list's `-` / `[` first) or else the path of a file. */
function listText(value: string): string {
  if (/\n/.test(value) || /^\s*[-[]/.test(value)) return value;
  let size: number;
  try {
    size = statSync(value).size;
  } catch (error) {
    throw new InputError(
      'checks',
      `'${shortValue(value)}' is neither a YAML list nor a file that can be read (${shortValue(errorMessage(error))}). Give the list inline (a line per item, starting with '- name: …') or the path of a file in the repository.`,
    );
  }
  if (size > MAX_CHECKS_BYTES) {
    throw new InputError(
      'checks',
      `${shortValue(value)}: ${size} bytes is more than a list of checks needs (at most ${MAX_CHECKS_BYTES}).`,
    );
  }
  return readFileSync(value, 'utf8');
}

/** A scalar as the text an input would hold; undefined for a list or mapping. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The items of `checks` (empty when it is not set), with every problem of their shape: all
 * items are looked at, so one run names every bad one.
 */
export function readCheckItems(value: string): { items: CheckItem[]; problems: InputError[] } {
  if (value.trim() === '') return { items: [], problems: [] };
  let text: string;
  try {
    text = listText(value.trim());
  } catch (error) {
    return { items: [], problems: [asInputError(error)] };
  }
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      items: [],
      problems: document.errors
        .slice(0, 3)
        .map(
          (error) =>
            new InputError(
              'checks',
              `not valid YAML: ${shortValue(error.message.split('\n')[0] ?? '')}${error.linePos ? ` (line ${error.linePos[0].line})` : ''}.`,
            ),
        ),
    };
  }
  const list: unknown = document.toJS();
  if (!Array.isArray(list) || list.length === 0) {
    return {
      items: [],
      problems: [
        new InputError(
          'checks',
          `expected a non-empty YAML list of checks ('- name: pull-error' then 'scenario: missing-image' on the next line), got ${Array.isArray(list) ? 'an empty list' : list === null ? 'nothing' : `a ${typeof list}`}.`,
        ),
      ],
    };
  }
  const problems: InputError[] = [];
  if (list.length > MAX_CHECKS) {
    problems.push(
      new InputError('checks', `${list.length} checks; at most ${MAX_CHECKS} in one step.`),
    );
  }
  const items: CheckItem[] = [];
  const names = new Map<string, number>();
  list.forEach((entry: unknown, index) => {
    const item = readItem(entry, index, problems);
    if (!item) return;
    const first = names.get(item.name);
    if (first !== undefined && item.name !== '') {
      problems.push(
        itemProblem(
          index,
          `'${shortValue(item.name)}' is the name of checks[${first}] too; each check needs its own name.`,
          'name',
        ),
      );
      return;
    }
    names.set(item.name, index);
    items.push(item);
  });
  return { items, problems };
}

function asInputError(error: unknown): InputError {
  return error instanceof InputError ? error : new InputError('checks', errorMessage(error));
}

/**
 * One item's shape, its problems added; undefined when it is no mapping. An item with problems is
 * still returned, so its inputs are read and their problems named in the same run.
 */
function readItem(entry: unknown, index: number, problems: InputError[]): CheckItem | undefined {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    problems.push(
      itemProblem(
        index,
        `is ${entry === null ? 'empty' : Array.isArray(entry) ? 'a list' : `the ${typeof entry} '${shortValue(scalarText(entry) ?? '')}'`}; each check is a mapping with 'name' and 'scenario' or 'vm-manifest'.`,
      ),
    );
    return undefined;
  }
  const fields = entry as Record<string, unknown>;
  const rawName = scalarText(fields.name);
  const name = rawName?.trim();
  for (const key of Object.keys(fields)) {
    if (!(CHECK_FIELDS as readonly string[]).includes(key)) {
      problems.push(
        itemProblem(
          index,
          `unknown field; a check has ${CHECK_FIELDS.map((field) => `'${field}'`).join(', ')}.`,
          shortValue(key),
          name,
        ),
      );
    }
  }
  if (name === undefined || name === '') {
    problems.push(
      itemProblem(index, 'missing: every check needs a name, shown in reports.', 'name'),
    );
  } else if (name.length > MAX_NAME || /[\r\n]/.test(name)) {
    problems.push(
      itemProblem(
        index,
        `'${shortValue(name)}' is not one line of at most ${MAX_NAME} characters.`,
        'name',
      ),
    );
  }
  const inputs: Partial<Record<CheckInput, string>> = {};
  for (const field of CHECK_FIELDS) {
    if (field === 'name' || !(field in fields)) continue;
    const text = scalarText(fields[field]);
    if (text === undefined) {
      problems.push(
        itemProblem(index, 'is not a single value (a string or a number).', field, name),
      );
    } else if (field !== 'scenario') {
      inputs[field] = text;
    }
  }
  const scenario = scalarText(fields.scenario);
  const manifest = 'vm-manifest' in fields;
  if (scenario !== undefined && manifest) {
    problems.push(
      itemProblem(index, "give either 'scenario' or 'vm-manifest', not both.", 'scenario', name),
    );
  } else if (scenario === undefined && !manifest && !('scenario' in fields)) {
    problems.push(
      itemProblem(
        index,
        `missing: give a 'scenario' (${PRESET_NAMES.join(', ')}) or a 'vm-manifest'.`,
        'scenario',
        name,
      ),
    );
  } else if (scenario !== undefined && !isPresetName(scenario)) {
    problems.push(
      itemProblem(
        index,
        `'${shortValue(scenario)}' is not a preset; use one of ${PRESET_NAMES.join(', ')} (docs/presets.md).`,
        'scenario',
        name,
      ),
    );
  }
  return {
    index,
    name: name ?? '',
    ...(scenario !== undefined && isPresetName(scenario) && { scenario }),
    inputs,
  };
}
