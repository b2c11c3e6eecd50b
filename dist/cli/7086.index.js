export const id = 7086;
export const ids = [7086];
export const modules = {

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

/***/ 67086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  pipelineRun: () => (/* binding */ pipelineRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/github/client.js + 1 modules
var github_client = __webpack_require__(89726);
// EXTERNAL MODULE: ./lib/workflows/files.js
var files = __webpack_require__(60577);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(59800);
;// CONCATENATED MODULE: ./lib/telemetry/xml.js
/**
 * XML test and coverage reports read safely and in one streaming pass: the bytes through the one
 * file reader (regular file, size limit), then saxes (a strict XML 1.0 SAX parser: any
 * well-formedness error stops it, with line and column). Entity declarations are refused before
 * parsing \u2014 JUnit and Cobertura reports never declare entities, and a document that does is either
 * not a report or a "billion laughs" bomb; saxes itself expands only XML's predefined entities and
 * character references, never a DTD's. Nothing is built but what the caller keeps: the callbacks
 * see each element's name and attributes as it opens and closes, so memory does not grow with the
 * number of elements.
 */



/** Largest report read: far above any real JUnit or coverage file of one job. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Deepest element nesting accepted; real reports nest under ten levels. */
const MAX_XML_DEPTH = 256;
/** Parse XML text through `visitor`; returns the root element's name. */
function scanXml(text, what, visitor) {
    if (/<!ENTITY/i.test(text)) {
        throw new errors/* GateError */.ue(`${what} declares XML entities (<!ENTITY \u2026>); test and coverage reports never do, and entity expansion is refused (a "billion laughs" document would expand without bound)`, 'Pass the report the test tool wrote, unmodified.');
    }
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const path = [];
    let root;
    parser.on('error', (err) => {
        throw new errors/* GateError */.ue(`${what} is not well-formed XML: ${err.message}`, 'Pass the complete report the tool wrote (a truncated or hand-edited file is refused).', undefined, parser.line);
    });
    parser.on('opentag', (tag) => {
        if (path.length >= MAX_XML_DEPTH)
            throw new errors/* GateError */.ue(`${what}: elements nested more than ${MAX_XML_DEPTH} deep`, 'Pass the report the tool wrote.');
        root ??= tag.name;
        visitor.open(tag.name, tag.attributes, path);
        path.push(tag.name);
    });
    parser.on('closetag', (tag) => {
        path.pop();
        visitor.close?.(tag.name, path);
    });
    parser.write(text).close();
    if (root === undefined)
        throw new errors/* GateError */.ue(`${what} has no root element`, 'Pass one report per file.');
    return root;
}
function readXmlText(file, what) {
    return (0,read_file.readRegularTextFile)(file, { maxBytes: MAX_REPORT_BYTES, what });
}

;// CONCATENATED MODULE: ./lib/telemetry/coverage.js
/**
 * Coverage reports read into pipeline_run `tests.coverage` (fractions 0..1): lcov tracefiles
 * (`LF`/`LH` lines, `BRF`/`BRH` branches per record; `DA`/`BRDA` counted when a tool leaves the
 * totals out) and Cobertura XML (`lines-covered`/`lines-valid`, `branches-covered`/
 * `branches-valid` on the root; without them, the `<line>` elements and their
 * `condition-coverage="50% (1/2)"`). Several reports are summed by their counts, never by
 * averaging rates. A report that measured no branches gives no `branches_pct` (coverage.py writes
 * `branch-rate="0"` when branch measurement was off: that is "not measured", not 0 %).
 */



function count(v, what) {
    if (v === undefined || v.trim() === '')
        return undefined;
    if (!/^\d+$/.test(v.trim()))
        throw new errors/* GateError */.ue(`${what}: '${v}' is not a whole number`, 'Pass the report unmodified.');
    return Number(v.trim());
}
/** lcov tracefile text \u2192 counts. */
function lcovCounts(text, file) {
    const r = {
        file,
        format: 'lcov',
        linesValid: 0,
        linesCovered: 0,
        branchesValid: 0,
        branchesCovered: 0
    };
    let records = 0;
    let open = false;
    let rec = { lf: -1, lh: -1, brf: -1, brh: -1, da: 0, daHit: 0, brda: 0, brdaHit: 0 };
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const where = `${file}:${i + 1}`;
        if (line === 'end_of_record') {
            if (!open)
                throw new errors/* GateError */.ue(`${where}: end_of_record without SF:`, 'Pass the tracefile unmodified.');
            const lf = rec.lf >= 0 ? rec.lf : rec.da;
            const lh = rec.lh >= 0 ? rec.lh : rec.daHit;
            const brf = rec.brf >= 0 ? rec.brf : rec.brda;
            const brh = rec.brh >= 0 ? rec.brh : rec.brdaHit;
            if (lh > lf || brh > brf)
                throw new errors/* GateError */.ue(`${where}: more lines or branches hit than found (LH ${lh} / LF ${lf}, BRH ${brh} / BRF ${brf})`, 'Pass the tracefile unmodified.');
            r.linesValid += lf;
            r.linesCovered += lh;
            r.branchesValid += brf;
            r.branchesCovered += brh;
            records++;
            open = false;
            return;
        }
        const m = /^([A-Z]+):(.*)$/.exec(line);
        if (!m)
            throw new errors/* GateError */.ue(`${where}: '${line.slice(0, 40)}' is not an lcov record line`, "List only lcov tracefiles (lcov.info) or Cobertura XML in 'coverage'.");
        const [, key, value] = m;
        if (key === 'SF') {
            open = true;
            rec = { lf: -1, lh: -1, brf: -1, brh: -1, da: 0, daHit: 0, brda: 0, brdaHit: 0 };
            return;
        }
        if (!open)
            return; // TN:, VER: before the first SF:
        const num = (v) => count(v, where) ?? 0;
        if (key === 'LF')
            rec.lf = num(value);
        else if (key === 'LH')
            rec.lh = num(value);
        else if (key === 'BRF')
            rec.brf = num(value);
        else if (key === 'BRH')
            rec.brh = num(value);
        else if (key === 'DA') {
            rec.da++;
            const hits = value.split(',')[1]?.trim() ?? '';
            if (/^[1-9]\d*$/.test(hits))
                rec.daHit++;
        }
        else if (key === 'BRDA') {
            rec.brda++;
            const taken = value.split(',')[3]?.trim() ?? '';
            if (/^[1-9]\d*$/.test(taken))
                rec.brdaHit++;
        }
    });
    if (open)
        throw new errors/* GateError */.ue(`${file}: the last record has no end_of_record (truncated)`, 'Pass the complete tracefile.');
    if (records === 0)
        throw new errors/* GateError */.ue(`${file} holds no lcov record (SF: \u2026 end_of_record)`, "List only lcov tracefiles or Cobertura XML in 'coverage'.");
    return r;
}
/** `50% (1/2)` \u2192 [1, 2]. */
function conditions(v) {
    const m = v ? /\((\d+)\/(\d+)\)/.exec(v) : null;
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/** Cobertura XML text \u2192 counts. */
function coberturaCounts(text, file) {
    const where = `${file} <coverage>`;
    let rootAttrs = {};
    let lines = 0;
    let hit = 0;
    let branches = 0;
    let taken = 0;
    scanXml(text, `coverage report ${file}`, {
        open(name, attrs, path) {
            if (path.length === 0) {
                if (name !== 'coverage')
                    throw new errors/* GateError */.ue(`${file} is not a Cobertura report: its root element is <${name}>, not <coverage>`, "List only lcov tracefiles or Cobertura XML in 'coverage'.");
                rootAttrs = attrs;
                return;
            }
            // coverage > packages > package > classes > class > lines > line (methods repeat lines).
            if (name !== 'line' || path[path.length - 1] !== 'lines' || path[path.length - 2] !== 'class')
                return;
            lines++;
            const h = attrs.hits?.trim() ?? '';
            if (/^[1-9]\d*$/.test(h))
                hit++;
            if (attrs.branch === 'true') {
                const cc = conditions(attrs['condition-coverage']);
                if (cc) {
                    taken += cc[0];
                    branches += cc[1];
                }
            }
        }
    });
    const lv = count(rootAttrs['lines-valid'], where);
    const lc = count(rootAttrs['lines-covered'], where);
    const bv = count(rootAttrs['branches-valid'], where);
    const bc = count(rootAttrs['branches-covered'], where);
    const r = {
        file,
        format: 'cobertura',
        linesValid: lv !== undefined && lc !== undefined ? lv : lines,
        linesCovered: lv !== undefined && lc !== undefined ? lc : hit,
        branchesValid: bv !== undefined && bc !== undefined && bv > 0 ? bv : branches,
        branchesCovered: bv !== undefined && bc !== undefined && bv > 0 ? bc : taken
    };
    if (r.linesCovered > r.linesValid || r.branchesCovered > r.branchesValid)
        throw new errors/* GateError */.ue(`${file}: more lines or branches covered than valid`, 'Pass the report unmodified.');
    return r;
}
/** One coverage file, its format told by its first character (`<`: Cobertura XML). */
function readCoverageFile(file, shown = file) {
    const text = (0,read_file.readRegularTextFile)(file, { maxBytes: MAX_REPORT_BYTES, what: `coverage report` });
    return text.trimStart().startsWith('<') ? coberturaCounts(text, shown) : lcovCounts(text, shown);
}
/** Fractions of the summed counts; a measure nothing was counted for is left out. */
function coverageFractions(reports) {
    const s = { lv: 0, lc: 0, bv: 0, bc: 0 };
    for (const r of reports) {
        s.lv += r.linesValid;
        s.lc += r.linesCovered;
        s.bv += r.branchesValid;
        s.bc += r.branchesCovered;
    }
    const out = {};
    if (s.lv > 0)
        out.lines_pct = round(s.lc / s.lv);
    if (s.bv > 0)
        out.branches_pct = round(s.bc / s.bv);
    return out;
}
/** Six decimals: enough for a dashboard, stable in NDJSON. */
function round(x) {
    return Math.round(x * 1e6) / 1e6;
}

;// CONCATENATED MODULE: ./lib/telemetry/cost.js
/**
 * What a run cost: each job's billed minutes (GitHub rounds every job up to a whole minute) times
 * the per-minute price of its machine class, and its CPU seconds (duration \u00d7 vCPUs). The default
 * table is GitHub's published per-minute rates for hosted runners (docs.github.com, billing \u2192
 * "Actions runner pricing", the rates in force from 2026-01-01); docs/gates/pipeline-run.md lists
 * it. A `runner-prices` JSON file overrides or adds classes and maps runner labels to classes:
 *
 *   { "classes": { "linux-8-core": { "usd_per_minute": 0.022, "cpu": 8, "ram_gb": 32 } },
 *     "labels":  { "big-linux": "linux-8-core", "depot-ubuntu-24.04-arm-small": "linux-arm64-2" } }
 *
 * A job whose labels match no class is left unpriced (its cost is not guessed): the record's
 * `cost.usd` then covers the priced jobs only and the action says which jobs were left out.
 */




/** GitHub-hosted runner rates (USD per minute) and sizes, from 2026-01-01. */
const DEFAULT_PRICES = {
    classes: {
        'linux-1': { usd_per_minute: 0.002, cpu: 1, ram_gb: 5 },
        'linux-2': { usd_per_minute: 0.006, cpu: 2, ram_gb: 7 },
        'linux-arm64-2': { usd_per_minute: 0.005, cpu: 2, ram_gb: 7 },
        'windows-2': { usd_per_minute: 0.01, cpu: 2, ram_gb: 7 },
        'windows-arm64-2': { usd_per_minute: 0.008, cpu: 2, ram_gb: 7 },
        macos: { usd_per_minute: 0.062, cpu: 3, ram_gb: 7 },
        'macos-large': { usd_per_minute: 0.077, cpu: 12, ram_gb: 30 },
        'macos-xlarge': { usd_per_minute: 0.102, cpu: 5, ram_gb: 14 },
        'linux-4': { usd_per_minute: 0.012, cpu: 4, ram_gb: 16 },
        'linux-8': { usd_per_minute: 0.022, cpu: 8, ram_gb: 32 },
        'linux-16': { usd_per_minute: 0.042, cpu: 16, ram_gb: 64 },
        'linux-32': { usd_per_minute: 0.082, cpu: 32, ram_gb: 128 },
        'linux-64': { usd_per_minute: 0.162, cpu: 64, ram_gb: 256 },
        'linux-96': { usd_per_minute: 0.252, cpu: 96, ram_gb: 384 },
        'windows-4': { usd_per_minute: 0.022, cpu: 4, ram_gb: 16 },
        'windows-8': { usd_per_minute: 0.042, cpu: 8, ram_gb: 32 },
        'windows-16': { usd_per_minute: 0.082, cpu: 16, ram_gb: 64 },
        'windows-32': { usd_per_minute: 0.162, cpu: 32, ram_gb: 128 },
        'windows-64': { usd_per_minute: 0.322, cpu: 64, ram_gb: 256 },
        'linux-arm64-4': { usd_per_minute: 0.008, cpu: 4, ram_gb: 16 },
        'linux-arm64-8': { usd_per_minute: 0.014, cpu: 8, ram_gb: 32 },
        'linux-arm64-16': { usd_per_minute: 0.026, cpu: 16, ram_gb: 64 },
        'linux-arm64-32': { usd_per_minute: 0.05, cpu: 32, ram_gb: 128 },
        'linux-arm64-64': { usd_per_minute: 0.098, cpu: 64, ram_gb: 256 },
        /** Your own machines: GitHub bills no minutes for them; override with your own figure. */
        'self-hosted': { usd_per_minute: 0, cpu: 0 }
    },
    labels: {
        'ubuntu-slim': 'linux-1',
        'ubuntu-latest': 'linux-2',
        'ubuntu-24.04': 'linux-2',
        'ubuntu-22.04': 'linux-2',
        'ubuntu-20.04': 'linux-2',
        'ubuntu-18.04': 'linux-2',
        'ubuntu-24.04-arm': 'linux-arm64-2',
        'ubuntu-22.04-arm': 'linux-arm64-2',
        'windows-latest': 'windows-2',
        'windows-2025': 'windows-2',
        'windows-2022': 'windows-2',
        'windows-2019': 'windows-2',
        'windows-11-arm': 'windows-arm64-2',
        'macos-latest': 'macos',
        'macos-26': 'macos',
        'macos-15': 'macos',
        'macos-14': 'macos',
        'macos-13': 'macos',
        'macos-15-intel': 'macos',
        'macos-latest-large': 'macos-large',
        'macos-26-large': 'macos-large',
        'macos-15-large': 'macos-large',
        'macos-14-large': 'macos-large',
        'macos-13-large': 'macos-large',
        'macos-latest-xlarge': 'macos-xlarge',
        'macos-26-xlarge': 'macos-xlarge',
        'macos-15-xlarge': 'macos-xlarge',
        'macos-14-xlarge': 'macos-xlarge',
        'macos-13-xlarge': 'macos-xlarge',
        'self-hosted': 'self-hosted'
    }
};
/** The class a job's labels name: the first label the table knows (explicit labels first). */
function machineClassOf(labels, table) {
    const lower = labels.map((l) => l.toLowerCase());
    // A self-hosted runner's other labels (linux, x64, gpu) describe it; the class is the user's.
    const ordered = lower.includes('self-hosted')
        ? [...lower.filter((l) => l !== 'self-hosted'), 'self-hosted']
        : lower;
    for (const l of ordered) {
        const name = table.labels[l] ?? (table.classes[l] ? l : undefined);
        if (name && table.classes[name])
            return { name, machine: table.classes[name] };
    }
    return undefined;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function bad(file, where, what) {
    return new errors/* GateError */.ue(`runner-prices ${file}: ${where} ${what}`, 'Write { "classes": { "<class>": { "usd_per_minute": 0.006, "cpu": 2 } }, "labels": { "<runs-on label>": "<class>" } } (see docs/gates/pipeline-run.md).');
}
/** The default table with an override document merged over it. */
function mergePrices(doc, file, base = DEFAULT_PRICES) {
    if (!isObject(doc))
        throw bad(file, '/', 'must be a JSON object');
    for (const k of Object.keys(doc))
        if (k !== 'classes' && k !== 'labels')
            throw bad(file, `/${k}`, 'is not a known key (classes, labels)');
    const classes = { ...base.classes };
    const labels = { ...base.labels };
    if (doc.classes !== undefined) {
        if (!isObject(doc.classes))
            throw bad(file, '/classes', 'must be an object');
        for (const [name, c] of Object.entries(doc.classes)) {
            const at = `/classes/${name}`;
            if (!isObject(c))
                throw bad(file, at, 'must be an object');
            for (const k of Object.keys(c))
                if (!['usd_per_minute', 'cpu', 'ram_gb', 'gpu'].includes(k))
                    throw bad(file, `${at}/${k}`, 'is not a known key (usd_per_minute, cpu, ram_gb, gpu)');
            for (const k of ['usd_per_minute', 'cpu', 'ram_gb', 'gpu']) {
                const v = c[k];
                if (v === undefined && (k === 'ram_gb' || k === 'gpu'))
                    continue;
                if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1e6)
                    throw bad(file, `${at}/${k}`, 'must be a number \u2265 0');
            }
            classes[name] = c;
        }
    }
    if (doc.labels !== undefined) {
        if (!isObject(doc.labels))
            throw bad(file, '/labels', 'must be an object');
        for (const [label, cls] of Object.entries(doc.labels)) {
            if (typeof cls !== 'string' || !classes[cls])
                throw bad(file, `/labels/${label}`, `names no class (${JSON.stringify(cls)}); known: ${Object.keys(classes).join(', ')}`);
            labels[label.toLowerCase()] = cls;
        }
    }
    return { classes, labels };
}
function readPriceTable(file, shown = file) {
    const text = (0,read_file.readRegularTextFile)(file, { maxBytes: 1024 * 1024, what: "input 'runner-prices'" });
    return mergePrices((0,strict_json/* parseStrictJson */.RJ)(text, `runner-prices ${shown}`), shown);
}
/** Billed cost of the jobs that ran (a job without a class adds nothing). */
function runCost(jobs) {
    let usd = 0;
    let cpu = 0;
    let gpu = 0;
    let minutes = 0;
    for (const j of jobs) {
        if (!j.machine || j.durationMs <= 0)
            continue;
        const billed = Math.ceil(j.durationMs / 60_000);
        minutes += billed;
        usd += billed * j.machine.usd_per_minute;
        cpu += (j.durationMs / 1000) * j.machine.cpu;
        gpu += (j.durationMs / 1000) * (j.machine.gpu ?? 0);
    }
    return {
        usd: round(usd),
        cpu_seconds: round(cpu),
        gpu_seconds: round(gpu),
        billedMinutes: minutes
    };
}

;// CONCATENATED MODULE: ./lib/telemetry/evidence-bundle.js
/**
 * The release evidence, read for the fields a pipeline_run record carries from it: top-level
 * `image_digest` (`sha256:<64 hex>`), `sbom_uri`, `provenance_uri`, `signature_uri` and
 * `release_evidence_uri` (absolute URIs); null or absent means "none". The document is
 * evidence-bundle's `release-evidence.json` (schema/release-evidence.v1.json, the predicate), or
 * the in-toto Statement around it; a signed Sigstore bundle is refused with a pointer to the
 * predicate (its signature is evidence-verify's business, not a telemetry recorder's). Other
 * fields are ignored; a field of the wrong shape is an error (the record would fail its schema
 * anyway \u2014 here it names the file and the field).
 */



const EVIDENCE_FIELDS = [
    'image_digest',
    'sbom_uri',
    'provenance_uri',
    'signature_uri',
    'release_evidence_uri'
];
function isUri(v) {
    try {
        return /^[a-z][a-z0-9+.-]*:/i.test(v) && new URL(v).protocol !== '';
    }
    catch {
        return false;
    }
}
function evidenceLinks(doc, shown) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new errors/* GateError */.ue(`evidence bundle ${shown} is not a JSON object`, 'Pass the evidence bundle JSON the release wrote.');
    let d = doc;
    if (typeof d.mediaType === 'string' &&
        d.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
        throw new errors/* GateError */.ue(`evidence bundle ${shown} is a signed Sigstore bundle, not the release evidence itself`, "Pass evidence-bundle's release-evidence.json (in its evidence-dir) to 'evidence-bundle'; verify the signed bundle with evidence-verify.");
    if (d._type === 'https://in-toto.io/Statement/v1') {
        const predicate = d.predicate;
        if (typeof predicate !== 'object' || predicate === null || Array.isArray(predicate))
            throw new errors/* GateError */.ue(`evidence bundle ${shown}: the in-toto Statement has no predicate object`, 'Pass the release-evidence.json evidence-bundle wrote.');
        d = predicate;
    }
    const out = {};
    for (const k of EVIDENCE_FIELDS) {
        const v = d[k];
        if (v === undefined || v === null)
            continue;
        const ok = typeof v === 'string' &&
            (k === 'image_digest' ? /^sha256:[0-9a-fA-F]{64}$/.test(v) : isUri(v));
        if (!ok)
            throw new errors/* GateError */.ue(`evidence bundle ${shown}: ${k} ${k === 'image_digest' ? 'must be sha256:<64 hex digits>' : 'must be an absolute URI'} (is ${JSON.stringify(v).slice(0, 80)})`, 'Fix the evidence bundle (docs/gates/pipeline-run.md lists the fields read).');
        out[k] = v;
    }
    return out;
}
function readEvidenceBundle(file, shown = file) {
    const text = (0,read_file.readRegularTextFile)(file, {
        maxBytes: 16 * 1024 * 1024,
        what: "input 'evidence-bundle'"
    });
    return evidenceLinks((0,strict_json/* parseStrictJson */.RJ)(text, `evidence bundle ${shown}`), shown);
}

// EXTERNAL MODULE: ./lib/cache/events.js
var events = __webpack_require__(17645);
;// CONCATENATED MODULE: ./lib/telemetry/gate-records.js
/**
 * The records the hub's gates leave behind in a job: `policies.ndjson` (one `policies[]` record
 * per gate run, src/core/report/files.ts) and `cache-events.ndjson` (cache-sentinel's restores,
 * src/cache/events.ts), both under `$RUNNER_TEMP/ci-intel/`. The recording job gets the other
 * jobs' folders as their `ci-intel-evidence-<job>` artifacts (download-artifact puts each in a
 * folder of its name), so a folder is searched for both files, a few levels deep. Every line must
 * be a JSON object of the right shape: a malformed record is an error naming file and line.
 */






const POLICIES_FILE = 'policies.ndjson';
const MAX_RECORD_FILE_BYTES = 16 * 1024 * 1024;
const MAX_DEPTH = 4;
const MAX_ENTRIES = 10_000;
/**
 * Never searched: `quarantine/` holds cache entries cache-sentinel rejected (attacker-controlled
 * files, which could be named policies.ndjson), `results/` the gates' full results.
 */
const SKIP_DIRS = new Set(['quarantine', 'results', 'node_modules', '.git']);
/** `policies.ndjson` and `cache-events.ndjson` under each path (a file, or a folder searched). */
function findRecordFiles(paths, missing = []) {
    const out = new Set();
    let left = MAX_ENTRIES;
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (err) {
            throw new errors/* GateError */.ue(`cannot list the records folder ${dir} (${err.code ?? err.message})`, "Check 'records': folders the gates' records were downloaded to.");
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (--left < 0)
                throw new errors/* GateError */.ue(`more than ${MAX_ENTRIES} entries under ${dir}`, "Point 'records' at the downloaded evidence folders only.");
            const full = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory()) {
                if (depth < MAX_DEPTH && !SKIP_DIRS.has(e.name))
                    walk(full, depth + 1);
            }
            else if (e.isFile() && (e.name === POLICIES_FILE || e.name === events/* EVENTS_FILE */.Pc))
                out.add(full);
        }
    };
    for (const p of paths) {
        let isDir;
        try {
            isDir = (0,external_node_fs_.statSync)(p).isDirectory();
        }
        catch {
            missing.push(p); // absent: nothing recorded there (a job that ran no gate)
            continue;
        }
        if (isDir)
            walk(p, 0);
        else
            out.add(p);
    }
    return [...out];
}
const gate_records_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function lines(file) {
    const text = (0,read_file.readRegularTextFile)(file, {
        maxBytes: MAX_RECORD_FILE_BYTES,
        what: 'gate record file'
    });
    const out = [];
    text.split('\n').forEach((l, i) => {
        if (l.trim() === '')
            return;
        const doc = (0,strict_json/* parseStrictJson */.RJ)(l, `${file} line ${i + 1}`);
        if (!gate_records_isObject(doc))
            throw new errors/* GateError */.ue(`${file} line ${i + 1}: a record must be a JSON object`, 'Pass the files the gates wrote, unmodified.', file, i + 1);
        out.push({ line: i + 1, doc });
    });
    return out;
}
/** The job a folder `ci-intel-evidence-<job>` stands for. */
function jobOfFolder(file) {
    const m = /^ci-intel-evidence-(.+)$/.exec((0,external_node_path_.basename)((0,external_node_path_.dirname)(file)));
    return m?.[1];
}
function readGateRecords(paths) {
    const missing = [];
    const files = findRecordFiles(paths, missing);
    const r = { policies: [], cacheEvents: [], quarantines: 0, files, missing };
    for (const file of files) {
        const bad = (line, what) => new errors/* GateError */.ue(`${file} line ${line}: ${what}`, 'Pass the files the gates wrote, unmodified.', file, line);
        if ((0,external_node_path_.basename)(file) === POLICIES_FILE) {
            for (const { line, doc } of lines(file)) {
                if (typeof doc.id !== 'string' || doc.id === '')
                    throw bad(line, 'a policy record needs an id');
                if (doc.result !== 'allow' && doc.result !== 'deny' && doc.result !== 'warn')
                    throw bad(line, `result must be allow, deny or warn (is ${JSON.stringify(doc.result)})`);
                const p = { id: doc.id, result: doc.result };
                if (typeof doc.reason === 'string')
                    p.reason = doc.reason;
                if (typeof doc.docs_uri === 'string')
                    p.docs_uri = doc.docs_uri;
                if (doc.time_ns !== undefined) {
                    if (typeof doc.time_ns !== 'number' || !Number.isInteger(doc.time_ns) || doc.time_ns < 0)
                        throw bad(line, 'time_ns must be a whole number \u2265 0');
                    p.time_ns = doc.time_ns;
                }
                r.policies.push(p);
            }
        }
        else {
            for (const { line, doc } of lines(file)) {
                if (doc.event === 'cache_quarantine') {
                    r.quarantines++;
                    continue;
                }
                if (doc.event !== 'cache_events')
                    continue; // other telemetry shares the file
                if (typeof doc.hit !== 'boolean' || typeof doc.key !== 'string' || doc.key === '')
                    throw bad(line, 'a cache_events record needs hit (boolean) and key (string)');
                r.cacheEvents.push({ hit: doc.hit, key: doc.key, job: jobOfFolder(file), file });
            }
        }
    }
    return r;
}

