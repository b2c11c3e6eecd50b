/**
 * The v2 entries file (`entries.ndjson`): one canonical JSON line per entry, in the order of the
 * payload's tar members (each root's paths strictly increasing, segment by segment; roots in
 * order). Save appends lines as members are packed; restore reads it as a stream, never as a
 * list: first its BLAKE3, size and line count against the signed header (nothing in a line is
 * looked at before that), then every line strictly (known fields, types, safe path, canonical
 * form, order — so a repeat is caught by comparing with the previous line only — and the
 * placement rules of sorted-tree.ts), then again in lockstep with the tar members, and once more
 * to place the verified tree.
 */
import { closeSync, constants, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { hashFdSync, newBlake3, type Blake3 } from '../hashing/blake3.js';
import {
  ManifestError,
  MAX_ENTRIES,
  MAX_ENTRIES_FILE_BYTES,
  memberName,
  parseEntryObject,
  serializeEntry,
  type CacheManifestV2,
  type EntriesFileRef,
  type ManifestEntry,
  type ManifestRoot
} from '../hashing/manifest.js';
import { TreeError } from '../hashing/tree.js';
import { parseCanonicalEntry } from './entry-line.js';
import { PlacementError } from './entry-tree.js';
import { Rejection } from './extract.js';
import { comparePaths, SortedEntryTree } from './sorted-tree.js';

/** No entry line is longer (a 4096-byte path and target, escaped, fit well below it). */
export const MAX_LINE_BYTES = 64 * 1024;
const READ_BYTES = 256 * 1024;

/** Order of two entries: root first, then path segment by segment. */
export function compareEntries(
  a: Pick<ManifestEntry, 'root' | 'path'>,
  b: Pick<ManifestEntry, 'root' | 'path'>
): number {
  return a.root !== b.root ? a.root - b.root : comparePaths(a.path, b.path);
}

/** Appends entry lines to a file, hashing and counting them (save). */
export class EntriesWriter {
  private readonly hasher = newBlake3();
  private readonly buf = Buffer.allocUnsafe(READ_BYTES);
  private used = 0;
  size = 0;
  count = 0;

  constructor(private readonly fd: number) {}

  add(e: ManifestEntry): void {
    const line = serializeEntry(e) + '\n';
    const len = Buffer.byteLength(line);
    if (this.used + len > this.buf.length) this.flush();
    if (len > this.buf.length) throw new Error(`internal: entry line of ${len} bytes`);
    this.buf.write(line, this.used, 'utf8');
    this.used += len;
    this.size += len;
    if (this.size > MAX_ENTRIES_FILE_BYTES)
      throw new TreeError(
        `the entries file would exceed ${MAX_ENTRIES_FILE_BYTES} bytes; cache fewer files`
      );
    this.count++;
  }

  private flush(): void {
    const chunk = this.buf.subarray(0, this.used);
    this.hasher.update(chunk);
    for (let off = 0; off < chunk.length;)
      off += writeSync(this.fd, chunk, off, chunk.length - off);
    this.used = 0;
  }

  end(): EntriesFileRef {
    this.flush();
    return { blake3: this.hasher.digestHex(), size: this.size, count: this.count };
  }
}

/** Reads a file line by line synchronously through one reused buffer, hashing what it reads. */
class LineReader {
  private buf = Buffer.allocUnsafe(READ_BYTES);
  private start = 0;
  private end = 0;
  private pos = 0;
  private eof = false;
  readonly hasher: Blake3 = newBlake3();
  /** Lines returned so far. */
  line = 0;

  constructor(
    private readonly fd: number,
    /** Bytes to read at most (the header's size): past it the file is not the signed one. */
    private readonly limit: number
  ) {}

  get bytesRead(): number {
    return this.pos;
  }

  /** The next line without its newline (valid until the next call), or undefined at the end. */
  next(): Buffer | undefined {
    for (;;) {
      const nl = this.start < this.end ? this.buf.indexOf(0x0a, this.start) : -1;
      if (nl !== -1 && nl < this.end) {
        if (nl - this.start > MAX_LINE_BYTES)
          throw new EntriesFormatError(
            `line ${this.line + 1} is longer than ${MAX_LINE_BYTES} bytes`
          );
        const line = this.buf.subarray(this.start, nl);
        this.start = nl + 1;
        this.line++;
        return line;
      }
      if (this.end - this.start > MAX_LINE_BYTES)
        throw new EntriesFormatError(
          `line ${this.line + 1} is longer than ${MAX_LINE_BYTES} bytes`
        );
      if (this.eof) {
        if (this.start < this.end)
          throw new EntriesFormatError(`line ${this.line + 1} has no newline at the end`);
        return undefined;
      }
      if (this.start > 0) {
        this.buf.copy(this.buf, 0, this.start, this.end);
        this.end -= this.start;
        this.start = 0;
      }
      if (this.end === this.buf.length) {
        const bigger = Buffer.allocUnsafe(this.buf.length * 2);
        this.buf.copy(bigger, 0, 0, this.end);
        this.buf = bigger;
      }
      const want = Math.min(this.buf.length - this.end, this.limit + 1 - this.pos);
      const n = want > 0 ? readSync(this.fd, this.buf, this.end, want, this.pos) : 0;
      if (n === 0) {
        this.eof = true;
        continue;
      }
      this.hasher.update(this.buf.subarray(this.end, this.end + n));
      this.pos += n;
      this.end += n;
      if (this.pos > this.limit)
        throw new EntriesFormatError(`the file is longer than the ${this.limit} bytes signed`);
    }
  }
}

/** A line that cannot be an entry (the file's digest matched: the signer wrote it so). */
class EntriesFormatError extends Error {
  override name = 'EntriesFormatError';
}

function openEntries(path: string): number {
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    throw new Rejection(
      'missing-entries',
      'the entry has no entries.ndjson; expected the entries file its signed v2 manifest pins'
    );
  }
}

