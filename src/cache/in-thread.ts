/**
 * The in-thread path for small payloads: a stored archive up to `inThreadLimit()` bytes is
 * compressed or decompressed on the main thread in one synchronous call, without the worker
 * thread (zstd-worker.ts), whose start-up would cost more than the whole job. Larger payloads
 * (and a small one that decompresses past its bound) go through the worker as before.
 */
import type { CacheManifest, ManifestEntry } from '../hashing/manifest.js';

/** 8 MiB of stored bytes: well under a second of zstd on one core. */
export const IN_THREAD_BYTES = 8 << 20;
let limit = IN_THREAD_BYTES;

/** The stored size up to which the in-thread path is taken. */
export function inThreadLimit(): number {
  return limit;
}

/** Change the limit (tests run both paths); returns the previous one. */
export function setInThreadLimit(bytes: number): number {
  const previous = limit;
  limit = bytes;
  return previous;
}

const ZSTD_MAGIC = 0xfd2fb528;
const FCS_BYTES = [0, 2, 4, 8];
const DICT_BYTES = [0, 1, 2, 4];

/**
 * The length of the zstd frame at the start of `buf`, walking its header and block headers (the
 * format of RFC 8878), or -1 when it is not one complete zstd frame. Node's decompressor stops
 * quietly after the first frame, so the caller refuses input whose first frame ends before the
 * input does (a second frame, a skippable frame, trailing bytes).
 */
export function zstdFrameLength(buf: Buffer): number {
  if (buf.length < 6 || buf.readUInt32LE(0) !== ZSTD_MAGIC) return -1;
  const fhd = buf[4];
  if (fhd & 0x08) return -1; // reserved bit
  const singleSegment = (fhd >> 5) & 1;
  const fcsFlag = fhd >> 6;
  const checksum = (fhd >> 2) & 1;
  let at =
    5 +
    (singleSegment ? 0 : 1) +
    DICT_BYTES[fhd & 3] +
    (fcsFlag === 0 ? singleSegment : FCS_BYTES[fcsFlag]);
  for (;;) {
    if (at + 3 > buf.length) return -1;
    const bh = buf[at] | (buf[at + 1] << 8) | (buf[at + 2] << 16);
    at += 3;
    const last = bh & 1;
    const type = (bh >> 1) & 3;
    const size = bh >>> 3;
    if (type === 3) return -1; // reserved block type
    at += type === 1 ? 1 : size;
    if (at > buf.length) return -1;
    if (last) break;
  }
  at += checksum ? 4 : 0;
  return at > buf.length ? -1 : at;
}

/**
 * An upper bound of the tar the signed manifest describes: each entry's data rounded to blocks,
 * its header, a PAX header for a long name or target, then the end blocks, and some slack. A
 * payload that decompresses past it is not the signed one (a bomb).
 */
export function tarBound(manifest: CacheManifest): number {
  let total = TAR_BOUND_BASE;
  for (const e of manifest.entries) total += memberBound(e);
  return total;
}

/** tarBound's end blocks and slack. */
export const TAR_BOUND_BASE = 64 * 1024;

/** tarBound's share of one entry (a v2 restore sums it while it reads the entries file). */
export function memberBound(e: ManifestEntry): number {
  const names = 4 * (e.path.length + (e.target?.length ?? 0)) + 128;
  let total = 3 * 512 + Math.ceil(names / 512) * 512;
  if (e.type === 'file') total += Math.ceil(e.size / 512) * 512;
  return total;
}