// EXTERNAL MODULE: ./lib/github/paginate.js
var paginate = __webpack_require__(53618);
;// CONCATENATED MODULE: ./lib/telemetry/github-run.js
/**
 * One workflow run attempt as the GitHub REST API describes it, read through the hub's one client
 * (src/github: retries, deadlines, bounded strict-JSON bodies, the token only to its origin):
 * `GET /repos/{o}/{r}/actions/runs/{id}` (or `\u2026/attempts/{n}` for a given attempt) and every page
 * of `\u2026/runs/{id}/attempts/{n}/jobs` (100 a page). Both answers are checked for the fields the
 * record rests on; a listing that ends before `total_count` jobs is refused, never recorded short.
 */



/** 100 a page; a workflow run has at most a few hundred jobs (256 per matrix). */
const MAX_JOB_PAGES = 50;
const NOT_GITHUB = 'Check GITHUB_API_URL points at a GitHub REST API.';
const github_run_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);
function shapeError(endpoint, what) {
    return new errors/* GateError */.ue(`${endpoint}: the answer ${what}`, NOT_GITHUB);
}
function toRun(raw, endpoint, repository) {
    if (!github_run_isObject(raw))
        throw shapeError(endpoint, 'is not a workflow run object');
    const r = raw;
    if (typeof r.id !== 'number')
        throw shapeError(endpoint, 'has no numeric id');
    if (typeof r.head_sha !== 'string')
        throw shapeError(endpoint, 'has no head_sha');
    if (typeof r.status !== 'string')
        throw shapeError(endpoint, 'has no status');
    if (typeof r.created_at !== 'string')
        throw shapeError(endpoint, 'has no created_at');
    const repo = github_run_isObject(r.repository) ? str(r.repository.full_name) : undefined;
    const prs = Array.isArray(r.pull_requests)
        ? r.pull_requests
            .map((p) => (github_run_isObject(p) && typeof p.number === 'number' ? p.number : undefined))
            .filter((n) => n !== undefined)
        : [];
    return {
        id: r.id,
        attempt: typeof r.run_attempt === 'number' ? r.run_attempt : 1,
        repository: repo ?? repository,
        name: str(r.name),
        event: str(r.event),
        status: r.status,
        conclusion: str(r.conclusion) ?? null,
        headSha: r.head_sha,
        headBranch: str(r.head_branch) ?? null,
        pullRequests: prs,
        createdAt: r.created_at,
        runStartedAt: str(r.run_started_at),
        updatedAt: str(r.updated_at),
        htmlUrl: str(r.html_url)
    };
}
function toJob(raw, endpoint, index) {
    const at = `job ${index}`;
    if (!github_run_isObject(raw))
        throw shapeError(endpoint, `${at} is not an object`);
    const j = raw;
    if (typeof j.id !== 'number')
        throw shapeError(endpoint, `${at} has no numeric id`);
    if (typeof j.name !== 'string')
        throw shapeError(endpoint, `${at} has no name`);
    if (typeof j.status !== 'string')
        throw shapeError(endpoint, `${at} has no status`);
    return {
        id: j.id,
        name: j.name,
        status: j.status,
        conclusion: str(j.conclusion) ?? null,
        attempt: typeof j.run_attempt === 'number' ? j.run_attempt : undefined,
        createdAt: str(j.created_at),
        startedAt: str(j.started_at),
        completedAt: str(j.completed_at) ?? null,
        runnerName: str(j.runner_name) ?? null,
        runnerGroupName: str(j.runner_group_name) ?? null,
        labels: Array.isArray(j.labels)
            ? j.labels.filter((l) => typeof l === 'string')
            : [],
        htmlUrl: str(j.html_url)
    };
}
function splitRepo(repository) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!m)
        throw new errors/* GateError */.ue(`repository '${repository}' is not owner/name`, "Set 'repository' to owner/name (default: GITHUB_REPOSITORY).");
    return { owner: m[1], repo: m[2] };
}
/** The run (as of `attempt`, or its latest attempt) and every job of that attempt. */
async function fetchRunAndJobs(client, q) {
    const { owner, repo } = splitRepo(q.repository);
    const runPath = q.attempt === undefined
        ? (0,github_client.expandPath)('/repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: q.runId })
        : (0,github_client.expandPath)('/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', {
            owner,
            repo,
            run_id: q.runId,
            attempt_number: q.attempt
        });
    const run = toRun((await client.request(runPath)).data, `GET ${runPath}`, q.repository);
    if (run.id !== q.runId)
        throw shapeError(`GET ${runPath}`, `describes run ${run.id}, not ${q.runId}`);
    const attempt = q.attempt ?? run.attempt;
    if (run.attempt !== attempt)
        throw shapeError(`GET ${runPath}`, `describes attempt ${run.attempt}, not ${attempt}`);
    const jobsPath = (0,github_client.expandPath)('/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', { owner, repo, run_id: q.runId, attempt_number: attempt });
    const jobs = [];
    const seen = new Set();
    let total;
    let pages = 0;
    const maxPages = q.maxPages ?? MAX_JOB_PAGES;
    for await (const page of (0,paginate/* paginate */.E)(client, jobsPath, { query: { per_page: 100 }, maxPages })) {
        pages++;
        const endpoint = `GET ${jobsPath} (page ${page.number})`;
        const data = page.data;
        if (!github_run_isObject(data) || !Array.isArray(data.jobs))
            throw shapeError(endpoint, 'is not a list of jobs (no jobs array)');
        if (typeof data.total_count === 'number')
            total = data.total_count;
        for (const raw of data.jobs) {
            const job = toJob(raw, endpoint, jobs.length);
            if (seen.has(job.id))
                continue; // a job that moved between pages while they were read
            seen.add(job.id);
            jobs.push(job);
        }
        if (page.hasNext && page.number === maxPages)
            throw new errors/* GateError */.ue(`${jobsPath}: more than ${maxPages} pages of jobs`, 'A run this large is not recorded partially; record it from a workflow_run trigger with a narrower scope.');
    }
    if (total !== undefined && jobs.length < total)
        throw new errors/* GateError */.ue(`GET ${jobsPath}: ${jobs.length} jobs listed, total_count says ${total}`, 'The listing ended early (a page went missing); re-run the recorder.');
    return { run, jobs, pages };
}

;// CONCATENATED MODULE: ./lib/telemetry/junit.js
/**
 * JUnit XML as the test tools write it, read into the pipeline_run `tests` counts in one streaming
 * pass. One reader for the flavours in use: jest-junit and pytest (`<testsuites>` root, or
 * pytest's older bare `<testsuite>`), go-junit-report (`<testsuites>` with per-package suites,
 * `<skipped>`), and Maven Surefire (`<testsuite>` root; `flakyFailure`/`flakyError` on a test that
 * passed on a rerun, `rerunFailure`/`rerunError` beside the final `failure`/`error`). Counts come
 * from the `<testcase>` elements themselves, never from the suites' `tests=`/`failures=`
 * attributes (which some tools omit and others get wrong); a disagreement is reported.
 */


const FAILED = new Set(['failure', 'error', 'rerunFailure', 'rerunError']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const SKIPPED = new Set(['skipped', 'disabled']);
/** Deepest suite nesting read; real reports nest two or three levels. */
const MAX_SUITE_DEPTH = 64;
/** Seconds as JUnit writes them (`0.683`, `1,234.5` from some locales) \u2192 ms, or undefined. */
function seconds(v) {
    if (v === undefined)
        return undefined;
    const t = v.trim().replace(/,(?=\d{3}(\D|$))/g, '');
    if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t))
        return undefined;
    const n = Number(t) * 1000;
    return Number.isFinite(n) ? n : undefined;
}
function emptyTotals() {
    return { total: 0, failed: 0, skipped: 0, flaky: 0, durationMs: 0 };
}
function add(into, t) {
    into.total += t.total;
    into.failed += t.failed;
    into.skipped += t.skipped;
    into.flaky += t.flaky;
    into.durationMs += t.durationMs;
}
/** Totals of one JUnit document (its text). */
function junitTotals(text, file) {
    const report = { file, suites: 0, mismatches: [], ...emptyTotals() };
    const t = emptyTotals();
    const suites = [];
    let tc;
    const root = scanXml(text, `JUnit report ${file}`, {
        open(name, attrs, path) {
            if (path.length === 0 && name !== 'testsuites' && name !== 'testsuite')
                throw new errors/* GateError */.ue(`${file} is not a JUnit XML report: its root element is <${name}>, not <testsuites> or <testsuite>`, "List only JUnit XML files in 'junit' (jest-junit, pytest --junitxml, go-junit-report, Surefire reports).");
            const parent = path[path.length - 1];
            if (name === 'testsuite' &&
                (path.length === 0 || parent === 'testsuites' || parent === 'testsuite')) {
                if (suites.length >= MAX_SUITE_DEPTH)
                    throw new errors/* GateError */.ue(`${file}: test suites nested more than ${MAX_SUITE_DEPTH} deep`);
                const up = suites[suites.length - 1];
                if (up)
                    up.nested++;
                suites.push({
                    name: attrs.name,
                    time: attrs.time,
                    tests: attrs.tests,
                    cases: 0,
                    caseMs: 0,
                    nested: 0,
                    own: emptyTotals()
                });
                report.suites++;
            }
            else if (name === 'testcase' && parent === 'testsuite') {
                tc = { time: attrs.time, failed: false, skipped: false, flaky: false };
            }
            else if (tc && parent === 'testcase') {
                if (FAILED.has(name))
                    tc.failed = true;
                else if (SKIPPED.has(name))
                    tc.skipped = true;
                else if (FLAKY.has(name))
                    tc.flaky = true;
            }
        },
        close(name, path) {
            const parent = path[path.length - 1];
            if (name === 'testcase' && tc && parent === 'testsuite') {
                const s = suites[suites.length - 1];
                s.cases++;
                s.own.total++;
                if (tc.failed)
                    s.own.failed++;
                else if (tc.skipped)
                    s.own.skipped++;
                else if (tc.flaky)
                    s.own.flaky++;
                s.caseMs += seconds(tc.time) ?? 0;
                tc = undefined;
            }
            else if (name === 'testsuite' &&
                suites.length &&
                (path.length === 0 || parent === 'testsuites' || parent === 'testsuite')) {
                const s = suites.pop();
                if (s.nested === 0 || s.cases > 0) {
                    s.own.durationMs = seconds(s.time) ?? s.caseMs;
                    if (s.tests !== undefined && s.nested === 0 && Number(s.tests) !== s.cases)
                        report.mismatches.push(`suite '${s.name ?? '?'}' declares tests="${s.tests}" and holds ${s.cases} test cases`);
                }
                add(t, s.own);
            }
        }
    });
    void root;
    return { ...report, ...t, durationMs: Math.round(t.durationMs) };
}
function readJUnitFile(file, shown = file) {
    return junitTotals(readXmlText(file, `JUnit report ${shown}`), shown);
}
/** The sum over several reports. */
function sumJUnit(reports) {
    const t = emptyTotals();
    for (const r of reports)
        add(t, r);
    return t;
}

