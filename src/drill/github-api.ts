/**
 * The GitHub REST calls the dr-freshness gate makes: the latest successful run of a drill
 * workflow and the evidence artifact it uploaded, through the one GitHub client (src/github:
 * retries, rate limits, deadlines, bounded bodies, strict JSON, the token only to the API's
 * origin). Every failure becomes an ApiError that says what went wrong and what to do.
 */
import { formatDuration } from '../core/duration.js';
import { createGitHubClient, expandPath, type GitHubClient } from '../github/client.js';
import { GitHubApiError } from '../github/errors.js';
import { paginate } from '../github/paginate.js';
import { CrossOriginError } from '../net/credential-origin.js';
import { formatRfc3339 } from './timestamp.js';

export interface ApiOptions {
  token: string;
  baseUrl: string;
  /** Deadline of one request, retries included. */
  timeoutMs: number;
  /** Absolute time (ms since epoch) by which all API work is done. */
  deadline?: number;
  /** Retries of a 5xx or network failure. */
  retries: number;
  /** Wait for a rate limit to reset only when it resets within this many seconds. */
  maxRateLimitWaitS: number;
  log(message: string): void;
  /** What to check when the API answers 403/404 (default: the Actions read permission). */
  accessHelp?: string;
  /** The User-Agent of the requests (default: dr-freshness's). */
  userAgent?: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly help: string
  ) {
    super(message);
  }
}

export interface RunInfo {
  id: number;
  runNumber?: number;
  runAttempt?: number;
  htmlUrl?: string;
  event: string;
  status: string;
  conclusion: string | null;
  headBranch: string | null;
  headSha?: string;
  headRepository?: string;
  createdAt: string;
  runStartedAt?: string;
  updatedAt?: string;
}

export interface RunSearch {
  run?: RunInfo;
  branch: string;
  pagesRead: number;
  runsSeen: number;
  /** Successful runs skipped because they ran for a fork or a pull request. */
  skipped: number;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt?: string;
  expiresAt?: string;
  digest?: string;
}

/** Events whose runs test a pull request's code, not the deployed system: never a drill. */
const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
]);

const NOT_GITHUB = 'Check GITHUB_API_URL points at a GitHub REST API.';

/** Turn what the GitHub client threw into an ApiError naming the cause and the fix. */
export function describeApiError(
  err: unknown,
  what: string,
  o: Pick<ApiOptions, 'timeoutMs' | 'retries' | 'baseUrl' | 'accessHelp'>,
  now = new Date()
): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof CrossOriginError)
    return new ApiError(`${what}: ${err.message}`, 'Check GITHUB_API_URL.');
  if (!(err instanceof GitHubApiError)) {
    return new ApiError(
      `${what}: GitHub API request failed: ${(err as Error)?.message ?? String(err)}`,
      'Check GITHUB_API_URL, the token and the inputs.'
    );
  }
  const status = err.status;
  const storage = err.foreignOrigin !== undefined;
  const tries =
    err.retries === 0
      ? o.retries === 0
        ? ' with no retries'
        : ''
      : ` after ${err.retries} ${err.retries === 1 ? 'retry' : 'retries'}`;
  switch (err.kind) {
    case 'timeout':
      return new ApiError(
        storage
          ? `${what}: artifact storage gave no answer within ${formatDuration(err.timeoutMs ?? o.timeoutMs)}${err.overallDeadline ? ' (overall deadline)' : ' (api-timeout)'}`
          : `${what}: GitHub API at ${o.baseUrl} gave no answer within ${formatDuration(err.timeoutMs ?? o.timeoutMs)}${err.overallDeadline ? ' (the overall deadline: 10 × api-timeout)' : ' (api-timeout)'}`,
        storage
          ? 'Re-run later, or raise api-timeout.'
          : 'Check GITHUB_API_URL and the network, or raise api-timeout.'
      );
    case 'rate-limit': {
      const when = err.resetAt;
      const resetText = when
        ? `it resets at ${formatRfc3339(when)} (in ${formatDuration(Math.max(0, when.getTime() - now.getTime()))})`
        : 'the response did not say when it resets';
      return new ApiError(
        `${what}: GitHub API rate limit exhausted (${status}, x-ratelimit-limit ${err.limit ?? '?'}); ${resetText}`,
        'Re-run after the reset, or use a token with a higher limit (a GitHub App token or the job GITHUB_TOKEN).'
      );
    }
    case 'secondary-rate-limit':
      return new ApiError(
        `${what}: GitHub API secondary rate limit (${status})${err.retryAfterS !== undefined ? `; retry after ${err.retryAfterS} s` : ''}`,
        'Re-run later; avoid many concurrent jobs calling the API with the same token.'
      );
    case 'network':
      return new ApiError(
        `${what}: ${storage ? `artifact storage at ${err.foreignOrigin}` : `GitHub API at ${o.baseUrl}`} could not be reached (${err.cause})${tries}`,
        'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.'
      );
    case 'too-large':
      return new ApiError(
        `${what}: ${err.message}`,
        'Upload only the evidence JSON in this artifact.'
      );
    case 'bad-json':
      return new ApiError(`${what}: ${err.message}`, NOT_GITHUB);
    case 'cross-origin':
    case 'redirect':
      return new ApiError(
        `${what}: ${err.message}`,
        'The API sent the client elsewhere; the token is only ever sent to GITHUB_API_URL. Check GITHUB_API_URL.'
      );
    case 'status':
      break;
  }
  const said = err.githubMessage ? ` (${err.githubMessage})` : '';
  if (storage) {
    return new ApiError(
      `${what}: artifact storage answered ${status}${said}`,
      'Re-run later; the download link may have expired.'
    );
  }
  if (status === 401) {
    return new ApiError(
      `${what}: GitHub API rejected the token (401${said ? `: ${err.githubMessage}` : ''})`,
      "Give a valid token in 'token' (or GITHUB_TOKEN)."
    );
  }
  if (status === 403 || status === 404) {
    return new ApiError(
      `${what}: GitHub API answered ${status}${said}`,
      o.accessHelp ??
        "Check 'repository' and 'workflow', and that the token may read Actions (permissions: actions: read)."
    );
  }
  if (status !== undefined && status >= 500) {
    return new ApiError(
      `${what}: GitHub API at ${o.baseUrl} answered ${status}${said}${tries}`,
      'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.'
    );
  }
  return new ApiError(
    `${what}: GitHub API request failed (${err.message})`,
    'Check GITHUB_API_URL, the token and the inputs.'
  );
}

