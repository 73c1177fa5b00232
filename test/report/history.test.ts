// The history without set-up, against the local GitHub API stand-in: the timeline stored as an
// artifact through @actions/artifact (results service + blob storage), earlier runs found
// through the REST API (runs on the default branch, their artifacts, the 302 to a zip), and
// everything that can go wrong with them reported as a notice while the check still reports.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CheckOutcome } from '../../src/outcome.ts';
import { gitHubClient } from '../../src/report/publish/github.ts';
import {
  fetchHistory,
  storeTimeline,
  timelineArtifactName,
  type HistoryQuery,
} from '../../src/report/publish/history.ts';
import { timelineDocument } from '../../src/report/render/timeline-json.ts';
import { FakeArtifacts, type ArtifactState, type FakeRun } from '../support/artifacts.ts';
import {
  passedOutcome,
  preflightErrorOutcome,
  testContext,
  unschedulableOutcome,
} from '../support/outcomes.ts';
import { publishHarness } from '../support/publish.ts';
import { retimed, startedLater } from '../support/trend.ts';
import { zip } from '../support/zip.ts';

const TOKEN = 'ghs_SECRET_read_token_33333333333333333';
const CHECK = 'nightly';
const NAME = timelineArtifactName(CHECK);

let actions: FakeArtifacts;
const harness = publishHarness(async (github) => {
  github.addToken(TOKEN);
  actions = await new FakeArtifacts(github, { event: 'schedule' }).start();
  return () => actions.close();
});

/** The timeline JSON of an earlier nightly, `day` days before the current one. */
function nightly(day: number, factor = 1, outcome: CheckOutcome = passedOutcome()): string {
  const earlier = startedLater(retimed(outcome, factor), -day);
  return JSON.stringify(timelineDocument(earlier, { ...testContext(), checkName: CHECK }));
}

/** An earlier completed run with the check's timeline artifact. */
function runWithTimeline(
  event: string,
  content: Buffer,
  { state, conclusion }: { state?: ArtifactState; conclusion?: FakeRun['conclusion'] } = {},
) {
  const run = actions.addRun({ event, conclusion });
  return { ...run, artifact: actions.addArtifact(run.id, NAME, content, state) };
}

function query(overrides: Partial<HistoryQuery> = {}): HistoryQuery {
  return {
    owner: 'acme',
    repo: 'kubevirt',
    defaultBranch: 'main',
    eventName: 'schedule',
    runId: actions.currentRun.id,
    workflow: 'e2e.yml',
    checkName: CHECK,
    count: 14,
    ...overrides,
  };
}

async function history(overrides: Partial<HistoryQuery> = {}) {
  const notices: string[] = [];
  const documents = await fetchHistory(
    gitHubClient(TOKEN, { baseUrl: harness.github.url }),
    query(overrides),
    (line) => notices.push(line),
  );
  return { documents, notices };
}

