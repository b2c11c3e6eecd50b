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

/** Why a path is dangerous here, or undefined. */
function taintOf(
  path: string,
  env: Map<string, string>,
  matrix: Map<string, string>
): string | undefined {
  if (isAttackerControlled(path)) return path;
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
    const p = referencedPaths(v).find((x) => isAttackerControlled(x));
    if (p) out.set(k.toLowerCase(), p);
  }
  return out;
}

const GITHUB_SCRIPT = /^actions\/github-script@/i;

function codeOf(
  ctx: CheckContext,
  step: Step
): { str: Str; node: Node | undefined; kind: 'run' | 'script' } | undefined {
  if (step.run) return { str: step.run, node: valueNode(ctx, step.node, 'run'), kind: 'run' };
  const script = step.with.get('script');
  if (step.uses && GITHUB_SCRIPT.test(step.uses.value) && script) {
    // Input names are case-insensitive (`SCRIPT:` is the script): the model keys them lower-cased.
    return { str: script, node: script.node, kind: 'script' };
  }
  return undefined;
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
  const wfEnv = envTaint(ctx.wf.env, new Map());
  for (const job of ctx.wf.jobs) {
    const jobEnv = envTaint(job.env, wfEnv);
    const matrix = matrixTaint(job);
    for (const step of job.steps) {
      const code = codeOf(ctx, step);
      if (!code) continue;
      const env = envTaint(step.env, jobEnv);
      const spans = expressionSpans(code.str.value);
      // When the source shows each `${{` literally, the nth span sits at the nth occurrence.
      const places = spans.length ? ctx.source.locateAll(code.node, '${{') : [];
      spans.forEach((span, nth) => {
        const flow = flowingPaths(span.body);
        const hits = flow.paths
          .map((p) => taintOf(p, env, matrix))
          .filter((t): t is string => Boolean(t));
        if (!hits.length) return;
        const pos = places.length === spans.length ? places[nth] : code.str.pos;
        const expr = `\${{ ${span.body.replace(/\s+/g, ' ').trim()} }}`;
        const source = hits[0].split(' = ').pop()!;
        const name = envName(source);
        const use = code.kind === 'run' ? `"$${name}"` : `process.env.${name}`;
        out.push({
          rule: 'template-injection',
          message: `${stepLabel(job, step)}: ${expr} expands attacker-controlled ${hits.join(', ')} into the ${code.kind === 'run' ? 'run: script' : 'github-script script'}: expected no attacker-controlled expansion in code, got one`,
          help: `Pass the value through the environment and quote it: env: { ${name}: \${{ ${source} }} } on the step, then use ${use} in the ${code.kind === 'run' ? 'script' : 'script'} instead of the expression.`,
          line: pos.line,
          column: pos.column
        });
      });
    }
  }
  return out;
}
