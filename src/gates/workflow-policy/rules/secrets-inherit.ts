/** secrets-inherit: `secrets: inherit` hands every repository and organisation secret to the called workflow. */
import { parseUses, usesTarget } from '../../../workflows/uses.js';
import { valueNode, type CheckContext, type RuleFinding } from '../types.js';

export function secretsInherit(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const y = ctx.wf.yaml;
  const trusted = new Set(ctx.policy.trustedOwners);
  if (ctx.repoOwner) trusted.add(ctx.repoOwner.toLowerCase());
  for (const job of ctx.wf.jobs) {
    if (!job.uses) continue;
    const node = valueNode(ctx, job.node, 'secrets');
    if (y.str(node)?.trim() !== 'inherit') continue;
    const ref = parseUses(job.uses.value);
    if (ref.kind === 'local' || ref.kind === 'hub') continue;
    const owner = ref.kind === 'repo' ? ref.owner.toLowerCase() : undefined;
    if (owner && trusted.has(owner)) continue;
    const pos = y.pos(node);
    const trustedText = trusted.size
      ? [...trusted].sort().join(', ')
      : 'none known (GITHUB_REPOSITORY is not set and the policy lists no trusted-owners)';
    out.push({
      rule: 'secrets-inherit',
      message: `job '${job.id}' passes secrets: inherit to ${job.uses.value.trim()}: expected a reusable workflow of a trusted owner (${trustedText}), got owner '${ref.kind === 'repo' ? ref.owner : '?'}'`,
      help: 'Pass only the secrets the called workflow needs (secrets: { NAME: ${{ secrets.NAME }} }), or add its owner to rules.secrets-inherit.trusted-owners in the policy.',
      owner: ref.kind === 'repo' ? usesTarget(ref) : undefined,
      line: pos.line,
      column: pos.column
    });
  }
  return out;
}
