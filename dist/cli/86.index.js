export const id = 86;
export const ids = [86];
export const modules = {

/***/ 84086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchAttestations: () => (/* binding */ fetchAttestations)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14730);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _fetch_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49626);
/**
 * `fetch: github`: the attestations GitHub stores for a digest
 * (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`), with retry and throttling.
 */




const MAX_PAGES = 10;
const MAX_BODY = 32 * 1024 * 1024;
/** Returns the response document(s) as text, one JSON document per page. */
async function fetchAttestations(o) {
    const RetryingOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    const octokit = new RetryingOctokit({
        baseUrl: o.apiUrl.replace(/\/$/, ''),
        auth: o.token,
        userAgent: 'ci-intel-hub slsa-verify',
        retry: {
            retries: 2,
            retryAfterBaseValue: o.retryBaseMs ?? 500,
            doNotRetry: [400, 401, 403, 404, 410, 422, 451]
        },
        throttle: {
            onRateLimit: (after, _opts, _o, count) => {
                o.log(`GitHub API rate limit: retrying after ${after}s`);
                return count < 1 && after <= 60;
            },
            onSecondaryRateLimit: (after, _opts, _o, count) => {
                o.log(`GitHub API secondary rate limit: retrying after ${after}s`);
                return count < 1 && after <= 60;
            }
        },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => o.log(m),
            error: (m) => o.log(m)
        }
    });
    const pages = [];
    const route = `GET /repos/{owner}/{repo}/attestations/{subject_digest}`;
    for (let page = 1; page <= MAX_PAGES; page++) {
        const where = `${o.apiUrl.replace(/\/$/, '')}/repos/${o.owner}/${o.repo}/attestations/${o.digest}`;
        let res;
        try {
            res = await octokit.request(route, {
                owner: o.owner,
                repo: o.repo,
                subject_digest: o.digest,
                per_page: 100,
                page,
                request: { signal: AbortSignal.timeout(o.timeoutMs) }
            });
        }
        catch (err) {
            const status = err.status;
            const msg = err.message;
            if (status === 404) {
                throw new _fetch_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FetchError */ .f(`GitHub has no attestation for ${o.digest} in ${o.owner}/${o.repo} (404 from ${where})`, 'Check source-uri and the artifact; the repository must have run actions/attest-build-provenance for it.');
            }
            if (status === 401 || status === 403) {
                throw new _fetch_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FetchError */ .f(`GitHub refused the attestations request (${status} from ${where}): ${msg}`, "Give a token that can read the repository (github-token, or GITHUB_TOKEN with 'attestations: read').");
            }
            const timedOut = err.name === 'TimeoutError' || /aborted|timeout/i.test(msg);
            throw new _fetch_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FetchError */ .f(timedOut
                ? `GitHub attestations API did not answer within ${o.timeoutMs} ms (${where})`
                : `GitHub attestations API failed${status ? ` with ${status}` : ''} (${where}) after retries: ${msg}`, 'Retry later, raise timeout, or download the bundle and pass it with bundle (fetch: none).');
        }
        const text = JSON.stringify(res.data);
        if (text.length > MAX_BODY)
            throw new _fetch_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FetchError */ .f(`the attestations response from ${where} is larger than 32 MiB`, 'Pass the bundle as a file instead.');
        pages.push({ url: where, text });
        const count = Array.isArray(res.data.attestations)
            ? res.data.attestations.length
            : 0;
        const link = String(res.headers.link ?? '');
        if (count < 100 || !/rel="next"/.test(link))
            break;
    }
    return pages;
}


/***/ })

};
