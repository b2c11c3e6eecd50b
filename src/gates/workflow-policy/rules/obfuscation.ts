/**
 * obfuscation (zizmor: obfuscation): forms GitHub accepts but that hide what a workflow does from
 * review and from pattern checks — `uses:` paths with `.`, `..` or empty components, `with:`
 * given as one expression, and expressions that are constants in disguise (`${{ 'ev' }}`,
 * `format('{0}{1}', 'a', 'b')`).
 */
import { Literal, type Expr } from '@actions/expressions/ast';
import { isScalar } from '../../../workflows/yaml-nodes.js';
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';
import { child } from './child-node.js';
import { children, constantReducible, exprSites, parseExpr, sitePos } from './expr-sites.js';

/** Constant sub-expressions other than plain literals. */
function reducibleParts(e: Expr, out: Expr[] = [], depth = 0): Expr[] {
  if (depth > 64) return out;
  if (!(e instanceof Literal) && constantReducible(e)) {
    out.push(e);
    return out;
  }
  for (const c of children(e)) reducibleParts(c, out, depth + 1);
  return out;
}

/**
 * A cheap look at the text first: with string literals blanked and true/false/null as numbers,
 * a constant can only hide where there is no context access at all, in a call whose arguments
 * name no context, or around an operator between two literals.
 */
const HAS_CONTEXT = /[A-Za-z_][\w-]*\s*[.[]|\b(?!0\b)[A-Za-z_][\w-]*\b(?!\s*\()/;
const LITERAL_CALL = /[A-Za-z_]\w*\s*\(\s*[^A-Za-z_()]*\)/;
const LITERAL_OP = /(''|\b\d[\w.]*)\s*(==|!=|<=?|>=?|&&|\|\|)\s*(''|\d)|!\s*(''|\d|\()/;

/** A plain context access (`github.event.number`, `matrix.os`): never a constant. */
const PLAIN_ACCESS = /^\s*[A-Za-z_][\w-]*(\s*\.\s*[\w*-]+)+\s*$/;

export function mayBeConstant(body: string): boolean {
  if (PLAIN_ACCESS.test(body)) return false;
  const bare = body.replace(/'(?:[^']|'')*'/g, "''").replace(/\b(true|false|null)\b/gi, '0');
  return !HAS_CONTEXT.test(bare) || LITERAL_CALL.test(bare) || LITERAL_OP.test(bare);
}

export function obfuscation(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const y = ctx.wf.yaml;
  for (const job of ctx.wf.jobs) {
    for (const step of job.steps) {
      if (!step.uses) continue;
      const raw = step.uses.value;
      if (raw.startsWith('./') || /^docker:\/\//i.test(raw)) continue;
      const target = raw.split('@')[0];
      const parts = target.split('/');
      const odd = parts.slice(2).filter((p) => p === '' || p === '.' || p === '..');
      if (parts.length > 2 && odd.length) {
        out.push({
          rule: 'obfuscation',
          message: `${stepLabel(job, step)}: 'uses: ${raw}' has ${[...new Set(odd)].map((p) => (p === '' ? 'an empty component' : `'${p}'`)).join(' and ')} in its path: expected a plain owner/repo/path, got one that hides which action runs`,
          help: 'Write the normalised path (owner/repo/sub/dir@ref).',
          line: step.uses.pos.line,
          column: step.uses.pos.column
        });
      }
      const w = child(ctx, step.node, 'with');
      if (w && isScalar(w) && typeof w.value === 'string' && w.value.includes('${{')) {
        const pos = y.pos(w);
        out.push({
          rule: 'obfuscation',
          message: `${stepLabel(job, step)}: 'with:' is one expression, so no check can see the inputs ${raw} gets: expected a mapping of inputs, got an expression`,
          help: 'List the inputs under with: one by one.',
          maxLevel: 'warning',
          line: pos.line,
          column: pos.column
        });
      }
    }
  }
  for (const site of exprSites(ctx.wf)) {
    const body = site.span.body;
    if (!mayBeConstant(body)) continue;
    const expr = parseExpr(body);
    if (!expr) continue;
    const whole = constantReducible(expr);
    const parts = whole ? [expr] : reducibleParts(expr);
    if (!parts.length) continue;
    const pos = sitePos(ctx, site);
    out.push({
      rule: 'obfuscation',
      message: `${site.job ? `job '${site.job}'` : 'the workflow'}${site.key && site.key !== site.job ? ` (${site.key})` : ''}: \${{ ${body.trim().replace(/\s+/g, ' ').slice(0, 120)} }} ${whole ? 'is a constant written as an expression' : 'contains a constant written as an expression'}: expected the plain value, got an expression that hides it`,
      help: 'Write the value itself instead of computing it from literals.',
      line: pos.line,
      column: pos.column
    });
  }
  return out;
}
