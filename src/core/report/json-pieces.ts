/**
 * `JSON.stringify(doc, null, 2) + '\n'` for a document holding one long array (a result's
 * findings, a SARIF run's results), in pieces: the array's items are made and stringified a
 * slice at a time, so neither the whole text nor all the items exist at once. With 100,000
 * findings the whole text of a SARIF log is about 100 MB (and its UTF-8 copy as much again).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { randomId } from '../unique-token.js';

/** Items stringified per piece. */
const ITEMS_PER_PIECE = 512;

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
  for (let from = 0; from < count; from += ITEMS_PER_PIECE) {
    const slice: unknown[] = [];
    for (let i = from; i < Math.min(count, from + ITEMS_PER_PIECE); i++) slice.push(item(i));
    // `[\n  item,\n  item\n]`: the inner lines, moved right by the array's own indentation (a
    // line break in JSON text is always layout: breaks inside strings are escaped).
    const s = JSON.stringify(slice, null, 2);
    const inner = s.slice(2, -2);
    const moved = pad ? pad + inner.replace(/\n/g, `\n${pad}`) : inner;
    yield from + ITEMS_PER_PIECE < count ? `${moved},\n` : moved;
  }
  yield `\n${pad}]${tail}`;
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
