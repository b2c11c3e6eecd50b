export const id = 278;
export const ids = [278];
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

/***/ 17645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ EVENTS_FILE),
/* harmony export */   Zn: () => (/* binding */ appendEvent),
/* harmony export */   tW: () => (/* binding */ quarantine)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/** The sentinel's telemetry and quarantine: NDJSON records and a folder per rejected entry. */



const EVENTS_FILE = 'cache-events.ndjson';
function appendEvent(tempDir, record) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(tempDir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir, EVENTS_FILE);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, JSON.stringify(record) + '\n');
    return file;
}
/** Move a staged entry to `<tempDir>/quarantine/<timestamp>/` (kept for forensics, never restored). */
function quarantine(tempDir, stagingDir, now) {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir, 'quarantine', `${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir, 'quarantine'), { recursive: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(stagingDir, dest);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(stagingDir, dest, { recursive: true, verbatimSymlinks: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(stagingDir, { recursive: true, force: true });
    }
    return dest;
}


/***/ }),

/***/ 71278:
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
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(15273);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
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
/**
 * The event payload the tier decision reads (fork or not, default branch). Absent (a local run)
 * is no payload; present but unreadable, not JSON or duplicate-keyed is an error, never a guess.
 */
function readEvent(path) {
    if (!path)
        return undefined;
    try {
        const doc = (0,strict_json/* parseStrictJson */.RJ)((0,read_file.readRegularTextFile)(path, { maxBytes: 16 * 1024 * 1024, what: 'GITHUB_EVENT_PATH' }), `the event payload ${path}`);
        if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
            throw new TierError(`the event payload ${path} is not a JSON object`);
        return doc;
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ || err instanceof strict_json/* JsonDocumentError */.sT)
            throw new TierError(`${err.message}; the trust tier depends on it (expected the runner's event payload)`);
        throw err;
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
    if (!items.length)
        throw new TierError('is empty: no run could write the trusted tier; expected rules such as push:refs/heads/{default}, push:refs/tags/*');
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./lib/hashing/blake3.js
/**
 * BLAKE3 through a maintained library: the native `@napi-rs/blake-hash` (the Rust `blake3` crate,
 * SIMD) where its prebuilt binary loads, else `hash-wasm` (portable WASM). Both give the same
 * digests; tests check that.
 */



let factory;
let implementation;
let nativeError;
const requireHere = (0,external_node_module_.createRequire)(import.meta.url);
function isMusl() {
    const report = process.report?.getReport();
    return !report?.header?.glibcVersionRuntime;
}
/** The prebuilt binary's file name, which the build copies next to each bundle that hashes. */
const NATIVE_BINARY = 'blake.linux-x64-gnu.node';
/**
 * The native binding. The umbrella package's loader tests `__dirname`, which does not exist in
 * the ESM bundles, so there it always failed. On linux-x64 (glibc) the binary is loaded directly:
 * from next to the running file (the bundles; scripts/build.mjs puts it there), else from its
 * platform package (lib/, tests). Other platforms go through the umbrella package.
 */
function nativeModule() {
    if (process.platform === 'linux' && process.arch === 'x64' && !isMusl()) {
        const beside = (0,external_node_url_.fileURLToPath)(new URL(`./${NATIVE_BINARY}`, import.meta.url));
        return requireHere((0,external_node_fs_.existsSync)(beside) ? beside : '@napi-rs/blake-hash-linux-x64-gnu');
    }
    return requireHere('@napi-rs/blake-hash');
}
async function loadNative() {
    const mod = nativeModule();
    const Hasher = mod.Blake3Hasher;
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
            nativeError = err.message.split('\n')[0].slice(0, 300);
        }
    }
    factory = await loadWasm();
    implementation = 'wasm';
    return implementation;
}
function blake3Implementation() {
    return implementation;
}
/** Why the native hasher did not load (when the portable one is in use). */
function blake3NativeError() {
    return implementation === 'wasm' ? nativeError : undefined;
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
    const fd = openSync(file, 'r');
    let size = 0;
    try {
        for (;;) {
            const n = readSync(fd, buffer, 0, buffer.length, null);
            if (n === 0)
                break;
            const chunk = n === buffer.length ? buffer : buffer.subarray(0, n);
            h.update(chunk);
            sink?.(chunk);
            size += n;
        }
    }
    finally {
        closeSync(fd);
    }
    return { blake3: h.digestHex(), size };
}

