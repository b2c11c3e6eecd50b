export const id = 233;
export const ids = [233];
export const modules = {

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ hubRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRegularTextFile),
/* harmony export */   tJ: () => (/* binding */ FileReadError),
/* harmony export */   xf: () => (/* binding */ readRegularFileChunks)
/* harmony export */ });
/* unused harmony export readRegularFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
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

/***/ 6613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 5805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ withNames),
/* harmony export */   Fv: () => (/* binding */ deniedFinding),
/* harmony export */   j_: () => (/* binding */ destination),
/* harmony export */   uO: () => (/* binding */ unlistedFinding),
/* harmony export */   uU: () => (/* binding */ allowedFinding),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
const RULES = [
    {
        id: 'egress/denied-reachable',
        title: 'A destination that must be blocked answered',
        help: 'Egress is not default-deny: install the policy (operation: enforce) or fix the firewall so only allowed-endpoints are reachable.',
        severity: 'error'
    },
    {
        id: 'egress/allowed-unreachable',
        title: 'An allowed destination cannot be reached',
        help: 'Fix the allowlist entry (name, port) or its DNS; the gate never falls back to an open policy.',
        severity: 'error'
    },
    {
        id: 'egress/policy-removed',
        title: 'The egress policy was removed or changed during the job',
        help: 'A later step flushed or edited the nftables ruleset, killed the resolver or rewrote resolv.conf; find and fix that step (e.g. one that runs `nft flush ruleset` or restarts the firewall).',
        severity: 'error'
    },
    {
        id: 'egress/unlisted-contacted',
        title: 'A destination outside the allowlist was contacted (audit)',
        help: 'Add it to allowed-endpoints if the job needs it, or remove what contacts it.',
        severity: 'error'
    },
    {
        id: 'egress/blocked',
        title: 'The policy blocked a connection attempt',
        help: 'Expected for destinations off the list; add the endpoint to allowed-endpoints if the job needs it.',
        severity: 'note'
    },
    {
        id: 'egress/unlisted-name',
        title: 'A name outside the allowlist was looked up',
        help: 'Under enforce it was refused at DNS; under audit it was answered and recorded.',
        severity: 'note'
    }
];
function addrSummary(p) {
    if (!p.addresses.length)
        return `DNS ${p.dns.outcome}${p.dns.detail ? ` (${p.dns.detail})` : ''}`;
    return p.addresses
        .map((a) => `${a.address} ${a.outcome}${a.detail ? ` (${a.detail})` : ''} in ${a.ms} ms`)
        .join('; ');
}
function deniedFinding(p) {
    const hit = p.addresses.filter((a) => a.outcome === 'connected' || a.outcome === 'tls-failed');
    return {
        rule: 'egress/denied-reachable',
        severity: 'error',
        message: `probe-denied ${p.target}: expected no connection (refused, prohibited, timed out or not resolvable); actual: connected to ${hit
            .map((a) => `${a.family === 6 ? `[${a.address}]` : a.address}:${p.port} over IPv${a.family} in ${a.ms} ms`)
            .join(', ')}`,
        help: RULES[0].help
    };
}
function allowedFinding(p) {
    return {
        rule: 'egress/allowed-unreachable',
        severity: 'error',
        message: `probe-allowed ${p.target}: expected connected${p.port === 443 ? ' with a TLS handshake' : ''}; actual: ${p.outcome} \u2014 ${addrSummary(p)}`,
        help: p.dns.outcome === 'nxdomain' || p.dns.outcome === 'dns-refused'
            ? `The name ${p.host} does not resolve; ${RULES[1].help}`
            : RULES[1].help
    };
}
function destination(e) {
    return `${e.address.includes(':') ? `[${e.address}]` : e.address}:${e.port}/${e.proto}`;
}
/** Attach names from the query log to recorded addresses. */
function withNames(elements, namesByAddress) {
    return elements
        .map((e) => ({ ...e, names: [...(namesByAddress.get(e.address) ?? [])].sort() }))
        .sort((a, b) => destination(a).localeCompare(destination(b)));
}
function unlistedFinding(e, blocking) {
    const names = e.names.length
        ? ` (names: ${e.names.join(', ')})`
        : ' (no name: contacted by address)';
    return blocking
        ? {
            rule: 'egress/blocked',
            severity: 'note',
            message: `blocked ${destination(e)}${names}: ${e.packets} packet(s) rejected`,
            help: RULES[4].help
        }
        : {
            rule: 'egress/unlisted-contacted',
            severity: 'error',
            message: `destination outside the allowlist contacted: ${destination(e)}${names}; expected only allowed-endpoints; actual: ${e.packets} packet(s)`,
            help: RULES[3].help
        };
}


/***/ }),

