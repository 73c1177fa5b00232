// "How to set X" in the words of the place where the reader sets it: an input in a workflow's
// `with:` (the action) or a flag on the command line (the CLI). Every message that tells a user
// to change a setting words it here, so the CLI never says "input" and the action never says "--".
import type { InputName } from '../contract.ts';

/** Who reads a message: a workflow's author (action inputs) or a person at a terminal (CLI flags). */
export type Audience = 'action' | 'cli';

/**
 * Inputs that only the GitHub Action acts on, and why the CLI has no flag for them: the CLI
 * makes no cluster (bring one: kind, kubevirtci) and posts nothing to GitHub.
 */
export const ACTION_ONLY: Partial<Record<InputName, string>> = {
  setup: 'the CLI checks an existing cluster: create it first (kind, kubevirtci)',
  'kind-version': 'used by `setup: kind` only',
  'kind-cluster-name': 'used by `setup: kind` only',
  'kind-node-image': 'used by `setup: kind` only',
  'kubectl-version': 'used by `setup: kind` only',
  'kubevirt-version': 'used by `setup: kind` only',
  emulation: 'used by `setup: kind` only',
  'github-token': 'the CLI posts nothing to GitHub',
  comment: 'the CLI posts nothing to GitHub',
  summary: 'the CLI writes no job summary; its report goes to stdout',
  annotations: 'the CLI writes no annotations',
  'issue-on-failure': 'the CLI posts nothing to GitHub',
  'issue-label': 'the CLI posts nothing to GitHub',
};

/**
 * `the 'timeout' input` / `--timeout`; with a value `input timeout: 30s` / `--timeout 30s`.
 * For the CLI, an input it has no flag for is `undefined`: say something else, or nothing.
 */
export function setting(name: InputName, audience: Audience, value?: string): string | undefined {
  if (audience === 'cli') {
    if (Object.hasOwn(ACTION_ONLY, name)) return undefined;
    return value === undefined ? `--${name}` : `--${name} ${value}`;
  }
  return value === undefined ? `the '${name}' input` : `input ${name}: ${value}`;
}

/** `Invalid input 'attempts': …` to the action, `invalid value for flag --attempts: …` to the CLI. */
export function invalidSetting(name: string, audience: Audience, detail: string): string {
  return audience === 'cli'
    ? `invalid value for flag --${name}: ${detail}`
    : `Invalid input '${name}': ${detail}`;
}

/** A setting both places have (the CLI's flags are every input not in ACTION_ONLY). */
export function settingOf(name: InputName, audience: Audience, value?: string): string {
  const words = setting(name, audience, value);
  if (words === undefined) throw new Error(`'${name}' is an input of the GitHub Action only`);
  return words;
}
