/**
 * "Pwn request" detection: a privileged-trigger workflow that checks out (or fetches) the pull
 * request's head, directly or through env (`env:` and `$GITHUB_ENV`), step outputs, job outputs,
 * matrix values (`include`, literal `fromJSON`) or the inputs of local reusable workflows, to any
 * depth. Conditions, shell commands and expressions are read as the runner reads them.
 */
import { canRunUnder } from '../../workflows/condition.js';
import { symbolicText } from '../../workflows/expression-flow.js';
import { referencedPaths } from '../../workflows/expressions.js';
import { ghInvocation, gitInvocation, shellCommands } from '../../workflows/shell.js';
import type { Job, Pos, Step, Workflow } from '../../workflows/workflow.js';

/** Context paths whose value is attacker-chosen code or a ref to it. */
const HEAD_SOURCES: RegExp[] = [
  /^github\.event\.pull_request\.head(\.|$)/,
  /^github\.event\.pull_request\.merge_commit_sha$/,
  /^github\.head_ref$/,
  /^github\.event\.workflow_run\.head_(sha|branch|repository)(\.|$)/,
  /^github\.event\.workflow_run\.pull_requests(\.|$)/
];

/** Variables the runner sets to the PR head for scripts (`$GITHUB_HEAD_REF`). */
const RUNNER_HEAD_VARS = new Set(['GITHUB_HEAD_REF']);

export interface PwnFinding {
  /** The workflow file the step is in (a called reusable workflow's, for calls). */
  file: string;
  pos: Pos;
  how: string;
  /** The chain of local reusable-workflow calls that led here (`a.yml job 'x' → b.yml`). */
  via: string[];
}

/** A local reusable workflow that could not be read: the gate cannot decide. */
export interface CallProblem {
  file: string;
  pos: Pos;
  message: string;
}

/** Loads the workflow a job-level `uses:` names: undefined when it is not a local call. */
export type CallResolver = (
  uses: string
) => { workflow: Workflow } | { problem: string } | undefined;

/** GitHub lets reusable workflows nest ten levels; deeper than this is refused as undecidable. */
export const MAX_CALL_DEPTH = 16;

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
  // `jobs.<id>.outputs` is what a reusable workflow's `on.workflow_call.outputs` read.
  if (ctx === 'jobs' && a && b === 'outputs') return taint.jobs.has(a);
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
      if (taint.env.has(m[1].toLowerCase()) || RUNNER_HEAD_VARS.has(m[1])) return true;
    }
    // The event payload read in the script (`jq .pull_request.head.sha "$GITHUB_EVENT_PATH"`).
    if (
      /GITHUB_EVENT_PATH/.test(text) &&
      /\bpull_request\.head\b|\bworkflow_run\.head_/.test(text)
    ) {
      return true;
    }
  }
  return false;
}

const CHECKOUT = /^actions\/checkout(@|$)/i;
/** A pull request's head or merge ref (`refs/pull/7/head`, `pull/${{…}}/merge`). */
const PR_REF = /(?:^|[^\w/])(?:refs\/)?pull\/[^/\s]+\/(?:head|merge)\b/;
/** git subcommands that bring other code into the checkout. */
const GIT_CODE_SUBCOMMANDS = new Set([
  'fetch',
  'pull',
  'checkout',
  'switch',
  'reset',
  'clone',
  'worktree',
  'merge',
  'rebase',
  'cherry-pick',
  'restore'
]);

function stepText(step: Step): string {
  return [step.run?.value ?? '', ...[...step.with.values()].map((s) => s.value)].join('\n');
}

/** Taint from workflow env, job env and outputs, to a fixed point across jobs. */
/** How computeTaint follows local reusable workflows for their outputs (memoised, cycle-safe). */
export interface CallFollow {
  resolve: CallResolver;
  /** file + inputs → whether its workflow_call outputs carry the head (false while in progress). */
  memo: Map<string, boolean>;
  depth: number;
}

/** Whether a called workflow's `on.workflow_call.outputs` carry the PR head back to the caller. */
function outputsTainted(wf: Workflow, inputs: Set<string>, follow: CallFollow): boolean {
  const key = `${wf.file}\u0000${[...inputs].sort().join(',')}`;
  const known = follow.memo.get(key);
  if (known !== undefined) return known;
  if (follow.depth >= MAX_CALL_DEPTH) return false; // the scan reports the depth itself
  follow.memo.set(key, false);
  const taint = computeTaint(wf, inputs, { ...follow, depth: follow.depth + 1 });
  const y = wf.yaml;
  const call = wf.triggers.find((t) => t.event === 'workflow_call');
  let out = false;
  for (const o of y.entries(y.get(call?.node, 'outputs')?.value)) {
    const value = y.str(y.get(o.value, 'value')?.value) ?? y.text(o.value);
    if (textTainted(value, taint, new Set())) out = true;
  }
  follow.memo.set(key, out);
  return out;
}

export function computeTaint(
  wf: Workflow,
  inputs: Set<string> = new Set(),
  follow?: CallFollow
): Taint {
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
        for (const name of exportedEnv(step, text, taint, matrix)) taint.env.add(name);
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
      const callee = job.uses && follow ? follow.resolve(job.uses.value) : undefined;
      if (callee && 'workflow' in callee && follow) {
        const passed = new Set<string>();
        for (const [k, v] of job.with) if (textTainted(v.value, taint, matrix)) passed.add(k);
        if (outputsTainted(callee.workflow, passed, follow)) taint.jobs.add(job.id.toLowerCase());
      }
    }
    if (taint.steps.size + taint.jobs.size + taint.env.size === before) break;
  }
  return taint;
}

