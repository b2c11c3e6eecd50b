export const id = 402;
export const ids = [402];
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

/***/ 50402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* reexport */ RULES),
  sbomVex: () => (/* binding */ sbomVex)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/drill/timestamp.js
var timestamp = __webpack_require__(66101);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/vuln/documents.js
/** Reading a JSON document a verdict rests on: bounded regular-file read, strict JSON, clear errors. */



/** A document that cannot be used: names the input, the file and the fix. */
class VulnDocumentError extends Error {
    input;
    file;
    help;
    name = 'VulnDocumentError';
    constructor(input, file, message, help) {
        super(message);
        this.input = input;
        this.file = file;
        this.help = help;
    }
}
function readDocument(input, file, shown, maxBytes) {
    let bytes;
    try {
        bytes = (0,read_file/* readRegularFile */.XF)(file, { maxBytes, what: `input '${input}':` });
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ)
            throw new VulnDocumentError(input, shown, err.message.split(file).join(shown), err.help);
        throw err;
    }
    return { file: shown, bytes, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
}
function readJsonDocument(input, file, shown, maxBytes) {
    const doc = readDocument(input, file, shown, maxBytes);
    try {
        doc.json = (0,strict_json/* parseStrictJsonBytes */.ml)(doc.bytes, `input '${input}': ${shown}`);
    }
    catch (err) {
        if (err instanceof strict_json/* JsonDocumentError */.sT)
            throw new VulnDocumentError(input, shown, err.message, 'Pass the JSON document the tool wrote, unmodified.');
        throw err;
    }
    return doc;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}

// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
;// CONCATENATED MODULE: ./lib/vuln/feeds.js
/**
 * Pinned feed snapshots: the CISA KEV catalogue (JSON) and the FIRST EPSS daily CSV, each with
 * the date it was published, so a stale snapshot is caught by its date (and a swapped one by its
 * sha256 when the caller pins it).
 */



/** `2025-02-19T14:08:44.5021Z` or a date alone (`2025-02-19`, read as midnight UTC). */
function feedDate(text) {
    const t = text.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
        const p = (0,timestamp/* parseRfc3339 */.T)(`${t}T00:00:00Z`);
        return p.ok ? p.date : undefined;
    }
    const p = (0,timestamp/* parseRfc3339 */.T)(t.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return p.ok ? p.date : undefined;
}
/** Load the validator of schema/sbom-vex-kev.v1.json (in a bundle, its chunk); await it before `parseKev`. */
function loadKevValidator() {
    return (0,schemas/* loadSchemaValidators */.Je)('sbom-vex-kev.v1.json');
}
function parseKev(doc) {
    const validate = (0,schemas/* schemaValidator */.Ki)('sbom-vex-kev.v1.json');
    if (!validate(doc.json))
        throw new VulnDocumentError('kev', doc.file, `input 'kev': ${doc.file} is not a CISA KEV catalogue: ${(0,schemas/* describeSchemaErrors */.cz)(validate.errors).slice(0, 4).join('; ')}`, 'Pass known_exploited_vulnerabilities.json as CISA publishes it.');
    const j = doc.json;
    const released = feedDate(String(j.dateReleased));
    if (!released)
        throw new VulnDocumentError('kev', doc.file, `input 'kev': ${doc.file} dateReleased '${String(j.dateReleased)}' is not a date-time`, 'Pass the catalogue unmodified.');
    const entries = new Map();
    for (const v of j.vulnerabilities.filter(isObject))
        entries.set(String(v.cveID).toUpperCase(), {
            dateAdded: String(v.dateAdded),
            ransomware: typeof v.knownRansomwareCampaignUse === 'string' ? v.knownRansomwareCampaignUse : undefined
        });
    return {
        file: doc.file,
        sha256: doc.sha256,
        catalogVersion: String(j.catalogVersion),
        released,
        entries
    };
}
function epssError(doc, message) {
    throw new VulnDocumentError('epss', doc.file, `input 'epss': ${doc.file} ${message}`, 'Pass the EPSS daily CSV (epss_scores-YYYY-MM-DD.csv, decompressed) unmodified: a #model_version\u2026,score_date:\u2026 line, then cve,epss,percentile.');
}
function parseEpss(doc) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(doc.bytes);
    }
    catch {
        return epssError(doc, 'is not UTF-8 text');
    }
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const head = lines[0] ?? '';
    const date = /score_date:([^,\s]+)/.exec(head)?.[1];
    const scoreDate = date ? feedDate(date) : undefined;
    if (!head.startsWith('#') || !scoreDate)
        epssError(doc, 'has no #\u2026score_date:\u2026 first line, so its date is unknown');
    if (lines[1]?.trim() !== 'cve,epss,percentile')
        epssError(doc, `line 2 is '${(lines[1] ?? '').slice(0, 60)}'; expected the header cve,epss,percentile`);
    const scores = new Map();
    for (let i = 2; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const m = /^(CVE-\d{4}-\d{4,}),(\d+(?:\.\d+)?(?:e-?\d+)?),(\d+(?:\.\d+)?)$/i.exec(line);
        const epss = m ? Number(m[2]) : NaN;
        const percentile = m ? Number(m[3]) : NaN;
        if (!m || !(epss >= 0 && epss <= 1) || !(percentile >= 0 && percentile <= 1))
            epssError(doc, `line ${i + 1} is not 'CVE-id,probability,percentile' with values in [0, 1]`);
        scores.set(m[1].toUpperCase(), { epss, percentile });
    }
    return {
        file: doc.file,
        sha256: doc.sha256,
        modelVersion: /model_version:([^,\s]+)/.exec(head)?.[1],
        scoreDate: scoreDate,
        scores
    };
}

;// CONCATENATED MODULE: ./lib/vuln/purl.js
/**
 * Package URLs as identities: one canonical spelling per package (percent-encoding, case rules per
 * type, sorted qualifiers, registry aliases), and the match keys the SBOM, the reports and the
 * VEX statements are joined on. Written to the purl specification; no other purl code here.
 */
class PurlError extends Error {
    name = 'PurlError';
}
/** Docker Hub answers under several names; all mean docker.io. */
const DOCKER_HUB = new Set([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'registry.hub.docker.com'
]);
/** Types whose namespace and name are case-insensitive (purl spec, "Known purl types"). */
const LOWER_NAME = new Set([
    'npm',
    'pypi',
    'github',
    'bitbucket',
    'deb',
    'apk',
    'alpm',
    'oci',
    'docker',
    'hex',
    'composer'
]);
function decode(part, what) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        throw new PurlError(`bad percent-encoding in the ${what} of a purl`);
    }
}
/** Percent-encode everything but the unreserved set (and ':' which the spec leaves as is). */
function encode(part) {
    return encodeURIComponent(part).replace(/%3A/gi, ':');
}
/** Parse a purl (`pkg:type/namespace/name@version?qualifiers#subpath`); throws PurlError. */
function parsePurl(text) {
    let s = text.trim();
    if (!/^pkg:/i.test(s))
        throw new PurlError(`'${text.slice(0, 80)}' is not a purl (no pkg: scheme)`);
    s = s.slice(4).replace(/^\/+/, '');
    let subpath = '';
    const hash = s.indexOf('#');
    if (hash >= 0) {
        subpath = s
            .slice(hash + 1)
            .split('/')
            .filter((seg) => seg !== '' && seg !== '.' && seg !== '..')
            .map((seg) => decode(seg, 'subpath'))
            .join('/');
        s = s.slice(0, hash);
    }
    const qualifiers = {};
    const q = s.indexOf('?');
    if (q >= 0) {
        for (const pair of s.slice(q + 1).split('&')) {
            if (!pair)
                continue;
            const eq = pair.indexOf('=');
            const key = (eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
            const value = eq < 0 ? '' : decode(pair.slice(eq + 1), `qualifier '${key}'`);
            if (value !== '')
                qualifiers[key] = value;
        }
        s = s.slice(0, q);
    }
    const slash = s.indexOf('/');
    if (slash <= 0)
        throw new PurlError(`'${text.slice(0, 80)}' has no type/name`);
    const type = s.slice(0, slash).toLowerCase();
    let rest = s.slice(slash + 1).replace(/\/+$/, '');
    let version = '';
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
        version = decode(rest.slice(at + 1), 'version');
        rest = rest.slice(0, at);
    }
    const segs = rest
        .split('/')
        .filter((x) => x !== '')
        .map((x) => decode(x, 'name'));
    const name = segs.pop() ?? '';
    if (!name)
        throw new PurlError(`'${text.slice(0, 80)}' has no name`);
    let namespace = segs.join('/');
    let n = name;
    if (LOWER_NAME.has(type)) {
        namespace = namespace.toLowerCase();
        n = n.toLowerCase();
    }
    if (type === 'pypi')
        n = n.replace(/_/g, '-');
    if (type === 'oci' || type === 'docker')
        version = version.toLowerCase();
    if (qualifiers.repository_url)
        qualifiers.repository_url = canonicalRepository(qualifiers.repository_url);
    return { type, namespace, name: n, version, qualifiers, subpath };
}
/** `index.docker.io/library/x` \u2192 `docker.io/library/x`; scheme and trailing slash dropped. */
function canonicalRepository(url) {
    let u = url
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/+$/, '');
    const slash = u.indexOf('/');
    const host = (slash < 0 ? u : u.slice(0, slash)).toLowerCase();
    const path = slash < 0 ? '' : u.slice(slash + 1).toLowerCase();
    u = DOCKER_HUB.has(host) ? 'docker.io' : host;
    return path ? `${u}/${path}` : u;
}
/** The one canonical spelling of a purl. */
function formatPurl(p) {
    let s = `pkg:${p.type}/`;
    if (p.namespace)
        s += p.namespace.split('/').map(encode).join('/') + '/';
    s += encode(p.name);
    if (p.version)
        s += '@' + encode(p.version);
    const keys = Object.keys(p.qualifiers).sort();
    if (keys.length)
        s += '?' + keys.map((k) => `${k}=${encode(p.qualifiers[k])}`).join('&');
    if (p.subpath)
        s += '#' + p.subpath.split('/').map(encode).join('/');
    return s;
}
function canonicalPurl(text) {
    return formatPurl(parsePurl(text));
}
/** A version as the match key uses it: rpm epoch folded in, Go's leading `v` dropped. */
function keyVersion(p) {
    let v = p.version;
    if (p.type === 'golang')
        v = v.replace(/^v(?=\d)/, '');
    if (p.type === 'rpm' && p.qualifiers.epoch && p.qualifiers.epoch !== '0' && !/^\d+:/.test(v))
        v = `${p.qualifiers.epoch}:${v}`;
    if (p.type === 'rpm')
        v = v.replace(/^0:/, '');
    return v;
}
/**
 * The keys one package is known by, strongest first: `digest:` for image content (an OCI or
 * Docker purl with a sha256 version: the name, tag and registry do not change what it is), then
 * type/namespace/name@version without qualifiers, then name@version.
 */
