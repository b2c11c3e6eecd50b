/** scripts/release.mjs on real temporary git repositories, through the git CLI. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';

const SCRIPT = join(REPO_ROOT, 'scripts', 'release.mjs');
const ENV = {
  PATH: process.env.PATH ?? '',
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Rel Ease',
  GIT_AUTHOR_EMAIL: 'rel@example.test',
  GIT_COMMITTER_NAME: 'Rel Ease',
  GIT_COMMITTER_EMAIL: 'rel@example.test'
};

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();

const POLICY_GATES = `name: policy-gates
on: workflow_call
permissions: { contents: read }
jobs:
  gates:
    runs-on: ubuntu-latest
    steps:
      - uses: $/actions/pr-target-ban
      - name: policy
        uses: '$/actions/workflow-policy' # the SARIF one
        with: { mode: enforce }
`;
const CI = `name: ci
on: push
permissions: { contents: read }
jobs:
  gates:
    uses: $/.github/workflows/policy-gates.yml
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - run: 'echo "uses: $/not-a-reference in a string"'
`;

function changelog(...versions: string[]): string {
  return `# Changelog\n\n${versions.map((v) => `## ${v}\n\n- Things.\n`).join('\n')}`;
}

function repo(version = '1.2.0', files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'ci-intel-release-'));
  const all: Record<string, string> = {
    'package.json': JSON.stringify({ name: '@ci-intel/hub', version }, null, 2) + '\n',
    'CHANGELOG.md': changelog(`v${version}`),
    '.github/workflows/policy-gates.yml': POLICY_GATES,
    '.github/workflows/ci.yml': CI,
    'workflows/extra.yaml': 'jobs:\n  x:\n    uses: $/.github/workflows/ci.yml\n',
    ...files
  };
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'release candidate');
  return root;
}

function bump(root: string, version: string, entries: string[]): string {
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version }) + '\n');
  writeFileSync(join(root, 'CHANGELOG.md'), changelog(...entries));
  git(root, 'commit', '-qam', `bump ${version}`);
  return git(root, 'rev-parse', 'HEAD');
}

function release(cwd: string, ...args: string[]): { status: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, env: ENV, encoding: 'utf8' });
  return { status: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const tags = (root: string): string[] => git(root, 'tag', '--list').split('\n').filter(Boolean);

describe('scripts/release.mjs', () => {
  it('tags vX.Y.Z (annotated) and moves vX; the next release moves vX again', () => {
    const root = repo('1.2.0');
    const first = git(root, 'rev-parse', 'HEAD');
    const r = release(root, '1.2.0');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(tags(root).sort()).toEqual(['v1', 'v1.2.0']);
    expect(git(root, 'cat-file', '-t', 'v1.2.0')).toBe('tag');
    expect(git(root, 'rev-parse', 'v1.2.0^{commit}')).toBe(first);
    expect(git(root, 'rev-parse', 'v1^{commit}')).toBe(first);
    expect(r.out).toContain('not pushed; to publish:');
    expect(r.out).toContain('git push --force origin refs/tags/v1');

    const second = bump(root, '1.2.1', ['v1.2.1', 'v1.2.0']);
    const r2 = release(root, 'v1.2.1');
    expect(r2.status).toBe(0);
    expect(r2.out).toContain(`move v1 → ${second} (was ${first})`);
    expect(git(root, 'rev-parse', 'v1^{commit}')).toBe(second);
    expect(git(root, 'rev-parse', 'v1.2.0^{commit}')).toBe(first);

    // Going back is refused: v1.2.1 exists, so 1.1.9 would move v1 backwards.
    bump(root, '1.1.9', ['v1.1.9']);
    const back = release(root, '1.1.9');
    expect(back.status).toBe(2);
    expect(back.err).toContain('v1.2.1 already released: v1 would move backwards');
    // A tag is immutable.
    const again = release(root, '1.2.1', '--branch', 'main');
    expect(again.status).toBe(2);
  });

  it('--ghes commits rewritten workflows on ghes/vX.Y.Z, leaving the tree and main untouched', () => {
    const root = repo('2.0.0');
    const sha = git(root, 'rev-parse', 'HEAD');
    const r = release(root, '2.0.0', '--ghes', 'acme-corp/ci-hub');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const ghes = git(root, 'rev-parse', 'ghes/v2.0.0');
    expect(git(root, 'rev-parse', `${ghes}^`)).toBe(sha);
    expect(git(root, 'rev-parse', 'main')).toBe(sha);
    expect(git(root, 'status', '--porcelain')).toBe('');

    const show = (p: string): string => git(root, 'show', `ghes/v2.0.0:${p}`);
    const pg = show('.github/workflows/policy-gates.yml');
    expect(pg).toContain(`      - uses: acme-corp/ci-hub/actions/pr-target-ban@${sha} # v2.0.0\n`);
    expect(pg).toContain(
      `        uses: acme-corp/ci-hub/actions/workflow-policy@${sha} # v2.0.0 the SARIF one\n`
    );
    const ci = show('.github/workflows/ci.yml');
    expect(ci).toContain(
      `    uses: acme-corp/ci-hub/.github/workflows/policy-gates.yml@${sha} # v2.0.0\n`
    );
    expect(ci).toContain('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1');
    expect(ci).toContain(`run: 'echo "uses: $/not-a-reference in a string"'`);
    expect(show('workflows/extra.yaml')).toContain(
      `uses: acme-corp/ci-hub/.github/workflows/ci.yml@${sha} # v2.0.0`
    );
    expect(git(root, 'diff', '--name-only', sha, ghes).split('\n').sort()).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/policy-gates.yml',
      'workflows/extra.yaml'
    ]);
    expect(r.out).toContain('git push origin refs/heads/ghes/v2.0.0');
  });

  it('--dry-run prints the plan and changes nothing', () => {
    const root = repo('1.0.0');
    const r = release(root, '1.0.0', '--ghes', 'acme/hub', '--dry-run');
    expect(r.status).toBe(0);
    expect(r.out).toContain('[dry-run] would tag v1.0.0 (annotated)');
    expect(r.out).toContain('[dry-run] would create v1');
    expect(r.out).toContain('.github/workflows/policy-gates.yml: 2 references');
    expect(tags(root)).toEqual([]);
    expect(git(root, 'branch', '--list')).toBe('* main');
  });

  it('--push sends the tag, the moved major tag and the ghes branch to the remote', () => {
    const root = repo('3.1.0');
    const remote = mkdtempSync(join(tmpdir(), 'ci-intel-remote-'));
    git(remote, 'init', '-q', '--bare');
    git(root, 'remote', 'add', 'origin', remote);
    git(root, 'push', '-q', 'origin', 'main');
    const r = release(root, '3.1.0', '--ghes', 'acme/hub', '--push');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const sha = git(root, 'rev-parse', 'HEAD');
    expect(git(remote, 'rev-parse', 'v3.1.0^{commit}')).toBe(sha);
    expect(git(remote, 'rev-parse', 'v3^{commit}')).toBe(sha);
    expect(git(remote, 'rev-parse', 'ghes/v3.1.0^')).toBe(sha);
  });

  it('refuses a dirty tree, untracked files, another branch, a bad version, a missing entry', () => {
    const root = repo('1.2.0');
    writeFileSync(join(root, 'CHANGELOG.md'), changelog('v1.2.0', 'v1.1.0'));
    let r = release(root, '1.2.0');
    expect(r.status).toBe(2);
    expect(r.err).toContain('the working tree is not clean');
    git(root, 'checkout', '-q', '--', 'CHANGELOG.md');
    writeFileSync(join(root, 'stray.txt'), 'x');
    expect(release(root, '1.2.0').err).toContain('stray.txt');
    git(root, 'clean', '-qf');

    for (const bad of ['1.2', 'v1.2.0-rc.1', '01.2.0', '1.2.0+build', 'latest', '']) {
      r = release(root, bad);
      expect([bad, r.status]).toEqual([bad, 2]);
      expect(r.err).toContain('is not a release version');
    }
    expect(release(root).err).toContain('is not a release version');
    expect(release(root, '1.3.0').err).toContain('package.json says version 1.2.0, not 1.3.0');
    expect(release(root, '1.2.0', '--ghes', 'not a repo').err).toContain('is not <org>/<repo>');

    git(root, 'checkout', '-qb', 'feature');
    r = release(root, '1.2.0');
    expect(r.status).toBe(2);
    expect(r.err).toContain("default branch 'main', but HEAD is 'feature'");
    git(root, 'checkout', '-q', 'main');

    writeFileSync(
      join(root, 'CHANGELOG.md'),
      '# Changelog\n\n## Unreleased (v1.2.0)\n\n- x\n\n## v1.2.0\n\n'
    );
    git(root, 'commit', '-qam', 'entry without text');
    r = release(root, '1.2.0');
    expect(r.status).toBe(2);
    expect(r.err).toContain("CHANGELOG.md has no entry for v1.2.0: add a '## v1.2.0' heading");
    expect(tags(root)).toEqual([]);
  });

  it('--ghes refuses a $/ reference it cannot rewrite, and a repository without any', () => {
    const flow = repo('1.0.0', {
      '.github/workflows/flow.yml': 'jobs:\n  a:\n    steps: [{ uses: $/actions/pr-target-ban }]\n'
    });
    let r = release(flow, '1.0.0', '--ghes', 'acme/hub');
    expect(r.status).toBe(2);
    expect(r.err).toContain(
      ".github/workflows/flow.yml: 'uses: $/actions/pr-target-ban' is a '$/' reference the release script cannot rewrite"
    );
    expect(tags(flow)).toEqual([]); // checked before any tag is made
    const none = repo('1.0.0', {
      '.github/workflows/policy-gates.yml': 'on: push\n',
      '.github/workflows/ci.yml': 'on: push\n',
      'workflows/extra.yaml': 'on: push\n'
    });
    r = release(none, '1.0.0', '--ghes', 'acme/hub');
    expect(r.status).toBe(2);
    expect(r.err).toContain("no 'uses: $/…' reference");
  });
});
