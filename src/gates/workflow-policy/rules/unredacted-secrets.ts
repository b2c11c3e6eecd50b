/**
 * unredacted-secrets (zizmor: unredacted-secrets): the runner masks a secret's whole value in
 * logs, not the parts `fromJSON(secrets.X).field` picks out of it, so those parts are printed
 * in clear wherever they are echoed.
 */
import { FunctionCall, type Expr } from '@actions/expressions/ast';
import { pathOf } from '../../../workflows/expression-flow.js';
import type { CheckContext, RuleFinding } from '../types.js';
import { children, exprSites, fnName, parseExpr, sitePos, ungroup } from './expr-sites.js';

function leaks(e: Expr, out: string[], depth = 0): string[] {
  if (depth > 64) return out;
  if (e instanceof FunctionCall && fnName(e) === 'fromjson') {
    const secret = e.args.map((a) => pathOf(ungroup(a))).find((p) => p?.startsWith('secrets.'));
    if (secret) {
      out.push(secret);
      return out;
    }
  }
  for (const c of children(e)) leaks(c, out, depth + 1);
  return out;
}

export function unredactedSecrets(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const site of exprSites(ctx.wf)) {
    const body = site.span.body;
    if (!/fromjson/i.test(body) || !/secrets/i.test(body)) continue;
    const expr = parseExpr(body);
    if (!expr) continue;
    for (const secret of leaks(expr, [])) {
      const pos = sitePos(ctx, site);
      out.push({
        rule: 'unredacted-secrets',
        message: `${site.job ? `job '${site.job}'` : 'the workflow'}: fromJSON(${secret}) takes a structured secret apart, and the runner only masks the secret's whole value: expected one secret per value, got fields of ${secret} that print unmasked`,
        help: 'Store each value that must stay secret as its own secret (secrets.DB_USER, secrets.DB_PASSWORD) and reference it directly; or ::add-mask:: each field before use.',
        line: pos.line,
        column: pos.column
      });
    }
  }
  return out;
}
