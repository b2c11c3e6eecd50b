export const id = 5831;
export const ids = [5831];
export const modules = {

/***/ 17645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ EVENTS_FILE),
/* harmony export */   Zn: () => (/* binding */ appendEvent),
/* harmony export */   tW: () => (/* binding */ quarantine)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/** The sentinel's telemetry and quarantine: NDJSON records and a folder per rejected entry. */



const EVENTS_FILE = 'cache-events.ndjson';
function appendEvent(tempDir, record) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(tempDir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir, EVENTS_FILE);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, JSON.stringify(record) + '\n');
    return file;
}
/** Move a staged entry to `<tempDir>/quarantine/<timestamp>/` (kept for forensics, never restored). */
function quarantine(tempDir, stagingDir, now) {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir, 'quarantine', `${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir, 'quarantine'), { recursive: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(stagingDir, dest);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(stagingDir, dest, { recursive: true, verbatimSymlinks: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(stagingDir, { recursive: true, force: true });
    }
    return dest;
}


/***/ }),

/***/ 65831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restore: () => (/* binding */ restore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/cache/backend.js
var backend = __webpack_require__(36438);
// EXTERNAL MODULE: ./lib/cache/events.js
var events = __webpack_require__(17645);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./lib/hashing/blake3.js
var blake3 = __webpack_require__(53780);
// EXTERNAL MODULE: ./lib/hashing/manifest.js
var hashing_manifest = __webpack_require__(13779);
// EXTERNAL MODULE: ./lib/cache/entry-tree.js
var entry_tree = __webpack_require__(74947);
// EXTERNAL MODULE: ./lib/cache/in-thread.js
var in_thread = __webpack_require__(44288);
;// CONCATENATED MODULE: ./lib/cache/tar-reader.js
/**
 * A synchronous, push-driven tar reader for the payload archive: chunks go in with `push`, and
 * each member is reported through plain callbacks — a header, then its data as slices of the
 * chunks given (no copy, no stream per member), then its end. Restores of 20,000 small files
 * spend their time writing files, not driving a stream per member.
 *
 * It reads what the sentinel writes (ustar, PAX `x` headers for long names and sizes, base-256
 * sizes) and reports everything else it meets — hardlinks, devices, FIFOs, unknown types — by
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
function isZeroBlock(buf, at) {
    for (let i = at; i < at + BLOCK; i++)
        if (buf[i] !== 0)
            return false;
    return true;
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
    const trees = manifest.roots.map((r) => new entry_tree/* EntryTree */.x(`the cache path '${r.spec}'`));
    try {
        for (const e of manifest.entries)
            trees[e.root].add(e.path, e.type, e.target);
        for (const t of trees)
            t.finish();
    }
    catch (err) {
        if (err instanceof entry_tree/* PlacementError */.w) {
            const file = `${manifest.entries.find((e) => e.path === err.path)?.root ?? 0}/${err.path}`;
            throw new Rejection(err.reason, `manifest entry ${err.message}`, file);
        }
        throw err;
    }
}
/**
 * Extract the payload read from `archiveFd` (from offset 0) into `stagingDir/<root>/<path>`,
 * verifying every member against `manifest`, and the stored bytes' size and BLAKE3 as they
 * stream by — one read of the archive. When a member is rejected, the archive is hashed to the
 * end first: a payload that is not the signed one is reported as such (`archive-*-mismatch`).
 */
async function extractVerified(archiveFd, manifest, stagingDir) {
    try {
        const stats = await extractStream(archiveFd, manifest, stagingDir);
        return stats;
    }
    catch (err) {
        if (err instanceof Rejection && !err.reason.startsWith('archive-'))
            checkArchive(archiveFd, manifest);
        throw err;
    }
}
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
    const h = (0,blake3/* newBlake3 */.Fh)();
    const buf = Buffer.allocUnsafe(blake3/* CHUNK_SIZE */.OZ);
    let pos = 0;
    for (;;) {
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, pos);
        if (n === 0)
            break;
        h.update(buf.subarray(0, n));
        pos += n;
    }
    archiveMatches(manifest, pos, h.digestHex());
}
function archiveMatches(manifest, size, blake3) {
    if (size !== manifest.archive.size)
        throw new Rejection('archive-size-mismatch', `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${size}`, 'payload.tar');
    if (blake3 !== manifest.archive.blake3)
        throw new Rejection('archive-digest-mismatch', `payload.tar: expected BLAKE3 ${manifest.archive.blake3} (manifest), got ${blake3}`, 'payload.tar');
}
async function extractStream(archiveFd, manifest, stagingDir) {
    // Per root: path → index of its manifest entry (no string built per entry), and a flag per
    // entry once its member was written.
    const expected = manifest.roots.map(() => new Map());
    manifest.entries.forEach((e, i) => expected[e.root].set(e.path, i));
    const entryDone = new Uint8Array(manifest.entries.length);
    checkManifestTree(manifest);
    // What has been written so far, per root: the same placement rules, member by member.
    const staged = manifest.roots.map((r) => new entry_tree/* EntryTree */.x(`the cache path '${r.spec}'`));
    const madeDirs = new Set();
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
    const hasher = (0,blake3/* newBlake3 */.Fh)();
    let storedBytes = 0;
    let storedDigest = '';
    if (manifest.archive.compression === 'zstd' && typeof zlib.createZstdDecompress !== 'function')
        throw new Error(`this entry's payload is zstd-compressed and Node ${process.version} has no zstd; run the restore on Node 24 (runs.using: node24)`);
    const asRejection = (err) => err instanceof Rejection
        ? err
        : new Rejection('corrupt-archive', `the payload archive cannot be read: ${err.message}; expected a complete tar`);
    // A small zstd payload is checked and decompressed here in one call (no worker thread).
    let tarBytes;
    const stored = manifest.archive.compression === 'zstd' ? readSmall(archiveFd) : undefined;
    if (stored) {
        storedBytes = stored.length;
        storedDigest = (0,blake3/* blake3Hex */.oZ)(stored);
        // Every byte is at hand: the stored size and digest are checked before anything else.
        archiveMatches(manifest, storedBytes, storedDigest);
        // Node's zstd stops quietly after the first frame: the payload must be one frame exactly.
        const frame = (0,in_thread/* zstdFrameLength */.zq)(stored);
        if (frame !== stored.length)
            throw new Rejection('corrupt-archive', frame === -1
                ? 'the payload archive is not one complete zstd frame; expected the archive the sentinel wrote'
                : `the payload archive has ${stored.length - frame} bytes after its zstd frame; expected one frame`);
        try {
            tarBytes = zlib.zstdDecompressSync(stored, { maxOutputLength: (0,in_thread/* tarBound */.iY)(manifest) });
        }
        catch (err) {
            // Larger than the manifest allows (a bomb): the streaming path below finds and refuses
            // the oversized member at its header, as for any large payload.
            if (err.code !== 'ERR_BUFFER_TOO_LARGE')
                throw asRejection(err);
            storedBytes = 0;
        }
    }
    const inflate = !tarBytes && manifest.archive.compression === 'zstd' && !(0,blake3/* blake3NativePath */.Nl)()
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
        const index = expected[parts.root]?.get(parts.path);
        const want = index === undefined ? undefined : manifest.entries[index];
        const kind = h.type;
        if (kind === 'link') {
            throw new Rejection('hardlink', `archive member '${name}' is a hardlink to '${h.linkname}'; expected no hardlinks (the sentinel never writes them)`, name);
        }
        if (kind !== 'file' && kind !== 'directory' && kind !== 'symlink') {
            throw new Rejection('special-file', `archive member '${name}' is a ${kind}; expected only files, folders and symlinks`, name);
        }
        if (!want)
            throw new Rejection('unlisted-file', `archive member '${name}' is not in the signed manifest; expected only listed entries`, name);
        if (entryDone[index])
            throw new Rejection('duplicate-member', `archive member '${name}' appears twice; expected each entry once`, name);
        const wantKind = want.type === 'dir' ? 'directory' : want.type;
        if (kind !== wantKind) {
            throw new Rejection('type-mismatch', `archive member '${name}': expected a ${wantKind} (manifest), got a ${kind}`, name);
        }
        try {
            staged[parts.root].add(parts.path, want.type, h.linkname ?? undefined);
        }
        catch (err) {
            if (err instanceof entry_tree/* PlacementError */.w)
                throw new Rejection(err.reason, `archive member ${err.message}`, name);
            throw err;
        }
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
        return { name, index: index, want, kind, dest };
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
                entryDone[m.index] = 1;
                return;
            }
            if (m.kind === 'symlink') {
                const target = h.linkname ?? '';
                if (target !== want.target) {
                    throw new Rejection('symlink-mismatch', `symlink '${name}': expected target '${want.target}' (manifest), got '${target}'`, name);
                }
                (0,external_node_fs_.symlinkSync)(target, m.dest);
                stats.symlinks++;
                entryDone[m.index] = 1;
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
            file = { name, index: m.index, want, hasher: (0,blake3/* newBlake3 */.Fh)(), fd, size: 0 };
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
            entryDone[f.index] = 1;
        }
    });
    const native = (0,blake3/* blake3NativePath */.Nl)();
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
        const pipe = zstd_worker/* ZstdPipe */.yB.decompressor(archiveFd, native);
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
    for (let i = 0; i < manifest.entries.length; i++) {
        if (!entryDone[i]) {
            const e = manifest.entries[i];
            const id = (0,hashing_manifest/* memberName */.eg)(e);
            throw new Rejection('missing-file', `manifest entry '${id}' (${e.type}) is absent from the archive; expected every listed entry`, id);
        }
    }
    return stats;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/hashing/tree.js