function purlKeys(p) {
    const keys = [];
    if ((p.type === 'oci' || p.type === 'docker') && /^sha256:[0-9a-f]{64}$/.test(p.version)) {
        keys.push(`digest:${p.version}`);
        return keys;
    }
    const ns = p.namespace ? `${p.namespace}/` : '';
    keys.push(`pkg:${p.type}/${ns}${p.name}@${keyVersion(p)}`);
    return keys;
}
/** The weakest key: a package's name and version, for scanners that give no purl. */
function nameVersionKey(name, version) {
    return `nv:${name.toLowerCase()}@${version.replace(/^v(?=\d)/, '')}`;
}
/** A purl from an OSV ecosystem name (osv-scanner reports name packages so). */
const OSV_TYPES = {
    go: 'golang',
    npm: 'npm',
    pypi: 'pypi',
    'crates.io': 'cargo',
    maven: 'maven',
    rubygems: 'gem',
    nuget: 'nuget',
    packagist: 'composer',
    pub: 'pub',
    hex: 'hex',
    debian: 'deb',
    ubuntu: 'deb',
    alpine: 'apk',
    swifturl: 'swift'
};
function purlFromEcosystem(ecosystem, name, version) {
    const eco = ecosystem.toLowerCase().split(':')[0];
    const type = OSV_TYPES[eco];
    if (!type)
        return undefined;
    let namespace = '';
    let n = name;
    if (type === 'maven' && name.includes(':'))
        [namespace, n] = name.split(':', 2);
    else if (name.includes('/')) {
        const i = name.lastIndexOf('/');
        namespace = name.slice(0, i);
        n = name.slice(i + 1);
    }
    if (type === 'deb' || type === 'apk')
        namespace = eco;
    return parsePurl(formatPurl({ type, namespace, name: n, version, qualifiers: {}, subpath: '' }));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./lib/core/hub-root.js
var hub_root = __webpack_require__(37669);
// EXTERNAL MODULE: ./lib/vuln/unique-items.js
var unique_items = __webpack_require__(95493);
;// CONCATENATED MODULE: ./lib/vuln/schemas.js
/**
 * The published JSON Schemas of SBOM and VEX formats (schema/third-party/). Formats are not
 * asserted (tools write `"created": "redacted"` and the gate never relies on those fields);
 * structure is. The hub's own draft-07 schemas go through src/core/schemas.ts.
 *
 * The build compiles each schema into ajv standalone code (src/vuln/generated/<schema>.ts, by
 * scripts/gen-vuln-validators.mjs, one module and so one lazy bundle chunk per schema): a run
 * awaits `preloadThirdParty` for the schema a document needs once its format and version are
 * known, then `thirdPartyValidator` (synchronous) returns that validator. A schema that was not
 * preloaded (or whose module did not load) is compiled here at run time, as before, with the
 * same options: the verdicts and errors are the same either way (test/sbom-vex/generated.test.ts).
 *
 * `uniqueItems` is checked by a linear keyword (a set of canonical JSON texts) instead of ajv's
 * pairwise deep-equal, which is quadratic: CycloneDX puts it on `components`, and 10,000
 * components took ajv 10 s. Same meaning: two items are equal when their JSON values are.
 */






const THIRD_PARTY_SCHEMAS = (/* unused pure expression or super */ null && ([
    'cyclonedx-1.4',
    'cyclonedx-1.5',
    'cyclonedx-1.6',
    'spdx-2.2',
    'spdx-2.3',
    'openvex-0.2.0'
]));
const THIRD_PARTY_FILES = {
    'cyclonedx-1.4': 'cyclonedx-bom-1.4.schema.json',
    'cyclonedx-1.5': 'cyclonedx-bom-1.5.schema.json',
    'cyclonedx-1.6': 'cyclonedx-bom-1.6.schema.json',
    'spdx-2.2': 'spdx-2.2.schema.json',
    'spdx-2.3': 'spdx-2.3.schema.json',
    'openvex-0.2.0': 'openvex-0.2.0.schema.json'
};
/** A schema file of schema/third-party/, with the linear uniqueItems keyword. */
function loadThirdPartySchema(file) {
    const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,hub_root/* hubRoot */.G)(), 'schema', 'third-party', file), 'utf8');
    return (0,unique_items/* linearUnique */.$y)(JSON.parse(text));
}
/** Only SPDX 2.2 collects every error (to tell the fields SPDX 2.3 made optional from real
 * errors); the others stop at the first, which compiles smaller. */
function dialectOf(name) {
    return name === 'openvex-0.2.0' ? '2020' : name === 'spdx-2.2' ? '07-all' : '07';
}
function createAjv(dialect, code) {
    // No inlined refs and no code optimisation: compiles the CycloneDX 1.6 schema in about a
    // third of the time (cold start), validates 10,000 components in about the same time.
    const options = {
        allErrors: dialect === '07-all',
        strict: false,
        validateFormats: false,
        inlineRefs: false,
        code: { optimize: false, ...code }
    };
    return dialect === '2020' ? new _2020.Ajv2020(options) : new ajv.Ajv(options);
}
/** CycloneDX BOM schemas reference the SPDX licence list and JSF by their SNAPSHOT file names. */
function addCyclonedxShared(ajv) {
    ajv.addSchema({
        ...loadThirdPartySchema('cyclonedx-spdx.schema.json'),
        $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json'
    });
    ajv.addSchema({
        ...loadThirdPartySchema('cyclonedx-jsf-0.82.schema.json'),
        $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json'
    });
}
/**
 * A fresh ajv for standalone code of one schema (scripts/gen-vuln-validators.mjs): the run-time
 * options, and the linear keyword as code calling `uniqueItems`, which the generated module
 * imports from src/vuln/unique-items.ts.
 */
function newThirdPartyAjv(name, code) {
    const ajv = createAjv(dialectOf(name), code);
    ajv.addKeyword({
        keyword: UNIQUE_KEYWORD,
        type: 'array',
        schemaType: 'boolean',
        code(cxt) {
            const fn = cxt.gen.scopeValue('func', { ref: uniqueItems, code: _ `uniqueItems` });
            cxt.fail(_ `!${fn}(${cxt.data})`);
        }
    });
    if (name.startsWith('cyclonedx-'))
        addCyclonedxShared(ajv);
    return ajv;
}
const instances = new Map();
const sharedAdded = new WeakSet();
/** One run-time ajv per dialect and error mode. */
function runTimeAjv(name) {
    const dialect = dialectOf(name);
    let ajv = instances.get(dialect);
    if (!ajv) {
        ajv = createAjv(dialect, {});
        ajv.addKeyword({
            keyword: unique_items/* UNIQUE_KEYWORD */.Sz,
            type: 'array',
            schemaType: 'boolean',
            errors: false,
            validate: (_schema, data) => (0,unique_items/* uniqueItems */.Wj)(data)
        });
        instances.set(dialect, ajv);
    }
    if (name.startsWith('cyclonedx-') && !sharedAdded.has(ajv)) {
        addCyclonedxShared(ajv);
        sharedAdded.add(ajv);
    }
    return ajv;
}
const compiled = new Map();
const compiledNames = [];
/** The schema compiled by ajv at run time (the path before build-time code, and the fallback). */
function compileThirdPartyAtRunTime(name) {
    let v = compiled.get(name);
    if (v)
        return v;
    v = runTimeAjv(name).compile(loadThirdPartySchema(THIRD_PARTY_FILES[name]));
    compiled.set(name, v);
    compiledNames.push(name);
    return v;
}
/** The schemas this process compiled at run time (tests: a preloaded run compiles none). */
function thirdPartyCompiledAtRunTime() {
    return compiledNames;
}
// Literal specifiers: ncc makes each its own chunk, loaded only when imported.
const MODULES = {
    'cyclonedx-1.4': () => __webpack_require__.e(/* import() */ 1076).then(__webpack_require__.bind(__webpack_require__, 11076)),
    'cyclonedx-1.5': () => __webpack_require__.e(/* import() */ 3099).then(__webpack_require__.bind(__webpack_require__, 33099)),
    'cyclonedx-1.6': () => __webpack_require__.e(/* import() */ 3470).then(__webpack_require__.bind(__webpack_require__, 83470)),
    'spdx-2.2': () => __webpack_require__.e(/* import() */ 2449).then(__webpack_require__.bind(__webpack_require__, 52449)),
    'spdx-2.3': () => __webpack_require__.e(/* import() */ 5170).then(__webpack_require__.bind(__webpack_require__, 45170)),
    'openvex-0.2.0': () => __webpack_require__.e(/* import() */ 77).then(__webpack_require__.bind(__webpack_require__, 77))
};
/** The build-time (standalone) validator of a schema, loading its module. */
async function loadGeneratedThirdParty(name) {
    const m = await MODULES[name]();
    return m.default;
}
const generated = new Map();
/**
 * Load the build-time validator of a schema (if any), so that `thirdPartyValidator` returns it.
 * Never fails: a module that does not load leaves the schema to the run-time compiler.
 */
