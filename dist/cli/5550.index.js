export const id = 5550;
export const ids = [5550];
export const modules = {

/***/ 49626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ FetchError)
/* harmony export */ });
/** A GitHub attestations API request that failed; carries how to fix it. */
class FetchError extends Error {
    help;
    name = 'FetchError';
    constructor(message, help) {
        super(message);
        this.help = help;
    }
}


/***/ }),

/***/ 5550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NPM_PUBLISH_PREDICATE: () => (/* binding */ NPM_PUBLISH_PREDICATE),
  RULES: () => (/* binding */ RULES),
  slsaVerify: () => (/* binding */ slsaVerify)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/sigstore/documents.js
/**
 * Reads what users hand in as "the bundle": one Sigstore bundle (v0.1\u2013v0.3), JSONL of bundles
 * (`gh attestation download`, slsa-github-generator), an npm attestations document or a GitHub
 * attestations API response (`{"attestations":[{bundle, \u2026}]}`). A bare DSSE envelope is refused
 * with what it lacks. Every JSON value is parsed strictly: a duplicate key is refused, naming it.
 */

/** The document cannot be read as bundles; the message names the place and the fix. */
class DocumentError extends Error {
    help;
    name = 'DocumentError';
    constructor(message, help) {
        super(message);
        this.help = help;
    }
}
const BUNDLE_MEDIA = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.[1-3])?\+json(;version=0\.[1-3])?$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function bareDsseError(origin, env) {
    const sigs = Array.isArray(env.signatures) ? env.signatures.length : 0;
    return new DocumentError(`${origin}: a bare DSSE envelope (payloadType ${JSON.stringify(env.payloadType)}, ${sigs} signature${sigs === 1 ? '' : 's'}), not a Sigstore bundle: it carries no verification material \u2014 no Fulcio certificate chain and no Rekor transparency-log entry (inclusion proof or signed entry timestamp) \u2014 so it cannot be verified offline`, 'slsa-verifier looks such envelopes up in Rekor over the network. Use a Sigstore bundle instead: slsa-github-generator \u2265 v2.1.0 and actions/attest write them (*.sigstore, *.intoto.jsonl bundles), and `gh attestation download` fetches them.');
}
function classify(origin, doc, out, depth = 0) {
    if (!isObject(doc)) {
        throw new DocumentError(`${origin}: expected a JSON object (a Sigstore bundle or {"attestations":[\u2026]}), got ${Array.isArray(doc) ? 'an array' : typeof doc}`, 'Pass a Sigstore bundle, a JSONL file of bundles, or an npm/GitHub attestations document.');
    }
    if (typeof doc.mediaType === 'string' && BUNDLE_MEDIA.test(doc.mediaType)) {
        out.push({ origin, json: doc });
        return;
    }
    if (Array.isArray(doc.attestations) && depth === 0) {
        if (doc.attestations.length === 0) {
            throw new DocumentError(`${origin}: 'attestations' is empty`, 'The document holds no attestation to verify.');
        }
        doc.attestations.forEach((a, i) => {
            const where = `${origin}#attestations[${i}]`;
            if (!isObject(a) || !isObject(a.bundle)) {
                const hasUrl = isObject(a) && typeof a.bundle_url === 'string';
                throw new DocumentError(`${where}: no inline 'bundle'${hasUrl ? ' (only a bundle_url, which this offline gate does not download)' : ''}`, 'Each entry must carry the Sigstore bundle inline, as npm and the GitHub attestations API return it.');
            }
            const before = out.length;
            classify(where, a.bundle, out, depth + 1);
            if (typeof a.predicateType === 'string') {
                for (const item of out.slice(before))
                    item.declaredPredicateType = a.predicateType;
            }
        });
        return;
    }
    if (typeof doc.payloadType === 'string' && 'signatures' in doc)
        throw bareDsseError(origin, doc);
    if (typeof doc.mediaType === 'string') {
        throw new DocumentError(`${origin}: unsupported mediaType '${doc.mediaType}'`, 'Supported: application/vnd.dev.sigstore.bundle+json;version=0.1 / 0.2 / 0.3 and application/vnd.dev.sigstore.bundle.v0.3+json.');
    }
    throw new DocumentError(`${origin}: not a Sigstore bundle (no mediaType), an attestations document or a DSSE envelope; top-level keys: ${Object.keys(doc).slice(0, 8).join(', ') || '(none)'}`, 'Pass a Sigstore bundle, a JSONL file of bundles, or an npm/GitHub attestations document.');
}
/** Split a document's text into bundles. `name` is how the file is shown in messages. */
function readBundleDocument(name, text) {
    let records;
    try {
        records = (0,strict_json/* parseJsonOrJsonLines */.Y5)(text, name);
    }
    catch (err) {
        if (!(err instanceof strict_json/* JsonDocumentError */.sT))
            throw err;
        throw new DocumentError(err.message, err.pointer !== undefined
            ? 'A bundle with a repeated key means different things to different verifiers; pass the bundle the build wrote.'
            : /the file is empty$/.test(err.message)
                ? 'Pass the bundle file the build wrote.'
                : 'A bundle file is one JSON object, or one JSON object per line (JSONL).');
    }
    const out = [];
    for (const r of records) {
        classify(r.line === undefined || r.of === 1 ? name : `${name}:${r.line}`, r.value, out);
    }
    return out;
}

