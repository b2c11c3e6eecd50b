import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer"));

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:child_process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process"));

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:crypto") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto"));

/***/ }),

/***/ 1314:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:dgram") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram"));

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:dns/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises"));

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs"));

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:module") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module"));

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:net") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net"));

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os"));

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:path") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path"));

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:tls") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls"));

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url"));

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process"));

/***/ }),

/***/ 996:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6166);

// The post step re-checks and reports only when the main step installed a policy; otherwise it
// prints one line, and the gate's code (a separate chunk of the bundle) is never loaded.
const stateFile = (0,_core_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu)('state-file');
if (stateFile) {
    const [{ runAction }, { egressGate }, { egressDetails }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 294).then(__nccwpck_require__.bind(__nccwpck_require__, 5294)),
        Promise.all(/* import() */[__nccwpck_require__.e(894), __nccwpck_require__.e(233)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2233)),
        __nccwpck_require__.e(/* import() */ 375).then(__nccwpck_require__.bind(__nccwpck_require__, 5375))
    ]);
    await runAction(egressGate('report', stateFile), { details: egressDetails });
}
else {
    (0,_core_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)('egress-check: no policy was installed by the main step (operation probe); nothing to re-check.');
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7220:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(603);
/* harmony import */ var _actions_egress_check_post_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(996);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_actions_egress_check_post_js__WEBPACK_IMPORTED_MODULE_1__]);
_actions_egress_check_post_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 603:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1855);

_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBundleEntry */ .SK(import.meta.url);
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("egress-check", "{\"gate\":\"egress-check\",\"name\":\"ci-intel egress-check\",\"description\":\"Proves, records or enforces default-deny network egress for a job: probes that denied destinations cannot be reached and allowed ones can (operation probe, no privileges), installs count-only nftables rules that record every destination outside the allowlist (audit), or a blocking nftables policy with an allowlisting DNS resolver covering IPv4, IPv6 and container bridges (enforce). The post step re-checks that the policy is still installed and reports what was contacted or blocked.\",\"inputs\":[{\"name\":\"allowed-endpoints\",\"description\":\"Allowlist in harden-runner's format: host:port, *.example.com:443 (any depth of subdomain), bare IPs and CIDRs (optionally ip:port, [v6]:port); separated by spaces, newlines or commas. A name without a port means port 443.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"operation\",\"description\":\"probe: probe only (no privileges). audit: install count-only rules and report destinations outside the allowlist in the post step (nothing is blocked). enforce: install the blocking policy, then probe. report: re-check and report an installed policy (what the post step does; for the CLI).\",\"required\":false,\"default\":\"probe\",\"type\":\"choice\",\"options\":[\"probe\",\"audit\",\"enforce\",\"report\"]},{\"name\":\"probe-denied\",\"description\":\"Destinations (host:port or ip:port) that must NOT be reachable. Default: public package registries, paste/exfiltration services and raw-IP/DNS canaries (those the allowlist covers are skipped).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"probe-allowed\",\"description\":\"Destinations that must be reachable. Default: the names (and ip:port entries) of allowed-endpoints.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"dns\",\"description\":\"audit/enforce: allowlist runs a local resolver that answers only allowlisted names (others get REFUSED) and adds their addresses to the policy as they resolve; only it may query the upstream DNS server. system: resolve allowed names once at install and leave DNS open to the upstream.\",\"required\":false,\"default\":\"allowlist\",\"type\":\"choice\",\"options\":[\"allowlist\",\"system\"]},{\"name\":\"ipv6\",\"description\":\"block: no IPv6 egress except to IPv6 entries of the allowlist (AAAA answers are dropped). allowlist: allowed names also allow their IPv6 addresses.\",\"required\":false,\"default\":\"block\",\"type\":\"choice\",\"options\":[\"block\",\"allowlist\"]},{\"name\":\"timeout-ms\",\"description\":\"Deadline for each probe (DNS, TCP connect and TLS together), in milliseconds.\",\"required\":false,\"default\":\"2000\",\"type\":\"number\",\"min\":100,\"max\":60000,\"integer\":true},{\"name\":\"allow-runner-endpoints\",\"description\":\"audit/enforce: also allow the endpoints the Actions runner needs (see docs/gates/egress-check.md).\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"dns-upstream\",\"description\":\"audit/enforce: upstream DNS servers (ip or ip:port). Default: those of /etc/resolv.conf (behind systemd-resolved, the ones it uses).\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"dns-listen\",\"description\":\"audit/enforce: addresses the allowlisting resolver listens on (port 53); add a bridge address (e.g. 172.17.0.1) for containers.\",\"required\":false,\"default\":\"127.0.0.1\",\"type\":\"list\"},{\"name\":\"keep-policy\",\"description\":\"post step / report: leave the policy installed after the re-check (default: remove it, restoring resolv.conf).\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"reachable-denied\",\"description\":\"JSON list of probe-denied destinations that answered.\"},{\"name\":\"unreachable-allowed\",\"description\":\"JSON list of probe-allowed destinations that could not be reached.\"},{\"name\":\"policy-installed\",\"description\":\"true when an audit or enforce policy is installed (and, in the post step, still intact).\"}],\"permissions\":{},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/egress-check/index.js\",\"post\":\"../../dist/egress-check-post/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSchemaValidators */ .Km({});


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

/***/ 6166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Gu: () => (/* binding */ getState),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: issueCommand, saveState

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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

// EXTERNAL MODULE: ./lib/core/unique-token.js
var unique_token = __nccwpck_require__(4560);
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
    writeStdout(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Append `name<<delimiter \u2026 delimiter` to the file the runner named in GITHUB_<command>. */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A delimiter that occurs in neither the name nor the value (drawn again if it would).
    const delimiter = (0,unique_token/* uniqueToken */.x)('ghadelimiter_', name, value);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
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
    writeStdout(external_node_os_.EOL);
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
    writeStdout(message + external_node_os_.EOL);
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


/***/ }),

/***/ 4560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ uniqueToken),
/* harmony export */   z: () => (/* binding */ randomId)
/* harmony export */ });
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
/******/ var __webpack_exports__ = __nccwpck_require__(7220);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
