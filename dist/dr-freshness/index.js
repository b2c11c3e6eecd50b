import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer"));

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("events") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events"));

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs"));

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:crypto") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto"));

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs"));

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:module") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module"));

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:path") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path"));

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url"));

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process"));

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("stream") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream"));

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("util") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util"));

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("zlib") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib"));

/***/ }),

/***/ 8459:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9089);
/* harmony import */ var _gates_dr_freshness_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4049);
/* harmony import */ var _gates_dr_freshness_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2422);



await (0,_core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_gates_dr_freshness_index_js__WEBPACK_IMPORTED_MODULE_2__/* .drFreshness */ .Qg, { details: (result) => (0,_gates_dr_freshness_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .detailsMarkdown */ .G)(result.evidence) });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3457:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7284);
/* harmony import */ var _actions_dr_freshness_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8459);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_actions_dr_freshness_js__WEBPACK_IMPORTED_MODULE_1__]);
_actions_dr_freshness_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7284:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1855);

_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBundleEntry */ .SK(import.meta.url);
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("dr-freshness", "{\"gate\":\"dr-freshness\",\"name\":\"ci-intel dr-freshness\",\"description\":\"Blocks a release when the last successful disaster-recovery drill is older than max-age, did not pass, or missed its RPO/RTO budget. Reads a drill evidence JSON file, or finds the latest successful run of the drill workflow through the GitHub REST API and checks the evidence artifact it uploaded.\",\"inputs\":[{\"name\":\"evidence\",\"description\":\"Drill evidence JSON (schema/dr-freshness-evidence.v1.json: drill.last_success_rfc3339, drill.type, drill.rpo_s, drill.rto_s, drill.result). Alone: a file path relative to the workspace. With workflow + artifact-name: the file's path inside the artifact (default: its only .json file).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"workflow\",\"description\":\"Drill workflow file name or id (e.g. dr-drill.yml): use its latest successful run instead of a local evidence file.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"repository\",\"description\":\"owner/name holding the drill workflow (default: the current repository, GITHUB_REPOSITORY).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"branch\",\"description\":\"Branch whose drill runs count (default: the repository's default branch).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"artifact-name\",\"description\":\"Name of the evidence artifact the drill run uploaded; when given, its RPO/RTO/result are checked too.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"token\",\"description\":\"Token for the GitHub REST API (actions: read). Falls back to GITHUB_TOKEN / GH_TOKEN in the environment.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"max-age\",\"description\":\"Oldest acceptable last successful drill: 36h, 7d, or ISO 8601 (P7D). A drill exactly max-age old passes.\",\"required\":false,\"default\":\"7d\",\"type\":\"duration\",\"min\":60000,\"max\":31622400000,\"integer\":false},{\"name\":\"max-rpo-seconds\",\"description\":\"Recovery point objective budget in seconds (drill.rpo_s must not exceed it).\",\"required\":false,\"default\":\"60\",\"type\":\"number\",\"min\":0,\"max\":31622400,\"integer\":false},{\"name\":\"max-rto-seconds\",\"description\":\"Recovery time objective budget in seconds (drill.rto_s must not exceed it).\",\"required\":false,\"default\":\"300\",\"type\":\"number\",\"min\":1,\"max\":31622400,\"integer\":false},{\"name\":\"now\",\"description\":\"RFC 3339 time to judge against instead of the clock (replays and tests).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"api-timeout\",\"description\":\"How long one GitHub API request may take before the gate gives up (error).\",\"required\":false,\"default\":\"30s\",\"type\":\"duration\",\"min\":1000,\"max\":600000,\"integer\":false},{\"name\":\"api-retries\",\"description\":\"Retries of a GitHub API request that failed with a 5xx or a network error.\",\"required\":false,\"default\":\"3\",\"type\":\"number\",\"min\":0,\"max\":10,\"integer\":true},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"last-success\",\"description\":\"RFC 3339 time of the last successful drill.\"},{\"name\":\"age-seconds\",\"description\":\"Age of the last successful drill in whole seconds.\"},{\"name\":\"rpo-seconds\",\"description\":\"The drill's measured RPO in seconds (empty when not known).\"},{\"name\":\"rto-seconds\",\"description\":\"The drill's measured RTO in seconds (empty when not known).\"}],\"permissions\":{\"actions\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/dr-freshness/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSchemaValidators */ .Km({"dr-freshness-evidence.v1.json": () => __nccwpck_require__.e(/* import() */ 671).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7671, 19)).then((m) => m.default)});


/***/ }),

/***/ 7454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_CONFIG_FILE)
/* harmony export */ });
/** Where a repository's configuration lives unless CI_INTEL_CONFIG or --config names another. */
const DEFAULT_CONFIG_FILE = '.ci-intel/config.yml';


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/** A configuration the gates cannot run by: names the file, the key and the fix. */

class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue {
    name = 'ConfigError';
    constructor(message, file, help, line, column) {
        super(message, help ?? 'Fix the configuration; `ci-intel config` shows every value and where it comes from.', file, line, column);
    }
}


/***/ }),

/***/ 6370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ positionOf)
/* harmony export */ });
/** A layer of configuration and where each of its keys stands (no parser or validator loaded). */
/** The position of a pointer, or of its nearest ancestor that has one. */
function positionOf(doc, pointer) {
    let p = pointer;
    for (;;) {
        const hit = doc.positions.get(p);
        if (hit)
            return hit;
        if (p === '')
            return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
    }
}


/***/ }),

