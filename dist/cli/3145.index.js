export const id = 3145;
export const ids = [3145];
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
/**
 * The files of an entry, as stored: `manifest.json`, `signature.json`, `payload.tar`, and (v2
 * manifests, what save writes) `entries.ndjson`, which the signed manifest pins by digest.
 */
const ENVELOPE_FILES = [
    'manifest.json',
    'signature.json',
    'entries.ndjson',
    'payload.tar'
];
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
    'entries.ndjson': 512 * 1024 * 1024,
    'payload.tar': Number.MAX_SAFE_INTEGER
};


/***/ }),

/***/ 69428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ TierError),
/* harmony export */   Aj: () => (/* binding */ loadTrustMatcherFor),
/* harmony export */   IC: () => (/* binding */ readableTiers),
/* harmony export */   Rl: () => (/* binding */ jobContext),
/* harmony export */   Z2: () => (/* binding */ storageKey),
/* harmony export */   j_: () => (/* binding */ ownTier),
/* harmony export */   lO: () => (/* binding */ parseTrustRules),
/* harmony export */   yE: () => (/* binding */ tierViolation)
/* harmony export */ });
/* unused harmony export isTrustedWriter */
/* harmony import */ var _core_read_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14630);
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66613);
/* harmony import */ var _workflows_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59858);
/**
 * Trust tiers: who may write a cache entry that whom may restore.
 *
 * - `trusted`: written by a run whose event and ref match a `trust` rule (default: pushes to the
 *   default branch and tags). Every job may restore it.
 * - `pr-<n>`: a same-repository pull request; only that pull request restores it.
 * - `fork-pr-<n>`: a fork pull request; private to it (never a shared tier).
 * - `ref-<ref>`: any other run (a push to a feature branch, a dispatch); private to that ref.
 *
 * A job reads its own tier first, then `trusted` \u2014 never another pull request's or branch's.
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
        const doc = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .RJ)((0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_0__.readRegularTextFile)(path, { maxBytes: 16 * 1024 * 1024, what: 'GITHUB_EVENT_PATH' }), `the event payload ${path}`);
        if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
            throw new TierError(`the event payload ${path} is not a JSON object`);
        return doc;
    }
    catch (err) {
        if (err instanceof _core_read_file_js__WEBPACK_IMPORTED_MODULE_0__/* .FileReadError */ .tJ || err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonDocumentError */ .sT)
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
/**
 * Load minimatch when matching one of `refs` against the rules' ref globs needs it. The rules
 * are matched by ../workflows/glob.ts, which answers for the usual ones (`refs/heads/main`,
 * `refs/tags/*`) exactly as minimatch does, so a run with such rules never loads minimatch
 * (cold start); call this before isTrustedWriter, ownTier, readableTiers or tierViolation with
 * every ref they will be given.
 */
async function loadTrustMatcherFor(rules, refs) {
    if (rules.some((r) => refs.some((ref) => (0,_workflows_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .needsGlobMatcherToMatch */ .Qj)(ref, r.ref))))
        await (0,_workflows_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .loadGlobMatcher */ .xz)();
}
/** Whether a run of `event` on `ref` writes the trusted tier (minimatch semantics, `dot`). */
function isTrustedWriter(event, ref, rules) {
    return rules.some((r) => (r.event === '*' || r.event === event) && (0,_workflows_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatch */ .eu)(ref, r.ref, { dot: true }));
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


/***/ }),

/***/ 63145:
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
var external_node_crypto_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/lazy-crypto.js
var lazy_crypto = __webpack_require__(87495);
// EXTERNAL MODULE: ./lib/cache/backend.js
var backend = __webpack_require__(36438);
// EXTERNAL MODULE: ./lib/cache/tier.js
var tier = __webpack_require__(69428);
// EXTERNAL MODULE: ./lib/hashing/blake3.js
var blake3 = __webpack_require__(53780);
// EXTERNAL MODULE: ./lib/signing/ed25519.js
var ed25519 = __webpack_require__(30838);
// EXTERNAL MODULE: ./lib/signing/sigstore-names.js
var sigstore_names = __webpack_require__(69176);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
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
                if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(envelopeDir, f)))
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
    const { GithubBackend } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(4106)]).then(__webpack_require__.bind(__webpack_require__, 24106));
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

// EXTERNAL MODULE: ./lib/signing/signature.js
var signing_signature = __webpack_require__(62445);
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
;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/sigstore-from-input.js
/**
 * signing: sigstore \u2014 keyless signing with the job's OIDC token; verification against a trusted
 * root. The Sigstore stack (src/signing/sigstore.ts with @sigstore/*, the trust roots) loads only
 * when the run signs or verifies: a restore that misses, or a save that fails before signing,
 * never loads it. A `trusted-root` file the user gives is still read and checked at the start, so
 * a bad one is an input error whatever the cache holds; the pinned public-good root needs no check.
 */



