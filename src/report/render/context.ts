// What the renderers need to know besides the outcome: the check's name, the inputs worth
// repeating, and links to the run. Built from the Config and the runner's environment, so the
// renderers themselves stay pure.
import type { Config } from '../../config/index.ts';
import type { CheckOutcome } from '../../outcome.ts';
import type { Comparison } from '../../trend/index.ts';
import type { WitnessChoice } from '../../verify/types.ts';

/** Where the action's README is when the run does not say (`uses: ./`, the CLI). */
const ACTION_HOME = 'https://github.com/kubevirt-transition-check/kubevirt-transition-check';

export interface ReportContext {
  /** The check's name in reports; it keys the sticky comment and the nightly issue. */
  checkName: string;
  image: string;
  expectedPath: string;
  witness: WitnessChoice;
  /** Attempts allowed by the `attempts` input. */
  attemptsAllowed: number;
  junitPath?: string;
  timelinePath?: string;
  /** The workflow run (with its attempt) and the commit, when running on GitHub. */
  runUrl?: string;
  commit?: { sha: string; url: string };
  /** `owner/name` of the repository under test. */
  repository?: string;
  /** The action's README: its repository when it runs as `uses: owner/name@ref`, else its home. */
  readmeUrl?: string;
  /** This run compared with earlier ones (docs/trends.md), when there was a baseline. */
  trend?: Comparison;
  /** A suite: each check compared with the check of the same name in earlier runs, by name. */
  checkTrends?: Record<string, Comparison>;
}

/** The Config fields reports use (the CLI can build a context without the GitHub ones). */
export type ReportConfig = Pick<
  Config,
  | 'checkName'
  | 'image'
  | 'expectedPath'
  | 'witness'
  | 'attempts'
  | 'kubevirtVersion'
  | 'junitPath'
  | 'timelinePath'
>;

/**
 * The context of a report. An empty `check-name` becomes `<job> · KubeVirt <version>`, which
 * tells apart the legs of a matrix over KubeVirt versions; anything else needs `check-name`.
 * The version is the one the pre-flight read from the cluster when the outcome has it, else the
 * `kubevirt-version` input (which says `stable` until a setup resolves it); the CLI, which
 * has no such input, gives none, and a check whose cluster was never read is just `<job>`.
 */
export function reportContext(
  config: ReportConfig,
  env: NodeJS.ProcessEnv = process.env,
  outcome?: Pick<CheckOutcome, 'environment'>,
): ReportContext {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY || undefined;
  const runId = env.GITHUB_RUN_ID;
  const runAttempt = env.GITHUB_RUN_ATTEMPT;
  const sha = env.GITHUB_SHA;
  const actionRepository = env.GITHUB_ACTION_REPOSITORY;
  const job = env.GITHUB_JOB || 'check';
  const version = outcome?.environment?.kubevirtVersion ?? config.kubevirtVersion;
  return {
    checkName: config.checkName || (version ? `${job} · KubeVirt ${version}` : job),
    image: config.image,
    expectedPath: config.expectedPath,
    witness: config.witness,
    attemptsAllowed: config.attempts,
    junitPath: config.junitPath,
    timelinePath: config.timelinePath,
    runUrl:
      repository && runId
        ? `${server}/${repository}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}`
        : undefined,
    commit: repository && sha ? { sha, url: `${server}/${repository}/commit/${sha}` } : undefined,
    repository,
    readmeUrl:
      actionRepository && /^[\w.-]+\/[\w.-]+$/.test(actionRepository)
        ? `${server}/${actionRepository}#readme`
        : `${ACTION_HOME}#readme`,
  };
}
