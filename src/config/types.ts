// The one typed Config the whole check reads: every input or flag validated, with its default
// applied. Built in index.ts (readConfig); kind-setup.ts builds `setup: kind`'s options from it.
import type { Preset } from '../presets.ts';
import type { VirtualMachine } from '../cluster/index.ts';
import type { MessagePattern } from '../util/pattern.ts';
import type { Audience } from '../util/setting.ts';
import type { Threshold } from '../trend/index.ts';
import type { PathNode } from '../verify/index.ts';
import type { WitnessChoice } from '../verify/types.ts';

export interface Config {
  /** Who reads the messages: the action (inputs) or the CLI (flags); see util/setting.ts. */
  audience: Audience;
  /** Path of the kubeconfig; `undefined`: the kind cluster's, `$KUBECONFIG` or `~/.kube/config`. */
  kubeconfig?: string;
  /** `kind`: create a kind cluster with KubeVirt for this run, and delete it afterwards. */
  setup: 'none' | 'kind';
  kindVersion: string;
  kindClusterName: string;
  /** kind node image (with digest); `undefined` (input `default`): the default image of `kindVersion`. */
  kindNodeImage?: string;
  kubectlVersion: string;
  /** A release tag (`v1.8.4`) or `stable`. */
  kubevirtVersion: string;
  emulation: 'auto' | 'true' | 'false';
  /** `undefined`: generate a namespace per run and delete it afterwards. */
  namespace?: string;
  /** Prefix of each attempt's VM name. */
  vmName: string;
  /** The containerDisk image that must fail to pull; a valid reference. */
  image: string;
  /** True when `image` differs from the default, so it overrides the image of `vmManifest`. */
  imageGiven: boolean;
  /** Path of a VirtualMachine YAML replacing the built-in manifest. */
  vmManifest?: string;
  /** The VirtualMachine of `vmManifest`, read and checked (`image` put in when given). */
  vmTemplate?: VirtualMachine;
  /** The `expected-path` text as given, and its parse. */
  expectedPath: string;
  path: PathNode;
  witness: WitnessChoice;
  /** What the pull error message must match (default: contains the image reference). */
  expectedMessage: MessagePattern;
  /** False when `expectedMessage` is the default, so a manifest's own image can take its place. */
  expectedMessageGiven: boolean;
  /** Time allowed for one attempt. */
  timeoutMs: number;
  /** Interval of the polling fallback. */
  pollIntervalMs: number;
  attempts: number;
  /** Repeat mode when above 1: this many fresh VMs, one attempt each. */
  repeat: number;
  /** In repeat mode, VMs at once. */
  parallel: number;
  failOnFlaky: boolean;
  cleanup: 'always' | 'on-success' | 'never';
  /** Secret: never log it. Empty when no token is available. */
  githubToken: string;
  /** Name of the check in reports; empty: derived by the reporter from the job. */
  checkName: string;
  comment: 'always' | 'on-failure' | 'never';
  summary: boolean;
  annotations: boolean;
  junitPath: string;
  timelinePath: string;
  issueOnFailure: boolean;
  issueLabel: string;
  /** `auto` (earlier runs' artifacts), `none`, or the path of a timeline JSON file or folder. */
  baseline: string;
  /** How many earlier runs `baseline: auto` compares with. */
  history: number;
  regressionThreshold: Threshold;
  failOnRegression: boolean;
  /**
   * A suite (`checks`): each check's own Config, the step's inputs under its own fields, with
   * `checkName` its name. Undefined: one check, this Config.
   */
  checks?: Config[];
  /** In a suite, the check's scenario preset: it makes the VM (docs/presets.md). */
  preset?: Preset;
  /** True when the path is the preset's default, so the KubeVirt release found may pick another. */
  pathFromPreset?: boolean;
}