const sigstoreStack = () => Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(9540), __webpack_require__.e(4187), __webpack_require__.e(5273), __webpack_require__.e(2537)]).then(__webpack_require__.bind(__webpack_require__, 12537));
const trustInput = () => Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(4187), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 50847));
/** A signer made (and its modules loaded) at the first signature. */
class DeferredSigner {
    make;
    made;
    constructor(make) {
        this.make = make;
    }
    async sign(manifest) {
        this.made ??= this.make();
        return (await this.made).sign(manifest);
    }
}
/** A verifier made (and its modules loaded) at the first verification. */
class DeferredVerifier {
    make;
    description;
    made;
    constructor(make, description) {
        this.make = make;
        this.description = description;
    }
    async verify(manifest, signature) {
        this.made ??= this.make();
        return (await this.made).verify(manifest, signature);
    }
    describe() {
        return this.description;
    }
}
async function sigstoreFromInputs(inputs, ctx, job, deps = {}) {
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
        const options = {
            getToken: (0,keyless_inputs/* jobTokenGetter */.w)(idToken, ctx, 'signing'),
            fulcioURL: (0,keyless_inputs/* serviceURL */.x)(ctx, 'CI_INTEL_FULCIO_URL', sigstore_names/* PUBLIC_FULCIO_URL */.v),
            rekorURL: (0,keyless_inputs/* serviceURL */.x)(ctx, 'CI_INTEL_REKOR_URL', sigstore_names/* PUBLIC_REKOR_URL */.wI),
            timeoutMs
        };
        setup.signer = new DeferredSigner(async () => new (await sigstoreStack()).SigstoreSigner(options));
        return setup;
    }
    const signer = inputs.string('signer');
    if (!signer && !ctx.env.GITHUB_REPOSITORY)
        throw new errors/* InputError */.dz('signer', 'is required outside a workflow job (GITHUB_REPOSITORY is not set): the expected workflow identity glob');
    const policy = {
        identity: signer || `https://github.com/${job.repository}/.github/workflows/*`,
        issuer: sigstore_names/* GITHUB_ACTIONS_ISSUER */.qQ
    };
    const file = inputs.string('trusted-root');
    const given = file ? (await trustInput()).trustedRoots(file, ctx) : undefined;
    setup.verifier = new DeferredVerifier(async () => {
        const [{ SigstoreVerifier }, roots] = await Promise.all([
            sigstoreStack(),
            given ?? trustInput().then((t) => t.trustedRoots(undefined, ctx))
        ]);
        return new SigstoreVerifier(roots, policy);
    }, (0,sigstore_names/* describeSigstorePolicy */.kf)(policy));
    return setup;
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/signing-from-input.js


