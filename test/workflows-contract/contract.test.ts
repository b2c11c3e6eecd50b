/**
 * The workflow contract docs/DESIGN.md promises, checked on every workflow of the hub: each
 * `$/actions/<gate>` step passes only inputs its action.yml declares and every required one;
 * every `inputs.*`, `secrets.*`, `steps.*.outputs.*`, `needs.*.outputs.*` and `jobs.*.outputs.*`
 * reference is declared; the job grants what the gate's `ci-intel: permissions:` needs;
 * `id-token: write` only where a gate signs and never beside `npm ci`; every job of a reusable
 * workflow uploads its `ci-intel-evidence-*` artifact and every gate's verdict is an output;
 * third-party actions are SHA-pinned; and the hub's own repository gates pass on them.
 */
import { describe, expect, it } from '@jest/globals';
import { referencedPaths } from '../../src/workflows/expressions.js';
import { parseWorkflow } from '../../src/workflows/workflow.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateTemplate, type Contexts } from '../helpers/expressions.js';
import { REPO_ROOT, runCli } from '../helpers/run-action.js';
import {
  callInputs,
  calledWorkflowOf,
  gateOf,
  jobContexts,
  jobPermissions,
  loadWorkflow,
  missingPermissions,
  render,
  specOf,
  WF_DIR,
  workflowFiles,
  type JobDoc,
  type StepDoc,
  type WorkflowDoc
} from './reusable.js';
import '../helpers/yaml-library.js';

const files = workflowFiles();
const reusable = files.filter((f) => loadWorkflow(f).on.workflow_call !== undefined);

/** Every string under a node, with a label saying where it is. */
function strings(node: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (typeof node === 'string') out.push([where, node]);
  else if (Array.isArray(node)) node.forEach((n, i) => strings(n, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) strings(v, `${where}.${k}`, out);
  }
  return out;
}

const needsOf = (job: JobDoc): string[] =>
  job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];

