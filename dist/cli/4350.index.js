export const id = 4350;
export const ids = [4350,5859,8809];
export const modules = {

/***/ 18809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readZipFiles),
/* harmony export */   ZipError: () => (/* binding */ ZipError),
/* harmony export */   readZipText: () => (/* binding */ readZipText)
/* harmony export */ });
/* unused harmony export DEFAULT_ZIP_LIMITS */
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20663);
/**
 * Reads one small file out of an artifact zip held in memory, with hard limits: entry count,
 * declared and actual uncompressed size (a zip bomb or a lying header is an error, never a
 * crash), no encryption. Nothing is written to disk, so entry names cannot escape anywhere.
 */

const DEFAULT_ZIP_LIMITS = { maxEntries: 1000, maxEntryBytes: 1024 * 1024 };
class ZipError extends Error {
    name = 'ZipError';
}
function open(buf) {
    return new Promise((resolve, reject) => {
        yauzl__WEBPACK_IMPORTED_MODULE_0__.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (err, zip) => {
            if (err || !zip)
                reject(new ZipError(`not a readable zip archive: ${err?.message ?? 'no archive'}`));
            else
                resolve(zip);
        });
    });
}
function listEntries(zip, limits) {
    if (zip.entryCount > limits.maxEntries) {
        return Promise.reject(new ZipError(`the archive holds ${zip.entryCount} entries; at most ${limits.maxEntries} are read`));
    }
    return new Promise((resolve, reject) => {
        const entries = [];
        zip.on('entry', (e) => {
            entries.push(e);
            zip.readEntry();
        });
        zip.on('end', () => resolve(entries));
        zip.on('error', (err) => reject(new ZipError(`corrupt zip archive: ${err.message}`)));
        zip.readEntry();
    });
}
function readEntry(zip, entry, max) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => {
            if (err || !stream) {
                reject(new ZipError(`cannot read ${entry.fileName} from the archive: ${err?.message ?? 'no stream'}`));
                return;
            }
            const chunks = [];
            let total = 0;
            stream.on('data', (c) => {
                total += c.length;
                if (total > max) {
                    stream.destroy();
                    reject(new ZipError(`${entry.fileName} inflates past ${max} bytes (its header said ${entry.uncompressedSize})`));
                    return;
                }
                chunks.push(c);
            });
            stream.on('error', (e) => reject(new ZipError(`${entry.fileName} is corrupt in the archive: ${e.message}`)));
            stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
    });
}
function normal(name) {
    return name
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
}
/**
 * The text of `wanted` (a path inside the archive), or of its only `.json` file when `wanted`
 * is not given.
 */
async function readZipText(buf, wanted, limits = DEFAULT_ZIP_LIMITS) {
    const zip = await open(buf);
    try {
        const entries = (await listEntries(zip, limits)).filter((e) => !e.fileName.endsWith('/'));
        const files = entries.map((e) => e.fileName);
        let entry;
        if (wanted) {
            entry = entries.find((e) => normal(e.fileName) === normal(wanted));
            if (!entry) {
                throw new ZipError(`no file '${wanted}' in the archive; it holds: ${files.slice(0, 20).join(', ') || '(nothing)'}`);
            }
        }
        else {
            const json = entries.filter((e) => e.fileName.toLowerCase().endsWith('.json'));
            if (json.length !== 1) {
                throw new ZipError(`expected exactly one .json file in the archive, found ${json.length} (${files.slice(0, 20).join(', ') || 'empty'}); name the file with 'evidence'`);
            }
            entry = json[0];
        }
        if (entry.isEncrypted())
            throw new ZipError(`${entry.fileName} is encrypted in the archive`);
        if (entry.uncompressedSize > limits.maxEntryBytes) {
            throw new ZipError(`${entry.fileName} is ${entry.uncompressedSize} bytes; at most ${limits.maxEntryBytes} are read`);
        }
        const data = await readEntry(zip, entry, limits.maxEntryBytes);
        return { name: entry.fileName, text: data.toString('utf8'), files };
    }
    finally {
        zip.close();
    }
}
/**
 * Every file entry of the archive that `wanted` accepts, with the same limits (entry count,
 * per-entry size, no encryption) plus a bound on the total bytes read.
 */
