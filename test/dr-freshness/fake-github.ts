/**
 * A GitHub REST API on 127.0.0.1 that answers the endpoints dr-freshness uses (repos.get,
 * actions workflow runs with Link pagination, run artifacts, artifact zip download by 302 to a
 * separate "blob storage" origin), with injectable failures. Payloads start from the examples in
 * GitHub's OpenAPI description, and every JSON answer (errors included) is checked against the
 * schema of its endpoint and status: `schemaProblems` must stay empty.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { example, schemaProblems } from '../github/openapi.js';

const ROUTES = {
  repo: '/repos/{owner}/{repo}',
  runs: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  artifacts: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
  download: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'
} as const;
type Route = (typeof ROUTES)[keyof typeof ROUTES];

export interface FakeRun {
  id: number;
  conclusion: string | null;
  status?: string;
  head_branch?: string;
  event?: string;
  head_repository?: string;
  run_started_at: string;
  updated_at?: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  zip: Buffer;
  expired?: boolean;
  /** Size to claim in the listing (default: the zip's). */
  claimedSize?: number;
  /** Blob storage sends the headers and half the body, then stalls. */
  stallBlob?: boolean;
}

export interface Fault {
  /** Path prefix the fault applies to (default: every API path). */
  path?: string;
  /** How many requests it answers before normal service resumes (default: all). */
  times?: number;
  kind: 'status' | 'rate-limit' | 'secondary' | 'hang';
  status?: number;
  resetEpochS?: number;
}

export interface Hit {
  method: string;
  path: string;
  authorization?: string;
}

