export const id = 414;
export const ids = [414];
export const modules = {

/***/ 12414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_FILE: () => (/* reexport */ default_file/* DEFAULT_CONFIG_FILE */.C),
  loadLayers: () => (/* binding */ loadLayers)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/core/hub-root.js
var hub_root = __webpack_require__(37669);
// EXTERNAL MODULE: ./lib/config/errors.js
var errors = __webpack_require__(28159);
// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __webpack_require__(16370);
;// CONCATENATED MODULE: ./lib/config/document.js
/**
 * One layer of configuration read from YAML: the plain value, where every key stands (so a
 * problem names file, line and column), and validation against schema/config.v1.json with
 * "did you mean" for unknown keys.
 */









const addFormats = (dist["default"] ??
    dist);
/** A configuration file is a few kilobytes; anything larger is not one. */
const MAX_CONFIG_BYTES = 512 * 1024;
function pointerToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function collect(node, pointer, lines, out) {
    if ((0,yaml_dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            const ptr = `${pointer}/${pointerToken(key)}`;
            const range = pair.key?.range;
            if (range) {
                const p = lines.linePos(range[0]);
                out.set(ptr, { line: p.line, column: p.col });
            }
            collect(pair.value, ptr, lines, out);
        }
    }
    else if ((0,yaml_dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, i) => {
            const ptr = `${pointer}/${i}`;
            const range = item?.range;
            if (range) {
                const p = lines.linePos(range[0]);
                out.set(ptr, { line: p.line, column: p.col });
            }
            collect(item, ptr, lines, out);
        });
    }
}
/** Parse YAML text into a ConfigDocument; syntax errors and duplicate keys are ConfigErrors. */
function parseConfigText(text, label, file) {
    if (text.length > MAX_CONFIG_BYTES) {
        throw new errors/* ConfigError */.x(`${label} is ${text.length} bytes; a configuration is at most ${MAX_CONFIG_BYTES}`, file);
    }
    const lines = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        uniqueKeys: true,
        merge: false,
        prettyErrors: false
    });
    const problem = doc.errors[0];
    if (problem) {
        const p = lines.linePos(problem.pos[0]);
        throw new errors/* ConfigError */.x(`${label}:${p.line}:${p.col}: ${problem.message.split('\n')[0]}`, file, 'Fix the YAML syntax (duplicate keys are refused: a key means one thing).', p.line, p.col);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new errors/* ConfigError */.x(`${label}: ${err.message}`, file);
    }
    if (value === null || value === undefined)
        value = {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigError */.x(`${label} must be a mapping (version: 1, then one section per gate)`, file, undefined, 1, 1);
    }
    const positions = new Map();
    positions.set('', { line: 1, column: 1 });
    collect(doc.contents, '', lines, positions);
    return { label, file, value: value, positions };
}
let validator;
function configValidator() {
    if (!validator) {
        const ajv = addFormats(new _2020.Ajv2020({ allErrors: true, strict: false, verbose: true }));
        const schema = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,hub_root/* hubRoot */.G)(), 'schema', 'config.v1.json'), 'utf8'));
        validator = ajv.compile(schema);
    }
    return validator;
}
/** Edit distance, for "did you mean". */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
function closest(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[_\s]/g, '-');
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(norm(word), norm(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function describe(doc, e) {
    const at = e.instancePath;
    const where = at === '' ? 'the top level' : at.slice(1).replace(/\//g, '.');
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        const allowed = Object.keys((e.parentSchema.properties ?? {}));
        const guess = closest(key, allowed);
        const pos = (0,positions/* positionOf */.d)(doc, `${at}/${pointerToken(key)}`);
        const secretHint = at !== '' && /token|password|secret|key$/.test(key) && !guess
            ? ' (secret inputs cannot be set in a file: pass them as step inputs from secrets)'
            : '';
        return new errors/* ConfigError */.x(`${doc.label}:${pos.line}:${pos.column}: unknown key '${key}' in ${where}${guess ? `; did you mean '${guess}'?` : ''}${secretHint}`, doc.file, guess
            ? `Rename '${key}' to '${guess}'.`
            : `Valid keys here: ${allowed.join(', ')}. See schema/config.v1.json.`, pos.line, pos.column);
    }
    const pos = (0,positions/* positionOf */.d)(doc, at);
    const detail = e.keyword === 'enum'
        ? `must be one of: ${(e.params.allowedValues ?? []).join(', ')}`
        : e.keyword === 'const'
            ? `must be ${JSON.stringify(e.params.allowedValue)}`
            : (e.message ?? e.keyword);
    return new errors/* ConfigError */.x(`${doc.label}:${pos.line}:${pos.column}: ${where} ${detail}`, doc.file, 'See schema/config.v1.json for the allowed values.', pos.line, pos.column);
}
/** Validate a layer against schema/config.v1.json; throws the first problem, positioned. */
function validateConfig(doc) {
    const validate = configValidator();
    if (validate(doc.value))
        return;
    const errors = validate.errors ?? [];
    // Prefer the most specific problem: unknown keys first, then the deepest path.
    const pick = errors.find((e) => e.keyword === 'additionalProperties') ??
        errors
            .filter((e) => e.keyword !== 'oneOf')
            .sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ??
        errors[0];
    throw describe(doc, pick);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/github/client.js + 1 modules
var github_client = __webpack_require__(89726);
// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./lib/config/contents-api.js
/** `GET /repos/{owner}/{repo}/contents/{path}?ref=` for one file, through the hub's one GitHub client. */



async function getContents(owner, repo, path, ref, options) {
    const deadlineMs = options.deadlineMs ?? 30_000;
    const client = new github_client/* GitHubClient */.jh({
        token: options.token,
        apiUrl: options.apiUrl,
        timeoutMs: deadlineMs,
        deadline: Date.now() + deadlineMs,
        retries: options.retries ?? 3,
        retryBaseMs: options.retryBaseMs ?? 500,
        log: options.log ?? (() => undefined)
    });
    const route = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/contents/${path
        .split('/')
        .map(encodeURIComponent)
        .join('/')}`;
    let doc;
    try {
        doc = (await client.request(route, { query: { ref }, maxBytes: 2 * 1024 * 1024 }))
            .data;
    }
    catch (err) {
        if (!(err instanceof github_errors/* GitHubApiError */.O))
            throw err;
        const hint = err.status === 404
            ? 'The overlay does not exist at that commit, or the token cannot read that repository (give the job a token with contents: read on it).'
            : err.status === 401 || err.status === 403
                ? 'The token was refused or rate-limited; give the job a token with contents: read on the overlay repository.'
                : 'Re-run the job; if it persists, check the GitHub API status or the network.';
        throw new errors/* ConfigError */.x(`the organisation overlay could not be fetched: ${err.message}; the gates do not fall back to the hub's defaults`, undefined, hint);
    }
    if (doc?.type !== 'file' || doc.encoding !== 'base64' || typeof doc.content !== 'string') {
        throw new errors/* ConfigError */.x(`GET ${route}?ref=${ref}: not a file (type ${String(doc?.type)})`, undefined, 'extends must name a file.');
    }
    return {
        bytes: Buffer.from(doc.content, 'base64'),
        sha: typeof doc.sha === 'string' ? doc.sha : undefined
    };
}

;// CONCATENATED MODULE: ./lib/config/fetch-overlay.js
/**
 * Fetches a pinned organisation overlay through the GitHub contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref={sha}`), once per job: the text is cached under
 * the hub's temp folder by commit and path, since a pinned commit cannot change.
 */







async function fetchOverlay(ref, options) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(`${ref.owner}/${ref.repo}@${ref.sha}:${ref.path}`)
        .digest('hex');
    const cached = options.cacheDir ? (0,external_node_path_.join)(options.cacheDir, 'overlays', `${key}.yml`) : undefined;
    if (cached && (0,external_node_fs_.existsSync)(cached))
        return (0,read_file/* readRegularTextFile */.I)(cached, { maxBytes: MAX_CONFIG_BYTES });
    const file = await getContents(ref.owner, ref.repo, ref.path, ref.sha, options);
    if (file.bytes.length > MAX_CONFIG_BYTES) {
        throw new errors/* ConfigError */.x(`overlay ${ref.text} is ${file.bytes.length} bytes; a configuration is at most ${MAX_CONFIG_BYTES}`);
    }
    // The blob sha GitHub names must be the git hash of the bytes it sent.
    const blob = (0,external_node_crypto_.createHash)('sha1')
        .update(`blob ${file.bytes.length}\0`)
        .update(file.bytes)
        .digest('hex');
    if (file.sha && file.sha !== blob) {
        throw new errors/* ConfigError */.x(`overlay ${ref.text}: the contents API sent bytes whose git blob hash ${blob} is not the ${file.sha} it named`);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
    if (cached) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(options.cacheDir, 'overlays'), { recursive: true });
        (0,external_node_fs_.writeFileSync)(cached, text);
    }
    return text;
}

