import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import { loadLayers } from '../../src/config/layers.js';
import { resolveGateConfig, type GivenInputs } from '../../src/config/resolve.js';
import { parseOverlayRef } from '../../src/config/overlay-ref.js';
import { makeRepo } from '../helpers/temp-repo.js';
import { ContentsServer } from './contents-server.js';

const SHA = 'a'.repeat(40);
const drill = loadActionSpec('dr-freshness');
const prt = loadActionSpec('pr-target-ban');
const none: GivenInputs = { values: {}, label: 'with:' };
const withValues = (values: Record<string, string>): GivenInputs => ({ values, label: 'with:' });

/** A real git repository with the files committed. */
function gitRepo(files: Record<string, string>): string {
  const dir = makeRepo(files);
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' }
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git(
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@example.com',
    'commit',
    '-qm',
    'init',
    '--allow-empty'
  );
  return dir;
}

async function effective(
  files: Record<string, string>,
  spec = drill,
  given = none,
  env: Record<string, string> = {}
) {
  const ws = gitRepo(files);
  const layers = await loadLayers({
    workspace: ws,
    env,
    tempDir: join(ws, '.tmp'),
    overlayFetch: { deadlineMs: 3000, retryBaseMs: 50 }
  });
  return resolveGateConfig(spec, layers, given);
}

describe('precedence: with: > repository > organisation > default', () => {
  const org =
    'version: 1\ndr-freshness:\n  max-age: 5d\n  workflow: org-drill.yml\n  branch: release\n';
  const repo =
    'version: 1\nextends: ./org.yml\ndr-freshness:\n  max-age: 3d\n  workflow: repo-drill.yml\n';
  const files = { '.ci-intel/config.yml': repo, '.ci-intel/org.yml': org };

  it('default only', async () => {
    const e = await effective({});
    expect(e.values['max-age'].origin.kind).toBe('default');
    expect(e.raw['max-age']).toBeUndefined();
  });
  it('org over default', async () => {
    const e = await effective(files);
    expect(e.values.branch).toEqual({
      value: 'release',
      origin: expect.objectContaining({ kind: 'org', label: 'org .ci-intel/org.yml:5' })
    });
    expect(e.raw.branch).toBe('release');
  });
  it('repository over org', async () => {
    const e = await effective(files);
    expect(e.values['max-age'].value).toBe('3d');
    expect(e.values['max-age'].origin.label).toBe('.ci-intel/config.yml:4');
    expect(e.values.workflow.value).toBe('repo-drill.yml');
  });
  it('with: over repository, org and default', async () => {
    const e = await effective(files, drill, withValues({ 'max-age': '1d', branch: 'hotfix' }));
    expect(e.values['max-age']).toEqual({ value: '1d', origin: { kind: 'with', label: 'with:' } });
    expect(e.raw).toMatchObject({ 'max-age': '1d', branch: 'hotfix', workflow: 'repo-drill.yml' });
  });
  it('a CLI flag is named as the flag', async () => {
    const e = await effective(files, drill, { values: { branch: 'dev' }, label: 'flag' });
    expect(e.values.branch.origin.label).toBe('--branch');
  });
  it('records the digest of the effective configuration and the overlay ref', async () => {
    const a = await effective(files);
    const b = await effective(files);
    const c = await effective(files, drill, withValues({ branch: 'dev' }));
    expect(a.evidence.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.evidence.digest).toBe(b.evidence.digest);
    expect(c.evidence.digest).not.toBe(a.evidence.digest);
    expect(a.evidence).toMatchObject({
      files: ['.ci-intel/config.yml', 'org .ci-intel/org.yml'],
      overlay: './org.yml'
    });
  });
});

