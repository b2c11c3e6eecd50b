/**
 * Tag names for a commit: shared by the online audits and the fixers, which need it without the
 * GitHub client (./repo-facts.ts loads src/github/client.ts; a fix-diff run offline must not).
 */

export interface NamedRef {
  name: string;
  sha: string;
}

/** The longest tag name pointing at `sha` (`v4.1.1` rather than `v4`), if any. */
export function longestTagFor(tags: NamedRef[], sha: string): string | undefined {
  let best: string | undefined;
  for (const t of tags)
    if (t.sha === sha.toLowerCase() && (!best || t.name.length > best.length)) best = t.name;
  return best;
}
