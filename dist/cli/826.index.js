export const id = 826;
export const ids = [826];
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

/***/ 89470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ startWorkersYoungGenerationAt),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration)
/* harmony export */ });
/* unused harmony export youngGenerationHeld */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/**
 * V8's young generation held at the size it has reached, for a long scan in the main thread.
 *
 * V8 doubles the young generation (its two semi-spaces) whenever much of it survives a
 * collection, up to a maximum it sizes by the machine's memory. In a scan of thousands of workflow
 * files the tree of the file being checked survives the collection that comes while it is read,
 * so the young generation keeps doubling although what stays live is small: the process's peak
 * then grows with the file count (figures in docs/DESIGN.md). A worker's young generation is
 * capped when it starts (src/core/offload.ts); the main thread's is sized before any code runs,
 * but V8 reads the growth factor (`--semi-space-growth-factor`) at every decision, so setting it
 * to 1 at run time keeps the young generation where it is.
 *
 * The flag is the process's, like pretenuring's (src/core/pretenuring.ts): while it is held, a
 * worker's young generation does not grow either. The default factor (2) comes back with the last
 * release.
 */

/** V8's own growth factor, restored when no hold is in force. */
const DEFAULT_GROWTH_FACTOR = 2;
/** How many `check` calls pass between two readings of the young generation's size. */
const CHECK_EVERY = 64;
let v8;
let holding = 0;
function heap() {
    // node:v8 loads only in a run that takes a hold.
    v8 ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:v8');
    return v8;
}
function youngGenerationBytes() {
    return heap()
        .getHeapSpaceStatistics()
        .reduce((n, s) => (s.space_name === 'new_space' ? n + s.space_size : n), 0);
}
function setGrowthFactor(factor) {
    heap().setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}
/**
 * Let the young generation grow to `atLeastMiB` (the start-up usually has it there already), then
 * hold it at the size it has.
 */
function holdYoungGeneration(atLeastMiB) {
    const atLeast = atLeastMiB * 1024 * 1024;
    let calls = 0;
    let held = false;
    let heldMiB = 0;
    let released = false;
    const take = () => {
        const bytes = youngGenerationBytes();
        if (bytes < atLeast)
            return;
        held = true;
        heldMiB = Math.round(bytes / (1024 * 1024));
        if (holding++ === 0)
            setGrowthFactor(1);
    };
    take();
    return {
        check() {
            if (held || released || ++calls % CHECK_EVERY)
                return;
            take();
        },
        get holding() {
            return held;
        },
        get heldMiB() {
            return held ? heldMiB : 0;
        },
        release() {
            if (released)
                return;
            released = true;
            if (held && --holding === 0)
                setGrowthFactor(DEFAULT_GROWTH_FACTOR);
            held = false;
        }
    };
}
let startingAt = 0;
/**
 * Workers started until the returned function is called begin with their young generation at
 * `mib` (V8's `--min-semi-space-size`, read when an isolate is made, so it must stay set until
 * the worker is running; a worker's `resourceLimits` still cap it). With it, a hold taken for the
 * main thread does not keep a new worker at the few MiB V8 starts one with.
 */
function startWorkersYoungGenerationAt(mib) {
    if (startingAt++ === 0)
        heap().setFlagsFromString(`--min-semi-space-size=${mib}`);
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        if (--startingAt === 0)
            heap().setFlagsFromString('--min-semi-space-size=0');
    };
}
/** Whether any hold has stopped the young generation's growth. */
function youngGenerationHeld() {
    return holding > 0;
}


/***/ }),

/***/ 48255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cZ: () => (/* binding */ canRunUnder),
/* harmony export */   mT: () => (/* binding */ WORKFLOW_FUNCTIONS)
/* harmony export */ });
/* unused harmony export looseEquals */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52506);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12049);
/* harmony import */ var _expression_flow_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49187);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24681);
/**
 * Whether an `if:` condition can hold under a given event, read with GitHub's expression parser
 * (@actions/expressions) and GitHub's comparison rules: strings compare case-insensitively
 * (`github.event_name == 'PULL_REQUEST_TARGET'` is true under pull_request_target), values of
 * different types compare as numbers. Only `github.event_name` is known; every other value is
 * unknown, so a condition counts as a guard only when it is false whatever the unknowns are.
 */




const UNKNOWN = { known: false };
/** The status functions of `if:` (GitHub's workflow functions, beyond the parser's built-ins). */
const WORKFLOW_FUNCTIONS = [
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 0 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];
function lit(value) {
    return { known: true, value, truthy: truthy(value) };
}
function truthy(v) {
    if (v === null)
        return false;
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'number')
        return v !== 0 && !Number.isNaN(v);
    return v !== '';
}
function toNumber(v) {
    if (v === null)
        return 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number')
        return v;
    const t = v.trim();
    if (t === '')
        return 0;
    if (/^0x[0-9a-f]+$/i.test(t))
        return parseInt(t, 16);
    if (/^0o[0-7]+$/i.test(t))
        return parseInt(t.slice(2), 8);
    const n = Number(t);
    return Number.isNaN(n) ? NaN : n;
}
/** GitHub's loose equality: strings case-insensitively, mixed types as numbers. */
function looseEquals(a, b) {
    if (typeof a === 'string' && typeof b === 'string') {
        return a.toLowerCase() === b.toLowerCase();
    }
    if (typeof a === typeof b && a !== null && typeof a !== 'number')
        return a === b;
    if (a === null && b === null)
        return true;
    return toNumber(a) === toNumber(b);
}
function evalExpr(e, event, depth) {
    if (depth > 64)
        return UNKNOWN;
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS) {
        const v = e.literal.value;
        if (v === undefined || v === null)
            return lit(null);
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return lit(v);
        return UNKNOWN;
    }
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU)
        return evalExpr(e.group, event, depth + 1);
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Unary */ ._c) {
        const v = evalExpr(e.expr, event, depth + 1);
        return v.truthy === undefined ? UNKNOWN : lit(!v.truthy);
    }
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD) {
        const and = e.operator.lexeme === '&&';
        const vals = e.args.map((a) => evalExpr(a, event, depth + 1));
        if (and) {
            // The first falsy operand is the value; all truthy: the last one.
            for (const v of vals) {
                if (v.truthy === false)
                    return v.known && vals.every((x) => x.known) ? v : { known: false, truthy: false };
                if (v.truthy === undefined)
                    return vals.some((x) => x.truthy === false) ? { known: false, truthy: false } : UNKNOWN;
            }
            return vals[vals.length - 1];
        }
        for (const v of vals) {
            if (v.truthy === true)
                return vals.every((x) => x.known) ? v : { known: false, truthy: true };
            if (v.truthy === undefined)
                return vals.some((x) => x.truthy === true) ? { known: false, truthy: true } : UNKNOWN;
        }
        return vals[vals.length - 1];
    }
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Binary */ .yI) {
        const a = evalExpr(e.left, event, depth + 1);
        const b = evalExpr(e.right, event, depth + 1);
        if (!a.known || !b.known)
            return UNKNOWN;
        const x = a.value;
        const y = b.value;
        switch (e.operator.lexeme) {
            case '==':
                return lit(looseEquals(x, y));
            case '!=':
                return lit(!looseEquals(x, y));
            default:
                return UNKNOWN;
        }
    }
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6) {
        const name = e.functionName.lexeme.toLowerCase();
        const args = e.args.map((a) => evalExpr(a, event, depth + 1));
        const strs = args.map((a) => a.known && typeof a.value === 'string' ? a.value.toLowerCase() : undefined);
        if (strs.length === 2 && strs[0] !== undefined && strs[1] !== undefined) {
            if (name === 'startswith')
                return lit(strs[0].startsWith(strs[1]));
            if (name === 'endswith')
                return lit(strs[0].endsWith(strs[1]));
            if (name === 'contains')
                return lit(strs[0].includes(strs[1]));
        }
        return UNKNOWN;
    }
    const path = (0,_expression_flow_js__WEBPACK_IMPORTED_MODULE_2__/* .pathOf */ .XM)(e);
    if (path === 'github.event_name')
        return lit(event);
    return UNKNOWN;
}
/** The expression an `if:` value stands for, or undefined when it is not a single expression. */
function conditionBody(cond) {
    const spans = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_3__/* .expressionSpans */ .k7)(cond);
    if (spans.length === 0)
        return cond;
    if (spans.length === 1 &&
        cond.slice(0, spans[0].start).trim() === '' &&
        cond.slice(spans[0].end).trim() === '') {
        return spans[0].body;
    }
    return undefined;
}
/**
 * False only when the condition cannot be true under any of `events` (then the step or job does
 * not run under them); true when it may run, when the expression does not parse, or when it is
 * not a single expression.
 */
function canRunUnder(cond, events) {
    if (cond === undefined || cond.trim() === '')
        return true;
    const body = conditionBody(cond);
    if (body === undefined)
        return true;
    let expr;
    try {
        expr = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(body).lex().tokens, _expression_flow_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXTS */ .Jo, WORKFLOW_FUNCTIONS).parse();
    }
    catch {
        return true;
    }
    return events.some((ev) => evalExpr(expr, ev, 0).truthy !== false);
}


/***/ }),

/***/ 91271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ sharedText),
/* harmony export */   h: () => (/* binding */ detached)
/* harmony export */ });
/**
 * Strings kept after a file is checked (findings, evidence, cross-file indexes, memos) must not
 * share memory with the file's text. A string cut out of a larger one (a YAML scalar, a
 * `slice()`) can be a view that keeps the whole source text alive, so holding one short name per
 * file would hold every file read: memory would grow with the number of files, not findings.
 */
/** Below this length V8 copies a substring anyway; longer ones may be views of their source. */
const COPIED_BELOW = 13;
function detached(s) {
    if (s === undefined || s.length < COPIED_BELOW)
        return s;
    // Concatenating then cutting makes the engine flatten into a fresh buffer of s's own length.
    return (' ' + s).slice(1);
}
/**
 * One detached copy of each text kept until a run ends and repeated across files: thousands of
 * findings share a few hundred helps, a repository's workflows repeat many messages (the same
 * unpinned action, the same missing permissions block), action names and step labels. The pool is
 * dropped when full: sharing saves memory, it never changes a value.
 */
const SHARED = new Map();
const MAX_SHARED = 1 << 16;
function sharedText(text) {
    if (text === undefined)
        return undefined;
    let own = SHARED.get(text);
    if (own === undefined) {
        own = detached(text);
        if (SHARED.size >= MAX_SHARED)
            SHARED.clear();
        SHARED.set(own, own);
    }
    return own;
}


/***/ }),

/***/ 26555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isExpired),
/* harmony export */   t: () => (/* binding */ isCalendarDate)
/* harmony export */ });
/** Expiry dates of the workflow gates' exceptions (allowlist entries, policy exceptions). */
/** `YYYY-MM-DD` naming a day that exists (2026-02-30 and 2026-13-01 do not). */
function isCalendarDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1)
        return false;
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return d <= days;
}
/** The `expires` day (UTC) has ended at `now`, or it is not a real calendar date. */
function isExpired(expires, now) {
    if (!isCalendarDate(expires))
        return true;
    return now.getTime() > Date.parse(`${expires}T23:59:59.999Z`);
}


/***/ }),