/***/ 9089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = (process.getBuiltinModule?.("node:os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os"));
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/build-registry.js
var build_registry = __nccwpck_require__(1855);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(4630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(6613);
;// CONCATENATED MODULE: ./lib/core/offload.js
/**
 * Running one long, allocation-heavy part of a gate (scanning thousands of workflow files) in a
 * worker thread whose young generation is capped. V8 grows the main thread's young generation to
 * its maximum over a long run (tens of MB freed per scavenge, most of it never reused), so the
 * peak RSS grows with the file count although what the scan keeps does not. A worker is the one
 * documented way to give part of a run other heap limits (`resourceLimits`): flags set after
 * start (`v8.setFlagsFromString`) do not resize a configured heap.
 *
 * The worker runs the same code: the bundle's entry (registered by the build) or, outside a
 * bundle, the module that defines the task. `defineOffloadTask` runs the task when the module is
 * loaded in its worker; `runAction` and the CLI do nothing there. Progress lines and secrets the
 * task learns are posted to the calling thread, which logs and masks them as usual.
 */






const ROLE_ENV = 'CI_INTEL_OFFLOAD_TASK';
/** The young generation of an offload worker, MiB (measured: 32 keeps 1x-16x corpus flattest). */
const OFFLOAD_YOUNG_GENERATION_MB = 32;
let threads;
/** worker_threads, loaded only by a run that offloads (or asks whether it is a worker). */
const workerThreads = () => (threads ??= (0,external_node_module_.createRequire)(import.meta.url)('node:worker_threads'));
/** True in a worker started by `runOffloaded`: the entry must not run its action there. */
function inOffloadWorker() {
    if (!process.env[ROLE_ENV])
        return false;
    return !workerThreads().isMainThread;
}
/** The gate whose module a CLI worker must load for its task to be defined. */
function offloadWorkerGate() {
    if (!inOffloadWorker())
        return undefined;
    return workerThreads().workerData?.gate;
}
/**
 * Whether a task defined in `module` can run in a worker: in a bundle, or from compiled `lib/`.
 * From the TypeScript sources (the test runner's own loader) a worker could not load it.
 */
function offloadable(module) {
    return registeredBundleEntry() !== undefined || /\.m?js$/.test(module);
}
function encodeError(err) {
    if (err instanceof InputError) {
        return {
            type: 'InputError',
            input: err.input,
            message: err.message.slice(`input '${err.input}': `.length)
        };
    }
    if (err instanceof FileReadError) {
        return {
            type: 'FileReadError',
            message: err.message,
            file: err.file,
            help: err.help,
            code: err.code
        };
    }
    if (err instanceof JsonDocumentError) {
        return {
            type: 'JsonDocumentError',
            message: err.message,
            line: err.line,
            pointer: err.pointer
        };
    }
    if (err instanceof GateError) {
        const { help, file, line, column } = err;
        return { type: 'GateError', message: err.message, help, file, line, column };
    }
    return { type: 'Error', message: errorMessage(err) };
}
/** The error the task threw, as the same class (the verdict and its finding depend on it). */
function decodeError(e) {
    switch (e.type) {
        case 'InputError':
            return new InputError(e.input ?? '', e.message);
        case 'FileReadError':
            return new FileReadError(e.message, e.file ?? '', e.help ?? '', e.code);
        case 'JsonDocumentError':
            return new JsonDocumentError(e.message, e.line, e.pointer);
        case 'GateError':
            return new GateError(e.message, e.help, e.file, e.line, e.column);
        default:
            return new Error(e.message);
    }
}
/**
 * A task's answer whose buffers (`transfer`) are moved to the calling thread instead of copied:
 * the task must not touch them afterwards.
 */
class MovedAnswer {
    value;
    transfer;
    constructor(value, transfer) {
        this.value = value;
        this.transfer = transfer;
    }
}
/**
 * Define a task a worker can run. Called at the top level of the module that holds it; in the
 * worker started for this task, it runs it and posts the outcome (elsewhere it does nothing).
 */
function defineOffloadTask(name, run) {
    if (process.env[ROLE_ENV] !== name || !inOffloadWorker())
        return;
    const port = workerThreads().parentPort;
    const post = (m) => port.postMessage(m);
    // Feed requests are answered in the order they were made.
    const asked = [];
    const host = {
        log: (text) => post({ kind: 'log', text }),
        secret: (value) => post({ kind: 'secret', value }),
        more: (n) => new Promise((resolve, reject) => {
            asked.push({ resolve, reject });
            post({ kind: 'want', n });
        })
    };
    let started = false;
    // The payload comes as the first message (a worker started ahead of time waits for it), after
    // the defining module and the rest of the entry have finished loading.
    port.on('message', (m) => {
        if (m.kind === 'start' && !started) {
            started = true;
            run(m.payload, host).then((value) => {
                if (value instanceof MovedAnswer)
                    port.postMessage({ kind: 'done', value: value.value }, value.transfer);
                else
                    post({ kind: 'done', value });
            }, (err) => post({ kind: 'failed', error: encodeError(err) }));
        }
        else if (m.kind === 'items') {
            asked.shift()?.resolve(m.items);
        }
        else if (m.kind === 'feed-failed') {
            asked.shift()?.reject(decodeError(m.error));
        }
    });
}
/**
 * A task's view of its caller's feed, one item at a time: the next batch is asked for while half
 * of the current one is still to be used, so the caller reads ahead on its own thread while the
 * task works, and at most two batches are held.
 */
class OffloadFeed {
    host;
    size;
    batch = [];
    at = 0;
    ahead;
    ended = false;
    constructor(host, size = 32) {
        this.host = host;
        this.size = size;
    }
    /** The next item, or undefined once the feed is exhausted. */
    async next() {
        if (this.at >= this.batch.length) {
            if (this.ended)
                return undefined;
            const got = await (this.ahead ?? this.host.more(this.size));
            this.ahead = undefined;
            if (got.length === 0) {
                this.ended = true;
                return undefined;
            }
            this.batch = got;
            this.at = 0;
        }
        if (this.ahead === undefined &&
            this.at * 2 >= this.batch.length &&
            this.batch.length >= this.size) {
            this.ahead = this.host.more(this.size);
            // Awaited by the next call; until then a failure must not count as unhandled.
            this.ahead.catch(() => undefined);
        }
        return this.batch[this.at++];
    }
}
/** Workers started ahead of time (`prestartOffload`), by task, not yet given their payload. */
const prestarted = new Map();
function startWorker(task, options) {
    const { Worker } = workerThreads();
    const entry = registeredBundleEntry() ?? options.module;
    const setup = { task, gate: options.gate };
    return new Worker(fileURLToPath(entry), {
        workerData: setup,
        env: { ...process.env, [ROLE_ENV]: task },
        resourceLimits: { maxYoungGenerationSizeMb: OFFLOAD_YOUNG_GENERATION_MB },
        stdout: false,
        stderr: false
    });
}
/**
 * Start the worker for `task` now, while this thread still prepares what to give it: its start
 * (loading the bundle a second time, ~50 ms) overlaps that work. The next `runOffloaded` of the
 * task uses it. Until then it does not keep the process alive; `cancelPrestartedOffload` ends it
 * when the run decides not to offload. Gives the worker's thread id.
 */
function prestartOffload(task, options) {
    const had = prestarted.get(task);
    if (had)
        return had.worker.threadId;
    const worker = startWorker(task, options);
    const slot = { worker, ended: false };
    // Whatever ends it before it is used: the run then starts a fresh one.
    const end = () => {
        slot.ended = true;
    };
    worker.on('error', end);
    worker.on('exit', end);
    worker.unref();
    prestarted.set(task, slot);
    return worker.threadId;
}
/** End the worker started ahead of time for `task`, if it was not used. */
function cancelPrestartedOffload(task) {
    const slot = prestarted.get(task);
    if (!slot)
        return;
    prestarted.delete(task);
    void slot.worker.terminate().catch(() => undefined);
}
function takePrestarted(task) {
    const slot = prestarted.get(task);
    if (!slot)
        return undefined;
    prestarted.delete(task);
    if (slot.ended)
        return undefined;
    slot.worker.removeAllListeners();
    slot.worker.ref();
    return slot.worker;
}
/**
 * Run `task` in a worker thread and give its value; the task's error is rethrown as its own
 * class. A worker that dies, runs out of memory or ends without an answer is a GateError: the
 * caller reports `error`, never a result it did not get.
 */
function runOffloaded(task, payload, options) {
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (f) => {
            if (settled)
                return;
            settled = true;
            f();
        };
        const worker = takePrestarted(task) ?? startWorker(task, options);
        const order = (m) => worker.postMessage(m);
        const ended = () => worker.terminate().catch(() => undefined);
        worker.on('message', (m) => {
            if (m.kind === 'log')
                options.host.log(m.text);
            else if (m.kind === 'secret')
                options.host.secret(m.value);
            else if (m.kind === 'want') {
                try {
                    if (!options.supply)
                        throw new Error(`the ${task} task asked for a feed it was not given`);
                    order({ kind: 'items', items: options.supply(m.n) });
                }
                catch (err) {
                    order({ kind: 'feed-failed', error: encodeError(err) });
                }
            }
            // The answer is given once the worker has ended: its heap is freed before the caller
            // goes on to report (else both heaps would be at their peak together).
            else if (m.kind === 'done')
                settle(() => void ended().then(() => resolve(m.value)));
            else if (m.kind === 'failed')
                settle(() => void ended().then(() => reject(decodeError(m.error))));
        });
        worker.on('error', (err) => settle(() => reject(new GateError(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the ${task} worker ran out of memory`
            : `the ${task} worker failed: ${typeof err?.message === 'string' ? err.message : String(err)}`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        worker.on('exit', (code) => settle(() => reject(new GateError(`the ${task} worker ended (exit code ${code}) without an answer`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        order({ kind: 'start', payload });
    });
}

;// CONCATENATED MODULE: ./lib/core/lazy-findings.js
const sources = new WeakMap();
/** The index a property key names, or -1 ("3" names 3; "03", "-1", "1.5" and "length" none). */
function indexOf(key, length) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10)
        return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && key.length > 1))
        return -1;
    let n = 0;
    for (let i = 0; i < key.length; i++) {
        const d = key.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        n = n * 10 + d;
    }
    return n < length ? n : -1;
}
/** The findings of `source` as an array whose items are made when read. */
function lazyFindings(source) {
    const length = source.length;
    const replaced = new Map();
    const at = (i) => replaced.get(i) ?? source.at(i);
    const target = [];
    target.length = length;
    const list = new Proxy(target, {
        get(t, key, receiver) {
            const i = indexOf(key, length);
            return i < 0 ? Reflect.get(t, key, receiver) : at(i);
        },
        has(t, key) {
            return indexOf(key, length) >= 0 || Reflect.has(t, key);
        },
        set(_t, key, value) {
            const i = indexOf(key, length);
            if (i < 0)
                throw new TypeError(`a lazy findings list has ${length} items, no more, no fewer`);
            replaced.set(i, value);
            return true;
        },
        deleteProperty() {
            throw new TypeError('a lazy findings list has no holes: an item cannot be deleted');
        },
        defineProperty() {
            throw new TypeError('a lazy findings list takes no new properties');
        },
        getOwnPropertyDescriptor(t, key) {
            const i = indexOf(key, length);
            if (i < 0)
                return Reflect.getOwnPropertyDescriptor(t, key);
            return { value: at(i), writable: true, enumerable: true, configurable: true };
        },
        ownKeys(t) {
            const keys = [];
            for (let i = 0; i < length; i++)
                keys.push(String(i));
            return [...keys, ...Reflect.ownKeys(t)];
        }
    });
    sources.set(list, { length, at });
    return list;
}
/** Whether `list` is a lazy findings list (`lazyFindings`). */
function isLazyFindings(list) {
    return sources.has(list);
}
/**
 * `list` with each finding passed through `fn` as it is read: a lazy list stays lazy (`fn` runs
 * at every read), an ordinary array is mapped now.
 */
function mapFindings(list, fn) {
    const source = sources.get(list);
    if (!source)
        return list.map((f) => fn(f));
    return lazyFindings({ length: source.length, at: (i) => fn(source.at(i)) });
}

;// CONCATENATED MODULE: ./lib/core/redact.js
/**
 * Keeps secrets out of logs, outputs and reports, in every encoding a credential takes on the
 * wire: the value itself, URL-encoded, JSON-escaped, base64 (standard and URL-safe) \u2014 also as
 * part of a longer base64 text such as `Basic base64(user:pass)` \u2014 and any token fetched with it
 * (registered at run time through `registerSecret`).
 *
 * Redaction applies to free text only. The fields a decision is made of (`verdict`, `mode`,
 * `schema`, `gate`, a finding's `rule` and `severity`) are never rewritten, so a secret that
 * happens to equal `pass` or `enforce` cannot change what a result says.
 */

const TOKEN_PATTERNS = [
    /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
    /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key ids
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs (OIDC and registry tokens)
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
/**
 * Text none of TOKEN_PATTERNS can match: each starts with one of these literals. One scan for
 * all of them instead of one per pattern (a result of 100,000 findings redacts every message).
 */
const TOKEN_PREFIXES = /gh[pousr]_|github_pat_|AKIA|eyJ|-----BEGIN /;
/** Shorter values are not registered: they would redact ordinary words. */
const MIN_SECRET = 4;
/** A base64 fragment shorter than this is too likely to occur by chance. */
const MIN_BASE64_FRAGMENT = 6;
function base64Variants(b64) {
    const url = b64.replace(/\+/g, '-').replace(/\//g, '_');
    return [b64, b64.replace(/=+$/, ''), url, url.replace(/=+$/, '')];
}
/**
 * The base64 characters that encode only bytes of `value`, whatever precedes it: for each of
 * the three alignments a prefix can give it (`user:` in `user:pass`), the run of output
 * characters whose 6 bits all come from the value.
 */
function embeddedBase64(value) {
    const out = [];
    for (let k = 0; k < 3; k++) {
        const text = Buffer.concat([Buffer.alloc(k), value]).toString('base64');
        const first = Math.ceil((8 * k) / 6);
        const end = Math.floor((8 * (k + value.length)) / 6);
        const core = text.slice(first, end);
        if (core.length >= MIN_BASE64_FRAGMENT)
            out.push(core);
    }
    return out;
}
/**
 * Forms already worked out, by value: an Actions run registers each secret input more than once
 * (masked as given, then again as a parsed input), and working the forms out is not free at start.
 */
const formsOf = new Map();
/** `value` and the forms it takes when encoded for a URL, JSON, a header or base64. */
function secretForms(value) {
    let forms = formsOf.get(value);
    if (!forms) {
        forms = computeSecretForms(value);
        if (formsOf.size >= 256)
            formsOf.clear();
        formsOf.set(value, forms);
    }
    return [...forms];
}
function computeSecretForms(value) {
    const forms = new Set([value]);
    const url = encodeURIComponent(value);
    forms.add(url);
    forms.add(url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
    forms.add(url.replace(/%20/g, '+'));
    // What escape()/form encoders leave alone and encodeURIComponent does not (e.g. `!'()*`).
    forms.add(url.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    forms.add(JSON.stringify(value).slice(1, -1));
    const bytes = Buffer.from(value, 'utf8');
    for (const b of base64Variants(bytes.toString('base64')))
        forms.add(b);
    for (const core of embeddedBase64(bytes)) {
        for (const b of base64Variants(core))
            forms.add(b);
    }
    return [...forms].filter((f) => f.length >= MIN_SECRET);
}
const runtimeSecrets = new Set();
let runtimeVersion = 0;
const listeners = new Set();
/**
 * Register a secret learnt during the run \u2014 a bearer token a registry's token service handed
 * out, a password read from a credentials helper. Every Redactor of the process redacts it (and
 * its encodings) from then on, and the Actions adapter masks it in the runner log.
 */
function registerSecret(value) {
    if (!value || value.length < MIN_SECRET)
        return;
    for (const form of secretForms(value)) {
        if (runtimeSecrets.has(form))
            continue;
        runtimeSecrets.add(form);
        runtimeVersion++;
        for (const l of listeners)
            l(form);
    }
}
/** Be told of every form `registerSecret` adds (the Actions adapter calls `core.setSecret`). */
function onSecretRegistered(listener) {
    listeners.add(listener);
    for (const form of runtimeSecrets)
        listener(form);
    return () => listeners.delete(listener);
}
/** Result fields that are enums or identifiers of the hub, never free text. */
const RESULT_FIXED = new Set(['schema', 'gate', 'verdict', 'mode', 'startedAt', 'durationMs']);
const FINDING_FIXED = new Set(['rule', 'severity', 'line', 'column']);
/** `o[key] = value` as an own field, `__proto__` included (as JSON.parse makes it). */
function setOwn(o, key, value) {
    if (key === '__proto__')
        Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
    else
        o[key] = value;
}
class Redactor {
    secrets = new Set();
    /** Longest first, so a secret inside a longer one cannot leave the rest behind. */
    sorted = [];
    sortedSize = -1;
    sortedVersion = -1;
    needles() {
        if (this.secrets.size !== this.sortedSize || runtimeVersion !== this.sortedVersion) {
            this.sorted = [...new Set([...this.secrets, ...runtimeSecrets])].sort((a, b) => b.length - a.length);
            this.sortedSize = this.secrets.size;
            this.sortedVersion = runtimeVersion;
        }
        return this.sorted;
    }
    /**
     * Register a secret value and its encodings; short values are ignored (they would redact
     * ordinary words). Returns the forms registered, for the runner's log masking.
     */
    add(value) {
        if (!value || value.length < MIN_SECRET)
            return [];
        const forms = secretForms(value);
        for (const f of forms)
            this.secrets.add(f);
        return forms;
    }
    /** Register a user name and password as they travel together (`Basic base64(user:pass)`). */
    addCredential(user, password) {
        if (!password || password.length < MIN_SECRET)
            return [];
        const forms = this.add(password);
        const pair = `${user ?? ''}:${password}`;
        for (const f of [
            ...base64Variants(Buffer.from(pair, 'utf8').toString('base64')),
            `${encodeURIComponent(user ?? '')}:${encodeURIComponent(password)}`
        ]) {
            this.secrets.add(f);
            forms.push(f);
        }
        return forms;
    }
    redact(text) {
        let out = text;
        for (const s of this.needles()) {
            if (out.includes(s))
                out = out.split(s).join('***');
        }
        if (TOKEN_PREFIXES.test(out))
            for (const re of TOKEN_PATTERNS)
                out = out.replace(re, '***');
        return out;
    }
    /** Redact every string (and object key) inside a JSON-able value. */
    redactValue(value) {
        return this.walk(value);
    }
    /** Redact a gate result's free text; its verdict, mode and rule ids are left as they are. */
    redactResult(result) {
        const out = {};
        for (const [k, v] of Object.entries(result)) {
            if (RESULT_FIXED.has(k))
                out[k] = v;
            else if (k === 'findings' && Array.isArray(v))
                out[k] = this.redactFindings(v);
            else
                out[k] = this.walk(v);
        }
        return out;
    }
    /**
     * Each finding as it is when redaction changes none of its text, else a copy with the changed
     * fields: a run with 100,000 findings holds them once, not twice. A help or a file path is
     * shared by many findings, so each distinct one is redacted once.
     */
    redactFindings(findings) {
        const shared = new Map();
        const text = (key, value) => {
            if (key !== 'help' && key !== 'file')
                return this.redact(value);
            let r = shared.get(value);
            if (r === undefined)
                shared.set(value, (r = this.redact(value)));
            return r;
        };
        // A lazy list (src/core/lazy-findings.ts) stays lazy: each finding is redacted as it is read.
        return mapFindings(findings, (f) => {
            const fields = f;
            let copy;
            for (const key of Object.keys(fields)) {
                if (FINDING_FIXED.has(key))
                    continue;
                const value = fields[key];
                const red = typeof value === 'string' ? text(key, value) : this.walk(value);
                if (red !== value)
                    (copy ??= { ...fields })[key] = red;
            }
            return (copy ?? fields);
        });
    }
    /**
     * `value` with every string (and key) redacted. A plain array or object none of whose text
     * changes is returned as it is, so a long evidence list is not copied for nothing; any other
     * object (a class instance, whose JSON form may come from its prototype) is copied field by
     * field, as JSON would see its own fields.
     */
    walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value)) {
            let out;
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                const r = this.walk(v);
                if (out)
                    out.push(r);
                else if (r !== v)
                    (out = value.slice(0, i)).push(r);
            }
            return out ?? value;
        }
        if (value && typeof value === 'object') {
            const proto = Object.getPrototypeOf(value);
            const plain = proto === Object.prototype || proto === null;
            let out = plain ? undefined : {};
            const entries = Object.entries(value);
            for (let i = 0; i < entries.length; i++) {
                const [k, v] = entries[i];
                const rk = this.redact(k);
                const rv = this.walk(v);
                if (!out && (rk !== k || rv !== v)) {
                    out = {};
                    for (let j = 0; j < i; j++)
                        setOwn(out, entries[j][0], entries[j][1]);
                }
                if (out)
                    setOwn(out, rk, rv);
            }
            return out ?? value;
        }
        return value;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./lib/core/unique-token.js
/**
 * Tokens that only have to be absent from a given text \u2014 a heredoc delimiter for a runner file
 * command, a placeholder cut out of a JSON document \u2014 without loading `node:crypto` (see
 * ./lazy-crypto.ts). Such a token needs no secrecy: what makes it safe is that the text it
 * delimits does not contain it, and `uniqueToken` checks exactly that, drawing again on the
 * (astronomically unlikely) chance that it does. The shape is a version-4 UUID, as before.
 */
function hex(n, digits) {
    return n.toString(16).padStart(digits, '0');
}
/** 122 random bits (Math.random) in the form of a version-4 UUID. */
function randomId() {
    const r = () => Math.floor(Math.random() * 0x10000);
    return (`${hex(r(), 4)}${hex(r(), 4)}-${hex(r(), 4)}-${hex(0x4000 | (r() & 0x0fff), 4)}-` +
        `${hex(0x8000 | (r() & 0x3fff), 4)}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`);
}
/** `prefix` + a random id that occurs in none of `texts`. */
function uniqueToken(prefix, ...texts) {
    for (;;) {
        const token = `${prefix}${randomId()}`;
        if (!texts.some((t) => t.includes(token)))
            return token;
    }
}

;// CONCATENATED MODULE: ./lib/core/report/json-pieces.js
/**
 * `JSON.stringify(doc, null, 2) + '\n'` for a document holding one long array (a result's
 * findings, a SARIF run's results), in pieces: the array's items are made and stringified one
 * at a time and written a few at a time, so neither the whole text nor all the items exist at
 * once. With 100,000 findings the whole text of a SARIF log is about 100 MB (and its UTF-8 copy
 * as much again).
 */


/** An array longer than this is written a few items at a time (ITEM_PIECE_CHARS). */
const LONG_ARRAY_ITEMS = 512;
/**
 * The items of a long array are joined into pieces of about this many characters. A string over
 * 128 KiB is a large object to V8, freed only by a full collection: 45 MB of findings written in
 * slices of 512 items (about 225,000 characters each) left up to 39 MiB of dead slices mapped at
 * the end of a 16,688-file scan. Made one item at a time, a piece never holds more than one item
 * over this size, and the whole is no slower (100,000 findings: 71 ms against 82 for slices).
 */
const ITEM_PIECE_CHARS = 24 * 1024;
/**
 * The pieces of the document `build(placeholder)` returns with the array of `count` items
 * `item(0)`, `item(1)`, \u2026 where it put `placeholder`, as `JSON.stringify(\u2026, null, 2) + '\n'`
 * would write it. The placeholder is a string drawn here that occurs nowhere else in the text.
 */
function* jsonPieces(build, count, item) {
    let marker;
    let text;
    let at;
    // Drawn again in the (astronomically unlikely) case that the document already holds it.
    do {
        const placeholder = `ci-intel-array-${randomId()}`;
        marker = JSON.stringify(placeholder);
        text = JSON.stringify(build(placeholder), null, 2) + '\n';
        at = text.indexOf(marker);
    } while (at !== -1 && at !== text.lastIndexOf(marker));
    if (at === -1)
        throw new Error('jsonPieces: the document does not hold the placeholder');
    const head = text.slice(0, at);
    const tail = text.slice(at + marker.length);
    if (count === 0) {
        yield `${head}[]${tail}`;
        return;
    }
    // The array's items sit two spaces right of the line that opens it.
    const lineStart = head.lastIndexOf('\n') + 1;
    const pad = ' '.repeat(head.length - lineStart - head.slice(lineStart).trimStart().length);
    yield `${head}[\n`;
    yield* itemPieces(count, pad, item);
    yield `\n${pad}]${tail}`;
}
/**
 * The items of an array of `count` at indentation `pad`, between its `[\n` and `\n]`: each item
 * (`itemAt(i)`) stringified as the one item of an array, as JSON.stringify writes an array's
 * items (undefined, a function or a symbol as null), and moved right by the array's own
 * indentation (a line break in JSON text is always layout: breaks inside strings are escaped).
 */
function* itemPieces(count, pad, itemAt) {
    let parts = [];
    let chars = 0;
    for (let i = 0; i < count; i++) {
        // `[\n  item\n]`: the inner lines.
        const inner = JSON.stringify([itemAt(i)], null, 2).slice(2, -2);
        const moved = pad ? pad + inner.replace(/\n/g, `\n${pad}`) : inner;
        parts.push(i + 1 < count ? `${moved},\n` : moved);
        chars += moved.length;
        if (chars >= ITEM_PIECE_CHARS) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    }
    if (parts.length)
        yield parts.join('');
}
/** Small parts are joined into pieces of about this many characters (fewer, larger writes). */
const PIECE_CHARS = 32 * 1024;
/** An object JSON.stringify would write member by member, and nothing else could change. */
function walkable(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v))
        return proto === Array.prototype;
    return (proto === Object.prototype || proto === null) && !('toJSON' in v);
}
/**
 * `JSON.stringify(value, null, 2) + '\n'`, byte for byte, in pieces of about PIECE_CHARS: plain
 * objects are written member by member and every array longer than LONG_ARRAY_ITEMS a few items
 * at a time, so no text of the whole document, nor of any long array in it (a result's
 * findings, a scan's per-file evidence), exists at once. Everything else \u2014 a short array, each
 * item of a long one, a value with `toJSON`, an instance of a class \u2014 is given to JSON.stringify
 * as it is. As JSON.stringify does, a member's `toJSON` gets the member's name; an item of a long
 * array gets "0", not its index (no value of a result depends on it).
 */
function* jsonTextPieces(value) {
    let parts = [];
    let chars = 0;
    const put = function* (text) {
        parts.push(text);
        chars += text.length;
        if (chars >= PIECE_CHARS) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    };
    const open = new Set();
    const write = function* (v, pad) {
        if (!walkable(v)) {
            const text = JSON.stringify(v, null, 2);
            yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
            return;
        }
        if (open.has(v))
            throw new TypeError('Converting circular structure to JSON');
        const inner = `${pad}  `;
        if (Array.isArray(v)) {
            if (v.length <= LONG_ARRAY_ITEMS) {
                const text = JSON.stringify(v, null, 2);
                yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
                return;
            }
            open.add(v);
            yield* put('[\n');
            for (const piece of itemPieces(v.length, pad, (i) => v[i]))
                yield* put(piece);
            yield* put(`\n${pad}]`);
            open.delete(v);
            return;
        }
        open.add(v);
        let first = true;
        for (const key of Object.keys(v)) {
            let member = v[key];
            if ((typeof member === 'object' && member !== null) || typeof member === 'bigint') {
                const toJSON = member.toJSON;
                if (typeof toJSON === 'function')
                    member = toJSON.call(member, key);
            }
            if (member === undefined || typeof member === 'function' || typeof member === 'symbol')
                continue;
            yield* put(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
            first = false;
            yield* write(member, inner);
        }
        yield* put(first ? '{}' : `\n${pad}}`);
        open.delete(v);
    };
    yield* write(value, '');
    yield* put('\n');
    if (parts.length)
        yield parts.join('');
}
/** Write `pieces` to `file` (created or truncated), each as it comes. */
function writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        for (const piece of pieces) {
            const bytes = Buffer.from(piece, 'utf8');
            // A write may take fewer bytes than it is given.
            for (let off = 0; off < bytes.length;)
                off += (0,external_node_fs_.writeSync)(fd, bytes, off);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./lib/core/report/policy-record.js
function policyRecord(result) {
    let outcome = 'allow';
    if (result.verdict !== 'pass')
        outcome = result.mode === 'audit' ? 'warn' : 'deny';
    return {
        id: `ci-intel/${result.gate}`,
        result: outcome,
        reason: result.summary,
        time_ns: Math.round(result.durationMs * 1e6)
    };
}

;// CONCATENATED MODULE: ./lib/core/report/files.js
/** Files a gate run leaves behind: the result JSON, the policies NDJSON record, SARIF. */




/** `$RUNNER_TEMP/ci-intel`, where every gate of a job leaves its records. */
function hubTempDir(runnerTemp) {
    return (0,external_node_path_.join)(runnerTemp, 'ci-intel');
}
function writeResultFile(result, runnerTemp) {
    const dir = (0,external_node_path_.join)(hubTempDir(runnerTemp), 'results');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const stamp = result.startedAt.replace(/[:.]/g, '-');
    const file = (0,external_node_path_.join)(dir, `${result.gate}-${stamp}-${process.pid}.json`);
    writeResultJson(file, result);
    return file;
}
/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, in pieces: with thousands of findings,
 * or the per-file evidence of a scan of thousands of files, that string (and its UTF-8 copy)
 * would be the run's largest allocation. Every long array in it \u2014 the findings, an evidence
 * list \u2014 is stringified a slice at a time (`jsonTextPieces`, ./json-pieces.ts).
 */
function resultPieces(result) {
    return jsonTextPieces(result);
}
/** The result as `file`, written a piece at a time (`resultPieces`). */
function writeResultJson(file, result) {
    writePieces(file, resultPieces(result));
}
/** `pieces` (./json-pieces.ts) as `file`, its folder made. */
function writeFilePieces(file, pieces) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    writePieces(file, pieces);
}
function appendPolicyRecord(result, runnerTemp) {
    const dir = hubTempDir(runnerTemp);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, 'policies.ndjson');
    (0,external_node_fs_.appendFileSync)(file, JSON.stringify(policyRecord(result)) + '\n');
    return file;
}

// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __nccwpck_require__(6893);
;// CONCATENATED MODULE: ./lib/core/lazy-crypto.js
/**
 * `node:crypto` on demand. Loading it costs about as much as a quarter of Node's own start
 * (its internal modules are not in the startup snapshot), so code that needs it only on some
 * runs \u2014 SARIF fingerprints, signing, a digest of a file \u2014 asks for it here, at the point of
 * use, instead of importing it at the top of a module every run evaluates. A static
 * `import \u2026 from 'node:crypto'` in a module the bundle's entry reaches loads it at every start.
 */

let loaded;
/** The `node:crypto` module, loaded on the first call. */
function nodeCrypto() {
    loaded ??= (0,external_node_module_.createRequire)(import.meta.url)('node:crypto');
    return loaded;
}
/**
 * Hand `node:crypto` over from a module that imports it statically anyway (so it is loaded at
 * start): code that otherwise does without it, such as ./sha256.ts, then uses it.
 */
function provideNodeCrypto(mod) {
    loaded ??= mod;
}
/** The `node:crypto` module if it was loaded (by nodeCrypto or provideNodeCrypto), else undefined. */
function nodeCryptoIfLoaded() {
    return loaded;
}

;// CONCATENATED MODULE: ./lib/core/report/sarif.js
/** SARIF 2.1.0 for github/codeql-action/upload-sarif. */


const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'note'
};
/** The log around its results, and one result: the parts `toSarif` and `sarifPieces` share. */
function sarifParts(result, rules, toolVersion) {
    const known = new Map(rules.map((r) => [r.id, r]));
    for (const f of result.findings) {
        if (!known.has(f.rule)) {
            known.set(f.rule, {
                id: f.rule,
                title: f.rule,
                help: f.help ?? f.message,
                severity: f.severity
            });
        }
    }
    const ruleList = [...known.values()];
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    const log = (results) => ({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: `ci-intel ${result.gate}`,
                        informationUri: 'https://github.com/ci-intel/hub',
                        semanticVersion: toolVersion,
                        rules: ruleList.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ?? '').toUpperCase()),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.help },
                            help: { text: r.help, markdown: r.help },
                            defaultConfiguration: { level: LEVEL[r.severity] }
                        }))
                    }
                },
                results
            }
        ]
    });
    const one = (f) => {
        const fingerprint = nodeCrypto()
            .createHash('sha256')
            .update(`${f.rule}\0${f.file ?? ''}\0${f.message}`)
            .digest('hex');
        return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: f.help ? `${f.message} Fix: ${f.help}` : f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: f.file ?? '.', uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 }
                    }
                }
            ],
            partialFingerprints: { 'ciIntelFinding/v1': fingerprint }
        };
    };
    return { log, result: one };
}
function toSarif(result, rules, toolVersion) {
    const parts = sarifParts(result, rules, toolVersion);
    return parts.log(result.findings.map(parts.result));
}
/**
 * `JSON.stringify(toSarif(\u2026), null, 2) + '\n'` in pieces (./json-pieces.ts): each result is
 * made as its piece is written, never all of them at once.
 */
