import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer"));

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

/***/ 643:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:perf_hooks") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks"));

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url"));

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os"));

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process"));

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("tty") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty"));

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("util") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util"));

/***/ }),

/***/ 530:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1805);
/* harmony import */ var _gates_secretless_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1410);
/* harmony import */ var _gates_secretless_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6432);



await (0,_core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_gates_secretless_index_js__WEBPACK_IMPORTED_MODULE_1__/* .secretless */ .mq, {
    details: (result) => (0,_gates_secretless_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .detailsMarkdown */ .G)(result.evidence)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8244:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1467);
/* harmony import */ var _actions_secretless_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(530);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_actions_secretless_js__WEBPACK_IMPORTED_MODULE_1__]);
_actions_secretless_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1467:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1855);

_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBundleEntry */ .SK(import.meta.url);
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("secretless", "{\"gate\":\"secretless\",\"name\":\"ci-intel secretless\",\"description\":\"Proves the job holds no long-lived credentials while it runs: scans the gate's own environment, every readable /proc/<pid>/environ of the job's uid (counting the ones the kernel refuses) and the files jobs leave credentials in (docker, npm, AWS, gcloud, kubeconfig, git extraheader), by name and by value (GitHub, AWS, PEM, JWT, secretlint's recommended rules, keyword-gated entropy). Only allowed names and tokens whose readable expiry is within max-token-ttl may be present. Reports names, locations and `***<rule>:<sha256 prefix>***`, never a value.\",\"inputs\":[{\"name\":\"processes\",\"description\":\"Sweep /proc/<pid>/environ of every process of the gate's uid (false: only the gate's own environment and the files).\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"files\",\"description\":\"Credentials files or folders to scan (~ is HOME; relative paths are in the workspace). Absent files are fine.\",\"required\":false,\"default\":\"~/.docker/config.json, ~/.npmrc, ~/.aws/credentials, ~/.config/gcloud, ~/.kube/config, .git/config\",\"type\":\"list\"},{\"name\":\"allow-names\",\"description\":\"Environment variables that may hold a credential: the runner's own short-lived tokens. ACTIONS_ID_TOKEN_REQUEST_TOKEN is allowed only beside ACTIONS_ID_TOKEN_REQUEST_URL (id-token: write granted).\",\"required\":false,\"default\":\"GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN\",\"type\":\"list\"},{\"name\":\"max-token-ttl\",\"description\":\"A token whose expiry can be read (a JWT, a stateless ghs_<app>_<JWT> token) is allowed when it lives at most this long from issue.\",\"required\":false,\"default\":\"6h\",\"type\":\"duration\",\"min\":60000,\"max\":2592000000,\"integer\":false},{\"name\":\"token-issuers\",\"description\":\"Issuers (JWT iss) whose short-lived tokens are allowed; empty: any issuer's.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"library-rules\",\"description\":\"Also run secretlint's recommended rules (Slack, Stripe, OpenAI, database URLs \u2026) beside the gate's own; false: the gate's own rules only (faster on large files).\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"on-unreadable\",\"description\":\"A process of the gate's uid whose environ the kernel refuses: error (fail closed) or warn.\",\"required\":false,\"default\":\"error\",\"type\":\"choice\",\"options\":[\"error\",\"warn\"]},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"credentials\",\"description\":\"Number of credentials that are not allowed (long-lived, too long a TTL, untrusted issuer).\"},{\"name\":\"allowed\",\"description\":\"Number of credentials present and allowed (allowed names and short-lived tokens).\"},{\"name\":\"processes-read\",\"description\":\"Number of process environments read.\"},{\"name\":\"processes-unreadable\",\"description\":\"Number of processes of the gate's uid that could not be read.\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"}],\"permissions\":{},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/secretless/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSchemaValidators */ .Km({});


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

/***/ 1805:
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

// EXTERNAL MODULE: ./lib/core/redact.js + 1 modules
var redact = __nccwpck_require__(7908);
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
// EXTERNAL MODULE: ./lib/core/lazy-crypto.js
var lazy_crypto = __nccwpck_require__(7495);
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
        const fingerprint = (0,lazy_crypto/* nodeCrypto */.SI)()
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
    const loaded = (0,lazy_crypto/* nodeCryptoIfLoaded */.Y)();
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
    const redactor = options.redactor ?? new redact/* Redactor */.pO();
    let spec = options.spec;
    let evaluation;
    let inputs;
    let mode = modeOf(raw);
    let configEvidence;
    try {
        spec ??=
            (0,build_registry/* registeredActionSpec */.wP)(gate.name) ??
                (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1376))).loadActionSpec(gate.name);
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
                ? await (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(813)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3813))).loadLayers({
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
    const spec = (0,build_registry/* registeredActionSpec */.wP)(gate.name) ?? (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1376))).loadActionSpec(gate.name);
    const redactor = new redact/* Redactor */.pO();
    // Tokens learnt during the run (a registry's bearer token) are masked in the runner log too.
    (0,redact/* onSecretRegistered */.AF)((form) => setSecret(form));
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
/* harmony export */   wP: () => (/* binding */ registeredActionSpec)
/* harmony export */ });
/* unused harmony exports schemasCompiledAtBuild, registeredSchemaLoader, registeredBundleEntry */
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

/***/ 7495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ nodeCrypto),
/* harmony export */   Y: () => (/* binding */ nodeCryptoIfLoaded)
/* harmony export */ });
/* unused harmony export provideNodeCrypto */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
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
    loaded ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:crypto');
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


/***/ }),

/***/ 4630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRegularTextFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   tJ: () => (/* binding */ FileReadError)
/* harmony export */ });
/* unused harmony export readRegularFileChunks */
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

/***/ 7908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ Redactor),
  AF: () => (/* binding */ onSecretRegistered),
  eo: () => (/* binding */ secretForms)
});

// UNUSED EXPORTS: registerSecret

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

/***/ 1410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mq: () => (/* binding */ secretless)
});

// UNUSED EXPORTS: DEFAULT_CREDENTIAL_FILES, RULES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(4630);
;// CONCATENATED MODULE: ./lib/secrets/credential-files.js
/**
 * The files a job leaves credentials in (`docker login`, `npm login`, `aws configure`,
 * `gcloud auth`, a kubeconfig, `actions/checkout`'s persisted extraheader), each read through
 * the one file reader with a byte limit; a folder (`~/.config/gcloud`) is walked without
 * following symlinked folders, bounded in depth and count.
 */



const DEFAULT_CREDENTIAL_FILES = (/* unused pure expression or super */ null && ([
    '~/.docker/config.json',
    '~/.npmrc',
    '~/.aws/credentials',
    '~/.config/gcloud',
    '~/.kube/config',
    '.git/config'
]));
/** `~/x` under `home`, a relative path under `workspace`. */
function expandPath(given, home, workspace) {
    if (given === '~' || given.startsWith('~/')) {
        if (!home)
            throw new Error(`'${given}' names the home folder, but HOME is not set`);
        return (0,external_node_path_.join)(home, given.slice(2));
    }
    return (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(workspace, given);
}
function readOne(shown, path, limits) {
    try {
        const buf = (0,read_file/* readRegularFile */.XF)(path, { maxBytes: limits.maxFileBytes, what: 'credentials file' });
        return { shown, path, status: 'read', bytes: buf.length, text: buf.toString('latin1') };
    }
    catch (err) {
        const code = err instanceof read_file/* FileReadError */.tJ ? err.code : undefined;
        if (code === 'ENOENT')
            return { shown, path, status: 'absent' };
        if (code === 'too-large')
            return { shown, path, status: 'too-large', reason: `over ${limits.maxFileBytes} bytes` };
        if (code === 'not-regular')
            return { shown, path, status: 'not-regular' };
        return { shown, path, status: 'unreadable', reason: code ?? 'error' };
    }
}
/** Read `given` (a file or a folder of files). */
function readCredentialPath(given, path, limits) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(path);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return [{ shown: given, path, status: 'absent' }];
        return [{ shown: given, path, status: 'unreadable', reason: code ?? 'error' }];
    }
    if (!st.isDirectory())
        return [readOne(given, path, limits)];
    const out = [];
    let truncated = false;
    const walk = (dir, shown, depth) => {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir).sort();
        }
        catch (err) {
            out.push({
                shown,
                path: dir,
                status: 'unreadable',
                reason: err.code ?? 'error'
            });
            return;
        }
        for (const name of names) {
            if (out.length >= limits.maxFiles) {
                truncated = true;
                return;
            }
            const p = (0,external_node_path_.join)(dir, name);
            const s = `${shown}/${name}`;
            let ls;
            try {
                ls = (0,external_node_fs_.lstatSync)(p);
            }
            catch {
                continue; // removed while walking
            }
            if (ls.isDirectory()) {
                if (depth < limits.maxDepth)
                    walk(p, s, depth + 1);
            }
            else if (ls.isFile() || ls.isSymbolicLink())
                out.push(readOne(s, p, limits));
        }
    };
    walk(path, given, 1);
    if (truncated) {
        out.push({ shown: given, path, status: 'truncated', reason: `over ${limits.maxFiles} files` });
    }
    return out;
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = (process.getBuiltinModule?.("node:buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer"));
;// CONCATENATED MODULE: ./lib/secrets/environ.js
/**
 * `/proc/<pid>/environ` as entries: NUL-separated `NAME=value` strings, read as bytes. Text that
 * is not UTF-8 (binary junk) is kept byte for byte (latin1) so a credential inside it is still
 * found; an entry without `=` is kept as a value with no name.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decode(bytes) {
    if ((0,external_node_buffer_namespaceObject.isAscii)(bytes))
        return { text: bytes.toString('latin1'), binary: false };
    try {
        return { text: utf8.decode(bytes), binary: false };
    }
    catch {
        return { text: bytes.toString('latin1'), binary: true };
    }
}
function push(out, text) {
    const eq = text.indexOf('=');
    if (eq <= 0) {
        out.malformed++;
        out.entries.push({ name: '', value: eq === 0 ? text.slice(1) : text });
    }
    else
        out.entries.push({ name: text.slice(0, eq), value: text.slice(eq + 1) });
}
function parseEnviron(buf) {
    const out = { entries: [], binary: 0, malformed: 0 };
    if ((0,external_node_buffer_namespaceObject.isAscii)(buf)) {
        // The common case: one decode for the whole environment.
        for (const text of buf.toString('latin1').split('\u0000'))
            if (text)
                push(out, text);
        return out;
    }
    let start = 0;
    while (start < buf.length) {
        let end = buf.indexOf(0, start);
        if (end < 0)
            end = buf.length;
        if (end > start) {
            const { text, binary } = decode(buf.subarray(start, end));
            if (binary)
                out.binary++;
            push(out, text);
        }
        start = end + 1;
    }
    return out;
}
/** The entries of a live environment (process.env). */
function entriesOf(env) {
    const out = [];
    for (const [name, value] of Object.entries(env))
        if (value !== undefined)
            out.push({ name, value });
    return out;
}

