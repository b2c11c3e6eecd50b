/**
 * Lists the members of a Unix `ar` archive (static libraries, .deb): GNU `//` long names and the
 * `/` symbol table included. Headers are read from the file; member bytes are hashed in chunks.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ArchiveError, refuseUnsafeName, type ArchiveEntry } from './entry.js';
import type { ArchiveLimits } from './limits.js';

function field(h: Buffer, start: number, len: number): string {
  return h
    .subarray(start, start + len)
    .toString('latin1')
    .trimEnd();
}

function num(text: string, radix: number, what: string, name: string): number {
  if (text === '') return 0;
  if (!(radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(text))
    throw new ArchiveError(
      `${what}: member '${name}' has a malformed header field '${text}'`,
      'corrupt'
    );
  return parseInt(text, radix);
}

export function listAr(file: string, limits: ArchiveLimits, what: string): ArchiveEntry[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(60);
    const chunk = Buffer.alloc(1 << 20);
    const entries: ArchiveEntry[] = [];
    let longNames: Buffer | undefined;
    let at = 8;
    let total = 0;
    while (at < size) {
      if (at + 60 > size)
        throw new ArchiveError(`${what} is truncated inside a member header`, 'truncated');
      readSync(fd, header, 0, 60, at);
      if (header[58] !== 0x60 || header[59] !== 0x0a)
        throw new ArchiveError(`${what} has a corrupt member header at byte ${at}`, 'corrupt');
      let name = field(header, 0, 16);
      const len = num(field(header, 48, 10), 10, what, name);
      if (at + 60 + len > size)
        throw new ArchiveError(
          `${what} is truncated: member '${name}' runs past the end`,
          'truncated'
        );
      if (entries.length >= limits.maxEntries)
        throw new ArchiveError(
          `${what} holds more than ${limits.maxEntries} members`,
          'too-many-entries'
        );
      total += len;
      if (total > limits.maxBytes)
        throw new ArchiveError(`${what} is larger than the max-archive-bytes bound`, 'too-large');
      const dataAt = at + 60;
      if (name === '//') {
        if (len > 16 * 1024 * 1024)
          throw new ArchiveError(`${what}: the long-name table is ${len} bytes`, 'too-large');
        longNames = Buffer.alloc(len);
        readSync(fd, longNames, 0, len, dataAt);
      } else if (/^\/[0-9]+$/.test(name) && longNames) {
        const off = Number(name.slice(1));
        const end = longNames.indexOf('/\n', off, 'latin1');
        name = longNames.subarray(off, end < 0 ? longNames.length : end).toString('latin1');
      } else if (name.endsWith('/') && name !== '/') {
        name = name.slice(0, -1);
      }
      // `/` and `/SYM64/` are the symbol tables, `//` the long-name table: GNU ar's own names.
      if (name !== '/' && name !== '//' && name !== '/SYM64/') refuseUnsafeName(name, what);
      const hash = createHash('sha256');
      for (let done = 0; done < len;) {
        const n = readSync(fd, chunk, 0, Math.min(chunk.length, len - done), dataAt + done);
        if (n === 0)
          throw new ArchiveError(`${what} is truncated in member '${name}'`, 'truncated');
        hash.update(chunk.subarray(0, n));
        done += n;
      }
      entries.push({
        name,
        type: 'file',
        size: len,
        sha256: hash.digest('hex'),
        mtime: num(field(header, 16, 12), 10, what, name),
        uid: num(field(header, 28, 6), 10, what, name),
        gid: num(field(header, 34, 6), 10, what, name),
        mode: num(field(header, 40, 8), 8, what, name) & 0o7777
      });
      at = dataAt + len + (len % 2);
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}
