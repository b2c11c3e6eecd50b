/**
 * The fast entries-file line reader (entry-line.ts) against the strict one (JSON.parse,
 * parseEntryObject, the canonical-form check): on every line it accepts, the strict reader
 * accepts the same entry; it takes the lines save writes; and every one-byte change of such a
 * line (each position, every byte value) is either refused by both or read the same by both.
 */
import { describe, expect, it } from '@jest/globals';
import { parseCanonicalEntry } from '../../src/cache/entry-line.js';
import {
  ManifestError,
  parseEntryObject,
  serializeEntry,
  type ManifestEntry
} from '../../src/hashing/manifest.js';

const ROOTS = 2;

/** The strict reading of a line: the entry, or undefined where the restore refuses the line. */
function strict(line: Buffer): ManifestEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line.toString('utf8'));
  } catch {
    return undefined;
  }
  try {
    const e = parseEntryObject(value, 'line', ROOTS);
    return line.equals(Buffer.from(serializeEntry(e))) ? e : undefined;
  } catch (err) {
    if (err instanceof ManifestError) return undefined;
    throw err;
  }
}

const samples: ManifestEntry[] = [
  { root: 0, path: 'a.txt', type: 'file', size: 1, mode: 0o644, blake3: '0a'.repeat(32) },
  {
    root: 1,
    path: 'small/d1/f10.js',
    type: 'file',
    size: 10240,
    mode: 0o755,
    blake3: 'f'.repeat(64)
  },
  { root: 0, path: 'empty', type: 'file', size: 0, mode: 0, blake3: '9'.repeat(64) },
  { root: 0, path: 'sub', type: 'dir', size: 0, mode: 0o755 },
  { root: 0, path: 'sub/link', type: 'symlink', size: 0, mode: 0o777, target: '../a.txt' },
  { root: 0, path: 'sub/none', type: 'symlink', size: 0, mode: 0o777, target: '' },
  {
    root: 1,
    path: 'big.bin',
    type: 'file',
    size: Number.MAX_SAFE_INTEGER,
    mode: 0o600,
    blake3: 'c'.repeat(64)
  }
];

const lineOf = (e: ManifestEntry): Buffer => Buffer.from(serializeEntry(e), 'utf8');

describe('the fast entries-line reader', () => {
  it('reads the lines save writes, to the same entry as the strict reader', () => {
    for (const e of samples) {
      const line = lineOf(e);
      expect(parseCanonicalEntry(line, ROOTS)).toEqual(e);
      expect(strict(line)).toEqual(e);
    }
  });

  it('leaves to the strict reader what it does not read itself (escapes, non-ASCII)', () => {
    const odd: ManifestEntry[] = [
      {
        root: 0,
        path: 'caf\u00e9.txt',
        type: 'file',
        size: 1,
        mode: 0o644,
        blake3: 'a'.repeat(64)
      },
      { root: 0, path: 'say "hi"', type: 'dir', size: 0, mode: 0o755 },
      { root: 0, path: 'tab\there', type: 'dir', size: 0, mode: 0o755 },
      { root: 0, path: 'l', type: 'symlink', size: 0, mode: 0o777, target: 'back\\slash' }
    ];
    for (const e of odd) {
      expect(parseCanonicalEntry(lineOf(e), ROOTS)).toBeUndefined();
      expect(strict(lineOf(e))).toEqual(e);
    }
  });

  it('refuses lines the strict reader refuses: bad values, other forms, trailing bytes', () => {
    const bad = [
      '{"root":2,"path":"a","type":"dir","size":0,"mode":493}', // root out of range
      '{"root":0,"path":"../a","type":"dir","size":0,"mode":493}',
      '{"root":0,"path":"a//b","type":"dir","size":0,"mode":493}',
      '{"root":0,"path":"a","type":"dir","size":1,"mode":493}', // a folder with a size
      '{"root":0,"path":"a","type":"dir","size":0,"mode":512}', // mode above 0o777
      '{"root":0,"path":"a","type":"dir","size":0,"mode":0493}', // leading zero
      '{"root":0,"path":"a","type":"dir","size":0,"mode":493,"blake3":"' + 'a'.repeat(64) + '"}',
      '{"root":0,"path":"a","type":"file","size":1,"mode":493}', // a file without its digest
      '{"root":0,"path":"a","type":"file","size":1,"mode":493,"blake3":"' + 'A'.repeat(64) + '"}',
      '{"root":0,"path":"a","type":"file","size":1,"mode":493,"blake3":"' + 'a'.repeat(63) + '"}',
      '{"root":0,"path":"a","type":"fifo","size":0,"mode":493}',
      '{"root":0,"path":"a","type":"dir","size":0,"mode":493} ',
      '{"root":0,"path":"a","type":"dir","size":0,"mode":493}}',
      '{"root":0,"path":"a","type":"dir","size":0,"mode":493,"mode":493}',
      '{"root":0,"path":"a","type":"dir","size":0,"mode":493,"target":"x"}',
      '{"root":0,"path":"a","type":"symlink","size":0,"mode":511}', // a symlink without target
      '{"root":0,"path":"a","type":"file","size":9007199254740992,"mode":493,"blake3":"' +
        'a'.repeat(64) +
        '"}',
      '{"root": 0,"path":"a","type":"dir","size":0,"mode":493}',
      '{"path":"a","root":0,"type":"dir","size":0,"mode":493}',
      ''
    ];
    for (const text of bad) {
      const line = Buffer.from(text, 'utf8');
      expect([text, parseCanonicalEntry(line, ROOTS)]).toEqual([text, undefined]);
      expect([text, strict(line)]).toEqual([text, undefined]);
    }
  });

  it('never accepts a line the strict reader refuses or reads otherwise (every one-byte change)', () => {
    let fastAccepted = 0;
    for (const e of samples) {
      const line = lineOf(e);
      for (let at = 0; at < line.length; at++) {
        for (let byte = 0; byte < 256; byte++) {
          if (byte === line[at]) continue;
          const changed = Buffer.from(line);
          changed[at] = byte;
          const fast = parseCanonicalEntry(changed, ROOTS);
          if (fast === undefined) continue;
          fastAccepted++;
          expect([changed.toString('latin1'), strict(changed)]).toEqual([
            changed.toString('latin1'),
            fast
          ]);
        }
      }
      // Cut short at every length: never an entry.
      for (let len = 0; len < line.length; len++)
        expect(parseCanonicalEntry(line.subarray(0, len), ROOTS)).toBeUndefined();
    }
    // Many changes are still valid entries (another digit, letter or digest): they were compared.
    expect(fastAccepted).toBeGreaterThan(1000);
  });
});