// EXTERNAL MODULE: ./lib/signing/ed25519.js
var ed25519 = __webpack_require__(30838);
// EXTERNAL MODULE: ./lib/signing/sigstore.js
var sigstore = __webpack_require__(12537);
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
            let key;
            try {
                key = (0,read_file.readRegularTextFile)(keyFile, { maxBytes: 4096, what: 'stored key' });
            }
            catch (err) {
                if (err instanceof read_file/* FileReadError */.tJ)
                    continue; // not an entry this store wrote
                throw err;
            }
            out.push({ key, dir, mtime: (0,external_node_fs_.statSync)(keyFile).mtimeMs });
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
                let payloadPath;
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
                    bytes += st.size;
                    // The payload is read in place, once, through one descriptor (the verifier checks its
                    // size and BLAKE3 while it extracts); only the small files are copied.
                    if (f === 'payload.tar')
                        payloadPath = src;
                    else
                        (0,external_node_fs_.copyFileSync)(src, (0,external_node_path_.join)(stagingDir, f));
                }
                return { bytes, payloadPath };
            }
        };
    }
    newEnvelopeDir() {
        (0,external_node_fs_.mkdirSync)(this.root, { recursive: true });
        const tmp = (0,external_node_path_.join)(this.root, `.tmp-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        (0,external_node_fs_.mkdirSync)(tmp, { mode: 0o700 });
        return tmp;
    }
    discardEnvelopeDir(dir) {
        if ((0,external_node_path_.dirname)(dir) === this.root && (0,external_node_path_.basename)(dir).startsWith('.tmp-'))
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    async save(key, envelopeDir) {
        const dest = (0,external_node_path_.join)(this.root, entryDirName(key));
        if ((0,external_node_path_.dirname)(envelopeDir) === this.root && (0,external_node_path_.basename)(envelopeDir).startsWith('.tmp-')) {
            // Written in place by newEnvelopeDir: adopt it with one rename.
            try {
                if ((0,external_node_fs_.existsSync)(dest))
                    return 'exists';
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelopeDir, 'key'), key);
                (0,external_node_fs_.renameSync)(envelopeDir, dest);
                return 'saved';
            }
            catch (err) {
                if ((0,external_node_fs_.existsSync)(dest))
                    return 'exists';
                throw err;
            }
            finally {
                (0,external_node_fs_.rmSync)(envelopeDir, { recursive: true, force: true });
            }
        }
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
    const { GithubBackend } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 24106));
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

// EXTERNAL MODULE: ./lib/cache/events.js
var events = __webpack_require__(17645);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./lib/hashing/manifest.js
var hashing_manifest = __webpack_require__(13779);
;// CONCATENATED MODULE: ./lib/cache/entry-tree.js
/**
 * The one model of what a cache entry places under a root, used by save (the walked tree) and by
 * restore (the signed manifest, before a byte is written, and the archive as it streams).
 *
 * Entries are added in order. An entry may only be placed under real folders of the tree — never
 * beneath a symlink or a file — and each path once. Symlink targets are resolved the way the
 * kernel would resolve them once everything is placed: component by component against the
 * entries in the tree, following symlinks already in it (`a/b -> ..` makes `a/c -> b/../..`
 * climb two levels, not zero), so a chain of individually harmless links cannot reach outside
 * the root. `finish()` re-resolves every link against the complete tree, so a link added before
 * the link it passes through is judged as it will really resolve.
 */
/** Why an entry cannot be placed; `reason` is a stable id (the quarantine reason on restore). */
class PlacementError extends Error {
    reason;
    path;
    name = 'PlacementError';
    constructor(reason, message, path) {
        super(message);
        this.reason = reason;
        this.path = path;
    }
}
/** Most symlinks followed while resolving one path (Linux's MAXSYMLINKS). */
const MAX_HOPS = 40;
const FILE = 1;
const DIR = 2;
const LINK = 3;
class EntryTree {
    label;
    /** Path (relative, `/`-separated; '' is the root) → kind. Implicit parents are folders. */
    kinds = new Map([['', DIR]]);
    links = new Map();
    /** Folders listed as entries (as opposed to created implicitly for a child). */
    listed = new Set();
    /** @param label names the root in messages (e.g. `cache path 'deps'`). */
    constructor(label = 'the cache root') {
        this.label = label;
    }
    /** Place `path` (safe relative path, checked by the caller) as `kind`; throws PlacementError. */
    add(path, kind, target) {
        let slash = path.indexOf('/');
        while (slash !== -1) {
            const parent = path.slice(0, slash);
            const k = this.kinds.get(parent);
            if (k === LINK) {
                throw new PlacementError('write-through-symlink', `'${path}' would be written through the symlink '${parent}'; expected real folders`, path);
            }
            if (k === FILE) {
                throw new PlacementError('not-a-directory', `'${path}' would be placed under '${parent}', which is a file; expected a folder`, path);
            }
            if (k === undefined)
                this.kinds.set(parent, DIR);
            slash = path.indexOf('/', slash + 1);
        }
        const existing = this.kinds.get(path);
        if (existing !== undefined) {
            // A folder created implicitly for an earlier child may be listed later (glob roots).
            if (!(existing === DIR && kind === 'dir' && !this.listed.has(path))) {
                throw new PlacementError('duplicate-member', `'${path}' appears twice; expected each entry once`, path);
            }
        }
        if (kind === 'dir')
            this.listed.add(path);
        this.kinds.set(path, kind === 'file' ? FILE : kind === 'dir' ? DIR : LINK);
        if (kind === 'symlink') {
            this.links.set(path, target ?? '');
            this.checkLink(path);
        }
    }
    /** Re-resolve every symlink against the complete tree (call once all entries are added). */
    finish() {
        for (const link of this.links.keys())
            this.checkLink(link);
    }
    checkLink(link) {
        const target = this.links.get(link);
        if (target === '' ||
            target.startsWith('/') ||
            target.includes('\0') ||
            target.includes('\\') ||
            /^[A-Za-z]:/.test(target)) {
            throw new PlacementError('symlink-escape', `symlink '${link}' points to '${target}'; expected a relative target inside ${this.label}`, link);
        }
        const where = this.resolve(link);
        if (where === 'outside') {
            throw new PlacementError('symlink-escape', `symlink '${link}' points to '${target}', which resolves outside ${this.label} (following the symlinks in the entry); expected a target inside it`, link);
        }
        if (where === 'loop') {
            throw new PlacementError('symlink-loop', `symlink '${link}' points to '${target}', which never resolves (more than ${MAX_HOPS} symlinks); expected a target inside ${this.label}`, link);
        }
    }
    /**
     * Where `link` resolves to, following the tree's symlinks: a path inside the root, 'outside'
     * or 'loop'. Components not in the tree are taken as plain names.
     */
    resolve(link) {
        const stack = link.split('/');
        stack.pop();
        const pending = this.links.get(link).split('/').reverse();
        let hops = 0;
        while (pending.length) {
            const seg = pending.pop();
            if (seg === '' || seg === '.')
                continue;
            if (seg === '..') {
                if (!stack.length)
                    return 'outside';
                stack.pop();
                continue;
            }
            const candidate = stack.length ? `${stack.join('/')}/${seg}` : seg;
            if (this.kinds.get(candidate) === LINK) {
                if (++hops > MAX_HOPS)
                    return 'loop';
                const t = this.links.get(candidate);
                if (t.startsWith('/'))
                    return 'outside';
                for (const s of t.split('/').reverse())
                    pending.push(s);
                continue;
            }
            stack.push(seg);
        }
        return stack.join('/');
    }
}

;// CONCATENATED MODULE: ./lib/cache/tar-reader.js
/**
 * A synchronous, push-driven tar reader for the payload archive: chunks go in with `push`, and
 * each member is reported through plain callbacks — a header, then its data as slices of the
 * chunks given (no copy, no stream per member), then its end. Restores of 20,000 small files
 * spend their time writing files, not driving a stream per member.
 *
 * It reads what the sentinel writes (ustar, PAX `x` headers for long names and sizes, base-256
 * sizes) and reports everything else it meets — hardlinks, devices, FIFOs, unknown types — by
 * type, so the caller refuses them. Global PAX and GNU long-name headers are refused here: the
 * sentinel never writes them, and a name or size that another header silently rewrites is not
 * something a verifier should guess at. Header checksums are checked; an archive that ends
 * inside a member is an error.
 */
const BLOCK = 512;
/** Largest PAX extended header accepted (names and link targets, nothing else). */
const MAX_PAX = 1024 * 1024;
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const TYPES = {
    0: 'file',
    0x30: 'file',
    0x31: 'link',
    0x32: 'symlink',
    0x33: 'character-device',
    0x34: 'block-device',
    0x35: 'directory',
    0x36: 'fifo',
    0x37: 'contiguous-file'
};
function cString(buf, at, len) {
    let end = at;
    const max = at + len;
    while (end < max && buf[end] !== 0)
        end++;
    return buf.toString('utf8', at, end);
}
/** An octal field (spaces and NULs around it allowed) or a base-256 one (high bit set). */
function numeric(buf, at, len, what) {
    if (buf[at] & 0x80) {
        if (buf[at] !== 0x80)
            throw new TarFormatError(`${what} is negative or too large`);
        let v = 0;
        for (let i = at + 1; i < at + len; i++) {
            v = v * 256 + buf[i];
            if (v > Number.MAX_SAFE_INTEGER)
                throw new TarFormatError(`${what} is too large`);
        }
        return v;
    }
    let i = at;
    const end = at + len;
    while (i < end && buf[i] === 0x20)
        i++;
    let v = 0;
    let digits = 0;
    for (; i < end; i++) {
        const c = buf[i];
        if (c === 0 || c === 0x20)
            break;
        if (c < 0x30 || c > 0x37)
            throw new TarFormatError(`${what} is not an octal number`);
        v = v * 8 + (c - 0x30);
        digits++;
    }
    for (; i < end; i++)
        if (buf[i] !== 0 && buf[i] !== 0x20)
            throw new TarFormatError(`${what} is not an octal number`);
    if (!digits && what !== 'checksum')
        return 0;
    return v;
}
function isZeroBlock(buf, at) {
    for (let i = at; i < at + BLOCK; i++)
        if (buf[i] !== 0)
            return false;
    return true;
}
function checksumOk(buf, at) {
    const stored = numeric(buf, at + 148, 8, 'checksum');
    let sum = 0;
    for (let i = at; i < at + BLOCK; i++)
        sum += i >= at + 148 && i < at + 156 ? 0x20 : buf[i];
    return sum === stored;
}
/** PAX records `<len> <key>=<value>\n`; returns path, linkpath and size, refuses malformed ones. */
function parsePax(body) {
    const out = {};
    let at = 0;
    while (at < body.length) {
        if (body[at] === 0)
            break;
        const space = body.indexOf(0x20, at);
        if (space === -1)
            throw new TarFormatError('malformed PAX record');
        const len = Number(body.toString('ascii', at, space));
        if (!Number.isInteger(len) || len <= space - at || at + len > body.length)
            throw new TarFormatError('malformed PAX record length');
        const rec = body.toString('utf8', space + 1, at + len);
        if (!rec.endsWith('\n'))
            throw new TarFormatError('malformed PAX record');
        const eq = rec.indexOf('=');
        if (eq === -1)
            throw new TarFormatError('malformed PAX record');
        const key = rec.slice(0, eq);
        const value = rec.slice(eq + 1, -1);
        if (key === 'path')
            out.path = value;
        else if (key === 'linkpath')
            out.linkpath = value;
        else if (key === 'size') {
            if (!/^[0-9]{1,16}$/.test(value) || Number(value) > Number.MAX_SAFE_INTEGER)
                throw new TarFormatError('malformed PAX size');
            out.size = Number(value);
        }
        at += len;
    }
    return out;
}
var State;
(function (State) {
    State[State["Header"] = 0] = "Header";
    State[State["Data"] = 1] = "Data";
    State[State["Pad"] = 2] = "Pad";
    State[State["Pax"] = 3] = "Pax";
})(State || (State = {}));
class TarReader {
    on;
    state = State.Header;
    /** A header (or PAX body) split across chunks is gathered here. */
    head = Buffer.alloc(BLOCK);
    headUsed = 0;
    remaining = 0;
    padLeft = 0;
    pax;
    paxUsed = 0;
    pending;
    /** The current member is a PAX header, not reported. */
    inPax = false;
    sawEnd = false;
    constructor(on) {
        this.on = on;
    }
    push(chunk) {
        let at = 0;
        const len = chunk.length;
        while (at < len) {
            switch (this.state) {
                case State.Header: {
                    if (this.headUsed === 0 && len - at >= BLOCK) {
                        this.header(chunk, at);
                        at += BLOCK;
                    }
                    else {
                        const n = Math.min(BLOCK - this.headUsed, len - at);
                        chunk.copy(this.head, this.headUsed, at, at + n);
                        this.headUsed += n;
                        at += n;
                        if (this.headUsed === BLOCK) {
                            this.headUsed = 0;
                            this.header(this.head, 0);
                        }
                    }
                    break;
                }
                case State.Data: {
                    const n = Math.min(this.remaining, len - at);
                    this.on.data(chunk.subarray(at, at + n));
                    at += n;
                    this.remaining -= n;
                    if (this.remaining === 0)
                        this.memberDone();
                    break;
                }
                case State.Pax: {
                    const n = Math.min(this.remaining, len - at);
                    chunk.copy(this.pax, this.paxUsed, at, at + n);
                    this.paxUsed += n;
                    at += n;
                    this.remaining -= n;
                    if (this.remaining === 0)
                        this.memberDone();
                    break;
                }
                case State.Pad: {
                    const n = Math.min(this.padLeft, len - at);
                    at += n;
                    this.padLeft -= n;
                    if (this.padLeft === 0)
                        this.state = State.Header;
                    break;
                }
            }
        }
    }
    /** The input ended: it must end between members. */
    finish() {
        if (this.state !== State.Header || this.headUsed !== 0 || this.pending)
            throw new TarFormatError('unexpected end of the archive (it ends inside a member)');
        if (!this.sawEnd)
            throw new TarFormatError('the archive has no end-of-archive blocks');
    }
    header(buf, at) {
        if (isZeroBlock(buf, at)) {
            if (this.pending)
                throw new TarFormatError('a PAX header is followed by the end');
            this.sawEnd = true;
            return;
        }
        if (!checksumOk(buf, at))
            throw new TarFormatError('a tar header has a bad checksum');
        const flag = buf[at + 156];
        let size = numeric(buf, at + 124, 12, 'size');
        if (flag === 0x78) {
            // PAX extended header for the next member.
            if (this.pending)
                throw new TarFormatError('two PAX headers in a row');
            if (size > MAX_PAX)
                throw new TarFormatError(`a PAX header of ${size} bytes`);
            this.pax = Buffer.alloc(size);
            this.paxUsed = 0;
            this.inPax = true;
            this.begin(size, State.Pax);
            return;
        }
        if (flag === 0x67 || flag === 0x4c || flag === 0x4b) {
            throw new TarFormatError(`a ${flag === 0x67 ? 'global PAX' : 'GNU long-name'} header; the sentinel never writes one`);
        }
        let name = cString(buf, at, 100);
        const magic = buf.toString('latin1', at + 257, at + 263);
        if (magic === 'ustar\u0000' || magic === 'ustar ') {
            const prefix = magic === 'ustar\u0000' ? cString(buf, at + 345, 155) : '';
            if (prefix)
                name = `${prefix}/${name}`;
        }
        let linkname = cString(buf, at + 157, 100) || undefined;
        const pax = this.pending;
        this.pending = undefined;
        if (pax?.path !== undefined)
            name = pax.path;
        if (pax?.linkpath !== undefined)
            linkname = pax.linkpath;
        if (pax?.size !== undefined)
            size = pax.size;
        const type = TYPES[flag] ?? 'unknown';
        this.inPax = false;
        this.on.entry({ name, type, size, linkname });
        this.begin(size, State.Data);
    }
    begin(size, state) {
        this.remaining = size;
        this.padLeft = (BLOCK - (size % BLOCK)) % BLOCK;
        if (size === 0)
            this.memberDone();
        else
            this.state = state;
    }
    memberDone() {
        if (this.inPax) {
            this.pending = parsePax(this.pax.subarray(0, this.paxUsed));
            this.pax = undefined;
            this.inPax = false;
        }
        else {
            this.on.end();
        }
        this.state = this.padLeft ? State.Pad : State.Header;
    }
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







const UMASK = process.umask();
const WRITE_FRESH = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
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
/**
 * Check the signed manifest as a whole before a byte is written: each root's entries must form a
 * tree (nothing beneath a symlink or a file, each path once) whose symlinks all resolve inside
 * the root once every entry is placed. Throws a Rejection with the placement reason.
 */
function checkManifestTree(manifest) {
    const trees = manifest.roots.map((r) => new EntryTree(`the cache path '${r.spec}'`));
    try {
        for (const e of manifest.entries)
            trees[e.root].add(e.path, e.type, e.target);
        for (const t of trees)
            t.finish();
    }
    catch (err) {
        if (err instanceof PlacementError) {
            const file = `${manifest.entries.find((e) => e.path === err.path)?.root ?? 0}/${err.path}`;
            throw new Rejection(err.reason, `manifest entry ${err.message}`, file);
        }
        throw err;
    }
}
/**
 * Extract the payload read from `archiveFd` (from offset 0) into `stagingDir/<root>/<path>`,
 * verifying every member against `manifest`, and the stored bytes' size and BLAKE3 as they
 * stream by — one read of the archive. When a member is rejected, the archive is hashed to the
 * end first: a payload that is not the signed one is reported as such (`archive-*-mismatch`).
 */
async function extractVerified(archiveFd, manifest, stagingDir) {
    try {
        const stats = await extractStream(archiveFd, manifest, stagingDir);
        return stats;
    }
    catch (err) {
        if (err instanceof Rejection && !err.reason.startsWith('archive-'))
            checkArchive(archiveFd, manifest);
        throw err;
    }
}
/** Hash the whole stored payload (the slow path, after a rejection). */
function checkArchive(fd, manifest) {
    const h = newBlake3();
    const buf = Buffer.allocUnsafe(blake3_CHUNK_SIZE);
    let pos = 0;
    for (;;) {
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, pos);
        if (n === 0)
            break;
        h.update(buf.subarray(0, n));
        pos += n;
    }
    archiveMatches(manifest, pos, h.digestHex());
}
function archiveMatches(manifest, size, blake3) {
    if (size !== manifest.archive.size)
        throw new Rejection('archive-size-mismatch', `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${size}`, 'payload.tar');
    if (blake3 !== manifest.archive.blake3)
        throw new Rejection('archive-digest-mismatch', `payload.tar: expected BLAKE3 ${manifest.archive.blake3} (manifest), got ${blake3}`, 'payload.tar');
}
async function extractStream(archiveFd, manifest, stagingDir) {
    const expected = new Map(manifest.entries.map((e) => [(0,hashing_manifest/* memberName */.eg)(e), e]));
    checkManifestTree(manifest);
    // What has been written so far, per root: the same placement rules, member by member.
    const staged = manifest.roots.map((r) => new EntryTree(`the cache path '${r.spec}'`));
    const done = new Set();
    const madeDirs = new Set();
    const stats = { files: 0, dirs: 0, symlinks: 0, bytes: 0 };
    (0,external_node_fs_.mkdirSync)(stagingDir, { recursive: true, mode: 0o700 });
    const rootDirs = manifest.roots.map((_, i) => (0,external_node_path_.join)(stagingDir, String(i)));
    for (const d of rootDirs) {
        (0,external_node_fs_.mkdirSync)(d);
        madeDirs.add(d);
    }
    // zlib loads here, on a hit: a miss or a save never reads an archive.
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    // The stored bytes are read through a few reused buffers (no allocation per read, so no GC
    // churn), hashed, and fed to the decompressor or straight to the tar reader.
    const hasher = newBlake3();
    let storedBytes = 0;
    if (manifest.archive.compression === 'zstd' && typeof zlib.createZstdDecompress !== 'function')
        throw new Error(`this entry's payload is zstd-compressed and Node ${process.version} has no zstd; run the restore on Node 24 (runs.using: node24)`);
    const inflate = manifest.archive.compression === 'zstd'
        ? zlib.createZstdDecompress({ chunkSize: 1 << 20 })
        : undefined;
    /** The checks a member passes before a byte of it is written; returns where it goes. */
    const admit = (h) => {
        const name = h.name;
        const parts = splitMember(name);
        if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
            throw new Rejection('absolute-path', `archive member '${name}' has an absolute path; expected a path relative to its cache root`, name);
        }
        if (!parts || !(0,hashing_manifest/* isSafeRelativePath */.VH)(parts.path)) {
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
        try {
            staged[parts.root].add(parts.path, want.type, h.linkname ?? undefined);
        }
        catch (err) {
            if (err instanceof PlacementError)
                throw new Rejection(err.reason, `archive member ${err.message}`, name);
            throw err;
        }
        // Member paths are checked safe relative paths with '/' separators: joined as they are.
        const rootDir = rootDirs[parts.root];
        const slash = parts.path.lastIndexOf('/');
        const dest = `${rootDir}/${parts.path}`;
        const parent = slash === -1 ? rootDir : `${rootDir}/${parts.path.slice(0, slash)}`;
        if (!madeDirs.has(parent)) {
            (0,external_node_fs_.mkdirSync)(parent, { recursive: true, mode: 0o700 });
            madeDirs.add(parent);
        }
        return { name, id, want, kind, dest };
    };
    const asRejection = (err) => err instanceof Rejection
        ? err
        : new Rejection('corrupt-archive', `the payload archive cannot be read: ${err.message}; expected a complete tar`);
    // Each member is checked and written synchronously as its bytes arrive: no stream and no
    // promise per member or per chunk.
    let openFd;
    let file;
    const reader = new TarReader({
        entry: (h) => {
            const m = admit(h);
            const { name, want } = m;
            if (m.kind === 'directory') {
                if (!madeDirs.has(m.dest))
                    (0,external_node_fs_.mkdirSync)(m.dest, { mode: 0o700 });
                (0,external_node_fs_.chmodSync)(m.dest, want.mode | 0o700);
                madeDirs.add(m.dest);
                stats.dirs++;
                done.add(m.id);
                return;
            }
            if (m.kind === 'symlink') {
                const target = h.linkname ?? '';
                if (target !== want.target) {
                    throw new Rejection('symlink-mismatch', `symlink '${name}': expected target '${want.target}' (manifest), got '${target}'`, name);
                }
                (0,external_node_fs_.symlinkSync)(target, m.dest);
                stats.symlinks++;
                done.add(m.id);
                return;
            }
            if (h.size !== want.size) {
                throw new Rejection('size-mismatch', `file '${name}': expected ${want.size} bytes (manifest), got ${h.size ?? 0} in the archive`, name);
            }
            // O_CREAT|O_EXCL|O_NOFOLLOW: a fresh file, never through a symlink at the final component.
            // Created with its final mode (the staging folder is private); fchmod only where the
            // umask took bits away. The staged tree is moved into place as it is.
            const fd = (0,external_node_fs_.openSync)(m.dest, WRITE_FRESH, want.mode);
            openFd = fd;
            file = { name, id: m.id, want, hasher: newBlake3(), fd, size: 0 };
        },
        data: (chunk) => {
            if (!file)
                return; // a folder's or symlink's data: skipped
            file.size += chunk.length;
            if (file.size > file.want.size)
                throw new Rejection('size-mismatch', `file '${file.name}': expected ${file.want.size} bytes (manifest), got more`, file.name);
            file.hasher.update(chunk);
            for (let off = 0; off < chunk.length;)
                off += (0,external_node_fs_.writeSync)(file.fd, chunk, off, chunk.length - off);
        },
        end: () => {
            const f = file;
            if (!f)
                return;
            file = undefined;
            const { want, name } = f;
            if ((want.mode & ~UMASK) !== want.mode)
                (0,external_node_fs_.fchmodSync)(f.fd, want.mode);
            openFd = undefined;
            (0,external_node_fs_.closeSync)(f.fd);
            if (f.size !== want.size) {
                throw new Rejection('size-mismatch', `file '${name}': expected ${want.size} bytes (manifest), got ${f.size}`, name);
            }
            const digest = f.hasher.digestHex();
            if (digest !== want.blake3) {
                throw new Rejection('digest-mismatch', `file '${name}': expected BLAKE3 ${want.blake3} (manifest), got ${digest}`, name);
            }
            stats.files++;
            stats.bytes += f.size;
            done.add(f.id);
        }
    });
    await new Promise((resolve, reject) => {
        let failed = false;
        let stopped = false;
        const fail = (err) => {
            if (failed)
                return;
            failed = true;
            stopped = true;
            if (openFd !== undefined)
                (0,external_node_fs_.closeSync)(openFd);
            openFd = undefined;
            inflate?.destroy();
            reject(asRejection(err));
        };
        const take = (chunk) => {
            if (failed)
                return;
            try {
                reader.push(chunk);
            }
            catch (err) {
                fail(err);
            }
        };
        const finished = () => {
            if (failed)
                return;
            try {
                reader.finish();
                resolve();
            }
            catch (err) {
                fail(err);
            }
        };
        if (inflate) {
            inflate.on('data', take);
            inflate.on('error', fail);
            inflate.on('end', finished);
        }
        const feed = async () => {
            const free = [1, 2, 3, 4].map(() => Buffer.allocUnsafe(1 << 20));
            let waiting;
            let pos = 0;
            while (!stopped) {
                const buf = free.pop() ?? (await new Promise((r) => (waiting = r)), free.pop());
                const n = (0,external_node_fs_.readSync)(archiveFd, buf, 0, buf.length, pos);
                if (n === 0) {
                    free.push(buf);
                    break;
                }
                pos += n;
                const chunk = buf.subarray(0, n);
                hasher.update(chunk);
                storedBytes += n;
                if (!inflate) {
                    // The reader is synchronous and keeps nothing it is given: the buffer is reused.
                    take(chunk);
                    free.push(buf);
                    continue;
                }
                const release = () => {
                    free.push(buf);
                    const w = waiting;
                    waiting = undefined;
                    w?.();
                };
                if (!inflate.write(chunk, release))
                    await (0,external_node_events_.once)(inflate, 'drain');
            }
            if (stopped)
                return;
            if (inflate)
                inflate.end();
            else
                finished();
        };
        feed().catch(fail);
    });
    archiveMatches(manifest, storedBytes, hasher.digestHex());
    for (const [id, e] of expected) {
        if (!done.has(id)) {
            throw new Rejection('missing-file', `manifest entry '${id}' (${e.type}) is absent from the archive; expected every listed entry`, id);
        }
    }
    return stats;
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
function placementTreeError(err, abs, rootAbs) {
    const what = err.reason === 'symlink-escape' || err.reason === 'symlink-loop'
        ? `symlink ${abs} does not stay inside ${rootAbs} (${err.message}); a restore would reject it. Exclude it or cache its target instead`
        : `${abs} cannot be cached: ${err.message}`;
    return new TreeError(what);
}
class Walker {
    entries = [];
    seen = new Set();
    /** Per root: the placement model a restore will check the manifest against. */
    trees = [];
    place(root, rel, abs, kind, target) {
        try {
            this.trees[root].tree.add(rel, kind, target);
        }
        catch (err) {
            if (err instanceof PlacementError)
                throw placementTreeError(err, abs, this.trees[root].rootAbs);
            throw err;
        }
    }
    /** Resolve every symlink against the whole walked tree (the order of the walk cannot hide a chain). */
    finish() {
        for (const { tree, rootAbs } of this.trees) {
            try {
                tree.finish();
            }
            catch (err) {
                if (err instanceof PlacementError)
                    throw placementTreeError(err, (0,external_node_path_.join)(rootAbs, err.path), rootAbs);
                throw err;
            }
        }
    }
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
            this.place(root, rel, abs, 'symlink', t);
            this.entries.push({ root, path: rel, type: 'symlink', size: 0, mode: 0o777, target: t, abs });
        }
        else if (st.isDirectory()) {
            if (rel !== '') {
                this.place(root, rel, abs, 'dir');
                this.entries.push({ root, path: rel, type: 'dir', size: 0, mode: modeOf(st), abs });
            }
            for (const name of (0,external_node_fs_.readdirSync)(abs).sort())
                this.add(root, rootAbs, (0,external_node_path_.join)(abs, name), (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(abs, name)));
        }
        else if (st.isFile()) {
            this.place(root, rel, abs, 'file');
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
        walker.trees.push({ tree: new EntryTree(`the cache path '${spec}'`), rootAbs: '' });
        if (isGlob(spec)) {
            walker.trees[i].rootAbs = (0,external_node_path_.resolve)(workspace);
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
            walker.trees[i].rootAbs = abs;
            walker.add(i, abs, abs, st);
        }
        else {
            roots.push({ spec, base: 'file' });
            walker.trees[i].rootAbs = (0,external_node_path_.dirname)(abs);
            walker.add(i, (0,external_node_path_.dirname)(abs), abs, st);
        }
    });
    walker.finish();
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

;// CONCATENATED MODULE: ./lib/cache/place.js
/**
 * Moves a verified, extracted entry from staging to its destinations. Runs only after every
 * check passed; the tree it reads was written by us in a private folder.
 *
 * Before anything is moved, every destination is checked: a root (or a folder above it, or a
 * folder the entry needs but does not list) that is a symlink resolving outside the workspace —
 * or outside home for `~` paths — is refused, never written through. Folders the entry lists
 * replace whatever is at their path (a symlink there is removed, not followed).
 */





/** A destination the entry cannot be placed at without writing through a foreign symlink. */
class DestinationError extends Error {
    path;
    name = 'DestinationError';
    constructor(message, path) {
        super(message);
        this.path = path;
    }
}
function lstatOrUndefined(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch {
        return undefined;
    }
}
function inside(child, parent) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
function destinationOf(root, workspace, home) {
    const dir = rootDir(root, workspace, home);
    const ws = (0,external_node_path_.resolve)(workspace);
    if (isGlob(root.spec) || inside(dir, ws))
        return { dir, base: ws, baseName: `the workspace ${ws}` };
    if (root.spec === '~' || root.spec.startsWith('~/'))
        return { dir, base: (0,external_node_path_.resolve)(home), baseName: `the home folder ${home}` };
    // An absolute path outside the workspace: the path itself is the boundary.
    return { dir, base: dir, baseName: dir };
}
function realOrSelf(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/**
 * Refuse `dir` when it, or a folder between `d.base` and it, exists as something other than a
 * real folder: a symlink resolving outside the base, or a file.
 */
function checkFolderChain(dir, d, checked) {
    if (checked.has(dir))
        return;
    d.baseReal ??= realOrSelf(d.base);
    const baseReal = d.baseReal;
    // The folders strictly below the base, down to `dir` (the base itself is given).
    const chain = [];
    for (let p = dir; p !== d.base && inside(p, d.base) && (0,external_node_path_.dirname)(p) !== p; p = (0,external_node_path_.dirname)(p))
        chain.push(p);
    chain.reverse();
    for (let i = 0; i < chain.length; i++) {
        const p = chain[i];
        if (checked.has(p))
            continue;
        const st = lstatOrUndefined(p);
        if (!st) {
            // The rest does not exist yet and will be created as real folders.
            for (const q of chain.slice(i))
                checked.add(q);
            break;
        }
        if (st.isSymbolicLink()) {
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(p);
            }
            catch {
                throw new DestinationError(`restore destination ${dir}: ${p} is a symlink that does not resolve; nothing was restored (a restore never writes through a symlink). Remove it or cache another path`, p);
            }
            if (!inside(real, baseReal)) {
                throw new DestinationError(`restore destination ${dir}: ${p} is a symlink to ${real}, outside ${d.baseName}; nothing was restored (a restore never writes through a symlink). Remove the symlink or cache another path`, p);
            }
        }
        else if (!st.isDirectory()) {
            throw new DestinationError(`restore destination ${dir}: ${p} is a file, not a folder; nothing was restored. Remove it or cache another path`, p);
        }
        checked.add(p);
    }
}
/** Check where each root and entry would land before touching anything. */
function checkDestinations(manifest, workspace, home = (0,external_node_os_.homedir)()) {
    const checked = new Set();
    const dests = manifest.roots.map((r) => destinationOf(r, workspace, home));
    const listedDirs = new Set();
    for (const e of manifest.entries) {
        const root = manifest.roots[e.root];
        if (root.base === 'file' && e.path !== (0,external_node_path_.basename)(expandPath(root.spec, workspace, home))) {
            throw new Rejection('paths-mismatch', `entry '${e.path}' under file root '${root.spec}'; expected exactly '${(0,external_node_path_.basename)(root.spec)}'`, e.path);
        }
        const d = dests[e.root];
        if (d.base === d.dir) {
            const st = lstatOrUndefined(d.dir);
            if (st?.isSymbolicLink())
                throw new DestinationError(`restore destination ${d.dir} is a symlink to ${realOrSelf(d.dir)}; nothing was restored (a restore never writes through a symlink). Remove the symlink or cache another path`, d.dir);
        }
        checkFolderChain(d.dir, d, checked);
        // Folders above the entry that the entry does not list: they must be real (or absent).
        const segs = e.path.split('/');
        for (let k = 1; k < segs.length; k++) {
            const rel = segs.slice(0, k).join('/');
            const abs = (0,external_node_path_.join)(d.dir, ...segs.slice(0, k));
            if (listedDirs.has(`${e.root}/${rel}`))
                break;
            checkFolderChain(abs, d, checked);
        }
        if (e.type === 'dir')
            listedDirs.add(`${e.root}/${e.path}`);
    }
}
/** Make `dir` a real folder (its parents were checked by checkDestinations). */
function ensureDir(dir, made) {
    if (made.has(dir))
        return;
    const st = lstatOrUndefined(dir);
    if (!st) {
        ensureDir((0,external_node_path_.dirname)(dir), made);
        (0,external_node_fs_.mkdirSync)(dir);
    }
    else if (!st.isDirectory() && !st.isSymbolicLink()) {
        throw new DestinationError(`${dir} is a file, not a folder; nothing more was restored`, dir);
    }
    made.add(dir);
}
function placeEntry(manifest, extractDir, workspace, home = (0,external_node_os_.homedir)()) {
    const made = new Set();
    // A folder root whose destination does not exist yet (a fresh checkout) is moved with one
    // rename: the staged tree holds exactly the verified entries, with their final modes.
    const moved = new Set();
    manifest.roots.forEach((root, i) => {
        if (root.base !== 'dir')
            return;
        const dest = rootDir(root, workspace, home);
        if (lstatOrUndefined(dest))
            return;
        ensureDir((0,external_node_path_.dirname)(dest), made);
        try {
            (0,external_node_fs_.renameSync)((0,external_node_path_.join)(extractDir, String(i)), dest);
            moved.add(i);
        }
        catch (err) {
            if (err.code !== 'EXDEV')
                throw err;
        }
    });
    for (const e of manifest.entries) {
        if (moved.has(e.root))
            continue;
        const segs = e.path.split('/');
        const src = (0,external_node_path_.join)(extractDir, String(e.root), ...segs);
        const dest = (0,external_node_path_.join)(rootDir(manifest.roots[e.root], workspace, home), ...segs);
        const existing = lstatOrUndefined(dest);
        if (e.type === 'dir') {
            if (existing && !existing.isDirectory())
                (0,external_node_fs_.rmSync)(dest, { force: true });
            ensureDir((0,external_node_path_.dirname)(dest), made);
            if (!existing || !existing.isDirectory())
                (0,external_node_fs_.mkdirSync)(dest);
            (0,external_node_fs_.chmodSync)(dest, e.mode | 0o700);
            made.add(dest);
            continue;
        }
        ensureDir((0,external_node_path_.dirname)(dest), made);
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

// EXTERNAL MODULE: ./lib/signing/signature.js
var signing_signature = __webpack_require__(62445);
;// CONCATENATED MODULE: ./lib/cache/verify-entry.js
/**
 * Verifies a staged entry, in order: signature and signer policy → manifest → key, tier and
 * path binding → archive size and BLAKE3 → safe extraction with per-file checks. Any failure is
 * a Rejection carrying a stable reason; nothing leaves the staging folder here.
 */







function readSmall(file, max) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        return (0,read_file/* readRegularFile */.XF)(file, { maxBytes: max, what: 'the stored' });
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ)
            throw new Rejection(/limit/.test(err.message) ? 'oversized-envelope' : 'bad-envelope', `${err.message.replace(file, (0,external_node_path_.basename)(file))}; expected a regular file of at most ${max} bytes`);
        throw err;
    }
}
async function verifyStagedEntry(req) {
    const manifestBytes = readSmall((0,external_node_path_.join)(req.stagingDir, 'manifest.json'), hashing_manifest/* MAX_MANIFEST_BYTES */.ZJ);
    if (!manifestBytes)
        throw new Rejection('missing-manifest', 'the entry has no manifest.json; expected a signed manifest');
    const sigBytes = readSmall((0,external_node_path_.join)(req.stagingDir, 'signature.json'), 1024 * 1024);
    let signer;
    try {
        signer = await req.verifier.verify(manifestBytes, sigBytes);
    }
    catch (err) {
        if (err instanceof signing_signature/* SignatureError */.VA)
            throw new Rejection(err.reason, err.message);
        throw new Rejection('bad-signature', `signature check failed: ${err.message}`);
    }
    let manifest;
    try {
        manifest = (0,hashing_manifest/* parseManifest */.Ng)(manifestBytes);
    }
    catch (err) {
        if (err instanceof hashing_manifest/* ManifestError */.Sh)
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
    // One descriptor for the whole check: what is hashed is what is extracted.
    const payload = req.payloadPath ?? (0,external_node_path_.join)(req.stagingDir, 'payload.tar');
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(payload, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        throw new Rejection('missing-archive', 'the entry has no payload.tar; expected the archive the manifest describes');
    }
    const extractDir = (0,external_node_path_.join)(req.stagingDir, 'extract');
    let stats;
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new Rejection('bad-envelope', 'payload.tar is not a regular file', 'payload.tar');
        if (st.size !== manifest.archive.size) {
            throw new Rejection('archive-size-mismatch', `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${st.size}`, 'payload.tar');
        }
        stats = await extractVerified(fd, manifest, extractDir);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    // Nothing to check is never a hit: save never signs an entry without a file under each path.
    const filesPerRoot = manifest.roots.map(() => 0);
    for (const e of manifest.entries)
        if (e.type === 'file')
            filesPerRoot[e.root]++;
    const emptyRoot = filesPerRoot.findIndex((n) => n === 0);
    if (emptyRoot !== -1) {
        throw new Rejection('empty-entry', `the signed manifest lists no file under '${manifest.roots[emptyRoot].spec}'; expected at least one file per cache path (save never writes such an entry)`);
    }
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
        let payloadPath;
        try {
            const fetched = await found.fetch(staging);
            bytes = fetched.bytes;
            payloadPath = fetched.payloadPath;
            const verified = await verifyStagedEntry({
                payloadPath,
                stagingDir: staging,
                matchedKey: found.matchedKey,
                tier,
                paths: req.paths,
                pathsId: req.pathsId,
                job: req.job,
                rules: req.rules,
                verifier: req.verifier
            });
            const home = ctx.env.HOME || undefined;
            checkDestinations(verified.manifest, ctx.workspace, home);
            placeEntry(verified.manifest, verified.extractDir, ctx.workspace, home);
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
            (0,events/* appendEvent */.Zn)(ctx.tempDir, {
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
                if (err instanceof DestinationError)
                    throw new errors/* GateError */.ue(err.message, 'The entry verified, but its destination is a symlink leading out of the workspace (or a file); the gate refuses to write through it. Remove it before the restore step.', err.path);
                throw err;
            }
            const reason = err instanceof Rejection ? err.reason : 'bad-envelope';
            // The payload was read in place: keep a copy with the rejected entry, for forensics.
            if (payloadPath && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(staging, 'payload.tar'))) {
                try {
                    (0,external_node_fs_.copyFileSync)(payloadPath, (0,external_node_path_.join)(staging, 'payload.tar'));
                }
                catch {
                    // the store's copy remains; the quarantine record names the key
                }
            }
            const files = err instanceof Rejection && err.file ? [err.file] : [];
            const dir = (0,events/* quarantine */.tW)(ctx.tempDir, staging, ctx.now());
            evidence.ms = Math.round(performance.now() - t0);
            evidence.quarantine = { reason, message: err.message, dir, files };
            evidence.tier = tier;
            (0,events/* appendEvent */.Zn)(ctx.tempDir, {
                event: 'cache_quarantine',
                key: found.matchedKey,
                tier,
                reason,
                files,
                ts: ctx.now().toISOString(),
                message: err.message,
                dir
            });
            (0,events/* appendEvent */.Zn)(ctx.tempDir, {
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
    (0,events/* appendEvent */.Zn)(ctx.tempDir, {
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

;// CONCATENATED MODULE: ./lib/cache/tar-writer.js
/**
 * A POSIX tar writer for the payload archive, built for throughput: headers and small files are
 * assembled in one large buffer (small files are read straight into it), and only full buffers
 * are handed on, so a tree of 20,000 small files costs a few hundred writes, not 150,000. Names
 * longer than ustar allows, and link targets likewise, go in a PAX extended header; sizes past
 * ustar's 8 GiB use base-256, as GNU tar and tar-stream read them.
 */
const tar_writer_BLOCK = 512;
/** Bytes gathered before a flush. */
const BATCH_BYTES = 1 << 20;
function writeOctal(buf, at, width, value) {
    const digits = value.toString(8);
    if (digits.length <= width - 1) {
        buf.write(digits.padStart(width - 1, '0'), at, 'ascii');
        buf[at + width - 1] = 0;
        return;
    }
    // base-256: high bit set, big-endian value in the remaining bytes.
    let v = value;
    for (let i = width - 1; i > 0; i--) {
        buf[at + i] = v % 256;
        v = Math.floor(v / 256);
    }
    buf[at] = 0x80;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bodyLen = Buffer.byteLength(body);
    const digits = String(bodyLen).length;
    let len = bodyLen + digits;
    if (String(len).length > digits)
        len++;
    return Buffer.from(`${len}${body}`, 'utf8');
}
const TYPEFLAG = {
    file: 0x30,
    directory: 0x35,
    symlink: 0x32,
    pax: 0x78
};
/** Fill one 512-byte header at `buf[at]`. Name and link must already fit (≤ 100 bytes). */
function fillHeader(buf, at, name, type, size, mode, linkname = '') {
    buf.fill(0, at, at + tar_writer_BLOCK);
    buf.write(name, at, 100, 'utf8');
    writeOctal(buf, at + 100, 8, mode);
    writeOctal(buf, at + 108, 8, 0);
    writeOctal(buf, at + 116, 8, 0);
    writeOctal(buf, at + 124, 12, size);
    writeOctal(buf, at + 136, 12, 0);
    buf[at + 156] = TYPEFLAG[type];
    buf.write(linkname, at + 157, 100, 'utf8');
    buf.write('ustar\u000000', at + 257, 8, 'latin1');
    buf.fill(0x20, at + 148, at + 156);
    let sum = 0;
    for (let i = at; i < at + tar_writer_BLOCK; i++)
        sum += buf[i];
    buf.write(sum.toString(8).padStart(6, '0'), at + 148, 'ascii');
    buf[at + 154] = 0;
    buf[at + 155] = 0x20;
}
const pad = (n) => (tar_writer_BLOCK - (n % tar_writer_BLOCK)) % tar_writer_BLOCK;
/** Batch buffers in flight at once (reused, so memory and GC stay flat whatever the tree size). */
const POOL = 4;
/**
 * Assembles tar bytes and hands each full batch to `sink`, which calls `release` once it no
 * longer needs the bytes; the buffer is then reused.
 */
class TarWriter {
    sink;
    buf = Buffer.allocUnsafe(BATCH_BYTES);
    used = 0;
    allocated = 1;
    free = [];
    waiting;
    bytes = 0;
    constructor(sink) {
        this.sink = sink;
    }
    async nextBuffer() {
        for (;;) {
            const b = this.free.pop();
            if (b)
                return b;
            if (this.allocated < POOL) {
                this.allocated++;
                return Buffer.allocUnsafe(BATCH_BYTES);
            }
            await new Promise((res) => (this.waiting = res));
        }
    }
    async reserve(n) {
        if (this.used + n > this.buf.length)
            await this.flush();
    }
    async flush() {
        if (!this.used)
            return;
        const whole = this.buf;
        const chunk = whole.subarray(0, this.used);
        this.used = 0;
        this.bytes += chunk.length;
        await this.sink(chunk, () => {
            this.free.push(whole);
            const w = this.waiting;
            this.waiting = undefined;
            w?.();
        });
        this.buf = await this.nextBuffer();
    }
    async header(name, type, size, mode, linkname) {
        const nameLen = Buffer.byteLength(name);
        const linkLen = linkname ? Buffer.byteLength(linkname) : 0;
        if (nameLen > 100 || linkLen > 100) {
            const records = [paxRecord('path', name)];
            if (linkname)
                records.push(paxRecord('linkpath', linkname));
            const pax = Buffer.concat(records);
            await this.reserve(tar_writer_BLOCK + pax.length + pad(pax.length));
            if (tar_writer_BLOCK + pax.length + pad(pax.length) > this.buf.length)
                throw new Error('name too long');
            fillHeader(this.buf, this.used, 'PaxHeader', 'pax', pax.length, 0o644);
            this.used += tar_writer_BLOCK;
            pax.copy(this.buf, this.used);
            this.used += pax.length;
            this.buf.fill(0, this.used, this.used + pad(pax.length));
            this.used += pad(pax.length);
            name = truncateUtf8(name, 100);
            linkname = linkname ? truncateUtf8(linkname, 100) : linkname;
        }
        await this.reserve(tar_writer_BLOCK);
        fillHeader(this.buf, this.used, name, type, size, mode, linkname);
        this.used += tar_writer_BLOCK;
    }
    async directory(name, mode) {
        await this.header(name, 'directory', 0, mode);
    }
    async symlink(name, target) {
        await this.header(name, 'symlink', 0, 0o777, target);
    }
    /**
     * A file of `size` bytes whose content `read(buf, offset, length)` fills (returning bytes read,
     * 0 at end); `onData` sees each piece. Small files are read straight into the batch buffer.
     * Returns the bytes actually read (the caller compares with `size`).
     */
    async file(name, mode, size, read, onData) {
        await this.header(name, 'file', size, mode);
        let done = 0;
        while (done < size) {
            if (this.used === this.buf.length)
                await this.flush();
            const want = Math.min(size - done, this.buf.length - this.used);
            const n = read(this.buf, this.used, want);
            if (n === 0)
                break;
            onData(this.buf.subarray(this.used, this.used + n));
            this.used += n;
            done += n;
        }
        if (done < size)
            return done;
        const p = pad(size);
        await this.reserve(p);
        this.buf.fill(0, this.used, this.used + p);
        this.used += p;
        return done;
    }
    /** Two zero blocks, then the last flush. */
    async end() {
        await this.reserve(2 * tar_writer_BLOCK);
        this.buf.fill(0, this.used, this.used + 2 * tar_writer_BLOCK);
        this.used += 2 * tar_writer_BLOCK;
        await this.flush();
    }
}
function truncateUtf8(s, max) {
    const b = Buffer.from(s, 'utf8');
    if (b.length <= max)
        return s;
    let end = max;
    while (end > 0 && (b[end] & 0xc0) === 0x80)
        end--;
    return b.subarray(0, end).toString('utf8');
}

;// CONCATENATED MODULE: ./lib/cache/payload.js
/**
 * Writes the payload archive (a POSIX tar whose members are `<root>/<path>`, zstd-compressed where
 * this Node has zstd) while hashing every file with BLAKE3 and the stored bytes too, in one read
 * of each file. Files are read with plain synchronous reads straight into the tar batch buffer;
 * compression runs on the thread pool meanwhile, so reading, hashing and compressing overlap.
 */







/** zlib, loaded when a payload is written or its compression chosen (not at every start). */
const loadZlib = () => (0,external_node_module_.createRequire)(import.meta.url)('node:zlib');
/** zstd where this Node has it (22.15+, 24); the manifest records which. */
function defaultCompression() {
    return typeof loadZlib().createZstdCompress === 'function'
        ? 'zstd'
        : 'none';
}
/** A writable for the stored bytes: hashes and counts them, then writes them to `fd`. */
function storedSink(fd) {
    const hasher = newBlake3();
    let size = 0;
    return {
        write(chunk) {
            hasher.update(chunk);
            size += chunk.length;
            let off = 0;
            while (off < chunk.length)
                off += (0,external_node_fs_.writeSync)(fd, chunk, off, chunk.length - off);
        },
        result: () => ({ blake3: hasher.digestHex(), size })
    };
}
/**
 * Pack `entries` into `archiveFile`; fills each file's `blake3`; returns the digest and size of
 * the stored (compressed) bytes and the compression used.
 */
async function writePayload(entries, archiveFile, compression = defaultCompression()) {
    const out = (0,external_node_fs_.openSync)(archiveFile, 'wx', 0o600);
    try {
        const stored = storedSink(out);
        let sink;
        let finish;
        if (compression === 'zstd') {
            const zlib = loadZlib();
            const z = zlib.createZstdCompress({
                chunkSize: 1 << 20,
                params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 }
            });
            let failed;
            z.on('data', (c) => stored.write(c));
            z.on('error', (err) => (failed = err));
            sink = async (chunk, release) => {
                if (failed)
                    throw failed;
                if (!z.write(chunk, release))
                    await (0,external_node_events_.once)(z, 'drain');
            };
            finish = async () => {
                const ended = (0,external_node_events_.once)(z, 'end');
                z.end();
                await ended;
                if (failed)
                    throw failed;
            };
        }
        else {
            sink = (chunk, release) => {
                stored.write(chunk);
                release();
            };
            finish = async () => undefined;
        }
        const tar = new TarWriter(sink);
        for (const e of entries) {
            const name = (0,hashing_manifest/* memberName */.eg)(e);
            if (e.type === 'dir')
                await tar.directory(name, e.mode);
            else if (e.type === 'symlink')
                await tar.symlink(name, e.target);
            else
                await packFile(tar, e, name);
        }
        await tar.end();
        await finish();
        return { ...stored.result(), compression };
    }
    finally {
        (0,external_node_fs_.closeSync)(out);
    }
}
async function packFile(tar, e, name) {
    const h = newBlake3();
    const fd = (0,external_node_fs_.openSync)(e.abs, 'r');
    let read;
    let now;
    try {
        read = await tar.file(name, e.mode, e.size, (buf, off, len) => (0,external_node_fs_.readSync)(fd, buf, off, len, null), (piece) => h.update(piece));
        now = (0,external_node_fs_.fstatSync)(fd).size;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (read !== e.size || now !== e.size) {
        h.digestHex();
        throw new TreeError(`${e.abs} changed while it was cached (size ${e.size} → ${read !== e.size ? read : now}); cache files no step is writing`);
    }
    e.blake3 = h.digestHex();
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
    // Nothing to check is never a pass: every path item must contribute at least one file.
    const perRoot = new Array(roots.length).fill(0);
    for (const f of files)
        perRoot[f.root]++;
    const empty = req.paths.filter((_, i) => perRoot[i] === 0);
    if (empty.length) {
        const what = empty.map((p) => `'${p}'${missing.includes(p) ? ' (matches nothing)' : ' (no files in it)'}`);
        throw new errors/* InputError */.dz('path', `${what.join(', ')}: no file to cache in the workspace ${ctx.workspace}; nothing was saved. Save after the step that creates the files, or fix the path (relative paths are under the workspace, ~ is ${ctx.env.HOME ?? 'the home folder'})`);
    }
    const findings = [];
    const outputs = {
        'cache-hit': 'false',
        'matched-key': '',
        'verified-files': '0',
        quarantined: 'false'
    };
    // A local store hands out a folder inside itself (the envelope is adopted with one rename);
    // otherwise the envelope is written to a private temp folder and the backend uploads it.
    let work;
    let envelope;
    if (req.backend.newEnvelopeDir) {
        envelope = req.backend.newEnvelopeDir();
    }
    else {
        const workRoot = (0,external_node_path_.join)(ctx.tempDir, 'cache-sentinel');
        (0,external_node_fs_.mkdirSync)(workRoot, { recursive: true, mode: 0o700 });
        work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workRoot, 'save-'));
        envelope = (0,external_node_path_.join)(work, 'envelope');
        (0,external_node_fs_.mkdirSync)(envelope);
    }
    try {
        const archive = await writePayload(entries, (0,external_node_path_.join)(envelope, 'payload.tar'));
        const manifest = {
            schema: hashing_manifest/* MANIFEST_SCHEMA */.KB,
            key: req.key,
            tier,
            event: job.event,
            ref: job.ref,
            repository: job.repository,
            runId: job.runId,
            sha: job.sha,
            createdAt: ctx.now().toISOString(),
            roots,
            archive: {
                blake3: archive.blake3,
                size: archive.size,
                ...(archive.compression === 'zstd' ? { compression: 'zstd' } : {})
            },
            entries: toManifestEntries(entries)
        };
        const bytes = (0,hashing_manifest/* serializeManifest */.MZ)(manifest);
        const signature = await req.signer.sign(bytes);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelope, 'manifest.json'), bytes);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelope, 'signature.json'), JSON.stringify(signature) + '\n');
        evidence.stored = await req.backend.save(key, envelope);
        evidence.bytes = files.reduce((n, e) => n + e.size, 0);
        evidence.archive = manifest.archive;
        evidence.signature = signature.type === 'ed25519' ? signature.keyId : 'sigstore';
    }
    finally {
        if (work)
            (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        else
            req.backend.discardEnvelopeDir?.(envelope);
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
        if (expectedId && expectedId !== (0,ed25519/* keyId */.xs)(trusted)) {
            throw new signing_signature/* SignatureError */.VA('untrusted-signer', `signer '${expectedId}' does not name verify-key (${(0,ed25519/* keyId */.xs)(trusted)})`);
        }
    }
    async verify(manifest, signature) {
        return (0,ed25519/* verifyEd25519 */.I5)(manifest, (0,signing_signature/* parseSignatureDoc */.kD)(signature), this.trusted);
    }
    describe() {
        return (0,ed25519/* keyId */.xs)(this.trusted);
    }
}
class Ed25519Signer {
    key;
    constructor(key) {
        this.key = key;
    }
    async sign(manifest) {
        return (0,ed25519/* signEd25519 */.pI)(manifest, this.key);
    }
}
/** Key mode: verify with verify-key, or with the public half of signing-key. */
function ed25519FromInputs(signingKey, verifyKey, signer) {
    const priv = signingKey ? (0,ed25519/* loadPrivateKey */.PM)(signingKey) : undefined;
    const pub = verifyKey ? (0,ed25519/* loadPublicKey */.fg)(verifyKey) : priv ? (0,external_node_crypto_.createPublicKey)(priv) : undefined;
    return {
        signer: priv ? new Ed25519Signer(priv) : undefined,
        verifier: pub ? new Ed25519Verifier(pub, signer || undefined) : undefined
    };
}

// EXTERNAL MODULE: ./lib/signing/keyless-inputs.js
var keyless_inputs = __webpack_require__(73287);
// EXTERNAL MODULE: ./lib/sigstore/trusted-root-input.js
var trusted_root_input = __webpack_require__(50847);
;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/sigstore-from-input.js
/** signing: sigstore — keyless signing with the job's OIDC token; verification against a trusted root. */




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
        setup.signer = new sigstore/* SigstoreSigner */.Df({
            getToken: (0,keyless_inputs/* jobTokenGetter */.w)(idToken, ctx, 'signing'),
            fulcioURL: (0,keyless_inputs/* serviceURL */.x)(ctx, 'CI_INTEL_FULCIO_URL', sigstore/* PUBLIC_FULCIO_URL */.v),
            rekorURL: (0,keyless_inputs/* serviceURL */.x)(ctx, 'CI_INTEL_REKOR_URL', sigstore/* PUBLIC_REKOR_URL */.wI),
            timeoutMs
        });
        return setup;
    }
    const signer = inputs.string('signer');
    if (!signer && !ctx.env.GITHUB_REPOSITORY)
        throw new errors/* InputError */.dz('signer', 'is required outside a workflow job (GITHUB_REPOSITORY is not set): the expected workflow identity glob');
    setup.verifier = new sigstore/* SigstoreVerifier */.jR((0,trusted_root_input/* trustedRoots */.V)(inputs.string('trusted-root'), ctx), {
        identity: signer || `https://github.com/${job.repository}/.github/workflows/*`,
        issuer: sigstore/* GITHUB_ACTIONS_ISSUER */.qQ
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
        id: 'cache-sentinel/portable-hasher',
        title: 'Native BLAKE3 did not load',
        help: 'The native BLAKE3 module could not be loaded on this runner (see evidence.hasherError), so the portable WASM hasher was used: same digests, several times slower. Use a linux-x64 (glibc) runner, or report the platform.',
        severity: 'warning'
    }
];
/** Short id of the path list; part of every storage key, like actions/cache's version. */
function pathsId(paths) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(paths)).digest('hex').slice(0, 12);
}
/** Record which BLAKE3 implementation hashed; the portable fallback is never silent. */
function withHasher(result, hasher, ctx) {
    result.evidence.hasher = hasher;
    if (hasher === 'wasm') {
        const why = blake3NativeError() ?? 'unknown reason';
        result.evidence.hasherError = why;
        ctx.log(`cache-sentinel: warning: native BLAKE3 did not load (${why}); using hash-wasm`);
        result.findings.push({
            rule: 'cache-sentinel/portable-hasher',
            severity: 'warning',
            message: `native BLAKE3 did not load on ${process.platform}-${process.arch} (${why}); the portable hash-wasm hasher was used (same digests, slower)`,
            help: 'Nothing is wrong with the cache; to get the fast path, run on linux-x64 (glibc) or report the platform.'
        });
    }
    return result;
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
        const hasher = await initBlake3();
        const common = { paths, pathsId: pathsId(paths), key, job, rules, backend, ctx };
        let result;
        if (operation === 'restore') {
            if (!signing.verifier)
                throw new errors/* InputError */.dz(signing.verifierInput, signing.verifierHelp);
            result = await restore({ ...common, restoreKeys, verifier: signing.verifier });
        }
        else {
            if (!signing.signer)
                throw new errors/* InputError */.dz(signing.signerInput, signing.signerHelp);
            result = await save({ ...common, signer: signing.signer });
        }
        return withHasher(result, hasher, ctx);
    }
    catch (err) {
        if (err instanceof backend/* BackendError */.Jh)
            throw new errors/* GateError */.ue(err.message, 'The cache service did not answer as expected; the gate fails closed. Re-run the job, or use mode: audit to continue without the cache.');
        if (err instanceof sigstore/* SigstoreSignError */.A9)
            throw new errors/* GateError */.ue(err.message, 'The manifest could not be signed, so nothing was saved. Check permissions: id-token: write and that the Sigstore services are reachable, or use signing: key.');
        if (err instanceof TierError)
            throw new errors/* InputError */.dz('trust', err.message);
        if (err instanceof ed25519/* KeyError */.eN)
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


/***/ }),