async function readZipFiles(buf, wanted, limits = {
    ...DEFAULT_ZIP_LIMITS,
    maxTotalBytes: 64 * 1024 * 1024
}) {
    const zip = await open(buf);
    try {
        const entries = (await listEntries(zip, limits)).filter((e) => !e.fileName.endsWith('/') && wanted(normal(e.fileName)));
        const out = [];
        let total = 0;
        for (const entry of entries) {
            if (entry.isEncrypted())
                throw new ZipError(`${entry.fileName} is encrypted in the archive`);
            if (entry.uncompressedSize > limits.maxEntryBytes) {
                throw new ZipError(`${entry.fileName} is ${entry.uncompressedSize} bytes; at most ${limits.maxEntryBytes} are read`);
            }
            const bytes = await readEntry(zip, entry, limits.maxEntryBytes);
            total += bytes.length;
            if (total > limits.maxTotalBytes)
                throw new ZipError(`the archive's files exceed ${limits.maxTotalBytes} bytes in total`);
            out.push({ name: normal(entry.fileName), bytes });
        }
        return out;
    }
    finally {
        zip.close();
    }
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
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68415);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89726);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9452);
/* harmony import */ var _github_paginate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53618);
/* harmony import */ var _net_credential_origin_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11685);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66101);
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
    if (err instanceof _net_credential_origin_js__WEBPACK_IMPORTED_MODULE_4__/* .CrossOriginError */ .zN)
        return new ApiError(`${what}: ${err.message}`, 'Check GITHUB_API_URL.');
    if (!(err instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .O)) {
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
                ? `${what}: artifact storage gave no answer within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(err.timeoutMs ?? o.timeoutMs)}${err.overallDeadline ? ' (overall deadline)' : ' (api-timeout)'}`
                : `${what}: GitHub API at ${o.baseUrl} gave no answer within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(err.timeoutMs ?? o.timeoutMs)}${err.overallDeadline ? ' (the overall deadline: 10 \u00d7 api-timeout)' : ' (api-timeout)'}`, storage
                ? 'Re-run later, or raise api-timeout.'
                : 'Check GITHUB_API_URL and the network, or raise api-timeout.');
        case 'rate-limit': {
            const when = err.resetAt;
            const resetText = when
                ? `it resets at ${(0,_timestamp_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRfc3339 */ .Z)(when)} (in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(Math.max(0, when.getTime() - now.getTime()))})`
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
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({
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
        data = (await client.request((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)('/repos/{owner}/{repo}', { owner, repo }))).data;
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
        const path = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)('/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            owner,
            repo,
            workflow_id: q.workflow
        });
        const pages = (0,_github_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .paginate */ .E)(client, path, {
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
        const res = await client.request((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)('/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
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
        const res = await client.download((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)('/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
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


/***/ }),

/***/ 66101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseRfc3339),
/* harmony export */   Z: () => (/* binding */ formatRfc3339)
/* harmony export */ });
/** RFC 3339 timestamps, read strictly: a date, a time and an explicit UTC offset. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * Parse an RFC 3339 date-time. Rejects what `Date.parse` would guess at: no offset, a date
 * alone, out-of-range fields (2026-02-30, 24:00:00). A leap second (:60) counts as :59.999.
 */
function parseRfc3339(text) {
    const m = RFC3339.exec(text.trim());
    if (!m) {
        return {
            ok: false,
            reason: `'${text}' is not an RFC 3339 date-time like 2026-11-20T03:00:00Z`
        };
    }
    const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    let second = Number(s);
    let ms = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
    if (month < 1 || month > 12)
        return { ok: false, reason: `'${text}': month ${mo} is out of range` };
    if (day < 1 || day > daysIn(year, month))
        return { ok: false, reason: `'${text}': day ${d} is out of range` };
    if (hour > 23 || minute > 59 || second > 60)
        return { ok: false, reason: `'${text}': time ${h}:${mi}:${s} is out of range` };
    if (!z && (Number(oh) > 23 || Number(om) > 59))
        return { ok: false, reason: `'${text}': offset ${sign}${oh}:${om} is out of range` };
    if (second === 60) {
        second = 59;
        ms = 999;
    }
    const offsetMin = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * 60_000;
    return { ok: true, date: new Date(utc) };
}
/** RFC 3339 in UTC, without milliseconds when they are zero. */
function formatRfc3339(date) {
    return date.toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 34350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactPieces: () => (/* binding */ artifactPieces)
/* harmony export */ });
/* unused harmony exports MAX_ARTIFACT_ZIP_BYTES, MAX_ARTIFACTS */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15273);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _drill_artifact_zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18809);
/* harmony import */ var _drill_github_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95859);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89726);
/* harmony import */ var _github_paginate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53618);
/* harmony import */ var _pieces_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6634);
/**
 * The run's `ci-intel-evidence-*` artifacts, listed and downloaded through the one GitHub client
 * (bounded bodies, strict JSON, the token never sent to the storage origin) and read with the
 * bounded zip reader: every evidence file becomes a piece named `artifact/<name>/<path>`.
 */







