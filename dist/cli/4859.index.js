export const id = 4859;
export const ids = [4859];
export const modules = {

/***/ 4859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_POLICY_FILE: () => (/* binding */ DEFAULT_POLICY_FILE),
  evaluateWorkflowPolicy: () => (/* binding */ evaluateWorkflowPolicy),
  scanListed: () => (/* binding */ scanListed),
  scanWorkflows: () => (/* binding */ scanWorkflows),
  workflowPolicy: () => (/* binding */ workflowPolicy)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/inputs.js
var inputs = __webpack_require__(50662);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/core/lazy-findings.js
var lazy_findings = __webpack_require__(11596);
// EXTERNAL MODULE: ./lib/core/unique-token.js
var unique_token = __webpack_require__(84560);
;// CONCATENATED MODULE: ./lib/core/findings-spool.js
/**
 * Findings kept off the JavaScript heap while a long scan runs. V8 lets a heap grow to several
 * times what it holds live before it collects, so 100,000 findings held as objects until the
 * end (a scan of thousands of files) made the peak grow with the file count. Here the first
 * 8,192 findings are held as given; each one after is a row of integer columns (file, line,
 * column, rule, severity, an optional key for a help text decided at the end) and its message
 * and help as bytes in 1 MiB chunks. Past 4 chunks, full ones are written to a temporary file,
 * unlinked as soon as it is open, and read back when needed. The values that repeat and are
 * needed to sort (files, rules) are kept once each.
 *
 * What comes back (`findings()`, here or from the spool another thread `received`) is the
 * findings given, field for field, in the order asked for; a finding the columns cannot carry
 * exactly (another field, a fractional line) is kept as it is.
 */





/**
 * From this many findings on, `list()` gives a lazy list (src/core/lazy-findings.ts) read from
 * the spool as the reporters ask; below, the findings are made at once and the spool closed.
 */
const LAZY_MIN_FINDINGS = 20_000;
/** Spools kept open for a lazy list, closed when the list is collected or the process ends. */
const openForLists = new Set();
const closeWhenCollected = new FinalizationRegistry((close) => close());
let closesAtExit = false;
/**
 * The first findings are held as the objects given: a scan with fewer pays nothing for the
 * spool, and what they hold (about 4 MiB) does not grow with the scan.
 */
const DEFAULT_OBJECT_ROWS = 8192;
const CHUNK_BYTES = 1 << 20;
/** Chunks held in memory before full ones go to the spill file. */
const DEFAULT_RESIDENT_CHUNKS = 4;
/** A text longer than this (in bytes) is kept as a string instead. */
const MAX_TEXT_BYTES = CHUNK_BYTES / 4;
const SEVERITIES = ['error', 'warning', 'note'];
const KNOWN = new Set(['rule', 'severity', 'message', 'help', 'file', 'line', 'column']);
// Columns of a row.
const FILE = 0;
const LINE = 1;
const COLUMN = 2;
const RULE = 3;
const SEVERITY = 4;
/** A help key (>= 0), -1: the help is in the chunk, -2: no help, -3: the row is kept as it is. */
const HELP = 5;
const CHUNK = 6;
const OFFSET = 7;
/** Message bytes; ASCII_FLAG marks ASCII text, a byte a character (else UTF-16). */
const MESSAGE_BYTES = 8;
const HELP_BYTES = 9;
const WIDTH = 10;
const ASCII_FLAG = 0x40000000;
const KEPT = -3;
const NO_HELP = -2;
const HELP_IN_CHUNK = -1;
/** A new, empty spill file in `dir`, removed as soon as it is open where the system allows. */
function openSpillFile(dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, `ci-intel-findings-${(0,unique_token/* randomId */.z)()}.spool`);
    const fd = (0,external_node_fs_.openSync)(path, 'wx+', 0o600);
    try {
        (0,external_node_fs_.unlinkSync)(path);
        return { fd, path: undefined };
    }
    catch {
        return { fd, path };
    }
}
/** Close a spill file and remove it if it is still there. */
function closeSpillFile(file) {
    (0,external_node_fs_.closeSync)(file.fd);
    if (file.path) {
        try {
            (0,external_node_fs_.unlinkSync)(file.path);
        }
        catch {
            // Gone already.
        }
    }
}
/** ASCII text is stored a byte a character (read back as latin1); the rest as UTF-16. */
function isAscii(s) {
    return Buffer.byteLength(s, 'utf8') === s.length;
}
function byteLength(s, ascii) {
    return ascii ? s.length : s.length * 2;
}
class FindingsSpool {
    rows = new Int32Array(WIDTH * 1024);
    count = 0;
    files = [];
    fileIndex = new Map();
    rules = [];
    ruleIndex = new Map();
    helpKeys = [];
    helpKeyIndex = new Map();
    /** Rows kept as given (see KEPT), by row, with their help key. */
    kept = new Map();
    /** Chunk buffers in memory (undefined: spilled). */
    chunks = [];
    used = 0;
    resident = 0;
    fd;
    spillPath;
    /** The spill file, when the caller gave it (and closes it). */
    given;
    cache;
    lastMiss = -1;
    dir;
    residentChunks;
    objectRows;
    /** Chunks written to the spill file. */
    spilledChunks = 0;
    constructor(options = {}) {
        this.dir = options.dir ?? (0,external_node_os_.tmpdir)();
        this.residentChunks = Math.max(1, options.residentChunks ?? DEFAULT_RESIDENT_CHUNKS);
        this.objectRows = Math.max(0, options.objectRows ?? DEFAULT_OBJECT_ROWS);
        this.given = options.spillFile;
    }
    get size() {
        return this.count;
    }
    /**
     * Add `f`; `helpKey`, when given, names a help text the caller decides at the end (`helps`
     * of `findings()` / `table()`) and `f.help` is not stored. Returns the finding's row.
     */
    add(f, helpKey) {
        const row = this.count++;
        if (this.rows.length < this.count * WIDTH) {
            const grown = new Int32Array(this.rows.length * 2);
            grown.set(this.rows);
            this.rows = grown;
        }
        this.write(row, f, helpKey);
        return row;
    }
    /** Replace the finding of `row` (a fix changed its severity and message). */
    replace(row, f) {
        if (row < 0 || row >= this.count)
            throw new RangeError(`no finding ${row} in the spool`);
        const key = this.rows[row * WIDTH + HELP];
        const helpKey = key === KEPT ? this.kept.get(row).helpKey : key >= 0 ? this.helpKeys[key] : undefined;
        this.kept.delete(row);
        this.write(row, f, helpKey);
    }
    /** The finding of `row`, its help decided by `helps` where it has a help key. */
    get(row, helps) {
        const at = row * WIDTH;
        const r = this.rows;
        if (r[at + HELP] === KEPT) {
            const { f, helpKey } = this.kept.get(row);
            return helpKey === undefined ? f : { ...f, help: helps ? helps(helpKey) : helpKey };
        }
        const f = {
            rule: this.rules[r[at + RULE]],
            severity: SEVERITIES[r[at + SEVERITY]],
            message: ''
        };
        const m = r[at + MESSAGE_BYTES];
        const mLen = m & ~ASCII_FLAG;
        const h = r[at + HELP_BYTES];
        const hLen = h & ~ASCII_FLAG;
        const place = this.bytes(r[at + CHUNK], r[at + OFFSET], mLen + hLen);
        const buf = place.buf;
        let offset = place.offset;
        f.message = buf.toString(m & ASCII_FLAG ? 'latin1' : 'utf16le', offset, offset + mLen);
        offset += mLen;
        const help = r[at + HELP];
        if (help === HELP_IN_CHUNK) {
            f.help = buf.toString(h & ASCII_FLAG ? 'latin1' : 'utf16le', offset, offset + hLen);
        }
        else if (help >= 0) {
            const key = this.helpKeys[help];
            f.help = helps ? helps(key) : key;
        }
        if (r[at + FILE] !== -1)
            f.file = this.files[r[at + FILE]];
        if (r[at + LINE] !== -1)
            f.line = r[at + LINE];
        if (r[at + COLUMN] !== -1)
            f.column = r[at + COLUMN];
        return f;
    }
    /**
     * Counts by severity and, for findings that are not notes, by rule (the rules in the order
     * they first occur in `order`, default: as added).
     */
    counts(order) {
        const out = { bySeverity: { error: 0, warning: 0, note: 0 }, byRule: new Map() };
        const n = order ? order.length : this.count;
        for (let i = 0; i < n; i++) {
            const row = order ? order[i] : i;
            const at = row * WIDTH;
            let rule;
            let severity;
            if (this.rows[at + HELP] === KEPT) {
                const { f } = this.kept.get(row);
                rule = f.rule;
                severity = f.severity;
            }
            else {
                rule = this.rules[this.rows[at + RULE]];
                severity = SEVERITIES[this.rows[at + SEVERITY]];
            }
            out.bySeverity[severity] = (out.bySeverity[severity] ?? 0) + 1;
            if (severity !== 'note')
                out.byRule.set(rule, (out.byRule.get(rule) ?? 0) + 1);
        }
        return out;
    }
    /**
     * Rows in the order of file, line, column, rule, message (files, rules and messages by
     * `localeCompare`, absent file as '', absent line or column as 0), ties in the order added.
     */
    sortedRows() {
        const n = this.count;
        const keptFiles = [];
        const keptRules = [];
        for (const { f } of this.kept.values()) {
            keptFiles.push(f.file ?? '');
            keptRules.push(f.rule);
        }
        const fileRank = rankMap([...this.files, '', ...keptFiles]);
        const ruleRank = rankMap([...this.rules, ...keptRules]);
        const files = this.files.map((f) => fileRank.get(f));
        const rules = this.rules.map((r) => ruleRank.get(r));
        const noFile = fileRank.get('');
        // Sort keys as columns: file rank, line, column, rule rank.
        // (Float64: a kept finding may have a fractional or negative line.)
        const keys = new Float64Array(n * 4);
        for (let row = 0; row < n; row++) {
            const at = row * WIDTH;
            const k = row * 4;
            const kept = this.kept.get(row);
            if (kept) {
                keys[k] = fileRank.get(kept.f.file ?? '');
                keys[k + 1] = kept.f.line ?? 0;
                keys[k + 2] = kept.f.column ?? 0;
                keys[k + 3] = ruleRank.get(kept.f.rule);
                continue;
            }
            const file = this.rows[at + FILE];
            keys[k] = file === -1 ? noFile : files[file];
            keys[k + 1] = Math.max(0, this.rows[at + LINE]);
            keys[k + 2] = Math.max(0, this.rows[at + COLUMN]);
            keys[k + 3] = rules[this.rows[at + RULE]];
        }
        const order = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        const sameKeys = (a, b) => {
            const ka = a * 4;
            const kb = b * 4;
            return (keys[ka] - keys[kb] ||
                keys[ka + 1] - keys[kb + 1] ||
                keys[ka + 2] - keys[kb + 2] ||
                keys[ka + 3] - keys[kb + 3]);
        };
        order.sort((a, b) => sameKeys(a, b) || a - b);
        // Findings at the same place under the same rule: by message, read once per run of them.
        for (let start = 0; start < n;) {
            let end = start + 1;
            while (end < n && !sameKeys(order[start], order[end]))
                end++;
            if (end - start > 1) {
                const run = Array.from(order.subarray(start, end), (row) => ({
                    row,
                    message: this.get(row).message
                }));
                run.sort((a, b) => a.message.localeCompare(b.message) || a.row - b.row);
                run.forEach((x, i) => (order[start + i] = x.row));
            }
            start = end;
        }
        return order;
    }
    /**
     * Every finding in `order`, as `findings()` gives them, for the caller to report. From
     * LAZY_MIN_FINDINGS on, a lazy list that reads each one from the spool when asked: the spool
     * stays open until the list is collected or the process ends. Below, the findings are made now
     * and the spool is closed. `release` runs once the spool is closed (the caller's spill file).
     */
    list(order, helps, release) {
        let closed = false;
        const close = () => {
            if (closed)
                return;
            closed = true;
            openForLists.delete(close);
            try {
                this.close();
            }
            finally {
                release?.();
            }
        };
        if (order.length < LAZY_MIN_FINDINGS) {
            try {
                return this.findings(order, helps);
            }
            finally {
                close();
            }
        }
        const list = (0,lazy_findings/* lazyFindings */.tY)({ length: order.length, at: (i) => this.get(order[i], helps) });
        openForLists.add(close);
        closeWhenCollected.register(list, close);
        if (!closesAtExit) {
            closesAtExit = true;
            process.once('exit', () => {
                for (const c of [...openForLists])
                    c();
            });
        }
        return list;
    }
    /** Every finding, in `order` (default: as added). */
    findings(order, helps) {
        const n = order ? order.length : this.count;
        const out = new Array(n);
        const shared = new Map();
        for (let i = 0; i < n; i++) {
            const row = order ? order[i] : i;
            const f = this.get(row, helps);
            // A help repeats across findings: one copy of each.
            if (f.help !== undefined && !this.kept.has(row)) {
                const own = shared.get(f.help);
                if (own === undefined)
                    shared.set(f.help, f.help);
                else
                    f.help = own;
            }
            out[i] = f;
        }
        return out;
    }
    /**
     * Everything the spool holds, for another thread of this process to read (`received`): the
     * rows, the order and the chunks in memory are moved (their buffers go in `transfer`, for
     * `postMessage`), the spilled chunks stay in the spill file the caller gave (`spillFile`:
     * threads share the process's descriptors, and the receiver reads the same one), and each help
     * key is decided here by `helps`. No finding is made as an object or a string on this side,
     * and this spool is left empty.
     */
    handOff(order, helps) {
        if (this.fd !== undefined && this.fd !== this.given?.fd) {
            // Its own file would be closed with this thread (a worker's descriptors are).
            throw new Error('a findings spool that spilled into a file of its own cannot be handed off');
        }
        const rows = this.rows.length === this.count * WIDTH ? this.rows : this.rows.slice(0, this.count * WIDTH);
        const chunks = [];
        const transfer = [rows.buffer];
        for (const buf of this.chunks) {
            if (!buf) {
                chunks.push(null);
                continue;
            }
            // A chunk is its own 1 MiB allocation (never the shared pool): moved as it is.
            const own = buf.byteOffset === 0 && buf.buffer.byteLength === buf.length
                ? buf.buffer
                : Uint8Array.prototype.slice.call(buf).buffer;
            chunks.push(own);
            transfer.push(own);
        }
        if (order.byteOffset === 0 && order.buffer.byteLength === order.byteLength)
            transfer.push(order.buffer);
        const handoff = {
            count: this.count,
            rows,
            order,
            files: this.files,
            rules: this.rules,
            helps: this.helpKeys.map((k) => (helps ? helps(k) : k)),
            kept: [...this.kept].map(([row, { f, helpKey }]) => [
                row,
                helpKey === undefined ? f : { ...f, help: helps ? helps(helpKey) : helpKey }
            ]),
            chunks,
            spilled: this.fd !== undefined
        };
        this.close();
        this.rows = new Int32Array(WIDTH);
        this.count = 0;
        this.kept.clear();
        return { handoff, transfer };
    }
    /**
     * The spool another thread handed off (`handOff`), read here; `spillFile` is the file that
     * thread's spool was given (still this caller's to close).
     */
    static received(h, spillFile) {
        if (h.rows.length !== h.count * WIDTH || h.order.length > h.count) {
            throw new Error('the findings handed over do not match their count');
        }
        if (h.spilled && !spillFile) {
            throw new Error('the findings handed over were spilled, and no spill file was given');
        }
        const spool = new FindingsSpool({ spillFile });
        spool.rows = h.rows;
        spool.count = h.count;
        for (const f of h.files)
            spool.intern(f, spool.files, spool.fileIndex);
        for (const r of h.rules)
            spool.intern(r, spool.rules, spool.ruleIndex);
        // The help keys were decided by the sender: each is its text now.
        spool.helpKeys.push(...h.helps);
        for (const [row, f] of h.kept)
            spool.kept.set(row, { f });
        for (const c of h.chunks)
            spool.chunks.push(c ? Buffer.from(c) : undefined);
        spool.resident = h.chunks.filter(Boolean).length;
        spool.used = CHUNK_BYTES;
        if (h.spilled)
            spool.fd = spillFile.fd;
        return spool;
    }
    /** Close and remove the spill file. The spool cannot be read afterwards. */
    close() {
        if (this.fd !== undefined) {
            if (this.fd !== this.given?.fd)
                (0,external_node_fs_.closeSync)(this.fd);
            this.fd = undefined;
        }
        if (this.spillPath) {
            try {
                (0,external_node_fs_.unlinkSync)(this.spillPath);
            }
            catch {
                // Unlinked when it was opened.
            }
            this.spillPath = undefined;
        }
        this.chunks.length = 0;
        this.cache = undefined;
    }
    write(row, f, helpKey) {
        const at = row * WIDTH;
        const r = this.rows;
        if (row < this.objectRows || !this.fits(f, helpKey)) {
            r[at + HELP] = KEPT;
            this.kept.set(row, { f, helpKey });
            return;
        }
        const mAscii = isAscii(f.message);
        const mBytes = byteLength(f.message, mAscii);
        let hAscii = true;
        let hBytes = 0;
        if (helpKey !== undefined)
            r[at + HELP] = this.intern(helpKey, this.helpKeys, this.helpKeyIndex);
        else if (f.help === undefined)
            r[at + HELP] = NO_HELP;
        else {
            r[at + HELP] = HELP_IN_CHUNK;
            hAscii = isAscii(f.help);
            hBytes = byteLength(f.help, hAscii);
        }
        const { chunk, offset } = this.reserve(mBytes + hBytes);
        const buf = this.chunks[chunk];
        buf.write(f.message, offset, mBytes, mAscii ? 'latin1' : 'utf16le');
        if (hBytes)
            buf.write(f.help, offset + mBytes, hBytes, hAscii ? 'latin1' : 'utf16le');
        r[at + FILE] = f.file === undefined ? -1 : this.intern(f.file, this.files, this.fileIndex);
        r[at + LINE] = f.line ?? -1;
        r[at + COLUMN] = f.column ?? -1;
        r[at + RULE] = this.intern(f.rule, this.rules, this.ruleIndex);
        r[at + SEVERITY] = SEVERITIES.indexOf(f.severity);
        r[at + CHUNK] = chunk;
        r[at + OFFSET] = offset;
        r[at + MESSAGE_BYTES] = mBytes | (mAscii ? ASCII_FLAG : 0);
        r[at + HELP_BYTES] = hBytes | (hAscii ? ASCII_FLAG : 0);
    }
    /** Whether the columns carry `f` exactly. */
    fits(f, helpKey) {
        for (const k in f)
            if (!KNOWN.has(k))
                return false;
        const count = (n) => n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 2 ** 31);
        const text = (s, optional) => (optional && s === undefined) || (typeof s === 'string' && s.length * 2 <= MAX_TEXT_BYTES);
        return (count(f.line) &&
            count(f.column) &&
            SEVERITIES.includes(f.severity) &&
            typeof f.rule === 'string' &&
            text(f.message, false) &&
            (helpKey !== undefined || text(f.help, true)) &&
            (f.file === undefined || typeof f.file === 'string'));
    }
    intern(s, list, index) {
        let i = index.get(s);
        if (i === undefined)
            index.set(s, (i = list.push(s) - 1));
        return i;
    }
    reserve(bytes) {
        if (this.chunks.length === 0 || this.used + bytes > CHUNK_BYTES) {
            // Past the budget the oldest chunk is written out and its memory is the new chunk.
            const buf = this.resident >= this.residentChunks ? this.spillOldest() : Buffer.allocUnsafe(CHUNK_BYTES);
            this.resident++;
            this.chunks.push(buf);
            this.used = 0;
        }
        const offset = this.used;
        this.used += bytes;
        return { chunk: this.chunks.length - 1, offset };
    }
    /** Write the oldest chunk still in memory (a full one) to the spill file; give its buffer. */
    spillOldest() {
        const c = this.chunks.findIndex((b) => b !== undefined);
        const buf = this.chunks[c];
        if (this.fd === undefined) {
            if (this.given)
                this.fd = this.given.fd;
            else
                ({ fd: this.fd, path: this.spillPath } = openSpillFile(this.dir));
        }
        for (let off = 0; off < CHUNK_BYTES;)
            off += (0,external_node_fs_.writeSync)(this.fd, buf, off, CHUNK_BYTES - off, c * CHUNK_BYTES + off);
        this.chunks[c] = undefined;
        this.resident--;
        this.spilledChunks++;
        return buf;
    }
    /**
     * Where `length` bytes at `offset` of chunk `c` can be read. A spilled chunk is read whole once
     * two reads in a row fall into it (findings read in about the order they were added); a read
     * that jumps takes only its own bytes.
     */
    bytes(c, offset, length) {
        const inMemory = this.chunks[c];
        if (inMemory)
            return { buf: inMemory, offset };
        if (this.cache?.chunk === c)
            return { buf: this.cache.buf, offset };
        if (this.fd === undefined)
            throw new Error('the findings spool is closed');
        if (this.lastMiss === c) {
            const buf = this.cache?.buf ?? Buffer.allocUnsafe(CHUNK_BYTES);
            this.readAt(buf, CHUNK_BYTES, c * CHUNK_BYTES);
            this.cache = { chunk: c, buf };
            return { buf, offset };
        }
        this.lastMiss = c;
        const buf = Buffer.allocUnsafe(length);
        this.readAt(buf, length, c * CHUNK_BYTES + offset);
        return { buf, offset: 0 };
    }
    readAt(buf, length, position) {
        for (let off = 0; off < length;) {
            const n = (0,external_node_fs_.readSync)(this.fd, buf, off, length - off, position + off);
            if (n === 0)
                throw new Error('the findings spool file ends before its last chunk');
            off += n;
        }
    }
}
/**
 * Each string's rank under `localeCompare` (strings it holds equal share a rank). The first
 * `localeCompare` of a process loads ICU's collation data (about 8 ms, an eighth of a small
 * gate's run), so a list that needs no comparison makes none: one distinct string, or the empty
 * string and one other holding an ASCII letter or digit (never ignorable, so the empty string
 * sorts first: the usual run of one workflow file, whose findings without a file rank first).
 */
function rankMap(list) {
    const set = new Set(list);
    if (set.size === 2 && set.has('')) {
        const other = [...set].find((s) => s !== '');
        if (/[A-Za-z0-9]/.test(other))
            return new Map([
                ['', 0],
                [other, 1]
            ]);
    }
    const distinct = [...set].sort((a, b) => a.localeCompare(b));
    const out = new Map();
    let rank = 0;
    distinct.forEach((s, i) => {
        if (i > 0 && distinct[i - 1].localeCompare(s) !== 0)
            rank++;
        out.set(s, rank);
    });
    return out;
}

// EXTERNAL MODULE: ./lib/workflows/files.js
var files = __webpack_require__(60577);
// EXTERNAL MODULE: ./lib/workflows/glob.js
var glob = __webpack_require__(59858);
// EXTERNAL MODULE: ./lib/workflows/detach.js
var detach = __webpack_require__(91271);
// EXTERNAL MODULE: ./lib/workflows/workflow.js + 1 modules
var workflow = __webpack_require__(33810);
// EXTERNAL MODULE: ./lib/workflows/yaml-doc.js + 2 modules
var yaml_doc = __webpack_require__(42159);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/apply-policy.js


function ownerMatches(pattern, target) {
    const p = pattern.toLowerCase();
    const t = target.toLowerCase();
    return t === p || t.startsWith(`${p}/`) || (0,glob/* globMatch */.eu)(t, p);
}
function pathMatches(pattern, file) {
    return file === pattern || (0,glob/* globMatch */.eu)(file, pattern, { dot: true });
}
function exceptionFor(policy, file, f) {
    return policy.exceptions.find((e) => e.valid &&
        e.rule === f.rule &&
        (e.path === undefined || pathMatches(e.path, file)) &&
        (e.owner === undefined || (f.owner !== undefined && ownerMatches(e.owner, f.owner))));
}
const RULE_IDS = new Map();
/** `workflow-policy/<rule>`, one string per rule. */
function ruleId(rule) {
    let id = RULE_IDS.get(rule);
    if (id === undefined)
        RULE_IDS.set(rule, (id = (0,detach/* detached */.h)(`workflow-policy/${rule}`)));
    return id;
}
/**
 * The gate's findings for one file's rule findings. A fix may hold them until the run ends, so
 * their text is stored in strings of its own: a message built from pieces of the workflow's text
 * would otherwise keep that whole text alive. Helps are shared (`sharedText`).
 */
function applyPolicy(file, raw, policy, used, each) {
    const out = [];
    for (const f of raw) {
        const level = policy.levels[f.rule];
        if (level === 'off')
            continue;
        let severity = level === 'error' && f.maxLevel === 'warning' ? 'warning' : level;
        let message = f.message;
        const ex = exceptionFor(policy, file, f);
        if (ex) {
            used.set(ex, (used.get(ex) ?? 0) + 1);
            severity = 'note';
            message = `${message} [excepted until ${ex.expires}${ex.approvedBy ? `, approved by ${ex.approvedBy}` : ''}: ${ex.justification}]`;
        }
        const finding = {
            rule: ruleId(f.rule),
            severity,
            message: (0,detach/* detached */.h)(message),
            // A pinned-uses help is decided again once every file is read: copied, not pooled.
            help: f.pin ? (0,detach/* detached */.h)(f.help) : (0,detach/* sharedText */.b)(f.help),
            file,
            line: f.line,
            column: f.column
        };
        each?.(f, finding);
        out.push(finding);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/concurrency.js
const NEEDS_CONCURRENCY = new Set(['push', 'pull_request']);
function concurrency(ctx) {
    const { wf } = ctx;
    const triggers = wf.triggers.map((t) => t.event).filter((e) => NEEDS_CONCURRENCY.has(e));
    if (!triggers.length || wf.concurrency)
        return [];
    const y = wf.yaml;
    if (wf.jobs.length && wf.jobs.every((j) => y.get(j.node, 'concurrency')))
        return [];
    return [
        {
            rule: 'concurrency',
            message: `the workflow runs on ${triggers.join(' and ')} but declares no concurrency: expected a top-level concurrency group, got none, so superseded runs keep running`,
            help: 'Add: concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true } (use cancel-in-progress: false for release and deploy workflows).',
            line: wf.onPos.line,
            column: wf.onPos.column
        }
    ];
}

// EXTERNAL MODULE: ./lib/workflows/yaml-nodes.js
var yaml_nodes = __webpack_require__(1275);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/permissions.js


/** Scopes whose write access reviewers must see (issue 8): publishing, pushing and OIDC identity. */
const SENSITIVE_SCOPES = ['contents', 'id-token', 'packages'];
const ACCESS = new Set(['read', 'write', 'none']);
/** How much harm each scope's write access can do, as zizmor rates it (facts from its audit). */
const SCOPE_SEVERITY = {
    actions: 'high',
    'artifact-metadata': 'medium',
    attestations: 'high',
    checks: 'medium',
    'code-quality': 'medium',
    contents: 'high',
    deployments: 'high',
    discussions: 'medium',
    'id-token': 'high',
    issues: 'high',
    models: 'low',
    packages: 'high',
    pages: 'high',
    'pull-requests': 'high',
    'repository-projects': 'medium',
    'security-events': 'medium',
    statuses: 'low'
};
/** Read a `permissions:` value (workflow or job level). */
function readPermissions(ctx, node, keyPos) {
    const y = ctx.wf.yaml;
    const n = y.resolve(node);
    if (!n || ((0,yaml_nodes/* isScalar */.jn)(n) && (n.value === null || n.value === ''))) {
        return {
            kind: 'invalid',
            message: 'permissions: has no value (GitHub rejects the workflow)',
            pos: keyPos
        };
    }
    if ((0,yaml_nodes/* isScalar */.jn)(n)) {
        const v = y.str(n) ?? '';
        if (v === 'read-all' || v === 'write-all')
            return { kind: 'all', value: v, pos: y.pos(n) };
        return {
            kind: 'invalid',
            message: `permissions: '${v}' is not read-all, write-all or a mapping of scopes`,
            pos: y.pos(n)
        };
    }
    if (!(0,yaml_nodes/* isMap */.jh)(n))
        return { kind: 'invalid', message: 'permissions: is not a mapping of scopes', pos: y.pos(n) };
    const scopes = new Map();
    for (const e of y.entries(n)) {
        const v = (y.str(e.value) ?? '').trim();
        if (!ACCESS.has(v)) {
            return {
                kind: 'invalid',
                message: `permissions: ${e.key}: '${v}' is not read, write or none`,
                pos: y.pos(e.value ?? e.keyNode)
            };
        }
        scopes.set(e.key, { value: v, pos: y.pos(e.keyNode) });
    }
    return { kind: 'scopes', scopes, pos: y.pos(n) };
}
function writes(block) {
    if (!block)
        return [];
    if (block.kind === 'all')
        return block.value === 'write-all' ? [...SENSITIVE_SCOPES] : [];
    if (block.kind === 'invalid')
        return [];
    return [...block.scopes].filter(([, v]) => v.value === 'write').map(([k]) => k);
}
function permissions(ctx) {
    const { wf } = ctx;
    const out = [];
    // zizmor reports a workflow-level read-all only when it reaches jobs of their own: not for a
    // single job, when every job sets its own block, or in a reusable-only workflow.
    const reusableOnly = wf.triggers.length === 1 && wf.triggers[0].event === 'workflow_call';
    const topReaches = wf.jobs.length > 1 && wf.jobs.some((j) => !j.permissions) && !reusableOnly;
    const readAllCounts = (where) => where !== 'workflow' || topReaches;
    const bad = (where, b) => {
        if (b.kind === 'invalid') {
            out.push({
                rule: 'permissions',
                message: `${where}: ${b.message}`,
                help: "Write 'permissions: {}' for no access, or list scopes as 'scope: read|write|none'.",
                ...b.pos
            });
        }
        else if (b.kind === 'all' && b.value === 'read-all' && readAllCounts(where)) {
            // zizmor excessive-permissions: read-all reads every scope (private code, packages,
            // security events); a warning, since it cannot write.
            out.push({
                rule: 'permissions',
                message: `${where}: permissions: read-all gives the GITHUB_TOKEN read access to every scope: expected only the scopes the job reads, got read-all`,
                help: "Replace read-all with the scopes the jobs read, e.g. 'contents: read'.",
                maxLevel: 'warning',
                ...b.pos
            });
        }
        else if (b.kind === 'all' && b.value === 'write-all') {
            out.push({
                rule: 'permissions',
                message: `${where}: permissions: write-all gives the GITHUB_TOKEN write access to every scope: expected only the scopes the jobs need, got write-all`,
                help: "Replace write-all with 'contents: read' plus the individual scopes a job needs, set on that job.",
                ...b.pos
            });
        }
    };
    const top = wf.permissions
        ? readPermissions(ctx, wf.permissions.node, wf.permissions.pos)
        : undefined;
    if (!top) {
        const root = wf.yaml.pos(wf.yaml.doc.contents);
        const unscoped = wf.jobs.filter((j) => !j.permissions).map((j) => j.id);
        out.push({
            rule: 'permissions',
            message: `the workflow has no top-level permissions block: expected 'permissions:' (e.g. contents: read), got none, so ${unscoped.length ? `jobs ${unscoped.map((j) => `'${j}'`).join(', ')} get` : 'every new job gets'} the repository's default token scopes`,
            help: "Add 'permissions: { contents: read }' at the top of the workflow and grant write scopes only on the jobs that need them.",
            ...root
        });
    }
    else {
        bad('workflow', top);
        const inheriting = wf.jobs.filter((j) => !j.permissions);
        // zizmor excessive-permissions: each write scope of the workflow-level block that reaches a
        // job of several is reported at the scope (a warning; zizmor's severity by scope is named).
        if (top.kind === 'scopes' && topReaches) {
            const names = inheriting.map((j) => `'${j.id}'`).join(', ');
            const all = inheriting.length === wf.jobs.length;
            for (const [scope, v] of top.scopes) {
                if (v.value !== 'write')
                    continue;
                out.push({
                    rule: 'permissions',
                    message: `workflow-level permissions grant ${scope}: write to ${all ? 'all ' : ''}${inheriting.length} job${inheriting.length === 1 ? ' without its' : 's without their'} own block (${names}; zizmor rates ${scope}: write ${SCOPE_SEVERITY[scope] ?? 'medium'}): expected write scopes on the jobs that need them`,
                    help: 'Keep the workflow-level block read-only and move each write scope to the job that uses it.',
                    maxLevel: 'warning',
                    ...v.pos
                });
            }
        }
    }
    for (const job of wf.jobs) {
        const own = job.permissions
            ? readPermissions(ctx, job.permissions.node, job.permissions.pos)
            : undefined;
        if (own)
            bad(`job '${job.id}'`, own);
        const effective = own ?? top;
        const sensitive = writes(effective).filter((s) => SENSITIVE_SCOPES.includes(s));
        if (sensitive.length) {
            ctx.sensitive.push({
                file: wf.file,
                job: (0,detach/* detached */.h)(job.id),
                scopes: sensitive.map((s) => `${s}: write`),
                inherited: !own,
                line: (own ? job.permissions.pos : wf.permissions.pos).line
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/types.js
var types = __webpack_require__(15908);
// EXTERNAL MODULE: ./lib/workflows/uses.js
var workflows_uses = __webpack_require__(20780);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/child-node.js

function child(ctx, parent, key) {
    const y = ctx.wf.yaml;
    const m = y.resolve(parent);
    if (!m || !(0,yaml_nodes/* isMap */.jh)(m))
        return undefined;
    for (const item of m.items) {
        if ((0,yaml_nodes/* isScalar */.jn)(item.key) && item.key.value === key) {
            const v = (item.value ?? undefined);
            return y.resolve(v) ?? v;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/pinned-uses.js



/** The policy for a reference; the most specific pattern wins (owner/repo/path, owner/repo, owner/repo/*, owner/*, *). */
function pinPolicyFor(policies, ref) {
    const owner = ref.owner.toLowerCase();
    const repo = `${owner}/${ref.repo.toLowerCase()}`;
    const candidates = [
        ...(ref.path ? [`${repo}/${ref.path.toLowerCase()}`] : [repo]),
        `${repo}/*`,
        `${owner}/*`,
        '*'
    ];
    for (const pattern of candidates) {
        const policy = policies.get(pattern);
        if (policy)
            return { pattern, policy };
    }
    return { pattern: '*', policy: 'hash-pin' };
}
/** The tag a trailing comment names (`# v4.1.1`, `# tag=v4.1.1`, `# pin@v4`), if it looks like one. */
function tagFromComment(comment) {
    if (!comment)
        return undefined;
    const token = comment.split(/\s+/)[0].replace(/^(tag=|pin@|ratchet:[^@\s]*@)/, '');
    return /^[A-Za-z0-9][\w.+/-]{0,63}$/.test(token) ? token : undefined;
}
/** Record `owner/repo[/path]@<sha> # <tag>` pins of one workflow into the index. */
function collectPins(uses, source, pins) {
    for (const { str, node } of uses) {
        const ref = (0,workflows_uses/* parseUses */.Ap)(str.value);
        if (ref.kind !== 'repo' || !(0,workflows_uses/* isFullSha */.Wf)(ref.ref))
            continue;
        const tag = tagFromComment(source.trailingComment(node));
        if (!tag)
            continue;
        const target = (0,workflows_uses/* usesTarget */.OW)(ref).toLowerCase();
        let byTag = pins.get(target);
        // The index outlives the file: its keys and values are own copies, not views of the text.
        if (!byTag)
            pins.set((0,detach/* detached */.h)(target), (byTag = new Map()));
        if (!byTag.has(tag))
            byTag.set((0,detach/* detached */.h)(tag), (0,detach/* detached */.h)(ref.ref.toLowerCase()));
    }
}
function usesOf(wf) {
    const y = wf.yaml;
    const out = [];
    for (const job of wf.jobs) {
        if (job.uses) {
            const v = y.get(job.node, 'uses')?.value;
            out.push({ str: job.uses, node: y.resolve(v) ?? v, where: `job '${job.id}'` });
        }
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const v = y.get(step.node, 'uses')?.value;
            out.push({ str: step.uses, node: y.resolve(v) ?? v, where: (0,types/* stepLabel */.v)(job, step) });
        }
    }
    return out;
}
/** `uses: owner/repo@<sha> # <tag>`, with the SHA when a scanned workflow pins that tag. */
function pinnedForm(target, tag, pins) {
    const sha = tag ? pins.get(target.toLowerCase())?.get(tag) : undefined;
    if (sha)
        return `uses: ${target}@${sha} # ${tag}`;
    if (tag)
        return `uses: ${target}@<40-hex commit SHA of ${tag}> # ${tag}`;
    return `uses: ${target}@<40-hex commit SHA> # <tag>`;
}
function pinHelp(target, tag, pins) {
    return `Pin it to the commit, keeping the tag as a comment: ${pinnedForm(target, tag, pins)}`;
}
function pinnedUses(ctx) {
    const out = [];
    for (const u of usesOf(ctx.wf)) {
        const ref = (0,workflows_uses/* parseUses */.Ap)(u.str.value);
        const at = { line: u.str.pos.line, column: u.str.pos.column };
        if (ref.kind === 'local' || ref.kind === 'hub')
            continue;
        if (ref.kind === 'invalid') {
            out.push({
                rule: 'pinned-uses',
                message: `${u.where}: cannot check the pin of 'uses: ${ref.raw}': ${ref.reason}`,
                help: 'Write uses: owner/repo[/path]@<40-hex commit SHA>, ./local/path or docker://image@sha256:<digest>.',
                ...at
            });
            continue;
        }
        if (ref.kind === 'docker') {
            const policy = ctx.policy.pinPolicies.get('*') ?? 'hash-pin';
            const ok = policy === 'any' ||
                (policy === 'ref-pin' ? Boolean(ref.tag || ref.digest) : (0,workflows_uses/* isImageDigest */.oG)(ref.digest));
            if (!ok) {
                out.push({
                    rule: 'pinned-uses',
                    message: `${u.where}: 'uses: ${ref.raw}' is not pinned: expected docker://${ref.image}@sha256:<64-hex digest> (policy ${policy} for '*'), got ${ref.digest ? `'@${ref.digest}'` : ref.tag ? `tag '${ref.tag}'` : 'no tag or digest'}`,
                    help: `Pin the image by digest: uses: docker://${ref.image}${ref.tag ? `:${ref.tag}` : ''}@sha256:<digest> (docker buildx imagetools inspect ${ref.image}${ref.tag ? `:${ref.tag}` : ''} shows it).`,
                    owner: ref.image,
                    ...at
                });
            }
            continue;
        }
        const { pattern, policy } = pinPolicyFor(ctx.policy.pinPolicies, ref);
        if (policy === 'any')
            continue;
        if (policy === 'ref-pin' && ref.ref)
            continue;
        if (policy === 'hash-pin' && (0,workflows_uses/* isFullSha */.Wf)(ref.ref))
            continue;
        const expected = policy === 'hash-pin'
            ? `a full 40-hex commit SHA (policy hash-pin for '${pattern}')`
            : `an @ref (policy ref-pin for '${pattern}')`;
        let got = ref.ref ? `'@${ref.ref}'` : 'no @ref';
        if (ref.ref && /^[0-9a-f]{7,39}$/i.test(ref.ref))
            got += ' (a short SHA, which GitHub resolves like a branch or tag name)';
        out.push({
            rule: 'pinned-uses',
            message: `${u.where}: 'uses: ${ref.raw}' is not pinned: expected ${expected}, got ${got}`,
            help: pinHelp((0,workflows_uses/* usesTarget */.OW)(ref), ref.ref, ctx.pins),
            pin: { target: (0,workflows_uses/* usesTarget */.OW)(ref), tag: ref.ref },
            owner: (0,workflows_uses/* usesTarget */.OW)(ref),
            ...at
        });
    }
    return out;
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/rules/uses-match.js
var uses_match = __webpack_require__(7137);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/checkout-credentials.js




const CHECKOUT = /^actions\/checkout(@|$)/i;
const UPLOAD = /^actions\/upload-artifact(@|\/|$)/i;
/** Checkouts that do not set persist-credentials: false (an expression `with:` is not read). */
function credentialCheckouts(ctx, job) {
    const out = [];
    for (const step of job.steps) {
        if (!step.uses || !CHECKOUT.test(step.uses.value))
            continue;
        const pc = step.with.get('persist-credentials');
        if (pc && pc.value.trim().toLowerCase() === 'false')
            continue;
        const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
        const tag = tagFromComment(ctx.source.trailingComment(child(ctx, step.node, 'uses'))) ??
            (ref.kind === 'repo' ? ref.ref : undefined);
        const v = (0,uses_match/* majorOf */.Ds)(tag);
        out.push({ step, persist: pc?.value.trim(), modern: v !== undefined && v >= 6 });
    }
    return out;
}
function isUpload(step) {
    return Boolean(step.uses && UPLOAD.test(step.uses.value));
}
/** Upload paths that archive the checkout itself (`.`, `..`, `${{ github.workspace }}`). */
function uploadsWorkspace(step) {
    const path = step.with.get('path')?.value ?? '';
    return path
        .split('\n')
        .map((p) => p.trim())
        .some((p) => p === '.' ||
        p === './' ||
        p === '..' ||
        p === '../' ||
        (/^\$\{\{.*\}\}$/.test(p) && p.includes('github.workspace')));
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/persist-credentials.js
/**
 * persist-credentials (zizmor's "artipacked", where it pairs a checkout with an upload): in a
 * job that uploads artifacts after actions/checkout, the checkout must not leave the token in the
 * workspace (`persist-credentials: false`), or the upload can carry it. An upload of the
 * workspace itself (`path: .`, `${{ github.workspace }}`) is the sure case; any other upload is
 * flagged too, since a build step can copy or archive `.git` into it.
 */


function persistCredentials(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        if (!job.steps.some(isUpload))
            continue;
        for (const { step, persist, modern } of credentialCheckouts(ctx, job)) {
            const later = job.steps.slice(step.index + 1).filter(isUpload);
            if (!later.length)
                continue;
            const upload = later.find(uploadsWorkspace) ?? later[0];
            const whole = uploadsWorkspace(upload);
            out.push({
                rule: 'persist-credentials',
                message: `${(0,types/* stepLabel */.v)(job, step)}: actions/checkout keeps the job's token in the checkout (persist-credentials: ${persist ?? 'true by default'}) while step '${upload.name?.value ?? upload.uses.value}' uploads ${whole ? 'the workspace itself' : 'an artifact'}: expected persist-credentials: false, got ${persist ? `'${persist}'` : 'the default (true)'}${modern ? ' (checkout v6+ stores the token outside .git/config, so this is a warning)' : ''}`,
                help: "Add 'with: { persist-credentials: false }' to the checkout step; steps that push can set up their own credentials.",
                maxLevel: modern ? 'warning' : undefined,
                line: step.uses.pos.line,
                column: step.uses.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/secrets-inherit.js
/** secrets-inherit: `secrets: inherit` hands every repository and organisation secret to the called workflow. */


function secretsInherit(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const trusted = new Set(ctx.policy.trustedOwners);
    if (ctx.repoOwner)
        trusted.add(ctx.repoOwner.toLowerCase());
    for (const job of ctx.wf.jobs) {
        if (!job.uses)
            continue;
        const node = (0,types/* valueNode */.I)(ctx, job.node, 'secrets');
        if (y.str(node)?.trim() !== 'inherit')
            continue;
        const ref = (0,workflows_uses/* parseUses */.Ap)(job.uses.value);
        if (ref.kind === 'local' || ref.kind === 'hub')
            continue;
        const owner = ref.kind === 'repo' ? ref.owner.toLowerCase() : undefined;
        if (owner && trusted.has(owner))
            continue;
        const pos = y.pos(node);
        const trustedText = trusted.size
            ? [...trusted].sort().join(', ')
            : 'none known (GITHUB_REPOSITORY is not set and the policy lists no trusted-owners)';
        out.push({
            rule: 'secrets-inherit',
            message: `job '${job.id}' passes secrets: inherit to ${job.uses.value.trim()}: expected a reusable workflow of a trusted owner (${trustedText}), got owner '${ref.kind === 'repo' ? ref.owner : '?'}'`,
            help: 'Pass only the secrets the called workflow needs (secrets: { NAME: ${{ secrets.NAME }} }), or add its owner to rules.secrets-inherit.trusted-owners in the policy.',
            owner: ref.kind === 'repo' ? (0,workflows_uses/* usesTarget */.OW)(ref) : undefined,
            line: pos.line,
            column: pos.column
        });
    }
    return out;
}

// EXTERNAL MODULE: ./lib/secrets/entropy.js
var entropy = __webpack_require__(54044);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 27 modules
var dist = __webpack_require__(52506);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(12049);
// EXTERNAL MODULE: ./lib/workflows/condition.js
var condition = __webpack_require__(48255);
// EXTERNAL MODULE: ./lib/workflows/expression-flow.js
var expression_flow = __webpack_require__(49187);
// EXTERNAL MODULE: ./lib/workflows/expressions.js
var expressions = __webpack_require__(24681);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/expr-sites.js
/**
 * Every `${{ \u2026 }}` of a workflow, found in one walk over the parsed document and kept per
 * workflow, so the rules that look at all expressions (obfuscation, unsound-ternary, secrets
 * exposure) share one scan. Expressions are parsed with GitHub's parser only when a rule asks.
 */







const SITES = new WeakMap();
function collect(n, out, job, key, depth) {
    if (!n || depth > 64 || (0,yaml_nodes/* isAlias */.Vj)(n))
        return;
    if ((0,yaml_nodes/* isScalar */.jn)(n)) {
        const v = n.value;
        if (typeof v !== 'string' || !v.includes('${{'))
            return;
        const spans = (0,expressions/* expressionSpans */.k7)(v);
        for (let nth = 0; nth < spans.length; nth++) {
            out.push({ node: n, text: v, span: spans[nth], nth, job, key });
        }
    }
    else if ((0,yaml_nodes/* isMap */.jh)(n)) {
        for (const item of n.items) {
            if (!(0,yaml_nodes/* isPair */.tO)(item))
                continue;
            const k = (0,yaml_nodes/* isScalar */.jn)(item.key) ? String(item.key.value) : undefined;
            if (depth === 0 && k === 'jobs' && (0,yaml_nodes/* isMap */.jh)(item.value)) {
                for (const j of item.value.items) {
                    const id = (0,yaml_nodes/* isScalar */.jn)(j.key) ? String(j.key.value) : undefined;
                    collect(j.value, out, id, id, depth + 2);
                }
            }
            else
                collect(item.value, out, job, k, depth + 1);
        }
    }
    else if ((0,yaml_nodes/* isSeq */.oP)(n)) {
        for (const item of n.items)
            collect(item, out, job, key, depth + 1);
    }
}
/**
 * Record the expressions of one scalar met by another walk over the document (static-secrets
 * walks every scalar anyway), keyed by its path of mapping keys and sequence indices.
 */
function addSites(out, node, text, keyPath) {
    const job = keyPath[0] === 'jobs' ? keyPath[1] : undefined;
    let key;
    for (let i = keyPath.length - 1; i >= 0 && key === undefined; i--) {
        if (!/^\d+$/.test(keyPath[i]))
            key = keyPath[i];
    }
    const spans = (0,expressions/* expressionSpans */.k7)(text);
    for (let nth = 0; nth < spans.length; nth++) {
        out.push({ node, text, span: spans[nth], nth, job, key });
    }
}
/** Hand over the sites a complete walk of the document found (later rules reuse them). */
function primeSites(wf, sites) {
    if (!SITES.has(wf))
        SITES.set(wf, sites);
}
/** Every expression of the workflow, in document order (aliases are read where their anchor is). */
function exprSites(wf) {
    let out = SITES.get(wf);
    if (!out) {
        out = [];
        collect(wf.yaml.doc.contents, out, undefined, undefined, 0);
        SITES.set(wf, out);
    }
    return out;
}
/** Where a site's `${{` is in the file (the scalar's start when the source does not show it). */
function sitePos(ctx, site) {
    return ctx.source.locate(site.node, '${{', site.nth, ctx.wf.yaml.pos(site.node));
}
/**
 * Bodies already parsed: several rules parse each site, and the same expressions recur across
 * workflows. The trees are shared, so no rule may change one. Dropped whole when full.
 */
const PARSED = new Map();
const MAX_PARSED = 8192;
/** Parse an expression body with GitHub's parser; undefined when GitHub would refuse it. */
function parseExpr(body) {
    let expr = PARSED.get(body);
    if (expr === undefined) {
        // Parsed from an own copy: the tree's tokens must not keep a workflow's text alive.
        const own = (0,detach/* detached */.h)(body);
        try {
            expr = new dist/* Parser */.iX(new dist/* Lexer */.JG(own).lex().tokens, expression_flow/* CONTEXTS */.Jo, condition/* WORKFLOW_FUNCTIONS */.mT).parse();
        }
        catch {
            expr = null;
        }
        if (PARSED.size >= MAX_PARSED)
            PARSED.clear();
        PARSED.set(own, expr);
    }
    return expr ?? undefined;
}
/** The expression of an `if:` value: the fenced body, or the whole value when unfenced. */
function conditionExpr(cond) {
    const spans = (0,expressions/* expressionSpans */.k7)(cond);
    if (!spans.length)
        return { expr: parseExpr(cond), fenced: false };
    return { expr: parseExpr(spans[0].body), fenced: true };
}
/** The direct sub-expressions of a node. */
function children(e) {
    if (e instanceof ast/* Grouping */.aU)
        return [e.group];
    if (e instanceof ast/* Unary */._c)
        return [e.expr];
    if (e instanceof ast/* Binary */.yI)
        return [e.left, e.right];
    if (e instanceof ast/* Logical */.oD)
        return e.args;
    if (e instanceof ast/* FunctionCall */.R6)
        return e.args;
    if (e instanceof ast/* IndexAccess */.p_)
        return [e.expr, e.index];
    return [];
}
/** Grouping parentheses removed. */
function ungroup(e) {
    let x = e;
    while (x instanceof ast/* Grouping */.aU)
        x = x.group;
    return x;
}
function fnName(e) {
    return e instanceof ast/* FunctionCall */.R6 ? e.functionName.lexeme.toLowerCase() : undefined;
}
function literalValue(e) {
    return e instanceof ast/* Literal */.uS ? e.literal.value : undefined;
}
/** A context (or a property of one): `github.event.x`, `secrets.NAME`, `matrix.os`. */
function isContext(e) {
    const x = ungroup(e);
    if (x instanceof ast/* ContextAccess */.QC)
        return true;
    return x instanceof ast/* IndexAccess */.p_ && isContext(x.expr);
}
const REDUCIBLE_FUNCTIONS = new Set([
    'contains',
    'startswith',
    'endswith',
    'format',
    'tojson',
    'join'
]);
/** An expression whose value is known without running the workflow (literals all the way down). */
function constantReducible(e) {
    if (e instanceof ast/* Literal */.uS)
        return true;
    if (e instanceof ast/* Grouping */.aU)
        return constantReducible(e.group);
    if (e instanceof ast/* Unary */._c)
        return constantReducible(e.expr);
    if (e instanceof ast/* Binary */.yI)
        return constantReducible(e.left) && constantReducible(e.right);
    if (e instanceof ast/* Logical */.oD)
        return e.args.every(constantReducible);
    if (e instanceof ast/* FunctionCall */.R6) {
        return REDUCIBLE_FUNCTIONS.has(fnName(e)) && e.args.every(constantReducible);
    }
    return false;
}
/** The value of a constant-reducible expression (undefined when it is not one we evaluate). */
function constValue(e) {
    if (e instanceof ast/* Literal */.uS) {
        const v = literalValue(e);
        return v === undefined ? null : v;
    }
    if (e instanceof ast/* Grouping */.aU)
        return constValue(e.group);
    if (e instanceof ast/* Unary */._c) {
        const v = constValue(e.expr);
        return v === undefined ? undefined : !truthy(v);
    }
    if (e instanceof ast/* Logical */.oD) {
        const vals = e.args.map(constValue);
        if (vals.some((v) => v === undefined))
            return undefined;
        if (e.operator.lexeme === '&&')
            return vals.find((v) => !truthy(v)) ?? vals[vals.length - 1];
        return vals.find((v) => truthy(v)) ?? vals[vals.length - 1];
    }
    if (e instanceof ast/* Binary */.yI) {
        const a = constValue(e.left);
        const b = constValue(e.right);
        if (a === undefined || b === undefined)
            return undefined;
        const eq = typeof a === 'string' && typeof b === 'string'
            ? a.toLowerCase() === b.toLowerCase()
            : a === b;
        if (e.operator.lexeme === '==')
            return eq;
        if (e.operator.lexeme === '!=')
            return !eq;
        return undefined;
    }
    return undefined;
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
/** Each node of an expression tree, parents first. */
function* walkExpr(e, depth = 0) {
    if (depth > 64)
        return;
    yield e;
    for (const c of children(e))
        yield* walkExpr(c, depth + 1);
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/static-secrets.js



// Shared with the secretless gate (src/secrets).

/** Well-known credential formats (prefixes and lengths as the issuers document them). */
const PATTERNS = [
    { name: 'an AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/ },
    { name: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/ },
    {
        name: 'a GitHub fine-grained personal access token',
        re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/
    },
    {
        name: 'a private key',
        re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\s*[A-Za-z0-9+/=:\s,-]{40,}/
    },
    { name: 'a Slack token', re: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/ },
    { name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { name: 'an npm access token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
    { name: 'a PyPI API token', re: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
    { name: 'a Stripe live key', re: /\b[rs]k_live_[0-9A-Za-z]{24,}\b/ },
    { name: 'a GitLab personal access token', re: /\bglpat-[0-9A-Za-z_-]{20,}\b/ }
];
/**
 * What every pattern above starts with (or needs somewhere): a value without one of these cannot
 * match any of them, so one scan stands in for ten.
 */
const ANY_PATTERN = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|-----BEGIN |xox[abposr]-|AIza|npm_|pypi-|[rs]k_live_|glpat-/;
/** Setting names whose literal value is a credential: *_TOKEN, *_KEY, *_SECRET, passwords, PATs. */
const SECRET_NAME = /(^|[_-])(token|secret|password|passwd|pat|apikey|api_key|access_key|secret_key|private_key)$|[_-]key$/i;
/** Keys named *_KEY that hold public or non-secret identifiers. */
const PUBLIC_NAME = /(public|pub|gpg|pgp|cache|primary|restore|idempotency|partition|sort|ssh_known|signing_key_id|key_id|keyid|fingerprint)[_-]?(key)?$/i;
/** A masked view of a value: its first 4 characters and its length. */
function mask(v) {
    return `${v.slice(0, 4)}\u2026 (${v.length} characters)`;
}
function staticSecrets(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const sites = [];
    const report = (node, what, where, needle) => {
        const pos = needle ? ctx.source.locate(node, needle, 0, y.pos(node)) : y.pos(node);
        out.push({
            rule: 'static-secrets',
            message: `${where} holds ${what} written into the workflow file: expected a \${{ secrets.NAME }} reference, got a literal`,
            help: 'Revoke and rotate the credential now (it is in the repository history), store the new one as an encrypted secret, and reference it as ${{ secrets.NAME }}; prefer OIDC (id-token: write) over long-lived cloud keys.',
            line: pos.line,
            column: pos.column
        });
    };
    const keyPath = [];
    // The parse is a tree (aliases are Alias nodes, not followed here): each node is met once.
    const walk = (node, depth) => {
        if (depth > 64 || !node || (0,yaml_nodes/* isAlias */.Vj)(node))
            return;
        const n = node;
        if ((0,yaml_nodes/* isScalar */.jn)(n)) {
            // The expression rules share this walk instead of walking the document again.
            if (typeof n.value === 'string' && n.value.includes('${{'))
                addSites(sites, n, n.value, keyPath);
            // Every credential format and the generic check need at least 16 characters.
            if (typeof n.value !== 'string' || n.value.length < 16) {
                if (typeof n.value === 'string' && n.value !== '')
                    checkShort(n, n.value);
                return;
            }
            const v = n.value;
            const where = () => (keyPath.length ? keyPath.join('.') : 'a value');
            let known = false;
            if (ANY_PATTERN.test(v))
                for (const p of PATTERNS) {
                    const m = p.re.exec(v);
                    if (m && !/EXAMPLE/.test(m[0])) {
                        report(n, `${p.name} (${mask(m[0].trim())})`, where(), m[0].slice(0, 10));
                        known = true;
                    }
                }
            if (known)
                return;
            if (!checkShort(n, v) && SECRET_NAME.test(keyPath[keyPath.length - 1] ?? '')) {
                const key = keyPath[keyPath.length - 1];
                if (!PUBLIC_NAME.test(key) && (0,entropy/* looksRandom */.EZ)(v.trim())) {
                    report(n, `a literal credential (${mask(v.trim())})`, where());
                }
            }
            return;
        }
        if ((0,yaml_nodes/* isMap */.jh)(n)) {
            for (const item of n.items) {
                if (!(0,yaml_nodes/* isPair */.tO)(item))
                    continue;
                keyPath.push((0,yaml_nodes/* isScalar */.jn)(item.key) ? String(item.key.value) : '?');
                walk(item.value, depth + 1);
                keyPath.pop();
            }
        }
        else if ((0,yaml_nodes/* isSeq */.oP)(n)) {
            n.items.forEach((item, i) => {
                keyPath.push(String(i));
                walk(item, depth + 1);
                keyPath.pop();
            });
        }
    };
    /** A literal container or service registry password, whatever its length. */
    const checkShort = (n, v) => {
        if (keyPath[keyPath.length - 1] !== 'password' || keyPath[keyPath.length - 2] !== 'credentials')
            return false;
        if (v.includes('${{'))
            return true;
        report(n, `a registry password (${mask(v)})`, keyPath.join('.'));
        return true;
    };
    walk(y.doc.contents, 0);
    primeSites(ctx.wf, sites);
    return out;
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/rules/template-injection.js + 1 modules
var template_injection = __webpack_require__(7237);
// EXTERNAL MODULE: ./lib/workflows/shell.js
var workflows_shell = __webpack_require__(58264);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/step-shell.js

function shellOf(ctx, job, step) {
    const y = ctx.wf.yaml;
    const own = y.str(child(ctx, step.node, 'shell'));
    const fromDefaults = (node) => y.str(child(ctx, child(ctx, child(ctx, node, 'defaults'), 'run'), 'shell'));
    const shell = own ?? fromDefaults(job.node) ?? fromDefaults(y.doc.contents);
    if (shell)
        return normaliseShell(shell);
    const runsOn = y.text(child(ctx, job.node, 'runs-on')).toLowerCase();
    return runsOn.includes('windows') ? 'pwsh' : 'bash';
}
/** `bash -e {0}` \u2192 `bash`, `C:\\\u2026\\pwsh.exe` \u2192 `pwsh`. */
function normaliseShell(shell) {
    const first = shell.trim().split(/\s+/)[0] ?? '';
    const base = first.split(/[\\/]/).pop() ?? first;
    return base.replace(/\.exe$/i, '').toLowerCase();
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/adhoc-packages.js
/**
 * adhoc-packages (zizmor: adhoc-packages): `npm install foo`, `gem install foo`, `yarn add foo`
 * and the like in a `run:` step install whatever version the registry serves at that moment,
 * outside any lockfile. `npm ci` and bare `npm install` (which read the lockfile) are fine.
 */





const NPM_INSTALL = new Set([
    'install',
    'i',
    'in',
    'ins',
    'inst',
    'insta',
    'instal',
    'isnt',
    'isnta',
    'isntal',
    'isntall',
    'add'
]);
/** A positional argument after the subcommand: `sub` must appear, then some non-flag word after it. */
function subcommandThenPackage(args, subs) {
    const i = args.findIndex((a) => subs.has(a));
    return i >= 0 && args.slice(i + 1).some((a) => !a.startsWith('-'));
}
/** Whether one command installs a package by name, outside a lockfile. */
function isAdhocInstall(words) {
    const [cmd, ...args] = words;
    switch (cmd) {
        case 'gem':
            return subcommandThenPackage(args, new Set(['install', 'i']));
        case 'bundle':
        case 'yarn':
        case 'pnpm':
            return subcommandThenPackage(args, new Set(['add']));
        case 'npm': {
            const rest = args.slice(args.findIndex((a) => !a.startsWith('-')));
            if (!rest.length || args.every((a) => a.startsWith('-')))
                return false;
            return NPM_INSTALL.has(rest[0]) && rest.slice(1).some((a) => !a.startsWith('-'));
        }
        default:
            return false;
    }
}
/** A cheap look first: a package manager and an install-like word on one line. */
const CANDIDATE = /\b(npm|gem|bundle|yarn|pnpm)\b[^\n]*\b(add|i|in|ins|inst\w*|isnt\w*)\b/;
function adhocPackages(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!step.run || !CANDIDATE.test(step.run.value))
                continue;
            if ((0,uses_match/* neverRuns */.Z$)(step))
                continue;
            const shell = shellOf(ctx, job, step);
            if (!['bash', 'sh', 'zsh', 'pwsh', 'powershell'].includes(shell))
                continue;
            const node = child(ctx, step.node, 'run');
            for (const cmd of (0,workflows_shell/* shellCommands */.hf)(step.run.value)) {
                if (!isAdhocInstall(cmd.words))
                    continue;
                const pos = ctx.source.locate(node, cmd.text.split('\n')[0], 0, step.run.pos);
                out.push({
                    rule: 'adhoc-packages',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: '${cmd.text.slice(0, 100)}' installs a package outside a lockfile: expected dependencies from a lockfile (npm ci, bundle install, yarn install --immutable), got an ad-hoc install of whatever version is current`,
                    help: 'Declare the package in the manifest and its lockfile and install from the lockfile; for a one-off tool use a setup action pinned by SHA.',
                    line: pos.line,
                    column: pos.column
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/artipacked.js
/**
 * artipacked (zizmor: artipacked, the checkout-only case): actions/checkout without
 * `persist-credentials: false` in a job with no later upload (persist-credentials covers those).
 * The token stays in `.git/config` (before checkout v6) for every later step, cache and artifact
 * of the job. An explicit `persist-credentials: true` is a stated choice and not flagged here.
 */


function artipacked(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const { step, persist, modern } of credentialCheckouts(ctx, job)) {
            if (persist !== undefined && persist.toLowerCase() === 'true')
                continue;
            if (persist?.includes('${{'))
                continue;
            if (job.steps.slice(step.index + 1).some(isUpload))
                continue;
            out.push({
                rule: 'artipacked',
                message: `${(0,types/* stepLabel */.v)(job, step)}: actions/checkout leaves the job's token in the ${modern ? 'runner (checkout v6+ keeps it outside .git/config)' : 'checkout (.git/config)'} for every later step: expected persist-credentials: false, got ${persist ? `'${persist}'` : 'the default (true)'}`,
                help: "Add 'with: { persist-credentials: false }'; a step that must push can configure its own credentials.",
                line: step.uses.pos.line,
                column: step.uses.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/conditions.js

const CONDITIONS = new WeakMap();
function conditionsOf(ctx) {
    const cached = CONDITIONS.get(ctx.wf);
    if (cached)
        return cached;
    const out = [];
    CONDITIONS.set(ctx.wf, out);
    for (const job of ctx.wf.jobs) {
        if (job.if)
            out.push({ cond: job.if, where: `job '${job.id}'` });
        for (const step of job.steps)
            if (step.if)
                out.push({ cond: step.if, where: (0,types/* stepLabel */.v)(job, step) });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/bot-conditions.js
/**
 * bot-conditions (zizmor: bot-conditions): `github.actor == 'dependabot[bot]'` names whoever
 * triggered the latest event, not who wrote the code: anyone can make the bot the actor (a
 * Dependabot rebase of a PR the attacker pushed to), so the check lets attacker code through.
 */




const ACTOR_NAMES = [
    'github.actor',
    'github.triggering_actor',
    'github.event.pull_request.sender.login'
];
const ACTOR_IDS = ['github.actor_id', 'github.event.pull_request.sender.id'];
/** Bot account and app ids people compare actor ids with (dependabot, dependabot-preview, renovate). */
const BOT_IDS = new Set(['29110', '49699333', '27856297', '29139614']);
function botComparison(e) {
    const l = ungroup(e.left);
    const r = ungroup(e.right);
    const [c, lit] = isContext(l) ? [l, r] : isContext(r) ? [r, l] : [undefined, undefined];
    if (!c || !lit)
        return undefined;
    const v = literalValue(lit);
    if (v === undefined)
        return undefined;
    if (v === null || typeof v === 'boolean')
        return null;
    const path = (0,expression_flow/* pathOf */.XM)(c);
    if (!path)
        return null;
    const s = String(v);
    if (ACTOR_NAMES.includes(path) && s.endsWith('[bot]'))
        return { path, value: s };
    if (ACTOR_IDS.includes(path) && BOT_IDS.has(s))
        return { path, value: s };
    return null;
}
/** The first bot comparison, and whether it alone decides the condition (an || branch or the whole). */
function walk(e, dominating, depth = 0) {
    if (depth > 64)
        return [undefined, dominating];
    const x = ungroup(e);
    if (x instanceof ast/* Logical */.oD) {
        const or = x.operator.lexeme === '||';
        let hit;
        for (const a of x.args)
            hit ??= walk(a, or, depth + 1)[0];
        return [hit, or];
    }
    if (x instanceof ast/* Binary */.yI) {
        if (x.operator.lexeme === '==') {
            const b = botComparison(x);
            if (b)
                return [b, true];
            if (b === null)
                return [undefined, true];
            const hit = walk(x.left, true, depth + 1)[0] ?? walk(x.right, true, depth + 1)[0];
            return [hit, true];
        }
        const hit = walk(x.left, false, depth + 1)[0] ?? walk(x.right, false, depth + 1)[0];
        return [hit, false];
    }
    if (x instanceof ast/* Unary */._c)
        return walk(x.expr, false, depth + 1);
    const kids = children(x);
    if (!kids.length)
        return [undefined, dominating];
    let hit;
    for (const k of kids)
        hit ??= walk(k, false, depth + 1)[0];
    return [hit, false];
}
function botConditions(ctx) {
    const out = [];
    for (const { cond, where } of conditionsOf(ctx)) {
        if (!/actor|sender/i.test(cond.value))
            continue;
        const { expr } = conditionExpr(cond.value);
        if (!expr)
            continue;
        const [hit, dominating] = walk(expr, true);
        if (!hit)
            continue;
        out.push({
            rule: 'bot-conditions',
            message: `${where}: the condition trusts ${hit.path} == '${hit.value}'${dominating ? ', which alone lets the job run' : ''}: the actor is whoever triggered the latest event, which an attacker can make the bot be; expected a check of the author of the code, got the actor`,
            help: "Check who opened the pull request (github.event.pull_request.user.login == 'dependabot[bot]') and, for Dependabot, use dependabot/fetch-metadata; never gate privileged steps on github.actor alone.",
            maxLevel: dominating ? undefined : 'warning',
            line: cond.pos.line,
            column: cond.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/cache-poisoning.js
/**
 * cache-poisoning (zizmor: cache-poisoning): a job that publishes (release or tag triggers, or a
 * known publishing action) restores a cache. Caches are shared with the runs of every branch, so
 * a pull request can plant a poisoned cache entry that ends up inside the release.
 */










const c = (field, toggle, type, byDefault) => ({
    field,
    toggle,
    type,
    byDefault
});
/** Actions that restore caches, and the inputs that control it (from each action's action.yml). */
const CACHE_ACTIONS = [
    { action: 'actions/cache', any: [c('lookup-only', 'out', 'bool', true)] },
    { action: 'actions/setup-java', any: [c('cache', 'in', 'string', false)] },
    { action: 'actions/setup-go', any: [c('cache', 'in', 'bool', true)] },
    {
        action: 'actions/setup-node',
        any: [
            c('cache', 'in', ['npm', 'yarn', 'pnpm'], false),
            c('package-manager-cache', 'in', 'bool', true)
        ]
    },
    { action: 'actions/setup-python', any: [c('cache', 'in', 'string', false)] },
    { action: 'actions/setup-dotnet', any: [c('cache', 'in', 'bool', false)] },
    { action: 'astral-sh/setup-uv', any: [c('enable-cache', 'in', ['true'], false)], below: 10 },
    { action: 'swatinem/rust-cache', any: [c('lookup-only', 'out', 'bool', true)] },
    { action: 'ruby/setup-ruby', any: [c('bundler-cache', 'in', 'bool', false)] },
    { action: 'pyo3/maturin-action', any: [c('sccache', 'in', 'bool', false)] },
    { action: 'mlugg/setup-zig', any: [c('use-cache', 'in', 'bool', true)] },
    { action: 'oven-sh/setup-bun', any: [c('no-cache', 'out', 'bool', true)] },
    {
        action: 'determinatesystems/magic-nix-cache-action',
        any: [c('use-gha-cache', 'in', 'bool', true)]
    },
    { action: 'graalvm/setup-graalvm', any: [c('cache', 'in', 'string', false)] },
    { action: 'gradle/actions/setup-gradle', any: [c('cache-disabled', 'out', 'bool', true)] },
    {
        action: 'docker/setup-buildx-action',
        all: [c('cache-binary', 'in', 'bool', true), c('version', 'in', 'string', false)]
    },
    { action: 'actions-rust-lang/setup-rust-toolchain', any: [c('cache', 'in', 'bool', true)] },
    { action: 'mozilla-actions/sccache-action' },
    { action: 'nix-community/cache-nix-action' },
    { action: 'jdx/mise-action', any: [c('cache', 'in', 'bool', true)] },
    {
        action: 'ramsey/composer-install',
        any: [c('ignore-cache', 'out', ['yes', 'true', '1'], true)]
    },
    { action: 'awalsh128/cache-apt-pkgs-action' }
];
const CACHE_BY_TARGET = new Map(CACHE_ACTIONS.map((a) => [a.action, a]));
/** Actions that publish what the job built (packages, releases, images, deployments). */
const PUBLISHERS = new Set([
    'pypa/gh-action-pypi-publish',
    'rubygems/release-gem',
    'jreleaser/release-action',
    'goreleaser/goreleaser-action',
    'softprops/action-gh-release',
    'release-drafter/release-drafter',
    'googleapis/release-please-action',
    'redhat-actions/push-to-registry',
    'aws-actions/amazon-ecs-deploy-task-definition',
    'aws-actions/aws-cloudformation-github-deploy',
    'azure/aci-deploy',
    'azure/container-apps-deploy-action',
    'azure/functions-action',
    'azure/sql-action',
    'cloudflare/wrangler-action',
    'google-github-actions/deploy-appengine',
    'google-github-actions/deploy-cloudrun',
    'google-github-actions/deploy-cloud-functions'
]);
function boolOf(v) {
    const t = v.trim();
    if (/^(true|True|TRUE)$/.test(t))
        return true;
    if (/^(false|False|FALSE)$/.test(t))
        return false;
    return undefined;
}
function controlUsage(ctl, v) {
    if (!v)
        return ctl.byDefault ? 'on' : 'off';
    if (v.value.includes('${{'))
        return 'maybe';
    let matches;
    if (ctl.type === 'bool') {
        const b = boolOf(v.value);
        if (b === undefined)
            return 'maybe';
        matches = b;
    }
    else if (ctl.type === 'string')
        matches = v.value.trim() !== '' && boolOf(v.value) !== false;
    else
        matches = ctl.type.includes(v.value.trim().toLowerCase());
    return ctl.toggle === 'in' ? (matches ? 'on' : 'off') : matches ? 'off' : 'on';
}
function combine(us, all) {
    if (all)
        return us.includes('off') ? 'off' : us.includes('maybe') ? 'maybe' : 'on';
    return us.includes('on') ? 'on' : us.includes('maybe') ? 'maybe' : 'off';
}
function stepTag(ctx, step) {
    const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
    const comment = tagFromComment(ctx.source.trailingComment(child(ctx, step.node, 'uses')));
    return comment ?? (ref.kind === 'repo' ? ref.ref : undefined);
}
/** Whether a step restores a cache, and through which input. */
function cacheUsage(ctx, step) {
    const a = step.uses ? CACHE_BY_TARGET.get((0,uses_match/* targetOf */.$r)(step.uses.value)) : undefined;
    if (!a)
        return undefined;
    const w = child(ctx, step.node, 'with');
    if (w && !(0,yaml_nodes/* isMap */.jh)(w) && ctx.wf.yaml.str(w)?.includes('${{'))
        return { action: a.action, usage: 'maybe' };
    const controls = a.all ?? a.any;
    if (!controls)
        return { action: a.action, usage: 'on' };
    let us = controls.map((ctl) => controlUsage(ctl, step.with.get(ctl.field)));
    if (a.below !== undefined) {
        // Below the bound any truthy value (or none) enables it; from the bound on only the explicit value.
        const major = (0,uses_match/* majorOf */.Ds)(stepTag(ctx, step));
        const v = step.with.get(controls[0].field);
        const old = v
            ? boolOf(v.value) === false
                ? 'off'
                : v.value.includes('${{')
                    ? 'maybe'
                    : 'on'
            : 'on';
        const legacy = major === undefined ? (old === 'on' ? 'maybe' : old) : major < a.below ? old : 'off';
        us = [...us, legacy];
    }
    const usage = combine(us, Boolean(a.all));
    const control = controls.find((ctl) => step.with.has(ctl.field));
    const via = control ? step.with.get(control.field) : undefined;
    return { action: a.action, usage, via, control };
}
/**
 * A cache input set by an expression that is decided on a tag push or a release:
 * `startsWith(github.ref, 'refs/tags/')`, `github.event_name == 'push' && github.ref_type == 'tag'`,
 * literals and their negations. Undefined for anything else.
 */
function onTagPush(e) {
    const x = ungroup(e);
    if (x instanceof ast/* Literal */.uS) {
        const v = literalValue(x);
        return typeof v === 'boolean' ? v : undefined;
    }
    if (x instanceof ast/* Unary */._c) {
        const v = onTagPush(x.expr);
        return v === undefined ? undefined : !v;
    }
    if (x instanceof ast/* FunctionCall */.R6 && fnName(x) === 'startswith' && x.args.length === 2) {
        const prefix = literalValue(ungroup(x.args[1]));
        if ((0,expression_flow/* pathOf */.XM)(ungroup(x.args[0])) === 'github.ref' && typeof prefix === 'string') {
            return prefix.toLowerCase() === 'refs/tags/' ? true : undefined;
        }
    }
    if (x instanceof ast/* Logical */.oD && x.operator.lexeme === '&&' && x.args.length === 2) {
        const parts = x.args.map((a) => {
            const b = ungroup(a);
            if (!(b instanceof ast/* Binary */.yI) || b.operator.lexeme !== '==')
                return '';
            const [l, r] = [ungroup(b.left), ungroup(b.right)];
            const [p, v] = (0,expression_flow/* pathOf */.XM)(l) ? [(0,expression_flow/* pathOf */.XM)(l), literalValue(r)] : [(0,expression_flow/* pathOf */.XM)(r), literalValue(l)];
            return `${p}=${String(v)}`;
        });
        if (parts.sort().join(' ') === 'github.event_name=push github.ref_type=tag')
            return true;
    }
    return undefined;
}
/** Why the workflow's triggers are release-like, if they are. */
function releaseTriggers(ctx) {
    const y = ctx.wf.yaml;
    const out = [];
    for (const t of ctx.wf.triggers) {
        if (t.event === 'release')
            out.push('release');
        if (t.event !== 'push')
            continue;
        const body = y.resolve(t.node);
        if (!body || !(0,yaml_nodes/* isMap */.jh)(body))
            continue;
        if (y.get(body, 'tags') || y.get(body, 'tags-ignore'))
            out.push('push of tags');
        const branches = child(ctx, body, 'branches');
        const list = (0,yaml_nodes/* isSeq */.oP)(branches)
            ? branches.items.map((n) => y.str(n) ?? '')
            : [y.str(branches) ?? ''];
        if (list.some((b) => b.toLowerCase().includes('release')))
            out.push('push to release branches');
    }
    return out;
}
function publisherOf(job) {
    return job.steps.find((s) => {
        if (!s.uses)
            return false;
        if (PUBLISHERS.has((0,uses_match/* targetOf */.$r)(s.uses.value)))
            return true;
        if (!(0,uses_match/* usesAction */.$m)(s.uses.value, 'docker/build-push-action'))
            return false;
        // zizmor counts a build-push step as publishing unless it sets push: false.
        const push = s.with.get('push');
        return push === undefined || boolOf(push.value) !== false;
    });
}
function cachePoisoning(ctx) {
    const out = [];
    const triggers = releaseTriggers(ctx);
    const tagOnly = triggers.length > 0 && triggers.every((t) => t !== 'push to release branches');
    for (const job of ctx.wf.jobs) {
        const publisher = triggers.length ? undefined : publisherOf(job);
        if (!triggers.length && !publisher)
            continue;
        const why = triggers.length
            ? `the workflow runs on ${[...new Set(triggers)].join(' and ')}`
            : `step '${publisher.name?.value ?? publisher.uses.value}' publishes`;
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const u = cacheUsage(ctx, step);
            if (!u || u.usage === 'off')
                continue;
            if (u.usage === 'maybe' && tagOnly && u.via && u.control?.type === 'bool') {
                const span = (0,expressions/* expressionSpans */.k7)(u.via.value)[0];
                const expr = span ? parseExpr(span.body) : undefined;
                const v = expr ? onTagPush(expr) : undefined;
                if (v !== undefined && (u.control.toggle === 'in' ? !v : v))
                    continue;
            }
            const how = u.usage === 'maybe'
                ? `may restore a cache (${u.via ? `${u.via.value.trim()}` : 'inputs set at run time'})`
                : u.via
                    ? `restores a cache (${u.via.value.trim()})`
                    : 'restores a cache by default';
            const pos = step.uses.pos;
            out.push({
                rule: 'cache-poisoning',
                message: `${(0,types/* stepLabel */.v)(job, step)}: ${u.action} ${how} while ${why}: expected no cache in a job that builds what it publishes, got one any branch's run can have written`,
                help: 'Turn the cache off in publishing jobs (e.g. cache: "" for setup-node/python, lookup-only: true for actions/cache, package-manager-cache: false), or build the release from a clean install.',
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/github-app.js


/** Inputs that only grant organisation-level access (a token with only these needs no repositories). */
const ORG_ONLY = new Set([
    'custom-properties-for-organizations',
    'enterprise-custom-properties-for-organizations',
    'members',
    'organization-administration',
    'organization-announcement-banners',
    'organization-copilot-seat-management',
    'organization-custom-org-roles',
    'organization-custom-properties',
    'organization-custom-roles',
    'organization-events',
    'organization-hooks',
    'organization-packages',
    'organization-personal-access-token-requests',
    'organization-personal-access-tokens',
    'organization-plan',
    'organization-projects',
    'organization-secrets',
    'organization-self-hosted-runners',
    'organization-user-blocking'
].map((p) => `permission-${p}`));
function githubApp(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!(0,uses_match/* usesAction */.$m)(step.uses?.value, 'actions/create-github-app-token'))
                continue;
            if ((0,uses_match/* neverRuns */.Z$)(step))
                continue;
            const w = step.with;
            const at = (s) => (s ?? step.uses).pos;
            const flag = (message, help, s, maxLevel) => out.push({
                rule: 'github-app',
                message: `${(0,types/* stepLabel */.v)(job, step)}: ${message}`,
                help,
                maxLevel,
                ...at(s)
            });
            const skip = w.get('skip-token-revoke');
            const skipV = skip?.value.trim().toLowerCase();
            if (skipV === 'true') {
                flag('skip-token-revoke: true leaves the app token valid for an hour after the job: expected the token revoked at the end of the job, got revocation turned off', 'Remove skip-token-revoke (the action revokes the token in its post step).', skip);
            }
            else if (skip && skip.value.includes('${{')) {
                flag(`skip-token-revoke is set by an expression (${skip.value.trim()}), so the token may outlive the job: expected revocation, got a run-time choice`, 'Remove skip-token-revoke, or set it to false.', skip, 'warning');
            }
            const perms = [...w.keys()].filter((k) => k.startsWith('permission-'));
            const owner = w.get('owner');
            if (owner &&
                !w.has('repositories') &&
                !(perms.length && perms.every((p) => ORG_ONLY.has(p)))) {
                flag(`owner: ${owner.value.trim()} without repositories: the token reaches every repository of that owner's installation: expected 'repositories:' naming the ones the job needs, got none`, "Add repositories: 'repo1,repo2' to scope the token.", owner);
            }
            if (!perms.length) {
                flag('no permission-<name> input, so the token gets every permission of the app installation: expected the permissions the job needs, got all', 'Add permission-<name> inputs (e.g. permission-contents: read) to limit the token.', undefined);
            }
            void step;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/github-env.js
/**
 * github-env (zizmor: github-env): in a workflow that runs with the base repository's token on
 * outside contributions (pull_request_target, workflow_run), a step that writes computed text
 * into $GITHUB_ENV or $GITHUB_PATH lets whoever controls that text set LD_PRELOAD, NODE_OPTIONS,
 * BASH_ENV or PATH for every later step \u2014 code execution with the privileged token.
 * `echo`/`printf` of fixed text is not flagged.
 */




const PRIVILEGED = new Set(['pull_request_target', 'workflow_run']);
const TARGET = /^"?\$\{?(GITHUB_ENV|GITHUB_PATH)\}?"?$/;
const REDIRECT_TO = />>?\s*"?\$\{?(GITHUB_ENV|GITHUB_PATH)\b/;
const PWSH_REDIRECT = />>?\s*"?\$\{?env:(GITHUB_ENV|GITHUB_PATH)\b/i;
const PWSH_WRITER = /\b(out-file|add-content|set-content|tee-object)\b[^\n]*\$\{?env:(GITHUB_ENV|GITHUB_PATH)\b/i;
const CMD_REDIRECT = /^.+>>?\s*"?%(GITHUB_ENV|GITHUB_PATH)%"?/im;
/** Text outside single quotes carries an expansion (`$x`, `$(\u2026)`, backticks, `${{ }}`). */
function expands(text) {
    return /[$`]/.test(text.replace(/'[^']*'/g, ''));
}
/** The environment files a bash script writes computed text into. */
function bashEnvWrites(script) {
    const out = [];
    for (const cmd of (0,workflows_shell/* shellCommands */.hf)(script)) {
        const w = cmd.words;
        let dest;
        for (let i = 0; i < w.length && !dest; i++) {
            const k = w[i].search(/>>?/);
            if (k < 0)
                continue;
            const rest = w[i].slice(k).replace(/^>>?/, '');
            const target = TARGET.exec(rest === '' ? (w[i + 1] ?? '') : rest);
            if (target)
                dest = target[1];
        }
        if (dest) {
            const name = w[0];
            const at = cmd.text.search(REDIRECT_TO);
            const args = cmd.text.slice(name.length, at < 0 ? undefined : at);
            if ((name === 'echo' || name === 'printf') && !expands(args))
                continue;
            if (name === '}' || name === ')' || name === 'done' || name === 'fi')
                continue;
            out.push(dest);
            continue;
        }
        if (w[0] === 'tee') {
            const t = w.slice(1).find((x) => TARGET.test(x));
            if (t)
                out.push(TARGET.exec(t)[1]);
        }
    }
    return out;
}
function envFileWrites(script, shell) {
    if (shell === 'bash' || shell === 'sh' || shell === 'zsh')
        return bashEnvWrites(script);
    if (shell === 'pwsh' || shell === 'powershell') {
        return script
            .split('\n')
            .map((l) => l.replace(/(^|\s)#.*$/, ''))
            .map((l) => PWSH_REDIRECT.exec(l) ?? PWSH_WRITER.exec(l))
            .filter((m) => Boolean(m))
            .map((m) => (m[2] ?? m[1]).toUpperCase());
    }
    if (shell === 'cmd') {
        const re = new RegExp(CMD_REDIRECT.source, 'gim');
        return [...script.matchAll(re)].map((m) => m[1]);
    }
    return [];
}
function githubEnv(ctx) {
    const out = [];
    const triggers = ctx.wf.triggers.map((t) => t.event).filter((e) => PRIVILEGED.has(e));
    if (!triggers.length)
        return out;
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!step.run || !/GITHUB_(ENV|PATH)/.test(step.run.value))
                continue;
            const shell = shellOf(ctx, job, step);
            const writes = envFileWrites(step.run.value, shell);
            if (!writes.length)
                continue;
            const pos = ctx.wf.yaml.pos(child(ctx, step.node, 'run'));
            for (const dest of new Set(writes)) {
                out.push({
                    rule: 'github-env',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: writes computed text to $${dest} in a workflow triggered by ${triggers.join(' and ')}: expected no run-time values in $${dest} under a privileged trigger, got a write an outside contributor may steer (it can set ${dest === 'GITHUB_PATH' ? 'PATH' : 'LD_PRELOAD, NODE_OPTIONS or BASH_ENV'} for the later steps)`,
                    help: `Pass the value to later steps as a step output (echo "name=value" >> "$GITHUB_OUTPUT") and read it through env:, or validate it against a fixed pattern before writing it to $${dest}.`,
                    line: pos.line,
                    column: pos.column
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/hardcoded-container-credentials.js
/**
 * hardcoded-container-credentials (zizmor: hardcoded-container-credentials): a registry password
 * for the job container or a service container written into the file instead of `${{ secrets.X }}`.
 * The value is never printed.
 */


/** The whole value is one `${{ \u2026 }}` (what GitHub substitutes at run time). */
function isFencedExpression(v) {
    const t = v.trim();
    return t.startsWith('${{') && t.endsWith('}}') && t.indexOf('${{', 3) < 0;
}
function hardcodedContainerCredentials(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const check = (where, container) => {
        const creds = child(ctx, container, 'credentials');
        const pw = child(ctx, creds, 'password');
        const v = y.str(pw);
        if (!pw || v === undefined || !(0,yaml_nodes/* isScalar */.jn)(pw) || v === '' || isFencedExpression(v))
            return;
        const pos = y.pos(pw);
        out.push({
            rule: 'hardcoded-container-credentials',
            message: `${where}: the registry password is written into the workflow (${v.length} characters): expected \${{ secrets.NAME }}, got a literal`,
            help: 'Rotate the password, store it as an encrypted secret and write password: ${{ secrets.REGISTRY_PASSWORD }}; for ghcr.io use ${{ secrets.GITHUB_TOKEN }} with packages: read.',
            line: pos.line,
            column: pos.column
        });
    };
    for (const job of ctx.wf.jobs) {
        check(`job '${job.id}' container`, child(ctx, job.node, 'container'));
        for (const e of y.entries(child(ctx, job.node, 'services'))) {
            check(`job '${job.id}' service '${e.key}'`, y.resolve(e.value) ?? e.value);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/insecure-commands.js

const VAR = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
/** The runner reads the variable as a C# boolean: `true` in any case, nothing else. */
function enabled(env) {
    const v = env.get(VAR);
    return v && v.value.trim().toLowerCase() === 'true' ? v : undefined;
}
function insecureCommands(ctx) {
    const out = [];
    const flag = (where, v) => out.push({
        rule: 'insecure-commands',
        message: `${where} sets ${VAR}: ${v.value.trim()}, which re-enables the ::set-env and ::add-path workflow commands: expected the variable unset, got it enabled`,
        help: `Remove ${VAR}; write variables with 'echo "NAME=value" >> "$GITHUB_ENV"' and paths with 'echo "$DIR" >> "$GITHUB_PATH"' (and upgrade actions that still print ::set-env).`,
        line: v.pos.line,
        column: v.pos.column
    });
    const top = enabled(ctx.wf.env);
    if (top)
        flag('the workflow env', top);
    for (const job of ctx.wf.jobs) {
        const j = enabled(job.env);
        if (j)
            flag(`job '${job.id}' env`, j);
        for (const step of job.steps) {
            const s = step.run ? enabled(step.env) : undefined;
            if (s)
                flag(`${(0,types/* stepLabel */.v)(job, step)} env`, s);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/obfuscation.js
/**
 * obfuscation (zizmor: obfuscation): forms GitHub accepts but that hide what a workflow does from
 * review and from pattern checks \u2014 `uses:` paths with `.`, `..` or empty components, `with:`
 * given as one expression, and expressions that are constants in disguise (`${{ 'ev' }}`,
 * `format('{0}{1}', 'a', 'b')`).
 */





/** Constant sub-expressions other than plain literals. */
function reducibleParts(e, out = [], depth = 0) {
    if (depth > 64)
        return out;
    if (!(e instanceof ast/* Literal */.uS) && constantReducible(e)) {
        out.push(e);
        return out;
    }
    for (const c of children(e))
        reducibleParts(c, out, depth + 1);
    return out;
}
/**
 * A cheap look at the text first: with string literals blanked and true/false/null as numbers,
 * a constant can only hide where there is no context access at all, in a call whose arguments
 * name no context, or around an operator between two literals.
 */
const HAS_CONTEXT = /[A-Za-z_][\w-]*\s*[.[]|\b(?!0\b)[A-Za-z_][\w-]*\b(?!\s*\()/;
const LITERAL_CALL = /[A-Za-z_]\w*\s*\(\s*[^A-Za-z_()]*\)/;
const LITERAL_OP = /(''|\b\d[\w.]*)\s*(==|!=|<=?|>=?|&&|\|\|)\s*(''|\d)|!\s*(''|\d|\()/;
/** A plain context access (`github.event.number`, `matrix.os`): never a constant. */
const PLAIN_ACCESS = /^\s*[A-Za-z_][\w-]*(\s*\.\s*[\w*-]+)+\s*$/;
function mayBeConstant(body) {
    if (PLAIN_ACCESS.test(body))
        return false;
    const bare = body.replace(/'(?:[^']|'')*'/g, "''").replace(/\b(true|false|null)\b/gi, '0');
    return !HAS_CONTEXT.test(bare) || LITERAL_CALL.test(bare) || LITERAL_OP.test(bare);
}
function obfuscation(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const raw = step.uses.value;
            if (raw.startsWith('./') || /^docker:\/\//i.test(raw))
                continue;
            const target = raw.split('@')[0];
            const parts = target.split('/');
            const odd = parts.slice(2).filter((p) => p === '' || p === '.' || p === '..');
            if (parts.length > 2 && odd.length) {
                out.push({
                    rule: 'obfuscation',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: 'uses: ${raw}' has ${[...new Set(odd)].map((p) => (p === '' ? 'an empty component' : `'${p}'`)).join(' and ')} in its path: expected a plain owner/repo/path, got one that hides which action runs`,
                    help: 'Write the normalised path (owner/repo/sub/dir@ref).',
                    line: step.uses.pos.line,
                    column: step.uses.pos.column
                });
            }
            const w = child(ctx, step.node, 'with');
            if (w && (0,yaml_nodes/* isScalar */.jn)(w) && typeof w.value === 'string' && w.value.includes('${{')) {
                const pos = y.pos(w);
                out.push({
                    rule: 'obfuscation',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: 'with:' is one expression, so no check can see the inputs ${raw} gets: expected a mapping of inputs, got an expression`,
                    help: 'List the inputs under with: one by one.',
                    maxLevel: 'warning',
                    line: pos.line,
                    column: pos.column
                });
            }
        }
    }
    for (const site of exprSites(ctx.wf)) {
        const body = site.span.body;
        if (!mayBeConstant(body))
            continue;
        const expr = parseExpr(body);
        if (!expr)
            continue;
        const whole = constantReducible(expr);
        const parts = whole ? [expr] : reducibleParts(expr);
        if (!parts.length)
            continue;
        const pos = sitePos(ctx, site);
        out.push({
            rule: 'obfuscation',
            message: `${site.job ? `job '${site.job}'` : 'the workflow'}${site.key && site.key !== site.job ? ` (${site.key})` : ''}: \${{ ${body.trim().replace(/\s+/g, ' ').slice(0, 120)} }} ${whole ? 'is a constant written as an expression' : 'contains a constant written as an expression'}: expected the plain value, got an expression that hides it`,
            help: 'Write the value itself instead of computing it from literals.',
            line: pos.line,
            column: pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/overprovisioned-secrets.js
/**
 * overprovisioned-secrets (zizmor: overprovisioned-secrets): `toJSON(secrets)` and
 * `secrets[<computed>]` hand the job every secret of the repository (and organisation) instead of
 * the ones it names, so one leaked log line or compromised step reaches them all.
 */


const isSecrets = (e) => {
    const x = ungroup(e);
    return x instanceof ast/* ContextAccess */.QC && x.name.lexeme.toLowerCase() === 'secrets';
};
/** What in an expression exposes the whole secrets context. */
function secretsExpansions(e, out = [], depth = 0) {
    if (depth > 64)
        return out;
    if (e instanceof ast/* FunctionCall */.R6 && fnName(e) === 'tojson' && e.args.some(isSecrets)) {
        out.push('toJSON(secrets)');
        return out;
    }
    if (e instanceof ast/* IndexAccess */.p_ && isSecrets(e.expr) && !(ungroup(e.index) instanceof ast/* Literal */.uS)) {
        out.push('secrets[<computed name>]');
        return out;
    }
    for (const c of children(e))
        secretsExpansions(c, out, depth + 1);
    return out;
}
function overprovisionedSecrets(ctx) {
    const out = [];
    for (const site of exprSites(ctx.wf)) {
        const body = site.span.body;
        if (!/secrets/i.test(body) || !/tojson|\[/i.test(body))
            continue;
        const expr = parseExpr(body);
        if (!expr)
            continue;
        for (const what of secretsExpansions(expr)) {
            const pos = sitePos(ctx, site);
            out.push({
                rule: 'overprovisioned-secrets',
                message: `${site.job ? `job '${site.job}'` : 'the workflow'}${site.key && site.key !== site.job ? ` (${site.key})` : ''}: ${what} gives the runner every secret of the repository and organisation: expected the secrets the job needs by name, got all of them`,
                help: 'Reference each secret the step needs by name (${{ secrets.NAME }}); pass a reusable workflow only the secrets it declares.',
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/secrets-outside-env.js


const ALLOWED = new Set(['github_token']);
/** `secrets.NAME` and `secrets['NAME']` in an expression body (string literals blanked first). */
const SECRET_REF = /(?<![\w.-])secrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*(?:'([^']*)'|"([^"]*)")\s*\])/gi;
function secretNames(body) {
    const out = new Set();
    // Blank string literals, keeping those that directly follow `secrets[` (a literal index).
    const bare = body.replace(/(secrets\s*\[\s*)?'((?:[^']|'')*)'/gi, (m, idx) => idx ? m : "''");
    for (const m of bare.matchAll(SECRET_REF))
        out.add((m[1] ?? m[2] ?? m[3]).toLowerCase());
    return out;
}
function secretsOutsideEnv(ctx) {
    const out = [];
    const { wf } = ctx;
    if (wf.triggers.some((t) => t.event === 'workflow_call'))
        return out;
    const withEnv = new Set(wf.jobs.filter((j) => child(ctx, j.node, 'environment') !== undefined).map((j) => j.id));
    for (const site of exprSites(wf)) {
        if (!site.job || withEnv.has(site.job) || !/secrets/i.test(site.span.body))
            continue;
        for (const name of secretNames(site.span.body)) {
            if (ALLOWED.has(name) || name === '*')
                continue;
            const pos = sitePos(ctx, site);
            out.push({
                rule: 'secrets-outside-env',
                message: `job '${site.job}' reads secrets.${name} without an environment: expected the job to declare 'environment:' so the secret lives behind its protection rules, got none`,
                help: 'Move the secret into a deployment environment with required reviewers or branch rules and set environment: <name> on the job.',
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/self-hosted-runner.js
/**
 * self-hosted-runner (zizmor: self-hosted-runner, auditor persona): jobs that run on self-hosted
 * runners, which keep state between runs unless they are ephemeral \u2014 which the file cannot show.
 */


const WHOLE_EXPR = /^\s*\$\{\{\s*([\s\S]*?)\s*\}\}\s*$/;
function selfHostedRunner(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    for (const job of ctx.wf.jobs) {
        if (job.uses)
            continue;
        const ro = child(ctx, job.node, 'runs-on');
        if (!ro)
            continue;
        const pos = y.pos(ro);
        const flag = (why, maxLevel) => out.push({
            rule: 'self-hosted-runner',
            message: `job '${job.id}' ${why}: expected a GitHub-hosted or ephemeral runner, and the workflow cannot show which`,
            help: 'Use GitHub-hosted runners for untrusted code, or ephemeral (just-in-time) self-hosted runners; then add a justified exception for this workflow.',
            maxLevel,
            line: pos.line,
            column: pos.column
        });
        if ((0,yaml_nodes/* isMap */.jh)(ro)) {
            flag('runs on a runner group (groups hold self-hosted runners)', 'warning');
            continue;
        }
        const scalar = (0,yaml_nodes/* isScalar */.jn)(ro) ? y.str(ro) : undefined;
        const whole = scalar !== undefined ? WHOLE_EXPR.exec(scalar) : null;
        if (whole) {
            const m = /^matrix\.([\w-]+)$/i.exec(whole[1]);
            const values = m ? job.matrix.get(m[1].toLowerCase()) : undefined;
            if (values?.includes('self-hosted'))
                flag(`runs on ${whole[1]}, which the matrix sets to a self-hosted label`);
            continue;
        }
        const first = (0,yaml_nodes/* isSeq */.oP)(ro) ? y.str(ro.items[0]) : scalar;
        if (first === undefined)
            continue;
        if (first.trim() === 'self-hosted')
            flag("runs on a 'self-hosted' runner");
        else if (first.includes('${{'))
            flag(`runs on '${first.trim()}', which may expand to a self-hosted label`, 'warning');
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unpinned-images.js
/**
 * unpinned-images (zizmor: unpinned-images): job `container:` and `services:` images not pinned
 * by `@sha256:` digest. No tag or `latest` floats freely (error); another tag can be re-pushed
 * (warning); an image chosen by an expression cannot be checked (warning). `docker://` steps are
 * pinned-uses' business.
 */






/** `name[:tag][@sha256:\u2026]` \u2192 what is wrong with its pinning. */
function imagePinning(image) {
    const ref = image.trim().replace(/^docker:\/\//i, '');
    if (ref === '')
        return undefined;
    const at = ref.indexOf('@');
    if (at >= 0)
        return undefined;
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    const tag = colon > slash ? ref.slice(colon + 1) : undefined;
    if (tag === undefined)
        return { level: 'error', why: `'${ref}' has no tag or digest (it means :latest)` };
    if (tag === 'latest')
        return { level: 'error', why: `'${ref}' uses the floating latest tag` };
    return { level: 'warning', why: `'${ref}' is pinned by tag only, which can be re-pushed` };
}
/** The values an image expression can take: literal strings, matrix values, or unknown. */
function leaves(e, out = []) {
    const x = ungroup(e);
    if (x instanceof ast/* Logical */.oD)
        for (const a of x.args)
            leaves(a, out);
    else
        out.push(x);
    return out;
}
function verdicts(text, job) {
    const spans = (0,expressions/* expressionSpans */.k7)(text);
    if (!spans.length)
        return [imagePinning(text)];
    if (spans.length !== 1 ||
        text.slice(0, spans[0].start).trim() ||
        text.slice(spans[0].end).trim()) {
        return [
            {
                level: 'warning',
                why: `'${text.trim()}' is built at run time, so its pin cannot be checked`
            }
        ];
    }
    const expr = parseExpr(spans[0].body);
    if (!expr)
        return [{ level: 'warning', why: `'${text.trim()}' cannot be read` }];
    const out = [];
    for (const leaf of leaves(expr)) {
        if (leaf instanceof ast/* Literal */.uS) {
            const v = literalValue(leaf);
            if (typeof v === 'string')
                out.push(imagePinning(v));
            continue;
        }
        const p = (0,expression_flow/* pathOf */.XM)(leaf);
        const m = p?.startsWith('matrix.') ? p.slice('matrix.'.length) : undefined;
        const values = m !== undefined ? job.matrix.get(m) : undefined;
        if (m !== undefined && values !== undefined && !values.includes('${{')) {
            for (const line of values.split('\n')) {
                const v = line.trim().replace(/^["']|["']$/g, '');
                if (v)
                    out.push(imagePinning(v));
            }
        }
        else if (m !== undefined && !job.matrix.size) {
            continue;
        }
        else {
            out.push({
                level: 'warning',
                why: `the image comes from ${p ?? 'an expression'}, so its pin cannot be checked`
            });
        }
    }
    return out;
}
function unpinnedImages(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const check = (where, node, job) => {
        const text = y.str(node);
        if (!node || text === undefined)
            return;
        const pos = y.pos(node);
        const seen = new Set();
        for (const v of verdicts(text, job)) {
            if (!v || seen.has(v.why))
                continue;
            seen.add(v.why);
            out.push({
                rule: 'unpinned-images',
                message: `${where}: ${v.why}: expected the image pinned by digest (name:tag@sha256:<digest>)`,
                help: 'Pin it: image: name:tag@sha256:<digest> (docker buildx imagetools inspect name:tag shows the digest), and let Dependabot or Renovate update it.',
                maxLevel: v.level === 'warning' ? 'warning' : undefined,
                line: pos.line,
                column: pos.column
            });
        }
    };
    for (const job of ctx.wf.jobs) {
        const c = child(ctx, job.node, 'container');
        check(`job '${job.id}' container`, c && (0,yaml_nodes/* isMap */.jh)(c) ? child(ctx, c, 'image') : c, job);
        for (const e of y.entries(child(ctx, job.node, 'services'))) {
            const s = y.resolve(e.value) ?? e.value;
            check(`job '${job.id}' service '${e.key}'`, s && (0,yaml_nodes/* isMap */.jh)(s) ? child(ctx, s, 'image') : undefined, job);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unpinned-tools.js
/**
 * unpinned-tools (zizmor: unpinned-tools): setup actions that download their tool's latest
 * release unless a version is given, so the job runs whatever was published last.
 */


const INSTALLS_LATEST = new Set(['aquasecurity/setup-trivy', '1password/load-secrets-action']);
function unpinnedTools(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            const action = step.uses ? (0,uses_match/* targetOf */.$r)(step.uses.value) : '';
            if ((0,uses_match/* neverRuns */.Z$)(step))
                continue;
            if (!INSTALLS_LATEST.has(action))
                continue;
            const v = step.with.get('version');
            const val = v?.value.trim();
            let got;
            if (!v)
                got = 'no version (the action installs the latest release)';
            else if (val === 'latest')
                got = 'version: latest';
            else if (val.includes('${{'))
                got = `version: ${val} (chosen at run time)`;
            if (!got)
                continue;
            const pos = (v ?? step.uses).pos;
            out.push({
                rule: 'unpinned-tools',
                message: `${(0,types/* stepLabel */.v)(job, step)}: ${action} installs an unpinned tool: expected a fixed version, got ${got}`,
                help: 'Set with: { version: <exact release, e.g. v0.65.0> } and update it deliberately.',
                maxLevel: val?.includes('${{') ? 'warning' : undefined,
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unredacted-secrets.js
/**
 * unredacted-secrets (zizmor: unredacted-secrets): the runner masks a secret's whole value in
 * logs, not the parts `fromJSON(secrets.X).field` picks out of it, so those parts are printed
 * in clear wherever they are echoed.
 */



function leaks(e, out, depth = 0) {
    if (depth > 64)
        return out;
    if (e instanceof ast/* FunctionCall */.R6 && fnName(e) === 'fromjson') {
        const secret = e.args.map((a) => (0,expression_flow/* pathOf */.XM)(ungroup(a))).find((p) => p?.startsWith('secrets.'));
        if (secret) {
            out.push(secret);
            return out;
        }
    }
    for (const c of children(e))
        leaks(c, out, depth + 1);
    return out;
}
function unredactedSecrets(ctx) {
    const out = [];
    for (const site of exprSites(ctx.wf)) {
        const body = site.span.body;
        if (!/fromjson/i.test(body) || !/secrets/i.test(body))
            continue;
        const expr = parseExpr(body);
        if (!expr)
            continue;
        for (const secret of leaks(expr, [])) {
            const pos = sitePos(ctx, site);
            out.push({
                rule: 'unredacted-secrets',
                message: `${site.job ? `job '${site.job}'` : 'the workflow'}: fromJSON(${secret}) takes a structured secret apart, and the runner only masks the secret's whole value: expected one secret per value, got fields of ${secret} that print unmasked`,
                help: 'Store each value that must stay secret as its own secret (secrets.DB_USER, secrets.DB_PASSWORD) and reference it directly; or ::add-mask:: each field before use.',
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unsound-condition.js
/**
 * unsound-condition (zizmor: unsound-condition): an `if:` whose value is `${{ \u2026 }}` plus other
 * text \u2014 typically the newline a `|` block scalar keeps \u2014 is a non-empty string after
 * substitution, and a non-empty string is true: the condition always holds.
 */


function unsoundCondition(ctx) {
    const out = [];
    for (const { cond, where } of conditionsOf(ctx)) {
        const v = cond.value;
        const spans = (0,expressions/* expressionSpans */.k7)(v);
        if (!spans.length)
            continue;
        const first = spans[0];
        if (first.start === 0 && first.end === v.length)
            continue;
        const trailing = v.slice(first.end);
        const why = spans.length > 1
            ? 'several ${{ }} with text between them'
            : trailing.trim() === '' && v.slice(0, first.start).trim() === ''
                ? `whitespace around the \${{ }} (${JSON.stringify(v.slice(0, first.start) + trailing)}), as a | or > block scalar keeps`
                : 'text outside the ${{ }}';
        out.push({
            rule: 'unsound-condition',
            message: `${where}: the if: condition has ${why}, so it becomes a non-empty string and is always true: expected the value to be exactly one \${{ \u2026 }}, got extra text`,
            help: 'Write the condition without the block scalar newline (use |- or >-, or a plain one-line if:), and put the whole condition inside one ${{ }}.',
            line: cond.pos.line,
            column: cond.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unsound-contains.js
/**
 * unsound-contains (zizmor: unsound-contains): `contains('main,develop', github.ref_name)` tests
 * for a substring, not list membership, so a branch called `mai` or `develop-evil` passes it.
 */




/** Values whoever triggers the run can choose (a branch or tag name, an input, an env value). */
const CONTROLLABLE = [
    'env',
    'github.actor',
    'github.base_ref',
    'github.head_ref',
    'github.ref',
    'github.ref_name',
    'github.sha',
    'github.triggering_actor',
    'inputs'
];
const childOf = (path, prefix) => path === prefix || path.startsWith(`${prefix}.`);
function unsoundContains(ctx) {
    const out = [];
    for (const { cond, where } of conditionsOf(ctx)) {
        if (!/contains\s*\(\s*'/i.test(cond.value))
            continue;
        const { expr } = conditionExpr(cond.value);
        if (!expr)
            continue;
        for (const e of walkExpr(expr)) {
            if (!(e instanceof ast/* FunctionCall */.R6) || fnName(e) !== 'contains' || e.args.length !== 2)
                continue;
            const list = literalValue(ungroup(e.args[0]));
            const path = (0,expression_flow/* pathOf */.XM)(ungroup(e.args[1]));
            if (typeof list !== 'string' || path === undefined)
                continue;
            const controllable = CONTROLLABLE.some((p) => childOf(path, p));
            out.push({
                rule: 'unsound-contains',
                message: `${where}: contains('${list}', ${path}) checks for a substring, so ${controllable ? 'a chosen' : 'a'} ${path} that is only part of an entry passes: expected an exact comparison, got a substring test`,
                help: `Test each value exactly: contains(fromJSON('["${list
                    .split(/[\s,]+/)
                    .filter(Boolean)
                    .join('", "')}"]'), ${path}), or ${path} == '\u2026' || ${path} == '\u2026'.`,
                maxLevel: controllable ? undefined : 'warning',
                line: cond.pos.line,
                column: cond.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unsound-ternary.js
/**
 * unsound-ternary (zizmor: unsound-ternary): `cond && X || Y` is GitHub's stand-in for a ternary,
 * but when X is falsy (`false`, `''`, `0`, `null`) the result is Y whatever cond is.
 */


function isAnd(e) {
    return e instanceof ast/* Logical */.oD && e.operator.lexeme === '&&';
}
/** The operands of nested `||`, constant sub-trees kept whole. */
function orOperands(e, out = []) {
    const x = ungroup(e);
    if (!constantReducible(x) && x instanceof ast/* Logical */.oD && x.operator.lexeme === '||') {
        for (const a of x.args)
            orOperands(a, out);
    }
    else
        out.push(x);
    return out;
}
/** The falsy "true values" of pseudo-ternaries in an expression. */
function unsoundTrueValues(e, out = [], depth = 0) {
    if (depth > 64 || constantReducible(e))
        return out;
    const x = ungroup(e);
    if (x instanceof ast/* Logical */.oD && x.operator.lexeme === '||') {
        const ops = orOperands(x);
        for (const op of ops.slice(0, -1)) {
            if (!isAnd(op))
                continue;
            const tv = ungroup(op.args[op.args.length - 1]);
            if (constantReducible(tv)) {
                const v = constValue(tv);
                if (v !== undefined && !truthy(v))
                    out.push(v);
            }
        }
        for (const op of ops)
            unsoundTrueValues(op, out, depth + 1);
        return out;
    }
    for (const c of children(x))
        unsoundTrueValues(c, out, depth + 1);
    return out;
}
function unsoundTernary(ctx) {
    const out = [];
    for (const site of exprSites(ctx.wf)) {
        const body = site.span.body;
        if (!body.includes('&&') || !body.includes('||'))
            continue;
        const expr = parseExpr(body);
        if (!expr)
            continue;
        for (const v of unsoundTrueValues(expr)) {
            const pos = sitePos(ctx, site);
            out.push({
                rule: 'unsound-ternary',
                message: `${site.job ? `job '${site.job}'` : 'the workflow'}: \${{ ${body.trim().replace(/\s+/g, ' ').slice(0, 120)} }} uses 'cond && ${JSON.stringify(v)} || other', which is always 'other' because ${JSON.stringify(v)} is falsy: expected a truthy value after &&, got a falsy one`,
                help: "Flip the test so the falsy value comes last (!cond && other || false), or use case(cond, 'a', 'b').",
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-zizmor-a.js


















const ZIZMOR_A_CHECKS = {
    artipacked: artipacked,
    'bot-conditions': botConditions,
    'cache-poisoning': cachePoisoning,
    'github-env': githubEnv,
    'insecure-commands': insecureCommands,
    obfuscation: obfuscation,
    'overprovisioned-secrets': overprovisionedSecrets,
    'self-hosted-runner': selfHostedRunner,
    'unsound-contains': unsoundContains,
    'unsound-condition': unsoundCondition,
    'unsound-ternary': unsoundTernary,
    'unpinned-images': unpinnedImages,
    'hardcoded-container-credentials': hardcodedContainerCredentials,
    'unredacted-secrets': unredactedSecrets,
    'secrets-outside-env': secretsOutsideEnv,
    'github-app': githubApp,
    'adhoc-packages': adhocPackages,
    'unpinned-tools': unpinnedTools
};

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/anonymous-definition.js
function anonymousDefinition(ctx) {
    const { wf } = ctx;
    const y = wf.yaml;
    const out = [];
    if (!wf.name) {
        out.push({
            rule: 'anonymous-definition',
            message: 'the workflow has no name: expected name: <what it does>, got none (the Actions tab and required checks show the file path)',
            help: "Add 'name: \u2026' at the top of the workflow.",
            ...y.pos(y.doc.contents)
        });
    }
    for (const job of wf.jobs) {
        if (job.uses || job.name)
            continue; // zizmor checks normal jobs only
        out.push({
            rule: 'anonymous-definition',
            message: `job '${job.id}' has no name: expected name: <what it does>, got none`,
            help: "Add 'name: \u2026' to the job; checks and logs then say what it does.",
            maxLevel: 'warning',
            line: job.pos.line,
            column: job.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/concurrency-limits.js
/**
 * concurrency-limits (zizmor): a concurrency group without `cancel-in-progress`. A missing group
 * on push / pull_request workflows is the `concurrency` rule's finding; this one covers
 * `concurrency: <group>` (the bare form) at workflow level, or on jobs when the workflow sets none.
 * Workflows that only run as reusable workflows (`workflow_call`) are left to their callers.
 */

function concurrencyLimits(ctx) {
    const { wf } = ctx;
    const y = wf.yaml;
    if (wf.triggers.every((t) => t.event === 'workflow_call'))
        return [];
    const out = [];
    const bare = (node) => {
        const n = y.resolve(node);
        return n !== undefined && !(0,yaml_nodes/* isMap */.jh)(n);
    };
    const msg = (where) => `${where} sets a concurrency group without cancel-in-progress: expected cancel-in-progress: true (or false, said on purpose), got the bare group, so a new run queues behind a superseded one`;
    const help = 'Write concurrency: { group: \u2026, cancel-in-progress: true } (cancel-in-progress: false for release and deploy runs that must finish).';
    if (wf.concurrency) {
        if (bare(wf.concurrency.node)) {
            out.push({
                rule: 'concurrency-limits',
                message: msg('the workflow'),
                help,
                ...wf.concurrency.pos
            });
        }
        return out;
    }
    for (const job of wf.jobs) {
        if (job.uses)
            continue;
        const c = y.get(job.node, 'concurrency');
        if (c && bare(c.value)) {
            out.push({
                rule: 'concurrency-limits',
                message: msg(`job '${job.id}'`),
                help,
                ...y.pos(c.keyNode)
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/dangerous-triggers.js
/**
 * dangerous-triggers (zizmor): `pull_request_target` and `workflow_run` run with the base
 * repository's token and secrets on events an outside contributor starts. One finding per trigger,
 * at the trigger. The pr-target-ban gate is the enforcing control for pull_request_target (with
 * its allowlist and PR-head checkout analysis); this rule is the blanket flag, as zizmor has it.
 */

const DANGEROUS = {
    pull_request_target: 'runs in the base repository with its secrets and a write token for pull requests from forks',
    workflow_run: 'runs with the base repository secrets and token after a workflow that a fork pull request may have started'
};
/** zizmor's one built-in allowance: a single job whose single step is actions/labeler. */
function isLabelerOnly(ctx) {
    const jobs = ctx.wf.jobs;
    if (jobs.length !== 1 || jobs[0].uses || jobs[0].steps.length !== 1)
        return false;
    const u = jobs[0].steps[0].uses;
    if (!u)
        return false;
    const ref = (0,workflows_uses/* parseUses */.Ap)(u.value);
    return (ref.kind === 'repo' &&
        ref.owner.toLowerCase() === 'actions' &&
        ref.repo.toLowerCase() === 'labeler' &&
        !ref.path);
}
function dangerousTriggers(ctx) {
    const out = [];
    for (const t of ctx.wf.triggers) {
        const why = DANGEROUS[t.event];
        if (!why)
            continue;
        if (t.event === 'pull_request_target' && isLabelerOnly(ctx))
            continue;
        out.push({
            rule: 'dangerous-triggers',
            message: `the workflow is triggered by ${t.event}, which ${why}: expected a trigger that runs with the pull request's own, read-only privileges (pull_request), got ${t.event}`,
            help: t.event === 'pull_request_target'
                ? 'Use pull_request; when the workflow must comment or label, split it: a pull_request workflow uploads the result and a separate workflow with a narrow token acts on it without running PR code. The pr-target-ban gate enforces this with a reviewed allowlist.'
                : 'Avoid workflow_run for fork-triggered parents; if you keep it, never check out or run the triggering run\u2019s code or artifacts, treat its outputs as untrusted, and add an exception with the justification.',
            line: t.pos.line,
            column: t.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/uses-sites.js
/**
 * Every `uses:` of a workflow with its parsed reference, computed once per workflow and shared
 * by the rules that read them (forbidden-uses, self-repository, typosquat-uses, the online
 * audits), so the model is walked once however many rules are on.
 */


const cache = new WeakMap();
function usesSites(wf) {
    let sites = cache.get(wf);
    if (!sites) {
        sites = usesOf(wf).map((u) => ({ ...u, ref: (0,workflows_uses/* parseUses */.Ap)(u.str.value) }));
        cache.set(wf, sites);
    }
    return sites;
}
/** The value of `key` in a block or flow mapping node, without building its entry list. */
function keyValue(wf, node, key) {
    const m = wf.yaml.map(node);
    if (!m)
        return undefined;
    for (const item of m.items) {
        const k = wf.yaml.resolve(item.key);
        if (k && 'value' in k && k.value === key) {
            const v = item.value;
            return wf.yaml.resolve(v) ?? v ?? undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/forbidden-uses.js

/** Whether a pattern covers a repository reference (case-insensitive; `owner/repo` is exact). */
function usesPatternMatches(pattern, ref) {
    const p = pattern.toLowerCase();
    const owner = ref.owner.toLowerCase();
    const repo = `${owner}/${ref.repo.toLowerCase()}`;
    const full = ref.path ? `${repo}/${ref.path.toLowerCase()}` : repo;
    if (p === '*')
        return true;
    if (p === `${owner}/*`)
        return true;
    if (p === `${repo}/*`)
        return true;
    return p === full;
}
function forbiddenUses(ctx) {
    const cfg = ctx.policy.b.forbiddenUses;
    if (!cfg)
        return [];
    const out = [];
    for (const u of usesSites(ctx.wf)) {
        const { ref } = u;
        if (ref.kind !== 'repo')
            continue;
        const denied = cfg.allow
            ? !cfg.allow.some((p) => usesPatternMatches(p, ref))
            : (cfg.deny ?? []).some((p) => usesPatternMatches(p, ref));
        if (!denied)
            continue;
        const rule = cfg.allow
            ? `not in rules.forbidden-uses.allow (${cfg.allow.join(', ')})`
            : `matched by rules.forbidden-uses.deny (${cfg.deny.filter((p) => usesPatternMatches(p, ref)).join(', ')})`;
        out.push({
            rule: 'forbidden-uses',
            message: `${u.where}: 'uses: ${ref.raw}' is forbidden by the policy: expected an allowed action, got one ${rule}`,
            help: 'Use an action the policy allows, or change rules.forbidden-uses after review (an exception needs a justification and an expiry).',
            owner: [ref.owner, ref.repo, ...(ref.path ? [ref.path] : [])].join('/'),
            line: u.str.pos.line,
            column: u.str.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/job-timeout.js
function jobTimeout(ctx) {
    const y = ctx.wf.yaml;
    const out = [];
    for (const job of ctx.wf.jobs) {
        if (job.uses)
            continue; // a reusable-workflow call: its jobs set their own
        if (y.get(job.node, 'timeout-minutes'))
            continue;
        out.push({
            rule: 'job-timeout',
            message: `job '${job.id}' sets no timeout-minutes: expected a bound on how long it may run, got GitHub's default of 360 minutes`,
            help: "Add 'timeout-minutes: <n>' to the job, a little above its usual duration (e.g. 15 for tests, 30 for builds).",
            line: job.pos.line,
            column: job.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/misfeature.js
/**
 * misfeature (zizmor): GitHub Actions features that work against the workflow's safety or its
 * review \u2014 `shell: cmd` (its quoting defeats analysis; zizmor's template-injection and ours cannot
 * read it) and `actions/setup-python`'s `pip-install` (packages installed into the system Python
 * outside any lock or virtual environment).
 */



function misfeature(ctx) {
    const y = ctx.wf.yaml;
    const out = [];
    const wfShellNode = (0,types/* valueNode */.I)(ctx, (0,types/* valueNode */.I)(ctx, (0,types/* valueNode */.I)(ctx, y.doc.contents ?? undefined, 'defaults'), 'run'), 'shell');
    for (const job of ctx.wf.jobs) {
        const jobShellNode = (0,types/* valueNode */.I)(ctx, (0,types/* valueNode */.I)(ctx, (0,types/* valueNode */.I)(ctx, job.node, 'defaults'), 'run'), 'shell');
        for (const step of job.steps) {
            if (step.uses) {
                const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
                const pip = step.with.get('pip-install');
                if (ref.kind === 'repo' &&
                    `${ref.owner}/${ref.repo}`.toLowerCase() === 'actions/setup-python' &&
                    pip) {
                    out.push({
                        rule: 'misfeature',
                        message: `${(0,types/* stepLabel */.v)(job, step)}: actions/setup-python installs packages with pip-install: expected packages installed into a virtual environment from a lock file, got a system-wide pip install`,
                        help: 'Drop pip-install and install from a lock file into a virtual environment (python -m venv, uv sync, pip install -r requirements.txt --require-hashes).',
                        line: pip.pos.line,
                        column: pip.pos.column
                    });
                }
                continue;
            }
            if (!step.run)
                continue;
            const stepShell = keyValue(ctx.wf, step.node, 'shell');
            const node = stepShell ?? jobShellNode ?? wfShellNode;
            const shell = y.str(node)?.trim().toLowerCase();
            if (shell !== 'cmd' && shell !== 'cmd.exe')
                continue;
            const pos = node ? y.pos(node) : step.run.pos;
            out.push({
                rule: 'misfeature',
                message: `${(0,types/* stepLabel */.v)(job, step)}: runs its script with shell: cmd: expected bash or pwsh, got the Windows CMD shell, whose quoting no reviewer or linter can follow`,
                help: "Use 'shell: pwsh' (or bash) on Windows runners.",
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/self-repository.js
/**
 * self-repository (zizmor): an action or reusable workflow of the workflow's own repository is
 * referred to with GitHub's self-repository syntax `$/path`, which always means the commit that
 * runs. `./path` (zizmor's finding) depends on what the job checked out into the workspace; and
 * (ours) `owner/repo/path@ref` naming the repository itself (GITHUB_REPOSITORY) runs another
 * commit of it.
 */

function selfRepository(ctx) {
    const out = [];
    const self = ctx.repository?.toLowerCase();
    for (const u of usesSites(ctx.wf)) {
        const { ref } = u;
        let instead;
        if (ref.kind === 'local')
            instead = `$${ref.raw.slice(1)}`;
        else if (ref.kind === 'repo' && self && `${ref.owner}/${ref.repo}`.toLowerCase() === self)
            instead = `$/${ref.path ?? ''}`;
        if (!instead)
            continue;
        out.push({
            rule: 'self-repository',
            message: `${u.where}: 'uses: ${ref.raw}' refers to this repository ${ref.kind === 'local' ? 'through the workspace' : 'at another ref'}: expected the self-repository form '${instead}', got '${ref.raw}'`,
            help: `Write 'uses: ${instead}': it always runs the action or workflow of the commit that runs, whatever the job checked out.`,
            line: u.str.pos.line,
            column: u.str.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/superfluous-actions.js
/**
 * superfluous-actions (zizmor): third-party actions that wrap what the runner already has (`gh`,
 * `git`, `docker`, `jq`): each is more code with the job's token, for nothing. zizmor's regular-
 * persona list; its pedantic entries (create-pull-request, rust-toolchain, auto-commit \u2026) are not
 * flagged.
 */


const SUPERFLUOUS = new Map([
    ['ncipollo/release-action', '`gh release create`'],
    ['softprops/action-gh-release', '`gh release create`'],
    ['elgohr/github-release-action', '`gh release create`'],
    ['dacbd/create-issue-action', '`gh issue create`'],
    ['actions-ecosystem/action-add-labels', '`gh issue edit --add-label` / `gh pr edit --add-label`'],
    [
        'actions-ecosystem/action-remove-labels',
        '`gh issue edit --remove-label` / `gh pr edit --remove-label`'
    ],
    ['svenstaro/upload-release-action', '`gh release create` and `gh release upload`'],
    ['addnab/docker-run-action', '`docker run` (or a container step)'],
    ['sergeysova/jq-action', '`jq`']
]);
function superfluousActions(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
            if (ref.kind !== 'repo')
                continue;
            const instead = SUPERFLUOUS.get(`${ref.owner}/${ref.repo}`.toLowerCase());
            if (!instead)
                continue;
            out.push({
                rule: 'superfluous-actions',
                message: `${(0,types/* stepLabel */.v)(job, step)}: ${ref.owner}/${ref.repo} does what the runner's tools already do: expected ${instead} in a run: step, got a third-party action holding the job's token`,
                help: `Replace the step with ${instead} in a run: step (GITHUB_TOKEN in env as GH_TOKEN for gh).`,
                owner: `${ref.owner}/${ref.repo}`,
                line: step.uses.pos.line,
                column: step.uses.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/typosquat-uses.js
/**
 * typosquat-uses (zizmor): an `owner/repo` one slip away from a popular action \u2014 a character
 * left out, a neighbouring key hit instead, or two words of the name swapped \u2014 under another
 * owner. Such names are registered to catch mistyped `uses:` lines.
 */

/** Widely used actions (the names typosquatters imitate). */
const POPULAR = [
    '8398a7/action-slack',
    'actions/cache',
    'actions/checkout',
    'actions/configure-pages',
    'actions/create-github-app-token',
    'actions/dependency-review-action',
    'actions/deploy-pages',
    'actions/download-artifact',
    'actions/github-script',
    'actions/labeler',
    'actions/setup-dotnet',
    'actions/setup-go',
    'actions/setup-java',
    'actions/setup-node',
    'actions/setup-python',
    'actions/stale',
    'actions/upload-artifact',
    'actions/upload-pages-artifact',
    'astral-sh/setup-uv',
    'aws-actions/configure-aws-credentials',
    'azure/login',
    'codecov/codecov-action',
    'dependabot/fetch-metadata',
    'docker/build-push-action',
    'docker/login-action',
    'docker/metadata-action',
    'docker/setup-buildx-action',
    'docker/setup-qemu-action',
    'dorny/paths-filter',
    'dtolnay/rust-toolchain',
    'github/codeql-action',
    'google-github-actions/auth',
    'google-github-actions/setup-gcloud',
    'goreleaser/goreleaser-action',
    'gradle/actions',
    'hashicorp/setup-terraform',
    'jamesives/github-pages-deploy-action',
    'mikefarah/yq',
    'ncipollo/release-action',
    'peaceiris/actions-gh-pages',
    'peter-evans/create-pull-request',
    'pnpm/action-setup',
    'pre-commit/action',
    'pypa/gh-action-pypi-publish',
    'release-drafter/release-drafter',
    'ruby/setup-ruby',
    'shivammathur/setup-php',
    'slackapi/slack-github-action',
    'softprops/action-gh-release',
    'step-security/harden-runner',
    'styfle/cancel-workflow-action',
    'swatinem/rust-cache',
    'tj-actions/changed-files'
];
/** Keys next to each key on a QWERTY keyboard, and look-alikes. */
const NEAR = {
    '1': ['2', 'q', 'i', 'l'],
    '2': ['1', 'q', 'w', '3'],
    '3': ['2', 'w', 'e', '4'],
    '4': ['3', 'e', 'r', '5'],
    '5': ['4', 'r', 't', '6', 's'],
    '6': ['5', 't', 'y', '7'],
    '7': ['6', 'y', 'u', '8'],
    '8': ['7', 'u', 'i', '9'],
    '9': ['8', 'i', 'o', '0'],
    '0': ['9', 'o', 'p', '-'],
    '-': ['_', '0', 'p', '.', ''],
    _: ['-', '0', 'p', '.', ''],
    q: ['1', '2', 'w', 'a'],
    w: ['2', '3', 'e', 's', 'a', 'q', 'vv'],
    e: ['3', '4', 'r', 'd', 's', 'w'],
    r: ['4', '5', 't', 'f', 'd', 'e'],
    t: ['5', '6', 'y', 'g', 'f', 'r'],
    y: ['6', '7', 'u', 'h', 't', 'i'],
    u: ['7', '8', 'i', 'j', 'y', 'v'],
    i: ['1', '8', '9', 'o', 'l', 'k', 'j', 'u', 'y'],
    o: ['9', '0', 'p', 'l', 'i'],
    p: ['0', '-', 'o'],
    a: ['q', 'w', 's', 'z'],
    s: ['w', 'd', 'x', 'z', 'a', '5'],
    d: ['e', 'r', 'f', 'c', 'x', 's'],
    f: ['r', 'g', 'v', 'c', 'd'],
    g: ['t', 'h', 'b', 'v', 'f'],
    h: ['y', 'j', 'n', 'b', 'g'],
    j: ['u', 'i', 'k', 'm', 'n', 'h'],
    k: ['i', 'o', 'l', 'm', 'j'],
    l: ['i', 'o', 'p', 'k', '1'],
    z: ['a', 's', 'x'],
    x: ['z', 's', 'd', 'c'],
    c: ['x', 'd', 'f', 'v'],
    v: ['c', 'f', 'g', 'b', 'u'],
    b: ['v', 'g', 'h', 'n'],
    n: ['b', 'h', 'j', 'm'],
    m: ['n', 'j', 'k', 'rn'],
    '.': ['-', '_', ''],
    '/': ['-', '_']
};
/** Each popular name's word-swapped forms (words split at - _ /, separators kept), made once. */
let wordSwaps;
function wordSwapsOf(p) {
    wordSwaps ??= new Map();
    let out = wordSwaps.get(p);
    if (!out) {
        out = [];
        const parts = p.split(/([-_/])/);
        for (let i = 0; i + 2 < parts.length; i += 2) {
            const s = [...parts];
            [s[i], s[i + 2]] = [s[i + 2], s[i]];
            out.push({ variant: s.join(''), how: `swaps '${parts[i]}' and '${parts[i + 2]}'` });
        }
        wordSwaps.set(p, out);
    }
    return out;
}
/**
 * The slip that makes `s` out of `p`, if one does, the first in this order: at each position
 * from the left a character left out, repeated, swapped with the next, or replaced by a key near
 * it (in NEAR's order); then two neighbouring words swapped. Found by comparing `s` with `p`
 * from both ends (`pre` and `suf` characters agree): no variant of `p` is made.
 */
function slipOf(s, p) {
    const m = s.length;
    const n = p.length;
    if (m < n - 1 || m > n + 1)
        return undefined;
    const most = Math.min(m, n);
    let pre = 0;
    while (pre < most && s.charCodeAt(pre) === p.charCodeAt(pre))
        pre++;
    let suf = 0;
    while (suf < most && s.charCodeAt(m - 1 - suf) === p.charCodeAt(n - 1 - suf))
        suf++;
    // A slip at position i leaves the characters before it alone: none can lie past `pre`.
    for (let i = 0; i <= pre && i < n; i++) {
        const c = p[i];
        if (m === n - 1 && suf >= n - 1 - i)
            return `leaves out '${c}'`;
        if (m === n + 1 && pre >= i + 1 && suf >= n - i)
            return `repeats '${c}'`;
        if (m === n && i + 1 < n && s[i] === p[i + 1] && s[i + 1] === c && suf >= n - i - 2)
            return `swaps '${c}${p[i + 1]}'`;
        for (const t of NEAR[c] ?? []) {
            if (m === n - 1 + t.length && suf >= n - 1 - i && s.startsWith(t, i))
                return `has '${t}' for '${c}'`;
        }
    }
    if (m === n)
        for (const w of wordSwapsOf(p))
            if (w.variant === s)
                return w.how;
    return undefined;
}
/**
 * The popular action `slug` (an owner/repo, lower case) is one slip away from, the first in
 * POPULAR's order; undefined for a popular name itself and for anything else.
 */
function lookalikeOf(slug) {
    if (!/^[^/]+\/[^/]+$/.test(slug))
        return undefined;
    for (const p of POPULAR) {
        if (slug === p)
            continue;
        const how = slipOf(slug, p);
        if (how !== undefined)
            return { popular: p, how };
    }
    return undefined;
}
/** The popular names (for tests: the variants they are checked against are made from these). */
const POPULAR_ACTIONS = (/* unused pure expression or super */ null && (POPULAR));
/** The near keys of each character, in the order they are tried. */
const NEAR_KEYS = (/* unused pure expression or super */ null && (NEAR));
function typosquatUses(ctx) {
    const out = [];
    for (const u of usesSites(ctx.wf)) {
        const { ref } = u;
        if (ref.kind !== 'repo')
            continue;
        const slug = `${ref.owner}/${ref.repo}`.toLowerCase();
        const hit = lookalikeOf(slug);
        // The popular action's own owner may name its repositories as it likes.
        if (!hit || hit.popular.split('/')[0] === ref.owner.toLowerCase())
            continue;
        out.push({
            rule: 'typosquat-uses',
            message: `${u.where}: '${ref.owner}/${ref.repo}' looks like a typo of the popular action ${hit.popular} (it ${hit.how}): expected ${hit.popular}, got a lookalike under another owner`,
            help: `Check the name: if you meant ${hit.popular}, fix the uses: line; if this really is the action you want, add an exception for its owner with the reason.`,
            owner: `${ref.owner}/${ref.repo}`,
            line: u.str.pos.line,
            column: u.str.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/undocumented-permissions.js

function documented(ctx, pos) {
    const lines = (n) => ctx.source.line(n);
    const own = lines(pos.line);
    if (/\s#\s*\S{3,}/.test(own.slice(pos.column)))
        return true;
    const above = pos.line > 1 ? lines(pos.line - 1) : '';
    return /^\s*#\s*\S{3,}/.test(above);
}
function undocumentedPermissions(ctx) {
    const out = [];
    const check = (where, p) => {
        if (!p)
            return;
        const b = readPermissions(ctx, p.node, p.pos);
        if (b.kind !== 'scopes')
            return;
        const undocumented = [...b.scopes]
            .filter(([scope, v]) => !(scope === 'contents' && v.value === 'read'))
            .filter(([, v]) => !documented(ctx, v.pos));
        const missing = undocumented.map(([scope, v]) => `${scope}: ${v.value}`);
        if (!missing.length)
            return;
        // One finding per block, at the first scope without one (as zizmor), naming every scope without a comment.
        out.push({
            rule: 'undocumented-permissions',
            message: `${where}: ${missing.length === 1 ? 'permission' : 'permissions'} ${missing.map((m) => `'${m}'`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no comment saying why: expected '# <what needs it>' on each line, got none`,
            help: `Say what needs each scope: '${missing[0]} # <the step or action that uses it>'.`,
            line: undocumented[0][1].pos.line,
            column: undocumented[0][1].pos.column
        });
    };
    check('workflow', ctx.wf.permissions);
    for (const job of ctx.wf.jobs)
        check(`job '${job.id}'`, job.permissions);
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/use-trusted-publishing.js
/**
 * use-trusted-publishing (zizmor): publishing to PyPI, RubyGems, npm, crates.io or NuGet with a
 * long-lived token where the registry accepts the job's OIDC identity (Trusted Publishing).
 * Publisher actions configured with a token, and publish commands in `run:` of jobs that cannot
 * mint an OIDC token (no `id-token: write`): a job that can, most likely publishes with it.
 */





const PYPI = ['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/'];
const RUBYGEMS = ['https://rubygems.org'];
const NPMJS = ['https://registry.npmjs.org', 'https://registry.npmjs.org/'];
const given = (w, k) => w.get(k)?.value.trim();
/** An input that is unset or names a registry that supports Trusted Publishing. */
const tpIndex = (w, k, known) => {
    const v = given(w, k);
    return v === undefined || v === '' || known.includes(v);
};
const use_trusted_publishing_truthy = (v) => v !== undefined && /^true$/i.test(v);
/** Publisher actions with the input that carries the manual credential. */
const ACTIONS = [
    {
        action: 'pypa/gh-action-pypi-publish',
        input: 'password',
        manual: (w) => Boolean(given(w, 'password')) &&
            tpIndex(w, 'repository-url', PYPI) &&
            tpIndex(w, 'repository_url', PYPI)
    },
    {
        action: 'rubygems/release-gem',
        input: 'setup-trusted-publisher',
        manual: (w) => given(w, 'setup-trusted-publisher') !== undefined &&
            !use_trusted_publishing_truthy(given(w, 'setup-trusted-publisher'))
    },
    {
        action: 'rubygems/configure-rubygems-credentials',
        input: 'api-token',
        manual: (w) => Boolean(given(w, 'api-token')) && tpIndex(w, 'gem-server', RUBYGEMS)
    },
    {
        action: 'actions/setup-node',
        input: 'always-auth',
        // As zizmor: an unset registry-url is npmjs (setup-node's default).
        manual: (w) => tpIndex(w, 'registry-url', NPMJS) && use_trusted_publishing_truthy(given(w, 'always-auth'))
    }
];
const has = (args, ...words) => words.every((w) => args.includes(w));
const none = (args, ...words) => !words.some((w) => args.includes(w));
/** Whether a command (its first word and arguments) publishes a package. */
function isPublishCommand(cmd, args) {
    const base = cmd.replace(/^.*\//, '');
    switch (base) {
        case 'cargo':
            return has(args, 'publish') && none(args, '--dry-run', '-n');
        case 'uv': {
            const i = args.findIndex((a) => a === 'publish' || a === 'run');
            if (i < 0)
                return false;
            if (args[i] === 'publish')
                return none(args.slice(i), '--dry-run');
            return args.slice(i).includes('twine') && args.slice(i).includes('upload');
        }
        case 'uvx':
            return args.some((a) => a.startsWith('twine')) && has(args, 'upload');
        case 'hatch':
        case 'pdm':
            return has(args, 'publish');
        case 'poetry':
        case 'npm':
        case 'pnpm':
        case 'bun':
            return has(args, 'publish') && none(args, '--dry-run');
        case 'twine':
            return has(args, 'upload');
        case 'pipx':
            return has(args, 'run') && args.some((a) => a.startsWith('twine')) && has(args, 'upload');
        case 'gem':
            return has(args, 'push');
        case 'bundle':
            return has(args, 'exec', 'gem', 'push');
        case 'yarn': {
            const i = args.findIndex((a) => a === 'publish' || a === 'npm');
            if (i < 0)
                return false;
            if (args[i] === 'publish')
                return true;
            return args.slice(i).includes('publish') && none(args, '--dry-run', '-n');
        }
        case 'bunx':
            return (args.some((a) => a === 'npm' || a.startsWith('npm@')) &&
                has(args, 'publish') &&
                none(args, '--dry-run'));
        case 'nuget':
        case 'nuget.exe':
            return has(args, 'push');
        case 'dotnet':
            return has(args, 'nuget', 'push');
        default:
            return /^python[0-9.]*$/.test(base) && has(args, '-m', 'twine', 'upload');
    }
}
/** The job can mint an OIDC token: `id-token: write` (or write-all) on the job, else the workflow. */
function hasIdToken(ctx, job) {
    const p = job.permissions ?? ctx.wf.permissions;
    if (!p)
        return false;
    const b = readPermissions(ctx, p.node, p.pos);
    if (b.kind === 'all')
        return b.value === 'write-all';
    return b.kind === 'scopes' && b.scopes.get('id-token')?.value === 'write';
}
const WORD = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PUBLISH_WORD = /\b(publish|upload|push)\b/;
const PUBLISH_TOOL = /\b(npm|pnpm|yarn|bunx?|cargo|twine|uvx?|poetry|hatch|pdm|gem|bundle|nuget(\.exe)?|dotnet|pipx|python[0-9.]*)\b/;
/** Publish commands of a `run:` script, each with its offset in the file (when the source shows it). */
function publishCommands(ctx, job, step) {
    const shell = shellOf(ctx, job, step);
    if (/^(cmd|python)/.test(shell))
        return [];
    const { text: src, start } = ctx.source.slice(step.run.node);
    const out = [];
    let cursor = 0;
    // PowerShell continues a line with a backtick at its end where POSIX shells use a backslash.
    const script = /^(pwsh|powershell)$/.test(shell)
        ? step.run.value.replace(/`[ \t]*\r?\n/g, ' ')
        : step.run.value;
    for (const c of (0,workflows_shell/* shellCommands */.hf)(script)) {
        let words = c.words;
        while (words.length && (WORD.test(words[0]) || words[0] === 'sudo' || words[0] === 'env'))
            words = words.slice(1);
        if (!words.length)
            continue;
        // Commands come in order: find each one's first word after the previous one.
        const found = src.indexOf(words[0], cursor);
        if (found >= 0)
            cursor =
                found + Math.max(words[0].length, c.text.length - Math.max(0, c.text.indexOf(words[0])));
        if (isPublishCommand(words[0], words.slice(1)))
            out.push({ text: c.text.trim(), at: found >= 0 ? start + found : undefined });
    }
    return out;
}
function useTrustedPublishing(ctx) {
    const out = [];
    const help = 'Configure Trusted Publishing on the registry for this repository and workflow, grant the job id-token: write, and drop the token (PyPI, RubyGems, npm, crates.io and NuGet accept the OIDC identity).';
    for (const job of ctx.wf.jobs) {
        let idToken;
        for (const step of job.steps) {
            if (step.uses) {
                const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
                if (ref.kind !== 'repo')
                    continue;
                const slug = `${ref.owner}/${ref.repo}`.toLowerCase();
                const a = ACTIONS.find((x) => x.action === slug && !ref.path);
                if (!a || !a.manual(step.with))
                    continue;
                const at = step.uses.pos;
                out.push({
                    rule: 'use-trusted-publishing',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: ${a.action} publishes with a manually configured credential (${a.input}): expected Trusted Publishing (OIDC), got a long-lived token`,
                    help,
                    line: at.line,
                    column: at.column
                });
            }
            else if (step.run) {
                // Most scripts publish nothing: only those naming a publishing verb are read as shell.
                if (!PUBLISH_WORD.test(step.run.value) || !PUBLISH_TOOL.test(step.run.value))
                    continue;
                const cmds = publishCommands(ctx, job, step);
                if (!cmds.length)
                    continue;
                idToken ??= hasIdToken(ctx, job);
                if (idToken)
                    continue;
                for (const { text: cmd, at } of cmds) {
                    const pos = at === undefined ? step.run.pos : ctx.source.posAt(at);
                    out.push({
                        rule: 'use-trusted-publishing',
                        message: `${(0,types/* stepLabel */.v)(job, step)}: '${cmd.slice(0, 80)}' publishes from a job without id-token: write: expected Trusted Publishing (OIDC), got a publish that needs a long-lived token`,
                        help,
                        line: pos.line,
                        column: pos.column
                    });
                }
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-zizmor-b.js











/** Decided across files or over the network after the per-file pass (see index.ts). */
const LATER = () => [];
const RULE_CHECKS_B = {
    'dangerous-triggers': dangerousTriggers,
    'use-trusted-publishing': useTrustedPublishing,
    'job-timeout': jobTimeout,
    'dependabot-cooldown': LATER,
    'dependabot-execution': LATER,
    'anonymous-definition': anonymousDefinition,
    'concurrency-limits': concurrencyLimits,
    misfeature: misfeature,
    'ref-version-mismatch': LATER,
    'undocumented-permissions': undocumentedPermissions,
    'forbidden-uses': forbiddenUses,
    'self-repository': selfRepository,
    'superfluous-actions': superfluousActions,
    'typosquat-uses': typosquatUses,
    'impostor-commit': LATER,
    'known-vulnerable-actions': LATER,
    'stale-action-refs': LATER,
    'archived-uses': LATER,
    'ref-confusion': LATER
};

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/check-workflow.js









const RULE_CHECKS = {
    'pinned-uses': pinnedUses,
    permissions: permissions,
    'template-injection': template_injection/* templateInjection */.kz,
    'secrets-inherit': secretsInherit,
    'static-secrets': staticSecrets,
    concurrency: concurrency,
    'persist-credentials': persistCredentials,
    ...ZIZMOR_A_CHECKS,
    ...RULE_CHECKS_B
};
/** The rules in their order of checking, listed once (not once per file). */
const RULE_LIST = Object.entries(RULE_CHECKS);
function checkWorkflow(wf, source, policy, options = {}) {
    const ctx = {
        wf,
        source,
        policy,
        repoOwner: options.repoOwner,
        repository: options.repository,
        pins: options.pins ?? new Map(),
        sensitive: []
    };
    const findings = [];
    for (const [name, rule] of RULE_LIST) {
        // Permissions also fills the evidence list, so it runs even when its findings are off.
        if (policy.levels[name] === 'off' && name !== 'permissions')
            continue;
        const found = rule(ctx);
        if (policy.levels[name] !== 'off')
            findings.push(...found);
    }
    return { findings, sensitive: ctx.sensitive };
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/dependabot.js
/**
 * `.github/dependabot.yml` (or `.yaml`), read when present with the same strict YAML as workflows
 * (one document, unique keys, no merge keys), for zizmor's two Dependabot audits:
 * dependabot-execution (`insecure-external-code-execution: allow` lets a dependency's build code
 * run with the update's registry credentials) and dependabot-cooldown (no or too short a
 * `cooldown.default-days`, so a freshly published \u2014 possibly compromised \u2014 release is proposed at
 * once). Two files, or one that is not the configuration Dependabot reads, cannot be decided.
 */






const DEPENDABOT_FILES = ['.github/dependabot.yml', '.github/dependabot.yaml'];
const MAX_BYTES = 1024 * 1024;
function present(root, rel) {
    try {
        (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, rel));
        return true;
    }
    catch {
        return false;
    }
}
function intOf(y, node) {
    const n = y.resolve(node);
    return n && (0,yaml_nodes/* isScalar */.jn)(n) && typeof n.value === 'number' && Number.isInteger(n.value)
        ? n.value
        : undefined;
}
/** Read and check the Dependabot configuration under `root`. */
function checkDependabot(root, minDays) {
    const found = DEPENDABOT_FILES.filter((f) => present(root, f));
    if (!found.length)
        return { kind: 'absent' };
    const file = found[0];
    const bad = (message, pos = { line: 1, column: 1 }) => ({
        kind: 'invalid',
        file,
        message,
        pos
    });
    if (found.length > 1)
        return bad(`both ${found.join(' and ')} exist: Dependabot reads one configuration; delete the other`);
    let text;
    try {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file)))
            return bad(`${file} is a dangling symlink`);
        text = (0,files/* readWorkspaceText */.tA)(root, (0,external_node_path_.join)(root, file), MAX_BYTES, 'Dependabot configuration');
    }
    catch (err) {
        return bad((0,core_errors/* errorMessage */.gJ)(err));
    }
    const parsed = (0,yaml_doc/* parseYaml */.hN)(file, text);
    if (!parsed.ok)
        return bad(parsed.problem.message, parsed.problem);
    const y = parsed.yaml;
    const findings = [];
    try {
        const root = y.map(y.doc.contents);
        if (!root)
            return bad(`${file} is not a YAML mapping`);
        const version = y.str(y.get(root, 'version')?.value);
        if (version !== '2')
            return bad(`${file}: expected version: 2, got ${version ?? 'none'}`, y.pos(root));
        const updatesEntry = y.get(root, 'updates');
        const updates = y.seq(updatesEntry?.value);
        if (!updates)
            return bad(`${file}: expected 'updates:' to be a list of updates`, y.pos(updatesEntry?.keyNode ?? root));
        for (const [i, raw] of updates.entries()) {
            const u = y.map(raw);
            if (!u)
                return bad(`${file}: updates[${i}] is not a mapping`, y.pos(raw));
            const eco = y.str(y.get(u, 'package-ecosystem')?.value) ?? '?';
            const dir = y.str(y.get(u, 'directory')?.value) ??
                y.text(y.get(u, 'directories')?.value).replace(/\n/g, ', ');
            const what = `update '${eco}' (${dir || '?'})`;
            const exec = y.get(u, 'insecure-external-code-execution');
            if (exec) {
                const v = y.str(exec.value);
                if (v !== 'allow' && v !== 'deny')
                    return bad(`${file}: ${what}: insecure-external-code-execution must be allow or deny, got ${v ?? 'nothing'}`, y.pos(exec.value ?? exec.keyNode));
                if (v === 'allow') {
                    findings.push({
                        rule: 'dependabot-execution',
                        message: `${what} allows insecure-external-code-execution: expected deny (the default), got allow, so the dependencies' own build code runs with the update's registry credentials`,
                        help: "Remove 'insecure-external-code-execution: allow' (or set deny); vendor or pin what needs code execution instead.",
                        ...y.pos(exec.keyNode)
                    });
                }
            }
            const cooldown = y.get(u, 'cooldown');
            const daysEntry = cooldown ? y.get(cooldown.value, 'default-days') : undefined;
            if (cooldown && !y.map(cooldown.value))
                return bad(`${file}: ${what}: cooldown must be a mapping`, y.pos(cooldown.value ?? cooldown.keyNode));
            const days = daysEntry ? intOf(y, daysEntry.value) : undefined;
            if (daysEntry && (days === undefined || days < 0))
                return bad(`${file}: ${what}: cooldown.default-days must be a whole number of days`, y.pos(daysEntry.value ?? daysEntry.keyNode));
            // Without default-days, Dependabot waits no extra time (zizmor counts it as 3 days).
            const effective = days ?? 0;
            if (effective >= minDays)
                continue;
            const at = daysEntry
                ? y.pos(daysEntry.keyNode)
                : cooldown
                    ? y.pos(cooldown.keyNode)
                    : y.pos(raw);
            findings.push({
                rule: 'dependabot-cooldown',
                message: `${what} ${daysEntry ? `waits cooldown.default-days: ${days}` : cooldown ? 'has a cooldown without default-days' : 'has no cooldown'}: expected a cooldown of at least ${minDays} days before a new release is proposed, got ${effective}`,
                help: `Add 'cooldown: { default-days: ${minDays} }' to the update: a compromised release is usually found and yanked within days.`,
                ...at
            });
        }
        return { kind: 'checked', file, findings, updates: updates.length };
    }
    catch (err) {
        return bad((0,core_errors/* errorMessage */.gJ)(err));
    }
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/online/checks.js
var checks = __webpack_require__(44556);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/version-pins.js
/**
 * The `uses: owner/repo@<commit> # <tag>` sites of a scan, grouped by action, tag and commit, for
 * the cross-file check that a version is pinned to one commit (`ref-version-mismatch`).
 *
 * They are held until every file is read, so their memory grows with the scan: a site is a row of
 * integers (its file, label, target as written, line, column, the next site of its group) and
 * each distinct text is held once. As objects, the sites of 16 copies of the corpus took about
 * 100 bytes each; a row takes 24.
 */

const version_pins_FILE = 0;
const WHERE = 1;
const version_pins_TARGET = 2;
const version_pins_LINE = 3;
const version_pins_COLUMN = 4;
const NEXT = 5;
const version_pins_WIDTH = 6;
const NONE = -1;
function rowInt(what, n) {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
        throw new RangeError(`a pinned site's ${what} is ${n}: expected an integer from 0 to 2^31-1`);
    }
    return n;
}
class VersionPins {
    texts = [];
    ids = new Map();
    rows = new Int32Array(version_pins_WIDTH * 64);
    count = 0;
    /** action (lower-cased) \u2192 tag \u2192 commit (lower-cased) \u2192 its sites, in the order added. */
    groups = new Map();
    /** How many sites were added. */
    get size() {
        return this.count;
    }
    /** Record a site of `target` pinned to `commit` with the comment `tag`. */
    add(site, tag, commit) {
        const line = rowInt('line', site.line);
        const column = rowInt('column', site.column);
        const row = this.count++;
        if (this.rows.length < this.count * version_pins_WIDTH) {
            const grown = new Int32Array(this.rows.length * 2);
            grown.set(this.rows);
            this.rows = grown;
        }
        const at = row * version_pins_WIDTH;
        this.rows[at + version_pins_FILE] = this.id(site.file);
        this.rows[at + WHERE] = this.id(site.where);
        this.rows[at + version_pins_TARGET] = this.id(site.target);
        this.rows[at + version_pins_LINE] = line;
        this.rows[at + version_pins_COLUMN] = column;
        this.rows[at + NEXT] = NONE;
        const action = site.target.toLowerCase();
        let byTag = this.groups.get(action);
        if (!byTag)
            this.groups.set((0,detach/* sharedText */.b)(action), (byTag = new Map()));
        let byCommit = byTag.get(tag);
        if (!byCommit)
            byTag.set((0,detach/* sharedText */.b)(tag), (byCommit = new Map()));
        const sha = commit.toLowerCase();
        const group = byCommit.get(sha);
        if (group) {
            this.rows[group.last * version_pins_WIDTH + NEXT] = row;
            group.last = row;
        }
        else {
            byCommit.set((0,detach/* sharedText */.b)(sha), { first: row, last: row });
        }
    }
    /**
     * Every site of a tag pinned to more than one commit: by action, tag and commit in the order
     * first met, and the sites of a commit in the order added.
     */
    *conflicts() {
        for (const [action, byTag] of this.groups) {
            for (const [tag, byCommit] of byTag) {
                if (byCommit.size < 2)
                    continue;
                const commits = [...byCommit.keys()];
                for (const [commit, group] of byCommit) {
                    for (let row = group.first; row !== NONE; row = this.rows[row * version_pins_WIDTH + NEXT]) {
                        yield { action, tag, commits, commit, site: this.site(row) };
                    }
                }
            }
        }
    }
    site(row) {
        const at = row * version_pins_WIDTH;
        const r = this.rows;
        return {
            file: this.texts[r[at + version_pins_FILE]],
            where: this.texts[r[at + WHERE]],
            target: this.texts[r[at + version_pins_TARGET]],
            line: r[at + version_pins_LINE],
            column: r[at + version_pins_COLUMN]
        };
    }
    id(text) {
        let id = this.ids.get(text);
        if (id === undefined) {
            const own = (0,detach/* sharedText */.b)(text);
            id = this.texts.push(own) - 1;
            this.ids.set(own, id);
        }
        return id;
    }
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/extras-zizmor-b.js
/**
 * What the zizmor-derived rules add around the per-file pass: the Dependabot configuration, the
 * cross-file half of ref-version-mismatch, the online audits (input `online`), and the fixes
 * (`fix-diff` shows them as a unified patch, `fix` writes them). Kept apart from index.ts so the
 * gate's main loop stays one read, one parse and one check per file.
 */












function readOptionsB(inputs, env) {
    const given = inputs.string('github-token');
    const token = (given && !given.startsWith('${{') ? given : undefined) ||
        env.GITHUB_TOKEN ||
        env.GH_TOKEN ||
        undefined;
    return {
        online: inputs.boolean('online'),
        token,
        timeoutMs: inputs.duration('online-timeout') ?? 30_000,
        fix: inputs.boolean('fix'),
        fixDiff: inputs.boolean('fix-diff')
    };
}
class ExtrasB {
    o;
    policy;
    ctx;
    evidence;
    sites = [];
    /** The commits each action's tags are pinned to, and where (the cross-file mismatch). */
    versionPins = new VersionPins();
    fileFixes = [];
    pending = [];
    facts;
    /** The fix modules, loaded (`import()`) only by a run that asks for fixes. */
    fixMods;
    /**
     * The online audits, the GitHub client and the fixers are loaded only when the run uses them
     * (`online`, `fix`, `fix-diff`): an offline check-only run never compiles them.
     */
    static async create(o, policy, ctx) {
        const x = new ExtrasB(o, policy, ctx);
        if (o.online) {
            const [{ GitHubClient }, { RepoFacts }] = await Promise.all([
                __webpack_require__.e(/* import() */ 9726).then(__webpack_require__.bind(__webpack_require__, 89726)),
                Promise.all(/* import() */[__webpack_require__.e(9726), __webpack_require__.e(6011)]).then(__webpack_require__.bind(__webpack_require__, 26011))
            ]);
            x.facts = new RepoFacts(new GitHubClient({
                token: o.token,
                apiUrl: ctx.env.GITHUB_API_URL,
                userAgent: 'ci-intel-hub workflow-policy',
                timeoutMs: o.timeoutMs,
                deadline: Date.now() + 10 * 60_000,
                retries: 2,
                retryBaseMs: 300,
                log: (m) => ctx.log?.(m)
            }));
        }
        return x;
    }
    constructor(o, policy, ctx) {
        this.o = o;
        this.policy = policy;
        this.ctx = ctx;
        this.evidence = {
            online: { requested: o.online, audits: {}, repositories: 0, errors: [] },
            dependabot: { file: null, updates: 0 },
            fixes: { requested: o.fix ? 'apply' : o.fixDiff ? 'diff' : 'none', files: [], unfixable: 0 }
        };
        for (const r of checks/* ONLINE_CHECKS */.M)
            if (policy.levels[r] !== 'off')
                this.evidence.online.audits[r] = o.online ? 'run' : 'not run';
    }
    get wantsFixes() {
        return this.o.fix || this.o.fixDiff;
    }
    /** Record the `uses:` of a checked file (online audits, pins); compute its fixes. */
    async onFile(wf, source, pins, pairs) {
        for (const u of usesSites(wf)) {
            const { ref } = u;
            if (ref.kind !== 'repo' || !ref.ref)
                continue;
            const isSha = (0,workflows_uses/* isFullSha */.Wf)(ref.ref);
            const commentTag = isSha ? tagFromComment(source.trailingComment(u.node)) : undefined;
            // Offline, a site is kept only for the cross-file pin check; nothing else reads it later.
            if (!this.facts && !commentTag)
                continue;
            if (this.facts) {
                // Kept until every file is read: own copies, not views of this file's text, and one
                // copy of each (the same action, version and step label recur across a repository's
                // files).
                this.sites.push({
                    file: wf.file,
                    where: (0,detach/* sharedText */.b)(u.where),
                    slug: (0,detach/* sharedText */.b)(`${ref.owner}/${ref.repo}`),
                    target: (0,detach/* sharedText */.b)((0,workflows_uses/* usesTarget */.OW)(ref)),
                    ref: (0,detach/* sharedText */.b)(ref.ref),
                    isSha,
                    commentTag: (0,detach/* sharedText */.b)(commentTag),
                    line: u.str.pos.line,
                    column: u.str.pos.column
                });
            }
            if (isSha && commentTag) {
                const site = {
                    file: wf.file,
                    where: u.where,
                    target: (0,workflows_uses/* usesTarget */.OW)(ref),
                    line: u.str.pos.line,
                    column: u.str.pos.column
                };
                this.versionPins.add(site, commentTag, ref.ref);
            }
        }
        if (this.wantsFixes)
            this.pending.push({ wf, source, pins, pairs });
    }
    /** Fixes are computed once every file is read, so a pin in any workflow can fix the others. */
    async computeFixes(p) {
        const { wf, source, pins, pairs } = p;
        const { fixers, tags: tagNames } = this.fixMods;
        const { fixesFor } = fixers;
        const { longestTagFor } = tagNames;
        const resolve = async (target, tag) => {
            const known = pins.get(target.toLowerCase())?.get(tag);
            if (known)
                return { sha: known, version: tag };
            if (!this.facts)
                return undefined;
            const slug = target.split('/').slice(0, 2).join('/');
            const tags = await this.facts.tags(slug);
            const t = tags.find((x) => x.name === tag);
            return t ? { sha: t.sha, version: longestTagFor(tags, t.sha) ?? tag } : undefined;
        };
        let fixes;
        try {
            fixes = await fixesFor(wf, source, pairs.map((p) => p.raw), resolve);
        }
        catch (err) {
            this.evidence.online.errors.push({
                file: wf.file,
                line: 1,
                message: `fix: ${(0,core_errors/* errorMessage */.gJ)(err)}`
            });
            return;
        }
        const ff = { file: wf.file, text: source.text, edits: [] };
        pairs.forEach((p, i) => {
            const e = fixes[i];
            if (e && e.length)
                ff.edits.push({ edits: e, finding: p.finding });
            else if (e === undefined &&
                ['pinned-uses', 'persist-credentials', 'template-injection'].includes(p.raw.rule))
                this.evidence.fixes.unfixable++;
        });
        if (ff.edits.length)
            this.fileFixes.push(ff);
    }
    /**
     * After every file: Dependabot, the cross-file version mismatch, the online audits and the
     * fixes. Returns the findings to add and whether something could not be decided.
     */
    async finish(used, reported) {
        const out = [];
        const undecided = [];
        const levels = this.policy.levels;
        const on = (r) => levels[r] !== 'off';
        if (on('dependabot-cooldown') || on('dependabot-execution')) {
            const d = await (0,yaml_doc/* withYamlLibrary */.DZ)(() => checkDependabot(this.ctx.workspace, this.policy.b.cooldownDays));
            if (d.kind === 'invalid') {
                this.evidence.dependabot.file = d.file;
                undecided.push({ file: d.file, ...d.pos, message: d.message });
            }
            else if (d.kind === 'checked') {
                Object.assign(this.evidence.dependabot, { file: d.file, updates: d.updates });
                out.push(...applyPolicy(d.file, d.findings, this.policy, used));
            }
        }
        if (on('ref-version-mismatch')) {
            for (const { action, tag, commits, commit, site: s } of this.versionPins.conflicts()) {
                const others = commits.filter((x) => x !== commit).map((x) => x.slice(0, 12));
                const raw = {
                    rule: 'ref-version-mismatch',
                    message: `${s.where}: '${action}@${commit.slice(0, 12)}\u2026 # ${tag}' names ${tag}, which other workflows pin as ${others.join(', ')}: expected one commit per version, got ${commits.length}`,
                    help: `At most one of them is ${tag}; check the tag's commit (online: true checks it against GitHub) and correct the pin or the comment.`,
                    owner: s.target,
                    line: s.line,
                    column: s.column
                };
                out.push(...applyPolicy(s.file, [raw], this.policy, used));
            }
        }
        if (this.facts) {
            const enabled = (r) => on(r);
            const { runOnlineAudits } = await Promise.all(/* import() */[__webpack_require__.e(9726), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 70578));
            const res = await runOnlineAudits(this.sites, this.facts, enabled);
            this.evidence.online.repositories = new Set(this.sites.map((s) => s.slug.toLowerCase())).size;
            for (const f of res.findings)
                out.push(...applyPolicy(f.file, [f.finding], this.policy, used));
            for (const e of res.errors) {
                this.evidence.online.audits[e.rule] = 'error';
                this.evidence.online.errors.push({ file: e.file, line: e.line, message: e.message });
                undecided.push(e);
            }
        }
        if (this.pending.length && !this.fixMods) {
            const [fixers, patch, tags] = await Promise.all([
                __webpack_require__.e(/* import() */ 3068).then(__webpack_require__.bind(__webpack_require__, 93068)),
                __webpack_require__.e(/* import() */ 3495).then(__webpack_require__.bind(__webpack_require__, 53495)),
                __webpack_require__.e(/* import() */ 4916).then(__webpack_require__.bind(__webpack_require__, 24916))
            ]);
            this.fixMods = { fixers, patch, tags };
        }
        for (const p of this.pending)
            await this.computeFixes(p);
        if (this.fileFixes.length)
            this.writeFixes(reported);
        return { findings: out, undecided };
    }
    writeFixes(reported) {
        const { applyEdits, unifiedDiff } = this.fixMods.patch;
        const patches = [];
        for (const ff of this.fileFixes) {
            // Findings of one step share its edits: each edit once.
            // (and a step reached through an alias is one node: the same edit twice counts once).
            const seen = new Set();
            const unique = ff.edits
                .flatMap((e) => e.edits)
                .filter((e) => {
                const key = `${e.start}:${e.end}:${e.insert}`;
                if (seen.has(key))
                    return false;
                seen.add(key);
                return true;
            });
            const { text, applied } = applyEdits(ff.text, unique);
            const done = new Set(applied.map((e) => `${e.start}:${e.end}:${e.insert}`));
            const fixed = ff.edits.filter((e) => e.edits.every((x) => done.has(`${x.start}:${x.end}:${x.insert}`)));
            this.evidence.fixes.files.push({ file: ff.file, edits: applied.length });
            patches.push(unifiedDiff(ff.file, ff.text, text));
            if (this.o.fix) {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.ctx.workspace, ff.file), text);
                for (const e of fixed) {
                    if (!reported.has(e.finding))
                        continue;
                    e.finding.severity = 'note';
                    e.finding.message = `fixed (fix: true): ${e.finding.message}`;
                    reported.changed(e.finding);
                }
            }
        }
        const patch = patches.join('');
        if (this.o.fixDiff)
            this.ctx.log?.(`workflow-policy fixes (git apply):\n${patch}`);
        if (this.ctx.tempDir) {
            (0,external_node_fs_.mkdirSync)(this.ctx.tempDir, { recursive: true });
            const file = (0,external_node_path_.join)(this.ctx.tempDir, 'workflow-policy-fix.patch');
            (0,external_node_fs_.writeFileSync)(file, patch);
            this.evidence.fixes.patchFile = file;
        }
    }
}

// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
// EXTERNAL MODULE: ./lib/workflows/expiry.js
var expiry = __webpack_require__(26555);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-zizmor-a-names.js
/**
 * Rule ids and default levels of the rules that follow zizmor's audits (issue 17, first half).
 * Kept apart from policy.ts so the rule list grows without touching the shared table.
 */
const ZIZMOR_A_RULE_NAMES = [
    'artipacked',
    'bot-conditions',
    'cache-poisoning',
    'github-env',
    'insecure-commands',
    'obfuscation',
    'overprovisioned-secrets',
    'self-hosted-runner',
    'unsound-contains',
    'unsound-condition',
    'unsound-ternary',
    'unpinned-images',
    'hardcoded-container-credentials',
    'unredacted-secrets',
    'secrets-outside-env',
    'github-app',
    'adhoc-packages',
    'unpinned-tools'
];
/**
 * Defaults: zizmor's high-severity, regular-persona findings are errors; its low-severity or
 * low-confidence ones are warnings; its auditor-persona audits (and one static-secrets already
 * reports) are off until a repository turns them on.
 */
const ZIZMOR_A_LEVELS = {
    artipacked: 'off',
    'bot-conditions': 'error',
    'cache-poisoning': 'warning',
    'github-env': 'error',
    'insecure-commands': 'error',
    obfuscation: 'warning',
    'overprovisioned-secrets': 'error',
    'self-hosted-runner': 'off',
    'unsound-contains': 'error',
    'unsound-condition': 'error',
    'unsound-ternary': 'warning',
    'unpinned-images': 'error',
    'hardcoded-container-credentials': 'off',
    'unredacted-secrets': 'error',
    'secrets-outside-env': 'off',
    'github-app': 'error',
    'adhoc-packages': 'warning',
    'unpinned-tools': 'warning'
};

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/policy-zizmor-b.js
/**
 * The rules mirrored from zizmor's audits (issue 17, second share): their names, default levels
 * and settings. Spread into policy.ts so the policy, the schema and the exceptions know them.
 */
/** Rules decided from the repository alone. */
const OFFLINE_RULES_B = [
    'dangerous-triggers',
    'use-trusted-publishing',
    'job-timeout',
    'dependabot-cooldown',
    'dependabot-execution',
    'anonymous-definition',
    'concurrency-limits',
    'misfeature',
    'ref-version-mismatch',
    'undocumented-permissions',
    'forbidden-uses',
    'self-repository',
    'superfluous-actions',
    'typosquat-uses'
];
/** Rules that need the GitHub API (input `online: true`); offline they are reported as not run. */
const ONLINE_RULES = [
    'impostor-commit',
    'known-vulnerable-actions',
    'stale-action-refs',
    'archived-uses',
    'ref-confusion'
];
const RULE_NAMES_B = [...OFFLINE_RULES_B, ...ONLINE_RULES];
const DEFAULT_LEVELS_B = {
    // pr-target-ban is the enforcing gate for pull_request_target; this is zizmor's blanket flag.
    'dangerous-triggers': 'warning',
    'use-trusted-publishing': 'warning',
    // Ours; off by default (existing repositories rarely set it), on in the hub's own config.
    'job-timeout': 'off',
    'dependabot-cooldown': 'warning',
    'dependabot-execution': 'error',
    // zizmor reports it in its pedantic persona only.
    'anonymous-definition': 'off',
    'concurrency-limits': 'warning',
    misfeature: 'warning',
    'ref-version-mismatch': 'error',
    // zizmor reports it in its pedantic persona only.
    'undocumented-permissions': 'off',
    'forbidden-uses': 'error',
    // `$/` is new GitHub syntax that older GHES versions reject; on in the hub's own config.
    'self-repository': 'off',
    'superfluous-actions': 'warning',
    'typosquat-uses': 'error',
    'impostor-commit': 'error',
    'known-vulnerable-actions': 'error',
    'stale-action-refs': 'warning',
    'archived-uses': 'warning',
    'ref-confusion': 'error'
};
/** zizmor's default minimum Dependabot cooldown (`dependabot-cooldown.config.days`). */
const DEFAULT_COOLDOWN_DAYS = 7;
function defaultSettingsB() {
    return { cooldownDays: DEFAULT_COOLDOWN_DAYS };
}
/** Read the settings of one of these rules from its raw policy entry. */
function readSettingsB(name, raw, into) {
    if (name === 'forbidden-uses' && (raw.allow || raw.deny)) {
        into.forbiddenUses = {
            allow: raw.allow?.map((p) => p.toLowerCase()),
            deny: raw.deny?.map((p) => p.toLowerCase())
        };
    }
    if (name === 'dependabot-cooldown' && typeof raw.days === 'number')
        into.cooldownDays = raw.days;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/policy.js
/** The policy file: rule levels, pinning policies, trusted owners and justified, expiring exceptions. */






const RULE_NAMES = [
    'pinned-uses',
    'permissions',
    'template-injection',
    'secrets-inherit',
    'static-secrets',
    'concurrency',
    'persist-credentials',
    ...ZIZMOR_A_RULE_NAMES,
    ...RULE_NAMES_B
];
const DEFAULT_LEVELS = {
    'pinned-uses': 'error',
    permissions: 'error',
    'template-injection': 'error',
    'secrets-inherit': 'error',
    'static-secrets': 'error',
    concurrency: 'warning',
    'persist-credentials': 'error',
    ...ZIZMOR_A_LEVELS,
    ...DEFAULT_LEVELS_B
};
function defaultPolicy() {
    return {
        levels: { ...DEFAULT_LEVELS },
        pinPolicies: new Map([['*', 'hash-pin']]),
        trustedOwners: [],
        exceptions: [],
        findings: [],
        b: defaultSettingsB()
    };
}
const PLACEHOLDER = /^(todo|tbd|n\/?a|none|-+|\.+|x+|fixme|because|needed|required|temporary|legacy)$/i;
const MIN_JUSTIFICATION = 15;

/** Load the validator of schema/workflow-policy.v1.json (in a bundle, its chunk); await it before `parsePolicy`. */
function loadPolicyValidator() {
    return (0,schemas/* loadSchemaValidators */.Je)('workflow-policy.v1.json');
}
/** Parse and validate a policy file's text (throws GateError naming the file when it is malformed). */
function parsePolicy(file, text, now) {
    const fix = `Fix ${file} (schema: schema/workflow-policy.v1.json), or point the 'policy' input at another file.`;
    const parsed = (0,yaml_doc/* parseYaml */.hN)(file, text);
    if (!parsed.ok) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file}: ${parsed.problem.message}`, fix, file, parsed.problem.line, parsed.problem.column);
    }
    const y = parsed.yaml;
    let data;
    try {
        data = y.doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file}: ${err.message}`, fix, file);
    }
    if (data === null || data === undefined)
        data = {};
    const validate = (0,schemas/* schemaValidator */.Ki)('workflow-policy.v1.json');
    if (!validate(data)) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file} does not match schema/workflow-policy.v1.json: ${(0,schemas/* describeSchemaErrors */.cz)(validate.errors).slice(0, 5).join('; ')}`, fix, file);
    }
    const raw = data;
    const policy = defaultPolicy();
    policy.file = file;
    for (const name of RULE_NAMES) {
        const r = raw.rules?.[name];
        if (r === undefined)
            continue;
        if (typeof r === 'string') {
            policy.levels[name] = r;
            continue;
        }
        if (r.level)
            policy.levels[name] = r.level;
        for (const [pattern, p] of Object.entries(r.policies ?? {})) {
            policy.pinPolicies.set(pattern.toLowerCase(), p);
        }
        readSettingsB(name, r, policy.b);
        if (r['trusted-owners'])
            policy.trustedOwners.push(...r['trusted-owners'].map((o) => o.toLowerCase()));
    }
    const nodes = y.seq(y.get(y.doc.contents, 'exceptions')?.value) ?? [];
    (raw.exceptions ?? []).forEach((e, i) => {
        const node = nodes[i];
        const pos = y.pos(y.resolve(node) ?? node);
        const ex = {
            rule: e.rule,
            path: typeof e.path === 'string' ? e.path.replace(/^\.\//, '') : undefined,
            owner: typeof e.owner === 'string' ? e.owner : undefined,
            justification: String(e.justification).trim(),
            expires: String(e.expires),
            approvedBy: typeof e['approved-by'] === 'string' ? e['approved-by'] : undefined,
            pos,
            valid: false
        };
        const what = `the ${ex.rule} exception for ${ex.path ?? ''}${ex.path && ex.owner ? ', ' : ''}${ex.owner ?? ''}`;
        const before = policy.findings.length;
        if (ex.justification.length < MIN_JUSTIFICATION || PLACEHOLDER.test(ex.justification)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} has no real justification: expected at least ${MIN_JUSTIFICATION} characters saying why, got '${ex.justification}'`,
                help: 'Say why the exception is needed and why it is safe.',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        if (!(0,expiry/* isCalendarDate */.t)(ex.expires)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} has no valid expiry: expected a real calendar date (YYYY-MM-DD), got '${ex.expires}'`,
                help: 'Give the last day the exception holds as YYYY-MM-DD (a day that exists).',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        else if ((0,expiry/* isExpired */._)(ex.expires, now)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} expired: expected an expiry on or after ${now.toISOString().slice(0, 10)}, got ${ex.expires}`,
                help: 'Review the exception: renew it with a new expires date, or fix the workflows and remove it.',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        ex.valid = policy.findings.length === before;
        policy.exceptions.push(ex);
    });
    return policy;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-info-zizmor-a.js
const ZIZMOR_A_RULE_INFO = [
    {
        id: 'workflow-policy/artipacked',
        title: 'Checkout keeps the token for the rest of the job',
        help: '`actions/checkout` without `persist-credentials: false` leaves the job token in `.git/config` (before v6) for every later step, cache and artifact (zizmor: artipacked). Set `persist-credentials: false`; jobs that upload after the checkout are reported by persist-credentials instead. Explicit `persist-credentials: true` is not flagged. Off by default.',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/bot-conditions',
        title: 'Condition trusts a spoofable bot actor',
        help: "`github.actor == 'dependabot[bot]'` (or `triggering_actor`, `actor_id`, the PR sender) names whoever triggered the latest event, which an attacker can arrange to be the bot. Check the PR author (`github.event.pull_request.user.login`) and use dependabot/fetch-metadata. A comparison that decides the condition alone is an error; one inside `&&` is a warning.",
        severity: 'error'
    },
    {
        id: 'workflow-policy/cache-poisoning',
        title: 'Cache restored in a job that publishes',
        help: 'Release/tag-triggered workflows and jobs with a publishing action (PyPI, gems, GoReleaser, GitHub releases, docker push, cloud deploys) should not restore caches: any branch can write the cache the release then restores. Disable the cache input of the setup action (`cache: ""`, `lookup-only: true`, `package-manager-cache: false`).',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/github-env',
        title: 'Computed text written to GITHUB_ENV or GITHUB_PATH under a privileged trigger',
        help: 'Under `pull_request_target` or `workflow_run`, a value written to `$GITHUB_ENV` / `$GITHUB_PATH` can set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or `PATH` for every later step. Pass values as step outputs and read them through `env:`; `echo`/`printf` of fixed text is fine.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/insecure-commands',
        title: 'ACTIONS_ALLOW_UNSECURE_COMMANDS enabled',
        help: 'It re-enables `::set-env` and `::add-path`, so any printed line can set variables or PATH for later steps. Remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH`.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/obfuscation',
        title: 'Workflow feature written in a form that hides what it does',
        help: "`uses:` paths with `.`, `..` or empty components, `with:` given as one expression, and constants written as expressions (`${{ 'x' }}`, `format('{0}', 'x')`) hide the real value from review and from the other checks. Write the plain form.",
        severity: 'warning'
    },
    {
        id: 'workflow-policy/overprovisioned-secrets',
        title: 'Every secret handed to the job',
        help: '`toJSON(secrets)` and `secrets[<computed name>]` expose all repository and organisation secrets to the runner. Reference the secrets the job needs by name.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/self-hosted-runner',
        title: 'Job runs on a self-hosted runner',
        help: 'Self-hosted runners keep state between jobs unless they are ephemeral, which the workflow cannot show (zizmor: auditor persona; off by default). Use GitHub-hosted or just-in-time runners for untrusted code, then except the workflow with a justification.',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/unsound-contains',
        title: 'contains() on a string used as a list',
        help: '`contains(\'main,develop\', github.ref_name)` is a substring test, so `mai` passes. Use `contains(fromJSON(\'["main", "develop"]\'), github.ref_name)`. An error when whoever triggers the run chooses the value (refs, actor, inputs, env), a warning otherwise.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/unsound-condition',
        title: 'if: condition that is always true',
        help: 'An `if:` whose value is `${{ \u2026 }}` plus other text (the newline of a `|` block scalar, say) is a non-empty string, which is true. Use `|-`/`>-` or a one-line condition inside one `${{ }}`.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/unsound-ternary',
        title: 'Pseudo-ternary with a falsy true branch',
        help: "`cond && '' || 'x'` is always `'x'`: `&&` with a falsy value falls through to `||`. Put the falsy value last or use `case()`.",
        severity: 'warning'
    },
    {
        id: 'workflow-policy/unpinned-images',
        title: 'Container or service image not pinned by digest',
        help: 'Pin job `container:` and `services:` images as `name:tag@sha256:<digest>`. No tag or `latest` is an error; a tag alone, or an image chosen by an expression, is a warning. (`docker://` steps are checked by pinned-uses.)',
        severity: 'error'
    },
    {
        id: 'workflow-policy/hardcoded-container-credentials',
        title: 'Registry password written into the workflow',
        help: 'A `container:`/`services:` `credentials.password` that is not `${{ secrets.X }}` (zizmor: hardcoded-container-credentials). Off by default because static-secrets already reports it; turn it on for the zizmor-compatible id. Rotate it and use a secret.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/unredacted-secrets',
        title: 'Structured secret taken apart with fromJSON',
        help: 'The runner masks a secret as a whole, not the fields `fromJSON(secrets.X).field` picks out, so those print unmasked. Store each sensitive value as its own secret.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/secrets-outside-env',
        title: 'Secret read by a job without an environment',
        help: 'A job that reads `secrets.*` (other than GITHUB_TOKEN) without `environment:` gets them on any branch and trigger; an environment adds reviewers and branch rules (zizmor: auditor persona; off by default). Reusable workflows are exempt: their caller decides.',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/github-app',
        title: 'GitHub App token broader or longer-lived than needed',
        help: '`actions/create-github-app-token` with `skip-token-revoke: true`, with `owner:` but no `repositories:`, or without any `permission-<name>` input hands out an installation token with more reach than the job needs.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/adhoc-packages',
        title: 'Package installed outside a lockfile',
        help: '`npm install <pkg>`, `gem install`, `yarn/pnpm/bundle add` in a `run:` step install whatever version the registry serves now. Declare it in the manifest and install from the lockfile (`npm ci`).',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/unpinned-tools',
        title: 'Setup action installs the latest tool release',
        help: 'aquasecurity/setup-trivy and 1password/load-secrets-action without `version:` (or with `latest`) install whatever was released last. Set an exact version.',
        severity: 'warning'
    }
];

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-info-zizmor-b.js
const r = (id, title, help, severity) => ({
    id: `workflow-policy/${id}`,
    title,
    help,
    severity
});
const RULES_B = [
    r('dangerous-triggers', 'Workflow triggered by pull_request_target or workflow_run', 'Both run with the base repository\u2019s secrets and a write token on events an outside contributor starts. Use pull_request; split privileged follow-up work into a workflow that never runs PR code. zizmor: dangerous-triggers. The pr-target-ban gate enforces the ban with an allowlist.', 'warning'),
    r('use-trusted-publishing', 'Package published with a long-lived token instead of Trusted Publishing', 'PyPI, RubyGems, npm, crates.io and NuGet accept the job\u2019s OIDC identity: configure Trusted Publishing, grant id-token: write and drop the token. zizmor: use-trusted-publishing.', 'warning'),
    r('job-timeout', 'Job without timeout-minutes', 'A hung job runs for GitHub\u2019s default 360 minutes with its token live. Set timeout-minutes on every job a little above its usual duration.', 'warning'),
    r('dependabot-cooldown', 'Dependabot update without a cooldown', 'Without cooldown.default-days Dependabot proposes a release minutes after it is published, before a compromised release is found and yanked. Set cooldown: { default-days: 7 } (rules.dependabot-cooldown.days). zizmor: dependabot-cooldown.', 'warning'),
    r('dependabot-execution', 'Dependabot allowed to run dependency code', 'insecure-external-code-execution: allow runs the dependencies\u2019 build scripts with the update\u2019s registry credentials. Remove it. zizmor: dependabot-execution.', 'error'),
    r('anonymous-definition', 'Workflow or job without a name', 'Give every workflow and job a name: checks, required-status rules and logs then say what runs. zizmor: anonymous-definition (pedantic).', 'note'),
    r('concurrency-limits', 'Concurrency group without cancel-in-progress', 'A bare concurrency group queues new runs behind superseded ones. Write concurrency: { group: \u2026, cancel-in-progress: true } (false, on purpose, for release and deploy). zizmor: concurrency-limits.', 'warning'),
    r('misfeature', 'GitHub Actions misfeature (shell: cmd, setup-python pip-install)', 'Use pwsh or bash instead of cmd; install Python packages from a lock file into a virtual environment instead of setup-python\u2019s pip-install. zizmor: misfeature.', 'warning'),
    r('ref-version-mismatch', 'Version comment does not match the pinned commit', 'The `# vX.Y.Z` comment is what reviewers and Dependabot read: it must name the tag of the pinned commit. Offline, two pins of one tag with different commits are flagged; with online: true each comment is checked against the repository\u2019s tags. zizmor: ref-version-mismatch.', 'error'),
    r('undocumented-permissions', 'Permission without a comment saying why', 'Say what needs each scope (other than contents: read) in a comment on its line. zizmor: undocumented-permissions (pedantic).', 'note'),
    r('forbidden-uses', 'Action forbidden by the policy', 'rules.forbidden-uses.allow (only these) or .deny (not these) lists patterns: *, owner/*, owner/repo, owner/repo/*, owner/repo/path. zizmor: forbidden-uses.', 'error'),
    r('self-repository', 'Own action or workflow not referred to as $/\u2026', 'Refer to actions and reusable workflows of this repository as $/path: it always runs the commit that runs, whatever the job checked out. zizmor: self-repository.', 'warning'),
    r('superfluous-actions', 'Third-party action for what the runner already does', 'gh, git, docker and jq are on the runner: a run: step does the same without a third-party action holding the token. zizmor: superfluous-actions.', 'warning'),
    r('typosquat-uses', 'Action name one slip away from a popular action', 'A character left out, a neighbouring key or swapped words under another owner: typosquatters register such names. Check the uses: line. zizmor: typosquat-uses.', 'error'),
    r('impostor-commit', 'Pinned commit on no branch or tag of the repository (online)', 'A fork\u2019s commit can be referred to through the parent repository. Pin a SHA of the repository\u2019s own release tag. Needs online: true. zizmor: impostor-commit.', 'error'),
    r('known-vulnerable-actions', 'Action version affected by a GitHub advisory (online)', 'Upgrade to the first patched version (pinned by SHA). Needs online: true. zizmor: known-vulnerable-actions.', 'error'),
    r('stale-action-refs', 'Pinned commit that is no tag\u2019s commit (online)', 'Pin the commit of a release tag and name the tag in the comment. Needs online: true. zizmor: stale-action-refs.', 'warning'),
    r('archived-uses', 'Action from an archived repository (online)', 'An archived repository receives no fixes: replace the action or fork it. Needs online: true. zizmor: archived-uses.', 'warning'),
    r('ref-confusion', 'uses: ref that is both a branch and a tag (online)', 'Pin the commit SHA of the tag you mean. Needs online: true. zizmor: ref-confusion.', 'error'),
    r('not-decided', 'An audit that could not decide', 'The Dependabot configuration could not be read, or GitHub did not answer an online audit (5xx, timeout, an answer of the wrong shape). Fix the cause and run again; an audit that could not run is never passed.', 'error')
];

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-info.js


const RULES = [
    {
        id: 'workflow-policy/policy-file-deprecated',
        title: 'Policy in its old file',
        help: 'Move the rules and exceptions to workflow-policy.rules / workflow-policy.exceptions in .ci-intel/config.yml and delete the old file.',
        severity: 'note'
    },
    {
        id: 'workflow-policy/pinned-uses',
        title: 'Action or reusable workflow not pinned to a commit SHA',
        help: 'A tag or branch can be moved to other code after review. Pin third-party `uses:` to the full 40-hex commit SHA and keep the tag as a comment (`uses: owner/repo@<sha> # v4.1.1`); pin `docker://` images by `@sha256:` digest. Local `./` and `$/` actions are exempt. Per-owner policies (`hash-pin`, `ref-pin`, `any`) live in the policy file.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/permissions',
        title: 'GITHUB_TOKEN permissions not least-privilege',
        help: 'Declare a top-level `permissions:` block (e.g. `contents: read`), never `write-all`, and grant write scopes only on the jobs that need them. Jobs with `contents`, `packages` or `id-token` write access are listed in the evidence.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/template-injection',
        title: 'Attacker-controlled expression expanded into a script',
        help: '`${{ }}` is pasted into the script before it runs, so an issue title or branch name can become shell or JavaScript code. Set the value in `env:` and read it as a quoted variable (`"$TITLE"`, `process.env.TITLE`).',
        severity: 'error'
    },
    {
        id: 'workflow-policy/secrets-inherit',
        title: 'All secrets passed to a reusable workflow outside the organisation',
        help: '`secrets: inherit` gives the called workflow every secret of the repository and organisation. Pass the secrets it needs by name, or trust its owner in the policy (`rules.secrets-inherit.trusted-owners`).',
        severity: 'error'
    },
    {
        id: 'workflow-policy/static-secrets',
        title: 'Long-lived credential written into a workflow file',
        help: 'Anyone who can read the repository can use it, and it stays in the history. Revoke and rotate it, store it as an encrypted secret and reference `${{ secrets.NAME }}`; prefer OIDC (`id-token: write`) to long-lived cloud keys.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/concurrency',
        title: 'push / pull_request workflow without concurrency',
        help: 'Without a `concurrency` group, superseded runs keep running and racing deploys can finish out of order. Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true }` (no cancellation for release and deploy jobs).',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/persist-credentials',
        title: 'Checkout keeps its token in a job that uploads artifacts',
        help: '`actions/checkout` writes the token into the checkout unless `persist-credentials: false`; an artifact of the workspace then leaks it (zizmor: artipacked). Set `persist-credentials: false`.',
        severity: 'error'
    },
    ...ZIZMOR_A_RULE_INFO,
    {
        id: 'workflow-policy/invalid-workflow',
        title: 'Workflow file GitHub would reject or the gate cannot read',
        help: 'Fix the file; a workflow the gate cannot read is never passed.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/exception-invalid',
        title: 'Policy exception without justification or past its expiry',
        help: 'Every exception states why it is needed and safe and carries an expires date; expired or unjustified exceptions excuse nothing.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/exception-stale',
        title: 'Policy exception that matches no finding',
        help: 'Remove exceptions that no longer excuse anything.',
        severity: 'warning'
    },
    ...RULES_B
];

// EXTERNAL MODULE: ./lib/core/offload.js
var offload = __webpack_require__(65746);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./lib/core/pretenuring.js
/**
 * V8's allocation-site pretenuring, off for a long run that allocates much short-lived data.
 *
 * V8 watches the objects each allocation site (an object or array literal in optimized code)
 * makes: when nearly all of them survive a young-generation collection, the site's later objects
 * are made straight in the old generation. In a scan of thousands of workflow files the trees of
 * the file being checked survive their first collection, a few dozen sites are switched over,
 * and from then on every file's tree is garbage in the old generation: full collections come
 * more often and the old generation grows with them. With it off, the shipped workflow-policy
 * bundle ran faster and peaked lower at 4\u00d7 and 16\u00d7 the corpus, and cost a little at 1\u00d7 and 2\u00d7
 * (figures in docs/DESIGN.md), so shorter runs leave it on.
 *
 * The flag is read by V8 whenever it processes the feedback, in every isolate of the process, so
 * setting it at run time works for a worker started afterwards (and for the main thread's sites
 * not yet decided). Sites already switched stay as they are.
 */

let holders = 0;
function setPretenuring(on) {
    // node:v8 loads only in a run that changes the flag.
    const v8 = (0,external_node_module_.createRequire)(import.meta.url)('node:v8');
    v8.setFlagsFromString(on ? '--allocation-site-pretenuring' : '--no-allocation-site-pretenuring');
}
/**
 * Turn pretenuring off for the process until the returned function is called (each call's own
 * release; nested holds turn it back on with the last release).
 */
function holdPretenuringOff() {
    if (holders++ === 0)
        setPretenuring(false);
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        if (--holders === 0)
            setPretenuring(true);
    };
}
/** Whether a `holdPretenuringOff` is in force. */
function pretenuringHeldOff() {
    return holders > 0;
}

// EXTERNAL MODULE: ./lib/core/young-generation.js
var young_generation = __webpack_require__(89470);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/scan-worker.js
/**
 * A scan of many workflow files runs in a worker thread with a capped young generation
 * (src/core/offload.ts): the same evaluation, its findings kept in a spool while it runs
 * (src/core/findings-spool.ts) and the spool handed back as it is: its rows and chunks moved,
 * not copied, its spilled chunks in a file this thread holds. Only this thread makes the
 * findings as objects (the worker no longer makes them and a string table to clone; figures in
 * docs/DESIGN.md).
 */







/**
 * From this many files on, the scan runs in a worker. Below it, the worker's start (loading the
 * bundle a second time, about 50 ms) would cost more than the memory it saves.
 */
const SCAN_WORKER_MIN_FILES = 500;
/**
 * From this many files on, the scan is long: while the worker scans, V8's allocation-site
 * pretenuring is off (src/core/pretenuring.ts; measured faster and lower at 4,172 and 16,688
 * files, 2 % slower at 1,043 and 2,086) and the young generations are held
 * (SCAN_YOUNG_GENERATION_MB).
 */
const NO_PRETENURING_MIN_FILES = 3000;
/**
 * The young generation of both threads while a worker scans a long list, MiB: the worker starts
 * with it, and once this thread's has it too, the hold (the process's) keeps both there
 * (src/core/young-generation.ts). Measured on the bundle against letting V8 size them (the worker
 * capped at OFFLOAD_YOUNG_GENERATION_MB): lower at 16\u00d7 the corpus and no slower; at 1\u00d7 it peaked
 * about 10 MiB higher, so shorter scans leave it to V8 (docs/DESIGN.md).
 */
const SCAN_YOUNG_GENERATION_MB = 16;
/**
 * The heap settings taken for the scan's worker, released when the scan has answered (a run that
 * fails before its scan leaves them in force: the process is about to end, and they are a matter
 * of speed and memory only).
 */
let heapTuning;
/**
 * Before the worker for a scan of `files` starts, when the scan is long: the young generations
 * held (SCAN_YOUNG_GENERATION_MB) and pretenuring off.
 */
function tuneHeapFor(files) {
    if (heapTuning || files < NO_PRETENURING_MIN_FILES)
        return;
    const young = (0,young_generation/* holdYoungGeneration */.kK)(SCAN_YOUNG_GENERATION_MB);
    heapTuning = {
        young,
        releases: [
            (0,young_generation/* startWorkersYoungGenerationAt */.FQ)(SCAN_YOUNG_GENERATION_MB),
            () => young.release(),
            holdPretenuringOff()
        ]
    };
}
function releaseHeapTuning() {
    for (const release of heapTuning?.releases ?? [])
        release();
    heapTuning = undefined;
}
const TASK = 'workflow-policy/scan';
/** The scan of `files` in a worker, or undefined to scan in this thread. */
function scanInWorkerIfLarge(inputs, ctx, files) {
    if (files.length < SCAN_WORKER_MIN_FILES || !(0,offload/* offloadable */.Yq)(import.meta.url)) {
        (0,offload/* cancelPrestartedOffload */.id)(TASK);
        releaseHeapTuning();
        return undefined;
    }
    tuneHeapFor(files.length);
    return scanInWorker(inputs, ctx, files).finally(releaseHeapTuning);
}
/**
 * Start the scan's worker ahead of time when `files` (the step's `workflows` input, listed before
 * the inputs are checked and the config is read) is large enough to be scanned there: the
 * worker loads while this thread reads the config. A guess, never a decision: the scan itself
 * lists again and ends an unused worker.
 */
function prestartScanWorker(files) {
    if (files >= SCAN_WORKER_MIN_FILES && (0,offload/* offloadable */.Yq)(import.meta.url)) {
        tuneHeapFor(files);
        (0,offload/* prestartOffload */.hZ)(TASK, { gate: 'workflow-policy', module: import.meta.url });
    }
}
async function scanInWorker(inputs, ctx, files) {
    ctx.log(`workflow-policy: scanning ${files.length} workflow files in a worker thread (${heapTuning ? `for a scan this long, both threads' young generations kept at ${SCAN_YOUNG_GENERATION_MB} MiB and V8's allocation-site pretenuring off` : `its young generation capped at ${offload/* OFFLOAD_YOUNG_GENERATION_MB */.MI} MiB`}); this thread reads the files ahead of it`);
    // The worker's spool spills here: a worker's own descriptors are closed when it ends.
    let spill;
    try {
        spill = openSpillFile(ctx.tempDir);
    }
    catch (err) {
        (0,offload/* cancelPrestartedOffload */.id)(TASK);
        throw new core_errors/* GateError */.ue(`cannot make the findings spill file in ${ctx.tempDir}: ${(0,core_errors/* errorMessage */.gJ)(err)}`, 'The scan keeps its findings there while it runs: give the step a writable RUNNER_TEMP.');
    }
    let held = true;
    try {
        const payload = {
            inputs: inputs.toTransfer(),
            workspace: ctx.workspace,
            tempDir: ctx.tempDir,
            env: { ...ctx.env },
            settings: ctx.settings,
            files: files.length,
            spill,
            now: ctx.now().getTime()
        };
        let at = 0;
        const handed = await (0,offload/* runOffloaded */.mD)(TASK, payload, {
            gate: 'workflow-policy',
            module: import.meta.url,
            host: { log: ctx.log, secret: ctx.secret },
            // This thread waits for the worker anyway: it reads the files, the worker parses and checks.
            supply: (n) => {
                const texts = [];
                for (const end = Math.min(files.length, at + n); at < end; at++) {
                    heapTuning?.young.check();
                    texts.push((0,workflow/* readWorkflowText */.xb)(ctx.workspace, files[at]));
                }
                return texts;
            }
        });
        const spool = FindingsSpool.received(handed.findings, spill);
        // From here the spool closes the spill file, once its findings are made or, for a long list
        // read as it is reported, once the list is gone (LAZY_MIN_FINDINGS).
        held = false;
        const order = handed.findings.order;
        return { ...handed, findings: spool.list(order, undefined, () => closeSpillFile(spill)) };
    }
    finally {
        if (held)
            closeSpillFile(spill);
    }
}
(0,offload/* defineOffloadTask */.uz)(TASK, async (p, host) => {
    const { scanListed } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4859));
    const t0 = Date.now();
    const feed = new offload/* OffloadFeed */.a1(host);
    const scanned = await scanListed(inputs/* Inputs */.G0.fromTransfer(p.inputs), {
        workspace: p.workspace,
        tempDir: p.tempDir,
        env: p.env,
        settings: p.settings,
        now: () => new Date(p.now + (Date.now() - t0)),
        log: host.log,
        spillFile: p.spill
    }, p.files, async () => {
        const text = await feed.next();
        if (text === undefined) {
            throw new core_errors/* GateError */.ue(`the scan was fed fewer workflow files than the ${p.files} listed`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.');
        }
        return text;
    });
    try {
        // The spool itself is handed over, its buffers moved: no finding is made here.
        const { handoff, transfer } = scanned.spool.handOff(scanned.order, scanned.helps);
        return new offload/* MovedAnswer */.yz({ ...scanned.evaluation, findings: handoff }, transfer);
    }
    finally {
        scanned.spool.close();
    }
});

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/source.js
class SourceText {
    text;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
    }
    /** 1-based line and column of an offset. */
    posAt(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    /** The text of a 1-based line, without its newline ('' past the end). */
    line(n) {
        const start = this.lineStarts[n - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[n];
        return this.text.slice(start, next === undefined ? this.text.length : next - 1);
    }
    /** The source text of a node (empty when it has no range). */
    slice(node) {
        const range = node?.range;
        if (!range)
            return { text: '', start: 0 };
        return { text: this.text.slice(range[0], range[1]), start: range[0] };
    }
    /**
     * Where the `nth` (0-based) occurrence of `needle` sits inside the node's source; `fallback`
     * when the source does not show it literally (an escaped double-quoted string, say).
     */
    locate(node, needle, nth, fallback) {
        const { text, start } = this.slice(node);
        let at = -1;
        for (let k = 0; k <= nth; k++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0)
                return fallback;
        }
        return this.posAt(start + at);
    }
    /** Positions of every occurrence of `needle` inside the node's source, in order (one scan). */
    locateAll(node, needle) {
        const { text, start } = this.slice(node);
        const out = [];
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
            out.push(this.posAt(start + at));
        }
        return out;
    }
    /** The comment after a node on its own line (`uses: x@sha # v4.1.1` \u2192 `v4.1.1`). */
    trailingComment(node) {
        const range = node?.range;
        if (!range)
            return undefined;
        const eol = this.text.indexOf('\n', range[1]);
        const rest = this.text.slice(range[1], eol < 0 ? this.text.length : eol);
        const m = /^\s*#\s*(.*?)\s*$/.exec(rest);
        return m ? m[1] : undefined;
    }
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/index.js
/** Gate: workflow-policy \u2014 compliance-as-code for workflow files. */


















const DEFAULT_POLICY_FILE = '.github/ci-intel/workflow-policy.yml';
const MAX_POLICY_BYTES = 1024 * 1024;
async function loadPolicy(inputs, root, now, settings) {
    const given = inputs.string('policy') ?? DEFAULT_POLICY_FILE;
    const abs = (0,external_node_path_.resolve)(root, given);
    // workflow-policy.rules / .exceptions in the configuration: one source per setting.
    const rules = settings?.rules;
    const exceptions = settings?.exceptions;
    const configured = rules?.file ? rules : exceptions?.file ? exceptions : undefined;
    if (configured) {
        if ((0,external_node_fs_.existsSync)(abs)) {
            throw new core_errors/* GateError */.ue(`the policy is set twice: workflow-policy.rules/exceptions in ${configured.label} and the file ${given}`, `Move ${given} into workflow-policy.rules and workflow-policy.exceptions and delete the file; one setting has one source.`, given);
        }
        const doc = {};
        if (rules?.file)
            doc.rules = rules.value;
        if (exceptions?.file)
            doc.exceptions = exceptions.value;
        const { stringify } = await (0,yaml_doc/* yamlLibrary */.Tj)();
        await loadPolicyValidator();
        const policy = parsePolicy(configured.file, stringify(doc), now);
        for (const f of policy.findings)
            if (f.file === configured.file)
                f.line = configured.line;
        return policy;
    }
    if (!(0,external_node_fs_.existsSync)(abs)) {
        if (given.replace(/^\.\//, '') === DEFAULT_POLICY_FILE)
            return defaultPolicy();
        throw new core_errors/* GateError */.ue(`input 'policy': ${given} not found under ${root}`, `Create it (schema: schema/workflow-policy.v1.json), or leave 'policy' at its default (${DEFAULT_POLICY_FILE}; a missing default file means every rule at its default level).`);
    }
    const rel = (0,files/* displayPath */.Gt)(root, abs);
    let text;
    try {
        text = (0,files/* readWorkspaceText */.tA)(root, abs, MAX_POLICY_BYTES, 'policy file');
    }
    catch (err) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${(0,core_errors/* errorMessage */.gJ)(err)}`, 'Give a regular policy file under 1 MiB.', rel);
    }
    await loadPolicyValidator();
    const policy = await (0,yaml_doc/* withYamlLibrary */.DZ)(() => parsePolicy(rel, text, now));
    policy.findings.push({
        rule: 'workflow-policy/policy-file-deprecated',
        severity: 'note',
        message: `${rel} is the policy's old place; it still works, but it belongs in workflow-policy.rules and workflow-policy.exceptions of .ci-intel/config.yml`,
        help: 'Move the rules and exceptions to .ci-intel/config.yml (schema/config.v1.json) and delete the file.',
        file: rel,
        line: 1
    });
    return policy;
}
function loadWorkflow(read) {
    const parsed = (0,workflow/* parseWorkflowText */.oO)(read);
    if (!parsed.ok)
        return { ok: false, file: parsed.file, ...parsed.problem };
    return { ok: true, wf: parsed.workflow, source: new SourceText('text' in read ? read.text : '') };
}
/**
 * `elsewhere`: given the files to scan, a promise of the whole evaluation made somewhere else
 * (a worker thread), or undefined to scan here.
 */
async function evaluateWorkflowPolicy(inputs, env, elsewhere) {
    const scanned = await scanWorkflows(inputs, env, elsewhere);
    if (!('spool' in scanned))
        return scanned;
    // A long list is read from the spool as it is reported (LAZY_MIN_FINDINGS).
    return { ...scanned.evaluation, findings: scanned.spool.list(scanned.order, scanned.helps) };
}
/** The files input `workflows` names under the workspace, in scan order. */
async function listWorkflowFiles(inputs, root) {
    const patterns = inputs.list('workflows');
    await (0,files/* loadGlobsFor */.j8)(root, patterns);
    return (0,files/* expandWorkflowInput */.sz)(root, patterns);
}
async function scanWorkflows(inputs, env, elsewhere) {
    const root = env.workspace;
    const files = await listWorkflowFiles(inputs, root);
    const there = elsewhere?.(files);
    if (there)
        return there;
    let i = 0;
    return scanListed(inputs, env, files.length, () => (0,workflow/* readWorkflowText */.xb)(root, files[i++]));
}
/**
 * The scan of `count` listed files whose texts `next` gives one by one, in the order listed
 * (read in this thread, or fed by the thread that listed them).
 */
async function scanListed(inputs, env, count, next) {
    const root = env.workspace;
    const policy = await loadPolicy(inputs, root, env.now(), env.settings);
    // Exception paths and owners are globs: minimatch loads for the runs that have exceptions.
    if (policy.exceptions.length)
        await (0,glob/* loadGlobMatcher */.xz)();
    const repoOwner = env.env.GITHUB_REPOSITORY?.split('/')[0] || undefined;
    const repository = env.env.GITHUB_REPOSITORY || undefined;
    const extras = await ExtrasB.create(readOptionsB(inputs, env.env), policy, env);
    const spool = new FindingsSpool({ dir: env.tempDir, spillFile: env.spillFile });
    try {
        return await scanInto(spool, { count, next, policy, repoOwner, repository, extras, root });
    }
    catch (err) {
        spool.close();
        throw err;
    }
}
async function scanInto(spool, s) {
    const { count, next, policy, repoOwner, repository, extras, root } = s;
    // A fix changes a finding after it is spooled: its row, to replace it.
    const rowOf = extras.wantsFixes ? new Map() : undefined;
    const add = (f, helpKey) => {
        const row = spool.add(f, helpKey);
        rowOf?.set(f, row);
    };
    for (const f of policy.findings)
        add(f);
    const evidence = {
        workspace: root,
        policy: {
            file: policy.file ?? null,
            levels: { ...policy.levels },
            pinPolicies: Object.fromEntries(policy.pinPolicies)
        },
        filesScanned: count,
        findingsByRule: {},
        sensitivePermissions: [],
        exceptionsApplied: [],
        invalid: [],
        ...extras.evidence
    };
    const invalid = (file, line, column, message) => {
        evidence.invalid.push({ file, line, column, message });
        add({
            rule: 'workflow-policy/invalid-workflow',
            severity: 'error',
            message: `cannot decide: ${message}`,
            help: 'Fix the workflow file; the gate never passes a file it cannot read the way GitHub does.',
            file,
            line,
            column
        });
    };
    // One pass, one parse per file; parsed files are dropped as soon as they are checked.
    const pins = new Map();
    // A pinned-uses help names the SHA some scanned file pins: decided once all are read.
    const pinned = new Map();
    const used = new Map();
    for (let i = 0; i < count; i++) {
        const read = await next();
        const l = await (0,yaml_doc/* withYamlLibrary */.DZ)(() => loadWorkflow(read));
        if (!l.ok) {
            invalid(l.file, l.line, l.column, l.message);
            continue;
        }
        try {
            collectPins(usesOf(l.wf), l.source, pins);
            const check = checkWorkflow(l.wf, l.source, policy, { repoOwner, repository, pins });
            const pairs = [];
            const keys = new Map();
            const out = applyPolicy(l.wf.file, check.findings, policy, used, (raw, finding) => {
                if (raw.pin) {
                    const { target, tag } = raw.pin;
                    const key = `${target}\0${tag ?? ''}`;
                    if (!pinned.has(key))
                        pinned.set((0,detach/* sharedText */.b)(key), { target: (0,detach/* sharedText */.b)(target), tag: (0,detach/* sharedText */.b)(tag) });
                    keys.set(finding, key);
                }
                pairs.push({ raw, finding });
            });
            await extras.onFile(l.wf, l.source, pins, pairs);
            for (const f of out)
                add(f, keys.get(f));
            evidence.sensitivePermissions.push(...check.sensitive);
        }
        catch (err) {
            // A YAML bound hit while reading deeper (an alias bomb), or a bug: either way, no pass.
            if (err instanceof yaml_doc/* YamlLimitError */.r3) {
                invalid(l.wf.file, err.pos.line, err.pos.column, err.message);
            }
            else {
                invalid(l.wf.file, 1, 1, `internal error while checking the file: ${(0,core_errors/* errorMessage */.gJ)(err)}`);
            }
        }
    }
    const extra = await extras.finish(used, {
        has: (f) => rowOf?.has(f) ?? false,
        changed: (f) => {
            const row = rowOf?.get(f);
            if (row !== undefined)
                spool.replace(row, f);
        }
    });
    for (const f of extra.findings)
        add(f);
    for (const u of extra.undecided) {
        evidence.invalid.push(u);
        add({
            rule: 'workflow-policy/not-decided',
            severity: 'error',
            message: `cannot decide: ${u.message}`,
            help: 'Fix what the message names (the Dependabot file, the token, GitHub\u2019s availability) and run again; an audit that could not run is never passed.',
            file: u.file,
            line: u.line,
            column: u.column
        });
    }
    for (const e of policy.exceptions) {
        if (!e.valid)
            continue;
        if (used.has(e)) {
            evidence.exceptionsApplied.push({
                rule: e.rule,
                path: e.path,
                owner: e.owner,
                expires: e.expires,
                findings: used.get(e) ?? 0
            });
            continue;
        }
        add({
            rule: 'workflow-policy/exception-stale',
            severity: 'warning',
            message: `the ${e.rule} exception for ${[e.path, e.owner].filter(Boolean).join(', ')} excuses no finding: expected a matching ${e.rule} finding, got none`,
            help: 'Remove the exception when it is no longer needed.',
            file: policy.file,
            line: e.pos.line,
            column: e.pos.column
        });
    }
    const order = spool.sortedRows();
    const counts = spool.counts(order);
    for (const [rule, n] of counts.byRule)
        evidence.findingsByRule[rule] = n;
    const errors = counts.bySeverity.error;
    const warnings = counts.bySeverity.warning;
    const excepted = counts.bySeverity.note;
    const verdict = evidence.invalid.length ? 'error' : errors ? 'fail' : 'pass';
    const byRule = RULE_NAMES.map((r) => [r, evidence.findingsByRule[`workflow-policy/${r}`] ?? 0])
        .filter(([, n]) => n > 0)
        .map(([r, n]) => `${r} ${n}`);
    const parts = [
        `${count} workflow file${count === 1 ? '' : 's'} checked against ${policy.file ?? 'the default policy'}`,
        `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${byRule.length ? ` (${byRule.join(', ')})` : ''}`
    ];
    if (excepted)
        parts.push(`${excepted} excepted`);
    if (evidence.invalid.length)
        parts.push(`${evidence.invalid.length} unreadable`);
    const notRun = Object.entries(evidence.online.audits)
        .filter(([, v]) => v === 'not run')
        .map(([k]) => k);
    if (notRun.length)
        parts.push(`online audits not run (online: false): ${notRun.join(', ')}`);
    const onlineErr = Object.entries(evidence.online.audits)
        .filter(([, v]) => v === 'error')
        .map(([k]) => k);
    if (onlineErr.length)
        parts.push(`online audits that could not decide: ${onlineErr.join(', ')}`);
    if (evidence.fixes.files.length)
        parts.push(`${evidence.fixes.requested === 'apply' ? 'fixed' : 'fixable'}: ${evidence.fixes.files.map((f) => `${f.file} (${f.edits})`).join(', ')}`);
    const summary = parts
        .join(': ')
        .replace(/: (\d+ excepted|\d+ unreadable|online audits|fixed: |fixable: )/g, ', $1');
    const helpOf = new Map();
    return {
        evaluation: {
            verdict,
            summary,
            evidence,
            outputs: {
                'findings-count': String(errors + warnings),
                'workflows-scanned': String(count),
                ...(evidence.fixes.patchFile ? { 'fix-diff-file': evidence.fixes.patchFile } : {})
            }
        },
        spool,
        order,
        // One help string per pinned reference, however many findings name it.
        helps: (key) => {
            let help = helpOf.get(key);
            const pin = pinned.get(key);
            if (help === undefined && pin)
                helpOf.set(key, (help = pinHelp(pin.target, pin.tag, pins)));
            return help ?? key;
        }
    };
}
const workflowPolicy = {
    name: 'workflow-policy',
    rules: RULES,
    evaluate: (inputs, ctx) => evaluateWorkflowPolicy(inputs, ctx, (files) => scanInWorkerIfLarge(inputs, ctx, files)),
    // A scan of many files starts its worker while the config is read. An input this cannot list
    // (a glob that needs the matcher loaded, a missing path) starts nothing: the scan decides.
    prestart: (raw, ctx) => prestartScanWorker((0,files/* expandWorkflowInput */.sz)(ctx.workspace, (0,inputs/* splitList */.ry)(raw.workflows ?? '')).length)
};


/***/ }),

/***/ 44556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ ONLINE_CHECKS)
/* harmony export */ });
const ONLINE_CHECKS = [
    'impostor-commit',
    'known-vulnerable-actions',
    'stale-action-refs',
    'archived-uses',
    'ref-confusion',
    'ref-version-mismatch'
];


/***/ }),

/***/ 7237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qA: () => (/* binding */ isAttackerControlled),
  kz: () => (/* binding */ templateInjection)
});

// UNUSED EXPORTS: capabilityOf

// EXTERNAL MODULE: ./lib/workflows/expression-flow.js
var expression_flow = __webpack_require__(49187);
// EXTERNAL MODULE: ./lib/workflows/expressions.js
var expressions = __webpack_require__(24681);
// EXTERNAL MODULE: ./lib/gates/workflow-policy/types.js
var types = __webpack_require__(15908);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/context-capabilities.js
/**
 * Which `github.*` context values an outside contributor controls, fully (`arbitrary`) or in part
 * (`structured`: a URL, a label list), as zizmor classifies them (its context-capabilities.csv,
 * derived from GitHub's webhook payload schemas; facts only). Values not listed are fixed or unknown.
 */
const ARBITRARY = `
github.event.action
github.event.answer.body
github.event.answer.html_url
github.event.answer.node_id
github.event.answer.reactions.url
github.event.answer.repository_url
github.event.answer.user.avatar_url
github.event.answer.user.email
github.event.answer.user.followers_url
github.event.answer.user.gravatar_id
github.event.answer.user.html_url
github.event.answer.user.login
github.event.answer.user.name
github.event.answer.user.node_id
github.event.answer.user.organizations_url
github.event.answer.user.received_events_url
github.event.answer.user.repos_url
github.event.answer.user.subscriptions_url
github.event.answer.user.url
github.event.answer.user.user_view_type
github.event.assignee.avatar_url
github.event.assignee.email
github.event.assignee.followers_url
github.event.assignee.gravatar_id
github.event.assignee.html_url
github.event.assignee.login
github.event.assignee.name
github.event.assignee.node_id
github.event.assignee.organizations_url
github.event.assignee.received_events_url
github.event.assignee.repos_url
github.event.assignee.subscriptions_url
github.event.assignee.url
github.event.assignee.user_view_type
github.event.avatar_url
github.event.base_ref
github.event.branch
github.event.branches.*.commit.sha
github.event.branches.*.commit.url
github.event.branches.*.name
github.event.build.commit
github.event.build.created_at
github.event.build.error.message
github.event.build.pusher.avatar_url
github.event.build.pusher.email
github.event.build.pusher.followers_url
github.event.build.pusher.gravatar_id
github.event.build.pusher.html_url
github.event.build.pusher.login
github.event.build.pusher.name
github.event.build.pusher.node_id
github.event.build.pusher.organizations_url
github.event.build.pusher.received_events_url
github.event.build.pusher.repos_url
github.event.build.pusher.subscriptions_url
github.event.build.pusher.url
github.event.build.pusher.user_view_type
github.event.build.status
github.event.build.updated_at
github.event.build.url
github.event.changes.authorized_actor_names.from.*
github.event.changes.base.ref.from
github.event.changes.base.sha.from
github.event.changes.body.from
github.event.changes.category.from.description
github.event.changes.category.from.emoji
github.event.changes.category.from.name
github.event.changes.category.from.node_id
github.event.changes.category.from.slug
github.event.changes.category.from.updated_at
github.event.changes.color.from
github.event.changes.description.from
github.event.changes.due_on.from
github.event.changes.name.from
github.event.changes.new_discussion.active_lock_reason
github.event.changes.new_discussion.answer_chosen_at
github.event.changes.new_discussion.answer_chosen_by.avatar_url
github.event.changes.new_discussion.answer_chosen_by.email
github.event.changes.new_discussion.answer_chosen_by.followers_url
github.event.changes.new_discussion.answer_chosen_by.gravatar_id
github.event.changes.new_discussion.answer_chosen_by.html_url
github.event.changes.new_discussion.answer_chosen_by.login
github.event.changes.new_discussion.answer_chosen_by.name
github.event.changes.new_discussion.answer_chosen_by.node_id
github.event.changes.new_discussion.answer_chosen_by.organizations_url
github.event.changes.new_discussion.answer_chosen_by.received_events_url
github.event.changes.new_discussion.answer_chosen_by.repos_url
github.event.changes.new_discussion.answer_chosen_by.subscriptions_url
github.event.changes.new_discussion.answer_chosen_by.url
github.event.changes.new_discussion.answer_chosen_by.user_view_type
github.event.changes.new_discussion.answer_html_url
github.event.changes.new_discussion.body
github.event.changes.new_discussion.category.description
github.event.changes.new_discussion.category.emoji
github.event.changes.new_discussion.category.name
github.event.changes.new_discussion.category.node_id
github.event.changes.new_discussion.category.slug
github.event.changes.new_discussion.category.updated_at
github.event.changes.new_discussion.html_url
github.event.changes.new_discussion.labels.*.color
github.event.changes.new_discussion.labels.*.description
github.event.changes.new_discussion.labels.*.name
github.event.changes.new_discussion.labels.*.node_id
github.event.changes.new_discussion.labels.*.url
github.event.changes.new_discussion.node_id
github.event.changes.new_discussion.reactions.url
github.event.changes.new_discussion.repository_url
github.event.changes.new_discussion.timeline_url
github.event.changes.new_discussion.title
github.event.changes.new_discussion.user.avatar_url
github.event.changes.new_discussion.user.email
github.event.changes.new_discussion.user.followers_url
github.event.changes.new_discussion.user.gravatar_id
github.event.changes.new_discussion.user.html_url
github.event.changes.new_discussion.user.login
github.event.changes.new_discussion.user.name
github.event.changes.new_discussion.user.node_id
github.event.changes.new_discussion.user.organizations_url
github.event.changes.new_discussion.user.received_events_url
github.event.changes.new_discussion.user.repos_url
github.event.changes.new_discussion.user.subscriptions_url
github.event.changes.new_discussion.user.url
github.event.changes.new_discussion.user.user_view_type
github.event.changes.new_issue.assignee.avatar_url
github.event.changes.new_issue.assignee.email
github.event.changes.new_issue.assignee.followers_url
github.event.changes.new_issue.assignee.gravatar_id
github.event.changes.new_issue.assignee.html_url
github.event.changes.new_issue.assignee.login
github.event.changes.new_issue.assignee.name
github.event.changes.new_issue.assignee.node_id
github.event.changes.new_issue.assignee.organizations_url
github.event.changes.new_issue.assignee.received_events_url
github.event.changes.new_issue.assignee.repos_url
github.event.changes.new_issue.assignee.subscriptions_url
github.event.changes.new_issue.assignee.url
github.event.changes.new_issue.assignee.user_view_type
github.event.changes.new_issue.assignees.*.avatar_url
github.event.changes.new_issue.assignees.*.email
github.event.changes.new_issue.assignees.*.followers_url
github.event.changes.new_issue.assignees.*.gravatar_id
github.event.changes.new_issue.assignees.*.html_url
github.event.changes.new_issue.assignees.*.login
github.event.changes.new_issue.assignees.*.name
github.event.changes.new_issue.assignees.*.node_id
github.event.changes.new_issue.assignees.*.organizations_url
github.event.changes.new_issue.assignees.*.received_events_url
github.event.changes.new_issue.assignees.*.repos_url
github.event.changes.new_issue.assignees.*.subscriptions_url
github.event.changes.new_issue.assignees.*.url
github.event.changes.new_issue.assignees.*.user_view_type
github.event.changes.new_issue.body
github.event.changes.new_issue.comments_url
github.event.changes.new_issue.events_url
github.event.changes.new_issue.html_url
github.event.changes.new_issue.issue_field_values.*.node_id
github.event.changes.new_issue.issue_field_values.*.single_select_option.color
github.event.changes.new_issue.issue_field_values.*.single_select_option.name
github.event.changes.new_issue.issue_field_values.*.value
github.event.changes.new_issue.labels.*.color
github.event.changes.new_issue.labels.*.description
github.event.changes.new_issue.labels.*.name
github.event.changes.new_issue.labels.*.node_id
github.event.changes.new_issue.labels.*.url
github.event.changes.new_issue.milestone.creator.avatar_url
github.event.changes.new_issue.milestone.creator.email
github.event.changes.new_issue.milestone.creator.followers_url
github.event.changes.new_issue.milestone.creator.gravatar_id
github.event.changes.new_issue.milestone.creator.html_url
github.event.changes.new_issue.milestone.creator.login
github.event.changes.new_issue.milestone.creator.name
github.event.changes.new_issue.milestone.creator.node_id
github.event.changes.new_issue.milestone.creator.organizations_url
github.event.changes.new_issue.milestone.creator.received_events_url
github.event.changes.new_issue.milestone.creator.repos_url
github.event.changes.new_issue.milestone.creator.subscriptions_url
github.event.changes.new_issue.milestone.creator.url
github.event.changes.new_issue.milestone.creator.user_view_type
github.event.changes.new_issue.milestone.description
github.event.changes.new_issue.milestone.html_url
github.event.changes.new_issue.milestone.labels_url
github.event.changes.new_issue.milestone.node_id
github.event.changes.new_issue.milestone.title
github.event.changes.new_issue.milestone.url
github.event.changes.new_issue.node_id
github.event.changes.new_issue.performed_via_github_app.description
github.event.changes.new_issue.performed_via_github_app.external_url
github.event.changes.new_issue.performed_via_github_app.html_url
github.event.changes.new_issue.performed_via_github_app.name
github.event.changes.new_issue.performed_via_github_app.node_id
github.event.changes.new_issue.performed_via_github_app.owner.avatar_url
github.event.changes.new_issue.performed_via_github_app.owner.email
github.event.changes.new_issue.performed_via_github_app.owner.followers_url
github.event.changes.new_issue.performed_via_github_app.owner.gravatar_id
github.event.changes.new_issue.performed_via_github_app.owner.html_url
github.event.changes.new_issue.performed_via_github_app.owner.login
github.event.changes.new_issue.performed_via_github_app.owner.name
github.event.changes.new_issue.performed_via_github_app.owner.node_id
github.event.changes.new_issue.performed_via_github_app.owner.organizations_url
github.event.changes.new_issue.performed_via_github_app.owner.received_events_url
github.event.changes.new_issue.performed_via_github_app.owner.repos_url
github.event.changes.new_issue.performed_via_github_app.owner.subscriptions_url
github.event.changes.new_issue.performed_via_github_app.owner.url
github.event.changes.new_issue.performed_via_github_app.owner.user_view_type
github.event.changes.new_issue.performed_via_github_app.slug
github.event.changes.new_issue.pull_request.diff_url
github.event.changes.new_issue.pull_request.html_url
github.event.changes.new_issue.pull_request.patch_url
github.event.changes.new_issue.pull_request.url
github.event.changes.new_issue.reactions.url
github.event.changes.new_issue.repository_url
github.event.changes.new_issue.state_reason
github.event.changes.new_issue.timeline_url
github.event.changes.new_issue.title
github.event.changes.new_issue.type.description
github.event.changes.new_issue.type.name
github.event.changes.new_issue.type.node_id
github.event.changes.new_issue.url
github.event.changes.new_issue.user.avatar_url
github.event.changes.new_issue.user.email
github.event.changes.new_issue.user.followers_url
github.event.changes.new_issue.user.gravatar_id
github.event.changes.new_issue.user.html_url
github.event.changes.new_issue.user.login
github.event.changes.new_issue.user.name
github.event.changes.new_issue.user.node_id
github.event.changes.new_issue.user.organizations_url
github.event.changes.new_issue.user.received_events_url
github.event.changes.new_issue.user.repos_url
github.event.changes.new_issue.user.subscriptions_url
github.event.changes.new_issue.user.url
github.event.changes.new_issue.user.user_view_type
github.event.changes.new_repository.archive_url
github.event.changes.new_repository.assignees_url
github.event.changes.new_repository.blobs_url
github.event.changes.new_repository.branches_url
github.event.changes.new_repository.clone_url
github.event.changes.new_repository.collaborators_url
github.event.changes.new_repository.comments_url
github.event.changes.new_repository.commits_url
github.event.changes.new_repository.compare_url
github.event.changes.new_repository.contents_url
github.event.changes.new_repository.contributors_url
github.event.changes.new_repository.custom_properties
github.event.changes.new_repository.custom_properties.*
github.event.changes.new_repository.default_branch
github.event.changes.new_repository.deployments_url
github.event.changes.new_repository.description
github.event.changes.new_repository.downloads_url
github.event.changes.new_repository.events_url
github.event.changes.new_repository.forks_url
github.event.changes.new_repository.full_name
github.event.changes.new_repository.git_commits_url
github.event.changes.new_repository.git_refs_url
github.event.changes.new_repository.git_tags_url
github.event.changes.new_repository.git_url
github.event.changes.new_repository.homepage
github.event.changes.new_repository.hooks_url
github.event.changes.new_repository.html_url
github.event.changes.new_repository.issue_comment_url
github.event.changes.new_repository.issue_events_url
github.event.changes.new_repository.issues_url
github.event.changes.new_repository.keys_url
github.event.changes.new_repository.labels_url
github.event.changes.new_repository.language
github.event.changes.new_repository.languages_url
github.event.changes.new_repository.license.html_url
github.event.changes.new_repository.license.key
github.event.changes.new_repository.license.name
github.event.changes.new_repository.license.node_id
github.event.changes.new_repository.license.spdx_id
github.event.changes.new_repository.license.url
github.event.changes.new_repository.master_branch
github.event.changes.new_repository.merges_url
github.event.changes.new_repository.milestones_url
github.event.changes.new_repository.mirror_url
github.event.changes.new_repository.name
github.event.changes.new_repository.node_id
github.event.changes.new_repository.notifications_url
github.event.changes.new_repository.organization
github.event.changes.new_repository.organization.avatar_url
github.event.changes.new_repository.organization.email
github.event.changes.new_repository.organization.events_url
github.event.changes.new_repository.organization.followers_url
github.event.changes.new_repository.organization.following_url
github.event.changes.new_repository.organization.gists_url
github.event.changes.new_repository.organization.gravatar_id
github.event.changes.new_repository.organization.html_url
github.event.changes.new_repository.organization.login
github.event.changes.new_repository.organization.name
github.event.changes.new_repository.organization.node_id
github.event.changes.new_repository.organization.organizations_url
github.event.changes.new_repository.organization.received_events_url
github.event.changes.new_repository.organization.repos_url
github.event.changes.new_repository.organization.starred_at
github.event.changes.new_repository.organization.starred_url
github.event.changes.new_repository.organization.subscriptions_url
github.event.changes.new_repository.organization.type
github.event.changes.new_repository.organization.url
github.event.changes.new_repository.organization.user_view_type
github.event.changes.new_repository.owner.avatar_url
github.event.changes.new_repository.owner.email
github.event.changes.new_repository.owner.events_url
github.event.changes.new_repository.owner.followers_url
github.event.changes.new_repository.owner.following_url
github.event.changes.new_repository.owner.gists_url
github.event.changes.new_repository.owner.gravatar_id
github.event.changes.new_repository.owner.html_url
github.event.changes.new_repository.owner.login
github.event.changes.new_repository.owner.name
github.event.changes.new_repository.owner.node_id
github.event.changes.new_repository.owner.organizations_url
github.event.changes.new_repository.owner.received_events_url
github.event.changes.new_repository.owner.repos_url
github.event.changes.new_repository.owner.starred_at
github.event.changes.new_repository.owner.starred_url
github.event.changes.new_repository.owner.subscriptions_url
github.event.changes.new_repository.owner.type
github.event.changes.new_repository.owner.url
github.event.changes.new_repository.owner.user_view_type
github.event.changes.new_repository.pulls_url
github.event.changes.new_repository.releases_url
github.event.changes.new_repository.role_name
github.event.changes.new_repository.ssh_url
github.event.changes.new_repository.stargazers_url
github.event.changes.new_repository.starred_at
github.event.changes.new_repository.statuses_url
github.event.changes.new_repository.subscribers_url
github.event.changes.new_repository.subscription_url
github.event.changes.new_repository.svn_url
github.event.changes.new_repository.tags_url
github.event.changes.new_repository.teams_url
github.event.changes.new_repository.temp_clone_token
github.event.changes.new_repository.template_repository.archive_url
github.event.changes.new_repository.template_repository.assignees_url
github.event.changes.new_repository.template_repository.blobs_url
github.event.changes.new_repository.template_repository.branches_url
github.event.changes.new_repository.template_repository.clone_url
github.event.changes.new_repository.template_repository.collaborators_url
github.event.changes.new_repository.template_repository.comments_url
github.event.changes.new_repository.template_repository.commits_url
github.event.changes.new_repository.template_repository.compare_url
github.event.changes.new_repository.template_repository.contents_url
github.event.changes.new_repository.template_repository.contributors_url
github.event.changes.new_repository.template_repository.created_at
github.event.changes.new_repository.template_repository.default_branch
github.event.changes.new_repository.template_repository.deployments_url
github.event.changes.new_repository.template_repository.description
github.event.changes.new_repository.template_repository.downloads_url
github.event.changes.new_repository.template_repository.events_url
github.event.changes.new_repository.template_repository.forks_url
github.event.changes.new_repository.template_repository.full_name
github.event.changes.new_repository.template_repository.git_commits_url
github.event.changes.new_repository.template_repository.git_refs_url
github.event.changes.new_repository.template_repository.git_tags_url
github.event.changes.new_repository.template_repository.git_url
github.event.changes.new_repository.template_repository.homepage
github.event.changes.new_repository.template_repository.hooks_url
github.event.changes.new_repository.template_repository.html_url
github.event.changes.new_repository.template_repository.issue_comment_url
github.event.changes.new_repository.template_repository.issue_events_url
github.event.changes.new_repository.template_repository.issues_url
github.event.changes.new_repository.template_repository.keys_url
github.event.changes.new_repository.template_repository.labels_url
github.event.changes.new_repository.template_repository.language
github.event.changes.new_repository.template_repository.languages_url
github.event.changes.new_repository.template_repository.merges_url
github.event.changes.new_repository.template_repository.milestones_url
github.event.changes.new_repository.template_repository.mirror_url
github.event.changes.new_repository.template_repository.name
github.event.changes.new_repository.template_repository.node_id
github.event.changes.new_repository.template_repository.notifications_url
github.event.changes.new_repository.template_repository.owner.avatar_url
github.event.changes.new_repository.template_repository.owner.events_url
github.event.changes.new_repository.template_repository.owner.followers_url
github.event.changes.new_repository.template_repository.owner.following_url
github.event.changes.new_repository.template_repository.owner.gists_url
github.event.changes.new_repository.template_repository.owner.gravatar_id
github.event.changes.new_repository.template_repository.owner.html_url
github.event.changes.new_repository.template_repository.owner.login
github.event.changes.new_repository.template_repository.owner.node_id
github.event.changes.new_repository.template_repository.owner.organizations_url
github.event.changes.new_repository.template_repository.owner.received_events_url
github.event.changes.new_repository.template_repository.owner.repos_url
github.event.changes.new_repository.template_repository.owner.starred_url
github.event.changes.new_repository.template_repository.owner.subscriptions_url
github.event.changes.new_repository.template_repository.owner.type
github.event.changes.new_repository.template_repository.owner.url
github.event.changes.new_repository.template_repository.pulls_url
github.event.changes.new_repository.template_repository.pushed_at
github.event.changes.new_repository.template_repository.releases_url
github.event.changes.new_repository.template_repository.ssh_url
github.event.changes.new_repository.template_repository.stargazers_url
github.event.changes.new_repository.template_repository.statuses_url
github.event.changes.new_repository.template_repository.subscribers_url
github.event.changes.new_repository.template_repository.subscription_url
github.event.changes.new_repository.template_repository.svn_url
github.event.changes.new_repository.template_repository.tags_url
github.event.changes.new_repository.template_repository.teams_url
github.event.changes.new_repository.template_repository.temp_clone_token
github.event.changes.new_repository.template_repository.topics.*
github.event.changes.new_repository.template_repository.trees_url
github.event.changes.new_repository.template_repository.updated_at
github.event.changes.new_repository.template_repository.url
github.event.changes.new_repository.template_repository.visibility
github.event.changes.new_repository.topics.*
github.event.changes.new_repository.trees_url
github.event.changes.new_repository.url
github.event.changes.new_repository.visibility
github.event.changes.old_issue.assignee.avatar_url
github.event.changes.old_issue.assignee.email
github.event.changes.old_issue.assignee.followers_url
github.event.changes.old_issue.assignee.gravatar_id
github.event.changes.old_issue.assignee.html_url
github.event.changes.old_issue.assignee.login
github.event.changes.old_issue.assignee.name
github.event.changes.old_issue.assignee.node_id
github.event.changes.old_issue.assignee.organizations_url
github.event.changes.old_issue.assignee.received_events_url
github.event.changes.old_issue.assignee.repos_url
github.event.changes.old_issue.assignee.subscriptions_url
github.event.changes.old_issue.assignee.url
github.event.changes.old_issue.assignee.user_view_type
github.event.changes.old_issue.assignees.*.avatar_url
github.event.changes.old_issue.assignees.*.email
github.event.changes.old_issue.assignees.*.followers_url
github.event.changes.old_issue.assignees.*.gravatar_id
github.event.changes.old_issue.assignees.*.html_url
github.event.changes.old_issue.assignees.*.login
github.event.changes.old_issue.assignees.*.name
github.event.changes.old_issue.assignees.*.node_id
github.event.changes.old_issue.assignees.*.organizations_url
github.event.changes.old_issue.assignees.*.received_events_url
github.event.changes.old_issue.assignees.*.repos_url
github.event.changes.old_issue.assignees.*.subscriptions_url
github.event.changes.old_issue.assignees.*.url
github.event.changes.old_issue.assignees.*.user_view_type
github.event.changes.old_issue.body
github.event.changes.old_issue.comments_url
github.event.changes.old_issue.events_url
github.event.changes.old_issue.html_url
github.event.changes.old_issue.issue_field_values.*.node_id
github.event.changes.old_issue.issue_field_values.*.single_select_option.color
github.event.changes.old_issue.issue_field_values.*.single_select_option.name
github.event.changes.old_issue.issue_field_values.*.value
github.event.changes.old_issue.labels.*.color
github.event.changes.old_issue.labels.*.description
github.event.changes.old_issue.labels.*.name
github.event.changes.old_issue.labels.*.node_id
github.event.changes.old_issue.labels.*.url
github.event.changes.old_issue.milestone.creator.avatar_url
github.event.changes.old_issue.milestone.creator.email
github.event.changes.old_issue.milestone.creator.followers_url
github.event.changes.old_issue.milestone.creator.gravatar_id
github.event.changes.old_issue.milestone.creator.html_url
github.event.changes.old_issue.milestone.creator.login
github.event.changes.old_issue.milestone.creator.name
github.event.changes.old_issue.milestone.creator.node_id
github.event.changes.old_issue.milestone.creator.organizations_url
github.event.changes.old_issue.milestone.creator.received_events_url
github.event.changes.old_issue.milestone.creator.repos_url
github.event.changes.old_issue.milestone.creator.subscriptions_url
github.event.changes.old_issue.milestone.creator.url
github.event.changes.old_issue.milestone.creator.user_view_type
github.event.changes.old_issue.milestone.description
github.event.changes.old_issue.milestone.html_url
github.event.changes.old_issue.milestone.labels_url
github.event.changes.old_issue.milestone.node_id
github.event.changes.old_issue.milestone.title
github.event.changes.old_issue.milestone.url
github.event.changes.old_issue.node_id
github.event.changes.old_issue.performed_via_github_app.description
github.event.changes.old_issue.performed_via_github_app.external_url
github.event.changes.old_issue.performed_via_github_app.html_url
github.event.changes.old_issue.performed_via_github_app.name
github.event.changes.old_issue.performed_via_github_app.node_id
github.event.changes.old_issue.performed_via_github_app.owner.avatar_url
github.event.changes.old_issue.performed_via_github_app.owner.email
github.event.changes.old_issue.performed_via_github_app.owner.followers_url
github.event.changes.old_issue.performed_via_github_app.owner.gravatar_id
github.event.changes.old_issue.performed_via_github_app.owner.html_url
github.event.changes.old_issue.performed_via_github_app.owner.login
github.event.changes.old_issue.performed_via_github_app.owner.name
github.event.changes.old_issue.performed_via_github_app.owner.node_id
github.event.changes.old_issue.performed_via_github_app.owner.organizations_url
github.event.changes.old_issue.performed_via_github_app.owner.received_events_url
github.event.changes.old_issue.performed_via_github_app.owner.repos_url
github.event.changes.old_issue.performed_via_github_app.owner.subscriptions_url
github.event.changes.old_issue.performed_via_github_app.owner.url
github.event.changes.old_issue.performed_via_github_app.owner.user_view_type
github.event.changes.old_issue.performed_via_github_app.slug
github.event.changes.old_issue.pull_request.diff_url
github.event.changes.old_issue.pull_request.html_url
github.event.changes.old_issue.pull_request.patch_url
github.event.changes.old_issue.pull_request.url
github.event.changes.old_issue.reactions.url
github.event.changes.old_issue.repository_url
github.event.changes.old_issue.state_reason
github.event.changes.old_issue.timeline_url
github.event.changes.old_issue.title
github.event.changes.old_issue.type.description
github.event.changes.old_issue.type.name
github.event.changes.old_issue.type.node_id
github.event.changes.old_issue.url
github.event.changes.old_issue.user.avatar_url
github.event.changes.old_issue.user.email
github.event.changes.old_issue.user.followers_url
github.event.changes.old_issue.user.gravatar_id
github.event.changes.old_issue.user.html_url
github.event.changes.old_issue.user.login
github.event.changes.old_issue.user.name
github.event.changes.old_issue.user.node_id
github.event.changes.old_issue.user.organizations_url
github.event.changes.old_issue.user.received_events_url
github.event.changes.old_issue.user.repos_url
github.event.changes.old_issue.user.subscriptions_url
github.event.changes.old_issue.user.url
github.event.changes.old_issue.user.user_view_type
github.event.changes.old_repository.clone_url
github.event.changes.old_repository.contributors_url
github.event.changes.old_repository.custom_properties
github.event.changes.old_repository.custom_properties.*
github.event.changes.old_repository.default_branch
github.event.changes.old_repository.deployments_url
github.event.changes.old_repository.description
github.event.changes.old_repository.downloads_url
github.event.changes.old_repository.events_url
github.event.changes.old_repository.forks_url
github.event.changes.old_repository.full_name
github.event.changes.old_repository.git_url
github.event.changes.old_repository.homepage
github.event.changes.old_repository.hooks_url
github.event.changes.old_repository.html_url
github.event.changes.old_repository.language
github.event.changes.old_repository.languages_url
github.event.changes.old_repository.license.key
github.event.changes.old_repository.license.name
github.event.changes.old_repository.license.node_id
github.event.changes.old_repository.license.spdx_id
github.event.changes.old_repository.license.url
github.event.changes.old_repository.master_branch
github.event.changes.old_repository.merges_url
github.event.changes.old_repository.mirror_url
github.event.changes.old_repository.name
github.event.changes.old_repository.node_id
github.event.changes.old_repository.organization
github.event.changes.old_repository.owner.avatar_url
github.event.changes.old_repository.owner.email
github.event.changes.old_repository.owner.followers_url
github.event.changes.old_repository.owner.gravatar_id
github.event.changes.old_repository.owner.html_url
github.event.changes.old_repository.owner.login
github.event.changes.old_repository.owner.name
github.event.changes.old_repository.owner.node_id
github.event.changes.old_repository.owner.organizations_url
github.event.changes.old_repository.owner.received_events_url
github.event.changes.old_repository.owner.repos_url
github.event.changes.old_repository.owner.subscriptions_url
github.event.changes.old_repository.owner.url
github.event.changes.old_repository.owner.user_view_type
github.event.changes.old_repository.role_name
github.event.changes.old_repository.ssh_url
github.event.changes.old_repository.stargazers_url
github.event.changes.old_repository.subscribers_url
github.event.changes.old_repository.subscription_url
github.event.changes.old_repository.svn_url
github.event.changes.old_repository.tags_url
github.event.changes.old_repository.teams_url
github.event.changes.old_repository.topics.*
github.event.changes.old_repository.url
github.event.changes.required_status_checks.from.*
github.event.changes.tag_name.from
github.event.changes.title.from
github.event.check_run.app.client_id
github.event.check_run.app.description
github.event.check_run.app.events.*
github.event.check_run.app.external_url
github.event.check_run.app.html_url
github.event.check_run.app.name
github.event.check_run.app.node_id
github.event.check_run.app.owner.avatar_url
github.event.check_run.app.owner.description
github.event.check_run.app.owner.email
github.event.check_run.app.owner.events_url
github.event.check_run.app.owner.followers_url
github.event.check_run.app.owner.following_url
github.event.check_run.app.owner.gists_url
github.event.check_run.app.owner.gravatar_id
github.event.check_run.app.owner.html_url
github.event.check_run.app.owner.login
github.event.check_run.app.owner.name
github.event.check_run.app.owner.node_id
github.event.check_run.app.owner.organizations_url
github.event.check_run.app.owner.received_events_url
github.event.check_run.app.owner.repos_url
github.event.check_run.app.owner.slug
github.event.check_run.app.owner.starred_at
github.event.check_run.app.owner.starred_url
github.event.check_run.app.owner.subscriptions_url
github.event.check_run.app.owner.type
github.event.check_run.app.owner.url
github.event.check_run.app.owner.user_view_type
github.event.check_run.app.owner.website_url
github.event.check_run.app.permissions.*
github.event.check_run.app.permissions.checks
github.event.check_run.app.permissions.contents
github.event.check_run.app.permissions.deployments
github.event.check_run.app.permissions.issues
github.event.check_run.app.permissions.metadata
github.event.check_run.app.slug
github.event.check_run.check_suite.after
github.event.check_run.check_suite.app.client_id
github.event.check_run.check_suite.app.description
github.event.check_run.check_suite.app.events.*
github.event.check_run.check_suite.app.external_url
github.event.check_run.check_suite.app.html_url
github.event.check_run.check_suite.app.name
github.event.check_run.check_suite.app.node_id
github.event.check_run.check_suite.app.owner.avatar_url
github.event.check_run.check_suite.app.owner.description
github.event.check_run.check_suite.app.owner.email
github.event.check_run.check_suite.app.owner.events_url
github.event.check_run.check_suite.app.owner.followers_url
github.event.check_run.check_suite.app.owner.following_url
github.event.check_run.check_suite.app.owner.gists_url
github.event.check_run.check_suite.app.owner.gravatar_id
github.event.check_run.check_suite.app.owner.html_url
github.event.check_run.check_suite.app.owner.login
github.event.check_run.check_suite.app.owner.name
github.event.check_run.check_suite.app.owner.node_id
github.event.check_run.check_suite.app.owner.organizations_url
github.event.check_run.check_suite.app.owner.received_events_url
github.event.check_run.check_suite.app.owner.repos_url
github.event.check_run.check_suite.app.owner.slug
github.event.check_run.check_suite.app.owner.starred_at
github.event.check_run.check_suite.app.owner.starred_url
github.event.check_run.check_suite.app.owner.subscriptions_url
github.event.check_run.check_suite.app.owner.type
github.event.check_run.check_suite.app.owner.url
github.event.check_run.check_suite.app.owner.user_view_type
github.event.check_run.check_suite.app.owner.website_url
github.event.check_run.check_suite.app.permissions.*
github.event.check_run.check_suite.app.permissions.checks
github.event.check_run.check_suite.app.permissions.contents
github.event.check_run.check_suite.app.permissions.deployments
github.event.check_run.check_suite.app.permissions.issues
github.event.check_run.check_suite.app.permissions.metadata
github.event.check_run.check_suite.app.slug
github.event.check_run.check_suite.before
github.event.check_run.check_suite.head_branch
github.event.check_run.check_suite.head_sha
github.event.check_run.check_suite.node_id
github.event.check_run.check_suite.pull_requests.*.base.ref
github.event.check_run.check_suite.pull_requests.*.base.repo.name
github.event.check_run.check_suite.pull_requests.*.base.repo.url
github.event.check_run.check_suite.pull_requests.*.base.sha
github.event.check_run.check_suite.pull_requests.*.head.ref
github.event.check_run.check_suite.pull_requests.*.head.repo.name
github.event.check_run.check_suite.pull_requests.*.head.repo.url
github.event.check_run.check_suite.pull_requests.*.head.sha
github.event.check_run.check_suite.pull_requests.*.url
github.event.check_run.check_suite.repository.archive_url
github.event.check_run.check_suite.repository.assignees_url
github.event.check_run.check_suite.repository.blobs_url
github.event.check_run.check_suite.repository.branches_url
github.event.check_run.check_suite.repository.clone_url
github.event.check_run.check_suite.repository.code_of_conduct.body
github.event.check_run.check_suite.repository.code_of_conduct.html_url
github.event.check_run.check_suite.repository.code_of_conduct.key
github.event.check_run.check_suite.repository.code_of_conduct.name
github.event.check_run.check_suite.repository.code_of_conduct.url
github.event.check_run.check_suite.repository.collaborators_url
github.event.check_run.check_suite.repository.comments_url
github.event.check_run.check_suite.repository.commits_url
github.event.check_run.check_suite.repository.compare_url
github.event.check_run.check_suite.repository.contents_url
github.event.check_run.check_suite.repository.contributors_url
github.event.check_run.check_suite.repository.custom_properties
github.event.check_run.check_suite.repository.custom_properties.*
github.event.check_run.check_suite.repository.default_branch
github.event.check_run.check_suite.repository.deployments_url
github.event.check_run.check_suite.repository.description
github.event.check_run.check_suite.repository.downloads_url
github.event.check_run.check_suite.repository.events_url
github.event.check_run.check_suite.repository.forks_url
github.event.check_run.check_suite.repository.full_name
github.event.check_run.check_suite.repository.git_commits_url
github.event.check_run.check_suite.repository.git_refs_url
github.event.check_run.check_suite.repository.git_tags_url
github.event.check_run.check_suite.repository.git_url
github.event.check_run.check_suite.repository.homepage
github.event.check_run.check_suite.repository.hooks_url
github.event.check_run.check_suite.repository.html_url
github.event.check_run.check_suite.repository.issue_comment_url
github.event.check_run.check_suite.repository.issue_events_url
github.event.check_run.check_suite.repository.issues_url
github.event.check_run.check_suite.repository.keys_url
github.event.check_run.check_suite.repository.labels_url
github.event.check_run.check_suite.repository.language
github.event.check_run.check_suite.repository.languages_url
github.event.check_run.check_suite.repository.license.key
github.event.check_run.check_suite.repository.license.name
github.event.check_run.check_suite.repository.license.node_id
github.event.check_run.check_suite.repository.license.spdx_id
github.event.check_run.check_suite.repository.license.url
github.event.check_run.check_suite.repository.merges_url
github.event.check_run.check_suite.repository.milestones_url
github.event.check_run.check_suite.repository.mirror_url
github.event.check_run.check_suite.repository.name
github.event.check_run.check_suite.repository.node_id
github.event.check_run.check_suite.repository.notifications_url
github.event.check_run.check_suite.repository.owner.avatar_url
github.event.check_run.check_suite.repository.owner.email
github.event.check_run.check_suite.repository.owner.events_url
github.event.check_run.check_suite.repository.owner.followers_url
github.event.check_run.check_suite.repository.owner.following_url
github.event.check_run.check_suite.repository.owner.gists_url
github.event.check_run.check_suite.repository.owner.gravatar_id
github.event.check_run.check_suite.repository.owner.html_url
github.event.check_run.check_suite.repository.owner.login
github.event.check_run.check_suite.repository.owner.name
github.event.check_run.check_suite.repository.owner.node_id
github.event.check_run.check_suite.repository.owner.organizations_url
github.event.check_run.check_suite.repository.owner.received_events_url
github.event.check_run.check_suite.repository.owner.repos_url
github.event.check_run.check_suite.repository.owner.starred_at
github.event.check_run.check_suite.repository.owner.starred_url
github.event.check_run.check_suite.repository.owner.subscriptions_url
github.event.check_run.check_suite.repository.owner.type
github.event.check_run.check_suite.repository.owner.url
github.event.check_run.check_suite.repository.owner.user_view_type
github.event.check_run.check_suite.repository.pulls_url
github.event.check_run.check_suite.repository.releases_url
github.event.check_run.check_suite.repository.role_name
github.event.check_run.check_suite.repository.ssh_url
github.event.check_run.check_suite.repository.stargazers_url
github.event.check_run.check_suite.repository.statuses_url
github.event.check_run.check_suite.repository.subscribers_url
github.event.check_run.check_suite.repository.subscription_url
github.event.check_run.check_suite.repository.svn_url
github.event.check_run.check_suite.repository.tags_url
github.event.check_run.check_suite.repository.teams_url
github.event.check_run.check_suite.repository.temp_clone_token
github.event.check_run.check_suite.repository.topics.*
github.event.check_run.check_suite.repository.trees_url
github.event.check_run.check_suite.repository.url
github.event.check_run.check_suite.repository.visibility
github.event.check_run.check_suite.url
github.event.check_run.deployment.description
github.event.check_run.deployment.environment
github.event.check_run.deployment.node_id
github.event.check_run.deployment.original_environment
github.event.check_run.deployment.performed_via_github_app.client_id
github.event.check_run.deployment.performed_via_github_app.description
github.event.check_run.deployment.performed_via_github_app.events.*
github.event.check_run.deployment.performed_via_github_app.external_url
github.event.check_run.deployment.performed_via_github_app.html_url
github.event.check_run.deployment.performed_via_github_app.name
github.event.check_run.deployment.performed_via_github_app.node_id
github.event.check_run.deployment.performed_via_github_app.owner.avatar_url
github.event.check_run.deployment.performed_via_github_app.owner.description
github.event.check_run.deployment.performed_via_github_app.owner.email
github.event.check_run.deployment.performed_via_github_app.owner.events_url
github.event.check_run.deployment.performed_via_github_app.owner.followers_url
github.event.check_run.deployment.performed_via_github_app.owner.following_url
github.event.check_run.deployment.performed_via_github_app.owner.gists_url
github.event.check_run.deployment.performed_via_github_app.owner.gravatar_id
github.event.check_run.deployment.performed_via_github_app.owner.html_url
github.event.check_run.deployment.performed_via_github_app.owner.login
github.event.check_run.deployment.performed_via_github_app.owner.name
github.event.check_run.deployment.performed_via_github_app.owner.node_id
github.event.check_run.deployment.performed_via_github_app.owner.organizations_url
github.event.check_run.deployment.performed_via_github_app.owner.received_events_url
github.event.check_run.deployment.performed_via_github_app.owner.repos_url
github.event.check_run.deployment.performed_via_github_app.owner.slug
github.event.check_run.deployment.performed_via_github_app.owner.starred_at
github.event.check_run.deployment.performed_via_github_app.owner.starred_url
github.event.check_run.deployment.performed_via_github_app.owner.subscriptions_url
github.event.check_run.deployment.performed_via_github_app.owner.type
github.event.check_run.deployment.performed_via_github_app.owner.url
github.event.check_run.deployment.performed_via_github_app.owner.user_view_type
github.event.check_run.deployment.performed_via_github_app.owner.website_url
github.event.check_run.deployment.performed_via_github_app.permissions.*
github.event.check_run.deployment.performed_via_github_app.permissions.checks
github.event.check_run.deployment.performed_via_github_app.permissions.contents
github.event.check_run.deployment.performed_via_github_app.permissions.deployments
github.event.check_run.deployment.performed_via_github_app.permissions.issues
github.event.check_run.deployment.performed_via_github_app.permissions.metadata
github.event.check_run.deployment.performed_via_github_app.slug
github.event.check_run.deployment.repository_url
github.event.check_run.deployment.statuses_url
github.event.check_run.deployment.task
github.event.check_run.deployment.url
github.event.check_run.details_url
github.event.check_run.external_id
github.event.check_run.head_sha
github.event.check_run.html_url
github.event.check_run.name
github.event.check_run.node_id
github.event.check_run.output.annotations_url
github.event.check_run.output.summary
github.event.check_run.output.text
github.event.check_run.output.title
github.event.check_run.pull_requests.*.base.ref
github.event.check_run.pull_requests.*.base.repo.name
github.event.check_run.pull_requests.*.base.repo.url
github.event.check_run.pull_requests.*.base.sha
github.event.check_run.pull_requests.*.head.ref
github.event.check_run.pull_requests.*.head.repo.name
github.event.check_run.pull_requests.*.head.repo.url
github.event.check_run.pull_requests.*.head.sha
github.event.check_run.pull_requests.*.url
github.event.check_run.url
github.event.check_suite.after
github.event.check_suite.app.client_id
github.event.check_suite.app.description
github.event.check_suite.app.external_url
github.event.check_suite.app.html_url
github.event.check_suite.app.name
github.event.check_suite.app.node_id
github.event.check_suite.app.owner.avatar_url
github.event.check_suite.app.owner.email
github.event.check_suite.app.owner.followers_url
github.event.check_suite.app.owner.gravatar_id
github.event.check_suite.app.owner.html_url
github.event.check_suite.app.owner.login
github.event.check_suite.app.owner.name
github.event.check_suite.app.owner.node_id
github.event.check_suite.app.owner.organizations_url
github.event.check_suite.app.owner.received_events_url
github.event.check_suite.app.owner.repos_url
github.event.check_suite.app.owner.subscriptions_url
github.event.check_suite.app.owner.url
github.event.check_suite.app.owner.user_view_type
github.event.check_suite.app.slug
github.event.check_suite.before
github.event.check_suite.check_runs_url
github.event.check_suite.head_branch
github.event.check_suite.head_commit.author.name
github.event.check_suite.head_commit.author.username
github.event.check_suite.head_commit.committer.name
github.event.check_suite.head_commit.committer.username
github.event.check_suite.head_commit.id
github.event.check_suite.head_commit.message
github.event.check_suite.head_commit.timestamp
github.event.check_suite.head_commit.tree_id
github.event.check_suite.head_sha
github.event.check_suite.node_id
github.event.check_suite.pull_requests.*.base.ref
github.event.check_suite.pull_requests.*.base.repo.name
github.event.check_suite.pull_requests.*.base.repo.url
github.event.check_suite.pull_requests.*.base.sha
github.event.check_suite.pull_requests.*.head.ref
github.event.check_suite.pull_requests.*.head.repo.name
github.event.check_suite.pull_requests.*.head.repo.url
github.event.check_suite.pull_requests.*.head.sha
github.event.check_suite.pull_requests.*.url
github.event.check_suite.url
github.event.client_payload
github.event.client_payload.*
github.event.comment.body
github.event.comment.commit_id
github.event.comment.created_at
github.event.comment.diff_hunk
github.event.comment.html_url
github.event.comment.issue_url
github.event.comment.node_id
github.event.comment.original_commit_id
github.event.comment.path
github.event.comment.performed_via_github_app.client_id
github.event.comment.performed_via_github_app.description
github.event.comment.performed_via_github_app.events.*
github.event.comment.performed_via_github_app.external_url
github.event.comment.performed_via_github_app.html_url
github.event.comment.performed_via_github_app.name
github.event.comment.performed_via_github_app.node_id
github.event.comment.performed_via_github_app.owner.avatar_url
github.event.comment.performed_via_github_app.owner.description
github.event.comment.performed_via_github_app.owner.email
github.event.comment.performed_via_github_app.owner.events_url
github.event.comment.performed_via_github_app.owner.followers_url
github.event.comment.performed_via_github_app.owner.following_url
github.event.comment.performed_via_github_app.owner.gists_url
github.event.comment.performed_via_github_app.owner.gravatar_id
github.event.comment.performed_via_github_app.owner.html_url
github.event.comment.performed_via_github_app.owner.login
github.event.comment.performed_via_github_app.owner.name
github.event.comment.performed_via_github_app.owner.node_id
github.event.comment.performed_via_github_app.owner.organizations_url
github.event.comment.performed_via_github_app.owner.received_events_url
github.event.comment.performed_via_github_app.owner.repos_url
github.event.comment.performed_via_github_app.owner.slug
github.event.comment.performed_via_github_app.owner.starred_at
github.event.comment.performed_via_github_app.owner.starred_url
github.event.comment.performed_via_github_app.owner.subscriptions_url
github.event.comment.performed_via_github_app.owner.type
github.event.comment.performed_via_github_app.owner.url
github.event.comment.performed_via_github_app.owner.user_view_type
github.event.comment.performed_via_github_app.owner.website_url
github.event.comment.performed_via_github_app.permissions.*
github.event.comment.performed_via_github_app.permissions.checks
github.event.comment.performed_via_github_app.permissions.contents
github.event.comment.performed_via_github_app.permissions.deployments
github.event.comment.performed_via_github_app.permissions.issues
github.event.comment.performed_via_github_app.permissions.metadata
github.event.comment.performed_via_github_app.slug
github.event.comment.pull_request_url
github.event.comment.reactions.url
github.event.comment.repository_url
github.event.comment.updated_at
github.event.comment.url
github.event.comment.user.avatar_url
github.event.comment.user.email
github.event.comment.user.followers_url
github.event.comment.user.gravatar_id
github.event.comment.user.html_url
github.event.comment.user.login
github.event.comment.user.name
github.event.comment.user.node_id
github.event.comment.user.organizations_url
github.event.comment.user.received_events_url
github.event.comment.user.repos_url
github.event.comment.user.subscriptions_url
github.event.comment.user.url
github.event.comment.user.user_view_type
github.event.commit.author.avatar_url
github.event.commit.author.email
github.event.commit.author.followers_url
github.event.commit.author.gravatar_id
github.event.commit.author.html_url
github.event.commit.author.login
github.event.commit.author.name
github.event.commit.author.node_id
github.event.commit.author.organizations_url
github.event.commit.author.received_events_url
github.event.commit.author.repos_url
github.event.commit.author.subscriptions_url
github.event.commit.author.url
github.event.commit.comments_url
github.event.commit.commit.author.date
github.event.commit.commit.author.email
github.event.commit.commit.author.name
github.event.commit.commit.author.username
github.event.commit.commit.committer.date
github.event.commit.commit.committer.email
github.event.commit.commit.committer.name
github.event.commit.commit.committer.username
github.event.commit.commit.message
github.event.commit.commit.tree.sha
github.event.commit.commit.tree.url
github.event.commit.commit.url
github.event.commit.commit.verification.payload
github.event.commit.commit.verification.signature
github.event.commit.commit.verification.verified_at
github.event.commit.committer.avatar_url
github.event.commit.committer.email
github.event.commit.committer.followers_url
github.event.commit.committer.gravatar_id
github.event.commit.committer.html_url
github.event.commit.committer.login
github.event.commit.committer.name
github.event.commit.committer.node_id
github.event.commit.committer.organizations_url
github.event.commit.committer.received_events_url
github.event.commit.committer.repos_url
github.event.commit.committer.subscriptions_url
github.event.commit.committer.url
github.event.commit.html_url
github.event.commit.node_id
github.event.commit.parents.*.html_url
github.event.commit.parents.*.sha
github.event.commit.parents.*.url
github.event.commit.sha
github.event.commit.url
github.event.commits.*.added.*
github.event.commits.*.author.name
github.event.commits.*.author.username
github.event.commits.*.committer.name
github.event.commits.*.committer.username
github.event.commits.*.id
github.event.commits.*.message
github.event.commits.*.modified.*
github.event.commits.*.removed.*
github.event.commits.*.tree_id
github.event.commits.*.url
github.event.compare
github.event.context
github.event.created_at
github.event.deployment.created_at
github.event.deployment.creator.avatar_url
github.event.deployment.creator.email
github.event.deployment.creator.followers_url
github.event.deployment.creator.gravatar_id
github.event.deployment.creator.html_url
github.event.deployment.creator.login
github.event.deployment.creator.name
github.event.deployment.creator.node_id
github.event.deployment.creator.organizations_url
github.event.deployment.creator.received_events_url
github.event.deployment.creator.repos_url
github.event.deployment.creator.subscriptions_url
github.event.deployment.creator.url
github.event.deployment.creator.user_view_type
github.event.deployment.description
github.event.deployment.environment
github.event.deployment.node_id
github.event.deployment.original_environment
github.event.deployment.payload
github.event.deployment.performed_via_github_app.description
github.event.deployment.performed_via_github_app.external_url
github.event.deployment.performed_via_github_app.html_url
github.event.deployment.performed_via_github_app.name
github.event.deployment.performed_via_github_app.node_id
github.event.deployment.performed_via_github_app.owner.avatar_url
github.event.deployment.performed_via_github_app.owner.email
github.event.deployment.performed_via_github_app.owner.followers_url
github.event.deployment.performed_via_github_app.owner.gravatar_id
github.event.deployment.performed_via_github_app.owner.html_url
github.event.deployment.performed_via_github_app.owner.login
github.event.deployment.performed_via_github_app.owner.name
github.event.deployment.performed_via_github_app.owner.node_id
github.event.deployment.performed_via_github_app.owner.organizations_url
github.event.deployment.performed_via_github_app.owner.received_events_url
github.event.deployment.performed_via_github_app.owner.repos_url
github.event.deployment.performed_via_github_app.owner.subscriptions_url
github.event.deployment.performed_via_github_app.owner.url
github.event.deployment.performed_via_github_app.owner.user_view_type
github.event.deployment.performed_via_github_app.slug
github.event.deployment.ref
github.event.deployment.repository_url
github.event.deployment.sha
github.event.deployment.statuses_url
github.event.deployment.task
github.event.deployment.updated_at
github.event.deployment.url
github.event.deployment_status.created_at
github.event.deployment_status.creator.avatar_url
github.event.deployment_status.creator.email
github.event.deployment_status.creator.followers_url
github.event.deployment_status.creator.gravatar_id
github.event.deployment_status.creator.html_url
github.event.deployment_status.creator.login
github.event.deployment_status.creator.name
github.event.deployment_status.creator.node_id
github.event.deployment_status.creator.organizations_url
github.event.deployment_status.creator.received_events_url
github.event.deployment_status.creator.repos_url
github.event.deployment_status.creator.subscriptions_url
github.event.deployment_status.creator.url
github.event.deployment_status.creator.user_view_type
github.event.deployment_status.deployment_url
github.event.deployment_status.description
github.event.deployment_status.environment
github.event.deployment_status.environment_url
github.event.deployment_status.log_url
github.event.deployment_status.node_id
github.event.deployment_status.performed_via_github_app.description
github.event.deployment_status.performed_via_github_app.external_url
github.event.deployment_status.performed_via_github_app.html_url
github.event.deployment_status.performed_via_github_app.name
github.event.deployment_status.performed_via_github_app.node_id
github.event.deployment_status.performed_via_github_app.owner.avatar_url
github.event.deployment_status.performed_via_github_app.owner.email
github.event.deployment_status.performed_via_github_app.owner.followers_url
github.event.deployment_status.performed_via_github_app.owner.gravatar_id
github.event.deployment_status.performed_via_github_app.owner.html_url
github.event.deployment_status.performed_via_github_app.owner.login
github.event.deployment_status.performed_via_github_app.owner.name
github.event.deployment_status.performed_via_github_app.owner.node_id
github.event.deployment_status.performed_via_github_app.owner.organizations_url
github.event.deployment_status.performed_via_github_app.owner.received_events_url
github.event.deployment_status.performed_via_github_app.owner.repos_url
github.event.deployment_status.performed_via_github_app.owner.subscriptions_url
github.event.deployment_status.performed_via_github_app.owner.url
github.event.deployment_status.performed_via_github_app.owner.user_view_type
github.event.deployment_status.performed_via_github_app.slug
github.event.deployment_status.repository_url
github.event.deployment_status.state
github.event.deployment_status.target_url
github.event.deployment_status.updated_at
github.event.deployment_status.url
github.event.description
github.event.discussion.active_lock_reason
github.event.discussion.answer_chosen_at
github.event.discussion.answer_chosen_by.avatar_url
github.event.discussion.answer_chosen_by.email
github.event.discussion.answer_chosen_by.followers_url
github.event.discussion.answer_chosen_by.gravatar_id
github.event.discussion.answer_chosen_by.html_url
github.event.discussion.answer_chosen_by.login
github.event.discussion.answer_chosen_by.name
github.event.discussion.answer_chosen_by.node_id
github.event.discussion.answer_chosen_by.organizations_url
github.event.discussion.answer_chosen_by.received_events_url
github.event.discussion.answer_chosen_by.repos_url
github.event.discussion.answer_chosen_by.subscriptions_url
github.event.discussion.answer_chosen_by.url
github.event.discussion.answer_chosen_by.user_view_type
github.event.discussion.answer_html_url
github.event.discussion.body
github.event.discussion.category.description
github.event.discussion.category.emoji
github.event.discussion.category.name
github.event.discussion.category.node_id
github.event.discussion.category.slug
github.event.discussion.category.updated_at
github.event.discussion.html_url
github.event.discussion.labels.*.color
github.event.discussion.labels.*.description
github.event.discussion.labels.*.name
github.event.discussion.labels.*.node_id
github.event.discussion.labels.*.url
github.event.discussion.node_id
github.event.discussion.reactions.url
github.event.discussion.repository_url
github.event.discussion.timeline_url
github.event.discussion.title
github.event.discussion.user.avatar_url
github.event.discussion.user.email
github.event.discussion.user.followers_url
github.event.discussion.user.gravatar_id
github.event.discussion.user.html_url
github.event.discussion.user.login
github.event.discussion.user.name
github.event.discussion.user.node_id
github.event.discussion.user.organizations_url
github.event.discussion.user.received_events_url
github.event.discussion.user.repos_url
github.event.discussion.user.subscriptions_url
github.event.discussion.user.url
github.event.discussion.user.user_view_type
github.event.enterprise.avatar_url
github.event.enterprise.description
github.event.enterprise.html_url
github.event.enterprise.name
github.event.enterprise.node_id
github.event.enterprise.slug
github.event.enterprise.website_url
github.event.forkee.archive_url
github.event.forkee.assignees_url
github.event.forkee.blobs_url
github.event.forkee.branches_url
github.event.forkee.clone_url
github.event.forkee.collaborators_url
github.event.forkee.comments_url
github.event.forkee.commits_url
github.event.forkee.compare_url
github.event.forkee.contents_url
github.event.forkee.contributors_url
github.event.forkee.created_at
github.event.forkee.default_branch
github.event.forkee.deployments_url
github.event.forkee.description
github.event.forkee.downloads_url
github.event.forkee.events_url
github.event.forkee.forks_url
github.event.forkee.full_name
github.event.forkee.git_commits_url
github.event.forkee.git_refs_url
github.event.forkee.git_tags_url
github.event.forkee.git_url
github.event.forkee.homepage
github.event.forkee.hooks_url
github.event.forkee.html_url
github.event.forkee.issue_comment_url
github.event.forkee.issue_events_url
github.event.forkee.issues_url
github.event.forkee.keys_url
github.event.forkee.labels_url
github.event.forkee.language
github.event.forkee.languages_url
github.event.forkee.license
github.event.forkee.license.key
github.event.forkee.license.name
github.event.forkee.license.node_id
github.event.forkee.license.spdx_id
github.event.forkee.license.url
github.event.forkee.master_branch
github.event.forkee.merges_url
github.event.forkee.milestones_url
github.event.forkee.mirror_url
github.event.forkee.name
github.event.forkee.node_id
github.event.forkee.notifications_url
github.event.forkee.organization
github.event.forkee.owner.avatar_url
github.event.forkee.owner.email
github.event.forkee.owner.events_url
github.event.forkee.owner.followers_url
github.event.forkee.owner.following_url
github.event.forkee.owner.gists_url
github.event.forkee.owner.gravatar_id
github.event.forkee.owner.html_url
github.event.forkee.owner.login
github.event.forkee.owner.name
github.event.forkee.owner.node_id
github.event.forkee.owner.organizations_url
github.event.forkee.owner.received_events_url
github.event.forkee.owner.repos_url
github.event.forkee.owner.starred_url
github.event.forkee.owner.subscriptions_url
github.event.forkee.owner.type
github.event.forkee.owner.url
github.event.forkee.owner.user_view_type
github.event.forkee.pulls_url
github.event.forkee.pushed_at
github.event.forkee.releases_url
github.event.forkee.role_name
github.event.forkee.ssh_url
github.event.forkee.stargazers_url
github.event.forkee.statuses_url
github.event.forkee.subscribers_url
github.event.forkee.subscription_url
github.event.forkee.svn_url
github.event.forkee.tags_url
github.event.forkee.teams_url
github.event.forkee.topics.*
github.event.forkee.trees_url
github.event.forkee.updated_at
github.event.forkee.url
github.event.forkee.visibility
github.event.head_commit.added.*
github.event.head_commit.author.name
github.event.head_commit.author.username
github.event.head_commit.committer.name
github.event.head_commit.committer.username
github.event.head_commit.id
github.event.head_commit.message
github.event.head_commit.modified.*
github.event.head_commit.removed.*
github.event.head_commit.tree_id
github.event.head_commit.url
github.event.inputs
github.event.inputs.*
github.event.installation.node_id
github.event.issue.active_lock_reason
github.event.issue.assignee
github.event.issue.assignee.avatar_url
github.event.issue.assignee.email
github.event.issue.assignee.followers_url
github.event.issue.assignee.gravatar_id
github.event.issue.assignee.html_url
github.event.issue.assignee.login
github.event.issue.assignee.name
github.event.issue.assignee.node_id
github.event.issue.assignee.organizations_url
github.event.issue.assignee.received_events_url
github.event.issue.assignee.repos_url
github.event.issue.assignee.subscriptions_url
github.event.issue.assignee.url
github.event.issue.assignee.user_view_type
github.event.issue.assignees.*
github.event.issue.assignees.*.avatar_url
github.event.issue.assignees.*.email
github.event.issue.assignees.*.followers_url
github.event.issue.assignees.*.gravatar_id
github.event.issue.assignees.*.html_url
github.event.issue.assignees.*.login
github.event.issue.assignees.*.name
github.event.issue.assignees.*.node_id
github.event.issue.assignees.*.organizations_url
github.event.issue.assignees.*.received_events_url
github.event.issue.assignees.*.repos_url
github.event.issue.assignees.*.subscriptions_url
github.event.issue.assignees.*.url
github.event.issue.assignees.*.user_view_type
github.event.issue.author_association
github.event.issue.body
github.event.issue.closed_at
github.event.issue.comments_url
github.event.issue.created_at
github.event.issue.events_url
github.event.issue.html_url
github.event.issue.issue_field_values.*.node_id
github.event.issue.issue_field_values.*.single_select_option.color
github.event.issue.issue_field_values.*.single_select_option.name
github.event.issue.issue_field_values.*.value
github.event.issue.labels.*
github.event.issue.labels.*.color
github.event.issue.labels.*.description
github.event.issue.labels.*.name
github.event.issue.labels.*.node_id
github.event.issue.labels.*.url
github.event.issue.labels_url
github.event.issue.milestone
github.event.issue.milestone.creator.avatar_url
github.event.issue.milestone.creator.email
github.event.issue.milestone.creator.followers_url
github.event.issue.milestone.creator.gravatar_id
github.event.issue.milestone.creator.html_url
github.event.issue.milestone.creator.login
github.event.issue.milestone.creator.name
github.event.issue.milestone.creator.node_id
github.event.issue.milestone.creator.organizations_url
github.event.issue.milestone.creator.received_events_url
github.event.issue.milestone.creator.repos_url
github.event.issue.milestone.creator.subscriptions_url
github.event.issue.milestone.creator.url
github.event.issue.milestone.creator.user_view_type
github.event.issue.milestone.description
github.event.issue.milestone.html_url
github.event.issue.milestone.labels_url
github.event.issue.milestone.node_id
github.event.issue.milestone.title
github.event.issue.milestone.url
github.event.issue.node_id
github.event.issue.performed_via_github_app
github.event.issue.performed_via_github_app.description
github.event.issue.performed_via_github_app.external_url
github.event.issue.performed_via_github_app.html_url
github.event.issue.performed_via_github_app.name
github.event.issue.performed_via_github_app.node_id
github.event.issue.performed_via_github_app.owner.avatar_url
github.event.issue.performed_via_github_app.owner.email
github.event.issue.performed_via_github_app.owner.followers_url
github.event.issue.performed_via_github_app.owner.gravatar_id
github.event.issue.performed_via_github_app.owner.html_url
github.event.issue.performed_via_github_app.owner.login
github.event.issue.performed_via_github_app.owner.name
github.event.issue.performed_via_github_app.owner.node_id
github.event.issue.performed_via_github_app.owner.organizations_url
github.event.issue.performed_via_github_app.owner.received_events_url
github.event.issue.performed_via_github_app.owner.repos_url
github.event.issue.performed_via_github_app.owner.subscriptions_url
github.event.issue.performed_via_github_app.owner.url
github.event.issue.performed_via_github_app.owner.user_view_type
github.event.issue.performed_via_github_app.slug
github.event.issue.pull_request.diff_url
github.event.issue.pull_request.html_url
github.event.issue.pull_request.patch_url
github.event.issue.pull_request.url
github.event.issue.reactions.url
github.event.issue.repository_url
github.event.issue.state_reason
github.event.issue.timeline_url
github.event.issue.title
github.event.issue.type.description
github.event.issue.type.name
github.event.issue.type.node_id
github.event.issue.updated_at
github.event.issue.url
github.event.issue.user.avatar_url
github.event.issue.user.email
github.event.issue.user.events_url
github.event.issue.user.followers_url
github.event.issue.user.following_url
github.event.issue.user.gists_url
github.event.issue.user.gravatar_id
github.event.issue.user.html_url
github.event.issue.user.login
github.event.issue.user.name
github.event.issue.user.node_id
github.event.issue.user.organizations_url
github.event.issue.user.received_events_url
github.event.issue.user.repos_url
github.event.issue.user.starred_url
github.event.issue.user.subscriptions_url
github.event.issue.user.type
github.event.issue.user.url
github.event.issue.user.user_view_type
github.event.label.color
github.event.label.description
github.event.label.name
github.event.label.node_id
github.event.label.url
github.event.master_branch
github.event.merge_group.base_ref
github.event.merge_group.head_commit.author.name
github.event.merge_group.head_commit.committer.name
github.event.merge_group.head_commit.id
github.event.merge_group.head_commit.message
github.event.merge_group.head_commit.tree_id
github.event.merge_group.head_ref
github.event.merge_group.head_sha
github.event.milestone.creator.avatar_url
github.event.milestone.creator.email
github.event.milestone.creator.events_url
github.event.milestone.creator.followers_url
github.event.milestone.creator.following_url
github.event.milestone.creator.gists_url
github.event.milestone.creator.gravatar_id
github.event.milestone.creator.html_url
github.event.milestone.creator.login
github.event.milestone.creator.name
github.event.milestone.creator.node_id
github.event.milestone.creator.organizations_url
github.event.milestone.creator.received_events_url
github.event.milestone.creator.repos_url
github.event.milestone.creator.starred_at
github.event.milestone.creator.starred_url
github.event.milestone.creator.subscriptions_url
github.event.milestone.creator.type
github.event.milestone.creator.url
github.event.milestone.creator.user_view_type
github.event.milestone.description
github.event.milestone.html_url
github.event.milestone.labels_url
github.event.milestone.node_id
github.event.milestone.title
github.event.milestone.url
github.event.name
github.event.old_answer.body
github.event.old_answer.html_url
github.event.old_answer.node_id
github.event.old_answer.reactions.url
github.event.old_answer.repository_url
github.event.old_answer.user.avatar_url
github.event.old_answer.user.email
github.event.old_answer.user.followers_url
github.event.old_answer.user.gravatar_id
github.event.old_answer.user.html_url
github.event.old_answer.user.login
github.event.old_answer.user.name
github.event.old_answer.user.node_id
github.event.old_answer.user.organizations_url
github.event.old_answer.user.received_events_url
github.event.old_answer.user.repos_url
github.event.old_answer.user.subscriptions_url
github.event.old_answer.user.url
github.event.old_answer.user.user_view_type
github.event.organization.avatar_url
github.event.organization.description
github.event.organization.events_url
github.event.organization.hooks_url
github.event.organization.issues_url
github.event.organization.login
github.event.organization.members_url
github.event.organization.node_id
github.event.organization.public_members_url
github.event.organization.repos_url
github.event.organization.url
github.event.pages.*.html_url
github.event.pages.*.page_name
github.event.pages.*.sha
github.event.pages.*.summary
github.event.pages.*.title
github.event.pull_request._links.comments.href
github.event.pull_request._links.commits.href
github.event.pull_request._links.html.href
github.event.pull_request._links.issue.href
github.event.pull_request._links.review_comment.href
github.event.pull_request._links.review_comments.href
github.event.pull_request._links.self.href
github.event.pull_request._links.statuses.href
github.event.pull_request.active_lock_reason
github.event.pull_request.assignee.avatar_url
github.event.pull_request.assignee.email
github.event.pull_request.assignee.events_url
github.event.pull_request.assignee.followers_url
github.event.pull_request.assignee.following_url
github.event.pull_request.assignee.gists_url
github.event.pull_request.assignee.gravatar_id
github.event.pull_request.assignee.html_url
github.event.pull_request.assignee.login
github.event.pull_request.assignee.name
github.event.pull_request.assignee.node_id
github.event.pull_request.assignee.organizations_url
github.event.pull_request.assignee.received_events_url
github.event.pull_request.assignee.repos_url
github.event.pull_request.assignee.starred_at
github.event.pull_request.assignee.starred_url
github.event.pull_request.assignee.subscriptions_url
github.event.pull_request.assignee.type
github.event.pull_request.assignee.url
github.event.pull_request.assignee.user_view_type
github.event.pull_request.assignees.*.avatar_url
github.event.pull_request.assignees.*.email
github.event.pull_request.assignees.*.events_url
github.event.pull_request.assignees.*.followers_url
github.event.pull_request.assignees.*.following_url
github.event.pull_request.assignees.*.gists_url
github.event.pull_request.assignees.*.gravatar_id
github.event.pull_request.assignees.*.html_url
github.event.pull_request.assignees.*.login
github.event.pull_request.assignees.*.name
github.event.pull_request.assignees.*.node_id
github.event.pull_request.assignees.*.organizations_url
github.event.pull_request.assignees.*.received_events_url
github.event.pull_request.assignees.*.repos_url
github.event.pull_request.assignees.*.starred_at
github.event.pull_request.assignees.*.starred_url
github.event.pull_request.assignees.*.subscriptions_url
github.event.pull_request.assignees.*.type
github.event.pull_request.assignees.*.url
github.event.pull_request.assignees.*.user_view_type
github.event.pull_request.auto_merge.commit_message
github.event.pull_request.auto_merge.commit_title
github.event.pull_request.auto_merge.enabled_by.avatar_url
github.event.pull_request.auto_merge.enabled_by.email
github.event.pull_request.auto_merge.enabled_by.events_url
github.event.pull_request.auto_merge.enabled_by.followers_url
github.event.pull_request.auto_merge.enabled_by.following_url
github.event.pull_request.auto_merge.enabled_by.gists_url
github.event.pull_request.auto_merge.enabled_by.gravatar_id
github.event.pull_request.auto_merge.enabled_by.html_url
github.event.pull_request.auto_merge.enabled_by.login
github.event.pull_request.auto_merge.enabled_by.name
github.event.pull_request.auto_merge.enabled_by.node_id
github.event.pull_request.auto_merge.enabled_by.organizations_url
github.event.pull_request.auto_merge.enabled_by.received_events_url
github.event.pull_request.auto_merge.enabled_by.repos_url
github.event.pull_request.auto_merge.enabled_by.starred_at
github.event.pull_request.auto_merge.enabled_by.starred_url
github.event.pull_request.auto_merge.enabled_by.subscriptions_url
github.event.pull_request.auto_merge.enabled_by.type
github.event.pull_request.auto_merge.enabled_by.url
github.event.pull_request.auto_merge.enabled_by.user_view_type
github.event.pull_request.base.label
github.event.pull_request.base.ref
github.event.pull_request.base.repo.archive_url
github.event.pull_request.base.repo.assignees_url
github.event.pull_request.base.repo.blobs_url
github.event.pull_request.base.repo.branches_url
github.event.pull_request.base.repo.clone_url
github.event.pull_request.base.repo.code_search_index_status.lexical_commit_sha
github.event.pull_request.base.repo.collaborators_url
github.event.pull_request.base.repo.comments_url
github.event.pull_request.base.repo.commits_url
github.event.pull_request.base.repo.compare_url
github.event.pull_request.base.repo.contents_url
github.event.pull_request.base.repo.contributors_url
github.event.pull_request.base.repo.default_branch
github.event.pull_request.base.repo.deployments_url
github.event.pull_request.base.repo.description
github.event.pull_request.base.repo.downloads_url
github.event.pull_request.base.repo.events_url
github.event.pull_request.base.repo.forks_url
github.event.pull_request.base.repo.full_name
github.event.pull_request.base.repo.git_commits_url
github.event.pull_request.base.repo.git_refs_url
github.event.pull_request.base.repo.git_tags_url
github.event.pull_request.base.repo.git_url
github.event.pull_request.base.repo.homepage
github.event.pull_request.base.repo.hooks_url
github.event.pull_request.base.repo.html_url
github.event.pull_request.base.repo.issue_comment_url
github.event.pull_request.base.repo.issue_events_url
github.event.pull_request.base.repo.issues_url
github.event.pull_request.base.repo.keys_url
github.event.pull_request.base.repo.labels_url
github.event.pull_request.base.repo.language
github.event.pull_request.base.repo.languages_url
github.event.pull_request.base.repo.license.html_url
github.event.pull_request.base.repo.license.key
github.event.pull_request.base.repo.license.name
github.event.pull_request.base.repo.license.node_id
github.event.pull_request.base.repo.license.spdx_id
github.event.pull_request.base.repo.license.url
github.event.pull_request.base.repo.master_branch
github.event.pull_request.base.repo.merges_url
github.event.pull_request.base.repo.milestones_url
github.event.pull_request.base.repo.mirror_url
github.event.pull_request.base.repo.name
github.event.pull_request.base.repo.node_id
github.event.pull_request.base.repo.notifications_url
github.event.pull_request.base.repo.organization
github.event.pull_request.base.repo.owner.avatar_url
github.event.pull_request.base.repo.owner.email
github.event.pull_request.base.repo.owner.events_url
github.event.pull_request.base.repo.owner.followers_url
github.event.pull_request.base.repo.owner.following_url
github.event.pull_request.base.repo.owner.gists_url
github.event.pull_request.base.repo.owner.gravatar_id
github.event.pull_request.base.repo.owner.html_url
github.event.pull_request.base.repo.owner.login
github.event.pull_request.base.repo.owner.name
github.event.pull_request.base.repo.owner.node_id
github.event.pull_request.base.repo.owner.organizations_url
github.event.pull_request.base.repo.owner.received_events_url
github.event.pull_request.base.repo.owner.repos_url
github.event.pull_request.base.repo.owner.starred_at
github.event.pull_request.base.repo.owner.starred_url
github.event.pull_request.base.repo.owner.subscriptions_url
github.event.pull_request.base.repo.owner.type
github.event.pull_request.base.repo.owner.url
github.event.pull_request.base.repo.owner.user_view_type
github.event.pull_request.base.repo.pulls_url
github.event.pull_request.base.repo.releases_url
github.event.pull_request.base.repo.role_name
github.event.pull_request.base.repo.ssh_url
github.event.pull_request.base.repo.stargazers_url
github.event.pull_request.base.repo.starred_at
github.event.pull_request.base.repo.statuses_url
github.event.pull_request.base.repo.subscribers_url
github.event.pull_request.base.repo.subscription_url
github.event.pull_request.base.repo.svn_url
github.event.pull_request.base.repo.tags_url
github.event.pull_request.base.repo.teams_url
github.event.pull_request.base.repo.temp_clone_token
github.event.pull_request.base.repo.topics.*
github.event.pull_request.base.repo.trees_url
github.event.pull_request.base.repo.url
github.event.pull_request.base.repo.visibility
github.event.pull_request.base.user.avatar_url
github.event.pull_request.base.user.email
github.event.pull_request.base.user.events_url
github.event.pull_request.base.user.followers_url
github.event.pull_request.base.user.following_url
github.event.pull_request.base.user.gists_url
github.event.pull_request.base.user.gravatar_id
github.event.pull_request.base.user.html_url
github.event.pull_request.base.user.login
github.event.pull_request.base.user.name
github.event.pull_request.base.user.node_id
github.event.pull_request.base.user.organizations_url
github.event.pull_request.base.user.received_events_url
github.event.pull_request.base.user.repos_url
github.event.pull_request.base.user.starred_at
github.event.pull_request.base.user.starred_url
github.event.pull_request.base.user.subscriptions_url
github.event.pull_request.base.user.type
github.event.pull_request.base.user.url
github.event.pull_request.base.user.user_view_type
github.event.pull_request.body
github.event.pull_request.closed_at
github.event.pull_request.comments_url
github.event.pull_request.commits_url
github.event.pull_request.created_at
github.event.pull_request.diff_url
github.event.pull_request.head.label
github.event.pull_request.head.ref
github.event.pull_request.head.repo.archive_url
github.event.pull_request.head.repo.assignees_url
github.event.pull_request.head.repo.blobs_url
github.event.pull_request.head.repo.branches_url
github.event.pull_request.head.repo.clone_url
github.event.pull_request.head.repo.code_search_index_status.lexical_commit_sha
github.event.pull_request.head.repo.collaborators_url
github.event.pull_request.head.repo.comments_url
github.event.pull_request.head.repo.commits_url
github.event.pull_request.head.repo.compare_url
github.event.pull_request.head.repo.contents_url
github.event.pull_request.head.repo.contributors_url
github.event.pull_request.head.repo.default_branch
github.event.pull_request.head.repo.deployments_url
github.event.pull_request.head.repo.description
github.event.pull_request.head.repo.downloads_url
github.event.pull_request.head.repo.events_url
github.event.pull_request.head.repo.forks_url
github.event.pull_request.head.repo.full_name
github.event.pull_request.head.repo.git_commits_url
github.event.pull_request.head.repo.git_refs_url
github.event.pull_request.head.repo.git_tags_url
github.event.pull_request.head.repo.git_url
github.event.pull_request.head.repo.homepage
github.event.pull_request.head.repo.hooks_url
github.event.pull_request.head.repo.html_url
github.event.pull_request.head.repo.issue_comment_url
github.event.pull_request.head.repo.issue_events_url
github.event.pull_request.head.repo.issues_url
github.event.pull_request.head.repo.keys_url
github.event.pull_request.head.repo.labels_url
github.event.pull_request.head.repo.language
github.event.pull_request.head.repo.languages_url
github.event.pull_request.head.repo.license.html_url
github.event.pull_request.head.repo.license.key
github.event.pull_request.head.repo.license.name
github.event.pull_request.head.repo.license.node_id
github.event.pull_request.head.repo.license.spdx_id
github.event.pull_request.head.repo.license.url
github.event.pull_request.head.repo.master_branch
github.event.pull_request.head.repo.merges_url
github.event.pull_request.head.repo.milestones_url
github.event.pull_request.head.repo.mirror_url
github.event.pull_request.head.repo.name
github.event.pull_request.head.repo.node_id
github.event.pull_request.head.repo.notifications_url
github.event.pull_request.head.repo.organization
github.event.pull_request.head.repo.owner.avatar_url
github.event.pull_request.head.repo.owner.email
github.event.pull_request.head.repo.owner.events_url
github.event.pull_request.head.repo.owner.followers_url
github.event.pull_request.head.repo.owner.following_url
github.event.pull_request.head.repo.owner.gists_url
github.event.pull_request.head.repo.owner.gravatar_id
github.event.pull_request.head.repo.owner.html_url
github.event.pull_request.head.repo.owner.login
github.event.pull_request.head.repo.owner.name
github.event.pull_request.head.repo.owner.node_id
github.event.pull_request.head.repo.owner.organizations_url
github.event.pull_request.head.repo.owner.received_events_url
github.event.pull_request.head.repo.owner.repos_url
github.event.pull_request.head.repo.owner.starred_at
github.event.pull_request.head.repo.owner.starred_url
github.event.pull_request.head.repo.owner.subscriptions_url
github.event.pull_request.head.repo.owner.type
github.event.pull_request.head.repo.owner.url
github.event.pull_request.head.repo.owner.user_view_type
github.event.pull_request.head.repo.pulls_url
github.event.pull_request.head.repo.releases_url
github.event.pull_request.head.repo.role_name
github.event.pull_request.head.repo.ssh_url
github.event.pull_request.head.repo.stargazers_url
github.event.pull_request.head.repo.starred_at
github.event.pull_request.head.repo.statuses_url
github.event.pull_request.head.repo.subscribers_url
github.event.pull_request.head.repo.subscription_url
github.event.pull_request.head.repo.svn_url
github.event.pull_request.head.repo.tags_url
github.event.pull_request.head.repo.teams_url
github.event.pull_request.head.repo.temp_clone_token
github.event.pull_request.head.repo.topics.*
github.event.pull_request.head.repo.trees_url
github.event.pull_request.head.repo.url
github.event.pull_request.head.repo.visibility
github.event.pull_request.head.user.avatar_url
github.event.pull_request.head.user.email
github.event.pull_request.head.user.events_url
github.event.pull_request.head.user.followers_url
github.event.pull_request.head.user.following_url
github.event.pull_request.head.user.gists_url
github.event.pull_request.head.user.gravatar_id
github.event.pull_request.head.user.html_url
github.event.pull_request.head.user.login
github.event.pull_request.head.user.name
github.event.pull_request.head.user.node_id
github.event.pull_request.head.user.organizations_url
github.event.pull_request.head.user.received_events_url
github.event.pull_request.head.user.repos_url
github.event.pull_request.head.user.starred_at
github.event.pull_request.head.user.starred_url
github.event.pull_request.head.user.subscriptions_url
github.event.pull_request.head.user.type
github.event.pull_request.head.user.url
github.event.pull_request.head.user.user_view_type
github.event.pull_request.html_url
github.event.pull_request.issue_url
github.event.pull_request.labels.*.color
github.event.pull_request.labels.*.description
github.event.pull_request.labels.*.name
github.event.pull_request.labels.*.node_id
github.event.pull_request.labels.*.url
github.event.pull_request.merge_commit_sha
github.event.pull_request.mergeable_state
github.event.pull_request.merged_at
github.event.pull_request.merged_by.avatar_url
github.event.pull_request.merged_by.email
github.event.pull_request.merged_by.events_url
github.event.pull_request.merged_by.followers_url
github.event.pull_request.merged_by.following_url
github.event.pull_request.merged_by.gists_url
github.event.pull_request.merged_by.gravatar_id
github.event.pull_request.merged_by.html_url
github.event.pull_request.merged_by.login
github.event.pull_request.merged_by.name
github.event.pull_request.merged_by.node_id
github.event.pull_request.merged_by.organizations_url
github.event.pull_request.merged_by.received_events_url
github.event.pull_request.merged_by.repos_url
github.event.pull_request.merged_by.starred_at
github.event.pull_request.merged_by.starred_url
github.event.pull_request.merged_by.subscriptions_url
github.event.pull_request.merged_by.type
github.event.pull_request.merged_by.url
github.event.pull_request.merged_by.user_view_type
github.event.pull_request.milestone.creator.avatar_url
github.event.pull_request.milestone.creator.email
github.event.pull_request.milestone.creator.events_url
github.event.pull_request.milestone.creator.followers_url
github.event.pull_request.milestone.creator.following_url
github.event.pull_request.milestone.creator.gists_url
github.event.pull_request.milestone.creator.gravatar_id
github.event.pull_request.milestone.creator.html_url
github.event.pull_request.milestone.creator.login
github.event.pull_request.milestone.creator.name
github.event.pull_request.milestone.creator.node_id
github.event.pull_request.milestone.creator.organizations_url
github.event.pull_request.milestone.creator.received_events_url
github.event.pull_request.milestone.creator.repos_url
github.event.pull_request.milestone.creator.starred_at
github.event.pull_request.milestone.creator.starred_url
github.event.pull_request.milestone.creator.subscriptions_url
github.event.pull_request.milestone.creator.type
github.event.pull_request.milestone.creator.url
github.event.pull_request.milestone.creator.user_view_type
github.event.pull_request.milestone.description
github.event.pull_request.milestone.html_url
github.event.pull_request.milestone.labels_url
github.event.pull_request.milestone.node_id
github.event.pull_request.milestone.title
github.event.pull_request.milestone.url
github.event.pull_request.node_id
github.event.pull_request.patch_url
github.event.pull_request.requested_reviewers.*.avatar_url
github.event.pull_request.requested_reviewers.*.description
github.event.pull_request.requested_reviewers.*.email
github.event.pull_request.requested_reviewers.*.events_url
github.event.pull_request.requested_reviewers.*.followers_url
github.event.pull_request.requested_reviewers.*.following_url
github.event.pull_request.requested_reviewers.*.gists_url
github.event.pull_request.requested_reviewers.*.gravatar_id
github.event.pull_request.requested_reviewers.*.html_url
github.event.pull_request.requested_reviewers.*.login
github.event.pull_request.requested_reviewers.*.name
github.event.pull_request.requested_reviewers.*.node_id
github.event.pull_request.requested_reviewers.*.organizations_url
github.event.pull_request.requested_reviewers.*.parent.description
github.event.pull_request.requested_reviewers.*.parent.html_url
github.event.pull_request.requested_reviewers.*.parent.name
github.event.pull_request.requested_reviewers.*.parent.node_id
github.event.pull_request.requested_reviewers.*.parent.permission
github.event.pull_request.requested_reviewers.*.parent.repositories_url
github.event.pull_request.requested_reviewers.*.parent.slug
github.event.pull_request.requested_reviewers.*.parent.url
github.event.pull_request.requested_reviewers.*.permission
github.event.pull_request.requested_reviewers.*.received_events_url
github.event.pull_request.requested_reviewers.*.repos_url
github.event.pull_request.requested_reviewers.*.repositories_url
github.event.pull_request.requested_reviewers.*.slug
github.event.pull_request.requested_reviewers.*.starred_at
github.event.pull_request.requested_reviewers.*.starred_url
github.event.pull_request.requested_reviewers.*.subscriptions_url
github.event.pull_request.requested_reviewers.*.type
github.event.pull_request.requested_reviewers.*.url
github.event.pull_request.requested_reviewers.*.user_view_type
github.event.pull_request.requested_teams.*.description
github.event.pull_request.requested_teams.*.html_url
github.event.pull_request.requested_teams.*.ldap_dn
github.event.pull_request.requested_teams.*.members_url
github.event.pull_request.requested_teams.*.name
github.event.pull_request.requested_teams.*.node_id
github.event.pull_request.requested_teams.*.notification_setting
github.event.pull_request.requested_teams.*.parent.description
github.event.pull_request.requested_teams.*.parent.html_url
github.event.pull_request.requested_teams.*.parent.name
github.event.pull_request.requested_teams.*.parent.node_id
github.event.pull_request.requested_teams.*.parent.permission
github.event.pull_request.requested_teams.*.parent.repositories_url
github.event.pull_request.requested_teams.*.parent.slug
github.event.pull_request.requested_teams.*.parent.url
github.event.pull_request.requested_teams.*.permission
github.event.pull_request.requested_teams.*.privacy
github.event.pull_request.requested_teams.*.repositories_url
github.event.pull_request.requested_teams.*.slug
github.event.pull_request.requested_teams.*.url
github.event.pull_request.review_comment_url
github.event.pull_request.review_comments_url
github.event.pull_request.statuses_url
github.event.pull_request.title
github.event.pull_request.updated_at
github.event.pull_request.url
github.event.pull_request.user.avatar_url
github.event.pull_request.user.email
github.event.pull_request.user.events_url
github.event.pull_request.user.followers_url
github.event.pull_request.user.following_url
github.event.pull_request.user.gists_url
github.event.pull_request.user.gravatar_id
github.event.pull_request.user.html_url
github.event.pull_request.user.login
github.event.pull_request.user.name
github.event.pull_request.user.node_id
github.event.pull_request.user.organizations_url
github.event.pull_request.user.received_events_url
github.event.pull_request.user.repos_url
github.event.pull_request.user.starred_at
github.event.pull_request.user.starred_url
github.event.pull_request.user.subscriptions_url
github.event.pull_request.user.type
github.event.pull_request.user.url
github.event.pull_request.user.user_view_type
github.event.pusher.name
github.event.pusher.username
github.event.pusher_type
github.event.reason
github.event.ref
github.event.registry_package.created_at
github.event.registry_package.description
github.event.registry_package.ecosystem
github.event.registry_package.html_url
github.event.registry_package.name
github.event.registry_package.namespace
github.event.registry_package.owner.avatar_url
github.event.registry_package.owner.events_url
github.event.registry_package.owner.followers_url
github.event.registry_package.owner.following_url
github.event.registry_package.owner.gists_url
github.event.registry_package.owner.gravatar_id
github.event.registry_package.owner.html_url
github.event.registry_package.owner.login
github.event.registry_package.owner.node_id
github.event.registry_package.owner.organizations_url
github.event.registry_package.owner.received_events_url
github.event.registry_package.owner.repos_url
github.event.registry_package.owner.starred_url
github.event.registry_package.owner.subscriptions_url
github.event.registry_package.owner.type
github.event.registry_package.owner.url
github.event.registry_package.owner.user_view_type
github.event.registry_package.package_type
github.event.registry_package.package_version.author.avatar_url
github.event.registry_package.package_version.author.events_url
github.event.registry_package.package_version.author.followers_url
github.event.registry_package.package_version.author.following_url
github.event.registry_package.package_version.author.gists_url
github.event.registry_package.package_version.author.gravatar_id
github.event.registry_package.package_version.author.html_url
github.event.registry_package.package_version.author.login
github.event.registry_package.package_version.author.node_id
github.event.registry_package.package_version.author.organizations_url
github.event.registry_package.package_version.author.received_events_url
github.event.registry_package.package_version.author.repos_url
github.event.registry_package.package_version.author.starred_url
github.event.registry_package.package_version.author.subscriptions_url
github.event.registry_package.package_version.author.type
github.event.registry_package.package_version.author.url
github.event.registry_package.package_version.author.user_view_type
github.event.registry_package.package_version.body
github.event.registry_package.package_version.body_html
github.event.registry_package.package_version.container_metadata.labels
github.event.registry_package.package_version.container_metadata.manifest
github.event.registry_package.package_version.container_metadata.tag.digest
github.event.registry_package.package_version.container_metadata.tag.name
github.event.registry_package.package_version.created_at
github.event.registry_package.package_version.description
github.event.registry_package.package_version.docker_metadata.*.tags.*
github.event.registry_package.package_version.html_url
github.event.registry_package.package_version.installation_command
github.event.registry_package.package_version.manifest
github.event.registry_package.package_version.metadata.*
github.event.registry_package.package_version.metadata.*.*
github.event.registry_package.package_version.name
github.event.registry_package.package_version.npm_metadata.author
github.event.registry_package.package_version.npm_metadata.bin
github.event.registry_package.package_version.npm_metadata.bugs
github.event.registry_package.package_version.npm_metadata.commit_oid
github.event.registry_package.package_version.npm_metadata.contributors.*
github.event.registry_package.package_version.npm_metadata.cpu.*
github.event.registry_package.package_version.npm_metadata.dependencies
github.event.registry_package.package_version.npm_metadata.description
github.event.registry_package.package_version.npm_metadata.dev_dependencies
github.event.registry_package.package_version.npm_metadata.directories
github.event.registry_package.package_version.npm_metadata.dist
github.event.registry_package.package_version.npm_metadata.engines
github.event.registry_package.package_version.npm_metadata.files.*
github.event.registry_package.package_version.npm_metadata.git_head
github.event.registry_package.package_version.npm_metadata.homepage
github.event.registry_package.package_version.npm_metadata.id
github.event.registry_package.package_version.npm_metadata.installation_command
github.event.registry_package.package_version.npm_metadata.keywords.*
github.event.registry_package.package_version.npm_metadata.license
github.event.registry_package.package_version.npm_metadata.main
github.event.registry_package.package_version.npm_metadata.maintainers.*
github.event.registry_package.package_version.npm_metadata.man
github.event.registry_package.package_version.npm_metadata.name
github.event.registry_package.package_version.npm_metadata.node_version
github.event.registry_package.package_version.npm_metadata.npm_user
github.event.registry_package.package_version.npm_metadata.npm_version
github.event.registry_package.package_version.npm_metadata.optional_dependencies
github.event.registry_package.package_version.npm_metadata.os.*
github.event.registry_package.package_version.npm_metadata.peer_dependencies
github.event.registry_package.package_version.npm_metadata.readme
github.event.registry_package.package_version.npm_metadata.repository
github.event.registry_package.package_version.npm_metadata.scripts
github.event.registry_package.package_version.npm_metadata.version
github.event.registry_package.package_version.nuget_metadata.*.id
github.event.registry_package.package_version.nuget_metadata.*.name
github.event.registry_package.package_version.nuget_metadata.*.value
github.event.registry_package.package_version.nuget_metadata.*.value.branch
github.event.registry_package.package_version.nuget_metadata.*.value.commit
github.event.registry_package.package_version.nuget_metadata.*.value.type
github.event.registry_package.package_version.nuget_metadata.*.value.url
github.event.registry_package.package_version.package_files.*.content_type
github.event.registry_package.package_version.package_files.*.created_at
github.event.registry_package.package_version.package_files.*.download_url
github.event.registry_package.package_version.package_files.*.md5
github.event.registry_package.package_version.package_files.*.name
github.event.registry_package.package_version.package_files.*.sha1
github.event.registry_package.package_version.package_files.*.sha256
github.event.registry_package.package_version.package_files.*.state
github.event.registry_package.package_version.package_files.*.updated_at
github.event.registry_package.package_version.package_url
github.event.registry_package.package_version.release.author.avatar_url
github.event.registry_package.package_version.release.author.events_url
github.event.registry_package.package_version.release.author.followers_url
github.event.registry_package.package_version.release.author.following_url
github.event.registry_package.package_version.release.author.gists_url
github.event.registry_package.package_version.release.author.gravatar_id
github.event.registry_package.package_version.release.author.html_url
github.event.registry_package.package_version.release.author.login
github.event.registry_package.package_version.release.author.node_id
github.event.registry_package.package_version.release.author.organizations_url
github.event.registry_package.package_version.release.author.received_events_url
github.event.registry_package.package_version.release.author.repos_url
github.event.registry_package.package_version.release.author.starred_url
github.event.registry_package.package_version.release.author.subscriptions_url
github.event.registry_package.package_version.release.author.type
github.event.registry_package.package_version.release.author.url
github.event.registry_package.package_version.release.author.user_view_type
github.event.registry_package.package_version.release.created_at
github.event.registry_package.package_version.release.html_url
github.event.registry_package.package_version.release.name
github.event.registry_package.package_version.release.published_at
github.event.registry_package.package_version.release.tag_name
github.event.registry_package.package_version.release.target_commitish
github.event.registry_package.package_version.release.url
github.event.registry_package.package_version.rubygems_metadata.*.commit_oid
github.event.registry_package.package_version.rubygems_metadata.*.dependencies.*
github.event.registry_package.package_version.rubygems_metadata.*.dependencies.*.*
github.event.registry_package.package_version.rubygems_metadata.*.description
github.event.registry_package.package_version.rubygems_metadata.*.homepage
github.event.registry_package.package_version.rubygems_metadata.*.metadata
github.event.registry_package.package_version.rubygems_metadata.*.metadata.*
github.event.registry_package.package_version.rubygems_metadata.*.name
github.event.registry_package.package_version.rubygems_metadata.*.platform
github.event.registry_package.package_version.rubygems_metadata.*.readme
github.event.registry_package.package_version.rubygems_metadata.*.repo
github.event.registry_package.package_version.rubygems_metadata.*.version_info.version
github.event.registry_package.package_version.summary
github.event.registry_package.package_version.tag_name
github.event.registry_package.package_version.target_commitish
github.event.registry_package.package_version.target_oid
github.event.registry_package.package_version.updated_at
github.event.registry_package.package_version.version
github.event.registry_package.registry
github.event.registry_package.registry.about_url
github.event.registry_package.registry.name
github.event.registry_package.registry.type
github.event.registry_package.registry.url
github.event.registry_package.registry.vendor
github.event.registry_package.updated_at
github.event.release.assets.*.browser_download_url
github.event.release.assets.*.content_type
github.event.release.assets.*.digest
github.event.release.assets.*.label
github.event.release.assets.*.name
github.event.release.assets.*.node_id
github.event.release.assets.*.uploader.avatar_url
github.event.release.assets.*.uploader.email
github.event.release.assets.*.uploader.followers_url
github.event.release.assets.*.uploader.gravatar_id
github.event.release.assets.*.uploader.html_url
github.event.release.assets.*.uploader.login
github.event.release.assets.*.uploader.name
github.event.release.assets.*.uploader.node_id
github.event.release.assets.*.uploader.organizations_url
github.event.release.assets.*.uploader.received_events_url
github.event.release.assets.*.uploader.repos_url
github.event.release.assets.*.uploader.subscriptions_url
github.event.release.assets.*.uploader.url
github.event.release.assets.*.url
github.event.release.assets_url
github.event.release.author.avatar_url
github.event.release.author.email
github.event.release.author.followers_url
github.event.release.author.gravatar_id
github.event.release.author.html_url
github.event.release.author.login
github.event.release.author.name
github.event.release.author.node_id
github.event.release.author.organizations_url
github.event.release.author.received_events_url
github.event.release.author.repos_url
github.event.release.author.subscriptions_url
github.event.release.author.url
github.event.release.author.user_view_type
github.event.release.body
github.event.release.discussion_url
github.event.release.html_url
github.event.release.name
github.event.release.node_id
github.event.release.reactions.url
github.event.release.tag_name
github.event.release.tarball_url
github.event.release.target_commitish
github.event.release.url
github.event.release.zipball_url
github.event.repository.archive_url
github.event.repository.assignees_url
github.event.repository.blobs_url
github.event.repository.branches_url
github.event.repository.clone_url
github.event.repository.collaborators_url
github.event.repository.comments_url
github.event.repository.commits_url
github.event.repository.compare_url
github.event.repository.contents_url
github.event.repository.contributors_url
github.event.repository.custom_properties
github.event.repository.custom_properties.*
github.event.repository.default_branch
github.event.repository.deployments_url
github.event.repository.description
github.event.repository.downloads_url
github.event.repository.events_url
github.event.repository.forks_url
github.event.repository.full_name
github.event.repository.git_commits_url
github.event.repository.git_refs_url
github.event.repository.git_tags_url
github.event.repository.git_url
github.event.repository.homepage
github.event.repository.hooks_url
github.event.repository.html_url
github.event.repository.issue_comment_url
github.event.repository.issue_events_url
github.event.repository.issues_url
github.event.repository.keys_url
github.event.repository.labels_url
github.event.repository.language
github.event.repository.languages_url
github.event.repository.license.html_url
github.event.repository.license.key
github.event.repository.license.name
github.event.repository.license.node_id
github.event.repository.license.spdx_id
github.event.repository.license.url
github.event.repository.master_branch
github.event.repository.merges_url
github.event.repository.milestones_url
github.event.repository.mirror_url
github.event.repository.name
github.event.repository.node_id
github.event.repository.notifications_url
github.event.repository.organization
github.event.repository.organization.avatar_url
github.event.repository.organization.email
github.event.repository.organization.events_url
github.event.repository.organization.followers_url
github.event.repository.organization.following_url
github.event.repository.organization.gists_url
github.event.repository.organization.gravatar_id
github.event.repository.organization.html_url
github.event.repository.organization.login
github.event.repository.organization.name
github.event.repository.organization.node_id
github.event.repository.organization.organizations_url
github.event.repository.organization.received_events_url
github.event.repository.organization.repos_url
github.event.repository.organization.starred_at
github.event.repository.organization.starred_url
github.event.repository.organization.subscriptions_url
github.event.repository.organization.type
github.event.repository.organization.url
github.event.repository.organization.user_view_type
github.event.repository.owner.avatar_url
github.event.repository.owner.email
github.event.repository.owner.events_url
github.event.repository.owner.followers_url
github.event.repository.owner.following_url
github.event.repository.owner.gists_url
github.event.repository.owner.gravatar_id
github.event.repository.owner.html_url
github.event.repository.owner.login
github.event.repository.owner.name
github.event.repository.owner.node_id
github.event.repository.owner.organizations_url
github.event.repository.owner.received_events_url
github.event.repository.owner.repos_url
github.event.repository.owner.starred_at
github.event.repository.owner.starred_url
github.event.repository.owner.subscriptions_url
github.event.repository.owner.type
github.event.repository.owner.url
github.event.repository.owner.user_view_type
github.event.repository.pulls_url
github.event.repository.releases_url
github.event.repository.role_name
github.event.repository.ssh_url
github.event.repository.stargazers_url
github.event.repository.starred_at
github.event.repository.statuses_url
github.event.repository.subscribers_url
github.event.repository.subscription_url
github.event.repository.svn_url
github.event.repository.tags_url
github.event.repository.teams_url
github.event.repository.temp_clone_token
github.event.repository.template_repository.archive_url
github.event.repository.template_repository.assignees_url
github.event.repository.template_repository.blobs_url
github.event.repository.template_repository.branches_url
github.event.repository.template_repository.clone_url
github.event.repository.template_repository.collaborators_url
github.event.repository.template_repository.comments_url
github.event.repository.template_repository.commits_url
github.event.repository.template_repository.compare_url
github.event.repository.template_repository.contents_url
github.event.repository.template_repository.contributors_url
github.event.repository.template_repository.created_at
github.event.repository.template_repository.default_branch
github.event.repository.template_repository.deployments_url
github.event.repository.template_repository.description
github.event.repository.template_repository.downloads_url
github.event.repository.template_repository.events_url
github.event.repository.template_repository.forks_url
github.event.repository.template_repository.full_name
github.event.repository.template_repository.git_commits_url
github.event.repository.template_repository.git_refs_url
github.event.repository.template_repository.git_tags_url
github.event.repository.template_repository.git_url
github.event.repository.template_repository.homepage
github.event.repository.template_repository.hooks_url
github.event.repository.template_repository.html_url
github.event.repository.template_repository.issue_comment_url
github.event.repository.template_repository.issue_events_url
github.event.repository.template_repository.issues_url
github.event.repository.template_repository.keys_url
github.event.repository.template_repository.labels_url
github.event.repository.template_repository.language
github.event.repository.template_repository.languages_url
github.event.repository.template_repository.merges_url
github.event.repository.template_repository.milestones_url
github.event.repository.template_repository.mirror_url
github.event.repository.template_repository.name
github.event.repository.template_repository.node_id
github.event.repository.template_repository.notifications_url
github.event.repository.template_repository.owner.avatar_url
github.event.repository.template_repository.owner.events_url
github.event.repository.template_repository.owner.followers_url
github.event.repository.template_repository.owner.following_url
github.event.repository.template_repository.owner.gists_url
github.event.repository.template_repository.owner.gravatar_id
github.event.repository.template_repository.owner.html_url
github.event.repository.template_repository.owner.login
github.event.repository.template_repository.owner.node_id
github.event.repository.template_repository.owner.organizations_url
github.event.repository.template_repository.owner.received_events_url
github.event.repository.template_repository.owner.repos_url
github.event.repository.template_repository.owner.starred_url
github.event.repository.template_repository.owner.subscriptions_url
github.event.repository.template_repository.owner.type
github.event.repository.template_repository.owner.url
github.event.repository.template_repository.pulls_url
github.event.repository.template_repository.pushed_at
github.event.repository.template_repository.releases_url
github.event.repository.template_repository.ssh_url
github.event.repository.template_repository.stargazers_url
github.event.repository.template_repository.statuses_url
github.event.repository.template_repository.subscribers_url
github.event.repository.template_repository.subscription_url
github.event.repository.template_repository.svn_url
github.event.repository.template_repository.tags_url
github.event.repository.template_repository.teams_url
github.event.repository.template_repository.temp_clone_token
github.event.repository.template_repository.topics.*
github.event.repository.template_repository.trees_url
github.event.repository.template_repository.updated_at
github.event.repository.template_repository.url
github.event.repository.template_repository.visibility
github.event.repository.topics.*
github.event.repository.trees_url
github.event.repository.url
github.event.repository.visibility
github.event.requested_action.identifier
github.event.requested_reviewer.avatar_url
github.event.requested_reviewer.email
github.event.requested_reviewer.followers_url
github.event.requested_reviewer.gravatar_id
github.event.requested_reviewer.html_url
github.event.requested_reviewer.login
github.event.requested_reviewer.name
github.event.requested_reviewer.node_id
github.event.requested_reviewer.organizations_url
github.event.requested_reviewer.received_events_url
github.event.requested_reviewer.repos_url
github.event.requested_reviewer.subscriptions_url
github.event.requested_reviewer.url
github.event.requested_reviewer.user_view_type
github.event.requested_team.description
github.event.requested_team.html_url
github.event.requested_team.name
github.event.requested_team.node_id
github.event.requested_team.parent.description
github.event.requested_team.parent.html_url
github.event.requested_team.parent.name
github.event.requested_team.parent.node_id
github.event.requested_team.parent.permission
github.event.requested_team.parent.repositories_url
github.event.requested_team.parent.slug
github.event.requested_team.parent.url
github.event.requested_team.permission
github.event.requested_team.repositories_url
github.event.requested_team.slug
github.event.requested_team.url
github.event.review.body
github.event.review.commit_id
github.event.review.html_url
github.event.review.node_id
github.event.review.pull_request_url
github.event.review.state
github.event.review.user.avatar_url
github.event.review.user.email
github.event.review.user.followers_url
github.event.review.user.gravatar_id
github.event.review.user.html_url
github.event.review.user.login
github.event.review.user.name
github.event.review.user.node_id
github.event.review.user.organizations_url
github.event.review.user.received_events_url
github.event.review.user.repos_url
github.event.review.user.subscriptions_url
github.event.review.user.url
github.event.review.user.user_view_type
github.event.rule.authorized_actor_names.*
github.event.rule.name
github.event.rule.required_status_checks.*
github.event.sender.avatar_url
github.event.sender.email
github.event.sender.events_url
github.event.sender.followers_url
github.event.sender.following_url
github.event.sender.gists_url
github.event.sender.gravatar_id
github.event.sender.html_url
github.event.sender.login
github.event.sender.name
github.event.sender.node_id
github.event.sender.organizations_url
github.event.sender.received_events_url
github.event.sender.repos_url
github.event.sender.starred_at
github.event.sender.starred_url
github.event.sender.subscriptions_url
github.event.sender.type
github.event.sender.url
github.event.sender.user_view_type
github.event.sha
github.event.target_url
github.event.type.description
github.event.type.name
github.event.type.node_id
github.event.updated_at
github.event.workflow
github.event.workflow.badge_url
github.event.workflow.html_url
github.event.workflow.name
github.event.workflow.node_id
github.event.workflow.path
github.event.workflow.state
github.event.workflow.url
github.event.workflow_run.actor.avatar_url
github.event.workflow_run.actor.email
github.event.workflow_run.actor.followers_url
github.event.workflow_run.actor.gravatar_id
github.event.workflow_run.actor.html_url
github.event.workflow_run.actor.login
github.event.workflow_run.actor.name
github.event.workflow_run.actor.node_id
github.event.workflow_run.actor.organizations_url
github.event.workflow_run.actor.received_events_url
github.event.workflow_run.actor.repos_url
github.event.workflow_run.actor.subscriptions_url
github.event.workflow_run.actor.url
github.event.workflow_run.actor.user_view_type
github.event.workflow_run.artifacts_url
github.event.workflow_run.cancel_url
github.event.workflow_run.check_suite_node_id
github.event.workflow_run.check_suite_url
github.event.workflow_run.display_title
github.event.workflow_run.event
github.event.workflow_run.head_branch
github.event.workflow_run.head_commit.author.name
github.event.workflow_run.head_commit.author.username
github.event.workflow_run.head_commit.committer.name
github.event.workflow_run.head_commit.committer.username
github.event.workflow_run.head_commit.id
github.event.workflow_run.head_commit.message
github.event.workflow_run.head_commit.timestamp
github.event.workflow_run.head_commit.tree_id
github.event.workflow_run.head_repository.archive_url
github.event.workflow_run.head_repository.assignees_url
github.event.workflow_run.head_repository.blobs_url
github.event.workflow_run.head_repository.branches_url
github.event.workflow_run.head_repository.collaborators_url
github.event.workflow_run.head_repository.comments_url
github.event.workflow_run.head_repository.commits_url
github.event.workflow_run.head_repository.compare_url
github.event.workflow_run.head_repository.contents_url
github.event.workflow_run.head_repository.contributors_url
github.event.workflow_run.head_repository.deployments_url
github.event.workflow_run.head_repository.description
github.event.workflow_run.head_repository.downloads_url
github.event.workflow_run.head_repository.events_url
github.event.workflow_run.head_repository.forks_url
github.event.workflow_run.head_repository.full_name
github.event.workflow_run.head_repository.git_commits_url
github.event.workflow_run.head_repository.git_refs_url
github.event.workflow_run.head_repository.git_tags_url
github.event.workflow_run.head_repository.hooks_url
github.event.workflow_run.head_repository.html_url
github.event.workflow_run.head_repository.issue_comment_url
github.event.workflow_run.head_repository.issue_events_url
github.event.workflow_run.head_repository.issues_url
github.event.workflow_run.head_repository.keys_url
github.event.workflow_run.head_repository.labels_url
github.event.workflow_run.head_repository.languages_url
github.event.workflow_run.head_repository.merges_url
github.event.workflow_run.head_repository.milestones_url
github.event.workflow_run.head_repository.name
github.event.workflow_run.head_repository.node_id
github.event.workflow_run.head_repository.notifications_url
github.event.workflow_run.head_repository.owner.avatar_url
github.event.workflow_run.head_repository.owner.email
github.event.workflow_run.head_repository.owner.events_url
github.event.workflow_run.head_repository.owner.followers_url
github.event.workflow_run.head_repository.owner.following_url
github.event.workflow_run.head_repository.owner.gists_url
github.event.workflow_run.head_repository.owner.gravatar_id
github.event.workflow_run.head_repository.owner.html_url
github.event.workflow_run.head_repository.owner.login
github.event.workflow_run.head_repository.owner.name
github.event.workflow_run.head_repository.owner.node_id
github.event.workflow_run.head_repository.owner.organizations_url
github.event.workflow_run.head_repository.owner.received_events_url
github.event.workflow_run.head_repository.owner.repos_url
github.event.workflow_run.head_repository.owner.starred_url
github.event.workflow_run.head_repository.owner.subscriptions_url
github.event.workflow_run.head_repository.owner.type
github.event.workflow_run.head_repository.owner.url
github.event.workflow_run.head_repository.owner.user_view_type
github.event.workflow_run.head_repository.pulls_url
github.event.workflow_run.head_repository.releases_url
github.event.workflow_run.head_repository.stargazers_url
github.event.workflow_run.head_repository.statuses_url
github.event.workflow_run.head_repository.subscribers_url
github.event.workflow_run.head_repository.subscription_url
github.event.workflow_run.head_repository.tags_url
github.event.workflow_run.head_repository.teams_url
github.event.workflow_run.head_repository.trees_url
github.event.workflow_run.head_repository.url
github.event.workflow_run.head_sha
github.event.workflow_run.html_url
github.event.workflow_run.jobs_url
github.event.workflow_run.logs_url
github.event.workflow_run.name
github.event.workflow_run.node_id
github.event.workflow_run.path
github.event.workflow_run.previous_attempt_url
github.event.workflow_run.pull_requests.*.base.ref
github.event.workflow_run.pull_requests.*.base.repo.name
github.event.workflow_run.pull_requests.*.base.repo.url
github.event.workflow_run.pull_requests.*.base.sha
github.event.workflow_run.pull_requests.*.head.ref
github.event.workflow_run.pull_requests.*.head.repo.name
github.event.workflow_run.pull_requests.*.head.repo.url
github.event.workflow_run.pull_requests.*.head.sha
github.event.workflow_run.pull_requests.*.url
github.event.workflow_run.referenced_workflows.*.path
github.event.workflow_run.referenced_workflows.*.ref
github.event.workflow_run.referenced_workflows.*.sha
github.event.workflow_run.repository.archive_url
github.event.workflow_run.repository.assignees_url
github.event.workflow_run.repository.blobs_url
github.event.workflow_run.repository.branches_url
github.event.workflow_run.repository.collaborators_url
github.event.workflow_run.repository.comments_url
github.event.workflow_run.repository.commits_url
github.event.workflow_run.repository.compare_url
github.event.workflow_run.repository.contents_url
github.event.workflow_run.repository.contributors_url
github.event.workflow_run.repository.deployments_url
github.event.workflow_run.repository.description
github.event.workflow_run.repository.downloads_url
github.event.workflow_run.repository.events_url
github.event.workflow_run.repository.forks_url
github.event.workflow_run.repository.full_name
github.event.workflow_run.repository.git_commits_url
github.event.workflow_run.repository.git_refs_url
github.event.workflow_run.repository.git_tags_url
github.event.workflow_run.repository.hooks_url
github.event.workflow_run.repository.html_url
github.event.workflow_run.repository.issue_comment_url
github.event.workflow_run.repository.issue_events_url
github.event.workflow_run.repository.issues_url
github.event.workflow_run.repository.keys_url
github.event.workflow_run.repository.labels_url
github.event.workflow_run.repository.languages_url
github.event.workflow_run.repository.merges_url
github.event.workflow_run.repository.milestones_url
github.event.workflow_run.repository.name
github.event.workflow_run.repository.node_id
github.event.workflow_run.repository.notifications_url
github.event.workflow_run.repository.owner.avatar_url
github.event.workflow_run.repository.owner.email
github.event.workflow_run.repository.owner.events_url
github.event.workflow_run.repository.owner.followers_url
github.event.workflow_run.repository.owner.following_url
github.event.workflow_run.repository.owner.gists_url
github.event.workflow_run.repository.owner.gravatar_id
github.event.workflow_run.repository.owner.html_url
github.event.workflow_run.repository.owner.login
github.event.workflow_run.repository.owner.name
github.event.workflow_run.repository.owner.node_id
github.event.workflow_run.repository.owner.organizations_url
github.event.workflow_run.repository.owner.received_events_url
github.event.workflow_run.repository.owner.repos_url
github.event.workflow_run.repository.owner.starred_url
github.event.workflow_run.repository.owner.subscriptions_url
github.event.workflow_run.repository.owner.type
github.event.workflow_run.repository.owner.url
github.event.workflow_run.repository.owner.user_view_type
github.event.workflow_run.repository.pulls_url
github.event.workflow_run.repository.releases_url
github.event.workflow_run.repository.stargazers_url
github.event.workflow_run.repository.statuses_url
github.event.workflow_run.repository.subscribers_url
github.event.workflow_run.repository.subscription_url
github.event.workflow_run.repository.tags_url
github.event.workflow_run.repository.teams_url
github.event.workflow_run.repository.trees_url
github.event.workflow_run.repository.url
github.event.workflow_run.rerun_url
github.event.workflow_run.triggering_actor.avatar_url
github.event.workflow_run.triggering_actor.email
github.event.workflow_run.triggering_actor.followers_url
github.event.workflow_run.triggering_actor.gravatar_id
github.event.workflow_run.triggering_actor.html_url
github.event.workflow_run.triggering_actor.login
github.event.workflow_run.triggering_actor.name
github.event.workflow_run.triggering_actor.node_id
github.event.workflow_run.triggering_actor.organizations_url
github.event.workflow_run.triggering_actor.received_events_url
github.event.workflow_run.triggering_actor.repos_url
github.event.workflow_run.triggering_actor.subscriptions_url
github.event.workflow_run.triggering_actor.url
github.event.workflow_run.triggering_actor.user_view_type
github.event.workflow_run.url
github.event.workflow_run.workflow_url
`;
const STRUCTURED = `
github.event.answer.user.events_url
github.event.answer.user.following_url
github.event.answer.user.gists_url
github.event.answer.user.starred_url
github.event.assignee.events_url
github.event.assignee.following_url
github.event.assignee.gists_url
github.event.assignee.starred_url
github.event.build.pusher.events_url
github.event.build.pusher.following_url
github.event.build.pusher.gists_url
github.event.build.pusher.starred_url
github.event.changes.new_discussion.answer_chosen_by.events_url
github.event.changes.new_discussion.answer_chosen_by.following_url
github.event.changes.new_discussion.answer_chosen_by.gists_url
github.event.changes.new_discussion.answer_chosen_by.starred_url
github.event.changes.new_discussion.user.events_url
github.event.changes.new_discussion.user.following_url
github.event.changes.new_discussion.user.gists_url
github.event.changes.new_discussion.user.starred_url
github.event.changes.new_issue.assignee.events_url
github.event.changes.new_issue.assignee.following_url
github.event.changes.new_issue.assignee.gists_url
github.event.changes.new_issue.assignee.starred_url
github.event.changes.new_issue.assignees.*.events_url
github.event.changes.new_issue.assignees.*.following_url
github.event.changes.new_issue.assignees.*.gists_url
github.event.changes.new_issue.assignees.*.starred_url
github.event.changes.new_issue.labels_url
github.event.changes.new_issue.milestone.creator.events_url
github.event.changes.new_issue.milestone.creator.following_url
github.event.changes.new_issue.milestone.creator.gists_url
github.event.changes.new_issue.milestone.creator.starred_url
github.event.changes.new_issue.performed_via_github_app.owner.events_url
github.event.changes.new_issue.performed_via_github_app.owner.following_url
github.event.changes.new_issue.performed_via_github_app.owner.gists_url
github.event.changes.new_issue.performed_via_github_app.owner.starred_url
github.event.changes.new_issue.user.events_url
github.event.changes.new_issue.user.following_url
github.event.changes.new_issue.user.gists_url
github.event.changes.new_issue.user.starred_url
github.event.changes.old_issue.assignee.events_url
github.event.changes.old_issue.assignee.following_url
github.event.changes.old_issue.assignee.gists_url
github.event.changes.old_issue.assignee.starred_url
github.event.changes.old_issue.assignees.*.events_url
github.event.changes.old_issue.assignees.*.following_url
github.event.changes.old_issue.assignees.*.gists_url
github.event.changes.old_issue.assignees.*.starred_url
github.event.changes.old_issue.labels_url
github.event.changes.old_issue.milestone.creator.events_url
github.event.changes.old_issue.milestone.creator.following_url
github.event.changes.old_issue.milestone.creator.gists_url
github.event.changes.old_issue.milestone.creator.starred_url
github.event.changes.old_issue.performed_via_github_app.owner.events_url
github.event.changes.old_issue.performed_via_github_app.owner.following_url
github.event.changes.old_issue.performed_via_github_app.owner.gists_url
github.event.changes.old_issue.performed_via_github_app.owner.starred_url
github.event.changes.old_issue.user.events_url
github.event.changes.old_issue.user.following_url
github.event.changes.old_issue.user.gists_url
github.event.changes.old_issue.user.starred_url
github.event.changes.old_repository.archive_url
github.event.changes.old_repository.assignees_url
github.event.changes.old_repository.blobs_url
github.event.changes.old_repository.branches_url
github.event.changes.old_repository.collaborators_url
github.event.changes.old_repository.comments_url
github.event.changes.old_repository.commits_url
github.event.changes.old_repository.compare_url
github.event.changes.old_repository.contents_url
github.event.changes.old_repository.git_commits_url
github.event.changes.old_repository.git_refs_url
github.event.changes.old_repository.git_tags_url
github.event.changes.old_repository.issue_comment_url
github.event.changes.old_repository.issue_events_url
github.event.changes.old_repository.issues_url
github.event.changes.old_repository.keys_url
github.event.changes.old_repository.labels_url
github.event.changes.old_repository.milestones_url
github.event.changes.old_repository.notifications_url
github.event.changes.old_repository.owner.events_url
github.event.changes.old_repository.owner.following_url
github.event.changes.old_repository.owner.gists_url
github.event.changes.old_repository.owner.starred_url
github.event.changes.old_repository.pulls_url
github.event.changes.old_repository.releases_url
github.event.changes.old_repository.statuses_url
github.event.changes.old_repository.trees_url
github.event.check_suite.app.owner.events_url
github.event.check_suite.app.owner.following_url
github.event.check_suite.app.owner.gists_url
github.event.check_suite.app.owner.starred_url
github.event.check_suite.head_commit.author.email
github.event.check_suite.head_commit.committer.email
github.event.comment._links.html.href
github.event.comment._links.pull_request.href
github.event.comment._links.self.href
github.event.comment.user.events_url
github.event.comment.user.following_url
github.event.comment.user.gists_url
github.event.comment.user.starred_url
github.event.commit.author.events_url
github.event.commit.author.following_url
github.event.commit.author.gists_url
github.event.commit.author.starred_url
github.event.commit.committer.events_url
github.event.commit.committer.following_url
github.event.commit.committer.gists_url
github.event.commit.committer.starred_url
github.event.commits.*.author.email
github.event.commits.*.committer.email
github.event.deployment.creator.events_url
github.event.deployment.creator.following_url
github.event.deployment.creator.gists_url
github.event.deployment.creator.starred_url
github.event.deployment.performed_via_github_app.owner.events_url
github.event.deployment.performed_via_github_app.owner.following_url
github.event.deployment.performed_via_github_app.owner.gists_url
github.event.deployment.performed_via_github_app.owner.starred_url
github.event.deployment_status.creator.events_url
github.event.deployment_status.creator.following_url
github.event.deployment_status.creator.gists_url
github.event.deployment_status.creator.starred_url
github.event.deployment_status.performed_via_github_app.owner.events_url
github.event.deployment_status.performed_via_github_app.owner.following_url
github.event.deployment_status.performed_via_github_app.owner.gists_url
github.event.deployment_status.performed_via_github_app.owner.starred_url
github.event.discussion.answer_chosen_by.events_url
github.event.discussion.answer_chosen_by.following_url
github.event.discussion.answer_chosen_by.gists_url
github.event.discussion.answer_chosen_by.starred_url
github.event.discussion.user.events_url
github.event.discussion.user.following_url
github.event.discussion.user.gists_url
github.event.discussion.user.starred_url
github.event.head_commit.author.email
github.event.head_commit.committer.email
github.event.issue.assignee.events_url
github.event.issue.assignee.following_url
github.event.issue.assignee.gists_url
github.event.issue.assignee.starred_url
github.event.issue.assignees.*.events_url
github.event.issue.assignees.*.following_url
github.event.issue.assignees.*.gists_url
github.event.issue.assignees.*.starred_url
github.event.issue.milestone.creator.events_url
github.event.issue.milestone.creator.following_url
github.event.issue.milestone.creator.gists_url
github.event.issue.milestone.creator.starred_url
github.event.issue.performed_via_github_app.owner.events_url
github.event.issue.performed_via_github_app.owner.following_url
github.event.issue.performed_via_github_app.owner.gists_url
github.event.issue.performed_via_github_app.owner.starred_url
github.event.merge_group.head_commit.author.email
github.event.merge_group.head_commit.committer.email
github.event.old_answer.user.events_url
github.event.old_answer.user.following_url
github.event.old_answer.user.gists_url
github.event.old_answer.user.starred_url
github.event.pull_request.requested_reviewers.*.members_url
github.event.pull_request.requested_reviewers.*.parent.members_url
github.event.pull_request.requested_teams.*.parent.members_url
github.event.pusher.email
github.event.release.assets.*.uploader.events_url
github.event.release.assets.*.uploader.following_url
github.event.release.assets.*.uploader.gists_url
github.event.release.assets.*.uploader.starred_url
github.event.release.author.events_url
github.event.release.author.following_url
github.event.release.author.gists_url
github.event.release.author.starred_url
github.event.release.upload_url
github.event.requested_reviewer.events_url
github.event.requested_reviewer.following_url
github.event.requested_reviewer.gists_url
github.event.requested_reviewer.starred_url
github.event.requested_team.members_url
github.event.requested_team.parent.members_url
github.event.review._links.html.href
github.event.review._links.pull_request.href
github.event.review.user.events_url
github.event.review.user.following_url
github.event.review.user.gists_url
github.event.review.user.starred_url
github.event.workflow_run.actor.events_url
github.event.workflow_run.actor.following_url
github.event.workflow_run.actor.gists_url
github.event.workflow_run.actor.starred_url
github.event.workflow_run.head_commit.author.email
github.event.workflow_run.head_commit.committer.email
github.event.workflow_run.triggering_actor.events_url
github.event.workflow_run.triggering_actor.following_url
github.event.workflow_run.triggering_actor.gists_url
github.event.workflow_run.triggering_actor.starred_url
`;
let table;
/** The capability of a context path (`*` for array indices), if it is attacker-influenced. */
function contextCapability(path) {
    if (!table) {
        table = new Map();
        for (const p of ARBITRARY.split('\n'))
            if (p)
                table.set(p, 'arbitrary');
        for (const p of STRUCTURED.split('\n'))
            if (p)
                table.set(p, 'structured');
    }
    return table.get(path);
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/rules/uses-match.js
var uses_match = __webpack_require__(7137);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/template-injection.js





/** Context paths an outside contributor controls (`*` = any array index or key). */
const ATTACKER_PATHS = [
    'github.head_ref',
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.pull_request.head.repo.description',
    'github.event.pull_request.head.repo.homepage',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.name',
    'github.event.commits.*.author.email',
    'github.event.commits.*.committer.name',
    'github.event.commits.*.committer.email',
    'github.event.head_commit.message',
    'github.event.head_commit.author.name',
    'github.event.head_commit.author.email',
    'github.event.head_commit.committer.name',
    'github.event.head_commit.committer.email',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.display_title',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_repository.description',
    'github.event.workflow_run.pull_requests.*.head.ref',
    'github.event.merge_group.head_commit.message',
    'github.event.merge_group.head_commit.author.name',
    'github.event.merge_group.head_commit.author.email',
    'github.event.client_payload'
].map((p) => p.split('.'));
const segMatch = (a, b) => a === b || a === '*' || b === '*';
/**
 * Whether a flowing path carries attacker text: it names such a field, something inside one, or an
 * object that contains one (`toJSON(github.event.pull_request)`).
 */
function isAttackerControlled(path) {
    const segs = path.toLowerCase().split('.');
    return ATTACKER_PATHS.some((p) => {
        const n = Math.min(p.length, segs.length);
        for (let i = 0; i < n; i++)
            if (!segMatch(segs[i], p[i]))
                return false;
        return true;
    });
}
/** How much of a path's value an outside contributor controls (our list, then zizmor's table). */
function capabilityOf(path) {
    return isAttackerControlled(path) ? 'arbitrary' : contextCapability(path.toLowerCase());
}
/** Why a path is dangerous here, or undefined. */
function taintOf(path, env, matrix) {
    if (capabilityOf(path))
        return path;
    const [ctx, name] = path.split('.');
    if (ctx === 'env' && name && env.has(name))
        return `${path} = ${env.get(name)}`;
    if (ctx === 'matrix' && name && (matrix.has(name) || matrix.has('*')))
        return `${path} = ${matrix.get(name) ?? matrix.get('*')}`;
    return undefined;
}
/** The attacker-controlled source a value carries, if any (for env and matrix values). */
function valueTaint(text, env) {
    for (const span of (0,expressions/* expressionSpans */.k7)(text)) {
        for (const p of (0,expression_flow/* flowingPaths */.$Z)(span.body).paths) {
            const t = taintOf(p, env, new Map());
            if (t)
                return t.split(' = ').pop();
        }
    }
    return undefined;
}
function envTaint(vars, inherited) {
    const out = new Map(inherited);
    for (const [k, v] of vars) {
        const t = valueTaint(v.value, inherited);
        if (t)
            out.set(k.toLowerCase(), t);
        else
            out.delete(k.toLowerCase());
    }
    return out;
}
function matrixTaint(job) {
    const out = new Map();
    for (const [k, v] of job.matrix) {
        const p = (0,expressions/* referencedPaths */.i7)(v).find((x) => capabilityOf(x));
        if (p)
            out.set(k.toLowerCase(), p);
    }
    return out;
}
/**
 * Action inputs that are code (CodeQL's injection-sink models, as zizmor lists them, plus the
 * few zizmor adds), by action; input names lower-cased as the model keys them.
 */
const CODE_INPUTS = new Map([
    ['actions/github-script', ['script']],
    ['8398a7/action-slack', ['custom_payload']],
    ['appleboy/ssh-action', ['script']],
    ['azure/cli', ['inlinescript']],
    ['azure/powershell', ['inlinescript']],
    ['devorbitus/yq-action-output', ['cmd']],
    ['gautamkrishnar/blog-post-workflow', ['item_exec']],
    [
        'imjohnbo/issue-bot',
        ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text']
    ],
    ['lucasbento/auto-close-issues', ['issue-close-message']],
    ['mikefarah/yq', ['cmd']],
    ['roots/issue-closer-action', ['issue-close-message', 'pr-close-message']],
    ['sergeysova/jq-action', ['cmd']],
    ['skitionek/notify-microsoft-teams', ['overwrite']],
    ['tibdex/backport', ['body_template', 'head_template', 'labels_template', 'title_template']],
    ['amadevus/pwsh-script', ['script']],
    ['jannekem/run-python-script-action', ['script']],
    ['cardinalby/js-eval-action', ['expression']],
    ['addnab/docker-run-action', ['options', 'run']]
]);
function codeOf(ctx, step) {
    if (step.run)
        return [{ str: step.run, node: (0,types/* valueNode */.I)(ctx, step.node, 'run'), kind: 'run' }];
    if (!step.uses)
        return [];
    const target = (0,uses_match/* targetOf */.$r)(step.uses.value);
    const inputs = CODE_INPUTS.get(target);
    if (!inputs)
        return [];
    const out = [];
    for (const name of inputs) {
        // Input names are case-insensitive (`SCRIPT:` is the script): the model keys them lower-cased.
        const v = step.with.get(name);
        if (!v)
            continue;
        if (target === 'actions/github-script')
            out.push({ str: v, node: v.node, kind: 'script' });
        else
            out.push({ str: v, node: v.node, kind: 'input', input: `${target} input '${name}'` });
    }
    return out;
}
function envName(path) {
    const last = path
        .split('.')
        .filter((s) => s !== '*' && s !== 'event' && s !== 'github')
        .slice(-2)
        .join('_');
    return (last || 'VALUE').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
function templateInjection(ctx) {
    const out = [];
    // The env and matrix taint maps are read only where a script holds an expression.
    let wfEnv;
    for (const job of ctx.wf.jobs) {
        let jobEnv;
        let jobMatrix;
        for (const step of job.steps) {
            for (const code of codeOf(ctx, step)) {
                const spans = (0,expressions/* expressionSpans */.k7)(code.str.value);
                if (!spans.length)
                    continue;
                wfEnv ??= envTaint(ctx.wf.env, new Map());
                jobEnv ??= envTaint(job.env, wfEnv);
                const matrix = (jobMatrix ??= matrixTaint(job));
                const env = envTaint(step.env, jobEnv);
                // When the source shows each `${{` literally, the nth span sits at the nth occurrence.
                const places = ctx.source.locateAll(code.node, '${{');
                const where = code.kind === 'run'
                    ? 'run: script'
                    : code.kind === 'script'
                        ? 'github-script script'
                        : (code.input ?? 'action input');
                spans.forEach((span, nth) => {
                    const flow = (0,expression_flow/* flowingPaths */.$Z)(span.body);
                    const hits = flow.paths
                        .map((p) => taintOf(p, env, matrix))
                        .filter((t) => Boolean(t));
                    if (!hits.length)
                        return;
                    const pos = places.length === spans.length ? places[nth] : code.str.pos;
                    const expr = `\${{ ${span.body.replace(/\s+/g, ' ').trim()} }}`;
                    const sources = hits.map((h) => h.split(' = ').pop());
                    const source = sources[0];
                    // zizmor: fully attacker-controlled text is High (an error); structured text such as a
                    // URL or a label is Medium (a warning).
                    const full = sources.some((x) => capabilityOf(x) === 'arbitrary');
                    const name = envName(source);
                    const use = code.kind === 'run'
                        ? `"$${name}"`
                        : code.kind === 'script'
                            ? `process.env.${name}`
                            : `$${name}`;
                    out.push({
                        rule: 'template-injection',
                        message: `${(0,types/* stepLabel */.v)(job, step)}: ${expr} expands ${full ? 'attacker-controlled' : 'partly attacker-controlled (structured)'} ${hits.join(', ')} into the ${where}: expected no attacker-controlled expansion in code, got one`,
                        help: `Pass the value through the environment and quote it: env: { ${name}: \${{ ${source} }} } on the step, then use ${use} in the ${code.kind === 'input' ? 'code' : 'script'} instead of the expression.`,
                        maxLevel: full ? undefined : 'warning',
                        line: pos.line,
                        column: pos.column
                    });
                });
            }
        }
    }
    return out;
}


/***/ }),

/***/ 7137:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ usesAction),
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   Ds: () => (/* binding */ majorOf),
/* harmony export */   Z$: () => (/* binding */ neverRuns)
/* harmony export */ });
/* harmony import */ var _workflows_detach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91271);
/* harmony import */ var _workflows_uses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20780);
/** Whether a step's `uses:` is a given action (`owner/repo[/path]`, case-insensitive, any ref). */


const TARGETS = new Map();
/** `owner/repo[/path]` of a `uses:` value, lower-cased ('' for local, docker and invalid ones). */
function targetOf(uses) {
    let t = TARGETS.get(uses);
    if (t === undefined) {
        const ref = (0,_workflows_uses_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUses */ .Ap)(uses);
        t = ref.kind === 'repo' ? (0,_workflows_detach_js__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .h)((0,_workflows_uses_js__WEBPACK_IMPORTED_MODULE_1__/* .usesTarget */ .OW)(ref).toLowerCase()) : '';
        // Bounded: the memo is dropped whole when one scan meets this many distinct references.
        if (TARGETS.size >= 32768)
            TARGETS.clear();
        // Own copies: a key cut out of a workflow's text would keep that whole text alive.
        TARGETS.set((0,_workflows_detach_js__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .h)(uses), t);
    }
    return t;
}
function usesAction(uses, action) {
    return uses !== undefined && targetOf(uses) === action.toLowerCase();
}
/** The major version a `uses:` ref or its trailing tag comment names (`v6.0.1` \u2192 6). */
function majorOf(tag) {
    const m = /^v?(\d+)(\.|$)/.exec(tag ?? '');
    return m ? Number(m[1]) : undefined;
}
/** A step whose `if:` is the constant false (`false`, `${{ false }}`): it never runs. */
function neverRuns(step) {
    const v = step.if?.value.trim();
    return v === 'false' || (v !== undefined && /^\$\{\{\s*false\s*\}\}$/.test(v));
}


/***/ }),

/***/ 15908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ valueNode),
/* harmony export */   v: () => (/* binding */ stepLabel)
/* harmony export */ });
/** A short stable label for a step: its name, else its id, else its position in the job. */
function stepLabel(job, step) {
    const s = step.name?.value ?? step.id?.value;
    return `job '${job.id}', step ${s ? `'${s.replace(/\s+/g, ' ').trim().slice(0, 60)}'` : `#${step.index + 1}`}`;
}
/** The value node under `key` of a mapping node, aliases followed. */
function valueNode(ctx, parent, key) {
    const y = ctx.wf.yaml;
    const v = y.get(parent, key)?.value;
    return y.resolve(v) ?? v;
}


/***/ }),

/***/ 54044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ looksRandom),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* unused harmony exports entropy, GENERIC_ENTROPY */
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


/***/ }),

/***/ 20780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   OW: () => (/* binding */ usesTarget),
/* harmony export */   Wf: () => (/* binding */ isFullSha),
/* harmony export */   oG: () => (/* binding */ isImageDigest)
/* harmony export */ });
/* harmony import */ var _detach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91271);
/** What a `uses:` value points at: a local action, the hub's own (`$/`), a Docker image or a repository. */

const FULL_SHA = /^[0-9a-f]{40}$/i;
const DIGEST = /^sha256:[0-9a-f]{64}$/i;
/** A full 40-hex commit SHA (upper case accepted, as GitHub does). */
function isFullSha(ref) {
    return ref !== undefined && FULL_SHA.test(ref);
}
function isImageDigest(digest) {
    return digest !== undefined && DIGEST.test(digest);
}
/** References already read (the same actions recur in every workflow); dropped whole when full. */
const PARSED = new Map();
const MAX_PARSED = 16384;
/** What a `uses:` value points at. The result is shared between callers: never change it. */
function parseUses(value) {
    let ref = PARSED.get(value);
    if (!ref) {
        // Read from an own copy, so neither the key nor the parts keep a workflow's text alive.
        const own = (0,_detach_js__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .h)(value);
        ref = Object.freeze(readUses(own));
        if (PARSED.size >= MAX_PARSED)
            PARSED.clear();
        PARSED.set(own, ref);
    }
    return ref;
}
function readUses(value) {
    const raw = value.trim();
    if (raw.includes('${{')) {
        return { kind: 'invalid', raw, reason: 'uses: cannot hold an expression; GitHub rejects it' };
    }
    if (raw.startsWith('./') || raw === '.')
        return { kind: 'local', raw };
    if (raw.startsWith('$/'))
        return { kind: 'hub', raw };
    if (raw.toLowerCase().startsWith('docker://')) {
        const rest = raw.slice('docker://'.length);
        const at = rest.indexOf('@');
        const name = at >= 0 ? rest.slice(0, at) : rest;
        const digest = at >= 0 ? rest.slice(at + 1) : undefined;
        const slash = name.lastIndexOf('/');
        const colon = name.lastIndexOf(':');
        const hasTag = colon > slash;
        return {
            kind: 'docker',
            raw,
            image: hasTag ? name.slice(0, colon) : name,
            tag: hasTag ? name.slice(colon + 1) : undefined,
            digest
        };
    }
    const at = raw.indexOf('@');
    const target = at >= 0 ? raw.slice(0, at) : raw;
    const ref = at >= 0 ? raw.slice(at + 1) : undefined;
    const parts = target.split('/');
    if (parts.length < 2 || parts.some((p) => p === '')) {
        return {
            kind: 'invalid',
            raw,
            reason: `'${raw}' is not owner/repo[/path]@ref, ./path or docker://image`
        };
    }
    return {
        kind: 'repo',
        raw,
        owner: parts[0],
        repo: parts[1],
        path: parts.length > 2 ? parts.slice(2).join('/') : undefined,
        ref: ref === '' ? undefined : ref
    };
}
/** `owner/repo[/path]` of a repository reference, as users write it in policies. */
function usesTarget(ref) {
    return [ref.owner, ref.repo, ...(ref.path ? [ref.path] : [])].join('/');
}


/***/ })

};
