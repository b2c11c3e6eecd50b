export const id = 2779;
export const ids = [2779];
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
/** Fill one 512-byte header at `buf[at]`. Name and link must already fit (≤ 100 bytes). */
function fillHeader(buf, at, name, type, size, mode, linkname = '') {
    buf.fill(0, at, at + BLOCK);
    buf.write(name, at, 100, 'utf8');
    writeOctal(buf, at + 100, 8, mode);
    writeOctal(buf, at + 108, 8, 0);
    writeOctal(buf, at + 116, 8, 0);
    writeOctal(buf, at + 124, 12, size);
    writeOctal(buf, at + 136, 12, 0);
    buf[at + 156] = TYPEFLAG[type];
    buf.write(linkname, at + 157, 100, 'utf8');
    buf.write('ustar\u000000', at + 257, 8, 'latin1');
    buf.fill(0x20, at + 148, at + 156);
    let sum = 0;
    for (let i = at; i < at + BLOCK; i++)
        sum += buf[i];
    buf.write(sum.toString(8).padStart(6, '0'), at + 148, 'ascii');
    buf[at + 154] = 0;
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
 * compression runs on a worker thread meanwhile, so reading, hashing and compressing overlap —
 * except for a small payload, compressed here in one call at the end (in-thread.ts).
 */








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
 *
 * With the native hasher, zstd and the stored bytes' hash run on a worker thread fed through a
 * ring of shared slots (zstd-worker.ts) while this thread reads and hashes the files. With the
 * portable hasher only, the worker compresses and the archive is hashed here once written.
 */
async function writePayload(entries, archiveFile, compression = defaultCompression()) {
    const out = (0,external_node_fs_.openSync)(archiveFile, 'wx+', 0o600);
    let pipe;
    try {
        const native = (0,blake3/* blake3NativePath */.Nl)();
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
                return native ? r : hashArchive(out, r.size);
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
        for (const e of entries) {
            const name = (0,hashing_manifest/* memberName */.eg)(e);
            if (e.type === 'dir')
                tar.directory(name, e.mode);
            else if (e.type === 'symlink')
                tar.symlink(name, e.target);
            else
                packFile(tar, e, name);
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
function hashArchive(fd, size) {
    const h = (0,blake3/* newBlake3 */.Fh)();
    const buf = Buffer.allocUnsafe(blake3/* CHUNK_SIZE */.OZ);
    let pos = 0;
    while (pos < size) {
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(buf.length, size - pos), pos);
        if (n === 0)
            break;
        h.update(buf.subarray(0, n));
        pos += n;
    }
    return { blake3: h.digestHex(), size: pos };
}
function packFile(tar, e, name) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(e.abs, blake3/* OPEN_FOR_READING */.gE);
    }
    catch (err) {
        throw new tree/* TreeError */.jh(`${e.abs} cannot be read (${err.code ?? err.message}); cache files no step is changing`);
    }
    const h = (0,blake3/* newBlake3 */.Fh)();
    let read;
    let now;
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile()) {
            h.digestHex();
            throw new tree/* TreeError */.jh(`${e.abs} is no longer a regular file; cache files no step is changing`);
        }
        e.size = st.size;
        e.mode = st.mode & 0o777;
        read = tar.file(name, e.mode, e.size, (buf, off, len) => (0,external_node_fs_.readSync)(fd, buf, off, len, null), (piece) => h.update(piece));
        now = (0,external_node_fs_.fstatSync)(fd).size;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (read !== e.size || now !== e.size) {
        h.digestHex();
        throw new tree/* TreeError */.jh(`${e.abs} changed while it was cached (size ${e.size} → ${read !== e.size ? read : now}); cache files no step is writing`);
    }
    e.blake3 = h.digestHex();
}

// EXTERNAL MODULE: ./lib/cache/tier.js
var cache_tier = __webpack_require__(69428);
;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/save.js
/** operation: save — hash and pack the paths, write and sign the manifest, store the envelope. */







async function save(req) {
    const t0 = performance.now();
    const { ctx, job } = req;
    const tier = (0,cache_tier/* ownTier */.j_)(job, req.rules);
    const key = (0,cache_tier/* storageKey */.Z2)(tier, req.pathsId, req.key);
    const { roots, entries, missing } = (0,tree/* walkPaths */.AN)(req.paths, ctx.workspace, ctx.env.HOME);
    const files = entries.filter((e) => e.type === 'file');
    const evidence = {
        operation: 'save',
        backend: req.backend.name,
        tier,
        storageKey: key,
        stored: 'nothing',
        files: files.length,
        entries: entries.length,
        bytes: 0,
        missing,
        ms: 0
    };
    // Nothing to check is never a pass: every path item must contribute at least one file.
    const perRoot = new Array(roots.length).fill(0);
    for (const f of files)
        perRoot[f.root]++;
    const empty = req.paths.filter((_, i) => perRoot[i] === 0);
    if (empty.length) {
        const what = empty.map((p) => `'${p}'${missing.includes(p) ? ' (matches nothing)' : ' (no files in it)'}`);
        throw new errors/* InputError */.dz('path', `${what.join(', ')}: no file to cache in the workspace ${ctx.workspace}; nothing was saved. Save after the step that creates the files, or fix the path (relative paths are under the workspace, ~ is ${ctx.env.HOME ?? 'the home folder'})`);
    }
    const findings = [];
    const outputs = {
        'cache-hit': 'false',
        'matched-key': '',
        'verified-files': '0',
        quarantined: 'false'
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
        const archive = await writePayload(entries, (0,external_node_path_.join)(envelope, 'payload.tar'));
        const manifest = {
            schema: hashing_manifest/* MANIFEST_SCHEMA */.KB,
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
            entries: (0,tree/* toManifestEntries */.z6)(entries)
        };
        const bytes = (0,hashing_manifest/* serializeManifest */.MZ)(manifest);
        const signature = await req.signer.sign(bytes);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelope, 'manifest.json'), bytes);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(envelope, 'signature.json'), JSON.stringify(signature) + '\n');
        evidence.stored = await req.backend.save(key, envelope);
        evidence.bytes = files.reduce((n, e) => n + e.size, 0);
        evidence.archive = manifest.archive;
        evidence.signature = signature.type === 'ed25519' ? signature.keyId : 'sigstore';
    }
    finally {
        if (work)
            (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        else
            req.backend.discardEnvelopeDir?.(envelope);
    }
    evidence.ms = Math.round(performance.now() - t0);
    const what = evidence.stored === 'saved' ? 'saved' : 'kept the existing entry for';
    return {
        verdict: 'pass',
        summary: `${what} ${req.key} in tier ${tier}: ${files.length} files, BLAKE3 manifest signed (${evidence.signature})`,
        findings,
        evidence,
        outputs: { ...outputs, 'verified-files': String(files.length) }
    };
}


/***/ })

};
