/**
 * Every `${{ … }}` of a workflow, found in one walk over the parsed document and kept per
 * workflow, so the rules that look at all expressions (obfuscation, unsound-ternary, secrets
 * exposure) share one scan. Expressions are parsed with GitHub's parser only when a rule asks.
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
import type { Node } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from '../../../workflows/yaml-nodes.js';
import { WORKFLOW_FUNCTIONS } from '../../../workflows/condition.js';
import { detached } from '../../../workflows/detach.js';
import { CONTEXTS } from '../../../workflows/expression-flow.js';
import { expressionSpans, type ExpressionSpan } from '../../../workflows/expressions.js';
import type { Pos, Workflow } from '../../../workflows/workflow.js';
import type { CheckContext } from '../types.js';

export interface ExprSite {
  /** The scalar holding the expression. */
  node: Node;
  /** The scalar's text. */
  text: string;
  span: ExpressionSpan;
  /** Which `${{` of the scalar this is (0-based), to find it in the source. */
  nth: number;
  /** The job the scalar belongs to (`jobs.<id>`), if any. */
  job?: string;
  /** The mapping key the scalar is the value of (`run`, `if`, `script`, …), if any. */
  key?: string;
}

const SITES = new WeakMap<Workflow, ExprSite[]>();

function collect(
  n: unknown,
  out: ExprSite[],
  job: string | undefined,
  key: string | undefined,
  depth: number
): void {
  if (!n || depth > 64 || isAlias(n)) return;
  if (isScalar(n)) {
    const v = n.value;
    if (typeof v !== 'string' || !v.includes('${{')) return;
    const spans = expressionSpans(v);
    for (let nth = 0; nth < spans.length; nth++) {
      out.push({ node: n as Node, text: v, span: spans[nth], nth, job, key });
    }
  } else if (isMap(n)) {
    for (const item of n.items) {
      if (!isPair(item)) continue;
      const k = isScalar(item.key) ? String(item.key.value) : undefined;
      if (depth === 0 && k === 'jobs' && isMap(item.value)) {
        for (const j of item.value.items) {
          const id = isScalar(j.key) ? String(j.key.value) : undefined;
          collect(j.value, out, id, id, depth + 2);
        }
      } else collect(item.value, out, job, k, depth + 1);
    }
  } else if (isSeq(n)) {
    for (const item of n.items) collect(item, out, job, key, depth + 1);
  }
}

/**
 * Record the expressions of one scalar met by another walk over the document (static-secrets
 * walks every scalar anyway), keyed by its path of mapping keys and sequence indices.
 */
export function addSites(out: ExprSite[], node: Node, text: string, keyPath: string[]): void {
  const job = keyPath[0] === 'jobs' ? keyPath[1] : undefined;
  let key: string | undefined;
  for (let i = keyPath.length - 1; i >= 0 && key === undefined; i--) {
    if (!/^\d+$/.test(keyPath[i])) key = keyPath[i];
  }
  const spans = expressionSpans(text);
  for (let nth = 0; nth < spans.length; nth++) {
    out.push({ node, text, span: spans[nth], nth, job, key });
  }
}

/** Hand over the sites a complete walk of the document found (later rules reuse them). */
export function primeSites(wf: Workflow, sites: ExprSite[]): void {
  if (!SITES.has(wf)) SITES.set(wf, sites);
}

/** Every expression of the workflow, in document order (aliases are read where their anchor is). */
export function exprSites(wf: Workflow): ExprSite[] {
  let out = SITES.get(wf);
  if (!out) {
    out = [];
    collect(wf.yaml.doc.contents, out, undefined, undefined, 0);
    SITES.set(wf, out);
  }
  return out;
}

/** Where a site's `${{` is in the file (the scalar's start when the source does not show it). */
export function sitePos(ctx: CheckContext, site: ExprSite): Pos {
  return ctx.source.locate(site.node, '${{', site.nth, ctx.wf.yaml.pos(site.node));
}

/**
 * Bodies already parsed: several rules parse each site, and the same expressions recur across
 * workflows. The trees are shared, so no rule may change one. Dropped whole when full.
 */
const PARSED = new Map<string, Expr | null>();
const MAX_PARSED = 8192;

