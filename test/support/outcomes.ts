// Realistic check outcomes as plain data, for the reporting tests: what the observer and the
// verifier hand over after a run against a cluster whose image cannot be pulled.
import { pollingMiss } from '../../src/verify/polling-miss.ts';
import type {
  GapEntry,
  PollingEntry,
  StateEntry,
  Timeline,
  TimelineEntry,
  Witness,
} from '../../src/observe/types.ts';
import { reportContext, type ReportContext } from '../../src/report/render/context.ts';
import { IMAGE, seen } from './timelines.ts';
import type { StepMatch, Verdict } from '../../src/verify/types.ts';
import type { Attempt, CheckOutcome } from '../../src/outcome.ts';
import { classifyAttempts, parsePath, verify } from '../../src/verify/index.ts';

export { IMAGE } from './timelines.ts';
export const EXPECTED = 'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff';
const NS = 'ktc-7f3a';

const pullMessage = (image: string) =>
  `Failed to pull image "${image}": rpc error: code = Unknown desc = failed to resolve reference "${image}": dial tcp: lookup registry.invalid: no such host`;
const backOffMessage = (image: string) => `Back-off pulling image "${image}"`;

/** `seen` for a VM of the run's namespace, argument order as the timelines below read best. */
export function state(
  atMs: number,
  witness: Witness,
  name: string,
  vm: string,
  extra: Partial<StateEntry> = {},
): StateEntry {
  const object = witness === 'pod' ? `${NS}/virt-launcher-${vm.split('/')[1]}-x7k2p` : vm;
  return seen(witness, name, atMs, { vm, object, ...extra });
}

const STARTED_AT = '2026-03-01T03:17:00.000Z';

/** The timeline of an attempt on `vm` that started at STARTED_AT, its entries in time order. */
function timelineOf(vm: string, endedAtMs: number, entries: TimelineEntry[]): Timeline {
  entries.sort((a, b) => a.atMs - b.atMs);
  return { vm, startedAt: STARTED_AT, endedAtMs, entries };
}

/** How every attempt below begins: the VM listed Stopped, then Starting, its VMI and pod Pending. */
function starting(vm: string): StateEntry[] {
  return [
    state(0, 'vm', 'Stopped', vm, { seenBy: 'list', resourceVersion: '1000' }),
    state(35, 'vm', 'Starting', vm, { resourceVersion: '1004' }),
    state(40, 'vmi', 'Pending', vm, { resourceVersion: '1005' }),
    state(52, 'pod', 'Pending', vm, { resourceVersion: '1007' }),
  ];
}

/** An attempt that lasted as long as its timeline. */
function attemptOf(number: number, timeline: Timeline, verdict: Verdict): Attempt {
  return {
    number,
    vm: timeline.vm,
    startedAt: timeline.startedAt,
    durationMs: timeline.endedAtMs,
    timeline,
    verdict,
  };
}

/**
 * The timeline of one attempt in which the image pull fails and the kubelet backs off `toggles`
 * times; ErrImagePull lasts `dwellMs` on the VM (1 ms by default, as on a fast registry).
 */