var tree = __webpack_require__(86862);
;// CONCATENATED MODULE: ./lib/cache/place.js
/**
 * Moves a verified, extracted entry from staging to its destinations. Runs only after every
 * check passed; the tree it reads was written by us in a private folder.
 *
 * Before anything is moved, every destination is checked: a root (or a folder above it, or a
 * folder the entry needs but does not list) that is a symlink resolving outside the workspace —
 * or outside home for `~` paths — is refused, never written through. Folders the entry lists
 * replace whatever is at their path (a symlink there is removed, not followed).
 */





/** A destination the entry cannot be placed at without writing through a foreign symlink. */
class DestinationError extends Error {
    path;
    name = 'DestinationError';
    constructor(message, path) {
        super(message);
        this.path = path;
    }
}
function lstatOrUndefined(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch {
        return undefined;
    }
}
function inside(child, parent) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
function destinationOf(root, workspace, home) {
    const dir = (0,tree/* rootDir */.K8)(root, workspace, home);
    const ws = (0,external_node_path_.resolve)(workspace);
    if ((0,tree/* isGlob */.fg)(root.spec) || inside(dir, ws))
        return { dir, base: ws, baseName: `the workspace ${ws}` };
    if (root.spec === '~' || root.spec.startsWith('~/'))
        return { dir, base: (0,external_node_path_.resolve)(home), baseName: `the home folder ${home}` };
    // An absolute path outside the workspace: the path itself is the boundary.
    return { dir, base: dir, baseName: dir };
}
function realOrSelf(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/**
 * Refuse `dir` when it, or a folder between `d.base` and it, exists as something other than a
 * real folder: a symlink resolving outside the base, or a file.
 */
function checkFolderChain(dir, d, checked) {
    if (checked.has(dir))
        return;
    d.baseReal ??= realOrSelf(d.base);
    const baseReal = d.baseReal;
    // The folders strictly below the base, down to `dir` (the base itself is given).
    const chain = [];
    for (let p = dir; p !== d.base && inside(p, d.base) && (0,external_node_path_.dirname)(p) !== p; p = (0,external_node_path_.dirname)(p))
        chain.push(p);
    chain.reverse();
    for (let i = 0; i < chain.length; i++) {
        const p = chain[i];
        if (checked.has(p))
            continue;
        const st = lstatOrUndefined(p);
        if (!st) {
            // The rest does not exist yet and will be created as real folders.
            for (const q of chain.slice(i))
                checked.add(q);
            break;
        }
        if (st.isSymbolicLink()) {
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(p);
            }
            catch {
                throw new DestinationError(`restore destination ${dir}: ${p} is a symlink that does not resolve; nothing was restored (a restore never writes through a symlink). Remove it or cache another path`, p);
            }
            if (!inside(real, baseReal)) {
                throw new DestinationError(`restore destination ${dir}: ${p} is a symlink to ${real}, outside ${d.baseName}; nothing was restored (a restore never writes through a symlink). Remove the symlink or cache another path`, p);
            }
        }
        else if (!st.isDirectory()) {
            throw new DestinationError(`restore destination ${dir}: ${p} is a file, not a folder; nothing was restored. Remove it or cache another path`, p);
        }
        checked.add(p);
    }
}
/** Check where each root and entry would land before touching anything. */
function checkDestinations(manifest, workspace, home = (0,external_node_os_.homedir)()) {
    const checked = new Set();
    const dests = manifest.roots.map((r) => destinationOf(r, workspace, home));
    const listedDirs = new Set();
    for (const e of manifest.entries) {
        const root = manifest.roots[e.root];
        if (root.base === 'file' && e.path !== (0,external_node_path_.basename)((0,tree/* expandPath */.aD)(root.spec, workspace, home))) {
            throw new Rejection('paths-mismatch', `entry '${e.path}' under file root '${root.spec}'; expected exactly '${(0,external_node_path_.basename)(root.spec)}'`, e.path);
        }
        const d = dests[e.root];
        if (d.base === d.dir) {
            const st = lstatOrUndefined(d.dir);
            if (st?.isSymbolicLink())
                throw new DestinationError(`restore destination ${d.dir} is a symlink to ${realOrSelf(d.dir)}; nothing was restored (a restore never writes through a symlink). Remove the symlink or cache another path`, d.dir);
        }
        checkFolderChain(d.dir, d, checked);
        // Folders above the entry that the entry does not list: they must be real (or absent).
        const segs = e.path.split('/');
        for (let k = 1; k < segs.length; k++) {
            const rel = segs.slice(0, k).join('/');
            const abs = (0,external_node_path_.join)(d.dir, ...segs.slice(0, k));
            if (listedDirs.has(`${e.root}/${rel}`))
                break;
            checkFolderChain(abs, d, checked);
        }
        if (e.type === 'dir')
            listedDirs.add(`${e.root}/${e.path}`);
    }
}
/** Make `dir` a real folder (its parents were checked by checkDestinations). */
function ensureDir(dir, made) {
    if (made.has(dir))
        return;
    const st = lstatOrUndefined(dir);
    if (!st) {
        ensureDir((0,external_node_path_.dirname)(dir), made);
        (0,external_node_fs_.mkdirSync)(dir);
    }
    else if (!st.isDirectory() && !st.isSymbolicLink()) {
        throw new DestinationError(`${dir} is a file, not a folder; nothing more was restored`, dir);
    }
    made.add(dir);
}
function placeEntry(manifest, extractDir, workspace, home = (0,external_node_os_.homedir)()) {
    const made = new Set();
    // A folder root whose destination does not exist yet (a fresh checkout) is moved with one
    // rename: the staged tree holds exactly the verified entries, with their final modes.
    const moved = new Set();
    manifest.roots.forEach((root, i) => {
        if (root.base !== 'dir')
            return;
        const dest = (0,tree/* rootDir */.K8)(root, workspace, home);
        if (lstatOrUndefined(dest))
            return;
        ensureDir((0,external_node_path_.dirname)(dest), made);
        try {
            (0,external_node_fs_.renameSync)((0,external_node_path_.join)(extractDir, String(i)), dest);
            moved.add(i);
        }
        catch (err) {
            if (err.code !== 'EXDEV')
                throw err;
        }
    });
    for (const e of manifest.entries) {
        if (moved.has(e.root))
            continue;
        const segs = e.path.split('/');
        const src = (0,external_node_path_.join)(extractDir, String(e.root), ...segs);
        const dest = (0,external_node_path_.join)((0,tree/* rootDir */.K8)(manifest.roots[e.root], workspace, home), ...segs);
        const existing = lstatOrUndefined(dest);
        if (e.type === 'dir') {
            if (existing && !existing.isDirectory())
                (0,external_node_fs_.rmSync)(dest, { force: true });
            ensureDir((0,external_node_path_.dirname)(dest), made);
            if (!existing || !existing.isDirectory())
                (0,external_node_fs_.mkdirSync)(dest);
            (0,external_node_fs_.chmodSync)(dest, e.mode | 0o700);
            made.add(dest);
            continue;
        }
        ensureDir((0,external_node_path_.dirname)(dest), made);
        if (existing)
            (0,external_node_fs_.rmSync)(dest, { recursive: existing.isDirectory(), force: true });
        if (e.type === 'symlink') {
            (0,external_node_fs_.symlinkSync)(e.target, dest);
        }
        else {
            try {
                (0,external_node_fs_.renameSync)(src, dest);
            }
            catch {
                (0,external_node_fs_.copyFileSync)(src, dest);
            }
            (0,external_node_fs_.chmodSync)(dest, e.mode);
        }
    }
}

