/**
 * schema-check through its bundle (dist/schema-check) as the runner runs it, through the CLI, and
 * played inside the hub's workflows: ci.yml's telemetry hook (the build job's pipeline-run.ndjson)
 * and the schema-ci.yml reusable job.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandFile, REPO_ROOT, runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { makeRepo } from '../helpers/temp-repo.js';
import {
  jobContexts,
  jobOutputs,
  loadWorkflow,
  runGateSteps,
  workflowOutputs
} from '../workflows-contract/reusable.js';

const FIX = join(REPO_ROOT, 'test/telemetry/fixtures');
const compact = (p: string): string =>
  JSON.stringify(JSON.parse(readFileSync(join(FIX, p), 'utf8')));
const v12 = compact('v1.2/valid/full.json');
const v11 = compact('v1.1/valid/full.json');

if (!existsSync(join(REPO_ROOT, 'dist', 'schema-check', 'index.js')))
  throw new Error('build the bundles first: npm run bundle');

describe('the bundled action (dist/schema-check)', () => {
  it('fails on invalid lines with annotations at their lines, SARIF results and a deny policy record', async () => {
    const bad = JSON.parse(v12);
    bad.jobs[0].duration_ms = -1;
    const repo = makeRepo({
      'telemetry/runs.ndjson': `${v12}\n${JSON.stringify(bad)}\n{"schema":\n${v11}\n`
    });
    const run = await runAction('schema-check', {
      workspace: repo,
      inputs: { files: 'telemetry/**/*.ndjson', 'sarif-file': 'out/schema.sarif' }
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      records: '4',
      'invalid-records': '2',
      'files-checked': '1',
      compatible: '',
      'sarif-file': 'out/schema.sarif'
    });
    expect(run.stdout).toMatch(
      /::error title=schema-check%3A schema-check\/minimum,file=telemetry\/runs\.ndjson,line=2::\/jobs\/0\/duration_ms: must be >= 0 \[minimum\] \(pipeline_run\.v1\.2\)/
    );
    expect(run.stdout).toMatch(
      /::error title=schema-check%3A schema-check\/invalid-json,file=telemetry\/runs\.ndjson,line=3::/
    );
    expect(run.summary).toContain('❌ schema-check: fail');
    expectValidResult(run.result);
    const sarif = JSON.parse(readFileSync(join(repo, 'out/schema.sarif'), 'utf8'));
    expect(
      sarif.runs[0].results.map(
        (r: {
          ruleId: string;
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }) => [r.ruleId, r.locations[0].physicalLocation.region.startLine]
      )
    ).toEqual([
      ['schema-check/minimum', 2],
      ['schema-check/invalid-json', 3]
    ]);
    const policy = readFileSync(join(run.runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8');
    expect(JSON.parse(policy)).toMatchObject({ id: 'ci-intel/schema-check', result: 'deny' });
  });

  it("passes the hub's valid fixtures (.json, one record each) and migration pairs", async () => {
    const run = await runAction('schema-check', {
      workspace: REPO_ROOT,
      inputs: {
        files: 'test/telemetry/fixtures/*/valid/*.json\ntest/telemetry/fixtures/migration/*.json'
      }
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(Number(run.outputs.records)).toBeGreaterThanOrEqual(10);
  });

  it('errs when nothing matched, and reports without blocking in audit mode', async () => {
    const none = await runAction('schema-check', {
      workspace: makeRepo({ 'a.txt': '' }),
      inputs: { files: 'telemetry/*.ndjson' }
    });
    expect(none.exitCode).toBe(1);
    expect(none.outputs.verdict).toBe('error');
    expect(none.stdout).toMatch(/nothing matched telemetry\/\*\.ndjson/);
    const audit = await runAction('schema-check', {
      workspace: makeRepo({ 'a.ndjson': '[]\n' }),
      inputs: { files: 'a.ndjson', mode: 'audit' }
    });
    expect(audit.exitCode).toBe(0);
    expect(audit.outputs.verdict).toBe('fail');
  });

  it('refuses a max-records outside its range, naming the input', async () => {
    const run = await runAction('schema-check', {
      workspace: makeRepo({ 'a.ndjson': v12 }),
      inputs: { files: 'a.ndjson', 'max-records': '0' }
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toMatch(/max-records/);
  });
});

describe('ci-intel schema-check (CLI)', () => {
  it('says v1.1 → v1.2 breaks readers, and that adding an optional field does not', async () => {
    const breaking = await runCli([
      'schema-check',
      '--compare-from',
      'pipeline_run.v1.1',
      '--compare-to',
      'pipeline_run.v1.2'
    ]);
    expect(breaking.exitCode).not.toBe(0);
    expect(breaking.stdout + breaking.stderr).toMatch(/1 breaking change/);
    expect(breaking.stdout + breaking.stderr).toMatch(/flakiness_index/);
    const ws = mkdtempSync(join(tmpdir(), 'schema-compat-'));
    const next = JSON.parse(readFileSync(join(REPO_ROOT, 'schema/pipeline_run.v1.2.json'), 'utf8'));
    next.properties.build_url = { type: 'string', format: 'uri' };
    writeFileSync(join(ws, 'next.json'), JSON.stringify(next));
    const ok = await runCli([
      'schema-check',
      '--workspace',
      ws,
      '--compare-from',
      'pipeline_run.v1.2',
      '--compare-to',
      'next.json'
    ]);
    expect(ok.stdout + ok.stderr).toMatch(/compatible for readers/);
    expect(ok.exitCode).toBe(0);
  });
});

describe("ci.yml's telemetry hook", () => {
  const wf = loadWorkflow('ci.yml');
  const steps = wf.jobs.build.steps ?? [];
  const hook = steps.find((s) => s.id === 'telemetry')!;

  /** Run the hook's shell script as the runner would, returning its step outputs. */
  function runHook(runnerTemp: string): Record<string, string> {
    const out = join(runnerTemp, 'hook-output');
    writeFileSync(out, '');
    execFileSync('bash', ['-e', '-c', String(hook.run)], {
      env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: out }
    });
    return parseCommandFile(readFileSync(out, 'utf8'));
  }

  it.each([
    ['a valid record', `${v12}\n`, 0, 'pass'],
    ['an invalid record', `${JSON.stringify({ ...JSON.parse(v12), status: 'ok' })}\n`, 1, 'fail'],
    ['an empty record file', '', 1, 'error']
  ])(
    'validates pipeline-run.ndjson when a step wrote it: %s',
    async (_name, body, exitCode, verdict) => {
      const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-intel-runner-'));
      mkdirSync(join(runnerTemp, 'ci-intel'));
      writeFileSync(join(runnerTemp, 'ci-intel', 'pipeline-run.ndjson'), body);
      const ctx = jobContexts(wf, 'build', { workspace: makeRepo({}), runnerTemp });
      (ctx.steps as Record<string, unknown>).telemetry = {
        outputs: runHook(runnerTemp),
        outcome: 'success'
      };
      const runs = await runGateSteps(ctx, wf.jobs.build, { only: ['schema'] });
      expect(runs.map((r) => [r.step.id, r.ran, r.run?.exitCode, r.run?.outputs.verdict])).toEqual([
        ['schema', true, exitCode, verdict]
      ]);
      expect(runs[0].inputs?.files).toBe(join(runnerTemp, 'ci-intel', 'pipeline-run.ndjson'));
      expect(jobOutputs(wf.jobs.build, ctx)['schema-verdict']).toBe(verdict);
    }
  );

  it('skips the check when no step wrote a record', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-intel-runner-'));
    const ctx = jobContexts(wf, 'build', { workspace: makeRepo({}), runnerTemp });
    (ctx.steps as Record<string, unknown>).telemetry = {
      outputs: runHook(runnerTemp),
      outcome: 'success'
    };
    const runs = await runGateSteps(ctx, wf.jobs.build, { only: ['schema'] });
    expect(runs.map((r) => [r.step.id, r.ran])).toEqual([['schema', false]]);
    expect(jobOutputs(wf.jobs.build, ctx)['schema-verdict']).toBe('');
  });
});

