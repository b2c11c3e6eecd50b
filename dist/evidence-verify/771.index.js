export const id = 771;
export const ids = [771];
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

/***/ 87771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  discoverEvidenceReferrers: () => (/* binding */ discoverEvidenceReferrers)
});

// UNUSED EXPORTS: pushEvidenceReferrer

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
// EXTERNAL MODULE: ./lib/oci/digest.js
var oci_digest = __webpack_require__(9501);
;// CONCATENATED MODULE: ./lib/oci/media-types.js
/** Media types and annotation keys of the OCI image/distribution specs and of the producers we read. */
const media_types_OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const media_types_OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const media_types_OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
/** Sent on every manifest GET: distribution 2.8 serves OCI content only when Accept lists it. */
const MANIFEST_ACCEPT = [media_types_OCI_MANIFEST, media_types_OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST].join(', ');
const media_types_INDEX_TYPES = new Set([media_types_OCI_INDEX, DOCKER_LIST]);
const MANIFEST_TYPES = new Set([media_types_OCI_MANIFEST, DOCKER_MANIFEST]);
const SPDX_JSON = 'application/spdx+json';
const SPDX_TYPES = new Set([SPDX_JSON, 'text/spdx+json', 'text/spdx']);
const CYCLONEDX_JSON = 'application/vnd.cyclonedx+json';
const CYCLONEDX_TYPES = new Set([
    CYCLONEDX_JSON,
    'application/vnd.cyclonedx+xml',
    'application/vnd.cyclonedx'
]);
const IN_TOTO = 'application/vnd.in-toto+json';
const DSSE_ENVELOPE = 'application/vnd.dsse.envelope.v1+json';
const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const COSIGN_SIMPLESIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const COSIGN_SIG_ARTIFACT = 'application/vnd.dev.cosign.artifact.sig.v1+json';
const NOTARY_SIGNATURE = 'application/vnd.cncf.notary.signature';
const BUILDKIT_ATTESTATION = 'application/vnd.docker.attestation.manifest.v1+json';
/** True for every Sigstore bundle media type (v0.1, v0.2 with `;version=`, v0.3). */
function isSigstoreBundleType(mediaType) {
    return (mediaType === SIGSTORE_BUNDLE_V03 ||
        /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.\d+)?\+json(;\s*version=0\.\d+)?$/.test(mediaType));
}
const ANNOTATION_REFERENCE_TYPE = 'vnd.docker.reference.type';
const ANNOTATION_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST = 'attestation-manifest';
const ANNOTATION_COSIGN_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
const PREDICATE_SPDX = 'https://spdx.dev/Document';
const PREDICATE_CYCLONEDX = 'https://cyclonedx.org/bom';
const PREDICATE_SLSA_PREFIX = 'https://slsa.dev/provenance/';
const PREDICATE_COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';
/** Largest manifest or index we read (oras-go's MaxMetadataBytes; the spec asks for \u2265 4 MB support). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Largest attestation or SBOM layer we read. */
const MAX_BLOB_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Most pages of a referrers listing we follow (a registry could link pages forever). */
const MAX_REFERRER_PAGES = 50;

;// CONCATENATED MODULE: ./lib/oci/manifest.js
/** Manifests and descriptors, parsed defensively from bytes the registry sent. */



