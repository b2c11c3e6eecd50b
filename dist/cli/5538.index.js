export const id = 5538;
export const ids = [5538];
export const modules = {

/***/ 45538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVIDENCE_FILE: () => (/* binding */ EVIDENCE_FILE),
  evidenceBundle: () => (/* binding */ evidenceBundle),
  makeEvidenceBundle: () => (/* binding */ makeEvidenceBundle)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
// EXTERNAL MODULE: ./lib/evidence/canonical.js
var canonical = __webpack_require__(13431);
// EXTERNAL MODULE: ./lib/evidence/format.js
var format = __webpack_require__(54934);
// EXTERNAL MODULE: ./lib/evidence/pieces.js
var evidence_pieces = __webpack_require__(6634);
;// CONCATENATED MODULE: ./lib/evidence/build.js
/**
 * The release evidence predicate: the manifest of every piece by digest, the truth-table rows
 * (one per gate result), the policy decisions with a digest of their inputs, and the plan's
 * fields taken from what the gates proved. Same pieces and options \u2192 byte-identical output.
 */




const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
function parseResult(p) {
    let doc;
    try {
        doc = (0,strict_json/* parseStrictJsonBytes */.ml)(p.bytes, p.name);
    }
    catch (err) {
        if (err instanceof strict_json/* JsonDocumentError */.sT)
            return err.message;
        throw err;
    }
    const r = obj(doc);
    if (r.schema !== 'ci-intel.gate-result.v1')
        return 'not a ci-intel.gate-result.v1 document';
    if (!str(r.gate) || !str(r.verdict) || !str(r.mode))
        return 'a gate result without gate, verdict or mode';
    return {
        gate: r.gate,
        verdict: r.verdict,
        mode: r.mode,
        summary: typeof r.summary === 'string' ? r.summary : '',
        outputs: obj(r.outputs),
        evidence: obj(r.evidence)
    };
}
function policyOf(r) {
    const result = r.verdict === 'pass' ? 'allow' : r.mode === 'audit' ? 'warn' : 'deny';
    const row = { id: `ci-intel/${r.gate}`, gate: r.gate, result };
    if (r.evidence.inputs !== undefined)
        row.inputs = (0,canonical/* sha256Digest */.sI)((0,canonical/* canonicalBytes */.Mr)(r.evidence.inputs));
    return row;
}
/** `oci://<repository>@<digest>` of the first verified referrer with one of `kinds`. */
function referrerUri(results, kinds) {
    for (const r of results) {
        if (r.gate !== 'referrer-presence' || r.verdict !== 'pass')
            continue;
        const ref = str(obj(r.evidence.image).reference)
            ?.replace(/@sha256:[0-9a-f]+$/, '')
            .replace(/:[^/:]+$/, '');
        for (const t of Array.isArray(r.evidence.targets) ? r.evidence.targets : []) {
            for (const f of Array.isArray(obj(t).found) ? obj(t).found : []) {
                const found = obj(f);
                const ks = Array.isArray(found.kinds) ? found.kinds : [];
                if (ref && str(found.digest) && ks.some((k) => kinds.includes(String(k))))
                    return `oci://${ref}@${found.digest}`;
            }
        }
    }
    return undefined;
}
function firstOutput(results, gate, output) {
    for (const r of results)
        if (r.gate === gate && str(r.outputs[output]))
            return r.outputs[output];
    return undefined;
}
function drillOf(results) {
    const r = results.find((x) => x.gate === 'dr-freshness');
    if (!r)
        return null;
    const num = (k) => (str(r.outputs[k]) === undefined ? undefined : Number(r.outputs[k]));
    return {
        type: 'freshness',
        last_success: str(r.outputs['last-success']) ?? null,
        age_s: num('age-seconds') ?? null,
        rpo_s: num('rpo-seconds') ?? null,
        rto_s: num('rto-seconds') ?? null,
        result: r.verdict
    };
}
function buildEvidence(input, o) {
    const pieces = (0,evidence_pieces/* checkedPieces */.Ji)(input);
    const manifest = pieces.map(evidence_pieces/* entryOf */.Ms);
    const gates = [];
    const results = [];
    const unreadable = [];
    pieces.forEach((p, i) => {
        if (p.mediaType !== format/* MEDIA_GATE_RESULT */.Ny)
            return;
        const r = parseResult(p);
        if (typeof r === 'string') {
            unreadable.push({ piece: p.name, reason: r });
            return;
        }
        results.push(r);
        const row = {
            gate: r.gate,
            verdict: r.verdict,
            mode: r.mode,
            summary: r.summary,
            piece: p.name,
            digest: manifest[i].digest
        };
        const cfg = str(obj(r.evidence.config).digest);
        if (cfg)
            row.configDigest = cfg;
        gates.push(row);
    });
    gates.sort((a, b) => a.gate === b.gate ? (a.piece < b.piece ? -1 : 1) : a.gate < b.gate ? -1 : 1);
    const configDigests = [
        ...new Set(gates.flatMap((g) => (g.configDigest ? [g.configDigest] : [])))
    ].sort();
    const evidence = {
        schema: format/* EVIDENCE_SCHEMA */.m$,
        run_id: o.runId,
        repository: o.repository ?? null,
        image_digest: o.imageDigest ??
            str(obj(results.find((r) => r.gate === 'referrer-presence')?.evidence.image).digest) ??
            null,
        sbom_uri: o.uris?.sbom_uri ?? referrerUri(results, ['spdx', 'cyclonedx']) ?? null,
        provenance_uri: o.uris?.provenance_uri ?? referrerUri(results, ['slsa-provenance']) ?? null,
        signature_uri: o.uris?.signature_uri ?? referrerUri(results, ['signature']) ?? null,
        rekor_uuid: firstOutput(results, 'slsa-verify', 'rekor-log-index') ?? null,
        vex_uri: o.uris?.vex_uri ?? null,
        tests: o.tests ?? null,
        policies: results
            .map(policyOf)
            .sort((a, b) => a.id === b.id
            ? a.result < b.result
                ? -1
                : a.result > b.result
                    ? 1
                    : 0
            : a.id < b.id
                ? -1
                : 1),
        drill: drillOf(results),
        gates,
        config_digests: configDigests,
        manifest
    };
    return { evidence, bytes: (0,canonical/* canonicalBytes */.Mr)(evidence), unreadable, pieces };
}

// EXTERNAL MODULE: ./lib/evidence/gate-inputs.js
var gate_inputs = __webpack_require__(29474);
// EXTERNAL MODULE: ./lib/evidence/statement.js
var evidence_statement = __webpack_require__(40636);
// EXTERNAL MODULE: ./lib/evidence/subjects.js
var evidence_subjects = __webpack_require__(80216);
// EXTERNAL MODULE: ./lib/gates/evidence-bundle/signer.js
var evidence_bundle_signer = __webpack_require__(98701);
;// CONCATENATED MODULE: ./lib/gates/evidence-bundle/publish.js
/** Storing the signed bundle where admission looks: the GitHub attestations API, the image's referrers. */


async function publishEvidence(inputs, ctx, p) {
    const out = {};
    const timeoutMs = inputs.duration('timeout') ?? 60_000;
    if (inputs.boolean('push-to-attestations')) {
        if (!p.repository)
            throw new errors/* InputError */.dz('repository', 'is needed with push-to-attestations (GITHUB_REPOSITORY is not set)');
        const { storeAttestation } = await Promise.all(/* import() */[__webpack_require__.e(9726), __webpack_require__.e(454)]).then(__webpack_require__.bind(__webpack_require__, 80454));
        out.attestationId = await storeAttestation(p.repository, p.bundle, (0,gate_inputs/* apiOptionsOf */.IO)(inputs, ctx, timeoutMs, 'with attestations: write', {
            retries: 0,
            deadlineFactor: 3
        }));
    }
    if (inputs.boolean('push-to-registry')) {
        const name = inputs.string('subject-name')?.trim();
        const digest = inputs.string('subject-digest')?.trim();
        if (!name || !digest)
            throw new errors/* InputError */.dz('push-to-registry', 'needs subject-name (the image repository) and subject-digest (the image digest)');
        const username = inputs.string('registry-username')?.trim();
        const password = inputs.string('registry-password');
        const { pushEvidenceReferrer } = await Promise.all(/* import() */[__webpack_require__.e(8782), __webpack_require__.e(7534)]).then(__webpack_require__.bind(__webpack_require__, 47534));
        const pushed = await pushEvidenceReferrer({
            image: `${name}@${digest}`,
            bundleText: p.bundleText,
            credentials: username && password ? { username, password } : undefined,
            insecure: inputs.boolean('insecure'),
            deadline: Date.now() + 5 * timeoutMs,
            secret: ctx.secret,
            log: ctx.log
        });
        out.referrerDigest = pushed.digest;
        out.referrer = pushed.reference;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/evidence-bundle/index.js
/**
 * evidence-bundle: collect what the run's gates left, build the canonical release evidence,
 * wrap it in an in-toto Statement about the release's subjects, sign it, write the Sigstore
 * bundle and the pieces, and optionally store it (attestations API, OCI referrer).
 */













const EVIDENCE_FILE = 'release-evidence.json';
function runIdOf(inputs, ctx, repository) {
    const given = inputs.string('run-id')?.trim();
    const id = given || ctx.env.GITHUB_RUN_ID;
    if (!id)
        return 'local';
    const attempt = given ? undefined : ctx.env.GITHUB_RUN_ATTEMPT;
    return `${repository ?? 'unknown'}/actions/runs/${id}${attempt ? `/attempts/${attempt}` : ''}`;
}
function testsOf(inputs, ctx) {
    const file = inputs.string('tests')?.trim();
    if (!file)
        return undefined;
    const doc = (0,strict_json/* parseStrictJson */.RJ)((0,read_file.readRegularTextFile)((0,external_node_path_.resolve)(ctx.workspace, file), {
        maxBytes: 4 * 1024 * 1024,
        what: "input 'tests'"
    }), file);
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new errors/* InputError */.dz('tests', `${file} must hold a JSON object (e.g. {"matrix": \u2026, "resilience": 0.87})`);
    return doc;
}
function writePieces(dir, pieces, evidenceBytes) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    for (const p of pieces) {
        const file = (0,external_node_path_.join)(dir, p.name);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, p.bytes);
    }
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, EVIDENCE_FILE), evidenceBytes);
}
function makeEvidenceBundle(deps = {}) {
    return {
        name: 'evidence-bundle',
        rules: [
            {
                id: 'evidence-bundle/gate-not-passing',
                title: 'A gate of the run did not pass',
                help: 'The bundle records it; evidence-verify refuses the release while a required gate is not pass.',
                severity: 'warning'
            },
            {
                id: 'evidence-bundle/unreadable-result',
                title: 'A gate result file is not a gate result',
                help: 'The file is bundled as a piece but left out of the truth table; find out what wrote it.',
                severity: 'warning'
            }
        ],
        async evaluate(inputs, ctx) {
            const repository = (0,gate_inputs/* repositoryOf */._M)(inputs, ctx);
            const subjects = (0,evidence_subjects/* subjectsFromInputs */.B)(ctx.workspace, inputs.list('subject-path'), inputs.string('subject-digest')?.trim() || undefined, inputs.string('subject-name')?.trim() || undefined);
            const signer = (0,evidence_bundle_signer/* signerFromInputs */.KF)(inputs, ctx, deps);
            const pieces = (0,evidence_pieces/* localPieces */.BL)(ctx.tempDir);
            let artifacts;
            const pattern = inputs.string('artifact-pattern')?.trim();
            const runId = inputs.string('run-id')?.trim() || ctx.env.GITHUB_RUN_ID;
            if (pattern &&
                runId &&
                (ctx.env.GITHUB_ACTIONS === 'true' || inputs.string('run-id')?.trim())) {
                if (!repository)
                    throw new errors/* InputError */.dz('repository', 'is needed to read the run artifacts (GITHUB_REPOSITORY is not set)');
                const timeoutMs = inputs.duration('timeout') ?? 60_000;
                const { artifactPieces } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(9726), __webpack_require__.e(4350)]).then(__webpack_require__.bind(__webpack_require__, 34350));
                const got = await artifactPieces({ repository, runId: Number(runId), pattern }, (0,gate_inputs/* apiOptionsOf */.IO)(inputs, ctx, timeoutMs, 'with actions: read to read the run artifacts'));
                pieces.push(...got.pieces);
                artifacts = got.report;
            }
            const imageDigest = inputs.string('subject-digest')?.trim() || undefined;
            const built = buildEvidence(pieces, {
                runId: runIdOf(inputs, ctx, repository),
                repository,
                imageDigest,
                tests: testsOf(inputs, ctx),
                uris: {
                    sbom_uri: inputs.string('sbom-uri')?.trim() || undefined,
                    provenance_uri: inputs.string('provenance-uri')?.trim() || undefined,
                    signature_uri: inputs.string('signature-uri')?.trim() || undefined,
                    vex_uri: inputs.string('vex-uri')?.trim() || undefined
                }
            });
            if (built.evidence.gates.length === 0) {
                throw new errors/* GateError */.ue(`no gate result to bundle: ${ctx.tempDir}/results is empty${artifacts ? ` and no ${pattern} artifact of the run holds one` : ''}`, 'Run evidence-bundle after the gates (in the same job, or in a job that needs them, with their ci-intel-evidence-* artifacts uploaded).');
            }
            const statement = (0,evidence_statement/* makeStatement */.UT)(subjects, built.evidence);
            const bundle = await signer.sign(statement);
            const bundleText = JSON.stringify(bundle) + '\n';
            const bundleFile = (0,external_node_path_.resolve)(ctx.workspace, inputs.string('bundle') || 'ci-intel-release-evidence.sigstore.json');
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(bundleFile), { recursive: true });
            (0,external_node_fs_.writeFileSync)(bundleFile, bundleText);
            const evidenceDir = (0,external_node_path_.resolve)(ctx.workspace, inputs.string('evidence-dir') || 'ci-intel-release-evidence');
            writePieces(evidenceDir, built.pieces, built.bytes);
            const bundleDigest = (0,canonical/* sha256Digest */.sI)(Buffer.from(bundleText));
            const publish = await publishEvidence(inputs, ctx, {
                bundle,
                bundleText,
                repository,
                subjects
            });
            const findings = [];
            for (const g of built.evidence.gates) {
                if (g.verdict !== 'pass')
                    findings.push({
                        rule: 'evidence-bundle/gate-not-passing',
                        severity: 'warning',
                        message: `${g.gate} ${g.verdict} (${g.mode}) in ${g.piece}: ${g.summary}`,
                        help: 'Recorded in the bundle; evidence-verify fails while a required gate is not pass.'
                    });
            }
            for (const u of built.unreadable)
                findings.push({
                    rule: 'evidence-bundle/unreadable-result',
                    severity: 'warning',
                    message: `${u.piece}: ${u.reason}`,
                    help: 'Bundled as a piece, left out of the truth table.'
                });
            const gatesText = built.evidence.gates.map((g) => `${g.gate}=${g.verdict}`).join(',');
            return {
                verdict: 'pass',
                summary: `bundled ${built.evidence.manifest.length} pieces (${built.evidence.gates.length} gate results: ${gatesText}) for ${subjects.length} subject${subjects.length === 1 ? '' : 's'}, signed with ${signer.description}`,
                findings,
                evidence: {
                    subjects,
                    signer: signer.description,
                    bundle: { file: bundleFile, digest: bundleDigest },
                    statementDigest: (0,canonical/* sha256Digest */.sI)(statement),
                    evidenceDigest: (0,canonical/* sha256Digest */.sI)(built.bytes),
                    evidenceDir,
                    runId: built.evidence.run_id,
                    gates: built.evidence.gates,
                    manifest: built.evidence.manifest,
                    artifacts,
                    publish
                },
                outputs: {
                    bundle: bundleFile,
                    'bundle-digest': bundleDigest,
                    'statement-digest': (0,canonical/* sha256Digest */.sI)(statement),
                    'evidence-dir': evidenceDir,
                    pieces: String(built.evidence.manifest.length),
                    gates: gatesText,
                    'attestation-id': publish.attestationId ?? '',
                    'referrer-digest': publish.referrerDigest ?? ''
                }
            };
        }
    };
}
const evidenceBundle = makeEvidenceBundle();


/***/ })

};
