export const id = 9421;
export const ids = [9421];
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

/***/ 9421:
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
// EXTERNAL MODULE: ./lib/core/stopwatch.js
var stopwatch = __webpack_require__(68520);
// EXTERNAL MODULE: ./lib/cache/backend.js
var backend = __webpack_require__(36438);
// EXTERNAL MODULE: ./lib/cache/events.js
var events = __webpack_require__(17645);
// EXTERNAL MODULE: ./lib/cache/extract.js + 1 modules
var extract = __webpack_require__(15028);
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
 * folder the entry needs but does not list) that is a symlink resolving outside the workspace \u2014
 * or outside home for `~` paths \u2014 is refused, never written through. Folders the entry lists
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
/** A root's destination and the folders above it: real folders (or absent), never a symlink out. */
function checkRootDir(d, checked) {
    if (d.rootChecked)
        return;
    if (d.base === d.dir) {
        const st = lstatOrUndefined(d.dir);
        if (st?.isSymbolicLink())
            throw new DestinationError(`restore destination ${d.dir} is a symlink to ${realOrSelf(d.dir)}; nothing was restored (a restore never writes through a symlink). Remove the symlink or cache another path`, d.dir);
    }
    checkFolderChain(d.dir, d, checked);
    d.rootChecked = true;
}
/** Check where each root and entry would land before touching anything. */
function checkDestinations(manifest, workspace, home = (0,external_node_os_.homedir)()) {
    const checked = new Set();
    const dests = manifest.roots.map((r) => destinationOf(r, workspace, home));
    // A fresh checkout: every root is a folder root whose destination does not exist yet. Nothing
    // lies beneath an absent folder, so the per-entry checks below would find nothing there: the
    // roots' chains are checked and the entries are not read again (v2: a pass over the file).
    if (manifest.roots.every((r) => r.base === 'dir')) {
        for (const d of dests)
            checkRootDir(d, checked);
        if (dests.every((d) => !lstatOrUndefined(d.dir)))
            return;
    }
    const listedDirs = new Set();
    for (const e of manifest.entries) {
        const root = manifest.roots[e.root];
        if (root.base === 'file' && e.path !== (0,external_node_path_.basename)((0,tree/* expandPath */.aD)(root.spec, workspace, home))) {
            throw new extract/* Rejection */.mQ('paths-mismatch', `entry '${e.path}' under file root '${root.spec}'; expected exactly '${(0,external_node_path_.basename)(root.spec)}'`, e.path);
        }
        const d = dests[e.root];
        checkRootDir(d, checked);
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
    // Every root moved whole: the entries are not read again.
    if (moved.size === manifest.roots.length)
        return;
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
        // A file or symlink in the way of a file is replaced by the rename itself, in one step (the
        // name never goes missing, and no unlink is paid for it); anything else is removed first.
        if (existing && (existing.isDirectory() || e.type === 'symlink'))
            (0,external_node_fs_.rmSync)(dest, { recursive: existing.isDirectory(), force: true });
        if (e.type === 'symlink') {
            (0,external_node_fs_.symlinkSync)(e.target, dest);
        }
        else {
            try {
                (0,external_node_fs_.renameSync)(src, dest);
            }
            catch {
                // Another filesystem (EXDEV): copy, never through what is at dest \u2014 not a symlink left
                // there, nor one made meanwhile (COPYFILE_EXCL fails on any name in the way).
                (0,external_node_fs_.rmSync)(dest, { force: true });
                (0,external_node_fs_.copyFileSync)(src, dest, external_node_fs_.constants.COPYFILE_EXCL);
            }
            (0,external_node_fs_.chmodSync)(dest, e.mode);
        }
    }
}

// EXTERNAL MODULE: ./lib/cache/tier.js
var cache_tier = __webpack_require__(69428);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/hashing/manifest.js
var hashing_manifest = __webpack_require__(13779);
// EXTERNAL MODULE: ./lib/signing/signature.js
var signature = __webpack_require__(62445);
// EXTERNAL MODULE: ./lib/cache/entries-file.js + 1 modules
var entries_file = __webpack_require__(93761);
// EXTERNAL MODULE: ./lib/cache/in-thread.js
var in_thread = __webpack_require__(44288);
;// CONCATENATED MODULE: ./lib/cache/verify-entry.js
/**
 * Verifies a staged entry, in order: signature and signer policy \u2192 manifest \u2192 key, tier and
 * path binding \u2192 (v2) entries file size and BLAKE3, then every line strictly and as a tree \u2192
 * archive size and BLAKE3 \u2192 safe extraction with per-file checks (v2: in lockstep with the
 * entries file). v1 manifests (entries inline) are still verified and restored as before. Any failure is
 * a Rejection carrying a stable reason; nothing leaves the staging folder here. (v2, a payload
 * for the worker thread: the worker starts reading, hashing and decompressing the archive into
 * its bounded ring while the entries file is checked; no byte of it is parsed before that.)
 */









