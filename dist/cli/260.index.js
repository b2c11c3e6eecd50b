export const id = 260;
export const ids = [260];
export const modules = {

/***/ 36438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ BackendError),
/* harmony export */   Tj: () => (/* binding */ ENVELOPE_FILES),
/* harmony export */   pY: () => (/* binding */ MAX_ENVELOPE_FILE),
/* harmony export */   tO: () => (/* binding */ EnvelopeError)
/* harmony export */ });
/** Where signed cache entries are stored: the GitHub cache service or a local folder. */
/** The three files of an entry, as stored: `manifest.json`, `signature.json`, `payload.tar`. */
const ENVELOPE_FILES = ['manifest.json', 'signature.json', 'payload.tar'];
/** A stored object that is not a well-formed envelope (quarantined, like any other rejection). */
class EnvelopeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EnvelopeError';
    }
}
/** The backend could not be reached or answered wrongly: the gate cannot decide. */
class BackendError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BackendError';
    }
}
/** Size bounds for the small envelope files (the payload is bounded by the manifest). */
const MAX_ENVELOPE_FILE = {
    'manifest.json': 64 * 1024 * 1024,
    'signature.json': 1024 * 1024,
    'payload.tar': Number.MAX_SAFE_INTEGER
};


/***/ }),

/***/ 67260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  cacheSentinel: () => (/* binding */ cacheSentinel),
  makeCacheSentinel: () => (/* binding */ makeCacheSentinel),
  pathsId: () => (/* binding */ pathsId)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/cache/backend.js
var backend = __webpack_require__(36438);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(15273);
;// CONCATENATED MODULE: ./lib/cache/tier.js
/**
 * Trust tiers: who may write a cache entry that whom may restore.
 *
 * - `trusted`: written by a run whose event and ref match a `trust` rule (default: pushes to the
 *   default branch and tags). Every job may restore it.
 * - `pr-<n>`: a same-repository pull request; only that pull request restores it.
 * - `fork-pr-<n>`: a fork pull request; private to it (never a shared tier).
 * - `ref-<ref>`: any other run (a push to a feature branch, a dispatch); private to that ref.
 *
 * A job reads its own tier first, then `trusted` — never another pull request's or branch's.
 */


class TierError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TierError';
    }
}
const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
function readEvent(path) {
    if (!path || !(0,external_node_fs_.existsSync)(path) || (0,external_node_fs_.statSync)(path).size > 16 * 1024 * 1024)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function at(o, ...keys) {
    let v = o;
    for (const k of keys) {
        if (typeof v !== 'object' || v === null)
            return undefined;
        v = v[k];
    }
    return v;
}
/** The run's identity from the runner's environment (and event payload when present). */
function jobContext(env, defaultBranchInput) {
    const payload = readEvent(env.GITHUB_EVENT_PATH);
    const event = env.GITHUB_EVENT_NAME || 'local';
    const ref = env.GITHUB_REF || '';
    const defaultBranch = defaultBranchInput ||
        at(payload, 'repository', 'default_branch') ||
        'main';
    const ctx = {
        event,
        ref,
        repository: env.GITHUB_REPOSITORY || 'local/local',
        runId: env.GITHUB_RUN_ID || '0',
        sha: env.GITHUB_SHA || '',
        defaultBranch,
        fork: false
    };
    if (PR_EVENTS.has(event)) {
        const n = /^refs\/pull\/(\d+)\//.exec(ref)?.[1] ??
            String(at(payload, 'pull_request', 'number') ?? at(payload, 'number') ?? '');
        if (!/^\d+$/.test(n))
            throw new TierError(`cannot tell which pull request this ${event} run is for (GITHUB_REF '${ref}'); expected refs/pull/<n>/merge`);
        ctx.prNumber = Number(n);
        const head = at(payload, 'pull_request', 'head', 'repo', 'full_name');
        const base = at(payload, 'pull_request', 'base', 'repo', 'full_name') ?? ctx.repository;
        // Without a payload we cannot prove the head is ours: treat it as a fork (the stricter tier).
        ctx.fork = typeof head !== 'string' || head.toLowerCase() !== String(base).toLowerCase();
    }
    return ctx;
}
/** Parse `trust` rules: `<event>:<ref glob>`; `{default}` stands for the default branch name. */
function parseTrustRules(items, defaultBranch) {
    return items.map((item) => {
        const colon = item.indexOf(':');
        if (colon <= 0 || colon === item.length - 1) {
            throw new TierError(`trust rule '${item}': expected <event>:<ref glob>, e.g. push:refs/heads/{default} or push:refs/tags/*`);
        }
        const event = item.slice(0, colon).trim();
        const ref = item
            .slice(colon + 1)
            .trim()
            .replaceAll('{default}', defaultBranch);
        if (PR_EVENTS.has(event)) {
            throw new TierError(`trust rule '${item}': pull request events can never write the trusted tier`);
        }
        return { event, ref };
    });
}
function isTrustedWriter(event, ref, rules) {
    return rules.some((r) => (r.event === '*' || r.event === event) && (0,esm/* minimatch */.xF)(ref, r.ref, { dot: true }));
}
function sanitize(ref) {
    return ref
        .replace(/^refs\//, '')
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .slice(0, 100);
}
/** The tier this job writes to. */
function ownTier(job, rules) {
    if (job.prNumber !== undefined)
        return `${job.fork ? 'fork-pr' : 'pr'}-${job.prNumber}`;
    if (isTrustedWriter(job.event, job.ref, rules))
        return 'trusted';
    return `ref-${sanitize(job.ref || job.event)}`;
}
/** Tiers this job may restore from, most specific first. */
function readableTiers(job, rules) {
    const own = ownTier(job, rules);
    return own === 'trusted' ? ['trusted'] : [own, 'trusted'];
}
/**
 * Whether an entry that claims `tier`, written by `event`/`ref`, may be restored by this job.
 * Returns the reason it may not, or undefined.
 */
function tierViolation(entry, job, rules) {
    if (entry.repository.toLowerCase() !== job.repository.toLowerCase()) {
        return `written by repository ${entry.repository}; expected ${job.repository}`;
    }
    const readable = readableTiers(job, rules);
    if (!readable.includes(entry.tier)) {
        return `entry is in tier '${entry.tier}'; this job (${job.event} on ${job.ref || 'no ref'}) reads only ${readable.join(', ')}`;
    }
    if (entry.tier === 'trusted' && !isTrustedWriter(entry.event, entry.ref, rules)) {
        return `entry claims tier 'trusted' but was written by ${entry.event} on ${entry.ref}; expected a writer matching ${rules.map((r) => `${r.event}:${r.ref}`).join(', ')}`;
    }
    return undefined;
}
/** The key under which a backend stores an entry: the tier and paths are part of it. */
function storageKey(tier, pathsId, key) {
    return `cs1-${tier}-${pathsId}-${key}`;
}

;// CONCATENATED MODULE: ./lib/hashing/blake3.js
/**
 * BLAKE3 through a maintained library: the native `@napi-rs/blake-hash` (the Rust `blake3` crate,
 * SIMD) where its prebuilt binary loads, else `hash-wasm` (portable WASM). Both give the same
 * digests; tests check that.
 */

let factory;
let implementation;
async function loadNative() {
    const mod = (await __webpack_require__.e(/* import() */ 127).then(__webpack_require__.t.bind(__webpack_require__, 17127, 19)));
    const Hasher = mod.Blake3Hasher ?? mod.default?.Blake3Hasher;
    if (!Hasher)
        throw new Error('@napi-rs/blake-hash has no Blake3Hasher');
    // Native hashers are reset and reused: the GC does not see their native memory, so a new one
    // per file would let memory grow with the number of files.
    const free = [];
    return () => {
        const h = free.pop() ?? new Hasher();
        return {
            update: (chunk) => void h.update(chunk),
            digestHex: () => {
                const hex = h.digest('hex');
                h.reset();
                free.push(h);
                return hex;
            }
        };
    };
}
async function loadWasm() {
    const { createBLAKE3 } = await __webpack_require__.e(/* import() */ 608).then(__webpack_require__.t.bind(__webpack_require__, 70608, 19));
    // hash-wasm instances are created asynchronously; keep a small pool so update() stays
    // synchronous. At most two hash at once here (a file and the archive around it).
    const pool = await Promise.all([createBLAKE3(), createBLAKE3(), createBLAKE3(), createBLAKE3()]);
    return () => {
        const h = pool.pop();
        if (!h)
            throw new Error('BLAKE3 (wasm): more than 4 hashers open at once');
        h.init();
        return {
            update: (chunk) => void h.update(chunk),
            digestHex: () => {
                const hex = h.digest('hex');
                pool.push(h);
                return hex;
            }
        };
    };
}
/**
 * Prepare the hasher (call once before hashing). `prefer: 'wasm'` forces the portable path
 * (tests compare the two).
 */
async function initBlake3(prefer) {
    if (factory && (!prefer || prefer === implementation))
        return implementation;
    if (prefer !== 'wasm') {
        try {
            factory = await loadNative();
            implementation = 'native';
            return implementation;
        }
        catch (err) {
            if (prefer === 'native')
                throw err;
        }
    }
    factory = await loadWasm();
    implementation = 'wasm';
    return implementation;
}
function blake3Implementation() {
    return implementation;
}
/** A new incremental hasher (initBlake3 must have run). */
function newBlake3() {
    if (!factory)
        throw new Error('BLAKE3 not initialised: await initBlake3() first');
    return factory();
}
function blake3Hex(data) {
    const h = newBlake3();
    h.update(data);
    return h.digestHex();
}
/** Read buffer reused by every streaming read: memory stays flat whatever the tree size. */
const blake3_CHUNK_SIZE = 4 * 1024 * 1024;
/**
 * Hash one regular file in CHUNK_SIZE reads, passing each chunk to `sink` too (for the archive
 * writer). Returns the digest and the bytes read.
 */
function blake3_hashFileSync(file, buffer, sink) {
    const h = newBlake3();
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    let size = 0;
    try {
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
            if (n === 0)
                break;
            const chunk = n === buffer.length ? buffer : buffer.subarray(0, n);
            h.update(chunk);
            sink?.(chunk);
            size += n;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return { blake3: h.digestHex(), size };
}

;// CONCATENATED MODULE: ./lib/signing/signature.js
/** The detached signature stored next to a cache manifest, and its parsing. */
const SIGNATURE_SCHEMA = 'ci-intel.cache-signature.v1';
const MAX_SIGNATURE_BYTES = 1024 * 1024;
class SignatureError extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
        this.name = 'SignatureError';
    }
}
function parseSignatureDoc(bytes) {
    if (!bytes || bytes.length === 0)
        throw new SignatureError('missing-signature', 'the entry has no signature; expected a signed manifest');
    if (bytes.length > MAX_SIGNATURE_BYTES) {
        throw new SignatureError('bad-signature', `signature document is ${bytes.length} bytes; expected at most ${MAX_SIGNATURE_BYTES}`);
    }
    let doc;
    try {
        doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new SignatureError('bad-signature', 'signature document is not JSON');
    }
    if (typeof doc !== 'object' || doc === null || doc.schema !== SIGNATURE_SCHEMA) {
        throw new SignatureError('bad-signature', `signature document: expected schema ${SIGNATURE_SCHEMA}, got ${JSON.stringify(doc?.schema)}`);
    }
    if (doc.type === 'ed25519' &&
        typeof doc.keyId === 'string' &&
        typeof doc.signature === 'string') {
        return {
            schema: SIGNATURE_SCHEMA,
            type: 'ed25519',
            keyId: doc.keyId,
            signature: doc.signature
        };
    }
    if (doc.type === 'sigstore' && typeof doc.bundle === 'object' && doc.bundle !== null) {
        return { schema: SIGNATURE_SCHEMA, type: 'sigstore', bundle: doc.bundle };
    }
    throw new SignatureError('bad-signature', `signature document: expected type ed25519 (keyId, signature) or sigstore (bundle), got ${JSON.stringify(doc.type)}`);
}

;// CONCATENATED MODULE: ./lib/signing/ed25519.js
/** Ed25519 signing of cache manifests with a key from a secret (GHES and local use). */


class KeyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'KeyError';
    }
}
function pemText(text) {
    const t = text.trim();
    if (t.startsWith('-----BEGIN'))
        return t;
    // A PEM stored base64-encoded (single-line secrets).
    const decoded = Buffer.from(t, 'base64').toString('utf8').trim();
    if (decoded.startsWith('-----BEGIN'))
        return decoded;
    throw new KeyError('expected a PEM key (-----BEGIN PRIVATE KEY----- / PUBLIC KEY) or its base64');
}
function loadPrivateKey(text) {
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(pemText(text));
    }
    catch (err) {
        throw new KeyError(err instanceof KeyError
            ? err.message
            : `not a readable private key (${err.message})`);
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw new KeyError(`expected an Ed25519 key, got ${key.asymmetricKeyType}`);
    return key;
}
function loadPublicKey(text) {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(pemText(text));
    }
    catch (err) {
        throw new KeyError(err instanceof KeyError
            ? err.message
            : `not a readable public key (${err.message})`);
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw new KeyError(`expected an Ed25519 key, got ${key.asymmetricKeyType}`);
    return key;
}
/** `ed25519:<sha256 of the SPKI DER>` — what `signer` names in key mode. */
function keyId(publicKey) {
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return `ed25519:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('hex')}`;
}
function signEd25519(message, privateKey) {
    const pub = (0,external_node_crypto_.createPublicKey)(privateKey);
    return {
        schema: SIGNATURE_SCHEMA,
        type: 'ed25519',
        keyId: keyId(pub),
        signature: (0,external_node_crypto_.sign)(null, message, privateKey).toString('base64')
    };
}
/** Verify with the trusted public key; throws SignatureError naming expected and actual. */
function verifyEd25519(message, doc, trusted) {
    if (doc.type !== 'ed25519')
        throw new SignatureError('untrusted-signer', `expected an ed25519 signature (signing: key), got ${doc.type}`);
    const expected = keyId(trusted);
    if (doc.keyId !== expected) {
        throw new SignatureError('untrusted-signer', `signed by key ${doc.keyId}; expected key ${expected}`);
    }
    const sig = Buffer.from(doc.signature, 'base64');
    if (sig.length !== 64 || !(0,external_node_crypto_.verify)(null, message, trusted, sig)) {
        throw new SignatureError('bad-signature', `the Ed25519 signature does not match the manifest bytes under key ${expected}`);
    }
    return { type: 'ed25519', id: expected };
}

