/**
 * Lists the members of a zip (jar, wheel, apk, jmod, python zipapp …) with each member's sha256
 * of its uncompressed bytes, read through yauzl from the file (never into memory whole). A zip
 * behind a prefix whose offsets count from the zip's own start is read through an offset reader.
 * Bounded: member count and total inflated bytes (checked while inflating, not from headers).
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ArchiveError, refuseUnsafeName, type ArchiveEntry, type EntryType } from './entry.js';
import type { ArchiveLimits } from './limits.js';

class OffsetReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly file: string,
    private readonly offset: number
  ) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    return createReadStream(this.file, {
      start: this.offset + start,
      end: this.offset + end - 1,
      highWaterMark: 1 << 20
    });
  }
  override close(cb: (err: Error | null) => void): void {
    cb(null);
  }
}

function openZip(file: string, prefix: number): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const size = statSync(file).size;
    yauzl.fromRandomAccessReader(
      new OffsetReader(file, prefix),
      size - prefix,
      { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, autoClose: false },
      (e, zip) => (e || !zip ? reject(e ?? new Error('no archive')) : resolve(zip))
    );
  });
}

/** DOS date/time fields as seconds since the epoch (the fields carry no zone: read as UTC). */
export function dosTime(date: number, time: number): number {
  const y = ((date >> 9) & 0x7f) + 1980;
  const mo = ((date >> 5) & 0x0f) - 1;
  const d = date & 0x1f;
  return Date.UTC(y, mo, d, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2) / 1000;
}

function entryType(e: Entry): EntryType {
  const unixMode = e.externalFileAttributes >>> 16;
  const fileType = unixMode & 0o170000;
  if (e.versionMadeBy >> 8 === 3 && fileType === 0o120000) return 'symlink';
  return e.fileName.endsWith('/') ? 'dir' : 'file';
}

function hashMember(
  zip: ZipFile,
  entry: Entry,
  budget: { left: number },
  what: string
): Promise<{ sha256: string; size: number; raw?: Buffer }> {
  // Encrypted members and compression methods other than stored/deflate are hashed as stored.
  const raw =
    entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8);
  return new Promise((resolve, reject) => {
    const opts = raw ? { decodeFileData: false } : {};
    const open = (cb: (err: Error | null, stream?: Readable) => void): void => {
      try {
        zip.openReadStream(entry, opts as object, cb);
      } catch (e) {
        cb(e as Error);
      }
    };
    open((err, stream) => {
      if (err || !stream) {
        reject(
          new ArchiveError(
            `${what}: member '${entry.fileName}' cannot be read (${err?.message ?? 'no stream'})`,
            'corrupt'
          )
        );
        return;
      }
      const hash = createHash('sha256');
      let size = 0;
      const small: Buffer[] = [];
      stream.on('data', (c: Buffer) => {
        size += c.length;
        budget.left -= c.length;
        if (budget.left < 0) {
          stream.destroy();
          reject(
            new ArchiveError(
              `${what} inflates past the max-archive-bytes bound at member '${entry.fileName}' (a zip bomb or a larger archive than expected)`,
              'too-large'
            )
          );
          return;
        }
        if (size <= 4096) small.push(c);
        hash.update(c);
      });
      stream.on('error', (e: Error) =>
        reject(
          new ArchiveError(
            `${what}: member '${entry.fileName}' is corrupt (${e.message})`,
            'corrupt'
          )
        )
      );
      stream.on('end', () =>
        resolve({
          sha256: hash.digest('hex'),
          size,
          raw: size <= 4096 ? Buffer.concat(small) : undefined
        })
      );
    });
  });
}

export async function listZip(
  file: string,
  prefix: number,
  limits: ArchiveLimits,
  what: string
): Promise<{ entries: ArchiveEntry[]; comment: string; firstMemberAt: number }> {
  let zip: ZipFile;
  try {
    zip = await openZip(file, prefix);
  } catch (err) {
    throw new ArchiveError(`${what} is not a readable zip: ${(err as Error).message}`, 'corrupt');
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ArchiveError(
      `${what} holds ${zip.entryCount} members; at most ${limits.maxEntries} are read (the max-archive-entries bound)`,
      'too-many-entries'
    );
  }
  const budget = { left: limits.maxBytes };
  const entries: ArchiveEntry[] = [];
  let firstMemberAt = Number.MAX_SAFE_INTEGER;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (err: Error) =>
        reject(
          // yauzl checks names itself: absolute paths, `..` segments and backslashes.
          /absolute path|invalid relative path|invalid characters in fileName/.test(err.message)
            ? new ArchiveError(
                `${what}: ${err.message} (a zip-slip name); no honest build output holds one`,
                'unsafe-name'
              )
            : new ArchiveError(`${what} is a corrupt zip: ${err.message}`, 'corrupt')
        )
      );
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        void (async () => {
          refuseUnsafeName(entry.fileName, what);
          firstMemberAt = Math.min(firstMemberAt, entry.relativeOffsetOfLocalHeader);
          const type = entryType(entry);
          const e: ArchiveEntry = {
            name: entry.fileName,
            type,
            size: entry.uncompressedSize,
            mtime: dosTime(entry.lastModFileDate, entry.lastModFileTime),
            method: entry.compressionMethod
          };
          if (entry.versionMadeBy >> 8 === 3)
            e.mode = (entry.externalFileAttributes >>> 16) & 0o7777;
          if (entry.extraFields.length) {
            e.extra = entry.extraFields.map(
              (f) =>
                `${f.id.toString(16).padStart(4, '0')}:${createHash('sha256').update(f.data).digest('hex').slice(0, 16)}`
            );
          }
          if (entry.isEncrypted()) e.encrypted = true;
          if (type !== 'dir') {
            const h = await hashMember(zip, entry, budget, what);
            e.size = h.size;
            if (type === 'symlink') e.linkname = h.raw?.toString('utf8');
            else e.sha256 = h.sha256;
          }
          entries.push(e);
          zip.readEntry();
        })().catch(reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return {
    entries,
    comment: zip.comment,
    firstMemberAt: entries.length ? firstMemberAt : 0
  };
}
