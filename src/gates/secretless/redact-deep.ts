/**
 * The last pass over everything the gate returns: every detected credential, in each encoding
 * it can take (URL, JSON, base64, inside `Basic base64(user:pass)`), is replaced by its
 * placeholder wherever it occurs — the result, the summary, the findings, the evidence.
 */
import { secretForms } from '../../core/redact.js';

export function redactDeep<T>(value: T, secrets: ReadonlyMap<string, string>): T {
  if (!secrets.size) return value;
  const needles: [string, string][] = [];
  for (const [secret, mark] of secrets) {
    for (const form of secretForms(secret)) if (form.length >= 8) needles.push([form, mark]);
  }
  needles.sort((a, b) => b[0].length - a[0].length);
  const text = (s: string): string => {
    let out = s;
    for (const [form, mark] of needles) if (out.includes(form)) out = out.split(form).join(mark);
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[text(k)] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