;// CONCATENATED MODULE: ./lib/telemetry/mutation.js
/**
 * A mutation-testing report in the mutation-testing-elements format (StrykerJS `mutation.json`,
 * also written by Stryker.NET, Infection, \u2026) read into pipeline_run `tests.resilience`.
 *
 * The report is checked for what the record rests on, with the report schema's own bounds:
 * `thresholds.high`/`low` numbers in 0..100 (`break` too, or null), `files` an object of
 * `{language, source, mutants[]}`, every mutant with a string `id` and `mutatorName`, a
 * `location` with whole-number `start`/`end` line and column \u2265 1, and a known `status`.
 *
 * Counts, per the hub's metrics dictionary (resilience = killed / max(1, mutants_total \u2212 equiv)):
 * - `mutants_total`: mutants with a result, that is all but CompileError / RuntimeError (they never
 *   ran) and Pending (not run yet; reported as a warning),
 * - `killed`: Killed; `timeout`: Timeout (Stryker counts a timeout as detected; the dictionary's
 *   score does not, so it is kept apart and Stryker's own score is in the evidence),
 * - `equiv`: Ignored \u2014 the mutants a project excluded (Stryker's `// Stryker disable \u2026 : reason`,
 *   its way of dropping equivalent mutants); `equivalent_mutants_dropped` says whether any were.
 */




