/**
 * JSON as a verdict may depend on it: `JSON.parse` keeps the last of duplicate keys, so
 * `{"result":"fail","result":"pass"}` reads as a pass to one tool and a fail to another. Every
 * document a decision rests on (evidence, bundles, manifests, configs, reports) is parsed here,
 * and a duplicate key is refused with its name, JSON pointer and line. One linear pass.
 */

export class JsonDocumentError extends Error {
  override name = 'JsonDocumentError';
  constructor(
    message: string,
    readonly line?: number,
    readonly pointer?: string
  ) {
    super(message);
  }
}

/** A JSON.parse message without the (possibly binary or secret) input it quotes. */
function cleanParseError(err: unknown): string {
  const m = (err as Error).message ?? String(err);
  return m
    .replace(/, "[\s\S]*" is not valid JSON$/, '')
    .replace(/^Unexpected token '(.)', "[\s\S]*$/, "Unexpected token '$1'")
    .replace(/[^\x20-\x7e]/g, '?')
    .slice(0, 200);
}

function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

interface Frame {
  object: boolean;
  keys?: Set<string>;
  expectKey: boolean;
  /** The key (object) or index (array) of the value being read in this container. */
  at: string;
  index: number;
}

/** Throws JsonDocumentError at the first duplicate key of a document JSON.parse accepted. */
function refuseDuplicateKeys(text: string, source: string): void {
  const stack: Frame[] = [];
  let line = 1;
  const path = (): string =>
    stack
      .slice(0, -1)
      .map((f) => '/' + pointerToken(f.at))
      .join('');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({
        object: c === 0x7b,
        keys: c === 0x7b ? new Set() : undefined,
        expectKey: c === 0x7b,
        at: '0',
        index: 0
      });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.object) top.expectKey = true;
        else top.at = String(++top.index);
      }
    } else if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) {
          j++;
          escaped = true;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i + 1, j);
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : raw;
        if (top.keys!.has(key)) {
          const where = `${path()}/${pointerToken(key)}`;
          throw new JsonDocumentError(
            `${source}: duplicate key ${JSON.stringify(key).slice(0, 120)} at ${where} (line ${line}); a document with duplicate keys means different things to different readers and is refused`,
            line,
            where
          );
        }
        top.keys!.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = j;
    }
  }
}

/** Parse JSON text, refusing duplicate keys. `source` names the document in every message. */
export function parseStrictJson(text: string, source: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (err) {
    throw new JsonDocumentError(`${source} is not valid JSON: ${cleanParseError(err)}`);
  }
  if (typeof doc === 'object' && doc !== null) refuseDuplicateKeys(body, source);
  return doc;
}

/** Parse UTF-8 bytes as strict JSON (invalid UTF-8 is refused, not replaced). */
export function parseStrictJsonBytes(bytes: Uint8Array, source: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new JsonDocumentError(`${source} is not UTF-8 text`);
  }
  return parseStrictJson(text, source);
}

export interface JsonRecord {
  value: unknown;
  /** The 1-based line of a JSON Lines record; absent when the text is one JSON document. */
  line?: number;
  /** How many non-blank lines the text had (1 for one JSON document). */
  of: number;
}

/**
 * Text that is either one JSON document (possibly pretty-printed) or JSON Lines (bundles from
 * `gh attestation download`, trusted roots from `gh attestation trusted-root`), every record
 * parsed strictly. A document that is valid JSON but repeats a key is refused as it is — it is
 * never re-read as JSON Lines. Blank lines between records are skipped.
 */
export function parseJsonOrJsonLines(text: string, source: string): JsonRecord[] {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trim();
  if (body === '') throw new JsonDocumentError(`${source}: the file is empty`);
  try {
    return [{ value: parseStrictJson(body, source), of: 1 }];
  } catch (err) {
    if (err instanceof JsonDocumentError && err.pointer !== undefined) throw err;
  }
  const lines = body.split(/\r?\n/);
  const nonBlank = lines.filter((l) => l.trim() !== '').length;
  const out: JsonRecord[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}:${i + 1}`;
    let value: unknown;
    try {
      value = parseStrictJson(line, where);
    } catch (err) {
      if (err instanceof JsonDocumentError && err.pointer !== undefined) throw err;
      throw new JsonDocumentError(
        `${where}: not JSON and not JSON Lines: ${err instanceof Error ? err.message.replace(`${where} is not valid JSON: `, '') : String(err)}`,
        i + 1
      );
    }
    out.push({ value, line: i + 1, of: nonBlank });
  });
  return out;
}
