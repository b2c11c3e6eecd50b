export const id = 283;
export const ids = [283];
export const modules = {

/***/ 3283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  referrerPresence: () => (/* binding */ referrerPresence),
  targetsOf: () => (/* binding */ targetsOf)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/oci/digest.js
/** OCI digests: syntax, hashing and the referrers tag schema. */

const DIGEST_RE = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;
function isDigest(text) {
    return DIGEST_RE.test(text);
}
/** The digest of bytes with the algorithm of `like` (sha256 unless like is sha512). */
function digestOf(bytes, like = 'sha256:') {
    const alg = like.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${alg}:${(0,external_node_crypto_.createHash)(alg).update(bytes).digest('hex')}`;
}
function encoded(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
/** The referrers tag schema of distribution-spec 1.1: `<alg>-<first 64 chars of the encoded part>`. */
function fallbackTag(digest) {
    const [alg, enc] = digest.split(':');
    return `${alg.slice(0, 32)}-${enc.slice(0, 64)}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/oci/media-types.js
/** Media types and annotation keys of the OCI image/distribution specs and of the producers we read. */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
/** Sent on every manifest GET: distribution 2.8 serves OCI content only when Accept lists it. */
const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST].join(', ');
const INDEX_TYPES = new Set([OCI_INDEX, DOCKER_LIST]);
const MANIFEST_TYPES = new Set([OCI_MANIFEST, DOCKER_MANIFEST]);
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
/** Largest manifest or index we read (oras-go's MaxMetadataBytes; the spec asks for ≥ 4 MB support). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Largest attestation or SBOM layer we read. */
const MAX_BLOB_BYTES = 64 * 1024 * 1024;
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
    if (typeof digest !== 'string' || !isDigest(digest)) {
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

;// CONCATENATED MODULE: ./lib/oci/layout.js
/**
 * An OCI image-layout directory (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`) as a content
 * source: tags are `org.opencontainers.image.ref.name` annotations of index.json, and the
 * referrers of a digest are the manifests reachable from index.json whose `subject` is it.
 */






class LayoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LayoutError';
    }
}
/**
 * A layout file through the one bounded reader: a FIFO, device or directory where a blob should
 * be (or a symlink to one) is refused on the open descriptor, and the limit holds while reading.
 * A missing file is `undefined` (a blob the layout does not have); over the limit is ContentError.
 */
function readLayoutFile(file, max, what) {
    try {
        return (0,read_file/* readRegularFile */.XF)(file, { maxBytes: max, what: `input 'oci-layout': ${what}` });
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ && err.code === 'ENOENT')
            return undefined;
        if (err instanceof read_file/* FileReadError */.tJ && err.code === 'too-large') {
            throw new ContentError(`${what}: ${err.message}`);
        }
        throw err;
    }
}
class LayoutSource {
    requests = [];
    location;
    root;
    index;
    constructor(dir) {
        this.root = (0,external_node_path_.resolve)(dir);
        this.location = `oci-layout:${this.root}`;
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.root, 'index.json'))) {
            throw new LayoutError(`${this.root} is not an OCI image layout: it has no index.json`);
        }
    }
    note(path, status, t0) {
        this.requests.push({ method: 'READ', path, status, ms: Math.round(performance.now() - t0) });
    }
    topIndex() {
        if (!this.index) {
            const t0 = performance.now();
            const bytes = readLayoutFile((0,external_node_path_.join)(this.root, 'index.json'), MAX_MANIFEST_BYTES, 'index.json');
            if (!bytes)
                throw new LayoutError(`${this.root} has no index.json`);
            this.note('index.json', 200, t0);
            this.index = parseManifest(bytes, `${this.root}/index.json`);
            if (!this.index.manifests)
                throw new ContentError(`${this.root}/index.json has no manifests list`);
        }
        return this.index;
    }
    blobPath(digest) {
        return (0,external_node_path_.join)(this.root, 'blobs', digest.split(':')[0], encoded(digest));
    }
    readBlob(digest, max) {
        const file = this.blobPath(digest);
        const t0 = performance.now();
        const bytes = readLayoutFile(file, max, `blob ${digest}`);
        if (!bytes) {
            this.note(`blobs/${digest.replace(':', '/')}`, 404, t0);
            return undefined;
        }
        this.note(`blobs/${digest.replace(':', '/')}`, 200, t0);
        const computed = digestOf(bytes, digest);
        if (computed !== digest) {
            throw new ContentError(`blob ${digest} in ${this.root}: digest mismatch: the file hashes to ${computed}`);
        }
        return bytes;
    }
    async manifest(reference) {
        let digest = reference;
        if (!isDigest(reference)) {
            const named = (this.topIndex().manifests ?? []).filter((d) => d.annotations?.[ANNOTATION_REF_NAME] === reference);
            const digests = [...new Set(named.map((d) => d.digest))];
            if (digests.length === 0)
                return undefined;
            if (digests.length > 1) {
                // Which one is "the image"? Taking the first would let whoever orders index.json choose.
                throw new LayoutError(`${this.root}/index.json: the tag '${reference}' (${ANNOTATION_REF_NAME}) names ${digests.length} different manifests: ${digests.join(', ')}; a tag must name one manifest`);
            }
            digest = digests[0];
        }
        const bytes = this.readBlob(digest, MAX_MANIFEST_BYTES);
        if (!bytes)
            return undefined;
        const manifest = parseManifest(bytes, `manifest ${digest}`);
        return { digest, mediaType: manifest.mediaType ?? '', size: bytes.byteLength, manifest };
    }
    async blob(d, maxBytes) {
        if (d.size > maxBytes) {
            throw new ContentError(`blob ${d.digest} is ${d.size} bytes, more than the limit of ${maxBytes}`);
        }
        const bytes = this.readBlob(d.digest, maxBytes);
        if (!bytes)
            throw new ContentError(`blob ${d.digest} is missing from ${this.root}`);
        if (bytes.byteLength !== d.size) {
            throw new ContentError(`blob ${d.digest}: size mismatch: the descriptor says ${d.size}, the file has ${bytes.byteLength}`);
        }
        return bytes;
    }
    /** Manifests named by index.json and by the indexes it names (one level), with their subjects. */
    async referrers(digest, artifactType) {
        const found = new Map();
        const visit = (entries, depth) => {
            for (const d of entries) {
                if (found.has(d.digest))
                    continue;
                const bytes = this.readBlob(d.digest, MAX_MANIFEST_BYTES);
                if (!bytes)
                    continue;
                const m = parseManifest(bytes, `manifest ${d.digest}`);
                if (m.subject?.digest === digest) {
                    const at = declaredArtifactType(m);
                    if (!artifactType || at === artifactType) {
                        found.set(d.digest, {
                            mediaType: m.mediaType ?? d.mediaType,
                            digest: d.digest,
                            size: bytes.byteLength,
                            ...(at ? { artifactType: at } : {}),
                            ...(m.annotations ? { annotations: m.annotations } : {})
                        });
                    }
                }
                if (isIndex(m) && depth < 1 && m.manifests)
                    visit(m.manifests, depth + 1);
            }
        };
        visit(this.topIndex().manifests ?? [], 0);
        return {
            supported: true,
            descriptors: [...found.values()],
            filtered: artifactType ? true : undefined,
            pages: 1
        };
    }
}

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
 * backoff (honouring Retry-After) — the registry client's transport.
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

