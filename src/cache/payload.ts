/**
 * Writes the payload archive (a plain POSIX tar whose members are `<root>/<path>`) while hashing
 * every file and the archive itself with BLAKE3 in one read of each file.
 */
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';
import { CHUNK_SIZE, newBlake3, type Blake3 } from '../hashing/blake3.js';
import { memberName } from '../hashing/manifest.js';
import { TreeError, type WalkedEntry } from '../hashing/tree.js';

/** Passes bytes through, hashing and counting them. */
export class HashingCounter extends Transform {
  readonly hasher: Blake3 = newBlake3();
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hasher.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }
}

async function writeFileEntry(pack: tarStream.Pack, e: WalkedEntry): Promise<void> {
  let finished!: Promise<void>;
  const entry = (() => {
    let w: ReturnType<tarStream.Pack['entry']> | undefined;
    finished = new Promise<void>((res, rej) => {
      w = pack.entry(
        { name: memberName(e), size: e.size, mode: e.mode, type: 'file', mtime: new Date(0) },
        (err) => (err ? rej(err) : res())
      );
    });
    return w!;
  })();
  const h = newBlake3();
  const fh = await open(e.abs, 'r');
  let size = 0;
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK_SIZE, Math.max(e.size - size, 1)));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > e.size) break;
      const chunk = buf.subarray(0, bytesRead);
      h.update(chunk);
      if (!entry.write(chunk)) await once(entry, 'drain');
    }
  } finally {
    await fh.close();
  }
  if (size !== e.size) {
    const err = new TreeError(
      `${e.abs} changed while it was cached (size ${e.size} → ${size}); cache files no step is writing`
    );
    entry.destroy(err);
    throw err;
  }
  e.blake3 = h.digestHex();
  entry.end(() => undefined);
  await finished;
}

/** Pack `entries` into `archiveFile`; fills each file's `blake3`; returns the archive digest and size. */
export async function writePayload(
  entries: WalkedEntry[],
  archiveFile: string
): Promise<{ blake3: string; size: number }> {
  const pack = tarStream.pack();
  const counter = new HashingCounter();
  const done = pipeline(pack, counter, createWriteStream(archiveFile, { mode: 0o600 }));
  try {
    for (const e of entries) {
      const name = memberName(e);
      if (e.type === 'file') await writeFileEntry(pack, e);
      else if (e.type === 'dir')
        pack.entry({ name, type: 'directory', mode: e.mode, mtime: new Date(0) });
      else
        pack.entry({ name, type: 'symlink', linkname: e.target, mode: 0o777, mtime: new Date(0) });
    }
    pack.finalize();
  } catch (err) {
    pack.destroy(err as Error);
    await done.catch(() => undefined);
    throw err;
  }
  await done;
  return { blake3: counter.hasher.digestHex(), size: counter.bytes };
}
