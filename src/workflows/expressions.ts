/** Light reading of `${{ … }}` expressions: which contexts they reference. */

/** One `${{ … }}` in a string: its body and where it starts and ends (offsets in the string). */
export interface ExpressionSpan {
  body: string;
  start: number;
  end: number;
}

/**
 * Every `${{ … }}` of a string, in order. String literals (single-quoted, `''` escapes) may hold
 * `}}` without closing the expression; an unclosed expression runs to the end of the string.
 */
export function expressionSpans(text: string): ExpressionSpan[] {
  const out: ExpressionSpan[] = [];
  let i = text.indexOf('${{');
  while (i >= 0) {
    let j = i + 3;
    let inString = false;
    let end = -1;
    while (j < text.length) {
      const c = text[j];
      if (inString) {
        if (c === "'") {
          if (text[j + 1] === "'") j++;
          else inString = false;
        }
      } else if (c === "'") inString = true;
      else if (c === '}' && text[j + 1] === '}') {
        end = j + 2;
        break;
      }
      j++;
    }
    if (end < 0) {
      out.push({ body: text.slice(i + 3), start: i, end: text.length });
      break;
    }
    out.push({ body: text.slice(i + 3, end - 2), start: i, end });
    i = text.indexOf('${{', end);
  }
  return out;
}

/** The bodies of every `${{ … }}` in a string (multi-line bodies included). */
export function expressionBodies(text: string): string[] {
  return expressionSpans(text).map((s) => s.body);
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
