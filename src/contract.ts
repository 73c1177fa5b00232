// Generated from action.yml by `npm run generate`. Do not edit: change action.yml instead.

/** Every input of the action with its default, exactly as action.yml declares it. */
export const INPUT_DEFAULTS = {
  kubeconfig: '',
  setup: 'none',
  'kind-version': 'v0.31.0',
  'kind-cluster-name': 'kubevirt-transition-check',
  'kind-node-image': '',
  'kubectl-version': 'v1.35.0',
  'kubevirt-version': 'stable',
  emulation: 'auto',
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
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** Every output of the action. */
export const OUTPUT_NAMES = [
  'result',
  'observed-path',
  'explanation',
  'timeline',
  'duration-ms',
  'attempts-used',
  'comment-url',
  'junit-path',
  'timeline-path',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
