/**
 * pipeline-run through its gate (runGate: inputs parsed from action.yml, fail closed) against a
 * local GitHub REST server serving the recorded runs and jobs of ../shared/vectors/telemetry,
 * every payload checked against GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import type { GateResult } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { pipelineRun } from '../../src/gates/pipeline-run/index.js';
import { appendEvent } from '../../src/cache/events.js';
import { appendPolicyRecord } from '../../src/core/report/files.js';
import { pipelineRunProblems } from '../../src/telemetry/record-schema.js';
import { pipelineRunId } from '../../src/telemetry/run-id.js';
import type { PipelineRunRecord } from '../../src/telemetry/run-record.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { describeWithShared, SHARED } from '../helpers/shared.js';
import { PipelineGitHub, syntheticJobs, vector, type Scenario } from './github-server.js';

const TOKEN = 'ghs_' + 'Zq9Wx8Vy'.repeat(5);
const spec = loadActionSpec('pipeline-run');
let gh: PipelineGitHub;
let box: { ws: string; temp: string };
/** OpenAPI problems a test expects of the vectors it serves (recorded before GitHub added fields). */
let drift: string[];
/**
 * The step-security run's head_commit author is `49699333+dependabot[bot]@users.noreply.github.com`,
 * which ajv-formats' "email" refuses: the real answer, not a fake that drifted.
 */
const EMAIL_FORMAT = /200: \/head_commit\/(author|committer)\/email must match format "email"$/;

beforeEach(async () => {
  gh = await new PipelineGitHub().start();
  const root = mkdtempSync(join(tmpdir(), 'ci-intel-pipeline-run-'));
  box = { ws: join(root, 'ws'), temp: join(root, 'temp', 'ci-intel') };
  mkdirSync(box.ws, { recursive: true });
  mkdirSync(box.temp, { recursive: true });
  drift = [];
});
afterEach(async () => {
  await gh.stop();
  // Every payload served matches GitHub's OpenAPI description, but for the drift a test names.
  expect(
    [...new Set(gh.problems)].filter((p) => !drift.includes(p) && !EMAIL_FORMAT.test(p))
  ).toEqual([]);
});

function stepSecurity(over: Partial<Scenario> = {}): Scenario {
  return {
    owner: 'step-security',
    repo: 'skip-duplicate-actions',
    run: vector('step-security-16620109074.run.json'),
    jobs: vector<{ jobs: Record<string, unknown>[] }>('step-security-16620109074.jobs.json').jobs,
    ...over
  };
}

async function run(raw: Record<string, string>, env: Record<string, string> = {}) {
  const logs: string[] = [];
  const ctx = {
    workspace: box.ws,
    tempDir: box.temp,
    env: { GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKEN, ...env },
    now: () => new Date('2026-12-01T12:00:00Z'),
    log: (m: string) => logs.push(m),
    secret: () => undefined
  };
  const r = await runGate(pipelineRun as Gate, { 'api-retries': '1', ...raw }, ctx, { spec });
  expectValidResult(r);
  expect(JSON.stringify(r)).not.toContain(TOKEN);
  return Object.assign(r, { logs });
}

const recordOf = (r: GateResult) => (r.evidence as { record?: PipelineRunRecord }).record!;
const written = (file = join(box.temp, 'pipeline-run.ndjson')): PipelineRunRecord[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as PipelineRunRecord)
    : [];

function workflowRunEvent(id: number, attempt: number, repository: string): string {
  const file = join(box.ws, '..', 'event.json');
  writeFileSync(
    file,
    JSON.stringify({
      action: 'completed',
      workflow_run: { id, run_attempt: attempt, repository: { full_name: repository } }
    })
  );
  return file;
}