describe('the timeline artifact', () => {
  it('is uploaded through the results service and blob storage, and found by a later run', async () => {
    Object.assign(process.env, actions.runtimeEnv());
    const path = join(harness.dir, 'timeline.json');
    writeFileSync(path, nightly(0));
    const log = { info: [] as string[], warning: [] as string[] };
    await storeTimeline(path, CHECK, process.env, {
      info: (line) => log.info.push(line),
      warning: (line) => log.warning.push(line),
    });
    assert.deepEqual(log.warning, []);
    assert.deepEqual(
      actions.serviceCalls.map((call) => [call.method, call.body.name ?? call.body.name_filter]),
      [
        ['ListArtifacts', NAME],
        ['CreateArtifact', NAME],
        ['FinalizeArtifact', NAME],
      ],
    );
    const [stored] = actions.artifacts;
    assert.equal(stored?.runId, actions.currentRun.id);
    assert.match(
      log.info[0]!,
      new RegExp(`Stored the timeline as artifact ${NAME} \\(id ${stored.id}\\)`),
    );

    // The next nightly finds it: the archive @actions/artifact wrote, read back.
    actions.currentRun.status = 'completed';
    const { documents } = await history({ runId: undefined });
    assert.equal(documents.length, 1);
    assert.deepEqual(documents[0], JSON.parse(readFileSync(path, 'utf8')));
    assert.deepEqual(actions.leakedTokens, [], 'the token never goes to blob storage');
  });

  it("replaces the first attempt's artifact when a failed job is re-run in the same run", async () => {
    Object.assign(process.env, actions.runtimeEnv());
    const path = join(harness.dir, 'timeline.json');
    const log = { info: [] as string[], warning: [] as string[] };
    const store = async (content: string) => {
      writeFileSync(path, content);
      await storeTimeline(path, CHECK, process.env, {
        info: (line) => log.info.push(line),
        warning: (line) => log.warning.push(line),
      });
    };
    await store(nightly(0, 1, unschedulableOutcome()));
    const [first] = actions.artifacts;
    await store(nightly(0));
    assert.deepEqual(log.warning, [], 'no 409 for the name the first attempt used');
    assert.deepEqual(
      actions.serviceCalls.slice(3).map((call) => call.method),
      ['ListArtifacts', 'DeleteArtifact', 'CreateArtifact', 'FinalizeArtifact'],
    );
    const stored = actions.artifacts.filter((artifact) => artifact.name === NAME);
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]!.id, first!.id);
    assert.match(log.info[1]!, new RegExp(`\\(id ${stored[0]!.id}\\)`));

    // Later runs compare with the re-run's (passed) timeline, not the first attempt's failure.
    actions.currentRun.status = 'completed';
    const { documents } = await history({ runId: undefined });
    assert.deepEqual(documents[0], JSON.parse(readFileSync(path, 'utf8')));
  });

  it('is not stored outside a workflow job, and a failed upload is a warning', async () => {
    const path = join(harness.dir, 'timeline.json');
    writeFileSync(path, nightly(0));
    const warnings: string[] = [];
    const log = { info: () => {}, warning: (line: string) => warnings.push(line) };
    await storeTimeline(path, CHECK, {}, log);
    assert.deepEqual(actions.serviceCalls, []);
    Object.assign(process.env, actions.runtimeEnv(), { ACTIONS_RUNTIME_TOKEN: 'not-a-jwt' });
    await storeTimeline(path, CHECK, process.env, log);
    assert.match(
      warnings[0] ?? '',
      /^Could not store the timeline as an artifact, so later runs cannot compare with this one: /,
    );
  });

  it('gives up on an artifact service that never answers, with a warning, at its deadline', async () => {
    Object.assign(process.env, actions.runtimeEnv());
    const path = join(harness.dir, 'timeline.json');
    writeFileSync(path, nightly(0));
    // The results service takes the request and never answers.
    harness.github.extraRoutes.unshift((_request, _response, url) =>
      Promise.resolve(url.pathname.includes('/twirp/')),
    );
    const warnings: string[] = [];
    const started = performance.now();
    await storeTimeline(
      path,
      CHECK,
      process.env,
      { info: () => {}, warning: (line) => warnings.push(line) },
      300,
    );
    assert.ok(performance.now() - started < 5_000, 'ended at the deadline');
    assert.match(
      warnings[0] ?? '',
      /^Could not store the timeline as an artifact, so later runs cannot compare with this one: the upload did not finish within 300 ?ms$/,
    );
  });

  it('has a stable name per check, safe for the artifact service', () => {
    assert.equal(timelineArtifactName(CHECK), NAME);
    assert.notEqual(
      timelineArtifactName('nightly · KubeVirt v1.8.4'),
      timelineArtifactName('nightly · KubeVirt v1.9.0'),
    );
    assert.match(
      timelineArtifactName('a/b: "c" <d>|*?\\'),
      /^kubevirt-transition-check-timeline-a-b-c-d-[0-9a-f]{8}$/,
    );
  });
});