class ContentError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ContentError';
    }
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function stringMap(v) {
    if (!isRecord(v))
        return undefined;
    const out = {};
    for (const [k, x] of Object.entries(v))
        if (typeof x === 'string')
            out[k] = x;
    return out;
}
/** A descriptor, or a reason it is not one. */
function parseDescriptor(v) {
    if (!isRecord(v))
        return 'a descriptor is not an object';
    const { mediaType, digest, size } = v;
    if (typeof mediaType !== 'string' || mediaType === '')
        return 'a descriptor has no mediaType';
    if (typeof digest !== 'string' || !(0,oci_digest/* isDigest */.Bc)(digest)) {
        return `a descriptor has an invalid digest '${String(digest)}'`;
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        return `descriptor ${digest} has an invalid size`;
    }
    const d = { mediaType, digest, size };
    if (typeof v.artifactType === 'string')
        d.artifactType = v.artifactType;
    const annotations = stringMap(v.annotations);
    if (annotations)
        d.annotations = annotations;
    if (isRecord(v.platform))
        d.platform = v.platform;
    if (typeof v.data === 'string')
        d.data = v.data;
    return d;
}
function descriptorList(v, field, where) {
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v))
        throw new ContentError(`${where}: '${field}' is not a list`);
    return v.map((x, i) => {
        const d = parseDescriptor(x);
        if (typeof d === 'string')
            throw new ContentError(`${where}: ${field}[${i}]: ${d}`);
        return d;
    });
}
/** Parse manifest bytes; throws ContentError naming `where` when they are not a manifest. */
function parseManifest(bytes, where, contentType) {
    let doc;
    try {
        // Strict: two `subject`s or two `layers` in one manifest read differently to different
        // clients (JSON.parse keeps the last), so a duplicate key is refused, naming it.
        doc = (0,strict_json/* parseStrictJsonBytes */.ml)(bytes, where);
    }
    catch (err) {
        throw new ContentError(err.message.slice(0, 300));
    }
    if (!isRecord(doc))
        throw new ContentError(`${where}: not a JSON object`);
    const m = {};
    if (typeof doc.schemaVersion === 'number')
        m.schemaVersion = doc.schemaVersion;
    if (m.schemaVersion !== 2) {
        throw new ContentError(`${where}: schemaVersion is ${String(doc.schemaVersion)}, expected 2`);
    }
    if (typeof doc.mediaType === 'string')
        m.mediaType = doc.mediaType;
    else if (contentType)
        m.mediaType = contentType.split(';')[0].trim();
    if (typeof doc.artifactType === 'string')
        m.artifactType = doc.artifactType;
    if (doc.config !== undefined) {
        const c = parseDescriptor(doc.config);
        if (typeof c === 'string')
            throw new ContentError(`${where}: config: ${c}`);
        m.config = c;
    }
    m.layers = descriptorList(doc.layers, 'layers', where);
    m.manifests = descriptorList(doc.manifests, 'manifests', where);
    if (doc.subject !== undefined) {
        const s = parseDescriptor(doc.subject);
        if (typeof s === 'string')
            throw new ContentError(`${where}: subject: ${s}`);
        m.subject = s;
    }
    const annotations = stringMap(doc.annotations);
    if (annotations)
        m.annotations = annotations;
    if (!m.mediaType)
        m.mediaType = m.manifests ? 'application/vnd.oci.image.index.v1+json' : '';
    return m;
}
function isIndex(m) {
    return (INDEX_TYPES.has(m.mediaType ?? '') || (m.manifests !== undefined && m.layers === undefined));
}
/** The artifact type a manifest declares: `artifactType`, else the config media type (the spec's rule). */
function declaredArtifactType(m) {
    if (m.artifactType)
        return m.artifactType;
    if (isIndex(m))
        return undefined;
    return m.config?.mediaType;
}
function isEmptyType(t) {
    return t === undefined || t === '' || t === OCI_EMPTY;
}

// EXTERNAL MODULE: ./lib/oci/reference.js
var reference = __webpack_require__(23940);
// EXTERNAL MODULE: ./lib/net/credential-origin.js
var credential_origin = __webpack_require__(11685);
;// CONCATENATED MODULE: ./lib/oci/challenge.js
/** `WWW-Authenticate` challenges (RFC 7235): a scheme and auth-params, quoted values may hold commas. */

/**
 * Token services that sit on another host than their registry by design: the one pairing the
 * registry client knows (Docker Hub). Every other realm gets credentials only on the registry's
 * own host.
 */
const KNOWN_REALM_HOSTS = {
    'registry-1.docker.io': ['auth.docker.io']
};
/**
 * May the registry's username and password go to this token realm? Only over HTTPS (or HTTP to
 * loopback) and only to the registry's own host (any port: a token service beside the registry)
 * or a known pairing. A realm elsewhere is asked for an anonymous token.
 */
function realmMayReceiveCredentials(realm, registryHost) {
    if (realm.protocol !== 'https:' &&
        !(realm.protocol === 'http:' && (0,credential_origin/* isLoopbackHostname */.pq)(realm.hostname)))
        return false;
    const host = new URL(`http://${registryHost}`).hostname.toLowerCase();
    const target = realm.hostname.toLowerCase();
    return target === host || (KNOWN_REALM_HOSTS[host] ?? []).includes(target);
}
/** Parse the first challenge of a header value; undefined when there is none. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*(?:,|$)/gy;
    const rest = m[2];
    let match;
    while (re.lastIndex < rest.length && (match = re.exec(rest)) !== null) {
        params[match[1].toLowerCase()] =
            match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    }
    return { scheme: m[1].toLowerCase(), params };
}

// EXTERNAL MODULE: ./lib/core/bounded-body.js
var bounded_body = __webpack_require__(77671);
// EXTERNAL MODULE: ./lib/net/retry-after.js
var retry_after = __webpack_require__(9670);
;// CONCATENATED MODULE: ./lib/oci/http.js
/**
 * One HTTP exchange with a deadline, a byte cap, manual redirects and retries of 429/5xx with
 * backoff (honouring Retry-After) \u2014 the registry client's transport.
 */