function sarifPieces(result, rules, toolVersion) {
    const parts = sarifParts(result, rules, toolVersion);
    const findings = result.findings;
    return jsonPieces(parts.log, findings.length, (i) => parts.result(findings[i]));
}

;// CONCATENATED MODULE: ./lib/core/result.js
/** The result model every gate shares (DESIGN.md, "The gate contract"). */
/** A step fails in enforce mode unless the verdict is pass. */
function stepFails(result) {
    return result.mode === 'enforce' && result.verdict !== 'pass';
}
const VERDICTS = ['pass', 'fail', 'error'];
/** Whether `v` is one of the three verdicts (anything else is read as `error`). */
function isVerdict(v) {
    return typeof v === 'string' && VERDICTS.includes(v);
}
/**
 * The worst of several verdicts: error > fail > pass. Anything that is not a verdict (a
 * misspelling, `undefined`, a redacted `***`) counts as `error`, never as a pass. An empty list
 * is `pass` (nothing blocks): a caller for which "nothing was checked" matters must say so itself.
 */
function worstVerdict(verdicts) {
    let worst = 'pass';
    for (const v of verdicts) {
        if (!isVerdict(v) || v === 'error')
            return 'error';
        if (v === 'fail')
            worst = 'fail';
    }
    return worst;
}