// EXTERNAL MODULE: ./lib/sigstore/fulcio.js
var fulcio = __webpack_require__(75676);
// EXTERNAL MODULE: ./lib/sigstore/verify.js
var verify = __webpack_require__(79673);
;// CONCATENATED MODULE: ./lib/signing/sigstore.js




/** The DSSE payload type of a signed cache manifest. */
const MANIFEST_PAYLOAD_TYPE = 'application/vnd.ci-intel.cache-manifest.v1+json';
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
/** Signing could not complete (no token, Fulcio or Rekor refused or did not answer). */
class SigstoreSignError extends Error {
    name = 'SigstoreSignError';
}
class SigstoreSigner {
    o;
    constructor(o) {
        this.o = o;
    }
    async sign(manifest) {
        // Loaded only here, so key-mode runs and restores never pay for the signing client.
        const { DSSEBundleBuilder, FulcioSigner, RekorWitness } = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(179)]).then(__webpack_require__.t.bind(__webpack_require__, 15179, 19));
        const fetchOptions = { timeout: this.o.timeoutMs, retry: { retries: 2 } };
        const builder = new DSSEBundleBuilder({
            signer: new FulcioSigner({
                identityProvider: { getToken: this.o.getToken },
                fulcioBaseURL: this.o.fulcioURL,
                ...fetchOptions
            }),
            witnesses: [
                new RekorWitness({ rekorBaseURL: this.o.rekorURL, entryType: 'intoto', ...fetchOptions })
            ]
        });
        let bundle;
        try {
            bundle = await builder.create({ data: Buffer.from(manifest), type: MANIFEST_PAYLOAD_TYPE });
        }
        catch (err) {
            const e = err;
            const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
            throw new SigstoreSignError(`keyless signing failed${e.code ? ` [${e.code}]` : ''}: ${e.message}${cause}; Fulcio ${this.o.fulcioURL}, Rekor ${this.o.rekorURL}`);
        }
        const { bundleToJSON } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 61040, 19));
        return { schema: SIGNATURE_SCHEMA, type: 'sigstore', bundle: bundleToJSON(bundle) };
    }
}
/** `*` in the identity glob may span `/` (a SAN ends in `@refs/heads/...`). */
function sanMatches(san, glob) {
    return (0,esm/* minimatch */.xF)(san.replace(/\//g, '\u0000'), glob.replace(/\//g, '\u0000'), {
        dot: true,
        nobrace: true,
        noext: true
    });
}
class SigstoreVerifier {
    roots;
    policy;
    constructor(roots, policy) {
        this.roots = roots;
        this.policy = policy;
    }
    async verify(manifest, signature) {
        const doc = parseSignatureDoc(signature);
        if (doc.type !== 'sigstore') {
            throw new SignatureError('untrusted-signer', `expected a sigstore bundle (signing: sigstore), got an ${doc.type} signature`);
        }
        const r = (0,verify/* verifyWithRoots */.z)(doc.bundle, this.roots);
        if (!r.ok) {
            throw new SignatureError(r.malformed ? 'bad-signature' : 'untrusted-signer', `sigstore bundle did not verify against ${this.roots.map((t) => t.summary.source).join(', ')}: ${r.code}: ${r.message}`);
        }
        if (r.payloadType !== MANIFEST_PAYLOAD_TYPE) {
            throw new SignatureError('bad-signature', `bundle payload type is ${JSON.stringify(r.payloadType)}; expected ${MANIFEST_PAYLOAD_TYPE}`);
        }
        if (!r.payload || !Buffer.from(manifest).equals(r.payload)) {
            throw new SignatureError('bad-signature', 'the bundle signs other bytes than manifest.json; expected the exact manifest bytes');
        }
        if (!r.certificate) {
            throw new SignatureError('untrusted-signer', 'the bundle is signed with a bare key; expected a Fulcio certificate (keyless signing)');
        }
        const id = (0,fulcio/* fulcioIdentity */.N)(r.certificate);
        if (id.inconsistencies.length) {
            throw new SignatureError('untrusted-signer', `the certificate contradicts itself: ${id.inconsistencies.join('; ')}`);
        }
        if (id.issuer !== this.policy.issuer) {
            throw new SignatureError('untrusted-signer', `certificate issuer is ${id.issuer ?? '(none)'}; expected ${this.policy.issuer}`);
        }
        if (!id.san || !sanMatches(id.san, this.policy.identity)) {
            throw new SignatureError('untrusted-signer', `signed by ${id.san ?? '(no identity)'}; expected an identity matching ${this.policy.identity} (signer)`);
        }
        const repository = id.sourceRepositoryURI?.replace(/^https:\/\/github\.com\//, '');
        const missing = [
            ['source repository ref (1.3.6.1.4.1.57264.1.14)', id.sourceRepositoryRef],
            ['build trigger (1.3.6.1.4.1.57264.1.20)', id.buildTrigger],
            ['source repository URI (1.3.6.1.4.1.57264.1.12)', repository]
        ].filter(([, v]) => !v);
        if (missing.length) {
            throw new SignatureError('untrusted-signer', `the certificate lacks ${missing.map(([n]) => n).join(', ')}; expected a GitHub Actions workflow certificate`);
        }
        return {
            type: 'sigstore',
            id: id.san,
            claims: {
                issuer: id.issuer,
                ref: id.sourceRepositoryRef,
                event: id.buildTrigger,
                repository,
                runUrl: id.runInvocationURI
            }
        };
    }
    describe() {
        return `sigstore ${this.policy.identity} (issuer ${this.policy.issuer})`;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/cache/dir-backend.js
/**
 * A cache store in a local folder (`backend: dir:<path>`): the default for `npx ci-intel
 * cache-sentinel` and for tests. One folder per entry, named by the SHA-256 of its key, written
 * under a temporary name and renamed into place so readers never see half an entry.
 */




function entryDirName(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex');
}
class DirBackend {
    root;
    name;
    constructor(root) {
        this.root = root;
        this.name = `dir:${root}`;
    }
    entries() {
        if (!(0,external_node_fs_.existsSync)(this.root))
            return [];
        const out = [];
        for (const name of (0,external_node_fs_.readdirSync)(this.root)) {
            if (!/^[0-9a-f]{64}$/.test(name))
                continue;
            const dir = (0,external_node_path_.join)(this.root, name);
            const keyFile = (0,external_node_path_.join)(dir, 'key');
            if (!(0,external_node_fs_.existsSync)(keyFile))
                continue;
            out.push({ key: (0,external_node_fs_.readFileSync)(keyFile, 'utf8'), dir, mtime: (0,external_node_fs_.statSync)(keyFile).mtimeMs });
        }
        return out;
    }
    async lookup(keys) {
        const all = this.entries();
        let hit = all.find((e) => e.key === keys[0]);
        for (const prefix of keys.slice(1)) {
            if (hit)
                break;
            hit =
                all.find((e) => e.key === prefix) ??
                    all.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.mtime - a.mtime)[0];
        }
        if (!hit)
            return undefined;
        const found = hit;
        return {
            matchedKey: found.key,
            fetch: async (stagingDir) => {
                let bytes = 0;
                for (const f of (0,external_node_fs_.readdirSync)(found.dir)) {
                    if (f !== 'key' && !backend/* ENVELOPE_FILES */.Tj.includes(f)) {
                        throw new backend/* EnvelopeError */.tO(`stored entry holds '${f}'; expected only ${backend/* ENVELOPE_FILES */.Tj.join(', ')}`);
                    }
                }
                for (const f of backend/* ENVELOPE_FILES */.Tj) {
                    const src = (0,external_node_path_.join)(found.dir, f);
                    if (!(0,external_node_fs_.existsSync)(src))
                        continue; // a missing file is judged by the verifier
                    const st = (0,external_node_fs_.lstatSync)(src);
                    if (!st.isFile())
                        throw new backend/* EnvelopeError */.tO(`stored '${f}' is not a regular file`);
                    if (st.size > backend/* MAX_ENVELOPE_FILE */.pY[f])
                        throw new backend/* EnvelopeError */.tO(`stored '${f}' is ${st.size} bytes; expected at most ${backend/* MAX_ENVELOPE_FILE */.pY[f]}`);
                    (0,external_node_fs_.copyFileSync)(src, (0,external_node_path_.join)(stagingDir, f));
                    bytes += st.size;
                }
                return { bytes };
            }
        };
    }
    async save(key, envelopeDir) {
        const dest = (0,external_node_path_.join)(this.root, entryDirName(key));
        if ((0,external_node_fs_.existsSync)(dest))
            return 'exists';
        (0,external_node_fs_.mkdirSync)(this.root, { recursive: true });
        const tmp = (0,external_node_path_.join)(this.root, `.tmp-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        (0,external_node_fs_.mkdirSync)(tmp, { mode: 0o700 });
        try {
            for (const f of backend/* ENVELOPE_FILES */.Tj)
                (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(envelopeDir, f), (0,external_node_path_.join)(tmp, f));
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, 'key'), key);
            (0,external_node_fs_.renameSync)(tmp, dest);
        }
        catch (err) {
            (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
            if ((0,external_node_fs_.existsSync)(dest))
                return 'exists';
            throw err;
        }
        return 'saved';
    }
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/backend-from-input.js
/** Chooses the store from the `backend` input. */




/** The store a local run (`npx ci-intel cache-sentinel`) uses when `backend` is left at github. */
function localStoreDir(env) {
    const base = env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'ci-intel', 'cache-sentinel');
}
async function backendFromInput(value, ctx, timeoutMs) {
    if (value.startsWith('dir:')) {
        const dir = value.slice(4).trim();
        if (!dir)
            throw new errors/* InputError */.dz('backend', "'dir:' needs a folder, e.g. dir:.ci-intel-cache");
        return new DirBackend((0,external_node_path_.resolve)(ctx.workspace, dir));
    }
    if (value !== 'github')
        throw new errors/* InputError */.dz('backend', `'${value}' is not github or dir:<path>`);
    if (ctx.env.GITHUB_ACTIONS !== 'true') {
        const dir = localStoreDir(ctx.env);
        ctx.log(`cache-sentinel: not in a workflow job, using the local store dir:${dir}`);
        return new DirBackend(dir);
    }
    // Loaded only here, so dir-backed runs never pay for @actions/cache.
    const { GithubBackend } = await __webpack_require__.e(/* import() */ 106).then(__webpack_require__.bind(__webpack_require__, 24106));
    const secretToken = ctx.env.ACTIONS_RUNTIME_TOKEN ?? '';
    if (secretToken)
        ctx.secret(secretToken);
    return new GithubBackend({
        resultsUrl: ctx.env.ACTIONS_RESULTS_URL ?? '',
        token: secretToken,
        timeoutMs,
        log: ctx.log
    });
}

;// CONCATENATED MODULE: ./lib/cache/events.js
/** The sentinel's telemetry and quarantine: NDJSON records and a folder per rejected entry. */



const EVENTS_FILE = 'cache-events.ndjson';
function appendEvent(tempDir, record) {
    (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true });
    const file = (0,external_node_path_.join)(tempDir, EVENTS_FILE);
    (0,external_node_fs_.appendFileSync)(file, JSON.stringify(record) + '\n');
    return file;
}
/** Move a staged entry to `<tempDir>/quarantine/<timestamp>/` (kept for forensics, never restored). */
function quarantine(tempDir, stagingDir, now) {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const dest = (0,external_node_path_.join)(tempDir, 'quarantine', `${stamp}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(tempDir, 'quarantine'), { recursive: true });
    try {
        (0,external_node_fs_.renameSync)(stagingDir, dest);
    }
    catch {
        (0,external_node_fs_.cpSync)(stagingDir, dest, { recursive: true, verbatimSymlinks: true });
        (0,external_node_fs_.rmSync)(stagingDir, { recursive: true, force: true });
    }
    return dest;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./lib/hashing/manifest.js
/**
 * The signed cache manifest: every entry's root, relative path, type, size, mode and BLAKE3
 * digest (symlinks with their target), the payload archive's own BLAKE3 and size, and who wrote
 * it (key, tier, event, ref, repository, run id). `parseManifest` is strict: unknown fields,
 * wrong types and unsafe paths are rejected, so the verifier never acts on a half-read document.
 */
const MANIFEST_SCHEMA = 'ci-intel.cache-manifest.v1';
/** A manifest larger than this is refused unread (a million entries is ~150 MiB of JSON). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
const HEX64 = /^[0-9a-f]{64}$/;
/** Whether `p` is a safe relative POSIX path: no absolute, no `..`, no `.`, no empty segment, no NUL or backslash. */
function isSafeRelativePath(p) {
    if (p === '' || p.length > 4096)
        return false;
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return false;
    if (p.includes('\0') || p.includes('\\'))
        return false;
    return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
function fail(where, expected, actual) {
    const shown = typeof actual === 'string'
        ? `'${actual.slice(0, 200)}'`
        : JSON.stringify(actual)?.slice(0, 200);
    throw new ManifestError(`manifest ${where}: expected ${expected}, got ${shown}`);
}
function str(o, k, where) {
    const v = o[k];
    if (typeof v !== 'string')
        fail(`${where}.${k}`, 'a string', v);
    return v;
}
function manifest_int(o, k, where, max = Number.MAX_SAFE_INTEGER) {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max)
        fail(`${where}.${k}`, `an integer 0..${max}`, v);
    return v;
}
function obj(v, where) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        fail(where, 'an object', v);
    return v;
}
function onlyKeys(o, allowed, where) {
    for (const k of Object.keys(o))
        if (!allowed.includes(k))
            fail(where, `only ${allowed.join(', ')}`, k);
}
/** Parse and validate manifest bytes (already signature-checked by the caller). */
function parseManifest(bytes) {
    if (bytes.length > MAX_MANIFEST_BYTES)
        fail('size', `at most ${MAX_MANIFEST_BYTES} bytes`, bytes.length);
    let doc;
    try {
        doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (err) {
        throw new ManifestError(`manifest is not JSON: ${err.message}`);
    }
    const m = obj(doc, 'document');
    onlyKeys(m, [
        'schema',
        'key',
        'tier',
        'event',
        'ref',
        'repository',
        'runId',
        'sha',
        'createdAt',
        'roots',
        'archive',
        'entries'
    ], 'document');
    if (m.schema !== MANIFEST_SCHEMA)
        fail('schema', MANIFEST_SCHEMA, m.schema);
    const roots = m.roots;
    if (!Array.isArray(roots) || roots.length === 0 || roots.length > 64)
        fail('roots', 'a list of 1..64 roots', roots);
    const parsedRoots = roots.map((r, i) => {
        const o = obj(r, `roots[${i}]`);
        onlyKeys(o, ['spec', 'base'], `roots[${i}]`);
        const base = o.base;
        if (base !== 'dir' && base !== 'file' && base !== 'glob')
            fail(`roots[${i}].base`, 'dir, file or glob', base);
        return { spec: str(o, 'spec', `roots[${i}]`), base };
    });
    const archive = obj(m.archive, 'archive');
    onlyKeys(archive, ['blake3', 'size'], 'archive');
    const archiveDigest = str(archive, 'blake3', 'archive');
    if (!HEX64.test(archiveDigest))
        fail('archive.blake3', '64 hex digits', archiveDigest);
    if (!Array.isArray(m.entries))
        fail('entries', 'a list', m.entries);
    const seen = new Set();
    const entries = m.entries.map((e, i) => {
        const where = `entries[${i}]`;
        const o = obj(e, where);
        onlyKeys(o, ['root', 'path', 'type', 'size', 'mode', 'blake3', 'target'], where);
        const root = manifest_int(o, 'root', where, parsedRoots.length - 1);
        const path = str(o, 'path', where);
        if (!isSafeRelativePath(path))
            fail(`${where}.path`, 'a relative path without .. or empty segments', path);
        const id = `${root}/${path}`;
        if (seen.has(id))
            fail(`${where}.path`, 'each path once', path);
        seen.add(id);
        const type = o.type;
        if (type !== 'file' && type !== 'dir' && type !== 'symlink')
            fail(`${where}.type`, 'file, dir or symlink', type);
        const entry = {
            root,
            path,
            type,
            size: manifest_int(o, 'size', where),
            mode: manifest_int(o, 'mode', where, 0o777)
        };
        if (type === 'file') {
            const d = str(o, 'blake3', where);
            if (!HEX64.test(d))
                fail(`${where}.blake3`, '64 hex digits', d);
            entry.blake3 = d;
        }
        else if (o.blake3 !== undefined)
            fail(`${where}.blake3`, 'no digest for a non-file', o.blake3);
        if (type === 'symlink')
            entry.target = str(o, 'target', where);
        else if (o.target !== undefined)
            fail(`${where}.target`, 'no target for a non-symlink', o.target);
        if (type !== 'file' && entry.size !== 0)
            fail(`${where}.size`, '0 for a non-file', entry.size);
        return entry;
    });
    return {
        schema: MANIFEST_SCHEMA,
        key: str(m, 'key', 'document'),
        tier: str(m, 'tier', 'document'),
        event: str(m, 'event', 'document'),
        ref: str(m, 'ref', 'document'),
        repository: str(m, 'repository', 'document'),
        runId: str(m, 'runId', 'document'),
        sha: str(m, 'sha', 'document'),
        createdAt: str(m, 'createdAt', 'document'),
        roots: parsedRoots,
        archive: { blake3: archiveDigest, size: manifest_int(archive, 'size', 'archive') },
        entries
    };
}
/** The exact bytes that are signed and stored. */
function serializeManifest(m) {
    return Buffer.from(JSON.stringify(m) + '\n', 'utf8');
}
/** The tar member name of an entry inside the payload archive. */
function memberName(e) {
    return `${e.root}/${e.path}`;
}

;// CONCATENATED MODULE: ./lib/hashing/tree.js
/**
 * Walks the `path` items of a cache (files, folders, globs — as actions/cache takes them) into
 * manifest entries, and hashes them with BLAKE3 in fixed-size reads (memory stays flat).
 */




const MAX_ENTRIES = 1_000_000;
class TreeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TreeError';
    }
}
const GLOB_CHARS = /[*?[{]/;
function isGlob(spec) {
    return GLOB_CHARS.test(spec);
}
/** `~` → home; relative → under the workspace. */
function expandPath(spec, workspace, home = (0,external_node_os_.homedir)()) {
    const s = spec === '~' ? home : spec.startsWith('~/') ? (0,external_node_path_.join)(home, spec.slice(2)) : spec;
    return (0,external_node_path_.isAbsolute)(s) ? (0,external_node_path_.resolve)(s) : (0,external_node_path_.resolve)(workspace, s);
}
/** Where a root's entries live on this machine. */
function rootDir(root, workspace, home) {
    if (root.base === 'glob')
        return (0,external_node_path_.resolve)(workspace);
    const p = expandPath(root.spec, workspace, home);
    return root.base === 'file' ? (0,external_node_path_.dirname)(p) : p;
}
function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
function modeOf(st) {
    return st.mode & 0o777;
}
/** Symlink targets must stay inside the root they were saved from (restore enforces the same). */
function linkStaysInside(linkRel, target) {
    if (target === '' || target.includes('\0') || external_node_path_.posix.isAbsolute(target) || target.includes('\\'))
        return false;
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(linkRel), target));
    return joined !== '..' && !joined.startsWith('../') && !external_node_path_.posix.isAbsolute(joined);
}
class Walker {
    entries = [];
    seen = new Set();
    add(root, rootAbs, abs, st) {
        const rel = toPosix((0,external_node_path_.relative)(rootAbs, abs));
        const id = `${root}/${rel}`;
        if (this.seen.has(id))
            return;
        this.seen.add(id);
        if (this.entries.length >= MAX_ENTRIES) {
            throw new TreeError(`more than ${MAX_ENTRIES} entries under the cache paths; cache fewer files`);
        }
        if (st.isSymbolicLink()) {
            const target = (0,external_node_fs_.readlinkSync)(abs);
            let t = target;
            if ((0,external_node_path_.isAbsolute)(target)) {
                // An absolute link into the same root is stored relative; anything else cannot be restored safely.
                const inside = (0,external_node_path_.relative)((0,external_node_path_.dirname)(abs), target);
                t = toPosix(inside);
            }
            if (!linkStaysInside(rel, t)) {
                throw new TreeError(`symlink ${abs} points to ${target}, outside the cache path it belongs to; a restore would reject it. Exclude it or cache its target instead`);
            }
            this.entries.push({ root, path: rel, type: 'symlink', size: 0, mode: 0o777, target: t, abs });
        }
        else if (st.isDirectory()) {
            if (rel !== '')
                this.entries.push({ root, path: rel, type: 'dir', size: 0, mode: modeOf(st), abs });
            for (const name of (0,external_node_fs_.readdirSync)(abs).sort())
                this.add(root, rootAbs, (0,external_node_path_.join)(abs, name), (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(abs, name)));
        }
        else if (st.isFile()) {
            this.entries.push({ root, path: rel, type: 'file', size: st.size, mode: modeOf(st), abs });
        }
        else {
            throw new TreeError(`${abs} is not a file, folder or symlink (a device, socket or FIFO); it cannot be cached`);
        }
    }
}
/**
 * Resolve the `path` items into roots and entries (no hashing). Items that match nothing are
 * reported in `missing`, as actions/cache warns about them.
 */
function walkPaths(specs, workspace, home) {
    const walker = new Walker();
    const roots = [];
    const missing = [];
    specs.forEach((spec, i) => {
        if (isGlob(spec)) {
            roots.push({ spec, base: 'glob' });
            const ws = (0,external_node_path_.resolve)(workspace);
            const matches = (0,external_node_fs_.globSync)(spec, { cwd: ws })
                .map((m) => (0,external_node_path_.resolve)(ws, m))
                .sort();
            if (!matches.length)
                missing.push(spec);
            for (const abs of matches) {
                const rel = (0,external_node_path_.relative)(ws, abs);
                if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
                    throw new TreeError(`glob '${spec}' matches ${abs}, outside the workspace; use a literal path for it`);
                }
                walker.add(i, ws, abs, (0,external_node_fs_.lstatSync)(abs));
            }
            return;
        }
        const abs = expandPath(spec, workspace, home);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            roots.push({ spec, base: 'dir' });
            missing.push(spec);
            return;
        }
        if (st.isDirectory()) {
            roots.push({ spec, base: 'dir' });
            walker.add(i, abs, abs, st);
        }
        else {
            roots.push({ spec, base: 'file' });
            walker.add(i, (0,external_node_path_.dirname)(abs), abs, st);
        }
    });
    return { roots, entries: walker.entries, missing };
}
/** Hash every file entry in place (the manifest builder's hashing pass). */
function hashEntries(entries, buffer = Buffer.allocUnsafe(CHUNK_SIZE)) {
    let bytes = 0;
    for (const e of entries) {
        if (e.type !== 'file')
            continue;
        const { blake3, size } = hashFileSync(e.abs, buffer);
        if (size !== e.size)
            throw new TreeError(`${e.abs} changed while it was read (size ${e.size} → ${size})`);
        e.blake3 = blake3;
        bytes += size;
    }
    return bytes;
}
/** Drop the machine-local `abs` field. */
function toManifestEntries(entries) {
    return entries.map(({ abs: _abs, ...e }) => e);
}

