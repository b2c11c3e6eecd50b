export const id = 5752;
export const ids = [5752];
export const modules = {

/***/ 93761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qx: () => (/* binding */ EntriesWriter),
  w3: () => (/* binding */ LockstepEntries),
  bX: () => (/* binding */ checkEntries),
  fV: () => (/* binding */ checkEntriesDigest),
  Mc: () => (/* binding */ entriesOf)
});

// UNUSED EXPORTS: EntriesReader, MAX_LINE_BYTES, compareEntries

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/hashing/blake3.js
var blake3 = __webpack_require__(53780);
// EXTERNAL MODULE: ./lib/hashing/manifest.js
var hashing_manifest = __webpack_require__(13779);
// EXTERNAL MODULE: ./lib/hashing/tree.js
var tree = __webpack_require__(86862);
;// CONCATENATED MODULE: ./lib/cache/entry-line.js
/**
 * A fast reader for the common entries-file line: the canonical form serializeEntry writes, with
 * ASCII strings that need no escape. It reads the bytes once, field by field, and returns the
 * entry only when the line is exactly the canonical serialization of a valid entry \u2014 the same
 * entry JSON.parse and parseEntryObject would give, for a line that would pass the canonical
 * check. Anything else (an escape, a non-ASCII byte, another order, a bad value) returns
 * undefined and the caller reads the line the slow, general way, which accepts it or refuses it
 * with its precise message. So the fast path never accepts what the strict one refuses.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** `"name":` as bytes, with the separator before it (`{` or `,`). */
const key = (sep, name) => Buffer.from(`${sep}"${name}":`, 'latin1');
const ROOT = key('{', 'root');
const PATH = key(',', 'path');
const TYPE = key(',', 'type');
const SIZE = key(',', 'size');
const MODE = key(',', 'mode');
const BLAKE3 = key(',', 'blake3');
const TARGET = key(',', 'target');
/** A cursor over one line; every reader returns -1 (the line is not in the fast form). */
class Cursor {
    b;
    at = 0;
    constructor(b) {
        this.b = b;
    }
    literal(lit) {
        const { b } = this;
        const n = lit.length;
        if (this.at + n > b.length)
            return false;
        for (let i = 0; i < n; i++)
            if (b[this.at + i] !== lit[i])
                return false;
        this.at += n;
        return true;
    }
    /** A JSON integer as JSON.stringify writes one: no sign, no leading zero, a safe integer. */
    integer() {
        const { b } = this;
        const start = this.at;
        let v = 0;
        while (this.at < b.length) {
            const c = b[this.at];
            if (c < 0x30 || c > 0x39)
                break;
            v = v * 10 + (c - 0x30);
            this.at++;
        }
        const digits = this.at - start;
        if (digits === 0 || digits > 16 || (digits > 1 && b[start] === 0x30))
            return -1;
        return v > Number.MAX_SAFE_INTEGER ? -1 : v;
    }
    /** A quoted string of printable ASCII with nothing JSON.stringify would escape. */
    string() {
        const { b } = this;
        if (b[this.at] !== QUOTE)
            return undefined;
        const start = ++this.at;
        while (this.at < b.length) {
            const c = b[this.at];
            if (c === QUOTE) {
                const s = b.toString('latin1', start, this.at);
                this.at++;
                return s;
            }
            if (c < 0x20 || c >= 0x80 || c === BACKSLASH)
                return undefined;
            this.at++;
        }
        return undefined;
    }
    /** `"` + 64 lower-case hex digits + `"`. */
    hex64() {
        const { b } = this;
        if (this.at + 66 > b.length || b[this.at] !== QUOTE || b[this.at + 65] !== QUOTE)
            return undefined;
        for (let i = this.at + 1; i <= this.at + 64; i++) {
            const c = b[i];
            if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
                return undefined;
        }
        const s = b.toString('latin1', this.at + 1, this.at + 65);
        this.at += 66;
        return s;
    }
}
/**
 * The entry `line` (without its newline) holds when it is in the fast canonical form and valid
 * for `rootCount` roots; undefined otherwise (then read it with JSON.parse and parseEntryObject).
 */
function parseCanonicalEntry(line, rootCount) {
    const c = new Cursor(line);
    if (!c.literal(ROOT))
        return undefined;
    const root = c.integer();
    if (root < 0 || root >= rootCount || !c.literal(PATH))
        return undefined;
    const path = c.string();
    if (path === undefined || !(0,hashing_manifest/* isSafeRelativePath */.VH)(path) || !c.literal(TYPE))
        return undefined;
    const type = c.string();
    if (type !== 'file' && type !== 'dir' && type !== 'symlink')
        return undefined;
    if (!c.literal(SIZE))
        return undefined;
    const size = c.integer();
    if (size < 0 || (size !== 0 && type !== 'file') || !c.literal(MODE))
        return undefined;
    const mode = c.integer();
    if (mode < 0 || mode > 0o777)
        return undefined;
    // The same shape as parseEntryObject's entries.
    const entry = { root, path, type, size, mode };
    if (type === 'file') {
        if (!c.literal(BLAKE3))
            return undefined;
        const digest = c.hex64();
        if (digest === undefined)
            return undefined;
        entry.blake3 = digest;
    }
    else if (type === 'symlink') {
        if (!c.literal(TARGET))
            return undefined;
        const target = c.string();
        if (target === undefined)
            return undefined;
        entry.target = target;
    }
    return c.at === line.length - 1 && line[c.at] === 0x7d ? entry : undefined;
}

// EXTERNAL MODULE: ./lib/cache/entry-tree.js
var entry_tree = __webpack_require__(74947);
// EXTERNAL MODULE: ./lib/cache/extract.js + 1 modules
var extract = __webpack_require__(15028);
// EXTERNAL MODULE: ./lib/cache/sorted-tree.js
var sorted_tree = __webpack_require__(73314);
;// CONCATENATED MODULE: ./lib/cache/entries-file.js
/**
 * The v2 entries file (`entries.ndjson`): one canonical JSON line per entry, in the order of the
 * payload's tar members (each root's paths strictly increasing, segment by segment; roots in
 * order). Save appends lines as members are packed; restore reads it as a stream, never as a
 * list: first its BLAKE3, size and line count against the signed header (nothing in a line is
 * looked at before that), then every line strictly (known fields, types, safe path, canonical
 * form, order \u2014 so a repeat is caught by comparing with the previous line only \u2014 and the
 * placement rules of sorted-tree.ts), then again in lockstep with the tar members, and once more
 * to place the verified tree.
 */








