// Workflow artifacts on the local GitHub API stand-in, as the real services answer:
// - upload, as @actions/artifact does it: the Actions results service's twirp JSON endpoints
//   (`CreateArtifact`, `FinalizeArtifact`, and `ListArtifacts`/`DeleteArtifact` of this run,
//   under ACTIONS_RESULTS_URL; a name that exists in the run is a 409, authorised by the runtime
//   token, a JWT whose `scp` names the run's backend ids), then the zip PUT to the signed blob URL
//   CreateArtifact returned (Azure block blob: `comp=block` per block, then `comp=blocklist`);
// - the REST API: workflow runs of a workflow or a repository (filtered by branch, status and
//   event, paginated with Link headers; each run's `conclusion`), a run's artifacts (by name), and
//   the download, a 302 to a short-lived blob URL that must be fetched without the token (`410`
//   once expired, also for an artifact that was listed as live just before: retention removed it);
// - a token without `actions: read` gets 403 on every Actions endpoint.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeGitHub } from './github-api.ts';

export interface FakeRun {
  id: number;
  event: string;
  branch: string;
  status: 'completed' | 'in_progress';
  /** The run's conclusion once completed: a failed step of any job makes it `failure`. */
  conclusion: 'success' | 'failure' | 'cancelled';
  workflow: string;
  createdAt: string;
}

/**
 * `expired`: listed with `expired: true`, download 410. `expiring`: listed as live, but gone
 * (410) by the time it is downloaded, as when the retention job runs between the two requests.
 */
export type ArtifactState = 'stored' | 'expired' | 'expiring';

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  state: ArtifactState;
  zip: Buffer;
}

const RESULTS_SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BACKEND_RUN = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const BACKEND_JOB = 'ca395085-040a-526b-2ce8-bdc85f692774';
const DOCS = 'https://docs.github.com/rest/actions/artifacts';

export class FakeArtifacts {
  readonly runs: FakeRun[] = [];
  readonly artifacts: FakeArtifact[] = [];
  /** What the results service was asked, in order (method and request body). */
  readonly serviceCalls: { method: string; body: Record<string, unknown> }[] = [];
  /** The Actions REST requests, in order. */
  readonly requests: { path: string; query: URLSearchParams }[] = [];
  /** Downloads that carried an Authorization header to the blob URL (must stay empty). */
  readonly leakedTokens: string[] = [];
  private readonly denied = new Set<string>();
  private readonly pending = new Map<string, { name: string; blocks: Map<string, Buffer> }>();
  private readonly blobs = new Map<string, Buffer>();
  private nextId = 7_000_001;
  private readonly github: FakeGitHub;
  /** Blob storage is another origin, as on GitHub: a redirect there must not carry the token. */
  private readonly storage: Server;
  private storageUrl = '';
  /** The run the action runs in: uploads land here. */
  readonly currentRun: FakeRun;