;// CONCATENATED MODULE: ./lib/cache/extract.js
/**
 * Safe extraction of a payload archive into a private staging folder, checking every member
 * against the (already signature-verified) manifest as it streams: no absolute or `..` names,
 * no hardlinks, devices or FIFOs, no symlink leaving its root, nothing written through a
 * symlink, no member missing from the manifest, sizes and BLAKE3 digests equal. Nothing is
 * written outside `stagingDir`; the caller moves the tree to its destination only when this
 * returns without throwing.
 */







/** Why an entry was rejected; `reason` is a stable id for the quarantine event. */
class Rejection extends Error {
    reason;
    file;
    constructor(reason, message, file) {
        super(message);
        this.reason = reason;
        this.file = file;
        this.name = 'Rejection';
    }
}
function splitMember(name) {
    const slash = name.indexOf('/');
    if (slash <= 0)
        return undefined;
    const root = name.slice(0, slash);
    if (!/^(0|[1-9][0-9]{0,2})$/.test(root))
        return undefined;
    let path = name.slice(slash + 1);
    if (path.endsWith('/'))
        path = path.slice(0, -1);
    return { root: Number(root), path };
}
/** Extract `archiveFile` into `stagingDir/<root>/<path>`, verifying against `manifest`. */
async function extractVerified(archiveFile, manifest, stagingDir) {
    const expected = new Map(manifest.entries.map((e) => [memberName(e), e]));
    const done = new Set();
    const symlinks = new Set();
    const stats = { files: 0, dirs: 0, symlinks: 0, bytes: 0 };
    for (let i = 0; i < manifest.roots.length; i++)
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(stagingDir, String(i)), { recursive: true, mode: 0o700 });
    const extract = tar_stream.extract();
    const source = (0,external_node_fs_.createReadStream)(archiveFile);
    source.on('error', (err) => extract.destroy(err));
    source.pipe(extract);
    try {
        for await (const member of extract) {
            const h = member.header;
            const name = h.name;
            const parts = splitMember(name);
            if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
                throw new Rejection('absolute-path', `archive member '${name}' has an absolute path; expected a path relative to its cache root`, name);
            }
            if (!parts || !isSafeRelativePath(parts.path)) {
                const dotdot = name.split('/').includes('..');
                throw new Rejection(dotdot ? 'path-traversal' : 'bad-member-name', `archive member '${name}' ${dotdot ? 'climbs out with ..' : 'is not <root>/<relative path>'}; expected one of the manifest's paths`, name);
            }
            const id = `${parts.root}/${parts.path}`;
            const want = expected.get(id);
            const kind = h.type;
            if (kind === 'link') {
                throw new Rejection('hardlink', `archive member '${name}' is a hardlink to '${h.linkname}'; expected no hardlinks (the sentinel never writes them)`, name);
            }
            if (kind !== 'file' && kind !== 'directory' && kind !== 'symlink') {
                throw new Rejection('special-file', `archive member '${name}' is a ${kind}; expected only files, folders and symlinks`, name);
            }
            if (!want)
                throw new Rejection('unlisted-file', `archive member '${name}' is not in the signed manifest; expected only listed entries`, name);
            if (done.has(id))
                throw new Rejection('duplicate-member', `archive member '${name}' appears twice; expected each entry once`, name);
            const wantKind = want.type === 'dir' ? 'directory' : want.type;
            if (kind !== wantKind) {
                throw new Rejection('type-mismatch', `archive member '${name}': expected a ${wantKind} (manifest), got a ${kind}`, name);
            }
            // Nothing may be written beneath a symlink: that is how a link would redirect a later write.
            const segs = parts.path.split('/');
            for (let k = 1; k < segs.length; k++) {
                const parent = `${parts.root}/${segs.slice(0, k).join('/')}`;
                if (symlinks.has(parent)) {
                    throw new Rejection('write-through-symlink', `archive member '${name}' would be written through the symlink '${parent}'; expected real folders`, name);
                }
            }
            const dest = (0,external_node_path_.join)(stagingDir, String(parts.root), ...segs);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(stagingDir, String(parts.root), ...segs.slice(0, -1)), {
                recursive: true,
                mode: 0o700
            });
            if (kind === 'directory') {
                (0,external_node_fs_.mkdirSync)(dest, { recursive: true, mode: 0o700 });
                stats.dirs++;
                member.resume();
            }
            else if (kind === 'symlink') {
                const target = h.linkname ?? '';
                if (!linkStaysInside(parts.path, target)) {
                    throw new Rejection('symlink-escape', `symlink '${name}' points to '${target}', outside its cache root; expected a relative target inside it`, name);
                }
                if (target !== want.target) {
                    throw new Rejection('symlink-mismatch', `symlink '${name}': expected target '${want.target}' (manifest), got '${target}'`, name);
                }
                (0,external_node_fs_.symlinkSync)(target, dest);
                symlinks.add(id);
                stats.symlinks++;
                member.resume();
            }
            else {
                if (h.size !== want.size) {
                    throw new Rejection('size-mismatch', `file '${name}': expected ${want.size} bytes (manifest), got ${h.size ?? 0} in the archive`, name);
                }
                const hasher = newBlake3();
                // 'wx': O_CREAT|O_EXCL, which also refuses to follow a symlink at the final component.
                const fh = await (0,promises_.open)(dest, 'wx', 0o600);
                let size = 0;
                try {
                    for await (const chunk of member) {
                        size += chunk.length;
                        if (size > want.size)
                            break;
                        hasher.update(chunk);
                        await fh.write(chunk);
                    }
                }
                finally {
                    await fh.close();
                }
                if (size !== want.size) {
                    throw new Rejection('size-mismatch', `file '${name}': expected ${want.size} bytes (manifest), got ${size}`, name);
                }
                const digest = hasher.digestHex();
                if (digest !== want.blake3) {
                    throw new Rejection('digest-mismatch', `file '${name}': expected BLAKE3 ${want.blake3} (manifest), got ${digest}`, name);
                }
                stats.files++;
                stats.bytes += size;
            }
            done.add(id);
        }
    }
    catch (err) {
        source.destroy();
        if (err instanceof Rejection)
            throw err;
        throw new Rejection('corrupt-archive', `the payload archive cannot be read: ${err.message}; expected a complete tar`);
    }
    for (const [id, e] of expected) {
        if (!done.has(id)) {
            throw new Rejection('missing-file', `manifest entry '${id}' (${e.type}) is absent from the archive; expected every listed entry`, id);
        }
    }
    return stats;
}

