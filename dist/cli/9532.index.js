export const id = 9532;
export const ids = [9532,847];
export const modules = {

/***/ 9975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ loadSchemaValidators),
/* harmony export */   Ki: () => (/* binding */ schemaValidator),
/* harmony export */   cz: () => (/* binding */ describeSchemaErrors)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _build_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71855);
/* harmony import */ var _hub_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37669);
/**
 * JSON Schemas from schema/: in a bundle, the validators the build generated (ajv standalone
 * code, registered by scripts/build.mjs, each in a chunk loaded by `loadSchemaValidators`);
 * elsewhere compiled once per process with ajv, which then loads on first use.
 *
 * `schemaValidator` is synchronous, so in a bundle the code that validates loads the validator
 * first, at its last asynchronous step: `await loadSchemaValidators(name)` (a no-op outside a
 * bundle and once loaded). A run that never validates never reads the validator's code.
 */





let ajv;
const compiled = new Map();
/** ajv and ajv-formats, loaded only when a schema has to be compiled at run time. */
function runtimeAjv() {
    if (!ajv) {
        // Both are CommonJS; a bundle never gets here (its validators are generated at build time).
        const load = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_hub_root_js__WEBPACK_IMPORTED_MODULE_4__/* .hubRoot */ .G)(), 'package.json'));
        const { Ajv: AjvClass } = load('ajv');
        const formats = load('ajv-formats');
        const addFormats = (formats.default ?? formats);
        ajv = addFormats(new AjvClass({ allErrors: true, strict: false }));
    }
    return ajv;
}
function notInBundle(name) {
    return new Error(`schema/${name} was not compiled into this bundle: scripts/build.mjs registers the schemas named as string literals in the modules that call schemaValidator`);
}
/**
 * Load the bundle's validators for `names` (their chunks), so that `schemaValidator` can give
 * them. Outside a bundle nothing is loaded here: `schemaValidator` compiles on first use.
 */
async function loadSchemaValidators(...names) {
    if (!(0,_build_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .schemasCompiledAtBuild */ .jO)())
        return;
    for (const name of names) {
        if (compiled.has(name))
            continue;
        const load = (0,_build_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .registeredSchemaLoader */ .zv)(name);
        if (!load)
            throw notInBundle(name);
        compiled.set(name, (await load()));
    }
}
function schemaValidator(name) {
    let v = compiled.get(name);
    if (!v) {
        if ((0,_build_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .schemasCompiledAtBuild */ .jO)()) {
            if (!(0,_build_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .registeredSchemaLoader */ .zv)(name))
                throw notInBundle(name);
            throw new Error(`internal: the validator of schema/${name} is not loaded yet (await loadSchemaValidators('${name}') before validating)`);
        }
        const schema = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_hub_root_js__WEBPACK_IMPORTED_MODULE_4__/* .hubRoot */ .G)(), 'schema', name), 'utf8'));
        v = runtimeAjv().compile(schema);
        compiled.set(name, v);
    }
    return v;
}
/** One line per ajv error, naming the field: `/allow/0/expires: must match format "date"`. */
function describeSchemaErrors(errors) {
    return (errors ?? []).map((e) => {
        const at = e.instancePath || '(root)';
        if (e.keyword === 'required')
            return `${at}: missing required field '${String(e.params.missingProperty)}'`;
        if (e.keyword === 'additionalProperties') {
            return `${at}: unknown field '${String(e.params.additionalProperty)}'`;
        }
        return `${at}: ${e.message ?? e.keyword}`;
    });
}


/***/ }),

/***/ 39532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evidenceVerify: () => (/* binding */ evidenceVerify),
  makeEvidenceVerify: () => (/* binding */ makeEvidenceVerify)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: ./lib/evidence/gate-inputs.js
var gate_inputs = __webpack_require__(29474);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/evidence/canonical.js
var canonical = __webpack_require__(13431);
// EXTERNAL MODULE: ./lib/evidence/pieces.js
var pieces = __webpack_require__(6634);
;// CONCATENATED MODULE: ./lib/evidence/piece-check.js
/**
 * The pieces next to a bundle (its evidence folder) against the signed manifest: each entry must
 * be there, a regular file, with the digest the manifest gives. Extra files are reported only.
 */





