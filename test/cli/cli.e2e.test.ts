/** The built CLI (dist/cli/index.js) as a user runs it: flag values, --output, help. */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { makeRepo } from '../helpers/temp-repo.js';
import { newKey, sandbox } from '../cache-sentinel/fixtures.js';

const WORKFLOW = `name: ci
on: push
permissions: { contents: read }
concurrency: { group: ci, cancel-in-progress: true }
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`;

describe('ci-intel CLI (dist bundle)', () => {
  it('a PEM key (it begins with -----BEGIN) is taken as the value of --signing-key and --verify-key', async () => {
    const sb = sandbox();
    const k = newKey();
    expect(k.publicPem.startsWith('-----BEGIN')).toBe(true);
    const env = { RUNNER_TEMP: sb.runnerTemp, HOME: sb.root };
    const common = [
      '--path',
      'deps',
      '--key',
      'pem-1',
      '--signing',
      'key',
      '--backend',
      `dir:${sb.store}`
    ];
    const saved = await runCli(
      ['cache-sentinel', '--operation', 'save', ...common, '--signing-key', k.privatePem],
      { cwd: sb.workspace, env }
    );
    expect(saved.stderr).not.toContain('needs a value');
    expect(saved.exitCode).toBe(0);
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const restored = await runCli(
      [
        'cache-sentinel',
        '--operation',
        'restore',
        ...common,
        '--verify-key',
        k.publicPem,
        '--format',
        'json'
      ],
      { cwd: sb.workspace, env }
    );
    expect(restored.exitCode).toBe(0);
    const result = JSON.parse(restored.stdout);
    expectValidResult(result);
    expect(result.outputs['cache-hit']).toBe('true');
    expect(readFileSync(join(sb.workspace, 'deps', 'a.txt'), 'utf8')).toBe('alpha\n');

    // A different public key, given as --verify-key=PEM, refuses the entry.
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const other = newKey();
    const refused = await runCli(
      ['cache-sentinel', '--operation', 'restore', ...common, `--verify-key=${other.publicPem}`],
      { cwd: sb.workspace, env }
    );
    expect(refused.exitCode).toBe(1);
  });

  it('--output into a folder that does not exist is a usage error (exit 2), before any gate runs', async () => {
    const ws = makeRepo({ '.github/workflows/ci.yml': WORKFLOW });
    for (const args of [
      ['workflow-policy', '--format', 'json', '--output', 'no/such/dir/out.json'],
      ['check', '--format=json', '--output=no/such/dir/out.json']
    ]) {
      const r = await runCli(args, { cwd: ws });
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('--output no/such/dir/out.json: the folder');
      expect(r.stderr).toContain('does not exist');
      expect(r.stderr).not.toContain('internal error');
      expect(r.stdout).toBe('');
    }
    mkdirSync(join(ws, 'out.json'));
    const dir = await runCli(['workflow-policy', '--output', 'out.json'], { cwd: ws });
    expect(dir.exitCode).toBe(2);
    expect(dir.stderr).toContain('is a folder');
    expect(dir.stderr).not.toContain('internal error');
  });

  it('--output writes the result for a gate and for check; the exit status follows the verdict', async () => {
    const ws = makeRepo({ '.github/workflows/ci.yml': WORKFLOW });
    mkdirSync(join(ws, 'reports'));
    const one = await runCli(['workflow-policy', '--format=json', '--output', 'reports/wp.json'], {
      cwd: ws
    });
    expect(one.exitCode).toBe(0);
    expect(one.stdout).toBe('');
    expect(one.stderr).toContain('wrote reports/wp.json');
    const result = JSON.parse(readFileSync(join(ws, 'reports', 'wp.json'), 'utf8'));
    expectValidResult(result);
    expect(result.verdict).toBe('pass');

    const all = await runCli(['check', '--format', 'json', '--output', 'reports/check.json'], {
      cwd: ws
    });
    expect(all.exitCode).toBe(0);
    const results = JSON.parse(readFileSync(join(ws, 'reports', 'check.json'), 'utf8'));
    expect(results.map((r: { gate: string }) => r.gate).sort()).toEqual([
      'pr-target-ban',
      'workflow-policy'
    ]);
  });

  it('--workspace that does not exist: every gate says error, naming it (nothing to check is no pass)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ci-intel-cwd-'));
    const r = await runCli(['check', '--workspace', 'missing'], { cwd });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toContain(`the workspace ${join(cwd, 'missing')} does not exist`);
    expect(r.stdout).toMatch(/2 gates run: ERROR/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('in a runner whose RUNNER_TEMP is unusable, the result is printed and the run is an error naming it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'ci-intel-ws-'));
    mkdirSync(join(ws, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(ws, '.github', 'workflows', 'ci.yml'), WORKFLOW);
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-intel-temp-'));
    writeFileSync(join(runnerTemp, 'ci-intel'), 'not a folder\n');
    const r = await runCli(['pr-target-ban', '--workspace', ws, '--format', 'json'], {
      env: { GITHUB_ACTIONS: 'true', RUNNER_TEMP: runnerTemp }
    });
    expect(r.exitCode).toBe(2);
    expect((JSON.parse(r.stdout) as { verdict: string }).verdict).toBe('pass');
    expect(r.stderr).toMatch(
      /^ci-intel: the policy record could not be written under \S+ci-intel \(E[A-Z]+: [^)]*\): give the step a writable RUNNER_TEMP\n$/m
    );
    expect(r.stderr).not.toContain('internal error');
  });

  it('a gate help has one header; a missing value and an unknown flag are usage errors', async () => {
    const help = await runCli(['pr-target-ban', '--help']);
    expect(help.exitCode).toBe(0);
    const lines = help.stdout.split('\n');
    expect(lines[0]).toBe('ci-intel pr-target-ban');
    expect(lines.filter((l) => l.startsWith('ci-intel ')).length).toBe(1);
    expect(help.stdout).toContain('--workflows <');

    const missing = await runCli(['dr-freshness', '--evidence']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('--evidence needs a value');
    expect(missing.stderr).not.toContain('internal error');
    const unknown = await runCli(['dr-freshness', '--evidense', 'x.json']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('dr-freshness has no --evidense; its inputs are: --evidence');
  });

  it('runs from a folder without node_modules: --help and --version', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ci-intel-bare-'));
    const help = await runCli(['--help'], { cwd });
    expect(help.exitCode).toBe(0);
    expect(help.stdout.match(/^ci-intel \d+\.\d+\.\d+ — /gm)?.length).toBe(1);
    const version = await runCli(['--version'], { cwd });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
