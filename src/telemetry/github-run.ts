/**
 * One workflow run attempt as the GitHub REST API describes it, read through the hub's one client
 * (src/github: retries, deadlines, bounded strict-JSON bodies, the token only to its origin):
 * `GET /repos/{o}/{r}/actions/runs/{id}` (or `…/attempts/{n}` for a given attempt) and every page
 * of `…/runs/{id}/attempts/{n}/jobs` (100 a page). Both answers are checked for the fields the
 * record rests on; a listing that ends before `total_count` jobs is refused, never recorded short.
 */
import { GateError } from '../core/errors.js';
import { expandPath, type GitHubClient } from '../github/client.js';
import { paginate } from '../github/paginate.js';

export interface RunInfo {
  id: number;
  attempt: number;
  repository: string;
  name?: string;
  event?: string;
  status: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  pullRequests: number[];
  createdAt: string;
  runStartedAt?: string;
  updatedAt?: string;
  htmlUrl?: string;
}

export interface JobInfo {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  attempt?: number;
  createdAt?: string;
  startedAt?: string;
  completedAt?: string | null;
  runnerName?: string | null;
  runnerGroupName?: string | null;
  labels: string[];
  htmlUrl?: string;
}

export interface RunAndJobs {
  run: RunInfo;
  jobs: JobInfo[];
  pages: number;
}

/** 100 a page; a workflow run has at most a few hundred jobs (256 per matrix). */
export const MAX_JOB_PAGES = 50;

const NOT_GITHUB = 'Check GITHUB_API_URL points at a GitHub REST API.';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function shapeError(endpoint: string, what: string): GateError {
  return new GateError(`${endpoint}: the answer ${what}`, NOT_GITHUB);
}

export function toRun(raw: unknown, endpoint: string, repository: string): RunInfo {
  if (!isObject(raw)) throw shapeError(endpoint, 'is not a workflow run object');
  const r = raw;
  if (typeof r.id !== 'number') throw shapeError(endpoint, 'has no numeric id');
  if (typeof r.head_sha !== 'string') throw shapeError(endpoint, 'has no head_sha');
  if (typeof r.status !== 'string') throw shapeError(endpoint, 'has no status');
  if (typeof r.created_at !== 'string') throw shapeError(endpoint, 'has no created_at');
  const repo = isObject(r.repository) ? str(r.repository.full_name) : undefined;
  const prs = Array.isArray(r.pull_requests)
    ? r.pull_requests
        .map((p) => (isObject(p) && typeof p.number === 'number' ? p.number : undefined))
        .filter((n): n is number => n !== undefined)
    : [];
  return {
    id: r.id,
    attempt: typeof r.run_attempt === 'number' ? r.run_attempt : 1,
    repository: repo ?? repository,
    name: str(r.name),
    event: str(r.event),
    status: r.status,
    conclusion: str(r.conclusion) ?? null,
    headSha: r.head_sha,
    headBranch: str(r.head_branch) ?? null,
    pullRequests: prs,
    createdAt: r.created_at,
    runStartedAt: str(r.run_started_at),
    updatedAt: str(r.updated_at),
    htmlUrl: str(r.html_url)
  };
}

export function toJob(raw: unknown, endpoint: string, index: number): JobInfo {
  const at = `job ${index}`;
  if (!isObject(raw)) throw shapeError(endpoint, `${at} is not an object`);
  const j = raw;
  if (typeof j.id !== 'number') throw shapeError(endpoint, `${at} has no numeric id`);
  if (typeof j.name !== 'string') throw shapeError(endpoint, `${at} has no name`);
  if (typeof j.status !== 'string') throw shapeError(endpoint, `${at} has no status`);
  return {
    id: j.id,
    name: j.name,
    status: j.status,
    conclusion: str(j.conclusion) ?? null,
    attempt: typeof j.run_attempt === 'number' ? j.run_attempt : undefined,
    createdAt: str(j.created_at),
    startedAt: str(j.started_at),
    completedAt: str(j.completed_at) ?? null,
    runnerName: str(j.runner_name) ?? null,
    runnerGroupName: str(j.runner_group_name) ?? null,
    labels: Array.isArray(j.labels)
      ? j.labels.filter((l): l is string => typeof l === 'string')
      : [],
    htmlUrl: str(j.html_url)
  };
}

function splitRepo(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m)
    throw new GateError(
      `repository '${repository}' is not owner/name`,
      "Set 'repository' to owner/name (default: GITHUB_REPOSITORY)."
    );
  return { owner: m[1], repo: m[2] };
}

/** The run (as of `attempt`, or its latest attempt) and every job of that attempt. */
export async function fetchRunAndJobs(
  client: GitHubClient,
  q: { repository: string; runId: number; attempt?: number; maxPages?: number }
): Promise<RunAndJobs> {
  const { owner, repo } = splitRepo(q.repository);
  const runPath =
    q.attempt === undefined
      ? expandPath('/repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: q.runId })
      : expandPath('/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', {
          owner,
          repo,
          run_id: q.runId,
          attempt_number: q.attempt
        });
  const run = toRun((await client.request(runPath)).data, `GET ${runPath}`, q.repository);
  if (run.id !== q.runId)
    throw shapeError(`GET ${runPath}`, `describes run ${run.id}, not ${q.runId}`);
  const attempt = q.attempt ?? run.attempt;
  if (run.attempt !== attempt)
    throw shapeError(`GET ${runPath}`, `describes attempt ${run.attempt}, not ${attempt}`);
  const jobsPath = expandPath(
    '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    { owner, repo, run_id: q.runId, attempt_number: attempt }
  );
  const jobs: JobInfo[] = [];
  const seen = new Set<number>();
  let total: number | undefined;
  let pages = 0;
  const maxPages = q.maxPages ?? MAX_JOB_PAGES;
  for await (const page of paginate(client, jobsPath, { query: { per_page: 100 }, maxPages })) {
    pages++;
    const endpoint = `GET ${jobsPath} (page ${page.number})`;
    const data = page.data;
    if (!isObject(data) || !Array.isArray(data.jobs))
      throw shapeError(endpoint, 'is not a list of jobs (no jobs array)');
    if (typeof data.total_count === 'number') total = data.total_count;
    for (const raw of data.jobs) {
      const job = toJob(raw, endpoint, jobs.length);
      if (seen.has(job.id)) continue; // a job that moved between pages while they were read
      seen.add(job.id);
      jobs.push(job);
    }
    if (page.hasNext && page.number === maxPages)
      throw new GateError(
        `${jobsPath}: more than ${maxPages} pages of jobs`,
        'A run this large is not recorded partially; record it from a workflow_run trigger with a narrower scope.'
      );
  }
  if (total !== undefined && jobs.length < total)
    throw new GateError(
      `GET ${jobsPath}: ${jobs.length} jobs listed, total_count says ${total}`,
      'The listing ended early (a page went missing); re-run the recorder.'
    );
  return { run, jobs, pages };
}
