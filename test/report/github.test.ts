// The GitHub side against a local server that answers like the REST API, with the real Octokit
// of @actions/github pointed at it through its base URL.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  GitHubBudgetError,
  RateLimitError,
  acceptedPermissions,
  gitHubClient,
  isPermissionDenied,
  rateLimitWaitMs,
  readRunEvent,
  type RetryPolicy,
} from '../../src/report/publish/github.ts';
import { StaleCommentError, upsertStickyComment } from '../../src/report/publish/comment.ts';
import {
  reconcileNightlyIssue,
  type NightlyIssue,
} from '../../src/report/publish/nightly-issue.ts';
import { FakeGitHub } from '../support/github-api.ts';

const WRITE = 'ghs_write_token_000000000000000000000';
const READ = 'ghs_fork_read_only_0000000000000000000';
const MARKER = '<!-- kubevirt-transition-check:comment key=pr%2Dcheck -->';

let server: FakeGitHub;
let waits: number[];

/** Retries that record the requested waits instead of sleeping. */
function retry(overrides: Partial<RetryPolicy> = {}): Partial<RetryPolicy> {
  return {
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    now: () => Date.parse('2026-03-01T03:00:00Z'),
    ...overrides,
  };
}

function client(token = WRITE, overrides: Partial<RetryPolicy> = {}) {
  return gitHubClient(token, { baseUrl: server.url, retry: retry(overrides) });
}

function comment(body: string, options: { issueNumber?: number; create?: boolean } = {}) {
  return {
    owner: 'acme',
    repo: 'kubevirt',
    issueNumber: options.issueNumber ?? 7,
    marker: MARKER,
    body: `${body}\n${MARKER}`,
    create: options.create ?? true,
  };
}

beforeEach(async () => {
  await server?.close();
  server = await new FakeGitHub('acme/kubevirt').start();
  server.addToken(WRITE);
  server.addToken(READ, { write: false });
  server.addPullRequest(7);
  waits = [];
});

after(async () => {
  await server?.close();
});