;// CONCATENATED MODULE: ./lib/cache/place.js
/**
 * Moves a verified, extracted entry from staging to its destinations. Runs only after every
 * check passed; the tree it reads was written by us in a private folder.
 */




function lstatOrUndefined(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch {
        return undefined;
    }
}
/** Check where each root would land before touching anything. */
function checkDestinations(manifest, workspace) {
    for (const e of manifest.entries) {
        const root = manifest.roots[e.root];
        if (root.base === 'file' && e.path !== (0,external_node_path_.basename)(expandPath(root.spec, workspace))) {
            throw new Rejection('paths-mismatch', `entry '${e.path}' under file root '${root.spec}'; expected exactly '${(0,external_node_path_.basename)(root.spec)}'`, e.path);
        }
    }
}
function placeEntry(manifest, extractDir, workspace) {
    for (const e of manifest.entries) {
        const src = (0,external_node_path_.join)(extractDir, String(e.root), ...e.path.split('/'));
        const dest = (0,external_node_path_.join)(rootDir(manifest.roots[e.root], workspace), ...e.path.split('/'));
        const existing = lstatOrUndefined(dest);
        if (e.type === 'dir') {
            if (existing && !existing.isDirectory())
                (0,external_node_fs_.rmSync)(dest, { force: true });
            (0,external_node_fs_.mkdirSync)(dest, { recursive: true });
            (0,external_node_fs_.chmodSync)(dest, e.mode | 0o700);
            continue;
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dest, '..'), { recursive: true });
        if (existing)
            (0,external_node_fs_.rmSync)(dest, { recursive: existing.isDirectory(), force: true });
        if (e.type === 'symlink') {
            (0,external_node_fs_.symlinkSync)(e.target, dest);
        }
        else {
            try {
                (0,external_node_fs_.renameSync)(src, dest);
            }
            catch {
                (0,external_node_fs_.copyFileSync)(src, dest);
            }
            (0,external_node_fs_.chmodSync)(dest, e.mode);
        }
    }
}

