/** Shannon entropy and the "reads like a random credential" test shared by the secret rules. */

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Bits per character a generic credential must reach (gitleaks' generic-api-key uses 3.5). */
export const GENERIC_ENTROPY = 3.5;
const MIN_GENERIC = 20;

/** A value that is a placeholder, a reference or an obviously non-secret setting. */
export function isPlaceholder(v: string): boolean {
  const t = v.trim();
  if (t === '') return true;
  if (/^(x+|\*+)([-_]?(x+|\*+))*$/i.test(t)) return true; // XXXXX-XXXXX (setup-node), ****
  if (/^(true|false|null|none|undefined|0|1|yes|no)$/i.test(t)) return true;
  if (t.includes('${{') || /^\$\{?[A-Za-z_]/.test(t) || t.includes('$(')) return true;
  if (/^<[^>]*>$/.test(t)) return true;
  return /(example|dummy|placeholder|changeme|redacted|your[_-]|xxxx|\*\*\*)/i.test(t);
}

/** A literal that reads like a random credential rather than a word, path, URL or placeholder. */
export function looksRandom(v: string): boolean {
  if (v.length < MIN_GENERIC || /\s/.test(v) || isPlaceholder(v)) return false;
  if (/:\/\/|^[./~]|\.(pem|json|key|p12|pfx|txt|ya?ml|gpg|asc)$/i.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  return entropy(v) >= GENERIC_ENTROPY;
}
