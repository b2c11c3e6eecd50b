/**
 * superfluous-actions (zizmor): third-party actions that wrap what the runner already has (`gh`,
 * `git`, `docker`, `jq`): each is more code with the job's token, for nothing. zizmor's regular-
 * persona list; its pedantic entries (create-pull-request, rust-toolchain, auto-commit …) are not
 * flagged.
 */
import { parseUses } from '../../../workflows/uses.js';
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';

const SUPERFLUOUS = new Map<string, string>([
  ['ncipollo/release-action', '`gh release create`'],
  ['softprops/action-gh-release', '`gh release create`'],
  ['elgohr/github-release-action', '`gh release create`'],
  ['dacbd/create-issue-action', '`gh issue create`'],
  ['actions-ecosystem/action-add-labels', '`gh issue edit --add-label` / `gh pr edit --add-label`'],
  [
    'actions-ecosystem/action-remove-labels',
    '`gh issue edit --remove-label` / `gh pr edit --remove-label`'
  ],
  ['svenstaro/upload-release-action', '`gh release create` and `gh release upload`'],
  ['addnab/docker-run-action', '`docker run` (or a container step)'],
  ['sergeysova/jq-action', '`jq`']
]);

export function superfluousActions(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const job of ctx.wf.jobs) {
    for (const step of job.steps) {
      if (!step.uses) continue;
      const ref = parseUses(step.uses.value);
      if (ref.kind !== 'repo') continue;
      const instead = SUPERFLUOUS.get(`${ref.owner}/${ref.repo}`.toLowerCase());
      if (!instead) continue;
      out.push({
        rule: 'superfluous-actions',
        message: `${stepLabel(job, step)}: ${ref.owner}/${ref.repo} does what the runner's tools already do: expected ${instead} in a run: step, got a third-party action holding the job's token`,
        help: `Replace the step with ${instead} in a run: step (GITHUB_TOKEN in env as GH_TOKEN for gh).`,
        owner: `${ref.owner}/${ref.repo}`,
        line: step.uses.pos.line,
        column: step.uses.pos.column
      });
    }
  }
  return out;
}
