import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runAction, runCli } from '../helpers/run-action.js';
import { makeRepo } from '../helpers/temp-repo.js';
import { expectValidResult } from '../helpers/result-schema.js';

const WF = '.github/workflows';
const pwn = `on:
  pull_request_target:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
`;
const clean = 'on: [push]\njobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]\n';

describe('the bundled action (dist/pr-target-ban) run as the runner runs it', () => {
  it('fails the step, annotates the lines and writes outputs, summary, result and policy record', async () => {
    const repo = makeRepo({ [`${WF}/pwn.yml`]: pwn, [`${WF}/ok.yml`]: clean });
    const run = await runAction('pr-target-ban', {
      workspace: repo,
      inputs: { 'sarif-file': 'out/prt.sarif' }
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['workflows-scanned']).toBe('2');
    expect(JSON.parse(run.outputs['banned-workflows'])).toEqual([`${WF}/pwn.yml`]);
    expect(run.stdout).toMatch(
      /::error title=pr-target-ban%3A pr-target\/banned-trigger,file=\.github\/workflows\/pwn\.yml,line=2,col=3::/
    );
    expect(run.stdout).toMatch(
      /::error title=pr-target-ban%3A pr-target\/pwn-request,file=\.github\/workflows\/pwn\.yml,line=9/
    );
    expect(run.stdout).toMatch(/::error::pr-target-ban fail/);
    expect(run.summary).toContain('❌ pr-target-ban: fail');
    expect(run.summary).toContain('`.github/workflows/pwn.yml:2:3`');
    expectValidResult(run.result);
    expect(run.result?.verdict).toBe('fail');
    const policies = readFileSync(join(run.runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(policies[0])).toMatchObject({ id: 'ci-intel/pr-target-ban', result: 'deny' });
    const sarif = JSON.parse(readFileSync(join(repo, 'out/prt.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'pr-target/banned-trigger',
      'pr-target/pwn-request'
    ]);
    expect(run.outputs['sarif-file']).toBe('out/prt.sarif');
  });

  it('passes a clean repository with exit 0', async () => {
    const run = await runAction('pr-target-ban', {
      workspace: makeRepo({ [`${WF}/ok.yml`]: clean })
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain('✅ pr-target-ban: pass');
  });

  it('reports but does not block in audit mode', async () => {
    const run = await runAction('pr-target-ban', {
      workspace: makeRepo({ [`${WF}/pwn.yml`]: pwn }),
      inputs: { mode: 'audit' }
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toMatch(/::warning::pr-target-ban fail \(audit mode/);
    const policies = readFileSync(join(run.runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8');
    expect(JSON.parse(policies)).toMatchObject({ result: 'warn' });
  });

  it('fails closed on a malformed workflow and on a bad input', async () => {
    const bad = await runAction('pr-target-ban', {
      workspace: makeRepo({ [`${WF}/bad.yml`]: 'on: [push\n' })
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.verdict).toBe('error');
    expect(bad.stdout).toMatch(
      /::error title=pr-target-ban%3A pr-target\/invalid-workflow,file=\.github\/workflows\/bad\.yml/
    );
    const input = await runAction('pr-target-ban', {
      workspace: makeRepo({}),
      inputs: { mode: 'block' }
    });
    expect(input.exitCode).toBe(1);
    expect(input.outputs.verdict).toBe('error');
    expect(input.stdout).toContain("input 'mode': 'block' is not one of: enforce, audit");
  });
});

describe('the CLI (dist/cli)', () => {
  it('prints exactly the GateResult with --format json and exits 1 on fail', async () => {
    const repo = makeRepo({ [`${WF}/pwn.yml`]: pwn });
    const r = await runCli(['pr-target-ban', '--workflows', `${WF}`, '--format', 'json'], {
      cwd: repo
    });
    expect(r.exitCode).toBe(1);
    const result = JSON.parse(r.stdout);
    expectValidResult(result);
    expect(result.verdict).toBe('fail');
    expect(result.findings).toHaveLength(2);
  });

  it('accepts a glob and a directory, exits 0 on pass, 2 on error and on bad usage', async () => {
    const repo = makeRepo({ [`${WF}/ok.yml`]: clean, 'other/bad.yml': 'on: [push\n' });
    expect(
      (await runCli(['pr-target-ban', '--workflows', '.github/**/*.yml'], { cwd: repo })).exitCode
    ).toBe(0);
    const err = await runCli(['pr-target-ban', '--workflows', 'other'], { cwd: repo });
    expect(err.exitCode).toBe(2);
    expect(err.stdout).toMatch(/^ERROR pr-target-ban/);
    const usage = await runCli(['pr-target-ban', '--workflow', 'x'], { cwd: repo });
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr).toMatch(/has no --workflow; its inputs are: --workflows/);
    const unknown = await runCli(['no-such-gate'], { cwd: repo });
    expect(unknown.exitCode).toBe(2);
  });

  it('writes SARIF to --output', async () => {
    const repo = makeRepo({ [`${WF}/pwn.yml`]: pwn });
    const r = await runCli(
      ['pr-target-ban', '--format', 'sarif', '--output', 'prt.sarif', '--mode', 'audit'],
      { cwd: repo }
    );
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(repo, 'prt.sarif'))).toBe(true);
    expect(JSON.parse(readFileSync(join(repo, 'prt.sarif'), 'utf8')).runs[0].results).toHaveLength(
      2
    );
  });

  it('generates help from action.yml', async () => {
    const r = await runCli(['pr-target-ban', '--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('--also-deny <list>');
    expect(r.stdout).toContain('--mode <enforce|audit> (default: enforce)');
    const top = await runCli(['--help']);
    expect(top.stdout).toMatch(/pr-target-ban\s+Fails when a workflow uses/);
  });

  it('`ci-intel check` reports on this repository itself and passes', async () => {
    const r = await runCli(['check'], { cwd: REPO_ROOT });
    expect(r.stdout).toContain('PASS pr-target-ban');
    expect(r.exitCode).toBe(0);
  });

  it('`ci-intel check` fails on a repository with a pwn request', async () => {
    const r = await runCli(['check', '--format', 'json'], {
      cwd: makeRepo({ [`${WF}/pwn.yml`]: pwn })
    });
    expect(r.exitCode).toBe(1);
    const results = JSON.parse(r.stdout);
    expect(results.find((x: { gate: string }) => x.gate === 'pr-target-ban').verdict).toBe('fail');
  });
});
