/**
 * Findings kept off the JavaScript heap while a long scan runs. V8 lets a heap grow to several
 * times what it holds live before it collects, so 100,000 findings held as objects until the
 * end (a scan of thousands of files) made the peak grow with the file count. Here the first
 * 8,192 findings are held as given; each one after is a row of integer columns (file, line,
 * column, rule, severity, an optional key for a help text decided at the end) and its message
 * and help as bytes in 1 MiB chunks. Past 4 chunks, full ones are written to a temporary file,
 * unlinked as soon as it is open, and read back when needed. The values that repeat and are
 * needed to sort (files, rules) are kept once each.
 *
 * What comes back (`findings()`, here or from the spool another thread `received`) is the
 * findings given, field for field, in the order asked for; a finding the columns cannot carry
 * exactly (another field, a fractional line) is kept as it is.
 */
import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lazyFindings } from './lazy-findings.js';
import type { Finding, Severity } from './result.js';
import { randomId } from './unique-token.js';

/**
 * From this many findings on, `list()` gives a lazy list (src/core/lazy-findings.ts) read from
 * the spool as the reporters ask; below, the findings are made at once and the spool closed.
 */
export const LAZY_MIN_FINDINGS = 20_000;

/** Spools kept open for a lazy list, closed when the list is collected or the process ends. */
const openForLists = new Set<() => void>();
const closeWhenCollected = new FinalizationRegistry<() => void>((close) => close());
let closesAtExit = false;

/**
 * The first findings are held as the objects given: a scan with fewer pays nothing for the
 * spool, and what they hold (about 4 MiB) does not grow with the scan.
 */
const DEFAULT_OBJECT_ROWS = 8192;
const CHUNK_BYTES = 1 << 20;
/** Chunks held in memory before full ones go to the spill file. */
const DEFAULT_RESIDENT_CHUNKS = 4;
/** A text longer than this (in bytes) is kept as a string instead. */
const MAX_TEXT_BYTES = CHUNK_BYTES / 4;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];
const KNOWN = new Set(['rule', 'severity', 'message', 'help', 'file', 'line', 'column']);

// Columns of a row.
const FILE = 0;
const LINE = 1;
const COLUMN = 2;
const RULE = 3;
const SEVERITY = 4;
/** A help key (>= 0), -1: the help is in the chunk, -2: no help, -3: the row is kept as it is. */
const HELP = 5;
const CHUNK = 6;
const OFFSET = 7;
/** Message bytes; ASCII_FLAG marks ASCII text, a byte a character (else UTF-16). */
const MESSAGE_BYTES = 8;
const HELP_BYTES = 9;
const WIDTH = 10;
const ASCII_FLAG = 0x40000000;
const KEPT = -3;
const NO_HELP = -2;
const HELP_IN_CHUNK = -1;

/** What the spool tells its caller about counts, without materialising any finding. */
export interface SpoolCounts {
  bySeverity: Record<Severity, number>;
  /** Per rule, the findings that are not notes. */
  byRule: Map<string, number>;
}

export interface SpoolOptions {
  /** Where the spill file goes (it is unlinked as soon as it is open where the system allows). */
  dir?: string;
  /** Chunks of 1 MiB held in memory; the rest is spilled. */
  residentChunks?: number;
  /** How many of the first findings are held as objects. */
  objectRows?: number;
  /**
   * The spill file, opened by the caller (`openSpillFile`) and closed by it, never by the spool:
   * a worker thread's own descriptors are closed when it ends, so a spool handed from a worker
   * spills into a file its calling thread holds.
   */
  spillFile?: SpillFile;
}

/** A spill file: open for reading and writing, removed already where the system allows. */
export interface SpillFile {
  fd: number;
  /** Where it could not be removed while open (Windows): removed when it is closed. */
  path: string | undefined;
}

/** A new, empty spill file in `dir`, removed as soon as it is open where the system allows. */
export function openSpillFile(dir: string): SpillFile {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `ci-intel-findings-${randomId()}.spool`);
  const fd = openSync(path, 'wx+', 0o600);
  try {
    unlinkSync(path);
    return { fd, path: undefined };
  } catch {
    return { fd, path };
  }
}