async function preloadThirdParty(name) {
    if (!name || generated.has(name) || compiled.has(name))
        return;
    try {
        generated.set(name, await loadGeneratedThirdParty(name));
    }
    catch {
        // compiled at run time by thirdPartyValidator, with the same meaning
    }
}
function thirdPartyValidator(name) {
    return generated.get(name) ?? compileThirdPartyAtRunTime(name);
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function cyclonedxSchema(j) {
    const v = String(j.specVersion);
    return v === '1.4' || v === '1.5' || v === '1.6' ? `cyclonedx-${v}` : undefined;
}
/** The schema parseSbom (src/vuln/sbom.ts) validates a document against, if it gets that far. */
function sbomSchemaOf(j) {
    if (!isRecord(j))
        return undefined;
    if (j.bomFormat === 'CycloneDX')
        return cyclonedxSchema(j);
    if (j.spdxVersion === 'SPDX-2.2')
        return 'spdx-2.2';
    if (j.spdxVersion === 'SPDX-2.3')
        return 'spdx-2.3';
    return undefined;
}
/** The schema parseVex (src/vuln/vex.ts) validates a document against, if it gets that far. */
function vexSchemaOf(j) {
    if (!isRecord(j))
        return undefined;
    if ('@context' in j)
        return 'openvex-0.2.0';
    if (j.bomFormat === 'CycloneDX')
        return cyclonedxSchema(j);
    return undefined;
}

;// CONCATENATED MODULE: ./lib/vuln/sbom.js




/** Fields the SPDX 2.2 schema requires and SPDX 2.3 made optional, per element list. */
const SPDX23_OPTIONAL = {
    packages: new Set(['copyrightText', 'licenseConcluded', 'licenseDeclared']),
    files: new Set(['copyrightText', 'licenseConcluded', 'licenseInfoInFiles']),
    snippets: new Set(['copyrightText', 'licenseConcluded'])
};
function relaxedIn23(e) {
    const list = /^\/(packages|files|snippets)\/\d+$/.exec(e.instancePath)?.[1];
    return (e.keyword === 'required' &&
        list !== undefined &&
        SPDX23_OPTIONAL[list].has(String(e.params.missingProperty)));
}
const DIGEST = /sha256:[0-9a-f]{64}/i;
function schemaError(doc, errors, what) {
    const lines = (0,schemas/* describeSchemaErrors */.cz)(errors).slice(0, 5);
    throw new VulnDocumentError('sbom', doc.file, `input 'sbom': ${doc.file} is not a valid ${what}: ${lines.join('; ')}`, `Pass the SBOM as the tool wrote it; it must validate against the published ${what} JSON Schema.`);
}
function componentOf(ref, name, version, purlText, bad) {
    const c = { ref, name, version, keys: [] };
    if (purlText) {
        try {
            c.purl = parsePurl(purlText);
            c.purlText = formatPurl(c.purl);
            c.keys.push(...purlKeys(c.purl));
        }
        catch (err) {
            if (!(err instanceof PurlError))
                throw err;
            bad.push(`${purlText.slice(0, 120)} (${err.message})`);
        }
    }
    if (name && version)
        c.keys.push(nameVersionKey(name, version));
    return c;
}
function digestsIn(values) {
    const out = [];
    for (const v of values) {
        const m = typeof v === 'string' ? DIGEST.exec(v) : null;
        if (m)
            out.push(m[0].toLowerCase());
    }
    return out;
}
function fromCyclonedx(doc, j) {
    const bad = [];
    const components = [];
    const walk = (list) => {
        if (!Array.isArray(list))
            return;
        for (const c of list) {
            if (!isObject(c))
                continue;
            const name = str(c.group) ? `${str(c.group)}/${str(c.name) ?? ''}` : (str(c.name) ?? '');
            components.push(componentOf(str(c['bom-ref']) ?? str(c.purl) ?? name, str(c.name) ?? name, str(c.version) ?? '', str(c.purl), bad));
            walk(c.components);
        }
    };
    walk(j.components);
    const meta = isObject(j.metadata) ? j.metadata : {};
    const subject = [];
    const subjectDigests = [];
    if (isObject(meta.component)) {
        const m = meta.component;
        subject.push(componentOf(str(m['bom-ref']) ?? str(m.name) ?? '', str(m.name) ?? '', str(m.version) ?? '', str(m.purl), bad));
        const props = Array.isArray(m.properties) ? m.properties.filter(isObject) : [];
        subjectDigests.push(...digestsIn(props
            .filter((p) => /imageid|repodigest|digest/i.test(str(p.name) ?? ''))
            .map((p) => p.value)), ...digestsIn([m.version]), ...(Array.isArray(m.hashes)
            ? m.hashes
                .filter(isObject)
                .filter((h) => h.alg === 'SHA-256')
                .map((h) => `sha256:${String(h.content).toLowerCase()}`)
            : []));
        for (const s of subject)
            for (const k of s.keys)
                if (k.startsWith('digest:'))
                    subjectDigests.push(k.slice(7));
    }
    return {
        file: doc.file,
        sha256: doc.sha256,
        format: 'cyclonedx',
        specVersion: String(j.specVersion),
        serialNumber: str(j.serialNumber),
        bomVersion: typeof j.version === 'number' ? j.version : undefined,
        subject,
        subjectDigests: [...new Set(subjectDigests)],
        components,
        badPurls: bad
    };
}
function fromSpdx(doc, j) {
    const bad = [];
    const byId = new Map();
    const components = [];
    for (const p of Array.isArray(j.packages) ? j.packages.filter(isObject) : []) {
        const refs = Array.isArray(p.externalRefs) ? p.externalRefs.filter(isObject) : [];
        const purl = refs.find((r) => r.referenceType === 'purl');
        const c = componentOf(str(p.SPDXID) ?? '', str(p.name) ?? '', str(p.versionInfo) ?? '', str(purl?.referenceLocator), bad);
        components.push(c);
        byId.set(c.ref, c);
    }
    const described = new Set(Array.isArray(j.documentDescribes)
        ? j.documentDescribes.filter((x) => typeof x === 'string')
        : []);
    for (const r of Array.isArray(j.relationships) ? j.relationships.filter(isObject) : []) {
        if (r.relationshipType === 'DESCRIBES' &&
            r.spdxElementId === 'SPDXRef-DOCUMENT' &&
            typeof r.relatedSpdxElement === 'string')
            described.add(r.relatedSpdxElement);
        if (r.relationshipType === 'DESCRIBED_BY' &&
            r.relatedSpdxElement === 'SPDXRef-DOCUMENT' &&
            typeof r.spdxElementId === 'string')
            described.add(r.spdxElementId);
    }
    const subject = [...described]
        .map((id) => byId.get(id))
        .filter((c) => c !== undefined);
    const subjectDigests = [];
    for (const s of subject) {
        for (const k of s.keys)
            if (k.startsWith('digest:'))
                subjectDigests.push(k.slice(7));
        subjectDigests.push(...digestsIn([s.version]));
    }
    return {
        file: doc.file,
        sha256: doc.sha256,
        format: 'spdx',
        specVersion: String(j.spdxVersion),
        subject,
        subjectDigests: [...new Set(subjectDigests)],
        components: components.filter((c) => !described.has(c.ref)),
        badPurls: bad
    };
}
/** Validate and read an SBOM document (throws VulnDocumentError naming input 'sbom'). */
function parseSbom(doc) {
    const j = doc.json;
    if (!isObject(j))
        throw new VulnDocumentError('sbom', doc.file, `input 'sbom': ${doc.file} is not a JSON object`, 'Pass a CycloneDX or SPDX JSON SBOM.');
    let schema;
    let what;
    if (j.bomFormat === 'CycloneDX') {
        const v = String(j.specVersion);
        if (v !== '1.4' && v !== '1.5' && v !== '1.6')
            throw new VulnDocumentError('sbom', doc.file, `input 'sbom': ${doc.file} is CycloneDX ${v}; this gate reads CycloneDX 1.4, 1.5 and 1.6`, 'Regenerate the SBOM with a current tool (e.g. syft -o cyclonedx-json@1.6).');
        schema = `cyclonedx-${v}`;
        what = `CycloneDX ${v}`;
    }
    else if (j.spdxVersion === 'SPDX-2.2' || j.spdxVersion === 'SPDX-2.3') {
        schema = j.spdxVersion === 'SPDX-2.2' ? 'spdx-2.2' : 'spdx-2.3';
        what = String(j.spdxVersion);
    }
    else {
        throw new VulnDocumentError('sbom', doc.file, `input 'sbom': ${doc.file} is neither CycloneDX (bomFormat) nor SPDX 2.2/2.3 (spdxVersion)`, 'Pass a CycloneDX 1.4\u20131.6 or SPDX 2.2/2.3 JSON SBOM.');
    }
    const validate = thirdPartyValidator(schema);
    const schemaWarnings = [];
    if (!validate(j)) {
        const errors = validate.errors ?? [];
        // SPDX 2.3 made these fields optional; tools that write 2.2 (syft, trivy) omit them
        // and the gate never reads them. Anything else is a real schema error.
        const lenient = schema === 'spdx-2.2' && errors.length > 0 && errors.every(relaxedIn23);
        if (!lenient)
            schemaError(doc, errors, what);
        const fields = [...new Set(errors.map((e) => String(e.params.missingProperty)))];
        schemaWarnings.push(`${errors.length} element(s) lack ${fields.join(', ')}: required by the SPDX 2.2 schema, optional since SPDX 2.3, not read by this gate`);
    }
    const base = j.bomFormat === 'CycloneDX' ? fromCyclonedx(doc, j) : fromSpdx(doc, j);
    const index = new Map();
    const refs = new Map();
    for (const c of [...base.components, ...base.subject]) {
        for (const k of c.keys) {
            const list = index.get(k);
            if (list)
                list.push(c);
            else
                index.set(k, [c]);
        }
        if (c.ref)
            refs.set(c.ref, c);
    }
    return { ...base, index, refs, schemaWarnings };
}
/** The SBOM components a package is, by its strongest key that the SBOM knows. */
function lookupComponent(sbom, keys) {
    for (const k of keys) {
        const hit = sbom.index.get(k);
        if (hit)
            return hit[0];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/vuln/join.js

class Aliases {
    parent = new Map();
    find(x) {
        let root = x;
        for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root))
            root = p;
        if (!this.parent.has(root))
            this.parent.set(root, root);
        // Path compression.
        for (let cur = x; cur !== root;) {
            const next = this.parent.get(cur) ?? root;
            this.parent.set(cur, root);
            cur = next;
        }
        return root;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent.set(ra, rb);
    }
}
function preferred(ids) {
    const cves = ids.filter((i) => i.startsWith('CVE-')).sort();
    if (cves.length)
        return cves[0];
    const ghsa = ids.filter((i) => i.startsWith('GHSA-')).sort();
    return ghsa[0] ?? ids[0];
}
function joinFindings(sbom, findings) {
    const aliases = new Aliases();
    for (const f of findings) {
        const ids = f.ids.map((i) => i.toUpperCase());
        for (const id of ids)
            aliases.union(ids[0], id);
    }
    const classes = new Map();
    for (const f of findings) {
        for (const id of f.ids) {
            const u = id.toUpperCase();
            const root = aliases.find(u);
            let s = classes.get(root);
            if (!s)
                classes.set(root, (s = new Set()));
            s.add(u);
        }
    }
    const out = new Map();
    for (const f of findings) {
        const root = aliases.find(f.ids[0].toUpperCase());
        const ids = [...classes.get(root)].sort();
        const comp = lookupComponent(sbom, f.package.keys);
        const compKey = comp
            ? `sbom:${comp.ref}`
            : (f.package.keys[0] ?? `${f.package.name}@${f.package.version}`);
        const key = `${root}\u0000${compKey}`;
        let j = out.get(key);
        if (!j) {
            j = {
                vulnerability: preferred(ids),
                ids,
                component: { ...f.package },
                sbomComponent: comp,
                cvss: [],
                severities: [],
                reports: []
            };
            out.set(key, j);
        }
        j.cvss.push(...f.cvss);
        j.severities.push(...f.severities);
        if (!j.reports.includes(f.report))
            j.reports.push(f.report);
    }
    return [...out.values()];
}

;// CONCATENATED MODULE: ./lib/vuln/cvss3.js
/**
 * CVSS v3.0/v3.1 base score from a vector string (FIRST specification, section 7.1), for sources
 * that give only the vector (OSV `severity[].score`). Returns undefined for anything that is not a
 * complete v3 vector.
 */
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 }
};
/** Round up to one decimal as the specification defines it (floating-point safe, v3.1). */
function roundUp(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
function cvss3BaseScore(vector) {
    const parts = vector.trim().split('/');
    if (!/^CVSS:3\.[01]$/.test(parts[0] ?? ''))
        return undefined;
    const m = new Map();
    for (const p of parts.slice(1)) {
        const [k, v] = p.split(':');
        if (!k || !v || m.has(k))
            return undefined;
        m.set(k, v);
    }
    const scope = m.get('S');
    const pr = m.get('PR');
    if (scope !== 'U' && scope !== 'C')
        return undefined;
    const prW = { N: 0.85, L: scope === 'C' ? 0.68 : 0.62, H: scope === 'C' ? 0.5 : 0.27 }[pr ?? ''];
    const w = (k) => WEIGHTS[k][m.get(k) ?? ''];
    const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w);
    if ([prW, av, ac, ui, c, i, a].some((x) => x === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
    const exploitability = 8.22 * av * ac * prW * ui;
    if (impact <= 0)
        return 0;
    return scope === 'U'
        ? roundUp(Math.min(impact + exploitability, 10))
        : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}

;// CONCATENATED MODULE: ./lib/vuln/reports.js
/**
 * Scanner reports (grype JSON, trivy JSON, osv-scanner JSON) reduced to findings: one per
 * (vulnerability, package), with every id the report gives for it (CVE \u2194 GHSA aliases), every
 * CVSS v3 base score with its source, and the severity words. The format is the one schema the
 * document validates against (schema/sbom-vex-*-report.v1.json); none or several is an error.
 */




const SCHEMAS = {
    grype: 'sbom-vex-grype-report.v1.json',
    trivy: 'sbom-vex-trivy-report.v1.json',
    'osv-scanner': 'sbom-vex-osv-report.v1.json'
};
/** Load the validator of the report schemas (grype, trivy, osv-scanner) (in a bundle, its chunk); await it before `parseReport`. */
function loadReportValidators() {
    return (0,schemas/* loadSchemaValidators */.Je)(...Object.values(SCHEMAS));
}
function detect(doc) {
    const matched = [];
    const why = [];
    for (const f of Object.keys(SCHEMAS)) {
        const v = (0,schemas/* schemaValidator */.Ki)(SCHEMAS[f]);
        if (v(doc.json))
            matched.push(f);
        else
            why.push(`${f}: ${(0,schemas/* describeSchemaErrors */.cz)(v.errors).slice(0, 2).join('; ')}`);
    }
    if (matched.length === 1)
        return matched[0];
    throw new VulnDocumentError('reports', doc.file, matched.length
        ? `input 'reports': ${doc.file} reads as several report formats (${matched.join(', ')})`
        : `input 'reports': ${doc.file} is not a grype, trivy or osv-scanner JSON report (${why.join(' | ')})`, 'Pass the JSON report exactly as `grype -o json`, `trivy --format json` or `osv-scanner --format json` wrote it.');
}
function pkgOf(name, version, purl) {
    const p = { name, version, keys: [] };
    if (purl) {
        try {
            const parsed = parsePurl(purl);
            p.purl = formatPurl(parsed);
            p.keys.push(...purlKeys(parsed));
        }
        catch (err) {
            if (!(err instanceof PurlError))
                throw err;
        }
    }
    p.keys.push(nameVersionKey(name, version));
    return p;
}
const reports_DIGEST = /sha256:[0-9a-f]{64}/gi;
function digests(...values) {
    const out = new Set();
    for (const v of values.flat())
        if (typeof v === 'string')
            for (const m of v.match(reports_DIGEST) ?? [])
                out.add(m.toLowerCase());
    return [...out];
}
function grypeScores(v, out) {
    for (const c of Array.isArray(v.cvss) ? v.cvss.filter(isObject) : []) {
        const version = str(c.version) ?? '';
        if (!version.startsWith('3'))
            continue;
        const metrics = isObject(c.metrics) ? c.metrics : {};
        const score = typeof metrics.baseScore === 'number'
            ? metrics.baseScore
            : cvss3BaseScore(str(c.vector) ?? '');
        if (score !== undefined)
            out.push({ score, source: `grype:${str(c.source) ?? str(v.namespace) ?? str(v.id)}` });
    }
}
function fromGrype(doc, j) {
    const source = isObject(j.source) ? j.source : {};
    const target = isObject(source.target) ? source.target : {};
    const findings = [];
    for (const m of j.matches.filter(isObject)) {
        const v = m.vulnerability;
        const related = Array.isArray(m.relatedVulnerabilities)
            ? m.relatedVulnerabilities.filter(isObject)
            : [];
        const a = m.artifact;
        const cvss = [];
        grypeScores(v, cvss);
        for (const r of related)
            grypeScores(r, cvss);
        const severities = [v, ...related]
            .filter((x) => str(x.severity))
            .map((x) => ({ word: str(x.severity), source: `grype:${str(x.namespace) ?? str(x.id)}` }));
        findings.push({
            report: doc.file,
            id: String(v.id),
            ids: [...new Set([String(v.id), ...related.map((r) => String(r.id))])],
            package: pkgOf(String(a.name), String(a.version), str(a.purl)),
            cvss,
            severities
        });
    }
    return {
        file: doc.file,
        sha256: doc.sha256,
        format: 'grype',
        target: str(target.userInput) ?? (typeof source.target === 'string' ? source.target : undefined),
        targetDigests: digests(target.imageID, target.manifestDigest, target.repoDigests),
        findings
    };
}
function fromTrivy(doc, j) {
    const meta = isObject(j.Metadata) ? j.Metadata : {};
    const findings = [];
    for (const r of (Array.isArray(j.Results) ? j.Results : []).filter(isObject)) {
        for (const v of (Array.isArray(r.Vulnerabilities) ? r.Vulnerabilities : []).filter(isObject)) {
            const cvss = [];
            for (const [src, c] of Object.entries(isObject(v.CVSS) ? v.CVSS : {})) {
                if (!isObject(c))
                    continue;
                const score = typeof c.V3Score === 'number' ? c.V3Score : cvss3BaseScore(str(c.V3Vector) ?? '');
                if (score !== undefined)
                    cvss.push({ score, source: `trivy:${src}` });
            }
            const ident = isObject(v.PkgIdentifier) ? v.PkgIdentifier : {};
            const id = String(v.VulnerabilityID);
            findings.push({
                report: doc.file,
                id,
                ids: [id],
                package: pkgOf(String(v.PkgName), String(v.InstalledVersion), str(ident.PURL)),
                cvss,
                severities: str(v.Severity)
                    ? [{ word: str(v.Severity), source: `trivy:${str(v.SeveritySource) ?? 'trivy'}` }]
                    : []
            });
        }
    }
    return {
        file: doc.file,
        sha256: doc.sha256,
        format: 'trivy',
        target: str(j.ArtifactName),
        targetDigests: str(j.ArtifactType) === 'container_image' || meta.ImageID
            ? digests(meta.ImageID, meta.RepoDigests)
            : [],
        findings
    };
}
function fromOsv(doc, j) {
    const findings = [];
    for (const r of j.results.filter(isObject)) {
        for (const p of r.packages.filter(isObject)) {
            const pk = p.package;
            const name = String(pk.name);
            const version = str(pk.version) ?? '';
            let purl = str(pk.purl);
            if (!purl) {
                const built = purlFromEcosystem(String(pk.ecosystem), name, version);
                purl = built && formatPurl(built);
            }
            const vulns = new Map();
            for (const v of (Array.isArray(p.vulnerabilities) ? p.vulnerabilities : []).filter(isObject))
                vulns.set(String(v.id), v);
            const groups = (Array.isArray(p.groups) ? p.groups : [])
                .filter(isObject)
                .map((g) => (Array.isArray(g.ids) ? g.ids.map(String) : []));
            const grouped = new Set(groups.flat());
            for (const id of vulns.keys())
                if (!grouped.has(id))
                    groups.push([id]);
            for (const ids of groups) {
                if (ids.length === 0)
                    continue;
                const all = new Set(ids);
                const cvss = [];
                const severities = [];
                for (const id of ids) {
                    const v = vulns.get(id);
                    if (!v)
                        continue;
                    for (const a of Array.isArray(v.aliases) ? v.aliases : [])
                        if (typeof a === 'string')
                            all.add(a);
                    for (const s of (Array.isArray(v.severity) ? v.severity : []).filter(isObject)) {
                        if (s.type !== 'CVSS_V3')
                            continue;
                        const score = cvss3BaseScore(String(s.score));
                        if (score !== undefined)
                            cvss.push({ score, source: `osv-scanner:${id}` });
                    }
                    const ds = isObject(v.database_specific) ? str(v.database_specific.severity) : undefined;
                    if (ds)
                        severities.push({ word: ds, source: `osv-scanner:${id}` });
                }
                findings.push({
                    report: doc.file,
                    id: ids[0],
                    ids: [...all],
                    package: pkgOf(name, version, purl),
                    cvss,
                    severities
                });
            }
        }
    }
    return { file: doc.file, sha256: doc.sha256, format: 'osv-scanner', targetDigests: [], findings };
}
function parseReport(doc) {
    if (!isObject(doc.json))
        throw new VulnDocumentError('reports', doc.file, `input 'reports': ${doc.file} is not a JSON object`, 'Pass a grype, trivy or osv-scanner JSON report.');
    const format = detect(doc);
    if (format === 'grype')
        return fromGrype(doc, doc.json);
    if (format === 'trivy')
        return fromTrivy(doc, doc.json);
    return fromOsv(doc, doc.json);
}

;// CONCATENATED MODULE: ./lib/vuln/vex-match.js

const IMAGE = new Set(['oci', 'docker']);
const IDENTITY_FREE = new Set(['repository_url', 'tag']);
/** Does the VEX purl `v` name the package `t`? A VEX purl without a version names every version. */
function purlNames(v, t) {
    if (IMAGE.has(v.type) && IMAGE.has(t.type) && v.version.startsWith('sha256:'))
        return v.version === t.version;
    if (v.type !== t.type || v.namespace !== t.namespace || v.name !== t.name)
        return false;
    if (v.version && keyVersion(v) !== keyVersion(t))
        return false;
    for (const [k, val] of Object.entries(v.qualifiers)) {
        if (k === 'epoch')
            continue;
        if (IMAGE.has(v.type) && IDENTITY_FREE.has(k) && v.version.startsWith('sha256:'))
            continue;
        if (t.qualifiers[k] !== undefined && t.qualifiers[k] !== val)
            return false;
        if (t.qualifiers[k] === undefined && !(IMAGE.has(v.type) && k === 'tag'))
            return false;
    }
    return true;
}
function componentPurl(f) {
    if (f.sbomComponent?.purl)
        return f.sbomComponent.purl;
    if (!f.component.purl)
        return undefined;
    try {
        return parsePurl(f.component.purl);
    }
    catch (err) {
        if (err instanceof PurlError)
            return undefined;
        throw err;
    }
}
function isSubject(ref, ctx) {
    const { sbom } = ctx;
    if (ref.bomLink) {
        const serial = (sbom.serialNumber ?? '').toLowerCase().replace(/^urn:uuid:/, '');
        return (ref.bomLink.serial === serial &&
            (ref.bomLink.version === undefined || ref.bomLink.version === sbom.bomVersion) &&
            sbom.subject.some((s) => s.ref === ref.bomLink.ref));
    }
    if (ref.purl) {
        const p = ref.purl;
        if (IMAGE.has(p.type) &&
            p.version.startsWith('sha256:') &&
            sbom.subjectDigests.includes(p.version))
            return true;
        return [...sbom.subject.map((s) => s.purl), ...ctx.products].some((s) => s !== undefined && purlNames(p, s));
    }
    return ref.raw !== '' && sbom.subject.some((s) => s.ref === ref.raw);
}
function isComponent(ref, f, ctx) {
    const c = f.sbomComponent;
    if (ref.bomLink) {
        const serial = (ctx.sbom.serialNumber ?? '').toLowerCase().replace(/^urn:uuid:/, '');
        if (ref.bomLink.serial !== serial)
            return false;
        if (ref.bomLink.version !== undefined && ref.bomLink.version !== ctx.sbom.bomVersion)
            return false;
        return c !== undefined && c.ref === ref.bomLink.ref;
    }
    if (ref.purl) {
        const t = componentPurl(f);
        return t !== undefined && purlNames(ref.purl, t);
    }
    return c !== undefined && ref.raw !== '' && c.ref === ref.raw;
}
function statementApplies(s, f, ctx) {
    for (const p of s.products) {
        if (isSubject(p, ctx)) {
            if (p.subcomponents.length === 0 || p.subcomponents.some((sc) => isComponent(sc, f, ctx)))
                return true;
        }
        else if (p.subcomponents.length === 0 && isComponent(p, f, ctx))
            return true;
    }
    return false;
}
/** Statements indexed by every vulnerability id (upper-cased) they name. */
function indexStatements(statements) {
    const idx = new Map();
    for (const s of statements) {
        for (const id of new Set(s.aliases.map((a) => a.toUpperCase()))) {
            const list = idx.get(id);
            if (list)
                list.push(s);
            else
                idx.set(id, [s]);
        }
    }
    return idx;
}
function selectStatement(f, idx, ctx) {
    const seen = new Set();
    for (const id of f.ids)
        for (const s of idx.get(id) ?? [])
            seen.add(s);
    const applicable = [...seen].filter((s) => statementApplies(s, f, ctx));
    if (applicable.length === 0)
        return { conflict: [], considered: 0 };
    const t = (s) => s.timestamp?.getTime() ?? -Infinity;
    applicable.sort((a, b) => t(b) - t(a));
    const top = applicable.filter((s) => t(s) === t(applicable[0]));
    const statuses = new Set(top.map((s) => s.status));
    return {
        winner: applicable[0],
        conflict: statuses.size > 1 ? top : [],
        considered: applicable.length
    };
}

;// CONCATENATED MODULE: ./lib/vuln/vex.js
/**
 * VEX statements from OpenVEX 0.2.0 and CycloneDX (1.4\u20131.6) VEX documents, each validated with
 * its published schema, normalised to one model: the vulnerability (with aliases), the products
 * and subcomponents it names, the status, the justification or impact statement, when it was
 * made (statement \u2192 document timestamp cascade) and when it expires (EXPIRES_FIELD below).
 */





/**
 * The hub's TTL extension: an RFC 3339 time after which a statement no longer counts. The
 * OpenVEX schema admits no extra fields, so there it is a `ci-intel:expires=<time>` token in the
 * statement's `status_notes`; in CycloneDX it is a vulnerability property of that name.
 */
const EXPIRES_FIELD = 'ci-intel:expires';
const EXPIRES_TOKEN = /(?:^|\s)ci-intel:expires=(\S+)/;
function bad(doc, message, help) {
    throw new VulnDocumentError('vex', doc.file, `input 'vex': ${doc.file} ${message}`, help);
}
function time(v, what, problems) {
    if (typeof v !== 'string')
        return undefined;
    const p = (0,timestamp/* parseRfc3339 */.T)(v);
    if (p.ok)
        return p.date;
    problems.push(`${what}: ${p.reason}`);
    return undefined;
}
function productRef(raw, subs = []) {
    const ref = { raw, subcomponents: subs };
    const link = /^urn:cdx:([^/]+)\/(\d+)?#(.+)$/.exec(raw);
    if (link) {
        ref.bomLink = {
            serial: link[1].toLowerCase(),
            version: link[2] ? Number(link[2]) : undefined,
            ref: decodeURIComponent(link[3])
        };
        if (ref.bomLink.ref.startsWith('pkg:')) {
            try {
                ref.purl = parsePurl(ref.bomLink.ref);
            }
            catch (err) {
                if (!(err instanceof PurlError))
                    throw err;
            }
        }
        return ref;
    }
    if (/^pkg:/i.test(raw)) {
        try {
            ref.purl = parsePurl(raw);
        }
        catch (err) {
            if (!(err instanceof PurlError))
                throw err;
        }
    }
    return ref;
}
function openvexProduct(p) {
    const ids = isObject(p.identifiers) ? p.identifiers : {};
    const raw = str(ids.purl) ?? str(p['@id']) ?? '';
    const subs = (Array.isArray(p.subcomponents) ? p.subcomponents : [])
        .filter(isObject)
        .map((s) => openvexProduct(s));
    return productRef(raw, subs);
}
function fromOpenvex(doc, j) {
    const ctx = String(j['@context'] ?? '');
    if (!/^https:\/\/openvex\.dev\/ns(\/v0\.2\.0)?$/.test(ctx))
        bad(doc, `is OpenVEX with @context '${ctx}'; this gate reads OpenVEX v0.2.0`, 'Regenerate or convert the document with a current vexctl (OpenVEX v0.2.0).');
    const validate = thirdPartyValidator('openvex-0.2.0');
    if (!validate(j))
        bad(doc, `is not valid OpenVEX 0.2.0: ${(0,schemas/* describeSchemaErrors */.cz)(validate.errors).slice(0, 5).join('; ')}`, 'Fix the document so it validates against the OpenVEX JSON Schema.');
    const docProblems = [];
    const docTime = time(j.last_updated, 'document last_updated', docProblems) ??
        time(j.timestamp, 'document timestamp', docProblems);
    const statements = j.statements.filter(isObject).map((s, index) => {
        const problems = [...docProblems];
        const v = isObject(s.vulnerability) ? s.vulnerability : {};
        const name = str(v.name) ?? str(v['@id']) ?? '';
        const status = String(s.status);
        return {
            doc: doc.file,
            index,
            format: 'openvex',
            vulnerability: name,
            aliases: [name, ...(Array.isArray(v.aliases) ? v.aliases.map(String) : [])].filter(Boolean),
            products: (Array.isArray(s.products) ? s.products : []).filter(isObject).map(openvexProduct),
            status,
            statusWord: status,
            justification: str(s.justification),
            impact: str(s.impact_statement)?.trim() || undefined,
            timestamp: time(s.last_updated, 'statement last_updated', problems) ??
                time(s.timestamp, 'statement timestamp', problems) ??
                docTime,
            expires: time(EXPIRES_TOKEN.exec(str(s.status_notes) ?? '')?.[1], `status_notes ${EXPIRES_FIELD}`, problems),
            problems
        };
    });
    return { file: doc.file, sha256: doc.sha256, format: 'openvex', id: str(j['@id']), statements };
}
const CDX_STATUS = {
    not_affected: 'not_affected',
    false_positive: 'not_affected',
    exploitable: 'affected',
    resolved: 'fixed',
    resolved_with_pedigree: 'fixed',
    in_triage: 'under_investigation'
};
function fromCyclonedxVex(doc, j) {
    const v = String(j.specVersion);
    if (v !== '1.4' && v !== '1.5' && v !== '1.6')
        bad(doc, `is CycloneDX ${v}; VEX is read from CycloneDX 1.4, 1.5 and 1.6`, 'Regenerate the VEX as CycloneDX 1.4 or later.');
    const validate = thirdPartyValidator(`cyclonedx-${v}`);
    if (!validate(j))
        bad(doc, `is not valid CycloneDX ${v}: ${(0,schemas/* describeSchemaErrors */.cz)(validate.errors).slice(0, 5).join('; ')}`, 'Fix the document so it validates against the CycloneDX JSON Schema.');
    const docProblems = [];
    const meta = isObject(j.metadata) ? j.metadata : {};
    const docTime = time(meta.timestamp, 'metadata.timestamp', docProblems);
    const statements = [];
    const vulns = (Array.isArray(j.vulnerabilities) ? j.vulnerabilities : []).filter(isObject);
    vulns.forEach((vu, index) => {
        const a = isObject(vu.analysis) ? vu.analysis : undefined;
        if (!a || typeof a.state !== 'string')
            return; // a VDR entry without analysis states nothing
        const problems = [...docProblems];
        const props = (Array.isArray(vu.properties) ? vu.properties : []).filter(isObject);
        const expiresProp = props.find((p) => p.name === EXPIRES_FIELD);
        const id = String(vu.id ?? '');
        const refs = (Array.isArray(vu.references) ? vu.references : [])
            .filter(isObject)
            .map((r) => String(r.id ?? ''));
        statements.push({
            doc: doc.file,
            index,
            format: 'cyclonedx',
            vulnerability: id,
            aliases: [id, ...refs].filter(Boolean),
            products: (Array.isArray(vu.affects) ? vu.affects : [])
                .filter(isObject)
                .map((af) => productRef(String(af.ref ?? ''))),
            status: CDX_STATUS[a.state] ?? 'under_investigation',
            statusWord: a.state,
            justification: str(a.justification) ?? (a.state === 'false_positive' ? 'false_positive' : undefined),
            impact: str(a.detail)?.trim() || undefined,
            timestamp: time(a.lastUpdated, 'analysis.lastUpdated', problems) ??
                time(a.firstIssued, 'analysis.firstIssued', problems) ??
                time(vu.updated, 'updated', problems) ??
                time(vu.published, 'published', problems) ??
                docTime,
            expires: time(expiresProp?.value, `property ${EXPIRES_FIELD}`, problems),
            problems
        });
    });
    return {
        file: doc.file,
        sha256: doc.sha256,
        format: 'cyclonedx',
        id: str(j.serialNumber),
        statements
    };
}
/** A VEX document from its JSON (already strict-parsed): OpenVEX or CycloneDX. */
function parseVex(doc) {
    const j = doc.json;
    if (!isObject(j))
        bad(doc, 'is not a JSON object', 'Pass an OpenVEX or CycloneDX VEX JSON document.');
    if ('@context' in j)
        return fromOpenvex(doc, j);
    if (j.bomFormat === 'CycloneDX')
        return fromCyclonedxVex(doc, j);
    return bad(doc, 'is neither OpenVEX (@context) nor CycloneDX VEX (bomFormat)', 'Pass an OpenVEX v0.2.0 or CycloneDX VEX JSON document.');
}

;// CONCATENATED MODULE: ./lib/gates/sbom-vex/decide.js

const SEVERITY_FLOOR = {
    critical: 9,
    high: 7,
    important: 7,
    moderate: 4,
    medium: 4,
    low: 0.1
};
function refOf(s) {
    return {
        doc: s.doc,
        index: s.index,
        vulnerability: s.vulnerability,
        status: s.statusWord,
        justification: s.justification,
        impact: s.impact,
        timestamp: s.timestamp?.toISOString(),
        expires: s.expires?.toISOString()
    };
}
/** When a statement stops counting: the earlier of its own expiry and timestamp + max-vex-age. */
function expiryOf(s, maxVexAgeMs) {
    const byAge = s.timestamp && maxVexAgeMs > 0 ? new Date(s.timestamp.getTime() + maxVexAgeMs) : undefined;
    if (s.expires && byAge)
        return s.expires < byAge ? s.expires : byAge;
    return s.expires ?? byAge;
}
function whyNotSuppressing(s, p) {
    if (s.status !== 'not_affected')
        return `its status is ${s.statusWord}`;
    if (p.untrustedDocs.has(s.doc))
        return 'its document has no valid signature from the required signer';
    if (s.problems.length)
        return s.problems.join('; ');
    if (!s.justification && !s.impact)
        return 'not_affected without a justification or impact statement';
    if (!s.timestamp)
        return 'it has no timestamp, so its age cannot be judged';
    if (s.timestamp.getTime() > p.now.getTime() + 5 * 60_000)
        return `its timestamp ${s.timestamp.toISOString()} lies in the future`;
    const exp = expiryOf(s, p.maxVexAgeMs);
    if (!exp)
        return 'it has no TTL (no ci-intel:expires and no max-vex-age)';
    if (exp.getTime() <= p.now.getTime())
        return `it expired at ${exp.toISOString()}`;
    return undefined;
}
function decide(f, idx, ctx, feeds, p) {
    let cvss;
    let cvssSource;
    for (const c of f.cvss)
        if (cvss === undefined || c.score > cvss)
            [cvss, cvssSource] = [c.score, c.source];
    let epss;
    let epssId;
    let kev = false;
    for (const id of f.ids) {
        const e = feeds.epss?.scores.get(id);
        if (e && (epss === undefined || e.percentile > epss))
            [epss, epssId] = [e.percentile, id];
        if (feeds.kev?.entries.has(id))
            kev = true;
    }
    let risk = cvss;
    let riskSource = cvssSource && `CVSS v3 ${cvss} (${cvssSource})`;
    if (epss !== undefined && (risk === undefined || epss * 10 > risk)) {
        risk = Math.round(epss * 100) / 10;
        riskSource = `EPSS percentile ${epss} of ${epssId} \u00d7 10`;
    }
    for (const s of f.severities) {
        const floor = SEVERITY_FLOOR[s.word.toLowerCase()];
        if (floor !== undefined && (risk === undefined || floor > risk)) {
            risk = floor;
            riskSource = `severity '${s.word}' (${s.source}) with no higher score`;
        }
    }
    const sel = selectStatement(f, idx, ctx);
    const d = {
        vulnerability: f.vulnerability,
        aliases: f.ids.filter((i) => i !== f.vulnerability),
        component: {
            name: f.component.name,
            version: f.component.version,
            purl: f.sbomComponent?.purlText ?? f.component.purl,
            sbomRef: f.sbomComponent?.ref
        },
        risk,
        riskSource,
        cvss,
        epssPercentile: epss,
        kev,
        outcome: 'allowed',
        reason: '',
        reports: f.reports
    };
    const threats = [];
    if (risk === undefined)
        threats.push('no score from any source (unscored findings block)');
    else if (risk >= p.maxRisk)
        threats.push(`risk ${risk} \u2265 ${p.maxRisk} from ${riskSource}`);
    if (kev)
        threats.push(`listed in CISA KEV ${feeds.kev.catalogVersion}`);
    if (sel.winner)
        d.vex = refOf(sel.winner);
    if (sel.conflict.length)
        d.conflict = sel.conflict.map(refOf);
    const rejected = sel.winner
        ? sel.conflict.length
            ? 'statements with the same time disagree'
            : whyNotSuppressing(sel.winner, p)
        : undefined;
    if (sel.winner && rejected)
        d.vexRejected = rejected;
    if (threats.length === 0) {
        d.reason = `risk ${risk} < ${p.maxRisk}${riskSource ? ` (${riskSource})` : ''}, not in KEV${feeds.kev ? '' : ' (KEV not checked)'}`;
        return d;
    }
    if (sel.winner && !rejected) {
        d.outcome = 'suppressed';
        d.reason = `${threats.join('; ')}; suppressed by VEX not_affected (${sel.winner.justification ?? 'impact statement'}) until ${expiryOf(sel.winner, p.maxVexAgeMs).toISOString()}`;
        return d;
    }
    d.outcome = 'blocked';
    d.reason =
        threats.join('; ') +
            (sel.winner
                ? `; the VEX statement does not suppress: ${rejected}`
                : '; no VEX statement for this vulnerability and product');
    return d;
}

;// CONCATENATED MODULE: ./lib/gates/sbom-vex/rules.js
const R = {
    blocked: 'sbom-vex/blocked',
    suppressed: 'sbom-vex/suppressed',
    notInSbom: 'sbom-vex/not-in-sbom',
    otherTarget: 'sbom-vex/report-for-other-target',
    vexIgnored: 'sbom-vex/vex-not-usable',
    vexConflict: 'sbom-vex/vex-conflict',
    feedStale: 'sbom-vex/feed-stale',
    feedDigest: 'sbom-vex/feed-digest',
    feedMissing: 'sbom-vex/feed-not-given',
    nothing: 'sbom-vex/nothing-to-check',
    badPurl: 'sbom-vex/bad-purl',
    sbomLenient: 'sbom-vex/sbom-schema-deviation'
};
const RULES = [
    {
        id: R.blocked,
        title: 'Vulnerability blocks the release',
        help: "Upgrade the component, or publish a justified, unexpired VEX 'not_affected' statement for this vulnerability and product.",
        severity: 'error'
    },
    {
        id: R.suppressed,
        title: 'Vulnerability suppressed by VEX',
        help: 'Recorded for the evidence bundle: the VEX statement that suppressed it and when it expires.',
        severity: 'note'
    },
    {
        id: R.notInSbom,
        title: 'Finding for a component the SBOM does not list',
        help: 'The scan and the SBOM must describe the same artifact: scan the SBOM itself (grype sbom:\u2026, trivy sbom \u2026) or regenerate both from one image digest.',
        severity: 'error'
    },
    {
        id: R.otherTarget,
        title: 'Report scanned another artifact',
        help: 'The report names an image digest the SBOM does not; pass the report of the same image.',
        severity: 'error'
    },
    {
        id: R.vexIgnored,
        title: 'VEX statement cannot suppress',
        help: "A 'not_affected' needs a justification or impact_statement, a timestamp, an unexpired TTL (ci-intel:expires or max-vex-age) and, when required, a valid signature.",
        severity: 'warning'
    },
    {
        id: R.vexConflict,
        title: 'VEX statements contradict each other',
        help: 'Two statements for the same vulnerability and product carry the same time but different statuses; publish one newer statement.',
        severity: 'warning'
    },
    {
        id: R.feedStale,
        title: 'Feed snapshot older than max-feed-age',
        help: 'Refresh the pinned KEV/EPSS snapshot (and its sha256 pin).',
        severity: 'error'
    },
    {
        id: R.feedDigest,
        title: 'Feed snapshot is not the pinned one',
        help: "The snapshot's sha256 differs from kev-sha256/epss-sha256: it was swapped or the pin is outdated.",
        severity: 'error'
    },
    {
        id: R.feedMissing,
        title: 'Feed not given: its rule did not run',
        help: 'Give kev (CISA KEV JSON) and epss (FIRST EPSS CSV) snapshots so known-exploited and EPSS rules run.',
        severity: 'warning'
    },
    {
        id: R.nothing,
        title: 'Nothing to check',
        help: 'Give an SBOM with components and at least one scanner report.',
        severity: 'error'
    },
    {
        id: R.badPurl,
        title: 'Unreadable package URL',
        help: 'A purl in the SBOM could not be parsed; components without a usable purl match only by name and version.',
        severity: 'warning'
    },
    {
        id: R.sbomLenient,
        title: 'SBOM deviates from its schema where the gate does not read',
        help: 'SPDX 2.2 requires copyrightText/licenseConcluded/licenseDeclared/downloadLocation on every package (optional since 2.3); write SPDX 2.3 to silence this.',
        severity: 'warning'
    }
];

// EXTERNAL MODULE: ./lib/sigstore/trust.js + 1 modules
var trust = __webpack_require__(77104);
;// CONCATENATED MODULE: ./lib/gates/sbom-vex/signer.js
/** The signer policy for VEX documents, from inputs vex-signer, vex-signer-issuer, trusted-root. */




function loadSigner(inputs, ctx) {
    const identity = inputs.string('vex-signer')?.trim();
    if (!identity)
        return undefined;
    const issuer = inputs.string('vex-signer-issuer')?.trim() || 'https://token.actions.githubusercontent.com';
    const rootFile = inputs.string('trusted-root')?.trim();
    if (!rootFile)
        return { identity, issuer, roots: [(0,trust/* publicGoodTrust */.$$)()] };
    try {
        const text = (0,read_file.readRegularTextFile)((0,external_node_path_.resolve)(ctx.workspace, rootFile), {
            maxBytes: 4 * 1024 * 1024,
            what: "input 'trusted-root':"
        });
        return { identity, issuer, roots: (0,trust/* trustFromText */.a$)(text, rootFile) };
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ || err instanceof trust/* TrustRootError */.Tr)
            throw new errors/* InputError */.dz('trusted-root', err.message);
        throw err;
    }
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(15273);
// EXTERNAL MODULE: ./lib/sigstore/fulcio.js
var fulcio = __webpack_require__(75676);
// EXTERNAL MODULE: ./lib/sigstore/verify.js
var verify = __webpack_require__(79673);
;// CONCATENATED MODULE: ./lib/vuln/vex-signature.js
/**
 * A signed VEX document: a Sigstore bundle (DSSE) whose payload is an in-toto statement carrying
 * the VEX document as its predicate (what `vexctl attest` and `cosign attest-blob --type openvex`
 * write), verified with src/sigstore against a trusted root, and its certificate identity checked
 * against the required signer.
 */





function isSigstoreBundle(json) {
    return (isObject(json) &&
        typeof json.mediaType === 'string' &&
        json.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
}
function sanMatches(san, glob) {
    if (san === glob)
        return true;
    return (0,esm/* minimatch */.xF)(san.replace(/\//g, '\u0000'), glob.replace(/\//g, '\u0000'), {
        dot: true,
        nobrace: true,
        noext: true
    });
}
function openSignedVex(bundle, policy) {
    const r = (0,verify/* verifyWithRoots */.z)(bundle, policy.roots);
    if (!r.ok)
        return { ok: false, reason: `the Sigstore bundle did not verify: ${r.code}: ${r.message}` };
    if (!r.certificate)
        return {
            ok: false,
            reason: 'signed with a bare key; a Fulcio certificate identity is required'
        };
    const id = (0,fulcio/* fulcioIdentity */.N)(r.certificate);
    if (id.inconsistencies.length)
        return {
            ok: false,
            reason: `the certificate contradicts itself: ${id.inconsistencies.join('; ')}`
        };
    if (id.issuer !== policy.issuer)
        return {
            ok: false,
            reason: `certificate issuer ${id.issuer ?? '(none)'}; expected ${policy.issuer}`
        };
    if (!id.san || !sanMatches(id.san, policy.identity))
        return {
            ok: false,
            reason: `signed by ${id.san ?? '(no identity)'}; expected ${policy.identity}`
        };
    if (r.payloadType !== 'application/vnd.in-toto+json' || !r.payload)
        return {
            ok: false,
            reason: `payload type ${String(r.payloadType)}; expected an in-toto statement`
        };
    let statement;
    try {
        statement = (0,strict_json/* parseStrictJson */.RJ)(r.payload.toString('utf8'), 'the signed in-toto statement');
    }
    catch (err) {
        return { ok: false, reason: err.message };
    }
    if (!isObject(statement) || !isObject(statement.predicate))
        return { ok: false, reason: 'the signed in-toto statement has no predicate' };
    const type = String(statement.predicateType ?? '');
    if (!/^https:\/\/openvex\.dev\/ns/.test(type) && !/cyclonedx\.org\/(vex|bom)/.test(type))
        return {
            ok: false,
            reason: `predicateType ${type}; expected OpenVEX (https://openvex.dev/ns/\u2026) or CycloneDX VEX`
        };
    return { ok: true, vex: statement.predicate, signer: id.san };
}

;// CONCATENATED MODULE: ./lib/gates/sbom-vex/index.js
/**
 * Gate: sbom-vex \u2014 join scanner findings to the SBOM and the VEX statements, and block any
 * finding with risk \u2265 max-risk or on CISA's KEV list unless an unexpired, justified VEX
 * `not_affected` for this product suppresses it. Offline; every document schema-validated.
 */


















const MiB = 1024 * 1024;
const LIMITS = {
    sbom: 256 * MiB,
    reports: 256 * MiB,
    vex: 64 * MiB,
    kev: 32 * MiB,
    epss: 128 * MiB
};
function shown(ctx, abs) {
    const rel = (0,external_node_path_.relative)(ctx.workspace, abs);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : abs;
}
function asGateError(err) {
    if (err instanceof VulnDocumentError)
        throw new errors/* GateError */.ue(err.message, err.help, err.file);
    throw err;
}
function load(input, given, ctx, json, parse) {
    const abs = (0,external_node_path_.resolve)(ctx.workspace, given);
    const limit = LIMITS[input];
    try {
        const doc = json
            ? readJsonDocument(input, abs, shown(ctx, abs), limit)
            : readDocument(input, abs, shown(ctx, abs), limit);
        return parse(doc);
    }
    catch (err) {
        return asGateError(err);
    }
}
function parseWith(doc, parse) {
    try {
        return parse(doc);
    }
    catch (err) {
        return asGateError(err);
    }
}
function nowOf(inputs, ctx) {
    const text = inputs.string('now')?.trim();
    if (!text)
        return ctx.now();
    const p = (0,timestamp/* parseRfc3339 */.T)(text);
    if (!p.ok)
        throw new errors/* InputError */.dz('now', p.reason);
    return p.date;
}
function sha256Pin(inputs, name) {
    const v = inputs
        .string(name)
        ?.trim()
        .toLowerCase()
        .replace(/^sha256:/, '');
    if (!v)
        return undefined;
    if (!/^[0-9a-f]{64}$/.test(v))
        throw new errors/* InputError */.dz(name, 'must be a sha256 hex digest (64 hex digits)');
    return v;
}
function feedChecks(name, feed, date, pin, now, maxAgeMs, findings) {
    if (pin && pin !== feed.sha256)
        findings.push({
            rule: R.feedDigest,
            severity: 'error',
            message: `${name} snapshot ${feed.file} has sha256 ${feed.sha256}; ${name}-sha256 pins ${pin}`,
            file: feed.file
        });
    const age = now.getTime() - date.getTime();
    if (age > maxAgeMs)
        findings.push({
            rule: R.feedStale,
            severity: 'error',
            message: `${name} snapshot ${feed.file} is from ${(0,timestamp/* formatRfc3339 */.Z)(date)}, ${Math.floor(age / 3600_000)} h old; max-feed-age allows ${Math.floor(maxAgeMs / 3600_000)} h`,
            file: feed.file
        });
    if (age < -5 * 60_000)
        findings.push({
            rule: R.feedStale,
            severity: 'error',
            message: `${name} snapshot ${feed.file} is dated ${(0,timestamp/* formatRfc3339 */.Z)(date)}, after now (${(0,timestamp/* formatRfc3339 */.Z)(now)})`,
            file: feed.file
        });
}
function findingOf(d) {
    const comp = `${d.component.purl ?? `${d.component.name}@${d.component.version}`}`;
    const vex = d.vex
        ? ` [VEX ${d.vex.doc}#${d.vex.index}: ${d.vex.status}${d.vex.justification ? `/${d.vex.justification}` : ''}${d.vex.timestamp ? ` @ ${d.vex.timestamp}` : ''}]`
        : '';
    const msg = `${d.vulnerability}${d.aliases.length ? ` (${d.aliases.join(', ')})` : ''} in ${comp}: ${d.reason}${vex}`;
    return d.outcome === 'blocked'
        ? { rule: R.blocked, severity: 'error', message: msg, file: d.reports[0] }
        : { rule: R.suppressed, severity: 'note', message: msg, file: d.vex?.doc };
}
async function loadVex(files, ctx, inputs, findings) {
    const signer = loadSigner(inputs, ctx);
    const docs = [];
    const untrusted = new Set();
    for (const given of files) {
        const doc = load('vex', given, ctx, true, (d) => d);
        let parsed;
        let who;
        let trusted = !signer;
        if (isSigstoreBundle(doc.json)) {
            if (!signer)
                throw new errors/* GateError */.ue(`input 'vex': ${doc.file} is a Sigstore bundle; give vex-signer (the identity that must have signed it) to verify and read it`, 'Set vex-signer (and vex-signer-issuer, trusted-root if not the public-good instance).', doc.file);
            const opened = openSignedVex(doc.json, signer);
            if (!opened.ok) {
                findings.push({
                    rule: R.vexIgnored,
                    severity: 'error',
                    message: `VEX ${doc.file}: ${opened.reason}; none of its statements can suppress`,
                    file: doc.file,
                    help: 'Sign the VEX document with the required identity (vexctl attest / cosign attest-blob --type openvex).'
                });
                continue;
            }
            await preloadThirdParty(vexSchemaOf(opened.vex));
            try {
                parsed = parseVex({ ...doc, json: opened.vex });
            }
            catch (err) {
                return asGateError(err);
            }
            who = opened.signer;
            trusted = true;
        }
        else {
            await preloadThirdParty(vexSchemaOf(doc.json));
            try {
                parsed = parseVex(doc);
            }
            catch (err) {
                return asGateError(err);
            }
            if (signer) {
                findings.push({
                    rule: R.vexIgnored,
                    severity: 'error',
                    message: `VEX ${doc.file} is not signed; vex-signer requires a Sigstore bundle signed by ${signer.identity}`,
                    file: doc.file
                });
            }
        }
        parsed.signer = who;
        if (!trusted)
            untrusted.add(parsed.file);
        docs.push(parsed);
    }
    return { docs, untrusted, signer: signer?.identity };
}
const sbomVex = {
    name: 'sbom-vex',
    rules: RULES,
    async evaluate(inputs, ctx) {
        const now = nowOf(inputs, ctx);
        const maxRisk = inputs.number('max-risk');
        if (maxRisk === undefined || !(maxRisk >= 0 && maxRisk <= 10))
            throw new errors/* InputError */.dz('max-risk', 'must be a number from 0 to 10');
        const maxVexAgeMs = inputs.duration('max-vex-age') ?? 0;
        const maxFeedAgeMs = inputs.duration('max-feed-age') ?? 0;
        if (maxVexAgeMs <= 0)
            throw new errors/* InputError */.dz('max-vex-age', 'must be a positive duration such as 90d');
        if (maxFeedAgeMs <= 0)
            throw new errors/* InputError */.dz('max-feed-age', 'must be a positive duration such as 7d');
        const requireMatch = inputs.boolean('require-sbom-match');
        const products = [];
        for (const p of inputs.list('product')) {
            try {
                products.push(parsePurl(p));
            }
            catch (err) {
                if (err instanceof PurlError)
                    throw new errors/* InputError */.dz('product', err.message);
                throw err;
            }
        }
        const findings = [];
        const sbomFile = inputs.requireString('sbom');
        const reportFiles = inputs.list('reports');
        if (reportFiles.length === 0)
            throw new errors/* InputError */.dz('reports', 'give at least one scanner report (grype, trivy or osv-scanner JSON): nothing to check');
        // The schema's build-time validator is loaded (a bundle chunk) once the format is known.
        const sbomDoc = load('sbom', sbomFile, ctx, true, (d) => d);
        await preloadThirdParty(sbomSchemaOf(sbomDoc.json));
        const sbom = parseWith(sbomDoc, parseSbom);
        for (const w of sbom.schemaWarnings)
            findings.push({
                rule: R.sbomLenient,
                severity: 'warning',
                message: `SBOM ${sbom.file}: ${w}`,
                file: sbom.file
            });
        for (const b of sbom.badPurls.slice(0, 20))
            findings.push({
                rule: R.badPurl,
                severity: 'warning',
                message: `SBOM purl ${b}`,
                file: sbom.file
            });
        if (reportFiles.length)
            await loadReportValidators();
        const reports = reportFiles.map((f) => load('reports', f, ctx, true, parseReport));
        const vex = await loadVex(inputs.list('vex'), ctx, inputs, findings);
        const kevPin = sha256Pin(inputs, 'kev-sha256');
        const epssPin = sha256Pin(inputs, 'epss-sha256');
        const kevFile = inputs.string('kev')?.trim();
        const epssFile = inputs.string('epss')?.trim();
        if (kevFile)
            await loadKevValidator();
        const kev = kevFile
            ? load('kev', kevFile, ctx, true, parseKev)
            : undefined;
        const epss = epssFile
            ? load('epss', epssFile, ctx, false, parseEpss)
            : undefined;
        if (kev)
            feedChecks('kev', kev, kev.released, kevPin, now, maxFeedAgeMs, findings);
        else
            findings.push({
                rule: R.feedMissing,
                severity: 'warning',
                message: 'kev not given: the known-exploited (CISA KEV) rule did not run'
            });
        if (epss)
            feedChecks('epss', epss, epss.scoreDate, epssPin, now, maxFeedAgeMs, findings);
        else
            findings.push({
                rule: R.feedMissing,
                severity: 'warning',
                message: 'epss not given: EPSS percentiles did not count towards risk'
            });
        // A report about another image: both name digests and they share none.
        for (const r of reports) {
            if (r.targetDigests.length &&
                sbom.subjectDigests.length &&
                !r.targetDigests.some((d) => sbom.subjectDigests.includes(d)))
                findings.push({
                    rule: R.otherTarget,
                    severity: 'error',
                    message: `report ${r.file} scanned ${r.target ?? 'an image'} (${r.targetDigests.join(', ')}); the SBOM describes ${sbom.subjectDigests.join(', ')}`,
                    file: r.file
                });
        }
        const joined = joinFindings(sbom, reports.flatMap((r) => r.findings));
        const statements = vex.docs.flatMap((d) => d.statements);
        const idx = indexStatements(statements);
        const mctx = { sbom, products };
        const policy = { maxRisk, maxVexAgeMs, now, untrustedDocs: vex.untrusted };
        const decisions = [];
        let notInSbom = 0;
        for (const f of joined) {
            if (!f.sbomComponent) {
                notInSbom++;
                findings.push({
                    rule: R.notInSbom,
                    severity: requireMatch ? 'error' : 'warning',
                    message: `${f.vulnerability} is reported for ${f.component.purl ?? `${f.component.name}@${f.component.version}`}, which the SBOM ${sbom.file} does not list`,
                    file: f.reports[0]
                });
            }
            const d = decide(f, idx, mctx, { kev, epss }, policy);
            decisions.push(d);
            if (d.outcome !== 'allowed')
                findings.push(findingOf(d));
            if (d.conflict)
                findings.push({
                    rule: R.vexConflict,
                    severity: 'warning',
                    message: `${d.vulnerability} in ${d.component.purl ?? d.component.name}: ${d.conflict.map((c) => `${c.doc}#${c.index} ${c.status}`).join(' vs ')} at ${d.conflict[0].timestamp}`,
                    file: d.conflict[0].doc
                });
            else if (d.vexRejected && d.outcome === 'blocked' && d.vex)
                findings.push({
                    rule: R.vexIgnored,
                    severity: 'warning',
                    message: `${d.vex.doc}#${d.vex.index} (${d.vulnerability}): ${d.vexRejected}`,
                    file: d.vex.doc
                });
        }
        const counts = {
            findings: decisions.length,
            blocked: decisions.filter((d) => d.outcome === 'blocked').length,
            suppressed: decisions.filter((d) => d.outcome === 'suppressed').length,
            allowed: decisions.filter((d) => d.outcome === 'allowed').length,
            notInSbom
        };
        const nothing = sbom.components.length === 0;
        if (nothing)
            findings.push({
                rule: R.nothing,
                severity: 'error',
                message: `the SBOM ${sbom.file} lists no components: nothing to check`
            });
        const decisionFile = (0,external_node_path_.resolve)(ctx.workspace, inputs.string('decision-file')?.trim() || (0,external_node_path_.resolve)(ctx.tempDir, 'sbom-vex-decision.json'));
        const evidence = {
            now: (0,timestamp/* formatRfc3339 */.Z)(now),
            policy: {
                maxRisk,
                maxVexAgeSeconds: maxVexAgeMs / 1000,
                maxFeedAgeSeconds: maxFeedAgeMs / 1000,
                requireSbomMatch: requireMatch,
                vexSigner: vex.signer
            },
            sbom: {
                file: sbom.file,
                sha256: sbom.sha256,
                format: sbom.format,
                specVersion: sbom.specVersion,
                components: sbom.components.length,
                subject: sbom.subject.map((s) => s.purlText ?? s.name),
                subjectDigests: sbom.subjectDigests
            },
            reports: reports.map((r) => ({
                file: r.file,
                sha256: r.sha256,
                format: r.format,
                target: r.target,
                findings: r.findings.length
            })),
            vex: vex.docs.map((d) => ({
                file: d.file,
                sha256: d.sha256,
                format: d.format,
                statements: d.statements.length,
                signer: d.signer,
                trusted: !vex.untrusted.has(d.file)
            })),
            feeds: {
                kev: kev
                    ? {
                        ran: true,
                        file: kev.file,
                        sha256: kev.sha256,
                        catalogVersion: kev.catalogVersion,
                        released: (0,timestamp/* formatRfc3339 */.Z)(kev.released),
                        entries: kev.entries.size
                    }
                    : { ran: false, reason: 'kev not given' },
                epss: epss
                    ? {
                        ran: true,
                        file: epss.file,
                        sha256: epss.sha256,
                        scoreDate: (0,timestamp/* formatRfc3339 */.Z)(epss.scoreDate),
                        scores: epss.scores.size
                    }
                    : { ran: false, reason: 'epss not given' }
            },
            counts,
            decisionFile: shown(ctx, decisionFile)
        };
        const hasError = findings.some((f) => f.severity === 'error' && f.rule !== R.blocked);
        const verdict = nothing || hasError ? 'error' : counts.blocked ? 'fail' : 'pass';
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(decisionFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(decisionFile, JSON.stringify({ schema: 'ci-intel.sbom-vex-decision.v1', verdict, ...evidence, decisions }, null, 2) + '\n');
        const firstError = findings.find((f) => f.rule === R.nothing) ??
            findings.find((f) => f.severity === 'error' && (verdict !== 'error' || f.rule !== R.blocked)) ??
            findings.find((f) => f.severity === 'error');
        const summary = verdict === 'pass'
            ? `${counts.findings} finding(s) against ${sbom.components.length} SBOM components: none blocks (${counts.suppressed} suppressed by VEX, ${counts.allowed} below risk ${maxRisk})`
            : verdict === 'fail'
                ? `${counts.blocked} finding(s) block the release (risk \u2265 ${maxRisk} or KEV, no valid VEX): ${firstError?.message ?? ''}`
                : `cannot decide: ${firstError?.message ?? 'see findings'}`;
        return {
            verdict,
            summary,
            findings,
            evidence,
            outputs: {
                'decision-file': decisionFile,
                blocked: String(counts.blocked),
                suppressed: String(counts.suppressed),
                findings: String(counts.findings)
            }
        };
    }
};


/***/ }),

/***/ 75676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fulcioIdentity)
/* harmony export */ });
const ARC = '1.3.6.1.4.1.57264.1.';
/** OIDs .8 and up hold a DER UTF8String; .1\u2013.6 (deprecated) hold the raw string. */
const V2 = {
    issuer: 8,
    buildSignerURI: 9,
    buildSignerDigest: 10,
    runnerEnvironment: 11,
    sourceRepositoryURI: 12,
    sourceRepositoryDigest: 13,
    sourceRepositoryRef: 14,
    sourceRepositoryOwnerURI: 16,
    buildConfigURI: 18,
    buildConfigDigest: 19,
    buildTrigger: 20,
    runInvocationURI: 21
};
const LEGACY = {
    issuer: 1,
    buildTrigger: 2,
    sourceRepositoryDigest: 3,
    workflowName: 4,
    repository: 5,
    sourceRepositoryRef: 6
};
function utf8Ext(cert, n) {
    const ext = cert.extension(ARC + n);
    if (!ext)
        return undefined;
    const obj = ext.valueObj;
    // A DER UTF8String (tag 0x0c) or any string type; fall back to the raw bytes.
    if (obj.subs.length === 0)
        return obj.value.toString('utf8');
    return obj.subs[0].value.toString('utf8');
}
function rawExt(cert, n) {
    const ext = cert.extension(ARC + n);
    return ext ? ext.value.toString('utf8') : undefined;
}
function fulcioIdentity(cert) {
    const id = { oidVersion: 'none', inconsistencies: [] };
    id.san = cert.extSubjectAltName?.uri ?? cert.extSubjectAltName?.rfc822Name;
    for (const [field, n] of Object.entries(V2)) {
        const v = utf8Ext(cert, n);
        if (v !== undefined)
            id[field] = v;
    }
    if (id.issuer !== undefined)
        id.oidVersion = 'v2';
    const legacy = {
        issuer: rawExt(cert, LEGACY.issuer),
        buildTrigger: rawExt(cert, LEGACY.buildTrigger),
        sourceRepositoryDigest: rawExt(cert, LEGACY.sourceRepositoryDigest),
        repository: rawExt(cert, LEGACY.repository),
        sourceRepositoryRef: rawExt(cert, LEGACY.sourceRepositoryRef)
    };
    const legacyRepoURI = legacy.repository === undefined ? undefined : `https://github.com/${legacy.repository}`;
    const pairs = [
        ['issuer', legacy.issuer, '.1.1'],
        ['buildTrigger', legacy.buildTrigger, '.1.2'],
        ['sourceRepositoryDigest', legacy.sourceRepositoryDigest, '.1.3'],
        ['sourceRepositoryURI', legacyRepoURI, '.1.5'],
        ['sourceRepositoryRef', legacy.sourceRepositoryRef, '.1.6']
    ];
    for (const [field, old, oid] of pairs) {
        if (old === undefined)
            continue;
        const current = id[field];
        if (current === undefined) {
            id[field] = old;
            if (id.oidVersion === 'none')
                id.oidVersion = 'legacy';
        }
        else if (current !== old) {
            id.inconsistencies.push(`deprecated ${oid} says '${old}' but the current OID says '${current}'`);
        }
    }
    if (id.buildConfigDigest !== undefined && id.sourceRepositoryDigest !== undefined) {
        // For GitHub, the build config (the caller workflow) is always at the source commit.
        if (id.buildConfigDigest !== id.sourceRepositoryDigest) {
            id.inconsistencies.push(`build config digest ${id.buildConfigDigest} differs from source digest ${id.sourceRepositoryDigest}`);
        }
    }
    return id;
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

/***/ 79673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ verifyWithRoots)
/* harmony export */ });
/* unused harmony export verifyBundle */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54187);
/** Cryptographic verification of one Sigstore bundle with sigstore-js, offline. */