/** No entry line is longer (a 4096-byte path and target, escaped, fit well below it). */
const MAX_LINE_BYTES = 64 * 1024;
const READ_BYTES = 256 * 1024;
/** Order of two entries: root first, then path segment by segment. */
function compareEntries(a, b) {
    return a.root !== b.root ? a.root - b.root : (0,sorted_tree/* comparePaths */.c)(a.path, b.path);
}
/** Appends entry lines to a file, hashing and counting them (save). */
class EntriesWriter {
    fd;
    hasher = (0,blake3/* newBlake3 */.Fh)();
    buf = Buffer.allocUnsafe(READ_BYTES);
    used = 0;
    size = 0;
    count = 0;
    constructor(fd) {
        this.fd = fd;
    }
    add(e) {
        const line = (0,hashing_manifest/* serializeEntry */.d$)(e) + '\n';
        const len = Buffer.byteLength(line);
        if (this.used + len > this.buf.length)
            this.flush();
        if (len > this.buf.length)
            throw new Error(`internal: entry line of ${len} bytes`);
        this.buf.write(line, this.used, 'utf8');
        this.used += len;
        this.size += len;
        if (this.size > hashing_manifest/* MAX_ENTRIES_FILE_BYTES */.jd)
            throw new tree/* TreeError */.jh(`the entries file would exceed ${hashing_manifest/* MAX_ENTRIES_FILE_BYTES */.jd} bytes; cache fewer files`);
        this.count++;
    }
    flush() {
        const chunk = this.buf.subarray(0, this.used);
        this.hasher.update(chunk);
        for (let off = 0; off < chunk.length;)
            off += (0,external_node_fs_.writeSync)(this.fd, chunk, off, chunk.length - off);
        this.used = 0;
    }
    end() {
        this.flush();
        return { blake3: this.hasher.digestHex(), size: this.size, count: this.count };
    }
}
/** Reads a file line by line synchronously through one reused buffer, hashing what it reads. */
class LineReader {
    fd;
    limit;
    buf = Buffer.allocUnsafe(READ_BYTES);
    start = 0;
    end = 0;
    pos = 0;
    eof = false;
    hasher = (0,blake3/* newBlake3 */.Fh)();
    /** Lines returned so far. */
    line = 0;
    constructor(fd, 
    /** Bytes to read at most (the header's size): past it the file is not the signed one. */
    limit) {
        this.fd = fd;
        this.limit = limit;
    }
    get bytesRead() {
        return this.pos;
    }
    /** The next line without its newline (valid until the next call), or undefined at the end. */
    next() {
        for (;;) {
            const nl = this.start < this.end ? this.buf.indexOf(0x0a, this.start) : -1;
            if (nl !== -1 && nl < this.end) {
                if (nl - this.start > MAX_LINE_BYTES)
                    throw new EntriesFormatError(`line ${this.line + 1} is longer than ${MAX_LINE_BYTES} bytes`);
                const line = this.buf.subarray(this.start, nl);
                this.start = nl + 1;
                this.line++;
                return line;
            }
            if (this.end - this.start > MAX_LINE_BYTES)
                throw new EntriesFormatError(`line ${this.line + 1} is longer than ${MAX_LINE_BYTES} bytes`);
            if (this.eof) {
                if (this.start < this.end)
                    throw new EntriesFormatError(`line ${this.line + 1} has no newline at the end`);
                return undefined;
            }
            if (this.start > 0) {
                this.buf.copy(this.buf, 0, this.start, this.end);
                this.end -= this.start;
                this.start = 0;
            }
            if (this.end === this.buf.length) {
                const bigger = Buffer.allocUnsafe(this.buf.length * 2);
                this.buf.copy(bigger, 0, 0, this.end);
                this.buf = bigger;
            }
            const want = Math.min(this.buf.length - this.end, this.limit + 1 - this.pos);
            const n = want > 0 ? (0,external_node_fs_.readSync)(this.fd, this.buf, this.end, want, this.pos) : 0;
            if (n === 0) {
                this.eof = true;
                continue;
            }
            this.hasher.update(this.buf.subarray(this.end, this.end + n));
            this.pos += n;
            this.end += n;
            if (this.pos > this.limit)
                throw new EntriesFormatError(`the file is longer than the ${this.limit} bytes signed`);
        }
    }
}
/** A line that cannot be an entry (the file's digest matched: the signer wrote it so). */
class EntriesFormatError extends Error {
    name = 'EntriesFormatError';
}
function openEntries(path) {
    try {
        return (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        throw new extract/* Rejection */.mQ('missing-entries', 'the entry has no entries.ndjson; expected the entries file its signed v2 manifest pins');
    }
}
/** Step 1: the file's size and BLAKE3 equal the signed header's (one streaming read). */
function checkEntriesDigest(path, ref) {
    const fd = openEntries(path);
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new extract/* Rejection */.mQ('bad-envelope', 'entries.ndjson is not a regular file', 'entries.ndjson');
        if (st.size !== ref.size || st.size > hashing_manifest/* MAX_ENTRIES_FILE_BYTES */.jd)
            throw new extract/* Rejection */.mQ('entries-size-mismatch', `entries.ndjson: expected ${ref.size} bytes (signed manifest), got ${st.size}`, 'entries.ndjson');
        const { blake3: digest, size: pos } = (0,blake3/* hashFdSync */.sN)(fd, Buffer.allocUnsafe(READ_BYTES), ref.size);
        if (pos !== ref.size)
            throw new extract/* Rejection */.mQ('entries-size-mismatch', `entries.ndjson: expected ${ref.size} bytes (signed manifest), read ${pos}`, 'entries.ndjson');
        if (digest !== ref.blake3)
            throw new extract/* Rejection */.mQ('entries-digest-mismatch', `entries.ndjson: expected BLAKE3 ${ref.blake3} (signed manifest), got ${digest}; nothing in it was used`, 'entries.ndjson');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Reads entries one at a time: each line parsed strictly, in canonical form, strictly after the
 * previous one. Throws Rejection('bad-manifest' | 'out-of-order' | 'duplicate-member').
 */
class EntriesReader {
    ref;
    rootCount;
    canonical;
    lines;
    previous;
    fd;
    closed = false;
    constructor(path, ref, rootCount, 
    /** Compare each line with its canonical form (the first full read; later reads re-hash instead). */
    canonical = true) {
        this.ref = ref;
        this.rootCount = rootCount;
        this.canonical = canonical;
        this.fd = openEntries(path);
        this.lines = new LineReader(this.fd, ref.size);
    }
    get count() {
        return this.lines.line;
    }
    get last() {
        return this.previous;
    }
    /** The next entry, or undefined after the last line (then the count and digest are checked). */
    next() {
        let raw;
        try {
            raw = this.lines.next();
        }
        catch (err) {
            if (err instanceof EntriesFormatError)
                throw this.bad(err.message);
            throw err;
        }
        if (raw === undefined) {
            this.checkEnd();
            return undefined;
        }
        const n = this.lines.line;
        if (n > this.ref.count || n > hashing_manifest/* MAX_ENTRIES */.Sd)
            throw this.bad(`more than the ${this.ref.count} lines signed`);
        // The usual line is read in one pass over its bytes (canonical by construction); any other
        // goes through JSON.parse and the strict field checks, which accept it or say what is wrong.
        const e = parseCanonicalEntry(raw, this.rootCount) ?? this.parseSlow(raw, n);
        const p = this.previous;
        if (p) {
            const order = compareEntries(e, p);
            if (order === 0)
                throw new extract/* Rejection */.mQ('duplicate-member', `entries.ndjson line ${n}: '${(0,hashing_manifest/* memberName */.eg)(e)}' appears twice; expected each entry once`, (0,hashing_manifest/* memberName */.eg)(e));
            if (order < 0)
                throw new extract/* Rejection */.mQ('out-of-order', `entries.ndjson line ${n}: '${(0,hashing_manifest/* memberName */.eg)(e)}' comes after '${(0,hashing_manifest/* memberName */.eg)(p)}'; expected the entries sorted by root, then by path segments`, (0,hashing_manifest/* memberName */.eg)(e));
        }
        this.previous = e;
        return e;
    }
    /** A line outside the fast form: JSON, the field checks, then (first read) canonical form. */
    parseSlow(raw, n) {
        let value;
        try {
            value = JSON.parse(raw.toString('utf8'));
        }
        catch {
            throw this.bad(`line ${n} is not JSON`);
        }
        let e;
        try {
            e = (0,hashing_manifest/* parseEntryObject */.B$)(value, `entries.ndjson line ${n}`, this.rootCount);
        }
        catch (err) {
            if (err instanceof hashing_manifest/* ManifestError */.Sh)
                throw new extract/* Rejection */.mQ('bad-manifest', err.message);
            throw err;
        }
        if (this.canonical && !raw.equals(Buffer.from((0,hashing_manifest/* serializeEntry */.d$)(e))))
            throw this.bad(`line ${n} is not in canonical form (fields root, path, type, size, mode, blake3, target in that order, no spaces, no repeated field)`);
        return e;
    }
    checkEnd() {
        if (this.lines.line !== this.ref.count)
            throw new extract/* Rejection */.mQ('entries-count-mismatch', `entries.ndjson: expected ${this.ref.count} entries (signed manifest), got ${this.lines.line}`, 'entries.ndjson');
        const digest = this.lines.hasher.digestHex();
        if (this.lines.bytesRead !== this.ref.size || digest !== this.ref.blake3)
            throw new extract/* Rejection */.mQ('entries-digest-mismatch', `entries.ndjson changed while it was read (BLAKE3 ${digest}, ${this.lines.bytesRead} bytes; signed ${this.ref.blake3}, ${this.ref.size} bytes)`, 'entries.ndjson');
    }
    bad(message) {
        return new extract/* Rejection */.mQ('bad-manifest', `entries.ndjson: ${message}`, 'entries.ndjson');
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,external_node_fs_.closeSync)(this.fd);
    }
}
/**
 * Step 2 (after checkEntriesDigest): read every line strictly and check the placement rules per
 * root as a whole (nothing beneath a symlink or a file, symlinks resolving inside the root once
 * everything is placed). Memory: the symlinks, not the entries.
 */
function checkEntries(path, manifest, memberBound, baseBound) {
    const trees = manifest.roots.map((r) => new sorted_tree/* SortedEntryTree */.Y(`the cache path '${r.spec}'`));
    const summary = {
        entries: 0,
        filesPerRoot: manifest.roots.map(() => 0),
        files: 0,
        bytes: 0,
        tarBound: baseBound
    };
    const reader = new EntriesReader(path, manifest.entries, manifest.roots.length);
    let root = -1;
    try {
        for (let e = reader.next(); e; e = reader.next()) {
            if (e.root !== root) {
                if (root !== -1)
                    finishTree(trees[root], root);
                root = e.root;
            }
            try {
                trees[e.root].add(e.path, e.type, e.target);
            }
            catch (err) {
                if (err instanceof entry_tree/* PlacementError */.wI)
                    throw new extract/* Rejection */.mQ(err.reason, `manifest entry ${err.message}`, (0,hashing_manifest/* memberName */.eg)(e));
                throw err;
            }
            summary.entries++;
            summary.tarBound += memberBound(e);
            if (e.type === 'file') {
                summary.files++;
                summary.filesPerRoot[e.root]++;
                summary.bytes += e.size;
            }
        }
        if (root !== -1)
            finishTree(trees[root], root);
    }
    finally {
        reader.close();
    }
    return summary;
}
function finishTree(tree, root) {
    try {
        tree.finish();
    }
    catch (err) {
        if (err instanceof entry_tree/* PlacementError */.wI)
            throw new extract/* Rejection */.mQ(err.reason, `manifest entry ${err.message}`, `${root}/${err.path}`);
        throw err;
    }
}
/** The entries as an iterable that reads the file afresh each time it is iterated (placement). */
function entriesOf(path, ref, roots) {
    return {
        *[Symbol.iterator]() {
            const reader = new EntriesReader(path, ref, roots.length, false);
            try {
                for (let e = reader.next(); e; e = reader.next())
                    yield e;
            }
            finally {
                reader.close();
            }
        }
    };
}
/**
 * Step 3: the tar members against the entries in lockstep \u2014 the member must be the next entry.
 * A member before it is unlisted (or a repeat of the previous one); an entry passed over is
 * missing from the archive. Memory: the reader's buffer.
 */
class LockstepEntries {
    reader;
    pending;
    started = false;
    consumed;
    constructor(path, ref, rootCount) {
        this.reader = new EntriesReader(path, ref, rootCount, false);
    }
    peek() {
        if (!this.started) {
            this.started = true;
            this.pending = this.reader.next();
        }
        return this.pending;
    }
    /** The entry the member `name` (= root/path) must be; a Rejection otherwise. */
    admit(root, path, name) {
        const want = this.peek();
        const member = { root, path };
        if (!want) {
            if (this.consumed && compareEntries(member, this.consumed) === 0)
                throw duplicate(name);
            throw new extract/* Rejection */.mQ('unlisted-file', `archive member '${name}' is not in the signed manifest (it lists ${this.reader.count} entries, all already in the archive); expected only listed entries`, name);
        }
        const order = compareEntries(member, want);
        if (order === 0) {
            this.consumed = want;
            this.pending = this.reader.next();
            return want;
        }
        if (order < 0) {
            if (this.consumed && compareEntries(member, this.consumed) === 0)
                throw duplicate(name);
            throw new extract/* Rejection */.mQ('unlisted-file', `archive member '${name}' is not in the signed manifest (the next listed entry is '${(0,hashing_manifest/* memberName */.eg)(want)}'); expected only listed entries, in the manifest's order`, name);
        }
        throw missing(want, `the archive has '${name}' where it was expected`);
    }
    /** After the last member: no entry left unread, and the file still the signed one. */
    finish() {
        const want = this.peek();
        if (want)
            throw missing(want, 'the archive ended before it');
    }
    close() {
        this.reader.close();
    }
}
function duplicate(name) {
    return new extract/* Rejection */.mQ('duplicate-member', `archive member '${name}' appears twice; expected each entry once`, name);
}
function missing(e, why) {
    const id = (0,hashing_manifest/* memberName */.eg)(e);
    return new extract/* Rejection */.mQ('missing-file', `manifest entry '${id}' (${e.type}) is absent from the archive (${why}); expected every listed entry`, id);
}


/***/ }),

/***/ 74947:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tD: () => (/* binding */ checkLink),
/* harmony export */   wI: () => (/* binding */ PlacementError),
/* harmony export */   xX: () => (/* binding */ EntryTree)
/* harmony export */ });
/* unused harmony export resolveLink */
/**
 * The one model of what a cache entry places under a root, used by save (the walked tree) and by
 * restore (the signed manifest, before a byte is written, and the archive as it streams).
 *
 * Entries are added in order. An entry may only be placed under real folders of the tree \u2014 never
 * beneath a symlink or a file \u2014 and each path once. Symlink targets are resolved the way the
 * kernel would resolve them once everything is placed: component by component against the
 * entries in the tree, following symlinks already in it (`a/b -> ..` makes `a/c -> b/../..`
 * climb two levels, not zero), so a chain of individually harmless links cannot reach outside
 * the root. `finish()` re-resolves every link against the complete tree, so a link added before
 * the link it passes through is judged as it will really resolve.
 */
/** Why an entry cannot be placed; `reason` is a stable id (the quarantine reason on restore). */
class PlacementError extends Error {
    reason;
    path;
    name = 'PlacementError';
    constructor(reason, message, path) {
        super(message);
        this.reason = reason;
        this.path = path;
    }
}
/** Most symlinks followed while resolving one path (Linux's MAXSYMLINKS). */
const MAX_HOPS = 40;
const FILE = 1;
const DIR = 2;
const LINK = 3;
class EntryTree {
    label;
    /** Path (relative, `/`-separated; '' is the root) \u2192 kind. Implicit parents are folders. */
    kinds = new Map([['', DIR]]);
    links = new Map();
    /** Folders listed as entries (as opposed to created implicitly for a child). */
    listed = new Set();
    /** @param label names the root in messages (e.g. `cache path 'deps'`). */
    constructor(label = 'the cache root') {
        this.label = label;
    }
    /** Place `path` (safe relative path, checked by the caller) as `kind`; throws PlacementError. */
    add(path, kind, target) {
        let slash = path.indexOf('/');
        while (slash !== -1) {
            const parent = path.slice(0, slash);
            const k = this.kinds.get(parent);
            if (k === LINK) {
                throw new PlacementError('write-through-symlink', `'${path}' would be written through the symlink '${parent}'; expected real folders`, path);
            }
            if (k === FILE) {
                throw new PlacementError('not-a-directory', `'${path}' would be placed under '${parent}', which is a file; expected a folder`, path);
            }
            if (k === undefined)
                this.kinds.set(parent, DIR);
            slash = path.indexOf('/', slash + 1);
        }
        const existing = this.kinds.get(path);
        if (existing !== undefined) {
            // A folder created implicitly for an earlier child may be listed later (glob roots).
            if (!(existing === DIR && kind === 'dir' && !this.listed.has(path))) {
                throw new PlacementError('duplicate-member', `'${path}' appears twice; expected each entry once`, path);
            }
        }
        if (kind === 'dir')
            this.listed.add(path);
        this.kinds.set(path, kind === 'file' ? FILE : kind === 'dir' ? DIR : LINK);
        if (kind === 'symlink') {
            this.links.set(path, target ?? '');
            this.checkLink(path);
        }
    }
    /** Re-resolve every symlink against the complete tree (call once all entries are added). */
    finish() {
        for (const link of this.links.keys())
            this.checkLink(link);
    }
    checkLink(link) {
        checkLink(this.links, link, this.label);
    }
    /**
     * Where `link` resolves to, following the tree's symlinks: a path inside the root, 'outside'
     * or 'loop'. Components not in the tree are taken as plain names.
     */
    resolve(link) {
        return resolveLink(this.links, link);
    }
}
/**
 * Refuse symlink `link` (its target in `links`) unless it is relative and resolves inside the
 * root once every link in `links` is followed; `label` names the root. Throws PlacementError.
 */
function checkLink(links, link, label) {
    const target = links.get(link);
    if (target === '' ||
        target.startsWith('/') ||
        target.includes('\0') ||
        target.includes('\\') ||
        /^[A-Za-z]:/.test(target)) {
        throw new PlacementError('symlink-escape', `symlink '${link}' points to '${target}'; expected a relative target inside ${label}`, link);
    }
    const where = resolveLink(links, link);
    if (where === 'outside') {
        throw new PlacementError('symlink-escape', `symlink '${link}' points to '${target}', which resolves outside ${label} (following the symlinks in the entry); expected a target inside it`, link);
    }
    if (where === 'loop') {
        throw new PlacementError('symlink-loop', `symlink '${link}' points to '${target}', which never resolves (more than ${MAX_HOPS} symlinks); expected a target inside ${label}`, link);
    }
}
/**
 * Where symlink `link` resolves to, following the symlinks in `links` (path \u2192 target): a path
 * inside the root, 'outside' or 'loop'. Components that are not links are taken as plain names.
 */
function resolveLink(links, link) {
    const stack = link.split('/');
    stack.pop();
    const pending = links.get(link).split('/').reverse();
    let hops = 0;
    while (pending.length) {
        const seg = pending.pop();
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (!stack.length)
                return 'outside';
            stack.pop();
            continue;
        }
        const candidate = stack.length ? `${stack.join('/')}/${seg}` : seg;
        const t = links.get(candidate);
        if (t !== undefined) {
            if (++hops > MAX_HOPS)
                return 'loop';
            if (t.startsWith('/'))
                return 'outside';
            for (const x of t.split('/').reverse())
                pending.push(x);
            continue;
        }
        stack.push(seg);
    }
    return stack.join('/');
}


