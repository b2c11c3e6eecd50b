/**
 * bot-conditions (zizmor: bot-conditions): `github.actor == 'dependabot[bot]'` names whoever
 * triggered the latest event, not who wrote the code: anyone can make the bot the actor (a
 * Dependabot rebase of a PR the attacker pushed to), so the check lets attacker code through.
 */
import { Binary, Logical, Unary, type Expr } from '@actions/expressions/ast';
import { pathOf } from '../../../workflows/expression-flow.js';
import type { CheckContext, RuleFinding } from '../types.js';
import { conditionsOf } from './conditions.js';
import { children, conditionExpr, isContext, literalValue, ungroup } from './expr-sites.js';

const ACTOR_NAMES = [
  'github.actor',
  'github.triggering_actor',
  'github.event.pull_request.sender.login'
];
const ACTOR_IDS = ['github.actor_id', 'github.event.pull_request.sender.id'];
/** Bot account and app ids people compare actor ids with (dependabot, dependabot-preview, renovate). */
const BOT_IDS = new Set(['29110', '49699333', '27856297', '29139614']);

interface Hit {
  path: string;
  value: string;
}

function botComparison(e: Binary): Hit | undefined | null {
  const l = ungroup(e.left);
  const r = ungroup(e.right);
  const [c, lit] = isContext(l) ? [l, r] : isContext(r) ? [r, l] : [undefined, undefined];
  if (!c || !lit) return undefined;
  const v = literalValue(lit);
  if (v === undefined) return undefined;
  if (v === null || typeof v === 'boolean') return null;
  const path = pathOf(c);
  if (!path) return null;
  const s = String(v);
  if (ACTOR_NAMES.includes(path) && s.endsWith('[bot]')) return { path, value: s };
  if (ACTOR_IDS.includes(path) && BOT_IDS.has(s)) return { path, value: s };
  return null;
}

/** The first bot comparison, and whether it alone decides the condition (an || branch or the whole). */
function walk(e: Expr, dominating: boolean, depth = 0): [Hit | undefined, boolean] {
  if (depth > 64) return [undefined, dominating];
  const x = ungroup(e);
  if (x instanceof Logical) {
    const or = x.operator.lexeme === '||';
    let hit: Hit | undefined;
    for (const a of x.args) hit ??= walk(a, or, depth + 1)[0];
    return [hit, or];
  }
  if (x instanceof Binary) {
    if (x.operator.lexeme === '==') {
      const b = botComparison(x);
      if (b) return [b, true];
      if (b === null) return [undefined, true];
      const hit = walk(x.left, true, depth + 1)[0] ?? walk(x.right, true, depth + 1)[0];
      return [hit, true];
    }
    const hit = walk(x.left, false, depth + 1)[0] ?? walk(x.right, false, depth + 1)[0];
    return [hit, false];
  }
  if (x instanceof Unary) return walk(x.expr, false, depth + 1);
  const kids = children(x);
  if (!kids.length) return [undefined, dominating];
  let hit: Hit | undefined;
  for (const k of kids) hit ??= walk(k, false, depth + 1)[0];
  return [hit, false];
}

export function botConditions(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { cond, where } of conditionsOf(ctx)) {
    if (!/actor|sender/i.test(cond.value)) continue;
    const { expr } = conditionExpr(cond.value);
    if (!expr) continue;
    const [hit, dominating] = walk(expr, true);
    if (!hit) continue;
    out.push({
      rule: 'bot-conditions',
      message: `${where}: the condition trusts ${hit.path} == '${hit.value}'${dominating ? ', which alone lets the job run' : ''}: the actor is whoever triggered the latest event, which an attacker can make the bot be; expected a check of the author of the code, got the actor`,
      help: "Check who opened the pull request (github.event.pull_request.user.login == 'dependabot[bot]') and, for Dependabot, use dependabot/fetch-metadata; never gate privileged steps on github.actor alone.",
      maxLevel: dominating ? undefined : 'warning',
      line: cond.pos.line,
      column: cond.pos.column
    });
  }
  return out;
}
