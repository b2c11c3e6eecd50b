/**
 * dangerous-triggers (zizmor): `pull_request_target` and `workflow_run` run with the base
 * repository's token and secrets on events an outside contributor starts. One finding per trigger,
 * at the trigger. The pr-target-ban gate is the enforcing control for pull_request_target (with
 * its allowlist and PR-head checkout analysis); this rule is the blanket flag, as zizmor has it.
 */
import { parseUses } from '../../../workflows/uses.js';
import type { CheckContext, RuleFinding } from '../types.js';

const DANGEROUS: Record<string, string> = {
  pull_request_target:
    'runs in the base repository with its secrets and a write token for pull requests from forks',
  workflow_run:
    'runs with the base repository secrets and token after a workflow that a fork pull request may have started'
};

/** zizmor's one built-in allowance: a single job whose single step is actions/labeler. */
export function isLabelerOnly(ctx: CheckContext): boolean {
  const jobs = ctx.wf.jobs;
  if (jobs.length !== 1 || jobs[0].uses || jobs[0].steps.length !== 1) return false;
  const u = jobs[0].steps[0].uses;
  if (!u) return false;
  const ref = parseUses(u.value);
  return (
    ref.kind === 'repo' &&
    ref.owner.toLowerCase() === 'actions' &&
    ref.repo.toLowerCase() === 'labeler' &&
    !ref.path
  );
}

export function dangerousTriggers(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const t of ctx.wf.triggers) {
    const why = DANGEROUS[t.event];
    if (!why) continue;
    if (t.event === 'pull_request_target' && isLabelerOnly(ctx)) continue;
    out.push({
      rule: 'dangerous-triggers',
      message: `the workflow is triggered by ${t.event}, which ${why}: expected a trigger that runs with the pull request's own, read-only privileges (pull_request), got ${t.event}`,
      help:
        t.event === 'pull_request_target'
          ? 'Use pull_request; when the workflow must comment or label, split it: a pull_request workflow uploads the result and a separate workflow with a narrow token acts on it without running PR code. The pr-target-ban gate enforces this with a reviewed allowlist.'
          : 'Avoid workflow_run for fork-triggered parents; if you keep it, never check out or run the triggering run’s code or artifacts, treat its outputs as untrusted, and add an exception with the justification.',
      line: t.pos.line,
      column: t.pos.column
    });
  }
  return out;
}
