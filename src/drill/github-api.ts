/**
 * The GitHub REST calls the dr-freshness gate makes: the latest successful run of a drill
 * workflow and the evidence artifact it uploaded. Octokit from @actions/github with the retry
 * (5xx, network) and throttling (rate limits) plugins; every request has a deadline; every
 * failure becomes an ApiError that says what went wrong and what to do.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { formatDuration } from '../core/duration.js';
import { readBody, BodyTooLargeError } from '../core/bounded-body.js';
import { formatRfc3339 } from './timestamp.js';

export interface ApiOptions {
  token: string;
  baseUrl: string;
  /** Deadline of one request, retries included. */
  timeoutMs: number;
  /** Retries of a 5xx or network failure. */
  retries: number;
  /** Wait for a rate limit to reset only when it resets within this many seconds. */
  maxRateLimitWaitS: number;
  log(message: string): void;
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

interface HttpErrorLike {
  name?: string;
  status?: number;
  message: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

function asHttpError(err: unknown): HttpErrorLike {
  return (
    typeof err === 'object' && err !== null ? err : { message: String(err) }
  ) as HttpErrorLike;
}

function isTimeout(err: HttpErrorLike): boolean {
  const cause = err.cause as { name?: string } | undefined;
  return (
    err.name === 'TimeoutError' ||
    err.name === 'AbortError' ||
    cause?.name === 'TimeoutError' ||
    /aborted due to timeout|TimeoutError/i.test(err.message)
  );
}

/** The innermost cause of a network failure: `connect ECONNREFUSED 127.0.0.1:9` rather than `fetch failed`. */
function rootCause(err: unknown): string {
  let cur = err as { message?: string; cause?: unknown; code?: string } | undefined;
  for (let i = 0; i < 5 && cur?.cause && typeof cur.cause === 'object'; i++)
    cur = cur.cause as typeof cur;
  const message = cur?.message || String(err);
  return cur?.code && !message.includes(cur.code) ? `${cur.code}: ${message}` : message;
}

/** Turn whatever octokit threw into an ApiError naming the cause and the fix. */
export function describeApiError(
  err: unknown,
  what: string,
  o: Pick<ApiOptions, 'timeoutMs' | 'retries' | 'baseUrl'>,
  now = new Date()
): ApiError {
  if (err instanceof ApiError) return err;
  const e = asHttpError(err);
  const headers = e.response?.headers ?? {};
  const status = e.status;
  if (isTimeout(e)) {
    return new ApiError(
      `${what}: GitHub API at ${o.baseUrl} gave no answer within ${formatDuration(o.timeoutMs)} (api-timeout)`,
      'Check GITHUB_API_URL and the network, or raise api-timeout.'
    );
  }
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
    const resetText = when
      ? `it resets at ${formatRfc3339(when)} (in ${formatDuration(Math.max(0, when.getTime() - now.getTime()))})`
      : 'the response did not say when it resets';
    return new ApiError(
      `${what}: GitHub API rate limit exhausted (${status}, x-ratelimit-limit ${headers['x-ratelimit-limit'] ?? '?'}); ${resetText}`,
      'Re-run after the reset, or use a token with a higher limit (a GitHub App token or the job GITHUB_TOKEN).'
    );
  }
  if ((status === 403 || status === 429) && /secondary rate/i.test(e.message)) {
    const after = headers['retry-after'];
    return new ApiError(
      `${what}: GitHub API secondary rate limit (${status})${after ? `; retry after ${after} s` : ''}`,
      'Re-run later; avoid many concurrent jobs calling the API with the same token.'
    );
  }
  if (status === 401) {
    return new ApiError(
      `${what}: GitHub API rejected the token (401: ${e.message})`,
      "Give a valid token in 'token' (or GITHUB_TOKEN)."
    );
  }
  if (status === 403 || status === 404) {
    return new ApiError(
      `${what}: GitHub API answered ${status} (${e.message})`,
      "Check 'repository' and 'workflow', and that the token may read Actions (permissions: actions: read)."
    );
  }
  if (status !== undefined && status >= 500) {
    const detail = e.response
      ? `answered ${status} (${e.message})`
      : `could not be reached (${rootCause(err)})`;
    const tries =
      o.retries === 0
        ? 'with no retries'
        : `after ${o.retries} ${o.retries === 1 ? 'retry' : 'retries'}`;
    return new ApiError(
      `${what}: GitHub API at ${o.baseUrl} ${detail} ${tries}`,
      'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.'
    );
  }
  return new ApiError(
    `${what}: GitHub API request failed${status ? ` (${status})` : ''}: ${e.message}`,
    'Check GITHUB_API_URL, the token and the inputs.'
  );
}

type Octokit = ReturnType<typeof getOctokit>;

/** Wait once for a limit that lifts within maxRateLimitWaitS; otherwise give up (and say so). */
function rateLimitHandler(o: ApiOptions, what: string, when: string) {
  return (
    retryAfter: number,
    options: { method?: string; url?: string },
    _k: unknown,
    retryCount: number
  ): boolean => {
    const wait = retryCount === 0 && retryAfter <= o.maxRateLimitWaitS;
    o.log(
      `GitHub API ${what} on ${options.method} ${options.url}; ${when} ${retryAfter} s; ${wait ? 'waiting' : 'not waiting'}`
    );
    return wait;
  };
}

