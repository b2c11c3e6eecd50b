/**
 * `/proc/<pid>/environ` as entries: NUL-separated `NAME=value` strings, read as bytes. Text that
 * is not UTF-8 (binary junk) is kept byte for byte (latin1) so a credential inside it is still
 * found; an entry without `=` is kept as a value with no name.
 */
import { isAscii } from 'node:buffer';

export interface EnvEntry {
  name: string;
  value: string;
}

export interface ParsedEnviron {
  entries: EnvEntry[];
  /** Entries that were not UTF-8. */
  binary: number;
  /** Entries without `=`. */
  malformed: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): { text: string; binary: boolean } {
  if (isAscii(bytes)) return { text: bytes.toString('latin1'), binary: false };
  try {
    return { text: utf8.decode(bytes), binary: false };
  } catch {
    return { text: bytes.toString('latin1'), binary: true };
  }
}

function push(out: ParsedEnviron, text: string): void {
  const eq = text.indexOf('=');
  if (eq <= 0) {
    out.malformed++;
    out.entries.push({ name: '', value: eq === 0 ? text.slice(1) : text });
  } else out.entries.push({ name: text.slice(0, eq), value: text.slice(eq + 1) });
}

export function parseEnviron(buf: Buffer): ParsedEnviron {
  const out: ParsedEnviron = { entries: [], binary: 0, malformed: 0 };
  if (isAscii(buf)) {
    // The common case: one decode for the whole environment.
    for (const text of buf.toString('latin1').split('\u0000')) if (text) push(out, text);
    return out;
  }
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(0, start);
    if (end < 0) end = buf.length;
    if (end > start) {
      const { text, binary } = decode(buf.subarray(start, end));
      if (binary) out.binary++;
      push(out, text);
    }
    start = end + 1;
  }
  return out;
}

/** The entries of a live environment (process.env). */
export function entriesOf(env: Readonly<Record<string, string | undefined>>): EnvEntry[] {
  const out: EnvEntry[] = [];
  for (const [name, value] of Object.entries(env))
    if (value !== undefined) out.push({ name, value });
  return out;
}
