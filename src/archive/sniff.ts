/**
 * Which archive format a file is, from its bytes (never its name): gzip and zstd streams are
 * looked into to tell a compressed tar from a compressed single file, and a zip is found by its
 * end-of-central-directory record, so zips behind a leading prefix (python zipapps, jmod files,
 * self-extractors) are recognised with the size of that prefix.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync, constants } from 'node:fs';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import type { ArchiveKind } from './entry.js';

export interface Sniffed {
  kind: ArchiveKind;
  /** Zip only: bytes before the zip proper whose offsets are relative to the zip's start. */
  prefixBytes?: number;
}

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const AR = Buffer.from('!<arch>\n', 'latin1');

function startsWith(buf: Buffer, magic: ArrayLike<number>): boolean {
  if (buf.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (buf[i] !== magic[i]) return false;
  return true;
}

/** A 512-byte block that is a tar header: its checksum field matches its bytes. */
export function isTarHeader(block: Buffer): boolean {
  if (block.length < 512) return false;
  const field = block
    .subarray(148, 156)
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
  return sum === parseInt(field, 8) && block[0] !== 0;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return buf.subarray(0, got);
}

/** The first `bytes` of a compressed stream's output (fewer if it is shorter or corrupt). */
function decompressedHead(file: string, gzip: boolean, bytes: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const source = createReadStream(file, { highWaterMark: 64 * 1024 });
    const inflate = gzip ? createGunzip() : createZstdDecompress();
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      source.destroy();
      inflate.destroy();
      resolve(Buffer.concat(chunks).subarray(0, bytes));
    };
    inflate.on('data', (c: Buffer) => {
      chunks.push(c);
      total += c.length;
      if (total >= bytes) finish();
    });
    inflate.on('end', finish);
    inflate.on('error', finish);
    source.on('error', finish);
    source.pipe(inflate);
  });
}

interface Eocd {
  /** Offset of the zip's first byte in the file (bytes before it are a prefix). */
  prefix: number;
}

/** Locate the end-of-central-directory record and derive where the zip really starts. */
export function findZip(fd: number, size: number): Eocd | undefined {
  if (size < 22) return undefined;
  const tailLen = Math.min(size, 22 + 0xffff);
  const tail = readAt(fd, size - tailLen, tailLen);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== 0x06054b50) continue;
    const commentLen = tail.readUInt16LE(i + 20);
    if (i + 22 + commentLen !== tail.length) continue;
    const cdSize = tail.readUInt32LE(i + 12);
    const cdOffset = tail.readUInt32LE(i + 16);
    const eocdAt = size - tailLen + i;
    if (cdOffset === 0xffffffff || cdSize === 0xffffffff) return { prefix: 0 }; // zip64: offsets as written
    const cdStart = eocdAt - cdSize;
    if (cdStart < 0 || cdOffset > cdStart) continue;
    const prefix = cdStart - cdOffset;
    if (cdSize === 0) return { prefix };
    // The central directory must really start there (PK\1\2).
    if (readAt(fd, cdStart, 4).readUInt32LE(0) !== 0x02014b50) continue;
    return { prefix };
  }
  return undefined;
}

/** The archive format of `file`, or undefined when it is not an archive this reader knows. */
export async function sniffArchive(file: string): Promise<Sniffed | undefined> {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  let head: Buffer;
  let size: number;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    size = st.size;
    head = readAt(fd, 0, 512);
    if (startsWith(head, AR)) return { kind: 'ar' };
    if (isTarHeader(head)) return { kind: 'tar' };
    if (!startsWith(head, GZIP) && !startsWith(head, ZSTD)) {
      const zip = findZip(fd, size);
      return zip ? { kind: 'zip', prefixBytes: zip.prefix } : undefined;
    }
  } finally {
    closeSync(fd);
  }
  const gzip = startsWith(head, GZIP);
  const inner = await decompressedHead(file, gzip, 512);
  if (isTarHeader(inner)) return { kind: gzip ? 'tar.gz' : 'tar.zst' };
  return { kind: gzip ? 'gzip' : 'zst' };
}
