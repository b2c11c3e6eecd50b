/**
 * ci.yml's last job as the runner plays it: `pipeline-run` with the INPUT_* its `with:` renders,
 * after download-artifact put the other jobs' ci-intel-evidence-* artifacts (written by the hub's
 * own writers) under runner.temp, against the local GitHub REST server describing that run from
 * inside (its own job still in progress).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendEvent } from '../../src/cache/events.js';
import { appendPolicyRecord } from '../../src/core/report/files.js';
import type { GateResult } from '../../src/core/result.js';
import { pipelineRunProblems } from '../../src/telemetry/record-schema.js';
import { evaluateCondition } from '../helpers/expressions.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { describeWithShared } from '../helpers/shared.js';
import {
  jobContexts,
  jobOutputs,
  loadWorkflow,
  render,
  runGateSteps
} from '../workflows-contract/reusable.js';
import { PipelineGitHub, vector } from './github-server.js';
import '../helpers/yaml-library.js';

const wf = loadWorkflow('ci.yml');
const job = wf.jobs['pipeline-run'];
let gh: PipelineGitHub;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'pipeline-run', 'index.js')))
    throw new Error('build the bundles first: npm run bundle');
  gh = await new PipelineGitHub().start();
});
afterAll(async () => {
  await gh?.stop();
  // Known gaps of the validator, not of the payloads: the recorded dependabot e-mail that
  // ajv-formats refuses, and `conclusion: null` of a running job, which the OpenAPI 3.0 schema
  // allows (nullable) but its enum, read without `nullable`, does not.
  const known =
    /head_commit\/(author|committer)\/email|\/jobs\/3\/conclusion must be equal to one of the allowed values/;
  expect(gh.problems.filter((p) => !known.test(p))).toEqual([]);
});

const result = (gate: string, verdict: GateResult['verdict']): GateResult => ({
  schema: 'ci-intel.gate-result.v1',
  gate,
  verdict,
  mode: 'enforce',
  summary: `${gate}: ${verdict}`,
  findings: [],
  evidence: {},
  outputs: {},
  startedAt: '2026-12-01T12:00:00.000Z',
  durationMs: 3
});

describeWithShared('ci.yml pipeline-run job', () => {
  it('is the last job, needs every other and always runs', () => {
    expect(Object.keys(wf.jobs).at(-1)).toBe('pipeline-run');
    expect(job.needs).toEqual(Object.keys(wf.jobs).filter((j) => j !== 'pipeline-run'));
    expect(job.if).toBe('always()');
    const ctx = jobContexts(wf, 'pipeline-run', {
      workspace: REPO_ROOT,
      needs: { build: { outputs: {}, result: 'failure' } }
    });
    expect(evaluateCondition(String(job.if), ctx)).toBe(true);
  });

  it("records the run with the gates' records of every job, leaving itself out", async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-intel-runner-'));
    const ctx = jobContexts(wf, 'pipeline-run', {
      workspace: mkdtempSync(join(tmpdir(), 'ws-')),
      runnerTemp
    });
    // download-artifact (pattern ci-intel-evidence-*): one folder per artifact.
    const download = job.steps?.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with?.pattern).toBe('ci-intel-evidence-*');
    const into = render(String(download?.with?.path), ctx);
    // Each job's gates wrote into its own runner.temp/ci-intel; upload-artifact took that folder
    // and download-artifact put it here under the artifact's name.
    const jobTemps = mkdtempSync(join(tmpdir(), 'ci-intel-other-jobs-'));
    const artifacts = {
      'ci-intel-evidence-ci-policy': [
        ['pr-target-ban', 'pass'],
        ['workflow-policy', 'fail']
      ],
      'ci-intel-evidence-build': [
        ['egress-check', 'pass'],
        ['cache-sentinel', 'pass']
      ]
    } as const;
    for (const [artifact, gates] of Object.entries(artifacts)) {
      const other = join(jobTemps, artifact);
      for (const [g, v] of gates) appendPolicyRecord(result(g, v), other);
      if (artifact === 'ci-intel-evidence-build')
        appendEvent(join(other, 'ci-intel'), {
          event: 'cache_events',
          hit: true,
          key: 'ci-intel-Linux-' + 'f'.repeat(64),
          matchedKey: 'ci-intel-Linux-' + 'f'.repeat(64),
          tier: 'github',
          bytes: 10,
          ms: 5,
          verified: true,
          ts: '2026-12-01T12:00:00Z'
        });
      cpSync(join(other, 'ci-intel'), join(into, artifact), { recursive: true });
    }

    const template = vector<{ jobs: Record<string, unknown>[] }>(
      'step-security-16620109074.jobs.json'
    ).jobs[2];
    const jobAt = (id: number, name: string, over: Record<string, unknown> = {}) => ({
      ...structuredClone(template),
      id,
      name,
      ...over
    });
    const runDoc = vector('step-security-16620109074.run.json');
    gh.scenario = {
      owner: 'acme',
      repo: 'widget',
      run: {
        ...runDoc,
        id: 4242,
        run_attempt: 1,
        status: 'in_progress',
        conclusion: null,
        repository: { ...(runDoc.repository as object), full_name: 'acme/widget' }
      },
      jobs: [
        jobAt(1, 'ci / policy / gates'),
        jobAt(2, 'ci / build'),
        jobAt(3, 'ci / cache-save', { conclusion: 'skipped', started_at: template.completed_at }),
        jobAt(4, 'ci / pipeline-run', {
          status: 'in_progress',
          conclusion: null,
          completed_at: null
        })
      ]
    };
    const [step] = await runGateSteps(ctx, job, {
      env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1' }
    });
    expect(step.inputs?.records).toBe(`${runnerTemp}/ci-intel\n${runnerTemp}/ci-intel-jobs\n`);
    expect(step.run?.stderr).toBe('');
    expect([step.run?.exitCode, step.run?.outputs.verdict]).toEqual([0, 'pass']);
    const file = step.run?.outputs['record-file'] ?? '';
    // The upload step takes the folder the record is in.
    const upload = job.steps?.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(file.startsWith(render(String(upload?.with?.path), ctx))).toBe(true);
    const rec = JSON.parse(readFileSync(file, 'utf8')) as {
      jobs: { name: string; cache?: unknown; status: string }[];
      policies: { id: string; result: string }[];
      status: string;
      cache_keys: string[];
    };
    expect(pipelineRunProblems(rec)).toEqual([]);
    expect(rec.jobs.map((j) => [j.name, j.status])).toEqual([
      ['ci / policy / gates', 'success'],
      ['ci / build', 'success'],
      ['ci / cache-save', 'skipped']
    ]);
    expect(rec.jobs[1].cache).toEqual({ hit: true, key: 'ci-intel-Linux-' + 'f'.repeat(64) });
    expect(rec.policies.map((p) => [p.id, p.result])).toEqual([
      ['ci-intel/egress-check', 'allow'],
      ['ci-intel/cache-sentinel', 'allow'],
      ['ci-intel/pr-target-ban', 'allow'],
      ['ci-intel/workflow-policy', 'deny']
    ]);
    expect(step.run?.outputs['jobs-left-out']).toBe('ci / pipeline-run');
    const steps = await runGateSteps(ctx, job, { only: ['schema'] });
    expect(steps.map((s) => [s.step.id, s.inputs?.files, s.run?.outputs.verdict])).toEqual([
      ['schema', file, 'pass']
    ]);
    expect(jobOutputs(job, ctx)).toEqual({
      verdict: 'pass',
      'run-id': step.run?.outputs['run-id'],
      'schema-verdict': 'pass',
      'evidence-artifact': 'ci-intel-evidence-pipeline-run'
    });
  });
});
