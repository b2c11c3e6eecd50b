/** One entry point: sniff a file's format and list its members under hard bounds. */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { ArchiveError, type ArchiveListing } from './entry.js';
import { gzipHeader } from './gzip-header.js';
import type { ArchiveLimits } from './limits.js';
import { listAr } from './ar-entries.js';
import { sniffArchive } from './sniff.js';
import { listSingleStream, listTar } from './tar-entries.js';
import { listZip } from './zip-entries.js';

export { ArchiveError } from './entry.js';
export type { ArchiveEntry, ArchiveKind, ArchiveListing } from './entry.js';
export { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './limits.js';

/** sha256 of the first `length` bytes of `file`. */
function hashRange(file: string, length: number): string {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  const hash = createHash('sha256');
  try {
    for (let at = 0; at < length;) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, length - at), at);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      at += n;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * The members of `file` when it is an archive this reader knows, else undefined. `what` names
 * the file in every message. Throws ArchiveError for a corrupt, truncated, oversized or hostile one.
 */
export async function readArchive(
  file: string,
  limits: ArchiveLimits,
  what: string
): Promise<ArchiveListing | undefined> {
  let sniffed;
  try {
    sniffed = await sniffArchive(file);
  } catch (err) {
    throw new ArchiveError(`${what} cannot be read: ${(err as Error).message}`, 'corrupt');
  }
  if (!sniffed) return undefined;
  switch (sniffed.kind) {
    case 'tar':
      return { kind: 'tar', entries: await listTar(file, 'none', limits, what) };
    case 'tar.gz':
      return {
        kind: 'tar.gz',
        wrapper: gzipHeader(file),
        entries: await listTar(file, 'gzip', limits, what)
      };
    case 'tar.zst':
      return { kind: 'tar.zst', entries: await listTar(file, 'zstd', limits, what) };
    case 'gzip':
      return {
        kind: 'gzip',
        wrapper: gzipHeader(file),
        entries: await listSingleStream(file, 'gzip', limits, what)
      };
    case 'zst':
      return { kind: 'zst', entries: await listSingleStream(file, 'zstd', limits, what) };
    case 'ar':
      return { kind: 'ar', entries: listAr(file, limits, what) };
    case 'zip': {
      const z = await listZip(file, sniffed.prefixBytes ?? 0, limits, what);
      const listing: ArchiveListing = { kind: 'zip', entries: z.entries };
      // Leading bytes: a prefix the offsets skip (jmod) or count (python zipapp) alike.
      const lead = (sniffed.prefixBytes ?? 0) + z.firstMemberAt;
      if (lead > 0) {
        listing.prefixBytes = lead;
        listing.prefixSha256 = hashRange(file, lead);
      }
      if (z.comment) listing.comment = z.comment;
      return listing;
    }
  }
}