export function createClient(o: ApiOptions): GitHubClient {
  return createGitHubClient({
    token: o.token,
    apiUrl: o.baseUrl,
    userAgent: o.userAgent ?? 'ci-intel-hub dr-freshness',
    timeoutMs: o.timeoutMs,
    deadline: o.deadline,
    retries: o.retries,
    maxRateLimitWaitMs: o.maxRateLimitWaitS * 1000,
    log: o.log
  });
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function toRun(raw: unknown): RunInfo | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'number' || typeof r.created_at !== 'string') return undefined;
  const headRepo = r.head_repository as { full_name?: unknown } | null | undefined;
  return {
    id: r.id,
    runNumber: typeof r.run_number === 'number' ? r.run_number : undefined,
    runAttempt: typeof r.run_attempt === 'number' ? r.run_attempt : undefined,
    htmlUrl: str(r.html_url),
    event: str(r.event) ?? '',
    status: str(r.status) ?? '',
    conclusion: str(r.conclusion) ?? null,
    headBranch: str(r.head_branch) ?? null,
    headSha: str(r.head_sha),
    headRepository: str(headRepo?.full_name),
    createdAt: r.created_at,
    runStartedAt: str(r.run_started_at),
    updatedAt: str(r.updated_at)
  };
}

function splitRepo(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m)
    throw new ApiError(
      `repository '${repository}' is not owner/name`,
      "Set 'repository' to owner/name, e.g. acme/widget."
    );
  return { owner: m[1], repo: m[2] };
}

export async function defaultBranch(
  client: GitHubClient,
  o: ApiOptions,
  repository: string
): Promise<string> {
  const { owner, repo } = splitRepo(repository);
  let data: unknown;
  try {
    data = (await client.request(expandPath('/repos/{owner}/{repo}', { owner, repo }))).data;
  } catch (err) {
    throw describeApiError(err, `reading ${repository}'s default branch`, o);
  }
  const branch = (data as { default_branch?: unknown } | null)?.default_branch;
  if (typeof branch !== 'string' || branch === '') {
    throw new ApiError(
      `GET /repos/${repository}: the answer has no default_branch`,
      "Set 'branch' explicitly, or check GITHUB_API_URL."
    );
  }
  return branch;
}

/**
 * The newest completed, successful run of `workflow` on `branch` that ran for the repository
 * itself (not a fork, not a pull-request event), reading at most `maxPages` pages of 100.
 */