/***/ 49187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ flowingPaths),
/* harmony export */   Jo: () => (/* binding */ CONTEXTS),
/* harmony export */   SF: () => (/* binding */ symbolicText),
/* harmony export */   XM: () => (/* binding */ pathOf)
/* harmony export */ });
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52506);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12049);
/* harmony import */ var _detach_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91271);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24681);
/**
 * Which context values flow into the *value* of a `${{ \u2026 }}` expression, read with GitHub's own
 * expression parser (@actions/expressions). `contains(github.event.issue.title, 'x')` yields a
 * boolean, so the title does not flow; `format('{0}', github.head_ref)` and `a && b || c` do
 * (`b` and `c`). When the parser refuses an expression, every referenced path is taken to flow.
 */




/** Context names GitHub knows in workflow expressions (the parser refuses other names). */
const CONTEXTS = [
    'github',
    'env',
    'vars',
    'job',
    'jobs',
    'steps',
    'runner',
    'secrets',
    'strategy',
    'matrix',
    'needs',
    'inputs'
];
/** Functions whose result is (built from) their arguments; every other function yields a boolean or a hash. */
const PASS_THROUGH = new Set(['format', 'join', 'tojson', 'fromjson']);
/** A property path for an access chain (`github.event.commits[0].message` \u2192 `github.event.commits.*.message`). */
function pathOf(e) {
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .ContextAccess */ .QC)
        return e.name.lexeme.toLowerCase();
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_) {
        const base = pathOf(e.expr);
        if (base === undefined)
            return undefined;
        const idx = e.index;
        const key = idx instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS ? idx.literal.value : undefined;
        if (typeof key === 'string')
            return `${base}.${key.toLowerCase()}`;
        return `${base}.*`;
    }
    return undefined;
}
function flows(e, out, depth) {
    if (depth > 64)
        return;
    const path = pathOf(e);
    if (path !== undefined) {
        out.add(path);
        return;
    }
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_) {
        // A property of a computed value (`(a || b).number`): the property of whatever the base carries.
        const base = new Set();
        flows(e.expr, base, depth + 1);
        const idx = e.index;
        const key = idx instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS ? idx.literal.value : undefined;
        const suffix = typeof key === 'string' ? key.toLowerCase() : '*';
        for (const p of base)
            out.add(`${p}.${suffix}`);
    }
    else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU) {
        flows(e.group, out, depth + 1);
    }
    else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD) {
        // `a && b`: the value is b (or a falsy a, which prints as nothing); `a || b`: a or b.
        if (e.operator.lexeme === '&&')
            flows(e.args[e.args.length - 1], out, depth + 1);
        else
            for (const a of e.args)
                flows(a, out, depth + 1);
    }
    else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6) {
        if (PASS_THROUGH.has(e.functionName.lexeme.toLowerCase())) {
            for (const a of e.args)
                flows(a, out, depth + 1);
        }
    }
    else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Unary */ ._c || e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Binary */ .yI || e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS) {
        // `!x`, comparisons and literals carry no context text.
    }
}
/** Bodies already read (the same `${{ secrets.X }}` recurs across files); dropped whole when full. */
const FLOWS = new Map();
const MAX_FLOWS = 8192;
/** The context paths that flow into the value of one expression body. */
function flowingPaths(body) {
    let flow = FLOWS.get(body);
    if (!flow) {
        // Read from an own copy, so neither the key nor the paths keep a workflow's text alive.
        const own = (0,_detach_js__WEBPACK_IMPORTED_MODULE_2__/* .detached */ .h)(body);
        flow = readFlow(own);
        if (FLOWS.size >= MAX_FLOWS)
            FLOWS.clear();
        FLOWS.set(own, flow);
    }
    return { paths: [...flow.paths], parsed: flow.parsed };
}
function readFlow(body) {
    try {
        const tokens = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(body).lex().tokens;
        const expr = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(tokens, CONTEXTS, []).parse();
        const out = new Set();
        flows(expr, out, 0);
        return { paths: [...out], parsed: true };
    }
    catch {
        return { paths: (0,_expressions_js__WEBPACK_IMPORTED_MODULE_3__/* .referencedPaths */ .i7)(`\${{${body}}}`), parsed: false };
    }
}
/** A best-effort string for an expression: literals as themselves, context paths as `${{path}}`. */
function symbolic(e, depth) {
    if (depth > 64)
        return undefined;
    const path = pathOf(e);
    if (path !== undefined)
        return `\${{${path}}}`;
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS) {
        const v = e.literal.value;
        return v === null || v === undefined ? '' : String(v);
    }
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU)
        return symbolic(e.group, depth + 1);
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD) {
        // `a || b` may be either; `a && b` is b when it prints anything.
        const parts = (e.operator.lexeme === '&&' ? e.args.slice(-1) : e.args).map((a) => symbolic(a, depth + 1));
        return parts.every((p) => p !== undefined) ? parts.join(' ') : undefined;
    }
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6) {
        const name = e.functionName.lexeme.toLowerCase();
        const args = e.args.map((a) => symbolic(a, depth + 1));
        if (name === 'format' && args[0] !== undefined) {
            return args[0].replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n) => n === undefined ? m[0] : (args[Number(n) + 1] ?? m));
        }
        if (name === 'join' && args.every((a) => a !== undefined))
            return args.join(' ');
    }
    return undefined;
}
/**
 * The text as the runner would paste it, as far as it is known: each `${{ \u2026 }}` becomes its value
 * when it is built from literals (`format('refs/pull/{0}/head', github.event.number)` \u2192
 * `refs/pull/${{github.event.number}}/head`); context values stay as `${{path}}`; an expression
 * that cannot be read stays as written.
 */
function symbolicText(text) {
    const spans = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_3__/* .expressionSpans */ .k7)(text);
    if (!spans.length)
        return text;
    let out = '';
    let at = 0;
    for (const s of spans) {
        out += text.slice(at, s.start);
        let v;
        try {
            const expr = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(s.body).lex().tokens, CONTEXTS, []).parse();
            v = symbolic(expr, 0);
        }
        catch {
            v = undefined;
        }
        out += v ?? text.slice(s.start, s.end);
        at = s.end;
    }
    return out + text.slice(at);
}


/***/ }),

/***/ 24681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i7: () => (/* binding */ referencedPaths),
/* harmony export */   k7: () => (/* binding */ expressionSpans)
/* harmony export */ });
/* unused harmony exports expressionBodies, normaliseExpression */
/** Light reading of `${{ \u2026 }}` expressions: which contexts they reference. */
/**
 * Every `${{ \u2026 }}` of a string, in order. String literals (single-quoted, `''` escapes) may hold
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
/** The bodies of every `${{ \u2026 }}` in a string (multi-line bodies included). */
function expressionBodies(text) {
    return expressionSpans(text).map((s) => s.body);
}
/**
 * Normalise an expression so context paths read as dotted lower-case names:
 * `github.event['pull_request'] ['head'].sha` \u2192 `github.event.pull_request.head.sha`.
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


/***/ }),

/***/ 58264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ gitInvocation),
/* harmony export */   QD: () => (/* binding */ ghInvocation),
/* harmony export */   hf: () => (/* binding */ shellCommands)
/* harmony export */ });
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24681);
/**
 * Reading `run:` scripts as a shell does, far enough to find the commands that fetch or check out
 * code: backslash-newline continuations joined, commands split at `;`, `&&`, `||`, `|`, `&`,
 * newlines, `(`, `)` and backticks, words unquoted, comments dropped, and `${{ \u2026 }}` kept whole. A
 * `$( \u2026 )` stays in its command's word and is read as a command of its own too. `git` and `gh` invocations are read past their global options (`git -c k=v -C dir fetch`,
 * `gh --repo o/r pr checkout`).
 */

/** Split a script into simple commands. Never throws; unbalanced quotes run to the end. */
function shellCommands(script) {
    const src = script.replace(/\\\r?\n/g, ' ');
    const exprAt = new Map();
    for (const s of (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .expressionSpans */ .k7)(src))
        exprAt.set(s.start, s.end);
    const out = [];
    const inner = [];
    let words = [];
    let word;
    let start = 0;
    const endWord = () => {
        if (word !== undefined)
            words.push(word);
        word = undefined;
    };
    const endCommand = (at) => {
        endWord();
        if (words.length)
            out.push({ words, text: src.slice(start, at).trim() });
        words = [];
    };
    let i = 0;
    while (i < src.length) {
        const end = exprAt.get(i);
        if (end !== undefined) {
            word = (word ?? '') + src.slice(i, end);
            i = end;
            continue;
        }
        const c = src[i];
        if (c === "'") {
            const close = src.indexOf("'", i + 1);
            const stop = close < 0 ? src.length : close;
            word = (word ?? '') + src.slice(i + 1, stop);
            i = stop + 1;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            let text = '';
            while (j < src.length && src[j] !== '"') {
                const e = exprAt.get(j);
                if (e !== undefined) {
                    text += src.slice(j, e);
                    j = e;
                    continue;
                }
                if (src[j] === '\\' && j + 1 < src.length) {
                    text += src[j + 1];
                    j += 2;
                    continue;
                }
                if (src[j] === '$' && src[j + 1] === '(' && src[j + 2] !== '(') {
                    const close = closingParen(src, j + 2);
                    text += src.slice(j, close + 1);
                    inner.push(...shellCommands(src.slice(j + 2, close)));
                    j = close + 1;
                    continue;
                }
                text += src[j++];
            }
            word = (word ?? '') + text;
            i = j + 1;
            continue;
        }
        if (c === '\\' && i + 1 < src.length) {
            word = (word ?? '') + src[i + 1];
            i += 2;
            continue;
        }
        if (c === '#' && word === undefined) {
            const nl = src.indexOf('\n', i);
            i = nl < 0 ? src.length : nl;
            continue;
        }
        if (c === '$' && src[i + 1] === '(' && src[i + 2] !== '(') {
            // A command substitution is part of this command's word, and a command of its own.
            const close = closingParen(src, i + 2);
            word = (word ?? '') + src.slice(i, close + 1);
            inner.push(...shellCommands(src.slice(i + 2, close)));
            i = close + 1;
            continue;
        }
        if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')' || c === '`') {
            endCommand(i);
            i++;
            while (i < src.length && (src[i] === '|' || src[i] === '&'))
                i++;
            start = i;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            i++;
            continue;
        }
        word = (word ?? '') + c;
        i++;
    }
    endCommand(src.length);
    return [...out, ...inner];
}
/** The index of the `)` closing a `$(` whose body starts at `from` (quotes respected). */
function closingParen(src, from) {
    let depth = 1;
    let quote;
    for (let j = from; j < src.length; j++) {
        const c = src[j];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"')
                j++;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return j;
    }
    return src.length;
}
/** Words that run the command after them (and the options they take before it). */
const WRAPPERS = new Set(['sudo', 'env', 'command', 'exec', 'time', 'nice', 'nohup', 'xargs']);
/** The program and its arguments, past `VAR=value` prefixes and wrappers such as `sudo`. */
function program(words) {
    let i = 0;
    while (i < words.length) {
        const w = words[i];
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
            i++;
            continue;
        }
        if (WRAPPERS.has(w)) {
            i++;
            while (i < words.length && words[i].startsWith('-'))
                i++;
            continue;
        }
        if (w === '{' || w === '}' || w === '!' || w === 'then' || w === 'do' || w === 'else') {
            i++;
            continue;
        }
        break;
    }
    if (i >= words.length)
        return undefined;
    const name = words[i].replace(/^.*\//, '');
    return { name, args: words.slice(i + 1) };
}
/** git's global options that take the next word as their value. */
const GIT_VALUE_OPTIONS = new Set([
    '-C',
    '-c',
    '--git-dir',
    '--work-tree',
    '--namespace',
    '--super-prefix',
    '--config-env',
    '--exec-path',
    '--list-cmds'
]);
/** `git [global options] <subcommand> <args>`, or undefined when the command is not git. */
function gitInvocation(cmd) {
    const p = program(cmd.words);
    if (!p || p.name !== 'git')
        return undefined;
    let i = 0;
    while (i < p.args.length && p.args[i].startsWith('-')) {
        const opt = p.args[i];
        i += GIT_VALUE_OPTIONS.has(opt) ? 2 : 1;
    }
    if (i >= p.args.length)
        return undefined;
    return { sub: p.args[i], args: p.args.slice(i + 1) };
}
/** gh's flags that take the next word as their value. */
const GH_VALUE_OPTIONS = new Set(['-R', '--repo', '--hostname', '-b', '--branch']);
/** The positional words of a `gh` command (`gh -R o/r pr checkout 1` \u2192 pr, checkout, 1). */
function ghInvocation(cmd) {
    const p = program(cmd.words);
    if (!p || p.name !== 'gh')
        return undefined;
    const out = [];
    for (let i = 0; i < p.args.length; i++) {
        const a = p.args[i];
        if (a === '--') {
            out.push(...p.args.slice(i + 1));
            break;
        }
        if (a.startsWith('-')) {
            if (GH_VALUE_OPTIONS.has(a))
                i++;
            continue;
        }
        out.push(a);
    }
    return out;
}