class TransportError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'TransportError';
    }
}
async function readCapped(res, maxBytes, label) {
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new TransportError(`${label}: the response is ${declared} bytes, more than the limit of ${maxBytes}`, 'too-large');
    }
    try {
        return new Uint8Array(await (0,bounded_body/* readBody */.x)(res.body, maxBytes));
    }
    catch (err) {
        if (err instanceof bounded_body/* BodyTooLargeError */.A) {
            throw new TransportError(`${label}: the response exceeds the limit of ${maxBytes} bytes`, 'too-large');
        }
        throw err;
    }
}
/** One request, no retry. Throws TransportError on timeout, network failure or oversize. */
async function exchange(url, o) {
    const remaining = o.deadline - Date.now();
    if (remaining <= 0)
        throw new TransportError(`${o.label}: out of time (timeout-seconds)`, 'timeout');
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), remaining);
    try {
        const res = await fetch(url, {
            method: o.method ?? 'GET',
            headers: o.headers,
            body: o.body,
            redirect: 'manual',
            signal: ac.signal
        });
        const body = await readCapped(res, o.maxBytes, o.label);
        return { status: res.status, headers: res.headers, body, url };
    }
    catch (err) {
        if (err instanceof TransportError)
            throw err;
        if (ac.signal.aborted) {
            throw new TransportError(`${o.label}: no complete answer within the time left (timeout-seconds)`, 'timeout');
        }
        const cause = err.cause;
        throw new TransportError(`${o.label}: ${cause?.code ?? ''} ${cause?.message ?? err.message}`.trim(), 'network');
    }
    finally {
        clearTimeout(timer);
    }
}
/** Seconds (or an HTTP date) from Retry-After, as milliseconds (one parser, src/net). */

function isRetryable(status) {
    return status === 429 || (status >= 500 && status <= 599);
}
const MAX_ATTEMPTS = 5;
/** The wait before attempt `n` (1-based retry count): 200 ms doubling, or Retry-After. */
function backoffMs(retry, retryAfter) {
    if (retryAfter !== undefined)
        return retryAfter;
    return Math.min(200 * 2 ** (retry - 1), 5000);
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./lib/oci/registry.js
/**
 * A read-only OCI distribution client: manifests and blobs verified by digest, the referrers API
 * with `Link` pagination and `OCI-Filters-Applied`, Basic and Bearer-token auth (tokens cached per
 * scope, re-solved on `insufficient_scope`), 429/5xx retried within the deadline. Every request is
 * recorded as evidence. No redirects are followed except for blob downloads. Credentials follow
 * the one rule of src/net/credential-origin.ts: only to the registry's origin (a blob redirect
 * to a CDN goes without them, and they are not re-attached if the chain comes back), a
 * `Link` page on another origin is refused, and a token realm gets the username and password
 * only on the registry's host (src/oci/challenge.ts); elsewhere the token is asked anonymously.
 */







class RegistryError extends Error {
    help;
    constructor(message, help) {
        super(message);
        this.help = help;
        this.name = 'RegistryError';
    }
}
function errorCodes(res, scrub = (t) => t) {
    try {
        const doc = JSON.parse(scrub(new TextDecoder().decode(res.body)));
        const codes = (doc.errors ?? []).map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim());
        if (codes.length)
            return ` (${codes.join('; ').slice(0, 200)})`;
    }
    catch {
        // not a JSON error body
    }
    // Scrubbed before it is cut: a credential split by the cut would escape the redactor.
    const text = scrub(new TextDecoder().decode(res.body.slice(0, 64 * 1024)))
        .slice(0, 80)
        .replace(/\s+/g, ' ')
        .trim();
    return text ? ` (${text})` : '';
}
/** The `rel="next"` target of a Link header, resolved against the request URL (one parser). */