/**
 * Variables a tainted step exports to later steps: `NAME=…` / `NAME<<EOF` written to
 * `$GITHUB_ENV` by a `run:` script, `core.exportVariable('NAME', …)` in github-script.
 */
function exportedEnv(step: Step, text: string, taint: Taint, matrix: Set<string>): string[] {
  const out: string[] = [];
  if (
    step.run &&
    /GITHUB_ENV/.test(step.run.value) &&
    textTainted(step.run.value, taint, matrix, true)
  ) {
    for (const m of step.run.value.matchAll(/(?<![\w$])([A-Za-z_][A-Za-z0-9_]*)(?:=|<<)/g)) {
      out.push(m[1].toLowerCase());
    }
  }
  if (/exportVariable/.test(text) && textTainted(text, taint, matrix, true)) {
    for (const m of text.matchAll(/exportVariable\(\s*['"`]([A-Za-z_][A-Za-z0-9_]*)/g)) {
      out.push(m[1].toLowerCase());
    }
  }
  return out;
}

function matrixTaint(job: Job, taint: Taint): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of job.matrix) {
    if (textTainted(v, taint, new Set()) || PR_REF.test(symbolicText(v))) out.add(k.toLowerCase());
  }
  return out;
}

interface Scan {
  events: string[];
  resolve?: CallResolver;
  seen: Set<string>;
  /** Memo of reusable workflows whose outputs carry the head. */
  outputs: Map<string, boolean>;
  found: PwnFinding[];
  problems: CallProblem[];
}

/** The runs of a step's script that bring the PR head onto the runner, described. */
function runPwn(run: string, taint: Taint, matrix: Set<string>): string | undefined {
  for (const cmd of shellCommands(run)) {
    const gh = ghInvocation(cmd);
    if (gh && gh[0] === 'pr' && gh[1] === 'checkout') return "runs 'gh pr checkout'";
    const git = gitInvocation(cmd);
    if (!git || !GIT_CODE_SUBCOMMANDS.has(git.sub)) continue;
    if (PR_REF.test(symbolicText(git.args.join(' ')))) {
      return `runs '${cmd.text.slice(0, 80)}', which fetches a pull/<n>/head|merge ref`;
    }
    if (textTainted(cmd.text, taint, matrix, true)) {
      return `runs '${cmd.text.slice(0, 80)}' on the pull request's head`;
    }
  }
  return undefined;
}

function scan(wf: Workflow, inputs: Set<string>, s: Scan, via: string[]): void {
  const key = `${wf.file}\u0000${[...inputs].sort().join(',')}`;
  if (s.seen.has(key)) return; // a cycle, or this call already scanned with these inputs
  s.seen.add(key);
  const taint = computeTaint(
    wf,
    inputs,
    s.resolve ? { resolve: s.resolve, memo: s.outputs, depth: via.length } : undefined
  );
  for (const job of wf.jobs) {
    if (!canRunUnder(job.if?.value, s.events)) continue;
    const matrix = matrixTaint(job, taint);
    if (job.uses && s.resolve) {
      const callee = s.resolve(job.uses.value);
      if (callee && 'problem' in callee) {
        s.problems.push({
          file: wf.file,
          pos: job.uses.pos,
          message: `job '${job.id}' ${callee.problem}`
        });
      } else if (callee) {
        if (via.length >= MAX_CALL_DEPTH) {
          s.problems.push({
            file: wf.file,
            pos: job.uses.pos,
            message: `job '${job.id}' calls reusable workflows nested more than ${MAX_CALL_DEPTH} deep`
          });
          continue;
        }
        const passed = new Set<string>();
        for (const [k, v] of job.with) if (textTainted(v.value, taint, matrix)) passed.add(k);
        scan(callee.workflow, passed, s, [...via, `${wf.file} job '${job.id}'`]);
      }
      continue;
    }
    for (const step of job.steps) {
      if (!canRunUnder(step.if?.value, s.events)) continue;
      const where = `job '${job.id}', step ${step.name ? `'${step.name.value}'` : `#${step.index + 1}`}`;
      const push = (pos: Pos, how: string) =>
        s.found.push({ file: wf.file, pos, how: `${where} ${how}`, via });
      if (step.uses && CHECKOUT.test(step.uses.value)) {
        const ref = step.with.get('ref');
        const repo = step.with.get('repository');
        if (
          ref &&
          (textTainted(ref.value, taint, matrix) || PR_REF.test(symbolicText(ref.value)))
        ) {
          push(ref.pos, `checks out the pull request's head (ref: ${ref.value.trim()})`);
        } else if (repo && textTainted(repo.value, taint, matrix)) {
          push(repo.pos, `checks out the pull request's fork (repository: ${repo.value.trim()})`);
        }
      }
      if (step.run) {
        const how = runPwn(step.run.value, taint, matrix);
        if (how) push(step.run.pos, how);
      }
    }
  }
}

/**
 * Steps of `wf` — and of the local reusable workflows it calls, to any depth — that bring the PR
 * head's code onto the runner while one of `events` triggered the run. Jobs and steps whose `if:`
 * cannot hold under those events do not count.
 */
export function findPwnCheckouts(
  wf: Workflow,
  options: { events: string[]; inputs?: Set<string>; resolve?: CallResolver }
): { found: PwnFinding[]; problems: CallProblem[] } {
  const s: Scan = {
    events: options.events,
    resolve: options.resolve,
    seen: new Set(),
    outputs: new Map(),
    found: [],
    problems: []
  };
  scan(wf, options.inputs ?? new Set(), s, []);
  return s;
}
