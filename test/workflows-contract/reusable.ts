/**
 * The hub's workflows as plain data (read with `yaml`), and what a test needs to play a job the
 * way the runner would: the contexts a job sees, a `$/actions/<gate>` step's INPUT_* values from
 * its `with:` (plus the action.yml defaults, expressions evaluated), the step run through its
 * dist bundle, and the job's and the workflow's outputs evaluated from what the steps wrote.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadActionSpec, type ActionSpec } from '../../src/core/action-spec.js';
import {
  evaluateCondition,
  evaluateTemplate,
  type Contexts,
  type Json
} from '../helpers/expressions.js';
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js';
import '../helpers/yaml-library.js';

export const WF_DIR = join(REPO_ROOT, '.github', 'workflows');

export interface StepDoc {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

export type Permissions = Record<string, string> | 'read-all' | 'write-all';

export interface JobDoc {
  if?: string | boolean;
  uses?: string;
  needs?: string | string[];
  with?: Record<string, string | number | boolean>;
  secrets?: Record<string, string> | 'inherit';
  permissions?: Permissions;
  outputs?: Record<string, string>;
  steps?: StepDoc[];
}

export interface CallInput {
  description?: string;
  type: 'string' | 'boolean' | 'number';
  default?: string | number | boolean;
  required?: boolean;
}

export interface WorkflowCall {
  inputs?: Record<string, CallInput>;
  secrets?: Record<string, { description?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string; value: string }>;
}

export interface WorkflowDoc {
  file: string;
  name?: string;
  on: Record<string, unknown> & { workflow_call?: WorkflowCall | null };
  permissions?: Permissions;
  jobs: Record<string, JobDoc>;
}

export function loadWorkflow(file: string): WorkflowDoc {
  const doc = parse(readFileSync(join(WF_DIR, file), 'utf8')) as Omit<WorkflowDoc, 'file'>;
  return { ...doc, file };
}

export const workflowFiles = (): string[] =>
  readdirSync(WF_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

/** `$/actions/<gate>` (or `./actions/<gate>`) → gate; anything else → undefined. */
export function gateOf(uses: string | undefined): string | undefined {
  return /^(?:\$\/|\.\/)actions\/([a-z0-9-]+)$/.exec(uses?.trim() ?? '')?.[1];
}

/** `$/.github/workflows/<file>` (or `./.github/workflows/<file>`) → file. */
export function calledWorkflowOf(uses: string | undefined): string | undefined {
  return /^(?:\$\/|\.\/)\.github\/workflows\/([\w.-]+\.ya?ml)$/.exec(uses?.trim() ?? '')?.[1];
}

export const specs = new Map<string, ActionSpec>();
export function specOf(gate: string): ActionSpec {
  let s = specs.get(gate);
  if (!s) {
    s = loadActionSpec(gate, REPO_ROOT);
    specs.set(gate, s);
  }
  return s;
}

/** The `inputs` context of a called workflow: its defaults, then the caller's values. */
export function callInputs(
  wf: WorkflowDoc,
  given: Record<string, Json> = {}
): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, i] of Object.entries(wf.on.workflow_call?.inputs ?? {})) {
    const d = i.default;
    out[name] = d === undefined ? (i.type === 'boolean' ? false : i.type === 'number' ? 0 : '') : d;
  }
  for (const [k, v] of Object.entries(given)) {
    if (!(k in out)) throw new Error(`${wf.file} has no workflow_call input '${k}'`);
    out[k] = v;
  }
  return out;
}

export interface JobSetup {
  workspace: string;
  repository?: string;
  eventName?: string;
  token?: string;
  inputs?: Record<string, Json>;
  secrets?: Record<string, string>;
  needs?: Record<string, { outputs: Record<string, string>; result: string }>;
  /** The job's RUNNER_TEMP (default: a fresh folder). */
  runnerTemp?: string;
}

/** The contexts one job of a called workflow sees. */
export function jobContexts(wf: WorkflowDoc, jobId: string, setup: JobSetup): Contexts {
  const repository = setup.repository ?? 'acme/widget';
  return {
    github: {
      workspace: setup.workspace,
      repository,
      repository_owner: repository.split('/')[0],
      event_name: setup.eventName ?? 'push',
      ref: 'refs/heads/main',
      ref_name: 'main',
      sha: 'a'.repeat(40),
      run_id: '4242',
      run_attempt: '1',
      server_url: 'https://github.com',
      api_url: 'https://api.github.com',
      token: setup.token ?? 'ghs_jobToken0000000000000000000000000000',
      job: jobId,
      event: {}
    },
    inputs: callInputs(wf, setup.inputs),
    secrets: {
      GITHUB_TOKEN: setup.token ?? 'ghs_jobToken0000000000000000000000000000',
      ...setup.secrets
    },
    runner: {
      os: 'Linux',
      arch: 'X64',
      temp: setup.runnerTemp ?? mkdtempSync(join(tmpdir(), 'ci-intel-runner-')),
      tool_cache: '/opt/hostedtoolcache'
    },
    env: {},
    vars: {},
    job: { status: 'success', workflow_repository: 'acme/hub', workflow_sha: 'b'.repeat(40) },
    steps: {},
    needs: (setup.needs ?? {}) as unknown as Json,
    strategy: {},
    matrix: {}
  };
}

