export const id = 6011;
export const ids = [6011,4916];
export const modules = {

/***/ 26011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_COMPARES: () => (/* binding */ MAX_COMPARES),
/* harmony export */   MAX_PAGES: () => (/* binding */ MAX_PAGES),
/* harmony export */   RepoFacts: () => (/* binding */ RepoFacts),
/* harmony export */   UnexpectedAnswerError: () => (/* binding */ UnexpectedAnswerError),
/* harmony export */   isNotFound: () => (/* binding */ isNotFound),
/* harmony export */   longestTagFor: () => (/* reexport safe */ _tags_js__WEBPACK_IMPORTED_MODULE_3__.longestTagFor)
/* harmony export */ });
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89726);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _github_paginate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53618);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24916);
/**
 * What the online audits ask GitHub about an action's repository, through the hub's one REST
 * client (src/github/client.ts, paginate.ts): the repository (archived?), its tags and branches
 * with their commits, whether a commit is in a branch or tag's history (compare), and GitHub's
 * advisories for the action. Each answer is read once per repository and checked for shape: an
 * answer that is not what GitHub documents is an error, never an empty list.
 */



/** Pages of 100 read at most for tags and branches (10,000 names). */
const MAX_PAGES = 100;
/** Compare calls per pinned commit before the impostor check gives up (could not decide). */
const MAX_COMPARES = 50;

/** An answer that is not the shape GitHub documents for the endpoint. */
class UnexpectedAnswerError extends Error {
    endpoint;
    constructor(endpoint, what) {
        super(`GET ${endpoint}: unexpected answer: ${what}`);
        this.endpoint = endpoint;
    }
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const SHA = /^[0-9a-f]{40}$/;
function namedRefs(endpoint, data) {
    if (!Array.isArray(data))
        throw new UnexpectedAnswerError(endpoint, 'expected a JSON array');
    return data.map((d, i) => {
        const sha = isObj(d) && isObj(d.commit) ? d.commit.sha : undefined;
        if (!isObj(d) || typeof d.name !== 'string' || typeof sha !== 'string' || !SHA.test(sha))
            throw new UnexpectedAnswerError(endpoint, `item ${i} has no name and 40-hex commit.sha`);
        return { name: d.name, sha };
    });
}
class RepoFacts {
    client;
    cache = new Map();
    constructor(client) {
        this.client = client;
    }
    once(key, load) {
        let p = this.cache.get(key);
        if (!p) {
            p = load();
            this.cache.set(key, p);
        }
        return p;
    }
    /** The repository, or undefined when GitHub answers 404 (it does not exist or is hidden). */
    repo(slug) {
        return this.once(`repo:${slug}`, async () => {
            const [owner, repo] = slug.split('/');
            const path = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.expandPath)('/repos/{owner}/{repo}', { owner, repo });
            const r = await this.client.request(path, { allowStatus: [404] });
            if (r.status === 404)
                return undefined;
            const d = r.data;
            if (!isObj(d) || typeof d.archived !== 'boolean' || typeof d.default_branch !== 'string')
                throw new UnexpectedAnswerError(path, 'no boolean archived and string default_branch');
            return { archived: d.archived, defaultBranch: d.default_branch };
        });
    }
    list(slug, kind) {
        return this.once(`${kind}:${slug}`, async () => {
            const [owner, repo] = slug.split('/');
            const path = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.expandPath)(`/repos/{owner}/{repo}/${kind}`, { owner, repo });
            const out = [];
            for await (const page of (0,_github_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .paginate */ .E)(this.client, path, {
                query: { per_page: 100 },
                maxPages: MAX_PAGES
            })) {
                out.push(...namedRefs(path, page.data));
                if (page.hasNext && page.number === MAX_PAGES)
                    throw new UnexpectedAnswerError(path, `more than ${MAX_PAGES} pages of ${kind}`);
            }
            return out;
        });
    }
    tags(slug) {
        return this.list(slug, 'tags');
    }
    branches(slug) {
        return this.list(slug, 'branches');
    }
    /** Whether `sha` is in the history of `base` (compare says identical or behind). */
    contains(slug, base, sha) {
        return this.once(`cmp:${slug}:${base}:${sha}`, async () => {
            const [owner, repo] = slug.split('/');
            const path = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.expandPath)('/repos/{owner}/{repo}/compare/{basehead}', {
                owner,
                repo,
                basehead: `${base}...${sha}`
            });
            // 404: GitHub knows no such commit in the repository's network.
            const r = await this.client.request(path, { allowStatus: [404], query: { per_page: 1 } });
            if (r.status === 404)
                return false;
            const status = isObj(r.data) ? r.data.status : undefined;
            if (status !== 'identical' &&
                status !== 'behind' &&
                status !== 'ahead' &&
                status !== 'diverged')
                throw new UnexpectedAnswerError(path, 'no status of identical, behind, ahead or diverged');
            return status === 'identical' || status === 'behind';
        });
    }
    /** GitHub's reviewed advisories for the action `owner/repo` (ecosystem actions). */
    advisories(slug) {
        return this.once(`adv:${slug}`, async () => {
            const path = '/advisories';
            const out = [];
            for await (const page of (0,_github_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .paginate */ .E)(this.client, path, {
                query: { ecosystem: 'actions', affects: slug, per_page: 100, type: 'reviewed' },
                maxPages: 10
            })) {
                if (!Array.isArray(page.data))
                    throw new UnexpectedAnswerError(path, 'expected a JSON array');
                for (const a of page.data) {
                    if (!isObj(a) || typeof a.ghsa_id !== 'string' || !Array.isArray(a.vulnerabilities))
                        throw new UnexpectedAnswerError(path, 'an advisory without ghsa_id and vulnerabilities');
                    const ranges = [];
                    for (const v of a.vulnerabilities) {
                        if (!isObj(v) || !isObj(v.package))
                            continue;
                        if (v.package.ecosystem !== 'actions')
                            continue;
                        if (String(v.package.name).toLowerCase() !== slug.toLowerCase())
                            continue;
                        if (typeof v.vulnerable_version_range !== 'string')
                            continue;
                        ranges.push({
                            range: v.vulnerable_version_range,
                            patched: typeof v.first_patched_version === 'string' ? v.first_patched_version : undefined
                        });
                    }
                    if (ranges.length)
                        out.push({
                            ghsaId: a.ghsa_id,
                            severity: typeof a.severity === 'string' ? a.severity : 'unknown',
                            summary: typeof a.summary === 'string' ? a.summary : '',
                            ranges
                        });
                }
            }
            return out;
        });
    }
}
function isNotFound(err) {
    return err instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .O && err.status === 404;
}


/***/ }),

/***/ 24916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   longestTagFor: () => (/* binding */ longestTagFor)
/* harmony export */ });
/**
 * Tag names for a commit: shared by the online audits and the fixers, which need it without the
 * GitHub client (./repo-facts.ts loads src/github/client.ts; a fix-diff run offline must not).
 */
/** The longest tag name pointing at `sha` (`v4.1.1` rather than `v4`), if any. */
function longestTagFor(tags, sha) {
    let best;
    for (const t of tags)
        if (t.sha === sha.toLowerCase() && (!best || t.name.length > best.length))
            best = t.name;
    return best;
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
