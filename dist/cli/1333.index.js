export const id = 1333;
export const ids = [1333];
export const modules = {

/***/ 11333:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* reexport */ RULES),
  determinism: () => (/* binding */ determinism)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/archive/entry.js
/**
 * What an archive member is, as far as a byte-for-byte comparison cares: its name, kind,
 * content digest and the metadata that build tools leak (mtime, owner, mode, zip extra fields).
 * Nothing here is ever written to disk, so a hostile name cannot escape anywhere; such names are
 * still refused, because no honest build output holds one.
 */
/** An archive that cannot be read safely: corrupt, truncated, over a bound, or hostile. */
class ArchiveError extends Error {
    reason;
    name = 'ArchiveError';
    constructor(message, 
    /** Stable id: corrupt, truncated, too-many-entries, too-large, unsafe-name, unsupported. */
    reason) {
        super(message);
        this.reason = reason;
    }
}
/** Why a member name is unsafe (absolute, drive letter, `..` segment, NUL), or undefined. */
function unsafeNameReason(name) {
    if (name.includes('\0'))
        return 'contains a NUL byte';
    const n = name.replace(/\\/g, '/');
    if (n.startsWith('/'))
        return 'is an absolute path';
    if (/^[A-Za-z]:/.test(n))
        return 'starts with a drive letter';
    if (n.split('/').includes('..'))
        return 'climbs out with ..';
    return undefined;
}
function refuseUnsafeName(name, where) {
    const why = unsafeNameReason(name);
    if (why) {
        throw new ArchiveError(`${where}: member '${name.slice(0, 200)}' ${why} (a tar-slip / zip-slip name); no honest build output holds one`, 'unsafe-name');
    }
}

;// CONCATENATED MODULE: ./lib/archive/gzip-header.js
/** The gzip member header (RFC 1952): the mtime, original name and OS byte tools leak. */