describe('schema: unknown keys and bad values name file, line, column and the fix', () => {
  it('did you mean max-age?', async () => {
    await expect(
      effective({ '.ci-intel/config.yml': 'version: 1\ndr-freshness:\n  max_age: 3d\n' })
    ).rejects.toThrow(
      ".ci-intel/config.yml:3:3: unknown key 'max_age' in dr-freshness; did you mean 'max-age'?"
    );
  });
  it('an unknown gate section', async () => {
    await expect(
      effective({ '.ci-intel/config.yml': 'version: 1\npr-target-bann: {}\n' })
    ).rejects.toThrow(
      "unknown key 'pr-target-bann' in the top level; did you mean 'pr-target-ban'?"
    );
  });
  it('a secret input cannot be set in a file', async () => {
    await expect(
      effective({ '.ci-intel/config.yml': 'version: 1\ndr-freshness:\n  token: ghp_x\n' })
    ).rejects.toThrow(/unknown key 'token' in dr-freshness.*secret inputs cannot be set in a file/);
  });
  it('a wrong type or choice', async () => {
    await expect(
      effective({ '.ci-intel/config.yml': 'version: 1\npr-target-ban:\n  mode: warn\n' })
    ).rejects.toThrow(
      '.ci-intel/config.yml:3:3: pr-target-ban.mode must be one of: enforce, audit'
    );
    await expect(effective({ '.ci-intel/config.yml': 'version: 2\n' })).rejects.toThrow(
      /version must be 1/
    );
  });
  it('duplicate keys and syntax errors', async () => {
    await expect(effective({ '.ci-intel/config.yml': 'version: 1\nversion: 1\n' })).rejects.toThrow(
      /config.yml:2:1: .*unique/i
    );
  });
  it('a configuration named by CI_INTEL_CONFIG that does not exist', async () => {
    await expect(effective({}, drill, none, { CI_INTEL_CONFIG: 'ci/conf.yml' })).rejects.toThrow(
      /ci\/conf.yml does not exist/
    );
  });
  it('policy belongs in the overlay', async () => {
    await expect(
      effective({
        '.ci-intel/config.yml': 'version: 1\npolicy:\n  locked: [dr-freshness.branch]\n'
      })
    ).rejects.toThrow(/policy .* belongs in the organisation overlay/);
  });
});

describe('locked and bounded keys', () => {
  const overlay =
    'version: 1\npolicy:\n  locked: [dr-freshness.workflow, pr-target-ban.also-deny]\n  bounds:\n    dr-freshness.max-age: { at-most: 7d }\n    dr-freshness.mode: { at-least: enforce }\n    pr-target-ban.allow: { approver-from: ["@acme/security"] }\ndr-freshness:\n  workflow: drill.yml\n  max-age: 7d\n';
  const repo = (body: string): Record<string, string> => ({
    'org.yml': overlay,
    '.ci-intel/config.yml': `version: 1\nextends: ../org.yml\n${body}`
  });

  it('a repository may tighten a bounded key', async () => {
    const e = await effective(repo('dr-freshness:\n  max-age: 2d\n'));
    expect(e.values['max-age'].value).toBe('2d');
  });
  it('a repository loosening a bounded key: both layers and both values', async () => {
    await expect(effective(repo('dr-freshness:\n  max-age: 30d\n'))).rejects.toThrow(
      'dr-freshness.max-age must be at most 7d (org org.yml); .ci-intel/config.yml:4 gives "30d"'
    );
  });
  it('a step input loosening a bounded key', async () => {
    await expect(effective(repo(''), drill, withValues({ 'max-age': '8d' }))).rejects.toThrow(
      /must be at most 7d \(org org\.yml\); with: gives "8d"/
    );
    await expect(effective(repo(''), drill, withValues({ mode: 'audit' }))).rejects.toThrow(
      /dr-freshness.mode must be at least enforce .* with: gives "audit"/
    );
  });
  it('a repository audit mode against the bound', async () => {
    await expect(effective(repo('dr-freshness:\n  mode: audit\n'))).rejects.toThrow(
      /at least enforce.*config.yml:4 gives "audit"/
    );
  });
  it('a locked key changed by the repository or a step', async () => {
    await expect(effective(repo('dr-freshness:\n  workflow: other.yml\n'))).rejects.toThrow(
      'dr-freshness.workflow is locked by org org.yml at "drill.yml"; .ci-intel/config.yml:4 sets it to "other.yml"'
    );
    await expect(effective(repo(''), drill, withValues({ workflow: 'x.yml' }))).rejects.toThrow(
      /locked .* with: sets it to "x.yml"/
    );
    // Setting the same value is not a change.
    await expect(effective(repo('dr-freshness:\n  workflow: drill.yml\n'))).resolves.toBeDefined();
  });
  it('a locked key with no org value is locked at its default', async () => {
    await expect(
      effective(repo(''), prt, withValues({ 'also-deny': 'workflow_run' }))
    ).rejects.toThrow(/pr-target-ban.also-deny is locked/);
  });
  it('allowlist entries must be approved by a named team', async () => {
    const entry = (by: string): string =>
      `pr-target-ban:\n  allow:\n    - workflow: .github/workflows/l.yml\n      justification: labels only\n      expires: "2027-01-01"\n      approved-by: "${by}"\n`;
    await expect(effective(repo(entry('@acme/devs')), prt)).rejects.toThrow(
      /pr-target-ban.allow\[0\] \(.github\/workflows\/l.yml\) is approved by "@acme\/devs"; org org.yml requires one of @acme\/security/
    );
    const ok = await effective(repo(entry('@acme/security')), prt);
    expect(ok.settings.allow.value).toHaveLength(1);
    expect(ok.settings.allow.origin.label).toBe('.ci-intel/config.yml:4');
  });
});

