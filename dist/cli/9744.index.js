export const id = 9744;
export const ids = [9744];
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

/***/ 66101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseRfc3339),
/* harmony export */   Z: () => (/* binding */ formatRfc3339)
/* harmony export */ });
/** RFC 3339 timestamps, read strictly: a date, a time and an explicit UTC offset. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * Parse an RFC 3339 date-time. Rejects what `Date.parse` would guess at: no offset, a date
 * alone, out-of-range fields (2026-02-30, 24:00:00). A leap second (:60) counts as :59.999.
 */
function parseRfc3339(text) {
    const m = RFC3339.exec(text.trim());
    if (!m) {
        return {
            ok: false,
            reason: `'${text}' is not an RFC 3339 date-time like 2026-11-20T03:00:00Z`
        };
    }
    const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    let second = Number(s);
    let ms = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
    if (month < 1 || month > 12)
        return { ok: false, reason: `'${text}': month ${mo} is out of range` };
    if (day < 1 || day > daysIn(year, month))
        return { ok: false, reason: `'${text}': day ${d} is out of range` };
    if (hour > 23 || minute > 59 || second > 60)
        return { ok: false, reason: `'${text}': time ${h}:${mi}:${s} is out of range` };
    if (!z && (Number(oh) > 23 || Number(om) > 59))
        return { ok: false, reason: `'${text}': offset ${sign}${oh}:${om} is out of range` };
    if (second === 60) {
        second = 59;
        ms = 999;
    }
    const offsetMin = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * 60_000;
    return { ok: true, date: new Date(utc) };
}
/** RFC 3339 in UTC, without milliseconds when they are zero. */
function formatRfc3339(date) {
    return date.toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 9744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* reexport */ RULES),
  createDrFreshness: () => (/* binding */ createDrFreshness),
  drFreshness: () => (/* binding */ drFreshness)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __webpack_require__(68415);
// EXTERNAL MODULE: ./lib/drill/timestamp.js
var timestamp = __webpack_require__(66101);
;// CONCATENATED MODULE: ./lib/drill/budget.js
/**
 * The pure judgement of a DR drill against its budgets: age of the last success, result, RPO
 * and RTO. No I/O; every message names the check, the expected and the actual value.
 */