/***/ }),

/***/ 33810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  md: () => (/* binding */ loadWorkflowFile),
  oO: () => (/* binding */ parseWorkflowText),
  xb: () => (/* binding */ readWorkflowText)
});

// UNUSED EXPORTS: parseWorkflow

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/workflows/events.js
/**
 * The events GitHub accepts under `on:` (names are case-sensitive: `PULL_REQUEST_TARGET` is
 * rejected). A test keeps this list equal to the one in @actions/workflow-parser's schema.
 */
const GITHUB_EVENTS = new Set([
    'branch_protection_rule',
    'check_run',
    'check_suite',
    'create',
    'delete',
    'deployment',
    'deployment_status',
    'discussion',
    'discussion_comment',
    'fork',
    'gollum',
    'image_version',
    'issue_comment',
    'issues',
    'label',
    'merge_group',
    'milestone',
    'page_build',
    'project',
    'project_card',
    'project_column',
    'public',
    'pull_request',
    'pull_request_comment',
    'pull_request_review',
    'pull_request_review_comment',
    'pull_request_target',
    'push',
    'registry_package',
    'release',
    'repository_dispatch',
    'schedule',
    'status',
    'watch',
    'workflow_call',
    'workflow_dispatch',
    'workflow_run'
]);
/** Why GitHub rejects an event name, or undefined when it is one. */
const OWN_NAMES = new Map([...GITHUB_EVENTS].map((e) => [e, e]));
/**
 * A known event's name as this module's own string: a name read from a workflow is a slice of
 * the file's text (src/workflows/detach.ts), and every gate keeps the names it reports. One
 * string per event, where detaching would copy the name for each file.
 */
function eventName(name) {
    return OWN_NAMES.get(name) ?? name;
}
function unknownEvent(name) {
    if (GITHUB_EVENTS.has(name))
        return undefined;
    const lower = name.toLowerCase();
    const hint = GITHUB_EVENTS.has(lower) ? ` (event names are lower-case: '${lower}')` : '';
    return `'${name.slice(0, 60)}' is not an event GitHub knows; GitHub rejects the workflow${hint}`;
}

// EXTERNAL MODULE: ./lib/workflows/yaml-nodes.js
var yaml_nodes = __webpack_require__(1275);
// EXTERNAL MODULE: ./lib/workflows/files.js
var files = __webpack_require__(60577);
// EXTERNAL MODULE: ./lib/workflows/yaml-doc.js + 2 modules
var yaml_doc = __webpack_require__(42159);
;// CONCATENATED MODULE: ./lib/workflows/workflow.js






/**
 * `y.get(node, key)` for many keys of one mapping: its entries are read once into a map (keys are
 * unique, case-insensitively, once the document is parsed), not once per key looked up.
 */
function fieldsOf(y, node) {
    const byKey = new Map();
    for (const e of y.entries(node))
        if (!byKey.has(e.key))
            byKey.set(e.key, e);
    return (key) => byKey.get(key);
}
function strOf(y, node) {
    const value = y.str(node);
    const n = y.resolve(node) ?? node;
    return value === undefined ? undefined : { value, pos: y.pos(n), node: n };
}
/** A mapping of names to strings; `lower` keys it case-insensitively (action inputs). */
function strMap(y, node, lower = false) {
    const out = new Map();
    for (const e of y.entries(node)) {
        const key = lower ? e.key.toLowerCase() : e.key;
        const s = strOf(y, e.value);
        if (s)
            out.set(key, s);
        else if (e.value !== undefined) {
            const n = y.resolve(e.value) ?? e.value;
            out.set(key, { value: y.text(e.value), pos: y.pos(n), node: n });
        }
    }
    return out;
}
function shown(y, node) {
    const n = y.resolve(node);
    if (!n)
        return 'nothing';
    if ((0,yaml_nodes/* isScalar */.jn)(n))
        return n.value === null ? 'null' : `'${String(n.source ?? n.value).slice(0, 60)}'`;
    if ((0,yaml_nodes/* isSeq */.oP)(n))
        return 'a list';
    if ((0,yaml_nodes/* isMap */.jh)(n))
        return 'a mapping';
    return 'a value';
}
/** One event name of `on:`: a non-empty string scalar, or GitHub rejects the workflow. */
function eventOf(y, node, where) {
    const n = y.resolve(node);
    if (!n || !(0,yaml_nodes/* isScalar */.jn)(n) || typeof n.value !== 'string' || n.value === '') {
        throw new yaml_doc/* YamlLimitError */.r3(`'on' holds ${shown(y, node)} where an event name belongs; GitHub rejects the workflow (write an event name, a list of event names or a mapping of events)`, y.pos(n ?? node ?? where));
    }
    const unknown = unknownEvent(n.value);
    if (unknown)
        throw new yaml_doc/* YamlLimitError */.r3(unknown, y.pos(n));
    return { event: eventName(n.value), pos: y.pos(n) };
}
/**
 * The triggers of `on:` in the forms GitHub accepts: an event name, a list of names, or a
 * mapping of events to null or their filters (`schedule` to a list). Anything else \u2014 a number,
 * null, a nested list, an alias to something else \u2014 is refused as GitHub refuses it, never read
 * as "no triggers".
 */
