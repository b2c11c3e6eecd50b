export const id = 615;
export const ids = [615];
export const modules = {

/***/ 9975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ schemaValidator),
/* harmony export */   c: () => (/* binding */ describeSchemaErrors)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42463);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82815);
/* harmony import */ var _action_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75521);
/** JSON Schemas from schema/, compiled once per process with ajv. */





// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop in some loaders.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_2__["default"] ??
    ajv_formats__WEBPACK_IMPORTED_MODULE_2__);
let ajv;
const compiled = new Map();
function schemaValidator(name) {
    let v = compiled.get(name);
    if (!v) {
        ajv ??= addFormats(new ajv__WEBPACK_IMPORTED_MODULE_4__.Ajv({ allErrors: true, strict: false }));
        const schema = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_action_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .hubRoot */ .G2)(), 'schema', name), 'utf8'));
        v = ajv.compile(schema);
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

/***/ 24681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i7: () => (/* binding */ referencedPaths),
/* harmony export */   k7: () => (/* binding */ expressionSpans)
/* harmony export */ });
/* unused harmony exports expressionBodies, normaliseExpression */
/** Light reading of `${{ … }}` expressions: which contexts they reference. */
/**
 * Every `${{ … }}` of a string, in order. String literals (single-quoted, `''` escapes) may hold
 * `}}` without closing the expression; an unclosed expression runs to the end of the string.
 */
function expressionSpans(text) {
    const out = [];
    let i = text.indexOf('${{');
    while (i >= 0) {
        let j = i + 3;
        let inString = false;
        let end = -1;
        while (j < text.length) {
            const c = text[j];
            if (inString) {
                if (c === "'") {
                    if (text[j + 1] === "'")
                        j++;
                    else
                        inString = false;
                }
            }
            else if (c === "'")
                inString = true;
            else if (c === '}' && text[j + 1] === '}') {
                end = j + 2;
                break;
            }
            j++;
        }
        if (end < 0) {
            out.push({ body: text.slice(i + 3), start: i, end: text.length });
            break;
        }
        out.push({ body: text.slice(i + 3, end - 2), start: i, end });
        i = text.indexOf('${{', end);
    }
    return out;
}
/** The bodies of every `${{ … }}` in a string (multi-line bodies included). */
function expressionBodies(text) {
    return expressionSpans(text).map((s) => s.body);
}
/**
 * Normalise an expression so context paths read as dotted lower-case names:
 * `github.event['pull_request'] ['head'].sha` → `github.event.pull_request.head.sha`.
 */
function normaliseExpression(body) {
    return body
        .replace(/\s*\[\s*(['"])([^'"\]]*)\1\s*\]/g, '.$2')
        .replace(/\s*\.\s*/g, '.')
        .toLowerCase();
}
const CONTEXT_PATH = /(?<![\w.-])([a-z_][\w-]*(?:\.[\w*-]+)+)/g;
/** Dotted context paths referenced by the expressions in `text` (`if:` values count whole). */
function referencedPaths(text, wholeIsExpression = false) {
    const bodies = wholeIsExpression && !text.includes('${{') ? [text] : expressionBodies(text);
    const out = new Set();
    for (const body of bodies) {
        const norm = normaliseExpression(body).replace(/'[^']*'/g, "''");
        for (const m of norm.matchAll(CONTEXT_PATH))
            out.add(m[1]);
    }
    return [...out];
}


/***/ }),

/***/ 60577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   sz: () => (/* binding */ expandWorkflowInput)
/* harmony export */ });
/* unused harmony exports toPosix, expandFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15273);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/** Finding and reading the files a gate inspects, bounded. */




const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_WALK = 50_000;
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function walk(dir, out, budget) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (--budget.left < 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`more than ${MAX_WALK} files under the glob's folder; narrow the pattern`);
        }
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name))
                walk(full, out, budget);
        }
        else if (e.isFile())
            out.push(full);
    }
}
/**
 * Expand files, folders and globs (relative to `root`) into a sorted list of absolute paths.
 * A folder stands for its `*.yml` and `*.yaml` files. Patterns that match nothing are returned in
 * `unmatched` so the caller can decide whether that matters.
 */
