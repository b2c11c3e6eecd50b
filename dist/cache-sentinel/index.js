import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("assert") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert"));

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer"));

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("child_process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process"));

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("crypto") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto"));

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("dns") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns"));

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("events") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events"));

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs"));

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("fs/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises"));

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("http") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http"));

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("http2") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2"));

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("https") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https"));

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("net") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net"));

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:assert") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert"));

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:async_hooks") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks"));

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer"));

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:console") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console"));

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:crypto") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto"));

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:diagnostics_channel") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel"));

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:dns") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns"));

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:events") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events"));

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs"));

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:fs/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises"));

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:http") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http"));

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:http2") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2"));

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:https") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https"));

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:module") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module"));

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:net") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net"));

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os"));

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:path") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path"));

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:perf_hooks") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks"));

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process"));

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:querystring") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring"));

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:stream") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream"));

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:stream/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises"));

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:string_decoder") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder"));

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:tls") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls"));

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url"));

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:util") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util"));

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:util/types") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types"));

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:worker_threads") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads"));

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:zlib") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib"));

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os"));

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("path") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path"));

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process"));

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("stream") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream"));

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("string_decoder") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder"));

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("timers") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers"));

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("timers/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises"));

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("tls") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls"));

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("tty") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty"));

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url"));

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("util") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util"));

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("zlib") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib"));

/***/ }),

/***/ 85594:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_oidc_token_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(16890);
/* harmony import */ var _core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(44029);
/* harmony import */ var _gates_cache_sentinel_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(30168);



await (0,_core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)((0,_gates_cache_sentinel_index_js__WEBPACK_IMPORTED_MODULE_1__/* .makeCacheSentinel */ .Fj)({ idToken: _core_oidc_token_js__WEBPACK_IMPORTED_MODULE_2__/* .idToken */ .f }));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 14776:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(93567);
/* harmony import */ var _actions_cache_sentinel_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(85594);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_actions_cache_sentinel_js__WEBPACK_IMPORTED_MODULE_1__]);
_actions_cache_sentinel_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 93567:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71855);

_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBundleEntry */ .SK(import.meta.url);
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("cache-sentinel", "{\"gate\":\"cache-sentinel\",\"name\":\"ci-intel cache-sentinel\",\"description\":\"Signed, BLAKE3-verified CI caches. save hashes every file with BLAKE3 into a signed manifest; restore verifies the signature, the signer, the trust tier and every file's digest in a private staging folder before a single byte reaches the workspace, and quarantines anything that fails.\",\"inputs\":[{\"name\":\"operation\",\"description\":\"restore or save.\",\"required\":true,\"type\":\"choice\",\"options\":[\"restore\",\"save\"]},{\"name\":\"path\",\"description\":\"Files, folders or globs to cache, newline- or comma-separated (as actions/cache; ~ is the home folder, relative paths are under the workspace).\",\"required\":true,\"type\":\"list\"},{\"name\":\"key\",\"description\":\"The cache key (at most 512 characters, no commas).\",\"required\":true,\"type\":\"string\"},{\"name\":\"restore-keys\",\"description\":\"Ordered key prefixes to fall back to when the key has no exact entry (restore only).\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"trust\",\"description\":\"Which runs write the trusted tier that every job may restore, as <event>:<ref glob> rules; {default} is the default branch. Pull requests read their own tier and the trusted tier, never another's; fork pull requests write only their own private tier.\",\"required\":false,\"default\":\"push:refs/heads/{default}, push:refs/tags/*\",\"type\":\"list\"},{\"name\":\"default-branch\",\"description\":\"The default branch name (default: from the event payload, else main).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signer\",\"description\":\"Expected signing identity. sigstore: a glob for the certificate identity (default https://github.com/<this repository>/.github/workflows/*, where * may span /; the certificate's repository, ref and event must be the entry's). key: the key id ed25519:<sha256> (default: verify-key itself).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signing\",\"description\":\"sigstore: keyless \u2014 save signs the manifest with a short-lived Fulcio certificate for the job's OIDC identity (needs permissions id-token: write) and logs it in Rekor; restore verifies the Sigstore bundle against trusted-root, then the signer policy and the certificate's repository, ref and event against the entry. key: an Ed25519 key from a secret (GHES, local use).\",\"required\":false,\"default\":\"sigstore\",\"type\":\"choice\",\"options\":[\"sigstore\",\"key\"]},{\"name\":\"trusted-root\",\"description\":\"signing: sigstore \u2014 a trusted_root.json (or JSON Lines of them) to verify bundles with (default: the Sigstore public-good root pinned in this release). Relative to the workspace.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signing-key\",\"description\":\"signing: key \u2014 the Ed25519 private key (PEM, or its base64) that signs saved manifests. Pass it from a secret.\",\"required\":false,\"default\":\"\",\"type\":\"secret\"},{\"name\":\"verify-key\",\"description\":\"signing: key \u2014 the Ed25519 public key (PEM) restores trust (default: the public half of signing-key).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"backend\",\"description\":\"github (the Actions cache service) or dir:<path> (a local folder store). Outside a workflow job, github falls back to ~/.cache/ci-intel/cache-sentinel.\",\"required\":false,\"default\":\"github\",\"type\":\"string\"},{\"name\":\"timeout\",\"description\":\"Bound on each cache service request and on any stall of a download.\",\"required\":false,\"default\":\"5m\",\"type\":\"duration\",\"min\":1000,\"max\":3600000,\"integer\":false},{\"name\":\"mode\",\"description\":\"enforce: the step fails on a quarantined entry or when the gate cannot decide; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail (an entry was quarantined) or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"cache-hit\",\"description\":\"true when an entry for the exact key was restored and verified.\"},{\"name\":\"matched-key\",\"description\":\"The key of the restored entry (the exact key or a restore-key match).\"},{\"name\":\"verified-files\",\"description\":\"How many files were verified (restore) or hashed and signed (save).\"},{\"name\":\"quarantined\",\"description\":\"true when an entry was rejected and moved to quarantine.\"}],\"permissions\":{\"actions\":\"read\",\"id-token\":\"write\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/cache-sentinel/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSchemaValidators */ .Km({});


/***/ }),

/***/ 36438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _core_read_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(14630);
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66613);
/* harmony import */ var _workflows_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(59858);
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
        const doc = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .RJ)((0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegularTextFile */ .I)(path, { maxBytes: 16 * 1024 * 1024, what: 'GITHUB_EVENT_PATH' }), `the event payload ${path}`);
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

/***/ 67454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_CONFIG_FILE)
/* harmony export */ });
/** Where a repository's configuration lives unless CI_INTEL_CONFIG or --config names another. */
const DEFAULT_CONFIG_FILE = '.ci-intel/config.yml';


/***/ }),

/***/ 28159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/** A configuration the gates cannot run by: names the file, the key and the fix. */

class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue {
    name = 'ConfigError';
    constructor(message, file, help, line, column) {
        super(message, help ?? 'Fix the configuration; `ci-intel config` shows every value and where it comes from.', file, line, column);
    }
}


/***/ }),

/***/ 16370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ positionOf)
/* harmony export */ });
/** A layer of configuration and where each of its keys stands (no parser or validator loaded). */
/** The position of a pointer, or of its nearest ancestor that has one. */
function positionOf(doc, pointer) {
    let p = pointer;
    for (;;) {
        const hit = doc.positions.get(p);
        if (hit)
            return hit;
        if (p === '')
            return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
    }
}


/***/ }),

