/**
 * secrets-outside-env (zizmor: secrets-outside-env, auditor persona): a job that reads secrets
 * without an `environment:` gets them on any branch and any trigger; a deployment environment
 * adds required reviewers and branch rules. GITHUB_TOKEN and reusable workflows (whose caller
 * decides) are exempt.
 */
import type { CheckContext, RuleFinding } from '../types.js';
import { child } from './child-node.js';
import { exprSites, sitePos } from './expr-sites.js';

const ALLOWED = new Set(['github_token']);

/** `secrets.NAME` and `secrets['NAME']` in an expression body (string literals blanked first). */
const SECRET_REF =
  /(?<![\w.-])secrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*(?:'([^']*)'|"([^"]*)")\s*\])/gi;

export function secretNames(body: string): Set<string> {
  const out = new Set<string>();
  // Blank string literals, keeping those that directly follow `secrets[` (a literal index).
  const bare = body.replace(/(secrets\s*\[\s*)?'((?:[^']|'')*)'/gi, (m, idx?: string) =>
    idx ? m : "''"
  );
  for (const m of bare.matchAll(SECRET_REF)) out.add((m[1] ?? m[2] ?? m[3]).toLowerCase());
  return out;
}

export function secretsOutsideEnv(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { wf } = ctx;
  if (wf.triggers.some((t) => t.event === 'workflow_call')) return out;
  const withEnv = new Set(
    wf.jobs.filter((j) => child(ctx, j.node, 'environment') !== undefined).map((j) => j.id)
  );
  for (const site of exprSites(wf)) {
    if (!site.job || withEnv.has(site.job) || !/secrets/i.test(site.span.body)) continue;
    for (const name of secretNames(site.span.body)) {
      if (ALLOWED.has(name) || name === '*') continue;
      const pos = sitePos(ctx, site);
      out.push({
        rule: 'secrets-outside-env',
        message: `job '${site.job}' reads secrets.${name} without an environment: expected the job to declare 'environment:' so the secret lives behind its protection rules, got none`,
        help: 'Move the secret into a deployment environment with required reviewers or branch rules and set environment: <name> on the job.',
        line: pos.line,
        column: pos.column
      });
    }
  }
  return out;
}
