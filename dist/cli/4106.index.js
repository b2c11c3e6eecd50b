export const id = 4106;
export const ids = [4106];
export const modules = {

/***/ 24106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GithubBackend: () => (/* binding */ GithubBackend)
/* harmony export */ });
/* unused harmony exports cacheVersion, unpackEnvelope */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56118);
/* harmony import */ var _core_bounded_body_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(77671);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3828);
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66613);
/* harmony import */ var _net_credential_origin_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11685);
/* harmony import */ var _backend_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(36438);
/**
 * The GitHub cache service (v2, Twirp + signed blob URLs) as a sentinel backend.
 *
 * - Restore uses our own client: `GetCacheEntryDownloadURL`, then a plain GET of the signed URL
 *   into the private staging folder, then the envelope is read member by member in-process.
 *   `@actions/cache` restoreCache is never used for restore: it runs `tar -xf \u2026 -P -C <workspace>`
 *   before anyone could check a byte.
 * - Save uses `@actions/cache` saveCache (safe: it only reads) on the envelope folder, which
 *   makes the stored object `envelope/{manifest.json,signature.json,payload.tar}` in a
 *   zstd (or gzip) tar. Its cache version is computed from the path list `['envelope']` and the
 *   compression method, so restore asks for both possible versions.
 */