export function pullFailureTimeline(
  vm: string,
  options: { toggles?: number; dwellMs?: number; image?: string; skipFirstVmErr?: boolean } = {},
): Timeline {
  const toggles = options.toggles ?? 2;
  const dwell = options.dwellMs ?? 1;
  const image = options.image ?? IMAGE;
  const entries: TimelineEntry[] = [
    ...starting(vm),
    state(80, 'pod', 'ContainerCreating', vm, {
      container: 'volumecontainerdisk-init',
      resourceVersion: '1010',
    }),
  ];
  let at = 412;
  let rv = 1020;
  let backOff = 10_000;
  for (let toggle = 0; toggle < toggles; toggle++) {
    const skip = options.skipFirstVmErr && toggle === 0;
    entries.push(
      state(at, 'pod', 'ErrImagePull', vm, {
        container: 'volumecontainerdisk-init',
        message: pullMessage(image),
        resourceVersion: String(rv++),
      }),
      state(at + 2, 'event', 'ErrImagePull', vm, {
        object: `${NS}/virt-launcher-${vm.split('/')[1]}-x7k2p`,
        reason: 'Failed',
        count: toggle + 1,
        message: pullMessage(image),
        firstTime: '2026-03-01T03:17:00Z',
        serverTime: '2026-03-01T03:17:00Z',
      }),
      state(at + 3, 'vmi', 'ErrImagePull', vm, {
        message: pullMessage(image),
        resourceVersion: String(rv++),
      }),
    );
    if (!skip) {
      entries.push(state(at + 4, 'vm', 'ErrImagePull', vm, { resourceVersion: String(rv++) }));
    }
    const offAt = at + 4 + dwell;
    entries.push(
      state(offAt, 'vm', 'ImagePullBackOff', vm, { resourceVersion: String(rv++) }),
      state(offAt - 1, 'pod', 'ImagePullBackOff', vm, {
        container: 'volumecontainerdisk-init',
        message: backOffMessage(image),
        resourceVersion: String(rv++),
      }),
      state(offAt + 1, 'vmi', 'ImagePullBackOff', vm, {
        message: backOffMessage(image),
        resourceVersion: String(rv++),
      }),
    );
    at = offAt + backOff;
    backOff = Math.min(backOff * 2, 300_000);
  }
  return timelineOf(vm, at - 5_000, entries);
}

function matches(timeline: Timeline, witness: Witness, steps: string[]): StepMatch[] {
  const out: StepMatch[] = [];
  let from = 0;
  const states = timeline.entries.filter(
    (e): e is StateEntry => e.kind === 'state' && e.witness === witness,
  );
  for (const [step, name] of steps.entries()) {
    const index = states.findIndex((e, i) => i >= from && e.state === name);
    if (index < 0) break;
    const entry = states[index]!;
    out.push({
      step,
      state: name,
      atMs: entry.atMs,
      witness,
      seenBy: entry.seenBy,
      resourceVersion: entry.resourceVersion,
    });
    from = index + 1;
  }
  return out;
}

function observed(timeline: Timeline, witness: Witness): string[] {
  const path: string[] = [];
  for (const e of timeline.entries) {
    if (e.kind === 'state' && e.witness === witness && path.at(-1) !== e.state) path.push(e.state);
  }
  return path;
}

export function attempt(
  number: number,
  timeline: Timeline,
  verdict: Partial<Verdict> = {},
): Attempt {
  const steps = EXPECTED.split(' -> ');
  const matched = matches(timeline, 'vm', steps);
  const passed = matched.length === steps.length;
  return attemptOf(number, timeline, {
    result: passed ? 'passed' : 'failed',
    expectedPath: EXPECTED,
    witness: 'vm',
    observedPath: observed(timeline, 'vm'),
    matched,
    ...(matched.length > 0 && { pollingMiss: pollingMiss(timeline, matched) }),
    ...(passed
      ? { decidedAtMs: matched.at(-1)!.atMs }
      : {
          mismatch: {
            step: matched.length,
            expected: steps[matched.length]!,
            seenInstead: ['ImagePullBackOff'],
            column:
              steps.slice(0, matched.length).join(' -> ').length + (matched.length > 0 ? 4 : 0),
          },
          caveats: ['The pod witness saw ErrImagePull at +0.412 s; only the VM status skipped it.'],
        }),
    message: {
      pattern: 'registry\\.invalid/kubevirt-transition-check/no-such-image:latest',
      matched: { text: pullMessage(IMAGE), witness: 'pod' },
      seen: [],
    },
    explanation: passed
      ? `All 4 steps matched on the VM's printableStatus; ErrImagePull lasted ${timeline.entries.length > 0 ? '1 ms' : '?'} and was seen by the watch.`
      : 'The VM never showed ErrImagePull before the first ImagePullBackOff: virt-controller coalesced it. The pod witness saw it (kubelet), so this is a timing flake of the VM status, not a missing pull error.',
    causes: passed ? [] : ['virt-controller can skip a state that lasts less than its resync'],
    ...verdict,
  });
}

