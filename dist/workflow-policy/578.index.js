export const id = 578;
export const ids = [578,260,916];
export const modules = {

/***/ 578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOnlineAudits: () => (/* binding */ runOnlineAudits)
});

// UNUSED EXPORTS: ONLINE_CHECKS

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/gates/workflow-policy/online/checks.js
var checks = __webpack_require__(4556);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/online/version-range.js
/**
 * Versions of GitHub advisories for actions: `v1.2.3` / `1.2` read as numbers, and the
 * advisory range syntax (`< 1.2.3`, `>= 1.0.0, < 1.4.2`, `= 2.0.0`, `<= 3`).
 */
/** The numeric parts of a version (`v4.1.1` \u2192 [4, 1, 1]); undefined when it is not one. */
function versionParts(v) {
    const m = /^v?(\d+(?:\.\d+){0,3})$/.exec(v.trim());
    return m ? m[1].split('.').map(Number) : undefined;
}
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/**
 * Whether `version` lies in `range`. A range it cannot read \u2014 or a version that is not numeric \u2014
 * is answered `undefined` (the caller decides; it is never read as "not affected").
 */
function inRange(version, range) {
    const v = versionParts(version);
    if (!v)
        return undefined;
    for (const clause of range.split(',')) {
        const m = /^\s*(<=|>=|<|>|=)?\s*(\S+)\s*$/.exec(clause);
        const bound = m ? versionParts(m[2]) : undefined;
        if (!m || !bound)
            return undefined;
        const c = compareVersions(v, bound);
        const ok = m[1] === '<'
            ? c < 0
            : m[1] === '<='
                ? c <= 0
                : m[1] === '>'
                    ? c > 0
                    : m[1] === '>='
                        ? c >= 0
                        : c === 0;
        if (!ok)
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/online/repo-facts.js + 1 modules
var repo_facts = __webpack_require__(1260);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/online/audits.js
/**
 * The online audits (input `online: true`): impostor-commit, known-vulnerable-actions,
 * stale-action-refs, archived-uses, ref-confusion and the online half of ref-version-mismatch.
 * One pass over the distinct repositories the workflows use; every question goes through
 * RepoFacts (the hub's GitHub client). A question GitHub does not answer is an error for that
 * reference, never a pass.
 */





/** Is the commit in the history of any branch or tag? Tips first, then compare calls. */
async function reachable(facts, site) {
    const sha = site.ref.toLowerCase();
    const [tags, branches] = [await facts.tags(site.slug), await facts.branches(site.slug)];
    if (tags.some((t) => t.sha === sha) || branches.some((b) => b.sha === sha))
        return true;
    const repo = await facts.repo(site.slug);
    const order = [
        ...(repo ? [repo.defaultBranch] : []),
        ...branches.map((b) => b.name).filter((n) => n !== repo?.defaultBranch),
        ...tags.map((t) => t.name)
    ];
    if (order.length > repo_facts.MAX_COMPARES && !(await facts.contains(site.slug, order[0], sha))) {
        throw new Error(`${site.slug} has ${order.length} branches and tags; the commit is not on ${order[0]}, and checking more than ${repo_facts.MAX_COMPARES} of them is refused (add an exception after checking by hand)`);
    }
    for (const name of order.slice(0, repo_facts.MAX_COMPARES))
        if (await facts.contains(site.slug, name, sha))
            return true;
    return false;
}
async function runOnlineAudits(sites, facts, enabled) {
    const res = { findings: [], errors: [] };
    const push = (s, rule, message, help) => res.findings.push({
        file: s.file,
        finding: { rule, message, help, line: s.line, column: s.column, owner: s.target }
    });
    const attempt = async (s, rule, f) => {
        if (!enabled(rule))
            return;
        try {
            await f();
        }
        catch (err) {
            res.errors.push({
                file: s.file,
                line: s.line,
                column: s.column,
                rule,
                message: `${rule}: cannot decide 'uses: ${s.target}@${s.ref}': ${(0,errors/* errorMessage */.gJ)(err)}`
            });
        }
    };
    for (const s of sites) {
        const repo = await facts.repo(s.slug).catch((err) => err);
        if (repo instanceof Error || repo === undefined) {
            const message = repo === undefined
                ? `GitHub knows no repository ${s.slug} (404): the action cannot be checked`
                : (0,errors/* errorMessage */.gJ)(repo);
            for (const rule of checks/* ONLINE_CHECKS */.M.filter(enabled))
                res.errors.push({
                    file: s.file,
                    line: s.line,
                    column: s.column,
                    rule,
                    message: `${rule}: cannot decide 'uses: ${s.target}@${s.ref}': ${message}`
                });
            continue;
        }
        await attempt(s, 'archived-uses', async () => {
            if (repo.archived)
                push(s, 'archived-uses', `${s.where}: ${s.slug} is archived: expected a maintained action, got a repository that receives no fixes`, 'Replace it with a maintained action (or a run: step), or fork it into your organisation.');
        });
        if (s.isSha) {
            await attempt(s, 'impostor-commit', async () => {
                if (!(await reachable(facts, s)))
                    push(s, 'impostor-commit', `${s.where}: commit ${s.ref} is on no branch or tag of ${s.slug}: expected a commit of the repository, got one that may come from a fork (an impostor commit)`, 'Look the commit up on GitHub; pin a SHA from the repository\u2019s own release tag instead.');
            });
            await attempt(s, 'stale-action-refs', async () => {
                if (!(0,repo_facts.longestTagFor)(await facts.tags(s.slug), s.ref))
                    push(s, 'stale-action-refs', `${s.where}: commit ${s.ref.slice(0, 12)} of ${s.slug} is not the commit of any tag: expected a release's commit, got an untagged one`, 'Pin the commit of a release tag and name it in the comment (# vX.Y.Z).');
            });
            await attempt(s, 'ref-version-mismatch', async () => {
                if (!s.commentTag)
                    return;
                const tags = await facts.tags(s.slug);
                const tag = tags.find((t) => t.name === s.commentTag);
                if (tag && tag.sha === s.ref.toLowerCase())
                    return;
                const right = (0,repo_facts.longestTagFor)(tags, s.ref);
                push(s, 'ref-version-mismatch', `${s.where}: the comment says ${s.commentTag} but ${tag ? `${s.commentTag} is commit ${tag.sha.slice(0, 12)}` : `${s.slug} has no tag ${s.commentTag}`}: expected the pinned commit ${s.ref.slice(0, 12)}${right ? ` (tag ${right})` : ''}, got a comment that names another version`, right
                    ? `Correct the comment to # ${right}, or pin ${s.commentTag}'s commit.`
                    : `Pin the commit of ${s.commentTag}${tag ? ` (${tag.sha})` : ''}, or correct the comment.`);
            });
        }
        else {
            await attempt(s, 'ref-confusion', async () => {
                const [tags, branches] = [await facts.tags(s.slug), await facts.branches(s.slug)];
                if (tags.some((t) => t.name === s.ref) && branches.some((b) => b.name === s.ref))
                    push(s, 'ref-confusion', `${s.where}: @${s.ref} names both a branch and a tag of ${s.slug}: expected an unambiguous ref, got one GitHub may resolve either way`, 'Pin the commit SHA of the tag you mean (# vX.Y.Z as the comment).');
            });
        }
        await attempt(s, 'known-vulnerable-actions', async () => {
            const advisories = await facts.advisories(s.slug);
            if (!advisories.length)
                return;
            const tags = await facts.tags(s.slug);
            let version;
            if (s.isSha)
                version = (0,repo_facts.longestTagFor)(tags, s.ref) ?? s.commentTag;
            else {
                const at = tags.find((t) => t.name === s.ref)?.sha ??
                    (await facts.branches(s.slug)).find((b) => b.name === s.ref)?.sha;
                version = (at && (0,repo_facts.longestTagFor)(tags, at)) ?? s.ref;
            }
            if (!version)
                throw new Error(`advisories exist for ${s.slug} but no version of ${s.ref} is known (no tag points at it)`);
            for (const a of advisories) {
                for (const r of a.ranges) {
                    const hit = inRange(version, r.range);
                    if (hit === undefined)
                        throw new Error(`cannot compare version '${version}' with ${a.ghsaId}'s range '${r.range}'`);
                    if (!hit)
                        continue;
                    push(s, 'known-vulnerable-actions', `${s.where}: ${s.slug} ${version} is affected by ${a.ghsaId} (${a.severity}${a.summary ? `: ${a.summary.slice(0, 120)}` : ''}): expected a version outside '${r.range}', got ${version}`, r.patched
                        ? `Upgrade to ${r.patched} or later (pin its commit SHA).`
                        : `No patched version is published: replace the action or remove the step (see https://github.com/advisories/${a.ghsaId}).`);
                    break;
                }
            }
        });
    }
    return res;
}


/***/ }),