function expandFiles(root, patterns, folderExtensions = ['.yml', '.yaml']) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const before = files.size;
        if (!GLOB_CHARS.test(pattern)) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, pattern);
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
            }
            catch {
                unmatched.push(pattern);
                continue;
            }
            if (st.isDirectory()) {
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(full).sort()) {
                    if (folderExtensions.some((x) => name.endsWith(x)) &&
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(full, name)).isFile()) {
                        files.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(full, name));
                    }
                }
            }
            else
                files.add(full);
        }
        else {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, pattern);
            const parts = toPosix(abs).split('/');
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join('/') || '/';
            const found = [];
            walk(base, found, { left: MAX_WALK });
            for (const f of found)
                if ((0,minimatch__WEBPACK_IMPORTED_MODULE_2__/* .minimatch */ .xF)(toPosix(f), toPosix(abs), { dot: true }))
                    files.add(f);
        }
        if (files.size === before)
            unmatched.push(pattern);
    }
    return { files: [...files].sort(), unmatched };
}
/** Path of `file` relative to `root`, in posix form (as findings and SARIF show it). */
function displayPath(root, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
    return toPosix(rel.startsWith('..') ? file : rel);
}
/** Read a text file, refusing more than `maxBytes` without reading it all. */
function readBounded(file, maxBytes) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
    if (size > maxBytes) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`${file} is ${size} bytes; the limit is ${maxBytes} bytes`);
    }
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const buf = Buffer.alloc(Math.min(size, maxBytes) + 1);
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, 0);
        if (n > maxBytes)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`${file} grew past ${maxBytes} bytes while being read`);
        return buf.subarray(0, n).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The workflow files named by a gate's `workflows` input. Globs that match nothing are fine (a
 * repository may have no `.yaml` files); a file or folder named outright that does not exist is
 * an error naming the input, never an empty pass.
 */
function expandWorkflowInput(root, patterns, input = 'workflows') {
    const { files, unmatched } = expandFiles(root, patterns);
    const explicitMissing = unmatched.filter((p) => !GLOB_CHARS.test(p));
    if (explicitMissing.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`input '${input}': ${explicitMissing.join(', ')} not found under ${root}`, 'Give workflow files, folders or globs relative to the repository root.');
    }
    return files;
}


/***/ }),

/***/ 25169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ loadWorkflowFile)
/* harmony export */ });
/* unused harmony export parseWorkflow */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60577);
/* harmony import */ var _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75568);
/**
 * One notion of a workflow, its triggers, jobs and steps, with source positions. Every gate that
 * reads workflow files goes through `parseWorkflow` (one parser, one model).
 */