// EXTERNAL MODULE: ./lib/sigstore/fulcio.js
var fulcio = __webpack_require__(75676);
// EXTERNAL MODULE: ./lib/sigstore/trust.js + 1 modules
var trust = __webpack_require__(77104);
// EXTERNAL MODULE: ./lib/sigstore/verify.js
var verify = __webpack_require__(79673);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/gates/slsa-verify/artifact-patterns.js
var artifact_patterns = __webpack_require__(13982);
// EXTERNAL MODULE: ./lib/gates/slsa-verify/digests.js
var digests = __webpack_require__(729);
// EXTERNAL MODULE: ./lib/gates/slsa-verify/fetch-errors.js
var fetch_errors = __webpack_require__(49626);
// EXTERNAL MODULE: ./lib/gates/slsa-verify/identity.js
var identity = __webpack_require__(4604);
;// CONCATENATED MODULE: ./lib/gates/slsa-verify/policy.js

const GITHUB_BUILD_TYPES = [
    'https://actions.github.io/buildtypes/workflow/v1',
    'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1'
];
function show(v) {
    return v === undefined ? '(absent)' : `'${v}'`;
}
function checkProvenance(id, claims, policy) {
    const out = [];
    const v = (rule, check, expected, actual, help, warning = false) => out.push({ rule, check, expected, actual, help, warning: warning || undefined });
    // Certificate well-formedness.
    for (const inc of id.inconsistencies)
        v('slsa/certificate', 'certificate extensions agree', 'consistent values', inc);
    const signer = (0,identity/* parseWorkflowRef */.QO)(id.san);
    if (!signer) {
        v('slsa/certificate', 'certificate SAN is a GitHub workflow identity', 'https://github.com/<owner>/<repo>/<path>@<ref>', show(id.san));
    }
    // 1. Issuer (exact).
    if (id.issuer !== policy.issuer) {
        const custom = id.issuer?.startsWith(`${policy.issuer}/`);
        v('slsa/issuer', 'certificate OIDC issuer', show(policy.issuer), show(id.issuer), custom
            ? 'This looks like a GitHub Enterprise custom issuer: set cert-oidc-issuer to it if you trust it.'
            : undefined);
    }
    // 2. Source repository (exact; owner URI must agree).
    if (id.sourceRepositoryURI !== policy.sourceRepository) {
        v('slsa/source-repository', 'certificate source repository', show(policy.sourceRepository), show(id.sourceRepositoryURI), 'The artifact was built from another repository (a fork or a look-alike).');
    }
    if (id.sourceRepositoryOwnerURI !== undefined) {
        const owner = policy.sourceRepository.slice(0, policy.sourceRepository.lastIndexOf('/'));
        if (id.sourceRepositoryOwnerURI !== owner) {
            v('slsa/source-repository', 'certificate source repository owner', show(owner), show(id.sourceRepositoryOwnerURI));
        }
    }
    // 3. Signer: the workflow that holds the signing identity.
    if (signer)
        checkSigner(signer, id, claims, policy, v);
    // 4. Runner environment.
    if (policy.denySelfHostedRunners && id.runnerEnvironment !== 'github-hosted') {
        v('slsa/runner', 'certificate runner environment', "'github-hosted'", id.runnerEnvironment === undefined
            ? '(absent: a pre-2023 certificate that does not say where it ran)'
            : show(id.runnerEnvironment), 'Build on GitHub-hosted runners, or set deny-self-hosted-runners: false if you trust your self-hosted runners.');
    }
    // 5. Source ref (from the certificate).
    const ref = id.sourceRepositoryRef;
    if (policy.sourceBranch !== undefined) {
        if (!ref?.startsWith('refs/heads/')) {
            v('slsa/source-ref', 'source branch', show(`refs/heads/${policy.sourceBranch}`), `${show(ref)} (not a branch build)`);
        }
        else if (ref !== `refs/heads/${policy.sourceBranch}`) {
            v('slsa/source-ref', 'source branch', show(`refs/heads/${policy.sourceBranch}`), show(ref));
        }
    }
    if (policy.sourceTag !== undefined) {
        if (!ref?.startsWith('refs/tags/')) {
            v('slsa/source-ref', 'source tag', show(`refs/tags/${policy.sourceTag}`), `${show(ref)} (not a tag build)`);
        }
        else if (ref !== `refs/tags/${policy.sourceTag}`) {
            v('slsa/source-ref', 'source tag', show(`refs/tags/${policy.sourceTag}`), show(ref));
        }
    }
    if (policy.sourceVersionedTag !== undefined) {
        const want = `a tag matching ${policy.sourceVersionedTag.text}`;
        if (!ref?.startsWith('refs/tags/')) {
            v('slsa/source-ref', 'source versioned tag', want, `${show(ref)} (not a tag build)`);
        }
        else {
            const ok = (0,identity/* versionedTagMatches */.bM)(policy.sourceVersionedTag.parts, ref.slice('refs/tags/'.length));
            if (ok === undefined)
                v('slsa/source-ref', 'source versioned tag', want, `${show(ref)} (not a semantic version)`);
            else if (!ok)
                v('slsa/source-ref', 'source versioned tag', want, show(ref));
        }
    }
    // 6. The predicate must say what the certificate proves.
    checkPredicate(id, claims, signer, v);
    return out;
}
function checkSigner(signer, id, claims, policy, v) {
    const ownWorkflow = signer.repository === policy.sourceRepository;
    const trustedGenerator = identity/* DEFAULT_TRUSTED_BUILDERS */.X.includes(signer.name);
    const delegator = identity/* DELEGATORS */.rO.includes(signer.name);
    let reusableFromElsewhere = !ownWorkflow;
    if (policy.signerWorkflow !== undefined && signer.name !== policy.signerWorkflow) {
        v('slsa/signer', 'certificate signer workflow', show(policy.signerWorkflow), show(signer.name));
    }
    const want = policy.builderId;
    if (want) {
        if (identity/* RUNNER_BUILDER */.ZD.test(want.name)) {
            // npm / pre-2024 actions/attest: the builder id names the runner; the repository's own workflow signs.
            if (!runnerBuilderAccepted(want.name, claims)) {
                v('slsa/builder', 'provenance builder id', show(want.name), show(claims.builderId), 'Use https://github.com/actions/runner/github-hosted for SLSA v1 npm provenance.');
            }
            if (want.version !== undefined)
                v('slsa/builder', 'builder id version', 'no version for a runner builder id', show(want.version));
            const env = identity/* RUNNER_BUILDER */.ZD.exec(want.name)?.[1];
            if (env !== undefined && id.runnerEnvironment !== undefined && env !== id.runnerEnvironment) {
                v('slsa/builder', 'certificate runner environment for builder id', show(env), show(id.runnerEnvironment));
            }
            if (!ownWorkflow) {
                v('slsa/signer', 'signer for a runner builder id', `a workflow of ${policy.sourceRepository}`, show(signer.name), 'The attestation was signed by a reusable workflow: name it with signer-workflow.');
            }
            reusableFromElsewhere = false;
        }
        else if (delegator) {
            // BYOB: the certificate proves the delegator; the trusted builder is in the provenance.
            const b = (0,identity/* parseWorkflowRef */.QO)(claims.builderId);
            if (!b || !(0,identity/* builderMatches */.Vu)(want, b.name, b.ref)) {
                v('slsa/builder', 'provenance builder id (BYOB)', show(want.name + (want.version ? `@${want.version}` : '')), show(claims.builderId));
            }
            else if (!(0,identity/* isReleaseTagRef */.xj)(b.ref)) {
                v('slsa/builder-ref', 'builder ref', 'refs/tags/vX.Y.Z', show(b.ref), 'Pin the builder at a full vX.Y.Z release tag.');
            }
        }
        else if (!(0,identity/* builderMatches */.Vu)(want, signer.name, signer.ref)) {
            v('slsa/builder', 'certificate signer (builder) workflow', show(want.name + (want.version ? `@${want.version}` : '')), show(`${signer.name}@${signer.ref}`), 'The provenance was signed by another workflow than the builder you trust.');
            reusableFromElsewhere = false; // already rejected
        }
    }
    else if (policy.signerWorkflow === undefined && !ownWorkflow && !trustedGenerator) {
        v('slsa/signer', 'trusted signer', `a workflow of ${policy.sourceRepository} or a trusted SLSA generator`, show(`${signer.name}@${signer.ref}`), 'A reusable workflow from another repository signed this: name it with builder-id (a release-tagged builder) or signer-workflow.');
        reusableFromElsewhere = false;
    }
    // A reusable-workflow builder from another repository must be pinned at a full release tag.
    if (reusableFromElsewhere &&
        (want !== undefined || trustedGenerator) &&
        !(0,identity/* isReleaseTagRef */.xj)(signer.ref)) {
        v('slsa/builder-ref', 'builder ref', 'refs/tags/vX.Y.Z', show(signer.ref), 'slsa-verifier accepts builders only at a full vX.Y.Z release tag (not a branch or a SHA).');
    }
}
function runnerBuilderAccepted(name, claims) {
    if (claims.builderId === name)
        return true;
    // SLSA v0.2 npm provenance says https://github.com/actions/runner; both forms are accepted for it.
    return (claims.version === 'v0.2' &&
        claims.builderId === 'https://github.com/actions/runner' &&
        name === 'https://github.com/actions/runner/github-hosted');
}
function checkPredicate(id, claims, signer, v) {
    if (claims.version === 'other')
        return;
    const config = (0,identity/* parseWorkflowRef */.QO)(id.buildConfigURI);
    const help = 'A validly signed provenance that claims another source than its certificate proves is a forgery.';
    if (claims.repository !== id.sourceRepositoryURI) {
        v('slsa/predicate-mismatch', 'predicate source repository = certificate', show(id.sourceRepositoryURI), show(claims.repository), help);
    }
    if (claims.ref !== id.sourceRepositoryRef) {
        v('slsa/predicate-mismatch', 'predicate source ref = certificate', show(id.sourceRepositoryRef), show(claims.ref), help);
    }
    if (claims.sourceDigest !== undefined &&
        id.sourceRepositoryDigest !== undefined &&
        claims.sourceDigest !== id.sourceRepositoryDigest) {
        v('slsa/predicate-mismatch', 'predicate source commit = certificate', show(id.sourceRepositoryDigest), show(claims.sourceDigest), help);
    }
    // The workflow path: the certificate's build config (caller workflow), or the signer when that is absent.
    const certPath = config?.path ??
        (signer && signer.repository === id.sourceRepositoryURI ? signer.path : undefined);
    if (claims.version === 'v1') {
        if (claims.buildType !== undefined && !GITHUB_BUILD_TYPES.includes(claims.buildType)) {
            v('slsa/predicate-mismatch', 'predicate buildType', GITHUB_BUILD_TYPES.join(' or '), show(claims.buildType), 'Only GitHub Actions workflow provenance can be checked against its certificate.');
        }
        if (certPath !== undefined && claims.path !== certPath) {
            v('slsa/predicate-mismatch', 'predicate workflow path = certificate build config', show(certPath), show(claims.path), help);
        }
    }
    else if (certPath !== undefined) {
        const ep = claims.entryPoint;
        const repoPart = id.sourceRepositoryURI?.replace(/^https:\/\/github\.com\//, '');
        const accepted = ep === certPath || ep === `${repoPart}/${certPath}@${id.sourceRepositoryRef}`;
        if (!accepted) {
            v('slsa/predicate-mismatch', 'predicate entryPoint = certificate build config', show(certPath), show(ep), help);
        }
    }
    // builder.id must be corroborated by the certificate: the signer itself, or the runner it ran on.
    const b = claims.builderId;
    const runner = b === undefined ? null : identity/* RUNNER_BUILDER */.ZD.exec(b);
    if (runner) {
        const env = runner[1];
        if (env === undefined
            ? claims.version !== 'v0.2'
            : id.runnerEnvironment !== undefined && env !== id.runnerEnvironment) {
            v('slsa/predicate-mismatch', 'predicate builder id = certificate runner', `https://github.com/actions/runner/${id.runnerEnvironment ?? 'github-hosted'}`, show(b), help);
        }
    }
    else if (signer && b !== `${signer.name}@${signer.ref}`) {
        const delegated = identity/* DELEGATORS */.rO.includes(signer.name);
        if (!delegated) {
            const known = b !== undefined && /^https:\/\/github\.com\/[^/]+\/[^/]+\/\.github\/workflows\//.test(b);
            v(known ? 'slsa/predicate-mismatch' : 'slsa/builder-unverified', 'predicate builder id = certificate signer', show(`${signer.name}@${signer.ref}`), show(b), known
                ? help
                : 'This builder id is not proven by the certificate; the decision rests on the certificate identity alone.', !known);
        }
    }
}

;// CONCATENATED MODULE: ./lib/gates/slsa-verify/provenance.js
/** The in-toto statement and the SLSA provenance fields the gate compares with the certificate. */

const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'];
const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
class StatementError extends Error {
    name = 'StatementError';
}
function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v)
        ? v
        : undefined;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