/***/ 44029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./lib/core/build-registry.js
var build_registry = __nccwpck_require__(71855);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(14630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(66613);
;// CONCATENATED MODULE: ./lib/core/offload.js
/**
 * Running one long, allocation-heavy part of a gate (scanning thousands of workflow files) in a
 * worker thread whose young generation is capped. V8 grows the main thread's young generation to
 * its maximum over a long run (tens of MB freed per scavenge, most of it never reused), so the
 * peak RSS grows with the file count although what the scan keeps does not. A worker is the one
 * documented way to give part of a run other heap limits (`resourceLimits`): flags set after
 * start (`v8.setFlagsFromString`) do not resize a configured heap.
 *
 * The worker runs the same code: the bundle's entry (registered by the build) or, outside a
 * bundle, the module that defines the task. `defineOffloadTask` runs the task when the module is
 * loaded in its worker; `runAction` and the CLI do nothing there. Progress lines and secrets the
 * task learns are posted to the calling thread, which logs and masks them as usual.
 */






const ROLE_ENV = 'CI_INTEL_OFFLOAD_TASK';
/** The young generation of an offload worker, MiB (measured: 32 keeps 1x-16x corpus flattest). */
const OFFLOAD_YOUNG_GENERATION_MB = 32;
let threads;
/** worker_threads, loaded only by a run that offloads (or asks whether it is a worker). */
const workerThreads = () => (threads ??= (0,external_node_module_.createRequire)(import.meta.url)('node:worker_threads'));
/** True in a worker started by `runOffloaded`: the entry must not run its action there. */
function inOffloadWorker() {
    if (!process.env[ROLE_ENV])
        return false;
    return !workerThreads().isMainThread;
}
/** The gate whose module a CLI worker must load for its task to be defined. */
function offloadWorkerGate() {
    if (!inOffloadWorker())
        return undefined;
    return workerThreads().workerData?.gate;
}
/**
 * Whether a task defined in `module` can run in a worker: in a bundle, or from compiled `lib/`.
 * From the TypeScript sources (the test runner's own loader) a worker could not load it.
 */
function offloadable(module) {
    return registeredBundleEntry() !== undefined || /\.m?js$/.test(module);
}
function encodeError(err) {
    if (err instanceof InputError) {
        return {
            type: 'InputError',
            input: err.input,
            message: err.message.slice(`input '${err.input}': `.length)
        };
    }
    if (err instanceof FileReadError) {
        return {
            type: 'FileReadError',
            message: err.message,
            file: err.file,
            help: err.help,
            code: err.code
        };
    }
    if (err instanceof JsonDocumentError) {
        return {
            type: 'JsonDocumentError',
            message: err.message,
            line: err.line,
            pointer: err.pointer
        };
    }
    if (err instanceof GateError) {
        const { help, file, line, column } = err;
        return { type: 'GateError', message: err.message, help, file, line, column };
    }
    return { type: 'Error', message: errorMessage(err) };
}
/** The error the task threw, as the same class (the verdict and its finding depend on it). */
function decodeError(e) {
    switch (e.type) {
        case 'InputError':
            return new InputError(e.input ?? '', e.message);
        case 'FileReadError':
            return new FileReadError(e.message, e.file ?? '', e.help ?? '', e.code);
        case 'JsonDocumentError':
            return new JsonDocumentError(e.message, e.line, e.pointer);
        case 'GateError':
            return new GateError(e.message, e.help, e.file, e.line, e.column);
        default:
            return new Error(e.message);
    }
}
/**
 * A task's answer whose buffers (`transfer`) are moved to the calling thread instead of copied:
 * the task must not touch them afterwards.
 */
class MovedAnswer {
    value;
    transfer;
    constructor(value, transfer) {
        this.value = value;
        this.transfer = transfer;
    }
}
/**
 * Define a task a worker can run. Called at the top level of the module that holds it; in the
 * worker started for this task, it runs it and posts the outcome (elsewhere it does nothing).
 */
function defineOffloadTask(name, run) {
    if (process.env[ROLE_ENV] !== name || !inOffloadWorker())
        return;
    const port = workerThreads().parentPort;
    const post = (m) => port.postMessage(m);
    // Feed requests are answered in the order they were made.
    const asked = [];
    const host = {
        log: (text) => post({ kind: 'log', text }),
        secret: (value) => post({ kind: 'secret', value }),
        more: (n) => new Promise((resolve, reject) => {
            asked.push({ resolve, reject });
            post({ kind: 'want', n });
        })
    };
    let started = false;
    // The payload comes as the first message (a worker started ahead of time waits for it), after
    // the defining module and the rest of the entry have finished loading.
    port.on('message', (m) => {
        if (m.kind === 'start' && !started) {
            started = true;
            run(m.payload, host).then((value) => {
                if (value instanceof MovedAnswer)
                    port.postMessage({ kind: 'done', value: value.value }, value.transfer);
                else
                    post({ kind: 'done', value });
            }, (err) => post({ kind: 'failed', error: encodeError(err) }));
        }
        else if (m.kind === 'items') {
            asked.shift()?.resolve(m.items);
        }
        else if (m.kind === 'feed-failed') {
            asked.shift()?.reject(decodeError(m.error));
        }
    });
}
/**
 * A task's view of its caller's feed, one item at a time: the next batch is asked for while half
 * of the current one is still to be used, so the caller reads ahead on its own thread while the
 * task works, and at most two batches are held.
 */
class OffloadFeed {
    host;
    size;
    batch = [];
    at = 0;
    ahead;
    ended = false;
    constructor(host, size = 32) {
        this.host = host;
        this.size = size;
    }
    /** The next item, or undefined once the feed is exhausted. */
    async next() {
        if (this.at >= this.batch.length) {
            if (this.ended)
                return undefined;
            const got = await (this.ahead ?? this.host.more(this.size));
            this.ahead = undefined;
            if (got.length === 0) {
                this.ended = true;
                return undefined;
            }
            this.batch = got;
            this.at = 0;
        }
        if (this.ahead === undefined &&
            this.at * 2 >= this.batch.length &&
            this.batch.length >= this.size) {
            this.ahead = this.host.more(this.size);
            // Awaited by the next call; until then a failure must not count as unhandled.
            this.ahead.catch(() => undefined);
        }
        return this.batch[this.at++];
    }
}
/** Workers started ahead of time (`prestartOffload`), by task, not yet given their payload. */
const prestarted = new Map();
function startWorker(task, options) {
    const { Worker } = workerThreads();
    const entry = registeredBundleEntry() ?? options.module;
    const setup = { task, gate: options.gate };
    return new Worker(fileURLToPath(entry), {
        workerData: setup,
        env: { ...process.env, [ROLE_ENV]: task },
        resourceLimits: { maxYoungGenerationSizeMb: OFFLOAD_YOUNG_GENERATION_MB },
        stdout: false,
        stderr: false
    });
}
/**
 * Start the worker for `task` now, while this thread still prepares what to give it: its start
 * (loading the bundle a second time, ~50 ms) overlaps that work. The next `runOffloaded` of the
 * task uses it. Until then it does not keep the process alive; `cancelPrestartedOffload` ends it
 * when the run decides not to offload. Gives the worker's thread id.
 */
function prestartOffload(task, options) {
    const had = prestarted.get(task);
    if (had)
        return had.worker.threadId;
    const worker = startWorker(task, options);
    const slot = { worker, ended: false };
    // Whatever ends it before it is used: the run then starts a fresh one.
    const end = () => {
        slot.ended = true;
    };
    worker.on('error', end);
    worker.on('exit', end);
    worker.unref();
    prestarted.set(task, slot);
    return worker.threadId;
}
/** End the worker started ahead of time for `task`, if it was not used. */
function cancelPrestartedOffload(task) {
    const slot = prestarted.get(task);
    if (!slot)
        return;
    prestarted.delete(task);
    void slot.worker.terminate().catch(() => undefined);
}
function takePrestarted(task) {
    const slot = prestarted.get(task);
    if (!slot)
        return undefined;
    prestarted.delete(task);
    if (slot.ended)
        return undefined;
    slot.worker.removeAllListeners();
    slot.worker.ref();
    return slot.worker;
}
/**
 * Run `task` in a worker thread and give its value; the task's error is rethrown as its own
 * class. A worker that dies, runs out of memory or ends without an answer is a GateError: the
 * caller reports `error`, never a result it did not get.
 */
function runOffloaded(task, payload, options) {
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (f) => {
            if (settled)
                return;
            settled = true;
            f();
        };
        const worker = takePrestarted(task) ?? startWorker(task, options);
        const order = (m) => worker.postMessage(m);
        const ended = () => worker.terminate().catch(() => undefined);
        worker.on('message', (m) => {
            if (m.kind === 'log')
                options.host.log(m.text);
            else if (m.kind === 'secret')
                options.host.secret(m.value);
            else if (m.kind === 'want') {
                try {
                    if (!options.supply)
                        throw new Error(`the ${task} task asked for a feed it was not given`);
                    order({ kind: 'items', items: options.supply(m.n) });
                }
                catch (err) {
                    order({ kind: 'feed-failed', error: encodeError(err) });
                }
            }
            // The answer is given once the worker has ended: its heap is freed before the caller
            // goes on to report (else both heaps would be at their peak together).
            else if (m.kind === 'done')
                settle(() => void ended().then(() => resolve(m.value)));
            else if (m.kind === 'failed')
                settle(() => void ended().then(() => reject(decodeError(m.error))));
        });
        worker.on('error', (err) => settle(() => reject(new GateError(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the ${task} worker ran out of memory`
            : `the ${task} worker failed: ${typeof err?.message === 'string' ? err.message : String(err)}`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        worker.on('exit', (code) => settle(() => reject(new GateError(`the ${task} worker ended (exit code ${code}) without an answer`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        order({ kind: 'start', payload });
    });
}

;// CONCATENATED MODULE: ./lib/core/lazy-findings.js
const sources = new WeakMap();
/** The index a property key names, or -1 ("3" names 3; "03", "-1", "1.5" and "length" none). */
function indexOf(key, length) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10)
        return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && key.length > 1))
        return -1;
    let n = 0;
    for (let i = 0; i < key.length; i++) {
        const d = key.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        n = n * 10 + d;
    }
    return n < length ? n : -1;
}
/** The findings of `source` as an array whose items are made when read. */
function lazyFindings(source) {
    const length = source.length;
    const replaced = new Map();
    const at = (i) => replaced.get(i) ?? source.at(i);
    const target = [];
    target.length = length;
    const list = new Proxy(target, {
        get(t, key, receiver) {
            const i = indexOf(key, length);
            return i < 0 ? Reflect.get(t, key, receiver) : at(i);
        },
        has(t, key) {
            return indexOf(key, length) >= 0 || Reflect.has(t, key);
        },
        set(_t, key, value) {
            const i = indexOf(key, length);
            if (i < 0)
                throw new TypeError(`a lazy findings list has ${length} items, no more, no fewer`);
            replaced.set(i, value);
            return true;
        },
        deleteProperty() {
            throw new TypeError('a lazy findings list has no holes: an item cannot be deleted');
        },
        defineProperty() {
            throw new TypeError('a lazy findings list takes no new properties');
        },
        getOwnPropertyDescriptor(t, key) {
            const i = indexOf(key, length);
            if (i < 0)
                return Reflect.getOwnPropertyDescriptor(t, key);
            return { value: at(i), writable: true, enumerable: true, configurable: true };
        },
        ownKeys(t) {
            const keys = [];
            for (let i = 0; i < length; i++)
                keys.push(String(i));
            return [...keys, ...Reflect.ownKeys(t)];
        }
    });
    sources.set(list, { length, at });
    return list;
}
/** Whether `list` is a lazy findings list (`lazyFindings`). */
function isLazyFindings(list) {
    return sources.has(list);
}
/**
 * `list` with each finding passed through `fn` as it is read: a lazy list stays lazy (`fn` runs
 * at every read), an ordinary array is mapped now.
 */
function mapFindings(list, fn) {
    const source = sources.get(list);
    if (!source)
        return list.map((f) => fn(f));
    return lazyFindings({ length: source.length, at: (i) => fn(source.at(i)) });
}

;// CONCATENATED MODULE: ./lib/core/redact.js
/**
 * Keeps secrets out of logs, outputs and reports, in every encoding a credential takes on the
 * wire: the value itself, URL-encoded, JSON-escaped, base64 (standard and URL-safe) \u2014 also as
 * part of a longer base64 text such as `Basic base64(user:pass)` \u2014 and any token fetched with it
 * (registered at run time through `registerSecret`).
 *
 * Redaction applies to free text only. The fields a decision is made of (`verdict`, `mode`,
 * `schema`, `gate`, a finding's `rule` and `severity`) are never rewritten, so a secret that
 * happens to equal `pass` or `enforce` cannot change what a result says.
 */

const TOKEN_PATTERNS = [
    /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
    /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key ids
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs (OIDC and registry tokens)
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
/**
 * Text none of TOKEN_PATTERNS can match: each starts with one of these literals. One scan for
 * all of them instead of one per pattern (a result of 100,000 findings redacts every message).
 */
const TOKEN_PREFIXES = /gh[pousr]_|github_pat_|AKIA|eyJ|-----BEGIN /;
/** Shorter values are not registered: they would redact ordinary words. */
const MIN_SECRET = 4;
/** A base64 fragment shorter than this is too likely to occur by chance. */
const MIN_BASE64_FRAGMENT = 6;
function base64Variants(b64) {
    const url = b64.replace(/\+/g, '-').replace(/\//g, '_');
    return [b64, b64.replace(/=+$/, ''), url, url.replace(/=+$/, '')];
}
/**
 * The base64 characters that encode only bytes of `value`, whatever precedes it: for each of
 * the three alignments a prefix can give it (`user:` in `user:pass`), the run of output
 * characters whose 6 bits all come from the value.
 */
function embeddedBase64(value) {
    const out = [];
    for (let k = 0; k < 3; k++) {
        const text = Buffer.concat([Buffer.alloc(k), value]).toString('base64');
        const first = Math.ceil((8 * k) / 6);
        const end = Math.floor((8 * (k + value.length)) / 6);
        const core = text.slice(first, end);
        if (core.length >= MIN_BASE64_FRAGMENT)
            out.push(core);
    }
    return out;
}
/**
 * Forms already worked out, by value: an Actions run registers each secret input more than once
 * (masked as given, then again as a parsed input), and working the forms out is not free at start.
 */
const formsOf = new Map();
/** `value` and the forms it takes when encoded for a URL, JSON, a header or base64. */
function secretForms(value) {
    let forms = formsOf.get(value);
    if (!forms) {
        forms = computeSecretForms(value);
        if (formsOf.size >= 256)
            formsOf.clear();
        formsOf.set(value, forms);
    }
    return [...forms];
}
function computeSecretForms(value) {
    const forms = new Set([value]);
    const url = encodeURIComponent(value);
    forms.add(url);
    forms.add(url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
    forms.add(url.replace(/%20/g, '+'));
    // What escape()/form encoders leave alone and encodeURIComponent does not (e.g. `!'()*`).
    forms.add(url.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    forms.add(JSON.stringify(value).slice(1, -1));
    const bytes = Buffer.from(value, 'utf8');
    for (const b of base64Variants(bytes.toString('base64')))
        forms.add(b);
    for (const core of embeddedBase64(bytes)) {
        for (const b of base64Variants(core))
            forms.add(b);
    }
    return [...forms].filter((f) => f.length >= MIN_SECRET);
}
const runtimeSecrets = new Set();
let runtimeVersion = 0;
const listeners = new Set();
/**
 * Register a secret learnt during the run \u2014 a bearer token a registry's token service handed
 * out, a password read from a credentials helper. Every Redactor of the process redacts it (and
 * its encodings) from then on, and the Actions adapter masks it in the runner log.
 */
function registerSecret(value) {
    if (!value || value.length < MIN_SECRET)
        return;
    for (const form of secretForms(value)) {
        if (runtimeSecrets.has(form))
            continue;
        runtimeSecrets.add(form);
        runtimeVersion++;
        for (const l of listeners)
            l(form);
    }
}
/** Be told of every form `registerSecret` adds (the Actions adapter calls `core.setSecret`). */
function onSecretRegistered(listener) {
    listeners.add(listener);
    for (const form of runtimeSecrets)
        listener(form);
    return () => listeners.delete(listener);
}
/** Result fields that are enums or identifiers of the hub, never free text. */
const RESULT_FIXED = new Set(['schema', 'gate', 'verdict', 'mode', 'startedAt', 'durationMs']);
const FINDING_FIXED = new Set(['rule', 'severity', 'line', 'column']);
/** `o[key] = value` as an own field, `__proto__` included (as JSON.parse makes it). */
function setOwn(o, key, value) {
    if (key === '__proto__')
        Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
    else
        o[key] = value;
}
class Redactor {
    secrets = new Set();
    /** Longest first, so a secret inside a longer one cannot leave the rest behind. */
    sorted = [];
    sortedSize = -1;
    sortedVersion = -1;
    needles() {
        if (this.secrets.size !== this.sortedSize || runtimeVersion !== this.sortedVersion) {
            this.sorted = [...new Set([...this.secrets, ...runtimeSecrets])].sort((a, b) => b.length - a.length);
            this.sortedSize = this.secrets.size;
            this.sortedVersion = runtimeVersion;
        }
        return this.sorted;
    }
    /**
     * Register a secret value and its encodings; short values are ignored (they would redact
     * ordinary words). Returns the forms registered, for the runner's log masking.
     */
    add(value) {
        if (!value || value.length < MIN_SECRET)
            return [];
        const forms = secretForms(value);
        for (const f of forms)
            this.secrets.add(f);
        return forms;
    }
    /** Register a user name and password as they travel together (`Basic base64(user:pass)`). */
    addCredential(user, password) {
        if (!password || password.length < MIN_SECRET)
            return [];
        const forms = this.add(password);
        const pair = `${user ?? ''}:${password}`;
        for (const f of [
            ...base64Variants(Buffer.from(pair, 'utf8').toString('base64')),
            `${encodeURIComponent(user ?? '')}:${encodeURIComponent(password)}`
        ]) {
            this.secrets.add(f);
            forms.push(f);
        }
        return forms;
    }
    redact(text) {
        let out = text;
        for (const s of this.needles()) {
            if (out.includes(s))
                out = out.split(s).join('***');
        }
        if (TOKEN_PREFIXES.test(out))
            for (const re of TOKEN_PATTERNS)
                out = out.replace(re, '***');
        return out;
    }
    /** Redact every string (and object key) inside a JSON-able value. */
    redactValue(value) {
        return this.walk(value);
    }
    /** Redact a gate result's free text; its verdict, mode and rule ids are left as they are. */
    redactResult(result) {
        const out = {};
        for (const [k, v] of Object.entries(result)) {
            if (RESULT_FIXED.has(k))
                out[k] = v;
            else if (k === 'findings' && Array.isArray(v))
                out[k] = this.redactFindings(v);
            else
                out[k] = this.walk(v);
        }
        return out;
    }
    /**
     * Each finding as it is when redaction changes none of its text, else a copy with the changed
     * fields: a run with 100,000 findings holds them once, not twice. A help or a file path is
     * shared by many findings, so each distinct one is redacted once.
     */
    redactFindings(findings) {
        const shared = new Map();
        const text = (key, value) => {
            if (key !== 'help' && key !== 'file')
                return this.redact(value);
            let r = shared.get(value);
            if (r === undefined)
                shared.set(value, (r = this.redact(value)));
            return r;
        };
        // A lazy list (src/core/lazy-findings.ts) stays lazy: each finding is redacted as it is read.
        return mapFindings(findings, (f) => {
            const fields = f;
            let copy;
            for (const key of Object.keys(fields)) {
                if (FINDING_FIXED.has(key))
                    continue;
                const value = fields[key];
                const red = typeof value === 'string' ? text(key, value) : this.walk(value);
                if (red !== value)
                    (copy ??= { ...fields })[key] = red;
            }
            return (copy ?? fields);
        });
    }
    /**
     * `value` with every string (and key) redacted. A plain array or object none of whose text
     * changes is returned as it is, so a long evidence list is not copied for nothing; any other
     * object (a class instance, whose JSON form may come from its prototype) is copied field by
     * field, as JSON would see its own fields.
     */
    walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value)) {
            let out;
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                const r = this.walk(v);
                if (out)
                    out.push(r);
                else if (r !== v)
                    (out = value.slice(0, i)).push(r);
            }
            return out ?? value;
        }
        if (value && typeof value === 'object') {
            const proto = Object.getPrototypeOf(value);
            const plain = proto === Object.prototype || proto === null;
            let out = plain ? undefined : {};
            const entries = Object.entries(value);
            for (let i = 0; i < entries.length; i++) {
                const [k, v] = entries[i];
                const rk = this.redact(k);
                const rv = this.walk(v);
                if (!out && (rk !== k || rv !== v)) {
                    out = {};
                    for (let j = 0; j < i; j++)
                        setOwn(out, entries[j][0], entries[j][1]);
                }
                if (out)
                    setOwn(out, rk, rv);
            }
            return out ?? value;
        }
        return value;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./lib/core/unique-token.js
/**
 * Tokens that only have to be absent from a given text \u2014 a heredoc delimiter for a runner file
 * command, a placeholder cut out of a JSON document \u2014 without loading `node:crypto` (see
 * ./lazy-crypto.ts). Such a token needs no secrecy: what makes it safe is that the text it
 * delimits does not contain it, and `uniqueToken` checks exactly that, drawing again on the
 * (astronomically unlikely) chance that it does. The shape is a version-4 UUID, as before.
 */
function hex(n, digits) {
    return n.toString(16).padStart(digits, '0');
}
/** 122 random bits (Math.random) in the form of a version-4 UUID. */
function randomId() {
    const r = () => Math.floor(Math.random() * 0x10000);
    return (`${hex(r(), 4)}${hex(r(), 4)}-${hex(r(), 4)}-${hex(0x4000 | (r() & 0x0fff), 4)}-` +
        `${hex(0x8000 | (r() & 0x3fff), 4)}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`);
}
/** `prefix` + a random id that occurs in none of `texts`. */
function uniqueToken(prefix, ...texts) {
    for (;;) {
        const token = `${prefix}${randomId()}`;
        if (!texts.some((t) => t.includes(token)))
            return token;
    }
}

;// CONCATENATED MODULE: ./lib/core/report/json-pieces.js
/**
 * `JSON.stringify(doc, null, 2) + '\n'` for a document holding one long array (a result's
 * findings, a SARIF run's results), in pieces: the array's items are made and stringified one
 * at a time and written a few at a time, so neither the whole text nor all the items exist at
 * once. With 100,000 findings the whole text of a SARIF log is about 100 MB (and its UTF-8 copy
 * as much again).
 */


/** An array longer than this is written a few items at a time (ITEM_PIECE_CHARS). */
const LONG_ARRAY_ITEMS = 512;
/**
 * The items of a long array are joined into pieces of about this many characters. A string over
 * 128 KiB is a large object to V8, freed only by a full collection: 45 MB of findings written in
 * slices of 512 items (about 225,000 characters each) left up to 39 MiB of dead slices mapped at
 * the end of a 16,688-file scan. Made one item at a time, a piece never holds more than one item
 * over this size, and the whole is no slower (100,000 findings: 71 ms against 82 for slices).
 */
const ITEM_PIECE_CHARS = 24 * 1024;
/**
 * The pieces of the document `build(placeholder)` returns with the array of `count` items
 * `item(0)`, `item(1)`, \u2026 where it put `placeholder`, as `JSON.stringify(\u2026, null, 2) + '\n'`
 * would write it. The placeholder is a string drawn here that occurs nowhere else in the text.
 */
function* jsonPieces(build, count, item) {
    let marker;
    let text;
    let at;
    // Drawn again in the (astronomically unlikely) case that the document already holds it.
    do {
        const placeholder = `ci-intel-array-${randomId()}`;
        marker = JSON.stringify(placeholder);
        text = JSON.stringify(build(placeholder), null, 2) + '\n';
        at = text.indexOf(marker);
    } while (at !== -1 && at !== text.lastIndexOf(marker));
    if (at === -1)
        throw new Error('jsonPieces: the document does not hold the placeholder');
    const head = text.slice(0, at);
    const tail = text.slice(at + marker.length);
    if (count === 0) {
        yield `${head}[]${tail}`;
        return;
    }
    // The array's items sit two spaces right of the line that opens it.
    const lineStart = head.lastIndexOf('\n') + 1;
    const pad = ' '.repeat(head.length - lineStart - head.slice(lineStart).trimStart().length);
    yield `${head}[\n`;
    yield* itemPieces(count, pad, item);
    yield `\n${pad}]${tail}`;
}
/**
 * The items of an array of `count` at indentation `pad`, between its `[\n` and `\n]`: each item
 * (`itemAt(i)`) stringified as the one item of an array, as JSON.stringify writes an array's
 * items (undefined, a function or a symbol as null), and moved right by the array's own
 * indentation (a line break in JSON text is always layout: breaks inside strings are escaped).
 */
function* itemPieces(count, pad, itemAt) {
    let parts = [];
    let chars = 0;
    for (let i = 0; i < count; i++) {
        // `[\n  item\n]`: the inner lines.
        const inner = JSON.stringify([itemAt(i)], null, 2).slice(2, -2);
        const moved = pad ? pad + inner.replace(/\n/g, `\n${pad}`) : inner;
        parts.push(i + 1 < count ? `${moved},\n` : moved);
        chars += moved.length;
        if (chars >= ITEM_PIECE_CHARS) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    }
    if (parts.length)
        yield parts.join('');
}
/** Small parts are joined into pieces of about this many characters (fewer, larger writes). */
const PIECE_CHARS = 32 * 1024;
/** An object JSON.stringify would write member by member, and nothing else could change. */
function walkable(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v))
        return proto === Array.prototype;
    return (proto === Object.prototype || proto === null) && !('toJSON' in v);
}
/**
 * `JSON.stringify(value, null, 2) + '\n'`, byte for byte, in pieces of about PIECE_CHARS: plain
 * objects are written member by member and every array longer than LONG_ARRAY_ITEMS a few items
 * at a time, so no text of the whole document, nor of any long array in it (a result's
 * findings, a scan's per-file evidence), exists at once. Everything else \u2014 a short array, each
 * item of a long one, a value with `toJSON`, an instance of a class \u2014 is given to JSON.stringify
 * as it is. As JSON.stringify does, a member's `toJSON` gets the member's name; an item of a long
 * array gets "0", not its index (no value of a result depends on it).
 */
function* jsonTextPieces(value) {
    let parts = [];
    let chars = 0;
    const put = function* (text) {
        parts.push(text);
        chars += text.length;
        if (chars >= PIECE_CHARS) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    };
    const open = new Set();
    const write = function* (v, pad) {
        if (!walkable(v)) {
            const text = JSON.stringify(v, null, 2);
            yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
            return;
        }
        if (open.has(v))
            throw new TypeError('Converting circular structure to JSON');
        const inner = `${pad}  `;
        if (Array.isArray(v)) {
            if (v.length <= LONG_ARRAY_ITEMS) {
                const text = JSON.stringify(v, null, 2);
                yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
                return;
            }
            open.add(v);
            yield* put('[\n');
            for (const piece of itemPieces(v.length, pad, (i) => v[i]))
                yield* put(piece);
            yield* put(`\n${pad}]`);
            open.delete(v);
            return;
        }
        open.add(v);
        let first = true;
        for (const key of Object.keys(v)) {
            let member = v[key];
            if ((typeof member === 'object' && member !== null) || typeof member === 'bigint') {
                const toJSON = member.toJSON;
                if (typeof toJSON === 'function')
                    member = toJSON.call(member, key);
            }
            if (member === undefined || typeof member === 'function' || typeof member === 'symbol')
                continue;
            yield* put(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
            first = false;
            yield* write(member, inner);
        }
        yield* put(first ? '{}' : `\n${pad}}`);
        open.delete(v);
    };
    yield* write(value, '');
    yield* put('\n');
    if (parts.length)
        yield parts.join('');
}
/** Write `pieces` to `file` (created or truncated), each as it comes. */
function writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        for (const piece of pieces) {
            const bytes = Buffer.from(piece, 'utf8');
            // A write may take fewer bytes than it is given.
            for (let off = 0; off < bytes.length;)
                off += (0,external_node_fs_.writeSync)(fd, bytes, off);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./lib/core/report/policy-record.js
function policyRecord(result) {
    let outcome = 'allow';
    if (result.verdict !== 'pass')
        outcome = result.mode === 'audit' ? 'warn' : 'deny';
    return {
        id: `ci-intel/${result.gate}`,
        result: outcome,
        reason: result.summary,
        time_ns: Math.round(result.durationMs * 1e6)
    };
}

;// CONCATENATED MODULE: ./lib/core/report/files.js
/** Files a gate run leaves behind: the result JSON, the policies NDJSON record, SARIF. */




/** `$RUNNER_TEMP/ci-intel`, where every gate of a job leaves its records. */
function hubTempDir(runnerTemp) {
    return (0,external_node_path_.join)(runnerTemp, 'ci-intel');
}
function writeResultFile(result, runnerTemp) {
    const dir = (0,external_node_path_.join)(hubTempDir(runnerTemp), 'results');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const stamp = result.startedAt.replace(/[:.]/g, '-');
    const file = (0,external_node_path_.join)(dir, `${result.gate}-${stamp}-${process.pid}.json`);
    writeResultJson(file, result);
    return file;
}
/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, in pieces: with thousands of findings,
 * or the per-file evidence of a scan of thousands of files, that string (and its UTF-8 copy)
 * would be the run's largest allocation. Every long array in it \u2014 the findings, an evidence
 * list \u2014 is stringified a slice at a time (`jsonTextPieces`, ./json-pieces.ts).
 */
function resultPieces(result) {
    return jsonTextPieces(result);
}
/** The result as `file`, written a piece at a time (`resultPieces`). */
function writeResultJson(file, result) {
    writePieces(file, resultPieces(result));
}
/** `pieces` (./json-pieces.ts) as `file`, its folder made. */
function writeFilePieces(file, pieces) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    writePieces(file, pieces);
}
function appendPolicyRecord(result, runnerTemp) {
    const dir = hubTempDir(runnerTemp);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, 'policies.ndjson');
    (0,external_node_fs_.appendFileSync)(file, JSON.stringify(policyRecord(result)) + '\n');
    return file;
}

;// CONCATENATED MODULE: ./lib/core/report/markdown.js
const ICON = { pass: '\u2705', fail: '\u274c', error: '\u26d4' };
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function markdown_location(f) {
    if (!f.file)
        return '';
    return `\`${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}\``;
}
/** Markdown for GITHUB_STEP_SUMMARY; `details` is an optional gate-specific section. */
function summaryMarkdown(result, details) {
    return [...summaryMarkdownParts(result, details)].join('');
}
/** Finding rows per part of `summaryMarkdownParts`. */
const ROWS_PER_PART = 256;
/** GitHub refuses a step summary over 1 MiB (and then shows none of it). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Kept free for the gate's own section, the note on what was left out and the footer. */
const RESERVED_BYTES = 96 * 1024;
/**
 * `summaryMarkdown` in consecutive parts (their concatenation is the same text), made as they are
 * read: with thousands of findings the whole table need never be one string. The text stays under
 * `limit` bytes: finding rows past the budget are counted instead of shown (every finding is still
 * in the result file and SARIF), and a gate section too long for what is left is cut at a line.
 */
function* summaryMarkdownParts(result, details, limit = SUMMARY_LIMIT_BYTES) {
    const auditNote = result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit mode: not blocking)' : '';
    let lines = [];
    let used = 0;
    const add = (line) => {
        lines.push(line);
        used += Buffer.byteLength(line, 'utf8') + 1;
    };
    add(`### ${ICON[result.verdict]} ${result.gate}: ${result.verdict}${auditNote}`);
    add('');
    add(escapeCell(result.summary));
    add('');
    const footer = `<sub>ci-intel ${result.gate} \u00b7 ${result.durationMs.toFixed(1)} ms \u00b7 mode ${result.mode}</sub>`;
    const rowBudget = Math.max(0, limit - RESERVED_BYTES);
    if (result.findings.length) {
        add('| severity | rule | where | finding | fix |');
        add('| --- | --- | --- | --- | --- |');
        let shown = 0;
        for (const f of result.findings) {
            const row = `| ${f.severity} | \`${f.rule}\` | ${markdown_location(f)} | ${escapeCell(f.message)} | ${escapeCell(f.help ?? '')} |`;
            if (used + Buffer.byteLength(row, 'utf8') + 1 > rowBudget)
                break;
            add(row);
            shown++;
            if (lines.length >= ROWS_PER_PART) {
                yield lines.join('\n') + '\n';
                lines = [];
            }
        }
        add('');
        const left = result.findings.length - shown;
        if (left > 0) {
            add(`${left} more of the ${result.findings.length} findings are not shown: GitHub shows no step summary over 1 MiB. All of them are in the result file (and the SARIF file when one is written).`);
            add('');
        }
    }
    if (details) {
        let text = details.trimEnd();
        const room = limit - used - Buffer.byteLength(footer, 'utf8') - 512;
        if (Buffer.byteLength(text, 'utf8') > room) {
            const cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
            const atLine = cut.lastIndexOf('\n');
            text = `${atLine > 0 ? cut.slice(0, atLine) : ''}\n\n\u2026 the rest of this section is not shown: GitHub shows no step summary over 1 MiB.`;
        }
        add(text);
        add('');
    }
    add(footer);
    add('');
    yield lines.join('\n');
}

// EXTERNAL MODULE: ./lib/core/lazy-crypto.js
var lazy_crypto = __nccwpck_require__(87495);
;// CONCATENATED MODULE: ./lib/core/report/sarif.js
/** SARIF 2.1.0 for github/codeql-action/upload-sarif. */


const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'note'
};
/** The log around its results, and one result: the parts `toSarif` and `sarifPieces` share. */
function sarifParts(result, rules, toolVersion) {
    const known = new Map(rules.map((r) => [r.id, r]));
    for (const f of result.findings) {
        if (!known.has(f.rule)) {
            known.set(f.rule, {
                id: f.rule,
                title: f.rule,
                help: f.help ?? f.message,
                severity: f.severity
            });
        }
    }
    const ruleList = [...known.values()];
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    const log = (results) => ({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: `ci-intel ${result.gate}`,
                        informationUri: 'https://github.com/ci-intel/hub',
                        semanticVersion: toolVersion,
                        rules: ruleList.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ?? '').toUpperCase()),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.help },
                            help: { text: r.help, markdown: r.help },
                            defaultConfiguration: { level: LEVEL[r.severity] }
                        }))
                    }
                },
                results
            }
        ]
    });
    const one = (f) => {
        const fingerprint = (0,lazy_crypto/* nodeCrypto */.SI)()
            .createHash('sha256')
            .update(`${f.rule}\0${f.file ?? ''}\0${f.message}`)
            .digest('hex');
        return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: f.help ? `${f.message} Fix: ${f.help}` : f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: f.file ?? '.', uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 }
                    }
                }
            ],
            partialFingerprints: { 'ciIntelFinding/v1': fingerprint }
        };
    };
    return { log, result: one };
}
function toSarif(result, rules, toolVersion) {
    const parts = sarifParts(result, rules, toolVersion);
    return parts.log(result.findings.map(parts.result));
}
/**
 * `JSON.stringify(toSarif(\u2026), null, 2) + '\n'` in pieces (./json-pieces.ts): each result is
 * made as its piece is written, never all of them at once.
 */
