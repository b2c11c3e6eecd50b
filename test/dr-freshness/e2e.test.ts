/** The bundled action (dist/dr-freshness) and CLI (dist/cli), run as the runner and a user run them. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { FakeGitHub } from './fake-github.js';
import { buildZip } from './zip.js';

const ws = mkdtempSync(join(tmpdir(), 'dr-e2e-'));
const TOKEN = 'ghs_' + 'Zz9Yy8Xx'.repeat(5);
const drill = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    drill: {
      last_success_rfc3339: '2026-11-20T03:05:00Z',
      type: 'restore',
      rpo_s: 42,
      rto_s: 180,
      result: 'pass',
      ...over
    }
  });
let gh: FakeGitHub;

beforeAll(async () => {
  writeFileSync(join(ws, 'fresh.json'), drill());
  writeFileSync(join(ws, 'slow.json'), drill({ rto_s: 420 }));
  writeFileSync(join(ws, 'bad.json'), '{"drill": [1, 2]}');
  gh = await new FakeGitHub().start();
  gh.runs = [
    {
      id: 12,
      conclusion: 'success',
      run_started_at: '2026-11-20T03:00:00Z',
      updated_at: '2026-11-20T03:09:00Z'
    }
  ];
  gh.artifacts.set(12, [
    {
      id: 600,
      name: 'dr-evidence',
      zip: buildZip([{ name: 'evidence.json', data: drill({ rpo_s: 12 }) }])
    }
  ]);
});
afterAll(async () => {
  await gh.stop();
  expect(gh.schemaProblems).toEqual([]); // the fake answered as GitHub's OpenAPI says
  rmSync(ws, { recursive: true, force: true });
});

describe('dist/dr-freshness (the action)', () => {
  it('passes fresh evidence: outputs, job summary table, policy record', async () => {
    const r = await runAction('dr-freshness', {
      inputs: { evidence: 'fresh.json', now: '2026-11-23T12:00:00Z' },
      workspace: ws
    });
    expect(r.exitCode).toBe(0);
    expectValidResult(r.result);
    expect(r.outputs).toMatchObject({
      verdict: 'pass',
      'last-success': '2026-11-20T03:05:00Z',
      'age-seconds': '291300',
      'rpo-seconds': '42',
      'rto-seconds': '180'
    });
    expect(r.summary).toContain('### ✅ dr-freshness: pass');
    expect(r.summary).toContain(
      '| Age of last successful drill | 3d 8h 55m | ≤ 7d (max-age) | ✅ within budget |'
    );
    expect(r.summary).toContain(
      '| RTO (time to recover) | 180 s | ≤ 300 s (max-rto-seconds) | ✅ within budget |'
    );
    const policy = JSON.parse(
      readFileSync(join(r.runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8').trim()
    );
    expect(policy).toMatchObject({ id: 'ci-intel/dr-freshness', result: 'allow' });
  });

  it('fails the step on an over-budget RTO, and only warns in audit mode', async () => {
    const r = await runAction('dr-freshness', {
      inputs: { evidence: 'slow.json', now: '2026-11-23T12:00:00Z' },
      workspace: ws
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toContain(
      "::error::dr-freshness fail: DR drill blocks the release: rto: the drill's RTO is 420 s; expected ≤ 300 s (max-rto-seconds)"
    );
    expect(r.summary).toContain(
      '| RTO (time to recover) | 420 s | ≤ 300 s (max-rto-seconds) | ❌ over budget |'
    );
    const audit = await runAction('dr-freshness', {
      inputs: { evidence: 'slow.json', now: '2026-11-23T12:00:00Z', mode: 'audit' },
      workspace: ws
    });
    expect(audit.exitCode).toBe(0);
    expect(audit.outputs.verdict).toBe('fail');
  });

  it('fails closed on malformed evidence', async () => {
    const r = await runAction('dr-freshness', { inputs: { evidence: 'bad.json' }, workspace: ws });
    expect(r.exitCode).toBe(1);
    expectValidResult(r.result);
    expect(r.outputs.verdict).toBe('error');
    expect(r.result?.findings[0].rule).toBe('dr/evidence-invalid');
  });

  it('checks the latest drill run and its artifact through the API, never printing the token', async () => {
    const r = await runAction('dr-freshness', {
      inputs: {
        workflow: 'dr-drill.yml',
        'artifact-name': 'dr-evidence',
        token: TOKEN,
        now: '2026-11-23T12:00:00Z'
      },
      workspace: ws,
      env: { GITHUB_API_URL: gh.url }
    });
    expect(r.exitCode).toBe(0);
    expectValidResult(r.result);
    expect(r.outputs).toMatchObject({ verdict: 'pass', 'rpo-seconds': '12' });
    expect(r.summary).toContain(
      'Source: [run 12](https://github.com/acme/widget/actions/runs/12) of `dr-drill.yml` on `main` in `acme/widget`, artifact `dr-evidence` → `evidence.json`'
    );
    // The only place the token may appear is the runner's own ::add-mask:: command.
    const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(shown.join('\n') + r.summary + JSON.stringify(r.result)).not.toContain(TOKEN);
    expect(gh.hits.at(-1)?.authorization).toBe(`token ${TOKEN}`);
  });
});

describe('dist/cli: ci-intel dr-freshness', () => {
  it('--evidence f.json --format json prints the GateResult', async () => {
    const r = await runCli(
      [
        'dr-freshness',
        '--evidence',
        'fresh.json',
        '--now',
        '2026-11-23T12:00:00Z',
        '--format',
        'json'
      ],
      { cwd: ws }
    );
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(r.stdout);
    expectValidResult(result);
    expect(result.verdict).toBe('pass');
    expect(result.outputs['age-seconds']).toBe('291300');
  });

  it('exits 1 on a stale drill and 2 when it cannot decide', async () => {
    const stale = await runCli(
      ['dr-freshness', '--evidence', 'fresh.json', '--now', '2026-12-01T00:00:00Z'],
      { cwd: ws }
    );
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain(
      'FAIL dr-freshness: DR drill blocks the release: age: last successful drill 2026-11-20T03:05:00Z is 10d 20h 55m old; expected ≤ 7d (max-age)'
    );
    const future = await runCli(
      ['dr-freshness', '--evidence', 'fresh.json', '--now', '2026-11-19T00:00:00Z'],
      { cwd: ws }
    );
    expect(future.exitCode).toBe(2);
    expect(future.stdout).toContain('[dr/timestamp-future]');
  });

  it('reads the token from GITHUB_TOKEN in workflow mode', async () => {
    const r = await runCli(
      [
        'dr-freshness',
        '--workflow',
        'dr-drill.yml',
        '--repository',
        'acme/widget',
        '--now',
        '2026-11-23T12:00:00Z',
        '--format',
        'json'
      ],
      {
        cwd: ws,
        env: { GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKEN }
      }
    );
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).outputs['last-success']).toBe('2026-11-20T03:00:00Z');
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });
});