/***/ 13779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   eg: () => (/* binding */ memberName)
/* harmony export */ });
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66613);
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
function int(o, k, where, max = Number.MAX_SAFE_INTEGER) {
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
        doc = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictJsonBytes */ .ml)(bytes, 'manifest.json');
    }
    catch (err) {
        if (err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonDocumentError */ .sT)
            throw new ManifestError(err.message);
        throw err;
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
    onlyKeys(archive, ['blake3', 'size', 'compression'], 'archive');
    if (archive.compression !== undefined && archive.compression !== 'zstd')
        fail('archive.compression', 'zstd (or no field: an uncompressed tar)', archive.compression);
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
        const root = int(o, 'root', where, parsedRoots.length - 1);
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
            size: int(o, 'size', where),
            mode: int(o, 'mode', where, 0o777)
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
        archive: {
            blake3: archiveDigest,
            size: int(archive, 'size', 'archive'),
            ...(archive.compression === 'zstd' ? { compression: 'zstd' } : {})
        },
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


/***/ }),

/***/ 30838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ verifyEd25519),
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   eN: () => (/* binding */ KeyError),
/* harmony export */   fg: () => (/* binding */ loadPublicKey),
/* harmony export */   pI: () => (/* binding */ signEd25519),
/* harmony export */   xs: () => (/* binding */ keyId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62445);
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
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pemText(text));
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
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pemText(text));
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
    return `ed25519:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex')}`;
}
function signEd25519(message, privateKey) {
    const pub = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    return {
        schema: _signature_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_SCHEMA */ .NY,
        type: 'ed25519',
        keyId: keyId(pub),
        signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, privateKey).toString('base64')
    };
}
/** Verify with the trusted public key; throws SignatureError naming expected and actual. */
function verifyEd25519(message, doc, trusted) {
    if (doc.type !== 'ed25519')
        throw new _signature_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA('untrusted-signer', `expected an ed25519 signature (signing: key), got ${doc.type}`);
    const expected = keyId(trusted);
    if (doc.keyId !== expected) {
        throw new _signature_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA('untrusted-signer', `signed by key ${doc.keyId}; expected key ${expected}`);
    }
    const sig = Buffer.from(doc.signature, 'base64');
    if (sig.length !== 64 || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, trusted, sig)) {
        throw new _signature_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA('bad-signature', `the Ed25519 signature does not match the manifest bytes under key ${expected}`);
    }
    return { type: 'ed25519', id: expected };
}