/** The outputs a step declares: a gate's action.yml outputs, or what a run script writes. */
function stepOutputNames(step: StepDoc): Set<string> | undefined {
  const gate = gateOf(step.uses);
  if (gate) return new Set(specOf(gate).outputs.map((o) => o.name));
  if (step.run) {
    return new Set(
      [...step.run.matchAll(/echo "([\w-]+)=.*>>\s*"\$GITHUB_OUTPUT"/g)].map((m) => m[1])
    );
  }
  return undefined; // a third-party action: its outputs are its own business
}

/** The outputs a job exposes to `needs` / `jobs`: its `outputs:`, or the called workflow's. */
function jobOutputNames(job: JobDoc): Set<string> {
  const called = calledWorkflowOf(job.uses);
  if (called) return new Set(Object.keys(loadWorkflow(called).on.workflow_call?.outputs ?? {}));
  return new Set(Object.keys(job.outputs ?? {}));
}

/** Problems with the references of one workflow. */
function referenceProblems(wf: WorkflowDoc): string[] {
  const problems: string[] = [];
  const call = wf.on.workflow_call ?? {};
  const inputs = new Set(Object.keys(call.inputs ?? {}));
  const secrets = new Set([...Object.keys(call.secrets ?? {}), 'github_token']);
  const check = (where: string, text: string, job?: [string, JobDoc], stepIndex?: number) => {
    for (const path of referencedPaths(text, where.endsWith('.if'))) {
      const [ctx, a, b, c] = path.split('.');
      if (ctx === 'inputs' && !inputs.has(a))
        problems.push(`${where}: inputs.${a} is not declared`);
      if (ctx === 'secrets' && !secrets.has(a))
        problems.push(`${where}: secrets.${a} is not declared`);
      if (ctx === 'steps') {
        if (!job) {
          problems.push(`${where}: steps.* outside a job`);
          continue;
        }
        const steps = job[1].steps ?? [];
        const at = steps.findIndex((s) => s.id === a);
        if (at < 0) problems.push(`${where}: no step '${a}' in job ${job[0]}`);
        else if (stepIndex !== undefined && at >= stepIndex)
          problems.push(`${where}: step '${a}' runs later`);
        else if (b === 'outputs') {
          const names = stepOutputNames(steps[at]);
          if (names && !names.has(c))
            problems.push(
              `${where}: step '${a}' (${steps[at].uses ?? 'run'}) has no output '${c}'`
            );
        } else if (!['outcome', 'conclusion'].includes(b)) {
          problems.push(`${where}: steps.${a}.${b} is not a step property`);
        }
      }
      if (ctx === 'needs') {
        if (!job || !needsOf(job[1]).includes(a)) {
          problems.push(`${where}: needs.${a} without needs: ${a}`);
          continue;
        }
        const other = wf.jobs[a];
        if (b === 'outputs' && !jobOutputNames(other).has(c))
          problems.push(`${where}: job ${a} has no output '${c}'`);
      }
      if (ctx === 'jobs') {
        const other = wf.jobs[a];
        if (job) problems.push(`${where}: jobs.* is only for workflow_call outputs`);
        else if (!other) problems.push(`${where}: no job '${a}'`);
        else if (b === 'outputs' && !jobOutputNames(other).has(c))
          problems.push(`${where}: job ${a} has no output '${c}'`);
      }
    }
  };
  for (const [where, text] of strings(call.outputs ?? {}, 'on.workflow_call.outputs'))
    check(where, text);
  for (const [id, job] of Object.entries(wf.jobs)) {
    const { steps, ...rest } = job;
    for (const [where, text] of strings(rest, `jobs.${id}`)) check(where, text, [id, job]);
    (steps ?? []).forEach((step, i) => {
      for (const [where, text] of strings(step, `jobs.${id}.steps[${i}]`))
        check(where, text, [id, job], i);
    });
  }
  return problems;
}

/** The permissions a gate step needs. cache-sentinel needs an OIDC token only to sign a save. */
function neededPermissions(step: StepDoc, ctx: Contexts | undefined): Record<string, string> {
  const gate = gateOf(step.uses);
  if (!gate) return {};
  const needed = { ...specOf(gate).permissions };
  if ((gate === 'cache-sentinel' || gate === 'evidence-bundle') && !signs(step, ctx))
    delete needed['id-token'];
  return needed;
}

/**
 * A step that signs with the job's OIDC identity, as its `with:` renders with the workflow's
 * input defaults: cache-sentinel save, or evidence-bundle, with signing: sigstore.
 */
function signs(step: StepDoc, ctx: Contexts | undefined): boolean {
  const gate = gateOf(step.uses);
  if (gate !== 'cache-sentinel' && gate !== 'evidence-bundle') return false;
  const value = (k: string): string => {
    const v = step.with?.[k] ?? specOf(gate).inputs.find((i) => i.name === k)?.default;
    return v === undefined ? '' : ctx ? render(v, ctx) : String(v);
  };
  if (value('signing') !== 'sigstore') return false;
  return gate === 'evidence-bundle' || value('operation') === 'save';
}

describe.each(files)('%s', (file) => {
  const wf = loadWorkflow(file);
  const isReusable = wf.on.workflow_call !== undefined;
  const jobs = Object.entries(wf.jobs);

  it('parses with the hub workflow parser', () => {
    const parsed = parseWorkflow(file, readFileSync(join(WF_DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.workflow.jobs.map((j) => j.id)).toEqual(Object.keys(wf.jobs));
  });

  it("loads in GitHub's own workflow parser without an error", async () => {
    const wp = await import('@actions/workflow-parser');
    const { ErrorPolicy } = await import('@actions/workflow-parser/model/convert');
    const content = readFileSync(join(WF_DIR, file), 'utf8');
    const parsed = wp.parseWorkflow({ name: file, content }, new wp.NoOperationTraceWriter());
    expect(parsed.value).toBeDefined();
    const tpl = await wp.convertWorkflowTemplate(parsed.context, parsed.value!, undefined, {
      errorPolicy: ErrorPolicy.TryConversion
    });
    const errors = new Set([
      ...parsed.context.errors.getErrors().map((e) => e.message),
      ...(tpl.errors ?? []).map((e) => e.Message)
    ]);
    expect([...errors]).toEqual([]);
    expect(tpl.jobs.map((j) => String(j.id))).toEqual(Object.keys(wf.jobs));
  });

  it('gives every gate step only declared inputs and every required one', () => {
    const problems: string[] = [];
    let gateSteps = 0;
    for (const [id, job] of jobs) {
      for (const step of job.steps ?? []) {
        const gate = gateOf(step.uses);
        if (!gate) continue;
        gateSteps++;
        const spec = specOf(gate);
        const known = new Set(spec.inputs.map((i) => i.name));
        for (const k of Object.keys(step.with ?? {}))
          if (!known.has(k)) problems.push(`job ${id}: ${gate} has no input '${k}'`);
        for (const i of spec.inputs.filter((x) => x.required))
          if (step.with?.[i.name] === undefined)
            problems.push(`job ${id}: ${gate} needs input '${i.name}'`);
        for (const [k, v] of Object.entries(step.with ?? {})) {
          const i = spec.inputs.find((x) => x.name === k);
          // A literal choice must be one of the options (expressions are checked end to end).
          if (i?.type === 'choice' && !String(v).includes('${{') && !i.options?.includes(String(v)))
            problems.push(`job ${id}: ${gate} input '${k}' = '${v}' is not one of ${i.options}`);
        }
      }
    }
    expect(problems).toEqual([]);
    if (isReusable) expect(gateSteps + jobs.filter(([, j]) => j.uses).length).toBeGreaterThan(0);
  });

  it('declares every inputs, secrets, steps, needs and jobs reference it makes', () => {
    expect(referenceProblems(wf)).toEqual([]);
  });

  it("grants each job what its gates' action.yml ci-intel permissions need", () => {
    const problems: string[] = [];
    for (const [id, job] of jobs) {
      const granted = jobPermissions(wf, job);
      const ctx = isReusable ? jobContexts(wf, id, { workspace: REPO_ROOT }) : undefined;
      for (const step of job.steps ?? []) {
        const missing = missingPermissions(granted, neededPermissions(step, ctx));
        if (missing.length) problems.push(`job ${id}: ${step.uses} needs ${missing.join(', ')}`);
      }
      // A called workflow's jobs cannot get more than the calling job grants.
      const called = calledWorkflowOf(job.uses);
      if (called) {
        const callee = loadWorkflow(called);
        for (const [cid, cjob] of Object.entries(callee.jobs)) {
          const missing = missingPermissions(granted, jobPermissions(callee, cjob));
          if (missing.length)
            problems.push(`job ${id}: ${called} job ${cid} asks for ${missing.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('grants id-token: write only to jobs that sign, never to one that runs npm ci', () => {
    const problems: string[] = [];
    for (const [id, job] of jobs) {
      if (jobPermissions(wf, job)['id-token'] !== 'write') continue;
      const steps = job.steps ?? [];
      const ctx = isReusable ? jobContexts(wf, id, { workspace: REPO_ROOT }) : undefined;
      if (!steps.some((s) => signs(s, ctx)))
        problems.push(`job ${id}: id-token: write but no step signs`);
      for (const step of steps) {
        const script = step.run === undefined ? '' : ctx ? render(step.run, ctx) : step.run;
        if (/\bnpm\s+(ci|install|i)\b/.test(script) || step.uses?.startsWith('actions/checkout@'))
          problems.push(`job ${id}: id-token: write beside '${script || step.uses}'`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('pins every third-party action and reusable workflow to a full commit SHA', () => {
    const uses = jobs.flatMap(([, j]) => [j.uses, ...(j.steps ?? []).map((s) => s.uses)]);
    const thirdParty = uses.filter(
      (u): u is string => u !== undefined && !u.startsWith('$/') && !u.startsWith('./')
    );
    expect(thirdParty.filter((u) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });
});

describe.each(reusable)('%s (reusable)', (file) => {
  const wf = loadWorkflow(file);
  const jobs = Object.entries(wf.jobs);

  it('uploads a ci-intel-evidence-* artifact from every job, named by its evidence-artifact output', () => {
    for (const [id, job] of jobs) {
      if (calledWorkflowOf(job.uses)) {
        // The called workflow uploads; its evidence-artifact output names it.
        expect(jobOutputNames(job)).toContain('evidence-artifact');
        continue;
      }
      const ctx = jobContexts(wf, id, { workspace: REPO_ROOT });
      const uploads = (job.steps ?? []).filter(
        (s) =>
          s.uses?.startsWith('actions/upload-artifact@') &&
          render(String(s.with?.name ?? ''), ctx).startsWith('ci-intel-evidence-')
      );
      expect(uploads).toHaveLength(1);
      const up = uploads[0];
      expect(String(up.if)).toMatch(/^always\(\)/);
      expect(render(String(up.with?.path), ctx)).toContain(
        `${(ctx.runner as Record<string, string>).temp}/ci-intel/`
      );
      expect(up.with?.['if-no-files-found']).toBe('error');
      expect(render(job.outputs?.['evidence-artifact'] ?? '', ctx)).toBe(
        render(String(up.with?.name), ctx)
      );
    }
  });

  it('exposes every gate verdict and evidence artifact as a workflow output', () => {
    const outputs = wf.on.workflow_call?.outputs ?? {};
    const reached = new Set<string>();
    for (const o of Object.values(outputs)) {
      for (const path of referencedPaths(o.value)) {
        const [, jobId, , name] = path.split('.');
        const job = wf.jobs[jobId];
        if (!job) continue;
        if (calledWorkflowOf(job.uses)) reached.add(`${jobId}/${name}`);
        for (const p of referencedPaths(job.outputs?.[name] ?? '')) {
          const [, stepId, , out] = p.split('.');
          reached.add(`${jobId}/${stepId}/${out}`);
        }
        if (name === 'evidence-artifact') reached.add(`${jobId}/evidence-artifact`);
      }
    }
    const expected: string[] = [];
    for (const [id, job] of jobs) {
      if (calledWorkflowOf(job.uses)) expected.push(`${id}/verdict`, `${id}/evidence-artifact`);
      for (const step of job.steps ?? []) {
        if (!gateOf(step.uses)) continue;
        expect(step.id).toBeDefined();
        expected.push(`${id}/${step.id}/verdict`);
      }
      if (!calledWorkflowOf(job.uses)) expected.push(`${id}/evidence-artifact`);
    }
    expect(expected.filter((e) => !reached.has(e))).toEqual([]);
  });

  it('passes every workflow_call input its callers give, and only those', () => {
    for (const [, job] of jobs) {
      const called = calledWorkflowOf(job.uses);
      if (!called) continue;
      const callee = loadWorkflow(called);
      const declared = callee.on.workflow_call?.inputs ?? {};
      for (const k of Object.keys(job.with ?? {})) expect(Object.keys(declared)).toContain(k);
      for (const [k, i] of Object.entries(declared))
        if (i.required) expect(job.with).toHaveProperty(k);
      for (const k of Object.keys(typeof job.secrets === 'object' ? job.secrets : {}))
        expect(Object.keys(callee.on.workflow_call?.secrets ?? {})).toContain(k);
      expect(job.secrets).not.toBe('inherit');
    }
  });
});

describe('evidence artifact names', () => {
  it('never collide when a caller runs every reusable workflow in one run', () => {
    const names: string[] = [];
    for (const file of reusable) {
      const wf = loadWorkflow(file);
      for (const [id, job] of Object.entries(wf.jobs)) {
        const ctx = jobContexts(wf, id, { workspace: REPO_ROOT });
        const called = calledWorkflowOf(job.uses);
        if (called) {
          // The called workflow uploads under the name the caller gives (or its default).
          const given = job.with?.['evidence-artifact'];
          const dflt = callInputs(loadWorkflow(called))['evidence-artifact'];
          names.push(`${file}/${id}: ${given === undefined ? String(dflt) : render(given, ctx)}`);
          continue;
        }
        for (const s of job.steps ?? []) {
          const name = render(String(s.with?.name ?? ''), ctx);
          if (
            s.uses?.startsWith('actions/upload-artifact@') &&
            name.startsWith('ci-intel-evidence-')
          )
            names.push(`${file}/${id}: ${name}`);
        }
      }
    }
    const bare = names.map((n) => n.split(': ')[1]);
    expect(bare.filter((n, i) => bare.indexOf(n) !== i)).toEqual([]);
    expect(bare.every((n) => n.startsWith('ci-intel-evidence-'))).toBe(true);
    expect(names.length).toBeGreaterThanOrEqual(8);
  });
});

describe('the workflow inputs have defaults the gates accept', () => {
  it.each(reusable)('%s: every step renders with the input defaults', (file) => {
    const wf = loadWorkflow(file);
    for (const [id, job] of Object.entries(wf.jobs)) {
      const ctx = jobContexts(wf, id, { workspace: REPO_ROOT });
      for (const step of job.steps ?? []) {
        const gate = gateOf(step.uses);
        if (!gate) continue;
        const spec = specOf(gate);
        for (const [k, v] of Object.entries(step.with ?? {})) {
          const value = render(v, ctx);
          const input = spec.inputs.find((i) => i.name === k);
          if (input?.type === 'choice') expect(input.options).toContain(value);
          if (input?.type === 'boolean') expect(['true', 'false']).toContain(value);
        }
      }
    }
    expect(Object.keys(callInputs(wf)).length).toBeGreaterThan(0);
  });

  it("policy-gates' overall verdict is pass only when both gates pass, error when one could not decide", () => {
    const wf = loadWorkflow('policy-gates.yml');
    const expr = wf.jobs.gates.outputs?.verdict ?? '';
    const combos: [string, string, string][] = [
      ['pass', 'pass', 'pass'],
      ['pass', 'fail', 'fail'],
      ['fail', 'pass', 'fail'],
      ['fail', 'fail', 'fail'],
      ['error', 'pass', 'error'],
      ['fail', 'error', 'error'],
      ['pass', '', 'error'],
      ['', '', 'error']
    ];
    for (const [prt, wp, want] of combos) {
      const steps = { prt: { outputs: { verdict: prt } }, wp: { outputs: { verdict: wp } } };
      expect([prt, wp, evaluateTemplate(expr, { steps })]).toEqual([prt, wp, want]);
    }
  });
});

describe("the hub's own repository gates pass on its workflows", () => {
  it('ci-intel check --workspace <hub> passes pr-target-ban and workflow-policy', async () => {
    const r = await runCli(['check', '--workspace', REPO_ROOT, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const results = JSON.parse(r.stdout) as
      { gate: string; verdict: string }[] | { results: { gate: string; verdict: string }[] };
    const list = Array.isArray(results) ? results : results.results;
    expect(list.map((x) => [x.gate, x.verdict]).sort()).toEqual([
      ['pr-target-ban', 'pass'],
      ['workflow-policy', 'pass']
    ]);
  });
});