/** Step 1: the file's size and BLAKE3 equal the signed header's (one streaming read). */
export function checkEntriesDigest(path: string, ref: EntriesFileRef): void {
  const fd = openEntries(path);
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new Rejection('bad-envelope', 'entries.ndjson is not a regular file', 'entries.ndjson');
    if (st.size !== ref.size || st.size > MAX_ENTRIES_FILE_BYTES)
      throw new Rejection(
        'entries-size-mismatch',
        `entries.ndjson: expected ${ref.size} bytes (signed manifest), got ${st.size}`,
        'entries.ndjson'
      );
    const { blake3: digest, size: pos } = hashFdSync(fd, Buffer.allocUnsafe(READ_BYTES), ref.size);
    if (pos !== ref.size)
      throw new Rejection(
        'entries-size-mismatch',
        `entries.ndjson: expected ${ref.size} bytes (signed manifest), read ${pos}`,
        'entries.ndjson'
      );
    if (digest !== ref.blake3)
      throw new Rejection(
        'entries-digest-mismatch',
        `entries.ndjson: expected BLAKE3 ${ref.blake3} (signed manifest), got ${digest}; nothing in it was used`,
        'entries.ndjson'
      );
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads entries one at a time: each line parsed strictly, in canonical form, strictly after the
 * previous one. Throws Rejection('bad-manifest' | 'out-of-order' | 'duplicate-member').
 */
export class EntriesReader {
  private readonly lines: LineReader;
  private previous: ManifestEntry | undefined;
  private readonly fd: number;
  private closed = false;

  constructor(
    path: string,
    private readonly ref: EntriesFileRef,
    private readonly rootCount: number,
    /** Compare each line with its canonical form (the first full read; later reads re-hash instead). */
    private readonly canonical = true
  ) {
    this.fd = openEntries(path);
    this.lines = new LineReader(this.fd, ref.size);
  }

  get count(): number {
    return this.lines.line;
  }

  get last(): ManifestEntry | undefined {
    return this.previous;
  }

  /** The next entry, or undefined after the last line (then the count and digest are checked). */
  next(): ManifestEntry | undefined {
    let raw: Buffer | undefined;
    try {
      raw = this.lines.next();
    } catch (err) {
      if (err instanceof EntriesFormatError) throw this.bad(err.message);
      throw err;
    }
    if (raw === undefined) {
      this.checkEnd();
      return undefined;
    }
    const n = this.lines.line;
    if (n > this.ref.count || n > MAX_ENTRIES)
      throw this.bad(`more than the ${this.ref.count} lines signed`);
    // The usual line is read in one pass over its bytes (canonical by construction); any other
    // goes through JSON.parse and the strict field checks, which accept it or say what is wrong.
    const e = parseCanonicalEntry(raw, this.rootCount) ?? this.parseSlow(raw, n);
    const p = this.previous;
    if (p) {
      const order = compareEntries(e, p);
      if (order === 0)
        throw new Rejection(
          'duplicate-member',
          `entries.ndjson line ${n}: '${memberName(e)}' appears twice; expected each entry once`,
          memberName(e)
        );
      if (order < 0)
        throw new Rejection(
          'out-of-order',
          `entries.ndjson line ${n}: '${memberName(e)}' comes after '${memberName(p)}'; expected the entries sorted by root, then by path segments`,
          memberName(e)
        );
    }
    this.previous = e;
    return e;
  }

  /** A line outside the fast form: JSON, the field checks, then (first read) canonical form. */
  private parseSlow(raw: Buffer, n: number): ManifestEntry {
    let value: unknown;
    try {
      value = JSON.parse(raw.toString('utf8'));
    } catch {
      throw this.bad(`line ${n} is not JSON`);
    }
    let e: ManifestEntry;
    try {
      e = parseEntryObject(value, `entries.ndjson line ${n}`, this.rootCount);
    } catch (err) {
      if (err instanceof ManifestError) throw new Rejection('bad-manifest', err.message);
      throw err;
    }
    if (this.canonical && !raw.equals(Buffer.from(serializeEntry(e))))
      throw this.bad(
        `line ${n} is not in canonical form (fields root, path, type, size, mode, blake3, target in that order, no spaces, no repeated field)`
      );
    return e;
  }

  private checkEnd(): void {
    if (this.lines.line !== this.ref.count)
      throw new Rejection(
        'entries-count-mismatch',
        `entries.ndjson: expected ${this.ref.count} entries (signed manifest), got ${this.lines.line}`,
        'entries.ndjson'
      );
    const digest = this.lines.hasher.digestHex();
    if (this.lines.bytesRead !== this.ref.size || digest !== this.ref.blake3)
      throw new Rejection(
        'entries-digest-mismatch',
        `entries.ndjson changed while it was read (BLAKE3 ${digest}, ${this.lines.bytesRead} bytes; signed ${this.ref.blake3}, ${this.ref.size} bytes)`,
        'entries.ndjson'
      );
  }

  private bad(message: string): Rejection {
    return new Rejection('bad-manifest', `entries.ndjson: ${message}`, 'entries.ndjson');
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

export interface EntriesSummary {
  entries: number;
  /** Files per root (a root without a file is never a hit). */
  filesPerRoot: number[];
  files: number;
  bytes: number;
  /** Upper bound of the tar these entries describe (in-thread.ts's bound). */
  tarBound: number;
}

/**
 * Step 2 (after checkEntriesDigest): read every line strictly and check the placement rules per
 * root as a whole (nothing beneath a symlink or a file, symlinks resolving inside the root once
 * everything is placed). Memory: the symlinks, not the entries.
 */
export function checkEntries(
  path: string,
  manifest: CacheManifestV2,
  memberBound: (e: ManifestEntry) => number,
  baseBound: number
): EntriesSummary {
  const trees = manifest.roots.map((r) => new SortedEntryTree(`the cache path '${r.spec}'`));
  const summary: EntriesSummary = {
    entries: 0,
    filesPerRoot: manifest.roots.map(() => 0),
    files: 0,
    bytes: 0,
    tarBound: baseBound
  };
  const reader = new EntriesReader(path, manifest.entries, manifest.roots.length);
  let root = -1;
  try {
    for (let e = reader.next(); e; e = reader.next()) {
      if (e.root !== root) {
        if (root !== -1) finishTree(trees[root], root);
        root = e.root;
      }
      try {
        trees[e.root].add(e.path, e.type, e.target);
      } catch (err) {
        if (err instanceof PlacementError)
          throw new Rejection(err.reason, `manifest entry ${err.message}`, memberName(e));
        throw err;
      }
      summary.entries++;
      summary.tarBound += memberBound(e);
      if (e.type === 'file') {
        summary.files++;
        summary.filesPerRoot[e.root]++;
        summary.bytes += e.size;
      }
    }
    if (root !== -1) finishTree(trees[root], root);
  } finally {
    reader.close();
  }
  return summary;
}

function finishTree(tree: SortedEntryTree, root: number): void {
  try {
    tree.finish();
  } catch (err) {
    if (err instanceof PlacementError)
      throw new Rejection(err.reason, `manifest entry ${err.message}`, `${root}/${err.path}`);
    throw err;
  }
}

/** The entries as an iterable that reads the file afresh each time it is iterated (placement). */
export function entriesOf(
  path: string,
  ref: EntriesFileRef,
  roots: ManifestRoot[]
): Iterable<ManifestEntry> {
  return {
    *[Symbol.iterator]() {
      const reader = new EntriesReader(path, ref, roots.length, false);
      try {
        for (let e = reader.next(); e; e = reader.next()) yield e;
      } finally {
        reader.close();
      }
    }
  };
}

/**
 * Step 3: the tar members against the entries in lockstep — the member must be the next entry.
 * A member before it is unlisted (or a repeat of the previous one); an entry passed over is
 * missing from the archive. Memory: the reader's buffer.
 */
export class LockstepEntries {
  private readonly reader: EntriesReader;
  private pending: ManifestEntry | undefined;
  private started = false;
  private consumed: ManifestEntry | undefined;

  constructor(path: string, ref: EntriesFileRef, rootCount: number) {
    this.reader = new EntriesReader(path, ref, rootCount, false);
  }

  private peek(): ManifestEntry | undefined {
    if (!this.started) {
      this.started = true;
      this.pending = this.reader.next();
    }
    return this.pending;
  }

  /** The entry the member `name` (= root/path) must be; a Rejection otherwise. */
  admit(root: number, path: string, name: string): ManifestEntry {
    const want = this.peek();
    const member = { root, path };
    if (!want) {
      if (this.consumed && compareEntries(member, this.consumed) === 0) throw duplicate(name);
      throw new Rejection(
        'unlisted-file',
        `archive member '${name}' is not in the signed manifest (it lists ${this.reader.count} entries, all already in the archive); expected only listed entries`,
        name
      );
    }
    const order = compareEntries(member, want);
    if (order === 0) {
      this.consumed = want;
      this.pending = this.reader.next();
      return want;
    }
    if (order < 0) {
      if (this.consumed && compareEntries(member, this.consumed) === 0) throw duplicate(name);
      throw new Rejection(
        'unlisted-file',
        `archive member '${name}' is not in the signed manifest (the next listed entry is '${memberName(want)}'); expected only listed entries, in the manifest's order`,
        name
      );
    }
    throw missing(want, `the archive has '${name}' where it was expected`);
  }

  /** After the last member: no entry left unread, and the file still the signed one. */
  finish(): void {
    const want = this.peek();
    if (want) throw missing(want, 'the archive ended before it');
  }

  close(): void {
    this.reader.close();
  }
}

function duplicate(name: string): Rejection {
  return new Rejection(
    'duplicate-member',
    `archive member '${name}' appears twice; expected each entry once`,
    name
  );
}

function missing(e: ManifestEntry, why: string): Rejection {
  const id = memberName(e);
  return new Rejection(
    'missing-file',
    `manifest entry '${id}' (${e.type}) is absent from the archive (${why}); expected every listed entry`,
    id
  );
}
