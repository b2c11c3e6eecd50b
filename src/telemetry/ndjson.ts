/**
 * Reading NDJSON (one JSON value a line) from a file of any size in bounded memory: the file is
 * streamed through the one bounded regular-file reader (src/core/read-file.ts), split on `\n`
 * (a `\r` before it is dropped), and each line handed over as text, or as a problem when it is
 * longer than the line limit (never held in memory whole) or not UTF-8. The file's sha256 is
 * computed on the way.
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { readRegularFile, readRegularFileChunks } from '../core/read-file.js';

export type NdjsonLine =
  | { line: number; text: string }
  | { line: number; problem: 'too-long' | 'not-utf8'; bytes: number };

export interface NdjsonLimits {
  /** The most bytes the file may have (a larger one is refused by the reader). */
  maxFileBytes: number;
  /** The most bytes one line may have (a longer one is reported, not read). */
  maxLineBytes: number;
  /** What the file is, for messages. */
  what?: string;
}

export interface NdjsonFileInfo {
  bytes: number;
  /** Lines seen, a final line without its newline included. */
  lines: number;
  sha256: string;
}

/**
 * Call `onLine` for every line of `file`, in order. Throws FileReadError (from the reader) when
 * the file cannot be read or exceeds maxFileBytes; `onLine` may throw to stop early.
 */
export function forEachNdjsonLine(
  file: string,
  limits: NdjsonLimits,
  onLine: (line: NdjsonLine) => void
): NdjsonFileInfo {
  const hash = createHash('sha256');
  let lineNo = 0;
  /** Pieces of the current line that began in an earlier chunk. */
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let tooLong = false;

  const emit = (piece: Buffer | undefined): void => {
    lineNo++;
    const total = carryBytes + (piece?.length ?? 0);
    if (tooLong || total > limits.maxLineBytes) {
      onLine({ line: lineNo, problem: 'too-long', bytes: total });
    } else {
      let bytes =
        carry.length === 0 ? piece! : Buffer.concat(piece ? [...carry, piece] : carry, total);
      if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
      if (!isUtf8(bytes)) onLine({ line: lineNo, problem: 'not-utf8', bytes: total });
      else onLine({ line: lineNo, text: bytes.toString('utf8') });
    }
    carry = [];
    carryBytes = 0;
    tooLong = false;
  };

  const bytes = readRegularFileChunks(
    file,
    { maxBytes: limits.maxFileBytes, what: limits.what },
    (chunk) => {
      hash.update(chunk);
      let start = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, start);
        if (nl === -1) break;
        emit(chunk.subarray(start, nl));
        start = nl + 1;
      }
      if (start < chunk.length) {
        const rest = chunk.length - start;
        if (tooLong || carryBytes + rest > limits.maxLineBytes) {
          // Past the limit: count the bytes, keep none of them.
          tooLong = true;
          carry = [];
        } else {
          // The chunk buffer is reused by the reader: keep a copy.
          carry.push(Buffer.from(chunk.subarray(start)));
        }
        carryBytes += rest;
      }
    }
  );
  if (carryBytes > 0) {
    // A last line without its newline.
    if (tooLong) emit(undefined);
    else {
      const last = Buffer.concat(carry, carryBytes);
      carry = [];
      carryBytes = 0;
      emit(last);
    }
  }
  return { bytes, lines: lineNo, sha256: hash.digest('hex') };
}

/**
 * A `.json` file as one record (a fixture written pretty-printed): handed to `onLine` as line 1,
 * with the same limits (the whole document is bounded by maxLineBytes, as one record is).
 */
export function forEachJsonDocument(
  file: string,
  limits: NdjsonLimits,
  onLine: (line: NdjsonLine) => void
): NdjsonFileInfo {
  let bytes = readRegularFile(file, { maxBytes: limits.maxFileBytes, what: limits.what });
  const info = {
    bytes: bytes.length,
    lines: bytes.length ? 1 : 0,
    sha256: createHash('sha256').update(bytes).digest('hex')
  };
  if (!bytes.length) return info;
  if (bytes.length > limits.maxLineBytes)
    onLine({ line: 1, problem: 'too-long', bytes: bytes.length });
  else {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (!isUtf8(bytes)) onLine({ line: 1, problem: 'not-utf8', bytes: bytes.length });
    else onLine({ line: 1, text: bytes.toString('utf8') });
  }
  return info;
}
