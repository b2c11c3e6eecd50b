/**
 * The template-sync action through its bundle, as the runner runs it, against a GitHub REST
 * server backed by a real bare repository (answers checked against GitHub's OpenAPI schemas).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runAction } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { commitAll, downstream, git, hubRepo, writeFiles } from './fixtures.js';
import { GitHubRepoServer } from './git-github-server.js';

const APP_TOKEN = 'ghs_' + 'AppInstallationToken0'.repeat(2);

function hub(): string {
  const dir = hubRepo([{ tag: null, files: { 'README.md': 'hub\n' } }]);
  cpSync(join(REPO_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(REPO_ROOT, 'workflows'), join(dir, 'workflows'), { recursive: true });
  commitAll(dir, 'template');
  git(dir, 'tag', 'v1.0.0');
  const config = join(dir, 'templates/hub/files/config.yml');
  writeFiles(dir, {
    'templates/hub/files/config.yml': readFileSync(config, 'utf8').replace(
      'pinned-uses: error',
      'pinned-uses: error\n    concurrency: error'
    )
  });
  commitAll(dir, 'timeouts');
  git(dir, 'tag', 'v1.1.0');
  return dir;
}

/** A remote (bare) with the repository adopted at v1.0.0, and a fresh checkout of it. */
async function adopted(
  hubDir: string,
  edit?: (ws: string) => void
): Promise<{ bare: string; checkout: () => string }> {
  const bare = mkdtempSync(join(tmpdir(), 'ci-intel-remote-'));
  git(bare, 'init', '-q', '--bare', '-b', 'main');
  const ws = downstream();
  const { runCli } = await import('../helpers/run-action.js');
  const r = await runCli([
    'init',
    '--yes',
    '--organisation',
    'acme',
    '--hub',
    'acme/hub',
    '--hub-git',
    hubDir,
    '--to',
    'v1.0.0',
    '--workspace',
    ws
  ]);
  expect(r.exitCode).toBe(0);
  commitAll(ws, 'adopt');
  edit?.(ws);
  git(ws, 'remote', 'add', 'origin', bare);
  git(ws, 'push', '-q', 'origin', 'main', 'refs/ci-intel/renders');
  return {
    bare,
    checkout: () => {
      const dir = mkdtempSync(join(tmpdir(), 'ci-intel-checkout-'));
      git(dir, 'clone', '-q', bare, '.');
      return dir;
    }
  };
}

let server: GitHubRepoServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function run(ws: string, hubDir: string, inputs: Record<string, string> = {}) {
  return runAction('template-sync', {
    workspace: ws,
    inputs: {
      token: APP_TOKEN,
      'hub-url': hubDir,
      'github-token': 'ghs_jobtoken',
      'pull-request': 'true',
      mode: 'enforce',
      ...inputs
    },
    env: {
      GITHUB_API_URL: server!.url,
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_SERVER_URL: 'https://github.example'
    }
  });
}