/** Close a spill file and remove it if it is still there. */
export function closeSpillFile(file: SpillFile): void {
  closeSync(file.fd);
  if (file.path) {
    try {
      unlinkSync(file.path);
    } catch {
      // Gone already.
    }
  }
}

/** ASCII text is stored a byte a character (read back as latin1); the rest as UTF-16. */
function isAscii(s: string): boolean {
  return Buffer.byteLength(s, 'utf8') === s.length;
}

function byteLength(s: string, ascii: boolean): number {
  return ascii ? s.length : s.length * 2;
}

/** What `FindingsSpool.handOff` gives another thread (structured-cloneable). */
export interface SpoolHandoff {
  count: number;
  rows: Int32Array<ArrayBuffer>;
  /** The rows in the order the receiver reads them. */
  order: Uint32Array<ArrayBuffer>;
  files: string[];
  rules: string[];
  /** The help text of each help key. */
  helps: string[];
  /** Rows kept as given, their help decided. */
  kept: [number, Finding][];
  /** The chunks in memory (null: in the spill file). */
  chunks: (ArrayBuffer | null)[];
  /** Whether chunks were spilled (into the spill file the caller gave, `spillFile`). */
  spilled: boolean;
}

export class FindingsSpool {
  private rows = new Int32Array(WIDTH * 1024);
  private count = 0;
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly rules: string[] = [];
  private readonly ruleIndex = new Map<string, number>();
  private readonly helpKeys: string[] = [];
  private readonly helpKeyIndex = new Map<string, number>();
  /** Rows kept as given (see KEPT), by row, with their help key. */
  private readonly kept = new Map<number, { f: Finding; helpKey?: string }>();
  /** Chunk buffers in memory (undefined: spilled). */
  private readonly chunks: (Buffer | undefined)[] = [];
  private used = 0;
  private resident = 0;
  private fd: number | undefined;
  private spillPath: string | undefined;
  /** The spill file, when the caller gave it (and closes it). */
  private readonly given: SpillFile | undefined;
  private cache: { chunk: number; buf: Buffer } | undefined;
  private lastMiss = -1;
  private readonly dir: string;
  private readonly residentChunks: number;
  private readonly objectRows: number;
  /** Chunks written to the spill file. */
  spilledChunks = 0;

