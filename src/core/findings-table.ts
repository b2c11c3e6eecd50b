/**
 * Findings as a string table and one integer column, for handing them across a thread: a
 * structured clone of 100,000 finding objects would copy every message into its own flat string,
 * where a table keeps each distinct string once (a rule's help, a file's path, a repeated
 * message) and the objects rebuilt from it share them.
 */
import type { Finding, Severity } from './result.js';

export interface FindingsTable {
  strings: string[];
  /** Per finding, FIELDS.length entries: a string index (-1: absent) or a number (-1: absent). */
  cells: Int32Array;
}

const STRING_FIELDS = ['rule', 'severity', 'message', 'help', 'file'] as const;
const NUMBER_FIELDS = ['line', 'column'] as const;
const WIDTH = STRING_FIELDS.length + NUMBER_FIELDS.length;
const KNOWN = new Set<string>([...STRING_FIELDS, ...NUMBER_FIELDS]);

/** Thrown for a finding the table cannot carry as it is (an extra field, a fractional line). */
export class FindingsTableError extends Error {
  override name = 'FindingsTableError';
}

/** A table made a finding at a time (a spool hands them out one by one). */
export class FindingsTableBuilder {
  private readonly index = new Map<string, number>();
  private readonly strings: string[] = [];
  private cells: Int32Array;
  private count = 0;

  constructor(expected = 0) {
    this.cells = new Int32Array(Math.max(1, expected) * WIDTH);
  }

  add(f: Finding): void {
    for (const k of Object.keys(f)) {
      if (!KNOWN.has(k)) throw new FindingsTableError(`a finding of ${f.rule} has a field '${k}'`);
    }
    if (this.cells.length < (this.count + 1) * WIDTH) {
      const grown = new Int32Array(this.cells.length * 2);
      grown.set(this.cells);
      this.cells = grown;
    }
    let at = this.count++ * WIDTH;
    for (const k of STRING_FIELDS) {
      const v = f[k];
      if (v !== undefined && typeof v !== 'string') {
        throw new FindingsTableError(`a finding of ${f.rule} has a non-string ${k}`);
      }
      this.cells[at++] = v === undefined ? -1 : this.ref(v);
    }
    for (const k of NUMBER_FIELDS) {
      const v = f[k];
      if (v !== undefined && !(Number.isInteger(v) && v >= 0 && v <= 0x7fffffff)) {
        throw new FindingsTableError(`a finding of ${f.rule} has ${k} ${String(v)}`);
      }
      this.cells[at++] = v === undefined ? -1 : v;
    }
  }

  table(): FindingsTable {
    const used = this.count * WIDTH;
    return {
      strings: this.strings,
      cells: used === this.cells.length ? this.cells : this.cells.slice(0, used)
    };
  }

  private ref(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.index.set(s, i);
    }
    return i;
  }
}

export function packFindings(findings: readonly Finding[]): FindingsTable {
  const builder = new FindingsTableBuilder(findings.length);
  for (const f of findings) builder.add(f);
  return builder.table();
}

/** The findings `packFindings` was given: same fields, same order, absent fields left out. */
export function unpackFindings(table: FindingsTable): Finding[] {
  const { strings, cells } = table;
  if (cells.length % WIDTH !== 0) throw new FindingsTableError('a findings table of odd length');
  const str = (i: number): string | undefined => {
    if (i === -1) return undefined;
    const s = strings[i];
    if (s === undefined) throw new FindingsTableError(`a findings table names string ${i}`);
    return s;
  };
  const out: Finding[] = [];
  for (let at = 0; at < cells.length; at += WIDTH) {
    const rule = str(cells[at]!);
    const severity = str(cells[at + 1]!) as Severity | undefined;
    const message = str(cells[at + 2]!);
    if (rule === undefined || severity === undefined || message === undefined) {
      throw new FindingsTableError('a findings table row without rule, severity or message');
    }
    const f: Finding = { rule, severity, message };
    const help = str(cells[at + 3]!);
    const file = str(cells[at + 4]!);
    if (help !== undefined) f.help = help;
    if (file !== undefined) f.file = file;
    if (cells[at + 5] !== -1) f.line = cells[at + 5];
    if (cells[at + 6] !== -1) f.column = cells[at + 6];
    out.push(f);
  }
  return out;
}