// EXTERNAL MODULE: ./lib/core/lazy-crypto.js
var lazy_crypto = __nccwpck_require__(7495);
;// CONCATENATED MODULE: ./lib/secrets/fingerprint.js
/**
 * How a detected credential appears in anything the hub writes: `***<rule>:<sha256 prefix>***`,
 * the whole match replaced (never cut at a `.`, a `_` or a line break), so two reports can be
 * compared by hash without either holding the value.
 */

/** Hex digits of sha256 kept: enough to tell values apart, far too few to search for one. */
const FINGERPRINT_HEX = 12;
function fingerprint(value) {
    // node:crypto on first use: a run that finds no credential hashes nothing.
    return (0,lazy_crypto/* nodeCrypto */.SI)()
        .createHash('sha256')
        .update(value, 'utf8')
        .digest('hex')
        .slice(0, FINGERPRINT_HEX);
}
function placeholder(rule, value) {
    return `***${rule}:${fingerprint(value)}***`;
}

;// CONCATENATED MODULE: ./lib/secrets/library-screen.js
/**
 * An exact pre-screen for the secretlint rules (`library-rules.ts`): a text goes to secretlint
 * only when some rule could report in it, and a run none of whose texts could get a report never
 * loads secretlint (a third of the bundle).
 *
 * For each rule of the recommended preset, as this hub calls it \u2014 one `lintSource` per batch
 * named {@link LIBRARY_SOURCE_PATH} (not a package.json nor an .npmrc) and given no `ext`,
 * default rule options \u2014 the patterns it reports from, with what can only narrow a match left out:
 * lookbehinds, lookaheads and `\b`, optional parts at either end, a pattern's tail after a
 * prefix every match starts with, and the checks a rule makes after a match (placeholders,
 * allow-lists, decoding). So every text a rule reports in matches one of its screens, with the
 * rule's own flags; a text that matches none cannot get a report.
 *
 * No pattern of the preset matches across the batch separator (`\n\0\n`, see library-rules.ts),
 * so each value is screened alone. The screens are written for one version of the preset:
 * {@link SCREENED_PRESET} records it and its file's hash, and a test fails when the installed
 * preset differs, when a rule is added or removed, or when a secretlint report falls in a text
 * the screen let pass by (test/secretless/library-screen.test.ts).
 */
/**
 * The `filePath` every batch is linted under (and no `ext` is given): the file-type rules \u2014 npm's
 * package.json and .npmrc patterns, gcp's .json and .p12 checks \u2014 stay off.
 */
