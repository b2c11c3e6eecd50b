export const id = 4590;
export const ids = [4590];
export const modules = {

/***/ 13431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony export CanonicalJsonError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/**
 * Canonical JSON for digest-addressed evidence: object keys sorted by code unit, no whitespace,
 * `undefined` members left out. Non-finite numbers cannot be written canonically and are refused.
 */

class CanonicalJsonError extends Error {
    name = 'CanonicalJsonError';
}
function canonicalJson(value, where = '$') {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return JSON.stringify(value);
        case 'number':
            if (!Number.isFinite(value))
                throw new CanonicalJsonError(`${where} is ${value}, which JSON cannot hold`);
            return JSON.stringify(value);
        case 'object': {
            if (Array.isArray(value))
                return `[${value.map((v, i) => canonicalJson(v === undefined ? null : v, `${where}[${i}]`)).join(',')}]`;
            const obj = value;
            const keys = Object.keys(obj)
                .filter((k) => obj[k] !== undefined)
                .sort();
            return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k], `${where}.${k}`)}`).join(',')}}`;
        }
        default:
            throw new CanonicalJsonError(`${where} is a ${typeof value}, which JSON cannot hold`);
    }
}
function canonicalBytes(value) {
    return Buffer.from(canonicalJson(value), 'utf8');
}
/** `sha256:<hex>` of bytes. */
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 54934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ MEDIA_JSON),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   Ny: () => (/* binding */ MEDIA_GATE_RESULT),
/* harmony export */   SP: () => (/* binding */ MEDIA_POLICIES),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   To: () => (/* binding */ PREDICATE_TYPE),
/* harmony export */   ao: () => (/* binding */ MEDIA_QUARANTINE),
/* harmony export */   cF: () => (/* binding */ VSA_PREDICATE_TYPE),
/* harmony export */   eQ: () => (/* binding */ EVIDENCE_ARTIFACT_TYPE),
/* harmony export */   m$: () => (/* binding */ EVIDENCE_SCHEMA),
/* harmony export */   mr: () => (/* binding */ MEDIA_CACHE_EVENTS),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony export MEDIA_OCTETS */
/** The release evidence format: predicate type, media types and the shapes of the bundle. */
const PREDICATE_TYPE = 'https://ci-intel.dev/release-evidence/v1';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const EVIDENCE_SCHEMA = 'ci-intel.release-evidence.v1';
const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
/** The artifactType of the OCI referrer that carries the signed evidence. */
const EVIDENCE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The annotation actions/attest sets on a referrer, naming the predicate inside. */
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
/** The largest signed bundle read (a file, an attestation, a referrer layer). */
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
const MEDIA_GATE_RESULT = 'application/vnd.ci-intel.gate-result.v1+json';
const MEDIA_POLICIES = 'application/vnd.ci-intel.policies.v1+x-ndjson';
const MEDIA_CACHE_EVENTS = 'application/vnd.ci-intel.cache-events.v1+x-ndjson';
const MEDIA_QUARANTINE = 'application/vnd.ci-intel.quarantine-listing.v1+json';
const MEDIA_JSON = 'application/json';
const MEDIA_OCTETS = 'application/octet-stream';


/***/ }),

/***/ 29474:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ apiOptionsOf),
/* harmony export */   _M: () => (/* binding */ repositoryOf)
/* harmony export */ });
/* unused harmony exports tokenOf, apiUrlOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/** Inputs both evidence actions read the same way: the GitHub token, the repository, the API. */

