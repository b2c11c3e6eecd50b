/**
 * Whether an `if:` condition can hold under a given event, read with GitHub's expression parser
 * (@actions/expressions) and GitHub's comparison rules: strings compare case-insensitively
 * (`github.event_name == 'PULL_REQUEST_TARGET'` is true under pull_request_target), values of
 * different types compare as numbers. Only `github.event_name` is known; every other value is
 * unknown, so a condition counts as a guard only when it is false whatever the unknowns are.
 */
import { Lexer, Parser } from '@actions/expressions';
import type { FunctionInfo } from '@actions/expressions/funcs/info';
import {
  Binary,
  FunctionCall,
  Grouping,
  Literal,
  Logical,
  Unary,
  type Expr
} from '@actions/expressions/ast';
import { CONTEXTS, pathOf } from './expression-flow.js';
import { expressionSpans } from './expressions.js';

type Lit = string | number | boolean | null;

/** What is known of a value: maybe the value itself, maybe only whether it is truthy. */
interface Val {
  known: boolean;
  value?: Lit;
  truthy?: boolean;
}

const UNKNOWN: Val = { known: false };

/** The status functions of `if:` (GitHub's workflow functions, beyond the parser's built-ins). */
export const WORKFLOW_FUNCTIONS: FunctionInfo[] = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];

function lit(value: Lit): Val {
  return { known: true, value, truthy: truthy(value) };
}

function truthy(v: Lit): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  return v !== '';
}

function toNumber(v: Lit): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const t = v.trim();
  if (t === '') return 0;
  if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
  if (/^0o[0-7]+$/i.test(t)) return parseInt(t.slice(2), 8);
  const n = Number(t);
  return Number.isNaN(n) ? NaN : n;
}

/** GitHub's loose equality: strings case-insensitively, mixed types as numbers. */
export function looseEquals(a: Lit, b: Lit): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    return a.toLowerCase() === b.toLowerCase();
  }
  if (typeof a === typeof b && a !== null && typeof a !== 'number') return a === b;
  if (a === null && b === null) return true;
  return toNumber(a) === toNumber(b);
}

function evalExpr(e: Expr, event: string, depth: number): Val {
  if (depth > 64) return UNKNOWN;
  if (e instanceof Literal) {
    const v = (e.literal as { value?: unknown }).value;
    if (v === undefined || v === null) return lit(null);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return lit(v);
    return UNKNOWN;
  }
  if (e instanceof Grouping) return evalExpr(e.group, event, depth + 1);
  if (e instanceof Unary) {
    const v = evalExpr(e.expr, event, depth + 1);
    return v.truthy === undefined ? UNKNOWN : lit(!v.truthy);
  }
  if (e instanceof Logical) {
    const and = e.operator.lexeme === '&&';
    const vals = e.args.map((a) => evalExpr(a, event, depth + 1));
    if (and) {
      // The first falsy operand is the value; all truthy: the last one.
      for (const v of vals) {
        if (v.truthy === false)
          return v.known && vals.every((x) => x.known) ? v : { known: false, truthy: false };
        if (v.truthy === undefined)
          return vals.some((x) => x.truthy === false) ? { known: false, truthy: false } : UNKNOWN;
      }
      return vals[vals.length - 1];
    }
    for (const v of vals) {
      if (v.truthy === true) return vals.every((x) => x.known) ? v : { known: false, truthy: true };
      if (v.truthy === undefined)
        return vals.some((x) => x.truthy === true) ? { known: false, truthy: true } : UNKNOWN;
    }
    return vals[vals.length - 1];
  }
  if (e instanceof Binary) {
    const a = evalExpr(e.left, event, depth + 1);
    const b = evalExpr(e.right, event, depth + 1);
    if (!a.known || !b.known) return UNKNOWN;
    const x = a.value as Lit;
    const y = b.value as Lit;
    switch (e.operator.lexeme) {
      case '==':
        return lit(looseEquals(x, y));
      case '!=':
        return lit(!looseEquals(x, y));
      default:
        return UNKNOWN;
    }
  }
  if (e instanceof FunctionCall) {
    const name = e.functionName.lexeme.toLowerCase();
    const args = e.args.map((a) => evalExpr(a, event, depth + 1));
    const strs = args.map((a) =>
      a.known && typeof a.value === 'string' ? a.value.toLowerCase() : undefined
    );
    if (strs.length === 2 && strs[0] !== undefined && strs[1] !== undefined) {
      if (name === 'startswith') return lit(strs[0].startsWith(strs[1]));
      if (name === 'endswith') return lit(strs[0].endsWith(strs[1]));
      if (name === 'contains') return lit(strs[0].includes(strs[1]));
    }
    return UNKNOWN;
  }
  const path = pathOf(e);
  if (path === 'github.event_name') return lit(event);
  return UNKNOWN;
}

/** The expression an `if:` value stands for, or undefined when it is not a single expression. */
function conditionBody(cond: string): string | undefined {
  const spans = expressionSpans(cond);
  if (spans.length === 0) return cond;
  if (
    spans.length === 1 &&
    cond.slice(0, spans[0].start).trim() === '' &&
    cond.slice(spans[0].end).trim() === ''
  ) {
    return spans[0].body;
  }
  return undefined;
}

/**
 * False only when the condition cannot be true under any of `events` (then the step or job does
 * not run under them); true when it may run, when the expression does not parse, or when it is
 * not a single expression.
 */
export function canRunUnder(cond: string | undefined, events: string[]): boolean {
  if (cond === undefined || cond.trim() === '') return true;
  const body = conditionBody(cond);
  if (body === undefined) return true;
  let expr: Expr;
  try {
    expr = new Parser(new Lexer(body).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
  } catch {
    return true;
  }
  return events.some((ev) => evalExpr(expr, ev, 0).truthy !== false);
}