describeWithShared('pipeline-run on recorded GitHub runs', () => {
  it('workflow_run: completed — records every job of step-security run 16620109074, read in pages', async () => {
    gh.scenario = stepSecurity({ pageSize: 2 });
    const event = workflowRunEvent(16620109074, 1, 'step-security/skip-duplicate-actions');
    const r = await run(
      {},
      {
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/recorder',
        GITHUB_RUN_ID: '5'
      }
    );
    expect([r.verdict, r.findings]).toEqual(['pass', []]);
    expect(gh.hits.map((h) => h.path)).toEqual([
      '/repos/step-security/skip-duplicate-actions/actions/runs/16620109074/attempts/1',
      '/repos/step-security/skip-duplicate-actions/actions/runs/16620109074/attempts/1/jobs?per_page=100',
      '/repos/step-security/skip-duplicate-actions/actions/runs/16620109074/attempts/1/jobs?per_page=100&page=2',
      '/repos/step-security/skip-duplicate-actions/actions/runs/16620109074/attempts/1/jobs?per_page=100&page=3'
    ]);
    expect(gh.hits.every((h) => h.authorization === `token ${TOKEN}`)).toBe(true);
    const rec = recordOf(r);
    expect(pipelineRunProblems(rec)).toEqual([]);
    expect(rec).toMatchObject({
      schema: 'pipeline_run.v1.2',
      run_id: pipelineRunId('step-security/skip-duplicate-actions', 16620109074, 1),
      repo: 'step-security/skip-duplicate-actions',
      commit_sha: '6f96b263f472444725e0d2122722ce7140cf3bdb',
      branch: 'dependabot/github_actions/github/codeql-action-3.29.5',
      pr: 305,
      started_at: '2025-07-30T10:30:31Z',
      ended_at: '2025-07-30T10:31:42Z',
      status: 'success',
      queue_ms: 5000,
      runner_os: 'linux',
      runner_type: 'hosted',
      tests: {
        total: 0,
        failed: 0,
        duration_ms: 0,
        resilience: { mutants_total: 0, killed: 0, equiv: 0, timeout: 0, score: 0 }
      },
      // Five jobs of under a minute each: 5 billed minutes at $0.006; 152 s × 2 vCPUs.
      cost: { usd: 0.03, cpu_seconds: 304, gpu_seconds: 0 }
    });
    expect(
      rec.jobs.map((j) => [j.name, j.status, j.attempt, j.duration_ms, j.queue_ms, j.machine])
    ).toEqual([
      ['pre_job', 'success', 1, 16000, 9000, { class: 'linux-2', cpu: '2', ram_gb: 7 }],
      [
        'skip_individual_steps_job',
        'success',
        1,
        17000,
        8000,
        { class: 'linux-2', cpu: '2', ram_gb: 7 }
      ],
      ['build', 'success', 1, 31000, 5000, { class: 'linux-2', cpu: '2', ram_gb: 7 }],
      ['private_action', 'success', 1, 48000, 8000, { class: 'linux-2', cpu: '2', ram_gb: 7 }],
      ['main_job', 'success', 1, 40000, 5000, { class: 'linux-2', cpu: '2', ram_gb: 7 }]
    ]);
    expect(rec.jobs[0]).toMatchObject({
      id: '47022208955',
      logs_uri:
        'https://github.com/step-security/skip-duplicate-actions/actions/runs/16620109074/job/47022208955'
    });
    expect((r.evidence as { runners: unknown[] }).runners[2]).toEqual({
      job: 'build',
      runner: 'GitHub Actions 1000149205',
      group: 'GitHub Actions',
      labels: ['ubuntu-latest']
    });
    expect(r.outputs).toMatchObject({
      'run-id': rec.run_id,
      'jobs-recorded': '5',
      'jobs-left-out': ''
    });
    expect(written()).toEqual([rec]);
    expect(r.outputs['record-file']).toBe(join(box.temp, 'pipeline-run.ndjson'));
  });

  it('as the last job of its own run: records the finished job of attempt 2 and names the two still running', async () => {
    gh.scenario = {
      owner: 'smartcontractkit',
      repo: 'push-gha-metrics-action',
      run: vector('push-gha-metrics-pull_request-2499110858-2-get-workflow-run-attempt.json'),
      jobs: vector<{ jobs: Record<string, unknown>[] }>(
        'push-gha-metrics-pull_request-2499110858-2-list-jobs-for-workflow-run-attempt.json'
      ).jobs
    };
    // Captured in 2022: GitHub has since added display_title to runs and created_at,
    // workflow_name and head_branch to jobs (and the schema's nullable enum refuses null).
    const expectedDrift = [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number} 200: / must have required property 'display_title'",
      ...[0, 1, 2].flatMap((i) => [
        `GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs 200: /jobs/${i} must have required property 'workflow_name'`,
        `GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs 200: /jobs/${i} must have required property 'head_branch'`,
        `GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs 200: /jobs/${i} must have required property 'created_at'`
      ]),
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs 200: /jobs/1/conclusion must be equal to one of the allowed values',
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs 200: /jobs/2/conclusion must be equal to one of the allowed values'
    ];
    drift = expectedDrift;
    const env = {
      GITHUB_REPOSITORY: 'smartcontractkit/push-gha-metrics-action',
      GITHUB_RUN_ID: '2499110858',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_EVENT_NAME: 'pull_request'
    };
    const r = await run({}, env);
    expect([...new Set(gh.problems)].sort()).toEqual([...expectedDrift].sort());
    expect(r.verdict).toBe('pass');
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'pipeline-run/jobs-left-out',
        severity: 'note',
        message:
          '2 unfinished jobs left out of the record: generate-fixtures-name-1 (in_progress), generate-fixtures-name-2 (in_progress)'
      })
    ]);
    const rec = recordOf(r);
    expect(rec).toMatchObject({
      run_id: pipelineRunId('smartcontractkit/push-gha-metrics-action', 2499110858, 2),
      pr: 21,
      status: 'success',
      started_at: '2022-06-17T21:19:07Z',
      ended_at: '2022-06-17T21:19:20Z',
      queue_ms: 9000
    });
    expect(rec.jobs).toEqual([
      expect.objectContaining({
        name: 'my dummy job',
        attempt: 2,
        duration_ms: 4000,
        machine: { class: 'linux-2', cpu: '2', ram_gb: 7 }
      })
    ]);
    expect(rec.jobs[0].queue_ms).toBeUndefined(); // no created_at in a 2022 job
    expect(r.outputs['jobs-left-out']).toBe('generate-fixtures-name-1\ngenerate-fixtures-name-2');
    expect(rec.run_id).not.toBe(
      pipelineRunId('smartcontractkit/push-gha-metrics-action', 2499110858, 1)
    );
  });

  it('refuses to record attempt 1 while none of its jobs has finished', async () => {
    gh.scenario = {
      owner: 'smartcontractkit',
      repo: 'push-gha-metrics-action',
      run: vector('push-gha-metrics-pull_request-2499110858-1-get-workflow-run-attempt.json'),
      jobs: vector<{ jobs: Record<string, unknown>[] }>(
        'push-gha-metrics-pull_request-2499110858-1-list-jobs-for-workflow-run-attempt.json'
      ).jobs
    };
    const r = await run({
      repository: 'smartcontractkit/push-gha-metrics-action',
      'run-id': '2499110858',
      'run-attempt': '1'
    });
    drift = [...gh.problems]; // the 2022 shape, as above; not the subject here
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain('has no finished job yet (3 listed, none completed)');
    expect(written()).toEqual([]);
  });

  it('biome run: a fork pull_request_target (no PR number), a failed job on a runner the table does not know', async () => {
    gh.scenario = {
      owner: 'biomejs',
      repo: 'biome',
      run: vector('biome-21458831126.run.json'),
      jobs: vector<{ jobs: Record<string, unknown>[] }>('biome-21458831126.jobs.json').jobs
    };
    const r = await run({ repository: 'biomejs/biome', 'run-id': '21458831126' });
    expect(r.verdict).toBe('pass');
    expect(r.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'pipeline-run/unpriced-runner',
        'warning',
        "job 'Validate PR title' ran on [depot-ubuntu-24.04-arm-small], which no runner price class matches: cost.usd leaves it out"
      ]
    ]);
    const rec = recordOf(r);
    expect(rec).toMatchObject({ pr: null, status: 'failed', cost: { usd: 0, cpu_seconds: 0 } });
    expect(rec.jobs[0]).toMatchObject({
      status: 'failed',
      duration_ms: 37000,
      queue_ms: 1000,
      machine: { class: 'depot-ubuntu-24.04-arm-small' }
    });
    // The latest attempt, asked for by run id alone.
    expect(gh.hits.map((h) => h.path)[0]).toBe('/repos/biomejs/biome/actions/runs/21458831126');

    // Priced once the label is mapped to a class in runner-prices.
    writeFileSync(
      join(box.ws, 'prices.json'),
      JSON.stringify({ labels: { 'depot-ubuntu-24.04-arm-small': 'linux-arm64-2' } })
    );
    const priced = await run({
      repository: 'biomejs/biome',
      'run-id': '21458831126',
      'runner-prices': 'prices.json'
    });
    expect([priced.verdict, priced.findings]).toEqual(['pass', []]);
    expect(recordOf(priced).cost).toEqual({ usd: 0.005, cpu_seconds: 74, gpu_seconds: 0 });
    expect(recordOf(priced).jobs[0].machine).toEqual({
      class: 'linux-arm64-2',
      cpu: '2',
      ram_gb: 7
    });
    // Both records appended, the same run_id (the same attempt).
    expect(written().map((x) => x.run_id)).toEqual([rec.run_id, rec.run_id]);
  });

  it("a fork's pull_request_target run from inside: the PR number from the event payload", async () => {
    gh.scenario = {
      owner: 'biomejs',
      repo: 'biome',
      run: vector('biome-21458831126.run.json'),
      jobs: vector<{ jobs: Record<string, unknown>[] }>('biome-21458831126.jobs.json').jobs
    };
    const event = join(box.ws, '..', 'pr-event.json');
    writeFileSync(
      event,
      JSON.stringify({ action: 'synchronize', number: 8780, pull_request: { number: 8780 } })
    );
    const r = await run(
      {},
      {
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'biomejs/biome',
        GITHUB_RUN_ID: '21458831126',
        GITHUB_RUN_ATTEMPT: '1'
      }
    );
    expect(r.verdict).toBe('pass');
    expect(recordOf(r).pr).toBe(8780);
    expect((r.evidence as { target: { source: string; ownRun: boolean } }).target).toMatchObject({
      source: 'this-run',
      ownRun: true
    });
  });

  it("GitHub's documentation example: a self-hosted runner (no GitHub minutes), a job without created_at", async () => {
    const example = vector('openapi-example.workflow-run.json');
    gh.scenario = {
      owner: 'octo-org',
      repo: 'octo-repo',
      run: { ...example, status: 'completed', conclusion: 'success' },
      jobs: vector<{ jobs: Record<string, unknown>[] }>(
        'openapi-example.job-paginated.json'
      ).jobs.map((j) => ({ ...j, run_attempt: 1 }))
    };
    // GitHub's own example predates the required created_at.
    drift = [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs 200: /jobs/0 must have required property 'created_at'"
    ];
    expect(drift.length).toBe(1);
    const r = await run({
      repository: 'octo-org/octo-repo',
      'run-id': '30433642',
      'run-attempt': '1'
    });
    expect([r.verdict, r.findings]).toEqual(['pass', []]);
    const rec = recordOf(r);
    expect(rec).toMatchObject({ runner_type: 'self-hosted', cost: { usd: 0, cpu_seconds: 0 } });
    expect(rec.jobs[0]).toMatchObject({
      name: 'build',
      duration_ms: 119000,
      machine: { class: 'self-hosted' }
    });
  });

  it('a 256-job run: three pages of 100, every job recorded and priced', async () => {
    const template = vector<{ jobs: Record<string, unknown>[] }>(
      'step-security-16620109074.jobs.json'
    ).jobs[2];
    gh.scenario = stepSecurity({ jobs: syntheticJobs(template, 256) });
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1',
      'output-file': 'out/runs.ndjson'
    });
    expect(r.verdict).toBe('pass');
    expect(gh.hits).toHaveLength(4);
    const rec = recordOf(r);
    expect(rec.jobs).toHaveLength(256);
    expect(new Set(rec.jobs.map((j) => j.id)).size).toBe(256);
    expect(rec.cost.usd).toBe(Math.round(256 * 2 * 0.006 * 1e6) / 1e6); // 61-67 s: two billed minutes each
    expect(rec.status).toBe('success'); // the run's own conclusion, though matrix (49) failed
    expect(rec.jobs.filter((j) => j.status === 'failed')).toHaveLength(5);
    expect(r.outputs['record-file']).toBe(join(box.ws, 'out', 'runs.ndjson'));
    expect(written(join(box.ws, 'out', 'runs.ndjson'))).toEqual([rec]);
    expect(written()).toEqual([]);
  });
});

