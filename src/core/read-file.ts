/**
 * The one way a gate reads a file it was handed: opened once without blocking, checked to be a
 * regular file on the open descriptor (a FIFO, device, socket or directory — or a symlink to
 * one — is refused), and read with the byte limit enforced while reading, never from `stat`
 * alone (`/dev/zero` and `/proc` files report size 0).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export class FileReadError extends Error {
  override name = 'FileReadError';
  constructor(
    message: string,
    readonly file: string,
    readonly help: string,
    /** The errno code of a failed open (`ENOENT` …), or `not-regular` / `too-large`. */
    readonly code?: string
  ) {
    super(message);
  }
}

export interface ReadLimit {
  /** The most bytes the file may have. */
  maxBytes: number;
  /** What the file is, for messages: "the bundle", "input 'evidence'". */
  what?: string;
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function mib(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MiB`
    : `${n} bytes`;
}

const CHUNK_BYTES = 1 << 20;
let sharedBuffer: Buffer | undefined;
let bufferInUse = false;

/**
 * Stream `file` through `onChunk` (each chunk is only valid during the call), with the same
 * checks as `readRegularFile`: for inputs too large to hold in memory (artifacts to hash).
 * Returns the number of bytes read.
 */
export function readRegularFileChunks(
  file: string,
  limit: ReadLimit,
  onChunk: (chunk: Buffer) => void
): number {
  const what = limit.what ? `${limit.what} ` : '';
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot be read (permission denied)'
          : code === 'ELOOP'
            ? 'is a symlink loop'
            : code === 'ENXIO'
              ? 'is a socket or a device without a reader'
              : `cannot be opened (${code ?? (err as Error).message})`;
    throw new FileReadError(
      `${what}${file} ${reason}`,
      file,
      'Check the path; it is resolved against the workspace.',
      code
    );
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw new FileReadError(
        `${what}${file} is ${kindOf(st)}, not a regular file`,
        file,
        'Pass the path of a regular file (symlinks to regular files are followed).',
        'not-regular'
      );
    }
    if (st.size > limit.maxBytes) {
      throw new FileReadError(
        `${what}${file} is ${mib(st.size)}; the limit is ${mib(limit.maxBytes)}`,
        file,
        'This is larger than any valid document of its kind; check that the right file is named.',
        'too-large'
      );
    }
    let total = 0;
    // One read buffer for the process (reads are synchronous and each chunk lives only during
    // its callback), so hashing a tree of many files allocates nothing per file; a nested call
    // from inside a callback gets its own.
    const nested = bufferInUse;
    const chunk = nested
      ? Buffer.allocUnsafe(CHUNK_BYTES)
      : (sharedBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
    bufferInUse = true;
    try {
      for (;;) {
        let n: number;
        try {
          n = readSync(fd, chunk, 0, Math.min(chunk.length, limit.maxBytes + 1 - total), null);
        } catch (err) {
          throw new FileReadError(
            `${what}${file} could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
            file,
            'Check that the file is readable.',
            (err as NodeJS.ErrnoException).code
          );
        }
        if (n === 0) break;
        total += n;
        if (total > limit.maxBytes) {
          throw new FileReadError(
            `${what}${file} grew past the limit of ${mib(limit.maxBytes)} while being read`,
            file,
            'The file is larger than stat reported (a special or growing file); pass a regular file.',
            'too-large'
          );
        }
        onChunk(chunk.subarray(0, n));
      }
    } finally {
      if (!nested) bufferInUse = false;
    }
    return total;
  } finally {
    closeSync(fd);
  }
}

/** Read `file` as bytes; throws FileReadError naming the file, the problem and the fix. */
export function readRegularFile(file: string, limit: ReadLimit): Buffer {
  const chunks: Buffer[] = [];
  const total = readRegularFileChunks(file, limit, (c) => chunks.push(Buffer.from(c)));
  return Buffer.concat(chunks, total);
}

/** Read `file` as UTF-8 text (a leading BOM is dropped; invalid UTF-8 is refused). */
export function readRegularTextFile(file: string, limit: ReadLimit): string {
  const bytes = readRegularFile(file, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileReadError(
      `${limit.what ? `${limit.what} ` : ''}${file} is not UTF-8 text`,
      file,
      'Pass a text document (UTF-8).'
    );
  }
  return text.replace(/^\uFEFF/, '');
}