/***/ 2233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* reexport */ egress_check_findings/* RULES */.y0),
  egressCheck: () => (/* binding */ egressCheck),
  egressGate: () => (/* binding */ egressGate),
  stateDirOf: () => (/* binding */ stateDirOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(4630);
;// CONCATENATED MODULE: ./lib/egress/defaults.js
/** Built-in lists: what the Actions runner itself needs, and what a locked job must not reach. */
/**
 * Endpoints the runner needs to keep working under a default-deny policy (the job's log and
 * step results, artifacts and caches, action downloads, OIDC tokens, the Azure host agent).
 */
const RUNNER_ENDPOINTS = [
    'github.com:443',
    'api.github.com:443',
    'codeload.github.com:443',
    'objects.githubusercontent.com:443',
    '*.actions.githubusercontent.com:443',
    'actions-results-receiver-production.githubapp.com:443',
    'ghcr.io:443',
    'pkg-containers.githubusercontent.com:443',
    ...Array.from({ length: 20 }, (_, i) => `productionresultssa${i}.blob.core.windows.net:443`),
    // Azure wireserver (host agent) and instance metadata: by address and port only.
    '168.63.129.16:80',
    '168.63.129.16:32526',
    '169.254.169.254:80'
];
/** Default `probe-denied`: public registries and paste/exfiltration services, plus raw-IP and DNS canaries. */
const DEFAULT_DENIED = [
    'registry.npmjs.org:443',
    'pypi.org:443',
    'files.pythonhosted.org:443',
    'rubygems.org:443',
    'crates.io:443',
    'repo.maven.apache.org:443',
    'proxy.golang.org:443',
    'pastebin.com:443',
    'gist.githubusercontent.com:443',
    'transfer.sh:443',
    'webhook.site:443',
    'requestbin.net:443',
    'ngrok.io:443',
    'dns.google:443',
    '1.1.1.1:443',
    '8.8.8.8:53',
    '[2606:4700:4700::1111]:443'
];

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./lib/egress/endpoints.js
/**
 * Allowlist entries in harden-runner's `allowed-endpoints` format: `host:port`, `*.example.com:443`
 * (any depth of subdomain, not the apex), bare IPs and CIDRs (`10.0.0.0/8`, `2001:db8::/32`,
 * optionally with `:port`; IPv6 with a port is written `[2001:db8::1]:443`). A name without a port
 * means port 443, as in harden-runner. Entries are separated by whitespace, newlines or commas.
 */

class EndpointError extends Error {
    entry;
    constructor(entry, reason) {
        super(`'${entry}': ${reason}`);
        this.entry = entry;
        this.name = 'EndpointError';
    }
}
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const DEFAULT_PORT = 443;
/** Split the text of an endpoint list (whitespace, newline or comma separated, `#` comments). */
function splitEndpoints(text) {
    const lines = Array.isArray(text) ? text : text.split('\n');
    const out = [];
    for (const line of lines) {
        const body = line.replace(/(^|\s)#.*$/, '');
        for (const token of body.split(/[\s,]+/))
            if (token)
                out.push(token);
    }
    return out;
}
function isHostname(host) {
    if (host.length === 0 || host.length > 253)
        return false;
    return host.split('.').every((l) => LABEL.test(l));
}
function parsePort(entry, text) {
    if (!/^\d{1,5}$/.test(text))
        throw new EndpointError(entry, `port '${text}' is not a number`);
    const port = Number(text);
    if (port < 1 || port > 65535)
        throw new EndpointError(entry, `port ${port} is outside 1-65535`);
    return port;
}
function parseAddress(entry, text, port) {
    const [addr, prefixText, extra] = text.split('/');
    if (extra !== undefined)
        throw new EndpointError(entry, 'more than one "/"');
    const family = (0,external_node_net_.isIP)(addr);
    if (family === 0)
        throw new EndpointError(entry, `'${addr}' is not an IP address`);
    const max = family === 4 ? 32 : 128;
    let prefix = max;
    if (prefixText !== undefined) {
        if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) {
            throw new EndpointError(entry, `prefix '/${prefixText}' is not 0-${max}`);
        }
        prefix = Number(prefixText);
    }
    return {
        kind: 'address',
        raw: entry,
        family: family,
        address: addr.toLowerCase(),
        prefix,
        port
    };
}
/** Parse one entry; throws EndpointError naming the entry and what is wrong. */
function parseEndpoint(entry, defaultPort = DEFAULT_PORT) {
    const e = entry.trim();
    if (/^[a-z]+:\/\//i.test(e))
        throw new EndpointError(entry, 'write host:port, not a URL');
    // [v6]:port or [v6]
    const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(e);
    if (bracket)
        return parseAddress(entry, bracket[1], bracket[2] ? parsePort(entry, bracket[2]) : undefined);
    // bare IPv6 (with or without prefix): more than one colon
    if ((e.match(/:/g) ?? []).length > 1)
        return parseAddress(entry, e, undefined);
    const colon = e.lastIndexOf(':');
    const hostPart = colon >= 0 ? e.slice(0, colon) : e;
    const portText = colon >= 0 ? e.slice(colon + 1) : undefined;
    const port = portText !== undefined ? parsePort(entry, portText) : undefined;
    if (/^[\d.]+(\/\d+)?$/.test(hostPart))
        return parseAddress(entry, hostPart, port);
    const host = hostPart.toLowerCase().replace(/\.$/, '');
    if (host.startsWith('*.')) {
        const suffix = host.slice(2);
        if (!isHostname(suffix) || !suffix.includes('.')) {
            throw new EndpointError(entry, `wildcard '${host}' must be '*.' followed by a domain such as example.com`);
        }
        return { kind: 'wildcard', raw: entry, suffix, port: port ?? defaultPort };
    }
    if (host.includes('*'))
        throw new EndpointError(entry, "a wildcard may only be a leading '*.'");
    if (!isHostname(host))
        throw new EndpointError(entry, `'${hostPart}' is not a host name, IP address or CIDR`);
    return { kind: 'name', raw: entry, host, port: port ?? defaultPort };
}
function endpoints_parseEndpoints(text) {
    const endpoints = [];
    const errors = [];
    for (const token of splitEndpoints(text)) {
        try {
            endpoints.push(parseEndpoint(token));
        }
        catch (err) {
            if (err instanceof EndpointError)
                errors.push(err);
            else
                throw err;
        }
    }
    return { endpoints, errors };
}
function endpoints_normalizeName(name) {
    return name.toLowerCase().replace(/\.$/, '');
}
/** The allowlist: which names resolve, and which address:port pairs may be contacted. */
class endpoints_Allowlist {
    endpoints;
    blocks = new Map();
    constructor(endpoints) {
        this.endpoints = endpoints;
        for (const e of endpoints) {
            if (e.kind !== 'address')
                continue;
            const key = e.port === undefined ? '*' : String(e.port);
            let list = this.blocks.get(key);
            if (!list)
                this.blocks.set(key, (list = new external_node_net_.BlockList()));
            list.addSubnet(e.address, e.prefix, e.family === 4 ? 'ipv4' : 'ipv6');
        }
    }
    /** Ports allowed for a name (exact entries and matching wildcards); empty: the name is not allowed. */
    portsForName(name) {
        const n = endpoints_normalizeName(name);
        const ports = new Set();
        for (const e of this.endpoints) {
            if (e.kind === 'name' && e.host === n)
                ports.add(e.port);
            if (e.kind === 'wildcard' && n.endsWith(`.${e.suffix}`))
                ports.add(e.port);
        }
        return [...ports].sort((a, b) => a - b);
    }
    nameAllowed(name) {
        return this.portsForName(name).length > 0;
    }
    /** Whether a literal address (and TCP port) is covered by an IP/CIDR entry. */
    addressAllowed(address, port) {
        const family = (0,external_node_net_.isIP)(address) === 6 ? 'ipv6' : 'ipv4';
        for (const key of ['*', String(port)]) {
            if (this.blocks.get(key)?.check(address, family))
                return true;
        }
        return false;
    }
    /** Whether a connection to `port` on a destination reached by `name` is allowed. */
    destinationAllowed(name, address, port) {
        if (name && this.portsForName(name).includes(port))
            return true;
        return this.addressAllowed(address, port);
    }
    names() {
        return this.endpoints.filter((e) => e.kind === 'name');
    }
    wildcards() {
        return this.endpoints.filter((e) => e.kind === 'wildcard');
    }
    addresses() {
        return this.endpoints.filter((e) => e.kind === 'address');
    }
}

;// CONCATENATED MODULE: ./lib/egress/probe.js
/**
 * The egress probe: for one destination, resolve A and AAAA, connect over TCP to every address
 * and, on port 443, complete a TLS handshake with SNI. Every step shares one deadline, so a probe
 * takes at most `timeoutMs` even when every packet is dropped. Needs no privileges.
 */




const MAX_PROBES = 64;
/** Parse a probe destination: `host[:port]`, `ip[:port]`, `[v6]:port`; port 443 when omitted. */
function parseProbeTarget(entry) {
    const e = parseEndpoint(entry);
    if (e.kind === 'wildcard')
        throw new EndpointError(entry, 'a probe needs one concrete name, not a wildcard');
    if (e.kind === 'name')
        return { raw: entry, host: e.host, port: e.port, literal: false };
    if (e.prefix !== (e.family === 4 ? 32 : 128)) {
        throw new EndpointError(entry, 'a probe needs one address, not a network');
    }
    return { raw: entry, host: e.address, port: e.port ?? 443, literal: true };
}
function remaining(deadline) {
    return Math.max(1, deadline - Date.now());
}
function classifyConnectError(code) {
    switch (code) {
        case 'ECONNREFUSED':
        case 'ECONNRESET':
            return 'refused';
        case 'EACCES':
        case 'EPERM':
            return 'prohibited';
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
        case 'EADDRNOTAVAIL':
        case 'ENETDOWN':
            return 'no-route';
        case 'ETIMEDOUT':
            return 'timed-out';
        default:
            return 'error';
    }
}
function classifyDnsError(code) {
    switch (code) {
        case 'ENOTFOUND':
            return 'nxdomain';
        case 'ENODATA':
            return 'no-address';
        case 'EREFUSED':
        case 'ECONNREFUSED':
            return 'dns-refused';
        case 'ETIMEOUT':
        case 'ECANCELLED':
            return 'timed-out';
        default:
            return 'error';
    }
}
function tcpConnect(address, port, deadline) {
    return new Promise((resolve) => {
        const socket = new external_node_net_.Socket();
        const timer = setTimeout(() => {
            socket.destroy();
            resolve({ outcome: 'timed-out', detail: 'no answer before the deadline' });
        }, remaining(deadline));
        socket.once('connect', () => {
            clearTimeout(timer);
            resolve({ socket, outcome: 'connected' });
        });
        socket.once('error', (err) => {
            clearTimeout(timer);
            socket.destroy();
            resolve({ outcome: classifyConnectError(err.code), detail: err.code ?? err.message });
        });
        socket.connect({ host: address, port });
    });
}
function tlsHandshake(socket, servername, deadline) {
    return new Promise((resolve) => {
        const tls = (0,external_node_tls_.connect)({
            socket,
            servername,
            rejectUnauthorized: false,
            ALPNProtocols: ['http/1.1']
        });
        const timer = setTimeout(() => {
            tls.destroy();
            resolve({ ok: false, verified: false, detail: 'TLS handshake timed out' });
        }, remaining(deadline));
        tls.once('secureConnect', () => {
            clearTimeout(timer);
            const verified = tls.authorized;
            tls.destroy();
            resolve({
                ok: true,
                verified,
                detail: verified ? undefined : String(tls.authorizationError ?? '')
            });
        });
        tls.once('error', (err) => {
            clearTimeout(timer);
            tls.destroy();
            resolve({ ok: false, verified: false, detail: err.message });
        });
    });
}
async function probeAddress(target, address, deadline) {
    const t0 = performance.now();
    const family = (0,external_node_net_.isIP)(address) === 6 ? 6 : 4;
    const tcp = await tcpConnect(address, target.port, deadline);
    const done = (r) => ({
        address,
        family,
        ...r,
        ms: Math.round(performance.now() - t0)
    });
    if (!tcp.socket)
        return done({ outcome: tcp.outcome, detail: tcp.detail });
    if (target.port !== 443) {
        tcp.socket.destroy();
        return done({ outcome: 'connected' });
    }
    const tls = await tlsHandshake(tcp.socket, target.literal ? undefined : target.host, deadline);
    tcp.socket.destroy();
    if (!tls.ok)
        return done({ outcome: 'tls-failed', detail: tls.detail });
    return done({
        outcome: 'connected',
        certVerified: tls.verified,
        detail: tls.detail || undefined
    });
}
async function resolveFamily(resolver, host, rrtype) {
    try {
        const addrs = rrtype === 'A' ? await resolver.resolve4(host) : await resolver.resolve6(host);
        return { addrs };
    }
    catch (err) {
        return { addrs: [], code: err.code };
    }
}
/** Failures ranked by how much they tell: a firewall's answer beats a timeout. */
const RANK = [
    'connected',
    'tls-failed',
    'prohibited',
    'refused',
    'no-route',
    'dns-refused',
    'nxdomain',
    'no-address',
    'timed-out',
    'error'
];
function overall(results) {
    let best = 'error';
    for (const r of results)
        if (RANK.indexOf(r.outcome) < RANK.indexOf(best))
            best = r.outcome;
    return best;
}
async function probe(target, options) {
    const t0 = performance.now();
    const deadline = Date.now() + options.timeoutMs;
    const max = options.maxAddresses ?? 4;
    const dns = { a: [], aaaa: [], outcome: 'skipped', ms: 0 };
    let addresses;
    if (target.literal) {
        addresses = [target.host];
    }
    else {
        const resolver = new promises_.Resolver({
            timeout: Math.max(50, Math.floor(options.timeoutMs * 0.8)),
            tries: 1
        });
        if (options.dnsServers?.length)
            resolver.setServers(options.dnsServers);
        const dnsTimer = setTimeout(() => resolver.cancel(), remaining(deadline));
        const [a, aaaa] = await Promise.all([
            resolveFamily(resolver, target.host, 'A'),
            options.ipv6 === false
                ? Promise.resolve({ addrs: [], code: undefined })
                : resolveFamily(resolver, target.host, 'AAAA')
        ]);
        clearTimeout(dnsTimer);
        dns.ms = Math.round(performance.now() - t0);
        dns.a = a.addrs.slice(0, max);
        dns.aaaa = aaaa.addrs.slice(0, max);
        addresses = [...dns.a, ...dns.aaaa];
        if (addresses.length) {
            dns.outcome = 'ok';
        }
        else {
            // Prefer the more telling of the two errors (REFUSED or NXDOMAIN over "no AAAA").
            const codes = [a.code, aaaa.code].filter((c) => c !== undefined);
            const outcomes = codes.map(classifyDnsError);
            const worst = outcomes.find((o) => o !== 'no-address') ?? 'no-address';
            dns.outcome = worst;
            dns.detail = codes.join(', ');
            return {
                target: target.raw,
                host: target.host,
                port: target.port,
                outcome: worst,
                answered: false,
                dns,
                addresses: [],
                ms: Math.round(performance.now() - t0)
            };
        }
    }
    const results = await Promise.all(addresses.map((addr) => probeAddress(target, addr, deadline)));
    return {
        target: target.raw,
        host: target.host,
        port: target.port,
        outcome: overall(results),
        answered: results.some((r) => r.outcome === 'connected' || r.outcome === 'tls-failed'),
        dns,
        addresses: results,
        ms: Math.round(performance.now() - t0)
    };
}
/** Probe many destinations concurrently; bounded by MAX_PROBES and, in time, by one timeout. */
async function probeAll(targets, options) {
    if (targets.length > MAX_PROBES) {
        throw new Error(`${targets.length} probe destinations given; at most ${MAX_PROBES} are probed in one run`);
    }
    return Promise.all(targets.map((t) => probe(t, options)));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/egress/system.js
/**
 * The privileged side: run nft (as root, or through `sudo -n`), read the policy back, start and
 * stop the allowlisting resolver, point the system resolver at it. Every failure names the
 * command, what it said and what to do.
 */






/** `sudo -n` in front of privileged commands unless we are root. */
function privileged(cmd) {
    return process.getuid?.() === 0 ? cmd : ['sudo', '-n', ...cmd];
}
function run(cmd, input, timeoutMs = 10_000) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.execFile)(cmd[0], cmd.slice(1), { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
            const code = err
                ? typeof err.code === 'number'
                    ? Number(err.code)
                    : 1
                : 0;
            resolve({
                code,
                stdout: String(stdout),
                stderr: err && !stderr ? err.message : String(stderr)
            });
        });
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
/** Run nft; throws a GateError naming the action and nft's message. */
async function nft(args, what, input) {
    const r = await run(privileged(['nft', ...args]), input);
    if (r.code !== 0) {
        const msg = r.stderr.trim().split('\n').slice(0, 6).join(' / ');
        throw new core_errors/* GateError */.ue(`could not ${what}: nft ${args.join(' ')} failed: ${msg || `exit ${r.code}`}`, /not found|ENOENT/.test(msg)
            ? 'Install nftables (apt-get install nftables) or use operation: probe, which needs no privileges.'
            : 'operation audit/enforce needs root or passwordless sudo with CAP_NET_ADMIN; use operation: probe otherwise.');
    }
    return r.stdout;
}
async function tableExists(table) {
    const r = await run(privileged(['nft', 'list', 'table', 'inet', table]));
    return r.code === 0;
}
/** The chains of the table without set contents or counters: the part a re-check compares. */
async function chainsText(table) {
    const parts = [];
    for (const chain of ['allow', 'outside', 'output', 'forward']) {
        parts.push(await nft(['list', 'chain', 'inet', table, chain], `read chain ${chain}`));
    }
    return parts.join('');
}
/** Elements of a `addr . proto . port` set with their packet counters. */
async function listCountedSet(table, set) {
    const text = await nft(['-j', 'list', 'set', 'inet', table, set], `read set ${set}`);
    const doc = JSON.parse(text);
    const out = [];
    for (const item of doc.nftables) {
        for (const e of item.set?.elem ?? []) {
            const concat = e.elem?.val.concat ?? e.concat;
            if (!concat)
                continue;
            out.push({
                address: String(concat[0]),
                proto: String(concat[1]),
                port: Number(concat[2]),
                packets: e.elem?.counter?.packets ?? 0
            });
        }
    }
    return out;
}
/** Nameservers of a resolv.conf text. */
function nameservers(text) {
    return text
        .split('\n')
        .map((l) => /^\s*nameserver\s+(\S+)/.exec(l)?.[1])
        .filter((s) => !!s && (0,external_node_net_.isIP)(s.replace(/%.*$/, '')) !== 0);
}
/**
 * The upstream DNS servers the resolver forwards to: /etc/resolv.conf, or, behind the
 * systemd-resolved stub (127.0.0.53), the servers resolved itself uses.
 */
function systemUpstream(resolvConf = '/etc/resolv.conf') {
    const servers = (0,external_node_fs_.existsSync)(resolvConf) ? nameservers((0,external_node_fs_.readFileSync)(resolvConf, 'utf8')) : [];
    if (servers.every((s) => s.startsWith('127.0.0.5')) &&
        (0,external_node_fs_.existsSync)('/run/systemd/resolve/resolv.conf')) {
        return nameservers((0,external_node_fs_.readFileSync)('/run/systemd/resolve/resolv.conf', 'utf8'));
    }
    return servers.filter((s) => s !== '127.0.0.1' && s !== '::1');
}
/**
 * Start the resolver (this gate's bundle with `--egress-resolver`) as a dedicated uid that keeps
 * only CAP_NET_ADMIN (to add set elements) and CAP_NET_BIND_SERVICE (port 53). The bundle is
 * copied to a private folder first so that uid can read it wherever the action is checked out.
 */
async function startResolver(bundle, configJson, uid, stateDir, timeoutMs = 5000) {
    if (!(0,external_node_fs_.existsSync)(bundle)) {
        throw new core_errors/* GateError */.ue(`the resolver bundle ${bundle} is missing`, 'Build the action (npm run bundle) or use a released version.');
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ci-intel-egress-'));
    (0,external_node_fs_.chmodSync)(dir, 0o755);
    const script = (0,external_node_path_.join)(dir, 'resolver.mjs');
    (0,external_node_fs_.copyFileSync)(bundle, script);
    const config = (0,external_node_path_.join)(dir, 'resolver.json');
    (0,external_node_fs_.writeFileSync)(config, configJson);
    const logFile = (0,external_node_path_.join)(stateDir, 'dns-queries.ndjson');
    const fd = (0,external_node_fs_.openSync)(logFile, 'w');
    const caps = '+net_admin,+net_bind_service';
    const cmd = privileged([
        'setpriv',
        `--reuid=${uid}`,
        `--regid=${uid}`,
        '--clear-groups',
        `--inh-caps=${caps}`,
        `--ambient-caps=${caps}`,
        '--',
        process.execPath,
        script,
        '--egress-resolver',
        config
    ]);
    const child = (0,external_node_child_process_.spawn)(cmd[0], cmd.slice(1), { detached: true, stdio: ['ignore', fd, fd] });
    (0,external_node_fs_.closeSync)(fd);
    let exited = null;
    child.on('exit', (code) => (exited = code ?? -1));
    child.unref();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const ready = /"ready":(\d+)/.exec((0,external_node_fs_.readFileSync)(logFile, 'utf8'));
        if (ready)
            return { pid: Number(ready[1]), logFile, dir };
        if (exited !== null)
            break;
        await new Promise((r) => setTimeout(r, 25));
    }
    const log = (0,external_node_fs_.existsSync)(logFile)
        ? (0,external_node_fs_.readFileSync)(logFile, 'utf8').trim().split('\n').slice(-5).join(' / ')
        : '';
    if (exited === null && child.pid)
        process.kill(-child.pid, 'SIGKILL');
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    throw new core_errors/* GateError */.ue(`the allowlisting DNS resolver did not start within ${timeoutMs} ms${exited !== null ? ` (exit ${exited})` : ''}: ${log || 'no output'}`, "It needs setpriv (util-linux), root or passwordless sudo, and a free UDP port 53 on the dns-listen addresses (stop systemd-resolved's stub listener or another DNS server there), or use dns: system.");
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
async function stopProcess(pid) {
    if (!pid || !processAlive(pid))
        return;
    await run(privileged(['kill', String(pid)]));
}

// EXTERNAL MODULE: ./lib/gates/egress-check/findings.js
var egress_check_findings = __webpack_require__(5805);
// EXTERNAL MODULE: ./lib/core/hub-root.js
var hub_root = __webpack_require__(7669);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(6613);
// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
// EXTERNAL MODULE: ./node_modules/dns-packet/index.js
var dns_packet = __webpack_require__(4894);
;// CONCATENATED MODULE: ./lib/egress/dns-filter.js
/**
 * The allowlisting resolver: a small UDP DNS forwarder. Names on the allowlist are forwarded to
 * the upstream server and the A/AAAA addresses in the answer are added to the policy's nft sets
 * (with the name's allowed ports) before the answer reaches the client, so the first connect
 * already finds them. Names off the list get REFUSED and never reach the upstream (no DNS
 * exfiltration). In audit mode every name is forwarded and the ones off the list are recorded.
 * Every decision is written as one JSON line to stdout (the query log the report reads).
 */




/** What to do with a question. */
function decide(allowlist, name, qtype, cfg) {
    const allowed = allowlist.nameAllowed(name);
    if (!allowed)
        return cfg.policy === 'audit' ? 'forward' : 'refuse';
    if (qtype === 'AAAA' && cfg.ipv6 === 'block' && cfg.policy === 'block')
        return 'empty';
    return 'forward';
}
/** The set elements (`addr . port`) an answer adds for an allowed name. */
function elementsFor(allowlist, name, answers, ipv6) {
    const ports = allowlist.portsForName(name);
    const v4 = new Set();
    const v6 = new Set();
    for (const a of answers) {
        if (a.type === 'A' && typeof a.data === 'string' && isIP(a.data) === 4) {
            for (const p of ports)
                v4.add(`${a.data} . ${p}`);
        }
        if (a.type === 'AAAA' &&
            ipv6 === 'allowlist' &&
            typeof a.data === 'string' &&
            isIP(a.data) === 6) {
            for (const p of ports)
                v6.add(`${a.data} . ${p}`);
        }
    }
    return { v4: [...v4], v6: [...v6] };
}
function addressesOf(answers) {
    const out = [];
    for (const a of answers)
        if (a.type === 'A' || a.type === 'AAAA')
            out.push(a.data);
    return out;
}
function parseHostPort(text, defaultPort) {
    const b = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
    if (b)
        return { host: b[1], port: b[2] ? Number(b[2]) : defaultPort };
    if ((0,external_node_net_.isIP)(text) === 6)
        return { host: text, port: defaultPort };
    const i = text.lastIndexOf(':');
    if (i > 0)
        return { host: text.slice(0, i), port: Number(text.slice(i + 1)) };
    return { host: text, port: defaultPort };
}
function reply(query, rcode, answers = []) {
    const rd = (query.flags ?? 0) & dnsPacket.RECURSION_DESIRED;
    return dnsPacket.encode({
        type: 'response',
        id: query.id,
        flags: rd | dnsPacket.RECURSION_AVAILABLE | rcode,
        questions: query.questions,
        answers
    });
}
class DnsFilter {
    cfg;
    addElements;
    log;
    allowlist;
    added = new Set();
    sockets = [];
    constructor(cfg, addElements, log) {
        this.cfg = cfg;
        this.addElements = addElements;
        this.log = log;
        const { endpoints, errors } = parseEndpoints(cfg.endpoints);
        if (errors.length)
            throw errors[0];
        this.allowlist = new Allowlist(endpoints);
    }
    async listen() {
        for (const address of this.cfg.listen) {
            const socket = createSocket({
                type: isIP(address) === 6 ? 'udp6' : 'udp4',
                reuseAddr: false
            });
            socket.on('message', (msg, rinfo) => {
                this.handle(msg)
                    .then((out) => {
                    if (out)
                        socket.send(out, rinfo.port, rinfo.address);
                })
                    .catch(() => undefined);
            });
            await new Promise((resolve, reject) => {
                socket.once('error', reject);
                socket.bind(this.cfg.port, address, () => {
                    socket.off('error', reject);
                    resolve();
                });
            });
            this.sockets.push(socket);
        }
    }
    close() {
        for (const s of this.sockets)
            s.close();
    }
    async forward(msg) {
        let lastError = 'no upstream configured';
        for (const up of this.cfg.upstream) {
            const { host, port } = parseHostPort(up, 53);
            try {
                return await new Promise((resolve, reject) => {
                    const s = createSocket(isIP(host) === 6 ? 'udp6' : 'udp4');
                    const timer = setTimeout(() => {
                        s.close();
                        reject(new Error(`upstream ${up} did not answer within ${this.cfg.timeoutMs} ms`));
                    }, this.cfg.timeoutMs);
                    s.once('error', (err) => {
                        clearTimeout(timer);
                        s.close();
                        reject(err);
                    });
                    s.once('message', (answer) => {
                        clearTimeout(timer);
                        s.close();
                        resolve(answer);
                    });
                    s.send(msg, port, host);
                });
            }
            catch (err) {
                lastError = err.message;
            }
        }
        throw new Error(lastError);
    }
    async allow(name, answers) {
        // audit: an allowed name's IPv6 addresses are inside the allowlist too (nothing is blocked there).
        const ipv6 = this.cfg.policy === 'audit' ? 'allowlist' : this.cfg.ipv6;
        const { v4, v6 } = elementsFor(this.allowlist, name, answers, ipv6);
        const new4 = v4.filter((e) => !this.added.has(`4 ${e}`));
        const new6 = v6.filter((e) => !this.added.has(`6 ${e}`));
        if (new4.length)
            await this.addElements('dyn4', new4);
        if (new6.length)
            await this.addElements('dyn6', new6);
        for (const e of new4)
            this.added.add(`4 ${e}`);
        for (const e of new6)
            this.added.add(`6 ${e}`);
    }
    /** Answer one query packet (undefined: drop it, e.g. not a query). */
    async handle(msg) {
        let query;
        try {
            query = dnsPacket.decode(msg);
        }
        catch {
            return undefined;
        }
        if (query.type !== 'query' || !query.questions?.length)
            return undefined;
        const q = query.questions[0];
        const name = normalizeName(q.name);
        const allowed = this.allowlist.nameAllowed(name);
        const decision = decide(this.allowlist, name, q.type, this.cfg);
        const entry = {
            t: new Date().toISOString(),
            name,
            type: q.type,
            allowed,
            decision
        };
        if (decision === 'refuse') {
            this.log({ ...entry, rcode: 'REFUSED' });
            return reply(query, 5);
        }
        if (decision === 'empty') {
            this.log({ ...entry, rcode: 'NOERROR' });
            return reply(query, 0);
        }
        try {
            const raw = await this.forward(msg);
            const answer = dnsPacket.decode(raw);
            const answers = answer.answers ?? [];
            if (allowed)
                await this.allow(name, answers);
            this.log({
                ...entry,
                rcode: answer.rcode,
                answers: addressesOf(answers)
            });
            if (!allowed || this.cfg.ipv6 === 'allowlist' || this.cfg.policy === 'audit')
                return raw;
            // ipv6 block: strip AAAA records that came along (e.g. for ANY), the policy would reject them.
            return dnsPacket.encode({ ...answer, answers: answers.filter((a) => a.type !== 'AAAA') });
        }
        catch (err) {
            this.log({ ...entry, rcode: 'SERVFAIL', error: err.message });
            return reply(query, 2);
        }
    }
}

;// CONCATENATED MODULE: ./lib/egress/nft-ruleset.js


const TABLE = 'ci_intel_egress';
function addressRule(e) {
    const net = e.prefix === (e.family === 4 ? 32 : 128) ? e.address : `${e.address}/${e.prefix}`;
    const match = `${e.family === 4 ? 'ip' : 'ip6'} daddr ${net}`;
    return e.port === undefined ? `${match} accept` : `${match} tcp dport ${e.port} accept`;
}
function dnsRules(spec) {
    const rules = [];
    const owner = spec.resolverUid === undefined ? '' : `meta skuid ${spec.resolverUid} `;
    for (const up of spec.upstream) {
        const { host, port } = parseHostPort(up, 53);
        const fam = (0,external_node_net_.isIP)(host) === 6 ? 'ip6' : 'ip';
        rules.push(`${owner}${fam} daddr ${host} meta l4proto { tcp, udp } th dport ${port} accept`);
    }
    return rules;
}
function nft_ruleset_elements(list) {
    return list?.length ? ` elements = { ${list.join(', ')} };` : '';
}
/** The whole script: (re)creates the table atomically. */
function renderRuleset(spec) {
    const t = spec.table ?? TABLE;
    const enforce = spec.policy === 'enforce';
    const record = enforce ? 'blocked' : 'seen';
    const lines = [
        `table inet ${t} {}`,
        `delete table inet ${t}`,
        `table inet ${t} {`,
        `  set dyn4 { type ipv4_addr . inet_service;${nft_ruleset_elements(spec.dyn4)} }`,
        `  set dyn6 { type ipv6_addr . inet_service;${nft_ruleset_elements(spec.dyn6)} }`,
        `  set ${record}4 { type ipv4_addr . inet_proto . inet_service; size 65535; flags dynamic; counter; }`,
        `  set ${record}6 { type ipv6_addr . inet_proto . inet_service; size 65535; flags dynamic; counter; }`,
        `  counter ${record}_other { }`,
        `  chain allow {`,
        `    ip daddr . tcp dport @dyn4 accept`,
        `    ip6 daddr . tcp dport @dyn6 accept`,
        ...spec.addresses.map((e) => `    ${addressRule(e)}`),
        `  }`,
        `  chain outside {`,
        `    meta nfproto ipv4 meta l4proto { tcp, udp } update @${record}4 { ip daddr . meta l4proto . th dport }`,
        `    meta nfproto ipv6 meta l4proto { tcp, udp } update @${record}6 { ip6 daddr . meta l4proto . th dport }`,
        `    meta l4proto != { tcp, udp } counter name ${record}_other`,
        ...(enforce
            ? [`    meta l4proto tcp reject with tcp reset`, `    reject with icmpx admin-prohibited`]
            : []),
        `  }`,
        `  chain output {`,
        `    type filter hook output priority filter; policy ${enforce ? 'drop' : 'accept'};`,
        `    oifname "lo" accept`,
        `    ct state established,related accept`,
        `    icmpv6 type { nd-router-solicit, nd-neighbor-solicit, nd-neighbor-advert, mld-listener-report, mld2-listener-report } accept`,
        `    udp dport { 67, 547 } accept`,
        ...dnsRules(spec).map((r) => `    ${r}`),
        `    jump allow`,
        `    jump outside`,
        `  }`,
        `  chain forward {`,
        `    type filter hook forward priority filter; policy ${enforce ? 'drop' : 'accept'};`,
        `    ct state established,related accept`,
        `    icmpv6 type { nd-router-solicit, nd-neighbor-solicit, nd-neighbor-advert } accept`,
        `    jump allow`,
        `    jump outside`,
        `  }`,
        `}`
    ];
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/egress/resolv-conf.js
/** Point the system resolver at the allowlisting resolver, and put it back. */




async function mustRun(cmd, what) {
    const r = await run(privileged(cmd));
    if (r.code !== 0) {
        throw new core_errors/* GateError */.ue(`could not ${what}: ${cmd.join(' ')}: ${r.stderr.trim() || `exit ${r.code}`}`, 'Run as root or with passwordless sudo.');
    }
}
/** Replace resolv.conf with `nameserver <server>` lines; returns what to restore. */
async function pointResolvConf(path, servers, scratch) {
    const backup = { path };
    const st = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    if (st?.isSymbolicLink())
        backup.symlink = (0,external_node_fs_.readlinkSync)(path);
    else if (st)
        backup.content = (0,external_node_fs_.readFileSync)(path, 'utf8');
    const tmp = (0,external_node_path_.join)(scratch, 'resolv.conf');
    (0,external_node_fs_.writeFileSync)(tmp, `# written by ci-intel egress-check: only allowlisted names resolve\n${servers.map((s) => `nameserver ${s}`).join('\n')}\noptions timeout:2 attempts:2\n`);
    // A symlink is replaced by a file; a regular file (or a bind mount, as under `ip netns exec`) is overwritten in place.
    await mustRun(backup.symlink ? ['cp', '--remove-destination', tmp, path] : ['cp', tmp, path], `point ${path} at the allowlisting resolver`);
    return backup;
}
async function restoreResolvConf(backup, scratch) {
    if (backup.symlink) {
        await mustRun(['ln', '-sfn', backup.symlink, backup.path], `restore ${backup.path}`);
    }
    else if (backup.content !== undefined) {
        const tmp = (0,external_node_path_.join)(scratch, 'resolv.conf.orig');
        (0,external_node_fs_.writeFileSync)(tmp, backup.content);
        await mustRun(['cp', tmp, backup.path], `restore ${backup.path}`);
    }
}

;// CONCATENATED MODULE: ./lib/gates/egress-check/policy.js
/** Install, re-check and remove the egress policy; the state the post step reads. */










/** The resolver's uid: a number no distribution hands out, so `meta skuid` matches only it. */
const RESOLVER_UID = 64317;
function stateFile(stateDir) {
    return (0,external_node_path_.join)(stateDir, 'state.json');
}
/** The state file holds a ruleset and a few lists; anything larger was not written by this gate. */
const MAX_STATE_BYTES = 8 * 1024 * 1024;
function readState(file) {
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new core_errors/* GateError */.ue(`no egress policy state at ${file}: operation audit or enforce did not run in this job (or RUNNER_TEMP changed)`, 'Run egress-check with operation: audit or enforce first; the post step and operation: report read what it installed.');
    }
    // The state decides what the post step re-checks: read it like any other input document.
    const doc = (0,strict_json/* parseStrictJson */.RJ)((0,read_file/* readRegularTextFile */.I)(file, { maxBytes: MAX_STATE_BYTES, what: 'the egress policy state' }), file);
    const state = (doc && typeof doc === 'object' ? doc : {});
    if (state.schema !== 'ci-intel.egress-state.v1')
        throw new core_errors/* GateError */.ue(`${file} is not an egress-check state file`);
    return state;
}
/** dns: system \u2014 resolve the allowed names once, now; a name that does not resolve is an error. */
async function hydrate(allowlist, ipv6, timeoutMs) {
    const wild = allowlist.wildcards();
    if (wild.length) {
        throw new core_errors/* GateError */.ue(`wildcard entries need dns: allowlist (their addresses are learnt as names resolve): ${wild.map((w) => w.raw).join(', ')}`, 'Use dns: allowlist, or list the concrete names.');
    }
    const resolver = new promises_.Resolver({ timeout: timeoutMs, tries: 2 });
    const dyn4 = new Set();
    const dyn6 = new Set();
    for (const e of allowlist.names()) {
        let v4;
        try {
            v4 = await resolver.resolve4(e.host);
        }
        catch (err) {
            throw new core_errors/* GateError */.ue(`allowed name ${e.host} did not resolve (${err.code}); the policy is not installed`, 'Fix the name in allowed-endpoints or its DNS; this gate never falls back to an open policy.');
        }
        for (const a of v4)
            dyn4.add(`${a} . ${e.port}`);
        if (ipv6 === 'allowlist') {
            const v6 = await resolver.resolve6(e.host).catch(() => []);
            for (const a of v6)
                dyn6.add(`${a} . ${e.port}`);
        }
    }
    return { dyn4: [...dyn4], dyn6: [...dyn6] };
}
async function installPolicy(o) {
    if (process.platform !== 'linux') {
        throw new core_errors/* GateError */.ue(`operation ${o.operation} needs Linux with nftables (this is ${process.platform})`, 'Use operation: probe on this platform.');
    }
    (0,external_node_fs_.mkdirSync)(o.stateDir, { recursive: true });
    const upstream = o.upstream.length ? o.upstream : systemUpstream();
    if (!upstream.length) {
        throw new core_errors/* GateError */.ue('no upstream DNS server found in /etc/resolv.conf', 'Set dns-upstream to the DNS server the job should use.');
    }
    // A previous install in this job: stop its resolver before replacing the policy.
    const previous = (0,external_node_fs_.existsSync)(stateFile(o.stateDir)) ? readState(stateFile(o.stateDir)) : undefined;
    if (previous?.resolverPid)
        await stopProcess(previous.resolverPid);
    const useResolver = o.dns === 'allowlist';
    const hydrated = useResolver
        ? { dyn4: [], dyn6: [] }
        : await hydrate(o.allowlist, o.ipv6, o.timeoutMs);
    const ruleset = renderRuleset({
        policy: o.operation,
        table: TABLE,
        addresses: o.allowlist.addresses(),
        upstream,
        resolverUid: useResolver ? RESOLVER_UID : undefined,
        ...hydrated
    });
    await nft(['-f', '-'], 'install the egress policy', ruleset);
    o.log(`egress-check: nft table inet ${TABLE} installed (${o.operation})`);
    const state = {
        schema: 'ci-intel.egress-state.v1',
        operation: o.operation,
        table: TABLE,
        installedAt: new Date().toISOString(),
        dns: o.dns,
        upstream,
        chains: await chainsText(TABLE),
        ruleset: await nft(['list', 'table', 'inet', TABLE], 'read the installed policy'),
        endpoints: o.entries
    };
    try {
        if (useResolver) {
            const config = {
                listen: o.listen,
                port: 53,
                upstream,
                endpoints: o.entries,
                policy: o.operation === 'enforce' ? 'block' : 'audit',
                ipv6: o.ipv6,
                table: TABLE,
                timeoutMs: Math.max(1000, o.timeoutMs),
                nft: ['nft']
            };
            const bundle = (0,external_node_path_.join)((0,hub_root/* hubRoot */.G)(), 'dist', 'egress-check', 'index.js');
            const proc = await startResolver(bundle, JSON.stringify(config), RESOLVER_UID, o.stateDir);
            state.resolverPid = proc.pid;
            state.queryLog = proc.logFile;
            state.resolverDir = proc.dir;
            state.resolvConf = await pointResolvConf(o.resolvConfPath ?? '/etc/resolv.conf', [o.listen[0]], o.stateDir);
            o.log(`egress-check: allowlisting resolver pid ${proc.pid} on ${o.listen.join(', ')}, upstream ${upstream.join(', ')}`);
        }
    }
    catch (err) {
        // Fail closed: the blocking policy stays; only the state is written so report/post can clean up.
        (0,external_node_fs_.writeFileSync)(stateFile(o.stateDir), JSON.stringify(state, null, 2));
        throw err;
    }
    (0,external_node_fs_.writeFileSync)(stateFile(o.stateDir), JSON.stringify(state, null, 2));
    return state;
}
async function recheckPolicy(state, processAlive) {
    const problems = [];
    const installed = await tableExists(state.table);
    let unchanged = false;
    if (!installed) {
        problems.push(`nft table inet ${state.table} is gone (expected: installed at ${state.installedAt}; actual: missing \u2014 a later step flushed the ruleset or deleted the table)`);
    }
    else {
        const now = await chainsText(state.table).catch(() => '');
        unchanged = now === state.chains;
        if (!unchanged)
            problems.push(`the chains of nft table inet ${state.table} changed after ${state.installedAt} (expected the ruleset in the evidence; actual: different rules)`);
    }
    const r = { installed, unchanged, problems };
    if (state.resolverPid) {
        r.resolverRunning = processAlive(state.resolverPid);
        if (!r.resolverRunning)
            problems.push(`the allowlisting resolver (pid ${state.resolverPid}) is no longer running (expected: running; actual: exited or killed)`);
    }
    if (state.resolvConf) {
        const text = (0,external_node_fs_.existsSync)(state.resolvConf.path)
            ? (0,external_node_fs_.readFileSync)(state.resolvConf.path, 'utf8')
            : '';
        r.resolvConfPointed = text.includes('written by ci-intel egress-check');
        if (!r.resolvConfPointed)
            problems.push(`${state.resolvConf.path} no longer points at the allowlisting resolver (a later step rewrote it)`);
    }
    return r;
}
async function removePolicy(state, stateDir) {
    if (state.resolverPid)
        await stopProcess(state.resolverPid);
    if (state.resolverDir)
        (0,external_node_fs_.rmSync)(state.resolverDir, { recursive: true, force: true });
    if (state.resolvConf)
        await restoreResolvConf(state.resolvConf, stateDir);
    if (await tableExists(state.table))
        await nft(['delete', 'table', 'inet', state.table], 'remove the egress policy');
}

;// CONCATENATED MODULE: ./lib/gates/egress-check/targets.js
/** Which destinations to probe, from the inputs. */




function parseAllowlist(input, entries) {
    const { endpoints, errors } = endpoints_parseEndpoints(entries);
    if (errors.length) {
        throw new core_errors/* InputError */.dz(input, `${errors.map((e) => e.message).join('; ')} (expected host:port, *.domain:port, an IP or a CIDR)`);
    }
    return new endpoints_Allowlist(endpoints);
}
function probeTargets(input, entries) {
    const out = [];
    for (const e of entries) {
        try {
            out.push(parseProbeTarget(e));
        }
        catch (err) {
            if (err instanceof EndpointError)
                throw new core_errors/* InputError */.dz(input, `${err.message} (expected host:port or ip:port)`);
            throw err;
        }
    }
    return out;
}
/** Whether a probe destination is covered by the allowlist (by name, or as a literal address). */
function targetAllowed(allowlist, t) {
    return t.literal
        ? allowlist.addressAllowed(t.host, t.port)
        : allowlist.portsForName(t.host).includes(t.port);
}
function buildTargets(inputs, implicit) {
    const userEntries = splitEndpoints(inputs.string('allowed-endpoints') ?? '');
    const allowlist = parseAllowlist('allowed-endpoints', [...userEntries, ...implicit]);
    const userList = parseAllowlist('allowed-endpoints', userEntries);
    const deniedGiven = inputs.has('probe-denied');
    const deniedRaw = deniedGiven
        ? splitEndpoints(inputs.string('probe-denied') ?? '')
        : DEFAULT_DENIED;
    const skippedDefaults = [];
    const denied = [];
    for (const t of probeTargets('probe-denied', deniedRaw)) {
        if (!targetAllowed(allowlist, t))
            denied.push(t);
        else if (deniedGiven) {
            throw new core_errors/* InputError */.dz('probe-denied', `'${t.raw}' is also allowed by allowed-endpoints; a destination cannot be both`);
        }
        else
            skippedDefaults.push(t.raw);
    }
    let allowed;
    if (inputs.has('probe-allowed')) {
        allowed = probeTargets('probe-allowed', splitEndpoints(inputs.string('probe-allowed') ?? ''));
        for (const t of allowed) {
            if (!targetAllowed(allowlist, t)) {
                throw new core_errors/* InputError */.dz('probe-allowed', `'${t.raw}' is not covered by allowed-endpoints, so the policy would block it`);
            }
        }
    }
    else {
        // The allowlist's own hosts: every name, and every single address given with a port.
        allowed = [];
        for (const e of userList.endpoints) {
            if (e.kind === 'name')
                allowed.push({ raw: e.raw, host: e.host, port: e.port, literal: false });
            if (e.kind === 'address' &&
                e.port !== undefined &&
                e.prefix === (e.family === 4 ? 32 : 128)) {
                allowed.push({ raw: e.raw, host: e.address, port: e.port, literal: true });
            }
        }
    }
    if (denied.length + allowed.length > MAX_PROBES) {
        throw new core_errors/* InputError */.dz(denied.length > allowed.length ? 'probe-denied' : 'probe-allowed', `${denied.length + allowed.length} destinations to probe; at most ${MAX_PROBES} per run (set probe-allowed / probe-denied explicitly)`);
    }
    return { allowlist, userEntries, denied, allowed, skippedDefaults };
}

;// CONCATENATED MODULE: ./lib/gates/egress-check/index.js
/**
 * Gate: egress-check \u2014 prove (probe), record (audit) or enforce (enforce) default-deny network
 * egress for a CI job, and re-check in the post step (or operation: report) that the policy is
 * still in place.
 */











function stateDirOf(ctx) {
    return (0,external_node_path_.join)(ctx.tempDir, 'egress-check');
}
function dnsServersNow() {
    return (0,external_node_fs_.existsSync)('/etc/resolv.conf')
        ? nameservers((0,external_node_fs_.readFileSync)('/etc/resolv.conf', 'utf8'))
        : [];
}
async function runProbes(denied, allowed, timeoutMs) {
    const servers = dnsServersNow();
    const results = await probeAll([...denied, ...allowed], {
        timeoutMs,
        dnsServers: servers.length ? servers : undefined
    });
    return results.map((r, i) => {
        const expect = i < denied.length ? 'denied' : 'allowed';
        return { ...r, expect, ok: expect === 'denied' ? !r.answered : r.outcome === 'connected' };
    });
}
/** A TCP reset the policy sent (counted in blocked4/6) is told apart from a remote host's refusal. */
function attributeResets(rows, blocked) {
    const keys = new Set(blocked.map((b) => `${b.address}|${b.proto}|${b.port}`));
    for (const row of rows) {
        for (const a of row.addresses) {
            if (a.outcome === 'refused' && keys.has(`${a.address}|tcp|${row.port}`)) {
                a.outcome = 'prohibited';
                a.detail = 'reset by the egress policy (counted in its blocked set)';
            }
        }
        if (row.outcome === 'refused' && row.addresses.some((a) => a.outcome === 'prohibited'))
            row.outcome = 'prohibited';
    }
}
function probeFindings(rows) {
    return rows
        .filter((r) => !r.ok)
        .map((r) => (r.expect === 'denied' ? (0,egress_check_findings/* deniedFinding */.Fv)(r) : (0,egress_check_findings/* allowedFinding */.uU)(r)));
}
function outputsOf(rows, installed) {
    return {
        'reachable-denied': JSON.stringify(rows.filter((r) => r.expect === 'denied' && !r.ok).map((r) => r.target)),
        'unreachable-allowed': JSON.stringify(rows.filter((r) => r.expect === 'allowed' && !r.ok).map((r) => r.target)),
        'policy-installed': String(installed)
    };
}
/** The resolver's query log grows with the job; past this it is not ours (or not sane). */
const MAX_QUERY_LOG_BYTES = 1024 * 1024 * 1024;
/** The resolver's NDJSON query log, streamed line by line through the shared reader. */
function readQueryLog(file) {
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return [];
    const out = [];
    const take = (line) => {
        if (!line.startsWith('{"t"'))
            return;
        try {
            out.push(JSON.parse(line));
        }
        catch {
            // a line cut short by a kill: ignore it
        }
    };
    const decoder = new TextDecoder('utf-8');
    let rest = '';
    (0,read_file/* readRegularFileChunks */.xf)(file, { maxBytes: MAX_QUERY_LOG_BYTES, what: 'the DNS query log' }, (chunk) => {
        const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines)
            take(line);
    });
    take(rest + decoder.decode());
    return out;
}
async function recorded(state) {
    const prefix = state.operation === 'enforce' ? 'blocked' : 'seen';
    const elements = [
        ...(await listCountedSet(state.table, `${prefix}4`)),
        ...(await listCountedSet(state.table, `${prefix}6`))
    ];
    const log = readQueryLog(state.queryLog);
    const byAddress = new Map();
    for (const q of log) {
        for (const a of q.answers ?? []) {
            let s = byAddress.get(a);
            if (!s)
                byAddress.set(a, (s = new Set()));
            s.add(q.name);
        }
    }
    const unlistedNames = [...new Set(log.filter((q) => !q.allowed).map((q) => q.name))].sort();
    return { entries: (0,egress_check_findings/* withNames */.B1)(elements, byAddress), unlistedNames };
}
function operationOf(inputs, forced) {
    return forced ?? (inputs.string('operation') ?? 'probe');
}
async function evaluateProbe(inputs, ctx, operation) {
    const timeoutMs = inputs.number('timeout-ms') ?? 2000;
    const implicit = operation !== 'probe' && inputs.boolean('allow-runner-endpoints') ? RUNNER_ENDPOINTS : [];
    const t = buildTargets(inputs, implicit);
    if (operation !== 'audit' && t.denied.length === 0) {
        // No denied destination was probed, so nothing shows that egress is default-deny: a pass
        // here would be read as proof of something never tested.
        throw new core_errors/* GateError */.ue(t.skippedDefaults.length
            ? `no denied destination to probe: allowed-endpoints covers every default one (${t.skippedDefaults.join(', ')}), so nothing would show that egress is default-deny`
            : 'no denied destination to probe, so nothing would show that egress is default-deny', 'List destinations the job must not reach in probe-denied, or narrow allowed-endpoints (it should not cover 0.0.0.0/0 or public registries you mean to block).');
    }
    const evidence = {
        operation,
        allowlist: [...t.userEntries, ...implicit],
        skippedDefaults: t.skippedDefaults
    };
    let installed = false;
    let state;
    if (operation === 'audit' || operation === 'enforce') {
        state = await installPolicy({
            operation,
            allowlist: t.allowlist,
            entries: [...t.userEntries, ...implicit],
            dns: (inputs.string('dns') ?? 'allowlist'),
            ipv6: (inputs.string('ipv6') ?? 'block'),
            upstream: inputs.list('dns-upstream'),
            listen: inputs.list('dns-listen').length ? inputs.list('dns-listen') : ['127.0.0.1'],
            stateDir: stateDirOf(ctx),
            timeoutMs,
            log: ctx.log
        });
        installed = true;
        Object.assign(evidence, {
            ruleset: state.ruleset,
            upstream: state.upstream,
            resolverPid: state.resolverPid,
            stateFile: stateFile(stateDirOf(ctx))
        });
    }
    // audit blocks nothing, so probing denied destinations would only put them into the audit trail.
    const denied = operation === 'audit' ? [] : t.denied;
    const rows = await runProbes(denied, t.allowed, timeoutMs);
    if (state?.operation === 'enforce') {
        const blocked = [
            ...(await listCountedSet(state.table, 'blocked4')),
            ...(await listCountedSet(state.table, 'blocked6'))
        ];
        attributeResets(rows, blocked);
    }
    evidence.probes = rows;
    evidence.dnsServers = dnsServersNow();
    const findings = probeFindings(rows);
    const bad = rows.filter((r) => !r.ok);
    const what = operation === 'probe' ? 'probed' : `${operation} policy installed; probed`;
    const summary = bad.length
        ? `${bad.filter((r) => r.expect === 'denied').length} denied destination(s) reachable, ${bad.filter((r) => r.expect === 'allowed').length} allowed destination(s) unreachable (${what} ${rows.length})`
        : `${what} ${rows.length} destination(s): ${denied.length} denied blocked, ${t.allowed.length} allowed reachable`;
    return {
        verdict: bad.length ? 'fail' : 'pass',
        summary,
        findings,
        evidence,
        outputs: outputsOf(rows, installed)
    };
}
async function evaluateReport(inputs, ctx, file) {
    const state = readState(file);
    const check = await recheckPolicy(state, processAlive);
    const findings = check.problems.map((p) => ({
        rule: 'egress/policy-removed',
        severity: 'error',
        message: p,
        help: egress_check_findings/* RULES */.y0[2].help
    }));
    const evidence = {
        operation: 'report',
        recheck: check,
        ruleset: state.ruleset,
        upstream: state.upstream,
        stateFile: file
    };
    let contacted = 0;
    if (check.installed) {
        const r = await recorded(state);
        evidence.recorded = r.entries;
        evidence.unlistedNames = r.unlistedNames;
        const blocking = state.operation === 'enforce';
        for (const e of r.entries)
            findings.push((0,egress_check_findings/* unlistedFinding */.uO)(e, blocking));
        contacted = blocking ? 0 : r.entries.length;
        for (const n of r.unlistedNames) {
            findings.push({
                rule: 'egress/unlisted-name',
                severity: 'note',
                message: `${n} is not on the allowlist: ${blocking ? 'refused at DNS' : 'resolved and recorded'}`,
                help: egress_check_findings/* RULES */.y0[5].help
            });
        }
    }
    if (!inputs.boolean('keep-policy')) {
        await removePolicy(state, stateDirOf(ctx));
        evidence.removed = true;
    }
    const parts = [];
    if (check.problems.length)
        parts.push(`policy not intact: ${check.problems.length} problem(s)`);
    if (state.operation === 'audit')
        parts.push(`${contacted} destination(s) outside the allowlist contacted`);
    else
        parts.push(`${evidence.recorded?.length ?? 0} blocked destination(s), policy ${check.problems.length ? 'removed or changed' : 'intact'}`);
    const failed = check.problems.length > 0 || contacted > 0;
    return {
        verdict: failed ? 'fail' : 'pass',
        summary: `${state.operation} re-check: ${parts.join('; ')}`,
        findings,
        evidence,
        outputs: {
            'reachable-denied': '[]',
            'unreachable-allowed': '[]',
            'policy-installed': String(check.installed && check.unchanged)
        }
    };
}
/** The gate; `forced` and `state` are set by the post step. */
function egressGate(forced, stateFilePath) {
    return {
        name: 'egress-check',
        rules: egress_check_findings/* RULES */.y0,
        async evaluate(inputs, ctx) {
            const operation = operationOf(inputs, forced);
            if (operation === 'report')
                return evaluateReport(inputs, ctx, stateFilePath || stateFile(stateDirOf(ctx)));
            return evaluateProbe(inputs, ctx, operation);
        }
    };
}
const egressCheck = egressGate();


/***/ })

};
