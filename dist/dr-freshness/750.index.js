export const id = 750;
export const ids = [750];
export const modules = {

/***/ 5750:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ApiError: () => (/* binding */ ApiError),
  createClient: () => (/* binding */ createClient),
  defaultBranch: () => (/* binding */ defaultBranch),
  describeApiError: () => (/* binding */ describeApiError),
  downloadArtifactZip: () => (/* binding */ downloadArtifactZip),
  findArtifact: () => (/* binding */ findArtifact),
  latestSuccessfulRun: () => (/* binding */ latestSuccessfulRun)
});

// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __webpack_require__(8415);
// EXTERNAL MODULE: ./lib/github/client.js + 3 modules
var github_client = __webpack_require__(651);
// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/net/credential-origin.js
var credential_origin = __webpack_require__(1685);
;// CONCATENATED MODULE: ./lib/github/paginate.js
/**
 * GitHub list endpoints page by `Link: rel="next"`. The next page is fetched only on the API's
 * origin (with the token); a next link to any other origin is refused, never followed \u2014 with or
 * without the token \u2014 because a page from elsewhere is not the API's answer.
 */


async function* paginate(client, path, o) {
    let next;
    const seen = new Set();
    for (let number = 1; number <= o.maxPages; number++) {
        const res = number === 1
            ? await client.request(path, o)
            : await client.request(next, { maxBytes: o.maxBytes, accept: o.accept });
        seen.add(res.url);
        const endpoint = `GET ${new URL(res.url).pathname}`;
        try {
            next = (0,credential_origin/* nextPage */.Zj)(res.headers.get('link'), res.url, client.origin);
        }
        catch (err) {
            if (err instanceof credential_origin/* CrossOriginError */.zN)
                throw new errors/* GitHubApiError */.O(err.message, {
                    kind: 'cross-origin',
                    endpoint,
                    status: res.status,
                    retries: 0
                });
            throw err;
        }
        if (next !== undefined && seen.has(next)) {
            throw new errors/* GitHubApiError */.O(`Link rel="next" points back to a page already read (${next})`, {
                kind: 'redirect',
                endpoint,
                status: res.status,
                retries: 0
            });
        }
        yield { ...res, number, hasNext: next !== undefined };
        if (next === undefined)
            return;
    }
}

// EXTERNAL MODULE: ./lib/drill/timestamp.js
var timestamp = __webpack_require__(6101);
;// CONCATENATED MODULE: ./lib/drill/github-api.js
/**
 * The GitHub REST calls the dr-freshness gate makes: the latest successful run of a drill
 * workflow and the evidence artifact it uploaded, through the one GitHub client (src/github:
 * retries, rate limits, deadlines, bounded bodies, strict JSON, the token only to the API's
 * origin). Every failure becomes an ApiError that says what went wrong and what to do.
 */






