/**
 * Evaluates `${{ … }}` the way the runner does, with GitHub's own expression engine
 * (@actions/expressions: Lexer, Parser, Evaluator) against contexts a test builds as plain JSON.
 * Adds what the engine leaves to the runner: the status functions (`success()`, `always()`,
 * `failure()`, `cancelled()`) and `hashFiles()` over the workspace.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { data, DescriptionDictionary, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { expressionSpans } from '../../src/workflows/expressions.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The contexts of one evaluation: github, inputs, steps, env, runner, secrets, needs, job, jobs … */
export type Contexts = Record<string, Json>;

export interface EvalOptions {
  /** The job status the status functions see (default success). */
  status?: 'success' | 'failure' | 'cancelled';
  /** Where `hashFiles()` looks (default: github.workspace). */
  workspace?: string;
}

const CONTEXT_NAMES = [
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

const STATUS_FUNCTIONS = ['success', 'always', 'failure', 'cancelled'];

function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

/**
 * hashFiles as the runner computes it: sha256 over the sha256 of every matched regular file (here
 * in sorted path order; the runner takes its glob walk order, the same for a single file).
 */
function hashFiles(workspace: string, patterns: string[]): string {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const files = new Set<string>();
  for (const p of include) {
    for (const f of globSync(p, { cwd: workspace, exclude })) {
      if (statSync(join(workspace, f)).isFile()) files.add(f);
    }
  }
  if (files.size === 0) return '';
  const outer = createHash('sha256');
  for (const f of [...files].sort()) {
    outer.update(
      createHash('sha256')
        .update(readFileSync(join(workspace, f)))
        .digest()
    );
  }
  return outer.digest('hex');
}

interface FunctionDef {
  name: string;
  minArgs: number;
  maxArgs: number;
  call: (...args: data.ExpressionData[]) => data.ExpressionData;
}

function functionsFor(contexts: Contexts, options: EvalOptions): Map<string, FunctionDef> {
  const status = options.status ?? 'success';
  const github = contexts.github as Record<string, Json> | undefined;
  const workspace = options.workspace ?? String(github?.workspace ?? process.cwd());
  const fns = new Map<string, FunctionDef>();
  const flag = (name: string, v: () => boolean) =>
    fns.set(name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(v()) });
  flag('success', () => status === 'success');
  flag('always', () => true);
  flag('failure', () => status === 'failure');
  flag('cancelled', () => status === 'cancelled');
  fns.set('hashfiles', {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: 255,
    call: (...args) =>
      new data.StringData(
        hashFiles(
          workspace,
          args.flatMap((a) =>
            a
              .coerceString()
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean)
          )
        )
      )
  });
  return fns;
}

/** Evaluate one expression body (what stands between `${{` and `}}`). Throws on a parse error. */
export function evaluate(
  body: string,
  contexts: Contexts,
  options: EvalOptions = {}
): data.ExpressionData {
  const fns = functionsFor(contexts, options);
  const tokens = new Lexer(body).lex().tokens;
  const expr = new Parser(tokens, CONTEXT_NAMES, [...fns.values()]).parse();
  const ctx = new DescriptionDictionary(
    ...CONTEXT_NAMES.map((key) => ({ key, value: toData(contexts[key] ?? {}) }))
  );
  return new Evaluator(expr, ctx, fns).evaluate();
}

/** The string value of a template (`a-${{ x }}-b`), as the runner renders a `with:` or `env:` value. */
export function evaluateTemplate(
  text: string,
  contexts: Contexts,
  options: EvalOptions = {}
): string {
  let out = '';
  let at = 0;
  for (const span of expressionSpans(text)) {
    out += text.slice(at, span.start) + evaluate(span.body, contexts, options).coerceString();
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * An `if:` as the runner judges it: the whole value is an expression (with or without `${{ }}`),
 * and one that calls no status function is implicitly `success() && (…)`.
 */
export function evaluateCondition(
  text: string | undefined,
  contexts: Contexts,
  options: EvalOptions = {}
): boolean {
  const status = options.status ?? 'success';
  if (text === undefined || text.trim() === '') return status === 'success';
  const trimmed = text.trim();
  const spans = expressionSpans(trimmed);
  const body =
    spans.length === 1 && spans[0].start === 0 && spans[0].end === trimmed.length
      ? spans[0].body
      : trimmed;
  const callsStatus = new RegExp(`\\b(${STATUS_FUNCTIONS.join('|')})\\s*\\(`, 'i').test(body);
  const value = truthy(evaluate(body, contexts, options));
  return callsStatus ? value : status === 'success' && value;
}