function gzipHeader(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    const buf = Buffer.alloc(1024);
    let n;
    try {
        n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const out = {};
    if (n < 10)
        return out;
    const flags = buf[3];
    out.mtime = buf.readUInt32LE(4);
    out.xfl = buf[8];
    out.os = buf[9];
    let at = 10;
    if (flags & 0x04 && at + 2 <= n)
        at += 2 + buf.readUInt16LE(at);
    const zstr = () => {
        const end = buf.indexOf(0, at);
        if (end < 0 || end > n)
            return undefined;
        const s = buf.subarray(at, end).toString('latin1');
        at = end + 1;
        return s;
    };
    if (flags & 0x08) {
        const name = zstr();
        if (name !== undefined)
            out.name = name;
    }
    if (flags & 0x10) {
        const comment = zstr();
        if (comment !== undefined)
            out.comment = comment;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/archive/ar-entries.js
/**
 * Lists the members of a Unix `ar` archive (static libraries, .deb): GNU `//` long names and the
 * `/` symbol table included. Headers are read from the file; member bytes are hashed in chunks.
 */



function field(h, start, len) {
    return h
        .subarray(start, start + len)
        .toString('latin1')
        .trimEnd();
}
function num(text, radix, what, name) {
    if (text === '')
        return 0;
    if (!(radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(text))
        throw new ArchiveError(`${what}: member '${name}' has a malformed header field '${text}'`, 'corrupt');
    return parseInt(text, radix);
}
function listAr(file, limits, what) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        const header = Buffer.alloc(60);
        const chunk = Buffer.alloc(1 << 20);
        const entries = [];
        let longNames;
        let at = 8;
        let total = 0;
        while (at < size) {
            if (at + 60 > size)
                throw new ArchiveError(`${what} is truncated inside a member header`, 'truncated');
            (0,external_node_fs_.readSync)(fd, header, 0, 60, at);
            if (header[58] !== 0x60 || header[59] !== 0x0a)
                throw new ArchiveError(`${what} has a corrupt member header at byte ${at}`, 'corrupt');
            let name = field(header, 0, 16);
            const len = num(field(header, 48, 10), 10, what, name);
            if (at + 60 + len > size)
                throw new ArchiveError(`${what} is truncated: member '${name}' runs past the end`, 'truncated');
            if (entries.length >= limits.maxEntries)
                throw new ArchiveError(`${what} holds more than ${limits.maxEntries} members`, 'too-many-entries');
            total += len;
            if (total > limits.maxBytes)
                throw new ArchiveError(`${what} is larger than the max-archive-bytes bound`, 'too-large');
            const dataAt = at + 60;
            if (name === '//') {
                if (len > 16 * 1024 * 1024)
                    throw new ArchiveError(`${what}: the long-name table is ${len} bytes`, 'too-large');
                longNames = Buffer.alloc(len);
                (0,external_node_fs_.readSync)(fd, longNames, 0, len, dataAt);
            }
            else if (/^\/[0-9]+$/.test(name) && longNames) {
                const off = Number(name.slice(1));
                const end = longNames.indexOf('/\n', off, 'latin1');
                name = longNames.subarray(off, end < 0 ? longNames.length : end).toString('latin1');
            }
            else if (name.endsWith('/') && name !== '/') {
                name = name.slice(0, -1);
            }
            // `/` and `/SYM64/` are the symbol tables, `//` the long-name table: GNU ar's own names.
            if (name !== '/' && name !== '//' && name !== '/SYM64/')
                refuseUnsafeName(name, what);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            for (let done = 0; done < len;) {
                const n = (0,external_node_fs_.readSync)(fd, chunk, 0, Math.min(chunk.length, len - done), dataAt + done);
                if (n === 0)
                    throw new ArchiveError(`${what} is truncated in member '${name}'`, 'truncated');
                hash.update(chunk.subarray(0, n));
                done += n;
            }
            entries.push({
                name,
                type: 'file',
                size: len,
                sha256: hash.digest('hex'),
                mtime: num(field(header, 16, 12), 10, what, name),
                uid: num(field(header, 28, 6), 10, what, name),
                gid: num(field(header, 34, 6), 10, what, name),
                mode: num(field(header, 40, 8), 8, what, name) & 0o7777
            });
            at = dataAt + len + (len % 2);
        }
        return entries;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./lib/archive/sniff.js
/**
 * Which archive format a file is, from its bytes (never its name): gzip and zstd streams are
 * looked into to tell a compressed tar from a compressed single file, and a zip is found by its
 * end-of-central-directory record, so zips behind a leading prefix (python zipapps, jmod files,
 * self-extractors) are recognised with the size of that prefix.
 */


const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const AR = Buffer.from('!<arch>\n', 'latin1');
function startsWith(buf, magic) {
    if (buf.length < magic.length)
        return false;
    for (let i = 0; i < magic.length; i++)
        if (buf[i] !== magic[i])
            return false;
    return true;
}
/** A 512-byte block that is a tar header: its checksum field matches its bytes. */
function isTarHeader(block) {
    if (block.length < 512)
        return false;
    const field = block
        .subarray(148, 156)
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .trim();
    if (!/^[0-7]{1,7}$/.test(field))
        return false;
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 0x20 : block[i];
    return sum === parseInt(field, 8) && block[0] !== 0;
}
function readAt(fd, position, length) {
    const buf = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
        const n = (0,external_node_fs_.readSync)(fd, buf, got, length - got, position + got);
        if (n === 0)
            break;
        got += n;
    }
    return buf.subarray(0, got);
}
/** The first `bytes` of a compressed stream's output (fewer if it is shorter or corrupt). */
function decompressedHead(file, gzip, bytes) {
    return new Promise((resolve) => {
        const source = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 64 * 1024 });
        const inflate = gzip ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createZstdDecompress)();
        const chunks = [];
        let total = 0;
        let done = false;
        const finish = () => {
            if (done)
                return;
            done = true;
            source.destroy();
            inflate.destroy();
            resolve(Buffer.concat(chunks).subarray(0, bytes));
        };
        inflate.on('data', (c) => {
            chunks.push(c);
            total += c.length;
            if (total >= bytes)
                finish();
        });
        inflate.on('end', finish);
        inflate.on('error', finish);
        source.on('error', finish);
        source.pipe(inflate);
    });
}
/** Locate the end-of-central-directory record and derive where the zip really starts. */
function findZip(fd, size) {
    if (size < 22)
        return undefined;
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLen, tailLen);
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) !== 0x06054b50)
            continue;
        const commentLen = tail.readUInt16LE(i + 20);
        if (i + 22 + commentLen !== tail.length)
            continue;
        const cdSize = tail.readUInt32LE(i + 12);
        const cdOffset = tail.readUInt32LE(i + 16);
        const eocdAt = size - tailLen + i;
        if (cdOffset === 0xffffffff || cdSize === 0xffffffff)
            return { prefix: 0 }; // zip64: offsets as written
        const cdStart = eocdAt - cdSize;
        if (cdStart < 0 || cdOffset > cdStart)
            continue;
        const prefix = cdStart - cdOffset;
        if (cdSize === 0)
            return { prefix };
        // The central directory must really start there (PK\1\2).
        if (readAt(fd, cdStart, 4).readUInt32LE(0) !== 0x02014b50)
            continue;
        return { prefix };
    }
    return undefined;
}
/** The archive format of `file`, or undefined when it is not an archive this reader knows. */
async function sniffArchive(file) {
    const fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    let head;
    let size;
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return undefined;
        size = st.size;
        head = readAt(fd, 0, 512);
        if (startsWith(head, AR))
            return { kind: 'ar' };
        if (isTarHeader(head))
            return { kind: 'tar' };
        if (!startsWith(head, GZIP) && !startsWith(head, ZSTD)) {
            const zip = findZip(fd, size);
            return zip ? { kind: 'zip', prefixBytes: zip.prefix } : undefined;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const gzip = startsWith(head, GZIP);
    const inner = await decompressedHead(file, gzip, 512);
    if (isTarHeader(inner))
        return { kind: gzip ? 'tar.gz' : 'tar.zst' };
    return { kind: gzip ? 'gzip' : 'zst' };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./lib/archive/tar-entries.js
/**
 * Lists the members of a tar (plain, gzip or zstd compressed) with each file's sha256, streamed
 * so memory stays flat. Bounded: member count and total uncompressed bytes; a truncated or
 * corrupt archive, or a hostile member name, is an ArchiveError.
 */






/** Counts bytes flowing through and stops the stream past `max`. */
function byteBound(max, what) {
    let total = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            total += chunk.length;
            if (total > max) {
                cb(new ArchiveError(`${what} expands past ${max} bytes (the max-archive-bytes bound; a compression bomb or a larger archive than expected)`, 'too-large'));
                return;
            }
            cb(null, chunk);
        }
    });
}
const TYPES = {
    file: 'file',
    'contiguous-file': 'file',
    directory: 'dir',
    symlink: 'symlink',
    link: 'hardlink',
    'character-device': 'device',
    'block-device': 'device',
    fifo: 'fifo'
};
/** Pax keys already represented by header fields (or times, compared as mtime). */
const PAX_SHOWN = new Set([
    'path',
    'linkpath',
    'size',
    'uid',
    'gid',
    'uname',
    'gname',
    'mtime',
    'atime',
    'ctime'
]);
/** The decompressed content of `file` as a bounded stream. */
function openDecompressed(file, compression, limits, what) {
    const source = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 });
    const bound = byteBound(limits.maxBytes, what);
    let stream;
    if (compression === 'none') {
        stream = source.pipe(bound);
    }
    else {
        const inflate = compression === 'gzip' ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createZstdDecompress)();
        inflate.on('error', (err) => bound.destroy(new ArchiveError(`${what}: the ${compression} stream is corrupt or truncated (${err.message})`, 'truncated')));
        stream = source.pipe(inflate).pipe(bound);
    }
    source.on('error', (err) => bound.destroy(err));
    return { stream, source };
}
async function listTar(file, compression, limits, what) {
    const { stream, source } = openDecompressed(file, compression, limits, what);
    const extract = tar_stream.extract();
    stream.on('error', (err) => extract.destroy(err));
    stream.pipe(extract);
    const entries = [];
    try {
        for await (const member of extract) {
            const h = member.header;
            if (entries.length >= limits.maxEntries) {
                throw new ArchiveError(`${what} holds more than ${limits.maxEntries} members (the max-archive-entries bound)`, 'too-many-entries');
            }
            refuseUnsafeName(h.name, what);
            const type = TYPES[h.type ?? 'file'];
            if (!type) {
                member.resume();
                throw new ArchiveError(`${what}: member '${h.name}' has an unknown type '${h.type}'`, 'corrupt');
            }
            const e = {
                name: h.name,
                type,
                size: h.size ?? 0,
                mode: h.mode !== undefined ? h.mode & 0o7777 : undefined,
                uid: h.uid,
                gid: h.gid,
                uname: h.uname || undefined,
                gname: h.gname || undefined,
                mtime: h.mtime ? Math.floor(h.mtime.getTime() / 1000) : undefined
            };
            if (h.linkname)
                e.linkname = h.linkname;
            if (h.pax) {
                const rest = Object.entries(h.pax).filter(([k]) => !PAX_SHOWN.has(k));
                if (rest.length)
                    e.pax = Object.fromEntries(rest.sort(([x], [y]) => (x < y ? -1 : 1)));
            }
            if (type === 'file') {
                const hash = (0,external_node_crypto_.createHash)('sha256');
                let size = 0;
                for await (const chunk of member) {
                    hash.update(chunk);
                    size += chunk.length;
                }
                e.size = size;
                e.sha256 = hash.digest('hex');
            }
            else {
                member.resume();
            }
            entries.push(e);
        }
    }
    catch (err) {
        source.destroy();
        if (err instanceof ArchiveError)
            throw err;
        const msg = err.message;
        throw new ArchiveError(`${what} cannot be read as a tar: ${msg}${/end of data/i.test(msg) ? ' (truncated)' : ''}`, /end of data/i.test(msg) ? 'truncated' : 'corrupt');
    }
    return entries;
}
/** A compressed single file (not a tar): one member, the payload. */
async function listSingleStream(file, compression, limits, what) {
    const { stream, source } = openDecompressed(file, compression, limits, what);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    try {
        for await (const chunk of stream) {
            hash.update(chunk);
            size += chunk.length;
        }
    }
    catch (err) {
        source.destroy();
        if (err instanceof ArchiveError)
            throw err;
        throw new ArchiveError(`${what} cannot be decompressed: ${err.message}`, 'corrupt');
    }
    return [{ name: '(payload)', type: 'file', size, sha256: hash.digest('hex') }];
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./lib/archive/zip-entries.js
/**
 * Lists the members of a zip (jar, wheel, apk, jmod, python zipapp \u2026) with each member's sha256
 * of its uncompressed bytes, read through yauzl from the file (never into memory whole). A zip
 * behind a prefix whose offsets count from the zip's own start is read through an offset reader.
 * Bounded: member count and total inflated bytes (checked while inflating, not from headers).
 */




class OffsetReader extends yauzl.RandomAccessReader {
    file;
    offset;
    constructor(file, offset) {
        super();
        this.file = file;
        this.offset = offset;
    }
    _readStreamForRange(start, end) {
        return (0,external_node_fs_.createReadStream)(this.file, {
            start: this.offset + start,
            end: this.offset + end - 1,
            highWaterMark: 1 << 20
        });
    }
    close(cb) {
        cb(null);
    }
}
function openZip(file, prefix) {
    return new Promise((resolve, reject) => {
        const size = (0,external_node_fs_.statSync)(file).size;
        yauzl.fromRandomAccessReader(new OffsetReader(file, prefix), size - prefix, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, autoClose: false }, (e, zip) => (e || !zip ? reject(e ?? new Error('no archive')) : resolve(zip)));
    });
}
/** DOS date/time fields as seconds since the epoch (the fields carry no zone: read as UTC). */
function dosTime(date, time) {
    const y = ((date >> 9) & 0x7f) + 1980;
    const mo = ((date >> 5) & 0x0f) - 1;
    const d = date & 0x1f;
    return Date.UTC(y, mo, d, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2) / 1000;
}
function entryType(e) {
    const unixMode = e.externalFileAttributes >>> 16;
    const fileType = unixMode & 0o170000;
    if (e.versionMadeBy >> 8 === 3 && fileType === 0o120000)
        return 'symlink';
    return e.fileName.endsWith('/') ? 'dir' : 'file';
}
function hashMember(zip, entry, budget, what) {
    // Encrypted members and compression methods other than stored/deflate are hashed as stored.
    const raw = entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8);
    return new Promise((resolve, reject) => {
        const opts = raw ? { decodeFileData: false } : {};
        const open = (cb) => {
            try {
                zip.openReadStream(entry, opts, cb);
            }
            catch (e) {
                cb(e);
            }
        };
        open((err, stream) => {
            if (err || !stream) {
                reject(new ArchiveError(`${what}: member '${entry.fileName}' cannot be read (${err?.message ?? 'no stream'})`, 'corrupt'));
                return;
            }
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let size = 0;
            const small = [];
            stream.on('data', (c) => {
                size += c.length;
                budget.left -= c.length;
                if (budget.left < 0) {
                    stream.destroy();
                    reject(new ArchiveError(`${what} inflates past the max-archive-bytes bound at member '${entry.fileName}' (a zip bomb or a larger archive than expected)`, 'too-large'));
                    return;
                }
                if (size <= 4096)
                    small.push(c);
                hash.update(c);
            });
            stream.on('error', (e) => reject(new ArchiveError(`${what}: member '${entry.fileName}' is corrupt (${e.message})`, 'corrupt')));
            stream.on('end', () => resolve({
                sha256: hash.digest('hex'),
                size,
                raw: size <= 4096 ? Buffer.concat(small) : undefined
            }));
        });
    });
}
async function listZip(file, prefix, limits, what) {
    let zip;
    try {
        zip = await openZip(file, prefix);
    }
    catch (err) {
        throw new ArchiveError(`${what} is not a readable zip: ${err.message}`, 'corrupt');
    }
    if (zip.entryCount > limits.maxEntries) {
        zip.close();
        throw new ArchiveError(`${what} holds ${zip.entryCount} members; at most ${limits.maxEntries} are read (the max-archive-entries bound)`, 'too-many-entries');
    }
    const budget = { left: limits.maxBytes };
    const entries = [];
    let firstMemberAt = Number.MAX_SAFE_INTEGER;
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', (err) => reject(
            // yauzl checks names itself: absolute paths, `..` segments and backslashes.
            /absolute path|invalid relative path|invalid characters in fileName/.test(err.message)
                ? new ArchiveError(`${what}: ${err.message} (a zip-slip name); no honest build output holds one`, 'unsafe-name')
                : new ArchiveError(`${what} is a corrupt zip: ${err.message}`, 'corrupt')));
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                void (async () => {
                    refuseUnsafeName(entry.fileName, what);
                    firstMemberAt = Math.min(firstMemberAt, entry.relativeOffsetOfLocalHeader);
                    const type = entryType(entry);
                    const e = {
                        name: entry.fileName,
                        type,
                        size: entry.uncompressedSize,
                        mtime: dosTime(entry.lastModFileDate, entry.lastModFileTime),
                        method: entry.compressionMethod
                    };
                    if (entry.versionMadeBy >> 8 === 3)
                        e.mode = (entry.externalFileAttributes >>> 16) & 0o7777;
                    if (entry.extraFields.length) {
                        e.extra = entry.extraFields.map((f) => `${f.id.toString(16).padStart(4, '0')}:${(0,external_node_crypto_.createHash)('sha256').update(f.data).digest('hex').slice(0, 16)}`);
                    }
                    if (entry.isEncrypted())
                        e.encrypted = true;
                    if (type !== 'dir') {
                        const h = await hashMember(zip, entry, budget, what);
                        e.size = h.size;
                        if (type === 'symlink')
                            e.linkname = h.raw?.toString('utf8');
                        else
                            e.sha256 = h.sha256;
                    }
                    entries.push(e);
                    zip.readEntry();
                })().catch(reject);
            });
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
    return {
        entries,
        comment: zip.comment,
        firstMemberAt: entries.length ? firstMemberAt : 0
    };
}

;// CONCATENATED MODULE: ./lib/archive/limits.js
const DEFAULT_ARCHIVE_LIMITS = {
    maxEntries: 100_000,
    maxBytes: 4 * 1024 * 1024 * 1024
};

