// The flags of `npm run sim`, parsed into simulator options and faults (no side effects, so
// tests can check them); src/sim/serve.ts runs the result.
import { parseArgs } from 'node:util';
import type { DenyRule } from './api.ts';
import type { FaultResponse, InjectOptions } from './faults.ts';
import type { SimulatorOptions } from './index.ts';
import type { Verb } from './api-resources.ts';

export const USAGE = `Usage: npm run sim -- [flags]

Starts a simulated KubeVirt cluster on 127.0.0.1 and prints its kubeconfig path.

Cluster:
  --port N                     listen port (default: a free port)
  --seed N                     seed of every random choice (default 1)
  --time-scale X               multiply modelled durations (default 1: a real node's clock;
                               0.05 = twenty times faster)
  --image-exists PATTERN       the node can pull images matching PATTERN (* = anything;
                               repeatable); without it only the well-known KubeVirt container
                               disks exist and every other pull fails as on a real node
  --dwell DURATION             how long each ErrImagePull lasts on the pod and the VM, real
                               time (e.g. 1ms); default: the kubelet's own timing
  --serial-console-log BOOL    false: the kubevirt CR sets virtualMachineOptions.
                               disableSerialConsoleLog, launcher pods get no guest-console-log
                               sidecar and ErrImagePull lasts 10-32 s instead of about 1 s
                               (default true; docs/kubelet-timing.md)
  --lag DURATION               virt-controller pod -> VM status lag, real time
  --coalesce P                 chance 0..1 that a short VM status is never persisted
  --history-limit N            watch history per resource (default 1000)
  --bookmark-interval DURATION real time between watch bookmarks (default 60s)
  --kubevirt-version V         version the kubevirt CR reports (default v1.8.4)
  --feature-gates A,B          developerConfiguration.featureGates
  --disabled-feature-gates A,B developerConfiguration.disabledFeatureGates
  --emulation                  developerConfiguration.useEmulation: true
  --no-kvm                     the node has no devices.kubevirt.io/kvm
  --no-kubevirt                KubeVirt not installed (no CRDs, no kubevirt.io API)
  --kubevirt-unavailable       the kubevirt CR is not Available
  --deny VERB:RESOURCE[:GROUP] answer these requests 403 (repeatable)
  --kubeconfig PATH            also write the kubeconfig here

Faults:
  --fault SPEC                 e.g. respond=429,resource=virtualmachines,watch=true,times=2,retry-after=1
                               keys: respond (403|404|409|410|429|500|503|504|reset|malformed),
                               resource, method, verb, namespace, name, watch, times, retry-after,
                               delay, message, event (ADDED|MODIFIED|DELETED, for malformed);
                               respond=malformed writes watch events as lines cut in half
  --forbid-watch RESOURCE      answer watches of RESOURCE 403 (repeatable)
  --watch-end-rate P           end each watch after an event with chance P
  --log-requests               print one line per finished request
  --help
`;

/** A bad flag: the message names it and repeats the value, kubectl style. */
export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}

export interface SimCommand {
  help: boolean;
  options: SimulatorOptions;
  faults: InjectOptions[];
  forbidWatch: string[];
  watchEndRate?: number;
  kubeconfig?: string;
  logRequests: boolean;
}

function number(
  flag: string,
  value: string | undefined,
  min = -Infinity,
  max = Infinity,
): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new FlagError(`--${flag} '${value}' is not a number in [${min}, ${max}]`);
  }
  return parsed;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** `1ms`, `2.5s`, `1m`: one number and one unit, all a simulator flag needs. */