  constructor(options: SpoolOptions = {}) {
    this.dir = options.dir ?? tmpdir();
    this.residentChunks = Math.max(1, options.residentChunks ?? DEFAULT_RESIDENT_CHUNKS);
    this.objectRows = Math.max(0, options.objectRows ?? DEFAULT_OBJECT_ROWS);
    this.given = options.spillFile;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Add `f`; `helpKey`, when given, names a help text the caller decides at the end (`helps`
   * of `findings()` / `table()`) and `f.help` is not stored. Returns the finding's row.
   */
  add(f: Finding, helpKey?: string): number {
    const row = this.count++;
    if (this.rows.length < this.count * WIDTH) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.write(row, f, helpKey);
    return row;
  }

  /** Replace the finding of `row` (a fix changed its severity and message). */
  replace(row: number, f: Finding): void {
    if (row < 0 || row >= this.count) throw new RangeError(`no finding ${row} in the spool`);
    const key = this.rows[row * WIDTH + HELP]!;
    const helpKey =
      key === KEPT ? this.kept.get(row)!.helpKey : key >= 0 ? this.helpKeys[key] : undefined;
    this.kept.delete(row);
    this.write(row, f, helpKey);
  }

  /** The finding of `row`, its help decided by `helps` where it has a help key. */
  get(row: number, helps?: (key: string) => string): Finding {
    const at = row * WIDTH;
    const r = this.rows;
    if (r[at + HELP] === KEPT) {
      const { f, helpKey } = this.kept.get(row)!;
      return helpKey === undefined ? f : { ...f, help: helps ? helps(helpKey) : helpKey };
    }
    const f: Finding = {
      rule: this.rules[r[at + RULE]!]!,
      severity: SEVERITIES[r[at + SEVERITY]!]!,
      message: ''
    };
    const m = r[at + MESSAGE_BYTES]!;
    const mLen = m & ~ASCII_FLAG;
    const h = r[at + HELP_BYTES]!;
    const hLen = h & ~ASCII_FLAG;
    const place = this.bytes(r[at + CHUNK]!, r[at + OFFSET]!, mLen + hLen);
    const buf = place.buf;
    let offset = place.offset;
    f.message = buf.toString(m & ASCII_FLAG ? 'latin1' : 'utf16le', offset, offset + mLen);
    offset += mLen;
    const help = r[at + HELP]!;
    if (help === HELP_IN_CHUNK) {
      f.help = buf.toString(h & ASCII_FLAG ? 'latin1' : 'utf16le', offset, offset + hLen);
    } else if (help >= 0) {
      const key = this.helpKeys[help]!;
      f.help = helps ? helps(key) : key;
    }
    if (r[at + FILE] !== -1) f.file = this.files[r[at + FILE]!];
    if (r[at + LINE] !== -1) f.line = r[at + LINE];
    if (r[at + COLUMN] !== -1) f.column = r[at + COLUMN];
    return f;
  }

  /**
   * Counts by severity and, for findings that are not notes, by rule (the rules in the order
   * they first occur in `order`, default: as added).
   */
  counts(order?: ArrayLike<number>): SpoolCounts {
    const out: SpoolCounts = { bySeverity: { error: 0, warning: 0, note: 0 }, byRule: new Map() };
    const n = order ? order.length : this.count;
    for (let i = 0; i < n; i++) {
      const row = order ? order[i]! : i;
      const at = row * WIDTH;
      let rule: string;
      let severity: Severity;
      if (this.rows[at + HELP] === KEPT) {
        const { f } = this.kept.get(row)!;
        rule = f.rule;
        severity = f.severity;
      } else {
        rule = this.rules[this.rows[at + RULE]!]!;
        severity = SEVERITIES[this.rows[at + SEVERITY]!]!;
      }
      out.bySeverity[severity] = (out.bySeverity[severity] ?? 0) + 1;
      if (severity !== 'note') out.byRule.set(rule, (out.byRule.get(rule) ?? 0) + 1);
    }
    return out;
  }

  /**
   * Rows in the order of file, line, column, rule, message (files, rules and messages by
   * `localeCompare`, absent file as '', absent line or column as 0), ties in the order added.
   */
  sortedRows(): Uint32Array<ArrayBuffer> {
    const n = this.count;
    const keptFiles: string[] = [];
    const keptRules: string[] = [];
    for (const { f } of this.kept.values()) {
      keptFiles.push(f.file ?? '');
      keptRules.push(f.rule);
    }
    const fileRank = rankMap([...this.files, '', ...keptFiles]);
    const ruleRank = rankMap([...this.rules, ...keptRules]);
    const files = this.files.map((f) => fileRank.get(f)!);
    const rules = this.rules.map((r) => ruleRank.get(r)!);
    const noFile = fileRank.get('')!;
    // Sort keys as columns: file rank, line, column, rule rank.
    // (Float64: a kept finding may have a fractional or negative line.)
    const keys = new Float64Array(n * 4);
    for (let row = 0; row < n; row++) {
      const at = row * WIDTH;
      const k = row * 4;
      const kept = this.kept.get(row);
      if (kept) {
        keys[k] = fileRank.get(kept.f.file ?? '')!;
        keys[k + 1] = kept.f.line ?? 0;
        keys[k + 2] = kept.f.column ?? 0;
        keys[k + 3] = ruleRank.get(kept.f.rule)!;
        continue;
      }
      const file = this.rows[at + FILE]!;
      keys[k] = file === -1 ? noFile : files[file]!;
      keys[k + 1] = Math.max(0, this.rows[at + LINE]!);
      keys[k + 2] = Math.max(0, this.rows[at + COLUMN]!);
      keys[k + 3] = rules[this.rows[at + RULE]!]!;
    }
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const sameKeys = (a: number, b: number) => {
      const ka = a * 4;
      const kb = b * 4;
      return (
        keys[ka]! - keys[kb]! ||
        keys[ka + 1]! - keys[kb + 1]! ||
        keys[ka + 2]! - keys[kb + 2]! ||
        keys[ka + 3]! - keys[kb + 3]!
      );
    };
    order.sort((a, b) => sameKeys(a, b) || a - b);
    // Findings at the same place under the same rule: by message, read once per run of them.
    for (let start = 0; start < n;) {
      let end = start + 1;
      while (end < n && !sameKeys(order[start]!, order[end]!)) end++;
      if (end - start > 1) {
        const run = Array.from(order.subarray(start, end), (row) => ({
          row,
          message: this.get(row).message
        }));
        run.sort((a, b) => a.message.localeCompare(b.message) || a.row - b.row);
        run.forEach((x, i) => (order[start + i] = x.row));
      }
      start = end;
    }
    return order;
  }

  /**
   * Every finding in `order`, as `findings()` gives them, for the caller to report. From
   * LAZY_MIN_FINDINGS on, a lazy list that reads each one from the spool when asked: the spool
   * stays open until the list is collected or the process ends. Below, the findings are made now
   * and the spool is closed. `release` runs once the spool is closed (the caller's spill file).
   */
  list(order: Uint32Array, helps?: (key: string) => string, release?: () => void): Finding[] {
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      openForLists.delete(close);
      try {
        this.close();
      } finally {
        release?.();
      }
    };
    if (order.length < LAZY_MIN_FINDINGS) {
      try {
        return this.findings(order, helps);
      } finally {
        close();
      }
    }
    const list = lazyFindings({ length: order.length, at: (i) => this.get(order[i]!, helps) });
    openForLists.add(close);
    closeWhenCollected.register(list, close);
    if (!closesAtExit) {
      closesAtExit = true;
      process.once('exit', () => {
        for (const c of [...openForLists]) c();
      });
    }
    return list;
  }