;// CONCATENATED MODULE: ./lib/core/std-write.js
/**
 * Writing to stdout and stderr without `process.stdout` / `process.stderr`. The first touch of
 * either builds a stream object, and with it Node's stream machinery (node:stream, its duplex,
 * pipeline and compose modules, and for a pipe node:net): none of it is in Node's startup
 * snapshot, so that costs a run about a sixth of Node's own start. The actions' runner commands
 * and the CLI's output go through here instead and are written to the file descriptor itself,
 * synchronously and whole (a short write is continued), the way the stream writes to a file or a
 * terminal and to a pipe that takes the text at once.
 *
 * When a direct write fails \u2014 a full pipe the runner made non-blocking (EAGAIN), a closed one
 * (EPIPE), anything else \u2014 what is left of that text, and everything after it on that
 * descriptor, goes through the stream, which handles each case as it always has (queueing, an
 * 'error' event); from then on nothing can overtake what the stream still holds. On Windows,
 * where the stream and a direct write do not order the same way, the stream is always used.
 * The one other writer is the interactive prompt of `ci-intel init` (readline on process.stderr,
 * a terminal: synchronous on POSIX too).
 */

const viaStream = new Set();
let sink;
/** Tests: hand every write to `to` instead (until called again without it). */
function setStdWriteSink(to) {
    sink = to;
}
function streamOf(fd) {
    return fd === 1 ? process.stdout : process.stderr;
}
function write(fd, text) {
    if (!text)
        return;
    if (sink)
        return sink(fd, text);
    if (process.platform === 'win32' || viaStream.has(fd)) {
        viaStream.add(fd);
        streamOf(fd).write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
        while (done < bytes.length)
            done += (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done);
    }
    catch {
        viaStream.add(fd);
        streamOf(fd).write(bytes.subarray(done));
    }
}
/** `text` on stdout, as `process.stdout.write(text)` would put it there. */
function writeStdout(text) {
    write(1, text);
}
/** `text` on stderr, as `process.stderr.write(text)` would put it there. */
function writeStderr(text) {
    write(2, text);
}

;// CONCATENATED MODULE: ./lib/core/runner-commands.js
/**
 * The Actions runner's command protocol, written directly: workflow commands on stdout
 * (`::error file=\u2026,line=\u2026::message`, `::add-mask::\u2026`, `::debug::\u2026`) and file commands appended to
 * the files the runner names (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`), with the
 * same escaping and heredoc delimiters as `@actions/core`. It exists so an action starts without
 * `@actions/core`, whose import loads its HTTP client and undici for the OIDC token whether or not
 * a token is ever asked for (tens of milliseconds at every start). The one thing it does not do,
 * fetching the job's OIDC token, is in ./oidc-token.ts, which loads `@actions/core` on demand.
 */




