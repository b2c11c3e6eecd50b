// A bundle file rewritten with every non-ASCII character as a `\uXXXX` escape, so that Node
// decodes it to a one-byte string and V8 scans that (a file with one `—` in it is decoded to,
// and parsed as, two bytes a character: about 2 % of a gate's cold start for the bigger bundles).
//
// The escape means the same character in every place JavaScript puts text: string literals,
// template literals (their cooked value), regular expressions (with or without the u flag; a
// character beyond U+FFFF becomes its surrogate pair, which both read as that character),
// identifiers, and comments (where it is only text). Left as they are: U+2028 and U+2029 (line
// terminators, which end a `//` comment). Whitespace between tokens (a no-break space, U+FEFF)
// would not survive as an escape: the build's `node --check` of every rewritten file stops on
// it (ncc's output has none). A non-ASCII
// character after an escaping backslash (`'\é'`, which means `é`) loses the backslash with the
// escape. What an escape would change is refused, so the build stops instead of shipping a
// different program: a tagged template with a non-ASCII character (the tag sees the raw text).
import ts from 'typescript';

const KEEP = new Set([0x2028, 0x2029]);
const hex = (n) => '\\u' + n.toString(16).padStart(4, '0');

/** Throws when `text` has a tagged template holding a non-ASCII character. */
function refuseTaggedTemplates(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const t = node.template;
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(text.slice(t.getStart(source), t.end))) {
        const { line } = source.getLineAndCharacterOfPosition(t.getStart(source));
        throw new Error(
          `${file}:${line + 1}: a tagged template with a non-ASCII character; escaping it would change what the tag reads`
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** `text` with its non-ASCII characters escaped (see above); `file` names it in an error. */
export function asciiOnly(file, text) {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text;
  refuseTaggedTemplates(file, text);
  // Each non-ASCII character with the run of backslashes before it.
  // eslint-disable-next-line no-control-regex
  return text.replace(/(\\*)([^\x00-\x7f])/gu, (all, slashes, ch) => {
    const c = ch.codePointAt(0);
    if (KEEP.has(c)) return all;
    // An odd run: the last backslash escapes this character, and goes with it.
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    if (c <= 0xffff) return kept + hex(c);
    const v = c - 0x10000;
    return kept + hex(0xd800 + (v >> 10)) + hex(0xdc00 + (v & 0x3ff));
  });
}