function sarifPieces(result, rules, toolVersion) {
    const parts = sarifParts(result, rules, toolVersion);
    const findings = result.findings;
    return jsonPieces(parts.log, findings.length, (i) => parts.result(findings[i]));
}

;// CONCATENATED MODULE: ./lib/core/result.js
/** The result model every gate shares (DESIGN.md, "The gate contract"). */
/** A step fails in enforce mode unless the verdict is pass. */
function stepFails(result) {
    return result.mode === 'enforce' && result.verdict !== 'pass';
}
const VERDICTS = ['pass', 'fail', 'error'];
/** Whether `v` is one of the three verdicts (anything else is read as `error`). */
function isVerdict(v) {
    return typeof v === 'string' && VERDICTS.includes(v);
}
/**
 * The worst of several verdicts: error > fail > pass. Anything that is not a verdict (a
 * misspelling, `undefined`, a redacted `***`) counts as `error`, never as a pass. An empty list
 * is `pass` (nothing blocks): a caller for which "nothing was checked" matters must say so itself.
 */
function worstVerdict(verdicts) {
    let worst = 'pass';
    for (const v of verdicts) {
        if (!isVerdict(v) || v === 'error')
            return 'error';
        if (v === 'fail')
            worst = 'fail';
    }
    return worst;
}