function duration(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(value.trim());
  if (!match) throw new FlagError(`--${flag} '${value}' is not a duration such as 1ms, 500ms, 10s`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

/** `true` or `false`, as `--serial-console-log=false` gives it. */
export function boolean(flag: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new FlagError(`--${flag} '${value}' is not true or false`);
}

function list(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const RESPONSES = [
  '401',
  '403',
  '404',
  '409',
  '410',
  '429',
  '500',
  '503',
  '504',
  'reset',
  'malformed',
];
const EVENTS = ['ADDED', 'MODIFIED', 'DELETED'] as const;
const VERBS: Verb[] = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
];

/** `respond=429,resource=virtualmachines,watch=true,times=2` -> InjectOptions. */
export function parseFault(spec: string): InjectOptions {
  const options: InjectOptions = {};
  const match: NonNullable<InjectOptions['match']> = {};
  for (const part of spec.split(',')) {
    const equals = part.indexOf('=');
    const key = part.slice(0, equals).trim();
    const value = part.slice(equals + 1).trim();
    if (equals < 0 || value === '')
      throw new FlagError(`--fault '${spec}': '${part}' is not key=value`);
    switch (key) {
      case 'respond':
        if (!RESPONSES.includes(value))
          throw new FlagError(`--fault '${spec}': respond must be one of ${RESPONSES.join(', ')}`);
        options.respond = (
          value === 'reset' || value === 'malformed' ? value : Number(value)
        ) as FaultResponse;
        break;
      case 'resource':
      case 'namespace':
      case 'name':
      case 'method':
        match[key] = value;
        break;
      case 'verb':
        if (!VERBS.includes(value as Verb))
          throw new FlagError(`--fault '${spec}': verb must be one of ${VERBS.join(', ')}`);
        match.verb = value as Verb;
        break;
      case 'watch':
        if (value !== 'true' && value !== 'false')
          throw new FlagError(`--fault '${spec}': watch must be true or false`);
        match.watch = value === 'true';
        break;
      case 'times':
        options.times = number('fault times', value, 1);
        break;
      case 'retry-after':
        options.retryAfterSeconds = number('fault retry-after', value, 0);
        break;
      case 'delay':
        options.delayMs = duration('fault delay', value);
        break;
      case 'message':
        options.message = value;
        break;
      case 'event':
        if (!EVENTS.includes(value as (typeof EVENTS)[number]))
          throw new FlagError(`--fault '${spec}': event must be one of ${EVENTS.join(', ')}`);
        options.event = value as (typeof EVENTS)[number];
        break;
      default:
        throw new FlagError(
          `--fault '${spec}': unknown key '${key}' (respond, resource, method, verb, namespace, name, watch, times, retry-after, delay, message, event)`,
        );
    }
  }
  if (options.respond === undefined && options.delayMs === undefined)
    throw new FlagError(`--fault '${spec}': give respond= or delay=`);
  if (options.respond === 'malformed' && match.watch === false)
    throw new FlagError(
      `--fault '${spec}': respond=malformed garbles watch events; drop watch=false`,
    );
  if (options.event !== undefined && options.respond !== 'malformed')
    throw new FlagError(`--fault '${spec}': event= goes with respond=malformed`);
  if (Object.keys(match).length) options.match = match;
  return options;
}

function parseDeny(rule: string): DenyRule {
  const [verb, resource, group] = rule.split(':');
  if (!verb || !resource) throw new FlagError(`--deny '${rule}' is not VERB:RESOURCE[:GROUP]`);
  return { verb, resource, ...(group !== undefined ? { group } : {}) };
}

/** Parses the flags of `npm run sim`; throws FlagError for a bad one. */
export function parseSimArgs(argv: string[]): SimCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        'time-scale': { type: 'string' },
        dwell: { type: 'string' },
        'serial-console-log': { type: 'string' },
        lag: { type: 'string' },
        coalesce: { type: 'string' },
        'history-limit': { type: 'string' },
        'bookmark-interval': { type: 'string' },
        'kubevirt-version': { type: 'string' },
        'feature-gates': { type: 'string' },
        'disabled-feature-gates': { type: 'string' },
        emulation: { type: 'boolean' },
        'no-kvm': { type: 'boolean' },
        'no-kubevirt': { type: 'boolean' },
        'kubevirt-unavailable': { type: 'boolean' },
        deny: { type: 'string', multiple: true },
        'image-exists': { type: 'string', multiple: true },
        kubeconfig: { type: 'string' },
        fault: { type: 'string', multiple: true },
        'forbid-watch': { type: 'string', multiple: true },
        'watch-end-rate': { type: 'string' },
        'log-requests': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new FlagError(error instanceof Error ? error.message : String(error));
  }
  const options: SimulatorOptions = {
    port: number('port', values.port, 0, 65535),
    seed: number('seed', values.seed),
    timeScale: number('time-scale', values['time-scale'], 0),
    errImagePullDwellMs: duration('dwell', values.dwell),
    vmStatusLagMs: duration('lag', values.lag),
    coalesceChance: number('coalesce', values.coalesce, 0, 1),
    historyLimit: number('history-limit', values['history-limit'], 1),
    bookmarkIntervalMs: duration('bookmark-interval', values['bookmark-interval']),
    kubevirt: {
      installed: !values['no-kubevirt'],
      available: !values['kubevirt-unavailable'],
      version: values['kubevirt-version'],
      featureGates: list(values['feature-gates']),
      disabledFeatureGates: list(values['disabled-feature-gates']),
      useEmulation: values.emulation ?? false,
      disableSerialConsoleLog: !boolean('serial-console-log', values['serial-console-log'], true),
    },
    nodes: { kvm: !values['no-kvm'] },
    imageExists: values['image-exists'],
    rbac: { deny: (values.deny ?? []).map(parseDeny) },
  };
  const watchEndRate = number('watch-end-rate', values['watch-end-rate'], 0, 1);
  return {
    help: values.help ?? false,
    // Drop the flags that were not given, so the simulator's defaults apply.
    options: JSON.parse(JSON.stringify(options)) as SimulatorOptions,
    faults: (values.fault ?? []).map(parseFault),
    forbidWatch: values['forbid-watch'] ?? [],
    ...(watchEndRate !== undefined ? { watchEndRate } : {}),
    ...(values.kubeconfig !== undefined ? { kubeconfig: values.kubeconfig } : {}),
    logRequests: values['log-requests'] ?? false,
  };
}