describeWithShared('pipeline-run when the API fails', () => {
  it('answers the recorded 404 with an error that names repository and run-id', async () => {
    gh.scenario = stepSecurity({ faults: { attempt: '404' } });
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1'
    });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain(
      'answered 404 (Not Found - https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run)'
    );
    expect(r.findings[0].help).toContain("Check 'repository' and 'run-id'");
    expect(written()).toEqual([]);
  });

  it('a 500 that persists is an error after the retries; one that passes is retried through', async () => {
    gh.scenario = stepSecurity({ faults: { jobs: '500' } });
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1'
    });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(/answered 500 \(Server Error\) after 1 retry/);
    expect(gh.hits.filter((h) => h.path.includes('/jobs'))).toHaveLength(2);

    gh.scenario = stepSecurity({ flaky: { jobs: 1 } });
    const ok = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1'
    });
    expect(ok.verdict).toBe('pass');
    expect(ok.logs.join('\n')).toContain('500; retry 1');
  }, 20_000);

  it('an answer that never comes is an error at the deadline, not a hang', async () => {
    gh.scenario = stepSecurity({ faults: { attempt: 'hang' } });
    const t0 = Date.now();
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1',
      'api-timeout': '1s',
      'api-retries': '0'
    });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain('no complete answer from');
    expect(r.findings[0].help).toContain('api-timeout');
  });

  it('a body that is not JSON is an error naming the endpoint', async () => {
    gh.scenario = stepSecurity({ faults: { jobs: 'garbage' } });
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1'
    });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain(
      'GET /repos/step-security/skip-duplicate-actions/actions/runs/16620109074/attempts/1/jobs: the answer is not valid JSON'
    );
    expect(r.findings[0].help).toContain('points at a GitHub REST API');
  });

  it('a listing that ends before total_count is refused, never recorded short', async () => {
    gh.scenario = stepSecurity({ pageSize: 2, dropLastPage: true });
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1'
    });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain('4 jobs listed, total_count says 5');
  });

  it('a record that fails its schema is an error and is not written', async () => {
    gh.scenario = stepSecurity({
      run: { ...vector('step-security-16620109074.run.json'), head_sha: 'not-a-sha' }
    });
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1'
    });
    expect(r.verdict).toBe('error');
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'pipeline-run/record-invalid',
        message: 'record of run 16620109074: /commit_sha: must match pattern "^[0-9a-fA-F]{40}$"'
      })
    ]);
    expect(r.outputs['record-file']).toBe('');
    expect(written()).toEqual([]);
  });
});