;// CONCATENATED MODULE: ./lib/cache/verify-entry.js
/**
 * Verifies a staged entry, in order: signature and signer policy → manifest → key, tier and
 * path binding → archive size and BLAKE3 → safe extraction with per-file checks. Any failure is
 * a Rejection carrying a stable reason; nothing leaves the staging folder here.
 */







function readSmall(file, max) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const size = (0,external_node_fs_.statSync)(file).size;
    if (size > max)
        throw new Rejection('oversized-envelope', `${file.split('/').pop()} is ${size} bytes; expected at most ${max}`);
    return (0,external_node_fs_.readFileSync)(file);
}
async function verifyStagedEntry(req) {
    const manifestBytes = readSmall((0,external_node_path_.join)(req.stagingDir, 'manifest.json'), MAX_MANIFEST_BYTES);
    if (!manifestBytes)
        throw new Rejection('missing-manifest', 'the entry has no manifest.json; expected a signed manifest');
    const sigBytes = readSmall((0,external_node_path_.join)(req.stagingDir, 'signature.json'), 1024 * 1024);
    let signer;
    try {
        signer = await req.verifier.verify(manifestBytes, sigBytes);
    }
    catch (err) {
        if (err instanceof SignatureError)
            throw new Rejection(err.reason, err.message);
        throw new Rejection('bad-signature', `signature check failed: ${err.message}`);
    }
    let manifest;
    try {
        manifest = parseManifest(manifestBytes);
    }
    catch (err) {
        if (err instanceof ManifestError)
            throw new Rejection('bad-manifest', err.message);
        throw err;
    }
    // The signed manifest must describe exactly the entry we were handed.
    const expectedKey = storageKey(manifest.tier, req.pathsId, manifest.key);
    if (manifest.tier !== req.tier) {
        throw new Rejection('tier-mismatch', `manifest tier is '${manifest.tier}'; expected '${req.tier}' (the tier this entry was stored under)`);
    }
    if (req.matchedKey !== expectedKey) {
        throw new Rejection('key-mismatch', `entry stored under '${req.matchedKey}'; its signed manifest says '${expectedKey}'`);
    }
    const violation = tierViolation(manifest, req.job, req.rules);
    if (violation)
        throw new Rejection('tier-violation', violation);
    if (signer.claims) {
        const c = signer.claims;
        if (c.ref !== undefined && c.ref !== manifest.ref) {
            throw new Rejection('claims-mismatch', `manifest ref is ${manifest.ref}; the signing certificate says ${c.ref}`);
        }
        if (c.event !== undefined && c.event !== manifest.event) {
            throw new Rejection('claims-mismatch', `manifest event is ${manifest.event}; the signing certificate says ${c.event}`);
        }
        if (c.repository !== undefined &&
            c.repository.toLowerCase() !== manifest.repository.toLowerCase()) {
            throw new Rejection('claims-mismatch', `manifest repository is ${manifest.repository}; the signing certificate says ${c.repository}`);
        }
    }
    const specs = manifest.roots.map((r) => r.spec);
    if (JSON.stringify(specs) !== JSON.stringify(req.paths)) {
        throw new Rejection('paths-mismatch', `manifest paths are ${JSON.stringify(specs)}; expected ${JSON.stringify(req.paths)}`);
    }
    const payload = (0,external_node_path_.join)(req.stagingDir, 'payload.tar');
    if (!(0,external_node_fs_.existsSync)(payload))
        throw new Rejection('missing-archive', 'the entry has no payload.tar; expected the archive the manifest describes');
    const size = (0,external_node_fs_.statSync)(payload).size;
    if (size !== manifest.archive.size) {
        throw new Rejection('archive-size-mismatch', `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${size}`, 'payload.tar');
    }
    const { blake3 } = blake3_hashFileSync(payload, Buffer.allocUnsafe(blake3_CHUNK_SIZE));
    if (blake3 !== manifest.archive.blake3) {
        throw new Rejection('archive-digest-mismatch', `payload.tar: expected BLAKE3 ${manifest.archive.blake3} (manifest), got ${blake3}`, 'payload.tar');
    }
    const extractDir = (0,external_node_path_.join)(req.stagingDir, 'extract');
    const stats = await extractVerified(payload, manifest, extractDir);
    return { manifest, signer, extractDir, stats };
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/restore.js
/** operation: restore — look up, stage, verify, then (only then) place; quarantine on any rejection. */








async function restore(req) {
    const t0 = performance.now();
    const { ctx } = req;
    const tiers = readableTiers(req.job, req.rules);
    const evidence = {
        operation: 'restore',
        backend: req.backend.name,
        tiersRead: tiers,
        signerPolicy: req.verifier.describe(),
        hit: false,
        exact: false,
        ms: 0
    };
    const outputs = {
        'cache-hit': 'false',
        'matched-key': '',
        'verified-files': '0',
        quarantined: 'false'
    };
    const stagingRoot = (0,external_node_path_.join)(ctx.tempDir, 'cache-sentinel');
    (0,external_node_fs_.mkdirSync)(stagingRoot, { recursive: true, mode: 0o700 });
    for (const tier of tiers) {
        const keys = [req.key, ...req.restoreKeys].map((k) => storageKey(tier, req.pathsId, k));
        const found = await req.backend.lookup(keys);
        if (!found)
            continue;
        const staging = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(stagingRoot, 'staging-'));
        let bytes = 0;
        try {
            bytes = (await found.fetch(staging)).bytes;
            const verified = await verifyStagedEntry({
                stagingDir: staging,
                matchedKey: found.matchedKey,
                tier,
                paths: req.paths,
                pathsId: req.pathsId,
                job: req.job,
                rules: req.rules,
                verifier: req.verifier
            });
            checkDestinations(verified.manifest, ctx.workspace);
            placeEntry(verified.manifest, verified.extractDir, ctx.workspace);
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            const m = verified.manifest;
            const exact = found.matchedKey === keys[0];
            evidence.ms = Math.round(performance.now() - t0);
            Object.assign(evidence, {
                hit: true,
                exact,
                matchedKey: m.key,
                tier,
                signer: verified.signer.id,
                writtenBy: { event: m.event, ref: m.ref, runId: m.runId, sha: m.sha },
                files: verified.stats.files,
                bytes: verified.stats.bytes
            });
            appendEvent(ctx.tempDir, {
                event: 'cache_events',
                hit: true,
                key: req.key,
                matchedKey: m.key,
                tier,
                bytes,
                ms: evidence.ms,
                verified: true,
                ts: ctx.now().toISOString()
            });
            ctx.log(`cache-sentinel: restored ${m.key} (${tier}, ${verified.stats.files} files verified, signed by ${verified.signer.id})`);
            return {
                verdict: 'pass',
                summary: `${exact ? 'restored' : 'restored (restore-key match)'} ${m.key} from tier ${tier}: ${verified.stats.files} files verified (BLAKE3, signed by ${verified.signer.id})`,
                findings: [],
                evidence,
                outputs: {
                    'cache-hit': String(exact),
                    'matched-key': m.key,
                    'verified-files': String(verified.stats.files),
                    quarantined: 'false'
                }
            };
        }
        catch (err) {
            if (!(err instanceof Rejection) && !(err instanceof backend/* EnvelopeError */.tO)) {
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
                throw err;
            }
            const reason = err instanceof Rejection ? err.reason : 'bad-envelope';
            const files = err instanceof Rejection && err.file ? [err.file] : [];
            const dir = quarantine(ctx.tempDir, staging, ctx.now());
            evidence.ms = Math.round(performance.now() - t0);
            evidence.quarantine = { reason, message: err.message, dir, files };
            evidence.tier = tier;
            appendEvent(ctx.tempDir, {
                event: 'cache_quarantine',
                key: found.matchedKey,
                tier,
                reason,
                files,
                ts: ctx.now().toISOString(),
                message: err.message,
                dir
            });
            appendEvent(ctx.tempDir, {
                event: 'cache_events',
                hit: false,
                key: req.key,
                matchedKey: found.matchedKey,
                tier,
                bytes,
                ms: evidence.ms,
                verified: false,
                ts: ctx.now().toISOString()
            });
            return {
                verdict: 'fail',
                summary: `quarantined cache entry ${found.matchedKey} (${reason}): ${err.message}`,
                findings: [
                    {
                        rule: 'cache-sentinel/quarantined',
                        severity: 'error',
                        message: `cache entry '${found.matchedKey}' in tier '${tier}' rejected (${reason}): ${err.message}. Moved to ${dir}; nothing was restored.`,
                        help: 'Rebuild instead of restoring, and find out who wrote this entry. Re-run with mode: audit only to continue without the cache.'
                    }
                ],
                evidence,
                outputs: { ...outputs, quarantined: 'true' }
            };
        }
    }
    evidence.ms = Math.round(performance.now() - t0);
    appendEvent(ctx.tempDir, {
        event: 'cache_events',
        hit: false,
        key: req.key,
        matchedKey: '',
        tier: '',
        bytes: 0,
        ms: evidence.ms,
        verified: false,
        ts: ctx.now().toISOString()
    });
    return {
        verdict: 'pass',
        summary: `cache miss for ${req.key} (looked in ${tiers.join(', ')})`,
        findings: [],
        evidence,
        outputs
    };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./lib/cache/payload.js
/**
 * Writes the payload archive (a plain POSIX tar whose members are `<root>/<path>`) while hashing
 * every file and the archive itself with BLAKE3 in one read of each file.
 */









/** Passes bytes through, hashing and counting them. */
class HashingCounter extends external_node_stream_.Transform {
    hasher = newBlake3();
    bytes = 0;
    _transform(chunk, _enc, cb) {
        this.hasher.update(chunk);
        this.bytes += chunk.length;
        cb(null, chunk);
    }
}
async function writeFileEntry(pack, e) {
    let finished;
    const entry = (() => {
        let w;
        finished = new Promise((res, rej) => {
            w = pack.entry({ name: memberName(e), size: e.size, mode: e.mode, type: 'file', mtime: new Date(0) }, (err) => (err ? rej(err) : res()));
        });
        return w;
    })();
    const h = newBlake3();
    const fh = await (0,promises_.open)(e.abs, 'r');
    let size = 0;
    try {
        for (;;) {
            const buf = Buffer.allocUnsafe(Math.min(blake3_CHUNK_SIZE, Math.max(e.size - size, 1)));
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            if (size > e.size)
                break;
            const chunk = buf.subarray(0, bytesRead);
            h.update(chunk);
            if (!entry.write(chunk))
                await (0,external_node_events_.once)(entry, 'drain');
        }
    }
    finally {
        await fh.close();
    }
    if (size !== e.size) {
        const err = new TreeError(`${e.abs} changed while it was cached (size ${e.size} → ${size}); cache files no step is writing`);
        entry.destroy(err);
        throw err;
    }
    e.blake3 = h.digestHex();
    entry.end(() => undefined);
    await finished;
}
/** Pack `entries` into `archiveFile`; fills each file's `blake3`; returns the archive digest and size. */
async function writePayload(entries, archiveFile) {
    const pack = tar_stream.pack();
    const counter = new HashingCounter();
    const done = (0,external_node_stream_promises_.pipeline)(pack, counter, (0,external_node_fs_.createWriteStream)(archiveFile, { mode: 0o600 }));
    try {
        for (const e of entries) {
            const name = memberName(e);
            if (e.type === 'file')
                await writeFileEntry(pack, e);
            else if (e.type === 'dir')
                pack.entry({ name, type: 'directory', mode: e.mode, mtime: new Date(0) });
            else
                pack.entry({ name, type: 'symlink', linkname: e.target, mode: 0o777, mtime: new Date(0) });
        }
        pack.finalize();
    }
    catch (err) {
        pack.destroy(err);
        await done.catch(() => undefined);
        throw err;
    }
    await done;
    return { blake3: counter.hasher.digestHex(), size: counter.bytes };
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/save.js
/** operation: save — hash and pack the paths, write and sign the manifest, store the envelope. */






async function save(req) {
    const t0 = performance.now();
    const { ctx, job } = req;
    const tier = ownTier(job, req.rules);
    const key = storageKey(tier, req.pathsId, req.key);
    const { roots, entries, missing } = walkPaths(req.paths, ctx.workspace, ctx.env.HOME);
    const files = entries.filter((e) => e.type === 'file');
    const evidence = {
        operation: 'save',
        backend: req.backend.name,
        tier,
        storageKey: key,
        stored: 'nothing',
        files: files.length,
        entries: entries.length,
        bytes: 0,
        missing,
        ms: 0
    };
    const findings = missing.map((m) => ({
        rule: 'cache-sentinel/nothing-to-save',
        severity: 'warning',
        message: `path '${m}' matches nothing; expected an existing file, folder or glob match`
    }));
    const outputs = {
        'cache-hit': 'false',
        'matched-key': '',
        'verified-files': '0',
        quarantined: 'false'
    };
    if (!entries.length) {
        evidence.ms = Math.round(performance.now() - t0);
        return {
            verdict: 'pass',
            summary: `nothing to save: no file matched ${req.paths.join(', ')}`,
            findings,
            evidence,
            outputs
        };
    }
    const workRoot = (0,external_node_path_.join)(ctx.tempDir, 'cache-sentinel');
    (0,external_node_fs_.mkdirSync)(workRoot, { recursive: true, mode: 0o700 });
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workRoot, 'save-'));
    const envelope = (0,external_node_path_.join)(work, 'envelope');
    (0,external_node_fs_.mkdirSync)(envelope);
    try {
        const archive = await writePayload(entries, (0,external_node_path_.join)(envelope, 'payload.tar'));
        const manifest = {
            schema: MANIFEST_SCHEMA,
            key: req.key,
            tier,
            event: job.event,
            ref: job.ref,
            repository: job.repository,
            runId: job.runId,
            sha: job.sha,
            createdAt: ctx.now().toISOString(),
            roots,
            archive,
            entries: toManifestEntries(entries)
        };
        const bytes = serializeManifest(manifest);
        const signature = await req.signer.sign(bytes);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelope, 'manifest.json'), bytes);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelope, 'signature.json'), JSON.stringify(signature) + '\n');
        evidence.stored = await req.backend.save(key, envelope);
        evidence.bytes = files.reduce((n, e) => n + e.size, 0);
        evidence.archive = archive;
        evidence.signature = signature.type === 'ed25519' ? signature.keyId : 'sigstore';
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
    evidence.ms = Math.round(performance.now() - t0);
    const what = evidence.stored === 'saved' ? 'saved' : 'kept the existing entry for';
    return {
        verdict: 'pass',
        summary: `${what} ${req.key} in tier ${tier}: ${files.length} files, BLAKE3 manifest signed (${evidence.signature})`,
        findings,
        evidence,
        outputs: { ...outputs, 'verified-files': String(files.length) }
    };
}