describe('schema-ci.yml through the bundle', () => {
  const wf = loadWorkflow('schema-ci.yml');
  it("validates a repository's telemetry with the defaults, and fails a breaking schema change", async () => {
    const ws = makeRepo({ 'telemetry/2026/runs.ndjson': `${v12}\n${v11}\n` });
    const ctx = jobContexts(wf, 'schema', { workspace: ws });
    const runs = await runGateSteps(ctx, wf.jobs.schema);
    expect(runs.map((r) => [r.step.id, r.run?.exitCode, r.run?.outputs.verdict])).toEqual([
      ['schema', 0, 'pass']
    ]);
    const outs = jobOutputs(wf.jobs.schema, ctx);
    expect(outs).toMatchObject({ verdict: 'pass', records: '2', 'invalid-records': '0' });
    expect(workflowOutputs(wf, { schema: { outputs: outs, result: 'success' } })).toMatchObject({
      verdict: 'pass',
      'evidence-artifact': 'ci-intel-evidence-schema-ci'
    });
    expect(existsSync(String(runs[0].run?.outputs['sarif-file']))).toBe(true);

    const ctx2 = jobContexts(wf, 'schema', {
      workspace: ws,
      inputs: { 'compare-from': 'pipeline_run.v1.1', 'compare-to': 'pipeline_run.v1.2' }
    });
    const [r2] = await runGateSteps(ctx2, wf.jobs.schema);
    expect([r2.run?.exitCode, r2.run?.outputs.verdict, r2.run?.outputs.compatible]).toEqual([
      1,
      'fail',
      'false'
    ]);
  });
});