;// CONCATENATED MODULE: ./lib/core/std-write.js
/**
 * Writing to stdout and stderr without `process.stdout` / `process.stderr`. The first touch of
 * either builds a stream object, and with it Node's stream machinery (node:stream, its duplex,
 * pipeline and compose modules, and for a pipe node:net): none of it is in Node's startup
 * snapshot, so that costs a run about a sixth of Node's own start. The actions' runner commands
 * and the CLI's output go through here instead and are written to the file descriptor itself,
 * synchronously and whole (a short write is continued), the way the stream writes to a file or a
 * terminal and to a pipe that takes the text at once.
 *
 * When a direct write fails \u2014 a full pipe the runner made non-blocking (EAGAIN), a closed one
 * (EPIPE), anything else \u2014 what is left of that text, and everything after it on that
 * descriptor, goes through the stream, which handles each case as it always has (queueing, an
 * 'error' event); from then on nothing can overtake what the stream still holds. On Windows,
 * where the stream and a direct write do not order the same way, the stream is always used.
 * The one other writer is the interactive prompt of `ci-intel init` (readline on process.stderr,
 * a terminal: synchronous on POSIX too).
 */

const viaStream = new Set();
let sink;
/** Tests: hand every write to `to` instead (until called again without it). */
function setStdWriteSink(to) {
    sink = to;
}
function streamOf(fd) {
    return fd === 1 ? process.stdout : process.stderr;
}
function write(fd, text) {
    if (!text)
        return;
    if (sink)
        return sink(fd, text);
    if (process.platform === 'win32' || viaStream.has(fd)) {
        viaStream.add(fd);
        streamOf(fd).write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
        while (done < bytes.length)
            done += (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done);
    }
    catch {
        viaStream.add(fd);
        streamOf(fd).write(bytes.subarray(done));
    }
}
/** `text` on stdout, as `process.stdout.write(text)` would put it there. */
function writeStdout(text) {
    write(1, text);
}
/** `text` on stderr, as `process.stderr.write(text)` would put it there. */
function writeStderr(text) {
    write(2, text);
}

;// CONCATENATED MODULE: ./lib/core/runner-commands.js
/**
 * The Actions runner's command protocol, written directly: workflow commands on stdout
 * (`::error file=\u2026,line=\u2026::message`, `::add-mask::\u2026`, `::debug::\u2026`) and file commands appended to
 * the files the runner names (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`), with the
 * same escaping and heredoc delimiters as `@actions/core`. It exists so an action starts without
 * `@actions/core`, whose import loads its HTTP client and undici for the OIDC token whether or not
 * a token is ever asked for (tens of milliseconds at every start). The one thing it does not do,
 * fetching the job's OIDC token, is in ./oidc-token.ts, which loads `@actions/core` on demand.
 */




