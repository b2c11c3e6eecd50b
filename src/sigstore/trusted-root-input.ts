/** The `trusted-root` input: a trusted_root.json file (or JSON Lines of them), else public-good. */
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { GateContext } from '../core/gate.js';
import { FileReadError, readRegularTextFile } from '../core/read-file.js';
import { JsonDocumentError, parseStrictJson } from '../core/strict-json.js';
import { publicGoodTrust, trustFromText, TrustRootError } from './trust.js';

const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;

/** A trusted root is one JSON document or JSON Lines of them; none may repeat a key. */
function refuseDuplicateKeys(text: string, source: string): void {
  try {
    parseStrictJson(text, source);
    return;
  } catch (err) {
    if (!(err instanceof JsonDocumentError) || err.pointer !== undefined) throw err;
  }
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      parseStrictJson(line, `${source} line ${i + 1}`);
    } catch (err) {
      // Not JSON at all is for trustFromText to explain; a duplicate key is refused here.
      if (err instanceof JsonDocumentError && err.pointer !== undefined) throw err;
    }
  });
}

/** The trust material of the `trusted-root` input (a path in the workspace), or public-good. */
export function trustedRoots(file: string | undefined, ctx: GateContext) {
  if (!file) return [publicGoodTrust()];
  const abs = resolve(ctx.workspace, file);
  try {
    const text = readRegularTextFile(abs, {
      maxBytes: MAX_TRUSTED_ROOT_BYTES,
      what: 'trusted root'
    });
    refuseDuplicateKeys(text, file);
    return trustFromText(text, file);
  } catch (err) {
    if (
      err instanceof TrustRootError ||
      err instanceof FileReadError ||
      err instanceof JsonDocumentError
    )
      throw new InputError('trusted-root', err.message);
    throw err;
  }
}
