/**
 * forbidden-uses (zizmor): actions and reusable workflows the organisation allows (`allow`: all
 * others are forbidden) or forbids (`deny`), by pattern: `*`, `owner/*`, `owner/repo`,
 * `owner/repo/*`, `owner/repo/path`. Without a setting there is nothing to forbid.
 */
import type { UsesRef } from '../../../workflows/uses.js';
import { usesSites } from './uses-sites.js';
import type { CheckContext, RuleFinding } from '../types.js';

type RepoRef = Extract<UsesRef, { kind: 'repo' }>;

/** Whether a pattern covers a repository reference (case-insensitive; `owner/repo` is exact). */
export function usesPatternMatches(pattern: string, ref: RepoRef): boolean {
  const p = pattern.toLowerCase();
  const owner = ref.owner.toLowerCase();
  const repo = `${owner}/${ref.repo.toLowerCase()}`;
  const full = ref.path ? `${repo}/${ref.path.toLowerCase()}` : repo;
  if (p === '*') return true;
  if (p === `${owner}/*`) return true;
  if (p === `${repo}/*`) return true;
  return p === full;
}

export function forbiddenUses(ctx: CheckContext): RuleFinding[] {
  const cfg = ctx.policy.b.forbiddenUses;
  if (!cfg) return [];
  const out: RuleFinding[] = [];
  for (const u of usesSites(ctx.wf)) {
    const { ref } = u;
    if (ref.kind !== 'repo') continue;
    const denied = cfg.allow
      ? !cfg.allow.some((p) => usesPatternMatches(p, ref))
      : (cfg.deny ?? []).some((p) => usesPatternMatches(p, ref));
    if (!denied) continue;
    const rule = cfg.allow
      ? `not in rules.forbidden-uses.allow (${cfg.allow.join(', ')})`
      : `matched by rules.forbidden-uses.deny (${cfg.deny!.filter((p) => usesPatternMatches(p, ref)).join(', ')})`;
    out.push({
      rule: 'forbidden-uses',
      message: `${u.where}: 'uses: ${ref.raw}' is forbidden by the policy: expected an allowed action, got one ${rule}`,
      help: 'Use an action the policy allows, or change rules.forbidden-uses after review (an exception needs a justification and an expiry).',
      owner: [ref.owner, ref.repo, ...(ref.path ? [ref.path] : [])].join('/'),
      line: u.str.pos.line,
      column: u.str.pos.column
    });
  }
  return out;
}