describe('sticky PR comment', () => {
  it('is created on the first run and updated in place on the next', async () => {
    const first = await upsertStickyComment(client(), comment('run 1: failed'));
    assert.equal(first.action, 'created');
    assert.match(first.url!, /^https:\/\/github.com\/acme\/kubevirt\/pull\/7#issuecomment-\d+$/);
    const second = await upsertStickyComment(client(), comment('run 2: passed'));
    assert.equal(second.action, 'updated');
    assert.equal(second.id, first.id);
    assert.equal(server.commentsOn(7).length, 1);
    assert.equal(server.commentsOn(7)[0]!.body, `run 2: passed\n${MARKER}`);
  });

  it('is left alone when the body did not change', async () => {
    await upsertStickyComment(client(), comment('same'));
    const again = await upsertStickyComment(client(), comment('same'));
    assert.equal(again.action, 'unchanged');
    assert.deepEqual(
      server.writes().map((r) => r.method),
      ['POST'],
    );
  });

  it('keeps one comment per check when two checks comment on the same PR', async () => {
    const other = '<!-- kubevirt-transition-check:comment key=nightly -->';
    await upsertStickyComment(client(), comment('pr-check 1'));
    await upsertStickyComment(client(), {
      ...comment('x'),
      marker: other,
      body: `nightly 1\n${other}`,
    });
    await upsertStickyComment(client(), comment('pr-check 2'));
    await upsertStickyComment(client(), {
      ...comment('x'),
      marker: other,
      body: `nightly 2\n${other}`,
    });
    const bodies = server.commentsOn(7).map((c) => c.body);
    assert.deepEqual(bodies, [`pr-check 2\n${MARKER}`, `nightly 2\n${other}`]);
  });

  it('finds its comment on a later page of a long discussion', async () => {
    for (let i = 0; i < 230; i++) server.addComment(7, `review comment ${i}`);
    const created = await upsertStickyComment(client(), comment('first'));
    for (let i = 0; i < 20; i++) server.addComment(7, `more ${i}`);
    const updated = await upsertStickyComment(client(), comment('second'));
    assert.equal(updated.action, 'updated');
    assert.equal(updated.id, created.id);
    assert.equal(server.commentsOn(7).filter((c) => c.body.includes(MARKER)).length, 1);
    const pages = server.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments'),
    );
    assert.deepEqual(
      pages.slice(-3).map((r) => [r.query.get('per_page'), r.query.get('page') ?? '1']),
      [
        ['100', '1'],
        ['100', '2'],
        ['100', '3'],
      ],
    );
  });

  it('removes a duplicate that a concurrent run of the same check created', async () => {
    server.addComment(7, `older\n${MARKER}`, 'github-actions[bot]');
    server.addComment(7, `racing\n${MARKER}`, 'github-actions[bot]');
    server.addComment(7, `a person quoting it\n${MARKER}`, 'someone');
    const result = await upsertStickyComment(client(), comment('now'));
    assert.equal(result.action, 'updated');
    assert.deepEqual(
      server.commentsOn(7).map((c) => [c.user.login, c.body.split('\n')[0]]),
      [
        ['github-actions[bot]', 'now'],
        ['someone', 'a person quoting it'],
      ],
    );
  });

  it("never edits or deletes a person's comment that quotes the marker, and posts its own verdict", async () => {
    const quoted = server.addComment(7, `Why is this here?\n${MARKER}`, 'someone');
    const again = server.addComment(7, `Still here:\n> ${MARKER}`, 'someone');
    const first = await upsertStickyComment(client(), comment('run 1: failed'));
    assert.equal(first.action, 'created');
    const second = await upsertStickyComment(client(), comment('run 2: passed'));
    assert.deepEqual([second.action, second.id], ['updated', first.id]);
    assert.deepEqual(
      server.commentsOn(7).map((c) => [c.user.login, c.body]),
      [
        ['someone', quoted.body],
        ['someone', again.body],
        ['github-actions[bot]', `run 2: passed\n${MARKER}`],
      ],
    );
    const touched = server
      .writes()
      .filter((r) => r.method !== 'POST')
      .map((r) => r.path);
    assert.deepEqual(touched, [`/repos/acme/kubevirt/issues/comments/${first.id}`]);
  });

  it('asks GitHub who the token is, so a bot or person token keeps its own comment', async () => {
    const APP = 'ghs_app_installation_token_000000000000';
    server.addToken(APP, { login: 'release-helper[bot]' });
    server.addComment(7, `GITHUB_TOKEN's comment\n${MARKER}`, 'github-actions[bot]');
    const created = await upsertStickyComment(client(APP), comment('from the app'));
    assert.equal(created.action, 'created', "another identity's comment is not this token's");
    const updated = await upsertStickyComment(client(APP), comment('from the app, again'));
    assert.deepEqual([updated.action, updated.id], ['updated', created.id]);
    assert.deepEqual(
      server.commentsOn(7).map((c) => c.body.split('\n')[0]),
      ["GITHUB_TOKEN's comment", 'from the app, again'],
    );
    assert.ok(server.requests.some((r) => r.method === 'POST' && r.path === '/graphql'));
  });

  it('is not created when only updates are allowed and none exists', async () => {
    const result = await upsertStickyComment(client(), comment('passed', { create: false }));
    assert.equal(result.action, 'none');
    assert.equal(server.commentsOn(7).length, 0);
  });

  it('fails with the 403 of a read-only fork token, which names the permissions it lacks', async () => {
    const error = await upsertStickyComment(client(READ), comment('x')).then(
      () => assert.fail('expected a 403'),
      (e: unknown) => e,
    );
    assert.ok(isPermissionDenied(error));
    assert.equal(acceptedPermissions(error), 'issues=write; pull_requests=write');
    assert.match(String(error), /Resource not accessible by integration/);
    assert.equal(server.commentsOn(7).length, 0);
    assert.deepEqual(waits, [], 'a permission 403 is not retried');
  });

  it('insists that the body carries its marker', async () => {
    await assert.rejects(
      upsertStickyComment(client(), { ...comment('x'), body: 'no marker' }),
      /must contain its marker/,
    );
  });
});