describe('fetchHistory', () => {
  it('takes the newest nightlies on the default branch, over pages, skipping other events', async () => {
    for (let day = 20; day >= 1; day--)
      runWithTimeline('schedule', zip({ 'timeline.json': nightly(day) }));
    // Newer than every nightly: 60 pushes, so the nightlies are on the second page of 50.
    for (let index = 0; index < 60; index++)
      runWithTimeline('push', zip({ 'timeline.json': nightly(0) }));
    actions.addRun({ event: 'schedule', branch: 'feature' });
    const { documents, notices } = await history({ count: 3 });
    assert.deepEqual(notices, []);
    assert.deepEqual(
      documents.map((document) => document.attempts[0]!.startedAt.slice(0, 10)),
      ['2026-02-26', '2026-02-27', '2026-02-28'],
      'the 3 newest nightlies, oldest first',
    );
    const pages = actions.requests.filter((request) =>
      request.path.endsWith('/workflows/e2e.yml/runs'),
    );
    assert.deepEqual(
      pages.map((request) => [
        request.query.get('branch'),
        request.query.get('status'),
        request.query.get('page') ?? '1',
      ]),
      [
        ['main', 'completed', '1'],
        ['main', 'completed', '2'],
      ],
    );
  });

  it('compares a pull request with pushes and nightlies of the default branch', async () => {
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(2) }));
    runWithTimeline('push', zip({ 'timeline.json': nightly(1) }));
    runWithTimeline('pull_request', zip({ 'timeline.json': nightly(0) }));
    const { documents } = await history({ eventName: 'pull_request' });
    assert.equal(documents.length, 2);
  });

  it('leaves out expired artifacts, corrupt zips and other schema versions, saying so', async () => {
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(6) }));
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(5) }), { state: 'expired' });
    const corrupt = runWithTimeline(
      'schedule',
      zip({ 'timeline.json': nightly(4) }).subarray(0, 60),
    );
    const older = runWithTimeline(
      'schedule',
      zip({ 'timeline.json': JSON.stringify({ ...JSON.parse(nightly(3)), schemaVersion: 0 }) }),
    );
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(2) }, 0));
    actions.addRun({ event: 'schedule' }); // a run without the artifact (say, it failed early)
    const { documents, notices } = await history();
    assert.equal(documents.length, 2);
    assert.deepEqual(notices, [
      `Left out the timeline artifact of run ${older.id} has timeline schema version 0, older than the versions 1 and 2 this release reads; it is left out of the comparison`,
      `Left out the timeline artifact of run ${corrupt.id}: the zip cannot be read (not a zip archive (no end of central directory record))`,
      '1 earlier run had an expired timeline artifact (artifact retention).',
    ]);
  });

  it('takes an artifact gone (410) between the listing and the download as expired', async () => {
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(2) }));
    const gone = runWithTimeline('schedule', zip({ 'timeline.json': nightly(1) }), {
      state: 'expiring',
    });
    const { documents, notices } = await history();
    assert.equal(documents.length, 1);
    assert.deepEqual(notices, [
      '1 earlier run had an expired timeline artifact (artifact retention).',
    ]);
    assert.ok(
      actions.requests.some((request) =>
        request.path.endsWith(`/artifacts/${gone.artifact.id}/zip`),
      ),
      'listed as live, so its download was tried',
    );
  });

  it('leaves out the runs whose check failed, not a run that failed for another job', async () => {
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(4) }));
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(3, 1, unschedulableOutcome()) }), {
      conclusion: 'failure',
    });
    const couldNotRun = nightly(2, 1, preflightErrorOutcome());
    runWithTimeline('schedule', zip({ 'timeline.json': couldNotRun }), { conclusion: 'failure' });
    // The check passed; another job (or fail-on-regression) failed the run: still a baseline.
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(1, 1.5) }), {
      conclusion: 'failure',
    });
    const { documents, notices } = await history();
    assert.deepEqual(
      documents.map((document) => [document.result, document.attempts[0]?.startedAt.slice(0, 10)]),
      [
        ['passed', '2026-02-25'],
        ['passed', '2026-02-28'],
      ],
    );
    assert.deepEqual(notices, [
      "Left out 2 earlier runs whose check failed: a failed check's timing is not a baseline.",
    ]);
  });

  it('stops at the limit of runs it looks at when few have the artifact', async () => {
    for (let index = 0; index < 30; index++) actions.addRun({ event: 'schedule' });
    const { documents } = await history({ count: 2 });
    assert.deepEqual(documents, []);
    const listed = actions.requests.filter((request) => request.path.endsWith('/artifacts'));
    assert.equal(listed.length, 6, '3 runs looked at per run wanted');
  });
});