function hex(b) {
    return b ? Buffer.from(b).toString('hex') : '';
}
function evidenceOf(bundle) {
    const vm = bundle.verificationMaterial;
    const tlog = vm.tlogEntries.map((e) => {
        const t = {
            logIndex: e.logIndex,
            logId: Buffer.from(e.logId?.keyId ?? []).toString('base64'),
            kind: `${e.kindVersion?.kind ?? '?'}/${e.kindVersion?.version ?? '?'}`,
            inclusionPromise: Boolean(e.inclusionPromise?.signedEntryTimestamp?.length)
        };
        if (e.integratedTime && e.integratedTime !== '0') {
            t.integratedTime = new Date(Number(e.integratedTime) * 1000).toISOString();
        }
        if (e.inclusionProof) {
            t.inclusionProof = {
                rootHash: hex(e.inclusionProof.rootHash),
                treeSize: e.inclusionProof.treeSize,
                logIndex: e.inclusionProof.logIndex,
                checkpointVerified: Boolean(e.inclusionProof.checkpoint?.envelope)
            };
        }
        return t;
    });
    const content = vm.content;
    return {
        mediaType: bundle.mediaType,
        keyType: content.$case === 'publicKey' ? 'public-key' : 'certificate',
        publicKeyHint: content.$case === 'publicKey' ? content.publicKey.hint : undefined,
        tlog,
        rfc3161Timestamps: vm.timestampVerificationData?.rfc3161Timestamps.length ?? 0
    };
}
/**
 * Verify signature, certificate chain, SCT, transparency-log inclusion (SET and/or Merkle proof
 * with signed checkpoint) and/or RFC 3161 timestamps. Never throws.
 */
