// The history without set-up: each run stores its timeline JSON as a workflow artifact with a
// stable name per check (@actions/artifact, loaded only when used), and finds the artifacts of
// the same check in the earlier runs of its workflow on the default branch through the REST API
// (runs -> artifacts -> download: a 302 to a zip). What cannot be had (no `actions: read`, an
// expired artifact, a corrupt zip, another schema version) is a notice; the check still reports.
// A run whose check failed is no baseline: its timing is that of a failure, not of the path.
import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { Config } from '../../config/index.ts';
import { parseTimelineDocument, TimelineDocumentError, readZip } from '../../trend/index.ts';
import { settleWithin } from '../../util/deadline.ts';
import { errorMessage } from '../../util/errors.ts';
import type { HistorySource } from './baseline.ts';
import { describeFailure, isPermissionDenied, type GitHub, type RunEvent } from './github.ts';
import { formatDuration } from '../render/words.ts';
import type { TimelineDocument } from '../render/timeline-json.ts';

/** The artifact of a check's timeline: the same name in every run, different per check. */
export function timelineArtifactName(checkName: string): string {
  const readable = checkName
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const hash = createHash('sha256').update(checkName).digest('hex').slice(0, 8);
  return `kubevirt-transition-check-timeline-${readable ? `${readable}-` : ''}${hash}`;
}

/** The artifact upload (one small file) gets this long; then the step goes on without it. */
export const ARTIFACT_UPLOAD_TIMEOUT_MS = 120_000;

/**
 * Uploads the timeline JSON file as the check's artifact, through the Actions results service
 * (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL`); returns the artifact's id.
 */
export async function uploadTimelineArtifact(path: string, checkName: string): Promise<number> {
  // Loaded here: its Azure and zip dependencies are not needed for anything else.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const name = timelineArtifactName(checkName);
  // "Re-run failed jobs" runs the job again in the same workflow run, where the first attempt's
  // artifact of this name exists and a second upload is refused (409). Like upload-artifact's
  // `overwrite: true` (actions/upload-artifact, src/upload/upload-artifact.ts,
  // deleteArtifactIfExists), the earlier one is deleted first: the newest attempt's timeline is
  // the one later runs compare with. No artifact to delete is the usual case; any other failure
  // is left to the upload, whose refusal then says what happened.
  await client.deleteArtifact(name).catch(() => undefined);
  const { id } = await client.uploadArtifact(name, [path], dirname(path));
  if (id === undefined) throw new Error('the artifact service returned no artifact id');
  return id;
}

export interface HistoryQuery {
  owner: string;
  repo: string;
  /** The repository's default branch: the history comes from there. */
  defaultBranch: string;
  /** `GITHUB_EVENT_NAME` of this run: a nightly compares with nightlies, others with both. */
  eventName: string;
  /** This run (`GITHUB_RUN_ID`), never part of its own history. */
  runId?: number;
  /** The workflow file (`e2e.yml`), from `GITHUB_WORKFLOW_REF`; absent: all the repository's runs. */
  workflow?: string;
  checkName: string;
  /** How many earlier runs to find. */
  count: number;
}

/**
 * The results whose timing is a baseline: a flaky check's last attempt passed. Read from the
 * timeline itself, not the run's conclusion: a run also fails for another job, or for a timing
 * regression with `fail-on-regression` (left out, the history would never catch up with a lasting
 * slowdown).
 */
const BASELINE_RESULTS = new Set(['passed', 'flaky']);

/** Runs looked at, at most, per run wanted: most runs of a workflow have the artifact. */
const RUNS_PER_WANTED = 3;
const PAGE_SIZE = 50;

/**
 * The timeline documents of earlier runs of this check, oldest first, at most `query.count`.
 * `notice` hears what was left out and why. Throws (a notice for the caller) when the runs or
 * artifacts cannot be listed at all, e.g. without `actions: read`.
 */
export async function fetchHistory(
  github: GitHub,
  query: HistoryQuery,
  notice: (line: string) => void,
): Promise<TimelineDocument[]> {
  const events =
    query.eventName === 'schedule' ? ['schedule'] : ['schedule', 'push', 'workflow_dispatch'];
  const name = timelineArtifactName(query.checkName);
  const documents: TimelineDocument[] = [];
  const left = { expired: 0, missing: 0, unusable: 0, failed: 0 };
  let looked = 0;
  for await (const run of earlierRuns(github, query)) {
    if (documents.length >= query.count || looked >= query.count * RUNS_PER_WANTED) break;
    if (run.id === query.runId || !events.includes(run.event)) continue;
    looked++;
    const { data } = await github.rest.actions.listWorkflowRunArtifacts({
      owner: query.owner,
      repo: query.repo,
      run_id: run.id,
      name,
    });
    const artifact = data.artifacts.find((candidate) => candidate.name === name);
    if (!artifact) {
      left.missing++;
      continue;
    }
    if (artifact.expired) {
      left.expired++;
      continue;
    }
    const source = `the timeline artifact of run ${run.id}`;
    try {
      const zip = await downloadZip(github, query, artifact.id);
      if (zip === 'expired') {
        left.expired++;
        continue;
      }
      const document = timelineFromZip(zip, source);
      if (!BASELINE_RESULTS.has(document.result)) {
        left.failed++;
        continue;
      }
      documents.push(document);
    } catch (error) {
      if (isPermissionDenied(error)) throw error;
      left.unusable++;
      notice(
        error instanceof TimelineDocumentError
          ? `Left out ${error.message}`
          : `Left out ${source}: ${describeFailure(error)}`,
      );
    }
  }
  if (left.expired > 0)
    notice(
      `${left.expired} earlier run${left.expired === 1 ? '' : 's'} had an expired timeline artifact (artifact retention).`,
    );
  if (left.failed > 0)
    notice(
      `Left out ${left.failed} earlier run${left.failed === 1 ? '' : 's'} whose check failed: a failed check's timing is not a baseline.`,
    );
  return documents.reverse();
}