function readSmall(file, max) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        return (0,read_file/* readRegularFile */.XF)(file, { maxBytes: max, what: 'the stored' });
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ)
            throw new extract/* Rejection */.mQ(/limit/.test(err.message) ? 'oversized-envelope' : 'bad-envelope', `${err.message.replace(file, (0,external_node_path_.basename)(file))}; expected a regular file of at most ${max} bytes`);
        throw err;
    }
}
async function verifyStagedEntry(req) {
    const manifestBytes = readSmall((0,external_node_path_.join)(req.stagingDir, 'manifest.json'), hashing_manifest/* MAX_MANIFEST_BYTES */.ZJ);
    if (!manifestBytes)
        throw new extract/* Rejection */.mQ('missing-manifest', 'the entry has no manifest.json; expected a signed manifest');
    const sigBytes = readSmall((0,external_node_path_.join)(req.stagingDir, 'signature.json'), 1024 * 1024);
    let signer;
    try {
        signer = await req.verifier.verify(manifestBytes, sigBytes);
    }
    catch (err) {
        if (err instanceof signature/* SignatureError */.VA)
            throw new extract/* Rejection */.mQ(err.reason, err.message);
        throw new extract/* Rejection */.mQ('bad-signature', `signature check failed: ${err.message}`);
    }
    let manifest;
    try {
        manifest = (0,hashing_manifest/* parseAnyManifest */.dF)(manifestBytes);
    }
    catch (err) {
        if (err instanceof hashing_manifest/* ManifestError */.Sh)
            throw new extract/* Rejection */.mQ('bad-manifest', err.message);
        throw err;
    }
    // The signed manifest must describe exactly the entry we were handed.
    const expectedKey = (0,cache_tier/* storageKey */.Z2)(manifest.tier, req.pathsId, manifest.key);
    if (manifest.tier !== req.tier) {
        throw new extract/* Rejection */.mQ('tier-mismatch', `manifest tier is '${manifest.tier}'; expected '${req.tier}' (the tier this entry was stored under)`);
    }
    if (req.matchedKey !== expectedKey) {
        throw new extract/* Rejection */.mQ('key-mismatch', `entry stored under '${req.matchedKey}'; its signed manifest says '${expectedKey}'`);
    }
    await (0,cache_tier/* loadTrustMatcherFor */.Aj)(req.rules, [manifest.ref, req.job.ref]);
    const violation = (0,cache_tier/* tierViolation */.yE)(manifest, req.job, req.rules);
    if (violation)
        throw new extract/* Rejection */.mQ('tier-violation', violation);
    if (signer.claims) {
        const c = signer.claims;
        if (c.ref !== undefined && c.ref !== manifest.ref) {
            throw new extract/* Rejection */.mQ('claims-mismatch', `manifest ref is ${manifest.ref}; the signing certificate says ${c.ref}`);
        }
        if (c.event !== undefined && c.event !== manifest.event) {
            throw new extract/* Rejection */.mQ('claims-mismatch', `manifest event is ${manifest.event}; the signing certificate says ${c.event}`);
        }
        if (c.repository !== undefined &&
            c.repository.toLowerCase() !== manifest.repository.toLowerCase()) {
            throw new extract/* Rejection */.mQ('claims-mismatch', `manifest repository is ${manifest.repository}; the signing certificate says ${c.repository}`);
        }
    }
    const specs = manifest.roots.map((r) => r.spec);
    if (JSON.stringify(specs) !== JSON.stringify(req.paths)) {
        throw new extract/* Rejection */.mQ('paths-mismatch', `manifest paths are ${JSON.stringify(specs)}; expected ${JSON.stringify(req.paths)}`);
    }
    // One descriptor for the whole check: what is hashed is what is extracted. It is opened now
    // so that (v2, a payload for the worker) the worker reads, hashes and decompresses it into its
    // bounded ring while the entries file is checked here; nothing of it is used before that.
    const payload = req.payloadPath ?? (0,external_node_path_.join)(req.stagingDir, 'payload.tar');
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(payload, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        fd = undefined;
    }
    let started;
    const entriesPath = (0,external_node_path_.join)(req.stagingDir, hashing_manifest/* ENTRIES_FILE */.OT);
    // Each root is extracted into a folder named by its number, beside the envelope's files (whose
    // names are not numbers): one folder less to make and remove per restore.
    const extractDir = req.stagingDir;
    let filesPerRoot;
    let stats;
    try {
        // v2: the entries file is the signed one (size and BLAKE3) before a line of it is read, then
        // every line is checked strictly and as a tree (memory: the symlinks), before the archive.
        let bound = 0;
        if (manifest.schema === hashing_manifest/* MANIFEST_SCHEMA */.KB) {
            filesPerRoot = manifest.roots.map(() => 0);
            for (const e of manifest.entries)
                if (e.type === 'file')
                    filesPerRoot[e.root]++;
        }
        else {
            if (fd !== undefined) {
                const st = (0,external_node_fs_.fstatSync)(fd);
                if (st.isFile() && st.size === manifest.archive.size)
                    started = (0,extract/* startDecompressor */.Xj)(fd, manifest, st.size);
            }
            (0,entries_file/* checkEntriesDigest */.fV)(entriesPath, manifest.entries);
            const summary = (0,entries_file/* checkEntries */.bX)(entriesPath, manifest, in_thread/* memberBound */.Vk, in_thread/* TAR_BOUND_BASE */.PT);
            filesPerRoot = summary.filesPerRoot;
            bound = summary.tarBound;
        }
        if (fd === undefined)
            throw new extract/* Rejection */.mQ('missing-archive', 'the entry has no payload.tar; expected the archive the manifest describes');
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new extract/* Rejection */.mQ('bad-envelope', 'payload.tar is not a regular file', 'payload.tar');
        if (st.size !== manifest.archive.size) {
            throw new extract/* Rejection */.mQ('archive-size-mismatch', `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${st.size}`, 'payload.tar');
        }
        if (manifest.schema === hashing_manifest/* MANIFEST_SCHEMA */.KB) {
            stats = await (0,extract/* extractVerified */.M_)(fd, manifest, extractDir);
        }
        else {
            // The tar members against the entries file in lockstep (same order, one line at a time).
            const lockstep = new entries_file/* LockstepEntries */.w3(entriesPath, manifest.entries, manifest.roots.length);
            const source = {
                dirs: new extract/* DirChain */.Z2(),
                admit: (root, path, name) => lockstep.admit(root, path, name),
                finish: () => lockstep.finish()
            };
            const pipe = started;
            started = undefined; // extractFrom closes it
            try {
                stats = await (0,extract/* extractFrom */.M0)(fd, manifest, source, bound, extractDir, pipe);
            }
            finally {
                lockstep.close();
            }
        }
    }
    finally {
        // The worker stops reading before the descriptor is closed.
        await started?.close();
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    // Nothing to check is never a hit: save never signs an entry without a file under each path.
    const emptyRoot = filesPerRoot.findIndex((n) => n === 0);
    if (emptyRoot !== -1) {
        throw new extract/* Rejection */.mQ('empty-entry', `the signed manifest lists no file under '${manifest.roots[emptyRoot].spec}'; expected at least one file per cache path (save never writes such an entry)`);
    }
    const entries = manifest.schema === hashing_manifest/* MANIFEST_SCHEMA */.KB
        ? manifest.entries
        : (0,entries_file/* entriesOf */.Mc)(entriesPath, manifest.entries, manifest.roots);
    return { manifest, entries, signer, extractDir, stats };
}

;// CONCATENATED MODULE: ./lib/gates/cache-sentinel/restore.js
/** operation: restore \u2014 look up, stage, verify, then (only then) place; quarantine on any rejection. */










async function restore(req) {
    const elapsedMs = (0,stopwatch/* stopwatch */.s)();
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
            const placement = { roots: verified.manifest.roots, entries: verified.entries };
            checkDestinations(placement, ctx.workspace, home);
            placeEntry(placement, verified.extractDir, ctx.workspace, home);
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            const m = verified.manifest;
            const exact = found.matchedKey === keys[0];
            evidence.ms = elapsedMs();
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
            if (!(err instanceof extract/* Rejection */.mQ) && !(err instanceof backend/* EnvelopeError */.tO)) {
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
                if (err instanceof DestinationError)
                    throw new errors/* GateError */.ue(err.message, 'The entry verified, but its destination is a symlink leading out of the workspace (or a file); the gate refuses to write through it. Remove it before the restore step.', err.path);
                throw err;
            }
            const reason = err instanceof extract/* Rejection */.mQ ? err.reason : 'bad-envelope';
            // The payload was read in place: keep a copy with the rejected entry, for forensics.
            if (payloadPath && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(staging, 'payload.tar'))) {
                try {
                    (0,external_node_fs_.copyFileSync)(payloadPath, (0,external_node_path_.join)(staging, 'payload.tar'));
                }
                catch {
                    // the store's copy remains; the quarantine record names the key
                }
            }
            const files = err instanceof extract/* Rejection */.mQ && err.file ? [err.file] : [];
            const dir = (0,events/* quarantine */.tW)(ctx.tempDir, staging, ctx.now());
            evidence.ms = elapsedMs();
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
    evidence.ms = elapsedMs();
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
