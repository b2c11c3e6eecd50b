/** The gzip member header (RFC 1952): the mtime, original name and OS byte tools leak. */
import { closeSync, openSync, readSync } from 'node:fs';

export function gzipHeader(file: string): Record<string, string | number> {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1024);
  let n: number;
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const out: Record<string, string | number> = {};
  if (n < 10) return out;
  const flags = buf[3];
  out.mtime = buf.readUInt32LE(4);
  out.xfl = buf[8];
  out.os = buf[9];
  let at = 10;
  if (flags & 0x04 && at + 2 <= n) at += 2 + buf.readUInt16LE(at);
  const zstr = (): string | undefined => {
    const end = buf.indexOf(0, at);
    if (end < 0 || end > n) return undefined;
    const s = buf.subarray(at, end).toString('latin1');
    at = end + 1;
    return s;
  };
  if (flags & 0x08) {
    const name = zstr();
    if (name !== undefined) out.name = name;
  }
  if (flags & 0x10) {
    const comment = zstr();
    if (comment !== undefined) out.comment = comment;
  }
  return out;
}
