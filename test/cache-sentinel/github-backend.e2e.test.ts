/**
 * The GitHub backend end to end: the bundled action saves through the real @actions/cache client
 * and restores through the sentinel's own client, against a local cache service with Azurite
 * behind the signed URLs. Also: what the stock restore would do with a poisoned entry, a service
 * that answers 500, one that hangs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheVersion } from '../../src/cache/github-backend.js';
import { pathsId } from '../../src/gates/cache-sentinel/index.js';
import { REPO_ROOT, runAction } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { serviceEnv, startCacheService, uploadRaw, type CacheService } from './cache-service.js';
import { listTree, newKey, PUSH_MAIN, sandbox, type Sandbox } from './fixtures.js';

const execFileAsync = promisify(execFile);
let svc: CacheService;
const key = newKey();

beforeAll(async () => {
  svc = await startCacheService();
}, 30_000);
afterAll(async () => {
  await svc?.stop();
});

function gateRun(
  sb: Sandbox,
  operation: string,
  extra: Record<string, string> = {},
  env: Record<string, string> = PUSH_MAIN
) {
  return runAction('cache-sentinel', {
    workspace: sb.workspace,
    runnerTemp: sb.runnerTemp,
    env: { ...env, ...serviceEnv(svc), HOME: sb.root },
    inputs: {
      operation,
      path: 'deps',
      key: 'deps-gh',
      signing: 'key',
      'signing-key': key.privatePem,
      'default-branch': 'main',
      backend: 'github',
      ...extra
    }
  });
}

describe('cache-sentinel with the GitHub cache service (local service + Azurite)', () => {
  it('saves through @actions/cache and restores through the verifying client', async () => {
    const sb = sandbox();
    const saved = await gateRun(sb, 'save');
    if (saved.exitCode !== 0) throw new Error(saved.stdout + saved.stderr);
    expect(saved.exitCode).toBe(0);
    expectValidResult(saved.result);
    expect(saved.outputs['verified-files']).toBe('2');
    const stored = svc.entries.find((e) => e.key === `cs1-trusted-${pathsId(['deps'])}-deps-gh`);
    expect(stored?.finalized).toBe(true);
    // The runtime token is sent to the service and never printed.
    expect(svc.requests.every((r) => r.auth === `Bearer ${svc.token}`)).toBe(true);
    // (::add-mask:: lines are the runner protocol that registers the secrets for masking.)
    const log = (saved.stdout + saved.stderr)
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(log).not.toContain(svc.token);
    expect(log).not.toContain('PRIVATE KEY');
    expect(JSON.stringify(saved.result)).not.toContain('PRIVATE KEY');

    const original = readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin'));
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const restored = await gateRun(sb, 'restore');
    expect(restored.exitCode).toBe(0);
    expect(restored.outputs).toMatchObject({
      'cache-hit': 'true',
      'matched-key': 'deps-gh',
      'verified-files': '2',
      quarantined: 'false'
    });
    expect(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin')).equals(original)).toBe(true);

    // restore-keys prefix match: not an exact hit.
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const partial = await gateRun(sb, 'restore', { key: 'deps-gh-newer', 'restore-keys': 'deps-' });
    expect(partial.exitCode).toBe(0);
    expect(partial.outputs).toMatchObject({
      'cache-hit': 'false',
      'matched-key': 'deps-gh',
      quarantined: 'false'
    });
    expect(existsSync(join(sb.workspace, 'deps', 'a.txt'))).toBe(true);
  });

  it('a tar-slip entry in the service: the stock restore writes outside the workspace, the sentinel writes nothing', async () => {
    const sb = sandbox();
    const storeKey = `cs1-trusted-${pathsId(['deps'])}-slip`;
    // The attacker's archive: a zstd tar (what @actions/cache writes) whose member climbs out.
    const craft = join(sb.root, 'craft', 'ws');
    mkdirSync(craft, { recursive: true });
    writeFileSync(join(sb.root, 'craft', 'evil'), 'pwned\n');
    const archive = join(sb.root, 'slip.tar.zst');
    execFileSync('tar', [
      '-cf',
      archive,
      '--use-compress-program',
      'zstd',
      '-C',
      craft,
      '-P',
      '../evil'
    ]);
    await uploadRaw(
      svc,
      storeKey,
      cacheVersion(['envelope'], 'zstd-without-long'),
      readFileSync(archive)
    );

    // The stock client (restoreCache → tar -xf -P -C <workspace>) given the same entry.
    const stockWs = join(sb.root, 'stock', 'ws');
    mkdirSync(stockWs, { recursive: true });
    const cacheLib = pathToFileURL(
      join(REPO_ROOT, 'node_modules', '@actions', 'cache', 'lib', 'cache.js')
    ).href;
    const script = `
      const cache = await import(${JSON.stringify(cacheLib)});
      const hit = await cache.restoreCache(['envelope'], ${JSON.stringify(storeKey)});
      console.log('HIT=' + hit);`;
    // Async: the service answers from this very process.
    const { stdout: out } = await execFileAsync(
      process.execPath,
      ['--input-type=module', '-e', script],
      {
        cwd: stockWs,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: sb.root,
          GITHUB_WORKSPACE: stockWs,
          RUNNER_TEMP: join(sb.root, 'stock'),
          ...serviceEnv(svc)
        },
        encoding: 'utf8',
        timeout: 30_000
      }
    );
    expect(out).toContain(`HIT=${storeKey}`);
    expect(readFileSync(join(sb.root, 'stock', 'evil'), 'utf8')).toBe('pwned\n'); // written outside its workspace

    const run = await gateRun(sb, 'restore', { key: 'slip' });
    expect(run.exitCode).toBe(1);
    expectValidResult(run.result);
    expect(run.outputs.quarantined).toBe('true');
    expect((run.result!.evidence as { quarantine: { reason: string } }).quarantine.reason).toBe(
      'bad-envelope'
    );
    expect(existsSync(join(sb.root, 'evil'))).toBe(false);
    expect(existsSync(join(sb.workspace, '..', 'evil'))).toBe(false);
    expect(listTree(sb.outside)).toEqual([]);
    expect(readdirSync(join(sb.runnerTemp, 'ci-intel', 'quarantine'))).toHaveLength(1);
  });

  it('a service that answers 500 is an error that names the service call, not a miss', async () => {
    const sb = sandbox();
    svc.behaviour = 'fail';
    try {
      const run = await gateRun(sb, 'restore');
      expect(run.exitCode).toBe(1);
      expectValidResult(run.result);
      expect(run.result?.verdict).toBe('error');
      expect(run.result?.summary).toContain('GetCacheEntryDownloadURL: HTTP 500');
    } finally {
      svc.behaviour = 'ok';
    }
  });

  it('a service that hangs is an error after the timeout', async () => {
    const sb = sandbox();
    svc.behaviour = 'hang';
    try {
      const t0 = Date.now();
      const run = await gateRun(sb, 'restore', { timeout: '2s' });
      expect(run.exitCode).toBe(1);
      expect(run.result?.verdict).toBe('error');
      expect(run.result?.summary).toContain('no answer within 2000 ms');
      expect(Date.now() - t0).toBeLessThan(20_000);
    } finally {
      svc.behaviour = 'ok';
    }
  });
});
