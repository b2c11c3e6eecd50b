/**
 * pipeline-run as the runner runs it: dist/pipeline-run/index.js with INPUT_*, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and RUNNER_TEMP, against the local GitHub REST server.
 */
import { afterEach, beforeAll, beforeEach, expect } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipelineRunProblems } from '../../src/telemetry/record-schema.js';
import { pipelineRunId } from '../../src/telemetry/run-id.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { REPO_ROOT, runAction, runCli } from '../helpers/run-action.js';
import { describeWithShared, SHARED } from '../helpers/shared.js';
import { PipelineGitHub, vector } from './github-server.js';
import { it } from '@jest/globals';

const TOKEN = 'ghs_' + 'Pp7Qq6Rr'.repeat(5);
const J = join(SHARED, 'vectors', 'telemetry');
let gh: PipelineGitHub;

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'pipeline-run', 'index.js')))
    throw new Error('build the bundles first: npm run bundle');
});
beforeEach(async () => {
  gh = await new PipelineGitHub().start();
});
afterEach(async () => {
  await gh.stop();
  expect(gh.problems.filter((p) => !/head_commit\/(author|committer)\/email/.test(p))).toEqual([]);
});

const env = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'step-security/skip-duplicate-actions',
  GITHUB_RUN_ID: '16620109074',
  GITHUB_RUN_ATTEMPT: '1'
});

describeWithShared('pipeline-run bundle', () => {
  it('appends a valid record, sets run-id and record-file, and shows the key figures in the job summary', async () => {
    gh.scenario = {
      owner: 'step-security',
      repo: 'skip-duplicate-actions',
      run: vector('step-security-16620109074.run.json'),
      jobs: vector<{ jobs: Record<string, unknown>[] }>('step-security-16620109074.jobs.json').jobs
    };
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-intel-runner-'));
    mkdirSync(join(runnerTemp, 'ci-intel'), { recursive: true });
    // A gate earlier in this job left its policy record.
    writeFileSync(
      join(runnerTemp, 'ci-intel', 'policies.ndjson'),
      JSON.stringify({
        id: 'ci-intel/workflow-policy',
        result: 'allow',
        reason: 'ok',
        time_ns: 3
      }) + '\n'
    );
    const r = await runAction('pipeline-run', {
      runnerTemp,
      env: env(),
      inputs: {
        token: TOKEN,
        junit: `${J}/junit/pytest.dorny.xml`,
        coverage: `${J}/coverage/lcov-js.lcov`,
        mutation: `${J}/stryker/infection-php.mutation.json`,
        'api-retries': '0'
      }
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expectValidResult(r.result);
    expect(r.outputs.verdict).toBe('pass');
    const id = pipelineRunId('step-security/skip-duplicate-actions', 16620109074, 1);
    expect(r.outputs['run-id']).toBe(id);
    expect(r.outputs['record-file']).toBe(join(runnerTemp, 'ci-intel', 'pipeline-run.ndjson'));
    const lines = readFileSync(r.outputs['record-file'], 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(pipelineRunProblems(rec)).toEqual([]);
    expect(rec).toMatchObject({
      run_id: id,
      tests: {
        total: 10,
        failed: 2,
        skipped: 2,
        coverage: { lines_pct: 0.941176, branches_pct: 0.875 }
      },
      policies: [{ id: 'ci-intel/workflow-policy', result: 'allow', reason: 'ok', time_ns: 3 }]
    });
    for (const figure of [
      id,
      '| status | success |',
      '| jobs recorded | 5 |',
      '10 total, 2 failed, 2 skipped',
      '94.1 % / 87.5 %',
      '53.8 % of 13 mutants',
      '$0.030',
      '| build | success | 31.0 s | 5.0 s | GitHub Actions 1000149205 | linux-2 | – |'
    ])
      expect(r.summary).toContain(figure);
    // The note on pytest's tests="15" over 10 test cases, and the action's own policy record after it.
    expect(r.result?.findings.map((f) => f.rule)).toEqual(['pipeline-run/junit-count-mismatch']);
    const policies = readFileSync(join(runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(policies[1])).toMatchObject({ id: 'ci-intel/pipeline-run', result: 'allow' });
    // Masked for the runner (::add-mask::), and never printed otherwise.
    const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(
      printed.join('\n') + r.summary + readFileSync(r.outputs['result-file'], 'utf8')
    ).not.toContain(TOKEN);
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
  });

  it('fails the step on error (the recorded 404), writes no record, and only warns in audit mode', async () => {
    gh.scenario = {
      owner: 'step-security',
      repo: 'skip-duplicate-actions',
      run: vector('step-security-16620109074.run.json'),
      jobs: [],
      faults: { attempt: '404' }
    };
    const r = await runAction('pipeline-run', {
      env: env(),
      inputs: { token: TOKEN, 'api-retries': '0' }
    });
    expect(r.exitCode).toBe(1);
    expectValidResult(r.result);
    expect([r.outputs.verdict, r.outputs['record-file'] ?? '']).toEqual(['error', '']);
    expect(existsSync(join(r.runnerTemp, 'ci-intel', 'pipeline-run.ndjson'))).toBe(false);
    expect(r.stdout).toContain('::error::pipeline-run error');
    expect(r.stdout).toContain('answered 404');

    const audit = await runAction('pipeline-run', {
      env: env(),
      inputs: { token: TOKEN, mode: 'audit', 'api-retries': '0' }
    });
    expect([audit.exitCode, audit.outputs.verdict]).toEqual([0, 'error']);
    expect(audit.stdout).toContain('::warning::pipeline-run error (audit mode, not blocking)');
  });

  it('refuses an input out of range before any API call', async () => {
    gh.scenario = undefined;
    const r = await runAction('pipeline-run', { env: env(), inputs: { 'run-attempt': '0' } });
    expect([r.exitCode, r.outputs.verdict, r.result?.findings[0].rule]).toEqual([
      1,
      'error',
      'input/invalid'
    ]);
    expect(gh.hits).toHaveLength(0);
  });

  it('runs from the CLI with the same inputs as flags (ci-intel pipeline-run … --format json)', async () => {
    gh.scenario = {
      owner: 'biomejs',
      repo: 'biome',
      run: vector('biome-21458831126.run.json'),
      jobs: vector<{ jobs: Record<string, unknown>[] }>('biome-21458831126.jobs.json').jobs
    };
    const dir = mkdtempSync(join(tmpdir(), 'ci-intel-pr-cli-'));
    const out = join(dir, 'runs.ndjson');
    const r = await runCli(
      [
        'pipeline-run',
        '--repository',
        'biomejs/biome',
        '--run-id',
        '21458831126',
        '--junit',
        `${J}/junit/go-junit-report-030.xml`,
        '--output-file',
        out,
        '--format',
        'json'
      ],
      { cwd: dir, env: { GITHUB_API_URL: gh.url, RUNNER_TEMP: dir } }
    );
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(r.stdout) as { verdict: string; outputs: Record<string, string> };
    expectValidResult(result);
    expect([result.verdict, result.outputs['record-file']]).toEqual(['pass', out]);
    const rec = JSON.parse(readFileSync(out, 'utf8')) as {
      tests: { total: number; failed: number };
      status: string;
    };
    expect([rec.status, rec.tests.total, rec.tests.failed]).toEqual(['failed', 17, 9]);
  });
});
