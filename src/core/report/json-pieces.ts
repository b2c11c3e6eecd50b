/**
 * `JSON.stringify(doc, null, 2) + '\n'` for a document holding one long array (a result's
 * findings, a SARIF run's results), in pieces: the array's items are made and stringified one
 * at a time and written a few at a time, so neither the whole text nor all the items exist at
 * once. With 100,000 findings the whole text of a SARIF log is about 100 MB (and its UTF-8 copy
 * as much again).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { randomId } from '../unique-token.js';

/** An array longer than this is written a few items at a time (ITEM_PIECE_CHARS). */
const LONG_ARRAY_ITEMS = 512;

/**
 * The items of a long array are joined into pieces of about this many characters. A string over
 * 128 KiB is a large object to V8, freed only by a full collection: 45 MB of findings written in
 * slices of 512 items (about 225,000 characters each) left up to 39 MiB of dead slices mapped at
 * the end of a 16,688-file scan. Made one item at a time, a piece never holds more than one item
 * over this size, and the whole is no slower (100,000 findings: 71 ms against 82 for slices).
 */
const ITEM_PIECE_CHARS = 24 * 1024;

/**
 * The pieces of the document `build(placeholder)` returns with the array of `count` items
 * `item(0)`, `item(1)`, … where it put `placeholder`, as `JSON.stringify(…, null, 2) + '\n'`
 * would write it. The placeholder is a string drawn here that occurs nowhere else in the text.
 */
export function* jsonPieces(
  build: (placeholder: string) => unknown,
  count: number,
  item: (i: number) => unknown
): Generator<string> {
  let marker: string;
  let text: string;
  let at: number;
  // Drawn again in the (astronomically unlikely) case that the document already holds it.
  do {
    const placeholder = `ci-intel-array-${randomId()}`;
    marker = JSON.stringify(placeholder);
    text = JSON.stringify(build(placeholder), null, 2) + '\n';
    at = text.indexOf(marker);
  } while (at !== -1 && at !== text.lastIndexOf(marker));
  if (at === -1) throw new Error('jsonPieces: the document does not hold the placeholder');
  const head = text.slice(0, at);
  const tail = text.slice(at + marker.length);
  if (count === 0) {
    yield `${head}[]${tail}`;
    return;
  }
  // The array's items sit two spaces right of the line that opens it.
  const lineStart = head.lastIndexOf('\n') + 1;
  const pad = ' '.repeat(head.length - lineStart - head.slice(lineStart).trimStart().length);
  yield `${head}[\n`;
  yield* itemPieces(count, pad, item);
  yield `\n${pad}]${tail}`;
}

/**
 * The items of an array of `count` at indentation `pad`, between its `[\n` and `\n]`: each item
 * (`itemAt(i)`) stringified as the one item of an array, as JSON.stringify writes an array's
 * items (undefined, a function or a symbol as null), and moved right by the array's own
 * indentation (a line break in JSON text is always layout: breaks inside strings are escaped).
 */
function* itemPieces(
  count: number,
  pad: string,
  itemAt: (i: number) => unknown
): Generator<string> {
  let parts: string[] = [];
  let chars = 0;
  for (let i = 0; i < count; i++) {
    // `[\n  item\n]`: the inner lines.
    const inner = JSON.stringify([itemAt(i)], null, 2).slice(2, -2);
    const moved = pad ? pad + inner.replace(/\n/g, `\n${pad}`) : inner;
    parts.push(i + 1 < count ? `${moved},\n` : moved);
    chars += moved.length;
    if (chars >= ITEM_PIECE_CHARS) {
      yield parts.join('');
      parts = [];
      chars = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/** Small parts are joined into pieces of about this many characters (fewer, larger writes). */
const PIECE_CHARS = 32 * 1024;

/** An object JSON.stringify would write member by member, and nothing else could change. */
function walkable(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  if (Array.isArray(v)) return proto === Array.prototype;
  return (proto === Object.prototype || proto === null) && !('toJSON' in v);
}

/**
 * `JSON.stringify(value, null, 2) + '\n'`, byte for byte, in pieces of about PIECE_CHARS: plain
 * objects are written member by member and every array longer than LONG_ARRAY_ITEMS a few items
 * at a time, so no text of the whole document, nor of any long array in it (a result's
 * findings, a scan's per-file evidence), exists at once. Everything else — a short array, each
 * item of a long one, a value with `toJSON`, an instance of a class — is given to JSON.stringify
 * as it is. As JSON.stringify does, a member's `toJSON` gets the member's name; an item of a long
 * array gets "0", not its index (no value of a result depends on it).
 */
export function* jsonTextPieces(value: unknown): Generator<string> {
  let parts: string[] = [];
  let chars = 0;
  const put = function* (text: string): Generator<string> {
    parts.push(text);
    chars += text.length;
    if (chars >= PIECE_CHARS) {
      yield parts.join('');
      parts = [];
      chars = 0;
    }
  };
  const open = new Set<object>();
  const write = function* (v: unknown, pad: string): Generator<string> {
    if (!walkable(v)) {
      const text = JSON.stringify(v, null, 2);
      yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
      return;
    }
    if (open.has(v)) throw new TypeError('Converting circular structure to JSON');
    const inner = `${pad}  `;
    if (Array.isArray(v)) {
      if (v.length <= LONG_ARRAY_ITEMS) {
        const text = JSON.stringify(v, null, 2);
        yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
        return;
      }
      open.add(v);
      yield* put('[\n');
      for (const piece of itemPieces(v.length, pad, (i) => v[i])) yield* put(piece);
      yield* put(`\n${pad}]`);
      open.delete(v);
      return;
    }
    open.add(v);
    let first = true;
    for (const key of Object.keys(v)) {
      let member = v[key];
      if ((typeof member === 'object' && member !== null) || typeof member === 'bigint') {
        const toJSON = (member as { toJSON?: unknown }).toJSON;
        if (typeof toJSON === 'function') member = toJSON.call(member, key);
      }
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol')
        continue;
      yield* put(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
      first = false;
      yield* write(member, inner);
    }
    yield* put(first ? '{}' : `\n${pad}}`);
    open.delete(v);
  };
  yield* write(value, '');
  yield* put('\n');
  if (parts.length) yield parts.join('');
}

/** Write `pieces` to `file` (created or truncated), each as it comes. */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of pieces) {
      const bytes = Buffer.from(piece, 'utf8');
      // A write may take fewer bytes than it is given.
      for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
    }
  } finally {
    closeSync(fd);
  }
}