/***/ }),

/***/ 15028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z2: () => (/* binding */ DirChain),
  mQ: () => (/* binding */ Rejection),
  M0: () => (/* binding */ extractFrom),
  M_: () => (/* binding */ extractVerified),
  Xj: () => (/* binding */ startDecompressor)
});

// UNUSED EXPORTS: checkManifestTree

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/hashing/blake3.js
var hashing_blake3 = __webpack_require__(53780);
// EXTERNAL MODULE: ./lib/hashing/manifest.js
var hashing_manifest = __webpack_require__(13779);
// EXTERNAL MODULE: ./lib/cache/entry-tree.js
var entry_tree = __webpack_require__(74947);
// EXTERNAL MODULE: ./lib/cache/in-thread.js
var in_thread = __webpack_require__(44288);
;// CONCATENATED MODULE: ./lib/cache/tar-reader.js
/**
 * A synchronous, push-driven tar reader for the payload archive: chunks go in with `push`, and
 * each member is reported through plain callbacks \u2014 a header, then its data as slices of the
 * chunks given (no copy, no stream per member), then its end. Restores of 20,000 small files
 * spend their time writing files, not driving a stream per member.
 *
 * It reads what the sentinel writes (ustar, PAX `x` headers for long names and sizes, base-256
 * sizes) and reports everything else it meets \u2014 hardlinks, devices, FIFOs, unknown types \u2014 by
 * type, so the caller refuses them. Global PAX and GNU long-name headers are refused here: the
 * sentinel never writes them, and a name or size that another header silently rewrites is not
 * something a verifier should guess at. Header checksums are checked; an archive that ends
 * inside a member is an error.
 */
const BLOCK = 512;
/** Largest PAX extended header accepted (names and link targets, nothing else). */
const MAX_PAX = 1024 * 1024;
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const TYPES = {
    0: 'file',
    0x30: 'file',
    0x31: 'link',
    0x32: 'symlink',
    0x33: 'character-device',
    0x34: 'block-device',
    0x35: 'directory',
    0x36: 'fifo',
    0x37: 'contiguous-file'
};
function cString(buf, at, len) {
    let end = at;
    const max = at + len;
    while (end < max && buf[end] !== 0)
        end++;
    return buf.toString('utf8', at, end);
}
/** An octal field (spaces and NULs around it allowed) or a base-256 one (high bit set). */
function numeric(buf, at, len, what) {
    if (buf[at] & 0x80) {
        if (buf[at] !== 0x80)
            throw new TarFormatError(`${what} is negative or too large`);
        let v = 0;
        for (let i = at + 1; i < at + len; i++) {
            v = v * 256 + buf[i];
            if (v > Number.MAX_SAFE_INTEGER)
                throw new TarFormatError(`${what} is too large`);
        }
        return v;
    }
    let i = at;
    const end = at + len;
    while (i < end && buf[i] === 0x20)
        i++;
    let v = 0;
    let digits = 0;
    for (; i < end; i++) {
        const c = buf[i];
        if (c === 0 || c === 0x20)
            break;
        if (c < 0x30 || c > 0x37)
            throw new TarFormatError(`${what} is not an octal number`);
        v = v * 8 + (c - 0x30);
        digits++;
    }
    for (; i < end; i++)
        if (buf[i] !== 0 && buf[i] !== 0x20)
            throw new TarFormatError(`${what} is not an octal number`);
    if (!digits && what !== 'checksum')
        return 0;
    return v;
}
const ZERO_BLOCK = Buffer.alloc(BLOCK);
/**
 * Whether the block at `at` is all zeros (an end-of-archive block); false when `buf` ends before
 * it. One native comparison: the archive ends in up to a record of such blocks, which a loop in
 * JavaScript, run once at start before it is optimised, would check byte by byte.
 */
function isZeroBlock(buf, at) {
    return at + BLOCK <= buf.length && ZERO_BLOCK.compare(buf, at, at + BLOCK) === 0;
}
function checksumOk(buf, at) {
    const stored = numeric(buf, at + 148, 8, 'checksum');
    // The checksum field itself counts as eight spaces.
    let sum = 8 * 0x20;
    for (let i = at; i < at + 148; i++)
        sum += buf[i];
    for (let i = at + 156; i < at + BLOCK; i++)
        sum += buf[i];
    return sum === stored;
}
/** PAX records `<len> <key>=<value>\n`; returns path, linkpath and size, refuses malformed ones. */
function parsePax(body) {
    const out = {};
    let at = 0;
    while (at < body.length) {
        if (body[at] === 0)
            break;
        const space = body.indexOf(0x20, at);
        if (space === -1)
            throw new TarFormatError('malformed PAX record');
        const len = Number(body.toString('ascii', at, space));
        if (!Number.isInteger(len) || len <= space - at || at + len > body.length)
            throw new TarFormatError('malformed PAX record length');
        const rec = body.toString('utf8', space + 1, at + len);
        if (!rec.endsWith('\n'))
            throw new TarFormatError('malformed PAX record');
        const eq = rec.indexOf('=');
        if (eq === -1)
            throw new TarFormatError('malformed PAX record');
        const key = rec.slice(0, eq);
        const value = rec.slice(eq + 1, -1);
        if (key === 'path')
            out.path = value;
        else if (key === 'linkpath')
            out.linkpath = value;
        else if (key === 'size') {
            if (!/^[0-9]{1,16}$/.test(value) || Number(value) > Number.MAX_SAFE_INTEGER)
                throw new TarFormatError('malformed PAX size');
            out.size = Number(value);
        }
        at += len;
    }
    return out;
}
var State;
(function (State) {
    State[State["Header"] = 0] = "Header";
    State[State["Data"] = 1] = "Data";
    State[State["Pad"] = 2] = "Pad";
    State[State["Pax"] = 3] = "Pax";
})(State || (State = {}));
class TarReader {
    on;
    state = State.Header;
    /** A header (or PAX body) split across chunks is gathered here. */
    head = Buffer.alloc(BLOCK);
    headUsed = 0;
    remaining = 0;
    padLeft = 0;
    pax;
    paxUsed = 0;
    pending;
    /** The current member is a PAX header, not reported. */
    inPax = false;
    sawEnd = false;
    constructor(on) {
        this.on = on;
    }
    push(chunk) {
        let at = 0;
        const len = chunk.length;
        while (at < len) {
            switch (this.state) {
                case State.Header: {
                    if (this.headUsed === 0 && len - at >= BLOCK) {
                        this.header(chunk, at);
                        at += BLOCK;
                    }
                    else {
                        const n = Math.min(BLOCK - this.headUsed, len - at);
                        chunk.copy(this.head, this.headUsed, at, at + n);
                        this.headUsed += n;
                        at += n;
                        if (this.headUsed === BLOCK) {
                            this.headUsed = 0;
                            this.header(this.head, 0);
                        }
                    }
                    break;
                }
                case State.Data: {
                    const n = Math.min(this.remaining, len - at);
                    this.on.data(chunk.subarray(at, at + n));
                    at += n;
                    this.remaining -= n;
                    if (this.remaining === 0)
                        this.memberDone();
                    break;
                }
                case State.Pax: {
                    const n = Math.min(this.remaining, len - at);
                    chunk.copy(this.pax, this.paxUsed, at, at + n);
                    this.paxUsed += n;
                    at += n;
                    this.remaining -= n;
                    if (this.remaining === 0)
                        this.memberDone();
                    break;
                }
                case State.Pad: {
                    const n = Math.min(this.padLeft, len - at);
                    at += n;
                    this.padLeft -= n;
                    if (this.padLeft === 0)
                        this.state = State.Header;
                    break;
                }
            }
        }
    }
    /** The input ended: it must end between members. */
    finish() {
        if (this.state !== State.Header || this.headUsed !== 0 || this.pending)
            throw new TarFormatError('unexpected end of the archive (it ends inside a member)');
        if (!this.sawEnd)
            throw new TarFormatError('the archive has no end-of-archive blocks');
    }
    header(buf, at) {
        if (isZeroBlock(buf, at)) {
            if (this.pending)
                throw new TarFormatError('a PAX header is followed by the end');
            this.sawEnd = true;
            return;
        }
        if (!checksumOk(buf, at))
            throw new TarFormatError('a tar header has a bad checksum');
        const flag = buf[at + 156];
        let size = numeric(buf, at + 124, 12, 'size');
        if (flag === 0x78) {
            // PAX extended header for the next member.
            if (this.pending)
                throw new TarFormatError('two PAX headers in a row');
            if (size > MAX_PAX)
                throw new TarFormatError(`a PAX header of ${size} bytes`);
            this.pax = Buffer.alloc(size);
            this.paxUsed = 0;
            this.inPax = true;
            this.begin(size, State.Pax);
            return;
        }
        if (flag === 0x67 || flag === 0x4c || flag === 0x4b) {
            throw new TarFormatError(`a ${flag === 0x67 ? 'global PAX' : 'GNU long-name'} header; the sentinel never writes one`);
        }
        let name = cString(buf, at, 100);
        const magic = buf.toString('latin1', at + 257, at + 263);
        if (magic === 'ustar\u0000' || magic === 'ustar ') {
            const prefix = magic === 'ustar\u0000' ? cString(buf, at + 345, 155) : '';
            if (prefix)
                name = `${prefix}/${name}`;
        }
        let linkname = cString(buf, at + 157, 100) || undefined;
        const pax = this.pending;
        this.pending = undefined;
        if (pax?.path !== undefined)
            name = pax.path;
        if (pax?.linkpath !== undefined)
            linkname = pax.linkpath;
        if (pax?.size !== undefined)
            size = pax.size;
        const type = TYPES[flag] ?? 'unknown';
        this.inPax = false;
        this.on.entry({ name, type, size, linkname });
        this.begin(size, State.Data);
    }
    begin(size, state) {
        this.remaining = size;
        this.padLeft = (BLOCK - (size % BLOCK)) % BLOCK;
        if (size === 0)
            this.memberDone();
        else
            this.state = state;
    }
    memberDone() {
        if (this.inPax) {
            this.pending = parsePax(this.pax.subarray(0, this.paxUsed));
            this.pax = undefined;
            this.inPax = false;
        }
        else {
            this.on.end();
        }
        this.state = this.padLeft ? State.Pad : State.Header;
    }
}

// EXTERNAL MODULE: ./lib/cache/zstd-worker.js
var zstd_worker = __webpack_require__(22226);
;// CONCATENATED MODULE: ./lib/cache/extract.js
/**
 * Safe extraction of a payload archive into a private staging folder, checking every member
 * against the (already signature-verified) manifest as it streams: no absolute or `..` names,
 * no hardlinks, devices or FIFOs, no symlink leaving its root, nothing written through a
 * symlink, no member missing from the manifest, sizes and BLAKE3 digests equal. Nothing is
 * written outside `stagingDir`; the caller moves the tree to its destination only when this
 * returns without throwing.
 */









const UMASK = process.umask();
const WRITE_FRESH = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
/** Why an entry was rejected; `reason` is a stable id for the quarantine event. */
class Rejection extends Error {
    reason;
    file;
    constructor(reason, message, file) {
        super(message);
        this.reason = reason;
        this.file = file;
        this.name = 'Rejection';
    }
}
function splitMember(name) {
    const slash = name.indexOf('/');
    if (slash <= 0)
        return undefined;
    const root = name.slice(0, slash);
    if (!/^(0|[1-9][0-9]{0,2})$/.test(root))
        return undefined;
    let path = name.slice(slash + 1);
    if (path.endsWith('/'))
        path = path.slice(0, -1);
    return { root: Number(root), path };
}
/**
 * Check the signed manifest as a whole before a byte is written: each root's entries must form a
 * tree (nothing beneath a symlink or a file, each path once) whose symlinks all resolve inside
 * the root once every entry is placed. Throws a Rejection with the placement reason.
 */