function safe(name) {
    return (!name.startsWith('/') &&
        !name.split('/').some((p) => p === '..' || p === '.' || p === '') &&
        !name.includes('\\'));
}
function listFiles(dir, out = [], root = dir) {
    for (const n of (0,external_node_fs_.readdirSync)(dir)) {
        const abs = (0,external_node_path_.join)(dir, n);
        const st = (0,external_node_fs_.lstatSync)(abs);
        if (st.isDirectory())
            listFiles(abs, out, root);
        else
            out.push((0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/'));
    }
    return out;
}
function checkPieces(manifest, dir, ignore = []) {
    const problems = [];
    let checked = 0;
    for (const m of manifest) {
        if (!safe(m.name)) {
            problems.push({
                piece: m.name,
                problem: 'unsafe-name',
                message: `manifest entry '${m.name}' is not a plain relative path`
            });
            continue;
        }
        let bytes;
        try {
            bytes = (0,read_file/* readRegularFile */.XF)((0,external_node_path_.join)(dir, m.name), {
                maxBytes: pieces/* MAX_PIECE_BYTES */.EZ,
                what: 'evidence piece'
            });
        }
        catch (err) {
            if (!(err instanceof read_file/* FileReadError */.tJ))
                throw err;
            const missing = err.code === 'ENOENT';
            problems.push({
                piece: m.name,
                problem: missing ? 'missing' : 'unreadable',
                message: missing
                    ? `piece ${m.name} (${m.digest}) is missing from the evidence folder`
                    : err.message
            });
            continue;
        }
        checked++;
        const got = (0,canonical/* sha256Digest */.sI)(bytes);
        if (got !== m.digest)
            problems.push({
                piece: m.name,
                problem: 'digest-mismatch',
                message: `piece ${m.name} is ${got}; the signed manifest says ${m.digest}`
            });
    }
    const known = new Set([...manifest.map((m) => m.name), ...ignore]);
    let extra;
    try {
        extra = listFiles(dir)
            .filter((f) => !known.has(f))
            .sort();
    }
    catch {
        extra = [];
    }
    return { checked, problems, extra };
}

// EXTERNAL MODULE: ./lib/evidence/subjects.js
var evidence_subjects = __webpack_require__(80216);
// EXTERNAL MODULE: ./lib/core/result.js
var result = __webpack_require__(28490);
;// CONCATENATED MODULE: ./lib/evidence/truth-table.js
/**
 * The admission truth table: every required gate has at least one result in the evidence and
 * every result of it is `pass`. A gate with no result is `missing`; any `fail` fails it; any
 * `error` (or a verdict that is not one) makes it `error`.
 */

function truthTable(e, required) {
    return required.map((gate) => {
        const rows = e.gates.filter((g) => g.gate === gate);
        if (rows.length === 0)
            return { gate, status: 'missing', results: 0, verdicts: [] };
        const verdicts = rows.map((r) => r.verdict);
        return { gate, status: (0,result/* worstVerdict */.zP)(verdicts), results: rows.length, verdicts };
    });
}

// EXTERNAL MODULE: ./lib/signing/ed25519.js
var ed25519 = __webpack_require__(30838);
// EXTERNAL MODULE: ./lib/signing/signature.js
var signature = __webpack_require__(62445);
// EXTERNAL MODULE: ./lib/sigstore/fulcio.js
var fulcio = __webpack_require__(75676);
// EXTERNAL MODULE: ./lib/sigstore/verify.js
var verify = __webpack_require__(79673);
// EXTERNAL MODULE: ./lib/evidence/format.js
var format = __webpack_require__(54934);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(15273);
// EXTERNAL MODULE: ./lib/gates/slsa-verify/identity.js
var identity = __webpack_require__(4604);
;// CONCATENATED MODULE: ./lib/evidence/identity.js
/**
 * The signer a release evidence bundle must come from: one workflow file of one repository at a
 * release tag, compared exactly after normalisation (slsa-verify's identity rules), so a
 * look-alike repository, owner or workflow, a branch or an untagged ref never match.
 */


function signerPolicy(repository, workflow, ref, issuer) {
    const repo = (0,identity/* normaliseSourceUri */.yJ)(repository.includes('github.com') ? repository : `github.com/${repository}`);
    const wf = (0,identity/* normaliseWorkflow */.gD)('signer-workflow', workflow || `${repo.replace(/^https:\/\//, '')}/.github/workflows/release.yml`);
    return { repository: repo, workflow: wf, ref, issuer };
}
/** Why the certificate does not satisfy the policy, or undefined when it does. */
function signerProblem(id, p) {
    if (id.inconsistencies.length)
        return `the certificate contradicts itself: ${id.inconsistencies.join('; ')}`;
    if (id.issuer !== p.issuer)
        return `certificate issuer is ${id.issuer ?? '(none)'}; expected ${p.issuer}`;
    const san = (0,identity/* parseWorkflowRef */.QO)(id.san);
    if (!san)
        return `certificate identity ${id.san ?? '(none)'} is not a GitHub workflow identity`;
    if (san.name !== p.workflow)
        return `signed by workflow ${san.name}; expected ${p.workflow} (signer-workflow)`;
    if (!(0,esm/* minimatch */.xF)(san.ref, p.ref, { nobrace: true, noext: true, nonegate: true }))
        return `signed at ref ${san.ref}; expected a ref matching ${p.ref} (signer-ref)`;
    if (id.buildSignerURI !== undefined && id.buildSignerURI !== id.san)
        return `the certificate's build signer URI ${id.buildSignerURI} differs from its identity ${id.san}`;
    const source = id.sourceRepositoryURI;
    if (source !== p.repository)
        return `built from ${source ?? '(no source repository)'}; expected ${p.repository} (repository)`;
    return undefined;
}

// EXTERNAL MODULE: ./lib/evidence/key-bundle.js
var key_bundle = __webpack_require__(12287);
// EXTERNAL MODULE: ./lib/evidence/statement.js
var evidence_statement = __webpack_require__(40636);
// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
;// CONCATENATED MODULE: ./lib/evidence/predicate.js
/** The release evidence predicate checked against schema/release-evidence.v1.json. */

/** Load the validator of schema/release-evidence.v1.json (in a bundle, its chunk); await it before `predicateProblem`. */
function loadPredicateValidator() {
    return (0,schemas/* loadSchemaValidators */.Je)('release-evidence.v1.json');
}
function predicateProblem(predicate) {
    const validate = (0,schemas/* schemaValidator */.Ki)('release-evidence.v1.json');
    if (!validate(predicate))
        return `the predicate does not follow release-evidence.v1: ${(0,schemas/* describeSchemaErrors */.cz)(validate.errors).slice(0, 5).join('; ')}`;
    const e = predicate;
    // Every truth-table row must point at a manifest entry with the same digest.
    const byName = new Map(e.manifest.map((m) => [m.name, m.digest]));
    for (const g of e.gates) {
        const d = byName.get(g.piece);
        if (d !== g.digest)
            return `gate row ${g.gate} names piece ${g.piece} (${g.digest}) but the manifest ${d ? `says ${d}` : 'has no such piece'}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/evidence/verify.js









function describeTrust(t) {
    return t.kind === 'key'
        ? `key ${(0,ed25519/* keyId */.xs)(t.key)}`
        : `${t.policy.workflow}@${t.policy.ref} for ${t.policy.repository} (${t.roots.map((r) => r.summary.source).join(', ')})`;
}
function verifyEvidenceBundle(json, trust, subjectHex) {
    let payload;
    let payloadType;
    let signer;
    let crypto;
    if (trust.kind === 'key') {
        try {
            const v = (0,key_bundle/* verifyWithKey */.YQ)(json, trust.key);
            payload = v.payload;
            payloadType = v.payloadType;
            signer = { type: 'ed25519', id: v.keyId };
        }
        catch (err) {
            if (!(err instanceof signature/* SignatureError */.VA))
                throw err;
            return {
                ok: false,
                check: err.reason === 'untrusted-signer' ? 'signer' : 'signature',
                message: err.message
            };
        }
    }
    else {
        const r = (0,verify/* verifyWithRoots */.z)(json, trust.roots);
        if (!r.ok)
            return { ok: false, check: 'signature', message: `${r.code}: ${r.message}` };
        if (!r.certificate || !r.payload)
            return {
                ok: false,
                check: 'signer',
                message: 'the bundle is signed with a bare key; expected a Fulcio certificate (keyless signing)'
            };
        const id = (0,fulcio/* fulcioIdentity */.N)(r.certificate);
        const problem = signerProblem(id, trust.policy);
        if (problem)
            return { ok: false, check: 'signer', message: problem };
        payload = r.payload;
        payloadType = r.payloadType;
        crypto = r.evidence;
        signer = {
            type: 'sigstore',
            id: id.san ?? '',
            repository: id.sourceRepositoryURI,
            ref: id.sourceRepositoryRef,
            runUrl: id.runInvocationURI
        };
    }
    if (payloadType !== format/* IN_TOTO_PAYLOAD_TYPE */.T4)
        return {
            ok: false,
            check: 'payload-type',
            message: `payload type is ${JSON.stringify(payloadType)}; expected ${format/* IN_TOTO_PAYLOAD_TYPE */.T4}`
        };
    let statement;
    try {
        statement = (0,evidence_statement/* parseStatement */.By)(payload);
    }
    catch (err) {
        if (err instanceof evidence_statement/* StatementError */.Mp)
            return { ok: false, check: 'predicate', message: err.message };
        throw err;
    }
    if (statement.predicateType !== format/* PREDICATE_TYPE */.To)
        return {
            ok: false,
            check: 'predicate-type',
            message: `predicate type is ${statement.predicateType}; expected ${format/* PREDICATE_TYPE */.To}`
        };
    if (!(0,evidence_statement/* subjectHasDigest */.tY)(statement, subjectHex))
        return {
            ok: false,
            check: 'subject',
            message: `the statement's subjects (${statement.subject.map((s) => `${s.name}@sha256:${s.digest.sha256 ?? '?'}`).join(', ')}) do not include sha256:${subjectHex}`
        };
    const bad = predicateProblem(statement.predicate);
    if (bad)
        return { ok: false, check: 'predicate', message: bad };
    return { ok: true, statement, evidence: statement.predicate, signer, crypto };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/evidence/vsa.js
/**
 * A SLSA Verification Summary (https://slsa.dev/verification_summary/v1) for the subject, so
 * downstream admission (Kyverno, policy-controller) can rely on one statement.
 */



function makeVsa(v) {
    const policyDigest = (0,canonical/* canonicalBytes */.Mr)(v.policy);
    return (0,canonical/* canonicalBytes */.Mr)({
        _type: format/* STATEMENT_TYPE */.zG,
        subject: [{ name: v.subjectName, digest: { sha256: v.subjectHex } }],
        predicateType: format/* VSA_PREDICATE_TYPE */.cF,
        predicate: {
            verifier: { id: v.verifierId },
            timeVerified: v.timeVerified.toISOString(),
            resourceUri: v.resourceUri,
            policy: {
                uri: 'https://ci-intel.dev/policy/evidence-verify/v1',
                digest: { sha256: (0,external_node_crypto_.createHash)('sha256').update(policyDigest).digest('hex') }
            },
            inputAttestations: v.bundleDigest
                ? [
                    {
                        uri: v.bundleUri ?? 'bundle',
                        digest: { sha256: v.bundleDigest.replace(/^sha256:/, '') }
                    }
                ]
                : [],
            verificationResult: v.passed ? 'PASSED' : 'FAILED',
            verifiedLevels: v.passed ? ['CI_INTEL_RELEASE_EVIDENCE_V1'] : [],
            slsaVersion: '1.0'
        }
    });
}

// EXTERNAL MODULE: ./lib/oci/reference.js
var reference = __webpack_require__(23940);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/gates/evidence-verify/find.js
/** Where the evidence comes from: a bundle file, the attestations API, or the image's referrers. */









async function findCandidates(inputs, ctx, subjectDigest, repository) {
    const lookup = inputs.string('lookup') ?? 'file';
    const timeoutMs = inputs.duration('timeout') ?? 60_000;
    if (lookup === 'file') {
        const file = inputs.string('bundle')?.trim();
        if (!file)
            throw new errors/* InputError */.dz('bundle', 'give the signed evidence bundle file, or set lookup: attestations or referrers');
        const text = (0,read_file.readRegularTextFile)((0,external_node_path_.resolve)(ctx.workspace, file), {
            maxBytes: format/* MAX_BUNDLE_BYTES */.Me,
            what: "input 'bundle'"
        });
        return [
            { source: file, json: (0,strict_json/* parseStrictJson */.RJ)(text, file), digest: (0,canonical/* sha256Digest */.sI)(Buffer.from(text)) }
        ];
    }
    if (lookup === 'attestations') {
        if (!repository)
            throw new errors/* InputError */.dz('repository', 'is needed with lookup: attestations (GITHUB_REPOSITORY is not set)');
        // The API and registry clients load only for a lookup.
        const { lookupAttestations } = await Promise.all(/* import() */[__webpack_require__.e(9726), __webpack_require__.e(454)]).then(__webpack_require__.bind(__webpack_require__, 80454));
        const bundles = await lookupAttestations(repository, subjectDigest, format/* PREDICATE_TYPE */.To, (0,gate_inputs/* apiOptionsOf */.IO)(inputs, ctx, timeoutMs, 'with attestations: read'));
        return bundles.map((b, i) => ({
            source: `attestations API of ${repository} (#${i + 1})`,
            json: b,
            digest: (0,canonical/* sha256Digest */.sI)(Buffer.from((0,canonical/* canonicalJson */.dj)(b)))
        }));
    }
    const image = inputs.string('image')?.trim();
    if (!image)
        throw new errors/* InputError */.dz('image', 'is required with lookup: referrers (registry/repository@sha256:<hex>)');
    const username = inputs.string('registry-username')?.trim();
    const password = inputs.string('registry-password');
    const { discoverEvidenceReferrers } = await Promise.all(/* import() */[__webpack_require__.e(8782), __webpack_require__.e(5153)]).then(__webpack_require__.bind(__webpack_require__, 47534));
    const found = await discoverEvidenceReferrers({
        image,
        credentials: username && password ? { username, password } : undefined,
        insecure: inputs.boolean('insecure'),
        deadline: Date.now() + 10 * timeoutMs,
        secret: ctx.secret,
        log: ctx.log
    });
    return found.map((f) => ({
        source: `referrer ${f.digest} of ${image}`,
        json: f.bundle,
        digest: f.bundle === undefined ? undefined : (0,canonical/* sha256Digest */.sI)(Buffer.from((0,canonical/* canonicalJson */.dj)(f.bundle))),
        problem: f.problem
    }));
}

// EXTERNAL MODULE: ./lib/signing/sigstore.js
var sigstore = __webpack_require__(12537);
// EXTERNAL MODULE: ./lib/sigstore/trusted-root-input.js
var trusted_root_input = __webpack_require__(50847);
;// CONCATENATED MODULE: ./lib/gates/evidence-verify/trust-from-inputs.js
/** What the evidence must be signed by: verify-key, or a trusted root plus the anchored signer. */






function trustFromInputs(inputs, ctx, repository) {
    if (inputs.string('signing') === 'key') {
        const pem = inputs.string('verify-key');
        if (!pem)
            throw new errors/* InputError */.dz('verify-key', 'is required with signing: key (the Ed25519 public key PEM)');
        try {
            return { kind: 'key', key: (0,ed25519/* loadPublicKey */.fg)(pem) };
        }
        catch (err) {
            if (err instanceof ed25519/* KeyError */.eN)
                throw new errors/* InputError */.dz('verify-key', err.message);
            throw err;
        }
    }
    if (!repository)
        throw new errors/* InputError */.dz('repository', 'is required outside a workflow job (GITHUB_REPOSITORY is not set): the owner/name the release is built from');
    let policy;
    try {
        policy = signerPolicy(repository, inputs.string('signer-workflow')?.trim() || undefined, inputs.string('signer-ref')?.trim() || 'refs/tags/v*', sigstore.GITHUB_ACTIONS_ISSUER);
    }
    catch (err) {
        if (err instanceof identity/* IdentityInputError */.ZE)
            throw new errors/* InputError */.dz(err.input === 'source-uri' ? 'repository' : err.input, err.message);
        throw err;
    }
    return { kind: 'sigstore', roots: (0,trusted_root_input.trustedRoots)(inputs.string('trusted-root'), ctx), policy };
}

// EXTERNAL MODULE: ./lib/gates/evidence-bundle/signer.js
var evidence_bundle_signer = __webpack_require__(98701);
;// CONCATENATED MODULE: ./lib/gates/evidence-verify/index.js
/**
 * evidence-verify: the admission check. Finds the subject's signed release evidence, verifies
 * it (signature, chain, log or timestamp, anchored signer, predicate type, subject, manifest
 * against the pieces) and the truth table of required gates. Missing or wrong \u2192 fail naming it;
 * could not check \u2192 error.
 */















const VSA_INPUTS = {
    signing: 'vsa-signing',
    key: 'vsa-signing-key',
    instance: 'vsa-sigstore-instance'
};
const RULE_OF = {
    signature: 'evidence/bad-signature',
    signer: 'evidence/untrusted-signer',
    'payload-type': 'evidence/wrong-predicate',
    'predicate-type': 'evidence/wrong-predicate',
    subject: 'evidence/subject-mismatch',
    predicate: 'evidence/malformed-predicate'
};
const HELP = {
    'evidence/no-evidence': 'Run evidence-bundle in the release (it signs and stores the evidence), or point bundle / lookup at it.',
    'evidence/bad-signature': 'The bundle was altered or truncated after signing, or is not evidence: use the bundle evidence-bundle wrote.',
    'evidence/untrusted-signer': 'Only the release workflow at a release tag may sign: check repository, signer-workflow and signer-ref (or verify-key).',
    'evidence/wrong-predicate': 'This is another kind of attestation; release evidence has predicate type https://ci-intel.dev/release-evidence/v1.',
    'evidence/subject-mismatch': 'The evidence is for another artifact or image (a replay): find the evidence of this digest.',
    'evidence/malformed-predicate': 'The signed predicate does not follow schema/release-evidence.v1.json.',
    'evidence/piece-mismatch': 'A piece of evidence was changed, removed or swapped after signing: use the evidence folder of the same release.',
    'evidence/gate-missing': 'The release did not run this gate (or its result was not collected): run it before evidence-bundle, or drop it from require-gates.',
    'evidence/gate-not-passing': 'A required gate did not pass in the release: fix the release and run it again.'
};
const RULES = Object.entries(HELP).map(([id, help]) => ({
    id,
    title: id.replace('evidence/', '').replace(/-/g, ' '),
    help,
    severity: 'error'
}));
function finding(rule, message) {
    return { rule, severity: 'error', message, help: HELP[rule] };
}
function judge(c, v, required, evidenceDir, extraHex) {
    const findings = [];
    for (const hex of extraHex)
        if (!v.statement.subject.some((s) => s.digest.sha256 === hex))
            findings.push(finding('evidence/subject-mismatch', `the evidence's subjects do not include sha256:${hex}`));
    let pieces;
    if (evidenceDir) {
        pieces = checkPieces(v.evidence.manifest, evidenceDir, ['release-evidence.json']);
        for (const p of pieces.problems)
            findings.push(finding('evidence/piece-mismatch', p.message));
    }
    const table = truthTable(v.evidence, required);
    for (const t of table) {
        if (t.status === 'missing')
            findings.push(finding('evidence/gate-missing', `required gate ${t.gate} has no result in the evidence of run ${v.evidence.run_id}`));
        else if (t.status !== 'pass')
            findings.push(finding('evidence/gate-not-passing', `required gate ${t.gate} is ${t.status} in the evidence (${t.verdicts.join(', ')})`));
    }
    return { candidate: c, verified: v, table, pieces, findings };
}
function makeEvidenceVerify(deps = {}) {
    return {
        name: 'evidence-verify',
        rules: RULES,
        async evaluate(inputs, ctx) {
            const repository = (0,gate_inputs/* repositoryOf */._M)(inputs, ctx);
            const image = inputs.string('image')?.trim();
            let digestInput = inputs.string('subject-digest')?.trim() || undefined;
            if (inputs.string('lookup') === 'referrers' && image) {
                const ref = (0,reference/* parseReference */.F2)(image);
                const imageDigest = typeof ref === 'string' ? undefined : ref.digest;
                if (!imageDigest)
                    throw new errors/* InputError */.dz('image', `'${image}' is not registry/repository@sha256:<hex>`);
                if (digestInput && digestInput !== imageDigest)
                    throw new errors/* InputError */.dz('subject-digest', `${digestInput} is not the digest of image ${image}`);
                digestInput = imageDigest;
            }
            const subjects = (0,evidence_subjects/* subjectsFromInputs */.B)(ctx.workspace, inputs.list('subject-path'), digestInput, digestInput ? image || digestInput : undefined);
            const hexes = subjects.map((s) => s.digest.sha256);
            if (inputs.string('lookup') !== 'file' && hexes.length !== 1)
                throw new errors/* InputError */.dz('subject-path', `a lookup needs one subject; ${hexes.length} were given`);
            const required = [...new Set(inputs.list('require-gates'))];
            if (required.length === 0)
                throw new errors/* InputError */.dz('require-gates', 'is empty: name the gates the release must have passed (nothing to check is never a pass)');
            const trust = trustFromInputs(inputs, ctx, repository);
            const evidenceDir = inputs.string('evidence-dir')?.trim()
                ? (0,external_node_path_.resolve)(ctx.workspace, inputs.string('evidence-dir'))
                : undefined;
            const candidates = await findCandidates(inputs, ctx, `sha256:${hexes[0]}`, repository);
            const rejected = [];
            const judged = [];
            if (candidates.length)
                await loadPredicateValidator();
            for (const c of candidates) {
                if (c.problem || c.json === undefined) {
                    rejected.push({ source: c.source, check: 'subject', message: c.problem ?? 'no bundle' });
                    continue;
                }
                const v = verifyEvidenceBundle(c.json, trust, hexes[0]);
                if (!v.ok) {
                    rejected.push({ source: c.source, check: v.check, message: v.message });
                    continue;
                }
                judged.push(judge(c, v, required, evidenceDir, hexes.slice(1)));
            }
            const chosen = judged.find((j) => j.findings.length === 0) ?? judged[0];
            const findings = [];
            if (chosen)
                findings.push(...chosen.findings);
            else if (rejected.length === 0)
                findings.push(finding('evidence/no-evidence', `no release evidence found for sha256:${hexes[0]} (${inputs.string('lookup')})`));
            else
                for (const r of rejected)
                    findings.push(finding(r.check in RULE_OF ? RULE_OF[r.check] : 'evidence/subject-mismatch', `${r.source}: ${r.message}`));
            const verdict = findings.length === 0 && chosen ? 'pass' : 'fail';
            const gatesText = chosen ? chosen.table.map((t) => `${t.gate}=${t.status}`).join(',') : '';
            let vsaFile = '';
            let vsaBundle = '';
            const vsaInput = inputs.string('vsa-file')?.trim();
            if (vsaInput) {
                vsaFile = (0,external_node_path_.resolve)(ctx.workspace, vsaInput);
                const vsa = makeVsa({
                    subjectName: subjects[0].name,
                    subjectHex: hexes[0],
                    verifierId: `https://github.com/ci-intel/hub/actions/evidence-verify@${version/* HUB_VERSION */.h}`,
                    timeVerified: ctx.now(),
                    resourceUri: image ? `oci://${image}` : subjects[0].name,
                    passed: verdict === 'pass',
                    policy: { requireGates: required, trust: describeTrust(trust) },
                    bundleDigest: chosen?.candidate.digest,
                    bundleUri: chosen?.candidate.source
                });
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(vsaFile), { recursive: true });
                (0,external_node_fs_.writeFileSync)(vsaFile, vsa);
                if ((inputs.string('vsa-signing') ?? 'none') !== 'none') {
                    const signer = (0,evidence_bundle_signer/* signerFromInputs */.KF)(inputs, ctx, deps, VSA_INPUTS);
                    vsaBundle = `${vsaFile}.sigstore.json`;
                    (0,external_node_fs_.writeFileSync)(vsaBundle, JSON.stringify(await signer.sign(vsa)) + '\n');
                }
            }
            const signer = chosen?.verified.signer;
            return {
                verdict,
                summary: verdict === 'pass'
                    ? `admitted ${subjects.map((s) => s.name).join(', ')}: evidence of run ${chosen?.verified.evidence.run_id} signed by ${signer?.id}, ${chosen?.verified.evidence.manifest.length} pieces${chosen?.pieces ? ' checked' : ''}, gates ${gatesText}`
                    : `refused ${subjects.map((s) => s.name).join(', ')}: ${findings[0].message}${findings.length > 1 ? ` (+${findings.length - 1} more)` : ''}`,
                findings,
                evidence: {
                    subjects,
                    expected: describeTrust(trust),
                    requireGates: required,
                    candidates: candidates.length,
                    rejected,
                    chosen: chosen
                        ? {
                            source: chosen.candidate.source,
                            bundleDigest: chosen.candidate.digest,
                            signer,
                            runId: chosen.verified.evidence.run_id,
                            crypto: chosen.verified.crypto,
                            truthTable: chosen.table,
                            pieces: chosen.pieces
                        }
                        : undefined,
                    vsaFile: vsaFile || undefined,
                    vsaBundle: vsaBundle || undefined
                },
                outputs: {
                    'bundle-digest': chosen?.candidate.digest ?? '',
                    signer: signer?.id ?? '',
                    gates: gatesText,
                    'vsa-file': vsaFile,
                    'vsa-bundle': vsaBundle
                }
            };
        }
    };
}
const evidenceVerify = makeEvidenceVerify();


/***/ }),