function verifyBundle(json, trust, verifier) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(json);
    }
    catch (err) {
        const code = err instanceof _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.ValidationError ? 'BUNDLE_INVALID' : 'BUNDLE_UNREADABLE';
        return {
            ok: false,
            malformed: true,
            code,
            message: `invalid bundle: ${err.message}`
        };
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        return {
            ok: false,
            malformed: true,
            code: 'NOT_AN_ATTESTATION',
            message: 'a message-signature bundle signs a blob, not an in-toto attestation (no DSSE envelope)'
        };
    }
    const vm = bundle.verificationMaterial.content;
    if (vm.$case === 'publicKey') {
        // For key-signed bundles the DSSE keyid must name the same key as the bundle's hint.
        const wrong = bundle.content.dsseEnvelope.signatures.find((s) => s.keyid !== '' && s.keyid !== vm.publicKey.hint);
        if (wrong) {
            return {
                ok: false,
                malformed: false,
                code: 'PUBLIC_KEY_ERROR',
                message: `DSSE signature keyid '${wrong.keyid}' differs from the bundle's key hint '${vm.publicKey.hint}'`
            };
        }
    }
    try {
        const entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toSignedEntity */ .DC)(bundle);
        (verifier ?? new _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .Verifier */ .BL(trust)).verify(entity);
        const evidence = evidenceOf(bundle);
        const out = {
            ok: true,
            evidence,
            payloadType: bundle.content.dsseEnvelope.payloadType,
            payload: bundle.content.dsseEnvelope.payload
        };
        if (entity.key.$case === 'certificate') {
            const cert = entity.key.certificate;
            out.certificate = cert;
            evidence.certificateSerial = cert.serialNumber.toString('hex');
            evidence.certificateNotBefore = cert.notBefore.toISOString();
            evidence.certificateNotAfter = cert.notAfter.toISOString();
        }
        return out;
    }
    catch (err) {
        const code = err instanceof _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk ? err.code : 'VERIFICATION_ERROR';
        const cause = err.cause;
        const why = cause instanceof Error && !err.message.includes(cause.message)
            ? ` (${cause.message})`
            : '';
        return { ok: false, malformed: false, code, message: `${err.message}${why}` };
    }
}
/** Verify against each trusted root in turn; the first that verifies wins. */
function verifyWithRoots(json, roots) {
    const failures = [];
    let first;
    for (const root of roots) {
        const r = verifyBundle(json, root.material, root.verifier);
        if (r.ok) {
            r.evidence.trustRoot = root.summary.source;
            return r;
        }
        if (r.malformed)
            return r;
        first ??= r;
        failures.push(roots.length > 1 ? `[${root.summary.source}] ${r.code}: ${r.message}` : r.message);
    }
    if (!first || first.ok)
        throw new Error('no trusted root to verify with');
    return { ...first, message: failures.join('; ') };
}