function checkManifestTree(manifest) {
    const trees = manifest.roots.map((r) => new entry_tree/* EntryTree */.xX(`the cache path '${r.spec}'`));
    try {
        for (const e of manifest.entries)
            trees[e.root].add(e.path, e.type, e.target);
        for (const t of trees)
            t.finish();
    }
    catch (err) {
        if (err instanceof entry_tree/* PlacementError */.wI) {
            const file = `${manifest.entries.find((e) => e.path === err.path)?.root ?? 0}/${err.path}`;
            throw new Rejection(err.reason, `manifest entry ${err.message}`, file);
        }
        throw err;
    }
}
/** The v1 source: a map from path to entry per root, a flag per entry once written. */
function inlineSource(manifest) {
    const expected = manifest.roots.map(() => new Map());
    manifest.entries.forEach((e, i) => expected[e.root].set(e.path, i));
    const entryDone = new Uint8Array(manifest.entries.length);
    const indexOf = new Map();
    const staged = manifest.roots.map((r) => new entry_tree/* EntryTree */.xX(`the cache path '${r.spec}'`));
    return {
        dirs: new Set(),
        admit(root, path, name) {
            const index = expected[root]?.get(path);
            if (index === undefined)
                throw new Rejection('unlisted-file', `archive member '${name}' is not in the signed manifest; expected only listed entries`, name);
            if (entryDone[index])
                throw new Rejection('duplicate-member', `archive member '${name}' appears twice; expected each entry once`, name);
            const want = manifest.entries[index];
            indexOf.set(want, index);
            return want;
        },
        staged(root, path, want, linkname) {
            try {
                staged[root].add(path, want.type, linkname);
            }
            catch (err) {
                if (err instanceof entry_tree/* PlacementError */.wI)
                    throw new Rejection(err.reason, `archive member ${err.message}`, `${root}/${path}`);
                throw err;
            }
        },
        done(entry) {
            const i = indexOf.get(entry);
            if (i !== undefined) {
                entryDone[i] = 1;
                indexOf.delete(entry);
            }
        },
        finish() {
            for (let i = 0; i < manifest.entries.length; i++) {
                if (!entryDone[i]) {
                    const e = manifest.entries[i];
                    const id = (0,hashing_manifest/* memberName */.eg)(e);
                    throw new Rejection('missing-file', `manifest entry '${id}' (${e.type}) is absent from the archive; expected every listed entry`, id);
                }
            }
        }
    };
}
/** The chain of folders above the last member (enough when members come in sorted order). */
class DirChain {
    chain = [];
    has(dir) {
        for (let i = this.chain.length - 1; i >= 0; i--)
            if (this.chain[i] === dir)
                return true;
        return false;
    }
    add(dir) {
        const c = this.chain;
        while (c.length) {
            const top = c[c.length - 1];
            if (dir.length > top.length && dir.startsWith(top) && dir.charCodeAt(top.length) === 0x2f)
                break;
            c.pop();
        }
        c.push(dir);
    }
}
/**
 * Extract the payload read from `archiveFd` (from offset 0) into `stagingDir/<root>/<path>`,
 * verifying every member against `manifest`, and the stored bytes' size and BLAKE3 as they
 * stream by \u2014 one read of the archive. When a member is rejected, the archive is hashed to the
 * end first: a payload that is not the signed one is reported as such (`archive-*-mismatch`).
 */
async function extractVerified(archiveFd, manifest, stagingDir) {
    try {
        checkManifestTree(manifest);
    }
    catch (err) {
        if (err instanceof Rejection)
            checkArchive(archiveFd, manifest);
        throw err;
    }
    return extractFrom(archiveFd, manifest, inlineSource(manifest), (0,in_thread/* tarBound */.iY)(manifest), stagingDir);
}
/**
 * The same extraction for any source of expected entries (v2: the entries file in lockstep);
 * `bound` is the most tar bytes the entries allow (in-thread.ts's tarBound).
 */
async function extractFrom(archiveFd, header, source, bound, stagingDir, 
/** The worker startDecompressor started on `archiveFd`; closed here whatever happens. */
started) {
    let stats;
    try {
        stats = await extractStream(archiveFd, header, source, bound, stagingDir, started);
    }
    catch (err) {
        // The worker stops reading before the archive is hashed again here.
        await started?.close();
        if (err instanceof Rejection && !err.reason.startsWith('archive-'))
            checkArchive(archiveFd, header);
        throw err;
    }
    await started?.close();
    return stats;
}
/**
 * Start the worker that reads, hashes and decompresses the stored payload (into its bounded
 * ring of slots: nothing is parsed or written until extractFrom takes the pieces), so that it
 * runs while the main thread still checks the entries file. Undefined where the restore would
 * not use the worker: a payload small enough for the in-thread path, an uncompressed one, or
 * no native BLAKE3. The caller hands it to extractFrom, or closes it.
 */
function startDecompressor(archiveFd, header, storedSize) {
    if (header.archive.compression !== 'zstd' || storedSize <= (0,in_thread/* inThreadLimit */.D1)())
        return undefined;
    const native = (0,hashing_blake3/* blake3NativePath */.Nl)();
    return native ? zstd_worker/* ZstdPipe */.yB.decompressor(archiveFd, native) : undefined;
}
/** The in-thread path's tar (as the entries bound it) at most this many times its stored limit. */
const IN_THREAD_TAR_RATIO = 4;
/**
 * The whole stored payload when it is at most `inThreadLimit()` bytes (one read); undefined when
 * it is larger, or grew while it was read (then it is streamed).
 */
function readSmall(fd) {
    const size = (0,external_node_fs_.fstatSync)(fd).size;
    if (size > (0,in_thread/* inThreadLimit */.D1)())
        return undefined;
    const buf = Buffer.allocUnsafe(size + 1);
    let pos = 0;
    while (pos < buf.length) {
        const n = (0,external_node_fs_.readSync)(fd, buf, pos, buf.length - pos, pos);
        if (n === 0)
            break;
        pos += n;
    }
    return pos > size ? undefined : buf.subarray(0, pos);
}
/** Hash the whole stored payload (the slow path, after a rejection). */
function checkArchive(fd, manifest) {
    const { blake3, size } = (0,hashing_blake3/* hashFdSync */.sN)(fd, Buffer.allocUnsafe(hashing_blake3/* CHUNK_SIZE */.OZ));
    archiveMatches(manifest, size, blake3);
}
function archiveMatches(manifest, size, blake3) {
    if (size !== manifest.archive.size)
        throw new Rejection('archive-size-mismatch', `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${size}`, 'payload.tar');
    if (blake3 !== manifest.archive.blake3)
        throw new Rejection('archive-digest-mismatch', `payload.tar: expected BLAKE3 ${manifest.archive.blake3} (manifest), got ${blake3}`, 'payload.tar');
}
async function extractStream(archiveFd, manifest, source, bound, stagingDir, started) {
    const madeDirs = source.dirs;
    let lastParent = '';
    const stats = { files: 0, dirs: 0, symlinks: 0, bytes: 0 };
    (0,external_node_fs_.mkdirSync)(stagingDir, { recursive: true, mode: 0o700 });
    const rootDirs = manifest.roots.map((_, i) => (0,external_node_path_.join)(stagingDir, String(i)));
    for (const d of rootDirs) {
        (0,external_node_fs_.mkdirSync)(d);
        madeDirs.add(d);
    }
    // zlib loads here, on a hit: a miss or a save never reads an archive.
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    // The stored bytes are read through a few reused buffers (no allocation per read, so no GC
    // churn), hashed, and fed to the decompressor or straight to the tar reader.
    const hasher = (0,hashing_blake3/* newBlake3 */.Fh)();
    let storedBytes = 0;
    let storedDigest = '';
    if (manifest.archive.compression === 'zstd' && typeof zlib.createZstdDecompress !== 'function')
        throw new Error(`this entry's payload is zstd-compressed and Node ${process.version} has no zstd; run the restore on Node 24 (runs.using: node24)`);
    const asRejection = (err) => err instanceof Rejection
        ? err
        : new Rejection('corrupt-archive', `the payload archive cannot be read: ${err.message}; expected a complete tar`);
    // A small zstd payload is checked and decompressed here in one call (no worker thread) \u2014
    // when the tar the entries describe is small too: a small payload of many small text files
    // can hold a tar 60 times its size, which would sit in memory whole.
    let tarBytes;
    const stored = !started &&
        manifest.archive.compression === 'zstd' &&
        bound <= IN_THREAD_TAR_RATIO * (0,in_thread/* inThreadLimit */.D1)()
        ? readSmall(archiveFd)
        : undefined;
    if (stored) {
        storedBytes = stored.length;
        storedDigest = (0,hashing_blake3/* blake3Hex */.oZ)(stored);
        // Every byte is at hand: the stored size and digest are checked before anything else.
        archiveMatches(manifest, storedBytes, storedDigest);
        // Node's zstd stops quietly after the first frame: the payload must be one frame exactly.
        const frame = (0,in_thread/* zstdFrameLength */.zq)(stored);
        if (frame !== stored.length)
            throw new Rejection('corrupt-archive', frame === -1
                ? 'the payload archive is not one complete zstd frame; expected the archive the sentinel wrote'
                : `the payload archive has ${stored.length - frame} bytes after its zstd frame; expected one frame`);
        try {
            tarBytes = zlib.zstdDecompressSync(stored, { maxOutputLength: bound });
        }
        catch (err) {
            // Larger than the manifest allows (a bomb): the streaming path below finds and refuses
            // the oversized member at its header, as for any large payload.
            if (err.code !== 'ERR_BUFFER_TOO_LARGE')
                throw asRejection(err);
            storedBytes = 0;
        }
    }
    const inflate = !tarBytes && manifest.archive.compression === 'zstd' && !(0,hashing_blake3/* blake3NativePath */.Nl)()
        ? zlib.createZstdDecompress({ chunkSize: 1 << 20 })
        : undefined;
    /** The checks a member passes before a byte of it is written; returns where it goes. */
    const admit = (h) => {
        const name = h.name;
        const parts = splitMember(name);
        if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
            throw new Rejection('absolute-path', `archive member '${name}' has an absolute path; expected a path relative to its cache root`, name);
        }
        if (!parts || !(0,hashing_manifest/* isSafeRelativePath */.VH)(parts.path)) {
            const dotdot = name.split('/').includes('..');
            throw new Rejection(dotdot ? 'path-traversal' : 'bad-member-name', `archive member '${name}' ${dotdot ? 'climbs out with ..' : 'is not <root>/<relative path>'}; expected one of the manifest's paths`, name);
        }
        const kind = h.type;
        if (kind === 'link') {
            throw new Rejection('hardlink', `archive member '${name}' is a hardlink to '${h.linkname}'; expected no hardlinks (the sentinel never writes them)`, name);
        }
        if (kind !== 'file' && kind !== 'directory' && kind !== 'symlink') {
            throw new Rejection('special-file', `archive member '${name}' is a ${kind}; expected only files, folders and symlinks`, name);
        }
        if (parts.root >= rootDirs.length)
            throw new Rejection('unlisted-file', `archive member '${name}' is not in the signed manifest; expected only listed entries`, name);
        const want = source.admit(parts.root, parts.path, name);
        const wantKind = want.type === 'dir' ? 'directory' : want.type;
        if (kind !== wantKind) {
            throw new Rejection('type-mismatch', `archive member '${name}': expected a ${wantKind} (manifest), got a ${kind}`, name);
        }
        source.staged?.(parts.root, parts.path, want, h.linkname ?? undefined);
        // Member paths are checked safe relative paths with '/' separators: joined as they are.
        const rootDir = rootDirs[parts.root];
        const slash = parts.path.lastIndexOf('/');
        const dest = `${rootDir}/${parts.path}`;
        const parent = slash === -1 ? rootDir : `${rootDir}/${parts.path.slice(0, slash)}`;
        if (parent !== lastParent && !madeDirs.has(parent)) {
            (0,external_node_fs_.mkdirSync)(parent, { recursive: true, mode: 0o700 });
            madeDirs.add(parent);
        }
        lastParent = parent;
        return { name, want, kind, dest };
    };
    // Each member is checked and written synchronously as its bytes arrive: no stream and no
    // promise per member or per chunk.
    let openFd;
    let file;
    const reader = new TarReader({
        entry: (h) => {
            const m = admit(h);
            const { name, want } = m;
            if (m.kind === 'directory') {
                if (!madeDirs.has(m.dest))
                    (0,external_node_fs_.mkdirSync)(m.dest, { mode: 0o700 });
                (0,external_node_fs_.chmodSync)(m.dest, want.mode | 0o700);
                madeDirs.add(m.dest);
                stats.dirs++;
                source.done?.(want);
                return;
            }
            if (m.kind === 'symlink') {
                const target = h.linkname ?? '';
                if (target !== want.target) {
                    throw new Rejection('symlink-mismatch', `symlink '${name}': expected target '${want.target}' (manifest), got '${target}'`, name);
                }
                (0,external_node_fs_.symlinkSync)(target, m.dest);
                stats.symlinks++;
                source.done?.(want);
                return;
            }
            if (h.size !== want.size) {
                throw new Rejection('size-mismatch', `file '${name}': expected ${want.size} bytes (manifest), got ${h.size ?? 0} in the archive`, name);
            }
            // O_CREAT|O_EXCL|O_NOFOLLOW: a fresh file, never through a symlink at the final component.
            // Created with its final mode (the staging folder is private); fchmod only where the
            // umask took bits away. The staged tree is moved into place as it is.
            const fd = (0,external_node_fs_.openSync)(m.dest, WRITE_FRESH, want.mode);
            openFd = fd;
            file = { name, want, hasher: (0,hashing_blake3/* newBlake3 */.Fh)(), fd, size: 0 };
        },
        data: (chunk) => {
            if (!file)
                return; // a folder's or symlink's data: skipped
            file.size += chunk.length;
            if (file.size > file.want.size)
                throw new Rejection('size-mismatch', `file '${file.name}': expected ${file.want.size} bytes (manifest), got more`, file.name);
            file.hasher.update(chunk);
            for (let off = 0; off < chunk.length;)
                off += (0,external_node_fs_.writeSync)(file.fd, chunk, off, chunk.length - off);
        },
        end: () => {
            const f = file;
            if (!f)
                return;
            file = undefined;
            const { want, name } = f;
            if ((want.mode & ~UMASK) !== want.mode)
                (0,external_node_fs_.fchmodSync)(f.fd, want.mode);
            openFd = undefined;
            (0,external_node_fs_.closeSync)(f.fd);
            if (f.size !== want.size) {
                throw new Rejection('size-mismatch', `file '${name}': expected ${want.size} bytes (manifest), got ${f.size}`, name);
            }
            const digest = f.hasher.digestHex();
            if (digest !== want.blake3) {
                throw new Rejection('digest-mismatch', `file '${name}': expected BLAKE3 ${want.blake3} (manifest), got ${digest}`, name);
            }
            stats.files++;
            stats.bytes += f.size;
            source.done?.(want);
        }
    });
    const native = (0,hashing_blake3/* blake3NativePath */.Nl)();
    if (tarBytes) {
        try {
            reader.push(tarBytes);
            reader.finish();
        }
        catch (err) {
            if (openFd !== undefined)
                (0,external_node_fs_.closeSync)(openFd);
            openFd = undefined;
            throw asRejection(err);
        }
    }
    else if (inflate === undefined && manifest.archive.compression === 'zstd' && native) {
        // zstd and the stored bytes' hash on a worker thread; the tar is checked and written here,
        // synchronously, from the shared slots it fills.
        const pipe = started ?? zstd_worker/* ZstdPipe */.yB.decompressor(archiveFd, native);
        try {
            for (let piece = pipe.next(); piece; piece = pipe.next())
                reader.push(piece);
            reader.finish();
            ({ size: storedBytes, blake3: storedDigest } = pipe.results());
        }
        catch (err) {
            if (openFd !== undefined)
                (0,external_node_fs_.closeSync)(openFd);
            openFd = undefined;
            throw asRejection(err);
        }
        finally {
            await pipe.close();
        }
    }
    else {
        await new Promise((resolve, reject) => {
            let failed = false;
            let stopped = false;
            const fail = (err) => {
                if (failed)
                    return;
                failed = true;
                stopped = true;
                if (openFd !== undefined)
                    (0,external_node_fs_.closeSync)(openFd);
                openFd = undefined;
                inflate?.destroy();
                reject(asRejection(err));
            };
            const take = (chunk) => {
                if (failed)
                    return;
                try {
                    reader.push(chunk);
                }
                catch (err) {
                    fail(err);
                }
            };
            const finished = () => {
                if (failed)
                    return;
                try {
                    reader.finish();
                    resolve();
                }
                catch (err) {
                    fail(err);
                }
            };
            if (inflate) {
                inflate.on('data', take);
                inflate.on('error', fail);
                inflate.on('end', finished);
            }
            const feed = async () => {
                const free = [1, 2, 3, 4].map(() => Buffer.allocUnsafe(1 << 20));
                let waiting;
                let pos = 0;
                while (!stopped) {
                    const buf = free.pop() ?? (await new Promise((r) => (waiting = r)), free.pop());
                    const n = (0,external_node_fs_.readSync)(archiveFd, buf, 0, buf.length, pos);
                    if (n === 0) {
                        free.push(buf);
                        break;
                    }
                    pos += n;
                    const chunk = buf.subarray(0, n);
                    hasher.update(chunk);
                    storedBytes += n;
                    if (!inflate) {
                        // The reader is synchronous and keeps nothing it is given: the buffer is reused.
                        take(chunk);
                        free.push(buf);
                        continue;
                    }
                    const release = () => {
                        free.push(buf);
                        const w = waiting;
                        waiting = undefined;
                        w?.();
                    };
                    if (!inflate.write(chunk, release))
                        await (0,external_node_events_.once)(inflate, 'drain');
                }
                if (stopped)
                    return;
                if (inflate)
                    inflate.end();
                else
                    finished();
            };
            feed().catch(fail);
        });
        storedDigest = hasher.digestHex();
    }
    archiveMatches(manifest, storedBytes, storedDigest);
    source.finish();
    return stats;
}