describe('template-sync action', () => {
  it('opens one pull request with the merged files and the report; a second run pushes nothing', async () => {
    const hubDir = hub();
    const remote = await adopted(hubDir, (ws) => {
      writeFiles(ws, {
        '.ci-intel/config.yml': readFileSync(join(ws, '.ci-intel/config.yml'), 'utf8').replace(
          'max-age: 7d',
          'max-age: 3d'
        )
      });
      commitAll(ws, 'tighten');
    });
    server = await new GitHubRepoServer(remote.bare).start();
    const r = await run(remote.checkout(), hubDir, { to: 'v1.1.0' });
    expect(r.stderr).toBe('');
    expect(r.outputs.verdict).toBe('pass');
    expectValidResult(r.result);
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(r.outputs['target-version']).toBe('v1.1.0');
    expect(server.pulls).toHaveLength(1);
    const pr = server.pulls[0];
    expect(pr).toMatchObject({
      head: 'ci-intel/sync/v1.1.0',
      base: 'main',
      labels: ['ci-intel-sync']
    });
    expect(pr.body).toMatch(/ci-intel template sync: v1\.0\.0 → v1\.1\.0/);
    expect(pr.body).toMatch(/\| `\.ci-intel\/config\.yml` \| merged \|/);
    const config = git(remote.bare, 'show', 'ci-intel/sync/v1.1.0:.ci-intel/config.yml');
    expect(config).toContain('max-age: 3d');
    expect(config).toContain('concurrency: error');
    expect(
      git(remote.bare, 'show', 'ci-intel/sync/v1.1.0:.github/workflows/ci-intel-policy.yml')
    ).toContain(`@${git(hubDir, 'rev-parse', 'v1.1.0').trim()} # v1.1.0`);
    expect(server.problems).toEqual([]);
    expect(server.hits.every((h) => h.authorization === `token ${APP_TOKEN}`)).toBe(true);
    expect(r.summary).toContain('template-sync');
    // The token reaches the runner only in its own ::add-mask:: command, never in a report.
    const shown = { ...r, stdout: r.stdout.replace(/^::add-mask::.*$/gm, '') };
    expect(JSON.stringify(shown)).not.toContain(APP_TOKEN);

    // Again from a fresh checkout: the branch already holds that tree and the pull request
    // already says this: no commit, no ref, no pull request update, no label.
    const writesBefore = server.hits.filter(
      (h) => h.method !== 'GET' && !h.path.endsWith('/git/blobs') && !h.path.endsWith('/git/trees')
    ).length;
    const again = await run(remote.checkout(), hubDir, { to: 'v1.1.0' });
    expect(again.outputs['pull-request-operation']).toBe('not-updated');
    expect(server.pulls).toHaveLength(1);
    const writes = server.hits.filter(
      (h) => h.method !== 'GET' && !h.path.endsWith('/git/blobs') && !h.path.endsWith('/git/trees')
    );
    // Only the POST /pulls that GitHub answers "already exists" (422).
    expect(writes.length).toBe(writesBefore + 1);
    expect(writes[writes.length - 1]).toMatchObject({
      method: 'POST',
      path: '/repos/acme/widget/pulls'
    });
    expect(server.problems).toEqual([]);
  });

  it('conflicts: committed with markers, labelled, and the step fails; older sync PRs are closed', async () => {
    const hubDir = hub();
    const remote = await adopted(hubDir, (ws) => {
      writeFiles(ws, {
        '.ci-intel/config.yml': readFileSync(join(ws, '.ci-intel/config.yml'), 'utf8').replace(
          '    pinned-uses: error',
          '    pinned-uses: warning'
        )
      });
      commitAll(ws, 'loosen');
    });
    server = await new GitHubRepoServer(remote.bare).start();
    server.pulls.push({
      number: 1,
      head: 'ci-intel/sync/v1.0.9',
      base: 'main',
      title: 'old',
      body: '',
      state: 'open',
      labels: [],
      comments: []
    });
    const r = await run(remote.checkout(), hubDir, { to: 'v1.1.0' });
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.conflicts).toBe('1');
    expect(r.result!.findings[0]).toMatchObject({
      rule: 'template-sync/conflict',
      file: '.ci-intel/config.yml'
    });
    const pr = server.pulls.find((p) => p.head === 'ci-intel/sync/v1.1.0')!;
    expect(pr.labels).toEqual(['ci-intel-sync', 'conflicts']);
    expect(git(remote.bare, 'show', 'ci-intel/sync/v1.1.0:.ci-intel/config.yml')).toContain(
      '<<<<<<< before updating'
    );
    expect(server.pulls[0]).toMatchObject({
      state: 'closed',
      comments: [`Superseded by #${pr.number} (v1.1.0).`]
    });
    expect(server.problems).toEqual([]);
  });

  it('with GITHUB_TOKEN only, says a workflows-permission token is needed before pushing anything', async () => {
    const hubDir = hub();
    const remote = await adopted(hubDir);
    server = await new GitHubRepoServer(remote.bare).start();
    const r = await run(remote.checkout(), hubDir, { to: 'v1.1.0', token: '' });
    expect(r.outputs.verdict).toBe('error');
    expect(r.result!.findings[0].rule).toBe('gate/error');
    expect(JSON.stringify(r.result!.findings[0])).toMatch(
      /GITHUB_TOKEN.*workflow files.*nothing was pushed/
    );
    expect(server.hits).toEqual([]);
  });

  it('an App token without the workflows permission: the refusal is named', async () => {
    const hubDir = hub();
    const remote = await adopted(hubDir);
    server = await new GitHubRepoServer(remote.bare).start();
    server.tokenWithoutWorkflows = APP_TOKEN;
    const r = await run(remote.checkout(), hubDir, { to: 'v1.1.0' });
    expect(r.outputs.verdict).toBe('error');
    expect(JSON.stringify(r.result!.findings[0])).toMatch(
      /without `workflows` permission.*the token lacks the workflows permission/
    );
  });

  it('5xx is retried; an exhausted rate limit is an error naming the reset', async () => {
    const hubDir = hub();
    const remote = await adopted(hubDir);
    server = await new GitHubRepoServer(remote.bare).start();
    server.faults = [{ method: 'POST', path: /git\/blobs$/, status: 502, times: 1 }];
    const ok = await run(remote.checkout(), hubDir, { to: 'v1.1.0' });
    expect(ok.outputs.verdict).toBe('pass');
    expect(
      server.hits.filter((h) => h.method === 'POST' && h.path.endsWith('/git/blobs')).length
    ).toBeGreaterThan(1);
    const reset = Math.floor(Date.now() / 1000) + 3600;
    server.faults = [
      {
        method: 'POST',
        path: /\/pulls$/,
        status: 403,
        message: 'API rate limit exceeded for installation.',
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-limit': '5000',
          'x-ratelimit-reset': String(reset)
        }
      }
    ];
    const limited = await run(remote.checkout(), hubDir, { to: 'v1.1.0' });
    expect(limited.outputs.verdict).toBe('error');
    expect(JSON.stringify(limited.result!.findings[0])).toMatch(
      /rate limit exhausted.*it resets at/
    );
  });

  it('a second sync after the first was merged: nothing to do, not one request', async () => {
    const hubDir = hub();
    const bare = mkdtempSync(join(tmpdir(), 'ci-intel-remote-'));
    git(bare, 'init', '-q', '--bare', '-b', 'main');
    const ws = downstream();
    const { runCli } = await import('../helpers/run-action.js');
    await runCli([
      'init',
      '--yes',
      '--organisation',
      'acme',
      '--hub',
      'acme/hub',
      '--hub-git',
      hubDir,
      '--to',
      'v1.1.0',
      '--workspace',
      ws
    ]);
    commitAll(ws, 'adopt at v1.1.0');
    git(ws, 'remote', 'add', 'origin', bare);
    git(ws, 'push', '-q', 'origin', 'main', 'refs/ci-intel/renders');
    server = await new GitHubRepoServer(bare).start();
    const clone = mkdtempSync(join(tmpdir(), 'ci-intel-checkout-'));
    git(clone, 'clone', '-q', bare, '.');
    const r = await run(clone, hubDir, { channel: 'stable' });
    expect(r.result!.findings).toEqual([]);
    expect(r.outputs).toMatchObject({
      verdict: 'pass',
      'target-version': 'v1.1.0',
      'pull-request-operation': 'none'
    });
    expect(r.result!.summary).toBe('already on v1.1.0: nothing to do');
    expect(server.hits).toEqual([]);
    expect(git(clone, 'status', '--porcelain')).toBe('');
  });

  it('the channel picks the release: stable skips pre-releases, canary takes them', async () => {
    const hubDir = hub();
    git(hubDir, 'tag', 'v1.2.0-rc.1');
    const remote = await adopted(hubDir);
    server = await new GitHubRepoServer(remote.bare).start();
    const first = await run(remote.checkout(), hubDir, { channel: 'stable' });
    expect(first.outputs['target-version']).toBe('v1.1.0');
    const canary = await run(remote.checkout(), hubDir, {
      channel: 'canary',
      'pull-request': 'false'
    });
    expect(canary.outputs['target-version']).toBe('v1.2.0-rc.1');
  });
});
