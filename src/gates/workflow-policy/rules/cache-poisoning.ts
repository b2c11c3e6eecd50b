/**
 * cache-poisoning (zizmor: cache-poisoning): a job that publishes (release or tag triggers, or a
 * known publishing action) restores a cache. Caches are shared with the runs of every branch, so
 * a pull request can plant a poisoned cache entry that ends up inside the release.
 */
import { Binary, FunctionCall, Literal, Logical, Unary, type Expr } from '@actions/expressions/ast';
import type { Node } from 'yaml';
import { pathOf } from '../../../workflows/expression-flow.js';
import { expressionSpans } from '../../../workflows/expressions.js';
import { isMap, isSeq } from '../../../workflows/yaml-nodes.js';
import type { Job, Step, Str } from '../../../workflows/workflow.js';
import { parseUses } from '../../../workflows/uses.js';
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';
import { child } from './child-node.js';
import { fnName, literalValue, parseExpr, ungroup } from './expr-sites.js';
import { tagFromComment } from './pinned-uses.js';
import { majorOf, targetOf, usesAction } from './uses-match.js';

type FieldType = 'bool' | 'string' | string[];
/** How an input turns caching on: `in` = on when set (opt-in), `out` = off when set (opt-out). */
interface Control {
  field: string;
  toggle: 'in' | 'out';
  type: FieldType;
  /** Caching is on when the input is absent. */
  byDefault: boolean;
}
interface CacheAction {
  action: string;
  /** Caching is on when any control says so; absent = always caches. */
  any?: Control[];
  /** Caching is on only when all controls say so. */
  all?: Control[];
  /** A version bound (major below which `byDefault` of the controls holds). */
  below?: number;
}

const c = (field: string, toggle: 'in' | 'out', type: FieldType, byDefault: boolean): Control => ({
  field,
  toggle,
  type,
  byDefault
});

/** Actions that restore caches, and the inputs that control it (from each action's action.yml). */
const CACHE_ACTIONS: CacheAction[] = [
  { action: 'actions/cache', any: [c('lookup-only', 'out', 'bool', true)] },
  { action: 'actions/setup-java', any: [c('cache', 'in', 'string', false)] },
  { action: 'actions/setup-go', any: [c('cache', 'in', 'bool', true)] },
  {
    action: 'actions/setup-node',
    any: [
      c('cache', 'in', ['npm', 'yarn', 'pnpm'], false),
      c('package-manager-cache', 'in', 'bool', true)
    ]
  },
  { action: 'actions/setup-python', any: [c('cache', 'in', 'string', false)] },
  { action: 'actions/setup-dotnet', any: [c('cache', 'in', 'bool', false)] },
  { action: 'astral-sh/setup-uv', any: [c('enable-cache', 'in', ['true'], false)], below: 10 },
  { action: 'swatinem/rust-cache', any: [c('lookup-only', 'out', 'bool', true)] },
  { action: 'ruby/setup-ruby', any: [c('bundler-cache', 'in', 'bool', false)] },
  { action: 'pyo3/maturin-action', any: [c('sccache', 'in', 'bool', false)] },
  { action: 'mlugg/setup-zig', any: [c('use-cache', 'in', 'bool', true)] },
  { action: 'oven-sh/setup-bun', any: [c('no-cache', 'out', 'bool', true)] },
  {
    action: 'determinatesystems/magic-nix-cache-action',
    any: [c('use-gha-cache', 'in', 'bool', true)]
  },
  { action: 'graalvm/setup-graalvm', any: [c('cache', 'in', 'string', false)] },
  { action: 'gradle/actions/setup-gradle', any: [c('cache-disabled', 'out', 'bool', true)] },
  {
    action: 'docker/setup-buildx-action',
    all: [c('cache-binary', 'in', 'bool', true), c('version', 'in', 'string', false)]
  },
  { action: 'actions-rust-lang/setup-rust-toolchain', any: [c('cache', 'in', 'bool', true)] },
  { action: 'mozilla-actions/sccache-action' },
  { action: 'nix-community/cache-nix-action' },
  { action: 'jdx/mise-action', any: [c('cache', 'in', 'bool', true)] },
  {
    action: 'ramsey/composer-install',
    any: [c('ignore-cache', 'out', ['yes', 'true', '1'], true)]
  },
  { action: 'awalsh128/cache-apt-pkgs-action' }
];