/***/ 9501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   dS: () => (/* binding */ encoded),
/* harmony export */   fH: () => (/* binding */ fallbackTag),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/** OCI digests: syntax, hashing and the referrers tag schema. */

const DIGEST_RE = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;
function isDigest(text) {
    return DIGEST_RE.test(text);
}
/** The digest of bytes with the algorithm of `like` (sha256 unless like is sha512). */
function digestOf(bytes, like = 'sha256:') {
    const alg = like.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${alg}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest('hex')}`;
}
function encoded(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
/** The referrers tag schema of distribution-spec 1.1: `<alg>-<first 64 chars of the encoded part>`. */
function fallbackTag(digest) {
    const [alg, enc] = digest.split(':');
    return `${alg.slice(0, 32)}-${enc.slice(0, 64)}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/* unused harmony export formatReference */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9501);
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
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(digest))
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
        return 'give a digest (@sha256:\u2026) or a tag';
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


/***/ }),

/***/ 77104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tr: () => (/* binding */ TrustRootError),
  $$: () => (/* binding */ publicGoodTrust),
  a$: () => (/* binding */ trustFromText)
});

// UNUSED EXPORTS: trustFromJSON

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/sigstore/public-good.generated.js
/* Generated by scripts/gen-trusted-root.mjs from @sigstore/tuf@4.0.2 seeds.json. Do not edit. */
/** Where the pinned material came from, recorded in every result's evidence. */
const PUBLIC_GOOD_SOURCE = {
    package: '@sigstore/tuf@4.0.2',
    trustedRootSha256: '6494e21ea73fa7ee769f85f57d5a3e6a08725eae1e38c755fc3517c9e6bc0b66',
    npmKeysSha256: '160677eb6e1c7083c89b166b20f8fe4e837fb71181506aff1991b80b89184f7d'
};
/** The Sigstore public-good trusted_root.json (TUF target). */
const PUBLIC_GOOD_TRUSTED_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
        {
            baseUrl: 'https://rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-01-12T11:53:27Z'
                }
            },
            logId: {
                keyId: 'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0='
            }
        },
        {
            baseUrl: 'https://log2025-1.rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=',
                keyDetails: 'PKIX_ED25519',
                validFor: {
                    start: '2025-09-23T00:00:00Z'
                }
            },
            logId: {
                keyId: 'zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A='
            }
        }
    ],
    certificateAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore'
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=='
                    }
                ]
            },
            validFor: {
                start: '2021-03-07T03:20:29Z',
                end: '2022-12-31T23:59:59.999Z'
            }
        },
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore'
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow='
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ'
                    }
                ]
            },
            validFor: {
                start: '2022-04-13T20:06:15Z'
            }
        }
    ],
    ctlogs: [
        {
            baseUrl: 'https://ctfe.sigstore.dev/test',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-03-14T00:00:00Z',
                    end: '2022-10-31T23:59:59.999Z'
                }
            },
            logId: {
                keyId: 'CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I='
            }
        },
        {
            baseUrl: 'https://ctfe.sigstore.dev/2022',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2022-10-20T00:00:00Z'
                }
            },
            logId: {
                keyId: '3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4='
            }
        }
    ],
    timestampAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore-tsa-selfsigned'
            },
            uri: 'https://timestamp.sigstore.dev/api/v1/timestamp',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw=='
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E'
                    }
                ]
            },
            validFor: {
                start: '2025-07-04T00:00:00Z'
            }
        }
    ]
};
/** The npm registry's attestation keys (TUF target registry.npmjs.org/keys.json). */
const NPM_REGISTRY_KEYS = {
    keys: [
        {
            keyId: 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA',
            keyUsage: 'npm:signatures',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '1999-01-01T00:00:00.000Z',
                    end: '2025-01-29T00:00:00.000Z'
                }
            }
        },
        {
            keyId: 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA',
            keyUsage: 'npm:attestations',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2022-12-01T00:00:00.000Z',
                    end: '2025-01-29T00:00:00.000Z'
                }
            }
        },
        {
            keyId: 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U',
            keyUsage: 'npm:signatures',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY6Ya7W++7aUPzvMTrezH6Ycx3c+HOKYCcNGybJZSCJq/fd7Qa8uuAKtdIkUQtQiEKERhAmE5lMMJhP8OkDOa2g==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2025-01-13T00:00:00.000Z'
                }
            }
        },
        {
            keyId: 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U',
            keyUsage: 'npm:attestations',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY6Ya7W++7aUPzvMTrezH6Ycx3c+HOKYCcNGybJZSCJq/fd7Qa8uuAKtdIkUQtQiEKERhAmE5lMMJhP8OkDOa2g==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2025-01-13T00:00:00.000Z'
                }
            }
        }
    ]
};

