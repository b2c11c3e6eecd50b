/**
 * A fast, exact reader for the subset of YAML that real workflow files use, building the same
 * node objects (the yaml library's own `Scalar`, `YAMLMap`, `YAMLSeq`, `Pair` classes) with the
 * same values, sources, scalar types and ranges as `parseAllDocuments` does under our options.
 *
 * Subset: one document (an optional leading `---`), a block mapping or block sequence at column
 * 0, nested block mappings and sequences (compact `- key: v` and `- - x` forms too), single-line
 * plain, single- and double-quoted scalars, literal and folded block scalars (auto-detected
 * indentation, any chomping), flow sequences and mappings of scalars (over several lines too,
 * broken after a bracket or comma, each line indented past the block), comments and blank lines.
 * Scalars resolve through the library's own YAML 1.2 core-schema tags, so `on` stays a string
 * and `010`, `0x1F`, `.inf`, `1e3` are what the library makes of them.
 *
 * Anchors and aliases in their plain forms are read too: `&name` before a value on its line
 * (a scalar) or alone before a block collection on the lines below, and `*name` as a whole value,
 * for a name of letters, digits, `_`, `-` and `.` anchored before the alias and only once.
 *
 * Anything else — other anchors and aliases, tags, directives, `? ` keys, several documents,
 * tabs, CR, BOM, control characters, multi-line flow scalars, comments or blank lines inside flow
 * collections, explicit block indentation indicators, odd indentation, a comment whose placement
 * would change a range in a way not modelled here — makes it give up (`undefined` plus the
 * reason), and the caller runs the library instead, so errors and positions stay the library's.
 */
import type { Node } from 'yaml';
import { fastNodes } from './yaml-fast-nodes.js';
import { Alias, Document, Scalar, type YAMLMap, type YAMLSeq } from './yaml-nodes.js';

/** Why the fast reader gave up on a text (for the differential tests and the bench). */
export class FastGiveUp extends Error {
  constructor(readonly construct: string) {
    super(construct);
  }
}

type Range = [number, number, number];

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (value: string, onError: (msg: string) => void, options: object) => unknown;
}

export const DOC_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: false,
  merge: false,
  prettyErrors: true,
  strict: true
} as const;

const probe = new Document(undefined, DOC_OPTIONS);
const SCHEMA = probe.schema;
/** The core schema's implicit scalar tags, in the library's own order of trial. */
const IMPLICIT_TAGS = (SCHEMA.tags as unknown as ScalarTag[]).filter(
  (t) => t.default === true && t.test !== undefined
);
const TAG_OPTIONS = probe.options;
const nodes = fastNodes(SCHEMA);

/** What the reader refuses anywhere in a text: tabs, CR, BOM, control and line-separator characters. */
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;

const giveUp = (construct: string): never => {
  throw new FastGiveUp(construct);
};

const onTagError = (msg: string): never => giveUp(`tag resolution error: ${msg}`);

/** Characters that could start an implicitly typed (non-string) plain scalar in the core schema. */
function mayBeTyped(c: number): boolean {
  // digits, + - . ~ and the first letters of true/false/null (either case), or empty
  return (
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 45 ||
    c === 46 ||
    c === 126 ||
    c === 116 ||
    c === 84 ||
    c === 102 ||
    c === 70 ||
    c === 110 ||
    c === 78
  );
}

function plainScalar(value: string, range: Range): Scalar {
  const c = value.charCodeAt(0);
  // A letter can only start true/false/null in their spellings (5 characters at most).
  if (value === '' || (mayBeTyped(c) && (c < 65 || value.length <= 5))) {
    for (const tag of IMPLICIT_TAGS) {
      if (tag.test!.test(value)) {
        const res = tag.resolve(value, onTagError, TAG_OPTIONS);
        const node = res instanceof Scalar ? res : nodes.scalar(res, range, value, Scalar.PLAIN);
        if (node === res) {
          node.range = range;
          node.source = value;
          node.type = Scalar.PLAIN;
        }
        if (tag.format) node.format = tag.format;
        return node;
      }
    }
  }
  return nodes.scalar(value, range, value, Scalar.PLAIN);
}

function stringScalar(value: string, range: Range, type: Scalar.Type): Scalar {
  return nodes.scalar(value, range, value, type);
}

const DQ_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\'
};

const HEX = /^[0-9a-fA-F]+$/;

/**
 * The value of a block scalar from its body text (the lines after the header), content
 * indentation `indent`, style and chomping, as YAML 1.2 defines it (the library's reading).
 */
