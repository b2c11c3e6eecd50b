/**
 * unsound-ternary (zizmor: unsound-ternary): `cond && X || Y` is GitHub's stand-in for a ternary,
 * but when X is falsy (`false`, `''`, `0`, `null`) the result is Y whatever cond is.
 */
import { Logical, type Expr } from '@actions/expressions/ast';
import type { CheckContext, RuleFinding } from '../types.js';
import {
  children,
  constantReducible,
  constValue,
  exprSites,
  parseExpr,
  sitePos,
  truthy,
  ungroup
} from './expr-sites.js';

function isAnd(e: Expr): e is Logical {
  return e instanceof Logical && e.operator.lexeme === '&&';
}

/** The operands of nested `||`, constant sub-trees kept whole. */
function orOperands(e: Expr, out: Expr[] = []): Expr[] {
  const x = ungroup(e);
  if (!constantReducible(x) && x instanceof Logical && x.operator.lexeme === '||') {
    for (const a of x.args) orOperands(a, out);
  } else out.push(x);
  return out;
}

/** The falsy "true values" of pseudo-ternaries in an expression. */
export function unsoundTrueValues(e: Expr, out: unknown[] = [], depth = 0): unknown[] {
  if (depth > 64 || constantReducible(e)) return out;
  const x = ungroup(e);
  if (x instanceof Logical && x.operator.lexeme === '||') {
    const ops = orOperands(x);
    for (const op of ops.slice(0, -1)) {
      if (!isAnd(op)) continue;
      const tv = ungroup(op.args[op.args.length - 1]);
      if (constantReducible(tv)) {
        const v = constValue(tv);
        if (v !== undefined && !truthy(v)) out.push(v);
      }
    }
    for (const op of ops) unsoundTrueValues(op, out, depth + 1);
    return out;
  }
  for (const c of children(x)) unsoundTrueValues(c, out, depth + 1);
  return out;
}

export function unsoundTernary(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const site of exprSites(ctx.wf)) {
    const body = site.span.body;
    if (!body.includes('&&') || !body.includes('||')) continue;
    const expr = parseExpr(body);
    if (!expr) continue;
    for (const v of unsoundTrueValues(expr)) {
      const pos = sitePos(ctx, site);
      out.push({
        rule: 'unsound-ternary',
        message: `${site.job ? `job '${site.job}'` : 'the workflow'}: \${{ ${body.trim().replace(/\s+/g, ' ').slice(0, 120)} }} uses 'cond && ${JSON.stringify(v)} || other', which is always 'other' because ${JSON.stringify(v)} is falsy: expected a truthy value after &&, got a falsy one`,
        help: "Flip the test so the falsy value comes last (!cond && other || false), or use case(cond, 'a', 'b').",
        line: pos.line,
        column: pos.column
      });
    }
  }
  return out;
}