/** The token: the input, unless empty or an unexpanded `${{ \u2026 }}` (the CLI), then the environment. */
function tokenOf(inputs, ctx, why) {
    const given = inputs.string('token')?.trim() ?? '';
    const token = given && !given.startsWith('${{') ? given : (ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '');
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', `no GitHub token: give token (or set GITHUB_TOKEN / GH_TOKEN) ${why}`);
    ctx.secret(token);
    return token;
}
function repositoryOf(inputs, ctx) {
    const r = inputs.string('repository')?.trim() || ctx.env.GITHUB_REPOSITORY || '';
    if (!r)
        return undefined;
    if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(r))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('repository', `'${r}' is not owner/name`);
    return r;
}
function apiUrlOf(ctx) {
    return (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/**
 * The GitHub API options of one evidence call: the token (`why` says what it needs), the API
 * URL, the per-request timeout, an overall deadline of `deadlineFactor` timeouts and `retries`
 * (0 for a write that must not be repeated).
 */
function apiOptionsOf(inputs, ctx, timeoutMs, why, { retries = 2, deadlineFactor = 10 } = {}) {
    return {
        token: tokenOf(inputs, ctx, why),
        baseUrl: apiUrlOf(ctx),
        timeoutMs,
        deadline: Date.now() + deadlineFactor * timeoutMs,
        retries,
        maxRateLimitWaitS: 60,
        log: ctx.log
    };
}


/***/ }),

/***/ 12287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ signWithKey),
/* harmony export */   YQ: () => (/* binding */ verifyWithKey)
/* harmony export */ });
/* unused harmony export BUNDLE_V03 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83917);
/* harmony import */ var _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30838);
/* harmony import */ var _signing_signature_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62445);





const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
function signWithKey(payload, payloadType, key) {
    const doc = (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .signEd25519 */ .pI)(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__.dsse.preAuthEncoding(payloadType, payload), key);
    if (doc.type !== 'ed25519')
        throw new Error('unreachable');
    const hint = (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key));
    return {
        mediaType: BUNDLE_V03,
        verificationMaterial: { publicKey: { hint }, tlogEntries: [] },
        dsseEnvelope: {
            payload: payload.toString('base64'),
            payloadType,
            signatures: [{ sig: doc.signature, keyid: hint }]
        }
    };
}
/** Verify a key-signed bundle with the trusted key; throws SignatureError. */
function verifyWithKey(json, trusted) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
    }
    catch (err) {
        throw new _signing_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .SignatureError */ .VA('bad-signature', `not a Sigstore bundle: ${err.message}`);
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new _signing_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .SignatureError */ .VA('bad-signature', 'the bundle holds no DSSE envelope (not an attestation)');
    const vm = bundle.verificationMaterial.content;
    if (vm.$case !== 'publicKey') {
        throw new _signing_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .SignatureError */ .VA('untrusted-signer', 'the bundle is signed keylessly (a certificate); verify-key verifies key-signed bundles only \u2014 use signing: sigstore');
    }
    const env = bundle.content.dsseEnvelope;
    if (env.signatures.length !== 1)
        throw new _signing_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .SignatureError */ .VA('bad-signature', `expected one DSSE signature, got ${env.signatures.length}`);
    const sig = env.signatures[0];
    const expected = (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(trusted);
    if (vm.publicKey.hint !== expected || (sig.keyid !== '' && sig.keyid !== expected)) {
        throw new _signing_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .SignatureError */ .VA('untrusted-signer', `signed by key ${vm.publicKey.hint || sig.keyid || '(unnamed)'}; expected key ${expected} (verify-key)`);
    }
    const identity = (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyEd25519 */ .I5)(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__.dsse.preAuthEncoding(env.payloadType, env.payload), {
        schema: _signing_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_SCHEMA */ .NY,
        type: 'ed25519',
        keyId: expected,
        signature: sig.sig.toString('base64')
    }, trusted);
    return { payload: env.payload, payloadType: env.payloadType, keyId: identity.id };
}


/***/ }),

