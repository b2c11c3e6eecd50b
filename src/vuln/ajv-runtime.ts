/**
 * The ajv run-time helpers that the generated standalone validators (src/vuln/generated/) call,
 * as ES exports. ajv's standalone code names them with `require()`, which ESM code lacks; the
 * generator (scripts/gen-vuln-validators.mjs) points those names here instead.
 */
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

/** A CommonJS module's `exports.default`, whether the loader (Node, ncc) unwraps it or not. */
function cjsDefault<T>(ns: unknown): T {
  const d = (ns as { default: unknown }).default;
  return (typeof d === 'function' ? d : (d as { default: unknown }).default) as T;
}

/** Deep equality of JSON values (`enum` and `const` of objects). */
export const equal = cjsDefault<(a: unknown, b: unknown) => boolean>(equalModule);
/** String length in Unicode code points (`minLength`, `maxLength`). */
export const ucs2length = cjsDefault<(s: string) => number>(ucs2lengthModule);