function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,\u2026::message` on stdout; properties with no value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    writeStdout(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Append `name<<delimiter \u2026 delimiter` to the file the runner named in GITHUB_<command>. */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A delimiter that occurs in neither the name nor the value (drawn again if it would).
    const delimiter = uniqueToken('ghadelimiter_', name, value);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
function annotationProps(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn
    };
}
/** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', name, value);
    writeStdout(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}
/** Values the main step hands its post step (read back there as STATE_<name>). */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', name, value);
    issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(value) {
    issueCommand('add-mask', {}, value);
}
function info(message) {
    writeStdout(message + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function notice(message, props = {}) {
    issueCommand('notice', annotationProps(props), message);
}
function warning(message, props = {}) {
    issueCommand('warning', annotationProps(props), message);
}
function error(message, props = {}) {
    issueCommand('error', annotationProps(props), message);
}
/** An error annotation, and the step's exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * Append Markdown to the job summary (a string, or parts written one after the other); throws
 * when the runner gave no summary file.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    if (typeof markdown === 'string')
        (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
    else
        for (const part of markdown)
            (0,external_node_fs_.appendFileSync)(file, part, 'utf8');
}

// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __nccwpck_require__(68415);
;// CONCATENATED MODULE: ./lib/core/inputs.js


const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
/** A plain decimal number (no hex, no `Infinity`, no blank that `Number` would read as 0). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
/** Split a list input: newline- or comma-separated, trimmed, blanks and `#` comments dropped. */
function splitList(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** The range of a number or duration input, as users write it: `1 to 600000 (a whole number)`. */
function describeRange(spec) {
    const show = (n) => (spec.type === 'duration' ? (0,duration/* formatDuration */.a)(n) : String(n));
    const whole = spec.integer ? ', a whole number' : '';
    return `${show(spec.min ?? -Infinity)} to ${show(spec.max ?? Infinity)}${whole}`;
}
/** Refuse a number or duration outside its declared range, naming the value and the range. */
function inRange(spec, raw, n) {
    const tooSmall = spec.min !== undefined && n < spec.min;
    const tooLarge = spec.max !== undefined && n > spec.max;
    if (tooSmall || tooLarge || (spec.integer && !Number.isInteger(n))) {
        throw new errors/* InputError */.dz(spec.name, `'${raw.trim()}' is out of range; allowed: ${describeRange(spec)}`);
    }
    return n;
}
function convert(spec, raw) {
    switch (spec.type) {
        case 'string':
        case 'secret':
            return raw;
        case 'boolean':
            if (TRUE.includes(raw.trim()))
                return true;
            if (FALSE.includes(raw.trim()))
                return false;
            throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a boolean; use true or false`);
        case 'number': {
            const n = DECIMAL.test(raw.trim()) ? Number(raw.trim()) : NaN;
            if (!Number.isFinite(n)) {
                throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a number; allowed: ${describeRange(spec)}`);
            }
            return inRange(spec, raw, n);
        }
        case 'choice': {
            const v = raw.trim();
            if (!spec.options?.includes(v)) {
                throw new errors/* InputError */.dz(spec.name, `'${v}' is not one of: ${spec.options?.join(', ')}`);
            }
            return v;
        }
        case 'list':
            return splitList(raw);
        case 'duration': {
            const ms = (0,duration/* parseDuration */.E)(raw);
            if (ms === undefined) {
                throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a duration; write e.g. 90s, 36h, 7d, 1d12h or ISO 8601 P7D / PT36H`);
            }
            return inRange(spec, raw, ms);
        }
    }
}
/** The parsed inputs of one gate run, with typed accessors that fail loudly on misuse. */
class Inputs {
    spec;
    values;
    constructor(spec, values) {
        this.spec = spec;
        this.values = values;
    }
    get(name) {
        if (!this.spec.inputs.some((i) => i.name === name)) {
            throw new Error(`gate ${this.spec.gate} reads input '${name}', which its action.yml does not declare`);
        }
        return this.values.get(name);
    }
    /** Whether the user (or the default) gave a value. */
    has(name) {
        const v = this.get(name);
        return v !== undefined && !(Array.isArray(v) && v.length === 0);
    }
    string(name) {
        const v = this.get(name);
        return v === undefined ? undefined : String(v);
    }
    requireString(name) {
        const v = this.string(name);
        if (v === undefined || v === '')
            throw new errors/* InputError */.dz(name, 'is required here');
        return v;
    }
    list(name) {
        const v = this.get(name);
        if (v === undefined)
            return [];
        return Array.isArray(v) ? v : splitList(String(v));
    }
    boolean(name) {
        return this.get(name) === true;
    }
    number(name) {
        const v = this.get(name);
        return typeof v === 'number' ? v : undefined;
    }
    /** A duration input, in milliseconds. */
    duration(name) {
        return this.number(name);
    }
    get mode() {
        return this.values.get('mode') === 'audit' ? 'audit' : 'enforce';
    }
    /** The spec and the parsed values, as plain data a worker thread can be given. */
    toTransfer() {
        return { spec: this.spec, values: this.values };
    }
    static fromTransfer(t) {
        return new Inputs(t.spec, t.values);
    }
    /** Names and values of every secret-typed input that was given. */
    secrets() {
        return this.spec.inputs
            .filter((i) => i.type === 'secret')
            .map((i) => this.values.get(i.name))
            .filter((v) => typeof v === 'string' && v !== '');
    }
    /** The inputs as JSON-able evidence, secrets replaced. */
    toEvidence() {
        const out = {};
        for (const i of this.spec.inputs) {
            const v = this.values.get(i.name);
            if (v === undefined)
                continue;
            out[i.name] = i.type === 'secret' ? '***' : v;
        }
        return out;
    }
}
/**
 * Parse raw string values (from `INPUT_*` or CLI flags) against the spec. A missing or empty
 * value takes the default; a missing required input is an InputError naming it.
 */
function parseInputs(spec, raw) {
    const known = new Set(spec.inputs.map((i) => i.name));
    for (const name of Object.keys(raw)) {
        if (!known.has(name)) {
            throw new errors/* InputError */.dz(name, `gate ${spec.gate} has no such input; it takes: ${[...known].join(', ')}`);
        }
    }
    const values = new Map();
    for (const input of spec.inputs) {
        const given = raw[input.name];
        // A default like `${{ github.token }}` is filled in by the runner; anywhere else (the CLI) it
        // means "not given", never the literal expression text.
        const fallback = input.default?.includes('${{') ? undefined : input.default;
        const text = given !== undefined && given.trim() !== '' ? given : fallback;
        if (text === undefined || text === '') {
            if (input.required) {
                throw new errors/* InputError */.dz(input.name, `is required (${input.description.trim()})`);
            }
            continue;
        }
        values.set(input.name, convert(input, text));
    }
    return new Inputs(spec, values);
}

// EXTERNAL MODULE: ./lib/config/default-file.js
var default_file = __nccwpck_require__(67454);
;// CONCATENATED MODULE: ./lib/core/sha256.js
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex \u2014 for the one digest every
 * gate run computes (the effective configuration's, src/config/resolve.ts), so that a run that
 * needs no other cryptography does not load `node:crypto` for it (./lazy-crypto.ts). Equal to
 * `createHash('sha256').update(text).digest('hex')` byte for byte (test/core/sha256.test.ts);
 * meant for small inputs (kilobytes): larger data goes through `node:crypto`. Where a run has
 * loaded `node:crypto` anyway (cache-sentinel signs or verifies at every run), the digest is
 * node:crypto's: the same bytes, without running this code in the interpreter at start.
 */

const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
const rotr = (x, n) => (x >>> n) | (x << (32 - n));
/** The SHA-256 digest of `text` (UTF-8), lowercase hex. */
function sha256Hex(text) {
    const loaded = (0,lazy_crypto/* nodeCryptoIfLoaded */.Y)();
    if (loaded)
        return loaded.createHash('sha256').update(text, 'utf8').digest('hex');
    return sha256HexPortable(text);
}
/** sha256Hex without node:crypto (exported for the tests that compare the two). */
function sha256HexPortable(text) {
    const data = Buffer.from(text, 'utf8');
    // The message, a 1 bit, zeros, and the bit length as 64 bits big-endian: whole 64-byte blocks.
    const blocks = Math.ceil((data.length + 9) / 64);
    const msg = Buffer.alloc(blocks * 64);
    data.copy(msg);
    msg[data.length] = 0x80;
    const bits = data.length * 8;
    msg.writeUInt32BE(Math.floor(bits / 0x100000000), msg.length - 8);
    msg.writeUInt32BE(bits >>> 0, msg.length - 4);
    const h = new Int32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    ]);
    const w = new Int32Array(64);
    for (let off = 0; off < msg.length; off += 64) {
        for (let t = 0; t < 16; t++)
            w[t] = msg.readInt32BE(off + t * 4);
        for (let t = 16; t < 64; t++) {
            const a = w[t - 15];
            const b = w[t - 2];
            const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
            const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
        let [a, b, c, d, e, f, g, hh] = h;
        for (let t = 0; t < 64; t++) {
            const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const ch = (e & f) ^ (~e & g);
            const t1 = (hh + S1 + ch + K[t] + w[t]) | 0;
            const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const t2 = (S0 + maj) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    let out = '';
    for (const x of h)
        out += (x >>> 0).toString(16).padStart(8, '0');
    return out;
}

// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __nccwpck_require__(16370);
// EXTERNAL MODULE: ./lib/config/errors.js
var config_errors = __nccwpck_require__(28159);
;// CONCATENATED MODULE: ./lib/config/schema.js
/** Structured sections: config key \u2192 [document schema file, property of that document]. */
const STRUCTURED_SECTIONS = {
    'pr-target-ban': { allow: ['pr-target-allowlist.v1.json', 'allow'] },
    'workflow-policy': {
        rules: ['workflow-policy.v1.json', 'rules'],
        exceptions: ['workflow-policy.v1.json', 'exceptions']
    }
};
function inputSchema(input) {
    const base = { description: input.description.replace(/\s+/g, ' ').trim() };
    switch (input.type) {
        case 'boolean':
            return { ...base, type: 'boolean' };
        case 'number': {
            const s = { ...base, type: 'number' };
            const range = input;
            if (range.integer)
                s.type = 'integer';
            if (typeof range.min === 'number')
                s.minimum = range.min;
            if (typeof range.max === 'number')
                s.maximum = range.max;
            return s;
        }
        case 'choice':
            return { ...base, enum: input.options };
        case 'list':
            return {
                ...base,
                oneOf: [
                    { type: 'array', items: { type: 'string', minLength: 1 } },
                    { type: 'string', minLength: 1 }
                ]
            };
        case 'duration':
            return { ...base, type: 'string', minLength: 1, pattern: '^[0-9PTptWDHMSwdhms.]+$' };
        default:
            return { ...base, type: 'string' };
    }
}
/** Rewrite draft-07 `definitions` references of a document schema into this schema's `$defs`. */
function rehome(node, prefix) {
    if (Array.isArray(node))
        return node.map((n) => rehome(n, prefix));
    if (typeof node !== 'object' || node === null)
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) {
            out[k] = `#/$defs/${prefix}-${v.slice('#/definitions/'.length)}`;
        }
        else
            out[k] = rehome(v, prefix);
    }
    return out;
}
const BOUND = {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
        'at-least': {
            type: ['string', 'number'],
            description: 'No layer below may set a smaller value (numbers, durations; mode: enforce).'
        },
        'at-most': {
            type: ['string', 'number'],
            description: 'No layer below may set a larger value (numbers, durations).'
        },
        'approver-from': {
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: '^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$' },
            description: 'Allowlist entries must name one of these teams in approved-by.'
        }
    }
};
function configSchema(specs, documents) {
    const defs = {};
    const properties = {
        version: { const: 1, description: 'The config contract version.' },
        extends: {
            type: 'string',
            minLength: 1,
            description: 'The organisation overlay: <owner>/<repo>/<path>@<40-hex commit sha>, or a path relative to this file.'
        },
        policy: {
            type: 'object',
            additionalProperties: false,
            description: 'Only in an organisation overlay: keys no layer below may change (locked) or loosen (bounds).',
            properties: {
                locked: {
                    type: 'array',
                    items: { type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                    description: '<gate>.<key> entries no repository setting or step input may change.'
                },
                bounds: {
                    type: 'object',
                    propertyNames: { pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                    additionalProperties: BOUND
                }
            }
        }
    };
    for (const spec of specs) {
        const props = {};
        for (const input of spec.inputs) {
            if (input.type !== 'secret')
                props[input.name] = inputSchema(input);
        }
        for (const [key, [file, prop]] of Object.entries(STRUCTURED_SECTIONS[spec.gate] ?? {})) {
            const doc = documents[file];
            const prefix = file.replace(/\.v\d+\.json$/, '');
            for (const [name, def] of Object.entries(doc?.definitions ?? {})) {
                defs[`${prefix}-${name}`] = rehome(def, prefix);
            }
            props[key] = rehome(doc?.properties?.[prop] ?? {}, prefix);
        }
        properties[spec.gate] = {
            type: 'object',
            additionalProperties: false,
            description: spec.description.replace(/\s+/g, ' ').trim(),
            properties: props
        };
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://ci-intel.dev/schema/config.v1.json',
        title: 'ci-intel configuration (.ci-intel/config.yml)',
        description: "One file per repository; one overlay per organisation. Keys of a gate section are that gate's action.yml input names. Generated from actions/*/action.yml by `npm run matrix`.",
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        properties,
        $defs: defs
    };
}

;// CONCATENATED MODULE: ./lib/config/resolve.js





function toRaw(input, value) {
    if (Array.isArray(value))
        return value.map(String).join('\n');
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    void input;
    return String(value);
}
function section(doc, gate) {
    const s = doc?.value[gate];
    return typeof s === 'object' && s !== null ? s : undefined;
}
function origin(kind, doc, gate, key) {
    const pos = (0,positions/* positionOf */.d)(doc, `/${gate}/${key}`);
    return { kind, label: `${doc.label}:${pos.line}`, file: doc.file, line: pos.line };
}
const MODE_STRICTNESS = { audit: 0, enforce: 1 };
function comparable(input, key, raw) {
    if (key === 'mode')
        return MODE_STRICTNESS[raw.trim()];
    if (input?.type === 'duration')
        return (0,duration/* parseDuration */.E)(raw);
    if (input?.type === 'number') {
        const n = Number(raw);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
function policyOf(org) {
    const p = (org?.value.policy ?? {});
    return { locked: new Set(p.locked ?? []), bounds: p.bounds ?? {} };
}
function resolveGateConfig(spec, layers, given) {
    const gate = spec.gate;
    const inputs = new Map(spec.inputs.map((i) => [i.name, i]));
    const org = section(layers.org, gate);
    const repo = section(layers.repo, gate);
    const policy = policyOf(layers.org);
    const values = {};
    const settings = {};
    const givenLabel = (k) => (given.label === 'flag' ? `--${k}` : 'with:');
    const structured = new Set(Object.keys(STRUCTURED_SECTIONS[gate] ?? {}));
    const keys = new Set([...inputs.keys(), ...structured]);
    for (const key of keys) {
        const input = inputs.get(key);
        // Candidates from the lowest layer to the highest.
        const chain = [];
        if (input?.default !== undefined)
            chain.push({ value: input.default, origin: { kind: 'default', label: 'default' } });
        if (org && org[key] !== undefined)
            chain.push({ value: org[key], origin: origin('org', layers.org, gate, key) });
        if (repo && repo[key] !== undefined)
            chain.push({ value: repo[key], origin: origin('repo', layers.repo, gate, key) });
        const g = given.values[key];
        if (g !== undefined && g !== '')
            chain.push({ value: g, origin: { kind: 'with', label: givenLabel(key) } });
        if (chain.length === 0)
            continue;
        const top = chain[chain.length - 1];
        const id = `${gate}.${key}`;
        const orgEntry = chain.find((c) => c.origin.kind === 'org');
        if (policy.locked.has(id)) {
            const base = orgEntry ?? chain.find((c) => c.origin.kind === 'default');
            for (const c of chain) {
                if (c.origin.kind !== 'repo' && c.origin.kind !== 'with')
                    continue;
                if (!base || canonical(toRaw(input, c.value)) !== canonical(toRaw(input, base.value))) {
                    throw new config_errors/* ConfigError */.x(`${id} is locked by ${layers.org.label} at ${base ? JSON.stringify(toRaw(input, base.value)) : 'its default'}; ${c.origin.label} sets it to ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, `Remove ${key} from ${c.origin.kind === 'with' ? "the step's with: (or the CLI flag)" : c.origin.label.replace(/:\d+$/, '')}; the organisation owns this setting.`, c.origin.line);
                }
            }
        }
        const bound = policy.bounds[id];
        if (bound) {
            const loosens = (c, limit, dir) => {
                const v = comparable(input, key, toRaw(input, c.value));
                const l = comparable(input, key, String(limit));
                if (v === undefined || l === undefined)
                    return true;
                return dir === 'at-least' ? v < l : v > l;
            };
            for (const dir of ['at-least', 'at-most']) {
                const limit = bound[dir];
                if (limit === undefined)
                    continue;
                if (comparable(input, key, String(limit)) === undefined) {
                    throw new config_errors/* ConfigError */.x(`${layers.org.label}: policy.bounds.${id}.${dir} ${JSON.stringify(limit)} is not a value ${key} can be compared with`, layers.org.file);
                }
                // Every layer below the organisation that sets the key, and the value that takes effect.
                for (const c of [
                    ...chain.filter((c) => c.origin.kind === 'repo' || c.origin.kind === 'with'),
                    top
                ]) {
                    if (loosens(c, limit, dir)) {
                        throw new config_errors/* ConfigError */.x(`${id} must be ${dir.replace('-', ' ')} ${String(limit)} (${layers.org.label}); ${c.origin.label} gives ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, c.origin.kind === 'default'
                            ? `The hub's default loosens the organisation's bound: set ${key} in the overlay or in .ci-intel/config.yml.`
                            : `Set ${key} to a value ${dir.replace('-', ' ')} ${String(limit)}, or remove it.`, c.origin.line);
                    }
                }
            }
            const teams = bound['approver-from'];
            if (teams) {
                const entries = Array.isArray(top.value) ? top.value : [];
                entries.forEach((e, i) => {
                    const by = String(e?.['approved-by'] ?? '');
                    if (!teams.includes(by)) {
                        throw new config_errors/* ConfigError */.x(`${id}[${i}] (${String(e?.workflow ?? '?')}) is approved by ${JSON.stringify(by)}; ${layers.org.label} requires one of ${teams.join(', ')} (${top.origin.label})`, top.origin.file, `Have a member of ${teams.join(' or ')} approve the exception and name the team in approved-by.`, top.origin.line);
                    }
                });
            }
        }
        const entry = { value: input?.type === 'secret' ? '***' : top.value, origin: top.origin };
        if (structured.has(key))
            settings[key] = entry;
        else
            values[key] = entry;
    }
    const raw = {};
    for (const [k, v] of Object.entries(values)) {
        if (v.origin.kind === 'default')
            continue;
        raw[k] = v.origin.kind === 'with' ? String(given.values[k]) : toRaw(inputs.get(k), v.value);
    }
    const files = [layers.repo?.label, layers.org?.label].filter((f) => !!f);
    const digestOf = canonical({
        gate,
        inputs: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value])),
        settings: Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, v.value]))
    });
    const evidence = {
        digest: `sha256:${sha256Hex(digestOf)}`,
        files
    };
    if (layers.org)
        evidence.overlay = layers.org.ref.text;
    return { gate, raw, values, settings, evidence };
}

