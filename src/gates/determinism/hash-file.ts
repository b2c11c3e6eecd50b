/**
 * sha256 of a regular file, streamed through the shared reader (src/core/read-file.ts): opened
 * without blocking, checked on the descriptor, flat memory at any size.
 */
import { createHash } from 'node:crypto';
import { readRegularFileChunks } from '../../core/read-file.js';

/** A build output larger than this is not one. */
const MAX_FILE_BYTES = 2 ** 40;

export function sha256File(file: string, shown: string): { sha256: string; size: number } {
  const hash = createHash('sha256');
  const size = readRegularFileChunks(file, { maxBytes: MAX_FILE_BYTES, what: `${shown}:` }, (c) =>
    hash.update(c)
  );
  return { sha256: hash.digest('hex'), size };
}
