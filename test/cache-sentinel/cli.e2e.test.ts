/** `npx ci-intel cache-sentinel` with the dir: backend and with the local default store. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { newKey, sandbox } from './fixtures.js';

describe('ci-intel cache-sentinel (CLI)', () => {
  it('save then restore with a base64 key, the dir: backend and --format json; tamper gives exit 1', async () => {
    const sb = sandbox();
    const k = newKey();
    const keyB64 = Buffer.from(k.privatePem).toString('base64');
    const common = [
      '--path',
      'deps',
      '--key',
      'cli-1',
      '--signing',
      'key',
      '--signing-key',
      keyB64,
      '--backend',
      `dir:${sb.store}`
    ];
    const env = { RUNNER_TEMP: sb.runnerTemp, HOME: sb.root };
    const saved = await runCli(
      ['cache-sentinel', '--operation', 'save', ...common, '--format', 'json'],
      { cwd: sb.workspace, env }
    );
    expect(saved.exitCode).toBe(0);
    const savedResult = JSON.parse(saved.stdout);
    expectValidResult(savedResult);
    expect(savedResult.evidence.tier).toBe('ref-local');
    expect(saved.stdout).not.toContain(keyB64);

    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const restored = await runCli(
      ['cache-sentinel', '--operation', 'restore', ...common, '--format', 'json'],
      { cwd: sb.workspace, env }
    );
    expect(restored.exitCode).toBe(0);
    expect(JSON.parse(restored.stdout).outputs).toMatchObject({
      'cache-hit': 'true',
      'verified-files': '2'
    });
    expect(readFileSync(join(sb.workspace, 'deps', 'a.txt'), 'utf8')).toBe('alpha\n');

    // Flip one byte of the stored payload: the restore quarantines and exits 1.
    const { readdirSync } = await import('node:fs');
    const entry = readdirSync(sb.store).find((d) => /^[0-9a-f]{64}$/.test(d))!;
    const payload = join(sb.store, entry, 'payload.tar');
    const bytes = readFileSync(payload);
    // The stored payload is zstd-compressed (small here): flip a byte in its middle.
    bytes[Math.floor(bytes.length / 2)] ^= 1;
    writeFileSync(payload, bytes);
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const bad = await runCli(['cache-sentinel', '--operation', 'restore', ...common], {
      cwd: sb.workspace,
      env
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('archive-digest-mismatch');
    expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
  });

  it('outside a workflow job the github backend falls back to the local store under XDG_CACHE_HOME', async () => {
    const sb = sandbox();
    const k = newKey();
    const keyB64 = Buffer.from(k.privatePem).toString('base64');
    const env = { RUNNER_TEMP: sb.runnerTemp, HOME: sb.root, XDG_CACHE_HOME: join(sb.root, 'xdg') };
    const r = await runCli(
      [
        'cache-sentinel',
        '--operation',
        'save',
        '--path',
        'deps',
        '--key',
        'x',
        '--signing',
        'key',
        '--signing-key',
        keyB64
      ],
      { cwd: sb.workspace, env }
    );
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(sb.root, 'xdg', 'ci-intel', 'cache-sentinel'))).toBe(true);
  });

  it('a missing required input is a usage error (exit 2) naming it', async () => {
    const r = await runCli(['cache-sentinel', '--operation', 'restore', '--path', 'deps'], {
      env: { HOME: '/tmp' }
    });
    expect(r.exitCode).toBe(2);
    expect(r.stdout + r.stderr).toContain("'key'");
  });
});
