/** Light reading of `${{ … }}` expressions: which contexts they reference. */

/** The bodies of every `${{ … }}` in a string (multi-line bodies included). */
export function expressionBodies(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const start = text.indexOf('${{', i);
    if (start < 0) break;
    const end = text.indexOf('}}', start + 3);
    if (end < 0) {
      out.push(text.slice(start + 3));
      break;
    }
    out.push(text.slice(start + 3, end));
    i = end + 2;
  }
  return out;
}

/**
 * Normalise an expression so context paths read as dotted lower-case names:
 * `github.event['pull_request'] ['head'].sha` → `github.event.pull_request.head.sha`.
 */
export function normaliseExpression(body: string): string {
  return body
    .replace(/\s*\[\s*(['"])([^'"\]]*)\1\s*\]/g, '.$2')
    .replace(/\s*\.\s*/g, '.')
    .toLowerCase();
}

const CONTEXT_PATH = /(?<![\w.-])([a-z_][\w-]*(?:\.[\w*-]+)+)/g;

/** Dotted context paths referenced by the expressions in `text` (`if:` values count whole). */
export function referencedPaths(text: string, wholeIsExpression = false): string[] {
  const bodies = wholeIsExpression && !text.includes('${{') ? [text] : expressionBodies(text);
  const out = new Set<string>();
  for (const body of bodies) {
    const norm = normaliseExpression(body).replace(/'[^']*'/g, "''");
    for (const m of norm.matchAll(CONTEXT_PATH)) out.add(m[1]);
  }
  return [...out];
}
