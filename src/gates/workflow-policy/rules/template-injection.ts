/**
 * template-injection: `${{ … }}` whose value an attacker chooses (issue/PR titles and bodies, head
 * refs, commit messages, …), expanded into a `run:` script or an `actions/github-script` script —
 * directly, or through `env.X` / `matrix.X` set from such a value. `$X` in the script is the safe
 * form (the shell reads the variable; nothing is pasted into the code) and is not flagged.
 */
import type { Node } from 'yaml';
import { flowingPaths } from '../../../workflows/expression-flow.js';
import { expressionSpans, referencedPaths } from '../../../workflows/expressions.js';
import type { Job, Step, Str } from '../../../workflows/workflow.js';
import { stepLabel, valueNode, type CheckContext, type RuleFinding } from '../types.js';
import { contextCapability, type Capability } from './context-capabilities.js';
import { targetOf } from './uses-match.js';

/** Context paths an outside contributor controls (`*` = any array index or key). */
const ATTACKER_PATHS = [
  'github.head_ref',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.pull_request.head.repo.description',
  'github.event.pull_request.head.repo.homepage',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.name',
  'github.event.commits.*.author.email',
  'github.event.commits.*.committer.name',
  'github.event.commits.*.committer.email',
  'github.event.head_commit.message',
  'github.event.head_commit.author.name',
  'github.event.head_commit.author.email',
  'github.event.head_commit.committer.name',
  'github.event.head_commit.committer.email',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_repository.description',
  'github.event.workflow_run.pull_requests.*.head.ref',
  'github.event.merge_group.head_commit.message',
  'github.event.merge_group.head_commit.author.name',
  'github.event.merge_group.head_commit.author.email',
  'github.event.client_payload'
].map((p) => p.split('.'));

const segMatch = (a: string, b: string) => a === b || a === '*' || b === '*';

/**
 * Whether a flowing path carries attacker text: it names such a field, something inside one, or an
 * object that contains one (`toJSON(github.event.pull_request)`).
 */
export function isAttackerControlled(path: string): boolean {
  const segs = path.toLowerCase().split('.');
  return ATTACKER_PATHS.some((p) => {
    const n = Math.min(p.length, segs.length);
    for (let i = 0; i < n; i++) if (!segMatch(segs[i], p[i])) return false;
    return true;
  });
}

/** How much of a path's value an outside contributor controls (our list, then zizmor's table). */
export function capabilityOf(path: string): Capability | undefined {
  return isAttackerControlled(path) ? 'arbitrary' : contextCapability(path.toLowerCase());
}

/** Why a path is dangerous here, or undefined. */
function taintOf(
  path: string,
  env: Map<string, string>,
  matrix: Map<string, string>
): string | undefined {
  if (capabilityOf(path)) return path;
  const [ctx, name] = path.split('.');
  if (ctx === 'env' && name && env.has(name)) return `${path} = ${env.get(name)}`;
  if (ctx === 'matrix' && name && (matrix.has(name) || matrix.has('*')))
    return `${path} = ${matrix.get(name) ?? matrix.get('*')}`;
  return undefined;
}

/** The attacker-controlled source a value carries, if any (for env and matrix values). */
function valueTaint(text: string, env: Map<string, string>): string | undefined {
  for (const span of expressionSpans(text)) {
    for (const p of flowingPaths(span.body).paths) {
      const t = taintOf(p, env, new Map());
      if (t) return t.split(' = ').pop();
    }
  }
  return undefined;
}

function envTaint(vars: Map<string, Str>, inherited: Map<string, string>): Map<string, string> {
  const out = new Map(inherited);
  for (const [k, v] of vars) {
    const t = valueTaint(v.value, inherited);
    if (t) out.set(k.toLowerCase(), t);
    else out.delete(k.toLowerCase());
  }
  return out;
}

function matrixTaint(job: Job): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of job.matrix) {
    const p = referencedPaths(v).find((x) => capabilityOf(x));
    if (p) out.set(k.toLowerCase(), p);
  }
  return out;
}

/**
 * Action inputs that are code (CodeQL's injection-sink models, as zizmor lists them, plus the
 * few zizmor adds), by action; input names lower-cased as the model keys them.
 */
