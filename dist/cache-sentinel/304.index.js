export const id = 304;
export const ids = [304];
export const modules = {

/***/ 74947:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ PlacementError),
/* harmony export */   x: () => (/* binding */ EntryTree)
/* harmony export */ });
/**
 * The one model of what a cache entry places under a root, used by save (the walked tree) and by
 * restore (the signed manifest, before a byte is written, and the archive as it streams).
 *
 * Entries are added in order. An entry may only be placed under real folders of the tree — never
 * beneath a symlink or a file — and each path once. Symlink targets are resolved the way the
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
    /** Path (relative, `/`-separated; '' is the root) → kind. Implicit parents are folders. */
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
        const target = this.links.get(link);
        if (target === '' ||
            target.startsWith('/') ||
            target.includes('\0') ||
            target.includes('\\') ||
            /^[A-Za-z]:/.test(target)) {
            throw new PlacementError('symlink-escape', `symlink '${link}' points to '${target}'; expected a relative target inside ${this.label}`, link);
        }
        const where = this.resolve(link);
        if (where === 'outside') {
            throw new PlacementError('symlink-escape', `symlink '${link}' points to '${target}', which resolves outside ${this.label} (following the symlinks in the entry); expected a target inside it`, link);
        }
        if (where === 'loop') {
            throw new PlacementError('symlink-loop', `symlink '${link}' points to '${target}', which never resolves (more than ${MAX_HOPS} symlinks); expected a target inside ${this.label}`, link);
        }
    }
    /**
     * Where `link` resolves to, following the tree's symlinks: a path inside the root, 'outside'
     * or 'loop'. Components not in the tree are taken as plain names.
     */
    resolve(link) {
        const stack = link.split('/');
        stack.pop();
        const pending = this.links.get(link).split('/').reverse();
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
            if (this.kinds.get(candidate) === LINK) {
                if (++hops > MAX_HOPS)
                    return 'loop';
                const t = this.links.get(candidate);
                if (t.startsWith('/'))
                    return 'outside';
                for (const s of t.split('/').reverse())
                    pending.push(s);
                continue;
            }
            stack.push(seg);
        }
        return stack.join('/');
    }
}


/***/ }),

/***/ 44288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ inThreadLimit),
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
    let total = 64 * 1024;
    for (const e of manifest.entries) {
        const names = 4 * (e.path.length + (e.target?.length ?? 0)) + 128;
        total += 3 * 512 + Math.ceil(names / 512) * 512;
        if (e.type === 'file')
            total += Math.ceil(e.size / 512) * 512;
    }
    return total;
}


/***/ }),

/***/ 22226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yB: () => (/* binding */ ZstdPipe)
/* harmony export */ });
/* unused harmony exports SLOTS, SLOT_BYTES */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/**
 * zstd (de)compression of the payload, with the stored bytes' BLAKE3, on a worker thread. The
 * main thread packs or extracts the tar synchronously and meets the worker in a ring of shared
 * 1 MiB slots: on save it fills slots with tar bytes, which the worker compresses, hashes and
 * writes to the archive; on restore the worker reads, hashes and decompresses the archive into
 * the slots, which the main thread checks and writes out. No buffer is allocated per chunk on
 * the main thread (no GC churn there), no promise per file, and reading, hashing, compressing
 * and writing run on two cores instead of one.
 *
 * The worker hashes with the native BLAKE3 binary (loaded by its path). Where only the portable
 * hasher loads, save still compresses here but hashes the archive afterwards, and restore keeps
 * to the in-process stream. (The stream must be one zstd frame: Node's zstd decompressor stops
 * at the end of the first frame of a large input.)
 */

/** Slots in the ring, and bytes per slot (zlib's output chunk size, so one chunk fits a slot). */
const SLOTS = 8;
const SLOT_BYTES = 1 << 20;
// Control words (Int32Array over `ctl`): per slot its state and length, then the shared flags.
const FREE = 0;
const FULL = 1;
const LEN = SLOTS;
const FAILED = 2 * SLOTS;
const ABORT = 2 * SLOTS + 1;
const CTL_INTS = 2 * SLOTS + 2;
// After the ints: the stored size (Float64), the stored BLAKE3 (64 ASCII hex), an error message.
const SIZE_AT = Math.ceil((CTL_INTS * 4) / 8) * 8;
const DIGEST_AT = SIZE_AT + 8;
const ERROR_AT = DIGEST_AT + 64;
const ERROR_BYTES = 2048;
const CTL_BYTES = ERROR_AT + ERROR_BYTES;
/** How long the main thread waits for the worker without any progress before it gives up. */
const STALL_MS = 120_000;
/**
 * The worker's whole program. It runs from its source text (`eval`), so it may use nothing from
 * this module's scope: only `req` (the worker's require) and the setup it is given.
 */
