/**
 * Lists the members of a tar (plain, gzip or zstd compressed) with each file's sha256, streamed
 * so memory stays flat. Bounded: member count and total uncompressed bytes; a truncated or
 * corrupt archive, or a hostile member name, is an ArchiveError.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import tarStream from 'tar-stream';
import { ArchiveError, refuseUnsafeName, type ArchiveEntry, type EntryType } from './entry.js';
import type { ArchiveLimits } from './limits.js';

/** Counts bytes flowing through and stops the stream past `max`. */
export function byteBound(max: number, what: string): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      total += chunk.length;
      if (total > max) {
        cb(
          new ArchiveError(
            `${what} expands past ${max} bytes (the max-archive-bytes bound; a compression bomb or a larger archive than expected)`,
            'too-large'
          )
        );
        return;
      }
      cb(null, chunk);
    }
  });
}

const TYPES: Record<string, EntryType> = {
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

export type Compression = 'none' | 'gzip' | 'zstd';

/** The decompressed content of `file` as a bounded stream. */
export function openDecompressed(
  file: string,
  compression: Compression,
  limits: ArchiveLimits,
  what: string
): { stream: Readable; source: Readable } {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const bound = byteBound(limits.maxBytes, what);
  let stream: Readable;
  if (compression === 'none') {
    stream = source.pipe(bound);
  } else {
    const inflate = compression === 'gzip' ? createGunzip() : createZstdDecompress();
    inflate.on('error', (err) =>
      bound.destroy(
        new ArchiveError(
          `${what}: the ${compression} stream is corrupt or truncated (${err.message})`,
          'truncated'
        )
      )
    );
    stream = source.pipe(inflate).pipe(bound);
  }
  source.on('error', (err) => bound.destroy(err));
  return { stream, source };
}

export async function listTar(
  file: string,
  compression: Compression,
  limits: ArchiveLimits,
  what: string
): Promise<ArchiveEntry[]> {
  const { stream, source } = openDecompressed(file, compression, limits, what);
  const extract = tarStream.extract();
  stream.on('error', (err) => extract.destroy(err));
  stream.pipe(extract);
  const entries: ArchiveEntry[] = [];
  try {
    for await (const member of extract) {
      const h = member.header;
      if (entries.length >= limits.maxEntries) {
        throw new ArchiveError(
          `${what} holds more than ${limits.maxEntries} members (the max-archive-entries bound)`,
          'too-many-entries'
        );
      }
      refuseUnsafeName(h.name, what);
      const type = TYPES[h.type ?? 'file'];
      if (!type) {
        member.resume();
        throw new ArchiveError(
          `${what}: member '${h.name}' has an unknown type '${h.type}'`,
          'corrupt'
        );
      }
      const e: ArchiveEntry = {
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
      if (h.linkname) e.linkname = h.linkname;
      if (h.pax) {
        const rest = Object.entries(h.pax).filter(([k]) => !PAX_SHOWN.has(k));
        if (rest.length) e.pax = Object.fromEntries(rest.sort(([x], [y]) => (x < y ? -1 : 1)));
      }
      if (type === 'file') {
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of member as AsyncIterable<Buffer>) {
          hash.update(chunk);
          size += chunk.length;
        }
        e.size = size;
        e.sha256 = hash.digest('hex');
      } else {
        member.resume();
      }
      entries.push(e);
    }
  } catch (err) {
    source.destroy();
    if (err instanceof ArchiveError) throw err;
    const msg = (err as Error).message;
    throw new ArchiveError(
      `${what} cannot be read as a tar: ${msg}${/end of data/i.test(msg) ? ' (truncated)' : ''}`,
      /end of data/i.test(msg) ? 'truncated' : 'corrupt'
    );
  }
  return entries;
}

/** A compressed single file (not a tar): one member, the payload. */
export async function listSingleStream(
  file: string,
  compression: Compression,
  limits: ArchiveLimits,
  what: string
): Promise<ArchiveEntry[]> {
  const { stream, source } = openDecompressed(file, compression, limits, what);
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
  } catch (err) {
    source.destroy();
    if (err instanceof ArchiveError) throw err;
    throw new ArchiveError(`${what} cannot be decompressed: ${(err as Error).message}`, 'corrupt');
  }
  return [{ name: '(payload)', type: 'file', size, sha256: hash.digest('hex') }];
}