/***/ }),

/***/ 73287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ jobTokenGetter),
/* harmony export */   x: () => (/* binding */ serviceURL)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/** What keyless signing reads from a job: service URLs from the environment, the OIDC token. */

/** A service URL from `name` in the environment (tests point it at 127.0.0.1), else `fallback`. */
function serviceURL(ctx, name, fallback) {
    const v = ctx.env[name]?.trim() || fallback;
    try {
        const u = new URL(v);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            throw new Error('not http(s)');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signing', `${name}='${v}' is not an http(s) URL`);
    }
    return v.replace(/\/+$/, '');
}
/**
 * The signer's token source: the job's OIDC token for Sigstore, registered as a secret; a job
 * without `id-token: write` is an input error on `input` that says what to grant.
 */
function jobTokenGetter(idToken, ctx, input) {
    return async () => {
        let token;
        try {
            token = await idToken('sigstore');
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `could not get the job's OIDC token (${err.message}); grant permissions: id-token: write, or use signing: key`);
        }
        ctx.secret(token);
        return token;
    };
}


/***/ }),

/***/ 62445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NY: () => (/* binding */ SIGNATURE_SCHEMA),
/* harmony export */   VA: () => (/* binding */ SignatureError),
/* harmony export */   kD: () => (/* binding */ parseSignatureDoc)
/* harmony export */ });
/* unused harmony export MAX_SIGNATURE_BYTES */
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66613);
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
        doc = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictJsonBytes */ .ml)(bytes, 'signature.json');
    }
    catch (err) {
        if (err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonDocumentError */ .sT)
            throw new SignatureError('bad-signature', err.message);
        throw err;
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


/***/ }),

