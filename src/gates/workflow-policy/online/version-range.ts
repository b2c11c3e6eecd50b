/**
 * Versions of GitHub advisories for actions: `v1.2.3` / `1.2` read as numbers, and the
 * advisory range syntax (`< 1.2.3`, `>= 1.0.0, < 1.4.2`, `= 2.0.0`, `<= 3`).
 */

/** The numeric parts of a version (`v4.1.1` → [4, 1, 1]); undefined when it is not one. */
export function versionParts(v: string): number[] | undefined {
  const m = /^v?(\d+(?:\.\d+){0,3})$/.exec(v.trim());
  return m ? m[1].split('.').map(Number) : undefined;
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * Whether `version` lies in `range`. A range it cannot read — or a version that is not numeric —
 * is answered `undefined` (the caller decides; it is never read as "not affected").
 */
export function inRange(version: string, range: string): boolean | undefined {
  const v = versionParts(version);
  if (!v) return undefined;
  for (const clause of range.split(',')) {
    const m = /^\s*(<=|>=|<|>|=)?\s*(\S+)\s*$/.exec(clause);
    const bound = m ? versionParts(m[2]) : undefined;
    if (!m || !bound) return undefined;
    const c = compareVersions(v, bound);
    const ok =
      m[1] === '<'
        ? c < 0
        : m[1] === '<='
          ? c <= 0
          : m[1] === '>'
            ? c > 0
            : m[1] === '>='
              ? c >= 0
              : c === 0;
    if (!ok) return false;
  }
  return true;
}