/***/ 6634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ localPieces),
/* harmony export */   EZ: () => (/* binding */ MAX_PIECE_BYTES),
/* harmony export */   Ji: () => (/* binding */ checkedPieces),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   Sg: () => (/* binding */ evidenceMediaType)
/* harmony export */ });
/* unused harmony exports MAX_PIECES, MAX_TOTAL_BYTES, PieceLimitError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14630);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13431);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54934);
/**
 * The pieces of evidence a run leaves in `$RUNNER_TEMP/ci-intel` (and in each job's
 * `ci-intel-evidence-*` artifact, which is that folder zipped): gate results, the policy
 * records, cache events, quarantine listings and the gates' decision files. Scratch folders
 * (staging, rebuilds, git mirrors) are never evidence and are left out.
 */





const MAX_PIECE_BYTES = 8 * 1024 * 1024;
const MAX_PIECES = 2000;
const MAX_TOTAL_BYTES = 128 * 1024 * 1024;
class PieceLimitError extends Error {
    name = 'PieceLimitError';
}
/** The media type of a path inside a ci-intel folder, or undefined when it is not evidence. */
function evidenceMediaType(path) {
    if (/^results\/[^/]+\.json$/.test(path))
        return _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_GATE_RESULT */ .Ny;
    if (path === 'policies.ndjson')
        return _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_POLICIES */ .SP;
    if (path === 'cache-events.ndjson')
        return _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_CACHE_EVENTS */ .mr;
    if (/^[^/]+\.json$/.test(path))
        return _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_JSON */ .GJ;
    return undefined;
}
function entryOf(p) {
    return {
        name: p.name,
        mediaType: p.mediaType,
        digest: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)(p.bytes),
        size: p.bytes.length
    };
}
/** A quarantined entry's files as a listing (names, sizes, digests): the bytes stay on the runner. */
function quarantineListing(dir) {
    const files = [];
    const walk = (d, rel) => {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(d).sort()) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, name);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
            const r = rel ? `${rel}/${name}` : name;
            if (st.isDirectory())
                walk(abs, r);
            else if (st.isFile() && files.length < 10_000)
                files.push({
                    path: r,
                    size: st.size,
                    digest: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)((0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(abs, { maxBytes: 256 * 1024 * 1024, what: 'quarantined file' }))
                });
        }
    };
    walk(dir, '');
    return Buffer.from(JSON.stringify({ files }) + '\n');
}
/** The evidence under a local ci-intel folder, each named `local/<path>`. */
function localPieces(hubDir) {
    const out = [];
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(hubDir).sort();
    }
    catch {
        return out;
    }
    const add = (rel) => {
        const type = evidenceMediaType(rel);
        if (!type)
            return;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(hubDir, rel);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isFile())
            return;
        out.push({
            name: `local/${rel}`,
            mediaType: type,
            bytes: (0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(abs, { maxBytes: MAX_PIECE_BYTES, what: 'evidence file' })
        });
    };
    for (const name of names) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(hubDir, name);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        if (st.isFile())
            add(name);
        else if (st.isDirectory() && name === 'results') {
            for (const r of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs).sort())
                add(`results/${r}`);
        }
        else if (st.isDirectory() && name === 'quarantine') {
            for (const q of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs).sort()) {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, q)).isDirectory())
                    continue;
                out.push({
                    name: `local/quarantine/${q}.json`,
                    mediaType: _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA_QUARANTINE */ .ao,
                    bytes: quarantineListing((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, q))
                });
            }
        }
    }
    return out;
}
/** Sorted by name, unique, within the limits. */
function checkedPieces(pieces) {
    const sorted = [...pieces].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 1; i < sorted.length; i++)
        if (sorted[i].name === sorted[i - 1].name)
            throw new PieceLimitError(`two pieces of evidence are named '${sorted[i].name}'`);
    if (sorted.length > MAX_PIECES)
        throw new PieceLimitError(`${sorted.length} pieces of evidence; at most ${MAX_PIECES} are bundled`);
    const total = sorted.reduce((n, p) => n + p.bytes.length, 0);
    if (total > MAX_TOTAL_BYTES)
        throw new PieceLimitError(`the evidence is ${total} bytes; at most ${MAX_TOTAL_BYTES} are bundled`);
    return sorted;
}


/***/ }),