function strOf(y, node) {
    const value = y.str(node);
    return value === undefined ? undefined : { value, pos: y.pos(y.resolve(node) ?? node) };
}
function strMap(y, node) {
    const out = new Map();
    for (const e of y.entries(node)) {
        const s = strOf(y, e.value);
        if (s)
            out.set(e.key, s);
        else if (e.value !== undefined)
            out.set(e.key, { value: y.text(e.value), pos: y.pos(e.value) });
    }
    return out;
}
function triggersOf(y, on) {
    const n = y.resolve(on);
    if (!n)
        return [];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n)) {
        const event = y.str(n);
        return event ? [{ event, pos: y.pos(n) }] : [];
    }
    const seq = y.seq(n);
    if (seq) {
        return seq.flatMap((item) => {
            const event = y.str(item);
            return event ? [{ event, pos: y.pos(y.resolve(item) ?? item) }] : [];
        });
    }
    return y.entries(n).map((e) => ({ event: e.key, pos: y.pos(e.keyNode), node: e.value }));
}
function stepsOf(y, node) {
    return (y.seq(node) ?? []).map((raw, index) => {
        const s = y.resolve(raw) ?? raw;
        const get = (k) => y.get(s, k)?.value;
        return {
            index,
            pos: y.pos(s),
            id: strOf(y, get('id')),
            name: strOf(y, get('name')),
            uses: (() => {
                const u = strOf(y, get('uses'));
                return u ? { ...u, value: u.value.trim() } : undefined;
            })(),
            run: strOf(y, get('run')),
            if: strOf(y, get('if')),
            with: strMap(y, get('with')),
            env: strMap(y, get('env')),
            node: s
        };
    });
}
function matrixOf(y, strategy) {
    const out = new Map();
    const matrix = y.get(strategy, 'matrix')?.value;
    const m = y.resolve(matrix);
    if (m && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(m)) {
        out.set('*', y.text(m));
        return out;
    }
    for (const e of y.entries(matrix))
        out.set(e.key, y.text(e.value));
    return out;
}
function jobsOf(y, node) {
    return y.entries(node).map((e) => {
        const j = y.resolve(e.value);
        const get = (k) => y.get(j, k);
        const perms = get('permissions');
        return {
            id: e.key,
            pos: y.pos(e.keyNode),
            name: strOf(y, get('name')?.value),
            if: strOf(y, get('if')?.value),
            uses: (() => {
                const u = strOf(y, get('uses')?.value);
                return u ? { ...u, value: u.value.trim() } : undefined;
            })(),
            with: strMap(y, get('with')?.value),
            env: strMap(y, get('env')?.value),
            outputs: strMap(y, get('outputs')?.value),
            matrix: matrixOf(y, get('strategy')?.value),
            permissions: perms ? { pos: y.pos(perms.keyNode), node: perms.value } : undefined,
            steps: stepsOf(y, get('steps')?.value),
            node: (j ?? e.value)
        };
    });
}
/** Build the model from parsed YAML; throws YamlLimitError for what GitHub would reject. */
function modelOf(y) {
    const root = y.map(y.doc.contents);
    if (!root)
        throw new _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlLimitError */ .r3('the workflow is not a YAML mapping', { line: 1, column: 1 });
    const on = y.get(root, 'on');
    if (!on) {
        throw new _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlLimitError */ .r3("the workflow has no 'on' key; GitHub rejects it", y.pos(root));
    }
    const perms = y.get(root, 'permissions');
    const conc = y.get(root, 'concurrency');
    return {
        file: y.file,
        name: strOf(y, y.get(root, 'name')?.value),
        onPos: y.pos(on.keyNode),
        triggers: triggersOf(y, on.value),
        env: strMap(y, y.get(root, 'env')?.value),
        permissions: perms ? { pos: y.pos(perms.keyNode), node: perms.value } : undefined,
        concurrency: conc ? { pos: y.pos(conc.keyNode), node: conc.value } : undefined,
        jobs: jobsOf(y, y.get(root, 'jobs')?.value),
        yaml: y
    };
}
/** Parse a workflow file's text. Never throws for bad input: problems come back with a position. */
function parseWorkflow(file, text) {
    try {
        const parsed = (0,_yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(file, text);
        if (!parsed.ok)
            return { ok: false, file, problem: parsed.problem };
        return { ok: true, workflow: modelOf(parsed.yaml) };
    }
    catch (err) {
        if (err instanceof _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlLimitError */ .r3) {
            return { ok: false, file, problem: { message: err.message, ...err.pos } };
        }
        return {
            ok: false,
            file,
            problem: {
                message: `cannot read the workflow: ${err.message}`,
                line: 1,
                column: 1
            }
        };
    }
}
/**
 * Read and parse a workflow file under `root` (bounded), with repo-relative paths in every
 * message. The text comes back too, for gates that look at raw lines.
 */
function loadWorkflowFile(root, file) {
    const rel = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(root, file);
    let text;
    try {
        text = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .CB)(file, _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_YAML_BYTES */ .jl);
    }
    catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).replace(file, rel);
        return {
            parsed: { ok: false, file: rel, problem: { message, line: 1, column: 1 } },
            text: undefined
        };
    }
    return { parsed: parseWorkflow(rel, text), text };
}


/***/ }),

/***/ 75568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jl: () => (/* binding */ MAX_YAML_BYTES),
/* harmony export */   r3: () => (/* binding */ YamlLimitError)
/* harmony export */ });
/* unused harmony exports MAX_ALIAS_DEREFS, YamlDoc */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/**
 * GitHub-flavoured YAML reading with source positions, bounded against hostile input.
 * YAML 1.2 core schema (so `on` stays a string), unique keys, no merge keys, one document.
 */