const MUTANT_STATUSES = [
    'Killed',
    'Survived',
    'NoCoverage',
    'CompileError',
    'RuntimeError',
    'Timeout',
    'Ignored',
    'Pending'
];
const MAX_MUTATION_REPORT_BYTES = 128 * 1024 * 1024;
/** The record of a run without mutation testing: no mutants, score 0 by the same formula. */
const NO_MUTATION_TESTING = {
    mutants_total: 0,
    killed: 0,
    equiv: 0,
    timeout: 0,
    score: 0
};
const mutation_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function problem(file, pointer, message) {
    return new errors/* GateError */.ue(`mutation report ${file}: ${pointer} ${message}`, 'Pass the mutation.json the mutation-testing tool wrote (StrykerJS: reporters: ["json"]); the report schema is https://github.com/stryker-mutator/mutation-testing-elements/tree/master/packages/report-schema.');
}
function percent(file, pointer, v, nullable = false) {
    if (nullable && v === null)
        return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
        throw problem(file, pointer, `must be a number from 0 to 100 (is ${JSON.stringify(v)})`);
}
function position(file, pointer, v) {
    if (!mutation_isObject(v))
        throw problem(file, pointer, 'must be an object with line and column');
    for (const k of ['line', 'column']) {
        const n = v[k];
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
            throw problem(file, `${pointer}/${k}`, `must be a whole number \u2265 1 (is ${JSON.stringify(n)})`);
    }
}
/** Check and count a parsed report. */
function mutationReport(doc, file) {
    if (!mutation_isObject(doc))
        throw problem(file, '/', 'must be a JSON object');
    const sv = doc.schemaVersion;
    if (sv !== undefined && typeof sv !== 'string' && typeof sv !== 'number')
        throw problem(file, '/schemaVersion', 'must be a string');
    const th = doc.thresholds;
    if (!mutation_isObject(th))
        throw problem(file, '/thresholds', 'is required (an object with high and low)');
    percent(file, '/thresholds/high', th.high);
    percent(file, '/thresholds/low', th.low);
    if ('break' in th)
        percent(file, '/thresholds/break', th.break, true);
    const files = doc.files;
    if (!mutation_isObject(files))
        throw problem(file, '/files', 'is required (an object of source files)');
    const statuses = Object.fromEntries(MUTANT_STATUSES.map((s) => [s, 0]));
    for (const [name, f] of Object.entries(files)) {
        const at = `/files/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (!mutation_isObject(f))
            throw problem(file, at, 'must be an object');
        if (typeof f.language !== 'string')
            throw problem(file, `${at}/language`, 'must be a string');
        if (typeof f.source !== 'string')
            throw problem(file, `${at}/source`, 'must be a string');
        if (!Array.isArray(f.mutants))
            throw problem(file, `${at}/mutants`, 'must be an array');
        f.mutants.forEach((m, i) => {
            const mp = `${at}/mutants/${i}`;
            if (!mutation_isObject(m))
                throw problem(file, mp, 'must be an object');
            if (typeof m.id !== 'string')
                throw problem(file, `${mp}/id`, 'must be a string');
            if (typeof m.mutatorName !== 'string')
                throw problem(file, `${mp}/mutatorName`, 'must be a string');
            if (!mutation_isObject(m.location))
                throw problem(file, `${mp}/location`, 'is required');
            position(file, `${mp}/location/start`, m.location.start);
            position(file, `${mp}/location/end`, m.location.end);
            const s = m.status;
            if (typeof s !== 'string' || !MUTANT_STATUSES.includes(s))
                throw problem(file, `${mp}/status`, `must be one of ${MUTANT_STATUSES.join(', ')} (is ${JSON.stringify(s)})`);
            statuses[s]++;
        });
    }
    const all = Object.values(statuses).reduce((a, b) => a + b, 0);
    const total = all - statuses.CompileError - statuses.RuntimeError - statuses.Pending;
    const equiv = statuses.Ignored;
    const resilience = {
        mutants_total: total,
        killed: statuses.Killed,
        equiv,
        timeout: statuses.Timeout,
        score: round(statuses.Killed / Math.max(1, total - equiv)),
        equivalent_mutants_dropped: equiv > 0
    };
    const detected = statuses.Killed + statuses.Timeout;
    const valid = detected + statuses.Survived + statuses.NoCoverage;
    return {
        file,
        schemaVersion: sv === undefined ? undefined : String(sv),
        statuses,
        resilience,
        strykerScore: valid === 0 ? 0 : round(detected / valid),
        thresholds: {
            high: th.high,
            low: th.low,
            ...('break' in th ? { break: th.break } : {})
        }
    };
}
function readMutationReport(file, shown = file) {
    const text = (0,read_file.readRegularTextFile)(file, {
        maxBytes: MAX_MUTATION_REPORT_BYTES,
        what: "input 'mutation'"
    });
    return mutationReport((0,strict_json/* parseStrictJson */.RJ)(text, `mutation report ${shown}`), shown);
}

// EXTERNAL MODULE: ./lib/telemetry/record-schema.js + 1 modules
var record_schema = __webpack_require__(62716);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/telemetry/run-id.js
/**
 * The `run_id` of a pipeline_run record: a deterministic UUID of (repository, run id, attempt),
 * so the same attempt recorded twice (a re-run of the recorder, a backfill) gets the same id and a
 * warehouse's unique(run_id) test holds. RFC 9562 UUIDv8 (custom) built from SHA-256 of a
 * namespaced name, as its appendix B.2 describes: the first 16 bytes of the hash with the version
 * and variant bits set. The repository is lower-cased (GitHub owner/name is case-insensitive).
 */

/** Prefix of the hashed name, so other ids derived from the same triple never collide. */
const RUN_ID_NAMESPACE = 'ci-intel/pipeline_run/v1';
function pipelineRunId(repository, runId, attempt) {
    const name = `${RUN_ID_NAMESPACE}\n${repository.toLowerCase()}\n${String(runId)}\n${attempt}`;
    const b = (0,external_node_crypto_.createHash)('sha256').update(name, 'utf8').digest().subarray(0, 16);
    b[6] = (b[6] & 0x0f) | 0x80; // version 8
    b[8] = (b[8] & 0x3f) | 0x80; // variant 10xx
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

;// CONCATENATED MODULE: ./lib/telemetry/run-record.js
/**
 * The pipeline_run.v1.2 record of one workflow run attempt, assembled from what the GitHub API
 * said about the run and its jobs and what the run left behind (gate records, test, coverage and
 * mutation reports, the evidence bundle). Pure: no I/O, the clock passed in. Validation against
 * the schema is the caller's (src/telemetry/record-schema.ts), before anything is written.
 *
 * Only finished jobs are recorded. Recording the run it runs in (the last job of the workflow),
 * its own job and any other still running are left out and listed; on `workflow_run: completed`
 * every job is finished.
 */





/** A job's or a run's conclusion in the record's words; anything unknown is an error. */
function statusOf(conclusion, what) {
    switch (conclusion) {
        case 'success':
        case 'neutral':
            return 'success';
        case 'failure':
        case 'timed_out':
        case 'startup_failure':
        case 'action_required':
            return 'failed';
        case 'cancelled':
        case 'stale':
            return 'canceled';
        case 'skipped':
            return 'skipped';
        default:
            throw new errors/* GateError */.ue(`${what} has the conclusion ${JSON.stringify(conclusion)}, which the recorder does not know`, 'Report this to the hub: GitHub may have added a conclusion.');
    }
}
function ms(a, b) {
    if (!a || !b)
        return undefined;
    const d = Date.parse(b) - Date.parse(a);
    return Number.isFinite(d) ? Math.max(0, d) : undefined;
}
function osOf(labels) {
    const l = labels.map((x) => x.toLowerCase());
    if (l.some((x) => x.startsWith('ubuntu') || x === 'linux'))
        return 'linux';
    if (l.some((x) => x.startsWith('windows')))
        return 'windows';
    if (l.some((x) => x.startsWith('macos') || x === 'macos'))
        return 'macos';
    return undefined;
}
function typeOf(job) {
    if (job.labels.some((l) => l.toLowerCase() === 'self-hosted'))
        return 'self-hosted';
    if (job.runnerGroupName === 'GitHub Actions')
        return 'hosted';
    return undefined;
}
/** The one value all items agree on, else undefined. */
function agreed(values) {
    const first = values[0];
    return first !== undefined && values.every((v) => v === first) ? first : undefined;
}
/** A job matches a cache event's folder `ci-intel-evidence-<job>` by its name (or `caller / <job>`). */
function jobMatches(name, job) {
    return job !== undefined && (name === job || name.endsWith(` / ${job}`));
}
function buildRecord(x) {
    const { run } = x;
    const finished = x.jobs.filter((j) => j.status === 'completed');
    const leftOut = x.jobs
        .filter((j) => j.status !== 'completed')
        .map((j) => ({ name: j.name, status: j.status }));
    if (finished.length === 0)
        throw new errors/* GateError */.ue(`run ${run.id} attempt ${run.attempt} has no finished job yet (${x.jobs.length} listed, none completed): there is nothing to record`, 'Run pipeline-run as the last job (needs: every other job, if: always()) or on workflow_run: completed.');
    if (run.headBranch === null || run.headBranch === '')
        throw new errors/* GateError */.ue(`run ${run.id} has no head_branch`, 'The API did not say which branch ran; re-run the recorder or record it from workflow_run.');
    const unpriced = [];
    const costs = [];
    const events = x.cacheEvents ?? [];
    const jobs = finished.map((j) => {
        const duration = ms(j.startedAt, j.completedAt) ?? 0;
        const cls = machineClassOf(j.labels, x.prices);
        if (!cls && duration > 0)
            unpriced.push({ name: j.name, labels: j.labels });
        costs.push({ durationMs: duration, machine: cls?.machine });
        const out = {
            id: String(j.id),
            name: j.name,
            status: statusOf(j.conclusion, `job '${j.name}' (${j.id})`),
            attempt: j.attempt ?? run.attempt,
            duration_ms: duration
        };
        const queue = ms(j.createdAt, j.startedAt);
        if (queue !== undefined)
            out.queue_ms = queue;
        const mine = events.filter((e) => jobMatches(j.name, e.job));
        if (mine.length)
            out.cache = { hit: mine.some((e) => e.hit), key: mine[0].key };
        const machineClass = cls?.name ?? j.labels[0];
        if (machineClass) {
            out.machine = { class: machineClass };
            if (cls && cls.machine.cpu > 0)
                out.machine.cpu = String(cls.machine.cpu);
            if (cls?.machine.ram_gb !== undefined)
                out.machine.ram_gb = cls.machine.ram_gb;
        }
        if (j.htmlUrl)
            out.logs_uri = j.htmlUrl;
        return out;
    });
    let status;
    if (run.status === 'completed' && run.conclusion !== null) {
        status = statusOf(run.conclusion, `run ${run.id}`);
    }
    else if (jobs.some((j) => j.status === 'failed'))
        status = 'failed';
    else if (jobs.some((j) => j.status === 'canceled'))
        status = 'canceled';
    else if (jobs.every((j) => j.status === 'skipped'))
        status = 'skipped';
    else
        status = 'success';
    const startedAt = run.runStartedAt ?? run.createdAt;
    const ends = finished
        .map((j) => j.completedAt)
        .filter((t) => typeof t === 'string' && Number.isFinite(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b));
    let endedAt = ends.at(-1) ?? run.updatedAt ?? startedAt;
    if (Date.parse(endedAt) < Date.parse(startedAt))
        endedAt = startedAt;
    const firstStart = finished
        .map((j) => j.startedAt)
        .filter((t) => typeof t === 'string' && Number.isFinite(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    const cost = runCost(costs);
    // Built in the schema's property order; jobs, tests and cost follow below.
    const record = {
        schema: 'pipeline_run.v1.2',
        run_id: pipelineRunId(run.repository, run.id, run.attempt),
        repo: run.repository,
        commit_sha: run.headSha,
        branch: run.headBranch,
        pr: run.event?.startsWith('pull_request')
            ? (run.pullRequests[0] ?? x.eventPullRequest ?? null)
            : null,
        started_at: startedAt,
        ended_at: endedAt,
        status
    };
    const queue = ms(startedAt, firstStart);
    if (queue !== undefined)
        record.queue_ms = queue;
    Object.assign(record, x.evidence ?? {});
    const os = agreed(finished.map((j) => osOf(j.labels)));
    if (os)
        record.runner_os = os;
    const type = agreed(finished.map(typeOf));
    if (type)
        record.runner_type = type;
    const keys = [...new Set(events.map((e) => e.key))];
    if (keys.length)
        record.cache_keys = keys;
    const t = x.tests;
    if (t && t.total > 0)
        record.flakiness_index = round(t.flaky / t.total);
    record.jobs = jobs;
    record.tests = {
        total: t?.total ?? 0,
        failed: t?.failed ?? 0,
        ...(t ? { skipped: t.skipped } : {}),
        duration_ms: t?.durationMs ?? 0,
        ...(x.coverage && Object.keys(x.coverage).length ? { coverage: x.coverage } : {}),
        resilience: x.resilience ?? { ...NO_MUTATION_TESTING }
    };
    if (x.policies?.length)
        record.policies = x.policies;
    record.cost = { usd: cost.usd, cpu_seconds: cost.cpu_seconds, gpu_seconds: cost.gpu_seconds };
    return { record, leftOut, unpriced, billedMinutes: cost.billedMinutes };
}

// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/net/credential-origin.js
var credential_origin = __webpack_require__(11685);
;// CONCATENATED MODULE: ./lib/gates/pipeline-run/api-error.js
/** A GitHub client failure as a GateError that says what went wrong and what to do. */



function apiError(err, what, apiUrl = 'https://api.github.com') {
    if (err instanceof errors/* GateError */.ue)
        return new errors/* GateError */.ue(`${what}: ${err.message}`, err.help);
    if (err instanceof credential_origin/* CrossOriginError */.zN)
        return new errors/* GateError */.ue(`${what}: ${err.message}`, 'Check GITHUB_API_URL.');
    if (!(err instanceof github_errors/* GitHubApiError */.O))
        return err instanceof Error ? err : new Error(String(err));
    const help = {
        timeout: 'The API gave no answer in time: re-run later, check GITHUB_API_URL, or raise api-timeout.',
        network: 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.',
        'bad-json': `Check GITHUB_API_URL (${apiUrl}) points at a GitHub REST API.`,
        'too-large': 'The answer is larger than any run description; check GITHUB_API_URL.',
        'rate-limit': 'Re-run after the reset, or use a token with a higher limit.',
        'secondary-rate-limit': 'Re-run later; avoid many concurrent jobs calling the API with one token.',
        'cross-origin': 'The API pointed elsewhere; the token only goes to GITHUB_API_URL. Check GITHUB_API_URL.',
        redirect: 'Check GITHUB_API_URL.'
    };
    let h = help[err.kind];
    if (err.kind === 'status') {
        if (err.status === 404)
            h =
                "Check 'repository' and 'run-id', and that the token may read Actions (permissions: actions: read).";
        else if (err.status === 401)
            h = "The token was refused: check 'token'.";
        else if (err.status === 403)
            h = 'The token may not read Actions here: grant permissions: actions: read.';
        else
            h = 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.';
    }
    return new errors/* GateError */.ue(`${what}: ${err.message}`, h);
}

;// CONCATENATED MODULE: ./lib/gates/pipeline-run/source.js
/**
 * Which run the action records: explicit inputs, else the run a `workflow_run` event names (read
 * from GITHUB_EVENT_PATH), else the run it is part of (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT).
 */



function eventPayload(ctx, what) {
    const path = ctx.env.GITHUB_EVENT_PATH;
    const doc = (0,strict_json/* parseStrictJson */.RJ)((0,read_file.readRegularTextFile)(path, { maxBytes: 25 * 1024 * 1024, what: 'the event payload' }), what);
    return typeof doc === 'object' && doc !== null ? doc : {};
}
/** `pull_request.number` of a pull_request / pull_request_target event of this run. */
function ownPullRequest(ctx) {
    if (!ctx.env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !ctx.env.GITHUB_EVENT_PATH)
        return undefined;
    const pr = eventPayload(ctx, 'the pull_request event payload').pull_request;
    return typeof pr?.number === 'number' && Number.isInteger(pr.number) && pr.number > 0
        ? pr.number
        : undefined;
}
function runIdOf(v, input) {
    if (!/^[1-9]\d{0,15}$/.test(v.trim()))
        throw new errors/* InputError */.dz(input, `'${v}' is not a workflow run id (a positive whole number)`);
    return Number(v.trim());
}
function workflowRunEvent(ctx) {
    const path = ctx.env.GITHUB_EVENT_PATH;
    if (!path)
        throw new errors/* GateError */.ue('GITHUB_EVENT_NAME is workflow_run but GITHUB_EVENT_PATH is not set', "Set 'run-id' (e.g. ${{ github.event.workflow_run.id }}).");
    const doc = eventPayload(ctx, 'the workflow_run event payload');
    const wr = doc?.workflow_run;
    if (!wr || typeof wr.id !== 'number')
        throw new errors/* GateError */.ue('the workflow_run event payload has no workflow_run.id', "Set 'run-id'.");
    return {
        id: wr.id,
        attempt: typeof wr.run_attempt === 'number' ? wr.run_attempt : undefined,
        repository: typeof wr.repository?.full_name === 'string' ? wr.repository.full_name : undefined
    };
}
function runTarget(inputs, ctx) {
    const env = ctx.env;
    const thisRun = env.GITHUB_RUN_ID;
    const givenId = inputs.string('run-id');
    const givenAttempt = inputs.number('run-attempt');
    const givenRepo = inputs.string('repository');
    let t;
    if (givenId) {
        const runId = runIdOf(givenId, 'run-id');
        const repository = givenRepo || env.GITHUB_REPOSITORY || '';
        const own = runId === Number(thisRun) && repository === env.GITHUB_REPOSITORY;
        t = {
            repository,
            runId,
            attempt: givenAttempt ??
                (own && env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined),
            source: 'inputs',
            ownRun: own
        };
    }
    else if (env.GITHUB_EVENT_NAME === 'workflow_run') {
        const ev = workflowRunEvent(ctx);
        t = {
            repository: givenRepo || ev.repository || env.GITHUB_REPOSITORY || '',
            runId: ev.id,
            attempt: givenAttempt ?? ev.attempt,
            source: 'workflow_run',
            ownRun: false
        };
    }
    else {
        if (!thisRun)
            throw new errors/* InputError */.dz('run-id', 'is required outside GitHub Actions (GITHUB_RUN_ID is not set)');
        const attempt = givenAttempt ??
            (env.GITHUB_RUN_ATTEMPT ? runIdOf(env.GITHUB_RUN_ATTEMPT, 'run-attempt') : undefined);
        t = {
            repository: givenRepo || env.GITHUB_REPOSITORY || '',
            runId: runIdOf(thisRun, 'run-id'),
            attempt,
            source: 'this-run',
            ownRun: true
        };
    }
    if (!t.repository)
        throw new errors/* InputError */.dz('repository', 'is required (GITHUB_REPOSITORY is not set)');
    if (t.ownRun) {
        const pr = ownPullRequest(ctx);
        if (pr !== undefined)
            t.eventPullRequest = pr;
    }
    return t;
}

;// CONCATENATED MODULE: ./lib/gates/pipeline-run/index.js
/**
 * pipeline-run \u2014 records one workflow run attempt as a pipeline_run.v1.2 NDJSON record (not a
 * gate that judges the run: its verdict says whether a valid record was written). The record is
 * built from the GitHub API and the files the run left (src/telemetry/*), validated with
 * `pipelineRunProblems` and appended only when valid; anything that stops a faithful record
 * (an API error, a malformed report, a schema violation) is `error` and nothing is written.
 */
















const RULES = [
    {
        id: 'pipeline-run/jobs-left-out',
        title: 'Unfinished jobs were left out of the record',
        help: 'Recorded from inside the run, its own job and any still running are not finished. To record every job, run pipeline-run on workflow_run: completed.',
        severity: 'note'
    },
    {
        id: 'pipeline-run/unpriced-runner',
        title: 'A job ran on a runner the price table does not know',
        help: "Map its runs-on label to a class in 'runner-prices' (docs/gates/pipeline-run.md); until then cost.usd leaves the job out.",
        severity: 'warning'
    },
    {
        id: 'pipeline-run/mutation-pending',
        title: 'The mutation report has mutants that never ran',
        help: 'Pending mutants are not counted; run the mutation tests to completion.',
        severity: 'warning'
    },
    {
        id: 'pipeline-run/junit-count-mismatch',
        title: "A JUnit suite's tests= attribute disagrees with its test cases",
        help: 'The record counts the <testcase> elements; check the report is complete.',
        severity: 'note'
    },
    {
        id: 'pipeline-run/records-missing',
        title: "A 'records' path does not exist",
        help: "Nothing was read from it. Check 'records' (the folders download-artifact wrote the ci-intel-evidence-* artifacts to).",
        severity: 'note'
    },
    {
        id: 'pipeline-run/record-invalid',
        title: 'The record fails its schema',
        help: 'Nothing was written. Report this to the hub with the evidence in result-file.',
        severity: 'error'
    }
];
function pipeline_run_files(inputs, ctx, name, exts) {
    const patterns = inputs.list(name);
    if (!patterns.length)
        return [];
    const { files: found, unmatched } = (0,files/* expandFiles */.CC)(ctx.workspace, patterns, exts);
    if (unmatched.length)
        throw new errors/* InputError */.dz(name, `${unmatched.map((p) => `'${p}'`).join(', ')} matched no file; a report that is missing is never recorded as "no tests"`);
    return found;
}
async function evaluate(inputs, ctx) {
    const target = runTarget(inputs, ctx);
    const path = (name) => {
        const v = inputs.string(name);
        return v ? (0,external_node_path_.resolve)(ctx.workspace, v) : undefined;
    };
    const shown = (f) => (0,files/* displayPath */.Gt)(ctx.workspace, f);
    // Local files first: a bad report fails fast, before any API call. minimatch loads only for
    // an input glob the simple matcher does not take.
    await (0,files/* loadGlobsFor */.j8)(ctx.workspace, [...inputs.list('junit'), ...inputs.list('coverage')]);
    const junit = pipeline_run_files(inputs, ctx, 'junit', ['.xml']).map((f) => readJUnitFile(f, shown(f)));
    const coverage = pipeline_run_files(inputs, ctx, 'coverage', ['.info', '.lcov', '.xml']).map((f) => readCoverageFile(f, shown(f)));
    const mutationFile = path('mutation');
    const mutation = mutationFile ? readMutationReport(mutationFile, shown(mutationFile)) : undefined;
    const bundleFile = path('evidence-bundle');
    const evidenceBundle = bundleFile ? readEvidenceBundle(bundleFile, shown(bundleFile)) : undefined;
    const pricesFile = path('runner-prices');
    const prices = pricesFile ? readPriceTable(pricesFile, shown(pricesFile)) : DEFAULT_PRICES;
    const recordPaths = inputs.list('records').map((p) => (0,external_node_path_.resolve)(ctx.workspace, p));
    const gateRecords = readGateRecords(recordPaths.length ? recordPaths : [ctx.tempDir]);
    const token = inputs.string('token') || ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || '';
    if (token)
        ctx.secret(token);
    const timeoutMs = inputs.duration('api-timeout') ?? 30_000;
    const retries = inputs.number('api-retries') ?? 3;
    const apiUrl = ctx.env.GITHUB_API_URL || undefined;
    const client = (0,github_client.createGitHubClient)({
        token: token || undefined,
        apiUrl,
        userAgent: 'ci-intel-hub pipeline-run',
        timeoutMs,
        deadline: Date.now() + 10 * timeoutMs,
        retries,
        log: ctx.log
    });
    let fetched;
    try {
        fetched = await fetchRunAndJobs(client, {
            repository: target.repository,
            runId: target.runId,
            attempt: target.attempt
        });
    }
    catch (err) {
        throw apiError(err, `reading run ${target.runId} of ${target.repository}`, apiUrl);
    }
    const built = buildRecord({
        run: fetched.run,
        jobs: fetched.jobs,
        prices,
        tests: junit.length ? sumJUnit(junit) : undefined,
        coverage: coverage.length ? coverageFractions(coverage) : undefined,
        resilience: mutation?.resilience,
        policies: gateRecords.policies,
        cacheEvents: gateRecords.cacheEvents,
        evidence: evidenceBundle,
        eventPullRequest: target.eventPullRequest
    });
    const { record, leftOut } = built;
    const evidence = {
        target,
        apiPages: fetched.pages + 1,
        jobsListed: fetched.jobs.length,
        leftOut,
        junit,
        coverage,
        ...(mutation
            ? { mutation: { ...mutation, resilience: undefined } }
            : {}),
        ...(evidenceBundle ? { evidenceBundle } : {}),
        recordFiles: gateRecords.files.map(shown),
        runners: fetched.jobs
            .filter((j) => j.status === 'completed')
            .map((j) => ({
            job: j.name,
            ...(j.runnerName ? { runner: j.runnerName } : {}),
            ...(j.runnerGroupName ? { group: j.runnerGroupName } : {}),
            labels: j.labels
        })),
        billedMinutes: built.billedMinutes,
        record
    };
    const outputs = {
        'run-id': record.run_id,
        'record-file': '',
        'jobs-recorded': String(record.jobs.length),
        'jobs-left-out': leftOut.map((j) => j.name).join('\n')
    };
    const problems = (0,record_schema/* pipelineRunProblems */.Oe)(record);
    if (problems.length) {
        evidence.problems = problems;
        return {
            verdict: 'error',
            summary: `the record of run ${target.runId} fails pipeline_run.v1.2 (${problems.length} problem${problems.length === 1 ? '' : 's'}): not written`,
            findings: problems.map((p) => ({
                rule: 'pipeline-run/record-invalid',
                severity: 'error',
                message: `record of run ${target.runId}: ${p}`,
                help: RULES[5].help
            })),
            evidence,
            outputs
        };
    }
    const findings = [];
    if (leftOut.length) {
        const unexpected = !target.ownRun && fetched.run.status === 'completed';
        findings.push({
            rule: 'pipeline-run/jobs-left-out',
            severity: unexpected ? 'warning' : 'note',
            message: `${leftOut.length} unfinished job${leftOut.length === 1 ? '' : 's'} left out of the record: ${leftOut.map((j) => `${j.name} (${j.status})`).join(', ')}`,
            help: RULES[0].help
        });
    }
    for (const u of built.unpriced)
        findings.push({
            rule: 'pipeline-run/unpriced-runner',
            severity: 'warning',
            message: `job '${u.name}' ran on [${u.labels.join(', ')}], which no runner price class matches: cost.usd leaves it out`,
            help: RULES[1].help
        });
    if (mutation && mutation.statuses.Pending > 0)
        findings.push({
            rule: 'pipeline-run/mutation-pending',
            severity: 'warning',
            message: `${mutation.file}: ${mutation.statuses.Pending} mutant(s) are Pending (never ran) and are not counted`,
            help: RULES[2].help,
            file: mutation.file
        });
    if (recordPaths.length)
        for (const m of gateRecords.missing)
            findings.push({
                rule: 'pipeline-run/records-missing',
                severity: 'note',
                message: `records path ${shown(m)} does not exist: no gate records read from it`,
                help: RULES[4].help
            });
    for (const j of junit)
        for (const m of j.mismatches)
            findings.push({
                rule: 'pipeline-run/junit-count-mismatch',
                severity: 'note',
                message: `${j.file}: ${m}`,
                help: RULES[3].help,
                file: j.file
            });
    const out = path('output-file') ?? (0,external_node_path_.resolve)(ctx.tempDir, 'pipeline-run.ndjson');
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(out), { recursive: true });
        (0,external_node_fs_.appendFileSync)(out, JSON.stringify(record) + '\n');
    }
    catch (err) {
        throw new errors/* GateError */.ue(`cannot append the record to ${shown(out)} (${err.code ?? err.message})`, "Check 'output-file': a writable file path.");
    }
    evidence.recordFile = out;
    outputs['record-file'] = out;
    const t = record.tests;
    return {
        verdict: 'pass',
        summary: `recorded run ${target.runId} attempt ${fetched.run.attempt} (${record.status}): ${record.jobs.length} job${record.jobs.length === 1 ? '' : 's'}${leftOut.length ? `, ${leftOut.length} unfinished left out` : ''}; ${t.total} tests, ${t.failed} failed; $${record.cost.usd.toFixed(3)}`,
        findings,
        evidence,
        outputs
    };
}
const pipelineRun = {
    name: 'pipeline-run',
    rules: RULES,
    evaluate
};


/***/ }),

/***/ 53618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ paginate)
/* harmony export */ });
/* harmony import */ var _net_credential_origin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11685);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/**
 * GitHub list endpoints page by `Link: rel="next"`. The next page is fetched only on the API's
 * origin (with the token); a next link to any other origin is refused, never followed \u2014 with or
 * without the token \u2014 because a page from elsewhere is not the API's answer.
 */


async function* paginate(client, path, o) {
    let next;
    const seen = new Set();
    for (let number = 1; number <= o.maxPages; number++) {
        const res = number === 1
            ? await client.request(path, o)
            : await client.request(next, { maxBytes: o.maxBytes, accept: o.accept });
        seen.add(res.url);
        const endpoint = `GET ${new URL(res.url).pathname}`;
        try {
            next = (0,_net_credential_origin_js__WEBPACK_IMPORTED_MODULE_0__/* .nextPage */ .Zj)(res.headers.get('link'), res.url, client.origin);
        }
        catch (err) {
            if (err instanceof _net_credential_origin_js__WEBPACK_IMPORTED_MODULE_0__/* .CrossOriginError */ .zN)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .O(err.message, {
                    kind: 'cross-origin',
                    endpoint,
                    status: res.status,
                    retries: 0
                });
            throw err;
        }
        if (next !== undefined && seen.has(next)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .O(`Link rel="next" points back to a page already read (${next})`, {
                kind: 'redirect',
                endpoint,
                status: res.status,
                retries: 0
            });
        }
        yield { ...res, number, hasNext: next !== undefined };
        if (next === undefined)
            return;
    }
}


/***/ }),

/***/ 60577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   EY: () => (/* binding */ symlinkOnPath),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   j8: () => (/* binding */ loadGlobsFor),
/* harmony export */   sz: () => (/* binding */ expandWorkflowInput),
/* harmony export */   tA: () => (/* binding */ readWorkspaceText)
/* harmony export */ });
/* unused harmony exports toPosix, childPath, LARGE_FOLDER_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14630);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59858);
/**
 * Finding and reading the workflow files a gate inspects. Every input form (file, folder, glob)
 * lists the same candidates, symlinks included: GitHub reads workflows from the git tree and does
 * not follow a symlink, so a symlinked workflow (or one under a symlinked folder) is reported by
 * the loader, never skipped and never read through the link.
 */





const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_WALK = 50_000;
function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * `dir` joined with an entry name that `readdir` gave (never empty, `.`, `..` or holding a
 * separator), for a `dir` already in normal form (from `resolve`): the same string as
 * `path.join(dir, name)` without normalising it again. The paths of 66,752 listed files took
 * 116 ms and 43 MiB more resident memory with `path.join` than concatenated (57 ms).
 */
function childPath(dir, name) {
    return dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? dir + name : dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + name;
}
/**
 * A folder whose size (`stat`) is at least this is read a few entries at a time (`opendir`);
 * a smaller one in one call (`readdir`). The size is a hint, never a decision about what is
 * listed: on ext4 this is some 6,000 entries, on tmpfs some 13,000.
 */
const LARGE_FOLDER_BYTES = 256 * 1024;
/**
 * Each entry of the folder `dir`. A large one (`sizeHint`, its `stat` size) is read a few entries
 * at a time, never as one array of Dirent objects: 66,752 entries read at once grew the process
 * by 15 MiB of Dirents outliving the young generation, and the whole listing by 9 MiB more than
 * reading them 64 at a time. A small one is read in one call: `opendir` loads a module of its
 * own, about 0.8 ms of a cold start.
 */
function forEachEntry(dir, visit, sizeHint = 0) {
    const cannot = (err) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot list the folder ${dir} (${err.code ?? err.message})`, 'Check that the folder exists and is readable; a folder the gate cannot read is never passed.');
    if (sizeHint < LARGE_FOLDER_BYTES) {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch (err) {
            throw cannot(err);
        }
        for (const e of entries)
            visit(e);
        return;
    }
    let handle;
    try {
        handle = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.opendirSync)(dir, { bufferSize: 64 });
    }
    catch (err) {
        throw cannot(err);
    }
    try {
        for (;;) {
            let e;
            try {
                e = handle.readSync();
            }
            catch (err) {
                throw cannot(err);
            }
            if (e === null)
                return;
            visit(e);
        }
    }
    finally {
        handle.closeSync();
    }
}
function walk(dir, w) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        real = dir;
    }
    if (w.seen.has(real))
        return;
    w.seen.add(real);
    forEachEntry(dir, (e) => {
        if (--w.left < 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`more than ${MAX_WALK} files under the glob's folder; narrow the pattern`, 'Name the workflow folder (e.g. .github/workflows/*.yml) rather than a glob over the repository.');
        }
        const full = childPath(dir, e.name);
        const posix = toPosix(full);
        let isDir = e.isDirectory();
        if (e.isSymbolicLink()) {
            try {
                isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory();
            }
            catch {
                isDir = false; // a dangling link: a candidate like any other file (the loader reports it)
            }
        }
        if (isDir) {
            if (!SKIP_DIRS.has(e.name) && (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatch */ .eu)(posix, w.pattern, { dot: true, partial: true })) {
                walk(full, w);
            }
        }
        else if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatch */ .eu)(posix, w.pattern, { dot: true }))
            w.out.push(full);
    });
}
/**
 * Expand files, folders and globs (relative to `root`) into a sorted list of absolute paths.
 * A folder stands for its `*.yml` and `*.yaml` entries (whatever their type: the loader refuses
 * what it cannot read). Patterns that match nothing are returned in `unmatched`.
 */