function blockValue(src: string, indent: number, folded: boolean, chomp: '' | '+' | '-'): string {
  const raw = src.split('\n');
  const sp: number[] = [];
  const content: string[] = [];
  for (const l of raw) {
    let k = 0;
    while (l.charCodeAt(k) === 32) k++;
    sp.push(k);
    content.push(l.slice(k));
  }
  let chompStart = raw.length;
  while (chompStart > 0 && content[chompStart - 1] === '') chompStart--;
  if (chompStart === 0) giveUp('block scalar without content');
  let contentStart = 0;
  while (content[contentStart] === '') {
    if (sp[contentStart] > indent) giveUp('more-indented leading blank line in a block scalar');
    contentStart++;
  }
  for (let k = raw.length - 1; k >= chompStart; k--) {
    if (sp[k] > indent) {
      chompStart = k + 1;
      break;
    }
  }
  let value = '\n'.repeat(contentStart);
  let sep = '';
  let prevMore = false;
  for (let k = contentStart; k < chompStart; k++) {
    const extra = sp[k] > indent ? ' '.repeat(sp[k] - indent) : '';
    const c = content[k];
    if (!folded) {
      value += sep + extra + c;
      sep = '\n';
    } else if (sp[k] > indent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMore && sep === '\n') sep = '\n\n';
      value += sep + extra + c;
      sep = '\n';
      prevMore = true;
    } else if (c === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + c;
      sep = ' ';
      prevMore = false;
    }
  }
  if (chomp === '+') {
    for (let k = chompStart; k < raw.length; k++) value += '\n' + (sp[k] > indent ? ' '.repeat(sp[k] - indent) : '');
    if (!value.endsWith('\n')) value += '\n';
  } else if (chomp === '') value += '\n';
  return value;
}

/** A trivia line: blank or comment only. */
interface Trivia {
  /** Column (0-based) of the `#`, or -1 for a blank line. */
  col: number;
  /** Offset just past the line (its newline included). */
  end: number;
}

const NO_TRIVIA: Trivia[] = [];

class FastReader {
  private readonly len: number;
  /** Offset of the start of the current line. */
  private pos = 0;
  /** Where the last value started (tells where a give-up happened). */
  at = 0;
  /**
   * After a node is read: the trivia that followed it and is not yet placed (the library hands
   * it outwards to enclosing collections), and where the next content line's text starts (past
   * its indentation; the text's length at the end) and its column.
   */
  private trivia: Trivia[] = NO_TRIVIA;
  /** Whether comments came before the current sequence item's `-` (see value()). */
  private commentBefore = false;
  private nextAt = 0;
  private nextCol = 0;
  /** Anchors whose node is complete (an alias may refer to them). */
  private readonly anchors = new Set<string>();

  constructor(private readonly text: string) {
    this.len = text.length;
  }

  read(): Document.Parsed {
    const t = this.text;
    const bad = BAD_CHAR.exec(t);
    if (bad) {
      const c = bad[0];
      giveUp(
        c === '\r'
          ? 'CR line ending'
          : c === '\t'
            ? 'tab'
            : c === '\ufeff'
              ? 'BOM'
              : 'control or line-separator character'
      );
    }
    this.skipTrivia();
    let docStart = false;
    let docOffset = 0;
    if (this.pos < this.len && t.startsWith('---', this.pos)) {
      const after = this.pos + 3;
      const c = t.charCodeAt(after);
      if (after === this.len || c === 10 || c === 32) {
        docStart = true;
        docOffset = this.pos;
        const eol = this.lineEnd(after);
        const rest = t.slice(after, eol).trim();
        if (rest !== '' && !rest.startsWith('#')) giveUp('content after ---');
        this.pos = Math.min(eol + 1, this.len);
        this.skipTrivia();
      }
    }
    if (this.pos >= this.len) {
      // Blank and comment lines only: the library finds no document at all.
      if (!docStart) throw new NoDocument();
      giveUp('empty document');
    }
    const indent = this.indentAt(this.pos);
    if (indent !== 0) giveUp('root not at column 0');
    const c = t.charCodeAt(this.pos);
    if (c === 37) giveUp('directive');
    if (!this.isSeqDash(this.pos) && this.keyEnd(this.pos) === undefined) {
      giveUp('root is not a block mapping or sequence');
    }
    const root = this.isSeqDash(this.pos) ? this.blockSeq(0, this.pos) : this.blockMap(0, this.pos);
    if (this.nextAt < this.len) giveUp('content after the root collection');
    const doc = new Document(undefined, DOC_OPTIONS) as Document.Parsed;
    if (docStart) doc.directives.docStart = true;
    doc.contents = root as never;
    const end = root.range![2];
    const trail = this.trivia;
    doc.range = [docOffset, end, trail.length ? trail[trail.length - 1].end : end];
    return doc;
  }

  private lineEnd(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl < 0 ? this.len : nl;
  }