  /** Every finding, in `order` (default: as added). */
  findings(order?: ArrayLike<number>, helps?: (key: string) => string): Finding[] {
    const n = order ? order.length : this.count;
    const out: Finding[] = new Array<Finding>(n);
    const shared = new Map<string, string>();
    for (let i = 0; i < n; i++) {
      const row = order ? order[i]! : i;
      const f = this.get(row, helps);
      // A help repeats across findings: one copy of each.
      if (f.help !== undefined && !this.kept.has(row)) {
        const own = shared.get(f.help);
        if (own === undefined) shared.set(f.help, f.help);
        else f.help = own;
      }
      out[i] = f;
    }
    return out;
  }

  /**
   * Everything the spool holds, for another thread of this process to read (`received`): the
   * rows, the order and the chunks in memory are moved (their buffers go in `transfer`, for
   * `postMessage`), the spilled chunks stay in the spill file the caller gave (`spillFile`:
   * threads share the process's descriptors, and the receiver reads the same one), and each help
   * key is decided here by `helps`. No finding is made as an object or a string on this side,
   * and this spool is left empty.
   */
  handOff(
    order: Uint32Array<ArrayBuffer>,
    helps?: (key: string) => string
  ): { handoff: SpoolHandoff; transfer: ArrayBuffer[] } {
    if (this.fd !== undefined && this.fd !== this.given?.fd) {
      // Its own file would be closed with this thread (a worker's descriptors are).
      throw new Error('a findings spool that spilled into a file of its own cannot be handed off');
    }
    const rows =
      this.rows.length === this.count * WIDTH ? this.rows : this.rows.slice(0, this.count * WIDTH);
    const chunks: (ArrayBuffer | null)[] = [];
    const transfer: ArrayBuffer[] = [rows.buffer as ArrayBuffer];
    for (const buf of this.chunks) {
      if (!buf) {
        chunks.push(null);
        continue;
      }
      // A chunk is its own 1 MiB allocation (never the shared pool): moved as it is.
      const own =
        buf.byteOffset === 0 && buf.buffer.byteLength === buf.length
          ? (buf.buffer as ArrayBuffer)
          : (Uint8Array.prototype.slice.call(buf).buffer as ArrayBuffer);
      chunks.push(own);
      transfer.push(own);
    }
    if (order.byteOffset === 0 && order.buffer.byteLength === order.byteLength)
      transfer.push(order.buffer as ArrayBuffer);
    const handoff: SpoolHandoff = {
      count: this.count,
      rows,
      order,
      files: this.files,
      rules: this.rules,
      helps: this.helpKeys.map((k) => (helps ? helps(k) : k)),
      kept: [...this.kept].map(([row, { f, helpKey }]) => [
        row,
        helpKey === undefined ? f : { ...f, help: helps ? helps(helpKey) : helpKey }
      ]),
      chunks,
      spilled: this.fd !== undefined
    };
    this.close();
    this.rows = new Int32Array(WIDTH);
    this.count = 0;
    this.kept.clear();
    return { handoff, transfer };
  }

