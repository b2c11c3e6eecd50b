export const id = 779;
export const ids = [779];
export const modules = {

/***/ 72779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  save: () => (/* binding */ save)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/stopwatch.js
var stopwatch = __webpack_require__(68520);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./lib/hashing/blake3.js
var blake3 = __webpack_require__(53780);
// EXTERNAL MODULE: ./lib/hashing/manifest.js
var hashing_manifest = __webpack_require__(13779);
// EXTERNAL MODULE: ./lib/hashing/tree.js
var tree = __webpack_require__(86862);
;// CONCATENATED MODULE: ./lib/cache/tar-writer.js
/**
 * A POSIX tar writer for the payload archive, built for throughput: headers and small files are
 * assembled in one large buffer (small files are read straight into it), and only full buffers
 * are handed on, so a tree of 20,000 small files costs a few hundred writes, not 150,000. Names
 * longer than ustar allows, and link targets likewise, go in a PAX extended header; sizes past
 * ustar's 8 GiB use base-256, as GNU tar and tar-stream read them.
 */
const BLOCK = 512;
/** Bytes gathered before a flush. */
const BATCH_BYTES = 1 << 20;
function writeOctal(buf, at, width, value) {
    const digits = value.toString(8);
    if (digits.length <= width - 1) {
        buf.write(digits.padStart(width - 1, '0'), at, 'ascii');
        buf[at + width - 1] = 0;
        return;
    }
    // base-256: high bit set, big-endian value in the remaining bytes.
    let v = value;
    for (let i = width - 1; i > 0; i--) {
        buf[at + i] = v % 256;
        v = Math.floor(v / 256);
    }
    buf[at] = 0x80;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bodyLen = Buffer.byteLength(body);
    const digits = String(bodyLen).length;
    let len = bodyLen + digits;
    if (String(len).length > digits)
        len++;
    return Buffer.from(`${len}${body}`, 'utf8');
}
const TYPEFLAG = {
    file: 0x30,
    directory: 0x35,
    symlink: 0x32,
    pax: 0x78
};
/**
 * The fields every header shares, laid out once: uid, gid and mtime zero, the ustar magic, the
 * checksum field as spaces (as it is summed); `TEMPLATE_SUM` is their byte sum.
 */
const TEMPLATE = (() => {
    const t = Buffer.alloc(BLOCK);
    writeOctal(t, 108, 8, 0);
    writeOctal(t, 116, 8, 0);
    writeOctal(t, 136, 12, 0);
    t.write('ustar\u000000', 257, 8, 'latin1');
    t.fill(0x20, 148, 156);
    return t;
})();
const TEMPLATE_SUM = TEMPLATE.reduce((sum, b) => sum + b, 0);
/** Octal digits of `value` right-aligned in `width - 1` bytes and a NUL; returns their byte sum. */
function putOctal(buf, at, width, value) {
    if (value >= 8 ** (width - 1)) {
        writeOctal(buf, at, width, value); // base-256
        let sum = 0;
        for (let i = at; i < at + width; i++)
            sum += buf[i];
        return sum;
    }
    let sum = 0;
    let v = value;
    for (let i = at + width - 2; i >= at; i--) {
        const d = 0x30 + (v % 8);
        buf[i] = d;
        sum += d;
        v = Math.floor(v / 8);
    }
    buf[at + width - 1] = 0;
    return sum;
}
/** Write `text` (UTF-8, at most `max` bytes, the caller made sure) at `at`; its byte sum. */
function putText(buf, at, text, max) {
    const n = buf.write(text, at, max, 'utf8');
    let sum = 0;
    for (let i = at; i < at + n; i++)
        sum += buf[i];
    return sum;
}
/** Fill one 512-byte header at `buf[at]`. Name and link must already fit (\u2264 100 bytes). */
function fillHeader(buf, at, name, type, size, mode, linkname = '') {
    TEMPLATE.copy(buf, at);
    let sum = TEMPLATE_SUM + TYPEFLAG[type];
    sum += putText(buf, at, name, 100);
    sum += putOctal(buf, at + 100, 8, mode);
    sum += putOctal(buf, at + 124, 12, size);
    buf[at + 156] = TYPEFLAG[type];
    if (linkname)
        sum += putText(buf, at + 157, linkname, 100);
    putOctal(buf, at + 148, 7, sum);
    buf[at + 155] = 0x20;
}
const pad = (n) => (BLOCK - (n % BLOCK)) % BLOCK;
/**
 * Assembles tar bytes synchronously into the buffers `sink` hands out, and gives each full batch
 * back to it: no promise per member, and no allocation per batch.
 */
class TarWriter {
    sink;
    buf;
    used = 0;
    bytes = 0;
    constructor(sink, buf) {
        this.sink = sink;
        this.buf = buf;
    }
    reserve(n) {
        if (this.used + n > this.buf.length)
            this.flush();
    }
    flush() {
        if (!this.used)
            return;
        const chunk = this.buf.subarray(0, this.used);
        this.used = 0;
        this.bytes += chunk.length;
        this.buf = this.sink(chunk);
    }
    header(name, type, size, mode, linkname) {
        const nameLen = Buffer.byteLength(name);
        const linkLen = linkname ? Buffer.byteLength(linkname) : 0;
        if (nameLen > 100 || linkLen > 100) {
            const records = [paxRecord('path', name)];
            if (linkname)
                records.push(paxRecord('linkpath', linkname));
            const pax = Buffer.concat(records);
            this.reserve(BLOCK + pax.length + pad(pax.length));
            if (BLOCK + pax.length + pad(pax.length) > this.buf.length)
                throw new Error('name too long');
            fillHeader(this.buf, this.used, 'PaxHeader', 'pax', pax.length, 0o644);
            this.used += BLOCK;
            pax.copy(this.buf, this.used);
            this.used += pax.length;
            this.buf.fill(0, this.used, this.used + pad(pax.length));
            this.used += pad(pax.length);
            name = truncateUtf8(name, 100);
            linkname = linkname ? truncateUtf8(linkname, 100) : linkname;
        }
        this.reserve(BLOCK);
        fillHeader(this.buf, this.used, name, type, size, mode, linkname);
        this.used += BLOCK;
    }
    directory(name, mode) {
        this.header(name, 'directory', 0, mode);
    }
    symlink(name, target) {
        this.header(name, 'symlink', 0, 0o777, target);
    }
    /**
     * A file of `size` bytes whose content `read(buf, offset, length)` fills (returning bytes read,
     * 0 at end); `onData` sees each piece. Small files are read straight into the batch buffer.
     * Returns the bytes actually read (the caller compares with `size`).
     */
    file(name, mode, size, read, onData) {
        this.header(name, 'file', size, mode);
        let done = 0;
        while (done < size) {
            if (this.used === this.buf.length)
                this.flush();
            const want = Math.min(size - done, this.buf.length - this.used);
            const n = read(this.buf, this.used, want);
            if (n === 0)
                break;
            onData(this.buf.subarray(this.used, this.used + n));
            this.used += n;
            done += n;
        }
        if (done < size)
            return done;
        const p = pad(size);
        this.reserve(p);
        this.buf.fill(0, this.used, this.used + p);
        this.used += p;
        return done;
    }
    /** Two zero blocks, then the last flush. */
    end() {
        this.reserve(2 * BLOCK);
        this.buf.fill(0, this.used, this.used + 2 * BLOCK);
        this.used += 2 * BLOCK;
        this.flush();
    }
}
function truncateUtf8(s, max) {
    const b = Buffer.from(s, 'utf8');
    if (b.length <= max)
        return s;
    let end = max;
    while (end > 0 && (b[end] & 0xc0) === 0x80)
        end--;
    return b.subarray(0, end).toString('utf8');
}

// EXTERNAL MODULE: ./lib/cache/in-thread.js
var in_thread = __webpack_require__(44288);
// EXTERNAL MODULE: ./lib/cache/zstd-worker.js
var zstd_worker = __webpack_require__(22226);
;// CONCATENATED MODULE: ./lib/cache/payload.js
/**
 * Writes the payload archive (a POSIX tar whose members are `<root>/<path>`, zstd-compressed where
 * this Node has zstd) while hashing every file with BLAKE3 and the stored bytes too, in one read
 * of each file. Files are read with plain synchronous reads straight into the tar batch buffer;
 * compression runs on a worker thread meanwhile, so reading, hashing and compressing overlap \u2014
 * except for a small payload, compressed here in one call at the end (in-thread.ts).
 */








/** What the last writePayload did beyond its result (tests check that a path was taken). */
const lastPayload = { readAhead: 0 };
/** zlib, loaded when a payload is written or its compression chosen (not at every start). */
const loadZlib = () => (0,external_node_module_.createRequire)(import.meta.url)('node:zlib');
/** zstd where this Node has it (22.15+, 24); the manifest records which. */
function defaultCompression() {
    return typeof loadZlib().createZstdCompress === 'function'
        ? 'zstd'
        : 'none';
}
/** A writable for the stored bytes: hashes and counts them, then writes them to `fd`. */
function storedSink(fd) {
    const hasher = (0,blake3/* newBlake3 */.Fh)();
    let size = 0;
    return {
        write(chunk) {
            hasher.update(chunk);
            size += chunk.length;
            let off = 0;
            while (off < chunk.length)
                off += (0,external_node_fs_.writeSync)(fd, chunk, off, chunk.length - off);
        },
        result: () => ({ blake3: hasher.digestHex(), size })
    };
}
/** The pipeline's `zstd` default level; the archive is compressed as the shell would. */
const LEVEL = 3;
/**
 * Pack `entries` into `archiveFile`; fills each file's `blake3`, `size` and `mode` (from the open
 * file); returns the digest and size of the stored (compressed) bytes and the compression used.
 * `entries` may be a lazy walk (iterated once, in order); `onEntry` sees each entry right after
 * its member is packed (a file's digest filled in), so nothing needs to keep the list.
 *
 * With the native hasher, zstd and the stored bytes' hash run on a worker thread fed through a
 * ring of shared slots (zstd-worker.ts) while this thread reads and hashes the files. With the
 * portable hasher only, the worker compresses and the archive is hashed here once written.
 */
async function writePayload(entries, archiveFile, compression = defaultCompression(), onEntry) {
    const out = (0,external_node_fs_.openSync)(archiveFile, 'wx+', 0o600);
    let pipe;
    try {
        const native = (0,blake3/* blake3NativePath */.Nl)();
        const ahead = new ReadAhead(entries);
        lastPayload.readAhead = 0;
        let sink;
        let first;
        let finish;
        if (compression === 'zstd') {
            // The tar is held here while it stays small, then compressed in one call, in one frame;
            // past the in-thread limit the worker starts and takes what was held.
            const held = [];
            let heldBytes = 0;
            const buf = Buffer.allocUnsafe(BATCH_BYTES);
            first = buf;
            sink = (batch) => {
                if (pipe)
                    return pipe.put(batch.length);
                if (heldBytes + batch.length <= (0,in_thread/* inThreadLimit */.D1)()) {
                    held.push(Buffer.from(batch));
                    heldBytes += batch.length;
                    return buf;
                }
                const p = zstd_worker/* ZstdPipe */.yB.compressor(out, LEVEL, native);
                // While a batch waits for a free slot, the next small files are read ahead.
                p.idle = () => ahead.readNext();
                pipe = p;
                let slot = p.first();
                for (const piece of [...held, batch]) {
                    piece.copy(slot);
                    slot = p.put(piece.length);
                }
                held.length = 0;
                return slot;
            };
            // Without the native hasher the worker cannot hash: the archive is hashed once written.
            finish = () => {
                if (!pipe) {
                    const z = loadZlib();
                    const stored = storedSink(out);
                    stored.write(z.zstdCompressSync(Buffer.concat(held, heldBytes), {
                        params: { [z.constants.ZSTD_c_compressionLevel]: LEVEL }
                    }));
                    return stored.result();
                }
                const r = pipe.end();
                return native ? r : (0,blake3/* hashFdSync */.sN)(out, Buffer.allocUnsafe(blake3/* CHUNK_SIZE */.OZ));
            };
        }
        else {
            const stored = storedSink(out);
            const buf = Buffer.allocUnsafe(BATCH_BYTES);
            first = buf;
            sink = (batch) => {
                stored.write(batch);
                return buf;
            };
            finish = stored.result;
        }
        const tar = new TarWriter(sink, first);
        for (let p = ahead.next(); p; p = ahead.next()) {
            const e = p.entry;
            const name = (0,hashing_manifest/* memberName */.eg)(e);
            if (e.type === 'dir')
                tar.directory(name, e.mode);
            else if (e.type === 'symlink')
                tar.symlink(name, e.target);
            else if (p.data)
                ahead.pack(tar, p, name);
            else
                packFile(tar, e, name);
            onEntry?.(e);
        }
        tar.end();
        return { ...finish(), compression };
    }
    finally {
        // The worker stops touching the descriptor before it is closed.
        if (pipe)
            await pipe.close();
        (0,external_node_fs_.closeSync)(out);
    }
}
/** BLAKE3 of the first `size` bytes of `fd` (the portable path's archive digest). */
/**
 * Open `e` for packing: a regular file by its descriptor, with its size and mode from there.
 * Returns the descriptor (the caller closes it).
 */
function openEntry(e) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(e.abs, blake3/* OPEN_FOR_READING */.gE);
    }
    catch (err) {
        throw new tree/* TreeError */.jh(`${e.abs} cannot be read (${err.code ?? err.message}); cache files no step is changing`);
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new tree/* TreeError */.jh(`${e.abs} is no longer a regular file; cache files no step is changing`);
        return { fd, size: st.size, mode: st.mode & 0o777 };
    }
    catch (err) {
        (0,external_node_fs_.closeSync)(fd);
        throw err;
    }
}
/**
 * A reader of `size` bytes from `fd` for TarWriter.file that also tells whether the file ended
 * there: the read that reaches `size` asks for one byte more where the buffer has room (a short
 * read of a regular file is its end), else one probe read follows. One system call fewer per
 * small file than a second fstat, and it sees a file that grew while it was read.
 */