;// CONCATENATED MODULE: ./lib/signing/policy.js



class Ed25519Verifier {
    trusted;
    constructor(trusted, expectedId) {
        this.trusted = trusted;
        if (expectedId && expectedId !== keyId(trusted)) {
            throw new SignatureError('untrusted-signer', `signer '${expectedId}' does not name verify-key (${keyId(trusted)})`);
        }
    }
    async verify(manifest, signature) {
        return verifyEd25519(manifest, parseSignatureDoc(signature), this.trusted);
    }
    describe() {
        return keyId(this.trusted);
    }
}
class Ed25519Signer {
    key;
    constructor(key) {
        this.key = key;
    }
    async sign(manifest) {
        return signEd25519(manifest, this.key);
    }
}
/** Key mode: verify with verify-key, or with the public half of signing-key. */
function ed25519FromInputs(signingKey, verifyKey, signer) {
    const priv = signingKey ? loadPrivateKey(signingKey) : undefined;
    const pub = verifyKey ? loadPublicKey(verifyKey) : priv ? (0,external_node_crypto_.createPublicKey)(priv) : undefined;
    return {
        signer: priv ? new Ed25519Signer(priv) : undefined,
        verifier: pub ? new Ed25519Verifier(pub, signer || undefined) : undefined
    };
}