/** Parse an expression body with GitHub's parser; undefined when GitHub would refuse it. */
export function parseExpr(body: string): Expr | undefined {
  let expr = PARSED.get(body);
  if (expr === undefined) {
    // Parsed from an own copy: the tree's tokens must not keep a workflow's text alive.
    const own = detached(body);
    try {
      expr = new Parser(new Lexer(own).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
    } catch {
      expr = null;
    }
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(own, expr);
  }
  return expr ?? undefined;
}

/** The expression of an `if:` value: the fenced body, or the whole value when unfenced. */
export function conditionExpr(cond: string): { expr?: Expr; fenced: boolean } {
  const spans = expressionSpans(cond);
  if (!spans.length) return { expr: parseExpr(cond), fenced: false };
  return { expr: parseExpr(spans[0].body), fenced: true };
}

/** The direct sub-expressions of a node. */
export function children(e: Expr): Expr[] {
  if (e instanceof Grouping) return [e.group];
  if (e instanceof Unary) return [e.expr];
  if (e instanceof Binary) return [e.left, e.right];
  if (e instanceof Logical) return e.args;
  if (e instanceof FunctionCall) return e.args;
  if (e instanceof IndexAccess) return [e.expr, e.index];
  return [];
}

/** Grouping parentheses removed. */
export function ungroup(e: Expr): Expr {
  let x = e;
  while (x instanceof Grouping) x = x.group;
  return x;
}

export function fnName(e: Expr): string | undefined {
  return e instanceof FunctionCall ? e.functionName.lexeme.toLowerCase() : undefined;
}

export function literalValue(e: Expr): unknown {
  return e instanceof Literal ? (e.literal as { value?: unknown }).value : undefined;
}

/** A context (or a property of one): `github.event.x`, `secrets.NAME`, `matrix.os`. */
export function isContext(e: Expr): boolean {
  const x = ungroup(e);
  if (x instanceof ContextAccess) return true;
  return x instanceof IndexAccess && isContext(x.expr);
}

const REDUCIBLE_FUNCTIONS = new Set([
  'contains',
  'startswith',
  'endswith',
  'format',
  'tojson',
  'join'
]);

/** An expression whose value is known without running the workflow (literals all the way down). */
export function constantReducible(e: Expr): boolean {
  if (e instanceof Literal) return true;
  if (e instanceof Grouping) return constantReducible(e.group);
  if (e instanceof Unary) return constantReducible(e.expr);
  if (e instanceof Binary) return constantReducible(e.left) && constantReducible(e.right);
  if (e instanceof Logical) return e.args.every(constantReducible);
  if (e instanceof FunctionCall) {
    return REDUCIBLE_FUNCTIONS.has(fnName(e)!) && e.args.every(constantReducible);
  }
  return false;
}

type Lit = string | number | boolean | null;

/** The value of a constant-reducible expression (undefined when it is not one we evaluate). */
export function constValue(e: Expr): Lit | undefined {
  if (e instanceof Literal) {
    const v = literalValue(e);
    return v === undefined ? null : (v as Lit);
  }
  if (e instanceof Grouping) return constValue(e.group);
  if (e instanceof Unary) {
    const v = constValue(e.expr);
    return v === undefined ? undefined : !truthy(v);
  }
  if (e instanceof Logical) {
    const vals = e.args.map(constValue);
    if (vals.some((v) => v === undefined)) return undefined;
    if (e.operator.lexeme === '&&') return vals.find((v) => !truthy(v!)) ?? vals[vals.length - 1];
    return vals.find((v) => truthy(v!)) ?? vals[vals.length - 1];
  }
  if (e instanceof Binary) {
    const a = constValue(e.left);
    const b = constValue(e.right);
    if (a === undefined || b === undefined) return undefined;
    const eq =
      typeof a === 'string' && typeof b === 'string'
        ? a.toLowerCase() === b.toLowerCase()
        : a === b;
    if (e.operator.lexeme === '==') return eq;
    if (e.operator.lexeme === '!=') return !eq;
    return undefined;
  }
  return undefined;
}

export function truthy(v: Lit): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  return v !== '';
}

/** Each node of an expression tree, parents first. */
export function* walkExpr(e: Expr, depth = 0): Generator<Expr> {
  if (depth > 64) return;
  yield e;
  for (const c of children(e)) yield* walkExpr(c, depth + 1);
}
