/**
 * overprovisioned-secrets (zizmor: overprovisioned-secrets): `toJSON(secrets)` and
 * `secrets[<computed>]` hand the job every secret of the repository (and organisation) instead of
 * the ones it names, so one leaked log line or compromised step reaches them all.
 */
import {
  ContextAccess,
  FunctionCall,
  IndexAccess,
  Literal,
  type Expr
} from '@actions/expressions/ast';
import type { CheckContext, RuleFinding } from '../types.js';
import { children, exprSites, fnName, parseExpr, sitePos, ungroup } from './expr-sites.js';

const isSecrets = (e: Expr) => {
  const x = ungroup(e);
  return x instanceof ContextAccess && x.name.lexeme.toLowerCase() === 'secrets';
};

/** What in an expression exposes the whole secrets context. */
export function secretsExpansions(e: Expr, out: string[] = [], depth = 0): string[] {
  if (depth > 64) return out;
  if (e instanceof FunctionCall && fnName(e) === 'tojson' && e.args.some(isSecrets)) {
    out.push('toJSON(secrets)');
    return out;
  }
  if (e instanceof IndexAccess && isSecrets(e.expr) && !(ungroup(e.index) instanceof Literal)) {
    out.push('secrets[<computed name>]');
    return out;
  }
  for (const c of children(e)) secretsExpansions(c, out, depth + 1);
  return out;
}

export function overprovisionedSecrets(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const site of exprSites(ctx.wf)) {
    const body = site.span.body;
    if (!/secrets/i.test(body) || !/tojson|\[/i.test(body)) continue;
    const expr = parseExpr(body);
    if (!expr) continue;
    for (const what of secretsExpansions(expr)) {
      const pos = sitePos(ctx, site);
      out.push({
        rule: 'overprovisioned-secrets',
        message: `${site.job ? `job '${site.job}'` : 'the workflow'}${site.key && site.key !== site.job ? ` (${site.key})` : ''}: ${what} gives the runner every secret of the repository and organisation: expected the secrets the job needs by name, got all of them`,
        help: 'Reference each secret the step needs by name (${{ secrets.NAME }}); pass a reusable workflow only the secrets it declares.',
        line: pos.line,
        column: pos.column
      });
    }
  }
  return out;
}