/** One attempt, passed, with a watch gap (410) and a polled stretch on the pods. */
export function passedOutcome(): CheckOutcome {
  const timeline = pullFailureTimeline(`${NS}/transition-check-1-q9x`);
  const gap: GapEntry = {
    kind: 'gap',
    resource: 'virtualmachines',
    atMs: 5_000,
    untilMs: 5_120,
    cause: 'expired',
    detail: 'watch from resourceVersion 1031 answered 410 Gone; relisted at 1040',
    changed: [],
  };
  const polling: PollingEntry = {
    kind: 'polling',
    resource: 'pods',
    atMs: 6_000,
    untilMs: 6_900,
    intervalMs: 100,
    reason: 'pod watch reset by peer; polling until it is back',
  };
  timeline.entries.push(gap, polling);
  timeline.entries.sort((a, b) => a.atMs - b.atMs);
  const only = attempt(1, timeline);
  return { result: 'passed', attempts: [only], durationMs: only.durationMs + 2_300 };
}

/** Attempt 1 fails (the VM skipped the first ErrImagePull), attempt 2 passes. */
export function flakyOutcome(): CheckOutcome {
  const first = attempt(
    1,
    pullFailureTimeline(`${NS}/transition-check-1-a1b`, { skipFirstVmErr: true }),
  );
  const second = attempt(2, pullFailureTimeline(`${NS}/transition-check-2-c3d`));
  return { result: 'flaky', attempts: [first, second], durationMs: 61_000 };
}

/** One attempt that never pulled: no KVM and no emulation, the VM shows ErrorUnschedulable. */
export function unschedulableOutcome(): CheckOutcome {
  const vm = `${NS}/transition-check-1-zzz`;
  const timeline = timelineOf(vm, 600_000, [
    state(0, 'vm', 'Stopped', vm, { seenBy: 'list' }),
    state(40, 'vm', 'Starting', vm),
    state(900, 'vm', 'ErrorUnschedulable', vm),
    state(901, 'pod', 'Pending', vm, {
      message: '0/1 nodes are available: 1 Insufficient devices.kubevirt.io/kvm.',
    }),
  ]);
  const only = attempt(1, timeline, {
    result: 'failed',
    explanation:
      'The VM became ErrorUnschedulable and its image was never pulled, so no step of the path could match.',
    causes: [
      'No node offers /dev/kvm and useEmulation is off: enable emulation or use a runner with KVM.',
    ],
    message: { pattern: 'registry', result: 'unseen', seen: [] },
    mismatch: { step: 0, expected: 'ErrImagePull', seenInstead: ['ErrorUnschedulable'], column: 0 },
    contradiction: {
      state: 'ErrorUnschedulable',
      witness: 'vm',
      atMs: 900,
      rulesOut: ['ErrImagePull', 'ImagePullBackOff'],
    },
    decidedAtMs: 900,
    diagnosis: ['unschedulable'],
    caveats: [],
  });
  return { result: 'failed', attempts: [only], durationMs: 600_500 };
}

/** A check over a long timeline: `toggles` pull failures plus `noise` repeated poll entries. */
export function longOutcome(toggles: number, noise = 0): CheckOutcome {
  const timeline = pullFailureTimeline(`${NS}/transition-check-1-long`, { toggles });
  for (let i = 0; i < noise; i++) {
    timeline.entries.push(
      state(100 + i, 'vmi', i % 2 === 0 ? 'Scheduling' : 'Scheduled', timeline.vm, {
        seenBy: 'poll',
        message: `poll ${i} ${'x'.repeat(200)}`,
      }),
    );
  }
  timeline.entries.sort((a, b) => a.atMs - b.atMs);
  const only = attempt(1, timeline);
  return { result: only.verdict.result, attempts: [only], durationMs: only.durationMs };
}

/** Strings a hostile cluster, manifest or workflow could put in a report. */
export const HOSTILE = {
  image: 'evil.example/<script>alert(1)</script>|`rm -rf`-->x:latest',
  state: 'click ErrImagePull call alert(1) %%{init: {"theme":"dark"}}%% ; section x : done',
  message:
    'line one\nline two | cell --> `code` <img src=x onerror=alert(1)> @kubevirt/sig-compute #123 ***bold*** [link](javascript:alert(1)) $x^2$ \u001b[31mred\u001b[0m \u202eevil',
  checkName: 'nightly --> <b>x</b> | `y`',
};