const CACHE_BY_TARGET = new Map(CACHE_ACTIONS.map((a) => [a.action, a]));

/** Actions that publish what the job built (packages, releases, images, deployments). */
const PUBLISHERS = new Set([
  'pypa/gh-action-pypi-publish',
  'rubygems/release-gem',
  'jreleaser/release-action',
  'goreleaser/goreleaser-action',
  'softprops/action-gh-release',
  'release-drafter/release-drafter',
  'googleapis/release-please-action',
  'redhat-actions/push-to-registry',
  'aws-actions/amazon-ecs-deploy-task-definition',
  'aws-actions/aws-cloudformation-github-deploy',
  'azure/aci-deploy',
  'azure/container-apps-deploy-action',
  'azure/functions-action',
  'azure/sql-action',
  'cloudflare/wrangler-action',
  'google-github-actions/deploy-appengine',
  'google-github-actions/deploy-cloudrun',
  'google-github-actions/deploy-cloud-functions'
]);

type Usage = 'on' | 'maybe' | 'off';

function boolOf(v: string): boolean | undefined {
  const t = v.trim();
  if (/^(true|True|TRUE)$/.test(t)) return true;
  if (/^(false|False|FALSE)$/.test(t)) return false;
  return undefined;
}

function controlUsage(ctl: Control, v: Str | undefined): Usage {
  if (!v) return ctl.byDefault ? 'on' : 'off';
  if (v.value.includes('${{')) return 'maybe';
  let matches: boolean;
  if (ctl.type === 'bool') {
    const b = boolOf(v.value);
    if (b === undefined) return 'maybe';
    matches = b;
  } else if (ctl.type === 'string') matches = v.value.trim() !== '' && boolOf(v.value) !== false;
  else matches = ctl.type.includes(v.value.trim().toLowerCase());
  return ctl.toggle === 'in' ? (matches ? 'on' : 'off') : matches ? 'off' : 'on';
}

function combine(us: Usage[], all: boolean): Usage {
  if (all) return us.includes('off') ? 'off' : us.includes('maybe') ? 'maybe' : 'on';
  return us.includes('on') ? 'on' : us.includes('maybe') ? 'maybe' : 'off';
}

function stepTag(ctx: CheckContext, step: Step): string | undefined {
  const ref = parseUses(step.uses!.value);
  const comment = tagFromComment(ctx.source.trailingComment(child(ctx, step.node, 'uses')));
  return comment ?? (ref.kind === 'repo' ? ref.ref : undefined);
}

/** Whether a step restores a cache, and through which input. */
export function cacheUsage(
  ctx: CheckContext,
  step: Step
): { action: string; usage: Usage; via?: Str; control?: Control } | undefined {
  const a = step.uses ? CACHE_BY_TARGET.get(targetOf(step.uses.value)) : undefined;
  if (!a) return undefined;
  const w = child(ctx, step.node, 'with');
  if (w && !isMap(w) && ctx.wf.yaml.str(w)?.includes('${{'))
    return { action: a.action, usage: 'maybe' };
  const controls = a.all ?? a.any;
  if (!controls) return { action: a.action, usage: 'on' };
  let us = controls.map((ctl) => controlUsage(ctl, step.with.get(ctl.field)));
  if (a.below !== undefined) {
    // Below the bound any truthy value (or none) enables it; from the bound on only the explicit value.
    const major = majorOf(stepTag(ctx, step));
    const v = step.with.get(controls[0].field);
    const old = v
      ? boolOf(v.value) === false
        ? 'off'
        : v.value.includes('${{')
          ? 'maybe'
          : 'on'
      : 'on';
    const legacy: Usage =
      major === undefined ? (old === 'on' ? 'maybe' : old) : major < a.below ? old : 'off';
    us = [...us, legacy];
  }
  const usage = combine(us, Boolean(a.all));
  const control = controls.find((ctl) => step.with.has(ctl.field));
  const via = control ? step.with.get(control.field) : undefined;
  return { action: a.action, usage, via, control };
}

/**
 * A cache input set by an expression that is decided on a tag push or a release:
 * `startsWith(github.ref, 'refs/tags/')`, `github.event_name == 'push' && github.ref_type == 'tag'`,
 * literals and their negations. Undefined for anything else.
 */