function triggersOf(y, on, onKey) {
    const n = y.resolve(on);
    if (n && (0,yaml_nodes/* isSeq */.oP)(n))
        return n.items.map((item) => eventOf(y, item, n));
    if (!n || !(0,yaml_nodes/* isMap */.jh)(n))
        return [eventOf(y, on, onKey)];
    return y.entries(n).map((e) => {
        const unknown = unknownEvent(e.key);
        if (unknown)
            throw new yaml_doc/* YamlLimitError */.r3(unknown, y.pos(e.keyNode));
        const v = y.resolve(e.value);
        const ok = !v || ((0,yaml_nodes/* isScalar */.jn)(v) && v.value === null) || (0,yaml_nodes/* isMap */.jh)(v) || ((0,yaml_nodes/* isSeq */.oP)(v) && e.key === 'schedule');
        if (!ok) {
            throw new yaml_doc/* YamlLimitError */.r3(`event '${e.key}' holds ${shown(y, e.value)}; GitHub rejects the workflow (an event takes a mapping of filters, or nothing)`, y.pos(v ?? e.keyNode));
        }
        return { event: eventName(e.key), pos: y.pos(e.keyNode), node: e.value };
    });
}
function stepsOf(y, node) {
    return (y.seq(node) ?? []).map((raw, index) => {
        const s = y.resolve(raw) ?? raw;
        const field = fieldsOf(y, s);
        const get = (k) => field(k)?.value;
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
            with: strMap(y, get('with'), true),
            env: strMap(y, get('env')),
            node: s
        };
    });
}
const FROM_JSON_LITERAL = /^\s*\$\{\{\s*fromjson\s*\(\s*'((?:[^']|'')*)'\s*\)\s*\}\}\s*$/i;
/** The document of `${{ fromJSON('\u2026') }}` with a literal argument, else undefined. */
function fromJsonLiteral(y, node) {
    const text = y.str(node);
    const m = text === undefined ? null : FROM_JSON_LITERAL.exec(text);
    if (!m)
        return undefined;
    try {
        return (0,strict_json/* parseStrictJson */.RJ)(m[1].replace(/''/g, "'"), 'the fromJSON() literal');
    }
    catch (err) {
        throw new yaml_doc/* YamlLimitError */.r3(`${(0,errors/* errorMessage */.gJ)(err)}; GitHub fails the run`, y.pos(node));
    }
}
function addMatrix(out, key, text) {
    const k = key.toLowerCase();
    const had = out.get(k);
    out.set(k, had === undefined ? text : `${had}\n${text}`);
}
/** Keys and values of a parsed `fromJSON` matrix (or of its `include` list when `include`). */
function addJsonMatrix(out, doc, include) {
    const rows = include ? doc : doc?.include;
    if (!include && doc && typeof doc === 'object' && !Array.isArray(doc)) {
        for (const [k, v] of Object.entries(doc)) {
            if (k !== 'include' && k !== 'exclude')
                addMatrix(out, k, JSON.stringify(v));
        }
    }
    if (Array.isArray(rows)) {
        for (const row of rows) {
            if (row && typeof row === 'object' && !Array.isArray(row)) {
                for (const [k, v] of Object.entries(row))
                    addMatrix(out, k, JSON.stringify(v));
            }
        }
    }
}
/** A matrix (or `include`) computed by an expression: literal `fromJSON` is read, else `*`. */
function addComputed(y, out, node, include) {
    const doc = fromJsonLiteral(y, node);
    if (doc === undefined)
        addMatrix(out, '*', y.text(node));
    else
        addJsonMatrix(out, doc, include);
}
function matrixOf(y, strategy) {
    const out = new Map();
    const matrix = y.get(strategy, 'matrix')?.value;
    const m = y.resolve(matrix);
    if (!m)
        return out;
    if ((0,yaml_nodes/* isScalar */.jn)(m)) {
        addComputed(y, out, m, false);
        return out;
    }
    for (const e of y.entries(m)) {
        if (e.key === 'exclude')
            continue;
        if (e.key !== 'include') {
            addMatrix(out, e.key, y.text(e.value));
            continue;
        }
        const inc = y.resolve(e.value);
        if (!inc)
            continue;
        if ((0,yaml_nodes/* isScalar */.jn)(inc)) {
            addComputed(y, out, inc, true);
            continue;
        }
        for (const item of y.seq(inc) ?? []) {
            const row = y.resolve(item);
            if (row && (0,yaml_nodes/* isScalar */.jn)(row))
                addComputed(y, out, row, true);
            else
                for (const r of y.entries(row))
                    addMatrix(out, r.key, y.text(r.value));
        }
    }
    return out;
}
function jobsOf(y, node) {
    return y.entries(node).map((e) => {
        const j = y.resolve(e.value);
        const get = fieldsOf(y, j);
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
            with: strMap(y, get('with')?.value, true),
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
        throw new yaml_doc/* YamlLimitError */.r3('the workflow is not a YAML mapping', { line: 1, column: 1 });
    const on = y.get(root, 'on');
    if (!on) {
        throw new yaml_doc/* YamlLimitError */.r3("the workflow has no 'on' key; GitHub rejects it", y.pos(root));
    }
    const perms = y.get(root, 'permissions');
    const conc = y.get(root, 'concurrency');
    return {
        file: y.file,
        name: strOf(y, y.get(root, 'name')?.value),
        onPos: y.pos(on.keyNode),
        triggers: triggersOf(y, on.value, on.keyNode),
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
        const parsed = (0,yaml_doc/* parseYaml */.hN)(file, text);
        if (!parsed.ok)
            return { ok: false, file, problem: parsed.problem };
        return { ok: true, workflow: modelOf(parsed.yaml) };
    }
    catch (err) {
        if (err instanceof yaml_doc/* YamlLibraryNeeded */.Y1)
            throw err; // not the file's problem: see withYamlLibrary
        if (err instanceof yaml_doc/* YamlLimitError */.r3) {
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
 * Read and parse a workflow file under `root` (bounded, regular files only), with repo-relative
 * paths in every message. A symlinked workflow, or one under a symlinked folder, is refused as
 * GitHub refuses it: GitHub reads the workflow from the git tree, where a symlink is a blob
 * holding the target's path, and reports the file as invalid instead of running the target.
 * The text comes back too, for gates that look at raw lines.
 */
function loadWorkflowFile(root, file) {
    const read = readWorkflowText(root, file);
    return { parsed: parseWorkflowText(read), text: 'text' in read ? read.text : undefined };
}
/** The parsing half of `loadWorkflowFile`: a file that could not be read is its problem at 1:1. */
function parseWorkflowText(read) {
    if ('problem' in read) {
        return { ok: false, file: read.file, problem: { message: read.problem, line: 1, column: 1 } };
    }
    return parseWorkflow(read.file, read.text);
}
/** The reading half of `loadWorkflowFile` (symlinks refused, bounded, regular files only). */
function readWorkflowText(root, file) {
    const rel = (0,files/* displayPath */.Gt)(root, file);
    const link = (0,files/* symlinkOnPath */.EY)(root, file);
    if (link !== undefined) {
        return {
            file: rel,
            problem: `${link === rel ? `${rel} is a symlink` : `${rel} lies under the symlinked folder ${link}`}: GitHub reads workflows from the git tree and does not follow symlinks (it rejects the file as invalid YAML), so it never runs what the link points at; commit the workflow file itself at this path`
        };
    }
    try {
        return { file: rel, text: (0,files/* readWorkspaceText */.tA)(root, file, yaml_doc/* MAX_YAML_BYTES */.jl, 'workflow') };
    }
    catch (err) {
        return { file: rel, problem: (0,errors/* errorMessage */.gJ)(err) };
    }
}


/***/ }),

/***/ 42159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jl: () => (/* binding */ MAX_YAML_BYTES),
  Y1: () => (/* binding */ YamlLibraryNeeded),
  r3: () => (/* binding */ YamlLimitError),
  hN: () => (/* binding */ parseYaml),
  DZ: () => (/* binding */ withYamlLibrary),
  Tj: () => (/* binding */ yamlLibrary)
});

// UNUSED EXPORTS: MAX_ALIAS_DEREFS, YamlDoc, loadYamlLibrary, setFastYaml

// EXTERNAL MODULE: ./lib/workflows/yaml-nodes.js
var yaml_nodes = __webpack_require__(1275);
;// CONCATENATED MODULE: ./lib/workflows/yaml-fast-nodes.js

/** `proto`, made a prototype whose nodes have `type` (and `schema`) as the library defines them. */
function nodePrototype(proto, parent, type, schema) {
    Object.setPrototypeOf(proto, parent);
    Object.defineProperty(proto, yaml_nodes/* NODE_TYPE */.Qu, { value: type });
    if (schema !== undefined) {
        Object.defineProperty(proto, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
}
class FastScalar {
    value;
    range;
    source;
    type;
    constructor(value, range, source, type) {
        this.value = value;
        this.range = range;
        this.source = source;
        this.type = type;
    }
}
class FastPair {
    key;
    value;
    constructor(key, value) {
        this.key = key;
        this.value = value;
    }
}
class FastCollection {
    items = [];
}
class FastMap extends FastCollection {
}
class FastSeq extends FastCollection {
}
let made = false;
/** The node makers for documents of `schema` (the reader's one schema: asked once). */
function fastNodes(schema) {
    if (made)
        throw new Error("the fast reader's node prototypes are made once");
    made = true;
    nodePrototype(FastScalar.prototype, yaml_nodes/* Scalar */.X5.prototype, yaml_nodes/* SCALAR */.jf);
    nodePrototype(FastPair.prototype, yaml_nodes/* Pair */.Rm.prototype, yaml_nodes/* PAIR */.Bu);
    nodePrototype(FastMap.prototype, yaml_nodes/* YAMLMap */.CA.prototype, yaml_nodes/* MAP */.lC, schema);
    nodePrototype(FastSeq.prototype, yaml_nodes/* YAMLSeq */.Rw.prototype, yaml_nodes/* SEQ */.kN, schema);
    return {
        scalar: (value, range, source, type) => new FastScalar(value, range, source, type),
        map: () => new FastMap(),
        seq: () => new FastSeq(),
        pair: (key, value) => new FastPair(key, value)
    };
}

;// CONCATENATED MODULE: ./lib/workflows/yaml-fast.js


/** Why the fast reader gave up on a text (for the differential tests and the bench). */
class FastGiveUp extends Error {
    construct;
    constructor(construct) {
        super(construct);
        this.construct = construct;
    }
}
const DOC_OPTIONS = {
    version: '1.2',
    schema: 'core',
    uniqueKeys: false,
    merge: false,
    prettyErrors: true,
    strict: true
};
const probe = new yaml_nodes/* Document */.yo(undefined, DOC_OPTIONS);
const SCHEMA = probe.schema;
/** The core schema's implicit scalar tags, in the library's own order of trial. */
const IMPLICIT_TAGS = SCHEMA.tags.filter((t) => t.default === true && t.test !== undefined);
const TAG_OPTIONS = probe.options;
const nodes = fastNodes(SCHEMA);
/** What the reader refuses anywhere in a text: tabs, CR, BOM, control and line-separator characters. */
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;
const giveUp = (construct) => {
    throw new FastGiveUp(construct);
};
const onTagError = (msg) => giveUp(`tag resolution error: ${msg}`);
/** Characters that could start an implicitly typed (non-string) plain scalar in the core schema. */
function mayBeTyped(c) {
    // digits, + - . ~ and the first letters of true/false/null (either case), or empty
    return ((c >= 48 && c <= 57) ||
        c === 43 ||
        c === 45 ||
        c === 46 ||
        c === 126 ||
        c === 116 ||
        c === 84 ||
        c === 102 ||
        c === 70 ||
        c === 110 ||
        c === 78);
}
function plainScalar(value, range) {
    const c = value.charCodeAt(0);
    // A letter can only start true/false/null in their spellings (5 characters at most).
    if (value === '' || (mayBeTyped(c) && (c < 65 || value.length <= 5))) {
        for (const tag of IMPLICIT_TAGS) {
            if (tag.test.test(value)) {
                const res = tag.resolve(value, onTagError, TAG_OPTIONS);
                const node = res instanceof yaml_nodes/* Scalar */.X5 ? res : nodes.scalar(res, range, value, yaml_nodes/* Scalar */.X5.PLAIN);
                if (node === res) {
                    node.range = range;
                    node.source = value;
                    node.type = yaml_nodes/* Scalar */.X5.PLAIN;
                }
                if (tag.format)
                    node.format = tag.format;
                return node;
            }
        }
    }
    return nodes.scalar(value, range, value, yaml_nodes/* Scalar */.X5.PLAIN);
}
function stringScalar(value, range, type) {
    return nodes.scalar(value, range, value, type);
}
const DQ_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\'
};
const HEX = /^[0-9a-fA-F]+$/;
/**
 * The value of a block scalar from its body text (the lines after the header), content
 * indentation `indent`, style and chomping, as YAML 1.2 defines it (the library's reading).
 */
function blockValue(src, indent, folded, chomp) {
    const raw = src.split('\n');
    const sp = [];
    const content = [];
    for (const l of raw) {
        let k = 0;
        while (l.charCodeAt(k) === 32)
            k++;
        sp.push(k);
        content.push(l.slice(k));
    }
    let chompStart = raw.length;
    while (chompStart > 0 && content[chompStart - 1] === '')
        chompStart--;
    if (chompStart === 0)
        giveUp('block scalar without content');
    let contentStart = 0;
    while (content[contentStart] === '') {
        if (sp[contentStart] > indent)
            giveUp('more-indented leading blank line in a block scalar');
        contentStart++;
    }
    for (let k = raw.length - 1; k >= chompStart; k--) {
        if (sp[k] > indent) {
            chompStart = k + 1;
            break;
        }
    }
    let value = '\n'.repeat(contentStart);
    let sep = '';
    let prevMore = false;
    for (let k = contentStart; k < chompStart; k++) {
        const extra = sp[k] > indent ? ' '.repeat(sp[k] - indent) : '';
        const c = content[k];
        if (!folded) {
            value += sep + extra + c;
            sep = '\n';
        }
        else if (sp[k] > indent) {
            if (sep === ' ')
                sep = '\n';
            else if (!prevMore && sep === '\n')
                sep = '\n\n';
            value += sep + extra + c;
            sep = '\n';
            prevMore = true;
        }
        else if (c === '') {
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + c;
            sep = ' ';
            prevMore = false;
        }
    }
    if (chomp === '+') {
        for (let k = chompStart; k < raw.length; k++)
            value += '\n' + (sp[k] > indent ? ' '.repeat(sp[k] - indent) : '');
        if (!value.endsWith('\n'))
            value += '\n';
    }
    else if (chomp === '')
        value += '\n';
    return value;
}
const NO_TRIVIA = [];
class FastReader {
    text;
    len;
    /** Offset of the start of the current line. */
    pos = 0;
    /** Where the last value started (tells where a give-up happened). */
    at = 0;
    /**
     * After a node is read: the trivia that followed it and is not yet placed (the library hands
     * it outwards to enclosing collections), and where the next content line's text starts (past
     * its indentation; the text's length at the end) and its column.
     */
    trivia = NO_TRIVIA;
    /** Whether comments came before the current sequence item's `-` (see value()). */
    commentBefore = false;
    nextAt = 0;
    nextCol = 0;
    /** Anchors whose node is complete (an alias may refer to them). */
    anchors = new Set();
    constructor(text) {
        this.text = text;
        this.len = text.length;
    }
    read() {
        const t = this.text;
        const bad = BAD_CHAR.exec(t);
        if (bad) {
            const c = bad[0];
            giveUp(c === '\r'
                ? 'CR line ending'
                : c === '\t'
                    ? 'tab'
                    : c === '\ufeff'
                        ? 'BOM'
                        : 'control or line-separator character');
        }
        this.skipTrivia();
        let docStart = false;
        let docOffset = 0;
        if (this.pos < this.len && t.startsWith('---', this.pos)) {
            const after = this.pos + 3;
            const c = t.charCodeAt(after);
            if (after === this.len || c === 10 || c === 32) {
                docStart = true;
                docOffset = this.pos;
                const eol = this.lineEnd(after);
                const rest = t.slice(after, eol).trim();
                if (rest !== '' && !rest.startsWith('#'))
                    giveUp('content after ---');
                this.pos = Math.min(eol + 1, this.len);
                this.skipTrivia();
            }
        }
        if (this.pos >= this.len) {
            // Blank and comment lines only: the library finds no document at all.
            if (!docStart)
                throw new NoDocument();
            giveUp('empty document');
        }
        const indent = this.indentAt(this.pos);
        if (indent !== 0)
            giveUp('root not at column 0');
        const c = t.charCodeAt(this.pos);
        if (c === 37)
            giveUp('directive');
        if (!this.isSeqDash(this.pos) && this.keyEnd(this.pos) === undefined) {
            giveUp('root is not a block mapping or sequence');
        }
        const root = this.isSeqDash(this.pos) ? this.blockSeq(0, this.pos) : this.blockMap(0, this.pos);
        if (this.nextAt < this.len)
            giveUp('content after the root collection');
        const doc = new yaml_nodes/* Document */.yo(undefined, DOC_OPTIONS);
        if (docStart)
            doc.directives.docStart = true;
        doc.contents = root;
        const end = root.range[2];
        const trail = this.trivia;
        doc.range = [docOffset, end, trail.length ? trail[trail.length - 1].end : end];
        return doc;
    }
    lineEnd(p) {
        const nl = this.text.indexOf('\n', p);
        return nl < 0 ? this.len : nl;
    }
    indentAt(lineStart) {
        let i = lineStart;
        while (this.text.charCodeAt(i) === 32)
            i++;
        return i - lineStart;
    }
    /** Skip blank and comment lines from `pos` (a line start); `pos` ends at a content line. */
    skipTrivia() {
        const t = this.text;
        let out = NO_TRIVIA;
        while (this.pos < this.len) {
            let i = this.pos;
            while (t.charCodeAt(i) === 32)
                i++;
            const c = t.charCodeAt(i);
            if (i >= this.len || c === 10) {
                const end = Math.min(i + 1, this.len);
                if (out === NO_TRIVIA)
                    out = [];
                out.push({ col: -1, end });
                this.pos = end;
            }
            else if (c === 35) {
                const eol = this.lineEnd(i);
                const end = Math.min(eol + 1, this.len);
                if (out === NO_TRIVIA)
                    out = [];
                out.push({ col: i - this.pos, end });
                this.pos = end;
            }
            else
                break;
        }
        return out;
    }
    isSeqDash(p) {
        if (this.text.charCodeAt(p) !== 45)
            return false;
        const c = this.text.charCodeAt(p + 1);
        return p + 1 >= this.len || c === 32 || c === 10;
    }
    /**
     * If a block mapping key starts at `p`: the offset of its `:` (followed by space, newline or
     * the end); undefined when the line holds no implicit key there.
     */
    keyEnd(p) {
        const t = this.text;
        const c = t.charCodeAt(p);
        if (c === 91 || c === 123)
            return undefined; // a flow collection: a value, or a key we refuse
        if (c === 34 || c === 39) {
            const close = c === 39 ? this.singleQuotedEnd(p) : this.doubleQuotedEnd(p);
            if (close === undefined)
                return undefined;
            let i = close;
            while (t.charCodeAt(i) === 32)
                i++;
            if (t.charCodeAt(i) !== 58)
                return undefined;
            const n = t.charCodeAt(i + 1);
            return i + 1 >= this.len || n === 32 || n === 10 ? i : undefined;
        }
        const eol = this.lineEnd(p);
        for (let i = p; i < eol; i++) {
            const ch = t.charCodeAt(i);
            if (ch === 58) {
                const n = t.charCodeAt(i + 1);
                if (i + 1 >= this.len || n === 32 || n === 10)
                    return i;
            }
            else if (ch === 35 && i > p && t.charCodeAt(i - 1) === 32)
                return undefined;
        }
        return undefined;
    }
    /** Offset just past the closing quote of a single-line single-quoted scalar at `p`. */
    singleQuotedEnd(p) {
        const t = this.text;
        const eol = this.lineEnd(p);
        let i = p + 1;
        for (;;) {
            const q = t.indexOf("'", i);
            if (q < 0 || q >= eol)
                return undefined;
            if (t.charCodeAt(q + 1) === 39) {
                i = q + 2;
                continue;
            }
            return q + 1;
        }
    }
    doubleQuotedEnd(p) {
        const t = this.text;
        const eol = this.lineEnd(p);
        for (let i = p + 1; i < eol; i++) {
            const ch = t.charCodeAt(i);
            if (ch === 92)
                i++;
            else if (ch === 34)
                return i + 1;
        }
        return undefined;
    }
    singleQuotedValue(p, end) {
        return this.text.slice(p + 1, end - 1).replace(/''/g, "'");
    }
    doubleQuotedValue(p, end) {
        const t = this.text;
        const last = end - 1;
        let from = p + 1;
        let bs = t.indexOf('\\', from);
        if (bs < 0 || bs >= last)
            return t.slice(from, last);
        let res = '';
        while (bs >= 0 && bs < last) {
            res += t.slice(from, bs);
            const next = t[bs + 1];
            const code = DQ_ESCAPES[next];
            if (code !== undefined) {
                res += code;
                from = bs + 2;
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const n = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                const hex = t.slice(bs + 2, bs + 2 + n);
                if (bs + 2 + n > last || !HEX.test(hex))
                    giveUp('bad double-quoted escape');
                const cp = parseInt(hex, 16);
                if (cp > 0x10ffff)
                    giveUp('bad double-quoted escape');
                res += String.fromCodePoint(cp);
                from = bs + 2 + n;
            }
            else
                giveUp('bad double-quoted escape');
            bs = t.indexOf('\\', from);
        }
        return res + t.slice(from, last);
    }
    /**
     * The end of a scalar-like value that ends its line: trailing spaces, an optional comment and
     * the newline. Gives up on anything else after `valueEnd`.
     */
    lineRest(valueEnd) {
        const t = this.text;
        let i = valueEnd;
        while (t.charCodeAt(i) === 32)
            i++;
        if (i >= this.len)
            return this.len;
        const c = t.charCodeAt(i);
        if (c === 10)
            return i + 1;
        if (c === 35 && i > valueEnd) {
            const eol = this.lineEnd(i);
            return Math.min(eol + 1, this.len);
        }
        return giveUp('content after a scalar on its line');
    }
    /** A block mapping whose first key starts at `p`, column `n`. */
    blockMap(n, p) {
        const map = nodes.map();
        const t = this.text;
        let at = p;
        for (;;) {
            const colon = this.keyEnd(at);
            if (colon === undefined)
                giveUp('not a mapping entry');
            const key = this.keyScalar(at, colon);
            // The value, on this line or below.
            let v = colon + 1;
            while (t.charCodeAt(v) === 32)
                v++;
            const value = this.value(n, v, 'map', colon + 1);
            map.items.push(nodes.pair(key, value));
            const next = this.after(n, false);
            if (next === undefined) {
                const offset = value.range[2];
                map.range = [p, offset, this.kept(n, offset)];
                return map;
            }
            at = next;
        }
    }
    /** A block sequence whose first `-` is at `p`, column `n`. */
    blockSeq(n, p) {
        const seq = nodes.seq();
        const t = this.text;
        let at = p;
        for (;;) {
            if (!this.isSeqDash(at))
                giveUp('not a sequence entry');
            // Trivia left over from the previous item belongs to this item's `-` in the library.
            this.commentBefore = at !== p && this.trivia.some((x) => x.col >= 0);
            let v = at + 1;
            while (t.charCodeAt(v) === 32)
                v++;
            const value = this.value(n, v, 'seq', at + 1);
            seq.items.push(value);
            const next = this.after(n, true);
            if (next === undefined) {
                const offset = value.range[2];
                seq.range = [p, offset, this.kept(n, offset)];
                return seq;
            }
            at = next;
        }
    }
    /**
     * Whether the collection at column `n` goes on after an item: the offset of its next entry,
     * or undefined when the pending content belongs to an outer node.
     */
    after(n, isSeq) {
        const at = this.nextAt;
        if (at >= this.len)
            return undefined;
        const t = this.text;
        const col = this.nextCol;
        if (col > n)
            giveUp('deeper indentation after a complete item');
        if (col < n)
            return undefined;
        if (t.startsWith('---', at) || t.startsWith('...', at)) {
            if (col === 0)
                giveUp('document marker');
        }
        if (isSeq)
            return this.isSeqDash(at) ? at : undefined;
        if (this.isSeqDash(at))
            giveUp('sequence entry in a mapping');
        return at;
    }
    /** Where the content line starting at `lineStart` (or the end) puts its text. */
    setNext(lineStart) {
        if (lineStart >= this.len) {
            this.nextAt = this.len;
            this.nextCol = 0;
        }
        else {
            this.nextCol = this.indentAt(lineStart);
            this.nextAt = lineStart + this.nextCol;
        }
    }
    lineStartOf(p) {
        return this.text.lastIndexOf('\n', p - 1) + 1;
    }
    /**
     * range[2] of an ending collection: the library keeps the trailing comments (and the
     * indentation of the next line) when one sits at or right of its column, except at column 0.
     */
    kept(n, offset) {
        const tr = this.trivia;
        if (n === 0 || !tr.some((x) => x.col >= n))
            return offset;
        // Kept by this collection: the trivia no longer moves outwards.
        const end = this.nextAt >= this.len ? tr[tr.length - 1].end : this.nextAt;
        this.trivia = NO_TRIVIA;
        return end;
    }
    /** A key scalar from `p` to its `:` at `colon`. */
    keyScalar(p, colon) {
        const t = this.text;
        const c = t.charCodeAt(p);
        if (colon - p > 1000)
            giveUp('long key');
        if (c === 39 || c === 34) {
            const close = c === 39 ? this.singleQuotedEnd(p) : this.doubleQuotedEnd(p);
            const value = c === 39 ? this.singleQuotedValue(p, close) : this.doubleQuotedValue(p, close);
            return stringScalar(value, [p, close, close], c === 39 ? yaml_nodes/* Scalar */.X5.QUOTE_SINGLE : yaml_nodes/* Scalar */.X5.QUOTE_DOUBLE);
        }
        let e = colon;
        while (t.charCodeAt(e - 1) === 32)
            e--;
        if (e === p)
            giveUp('empty key');
        this.checkPlainStart(p, 'key');
        const src = t.slice(p, e);
        return plainScalar(src, [p, e, e]);
    }
    checkPlainStart(p, what) {
        const t = this.text;
        const c = t[p];
        if ('-?:'.includes(c)) {
            const n = t.charCodeAt(p + 1);
            if (p + 1 >= this.len || n === 32 || n === 10)
                giveUp(`indicator starting a ${what}`);
            if (c !== '-')
                giveUp(`'${c}' starting a ${what}`);
        }
        else if (',[]{}#&*!|>\'"%@`'.includes(c))
            giveUp(`'${c}' starting a plain ${what}`);
    }
    /**
     * The value of a map entry or sequence item whose text would start at `v` (after the `:` or
     * `-` at `ind - 1` and spaces), in a collection at column `n`.
     */
    value(n, v, ctx, ind) {
        this.at = v;
        if (ctx === 'map')
            this.commentBefore = false;
        const t = this.text;
        const c = t.charCodeAt(v);
        if (c === 38)
            return this.anchored(n, v, ctx);
        if (v >= this.len || c === 10 || c === 35) {
            // Nothing more on this line: a nested block node below, or an empty value.
            if (c === 35 && v === ind)
                giveUp('comment without a space');
            // A comment on the line, or (for a sequence item) comments handed to it from before its
            // `-`: the library's empty scalar then ends where the item's trivia ends.
            const hasComment = c === 35 || this.commentBefore;
            const eol = this.lineEnd(v);
            this.pos = Math.min(eol + 1, this.len);
            const trivia = this.skipTrivia();
            const at = this.pos;
            if (at < this.len) {
                const col = this.indentAt(at);
                const content = at + col;
                if (col > n || (col === n && ctx === 'map' && this.isSeqDash(content))) {
                    if (this.isSeqDash(content))
                        return this.blockSeq(col, content);
                    if (this.keyEnd(content) !== undefined)
                        return this.blockMap(col, content);
                    if (trivia.some((x) => x.col >= 0))
                        giveUp('comment before a scalar on the line below');
                    return this.scalarValue(n, content);
                }
            }
            this.setNext(at);
            const end = this.emptyEnd(n, ctx, hasComment, eol, trivia, this.nextAt);
            this.trivia = NO_TRIVIA;
            return plainScalar('', [v, v, end < 0 ? v : end]);
        }
        if (ctx === 'seq' && this.isSeqDash(v))
            return this.blockSeq(v - this.lineStartOf(v), v);
        if (ctx === 'seq' && this.keyEnd(v) !== undefined)
            return this.blockMap(v - this.lineStartOf(v), v);
        return this.scalarValue(n, v);
    }
    /**
     * The end of an anchor's or alias's name starting at `p`: letters, digits, `_`, `-`, `.`,
     * then a space, a line break or the end of the text. Gives up on anything else.
     */
    nameEnd(p) {
        const t = this.text;
        let e = p;
        for (;;) {
            const ch = t.charCodeAt(e);
            const word = (ch >= 97 && ch <= 122) ||
                (ch >= 65 && ch <= 90) ||
                (ch >= 48 && ch <= 57) ||
                ch === 95 ||
                ch === 45 ||
                ch === 46;
            if (!word)
                break;
            e++;
        }
        if (e === p)
            giveUp('empty anchor or alias name');
        if (e < this.len && t.charCodeAt(e) !== 32 && t.charCodeAt(e) !== 10) {
            giveUp('anchor or alias name with other characters');
        }
        return e;
    }
    /**
     * A value with an anchor (`&name` at `v`): a scalar after it on the line, or a block
     * collection starting on the next line. The library gives the node the anchor and starts its
     * range at the node's own text, not at the `&`.
     */
    anchored(n, v, ctx) {
        const t = this.text;
        const e = this.nameEnd(v + 1);
        const name = t.slice(v + 1, e);
        if (this.anchors.has(name))
            giveUp('anchor defined twice');
        let p = e;
        while (t.charCodeAt(p) === 32)
            p++;
        const c = t.charCodeAt(p);
        let node;
        if (p >= this.len || c === 10) {
            // Alone on its line: the block collection right below carries it.
            const at = p + 1;
            if (at >= this.len)
                giveUp('anchor at the end of the text');
            const col = this.indentAt(at);
            const content = at + col;
            const cc = t.charCodeAt(content);
            if (content >= this.len || cc === 10 || cc === 35)
                giveUp('blank or comment line after an anchor');
            if (!(col > n || (col === n && ctx === 'map' && this.isSeqDash(content)))) {
                giveUp('anchored empty value');
            }
            this.pos = at;
            if (this.isSeqDash(content))
                node = this.blockSeq(col, content);
            else if (this.keyEnd(content) !== undefined)
                node = this.blockMap(col, content);
            else
                return giveUp('anchored scalar on the line below');
        }
        else {
            if (c === 35)
                giveUp('comment after an anchor');
            if (c === 38 || c === 42 || c === 33)
                giveUp('several node properties');
            if (this.keyEnd(p) !== undefined || (ctx === 'seq' && this.isSeqDash(p))) {
                giveUp('anchored compact collection');
            }
            node = this.scalarValue(n, p);
        }
        node.anchor = name;
        // Complete: an alias inside the node itself was refused, one after it may refer to it.
        this.anchors.add(name);
        return node;
    }
    /**
     * range[2] of an empty value: where the library's empty scalar ends. It is the value's own
     * position unless comments follow; then the value takes the trivia up to the next item of its
     * mapping (all of it when the collection ends there), less what the library hands on to the
     * next entry (from the second line break after the last more-indented comment).
     */
    emptyEnd(n, ctx, keyLineComment, keyEol, trivia, contentAt) {
        const v = -1;
        const hasComments = keyLineComment || trivia.some((x) => x.col >= 0);
        if (!hasComments)
            return v;
        const all = contentAt < this.len
            ? contentAt
            : trivia.length
                ? trivia[trivia.length - 1].end
                : Math.min(keyEol + 1, this.len);
        if (contentAt >= this.len && trivia.length && this.text.charCodeAt(this.len - 1) !== 10) {
            giveUp('comment at the end of a file without a final newline');
        }
        if (ctx === 'seq')
            return all;
        const col = contentAt - this.lineStartOf(contentAt);
        const atNextItem = contentAt < this.len && col === n;
        if (!atNextItem)
            return all;
        // Newline offsets since the last more-indented comment.
        let nl = [];
        if (keyEol < this.len)
            nl.push(keyEol);
        for (const x of trivia) {
            if (x.col > n)
                nl = [];
            if (this.text.charCodeAt(x.end - 1) === 10)
                nl.push(x.end - 1);
        }
        if (nl.length < 2)
            return all;
        const cut = nl[1];
        // Comments before the cut stay with the empty value.
        const comments = keyLineComment || trivia.some((x) => x.col >= 0 && x.end - 1 <= cut);
        return comments ? cut : v;
    }
    /** A scalar value (block, quoted, flow or plain) starting at `v`, in a collection at `n`. */
    scalarValue(n, v) {
        const t = this.text;
        const c = t.charCodeAt(v);
        let node;
        let end;
        let absorbs = true;
        if (c === 124 || c === 62) {
            [node, end] = this.blockScalar(n, v);
            absorbs = false;
        }
        else if (c === 39 || c === 34) {
            const close = c === 39 ? this.singleQuotedEnd(v) : this.doubleQuotedEnd(v);
            if (close === undefined)
                giveUp('multi-line quoted scalar');
            const value = c === 39 ? this.singleQuotedValue(v, close) : this.doubleQuotedValue(v, close);
            end = this.lineRest(close);
            node = stringScalar(value, [v, close, end], c === 39 ? yaml_nodes/* Scalar */.X5.QUOTE_SINGLE : yaml_nodes/* Scalar */.X5.QUOTE_DOUBLE);
        }
        else if (c === 91 || c === 123) {
            [node, end] = this.flow(v, n);
        }
        else if (c === 42) {
            const e = this.nameEnd(v + 1);
            const name = t.slice(v + 1, e);
            if (!this.anchors.has(name))
                giveUp('alias before its anchor is complete');
            end = this.lineRest(e);
            const alias = new yaml_nodes/* Alias */.x1(name);
            alias.range = [v, e, end];
            node = alias;
        }
        else {
            this.checkPlainStart(v, 'scalar');
            const first = this.plainLine(v);
            let e = first.end;
            let value;
            // Continuation lines (a multi-line plain scalar): right of the collection's column, after
            // any blank lines, until a comment, a blank-then-dedent or the end.
            if (!first.comment) {
                let q = this.lineEnd(e) + 1;
                let blanks = 0;
                while (q < this.len) {
                    const eol = this.lineEnd(q);
                    let k = q;
                    while (t.charCodeAt(k) === 32)
                        k++;
                    if (k === eol) {
                        blanks++;
                        q = eol + 1;
                        continue;
                    }
                    if (k - q <= n || t.charCodeAt(k) === 35)
                        break;
                    this.checkPlainStart(k, 'continuation line');
                    const line = this.plainLine(k);
                    if (line.comment)
                        giveUp('comment after a plain continuation line');
                    value = (value ?? t.slice(v, e)) + (blanks ? '\n'.repeat(blanks) : ' ') + t.slice(k, line.end);
                    e = line.end;
                    blanks = 0;
                    q = eol + 1;
                }
            }
            end = this.lineRest(e);
            value ??= t.slice(v, e);
            node = plainScalar(value, [v, e, end]);
        }
        this.pos = end;
        const trivia = this.skipTrivia();
        this.setNext(this.pos);
        if (this.nextAt < this.len && this.nextCol > n) {
            giveUp('continuation line (multi-line scalar or bad indentation)');
        }
        // Comments right of the collection's column extend the value's own end (the library's
        // "indented comment" rule), until one at or left of the column.
        let rest = trivia;
        if (absorbs && trivia.length) {
            let last = -1;
            for (let k = 0; k < trivia.length; k++) {
                const x = trivia[k];
                if (x.col < 0)
                    continue;
                if (x.col > n)
                    last = k;
                else
                    break;
            }
            if (last >= 0) {
                node.range[2] = trivia[last].end;
                rest = trivia.slice(last + 1);
            }
        }
        this.trivia = rest;
        return node;
    }
    /**
     * One line of a plain scalar in block context from `p`: where its text ends (trailing spaces
     * trimmed) and whether a comment follows. Gives up on `: ` (a nested mapping).
     */
    plainLine(p) {
        const t = this.text;
        const eol = this.lineEnd(p);
        let e = eol;
        let comment = false;
        for (let i = p; i < eol; i++) {
            const ch = t.charCodeAt(i);
            if (ch === 35 && t.charCodeAt(i - 1) === 32) {
                e = i;
                comment = true;
                break;
            }
            if (ch === 58) {
                const nx = t.charCodeAt(i + 1);
                if (i + 1 >= this.len || nx === 32 || nx === 10)
                    giveUp('": " inside a plain value');
            }
        }
        while (t.charCodeAt(e - 1) === 32)
            e--;
        return { end: e, comment };
    }
    /** A literal or folded block scalar whose header starts at `p`, in a collection at column `n`. */
    blockScalar(n, p) {
        const t = this.text;
        const folded = t.charCodeAt(p) === 62;
        let i = p + 1;
        let chomp = '';
        for (;;) {
            const ch = t[i];
            if (ch === '+' || ch === '-') {
                if (chomp)
                    giveUp('block scalar header');
                chomp = ch;
                i++;
            }
            else if (ch >= '0' && ch <= '9')
                giveUp('block scalar indentation indicator');
            else
                break;
        }
        const eolHeader = this.lineEnd(i);
        {
            let k = i;
            while (t.charCodeAt(k) === 32)
                k++;
            if (k < eolHeader && !(t.charCodeAt(k) === 35 && k > i))
                giveUp('block scalar header');
        }
        if (eolHeader >= this.len)
            giveUp('block scalar at the end of the file');
        const bodyStart = eolHeader + 1;
        // The lines the lexer gives the scalar: blank lines, and lines indented at least as much as
        // the first non-blank one (which must sit right of the collection's column).
        let indent = -1;
        let ls = bodyStart;
        /** Start of each line in the scalar's region, and past the region. */
        const starts = [];
        let regionEnd = bodyStart;
        while (ls < this.len) {
            const eol = this.lineEnd(ls);
            let k = ls;
            while (t.charCodeAt(k) === 32)
                k++;
            if (k !== eol) {
                const sp = k - ls;
                if (indent < 0) {
                    if (sp <= n)
                        break;
                    indent = sp;
                }
                else if (sp < indent)
                    break;
            }
            starts.push(ls);
            regionEnd = eol < this.len ? eol + 1 : this.len;
            ls = regionEnd;
        }
        if (indent < 0)
            giveUp('empty block scalar');
        // Without keep chomping, trailing blank lines no more indented than the content are not
        // the scalar's.
        let count = starts.length;
        if (chomp !== '+') {
            while (count > 0) {
                const s0 = starts[count - 1];
                const eol = this.lineEnd(s0);
                let k = s0;
                while (t.charCodeAt(k) === 32)
                    k++;
                if (k === eol && k - s0 <= indent)
                    count--;
                else
                    break;
            }
            regionEnd = count < starts.length ? starts[count] : regionEnd;
        }
        if (regionEnd === this.len && t.charCodeAt(this.len - 1) !== 10) {
            const last = t.slice(t.lastIndexOf('\n') + 1);
            if (last.trim() === '')
                giveUp('block scalar ending in spaces at the end of the file');
        }
        const src = t.slice(bodyStart, regionEnd);
        const value = blockValue(src, indent, folded, chomp);
        const node = stringScalar(value, [p, regionEnd, regionEnd], folded ? yaml_nodes/* Scalar */.X5.BLOCK_FOLDED : yaml_nodes/* Scalar */.X5.BLOCK_LITERAL);
        return [node, regionEnd];
    }
    /** A flow sequence or mapping at `p` (see flowCollection) and the rest of its closing line. */
    flow(p, n) {
        const coll = this.flowCollection(p, n, 0);
        const end = this.lineRest(coll.range[1]);
        coll.range[2] = end;
        return [coll, end];
    }
    /**
     * A flow sequence or mapping at `p`, value of a node in a block collection at column `n`,
     * whose entries are scalars or flow collections (mapping keys: scalars only); range [p, past
     * the closing bracket, same]. It may go on over lines after `[`, `{` or `,` and before the
     * closing bracket, each line indented past `n`; a blank or comment line inside, a key or
     * value split over lines, or a plain scalar going on to the next line gives up.
     */
    flowCollection(p, n, depth) {
        if (depth > 64)
            giveUp('flow collections nested too deep');
        const t = this.text;
        const isMap = t.charCodeAt(p) === 123;
        const close = isMap ? 125 : 93;
        const coll = isMap ? nodes.map() : nodes.seq();
        coll.flow = true;
        let i = p + 1;
        /** Past spaces and, where the collection may go on over lines, line breaks. */
        const skip = (lines) => {
            for (;;) {
                while (t.charCodeAt(i) === 32)
                    i++;
                if (t.charCodeAt(i) !== 10 || !lines)
                    return;
                let k = i + 1;
                while (t.charCodeAt(k) === 32)
                    k++;
                const c = t.charCodeAt(k);
                if (k >= this.len || c === 10 || c === 35)
                    giveUp('blank or comment line inside a flow collection');
                if (k - (i + 1) <= n)
                    giveUp('flow collection line not indented past its block');
                i = k;
            }
        };
        /**
         * A flow entry's node at `i`. Its range[2] takes the spaces after it and, as the library
         * has it, for a sequence item the line breaks and indentation up to what follows, for a
         * mapping value only its first line break. A key's `:` stays on its line.
         */
        const entry = (kind) => {
            const c = t.charCodeAt(i);
            const node = c === 91 || c === 123
                ? kind === 'key'
                    ? giveUp('flow collection as a flow mapping key')
                    : this.flowCollection(i, n, depth + 1)
                : this.flowScalar(i);
            i = node.range[1];
            if (kind === 'item') {
                skip(true);
                node.range[2] = i;
            }
            else {
                skip(false);
                node.range[2] = t.charCodeAt(i) === 10 && kind === 'value' ? i + 1 : i;
                if (kind === 'value')
                    skip(true);
            }
            return node;
        };
        skip(true);
        for (;;) {
            if (i >= this.len)
                giveUp('flow collection without its closing bracket');
            if (t.charCodeAt(i) === close) {
                i++;
                break;
            }
            if (isMap) {
                const key = entry('key');
                if (t.charCodeAt(i) !== 58)
                    giveUp('flow mapping entry without a value');
                i++;
                if (t.charCodeAt(i) !== 32)
                    giveUp('flow mapping ":" without a space');
                skip(false);
                if (t.charCodeAt(i) === 10)
                    giveUp('flow mapping value on the next line');
                coll.items.push(nodes.pair(key, entry('value')));
            }
            else
                coll.items.push(entry('item'));
            const d = t.charCodeAt(i);
            if (d === 44) {
                i++;
                skip(true);
            }
            else if (d !== close)
                giveUp('flow collection syntax');
        }
        coll.range = [p, i, i];
        return coll;
    }
    /** A scalar inside a flow collection (plain or quoted, on one line). */
    flowScalar(p) {
        const t = this.text;
        const eol = this.lineEnd(p);
        const c = t.charCodeAt(p);
        if (c === 39 || c === 34) {
            const close = c === 39 ? this.singleQuotedEnd(p) : this.doubleQuotedEnd(p);
            if (close === undefined)
                giveUp('multi-line quoted scalar');
            const value = c === 39 ? this.singleQuotedValue(p, close) : this.doubleQuotedValue(p, close);
            return stringScalar(value, [p, close, close], c === 39 ? yaml_nodes/* Scalar */.X5.QUOTE_SINGLE : yaml_nodes/* Scalar */.X5.QUOTE_DOUBLE);
        }
        // `-` may start a plain scalar when a character that can go on one follows (`--flag`, `-1`).
        const dashStart = t[p] === '-' && !' \n,[]{}#'.includes(t[p + 1] ?? ' ');
        if (!dashStart && '-?:,[]{}#&*!|>\'"%@`'.includes(t[p]))
            giveUp(`'${t[p]}' in a flow collection`);
        let e = p;
        for (; e < eol; e++) {
            const ch = t.charCodeAt(e);
            if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125)
                break;
            if (ch === 58) {
                const nx = t.charCodeAt(e + 1);
                if (nx === 32 || nx === 44 || nx === 93 || nx === 125 || nx === 10)
                    break;
                giveUp('":" inside a flow plain scalar');
            }
            if (ch === 35 && t.charCodeAt(e - 1) === 32)
                giveUp('comment inside a flow collection');
        }
        let s = e;
        while (t.charCodeAt(s - 1) === 32)
            s--;
        if (s === p)
            giveUp('empty flow entry');
        return plainScalar(t.slice(p, s), [p, s, s]);
    }
}
/** A text of blank and comment lines only, without `---`. */
class NoDocument extends Error {
}
/**
 * The document the library would build from `text`; `none` when the library finds no document
 * in it (blank and comment lines only); else the construct that made us give up.
 */
function fastParse(text) {
    const reader = new FastReader(text);
    try {
        return { doc: reader.read() };
    }
    catch (err) {
        if (err instanceof NoDocument)
            return { none: true };
        if (err instanceof FastGiveUp)
            return { giveUp: err.construct, at: reader.at };
        if (err instanceof RangeError)
            return { giveUp: 'too deep', at: reader.at };
        throw err;
    }
}
/** 1-based line and column of offsets, by a binary search over line starts. */
class LineTable {
    starts = [0];
    /** The line of the last lookup: the models ask in document order, so most hit it or the next. */
    last = 0;
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** 0-based index of the line holding `offset`. */
    lineOf(offset) {
        const s = this.starts;
        const k = this.last;
        if (s[k] <= offset) {
            if (k + 1 >= s.length || offset < s[k + 1])
                return k;
            if (k + 2 >= s.length || offset < s[k + 2])
                return (this.last = k + 1);
        }
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return (this.last = lo);
    }
    /** As the library's LineCounter.linePos: 1-based line and column. */
    linePos(offset) {
        const k = this.lineOf(offset);
        return { line: k + 1, col: offset - this.starts[k] + 1 };
    }
    /** The same position as a Pos, without the intermediate object. */
    pos(offset) {
        const k = this.lineOf(offset);
        return { line: k + 1, column: offset - this.starts[k] + 1 };
    }
}

;// CONCATENATED MODULE: ./lib/workflows/yaml-doc.js


let library;
/**
 * The yaml library's parser (and `stringify`), loaded on the first call. A run loads it only
 * when the fast reader gives up on a text (about one workflow in forty) or a setting is turned
 * back into YAML; the node classes the fast reader builds come without it (./yaml-nodes.ts).
 */
async function yamlLibrary() {
    library ??= await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2797)]).then(__webpack_require__.bind(__webpack_require__, 62797));
    return library;
}
/** Load the yaml library's parser now (see `yamlLibrary`). */
async function loadYamlLibrary() {
    await yamlLibrary();
}
/**
 * Thrown by `parseYaml` when a text needs the library's parser and it is not loaded yet: callers
 * that read YAML run through `withYamlLibrary`, which loads it and reads again. Never a problem
 * of the input: nothing turns it into a finding.
 */