describeWithShared('pipeline-run with the files a run leaves', () => {
  const J = join(SHARED, 'vectors', 'telemetry');

  it('tests, coverage, resilience, policies, cache hits and evidence links in one record', async () => {
    gh.scenario = stepSecurity();
    // The gates' records: this job's, and two jobs' ci-intel-evidence-* artifacts downloaded.
    writeFileSync(
      join(box.temp, 'policies.ndjson'),
      JSON.stringify({
        id: 'ci-intel/pr-target-ban',
        result: 'allow',
        reason: 'ok',
        time_ns: 1200
      }) + '\n'
    );
    const jobs = join(box.temp, 'jobs');
    mkdirSync(join(jobs, 'ci-intel-evidence-build', 'quarantine', 'x'), { recursive: true });
    writeFileSync(
      join(jobs, 'ci-intel-evidence-build', 'policies.ndjson'),
      [
        { id: 'ci-intel/egress-check', result: 'warn', reason: 'audit', time_ns: 5 },
        { id: 'ci-intel/cache-sentinel', result: 'deny', reason: 'quarantined', time_ns: 7 }
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n'
    );
    writeFileSync(
      join(jobs, 'ci-intel-evidence-build', 'cache-events.ndjson'),
      [
        {
          event: 'cache_quarantine',
          key: 'k',
          tier: 'dir',
          reason: 'bad',
          files: [],
          ts: 't',
          message: 'm',
          dir: 'd'
        },
        {
          event: 'cache_events',
          hit: false,
          key: 'ci-intel-Linux-abc',
          matchedKey: 'ci-intel-Linux-old',
          tier: 'dir',
          bytes: 1,
          ms: 2,
          verified: false,
          ts: 't'
        }
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n'
    );
    // A rejected cache entry may hold anything, a planted "allow" record too: never read.
    writeFileSync(
      join(jobs, 'ci-intel-evidence-build', 'quarantine', 'x', 'policies.ndjson'),
      JSON.stringify({ id: 'evil', result: 'allow' }) + '\n'
    );
    writeFileSync(
      join(box.ws, 'bundle.json'),
      JSON.stringify({
        image_digest: 'sha256:' + 'ab'.repeat(32),
        sbom_uri: 'https://evidence.example/sbom.cdx.json',
        provenance_uri: 'oci://ghcr.io/acme/app@sha256:' + 'cd'.repeat(32),
        release_evidence_uri: 'https://evidence.example/manifest.json',
        subjects: [{ ignored: true }]
      })
    );
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1',
      junit: `${J}/junit/surefire-*.xml\n${J}/junit/go-junit-report-001.xml`,
      coverage: `${J}/coverage/lcov-js.lcov\n${J}/coverage/cobertura-coverage.py-7.6.1-branches.xml`,
      mutation: `${J}/stryker/svelte-example.mutation.json`,
      'evidence-bundle': 'bundle.json',
      records: `${box.temp}`
    });
    expect([r.verdict, r.findings]).toEqual(['pass', []]);
    const rec = recordOf(r);
    expect(pipelineRunProblems(rec)).toEqual([]);
    expect(rec.tests).toEqual({
      total: 9,
      failed: 3,
      skipped: 2,
      duration_ms: 27 + 1 + 683 + 461,
      coverage: {
        lines_pct: Math.round((21 / 23) * 1e6) / 1e6,
        branches_pct: Math.round((11 / 17) * 1e6) / 1e6
      },
      resilience: {
        mutants_total: 25,
        killed: 13,
        equiv: 0,
        timeout: 3,
        score: 0.52,
        equivalent_mutants_dropped: false
      }
    });
    expect(rec.flakiness_index).toBe(Math.round((1 / 9) * 1e6) / 1e6);
    expect(rec.policies?.map((p) => [p.id, p.result])).toEqual([
      ['ci-intel/egress-check', 'warn'],
      ['ci-intel/cache-sentinel', 'deny'],
      ['ci-intel/pr-target-ban', 'allow']
    ]);
    expect(rec.cache_keys).toEqual(['ci-intel-Linux-abc']);
    expect(rec.jobs.find((j) => j.name === 'build')?.cache).toEqual({
      hit: false,
      key: 'ci-intel-Linux-abc'
    });
    expect(rec.jobs.filter((j) => j.cache)).toHaveLength(1);
    expect(rec).toMatchObject({
      image_digest: 'sha256:' + 'ab'.repeat(32),
      sbom_uri: 'https://evidence.example/sbom.cdx.json',
      release_evidence_uri: 'https://evidence.example/manifest.json'
    });
  });

  it("reads what the hub's own writers wrote: the adapter's policy records and cache-sentinel's events", async () => {
    gh.scenario = stepSecurity();
    const runnerTemp = join(box.temp, '..');
    const gate = (
      name: string,
      verdict: GateResult['verdict'],
      mode: GateResult['mode']
    ): GateResult => ({
      schema: 'ci-intel.gate-result.v1',
      gate: name,
      verdict,
      mode,
      summary: `${name} ${verdict}`,
      findings: [],
      evidence: {},
      outputs: {},
      startedAt: '2026-12-01T12:00:00.000Z',
      durationMs: 12.5
    });
    appendPolicyRecord(gate('sbom-vex', 'pass', 'enforce'), runnerTemp);
    appendPolicyRecord(gate('determinism', 'fail', 'audit'), runnerTemp);
    appendPolicyRecord(gate('slsa-verify', 'error', 'enforce'), runnerTemp);
    appendEvent(box.temp, {
      event: 'cache_events',
      hit: true,
      key: 'ci-intel-Linux-1',
      matchedKey: 'ci-intel-Linux-1',
      tier: 'github',
      bytes: 9,
      ms: 3,
      verified: true,
      ts: '2026-12-01T12:00:00Z'
    });
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1'
    });
    expect(r.verdict).toBe('pass');
    const rec = recordOf(r);
    expect(rec.policies).toEqual([
      { id: 'ci-intel/sbom-vex', result: 'allow', reason: 'sbom-vex pass', time_ns: 12_500_000 },
      {
        id: 'ci-intel/determinism',
        result: 'warn',
        reason: 'determinism fail',
        time_ns: 12_500_000
      },
      {
        id: 'ci-intel/slsa-verify',
        result: 'deny',
        reason: 'slsa-verify error',
        time_ns: 12_500_000
      }
    ]);
    // This job's own folder names no job: the key is recorded for the run, no job claims the hit.
    expect(rec.cache_keys).toEqual(['ci-intel-Linux-1']);
    expect(rec.jobs.filter((j) => j.cache)).toEqual([]);
  });

  it('refuses what it cannot read faithfully: a missing report, a bad policy line, a bad bundle, a bad price file', async () => {
    gh.scenario = stepSecurity();
    const base = {
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1'
    };
    const missing = await run({ ...base, junit: 'reports/*.xml' });
    expect([missing.verdict, missing.findings[0].rule]).toEqual(['error', 'input/invalid']);
    expect(missing.findings[0].message).toContain("'reports/*.xml' matched no file");

    writeFileSync(join(box.temp, 'policies.ndjson'), '{"id":"x","result":"maybe"}\n');
    const policy = await run(base);
    expect(policy.verdict).toBe('error');
    expect(policy.findings[0].message).toMatch(
      /policies.ndjson line 1: result must be allow, deny or warn/
    );
    writeFileSync(
      join(box.temp, 'policies.ndjson'),
      '{"id":"x","result":"allow","result":"deny"}\n'
    );
    const dup = await run(base);
    expect([dup.verdict, dup.findings[0].rule]).toEqual(['error', 'input/invalid-document']);
    writeFileSync(join(box.temp, 'policies.ndjson'), '');

    writeFileSync(join(box.ws, 'bundle.json'), JSON.stringify({ image_digest: 'sha256:1234' }));
    const bundle = await run({ ...base, 'evidence-bundle': 'bundle.json' });
    expect(bundle.findings[0].message).toContain('image_digest must be sha256:<64 hex digits>');

    writeFileSync(
      join(box.ws, 'prices.json'),
      JSON.stringify({ labels: { 'ubuntu-latest': 'no-such-class' } })
    );
    const prices = await run({ ...base, 'runner-prices': 'prices.json' });
    expect(prices.findings[0].message).toContain('/labels/ubuntu-latest names no class');

    const bomb = join(box.ws, 'bomb.xml');
    writeFileSync(
      bomb,
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><testsuite><testcase name="&b;"/></testsuite>'
    );
    const b = await run({ ...base, junit: 'bomb.xml' });
    expect(b.findings[0].message).toContain('declares XML entities');
    expect(gh.hits).toHaveLength(0); // every local file is read before the API is asked
    expect(written()).toEqual([]);
  });

  it("names a 'records' path that does not exist (nothing read from it), and still records", async () => {
    gh.scenario = stepSecurity();
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      'run-attempt': '1',
      records: `${box.temp}\nevidence-typo`
    });
    expect(r.verdict).toBe('pass');
    expect(r.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'pipeline-run/records-missing',
        'note',
        'records path evidence-typo does not exist: no gate records read from it'
      ]
    ]);
  });

  it('audit mode reports the error without failing, still writing nothing', async () => {
    gh.scenario = stepSecurity({ faults: { run: '404' } });
    const r = await run({
      repository: 'step-security/skip-duplicate-actions',
      'run-id': '16620109074',
      mode: 'audit'
    });
    expect([r.verdict, r.mode]).toEqual(['error', 'audit']);
    expect(written()).toEqual([]);
  });
});

it('run_id: deterministic per repository (any case), run id and attempt; a UUIDv8', () => {
  const a = pipelineRunId('Acme/Widget', 100, 1);
  expect(a).toBe(pipelineRunId('acme/widget', 100, 1));
  expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(
    new Set([
      a,
      pipelineRunId('acme/widget', 100, 2),
      pipelineRunId('acme/widget', 101, 1),
      pipelineRunId('acme/other', 100, 1)
    ]).size
  ).toBe(4);
  gh.scenario = undefined;
});
