/** The bundled action (dist/determinism) and the CLI (dist/cli), run as the runner and a user run them. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runCli, SHARED } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { scratch, sh } from './pairs.js';

const ws = scratch('det-e2e-');
afterAll(() => rmSync(ws, { recursive: true, force: true }));
const V = join(SHARED, 'vectors', 'determinism', 'strip-nondeterminism');
const jarIn = join(V, 'jar', 'jdependency.jar.in');
const jarOut = join(V, 'jar', 'jdependency.jar.out');

describe('dist/determinism (the action)', () => {
  it('fails a metadata-only drift with no stabilizer allowed: outputs, job summary, diff file, policy record, SARIF', async () => {
    const r = await runAction('determinism', {
      inputs: { a: jarIn, b: jarOut, diffoscope: 'off', 'sarif-file': 'det.sarif' },
      workspace: ws
    });
    expect(r.exitCode).toBe(1);
    expectValidResult(r.result);
    expect(r.outputs).toMatchObject({
      verdict: 'fail',
      differences: '1',
      'stabilizers-needed': 'mtimes'
    });
    expect(r.summary).toContain('needed but not allowed: mtimes');
    expect(r.summary).toContain('| `jdependency.jar.in` | mtime |');
    const diff = JSON.parse(readFileSync(r.outputs['diff-file'], 'utf8'));
    expect(diff.differences[0].archive.members).toHaveLength(32);
    const policies = readFileSync(join(r.runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8');
    expect(JSON.parse(policies.trim())).toMatchObject({
      id: expect.stringContaining('determinism'),
      result: 'deny'
    });
    const sarif = JSON.parse(readFileSync(join(ws, 'det.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].ruleId).toBe('determinism/stabilizer-not-allowed');
  });

  it('passes the same pair with mtimes allowed and lists the stabilizer used', async () => {
    const r = await runAction('determinism', {
      inputs: { a: jarIn, b: jarOut, 'allow-stabilizers': 'mtimes', diffoscope: 'off' },
      workspace: ws
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.result!.summary).toMatch(
      /^reproducible with stabilizers mtimes: in `jdependency.jar.in`/
    );
  });

  it('manifest in one job, compare in the next (the artifact flow)', async () => {
    mkdirSync(join(ws, 'dist'));
    writeFileSync(join(ws, 'dist', 'app.bin'), 'v1');
    const m = await runAction('determinism', {
      inputs: { operation: 'manifest', path: 'dist', 'manifest-file': 'arm64/manifest.json' },
      workspace: ws,
      env: { RUNNER_ARCH: 'ARM64' }
    });
    expect(m.exitCode).toBe(0);
    expect(existsSync(m.outputs['manifest-file'])).toBe(true);
    writeFileSync(join(ws, 'dist', 'app.bin'), 'v2');
    const c = await runAction('determinism', {
      inputs: { a: 'arm64/manifest.json', b: 'dist', diffoscope: 'off' },
      workspace: ws
    });
    expect(c.exitCode).toBe(1);
    expect(c.result!.summary).toBe('not reproducible: `app.bin` differs');
    expect(c.summary).toContain('ARM64');
  });

  it('rebuild prints the effective variation set; audit mode reports without failing the step', async () => {
    sh(
      'git init -q && git -c user.name=t -c user.email=t@example.com commit -q --allow-empty -m init',
      ws
    );
    const r = await runAction('determinism', {
      inputs: {
        operation: 'rebuild',
        command: 'mkdir -p out && date +%s%N > out/stamp',
        'build-output': 'out',
        variations: '-locale',
        timeout: '2m',
        diffoscope: 'off',
        mode: 'audit'
      },
      workspace: ws
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toContain(
      'effective variation set: time, timezone, umask, build-path, file-order'
    );
    expect(r.summary).toContain('| locale | fixed | held fixed |');
  });

  it('an error (nothing to compare) fails the step in enforce mode', async () => {
    mkdirSync(join(ws, 'empty'));
    const r = await runAction('determinism', { inputs: { a: 'empty', b: 'dist' }, workspace: ws });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('error');
  });
});

describe('ci-intel determinism (the CLI)', () => {
  it('exit codes 0 / 1 / 2 and --format json', async () => {
    const pass = await runCli(
      [
        'determinism',
        '--a',
        jarIn,
        '--b',
        jarOut,
        '--allow-stabilizers',
        'all',
        '--diffoscope',
        'off'
      ],
      { cwd: ws }
    );
    expect(pass.exitCode).toBe(0);
    const fail = await runCli(
      ['determinism', '--a', jarIn, '--b', jarOut, '--diffoscope', 'off', '--format', 'json'],
      { cwd: ws }
    );
    expect(fail.exitCode).toBe(1);
    const result = JSON.parse(fail.stdout);
    expectValidResult(result);
    expect(result.evidence.stabilizersNotAllowed).toEqual(['mtimes']);
    const err = await runCli(['determinism', '--a', 'missing', '--b', jarOut], { cwd: ws });
    expect(err.exitCode).toBe(2);
    expect(err.stdout + err.stderr).toContain("input 'a': missing does not exist");
  });
});