/***/ }),

/***/ 44288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ inThreadLimit),
/* harmony export */   PT: () => (/* binding */ TAR_BOUND_BASE),
/* harmony export */   Vk: () => (/* binding */ memberBound),
/* harmony export */   iY: () => (/* binding */ tarBound),
/* harmony export */   zq: () => (/* binding */ zstdFrameLength)
/* harmony export */ });
/* unused harmony exports IN_THREAD_BYTES, setInThreadLimit */
/** 8 MiB of stored bytes: well under a second of zstd on one core. */
const IN_THREAD_BYTES = 8 << 20;
let limit = IN_THREAD_BYTES;
/** The stored size up to which the in-thread path is taken. */
function inThreadLimit() {
    return limit;
}
/** Change the limit (tests run both paths); returns the previous one. */
function setInThreadLimit(bytes) {
    const previous = limit;
    limit = bytes;
    return previous;
}
const ZSTD_MAGIC = 0xfd2fb528;
const FCS_BYTES = [0, 2, 4, 8];
const DICT_BYTES = [0, 1, 2, 4];
/**
 * The length of the zstd frame at the start of `buf`, walking its header and block headers (the
 * format of RFC 8878), or -1 when it is not one complete zstd frame. Node's decompressor stops
 * quietly after the first frame, so the caller refuses input whose first frame ends before the
 * input does (a second frame, a skippable frame, trailing bytes).
 */
function zstdFrameLength(buf) {
    if (buf.length < 6 || buf.readUInt32LE(0) !== ZSTD_MAGIC)
        return -1;
    const fhd = buf[4];
    if (fhd & 0x08)
        return -1; // reserved bit
    const singleSegment = (fhd >> 5) & 1;
    const fcsFlag = fhd >> 6;
    const checksum = (fhd >> 2) & 1;
    let at = 5 +
        (singleSegment ? 0 : 1) +
        DICT_BYTES[fhd & 3] +
        (fcsFlag === 0 ? singleSegment : FCS_BYTES[fcsFlag]);
    for (;;) {
        if (at + 3 > buf.length)
            return -1;
        const bh = buf[at] | (buf[at + 1] << 8) | (buf[at + 2] << 16);
        at += 3;
        const last = bh & 1;
        const type = (bh >> 1) & 3;
        const size = bh >>> 3;
        if (type === 3)
            return -1; // reserved block type
        at += type === 1 ? 1 : size;
        if (at > buf.length)
            return -1;
        if (last)
            break;
    }
    at += checksum ? 4 : 0;
    return at > buf.length ? -1 : at;
}
/**
 * An upper bound of the tar the signed manifest describes: each entry's data rounded to blocks,
 * its header, a PAX header for a long name or target, then the end blocks, and some slack. A
 * payload that decompresses past it is not the signed one (a bomb).
 */
function tarBound(manifest) {
    let total = TAR_BOUND_BASE;
    for (const e of manifest.entries)
        total += memberBound(e);
    return total;
}
/** tarBound's end blocks and slack. */
const TAR_BOUND_BASE = 64 * 1024;
/** tarBound's share of one entry (a v2 restore sums it while it reads the entries file). */
function memberBound(e) {
    const names = 4 * (e.path.length + (e.target?.length ?? 0)) + 128;
    let total = 3 * 512 + Math.ceil(names / 512) * 512;
    if (e.type === 'file')
        total += Math.ceil(e.size / 512) * 512;
    return total;
}


/***/ }),

/***/ 73314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ SortedEntryTree),
/* harmony export */   c: () => (/* binding */ comparePaths)
/* harmony export */ });
/* harmony import */ var _entry_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74947);
/**
 * The placement model of entry-tree.ts for entries that arrive in the manifest v2 order (each
 * root's paths strictly increasing, compared segment by segment \u2014 a depth-first walk with each
 * folder's names sorted). In that order a path's ancestors that are entries come before it and
 * everything between an ancestor and the path lies beneath the ancestor, so the ancestors are a
 * stack: memory holds the current chain of folders and the symlinks (their targets are resolved
 * against the whole tree at `finish()`), never one record per file.
 *
 * The same rules as EntryTree, with the same PlacementError reasons: nothing beneath a symlink or
 * a file, each path once (a repeat or a path out of order is refused), and every symlink
 * resolving inside the root the way the kernel would once everything is placed.
 */

/**
 * Order of two relative POSIX paths segment by segment (a folder before everything in it, then
 * its next sibling): negative, 0 or positive. Names compare by UTF-16 code units, as the save
 * walk sorts them.
 */
function comparePaths(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // '/' ends a segment: it sorts before any character of a longer name.
        if (x === 0x2f)
            return -1;
        if (y === 0x2f)
            return 1;
        return x - y;
    }
    return a.length - b.length;
}
/** Whether `anc` is a proper ancestor of `path` (both relative, '' is the root). */
function isAncestor(anc, path) {
    if (anc === '')
        return path !== '';
    return path.length > anc.length && path.charCodeAt(anc.length) === 0x2f && path.startsWith(anc);
}
class SortedEntryTree {
    label;
    /** The chain of entries above (and including) the last one added. */
    chain = [];
    links = new Map();
    last;
    /** @param label names the root in messages (e.g. `the cache path 'deps'`). */
    constructor(label = 'the cache root') {
        this.label = label;
    }
    /** Place `path` (a safe relative path, checked by the caller) as `kind`; throws PlacementError. */
    add(path, kind, target) {
        if (this.last !== undefined) {
            const order = comparePaths(path, this.last);
            if (order === 0)
                throw new _entry_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .PlacementError */ .wI('duplicate-member', `'${path}' appears twice; expected each entry once`, path);
            if (order < 0)
                throw new _entry_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .PlacementError */ .wI('out-of-order', `'${path}' comes after '${this.last}'; expected the entries in the manifest order (sorted by path segments)`, path);
        }
        this.last = path;
        const chain = this.chain;
        while (chain.length && !isAncestor(chain[chain.length - 1].path, path))
            chain.pop();
        const parent = chain[chain.length - 1];
        if (parent?.kind === 'symlink')
            throw new _entry_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .PlacementError */ .wI('write-through-symlink', `'${path}' would be written through the symlink '${parent.path}'; expected real folders`, path);
        if (parent?.kind === 'file')
            throw new _entry_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .PlacementError */ .wI('not-a-directory', `'${path}' would be placed under '${parent.path}', which is a file; expected a folder`, path);
        chain.push({ path, kind });
        if (kind === 'symlink') {
            this.links.set(path, target ?? '');
            this.checkLink(path);
        }
    }
    /** Re-resolve every symlink against the complete tree (call once all entries are added). */
    finish() {
        for (const link of this.links.keys())
            this.checkLink(link);
    }
    checkLink(link) {
        (0,_entry_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .checkLink */ .tD)(this.links, link, this.label);
    }
}


/***/ }),

/***/ 22226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yB: () => (/* binding */ ZstdPipe)
/* harmony export */ });
/* unused harmony exports SLOTS, SLOT_BYTES, newZstdFrameWalker, setEngineSteps */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/**
 * zstd (de)compression of the payload, with the stored bytes' BLAKE3, on a worker thread. The
 * main thread packs or extracts the tar synchronously and meets the worker in a ring of shared
 * 1 MiB slots: on save it fills slots with tar bytes, which the worker compresses, hashes and
 * writes to the archive; on restore the worker reads, hashes and decompresses the archive into
 * the slots, which the main thread checks and writes out. No buffer is allocated per chunk on
 * the main thread (no GC churn there), no promise per file, and reading, hashing, compressing
 * and writing run on two cores instead of one.
 *
 * Both ways the worker drives zlib's zstd engine in synchronous steps (`writeSync`, as zlib's
 * one-shot functions do) where this Node has that engine step, and the zlib stream otherwise. On
 * restore the steps decompress straight into the shared slots: no output buffer per chunk, no
 * copy, one reused read buffer, so the worker's memory stays flat whatever the payload.
 *
 * The worker hashes with the native BLAKE3 binary (loaded by its path). Where only the portable
 * hasher loads, save still compresses here but hashes the archive afterwards, and restore keeps
 * to the in-process stream. The stored payload must be one zstd frame, nothing after it: Node's
 * zstd decompressor stops quietly at the end of a frame, so the worker walks the frame's block
 * headers as it reads (`newZstdFrameWalker`) and refuses bytes after the frame and a frame cut
 * short, whichever way it decompresses.
 */