/** Clock skew tolerated for a last-success time that lies in the future. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;
const DRILL_RULES = {
    stale: 'dr/stale',
    failed: 'dr/drill-failed',
    rpo: 'dr/rpo-over-budget',
    rto: 'dr/rto-over-budget',
    timestamp: 'dr/timestamp-invalid',
    future: 'dr/timestamp-future',
    unverified: 'dr/budgets-unverified'
};
function seconds(n) {
    return `${Number.isInteger(n) ? n : n.toFixed(3)} s`;
}
function ageCheck(facts, budget, now, out) {
    const expected = `\u2264 ${(0,duration/* formatDuration */.a)(budget.maxAgeMs)} (max-age)`;
    if (facts.lastSuccess === undefined || facts.lastSuccess.trim() === '') {
        out.checks.push({ check: 'age', status: 'error', actual: 'no timestamp', expected });
        out.findings.push({
            rule: DRILL_RULES.timestamp,
            severity: 'error',
            message: `age: ${facts.lastSuccessField} is missing, so the drill's age cannot be known; expected an RFC 3339 time`,
            help: 'Record the time of the last successful drill, e.g. "last_success_rfc3339": "2026-11-20T03:00:00Z".'
        });
        return;
    }
    const parsed = (0,timestamp/* parseRfc3339 */.T)(facts.lastSuccess);
    if (!parsed.ok) {
        out.checks.push({ check: 'age', status: 'error', actual: facts.lastSuccess, expected });
        out.findings.push({
            rule: DRILL_RULES.timestamp,
            severity: 'error',
            message: `age: ${facts.lastSuccessField} ${parsed.reason}; expected an RFC 3339 time with an offset`,
            help: 'Write the time as RFC 3339 with Z or an offset, e.g. 2026-11-20T03:00:00Z.'
        });
        return;
    }
    const ageMs = now.getTime() - parsed.date.getTime();
    const skew = budget.skewMs ?? MAX_CLOCK_SKEW_MS;
    const when = (0,timestamp/* formatRfc3339 */.Z)(parsed.date);
    if (-ageMs > skew) {
        out.checks.push({
            check: 'age',
            status: 'error',
            actual: `${(0,duration/* formatDuration */.a)(-ageMs)} in the future`,
            expected
        });
        out.findings.push({
            rule: DRILL_RULES.future,
            severity: 'error',
            message: `age: ${facts.lastSuccessField} ${when} is ${(0,duration/* formatDuration */.a)(-ageMs)} after now (${(0,timestamp/* formatRfc3339 */.Z)(now)}); expected a time in the past (at most ${(0,duration/* formatDuration */.a)(skew)} of clock skew)`,
            help: 'Fix the clock or the evidence that produced this time; a drill cannot have succeeded in the future.'
        });
        return;
    }
    out.lastSuccess = parsed.date;
    out.ageMs = ageMs;
    const shown = ageMs < 0 ? `0s (${(0,duration/* formatDuration */.a)(-ageMs)} ahead, within clock skew)` : (0,duration/* formatDuration */.a)(ageMs);
    if (ageMs > budget.maxAgeMs) {
        out.checks.push({ check: 'age', status: 'over', actual: (0,duration/* formatDuration */.a)(ageMs), expected });
        out.findings.push({
            rule: DRILL_RULES.stale,
            severity: 'error',
            message: `age: last successful drill ${when} is ${(0,duration/* formatDuration */.a)(ageMs)} old; expected ${expected}`,
            help: 'Run the DR drill (and make it pass) before promoting this release.'
        });
    }
    else {
        out.checks.push({ check: 'age', status: 'ok', actual: shown, expected });
    }
}
function resultCheck(facts, out) {
    if (facts.result === undefined) {
        out.checks.push({
            check: 'result',
            status: 'unverified',
            actual: 'not recorded',
            expected: 'pass'
        });
        return;
    }
    if (facts.result === 'pass') {
        out.checks.push({ check: 'result', status: 'ok', actual: 'pass', expected: 'pass' });
        return;
    }
    out.checks.push({ check: 'result', status: 'over', actual: facts.result, expected: 'pass' });
    out.findings.push({
        rule: DRILL_RULES.failed,
        severity: 'error',
        message: `result: the ${facts.type ? `'${facts.type}' ` : ''}drill's result is '${facts.result}'; expected 'pass'`,
        help: 'Fix what the drill found and run it again until it passes.'
    });
}
function objectiveCheck(check, actual, limit, out) {
    const input = check === 'rpo' ? 'max-rpo-seconds' : 'max-rto-seconds';
    const expected = `\u2264 ${seconds(limit)} (${input})`;
    if (actual === undefined) {
        out.checks.push({ check, status: 'unverified', actual: 'not recorded', expected });
        return;
    }
    if (actual > limit) {
        out.checks.push({ check, status: 'over', actual: seconds(actual), expected });
        out.findings.push({
            rule: check === 'rpo' ? DRILL_RULES.rpo : DRILL_RULES.rto,
            severity: 'error',
            message: `${check}: the drill's ${check.toUpperCase()} is ${seconds(actual)}; expected ${expected}`,
            help: check === 'rpo'
                ? 'Replicate or back up more often so less data is lost, then drill again.'
                : 'Make recovery faster (automation, warm standby), then drill again.'
        });
    }
    else {
        out.checks.push({ check, status: 'ok', actual: seconds(actual), expected });
    }
}
/** Judge one drill against the budgets at `now`. error (cannot decide) beats fail beats pass. */
function assessDrill(facts, budget, now) {
    const out = { verdict: 'pass', findings: [], checks: [] };
    ageCheck(facts, budget, now, out);
    resultCheck(facts, out);
    objectiveCheck('rpo', facts.rpoS, budget.maxRpoS, out);
    objectiveCheck('rto', facts.rtoS, budget.maxRtoS, out);
    if (out.checks.some((c) => c.status === 'error'))
        out.verdict = 'error';
    else if (out.checks.some((c) => c.status === 'over'))
        out.verdict = 'fail';
    return out;
}

// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/drill/evidence.js
/** Drill evidence documents (schema/dr-freshness-evidence.v1.json): read, validate, extract. */



const EVIDENCE_SCHEMA = 'dr-freshness-evidence.v1.json';
/** Drill evidence is a few hundred bytes; anything over this is not evidence. */
const MAX_EVIDENCE_BYTES = 1024 * 1024;
/** Load the validator of schema/dr-freshness-evidence.v1.json (in a bundle, its chunk); await it before `parseEvidence`. */
function loadEvidenceValidator() {
    return (0,schemas/* loadSchemaValidators */.Je)(EVIDENCE_SCHEMA);
}
/**
 * Parse and validate evidence text; `source` names it in every problem. A duplicate key
 * (`"result":"fail","result":"pass"`) is refused: readers would disagree on the drill's result.
 */
function parseEvidence(text, source) {
    let doc;
    try {
        doc = (0,strict_json/* parseStrictJson */.RJ)(text, source);
    }
    catch (err) {
        return { ok: false, problems: [(0,errors/* errorMessage */.gJ)(err)] };
    }
    const validate = (0,schemas/* schemaValidator */.Ki)(EVIDENCE_SCHEMA);
    if (!validate(doc)) {
        return {
            ok: false,
            problems: (0,schemas/* describeSchemaErrors */.cz)(validate.errors).map((p) => `${source}: ${p.replace(/^\/drill\//, 'drill.').replace(/^\/drill:/, 'drill:')}`)
        };
    }
    return { ok: true, evidence: doc };
}
function factsOf(evidence) {
    const d = evidence.drill;
    return {
        lastSuccess: d.last_success_rfc3339,
        lastSuccessField: 'drill.last_success_rfc3339',
        type: d.type,
        result: d.result,
        rpoS: d.rpo_s,
        rtoS: d.rto_s
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
;// CONCATENATED MODULE: ./lib/gates/dr-freshness/rules.js

const SOURCE_RULES = {
    evidenceInvalid: 'dr/evidence-invalid',
    evidenceInconsistent: 'dr/evidence-inconsistent',
    noSuccessfulRun: 'dr/no-successful-run'
};
const RULES = [
    {
        id: DRILL_RULES.stale,
        title: 'Last successful DR drill is too old',
        help: 'Run the disaster-recovery drill (and make it pass) within max-age before promoting a release.',
        severity: 'error'
    },
    {
        id: DRILL_RULES.failed,
        title: 'DR drill did not pass',
        help: "Only a drill whose result is 'pass' counts; fix what it found and run it again.",
        severity: 'error'
    },
    {
        id: DRILL_RULES.rpo,
        title: 'Recovery point objective over budget',
        help: 'The drill lost more data than max-rpo-seconds allows; replicate or back up more often, then drill again.',
        severity: 'error'
    },
    {
        id: DRILL_RULES.rto,
        title: 'Recovery time objective over budget',
        help: 'The drill took longer to recover than max-rto-seconds allows; speed recovery up, then drill again.',
        severity: 'error'
    },
    {
        id: DRILL_RULES.timestamp,
        title: 'Drill time missing or unreadable',
        help: 'Record the last success as RFC 3339 with an offset, e.g. 2026-11-20T03:00:00Z.',
        severity: 'error'
    },
    {
        id: DRILL_RULES.future,
        title: 'Drill time lies in the future',
        help: 'A last success more than 5 minutes ahead of now means a wrong clock or forged evidence.',
        severity: 'error'
    },
    {
        id: DRILL_RULES.unverified,
        title: 'RPO/RTO budgets not verified',
        help: "Give 'artifact-name' so the drill's evidence (RPO, RTO, result) is checked, not only its run.",
        severity: 'warning'
    },
    {
        id: SOURCE_RULES.evidenceInvalid,
        title: 'Drill evidence is malformed',
        help: 'Make the evidence match schema/dr-freshness-evidence.v1.json.',
        severity: 'error'
    },
    {
        id: SOURCE_RULES.evidenceInconsistent,
        title: 'Drill evidence contradicts its workflow run',
        help: 'The evidence claims a success after the run that uploaded it had finished; check the drill workflow.',
        severity: 'error'
    },
    {
        id: SOURCE_RULES.noSuccessfulRun,
        title: 'No successful drill run found',
        help: 'Run the drill workflow on the branch until it succeeds, or check workflow, repository and branch.',
        severity: 'error'
    }
];

;// CONCATENATED MODULE: ./lib/gates/dr-freshness/from-file.js
/** Drill facts from an evidence JSON file in the workspace. */




function displayPath(workspace, file) {
    const rel = (0,external_node_path_.relative)(workspace, file);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
}
function fromEvidenceFile(workspace, given) {
    const file = (0,external_node_path_.resolve)(workspace, given);
    const shown = displayPath(workspace, file);
    // A missing file, a FIFO, a device, a directory or an oversized file is a FileReadError the
    // gate runner reports as an error naming the input.
    const text = (0,read_file.readRegularTextFile)(file, {
        maxBytes: MAX_EVIDENCE_BYTES,
        what: "input 'evidence':"
    });
    const source = { kind: 'file', path: shown, bytes: Buffer.byteLength(text) };
    const parsed = parseEvidence(text, shown);
    if (!parsed.ok) {
        return {
            source,
            findings: parsed.problems.map((p) => ({
                rule: SOURCE_RULES.evidenceInvalid,
                severity: 'error',
                message: `evidence: ${p}`,
                help: 'Make the evidence match schema/dr-freshness-evidence.v1.json (drill.last_success_rfc3339, drill.type, drill.rpo_s, drill.rto_s, drill.result).'
            }))
        };
    }
    return { source, facts: factsOf(parsed.evidence), findings: [] };
}

;// CONCATENATED MODULE: ./lib/gates/dr-freshness/from-workflow.js
/**
 * Drill facts from the latest successful run of the drill workflow (GitHub REST API) and,
 * with artifact-name, from the evidence artifact that run uploaded.
 */






/** Pages of 100 runs read before giving up on finding a successful one. */
const MAX_RUN_PAGES = 10;
/** The overall deadline of the gate's API work, in multiples of api-timeout. */
const OVERALL_TIMEOUTS = 10;
/** Largest evidence artifact zip downloaded. */
const MAX_ARTIFACT_BYTES = 8 * 1024 * 1024;
function apiFailure(err, api) {
    if (err instanceof api.ApiError)
        throw new errors/* GateError */.ue(err.message, err.help);
    throw err;
}
async function fromWorkflow(q, api) {
    const options = {
        token: q.token,
        baseUrl: q.apiUrl,
        timeoutMs: q.timeoutMs,
        // All the gate's API work (up to MAX_RUN_PAGES pages, the artifact listing and download).
        deadline: Date.now() + OVERALL_TIMEOUTS * q.timeoutMs,
        retries: q.retries,
        maxRateLimitWaitS: 60,
        log: q.log
    };
    const client = api.createClient(options);
    const source = {
        kind: 'workflow',
        apiUrl: q.apiUrl,
        repository: q.repository,
        workflow: q.workflow,
        branch: q.branch ?? '',
        pagesRead: 0,
        runsSeen: 0,
        skippedForkOrPrRuns: 0
    };
    try {
        source.branch = q.branch || (await api.defaultBranch(client, options, q.repository));
        const found = await api.latestSuccessfulRun(client, options, {
            repository: q.repository,
            workflow: q.workflow,
            branch: source.branch,
            maxPages: MAX_RUN_PAGES
        });
        source.pagesRead = found.pagesRead;
        source.runsSeen = found.runsSeen;
        source.skippedForkOrPrRuns = found.skipped;
        const run = found.run;
        if (!run) {
            const skipped = found.skipped
                ? `; ${found.skipped} successful runs from forks or pull requests do not count`
                : '';
            return {
                source,
                findings: [
                    {
                        rule: SOURCE_RULES.noSuccessfulRun,
                        severity: 'error',
                        message: `age: no successful run of ${q.workflow} on ${source.branch} in ${q.repository} (read ${found.runsSeen} runs on ${found.pagesRead} page${found.pagesRead === 1 ? '' : 's'}${skipped}); expected at least one`,
                        help: `Run ${q.workflow} on ${source.branch} until it succeeds, or check 'workflow', 'repository' and 'branch'.`
                    }
                ]
            };
        }
        source.run = {
            id: run.id,
            number: run.runNumber,
            attempt: run.runAttempt,
            url: run.htmlUrl,
            event: run.event,
            headSha: run.headSha,
            startedAt: run.runStartedAt ?? run.createdAt,
            completedAt: run.updatedAt
        };
        q.log(`latest successful run of ${q.workflow} on ${source.branch}: ${run.htmlUrl ?? run.id}`);
        if (!q.artifactName) {
            return {
                source,
                // The run's start is the conservative time of the drill: it cannot have succeeded earlier.
                facts: {
                    lastSuccess: source.run.startedAt,
                    lastSuccessField: `run ${run.id} run_started_at`,
                    result: 'pass'
                },
                findings: [
                    {
                        rule: DRILL_RULES.unverified,
                        severity: 'warning',
                        message: `rpo/rto: not checked, only the run's age and success; expected the drill's evidence (give 'artifact-name')`,
                        help: "Give 'artifact-name' so the drill's RPO, RTO and result are checked against their budgets."
                    }
                ]
            };
        }
        const artifact = await api.findArtifact(client, options, q.repository, run.id, q.artifactName);
        source.artifact = {
            name: artifact.name,
            id: artifact.id,
            sizeInBytes: artifact.sizeInBytes,
            digest: artifact.digest
        };
        const zip = await api.downloadArtifactZip(client, options, q.repository, artifact, MAX_ARTIFACT_BYTES);
        return await evidenceFromZip(zip, q, source, run.updatedAt, api);
    }
    catch (err) {
        apiFailure(err, api);
    }
}
async function evidenceFromZip(zip, q, source, runCompletedAt, api) {
    const { readZipText, ZipError } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(8809)]).then(__webpack_require__.bind(__webpack_require__, 18809));
    const label = `artifact '${q.artifactName}' of run ${source.run?.id}`;
    let entry;
    try {
        entry = await readZipText(zip, q.artifactPath);
    }
    catch (err) {
        if (err instanceof ZipError) {
            throw new errors/* GateError */.ue(`${label}: ${err.message}`, 'Upload the drill evidence JSON as a plain file in this artifact.');
        }
        return apiFailure(err, api);
    }
    if (source.artifact)
        source.artifact.file = entry.name;
    await loadEvidenceValidator();
    const parsed = parseEvidence(entry.text, `${label}: ${entry.name}`);
    if (!parsed.ok) {
        return {
            source,
            findings: parsed.problems.map((p) => ({
                rule: SOURCE_RULES.evidenceInvalid,
                severity: 'error',
                message: `evidence: ${p}`,
                help: 'Make the drill write evidence that matches schema/dr-freshness-evidence.v1.json.'
            }))
        };
    }
    const facts = factsOf(parsed.evidence);
    const findings = [];
    const claimed = (0,timestamp/* parseRfc3339 */.T)(facts.lastSuccess ?? '');
    const completed = runCompletedAt ? (0,timestamp/* parseRfc3339 */.T)(runCompletedAt) : undefined;
    if (claimed.ok &&
        completed?.ok &&
        claimed.date.getTime() - completed.date.getTime() > MAX_CLOCK_SKEW_MS) {
        findings.push({
            rule: SOURCE_RULES.evidenceInconsistent,
            severity: 'error',
            message: `age: drill.last_success_rfc3339 ${facts.lastSuccess} is ${(0,duration/* formatDuration */.a)(claimed.date.getTime() - completed.date.getTime())} after run ${source.run?.id} finished (${runCompletedAt}); expected a time before the run that uploaded it ended`,
            help: 'The evidence cannot describe a drill that happened after its own run; check what the drill workflow uploads.'
        });
    }
    return { source, facts, findings };
}

