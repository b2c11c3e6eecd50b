/**
 * One NDJSON line parsed as strict JSON (duplicate keys refused), fast: JSON.parse, then the key
 * tokens of the text counted (jumping from quote to quote with indexOf, not char by char) against
 * the keys of the parsed value. Each key token lands in exactly one object, and JSON.parse keeps
 * one of equal keys, so the counts differ exactly when some object has a duplicate key; only then
 * is the line parsed again with parseStrictJson (src/core/strict-json.ts) for its error, pointer
 * and all. Same verdict as parseStrictJson on every input.
 */
import { parseStrictJson } from '../core/strict-json.js';

/** Keys of every object in `v`, counted. */
function treeKeys(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) n += treeKeys(x);
    return n;
  }
  for (const k in v) {
    n++;
    n += treeKeys((v as Record<string, unknown>)[k]);
  }
  return n;
}

/** String tokens of `text` followed by ':' (object keys), counted; `text` is valid JSON. */
function textKeys(text: string): number {
  let n = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    // Find the closing quote: one not preceded by an odd run of backslashes.
    let j = text.indexOf('"', i + 1);
    for (;;) {
      let b = j - 1;
      while (text.charCodeAt(b) === 0x5c) b--;
      if ((j - 1 - b) % 2 === 0) break;
      j = text.indexOf('"', j + 1);
    }
    let k = j + 1;
    let c = text.charCodeAt(k);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++k);
    if (c === 0x3a /* : */) n++;
    i = text.indexOf('"', j + 1);
  }
  return n;
}

/** Parse one record line; throws JsonDocumentError (invalid JSON, duplicate key) naming `source`. */
export function parseRecordLine(text: string, source: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseStrictJson(text, source); // throws the shared reader's clean message
  }
  if (value !== null && typeof value === 'object' && textKeys(text) !== treeKeys(value))
    return parseStrictJson(text, source);
  return value;
}