/** A Twirp answer of the cache service is a few hundred bytes. */
const MAX_TWIRP_BYTES = 1024 * 1024;
const SERVICE = 'github.actions.results.api.v1.CacheService';
const ENVELOPE_DIR = 'envelope';
/** @actions/cache's version salt and compression names (cacheUtils.getCacheVersion). */
const VERSION_SALT = '1.0';
const COMPRESSIONS = ['zstd-without-long', 'gzip'];
function cacheVersion(paths, compression) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...paths, compression, VERSION_SALT].join('|'))
        .digest('hex');
}
class GithubBackend {
    opts;
    name = 'github';
    constructor(opts) {
        this.opts = opts;
        if (!opts.resultsUrl)
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh('ACTIONS_RESULTS_URL is not set; the GitHub cache service is only reachable inside a workflow job (use backend: dir:<path> elsewhere)');
        if (!opts.token)
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh('ACTIONS_RUNTIME_TOKEN is not set; expected the runner to provide it to JavaScript actions');
    }
    async twirp(method, body) {
        const url = new URL(`/twirp/${SERVICE}/${method}`, this.opts.resultsUrl);
        // The runtime token goes to the cache service's origin only (src/net/credential-origin.ts):
        // never over plain HTTP to another host, and a redirect is refused, not followed.
        try {
            (0,_net_credential_origin_js__WEBPACK_IMPORTED_MODULE_10__/* .assertCredentialTransport */ .TC)(url, 'cache service');
        }
        catch (err) {
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(err));
        }
        let res;
        let text;
        try {
            res = await fetch(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.opts.token}` },
                body: JSON.stringify(body),
                redirect: 'manual',
                signal: AbortSignal.timeout(this.opts.timeoutMs)
            });
            text = (await (0,_core_bounded_body_js__WEBPACK_IMPORTED_MODULE_12__/* .readBody */ .x)(res.body, MAX_TWIRP_BYTES)).toString('utf8');
        }
        catch (err) {
            const e = err;
            const why = e.name === 'TimeoutError'
                ? `no answer within ${this.opts.timeoutMs} ms`
                : e instanceof _core_bounded_body_js__WEBPACK_IMPORTED_MODULE_12__/* .BodyTooLargeError */ .A
                    ? `the answer is larger than ${MAX_TWIRP_BYTES} bytes`
                    : e.message;
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh(`cache service ${method}: ${why}; expected an answer from ${url.origin}`);
        }
        if (res.status >= 300 && res.status < 400) {
            const to = res.headers.get('location');
            let where = 'somewhere else';
            try {
                where = to ? new URL(to, url).origin : where;
            }
            catch {
                // an unparsable Location: say so below
            }
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh(`cache service ${method}: HTTP ${res.status} redirect to ${where}, refused: the token is for ${url.origin} only`);
        }
        if (res.status === 404 && method === 'GetCacheEntryDownloadURL')
            return { ok: false };
        if (!res.ok) {
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh(`cache service ${method}: HTTP ${res.status} ${res.statusText}; expected 200 (${text.slice(0, 200)})`);
        }
        try {
            return (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_9__/* .parseStrictJson */ .RJ)(text, `cache service ${method} answer`);
        }
        catch (err) {
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh(`cache service ${method}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(err)}; expected a Twirp JSON message`);
        }
    }
    async lookup(keys) {
        for (const compression of COMPRESSIONS) {
            const res = await this.twirp('GetCacheEntryDownloadURL', {
                key: keys[0],
                restoreKeys: keys.slice(1),
                version: cacheVersion([ENVELOPE_DIR], compression)
            });
            if (!res.ok)
                continue;
            if (!res.signedDownloadUrl || !res.matchedKey) {
                throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh('cache service GetCacheEntryDownloadURL: ok without signedDownloadUrl/matchedKey; expected both');
            }
            const url = res.signedDownloadUrl;
            return { matchedKey: res.matchedKey, fetch: (staging) => this.fetchEnvelope(url, staging) };
        }
        return undefined;
    }
    /** Download the stored archive into staging (bounded, stall-timed), then unpack only the envelope files. */
    async fetchEnvelope(url, stagingDir) {
        const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stagingDir, 'download.bin');
        const max = this.opts.maxBytes ?? 20 * 1024 * 1024 * 1024;
        const ac = new AbortController();
        let stall = setTimeout(() => ac.abort(), this.opts.timeoutMs);
        let bytes = 0;
        try {
            const res = await fetch(url, { signal: ac.signal });
            if (!res.ok || !res.body)
                throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh(`cache download: HTTP ${res.status}; expected 200 from the signed URL`);
            const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(archive, 'wx', 0o600);
            try {
                for await (const chunk of node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.fromWeb(res.body)) {
                    clearTimeout(stall);
                    stall = setTimeout(() => ac.abort(), this.opts.timeoutMs);
                    bytes += chunk.length;
                    if (bytes > max)
                        throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh(`cache download is larger than ${max} bytes; expected a smaller entry`);
                    await file.write(chunk);
                }
            }
            finally {
                await file.close();
            }
        }
        catch (err) {
            if (err instanceof _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh)
                throw err;
            const e = err;
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh(`cache download: ${e.name === 'AbortError' ? `stalled for ${this.opts.timeoutMs} ms` : e.message}; expected the archive from the signed URL`);
        }
        finally {
            clearTimeout(stall);
        }
        await unpackEnvelope(archive, stagingDir);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(archive, { force: true });
        return { bytes };
    }
    async save(key, envelopeDir) {
        if (await this.exactExists(key))
            return 'exists';
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(envelopeDir) !== ENVELOPE_DIR)
            throw new Error(`internal: envelope folder must be named ${ENVELOPE_DIR}`);
        const cache = await Promise.all(/* import() */[__webpack_require__.e(9540), __webpack_require__.e(2830), __webpack_require__.e(759), __webpack_require__.e(8188)]).then(__webpack_require__.bind(__webpack_require__, 48188));
        // saveCache globs paths from the cwd and tars them relative to GITHUB_WORKSPACE; point both at
        // the envelope's parent so the stored paths (and so the cache version) are exactly ['envelope'].
        const saved = process.env.GITHUB_WORKSPACE;
        const cwd = process.cwd();
        process.env.GITHUB_WORKSPACE = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(envelopeDir);
        process.chdir((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(envelopeDir));
        let id;
        try {
            id = await cache.saveCache([ENVELOPE_DIR], key);
        }
        finally {
            process.chdir(cwd);
            if (saved === undefined)
                delete process.env.GITHUB_WORKSPACE;
            else
                process.env.GITHUB_WORKSPACE = saved;
        }
        if (id === -1) {
            if (await this.exactExists(key))
                return 'exists';
            throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .BackendError */ .Jh(`the cache service did not store '${key}' (see the @actions/cache warning above); expected a finalized entry`);
        }
        return 'saved';
    }
    async exactExists(key) {
        const found = await this.lookup([key]);
        return found?.matchedKey === key;
    }
}
function decompressor(first) {
    if (first[0] === 0x28 && first[1] === 0xb5 && first[2] === 0x2f && first[3] === 0xfd)
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createZstdDecompress)();
    if (first[0] === 0x1f && first[1] === 0x8b)
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGunzip)();
    return undefined;
}
/**
 * Read the stored tar in-process and write only `envelope/<file>` members into staging; any
 * other member (an absolute path, `..`, a link, an unknown file) makes the entry unusable.
 */
async function unpackEnvelope(archive, stagingDir) {
    const head = Buffer.alloc(4);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(archive, 'r');
    await fh.read(head, 0, 4, 0);
    await fh.close();
    const inflate = decompressor(head);
    if (!inflate)
        throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .EnvelopeError */ .tO('the stored archive is neither zstd nor gzip; expected what @actions/cache writes');
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_7__.extract();
    const feeding = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(archive), inflate, extract).catch((err) => extract.destroy(err));
    const seen = new Set();
    try {
        for await (const member of extract) {
            const name = member.header.name.replace(/^\.\//, '');
            const type = member.header.type;
            if ((name === ENVELOPE_DIR || name === `${ENVELOPE_DIR}/`) && type === 'directory') {
                member.resume();
                continue;
            }
            const file = name.startsWith(`${ENVELOPE_DIR}/`) ? name.slice(ENVELOPE_DIR.length + 1) : '';
            if (type !== 'file' ||
                !_backend_js__WEBPACK_IMPORTED_MODULE_11__/* .ENVELOPE_FILES */ .Tj.includes(file) ||
                seen.has(file)) {
                throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .EnvelopeError */ .tO(`stored archive member '${name}' (${type}); expected only ${_backend_js__WEBPACK_IMPORTED_MODULE_11__/* .ENVELOPE_FILES */ .Tj.map((f) => `${ENVELOPE_DIR}/${f}`).join(', ')}, each once`);
            }
            const limit = _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .MAX_ENVELOPE_FILE */ .pY[file];
            if ((member.header.size ?? 0) > limit)
                throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .EnvelopeError */ .tO(`stored '${file}' is ${member.header.size} bytes; expected at most ${limit}`);
            seen.add(file);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(stagingDir, { recursive: true });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(member, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stagingDir, file), { flags: 'wx', mode: 0o600 }));
        }
    }
    catch (err) {
        if (err instanceof _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .EnvelopeError */ .tO)
            throw err;
        throw new _backend_js__WEBPACK_IMPORTED_MODULE_11__/* .EnvelopeError */ .tO(`the stored archive cannot be read: ${err.message}; expected a complete tar`);
    }
    await feeding;
}


/***/ }),

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

/***/ 11685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ redirectHop),
/* harmony export */   TC: () => (/* binding */ assertCredentialTransport),
/* harmony export */   Zj: () => (/* binding */ nextPage),
/* harmony export */   pq: () => (/* binding */ isLoopbackHostname),
/* harmony export */   yv: () => (/* binding */ originOf),
/* harmony export */   zN: () => (/* binding */ CrossOriginError)
/* harmony export */ });
/* unused harmony exports isSameOrigin, mayCarryCredential, nextLink */
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


/***/ })

};
