/**
 * Differential comparison of the fast reader's tree with the yaml library's (shared by the tests
 * and bench/_yaml-parse.mjs): node kinds, values, sources, scalar types, formats, flow flags,
 * ranges and line/column positions, key order.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { DOC_OPTIONS, fastParse, LineTable } from '../../src/workflows/yaml-fast.js';
import '../helpers/yaml-library.js';

export interface DiffResult {
  fast: boolean;
  giveUp?: string;
  /** Offset of the value where it gave up. */
  at?: number;
  /** First difference found, as a path and what differs; undefined when equal. */
  diff?: string;
  /** range[2] differences (the end including trailing comments: no rule reads it). */
  tailDiffs: number;
  /** Where the first range[2] differences are. */
  tails?: string[];
}

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b);
}

export function compareTrees(text: string): DiffResult {
  const f = fastParse(text);
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { ...DOC_OPTIONS, lineCounter: lc });
  if ('none' in f) {
    const n = Array.isArray(docs) ? docs.length : -1;
    return { fast: true, diff: n === 0 ? undefined : `library found ${n} documents`, tailDiffs: 0, tails: [] };
  }
  if (!('doc' in f)) return { fast: false, giveUp: f.giveUp, at: f.at, tailDiffs: 0 };
  const lib = (Array.isArray(docs) ? docs : []) as Document.Parsed[];
  if (lib.length !== 1) return { fast: true, diff: `library found ${lib.length} documents`, tailDiffs: 0 };
  if (lib[0].errors.length) {
    return { fast: true, diff: `library error: ${lib[0].errors[0].message.split('\n')[0]}`, tailDiffs: 0 };
  }
  const lt = new LineTable(text);
  let tailDiffs = 0;
  const tails: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): string | undefined => {
    if (
      isScalar(a) !== isScalar(b) ||
      isMap(a) !== isMap(b) ||
      isSeq(a) !== isSeq(b) ||
      isAlias(a) !== isAlias(b)
    ) {
      return `${path}: kind ${kind(a)} vs ${kind(b)}`;
    }
    if ((a as { anchor?: string }).anchor !== (b as { anchor?: string }).anchor) {
      return `${path}: anchor`;
    }
    const ra = (a as { range?: number[] }).range;
    const rb = (b as { range?: number[] }).range;
    if (!ra || !rb) return `${path}: missing range`;
    if (ra[0] !== rb[0] || ra[1] !== rb[1]) return `${path}: range ${ra} vs ${rb}`;
    if (ra[2] !== rb[2]) {
      tailDiffs++;
      if (tails.length < 3) tails.push(`${path}: ${ra[2]} vs ${rb[2]}`);
    }
    for (const o of [ra[0], ra[1]]) {
      const pa = lt.linePos(o);
      const pb = lc.linePos(o);
      if (pa.line !== pb.line || pa.col !== pb.col) return `${path}: position of ${o}`;
    }
    if (isScalar(a) && isScalar(b)) {
      if (!same(a.value, b.value)) return `${path}: value ${String(a.value)} vs ${String(b.value)}`;
      if (typeof a.value !== typeof b.value) return `${path}: value type`;
      if (a.source !== b.source) return `${path}: source ${a.source} vs ${b.source}`;
      if (a.type !== b.type) return `${path}: type ${a.type} vs ${b.type}`;
      if (a.format !== b.format) return `${path}: format`;
      if (a.tag !== b.tag) return `${path}: tag`;
      if (a.anchor !== b.anchor) return `${path}: anchor`;
      if ((a as { minFractionDigits?: number }).minFractionDigits !== (b as { minFractionDigits?: number }).minFractionDigits) {
        return `${path}: minFractionDigits`;
      }
      return undefined;
    }
    if (isMap(a) && isMap(b)) {
      if (Boolean(a.flow) !== Boolean(b.flow)) return `${path}: flow`;
      if (a.items.length !== b.items.length) return `${path}: ${a.items.length} vs ${b.items.length} entries`;
      for (let i = 0; i < a.items.length; i++) {
        const pa = a.items[i];
        const pb = b.items[i];
        if (!isPair(pa) || !isPair(pb)) return `${path}[${i}]: not a pair`;
        const k = walk(pa.key, pb.key, `${path}.{${i}}`);
        if (k) return k;
        const v = walk(pa.value, pb.value, `${path}.${String((pb.key as { value?: unknown }).value)}`);
        if (v) return v;
      }
      return undefined;
    }
    if (isAlias(a) && isAlias(b)) {
      return a.source === b.source ? undefined : `${path}: alias *${a.source} vs *${b.source}`;
    }
    if (isSeq(a) && isSeq(b)) {
      if (Boolean(a.flow) !== Boolean(b.flow)) return `${path}: flow`;
      if (a.items.length !== b.items.length) return `${path}: ${a.items.length} vs ${b.items.length} items`;
      for (let i = 0; i < a.items.length; i++) {
        const d = walk(a.items[i], b.items[i], `${path}[${i}]`);
        if (d) return d;
      }
      return undefined;
    }
    return `${path}: unexpected node ${kind(a)}`;
  };
  const diff =
    (f.doc.directives.docStart ?? false) !== (lib[0].directives.docStart ?? false)
      ? 'docStart'
      : walk(f.doc.contents, lib[0].contents, '$');
  return { fast: true, diff, tailDiffs, tails };
}

function kind(n: unknown): string {
  if (isScalar(n)) return 'scalar';
  if (isMap(n)) return 'map';
  if (isSeq(n)) return 'seq';
  if (isAlias(n)) return 'alias';
  return n === null ? 'null' : typeof n;
}