/** worker_threads, loaded when a pipe starts: a small payload never starts one (in-thread.ts). */
const loadWorkerThreads = () => (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:worker_threads');
/** Slots in the ring, and bytes per slot (zlib's output chunk size, so one chunk fits a slot). */
const SLOTS = 8;
const SLOT_BYTES = 1 << 20;
// Control words (Int32Array over `ctl`): per slot its state and length, then the shared flags.
const FREE = 0;
const FULL = 1;
const LEN = SLOTS;
const FAILED = 2 * SLOTS;
const ABORT = 2 * SLOTS + 1;
/** Set by the worker when it (de)compresses in synchronous engine steps (not through the stream). */
const STEPPED = 2 * SLOTS + 2;
const CTL_INTS = 2 * SLOTS + 3;
// After the ints: the stored size (Float64), the stored BLAKE3 (64 ASCII hex), an error message.
const SIZE_AT = Math.ceil((CTL_INTS * 4) / 8) * 8;
const DIGEST_AT = SIZE_AT + 8;
const ERROR_AT = DIGEST_AT + 64;
const ERROR_BYTES = 2048;
const CTL_BYTES = ERROR_AT + ERROR_BYTES;
/** How long the main thread waits for the worker without any progress before it gives up. */
const STALL_MS = 120_000;
/**
 * A walker of one zstd frame's header and block headers (the format of RFC 8878), fed the stored
 * bytes piece by piece: it tells where the frame ends without decoding it, which the engine
 * does not say (Node's decompressor stops quietly at the end of a frame, and takes the bytes
 * after it as the start of another). Self-contained: the worker runs it from its source text.
 */
function newZstdFrameWalker() {
    const head = new Uint8Array(5);
    let have = 0;
    /** Header bytes to collect: 5 (magic and descriptor), then 3 per block header. */
    let need = 5;
    let inFrame = false;
    /** Bytes to pass over: the rest of the frame header, a block's content, the checksum. */
    let skip = 0;
    let checksum = 0;
    let last = false;
    let ended = false;
    return {
        take(buf, off, len) {
            const end = off + len;
            let at = off;
            while (at < end && !ended) {
                if (skip > 0) {
                    const k = Math.min(skip, end - at);
                    skip -= k;
                    at += k;
                }
                else {
                    head[have++] = buf[at++];
                    if (have < need)
                        continue;
                    have = 0;
                    if (!inFrame) {
                        const magic = (head[0] | (head[1] << 8) | (head[2] << 16) | (head[3] << 24)) >>> 0;
                        if (magic !== 0xfd2fb528)
                            throw new Error('not a zstd frame (bad magic number)');
                        const fhd = head[4];
                        if (fhd & 0x08)
                            throw new Error('zstd frame header: reserved bit set');
                        const single = (fhd >> 5) & 1;
                        const fcs = fhd >> 6;
                        skip =
                            (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + (fcs === 0 ? single : [0, 2, 4, 8][fcs]);
                        checksum = fhd & 0x04 ? 4 : 0;
                        inFrame = true;
                        need = 3;
                    }
                    else {
                        const bh = head[0] | (head[1] << 8) | (head[2] << 16);
                        const type = (bh >> 1) & 3;
                        if (type === 3)
                            throw new Error('zstd block header: reserved block type');
                        skip = type === 1 ? 1 : bh >>> 3;
                        if (bh & 1) {
                            last = true;
                            skip += checksum;
                        }
                    }
                }
                if (last && skip === 0)
                    ended = true;
            }
            return at - off;
        },
        done: () => ended
    };
}
let engineSteps = true;
/**
 * Whether new pipes may drive the zstd engine in synchronous steps (the default) or must use the
 * zlib stream, the fallback for a Node without that engine step (tests run both); returns the
 * previous setting.
 */
function setEngineSteps(on) {
    const previous = engineSteps;
    engineSteps = on;
    return previous;
}
/**
 * The worker's whole program. It runs from its source text (`eval`), so it may use nothing from
 * this module's scope: only `req` (the worker's require), the frame walker (also passed as
 * source text) and the setup it is given.
 */
function workerMain(req, newWalker) {
    const { workerData } = req('node:worker_threads');
    const setup = workerData;
    const n = setup.slots;
    const size = setup.slotBytes;
    const ctl = new Int32Array(setup.ctl, 0, 2 * n + 3);
    const meta = Buffer.from(setup.ctl);
    const { digestAt, errorAt } = setup;
    const [FREE_, FULL_, LEN_, FAILED_, ABORT_, STEPPED_] = [0, 1, n, 2 * n, 2 * n + 1, 2 * n + 2];
    const fail = (err) => {
        const msg = Buffer.from(String(err?.message ?? err)).subarray(0, 2000);
        meta.fill(0, errorAt, errorAt + 2048);
        msg.copy(meta, errorAt);
        Atomics.store(ctl, FAILED_, 1);
        for (let i = 0; i < n; i++)
            Atomics.notify(ctl, i);
        process.exit(0);
    };
    try {
        const zlib = req('node:zlib');
        const fs = req('node:fs');
        const hasher = setup.blake3Path
            ? new (req(setup.blake3Path).Blake3Hasher)()
            : { update: () => undefined, digest: () => '' };
        let stored = 0;
        const finish = () => {
            new Float64Array(setup.ctl, setup.sizeAt, 1)[0] = stored;
            meta.write(hasher.digest('hex'), digestAt, 64, 'latin1');
        };
        /** Resolves once slot `i` is no longer in state `from` (at once if it is not). */
        const leave = async (i, from) => {
            while (Atomics.load(ctl, i) === from) {
                if (Atomics.load(ctl, ABORT_))
                    process.exit(0);
                const w = Atomics.waitAsync(ctl, i, from, 1000);
                if (w.async)
                    await w.value;
            }
        };
        const write = (c) => {
            hasher.update(c);
            stored += c.length;
            for (let off = 0; off < c.length;)
                off += fs.writeSync(setup.fd, c, off, c.length - off);
        };
        /** Blocks this thread until slot `i` is no longer in state `from`. */
        const leaveSync = (i, from) => {
            while (Atomics.load(ctl, i) === from) {
                if (Atomics.load(ctl, ABORT_))
                    process.exit(0);
                Atomics.wait(ctl, i, from, 1000);
            }
        };
        const newCompressor = () => zlib.createZstdCompress({
            chunkSize: size,
            params: { [zlib.constants.ZSTD_c_compressionLevel]: setup.level }
        });
        /**
         * The stream's synchronous engine step, or undefined where this Node lacks it (or the setup
         * asks for the stream). The engine reports an error by calling its handle's `onerror` during
         * the step: taken here, it is thrown from the step, so no step returns over an error.
         */
        const stepsOf = (z) => {
            const { _handle: handle, _writeState: state } = z;
            if (!setup.steps || typeof handle?.writeSync !== 'function')
                return undefined;
            if (!(state instanceof Uint32Array))
                return undefined;
            let error;
            handle.onerror = (message, _errno, code) => {
                error ??= new Error(code ? `${String(message)} (${String(code)})` : String(message));
            };
            const write = handle.writeSync.bind(handle);
            const step = (flush, input, inOff, inLen, out, outOff, outLen) => {
                write(flush, input, inOff, inLen, out, outOff, outLen);
                if (error)
                    throw error;
            };
            return { step, state };
        };
        /**
         * Compress each slot in synchronous steps of the zlib engine on this thread, as zlib's own
         * one-shot functions do: no hop to the thread pool and back per slot, no event-loop turn, one
         * output buffer reused, so this thread compresses, hashes and writes the stored bytes while
         * the main thread fills the next slots, blocking only when the ring is empty.
         */
        const compressSync = (z, { step, state }) => {
            Atomics.store(ctl, STEPPED_, 1);
            const out = Buffer.allocUnsafe(size);
            const steps = (input, flush) => {
                let inOff = 0;
                let inLen = input.length;
                for (;;) {
                    step(flush, input, inOff, inLen, out, 0, size);
                    const [outLeft, inLeft] = [state[0], state[1]];
                    if (outLeft < size)
                        write(out.subarray(0, size - outLeft));
                    inOff += inLen - inLeft;
                    inLen = inLeft;
                    // A full output buffer: zstd may hold more; otherwise the input is all taken.
                    if (outLeft !== 0)
                        break;
                }
            };
            const { ZSTD_e_continue, ZSTD_e_end } = zlib.constants;
            let i = 0;
            for (;;) {
                leaveSync(i, FREE_);
                const len = ctl[LEN_ + i];
                if (len < 0)
                    break;
                steps(Buffer.from(setup.data, i * size, len), ZSTD_e_continue);
                Atomics.store(ctl, i, FREE_);
                Atomics.notify(ctl, i);
                i = (i + 1) % n;
            }
            steps(Buffer.alloc(0), ZSTD_e_end);
            z.close();
            finish();
            // The end marker's slot is handed back last: the main thread reads the results after it.
            Atomics.store(ctl, i, FREE_);
            Atomics.notify(ctl, i);
        };
        const compress = async () => {
            const z = newCompressor();
            z.on('error', fail);
            const engine = stepsOf(z);
            if (engine)
                return compressSync(z, engine);
            z.on('data', write);
            const ended = new Promise((resolve) => z.on('end', resolve));
            let i = 0;
            for (;;) {
                await leave(i, FREE_);
                const len = ctl[LEN_ + i];
                if (len < 0)
                    break;
                const slot = i;
                const ok = z.write(Buffer.from(setup.data, slot * size, len), () => {
                    Atomics.store(ctl, slot, FREE_);
                    Atomics.notify(ctl, slot);
                });
                if (!ok)
                    await new Promise((resolve) => z.once('drain', resolve));
                i = (i + 1) % n;
            }
            z.end();
            await ended;
            finish();
            // The end marker's slot is handed back last: the main thread reads the results after it.
            Atomics.store(ctl, i, FREE_);
            Atomics.notify(ctl, i);
        };
        /** Hash and count `got` stored bytes just read; throws at bytes after the zstd frame. */
        const walker = newWalker();
        const takeStored = (chunk, got) => {
            hasher.update(got === chunk.length ? chunk : chunk.subarray(0, got));
            stored += got;
            const inFrame = walker.take(chunk, 0, got);
            if (inFrame < got)
                throw new Error(`the payload goes on after its zstd frame ends (at byte ${stored - got + inFrame} of at least ${stored}); expected one frame`);
        };
        /** At the end of the stored bytes: throws unless the frame ended there. */
        const frameEnded = () => {
            if (!walker.done())
                throw new Error(stored === 0
                    ? 'the payload is empty; expected one zstd frame'
                    : `the zstd frame is cut short: the payload ends (${stored} bytes) before its last block`);
        };
        /**
         * Decompress in synchronous engine steps straight into the slots: each step writes into the
         * free part of the current slot (a view of the shared memory), so there is no output buffer
         * per chunk and no copy; the stored bytes are read into one reused buffer. A slot is handed
         * over when full (the last one at the end); this thread blocks only while the ring is full.
         */
        const decompressSync = (z, { step, state }) => {
            Atomics.store(ctl, STEPPED_, 1);
            const views = Array.from({ length: n }, (_, i) => Buffer.from(setup.data, i * size, size));
            const input = Buffer.allocUnsafe(size);
            const { ZSTD_e_continue } = zlib.constants;
            let slot = 0;
            let filled = 0;
            const handOver = (len) => {
                ctl[LEN_ + slot] = len;
                Atomics.store(ctl, slot, FULL_);
                Atomics.notify(ctl, slot);
                slot = (slot + 1) % n;
                filled = 0;
            };
            for (let pos = 0;;) {
                const got = fs.readSync(setup.fd, input, 0, size, pos);
                if (got === 0)
                    break;
                pos += got;
                takeStored(input, got);
                let inOff = 0;
                let inLen = got;
                for (;;) {
                    if (filled === 0)
                        leaveSync(slot, FULL_);
                    step(ZSTD_e_continue, input, inOff, inLen, views[slot], filled, size - filled);
                    const [outLeft, inLeft] = [state[0], state[1]];
                    filled = size - outLeft;
                    inOff += inLen - inLeft;
                    inLen = inLeft;
                    // A full slot: zstd may hold more output; otherwise it has taken all the input.
                    if (outLeft === 0)
                        handOver(size);
                    else if (inLen === 0)
                        break;
                    // Room left and input left: the engine ended its frame where the walker did not.
                    else
                        throw new Error('the zstd frame ends before its last block; expected one frame');
                }
            }
            frameEnded();
            z.close();
            finish();
            if (filled > 0)
                handOver(filled);
            leaveSync(slot, FULL_);
            handOver(-1);
        };
        const decompress = async () => {
            const z = zlib.createZstdDecompress({ chunkSize: size });
            z.on('error', fail);
            const engine = stepsOf(z);
            if (engine)
                return decompressSync(z, engine);
            let slot = 0;
            const put = async (bytes, len) => {
                await leave(slot, FULL_);
                if (len > 0)
                    bytes.copy(Buffer.from(setup.data, slot * size, size), 0, 0, len);
                ctl[LEN_ + slot] = len;
                Atomics.store(ctl, slot, FULL_);
                Atomics.notify(ctl, slot);
                slot = (slot + 1) % n;
            };
            const feed = async () => {
                // Two read buffers: one may be in zlib's hands while the next is read.
                const bufs = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
                const busy = [undefined, undefined];
                let pos = 0;
                for (let k = 0;; k ^= 1) {
                    if (busy[k])
                        await busy[k];
                    const got = fs.readSync(setup.fd, bufs[k], 0, size, pos);
                    if (got === 0)
                        break;
                    pos += got;
                    takeStored(bufs[k], got);
                    const chunk = bufs[k].subarray(0, got);
                    let ok = true;
                    busy[k] = new Promise((resolve) => (ok = z.write(chunk, () => resolve())));
                    if (!ok)
                        await new Promise((resolve) => z.once('drain', resolve));
                }
                // The stream is ended only after a whole frame: a cut one never reads as complete.
                frameEnded();
                z.end();
            };
            feed().catch(fail);
            for await (const c of z) {
                for (let off = 0; off < c.length; off += size) {
                    const end = Math.min(c.length, off + size);
                    await put(c.subarray(off, end), end - off);
                }
            }
            finish();
            await put(Buffer.alloc(0), -1);
        };
        // A pending Atomics.waitAsync does not keep a thread's event loop alive: this does, until
        // the work is done (otherwise the worker could exit while the main thread waits for it).
        const keepAlive = setInterval(() => undefined, 60_000);
        (setup.mode === 'compress' ? compress() : decompress())
            .then(() => clearInterval(keepAlive))
            .catch(fail);
    }
    catch (err) {
        fail(err);
    }
}
/** The main thread's side of the ring. */
class ZstdPipe {
    ctl;
    meta;
    data;
    worker;
    slot = 0;
    /** (decompress) The slot last handed out, freed at the next call. */
    held = -1;
    exited = false;
    constructor(mode, fd, level, blake3Path) {
        const ctl = new SharedArrayBuffer(CTL_BYTES);
        this.ctl = new Int32Array(ctl, 0, CTL_INTS);
        this.meta = Buffer.from(ctl);
        this.data = new SharedArrayBuffer(SLOTS * SLOT_BYTES);
        const setup = {
            mode,
            steps: engineSteps,
            fd,
            level,
            blake3Path,
            ctl,
            data: this.data,
            slots: SLOTS,
            slotBytes: SLOT_BYTES,
            sizeAt: SIZE_AT,
            digestAt: DIGEST_AT,
            errorAt: ERROR_AT
        };
        const { Worker: WorkerThread } = loadWorkerThreads();
        this.worker = new WorkerThread(`(${workerMain.toString()})(require, ${newZstdFrameWalker.toString()})`, {
            eval: true,
            workerData: setup
        });
        this.worker.on('error', () => undefined); // reported through the FAILED flag
        this.worker.on('exit', () => (this.exited = true));
        this.worker.unref();
    }
    /**
     * Compress what is put into the slots, writing the stored bytes to `fd`; hashed with the
     * native BLAKE3 at `blake3Path` (without it, `end()` reports an empty digest).
     */
    static compressor(fd, level, blake3Path) {
        return new ZstdPipe('compress', fd, level, blake3Path);
    }
    /** Read `fd` from offset 0, hash and decompress it into the slots. */
    static decompressor(fd, blake3Path) {
        return new ZstdPipe('decompress', fd, 0, blake3Path);
    }
    failure() {
        if (!Atomics.load(this.ctl, FAILED))
            return undefined;
        const end = this.meta.indexOf(0, ERROR_AT);
        const msg = this.meta.toString('utf8', ERROR_AT, end === -1 ? ERROR_AT + ERROR_BYTES : end);
        return new Error(`zstd: ${msg || 'the worker failed'}`);
    }
    /**
     * (compress) Work to do instead of waiting for a free slot: called while the ring is full, one
     * small unit per call; returns false when there is nothing (more) to do, and the thread waits.
     */
    idle;
    /** Block until slot `i` leaves state `from`; throws the worker's error. */
    waitWhile(i, from) {
        let idle = 0;
        let work = from === FULL ? this.idle : undefined;
        while (Atomics.load(this.ctl, i) === from) {
            const err = this.failure();
            if (err)
                throw err;
            if (work) {
                if (!work())
                    work = undefined;
                continue;
            }
            if (Atomics.wait(this.ctl, i, from, 250) === 'timed-out') {
                idle += 250;
                if (idle >= STALL_MS)
                    throw new Error(`zstd: no progress for ${STALL_MS / 1000} s`);
            }
        }
        const err = this.failure();
        if (err)
            throw err;
    }
    view(i) {
        return Buffer.from(this.data, i * SLOT_BYTES, SLOT_BYTES);
    }
    /** (compress) The first slot to fill. */
    first() {
        this.waitWhile(this.slot, FULL);
        return this.view(this.slot);
    }
    /** (compress) Hand over the current slot's first `len` bytes; returns the next slot to fill. */
    put(len) {
        this.ctl[LEN + this.slot] = len;
        Atomics.store(this.ctl, this.slot, FULL);
        Atomics.notify(this.ctl, this.slot);
        this.slot = (this.slot + 1) % SLOTS;
        this.waitWhile(this.slot, FULL);
        return this.view(this.slot);
    }
    /** (compress) No more input: waits for the last stored byte; the stored size and BLAKE3. */
    end() {
        const i = this.slot;
        this.ctl[LEN + i] = -1;
        Atomics.store(this.ctl, i, FULL);
        Atomics.notify(this.ctl, i);
        this.waitWhile(i, FULL);
        return this.results();
    }
    /** (decompress) The next piece of the tar, or undefined at its end. Valid until the next call. */
    next() {
        if (this.held !== -1) {
            Atomics.store(this.ctl, this.held, FREE);
            Atomics.notify(this.ctl, this.held);
            this.held = -1;
        }
        this.waitWhile(this.slot, FREE);
        const len = this.ctl[LEN + this.slot];
        if (len < 0)
            return undefined;
        this.held = this.slot;
        this.slot = (this.slot + 1) % SLOTS;
        return Buffer.from(this.data, this.held * SLOT_BYTES, len);
    }
    /** (decompress) After `next()` returned undefined: the stored size and BLAKE3. */
    results() {
        return {
            size: new Float64Array(this.ctl.buffer, SIZE_AT, 1)[0],
            blake3: this.meta.toString('latin1', DIGEST_AT, DIGEST_AT + 64).replace(/\0+$/, '')
        };
    }
    /** Whether the worker (de)compressed in synchronous engine steps (else through the stream). */
    stepped() {
        return Atomics.load(this.ctl, STEPPED) === 1;
    }
    /** Stop the worker; resolves once it no longer touches the descriptor. */
    async close() {
        Atomics.store(this.ctl, ABORT, 1);
        for (let i = 0; i < SLOTS; i++)
            Atomics.notify(this.ctl, i);
        if (!this.exited)
            await this.worker.terminate();
    }
}


/***/ }),

