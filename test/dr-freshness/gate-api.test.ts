import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import { runGate } from '../../src/core/run-gate.js';
import { drFreshness } from '../../src/gates/dr-freshness/index.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { FakeGitHub, type FakeRun } from './fake-github.js';
import { buildZip } from './zip.js';

const TOKEN = 'ghs_' + 'A1b2C3d4'.repeat(5);
const spec = loadActionSpec('dr-freshness');
const ws = mkdtempSync(join(tmpdir(), 'dr-api-'));
let gh: FakeGitHub;
let logs: string[];

beforeEach(async () => {
  gh = await new FakeGitHub().start();
  logs = [];
});
afterEach(async () => {
  await gh.stop();
  // Every answer of the fake, errors included, matches GitHub's OpenAPI description.
  expect(gh.schemaProblems).toEqual([]);
});

function run(raw: Record<string, string>, env: Record<string, string> = {}) {
  const ctx = {
    workspace: ws,
    tempDir: ws,
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/widget', GITHUB_TOKEN: TOKEN, ...env },
    now: () => new Date('2026-11-23T12:00:00Z'),
    log: (m: string) => logs.push(m),
    secret: () => undefined
  };
  return runGate(drFreshness as Gate, { workflow: 'dr-drill.yml', ...raw }, ctx, { spec });
}

const ok = (id: number, at: string, over: Partial<FakeRun> = {}): FakeRun => ({
  id,
  conclusion: 'success',
  run_started_at: at,
  updated_at: at.replace(/:00Z$/, ':00Z').replace('T03:00', 'T03:09'),
  ...over
});
const evidence = (drill: Record<string, unknown>) =>
  JSON.stringify({
    drill: {
      last_success_rfc3339: '2026-11-20T03:05:00Z',
      type: 'restore',
      rpo_s: 42,
      rto_s: 180,
      result: 'pass',
      ...drill
    }
  });