;// CONCATENATED MODULE: ./lib/oci/reference.js
/** Image references: `registry/repository[:tag][@digest]`, normalised the way docker and oras do. */

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Parse a reference; returns a reason string instead of throwing when it is malformed. */
function parseReference(text) {
    const ref = text.trim();
    if (ref === '')
        return 'the reference is empty';
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            return `'${digest}' is not a digest (expected sha256:<64 hex>)`;
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            return `'${tag}' is not a valid tag`;
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
        registry = parts.shift();
    }
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    if (registry === 'docker.io' && parts.length === 1)
        parts.unshift('library');
    for (const p of parts) {
        if (!COMPONENT.test(p))
            return `'${p}' is not a valid repository path component`;
    }
    if (!tag && !digest)
        return 'give a digest (@sha256:…) or a tag';
    return {
        registry,
        apiHost: registry === 'docker.io' ? 'registry-1.docker.io' : registry,
        repository: parts.join('/'),
        tag,
        digest
    };
}
function formatReference(ref, digest = ref.digest) {
    return `${ref.registry}/${ref.repository}${digest ? `@${digest}` : `:${ref.tag}`}`;
}
/** Hosts that may be spoken to over plain HTTP (`insecure: true`). */
function isLoopbackHost(apiHost) {
    const bracketed = /^\[(.*)\](:\d+)?$/.exec(apiHost);
    const host = bracketed ? bracketed[1] : apiHost.replace(/:\d+$/, '');
    return host === '127.0.0.1' || host === 'localhost' || host === '::1';
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
    constructor(o) {
        this.o = o;
        if (o.insecure && !isLoopbackHost(o.ref.apiHost)) {
            throw new RegistryError(`insecure (plain HTTP) is allowed only for 127.0.0.1, ::1 or localhost, not ${o.ref.apiHost}`, 'Remove insecure: true; registries elsewhere are reached over HTTPS.');
        }
        this.base = `${o.insecure ? 'http' : 'https'}://${o.ref.apiHost}`;
        this.repo = o.ref.repository;
        this.location = `${o.ref.registry}/${o.ref.repository}`;
    }
    record(method, url, status, t0) {
        const u = new URL(url);
        const path = u.origin === this.base ? u.pathname + u.search : u.origin + u.pathname;
        this.requests.push({ method, path, status, ms: Math.round(performance.now() - t0) });
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
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.host))) {
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
            if (this.base.startsWith('http:') && !isLoopbackHost(this.o.ref.apiHost)) {
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
        const token = cached ?? (await this.fetchToken(ch, scope, label));
        this.tokens.set(scope, token);
        this.authorization = `Bearer ${token}`;
    }
    async request(path, o) {
        let hop = {
            url: new URL(path.startsWith('http') ? path : this.base + path),
            withCredential: true
        };
        let url = hop.url.toString();
        const label = `GET ${hop.url.pathname}${hop.url.search}`;
        let retries = 0;
        let auths = 0;
        let redirects = 0;
        for (;;) {
            const headers = {};
            if (o.accept)
                headers.Accept = o.accept;
            const sameOrigin = hop.withCredential;
            const sent = sameOrigin ? this.authorization : undefined;
            if (sent)
                headers.Authorization = sent;
            const t0 = performance.now();
            let res;
            try {
                res = await exchange(url, {
                    headers,
                    maxBytes: o.maxBytes,
                    deadline: this.o.deadline,
                    label
                });
            }
            catch (err) {
                const kind = err instanceof TransportError ? err.kind : 'network';
                this.record('GET', url, kind === 'timeout' ? 'timeout' : 'network-error', t0);
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
            this.record('GET', url, res.status, t0);
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
        const computed = digestOf(res.body, isDigest(reference) ? reference : 'sha256:');
        if (isDigest(reference) && computed !== reference) {
            throw new ContentError(`GET ${path}: digest mismatch: expected ${reference}, the bytes served hash to ${computed}`);
        }
        const header = res.headers.get('docker-content-digest');
        if (header &&
            isDigest(header) &&
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
        const computed = digestOf(res.body, d.digest);
        if (computed !== d.digest) {
            throw new ContentError(`GET ${path}: digest mismatch: expected ${d.digest}, the bytes served hash to ${computed}`);
        }
        if (res.body.byteLength !== d.size) {
            throw new ContentError(`GET ${path}: size mismatch: the descriptor says ${d.size}, got ${res.body.byteLength}`);
        }
        return res.body;
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
            const res = await this.request(url, { accept: OCI_INDEX, maxBytes: MAX_MANIFEST_BYTES });
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
                if (res.status === 200 && ct !== OCI_INDEX) {
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

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
;// CONCATENATED MODULE: ./lib/gates/referrer-presence/content.js
/**
 * What a layer's bytes prove about an image digest: in-toto statements (raw, in a DSSE envelope,
 * or in a Sigstore bundle) must name the digest in their own `subject`; cosign simple-signing
 * payloads must name it as `docker-manifest-digest`; SBOM documents must be what their media type says.
 */




/** Whether the gate knows how to read a layer of this media type. */
function isAnalysable(mediaType) {
    return (mediaType === IN_TOTO ||
        mediaType === DSSE_ENVELOPE ||
        isSigstoreBundleType(mediaType) ||
        mediaType === COSIGN_SIMPLESIGNING ||
        SPDX_TYPES.has(mediaType) ||
        CYCLONEDX_TYPES.has(mediaType));
}
function json(bytes, what) {
    let doc;
    try {
        doc = (0,strict_json/* parseStrictJsonBytes */.ml)(bytes, what);
    }
    catch (err) {
        // A duplicate key (`"predicateType"` twice) is named; other problems stay short.
        return err instanceof strict_json/* JsonDocumentError */.sT && err.pointer !== undefined
            ? err.message
            : `${what} is not valid JSON`;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return `${what} is not a JSON object`;
    return doc;
}
function kindsOfPredicate(predicateType) {
    const kinds = ['in-toto'];
    if (predicateType.startsWith(PREDICATE_SPDX))
        kinds.push('spdx');
    if (predicateType.startsWith(PREDICATE_CYCLONEDX))
        kinds.push('cyclonedx');
    if (predicateType.startsWith(PREDICATE_SLSA_PREFIX))
        kinds.push('slsa-provenance');
    if (predicateType === PREDICATE_COSIGN_SIGN)
        kinds.push('signature');
    return kinds;
}
/** An in-toto statement that must name `digest` among its subjects. */
function checkStatement(doc, digest) {
    const type = doc._type;
    if (typeof type !== 'string' || !type.startsWith('https://in-toto.io/Statement/')) {
        return `not an in-toto statement (_type is ${JSON.stringify(type ?? null)})`;
    }
    if (typeof doc.predicateType !== 'string' || doc.predicateType === '') {
        return 'the in-toto statement has no predicateType';
    }
    if (!Array.isArray(doc.subject) || doc.subject.length === 0)
        return 'the in-toto statement has no subject';
    const alg = digest.split(':')[0];
    const want = encoded(digest);
    const seen = [];
    for (const s of doc.subject) {
        const d = s?.digest;
        const v = d?.[alg];
        if (typeof v === 'string') {
            if (v.toLowerCase() === want) {
                return { kinds: kindsOfPredicate(doc.predicateType), predicateType: doc.predicateType };
            }
            seen.push(`${alg}:${v.slice(0, 16)}…`);
        }
    }
    return `the in-toto statement's subject is ${seen.length ? seen.join(', ') : 'no ' + alg + ' digest'}, expected ${digest}`;
}
function checkEnvelope(env, digest, what) {
    if (env.payloadType !== IN_TOTO) {
        return `${what} payloadType is ${JSON.stringify(env.payloadType ?? null)}, expected ${IN_TOTO}`;
    }
    if (!Array.isArray(env.signatures) || env.signatures.length === 0)
        return `${what} has no signatures`;
    if (typeof env.payload !== 'string')
        return `${what} has no payload`;
    const statement = json(Buffer.from(env.payload, 'base64'), `${what} payload`);
    if (typeof statement === 'string')
        return statement;
    return checkStatement(statement, digest);
}
/** What one layer proves about `digest`. */
function analyseLayer(mediaType, bytes, digest, annotations = {}) {
    if (mediaType === IN_TOTO) {
        const doc = json(bytes, 'the in-toto layer');
        return typeof doc === 'string' ? doc : checkStatement(doc, digest);
    }
    if (mediaType === DSSE_ENVELOPE) {
        const doc = json(bytes, 'the DSSE envelope');
        return typeof doc === 'string' ? doc : checkEnvelope(doc, digest, 'the DSSE envelope');
    }
    if (isSigstoreBundleType(mediaType)) {
        const doc = json(bytes, 'the Sigstore bundle');
        if (typeof doc === 'string')
            return doc;
        let bundle;
        try {
            bundle = (0,dist.bundleFromJSON)(doc);
            (0,dist.assertBundle)(bundle);
        }
        catch (err) {
            const fields = err.fields;
            return `not a valid Sigstore bundle (${err.message}${fields?.length ? `: ${fields.join(', ')}` : ''})`;
        }
        if (!(0,dist.isBundleWithDsseEnvelope)(bundle)) {
            return 'the Sigstore bundle holds a message signature, which cannot be tied to an image digest';
        }
        const env = bundle.content.dsseEnvelope;
        const v = checkEnvelope({
            payloadType: env.payloadType,
            payload: env.payload.toString('base64'),
            signatures: env.signatures
        }, digest, "the bundle's DSSE envelope");
        return typeof v === 'string' ? v : { ...v, kinds: [...v.kinds, 'sigstore-bundle'] };
    }
    if (mediaType === COSIGN_SIMPLESIGNING) {
        if (!annotations[ANNOTATION_COSIGN_SIGNATURE]) {
            return `the simple-signing layer has no ${ANNOTATION_COSIGN_SIGNATURE} annotation (no signature)`;
        }
        const doc = json(bytes, 'the simple-signing payload');
        if (typeof doc === 'string')
            return doc;
        const critical = doc.critical;
        const signed = critical?.image?.['docker-manifest-digest'];
        if (signed !== digest) {
            return `the signature is for ${JSON.stringify(signed ?? null)}, expected ${digest}`;
        }
        return { kinds: ['signature'] };
    }
    if (SPDX_TYPES.has(mediaType)) {
        if (mediaType === 'text/spdx') {
            const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
            return /^SPDXVersion:\s*SPDX-/m.test(text)
                ? { kinds: ['spdx'] }
                : 'the tag-value SPDX document has no SPDXVersion';
        }
        const doc = json(bytes, 'the SPDX document');
        if (typeof doc === 'string')
            return doc;
        return typeof doc.spdxVersion === 'string' && doc.spdxVersion.startsWith('SPDX-')
            ? { kinds: ['spdx'] }
            : `the SPDX document has no spdxVersion (spdxVersion is ${JSON.stringify(doc.spdxVersion ?? null)})`;
    }
    if (CYCLONEDX_TYPES.has(mediaType)) {
        if (mediaType.endsWith('+xml')) {
            const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
            return /<bom[\s>]/.test(text) && /cyclonedx\.org\/schema\/bom/.test(text)
                ? { kinds: ['cyclonedx'] }
                : 'the CycloneDX XML document has no <bom> in the CycloneDX namespace';
        }
        const doc = json(bytes, 'the CycloneDX document');
        if (typeof doc === 'string')
            return doc;
        return doc.bomFormat === 'CycloneDX'
            ? { kinds: ['cyclonedx'] }
            : `the CycloneDX document's bomFormat is ${JSON.stringify(doc.bomFormat ?? null)}, expected "CycloneDX"`;
    }
    return `no content check for ${mediaType}`;
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/verify.js
/**
 * Never trust an index entry: fetch the candidate's manifest by digest (the source verifies the
 * bytes), check its subject, take its artifact type from the manifest itself, and read the layers
 * the gate understands to see what they prove about the image digest.
 */



const CONVENTIONS = [
    'referrers-api',
    'tag-fallback',
    'cosign-tags',
    'buildx-index'
];
/** Config types of ordinary images (cosign legacy and BuildKit legacy manifests use them): not artifact types. */
const IMAGE_CONFIG_TYPES = new Set([
    'application/vnd.oci.image.config.v1+json',
    'application/vnd.docker.container.image.v1+json'
]);
/** The most layers of one artifact the gate reads. */
const MAX_LAYERS = 16;
/** Kinds an artifact of this declared type could prove (before reading it): for ordering work only. */
function plausibleKinds(artifactType) {
    if (isEmptyType(artifactType))
        return 'any';
    const t = artifactType;
    if (SPDX_TYPES.has(t))
        return new Set(['spdx']);
    if (CYCLONEDX_TYPES.has(t))
        return new Set(['cyclonedx']);
    if (t === NOTARY_SIGNATURE || t === COSIGN_SIG_ARTIFACT)
        return new Set(['signature']);
    if (t === IN_TOTO ||
        t === DSSE_ENVELOPE ||
        t === BUILDKIT_ATTESTATION ||
        isSigstoreBundleType(t)) {
        return new Set([
            'in-toto',
            'slsa-provenance',
            'spdx',
            'cyclonedx',
            'signature',
            'sigstore-bundle'
        ]);
    }
    return new Set([`type:${t}`]);
}
/** Which kinds a declared artifact type promises, so content that does not deliver is rejected. */
function promisedKind(artifactType) {
    if (SPDX_TYPES.has(artifactType))
        return 'spdx';
    if (CYCLONEDX_TYPES.has(artifactType))
        return 'cyclonedx';
    if (artifactType === IN_TOTO || artifactType === BUILDKIT_ATTESTATION)
        return 'in-toto';
    if (isSigstoreBundleType(artifactType))
        return 'sigstore-bundle';
    if (artifactType === COSIGN_SIG_ARTIFACT)
        return 'signature';
    return undefined;
}
async function inspectCandidate(o) {
    const reject = (reason) => ({
        ok: false,
        rejected: { digest: o.entry.digest, convention: o.convention, reason }
    });
    const fetched = o.fetched ?? (await o.source.manifest(o.entry.digest));
    if (!fetched)
        return reject('listed, but the manifest does not exist (404)');
    const m = fetched.manifest;
    const needsSubject = o.convention === 'referrers-api' || o.convention === 'tag-fallback';
    if (m.subject && m.subject.digest !== o.subject) {
        return reject(`its subject.digest is ${m.subject.digest}, expected ${o.subject}`);
    }
    if (needsSubject && !m.subject)
        return reject(`it has no subject, expected subject.digest ${o.subject}`);
    const artifactType = declaredArtifactType(m) ?? '';
    let mislabelled;
    if (!isEmptyType(o.entry.artifactType) && o.entry.artifactType !== artifactType) {
        mislabelled = `the index entry says artifactType ${o.entry.artifactType}, the manifest says ${artifactType || '(none)'}`;
    }
    const kinds = new Set();
    const predicateTypes = [];
    const problems = [];
    if (!isIndex(m)) {
        const layers = (m.layers ?? []).filter((l) => isAnalysable(l.mediaType)).slice(0, MAX_LAYERS);
        for (const layer of layers) {
            const bytes = await o.source.blob(layer, MAX_BLOB_BYTES);
            const v = analyseLayer(layer.mediaType, bytes, o.subject, layer.annotations);
            if (typeof v === 'string') {
                problems.push(`layer ${layer.digest.slice(0, 19)}… (${layer.mediaType}): ${v}`);
                continue;
            }
            for (const k of v.kinds)
                kinds.add(k);
            if (v.predicateType)
                predicateTypes.push(v.predicateType);
        }
    }
    if (artifactType === NOTARY_SIGNATURE && m.subject?.digest === o.subject)
        kinds.add('signature');
    const promised = promisedKind(artifactType);
    if (promised && !kinds.has(promised)) {
        return reject(`its artifactType is ${artifactType} but no layer is a valid ${promised} document about ${o.subject}` +
            (problems.length ? `: ${problems.join('; ')}` : ' (no readable layer)'));
    }
    if (problems.length && kinds.size === 0)
        return reject(problems.join('; '));
    if (artifactType && !promised && !IMAGE_CONFIG_TYPES.has(artifactType))
        kinds.add(`type:${artifactType}`);
    if (kinds.size === 0) {
        return reject(problems.length
            ? problems.join('; ')
            : `nothing in it can be checked (artifactType ${artifactType || 'none'})`);
    }
    return {
        ok: true,
        artifact: {
            digest: fetched.digest,
            convention: o.convention,
            artifactType,
            kinds: [...kinds],
            predicateTypes,
            ...(mislabelled ? { mislabelled } : {})
        }
    };
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/discover.js
/**
 * Finds and verifies the attachments of one target digest through the conventions in the order
 * given, stopping as soon as every requirement is met: the OCI 1.1 referrers API, the
 * `sha256-<hex>` fallback tag (only when the API is absent), cosign's `.sig/.att/.sbom` tags,
 * and BuildKit attestation manifests in the parent image index.
 */




const COSIGN_SUFFIXES = [
    { suffix: 'sig', kinds: ['signature'] },
    { suffix: 'att', kinds: ['in-toto', 'slsa-provenance', 'spdx', 'cyclonedx'] },
    { suffix: 'sbom', kinds: ['spdx', 'cyclonedx'] }
];
class Discovery {
    source;
    target;
    report;
    unmet;
    inspected = new Set();
    constructor(source, target, requirements) {
        this.source = source;
        this.target = target;
        this.unmet = new Map(requirements.map((r) => [r.kind, r]));
        this.report = {
            digest: target.digest,
            role: target.role,
            ...(target.platform ? { platform: target.platform } : {}),
            conventions: [],
            found: [],
            rejected: [],
            missing: [],
            notes: []
        };
    }
    get done() {
        return this.unmet.size === 0;
    }
    outcome(convention, outcome) {
        this.report.conventions.push({ convention, outcome });
    }
    wanted(artifactType) {
        const p = plausibleKinds(artifactType);
        if (p === 'any')
            return true;
        return [...p].some((k) => this.unmet.has(k));
    }
    /** Inspect candidates, the plausibly useful first, until every requirement is met. */
    async candidates(entries, convention) {
        // Specific types first (an SPDX artifact for spdx), then attestations that may carry it,
        // then entries with no usable type (old ggcr wrote the empty type): all get checked if needed.
        const rank = (e) => {
            const p = plausibleKinds(e.artifactType);
            return p === 'any' ? 2 : p.size <= 1 ? 0 : 1;
        };
        const ordered = [...entries].sort((a, b) => rank(a) - rank(b));
        let inspected = 0;
        for (const entry of ordered) {
            if (this.done)
                break;
            if (this.inspected.has(entry.digest) || !this.wanted(entry.artifactType))
                continue;
            this.inspected.add(entry.digest);
            inspected++;
            this.accept(await inspectCandidate({
                source: this.source,
                entry,
                subject: this.target.digest,
                convention
            }));
        }
        return inspected;
    }
    accept(r) {
        if (!r.ok) {
            this.report.rejected.push(r.rejected);
            return;
        }
        const a = r.artifact;
        if (a.mislabelled)
            this.report.notes.push(`${a.digest} (${a.convention}): ${a.mislabelled}`);
        const useful = a.kinds.filter((k) => this.unmet.has(k));
        if (useful.length === 0)
            return;
        this.report.found.push(a);
        for (const k of useful)
            this.unmet.delete(k);
    }
    async referrersApi(filterTypeWhenSingle) {
        const first = await this.source.referrers(this.target.digest, filterTypeWhenSingle);
        if (!first.supported) {
            this.outcome('referrers-api', `unsupported: ${first.reason}`);
            return false;
        }
        let listed = first.descriptors.length;
        let inspected = await this.candidates(first.descriptors, 'referrers-api');
        let how = `${listed} listed${first.pages && first.pages > 1 ? ` over ${first.pages} pages` : ''}`;
        if (filterTypeWhenSingle)
            how += first.filtered
                ? `, filtered by the registry on ${filterTypeWhenSingle}`
                : ', filter not applied by the registry';
        if (!this.done && filterTypeWhenSingle && first.filtered) {
            // An attestation of another artifactType may still satisfy the requirement.
            const all = await this.source.referrers(this.target.digest);
            listed = all.descriptors.length;
            inspected += await this.candidates(all.descriptors, 'referrers-api');
            how += `; then ${listed} listed unfiltered`;
        }
        this.outcome('referrers-api', `${how}, ${inspected} inspected`);
        return true;
    }
    async tagFallback() {
        const tag = fallbackTag(this.target.digest);
        const fetched = await this.source.manifest(tag);
        if (!fetched) {
            this.outcome('tag-fallback', `no tag ${tag} (404): no referrers this way`);
            return;
        }
        if (fetched.digest === this.target.digest) {
            this.report.notes.push(`tag ${tag} resolves to the image itself (a GitLab-style registry quirk); its children are not referrers`);
            this.outcome('tag-fallback', `tag ${tag} resolves to the image itself; ignored`);
            return;
        }
        if (!isIndex(fetched.manifest)) {
            this.report.notes.push(`tag ${tag} is a ${fetched.mediaType || 'manifest'}, not an image index; ignored`);
            this.outcome('tag-fallback', `tag ${tag} is not an image index; ignored`);
            return;
        }
        const seen = new Set();
        const entries = (fetched.manifest.manifests ?? []).filter((d) => !seen.has(d.digest) && seen.add(d.digest));
        const inspected = await this.candidates(entries, 'tag-fallback');
        this.outcome('tag-fallback', `tag ${tag} (${fetched.digest.slice(0, 19)}…) lists ${entries.length}, ${inspected} inspected`);
    }
    async cosignTags() {
        const parts = [];
        for (const { suffix, kinds } of COSIGN_SUFFIXES) {
            if (this.done)
                break;
            if (!kinds.some((k) => this.unmet.has(k)))
                continue;
            const tag = `${fallbackTag(this.target.digest)}.${suffix}`;
            const fetched = await this.source.manifest(tag);
            if (!fetched) {
                parts.push(`${suffix}: none`);
                continue;
            }
            parts.push(`${suffix}: ${fetched.digest.slice(0, 19)}…`);
            if (this.inspected.has(fetched.digest))
                continue;
            this.inspected.add(fetched.digest);
            this.accept(await inspectCandidate({
                source: this.source,
                entry: { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.size },
                fetched,
                subject: this.target.digest,
                convention: 'cosign-tags'
            }));
        }
        this.outcome('cosign-tags', parts.length ? parts.join(', ') : 'no tag needed');
    }
    async buildxIndex() {
        if (!this.target.parent) {
            this.outcome('buildx-index', 'not applicable (BuildKit attests platform manifests inside an index)');
            return;
        }
        const entries = (this.target.parent.manifests ?? []).filter((d) => d.annotations?.[ANNOTATION_REFERENCE_TYPE] === ATTESTATION_MANIFEST &&
            d.annotations?.[ANNOTATION_REFERENCE_DIGEST] === this.target.digest);
        const inspected = await this.candidates(entries, 'buildx-index');
        this.outcome('buildx-index', `${entries.length} attestation manifest${entries.length === 1 ? '' : 's'} for this platform, ${inspected} inspected`);
    }
    finish() {
        this.report.missing = [...this.unmet.values()].map((r) => r.name);
        return this.report;
    }
}
async function discover(source, target, requirements, conventions) {
    const d = new Discovery(source, target, requirements);
    const filter = requirements.length === 1 ? requirements[0].filterType : undefined;
    let api;
    for (const c of conventions) {
        if (d.done) {
            d.report.conventions.push({
                convention: c,
                outcome: 'skipped: every requirement already met'
            });
            continue;
        }
        if (c === 'referrers-api')
            api = await d.referrersApi(filter);
        else if (c === 'tag-fallback') {
            if (api === true) {
                d.report.conventions.push({
                    convention: c,
                    outcome: 'skipped: the referrers API answered (it includes fallback-tag referrers per the spec)'
                });
            }
            else
                await d.tagFallback();
        }
        else if (c === 'cosign-tags')
            await d.cosignTags();
        else
            await d.buildxIndex();
    }
    return d.finish();
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/requirements.js
/** The `require` input: which kinds of attachment must be present, as short names or media types. */


const SHORT_NAMES = ['spdx', 'cyclonedx', 'slsa-provenance', 'signature', 'in-toto'];
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}(;.*)?$/i;
function parseRequirement(text) {
    const t = text.trim();
    const lower = t.toLowerCase();
    if (lower === 'spdx' || SPDX_TYPES.has(lower))
        return { name: t, kind: 'spdx', filterType: SPDX_JSON };
    if (lower === 'cyclonedx' || CYCLONEDX_TYPES.has(lower)) {
        return { name: t, kind: 'cyclonedx', filterType: CYCLONEDX_JSON };
    }
    if (lower === 'slsa-provenance' || lower === 'provenance')
        return { name: t, kind: 'slsa-provenance' };
    if (lower === 'signature')
        return { name: t, kind: 'signature' };
    if (lower === 'in-toto' || lower === IN_TOTO)
        return { name: t, kind: 'in-toto', filterType: IN_TOTO };
    if (isSigstoreBundleType(lower)) {
        return { name: t, kind: 'sigstore-bundle', filterType: SIGSTORE_BUNDLE_V03 };
    }
    if (MEDIA_TYPE.test(t))
        return { name: t, kind: `type:${t}`, filterType: t };
    throw new errors/* InputError */.dz('require', `'${t}' is neither a short name (${SHORT_NAMES.join(', ')}) nor a media type such as application/spdx+json`);
}
function parseRequirements(list) {
    if (list.length === 0) {
        throw new errors/* InputError */.dz('require', `is empty; list at least one of ${SHORT_NAMES.join(', ')} or a media type`);
    }
    const out = [];
    for (const item of list) {
        const r = parseRequirement(item);
        if (!out.some((o) => o.kind === r.kind))
            out.push(r);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/source.js
/** Chooses where the image lives (a registry or an OCI layout) and with which credentials. */






/** An unevaluated `${{ … }}` default (the CLI reads action.yml defaults literally). */
function unevaluated(v) {
    return v === undefined || v === '' || /^\$\{\{.*\}\}$/.test(v.trim());
}
function chooseCredentials(ref, inputs, env) {
    const username = inputs.string('username') ?? '';
    const password = inputs.string('password') ?? '';
    if (password !== '' && !unevaluated(password)) {
        return {
            credentials: { username: username || 'token', password },
            auth: `username '${username || 'token'}' and password`
        };
    }
    if (username !== '') {
        throw new errors/* InputError */.dz('password', `username '${username}' was given without a password`);
    }
    if (ref.registry === 'ghcr.io') {
        const ghToken = inputs.string('github-token');
        const token = !unevaluated(ghToken) ? ghToken : env.GITHUB_TOKEN;
        if (token) {
            const user = env.GITHUB_ACTOR || 'token';
            return {
                credentials: { username: user, password: token },
                auth: `the job's GITHUB_TOKEN as ${user}`
            };
        }
    }
    return { auth: 'anonymous' };
}
function locate(inputs, ctx, deadline) {
    const image = inputs.requireString('image').trim();
    const layout = inputs.string('oci-layout')?.trim();
    if (layout) {
        // In a layout the reference is a ref.name, a digest, or a full reference whose tag/digest counts.
        let reference = image.startsWith('@') ? image.slice(1) : image;
        if (!isDigest(reference)) {
            const at = reference.lastIndexOf('@');
            if (at >= 0)
                reference = reference.slice(at + 1);
            else if (reference.includes('/'))
                reference = reference.slice(reference.lastIndexOf(':') + 1);
        }
        const dir = (0,external_node_path_.resolve)(ctx.workspace, layout);
        let source;
        try {
            source = new LayoutSource(dir);
        }
        catch (err) {
            throw new errors/* InputError */.dz('oci-layout', err.message);
        }
        return { source, reference, display: `${layout}@${reference}`, auth: 'local files' };
    }
    const ref = parseReference(image);
    if (typeof ref === 'string') {
        throw new errors/* InputError */.dz('image', `'${image}': ${ref}; write registry/repository@sha256:<hex> (or :tag)`);
    }
    const { credentials, auth } = chooseCredentials(ref, inputs, ctx.env);
    const source = new RegistryClient({
        ref,
        insecure: inputs.boolean('insecure'),
        credentials,
        deadline,
        secret: (s) => ctx.secret(s),
        log: (m) => ctx.log(m)
    });
    return { source, reference: ref.digest ?? ref.tag, display: image, auth };
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/index.js
/**
 * Gate: referrer-presence — before deploy, prove that the image digest has verified attachments
 * (SBOM, provenance, signature …) in the registry, whichever of the four storage conventions put
 * them there.
 */










const RULES = [
    {
        id: 'referrer-presence/missing',
        title: 'Required attachment missing',
        help: 'Attach it to the exact image digest before deploying (e.g. actions/attest with push-to-registry, oras attach --artifact-type …, cosign attest).',
        severity: 'error'
    },
    {
        id: 'referrer-presence/rejected',
        title: 'Listed attachment failed verification',
        help: 'An entry claimed to be attached but its manifest or content does not prove it (wrong subject, spoofed type, statement about another digest). Re-attach it correctly; it was not counted.',
        severity: 'warning'
    },
    {
        id: 'referrer-presence/registry-quirk',
        title: 'Registry or index quirk worked around',
        help: 'Informational: mislabelled index entries and fallback tags that resolve to the image itself are not trusted.',
        severity: 'note'
    }
];
function conventionsOf(inputs) {
    const out = [];
    for (const c of inputs.list('conventions')) {
        if (!CONVENTIONS.includes(c)) {
            throw new errors/* InputError */.dz('conventions', `'${c}' is not one of ${CONVENTIONS.join(', ')}`);
        }
        if (!out.includes(c))
            out.push(c);
    }
    if (out.length === 0)
        throw new errors/* InputError */.dz('conventions', `is empty; list some of ${CONVENTIONS.join(', ')}`);
    return out;
}
function platformOf(p) {
    if (!p?.os && !p?.architecture)
        return undefined;
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** The digests that must each carry the attachments. */
function targetsOf(image, platforms) {
    if (!isIndex(image.manifest))
        return [{ digest: image.digest, role: 'image' }];
    const children = (image.manifest.manifests ?? [])
        .filter((d) => !d.annotations?.[ANNOTATION_REFERENCE_TYPE] && platformOf(d.platform) !== 'unknown/unknown')
        .map((d) => ({
        digest: d.digest,
        role: 'platform',
        platform: platformOf(d.platform),
        parent: image.manifest
    }));
    const index = { digest: image.digest, role: 'index' };
    if (platforms === 'index-only')
        return [index];
    if (children.length === 0) {
        // An index of no images: a pass would read as "every platform is attested" about nothing.
        throw new errors/* GateError */.ue(`the index ${image.digest} lists no platform manifests, so there is no image to check`, "Check the image reference (the pushed image index, not an attestation index); use platforms: index-only to check only the index's own attachments.");
    }
    if (platforms === 'platforms-only')
        return children;
    return [index, ...children];
}
function where(t) {
    return t.role === 'platform'
        ? `platform ${t.platform ?? '?'} (${t.digest})`
        : `${t.role} ${t.digest}`;
}
function findingsOf(targets) {
    const findings = [];
    for (const t of targets) {
        for (const name of t.missing) {
            const looked = t.conventions.map((c) => `${c.convention}: ${c.outcome}`).join('; ');
            const rejected = t.rejected.length
                ? ` ${t.rejected.length} candidate${t.rejected.length === 1 ? ' was' : 's were'} rejected (see below).`
                : '';
            const have = t.found.map((f) => f.artifactType).filter(Boolean);
            findings.push({
                rule: 'referrer-presence/missing',
                severity: 'error',
                message: `${name}: expected a verified attachment whose subject is ${where(t)}; actual: ${have.length ? `only ${[...new Set(have)].join(', ')}` : 'none'}.${rejected} Looked via ${looked}.`,
                help: RULES[0].help
            });
        }
        for (const r of t.rejected) {
            findings.push({
                rule: 'referrer-presence/rejected',
                severity: 'warning',
                message: `${r.digest} (${r.convention}) for ${where(t)} rejected: ${r.reason}`,
                help: RULES[1].help
            });
        }
        for (const n of t.notes) {
            findings.push({
                rule: 'referrer-presence/registry-quirk',
                severity: 'note',
                message: `${where(t)}: ${n}`
            });
        }
    }
    return findings;
}
async function evaluate(inputs, ctx) {
    const requirements = parseRequirements(inputs.list('require'));
    const conventions = conventionsOf(inputs);
    const platforms = inputs.string('platforms') ?? 'all';
    // Its range (1 to 3600) is declared in action.yml and enforced when the inputs are parsed.
    const seconds = inputs.number('timeout-seconds') ?? 60;
    const deadline = Date.now() + seconds * 1000;
    let located;
    try {
        located = locate(inputs, ctx, deadline);
    }
    catch (err) {
        if (err instanceof RegistryError)
            throw new errors/* InputError */.dz('insecure', err.message);
        throw err;
    }
    const { source } = located;
    try {
        const image = await source.manifest(located.reference);
        if (!image) {
            throw new errors/* GateError */.ue(`image ${located.display} not found in ${source.location}`, 'Check the image reference; the gate checks the digest the build pushed.');
        }
        if (isDigest(located.reference) && image.digest !== located.reference) {
            throw new errors/* GateError */.ue(`image digest mismatch: expected ${located.reference}, got ${image.digest}`);
        }
        ctx.log(`${located.display} is ${image.digest} (${image.mediaType})`);
        // Platform manifests are independent: look at up to 4 at a time, report in index order.
        const wanted = targetsOf(image, platforms);
        const targets = new Array(wanted.length);
        let next = 0;
        const worker = async () => {
            while (next < wanted.length) {
                const i = next++;
                targets[i] = await discover(source, wanted[i], requirements, conventions);
            }
        };
        await Promise.all(Array.from({ length: Math.min(4, wanted.length) }, worker));
        const findings = findingsOf(targets);
        const found = Object.fromEntries(requirements.map((r) => [r.name, []]));
        const missing = [];
        for (const t of targets) {
            for (const a of t.found) {
                for (const r of requirements) {
                    if (!a.kinds.includes(r.kind))
                        continue;
                    found[r.name].push({
                        subject: t.digest,
                        ...(t.platform ? { platform: t.platform } : {}),
                        digest: a.digest,
                        convention: a.convention,
                        artifactType: a.artifactType,
                        ...(a.predicateTypes.length ? { predicateTypes: a.predicateTypes } : {})
                    });
                }
            }
            for (const name of t.missing) {
                missing.push({
                    type: name,
                    subject: t.digest,
                    ...(t.platform ? { platform: t.platform } : {})
                });
            }
        }
        const verdict = missing.length ? 'fail' : 'pass';
        const names = requirements.map((r) => r.name).join(', ');
        const scope = targets.length === 1
            ? image.digest
            : `${image.digest} and ${targets.length - 1} platform manifest${targets.length === 2 ? '' : 's'}`;
        const summary = verdict === 'pass'
            ? `${names} attached to ${scope} (verified, ${source.requests.length} requests)`
            : `missing ${missing.map((m) => (m.platform ? `${m.type} for ${m.platform}` : m.type)).join(', ')} on ${scope}`;
        return {
            verdict,
            summary,
            findings,
            evidence: {
                image: {
                    reference: located.display,
                    digest: image.digest,
                    mediaType: image.mediaType,
                    source: source.location,
                    auth: located.auth
                },
                requirements: requirements.map((r) => r.name),
                conventions,
                platforms,
                targets,
                requests: source.requests,
                roundTrips: source.requests.length
            },
            outputs: {
                'image-digest': image.digest,
                found: JSON.stringify(found),
                missing: JSON.stringify(missing)
            }
        };
    }
    catch (err) {
        if (err instanceof RegistryError)
            throw new errors/* GateError */.ue(err.message, err.help);
        if (err instanceof ContentError || err instanceof LayoutError) {
            throw new errors/* GateError */.ue(`${source.location}: ${err.message}`, 'The registry (or layout) served content that does not verify; nothing it says about attachments is trusted.');
        }
        throw err;
    }
}
const referrerPresence = {
    name: 'referrer-presence',
    rules: RULES,
    evaluate
};


/***/ })

};