function expandFiles(root, patterns, folderExtensions = ['.yml', '.yaml']) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const before = files.size;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, pattern); // normal form, absolute pattern or not (see childPath)
        if (!GLOB_CHARS.test(pattern)) {
            let isDir;
            let size = 0;
            try {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
                isDir = st.isDirectory();
                size = st.size;
            }
            catch {
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs); // a dangling symlink still names a candidate
                    isDir = false;
                }
                catch {
                    unmatched.push(pattern);
                    continue;
                }
            }
            if (isDir) {
                forEachEntry(abs, (e) => {
                    if (!folderExtensions.some((x) => e.name.endsWith(x)))
                        return;
                    let dir = e.isDirectory();
                    if (e.isSymbolicLink()) {
                        try {
                            dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(childPath(abs, e.name)).isDirectory();
                        }
                        catch {
                            dir = false;
                        }
                    }
                    if (!dir)
                        files.add(childPath(abs, e.name));
                }, size);
            }
            else
                files.add(abs);
        }
        else {
            const posix = toPosix(abs);
            const parts = posix.split('/');
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join('/') || '/';
            let baseIsDir;
            try {
                baseIsDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(base).isDirectory();
            }
            catch {
                baseIsDir = false;
            }
            if (baseIsDir) {
                const found = [];
                walk(base, { pattern: posix, out: found, left: MAX_WALK, seen: new Set() });
                for (const f of found)
                    files.add(f);
            }
        }
        if (files.size === before)
            unmatched.push(pattern);
    }
    return { files: [...files].sort(), unmatched };
}
/**
 * Load what `expandFiles(root, patterns)` needs beyond ./glob.ts's own matcher: minimatch, for a
 * glob outside the simple form (none of the usual `.github/workflows/*.yml` kind). Gates call it
 * before expanding their inputs, so a run whose globs are simple never loads minimatch.
 */