;// CONCATENATED MODULE: ./lib/core/run-gate.js
/** The fail-closed runner: inputs in, a GateResult out, never an exception. */











/** The step's own values: what the runner filled in from action.yml defaults is not "given". */
function givenValues(spec, raw, label) {
    if (label === 'flag')
        return raw;
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
        const d = spec.inputs.find((i) => i.name === k)?.default;
        if (v !== undefined && v !== d)
            out[k] = v;
    }
    return out;
}
/** A path as the user gave it: relative to the workspace when inside it. */
function shownPath(workspace, file) {
    if (!workspace)
        return file;
    const rel = (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, file));
    if (rel === '')
        return '.';
    return !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
}
function ruleOf(err) {
    if (err instanceof errors/* InputError */.dz)
        return 'input/invalid';
    if (err instanceof read_file/* FileReadError */.tJ)
        return 'input/unreadable-file';
    if (err instanceof strict_json/* JsonDocumentError */.sT)
        return 'input/invalid-document';
    return 'gate/error';
}
function errorEvaluation(err, spec, workspace) {
    const finding = {
        rule: ruleOf(err),
        severity: 'error',
        message: (0,errors/* errorMessage */.gJ)(err)
    };
    if (err instanceof read_file/* FileReadError */.tJ) {
        // Any file input of any gate (bundle, trusted root, evidence, layout blob, workflow file):
        // a FIFO, device, directory, missing or oversized file is a clean error naming it.
        const shown = shownPath(workspace, err.file);
        finding.message = finding.message.split(err.file).join(shown);
        finding.file = shown;
        finding.help = err.help;
    }
    else if (err instanceof strict_json/* JsonDocumentError */.sT) {
        if (err.line)
            finding.line = err.line;
        finding.help =
            'Fix the document: it must be valid JSON, and a key may appear only once in an object.';
    }
    else if (err instanceof errors/* InputError */.dz) {
        finding.help = `Set '${err.input}' in the step's \`with:\` (or --${err.input} on the CLI). See actions/${spec.gate}/action.yml.`;
    }
    else if (err instanceof errors/* GateError */.ue) {
        if (err.help)
            finding.help = err.help;
        if (err.file)
            finding.file = err.file;
        if (err.line)
            finding.line = err.line;
        if (err.column)
            finding.column = err.column;
    }
    else {
        finding.help =
            'The gate could not decide and fails closed. Re-run with mode: audit to report only.';
    }
    return {
        verdict: 'error',
        summary: `could not decide: ${finding.message}`,
        findings: [finding],
        evidence: { error: finding.message }
    };
}
/** Give the verdict no chance to be kinder than the findings. */
function consistent(e) {
    if (!isVerdict(e.verdict)) {
        return {
            ...e,
            verdict: 'error',
            summary: `could not decide: the gate returned the verdict ${JSON.stringify(e.verdict)}`
        };
    }
    if (e.verdict === 'pass' && e.findings.some((f) => f.severity === 'error')) {
        return { ...e, verdict: 'fail' };
    }
    return e;
}
function modeOf(raw) {
    return raw.mode?.trim() === 'audit' ? 'audit' : 'enforce';
}
async function runGate(gate, raw, ctx, options = {}) {
    const started = new Date();
    // process.hrtime, not performance.now(): the `performance` global loads perf_hooks (~1 ms).
    const t0 = process.hrtime.bigint();
    const redactor = options.redactor ?? new Redactor();
    let spec = options.spec;
    let evaluation;
    let inputs;
    let mode = modeOf(raw);
    let configEvidence;
    try {
        spec ??=
            (0,build_registry/* registeredActionSpec */.wP)(gate.name) ??
                (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61376))).loadActionSpec(gate.name);
        if (gate.prestart) {
            try {
                gate.prestart(Object.fromEntries(spec.inputs.map((i) => [i.name, raw[i.name] ?? i.default])), ctx);
            }
            catch {
                // A guess only: evaluate reports whatever is wrong with the inputs.
            }
        }
        let effectiveRaw = raw;
        if (!options.noConfig) {
            const label = options.given ?? 'flag';
            // Unknown input names are reported by parseInputs, against the action.yml.
            parseInputs(spec, raw);
            // The YAML reader and the schema validator load only when there is a file to read.
            const named = options.configFile ?? ctx.env.CI_INTEL_CONFIG;
            const layers = named || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.workspace, default_file/* DEFAULT_CONFIG_FILE */.C))
                ? await (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(904)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23904))).loadLayers({
                    workspace: ctx.workspace,
                    env: ctx.env,
                    tempDir: ctx.tempDir,
                    configFile: options.configFile,
                    // A private overlay is read with the gate's own token input when it has one.
                    token: raw.token || raw['github-token'] || undefined
                })
                : {};
            const effective = resolveGateConfig(spec, layers, {
                values: givenValues(spec, raw, label),
                label
            });
            effectiveRaw = { ...effective.raw };
            // Secret inputs never come from files: keep what the step or the environment gave.
            for (const i of spec.inputs)
                if (i.type === 'secret' && raw[i.name])
                    effectiveRaw[i.name] = raw[i.name];
            ctx = {
                ...ctx,
                settings: Object.fromEntries(Object.entries(effective.settings).map(([k, v]) => [
                    k,
                    { value: v.value, file: v.origin.file, line: v.origin.line, label: v.origin.label }
                ]))
            };
            configEvidence = effective.evidence;
        }
        inputs = parseInputs(spec, effectiveRaw);
        mode = inputs.mode;
        for (const s of inputs.secrets()) {
            redactor.add(s);
            ctx.secret(s);
        }
        evaluation = consistent(await gate.evaluate(inputs, ctx));
    }
    catch (err) {
        evaluation = errorEvaluation(err, spec ?? { gate: gate.name }, ctx.workspace);
    }
    const result = {
        schema: 'ci-intel.gate-result.v1',
        gate: gate.name,
        verdict: evaluation.verdict,
        mode,
        summary: evaluation.summary,
        findings: evaluation.findings,
        evidence: { ...evaluation.evidence },
        outputs: evaluation.outputs ?? {},
        startedAt: started.toISOString(),
        durationMs: Math.round(Number(process.hrtime.bigint() - t0) / 1000) / 1000
    };
    if (inputs)
        result.evidence.inputs ??= inputs.toEvidence();
    if (configEvidence)
        result.evidence.config ??= configEvidence;
    return redactor.redactResult(result);
}

;// CONCATENATED MODULE: ./lib/core/version.js
/** The hub's version, stamped into SARIF and evidence. Kept in step with package.json by a test. */
const HUB_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/core/actions-adapter.js
/**
 * The one place that talks to the Actions runner: `INPUT_*` in; outputs, job summary,
 * annotations, policy record and SARIF out. Everything else is pure.
 */













