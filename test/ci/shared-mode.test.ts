/** The ../shared rule: run where present, skip visibly where absent, fail where it is required. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';
import { HAS_SHARED, SHARED, sharedMode } from '../helpers/shared.js';

describe('sharedMode', () => {
  it('runs when ../shared is there, whatever the environment', () => {
    expect(sharedMode(true, {})).toBe('run');
    expect(sharedMode(true, { CI_INTEL_REQUIRE_SHARED: '1' })).toBe('run');
  });
  it('skips when it is absent and not required; fails when required', () => {
    expect(sharedMode(false, {})).toBe('skip');
    expect(sharedMode(false, { CI_INTEL_REQUIRE_SHARED: '' })).toBe('skip');
    expect(sharedMode(false, { CI_INTEL_REQUIRE_SHARED: '0' })).toBe('skip');
    expect(sharedMode(false, { CI_INTEL_REQUIRE_SHARED: '1' })).toBe('fail');
    expect(sharedMode(false, { CI_INTEL_REQUIRE_SHARED: 'yes' })).toBe('fail');
  });
  it('HAS_SHARED is whether ../shared beside the repository is a folder', () => {
    expect(HAS_SHARED).toBe(existsSync(SHARED));
    expect(SHARED).toBe(join(REPO_ROOT, '..', 'shared'));
  });
});

describe('.ci/run', () => {
  const script = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8');

  it('fails up front, naming ../shared, when it is missing (and runs nothing else)', () => {
    const root = mkdtempSync(join(tmpdir(), 'ci-run-'));
    const clone = join(root, 'clone');
    mkdirSync(join(clone, '.ci'), { recursive: true });
    writeFileSync(join(clone, '.ci', 'run'), script);
    // A stand-in for the setup script proves nothing after the check ran.
    mkdirSync(join(clone, 'scripts'));
    writeFileSync(join(clone, 'scripts', 'setup-tests.sh'), `touch "${join(root, 'ran')}"\n`);
    const r = spawnSync('bash', [join(clone, '.ci', 'run')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('../shared is missing');
    expect(existsSync(join(root, 'ran'))).toBe(false);
  });

  it('requires ../shared for the tests it runs, and runs the README test command verbatim', () => {
    expect(script).toContain('export CI_INTEL_REQUIRE_SHARED=1');
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').split('\n');
    const testCommand = readme
      .slice(0, 12)
      .find((l) => /npm test\s*$/.test(l))
      ?.trim();
    expect(testCommand).toBe('bash scripts/setup-tests.sh && npm ci && npm test');
    expect(script.trimEnd().split('\n').at(-1)).toBe(testCommand);
    expect(execFileSync('bash', ['-n', join(REPO_ROOT, '.ci', 'run')]).toString()).toBe('');
  });
});
