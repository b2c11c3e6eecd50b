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

/** What the last writePayload did beyond its result (tests check that a path was taken). */
export const lastPayload = { readAhead: 0 };

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
 *
 * With the native hasher, zstd and the stored bytes' hash run on a worker thread fed through a
 * ring of shared slots (zstd-worker.ts) while this thread reads and hashes the files. With the
 * portable hasher only, the worker compresses and the archive is hashed here once written.
 */
export async function writePayload(
  entries: WalkedEntry[],
  archiveFile: string,
  compression: Compression = defaultCompression()
): Promise<{ blake3: string; size: number; compression: Compression }> {
  const out = openSync(archiveFile, 'wx+', 0o600);
  let pipe: ZstdPipe | undefined;
  try {
    const native = blake3NativePath();
    const ahead = new ReadAhead(entries);
    lastPayload.readAhead = 0;
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
        // While a batch waits for a free slot, the next small files are read ahead.
        p.idle = () => ahead.readNext();
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
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const name = memberName(e);
      if (e.type === 'dir') tar.directory(name, e.mode);
      else if (e.type === 'symlink') tar.symlink(name, e.target!);
      else if (!ahead.pack(tar, i, name)) {
        ahead.from = Math.max(ahead.from, i + 1);
        packFile(tar, e, name);
      }
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

/**
 * Open `e` for packing: a regular file by its descriptor, with its size and mode from there.
 * Returns the descriptor (the caller closes it).
 */
function openEntry(e: WalkedEntry): { fd: number; size: number; mode: number } {
  let fd: number;
  try {
    fd = openSync(e.abs, OPEN_FOR_READING);
  } catch (err) {
    throw new TreeError(
      `${e.abs} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); cache files no step is changing`
    );
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new TreeError(`${e.abs} is no longer a regular file; cache files no step is changing`);
    return { fd, size: st.size, mode: st.mode & 0o777 };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * A reader of `size` bytes from `fd` for TarWriter.file that also tells whether the file ended
 * there: the read that reaches `size` asks for one byte more where the buffer has room (a short
 * read of a regular file is its end), else one probe read follows. One system call fewer per
 * small file than a second fstat, and it sees a file that grew while it was read.
 */
function exactReader(fd: number, size: number) {
  let done = 0;
  let grew = false;
  let atEnd = false;
  return {
    read(buf: Buffer, off: number, len: number): number {
      const last = done + len === size && off + len < buf.length;
      const n = readSync(fd, buf, off, last ? len + 1 : len, null);
      // Short of the extra byte: the file ends at `size`.
      atEnd = last && n <= len;
      if (n > len) grew = true;
      const got = Math.min(n, len);
      done += got;
      return got;
    },
    /** After the last read: the bytes past `size` (0 when the file ended at `size`). */
    past(probe: Buffer): number {
      if (grew) return 1;
      if (atEnd) return 0;
      return readSync(fd, probe, 0, 1, null);
    }
  };
}

const probe = Buffer.allocUnsafe(1);

function changed(e: WalkedEntry, size: number, got: number): TreeError {
  return new TreeError(
    `${e.abs} changed while it was cached (size ${size} → ${got}); cache files no step is writing`
  );
}

function packFile(tar: TarWriter, e: WalkedEntry, name: string): void {
  const { fd, size, mode } = openEntry(e);
  const h = newBlake3();
  let read: number;
  let past: number;
  try {
    e.size = size;
    e.mode = mode;
    const reader = exactReader(fd, size);
    read = tar.file(name, mode, size, reader.read, (piece) => h.update(piece));
    past = read === size ? reader.past(probe) : 0;
  } catch (err) {
    h.digestHex();
    throw err;
  } finally {
    closeSync(fd);
  }
  if (read !== size || past) {
    h.digestHex();
    throw changed(e, size, read !== size ? read : size + past);
  }
  e.blake3 = h.digestHex();
}

/** Bytes of small files read ahead while the ring is full, at most. */
export const READ_AHEAD_BYTES = 48 << 20;
/** Files up to this size are read ahead (larger ones are read quickly enough in their turn). */
const READ_AHEAD_FILE = 1 << 20;

/**
 * Small files read ahead of the tar writer while it waits for the compressor (a large file
 * going through it): they are opened, checked, read and hashed as packFile does, their bytes
 * kept in one arena until their turn, so reading many small files overlaps compressing large
 * ones instead of following it. Bounded by READ_AHEAD_BYTES; nothing is read ahead until the
 * ring is full once.
 */
class ReadAhead {
  /** The next entry that may be read ahead (those before it are packed, being packed or read ahead). */
  from = 0;
  private arena: Buffer | undefined;
  private used = 0;
  /** The entry that did not fit in the arena (not tried again until it is emptied). */
  private blocked = -1;
  /** Read-ahead files in entry order. */
  private readonly queue: {
    index: number;
    at: number;
    size: number;
    blake3: string;
    mode: number;
  }[] = [];
  private head = 0;

  constructor(private readonly entries: WalkedEntry[]) {}

  /** Read the next small file ahead; false when there is none or no room for it. */
  readNext(): boolean {
    while (this.from < this.entries.length) {
      const e = this.entries[this.from];
      if (e.type !== 'file') {
        this.from++;
        continue;
      }
      // The walk does not stat files: the size is known once the file is open.
      if (this.blocked === this.from) return false;
      this.arena ??= Buffer.allocUnsafe(READ_AHEAD_BYTES);
      const { fd, size, mode } = openEntry(e);
      try {
        if (size > READ_AHEAD_FILE) {
          this.from++; // read quickly enough in its turn
          return true;
        }
        if (this.used + size + 1 > this.arena.length) {
          this.blocked = this.from; // until the arena is emptied
          return false;
        }
        const at = this.used;
        let done = 0;
        for (;;) {
          const n = readSync(fd, this.arena, at + done, size + 1 - done, null);
          if (n === 0) break;
          done += n;
          if (done > size) throw changed(e, size, done);
        }
        if (done !== size) throw changed(e, size, done);
        this.used += size;
        const h = newBlake3();
        h.update(this.arena.subarray(at, at + size));
        this.queue.push({ index: this.from, at, size, blake3: h.digestHex(), mode });
        lastPayload.readAhead++;
      } finally {
        closeSync(fd);
      }
      this.from++;
      return true;
    }
    return false;
  }

  /** Pack entry `index` from what was read ahead; false when it was not read ahead. */
  pack(tar: TarWriter, index: number, name: string): boolean {
    const got = this.queue[this.head];
    if (!got || got.index !== index) return false;
    this.head++;
    const e = this.entries[index];
    e.size = got.size;
    e.mode = got.mode;
    e.blake3 = got.blake3;
    const arena = this.arena!;
    let at = got.at;
    tar.file(
      name,
      got.mode,
      got.size,
      (buf, off, len) => {
        arena.copy(buf, off, at, at + len);
        at += len;
        return len;
      },
      () => undefined
    );
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
      this.used = 0;
      this.blocked = -1;
    }
    return true;
  }
}