function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,\u2026::message` on stdout; properties with no value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    writeStdout(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Append `name<<delimiter \u2026 delimiter` to the file the runner named in GITHUB_<command>. */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A delimiter that occurs in neither the name nor the value (drawn again if it would).
    const delimiter = uniqueToken('ghadelimiter_', name, value);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
function annotationProps(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn
    };
}
/** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', name, value);
    writeStdout(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, value);
}
/** Values the main step hands its post step (read back there as STATE_<name>). */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', name, value);
    issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(value) {
    issueCommand('add-mask', {}, value);
}
function info(message) {
    writeStdout(message + external_node_os_namespaceObject.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function notice(message, props = {}) {
    issueCommand('notice', annotationProps(props), message);
}
function warning(message, props = {}) {
    issueCommand('warning', annotationProps(props), message);
}
function error(message, props = {}) {
    issueCommand('error', annotationProps(props), message);
}
/** An error annotation, and the step's exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * Append Markdown to the job summary (a string, or parts written one after the other); throws
 * when the runner gave no summary file.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    if (typeof markdown === 'string')
        (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
    else
        for (const part of markdown)
            (0,external_node_fs_.appendFileSync)(file, part, 'utf8');
}

// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __nccwpck_require__(8415);
;// CONCATENATED MODULE: ./lib/core/inputs.js


const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
/** A plain decimal number (no hex, no `Infinity`, no blank that `Number` would read as 0). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
/** Split a list input: newline- or comma-separated, trimmed, blanks and `#` comments dropped. */
function splitList(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** The range of a number or duration input, as users write it: `1 to 600000 (a whole number)`. */
function describeRange(spec) {
    const show = (n) => (spec.type === 'duration' ? (0,duration/* formatDuration */.a)(n) : String(n));
    const whole = spec.integer ? ', a whole number' : '';
    return `${show(spec.min ?? -Infinity)} to ${show(spec.max ?? Infinity)}${whole}`;
}
/** Refuse a number or duration outside its declared range, naming the value and the range. */
function inRange(spec, raw, n) {
    const tooSmall = spec.min !== undefined && n < spec.min;
    const tooLarge = spec.max !== undefined && n > spec.max;
    if (tooSmall || tooLarge || (spec.integer && !Number.isInteger(n))) {
        throw new errors/* InputError */.dz(spec.name, `'${raw.trim()}' is out of range; allowed: ${describeRange(spec)}`);
    }
    return n;
}
function convert(spec, raw) {
    switch (spec.type) {
        case 'string':
        case 'secret':
            return raw;
        case 'boolean':
            if (TRUE.includes(raw.trim()))
                return true;
            if (FALSE.includes(raw.trim()))
                return false;
            throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a boolean; use true or false`);
        case 'number': {
            const n = DECIMAL.test(raw.trim()) ? Number(raw.trim()) : NaN;
            if (!Number.isFinite(n)) {
                throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a number; allowed: ${describeRange(spec)}`);
            }
            return inRange(spec, raw, n);
        }
        case 'choice': {
            const v = raw.trim();
            if (!spec.options?.includes(v)) {
                throw new errors/* InputError */.dz(spec.name, `'${v}' is not one of: ${spec.options?.join(', ')}`);
            }
            return v;
        }
        case 'list':
            return splitList(raw);
        case 'duration': {
            const ms = (0,duration/* parseDuration */.E)(raw);
            if (ms === undefined) {
                throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a duration; write e.g. 90s, 36h, 7d, 1d12h or ISO 8601 P7D / PT36H`);
            }
            return inRange(spec, raw, ms);
        }
    }
}
/** The parsed inputs of one gate run, with typed accessors that fail loudly on misuse. */
class Inputs {
    spec;
    values;
    constructor(spec, values) {
        this.spec = spec;
        this.values = values;
    }
    get(name) {
        if (!this.spec.inputs.some((i) => i.name === name)) {
            throw new Error(`gate ${this.spec.gate} reads input '${name}', which its action.yml does not declare`);
        }
        return this.values.get(name);
    }
    /** Whether the user (or the default) gave a value. */
    has(name) {
        const v = this.get(name);
        return v !== undefined && !(Array.isArray(v) && v.length === 0);
    }
    string(name) {
        const v = this.get(name);
        return v === undefined ? undefined : String(v);
    }
    requireString(name) {
        const v = this.string(name);
        if (v === undefined || v === '')
            throw new errors/* InputError */.dz(name, 'is required here');
        return v;
    }
    list(name) {
        const v = this.get(name);
        if (v === undefined)
            return [];
        return Array.isArray(v) ? v : splitList(String(v));
    }
    boolean(name) {
        return this.get(name) === true;
    }
    number(name) {
        const v = this.get(name);
        return typeof v === 'number' ? v : undefined;
    }
    /** A duration input, in milliseconds. */
    duration(name) {
        return this.number(name);
    }
    get mode() {
        return this.values.get('mode') === 'audit' ? 'audit' : 'enforce';
    }
    /** The spec and the parsed values, as plain data a worker thread can be given. */
    toTransfer() {
        return { spec: this.spec, values: this.values };
    }
    static fromTransfer(t) {
        return new Inputs(t.spec, t.values);
    }
    /** Names and values of every secret-typed input that was given. */
    secrets() {
        return this.spec.inputs
            .filter((i) => i.type === 'secret')
            .map((i) => this.values.get(i.name))
            .filter((v) => typeof v === 'string' && v !== '');
    }
    /** The inputs as JSON-able evidence, secrets replaced. */
    toEvidence() {
        const out = {};
        for (const i of this.spec.inputs) {
            const v = this.values.get(i.name);
            if (v === undefined)
                continue;
            out[i.name] = i.type === 'secret' ? '***' : v;
        }
        return out;
    }
}
/**
 * Parse raw string values (from `INPUT_*` or CLI flags) against the spec. A missing or empty
 * value takes the default; a missing required input is an InputError naming it.
 */
function parseInputs(spec, raw) {
    const known = new Set(spec.inputs.map((i) => i.name));
    for (const name of Object.keys(raw)) {
        if (!known.has(name)) {
            throw new errors/* InputError */.dz(name, `gate ${spec.gate} has no such input; it takes: ${[...known].join(', ')}`);
        }
    }
    const values = new Map();
    for (const input of spec.inputs) {
        const given = raw[input.name];
        // A default like `${{ github.token }}` is filled in by the runner; anywhere else (the CLI) it
        // means "not given", never the literal expression text.
        const fallback = input.default?.includes('${{') ? undefined : input.default;
        const text = given !== undefined && given.trim() !== '' ? given : fallback;
        if (text === undefined || text === '') {
            if (input.required) {
                throw new errors/* InputError */.dz(input.name, `is required (${input.description.trim()})`);
            }
            continue;
        }
        values.set(input.name, convert(input, text));
    }
    return new Inputs(spec, values);
}

// EXTERNAL MODULE: ./lib/config/default-file.js
var default_file = __nccwpck_require__(7454);
;// CONCATENATED MODULE: ./lib/core/sha256.js
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex \u2014 for the one digest every
 * gate run computes (the effective configuration's, src/config/resolve.ts), so that a run that
 * needs no other cryptography does not load `node:crypto` for it (./lazy-crypto.ts). Equal to
 * `createHash('sha256').update(text).digest('hex')` byte for byte (test/core/sha256.test.ts);
 * meant for small inputs (kilobytes): larger data goes through `node:crypto`. Where a run has
 * loaded `node:crypto` anyway (cache-sentinel signs or verifies at every run), the digest is
 * node:crypto's: the same bytes, without running this code in the interpreter at start.
 */

const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
const rotr = (x, n) => (x >>> n) | (x << (32 - n));
/** The SHA-256 digest of `text` (UTF-8), lowercase hex. */
function sha256Hex(text) {
    const loaded = nodeCryptoIfLoaded();
    if (loaded)
        return loaded.createHash('sha256').update(text, 'utf8').digest('hex');
    return sha256HexPortable(text);
}
/** sha256Hex without node:crypto (exported for the tests that compare the two). */
function sha256HexPortable(text) {
    const data = Buffer.from(text, 'utf8');
    // The message, a 1 bit, zeros, and the bit length as 64 bits big-endian: whole 64-byte blocks.
    const blocks = Math.ceil((data.length + 9) / 64);
    const msg = Buffer.alloc(blocks * 64);
    data.copy(msg);
    msg[data.length] = 0x80;
    const bits = data.length * 8;
    msg.writeUInt32BE(Math.floor(bits / 0x100000000), msg.length - 8);
    msg.writeUInt32BE(bits >>> 0, msg.length - 4);
    const h = new Int32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    ]);
    const w = new Int32Array(64);
    for (let off = 0; off < msg.length; off += 64) {
        for (let t = 0; t < 16; t++)
            w[t] = msg.readInt32BE(off + t * 4);
        for (let t = 16; t < 64; t++) {
            const a = w[t - 15];
            const b = w[t - 2];
            const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
            const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
        let [a, b, c, d, e, f, g, hh] = h;
        for (let t = 0; t < 64; t++) {
            const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const ch = (e & f) ^ (~e & g);
            const t1 = (hh + S1 + ch + K[t] + w[t]) | 0;
            const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const t2 = (S0 + maj) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    let out = '';
    for (const x of h)
        out += (x >>> 0).toString(16).padStart(8, '0');
    return out;
}

// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __nccwpck_require__(6370);
// EXTERNAL MODULE: ./lib/config/errors.js
var config_errors = __nccwpck_require__(8159);
;// CONCATENATED MODULE: ./lib/config/schema.js
/** Structured sections: config key \u2192 [document schema file, property of that document]. */
const STRUCTURED_SECTIONS = {
    'pr-target-ban': { allow: ['pr-target-allowlist.v1.json', 'allow'] },
    'workflow-policy': {
        rules: ['workflow-policy.v1.json', 'rules'],
        exceptions: ['workflow-policy.v1.json', 'exceptions']
    }
};
function inputSchema(input) {
    const base = { description: input.description.replace(/\s+/g, ' ').trim() };
    switch (input.type) {
        case 'boolean':
            return { ...base, type: 'boolean' };
        case 'number': {
            const s = { ...base, type: 'number' };
            const range = input;
            if (range.integer)
                s.type = 'integer';
            if (typeof range.min === 'number')
                s.minimum = range.min;
            if (typeof range.max === 'number')
                s.maximum = range.max;
            return s;
        }
        case 'choice':
            return { ...base, enum: input.options };
        case 'list':
            return {
                ...base,
                oneOf: [
                    { type: 'array', items: { type: 'string', minLength: 1 } },
                    { type: 'string', minLength: 1 }
                ]
            };
        case 'duration':
            return { ...base, type: 'string', minLength: 1, pattern: '^[0-9PTptWDHMSwdhms.]+$' };
        default:
            return { ...base, type: 'string' };
    }
}
/** Rewrite draft-07 `definitions` references of a document schema into this schema's `$defs`. */
function rehome(node, prefix) {
    if (Array.isArray(node))
        return node.map((n) => rehome(n, prefix));
    if (typeof node !== 'object' || node === null)
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) {
            out[k] = `#/$defs/${prefix}-${v.slice('#/definitions/'.length)}`;
        }
        else
            out[k] = rehome(v, prefix);
    }
    return out;
}
const BOUND = {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
        'at-least': {
            type: ['string', 'number'],
            description: 'No layer below may set a smaller value (numbers, durations; mode: enforce).'
        },
        'at-most': {
            type: ['string', 'number'],
            description: 'No layer below may set a larger value (numbers, durations).'
        },
        'approver-from': {
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: '^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$' },
            description: 'Allowlist entries must name one of these teams in approved-by.'
        }
    }
};
function configSchema(specs, documents) {
    const defs = {};
    const properties = {
        version: { const: 1, description: 'The config contract version.' },
        extends: {
            type: 'string',
            minLength: 1,
            description: 'The organisation overlay: <owner>/<repo>/<path>@<40-hex commit sha>, or a path relative to this file.'
        },
        policy: {
            type: 'object',
            additionalProperties: false,
            description: 'Only in an organisation overlay: keys no layer below may change (locked) or loosen (bounds).',
            properties: {
                locked: {
                    type: 'array',
                    items: { type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                    description: '<gate>.<key> entries no repository setting or step input may change.'
                },
                bounds: {
                    type: 'object',
                    propertyNames: { pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                    additionalProperties: BOUND
                }
            }
        }
    };
    for (const spec of specs) {
        const props = {};
        for (const input of spec.inputs) {
            if (input.type !== 'secret')
                props[input.name] = inputSchema(input);
        }
        for (const [key, [file, prop]] of Object.entries(STRUCTURED_SECTIONS[spec.gate] ?? {})) {
            const doc = documents[file];
            const prefix = file.replace(/\.v\d+\.json$/, '');
            for (const [name, def] of Object.entries(doc?.definitions ?? {})) {
                defs[`${prefix}-${name}`] = rehome(def, prefix);
            }
            props[key] = rehome(doc?.properties?.[prop] ?? {}, prefix);
        }
        properties[spec.gate] = {
            type: 'object',
            additionalProperties: false,
            description: spec.description.replace(/\s+/g, ' ').trim(),
            properties: props
        };
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://ci-intel.dev/schema/config.v1.json',
        title: 'ci-intel configuration (.ci-intel/config.yml)',
        description: "One file per repository; one overlay per organisation. Keys of a gate section are that gate's action.yml input names. Generated from actions/*/action.yml by `npm run matrix`.",
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        properties,
        $defs: defs
    };
}

;// CONCATENATED MODULE: ./lib/config/resolve.js





function toRaw(input, value) {
    if (Array.isArray(value))
        return value.map(String).join('\n');
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    void input;
    return String(value);
}
function section(doc, gate) {
    const s = doc?.value[gate];
    return typeof s === 'object' && s !== null ? s : undefined;
}
function origin(kind, doc, gate, key) {
    const pos = (0,positions/* positionOf */.d)(doc, `/${gate}/${key}`);
    return { kind, label: `${doc.label}:${pos.line}`, file: doc.file, line: pos.line };
}
const MODE_STRICTNESS = { audit: 0, enforce: 1 };
function comparable(input, key, raw) {
    if (key === 'mode')
        return MODE_STRICTNESS[raw.trim()];
    if (input?.type === 'duration')
        return (0,duration/* parseDuration */.E)(raw);
    if (input?.type === 'number') {
        const n = Number(raw);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
function policyOf(org) {
    const p = (org?.value.policy ?? {});
    return { locked: new Set(p.locked ?? []), bounds: p.bounds ?? {} };
}
function resolveGateConfig(spec, layers, given) {
    const gate = spec.gate;
    const inputs = new Map(spec.inputs.map((i) => [i.name, i]));
    const org = section(layers.org, gate);
    const repo = section(layers.repo, gate);
    const policy = policyOf(layers.org);
    const values = {};
    const settings = {};
    const givenLabel = (k) => (given.label === 'flag' ? `--${k}` : 'with:');
    const structured = new Set(Object.keys(STRUCTURED_SECTIONS[gate] ?? {}));
    const keys = new Set([...inputs.keys(), ...structured]);
    for (const key of keys) {
        const input = inputs.get(key);
        // Candidates from the lowest layer to the highest.
        const chain = [];
        if (input?.default !== undefined)
            chain.push({ value: input.default, origin: { kind: 'default', label: 'default' } });
        if (org && org[key] !== undefined)
            chain.push({ value: org[key], origin: origin('org', layers.org, gate, key) });
        if (repo && repo[key] !== undefined)
            chain.push({ value: repo[key], origin: origin('repo', layers.repo, gate, key) });
        const g = given.values[key];
        if (g !== undefined && g !== '')
            chain.push({ value: g, origin: { kind: 'with', label: givenLabel(key) } });
        if (chain.length === 0)
            continue;
        const top = chain[chain.length - 1];
        const id = `${gate}.${key}`;
        const orgEntry = chain.find((c) => c.origin.kind === 'org');
        if (policy.locked.has(id)) {
            const base = orgEntry ?? chain.find((c) => c.origin.kind === 'default');
            for (const c of chain) {
                if (c.origin.kind !== 'repo' && c.origin.kind !== 'with')
                    continue;
                if (!base || canonical(toRaw(input, c.value)) !== canonical(toRaw(input, base.value))) {
                    throw new config_errors/* ConfigError */.x(`${id} is locked by ${layers.org.label} at ${base ? JSON.stringify(toRaw(input, base.value)) : 'its default'}; ${c.origin.label} sets it to ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, `Remove ${key} from ${c.origin.kind === 'with' ? "the step's with: (or the CLI flag)" : c.origin.label.replace(/:\d+$/, '')}; the organisation owns this setting.`, c.origin.line);
                }
            }
        }
        const bound = policy.bounds[id];
        if (bound) {
            const loosens = (c, limit, dir) => {
                const v = comparable(input, key, toRaw(input, c.value));
                const l = comparable(input, key, String(limit));
                if (v === undefined || l === undefined)
                    return true;
                return dir === 'at-least' ? v < l : v > l;
            };
            for (const dir of ['at-least', 'at-most']) {
                const limit = bound[dir];
                if (limit === undefined)
                    continue;
                if (comparable(input, key, String(limit)) === undefined) {
                    throw new config_errors/* ConfigError */.x(`${layers.org.label}: policy.bounds.${id}.${dir} ${JSON.stringify(limit)} is not a value ${key} can be compared with`, layers.org.file);
                }
                // Every layer below the organisation that sets the key, and the value that takes effect.
                for (const c of [
                    ...chain.filter((c) => c.origin.kind === 'repo' || c.origin.kind === 'with'),
                    top
                ]) {
                    if (loosens(c, limit, dir)) {
                        throw new config_errors/* ConfigError */.x(`${id} must be ${dir.replace('-', ' ')} ${String(limit)} (${layers.org.label}); ${c.origin.label} gives ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, c.origin.kind === 'default'
                            ? `The hub's default loosens the organisation's bound: set ${key} in the overlay or in .ci-intel/config.yml.`
                            : `Set ${key} to a value ${dir.replace('-', ' ')} ${String(limit)}, or remove it.`, c.origin.line);
                    }
                }
            }
            const teams = bound['approver-from'];
            if (teams) {
                const entries = Array.isArray(top.value) ? top.value : [];
                entries.forEach((e, i) => {
                    const by = String(e?.['approved-by'] ?? '');
                    if (!teams.includes(by)) {
                        throw new config_errors/* ConfigError */.x(`${id}[${i}] (${String(e?.workflow ?? '?')}) is approved by ${JSON.stringify(by)}; ${layers.org.label} requires one of ${teams.join(', ')} (${top.origin.label})`, top.origin.file, `Have a member of ${teams.join(' or ')} approve the exception and name the team in approved-by.`, top.origin.line);
                    }
                });
            }
        }
        const entry = { value: input?.type === 'secret' ? '***' : top.value, origin: top.origin };
        if (structured.has(key))
            settings[key] = entry;
        else
            values[key] = entry;
    }
    const raw = {};
    for (const [k, v] of Object.entries(values)) {
        if (v.origin.kind === 'default')
            continue;
        raw[k] = v.origin.kind === 'with' ? String(given.values[k]) : toRaw(inputs.get(k), v.value);
    }
    const files = [layers.repo?.label, layers.org?.label].filter((f) => !!f);
    const digestOf = canonical({
        gate,
        inputs: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value])),
        settings: Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, v.value]))
    });
    const evidence = {
        digest: `sha256:${sha256Hex(digestOf)}`,
        files
    };
    if (layers.org)
        evidence.overlay = layers.org.ref.text;
    return { gate, raw, values, settings, evidence };
}