export class FakeGitHub {
  readonly hits: Hit[] = [];
  readonly blobHits: Hit[] = [];
  /** Answers of the fake that do not match GitHub's OpenAPI schema (must stay empty). */
  readonly schemaProblems: string[] = [];
  runs: FakeRun[] = [];
  artifacts = new Map<number, FakeArtifact[]>();
  faults: Fault[] = [];
  defaultBranch = 'main';
  repository = 'acme/widget';
  workflow = 'dr-drill.yml';
  private api?: Server;
  private blob?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.api?.address() as AddressInfo).port}`;
  }

  /** A hostile API: Link pages point to this origin instead of the API's own. */
  linkOrigin?: string;

  get blobUrl(): string {
    return `http://127.0.0.1:${(this.blob?.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.api = createServer((req, res) => this.handle(req, res));
    this.blob = createServer((req, res) => this.handleBlob(req, res));
    await Promise.all(
      [this.api, this.blob].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r)))
    );
    return this;
  }

  async stop(): Promise<void> {
    for (const s of [this.api, this.blob]) {
      if (!s) continue;
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  }

  private json(
    route: Route,
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    this.schemaProblems.push(...schemaProblems(route, status, body));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  private fault(path: string): Fault | undefined {
    const f = this.faults.find(
      (x) =>
        (x.path === undefined || path.startsWith(x.path)) && (x.times === undefined || x.times > 0)
    );
    if (f && f.times !== undefined) f.times--;
    return f;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const u = new URL(req.url ?? '/', this.url);
    this.hits.push({
      method: req.method ?? '',
      path: u.pathname + u.search,
      authorization: req.headers.authorization
    });
    const repo = `/repos/${this.repository}`;
    const route: Route = u.pathname.endsWith('/runs')
      ? ROUTES.runs
      : u.pathname.endsWith('/artifacts')
        ? ROUTES.artifacts
        : u.pathname.endsWith('/zip')
          ? ROUTES.download
          : ROUTES.repo;
    const f = this.fault(u.pathname);
    if (f?.kind === 'hang') return; // never answers
    if (f?.kind === 'status') {
      this.json(route, res, f.status ?? 502, { message: 'Server Error' });
      return;
    }
    if (f?.kind === 'rate-limit') {
      this.json(
        route,
        res,
        f.status ?? 403,
        {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403'
        },
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(f.resetEpochS ?? Math.floor(Date.now() / 1000) + 3600),
          'x-ratelimit-resource': 'core'
        }
      );
      return;
    }
    if (f?.kind === 'secondary') {
      this.json(
        route,
        res,
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        },
        { 'retry-after': '120' }
      );
      return;
    }
    if (u.pathname === repo) {
      const [owner, name] = this.repository.split('/');
      const doc = example('full-repository-default-response');
      Object.assign(doc, {
        id: 1,
        name,
        full_name: this.repository,
        default_branch: this.defaultBranch,
        private: false
      });
      (doc.owner as Record<string, unknown>).login = owner;
      // GitHub's example leaves out `language`, which its schema requires (nullable).
      for (const r of [doc, doc.source, doc.parent])
        if (r && typeof r === 'object') (r as Record<string, unknown>).language ??= null;
      this.json(ROUTES.repo, res, 200, doc);
      return;
    }
    if (u.pathname === `${repo}/actions/workflows/${this.workflow}/runs`) {
      this.listRuns(u, res);
      return;
    }
    let m = new RegExp(`^${repo}/actions/runs/(\\d+)/artifacts$`).exec(u.pathname);
    if (m) {
      const name = u.searchParams.get('name');
      const list = (this.artifacts.get(Number(m[1])) ?? []).filter((a) => !name || a.name === name);
      const template = example<{ artifacts: Record<string, unknown>[] }>('artifact-paginated')
        .artifacts[0];
      this.json(ROUTES.artifacts, res, 200, {
        total_count: list.length,
        artifacts: list.map((a) => ({
          ...template,
          id: a.id,
          node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
          name: a.name,
          size_in_bytes: a.claimedSize ?? a.zip.length,
          url: `${this.url}${repo}/actions/artifacts/${a.id}`,
          archive_download_url: `${this.url}${repo}/actions/artifacts/${a.id}/zip`,
          expired: a.expired === true,
          digest: 'sha256:0000',
          created_at: '2026-11-20T03:10:00Z',
          updated_at: '2026-11-20T03:10:00Z',
          expires_at: '2027-02-18T03:10:00Z',
          workflow_run: {
            id: Number(m?.[1]),
            repository_id: 1,
            head_repository_id: 1,
            head_branch: 'main',
            head_sha: 'a'.repeat(40)
          }
        }))
      });
      return;
    }
    m = new RegExp(`^${repo}/actions/artifacts/(\\d+)/zip$`).exec(u.pathname);
    if (m) {
      res.writeHead(302, { location: `${this.blobUrl}/blob/${m[1]}?sig=presigned` });
      res.end();
      return;
    }
    this.json(route, res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404'
    });
  }

  private listRuns(u: URL, res: ServerResponse): void {
    const branch = u.searchParams.get('branch');
    const status = u.searchParams.get('status');
    const perPage = Number(u.searchParams.get('per_page') ?? 30);
    const page = Number(u.searchParams.get('page') ?? 1);
    // The real API filters by branch (head_branch) and status=success (conclusion), newest first.
    const all = this.runs
      .filter((r) => !branch || (r.head_branch ?? 'main') === branch)
      .filter((r) => status !== 'success' || r.conclusion === 'success')
      .sort((a, b) => b.run_started_at.localeCompare(a.run_started_at));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link: string[] = [];
    const at = (p: number): string => {
      const next = new URL(u.pathname + u.search, this.linkOrigin ?? this.url);
      next.searchParams.set('page', String(p));
      return next.toString();
    };
    if (page < last) link.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    if (page > 1) link.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
    const template = example<{ workflow_runs: Record<string, unknown>[] }>('workflow-run-paginated')
      .workflow_runs[0];
    this.json(
      ROUTES.runs,
      res,
      200,
      {
        total_count: all.length,
        workflow_runs: slice.map((r) => ({
          ...template,
          id: r.id,
          name: 'DR drill',
          node_id: `WFR_${r.id}`,
          head_branch: r.head_branch ?? 'main',
          head_sha: 'a'.repeat(40),
          path: `.github/workflows/${this.workflow}`,
          run_number: r.id % 1000,
          event: r.event ?? 'schedule',
          status: r.status ?? 'completed',
          conclusion: r.conclusion,
          workflow_id: 161335,
          url: `${this.url}/repos/${this.repository}/actions/runs/${r.id}`,
          html_url: `https://github.com/${this.repository}/actions/runs/${r.id}`,
          created_at: r.run_started_at,
          updated_at: r.updated_at ?? r.run_started_at,
          run_attempt: 1,
          run_started_at: r.run_started_at,
          head_repository: {
            ...(template.head_repository as Record<string, unknown>),
            id: 2,
            full_name: r.head_repository ?? this.repository
          },
          repository: {
            ...(template.repository as Record<string, unknown>),
            id: 1,
            full_name: this.repository
          }
        }))
      },
      link.length ? { link: link.join(', ') } : {}
    );
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse): void {
    const u = new URL(req.url ?? '/', this.blobUrl);
    this.blobHits.push({
      method: req.method ?? '',
      path: u.pathname + u.search,
      authorization: req.headers.authorization
    });
    const id = Number(/^\/blob\/(\d+)$/.exec(u.pathname)?.[1]);
    const art = [...this.artifacts.values()].flat().find((a) => a.id === id);
    if (!art || u.searchParams.get('sig') !== 'presigned') {
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end('<Error><Code>AuthenticationFailed</Code></Error>');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(art.zip.length)
    });
    if (art.stallBlob) res.write(art.zip.subarray(0, art.zip.length >> 1));
    else res.end(art.zip);
  }
}