function workerMain(req) {
    const { workerData } = req('node:worker_threads');
    const setup = workerData;
    const n = setup.slots;
    const size = setup.slotBytes;
    const ctl = new Int32Array(setup.ctl, 0, 2 * n + 2);
    const meta = Buffer.from(setup.ctl);
    const { digestAt, errorAt } = setup;
    const [FREE_, FULL_, LEN_, FAILED_, ABORT_] = [0, 1, n, 2 * n, 2 * n + 1];
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
        const compress = async () => {
            const z = zlib.createZstdCompress({
                chunkSize: size,
                params: { [zlib.constants.ZSTD_c_compressionLevel]: setup.level }
            });
            z.on('data', (c) => {
                hasher.update(c);
                stored += c.length;
                for (let off = 0; off < c.length;)
                    off += fs.writeSync(setup.fd, c, off, c.length - off);
            });
            z.on('error', fail);
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
        const decompress = async () => {
            const z = zlib.createZstdDecompress({ chunkSize: size });
            z.on('error', fail);
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
                    const chunk = bufs[k].subarray(0, got);
                    hasher.update(chunk);
                    stored += got;
                    let ok = true;
                    busy[k] = new Promise((resolve) => (ok = z.write(chunk, () => resolve())));
                    if (!ok)
                        await new Promise((resolve) => z.once('drain', resolve));
                }
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
        this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(`(${workerMain.toString()})(require)`, {
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
    /** Block until slot `i` leaves state `from`; throws the worker's error. */
    waitWhile(i, from) {
        let idle = 0;
        while (Atomics.load(this.ctl, i) === from) {
            const err = this.failure();
            if (err)
                throw err;
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

/***/ 13779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   eg: () => (/* binding */ memberName)
/* harmony export */ });
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66613);
/**
 * The signed cache manifest: every entry's root, relative path, type, size, mode and BLAKE3
 * digest (symlinks with their target), the payload archive's own BLAKE3 and size, and who wrote
 * it (key, tier, event, ref, repository, run id). `parseManifest` is strict: unknown fields,
 * wrong types and unsafe paths are rejected, so the verifier never acts on a half-read document.
 */

const MANIFEST_SCHEMA = 'ci-intel.cache-manifest.v1';
/** A manifest larger than this is refused unread (a million entries is ~150 MiB of JSON). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
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
/** Parse and validate manifest bytes (already signature-checked by the caller). */
function parseManifest(bytes) {
    if (bytes.length > MAX_MANIFEST_BYTES)
        fail('size', `at most ${MAX_MANIFEST_BYTES} bytes`, bytes.length);
    let doc;
    try {
        doc = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictJsonBytes */ .ml)(bytes, 'manifest.json');
    }
    catch (err) {
        if (err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonDocumentError */ .sT)
            throw new ManifestError(err.message);
        throw err;
    }
    const m = obj(doc, 'document');
    onlyKeys(m, [
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
    ], 'document');
    if (m.schema !== MANIFEST_SCHEMA)
        fail('schema', MANIFEST_SCHEMA, m.schema);
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
    if (!Array.isArray(m.entries))
        fail('entries', 'a list', m.entries);
    const seen = parsedRoots.map(() => new Set());
    const entries = m.entries.map((e, i) => {
        const where = `entries[${i}]`;
        const o = obj(e, where);
        onlyKeys(o, ['root', 'path', 'type', 'size', 'mode', 'blake3', 'target'], where);
        const root = int(o, 'root', where, parsedRoots.length - 1);
        const path = str(o, 'path', where);
        if (!isSafeRelativePath(path))
            fail(`${where}.path`, 'a relative path without .. or empty segments', path);
        if (seen[root].has(path))
            fail(`${where}.path`, 'each path once', path);
        seen[root].add(path);
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
    });
    return {
        schema: MANIFEST_SCHEMA,
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
        },
        entries
    };
}
/** The exact bytes that are signed and stored. */
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
/* harmony export */   AN: () => (/* binding */ walkPaths),
/* harmony export */   K8: () => (/* binding */ rootDir),
/* harmony export */   aD: () => (/* binding */ expandPath),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   jh: () => (/* binding */ TreeError),
/* harmony export */   z6: () => (/* binding */ toManifestEntries)
/* harmony export */ });
/* unused harmony exports MAX_ENTRIES, hashEntries */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _blake3_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53780);
/* harmony import */ var _cache_entry_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74947);
/**
 * Walks the `path` items of a cache (files, folders, globs — as actions/cache takes them) into
 * manifest entries, and hashes them with BLAKE3 in fixed-size reads (memory stays flat).
 */