class YamlLibraryNeeded extends Error {
    constructor() {
        super('internal: the YAML parser is not loaded (read the file through withYamlLibrary)');
        this.name = 'YamlLibraryNeeded';
    }
}
/**
 * `read()` \u2014 and, when it needed the yaml library's parser before it was loaded, `read()` again
 * once the parser is loaded. `read` must be safe to run twice (reading and parsing files is).
 */
async function withYamlLibrary(read) {
    try {
        return await read();
    }
    catch (err) {
        if (!(err instanceof YamlLibraryNeeded))
            throw err;
        await loadYamlLibrary();
        return await read();
    }
}
/** Anything bigger is refused before it is parsed. */
const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Alias dereferences per document before we call it an alias bomb. */
const MAX_ALIAS_DEREFS = 10_000;
class YamlDoc {
    file;
    doc;
    lines;
    derefs = 0;
    /** What each alias of the document refers to (`targetOf`), once an alias is followed. */
    aliasTargets;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    pos(node) {
        const range = node?.range;
        if (!range)
            return { line: 1, column: 1 };
        if (this.lines instanceof LineTable)
            return this.lines.pos(range[0]);
        const p = this.lines.linePos(range[0]);
        return { line: p.line, column: p.col };
    }
    /** Follow aliases, within a budget that stops alias bombs. */
    resolve(node) {
        let n = node;
        while (n && (0,yaml_nodes/* isAlias */.Vj)(n)) {
            if (++this.derefs > MAX_ALIAS_DEREFS) {
                throw new YamlLimitError(`more than ${MAX_ALIAS_DEREFS} alias expansions (a YAML alias bomb?)`, this.pos(n));
            }
            const target = this.targetOf(n);
            if (!target) {
                throw new YamlLimitError(`YAML error: alias *${n.source} refers to no anchor`, this.pos(n));
            }
            n = target;
        }
        return n ?? undefined;
    }
    /**
     * The node `alias` refers to, as the yaml library's `Alias.resolve` finds it: the last node
     * anchored with its name before it, in document order. The library walks the whole document
     * for every alias it resolves, so a file of a few thousand aliases took minutes (9,000 in a
     * 144 KB workflow: 79 s); here one walk finds every alias's target.
     */
    targetOf(alias) {
        if (!this.aliasTargets) {
            const targets = new Map();
            const lastAnchored = new Map();
            (0,yaml_nodes/* visit */.YR)(this.doc, {
                Node: (_key, node) => {
                    if ((0,yaml_nodes/* isAlias */.Vj)(node))
                        targets.set(node, lastAnchored.get(node.source));
                    else if (node.anchor)
                        lastAnchored.set(node.anchor, node);
                }
            });
            this.aliasTargets = targets;
        }
        // An alias the walk did not meet is not in this document's tree: the library decides.
        if (!this.aliasTargets.has(alias))
            return alias.resolve(this.doc);
        return this.aliasTargets.get(alias);
    }
    /** The string value of a scalar (numbers and booleans as written), else undefined. */
    str(node) {
        const n = this.resolve(node);
        if (!n || !(0,yaml_nodes/* isScalar */.jn)(n))
            return undefined;
        if (n.value === null || n.value === undefined)
            return undefined;
        if (typeof n.value === 'string')
            return n.value;
        return n.source ?? String(n.value);
    }
    map(node) {
        const n = this.resolve(node);
        return n && (0,yaml_nodes/* isMap */.jh)(n) ? n : undefined;
    }
    seq(node) {
        const n = this.resolve(node);
        return n && (0,yaml_nodes/* isSeq */.oP)(n) ? n.items : undefined;
    }
    /** The entries of a mapping with resolved string keys; non-string keys are reported. */
    entries(node) {
        const m = this.map(node);
        if (!m)
            return [];
        const out = [];
        for (const item of m.items) {
            out.push({
                key: this.keyOf(item),
                keyNode: item.key,
                value: (item.value ?? undefined)
            });
        }
        return out;
    }
    /**
     * The entry of `key`, as `entries(node)` would find it (every key resolved, a non-string key
     * anywhere reported), without building the list.
     */
    get(node, key) {
        const m = this.map(node);
        if (!m)
            return undefined;
        let found;
        for (const item of m.items) {
            if (this.keyOf(item) === key && found === undefined) {
                found = { keyNode: item.key, value: (item.value ?? undefined) };
            }
        }
        return found;
    }
    /** A mapping entry's key, resolved; GitHub rejects a key that is not a string. */
    keyOf(item) {
        const keyNode = this.resolve(item.key);
        if (keyNode && (0,yaml_nodes/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'string')
            return keyNode.value;
        throw new YamlLimitError(`mapping key ${keyNode && (0,yaml_nodes/* isScalar */.jn)(keyNode) ? `'${String(keyNode.value)}'` : ''} is not a string; GitHub rejects it`, this.pos(item.key ?? item.value));
    }
    /** Every scalar string under a node (aliases followed), for "mentions" checks. */
    text(node, depth = 0) {
        if (depth > 64)
            return '';
        const n = this.resolve(node);
        if (!n)
            return '';
        if ((0,yaml_nodes/* isScalar */.jn)(n))
            return n.value === null ? '' : String(n.value);
        if ((0,yaml_nodes/* isMap */.jh)(n)) {
            return n.items
                .map((p) => `${this.text(p.key, depth + 1)}: ${this.text(p.value, depth + 1)}`)
                .join('\n');
        }
        if ((0,yaml_nodes/* isSeq */.oP)(n))
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
/**
 * Whether parseYaml tries the fast reader of yaml-fast.ts first (it gives up, and the library
 * runs, on anything outside its subset). `CI_INTEL_YAML_FAST=0` turns it off, as do the
 * differential tests through setFastYaml, to compare both paths.
 */
let fastYaml = process.env.CI_INTEL_YAML_FAST !== '0';
/** Turn the fast reader on or off (tests); returns the previous setting. */
function setFastYaml(on) {
    const was = fastYaml;
    fastYaml = on;
    return was;
}
/** What a text without any YAML document (blank and comment lines only) reads as. */
function noDocument() {
    return {
        ok: false,
        problem: { message: 'the file holds no YAML document', line: 1, column: 1 }
    };
}
/**
 * Parse one YAML document the way GitHub reads workflow files. A text the fast reader gives up
 * on needs the library's parser: loaded beforehand (`loadYamlLibrary`), or else this throws
 * `YamlLibraryNeeded` (see `withYamlLibrary`).
 */
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
    if (fastYaml) {
        const fast = fastParse(text);
        if ('none' in fast)
            return noDocument();
        if ('doc' in fast) {
            const yaml = new YamlDoc(file, fast.doc, new LineTable(text));
            const broken = keyProblem(yaml);
            if (broken)
                return { ok: false, problem: broken };
            return { ok: true, yaml };
        }
    }
    if (!library)
        throw new YamlLibraryNeeded();
    const lines = new library.LineCounter();
    // The fast reader's options, so both paths read alike; unique keys are checked by keyProblem
    // in one linear pass (the library's own check is quadratic).
    const parsed = library.parseAllDocuments(text, { lineCounter: lines, ...DOC_OPTIONS });
    const docs = Array.isArray(parsed) ? parsed : [];
    if (docs.length === 0)
        return noDocument();
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
    const broken = keyProblem(yaml);
    if (broken)
        return { ok: false, problem: broken };
    return { ok: true, yaml };
}
/**
 * How GitHub's parser tells two keys apart: strings case-insensitively (`on` and `On` are the
 * same key to it), other scalars by type and value as the yaml library compares them.
 */
function keyIdentity(key) {
    if (!(0,yaml_nodes/* isScalar */.jn)(key))
        return undefined; // a collection as a key: never equal to another
    const v = key.value;
    if (typeof v === 'string')
        return v.toLowerCase();
    if (typeof v === 'number' && Number.isNaN(v))
        return undefined;
    if (v === null || v === undefined)
        return 'null';
    return `${typeof v}:${String(v)}`;
}
/** A mapping with more keys than this is checked through Maps; below, by a scan of an array. */
const FEW_KEYS = 16;
/**
 * The keys of one mapping seen so far, by identity: strings by their lower-cased text, other
 * scalars by type and value, in two tables (a string key never needs a prefix). Most mappings
 * have a few keys: an array scan then, with nothing allocated per mapping; Maps past FEW_KEYS.
 */
class SeenKeys {
    ids = [];
    strings = [];
    nodes = [];
    count = 0;
    seen;
    seenOther;
    /** Forget the keys: a new mapping starts. */
    reset() {
        this.count = 0;
        this.seen = this.seenOther = undefined;
    }
    /** The node first recorded under this identity, else undefined (and `node` is recorded). */
    firstOrAdd(id, isString, node) {
        if (this.seen && this.seenOther) {
            const table = isString ? this.seen : this.seenOther;
            const first = table.get(id);
            if (first === undefined)
                table.set(id, node);
            return first;
        }
        for (let i = 0; i < this.count; i++) {
            if (this.ids[i] === id && this.strings[i] === isString)
                return this.nodes[i];
        }
        if (this.count === FEW_KEYS) {
            this.seen = new Map();
            this.seenOther = new Map();
            for (let i = 0; i < this.count; i++)
                (this.strings[i] ? this.seen : this.seenOther).set(this.ids[i], this.nodes[i]);
            (isString ? this.seen : this.seenOther).set(id, node);
            return undefined;
        }
        this.ids[this.count] = id;
        this.strings[this.count] = isString;
        this.nodes[this.count] = node;
        this.count++;
        return undefined;
    }
}
/**
 * The first key GitHub would refuse: a duplicate (case-insensitively), an alias used as a key
 * (GitHub's parser cannot read it: "Unexpected value 'undefined'") or a `<<` merge key. One walk
 * over every node; keys compared within each mapping (SeenKeys): linear in the size of the
 * document.
 */
function keyProblem(y) {
    const stack = [y.doc.contents];
    const keys = new SeenKeys();
    while (stack.length) {
        const n = stack.pop();
        if ((0,yaml_nodes/* isMap */.jh)(n)) {
            keys.reset();
            for (const pair of n.items) {
                const key = pair.key;
                if (key && (0,yaml_nodes/* isAlias */.Vj)(key)) {
                    return {
                        message: `an alias (*${key.source}) used as a mapping key: GitHub's parser rejects it; write the key out`,
                        ...y.pos(key)
                    };
                }
                if (key && (0,yaml_nodes/* isScalar */.jn)(key) && key.value === '<<' && !key.type?.startsWith('QUOTE')) {
                    return {
                        message: "YAML merge key '<<' is not supported by GitHub Actions",
                        ...y.pos(key)
                    };
                }
                const id = key ? keyIdentity(key) : 'null';
                if (id !== undefined) {
                    const isString = !!key && (0,yaml_nodes/* isScalar */.jn)(key) && typeof key.value === 'string';
                    const first = keys.firstOrAdd(id, isString, (key ?? pair.value ?? n));
                    if (first) {
                        const name = key && (0,yaml_nodes/* isScalar */.jn)(key) ? String(key.value) : '';
                        const firstName = (0,yaml_nodes/* isScalar */.jn)(first) ? String(first.value) : '';
                        return {
                            message: `Map keys must be unique: '${name.slice(0, 80)}' repeats '${firstName.slice(0, 80)}' of line ${y.pos(first).line}${name !== firstName ? ' (GitHub compares keys case-insensitively)' : ''}`,
                            ...y.pos(key ?? pair.value)
                        };
                    }
                }
                if (key && !(0,yaml_nodes/* isScalar */.jn)(key))
                    stack.push(key);
                // Only collections can hold keys: scalars and aliases need no visit.
                const value = pair.value;
                if (value && ((0,yaml_nodes/* isMap */.jh)(value) || (0,yaml_nodes/* isSeq */.oP)(value)))
                    stack.push(value);
            }
        }
        else if ((0,yaml_nodes/* isSeq */.oP)(n)) {
            for (let i = n.items.length - 1; i >= 0; i--)
                stack.push(n.items[i]);
        }
        else if ((0,yaml_nodes/* isPair */.tO)(n)) {
            stack.push(n.key, n.value);
        }
    }
    return undefined;
}


/***/ }),