/***/ 12537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ SigstoreSignError),
/* harmony export */   Df: () => (/* binding */ SigstoreSigner),
/* harmony export */   jR: () => (/* binding */ SigstoreVerifier),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   v: () => (/* binding */ PUBLIC_FULCIO_URL),
/* harmony export */   wI: () => (/* binding */ PUBLIC_REKOR_URL)
/* harmony export */ });
/* unused harmony export MANIFEST_PAYLOAD_TYPE */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15273);
/* harmony import */ var _sigstore_fulcio_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75676);
/* harmony import */ var _sigstore_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79673);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62445);




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
        const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(759), __webpack_require__.e(179)]).then(__webpack_require__.t.bind(__webpack_require__, 15179, 19));
        const fetchOptions = { timeout: this.o.timeoutMs, retry: { retries: 2 } };
        const builder = new DSSEBundleBuilder({
            signer: new FulcioSigner({
                identityProvider: { getToken: this.o.getToken },
                fulcioBaseURL: this.o.fulcioURL,
                ...fetchOptions
            }),
            witnesses: [
                ...(this.o.rekorURL
                    ? [
                        new RekorWitness({
                            rekorBaseURL: this.o.rekorURL,
                            entryType: 'intoto',
                            ...fetchOptions
                        })
                    ]
                    : []),
                ...(this.o.tsaURL ? [new TSAWitness({ tsaBaseURL: this.o.tsaURL, ...fetchOptions })] : [])
            ]
        });
        let bundle;
        try {
            bundle = await builder.create({
                data: Buffer.from(manifest),
                type: this.o.payloadType ?? MANIFEST_PAYLOAD_TYPE
            });
        }
        catch (err) {
            const e = err;
            const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
            throw new SigstoreSignError(`keyless signing failed${e.code ? ` [${e.code}]` : ''}: ${e.message}${cause}; Fulcio ${this.o.fulcioURL}, ${this.o.rekorURL ? `Rekor ${this.o.rekorURL}` : `TSA ${this.o.tsaURL ?? '(none)'}`}`);
        }
        const { bundleToJSON } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 61040, 19));
        return { schema: _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_SCHEMA */ .NY, type: 'sigstore', bundle: bundleToJSON(bundle) };
    }
}
/** `*` in the identity glob may span `/` (a SAN ends in `@refs/heads/...`). */
function sanMatches(san, glob) {
    return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(san.replace(/\//g, '\u0000'), glob.replace(/\//g, '\u0000'), {
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
        const doc = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignatureDoc */ .kD)(signature);
        if (doc.type !== 'sigstore') {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('untrusted-signer', `expected a sigstore bundle (signing: sigstore), got an ${doc.type} signature`);
        }
        const r = (0,_sigstore_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyWithRoots */ .z)(doc.bundle, this.roots);
        if (!r.ok) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA(r.malformed ? 'bad-signature' : 'untrusted-signer', `sigstore bundle did not verify against ${this.roots.map((t) => t.summary.source).join(', ')}: ${r.code}: ${r.message}`);
        }
        if (r.payloadType !== MANIFEST_PAYLOAD_TYPE) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('bad-signature', `bundle payload type is ${JSON.stringify(r.payloadType)}; expected ${MANIFEST_PAYLOAD_TYPE}`);
        }
        if (!r.payload || !Buffer.from(manifest).equals(r.payload)) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('bad-signature', 'the bundle signs other bytes than manifest.json; expected the exact manifest bytes');
        }
        if (!r.certificate) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('untrusted-signer', 'the bundle is signed with a bare key; expected a Fulcio certificate (keyless signing)');
        }
        const id = (0,_sigstore_fulcio_js__WEBPACK_IMPORTED_MODULE_1__/* .fulcioIdentity */ .N)(r.certificate);
        if (id.inconsistencies.length) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('untrusted-signer', `the certificate contradicts itself: ${id.inconsistencies.join('; ')}`);
        }
        if (id.issuer !== this.policy.issuer) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('untrusted-signer', `certificate issuer is ${id.issuer ?? '(none)'}; expected ${this.policy.issuer}`);
        }
        if (!id.san || !sanMatches(id.san, this.policy.identity)) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('untrusted-signer', `signed by ${id.san ?? '(no identity)'}; expected an identity matching ${this.policy.identity} (signer)`);
        }
        const repository = id.sourceRepositoryURI?.replace(/^https:\/\/github\.com\//, '');
        const missing = [
            ['source repository ref (1.3.6.1.4.1.57264.1.14)', id.sourceRepositoryRef],
            ['build trigger (1.3.6.1.4.1.57264.1.20)', id.buildTrigger],
            ['source repository URI (1.3.6.1.4.1.57264.1.12)', repository]
        ].filter(([, v]) => !v);
        if (missing.length) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('untrusted-signer', `the certificate lacks ${missing.map(([n]) => n).join(', ')}; expected a GitHub Actions workflow certificate`);
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


/***/ }),