async function signingFromInputs(inputs, ctx, job, deps = {}) {
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
/** Gate: cache-sentinel \u2014 signed, BLAKE3-verified CI caches with quarantine. */










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
// Every run signs or verifies, so node:crypto is loaded at start: the configuration digest
// (src/core/sha256.ts) uses it too rather than hashing in interpreted JavaScript.
(0,lazy_crypto/* provideNodeCrypto */.jE)(external_node_crypto_namespaceObject);
/** Short id of the path list; part of every storage key, like actions/cache's version. */
function pathsId(paths) {
    return external_node_crypto_.createHash('sha256')
        .update(JSON.stringify(paths))
        .digest('hex')
        .slice(0, 12);
}
/** Record which BLAKE3 implementation hashed; the portable fallback is never silent. */
function withHasher(result, hasher, ctx) {
    result.evidence.hasher = hasher;
    if (hasher === 'wasm') {
        const why = (0,blake3/* blake3NativeError */.kA)() ?? 'unknown reason';
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
        const job = (0,tier/* jobContext */.Rl)(ctx.env, inputs.string('default-branch') || undefined);
        const rules = (0,tier/* parseTrustRules */.lO)(inputs.list('trust'), job.defaultBranch);
        await (0,tier/* loadTrustMatcherFor */.Aj)(rules, [job.ref]);
        const signing = await signingFromInputs(inputs, ctx, job, deps);
        const backend = await backendFromInput(inputs.string('backend') ?? 'github', ctx, timeoutMs);
        const hasher = await (0,blake3/* initBlake3 */.P$)();
        const common = { paths, pathsId: pathsId(paths), key, job, rules, backend, ctx };
        let result;
        if (operation === 'restore') {
            if (!signing.verifier)
                throw new errors/* InputError */.dz(signing.verifierInput, signing.verifierHelp);
            // Each operation loads only its own modules (cold start).
            const { restore } = await Promise.all(/* import() */[__webpack_require__.e(5752), __webpack_require__.e(9421)]).then(__webpack_require__.bind(__webpack_require__, 9421));
            result = await restore({ ...common, restoreKeys, verifier: signing.verifier });
        }
        else {
            if (!signing.signer)
                throw new errors/* InputError */.dz(signing.signerInput, signing.signerHelp);
            const { save } = await Promise.all(/* import() */[__webpack_require__.e(5752), __webpack_require__.e(2779)]).then(__webpack_require__.bind(__webpack_require__, 72779));
            result = await save({ ...common, signer: signing.signer });
        }
        return withHasher(result, hasher, ctx);
    }
    catch (err) {
        if (err instanceof backend/* BackendError */.Jh)
            throw new errors/* GateError */.ue(err.message, 'The cache service did not answer as expected; the gate fails closed. Re-run the job, or use mode: audit to continue without the cache.');
        if (err instanceof sigstore_names/* SigstoreSignError */.A9)
            throw new errors/* GateError */.ue(err.message, 'The manifest could not be signed, so nothing was saved. Check permissions: id-token: write and that the Sigstore services are reachable, or use signing: key.');
        if (err instanceof tier/* TierError */.$R)
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

/***/ 53780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ newBlake3),
/* harmony export */   Nl: () => (/* binding */ blake3NativePath),
/* harmony export */   OZ: () => (/* binding */ CHUNK_SIZE),
/* harmony export */   P$: () => (/* binding */ initBlake3),
/* harmony export */   gE: () => (/* binding */ OPEN_FOR_READING),
/* harmony export */   kA: () => (/* binding */ blake3NativeError),
/* harmony export */   oZ: () => (/* binding */ blake3Hex),
/* harmony export */   sN: () => (/* binding */ hashFdSync)
/* harmony export */ });
/* unused harmony exports elfInterpreter, NATIVE_BINARY, blake3Implementation, hashFileSync */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/**
 * BLAKE3 through a maintained library: the native `@napi-rs/blake-hash` (the Rust `blake3` crate,
 * SIMD) where its prebuilt binary loads, else `hash-wasm` (portable WASM). Both give the same
 * digests; tests check that.
 */



let factory;
let implementation;
let nativeError;
/** The file of the native binary, where it was loaded by path (a worker thread loads it too). */
let nativePath;
const requireHere = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
/**
 * The program interpreter an ELF executable names (its PT_INTERP segment, e.g.
 * `/lib64/ld-linux-x86-64.so.2` or `/lib/ld-musl-x86_64.so.1`); undefined when the file is not a
 * 64-bit little-endian ELF file with one, or cannot be read.
 */
function elfInterpreter(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY);
        const head = Buffer.alloc(4096);
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0);
        if (n < 64 || head.readUInt32BE(0) !== 0x7f454c46 || head[4] !== 2 || head[5] !== 1)
            return undefined;
        const phoff = Number(head.readBigUInt64LE(0x20));
        const phentsize = head.readUInt16LE(0x36);
        const phnum = head.readUInt16LE(0x38);
        if (phentsize < 56 || phnum > 256)
            return undefined;
        const table = Buffer.alloc(phentsize * phnum);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, table, 0, table.length, phoff) !== table.length)
            return undefined;
        for (let i = 0; i < phnum; i++) {
            const at = i * phentsize;
            if (table.readUInt32LE(at) !== 3 /* PT_INTERP */)
                continue;
            const offset = Number(table.readBigUInt64LE(at + 8));
            const size = Number(table.readBigUInt64LE(at + 32));
            if (size < 2 || size > 4096)
                return undefined;
            const name = Buffer.alloc(size);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, name, 0, size, offset) !== size)
                return undefined;
            return name.toString('latin1').replace(/\0+$/, '');
        }
        return undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Whether this Node was built for musl rather than glibc. Told from the interpreter its
 * executable names (one small read), as the glibc loader `ld-linux-*` or musl's `ld-musl-*`;
 * otherwise (static, unreadable) from process.report, which costs milliseconds at every start.
 */