const MAX_ENTRIES = 1_000_000;
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
/** `~` → home; relative → under the workspace. */
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
class Walker {
    entries = [];
    seen = new Set();
    /** Per root: the placement model a restore will check the manifest against. */
    trees = [];
    place(root, rel, abs, kind, target) {
        try {
            this.trees[root].tree.add(rel, kind, target);
        }
        catch (err) {
            if (err instanceof _cache_entry_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .PlacementError */ .w)
                throw placementTreeError(err, abs, this.trees[root].rootAbs);
            throw err;
        }
    }
    /** Resolve every symlink against the whole walked tree (the order of the walk cannot hide a chain). */
    finish() {
        for (const { tree, rootAbs } of this.trees) {
            try {
                tree.finish();
            }
            catch (err) {
                if (err instanceof _cache_entry_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .PlacementError */ .w)
                    throw placementTreeError(err, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(rootAbs, err.path), rootAbs);
                throw err;
            }
        }
    }
    /** A path item itself, or a glob match (already lstat-ed). */
    add(root, rootAbs, abs, st, dedupe = false) {
        const rel = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(rootAbs, abs));
        if (dedupe) {
            // Glob matches may overlap (a folder and a file in it): each entry once.
            const id = `${root}/${rel}`;
            if (this.seen.has(id))
                return;
            this.seen.add(id);
        }
        const kind = st.isSymbolicLink()
            ? 'symlink'
            : st.isDirectory()
                ? 'dir'
                : st.isFile()
                    ? 'file'
                    : 'other';
        this.visit(root, rel, abs, kind, st, dedupe);
    }
    /**
     * One entry. Below a path item, kinds come from the folder listing (no stat per file): a
     * file's size and mode are taken from its open descriptor when it is packed or hashed.
     */
    visit(root, rel, abs, kind, st, dedupe) {
        if (this.entries.length >= MAX_ENTRIES) {
            throw new TreeError(`more than ${MAX_ENTRIES} entries under the cache paths; cache fewer files`);
        }
        if (kind === 'symlink') {
            const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(abs);
            let t = target;
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(target)) {
                // An absolute link into the same root is stored relative; anything else cannot be restored safely.
                const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), target);
                t = toPosix(inside);
            }
            this.place(root, rel, abs, 'symlink', t);
            this.entries.push({ root, path: rel, type: 'symlink', size: 0, mode: 0o777, target: t, abs });
        }
        else if (kind === 'dir') {
            if (rel !== '') {
                this.place(root, rel, abs, 'dir');
                const mode = modeOf(st ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs));
                this.entries.push({ root, path: rel, type: 'dir', size: 0, mode, abs });
            }
            const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
            names.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
            for (const d of names) {
                const childAbs = `${abs}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${d.name}`;
                const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
                if (dedupe) {
                    const id = `${root}/${childRel}`;
                    if (this.seen.has(id))
                        continue;
                    this.seen.add(id);
                }
                const k = d.isSymbolicLink()
                    ? 'symlink'
                    : d.isDirectory()
                        ? 'dir'
                        : d.isFile()
                            ? 'file'
                            : 'other';
                this.visit(root, childRel, childAbs, k, undefined, dedupe);
            }
        }
        else if (kind === 'file') {
            this.place(root, rel, abs, 'file');
            this.entries.push({
                root,
                path: rel,
                type: 'file',
                size: st ? st.size : 0,
                mode: st ? modeOf(st) : 0,
                abs
            });
        }
        else {
            throw new TreeError(`${abs} is not a file, folder or symlink (a device, socket or FIFO); it cannot be cached`);
        }
    }
}
/**
 * Resolve the `path` items into roots and entries (no hashing). Items that match nothing are
 * reported in `missing`, as actions/cache warns about them.
 */
function walkPaths(specs, workspace, home) {
    const walker = new Walker();
    const roots = [];
    const missing = [];
    specs.forEach((spec, i) => {
        walker.trees.push({ tree: new _cache_entry_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .EntryTree */ .x(`the cache path '${spec}'`), rootAbs: '' });
        if (isGlob(spec)) {
            walker.trees[i].rootAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace);
            roots.push({ spec, base: 'glob' });
            const ws = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace);
            const matches = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.globSync)(spec, { cwd: ws })
                .map((m) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ws, m))
                .sort();
            if (!matches.length)
                missing.push(spec);
            for (const abs of matches) {
                const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(ws, abs);
                if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel)) {
                    throw new TreeError(`glob '${spec}' matches ${abs}, outside the workspace; use a literal path for it`);
                }
                walker.add(i, ws, abs, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs), true);
            }
            return;
        }
        const abs = expandPath(spec, workspace, home);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            roots.push({ spec, base: 'dir' });
            missing.push(spec);
            return;
        }
        if (st.isDirectory()) {
            roots.push({ spec, base: 'dir' });
            walker.trees[i].rootAbs = abs;
            walker.add(i, abs, abs, st);
        }
        else {
            roots.push({ spec, base: 'file' });
            walker.trees[i].rootAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs);
            walker.add(i, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), abs, st);
        }
    });
    walker.finish();
    return { roots, entries: walker.entries, missing };
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
