// A local HTTP server on 127.0.0.1 that answers like the GitHub REST API for what reporting uses:
// issue comments (list with Link pagination, create, update, delete), issues (list by label,
// create, update/close), the repository's labels (get, create; a new issue's label that does not
// exist is dropped, the case GitHub documents for a token that may not create it), and GraphQL's
// `viewer { login }` (who the token is). Like GitHub, it lets a token that may write edit and
// delete anyone's comment: only the caller can keep off others'. Tokens are read-only or
// read-write, as a fork PR's GITHUB_TOKEN is;
// rate limits (429, primary and secondary 403) can be queued with GitHub's headers and bodies.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
  /** False: every write answers 403 "Resource not accessible by integration". */
  write: boolean;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason: string | null;
  pullRequest: boolean;
  user: FakeUser;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  token?: string;
  body?: unknown;
}

export type RateLimitKind = '429' | 'secondary' | 'primary';

interface QueuedFailure {
  kind: RateLimitKind;
  retryAfterSeconds?: number;
  resetAt?: number;
  remaining: number;
}

interface QueuedServerError {
  status: number;
  remaining: number;
  method?: string;
  path?: RegExp;
  applied?: boolean;
}

const DOCS = 'https://docs.github.com/rest';

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly users = new Map<string, FakeUser>();
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  /** The repository's labels by name. */
  readonly labels = new Map<string, { name: string; color: string; description: string }>();
  readonly requests: RecordedRequest[] = [];
  private readonly failures: QueuedFailure[] = [];
  private readonly serverErrors: QueuedServerError[] = [];
  private readonly server: Server;
  private nextCommentId = 1_000_001;
  private nextNumber = 1;
  private clock = Date.parse('2026-03-01T03:00:00Z');
  url = '';
  /** Handlers tried before the issue routes, e.g. the Actions artifacts of support/artifacts.ts. */
  readonly extraRoutes: ((
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ) => Promise<boolean>)[] = [];

  constructor(repository = 'acme/kubevirt') {
    const [owner, repo] = repository.split('/');
    this.owner = owner!;
    this.repo = repo!;
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Registers a token; `write: false` is a fork PR's read-only GITHUB_TOKEN. */
  addToken(token: string, user: Partial<FakeUser> = {}): void {
    this.users.set(token, {
      login: 'github-actions[bot]',
      type: 'Bot',
      write: true,
      ...user,
    });
  }

  addPullRequest(number: number): void {
    this.issues.push({
      number,
      title: `PR ${number}`,
      body: '',
      labels: [],
      state: 'open',
      stateReason: null,
      pullRequest: true,
      user: { login: 'contributor', type: 'User', write: false },
    });
    this.nextNumber = Math.max(this.nextNumber, number + 1);
  }

  /** A comment written by someone else (a person, another bot). */
  addComment(issueNumber: number, body: string, login = 'someone'): FakeComment {
    const comment: FakeComment = {
      id: this.nextCommentId++,
      issueNumber,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User', write: true },
      createdAt: this.now(),
      updatedAt: this.now(),
    };
    this.comments.push(comment);
    return comment;
  }

  /** The next `times` requests answer with this rate limit, as GitHub does. */
  rateLimit(
    kind: RateLimitKind,
    options: { times?: number; retryAfterSeconds?: number; resetAt?: number } = {},
  ): void {
    this.failures.push({ kind, remaining: options.times ?? 1, ...options });
  }

  /**
   * The next `times` requests that match `method` and `path` answer `status` (a 5xx, as GitHub
   * does in an incident), without doing anything; with `applied`, after doing it (a gateway that
   * timed out on a write GitHub went on to apply).
   */
  serverError(
    status: number,
    options: { times?: number; method?: string; path?: RegExp; applied?: boolean } = {},
  ): void {
    this.serverErrors.push({ status, remaining: options.times ?? 1, ...options });
  }

  commentsOn(issueNumber: number): FakeComment[] {
    return this.comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  writes(): RecordedRequest[] {
    // A GraphQL query is a POST that changes nothing.
    return this.requests.filter(
      (request) => request.method !== 'GET' && request.path !== '/graphql',
    );
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    for (const route of this.extraRoutes) if (await route(request, response, url)) return;
    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const raw = await readBody(request);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      token,
    };
    if (raw) {
      try {
        recorded.body = JSON.parse(raw);
      } catch {
        return send(response, 400, { message: 'Problems parsing JSON', documentation_url: DOCS });
      }
    }
    this.requests.push(recorded);

    const serverError = this.serverErrors.find(
      (queued) =>
        (!queued.method || queued.method === recorded.method) &&
        (!queued.path || queued.path.test(url.pathname)),
    );
    if (serverError) {
      if (--serverError.remaining <= 0) {
        this.serverErrors.splice(this.serverErrors.indexOf(serverError), 1);
      }
      const answer = {
        message: serverError.status === 500 ? 'Server Error' : 'Service Unavailable',
        documentation_url: DOCS,
        status: String(serverError.status),
      };
      if (!serverError.applied) return send(response, serverError.status, answer);
      // Done below as usual; whatever it answers, the client gets the 5xx.
      const { status } = serverError;
      response.writeHead = () => response;
      response.end = (() => {
        delete (response as Partial<ServerResponse>).writeHead;
        delete (response as Partial<ServerResponse>).end;
        send(response, status, answer);
        return response;
      }) as ServerResponse['end'];
    }
    const failure = this.failures[0];
    if (failure) {
      if (--failure.remaining <= 0) this.failures.shift();
      return this.sendRateLimit(response, failure);
    }
    if (!token) {
      return send(response, 401, {
        message: 'Requires authentication',
        documentation_url: DOCS,
        status: '401',
      });
    }
    const user = this.users.get(token);
    if (!user) {
      return send(response, 401, {
        message: 'Bad credentials',
        documentation_url: DOCS,
        status: '401',
      });
    }
    if (recorded.method === 'POST' && url.pathname === '/graphql') {
      return this.graphql(response, user, (recorded.body ?? {}) as Record<string, unknown>);
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!url.pathname.startsWith(`${prefix}/`)) return notFound(response);
    const route = `${recorded.method} ${url.pathname.slice(prefix.length)}`;
    const body = (recorded.body ?? {}) as Record<string, unknown>;

    if (recorded.method !== 'GET' && !user.write) {
      const onComment = route.includes('/comments');
      return send(
        response,
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: onComment
            ? 'https://docs.github.com/rest/issues/comments#create-an-issue-comment'
            : 'https://docs.github.com/rest/issues/issues#create-an-issue',
          status: '403',
        },
        {
          'x-accepted-github-permissions': onComment
            ? 'issues=write; pull_requests=write'
            : 'issues=write',
        },
      );
    }

    let match: RegExpExecArray | null;
    if ((match = /^GET \/issues\/(\d+)\/comments$/.exec(route))) {
      const issue = this.issue(Number(match[1]));
      if (!issue) return notFound(response);
      return this.sendPage(
        response,
        url,
        this.commentsOn(issue.number).map((c) => this.commentJson(c)),
      );
    }
    if ((match = /^POST \/issues\/(\d+)\/comments$/.exec(route))) {
      const issue = this.issue(Number(match[1]));
      if (!issue) return notFound(response);
      if (typeof body.body !== 'string') return invalid(response, 'body');
      const comment: FakeComment = {
        id: this.nextCommentId++,
        issueNumber: issue.number,
        body: body.body,
        user,
        createdAt: this.now(),
        updatedAt: this.now(),
      };
      this.comments.push(comment);
      return send(response, 201, this.commentJson(comment));
    }
    if ((match = /^(PATCH|DELETE) \/issues\/comments\/(\d+)$/.exec(route))) {
      const comment = this.comments.find((c) => c.id === Number(match![2]));
      if (!comment) return notFound(response);
      if (match[1] === 'DELETE') {
        this.comments.splice(this.comments.indexOf(comment), 1);
        response.writeHead(204, standardHeaders());
        return void response.end();
      }
      if (typeof body.body !== 'string') return invalid(response, 'body');
      comment.body = body.body;
      comment.updatedAt = this.now();
      return send(response, 200, this.commentJson(comment));
    }
    if (route === 'GET /issues') {
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const state = url.searchParams.get('state') ?? 'open';
      const found = this.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((label) => i.labels.includes(label)))
        .sort((a, b) => b.number - a.number)
        .map((i) => this.issueJson(i));
      return this.sendPage(response, url, found);
    }
    if ((match = /^GET \/labels\/([^/]+)$/.exec(route))) {
      const label = this.labels.get(decodeURIComponent(match[1]!));
      return label ? send(response, 200, { id: 1, ...label }) : notFound(response);
    }
    if (route === 'POST /labels') {
      if (typeof body.name !== 'string' || body.name === '') return invalid(response, 'name');
      if (this.labels.has(body.name))
        return send(response, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
          documentation_url: `${DOCS}/issues/labels#create-a-label`,
          status: '422',
        });
      const label = {
        name: body.name,
        color: typeof body.color === 'string' ? body.color : 'ededed',
        description: typeof body.description === 'string' ? body.description : '',
      };
      this.labels.set(label.name, label);
      return send(response, 201, { id: 1, ...label });
    }
    if (route === 'POST /issues') {
      if (typeof body.title !== 'string' || body.title === '') return invalid(response, 'title');
      const issue: FakeIssue = {
        number: this.nextNumber++,
        title: body.title,
        body: typeof body.body === 'string' ? body.body : '',
        labels: Array.isArray(body.labels)
          ? body.labels.map(String).filter((label) => this.labels.has(label))
          : [],
        state: 'open',
        stateReason: null,
        pullRequest: false,
        user,
      };
      this.issues.push(issue);
      return send(response, 201, this.issueJson(issue));
    }
    if ((match = /^PATCH \/issues\/(\d+)$/.exec(route))) {
      const issue = this.issue(Number(match[1]));
      if (!issue) return notFound(response);
      if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
      if (typeof body.state_reason === 'string') issue.stateReason = body.state_reason;
      if (typeof body.body === 'string') issue.body = body.body;
      if (typeof body.title === 'string') issue.title = body.title;
      return send(response, 200, this.issueJson(issue));
    }
    return notFound(response);
  }

  /** Only `viewer { login }`, as GitHub answers it for an installation token (`…[bot]`). */
  private graphql(response: ServerResponse, user: FakeUser, body: Record<string, unknown>): void {
    const query = typeof body.query === 'string' ? body.query : '';
    if (!/\bviewer\s*\{\s*login\s*\}/.test(query)) {
      return send(response, 200, {
        errors: [{ message: 'The stand-in answers only viewer { login }' }],
      });
    }
    send(response, 200, { data: { viewer: { login: user.login } } });
  }

  private issue(number: number): FakeIssue | undefined {
    return this.issues.find((issue) => issue.number === number);
  }

  private sendPage(response: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url);
      target.searchParams.set('page', String(n));
      return `<${target.href}>; rel="${rel}"`;
    };
    const links = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    send(
      response,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length > 0 ? { link: links.join(', ') } : {},
    );
  }

  private sendRateLimit(response: ServerResponse, failure: QueuedFailure): void {
    const requestId = randomUUID().toUpperCase();
    const headers: Record<string, string> = {};
    if (failure.retryAfterSeconds !== undefined) {
      headers['retry-after'] = String(failure.retryAfterSeconds);
    }
    if (failure.kind === 'primary') {
      const reset = failure.resetAt ?? Math.floor(Date.now() / 1000) + 3600;
      Object.assign(headers, {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core',
      });
      return send(
        response,
        403,
        {
          message: 'API rate limit exceeded for installation ID 4242424.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
          status: '403',
        },
        headers,
      );
    }
    send(
      response,
      failure.kind === '429' ? 429 : 403,
      {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: failure.kind === '429' ? '429' : '403',
      },
      headers,
    );
  }

  private commentJson(comment: FakeComment) {
    const base = `https://github.com/${this.owner}/${this.repo}`;
    const issue = this.issue(comment.issueNumber);
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: `${base}/${issue?.pullRequest ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    };
  }

  private issueJson(issue: FakeIssue) {
    const base = `https://github.com/${this.owner}/${this.repo}`;
    return {
      id: 500_000 + issue.number,
      node_id: `I_${issue.number}`,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      labels: issue.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed' })),
      user: userJson(issue.user),
      html_url: `${base}/${issue.pullRequest ? 'pull' : 'issues'}/${issue.number}`,
      ...(issue.pullRequest
        ? {
            pull_request: {
              url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${issue.number}`,
            },
          }
        : {}),
    };
  }
}

function userJson(user: FakeUser) {
  return { login: user.login, id: user.login.length * 1000, type: user.type };
}

function standardHeaders(): Record<string, string> {
  return {
    'x-github-request-id': randomUUID().toUpperCase(),
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
  };
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...standardHeaders(),
    ...headers,
  });
  response.end(JSON.stringify(body));
}

function notFound(response: ServerResponse): void {
  send(response, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

function invalid(response: ServerResponse, field: string): void {
  send(response, 422, {
    message: 'Invalid request.',
    errors: [{ resource: 'Issue', code: 'missing_field', field }],
    documentation_url: DOCS,
    status: '422',
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
