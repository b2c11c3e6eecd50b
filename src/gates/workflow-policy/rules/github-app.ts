/**
 * github-app (zizmor: github-app): actions/create-github-app-token used in ways that hand out more
 * than the job needs — an installation token for all of an owner's repositories, with all of the
 * app's permissions, or one that is never revoked.
 */
import type { Step, Str } from '../../../workflows/workflow.js';
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';
import { neverRuns, usesAction } from './uses-match.js';

/** Inputs that only grant organisation-level access (a token with only these needs no repositories). */
const ORG_ONLY = new Set(
  [
    'custom-properties-for-organizations',
    'enterprise-custom-properties-for-organizations',
    'members',
    'organization-administration',
    'organization-announcement-banners',
    'organization-copilot-seat-management',
    'organization-custom-org-roles',
    'organization-custom-properties',
    'organization-custom-roles',
    'organization-events',
    'organization-hooks',
    'organization-packages',
    'organization-personal-access-token-requests',
    'organization-personal-access-tokens',
    'organization-plan',
    'organization-projects',
    'organization-secrets',
    'organization-self-hosted-runners',
    'organization-user-blocking'
  ].map((p) => `permission-${p}`)
);

export function githubApp(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const job of ctx.wf.jobs) {
    for (const step of job.steps) {
      if (!usesAction(step.uses?.value, 'actions/create-github-app-token')) continue;
      if (neverRuns(step)) continue;
      const w = step.with;
      const at = (s: Str | undefined) => (s ?? step.uses!).pos;
      const flag = (message: string, help: string, s?: Str, maxLevel?: 'warning') =>
        out.push({
          rule: 'github-app',
          message: `${stepLabel(job, step)}: ${message}`,
          help,
          maxLevel,
          ...at(s)
        });
      const skip = w.get('skip-token-revoke');
      const skipV = skip?.value.trim().toLowerCase();
      if (skipV === 'true') {
        flag(
          'skip-token-revoke: true leaves the app token valid for an hour after the job: expected the token revoked at the end of the job, got revocation turned off',
          'Remove skip-token-revoke (the action revokes the token in its post step).',
          skip
        );
      } else if (skip && skip.value.includes('${{')) {
        flag(
          `skip-token-revoke is set by an expression (${skip.value.trim()}), so the token may outlive the job: expected revocation, got a run-time choice`,
          'Remove skip-token-revoke, or set it to false.',
          skip,
          'warning'
        );
      }
      const perms = [...w.keys()].filter((k) => k.startsWith('permission-'));
      const owner = w.get('owner');
      if (
        owner &&
        !w.has('repositories') &&
        !(perms.length && perms.every((p) => ORG_ONLY.has(p)))
      ) {
        flag(
          `owner: ${owner.value.trim()} without repositories: the token reaches every repository of that owner's installation: expected 'repositories:' naming the ones the job needs, got none`,
          "Add repositories: 'repo1,repo2' to scope the token.",
          owner
        );
      }
      if (!perms.length) {
        flag(
          'no permission-<name> input, so the token gets every permission of the app installation: expected the permissions the job needs, got all',
          'Add permission-<name> inputs (e.g. permission-contents: read) to limit the token.',
          undefined
        );
      }
      void (step as Step);
    }
  }
  return out;
}
