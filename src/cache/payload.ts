/**
 * Writes the payload archive (a POSIX tar whose members are `<root>/<path>`, zstd-compressed where
 * this Node has zstd) while hashing every file with BLAKE3 and the stored bytes too, in one read
 * of each file. Files are read with plain synchronous reads straight into the tar batch buffer;
 * compression runs on the thread pool meanwhile, so reading, hashing and compressing overlap.
 */
import { once } from 'node:events';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { newBlake3 } from '../hashing/blake3.js';
import { memberName } from '../hashing/manifest.js';
import { TreeError, type WalkedEntry } from '../hashing/tree.js';
import { TarWriter } from './tar-writer.js';

export type Compression = 'zstd' | 'none';

/** zstd where this Node has it (22.15+, 24); the manifest records which. */
export function defaultCompression(): Compression {
  return typeof (zlib as { createZstdCompress?: unknown }).createZstdCompress === 'function'
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

/**
 * Pack `entries` into `archiveFile`; fills each file's `blake3`; returns the digest and size of
 * the stored (compressed) bytes and the compression used.
 */
export async function writePayload(
  entries: WalkedEntry[],
  archiveFile: string,
  compression: Compression = defaultCompression()
): Promise<{ blake3: string; size: number; compression: Compression }> {
  const out = openSync(archiveFile, 'wx', 0o600);
  try {
    const stored = storedSink(out);
    let sink: (chunk: Buffer, release: () => void) => void | Promise<void>;
    let finish: () => Promise<void>;
    if (compression === 'zstd') {
      const z = zlib.createZstdCompress({
        chunkSize: 1 << 20,
        params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 }
      });
      let failed: Error | undefined;
      z.on('data', (c: Buffer) => stored.write(c));
      z.on('error', (err) => (failed = err));
      sink = async (chunk, release) => {
        if (failed) throw failed;
        if (!z.write(chunk, release)) await once(z, 'drain');
      };
      finish = async () => {
        const ended = once(z, 'end');
        z.end();
        await ended;
        if (failed) throw failed;
      };
    } else {
      sink = (chunk, release) => {
        stored.write(chunk);
        release();
      };
      finish = async () => undefined;
    }
    const tar = new TarWriter(sink);
    for (const e of entries) {
      const name = memberName(e);
      if (e.type === 'dir') await tar.directory(name, e.mode);
      else if (e.type === 'symlink') await tar.symlink(name, e.target!);
      else await packFile(tar, e, name);
    }
    await tar.end();
    await finish();
    return { ...stored.result(), compression };
  } finally {
    closeSync(out);
  }
}

async function packFile(tar: TarWriter, e: WalkedEntry, name: string): Promise<void> {
  const h = newBlake3();
  const fd = openSync(e.abs, 'r');
  let read: number;
  let now: number;
  try {
    read = await tar.file(
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
