/**
 * One NDJSON line parsed as strict JSON (duplicate keys refused), fast: JSON.parse, then the key
 * tokens of the text are counted against the keys of the parsed value — for a compact line by
 * counting '":', else by jumping from quote to quote with indexOf, never char by char. Each key
 * token lands in exactly one object and JSON.parse keeps one of equal keys, so the counts differ
 * exactly when some object has a duplicate key; only then is the line parsed again with
 * parseStrictJson (src/core/strict-json.ts) for its error, pointer and line. Same verdict as
 * parseStrictJson on every input (test/telemetry/record-json.test.ts).
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
    const x = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === 'object') n += treeKeys(x);
  }
  return n;
}

/** A quote followed by JSON whitespace (one regex pass: cheaper than four indexOf scans). */
const QUOTE_THEN_SPACE = /"[ \t\r\n]/;

/** Occurrences of '":' in `text`. */
function colonKeys(text: string): number {
  let n = 0;
  for (let i = text.indexOf('":'); i !== -1; i = text.indexOf('":', i + 2)) n++;
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
  if (value === null || typeof value !== 'object') return value;
  const keys = treeKeys(value);
  // Fast path for lines a program wrote (no whitespace after a quote): every key's closing quote
  // is then directly followed by ':', so the occurrences of '":' are the keys plus any '\":'
  // inside strings; equal to the parsed keys means no key was dropped, so none is duplicated.
  if (!QUOTE_THEN_SPACE.test(text) && colonKeys(text) === keys) return value;
  if (textKeys(text) !== keys) return parseStrictJson(text, source);
  return value;
}