;// CONCATENATED MODULE: ./lib/archive/read-archive.js
/** One entry point: sniff a file's format and list its members under hard bounds. */










/** sha256 of the first `length` bytes of `file`. */
function hashRange(file, length) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    const buf = Buffer.allocUnsafe(1 << 20);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        for (let at = 0; at < length;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(buf.length, length - at), at);
            if (n === 0)
                break;
            hash.update(buf.subarray(0, n));
            at += n;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return hash.digest('hex');
}
/**
 * The members of `file` when it is an archive this reader knows, else undefined. `what` names
 * the file in every message. Throws ArchiveError for a corrupt, truncated, oversized or hostile one.
 */
async function readArchive(file, limits, what) {
    let sniffed;
    try {
        sniffed = await sniffArchive(file);
    }
    catch (err) {
        throw new ArchiveError(`${what} cannot be read: ${err.message}`, 'corrupt');
    }
    if (!sniffed)
        return undefined;
    switch (sniffed.kind) {
        case 'tar':
            return { kind: 'tar', entries: await listTar(file, 'none', limits, what) };
        case 'tar.gz':
            return {
                kind: 'tar.gz',
                wrapper: gzipHeader(file),
                entries: await listTar(file, 'gzip', limits, what)
            };
        case 'tar.zst':
            return { kind: 'tar.zst', entries: await listTar(file, 'zstd', limits, what) };
        case 'gzip':
            return {
                kind: 'gzip',
                wrapper: gzipHeader(file),
                entries: await listSingleStream(file, 'gzip', limits, what)
            };
        case 'zst':
            return { kind: 'zst', entries: await listSingleStream(file, 'zstd', limits, what) };
        case 'ar':
            return { kind: 'ar', entries: listAr(file, limits, what) };
        case 'zip': {
            const z = await listZip(file, sniffed.prefixBytes ?? 0, limits, what);
            const listing = { kind: 'zip', entries: z.entries };
            // Leading bytes: a prefix the offsets skip (jmod) or count (python zipapp) alike.
            const lead = (sniffed.prefixBytes ?? 0) + z.firstMemberAt;
            if (lead > 0) {
                listing.prefixBytes = lead;
                listing.prefixSha256 = hashRange(file, lead);
            }
            if (z.comment)
                listing.comment = z.comment;
            return listing;
        }
    }
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/gates/determinism/compare-archives.js
/** Key each member by name, numbering repeats so a duplicated name is still compared. */
function keyed(entries) {
    const out = new Map();
    const seen = new Map();
    for (const e of entries) {
        const n = seen.get(e.name) ?? 0;
        seen.set(e.name, n + 1);
        out.set(n ? `${e.name}#${n + 1}` : e.name, e);
    }
    return out;
}
const oct = (m) => m === undefined ? 'none' : m.toString(8).padStart(4, '0');
const shown = (v) => (v === undefined ? 'none' : String(v));
function compareMember(name, a, b) {
    const aspects = new Set();
    const detail = [];
    const note = (aspect, text) => {
        aspects.add(aspect);
        detail.push(text);
    };
    if (a.type !== b.type)
        note('type', `type ${a.type} \u2192 ${b.type}`);
    else if (a.sha256 !== b.sha256 || a.size !== b.size)
        note('content', `content ${a.size} \u2192 ${b.size} bytes${a.sha256 && b.sha256 ? `, sha256 ${a.sha256.slice(0, 12)} \u2192 ${b.sha256.slice(0, 12)}` : ''}`);
    if (a.linkname !== b.linkname)
        note('link-target', `target ${shown(a.linkname)} \u2192 ${shown(b.linkname)}`);
    if (a.mtime !== b.mtime)
        note('mtime', `mtime ${shown(a.mtime)} \u2192 ${shown(b.mtime)}`);
    if (a.uid !== b.uid || a.gid !== b.gid || a.uname !== b.uname || a.gname !== b.gname)
        note('owner', `owner ${shown(a.uname ?? a.uid)}:${shown(a.gname ?? a.gid)} (${shown(a.uid)}:${shown(a.gid)}) \u2192 ${shown(b.uname ?? b.uid)}:${shown(b.gname ?? b.gid)} (${shown(b.uid)}:${shown(b.gid)})`);
    if (a.mode !== b.mode)
        note('mode', `mode ${oct(a.mode)} \u2192 ${oct(b.mode)}`);
    if ((a.extra ?? []).join(',') !== (b.extra ?? []).join(','))
        note('zip-extra', `extra fields ${(a.extra ?? []).map((x) => x.slice(0, 4)).join(',') || 'none'} \u2192 ${(b.extra ?? []).map((x) => x.slice(0, 4)).join(',') || 'none'} (contents differ)`);
    if (a.method !== b.method)
        note('compression', `compression method ${shown(a.method)} \u2192 ${shown(b.method)}`);
    if (a.encrypted !== b.encrypted)
        note('content', `encryption ${a.encrypted ? 'on' : 'off'} \u2192 ${b.encrypted ? 'on' : 'off'}`);
    if (JSON.stringify(a.pax ?? {}) !== JSON.stringify(b.pax ?? {}))
        note('pax', `pax records ${Object.keys(a.pax ?? {}).join(',') || 'none'} \u2192 ${Object.keys(b.pax ?? {}).join(',') || 'none'}`);
    return aspects.size ? { name, aspects: [...aspects], detail } : undefined;
}
function compareListings(a, b) {
    const diff = {
        kind: a.kind,
        membersA: a.entries.length,
        membersB: b.entries.length,
        aspects: [],
        detail: [],
        members: []
    };
    const ka = keyed(a.entries);
    const kb = keyed(b.entries);
    for (const [name, ea] of ka) {
        const eb = kb.get(name);
        if (!eb)
            diff.members.push({
                name,
                aspects: ['only-in-a'],
                detail: [`only in a (${ea.type}, ${ea.size} bytes)`]
            });
        else {
            const m = compareMember(name, ea, eb);
            if (m)
                diff.members.push(m);
        }
    }
    for (const [name, eb] of kb)
        if (!ka.has(name))
            diff.members.push({
                name,
                aspects: ['only-in-b'],
                detail: [`only in b (${eb.type}, ${eb.size} bytes)`]
            });
    const orderA = [...ka.keys()].filter((k) => kb.has(k));
    const orderB = [...kb.keys()].filter((k) => ka.has(k));
    if (orderA.some((k, i) => orderB[i] !== k)) {
        const i = orderA.findIndex((k, j) => orderB[j] !== k);
        diff.aspects.push('entry-order');
        diff.detail.push(`member order differs from position ${i + 1} ('${orderA[i]}' vs '${orderB[i]}')`);
    }
    const wa = JSON.stringify(a.wrapper ?? {});
    const wb = JSON.stringify(b.wrapper ?? {});
    if (wa !== wb) {
        diff.aspects.push('gzip-header');
        const keys = new Set([...Object.keys(a.wrapper ?? {}), ...Object.keys(b.wrapper ?? {})]);
        const changed = [...keys].filter((k) => a.wrapper?.[k] !== b.wrapper?.[k]);
        diff.detail.push(`gzip header ${changed.map((k) => `${k} ${shown(a.wrapper?.[k])} \u2192 ${shown(b.wrapper?.[k])}`).join(', ')}`);
    }
    if ((a.comment ?? '') !== (b.comment ?? '')) {
        diff.aspects.push('comment');
        diff.detail.push('archive comment differs');
    }
    if ((a.prefixBytes ?? 0) !== (b.prefixBytes ?? 0) || a.prefixSha256 !== b.prefixSha256) {
        diff.aspects.push('prefix');
        diff.detail.push(`leading prefix differs (${a.prefixBytes ?? 0} \u2192 ${b.prefixBytes ?? 0} bytes)`);
    }
    return diff;
}

;// CONCATENATED MODULE: ./lib/gates/determinism/stabilizers.js
/**
 * Named stabilizers (after Google OSS Rebuild's): a kind of difference that may be allowed
 * explicitly. Every difference is an aspect; an aspect either belongs to one stabilizer or is a
 * real difference that nothing allows (content, a missing file, a changed link target \u2026).
 */

const STABILIZERS = {
    'entry-order': 'archive members stored in a different order',
    mtimes: 'modification times (tar, zip, ar members)',
    owners: 'owner and group ids and names of archive members',
    modes: 'permission bits of archive members (and executable bits of files in a tree)',
    'zip-extra': 'zip extra fields (extended timestamps, unix uid/gid, NTFS times, padding)',
    'gzip-header': 'the gzip header around a compressed file or tar (mtime, original name, OS byte)'
};
const STABILIZER_NAMES = Object.keys(STABILIZERS);
const COVERED = {
    mtime: 'mtimes',
    owner: 'owners',
    mode: 'modes',
    'zip-extra': 'zip-extra',
    'entry-order': 'entry-order',
    'gzip-header': 'gzip-header'
};
/** The stabilizer that allows an aspect, or undefined for a real difference. */
function stabilizerFor(aspect) {
    return COVERED[aspect];
}
/** Parse `allow-stabilizers`: names, `all`, or nothing (none allowed). */
function parseAllowed(items) {
    const out = new Set();
    for (const raw of items) {
        const item = raw.trim().toLowerCase();
        if (item === 'all')
            STABILIZER_NAMES.forEach((s) => out.add(s));
        else if (item === 'none')
            continue;
        else if (STABILIZER_NAMES.includes(item))
            out.add(item);
        else
            throw new errors/* InputError */.dz('allow-stabilizers', `'${raw}' is not a stabilizer; use all, or any of: ${STABILIZER_NAMES.join(', ')}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/determinism/compare-snapshots.js
/**
 * Compares two snapshots of a build output by content: per-file sha256 first, then, for files
 * that differ and are archives on both sides, member by member. Archives are read only when
 * needed (a manifest brings its listings along). The result says, per difference, which aspects
 * differ and which stabilizer (if any) would allow each.
 */




/** Executable and special bits: what a tree's file mode means beyond the umask. */
const TREE_MODE_BITS = 0o7111;
async function listingOf(s, r, limits) {
    if (r.archive || r.archiveKnown || !s.root)
        return r.archive;
    const abs = s.kind === 'file' ? s.root : (0,external_node_path_.join)(s.root, r.path);
    r.archive = await readArchive(abs, limits, `${s.source}${s.kind === 'file' ? '' : `/${r.path}`}`);
    r.archiveKnown = true;
    return r.archive;
}
async function compareFiles(a, b, ra, rb, limits) {
    const d = { path: ra.path, aspects: [], detail: [] };
    const add = (aspect, text) => {
        if (!d.aspects.includes(aspect))
            d.aspects.push(aspect);
        d.detail.push(text);
    };
    if (ra.type !== rb.type) {
        add('type', `${ra.type} \u2192 ${rb.type}`);
        return d;
    }
    if (ra.type === 'symlink' && ra.target !== rb.target)
        add('link-target', `target ${ra.target} \u2192 ${rb.target}`);
    if (ra.type === 'special' && ra.special !== rb.special)
        add('type', `${ra.special} \u2192 ${rb.special}`);
    if (ra.type === 'file') {
        if (ra.mode !== undefined &&
            rb.mode !== undefined &&
            (ra.mode & TREE_MODE_BITS) !== (rb.mode & TREE_MODE_BITS))
            add('mode', `mode ${ra.mode.toString(8)} \u2192 ${rb.mode.toString(8)}`);
        if (ra.sha256 !== rb.sha256) {
            let la;
            let lb;
            try {
                la = await listingOf(a, ra, limits);
                lb = await listingOf(b, rb, limits);
            }
            catch (err) {
                if (!(err instanceof ArchiveError))
                    throw err;
                d.error = err.message;
                add('unreadable', err.message);
                return d;
            }
            if (la && lb && la.kind === lb.kind) {
                const ad = compareListings(la, lb);
                d.archive = ad;
                const aspects = new Set([...ad.aspects, ...ad.members.flatMap((m) => m.aspects)]);
                if (aspects.size === 0) {
                    add('container', `the ${la.kind} archives hold equal members but their bytes differ (compression, padding or headers not compared)`);
                }
                else {
                    for (const x of aspects)
                        if (!d.aspects.includes(x))
                            d.aspects.push(x);
                    d.detail.push(...ad.detail);
                }
            }
            else {
                const kinds = la || lb ? ` (${la?.kind ?? 'not an archive'} vs ${lb?.kind ?? 'not an archive'})` : '';
                add('content', `content ${ra.size} \u2192 ${rb.size} bytes, sha256 ${ra.sha256?.slice(0, 12)} \u2192 ${rb.sha256?.slice(0, 12)}${kinds}`);
            }
        }
    }
    return d.aspects.length ? d : undefined;
}
async function compareSnapshots(a, b, allowed, limits) {
    let filesB = b.files;
    // Two single files are compared whatever their names.
    if (a.subjectKind === 'file' &&
        b.subjectKind === 'file' &&
        a.files.size === 1 &&
        b.files.size === 1) {
        const [ra] = a.files.values();
        const [rb] = b.files.values();
        filesB = new Map([[ra.path, rb]]);
    }
    const differences = [];
    let identical = 0;
    const paths = [...new Set([...a.files.keys(), ...filesB.keys()])].sort();
    for (const p of paths) {
        const ra = a.files.get(p);
        const rb = filesB.get(p);
        if (!rb)
            differences.push({ path: p, aspects: ['only-in-a'], detail: [`only in a (${ra.type})`] });
        else if (!ra)
            differences.push({ path: p, aspects: ['only-in-b'], detail: [`only in b (${rb.type})`] });
        else {
            const d = await compareFiles(a, b, ra, rb, limits);
            if (d)
                differences.push(d);
            else
                identical++;
        }
    }
    const needed = new Set();
    const real = [];
    const unreadable = [];
    for (const d of differences) {
        let isReal = false;
        for (const x of d.aspects) {
            const s = stabilizerFor(x);
            if (s)
                needed.add(s);
            else if (x === 'unreadable')
                unreadable.push(d.path);
            else
                isReal = true;
        }
        if (isReal)
            real.push(d.path);
    }
    const neededList = STABILIZER_NAMES.filter((s) => needed.has(s));
    return {
        filesA: a.files.size,
        filesB: b.files.size,
        bytesA: a.bytes,
        bytesB: b.bytes,
        identical,
        differences,
        needed: neededList,
        notAllowed: neededList.filter((s) => !allowed.has(s)),
        real,
        unreadable
    };
}

;// CONCATENATED MODULE: ./lib/gates/determinism/describe.js
const WORD = {
    'only-in-a': 'only in a',
    'only-in-b': 'only in b',
    type: 'type',
    content: 'content',
    'link-target': 'link target',
    compression: 'compression method',
    pax: 'pax records',
    comment: 'archive comment',
    prefix: 'leading prefix',
    container: 'archive bytes',
    unreadable: 'unreadable',
    mtime: 'mtime',
    owner: 'owner',
    mode: 'mode',
    'zip-extra': 'zip extra fields',
    'entry-order': 'member order',
    'gzip-header': 'gzip header'
};
const METADATA = new Set(['mtime', 'owner', 'mode', 'zip-extra', 'compression', 'pax']);
function andList(words) {
    return words.length <= 1
        ? (words[0] ?? '')
        : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
function describeMember(m) {
    if (m.aspects.includes('only-in-a'))
        return `\`${m.name}\` is only in a`;
    if (m.aspects.includes('only-in-b'))
        return `\`${m.name}\` is only in b`;
    if (m.aspects.every((x) => METADATA.has(x)))
        return `\`${m.name}\` differs only in ${andList(m.aspects.map((x) => WORD[x]))}`;
    return `\`${m.name}\` differs`;
}
/** One clause per file difference (at most `maxMembers` members named). */
function describeFile(d, maxMembers = 3) {
    if (d.aspects.includes('unreadable'))
        return `\`${d.path}\` cannot be compared: ${d.error ?? 'unreadable'}`;
    if (!d.archive && d.aspects.includes('only-in-a'))
        return `\`${d.path}\` is only in a`;
    if (!d.archive && d.aspects.includes('only-in-b'))
        return `\`${d.path}\` is only in b`;
    if (d.archive && !d.aspects.includes('container')) {
        const parts = d.archive.members.slice(0, maxMembers).map(describeMember);
        if (d.archive.members.length > maxMembers)
            parts.push(`${d.archive.members.length - maxMembers} more members`);
        for (const x of d.archive.aspects)
            parts.push(`${WORD[x]} differs`);
        const fileMode = d.aspects.includes('mode') && d.detail.find((t) => t.startsWith('mode '));
        if (fileMode)
            parts.push(`the file's ${fileMode}`);
        return `in \`${d.path}\`, ${andList(parts)}`;
    }
    if (d.aspects.length === 1 && d.aspects[0] === 'mode')
        return `\`${d.path}\` differs only in mode (${d.detail[0]})`;
    return `\`${d.path}\` differs`;
}
function describeComparison(c, maxFiles = 3) {
    if (!c.differences.length)
        return '';
    const parts = c.differences.slice(0, maxFiles).map((d) => describeFile(d));
    if (c.differences.length > maxFiles)
        parts.push(`${c.differences.length - maxFiles} more`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./lib/gates/determinism/diffoscope.js
/**
 * The optional deep-dive: Debian's diffoscope on a differing pair, when it is installed (never
 * required). Its own verdict (exit 0 same, 1 different) is recorded next to ours, with its JSON
 * and Markdown reports as files for the evidence bundle.
 */


function diffoscopeVersion(env) {
    const r = (0,external_node_child_process_.spawnSync)('diffoscope', ['--version'], {
        encoding: 'utf8',
        timeout: 30_000,
        env: { PATH: env.PATH ?? '', HOME: env.HOME ?? '' }
    });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
function runDiffoscope(a, b, outDir, index, timeoutMs, env) {
    const jsonFile = (0,external_node_path_.join)(outDir, `diffoscope-${index}.json`);
    const markdownFile = (0,external_node_path_.join)(outDir, `diffoscope-${index}.md`);
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('diffoscope', ['--json', jsonFile, '--markdown', markdownFile, '--max-report-size', String(8 << 20), a, b], {
            env: { PATH: env.PATH ?? '', HOME: env.HOME ?? '', LC_ALL: 'C.UTF-8', TZ: 'UTC' },
            detached: true,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        let err = '';
        child.stderr.on('data', (d) => (err = (err + d.toString()).slice(-4000)));
        const timer = setTimeout(() => {
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            resolve({ pair: [a, b], verdict: 'error', exitCode: -1, message: e.message });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const verdict = code === 0 ? 'same' : code === 1 ? 'different' : 'error';
            resolve({
                pair: [a, b],
                verdict,
                exitCode: code ?? -1,
                ...(verdict === 'error'
                    ? { message: err.trim().split('\n').slice(-3).join(' ') || 'killed (timeout)' }
                    : { jsonFile, markdownFile })
            });
        });
    });
}

;// CONCATENATED MODULE: ./lib/gates/determinism/rules.js
const RULE = {
    drift: 'determinism/drift',
    stabilizer: 'determinism/stabilizer-not-allowed',
    allowed: 'determinism/stabilizer-used',
    unreadable: 'determinism/unreadable-archive',
    buildFailed: 'determinism/build-failed',
    diffoscope: 'determinism/diffoscope'
};
const RULES = [
    {
        id: RULE.drift,
        title: 'Build output differs between the two builds',
        help: 'Find what injects the difference (timestamps, build paths, locale, hash order, umask) and fix the build; SOURCE_DATE_EPOCH, sorted inputs and fixed archive metadata are the usual cures.',
        severity: 'error'
    },
    {
        id: RULE.stabilizer,
        title: 'Difference needs a stabilizer that is not allowed',
        help: "Fix the build so the metadata is fixed (e.g. tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner, zip -X, gzip -n), or allow the stabilizer explicitly in 'allow-stabilizers'.",
        severity: 'error'
    },
    {
        id: RULE.allowed,
        title: 'Difference allowed by a stabilizer',
        help: "The outputs differ only in metadata 'allow-stabilizers' allows; the content is the same.",
        severity: 'note'
    },
    {
        id: RULE.unreadable,
        title: 'Archive cannot be compared',
        help: 'The archive is corrupt, truncated, over a bound (max-archive-entries / max-archive-bytes) or holds a hostile member name; check the build output.',
        severity: 'error'
    },
    {
        id: RULE.buildFailed,
        title: 'Build command failed',
        help: "Make 'command' build in a fresh copy of the workspace (it runs with bash -c under TZ, LC_ALL, SOURCE_DATE_EPOCH and umask set), and 'build-output' name what it produces.",
        severity: 'error'
    },
    {
        id: RULE.diffoscope,
        title: 'diffoscope deep-dive',
        help: 'diffoscope (Debian package diffoscope-minimal) showed the differences in detail; see its report.',
        severity: 'note'
    }
];

;// CONCATENATED MODULE: ./lib/gates/determinism/judge.js



const MAX_FINDINGS = 200;
const help = (id) => RULES.find((r) => r.id === id).help;
function stabilizersOf(d) {
    return [...new Set(d.aspects.map(stabilizerFor).filter((s) => !!s))];
}
function judge(c, allowed) {
    const findings = [];
    for (const d of c.differences) {
        const text = describeFile(d, 5);
        const realAspects = d.aspects.filter((x) => !stabilizerFor(x) && x !== 'unreadable');
        const missing = stabilizersOf(d).filter((s) => !allowed.has(s));
        if (d.aspects.includes('unreadable')) {
            findings.push({
                rule: RULE.unreadable,
                severity: 'error',
                message: text,
                help: help(RULE.unreadable)
            });
        }
        else if (realAspects.length) {
            findings.push({ rule: RULE.drift, severity: 'error', message: text, help: help(RULE.drift) });
        }
        else if (missing.length) {
            findings.push({
                rule: RULE.stabilizer,
                severity: 'error',
                message: `${text} (needs ${missing.join(', ')}, not in allow-stabilizers)`,
                help: help(RULE.stabilizer)
            });
        }
        else {
            findings.push({
                rule: RULE.allowed,
                severity: 'note',
                message: `${text} (allowed: ${stabilizersOf(d).join(', ')})`,
                help: help(RULE.allowed)
            });
        }
    }
    // Errors first, then a bounded list.
    findings.sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1));
    const shown = findings.slice(0, MAX_FINDINGS);
    if (findings.length > MAX_FINDINGS) {
        shown.push({
            rule: findings[MAX_FINDINGS].rule,
            severity: findings.slice(MAX_FINDINGS).some((f) => f.severity === 'error') ? 'error' : 'note',
            message: `${findings.length - MAX_FINDINGS} more differences; see the diff summary JSON (diff-file)`
        });
    }
    const verdict = c.unreadable.length
        ? 'error'
        : c.real.length || c.notAllowed.length
            ? 'fail'
            : 'pass';
    return { verdict, findings: shown };
}

// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
// EXTERNAL MODULE: ./lib/hashing/manifest.js
var manifest = __webpack_require__(13779);
;// CONCATENATED MODULE: ./lib/gates/determinism/manifest.js
/**
 * The digest manifest of a build output (`ci-intel.determinism-manifest.v1`): every file's path,
 * type, size, sha256 and mode, symlink targets, and for archives their members \u2014 so a later job
 * (another architecture, another day) can compare against it down to the member. Parsed strictly:
 * duplicate keys, unknown fields, wrong types and unsafe paths are refused.
 */



const DETERMINISM_MANIFEST_SCHEMA = 'ci-intel.determinism-manifest.v1';
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
class ManifestFormatError extends Error {
    name = 'ManifestFormatError';
}
function toManifest(s, origin) {
    const files = [...s.files.values()]
        .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
        .map((f) => {
        const out = { path: f.path, type: f.type, size: f.size };
        if (f.sha256)
            out.sha256 = f.sha256;
        if (f.mode !== undefined)
            out.mode = f.mode;
        if (f.target !== undefined)
            out.target = f.target;
        if (f.special)
            out.special = f.special;
        if (f.archive)
            out.archive = f.archive;
        return out;
    });
    return {
        schema: DETERMINISM_MANIFEST_SCHEMA,
        subject: s.source,
        subjectKind: s.subjectKind,
        origin,
        files
    };
}
/** Whether text looks like one of our manifests (the schema field is checked after parsing). */
function looksLikeManifest(head) {
    const t = head
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart();
    return t.startsWith('{') && t.includes(DETERMINISM_MANIFEST_SCHEMA);
}
function bad(where, expected, got) {
    const shown = typeof got === 'string' ? `'${got.slice(0, 120)}'` : JSON.stringify(got)?.slice(0, 120);
    throw new ManifestFormatError(`${where}: expected ${expected}, got ${shown}`);
}
function obj(v, where) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        bad(where, 'an object', v);
    return v;
}
function only(o, keys, where) {
    for (const k of Object.keys(o))
        if (!keys.includes(k))
            bad(where, `only ${keys.join(', ')}`, k);
}
function str(o, k, where, optional = false) {
    const v = o[k];
    if (v === undefined && optional)
        return undefined;
    if (typeof v !== 'string')
        bad(`${where}.${k}`, 'a string', v);
    return v;
}
function manifest_int(o, k, where, optional = false) {
    const v = o[k];
    if (v === undefined && optional)
        return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        bad(`${where}.${k}`, 'an integer \u2265 0', v);
    return v;
}
const HEX64 = /^[0-9a-f]{64}$/;
function digest(o, k, where, optional) {
    const d = str(o, k, where, optional);
    if (d !== undefined && !HEX64.test(d))
        bad(`${where}.${k}`, '64 lowercase hex digits', d);
    return d;
}
const ENTRY_KEYS = [
    'name',
    'type',
    'size',
    'sha256',
    'mode',
    'uid',
    'gid',
    'uname',
    'gname',
    'mtime',
    'linkname',
    'extra',
    'method',
    'encrypted',
    'pax'
];
const ENTRY_TYPES = ['file', 'dir', 'symlink', 'hardlink', 'device', 'fifo'];
const KINDS = ['tar', 'tar.gz', 'tar.zst', 'zip', 'ar', 'gzip', 'zst'];
function parseEntry(v, where) {
    const o = obj(v, where);
    only(o, ENTRY_KEYS, where);
    const type = str(o, 'type', where);
    if (!ENTRY_TYPES.includes(type))
        bad(`${where}.type`, ENTRY_TYPES.join('|'), type);
    const e = {
        name: str(o, 'name', where),
        type: type,
        size: manifest_int(o, 'size', where)
    };
    e.sha256 = digest(o, 'sha256', where, true);
    for (const k of ['mode', 'uid', 'gid', 'mtime', 'method'])
        e[k] = manifest_int(o, k, where, true);
    for (const k of ['uname', 'gname', 'linkname'])
        e[k] = str(o, k, where, true);
    if (o.extra !== undefined) {
        if (!Array.isArray(o.extra) || o.extra.some((x) => typeof x !== 'string'))
            bad(`${where}.extra`, 'a list of strings', o.extra);
        e.extra = o.extra;
    }
    if (o.encrypted !== undefined) {
        if (typeof o.encrypted !== 'boolean')
            bad(`${where}.encrypted`, 'a boolean', o.encrypted);
        e.encrypted = o.encrypted;
    }
    if (o.pax !== undefined) {
        const p = obj(o.pax, `${where}.pax`);
        for (const [k, val] of Object.entries(p))
            if (typeof val !== 'string')
                bad(`${where}.pax.${k}`, 'a string', val);
        e.pax = p;
    }
    for (const k of Object.keys(e))
        if (e[k] === undefined)
            delete e[k];
    return e;
}
function parseListing(v, where) {
    const o = obj(v, where);
    only(o, ['kind', 'prefixBytes', 'prefixSha256', 'wrapper', 'comment', 'entries'], where);
    const kind = str(o, 'kind', where);
    if (!KINDS.includes(kind))
        bad(`${where}.kind`, KINDS.join('|'), kind);
    if (!Array.isArray(o.entries))
        bad(`${where}.entries`, 'a list', o.entries);
    const l = {
        kind: kind,
        entries: o.entries.map((e, i) => parseEntry(e, `${where}.entries[${i}]`))
    };
    const prefix = manifest_int(o, 'prefixBytes', where, true);
    if (prefix !== undefined)
        l.prefixBytes = prefix;
    const ps = digest(o, 'prefixSha256', where, true);
    if (ps)
        l.prefixSha256 = ps;
    const comment = str(o, 'comment', where, true);
    if (comment !== undefined)
        l.comment = comment;
    if (o.wrapper !== undefined) {
        const w = obj(o.wrapper, `${where}.wrapper`);
        for (const [k, val] of Object.entries(w))
            if (typeof val !== 'string' && typeof val !== 'number')
                bad(`${where}.wrapper.${k}`, 'a string or number', val);
        l.wrapper = w;
    }
    return l;
}
/** Parse manifest text; `source` names it in messages. */
function parseManifest(text, source) {
    const m = obj((0,strict_json/* parseStrictJson */.RJ)(text, source), source);
    only(m, ['schema', 'subject', 'subjectKind', 'origin', 'files'], source);
    if (m.schema !== DETERMINISM_MANIFEST_SCHEMA)
        bad(`${source}.schema`, DETERMINISM_MANIFEST_SCHEMA, m.schema);
    const subjectKind = str(m, 'subjectKind', source);
    if (subjectKind !== 'tree' && subjectKind !== 'file')
        bad(`${source}.subjectKind`, 'tree or file', subjectKind);
    const origin = obj(m.origin, `${source}.origin`);
    for (const [k, v] of Object.entries(origin))
        if (typeof v !== 'string')
            bad(`${source}.origin.${k}`, 'a string', v);
    if (!Array.isArray(m.files))
        bad(`${source}.files`, 'a list', m.files);
    const seen = new Set();
    const files = m.files.map((v, i) => {
        const where = `${source}.files[${i}]`;
        const o = obj(v, where);
        only(o, ['path', 'type', 'size', 'sha256', 'mode', 'target', 'special', 'archive'], where);
        const path = str(o, 'path', where);
        if (!(0,manifest/* isSafeRelativePath */.VH)(path))
            bad(`${where}.path`, 'a relative path without .. or empty segments', path);
        if (seen.has(path))
            bad(`${where}.path`, 'each path once', path);
        seen.add(path);
        const type = str(o, 'type', where);
        if (type !== 'file' && type !== 'dir' && type !== 'symlink' && type !== 'special')
            bad(`${where}.type`, 'file, dir, symlink or special', type);
        const r = { path, type, size: manifest_int(o, 'size', where) };
        if (type === 'file')
            r.sha256 = digest(o, 'sha256', where, false);
        const mode = manifest_int(o, 'mode', where, true);
        if (mode !== undefined)
            r.mode = mode;
        if (type === 'symlink')
            r.target = str(o, 'target', where);
        if (type === 'special')
            r.special = str(o, 'special', where);
        if (o.archive !== undefined)
            r.archive = parseListing(o.archive, `${where}.archive`);
        r.archiveKnown = type === 'file';
        return r;
    });
    return {
        schema: DETERMINISM_MANIFEST_SCHEMA,
        subject: str(m, 'subject', source),
        subjectKind,
        origin: origin,
        files
    };
}
function readManifestFile(abs, source) {
    return parseManifest((0,read_file.readRegularTextFile)(abs, { maxBytes: MAX_MANIFEST_BYTES, what: source }), source);
}
function manifestSnapshot(m, source) {
    const files = new Map(m.files.map((f) => [f.path, f]));
    let bytes = 0;
    for (const f of m.files)
        if (f.type === 'file')
            bytes += f.size;
    return {
        source,
        kind: 'manifest',
        subjectKind: m.subjectKind,
        files,
        bytes,
        origin: { subject: m.subject, ...m.origin }
    };
}

;// CONCATENATED MODULE: ./lib/gates/determinism/hash-file.js
/**
 * sha256 of a regular file, streamed through the shared reader (src/core/read-file.ts): opened
 * without blocking, checked on the descriptor, flat memory at any size.
 */


/** A build output larger than this is not one. */
const MAX_FILE_BYTES = 2 ** 40;
function sha256File(file, shown) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const size = (0,read_file/* readRegularFileChunks */.xf)(file, { maxBytes: MAX_FILE_BYTES, what: `${shown}:` }, (c) => hash.update(c));
    return { sha256: hash.digest('hex'), size };
}

;// CONCATENATED MODULE: ./lib/gates/determinism/walk-tree.js
/**
 * Reads a build output on disk (a folder or one file) into a Snapshot: every regular file's
 * sha256 and mode, symlinks with their targets (never followed), folders (so an empty one
 * counts), special files by kind (never opened). Bounded by a file count.
 */




const MAX_FILES = 1_000_000;
function specialKind(st) {
    if (st.isFIFO())
        return 'fifo';
    if (st.isSocket())
        return 'socket';
    if (st.isCharacterDevice())
        return 'character-device';
    if (st.isBlockDevice())
        return 'block-device';
    return 'unknown';
}
function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
/** Snapshot the file or folder at `abs` (`input` names the gate input for messages). */
function walkOutput(abs, source, input) {
    let top;
    try {
        top = (0,external_node_fs_.statSync)(abs);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* InputError */.dz(input, `${source} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}; give a build output (file, folder or archive) relative to the workspace`);
    }
    const files = new Map();
    let bytes = 0;
    if (top.isFile()) {
        const name = (0,external_node_path_.basename)(abs);
        const h = sha256File(abs, source);
        files.set(name, {
            path: name,
            type: 'file',
            size: h.size,
            sha256: h.sha256,
            mode: top.mode & 0o7777
        });
        return { source, kind: 'file', subjectKind: 'file', root: abs, files, bytes: h.size };
    }
    if (!top.isDirectory()) {
        throw new errors/* InputError */.dz(input, `${source} is a ${specialKind(top)}, not a file or folder; give a build output`);
    }
    const stack = [abs];
    while (stack.length) {
        const dir = stack.pop();
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir);
        }
        catch (err) {
            throw new errors/* GateError */.ue(`${source}: folder ${toPosix((0,external_node_path_.relative)(abs, dir)) || '.'} cannot be listed (${err.code})`, 'Make the build output readable.');
        }
        for (const name of names.sort().reverse()) {
            const p = (0,external_node_path_.join)(dir, name);
            const rel = toPosix((0,external_node_path_.relative)(abs, p));
            if (files.size >= MAX_FILES) {
                throw new errors/* GateError */.ue(`${source} holds more than ${MAX_FILES} entries`, 'Compare the release artifacts, not a whole build tree.');
            }
            const st = (0,external_node_fs_.lstatSync)(p);
            if (st.isSymbolicLink()) {
                files.set(rel, { path: rel, type: 'symlink', size: 0, target: (0,external_node_fs_.readlinkSync)(p) });
            }
            else if (st.isDirectory()) {
                files.set(rel, { path: rel, type: 'dir', size: 0 });
                stack.push(p);
            }
            else if (st.isFile()) {
                const h = sha256File(p, `${source}/${rel}`);
                bytes += h.size;
                files.set(rel, {
                    path: rel,
                    type: 'file',
                    size: h.size,
                    sha256: h.sha256,
                    mode: st.mode & 0o7777
                });
            }
            else {
                files.set(rel, { path: rel, type: 'special', size: 0, special: specialKind(st) });
            }
        }
    }
    return { source, kind: 'tree', subjectKind: 'tree', root: abs, files, bytes };
}