// EXTERNAL MODULE: ./lib/cache/tier.js
var cache_tier = __webpack_require__(69428);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/signing/signature.js
var signature = __webpack_require__(62445);
;// CONCATENATED MODULE: ./lib/cache/verify-entry.js
/**
 * Verifies a staged entry, in order: signature and signer policy → manifest → key, tier and
 * path binding → archive size and BLAKE3 → safe extraction with per-file checks. Any failure is
 * a Rejection carrying a stable reason; nothing leaves the staging folder here.
 */







function verify_entry_readSmall(file, max) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        return (0,read_file/* readRegularFile */.XF)(file, { maxBytes: max, what: 'the stored' });
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ)
            throw new Rejection(/limit/.test(err.message) ? 'oversized-envelope' : 'bad-envelope', `${err.message.replace(file, (0,external_node_path_.basename)(file))}; expected a regular file of at most ${max} bytes`);
        throw err;
    }
}
async function verifyStagedEntry(req) {
    const manifestBytes = verify_entry_readSmall((0,external_node_path_.join)(req.stagingDir, 'manifest.json'), hashing_manifest/* MAX_MANIFEST_BYTES */.ZJ);
    if (!manifestBytes)
        throw new Rejection('missing-manifest', 'the entry has no manifest.json; expected a signed manifest');
    const sigBytes = verify_entry_readSmall((0,external_node_path_.join)(req.stagingDir, 'signature.json'), 1024 * 1024);
    let signer;
    try {
        signer = await req.verifier.verify(manifestBytes, sigBytes);
    }
    catch (err) {
        if (err instanceof signature/* SignatureError */.VA)
            throw new Rejection(err.reason, err.message);
        throw new Rejection('bad-signature', `signature check failed: ${err.message}`);
    }
    let manifest;
    try {
        manifest = (0,hashing_manifest/* parseManifest */.Ng)(manifestBytes);
    }
    catch (err) {
        if (err instanceof hashing_manifest/* ManifestError */.Sh)
            throw new Rejection('bad-manifest', err.message);
        throw err;
    }
    // The signed manifest must describe exactly the entry we were handed.
    const expectedKey = (0,cache_tier/* storageKey */.Z2)(manifest.tier, req.pathsId, manifest.key);
    if (manifest.tier !== req.tier) {
        throw new Rejection('tier-mismatch', `manifest tier is '${manifest.tier}'; expected '${req.tier}' (the tier this entry was stored under)`);
    }
    if (req.matchedKey !== expectedKey) {
        throw new Rejection('key-mismatch', `entry stored under '${req.matchedKey}'; its signed manifest says '${expectedKey}'`);
    }
    const violation = (0,cache_tier/* tierViolation */.yE)(manifest, req.job, req.rules);
    if (violation)
        throw new Rejection('tier-violation', violation);
    if (signer.claims) {
        const c = signer.claims;
        if (c.ref !== undefined && c.ref !== manifest.ref) {
            throw new Rejection('claims-mismatch', `manifest ref is ${manifest.ref}; the signing certificate says ${c.ref}`);
        }
        if (c.event !== undefined && c.event !== manifest.event) {
            throw new Rejection('claims-mismatch', `manifest event is ${manifest.event}; the signing certificate says ${c.event}`);
        }
        if (c.repository !== undefined &&
            c.repository.toLowerCase() !== manifest.repository.toLowerCase()) {
            throw new Rejection('claims-mismatch', `manifest repository is ${manifest.repository}; the signing certificate says ${c.repository}`);
        }
    }
    const specs = manifest.roots.map((r) => r.spec);
    if (JSON.stringify(specs) !== JSON.stringify(req.paths)) {
        throw new Rejection('paths-mismatch', `manifest paths are ${JSON.stringify(specs)}; expected ${JSON.stringify(req.paths)}`);
    }
    // One descriptor for the whole check: what is hashed is what is extracted.
    const payload = req.payloadPath ?? (0,external_node_path_.join)(req.stagingDir, 'payload.tar');
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(payload, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        throw new Rejection('missing-archive', 'the entry has no payload.tar; expected the archive the manifest describes');
    }
    const extractDir = (0,external_node_path_.join)(req.stagingDir, 'extract');
    let stats;
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new Rejection('bad-envelope', 'payload.tar is not a regular file', 'payload.tar');
        if (st.size !== manifest.archive.size) {
            throw new Rejection('archive-size-mismatch', `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${st.size}`, 'payload.tar');
        }
        stats = await extractVerified(fd, manifest, extractDir);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    // Nothing to check is never a hit: save never signs an entry without a file under each path.
    const filesPerRoot = manifest.roots.map(() => 0);
    for (const e of manifest.entries)
        if (e.type === 'file')
            filesPerRoot[e.root]++;
    const emptyRoot = filesPerRoot.findIndex((n) => n === 0);
    if (emptyRoot !== -1) {
        throw new Rejection('empty-entry', `the signed manifest lists no file under '${manifest.roots[emptyRoot].spec}'; expected at least one file per cache path (save never writes such an entry)`);
    }
    return { manifest, signer, extractDir, stats };
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/restore.js
/** operation: restore — look up, stage, verify, then (only then) place; quarantine on any rejection. */









async function restore(req) {
    const t0 = performance.now();
    const { ctx } = req;
    const tiers = (0,cache_tier/* readableTiers */.IC)(req.job, req.rules);
    const evidence = {
        operation: 'restore',
        backend: req.backend.name,
        tiersRead: tiers,
        signerPolicy: req.verifier.describe(),
        hit: false,
        exact: false,
        ms: 0
    };
    const outputs = {
        'cache-hit': 'false',
        'matched-key': '',
        'verified-files': '0',
        quarantined: 'false'
    };
    const stagingRoot = (0,external_node_path_.join)(ctx.tempDir, 'cache-sentinel');
    (0,external_node_fs_.mkdirSync)(stagingRoot, { recursive: true, mode: 0o700 });
    for (const tier of tiers) {
        const keys = [req.key, ...req.restoreKeys].map((k) => (0,cache_tier/* storageKey */.Z2)(tier, req.pathsId, k));
        const found = await req.backend.lookup(keys);
        if (!found)
            continue;
        const staging = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(stagingRoot, 'staging-'));
        let bytes = 0;
        let payloadPath;
        try {
            const fetched = await found.fetch(staging);
            bytes = fetched.bytes;
            payloadPath = fetched.payloadPath;
            const verified = await verifyStagedEntry({
                payloadPath,
                stagingDir: staging,
                matchedKey: found.matchedKey,
                tier,
                paths: req.paths,
                pathsId: req.pathsId,
                job: req.job,
                rules: req.rules,
                verifier: req.verifier
            });
            const home = ctx.env.HOME || undefined;
            checkDestinations(verified.manifest, ctx.workspace, home);
            placeEntry(verified.manifest, verified.extractDir, ctx.workspace, home);
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            const m = verified.manifest;
            const exact = found.matchedKey === keys[0];
            evidence.ms = Math.round(performance.now() - t0);
            Object.assign(evidence, {
                hit: true,
                exact,
                matchedKey: m.key,
                tier,
                signer: verified.signer.id,
                writtenBy: { event: m.event, ref: m.ref, runId: m.runId, sha: m.sha },
                files: verified.stats.files,
                bytes: verified.stats.bytes
            });
            (0,events/* appendEvent */.Zn)(ctx.tempDir, {
                event: 'cache_events',
                hit: true,
                key: req.key,
                matchedKey: m.key,
                tier,
                bytes,
                ms: evidence.ms,
                verified: true,
                ts: ctx.now().toISOString()
            });
            ctx.log(`cache-sentinel: restored ${m.key} (${tier}, ${verified.stats.files} files verified, signed by ${verified.signer.id})`);
            return {
                verdict: 'pass',
                summary: `${exact ? 'restored' : 'restored (restore-key match)'} ${m.key} from tier ${tier}: ${verified.stats.files} files verified (BLAKE3, signed by ${verified.signer.id})`,
                findings: [],
                evidence,
                outputs: {
                    'cache-hit': String(exact),
                    'matched-key': m.key,
                    'verified-files': String(verified.stats.files),
                    quarantined: 'false'
                }
            };
        }
        catch (err) {
            if (!(err instanceof Rejection) && !(err instanceof backend/* EnvelopeError */.tO)) {
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
                if (err instanceof DestinationError)
                    throw new errors/* GateError */.ue(err.message, 'The entry verified, but its destination is a symlink leading out of the workspace (or a file); the gate refuses to write through it. Remove it before the restore step.', err.path);
                throw err;
            }
            const reason = err instanceof Rejection ? err.reason : 'bad-envelope';
            // The payload was read in place: keep a copy with the rejected entry, for forensics.
            if (payloadPath && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(staging, 'payload.tar'))) {
                try {
                    (0,external_node_fs_.copyFileSync)(payloadPath, (0,external_node_path_.join)(staging, 'payload.tar'));
                }
                catch {
                    // the store's copy remains; the quarantine record names the key
                }
            }
            const files = err instanceof Rejection && err.file ? [err.file] : [];
            const dir = (0,events/* quarantine */.tW)(ctx.tempDir, staging, ctx.now());
            evidence.ms = Math.round(performance.now() - t0);
            evidence.quarantine = { reason, message: err.message, dir, files };
            evidence.tier = tier;
            (0,events/* appendEvent */.Zn)(ctx.tempDir, {
                event: 'cache_quarantine',
                key: found.matchedKey,
                tier,
                reason,
                files,
                ts: ctx.now().toISOString(),
                message: err.message,
                dir
            });
            (0,events/* appendEvent */.Zn)(ctx.tempDir, {
                event: 'cache_events',
                hit: false,
                key: req.key,
                matchedKey: found.matchedKey,
                tier,
                bytes,
                ms: evidence.ms,
                verified: false,
                ts: ctx.now().toISOString()
            });
            return {
                verdict: 'fail',
                summary: `quarantined cache entry ${found.matchedKey} (${reason}): ${err.message}`,
                findings: [
                    {
                        rule: 'cache-sentinel/quarantined',
                        severity: 'error',
                        message: `cache entry '${found.matchedKey}' in tier '${tier}' rejected (${reason}): ${err.message}. Moved to ${dir}; nothing was restored.`,
                        help: 'Rebuild instead of restoring, and find out who wrote this entry. Re-run with mode: audit only to continue without the cache.'
                    }
                ],
                evidence,
                outputs: { ...outputs, quarantined: 'true' }
            };
        }
    }
    evidence.ms = Math.round(performance.now() - t0);
    (0,events/* appendEvent */.Zn)(ctx.tempDir, {
        event: 'cache_events',
        hit: false,
        key: req.key,
        matchedKey: '',
        tier: '',
        bytes: 0,
        ms: evidence.ms,
        verified: false,
        ts: ctx.now().toISOString()
    });
    return {
        verdict: 'pass',
        summary: `cache miss for ${req.key} (looked in ${tiers.join(', ')})`,
        findings: [],
        evidence,
        outputs
    };
}


/***/ })

};