/***/ 68520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ stopwatch)
/* harmony export */ });
/**
 * Elapsed wall time for evidence (`ms` fields), from process.hrtime: the `performance` global
 * would load perf_hooks (about a millisecond at every start) for the same figure.
 */
function stopwatch() {
    const t0 = process.hrtime.bigint();
    /** Milliseconds since the stopwatch was made, rounded to whole milliseconds. */
    return () => Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
}


/***/ }),

/***/ 13779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ parseEntryObject),
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   OT: () => (/* binding */ ENTRIES_FILE),
/* harmony export */   Sd: () => (/* binding */ MAX_ENTRIES),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   ZH: () => (/* binding */ MANIFEST_SCHEMA_V2),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   d$: () => (/* binding */ serializeEntry),
/* harmony export */   dF: () => (/* binding */ parseAnyManifest),
/* harmony export */   eg: () => (/* binding */ memberName),
/* harmony export */   jd: () => (/* binding */ MAX_ENTRIES_FILE_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_HEADER_BYTES, parseManifest */
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66613);
/**
 * The signed cache manifest. v1 (`ci-intel.cache-manifest.v1`) holds every entry's root, relative path, type, size, mode and BLAKE3
 * digest (symlinks with their target), the payload archive's own BLAKE3 and size, and who wrote
 * it (key, tier, event, ref, repository, run id). `parseManifest` is strict: unknown fields,
 * wrong types and unsafe paths are rejected, so the verifier never acts on a half-read document.
 * v2 (`ci-intel.cache-manifest.v2`, what save writes) signs the same header fields but pins the
 * entries \u2014 one canonical JSON line each, in tar member order \u2014 by the BLAKE3, size and line
 * count of a separate `entries.ndjson`, so neither side holds the entry list in memory.
 */

const MANIFEST_SCHEMA = 'ci-intel.cache-manifest.v1';
const MANIFEST_SCHEMA_V2 = 'ci-intel.cache-manifest.v2';
/** A manifest larger than this is refused unread (a million entries is ~150 MiB of JSON). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** A v2 header holds no entries: it is small. */
const MAX_HEADER_BYTES = 1024 * 1024;
/** Most entries in one cache entry (save refuses more; a restore refuses a header claiming more). */
const MAX_ENTRIES = 1_000_000;
/** The v2 entries file: streamed, never held, so it may be larger than a v1 manifest. */
const MAX_ENTRIES_FILE_BYTES = 512 * 1024 * 1024;
/** The v2 entries file's name in the envelope. */
const ENTRIES_FILE = 'entries.ndjson';
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
const HEX64 = /^[0-9a-f]{64}$/;
/** Whether `p` is a safe relative POSIX path: no absolute, no `..`, no `.`, no empty segment, no NUL or backslash. */
function isSafeRelativePath(p) {
    if (p === '' || p.length > 4096)
        return false;
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return false;
    if (p.includes('\0') || p.includes('\\'))
        return false;
    // Each segment non-empty and not `.` or `..` (scanned in place: this runs once per entry).
    for (let start = 0; start <= p.length;) {
        let end = p.indexOf('/', start);
        if (end === -1)
            end = p.length;
        const len = end - start;
        if (len === 0)
            return false;
        if (p.charCodeAt(start) === 0x2e &&
            (len === 1 || (len === 2 && p.charCodeAt(start + 1) === 0x2e)))
            return false;
        start = end + 1;
    }
    return true;
}
function fail(where, expected, actual) {
    const shown = typeof actual === 'string'
        ? `'${actual.slice(0, 200)}'`
        : JSON.stringify(actual)?.slice(0, 200);
    throw new ManifestError(`manifest ${where}: expected ${expected}, got ${shown}`);
}
function str(o, k, where) {
    const v = o[k];
    if (typeof v !== 'string')
        fail(`${where}.${k}`, 'a string', v);
    return v;
}
function int(o, k, where, max = Number.MAX_SAFE_INTEGER) {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max)
        fail(`${where}.${k}`, `an integer 0..${max}`, v);
    return v;
}
function obj(v, where) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        fail(where, 'an object', v);
    return v;
}
function onlyKeys(o, allowed, where) {
    for (const k of Object.keys(o))
        if (!allowed.includes(k))
            fail(where, `only ${allowed.join(', ')}`, k);
}
/** Parse strict JSON bytes into the document object (a ManifestError otherwise). */
function documentOf(bytes, source) {
    let doc;
    try {
        doc = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictJsonBytes */ .ml)(bytes, source);
    }
    catch (err) {
        if (err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonDocumentError */ .sT)
            throw new ManifestError(err.message);
        throw err;
    }
    return obj(doc, 'document');
}
const HEADER_KEYS = [
    'schema',
    'key',
    'tier',
    'event',
    'ref',
    'repository',
    'runId',
    'sha',
    'createdAt',
    'roots',
    'archive',
    'entries'
];
/** The fields every manifest version shares (all but `schema` and `entries`). */
function parseHeaderFields(m) {
    const roots = m.roots;
    if (!Array.isArray(roots) || roots.length === 0 || roots.length > 64)
        fail('roots', 'a list of 1..64 roots', roots);
    const parsedRoots = roots.map((r, i) => {
        const o = obj(r, `roots[${i}]`);
        onlyKeys(o, ['spec', 'base'], `roots[${i}]`);
        const base = o.base;
        if (base !== 'dir' && base !== 'file' && base !== 'glob')
            fail(`roots[${i}].base`, 'dir, file or glob', base);
        return { spec: str(o, 'spec', `roots[${i}]`), base };
    });
    const archive = obj(m.archive, 'archive');
    onlyKeys(archive, ['blake3', 'size', 'compression'], 'archive');
    if (archive.compression !== undefined && archive.compression !== 'zstd')
        fail('archive.compression', 'zstd (or no field: an uncompressed tar)', archive.compression);
    const archiveDigest = str(archive, 'blake3', 'archive');
    if (!HEX64.test(archiveDigest))
        fail('archive.blake3', '64 hex digits', archiveDigest);
    return {
        key: str(m, 'key', 'document'),
        tier: str(m, 'tier', 'document'),
        event: str(m, 'event', 'document'),
        ref: str(m, 'ref', 'document'),
        repository: str(m, 'repository', 'document'),
        runId: str(m, 'runId', 'document'),
        sha: str(m, 'sha', 'document'),
        createdAt: str(m, 'createdAt', 'document'),
        roots: parsedRoots,
        archive: {
            blake3: archiveDigest,
            size: int(archive, 'size', 'archive'),
            ...(archive.compression === 'zstd' ? { compression: 'zstd' } : {})
        }
    };
}
/**
 * One entry object, checked: known fields only, right types, a safe path, a digest for a file
 * only, a target for a symlink only, size 0 for a non-file. `where` names it in messages.
 */