/** A failed check whose image, states and messages are all hostile. */
export function hostileOutcome(): CheckOutcome {
  const vm = `${NS}/transition-check-1-h0s`;
  const timeline = pullFailureTimeline(vm, { image: HOSTILE.image });
  timeline.entries.push(
    state(20_000, 'vm', HOSTILE.state, vm, { message: HOSTILE.message }),
    state(20_001, 'pod', 'ErrImagePull', vm, { message: HOSTILE.message, container: '`c`|<i>' }),
    {
      kind: 'gap',
      resource: 'pods',
      atMs: 20_002,
      untilMs: 20_003,
      cause: 'malformed',
      detail: HOSTILE.message,
      changed: [HOSTILE.state],
    },
  );
  timeline.entries.sort((a, b) => a.atMs - b.atMs);
  timeline.endedAtMs = 30_000;
  const only = attempt(1, timeline, {
    result: 'failed',
    observedPath: ['Starting', HOSTILE.state],
    mismatch: { step: 0, expected: 'ErrImagePull', seenInstead: [HOSTILE.state] },
    matched: [],
    explanation: `Saw ${HOSTILE.state} instead: ${HOSTILE.message}`,
    causes: [HOSTILE.message],
    message: { pattern: HOSTILE.image, seen: [HOSTILE.message] },
  });
  return { result: 'failed', attempts: [only], durationMs: 30_000 };
}

/** What the pre-flight says on a cluster whose KubeVirt (1.9) has the ImageVolume gate on. */
export const IMAGE_VOLUME_ERROR =
  "The expected path needs ErrImagePull/ImagePullBackOff, but KubeVirt's ImageVolume feature gate is on (KubeVirt v1.9.0 enables it by default): " +
  'image pull errors then never show as ErrImagePull and the VM stays Starting. Disable the gate: ' +
  `kubectl -n kubevirt patch kubevirt kubevirt --type=merge -p '{"spec":{"configuration":{"developerConfiguration":{"disabledFeatureGates":["ImageVolume"]}}}}'`;

/** An error message that tries to break out of every format it is written in, on several lines. */
export const HOSTILE_ERROR = `${HOSTILE.message}\n</pre><script>alert(1)</script>\n\`\`\`\n| a | b | c |\n<!-- x -->\n\n@kubevirt/sig-compute #123 ]]> </error>`;

/** The pre-flight refused the cluster: no attempt ran. */
export function preflightErrorOutcome(message = IMAGE_VOLUME_ERROR): CheckOutcome {
  return {
    result: 'failed',
    attempts: [],
    durationMs: 1_250,
    error: { stage: 'pre-flight', message },
  };
}

/** Attempt 1 failed (may be timing); creating the VM of attempt 2 failed. */
export function midRunErrorOutcome(message = HOSTILE_ERROR): CheckOutcome {
  const first = attempt(
    1,
    pullFailureTimeline(`${NS}/transition-check-1-a1b`, { skipFirstVmErr: true }),
  );
  return {
    result: 'failed',
    attempts: [first],
    durationMs: 31_000,
    error: { stage: 'run', message },
  };
}

/** A report context as on a pull request run of `acme/kubevirt`. */
export function testContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    ...reportContext(
      {
        checkName: 'pr-check',
        image: IMAGE,
        expectedPath: EXPECTED,
        witness: 'vm',
        attempts: 2,
        kubevirtVersion: 'v1.8.4',
        junitPath: '/tmp/runner/kubevirt-transition-check/junit.xml',
        timelinePath: '/tmp/runner/kubevirt-transition-check/timeline.json',
      },
      {
        GITHUB_REPOSITORY: 'acme/kubevirt',
        GITHUB_RUN_ID: '9001',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_JOB: 'transition',
      },
    ),
    ...overrides,
  };
}