/***/ }),

/***/ 95493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ linearUnique),
/* harmony export */   Sz: () => (/* binding */ UNIQUE_KEYWORD),
/* harmony export */   Wj: () => (/* binding */ uniqueItems)
/* harmony export */ });
/**
 * The linear `uniqueItems` check the third-party schemas use instead of ajv's pairwise
 * deep-equal (see src/vuln/schemas.ts). Shared by the run-time compiled validators and the
 * standalone code generated at build time (src/vuln/generated/), so both mean the same.
 */
/** The keyword `uniqueItems: true` is rewritten to in the third-party schemas. */
const UNIQUE_KEYWORD = 'x-ci-intel-unique-items';
/** JSON text with object keys sorted: equal texts \u21d4 equal JSON values. */
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (v !== null && typeof v === 'object') {
        const o = v;
        return `{${Object.keys(o)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v);
}
/** True when no two items of an array are equal JSON values (anything else passes). */
function uniqueItems(data) {
    if (!Array.isArray(data))
        return true;
    const seen = new Set();
    for (const item of data) {
        const key = canonical(item);
        if (seen.has(key))
            return false;
        seen.add(key);
    }
    return true;
}
/** Replace `uniqueItems: true` with the linear keyword, everywhere in a schema. */
function linearUnique(node) {
    if (Array.isArray(node))
        return node.map(linearUnique);
    if (node === null || typeof node !== 'object')
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        if (k === 'uniqueItems' && v === true)
            out[UNIQUE_KEYWORD] = true;
        else if (k === 'uniqueItems')
            continue;
        else
            out[k] = linearUnique(v);
    }
    return out;
}


/***/ })

};