/***/ 1275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.PAIR),
/* harmony export */   CA: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_YAMLMap_js__WEBPACK_IMPORTED_MODULE_5__.YAMLMap),
/* harmony export */   Qu: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.NODE_TYPE),
/* harmony export */   Rm: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_Pair_js__WEBPACK_IMPORTED_MODULE_3__.Pair),
/* harmony export */   Rw: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_YAMLSeq_js__WEBPACK_IMPORTED_MODULE_6__.YAMLSeq),
/* harmony export */   Vj: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isAlias),
/* harmony export */   X5: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_Scalar_js__WEBPACK_IMPORTED_MODULE_4__.Scalar),
/* harmony export */   YR: () => (/* reexport safe */ _node_modules_yaml_dist_visit_js__WEBPACK_IMPORTED_MODULE_1__.visit),
/* harmony export */   jf: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.SCALAR),
/* harmony export */   jh: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isMap),
/* harmony export */   jn: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isScalar),
/* harmony export */   kN: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.SEQ),
/* harmony export */   lC: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.MAP),
/* harmony export */   oP: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isSeq),
/* harmony export */   tO: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isPair),
/* harmony export */   x1: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_Alias_js__WEBPACK_IMPORTED_MODULE_0__.Alias),
/* harmony export */   yo: () => (/* reexport safe */ _node_modules_yaml_dist_doc_Document_js__WEBPACK_IMPORTED_MODULE_2__.Document)
/* harmony export */ });
/* harmony import */ var _node_modules_yaml_dist_nodes_Alias_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4065);
/* harmony import */ var _node_modules_yaml_dist_visit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10204);
/* harmony import */ var _node_modules_yaml_dist_doc_Document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3021);
/* harmony import */ var _node_modules_yaml_dist_nodes_Pair_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57165);
/* harmony import */ var _node_modules_yaml_dist_nodes_Scalar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63301);
/* harmony import */ var _node_modules_yaml_dist_nodes_YAMLMap_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84454);
/* harmony import */ var _node_modules_yaml_dist_nodes_YAMLSeq_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92223);
/* harmony import */ var _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41127);
/**
 * The yaml library's node classes and type guards, without its parser. `import \u2026 from 'yaml'`
 * loads the whole library (its CommonJS index requires the lexer, parser and composer too); the
 * fast reader (./yaml-fast.ts) and everything that walks parsed documents need only the nodes,
 * so they import them from here, from the library's own files, and the parser loads on demand
 * (./yaml-library.ts, through `loadYamlLibrary` in ./yaml-doc.ts) for the few texts the fast
 * reader leaves to it. The package's `exports` map names only its index, hence the relative
 * paths; they are the very modules the index re-exports (one class, one `instanceof`).
 */










/***/ })

};
