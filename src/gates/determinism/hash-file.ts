/**
 * sha256 of a regular file in fixed 1 MiB reads (flat memory at any size). Opened without
 * blocking and checked on the descriptor, so a file swapped for a FIFO or device is refused.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { GateError } from '../../core/errors.js';

const BUF = Buffer.allocUnsafe(1 << 20);

export function sha256File(file: string, shown: string): { sha256: string; size: number } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new GateError(
      `${shown} cannot be opened (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      'Check that the build output is readable.'
    );
  }
  try {
    if (!fstatSync(fd).isFile()) {
      throw new GateError(
        `${shown} is not a regular file (it changed while being read)`,
        'Compare a finished build output, not one still being written.'
      );
    }
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = readSync(fd, BUF, 0, BUF.length, null);
      if (n === 0) break;
      hash.update(BUF.subarray(0, n));
      size += n;
    }
    return { sha256: hash.digest('hex'), size };
  } finally {
    closeSync(fd);
  }
}