;// CONCATENATED MODULE: ./lib/core/run-gate.js
/** The fail-closed runner: inputs in, a GateResult out, never an exception. */











/** The step's own values: what the runner filled in from action.yml defaults is not "given". */
function givenValues(spec, raw, label) {
    if (label === 'flag')
        return raw;
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
        const d = spec.inputs.find((i) => i.name === k)?.default;
        if (v !== undefined && v !== d)
            out[k] = v;
    }
    return out;
}
/** A path as the user gave it: relative to the workspace when inside it. */
function shownPath(workspace, file) {
    if (!workspace)
        return file;
    const rel = (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, file));
    if (rel === '')
        return '.';
    return !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
}
function ruleOf(err) {
    if (err instanceof errors/* InputError */.dz)
        return 'input/invalid';
    if (err instanceof read_file/* FileReadError */.tJ)
        return 'input/unreadable-file';
    if (err instanceof strict_json/* JsonDocumentError */.sT)
        return 'input/invalid-document';
    return 'gate/error';
}
function errorEvaluation(err, spec, workspace) {
    const finding = {
        rule: ruleOf(err),
        severity: 'error',
        message: (0,errors/* errorMessage */.gJ)(err)
    };
    if (err instanceof read_file/* FileReadError */.tJ) {
        // Any file input of any gate (bundle, trusted root, evidence, layout blob, workflow file):
        // a FIFO, device, directory, missing or oversized file is a clean error naming it.
        const shown = shownPath(workspace, err.file);
        finding.message = finding.message.split(err.file).join(shown);
        finding.file = shown;
        finding.help = err.help;
    }
    else if (err instanceof strict_json/* JsonDocumentError */.sT) {
        if (err.line)
            finding.line = err.line;
        finding.help =
            'Fix the document: it must be valid JSON, and a key may appear only once in an object.';
    }
    else if (err instanceof errors/* InputError */.dz) {
        finding.help = `Set '${err.input}' in the step's \`with:\` (or --${err.input} on the CLI). See actions/${spec.gate}/action.yml.`;
    }
    else if (err instanceof errors/* GateError */.ue) {
        if (err.help)
            finding.help = err.help;
        if (err.file)
            finding.file = err.file;
        if (err.line)
            finding.line = err.line;
        if (err.column)
            finding.column = err.column;
    }
    else {
        finding.help =
            'The gate could not decide and fails closed. Re-run with mode: audit to report only.';
    }
    return {
        verdict: 'error',
        summary: `could not decide: ${finding.message}`,
        findings: [finding],
        evidence: { error: finding.message }
    };
}
/** Give the verdict no chance to be kinder than the findings. */
function consistent(e) {
    if (!isVerdict(e.verdict)) {
        return {
            ...e,
            verdict: 'error',
            summary: `could not decide: the gate returned the verdict ${JSON.stringify(e.verdict)}`
        };
    }
    if (e.verdict === 'pass' && e.findings.some((f) => f.severity === 'error')) {
        return { ...e, verdict: 'fail' };
    }
    return e;
}
function modeOf(raw) {
    return raw.mode?.trim() === 'audit' ? 'audit' : 'enforce';
}
async function runGate(gate, raw, ctx, options = {}) {
    const started = new Date();
    // process.hrtime, not performance.now(): the `performance` global loads perf_hooks (~1 ms).
    const t0 = process.hrtime.bigint();
    const redactor = options.redactor ?? new Redactor();
    let spec = options.spec;
    let evaluation;
    let inputs;
    let mode = modeOf(raw);
    let configEvidence;
    try {
        spec ??=
            (0,build_registry/* registeredActionSpec */.wP)(gate.name) ??
                (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5521))).loadActionSpec(gate.name);
        if (gate.prestart) {
            try {
                gate.prestart(Object.fromEntries(spec.inputs.map((i) => [i.name, raw[i.name] ?? i.default])), ctx);
            }
            catch {
                // A guess only: evaluate reports whatever is wrong with the inputs.
            }
        }
        let effectiveRaw = raw;
        if (!options.noConfig) {
            const label = options.given ?? 'flag';
            // Unknown input names are reported by parseInputs, against the action.yml.
            parseInputs(spec, raw);
            // The YAML reader and the schema validator load only when there is a file to read.
            const named = options.configFile ?? ctx.env.CI_INTEL_CONFIG;
            const layers = named || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.workspace, default_file/* DEFAULT_CONFIG_FILE */.C))
                ? await (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(651), __nccwpck_require__.e(216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7216))).loadLayers({
                    workspace: ctx.workspace,
                    env: ctx.env,
                    tempDir: ctx.tempDir,
                    configFile: options.configFile,
                    // A private overlay is read with the gate's own token input when it has one.
                    token: raw.token || raw['github-token'] || undefined
                })
                : {};
            const effective = resolveGateConfig(spec, layers, {
                values: givenValues(spec, raw, label),
                label
            });
            effectiveRaw = { ...effective.raw };
            // Secret inputs never come from files: keep what the step or the environment gave.
            for (const i of spec.inputs)
                if (i.type === 'secret' && raw[i.name])
                    effectiveRaw[i.name] = raw[i.name];
            ctx = {
                ...ctx,
                settings: Object.fromEntries(Object.entries(effective.settings).map(([k, v]) => [
                    k,
                    { value: v.value, file: v.origin.file, line: v.origin.line, label: v.origin.label }
                ]))
            };
            configEvidence = effective.evidence;
        }
        inputs = parseInputs(spec, effectiveRaw);
        mode = inputs.mode;
        for (const s of inputs.secrets()) {
            redactor.add(s);
            ctx.secret(s);
        }
        evaluation = consistent(await gate.evaluate(inputs, ctx));
    }
    catch (err) {
        evaluation = errorEvaluation(err, spec ?? { gate: gate.name }, ctx.workspace);
    }
    const result = {
        schema: 'ci-intel.gate-result.v1',
        gate: gate.name,
        verdict: evaluation.verdict,
        mode,
        summary: evaluation.summary,
        findings: evaluation.findings,
        evidence: { ...evaluation.evidence },
        outputs: evaluation.outputs ?? {},
        startedAt: started.toISOString(),
        durationMs: Math.round(Number(process.hrtime.bigint() - t0) / 1000) / 1000
    };
    if (inputs)
        result.evidence.inputs ??= inputs.toEvidence();
    if (configEvidence)
        result.evidence.config ??= configEvidence;
    return redactor.redactResult(result);
}

;// CONCATENATED MODULE: ./lib/core/version.js
/** The hub's version, stamped into SARIF and evidence. Kept in step with package.json by a test. */
const HUB_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/core/actions-adapter.js
/**
 * The one place that talks to the Actions runner: `INPUT_*` in; outputs, job summary,
 * annotations, policy record and SARIF out. Everything else is pure.
 */