export async function latestSuccessfulRun(
  client: GitHubClient,
  o: ApiOptions,
  q: { repository: string; workflow: string; branch: string; maxPages: number }
): Promise<RunSearch> {
  const { owner, repo } = splitRepo(q.repository);
  const search: RunSearch = { branch: q.branch, pagesRead: 0, runsSeen: 0, skipped: 0 };
  const what = `listing runs of ${q.workflow} in ${q.repository}`;
  try {
    const path = expandPath('/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      owner,
      repo,
      workflow_id: q.workflow
    });
    const pages = paginate(client, path, {
      query: {
        branch: q.branch,
        status: 'success',
        exclude_pull_requests: true,
        per_page: 100
      },
      maxPages: q.maxPages
    });
    for await (const page of pages) {
      search.pagesRead++;
      const list = (page.data as { workflow_runs?: unknown } | null)?.workflow_runs;
      if (!Array.isArray(list)) {
        throw new ApiError(
          `${what}: the answer is not a list of workflow runs (no workflow_runs array)`,
          NOT_GITHUB
        );
      }
      for (const raw of list as unknown[]) {
        const run = toRun(raw);
        if (!run)
          throw new ApiError(
            `${what}: a workflow run in the answer has no id or created_at`,
            NOT_GITHUB
          );
        search.runsSeen++;
        if (
          run.status !== 'completed' ||
          run.conclusion !== 'success' ||
          run.headBranch !== q.branch
        )
          continue;
        const ownRepo =
          !run.headRepository || run.headRepository.toLowerCase() === q.repository.toLowerCase();
        if (!ownRepo || PR_EVENTS.has(run.event)) {
          search.skipped++;
          continue;
        }
        search.run = run;
        return search;
      }
    }
    return search;
  } catch (err) {
    throw describeApiError(err, what, o);
  }
}

/** The run's artifact called `name`, newest first if several. */
export async function findArtifact(
  client: GitHubClient,
  o: ApiOptions,
  repository: string,
  runId: number,
  name: string
): Promise<ArtifactInfo> {
  const { owner, repo } = splitRepo(repository);
  const what = `listing artifacts of run ${runId}`;
  let list: unknown;
  try {
    const res = await client.request(
      expandPath('/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
        owner,
        repo,
        run_id: runId
      }),
      { query: { name, per_page: 100 } }
    );
    list = (res.data as { artifacts?: unknown } | null)?.artifacts;
  } catch (err) {
    throw describeApiError(err, what, o);
  }
  if (!Array.isArray(list))
    throw new ApiError(`${what}: the answer has no artifacts list`, NOT_GITHUB);
  const found: ArtifactInfo[] = list
    .filter(
      (a): a is Record<string, unknown> =>
        typeof a === 'object' && a !== null && a.name === name && typeof a.id === 'number'
    )
    .map((a) => ({
      id: a.id as number,
      name,
      sizeInBytes: typeof a.size_in_bytes === 'number' ? a.size_in_bytes : 0,
      expired: a.expired === true,
      createdAt: str(a.created_at),
      expiresAt: str(a.expires_at),
      digest: str(a.digest)
    }))
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  if (found.length === 0) {
    throw new ApiError(
      `run ${runId} has no artifact named '${name}'`,
      "Check 'artifact-name' against the drill workflow's upload-artifact step (artifacts also expire, by default after 90 days)."
    );
  }
  const live = found.find((a) => !a.expired);
  if (!live) {
    throw new ApiError(
      `artifact '${name}' of run ${runId} expired${found[0].expiresAt ? ` at ${found[0].expiresAt}` : ''}`,
      'Run the drill again (its evidence has expired), or keep evidence artifacts longer (retention-days).'
    );
  }
  return live;
}

/**
 * Download an artifact's zip, at most `maxBytes`. GitHub answers 302 to pre-signed blob
 * storage on another origin: the client follows it without the token.
 */
export async function downloadArtifactZip(
  client: GitHubClient,
  o: ApiOptions,
  repository: string,
  artifact: ArtifactInfo,
  maxBytes: number
): Promise<Buffer> {
  const { owner, repo } = splitRepo(repository);
  const what = `downloading artifact '${artifact.name}' (${artifact.id})`;
  if (artifact.sizeInBytes > maxBytes) {
    throw new ApiError(
      `${what}: it is ${artifact.sizeInBytes} bytes; evidence artifacts are limited to ${maxBytes} bytes`,
      'Upload only the evidence JSON in this artifact.'
    );
  }
  try {
    const res = await client.download(
      expandPath('/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip'
      }),
      { maxBytes }
    );
    return res.bytes;
  } catch (err) {
    throw describeApiError(err, what, o);
  }
}