/** A `with:` (or `env:`) value as the runner renders it: a string, expressions evaluated. */
export function render(value: string | number | boolean, ctx: Contexts): string {
  return typeof value === 'string' ? evaluateTemplate(value, ctx) : String(value);
}

/** The INPUT_* values a gate step gets: its `with:` rendered, then the action.yml defaults. */
export function stepInputs(step: StepDoc, ctx: Contexts): Record<string, string> {
  const gate = gateOf(step.uses);
  if (!gate) throw new Error(`not a gate step: ${step.uses}`);
  const spec = specOf(gate);
  const out: Record<string, string> = {};
  for (const input of spec.inputs) {
    const given = step.with?.[input.name];
    if (given !== undefined) out[input.name] = render(given, ctx);
    else if (input.default !== undefined) out[input.name] = render(input.default, ctx);
  }
  return out;
}

export interface StepRun {
  step: StepDoc;
  ran: boolean;
  run?: ActionRun;
  inputs?: Record<string, string>;
}

/**
 * Play the gate steps of one job in order: each step's `if:` is judged against the job status so
 * far, its inputs rendered, its bundle run; `steps.<id>` is filled in as the runner does.
 * Non-gate steps (checkout, upload-artifact …) are left to the caller; `extraInputs` (by step id)
 * adds what only a test needs, such as plain HTTP to a local registry.
 */
export async function runGateSteps(
  ctx: Contexts,
  job: JobDoc,
  options: {
    env?: Record<string, string>;
    extraInputs?: Record<string, Record<string, string>>;
    /** Run only these step ids (others are left out, as if they had not run). */
    only?: string[];
  } = {}
): Promise<StepRun[]> {
  const out: StepRun[] = [];
  let status: 'success' | 'failure' = 'success';
  const steps = ctx.steps as Record<string, Json>;
  for (const step of job.steps ?? []) {
    const gate = gateOf(step.uses);
    if (!gate || (options.only && !options.only.includes(step.id ?? ''))) continue;
    const cond = step.if === undefined ? undefined : String(step.if);
    if (!evaluateCondition(cond, ctx, { status })) {
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      out.push({ step, ran: false });
      continue;
    }
    const github = ctx.github as Record<string, string>;
    const runner = ctx.runner as Record<string, string>;
    const inputs = { ...stepInputs(step, ctx), ...options.extraInputs?.[step.id ?? gate] };
    const run = await runAction(gate, {
      inputs,
      workspace: github.workspace,
      runnerTemp: runner.temp,
      env: {
        GITHUB_REPOSITORY: github.repository,
        GITHUB_EVENT_NAME: github.event_name,
        ...options.env
      }
    });
    const outcome = run.exitCode === 0 ? 'success' : 'failure';
    if (outcome === 'failure') status = 'failure';
    if (step.id) steps[step.id] = { outputs: run.outputs, outcome, conclusion: outcome };
    out.push({ step, ran: true, run, inputs });
  }
  (ctx.job as Record<string, Json>).status = status;
  return out;
}

/** A job's `outputs:` evaluated against its contexts (after its steps ran). */
export function jobOutputs(job: JobDoc, ctx: Contexts): Record<string, string> {
  return Object.fromEntries(
    Object.entries(job.outputs ?? {}).map(([k, v]) => [k, evaluateTemplate(v, ctx)])
  );
}

/** The workflow_call outputs evaluated against the `jobs` context (job outputs by job id). */
export function workflowOutputs(
  wf: WorkflowDoc,
  jobs: Record<string, { outputs: Record<string, string>; result: string }>,
  inputs: Record<string, Json> = {}
): Record<string, string> {
  const ctx: Contexts = { jobs: jobs as unknown as Json, inputs: callInputs(wf, inputs) };
  return Object.fromEntries(
    Object.entries(wf.on.workflow_call?.outputs ?? {}).map(([k, o]) => [
      k,
      evaluateTemplate(o.value, ctx)
    ])
  );
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/** The permissions a job runs with (its own block, else the workflow's). */
export function jobPermissions(wf: WorkflowDoc, job: JobDoc): Record<string, string> {
  const p = job.permissions ?? wf.permissions ?? {};
  if (p === 'read-all' || p === 'write-all') {
    const level = p === 'read-all' ? 'read' : 'write';
    return new Proxy({}, { get: () => level }) as Record<string, string>;
  }
  return p;
}

/** Which of `needed` the `granted` block does not give (write covers read). */
export function missingPermissions(
  granted: Record<string, string>,
  needed: Record<string, string>
): string[] {
  return Object.entries(needed)
    .filter(([scope, level]) => (LEVEL[granted[scope] ?? 'none'] ?? 0) < (LEVEL[level] ?? 0))
    .map(([scope, level]) => `${scope}: ${level}`);
}