;// CONCATENATED MODULE: ./lib/gates/dr-freshness/source.js
/** Whether the source's own findings leave the gate unable to decide. */
function sourceBlocksDecision(o) {
    return !o.facts || o.findings.some((f) => f.severity === 'error');
}

;// CONCATENATED MODULE: ./lib/gates/dr-freshness/index.js
/**
 * Gate: dr-freshness \u2014 block a release when the last successful disaster-recovery drill is
 * older than max-age, did not pass, or missed its RPO/RTO budget.
 */










/** A budget input; its range (action.yml `min`/`max`) was enforced when the inputs were parsed. */
function budgetInput(value, name) {
    if (value === undefined)
        throw new errors/* InputError */.dz(name, 'is required');
    return value;
}
function budgetOf(inputs) {
    return {
        maxAgeMs: budgetInput(inputs.duration('max-age'), 'max-age'),
        maxRpoS: budgetInput(inputs.number('max-rpo-seconds'), 'max-rpo-seconds'),
        maxRtoS: budgetInput(inputs.number('max-rto-seconds'), 'max-rto-seconds'),
        skewMs: MAX_CLOCK_SKEW_MS
    };
}
function nowOf(inputs, ctx) {
    const text = inputs.string('now');
    if (!text)
        return ctx.now();
    const parsed = (0,timestamp/* parseRfc3339 */.T)(text);
    if (!parsed.ok)
        throw new errors/* InputError */.dz('now', `${parsed.reason}`);
    return parsed.date;
}
/** The token: the input, unless it is empty or an unexpanded `${{ \u2026 }}` (the CLI), then the environment. */
function tokenOf(inputs, ctx) {
    const given = inputs.string('token')?.trim() ?? '';
    const token = given && !given.startsWith('${{') ? given : (ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '');
    if (!token) {
        throw new errors/* InputError */.dz('token', 'no GitHub token: give token (or set GITHUB_TOKEN / GH_TOKEN) with actions: read on the repository');
    }
    ctx.secret(token);
    return token;
}
async function readSource(inputs, ctx, loadApi) {
    const workflow = inputs.string('workflow')?.trim();
    const evidence = inputs.string('evidence')?.trim();
    const artifactName = inputs.string('artifact-name')?.trim();
    if (!workflow) {
        for (const name of ['artifact-name', 'branch', 'repository']) {
            if (inputs.string(name)?.trim())
                throw new errors/* InputError */.dz(name, "only applies with 'workflow'");
        }
        if (!evidence) {
            throw new errors/* InputError */.dz('evidence', "give 'evidence' (a drill evidence JSON file) or 'workflow' (the drill workflow, e.g. dr-drill.yml)");
        }
        await loadEvidenceValidator();
        return fromEvidenceFile(ctx.workspace, evidence);
    }
    if (evidence && !artifactName) {
        throw new errors/* InputError */.dz('evidence', "with 'workflow', 'evidence' names the file inside the artifact, so 'artifact-name' is needed too");
    }
    const repository = inputs.string('repository')?.trim() || ctx.env.GITHUB_REPOSITORY || '';
    if (!repository)
        throw new errors/* InputError */.dz('repository', 'give owner/name (GITHUB_REPOSITORY is not set)');
    const api = await loadApi();
    return fromWorkflow({
        apiUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        token: tokenOf(inputs, ctx),
        repository,
        workflow,
        branch: inputs.string('branch')?.trim() || undefined,
        artifactName: artifactName || undefined,
        artifactPath: evidence || undefined,
        timeoutMs: inputs.duration('api-timeout') ?? 30_000,
        retries: inputs.number('api-retries') ?? 3,
        log: ctx.log
    }, api);
}
function summaryOf(verdict, checks, findings) {
    const part = (c) => `${c.check} ${c.actual} (${c.expected.replace(/ \(.*\)$/, '')})`;
    if (verdict === 'pass') {
        const shown = checks.filter((c) => c.status === 'ok').map(part);
        const unverified = checks
            .filter((c) => c.status === 'unverified')
            .map((c) => c.check.toUpperCase());
        return `DR drill is fresh and within budget: ${shown.join('; ')}${unverified.length ? `; ${unverified.join('/')} not checked` : ''}`;
    }
    const bad = findings.filter((f) => f.severity === 'error').map((f) => f.message);
    const head = verdict === 'fail' ? 'DR drill blocks the release' : 'cannot judge the DR drill';
    return `${head}: ${bad[0] ?? 'see findings'}${bad.length > 1 ? ` (+${bad.length - 1} more)` : ''}`;
}
function createDrFreshness(loadApi = () => Promise.all(/* import() */[__webpack_require__.e(9726), __webpack_require__.e(5859)]).then(__webpack_require__.bind(__webpack_require__, 95859))) {
    return {
        name: 'dr-freshness',
        rules: RULES,
        async evaluate(inputs, ctx) {
            const budget = budgetOf(inputs);
            const now = nowOf(inputs, ctx);
            const outcome = await readSource(inputs, ctx, loadApi);
            const evidence = {
                source: outcome.source,
                now: (0,timestamp/* formatRfc3339 */.Z)(now),
                budget: {
                    maxAge: (0,duration/* formatDuration */.a)(budget.maxAgeMs),
                    maxAgeSeconds: budget.maxAgeMs / 1000,
                    maxRpoSeconds: budget.maxRpoS,
                    maxRtoSeconds: budget.maxRtoS,
                    clockSkewSeconds: MAX_CLOCK_SKEW_MS / 1000
                },
                checks: []
            };
            const findings = [...outcome.findings];
            const outputs = {
                'last-success': '',
                'age-seconds': '',
                'rpo-seconds': '',
                'rto-seconds': ''
            };
            let verdict = 'error';
            if (outcome.facts) {
                const a = assessDrill(outcome.facts, budget, now);
                const f = outcome.facts;
                findings.unshift(...a.findings);
                evidence.checks = a.checks;
                evidence.drill = {
                    type: f.type,
                    result: f.result,
                    lastSuccess: a.lastSuccess && (0,timestamp/* formatRfc3339 */.Z)(a.lastSuccess),
                    rpoSeconds: f.rpoS,
                    rtoSeconds: f.rtoS
                };
                if (a.ageMs !== undefined)
                    evidence.ageSeconds = Math.floor(Math.max(0, a.ageMs) / 1000);
                if (a.lastSuccess)
                    outputs['last-success'] = (0,timestamp/* formatRfc3339 */.Z)(a.lastSuccess);
                if (evidence.ageSeconds !== undefined)
                    outputs['age-seconds'] = String(evidence.ageSeconds);
                if (f.rpoS !== undefined)
                    outputs['rpo-seconds'] = String(f.rpoS);
                if (f.rtoS !== undefined)
                    outputs['rto-seconds'] = String(f.rtoS);
                verdict = a.verdict;
            }
            if (sourceBlocksDecision(outcome))
                verdict = 'error';
            return {
                verdict,
                summary: summaryOf(verdict, evidence.checks, findings),
                findings,
                evidence,
                outputs
            };
        }
    };
}
const drFreshness = createDrFreshness();


/***/ })

};