/** GitHub shows at most 10 annotations of each kind per step; we send a few more, then a note. */
const MAX_ANNOTATIONS = 50;
function annotate(result) {
    let sent = 0;
    for (const f of result.findings) {
        if (!f.file)
            continue;
        if (sent === MAX_ANNOTATIONS) {
            notice(`${result.findings.length - sent} more findings: see the job summary or result-file.`);
            break;
        }
        const props = {
            title: `${result.gate}: ${f.rule}`,
            file: f.file,
            startLine: f.line,
            startColumn: f.column
        };
        const text = f.help ? `${f.message}\nFix: ${f.help}` : f.message;
        if (f.severity === 'error')
            error(text, props);
        else if (f.severity === 'warning')
            warning(text, props);
        else
            notice(text, props);
        sent++;
    }
}
/** Runs the action; in an offload worker of the bundle (src/core/offload.ts), nothing. */
async function runAction(gate, options = {}) {
    if (inOffloadWorker())
        return undefined;
    // The bundle carries its spec (scripts/build.mjs); the YAML reader loads only without one.
    const spec = (0,build_registry/* registeredActionSpec */.wP)(gate.name) ?? (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61376))).loadActionSpec(gate.name);
    const redactor = new Redactor();
    // Tokens learnt during the run (a registry's bearer token) are masked in the runner log too.
    onSecretRegistered((form) => setSecret(form));
    const mask = (value) => {
        setSecret(value);
        for (const form of redactor.add(value))
            setSecret(form);
    };
    const raw = {};
    for (const input of spec.inputs) {
        const value = getInput(input.name);
        if (input.type === 'secret' && value)
            mask(value);
        if (value !== '')
            raw[input.name] = value;
    }
    const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const ctx = {
        workspace: (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE || process.cwd()),
        tempDir: hubTempDir(runnerTemp),
        env: process.env,
        now: () => new Date(),
        log: (m) => info(redactor.redact(m)),
        secret: mask
    };
    const result = await runGate(gate, raw, ctx, { spec, redactor, given: 'with:' });
    // A file the step promises but could not write fails the step, after everything else is
    // reported: the verdict is never lost with it, and the run never ends in a crash.
    const unwritten = [];
    const write = (what, fix, act, where = '') => {
        try {
            act();
        }
        catch (err) {
            unwritten.push(`${what} could not be written${where} (${(0,errors/* errorMessage */.gJ)(err)}): ${fix}`);
        }
    };
    const underTemp = 'give the step a writable RUNNER_TEMP';
    setOutput('verdict', result.verdict);
    write('the result file', underTemp, () => setOutput('result-file', writeResultFile(result, runnerTemp)), ` under ${ctx.tempDir}`);
    for (const [k, v] of Object.entries(result.outputs))
        setOutput(k, v);
    write('the policy record', underTemp, () => appendPolicyRecord(result, runnerTemp), ` under ${ctx.tempDir}`);
    const sarifFile = raw['sarif-file'];
    if (sarifFile && spec.inputs.some((i) => i.name === 'sarif-file')) {
        write(`input 'sarif-file': ${sarifFile}`, 'name a writable file path under the workspace', () => {
            writeFilePieces((0,external_node_path_.resolve)(ctx.workspace, sarifFile), sarifPieces(result, gate.rules, HUB_VERSION));
            setOutput('sarif-file', sarifFile);
        });
    }
    annotate(result);
    try {
        appendSummary(summaryMarkdownParts(result, options.details?.(result)));
    }
    catch (err) {
        // No GITHUB_STEP_SUMMARY (a local run): the log below carries the same facts.
        debug(`no job summary written: ${String(err)}`);
    }
    info(`${result.gate}: ${result.verdict} \u2014 ${result.summary}`);
    for (const problem of unwritten)
        error(redactor.redact(`${result.gate}: ${problem}`));
    if (unwritten.length) {
        setFailed(redactor.redact(`${result.gate} ${result.verdict}, but ${unwritten.length === 1 ? 'a file it promises was' : 'files it promises were'} not written: ${unwritten.join('; ')}`));
    }
    else if (stepFails(result)) {
        setFailed(`${result.gate} ${result.verdict}: ${result.summary}`);
    }
    else if (result.verdict !== 'pass') {
        warning(`${result.gate} ${result.verdict} (audit mode, not blocking): ${result.summary}`);
    }
    return result;
}


/***/ }),

/***/ 71855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ registerSchemaValidators),
/* harmony export */   RI: () => (/* binding */ registerActionSpec),
/* harmony export */   SK: () => (/* binding */ registerBundleEntry),
/* harmony export */   wP: () => (/* binding */ registeredActionSpec)
/* harmony export */ });
/* unused harmony exports schemasCompiledAtBuild, registeredSchemaLoader, registeredBundleEntry */
/** Each gate's spec as the build wrote it (JSON), parsed when it is first asked for. */
const specTexts = new Map();
const specs = new Map();
const validators = new Map();
let bundled = false;
/**
 * `json`: the gate's parsed and checked spec, as JSON text. The CLI carries every gate's and a
 * run reads one or two (its usage, all of them), so the text is parsed only when asked for.
 */
function registerActionSpec(gate, json) {
    specTexts.set(gate, json);
    specs.delete(gate);
}
/** The spec the build compiled into this bundle, if any. */
function registeredActionSpec(gate) {
    let spec = specs.get(gate);
    if (!spec) {
        const json = specTexts.get(gate);
        if (json === undefined)
            return undefined;
        spec = JSON.parse(json);
        specs.set(gate, spec);
    }
    return spec;
}
/**
 * Loaders of the validators for `schema/<name>` (e.g. `workflow-policy.v1.json`), generated at
 * build time: every schema the bundle's code names. After this, a schema that was not registered
 * is a build defect (the bundle carries no ajv compiler), reported as such instead of compiled.
 */
function registerSchemaValidators(all) {
    for (const [name, load] of Object.entries(all))
        validators.set(name, load);
    bundled = true;
}
/** True in a bundle whose schemas were compiled at build time. */
function schemasCompiledAtBuild() {
    return bundled;
}
function registeredSchemaLoader(name) {
    return validators.get(name);
}
let bundleEntry;
/** The bundle's own entry file (`import.meta.url` of the generated entry): what a worker loads. */
function registerBundleEntry(url) {
    bundleEntry = url;
}
function registeredBundleEntry() {
    return bundleEntry;
}


/***/ }),

/***/ 68415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Durations as users write them: `90s`, `36h`, `7d`, `1d12h`, `2w`, or ISO 8601 (`P7D`, `PT36H`). */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
const SHORT = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h|d|w))+$/;
const SHORT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** Milliseconds for a duration string, or undefined when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '')
        return undefined;
    if (SHORT.test(s)) {
        let total = 0;
        for (const m of s.matchAll(SHORT_PART))
            total += Number(m[1]) * UNIT_MS[m[2]];
        return total;
    }
    const iso = ISO.exec(s.toUpperCase());
    if (iso && s.length > 1 && !s.toUpperCase().endsWith('T')) {
        const [, w, d, h, m, sec] = iso.map((x) => (x === undefined ? 0 : Number(x)));
        return w * UNIT_MS.w + d * UNIT_MS.d + h * UNIT_MS.h + m * UNIT_MS.m + sec * UNIT_MS.s;
    }
    return undefined;
}
/** A short human form: `7d`, `36h`, `1d 2h 3m`, `45s`. */
function formatDuration(ms) {
    const neg = ms < 0;
    let rest = Math.abs(Math.round(ms / 1000));
    const parts = [];
    for (const [unit, secs] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60],
        ['s', 1]
    ]) {
        const n = Math.floor(rest / secs);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * secs;
    }
    return (neg ? '-' : '') + (parts.length ? parts.join(' ') : '0s');
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ue: () => (/* binding */ GateError)
/* harmony export */ });
/** Errors that carry what the user must change. */
/** A bad input value: names the input, what was given and what is expected. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** The gate could not decide (a document it cannot read, a service that does not answer). */
class GateError extends Error {
    help;
    file;
    line;
    column;
    constructor(message, help, file, line, column) {
        super(message);
        this.help = help;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'GateError';
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 87495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ nodeCrypto),
/* harmony export */   Y: () => (/* binding */ nodeCryptoIfLoaded),
/* harmony export */   jE: () => (/* binding */ provideNodeCrypto)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);
/**
 * `node:crypto` on demand. Loading it costs about as much as a quarter of Node's own start
 * (its internal modules are not in the startup snapshot), so code that needs it only on some
 * runs \u2014 SARIF fingerprints, signing, a digest of a file \u2014 asks for it here, at the point of
 * use, instead of importing it at the top of a module every run evaluates. A static
 * `import \u2026 from 'node:crypto'` in a module the bundle's entry reaches loads it at every start.
 */

let loaded;
/** The `node:crypto` module, loaded on the first call. */
function nodeCrypto() {
    loaded ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:crypto');
    return loaded;
}
/**
 * Hand `node:crypto` over from a module that imports it statically anyway (so it is loaded at
 * start): code that otherwise does without it, such as ./sha256.ts, then uses it.
 */
function provideNodeCrypto(mod) {
    loaded ??= mod;
}
/** The `node:crypto` module if it was loaded (by nodeCrypto or provideNodeCrypto), else undefined. */
function nodeCryptoIfLoaded() {
    return loaded;
}


/***/ }),

/***/ 16890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ idToken)
/* harmony export */ });
/**
 * The job's OIDC token for an audience, through `@actions/core` (the runner's token endpoint,
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN). `@actions/core` and its HTTP client load only when a token
 * is asked for, as a separate chunk of the bundle.
 */
async function idToken(audience) {
    const core = await __nccwpck_require__.e(/* import() */ 838).then(__nccwpck_require__.bind(__nccwpck_require__, 33838));
    return core.getIDToken(audience);
}


/***/ }),

/***/ 14630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRegularTextFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   tJ: () => (/* binding */ FileReadError)
/* harmony export */ });
/* unused harmony export readRegularFileChunks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/**
 * The one way a gate reads a file it was handed: opened once without blocking, checked to be a
 * regular file on the open descriptor (a FIFO, device, socket or directory \u2014 or a symlink to
 * one \u2014 is refused), and read with the byte limit enforced while reading, never from `stat`
 * alone (`/dev/zero` and `/proc` files report size 0).
 */

