export const id = 521;
export const ids = [521];
export const modules = {

/***/ 5521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hubRoot: () => (/* reexport safe */ _hub_root_js__WEBPACK_IMPORTED_MODULE_5__.G),
/* harmony export */   loadActionSpec: () => (/* binding */ loadActionSpec),
/* harmony export */   parseActionSpec: () => (/* binding */ parseActionSpec)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _build_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1855);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8415);
/* harmony import */ var _hub_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7669);
/**
 * Reads `actions/<gate>/action.yml`, the single source of truth for a gate's interface.
 *
 * Besides GitHub's own keys (`description`, `required`, `default`), an input may carry `type`
 * (string, boolean, number, choice, list, duration, secret), `options` (for choice) and, for
 * number and duration inputs, the range they accept: `min`, `max` (numbers; for a duration,
 * durations such as `1s` or `30d`) and `integer: true` (numbers only). Every number and duration
 * input must declare `min` and `max`: an unbounded timeout or count (`-5`, `0.001`,
 * `3000000000`) is never what a user meant. A
 * top-level `ci-intel:` block holds hub metadata: `permissions` the gate needs and `level`
 * (`repository` gates run under `ci-intel check`). The runner's action schema accepts loose keys
 * at both places, so the file stays a valid action.
 */







const INPUT_TYPES = [
    'string',
    'boolean',
    'number',
    'choice',
    'list',
    'duration',
    'secret'
];
function asRecord(v, where) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'object' || Array.isArray(v))
        throw new Error(`${where} must be a mapping`);
    return v;
}
/** The declared range of a number or duration input (both ends required). */
function rangeOf(i, type, where) {
    const bound = (key) => {
        const v = i[key];
        if (v === undefined || v === null || v === '') {
            throw new Error(`${where} is a ${type} without '${key}'; declare the range it accepts (min and max)`);
        }
        const n = type === 'duration' ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E)(String(v)) : typeof v === 'number' ? v : NaN;
        if (n === undefined || !Number.isFinite(n)) {
            throw new Error(`${where}.${key} '${String(v)}' is not a ${type === 'duration' ? 'duration (e.g. 1s, 30d)' : 'number'}`);
        }
        return n;
    };
    const min = bound('min');
    const max = bound('max');
    if (min > max)
        throw new Error(`${where}: min is larger than max`);
    if (i.integer !== undefined && (type !== 'number' || typeof i.integer !== 'boolean')) {
        throw new Error(`${where}.integer must be true or false, on a number input`);
    }
    return { min, max, integer: i.integer === true };
}
/** Parse the text of an action.yml into a validated ActionSpec (throws on a malformed file). */
function parseActionSpec(gate, text) {
    const doc = asRecord((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text), `actions/${gate}/action.yml`);
    const where = `actions/${gate}/action.yml`;
    const inputs = Object.entries(asRecord(doc.inputs, `${where}: inputs`)).map(([name, raw]) => {
        const i = asRecord(raw, `${where}: inputs.${name}`);
        const type = (i.type ?? 'string');
        if (!INPUT_TYPES.includes(type)) {
            throw new Error(`${where}: inputs.${name}.type '${String(type)}' is not one of ${INPUT_TYPES.join(', ')}`);
        }
        const options = Array.isArray(i.options) ? i.options.map(String) : undefined;
        if (type === 'choice' && !options?.length) {
            throw new Error(`${where}: inputs.${name} is a choice without options`);
        }
        const spec = {
            name,
            description: String(i.description ?? ''),
            required: i.required === true,
            default: i.default === undefined ? undefined : String(i.default),
            type,
            options
        };
        if (type === 'number' || type === 'duration') {
            Object.assign(spec, rangeOf(i, type, `${where}: inputs.${name}`));
        }
        else if (i.min !== undefined || i.max !== undefined || i.integer !== undefined) {
            throw new Error(`${where}: inputs.${name}: min/max/integer apply to number and duration`);
        }
        return spec;
    });
    const outputs = Object.entries(asRecord(doc.outputs, `${where}: outputs`)).map(([name, raw]) => ({
        name,
        description: String(asRecord(raw, `${where}: outputs.${name}`).description ?? '')
    }));
    const runs = asRecord(doc.runs, `${where}: runs`);
    const meta = asRecord(doc['ci-intel'], `${where}: ci-intel`);
    const permissions = Object.fromEntries(Object.entries(asRecord(meta.permissions, `${where}: ci-intel.permissions`)).map(([k, v]) => [
        k,
        String(v)
    ]));
    return {
        gate,
        name: String(doc.name ?? gate),
        description: String(doc.description ?? ''),
        inputs,
        outputs,
        permissions,
        level: meta.level === 'repository' ? 'repository' : 'artifact',
        using: String(runs.using ?? ''),
        main: String(runs.main ?? ''),
        post: runs.post === undefined ? undefined : String(runs.post)
    };
}
const cache = new Map();
/**
 * Load and cache `actions/<gate>/action.yml`. In a bundle, the spec the build compiled in is used
 * (no file read, no YAML parse) unless another root is named.
 */
function loadActionSpec(gate, root) {
    if (root === undefined) {
        const built = (0,_build_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .registeredActionSpec */ .wP)(gate);
        if (built)
            return built;
        root = (0,_hub_root_js__WEBPACK_IMPORTED_MODULE_5__/* .hubRoot */ .G)();
    }
    const key = `${root}\0${gate}`;
    let spec = cache.get(key);
    if (!spec) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'actions', gate, 'action.yml');
        spec = parseActionSpec(gate, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        cache.set(key, spec);
    }
    return spec;
}


/***/ })

};