  constructor(github: FakeGitHub, current: Partial<FakeRun> = {}) {
    this.github = github;
    this.currentRun = this.addRun({ status: 'in_progress', ...current });
    github.extraRoutes.push((request, response, url) => this.handle(request, response, url));
    this.storage = createServer((request, response) => {
      void this.handleStorage(request, response);
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.storage.listen(0, '127.0.0.1', resolve));
    this.storageUrl = `http://127.0.0.1:${(this.storage.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.storage.closeAllConnections();
    await new Promise<void>((resolve) => this.storage.close(() => resolve()));
  }

  /** Environment of a job step: what @actions/artifact reads. */
  runtimeEnv(): NodeJS.ProcessEnv {
    const claims = { scp: `Actions.GenericRead:x Actions.Results:${BACKEND_RUN}:${BACKEND_JOB}` };
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return {
      ACTIONS_RUNTIME_TOKEN: `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`,
      ACTIONS_RESULTS_URL: `${this.github.url}/`,
      GITHUB_RUN_ID: String(this.currentRun.id),
    };
  }

  /** A token whose job lacks `actions: read`. */
  denyActions(token: string): void {
    this.denied.add(token);
  }

  addRun(run: Partial<FakeRun> = {}): FakeRun {
    const added: FakeRun = {
      id: this.nextId++,
      event: 'schedule',
      branch: 'main',
      status: 'completed',
      conclusion: 'success',
      workflow: 'e2e.yml',
      createdAt: new Date(
        Date.parse('2026-03-01T03:17:00Z') + this.runs.length * 86_400_000,
      ).toISOString(),
      ...run,
    };
    this.runs.push(added);
    return added;
  }

  addArtifact(
    runId: number,
    name: string,
    zip: Buffer,
    state: ArtifactState = 'stored',
  ): FakeArtifact {
    const artifact = { id: this.nextId++, runId, name, state, zip };
    this.artifacts.push(artifact);
    return artifact;
  }

  private async handle(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<boolean> {
    const method = request.method ?? 'GET';
    if (url.pathname.startsWith(RESULTS_SERVICE)) {
      await this.service(request, response, url.pathname.slice(RESULTS_SERVICE.length));
      return true;
    }
    let match: RegExpExecArray | null;
    const prefix = `/repos/${this.github.owner}/${this.github.repo}/actions/`;
    if (!url.pathname.startsWith(prefix) || method !== 'GET') return false;
    this.requests.push({ path: url.pathname, query: url.searchParams });
    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token || !this.github.users.has(token)) {
      json(response, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return true;
    }
    if (this.denied.has(token)) {
      json(
        response,
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: DOCS,
          status: '403',
        },
        { 'x-accepted-github-permissions': 'actions=read' },
      );
      return true;
    }
    const route = url.pathname.slice(prefix.length);
    if ((match = /^workflows\/([^/]+)\/runs$/.exec(route))) {
      this.listRuns(response, url, decodeURIComponent(match[1]!));
    } else if (route === 'runs') {
      this.listRuns(response, url);
    } else if ((match = /^runs\/(\d+)\/artifacts$/.exec(route))) {
      const runId = Number(match[1]);
      const name = url.searchParams.get('name');
      const artifacts = this.artifacts
        .filter((artifact) => artifact.runId === runId && (!name || artifact.name === name))
        .map((artifact) => this.artifactJson(artifact));
      json(response, 200, { total_count: artifacts.length, artifacts });
    } else if ((match = /^artifacts\/(\d+)\/zip$/.exec(route))) {
      const artifact = this.artifacts.find((candidate) => candidate.id === Number(match![1]));
      if (!artifact)
        json(response, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      else if (artifact.state !== 'stored')
        json(response, 410, {
          message: 'Artifact has expired',
          documentation_url: DOCS,
          status: '410',
        });
      else {
        const blob = `download${artifact.id}`;
        this.blobs.set(blob, artifact.zip);
        response.writeHead(302, {
          location: `${this.storageUrl}/devstoreaccount1/actions-results/${blob}?sv=2025-01-05&se=2026-03-01T04%3A00%3A00Z&sig=c2lnbmF0dXJl`,
          'content-length': '0',
        });
        response.end();
      }
    } else {
      json(response, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    }
    return true;
  }

  private async handleStorage(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.storageUrl);
    const blob = /^\/devstoreaccount1\/actions-results\/(\w+)$/.exec(url.pathname)?.[1];
    if (!blob) {
      response.writeHead(404, { 'x-ms-error-code': 'ResourceNotFound' });
      response.end();
    } else if (request.method === 'PUT') await this.putBlob(request, response, blob, url);
    else this.getBlob(request, response, blob);
  }

  private listRuns(response: ServerResponse, url: URL, workflow?: string): void {
    const query = url.searchParams;
    const runs = this.runs
      .filter(
        (run) =>
          (!workflow || run.workflow === workflow) &&
          (!query.get('branch') || run.branch === query.get('branch')) &&
          (!query.get('status') || run.status === query.get('status')) &&
          (!query.get('event') || run.event === query.get('event')),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(runs.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url);
      target.searchParams.set('page', String(n));
      return `<${target.href}>; rel="${rel}"`;
    };
    const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
    json(
      response,
      200,
      {
        total_count: runs.length,
        workflow_runs: runs.slice((page - 1) * perPage, page * perPage).map((run) => ({
          id: run.id,
          event: run.event,
          head_branch: run.branch,
          status: run.status,
          conclusion: run.status === 'completed' ? run.conclusion : null,
          path: `.github/workflows/${run.workflow}`,
          created_at: run.createdAt,
        })),
      },
      links.length > 0 ? { link: links.join(', ') } : {},
    );
  }

  private artifactJson(artifact: FakeArtifact) {
    const base = `${this.github.url}/repos/${this.github.owner}/${this.github.repo}/actions/artifacts/${artifact.id}`;
    return {
      id: artifact.id,
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url: base,
      archive_download_url: `${base}/zip`,
      expired: artifact.state === 'expired',
      workflow_run: {
        id: artifact.runId,
        head_branch: this.runs.find((run) => run.id === artifact.runId)?.branch,
      },
    };
  }

  private async service(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    const authorised =
      request.headers.authorization === `Bearer ${this.runtimeEnv().ACTIONS_RUNTIME_TOKEN}`;
    if (!authorised) return json(response, 401, { code: 'unauthenticated', msg: 'invalid token' });
    const body = JSON.parse((await readBody(request)).toString('utf8')) as Record<string, unknown>;
    this.serviceCalls.push({ method, body });
    // protobuf JSON with the proto field names (@actions/artifact sets useProtoFieldName).
    if (
      body.workflow_run_backend_id !== BACKEND_RUN ||
      body.workflow_job_run_backend_id !== BACKEND_JOB
    )
      return json(response, 400, { code: 'invalid_argument', msg: 'unknown backend ids' });
    const name = String(body.name);
    if (method === 'ListArtifacts') {
      // name_filter is a google.protobuf.StringValue: a plain string in protobuf JSON.
      const filter = typeof body.name_filter === 'string' ? body.name_filter : undefined;
      const artifacts = this.artifacts
        .filter((a) => a.runId === this.currentRun.id && (!filter || a.name === filter))
        .map((a) => ({
          workflow_run_backend_id: BACKEND_RUN,
          workflow_job_run_backend_id: BACKEND_JOB,
          database_id: String(a.id),
          name: a.name,
          size: String(a.zip.length),
        }));
      return json(response, 200, { artifacts });
    }
    if (method === 'DeleteArtifact') {
      const found = this.artifacts.find((a) => a.runId === this.currentRun.id && a.name === name);
      if (!found) return json(response, 404, { code: 'not_found', msg: 'no such artifact' });
      this.artifacts.splice(this.artifacts.indexOf(found), 1);
      return json(response, 200, { ok: true, artifact_id: String(found.id) });
    }
    if (method === 'CreateArtifact') {
      if (this.artifacts.some((a) => a.runId === this.currentRun.id && a.name === name))
        return json(response, 409, {
          code: 'already_exists',
          msg: `an artifact named ${name} exists`,
        });
      const blob = `upload${this.nextId++}`;
      this.pending.set(blob, { name, blocks: new Map() });
      return json(response, 200, {
        ok: true,
        signed_upload_url: `${this.storageUrl}/devstoreaccount1/actions-results/${blob}?sv=2025-01-05&sr=b&sp=cw&sig=c2lnbmF0dXJl`,
      });
    }
    if (method === 'FinalizeArtifact') {
      const upload = [...this.pending].find(([, pending]) => pending.name === name);
      const zip = upload && this.blobs.get(upload[0]);
      if (!upload || !zip) return json(response, 404, { code: 'not_found', msg: 'no upload' });
      if (String(zip.length) !== String(body.size))
        return json(response, 400, { code: 'invalid_argument', msg: 'size' });
      this.pending.delete(upload[0]);
      const artifact = this.addArtifact(this.currentRun.id, name, zip);
      return json(response, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    json(response, 404, { code: 'bad_route', msg: `no handler for ${method}` });
  }

  /** Azure block blob: `comp=block&blockid=…` stages a block, `comp=blocklist` commits them. */
  private async putBlob(
    request: IncomingMessage,
    response: ServerResponse,
    blob: string,
    url: URL,
  ): Promise<void> {
    const body = await readBody(request);
    const pending = this.pending.get(blob);
    if (!pending || url.searchParams.get('sig') === null) {
      response.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed' });
      response.end();
      return;
    }
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      pending.blocks.set(url.searchParams.get('blockid') ?? '', body);
    } else if (comp === 'blocklist') {
      const ids = [
        ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
      ].map((m) => m[1]!);
      this.blobs.set(
        blob,
        Buffer.concat(ids.map((id) => pending.blocks.get(id) ?? Buffer.alloc(0))),
      );
    } else {
      this.blobs.set(blob, body);
    }
    response.writeHead(201, {
      etag: '"0x8DC0000000000"',
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': crypto.randomUUID(),
      'x-ms-version': '2025-01-05',
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0',
    });
    response.end();
  }

  private getBlob(request: IncomingMessage, response: ServerResponse, blob: string): void {
    // Azure refuses a request that carries both a SAS and an Authorization header.
    if (request.headers.authorization) {
      this.leakedTokens.push(request.headers.authorization);
      response.writeHead(400, { 'x-ms-error-code': 'InvalidAuthenticationInfo' });
      response.end();
      return;
    }
    const zip = this.blobs.get(blob);
    if (!zip) {
      response.writeHead(404, { 'x-ms-error-code': 'BlobNotFound' });
      response.end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(zip.length),
    });
    response.end(zip);
  }
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
