// Generated from action.yml by `npm run generate`. Do not edit: change action.yml instead.

/** Every input of the action with its default, exactly as action.yml declares it. */
export const INPUT_DEFAULTS = {
  kubeconfig: '',
  setup: 'none',
  'kind-version': 'v0.33.0',
  'kind-cluster-name': 'kubevirt-transition-check',
  'kind-node-image':
    'kindest/node:v1.36.4@sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed',
  'kubectl-version': 'v1.36.4',
  'kubevirt-version': 'v1.9.0',
  emulation: 'true',
  namespace: '',
  'vm-name': 'transition-check',
  image: 'registry.invalid/kubevirt-transition-check/no-such-image:latest',
  'vm-manifest': '',
  'expected-path': 'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
  witness: 'vm',
  'expected-message': '',
  timeout: '10m',
  'poll-interval': '100ms',
  attempts: '2',
  repeat: '1',
  parallel: '4',
  checks: '',
  'fail-on-flaky': 'false',
  cleanup: 'always',
  'github-token': '${{ github.token }}',
  'check-name': '',
  comment: 'always',
  summary: 'true',
  annotations: 'true',
  'junit-path': '',
  'timeline-path': '',
  'issue-on-failure': 'false',
  'issue-label': 'kubevirt-transition-check',
  baseline: 'auto',
  history: '14',
  'regression-threshold': '25%,100ms',
  'fail-on-regression': 'false',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** What each input does, as action.yml describes it: the flags of the CLI's `--help`. */
export const INPUT_DESCRIPTIONS: Record<InputName, string> = {
  kubeconfig:
    "Path to the kubeconfig of the cluster to check. Empty: the cluster created by `setup: kind`, else `$KUBECONFIG`, else `~/.kube/config`. With `setup: kind`, a path given here is where the new cluster's kubeconfig is written, for later steps. The file's content is never logged: a server URL that holds a user name and password is refused (give them in the user entry), and an exec credential plugin's failure is reported without its output.",
  setup:
    '`none`: use an existing cluster with KubeVirt. `kind`: create a kind cluster, install KubeVirt on it (with software emulation unless `emulation` says otherwise) and delete it in the post step.',
  'kind-version':
    'Version of kind installed by `setup: kind`. With another version, set `kind-node-image` to an image from its release notes too (or to `default` for its default image).',
  'kind-cluster-name': 'Name of the kind cluster created by `setup: kind`.',
  'kind-node-image':
    "Node image of the kind cluster created by `setup: kind`, with its digest as listed in the release notes of `kind-version`, e.g. `kindest/node:v1.34.11@sha256:44e222ee2132dab25ff87301682f89eb82c7880ea3a1bf543bfe9708fd08d67d` for a KubeVirt release built for Kubernetes 1.34. The default is kind v0.33.0's Kubernetes v1.36.4, which the default KubeVirt (v1.9) supports; kind v0.33.0's own default, v1.37.0, is newer than any KubeVirt release supports. `default`: the default image of `kind-version`.",
  'kubectl-version':
    "Version of kubectl installed by `setup: kind`; keep it within one minor version of the cluster's Kubernetes.",
  'kubevirt-version':
    "KubeVirt release installed by `setup: kind`: a tag such as `v1.8.4`, or `stable` for the newest release (untested here until the nightly has run on it). The default is the newest release this action's own e2e workflow tests on every pull request.",
  emulation:
    '`true`: KubeVirt uses software emulation (`useEmulation`). The check never boots the guest (the containerDisk pull fails first), so this changes nothing it observes and needs neither /dev/kvm nor sudo. `auto`: KVM when the runner has /dev/kvm, emulation otherwise. `false` requires KVM. Used by `setup: kind`.',
  namespace:
    'Namespace for the VM. Empty: a namespace is generated for this run, labelled, and deleted afterwards (per `cleanup`). A given namespace must exist and is never deleted (a DNS label: a-z, 0-9, -, at most 63 characters).',
  'vm-name':
    'Name prefix of the VirtualMachine; each attempt gets a fresh VM named `<vm-name>-<attempt>` plus a short random suffix.',
  image:
    'containerDisk image that cannot be pulled. Must be a well-formed image reference (an invalid reference gives `InvalidImageName` and the VM stays `Starting`). The default lives under `registry.invalid`, a name reserved never to resolve.',
  'vm-manifest':
    'Path to a VirtualMachine YAML to use instead of the built-in one. Its containerDisk image is replaced by `image` when `image` is set explicitly; its name and namespace are replaced. Read and checked before the cluster is contacted; at most 1 MiB.',
  'expected-path':
    'The states to observe, in order, others allowed in between: state names (quote unknown ones, `"X"`), `->` (later), `=>` (immediately next), `( )`, `|`, `{n}`, `{n,m}`, `{n,}`, `+`; time bounds `X within 30s` / `X after 5s` (from the previous step, or from creation); forbidden states `, never Running`. See docs/expected-path.md.',
  witness:
    'Whose states the path is checked against: `vm` (status.printableStatus, as the upstream test), `vmi` (Synchronized condition), `pod` (virt-launcher container states) or `any`.',
  'expected-message':
    'Regular expression that the image pull error message must match (anywhere in it). Empty: the message must contain the image reference. Matched by RE2 (re2js), in time linear in the message, so no pattern can hang the step; RE2 has no backreferences (`\\1`) and no lookaround (`(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`).',
  timeout:
    "How long one attempt may take, e.g. `5m`, `10m`; from `1ms` to `24h`. On a real node the default path ends 20-37 s after the first pull when the launcher pod has KubeVirt's `guest-console-log` sidecar (v1.6 and later, serial console log on), 50-80 s without it (docs/kubelet-timing.md), so less than `5m` leaves little margin for the VM's start and a slow runner. The upstream test allows 660 s for two toggles in the worst case of the kubelet's back-off. An attempt's time includes creating its VM (retries included). Every API request has a 30 s deadline, so the whole step ends within 1m (pre-flight and creating the namespace) + `attempts` × `timeout` + 3m (cleanup) + 4m (reporting: 2m for all GitHub API calls, Retry-After waits included, and 2m for the timeline artifact's upload), plus the kind setup when `setup: kind`.",
  'poll-interval':
    'Interval of the polling fallback, used only while no watch is healthy (or for good when watch is forbidden); from `10ms` to `1m`.',
  attempts:
    'Attempts at most (a whole number from 1 to 10), each on a fresh VM, when an attempt fails in a way that may be timing. A failure followed by a pass is reported as `flaky`.',
  repeat:
    'Repeat mode for flake evidence: run the check on this many fresh VMs (one attempt each, no retries, so no failure is hidden) and report the failure rate with its Wilson 95 % interval and the failures grouped by cause. `1` (the default) is a normal check. At most 1000.',
  parallel:
    "In repeat mode, how many VMs run at once on the same shared watches; with `checks`, how many checks. The cluster must have room for them: the pre-flight compares their memory requests with the nodes' allocatable memory and refuses a `parallel` that does not fit. At most 50.",
  checks:
    'Several checks at once (a suite, README "Several checks at once"): a YAML list, inline or the path of a file in the repository. Each item has a `name` and either a `scenario` preset (`missing-image`, `unschedulable`, `missing-pvc`, `missing-datavolume`, `halted`, `running`; docs/presets.md) or a `vm-manifest`, and may set `expected-path`, `expected-message`, `witness`, `timeout` and `attempts`; what it leaves out comes from its preset, then from this step\'s inputs. The checks run side by side (`parallel` at a time) in one namespace. Every item is checked before anything is created. Empty: one check, set by the other inputs.',
  'fail-on-flaky':
    'Fail the step when the result is `flaky` (by default it passes with a warning).',
  cleanup:
    'What to delete afterwards: `always`, `on-success` (keep everything of a failed check for debugging), or `never`.',
  'github-token': 'Token for the PR comment and the nightly issue. Never printed.',
  'check-name':
    'Name of this check in reports. It keys the sticky PR comment, so two checks in one pull request (or a matrix) keep two comments. Empty: derived from the job and the KubeVirt version.',
  comment: 'Sticky PR comment with the timeline: `always`, `on-failure` or `never`.',
  summary: 'Write the timeline, a gantt chart and the verdict to the job summary.',
  annotations: 'Report the verdict as an error, warning or notice annotation.',
  'junit-path':
    'Where to write the JUnit XML (one test case per attempt). Empty: `$RUNNER_TEMP/kubevirt-transition-check/junit.xml`.',
  'timeline-path':
    'Where to write the timeline JSON (schema in docs/timeline-schema.md). Empty: `$RUNNER_TEMP/kubevirt-transition-check/timeline.json`.',
  'issue-on-failure':
    'On a scheduled or manually dispatched run: open one issue when the check fails, comment on it when it fails again, close it when the check passes again. Needs `issues: write`.',
  'issue-label':
    'Label that marks the issue opened by `issue-on-failure`, and finds it again on the next run; created in the repository when it does not exist yet.',
  baseline:
    "The runs this one is compared with (docs/trends.md): `auto` (the timeline artifacts of this check's recent runs on the default branch; needs `actions: read`), `none`, or the path of a timeline JSON file or of a folder of them.",
  history: 'How many earlier runs are compared with when the baseline is `auto` (1 to 100).',
  'regression-threshold':
    "A duration is a regression when it grew by more than this over the history's median, both the percentage and the absolute floor (so 2 ms -> 4 ms is not), and beyond every earlier run.",
  'fail-on-regression':
    'Fail the step when a duration regressed (by default a regression is only reported); with `checks`, when a duration of any check regressed.',
};

/** Every output of the action. */
export const OUTPUT_NAMES = [
  'result',
  'observed-path',
  'explanation',
  'timeline',
  'duration-ms',
  'attempts-used',
  'comment-url',
  'comment-path',
  'junit-path',
  'timeline-path',
  'diagnostics-path',
  'regressions',
  'checks',
  'trend-summary',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
