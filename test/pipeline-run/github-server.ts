/**
 * A local GitHub REST server (127.0.0.1) for pipeline-run: it serves the recorded responses of
 * ../shared/vectors/telemetry/github-api (a run, its attempt, the attempt's jobs in pages with
 * `Link: rel="next"`), and on demand the recorded 404, a 500, an answer that never comes, or a
 * body that is not JSON. Every JSON payload it sends is checked against GitHub's OpenAPI
 * description (test/github/openapi.ts) and its problems collected in `problems`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { TwoOrigins } from '../github/server.js';
import { SHARED } from '../helpers/shared.js';

export const API_VECTORS = join(SHARED, 'vectors', 'telemetry', 'github-api');

export const ROUTES = {
  run: '/repos/{owner}/{repo}/actions/runs/{run_id}',
  attempt: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
  jobs: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs'
} as const;
export type RouteName = keyof typeof ROUTES;

export type Fault = '404' | '500' | 'hang' | 'garbage';

export function vector<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(join(API_VECTORS, file), 'utf8')) as T;
}

export interface Scenario {
  owner: string;
  repo: string;
  run: Record<string, unknown>;
  jobs: Record<string, unknown>[];
  /** Jobs a page (GitHub: per_page, up to 100). */
  pageSize?: number;
  /** A fault per route (every request to it). */
  faults?: Partial<Record<RouteName, Fault>>;
  /** Answer this route with a 500 this many times, then normally. */
  flaky?: Partial<Record<RouteName, number>>;
  /** Leave out the last page (total_count then says more). */
  dropLastPage?: boolean;
}

export class PipelineGitHub {
  readonly origins = new TwoOrigins();
  scenario?: Scenario;
  private hanging: ServerResponse[] = [];

  get problems(): string[] {
    return this.origins.problems;
  }
  get hits() {
    return this.origins.at('api');
  }
  get url(): string {
    return this.origins.apiUrl;
  }

  async start(): Promise<this> {
    await this.origins.start();
    this.origins.api = (_req, res, url) => this.answer(res, url);
    return this;
  }

  async stop(): Promise<void> {
    for (const r of this.hanging) r.destroy();
    await this.origins.stop();
  }

  private answer(res: ServerResponse, url: URL): void {
    const s = this.scenario;
    const m =
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)(?:\/attempts\/(\d+)(\/jobs)?)?$/.exec(
        url.pathname
      );
    if (!s || !m) {
      this.origins.json(res, ROUTES.run, 404, vector('error-404-run-111.json'));
      return;
    }
    const [, owner, repo, runId, attempt, jobs] = m;
    const name: RouteName = jobs ? 'jobs' : attempt ? 'attempt' : 'run';
    const route = ROUTES[name];
    const fault = s.faults?.[name];
    const left = s.flaky?.[name] ?? 0;
    if (left > 0) {
      s.flaky = { ...s.flaky, [name]: left - 1 };
      this.origins.json(res, route, 500, { message: 'Server Error' });
      return;
    }
    if (fault === 'hang') {
      this.hanging.push(res);
      return;
    }
    if (fault === '500') {
      this.origins.json(res, route, 500, { message: 'Server Error' });
      return;
    }
    if (fault === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html><body>Unicorn! This page is taking too long</body></html>');
      return;
    }
    const known =
      owner === s.owner &&
      repo === s.repo &&
      Number(runId) === s.run.id &&
      (attempt === undefined || Number(attempt) === s.run.run_attempt);
    if (fault === '404' || !known) {
      this.origins.json(res, route, 404, vector('error-404-run-111.json'));
      return;
    }
    if (name !== 'jobs') {
      this.origins.json(res, route, 200, s.run);
      return;
    }
    const size = Math.min(Number(url.searchParams.get('per_page') ?? 30), s.pageSize ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const pages = Math.max(1, Math.ceil(s.jobs.length / size));
    const last = s.dropLastPage ? pages - 1 : pages;
    const body = { total_count: s.jobs.length, jobs: s.jobs.slice((page - 1) * size, page * size) };
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next", <${this.url}${next.pathname}?per_page=${size}&page=${last}>; rel="last"`;
    }
    this.origins.json(res, route, 200, body, headers);
  }
}

/** Jobs cloned from a recorded one, `n` of them, on one runner class (a big matrix). */
export function syntheticJobs(template: Record<string, unknown>, n: number, runAttempt = 1) {
  const t0 = Date.parse(String(template.created_at));
  return Array.from({ length: n }, (_, i) => ({
    ...structuredClone(template),
    id: 90_000_000_000 + i,
    name: `matrix (${i})`,
    run_attempt: runAttempt,
    created_at: new Date(t0 + i * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    started_at: new Date(t0 + i * 1000 + 4000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    completed_at: new Date(t0 + i * 1000 + 4000 + 61_000 + (i % 7) * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    status: 'completed',
    conclusion: i % 50 === 49 ? 'failure' : 'success'
  }));
}