describe('dr-freshness against the GitHub REST API (local server)', () => {
  it('finds the latest successful run on the default branch and judges its age, warning that RPO/RTO were not checked', async () => {
    gh.runs = [
      ok(11, '2026-11-13T03:00:00Z'),
      ok(12, '2026-11-20T03:00:00Z'),
      { id: 13, conclusion: 'failure', run_started_at: '2026-11-22T03:00:00Z' }
    ];
    const r = await run({});
    expectValidResult(r);
    expect(r.verdict).toBe('pass');
    expect(r.outputs['last-success']).toBe('2026-11-20T03:00:00Z');
    expect(r.outputs['rpo-seconds']).toBe('');
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['dr/budgets-unverified', 'warning']
    ]);
    expect(r.summary).toContain('RPO/RTO not checked');
    expect(gh.hits.map((h) => h.path.replace(/\?.*/, ''))).toEqual([
      '/repos/acme/widget',
      '/repos/acme/widget/actions/workflows/dr-drill.yml/runs'
    ]);
    expect(gh.hits[1].path).toContain('branch=main');
    expect(gh.hits[1].path).toContain('status=success');
    expect(gh.hits.every((h) => h.authorization === `token ${TOKEN}`)).toBe(true);
    expect(JSON.stringify(r)).not.toContain(TOKEN);
  });

  it('fails when the latest successful run is older than max-age', async () => {
    gh.runs = [
      ok(12, '2026-11-10T03:00:00Z'),
      { id: 13, conclusion: 'failure', run_started_at: '2026-11-22T03:00:00Z' }
    ];
    const r = await run({ branch: 'main' });
    expect(r.verdict).toBe('fail');
    expect(r.findings[0].message).toBe(
      'age: last successful drill 2026-11-10T03:00:00Z is 13d 9h old; expected ≤ 7d (max-age)'
    );
    expect(gh.hits.map((h) => h.path)).not.toContain('/repos/acme/widget'); // branch given: no default-branch lookup
  });

  it('follows Link pagination past successful runs from forks and pull requests', async () => {
    const noise = Array.from({ length: 150 }, (_, i) =>
      ok(
        1000 + i,
        `2026-11-22T${String(10 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
        i % 2 ? { head_repository: 'mallory/widget' } : { event: 'pull_request' }
      )
    );
    gh.runs = [...noise, ok(77, '2026-11-21T03:00:00Z')];
    const r = await run({});
    expect(r.verdict).toBe('pass');
    expect(r.outputs['last-success']).toBe('2026-11-21T03:00:00Z');
    expect(r.evidence.source).toMatchObject({
      pagesRead: 2,
      runsSeen: 151,
      skippedForkOrPrRuns: 150,
      run: { id: 77 }
    });
    expect(
      gh.hits
        .filter((h) => h.path.includes('/runs'))
        .map((h) => new URL(h.path, gh.url).searchParams.get('page'))
    ).toEqual([null, '2']);
  });

  it('refuses a Link rel="next" to another origin: the token never leaves the API origin', async () => {
    gh.runs = Array.from({ length: 150 }, (_, i) =>
      ok(2000 + i, '2026-11-22T10:00:00Z', { event: 'pull_request' })
    );
    gh.linkOrigin = gh.blobUrl; // another origin (blob storage's port)
    const r = await run({ branch: 'main' });
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toBe(
      `listing runs of dr-drill.yml in acme/widget: GET /repos/acme/widget/actions/workflows/dr-drill.yml/runs: Link rel="next" points to another origin (${gh.blobUrl}, not ${gh.url}); refusing to follow it`
    );
    expect(gh.blobHits).toEqual([]);
  });

  it('errors when no successful run exists', async () => {
    gh.runs = [{ id: 5, conclusion: 'failure', run_started_at: '2026-11-22T03:00:00Z' }];
    const r = await run({});
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    expect(r.findings[0].rule).toBe('dr/no-successful-run');
    expect(r.findings[0].message).toBe(
      'age: no successful run of dr-drill.yml on main in acme/widget (read 0 runs on 1 page); expected at least one'
    );
  });

  it('errors on a 403 rate limit, saying so and when it resets', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    gh.faults = [{ kind: 'rate-limit', resetEpochS: reset }];
    const r = await run({ branch: 'main' });
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain(
      'GitHub API rate limit exhausted (403, x-ratelimit-limit 5000)'
    );
    expect(r.findings[0].message).toContain(
      `it resets at ${new Date(reset * 1000).toISOString().replace('.000Z', 'Z')}`
    );
    expect(r.findings[0].help).toContain('Re-run after the reset');
    expect(gh.hits).toHaveLength(1); // a reset an hour away is not waited for
  });

  it('waits for a rate limit that resets within seconds, then succeeds', async () => {
    gh.runs = [ok(12, '2026-11-20T03:00:00Z')];
    gh.faults = [{ kind: 'rate-limit', times: 1, resetEpochS: Math.floor(Date.now() / 1000) }];
    const r = await run({ branch: 'main' });
    expect(r.verdict).toBe('pass');
    expect(gh.hits).toHaveLength(2);
    expect(logs.join('\n')).toContain('rate limit hit');
  });

  it('retries a 5xx, then succeeds', async () => {
    gh.runs = [ok(12, '2026-11-20T03:00:00Z')];
    gh.faults = [{ kind: 'status', status: 502, times: 1 }];
    const r = await run({ branch: 'main' });
    expect(r.verdict).toBe('pass');
    expect(gh.hits).toHaveLength(2);
  });

  it('errors after the retries when the API keeps answering 5xx', async () => {
    gh.faults = [{ kind: 'status', status: 503 }];
    const r = await run({ branch: 'main', 'api-retries': '1' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toBe(
      `listing runs of dr-drill.yml in acme/widget: GitHub API at ${gh.url} answered 503 (Server Error) after 1 retry`
    );
    expect(gh.hits).toHaveLength(2);
  });

  it('errors when the API hangs, within api-timeout', async () => {
    gh.faults = [{ kind: 'hang' }];
    const t0 = Date.now();
    const r = await run({ branch: 'main', 'api-timeout': '1s' });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toBe(
      `listing runs of dr-drill.yml in acme/widget: GitHub API at ${gh.url} gave no answer within 1s (api-timeout)`
    );
  });

  it('errors on an unknown workflow (404) and a missing token', async () => {
    const r = await run({ workflow: 'nope.yml', branch: 'main' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toBe(
      'listing runs of nope.yml in acme/widget: GitHub API answered 404 (Not Found - https://docs.github.com/rest)'
    );
    const noToken = await run({ branch: 'main' }, { GITHUB_TOKEN: '' });
    expect(noToken.verdict).toBe('error');
    expect(noToken.findings[0].message).toContain("input 'token': no GitHub token");
  });

  it('errors on a secondary rate limit that asks for a long wait, and on an unreachable API', async () => {
    gh.faults = [{ kind: 'secondary' }];
    const r = await run({ branch: 'main' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toBe(
      'listing runs of dr-drill.yml in acme/widget: GitHub API secondary rate limit (403); retry after 120 s'
    );
    const closed = new FakeGitHub();
    await closed.start();
    const deadUrl = closed.url;
    await closed.stop();
    const down = await run({ branch: 'main', 'api-retries': '0' }, { GITHUB_API_URL: deadUrl });
    expect(down.verdict).toBe('error');
    expect(down.findings[0].message).toMatch(
      new RegExp(
        `^listing runs of dr-drill.yml in acme/widget: GitHub API at ${deadUrl} could not be reached \\(.*ECONNREFUSED`
      )
    );
  });

  describe('with artifact-name', () => {
    beforeEach(() => {
      gh.runs = [ok(12, '2026-11-20T03:00:00Z')];
    });

    it('downloads the evidence artifact via the blob redirect (no token sent there) and checks RPO/RTO', async () => {
      gh.artifacts.set(12, [
        {
          id: 501,
          name: 'dr-evidence',
          zip: buildZip([
            { name: 'drill.log', data: 'ok' },
            { name: 'evidence.json', data: evidence({ rpo_s: 75 }) }
          ])
        }
      ]);
      const r = await run({ 'artifact-name': 'dr-evidence' });
      expectValidResult(r);
      expect(r.verdict).toBe('fail');
      expect(r.findings.map((f) => f.message)).toEqual([
        "rpo: the drill's RPO is 75 s; expected ≤ 60 s (max-rpo-seconds)"
      ]);
      expect(r.outputs).toEqual({
        'last-success': '2026-11-20T03:05:00Z',
        'age-seconds': String(3 * 86400 + 8 * 3600 + 55 * 60),
        'rpo-seconds': '75',
        'rto-seconds': '180'
      });
      expect(r.evidence.source).toMatchObject({
        artifact: { name: 'dr-evidence', id: 501, file: 'evidence.json' }
      });
      expect(gh.blobHits).toHaveLength(1);
      expect(gh.blobHits[0].authorization).toBeUndefined();
      expect(
        gh.hits.some((h) =>
          h.path.startsWith('/repos/acme/widget/actions/runs/12/artifacts?name=dr-evidence')
        )
      ).toBe(true);
    });

    it('passes good evidence and reads a named file inside the artifact', async () => {
      gh.artifacts.set(12, [
        {
          id: 502,
          name: 'dr-evidence',
          zip: buildZip([
            { name: 'a.json', data: '{}' },
            { name: 'out/drill.json', data: evidence({}) }
          ])
        }
      ]);
      const r = await run({ 'artifact-name': 'dr-evidence', evidence: 'out/drill.json' });
      expect(r.verdict).toBe('pass');
      expect(r.findings).toEqual([]);
    });

    it('errors on a missing, expired, oversized or hostile artifact', async () => {
      const missing = await run({ 'artifact-name': 'dr-evidence' });
      expect(missing.verdict).toBe('error');
      expect(missing.findings[0].message).toBe("run 12 has no artifact named 'dr-evidence'");

      gh.artifacts.set(12, [
        {
          id: 503,
          name: 'dr-evidence',
          expired: true,
          zip: buildZip([{ name: 'e.json', data: evidence({}) }])
        }
      ]);
      expect((await run({ 'artifact-name': 'dr-evidence' })).findings[0].message).toBe(
        "artifact 'dr-evidence' of run 12 expired at 2027-02-18T03:10:00Z"
      );

      gh.artifacts.set(12, [
        {
          id: 504,
          name: 'dr-evidence',
          claimedSize: 50 * 1024 * 1024,
          zip: buildZip([{ name: 'e.json', data: evidence({}) }])
        }
      ]);
      expect((await run({ 'artifact-name': 'dr-evidence' })).findings[0].message).toBe(
        "downloading artifact 'dr-evidence' (504): it is 52428800 bytes; evidence artifacts are limited to 8388608 bytes"
      );

      gh.artifacts.set(12, [
        {
          id: 505,
          name: 'dr-evidence',
          zip: buildZip([
            { name: 'e.json', data: Buffer.alloc(5 * 1024 * 1024, 0x20), declaredSize: 200 }
          ])
        }
      ]);
      const bomb = await run({ 'artifact-name': 'dr-evidence' });
      expectValidResult(bomb);
      expect(bomb.verdict).toBe('error');
      expect(bomb.findings[0].message).toMatch(/^artifact 'dr-evidence' of run 12: .*e\.json/);

      gh.artifacts.set(12, [
        { id: 506, name: 'dr-evidence', zip: Buffer.from('PK\x03\x04 this is not really a zip') }
      ]);
      expect((await run({ 'artifact-name': 'dr-evidence' })).findings[0].message).toMatch(
        /^artifact 'dr-evidence' of run 12: not a readable zip archive/
      );
    });

    it('errors when blob storage stalls mid-download, within api-timeout', async () => {
      gh.artifacts.set(12, [
        {
          id: 509,
          name: 'dr-evidence',
          stallBlob: true,
          zip: buildZip([{ name: 'e.json', data: Buffer.alloc(64 * 1024, 0x20), store: true }])
        }
      ]);
      const t0 = Date.now();
      const r = await run({ 'artifact-name': 'dr-evidence', 'api-timeout': '1s' });
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(r.verdict).toBe('error');
      expect(r.findings[0].message).toBe(
        "downloading artifact 'dr-evidence' (509): artifact storage gave no answer within 1s (api-timeout)"
      );
    });

    it('errors on malformed evidence inside the artifact, naming the field', async () => {
      gh.artifacts.set(12, [
        {
          id: 507,
          name: 'dr-evidence',
          zip: buildZip([{ name: 'e.json', data: JSON.stringify({ drill: { type: 'restore' } }) }])
        }
      ]);
      const r = await run({ 'artifact-name': 'dr-evidence' });
      expect(r.verdict).toBe('error');
      expect(r.findings.map((f) => f.message)).toContain(
        "evidence: artifact 'dr-evidence' of run 12: e.json: drill: missing required field 'last_success_rfc3339'"
      );
    });

    it('errors when the evidence claims a success after its run finished', async () => {
      gh.artifacts.set(12, [
        {
          id: 508,
          name: 'dr-evidence',
          zip: buildZip([
            { name: 'e.json', data: evidence({ last_success_rfc3339: '2026-11-22T03:00:00Z' }) }
          ])
        }
      ]);
      const r = await run({ 'artifact-name': 'dr-evidence' });
      expect(r.verdict).toBe('error');
      expect(r.findings.map((f) => f.rule)).toEqual(['dr/evidence-inconsistent']);
      expect(r.findings[0].message).toContain(
        'is 1d 23h 51m after run 12 finished (2026-11-20T03:09:00Z)'
      );
    });
  });
});