// EXTERNAL MODULE: ./lib/sigstore/trust.js + 1 modules
var trust = __webpack_require__(77104);
;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/sigstore-from-input.js
/** signing: sigstore — keyless signing with the job's OIDC token; verification against a trusted root. */





const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;
function trustedRoots(file, ctx) {
    if (!file)
        return [(0,trust/* publicGoodTrust */.$$)()];
    const abs = (0,external_node_path_.resolve)(ctx.workspace, file);
    if (!(0,external_node_fs_.existsSync)(abs))
        throw new errors/* InputError */.dz('trusted-root', `${abs} does not exist`);
    const size = (0,external_node_fs_.statSync)(abs).size;
    if (size > MAX_TRUSTED_ROOT_BYTES)
        throw new errors/* InputError */.dz('trusted-root', `${abs} is ${size} bytes; expected a trusted_root.json of at most ${MAX_TRUSTED_ROOT_BYTES}`);
    try {
        return (0,trust/* trustFromText */.a$)((0,external_node_fs_.readFileSync)(abs, 'utf8'), file);
    }
    catch (err) {
        if (err instanceof trust/* TrustRootError */.Tr)
            throw new errors/* InputError */.dz('trusted-root', err.message);
        throw err;
    }
}
function serviceURL(ctx, name, fallback) {
    const v = ctx.env[name]?.trim() || fallback;
    try {
        const u = new URL(v);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            throw new Error('not http(s)');
    }
    catch {
        throw new errors/* InputError */.dz('signing', `${name}='${v}' is not an http(s) URL`);
    }
    return v.replace(/\/+$/, '');
}
function sigstoreFromInputs(inputs, ctx, job, deps = {}) {
    const operation = inputs.string('operation');
    const setup = {
        signerInput: 'signing',
        signerHelp: "sigstore needs the job's OIDC token: run in a GitHub Actions job with permissions id-token: write, or use signing: key",
        verifierInput: 'trusted-root',
        verifierHelp: 'a trusted_root.json (default: the pinned Sigstore public-good root)'
    };
    if (operation === 'save') {
        const idToken = deps.idToken;
        if (!idToken || ctx.env.GITHUB_ACTIONS !== 'true')
            return setup;
        const timeoutMs = Math.min(inputs.duration('timeout') ?? 60_000, 60_000);
        setup.signer = new SigstoreSigner({
            getToken: async () => {
                let token;
                try {
                    token = await idToken('sigstore');
                }
                catch (err) {
                    throw new errors/* InputError */.dz('signing', `could not get the job's OIDC token (${err.message}); grant permissions: id-token: write, or use signing: key`);
                }
                ctx.secret(token);
                return token;
            },
            fulcioURL: serviceURL(ctx, 'CI_INTEL_FULCIO_URL', PUBLIC_FULCIO_URL),
            rekorURL: serviceURL(ctx, 'CI_INTEL_REKOR_URL', PUBLIC_REKOR_URL),
            timeoutMs
        });
        return setup;
    }
    const signer = inputs.string('signer');
    if (!signer && !ctx.env.GITHUB_REPOSITORY)
        throw new errors/* InputError */.dz('signer', 'is required outside a workflow job (GITHUB_REPOSITORY is not set): the expected workflow identity glob');
    setup.verifier = new SigstoreVerifier(trustedRoots(inputs.string('trusted-root'), ctx), {
        identity: signer || `https://github.com/${job.repository}/.github/workflows/*`,
        issuer: GITHUB_ACTIONS_ISSUER
    });
    return setup;
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/signing-from-input.js


function signingFromInputs(inputs, ctx, job, deps = {}) {
    if (inputs.string('signing') === 'key') {
        const { signer, verifier } = ed25519FromInputs(inputs.string('signing-key'), inputs.string('verify-key'), inputs.string('signer'));
        return {
            signer,
            verifier,
            signerInput: 'signing-key',
            signerHelp: 'is required to save with signing: key (an Ed25519 private key PEM from a secret, e.g. openssl genpkey -algorithm ed25519)',
            verifierInput: 'verify-key',
            verifierHelp: 'is required to restore with signing: key (the Ed25519 public key PEM, or give signing-key)'
        };
    }
    return sigstoreFromInputs(inputs, ctx, job, deps);
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/index.js
/** Gate: cache-sentinel — signed, BLAKE3-verified CI caches with quarantine. */











const RULES = [
    {
        id: 'cache-sentinel/quarantined',
        title: 'Cache entry rejected and quarantined',
        help: 'The entry failed signature, tier or integrity checks and was moved to $RUNNER_TEMP/ci-intel/quarantine; the job must rebuild. Investigate who wrote it (see cache-events.ndjson).',
        severity: 'error'
    },
    {
        id: 'cache-sentinel/nothing-to-save',
        title: 'No files matched the cache paths',
        help: 'Check the path input: nothing was saved.',
        severity: 'warning'
    }
];
/** Short id of the path list; part of every storage key, like actions/cache's version. */
function pathsId(paths) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(paths)).digest('hex').slice(0, 12);
}
async function evaluate(inputs, ctx, deps) {
    const operation = inputs.requireString('operation');
    const paths = inputs.list('path');
    if (!paths.length)
        throw new errors/* InputError */.dz('path', 'is required: files, folders or globs to cache');
    const key = inputs.requireString('key');
    if (key.length > 512 || key.includes(','))
        throw new errors/* InputError */.dz('key', 'must be at most 512 characters without commas (as actions/cache)');
    const restoreKeys = inputs.list('restore-keys');
    const timeoutMs = inputs.duration('timeout') ?? 300_000;
    try {
        const job = jobContext(ctx.env, inputs.string('default-branch') || undefined);
        const rules = parseTrustRules(inputs.list('trust'), job.defaultBranch);
        const signing = signingFromInputs(inputs, ctx, job, deps);
        const backend = await backendFromInput(inputs.string('backend') ?? 'github', ctx, timeoutMs);
        await initBlake3();
        const common = { paths, pathsId: pathsId(paths), key, job, rules, backend, ctx };
        if (operation === 'restore') {
            if (!signing.verifier)
                throw new errors/* InputError */.dz(signing.verifierInput, signing.verifierHelp);
            return await restore({ ...common, restoreKeys, verifier: signing.verifier });
        }
        if (!signing.signer)
            throw new errors/* InputError */.dz(signing.signerInput, signing.signerHelp);
        return await save({ ...common, signer: signing.signer });
    }
    catch (err) {
        if (err instanceof backend/* BackendError */.Jh)
            throw new errors/* GateError */.ue(err.message, 'The cache service did not answer as expected; the gate fails closed. Re-run the job, or use mode: audit to continue without the cache.');
        if (err instanceof SigstoreSignError)
            throw new errors/* GateError */.ue(err.message, 'The manifest could not be signed, so nothing was saved. Check permissions: id-token: write and that the Sigstore services are reachable, or use signing: key.');
        if (err instanceof TierError)
            throw new errors/* InputError */.dz('trust', err.message);
        if (err instanceof KeyError)
            throw new errors/* InputError */.dz(inputs.string('signing-key') ? 'signing-key' : 'verify-key', err.message);
        throw err;
    }
}
/** The gate with what the runtime supplies (the Actions adapter passes `core.getIDToken`). */
function makeCacheSentinel(deps = {}) {
    return {
        name: 'cache-sentinel',
        rules: RULES,
        evaluate: (inputs, ctx) => evaluate(inputs, ctx, deps)
    };
}
/** Without an OIDC token provider: signing: sigstore can restore but not save (local runs). */
const cacheSentinel = makeCacheSentinel();


/***/ })

};