const CODE_INPUTS = new Map<string, string[]>([
  ['actions/github-script', ['script']],
  ['8398a7/action-slack', ['custom_payload']],
  ['appleboy/ssh-action', ['script']],
  ['azure/cli', ['inlinescript']],
  ['azure/powershell', ['inlinescript']],
  ['devorbitus/yq-action-output', ['cmd']],
  ['gautamkrishnar/blog-post-workflow', ['item_exec']],
  [
    'imjohnbo/issue-bot',
    ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text']
  ],
  ['lucasbento/auto-close-issues', ['issue-close-message']],
  ['mikefarah/yq', ['cmd']],
  ['roots/issue-closer-action', ['issue-close-message', 'pr-close-message']],
  ['sergeysova/jq-action', ['cmd']],
  ['skitionek/notify-microsoft-teams', ['overwrite']],
  ['tibdex/backport', ['body_template', 'head_template', 'labels_template', 'title_template']],
  ['amadevus/pwsh-script', ['script']],
  ['jannekem/run-python-script-action', ['script']],
  ['cardinalby/js-eval-action', ['expression']],
  ['addnab/docker-run-action', ['options', 'run']]
]);

interface Code {
  str: Str;
  node: Node | undefined;
  kind: 'run' | 'script' | 'input';
  /** For action inputs: `owner/repo` and the input name. */
  input?: string;
}

function codeOf(ctx: CheckContext, step: Step): Code[] {
  if (step.run) return [{ str: step.run, node: valueNode(ctx, step.node, 'run'), kind: 'run' }];
  if (!step.uses) return [];
  const target = targetOf(step.uses.value);
  const inputs = CODE_INPUTS.get(target);
  if (!inputs) return [];
  const out: Code[] = [];
  for (const name of inputs) {
    // Input names are case-insensitive (`SCRIPT:` is the script): the model keys them lower-cased.
    const v = step.with.get(name);
    if (!v) continue;
    if (target === 'actions/github-script') out.push({ str: v, node: v.node, kind: 'script' });
    else out.push({ str: v, node: v.node, kind: 'input', input: `${target} input '${name}'` });
  }
  return out;
}

function envName(path: string): string {
  const last = path
    .split('.')
    .filter((s) => s !== '*' && s !== 'event' && s !== 'github')
    .slice(-2)
    .join('_');
  return (last || 'VALUE').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

export function templateInjection(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  // The env and matrix taint maps are read only where a script holds an expression.
  let wfEnv: Map<string, string> | undefined;
  for (const job of ctx.wf.jobs) {
    let jobEnv: Map<string, string> | undefined;
    let jobMatrix: Map<string, string> | undefined;
    for (const step of job.steps) {
      for (const code of codeOf(ctx, step)) {
        const spans = expressionSpans(code.str.value);
        if (!spans.length) continue;
        wfEnv ??= envTaint(ctx.wf.env, new Map());
        jobEnv ??= envTaint(job.env, wfEnv);
        const matrix = (jobMatrix ??= matrixTaint(job));
        const env = envTaint(step.env, jobEnv);
        // When the source shows each `${{` literally, the nth span sits at the nth occurrence.
        const places = ctx.source.locateAll(code.node, '${{');
        const where =
          code.kind === 'run'
            ? 'run: script'
            : code.kind === 'script'
              ? 'github-script script'
              : (code.input ?? 'action input');
        spans.forEach((span, nth) => {
          const flow = flowingPaths(span.body);
          const hits = flow.paths
            .map((p) => taintOf(p, env, matrix))
            .filter((t): t is string => Boolean(t));
          if (!hits.length) return;
          const pos = places.length === spans.length ? places[nth] : code.str.pos;
          const expr = `\${{ ${span.body.replace(/\s+/g, ' ').trim()} }}`;
          const sources = hits.map((h) => h.split(' = ').pop()!);
          const source = sources[0];
          // zizmor: fully attacker-controlled text is High (an error); structured text such as a
          // URL or a label is Medium (a warning).
          const full = sources.some((x) => capabilityOf(x) === 'arbitrary');
          const name = envName(source);
          const use =
            code.kind === 'run'
              ? `"$${name}"`
              : code.kind === 'script'
                ? `process.env.${name}`
                : `$${name}`;
          out.push({
            rule: 'template-injection',
            message: `${stepLabel(job, step)}: ${expr} expands ${full ? 'attacker-controlled' : 'partly attacker-controlled (structured)'} ${hits.join(', ')} into the ${where}: expected no attacker-controlled expansion in code, got one`,
            help: `Pass the value through the environment and quote it: env: { ${name}: \${{ ${source} }} } on the step, then use ${use} in the ${code.kind === 'input' ? 'code' : 'script'} instead of the expression.`,
            maxLevel: full ? undefined : 'warning',
            line: pos.line,
            column: pos.column
          });
        });
      }
    }
  }
  return out;
}
