export const id = 8809;
export const ids = [8809];
export const modules = {

/***/ 18809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readZipFiles),
/* harmony export */   ZipError: () => (/* binding */ ZipError),
/* harmony export */   readZipText: () => (/* binding */ readZipText)
/* harmony export */ });
/* unused harmony export DEFAULT_ZIP_LIMITS */
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20663);
/**
 * Reads one small file out of an artifact zip held in memory, with hard limits: entry count,
 * declared and actual uncompressed size (a zip bomb or a lying header is an error, never a
 * crash), no encryption. Nothing is written to disk, so entry names cannot escape anywhere.
 */

const DEFAULT_ZIP_LIMITS = { maxEntries: 1000, maxEntryBytes: 1024 * 1024 };
class ZipError extends Error {
    name = 'ZipError';
}
function open(buf) {
    return new Promise((resolve, reject) => {
        yauzl__WEBPACK_IMPORTED_MODULE_0__.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (err, zip) => {
            if (err || !zip)
                reject(new ZipError(`not a readable zip archive: ${err?.message ?? 'no archive'}`));
            else
                resolve(zip);
        });
    });
}
function listEntries(zip, limits) {
    if (zip.entryCount > limits.maxEntries) {
        return Promise.reject(new ZipError(`the archive holds ${zip.entryCount} entries; at most ${limits.maxEntries} are read`));
    }
    return new Promise((resolve, reject) => {
        const entries = [];
        zip.on('entry', (e) => {
            entries.push(e);
            zip.readEntry();
        });
        zip.on('end', () => resolve(entries));
        zip.on('error', (err) => reject(new ZipError(`corrupt zip archive: ${err.message}`)));
        zip.readEntry();
    });
}
function readEntry(zip, entry, max) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => {
            if (err || !stream) {
                reject(new ZipError(`cannot read ${entry.fileName} from the archive: ${err?.message ?? 'no stream'}`));
                return;
            }
            const chunks = [];
            let total = 0;
            stream.on('data', (c) => {
                total += c.length;
                if (total > max) {
                    stream.destroy();
                    reject(new ZipError(`${entry.fileName} inflates past ${max} bytes (its header said ${entry.uncompressedSize})`));
                    return;
                }
                chunks.push(c);
            });
            stream.on('error', (e) => reject(new ZipError(`${entry.fileName} is corrupt in the archive: ${e.message}`)));
            stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
    });
}
function normal(name) {
    return name
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
}
/**
 * The text of `wanted` (a path inside the archive), or of its only `.json` file when `wanted`
 * is not given.
 */
async function readZipText(buf, wanted, limits = DEFAULT_ZIP_LIMITS) {
    const zip = await open(buf);
    try {
        const entries = (await listEntries(zip, limits)).filter((e) => !e.fileName.endsWith('/'));
        const files = entries.map((e) => e.fileName);
        let entry;
        if (wanted) {
            entry = entries.find((e) => normal(e.fileName) === normal(wanted));
            if (!entry) {
                throw new ZipError(`no file '${wanted}' in the archive; it holds: ${files.slice(0, 20).join(', ') || '(nothing)'}`);
            }
        }
        else {
            const json = entries.filter((e) => e.fileName.toLowerCase().endsWith('.json'));
            if (json.length !== 1) {
                throw new ZipError(`expected exactly one .json file in the archive, found ${json.length} (${files.slice(0, 20).join(', ') || 'empty'}); name the file with 'evidence'`);
            }
            entry = json[0];
        }
        if (entry.isEncrypted())
            throw new ZipError(`${entry.fileName} is encrypted in the archive`);
        if (entry.uncompressedSize > limits.maxEntryBytes) {
            throw new ZipError(`${entry.fileName} is ${entry.uncompressedSize} bytes; at most ${limits.maxEntryBytes} are read`);
        }
        const data = await readEntry(zip, entry, limits.maxEntryBytes);
        return { name: entry.fileName, text: data.toString('utf8'), files };
    }
    finally {
        zip.close();
    }
}
/**
 * Every file entry of the archive that `wanted` accepts, with the same limits (entry count,
 * per-entry size, no encryption) plus a bound on the total bytes read.
 */
async function readZipFiles(buf, wanted, limits = {
    ...DEFAULT_ZIP_LIMITS,
    maxTotalBytes: 64 * 1024 * 1024
}) {
    const zip = await open(buf);
    try {
        const entries = (await listEntries(zip, limits)).filter((e) => !e.fileName.endsWith('/') && wanted(normal(e.fileName)));
        const out = [];
        let total = 0;
        for (const entry of entries) {
            if (entry.isEncrypted())
                throw new ZipError(`${entry.fileName} is encrypted in the archive`);
            if (entry.uncompressedSize > limits.maxEntryBytes) {
                throw new ZipError(`${entry.fileName} is ${entry.uncompressedSize} bytes; at most ${limits.maxEntryBytes} are read`);
            }
            const bytes = await readEntry(zip, entry, limits.maxEntryBytes);
            total += bytes.length;
            if (total > limits.maxTotalBytes)
                throw new ZipError(`the archive's files exceed ${limits.maxTotalBytes} bytes in total`);
            out.push({ name: normal(entry.fileName), bytes });
        }
        return out;
    }
    finally {
        zip.close();
    }
}


/***/ })

};
