/**
 * policy-gates.yml played end to end: each `$/actions/<gate>` step of its job run through its dist
 * bundle with exactly the INPUT_* values its `with:` produces from the workflow_call defaults, on
 * the hub's own checkout (pass) and on a repository that breaks both gates (fail), then the job's
 * and the workflow's outputs evaluated from what the steps wrote, and the evidence the upload step
 * would take checked on disk.
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCondition } from '../helpers/expressions.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import {
  jobContexts,
  jobOutputs,
  loadWorkflow,
  render,
  runGateSteps,
  workflowOutputs,
  type StepDoc
} from './reusable.js';
import '../helpers/yaml-library.js';

const wf = loadWorkflow('policy-gates.yml');
const job = wf.jobs.gates;
const uploadStep = (job.steps ?? []).find((s) =>
  s.uses?.startsWith('actions/upload-artifact@')
) as StepDoc;
const sarifSteps = (job.steps ?? []).filter((s) =>
  s.uses?.startsWith('github/codeql-action/upload-sarif@')
);

/** A copy of the hub's .github folder with one workflow that breaks both gates. */
function brokenRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'ci-intel-policy-gates-'));
  cpSync(join(REPO_ROOT, '.github'), join(root, '.github'), { recursive: true });
  writeFileSync(
    join(root, '.github/workflows/label.yml'),
    [
      'name: label',
      'on: pull_request_target',
      'permissions: { contents: read }',
      'jobs:',
      '  label:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/labeler@v5',
      ''
    ].join('\n')
  );
  return root;
}

describe('policy-gates.yml through the gate bundles', () => {
  it("passes on the hub's own checkout with the defaults; outputs and evidence line up", async () => {
    const ctx = jobContexts(wf, 'gates', { workspace: REPO_ROOT });
    const runs = await runGateSteps(ctx, job);
    expect(runs.map((r) => [r.step.id, r.ran, r.run?.exitCode, r.run?.outputs.verdict])).toEqual([
      ['prt', true, 0, 'pass'],
      ['wp', true, 0, 'pass']
    ]);
    for (const r of runs) expectValidResult(r.run?.result);
    // The inputs came from the workflow_call defaults, through the with: expressions.
    expect(runs[0].inputs).toMatchObject({
      workflows: '.github/workflows/*.yml\n.github/workflows/*.yaml\n',
      allowlist: '.github/ci-intel/pr-target-allowlist.yml',
      mode: 'enforce'
    });
    expect(runs[1].inputs?.policy).toBe('.github/ci-intel/workflow-policy.yml');
    expect(Number(runs[0].run?.outputs['workflows-scanned'])).toBeGreaterThanOrEqual(4);

    // The SARIF upload steps run and point at the files the gates wrote.
    for (const s of sarifSteps) {
      expect(evaluateCondition(String(s.if), ctx)).toBe(true);
      const sarif = JSON.parse(readFileSync(render(String(s.with?.sarif_file), ctx), 'utf8'));
      expect(sarif.version).toBe('2.1.0');
    }
    // The evidence upload takes both result files and the policies record.
    expect(evaluateCondition(String(uploadStep.if), ctx)).toBe(true);
    const paths = render(String(uploadStep.with?.path), ctx).split('\n').filter(Boolean);
    for (const p of paths) expect(existsSync(p)).toBe(true);
    const temp = (ctx.runner as Record<string, string>).temp;
    const records = readFileSync(join(temp, 'ci-intel', 'policies.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; result: string });
    expect(records.map((r) => [r.id, r.result])).toEqual([
      ['ci-intel/pr-target-ban', 'allow'],
      ['ci-intel/workflow-policy', 'allow']
    ]);
    for (const r of runs)
      expect(paths.some((p) => r.run!.outputs['result-file'].startsWith(p))).toBe(true);

    const outputs = jobOutputs(job, ctx);
    expect(outputs).toEqual({
      verdict: 'pass',
      'pr-target-ban-verdict': 'pass',
      'workflow-policy-verdict': 'pass',
      'evidence-artifact': 'ci-intel-evidence-policy-gates'
    });
    expect(workflowOutputs(wf, { gates: { outputs, result: 'success' } })).toEqual(outputs);
  });

  it('fails both gates on a banned trigger and an unpinned action; the later steps still run', async () => {
    const ctx = jobContexts(wf, 'gates', { workspace: brokenRepo() });
    const runs = await runGateSteps(ctx, job);
    expect(runs.map((r) => [r.step.id, r.ran, r.run?.exitCode, r.run?.outputs.verdict])).toEqual([
      ['prt', true, 1, 'fail'],
      ['wp', true, 1, 'fail']
    ]);
    expect(JSON.parse(runs[0].run!.outputs['banned-workflows'])).toEqual([
      '.github/workflows/label.yml'
    ]);
    expect(runs[1].run?.result?.findings.map((f) => f.rule)).toContain(
      'workflow-policy/pinned-uses'
    );
    // The job has failed, yet SARIF and evidence are uploaded (if: always()).
    for (const s of [...sarifSteps, uploadStep])
      expect(evaluateCondition(String(s.if), ctx, { status: 'failure' })).toBe(true);
    expect(jobOutputs(job, ctx)).toMatchObject({
      verdict: 'fail',
      'pr-target-ban-verdict': 'fail',
      'workflow-policy-verdict': 'fail'
    });
  });

  it('reads the allowlist and policy from the paths given as inputs (a broken one is an error)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ci-intel-policy-gates-'));
    cpSync(join(REPO_ROOT, '.github'), join(root, '.github'), { recursive: true });
    writeFileSync(join(root, 'allow.yml'), 'entries: [oops\n');
    writeFileSync(join(root, 'policy.yml'), 'rules: {pinned-uses: off, pinned-uses: error}\n');
    const ctx = jobContexts(wf, 'gates', {
      workspace: root,
      inputs: { allowlist: 'allow.yml', policy: 'policy.yml', mode: 'audit' }
    });
    const runs = await runGateSteps(ctx, job);
    // audit: the steps succeed, the verdicts say what happened.
    expect(runs.map((r) => [r.step.id, r.run?.exitCode, r.run?.outputs.verdict])).toEqual([
      ['prt', 0, 'error'],
      ['wp', 0, 'error']
    ]);
    expect(runs[0].run?.stdout).toContain('allow.yml');
    expect(runs[1].run?.stdout).toContain('policy.yml');
    expect(jobOutputs(job, ctx).verdict).toBe('error');
  });
});