class RegistryClient {
    o;
    requests = [];
    location;
    base;
    repo;
    authorization;
    tokens = new Map();
    pendingTokens = new Map();
    created = performance.now();
    constructor(o) {
        this.o = o;
        if (o.insecure && !(0,reference/* isLoopbackHost */.cW)(o.ref.apiHost)) {
            throw new RegistryError(`insecure (plain HTTP) is allowed only for 127.0.0.1, ::1 or localhost, not ${o.ref.apiHost}`, 'Remove insecure: true; registries elsewhere are reached over HTTPS.');
        }
        this.base = `${o.insecure ? 'http' : 'https'}://${o.ref.apiHost}`;
        this.repo = o.ref.repository;
        this.location = `${o.ref.registry}/${o.ref.repository}`;
    }
    record(method, url, status, t0) {
        const u = new URL(url);
        const path = u.origin === this.base ? u.pathname + u.search : u.origin + u.pathname;
        this.requests.push({
            method,
            path,
            status,
            ms: Math.round(performance.now() - t0),
            at: Math.round((t0 - this.created) * 100) / 100
        });
    }
    /** The server's text without any credential this client holds, in any encoding it sends. */
    scrub = (text) => {
        const c = this.o.credentials;
        const held = [c?.password, this.basicHeader()?.slice('Basic '.length), ...this.tokens.values()];
        let out = text;
        for (const s of held) {
            if (!s || s.length < 4)
                continue;
            for (const form of new Set([s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]))
                out = out.split(form).join('***');
        }
        return out;
    };
    basicHeader() {
        const c = this.o.credentials;
        if (!c)
            return undefined;
        return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
    }
    async fetchToken(ch, scope, label) {
        const realm = ch.params.realm;
        if (!realm)
            throw new RegistryError(`${label}: Bearer challenge without a realm`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new RegistryError(`${label}: Bearer challenge realm '${realm}' is not a URL`);
        }
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,reference/* isLoopbackHost */.cW)(url.host))) {
            throw new RegistryError(`${label}: token realm ${url.origin} is not HTTPS; refusing to use it`);
        }
        if (ch.params.service)
            url.searchParams.set('service', ch.params.service);
        if (scope)
            url.searchParams.set('scope', scope);
        const headers = { Accept: 'application/json' };
        const basic = this.basicHeader();
        const trusted = realmMayReceiveCredentials(url, this.o.ref.apiHost);
        if (basic && trusted)
            headers.Authorization = basic;
        else if (basic) {
            this.o.log(`${label}: token realm ${url.origin} is not on the registry's host ${this.o.ref.apiHost}; asking it for an anonymous token (the credentials stay with the registry)`);
        }
        const t0 = performance.now();
        let res;
        try {
            res = await exchange(url.toString(), {
                headers,
                maxBytes: 1024 * 1024,
                deadline: this.o.deadline,
                label: `token request to ${url.origin}${url.pathname}`
            });
        }
        catch (err) {
            this.record('GET', url.toString(), err instanceof TransportError && err.kind === 'timeout' ? 'timeout' : 'network-error', t0);
            throw new RegistryError(err.message);
        }
        this.record('GET', url.toString(), res.status, t0);
        if (res.status === 401 || res.status === 403) {
            throw new RegistryError(this.o.credentials && !trusted
                ? `the token service ${url.origin}${url.pathname} refused an anonymous token (${res.status}) for scope '${scope}'; the credentials were not sent there because it is not on the registry's host ${this.o.ref.apiHost}`
                : this.o.credentials
                    ? `the token service ${url.origin}${url.pathname} rejected the credentials of user '${this.o.credentials.username}' (${res.status}) for scope '${scope}'`
                    : `the token service ${url.origin}${url.pathname} refused an anonymous token (${res.status}) for scope '${scope}'`, 'Set username and password (or a token as password) that may pull this repository.');
        }
        if (res.status !== 200) {
            throw new RegistryError(`token service ${url.origin}${url.pathname} answered ${res.status}${errorCodes(res, this.scrub)}`);
        }
        let token;
        try {
            const doc = JSON.parse(new TextDecoder().decode(res.body));
            token = doc.token ?? doc.access_token;
        }
        catch {
            throw new RegistryError(`token service ${url.origin}${url.pathname} did not answer JSON`);
        }
        if (typeof token !== 'string' || token === '') {
            throw new RegistryError(`token service ${url.origin}${url.pathname} answered without a token`);
        }
        this.o.secret(token);
        return token;
    }
    /** React to a 401: choose credentials for the challenge, or explain why there are none. */
    async authorize(res, label, sent) {
        const ch = parseChallenge(res.headers.get('www-authenticate'));
        if (!ch)
            throw new RegistryError(`${label}: 401 Unauthorized without a WWW-Authenticate challenge`);
        if (ch.scheme === 'basic') {
            const basic = this.basicHeader();
            if (!basic) {
                throw new RegistryError(`${label}: the registry asks for credentials (Basic realm "${ch.params.realm ?? ''}") and none were given`, 'Set username and password for the registry.');
            }
            if (sent === basic) {
                throw new RegistryError(`${label}: the registry rejected the credentials of user '${this.o.credentials?.username}' (401)`, 'Check username and password.');
            }
            if (this.base.startsWith('http:') && !(0,reference/* isLoopbackHost */.cW)(this.o.ref.apiHost)) {
                throw new RegistryError(`${label}: refusing to send credentials over plain HTTP`);
            }
            this.authorization = basic;
            return;
        }
        if (ch.scheme !== 'bearer') {
            throw new RegistryError(`${label}: unsupported authentication scheme '${ch.scheme}'`);
        }
        const scope = ch.params.scope ?? `repository:${this.repo}:pull`;
        const cached = this.tokens.get(scope);
        if (cached && sent === `Bearer ${cached}`) {
            throw new RegistryError(ch.params.error === 'insufficient_scope'
                ? `${label}: the token for scope '${scope}' was refused (insufficient_scope)`
                : `${label}: the registry rejected its own token for scope '${scope}' (401${ch.params.error ? ` ${ch.params.error}` : ''})`, 'The credentials may not pull this repository; check username/password and the repository name.');
        }
        // Concurrent requests that meet the same challenge share one token request.
        let pending = this.pendingTokens.get(scope);
        if (!cached && !pending) {
            pending = this.fetchToken(ch, scope, label).finally(() => this.pendingTokens.delete(scope));
            this.pendingTokens.set(scope, pending);
        }
        const token = cached ?? (await pending);
        this.tokens.set(scope, token);
        this.authorization = `Bearer ${token}`;
    }
    async request(path, o) {
        let hop = {
            url: new URL(path.startsWith('http') ? path : this.base + path),
            withCredential: true
        };
        let url = hop.url.toString();
        const method = o.method ?? 'GET';
        const label = `${method} ${hop.url.pathname}${hop.url.search}`;
        let retries = 0;
        let auths = 0;
        let redirects = 0;
        for (;;) {
            const headers = {};
            if (o.accept)
                headers.Accept = o.accept;
            if (o.contentType)
                headers['Content-Type'] = o.contentType;
            const sameOrigin = hop.withCredential;
            const sent = sameOrigin ? this.authorization : undefined;
            if (sent)
                headers.Authorization = sent;
            const t0 = performance.now();
            let res;
            try {
                res = await exchange(url, {
                    method,
                    headers,
                    body: o.body,
                    maxBytes: o.maxBytes,
                    deadline: this.o.deadline,
                    label
                });
            }
            catch (err) {
                const kind = err instanceof TransportError ? err.kind : 'network';
                this.record(method, url, kind === 'timeout' ? 'timeout' : 'network-error', t0);
                if (kind === 'network' &&
                    retries < 2 &&
                    Date.now() + backoffMs(retries + 1) < this.o.deadline) {
                    retries++;
                    await sleep(backoffMs(retries));
                    continue;
                }
                throw new RegistryError(err.message, kind === 'timeout'
                    ? 'The registry did not answer in time; raise timeout-seconds or check the registry.'
                    : kind === 'too-large'
                        ? 'The document is larger than any sane manifest or attestation; the registry or the artifact is wrong.'
                        : 'Check the registry address (and insecure for a plain-HTTP local registry).');
            }
            this.record(method, url, res.status, t0);
            if (res.status === 401 && sameOrigin) {
                if (++auths > 3)
                    throw new RegistryError(`${label}: still 401 after ${auths - 1} authentications`);
                await this.authorize(res, label, sent);
                continue;
            }
            if (isRetryable(res.status)) {
                retries++;
                const wait = backoffMs(retries, (0,retry_after/* retryAfterMs */.V)(res.headers.get('retry-after')));
                if (retries >= MAX_ATTEMPTS || Date.now() + wait >= this.o.deadline) {
                    throw new RegistryError(`${label}: ${res.status}${errorCodes(res, this.scrub)} on ${retries} attempt${retries === 1 ? '' : 's'}; ${Date.now() + wait >= this.o.deadline
                        ? `the next retry (in ${Math.round(wait / 1000)} s) would pass timeout-seconds`
                        : 'giving up'}`, 'The registry is overloaded or failing; this is not read as "no referrers". Retry later or raise timeout-seconds.');
                }
                this.o.log(`${label}: ${res.status}, retry ${retries} in ${wait} ms`);
                await sleep(wait);
                continue;
            }
            if (o.followRedirects &&
                res.status >= 300 &&
                res.status < 400 &&
                res.headers.get('location')) {
                if (++redirects > 5)
                    throw new RegistryError(`${label}: more than 5 redirects`);
                try {
                    hop = (0,credential_origin/* redirectHop */.I3)(hop, res.headers.get('location'), this.base, 'drop-credential', label);
                }
                catch (err) {
                    if (err instanceof credential_origin/* CrossOriginError */.zN)
                        throw new RegistryError(err.message);
                    throw err;
                }
                url = hop.url.toString();
                continue;
            }
            return res;
        }
    }
    unexpected(res, label) {
        if (res.status === 403) {
            return new RegistryError(`${label}: 403 Forbidden${errorCodes(res, this.scrub)}`, 'The credentials may not pull this repository.');
        }
        return new RegistryError(`${label}: unexpected status ${res.status}${errorCodes(res, this.scrub)}`);
    }
    async manifest(reference) {
        const path = `/v2/${this.repo}/manifests/${reference}`;
        const res = await this.request(path, { accept: MANIFEST_ACCEPT, maxBytes: MAX_MANIFEST_BYTES });
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.unexpected(res, `GET ${path}`);
        const computed = (0,oci_digest/* digestOf */.ol)(res.body, (0,oci_digest/* isDigest */.Bc)(reference) ? reference : 'sha256:');
        if ((0,oci_digest/* isDigest */.Bc)(reference) && computed !== reference) {
            throw new ContentError(`GET ${path}: digest mismatch: expected ${reference}, the bytes served hash to ${computed}`);
        }
        const header = res.headers.get('docker-content-digest');
        if (header &&
            (0,oci_digest/* isDigest */.Bc)(header) &&
            header.split(':')[0] === computed.split(':')[0] &&
            header !== computed) {
            throw new ContentError(`GET ${path}: Docker-Content-Digest says ${header}, the bytes served hash to ${computed}`);
        }
        const manifest = parseManifest(res.body, `manifest ${reference}`, res.headers.get('content-type') ?? undefined);
        return {
            digest: computed,
            mediaType: manifest.mediaType ?? '',
            size: res.body.byteLength,
            manifest
        };
    }
    async blob(d, maxBytes) {
        if (d.size > maxBytes) {
            throw new ContentError(`blob ${d.digest} is ${d.size} bytes, more than the limit of ${maxBytes}`);
        }
        const path = `/v2/${this.repo}/blobs/${d.digest}`;
        const res = await this.request(path, { maxBytes, followRedirects: true });
        if (res.status === 404)
            throw new ContentError(`GET ${path}: the blob does not exist (404)`);
        if (res.status !== 200)
            throw this.unexpected(res, `GET ${path}`);
        const computed = (0,oci_digest/* digestOf */.ol)(res.body, d.digest);
        if (computed !== d.digest) {
            throw new ContentError(`GET ${path}: digest mismatch: expected ${d.digest}, the bytes served hash to ${computed}`);
        }
        if (res.body.byteLength !== d.size) {
            throw new ContentError(`GET ${path}: size mismatch: the descriptor says ${d.size}, got ${res.body.byteLength}`);
        }
        return res.body;
    }
    /** Upload a blob (monolithic: POST then PUT with the digest); a blob already there is kept. */
    async pushBlob(bytes) {
        const digest = (0,oci_digest/* digestOf */.ol)(bytes, 'sha256:');
        const head = `/v2/${this.repo}/blobs/uploads/`;
        const start = await this.request(head, { method: 'POST', maxBytes: 64 * 1024 });
        if (start.status !== 202)
            throw this.unexpected(start, `POST ${head}`);
        const location = start.headers.get('location');
        if (!location)
            throw new RegistryError(`POST ${head}: 202 without a Location to upload to`);
        const target = new URL(location, this.base);
        if (target.origin !== this.base)
            throw new RegistryError(`POST ${head}: the upload location ${target.origin} is another origin; refusing to send the blob there`);
        target.searchParams.set('digest', digest);
        const put = await this.request(target.toString(), {
            method: 'PUT',
            body: bytes,
            contentType: 'application/octet-stream',
            maxBytes: 64 * 1024
        });
        if (put.status !== 201)
            throw this.unexpected(put, `PUT ${target.pathname}`);
        return { mediaType: 'application/octet-stream', digest, size: bytes.byteLength };
    }
    /** PUT a manifest or index under a digest or tag; returns its digest. */
    async pushManifest(reference, bytes, mediaType) {
        const path = `/v2/${this.repo}/manifests/${reference}`;
        const res = await this.request(path, {
            method: 'PUT',
            body: bytes,
            contentType: mediaType,
            maxBytes: 64 * 1024
        });
        if (res.status !== 201)
            throw this.unexpected(res, `PUT ${path}`);
        const digest = (0,oci_digest/* digestOf */.ol)(bytes, 'sha256:');
        const header = res.headers.get('docker-content-digest');
        if (header && header !== digest)
            throw new ContentError(`PUT ${path}: the registry says it stored ${header}; the bytes sent hash to ${digest}`);
        return digest;
    }
    async referrers(digest, artifactType) {
        let url = `${this.base}/v2/${this.repo}/referrers/${digest}`;
        if (artifactType)
            url += `?artifactType=${encodeURIComponent(artifactType)}`;
        const descriptors = [];
        let filtered = true;
        let pages = 0;
        const seen = new Set();
        while (url) {
            if (++pages > MAX_REFERRER_PAGES) {
                throw new RegistryError(`referrers of ${digest}: more than ${MAX_REFERRER_PAGES} pages; giving up`);
            }
            const res = await this.request(url, { accept: media_types_OCI_INDEX, maxBytes: MAX_MANIFEST_BYTES });
            const label = `GET ${new URL(url).pathname}`;
            if (pages === 1) {
                if (res.status === 404)
                    return { supported: false, reason: `404${errorCodes(res, this.scrub)}`, descriptors: [] };
                if (res.status >= 300 && res.status < 400) {
                    return {
                        supported: false,
                        reason: `${res.status} redirect to ${res.headers.get('location') ?? '?'} (not followed)`,
                        descriptors: []
                    };
                }
                const ct = (res.headers.get('content-type') ?? '').split(';')[0].trim();
                if (res.status === 200 && ct !== media_types_OCI_INDEX) {
                    return {
                        supported: false,
                        reason: `200 with Content-Type '${ct}', not an image index`,
                        descriptors: []
                    };
                }
            }
            if (res.status !== 200)
                throw this.unexpected(res, label);
            const index = parseManifest(res.body, `referrers list page ${pages} of ${digest}`);
            const applied = (res.headers.get('oci-filters-applied') ?? '')
                .split(',')
                .map((s) => s.trim())
                .includes('artifactType');
            const legacy = (index.annotations?.['org.opencontainers.referrers.filtersApplied'] ?? '')
                .split(',')
                .includes('artifactType');
            if (!applied && !legacy)
                filtered = false;
            for (const d of index.manifests ?? []) {
                if (seen.has(d.digest))
                    continue; // zot can list a referrer twice
                seen.add(d.digest);
                descriptors.push(d);
            }
            let next;
            try {
                next = (0,credential_origin/* nextPage */.Zj)(res.headers.get('link'), url, this.base, label);
            }
            catch (err) {
                if (err instanceof credential_origin/* CrossOriginError */.zN)
                    throw new RegistryError(err.message);
                throw err;
            }
            url = next ?? '';
        }
        return { supported: true, descriptors, filtered: artifactType ? filtered : undefined, pages };
    }
}

