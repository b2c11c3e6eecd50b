/**
 * self-repository (zizmor): an action or reusable workflow of the workflow's own repository is
 * referred to with GitHub's self-repository syntax `$/path`, which always means the commit that
 * runs. `./path` (zizmor's finding) depends on what the job checked out into the workspace; and
 * (ours) `owner/repo/path@ref` naming the repository itself (GITHUB_REPOSITORY) runs another
 * commit of it.
 */
import { usesSites } from './uses-sites.js';
import type { CheckContext, RuleFinding } from '../types.js';

export function selfRepository(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const self = ctx.repository?.toLowerCase();
  for (const u of usesSites(ctx.wf)) {
    const { ref } = u;
    let instead: string | undefined;
    if (ref.kind === 'local') instead = `$${ref.raw.slice(1)}`;
    else if (ref.kind === 'repo' && self && `${ref.owner}/${ref.repo}`.toLowerCase() === self)
      instead = `$/${ref.path ?? ''}`;
    if (!instead) continue;
    out.push({
      rule: 'self-repository',
      message: `${u.where}: 'uses: ${ref.raw}' refers to this repository ${ref.kind === 'local' ? 'through the workspace' : 'at another ref'}: expected the self-repository form '${instead}', got '${ref.raw}'`,
      help: `Write 'uses: ${instead}': it always runs the action or workflow of the commit that runs, whatever the job checked out.`,
      line: u.str.pos.line,
      column: u.str.pos.column
    });
  }
  return out;
}