/** GitHub shows at most 10 annotations of each kind per step; we send a few more, then a note. */
const MAX_ANNOTATIONS = 50;
function annotate(result) {
    let sent = 0;
    for (const f of result.findings) {
        if (!f.file)
            continue;
        if (sent === MAX_ANNOTATIONS) {
            notice(`${result.findings.length - sent} more findings: see the job summary or result-file.`);
            break;
        }
        const props = {
            title: `${result.gate}: ${f.rule}`,
            file: f.file,
            startLine: f.line,
            startColumn: f.column
        };
        const text = f.help ? `${f.message}\nFix: ${f.help}` : f.message;
        if (f.severity === 'error')
            error(text, props);
        else if (f.severity === 'warning')
            warning(text, props);
        else
            notice(text, props);
        sent++;
    }
}
/** Runs the action; in an offload worker of the bundle (src/core/offload.ts), nothing. */
async function runAction(gate, options = {}) {
    if (inOffloadWorker())
        return undefined;
    // The bundle carries its spec (scripts/build.mjs); the YAML reader loads only without one.
    const spec = (0,build_registry/* registeredActionSpec */.wP)(gate.name) ?? (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5521))).loadActionSpec(gate.name);
    const redactor = new Redactor();
    // Tokens learnt during the run (a registry's bearer token) are masked in the runner log too.
    onSecretRegistered((form) => setSecret(form));
    const mask = (value) => {
        setSecret(value);
        for (const form of redactor.add(value))
            setSecret(form);
    };
    const raw = {};
    for (const input of spec.inputs) {
        const value = getInput(input.name);
        if (input.type === 'secret' && value)
            mask(value);
        if (value !== '')
            raw[input.name] = value;
    }
    const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
    const ctx = {
        workspace: (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE || process.cwd()),
        tempDir: hubTempDir(runnerTemp),
        env: process.env,
        now: () => new Date(),
        log: (m) => info(redactor.redact(m)),
        secret: mask
    };
    const result = await runGate(gate, raw, ctx, { spec, redactor, given: 'with:' });
    // A file the step promises but could not write fails the step, after everything else is
    // reported: the verdict is never lost with it, and the run never ends in a crash.
    const unwritten = [];
    const write = (what, fix, act, where = '') => {
        try {
            act();
        }
        catch (err) {
            unwritten.push(`${what} could not be written${where} (${(0,errors/* errorMessage */.gJ)(err)}): ${fix}`);
        }
    };
    const underTemp = 'give the step a writable RUNNER_TEMP';
    setOutput('verdict', result.verdict);
    write('the result file', underTemp, () => setOutput('result-file', writeResultFile(result, runnerTemp)), ` under ${ctx.tempDir}`);
    for (const [k, v] of Object.entries(result.outputs))
        setOutput(k, v);
    write('the policy record', underTemp, () => appendPolicyRecord(result, runnerTemp), ` under ${ctx.tempDir}`);
    const sarifFile = raw['sarif-file'];
    if (sarifFile && spec.inputs.some((i) => i.name === 'sarif-file')) {
        write(`input 'sarif-file': ${sarifFile}`, 'name a writable file path under the workspace', () => {
            writeFilePieces((0,external_node_path_.resolve)(ctx.workspace, sarifFile), sarifPieces(result, gate.rules, HUB_VERSION));
            setOutput('sarif-file', sarifFile);
        });
    }
    annotate(result);
    try {
        appendSummary((0,markdown/* summaryMarkdownParts */.gD)(result, options.details?.(result)));
    }
    catch (err) {
        // No GITHUB_STEP_SUMMARY (a local run): the log below carries the same facts.
        debug(`no job summary written: ${String(err)}`);
    }
    info(`${result.gate}: ${result.verdict} \u2014 ${result.summary}`);
    for (const problem of unwritten)
        error(redactor.redact(`${result.gate}: ${problem}`));
    if (unwritten.length) {
        setFailed(redactor.redact(`${result.gate} ${result.verdict}, but ${unwritten.length === 1 ? 'a file it promises was' : 'files it promises were'} not written: ${unwritten.join('; ')}`));
    }
    else if (stepFails(result)) {
        setFailed(`${result.gate} ${result.verdict}: ${result.summary}`);
    }
    else if (result.verdict !== 'pass') {
        warning(`${result.gate} ${result.verdict} (audit mode, not blocking): ${result.summary}`);
    }
    return result;
}


/***/ }),

/***/ 1855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ registerSchemaValidators),
/* harmony export */   RI: () => (/* binding */ registerActionSpec),
/* harmony export */   SK: () => (/* binding */ registerBundleEntry),
/* harmony export */   jO: () => (/* binding */ schemasCompiledAtBuild),
/* harmony export */   wP: () => (/* binding */ registeredActionSpec),
/* harmony export */   zv: () => (/* binding */ registeredSchemaLoader)
/* harmony export */ });
/* unused harmony export registeredBundleEntry */
/** Each gate's spec as the build wrote it (JSON), parsed when it is first asked for. */
const specTexts = new Map();
const specs = new Map();
const validators = new Map();
let bundled = false;
/**
 * `json`: the gate's parsed and checked spec, as JSON text. The CLI carries every gate's and a
 * run reads one or two (its usage, all of them), so the text is parsed only when asked for.
 */
function registerActionSpec(gate, json) {
    specTexts.set(gate, json);
    specs.delete(gate);
}
/** The spec the build compiled into this bundle, if any. */
function registeredActionSpec(gate) {
    let spec = specs.get(gate);
    if (!spec) {
        const json = specTexts.get(gate);
        if (json === undefined)
            return undefined;
        spec = JSON.parse(json);
        specs.set(gate, spec);
    }
    return spec;
}
/**
 * Loaders of the validators for `schema/<name>` (e.g. `workflow-policy.v1.json`), generated at
 * build time: every schema the bundle's code names. After this, a schema that was not registered
 * is a build defect (the bundle carries no ajv compiler), reported as such instead of compiled.
 */
function registerSchemaValidators(all) {
    for (const [name, load] of Object.entries(all))
        validators.set(name, load);
    bundled = true;
}
/** True in a bundle whose schemas were compiled at build time. */
function schemasCompiledAtBuild() {
    return bundled;
}
function registeredSchemaLoader(name) {
    return validators.get(name);
}
let bundleEntry;
/** The bundle's own entry file (`import.meta.url` of the generated entry): what a worker loads. */
function registerBundleEntry(url) {
    bundleEntry = url;
}
function registeredBundleEntry() {
    return bundleEntry;
}


/***/ }),

/***/ 8415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Durations as users write them: `90s`, `36h`, `7d`, `1d12h`, `2w`, or ISO 8601 (`P7D`, `PT36H`). */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
const SHORT = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h|d|w))+$/;
const SHORT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** Milliseconds for a duration string, or undefined when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '')
        return undefined;
    if (SHORT.test(s)) {
        let total = 0;
        for (const m of s.matchAll(SHORT_PART))
            total += Number(m[1]) * UNIT_MS[m[2]];
        return total;
    }
    const iso = ISO.exec(s.toUpperCase());
    if (iso && s.length > 1 && !s.toUpperCase().endsWith('T')) {
        const [, w, d, h, m, sec] = iso.map((x) => (x === undefined ? 0 : Number(x)));
        return w * UNIT_MS.w + d * UNIT_MS.d + h * UNIT_MS.h + m * UNIT_MS.m + sec * UNIT_MS.s;
    }
    return undefined;
}
/** A short human form: `7d`, `36h`, `1d 2h 3m`, `45s`. */
function formatDuration(ms) {
    const neg = ms < 0;
    let rest = Math.abs(Math.round(ms / 1000));
    const parts = [];
    for (const [unit, secs] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60],
        ['s', 1]
    ]) {
        const n = Math.floor(rest / secs);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * secs;
    }
    return (neg ? '-' : '') + (parts.length ? parts.join(' ') : '0s');
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ue: () => (/* binding */ GateError)
/* harmony export */ });
/** Errors that carry what the user must change. */
/** A bad input value: names the input, what was given and what is expected. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** The gate could not decide (a document it cannot read, a service that does not answer). */
class GateError extends Error {
    help;
    file;
    line;
    column;
    constructor(message, help, file, line, column) {
        super(message);
        this.help = help;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'GateError';
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 7669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ hubRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
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


/***/ }),

/***/ 4630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRegularTextFile),
/* harmony export */   tJ: () => (/* binding */ FileReadError)
/* harmony export */ });
/* unused harmony exports readRegularFileChunks, readRegularFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/**
 * The one way a gate reads a file it was handed: opened once without blocking, checked to be a
 * regular file on the open descriptor (a FIFO, device, socket or directory \u2014 or a symlink to
 * one \u2014 is refused), and read with the byte limit enforced while reading, never from `stat`
 * alone (`/dev/zero` and `/proc` files report size 0).
 */

class FileReadError extends Error {
    file;
    help;
    code;
    name = 'FileReadError';
    constructor(message, file, help, 
    /** The errno code of a failed open (`ENOENT` \u2026), or `not-regular` / `too-large`. */
    code) {
        super(message);
        this.file = file;
        this.help = help;
        this.code = code;
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function mib(n) {
    return n >= 1024 * 1024
        ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MiB`
        : `${n} bytes`;
}
const CHUNK_BYTES = 1 << 20;
let sharedBuffer;
let bufferInUse = false;
/**
 * Stream `file` through `onChunk` (each chunk is only valid during the call), with the same
 * checks as `readRegularFile`: for inputs too large to hold in memory (artifacts to hash).
 * Returns the number of bytes read.
 */
function readRegularFileChunks(file, limit, onChunk) {
    const what = limit.what ? `${limit.what} ` : '';
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        const reason = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EACCES' || code === 'EPERM'
                ? 'cannot be read (permission denied)'
                : code === 'ELOOP'
                    ? 'is a symlink loop'
                    : code === 'ENXIO'
                        ? 'is a socket or a device without a reader'
                        : `cannot be opened (${code ?? err.message})`;
        throw new FileReadError(`${what}${file} ${reason}`, file, 'Check the path; it is resolved against the workspace.', code);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile()) {
            throw new FileReadError(`${what}${file} is ${kindOf(st)}, not a regular file`, file, 'Pass the path of a regular file (symlinks to regular files are followed).', 'not-regular');
        }
        if (st.size > limit.maxBytes) {
            throw new FileReadError(`${what}${file} is ${mib(st.size)}; the limit is ${mib(limit.maxBytes)}`, file, 'This is larger than any valid document of its kind; check that the right file is named.', 'too-large');
        }
        let total = 0;
        // One read buffer for the process (reads are synchronous and each chunk lives only during
        // its callback), so hashing a tree of many files allocates nothing per file; a nested call
        // from inside a callback gets its own.
        const nested = bufferInUse;
        const chunk = nested
            ? Buffer.allocUnsafe(CHUNK_BYTES)
            : (sharedBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
        bufferInUse = true;
        try {
            for (;;) {
                let n;
                try {
                    n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(chunk.length, limit.maxBytes + 1 - total), null);
                }
                catch (err) {
                    throw new FileReadError(`${what}${file} could not be read (${err.code ?? err.message})`, file, 'Check that the file is readable.', err.code);
                }
                if (n === 0)
                    break;
                total += n;
                if (total > limit.maxBytes) {
                    throw new FileReadError(`${what}${file} grew past the limit of ${mib(limit.maxBytes)} while being read`, file, 'The file is larger than stat reported (a special or growing file); pass a regular file.', 'too-large');
                }
                onChunk(chunk.subarray(0, n));
            }
        }
        finally {
            if (!nested)
                bufferInUse = false;
        }
        return total;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Read `file` as bytes; throws FileReadError naming the file, the problem and the fix. */
function readRegularFile(file, limit) {
    const chunks = [];
    const total = readRegularFileChunks(file, limit, (c) => chunks.push(Buffer.from(c)));
    return Buffer.concat(chunks, total);
}
/** Read `file` as UTF-8 text (a leading BOM is dropped; invalid UTF-8 is refused). */
function readRegularTextFile(file, limit) {
    const bytes = readRegularFile(file, limit);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new FileReadError(`${limit.what ? `${limit.what} ` : ''}${file} is not UTF-8 text`, file, 'Pass a text document (UTF-8).');
    }
    return text.replace(/^\uFEFF/, '');
}


/***/ }),

/***/ 6893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gD: () => (/* binding */ summaryMarkdownParts),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony exports summaryMarkdown, SUMMARY_LIMIT_BYTES */
const ICON = { pass: '\u2705', fail: '\u274c', error: '\u26d4' };
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function location(f) {
    if (!f.file)
        return '';
    return `\`${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}\``;
}
/** Markdown for GITHUB_STEP_SUMMARY; `details` is an optional gate-specific section. */
function summaryMarkdown(result, details) {
    return [...summaryMarkdownParts(result, details)].join('');
}
/** Finding rows per part of `summaryMarkdownParts`. */
const ROWS_PER_PART = 256;
/** GitHub refuses a step summary over 1 MiB (and then shows none of it). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Kept free for the gate's own section, the note on what was left out and the footer. */
const RESERVED_BYTES = 96 * 1024;
/**
 * `summaryMarkdown` in consecutive parts (their concatenation is the same text), made as they are
 * read: with thousands of findings the whole table need never be one string. The text stays under
 * `limit` bytes: finding rows past the budget are counted instead of shown (every finding is still
 * in the result file and SARIF), and a gate section too long for what is left is cut at a line.
 */
function* summaryMarkdownParts(result, details, limit = SUMMARY_LIMIT_BYTES) {
    const auditNote = result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit mode: not blocking)' : '';
    let lines = [];
    let used = 0;
    const add = (line) => {
        lines.push(line);
        used += Buffer.byteLength(line, 'utf8') + 1;
    };
    add(`### ${ICON[result.verdict]} ${result.gate}: ${result.verdict}${auditNote}`);
    add('');
    add(escapeCell(result.summary));
    add('');
    const footer = `<sub>ci-intel ${result.gate} \u00b7 ${result.durationMs.toFixed(1)} ms \u00b7 mode ${result.mode}</sub>`;
    const rowBudget = Math.max(0, limit - RESERVED_BYTES);
    if (result.findings.length) {
        add('| severity | rule | where | finding | fix |');
        add('| --- | --- | --- | --- | --- |');
        let shown = 0;
        for (const f of result.findings) {
            const row = `| ${f.severity} | \`${f.rule}\` | ${location(f)} | ${escapeCell(f.message)} | ${escapeCell(f.help ?? '')} |`;
            if (used + Buffer.byteLength(row, 'utf8') + 1 > rowBudget)
                break;
            add(row);
            shown++;
            if (lines.length >= ROWS_PER_PART) {
                yield lines.join('\n') + '\n';
                lines = [];
            }
        }
        add('');
        const left = result.findings.length - shown;
        if (left > 0) {
            add(`${left} more of the ${result.findings.length} findings are not shown: GitHub shows no step summary over 1 MiB. All of them are in the result file (and the SARIF file when one is written).`);
            add('');
        }
    }
    if (details) {
        let text = details.trimEnd();
        const room = limit - used - Buffer.byteLength(footer, 'utf8') - 512;
        if (Buffer.byteLength(text, 'utf8') > room) {
            const cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
            const atLine = cut.lastIndexOf('\n');
            text = `${atLine > 0 ? cut.slice(0, atLine) : ''}\n\n\u2026 the rest of this section is not shown: GitHub shows no step summary over 1 MiB.`;
        }
        add(text);
        add('');
    }
    add(footer);
    add('');
    yield lines.join('\n');
}


/***/ }),

