export const id = 859;
export const ids = [859];
export const modules = {

/***/ 77671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ BodyTooLargeError),
/* harmony export */   x: () => (/* binding */ readBody)
/* harmony export */ });
/** Read an HTTP body into memory, refusing to hold more than a limit. */
class BodyTooLargeError extends Error {
    name = 'BodyTooLargeError';
}
async function readBody(body, maxBytes) {
    if (!body)
        return Buffer.alloc(0);
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new BodyTooLargeError(`the download exceeds ${maxBytes} bytes`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 95859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ApiError: () => (/* binding */ ApiError),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   defaultBranch: () => (/* binding */ defaultBranch),
/* harmony export */   describeApiError: () => (/* binding */ describeApiError),
/* harmony export */   downloadArtifactZip: () => (/* binding */ downloadArtifactZip),
/* harmony export */   findArtifact: () => (/* binding */ findArtifact),
/* harmony export */   latestSuccessfulRun: () => (/* binding */ latestSuccessfulRun)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16420);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68415);
/* harmony import */ var _core_bounded_body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77671);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66101);
/**
 * The GitHub REST calls the dr-freshness gate makes: the latest successful run of a drill
 * workflow and the evidence artifact it uploaded. Octokit from @actions/github with the retry
 * (5xx, network) and throttling (rate limits) plugins; every request has a deadline; every
 * failure becomes an ApiError that says what went wrong and what to do.
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
function asHttpError(err) {
    return (typeof err === 'object' && err !== null ? err : { message: String(err) });
}
function isTimeout(err) {
    const cause = err.cause;
    return (err.name === 'TimeoutError' ||
        err.name === 'AbortError' ||
        cause?.name === 'TimeoutError' ||
        /aborted due to timeout|TimeoutError/i.test(err.message));
}
/** The innermost cause of a network failure: `connect ECONNREFUSED 127.0.0.1:9` rather than `fetch failed`. */
function rootCause(err) {
    let cur = err;
    for (let i = 0; i < 5 && cur?.cause && typeof cur.cause === 'object'; i++)
        cur = cur.cause;
    const message = cur?.message || String(err);
    return cur?.code && !message.includes(cur.code) ? `${cur.code}: ${message}` : message;
}
/** Turn whatever octokit threw into an ApiError naming the cause and the fix. */
function describeApiError(err, what, o, now = new Date()) {
    if (err instanceof ApiError)
        return err;
    const e = asHttpError(err);
    const headers = e.response?.headers ?? {};
    const status = e.status;
    if (isTimeout(e)) {
        return new ApiError(`${what}: GitHub API at ${o.baseUrl} gave no answer within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(o.timeoutMs)} (api-timeout)`, 'Check GITHUB_API_URL and the network, or raise api-timeout.');
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
        const resetText = when
            ? `it resets at ${(0,_timestamp_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRfc3339 */ .Z)(when)} (in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(Math.max(0, when.getTime() - now.getTime()))})`
            : 'the response did not say when it resets';
        return new ApiError(`${what}: GitHub API rate limit exhausted (${status}, x-ratelimit-limit ${headers['x-ratelimit-limit'] ?? '?'}); ${resetText}`, 'Re-run after the reset, or use a token with a higher limit (a GitHub App token or the job GITHUB_TOKEN).');
    }
    if ((status === 403 || status === 429) && /secondary rate/i.test(e.message)) {
        const after = headers['retry-after'];
        return new ApiError(`${what}: GitHub API secondary rate limit (${status})${after ? `; retry after ${after} s` : ''}`, 'Re-run later; avoid many concurrent jobs calling the API with the same token.');
    }
    if (status === 401) {
        return new ApiError(`${what}: GitHub API rejected the token (401: ${e.message})`, "Give a valid token in 'token' (or GITHUB_TOKEN).");
    }
    if (status === 403 || status === 404) {
        return new ApiError(`${what}: GitHub API answered ${status} (${e.message})`, "Check 'repository' and 'workflow', and that the token may read Actions (permissions: actions: read).");
    }
    if (status !== undefined && status >= 500) {
        const detail = e.response
            ? `answered ${status} (${e.message})`
            : `could not be reached (${rootCause(err)})`;
        const tries = o.retries === 0
            ? 'with no retries'
            : `after ${o.retries} ${o.retries === 1 ? 'retry' : 'retries'}`;
        return new ApiError(`${what}: GitHub API at ${o.baseUrl} ${detail} ${tries}`, 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.');
    }
    return new ApiError(`${what}: GitHub API request failed${status ? ` (${status})` : ''}: ${e.message}`, 'Check GITHUB_API_URL, the token and the inputs.');
}
/** Wait once for a limit that lifts within maxRateLimitWaitS; otherwise give up (and say so). */
function rateLimitHandler(o, what, when) {
    return (retryAfter, options, _k, retryCount) => {
        const wait = retryCount === 0 && retryAfter <= o.maxRateLimitWaitS;
        o.log(`GitHub API ${what} on ${options.method} ${options.url}; ${when} ${retryAfter} s; ${wait ? 'waiting' : 'not waiting'}`);
        return wait;
    };
}
function createClient(o) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(o.token, {
        baseUrl: o.baseUrl,
        retry: { retries: o.retries },
        throttle: {
            onRateLimit: rateLimitHandler(o, 'rate limit hit', 'resets in'),
            onSecondaryRateLimit: rateLimitHandler(o, 'secondary rate limit', 'retry after')
        },
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (m) => o.log(m),
            error: (m) => o.log(m)
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
    // Outermost hook: one deadline per request, shared by its retries and rate-limit waits. A
    // request cut off by the deadline surfaces as an AbortError, which the retry plugin does not
    // retry (retrying against an expired deadline would only add back-off sleeps).
    octokit.hook.before('request', (options) => {
        const req = (options.request ??= {});
        const signal = (req.signal ??= AbortSignal.timeout(o.timeoutMs));
        const inner = req.fetch ?? globalThis.fetch;
        req.fetch = async (url, init) => {
            try {
                return await inner(url, init);
            }
            catch (err) {
                if (!signal.aborted)
                    throw err;
                const abort = new Error(`no answer within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(o.timeoutMs)}`);
                abort.name = 'AbortError';
                throw abort;
            }
        };
    });
    return octokit;
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
async function defaultBranch(octokit, o, repository) {
    const { owner, repo } = splitRepo(repository);
    try {
        const res = await octokit.rest.repos.get({ owner, repo });
        const branch = res.data.default_branch;
        if (typeof branch !== 'string' || branch === '') {
            throw new ApiError(`GET /repos/${repository}: the answer has no default_branch`, "Set 'branch' explicitly, or check GITHUB_API_URL.");
        }
        return branch;
    }
    catch (err) {
        throw describeApiError(err, `reading ${repository}'s default branch`, o);
    }
}
/**
 * The newest completed, successful run of `workflow` on `branch` that ran for the repository
 * itself (not a fork, not a pull-request event), reading at most `maxPages` pages of 100.
 */
async function latestSuccessfulRun(octokit, o, q) {
    const { owner, repo } = splitRepo(q.repository);
    const search = { branch: q.branch, pagesRead: 0, runsSeen: 0, skipped: 0 };
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
                throw new ApiError(`${what}: the answer is not a list of workflow runs`, 'Check GITHUB_API_URL points at a GitHub REST API.');
            }
            for (const raw of page.data) {
                const run = toRun(raw);
                if (!run)
                    throw new ApiError(`${what}: a workflow run in the answer has no id or created_at`, 'Check GITHUB_API_URL points at a GitHub REST API.');
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
            if (search.pagesRead >= q.maxPages)
                break;
        }
        return search;
    }
    catch (err) {
        throw describeApiError(err, what, o);
    }
}
/** The run's artifact called `name`, newest first if several. */
async function findArtifact(octokit, o, repository, runId, name) {
    const { owner, repo } = splitRepo(repository);
    const what = `listing artifacts of run ${runId}`;
    let list;
    try {
        const res = await octokit.rest.actions.listWorkflowRunArtifacts({
            owner,
            repo,
            run_id: runId,
            name,
            per_page: 100
        });
        list = res.data.artifacts;
    }
    catch (err) {
        throw describeApiError(err, what, o);
    }
    if (!Array.isArray(list))
        throw new ApiError(`${what}: the answer has no artifacts list`, 'Check GITHUB_API_URL points at a GitHub REST API.');
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
/** Download an artifact's zip, at most `maxBytes`, following GitHub's redirect to blob storage. */
async function downloadArtifactZip(octokit, o, repository, artifact, maxBytes) {
    const { owner, repo } = splitRepo(repository);
    const what = `downloading artifact '${artifact.name}' (${artifact.id})`;
    if (artifact.sizeInBytes > maxBytes) {
        throw new ApiError(`${what}: it is ${artifact.sizeInBytes} bytes; evidence artifacts are limited to ${maxBytes} bytes`, 'Upload only the evidence JSON in this artifact.');
    }
    let res;
    try {
        res = (await octokit.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
            owner,
            repo,
            artifact_id: artifact.id,
            archive_format: 'zip',
            request: { redirect: 'manual', parseSuccessResponseBody: false }
        }));
    }
    catch (err) {
        throw describeApiError(err, what, o);
    }
    const body = res.data;
    let fromStorage = false;
    try {
        if (res.status >= 300 && res.status < 400) {
            await body?.cancel().catch(() => undefined);
            const location = res.headers.location;
            if (typeof location !== 'string' || location === '') {
                throw new ApiError(`${what}: redirect ${res.status} without a location`, 'Check GITHUB_API_URL points at a GitHub REST API.');
            }
            // The blob URL is pre-signed: no Authorization header goes there.
            fromStorage = true;
            const blob = await fetch(location, {
                signal: AbortSignal.timeout(o.timeoutMs),
                redirect: 'follow'
            });
            if (!blob.ok) {
                await blob.body?.cancel().catch(() => undefined);
                throw new ApiError(`${what}: artifact storage answered ${blob.status}`, 'Re-run later; the download link may have expired.');
            }
            return await (0,_core_bounded_body_js__WEBPACK_IMPORTED_MODULE_5__/* .readBody */ .x)(blob.body, maxBytes);
        }
        return await (0,_core_bounded_body_js__WEBPACK_IMPORTED_MODULE_5__/* .readBody */ .x)(body ?? null, maxBytes);
    }
    catch (err) {
        if (err instanceof ApiError)
            throw err;
        if (fromStorage && isTimeout(asHttpError(err))) {
            throw new ApiError(`${what}: artifact storage gave no answer within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(o.timeoutMs)} (api-timeout)`, 'Re-run later, or raise api-timeout.');
        }
        if (err instanceof _core_bounded_body_js__WEBPACK_IMPORTED_MODULE_5__/* .BodyTooLargeError */ .A) {
            throw new ApiError(`${what}: ${err.message}`, 'Upload only the evidence JSON in this artifact.');
        }
        throw describeApiError(err, what, o);
    }
}


/***/ })

};
