/**
 * "Pwn request" detection: a privileged-trigger workflow that checks out (or fetches) the pull
 * request's head, directly or through env, step outputs, job outputs, matrix values or inputs.
 */
import { referencedPaths } from '../../workflows/expressions.js';
import type { Job, Pos, Step, Str, Workflow } from '../../workflows/workflow.js';

/** Context paths whose value is attacker-chosen code or a ref to it. */
const HEAD_SOURCES: RegExp[] = [
  /^github\.event\.pull_request\.head(\.|$)/,
  /^github\.event\.pull_request\.merge_commit_sha$/,
  /^github\.head_ref$/,
  /^github\.event\.workflow_run\.head_(sha|branch|repository)(\.|$)/,
  /^github\.event\.workflow_run\.pull_requests(\.|$)/
];

export interface PwnFinding {
  pos: Pos;
  how: string;
}

export interface Taint {
  env: Set<string>;
  steps: Set<string>;
  jobs: Set<string>;
  matrix: Set<string>;
  inputs: Set<string>;
}

function pathTainted(path: string, taint: Taint, jobTaintedMatrix: Set<string>): boolean {
  if (HEAD_SOURCES.some((re) => re.test(path))) return true;
  const [ctx, a, b] = path.split('.');
  if (ctx === 'env' && a) return taint.env.has(a);
  if (ctx === 'steps' && a && b === 'outputs') return taint.steps.has(a);
  if (ctx === 'needs' && a && b === 'outputs') return taint.jobs.has(a);
  if (ctx === 'matrix' && a) return jobTaintedMatrix.has(a) || jobTaintedMatrix.has('*');
  if (ctx === 'inputs' && a) return taint.inputs.has(a);
  return false;
}

/** Whether a string's expressions (or, for scripts, its `$VAR`s) reach the PR head. */
export function textTainted(
  text: string,
  taint: Taint,
  matrix: Set<string>,
  script = false
): boolean {
  if (referencedPaths(text).some((p) => pathTainted(p, taint, matrix))) return true;
  if (script) {
    for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (taint.env.has(m[1].toLowerCase())) return true;
    }
  }
  return false;
}

/** `if:` conditions that cannot hold under pull_request_target. */
export function guardedAgainstPrTarget(cond: Str | undefined): boolean {
  if (!cond) return false;
  const body = cond.value.replace(/^\s*\$\{\{/, '').replace(/\}\}\s*$/, '');
  if (/\|\|/.test(body)) return false;
  return body.split('&&').some((part) => {
    const t = part
      .trim()
      .replace(/^\(+|\)+$/g, '')
      .trim();
    const eq =
      /^github\.event_name\s*==\s*['"]([^'"]+)['"]$|^['"]([^'"]+)['"]\s*==\s*github\.event_name$/.exec(
        t
      );
    if (eq) return (eq[1] ?? eq[2]) !== 'pull_request_target';
    const ne =
      /^github\.event_name\s*!=\s*['"]pull_request_target['"]$|^['"]pull_request_target['"]\s*!=\s*github\.event_name$/.exec(
        t
      );
    return Boolean(ne);
  });
}

const CHECKOUT = /^actions\/checkout(@|$)/i;
const FETCH_PR_REF =
  /\bgit\b[^\n]*\b(fetch|pull|checkout|switch)\b[^\n]*\bpull\/[^/\n]+?\/(head|merge)\b/;
const GH_PR_CHECKOUT = /\bgh\s+pr\s+checkout\b/;
const GIT_REF_CMD =
  /\bgit\s+(?:-C\s+\S+\s+)?(fetch|pull|checkout|switch|reset|clone|worktree\s+add)\b[^\n]*/g;

function stepText(step: Step): string {
  return [step.run?.value ?? '', ...[...step.with.values()].map((s) => s.value)].join('\n');
}