  private indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.text.charCodeAt(i) === 32) i++;
    return i - lineStart;
  }

  /** Skip blank and comment lines from `pos` (a line start); `pos` ends at a content line. */
  private skipTrivia(): Trivia[] {
    const t = this.text;
    let out = NO_TRIVIA;
    while (this.pos < this.len) {
      let i = this.pos;
      while (t.charCodeAt(i) === 32) i++;
      const c = t.charCodeAt(i);
      if (i >= this.len || c === 10) {
        const end = Math.min(i + 1, this.len);
        if (out === NO_TRIVIA) out = [];
        out.push({ col: -1, end });
        this.pos = end;
      } else if (c === 35) {
        const eol = this.lineEnd(i);
        const end = Math.min(eol + 1, this.len);
        if (out === NO_TRIVIA) out = [];
        out.push({ col: i - this.pos, end });
        this.pos = end;
      } else break;
    }
    return out;
  }

  private isSeqDash(p: number): boolean {
    if (this.text.charCodeAt(p) !== 45) return false;
    const c = this.text.charCodeAt(p + 1);
    return p + 1 >= this.len || c === 32 || c === 10;
  }

  /**
   * If a block mapping key starts at `p`: the offset of its `:` (followed by space, newline or
   * the end); undefined when the line holds no implicit key there.
   */
  private keyEnd(p: number): number | undefined {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 91 || c === 123) return undefined; // a flow collection: a value, or a key we refuse
    if (c === 34 || c === 39) {
      const close = c === 39 ? this.singleQuotedEnd(p) : this.doubleQuotedEnd(p);
      if (close === undefined) return undefined;
      let i = close;
      while (t.charCodeAt(i) === 32) i++;
      if (t.charCodeAt(i) !== 58) return undefined;
      const n = t.charCodeAt(i + 1);
      return i + 1 >= this.len || n === 32 || n === 10 ? i : undefined;
    }
    const eol = this.lineEnd(p);
    for (let i = p; i < eol; i++) {
      const ch = t.charCodeAt(i);
      if (ch === 58) {
        const n = t.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === 32 || n === 10) return i;
      } else if (ch === 35 && i > p && t.charCodeAt(i - 1) === 32) return undefined;
    }
    return undefined;
  }

  /** Offset just past the closing quote of a single-line single-quoted scalar at `p`. */
  private singleQuotedEnd(p: number): number | undefined {
    const t = this.text;
    const eol = this.lineEnd(p);
    let i = p + 1;
    for (;;) {
      const q = t.indexOf("'", i);
      if (q < 0 || q >= eol) return undefined;
      if (t.charCodeAt(q + 1) === 39) {
        i = q + 2;
        continue;
      }
      return q + 1;
    }
  }

  private doubleQuotedEnd(p: number): number | undefined {
    const t = this.text;
    const eol = this.lineEnd(p);
    for (let i = p + 1; i < eol; i++) {
      const ch = t.charCodeAt(i);
      if (ch === 92) i++;
      else if (ch === 34) return i + 1;
    }
    return undefined;
  }

  private singleQuotedValue(p: number, end: number): string {
    return this.text.slice(p + 1, end - 1).replace(/''/g, "'");
  }

  private doubleQuotedValue(p: number, end: number): string {
    const t = this.text;
    const last = end - 1;
    let from = p + 1;
    let bs = t.indexOf('\\', from);
    if (bs < 0 || bs >= last) return t.slice(from, last);
    let res = '';
    while (bs >= 0 && bs < last) {
      res += t.slice(from, bs);
      const next = t[bs + 1];
      const code = DQ_ESCAPES[next];
      if (code !== undefined) {
        res += code;
        from = bs + 2;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const n = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = t.slice(bs + 2, bs + 2 + n);
        if (bs + 2 + n > last || !HEX.test(hex)) giveUp('bad double-quoted escape');
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) giveUp('bad double-quoted escape');
        res += String.fromCodePoint(cp);
        from = bs + 2 + n;
      } else giveUp('bad double-quoted escape');
      bs = t.indexOf('\\', from);
    }
    return res + t.slice(from, last);
  }

  /**
   * The end of a scalar-like value that ends its line: trailing spaces, an optional comment and
   * the newline. Gives up on anything else after `valueEnd`.
   */
  private lineRest(valueEnd: number): number {
    const t = this.text;
    let i = valueEnd;
    while (t.charCodeAt(i) === 32) i++;
    if (i >= this.len) return this.len;
    const c = t.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 35 && i > valueEnd) {
      const eol = this.lineEnd(i);
      return Math.min(eol + 1, this.len);
    }
    return giveUp('content after a scalar on its line');
  }

  /** A block mapping whose first key starts at `p`, column `n`. */
  private blockMap(n: number, p: number): YAMLMap {
    const map = nodes.map();
    const t = this.text;
    let at = p;
    for (;;) {
      const colon = this.keyEnd(at);
      if (colon === undefined) giveUp('not a mapping entry');
      const key = this.keyScalar(at, colon!);
      // The value, on this line or below.
      let v = colon! + 1;
      while (t.charCodeAt(v) === 32) v++;
      const value = this.value(n, v, 'map', colon! + 1);
      map.items.push(nodes.pair(key, value));
      const next = this.after(n, false);
      if (next === undefined) {
        const offset = value.range![2];
        map.range = [p, offset, this.kept(n, offset)];
        return map;
      }
      at = next;
    }
  }

  /** A block sequence whose first `-` is at `p`, column `n`. */
  private blockSeq(n: number, p: number): YAMLSeq {
    const seq = nodes.seq();
    const t = this.text;
    let at = p;
    for (;;) {
      if (!this.isSeqDash(at)) giveUp('not a sequence entry');
      // Trivia left over from the previous item belongs to this item's `-` in the library.
      this.commentBefore = at !== p && this.trivia.some((x) => x.col >= 0);
      let v = at + 1;
      while (t.charCodeAt(v) === 32) v++;
      const value = this.value(n, v, 'seq', at + 1);
      seq.items.push(value);
      const next = this.after(n, true);
      if (next === undefined) {
        const offset = value.range![2];
        seq.range = [p, offset, this.kept(n, offset)];
        return seq;
      }
      at = next;
    }
  }

  /**
   * Whether the collection at column `n` goes on after an item: the offset of its next entry,
   * or undefined when the pending content belongs to an outer node.
   */
  private after(n: number, isSeq: boolean): number | undefined {
    const at = this.nextAt;
    if (at >= this.len) return undefined;
    const t = this.text;
    const col = this.nextCol;
    if (col > n) giveUp('deeper indentation after a complete item');
    if (col < n) return undefined;
    if (t.startsWith('---', at) || t.startsWith('...', at)) {
      if (col === 0) giveUp('document marker');
    }
    if (isSeq) return this.isSeqDash(at) ? at : undefined;
    if (this.isSeqDash(at)) giveUp('sequence entry in a mapping');
    return at;
  }

  /** Where the content line starting at `lineStart` (or the end) puts its text. */
  private setNext(lineStart: number): void {
    if (lineStart >= this.len) {
      this.nextAt = this.len;
      this.nextCol = 0;
    } else {
      this.nextCol = this.indentAt(lineStart);
      this.nextAt = lineStart + this.nextCol;
    }
  }

  private lineStartOf(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  /**
   * range[2] of an ending collection: the library keeps the trailing comments (and the
   * indentation of the next line) when one sits at or right of its column, except at column 0.
   */
  private kept(n: number, offset: number): number {
    const tr = this.trivia;
    if (n === 0 || !tr.some((x) => x.col >= n)) return offset;
    // Kept by this collection: the trivia no longer moves outwards.
    const end = this.nextAt >= this.len ? tr[tr.length - 1].end : this.nextAt;
    this.trivia = NO_TRIVIA;
    return end;
  }

  /** A key scalar from `p` to its `:` at `colon`. */
  private keyScalar(p: number, colon: number): Scalar {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (colon - p > 1000) giveUp('long key');
    if (c === 39 || c === 34) {
      const close = c === 39 ? this.singleQuotedEnd(p)! : this.doubleQuotedEnd(p)!;
      const value = c === 39 ? this.singleQuotedValue(p, close) : this.doubleQuotedValue(p, close);
      return stringScalar(value, [p, close, close], c === 39 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE);
    }
    let e = colon;
    while (t.charCodeAt(e - 1) === 32) e--;
    if (e === p) giveUp('empty key');
    this.checkPlainStart(p, 'key');
    const src = t.slice(p, e);
    return plainScalar(src, [p, e, e]);
  }

  private checkPlainStart(p: number, what: string): void {
    const t = this.text;
    const c = t[p];
    if ('-?:'.includes(c)) {
      const n = t.charCodeAt(p + 1);
      if (p + 1 >= this.len || n === 32 || n === 10) giveUp(`indicator starting a ${what}`);
      if (c !== '-') giveUp(`'${c}' starting a ${what}`);
    } else if (',[]{}#&*!|>\'"%@`'.includes(c)) giveUp(`'${c}' starting a plain ${what}`);
  }

  /**
   * The value of a map entry or sequence item whose text would start at `v` (after the `:` or
   * `-` at `ind - 1` and spaces), in a collection at column `n`.
   */
  private value(n: number, v: number, ctx: 'map' | 'seq', ind: number): Node {
    this.at = v;
    if (ctx === 'map') this.commentBefore = false;
    const t = this.text;
    const c = t.charCodeAt(v);
    if (c === 38) return this.anchored(n, v, ctx);
    if (v >= this.len || c === 10 || c === 35) {
      // Nothing more on this line: a nested block node below, or an empty value.
      if (c === 35 && v === ind) giveUp('comment without a space');
      // A comment on the line, or (for a sequence item) comments handed to it from before its
      // `-`: the library's empty scalar then ends where the item's trivia ends.
      const hasComment = c === 35 || this.commentBefore;
      const eol = this.lineEnd(v);
      this.pos = Math.min(eol + 1, this.len);
      const trivia = this.skipTrivia();
      const at = this.pos;
      if (at < this.len) {
        const col = this.indentAt(at);
        const content = at + col;
        if (col > n || (col === n && ctx === 'map' && this.isSeqDash(content))) {
          if (this.isSeqDash(content)) return this.blockSeq(col, content);
          if (this.keyEnd(content) !== undefined) return this.blockMap(col, content);
          if (trivia.some((x) => x.col >= 0)) giveUp('comment before a scalar on the line below');
          return this.scalarValue(n, content);
        }
      }
      this.setNext(at);
      const end = this.emptyEnd(n, ctx, hasComment, eol, trivia, this.nextAt);
      this.trivia = NO_TRIVIA;
      return plainScalar('', [v, v, end < 0 ? v : end]);
    }
    if (ctx === 'seq' && this.isSeqDash(v)) return this.blockSeq(v - this.lineStartOf(v), v);
    if (ctx === 'seq' && this.keyEnd(v) !== undefined) return this.blockMap(v - this.lineStartOf(v), v);
    return this.scalarValue(n, v);
  }

  /**
   * The end of an anchor's or alias's name starting at `p`: letters, digits, `_`, `-`, `.`,
   * then a space, a line break or the end of the text. Gives up on anything else.
   */
  private nameEnd(p: number): number {
    const t = this.text;
    let e = p;
    for (;;) {
      const ch = t.charCodeAt(e);
      const word =
        (ch >= 97 && ch <= 122) ||
        (ch >= 65 && ch <= 90) ||
        (ch >= 48 && ch <= 57) ||
        ch === 95 ||
        ch === 45 ||
        ch === 46;
      if (!word) break;
      e++;
    }
    if (e === p) giveUp('empty anchor or alias name');
    if (e < this.len && t.charCodeAt(e) !== 32 && t.charCodeAt(e) !== 10) {
      giveUp('anchor or alias name with other characters');
    }
    return e;
  }

  /**
   * A value with an anchor (`&name` at `v`): a scalar after it on the line, or a block
   * collection starting on the next line. The library gives the node the anchor and starts its
   * range at the node's own text, not at the `&`.
   */
  private anchored(n: number, v: number, ctx: 'map' | 'seq'): Node {
    const t = this.text;
    const e = this.nameEnd(v + 1);
    const name = t.slice(v + 1, e);
    if (this.anchors.has(name)) giveUp('anchor defined twice');
    let p = e;
    while (t.charCodeAt(p) === 32) p++;
    const c = t.charCodeAt(p);
    let node: Node;
    if (p >= this.len || c === 10) {
      // Alone on its line: the block collection right below carries it.
      const at = p + 1;
      if (at >= this.len) giveUp('anchor at the end of the text');
      const col = this.indentAt(at);
      const content = at + col;
      const cc = t.charCodeAt(content);
      if (content >= this.len || cc === 10 || cc === 35) giveUp('blank or comment line after an anchor');
      if (!(col > n || (col === n && ctx === 'map' && this.isSeqDash(content)))) {
        giveUp('anchored empty value');
      }
      this.pos = at;
      if (this.isSeqDash(content)) node = this.blockSeq(col, content);
      else if (this.keyEnd(content) !== undefined) node = this.blockMap(col, content);
      else return giveUp('anchored scalar on the line below');
    } else {
      if (c === 35) giveUp('comment after an anchor');
      if (c === 38 || c === 42 || c === 33) giveUp('several node properties');
      if (this.keyEnd(p) !== undefined || (ctx === 'seq' && this.isSeqDash(p))) {
        giveUp('anchored compact collection');
      }
      node = this.scalarValue(n, p);
    }
    (node as Scalar | YAMLMap | YAMLSeq).anchor = name;
    // Complete: an alias inside the node itself was refused, one after it may refer to it.
    this.anchors.add(name);
    return node;
  }

  /**
   * range[2] of an empty value: where the library's empty scalar ends. It is the value's own
   * position unless comments follow; then the value takes the trivia up to the next item of its
   * mapping (all of it when the collection ends there), less what the library hands on to the
   * next entry (from the second line break after the last more-indented comment).
   */
  private emptyEnd(
    n: number,
    ctx: 'map' | 'seq',
    keyLineComment: boolean,
    keyEol: number,
    trivia: Trivia[],
    contentAt: number
  ): number {
    const v = -1;
    const hasComments = keyLineComment || trivia.some((x) => x.col >= 0);
    if (!hasComments) return v;
    const all =
      contentAt < this.len
        ? contentAt
        : trivia.length
          ? trivia[trivia.length - 1].end
          : Math.min(keyEol + 1, this.len);
    if (contentAt >= this.len && trivia.length && this.text.charCodeAt(this.len - 1) !== 10) {
      giveUp('comment at the end of a file without a final newline');
    }
    if (ctx === 'seq') return all;
    const col = contentAt - this.lineStartOf(contentAt);
    const atNextItem = contentAt < this.len && col === n;
    if (!atNextItem) return all;
    // Newline offsets since the last more-indented comment.
    let nl: number[] = [];
    if (keyEol < this.len) nl.push(keyEol);
    for (const x of trivia) {
      if (x.col > n) nl = [];
      if (this.text.charCodeAt(x.end - 1) === 10) nl.push(x.end - 1);
    }
    if (nl.length < 2) return all;
    const cut = nl[1];
    // Comments before the cut stay with the empty value.
    const comments = keyLineComment || trivia.some((x) => x.col >= 0 && x.end - 1 <= cut);
    return comments ? cut : v;
  }

  /** A scalar value (block, quoted, flow or plain) starting at `v`, in a collection at `n`. */
  private scalarValue(n: number, v: number): Node {
    const t = this.text;
    const c = t.charCodeAt(v);
    let node: Node;
    let end: number;
    let absorbs = true;
    if (c === 124 || c === 62) {
      [node, end] = this.blockScalar(n, v);
      absorbs = false;
    } else if (c === 39 || c === 34) {
      const close = c === 39 ? this.singleQuotedEnd(v) : this.doubleQuotedEnd(v);
      if (close === undefined) giveUp('multi-line quoted scalar');
      const value = c === 39 ? this.singleQuotedValue(v, close!) : this.doubleQuotedValue(v, close!);
      end = this.lineRest(close!);
      node = stringScalar(value, [v, close!, end], c === 39 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE);
    } else if (c === 91 || c === 123) {
      [node, end] = this.flow(v, n);
    } else if (c === 42) {
      const e = this.nameEnd(v + 1);
      const name = t.slice(v + 1, e);
      if (!this.anchors.has(name)) giveUp('alias before its anchor is complete');
      end = this.lineRest(e);
      const alias = new Alias(name);
      alias.range = [v, e, end];
      node = alias;
    } else {
      this.checkPlainStart(v, 'scalar');
      const first = this.plainLine(v);
      let e = first.end;
      let value: string | undefined;
      // Continuation lines (a multi-line plain scalar): right of the collection's column, after
      // any blank lines, until a comment, a blank-then-dedent or the end.
      if (!first.comment) {
        let q = this.lineEnd(e) + 1;
        let blanks = 0;
        while (q < this.len) {
          const eol = this.lineEnd(q);
          let k = q;
          while (t.charCodeAt(k) === 32) k++;
          if (k === eol) {
            blanks++;
            q = eol + 1;
            continue;
          }
          if (k - q <= n || t.charCodeAt(k) === 35) break;
          this.checkPlainStart(k, 'continuation line');
          const line = this.plainLine(k);
          if (line.comment) giveUp('comment after a plain continuation line');
          value = (value ?? t.slice(v, e)) + (blanks ? '\n'.repeat(blanks) : ' ') + t.slice(k, line.end);
          e = line.end;
          blanks = 0;
          q = eol + 1;
        }
      }
      end = this.lineRest(e);
      value ??= t.slice(v, e);
      node = plainScalar(value, [v, e, end]);
    }
    this.pos = end;
    const trivia = this.skipTrivia();
    this.setNext(this.pos);
    if (this.nextAt < this.len && this.nextCol > n) {
      giveUp('continuation line (multi-line scalar or bad indentation)');
    }
    // Comments right of the collection's column extend the value's own end (the library's
    // "indented comment" rule), until one at or left of the column.
    let rest = trivia;
    if (absorbs && trivia.length) {
      let last = -1;
      for (let k = 0; k < trivia.length; k++) {
        const x = trivia[k];
        if (x.col < 0) continue;
        if (x.col > n) last = k;
        else break;
      }
      if (last >= 0) {
        node.range![2] = trivia[last].end;
        rest = trivia.slice(last + 1);
      }
    }
    this.trivia = rest;
    return node;
  }

  /**
   * One line of a plain scalar in block context from `p`: where its text ends (trailing spaces
   * trimmed) and whether a comment follows. Gives up on `: ` (a nested mapping).
   */
  private plainLine(p: number): { end: number; comment: boolean } {
    const t = this.text;
    const eol = this.lineEnd(p);
    let e = eol;
    let comment = false;
    for (let i = p; i < eol; i++) {
      const ch = t.charCodeAt(i);
      if (ch === 35 && t.charCodeAt(i - 1) === 32) {
        e = i;
        comment = true;
        break;
      }
      if (ch === 58) {
        const nx = t.charCodeAt(i + 1);
        if (i + 1 >= this.len || nx === 32 || nx === 10) giveUp('": " inside a plain value');
      }
    }
    while (t.charCodeAt(e - 1) === 32) e--;
    return { end: e, comment };
  }

  /** A literal or folded block scalar whose header starts at `p`, in a collection at column `n`. */
  private blockScalar(n: number, p: number): [Scalar, number] {
    const t = this.text;
    const folded = t.charCodeAt(p) === 62;
    let i = p + 1;
    let chomp: '' | '+' | '-' = '';
    for (;;) {
      const ch = t[i];
      if (ch === '+' || ch === '-') {
        if (chomp) giveUp('block scalar header');
        chomp = ch;
        i++;
      } else if (ch >= '0' && ch <= '9') giveUp('block scalar indentation indicator');
      else break;
    }
    const eolHeader = this.lineEnd(i);
    {
      let k = i;
      while (t.charCodeAt(k) === 32) k++;
      if (k < eolHeader && !(t.charCodeAt(k) === 35 && k > i)) giveUp('block scalar header');
    }
    if (eolHeader >= this.len) giveUp('block scalar at the end of the file');
    const bodyStart = eolHeader + 1;
    // The lines the lexer gives the scalar: blank lines, and lines indented at least as much as
    // the first non-blank one (which must sit right of the collection's column).
    let indent = -1;
    let ls = bodyStart;
    /** Start of each line in the scalar's region, and past the region. */
    const starts: number[] = [];
    let regionEnd = bodyStart;
    while (ls < this.len) {
      const eol = this.lineEnd(ls);
      let k = ls;
      while (t.charCodeAt(k) === 32) k++;
      if (k !== eol) {
        const sp = k - ls;
        if (indent < 0) {
          if (sp <= n) break;
          indent = sp;
        } else if (sp < indent) break;
      }
      starts.push(ls);
      regionEnd = eol < this.len ? eol + 1 : this.len;
      ls = regionEnd;
    }
    if (indent < 0) giveUp('empty block scalar');
    // Without keep chomping, trailing blank lines no more indented than the content are not
    // the scalar's.
    let count = starts.length;
    if (chomp !== '+') {
      while (count > 0) {
        const s0 = starts[count - 1];
        const eol = this.lineEnd(s0);
        let k = s0;
        while (t.charCodeAt(k) === 32) k++;
        if (k === eol && k - s0 <= indent) count--;
        else break;
      }
      regionEnd = count < starts.length ? starts[count] : regionEnd;
    }
    if (regionEnd === this.len && t.charCodeAt(this.len - 1) !== 10) {
      const last = t.slice(t.lastIndexOf('\n') + 1);
      if (last.trim() === '') giveUp('block scalar ending in spaces at the end of the file');
    }
    const src = t.slice(bodyStart, regionEnd);
    const value = blockValue(src, indent, folded, chomp);
    const node = stringScalar(
      value,
      [p, regionEnd, regionEnd],
      folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL
    );
    return [node, regionEnd];
  }

  /** A flow sequence or mapping at `p` (see flowCollection) and the rest of its closing line. */
  private flow(p: number, n: number): [Node, number] {
    const coll = this.flowCollection(p, n, 0);
    const end = this.lineRest(coll.range![1]);
    coll.range![2] = end;
    return [coll, end];
  }

  /**
   * A flow sequence or mapping at `p`, value of a node in a block collection at column `n`,
   * whose entries are scalars or flow collections (mapping keys: scalars only); range [p, past
   * the closing bracket, same]. It may go on over lines after `[`, `{` or `,` and before the
   * closing bracket, each line indented past `n`; a blank or comment line inside, a key or
   * value split over lines, or a plain scalar going on to the next line gives up.
   */
  private flowCollection(p: number, n: number, depth: number): YAMLMap | YAMLSeq {
    if (depth > 64) giveUp('flow collections nested too deep');
    const t = this.text;
    const isMap = t.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    const coll = isMap ? nodes.map() : nodes.seq();
    coll.flow = true;
    let i = p + 1;
    /** Past spaces and, where the collection may go on over lines, line breaks. */
    const skip = (lines: boolean) => {
      for (;;) {
        while (t.charCodeAt(i) === 32) i++;
        if (t.charCodeAt(i) !== 10 || !lines) return;
        let k = i + 1;
        while (t.charCodeAt(k) === 32) k++;
        const c = t.charCodeAt(k);
        if (k >= this.len || c === 10 || c === 35) giveUp('blank or comment line inside a flow collection');
        if (k - (i + 1) <= n) giveUp('flow collection line not indented past its block');
        i = k;
      }
    };
    /**
     * A flow entry's node at `i`. Its range[2] takes the spaces after it and, as the library
     * has it, for a sequence item the line breaks and indentation up to what follows, for a
     * mapping value only its first line break. A key's `:` stays on its line.
     */
    const entry = (kind: 'key' | 'value' | 'item'): Node => {
      const c = t.charCodeAt(i);
      const node: Node =
        c === 91 || c === 123
          ? kind === 'key'
            ? giveUp('flow collection as a flow mapping key')
            : this.flowCollection(i, n, depth + 1)
          : this.flowScalar(i);
      i = node.range![1];
      if (kind === 'item') {
        skip(true);
        node.range![2] = i;
      } else {
        skip(false);
        node.range![2] = t.charCodeAt(i) === 10 && kind === 'value' ? i + 1 : i;
        if (kind === 'value') skip(true);
      }
      return node;
    };
    skip(true);
    for (;;) {
      if (i >= this.len) giveUp('flow collection without its closing bracket');
      if (t.charCodeAt(i) === close) {
        i++;
        break;
      }
      if (isMap) {
        const key = entry('key') as Scalar;
        if (t.charCodeAt(i) !== 58) giveUp('flow mapping entry without a value');
        i++;
        if (t.charCodeAt(i) !== 32) giveUp('flow mapping ":" without a space');
        skip(false);
        if (t.charCodeAt(i) === 10) giveUp('flow mapping value on the next line');
        (coll as YAMLMap).items.push(nodes.pair(key, entry('value')));
      } else (coll as YAMLSeq).items.push(entry('item'));
      const d = t.charCodeAt(i);
      if (d === 44) {
        i++;
        skip(true);
      } else if (d !== close) giveUp('flow collection syntax');
    }
    coll.range = [p, i, i];
    return coll;
  }

  /** A scalar inside a flow collection (plain or quoted, on one line). */
  private flowScalar(p: number): Scalar {
    const t = this.text;
    const eol = this.lineEnd(p);
    const c = t.charCodeAt(p);
    if (c === 39 || c === 34) {
      const close = c === 39 ? this.singleQuotedEnd(p) : this.doubleQuotedEnd(p);
      if (close === undefined) giveUp('multi-line quoted scalar');
      const value = c === 39 ? this.singleQuotedValue(p, close!) : this.doubleQuotedValue(p, close!);
      return stringScalar(value, [p, close!, close!], c === 39 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE);
    }
    // `-` may start a plain scalar when a character that can go on one follows (`--flag`, `-1`).
    const dashStart = t[p] === '-' && !' \n,[]{}#'.includes(t[p + 1] ?? ' ');
    if (!dashStart && '-?:,[]{}#&*!|>\'"%@`'.includes(t[p])) giveUp(`'${t[p]}' in a flow collection`);
    let e = p;
    for (; e < eol; e++) {
      const ch = t.charCodeAt(e);
      if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
      if (ch === 58) {
        const nx = t.charCodeAt(e + 1);
        if (nx === 32 || nx === 44 || nx === 93 || nx === 125 || nx === 10) break;
        giveUp('":" inside a flow plain scalar');
      }
      if (ch === 35 && t.charCodeAt(e - 1) === 32) giveUp('comment inside a flow collection');
    }
    let s = e;
    while (t.charCodeAt(s - 1) === 32) s--;
    if (s === p) giveUp('empty flow entry');
    return plainScalar(t.slice(p, s), [p, s, s]);
  }
}

