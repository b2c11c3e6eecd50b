/** `ci-intel init` and `ci-intel sync` through the built CLI, on real git repositories. */
import { describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runCli } from '../helpers/run-action.js';
import { commitAll, downstream, git, hubRepo, writeFiles } from './fixtures.js';

const SHA = 'c0ffee'.padEnd(40, '0');

/** A hub repository whose releases carry this checkout's templates/ and workflows/. */
function hubFromCheckout(): string {
  const hub = hubRepo([{ tag: null, files: { 'README.md': 'hub\n' } }]);
  cpSync(join(REPO_ROOT, 'templates'), join(hub, 'templates'), { recursive: true });
  cpSync(join(REPO_ROOT, 'workflows'), join(hub, 'workflows'), { recursive: true });
  commitAll(hub, 'template');
  git(hub, 'tag', 'v1.0.0');
  return hub;
}

describe('ci-intel init', () => {
  it('--yes in a fresh git repository gives one that passes ci-intel check; it is idempotent', async () => {
    const ws = downstream();
    const r = await runCli([
      'init',
      '--yes',
      '--hub',
      'acme/hub',
      '--hub-sha',
      SHA,
      '--workspace',
      ws
    ]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    for (const p of [
      '.ci-intel/config.yml',
      '.github/CODEOWNERS',
      '.github/workflows/ci-intel-policy.yml',
      '.github/workflows/ci-intel-release.yml',
      '.github/workflows/ci-intel-sync.yml',
      '.github/workflows/dr-drill.yml',
      '.ci-intel/template.lock.json'
    ]) {
      expect(r.stdout).toContain(`wrote     ${p}`);
    }
    const policy = readFileSync(join(ws, '.github/workflows/ci-intel-policy.yml'), 'utf8');
    expect(policy).toContain(`uses: acme/hub/.github/workflows/policy-gates.yml@${SHA} # v0.1.0`);
    expect(readFileSync(join(ws, '.github/CODEOWNERS'), 'utf8')).toMatch(
      /\/\.ci-intel\/ {2}@[\w-]+\/security/
    );
    const check = await runCli(['check', '--workspace', ws]);
    expect(check.stdout).toMatch(/2 gates run: PASS/);
    expect(check.exitCode).toBe(0);
    commitAll(ws, 'adopt');
    const again = await runCli([
      'init',
      '--yes',
      '--hub',
      'acme/hub',
      '--hub-sha',
      SHA,
      '--workspace',
      ws
    ]);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).not.toContain('wrote');
    expect(git(ws, 'status', '--porcelain')).toBe('');
  });

  it('refuses to overwrite a differing file unless --force, and writes nothing', async () => {
    const ws = downstream({ '.github/CODEOWNERS': '* @me\n' });
    const r = await runCli(['init', '--yes', '--hub-sha', SHA, '--workspace', ws]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('refused   .github/CODEOWNERS');
    expect(git(ws, 'status', '--porcelain')).toBe('');
    const forced = await runCli(['init', '--yes', '--force', '--hub-sha', SHA, '--workspace', ws]);
    expect(forced.exitCode).toBe(0);
  });

  it('without a terminal and without --yes, names the missing answer', async () => {
    const r = await runCli(['init', '--hub-sha', SHA, '--workspace', downstream()]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/answer organisation .* there is no terminal to ask: pass --yes/);
    const bad = await runCli([
      'init',
      '--yes',
      '--service-kind',
      'rust',
      '--hub-sha',
      SHA,
      '--workspace',
      downstream()
    ]);
    expect(bad.stderr).toMatch(
      /answer service_kind: 'rust' is not one of node, python, go, container/
    );
  });

  it('every rendered workflow passes the hub’s own gates, and calls only inputs the hub declares', async () => {
    const ws = downstream();
    const r = await runCli([
      'init',
      '--yes',
      '--organisation',
      'acme',
      '--service-kind',
      'container',
      '--gates',
      'pr-target-ban,workflow-policy,slsa-verify,referrer-presence,dr-freshness',
      '--hub',
      'acme/hub',
      '--hub-sha',
      SHA,
      '--workspace',
      ws
    ]);
    expect(r.exitCode).toBe(0);
    for (const gate of ['workflow-policy', 'pr-target-ban']) {
      const g = await runCli([gate, '--workspace', ws]);
      expect(`${gate}: ${g.stdout}`).toMatch(new RegExp(`${gate}: PASS`));
    }
    const release = parse(
      readFileSync(join(ws, '.github/workflows/ci-intel-release.yml'), 'utf8')
    ) as { jobs: { gates: { uses: string; with: Record<string, unknown> } } };
    const hubRelease = parse(
      readFileSync(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')
    ) as { on: { workflow_call: { inputs: Record<string, unknown> } } };
    for (const key of Object.keys(release.jobs.gates.with))
      expect(Object.keys(hubRelease.on.workflow_call.inputs)).toContain(key);
    expect(release.jobs.gates.with.image).toMatch(/^ghcr\.io\/acme\//);
    const syncWf = parse(readFileSync(join(ws, '.github/workflows/ci-intel-sync.yml'), 'utf8')) as {
      jobs: { sync: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    const step = syncWf.jobs.sync.steps.find((s) =>
      s.uses?.startsWith('acme/hub/actions/template-sync@')
    )!;
    const action = parse(
      readFileSync(join(REPO_ROOT, 'actions/template-sync/action.yml'), 'utf8')
    ) as { inputs: Record<string, unknown> };
    for (const key of Object.keys(step.with ?? {}))
      expect(Object.keys(action.inputs)).toContain(key);
  });
});

describe('ci-intel sync', () => {
  it('merges a template release into a repository with local edits, reports, and is then a no-op', async () => {
    const hub = hubFromCheckout();
    writeFiles(hub, {
      'templates/hub/files/config.yml': readFileSync(
        join(hub, 'templates/hub/files/config.yml'),
        'utf8'
      ).replace('pinned-uses: error', 'pinned-uses: error\n    concurrency: error')
    });
    commitAll(hub, 'timeouts');
    git(hub, 'tag', 'v1.1.0');
    const ws = downstream();
    expect(
      (
        await runCli([
          'init',
          '--yes',
          '--hub',
          'acme/hub',
          '--hub-git',
          hub,
          '--to',
          'v1.0.0',
          '--workspace',
          ws
        ])
      ).exitCode
    ).toBe(0);
    writeFiles(ws, {
      '.ci-intel/config.yml': readFileSync(join(ws, '.ci-intel/config.yml'), 'utf8').replace(
        'max-age: 7d',
        'max-age: 3d'
      )
    });
    commitAll(ws, 'adopt, tighten');
    const r = await runCli(['sync', '--hub-git', hub, '--channel', 'stable', '--format', 'json'], {
      cwd: ws
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as {
      verdict: string;
      to: { version: string };
      files: { path: string; outcome: string }[];
    };
    expect(report.verdict).toBe('pass');
    expect(report.to.version).toBe('v1.1.0');
    expect(report.files.find((f) => f.path === '.ci-intel/config.yml')?.outcome).toBe('merged');
    const config = readFileSync(join(ws, '.ci-intel/config.yml'), 'utf8');
    expect(config).toContain('max-age: 3d');
    expect(config).toContain('concurrency: error');
    const policy = readFileSync(join(ws, '.github/workflows/ci-intel-policy.yml'), 'utf8');
    expect(policy).toContain(`@${git(hub, 'rev-parse', 'v1.1.0').trim()} # v1.1.0`);
    commitAll(ws, 'sync');
    const again = await runCli(['sync', '--hub-git', hub], { cwd: ws });
    expect(again.stdout).toMatch(/v1\.1\.0 → v1\.1\.0 \(nothing to do\)/);
    expect(git(ws, 'status', '--porcelain')).toBe('');
  });

  it('a conflict exits 1 and leaves markers; a missing lock is an error', async () => {
    const hub = hubFromCheckout();
    writeFiles(hub, {
      'templates/hub/files/CODEOWNERS':
        '# owners\n/.github/    {{ security_team }} @{{ organisation }}/platform\n/.ci-intel/  {{ security_team }}\n'
    });
    commitAll(hub, 'owners');
    git(hub, 'tag', 'v1.1.0');
    const ws = downstream();
    await runCli([
      'init',
      '--yes',
      '--organisation',
      'acme',
      '--hub-git',
      hub,
      '--to',
      'v1.0.0',
      '--workspace',
      ws
    ]);
    writeFiles(ws, {
      '.github/CODEOWNERS': readFileSync(join(ws, '.github/CODEOWNERS'), 'utf8').replace(
        '/.github/    @acme/security',
        '/.github/    @acme/ci'
      )
    });
    commitAll(ws, 'owners here');
    const r = await runCli(['sync', '--hub-git', hub, '--to', 'v1.1.0', '--format', 'markdown'], {
      cwd: ws
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/\| `\.github\/CODEOWNERS` \| conflicted \(1\) \|/);
    expect(readFileSync(join(ws, '.github/CODEOWNERS'), 'utf8')).toContain(
      '<<<<<<< before updating'
    );
    const none = await runCli(['sync', '--hub-git', hub], { cwd: downstream() });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/template\.lock\.json does not exist/);
  });
});