/** Taint from workflow env, job env and outputs, to a fixed point across jobs. */
export function computeTaint(wf: Workflow, inputs: Set<string> = new Set()): Taint {
  const taint: Taint = {
    env: new Set(),
    steps: new Set(),
    jobs: new Set(),
    matrix: new Set(),
    inputs
  };
  const none = new Set<string>();
  for (const [k, v] of wf.env)
    if (textTainted(v.value, taint, none)) taint.env.add(k.toLowerCase());
  for (let round = 0; round < 8; round++) {
    const before = taint.steps.size + taint.jobs.size + taint.env.size;
    for (const job of wf.jobs) {
      const matrix = matrixTaint(job, taint);
      for (const [k, v] of job.env)
        if (textTainted(v.value, taint, matrix)) taint.env.add(k.toLowerCase());
      for (const step of job.steps) {
        for (const [k, v] of step.env)
          if (textTainted(v.value, taint, matrix)) taint.env.add(k.toLowerCase());
        const text = stepText(step);
        if (
          step.id &&
          (textTainted(text, taint, matrix, true) ||
            /\bhead[._](sha|ref)\b|\bhead_ref\b|\bpulls\.get\b|\bgh\s+pr\s+view\b/i.test(text))
        ) {
          taint.steps.add(step.id.value.toLowerCase());
        }
      }
      for (const v of job.outputs.values()) {
        if (textTainted(v.value, taint, matrix)) taint.jobs.add(job.id.toLowerCase());
      }
    }
    if (taint.steps.size + taint.jobs.size + taint.env.size === before) break;
  }
  return taint;
}

function matrixTaint(job: Job, taint: Taint): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of job.matrix) if (textTainted(v, taint, new Set())) out.add(k.toLowerCase());
  return out;
}

/** Steps of `wf` that bring the PR head's code onto the runner. */
export function findPwnCheckouts(wf: Workflow, inputs: Set<string> = new Set()): PwnFinding[] {
  const taint = computeTaint(wf, inputs);
  const found: PwnFinding[] = [];
  for (const job of wf.jobs) {
    if (guardedAgainstPrTarget(job.if)) continue;
    const matrix = matrixTaint(job, taint);
    for (const step of job.steps) {
      if (guardedAgainstPrTarget(step.if)) continue;
      const where = `job '${job.id}', step ${step.name ? `'${step.name.value}'` : `#${step.index + 1}`}`;
      if (step.uses && CHECKOUT.test(step.uses.value)) {
        const ref = step.with.get('ref');
        const repo = step.with.get('repository');
        if (ref && (textTainted(ref.value, taint, matrix) || /refs\/pull\//.test(ref.value))) {
          found.push({
            pos: ref.pos,
            how: `${where} checks out the pull request's head (ref: ${ref.value.trim()})`
          });
        } else if (repo && textTainted(repo.value, taint, matrix)) {
          found.push({
            pos: repo.pos,
            how: `${where} checks out the pull request's fork (repository: ${repo.value.trim()})`
          });
        }
      }
      const run = step.run;
      if (run) {
        if (GH_PR_CHECKOUT.test(run.value)) {
          found.push({ pos: run.pos, how: `${where} runs 'gh pr checkout'` });
        } else if (FETCH_PR_REF.test(run.value)) {
          found.push({ pos: run.pos, how: `${where} fetches a pull/<n>/head|merge ref` });
        } else {
          for (const m of run.value.matchAll(GIT_REF_CMD)) {
            if (textTainted(m[0], taint, matrix, true)) {
              found.push({
                pos: run.pos,
                how: `${where} runs '${m[0].trim().slice(0, 80)}' on the pull request's head`
              });
              break;
            }
          }
        }
      }
    }
  }
  return found;
}

/** Inputs of a called reusable workflow that the caller fills with the PR head. */
export function taintedCallInputs(caller: Workflow, job: Job): Set<string> {
  const taint = computeTaint(caller);
  const matrix = matrixTaint(job, taint);
  const out = new Set<string>();
  for (const [k, v] of job.with) if (textTainted(v.value, taint, matrix)) out.add(k.toLowerCase());
  return out;
}