export function createClient(o: ApiOptions): Octokit {
  const octokit = getOctokit(
    o.token,
    {
      baseUrl: o.baseUrl,
      retry: { retries: o.retries },
      throttle: {
        onRateLimit: rateLimitHandler(o, 'rate limit hit', 'resets in'),
        onSecondaryRateLimit: rateLimitHandler(o, 'secondary rate limit', 'retry after')
      },
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (m: string) => o.log(m),
        error: (m: string) => o.log(m)
      }
    },
    retry,
    throttling
  );
  // Outermost hook: one deadline per request, shared by its retries and rate-limit waits. A
  // request cut off by the deadline surfaces as an AbortError, which the retry plugin does not
  // retry (retrying against an expired deadline would only add back-off sleeps).
  octokit.hook.before('request', (options) => {
    const req = (options.request ??= {}) as { signal?: AbortSignal; fetch?: typeof fetch };
    const signal = (req.signal ??= AbortSignal.timeout(o.timeoutMs));
    const inner = req.fetch ?? globalThis.fetch;
    req.fetch = async (url, init) => {
      try {
        return await inner(url, init);
      } catch (err) {
        if (!signal.aborted) throw err;
        const abort = new Error(`no answer within ${formatDuration(o.timeoutMs)}`);
        abort.name = 'AbortError';
        throw abort;
      }
    };
  });
  return octokit;
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
  octokit: Octokit,
  o: ApiOptions,
  repository: string
): Promise<string> {
  const { owner, repo } = splitRepo(repository);
  try {
    const res = await octokit.rest.repos.get({ owner, repo });
    const branch = (res.data as { default_branch?: unknown }).default_branch;
    if (typeof branch !== 'string' || branch === '') {
      throw new ApiError(
        `GET /repos/${repository}: the answer has no default_branch`,
        "Set 'branch' explicitly, or check GITHUB_API_URL."
      );
    }
    return branch;
  } catch (err) {
    throw describeApiError(err, `reading ${repository}'s default branch`, o);
  }
}

/**
 * The newest completed, successful run of `workflow` on `branch` that ran for the repository
 * itself (not a fork, not a pull-request event), reading at most `maxPages` pages of 100.
 */
export async function latestSuccessfulRun(
  octokit: Octokit,
  o: ApiOptions,
  q: { repository: string; workflow: string; branch: string; maxPages: number }
): Promise<RunSearch> {
  const { owner, repo } = splitRepo(q.repository);
  const search: RunSearch = { branch: q.branch, pagesRead: 0, runsSeen: 0, skipped: 0 };
  const what = `listing runs of ${q.workflow} in ${q.repository}`;
  try {
    const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
      owner,
      repo,
      workflow_id: q.workflow,
      branch: q.branch,
      status: 'success',
      exclude_pull_requests: true,
      per_page: 100
    });
    for await (const page of pages) {
      search.pagesRead++;
      if (!Array.isArray(page.data)) {
        throw new ApiError(
          `${what}: the answer is not a list of workflow runs`,
          'Check GITHUB_API_URL points at a GitHub REST API.'
        );
      }
      for (const raw of page.data as unknown[]) {
        const run = toRun(raw);
        if (!run)
          throw new ApiError(
            `${what}: a workflow run in the answer has no id or created_at`,
            'Check GITHUB_API_URL points at a GitHub REST API.'
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
      if (search.pagesRead >= q.maxPages) break;
    }
    return search;
  } catch (err) {
    throw describeApiError(err, what, o);
  }
}

/** The run's artifact called `name`, newest first if several. */
export async function findArtifact(
  octokit: Octokit,
  o: ApiOptions,
  repository: string,
  runId: number,
  name: string
): Promise<ArtifactInfo> {
  const { owner, repo } = splitRepo(repository);
  const what = `listing artifacts of run ${runId}`;
  let list: unknown;
  try {
    const res = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: runId,
      name,
      per_page: 100
    });
    list = (res.data as { artifacts?: unknown }).artifacts;
  } catch (err) {
    throw describeApiError(err, what, o);
  }
  if (!Array.isArray(list))
    throw new ApiError(
      `${what}: the answer has no artifacts list`,
      'Check GITHUB_API_URL points at a GitHub REST API.'
    );
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

/** Download an artifact's zip, at most `maxBytes`, following GitHub's redirect to blob storage. */
export async function downloadArtifactZip(
  octokit: Octokit,
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
  let res: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
  try {
    res = (await octokit.request(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      {
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { redirect: 'manual', parseSuccessResponseBody: false }
      }
    )) as typeof res;
  } catch (err) {
    throw describeApiError(err, what, o);
  }
  const body = res.data as ReadableStream<Uint8Array> | null | undefined;
  let fromStorage = false;
  try {
    if (res.status >= 300 && res.status < 400) {
      await body?.cancel().catch(() => undefined);
      const location = res.headers.location;
      if (typeof location !== 'string' || location === '') {
        throw new ApiError(
          `${what}: redirect ${res.status} without a location`,
          'Check GITHUB_API_URL points at a GitHub REST API.'
        );
      }
      // The blob URL is pre-signed: no Authorization header goes there.
      fromStorage = true;
      const blob = await fetch(location, {
        signal: AbortSignal.timeout(o.timeoutMs),
        redirect: 'follow'
      });
      if (!blob.ok) {
        await blob.body?.cancel().catch(() => undefined);
        throw new ApiError(
          `${what}: artifact storage answered ${blob.status}`,
          'Re-run later; the download link may have expired.'
        );
      }
      return await readBody(blob.body, maxBytes);
    }
    return await readBody(body ?? null, maxBytes);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (fromStorage && isTimeout(asHttpError(err))) {
      throw new ApiError(
        `${what}: artifact storage gave no answer within ${formatDuration(o.timeoutMs)} (api-timeout)`,
        'Re-run later, or raise api-timeout.'
      );
    }
    if (err instanceof BodyTooLargeError) {
      throw new ApiError(
        `${what}: ${err.message}`,
        'Upload only the evidence JSON in this artifact.'
      );
    }
    throw describeApiError(err, what, o);
  }
}