class FileReadError extends Error {
    file;
    help;
    code;
    name = 'FileReadError';
    constructor(message, file, help, 
    /** The errno code of a failed open (`ENOENT` \u2026), or `not-regular` / `too-large`. */
    code) {
        super(message);
        this.file = file;
        this.help = help;
        this.code = code;
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function mib(n) {
    return n >= 1024 * 1024
        ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MiB`
        : `${n} bytes`;
}
const CHUNK_BYTES = 1 << 20;
let sharedBuffer;
let bufferInUse = false;
/**
 * Stream `file` through `onChunk` (each chunk is only valid during the call), with the same
 * checks as `readRegularFile`: for inputs too large to hold in memory (artifacts to hash).
 * Returns the number of bytes read.
 */
function readRegularFileChunks(file, limit, onChunk) {
    const what = limit.what ? `${limit.what} ` : '';
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        const reason = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EACCES' || code === 'EPERM'
                ? 'cannot be read (permission denied)'
                : code === 'ELOOP'
                    ? 'is a symlink loop'
                    : code === 'ENXIO'
                        ? 'is a socket or a device without a reader'
                        : `cannot be opened (${code ?? err.message})`;
        throw new FileReadError(`${what}${file} ${reason}`, file, 'Check the path; it is resolved against the workspace.', code);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile()) {
            throw new FileReadError(`${what}${file} is ${kindOf(st)}, not a regular file`, file, 'Pass the path of a regular file (symlinks to regular files are followed).', 'not-regular');
        }
        if (st.size > limit.maxBytes) {
            throw new FileReadError(`${what}${file} is ${mib(st.size)}; the limit is ${mib(limit.maxBytes)}`, file, 'This is larger than any valid document of its kind; check that the right file is named.', 'too-large');
        }
        let total = 0;
        // One read buffer for the process (reads are synchronous and each chunk lives only during
        // its callback), so hashing a tree of many files allocates nothing per file; a nested call
        // from inside a callback gets its own.
        const nested = bufferInUse;
        const chunk = nested
            ? Buffer.allocUnsafe(CHUNK_BYTES)
            : (sharedBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
        bufferInUse = true;
        try {
            for (;;) {
                let n;
                try {
                    n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(chunk.length, limit.maxBytes + 1 - total), null);
                }
                catch (err) {
                    throw new FileReadError(`${what}${file} could not be read (${err.code ?? err.message})`, file, 'Check that the file is readable.', err.code);
                }
                if (n === 0)
                    break;
                total += n;
                if (total > limit.maxBytes) {
                    throw new FileReadError(`${what}${file} grew past the limit of ${mib(limit.maxBytes)} while being read`, file, 'The file is larger than stat reported (a special or growing file); pass a regular file.', 'too-large');
                }
                onChunk(chunk.subarray(0, n));
            }
        }
        finally {
            if (!nested)
                bufferInUse = false;
        }
        return total;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Read `file` as bytes; throws FileReadError naming the file, the problem and the fix. */
function readRegularFile(file, limit) {
    const chunks = [];
    const total = readRegularFileChunks(file, limit, (c) => chunks.push(Buffer.from(c)));
    return Buffer.concat(chunks, total);
}
/** Read `file` as UTF-8 text (a leading BOM is dropped; invalid UTF-8 is refused). */
function readRegularTextFile(file, limit) {
    const bytes = readRegularFile(file, limit);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new FileReadError(`${limit.what ? `${limit.what} ` : ''}${file} is not UTF-8 text`, file, 'Pass a text document (UTF-8).');
    }
    return text.replace(/^\uFEFF/, '');
}


/***/ }),

/***/ 66613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ parseStrictJson),
/* harmony export */   Y5: () => (/* binding */ parseJsonOrJsonLines),
/* harmony export */   ml: () => (/* binding */ parseStrictJsonBytes),
/* harmony export */   sT: () => (/* binding */ JsonDocumentError)
/* harmony export */ });
/**
 * JSON as a verdict may depend on it: `JSON.parse` keeps the last of duplicate keys, so
 * `{"result":"fail","result":"pass"}` reads as a pass to one tool and a fail to another. Every
 * document a decision rests on (evidence, bundles, manifests, configs, reports) is parsed here,
 * and a duplicate key is refused with its name, JSON pointer and line. One linear pass.
 */
class JsonDocumentError extends Error {
    line;
    pointer;
    name = 'JsonDocumentError';
    constructor(message, line, pointer) {
        super(message);
        this.line = line;
        this.pointer = pointer;
    }
}
/** A JSON.parse message without the (possibly binary or secret) input it quotes. */
function cleanParseError(err) {
    const m = err.message ?? String(err);
    return m
        .replace(/, "[\s\S]*" is not valid JSON$/, '')
        .replace(/^Unexpected token '(.)', "[\s\S]*$/, "Unexpected token '$1'")
        .replace(/[^\x20-\x7e]/g, '?')
        .slice(0, 200);
}
function pointerToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Throws JsonDocumentError at the first duplicate key of a document JSON.parse accepted. */
function refuseDuplicateKeys(text, source) {
    const stack = [];
    let line = 1;
    const path = () => stack
        .slice(0, -1)
        .map((f) => '/' + pointerToken(f.at))
        .join('');
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) {
            line++;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            stack.push({
                object: c === 0x7b,
                keys: c === 0x7b ? new Set() : undefined,
                expectKey: c === 0x7b,
                at: '0',
                index: 0
            });
        }
        else if (c === 0x7d || c === 0x5d) {
            stack.pop();
        }
        else if (c === 0x2c /* , */) {
            const top = stack[stack.length - 1];
            if (top) {
                if (top.object)
                    top.expectKey = true;
                else
                    top.at = String(++top.index);
            }
        }
        else if (c === 0x22 /* " */) {
            let j = i + 1;
            let escaped = false;
            for (; j < text.length; j++) {
                const d = text.charCodeAt(j);
                if (d === 0x5c) {
                    j++;
                    escaped = true;
                }
                else if (d === 0x22)
                    break;
            }
            const top = stack[stack.length - 1];
            if (top?.object && top.expectKey) {
                const raw = text.slice(i + 1, j);
                const key = escaped ? JSON.parse(text.slice(i, j + 1)) : raw;
                if (top.keys.has(key)) {
                    const where = `${path()}/${pointerToken(key)}`;
                    throw new JsonDocumentError(`${source}: duplicate key ${JSON.stringify(key).slice(0, 120)} at ${where} (line ${line}); a document with duplicate keys means different things to different readers and is refused`, line, where);
                }
                top.keys.add(key);
                top.at = key;
                top.expectKey = false;
            }
            i = j;
        }
    }
}
/** Parse JSON text, refusing duplicate keys. `source` names the document in every message. */
function parseStrictJson(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch (err) {
        throw new JsonDocumentError(`${source} is not valid JSON: ${cleanParseError(err)}`);
    }
    if (typeof doc === 'object' && doc !== null)
        refuseDuplicateKeys(body, source);
    return doc;
}
/** Parse UTF-8 bytes as strict JSON (invalid UTF-8 is refused, not replaced). */
function parseStrictJsonBytes(bytes, source) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new JsonDocumentError(`${source} is not UTF-8 text`);
    }
    return parseStrictJson(text, source);
}
/**
 * Text that is either one JSON document (possibly pretty-printed) or JSON Lines (bundles from
 * `gh attestation download`, trusted roots from `gh attestation trusted-root`), every record
 * parsed strictly. A document that is valid JSON but repeats a key is refused as it is \u2014 it is
 * never re-read as JSON Lines. Blank lines between records are skipped.
 */
function parseJsonOrJsonLines(text, source) {
    const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trim();
    if (body === '')
        throw new JsonDocumentError(`${source}: the file is empty`);
    try {
        return [{ value: parseStrictJson(body, source), of: 1 }];
    }
    catch (err) {
        if (err instanceof JsonDocumentError && err.pointer !== undefined)
            throw err;
    }
    const lines = body.split(/\r?\n/);
    const nonBlank = lines.filter((l) => l.trim() !== '').length;
    const out = [];
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        const where = `${source}:${i + 1}`;
        let value;
        try {
            value = parseStrictJson(line, where);
        }
        catch (err) {
            if (err instanceof JsonDocumentError && err.pointer !== undefined)
                throw err;
            throw new JsonDocumentError(`${where}: not JSON and not JSON Lines: ${err instanceof Error ? err.message.replace(`${where} is not valid JSON: `, '') : String(err)}`, i + 1);
        }
        out.push({ value, line: i + 1, of: nonBlank });
    });
    return out;
}


/***/ }),

/***/ 30168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fj: () => (/* binding */ makeCacheSentinel)
});

// UNUSED EXPORTS: RULES, cacheSentinel, pathsId

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
var external_node_crypto_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/lazy-crypto.js
var lazy_crypto = __nccwpck_require__(87495);
// EXTERNAL MODULE: ./lib/cache/backend.js
var backend = __nccwpck_require__(36438);
// EXTERNAL MODULE: ./lib/cache/tier.js
var tier = __nccwpck_require__(69428);
// EXTERNAL MODULE: ./lib/hashing/blake3.js
var blake3 = __nccwpck_require__(53780);
// EXTERNAL MODULE: ./lib/signing/signature.js
var signing_signature = __nccwpck_require__(62445);
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
/** `ed25519:<sha256 of the SPKI DER>` \u2014 what `signer` names in key mode. */
function keyId(publicKey) {
    let id = keyIds.get(publicKey);
    if (id === undefined) {
        id = `ed25519:${(0,external_node_crypto_.createHash)('sha256').update(spkiDer(publicKey)).digest('hex')}`;
        keyIds.set(publicKey, id);
    }
    return id;
}
function signEd25519(message, privateKey) {
    const pub = (0,external_node_crypto_.createPublicKey)(privateKey);
    return {
        schema: signing_signature/* SIGNATURE_SCHEMA */.NY,
        type: 'ed25519',
        keyId: keyId(pub),
        signature: (0,external_node_crypto_.sign)(null, message, privateKey).toString('base64')
    };
}
/** Verify with the trusted public key; throws SignatureError naming expected and actual. */
function verifyEd25519(message, doc, trusted) {
    if (doc.type !== 'ed25519')
        throw new signing_signature/* SignatureError */.VA('untrusted-signer', `expected an ed25519 signature (signing: key), got ${doc.type}`);
    const expected = keyId(trusted);
    if (doc.keyId !== expected) {
        throw new signing_signature/* SignatureError */.VA('untrusted-signer', `signed by key ${doc.keyId}; expected key ${expected}`);
    }
    const sig = Buffer.from(doc.signature, 'base64');
    if (sig.length !== 64 || !(0,external_node_crypto_.verify)(null, message, trusted, sig)) {
        throw new signing_signature/* SignatureError */.VA('bad-signature', `the Ed25519 signature does not match the manifest bytes under key ${expected}`);
    }
    return { type: 'ed25519', id: expected };
}

// EXTERNAL MODULE: ./lib/signing/sigstore-names.js
var sigstore_names = __nccwpck_require__(69176);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(14630);
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
                key = (0,read_file/* readRegularTextFile */.I)(keyFile, { maxBytes: 4096, what: 'stored key' });
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
    const { GithubBackend } = await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(106)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24106));
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

;// CONCATENATED MODULE: ./lib/signing/policy.js



class Ed25519Verifier {
    trusted;
    constructor(trusted, expectedId) {
        this.trusted = trusted;
        if (expectedId && expectedId !== keyId(trusted)) {
            throw new signing_signature/* SignatureError */.VA('untrusted-signer', `signer '${expectedId}' does not name verify-key (${keyId(trusted)})`);
        }
    }
    async verify(manifest, signature) {
        return verifyEd25519(manifest, (0,signing_signature/* parseSignatureDoc */.kD)(signature), this.trusted);
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

;// CONCATENATED MODULE: ./lib/signing/keyless-inputs.js
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
        throw new errors/* InputError */.dz('signing', `${name}='${v}' is not an http(s) URL`);
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
            throw new errors/* InputError */.dz(input, `could not get the job's OIDC token (${err.message}); grant permissions: id-token: write, or use signing: key`);
        }
        ctx.secret(token);
        return token;
    };
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/sigstore-from-input.js
/**
 * signing: sigstore \u2014 keyless signing with the job's OIDC token; verification against a trusted
 * root. The Sigstore stack (src/signing/sigstore.ts with @sigstore/*, the trust roots) loads only
 * when the run signs or verifies: a restore that misses, or a save that fails before signing,
 * never loads it. A `trusted-root` file the user gives is still read and checked at the start, so
 * a bad one is an input error whatever the cache holds; the pinned public-good root needs no check.
 */



const sigstoreStack = () => Promise.all(/* import() */[__nccwpck_require__.e(540), __nccwpck_require__.e(187), __nccwpck_require__.e(273), __nccwpck_require__.e(480)]).then(__nccwpck_require__.bind(__nccwpck_require__, 480));
const trustInput = () => Promise.all(/* import() */[__nccwpck_require__.e(187), __nccwpck_require__.e(854)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63854));
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
            getToken: jobTokenGetter(idToken, ctx, 'signing'),
            fulcioURL: serviceURL(ctx, 'CI_INTEL_FULCIO_URL', sigstore_names/* PUBLIC_FULCIO_URL */.v),
            rekorURL: serviceURL(ctx, 'CI_INTEL_REKOR_URL', sigstore_names/* PUBLIC_REKOR_URL */.wI),
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
            const { restore } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(503)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41503));
            result = await restore({ ...common, restoreKeys, verifier: signing.verifier });
        }
        else {
            if (!signing.signer)
                throw new errors/* InputError */.dz(signing.signerInput, signing.signerHelp);
            const { save } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72779));
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


/***/ }),

/***/ 53780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98995);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
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
    const { createBLAKE3 } = await __nccwpck_require__.e(/* import() */ 608).then(__nccwpck_require__.t.bind(__nccwpck_require__, 70608, 19));
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

/***/ 62445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NY: () => (/* binding */ SIGNATURE_SCHEMA),
/* harmony export */   VA: () => (/* binding */ SignatureError),
/* harmony export */   kD: () => (/* binding */ parseSignatureDoc)
/* harmony export */ });
/* unused harmony export MAX_SIGNATURE_BYTES */
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66613);
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ needsGlobMatcherToMatch),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   i4: () => (/* binding */ registerGlobMatcher),
/* harmony export */   xz: () => (/* binding */ loadGlobMatcher)
/* harmony export */ });
/* unused harmony exports needsGlobMatcher, loadGlobMatcherFor */
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
        await Promise.all(/* import() */[__nccwpck_require__.e(540), __nccwpck_require__.e(273), __nccwpck_require__.e(323)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83323));
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

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(14776);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