interface WorkflowRun {
  id: number;
  event: string;
}

/** Completed runs on the default branch, newest first, page by page. */
async function* earlierRuns(github: GitHub, query: HistoryQuery): AsyncGenerator<WorkflowRun> {
  const parameters = {
    owner: query.owner,
    repo: query.repo,
    branch: query.defaultBranch,
    status: 'completed' as const,
    per_page: PAGE_SIZE,
  };
  const pages = query.workflow
    ? github.paginate.iterator(github.rest.actions.listWorkflowRuns, {
        ...parameters,
        workflow_id: query.workflow,
      })
    : github.paginate.iterator(github.rest.actions.listWorkflowRunsForRepo, parameters);
  for await (const page of pages) {
    for (const run of page.data) yield { id: run.id, event: run.event };
  }
}

/** The artifact's zip: GitHub answers 302 to a short-lived blob URL, which fetch follows. */
async function downloadZip(
  github: GitHub,
  query: HistoryQuery,
  artifactId: number,
): Promise<Buffer | 'expired'> {
  try {
    const response = await github.rest.actions.downloadArtifact({
      owner: query.owner,
      repo: query.repo,
      artifact_id: artifactId,
      archive_format: 'zip',
    });
    return Buffer.from(response.data as ArrayBuffer);
  } catch (error) {
    if ((error as { status?: number }).status === 410) return 'expired';
    throw error;
  }
}

/** The one timeline JSON in the artifact's zip. */
export function timelineFromZip(zip: Buffer, source: string): TimelineDocument {
  let entries;
  try {
    entries = readZip(zip);
  } catch (error) {
    throw new Error(`the zip cannot be read (${errorMessage(error)})`, { cause: error });
  }
  const json = entries.filter((entry) => basename(entry.name).endsWith('.json'));
  if (json.length !== 1)
    throw new Error(`the zip holds ${json.length} JSON files, not the one timeline`);
  return parseTimelineDocument(json[0]!.content.toString('utf8'), source);
}

/** The workflow file of this run, from `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/e2e.yml@ref`). */
export function workflowFile(env: NodeJS.ProcessEnv): string | undefined {
  const match = /\/\.github\/workflows\/([^@/]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
  return match?.[1];
}

/**
 * `baseline: auto` on GitHub: the earlier runs of this workflow on the default branch. Without
 * `actions: read` (403) or without a default branch in the event, a notice and no comparison.
 */
export function gitHubHistory(
  github: GitHub,
  event: RunEvent,
  checkName: string,
  env: NodeJS.ProcessEnv,
  notice: (line: string) => void,
  debug: (line: string) => void = () => {},
): HistorySource {
  return async (config: Config) => {
    if (!event.defaultBranch) {
      debug('No comparison with earlier runs: the event payload does not name the default branch.');
      return undefined;
    }
    const runId = Number(env.GITHUB_RUN_ID);
    try {
      return await fetchHistory(
        github,
        {
          owner: event.owner,
          repo: event.repo,
          defaultBranch: event.defaultBranch,
          eventName: event.name,
          runId: Number.isInteger(runId) ? runId : undefined,
          workflow: workflowFile(env),
          checkName,
          count: config.history,
        },
        notice,
      );
    } catch (error) {
      notice(
        isPermissionDenied(error)
          ? `No comparison with earlier runs: the token may not read this repository's workflow runs and artifacts (${describeFailure(error)}). Give the job 'permissions: actions: read', or set 'baseline: none'.`
          : `No comparison with earlier runs: ${describeFailure(error)}`,
      );
      return undefined;
    }
  };
}

/**
 * Stores this run's timeline JSON as the check's artifact, for later runs to compare with. Only
 * in a workflow job (the runtime token and results URL are set); a failure is a warning.
 */
export async function storeTimeline(
  path: string,
  checkName: string,
  env: NodeJS.ProcessEnv,
  log: { info: (line: string) => void; warning: (line: string) => void },
  timeoutMs: number = ARTIFACT_UPLOAD_TIMEOUT_MS,
): Promise<void> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return;
  try {
    // @actions/artifact takes no signal: a hung upload is left behind, the step goes on (and its
    // process exits after its work: util/exit.ts).
    const id = await settleWithin(
      uploadTimelineArtifact(path, checkName),
      timeoutMs,
      () => new Error(`the upload did not finish within ${formatDuration(timeoutMs)}`),
    );
    log.info(
      `Stored the timeline as artifact ${timelineArtifactName(checkName)} (id ${id}) for later runs to compare with.`,
    );
  } catch (error) {
    log.warning(
      `Could not store the timeline as an artifact, so later runs cannot compare with this one: ${errorMessage(error)}`,
    );
  }
}
