/** secretless through its pure logic (runGate + evaluate): the policy, the files, the redaction. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import { summaryMarkdown } from '../../src/core/report/markdown.js';
import { toSarif } from '../../src/core/report/sarif.js';
import type { GateResult } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { secretless, RULES, type SecretlessEvidence } from '../../src/gates/secretless/index.js';
import { detailsMarkdown } from '../../src/gates/secretless/summary.js';
import { judge } from '../../src/gates/secretless/policy.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { expectNoLeak, jwt, nowS, plant, tokens } from './tokens.js';

const dir = mkdtempSync(join(tmpdir(), 'secretless-gate-'));
const spec = loadActionSpec('secretless');
const outputs: Record<string, string> = {};
let n = 0;
const masked: string[] = [];
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  expect(masked).toEqual([]); // the gate never hands a found value to add-mask (it would print it)
  expectNoLeak(outputs);
});

async function run(
  env: Record<string, string>,
  raw: Record<string, string> = {}
): Promise<GateResult> {
  const r = await runGate(
    secretless as Gate,
    { processes: 'false', files: 'no-such-file', ...raw },
    {
      workspace: dir,
      tempDir: dir,
      env,
      now: () => new Date(),
      log: () => undefined,
      secret: (v) => masked.push(v)
    },
    { spec, noConfig: true }
  );
  expectValidResult(r);
  const k = `run-${++n}`;
  outputs[`${k}:result`] = JSON.stringify(r);
  outputs[`${k}:sarif`] = JSON.stringify(toSarif(r, RULES, '0.0.0'));
  outputs[`${k}:summary`] = summaryMarkdown(
    r,
    detailsMarkdown(r.evidence as unknown as SecretlessEvidence)
  );
  return r;
}
const ev = (r: GateResult) => r.evidence as unknown as SecretlessEvidence;
const outcomes = (r: GateResult) =>
  ev(r)
    .credentials.map((c) => `${c.name}:${c.rule}:${c.outcome}`)
    .sort();

describe('policy', () => {
  const policy = {
    allowNames: new Set(['GITHUB_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']),
    maxTokenTtlSeconds: 3600,
    tokenIssuers: []
  };
  const now = 2_000_000_000;
  it('a readable expiry within max-token-ttl is short-lived; one second more fails', () => {
    expect(judge(policy, 'X', { exp: now + 3600, iat: now }, now, new Set()).outcome).toBe(
      'short-lived'
    );
    expect(judge(policy, 'X', { exp: now + 3601, iat: now }, now, new Set())).toMatchObject({
      outcome: 'fail',
      rule: 'secretless/token-ttl-too-long'
    });
    // Without iat the remaining lifetime counts.
    expect(judge(policy, 'X', { exp: now + 60 }, now, new Set()).outcome).toBe('short-lived');
    expect(judge(policy, 'X', { exp: now - 1, iat: now - 100 }, now, new Set()).outcome).toBe(
      'expired'
    );
    expect(judge(policy, 'X', { iss: 'a' }, now, new Set())).toMatchObject({
      outcome: 'fail',
      reason: 'a token without an expiry (exp)'
    });
    expect(judge(policy, 'X', undefined, now, new Set()).outcome).toBe('fail');
  });
  it('issuers, allowed names, the OIDC request pair, and no allowed names in files', () => {
    const strict = { ...policy, tokenIssuers: ['https://token.actions.githubusercontent.com'] };
    expect(
      judge(strict, 'X', { iss: 'https://evil.example', exp: now + 60 }, now, new Set())
    ).toMatchObject({ rule: 'secretless/token-issuer-not-trusted' });
    expect(
      judge(
        strict,
        'X',
        { iss: 'https://token.actions.githubusercontent.com', exp: now + 60 },
        now,
        new Set()
      ).outcome
    ).toBe('short-lived');
    expect(judge(policy, 'GITHUB_TOKEN', undefined, now, new Set()).outcome).toBe('allowed');
    expect(judge(policy, 'GITHUB_TOKEN', undefined, now, undefined).outcome).toBe('fail');
    // An allowed name holding what the runner never issues (a PAT, a cloud key) still fails.
    const runnerGhs = { rule: 'github-token', secret: `ghs_${'a'.repeat(36)}` };
    expect(judge(policy, 'GITHUB_TOKEN', undefined, now, new Set(), runnerGhs).outcome).toBe(
      'allowed'
    );
    for (const found of [
      { rule: 'github-token', secret: `ghp_${'a'.repeat(36)}` },
      { rule: 'github-pat', secret: 'github_pat_x' },
      { rule: 'aws-access-key-id', secret: 'AKIA' },
      { rule: 'secretlint/slack', secret: 'xoxb-' }
    ])
      expect(judge(policy, 'GITHUB_TOKEN', undefined, now, new Set(), found)).toMatchObject({
        outcome: 'fail',
        rule: 'secretless/long-lived-credential'
      });
    expect(judge(policy, 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', undefined, now, new Set()).outcome).toBe(
      'fail'
    );
    expect(
      judge(
        policy,
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        undefined,
        now,
        new Set(['ACTIONS_ID_TOKEN_REQUEST_URL'])
      ).outcome
    ).toBe('allowed');
  });
});

describe('the gate (own environment and files)', () => {
  it('judges the environment: fail, short-lived, expired, allowed; token-issuers narrows', async () => {
    const env = {
      GITHUB_TOKEN: tokens.ghs(),
      OLD: jwt({
        iss: 'https://token.actions.githubusercontent.com',
        iat: nowS() - 7200,
        exp: nowS() - 3600
      }),
      OIDC: tokens.oidc(),
      FOREIGN: tokens.oidc(300, 'https://issuer.example'),
      KEY: tokens.awsKeyId()
    };
    const r = await run(env);
    expect(r.verdict).toBe('fail');
    expect(outcomes(r)).toEqual([
      'FOREIGN:jwt:short-lived',
      'GITHUB_TOKEN:github-token:allowed',
      'KEY:aws-access-key-id:fail',
      'OIDC:jwt:short-lived',
      'OLD:jwt:expired'
    ]);
    expect(r.outputs).toMatchObject({ credentials: '1', allowed: '3' });
    const narrowed = await run(env, {
      'token-issuers': 'https://token.actions.githubusercontent.com'
    });
    expect(outcomes(narrowed)).toContain('FOREIGN:jwt:fail');
    expect(narrowed.findings.map((f) => f.rule)).toContain('secretless/token-issuer-not-trusted');
  });

  it('passes an environment of allowed names and short-lived tokens only; the summary says what was checked', async () => {
    const r = await run({ GITHUB_TOKEN: tokens.ghs(), ID: tokens.oidc(), PATH: '/usr/bin' });
    expect(r.verdict).toBe('pass');
    expect(r.summary).toMatch(
      /^no long-lived credential in 0 process\(es\), the gate's environment and 0 file\(s\) \(1 allowed, 1 short-lived, 0 expired\)$/
    );
  });

  it('every finding shows the placeholder, the whole ghs_<app>_<JWT> replaced (never cut at a dot)', async () => {
    const t = tokens.ghsJwt(30 * 86400);
    const r = await run({ APP: t });
    const f = r.findings.find((x) => x.rule === 'secretless/token-ttl-too-long');
    expect(f?.message).toMatch(
      /^APP holds a GitHub App installation token \(ghs_<app>_<JWT>\) \*\*\*github-app-token:[0-9a-f]{12}\*\*\* in the gate's environment: lives 30d, more than max-token-ttl 6h$/
    );
  });

  it('files: the home folder by ~, the workspace by relative path, a folder walked, absent files fine', async () => {
    const home = join(dir, 'home');
    mkdirSync(join(home, '.config', 'gcloud', 'configurations'), { recursive: true });
    writeFileSync(
      join(home, '.config', 'gcloud', 'access_tokens.db'),
      Buffer.concat([
        Buffer.from('SQLite format 3\0\x01\x02'),
        Buffer.from(plant(`ya29.a0${'A1b2C3d4'.repeat(8)}`)),
        Buffer.from([0, 0, 0xff])
      ])
    );
    writeFileSync(
      join(home, '.config', 'gcloud', 'configurations', 'config_default'),
      '[core]\naccount = ci@example.com\n'
    );
    writeFileSync(join(dir, 'creds.env'), `DB_PASSWORD="${tokens.password()}"\n`);
    const r = await run({ HOME: home }, { files: '~/.config/gcloud, creds.env, ~/.npmrc' });
    expect(r.verdict).toBe('fail');
    expect(ev(r).files).toEqual([
      { path: '~/.config/gcloud/access_tokens.db', status: 'read', bytes: expect.any(Number) },
      {
        path: '~/.config/gcloud/configurations/config_default',
        status: 'read',
        bytes: expect.any(Number)
      },
      { path: 'creds.env', status: 'read', bytes: expect.any(Number) },
      { path: '~/.npmrc', status: 'absent' }
    ]);
    expect(outcomes(r)).toEqual([':gcp-access-token:fail', 'DB_PASSWORD:secret-name:fail']);
    const f = r.findings.find((x) => x.file === 'creds.env');
    expect(f).toMatchObject({ line: 1, column: 14 });
  });

  it('a FIFO where a credentials file should be is an error naming it, not a hang or a pass', async () => {
    const fifo = join(dir, 'fifo-npmrc');
    execFileSync('mkfifo', [fifo]);
    const r = await run({}, { files: fifo });
    expect(r.verdict).toBe('error');
    expect(r.findings[0]).toMatchObject({ rule: 'secretless/file-unreadable' });
    expect(r.findings[0].message).toContain('not-regular');
  });

  it('a credentials folder with more files than the gate reads is an error, not a partial pass', async () => {
    const big = join(dir, 'big-gcloud');
    mkdirSync(big);
    for (let i = 0; i <= 2000; i++)
      writeFileSync(join(big, `f${String(i).padStart(4, '0')}`), 'x=1\n');
    const r = await run({}, { files: big });
    expect(r.verdict).toBe('error');
    expect(r.findings.map((f) => f.rule)).toEqual(['secretless/file-limit']);
    expect(ev(r).files.filter((f) => f.status === 'read')).toHaveLength(2000);
  });

  it('bad input fails closed: ~ without HOME, a TTL out of range', async () => {
    const a = await run({}, { files: '~/.npmrc' });
    expect(a.verdict).toBe('error');
    expect(a.findings[0].message).toContain('HOME is not set');
    const b = await run({}, { 'max-token-ttl': '90d' });
    expect(b.verdict).toBe('error');
    expect(b.findings[0].rule).toBe('input/invalid');
  });
});