/***/ 40636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   Mp: () => (/* binding */ StatementError),
/* harmony export */   UT: () => (/* binding */ makeStatement),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   tY: () => (/* binding */ subjectHasDigest)
/* harmony export */ });
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66613);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13431);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54934);
/** The in-toto Statement around the release evidence, and its strict reading back. */



class StatementError extends Error {
    name = 'StatementError';
}
const SHA256 = /^[0-9a-f]{64}$/;
function makeStatement(subjects, evidence) {
    if (subjects.length === 0)
        throw new StatementError('a statement needs at least one subject');
    const sorted = [...subjects].sort((a, b) => a.name === b.name ? (a.digest.sha256 < b.digest.sha256 ? -1 : 1) : a.name < b.name ? -1 : 1);
    const statement = {
        _type: _format_js__WEBPACK_IMPORTED_MODULE_2__/* .STATEMENT_TYPE */ .zG,
        subject: sorted,
        predicateType: _format_js__WEBPACK_IMPORTED_MODULE_2__/* .PREDICATE_TYPE */ .To,
        predicate: evidence
    };
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalBytes */ .Mr)(statement);
}
/** Parse a DSSE payload as an in-toto Statement v1 (strict JSON; shape checked). */
function parseStatement(payload) {
    let doc;
    try {
        doc = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictJsonBytes */ .ml)(payload, 'the signed statement');
    }
    catch (err) {
        if (err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonDocumentError */ .sT)
            throw new StatementError(err.message);
        throw err;
    }
    const s = doc;
    if (typeof s !== 'object' || s === null || Array.isArray(s))
        throw new StatementError('the signed payload is not a JSON object');
    if (s._type !== _format_js__WEBPACK_IMPORTED_MODULE_2__/* .STATEMENT_TYPE */ .zG)
        throw new StatementError(`statement _type is ${JSON.stringify(s._type)}; expected ${_format_js__WEBPACK_IMPORTED_MODULE_2__/* .STATEMENT_TYPE */ .zG}`);
    if (!Array.isArray(s.subject) || s.subject.length === 0)
        throw new StatementError('the statement has no subject');
    for (const sub of s.subject) {
        const x = sub;
        if (typeof x !== 'object' ||
            x === null ||
            typeof x.name !== 'string' ||
            typeof x.digest !== 'object' ||
            x.digest === null)
            throw new StatementError('a statement subject lacks name or digest');
    }
    if (typeof s.predicateType !== 'string')
        throw new StatementError('the statement has no predicateType');
    return s;
}
/** `sha256:<hex>` or a bare 64-hex digest \u2192 the hex, else undefined. */
function sha256Hex(digest) {
    const hex = digest.startsWith('sha256:') ? digest.slice(7) : digest;
    return SHA256.test(hex) ? hex : undefined;
}
function subjectHasDigest(s, hex) {
    return s.subject.some((x) => x.digest.sha256 === hex);
}


/***/ }),

/***/ 80216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ subjectsFromInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _gates_slsa_verify_artifact_patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13982);
/* harmony import */ var _gates_slsa_verify_digests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(729);
/* harmony import */ var _gates_slsa_verify_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4604);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40636);
/**
 * Subjects as actions/attest names them: `subject-path` (files or globs, relative to the
 * workspace) or `subject-digest` + `subject-name`. Globs and file digests reuse slsa-verify's
 * reader (bounded walks, regular files only).
 */