  /**
   * The spool another thread handed off (`handOff`), read here; `spillFile` is the file that
   * thread's spool was given (still this caller's to close).
   */
  static received(h: SpoolHandoff, spillFile?: SpillFile): FindingsSpool {
    if (h.rows.length !== h.count * WIDTH || h.order.length > h.count) {
      throw new Error('the findings handed over do not match their count');
    }
    if (h.spilled && !spillFile) {
      throw new Error('the findings handed over were spilled, and no spill file was given');
    }
    const spool = new FindingsSpool({ spillFile });
    spool.rows = h.rows;
    spool.count = h.count;
    for (const f of h.files) spool.intern(f, spool.files, spool.fileIndex);
    for (const r of h.rules) spool.intern(r, spool.rules, spool.ruleIndex);
    // The help keys were decided by the sender: each is its text now.
    spool.helpKeys.push(...h.helps);
    for (const [row, f] of h.kept) spool.kept.set(row, { f });
    for (const c of h.chunks) spool.chunks.push(c ? Buffer.from(c) : undefined);
    spool.resident = h.chunks.filter(Boolean).length;
    spool.used = CHUNK_BYTES;
    if (h.spilled) spool.fd = spillFile!.fd;
    return spool;
  }

  /** Close and remove the spill file. The spool cannot be read afterwards. */
  close(): void {
    if (this.fd !== undefined) {
      if (this.fd !== this.given?.fd) closeSync(this.fd);
      this.fd = undefined;
    }
    if (this.spillPath) {
      try {
        unlinkSync(this.spillPath);
      } catch {
        // Unlinked when it was opened.
      }
      this.spillPath = undefined;
    }
    this.chunks.length = 0;
    this.cache = undefined;
  }

  private write(row: number, f: Finding, helpKey: string | undefined): void {
    const at = row * WIDTH;
    const r = this.rows;
    if (row < this.objectRows || !this.fits(f, helpKey)) {
      r[at + HELP] = KEPT;
      this.kept.set(row, { f, helpKey });
      return;
    }
    const mAscii = isAscii(f.message);
    const mBytes = byteLength(f.message, mAscii);
    let hAscii = true;
    let hBytes = 0;
    if (helpKey !== undefined)
      r[at + HELP] = this.intern(helpKey, this.helpKeys, this.helpKeyIndex);
    else if (f.help === undefined) r[at + HELP] = NO_HELP;
    else {
      r[at + HELP] = HELP_IN_CHUNK;
      hAscii = isAscii(f.help);
      hBytes = byteLength(f.help, hAscii);
    }
    const { chunk, offset } = this.reserve(mBytes + hBytes);
    const buf = this.chunks[chunk]!;
    buf.write(f.message, offset, mBytes, mAscii ? 'latin1' : 'utf16le');
    if (hBytes) buf.write(f.help!, offset + mBytes, hBytes, hAscii ? 'latin1' : 'utf16le');
    r[at + FILE] = f.file === undefined ? -1 : this.intern(f.file, this.files, this.fileIndex);
    r[at + LINE] = f.line ?? -1;
    r[at + COLUMN] = f.column ?? -1;
    r[at + RULE] = this.intern(f.rule, this.rules, this.ruleIndex);
    r[at + SEVERITY] = SEVERITIES.indexOf(f.severity);
    r[at + CHUNK] = chunk;
    r[at + OFFSET] = offset;
    r[at + MESSAGE_BYTES] = mBytes | (mAscii ? ASCII_FLAG : 0);
    r[at + HELP_BYTES] = hBytes | (hAscii ? ASCII_FLAG : 0);
  }