function isMusl() {
    const interpreter = elfInterpreter(process.execPath);
    if (interpreter && /\/ld-linux-[^/]*$/.test(interpreter))
        return false;
    if (interpreter && /\/ld-musl-[^/]*$/.test(interpreter))
        return true;
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
        const beside = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(new URL(`./${NATIVE_BINARY}`, import.meta.url));
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside)
            ? beside
            : requireHere.resolve('@napi-rs/blake-hash-linux-x64-gnu');
        const mod = requireHere(file);
        nativePath = file;
        return mod;
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
/**
 * The native binary's file when the native hasher is in use and was loaded by path (linux-x64),
 * so a worker thread can load the same one; undefined otherwise.
 */
function blake3NativePath() {
    return implementation === 'native' ? nativePath : undefined;
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
const CHUNK_SIZE = 4 * 1024 * 1024;
/** Opens a file to read it for the cache: never through a symlink, never blocking on a FIFO. */
const OPEN_FOR_READING = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
/**
 * Hash an open file from its start with positioned reads into `buffer`; stops once more than
 * `stopAfter` bytes were read (the caller compares `size` with what it expected).
 */
function hashFdSync(fd, buffer, stopAfter = Number.MAX_SAFE_INTEGER) {
    const h = newBlake3();
    let size = 0;
    try {
        while (size <= stopAfter) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, size);
            if (n === 0)
                break;
            h.update(n === buffer.length ? buffer : buffer.subarray(0, n));
            size += n;
        }
    }
    catch (err) {
        h.digestHex();
        throw err;
    }
    return { blake3: h.digestHex(), size };
}
/**
 * Hash one regular file in CHUNK_SIZE reads, passing each chunk to `sink` too. Returns the
 * digest, the bytes read and the permission bits; throws when it is not a regular file or its
 * size changed while it was read.
 */
function hashFileSync(file, buffer, sink) {
    const h = newBlake3();
    const fd = openSync(file, OPEN_FOR_READING);
    let size = 0;
    let st;
    try {
        st = fstatSync(fd);
        if (!st.isFile())
            throw new Error(`${file} is not a regular file`);
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
    catch (err) {
        h.digestHex();
        throw err;
    }
    finally {
        closeSync(fd);
    }
    const digest = h.digestHex();
    if (size !== st.size)
        throw new Error(`${file} changed while it was read (size ${st.size} \u2192 ${size})`);
    return { blake3: digest, size, mode: st.mode & 0o777 };
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
/** Ids already worked out (a restore names its key in the evidence and checks it per entry). */
const keyIds = new WeakMap();
/** The DER prefix of every Ed25519 SubjectPublicKeyInfo (RFC 8410): the 32 key bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/**
 * The SPKI DER of a public key. An Ed25519 key's is the fixed prefix and the 32 bytes of its JWK
 * `x`: that export costs a tenth of the DER export's first call (0.05 against 0.5 ms), which
 * start-up pays on every signed save and restore.
 */
function spkiDer(publicKey) {
    if (publicKey.asymmetricKeyType === 'ed25519') {
        const x = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url');
        if (x.length === 32)
            return Buffer.concat([ED25519_SPKI_PREFIX, x]);
    }
    return publicKey.export({ type: 'spki', format: 'der' });
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
/** `ed25519:<sha256 of the SPKI DER>` \u2014 what `signer` names in key mode. */
function keyId(publicKey) {
    let id = keyIds.get(publicKey);
    if (id === undefined) {
        id = `ed25519:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(spkiDer(publicKey)).digest('hex')}`;
        keyIds.set(publicKey, id);
    }
    return id;
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

/***/ 69176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ SigstoreSignError),
/* harmony export */   kf: () => (/* binding */ describeSigstorePolicy),
/* harmony export */   qD: () => (/* binding */ MANIFEST_PAYLOAD_TYPE),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   v: () => (/* binding */ PUBLIC_FULCIO_URL),
/* harmony export */   wI: () => (/* binding */ PUBLIC_REKOR_URL)
/* harmony export */ });
/**
 * The names of keyless signing that callers need before (or without) loading the Sigstore stack
 * (src/signing/sigstore.ts, which re-exports them): the public-good services, the GitHub Actions
 * issuer, the signing error and how a verifier's policy is described. Imports nothing.
 */
/** The DSSE payload type of a signed cache manifest. */
const MANIFEST_PAYLOAD_TYPE = 'application/vnd.ci-intel.cache-manifest.v1+json';
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
/** Signing could not complete (no token, Fulcio or Rekor refused or did not answer). */
class SigstoreSignError extends Error {
    name = 'SigstoreSignError';
}
/** What a SigstoreVerifier expects, for the evidence. */
function describeSigstorePolicy(policy) {
    return `sigstore ${policy.identity} (issuer ${policy.issuer})`;
}


/***/ }),