const LIBRARY_SOURCE_PATH = 'secretless-batch';
/** The preset (and core) the screens were written against. */
const SCREENED_PRESET = {
    core: '13.1.0',
    preset: '13.1.0',
    /** sha256 of @secretlint/secretlint-rule-preset-recommend/module/index.js. */
    sha256: 'fdaf699ca19965cf0a7a7c1252cec25b89076ffbd6a0e21d61634316fac2fd95'
};
const S = (re, any, all) => all ? { re, any, all } : { re, any };
const P = '@secretlint/secretlint-rule-';
const DB_AUTH = String.raw `[^:\/\s]{1,100}:[^@\/\s]{1,200}@`;
/** One entry per rule of the preset, in the preset's order (filter-comments is not run). */
const RULE_SCREENS = [
    {
        id: `${P}aws`,
        // enableIDScanRule is off by default: only the secret-access-key pattern runs.
        patterns: [
            S(/(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?\s*(?::|=>|=)\s*["']?[A-Za-z0-9/+=]{40}/, ['SECRET', 'secret', 'Secret'])
        ],
        why: 'the secret-access-key pattern without its optional AWS prefix, opening quote and closing quote/boundary'
    },
    {
        id: `${P}gcp`,
        patterns: [],
        why: 'reads only sources whose ext is .json or .p12; the batch is given no ext'
    },
    {
        id: `${P}privatekey`,
        patterns: [
            S(/-----BEGIN[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----/, [
                'PRIVATE KEY'
            ])
        ],
        why: 'the BEGIN line every PEM match starts with'
    },
    {
        id: `${P}npm`,
        // The x-oauth-basic (package.json) and _authToken (.npmrc) patterns need those file names.
        patterns: [S(/npm_[A-Za-z0-9_]{36}/u, ['npm_'])],
        why: 'the access-token pattern without its boundaries; the file-name patterns are off for the batch'
    },
    {
        id: `${P}basicauth`,
        patterns: [
            S(/(?:https?|ftp|ftps):\/\/[-a-zA-Z0-9_]{1,256}:[-a-zA-Z0-9_]{1,256}@[-a-zA-Z0-9%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}/, ['://'], ['@'])
        ],
        why: 'the URL pattern without its closing boundary and the placeholder checks'
    },
    {
        id: `${P}slack`,
        patterns: [
            S(/(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr)-(?:\d-)?(?:[a-zA-Z0-9]{1,40}-)+[a-zA-Z0-9]{1,40}/, [
                'xoxb-',
                'xoxp-',
                'xapp-',
                'xoxa-',
                'xoxo-',
                'xoxr-'
            ]),
            S(/https:\/\/hooks\.slack\.com\/services\/T[a-zA-Z0-9]{1,40}\/B[a-zA-Z0-9]{1,40}\/[a-zA-Z0-9]{1,40}/i, ['hooks.slack.com/services/'])
        ],
        why: 'the token pattern without its boundaries; the webhook pattern as it is'
    },
    {
        id: `${P}sendgrid`,
        patterns: [S(/SG\.\w{1,128}\.\w/u, ['SG.'])],
        why: 'the prefix of every match (the rule then needs 69 characters)'
    },
    {
        id: `${P}shopify`,
        patterns: [
            S(/(?:shppa|shpca|shpat|shpss)_[a-zA-Z0-9]{32,64}/u, ['shppa_', 'shpca_', 'shpat_', 'shpss_'])
        ],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}stripe`,
        patterns: [
            S(/(?:sk_live|sk_test|rk_live|rk_test)_[a-zA-Z0-9]{24,99}/u, [
                'sk_live_',
                'sk_test_',
                'rk_live_',
                'rk_test_'
            ])
        ],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}github`,
        patterns: [
            S(/(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}/u, ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']),
            S(/github_pat_[A-Za-z0-9_]{82}/u, ['github_pat_']),
            S(/ghs_[0-9]{1,20}_[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,10000}\.[A-Za-z0-9_-]{1,1000}/u, [
                'ghs_'
            ])
        ],
        why: 'the classic, fine-grained and app-installation patterns without their lookarounds'
    },
    {
        id: `${P}gitlab`,
        patterns: [S(/glpat-[A-Za-z0-9_-]{20,128}/u, ['glpat-'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}grafana`,
        patterns: [
            S(/glc_[A-Za-z0-9+/]{32,400}/u, ['glc_']),
            S(/glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/u, ['glsa_'])
        ],
        why: 'the cloud-token pattern without its padding and lookarounds; the service-account pattern without its lookarounds'
    },
    {
        id: `${P}openai`,
        patterns: [
            S(/sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})/, ['T3BlbkFJ'], ['sk-']),
            S(/sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}/, ['T3BlbkFJ'], ['sk-'])
        ],
        why: 'both alternatives of the pattern without the boundary'
    },
    {
        id: `${P}anthropic`,
        patterns: [S(/sk-ant-api0\d-[A-Za-z0-9_-]{90,128}AA/u, ['sk-ant-api0'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}groq`,
        patterns: [S(/gsk_[a-zA-Z0-9]{52}/u, ['gsk_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}huggingface`,
        patterns: [S(/hf_[a-zA-Z]{34}/u, ['hf_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}linear`,
        patterns: [S(/lin_api_[a-zA-Z0-9_]{32,128}/u, ['lin_api_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}notion`,
        patterns: [S(/ntn_[0-9]{11}[A-Za-z0-9]{35}/u, ['ntn_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}1password`,
        patterns: [S(/ops_ey[A-Za-z0-9+/=]{100,1280}fQ/u, ['ops_ey'])],
        why: 'the pattern without its padding and lookarounds (the rule then decodes the JSON)'
    },
    {
        id: `${P}database-connection-string`,
        // Each URI pattern reports only when its optional user:password@ group matched.
        patterns: [
            S(new RegExp(String.raw `mongodb(?:\+srv)?:\/\/${DB_AUTH}`, 'i'), ['mongodb'], ['@']),
            S(new RegExp(String.raw `mysql(?:x)?:\/\/${DB_AUTH}`, 'i'), ['mysql'], ['@']),
            S(new RegExp(String.raw `postgres(?:ql)?:\/\/${DB_AUTH}`, 'i'), ['postgres'], ['@'])
        ],
        why: 'the MongoDB, MySQL and PostgreSQL URIs up to their user:password@ (a match without it is not reported)'
    },
    {
        id: `${P}hashicorp-vault`,
        patterns: [
            S(/hvs\.[A-Za-z0-9_-]{90,120}/u, ['hvs.']),
            S(/hvb\.[A-Za-z0-9_-]{138,300}/u, ['hvb.']),
            S(/hvr\.[A-Za-z0-9_-]{90,120}/u, ['hvr.'])
        ],
        why: 'the service, batch and recovery patterns without their lookarounds'
    },
    {
        id: `${P}vercel`,
        patterns: [
            S(/(?:vcp|vci|vca|vcr|vck)_[A-Za-z0-9]{20,60}/u, ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'])
        ],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}databricks`,
        patterns: [S(/dapi[A-Fa-f0-9]{32}/u, ['dapi'])],
        why: 'the pattern without its optional suffix and lookarounds'
    },
    {
        id: `${P}docker`,
        patterns: [S(/dckr_pat_[a-zA-Z0-9_-]{27}/u, ['dckr_pat_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}figma`,
        patterns: [S(/figd_[A-Za-z0-9_-]{40,200}/u, ['figd_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}cloudflare`,
        patterns: [S(/(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}/u, ['cfk_', 'cfut_', 'cfat_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}tailscale`,
        patterns: [S(/tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}/u, ['tskey-'])],
        why: 'the pattern without its lookarounds'
    }
];
/** The secretlint rules run, by id (for the evidence and the docs). */
const LIBRARY_RULE_IDS = RULE_SCREENS.map((r) => r.id);
/** The screens in one list, each with whether its literals are looked for in lowercase. */
const SCREENS = RULE_SCREENS.flatMap((r) => r.patterns.map((p) => ({ ...p, all: p.all ?? [], lower: p.re.ignoreCase })));
function holds(text, any, all) {
    let found = false;
    for (const l of any) {
        if (text.includes(l)) {
            found = true;
            break;
        }
    }
    if (!found)
        return false;
    for (const l of all)
        if (!text.includes(l))
            return false;
    return true;
}
/** No literal holds a newline or a NUL, so none is found across two texts joined with this. */
const JOIN = '\n\u0000\n';
/**
 * The indexes of the `texts` some secretlint rule could report in; any other text cannot get a
 * report. The literals are looked for once in all the texts together (most runs find none and
 * stop there), then text by text only for the screens whose literals were found.
 */
function screenLibrary(texts) {
    if (!texts.length)
        return [];
    const joined = texts.join(JOIN);
    let lowerJoined;
    const live = SCREENS.filter((s) => holds(s.lower ? (lowerJoined ??= joined.toLowerCase()) : joined, s.any, s.all));
    if (!live.length)
        return [];
    const out = [];
    for (let i = 0; i < texts.length; i++) {
        const text = texts[i];
        let lower;
        for (const s of live) {
            if (!holds(s.lower ? (lower ??= text.toLowerCase()) : text, s.any, s.all))
                continue;
            if (s.re.test(text)) {
                out.push(i);
                break;
            }
        }
    }
    return out;
}
/** Whether some secretlint rule could report in `text`; false means none can. */
function mayMatchLibrary(text) {
    return screenLibrary([text]).length > 0;
}

;// CONCATENATED MODULE: ./lib/secrets/library-rules.js
/**
 * The maintained rule library: secretlint's recommended preset, run as a library over many
 * values in one pass (one `lintSource` call per batch, not per value). Only each report's rule
 * id and range are used \u2014 secretlint's messages quote the secret and are never read. The
 * `filter-comments` rule is left out: a `secretlint-disable` written into a value would
 * otherwise switch the scan off for it.
 *
 * Only the values an exact pre-screen (`library-screen.ts`) lets through are linted, and
 * secretlint is imported on first use: a run none of whose values or files could get a
 * secretlint report never loads it.
 */


const PREFIX = '@secretlint/secretlint-rule-';
const SKIP = new Set([`${PREFIX}filter-comments`]);
/**
 * Between two values, and before the first: no secretlint pattern spans a blank line and a NUL.
 * The leading one also keeps a value's byte-order mark from being the batch's (secretlint drops
 * a leading BOM, which would shift every range by one).
 */
const SEPARATOR = '\n\u0000\n';
class LibraryRulesError extends Error {
    name = 'LibraryRulesError';
}
let library;
/** secretlint and its rules, imported once, on first use. */
function loadLibrary() {
    library ??= (async () => {
        const [core, profiler, preset] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 707).then(__nccwpck_require__.bind(__nccwpck_require__, 6707)),
            __nccwpck_require__.e(/* import() */ 806).then(__nccwpck_require__.bind(__nccwpck_require__, 806)),
            __nccwpck_require__.e(/* import() */ 577).then(__nccwpck_require__.bind(__nccwpck_require__, 1577))
        ]);
        /**
         * secretlint's profiler is on unless switched off: a performance mark per rule and per
         * source, kept by a PerformanceObserver for a report this gate never asks for. Off, nothing
         * is timed; what the rules report is the same.
         */
        profiler.secretLintProfiler.setEnabled(false);
        const rules = preset.rules
            .filter((r) => !SKIP.has(r.meta.id))
            .map((r) => ({ id: r.meta.id, rule: r }));
        // The pre-screen covers these rules and no others: a preset that differs is not run blind.
        const ids = rules.map((r) => r.id).join(',');
        if (ids !== LIBRARY_RULE_IDS.join(',')) {
            throw new LibraryRulesError('the bundled secretlint rules differ from those the pre-screen was written for (library-screen.ts)');
        }
        return { lintSource: core.lintSource, rules };
    })();
    return library;
}
/**
 * secretlint's reports for each of `values`, with ranges relative to each value. `screen:
 * false` hands every value to secretlint (the tests compare both ways).
 */
async function matchLibraryRules(values, { screen = true } = {}) {
    const picked = screen ? screenLibrary(values) : values.map((_, i) => i);
    if (!picked.length)
        return [];
    const { lintSource, rules } = await loadLibrary();
    const starts = [];
    let offset = SEPARATOR.length;
    for (const i of picked) {
        starts.push(offset);
        offset += values[i].length + SEPARATOR.length;
    }
    const content = SEPARATOR + picked.map((i) => values[i]).join(SEPARATOR);
    let result;
    try {
        result = await lintSource({
            source: { filePath: LIBRARY_SOURCE_PATH, content, contentType: 'text' },
            options: {
                config: { rules: rules },
                maskSecrets: true,
                noPhysicFilePath: true
            }
        });
    }
    catch (err) {
        // Its message could quote the text it was reading: only the error's kind goes on.
        throw new LibraryRulesError(`the secretlint rules failed (${err.name ?? 'error'})`);
    }
    const out = [];
    for (const m of result.messages) {
        const [from, to] = m.range;
        // The value holding the start of the range (binary search over the starts).
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= from)
                lo = mid;
            else
                hi = mid - 1;
        }
        const base = starts[lo];
        const len = values[picked[lo]].length;
        out.push({
            index: picked[lo],
            rule: `secretlint/${m.ruleId.startsWith(PREFIX) ? m.ruleId.slice(PREFIX.length) : m.ruleId}`,
            start: Math.max(0, Math.min(len, from - base)),
            end: Math.max(0, Math.min(len, to - base))
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/secrets/process-sweep.js
/**
 * Reads the environment of every process of the sweeping uid from `/proc`. The kernel lets a
 * process read another's `environ` only when it may ptrace it: same uid and dumpable (a process
 * that called `prctl(PR_SET_DUMPABLE, 0)` or changed credentials is refused even to its own
 * uid). A process whose `/proc/<pid>` looks another uid's is confirmed from
 * `/proc/<pid>/status` (`Uid:`, world-readable): the owner of `/proc/<pid>` turns to root for a
 * non-dumpable process, and such a same-uid process is counted as unreadable, never skipped.
 */



const GONE = new Set(['ENOENT', 'ESRCH']);
const DENIED = new Set(['EACCES', 'EPERM']);
/** Numeric entries of /proc, ascending. */
function listPids(procRoot = '/proc') {
    const pids = [];
    for (const name of (0,external_node_fs_.readdirSync)(procRoot)) {
        if (/^[1-9][0-9]*$/.test(name))
            pids.push(Number(name));
    }
    return pids.sort((a, b) => a - b);
}
function codeOf(err) {
    if (err instanceof read_file/* FileReadError */.tJ)
        return err.code ?? 'EIO';
    return err.code ?? 'EIO';
}
function readStatus(dir) {
    let text;
    try {
        text = (0,read_file/* readRegularFile */.XF)(`${dir}/status`, { maxBytes: 64 * 1024 }).toString('latin1');
    }
    catch (err) {
        if (GONE.has(codeOf(err)))
            return 'gone';
        return { comm: '?' };
    }
    const name = /^Name:\t(.*)$/m.exec(text)?.[1] ?? '?';
    const uid = /^Uid:\t(\d+)/m.exec(text)?.[1];
    return uid === undefined ? { comm: name } : { comm: name, uid: Number(uid) };
}
/** The command name of a process (`?` once it has gone). */
function readComm(pid, procRoot = '/proc') {
    const dir = `${procRoot}/${pid}`;
    try {
        return (0,read_file/* readRegularFile */.XF)(`${dir}/comm`, { maxBytes: 4096 }).toString('latin1').trim() || '?';
    }
    catch {
        return '?';
    }
}
/**
 * Read one process's environment (or say why not). The owner of `/proc/<pid>` (one stat, no
 * text for the kernel to generate) settles the common case; a process it shows as another
 * uid's is confirmed from `status`, which names the real uid even of a non-dumpable process.
 */
function readProcess(pid, options) {
    const dir = `${options.procRoot ?? '/proc'}/${pid}`;
    let owner;
    try {
        owner = (0,external_node_fs_.statSync)(dir).uid;
    }
    catch {
        return { pid, comm: '?', status: 'exited' };
    }
    let rec;
    if (owner === options.uid) {
        rec = { pid, comm: '?', uid: owner, status: 'read' };
    }
    else {
        const st = readStatus(dir);
        if (st === 'gone')
            return { pid, comm: '?', status: 'exited' };
        rec = { pid, comm: st.comm, status: 'read' };
        if (st.uid !== undefined)
            rec.uid = st.uid;
        if (st.uid !== undefined && st.uid !== options.uid) {
            rec.status = 'other-uid';
            return rec;
        }
    }
    let buf;
    try {
        buf = (0,read_file/* readRegularFile */.XF)(`${dir}/environ`, { maxBytes: options.maxBytes });
    }
    catch (err) {
        const code = codeOf(err);
        // Gone: only counted, never named, so its command name is not read (tens of them on a busy
        // runner, one failed open each).
        if (GONE.has(code))
            return { ...rec, status: 'exited', reason: code };
        if (code === 'too-large')
            rec.status = 'too-large';
        else
            rec.status = 'unreadable';
        rec.reason = DENIED.has(code) ? 'permission denied' : code;
        if (rec.comm === '?')
            rec.comm = readComm(pid, options.procRoot);
        return rec;
    }
    // A zombie or a kernel thread has an empty environ; an exited process reads as empty too.
    if (buf.length === 0 && readStatus(dir) === 'gone')
        return { ...rec, status: 'exited' };
    const parsed = parseEnviron(buf);
    rec.bytes = buf.length;
    rec.entries = parsed.entries;
    if (parsed.binary)
        rec.binaryEntries = parsed.binary;
    if (parsed.malformed)
        rec.malformedEntries = parsed.malformed;
    return rec;
}
/** Every process in /proc, each read or classified. */
function sweepProcesses(options) {
    const out = [];
    for (const pid of listPids(options.procRoot)) {
        if (options.skip?.has(pid))
            continue;
        out.push(readProcess(pid, options));
    }
    return out;
}

// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(6613);
;// CONCATENATED MODULE: ./lib/secrets/jwt.js
/**
 * Reads (never verifies) a JWT's claims: the issuer and the expiry are what tell a short-lived
 * OIDC token from a long-lived credential. Duplicate claims are refused (a second `exp` could
 * otherwise say one thing to us and another to the relying party).
 */

const SEGMENT = /^[A-Za-z0-9_-]+$/;
function decodeSegment(segment) {
    if (!SEGMENT.test(segment))
        return undefined;
    let doc;
    try {
        // The parser's message would quote the text: it is dropped, never shown.
        doc = (0,strict_json/* parseStrictJson */.RJ)(Buffer.from(segment, 'base64url').toString('utf8'), 'a JWT segment');
    }
    catch {
        return undefined;
    }
    return doc && typeof doc === 'object' && !Array.isArray(doc)
        ? doc
        : undefined;
}
const num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
/** The claims of a compact JWS (`header.payload.signature`), or undefined when it is not one. */
function decodeJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    const header = decodeSegment(parts[0]);
    const payload = decodeSegment(parts[1]);
    if (!header || !payload)
        return undefined;
    const out = {};
    if (typeof header.alg === 'string')
        out.alg = header.alg;
    if (typeof payload.iss === 'string')
        out.iss = payload.iss;
    if (typeof payload.sub === 'string')
        out.sub = payload.sub;
    if (typeof payload.aud === 'string' || Array.isArray(payload.aud))
        out.aud = payload.aud;
    const exp = num(payload.exp);
    const iat = num(payload.iat);
    const nbf = num(payload.nbf);
    if (exp !== undefined)
        out.exp = exp;
    if (iat !== undefined)
        out.iat = iat;
    if (nbf !== undefined)
        out.nbf = nbf;
    return out;
}

;// CONCATENATED MODULE: ./lib/secrets/value-rules.js
/**
 * Credential formats recognised by their value, whatever the variable or key is called. Each
 * match covers the whole credential: a JWT with its three segments, the stateless
 * `ghs_<app>_<JWT>` installation token (~520 characters) with all of its JWT, a PEM key from
 * its BEGIN line to its END line.
 */

const B64URL = '[A-Za-z0-9_-]';
const VALUE_RULES = [
    {
        // Stateless installation token: ghs_<app id>_<JWT>. Fixed-length rules miss it.
        id: 'github-app-token',
        title: 'GitHub App installation token (ghs_<app>_<JWT>)',
        re: new RegExp(`\\bghs_[0-9]{1,20}_eyJ${B64URL}+\\.${B64URL}+\\.${B64URL}*`, 'g'),
        needs: ['ghs_'],
        claims: (m) => decodeJwt(m.slice(m.indexOf('_', 4) + 1))
    },
    {
        id: 'github-token',
        title: 'GitHub token (ghp_, gho_, ghu_, ghs_, ghr_)',
        re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g,
        needs: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']
    },
    {
        id: 'github-pat',
        title: 'GitHub fine-grained personal access token (github_pat_)',
        re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
        needs: ['github_pat_']
    },
    {
        id: 'private-key',
        title: 'PEM private key',
        // To the matching END line, else to the end of the text (a truncated key is still a key).
        re: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$(?![\s\S]))/g,
        needs: ['-----BEGIN ']
    },
    {
        id: 'aws-access-key-id',
        title: 'AWS access key id (AKIA\u2026, ASIA\u2026 temporary)',
        re: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b/g,
        needs: ['A3T', 'AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA']
    },
    {
        id: 'jwt',
        title: 'JSON Web Token',
        re: new RegExp(`\\beyJ${B64URL}{2,}\\.eyJ${B64URL}{2,}\\.${B64URL}*`, 'g'),
        needs: ['eyJ'],
        claims: decodeJwt
    },
    {
        id: 'npm-token',
        title: 'npm access token (npm_)',
        re: /\bnpm_[A-Za-z0-9]{36}\b/g,
        needs: ['npm_']
    },
    {
        id: 'gcp-access-token',
        title: 'Google OAuth access token (ya29.)',
        re: /\bya29\.[0-9A-Za-z_-]{20,}/g,
        needs: ['ya29.']
    },
    {
        id: 'gcp-refresh-token',
        title: 'Google OAuth refresh token (1//)',
        re: /(?<![A-Za-z0-9/])1\/\/0[0-9A-Za-z_-]{30,}/g,
        needs: ['1//0']
    }
];
/**
 * The rules that can match somewhere in `texts`: those with one of their literals in them. No
 * literal holds a newline, so joining with one finds none across two texts.
 */
function valueRulesFor(texts) {
    const joined = texts.join('\n');
    return VALUE_RULES.filter((r) => r.needs.some((l) => joined.includes(l)));
}
/**
 * Every rule match in `text`, longest-first where two overlap (the more specific rule wins).
 * `rules`: a subset that holds every rule that can match in `text` (`valueRulesFor`).
 */
function matchValueRules(text, rules = VALUE_RULES) {
    const found = [];
    for (const rule of rules) {
        rule.re.lastIndex = 0;
        for (const m of text.matchAll(rule.re)) {
            const start = m.index;
            const end = start + m[0].length;
            if (found.some((f) => start < f.end && end > f.start))
                continue;
            const hit = { rule: rule.id, start, end };
            const claims = rule.claims?.(m[0]);
            if (claims)
                hit.claims = claims;
            found.push(hit);
        }
    }
    return found.sort((a, b) => a.start - b.start);
}
/** The characters that end a credential token when a range has to be widened to all of it. */
const TOKEN_END = /[\s"'`,;&|<>(){}[\]\\=]/;
/** Widen [start, end) to the whole token around it, so a redaction never leaves a tail behind. */
function widenToToken(text, start, end) {
    let s = start;
    let e = end;
    while (s > 0 && !TOKEN_END.test(text[s - 1]))
        s--;
    while (e < text.length && !TOKEN_END.test(text[e]))
        e++;
    while (text[e] === '=')
        e++; // base64 padding belongs to the token
    return [s, e];
}

;// CONCATENATED MODULE: ./lib/secrets/name-rules.js
/**
 * Credentials recognised by the name they are stored under: an environment variable
 * (`AWS_SECRET_ACCESS_KEY`, `*_TOKEN`, `*_PRIVATE_KEY` \u2026) or a key in a credentials file
 * (`_authToken` in .npmrc, `aws_secret_access_key`, a kubeconfig `token`, a docker `auth`).
 */
/** Names that always hold a credential (checked first, most specific first). */
const NAME_RULES = [
    {
        id: 'aws-secret-access-key',
        title: 'AWS secret access key (by name)',
        re: /^(aws_)?secret_?access_?key$/i
    },
    { id: 'aws-session-token', title: 'AWS session token (by name)', re: /^aws_session_token$/i },
    {
        id: 'private-key-name',
        title: 'Private key (by name: *_PRIVATE_KEY, client-key-data)',
        re: /(^|[_.-])private[_-]?key$|^client-key(-data)?$/i
    },
    {
        id: 'docker-auth',
        title: 'Registry credential in a docker config (auth, identitytoken)',
        re: /^(auth|identitytoken|registrytoken)$/i
    },
    {
        id: 'npm-auth',
        title: 'npm registry credential (_authToken, _auth, _password)',
        re: /(^|:)_(authtoken|auth|password)$/i
    },
    {
        id: 'token-name',
        title: 'Token (by name: *_TOKEN, *_PAT, refresh_token \u2026)',
        re: /(^|[_.-])(token|pat|refresh[_-]?token|access[_-]?token|auth[_-]?token)$/i
    },
    {
        id: 'secret-name',
        title: 'Secret or password (by name: *_SECRET, *_PASSWORD, *_API_KEY, *_SECRET_KEY \u2026)',
        re: /(^|[_.-])(secret|client[_-]?secret|password|passwd|pwd|api[_-]?key|apikey|secret[_-]?key|access[_-]?key)$/i
    }
];
/** Keys named like a credential that hold identifiers, references or public material. */
const NOT_SECRET = /(public|pub|gpg|pgp|cache|primary|restore|idempotency|partition|sort|known|key_?id|keyid|fingerprint|file|path|dir|url|uri|endpoint|type|name|user(name)?|id|env|helper|store|command|cmd)$/i;
/** The name rule for `name`, or undefined when the name says nothing (or says "not secret"). */
function matchNameRule(name) {
    const last = name.split(/[/\s]/).pop() ?? name;
    if (NOT_SECRET.test(last) && !/private[_-]?key$/i.test(last))
        return undefined;
    return NAME_RULES.find((r) => r.re.test(last));
}
/** Words that gate the generic entropy rule: a random value under such a name is a credential. */
const ENTROPY_KEYWORDS = /(key|token|secret|passw|pwd|credential|auth|apikey|signature|cert)/i;

;// CONCATENATED MODULE: ./lib/secrets/entropy.js
/** Shannon entropy and the "reads like a random credential" test shared by the secret rules. */
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
/** Bits per character a generic credential must reach (gitleaks' generic-api-key uses 3.5). */
const GENERIC_ENTROPY = 3.5;
const MIN_GENERIC = 20;
/** A value that is a placeholder, a reference or an obviously non-secret setting. */
function isPlaceholder(v) {
    const t = v.trim();
    if (t === '')
        return true;
    if (/^(x+|\*+)([-_]?(x+|\*+))*$/i.test(t))
        return true; // XXXXX-XXXXX (setup-node), ****
    if (/^(true|false|null|none|undefined|0|1|yes|no)$/i.test(t))
        return true;
    if (t.includes('${{') || /^\$\{?[A-Za-z_]/.test(t) || t.includes('$('))
        return true;
    if (/^<[^>]*>$/.test(t))
        return true;
    return /(example|dummy|placeholder|changeme|redacted|your[_-]|xxxx|\*\*\*)/i.test(t);
}
/** A literal that reads like a random credential rather than a word, path, URL or placeholder. */
function looksRandom(v) {
    if (v.length < MIN_GENERIC || /\s/.test(v) || isPlaceholder(v))
        return false;
    if (/:\/\/|^[./~]|\.(pem|json|key|p12|pfx|txt|ya?ml|gpg|asc)$/i.test(v))
        return false;
    if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v))
        return false;
    return entropy(v) >= GENERIC_ENTROPY;
}

;// CONCATENATED MODULE: ./lib/secrets/detect.js
/**
 * One place that decides whether a named value holds a credential: by value (the prefix, PEM,
 * AWS and JWT rules, also inside a base64 `Basic` pair or a base64 blob), by name, and by a
 * keyword-gated entropy rule. Every detection covers the whole credential in the value.
 */



const MIN_NAMED = 8;
/** Longest value decoded as base64 to look inside (a kubeconfig client-key-data is ~2\u20134 KiB). */
const MAX_DECODE = 64 * 1024;
const BASIC = /\b[Bb]asic\s+([A-Za-z0-9+/]{8,}={0,2})/g;
const BEARER = /\b[Bb]earer\s+([A-Za-z0-9._~+/-]{16,}=*)/g;
const BASE64_BLOB = /^[A-Za-z0-9+/]{40,}={0,2}$/;
function overlaps(list, start, end) {
    return list.some((d) => start < d.end && end > d.start);
}
function fromMatch(m, kind = 'value') {
    const d = { rule: m.rule, kind, start: m.start, end: m.end };
    if (m.claims)
        d.claims = m.claims;
    return d;
}
/** The most telling rule inside decoded text: a known format, else undefined. */
function inside(decoded) {
    return matchValueRules(decoded)[0];
}
function decodeBase64(text) {
    if (text.length > MAX_DECODE)
        return undefined;
    const buf = Buffer.from(text, 'base64');
    // Printable text only: a random blob that happens to be base64 is not a credential by itself.
    const s = buf.toString('latin1');
    return /^[\t\n\r\x20-\x7e]*$/.test(s) ? s : undefined;
}
const EVERYTHING = { rules: VALUE_RULES, basic: true, bearer: true };
function detectScopeFor(values) {
    const joined = values.join('\n');
    return {
        rules: valueRulesFor(values),
        basic: joined.includes('asic'),
        bearer: joined.includes('earer')
    };
}
/**
 * Credentials in `value`, stored under `name` (an environment variable or a file key). `scope`:
 * from `detectScopeFor` over a set of values holding this one.
 */
function detect(name, value, scope = EVERYTHING) {
    const out = matchValueRules(value, scope.rules).map((m) => fromMatch(m));
    for (const m of scope.basic ? value.matchAll(BASIC) : []) {
        const start = m.index + m[0].length - m[1].length;
        const end = start + m[1].length;
        if (overlaps(out, start, end))
            continue;
        const pair = decodeBase64(m[1]);
        const colon = pair?.indexOf(':') ?? -1;
        if (pair === undefined || colon < 0 || colon === pair.length - 1)
            continue;
        const inner = inside(pair.slice(colon + 1));
        out.push({
            rule: inner?.rule ?? 'basic-auth',
            kind: 'value',
            start,
            end,
            encoding: 'base64',
            ...(inner?.claims ? { claims: inner.claims } : {})
        });
    }
    for (const m of scope.bearer ? value.matchAll(BEARER) : []) {
        const start = m.index + m[0].length - m[1].length;
        const end = start + m[1].length;
        if (!overlaps(out, start, end))
            out.push({ rule: 'bearer-token', kind: 'value', start, end });
    }
    const trimmed = value.trim();
    const lead = value.indexOf(trimmed);
    const whole = { start: lead, end: lead + trimmed.length };
    if (BASE64_BLOB.test(trimmed) && !overlaps(out, whole.start, whole.end)) {
        const decoded = decodeBase64(trimmed);
        const inner = decoded === undefined ? undefined : inside(decoded);
        if (inner) {
            out.push({
                rule: inner.rule,
                kind: 'value',
                ...whole,
                encoding: 'base64',
                ...(inner.claims ? { claims: inner.claims } : {})
            });
        }
    }
    if (out.length)
        return out.sort((a, b) => a.start - b.start);
    const byName = matchNameRule(name);
    if (byName && trimmed.length >= MIN_NAMED && !isPlaceholder(trimmed)) {
        return [{ rule: byName.id, kind: 'name', ...whole }];
    }
    if (ENTROPY_KEYWORDS.test(name) && looksRandom(trimmed)) {
        return [{ rule: 'generic-high-entropy', kind: 'entropy', ...whole }];
    }
    return [];
}
/** A library match (secretlint) widened to the whole token, unless a rule of ours has it. */
function addLibraryMatch(found, value, rule, start, end) {
    const [s, e] = widenToToken(value, Math.max(0, start), Math.min(value.length, end));
    if (e <= s || overlaps(found, s, e))
        return;
    found.push({ rule, kind: 'library', start: s, end: e });
    found.sort((a, b) => a.start - b.start);
}

;// CONCATENATED MODULE: ./lib/secrets/scan-text.js
/**
 * Credentials in a credentials file (`~/.docker/config.json`, `~/.npmrc`, `~/.aws/credentials`,
 * a kubeconfig, `.git/config`, gcloud's files): value rules over the whole text (a PEM key spans
 * lines), then every `key = value` / `key: value` line through the name and entropy rules. The
 * text is read byte for byte (latin1), so a token inside a binary file (gcloud's SQLite
 * credential stores) is found too.
 */

/** YAML / JSON: `key: value`, `"key": "value",`, `- key: value`. */
const COLON = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z0-9_.-]+)["']?[ \t]*:[ \t]*(.*?)[ \t]*,?[ \t]*$/;
/** INI / .npmrc / git config: `key = value`, `//registry/:_authToken=value`. */
const EQUALS = /^[ \t]*([^=\s#;[][^=]*?)[ \t]*=[ \t]*(.*?)[ \t]*$/;
/**
 * A line whose key could be a credential's name must hold one of these words (every name rule
 * and the entropy rule's keywords); other lines were covered by the value rules already.
 */
const NAME_WORDS = /key|token|secret|pass|pwd|credential|auth|signature|cert|pat/i;
function unquote(value) {
    const q = value[0];
    if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q))
        return { text: value.slice(1, -1), skip: 1 };
    return { text: value, skip: 0 };
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function position(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
/** Every credential in `text`, with absolute ranges and 1-based line/column. */
function scanText(text) {
    const found = detect('', text).map((d) => ({ d, name: '' }));
    const taken = (s, e) => found.some(({ d }) => s < d.end && e > d.start);
    const starts = lineStarts(text);
    // The lines holding a name word, found in one pass over the text.
    const lines = new Set();
    const words = new RegExp(NAME_WORDS.source, 'gi');
    for (let m = words.exec(text); m; m = words.exec(text)) {
        const i = position(starts, m.index).line - 1;
        lines.add(i);
        // Skip to the next line: one hit is enough.
        words.lastIndex = i + 1 < starts.length ? starts[i + 1] : text.length;
    }
    for (const i of [...lines].sort((a, b) => a - b)) {
        const from = starts[i];
        const to = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
        const line = text.slice(from, to).replace(/\r$/, '');
        if (line.length < 3 || line.length > 64 * 1024)
            continue;
        const m = COLON.exec(line) ?? EQUALS.exec(line);
        if (!m || !m[2])
            continue;
        const { text: value, skip } = unquote(m[2]);
        const valueStart = from + line.lastIndexOf(m[2]) + skip;
        for (const d of detect(m[1], value)) {
            const s = valueStart + d.start;
            const e = valueStart + d.end;
            if (taken(s, e)) {
                // The whole-text pass found it already; give it the key it is stored under.
                const same = found.find(({ d: f }) => f.start === s && f.end === e);
                if (same && !same.name)
                    same.name = m[1];
                continue;
            }
            found.push({ d: { ...d, start: s, end: e }, name: m[1] });
        }
    }
    return found
        .sort((a, b) => a.d.start - b.d.start)
        .map(({ d, name }) => ({ ...d, name, ...position(starts, d.start) }));
}

;// CONCATENATED MODULE: ./lib/gates/secretless/collect.js
/**
 * Gathers what the job holds \u2014 the gate's own environment, every same-uid process's environ,
 * the credentials files \u2014 and runs the detectors once per distinct `NAME=value` (500 processes
 * mostly share one environment).
 */



/** Values shorter than this are not handed to the library (no credential format is shorter). */
const LIBRARY_MIN = 8;
async function scanEnvironments(sources, library = true) {
    // name \u2192 value \u2192 the distinct entry (no key strings built per entry).
    const byName = new Map();
    const all = [];
    let entries = 0;
    for (const src of sources) {
        for (const e of src.entries) {
            entries++;
            let values = byName.get(e.name);
            if (!values)
                byName.set(e.name, (values = new Map()));
            const d = values.get(e.value);
            if (d) {
                if (d.sources[d.sources.length - 1] !== src)
                    d.sources.push(src);
            }
            else {
                const fresh = { name: e.name, value: e.value, detections: [], sources: [src] };
                values.set(e.value, fresh);
                all.push(fresh);
            }
        }
    }
    // What can match at all is found once over every value (most rules' literals are in none).
    const scope = detectScopeFor(all.map((d) => d.value));
    for (const d of all)
        d.detections = detect(d.name, d.value, scope);
    const forLibrary = library ? all.filter((d) => d.value.length >= LIBRARY_MIN) : [];
    for (const m of await matchLibraryRules(forLibrary.map((d) => d.value))) {
        const d = forLibrary[m.index];
        addLibraryMatch(d.detections, d.value, m.rule, m.start, m.end);
    }
    const hits = [];
    for (const d of all) {
        for (const det of d.detections) {
            hits.push({
                name: d.name,
                secret: d.value.slice(det.start, det.end),
                detection: det,
                locations: d.sources.map((s) => s.location),
                envs: d.sources.map((s) => s.names)
            });
        }
    }
    return { hits, entries, distinct: all.length };
}
/** Credentials in one file's text (its own rules and the library's). */
async function scanFile(shown, text, library = true) {
    const found = scanText(text);
    for (const m of library ? await matchLibraryRules([text]) : []) {
        addLibraryMatch(found, text, m.rule, m.start, m.end);
    }
    // Positions for library matches (scanText gave its own).
    const lineOf = (offset) => {
        const head = text.slice(0, offset);
        const nl = head.lastIndexOf('\n');
        return { line: (head.match(/\n/g)?.length ?? 0) + 1, column: offset - nl };
    };
    return found.map((d) => {
        const pos = 'line' in d ? { line: d.line, column: d.column } : lineOf(d.start);
        return {
            name: 'name' in d ? d.name : '',
            secret: text.slice(d.start, d.end),
            detection: d,
            locations: [{ kind: 'file', file: shown, ...pos }],
            envs: []
        };
    });
}

;// CONCATENATED MODULE: ./lib/gates/secretless/rules.js
const R = {
    credential: 'secretless/long-lived-credential',
    tokenTtl: 'secretless/token-ttl-too-long',
    issuer: 'secretless/token-issuer-not-trusted',
    shortLived: 'secretless/short-lived-token',
    expired: 'secretless/expired-token',
    allowed: 'secretless/allowed-name',
    unreadable: 'secretless/process-unreadable',
    tooLarge: 'secretless/environ-too-large',
    nothingRead: 'secretless/nothing-read',
    fileUnreadable: 'secretless/file-unreadable',
    fileLimit: 'secretless/file-limit'
};
const ROTATE = 'Remove it from the job: use OIDC federation (permissions: id-token: write, then aws-actions/configure-aws-credentials, google-github-actions/auth, azure/login with federated credentials) instead of stored keys, and revoke the credential if it was ever long-lived.';
const RULES = [
    {
        id: R.credential,
        title: 'Long-lived credential present in the job',
        help: ROTATE,
        severity: 'error'
    },
    {
        id: R.tokenTtl,
        title: 'Token lives longer than max-token-ttl',
        help: `A token whose expiry is readable must expire within max-token-ttl of its issue. ${ROTATE}`,
        severity: 'error'
    },
    {
        id: R.issuer,
        title: 'Token from an issuer not in token-issuers',
        help: 'Only short-lived tokens of the issuers listed in token-issuers may be present; add the issuer if it is your OIDC provider.',
        severity: 'error'
    },
    {
        id: R.shortLived,
        title: 'Short-lived token (allowed)',
        help: 'Recorded for the evidence: a token with a readable expiry within max-token-ttl.',
        severity: 'note'
    },
    {
        id: R.expired,
        title: 'Expired token (recorded)',
        help: 'The token has expired and can no longer be used; it is recorded, not blocking.',
        severity: 'note'
    },
    {
        id: R.allowed,
        title: 'Allowed name (recorded)',
        help: "The variable is in allow-names (the runner's own short-lived tokens, the OIDC request variables).",
        severity: 'note'
    },
    {
        id: R.unreadable,
        title: "A process of the job's uid could not be read",
        help: 'The kernel refused its environ (a non-dumpable process, or one that changed credentials): what it holds is unknown. Set on-unreadable: warn to accept that, or stop the process before the gate runs.',
        severity: 'error'
    },
    {
        id: R.tooLarge,
        title: 'Environment larger than the gate reads',
        help: 'The environ of a process is larger than the limit; it was not scanned.',
        severity: 'error'
    },
    {
        id: R.nothingRead,
        title: 'No process environment was readable',
        help: "The gate read no other process's environment: /proc is hidden (hidepid) or every process is another uid's. Run the gate as the job's user, or set processes: false to check only the gate's own environment and the files.",
        severity: 'error'
    },
    {
        id: R.fileUnreadable,
        title: 'A credentials file could not be read',
        help: 'The file exists but could not be read (permissions, a FIFO or device, or over the size limit); what it holds is unknown.',
        severity: 'error'
    },
    {
        id: R.fileLimit,
        title: 'A credentials folder has more files than the gate reads',
        help: 'Only the first files of the folder were scanned; clean the folder or name its files explicitly.',
        severity: 'error'
    }
];

;// CONCATENATED MODULE: ./lib/gates/secretless/policy.js

const OIDC_REQUEST_TOKEN = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
const OIDC_REQUEST_URL = 'ACTIONS_ID_TOKEN_REQUEST_URL';
function human(seconds) {
    if (seconds < 120)
        return `${Math.round(seconds)}s`;
    if (seconds < 7200)
        return `${Math.round(seconds / 60)}m`;
    if (seconds < 172800)
        return `${Math.round(seconds / 3600)}h`;
    return `${Math.round(seconds / 86400)}d`;
}
/** Formats the runner's own tokens take: a `ghs_` installation token (either form), a JWT. */
const RUNNER_SHAPED = new Set(['github-app-token', 'jwt', 'token-name', 'secret-name']);
/** Why `rule`/`secret` cannot be the runner's own token, or undefined when it can. */
function notTheRunners(rule, secret) {
    if (rule === 'github-token' && secret.startsWith('ghs_'))
        return undefined;
    if (RUNNER_SHAPED.has(rule) || rule === 'generic-high-entropy')
        return undefined;
    return `holds a ${rule} credential, which the runner never issues (its tokens are ghs_ installation tokens and JWTs)`;
}
/**
 * Judge one credential. `name` is the variable (env) or key (file); `envNames` the names present
 * in the same environment (undefined for a file: names are not allowed there).
 */
function judge(policy, name, claims, nowSeconds, envNames, 
/** The rule that found it and the credential, to refuse a PAT stored under an allowed name. */
found) {
    if (envNames && policy.allowNames.has(name)) {
        const why = found && notTheRunners(found.rule, found.secret);
        if (why)
            return {
                outcome: 'fail',
                rule: R.credential,
                reason: `${name} is in allow-names but ${why}`
            };
        if (name !== OIDC_REQUEST_TOKEN || envNames.has(OIDC_REQUEST_URL)) {
            return { outcome: 'allowed', rule: R.allowed, reason: `${name} is in allow-names` };
        }
        return {
            outcome: 'fail',
            rule: R.credential,
            reason: `${OIDC_REQUEST_TOKEN} without ${OIDC_REQUEST_URL}: not the runner's OIDC request pair`
        };
    }
    if (claims?.exp === undefined) {
        return {
            outcome: 'fail',
            rule: R.credential,
            reason: claims ? 'a token without an expiry (exp)' : 'no readable expiry: long-lived'
        };
    }
    if (claims.exp <= nowSeconds) {
        return {
            outcome: 'expired',
            rule: R.expired,
            reason: `expired ${human(nowSeconds - claims.exp)} ago`
        };
    }
    const from = claims.iat ?? claims.nbf ?? nowSeconds;
    const ttl = claims.exp - Math.min(from, nowSeconds);
    if (ttl > policy.maxTokenTtlSeconds) {
        return {
            outcome: 'fail',
            rule: R.tokenTtl,
            reason: `lives ${human(ttl)}, more than max-token-ttl ${human(policy.maxTokenTtlSeconds)}`,
            ttlSeconds: ttl
        };
    }
    if (policy.tokenIssuers.length && !policy.tokenIssuers.includes(claims.iss ?? '')) {
        return {
            outcome: 'fail',
            rule: R.issuer,
            reason: `issuer ${JSON.stringify(claims.iss ?? '(none)')} is not in token-issuers`,
            ttlSeconds: ttl
        };
    }
    return {
        outcome: 'short-lived',
        rule: R.shortLived,
        reason: `short-lived token (${human(ttl)}${claims.iss ? `, issuer ${claims.iss}` : ''})`,
        ttlSeconds: ttl
    };
}

// EXTERNAL MODULE: ./lib/core/redact.js + 1 modules
var redact = __nccwpck_require__(7908);
;// CONCATENATED MODULE: ./lib/gates/secretless/redact-deep.js
/**
 * The last pass over everything the gate returns: every detected credential, in each encoding
 * it can take (URL, JSON, base64, inside `Basic base64(user:pass)`), is replaced by its
 * placeholder wherever it occurs \u2014 the result, the summary, the findings, the evidence.
 */

function redactDeep(value, secrets) {
    if (!secrets.size)
        return value;
    const needles = [];
    for (const [secret, mark] of secrets) {
        for (const form of (0,redact/* secretForms */.eo)(secret))
            if (form.length >= 8)
                needles.push([form, mark]);
    }
    needles.sort((a, b) => b[0].length - a[0].length);
    const text = (s) => {
        let out = s;
        for (const [form, mark] of needles)
            if (out.includes(form))
                out = out.split(form).join(mark);
        return out;
    };
    const walk = (v) => {
        if (typeof v === 'string')
            return text(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object') {
            const out = {};
            for (const [k, x] of Object.entries(v))
                out[text(k)] = walk(x);
            return out;
        }
        return v;
    };
    return walk(value);
}

;// CONCATENATED MODULE: ./lib/gates/secretless/index.js
/**
 * Gate: secretless \u2014 prove the job holds no long-lived credentials while it runs: the gate's
 * own environment, every readable `/proc/<pid>/environ` of the job's uid, and the files jobs
 * leave credentials in. Only allowed names and short-lived tokens (readable expiry within
 * max-token-ttl) may be present. Every credential is reported as `***<rule>:<sha256 prefix>***`
 * with its name and location, never its value.
 */
















const MiB = 1024 * 1024;
/** Linux allows argv + envp up to a quarter of the stack limit; 64 MiB covers `ulimit -s` 256M. */
const MAX_ENVIRON = 64 * MiB;
const FILE_LIMITS = { maxFileBytes: 64 * MiB, maxFiles: 2000, maxDepth: 6 };
const MAX_LOCATIONS = 20;
const MAX_LISTED = 50;
function where(loc) {
    if (loc.kind === 'self')
        return "the gate's environment";
    if (loc.kind === 'process') {
        if (loc.comm === '?')
            loc.comm = readComm(loc.pid);
        return `pid ${loc.pid} (${loc.comm})`;
    }
    return `${loc.file}:${loc.line}:${loc.column}`;
}
function policyOf(inputs) {
    return {
        allowNames: new Set(inputs.list('allow-names')),
        maxTokenTtlSeconds: Math.round((inputs.duration('max-token-ttl') ?? 0) / 1000),
        tokenIssuers: inputs.list('token-issuers')
    };
}
const TITLES = new Map([
    ...VALUE_RULES.map((r) => [r.id, r.title]),
    ...NAME_RULES.map((r) => [r.id, r.title]),
    ['basic-auth', 'HTTP Basic credential (base64 user:password)'],
    ['bearer-token', 'bearer token'],
    ['generic-high-entropy', 'random value under a credential-like name (entropy)']
]);
const titleOf = (rule) => TITLES.get(rule) ?? (rule.startsWith('secretlint/') ? `${rule.slice(11)} credential` : rule);
const secretless = {
    name: 'secretless',
    rules: RULES,
    async evaluate(inputs, ctx) {
        const uid = process.getuid?.();
        if (uid === undefined) {
            throw new errors/* GateError */.ue('secretless needs a Linux runner (process uids and /proc); this platform has neither', 'Run the gate on a Linux job.');
        }
        const policy = policyOf(inputs);
        const onUnreadable = inputs.string('on-unreadable') ?? 'error';
        const nowSeconds = ctx.now().getTime() / 1000;
        const sources = [];
        const selfEntries = entriesOf(ctx.env);
        sources.push({
            location: { kind: 'self' },
            entries: selfEntries,
            names: new Set(selfEntries.map((e) => e.name))
        });
        // Processes.
        const t0 = performance.now();
        const swept = inputs.boolean('processes');
        let records = [];
        if (swept) {
            if (!(0,external_node_fs_.existsSync)('/proc/self/environ')) {
                throw new errors/* GateError */.ue('/proc is not mounted: the processes of the job cannot be read', 'Run on a Linux runner with /proc, or set processes: false.');
            }
            records = sweepProcesses({ uid, skip: new Set([process.pid]), maxBytes: MAX_ENVIRON });
        }
        const proc = {
            swept,
            seen: records.length,
            read: 0,
            unreadable: 0,
            exited: 0,
            otherUid: 0,
            tooLarge: 0,
            bytes: 0,
            binaryEntries: 0,
            malformedEntries: 0,
            unreadableList: [],
            otherUids: {}
        };
        for (const r of records) {
            if (r.status === 'read') {
                proc.read++;
                proc.bytes += r.bytes ?? 0;
                proc.binaryEntries += r.binaryEntries ?? 0;
                proc.malformedEntries += r.malformedEntries ?? 0;
                const entries = r.entries ?? [];
                sources.push({
                    location: { kind: 'process', pid: r.pid, comm: r.comm },
                    entries,
                    names: new Set(entries.map((e) => e.name))
                });
            }
            else if (r.status === 'exited')
                proc.exited++;
            else if (r.status === 'other-uid') {
                proc.otherUid++;
                const k = String(r.uid ?? '?');
                proc.otherUids[k] = (proc.otherUids[k] ?? 0) + 1;
            }
            else {
                if (r.status === 'too-large')
                    proc.tooLarge++;
                else
                    proc.unreadable++;
                if (proc.unreadableList.length < MAX_LISTED)
                    proc.unreadableList.push({ pid: r.pid, comm: r.comm, reason: r.reason ?? r.status });
            }
        }
        const tProc = performance.now() - t0;
        // Files.
        const t1 = performance.now();
        const home = ctx.env.HOME;
        const files = [];
        for (const given of inputs.list('files')) {
            let path;
            try {
                path = expandPath(given, home, ctx.workspace);
            }
            catch (err) {
                throw new errors/* GateError */.ue(`files: ${err.message}`, 'Set HOME, or name the file by its path.');
            }
            files.push(...readCredentialPath(given, path, FILE_LIMITS));
        }
        const tFiles = performance.now() - t1;
        // Detection.
        const t2 = performance.now();
        const library = inputs.boolean('library-rules');
        const env = await scanEnvironments(sources, library);
        const hits = [...env.hits];
        for (const f of files) {
            if (f.status !== 'read' || !f.text)
                continue;
            const rel = (0,external_node_path_.relative)(ctx.workspace, f.path);
            const shown = rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : f.shown;
            hits.push(...(await scanFile(shown, f.text, library)));
            delete f.text;
        }
        const tDetect = performance.now() - t2;
        // Judge and aggregate: one record per (name, rule, value).
        const records2 = new Map();
        const secrets = new Map();
        for (const h of hits) {
            const fp = fingerprint(h.secret);
            const key = `${h.name}\u0000${h.detection.rule}\u0000${fp}`;
            secrets.set(h.secret, placeholder(h.detection.rule, h.secret));
            const existing = records2.get(key);
            const locs = h.locations.map(where);
            if (existing) {
                existing.seen += h.locations.length;
                for (const l of locs)
                    if (existing.locations.length < MAX_LOCATIONS)
                        existing.locations.push(l);
                continue;
            }
            // The OIDC pair is allowed only where the URL is set beside the token.
            const fromEnv = h.envs.length > 0;
            const envNames = fromEnv
                ? new Set(h.envs.every((n) => n.has(OIDC_REQUEST_URL)) ? [OIDC_REQUEST_URL] : [])
                : undefined;
            const decision = judge(policy, h.name, h.detection.claims, nowSeconds, envNames, {
                rule: h.detection.rule,
                secret: h.secret
            });
            const rec = {
                decisionRule: decision.rule,
                rule: h.detection.rule,
                fingerprint: fp,
                redacted: placeholder(h.detection.rule, h.secret),
                name: h.name,
                kind: h.detection.kind,
                outcome: decision.outcome,
                reason: decision.reason,
                seen: h.locations.length,
                locations: locs.slice(0, MAX_LOCATIONS)
            };
            if (h.detection.claims?.iss)
                rec.issuer = h.detection.claims.iss;
            if (h.detection.claims?.exp !== undefined)
                rec.expires = new Date(h.detection.claims.exp * 1000).toISOString();
            if ('ttlSeconds' in decision && decision.ttlSeconds !== undefined)
                rec.ttlSeconds = Math.round(decision.ttlSeconds);
            if (h.detection.encoding)
                rec.encoding = h.detection.encoding;
            if (h.locations[0]?.kind === 'file')
                rec.file = h.locations[0];
            records2.set(key, rec);
        }
        const findings = [];
        const credentials = [];
        const counts = { failing: 0, allowed: 0, shortLived: 0, expired: 0 };
        for (const rec of records2.values()) {
            const { file, decisionRule, ...clean } = rec;
            credentials.push(clean);
            if (rec.outcome === 'fail')
                counts.failing++;
            else if (rec.outcome === 'allowed')
                counts.allowed++;
            else if (rec.outcome === 'short-lived')
                counts.shortLived++;
            else
                counts.expired++;
            const more = rec.seen > 1 ? ` and ${rec.seen - 1} more place(s)` : '';
            const f = {
                rule: decisionRule,
                severity: rec.outcome === 'fail' ? 'error' : 'note',
                message: `${rec.name || '(a value without a name)'} holds a ${titleOf(rec.rule)} ${rec.redacted} in ${rec.locations[0]}${more}: ${rec.reason}`
            };
            if (file?.kind === 'file') {
                f.file = file.file;
                f.line = file.line;
                f.column = file.column;
            }
            findings.push(f);
        }
        // What could not be read.
        let incomplete = false;
        const sev = onUnreadable === 'warn' ? 'warning' : 'error';
        if (proc.unreadable) {
            incomplete ||= sev === 'error';
            const list = proc.unreadableList
                .filter((p) => p.reason !== 'too-large')
                .slice(0, 10)
                .map((p) => `pid ${p.pid} (${p.comm}): ${p.reason}`)
                .join('; ');
            findings.push({
                rule: R.unreadable,
                severity: sev,
                message: `${proc.unreadable} process(es) of uid ${uid} could not be read, so what they hold is unknown: ${list}`
            });
        }
        if (proc.tooLarge) {
            incomplete = true;
            findings.push({
                rule: R.tooLarge,
                severity: 'error',
                message: `${proc.tooLarge} process environment(s) are larger than ${MAX_ENVIRON / MiB} MiB and were not scanned`
            });
        }
        if (swept && proc.read === 0) {
            incomplete = true;
            findings.push({
                rule: R.nothingRead,
                severity: 'error',
                message: `no other process of uid ${uid} could be read (${proc.seen} seen: ${proc.otherUid} of other uids, ${proc.unreadable} unreadable, ${proc.exited} exited): nothing proves the job holds no credentials`
            });
        }
        for (const f of files) {
            if (f.status === 'read' || f.status === 'absent')
                continue;
            incomplete = true;
            findings.push({
                rule: f.status === 'truncated' ? R.fileLimit : R.fileUnreadable,
                severity: 'error',
                message: f.status === 'truncated'
                    ? `${f.shown} holds more than ${FILE_LIMITS.maxFiles} files: only the first ${FILE_LIMITS.maxFiles} were scanned`
                    : `${f.shown} could not be scanned: ${f.status}${f.reason ? ` (${f.reason})` : ''}`
            });
        }
        const evidence = {
            uid,
            policy: {
                allowNames: [...policy.allowNames],
                maxTokenTtlSeconds: policy.maxTokenTtlSeconds,
                tokenIssuers: [...policy.tokenIssuers],
                onUnreadable
            },
            rules: {
                own: VALUE_RULES.map((r) => r.id).concat([
                    'basic-auth',
                    'bearer-token',
                    'generic-high-entropy'
                ]),
                names: NAME_RULES.map((r) => r.id),
                library: library ? LIBRARY_RULE_IDS : []
            },
            self: { entries: selfEntries.length },
            processes: proc,
            entries: { total: env.entries, distinct: env.distinct },
            files: files.map((f) => {
                const o = { path: f.shown, status: f.status };
                if (f.bytes !== undefined)
                    o.bytes = f.bytes;
                if (f.reason)
                    o.reason = f.reason;
                return o;
            }),
            credentials,
            counts,
            timingsMs: {
                processes: Math.round(tProc * 10) / 10,
                files: Math.round(tFiles * 10) / 10,
                detect: Math.round(tDetect * 10) / 10
            }
        };
        const help = new Map(RULES.map((r) => [r.id, r.help]));
        for (const f of findings)
            f.help ??= help.get(f.rule);
        const verdict = counts.failing ? 'fail' : incomplete ? 'error' : 'pass';
        const scanned = `${proc.read} process(es), the gate's environment and ${files.filter((f) => f.status === 'read').length} file(s)`;
        const summary = verdict === 'fail'
            ? `${counts.failing} long-lived credential(s) present in ${scanned}`
            : verdict === 'error'
                ? `could not prove the job secretless: ${findings.filter((f) => f.severity === 'error').length} source(s) could not be read (${scanned} checked, no credential found)`
                : `no long-lived credential in ${scanned} (${counts.allowed} allowed, ${counts.shortLived} short-lived, ${counts.expired} expired)`;
        const evaluation = {
            verdict,
            summary,
            findings,
            evidence,
            outputs: {
                credentials: String(counts.failing),
                allowed: String(counts.allowed + counts.shortLived),
                'processes-read': String(proc.read),
                'processes-unreadable': String(proc.unreadable + proc.tooLarge)
            }
        };
        // Belt and braces: no detected value, in any encoding, survives anywhere in the result.
        return redactDeep(evaluation, secrets);
    }
};


/***/ }),

/***/ 6432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ detailsMarkdown)
/* harmony export */ });
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6893);
/** Job-summary tables of secretless: the credentials found (redacted) and what was swept. */

function detailsMarkdown(ev) {
    if (!ev?.processes)
        return undefined;
    const p = ev.processes;
    const lines = [
        '#### Swept',
        '',
        `| processes read | unreadable | exited while read | other uids | environment entries (distinct) | files |`,
        '| --- | --- | --- | --- | --- | --- |',
        `| ${p.read} | ${p.unreadable + p.tooLarge} | ${p.exited} | ${p.otherUid} | ${ev.entries.total} (${ev.entries.distinct}) | ${ev.files.filter((f) => f.status === 'read').length} read, ${ev.files.filter((f) => f.status === 'absent').length} absent |`
    ];
    if (ev.credentials.length) {
        lines.push('', '#### Credentials (values redacted)', '', '| outcome | name | credential | where | why |', '| --- | --- | --- | --- | --- |', ...ev.credentials
            .slice(0, 100)
            .map((c) => `| ${c.outcome} | \`${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.name || '\u2014')}\` | \`${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.redacted)}\` | ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.locations[0] ?? '')}${c.seen > 1 ? ` (+${c.seen - 1})` : ''} | ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.reason)} |`));
        if (ev.credentials.length > 100)
            lines.push('', `\u2026and ${ev.credentials.length - 100} more in the result file.`);
    }
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
/******/ var __webpack_exports__ = __nccwpck_require__(8244);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
