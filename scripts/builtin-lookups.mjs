// A bundle file whose Node built-in modules are taken with `process.getBuiltinModule` instead of
// `createRequire(import.meta.url)(id)`, which ncc's ESM output calls once for every built-in it
// uses: each call makes a CommonJS `require` of its own (module paths worked out from the bundle's
// URL). Loading twelve built-ins that way took about 2 ms more than looking them up. Where Node
// has no `process.getBuiltinModule` (before 20.16 and 22.3), the original call runs.

const CALL = /__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\(("(?:node:)?[a-z0-9_/]+")\)/g;

/** `text` with every built-in `createRequire` call turned into a lookup (and how many). */
export function builtinLookups(text) {
  let count = 0;
  const out = text.replace(CALL, (call, id) => {
    count++;
    return `(process.getBuiltinModule?.(${id}) ?? ${call})`;
  });
  return { text: out, count };
}