function subjectsFromInputs(workspace, paths, digest, name) {
    const out = [];
    if (paths.length) {
        let files;
        try {
            files = (0,_gates_slsa_verify_artifact_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .expandArtifactPatterns */ .Ah)(workspace, paths);
        }
        catch (err) {
            if (err instanceof _gates_slsa_verify_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .IdentityInputError */ .ZE)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('subject-path', err.message);
            throw err;
        }
        for (const f of files) {
            const d = (0,_gates_slsa_verify_digests_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(f);
            out.push({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(f.name), digest: { sha256: d.digests.sha256 } });
        }
    }
    if (digest) {
        const hex = (0,_statement_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(digest.trim());
        if (!hex || !digest.trim().startsWith('sha256:'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('subject-digest', `'${digest}' is not sha256:<64 lowercase hex digits>`);
        if (!name)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('subject-name', 'is required with subject-digest (e.g. the image name ghcr.io/acme/widget)');
        out.push({ name, digest: { sha256: hex } });
    }
    else if (name && !paths.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('subject-digest', `is required with subject-name '${name}'`);
    }
    if (out.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('subject-path', 'give subject-path (files or globs) or subject-digest and subject-name');
    return out;
}


/***/ }),

/***/ 98701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ signerFromInputs)
/* harmony export */ });
/* unused harmony exports GITHUB_FULCIO_URL, GITHUB_TSA_URL */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14630);
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66613);
/* harmony import */ var _evidence_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54934);
/* harmony import */ var _evidence_key_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12287);
/* harmony import */ var _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30838);
/* harmony import */ var _signing_sigstore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12537);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77598);
/* harmony import */ var _signing_keyless_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73287);
/** The statement signer the inputs ask for: an Ed25519 key, or keyless with the job's OIDC token. */









const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
const GITHUB_TSA_URL = 'https://timestamp.githubapp.com';
const BUNDLE_INPUTS = {
    signing: 'signing',
    key: 'signing-key',
    instance: 'sigstore-instance'
};
/** public-good or github, from the input or (auto) the event payload's repository visibility. */
function instanceOf(inputs, ctx, names) {
    const v = inputs.string(names.instance) ?? 'auto';
    if (v === 'public-good' || v === 'github')
        return v;
    const path = ctx.env.GITHUB_EVENT_PATH;
    let priv;
    try {
        if (path)
            priv = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStrictJson */ .RJ)((0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_1__.readRegularTextFile)(path, { maxBytes: 32 * 1024 * 1024, what: 'the event payload' }), 'GITHUB_EVENT_PATH').repository?.private;
    }
    catch {
        priv = undefined;
    }
    if (typeof priv !== 'boolean') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(names.instance, 'auto could not tell from the event payload whether the repository is public or private; set public-good or github');
    }
    return priv ? 'github' : 'public-good';
}
function signerFromInputs(inputs, ctx, deps, names = BUNDLE_INPUTS) {
    if (inputs.string(names.signing) === 'key') {
        const pem = inputs.string(names.key);
        if (!pem)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(names.key, `is required with ${names.signing}: key (an Ed25519 private key PEM from a secret)`);
        let key;
        try {
            key = (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPrivateKey */ .PM)(pem);
        }
        catch (err) {
            if (err instanceof _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_4__/* .KeyError */ .eN)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(names.key, err.message);
            throw err;
        }
        return {
            description: `key ${(0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_4__/* .keyId */ .xs)((0,node_crypto__WEBPACK_IMPORTED_MODULE_6__.createPublicKey)(key))}`,
            sign: async (statement) => (0,_evidence_key_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .signWithKey */ .Ft)(statement, _evidence_format_js__WEBPACK_IMPORTED_MODULE_8__/* .IN_TOTO_PAYLOAD_TYPE */ .T4, key)
        };
    }
    const idToken = deps.idToken;
    if (!idToken || ctx.env.GITHUB_ACTIONS !== 'true' || !ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(names.signing, "sigstore needs the job's OIDC token: run in a GitHub Actions job with permissions id-token: write, or use signing: key");
    }
    const instance = instanceOf(inputs, ctx, names);
    const timeoutMs = Math.min(inputs.duration('timeout') ?? 60_000, 600_000);
    const fulcioURL = (0,_signing_keyless_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .serviceURL */ .x)(ctx, 'CI_INTEL_FULCIO_URL', instance === 'github' ? GITHUB_FULCIO_URL : _signing_sigstore_js__WEBPACK_IMPORTED_MODULE_5__.PUBLIC_FULCIO_URL);
    const rekorURL = instance === 'public-good'
        ? (0,_signing_keyless_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .serviceURL */ .x)(ctx, 'CI_INTEL_REKOR_URL', _signing_sigstore_js__WEBPACK_IMPORTED_MODULE_5__.PUBLIC_REKOR_URL)
        : undefined;
    const tsaURL = instance === 'github' ? (0,_signing_keyless_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .serviceURL */ .x)(ctx, 'CI_INTEL_TSA_URL', GITHUB_TSA_URL) : undefined;
    const signer = new _signing_sigstore_js__WEBPACK_IMPORTED_MODULE_5__.SigstoreSigner({
        getToken: (0,_signing_keyless_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .jobTokenGetter */ .w)(idToken, ctx, names.signing),
        fulcioURL,
        rekorURL,
        tsaURL,
        timeoutMs,
        payloadType: _evidence_format_js__WEBPACK_IMPORTED_MODULE_8__/* .IN_TOTO_PAYLOAD_TYPE */ .T4
    });
    return {
        description: `sigstore ${instance} (Fulcio ${fulcioURL}, ${rekorURL ? `Rekor ${rekorURL}` : `TSA ${tsaURL}`})`,
        sign: async (statement) => {
            const doc = await signer.sign(statement);
            if (doc.type !== 'sigstore')
                throw new Error('unreachable: keyless signing returned a key signature');
            return doc.bundle;
        }
    };
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

/***/ 12537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_ACTIONS_ISSUER: () => (/* reexport safe */ _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__.qQ),
/* harmony export */   MANIFEST_PAYLOAD_TYPE: () => (/* reexport safe */ _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__.qD),
/* harmony export */   PUBLIC_FULCIO_URL: () => (/* reexport safe */ _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__.v),
/* harmony export */   PUBLIC_REKOR_URL: () => (/* reexport safe */ _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__.wI),
/* harmony export */   SigstoreSignError: () => (/* reexport safe */ _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__.A9),
/* harmony export */   SigstoreSigner: () => (/* binding */ SigstoreSigner),
/* harmony export */   SigstoreVerifier: () => (/* binding */ SigstoreVerifier),
/* harmony export */   describeSigstorePolicy: () => (/* reexport safe */ _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__.kf)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15273);
/* harmony import */ var _sigstore_fulcio_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75676);
/* harmony import */ var _sigstore_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79673);
/* harmony import */ var _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69176);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62445);





