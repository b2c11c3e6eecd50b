/** Whether a step's `uses:` is a given action (`owner/repo[/path]`, case-insensitive, any ref). */
import { parseUses, usesTarget } from '../../../workflows/uses.js';

export function usesAction(uses: string | undefined, action: string): boolean {
  if (!uses) return false;
  const ref = parseUses(uses);
  if (ref.kind !== 'repo') return false;
  return usesTarget(ref).toLowerCase() === action.toLowerCase();
}

/** The major version a `uses:` ref or its trailing tag comment names (`v6.0.1` → 6). */
export function majorOf(tag: string | undefined): number | undefined {
  const m = /^v?(\d+)(\.|$)/.exec(tag ?? '');
  return m ? Number(m[1]) : undefined;
}