const MAX_ARTIFACT_ZIP_BYTES = 64 * 1024 * 1024;
const MAX_ARTIFACTS = 100;
function fail(err) {
    if (err instanceof _drill_github_api_js__WEBPACK_IMPORTED_MODULE_3__.ApiError)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue(err.message, err.help);
    throw err;
}
async function artifactPieces(src, o) {
    const [owner, repo] = src.repository.split('/');
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue(`repository '${src.repository}' is not owner/name`, "Set 'repository'.");
    const client = (0,_drill_github_api_js__WEBPACK_IMPORTED_MODULE_3__.createClient)({ ...o, userAgent: 'ci-intel-hub evidence-bundle' });
    const what = `listing artifacts of run ${src.runId}`;
    const all = [];
    try {
        for await (const page of (0,_github_paginate_js__WEBPACK_IMPORTED_MODULE_5__/* .paginate */ .E)(client, (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__.expandPath)('/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
            owner,
            repo,
            run_id: src.runId
        }), { query: { per_page: 100 }, maxPages: 10 })) {
            const list = page.data?.artifacts;
            if (!Array.isArray(list))
                throw new _drill_github_api_js__WEBPACK_IMPORTED_MODULE_3__.ApiError(`${what}: the answer has no artifacts list`, 'Check GITHUB_API_URL points at a GitHub REST API.');
            for (const a of list) {
                if (typeof a?.name !== 'string' || typeof a.id !== 'number')
                    continue;
                all.push({
                    id: a.id,
                    name: a.name,
                    sizeInBytes: typeof a.size_in_bytes === 'number' ? a.size_in_bytes : 0,
                    expired: a.expired === true,
                    createdAt: typeof a.created_at === 'string' ? a.created_at : undefined
                });
            }
        }
    }
    catch (err) {
        fail((0,_drill_github_api_js__WEBPACK_IMPORTED_MODULE_3__.describeApiError)(err, what, o));
    }
    const matching = all
        .filter((a) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(a.name, src.pattern, { nobrace: true, noext: true }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : b.id - a.id));
    if (matching.length > MAX_ARTIFACTS)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue(`${matching.length} artifacts match '${src.pattern}'; at most ${MAX_ARTIFACTS} are read`, "Narrow 'artifact-pattern'.");
    const report = { listed: all.length, downloaded: [], expired: [] };
    const pieces = [];
    const seen = new Set();
    for (const a of matching) {
        if (a.expired) {
            report.expired.push(a.name);
            continue;
        }
        if (seen.has(a.name))
            continue; // a re-run uploads again: keep the newest (highest id)
        seen.add(a.name);
        let zip;
        try {
            zip = await (0,_drill_github_api_js__WEBPACK_IMPORTED_MODULE_3__.downloadArtifactZip)(client, o, src.repository, a, MAX_ARTIFACT_ZIP_BYTES);
        }
        catch (err) {
            fail(err);
        }
        let files;
        try {
            files = await (0,_drill_artifact_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZipFiles */ .F)(zip, (n) => (0,_pieces_js__WEBPACK_IMPORTED_MODULE_6__/* .evidenceMediaType */ .Sg)(n) !== undefined, {
                maxEntries: 5000,
                maxEntryBytes: _pieces_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_PIECE_BYTES */ .EZ,
                maxTotalBytes: MAX_ARTIFACT_ZIP_BYTES * 2
            });
        }
        catch (err) {
            if (err instanceof _drill_artifact_zip_js__WEBPACK_IMPORTED_MODULE_2__.ZipError)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue(`artifact '${a.name}' (${a.id}): ${err.message}`, 'Upload the ci-intel folder as the artifact (actions/upload-artifact of ${{ runner.temp }}/ci-intel/).');
            throw err;
        }
        for (const f of files)
            pieces.push({
                name: `artifact/${a.name}/${f.name}`,
                mediaType: (0,_pieces_js__WEBPACK_IMPORTED_MODULE_6__/* .evidenceMediaType */ .Sg)(f.name),
                bytes: f.bytes
            });
        report.downloaded.push({ name: a.name, id: a.id, pieces: files.length, bytes: zip.length });
    }
    return { pieces, report };
}


/***/ }),

/***/ 53618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ paginate)
/* harmony export */ });
/* harmony import */ var _net_credential_origin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11685);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
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
            next = (0,_net_credential_origin_js__WEBPACK_IMPORTED_MODULE_0__/* .nextPage */ .Zj)(res.headers.get('link'), res.url, client.origin);
        }
        catch (err) {
            if (err instanceof _net_credential_origin_js__WEBPACK_IMPORTED_MODULE_0__/* .CrossOriginError */ .zN)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .O(err.message, {
                    kind: 'cross-origin',
                    endpoint,
                    status: res.status,
                    retries: 0
                });
            throw err;
        }
        if (next !== undefined && seen.has(next)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .O(`Link rel="next" points back to a page already read (${next})`, {
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


/***/ })

};