// The names (services, issuer, payload type, error) live in sigstore-names.ts so that callers can
// use them without loading this module's Sigstore stack.

class SigstoreSigner {
    o;
    constructor(o) {
        this.o = o;
    }
    async sign(manifest) {
        // Loaded only here, so key-mode runs and restores never pay for the signing client.
        const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(759), __webpack_require__.e(5179)]).then(__webpack_require__.t.bind(__webpack_require__, 15179, 19));
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
                type: this.o.payloadType ?? _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_PAYLOAD_TYPE */ .qD
            });
        }
        catch (err) {
            const e = err;
            const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
            throw new _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__/* .SigstoreSignError */ .A9(`keyless signing failed${e.code ? ` [${e.code}]` : ''}: ${e.message}${cause}; Fulcio ${this.o.fulcioURL}, ${this.o.rekorURL ? `Rekor ${this.o.rekorURL}` : `TSA ${this.o.tsaURL ?? '(none)'}`}`);
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
        if (r.payloadType !== _sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_PAYLOAD_TYPE */ .qD) {
            throw new _signature_js__WEBPACK_IMPORTED_MODULE_3__/* .SignatureError */ .VA('bad-signature', `bundle payload type is ${JSON.stringify(r.payloadType)}; expected ${_sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_PAYLOAD_TYPE */ .qD}`);
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
        return (0,_sigstore_names_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSigstorePolicy */ .kf)(this.policy);
    }
}


/***/ })

};