;// CONCATENATED MODULE: ./lib/config/overlay-ref.js
/**
 * `extends:`: the organisation overlay, pinned. A remote overlay is
 * `<owner>/<repo>/<path>@<40-hex commit sha>` — a branch or tag could be moved under a
 * repository's feet, so anything else after `@` is refused. Anything without `@` is a path
 * relative to the file that names it.
 */

const REMOTE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@(.+)$/;
function parseOverlayRef(text, from, line, column) {
    const t = text.trim();
    const m = REMOTE.exec(t);
    if (m) {
        const [, owner, repo, path, ref] = m;
        if (!/^[0-9a-f]{40}$/.test(ref)) {
            throw new errors/* ConfigError */.x(`${from}: extends '${t}' pins '${ref}', which is not a 40-hex commit SHA; a branch or tag name can be moved, so the overlay could change without this repository changing`, undefined, `Pin the overlay by commit: ${owner}/${repo}/${path}@<sha> (git rev-parse ${ref} in ${owner}/${repo}).`, line, column);
        }
        if (path.split('/').some((s) => s === '..' || s === '')) {
            throw new errors/* ConfigError */.x(`${from}: extends '${t}' has an invalid path '${path}'`, undefined, undefined, line, column);
        }
        return { kind: 'remote', owner, repo, path, sha: ref, text: t };
    }
    if (t.includes('@')) {
        throw new errors/* ConfigError */.x(`${from}: extends '${t}' is neither <owner>/<repo>/<path>@<40-hex sha> nor a local path`, undefined, 'Write extends: acme/org-policy/ci-intel/org.yml@<commit sha>, or a path such as ../org.yml.', line, column);
    }
    return { kind: 'local', path: t, text: t };
}
function overlayLabel(ref) {
    return ref.kind === 'remote'
        ? `org ${ref.owner}/${ref.repo}@${ref.sha}:${ref.path}`
        : `org ${ref.path}`;
}