/***/ 50847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ trustedRoots)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14630);
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66613);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77104);
/** The `trusted-root` input: a trusted_root.json file (or JSON Lines of them), else public-good. */





const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;
/** A trusted root is one JSON document or JSON Lines of them; none may repeat a key. */
function refuseDuplicateKeys(text, source) {
    try {
        (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStrictJson */ .RJ)(text, source);
        return;
    }
    catch (err) {
        if (!(err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonDocumentError */ .sT) || err.pointer !== undefined)
            throw err;
    }
    text.split('\n').forEach((line, i) => {
        if (!line.trim())
            return;
        try {
            (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStrictJson */ .RJ)(line, `${source} line ${i + 1}`);
        }
        catch (err) {
            // Not JSON at all is for trustFromText to explain; a duplicate key is refused here.
            if (err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonDocumentError */ .sT && err.pointer !== undefined)
                throw err;
        }
    });
}
/** The trust material of the `trusted-root` input (a path in the workspace), or public-good. */
function trustedRoots(file, ctx) {
    if (!file)
        return [(0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .publicGoodTrust */ .$$)()];
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.workspace, file);
    try {
        const text = (0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_2__.readRegularTextFile)(abs, {
            maxBytes: MAX_TRUSTED_ROOT_BYTES,
            what: 'trusted root'
        });
        refuseDuplicateKeys(text, file);
        return (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustFromText */ .a$)(text, file);
    }
    catch (err) {
        if (err instanceof _trust_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustRootError */ .Tr ||
            err instanceof _core_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .FileReadError */ .tJ ||
            err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonDocumentError */ .sT)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('trusted-root', err.message);
        throw err;
    }
}


/***/ })

};
