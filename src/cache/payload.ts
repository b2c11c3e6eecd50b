/**
 * Writes the payload archive (a POSIX tar whose members are `<root>/<path>`, zstd-compressed where
 * this Node has zstd) while hashing every file with BLAKE3 and the stored bytes too, in one read
 * of each file. Files are read with plain synchronous reads straight into the tar batch buffer;
 * compression runs on a worker thread meanwhile, so reading, hashing and compressing overlap —
 * except for a small payload, compressed here in one call at the end (in-thread.ts).
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  blake3NativePath,
  CHUNK_SIZE,
  hashFdSync,
  newBlake3,
  OPEN_FOR_READING
} from '../hashing/blake3.js';
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
        return native ? r : hashFdSync(out, Buffer.allocUnsafe(CHUNK_SIZE));
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
    for (let p = ahead.next(); p; p = ahead.next()) {
      const e = p.entry;
      const name = memberName(e);
      if (e.type === 'dir') tar.directory(name, e.mode);
      else if (e.type === 'symlink') tar.symlink(name, e.target!);
      else if (p.data) ahead.pack(tar, p, name);
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

/** An entry taken from the walk ahead of its turn; `data` where its bytes were read ahead. */
interface Ahead {
  entry: WalkedEntry;
  data?: { at: number; size: number; blake3: string; mode: number };
}

/** Entries taken from the walk ahead of their turn, at most (folders, large files included). */
const READ_AHEAD_ENTRIES = 1 << 16;

/**
 * Small files read ahead of the tar writer while it waits for the compressor (a large file
 * going through it): the next entries are taken from the walk, and each small file is opened,
 * checked, read and hashed as packFile does, its bytes kept in one arena until its turn, so
 * reading many small files overlaps compressing large ones instead of following it. Bounded by
 * READ_AHEAD_BYTES and READ_AHEAD_ENTRIES; nothing is read ahead until the ring is full once.
 * Entries still come out in the walk's order.
 */
class ReadAhead {
  private readonly it: Iterator<WalkedEntry>;
  private readonly pending: Ahead[] = [];
  private head = 0;
  private done = false;
  private arena: Buffer | undefined;
  private used = 0;
  /** Entries handed out or pending whose bytes are in the arena. */
  private held = 0;
  /** The last file taken did not fit: nothing more is read ahead until the arena is emptied. */
  private full = false;

  constructor(entries: Iterable<WalkedEntry>) {
    this.it = entries[Symbol.iterator]();
  }

  /** The next entry in the walk's order (read ahead or not), or undefined at the end. */
  next(): Ahead | undefined {
    if (this.head < this.pending.length) {
      const p = this.pending[this.head++];
      if (this.head === this.pending.length) {
        this.pending.length = 0;
        this.head = 0;
      } else if (this.head >= 4096 && this.head * 2 >= this.pending.length) {
        this.pending.splice(0, this.head); // what was handed out is not kept
        this.head = 0;
      }
      return p;
    }
    if (this.done) return undefined;
    const r = this.it.next();
    if (r.done) {
      this.done = true;
      return undefined;
    }
    return { entry: r.value };
  }

  /** Take the next entry ahead, reading it when it is a small file; false when nothing more. */
  readNext(): boolean {
    if (this.done || this.full || this.pending.length - this.head >= READ_AHEAD_ENTRIES)
      return false;
    const r = this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    const p: Ahead = { entry: r.value };
    this.pending.push(p);
    const e = r.value;
    if (e.type !== 'file') return true;
    // The walk does not stat files: the size is known once the file is open.
    this.arena ??= Buffer.allocUnsafe(READ_AHEAD_BYTES);
    const { fd, size, mode } = openEntry(e);
    try {
      if (size > READ_AHEAD_FILE) return true; // read quickly enough in its turn
      if (this.used + size + 1 > this.arena.length) {
        this.full = true; // until the arena is emptied
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
      p.data = { at, size, blake3: h.digestHex(), mode };
      this.held++;
      lastPayload.readAhead++;
    } finally {
      closeSync(fd);
    }
    return true;
  }

  /** Pack a file whose bytes were read ahead (its digest, size and mode filled in). */
  pack(tar: TarWriter, p: Ahead, name: string): void {
    const d = p.data!;
    const e = p.entry;
    e.size = d.size;
    e.mode = d.mode;
    e.blake3 = d.blake3;
    const arena = this.arena!;
    let at = d.at;
    tar.file(
      name,
      d.mode,
      d.size,
      (buf, off, len) => {
        arena.copy(buf, off, at, at + len);
        at += len;
        return len;
      },
      () => undefined
    );
    p.data = undefined;
    if (--this.held === 0) {
      this.used = 0;
      this.full = false;
    }
  }
}