/***/ 1260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_COMPARES: () => (/* binding */ MAX_COMPARES),
  MAX_PAGES: () => (/* binding */ MAX_PAGES),
  RepoFacts: () => (/* binding */ RepoFacts),
  UnexpectedAnswerError: () => (/* binding */ UnexpectedAnswerError),
  isNotFound: () => (/* binding */ isNotFound),
  longestTagFor: () => (/* reexport */ tags.longestTagFor)
});

// EXTERNAL MODULE: ./lib/github/client.js + 3 modules
var client = __webpack_require__(651);
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

// EXTERNAL MODULE: ./lib/gates/workflow-policy/online/tags.js
var tags = __webpack_require__(4916);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/online/repo-facts.js
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
            const path = (0,client.expandPath)('/repos/{owner}/{repo}', { owner, repo });
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
            const path = (0,client.expandPath)(`/repos/{owner}/{repo}/${kind}`, { owner, repo });
            const out = [];
            for await (const page of paginate(this.client, path, {
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
            const path = (0,client.expandPath)('/repos/{owner}/{repo}/compare/{basehead}', {
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
            for await (const page of paginate(this.client, path, {
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
    return err instanceof errors/* GitHubApiError */.O && err.status === 404;
}


/***/ }),

/***/ 4916:
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


/***/ })

};
