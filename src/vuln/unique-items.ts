/**
 * The linear `uniqueItems` check the third-party schemas use instead of ajv's pairwise
 * deep-equal (see src/vuln/schemas.ts). Shared by the run-time compiled validators and the
 * standalone code generated at build time (src/vuln/generated/), so both mean the same.
 */

/** The keyword `uniqueItems: true` is rewritten to in the third-party schemas. */
export const UNIQUE_KEYWORD = 'x-ci-intel-unique-items';

/** JSON text with object keys sorted: equal texts ⇔ equal JSON values. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** True when no two items of an array are equal JSON values (anything else passes). */
export function uniqueItems(data: unknown): boolean {
  if (!Array.isArray(data)) return true;
  const seen = new Set<string>();
  for (const item of data) {
    const key = canonical(item);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Replace `uniqueItems: true` with the linear keyword, everywhere in a schema. */
export function linearUnique(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(linearUnique);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'uniqueItems' && v === true) out[UNIQUE_KEYWORD] = true;
    else if (k === 'uniqueItems') continue;
    else out[k] = linearUnique(v);
  }
  return out;
}