/** A text of blank and comment lines only, without `---`. */
class NoDocument extends Error {}

/**
 * The document the library would build from `text`; `none` when the library finds no document
 * in it (blank and comment lines only); else the construct that made us give up.
 */
export function fastParse(
  text: string
): { doc: Document.Parsed } | { none: true } | { giveUp: string; at: number } {
  const reader = new FastReader(text);
  try {
    return { doc: reader.read() };
  } catch (err) {
    if (err instanceof NoDocument) return { none: true };
    if (err instanceof FastGiveUp) return { giveUp: err.construct, at: reader.at };
    if (err instanceof RangeError) return { giveUp: 'too deep', at: reader.at };
    throw err;
  }
}

/** 1-based line and column of offsets, by a binary search over line starts. */
export class LineTable {
  private readonly starts: number[] = [0];
  /** The line of the last lookup: the models ask in document order, so most hit it or the next. */
  private last = 0;

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based index of the line holding `offset`. */
  private lineOf(offset: number): number {
    const s = this.starts;
    const k = this.last;
    if (s[k] <= offset) {
      if (k + 1 >= s.length || offset < s[k + 1]) return k;
      if (k + 2 >= s.length || offset < s[k + 2]) return (this.last = k + 1);
    }
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.last = lo);
  }

  /** As the library's LineCounter.linePos: 1-based line and column. */
  linePos(offset: number): { line: number; col: number } {
    const k = this.lineOf(offset);
    return { line: k + 1, col: offset - this.starts[k] + 1 };
  }

  /** The same position as a Pos, without the intermediate object. */
  pos(offset: number): { line: number; column: number } {
    const k = this.lineOf(offset);
    return { line: k + 1, column: offset - this.starts[k] + 1 };
  }
}
