// Inputs (action) or flags (CLI) -> one validated, typed Config. The only place that knows input
// names and defaults; the defaults come from action.yml through the generated contract.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readVmManifest } from '../cluster/index.ts';
import { itemProblem, readCheckItems, type CheckItem } from './checks.ts';
import { PRESETS, presetPath } from '../presets.ts';
import { INPUT_DEFAULTS, type InputName } from '../contract.ts';
import { parseDuration } from '../util/duration.ts';
import { InputError, errorMessage } from '../util/errors.ts';
import { imageReferenceProblem } from '../util/image-reference.ts';
import { linearPattern, literalPattern, RE2_LIMITS } from '../util/pattern.ts';
import type { Audience } from '../util/setting.ts';
import { shortValue } from '../util/text.ts';
import { DEFAULT_THRESHOLD, parseThreshold } from '../trend/index.ts';
import { parsePath, type PathNode } from '../verify/index.ts';
import type { Config } from './types.ts';

export type { Config } from './types.ts';
export { kindSetupOptions } from './kind-setup.ts';

/** Reads one raw input by its action.yml name; returns '' when it is not set. */
export type InputReader = (name: InputName) => string;

/** All the bad inputs at once, so a user fixes them in one go. */
export class ConfigError extends Error {
  readonly problems: InputError[];
  constructor(problems: InputError[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Allowed durations per input: sensible for the input, and well inside Node's timer limit. */
interface DurationRange {
  minMs: number;
  maxMs: number;
  /** The range as the user writes it. */
  words: string;
}
/** One attempt: a day is far beyond the kubelet's longest back-off (5 min) and any job. */
const TIMEOUT_RANGE: DurationRange = { minMs: 1, maxMs: 24 * 3_600_000, words: '1ms to 24h' };
/** The polling fallback: no faster than 10ms; slower than a minute would miss every short state. */
const POLL_INTERVAL_RANGE: DurationRange = { minMs: 10, maxMs: 60_000, words: '10ms to 1m' };
const MAX_ATTEMPTS = 10;
const MAX_REPEAT = 1000;
const MAX_PARALLEL = 50;
const MAX_HISTORY = 100;
/** A DNS-1123 label, as Kubernetes wants for namespace names: at most 63 characters. */
const DNS_LABEL = /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Room left in a 63-character name for `-<attempt>-<suffix>`. */
const VM_NAME_MAX = 50;
const RELEASE_TAG = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export function readConfig(
  read: InputReader,
  env: NodeJS.ProcessEnv = process.env,
  audience: Audience = 'action',
): Config {
  const problems: InputError[] = [];
  const raw = (name: InputName): string => {
    const value = read(name).trim();
    // Outside a runner an expression default such as `${{ github.token }}` arrives unexpanded.
    if (value === '' || value.startsWith('${{'))
      return INPUT_DEFAULTS[name].startsWith('${{') ? '' : INPUT_DEFAULTS[name];
    return value;
  };
  const check = <T>(name: InputName, parse: (value: string) => T, fallback: T): T => {
    try {
      return parse(raw(name));
    } catch (error) {
      problems.push(
        error instanceof InputError ? error : new InputError(name, errorMessage(error)),
      );
      return fallback;
    }
  };
  const oneOf = <T extends string>(name: InputName, allowed: readonly T[]) =>
    check(
      name,
      (value) => {
        if ((allowed as readonly string[]).includes(value)) return value as T;
        throw new InputError(
          name,
          `'${shortValue(value)}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`,
        );
      },
      allowed[0]!,
    );
  const boolean = (name: InputName) =>
    check(
      name,
      (value) => {
        if (/^(true|True|TRUE)$/.test(value)) return true;
        if (/^(false|False|FALSE)$/.test(value)) return false;
        throw new InputError(
          name,
          `'${shortValue(value)}' is not a boolean; use 'true' or 'false'.`,
        );
      },
      false,
    );
  const duration = (name: InputName, range: DurationRange) =>
    check(
      name,
      (value) => {
        const ms = parseDuration(value);
        if (ms === undefined) {
          throw new InputError(
            name,
            `'${shortValue(value)}' is not a duration; use a number with a unit, such as 500ms, 30s, 5m or 1m30s.`,
          );
        }
        if (ms < range.minMs || ms > range.maxMs) {
          throw new InputError(
            name,
            `'${shortValue(value)}' is ${ms < range.minMs ? 'shorter than the minimum' : 'longer than the maximum'}; use ${range.words}.`,
          );
        }
        return ms;
      },
      range.minMs,
    );
  const matching = (name: InputName, pattern: RegExp, expected: string, optional = false) =>
    check(
      name,
      (value) => {
        if ((optional && value === '') || pattern.test(value)) return value;
        throw new InputError(name, `'${shortValue(value)}' is not ${expected}.`);
      },
      '',
    );

  const image = check(
    'image',
    (value) => {
      const problem = imageReferenceProblem(value);
      if (problem) {
        throw new InputError(
          'image',
          `'${shortValue(value)}' is not a valid image reference: ${problem}. The kubelet would report InvalidImageName and the VM would stay Starting; use a well-formed name that does not exist, such as '${INPUT_DEFAULTS.image}'.`,
        );
      }
      return value;
    },
    INPUT_DEFAULTS.image,
  );
  const expectedPath = raw('expected-path');
  const path = check<PathNode>(
    'expected-path',
    (value) => {
      try {
        return parsePath(value);
      } catch (error) {
        throw new InputError('expected-path', errorMessage(error));
      }
    },
    { type: 'sequence', steps: [], joins: [] },
  );
  const expectedMessage = check(
    'expected-message',
    (value) => {
      if (value === '') return literalPattern([image]);
      try {
        return linearPattern(value);
      } catch (error) {
        throw new InputError(
          'expected-message',
          `'${shortValue(value)}' is not a regular expression RE2 accepts: ${shortValue(errorMessage(error))}. ${RE2_LIMITS}.`,
        );
      }
    },
    literalPattern([image]),
  );
  const attempts = check(
    'attempts',
    (value) => {
      const count = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(count) || count < 1 || count > MAX_ATTEMPTS) {
        throw new InputError(
          'attempts',
          `'${shortValue(value)}' is not a whole number from 1 to ${MAX_ATTEMPTS}.`,
        );
      }
      return count;
    },
    1,
  );
  const wholeNumber = (name: 'repeat' | 'parallel' | 'history', max: number) =>
    check(
      name,
      (value) => {
        const count = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
        if (!(count >= 1 && count <= max)) {
          throw new InputError(
            name,
            `'${shortValue(value)}' is not a whole number from 1 to ${max}.`,
          );
        }
        return count;
      },
      1,
    );
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  const outputFile = (name: InputName, file: string) =>
    resolve(raw(name) || join(runnerTemp, 'kubevirt-transition-check', file));

  const config: Config = {
    audience,
    kubeconfig: raw('kubeconfig') || undefined,
    setup: oneOf('setup', ['none', 'kind'] as const),
    kindVersion: matching('kind-version', RELEASE_TAG, 'a release tag such as v0.33.0'),
    kindClusterName: matching(
      'kind-cluster-name',
      DNS_LABEL,
      'a lowercase DNS label such as kubevirt-transition-check',
    ),
    kindNodeImage:
      check(
        'kind-node-image',
        (value) => {
          // `default`: kind-version's own default image (an empty input is the action's default).
          if (value === 'default') return '';
          const problem = value === '' ? undefined : imageReferenceProblem(value);
          if (problem) {
            throw new InputError(
              'kind-node-image',
              `'${shortValue(value)}' is not a valid image reference: ${problem}. Use an image from the release notes of kind-version, such as 'kindest/node:v1.36.4@sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed'.`,
            );
          }
          return value;
        },
        '',
      ) || undefined,
    kubectlVersion: matching('kubectl-version', RELEASE_TAG, 'a release tag such as v1.36.4'),
    kubevirtVersion: matching(
      'kubevirt-version',
      /^(stable|v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/,
      "'stable' or a release tag such as v1.8.4",
    ),
    emulation: oneOf('emulation', ['auto', 'true', 'false'] as const),
    namespace:
      matching(
        'namespace',
        DNS_LABEL,
        'a lowercase DNS label (a-z, 0-9, -; at most 63 characters)',
        true,
      ) || undefined,
    vmName: check(
      'vm-name',
      (value) => {
        if (DNS_LABEL.test(value) && value.length <= VM_NAME_MAX) return value;
        throw new InputError(
          'vm-name',
          `'${shortValue(value)}' is not a lowercase DNS label of at most ${VM_NAME_MAX} characters (a-z, 0-9, -), which leaves room for the attempt suffix.`,
        );
      },
      INPUT_DEFAULTS['vm-name'],
    ),
    image,
    imageGiven: image !== INPUT_DEFAULTS.image,
    vmManifest: raw('vm-manifest') || undefined,
    vmTemplate: check(
      'vm-manifest',
      (value) =>
        value === ''
          ? undefined
          : readVmManifest(value, image !== INPUT_DEFAULTS.image ? image : undefined),
      undefined,
    ),
    expectedPath,
    path,
    witness: oneOf('witness', ['vm', 'vmi', 'pod', 'any'] as const),
    expectedMessage,
    expectedMessageGiven: raw('expected-message') !== '',
    timeoutMs: duration('timeout', TIMEOUT_RANGE),
    pollIntervalMs: duration('poll-interval', POLL_INTERVAL_RANGE),
    attempts,
    repeat: wholeNumber('repeat', MAX_REPEAT),
    parallel: wholeNumber('parallel', MAX_PARALLEL),
    failOnFlaky: boolean('fail-on-flaky'),
    cleanup: oneOf('cleanup', ['always', 'on-success', 'never'] as const),
    githubToken: raw('github-token') || env.GITHUB_TOKEN || '',
    checkName: raw('check-name'),
    comment: oneOf('comment', ['always', 'on-failure', 'never'] as const),
    summary: boolean('summary'),
    annotations: boolean('annotations'),
    junitPath: outputFile('junit-path', 'junit.xml'),
    timelinePath: outputFile('timeline-path', 'timeline.json'),
    issueOnFailure: boolean('issue-on-failure'),
    issueLabel: matching('issue-label', /^\S(.{0,48}\S)?$/, 'a label name of 1 to 50 characters'),
    baseline: raw('baseline'),
    history: wholeNumber('history', MAX_HISTORY),
    regressionThreshold: check('regression-threshold', parseThreshold, DEFAULT_THRESHOLD),
    failOnRegression: boolean('fail-on-regression'),
  };
  const checks = raw('checks');
  if (checks !== '') {
    const { items, problems: shape } = readCheckItems(checks);
    problems.push(...shape);
    if (config.repeat > 1) {
      problems.push(
        new InputError(
          'checks',
          `a suite runs each check once (with its attempts); repeat mode (repeat: ${config.repeat}) is for one check. Set repeat to 1, or repeat one check without checks.`,
        ),
      );
    }
    config.checks = items.flatMap((item) => {
      const check = readCheck(item, read, env, audience, problems);
      return check ? [check] : [];
    });
  }
  if (problems.length > 0) {
    const order = Object.keys(INPUT_DEFAULTS);
    // `checks` problems in the list's order: `checks[2]` before `checks[10]`.
    const item = (problem: InputError) =>
      Number(/^checks\[(\d+)\]/.exec(problem.detail)?.[1] ?? -1);
    throw new ConfigError(
      problems.sort((a, b) => order.indexOf(a.input) - order.indexOf(b.input) || item(a) - item(b)),
    );
  }
  return config;
}

/**
 * One item of `checks` as a whole Config: its fields over its preset's defaults over the step's
 * inputs, read by the same rules. Its problems are added as `checks[i].field` problems (those of
 * the step's own inputs are the step's, named once); undefined when it has any.
 */
function readCheck(
  item: CheckItem,
  read: InputReader,
  env: NodeJS.ProcessEnv,
  audience: Audience,
  problems: InputError[],
): Config | undefined {
  const preset = item.scenario ? PRESETS[item.scenario] : undefined;
  const own: Partial<Record<InputName, string>> = {
    ...(preset && {
      'expected-path': presetPath(preset).path,
      'vm-manifest': '',
      ...(preset.timeout && { timeout: preset.timeout }),
    }),
    ...item.inputs,
  };
  try {
    const config = readConfig(
      (name) => (name === 'checks' ? '' : (own[name] ?? read(name))),
      env,
      audience,
    );
    return {
      ...config,
      checkName: item.name,
      ...(preset && { preset, pathFromPreset: item.inputs['expected-path'] === undefined }),
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      if (Object.hasOwn(own, problem.input))
        problems.push(itemProblem(item.index, problem.detail, problem.input, item.name));
    }
    return undefined;
  }
}