function parseEntryObject(e, where, rootCount) {
    const o = obj(e, where);
    onlyKeys(o, ['root', 'path', 'type', 'size', 'mode', 'blake3', 'target'], where);
    const root = int(o, 'root', where, rootCount - 1);
    const path = str(o, 'path', where);
    if (!isSafeRelativePath(path))
        fail(`${where}.path`, 'a relative path without .. or empty segments', path);
    const type = o.type;
    if (type !== 'file' && type !== 'dir' && type !== 'symlink')
        fail(`${where}.type`, 'file, dir or symlink', type);
    const entry = {
        root,
        path,
        type,
        size: int(o, 'size', where),
        mode: int(o, 'mode', where, 0o777)
    };
    if (type === 'file') {
        const d = str(o, 'blake3', where);
        if (!HEX64.test(d))
            fail(`${where}.blake3`, '64 hex digits', d);
        entry.blake3 = d;
    }
    else if (o.blake3 !== undefined)
        fail(`${where}.blake3`, 'no digest for a non-file', o.blake3);
    if (type === 'symlink')
        entry.target = str(o, 'target', where);
    else if (o.target !== undefined)
        fail(`${where}.target`, 'no target for a non-symlink', o.target);
    if (type !== 'file' && entry.size !== 0)
        fail(`${where}.size`, '0 for a non-file', entry.size);
    return entry;
}
/** Parse and validate v1 manifest bytes (already signature-checked by the caller). */
function parseManifest(bytes) {
    if (bytes.length > MAX_MANIFEST_BYTES)
        fail('size', `at most ${MAX_MANIFEST_BYTES} bytes`, bytes.length);
    const m = documentOf(bytes, 'manifest.json');
    onlyKeys(m, HEADER_KEYS, 'document');
    if (m.schema !== MANIFEST_SCHEMA)
        fail('schema', MANIFEST_SCHEMA, m.schema);
    return parseV1(m);
}
function parseV1(m) {
    const header = parseHeaderFields(m);
    if (!Array.isArray(m.entries))
        fail('entries', 'a list', m.entries);
    const seen = header.roots.map(() => new Set());
    const entries = m.entries.map((e, i) => {
        const where = `entries[${i}]`;
        const entry = parseEntryObject(e, where, header.roots.length);
        if (seen[entry.root].has(entry.path))
            fail(`${where}.path`, 'each path once', entry.path);
        seen[entry.root].add(entry.path);
        return entry;
    });
    return { schema: MANIFEST_SCHEMA, ...header, entries };
}
/**
 * Parse signed manifest bytes of either version: a v1 manifest with its entries inline, or a v2
 * header that pins the entries file (entries-file.ts reads and checks that file).
 */
function parseAnyManifest(bytes) {
    if (bytes.length > MAX_MANIFEST_BYTES)
        fail('size', `at most ${MAX_MANIFEST_BYTES} bytes`, bytes.length);
    const m = documentOf(bytes, 'manifest.json');
    onlyKeys(m, HEADER_KEYS, 'document');
    if (m.schema === MANIFEST_SCHEMA)
        return parseV1(m);
    if (m.schema !== MANIFEST_SCHEMA_V2)
        fail('schema', `${MANIFEST_SCHEMA_V2} (or ${MANIFEST_SCHEMA})`, m.schema);
    if (bytes.length > MAX_HEADER_BYTES)
        fail('size', `at most ${MAX_HEADER_BYTES} bytes for a v2 header`, bytes.length);
    const header = parseHeaderFields(m);
    const ef = obj(m.entries, 'entries');
    onlyKeys(ef, ['blake3', 'size', 'count'], 'entries');
    const digest = str(ef, 'blake3', 'entries');
    if (!HEX64.test(digest))
        fail('entries.blake3', '64 hex digits', digest);
    return {
        schema: MANIFEST_SCHEMA_V2,
        ...header,
        entries: {
            blake3: digest,
            size: int(ef, 'size', 'entries', MAX_ENTRIES_FILE_BYTES),
            count: int(ef, 'count', 'entries', MAX_ENTRIES)
        }
    };
}
/** One entries-file line (without its newline): the canonical JSON of the entry. */
function serializeEntry(e) {
    // Fixed key order (the canonical form a restore compares each line with).
    const o = {
        root: e.root,
        path: e.path,
        type: e.type,
        size: e.size,
        mode: e.mode
    };
    if (e.blake3 !== undefined)
        o.blake3 = e.blake3;
    if (e.target !== undefined)
        o.target = e.target;
    return JSON.stringify(o);
}
/** The exact bytes that are signed and stored (either version). */
function serializeManifest(m) {
    return Buffer.from(JSON.stringify(m) + '\n', 'utf8');
}
/** The tar member name of an entry inside the payload archive. */
function memberName(e) {
    return `${e.root}/${e.path}`;
}


/***/ }),

/***/ 86862:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ rootDir),
/* harmony export */   Y1: () => (/* binding */ walkEntries),
/* harmony export */   aD: () => (/* binding */ expandPath),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   jh: () => (/* binding */ TreeError)
/* harmony export */ });
/* unused harmony exports walkPaths, hashEntries, toManifestEntries */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _blake3_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53780);
/* harmony import */ var _cache_entry_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74947);
/* harmony import */ var _cache_sorted_tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73314);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13779);
/**
 * Walks the `path` items of a cache (files, folders, globs \u2014 as actions/cache takes them) into
 * manifest entries as a stream (depth first, each folder's names sorted: the manifest v2 order),
 * and hashes them with BLAKE3 in fixed-size reads (memory stays flat in bytes and in files).
 */








class TreeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TreeError';
    }
}
const GLOB_CHARS = /[*?[{]/;
function isGlob(spec) {
    return GLOB_CHARS.test(spec);
}
/** `~` \u2192 home; relative \u2192 under the workspace. */
function expandPath(spec, workspace, home = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)()) {
    const s = spec === '~' ? home : spec.startsWith('~/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, spec.slice(2)) : spec;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(s) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(s) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, s);
}
/** Where a root's entries live on this machine. */
function rootDir(root, workspace, home) {
    if (root.base === 'glob')
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace);
    const p = expandPath(root.spec, workspace, home);
    return root.base === 'file' ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(p) : p;
}
function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
function modeOf(st) {
    return st.mode & 0o777;
}
function placementTreeError(err, abs, rootAbs) {
    const what = err.reason === 'symlink-escape' || err.reason === 'symlink-loop'
        ? `symlink ${abs} does not stay inside ${rootAbs} (${err.message}); a restore would reject it. Exclude it or cache its target instead`
        : `${abs} cannot be cached: ${err.message}`;
    return new TreeError(what);
}
function kindOf(d) {
    return d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other';
}
const byName = (x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
/** One root's walk, yielding entries in the manifest v2 order; memory: the folder chain. */
class RootWalk {
    root;
    rootAbs;
    counter;
    tree;
    constructor(root, rootAbs, label, counter) {
        this.root = root;
        this.rootAbs = rootAbs;
        this.counter = counter;
        this.tree = new _cache_sorted_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .SortedEntryTree */ .Y(label);
    }
    place(rel, abs, kind, target) {
        try {
            this.tree.add(rel, kind, target);
        }
        catch (err) {
            if (err instanceof _cache_entry_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .PlacementError */ .wI)
                throw placementTreeError(err, abs, this.rootAbs);
            throw err;
        }
    }
    finish() {
        try {
            this.tree.finish();
        }
        catch (err) {
            if (err instanceof _cache_entry_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .PlacementError */ .wI)
                throw placementTreeError(err, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.rootAbs, err.path), this.rootAbs);
            throw err;
        }
    }
    /** The entry for one path (a file's size and mode come from its descriptor when packed). */
    entry(rel, abs, kind, st) {
        if (++this.counter.n > _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_ENTRIES */ .Sd)
            throw new TreeError(`more than ${_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_ENTRIES */ .Sd} entries under the cache paths; cache fewer files`);
        const root = this.root;
        if (kind === 'symlink') {
            const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(abs);
            let t = target;
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(target)) {
                // An absolute link into the same root is stored relative; anything else cannot be restored safely.
                t = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), target));
            }
            this.place(rel, abs, 'symlink', t);
            return { root, path: rel, type: 'symlink', size: 0, mode: 0o777, target: t, abs };
        }
        if (kind === 'dir') {
            this.place(rel, abs, 'dir');
            return { root, path: rel, type: 'dir', size: 0, mode: modeOf(st ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs)), abs };
        }
        if (kind === 'file') {
            this.place(rel, abs, 'file');
            return {
                root,
                path: rel,
                type: 'file',
                size: st ? st.size : 0,
                mode: st ? modeOf(st) : 0,
                abs
            };
        }
        throw new TreeError(`${abs} is not a file, folder or symlink (a device, socket or FIFO); it cannot be cached`);
    }
    /** `abs` (already lstat-ed) and, for a folder, everything beneath it, depth first, sorted. */
    *walk(rel, abs, st) {
        const kind = kindOf(st);
        if (kind !== 'dir' || rel !== '') {
            yield this.entry(rel, abs, kind, st);
        }
        if (kind !== 'dir')
            return;
        const stack = [{ abs, rel, names: this.list(abs), next: 0 }];
        while (stack.length) {
            const f = stack[stack.length - 1];
            if (f.next === f.names.length) {
                stack.pop();
                continue;
            }
            const d = f.names[f.next++];
            const childAbs = `${f.abs}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${d.name}`;
            const childRel = f.rel === '' ? d.name : `${f.rel}/${d.name}`;
            const k = kindOf(d);
            yield this.entry(childRel, childAbs, k);
            if (k === 'dir')
                stack.push({ abs: childAbs, rel: childRel, names: this.list(childAbs), next: 0 });
        }
    }
    list(abs) {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true }).sort(byName);
    }
}
/**
 * Resolve the `path` items into roots (globs are expanded here and their matches sorted; a
 * glob's match list is the one thing held per path) and a lazy walk of their entries.
 */
function walkEntries(specs, workspace, home) {
    const roots = [];
    const missing = [];
    const planned = [];
    const ws = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace);
    for (const spec of specs) {
        if (isGlob(spec)) {
            roots.push({ spec, base: 'glob' });
            const matches = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.globSync)(spec, { cwd: ws }).map((m) => {
                const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ws, m);
                const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(ws, abs);
                if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel)) {
                    throw new TreeError(`glob '${spec}' matches ${abs}, outside the workspace; use a literal path for it`);
                }
                return { abs, rel: toPosix(rel) };
            });
            matches.sort((a, b) => (0,_cache_sorted_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .comparePaths */ .c)(a.rel, b.rel));
            if (!matches.length)
                missing.push(spec);
            const items = [];
            let covered;
            let previous;
            for (const m of matches) {
                // Matches may overlap (a folder and a file in it): each entry once.
                if (m.rel === previous)
                    continue;
                previous = m.rel;
                if (covered !== undefined && m.rel.startsWith(`${covered}/`))
                    continue;
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(m.abs);
                covered = st.isDirectory() ? m.rel : undefined;
                items.push({ ...m, st });
            }
            planned.push({ rootAbs: ws, items });
            continue;
        }
        const abs = expandPath(spec, workspace, home);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            roots.push({ spec, base: 'dir' });
            missing.push(spec);
            planned.push({ rootAbs: abs, items: [] });
            continue;
        }
        if (st.isDirectory()) {
            roots.push({ spec, base: 'dir' });
            planned.push({ rootAbs: abs, items: [{ abs, rel: '', st }] });
        }
        else {
            roots.push({ spec, base: 'file' });
            planned.push({ rootAbs: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), items: [{ abs, rel: toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(abs)), st }] });
        }
    }
    const counter = { n: 0 };
    let started = false;
    const entries = {
        *[Symbol.iterator]() {
            if (started)
                throw new Error('internal: a walk is iterated once');
            started = true;
            for (let i = 0; i < planned.length; i++) {
                const p = planned[i];
                const walk = new RootWalk(i, p.rootAbs, `the cache path '${specs[i]}'`, counter);
                for (const item of p.items)
                    yield* walk.walk(item.rel, item.abs, item.st);
                walk.finish();
            }
        }
    };
    return { roots, missing, entries };
}
/**
 * Resolve the `path` items into roots and entries (no hashing), all in memory (tests and small
 * callers; save streams walkEntries instead). Items that match nothing are reported in `missing`.
 */
function walkPaths(specs, workspace, home) {
    const plan = walkEntries(specs, workspace, home);
    const entries = [...plan.entries];
    return { roots: plan.roots, entries, missing: plan.missing };
}
/** Hash every file entry in place, with its size and mode from the open file. */
function hashEntries(entries, buffer = Buffer.allocUnsafe(CHUNK_SIZE)) {
    let bytes = 0;
    for (const e of entries) {
        if (e.type !== 'file')
            continue;
        const { blake3, size, mode } = hashFileSync(e.abs, buffer);
        e.blake3 = blake3;
        e.size = size;
        e.mode = mode;
        bytes += size;
    }
    return bytes;
}
/** Drop the machine-local `abs` field. */
function toManifestEntries(entries) {
    return entries.map(({ abs: _abs, ...e }) => e);
}


/***/ })

};