;// CONCATENATED MODULE: ./lib/sigstore/trust.js
/** Trust material for offline verification: a pinned or user-given trusted_root.json, plus npm keys. */





/** The trusted root's JSON is not usable: says which field is wrong. */
class TrustRootError extends Error {
    name = 'TrustRootError';
}
function npmKeysOf(doc) {
    const keys = doc?.keys;
    if (!Array.isArray(keys))
        return [];
    return keys.filter((k) => typeof k === 'object' &&
        k !== null &&
        typeof k.keyId === 'string' &&
        typeof k.publicKey?.rawBytes === 'string');
}
/** The npm registry's attestation keys as a sigstore-js key finder, by key id hint. */
function npmKeyFinder(keys) {
    const usable = keys.filter((k) => k.keyUsage === 'npm:attestations');
    return (hint) => {
        const key = usable.find((k) => k.keyId === hint);
        if (!key) {
            throw new Error(`no trusted npm attestation key has key id '${hint}' (known: ${usable.map((k) => k.keyId).join(', ')})`);
        }
        const start = key.publicKey.validFor?.start
            ? new Date(key.publicKey.validFor.start)
            : undefined;
        const end = key.publicKey.validFor?.end ? new Date(key.publicKey.validFor.end) : undefined;
        return {
            publicKey: (0,external_node_crypto_.createPublicKey)({
                key: Buffer.from(key.publicKey.rawBytes, 'base64'),
                format: 'der',
                type: 'spki'
            }),
            validFor: (date) => (!start || date >= start) && (!end || date <= end)
        };
    };
}
/** Build sigstore-js trust material from a trusted_root.json document. */
function trustFromJSON(root, source, npmKeys = NPM_REGISTRY_KEYS) {
    if (typeof root !== 'object' || root === null || Array.isArray(root)) {
        throw new TrustRootError(`${source}: a trusted_root.json is a JSON object`);
    }
    const r = root;
    const count = (k) => (Array.isArray(r[k]) ? r[k].length : 0);
    for (const k of ['certificateAuthorities', 'tlogs', 'ctlogs', 'timestampAuthorities']) {
        if (r[k] !== undefined && !Array.isArray(r[k]))
            throw new TrustRootError(`${source}: '${k}' must be a list`);
    }
    if (count('certificateAuthorities') + count('timestampAuthorities') + count('tlogs') === 0) {
        throw new TrustRootError(`${source}: no certificateAuthorities, tlogs or timestampAuthorities \u2014 nothing could ever verify`);
    }
    let parsed;
    try {
        parsed = dist.TrustedRoot.fromJSON(root);
    }
    catch (err) {
        throw new TrustRootError(`${source}: not a Sigstore trusted root: ${err.message}`);
    }
    const keys = npmKeysOf(npmKeys);
    let material;
    try {
        material = (0,verify_dist/* toTrustMaterial */.jO)(parsed, npmKeyFinder(keys));
    }
    catch (err) {
        throw new TrustRootError(`${source}: unusable key material: ${err.message}`);
    }
    const options = {
        tlogThreshold: count('tlogs') > 0 ? 1 : 0,
        ctlogThreshold: count('ctlogs') > 0 ? 1 : 0,
        timestampThreshold: 1
    };
    return {
        material,
        options,
        verifier: new verify_dist/* Verifier */.BL(material, options),
        summary: {
            source,
            certificateAuthorities: count('certificateAuthorities'),
            tlogs: count('tlogs'),
            ctlogs: count('ctlogs'),
            timestampAuthorities: count('timestampAuthorities'),
            npmKeys: keys.filter((k) => k.keyUsage === 'npm:attestations').length
        }
    };
}
let publicGood;
/** The Sigstore public-good root pinned at build time from @sigstore/tuf's seeds. */
function publicGoodTrust() {
    publicGood ??= trustFromJSON(PUBLIC_GOOD_TRUSTED_ROOT, `public-good (pinned from ${PUBLIC_GOOD_SOURCE.package}, sha256 ${PUBLIC_GOOD_SOURCE.trustedRootSha256.slice(0, 12)}\u2026)`);
    return publicGood;
}
/**
 * Trusted roots from a file: one trusted_root.json, or JSON Lines of them as
 * `gh attestation trusted-root` prints (public good plus GitHub's own instance).
 */
function trustFromText(text, source) {
    let records;
    try {
        records = (0,strict_json/* parseJsonOrJsonLines */.Y5)(text, source);
    }
    catch (err) {
        if (err instanceof strict_json/* JsonDocumentError */.sT)
            throw new TrustRootError(err.message);
        throw err;
    }
    return records.map((r) => trustFromJSON(r.value, r.line === undefined || r.of === 1 ? source : `${source}:${r.line}`));
}


/***/ }),

/***/ 50847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trustedRoots: () => (/* binding */ trustedRoots)
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
