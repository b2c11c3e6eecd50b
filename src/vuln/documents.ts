/** Reading a JSON document a verdict rests on: bounded regular-file read, strict JSON, clear errors. */
import { createHash } from 'node:crypto';
import { FileReadError, readRegularFile } from '../core/read-file.js';
import { JsonDocumentError, parseStrictJsonBytes } from '../core/strict-json.js';

/** A document that cannot be used: names the input, the file and the fix. */
export class VulnDocumentError extends Error {
  override name = 'VulnDocumentError';
  constructor(
    readonly input: string,
    readonly file: string,
    message: string,
    readonly help: string
  ) {
    super(message);
  }
}

export interface LoadedDocument {
  file: string;
  bytes: Buffer;
  sha256: string;
  json?: unknown;
}

export function readDocument(
  input: string,
  file: string,
  shown: string,
  maxBytes: number
): LoadedDocument {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, { maxBytes, what: `input '${input}':` });
  } catch (err) {
    if (err instanceof FileReadError)
      throw new VulnDocumentError(input, shown, err.message.split(file).join(shown), err.help);
    throw err;
  }
  return { file: shown, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function readJsonDocument(
  input: string,
  file: string,
  shown: string,
  maxBytes: number
): LoadedDocument {
  const doc = readDocument(input, file, shown, maxBytes);
  try {
    doc.json = parseStrictJsonBytes(doc.bytes, `input '${input}': ${shown}`);
  } catch (err) {
    if (err instanceof JsonDocumentError)
      throw new VulnDocumentError(
        input,
        shown,
        err.message,
        'Pass the JSON document the tool wrote, unmodified.'
      );
    throw err;
  }
  return doc;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