async function loadGlobsFor(root, patterns) {
    await (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .loadGlobMatcherFor */ .cY)(patterns
        .filter((p) => GLOB_CHARS.test(p))
        .map((p) => toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, p))));
}
/** Path of `file` relative to `root`, in posix form (as findings and SARIF show it). */
function displayPath(root, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
    return toPosix(rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? file : rel);
}
/**
 * The first symlink on the way from `root` to `file` (the file itself included), as a path
 * relative to `root`; undefined when every component is a real folder or file. For a file outside
 * `root`, only the file itself is looked at.
 */
function symlinkOnPath(root, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
    const parts = inside ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) : [];
    const candidates = inside ? parts.map((_, i) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...parts.slice(0, i + 1))) : [file];
    for (const c of candidates) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(c).isSymbolicLink())
                return displayPath(root, c);
        }
        catch {
            return undefined; // missing: the reader says so
        }
    }
    return undefined;
}
/**
 * Read a file a verdict depends on (a workflow, an allowlist, CODEOWNERS, a policy) through the
 * one bounded regular-file reader; the message names the file relative to `root`.
 */
function readWorkspaceText(root, file, maxBytes, what) {
    try {
        return (0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_3__.readRegularTextFile)(file, { maxBytes, what });
    }
    catch (err) {
        if (err instanceof _core_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .FileReadError */ .tJ) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(err.message.split(file).join(displayPath(root, file)), err.help, displayPath(root, file));
        }
        throw err;
    }
}
/**
 * The workflow files named by a gate's `workflows` input. A glob that matches nothing is fine when
 * another pattern matches (a repository may have no `.yaml` files); a file or folder named
 * outright that does not exist, a workspace that does not exist, and nothing matched at all are
 * errors naming the patterns and the workspace: nothing to check is never a pass.
 */
function expandWorkflowInput(root, patterns, input = 'workflows') {
    const checkout = 'In a workflow, run actions/checkout before this step (uses: actions/checkout); locally, pass --workspace <the repository checkout>.';
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`the workspace ${root} does not exist`, checkout);
    }
    if (!st.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`the workspace ${root} is not a folder`, checkout);
    const { files, unmatched } = expandFiles(root, patterns);
    const explicitMissing = unmatched.filter((p) => !GLOB_CHARS.test(p));
    if (explicitMissing.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`input '${input}': ${explicitMissing.join(', ')} not found in the workspace ${root}`, 'Give workflow files, folders or globs relative to the repository root.');
    }
    if (files.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`input '${input}': no workflow file matched ${patterns.length ? patterns.join(', ') : '(no patterns given)'} in the workspace ${root}: nothing to check`, `${checkout} If the repository really has no workflows, do not run this gate on it.`);
    }
    return files;
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