class ApiError extends Error {
    help;
    name = 'ApiError';
    constructor(message, help) {
        super(message);
        this.help = help;
    }
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
function describeApiError(err, what, o, now = new Date()) {
    if (err instanceof ApiError)
        return err;
    if (err instanceof credential_origin/* CrossOriginError */.zN)
        return new ApiError(`${what}: ${err.message}`, 'Check GITHUB_API_URL.');
    if (!(err instanceof errors/* GitHubApiError */.O)) {
        return new ApiError(`${what}: GitHub API request failed: ${err?.message ?? String(err)}`, 'Check GITHUB_API_URL, the token and the inputs.');
    }
    const status = err.status;
    const storage = err.foreignOrigin !== undefined;
    const tries = err.retries === 0
        ? o.retries === 0
            ? ' with no retries'
            : ''
        : ` after ${err.retries} ${err.retries === 1 ? 'retry' : 'retries'}`;
    switch (err.kind) {
        case 'timeout':
            return new ApiError(storage
                ? `${what}: artifact storage gave no answer within ${(0,duration/* formatDuration */.a)(err.timeoutMs ?? o.timeoutMs)}${err.overallDeadline ? ' (overall deadline)' : ' (api-timeout)'}`
                : `${what}: GitHub API at ${o.baseUrl} gave no answer within ${(0,duration/* formatDuration */.a)(err.timeoutMs ?? o.timeoutMs)}${err.overallDeadline ? ' (the overall deadline: 10 \u00d7 api-timeout)' : ' (api-timeout)'}`, storage
                ? 'Re-run later, or raise api-timeout.'
                : 'Check GITHUB_API_URL and the network, or raise api-timeout.');
        case 'rate-limit': {
            const when = err.resetAt;
            const resetText = when
                ? `it resets at ${(0,timestamp/* formatRfc3339 */.Z)(when)} (in ${(0,duration/* formatDuration */.a)(Math.max(0, when.getTime() - now.getTime()))})`
                : 'the response did not say when it resets';
            return new ApiError(`${what}: GitHub API rate limit exhausted (${status}, x-ratelimit-limit ${err.limit ?? '?'}); ${resetText}`, 'Re-run after the reset, or use a token with a higher limit (a GitHub App token or the job GITHUB_TOKEN).');
        }
        case 'secondary-rate-limit':
            return new ApiError(`${what}: GitHub API secondary rate limit (${status})${err.retryAfterS !== undefined ? `; retry after ${err.retryAfterS} s` : ''}`, 'Re-run later; avoid many concurrent jobs calling the API with the same token.');
        case 'network':
            return new ApiError(`${what}: ${storage ? `artifact storage at ${err.foreignOrigin}` : `GitHub API at ${o.baseUrl}`} could not be reached (${err.cause})${tries}`, 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.');
        case 'too-large':
            return new ApiError(`${what}: ${err.message}`, 'Upload only the evidence JSON in this artifact.');
        case 'bad-json':
            return new ApiError(`${what}: ${err.message}`, NOT_GITHUB);
        case 'cross-origin':
        case 'redirect':
            return new ApiError(`${what}: ${err.message}`, 'The API sent the client elsewhere; the token is only ever sent to GITHUB_API_URL. Check GITHUB_API_URL.');
        case 'status':
            break;
    }
    const said = err.githubMessage ? ` (${err.githubMessage})` : '';
    if (storage) {
        return new ApiError(`${what}: artifact storage answered ${status}${said}`, 'Re-run later; the download link may have expired.');
    }
    if (status === 401) {
        return new ApiError(`${what}: GitHub API rejected the token (401${said ? `: ${err.githubMessage}` : ''})`, "Give a valid token in 'token' (or GITHUB_TOKEN).");
    }
    if (status === 403 || status === 404) {
        return new ApiError(`${what}: GitHub API answered ${status}${said}`, o.accessHelp ??
            "Check 'repository' and 'workflow', and that the token may read Actions (permissions: actions: read).");
    }
    if (status !== undefined && status >= 500) {
        return new ApiError(`${what}: GitHub API at ${o.baseUrl} answered ${status}${said}${tries}`, 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.');
    }
    return new ApiError(`${what}: GitHub API request failed (${err.message})`, 'Check GITHUB_API_URL, the token and the inputs.');
}
function createClient(o) {
    return (0,github_client/* createGitHubClient */.LX)({
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
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function toRun(raw) {
    if (typeof raw !== 'object' || raw === null)
        return undefined;
    const r = raw;
    if (typeof r.id !== 'number' || typeof r.created_at !== 'string')
        return undefined;
    const headRepo = r.head_repository;
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
function splitRepo(repository) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!m)
        throw new ApiError(`repository '${repository}' is not owner/name`, "Set 'repository' to owner/name, e.g. acme/widget.");
    return { owner: m[1], repo: m[2] };
}
async function defaultBranch(client, o, repository) {
    const { owner, repo } = splitRepo(repository);
    let data;
    try {
        data = (await client.request((0,github_client/* expandPath */.aD)('/repos/{owner}/{repo}', { owner, repo }))).data;
    }
    catch (err) {
        throw describeApiError(err, `reading ${repository}'s default branch`, o);
    }
    const branch = data?.default_branch;
    if (typeof branch !== 'string' || branch === '') {
        throw new ApiError(`GET /repos/${repository}: the answer has no default_branch`, "Set 'branch' explicitly, or check GITHUB_API_URL.");
    }
    return branch;
}
/**
 * The newest completed, successful run of `workflow` on `branch` that ran for the repository
 * itself (not a fork, not a pull-request event), reading at most `maxPages` pages of 100.
 */
async function latestSuccessfulRun(client, o, q) {
    const { owner, repo } = splitRepo(q.repository);
    const search = { branch: q.branch, pagesRead: 0, runsSeen: 0, skipped: 0 };
    const what = `listing runs of ${q.workflow} in ${q.repository}`;
    try {
        const path = (0,github_client/* expandPath */.aD)('/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
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
            const list = page.data?.workflow_runs;
            if (!Array.isArray(list)) {
                throw new ApiError(`${what}: the answer is not a list of workflow runs (no workflow_runs array)`, NOT_GITHUB);
            }
            for (const raw of list) {
                const run = toRun(raw);
                if (!run)
                    throw new ApiError(`${what}: a workflow run in the answer has no id or created_at`, NOT_GITHUB);
                search.runsSeen++;
                if (run.status !== 'completed' ||
                    run.conclusion !== 'success' ||
                    run.headBranch !== q.branch)
                    continue;
                const ownRepo = !run.headRepository || run.headRepository.toLowerCase() === q.repository.toLowerCase();
                if (!ownRepo || PR_EVENTS.has(run.event)) {
                    search.skipped++;
                    continue;
                }
                search.run = run;
                return search;
            }
        }
        return search;
    }
    catch (err) {
        throw describeApiError(err, what, o);
    }
}
/** The run's artifact called `name`, newest first if several. */
async function findArtifact(client, o, repository, runId, name) {
    const { owner, repo } = splitRepo(repository);
    const what = `listing artifacts of run ${runId}`;
    let list;
    try {
        const res = await client.request((0,github_client/* expandPath */.aD)('/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
            owner,
            repo,
            run_id: runId
        }), { query: { name, per_page: 100 } });
        list = res.data?.artifacts;
    }
    catch (err) {
        throw describeApiError(err, what, o);
    }
    if (!Array.isArray(list))
        throw new ApiError(`${what}: the answer has no artifacts list`, NOT_GITHUB);
    const found = list
        .filter((a) => typeof a === 'object' && a !== null && a.name === name && typeof a.id === 'number')
        .map((a) => ({
        id: a.id,
        name,
        sizeInBytes: typeof a.size_in_bytes === 'number' ? a.size_in_bytes : 0,
        expired: a.expired === true,
        createdAt: str(a.created_at),
        expiresAt: str(a.expires_at),
        digest: str(a.digest)
    }))
        .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
    if (found.length === 0) {
        throw new ApiError(`run ${runId} has no artifact named '${name}'`, "Check 'artifact-name' against the drill workflow's upload-artifact step (artifacts also expire, by default after 90 days).");
    }
    const live = found.find((a) => !a.expired);
    if (!live) {
        throw new ApiError(`artifact '${name}' of run ${runId} expired${found[0].expiresAt ? ` at ${found[0].expiresAt}` : ''}`, 'Run the drill again (its evidence has expired), or keep evidence artifacts longer (retention-days).');
    }
    return live;
}
/**
 * Download an artifact's zip, at most `maxBytes`. GitHub answers 302 to pre-signed blob
 * storage on another origin: the client follows it without the token.
 */
async function downloadArtifactZip(client, o, repository, artifact, maxBytes) {
    const { owner, repo } = splitRepo(repository);
    const what = `downloading artifact '${artifact.name}' (${artifact.id})`;
    if (artifact.sizeInBytes > maxBytes) {
        throw new ApiError(`${what}: it is ${artifact.sizeInBytes} bytes; evidence artifacts are limited to ${maxBytes} bytes`, 'Upload only the evidence JSON in this artifact.');
    }
    try {
        const res = await client.download((0,github_client/* expandPath */.aD)('/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
            owner,
            repo,
            artifact_id: artifact.id,
            archive_format: 'zip'
        }), { maxBytes });
        return res.bytes;
    }
    catch (err) {
        throw describeApiError(err, what, o);
    }
}


/***/ })

};