describe('extends', () => {
  it('refuses a branch or tag name instead of a SHA', () => {
    expect(() => parseOverlayRef('acme/org-policy/ci.yml@main', 'c.yml:2:1')).toThrow(
      /pins 'main', which is not a 40-hex commit SHA/
    );
    expect(() => parseOverlayRef(`acme/org-policy/ci.yml@${SHA.slice(1)}`, 'c')).toThrow(
      /not a 40-hex/
    );
    expect(parseOverlayRef(`acme/org-policy/ci/org.yml@${SHA}`, 'c')).toMatchObject({
      kind: 'remote',
      owner: 'acme',
      repo: 'org-policy',
      path: 'ci/org.yml',
      sha: SHA
    });
    expect(parseOverlayRef('../org.yml', 'c')).toMatchObject({ kind: 'local', path: '../org.yml' });
  });
  it('a local overlay that does not exist is an error, never the defaults', async () => {
    await expect(
      effective({ '.ci-intel/config.yml': 'version: 1\nextends: ./missing.yml\n' })
    ).rejects.toThrow(
      /extends '.\/missing.yml' does not exist .*do not fall back to the hub's defaults/
    );
  });
  it('an overlay cannot extend another', async () => {
    await expect(
      effective({
        '.ci-intel/config.yml': 'version: 1\nextends: ./o.yml\n',
        '.ci-intel/o.yml': 'version: 1\nextends: ./p.yml\n'
      })
    ).rejects.toThrow(/cannot extend another/);
  });

  describe('through the GitHub contents API', () => {
    const server = new ContentsServer();
    beforeAll(() => server.start());
    afterAll(() => server.stop());
    const repo = `version: 1\nextends: acme/org-policy/ci-intel/org.yml@${SHA}\ndr-freshness:\n  branch: dev\n`;
    const env = (): Record<string, string> => ({
      GITHUB_API_URL: server.url,
      GITHUB_TOKEN: 'ghs_contentstoken'
    });

    it('fetches the pinned overlay with the job token and caches it', async () => {
      server.files.set(
        `acme/org-policy@${SHA}:ci-intel/org.yml`,
        'version: 1\ndr-freshness:\n  max-age: 4d\n'
      );
      server.hits.length = 0;
      const ws = gitRepo({ '.ci-intel/config.yml': repo });
      const layers = await loadLayers({ workspace: ws, env: env(), tempDir: join(ws, '.tmp') });
      const e = resolveGateConfig(drill, layers, none);
      expect(e.values['max-age']).toEqual({
        value: '4d',
        origin: expect.objectContaining({
          kind: 'org',
          label: `org acme/org-policy@${SHA}:ci-intel/org.yml:3`
        })
      });
      expect(e.evidence.overlay).toBe(`acme/org-policy/ci-intel/org.yml@${SHA}`);
      expect(server.hits).toEqual([
        {
          path: `/repos/acme/org-policy/contents/ci-intel/org.yml?ref=${SHA}`,
          authorization: 'token ghs_contentstoken'
        }
      ]);
      await loadLayers({ workspace: ws, env: env(), tempDir: join(ws, '.tmp') });
      expect(server.hits).toHaveLength(1);
    });
    it('404: an error naming the overlay and the token', async () => {
      await expect(
        effective(
          { '.ci-intel/config.yml': repo.replace('org.yml', 'nope.yml') },
          drill,
          none,
          env()
        )
      ).rejects.toThrow(
        /GET \/repos\/acme\/org-policy\/contents\/ci-intel\/nope\.yml: GitHub answered 404 \(Not Found/
      );
    });
    it('403: an error, not the defaults', async () => {
      server.faults = [{ kind: 'status', status: 403, times: 1 }];
      await expect(effective({ '.ci-intel/config.yml': repo }, drill, none, env())).rejects.toThrow(
        /answered 403 \(Resource not accessible by integration/
      );
    });
    it('5xx is retried, then succeeds', async () => {
      server.files.set(
        `acme/org-policy@${SHA}:ci-intel/org.yml`,
        'version: 1\ndr-freshness:\n  max-age: 4d\n'
      );
      server.faults = [{ kind: 'status', status: 502, times: 2 }];
      const e = await effective({ '.ci-intel/config.yml': repo }, drill, none, env());
      expect(e.values['max-age'].value).toBe('4d');
    });
    it('5xx forever: an error after bounded retries', async () => {
      server.faults = [{ kind: 'status', status: 500 }];
      await expect(effective({ '.ci-intel/config.yml': repo }, drill, none, env())).rejects.toThrow(
        /could not be fetched: .*answered 500.*; the gates do not fall back/
      );
      server.faults = [];
    });
    it('a server that never answers: an error at the deadline, not the defaults', async () => {
      server.faults = [{ kind: 'hang' }];
      await expect(effective({ '.ci-intel/config.yml': repo }, drill, none, env())).rejects.toThrow(
        /could not be fetched: .*no complete answer .*within/
      );
      server.faults = [];
    });
    it('a gate reads a private overlay with its own token input when CI_INTEL_TOKEN is not set', async () => {
      server.files.set(
        `acme/org-policy@${SHA}:ci-intel/org.yml`,
        'version: 1\ndr-freshness:\n  max-age: 4d\n'
      );
      server.faults = [];
      server.hits.length = 0;
      const ws = gitRepo({
        '.ci-intel/config.yml': repo,
        'drill.json':
          '{"drill":{"last_success_rfc3339":"2026-11-22T00:00:00Z","type":"restore","rpo_s":1,"rto_s":1,"result":"pass"}}'
      });
      const { runGate } = await import('../../src/core/run-gate.js');
      const { drFreshness } = await import('../../src/gates/dr-freshness/index.js');
      const { testContext } = await import('../helpers/temp-repo.js');
      const ctx = { ...testContext(ws), env: { GITHUB_API_URL: server.url } };
      const r = await runGate(drFreshness, { token: 'ghs_gateinput', evidence: 'drill.json' }, ctx);
      expect(server.hits[0]?.authorization).toBe('token ghs_gateinput');
      expect((r.evidence as { inputs: Record<string, unknown> }).inputs['max-age']).toBe(
        4 * 86_400_000
      );
      expect(JSON.stringify(r)).not.toContain('ghs_gateinput');
    });
    it('every answer of the local server matches GitHub’s OpenAPI schema for the endpoint', () => {
      expect(server.problems).toEqual([]);
    });
  });
});