describe('publishReport with baseline: auto', () => {
  /** A nightly on the default branch, in a job that can store and list artifacts. */
  async function publish(outcome: CheckOutcome, token = TOKEN) {
    const env = harness.env(
      'schedule',
      {
        ...actions.runtimeEnv(),
        GITHUB_WORKFLOW_REF: 'acme/kubevirt/.github/workflows/e2e.yml@refs/heads/main',
        GITHUB_JOB: 'nightly',
      },
      { repository: { default_branch: 'main' } },
    );
    // @actions/artifact reads the runtime token and results URL from process.env.
    Object.assign(process.env, env);
    return harness.publish(
      outcome,
      { 'github-token': token, 'check-name': CHECK, 'issue-on-failure': 'true' },
      env,
    );
  }

  it('compares a slower nightly with the stored ones, opens the issue and stores its own', async () => {
    for (const [day, factor] of [
      [4, 1],
      [3, 0.98],
      [2, 1.02],
      [1, 1.01],
    ] as const)
      runWithTimeline('schedule', zip({ 'timeline.json': nightly(day, factor) }));
    const { report } = await publish(retimed(passedOutcome(), 1.3));
    assert.match(report.outputs['trend-summary'], /^Compared with 4 earlier runs .* regressions?/);
    const regressions = JSON.parse(report.outputs.regressions) as {
      metric: string;
      changePercent: number;
    }[];
    assert.ok(
      regressions.some((r) => r.metric === 'pull attempt 1→2 interval' && r.changePercent > 25),
    );
    assert.equal(
      harness.github.issues[0]?.title,
      'KubeVirt transition check "nightly" regressed in timing',
    );
    assert.ok(actions.artifacts.some((a) => a.runId === actions.currentRun.id && a.name === NAME));
  });

  it('reports with the rest of the history when an artifact is gone (410) at its download', async () => {
    for (const day of [4, 3, 2])
      runWithTimeline('schedule', zip({ 'timeline.json': nightly(day) }));
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(1) }), { state: 'expiring' });
    const { report, out } = await publish(passedOutcome());
    assert.match(
      out,
      /^::notice::1 earlier run had an expired timeline artifact \(artifact retention\)\.$/m,
    );
    assert.equal(report.outputs.result, 'passed');
    assert.match(
      report.outputs['trend-summary'],
      /^Compared with 3 earlier runs .*: no regression\./,
    );
  });

  it('without actions: read gives a notice and still reports', async () => {
    runWithTimeline('schedule', zip({ 'timeline.json': nightly(1) }));
    actions.denyActions(TOKEN);
    const { report, out } = await publish(passedOutcome());
    assert.match(
      out,
      /::notice::No comparison with earlier runs: the token may not read this repository's workflow runs and artifacts \(403 Resource not accessible by integration\)\. Give the job 'permissions: actions: read', or set 'baseline: none'\./,
    );
    assert.equal(report.outputs.result, 'passed');
    assert.equal(report.outputs.regressions, '[]');
    assert.equal(report.trend, undefined);
  });
});
