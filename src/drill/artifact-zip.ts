/**
 * Reads one small file out of an artifact zip held in memory, with hard limits: entry count,
 * declared and actual uncompressed size (a zip bomb or a lying header is an error, never a
 * crash), no encryption. Nothing is written to disk, so entry names cannot escape anywhere.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxEntryBytes: 1024 * 1024 };

export class ZipError extends Error {
  override name = 'ZipError';
}

export interface ZipFileText {
  /** The entry read. */
  name: string;
  text: string;
  /** Every file entry of the archive (directories left out). */
  files: string[];
}

function open(buf: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      buf,
      { lazyEntries: true, validateEntrySizes: true, decodeStrings: true },
      (err, zip) => {
        if (err || !zip)
          reject(new ZipError(`not a readable zip archive: ${err?.message ?? 'no archive'}`));
        else resolve(zip);
      }
    );
  });
}

function listEntries(zip: ZipFile, limits: ZipLimits): Promise<Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(
      new ZipError(
        `the archive holds ${zip.entryCount} entries; at most ${limits.maxEntries} are read`
      )
    );
  }
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err: Error) => reject(new ZipError(`corrupt zip archive: ${err.message}`)));
    zip.readEntry();
  });
}

function readEntry(zip: ZipFile, entry: Entry, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(
          new ZipError(
            `cannot read ${entry.fileName} from the archive: ${err?.message ?? 'no stream'}`
          )
        );
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (c: Buffer) => {
        total += c.length;
        if (total > max) {
          stream.destroy();
          reject(
            new ZipError(
              `${entry.fileName} inflates past ${max} bytes (its header said ${entry.uncompressedSize})`
            )
          );
          return;
        }
        chunks.push(c);
      });
      stream.on('error', (e: Error) =>
        reject(new ZipError(`${entry.fileName} is corrupt in the archive: ${e.message}`))
      );
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

function normal(name: string): string {
  return name
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
}

/**
 * The text of `wanted` (a path inside the archive), or of its only `.json` file when `wanted`
 * is not given.
 */
export async function readZipText(
  buf: Buffer,
  wanted: string | undefined,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Promise<ZipFileText> {
  const zip = await open(buf);
  try {
    const entries = (await listEntries(zip, limits)).filter((e) => !e.fileName.endsWith('/'));
    const files = entries.map((e) => e.fileName);
    let entry: Entry | undefined;
    if (wanted) {
      entry = entries.find((e) => normal(e.fileName) === normal(wanted));
      if (!entry) {
        throw new ZipError(
          `no file '${wanted}' in the archive; it holds: ${files.slice(0, 20).join(', ') || '(nothing)'}`
        );
      }
    } else {
      const json = entries.filter((e) => e.fileName.toLowerCase().endsWith('.json'));
      if (json.length !== 1) {
        throw new ZipError(
          `expected exactly one .json file in the archive, found ${json.length} (${files.slice(0, 20).join(', ') || 'empty'}); name the file with 'evidence'`
        );
      }
      entry = json[0];
    }
    if (entry.isEncrypted()) throw new ZipError(`${entry.fileName} is encrypted in the archive`);
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw new ZipError(
        `${entry.fileName} is ${entry.uncompressedSize} bytes; at most ${limits.maxEntryBytes} are read`
      );
    }
    const data = await readEntry(zip, entry, limits.maxEntryBytes);
    return { name: entry.fileName, text: data.toString('utf8'), files };
  } finally {
    zip.close();
  }
}

export interface ZipFileBytes {
  name: string;
  bytes: Buffer;
}

/**
 * Every file entry of the archive that `wanted` accepts, with the same limits (entry count,
 * per-entry size, no encryption) plus a bound on the total bytes read.
 */
export async function readZipFiles(
  buf: Buffer,
  wanted: (name: string) => boolean,
  limits: ZipLimits & { maxTotalBytes: number } = {
    ...DEFAULT_ZIP_LIMITS,
    maxTotalBytes: 64 * 1024 * 1024
  }
): Promise<ZipFileBytes[]> {
  const zip = await open(buf);
  try {
    const entries = (await listEntries(zip, limits)).filter(
      (e) => !e.fileName.endsWith('/') && wanted(normal(e.fileName))
    );
    const out: ZipFileBytes[] = [];
    let total = 0;
    for (const entry of entries) {
      if (entry.isEncrypted()) throw new ZipError(`${entry.fileName} is encrypted in the archive`);
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        throw new ZipError(
          `${entry.fileName} is ${entry.uncompressedSize} bytes; at most ${limits.maxEntryBytes} are read`
        );
      }
      const bytes = await readEntry(zip, entry, limits.maxEntryBytes);
      total += bytes.length;
      if (total > limits.maxTotalBytes)
        throw new ZipError(`the archive's files exceed ${limits.maxTotalBytes} bytes in total`);
      out.push({ name: normal(entry.fileName), bytes });
    }
    return out;
  } finally {
    zip.close();
  }
}
