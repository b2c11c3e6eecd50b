/**
 * secrets-outside-env (zizmor: secrets-outside-env, auditor persona): a job that reads secrets
 * without an `environment:` gets them on any branch and any trigger; a deployment environment
 * adds required reviewers and branch rules. GITHUB_TOKEN and reusable workflows (whose caller
 * decides) are exempt.
 */
import type { Expr } from '@actions/expressions/ast';
import { pathOf } from '../../../workflows/expression-flow.js';
import type { CheckContext, RuleFinding } from '../types.js';
import { children, exprSites, parseExpr, sitePos } from './expr-sites.js';

const ALLOWED = new Set(['github_token']);

function secretNames(e: Expr, out: Set<string>, depth = 0): Set<string> {
  if (depth > 64) return out;
  const p = pathOf(e);
  if (p !== undefined) {
    if (p.startsWith('secrets.')) out.add(p.split('.')[1]);
    return out;
  }
  for (const c of children(e)) secretNames(c, out, depth + 1);
  return out;
}

export function secretsOutsideEnv(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { wf } = ctx;
  if (wf.triggers.some((t) => t.event === 'workflow_call')) return out;
  const withEnv = new Set(
    wf.jobs.filter((j) => wf.yaml.get(j.node, 'environment')).map((j) => j.id)
  );
  for (const site of exprSites(wf)) {
    if (!site.job || withEnv.has(site.job) || !/secrets/i.test(site.span.body)) continue;
    const expr = parseExpr(site.span.body);
    if (!expr) continue;
    for (const name of secretNames(expr, new Set())) {
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
