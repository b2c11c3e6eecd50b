/**
 * unpinned-images (zizmor: unpinned-images): job `container:` and `services:` images not pinned
 * by `@sha256:` digest. No tag or `latest` floats freely (error); another tag can be re-pushed
 * (warning); an image chosen by an expression cannot be checked (warning). `docker://` steps are
 * pinned-uses' business.
 */
import { Literal, Logical, type Expr } from '@actions/expressions/ast';
import type { Node } from 'yaml';
import { isMap } from '../../../workflows/yaml-nodes.js';
import { pathOf } from '../../../workflows/expression-flow.js';
import { expressionSpans } from '../../../workflows/expressions.js';
import type { Job } from '../../../workflows/workflow.js';
import { type CheckContext, type RuleFinding } from '../types.js';
import { child } from './child-node.js';
import { literalValue, parseExpr, ungroup } from './expr-sites.js';

type Verdict = { level: 'error' | 'warning'; why: string } | undefined;

/** `name[:tag][@sha256:…]` → what is wrong with its pinning. */
export function imagePinning(image: string): Verdict {
  const ref = image.trim().replace(/^docker:\/\//i, '');
  if (ref === '') return undefined;
  const at = ref.indexOf('@');
  if (at >= 0) return undefined;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  const tag = colon > slash ? ref.slice(colon + 1) : undefined;
  if (tag === undefined)
    return { level: 'error', why: `'${ref}' has no tag or digest (it means :latest)` };
  if (tag === 'latest') return { level: 'error', why: `'${ref}' uses the floating latest tag` };
  return { level: 'warning', why: `'${ref}' is pinned by tag only, which can be re-pushed` };
}

/** The values an image expression can take: literal strings, matrix values, or unknown. */
function leaves(e: Expr, out: Expr[] = []): Expr[] {
  const x = ungroup(e);
  if (x instanceof Logical) for (const a of x.args) leaves(a, out);
  else out.push(x);
  return out;
}

function verdicts(text: string, job: Job): Verdict[] {
  const spans = expressionSpans(text);
  if (!spans.length) return [imagePinning(text)];
  if (
    spans.length !== 1 ||
    text.slice(0, spans[0].start).trim() ||
    text.slice(spans[0].end).trim()
  ) {
    return [
      {
        level: 'warning',
        why: `'${text.trim()}' is built at run time, so its pin cannot be checked`
      }
    ];
  }
  const expr = parseExpr(spans[0].body);
  if (!expr) return [{ level: 'warning', why: `'${text.trim()}' cannot be read` }];
  const out: Verdict[] = [];
  for (const leaf of leaves(expr)) {
    if (leaf instanceof Literal) {
      const v = literalValue(leaf);
      if (typeof v === 'string') out.push(imagePinning(v));
      continue;
    }
    const p = pathOf(leaf);
    const m = p?.startsWith('matrix.') ? p.slice('matrix.'.length) : undefined;
    const values = m !== undefined ? job.matrix.get(m) : undefined;
    if (m !== undefined && values !== undefined && !values.includes('${{')) {
      for (const line of values.split('\n')) {
        const v = line.trim().replace(/^["']|["']$/g, '');
        if (v) out.push(imagePinning(v));
      }
    } else if (m !== undefined && !job.matrix.size) {
      continue;
    } else {
      out.push({
        level: 'warning',
        why: `the image comes from ${p ?? 'an expression'}, so its pin cannot be checked`
      });
    }
  }
  return out;
}

export function unpinnedImages(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const y = ctx.wf.yaml;
  const check = (where: string, node: Node | undefined, job: Job) => {
    const text = y.str(node);
    if (!node || text === undefined) return;
    const pos = y.pos(node);
    const seen = new Set<string>();
    for (const v of verdicts(text, job)) {
      if (!v || seen.has(v.why)) continue;
      seen.add(v.why);
      out.push({
        rule: 'unpinned-images',
        message: `${where}: ${v.why}: expected the image pinned by digest (name:tag@sha256:<digest>)`,
        help: 'Pin it: image: name:tag@sha256:<digest> (docker buildx imagetools inspect name:tag shows the digest), and let Dependabot or Renovate update it.',
        maxLevel: v.level === 'warning' ? 'warning' : undefined,
        line: pos.line,
        column: pos.column
      });
    }
  };
  for (const job of ctx.wf.jobs) {
    const c = child(ctx, job.node, 'container');
    check(`job '${job.id}' container`, c && isMap(c) ? child(ctx, c, 'image') : c, job);
    for (const e of y.entries(child(ctx, job.node, 'services'))) {
      const s = y.resolve(e.value) ?? e.value;
      check(
        `job '${job.id}' service '${e.key}'`,
        s && isMap(s) ? child(ctx, s, 'image') : undefined,
        job
      );
    }
  }
  return out;
}