/** One attempt whose verdict the real verifier gives for `timeline` and the default path. */
export function verifiedAttempt(
  number: number,
  timeline: Timeline,
  timedOut = false,
  expectedPath = EXPECTED,
): Attempt {
  const verdict = verify(timeline, {
    path: parsePath(expectedPath),
    expectedPath,
    witness: 'vm',
    expectedMessage: /registry\.invalid\/kubevirt-transition-check\/no-such-image:latest/,
    timedOut,
  });
  return attemptOf(number, timeline, verdict);
}

function outcomeOf(attempts: Attempt[]): CheckOutcome {
  return {
    result: classifyAttempts(attempts.map((a) => a.verdict)),
    attempts,
    durationMs: attempts.reduce((sum, a) => sum + a.durationMs, 1_500),
  };
}

/** A clean pass: every state watched, ErrImagePull held for 300 ms. */
export function cleanPassOutcome(): CheckOutcome {
  return outcomeOf([
    verifiedAttempt(1, pullFailureTimeline(`${NS}/transition-check-1-p4s`, { dwellMs: 300 })),
  ]);
}

/** The image exists (`--scenario running`): the pod ran, the VM went Running, no pull error. */
export function runningOutcome(): CheckOutcome {
  const vm = `${NS}/transition-check-1-r7n`;
  const timeline = timelineOf(vm, 9_000, [
    ...starting(vm),
    state(80, 'pod', 'ContainerCreating', vm, { container: 'compute', resourceVersion: '1010' }),
    state(2_400, 'pod', 'Running', vm, { resourceVersion: '1021' }),
    state(2_460, 'vmi', 'Running', vm, { resourceVersion: '1023' }),
    state(2_520, 'vm', 'Running', vm, { resourceVersion: '1025' }),
  ]);
  return outcomeOf([verifiedAttempt(1, timeline)]);
}

/** A pass in which the VM's watch broke on repeated 503s and the VM was polled meanwhile. */
export function gapOutcome(): CheckOutcome {
  const timeline = pullFailureTimeline(`${NS}/transition-check-1-g4p`, { dwellMs: 300 });
  timeline.entries.push(
    {
      kind: 'gap',
      resource: 'virtualmachines',
      atMs: 3_000,
      untilMs: 7_500,
      cause: 'server-error',
      detail: 'watch answered 503 Service Unavailable 5 times; polling until it is back',
    },
    {
      kind: 'polling',
      resource: 'virtualmachines',
      atMs: 3_000,
      untilMs: 7_500,
      intervalMs: 100,
      reason: 'the watch answered 503 five times',
    },
  );
  timeline.entries.sort((a, b) => a.atMs - b.atMs);
  return outcomeOf([verifiedAttempt(1, timeline)]);
}

/** A pass proven by polls only: the VM's watch was forbidden for the whole attempt. */
export function polledOutcome(): CheckOutcome {
  const timeline = pullFailureTimeline(`${NS}/transition-check-1-p0l`, { dwellMs: 300 });
  for (const entry of timeline.entries) {
    if (entry.kind === 'state' && entry.witness === 'vm' && entry.seenBy === 'watch') {
      entry.seenBy = 'poll';
    }
  }
  timeline.entries.unshift({
    kind: 'polling',
    resource: 'virtualmachines',
    atMs: 0,
    intervalMs: 100,
    reason: 'watching virtualmachines is forbidden (RBAC): polling instead',
  });
  return outcomeOf([verifiedAttempt(1, timeline)]);
}

/** The whole path bounded to 5 s from the VM's creation: the second round came after 10 s. */
export function boundMissedOutcome(): CheckOutcome {
  const timeline = pullFailureTimeline(`${NS}/transition-check-1-b0d`, { dwellMs: 300 });
  return outcomeOf([verifiedAttempt(1, timeline, false, `(${EXPECTED}) within 5s`)]);
}

/** `never ImagePullBackOff`: the kubelet backed off, which the path forbids. */
export function forbiddenOutcome(): CheckOutcome {
  const timeline = pullFailureTimeline(`${NS}/transition-check-1-n3v`, { dwellMs: 300 });
  return outcomeOf([
    verifiedAttempt(1, timeline, false, 'ErrImagePull{2}, never ImagePullBackOff'),
  ]);
}
