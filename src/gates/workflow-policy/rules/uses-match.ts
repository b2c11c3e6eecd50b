/** Whether a step's `uses:` is a given action (`owner/repo[/path]`, case-insensitive, any ref). */
import { detached } from '../../../workflows/detach.js';
import { parseUses, usesTarget } from '../../../workflows/uses.js';

const TARGETS = new Map<string, string>();

/** `owner/repo[/path]` of a `uses:` value, lower-cased ('' for local, docker and invalid ones). */
export function targetOf(uses: string): string {
  let t = TARGETS.get(uses);
  if (t === undefined) {
    const ref = parseUses(uses);
    t = ref.kind === 'repo' ? detached(usesTarget(ref).toLowerCase()) : '';
    // Bounded: the memo is dropped whole when one scan meets this many distinct references.
    if (TARGETS.size >= 32768) TARGETS.clear();
    // Own copies: a key cut out of a workflow's text would keep that whole text alive.
    TARGETS.set(detached(uses), t);
  }
  return t;
}

export function usesAction(uses: string | undefined, action: string): boolean {
  return uses !== undefined && targetOf(uses) === action.toLowerCase();
}

/** The major version a `uses:` ref or its trailing tag comment names (`v6.0.1` → 6). */
export function majorOf(tag: string | undefined): number | undefined {
  const m = /^v?(\d+)(\.|$)/.exec(tag ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A step whose `if:` is the constant false (`false`, `${{ false }}`): it never runs. */
export function neverRuns(step: { if?: { value: string } }): boolean {
  const v = step.if?.value.trim();
  return v === 'false' || (v !== undefined && /^\$\{\{\s*false\s*\}\}$/.test(v));
}