describe('rate limits', () => {
  it('retries a 429 after the Retry-After it names', async () => {
    server.rateLimit('429', { retryAfterSeconds: 7 });
    const result = await upsertStickyComment(client(), comment('x'));
    assert.equal(result.action, 'created');
    assert.deepEqual(waits, [7000]);
  });

  it('retries a secondary-limit 403 with Retry-After, and one without after a minute', async () => {
    server.rateLimit('secondary', { retryAfterSeconds: 3 });
    server.rateLimit('secondary');
    await upsertStickyComment(client(), comment('x'));
    assert.deepEqual(waits, [3000, 60_000]);
    assert.equal(server.commentsOn(7).length, 1);
  });

  it('waits for the reset of an exhausted primary limit when it is near', async () => {
    const now = Date.parse('2026-03-01T03:00:00Z');
    server.rateLimit('primary', { resetAt: now / 1000 + 20 });
    await upsertStickyComment(client(), comment('x'));
    assert.deepEqual(waits, [20_000]);
  });

  it('gives up at once when the primary limit resets too late', async () => {
    const now = Date.parse('2026-03-01T03:00:00Z');
    server.rateLimit('primary', { resetAt: now / 1000 + 3600 });
    await assert.rejects(upsertStickyComment(client(), comment('x')), (error: unknown) => {
      assert.ok(error instanceof RateLimitError);
      assert.match(error.message, /gave up after 0 retries, the limit asks for another 1h\./);
      assert.ok(!isPermissionDenied(error), 'a rate limit is not a permission problem');
      return true;
    });
    assert.deepEqual(waits, []);
  });

  it('gives up after a bounded number of retries', async () => {
    server.rateLimit('429', { retryAfterSeconds: 1, times: 10 });
    await assert.rejects(
      upsertStickyComment(client(WRITE, { maxRetries: 2 }), comment('x')),
      /GitHub rate-limited GET .*\/issues\/7\/comments\b.*gave up after 2 retries/,
    );
    assert.deepEqual(waits, [1000, 1000]);
  });

  it('reads the wait from the headers GitHub sends', () => {
    const now = 1_000_000;
    const wait = (status: number, headers: Record<string, string>, message = 'x') =>
      rateLimitWaitMs({ status, headers, message }, now);
    assert.equal(wait(429, { 'retry-after': '2' }), 2000);
    assert.equal(wait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1030' }), 30_000);
    assert.equal(wait(403, {}, 'You have exceeded a secondary rate limit.'), 60_000);
    assert.equal(wait(403, {}, 'Resource not accessible by integration'), undefined);
    assert.equal(wait(500, { 'retry-after': '2' }), undefined);
  });
});

describe('GitHub failing (5xx)', () => {
  it('retries a 500 on the update with back-off, so a failing run replaces an earlier pass', async () => {
    const passed = await upsertStickyComment(client(), comment('run 1: passed'));
    server.serverError(500, { method: 'PATCH' });
    const failed = await upsertStickyComment(client(), comment('run 2: failed'));
    assert.deepEqual([failed.action, failed.id], ['updated', passed.id]);
    assert.equal(server.commentsOn(7)[0]!.body, `run 2: failed\n${MARKER}`);
    assert.deepEqual(waits, [1000]);
  });

  it('says the comment is stale, naming it, when the update keeps failing', async () => {
    const passed = await upsertStickyComment(client(), comment('run 1: passed'));
    server.serverError(502, { method: 'PATCH', times: 10 });
    await assert.rejects(upsertStickyComment(client(), comment('run 2: failed')), (error) => {
      assert.ok(error instanceof StaleCommentError);
      assert.equal(error.url, passed.url);
      assert.match(error.message, /could not update .*#issuecomment-\d+: 502 /);
      return true;
    });
    assert.deepEqual(waits, [1000, 2000, 4000]);
  });

  it('looks for the nightly issue before creating it again after a 502 to a create GitHub did', async () => {
    server.serverError(502, { method: 'POST', path: /\/issues$/, applied: true });
    const opened = await reconcileNightlyIssue(client(), {
      owner: 'acme',
      repo: 'kubevirt',
      label: 'kubevirt-transition-check',
      marker: '<!-- kubevirt-transition-check:issue key=nightly -->',
      title: 'KubeVirt transition check "nightly" fails',
      state: 'failing',
      report: 'report',
    });
    const marked = server.issues.filter((i) => i.body.includes('key=nightly'));
    assert.equal(marked.length, 1, 'one issue, not a second one from the retry');
    assert.deepEqual([opened.action, opened.number], ['opened', marked[0]!.number]);
    assert.deepEqual(waits, [1000]);
  });

  it('creates the nightly issue again after a 502 to a create GitHub did not do', async () => {
    server.serverError(502, { method: 'POST', path: /\/issues$/ });
    const opened = await reconcileNightlyIssue(client(), {
      owner: 'acme',
      repo: 'kubevirt',
      label: 'kubevirt-transition-check',
      marker: '<!-- kubevirt-transition-check:issue key=nightly -->',
      title: 'KubeVirt transition check "nightly" fails',
      state: 'failing',
      report: 'report',
    });
    assert.equal(opened.action, 'opened');
    assert.equal(server.issues.filter((i) => i.body.includes('key=nightly')).length, 1);
  });

  it('looks for the sticky comment before creating it again after a 502 to a create GitHub did', async () => {
    server.serverError(502, { method: 'POST', path: /\/comments$/, applied: true });
    const created = await upsertStickyComment(client(), comment('run 1: failed'));
    assert.equal(server.commentsOn(7).length, 1, 'one comment, not a second one from the retry');
    assert.deepEqual([created.action, created.id], ['created', server.commentsOn(7)[0]!.id]);
  });

  it('does not retry what cannot get better (404, 422)', async () => {
    await assert.rejects(
      upsertStickyComment(client(), { ...comment('x'), issueNumber: 404 }),
      /Not Found/,
    );
    assert.deepEqual(waits, []);
  });
});

describe('the bound of all GitHub calls of a step', () => {
  it('waits out Retry-After only within the bound, then gives up naming it', async () => {
    let clock = Date.parse('2026-03-01T03:00:00Z');
    const github = client(WRITE, {
      budgetMs: 120_000,
      maxRetries: 10,
      now: () => clock,
      sleep: (ms) => {
        waits.push(ms);
        clock += ms;
        return Promise.resolve();
      },
    });
    server.rateLimit('429', { retryAfterSeconds: 50, times: 10 });
    await assert.rejects(upsertStickyComment(github, comment('x')), (error) => {
      assert.ok(error instanceof GitHubBudgetError);
      assert.match(
        error.message,
        /not retried: waiting 50\.0 s would pass the 2m these GitHub calls may take/,
      );
      return true;
    });
    assert.deepEqual(waits, [50_000, 50_000], 'at most the bound, not 3 × 60 s');
    const sent = server.requests.length;
    clock += 30_000;
    await assert.rejects(
      upsertStickyComment(github, comment('y')),
      /was not sent: these GitHub calls used up the 2m they may take/,
    );
    assert.equal(server.requests.length, sent, 'nothing is sent after the bound');
  });
});

describe('a GitHub API that does not answer', () => {
  it('fails the call within its deadline, naming the request, instead of holding the step', async () => {
    // Accepts the request and never answers, as a stuck proxy in front of GitHub would.
    server.extraRoutes.push((_request, _response, url) =>
      Promise.resolve(url.pathname.endsWith('/comments')),
    );
    const github = gitHubClient(WRITE, {
      baseUrl: server.url,
      retry: retry(),
      requestTimeoutMs: 300,
    });
    const started = performance.now();
    await assert.rejects(
      upsertStickyComment(github, comment('body')),
      /GitHub did not answer GET \/repos\/acme\/kubevirt\/issues\/7\/comments within 300 ?ms/,
    );
    assert.ok(performance.now() - started < 5_000, 'ended at the deadline, not later');
    assert.deepEqual(waits, [], 'a call that hung is not retried as a rate limit');
  });
});

describe('nightly issue', () => {
  const issue = (state: NightlyIssue['state'], report = `report (${state})`): NightlyIssue => ({
    owner: 'acme',
    repo: 'kubevirt',
    label: 'kubevirt-transition-check',
    marker: '<!-- kubevirt-transition-check:issue key=nightly -->',
    title: 'KubeVirt transition check "nightly" fails',
    state,
    report,
    runUrl: 'https://github.com/acme/kubevirt/actions/runs/1',
  });

  it('is opened on a failure, commented on when it fails again, closed when it passes', async () => {
    const opened = await reconcileNightlyIssue(client(), issue('failing'));
    assert.equal(opened.action, 'opened');
    const created = server.issues.find((i) => i.number === opened.number)!;
    assert.deepEqual(created.labels, ['kubevirt-transition-check']);
    assert.ok(created.body.startsWith('report (failing)'));
    assert.ok(created.body.endsWith('<!-- kubevirt-transition-check:issue key=nightly -->'));

    const again = await reconcileNightlyIssue(client(), issue('failing'));
    assert.deepEqual([again.action, again.number], ['commented', opened.number]);
    const flaky = await reconcileNightlyIssue(client(), issue('flaky'));
    assert.deepEqual([flaky.action, flaky.number], ['commented', opened.number]);
    const closed = await reconcileNightlyIssue(client(), issue('passing'));
    assert.deepEqual([closed.action, closed.number], ['closed', opened.number]);

    assert.equal(created.state, 'closed');
    assert.equal(created.stateReason, 'completed');
    assert.deepEqual(
      server.commentsOn(opened.number!).map((c) => c.body.split('\n')[0]),
      [
        'The check failed again in [this run](https://github.com/acme/kubevirt/actions/runs/1).',
        'The check passed in [this run](https://github.com/acme/kubevirt/actions/runs/1), but only on a retry (flaky).',
        'The check passes again in [this run](https://github.com/acme/kubevirt/actions/runs/1); closing.',
      ],
    );
    assert.equal(server.issues.filter((i) => !i.pullRequest).length, 1);

    const reopened = await reconcileNightlyIssue(client(), issue('failing'));
    assert.equal(reopened.action, 'opened', 'a new failure after a close opens a new issue');
    assert.notEqual(reopened.number, opened.number);
  });

  it('creates its label when the repository lacks it, so the next failure finds the issue', async () => {
    assert.equal(server.labels.has('kubevirt-transition-check'), false);
    const opened = await reconcileNightlyIssue(client(), issue('failing'));
    assert.deepEqual(server.labels.get('kubevirt-transition-check'), {
      name: 'kubevirt-transition-check',
      color: 'b60205',
      description: 'Opened by kubevirt-transition-check while a scheduled check fails',
    });
    assert.deepEqual(server.issues.find((i) => i.number === opened.number)!.labels, [
      'kubevirt-transition-check',
    ]);
    const again = await reconcileNightlyIssue(client(), issue('failing'));
    assert.deepEqual([again.action, again.number], ['commented', opened.number]);
    assert.equal(server.issues.filter((i) => !i.pullRequest).length, 1, 'not a second issue');
  });

  it('keeps an existing label as it is, and takes one created meanwhile (422)', async () => {
    const mine = { name: 'kubevirt-transition-check', color: '0e8a16', description: 'mine' };
    server.labels.set(mine.name, mine);
    await reconcileNightlyIssue(client(), issue('failing'));
    assert.deepEqual(server.labels.get(mine.name), mine);
    assert.deepEqual(
      server.writes().map((request) => `${request.method} ${request.path}`),
      ['POST /repos/acme/kubevirt/issues'],
      'no label written',
    );

    // Another job creates it between this job's look and its create.
    assert.equal((await reconcileNightlyIssue(client(), issue('passing'))).action, 'closed');
    server.labels.delete(mine.name);
    server.extraRoutes.push((request, _response, url) => {
      if (request.method === 'POST' && url.pathname.endsWith('/labels'))
        server.labels.set(mine.name, mine);
      return Promise.resolve(false);
    });
    const reopened = await reconcileNightlyIssue(client(), issue('failing'));
    assert.equal(reopened.action, 'opened');
    assert.deepEqual(server.issues.find((i) => i.number === reopened.number)!.labels, [mine.name]);
    assert.deepEqual(server.labels.get(mine.name), mine);
  });

  it('does nothing on a pass when no issue is open', async () => {
    assert.equal((await reconcileNightlyIssue(client(), issue('passing'))).action, 'none');
    assert.equal((await reconcileNightlyIssue(client(), issue('flaky'))).action, 'none');
    assert.deepEqual(server.writes(), []);
  });

  it('tells its own issue from others with the same label, and from pull requests', async () => {
    const token = WRITE;
    const github = client(token);
    server.labels.set('kubevirt-transition-check', {
      name: 'kubevirt-transition-check',
      color: '0e8a16',
      description: 'ours',
    });
    await github.rest.issues.create({
      owner: 'acme',
      repo: 'kubevirt',
      title: 'another check',
      labels: ['kubevirt-transition-check'],
      body: '<!-- kubevirt-transition-check:issue key=other -->',
    });
    const opened = await reconcileNightlyIssue(github, issue('failing'));
    assert.equal(opened.action, 'opened');
    const closed = await reconcileNightlyIssue(github, issue('passing'));
    assert.equal(closed.number, opened.number);
    assert.equal(server.issues.find((i) => i.title === 'another check')!.state, 'open');
  });
});

describe('readRunEvent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ktc-event-'));
  const payload = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it('reads the pull request number and whether its head is a fork', () => {
    const event = readRunEvent({
      GITHUB_REPOSITORY: 'acme/kubevirt',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payload('fork.json', {
        number: 7,
        pull_request: {
          number: 7,
          head: { repo: { full_name: 'someone/kubevirt' } },
          base: { repo: { full_name: 'acme/kubevirt' } },
        },
      }),
    });
    assert.deepEqual(event, {
      name: 'pull_request',
      owner: 'acme',
      repo: 'kubevirt',
      pullRequest: { number: 7, fromFork: true },
    });
  });

  it('takes a comment on a pull request as that pull request', () => {
    const event = readRunEvent({
      GITHUB_REPOSITORY: 'acme/kubevirt',
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: payload('comment.json', { issue: { number: 9, pull_request: {} } }),
    });
    assert.deepEqual(event?.pullRequest, { number: 9, fromFork: false });
  });

  it('has no pull request on a schedule, and no event outside GitHub', () => {
    const event = readRunEvent({
      GITHUB_REPOSITORY: 'acme/kubevirt',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: payload('schedule.json', { schedule: '17 3 * * *' }),
    });
    assert.deepEqual(event, { name: 'schedule', owner: 'acme', repo: 'kubevirt' });
    assert.equal(readRunEvent({}), undefined);
    assert.equal(
      readRunEvent({
        GITHUB_REPOSITORY: 'acme/kubevirt',
        GITHUB_EVENT_PATH: join(dir, 'missing.json'),
      })?.pullRequest,
      undefined,
    );
  });
});

before(() => {
  waits = [];
});