// EXTERNAL MODULE: ./lib/config/default-file.js
var default_file = __webpack_require__(67454);
;// CONCATENATED MODULE: ./lib/config/layers.js
/**
 * Finding and reading the layers: the repository's `.ci-intel/config.yml` (or the file
 * CI_INTEL_CONFIG names) and the organisation overlay it `extends`. The hub's defaults are the
 * action.yml defaults; the step's `with:` (or CLI flags) sit on top.
 */









function readLayer(abs, label, file) {
    const text = (0,read_file/* readRegularTextFile */.I)(abs, { maxBytes: MAX_CONFIG_BYTES, what: 'configuration' });
    const doc = parseConfigText(text, label, file);
    validateConfig(doc);
    return doc;
}
async function loadLayers(options) {
    const named = options.configFile ?? options.env.CI_INTEL_CONFIG;
    const path = (0,external_node_path_.resolve)(options.workspace, named || default_file/* DEFAULT_CONFIG_FILE */.C);
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (named) {
            throw new errors/* ConfigError */.x(`configuration ${named} does not exist (resolved against the workspace ${options.workspace})`, named, 'Name an existing file, or drop the setting to use .ci-intel/config.yml.');
        }
        return {};
    }
    const rel = (0,external_node_path_.relative)(options.workspace, path);
    const label = rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
    const repo = readLayer(path, label, label);
    if (repo.value.policy !== undefined) {
        const pos = (0,positions/* positionOf */.d)(repo, '/policy');
        throw new errors/* ConfigError */.x(`${label}:${pos.line}:${pos.column}: policy (locked keys and bounds) belongs in the organisation overlay, not in a repository's configuration`, label, 'Move policy: to the overlay this file extends; a repository tightens settings by setting them.', pos.line, pos.column);
    }
    const layers = { repo };
    const ext = repo.value.extends;
    if (typeof ext === 'string') {
        const pos = (0,positions/* positionOf */.d)(repo, '/extends');
        const ref = parseOverlayRef(ext, `${label}:${pos.line}:${pos.column}`, pos.line, pos.column);
        let doc;
        if (ref.kind === 'local') {
            const abs = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), ref.path);
            if (!(0,external_node_fs_.existsSync)(abs)) {
                throw new errors/* ConfigError */.x(`${label}:${pos.line}:${pos.column}: extends '${ref.path}' does not exist (resolved to ${(0,external_node_path_.relative)(options.workspace, abs) || abs}); the gates do not fall back to the hub's defaults`, label, 'Fix the path, or pin a remote overlay: <owner>/<repo>/<path>@<sha>.', pos.line, pos.column);
            }
            const relOverlay = (0,external_node_path_.relative)(options.workspace, abs) || abs;
            doc = readLayer(abs, `org ${relOverlay}`, relOverlay);
        }
        else {
            const fetchOptions = {
                apiUrl: options.env.GITHUB_API_URL || 'https://api.github.com',
                // CI_INTEL_TOKEN names the overlay's token explicitly; else the gate's own token input.
                token: options.env.CI_INTEL_TOKEN ||
                    options.token ||
                    options.env.GITHUB_TOKEN ||
                    options.env.GH_TOKEN ||
                    undefined,
                cacheDir: options.tempDir,
                deadlineMs: options.overlayFetch?.deadlineMs ?? 30_000,
                retryBaseMs: options.overlayFetch?.retryBaseMs
            };
            const text = await fetchOverlay(ref, fetchOptions);
            doc = parseConfigText(text, overlayLabel(ref), `${ref.owner}/${ref.repo}/${ref.path}`);
            validateConfig(doc);
        }
        if (doc.value.extends !== undefined) {
            const p = (0,positions/* positionOf */.d)(doc, '/extends');
            throw new errors/* ConfigError */.x(`${doc.label}:${p.line}:${p.column}: an organisation overlay cannot extend another (one overlay per organisation)`, doc.file);
        }
        layers.org = { ...doc, ref };
    }
    return layers;
}


/***/ }),

/***/ 37669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ hubRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/** The hub's root folder (where actions/, schema/ and package.json are), found from a module. */



/**
 * The hub's root: the nearest ancestor of this module (src/core, lib/core or dist/<bundle>)
 * that holds an `actions/` folder.
 */
function hubRoot(from = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(from);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'actions')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json')))
            return dir;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            throw new Error(`cannot find the hub's actions/ folder above ${from}`);
        dir = parent;
    }
}


/***/ })

};