;// CONCATENATED MODULE: ./lib/gates/determinism/load-side.js
/** One side of a comparison from its input: a digest manifest, or a file or folder on disk. */







function head(abs) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return undefined;
        const buf = Buffer.alloc(4096);
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
        return buf.subarray(0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Files that count as something to compare (folders alone are nothing). */
function countable(s) {
    let n = 0;
    for (const f of s.files.values())
        if (f.type !== 'dir')
            n++;
    return n;
}
function loadSide(workspace, input, value) {
    if (!value)
        throw new errors/* InputError */.dz(input, 'is required for compare: a build output file, folder, archive or determinism manifest');
    const abs = (0,external_node_path_.resolve)(workspace, value);
    const h = head(abs);
    let snap;
    if (h && looksLikeManifest(h)) {
        try {
            snap = manifestSnapshot(readManifestFile(abs, value), value);
        }
        catch (err) {
            if (err instanceof ManifestFormatError ||
                err instanceof strict_json/* JsonDocumentError */.sT ||
                err instanceof read_file/* FileReadError */.tJ)
                throw new errors/* InputError */.dz(input, `${value} is not a valid determinism manifest: ${err.message}`);
            throw err;
        }
    }
    else {
        snap = walkOutput(abs, value, input);
    }
    if (countable(snap) === 0) {
        throw new errors/* InputError */.dz(input, `${value} holds no files (${snap.kind === 'manifest' ? 'an empty manifest' : 'an empty folder'}); nothing to compare is never a pass \u2014 check that the build wrote its output there`);
    }
    return snap;
}

;// CONCATENATED MODULE: ./lib/gates/determinism/copy-tree.js
/**
 * Copies a source tree into a fresh build folder: files (with their modes), folders and
 * symlinks as they are; special files are skipped. `reverse` writes each folder's entries in
 * reverse name order (the file-order variation).
 */


function copyTree(from, to, reverse, skip) {
    let files = 0;
    const walk = (src, dst) => {
        (0,external_node_fs_.mkdirSync)(dst, { recursive: true });
        const names = (0,external_node_fs_.readdirSync)(src).sort();
        if (reverse)
            names.reverse();
        for (const name of names) {
            const s = (0,external_node_path_.join)(src, name);
            if (skip.has((0,external_node_path_.resolve)(s)))
                continue;
            const d = (0,external_node_path_.join)(dst, name);
            const st = (0,external_node_fs_.lstatSync)(s);
            if (st.isSymbolicLink())
                (0,external_node_fs_.symlinkSync)((0,external_node_fs_.readlinkSync)(s), d);
            else if (st.isDirectory())
                walk(s, d);
            else if (st.isFile()) {
                (0,external_node_fs_.copyFileSync)(s, d, external_node_fs_.constants.COPYFILE_FICLONE);
                files++;
            }
        }
    };
    walk(from, to);
    return files;
}

;// CONCATENATED MODULE: ./lib/gates/determinism/variations.js
/**
 * The variation set of a rebuild, reprotest's idea without its trap: the list is applied in
 * order onto a base that is *all* variations when the list is empty or starts with a removal
 * (`-timezone` means "all but timezone", never "none"), and the effective set is always printed.
 */

const VARIATIONS = {
    time: 'the second build starts later on the wall clock (SOURCE_DATE_EPOCH stays the same)',
    timezone: 'TZ=UTC in the first build, TZ=Etc/GMT-14 (UTC+14) in the second',
    locale: 'LC_ALL=C in the first build, a UTF-8 locale in the second',
    umask: 'umask 0022 in the first build, 0002 in the second',
    'build-path': 'the builds run in two different folders (different names and depths)',
    'file-order': 'the second copy of the sources is written in reverse order (changes readdir order where the file system keeps creation order)'
};
const VARIATION_NAMES = Object.keys(VARIATIONS);
function nameOf(raw, item) {
    if (VARIATION_NAMES.includes(item))
        return item;
    throw new errors/* InputError */.dz('variations', `'${raw}' is not a variation; use all, none, or any of ${VARIATION_NAMES.join(', ')} (prefix - to remove one)`);
}
function parseVariations(items) {
    const list = items.map((s) => s.trim().toLowerCase()).filter(Boolean);
    const set = new Set(list.length === 0 || list[0].startsWith('-') ? VARIATION_NAMES : []);
    for (let i = 0; i < list.length; i++) {
        const item = list[i];
        const raw = items[i];
        if (item === 'all')
            VARIATION_NAMES.forEach((v) => set.add(v));
        else if (item === 'none')
            set.clear();
        else if (item.startsWith('-'))
            set.delete(nameOf(raw, item.slice(1)));
        else
            set.add(nameOf(raw, item.replace(/^\+/, '')));
    }
    return set;
}
/** A UTF-8 locale that differs from C, from `locale -a` output (C.UTF-8 as the last resort). */
function pickLocale(available) {
    const norm = (s) => s.toLowerCase().replace(/utf-?8/, 'utf8');
    const have = new Map(available.map((l) => [norm(l.trim()), l.trim()]));
    for (const want of ['fr_CH.UTF-8', 'de_DE.UTF-8', 'et_EE.UTF-8', 'en_US.UTF-8']) {
        const hit = have.get(norm(want));
        if (hit)
            return hit;
    }
    return have.get('c.utf8') ?? 'C.UTF-8';
}
/** The fixed environment of the first build and the varied one of the second. */
function buildEnvironments(set, sourceDateEpoch, locale) {
    const fixed = {
        TZ: 'UTC',
        LC_ALL: 'C',
        LANG: 'C',
        SOURCE_DATE_EPOCH: String(sourceDateEpoch),
        PYTHONHASHSEED: '0',
        umask: '0022'
    };
    const varied = { ...fixed };
    if (set.has('timezone'))
        varied.TZ = 'Etc/GMT-14';
    if (set.has('locale')) {
        varied.LC_ALL = locale;
        varied.LANG = locale;
    }
    if (set.has('umask'))
        varied.umask = '0002';
    return [fixed, varied];
}

;// CONCATENATED MODULE: ./lib/gates/determinism/rebuild.js
/**
 * `operation: rebuild`: copy the workspace into a fresh build folder, run the build command
 * with bash under the fixed environment, collect its output, and do it again with the declared
 * variations applied to the second build. Each build is bounded by a timeout (its whole process
 * group is killed) and its output is kept to a bounded tail for the log.
 */






const TAIL_BYTES = 16 * 1024;
function runBuild(plan, cwd, env, label) {
    const started = Date.now();
    return new Promise((resolvePromise, reject) => {
        const childEnv = {};
        for (const [k, v] of Object.entries(plan.env))
            if (v !== undefined)
                childEnv[k] = v;
        delete childEnv.LANGUAGE;
        for (const k of Object.keys(childEnv))
            if (k.startsWith('LC_'))
                delete childEnv[k];
        Object.assign(childEnv, {
            TZ: env.TZ,
            LC_ALL: env.LC_ALL,
            LANG: env.LANG,
            SOURCE_DATE_EPOCH: env.SOURCE_DATE_EPOCH,
            PYTHONHASHSEED: env.PYTHONHASHSEED,
            PWD: cwd
        });
        const child = (0,external_node_child_process_.spawn)('bash', ['-c', `umask ${env.umask}\n${plan.command}`], {
            cwd,
            env: childEnv,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let tail = '';
        const keep = (d) => {
            tail = (tail + d.toString('utf8')).slice(-TAIL_BYTES);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, plan.timeoutMs);
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(new errors/* GateError */.ue(`build ${label} could not start bash: ${err.message}`, 'Install bash.'));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const durationMs = Date.now() - started;
            if (tail.trim())
                plan.log(`build ${label} output (last ${TAIL_BYTES / 1024} KiB):\n${tail.trimEnd()}`);
            if (timedOut) {
                reject(new errors/* GateError */.ue(`build ${label} did not finish within the timeout (${Math.round(plan.timeoutMs / 1000)} s); it was killed`, "Raise 'timeout' or make the build faster."));
                return;
            }
            if (code !== 0) {
                reject(new errors/* GateError */.ue(`build ${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`}) in ${cwd}; see the build output in the log`, "Make 'command' succeed in a fresh copy of the workspace under TZ/LC_ALL/SOURCE_DATE_EPOCH/umask as printed."));
                return;
            }
            resolvePromise({
                label,
                buildPath: cwd,
                environment: env,
                exitCode: 0,
                durationMs,
                startedAt: new Date(started).toISOString()
            });
        });
    });
}
function locales() {
    const r = (0,external_node_child_process_.spawnSync)('locale', ['-a'], { encoding: 'utf8', timeout: 5000 });
    return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : [];
}
async function waitForLaterTime(since) {
    // Two seconds apart and in different 2-second buckets (zip's DOS time resolution).
    const target = (Math.floor(since / 2000) + 2) * 2000;
    const wait = Math.max(0, target - Date.now(), since + 2000 - Date.now());
    if (wait > 0)
        await new Promise((r) => setTimeout(r, wait));
}
async function rebuildTwice(plan) {
    const set = plan.variations;
    const locale = set.has('locale') ? pickLocale(locales()) : 'C';
    const [envA, envB] = buildEnvironments(set, plan.sourceDateEpoch, locale);
    const variations = VARIATION_NAMES.map((name) => ({
        name,
        enabled: set.has(name),
        effect: set.has(name)
            ? name === 'locale'
                ? `LC_ALL=C in the first build, LC_ALL=${locale} in the second`
                : VARIATIONS[name]
            : 'held fixed'
    }));
    plan.log(`effective variation set: ${set.size ? VARIATION_NAMES.filter((v) => set.has(v)).join(', ') : '(none)'}`);
    for (const v of variations)
        plan.log(`  ${v.enabled ? '+' : '-'} ${v.name}: ${v.effect}`);
    plan.log(`fixed environment: TZ=${envA.TZ} LC_ALL=${envA.LC_ALL} SOURCE_DATE_EPOCH=${envA.SOURCE_DATE_EPOCH} PYTHONHASHSEED=${envA.PYTHONHASHSEED} umask ${envA.umask}`);
    (0,external_node_fs_.mkdirSync)(plan.tempDir, { recursive: true });
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(plan.tempDir, 'determinism-'));
    const skip = new Set([(0,external_node_path_.resolve)(plan.tempDir), (0,external_node_path_.resolve)(scratch)]);
    const pathA = set.has('build-path') ? (0,external_node_path_.join)(scratch, 'a', 'build') : (0,external_node_path_.join)(scratch, 'build');
    const pathB = set.has('build-path') ? (0,external_node_path_.join)(scratch, 'b', 'second-build-path', 'src') : pathA;
    const outputs = (0,external_node_path_.join)(scratch, 'outputs');
    (0,external_node_fs_.mkdirSync)(outputs);
    const collect = (buildPath, label) => {
        const produced = (0,external_node_path_.join)(buildPath, plan.output);
        if (!(0,external_node_fs_.existsSync)(produced)) {
            throw new errors/* GateError */.ue(`build ${label} succeeded but produced no '${plan.output}' in its build folder`, "Set 'build-output' to the path (relative to the workspace root) that 'command' writes.");
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(outputs, label));
        const kept = (0,external_node_path_.join)(outputs, label, (0,external_node_path_.basename)((0,external_node_path_.resolve)(produced)));
        (0,external_node_fs_.renameSync)(produced, kept);
        return kept;
    };
    try {
        copyTree(plan.workspace, pathA, false, skip);
        const runA = await runBuild(plan, pathA, envA, 'a');
        const outputA = collect(pathA, 'a');
        (0,external_node_fs_.rmSync)(pathA, { recursive: true, force: true });
        if (set.has('time'))
            await waitForLaterTime(Date.parse(runA.startedAt));
        copyTree(plan.workspace, pathB, set.has('file-order'), skip);
        const runB = await runBuild(plan, pathB, envB, 'b');
        const outputB = collect(pathB, 'b');
        (0,external_node_fs_.rmSync)(pathB, { recursive: true, force: true });
        return { outputA, outputB, builds: [runA, runB], variations, scratch };
    }
    catch (err) {
        // The caller removes the scratch folder after comparing; on failure it is removed here.
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        throw err;
    }
}

;// CONCATENATED MODULE: ./lib/gates/determinism/evidence.js
const evidence_MAX_FILES = 1000;
const MAX_MEMBERS = 200;
function trimDifferences(all) {
    let members = 0;
    const differences = all.slice(0, evidence_MAX_FILES).map((d) => {
        if (!d.archive || d.archive.members.length <= MAX_MEMBERS)
            return d;
        members += d.archive.members.length - MAX_MEMBERS;
        return { ...d, archive: { ...d.archive, members: d.archive.members.slice(0, MAX_MEMBERS) } };
    });
    const files = Math.max(0, all.length - evidence_MAX_FILES);
    return files || members ? { differences, omitted: { files, members } } : { differences };
}

;// CONCATENATED MODULE: ./lib/gates/determinism/index.js
/**
 * Gate: determinism \u2014 fail a release when a build is not reproducible. `compare` two outputs,
 * `rebuild` twice under a fixed environment with declared variations and compare, or write a
 * digest `manifest` for a comparison in a later job (another architecture, another day).
 */


















function limitsOf(inputs) {
    const entries = inputs.number('max-archive-entries');
    const bytes = inputs.number('max-archive-bytes');
    if (entries === undefined || !Number.isInteger(entries) || entries < 1)
        throw new errors/* InputError */.dz('max-archive-entries', 'must be a whole number \u2265 1');
    if (bytes === undefined || !Number.isInteger(bytes) || bytes < 1)
        throw new errors/* InputError */.dz('max-archive-bytes', 'must be a whole number of bytes \u2265 1');
    return { maxEntries: entries, maxBytes: bytes };
}
function side(s, input) {
    const e = {
        input,
        kind: s.kind,
        subjectKind: s.subjectKind,
        files: countable(s),
        bytes: s.bytes
    };
    if (s.origin)
        e.origin = s.origin;
    return e;
}
function sourceDateEpoch(inputs, ctx) {
    const given = inputs.string('source-date-epoch')?.trim();
    if (given) {
        if (!/^[0-9]{1,12}$/.test(given))
            throw new errors/* InputError */.dz('source-date-epoch', `'${given}' is not a Unix time in whole seconds`);
        return Number(given);
    }
    const r = (0,external_node_child_process_.spawnSync)('git', ['log', '-1', '--format=%ct'], {
        cwd: ctx.workspace,
        encoding: 'utf8',
        timeout: 30_000,
        env: { PATH: ctx.env.PATH ?? '', HOME: ctx.env.HOME ?? '' }
    });
    const t = r.status === 0 ? r.stdout.trim() : '';
    if (!/^[0-9]+$/.test(t)) {
        throw new errors/* InputError */.dz('source-date-epoch', 'not given and the workspace has no git commit to take it from; give the commit time (git log -1 --format=%ct)');
    }
    return Number(t);
}
function diffFileOf(inputs, ctx) {
    const given = inputs.string('diff-file')?.trim();
    return given ? (0,external_node_path_.resolve)(ctx.workspace, given) : (0,external_node_path_.join)(ctx.tempDir, 'determinism-diff.json');
}
/** Real files on both sides for the deep-dive, at most `max` pairs. */
function diffoscopePairs(a, b, c, max) {
    if (!a.root || !b.root)
        return [];
    const pathOf = (s, p) => s.kind === 'file' ? s.root : (0,external_node_path_.join)(s.root, p);
    const pairs = [];
    for (const d of c.differences) {
        if (pairs.length >= max)
            break;
        // An unreadable (hostile) archive is not handed to another tool.
        if (d.aspects.includes('unreadable'))
            continue;
        const rb = a.kind === 'file' && b.kind === 'file' ? [...b.files.values()][0] : b.files.get(d.path);
        if (a.files.get(d.path)?.type === 'file' && rb?.type === 'file')
            pairs.push([pathOf(a, d.path), b.kind === 'file' ? b.root : (0,external_node_path_.join)(b.root, d.path)]);
    }
    if (!pairs.length && c.differences.length && a.kind === 'tree' && b.kind === 'tree')
        pairs.push([a.root, b.root]);
    return pairs;
}
async function deepDive(inputs, ctx, a, b, c, outDir) {
    if (inputs.string('diffoscope') === 'off')
        return { skipped: 'turned off (diffoscope: off)' };
    if (!c.differences.length)
        return { skipped: 'the outputs are identical' };
    const version = diffoscopeVersion(ctx.env);
    if (!version)
        return {
            skipped: 'diffoscope is not installed (optional: apt-get install diffoscope-minimal)'
        };
    const pairs = diffoscopePairs(a, b, c, 3);
    if (!pairs.length)
        return { version, skipped: 'no pair of files on disk to show (manifests carry digests only)' };
    const runs = [];
    const timeout = inputs.duration('timeout') ?? 30 * 60_000;
    for (const [i, [x, y]] of pairs.entries()) {
        ctx.log(`diffoscope deep-dive ${i + 1}/${pairs.length}`);
        runs.push(await runDiffoscope(x, y, outDir, i + 1, timeout, ctx.env));
    }
    return { version, runs };
}
async function compareOutputs(inputs, ctx, a, b, operation, rebuild) {
    const allowed = parseAllowed(inputs.list('allow-stabilizers'));
    const c = await compareSnapshots(a, b, allowed, limitsOf(inputs));
    const { verdict, findings } = judge(c, allowed);
    const diffFile = diffFileOf(inputs, ctx);
    const evidence = {
        operation,
        a: side(a, operation === 'rebuild' ? 'build a' : (inputs.string('a') ?? '')),
        b: side(b, operation === 'rebuild' ? 'build b' : (inputs.string('b') ?? '')),
        allowedStabilizers: [...allowed],
        stabilizersNeeded: c.needed,
        stabilizersNotAllowed: c.notAllowed,
        identical: c.identical,
        differing: c.differences.length,
        ...trimDifferences(c.differences),
        diffFile
    };
    if (rebuild) {
        evidence.rebuild = {
            command: inputs.string('command') ?? '',
            output: inputs.string('build-output') ?? '',
            variations: rebuild.variations,
            builds: rebuild.builds.map((x) => ({
                ...x,
                buildPath: x.buildPath.replace(rebuild.scratch, '$SCRATCH')
            }))
        };
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(diffFile), { recursive: true });
    evidence.diffoscope = await deepDive(inputs, ctx, a, b, c, (0,external_node_path_.dirname)(diffFile));
    const runs = evidence.diffoscope?.runs ?? [];
    for (const r of runs) {
        findings.push({
            rule: RULE.diffoscope,
            severity: 'note',
            message: `diffoscope ${evidence.diffoscope?.version ?? ''}: ${r.verdict}${r.message ? ` (${r.message})` : ''}${r.markdownFile ? `; report ${r.markdownFile}` : ''}`,
            help: RULES.find((x) => x.id === RULE.diffoscope).help
        });
    }
    (0,external_node_fs_.writeFileSync)(diffFile, JSON.stringify(evidence, null, 2) + '\n');
    const what = describeComparison(c);
    const total = `${c.identical + c.differences.length} paths`;
    const summary = verdict === 'pass'
        ? c.differences.length
            ? `reproducible with stabilizers ${c.needed.join(', ')}: ${what}`
            : `reproducible: ${total} identical (${c.filesA} files, ${c.bytesA} bytes)`
        : verdict === 'fail'
            ? `not reproducible: ${what}${c.notAllowed.length && !c.real.length ? ` (needs ${c.notAllowed.join(', ')})` : ''}`
            : `cannot compare: ${what}`;
    return {
        verdict,
        summary,
        findings,
        evidence,
        outputs: {
            differences: String(c.differences.length),
            'stabilizers-needed': c.needed.join(','),
            'diff-file': diffFile,
            'manifest-file': '',
            'diffoscope-file': runs.find((r) => r.markdownFile)?.markdownFile ?? ''
        }
    };
}
async function writeManifest(inputs, ctx) {
    const path = inputs.string('path')?.trim();
    if (!path)
        throw new errors/* InputError */.dz('path', 'is required for operation: manifest (the build output to record)');
    const snap = walkOutput((0,external_node_path_.resolve)(ctx.workspace, path), path, 'path');
    if (countable(snap) === 0)
        throw new errors/* InputError */.dz('path', `${path} holds no files; nothing to record is never a pass`);
    const limits = limitsOf(inputs);
    const findings = [];
    let archives = 0;
    for (const r of snap.files.values()) {
        if (r.type !== 'file')
            continue;
        const abs = snap.kind === 'file' ? snap.root : (0,external_node_path_.join)(snap.root, r.path);
        try {
            r.archive = await readArchive(abs, limits, snap.kind === 'file' ? path : `${path}/${r.path}`);
            if (r.archive)
                archives++;
        }
        catch (err) {
            if (!(err instanceof ArchiveError))
                throw err;
            findings.push({
                rule: RULE.unreadable,
                severity: 'error',
                message: err.message,
                help: RULES.find((x) => x.id === RULE.unreadable).help
            });
        }
    }
    const origin = {
        platform: process.platform,
        arch: process.arch,
        createdAt: ctx.now().toISOString()
    };
    for (const [k, env] of [
        ['runnerOs', 'RUNNER_OS'],
        ['runnerArch', 'RUNNER_ARCH'],
        ['sha', 'GITHUB_SHA'],
        ['job', 'GITHUB_JOB']
    ])
        if (ctx.env[env])
            origin[k] = ctx.env[env];
    const file = (0,external_node_path_.resolve)(ctx.workspace, inputs.string('manifest-file')?.trim() || 'determinism-manifest.json');
    const verdict = findings.length ? 'error' : 'pass';
    if (verdict === 'pass') {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, JSON.stringify(toManifest(snap, origin), null, 1) + '\n');
    }
    const evidence = {
        operation: 'manifest',
        a: side(snap, path),
        allowedStabilizers: [],
        stabilizersNeeded: [],
        stabilizersNotAllowed: [],
        manifest: { file, files: countable(snap), bytes: snap.bytes, archives, origin }
    };
    return {
        verdict,
        summary: verdict === 'pass'
            ? `recorded ${countable(snap)} files (${snap.bytes} bytes, ${archives} archives listed member by member) of ${path}`
            : `cannot record ${path}: ${findings[0].message}`,
        findings,
        evidence,
        outputs: {
            differences: '',
            'stabilizers-needed': '',
            'diff-file': '',
            'manifest-file': verdict === 'pass' ? file : '',
            'diffoscope-file': ''
        }
    };
}
async function rebuild(inputs, ctx) {
    const command = inputs.string('command')?.trim();
    if (!command)
        throw new errors/* InputError */.dz('command', 'is required for operation: rebuild (the build command, run with bash -c)');
    const output = inputs.string('build-output')?.trim();
    if (!output)
        throw new errors/* InputError */.dz('build-output', 'is required for operation: rebuild (what the command writes, relative to the workspace root)');
    if (output.startsWith('/') || output.split('/').includes('..'))
        throw new errors/* InputError */.dz('build-output', `'${output}' must be a path inside the build folder (relative, no ..)`);
    parseAllowed(inputs.list('allow-stabilizers'));
    const timeoutMs = inputs.duration('timeout');
    if (!timeoutMs || timeoutMs <= 0)
        throw new errors/* InputError */.dz('timeout', 'must be a positive duration such as 30m');
    const result = await rebuildTwice({
        workspace: ctx.workspace,
        tempDir: ctx.tempDir,
        command,
        output,
        variations: parseVariations(inputs.list('variations')),
        sourceDateEpoch: sourceDateEpoch(inputs, ctx),
        timeoutMs,
        env: ctx.env,
        log: ctx.log
    });
    try {
        return await compareBuilds(inputs, ctx, result, output);
    }
    finally {
        (0,external_node_fs_.rmSync)(result.scratch, { recursive: true, force: true });
    }
}
async function compareBuilds(inputs, ctx, result, output) {
    const a = walkOutput(result.outputA, 'build a', 'build-output');
    const b = walkOutput(result.outputB, 'build b', 'build-output');
    if (countable(a) === 0 || countable(b) === 0)
        throw new errors/* GateError */.ue(`the build output '${output}' holds no files; nothing to compare is never a pass`, "Check 'build-output'.");
    return compareOutputs(inputs, ctx, a, b, 'rebuild', result);
}
const determinism = {
    name: 'determinism',
    rules: RULES,
    async evaluate(inputs, ctx) {
        const operation = inputs.string('operation') ?? 'compare';
        if (operation === 'manifest')
            return writeManifest(inputs, ctx);
        if (operation === 'rebuild')
            return rebuild(inputs, ctx);
        parseAllowed(inputs.list('allow-stabilizers'));
        const a = loadSide(ctx.workspace, 'a', inputs.string('a')?.trim() ?? '');
        const b = loadSide(ctx.workspace, 'b', inputs.string('b')?.trim() ?? '');
        return compareOutputs(inputs, ctx, a, b, 'compare');
    }
};


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


/***/ })

};
