export const id = 885;
export const ids = [885];
export const modules = {

/***/ 9885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_FILE: () => (/* reexport */ default_file/* DEFAULT_CONFIG_FILE */.C),
  loadLayers: () => (/* binding */ loadLayers)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(4630);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/core/hub-root.js + 1 modules
var hub_root = __webpack_require__(8006);
// EXTERNAL MODULE: ./lib/config/errors.js
var errors = __webpack_require__(8159);
// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __webpack_require__(6370);
;// CONCATENATED MODULE: ./lib/config/document.js
/**
 * One layer of configuration read from YAML: the plain value, where every key stands (so a
 * problem names file, line and column), and validation against schema/config.v1.json with
 * "did you mean" for unknown keys.
 */









const addFormats = (dist["default"] ??
    dist);
/** A configuration file is a few kilobytes; anything larger is not one. */
const MAX_CONFIG_BYTES = 512 * 1024;
function pointerToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function collect(node, pointer, lines, out) {
    if ((0,yaml_dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            const ptr = `${pointer}/${pointerToken(key)}`;
            const range = pair.key?.range;
            if (range) {
                const p = lines.linePos(range[0]);
                out.set(ptr, { line: p.line, column: p.col });
            }
            collect(pair.value, ptr, lines, out);
        }
    }
    else if ((0,yaml_dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, i) => {
            const ptr = `${pointer}/${i}`;
            const range = item?.range;
            if (range) {
                const p = lines.linePos(range[0]);
                out.set(ptr, { line: p.line, column: p.col });
            }
            collect(item, ptr, lines, out);
        });
    }
}
/** Parse YAML text into a ConfigDocument; syntax errors and duplicate keys are ConfigErrors. */
function parseConfigText(text, label, file) {
    if (text.length > MAX_CONFIG_BYTES) {
        throw new errors/* ConfigError */.x(`${label} is ${text.length} bytes; a configuration is at most ${MAX_CONFIG_BYTES}`, file);
    }
    const lines = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        uniqueKeys: true,
        merge: false,
        prettyErrors: false
    });
    const problem = doc.errors[0];
    if (problem) {
        const p = lines.linePos(problem.pos[0]);
        throw new errors/* ConfigError */.x(`${label}:${p.line}:${p.col}: ${problem.message.split('\n')[0]}`, file, 'Fix the YAML syntax (duplicate keys are refused: a key means one thing).', p.line, p.col);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new errors/* ConfigError */.x(`${label}: ${err.message}`, file);
    }
    if (value === null || value === undefined)
        value = {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigError */.x(`${label} must be a mapping (version: 1, then one section per gate)`, file, undefined, 1, 1);
    }
    const positions = new Map();
    positions.set('', { line: 1, column: 1 });
    collect(doc.contents, '', lines, positions);
    return { label, file, value: value, positions };
}
let validator;
function configValidator() {
    if (!validator) {
        const ajv = addFormats(new _2020.Ajv2020({ allErrors: true, strict: false, verbose: true }));
        const schema = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,hub_root/* hubRoot */.G)(), 'schema', 'config.v1.json'), 'utf8'));
        validator = ajv.compile(schema);
    }
    return validator;
}
/** Edit distance, for "did you mean". */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
function closest(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[_\s]/g, '-');
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(norm(word), norm(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function describe(doc, e) {
    const at = e.instancePath;
    const where = at === '' ? 'the top level' : at.slice(1).replace(/\//g, '.');
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        const allowed = Object.keys((e.parentSchema.properties ?? {}));
        const guess = closest(key, allowed);
        const pos = (0,positions/* positionOf */.d)(doc, `${at}/${pointerToken(key)}`);
        const secretHint = at !== '' && /token|password|secret|key$/.test(key) && !guess
            ? ' (secret inputs cannot be set in a file: pass them as step inputs from secrets)'
            : '';
        return new errors/* ConfigError */.x(`${doc.label}:${pos.line}:${pos.column}: unknown key '${key}' in ${where}${guess ? `; did you mean '${guess}'?` : ''}${secretHint}`, doc.file, guess
            ? `Rename '${key}' to '${guess}'.`
            : `Valid keys here: ${allowed.join(', ')}. See schema/config.v1.json.`, pos.line, pos.column);
    }
    const pos = (0,positions/* positionOf */.d)(doc, at);
    const detail = e.keyword === 'enum'
        ? `must be one of: ${(e.params.allowedValues ?? []).join(', ')}`
        : e.keyword === 'const'
            ? `must be ${JSON.stringify(e.params.allowedValue)}`
            : (e.message ?? e.keyword);
    return new errors/* ConfigError */.x(`${doc.label}:${pos.line}:${pos.column}: ${where} ${detail}`, doc.file, 'See schema/config.v1.json for the allowed values.', pos.line, pos.column);
}
/** Validate a layer against schema/config.v1.json; throws the first problem, positioned. */
function validateConfig(doc) {
    const validate = configValidator();
    if (validate(doc.value))
        return;
    const errors = validate.errors ?? [];
    // Prefer the most specific problem: unknown keys first, then the deepest path.
    const pick = errors.find((e) => e.keyword === 'additionalProperties') ??
        errors
            .filter((e) => e.keyword !== 'oneOf')
            .sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ??
        errors[0];
    throw describe(doc, pick);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/core/bounded-body.js
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

// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __webpack_require__(8415);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(6613);
;// CONCATENATED MODULE: ./lib/net/credential-origin.js
/**
 * The one rule for where a credential may go, shared by every HTTP client that holds one (the
 * GitHub REST client, the OCI registry client, artifact downloads):
 *
 * - A credential belongs to one origin (scheme, host, port). It is attached only to requests to
 *   that origin, never sent over plain HTTP except to a loopback host.
 * - A redirect is followed by hand (`redirect: 'manual'`). To the same origin it keeps the
 *   credential; to another origin it is either refused (API answers must come from the API) or
 *   followed WITHOUT the credential (pre-signed downloads, digest-checked blobs on a CDN). Once a
 *   chain of redirects has left the origin the credential is never re-attached, even if the
 *   chain comes back. A redirect from HTTPS to plain HTTP is always refused.
 * - A `Link: rel="next"` page on another origin is refused: a page that is not the API's answer
 *   is not followed at all, with or without the credential.
 */
class CrossOriginError extends Error {
    kind;
    target;
    name = 'CrossOriginError';
    constructor(message, kind, target) {
        super(message);
        this.kind = kind;
        this.target = target;
    }
}
/** `what: ` before a message, or nothing. */
function at(what) {
    return what ? `${what}: ` : '';
}
/** `scheme://host[:port]` of a URL (default ports dropped, host lower-cased). */
function originOf(url) {
    return (typeof url === 'string' ? new URL(url) : url).origin;
}
function isSameOrigin(a, b) {
    return originOf(a) === originOf(b);
}
/** 127.0.0.1 (and 127/8), ::1 or localhost: the hosts plain HTTP may carry a credential to. */
function isLoopbackHostname(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
/** Throws unless a credential may travel to `url` at all (HTTPS, or HTTP to loopback). */
function assertCredentialTransport(url, what) {
    const u = typeof url === 'string' ? new URL(url) : url;
    if (u.protocol === 'https:')
        return;
    if (u.protocol === 'http:' && isLoopbackHostname(u.hostname))
        return;
    throw new CrossOriginError(`${at(what)}refusing to send credentials to ${u.origin} (plain HTTP to a non-loopback host)`, 'plain-http', u.origin);
}
/** May a request to `url` carry the credential that belongs to `credentialOrigin`? */
function mayCarryCredential(url, credentialOrigin) {
    return originOf(url) === originOf(credentialOrigin);
}
/**
 * The next hop of a redirect from `from` to `location`. `policy` says what a redirect to another
 * origin does: `refuse` throws CrossOriginError, `drop-credential` follows it without the
 * credential (and never attaches it again on this chain).
 */
function redirectHop(from, location, credentialOrigin, policy, what) {
    let url;
    try {
        url = new URL(location, from.url);
    }
    catch {
        throw new CrossOriginError(`${at(what)}redirect to '${location.slice(0, 200)}' is not a URL`, 'redirect', location);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new CrossOriginError(`${at(what)}redirect to a ${url.protocol} URL refused`, 'redirect', url.origin);
    }
    if (from.url.protocol === 'https:' &&
        url.protocol === 'http:' &&
        !isLoopbackHostname(url.hostname)) {
        throw new CrossOriginError(`${at(what)}redirect from HTTPS to plain HTTP (${url.origin}) refused`, 'downgrade', url.origin);
    }
    const same = mayCarryCredential(url, credentialOrigin);
    if (!same && policy === 'refuse') {
        throw new CrossOriginError(`${at(what)}redirect to another origin (${url.origin}, not ${originOf(credentialOrigin)}) refused; the credential stays with ${originOf(credentialOrigin)}`, 'redirect', url.origin);
    }
    return { url, withCredential: from.withCredential && same };
}
/** The `rel="next"` target of a Link header (RFC 8288), resolved against the request URL. */
function nextLink(header, requestUrl) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*(.*)$/s.exec(part);
        const rel = m && /(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(m[2]);
        const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
        if (!m || !rels.includes('next'))
            continue;
        try {
            return new URL(m[1], requestUrl).toString();
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/**
 * The next page of a paginated listing, or undefined at the end. A next page on another origin
 * than the credential's is refused (CrossOriginError), never fetched.
 */
function nextPage(header, requestUrl, credentialOrigin, what) {
    const next = nextLink(header, requestUrl);
    if (next === undefined)
        return undefined;
    if (!mayCarryCredential(next, credentialOrigin)) {
        throw new CrossOriginError(`${at(what)}Link rel="next" points to another origin (${originOf(next)}, not ${originOf(credentialOrigin)}); refusing to follow it`, 'link', originOf(next));
    }
    return next;
}

;// CONCATENATED MODULE: ./lib/net/retry-after.js
/** `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date, as milliseconds from now. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    const s = Number(value.trim());
    if (value.trim() !== '' && Number.isFinite(s) && s >= 0)
        return s * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

;// CONCATENATED MODULE: ./lib/github/errors.js
/** What a GitHub REST request that failed went through, for the caller to word its finding. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    kind;
    endpoint;
    status;
    githubMessage;
    resetAt;
    limit;
    retryAfterS;
    retries;
    foreignOrigin;
    timeoutMs;
    overallDeadline;
    cause;
    constructor(message, d) {
        super(`${d.endpoint}: ${message}`);
        this.kind = d.kind;
        this.endpoint = d.endpoint;
        this.status = d.status;
        this.githubMessage = d.githubMessage;
        this.resetAt = d.resetAt;
        this.limit = d.limit;
        this.retryAfterS = d.retryAfterS;
        this.retries = d.retries;
        this.foreignOrigin = d.foreignOrigin;
        this.timeoutMs = d.timeoutMs;
        this.overallDeadline = d.overallDeadline;
        this.cause = d.cause;
    }
}
/** The innermost cause of a fetch failure: `ECONNREFUSED: connect ECONNREFUSED …`, not `fetch failed`. */
function rootCause(err) {
    let cur = err;
    for (let i = 0; i < 5 && cur?.cause && typeof cur.cause === 'object'; i++)
        cur = cur.cause;
    const message = cur?.message || String(err);
    return cur?.code && !message.includes(cur.code) ? `${cur.code}: ${message}` : message;
}

;// CONCATENATED MODULE: ./lib/github/rate-limit.js
/**
 * GitHub's two rate limits, read from a 403/429 answer (docs.github.com, "Rate limits for the
 * REST API"): the primary limit (`x-ratelimit-remaining: 0`, wait until `x-ratelimit-reset`) and
 * the secondary limit (`retry-after`, or a message saying so; without a header, wait a minute).
 */

/** Seconds GitHub says to wait on a secondary limit that names no `retry-after`. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000;
function rateLimitOf(status, headers, githubMessage, now = Date.now()) {
    if (status !== 403 && status !== 429)
        return undefined;
    const after = retryAfterMs(headers.get('retry-after'), now);
    if (headers.get('x-ratelimit-remaining') === '0' && after === undefined) {
        const reset = Number(headers.get('x-ratelimit-reset'));
        const resetAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
        return {
            kind: 'rate-limit',
            resetAt,
            // One second past the reset: GitHub's clock and ours are not the same clock.
            waitMs: resetAt ? Math.max(0, resetAt.getTime() - now) + 1000 : undefined,
            limit: headers.get('x-ratelimit-limit') ?? undefined
        };
    }
    if (after !== undefined) {
        return { kind: 'secondary-rate-limit', waitMs: after, retryAfterS: Math.ceil(after / 1000) };
    }
    if (status === 429 || /secondary rate limit|abuse/i.test(githubMessage ?? '')) {
        return { kind: 'secondary-rate-limit', waitMs: SECONDARY_DEFAULT_WAIT_MS };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/github/client.js
/**
 * The one GitHub REST client: global fetch, nothing else loaded. Base URL from GITHUB_API_URL
 * (GitHub Enterprise Server), the token only to that origin (src/net/credential-origin.ts),
 * retries with backoff on 5xx and network errors (bounded), the primary and secondary rate limits
 * waited out only when they lift within the time left, a timeout per request (its retries and
 * waits included) and an overall deadline, bounded bodies, strict JSON (duplicate keys refused),
 * redirects followed by hand. Writes (POST/PUT/PATCH/DELETE with a JSON body) for the actions
 * that open pull requests or change settings: a POST is never repeated after GitHub may have
 * acted on it. Every failure is a GitHubApiError naming the endpoint, the status and GitHub's
 * message — never the token.
 */







const DEFAULT_API_URL = 'https://api.github.com';
/** Largest JSON answer read unless the call says otherwise. */
const DEFAULT_MAX_JSON_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** The most of a non-2xx body read (for GitHub's message). */
const ERROR_BODY_BYTES = 64 * 1024;
/** `/repos/{owner}/{repo}` with each parameter percent-encoded into its segment. */
function expandPath(template, params) {
    return template.replace(/\{([a-z_]+)\}/g, (_, name) => {
        const v = params[name];
        if (v === undefined)
            throw new Error(`expandPath: no value for {${name}} in ${template}`);
        return encodeURIComponent(String(v));
    });
}
/** `300 ms` below a second, `1m 30s` above. */
function span(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : (0,duration/* formatDuration */.a)(ms);
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** GitHub's `message` (and ` - documentation_url`), or the start of a body that is not JSON. */
function messageOf(text) {
    try {
        const doc = JSON.parse(text);
        if (doc && typeof doc.message === 'string') {
            const docs = typeof doc.documentation_url === 'string' ? ` - ${doc.documentation_url}` : '';
            return (doc.message + docs).replace(/[^\x20-\x7e]/g, '?').slice(0, 300);
        }
    }
    catch {
        // not JSON: quote the start of it below
    }
    const start = text
        .slice(0, 120)
        .replace(/[^\x20-\x7e]+/g, ' ')
        .trim();
    return start || undefined;
}
class GitHubClient {
    apiUrl;
    origin;
    o;
    now;
    constructor(o) {
        this.o = o;
        this.now = o.now ?? Date.now;
        this.apiUrl = (o.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
        let base;
        try {
            base = new URL(this.apiUrl);
        }
        catch {
            throw new CrossOriginError(`GITHUB_API_URL '${this.apiUrl}' is not a URL`, 'plain-http', this.apiUrl);
        }
        this.origin = base.origin;
        if (o.token)
            assertCredentialTransport(base, `GitHub API at ${this.origin}`);
    }
    /** Mask the token in anything a server said (a hostile server may echo it back). */
    scrub(text) {
        const t = this.o.token;
        return t && text ? text.split(t).join('***') : text;
    }
    url(path, query) {
        const u = new URL(path.startsWith('/') ? this.apiUrl + path : path);
        for (const [k, v] of Object.entries(query ?? {}))
            if (v !== undefined)
                u.searchParams.set(k, String(v));
        return u;
    }
    headers(hop, accept) {
        const h = {
            Accept: accept,
            'User-Agent': this.o.userAgent ?? 'ci-intel-hub',
            'X-GitHub-Api-Version': '2022-11-28'
        };
        if (hop.withCredential && this.o.token)
            h.Authorization = `token ${this.o.token}`;
        return h;
    }
    /**
     * One request with its retries, rate-limit waits and redirects, under one deadline. Answers
     * 2xx (and, with `allowStatus`, other statuses the caller reads itself); throws otherwise.
     */
    async exchange(start, endpoint, o) {
        const method = o.method ?? 'GET';
        // A POST is not repeated after GitHub may have acted on it (a second pull request…); PUT,
        // PATCH and DELETE are idempotent and are retried like a GET.
        const mayRetry = method !== 'POST' || o.idempotent === true;
        const t0 = this.now();
        const perRequest = t0 + this.o.timeoutMs;
        const overall = this.o.deadline ?? Infinity;
        const deadline = Math.min(perRequest, overall);
        const isOverall = overall < perRequest;
        const retryBase = this.o.retryBaseMs ?? 1000;
        const maxWait = this.o.maxRateLimitWaitMs ?? 60_000;
        let hop = { url: start, withCredential: true };
        let retries = 0;
        let waited = 0;
        let redirects = 0;
        const detail = (d) => ({
            kind: 'status',
            endpoint,
            retries,
            ...(hop.url.origin !== this.origin ? { foreignOrigin: hop.url.origin } : {}),
            ...d
        });
        const timeout = () => {
            const ms = isOverall ? overall - t0 : this.o.timeoutMs;
            return new GitHubApiError(`no complete answer from ${hop.url.origin} within ${span(ms)}${isOverall ? ' (the overall deadline)' : ''}`, detail({ kind: 'timeout', timeoutMs: ms, overallDeadline: isOverall }));
        };
        /** Wait before another attempt if it fits the deadline; false when it does not. */
        const waitFits = async (ms) => {
            if (this.now() + ms >= deadline)
                return false;
            await sleep(ms);
            return true;
        };
        for (;;) {
            const left = deadline - this.now();
            if (left <= 0)
                throw timeout();
            const signal = AbortSignal.timeout(left);
            let res;
            let body;
            try {
                res = await fetch(hop.url, {
                    method,
                    headers: {
                        ...this.headers(hop, o.accept),
                        ...(o.body !== undefined ? { 'Content-Type': 'application/json; charset=utf-8' } : {})
                    },
                    body: o.body,
                    redirect: 'manual',
                    signal
                });
                const ok = res.status >= 200 && res.status < 300;
                const declared = Number(res.headers.get('content-length') ?? NaN);
                if (ok && declared > o.maxBytes) {
                    await res.body?.cancel().catch(() => undefined);
                    throw new BodyTooLargeError(`the answer is ${declared} bytes`);
                }
                // An error or redirect body only feeds a message: its start is enough.
                body = ok
                    ? await readBody(res.body, o.maxBytes)
                    : await readBody(res.body, ERROR_BODY_BYTES).catch((e) => {
                        if (e instanceof BodyTooLargeError)
                            return Buffer.alloc(0);
                        throw e;
                    });
            }
            catch (err) {
                if (err instanceof BodyTooLargeError) {
                    throw new GitHubApiError(`the answer from ${hop.url.origin} is larger than the limit of ${o.maxBytes} bytes`, detail({ kind: 'too-large' }));
                }
                if (signal.aborted)
                    throw timeout();
                const cause = rootCause(err);
                if (mayRetry && retries < this.o.retries) {
                    const wait = Math.min(retryBase * 2 ** retries, 30_000);
                    this.o.log(`${endpoint}: ${cause}; retry ${retries + 1} in ${span(wait)}`);
                    retries++;
                    if (await waitFits(wait))
                        continue;
                    throw new GitHubApiError(`${hop.url.origin} could not be reached (${cause}); the next retry would pass the deadline`, detail({ kind: 'network', cause }));
                }
                throw new GitHubApiError(`${hop.url.origin} could not be reached (${cause})${retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}`, detail({ kind: 'network', cause }));
            }
            const status = res.status;
            if (status >= 300 && status < 400 && status !== 304) {
                const location = res.headers.get('location');
                if (!location) {
                    throw new GitHubApiError(`${status} redirect without a Location`, detail({ kind: 'redirect', status }));
                }
                if (method !== 'GET' && status !== 307 && status !== 308) {
                    // 301/302/303 would turn a write into a GET elsewhere: never silently.
                    throw new GitHubApiError(`${status} redirect of a ${method} (only 307/308 repeat a write)`, detail({ kind: 'redirect', status }));
                }
                if (++redirects > MAX_REDIRECTS) {
                    throw new GitHubApiError(`more than ${MAX_REDIRECTS} redirects`, detail({ kind: 'redirect', status }));
                }
                try {
                    hop = redirectHop(hop, location, this.origin, o.redirects);
                }
                catch (err) {
                    if (err instanceof CrossOriginError)
                        throw new GitHubApiError(err.message, detail({ kind: 'cross-origin', status }));
                    throw err;
                }
                continue;
            }
            if ((status >= 200 && status < 300) || o.allowStatus?.includes(status))
                return { hop, status, headers: res.headers, body };
            const text = body.toString('utf8');
            const githubMessage = this.scrub(messageOf(text));
            const limit = hop.withCredential
                ? rateLimitOf(status, res.headers, githubMessage, this.now())
                : undefined;
            if (limit) {
                const wait = limit.waitMs;
                const fits = wait !== undefined && wait <= maxWait && this.now() + wait < deadline;
                if (waited === 0 && fits) {
                    waited++;
                    this.o.log(`${endpoint}: GitHub API ${limit.kind === 'rate-limit' ? 'rate limit hit' : 'secondary rate limit'} (${status}); waiting ${span(wait)}`);
                    await sleep(wait);
                    continue;
                }
                if (limit.kind === 'rate-limit') {
                    throw new GitHubApiError(`GitHub API rate limit exhausted (${status}${limit.limit ? `, x-ratelimit-limit ${limit.limit}` : ''}); ${limit.resetAt
                        ? `it resets at ${limit.resetAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}`
                        : 'the answer does not say when it resets'}`, detail({
                        kind: 'rate-limit',
                        status,
                        githubMessage,
                        resetAt: limit.resetAt,
                        limit: limit.limit
                    }));
                }
                throw new GitHubApiError(`GitHub API secondary rate limit (${status})${limit.retryAfterS !== undefined ? `; retry after ${limit.retryAfterS} s` : ''}`, detail({
                    kind: 'secondary-rate-limit',
                    status,
                    githubMessage,
                    retryAfterS: limit.retryAfterS
                }));
            }
            if (status >= 500 && mayRetry && retries < this.o.retries) {
                const asked = retryAfterMs(res.headers.get('retry-after'), this.now());
                const wait = asked ?? Math.min(retryBase * 2 ** retries, 30_000);
                this.o.log(`${endpoint}: ${status}; retry ${retries + 1} in ${span(wait)}`);
                retries++;
                if (await waitFits(wait))
                    continue;
                throw new GitHubApiError(`answered ${status}${githubMessage ? ` (${githubMessage})` : ''}; the next retry would pass the deadline`, detail({ kind: 'status', status, githubMessage }));
            }
            throw new GitHubApiError(`${hop.url.origin === this.origin ? 'GitHub' : hop.url.origin} answered ${status}${githubMessage ? ` (${githubMessage})` : ''}${status >= 500 && retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}`, detail({ kind: 'status', status, githubMessage }));
        }
    }
    /** `GET /repos/…` relative to the API root (GHES: without /api/v3); another origin in full. */
    endpoint(u, method = 'GET') {
        const root = new URL(this.apiUrl).pathname.replace(/\/$/, '');
        const path = u.origin === this.origin && u.pathname.startsWith(root)
            ? u.pathname.slice(root.length) || '/'
            : u.origin + u.pathname;
        let shown = path;
        try {
            shown = decodeURIComponent(path).replace(/[^\x21-\x7e]/g, '?');
        }
        catch {
            // not percent-encoded UTF-8: show it as sent
        }
        return `${method} ${shown}`;
    }
    parse(x, endpoint) {
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(x.body);
        }
        catch {
            throw new GitHubApiError('the answer is not UTF-8 text', {
                kind: 'bad-json',
                endpoint,
                status: x.status,
                retries: 0
            });
        }
        let data;
        try {
            data = (0,strict_json/* parseStrictJson */.RJ)(text, 'the answer');
        }
        catch (err) {
            if (err instanceof strict_json/* JsonDocumentError */.sT)
                throw new GitHubApiError(err.message, {
                    kind: 'bad-json',
                    endpoint,
                    status: x.status,
                    retries: 0
                });
            throw err;
        }
        return { status: x.status, headers: x.headers, url: x.hop.url.toString(), data, text };
    }
    /**
     * One REST call answering JSON (path relative to the API root, or a URL on its origin): GET by
     * default, or a write with a JSON body. 204 / an empty body gives `data: null`.
     */
    async request(path, o = {}) {
        const u = this.url(path, o.query);
        const endpoint = this.endpoint(u, o.method);
        if (u.origin !== this.origin) {
            throw new GitHubApiError(`${u.origin} is not the API's origin (${this.origin})`, {
                kind: 'cross-origin',
                endpoint,
                retries: 0
            });
        }
        const x = await this.exchange(u, endpoint, {
            accept: o.accept ?? 'application/vnd.github+json',
            maxBytes: o.maxBytes ?? DEFAULT_MAX_JSON_BYTES,
            redirects: 'refuse',
            method: o.method,
            body: o.body === undefined ? undefined : JSON.stringify(o.body),
            allowStatus: o.allowStatus,
            idempotent: o.idempotent
        });
        if (x.status === 204 || x.body.length === 0)
            return {
                status: x.status,
                headers: x.headers,
                url: x.hop.url.toString(),
                data: null,
                text: ''
            };
        return this.parse(x, endpoint);
    }
    /**
     * Download bytes from the API, following its redirect to storage on another origin WITHOUT
     * the token (pre-signed URLs: artifact zips, logs, archives).
     */
    async download(path, o) {
        const u = this.url(path);
        const x = await this.exchange(u, this.endpoint(u), {
            accept: o.accept ?? '*/*',
            maxBytes: o.maxBytes,
            redirects: 'drop-credential'
        });
        return {
            bytes: x.body,
            url: originOf(x.hop.url) + x.hop.url.pathname,
            foreign: x.hop.url.origin !== this.origin
        };
    }
}
function createGitHubClient(o) {
    return new GitHubClient(o);
}

;// CONCATENATED MODULE: ./lib/config/contents-api.js
/** `GET /repos/{owner}/{repo}/contents/{path}?ref=` for one file, through the hub's one GitHub client. */



async function getContents(owner, repo, path, ref, options) {
    const deadlineMs = options.deadlineMs ?? 30_000;
    const client = new GitHubClient({
        token: options.token,
        apiUrl: options.apiUrl,
        timeoutMs: deadlineMs,
        deadline: Date.now() + deadlineMs,
        retries: options.retries ?? 3,
        retryBaseMs: options.retryBaseMs ?? 500,
        log: options.log ?? (() => undefined)
    });
    const route = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/contents/${path
        .split('/')
        .map(encodeURIComponent)
        .join('/')}`;
    let doc;
    try {
        doc = (await client.request(route, { query: { ref }, maxBytes: 2 * 1024 * 1024 }))
            .data;
    }
    catch (err) {
        if (!(err instanceof GitHubApiError))
            throw err;
        const hint = err.status === 404
            ? 'The overlay does not exist at that commit, or the token cannot read that repository (give the job a token with contents: read on it).'
            : err.status === 401 || err.status === 403
                ? 'The token was refused or rate-limited; give the job a token with contents: read on the overlay repository.'
                : 'Re-run the job; if it persists, check the GitHub API status or the network.';
        throw new errors/* ConfigError */.x(`the organisation overlay could not be fetched: ${err.message}; the gates do not fall back to the hub's defaults`, undefined, hint);
    }
    if (doc?.type !== 'file' || doc.encoding !== 'base64' || typeof doc.content !== 'string') {
        throw new errors/* ConfigError */.x(`GET ${route}?ref=${ref}: not a file (type ${String(doc?.type)})`, undefined, 'extends must name a file.');
    }
    return {
        bytes: Buffer.from(doc.content, 'base64'),
        sha: typeof doc.sha === 'string' ? doc.sha : undefined
    };
}

;// CONCATENATED MODULE: ./lib/config/fetch-overlay.js
/**
 * Fetches a pinned organisation overlay through the GitHub contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref={sha}`), once per job: the text is cached under
 * the hub's temp folder by commit and path, since a pinned commit cannot change.
 */







async function fetchOverlay(ref, options) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(`${ref.owner}/${ref.repo}@${ref.sha}:${ref.path}`)
        .digest('hex');
    const cached = options.cacheDir ? (0,external_node_path_.join)(options.cacheDir, 'overlays', `${key}.yml`) : undefined;
    if (cached && (0,external_node_fs_.existsSync)(cached))
        return (0,read_file/* readRegularTextFile */.I)(cached, { maxBytes: MAX_CONFIG_BYTES });
    const file = await getContents(ref.owner, ref.repo, ref.path, ref.sha, options);
    if (file.bytes.length > MAX_CONFIG_BYTES) {
        throw new errors/* ConfigError */.x(`overlay ${ref.text} is ${file.bytes.length} bytes; a configuration is at most ${MAX_CONFIG_BYTES}`);
    }
    // The blob sha GitHub names must be the git hash of the bytes it sent.
    const blob = (0,external_node_crypto_.createHash)('sha1')
        .update(`blob ${file.bytes.length}\0`)
        .update(file.bytes)
        .digest('hex');
    if (file.sha && file.sha !== blob) {
        throw new errors/* ConfigError */.x(`overlay ${ref.text}: the contents API sent bytes whose git blob hash ${blob} is not the ${file.sha} it named`);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
    if (cached) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(options.cacheDir, 'overlays'), { recursive: true });
        (0,external_node_fs_.writeFileSync)(cached, text);
    }
    return text;
}

;// CONCATENATED MODULE: ./lib/config/overlay-ref.js
/**
 * `extends:`: the organisation overlay, pinned. A remote overlay is
 * `<owner>/<repo>/<path>@<40-hex commit sha>` — a branch or tag could be moved under a
 * repository's feet, so anything else after `@` is refused. Anything without `@` is a path
 * relative to the file that names it.
 */

const REMOTE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@(.+)$/;
function parseOverlayRef(text, from, line, column) {
    const t = text.trim();
    const m = REMOTE.exec(t);
    if (m) {
        const [, owner, repo, path, ref] = m;
        if (!/^[0-9a-f]{40}$/.test(ref)) {
            throw new errors/* ConfigError */.x(`${from}: extends '${t}' pins '${ref}', which is not a 40-hex commit SHA; a branch or tag name can be moved, so the overlay could change without this repository changing`, undefined, `Pin the overlay by commit: ${owner}/${repo}/${path}@<sha> (git rev-parse ${ref} in ${owner}/${repo}).`, line, column);
        }
        if (path.split('/').some((s) => s === '..' || s === '')) {
            throw new errors/* ConfigError */.x(`${from}: extends '${t}' has an invalid path '${path}'`, undefined, undefined, line, column);
        }
        return { kind: 'remote', owner, repo, path, sha: ref, text: t };
    }
    if (t.includes('@')) {
        throw new errors/* ConfigError */.x(`${from}: extends '${t}' is neither <owner>/<repo>/<path>@<40-hex sha> nor a local path`, undefined, 'Write extends: acme/org-policy/ci-intel/org.yml@<commit sha>, or a path such as ../org.yml.', line, column);
    }
    return { kind: 'local', path: t, text: t };
}
function overlayLabel(ref) {
    return ref.kind === 'remote'
        ? `org ${ref.owner}/${ref.repo}@${ref.sha}:${ref.path}`
        : `org ${ref.path}`;
}

// EXTERNAL MODULE: ./lib/config/default-file.js
var default_file = __webpack_require__(7454);
;// CONCATENATED MODULE: ./lib/config/layers.js
/**
 * Finding and reading the layers: the repository's `.ci-intel/config.yml` (or the file
 * CI_INTEL_CONFIG names) and the organisation overlay it `extends`. The hub's defaults are the
 * action.yml defaults; the step's `with:` (or CLI flags) sit on top.
 */









function readLayer(abs, label, file) {
    const text = (0,read_file/* readRegularTextFile */.I)(abs, { maxBytes: MAX_CONFIG_BYTES, what: 'configuration' });
    const doc = parseConfigText(text, label, file);
    validateConfig(doc);
    return doc;
}
async function loadLayers(options) {
    const named = options.configFile ?? options.env.CI_INTEL_CONFIG;
    const path = (0,external_node_path_.resolve)(options.workspace, named || default_file/* DEFAULT_CONFIG_FILE */.C);
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (named) {
            throw new errors/* ConfigError */.x(`configuration ${named} does not exist (resolved against the workspace ${options.workspace})`, named, 'Name an existing file, or drop the setting to use .ci-intel/config.yml.');
        }
        return {};
    }
    const rel = (0,external_node_path_.relative)(options.workspace, path);
    const label = rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
    const repo = readLayer(path, label, label);
    if (repo.value.policy !== undefined) {
        const pos = (0,positions/* positionOf */.d)(repo, '/policy');
        throw new errors/* ConfigError */.x(`${label}:${pos.line}:${pos.column}: policy (locked keys and bounds) belongs in the organisation overlay, not in a repository's configuration`, label, 'Move policy: to the overlay this file extends; a repository tightens settings by setting them.', pos.line, pos.column);
    }
    const layers = { repo };
    const ext = repo.value.extends;
    if (typeof ext === 'string') {
        const pos = (0,positions/* positionOf */.d)(repo, '/extends');
        const ref = parseOverlayRef(ext, `${label}:${pos.line}:${pos.column}`, pos.line, pos.column);
        let doc;
        if (ref.kind === 'local') {
            const abs = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), ref.path);
            if (!(0,external_node_fs_.existsSync)(abs)) {
                throw new errors/* ConfigError */.x(`${label}:${pos.line}:${pos.column}: extends '${ref.path}' does not exist (resolved to ${(0,external_node_path_.relative)(options.workspace, abs) || abs}); the gates do not fall back to the hub's defaults`, label, 'Fix the path, or pin a remote overlay: <owner>/<repo>/<path>@<sha>.', pos.line, pos.column);
            }
            const relOverlay = (0,external_node_path_.relative)(options.workspace, abs) || abs;
            doc = readLayer(abs, `org ${relOverlay}`, relOverlay);
        }
        else {
            const fetchOptions = {
                apiUrl: options.env.GITHUB_API_URL || 'https://api.github.com',
                // CI_INTEL_TOKEN names the overlay's token explicitly; else the gate's own token input.
                token: options.env.CI_INTEL_TOKEN ||
                    options.token ||
                    options.env.GITHUB_TOKEN ||
                    options.env.GH_TOKEN ||
                    undefined,
                cacheDir: options.tempDir,
                deadlineMs: options.overlayFetch?.deadlineMs ?? 30_000,
                retryBaseMs: options.overlayFetch?.retryBaseMs
            };
            const text = await fetchOverlay(ref, fetchOptions);
            doc = parseConfigText(text, overlayLabel(ref), `${ref.owner}/${ref.repo}/${ref.path}`);
            validateConfig(doc);
        }
        if (doc.value.extends !== undefined) {
            const p = (0,positions/* positionOf */.d)(doc, '/extends');
            throw new errors/* ConfigError */.x(`${doc.label}:${p.line}:${p.column}: an organisation overlay cannot extend another (one overlay per organisation)`, doc.file);
        }
        layers.org = { ...doc, ref };
    }
    return layers;
}


/***/ })

};