/***/ 6613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ parseStrictJson),
/* harmony export */   sT: () => (/* binding */ JsonDocumentError)
/* harmony export */ });
/* unused harmony exports parseStrictJsonBytes, parseJsonOrJsonLines */
/**
 * JSON as a verdict may depend on it: `JSON.parse` keeps the last of duplicate keys, so
 * `{"result":"fail","result":"pass"}` reads as a pass to one tool and a fail to another. Every
 * document a decision rests on (evidence, bundles, manifests, configs, reports) is parsed here,
 * and a duplicate key is refused with its name, JSON pointer and line. One linear pass.
 */
class JsonDocumentError extends Error {
    line;
    pointer;
    name = 'JsonDocumentError';
    constructor(message, line, pointer) {
        super(message);
        this.line = line;
        this.pointer = pointer;
    }
}
/** A JSON.parse message without the (possibly binary or secret) input it quotes. */
function cleanParseError(err) {
    const m = err.message ?? String(err);
    return m
        .replace(/, "[\s\S]*" is not valid JSON$/, '')
        .replace(/^Unexpected token '(.)', "[\s\S]*$/, "Unexpected token '$1'")
        .replace(/[^\x20-\x7e]/g, '?')
        .slice(0, 200);
}
function pointerToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Throws JsonDocumentError at the first duplicate key of a document JSON.parse accepted. */
function refuseDuplicateKeys(text, source) {
    const stack = [];
    let line = 1;
    const path = () => stack
        .slice(0, -1)
        .map((f) => '/' + pointerToken(f.at))
        .join('');
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) {
            line++;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            stack.push({
                object: c === 0x7b,
                keys: c === 0x7b ? new Set() : undefined,
                expectKey: c === 0x7b,
                at: '0',
                index: 0
            });
        }
        else if (c === 0x7d || c === 0x5d) {
            stack.pop();
        }
        else if (c === 0x2c /* , */) {
            const top = stack[stack.length - 1];
            if (top) {
                if (top.object)
                    top.expectKey = true;
                else
                    top.at = String(++top.index);
            }
        }
        else if (c === 0x22 /* " */) {
            let j = i + 1;
            let escaped = false;
            for (; j < text.length; j++) {
                const d = text.charCodeAt(j);
                if (d === 0x5c) {
                    j++;
                    escaped = true;
                }
                else if (d === 0x22)
                    break;
            }
            const top = stack[stack.length - 1];
            if (top?.object && top.expectKey) {
                const raw = text.slice(i + 1, j);
                const key = escaped ? JSON.parse(text.slice(i, j + 1)) : raw;
                if (top.keys.has(key)) {
                    const where = `${path()}/${pointerToken(key)}`;
                    throw new JsonDocumentError(`${source}: duplicate key ${JSON.stringify(key).slice(0, 120)} at ${where} (line ${line}); a document with duplicate keys means different things to different readers and is refused`, line, where);
                }
                top.keys.add(key);
                top.at = key;
                top.expectKey = false;
            }
            i = j;
        }
    }
}
/** Parse JSON text, refusing duplicate keys. `source` names the document in every message. */
function parseStrictJson(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch (err) {
        throw new JsonDocumentError(`${source} is not valid JSON: ${cleanParseError(err)}`);
    }
    if (typeof doc === 'object' && doc !== null)
        refuseDuplicateKeys(body, source);
    return doc;
}
/** Parse UTF-8 bytes as strict JSON (invalid UTF-8 is refused, not replaced). */
function parseStrictJsonBytes(bytes, source) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new JsonDocumentError(`${source} is not UTF-8 text`);
    }
    return parseStrictJson(text, source);
}
/**
 * Text that is either one JSON document (possibly pretty-printed) or JSON Lines (bundles from
 * `gh attestation download`, trusted roots from `gh attestation trusted-root`), every record
 * parsed strictly. A document that is valid JSON but repeats a key is refused as it is \u2014 it is
 * never re-read as JSON Lines. Blank lines between records are skipped.
 */
function parseJsonOrJsonLines(text, source) {
    const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trim();
    if (body === '')
        throw new JsonDocumentError(`${source}: the file is empty`);
    try {
        return [{ value: parseStrictJson(body, source), of: 1 }];
    }
    catch (err) {
        if (err instanceof JsonDocumentError && err.pointer !== undefined)
            throw err;
    }
    const lines = body.split(/\r?\n/);
    const nonBlank = lines.filter((l) => l.trim() !== '').length;
    const out = [];
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        const where = `${source}:${i + 1}`;
        let value;
        try {
            value = parseStrictJson(line, where);
        }
        catch (err) {
            if (err instanceof JsonDocumentError && err.pointer !== undefined)
                throw err;
            throw new JsonDocumentError(`${where}: not JSON and not JSON Lines: ${err instanceof Error ? err.message.replace(`${where} is not valid JSON: `, '') : String(err)}`, i + 1);
        }
        out.push({ value, line: i + 1, of: nonBlank });
    });
    return out;
}


/***/ }),

/***/ 6101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 2422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qg: () => (/* binding */ drFreshness)
});

// UNUSED EXPORTS: RULES, createDrFreshness

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __nccwpck_require__(8415);
// EXTERNAL MODULE: ./lib/drill/timestamp.js
var timestamp = __nccwpck_require__(6101);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/build-registry.js
var build_registry = __nccwpck_require__(1855);
// EXTERNAL MODULE: ./lib/core/hub-root.js
var hub_root = __nccwpck_require__(7669);
;// CONCATENATED MODULE: ./lib/core/schemas.js
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
        const load = (0,external_node_module_.createRequire)((0,external_node_path_.join)((0,hub_root/* hubRoot */.G)(), 'package.json'));
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
    if (!(0,build_registry/* schemasCompiledAtBuild */.jO)())
        return;
    for (const name of names) {
        if (compiled.has(name))
            continue;
        const load = (0,build_registry/* registeredSchemaLoader */.zv)(name);
        if (!load)
            throw notInBundle(name);
        compiled.set(name, (await load()));
    }
}
function schemaValidator(name) {
    let v = compiled.get(name);
    if (!v) {
        if ((0,build_registry/* schemasCompiledAtBuild */.jO)()) {
            if (!(0,build_registry/* registeredSchemaLoader */.zv)(name))
                throw notInBundle(name);
            throw new Error(`internal: the validator of schema/${name} is not loaded yet (await loadSchemaValidators('${name}') before validating)`);
        }
        const schema = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,hub_root/* hubRoot */.G)(), 'schema', name), 'utf8'));
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

// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(6613);
;// CONCATENATED MODULE: ./lib/drill/evidence.js
/** Drill evidence documents (schema/dr-freshness-evidence.v1.json): read, validate, extract. */



const EVIDENCE_SCHEMA = 'dr-freshness-evidence.v1.json';
/** Drill evidence is a few hundred bytes; anything over this is not evidence. */
const MAX_EVIDENCE_BYTES = 1024 * 1024;
/** Load the validator of schema/dr-freshness-evidence.v1.json (in a bundle, its chunk); await it before `parseEvidence`. */
function loadEvidenceValidator() {
    return loadSchemaValidators(EVIDENCE_SCHEMA);
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
    const validate = schemaValidator(EVIDENCE_SCHEMA);
    if (!validate(doc)) {
        return {
            ok: false,
            problems: describeSchemaErrors(validate.errors).map((p) => `${source}: ${p.replace(/^\/drill\//, 'drill.').replace(/^\/drill:/, 'drill:')}`)
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

// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(4630);
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
    const text = (0,read_file/* readRegularTextFile */.I)(file, {
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
    const { readZipText, ZipError } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(809)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8809));
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
function createDrFreshness(loadApi = () => Promise.all(/* import() */[__nccwpck_require__.e(651), __nccwpck_require__.e(750)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5750))) {
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


/***/ }),

/***/ 4049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ detailsMarkdown)
/* harmony export */ });
/* unused harmony export sourceLine */
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6893);
/** The job-summary section: the drill's age against its budget, RPO/RTO against theirs. */

const STATUS = {
    ok: '\u2705 within budget',
    over: '\u274c over budget',
    error: '\u26d4 cannot tell',
    unverified: '\u26a0\ufe0f not checked'
};
const LABEL = {
    age: 'Age of last successful drill',
    result: 'Drill result',
    rpo: 'RPO (data loss)',
    rto: 'RTO (time to recover)'
};
function sourceLine(source) {
    if (source.kind === 'file')
        return `Evidence: \`${source.path}\``;
    const run = source.run;
    const runText = run
        ? run.url
            ? `[run ${run.number ?? run.id}](${run.url})`
            : `run ${run.id}`
        : 'no successful run';
    const artifact = source.artifact
        ? `, artifact \`${source.artifact.name}\`${source.artifact.file ? ` \u2192 \`${source.artifact.file}\`` : ''}`
        : '';
    return `Source: ${runText} of \`${source.workflow}\` on \`${source.branch}\` in \`${source.repository}\`${artifact}`;
}
function detailsMarkdown(evidence) {
    if (!evidence.checks?.length && !evidence.source)
        return undefined;
    const lines = [];
    if (evidence.source)
        lines.push(sourceLine(evidence.source), '');
    if (evidence.checks?.length) {
        lines.push(`| check | drill${evidence.drill?.type ? ` (${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(evidence.drill.type)})` : ''} | budget | status |`);
        lines.push('| --- | --- | --- | --- |');
        for (const c of evidence.checks) {
            lines.push(`| ${LABEL[c.check]} | ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.actual)} | ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.expected)} | ${STATUS[c.status]} |`);
        }
        lines.push('');
    }
    if (evidence.now)
        lines.push(`Judged at ${evidence.now}.`);
    return lines.join('\n');
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3457);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
