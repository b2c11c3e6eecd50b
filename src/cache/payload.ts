/**
 * Writes the payload archive (a POSIX tar whose members are `<root>/<path>`, zstd-compressed where
 * this Node has zstd) while hashing every file with BLAKE3 and the stored bytes too, in one read
 * of each file. Files are read with plain synchronous reads straight into the tar batch buffer;
 * compression runs on a worker thread meanwhile, so reading, hashing and compressing overlap —
 * except for a small payload, compressed here in one call at the end (in-thread.ts).
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { blake3NativePath, CHUNK_SIZE, newBlake3, OPEN_FOR_READING } from '../hashing/blake3.js';
import { memberName } from '../hashing/manifest.js';
import { TreeError, type WalkedEntry } from '../hashing/tree.js';
import { BATCH_BYTES, TarWriter, type BatchSink } from './tar-writer.js';
import { inThreadLimit } from './in-thread.js';
import { ZstdPipe } from './zstd-worker.js';

export type Compression = 'zstd' | 'none';

/** zlib, loaded when a payload is written or its compression chosen (not at every start). */
const loadZlib = (): typeof import('node:zlib') =>
  createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');

/** zstd where this Node has it (22.15+, 24); the manifest records which. */
export function defaultCompression(): Compression {
  return typeof (loadZlib() as { createZstdCompress?: unknown }).createZstdCompress === 'function'
    ? 'zstd'
    : 'none';
}

/** A writable for the stored bytes: hashes and counts them, then writes them to `fd`. */
function storedSink(fd: number) {
  const hasher = newBlake3();
  let size = 0;
  return {
    write(chunk: Buffer): void {
      hasher.update(chunk);
      size += chunk.length;
      let off = 0;
      while (off < chunk.length) off += writeSync(fd, chunk, off, chunk.length - off);
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
export async function writePayload(
  entries: Iterable<WalkedEntry>,
  archiveFile: string,
  compression: Compression = defaultCompression(),
  onEntry?: (e: WalkedEntry) => void
): Promise<{ blake3: string; size: number; compression: Compression }> {
  const out = openSync(archiveFile, 'wx+', 0o600);
  let pipe: ZstdPipe | undefined;
  try {
    const native = blake3NativePath();
    let sink: BatchSink;
    let first: Buffer;
    let finish: () => { blake3: string; size: number };
    if (compression === 'zstd') {
      // The tar is held here while it stays small, then compressed in one call, in one frame;
      // past the in-thread limit the worker starts and takes what was held.
      const held: Buffer[] = [];
      let heldBytes = 0;
      const buf = Buffer.allocUnsafe(BATCH_BYTES);
      first = buf;
      sink = (batch) => {
        if (pipe) return pipe.put(batch.length);
        if (heldBytes + batch.length <= inThreadLimit()) {
          held.push(Buffer.from(batch));
          heldBytes += batch.length;
          return buf;
        }
        const p = ZstdPipe.compressor(out, LEVEL, native);
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
          stored.write(
            z.zstdCompressSync(Buffer.concat(held, heldBytes), {
              params: { [z.constants.ZSTD_c_compressionLevel]: LEVEL }
            })
          );
          return stored.result();
        }
        const r = pipe.end();
        return native ? r : hashArchive(out, r.size);
      };
    } else {
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
      const name = memberName(e);
      if (e.type === 'dir') tar.directory(name, e.mode);
      else if (e.type === 'symlink') tar.symlink(name, e.target!);
      else packFile(tar, e, name);
      onEntry?.(e);
    }
    tar.end();
    return { ...finish(), compression };
  } finally {
    // The worker stops touching the descriptor before it is closed.
    if (pipe) await pipe.close();
    closeSync(out);
  }
}

/** BLAKE3 of the first `size` bytes of `fd` (the portable path's archive digest). */
function hashArchive(fd: number, size: number): { blake3: string; size: number } {
  const h = newBlake3();
  const buf = Buffer.allocUnsafe(CHUNK_SIZE);
  let pos = 0;
  while (pos < size) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
    if (n === 0) break;
    h.update(buf.subarray(0, n));
    pos += n;
  }
  return { blake3: h.digestHex(), size: pos };
}

function packFile(tar: TarWriter, e: WalkedEntry, name: string): void {
  let fd: number;
  try {
    fd = openSync(e.abs, OPEN_FOR_READING);
  } catch (err) {
    throw new TreeError(
      `${e.abs} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); cache files no step is changing`
    );
  }
  const h = newBlake3();
  let read: number;
  let now: number;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      h.digestHex();
      throw new TreeError(`${e.abs} is no longer a regular file; cache files no step is changing`);
    }
    e.size = st.size;
    e.mode = st.mode & 0o777;
    read = tar.file(
      name,
      e.mode,
      e.size,
      (buf, off, len) => readSync(fd, buf, off, len, null),
      (piece) => h.update(piece)
    );
    now = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  if (read !== e.size || now !== e.size) {
    h.digestHex();
    throw new TreeError(
      `${e.abs} changed while it was cached (size ${e.size} → ${read !== e.size ? read : now}); cache files no step is writing`
    );
  }
  e.blake3 = h.digestHex();
}