  /** Whether the columns carry `f` exactly. */
  private fits(f: Finding, helpKey: string | undefined): boolean {
    for (const k in f) if (!KNOWN.has(k)) return false;
    const count = (n: unknown) =>
      n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 2 ** 31);
    const text = (s: unknown, optional: boolean) =>
      (optional && s === undefined) || (typeof s === 'string' && s.length * 2 <= MAX_TEXT_BYTES);
    return (
      count(f.line) &&
      count(f.column) &&
      SEVERITIES.includes(f.severity) &&
      typeof f.rule === 'string' &&
      text(f.message, false) &&
      (helpKey !== undefined || text(f.help, true)) &&
      (f.file === undefined || typeof f.file === 'string')
    );
  }

  private intern(s: string, list: string[], index: Map<string, number>): number {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = list.push(s) - 1));
    return i;
  }

  private reserve(bytes: number): { chunk: number; offset: number } {
    if (this.chunks.length === 0 || this.used + bytes > CHUNK_BYTES) {
      // Past the budget the oldest chunk is written out and its memory is the new chunk.
      const buf =
        this.resident >= this.residentChunks ? this.spillOldest() : Buffer.allocUnsafe(CHUNK_BYTES);
      this.resident++;
      this.chunks.push(buf);
      this.used = 0;
    }
    const offset = this.used;
    this.used += bytes;
    return { chunk: this.chunks.length - 1, offset };
  }

  /** Write the oldest chunk still in memory (a full one) to the spill file; give its buffer. */
  private spillOldest(): Buffer {
    const c = this.chunks.findIndex((b) => b !== undefined);
    const buf = this.chunks[c]!;
    if (this.fd === undefined) {
      if (this.given) this.fd = this.given.fd;
      else ({ fd: this.fd, path: this.spillPath } = openSpillFile(this.dir));
    }
    for (let off = 0; off < CHUNK_BYTES;)
      off += writeSync(this.fd, buf, off, CHUNK_BYTES - off, c * CHUNK_BYTES + off);
    this.chunks[c] = undefined;
    this.resident--;
    this.spilledChunks++;
    return buf;
  }

  /**
   * Where `length` bytes at `offset` of chunk `c` can be read. A spilled chunk is read whole once
   * two reads in a row fall into it (findings read in about the order they were added); a read
   * that jumps takes only its own bytes.
   */
  private bytes(c: number, offset: number, length: number): { buf: Buffer; offset: number } {
    const inMemory = this.chunks[c];
    if (inMemory) return { buf: inMemory, offset };
    if (this.cache?.chunk === c) return { buf: this.cache.buf, offset };
    if (this.fd === undefined) throw new Error('the findings spool is closed');
    if (this.lastMiss === c) {
      const buf = this.cache?.buf ?? Buffer.allocUnsafe(CHUNK_BYTES);
      this.readAt(buf, CHUNK_BYTES, c * CHUNK_BYTES);
      this.cache = { chunk: c, buf };
      return { buf, offset };
    }
    this.lastMiss = c;
    const buf = Buffer.allocUnsafe(length);
    this.readAt(buf, length, c * CHUNK_BYTES + offset);
    return { buf, offset: 0 };
  }

  private readAt(buf: Buffer, length: number, position: number): void {
    for (let off = 0; off < length;) {
      const n = readSync(this.fd!, buf, off, length - off, position + off);
      if (n === 0) throw new Error('the findings spool file ends before its last chunk');
      off += n;
    }
  }
}

/**
 * Each string's rank under `localeCompare` (strings it holds equal share a rank). The first
 * `localeCompare` of a process loads ICU's collation data (about 8 ms, an eighth of a small
 * gate's run), so a list that needs no comparison makes none: one distinct string, or the empty
 * string and one other holding an ASCII letter or digit (never ignorable, so the empty string
 * sorts first: the usual run of one workflow file, whose findings without a file rank first).
 */
function rankMap(list: readonly string[]): Map<string, number> {
  const set = new Set(list);
  if (set.size === 2 && set.has('')) {
    const other = [...set].find((s) => s !== '')!;
    if (/[A-Za-z0-9]/.test(other))
      return new Map([
        ['', 0],
        [other, 1]
      ]);
  }
  const distinct = [...set].sort((a, b) => a.localeCompare(b));
  const out = new Map<string, number>();
  let rank = 0;
  distinct.forEach((s, i) => {
    if (i > 0 && distinct[i - 1]!.localeCompare(s) !== 0) rank++;
    out.set(s, rank);
  });
  return out;
}