/** Parse a DSSE payload as an in-toto statement; throws StatementError naming the problem. */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD) {
        throw new StatementError(`DSSE payloadType: expected ${IN_TOTO_PAYLOAD}, got ${JSON.stringify(payloadType)}`);
    }
    let doc;
    try {
        // Strict: a statement with a repeated key (two `subject`s, two `predicateType`s) reads
        // differently to different verifiers, so it is refused, naming the key.
        doc = (0,strict_json/* parseStrictJsonBytes */.ml)(payload, 'the signed payload');
    }
    catch (err) {
        throw new StatementError(err.message);
    }
    const st = obj(doc);
    if (!st)
        throw new StatementError('the signed payload is not a JSON object');
    if (!STATEMENT_TYPES.includes(String(st._type))) {
        throw new StatementError(`statement _type: expected one of ${STATEMENT_TYPES.join(', ')}, got ${JSON.stringify(st._type)}`);
    }
    if (typeof st.predicateType !== 'string')
        throw new StatementError('statement has no predicateType');
    if (!Array.isArray(st.subject) || st.subject.length === 0)
        throw new StatementError('statement has no subject');
    const subjects = st.subject.map((s, i) => {
        const so = obj(s);
        const digest = obj(so?.digest);
        if (!so || !digest)
            throw new StatementError(`subject[${i}] has no digest`);
        const d = {};
        for (const [alg, v] of Object.entries(digest)) {
            if (typeof v !== 'string')
                continue;
            const key = alg.toLowerCase();
            // `sha256` and `SHA256` side by side are one algorithm named twice: which digest counts?
            if (key in d)
                throw new StatementError(`subject[${i}] names digest ${key} twice`);
            d[key] = v.toLowerCase();
        }
        return { name: str(so.name) ?? '', digest: d };
    });
    return { predicateType: st.predicateType, subjects, predicate: obj(st.predicate) ?? {} };
}
/** `git+https://github.com/o/r@refs/x` \u2192 repository and ref. */
function splitGitUri(uri) {
    const noPrefix = uri.replace(/^git\+/, '');
    const at = noPrefix.lastIndexOf('@');
    if (at > noPrefix.indexOf('://') + 3)
        return { repository: noPrefix.slice(0, at), ref: noPrefix.slice(at + 1) };
    return { repository: noPrefix };
}
function provenanceClaims(st) {
    const p = st.predicate;
    if (st.predicateType === SLSA_V1) {
        const bd = obj(p.buildDefinition);
        const wf = obj(obj(bd?.externalParameters)?.workflow);
        const deps = Array.isArray(bd?.resolvedDependencies)
            ? bd.resolvedDependencies
            : [];
        const commit = deps
            .map((d) => str(obj(obj(d)?.digest)?.gitCommit))
            .find((c) => c !== undefined);
        return {
            version: 'v1',
            buildType: str(bd?.buildType),
            builderId: str(obj(obj(p.runDetails)?.builder)?.id),
            repository: str(wf?.repository),
            ref: str(wf?.ref),
            path: str(wf?.path),
            sourceDigest: commit
        };
    }
    if (st.predicateType === SLSA_V02) {
        const cs = obj(obj(p.invocation)?.configSource);
        const uri = str(cs?.uri);
        const split = uri ? splitGitUri(uri) : undefined;
        return {
            version: 'v0.2',
            buildType: str(p.buildType),
            builderId: str(obj(p.builder)?.id),
            repository: split?.repository,
            ref: split?.ref,
            entryPoint: str(cs?.entryPoint),
            sourceDigest: str(obj(cs?.digest)?.sha1)
        };
    }
    return { version: 'other' };
}