// EXTERNAL MODULE: ./lib/evidence/canonical.js
var canonical = __webpack_require__(13431);
// EXTERNAL MODULE: ./lib/evidence/format.js
var format = __webpack_require__(54934);
;// CONCATENATED MODULE: ./lib/evidence/referrer.js
/**
 * The signed evidence as an OCI referrer of the image, through the hub's registry client: a
 * manifest (artifactType: Sigstore bundle v0.3, annotated with the predicate type as
 * actions/attest does) whose `subject` is the image and whose one layer is the bundle. Where the
 * registry has no referrers API (distribution 2.8), the `sha256-<hex>` fallback tag's index is
 * updated too, and read back the same way on discovery.
 */









function clientFor(a) {
    const ref = (0,reference/* parseReference */.F2)(a.image);
    if (typeof ref === 'string')
        throw new errors/* GateError */.ue(`image '${a.image}': ${ref}`, 'Give registry/repository@sha256:<hex>.');
    if (!ref.digest)
        throw new errors/* GateError */.ue(`image '${a.image}' has no digest`, 'Give the image by digest: registry/repository@sha256:<hex>.');
    return {
        client: new RegistryClient({
            ref,
            insecure: a.insecure,
            credentials: a.credentials,
            deadline: a.deadline,
            secret: a.secret,
            log: a.log
        }),
        ref: ref
    };
}
function wrap(err, what) {
    if (err instanceof RegistryError)
        throw new errors/* GateError */.ue(`${what}: ${err.message}`, err.help ?? 'Check the image, the registry and its credentials.');
    if (err instanceof ContentError)
        throw new errors/* GateError */.ue(`${what}: ${err.message}`, 'The registry served content that does not match its digest.');
    throw err;
}
async function pushEvidenceReferrer(a) {
    const { client, ref } = clientFor(a);
    try {
        const image = await client.manifest(ref.digest);
        if (!image)
            throw new GateError(`image ${a.image} does not exist in the registry`, 'Push the image first; the evidence refers to it.');
        const empty = await client.pushBlob(Buffer.from('{}'));
        const layer = await client.pushBlob(Buffer.from(a.bundleText));
        const manifest = {
            schemaVersion: 2,
            mediaType: OCI_MANIFEST,
            artifactType: EVIDENCE_ARTIFACT_TYPE,
            config: { mediaType: OCI_EMPTY, digest: empty.digest, size: empty.size },
            layers: [{ mediaType: EVIDENCE_ARTIFACT_TYPE, digest: layer.digest, size: layer.size }],
            subject: { mediaType: image.mediaType, digest: image.digest, size: image.size },
            annotations: { [ANNOTATION_PREDICATE_TYPE]: PREDICATE_TYPE }
        };
        const bytes = canonicalBytes(manifest);
        const digest = await client.pushManifest(digestOf(bytes, 'sha256:'), bytes, OCI_MANIFEST);
        const listing = await client.referrers(image.digest);
        if (!listing.supported) {
            // The referrers tag schema: keep the index under sha256-<hex> listing every referrer.
            const tag = fallbackTag(image.digest);
            const existing = await client.manifest(tag);
            const manifests = (existing?.manifest.manifests ?? []).filter((d) => d.digest !== digest);
            manifests.push({
                mediaType: OCI_MANIFEST,
                digest,
                size: bytes.length,
                artifactType: EVIDENCE_ARTIFACT_TYPE,
                annotations: { [ANNOTATION_PREDICATE_TYPE]: PREDICATE_TYPE }
            });
            await client.pushManifest(tag, canonicalBytes({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }), OCI_INDEX);
        }
        return { digest, reference: `${ref.registry}/${ref.repository}@${digest}` };
    }
    catch (err) {
        wrap(err, `pushing the evidence referrer of ${a.image}`);
    }
}
/** Every evidence referrer of the image, each with its bundle or the reason it cannot be one. */
async function discoverEvidenceReferrers(a) {
    const { client, ref } = clientFor(a);
    try {
        let listing = await client.referrers(ref.digest, format/* EVIDENCE_ARTIFACT_TYPE */.eQ);
        if (!listing.supported) {
            const index = await client.manifest((0,oci_digest/* fallbackTag */.fH)(ref.digest));
            listing = { supported: false, descriptors: index?.manifest.manifests ?? [] };
        }
        const out = [];
        for (const d of listing.descriptors) {
            if (d.artifactType !== undefined && d.artifactType !== format/* EVIDENCE_ARTIFACT_TYPE */.eQ)
                continue;
            const m = await client.manifest(d.digest);
            if (!m) {
                out.push({
                    digest: d.digest,
                    problem: `referrer ${d.digest} is listed but does not exist`
                });
                continue;
            }
            if (m.manifest.artifactType !== format/* EVIDENCE_ARTIFACT_TYPE */.eQ)
                continue;
            const pt = m.manifest.annotations?.[format/* ANNOTATION_PREDICATE_TYPE */.nM];
            if (pt !== undefined && pt !== format/* PREDICATE_TYPE */.To)
                continue;
            if (m.manifest.subject?.digest !== ref.digest) {
                out.push({
                    digest: d.digest,
                    problem: `referrer ${d.digest} is about ${m.manifest.subject?.digest ?? '(no subject)'}, not ${ref.digest}`
                });
                continue;
            }
            const layer = (m.manifest.layers ?? []).find((l) => l.mediaType === format/* EVIDENCE_ARTIFACT_TYPE */.eQ);
            if (!layer) {
                out.push({
                    digest: d.digest,
                    problem: `referrer ${d.digest} has no ${format/* EVIDENCE_ARTIFACT_TYPE */.eQ} layer`
                });
                continue;
            }
            const blob = await client.blob(layer, format/* MAX_BUNDLE_BYTES */.Me);
            let bundle;
            try {
                bundle = (0,strict_json/* parseStrictJsonBytes */.ml)(blob, `referrer ${d.digest} bundle layer`);
            }
            catch (err) {
                if (!(err instanceof strict_json/* JsonDocumentError */.sT))
                    throw err;
                out.push({
                    digest: d.digest,
                    problem: `referrer ${d.digest}: the bundle layer is not a JSON document (${err.message})`
                });
                continue;
            }
            out.push({ digest: d.digest, bundle });
        }
        return out;
    }
    catch (err) {
        wrap(err, `discovering the evidence referrers of ${a.image}`);
    }
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


/***/ }),

/***/ 9670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ retryAfterMs)
/* harmony export */ });
/** `Retry-After` (RFC 9110 \u00a710.2.3): delay-seconds or an HTTP date, as milliseconds from now. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    const s = Number(value.trim());
    if (value.trim() !== '' && Number.isFinite(s) && s >= 0)
        return s * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}


/***/ })

};
