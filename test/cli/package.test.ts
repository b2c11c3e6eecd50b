/**
 * The installed package: a scoped name, the `ci-intel` bin, no runtime dependencies (everything is
 * bundled into dist/), nothing that npm would run on install (a git install runs a full `npm
 * install` when the manifest has a build, prepare or install script), and `files` that hold
 * everything the bundles read at run time (action.yml files, schema/) and nothing else.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('has a scoped name and the ci-intel bin', () => {
    expect(pkg.name).toMatch(/^@[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(pkg.bin).toEqual({ 'ci-intel': 'dist/cli/index.js' });
  });

  it('installs nothing: no dependencies of any kind, no install-time scripts', () => {
    for (const key of [
      'dependencies',
      'optionalDependencies',
      'peerDependencies',
      'bundleDependencies'
    ])
      expect([key, pkg[key]]).toEqual([key, undefined]);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build'])
      expect([script, pkg.scripts?.[script]]).toEqual([script, undefined]);
  });

  it('packs what the bundles read at run time, and no sources or tests', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    });
    const files = new Set<string>(JSON.parse(out)[0].files.map((f: { path: string }) => f.path));
    const gates = readdirSync(join(REPO_ROOT, 'actions'));
    for (const g of gates) expect(files.has(`actions/${g}/action.yml`)).toBe(true);
    for (const dir of ['schema', 'sql', 'templates', 'workflows']) {
      const all = readdirSync(join(REPO_ROOT, dir), { recursive: true, withFileTypes: true });
      for (const e of all.filter((d) => d.isFile())) {
        const rel = join(e.parentPath, e.name).slice(REPO_ROOT.length).replace(/^\//, '');
        expect(`${rel}: ${files.has(rel)}`).toBe(`${rel}: true`); // ci-intel init renders these
      }
    }
    expect(files.has('dist/cli/index.js')).toBe(true);
    expect(files.has('dist/egress-check/index.js')).toBe(true); // the resolver the gate spawns
    expect(files.has('package.json')).toBe(true);
    const stray = [...files].filter((f) =>
      /^(src|test|lib|bench|scripts|node_modules|\.ci|\.github)\//.test(f)
    );
    expect(stray).toEqual([]);
  });
});