function exactReader(fd, size) {
    let done = 0;
    let grew = false;
    let atEnd = false;
    return {
        read(buf, off, len) {
            const last = done + len === size && off + len < buf.length;
            const n = (0,external_node_fs_.readSync)(fd, buf, off, last ? len + 1 : len, null);
            // Short of the extra byte: the file ends at `size`.
            atEnd = last && n <= len;
            if (n > len)
                grew = true;
            const got = Math.min(n, len);
            done += got;
            return got;
        },
        /** After the last read: the bytes past `size` (0 when the file ended at `size`). */
        past(probe) {
            if (grew)
                return 1;
            if (atEnd)
                return 0;
            return (0,external_node_fs_.readSync)(fd, probe, 0, 1, null);
        }
    };
}
const probe = Buffer.allocUnsafe(1);
function changed(e, size, got) {
    return new tree/* TreeError */.jh(`${e.abs} changed while it was cached (size ${size} \u2192 ${got}); cache files no step is writing`);
}
function packFile(tar, e, name) {
    const { fd, size, mode } = openEntry(e);
    const h = (0,blake3/* newBlake3 */.Fh)();
    let read;
    let past;
    try {
        e.size = size;
        e.mode = mode;
        const reader = exactReader(fd, size);
        read = tar.file(name, mode, size, reader.read, (piece) => h.update(piece));
        past = read === size ? reader.past(probe) : 0;
    }
    catch (err) {
        h.digestHex();
        throw err;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (read !== size || past) {
        h.digestHex();
        throw changed(e, size, read !== size ? read : size + past);
    }
    e.blake3 = h.digestHex();
}
/** Bytes of small files read ahead while the ring is full, at most. */
const READ_AHEAD_BYTES = 48 << 20;
/** Files up to this size are read ahead (larger ones are read quickly enough in their turn). */
const READ_AHEAD_FILE = 1 << 20;
/** Entries taken from the walk ahead of their turn, at most (folders, large files included). */
const READ_AHEAD_ENTRIES = 1 << 16;
/**
 * Small files read ahead of the tar writer while it waits for the compressor (a large file
 * going through it): the next entries are taken from the walk, and each small file is opened,
 * checked, read and hashed as packFile does, its bytes kept in one arena until its turn, so
 * reading many small files overlaps compressing large ones instead of following it. Bounded by
 * READ_AHEAD_BYTES and READ_AHEAD_ENTRIES; nothing is read ahead until the ring is full once.
 * Entries still come out in the walk's order.
 */
class ReadAhead {
    it;
    pending = [];
    head = 0;
    done = false;
    arena;
    used = 0;
    /** Entries handed out or pending whose bytes are in the arena. */
    held = 0;
    /** The last file taken did not fit: nothing more is read ahead until the arena is emptied. */
    full = false;
    constructor(entries) {
        this.it = entries[Symbol.iterator]();
    }
    /** The next entry in the walk's order (read ahead or not), or undefined at the end. */
    next() {
        if (this.head < this.pending.length) {
            const p = this.pending[this.head++];
            if (this.head === this.pending.length) {
                this.pending.length = 0;
                this.head = 0;
            }
            else if (this.head >= 4096 && this.head * 2 >= this.pending.length) {
                this.pending.splice(0, this.head); // what was handed out is not kept
                this.head = 0;
            }
            return p;
        }
        if (this.done)
            return undefined;
        const r = this.it.next();
        if (r.done) {
            this.done = true;
            return undefined;
        }
        return { entry: r.value };
    }
    /** Take the next entry ahead, reading it when it is a small file; false when nothing more. */
    readNext() {
        if (this.done || this.full || this.pending.length - this.head >= READ_AHEAD_ENTRIES)
            return false;
        const r = this.it.next();
        if (r.done) {
            this.done = true;
            return false;
        }
        const p = { entry: r.value };
        this.pending.push(p);
        const e = r.value;
        if (e.type !== 'file')
            return true;
        // The walk does not stat files: the size is known once the file is open.
        this.arena ??= Buffer.allocUnsafe(READ_AHEAD_BYTES);
        const { fd, size, mode } = openEntry(e);
        try {
            if (size > READ_AHEAD_FILE)
                return true; // read quickly enough in its turn
            if (this.used + size + 1 > this.arena.length) {
                this.full = true; // until the arena is emptied
                return false;
            }
            const at = this.used;
            let done = 0;
            for (;;) {
                const n = (0,external_node_fs_.readSync)(fd, this.arena, at + done, size + 1 - done, null);
                if (n === 0)
                    break;
                done += n;
                if (done > size)
                    throw changed(e, size, done);
            }
            if (done !== size)
                throw changed(e, size, done);
            this.used += size;
            const h = (0,blake3/* newBlake3 */.Fh)();
            h.update(this.arena.subarray(at, at + size));
            p.data = { at, size, blake3: h.digestHex(), mode };
            this.held++;
            lastPayload.readAhead++;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return true;
    }
    /** Pack a file whose bytes were read ahead (its digest, size and mode filled in). */
    pack(tar, p, name) {
        const d = p.data;
        const e = p.entry;
        e.size = d.size;
        e.mode = d.mode;
        e.blake3 = d.blake3;
        const arena = this.arena;
        let at = d.at;
        tar.file(name, d.mode, d.size, (buf, off, len) => {
            arena.copy(buf, off, at, at + len);
            at += len;
            return len;
        }, () => undefined);
        p.data = undefined;
        if (--this.held === 0) {
            this.used = 0;
            this.full = false;
        }
    }
}

// EXTERNAL MODULE: ./lib/cache/tier.js
var cache_tier = __webpack_require__(69428);
// EXTERNAL MODULE: ./lib/cache/entries-file.js + 1 modules
var entries_file = __webpack_require__(93761);
;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/save.js
/**
 * operation: save \u2014 walk, hash and pack the paths as a stream (entries.ndjson written beside the
 * tar, one line per member), sign the small v2 manifest header pinning both, store the envelope.
 */









async function save(req) {
    const elapsedMs = (0,stopwatch/* stopwatch */.s)();
    const { ctx, job } = req;
    const tier = (0,cache_tier/* ownTier */.j_)(job, req.rules);
    const key = (0,cache_tier/* storageKey */.Z2)(tier, req.pathsId, req.key);
    const { roots, entries, missing } = (0,tree/* walkEntries */.Y1)(req.paths, ctx.workspace, ctx.env.HOME);
    const evidence = {
        operation: 'save',
        backend: req.backend.name,
        tier,
        storageKey: key,
        stored: 'nothing',
        files: 0,
        entries: 0,
        bytes: 0,
        missing,
        ms: 0
    };
    const findings = [];
    const outputs = {
        'cache-hit': 'false',
        'matched-key': '',
        'verified-files': '0',
        quarantined: 'false'
    };
    // Nothing to check is never a pass: every path item must contribute at least one file (known
    // once the walk is done; the unsaved envelope is thrown away).
    const perRoot = new Array(roots.length).fill(0);
    const refuseEmpty = () => {
        const empty = req.paths.filter((_, i) => perRoot[i] === 0);
        if (!empty.length)
            return;
        const what = empty.map((p) => `'${p}'${missing.includes(p) ? ' (matches nothing)' : ' (no files in it)'}`);
        throw new errors/* InputError */.dz('path', `${what.join(', ')}: no file to cache in the workspace ${ctx.workspace}; nothing was saved. Save after the step that creates the files, or fix the path (relative paths are under the workspace, ~ is ${ctx.env.HOME ?? 'the home folder'})`);
    };
    // A local store hands out a folder inside itself (the envelope is adopted with one rename);
    // otherwise the envelope is written to a private temp folder and the backend uploads it.
    let work;
    let envelope;
    if (req.backend.newEnvelopeDir) {
        envelope = req.backend.newEnvelopeDir();
    }
    else {
        const workRoot = (0,external_node_path_.join)(ctx.tempDir, 'cache-sentinel');
        (0,external_node_fs_.mkdirSync)(workRoot, { recursive: true, mode: 0o700 });
        work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workRoot, 'save-'));
        envelope = (0,external_node_path_.join)(work, 'envelope');
        (0,external_node_fs_.mkdirSync)(envelope);
    }
    try {
        // The walk, the tar and the entries file advance together: one entry at a time.
        const entriesFd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(envelope, hashing_manifest/* ENTRIES_FILE */.OT), 'wx', 0o600);
        let entriesRef;
        let archive;
        try {
            const lines = new entries_file/* EntriesWriter */.Qx(entriesFd);
            archive = await writePayload(entries, (0,external_node_path_.join)(envelope, 'payload.tar'), undefined, (e) => {
                lines.add(e);
                if (e.type === 'file') {
                    perRoot[e.root]++;
                    evidence.files++;
                    evidence.bytes += e.size;
                }
            });
            entriesRef = lines.end();
        }
        finally {
            (0,external_node_fs_.closeSync)(entriesFd);
        }
        evidence.entries = entriesRef.count;
        refuseEmpty();
        const manifest = {
            schema: hashing_manifest/* MANIFEST_SCHEMA_V2 */.ZH,
            key: req.key,
            tier,
            event: job.event,
            ref: job.ref,
            repository: job.repository,
            runId: job.runId,
            sha: job.sha,
            createdAt: ctx.now().toISOString(),
            roots,
            archive: {
                blake3: archive.blake3,
                size: archive.size,
                ...(archive.compression === 'zstd' ? { compression: 'zstd' } : {})
            },
            entries: entriesRef
        };
        const bytes = (0,hashing_manifest/* serializeManifest */.MZ)(manifest);
        const signature = await req.signer.sign(bytes);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelope, 'manifest.json'), bytes);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelope, 'signature.json'), JSON.stringify(signature) + '\n');
        evidence.stored = await req.backend.save(key, envelope);
        evidence.archive = manifest.archive;
        evidence.signature = signature.type === 'ed25519' ? signature.keyId : 'sigstore';
    }
    finally {
        if (work)
            (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        else
            req.backend.discardEnvelopeDir?.(envelope);
    }
    evidence.ms = elapsedMs();
    const what = evidence.stored === 'saved' ? 'saved' : 'kept the existing entry for';
    return {
        verdict: 'pass',
        summary: `${what} ${req.key} in tier ${tier}: ${evidence.files} files, BLAKE3 manifest signed (${evidence.signature})`,
        findings,
        evidence,
        outputs: { ...outputs, 'verified-files': String(evidence.files) }
    };
}


/***/ })

};
