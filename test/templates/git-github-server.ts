/**
 * A GitHub REST server on 127.0.0.1 for the sync pull request, backed by a real bare git
 * repository: the Git Data API endpoints (blobs, trees, commits, refs) run `git` on it, the pull
 * request endpoints keep their state in memory, every answer is built from GitHub's published
 * OpenAPI examples and checked against the schema of its endpoint and status (errors included).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, schemaProblems } from '../github/openapi.js';

export interface RouteFault {
  method: string;
  /** Regular expression on the path. */
  path: RegExp;
  status: number;
  message?: string;
  times?: number;
  headers?: Record<string, string>;
}

export interface PullState {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: string[];
}

function gitIn(
  dir: string,
  args: string[],
  input?: string | Buffer,
  env?: NodeJS.ProcessEnv
): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    input,
    env: env ?? process.env
  });
}

export class GitHubRepoServer {
  readonly hits: { method: string; path: string; authorization?: string }[] = [];
  readonly pulls: PullState[] = [];
  readonly problems: string[] = [];
  faults: RouteFault[] = [];
  /** When set, refs that would add or change .github/workflows/* are refused for this token. */
  tokenWithoutWorkflows?: string;
  private server?: Server;

  constructor(
    /** A bare repository (the "remote"). */
    readonly bare: string,
    readonly owner = 'acme',
    readonly repo = 'widget',
    readonly defaultBranch = 'main'
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (d: Buffer) => (raw += d.toString()));
      req.on('end', () => {
        try {
          this.handle(req, res, raw);
        } catch (err) {
          this.send(res, 'internal', 'get', 500, {
            message: (err as Error).message,
            documentation_url: 'https://docs.github.com/rest'
          });
        }
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }

  private send(
    res: ServerResponse,
    route: string,
    method: string,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    if (route !== 'internal') {
      for (const p of schemaProblems(route, status, body, method)) this.problems.push(p);
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private error(
    res: ServerResponse,
    route: string,
    method: string,
    status: number,
    message: string,
    headers: Record<string, string> = {}
  ): void {
    const body: Record<string, unknown> = {
      message,
      documentation_url: 'https://docs.github.com/rest',
      status: String(status)
    };
    if (status === 422) body.errors = [{ resource: 'PullRequest', code: 'custom', message }];
    this.send(res, route, method, status, body, headers);
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const u = new URL(req.url ?? '/', 'http://x');
    const method = (req.method ?? 'GET').toLowerCase();
    const path = decodeURIComponent(u.pathname);
    this.hits.push({
      method: method.toUpperCase(),
      path: u.pathname + u.search,
      authorization: req.headers.authorization
    });
    const fault = this.faults.find((f) => f.method.toLowerCase() === method && f.path.test(path));
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0)
        this.faults.splice(this.faults.indexOf(fault), 1);
      const msg = fault.message ?? (fault.status >= 500 ? 'Server Error' : 'Forbidden');
      res.writeHead(fault.status, {
        'content-type': 'application/json; charset=utf-8',
        ...fault.headers
      });
      res.end(
        JSON.stringify({
          message: msg,
          documentation_url: 'https://docs.github.com/rest',
          status: String(fault.status)
        })
      );
      return;
    }
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const base = `/repos/${this.owner}/${this.repo}`;
    if (!path.startsWith(base)) return this.error(res, 'internal', method, 404, 'Not Found');
    const rest = path.slice(base.length);
    const apiUrl = this.url;
    let m: RegExpExecArray | null;

    if (method === 'get' && rest === '') {
      const repo = example('full-repository');
      Object.assign(repo, {
        name: this.repo,
        full_name: `${this.owner}/${this.repo}`,
        default_branch: this.defaultBranch,
        has_discussions: false // missing from GitHub's own example, required by its schema
      });
      return this.send(res, '/repos/{owner}/{repo}', method, 200, repo);
    }
    if (method === 'get' && (m = /^\/git\/ref\/(.+)$/.exec(rest))) {
      const r = spawnSync(
        'git',
        ['-C', this.bare, 'rev-parse', '--verify', '--quiet', `refs/${m[1]}`],
        { encoding: 'utf8' }
      );
      if (r.status !== 0)
        return this.error(res, '/repos/{owner}/{repo}/git/ref/{ref}', method, 404, 'Not Found');
      return this.send(
        res,
        '/repos/{owner}/{repo}/git/ref/{ref}',
        method,
        200,
        this.refBody(`refs/${m[1]}`, r.stdout.trim())
      );
    }
    if (method === 'get' && (m = /^\/git\/commits\/([0-9a-f]{40})$/.exec(rest))) {
      const tree = gitIn(this.bare, ['rev-parse', `${m[1]}^{tree}`]).trim();
      const c = example('git-commit-2');
      Object.assign(c, {
        sha: m[1],
        node_id: 'C_' + m[1].slice(0, 8),
        url: `${apiUrl}${base}/git/commits/${m[1]}`,
        html_url: `https://github.com/${this.owner}/${this.repo}/commit/${m[1]}`
      });
      (c as { tree: { sha: string } }).tree.sha = tree;
      return this.send(res, '/repos/{owner}/{repo}/git/commits/{commit_sha}', method, 200, c);
    }
    if (method === 'post' && rest === '/git/blobs') {
      const sha = gitIn(
        this.bare,
        ['hash-object', '-w', '--stdin'],
        Buffer.from(String(body.content), body.encoding === 'base64' ? 'base64' : 'utf8').toString(
          'latin1'
        )
      ).trim();
      const b = example('short-blob');
      Object.assign(b, { sha, url: `${apiUrl}${base}/git/blobs/${sha}` });
      return this.send(res, '/repos/{owner}/{repo}/git/blobs', method, 201, b);
    }
    if (method === 'post' && rest === '/git/trees') {
      const dir = mkdtempSync(join(tmpdir(), 'fake-index-'));
      const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index') };
      try {
        if (body.base_tree) gitIn(this.bare, ['read-tree', String(body.base_tree)], undefined, env);
        for (const e of body.tree as { path: string; mode: string; sha: string | null }[]) {
          if (e.sha === null)
            gitIn(this.bare, ['update-index', '--force-remove', '--', e.path], undefined, env);
          else
            gitIn(
              this.bare,
              ['update-index', '--add', '--cacheinfo', `${e.mode},${e.sha},${e.path}`],
              undefined,
              env
            );
        }
        const sha = gitIn(this.bare, ['write-tree'], undefined, env).trim();
        const t = example('git-tree');
        Object.assign(t, { sha, url: `${apiUrl}${base}/git/trees/${sha}`, truncated: false });
        return this.send(res, '/repos/{owner}/{repo}/git/trees', method, 201, t);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    if (method === 'post' && rest === '/git/commits') {
      const args = [
        '-c',
        'user.name=GitHub',
        '-c',
        'user.email=noreply@github.com',
        'commit-tree',
        String(body.tree),
        '-m',
        String(body.message)
      ];
      for (const p of (body.parents as string[]) ?? []) args.push('-p', p);
      const sha = gitIn(this.bare, args).trim();
      const c = example('git-commit');
      Object.assign(c, {
        sha,
        node_id: 'C_' + sha.slice(0, 8),
        url: `${apiUrl}${base}/git/commits/${sha}`,
        html_url: `https://github.com/${this.owner}/${this.repo}/commit/${sha}`,
        message: String(body.message)
      });
      (c as { tree: { sha: string } }).tree.sha = String(body.tree);
      return this.send(res, '/repos/{owner}/{repo}/git/commits', method, 201, c);
    }
    if (
      (method === 'post' && rest === '/git/refs') ||
      (method === 'patch' && (m = /^\/git\/refs\/(.+)$/.exec(rest)))
    ) {
      const ref = method === 'post' ? String(body.ref) : `refs/${m![1]}`;
      const sha = String(body.sha);
      const route =
        method === 'post'
          ? '/repos/{owner}/{repo}/git/refs'
          : '/repos/{owner}/{repo}/git/refs/{ref}';
      const exists =
        spawnSync('git', ['-C', this.bare, 'rev-parse', '--verify', '--quiet', ref]).status === 0;
      if (method === 'post' && exists)
        return this.error(res, route, method, 422, 'Reference already exists');
      if (
        this.tokenWithoutWorkflows &&
        req.headers.authorization === `token ${this.tokenWithoutWorkflows}`
      ) {
        const changed = gitIn(this.bare, [
          'diff-tree',
          '-r',
          '--name-only',
          `refs/heads/${this.defaultBranch}`,
          sha
        ]).split('\n');
        const wf = changed.find((f) => f.startsWith('.github/workflows/'));
        if (wf)
          return this.error(
            res,
            route,
            method,
            403,
            `refusing to allow a GitHub App to create or update workflow \`${wf}\` without \`workflows\` permission`
          );
      }
      gitIn(this.bare, ['update-ref', ref, sha]);
      return this.send(res, route, method, method === 'post' ? 201 : 200, this.refBody(ref, sha));
    }
    if (method === 'post' && rest === '/pulls') {
      const head = String(body.head);
      if (this.pulls.some((p) => p.state === 'open' && p.head === head)) {
        return this.send(res, '/repos/{owner}/{repo}/pulls', method, 422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${this.owner}:${head}.`
            }
          ],
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          status: '422'
        });
      }
      const pr: PullState = {
        number: this.pulls.length + 1,
        head,
        base: String(body.base),
        title: String(body.title),
        body: String(body.body ?? ''),
        state: 'open',
        labels: [],
        comments: []
      };
      this.pulls.push(pr);
      return this.send(res, '/repos/{owner}/{repo}/pulls', method, 201, this.pullBody(pr));
    }
    if (method === 'get' && rest === '/pulls') {
      const head = u.searchParams.get('head');
      const list = this.pulls.filter(
        (p) => p.state === 'open' && (!head || `${this.owner}:${p.head}` === head)
      );
      return this.send(
        res,
        '/repos/{owner}/{repo}/pulls',
        method,
        200,
        list.map((p) => this.pullBody(p, 'simple'))
      );
    }
    if (method === 'patch' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pr = this.pulls.find((p) => p.number === Number(m![1]));
      if (!pr) return this.error(res, 'internal', method, 404, 'Not Found');
      if (body.title !== undefined) pr.title = String(body.title);
      if (body.body !== undefined) pr.body = String(body.body);
      if (body.state === 'closed') pr.state = 'closed';
      return this.send(
        res,
        '/repos/{owner}/{repo}/pulls/{pull_number}',
        method,
        200,
        this.pullBody(pr)
      );
    }
    if (method === 'post' && (m = /^\/issues\/(\d+)\/labels$/.exec(rest))) {
      const pr = this.pulls.find((p) => p.number === Number(m![1]))!;
      for (const l of body.labels as string[]) if (!pr.labels.includes(l)) pr.labels.push(l);
      return this.send(
        res,
        '/repos/{owner}/{repo}/issues/{issue_number}/labels',
        method,
        200,
        pr.labels.map((name, i) => this.labelBody(name, i))
      );
    }
    if (method === 'delete' && (m = /^\/issues\/(\d+)\/labels\/(.+)$/.exec(rest))) {
      const pr = this.pulls.find((p) => p.number === Number(m![1]))!;
      pr.labels = pr.labels.filter((l) => l !== m![2]);
      return this.send(
        res,
        '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
        method,
        200,
        pr.labels.map((name, i) => this.labelBody(name, i))
      );
    }
    if (method === 'post' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const pr = this.pulls.find((p) => p.number === Number(m![1]))!;
      pr.comments.push(String(body.body));
      const c = example('issue-comment');
      Object.assign(c, { body: String(body.body) });
      return this.send(res, '/repos/{owner}/{repo}/issues/{issue_number}/comments', method, 201, c);
    }
    return this.error(res, 'internal', method, 404, 'Not Found');
  }

  private refBody(ref: string, sha: string): unknown {
    const r = example('git-ref');
    Object.assign(r, {
      ref,
      node_id: 'REF_' + sha.slice(0, 8),
      url: `${this.url}/repos/${this.owner}/${this.repo}/git/${ref}`
    });
    (r as { object: Record<string, unknown> }).object = {
      type: 'commit',
      sha,
      url: `${this.url}/repos/${this.owner}/${this.repo}/git/commits/${sha}`
    };
    return r;
  }

  private labelBody(name: string, i: number): unknown {
    const l = example<Record<string, unknown>[]>('label-items')[0];
    return { ...l, id: 1000 + i, name, node_id: `LA_${i}` };
  }

  private pullBody(pr: PullState, kind: 'full' | 'simple' = 'full'): unknown {
    const p =
      kind === 'full'
        ? example('pull-request')
        : example<Record<string, unknown>[]>('pull-request-simple-items')[0];
    const head = p.head as Record<string, unknown>;
    const base = p.base as Record<string, unknown>;
    Object.assign(p, {
      number: pr.number,
      state: pr.state,
      title: pr.title,
      body: pr.body,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
      labels: pr.labels.map((name, i) => this.labelBody(name, i)),
      requested_teams: [] // GitHub's example lacks the team 'type' its schema requires
    });
    Object.assign(head, { ref: pr.head, label: `${this.owner}:${pr.head}` });
    Object.assign(base, { ref: pr.base, label: `${this.owner}:${pr.base}` });
    return p;
  }
}
