/**
 * A fast reader for the common entries-file line: the canonical form serializeEntry writes, with
 * ASCII strings that need no escape. It reads the bytes once, field by field, and returns the
 * entry only when the line is exactly the canonical serialization of a valid entry — the same
 * entry JSON.parse and parseEntryObject would give, for a line that would pass the canonical
 * check. Anything else (an escape, a non-ASCII byte, another order, a bad value) returns
 * undefined and the caller reads the line the slow, general way, which accepts it or refuses it
 * with its precise message. So the fast path never accepts what the strict one refuses.
 */
import { isSafeRelativePath, type ManifestEntry } from '../hashing/manifest.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** `"name":` as bytes, with the separator before it (`{` or `,`). */
const key = (sep: string, name: string): Buffer => Buffer.from(`${sep}"${name}":`, 'latin1');
const ROOT = key('{', 'root');
const PATH = key(',', 'path');
const TYPE = key(',', 'type');
const SIZE = key(',', 'size');
const MODE = key(',', 'mode');
const BLAKE3 = key(',', 'blake3');
const TARGET = key(',', 'target');

/** A cursor over one line; every reader returns -1 (the line is not in the fast form). */
class Cursor {
  at = 0;
  constructor(readonly b: Buffer) {}

  literal(lit: Buffer): boolean {
    const { b } = this;
    const n = lit.length;
    if (this.at + n > b.length) return false;
    for (let i = 0; i < n; i++) if (b[this.at + i] !== lit[i]) return false;
    this.at += n;
    return true;
  }

  /** A JSON integer as JSON.stringify writes one: no sign, no leading zero, a safe integer. */
  integer(): number {
    const { b } = this;
    const start = this.at;
    let v = 0;
    while (this.at < b.length) {
      const c = b[this.at];
      if (c < 0x30 || c > 0x39) break;
      v = v * 10 + (c - 0x30);
      this.at++;
    }
    const digits = this.at - start;
    if (digits === 0 || digits > 16 || (digits > 1 && b[start] === 0x30)) return -1;
    return v > Number.MAX_SAFE_INTEGER ? -1 : v;
  }

  /** A quoted string of printable ASCII with nothing JSON.stringify would escape. */
  string(): string | undefined {
    const { b } = this;
    if (b[this.at] !== QUOTE) return undefined;
    const start = ++this.at;
    while (this.at < b.length) {
      const c = b[this.at];
      if (c === QUOTE) {
        const s = b.toString('latin1', start, this.at);
        this.at++;
        return s;
      }
      if (c < 0x20 || c >= 0x80 || c === BACKSLASH) return undefined;
      this.at++;
    }
    return undefined;
  }

  /** `"` + 64 lower-case hex digits + `"`. */
  hex64(): string | undefined {
    const { b } = this;
    if (this.at + 66 > b.length || b[this.at] !== QUOTE || b[this.at + 65] !== QUOTE)
      return undefined;
    for (let i = this.at + 1; i <= this.at + 64; i++) {
      const c = b[i];
      if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return undefined;
    }
    const s = b.toString('latin1', this.at + 1, this.at + 65);
    this.at += 66;
    return s;
  }
}

/**
 * The entry `line` (without its newline) holds when it is in the fast canonical form and valid
 * for `rootCount` roots; undefined otherwise (then read it with JSON.parse and parseEntryObject).
 */
export function parseCanonicalEntry(line: Buffer, rootCount: number): ManifestEntry | undefined {
  const c = new Cursor(line);
  if (!c.literal(ROOT)) return undefined;
  const root = c.integer();
  if (root < 0 || root >= rootCount || !c.literal(PATH)) return undefined;
  const path = c.string();
  if (path === undefined || !isSafeRelativePath(path) || !c.literal(TYPE)) return undefined;
  const type = c.string();
  if (type !== 'file' && type !== 'dir' && type !== 'symlink') return undefined;
  if (!c.literal(SIZE)) return undefined;
  const size = c.integer();
  if (size < 0 || (size !== 0 && type !== 'file') || !c.literal(MODE)) return undefined;
  const mode = c.integer();
  if (mode < 0 || mode > 0o777) return undefined;
  // The same shape as parseEntryObject's entries.
  const entry: ManifestEntry = { root, path, type, size, mode };
  if (type === 'file') {
    if (!c.literal(BLAKE3)) return undefined;
    const digest = c.hex64();
    if (digest === undefined) return undefined;
    entry.blake3 = digest;
  } else if (type === 'symlink') {
    if (!c.literal(TARGET)) return undefined;
    const target = c.string();
    if (target === undefined) return undefined;
    entry.target = target;
  }
  return c.at === line.length - 1 && line[c.at] === 0x7d ? entry : undefined;
}