export function onTagPush(e: Expr): boolean | undefined {
  const x = ungroup(e);
  if (x instanceof Literal) {
    const v = literalValue(x);
    return typeof v === 'boolean' ? v : undefined;
  }
  if (x instanceof Unary) {
    const v = onTagPush(x.expr);
    return v === undefined ? undefined : !v;
  }
  if (x instanceof FunctionCall && fnName(x) === 'startswith' && x.args.length === 2) {
    const prefix = literalValue(ungroup(x.args[1]));
    if (pathOf(ungroup(x.args[0])) === 'github.ref' && typeof prefix === 'string') {
      return prefix.toLowerCase() === 'refs/tags/' ? true : undefined;
    }
  }
  if (x instanceof Logical && x.operator.lexeme === '&&' && x.args.length === 2) {
    const parts = x.args.map((a) => {
      const b = ungroup(a);
      if (!(b instanceof Binary) || b.operator.lexeme !== '==') return '';
      const [l, r] = [ungroup(b.left), ungroup(b.right)];
      const [p, v] = pathOf(l) ? [pathOf(l), literalValue(r)] : [pathOf(r), literalValue(l)];
      return `${p}=${String(v)}`;
    });
    if (parts.sort().join(' ') === 'github.event_name=push github.ref_type=tag') return true;
  }
  return undefined;
}

/** Why the workflow's triggers are release-like, if they are. */
function releaseTriggers(ctx: CheckContext): string[] {
  const y = ctx.wf.yaml;
  const out: string[] = [];
  for (const t of ctx.wf.triggers) {
    if (t.event === 'release') out.push('release');
    if (t.event !== 'push') continue;
    const body = y.resolve(t.node);
    if (!body || !isMap(body)) continue;
    if (y.get(body, 'tags') || y.get(body, 'tags-ignore')) out.push('push of tags');
    const branches = child(ctx, body as Node, 'branches');
    const list = isSeq(branches)
      ? (branches.items as Node[]).map((n) => y.str(n) ?? '')
      : [y.str(branches) ?? ''];
    if (list.some((b) => b.toLowerCase().includes('release'))) out.push('push to release branches');
  }
  return out;
}

function publisherOf(job: Job): Step | undefined {
  return job.steps.find((s) => {
    if (!s.uses) return false;
    if (PUBLISHERS.has(targetOf(s.uses.value))) return true;
    if (!usesAction(s.uses.value, 'docker/build-push-action')) return false;
    // zizmor counts a build-push step as publishing unless it sets push: false.
    const push = s.with.get('push');
    return push === undefined || boolOf(push.value) !== false;
  });
}

export function cachePoisoning(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const triggers = releaseTriggers(ctx);
  const tagOnly = triggers.length > 0 && triggers.every((t) => t !== 'push to release branches');
  for (const job of ctx.wf.jobs) {
    const publisher = triggers.length ? undefined : publisherOf(job);
    if (!triggers.length && !publisher) continue;
    const why = triggers.length
      ? `the workflow runs on ${[...new Set(triggers)].join(' and ')}`
      : `step '${publisher!.name?.value ?? publisher!.uses!.value}' publishes`;
    for (const step of job.steps) {
      if (!step.uses) continue;
      const u = cacheUsage(ctx, step);
      if (!u || u.usage === 'off') continue;
      if (u.usage === 'maybe' && tagOnly && u.via && u.control?.type === 'bool') {
        const span = expressionSpans(u.via.value)[0];
        const expr = span ? parseExpr(span.body) : undefined;
        const v = expr ? onTagPush(expr) : undefined;
        if (v !== undefined && (u.control.toggle === 'in' ? !v : v)) continue;
      }
      const how =
        u.usage === 'maybe'
          ? `may restore a cache (${u.via ? `${u.via.value.trim()}` : 'inputs set at run time'})`
          : u.via
            ? `restores a cache (${u.via.value.trim()})`
            : 'restores a cache by default';
      const pos = step.uses.pos;
      out.push({
        rule: 'cache-poisoning',
        message: `${stepLabel(job, step)}: ${u.action} ${how} while ${why}: expected no cache in a job that builds what it publishes, got one any branch's run can have written`,
        help: 'Turn the cache off in publishing jobs (e.g. cache: "" for setup-node/python, lookup-only: true for actions/cache, package-manager-cache: false), or build the release from a clean install.',
        line: pos.line,
        column: pos.column
      });
    }
  }
  return out;
}
