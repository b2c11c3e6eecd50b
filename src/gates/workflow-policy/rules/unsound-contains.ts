/**
 * unsound-contains (zizmor: unsound-contains): `contains('main,develop', github.ref_name)` tests
 * for a substring, not list membership, so a branch called `mai` or `develop-evil` passes it.
 */
import { FunctionCall } from '@actions/expressions/ast';
import { pathOf } from '../../../workflows/expression-flow.js';
import type { CheckContext, RuleFinding } from '../types.js';
import { conditionsOf } from './conditions.js';
import { conditionExpr, fnName, literalValue, ungroup, walkExpr } from './expr-sites.js';

/** Values whoever triggers the run can choose (a branch or tag name, an input, an env value). */
const CONTROLLABLE = [
  'env',
  'github.actor',
  'github.base_ref',
  'github.head_ref',
  'github.ref',
  'github.ref_name',
  'github.sha',
  'github.triggering_actor',
  'inputs'
];

const childOf = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

export function unsoundContains(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { cond, where } of conditionsOf(ctx)) {
    if (!/contains\s*\(\s*'/i.test(cond.value)) continue;
    const { expr } = conditionExpr(cond.value);
    if (!expr) continue;
    for (const e of walkExpr(expr)) {
      if (!(e instanceof FunctionCall) || fnName(e) !== 'contains' || e.args.length !== 2) continue;
      const list = literalValue(ungroup(e.args[0]));
      const path = pathOf(ungroup(e.args[1]));
      if (typeof list !== 'string' || path === undefined) continue;
      const controllable = CONTROLLABLE.some((p) => childOf(path, p));
      out.push({
        rule: 'unsound-contains',
        message: `${where}: contains('${list}', ${path}) checks for a substring, so ${controllable ? 'a chosen' : 'a'} ${path} that is only part of an entry passes: expected an exact comparison, got a substring test`,
        help: `Test each value exactly: contains(fromJSON('["${list
          .split(/[\s,]+/)
          .filter(Boolean)
          .join('", "')}"]'), ${path}), or ${path} == '…' || ${path} == '…'.`,
        maxLevel: controllable ? undefined : 'warning',
        line: cond.pos.line,
        column: cond.pos.column
      });
    }
  }
  return out;
}
