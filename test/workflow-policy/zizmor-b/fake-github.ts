/**
 * A local GitHub REST server (127.0.0.1) for the online audits: repositories with tags, branches,
 * commit histories and advisories, answering the endpoints the audits call. Every JSON payload is
 * checked against GitHub's OpenAPI description (`problems` must stay empty).
 */
import type { ServerResponse } from 'node:http';
import { example, schemaProblems } from '../../github/openapi.js';
import { TwoOrigins } from '../../github/server.js';

export interface FakeRepo {
  archived?: boolean;
  defaultBranch?: string;
  tags?: Record<string, string>;
  branches?: Record<string, string>;
  /** Per branch or tag name: the commits in its history (besides its tip). */
  history?: Record<string, string[]>;
  advisories?: { ghsa: string; range: string; patched?: string; severity?: string }[];
}

export type Fault = 'none' | '500' | 'hang' | 'garbage' | 'wrong-shape';

export class FakeGitHub extends TwoOrigins {
  repos = new Map<string, FakeRepo>();
  fault: Fault = 'none';

  async begin(): Promise<this> {
    // Compile the validators before the first request: compiling blocks this process (the
    // gate's client shares it) for seconds, which would read as a hanging server.
    for (const [route, status] of [
      ['/repos/{owner}/{repo}', 200],
      ['/repos/{owner}/{repo}', 404],
      ['/repos/{owner}/{repo}/tags', 200],
      ['/repos/{owner}/{repo}/branches', 200],
      ['/repos/{owner}/{repo}/compare/{basehead}', 200],
      ['/repos/{owner}/{repo}/compare/{basehead}', 404],
      ['/repos/{owner}/{repo}/compare/{basehead}', 500],
      ['/advisories', 200]
    ] as const)
      schemaProblems(route, status, {});
    await this.start();
    this.api = (_req, res, url) => this.answer(res, url);
    return this;
  }

  private answer(res: ServerResponse, url: URL): void {
    const path = decodeURIComponent(url.pathname);
    if (this.fault === 'hang') return; // never answers
    if (this.fault === '500') {
      this.json(res, '/repos/{owner}/{repo}/compare/{basehead}', 500, { message: 'Server Error' });
      return;
    }
    if (this.fault === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"archived": tru');
      return;
    }
    if (path === '/advisories') {
      const slug = url.searchParams.get('affects') ?? '';
      const repo = this.repos.get(slug.toLowerCase());
      const items = (repo?.advisories ?? []).map((a) => {
        const adv = example<Record<string, unknown>>('global-advisory');
        adv.ghsa_id = a.ghsa;
        adv.severity = a.severity ?? 'high';
        adv.summary = `advisory ${a.ghsa}`;
        adv.vulnerabilities = [
          {
            package: { ecosystem: 'actions', name: slug },
            vulnerable_version_range: a.range,
            first_patched_version: a.patched ?? null,
            vulnerable_functions: []
          }
        ];
        return adv;
      });
      this.json(res, '/advisories', 200, items);
      return;
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(?:\/(tags|branches|compare)(?:\/(.+))?)?$/.exec(path);
    const slug = m ? `${m[1]}/${m[2]}`.toLowerCase() : '';
    const repo = this.repos.get(slug);
    if (!m || !repo) {
      this.json(res, '/repos/{owner}/{repo}', 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest'
      });
      return;
    }
    if (this.fault === 'wrong-shape' && !m[3]) {
      this.json(res, '/repos/{owner}/{repo}/tags', 200, []);
      return;
    }
    if (!m[3]) {
      const full = example<Record<string, unknown>>('full-repository');
      full.archived = repo.archived ?? false;
      full.default_branch = repo.defaultBranch ?? 'main';
      full.full_name = slug;
      full.has_discussions = false;
      this.json(res, '/repos/{owner}/{repo}', 200, full);
      return;
    }
    if (m[3] === 'tags') {
      const items = Object.entries(repo.tags ?? {}).map(([name, sha]) => ({
        name,
        commit: { sha, url: `https://api.github.com/repos/${slug}/commits/${sha}` },
        zipball_url: `https://api.github.com/repos/${slug}/zipball/${name}`,
        tarball_url: `https://api.github.com/repos/${slug}/tarball/${name}`,
        node_id: 'MDM6UmVmMQ=='
      }));
      this.json(res, '/repos/{owner}/{repo}/tags', 200, items);
      return;
    }
    if (m[3] === 'branches') {
      const items = Object.entries(repo.branches ?? {}).map(([name, sha]) => ({
        name,
        commit: { sha, url: `https://api.github.com/repos/${slug}/commits/${sha}` },
        protected: false
      }));
      this.json(res, '/repos/{owner}/{repo}/branches', 200, items);
      return;
    }
    const [base, head] = (m[4] ?? '').split('...');
    const tip = repo.branches?.[base] ?? repo.tags?.[base];
    const inHistory = tip === head || (repo.history?.[base] ?? []).includes(head);
    const known =
      Object.values(repo.history ?? {}).some((h) => h.includes(head)) ||
      Object.values(repo.tags ?? {}).includes(head) ||
      Object.values(repo.branches ?? {}).includes(head);
    if (!known) {
      this.json(res, '/repos/{owner}/{repo}/compare/{basehead}', 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest'
      });
      return;
    }
    const cmp = example<Record<string, unknown>>('commit-comparison');
    cmp.status = tip === head ? 'identical' : inHistory ? 'behind' : 'diverged';
    this.json(res, '/repos/{owner}/{repo}/compare/{basehead}', 200, cmp);
  }
}