/** Anything bigger is refused before it is parsed. */
const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Alias dereferences per document before we call it an alias bomb. */
const MAX_ALIAS_DEREFS = 10_000;
class YamlDoc {
    file;
    doc;
    lines;
    derefs = 0;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    pos(node) {
        const range = node?.range;
        if (!range)
            return { line: 1, column: 1 };
        const p = this.lines.linePos(range[0]);
        return { line: p.line, column: p.col };
    }
    /** Follow aliases, within a budget that stops alias bombs. */
    resolve(node) {
        let n = node;
        while (n && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(n)) {
            if (++this.derefs > MAX_ALIAS_DEREFS) {
                throw new YamlLimitError(`more than ${MAX_ALIAS_DEREFS} alias expansions (a YAML alias bomb?)`, this.pos(n));
            }
            const target = n.resolve(this.doc);
            if (!target) {
                throw new YamlLimitError(`YAML error: alias *${n.source} refers to no anchor`, this.pos(n));
            }
            n = target;
        }
        return n ?? undefined;
    }
    /** The string value of a scalar (numbers and booleans as written), else undefined. */
    str(node) {
        const n = this.resolve(node);
        if (!n || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
            return undefined;
        if (n.value === null || n.value === undefined)
            return undefined;
        if (typeof n.value === 'string')
            return n.value;
        return n.source ?? String(n.value);
    }
    map(node) {
        const n = this.resolve(node);
        return n && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n) ? n : undefined;
    }
    seq(node) {
        const n = this.resolve(node);
        return n && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n) ? n.items : undefined;
    }
    /** The entries of a mapping with resolved string keys; non-string keys are reported. */
    entries(node) {
        const m = this.map(node);
        if (!m)
            return [];
        const out = [];
        for (const item of m.items) {
            const keyNode = this.resolve(item.key);
            const key = keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) && typeof keyNode.value === 'string'
                ? keyNode.value
                : undefined;
            if (key === undefined) {
                throw new YamlLimitError(`mapping key ${keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? `'${String(keyNode.value)}'` : ''} is not a string; GitHub rejects it`, this.pos(item.key ?? item.value));
            }
            out.push({
                key,
                keyNode: item.key,
                value: (item.value ?? undefined)
            });
        }
        return out;
    }
    get(node, key) {
        return this.entries(node).find((e) => e.key === key);
    }
    /** Every scalar string under a node (aliases followed), for "mentions" checks. */
    text(node, depth = 0) {
        if (depth > 64)
            return '';
        const n = this.resolve(node);
        if (!n)
            return '';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
            return n.value === null ? '' : String(n.value);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n)) {
            return n.items
                .map((p) => `${this.text(p.key, depth + 1)}: ${this.text(p.value, depth + 1)}`)
                .join('\n');
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n))
            return n.items.map((i) => this.text(i, depth + 1)).join('\n');
        return '';
    }
}
/** A bound or rule of GitHub's YAML that the document breaks. */
class YamlLimitError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
        this.name = 'YamlLimitError';
    }
}
/** Parse one YAML document the way GitHub reads workflow files. */
function parseYaml(file, text) {
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_YAML_BYTES) {
        return {
            ok: false,
            problem: {
                message: `file is ${bytes} bytes; files over ${MAX_YAML_BYTES} bytes are refused`,
                line: 1,
                column: 1
            }
        };
    }
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
        lineCounter: lines,
        version: '1.2',
        schema: 'core',
        uniqueKeys: true,
        merge: false,
        prettyErrors: true,
        strict: true
    });
    const docs = Array.isArray(parsed) ? parsed : [];
    if (docs.length === 0) {
        return {
            ok: false,
            problem: { message: 'the file holds no YAML document', line: 1, column: 1 }
        };
    }
    if (docs.length > 1) {
        const p = lines.linePos(docs[1].range[0]);
        return {
            ok: false,
            problem: {
                message: 'more than one YAML document in the file; GitHub reads exactly one',
                line: p.line,
                column: p.col
            }
        };
    }
    const doc = docs[0];
    const err = doc.errors[0];
    if (err) {
        const p = err.linePos?.[0] ?? { line: 1, col: 1 };
        return {
            ok: false,
            problem: { message: `YAML error: ${err.message.split('\n')[0]}`, line: p.line, column: p.col }
        };
    }
    const yaml = new YamlDoc(file, doc, lines);
    let merge;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Pair(_key, pair) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) &&
                (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) &&
                pair.key.value === '<<' &&
                !pair.key.type?.startsWith('QUOTE')) {
                merge = pair.key;
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
            return undefined;
        }
    });
    if (merge) {
        const p = yaml.pos(merge);
        return {
            ok: false,
            problem: { message: "YAML merge key '<<' is not supported by GitHub Actions", ...p }
        };
    }
    return { ok: true, yaml };
}


/***/ })

};
