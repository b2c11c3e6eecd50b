/**
 * Which context values flow into the *value* of a `${{ … }}` expression, read with GitHub's own
 * expression parser (@actions/expressions). `contains(github.event.issue.title, 'x')` yields a
 * boolean, so the title does not flow; `format('{0}', github.head_ref)` and `a && b || c` do
 * (`b` and `c`). When the parser refuses an expression, every referenced path is taken to flow.
 */
import { Lexer, Parser } from '@actions/expressions';
import {
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Unary,
  type Expr
} from '@actions/expressions/ast';
import { detached } from './detach.js';
import { expressionSpans, referencedPaths } from './expressions.js';

/** Context names GitHub knows in workflow expressions (the parser refuses other names). */
export const CONTEXTS = [
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs'
];

/** Functions whose result is (built from) their arguments; every other function yields a boolean or a hash. */
const PASS_THROUGH = new Set(['format', 'join', 'tojson', 'fromjson']);

/** A property path for an access chain (`github.event.commits[0].message` → `github.event.commits.*.message`). */
export function pathOf(e: Expr): string | undefined {
  if (e instanceof ContextAccess) return e.name.lexeme.toLowerCase();
  if (e instanceof IndexAccess) {
    const base = pathOf(e.expr);
    if (base === undefined) return undefined;
    const idx = e.index;
    const key = idx instanceof Literal ? (idx.literal as { value?: unknown }).value : undefined;
    if (typeof key === 'string') return `${base}.${key.toLowerCase()}`;
    return `${base}.*`;
  }
  return undefined;
}

function flows(e: Expr, out: Set<string>, depth: number): void {
  if (depth > 64) return;
  const path = pathOf(e);
  if (path !== undefined) {
    out.add(path);
    return;
  }
  if (e instanceof IndexAccess) {
    // A property of a computed value (`(a || b).number`): the property of whatever the base carries.
    const base = new Set<string>();
    flows(e.expr, base, depth + 1);
    const idx = e.index;
    const key = idx instanceof Literal ? (idx.literal as { value?: unknown }).value : undefined;
    const suffix = typeof key === 'string' ? key.toLowerCase() : '*';
    for (const p of base) out.add(`${p}.${suffix}`);
  } else if (e instanceof Grouping) {
    flows(e.group, out, depth + 1);
  } else if (e instanceof Logical) {
    // `a && b`: the value is b (or a falsy a, which prints as nothing); `a || b`: a or b.
    if (e.operator.lexeme === '&&') flows(e.args[e.args.length - 1], out, depth + 1);
    else for (const a of e.args) flows(a, out, depth + 1);
  } else if (e instanceof FunctionCall) {
    if (PASS_THROUGH.has(e.functionName.lexeme.toLowerCase())) {
      for (const a of e.args) flows(a, out, depth + 1);
    }
  } else if (e instanceof Unary || e instanceof Binary || e instanceof Literal) {
    // `!x`, comparisons and literals carry no context text.
  }
}

export interface ExpressionFlow {
  /** Context paths whose text can appear in the expression's value. */
  paths: string[];
  /** False when GitHub's parser refused the body (then `paths` is every referenced path). */
  parsed: boolean;
}

/** Bodies already read (the same `${{ secrets.X }}` recurs across files); dropped whole when full. */
const FLOWS = new Map<string, ExpressionFlow>();
const MAX_FLOWS = 8192;

/** The context paths that flow into the value of one expression body. */
export function flowingPaths(body: string): ExpressionFlow {
  let flow = FLOWS.get(body);
  if (!flow) {
    // Read from an own copy, so neither the key nor the paths keep a workflow's text alive.
    const own = detached(body);
    flow = readFlow(own);
    if (FLOWS.size >= MAX_FLOWS) FLOWS.clear();
    FLOWS.set(own, flow);
  }
  return { paths: [...flow.paths], parsed: flow.parsed };
}

function readFlow(body: string): ExpressionFlow {
  try {
    const tokens = new Lexer(body).lex().tokens;
    const expr = new Parser(tokens, CONTEXTS, []).parse();
    const out = new Set<string>();
    flows(expr, out, 0);
    return { paths: [...out], parsed: true };
  } catch {
    return { paths: referencedPaths(`\${{${body}}}`), parsed: false };
  }
}

/** A best-effort string for an expression: literals as themselves, context paths as `${{path}}`. */
function symbolic(e: Expr, depth: number): string | undefined {
  if (depth > 64) return undefined;
  const path = pathOf(e);
  if (path !== undefined) return `\${{${path}}}`;
  if (e instanceof Literal) {
    const v = (e.literal as { value?: unknown }).value;
    return v === null || v === undefined ? '' : String(v);
  }
  if (e instanceof Grouping) return symbolic(e.group, depth + 1);
  if (e instanceof Logical) {
    // `a || b` may be either; `a && b` is b when it prints anything.
    const parts = (e.operator.lexeme === '&&' ? e.args.slice(-1) : e.args).map((a) =>
      symbolic(a, depth + 1)
    );
    return parts.every((p) => p !== undefined) ? parts.join(' ') : undefined;
  }
  if (e instanceof FunctionCall) {
    const name = e.functionName.lexeme.toLowerCase();
    const args = e.args.map((a) => symbolic(a, depth + 1));
    if (name === 'format' && args[0] !== undefined) {
      return args[0].replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n?: string) =>
        n === undefined ? m[0] : (args[Number(n) + 1] ?? m)
      );
    }
    if (name === 'join' && args.every((a) => a !== undefined)) return args.join(' ');
  }
  return undefined;
}

/**
 * The text as the runner would paste it, as far as it is known: each `${{ … }}` becomes its value
 * when it is built from literals (`format('refs/pull/{0}/head', github.event.number)` →
 * `refs/pull/${{github.event.number}}/head`); context values stay as `${{path}}`; an expression
 * that cannot be read stays as written.
 */
export function symbolicText(text: string): string {
  const spans = expressionSpans(text);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start);
    let v: string | undefined;
    try {
      const expr = new Parser(new Lexer(s.body).lex().tokens, CONTEXTS, []).parse();
      v = symbolic(expr, 0);
    } catch {
      v = undefined;
    }
    out += v ?? text.slice(s.start, s.end);
    at = s.end;
  }
  return out + text.slice(at);
}
