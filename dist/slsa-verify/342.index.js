export const id = 342;
export const ids = [342];
export const modules = {

/***/ 2342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchAttestations: () => (/* binding */ fetchAttestations)
});

// UNUSED EXPORTS: MAX_BODY, MAX_PAGES

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

// EXTERNAL MODULE: ./lib/gates/slsa-verify/fetch-errors.js
var fetch_errors = __webpack_require__(9626);
;// CONCATENATED MODULE: ./lib/gates/slsa-verify/fetch-github.js
/**
 * `fetch: github`: the attestations GitHub stores for a digest
 * (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`), through the one GitHub client
 * (src/github: retries, rate limits, deadlines, bounded strict JSON, the token only to the API's
 * origin, `Link: rel="next"` pages on that origin only).
 */





const MAX_PAGES = 10;
const MAX_BODY = 32 * 1024 * 1024;
const RETRIES = 2;
function failure(err, o, where) {
    if (err instanceof credential_origin/* CrossOriginError */.zN)
        return new fetch_errors/* FetchError */.f(err.message, 'Check GITHUB_API_URL.');
    if (!(err instanceof errors/* GitHubApiError */.O))
        throw err;
    const said = err.githubMessage ? `: ${err.githubMessage}` : '';
    const retry = 'Retry later, raise timeout, or download the bundle and pass it with bundle (fetch: none).';
    switch (err.kind) {
        case 'timeout':
            return new fetch_errors/* FetchError */.f(`GitHub attestations API did not answer within ${err.timeoutMs ?? o.timeoutMs} ms (${where})`, retry);
        case 'rate-limit':
        case 'secondary-rate-limit':
            return new fetch_errors/* FetchError */.f(`${err.message} (${where})`, 'Re-run after the reset, or use a token with a higher limit (a GitHub App token or the job GITHUB_TOKEN).');
        case 'too-large':
            return new fetch_errors/* FetchError */.f(`the attestations response from ${where} is larger than ${MAX_BODY / 1024 / 1024} MiB`, 'Pass the bundle as a file instead.');
        case 'bad-json':
            return new fetch_errors/* FetchError */.f(`the attestations response from ${where} is not a JSON document: ${err.message}`, 'Check GITHUB_API_URL points at a GitHub REST API.');
        case 'cross-origin':
        case 'redirect':
            return new fetch_errors/* FetchError */.f(`${err.message} (${where})`, 'The token is only ever sent to GITHUB_API_URL; check GITHUB_API_URL.');
        case 'network':
            return new fetch_errors/* FetchError */.f(`GitHub attestations API failed (${where}) after retries: ${err.cause}`, retry);
        case 'status':
            break;
    }
    if (err.status === 404) {
        return new fetch_errors/* FetchError */.f(`GitHub has no attestation for ${o.digest} in ${o.owner}/${o.repo} (404 from ${where})`, 'Check source-uri and the artifact; the repository must have run actions/attest-build-provenance for it.');
    }
    if (err.status === 401 || err.status === 403) {
        return new fetch_errors/* FetchError */.f(`GitHub refused the attestations request (${err.status} from ${where})${said}`, "Give a token that can read the repository (github-token, or GITHUB_TOKEN with 'attestations: read').");
    }
    return new fetch_errors/* FetchError */.f(`GitHub attestations API failed with ${err.status} (${where}) after retries${said}`, retry);
}
/** Returns the response document(s) as text, one JSON document per page. */
async function fetchAttestations(o) {
    const path = (0,github_client/* expandPath */.aD)('/repos/{owner}/{repo}/attestations/{subject_digest}', {
        owner: o.owner,
        repo: o.repo,
        subject_digest: o.digest
    });
    const where = `${o.apiUrl.replace(/\/+$/, '')}/repos/${o.owner}/${o.repo}/attestations/${o.digest}`;
    const pages = [];
    try {
        const client = (0,github_client/* createGitHubClient */.LX)({
            apiUrl: o.apiUrl,
            token: o.token,
            userAgent: 'ci-intel-hub slsa-verify',
            timeoutMs: o.timeoutMs,
            deadline: Date.now() + MAX_PAGES * o.timeoutMs,
            retries: RETRIES,
            retryBaseMs: o.retryBaseMs ?? 500,
            maxRateLimitWaitMs: 60_000,
            log: o.log
        });
        for await (const page of paginate(client, path, {
            query: { per_page: 100 },
            maxPages: MAX_PAGES,
            maxBytes: MAX_BODY
        })) {
            pages.push({ url: where, text: page.text });
            if (page.hasNext && page.number === MAX_PAGES)
                o.log(`attestations for ${o.digest}: more than ${MAX_PAGES} pages; reading the first ${MAX_PAGES}`);
        }
    }
    catch (err) {
        throw failure(err, o, where);
    }
    return pages;
}


/***/ })

};