;// CONCATENATED MODULE: ./lib/gates/slsa-verify/index.js
/** Gate: slsa-verify \u2014 SLSA provenance verification with sigstore-js, offline, stricter than slsa-verifier. */













const NPM_PUBLISH_PREDICATE = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
const MAX_BUNDLE_BYTES = 32 * 1024 * 1024;
const MAX_TRUST_ROOT_BYTES = 4 * 1024 * 1024;
const MAX_BUNDLES = 1024;
const RULES = [
    {
        id: 'slsa/signature',
        title: 'Signature, certificate chain or transparency log does not verify',
        help: 'The bundle was altered or was not signed by a trusted Sigstore instance; never use the artifact.',
        severity: 'error'
    },
    {
        id: 'slsa/no-provenance',
        title: 'No provenance of the required predicate type',
        help: 'Pass the provenance bundle the build produced, or list its predicate type in predicate-type.',
        severity: 'error'
    },
    {
        id: 'slsa/statement',
        title: 'The signed statement is not a usable in-toto statement',
        help: 'The payload must be an in-toto statement with subjects.',
        severity: 'error'
    },
    {
        id: 'slsa/certificate',
        title: 'The signing certificate is not a GitHub Actions Fulcio certificate',
        help: 'Provenance must be signed keyless by GitHub Actions.',
        severity: 'error'
    },
    {
        id: 'slsa/issuer',
        title: 'Unexpected OIDC issuer',
        help: 'Set cert-oidc-issuer only to an issuer you trust.',
        severity: 'error'
    },
    {
        id: 'slsa/source-repository',
        title: 'Built from another repository',
        help: 'The certificate proves the source repository; it must be exactly source-uri.',
        severity: 'error'
    },
    {
        id: 'slsa/signer',
        title: 'Untrusted signer workflow',
        help: 'Name the reusable workflow you trust with builder-id or signer-workflow.',
        severity: 'error'
    },
    {
        id: 'slsa/builder',
        title: 'Builder id does not match',
        help: 'builder-id must match the workflow that signed (or, for npm, the runner builder id).',
        severity: 'error'
    },
    {
        id: 'slsa/builder-ref',
        title: 'Builder not pinned at a release tag',
        help: 'Reusable-workflow builders must run at a full vX.Y.Z tag.',
        severity: 'error'
    },
    {
        id: 'slsa/runner',
        title: 'Not built on a GitHub-hosted runner',
        help: 'Self-hosted runners are denied unless deny-self-hosted-runners is false.',
        severity: 'error'
    },
    {
        id: 'slsa/source-ref',
        title: 'Built from another branch or tag',
        help: 'The certificate proves the source ref; it must match source-branch / source-tag / source-versioned-tag.',
        severity: 'error'
    },
    {
        id: 'slsa/predicate-mismatch',
        title: 'Provenance claims differ from the certificate',
        help: 'A signed provenance that lies about its source is rejected.',
        severity: 'error'
    },
    {
        id: 'slsa/builder-unverified',
        title: 'Builder id not proven by the certificate',
        help: 'The decision rests on the certificate identity only.',
        severity: 'warning'
    },
    {
        id: 'slsa/subject',
        title: 'Artifact digest is not a subject of the provenance',
        help: 'The provenance is for other bytes: a different or tampered artifact.',
        severity: 'error'
    },
    {
        id: 'slsa/ignored-provenance',
        title: 'A provenance that did not meet the policy',
        help: 'Another provenance covered the artifact; this one was not used.',
        severity: 'note'
    }
];
function toInputError(err) {
    if (err instanceof identity/* IdentityInputError */.ZE)
        throw new errors/* InputError */.dz(err.input, err.message);
    throw err;
}
function readPolicy(inputs) {
    try {
        const sourceRepository = (0,identity/* normaliseSourceUri */.yJ)(inputs.requireString('source-uri'));
        const tag = inputs.string('source-tag')?.trim() || undefined;
        const vtag = inputs.string('source-versioned-tag')?.trim() || undefined;
        if (tag && vtag)
            throw new identity/* IdentityInputError */.ZE('source-versioned-tag', 'give source-tag (exact) or source-versioned-tag (semver match), not both');
        let sourceVersionedTag;
        if (vtag) {
            const parts = (0,identity/* parseSemver */.kf)(vtag);
            if (!parts)
                throw new identity/* IdentityInputError */.ZE('source-versioned-tag', `'${vtag}' is not a semantic version such as v1, v1.2 or v1.2.3`);
            sourceVersionedTag = { text: vtag, parts };
        }
        const branch = inputs.string('source-branch')?.trim() || undefined;
        if (branch?.startsWith('refs/'))
            throw new identity/* IdentityInputError */.ZE('source-branch', `'${branch}': give the branch name without refs/heads/`);
        if (tag?.startsWith('refs/'))
            throw new identity/* IdentityInputError */.ZE('source-tag', `'${tag}': give the tag name without refs/tags/`);
        const builder = inputs.string('builder-id')?.trim();
        const signer = inputs.string('signer-workflow')?.trim();
        const types = inputs.list('predicate-type');
        if (types.length === 0)
            throw new identity/* IdentityInputError */.ZE('predicate-type', 'list at least one predicate type');
        return {
            sourceRepository,
            issuer: inputs.requireString('cert-oidc-issuer').trim(),
            sourceTag: tag,
            sourceVersionedTag,
            sourceBranch: branch,
            builderId: builder ? (0,identity/* parseBuilderId */.O$)(builder) : undefined,
            signerWorkflow: signer ? (0,identity/* normaliseWorkflow */.gD)('signer-workflow', signer) : undefined,
            denySelfHostedRunners: inputs.boolean('deny-self-hosted-runners'),
            predicateTypes: types
        };
    }
    catch (err) {
        toInputError(err);
    }
}
function readArtifacts(inputs, ctx) {
    const out = [];
    try {
        for (const d of inputs.list('artifact-digest'))
            out.push((0,digests/* parseDigestInput */.a0)(d));
        for (const f of (0,artifact_patterns/* expandArtifactPatterns */.Ah)(ctx.workspace, inputs.list('artifact'))) {
            out.push((0,digests/* digestFile */.TM)(f));
        }
    }
    catch (err) {
        toInputError(err);
    }
    if (out.length === 0) {
        throw new errors/* InputError */.dz('artifact', 'give the artifact file(s) (artifact) or their digest (artifact-digest: sha256:<hex> / sha512:<hex>)');
    }
    return out;
}
/** A document input (bundle, trusted root), read once through the shared bounded reader. */
function readDocumentInput(input, workspace, path, limit) {
    return (0,read_file.readRegularTextFile)((0,external_node_path_.resolve)(workspace, path), {
        maxBytes: limit,
        what: `input '${input}':`
    });
}
function loadTrust(inputs, ctx) {
    const path = inputs.string('trusted-root')?.trim();
    if (!path)
        return [(0,trust/* publicGoodTrust */.$$)()];
    const text = readDocumentInput('trusted-root', ctx.workspace, path, MAX_TRUST_ROOT_BYTES);
    try {
        return (0,trust/* trustFromText */.a$)(text, path);
    }
    catch (err) {
        if (err instanceof trust/* TrustRootError */.Tr)
            throw new errors/* InputError */.dz('trusted-root', err.message);
        throw err;
    }
}
function githubToken(inputs, ctx) {
    const given = inputs.string('github-token')?.trim();
    // The action.yml default `${{ github.token }}` arrives literally on the CLI: fall back to the env.
    const token = given && !/^\$\{\{.*\}\}$/.test(given)
        ? given
        : ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || undefined;
    if (token)
        ctx.secret(token);
    return token;
}
async function loadItems(inputs, ctx, policy, artifacts) {
    const how = inputs.string('fetch') ?? 'none';
    const bundlePath = inputs.string('bundle')?.trim();
    try {
        if (how === 'github') {
            if (bundlePath)
                throw new errors/* InputError */.dz('bundle', 'give bundle or fetch: github, not both');
            const sha = artifacts
                .map((a) => a.digests.sha256)
                .filter((d) => d !== undefined);
            if (sha.length === 0)
                throw new errors/* InputError */.dz('artifact-digest', 'fetch: github looks attestations up by sha256; give the artifact file or a sha256: digest');
            const [owner, repo] = policy.sourceRepository.replace('https://github.com/', '').split('/');
            const apiUrl = ctx.env.GITHUB_API_URL || 'https://api.github.com';
            const timeoutMs = inputs.duration('timeout') ?? 30_000;
            const token = githubToken(inputs, ctx);
            const items = [];
            for (const digest of [...new Set(sha)]) {
                ctx.log(`fetching attestations for sha256:${digest} from ${apiUrl} (${owner}/${repo})`);
                // Loaded only for fetch: github, so offline verification does not pay for octokit.
                const { fetchAttestations } = await Promise.all(/* import() */[__webpack_require__.e(9726), __webpack_require__.e(4086)]).then(__webpack_require__.bind(__webpack_require__, 84086));
                const pages = await fetchAttestations({
                    apiUrl,
                    token,
                    owner,
                    repo,
                    digest: `sha256:${digest}`,
                    timeoutMs,
                    log: ctx.log
                });
                for (const p of pages)
                    items.push(...readBundleDocument(p.url, p.text));
            }
            return {
                items,
                source: { kind: 'github', location: `${apiUrl}/repos/${owner}/${repo}/attestations` }
            };
        }
        if (!bundlePath)
            throw new errors/* InputError */.dz('bundle', 'is required unless fetch: github (the provenance bundle, JSONL or npm attestations file)');
        const text = readDocumentInput('bundle', ctx.workspace, bundlePath, MAX_BUNDLE_BYTES);
        return {
            items: readBundleDocument(bundlePath, text),
            source: { kind: 'file', location: bundlePath }
        };
    }
    catch (err) {
        if (err instanceof DocumentError || err instanceof fetch_errors/* FetchError */.f)
            throw new errors/* GateError */.ue(`input '${how === 'github' ? 'fetch' : 'bundle'}': ${err.message}`, err.help);
        throw err;
    }
}
function findingFor(v, origin, severity) {
    return {
        rule: v.rule,
        severity: v.warning ? (severity === 'error' ? 'warning' : 'note') : severity,
        message: `${v.check}: expected ${v.expected}, got ${v.actual} (${origin})`,
        help: v.help
    };
}
async function evaluate(inputs, ctx) {
    const policy = readPolicy(inputs);
    const artifacts = readArtifacts(inputs, ctx);
    const t0 = performance.now();
    const trust = loadTrust(inputs, ctx);
    const { items, source } = await loadItems(inputs, ctx, policy, artifacts);
    if (items.length === 0) {
        // Nothing to verify is never a pass (nor a fail that reads like a checked artifact).
        throw new errors/* GateError */.ue(`no attestation to verify in ${source.location}`, 'Pass the provenance bundle the build wrote (bundle), or check that the build attested this artifact (fetch: github).');
    }
    if (items.length > MAX_BUNDLES)
        throw new errors/* GateError */.ue(`${items.length} bundles: more than ${MAX_BUNDLES}`, 'Pass only the provenance for this artifact.');
    const t1 = performance.now();
    const findings = [];
    const evidence = {
        trustedRoots: trust.map((t) => t.summary),
        source,
        policy,
        artifacts,
        bundles: items.length,
        cryptoFailures: [],
        provenances: [],
        otherAttestations: [],
        timings: { loadMs: 0, verifyMs: 0, perBundleMs: 0 }
    };
    const malformed = [];
    const parsed = [];
    for (const item of items) {
        const r = (0,verify/* verifyWithRoots */.z)(item.json, trust);
        if (!r.ok) {
            evidence.cryptoFailures.push({ origin: item.origin, code: r.code, message: r.message });
            if (r.malformed)
                malformed.push(`${item.origin}: ${r.message}`);
            else {
                findings.push({
                    rule: 'slsa/signature',
                    severity: 'error',
                    message: `${item.origin}: Sigstore verification: expected a valid signature, certificate chain, SCT and transparency-log proof or timestamp under ${trust.map((t) => t.summary.source).join(' or ')}, got ${r.code}: ${r.message}`,
                    help: 'The bundle was altered or signed outside the trusted root; a tampered attestation next to a good one still fails the gate.'
                });
            }
            continue;
        }
        let statement;
        try {
            statement = parseStatement(r.payloadType, r.payload ?? Buffer.alloc(0));
        }
        catch (err) {
            if (!(err instanceof StatementError))
                throw err;
            findings.push({
                rule: 'slsa/statement',
                severity: 'error',
                message: `${item.origin}: ${err.message}`
            });
            continue;
        }
        if (item.declaredPredicateType !== undefined &&
            item.declaredPredicateType !== statement.predicateType) {
            findings.push({
                rule: 'slsa/statement',
                severity: 'error',
                message: `${item.origin}: declared predicateType: expected the signed statement's ${statement.predicateType}, got ${item.declaredPredicateType}`
            });
            continue;
        }
        parsed.push({
            item,
            statement,
            crypto: r.evidence,
            identity: r.certificate ? (0,fulcio/* fulcioIdentity */.N)(r.certificate) : undefined
        });
    }
    if (malformed.length) {
        throw new errors/* GateError */.ue(`input 'bundle': ${malformed.length} bundle${malformed.length === 1 ? '' : 's'} cannot be read: ${malformed.join('; ')}`, 'Pass Sigstore bundles as the build wrote them (v0.1, v0.2 or v0.3 JSON).');
    }
    for (const p of parsed) {
        const { item, statement } = p;
        if (!policy.predicateTypes.includes(statement.predicateType)) {
            const subjectMatches = artifacts.every((a) => (0,digests/* matchingSubjects */.TS)(a, statement.subjects).length > 0);
            evidence.otherAttestations.push({
                origin: item.origin,
                predicateType: statement.predicateType,
                subjectMatches,
                crypto: p.crypto
            });
            if (statement.predicateType === NPM_PUBLISH_PREDICATE && !subjectMatches) {
                findings.push({
                    rule: 'slsa/subject',
                    severity: 'error',
                    message: `${item.origin}: npm publish attestation subject: expected ${artifacts.map((a) => a.name).join(', ')}, got ${statement.subjects.map((s) => s.name).join(', ')}`
                });
            }
            continue;
        }
        const claims = provenanceClaims(statement);
        const violations = [];
        if (!p.identity) {
            violations.push({
                rule: 'slsa/certificate',
                check: 'provenance signing key',
                expected: 'a Fulcio certificate (keyless GitHub Actions identity)',
                actual: `a public key (${p.crypto.publicKeyHint ?? 'no hint'})`
            });
        }
        else {
            violations.push(...checkProvenance(p.identity, claims, policy));
        }
        evidence.provenances.push({
            origin: item.origin,
            predicateType: statement.predicateType,
            accepted: violations.every((v) => v.warning),
            crypto: p.crypto,
            certificate: p.identity,
            claims,
            subjects: statement.subjects,
            violations
        });
    }
    const accepted = evidence.provenances.filter((p) => p.accepted);
    const verified = [];
    let covered = true;
    if (evidence.provenances.length === 0) {
        covered = false;
        const found = [...new Set(parsed.map((p) => p.statement.predicateType))];
        findings.push({
            rule: 'slsa/no-provenance',
            severity: 'error',
            message: `predicate type: expected ${policy.predicateTypes.join(' or ')}, got ${found.length ? found.join(', ') : 'no verifiable attestation'} in ${source.location}`,
            help: 'Pass the SLSA provenance bundle, or add its predicate type to predicate-type (https://slsa.dev/provenance/v0.2 for older builds).'
        });
    }
    for (const a of artifacts) {
        const hit = accepted
            .map((p) => ({ p, subjects: (0,digests/* matchingSubjects */.TS)(a, p.subjects) }))
            .find((x) => x.subjects.length);
        if (hit) {
            const s = hit.subjects[0];
            const alg = a.digests.sha256 && s.digest.sha256 === a.digests.sha256 ? 'sha256' : 'sha512';
            verified.push({
                artifact: a.name,
                subject: s.name,
                digest: `${alg}:${s.digest[alg]}`,
                provenance: hit.p.origin
            });
            continue;
        }
        if (evidence.provenances.length === 0)
            continue;
        covered = false;
        const all = evidence.provenances.flatMap((p) => p.subjects.map((s) => `${s.name} ${Object.entries(s.digest)
            .map(([k, v]) => `${k}:${v.slice(0, 16)}\u2026`)
            .join(' ')}`));
        const inRejected = evidence.provenances.some((p) => !p.accepted && (0,digests/* matchingSubjects */.TS)(a, p.subjects).length);
        if (!inRejected) {
            findings.push({
                rule: 'slsa/subject',
                severity: 'error',
                message: `subject digest of ${a.name}: expected ${Object.entries(a.digests)
                    .map(([k, v]) => `${k}:${v}`)
                    .join(' or ')}, got ${all.slice(0, 5).join('; ')}${all.length > 5 ? '; \u2026' : ''}`,
                help: 'The provenance describes other bytes: a different build or a tampered artifact.'
            });
        }
    }
    // Violations of the provenances: errors when nothing covered the artifacts, else notes.
    for (const p of evidence.provenances) {
        for (const v of p.violations)
            findings.push(findingFor(v, p.origin, covered && !p.accepted ? 'note' : 'error'));
    }
    if (covered && findings.some((f) => f.severity === 'error'))
        covered = false;
    const t2 = performance.now();
    evidence.timings = {
        loadMs: Math.round((t1 - t0) * 1000) / 1000,
        verifyMs: Math.round((t2 - t1) * 1000) / 1000,
        perBundleMs: items.length ? Math.round(((t2 - t1) / items.length) * 1000) / 1000 : 0
    };
    const used = accepted.find((p) => verified.some((v) => v.provenance === p.origin));
    const verdict = covered ? 'pass' : 'fail';
    const firstError = findings.find((f) => f.severity === 'error');
    const summary = covered
        ? `${verified.length} artifact${verified.length === 1 ? '' : 's'} verified: built from ${used?.certificate?.sourceRepositoryURI} at ${used?.certificate?.sourceRepositoryRef} by ${used?.claims.builderId ?? used?.certificate?.san} (Rekor log index ${used?.crypto.tlog[0]?.logIndex ?? 'n/a'})`
        : `not verified: ${firstError?.message ?? 'no provenance covers the artifact'}`;
    return {
        verdict,
        summary,
        findings,
        evidence,
        outputs: covered
            ? {
                'verified-subjects': JSON.stringify(verified.map((v) => ({ name: v.subject, digest: v.digest, artifact: v.artifact }))),
                'builder-id': used?.claims.builderId ?? '',
                'source-ref': used?.certificate?.sourceRepositoryRef ?? '',
                'source-digest': used?.certificate?.sourceRepositoryDigest ?? '',
                'rekor-log-index': used?.crypto.tlog.map((t) => t.logIndex).join(',') ?? ''
            }
            : {
                'verified-subjects': '[]',
                'builder-id': '',
                'source-ref': '',
                'source-digest': '',
                'rekor-log-index': ''
            }
    };
}
const slsaVerify = {
    name: 'slsa-verify',
    rules: RULES,
    evaluate
};


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


/***/ })

};