/***/ 59858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ needsGlobMatcherToMatch),
/* harmony export */   cY: () => (/* binding */ loadGlobMatcherFor),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   i4: () => (/* binding */ registerGlobMatcher),
/* harmony export */   xz: () => (/* binding */ loadGlobMatcher)
/* harmony export */ });
/* unused harmony export needsGlobMatcher */
/**
 * Glob matching for workflow paths and policy exceptions without loading minimatch at start.
 * The patterns that occur in practice (`.github/workflows/*.yml`, a folder, a file name with a
 * `*` in it) are matched here, exactly as minimatch matches them (test/workflows/glob.test.ts
 * compares the two); any other pattern goes to minimatch, which a run loads first with
 * `loadGlobMatcherFor` (or statically, by importing ./glob-minimatch.js).
 *
 * The simple form: posix paths whose segments hold only letters, digits, `.`, `_`, `-`, space
 * and single `*`s (each matching any run of characters within a segment), no empty, `.` or `..`
 * segment. Everything else \u2014 `**`, `?`, classes, braces, extglobs, negation, escapes, other
 * punctuation, Windows \u2014 is minimatch's.
 */
let fallback;
/** Called by ./glob-minimatch.js with minimatch itself. */
function registerGlobMatcher(matcher) {
    fallback = matcher;
}
const SIMPLE_SEGMENT = /^[A-Za-z0-9._ -]*(?:\*[A-Za-z0-9._ -]*)*$/;
const compiled = new Map();
/** The pattern's segments (literal strings or anchored regexes), or null when not simple. */
function simpleSegments(pattern) {
    let segs = compiled.get(pattern);
    if (segs !== undefined)
        return segs;
    segs = null;
    if (process.platform !== 'win32') {
        const parts = pattern.split('/');
        const body = parts[0] === '' ? parts.slice(1) : parts;
        const ok = body.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('**') && SIMPLE_SEGMENT.test(p));
        if (ok && body.length) {
            segs = parts.map((p) => p.includes('*')
                ? new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`)
                : p);
        }
    }
    if (compiled.size > 1000)
        compiled.clear();
    compiled.set(pattern, segs);
    return segs;
}
/** Whether `pattern` needs minimatch (it is not of the simple form). */
function needsGlobMatcher(pattern) {
    return simpleSegments(pattern) === null;
}
/** Load minimatch (a no-op once loaded). */
async function loadGlobMatcher() {
    if (!fallback)
        await Promise.all(/* import() */[__webpack_require__.e(9540), __webpack_require__.e(5273), __webpack_require__.e(3323)]).then(__webpack_require__.bind(__webpack_require__, 83323));
}
/** Load minimatch when one of `patterns` needs it. */
async function loadGlobMatcherFor(patterns) {
    if (fallback)
        return;
    for (const p of patterns)
        if (needsGlobMatcher(p))
            return loadGlobMatcher();
}
function segmentMatches(seg, pat, dot) {
    if (typeof pat === 'string')
        return seg === pat;
    if (seg === '.' || seg === '..')
        return false;
    // Without `dot`, a segment starting with `.` is matched only by a literal leading `.`; a
    // simple pattern segment that is a regex and does not start with `.` starts with `*`.
    if (!dot && seg.startsWith('.') && !pat.source.startsWith('^\\.'))
        return false;
    return pat.test(seg);
}
/**
 * Whether a path has an empty segment (`a//b`, a trailing `/`, ''): minimatch's to judge, even
 * against a simple pattern. Paths built by path.join never have one.
 */
function hasEmptySegment(parts) {
    return !parts.every((p, i) => p !== '' || (i === 0 && parts.length > 1));
}
/** Whether `globMatch(path, pattern)` needs minimatch to answer (the pattern or the path). */
function needsGlobMatcherToMatch(path, pattern) {
    return needsGlobMatcher(pattern) || hasEmptySegment(path.split('/'));
}
/** Whether `path` matches `pattern`, as `minimatch(path, pattern, options)` says. */
function globMatch(path, pattern, options = {}) {
    const segs = simpleSegments(pattern);
    const parts = path.split('/');
    if (!segs || hasEmptySegment(parts)) {
        if (!fallback) {
            throw new Error(`internal: matching ${JSON.stringify(path)} against the glob ${JSON.stringify(pattern)} needs minimatch, which was not loaded (call loadGlobMatcher first)`);
        }
        return fallback(path, pattern, options);
    }
    const dot = options.dot ?? false;
    if (parts.length > segs.length)
        return false;
    if (parts.length < segs.length) {
        if (!options.partial)
            return false;
    }
    for (let i = 0; i < parts.length; i++) {
        if (!segmentMatches(parts[i], segs[i], dot))
            return false;
    }
    return true;
}


/***/ })

};
