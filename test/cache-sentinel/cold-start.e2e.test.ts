/**
 * Cold start of dist/cache-sentinel: a run loads only what it uses. The Sigstore stack
 * (src/signing/sigstore.ts with @sigstore/*, the trust roots) loads only when the run signs or
 * verifies with it, and each operation loads only its own module (restore or save). What a run
 * loaded is read from a module-load hook given to the bundle's Node (`--import`), which logs every
 * file the ESM loader loads; the bundle's chunks name the lib/ modules they carry.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleLoadLog } from '../helpers/module-loads.js';
import { runAction, type RunActionOptions } from '../helpers/run-action.js';
import { newKey, PUSH_MAIN } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'cs-cold-'));
const key = newKey();

async function run(inputs: Record<string, string>, ws: string) {
  const loads = moduleLoadLog();
  const options: RunActionOptions = {
    workspace: ws,
    inputs: {
      key: 'k',
      path: 'cache',
      backend: `dir:${join(dir, `store-${ws.slice(-6)}`)}`,
      ...inputs
    },
    env: { ...PUSH_MAIN, ...loads.env }
  };
  const r = await runAction('cache-sentinel', options);
  const urls = readFileSync(loads.env.LOAD_LOG, 'utf8').split('\n');
  // Node's own modules the run loaded, however they were taken.
  const builtins = loads.builtins();
  // minimatch's own code (a node_modules module, which the chunks do not name) in a loaded chunk.
  const minimatch = urls
    .filter((u) => u.startsWith('file:') && u.includes('/dist/cache-sentinel/'))
    .some((u) => readFileSync(fileURLToPath(u), 'utf8').includes('class Minimatch'));
  return {
    r,
    modules: loads.loaded('cache-sentinel'),
    builtins,
    internal: loads.internal(),
    minimatch
  };
}

/**
 * What a one-file save or restore does not load: minimatch (the default trust rules are matched
 * without it), perf_hooks (timings from process.hrtime), `net` (log lines go to the stdout pipe
 * directly, not through a socket stream) and the diagnostic report (the C library is told from
 * the Node executable's ELF interpreter). These are Node's internal loads, which the load hook
 * does not see.
 */
const NOT_LOADED = [
  'NativeModule perf_hooks',
  'NativeModule net',
  'NativeModule internal/process/report',
  'Internal Binding report'
];

const SIGSTORE = ['lib/signing/sigstore.js', 'lib/sigstore/verify.js', 'lib/sigstore/trust.js'];

describe('dist/cache-sentinel loads only what the run uses', () => {
  let ws: string;
  beforeAll(() => {
    ws = mkdtempSync(join(dir, 'ws-'));
    mkdirSync(join(ws, 'cache'));
    writeFileSync(join(ws, 'cache', 'a.txt'), 'a\n');
  });

  it('a restore that misses (signing: sigstore, the pinned root) loads neither the Sigstore stack nor save', async () => {
    const { r, modules } = await run({ operation: 'restore', signing: 'sigstore' }, ws);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/cache miss for k/);
    expect(modules.has('lib/gates/cache-sentinel/index.js')).toBe(true);
    expect(modules.has('lib/gates/cache-sentinel/restore.js')).toBe(true);
    expect(modules.has('lib/gates/cache-sentinel/save.js')).toBe(false);
    for (const m of SIGSTORE) expect(modules.has(m)).toBe(false);
  });

  it('a trusted-root file is read and checked at start even when the cache misses (an input error)', async () => {
    writeFileSync(join(ws, 'bad-root.json'), '{"mediaType": 1}');
    const { r, modules } = await run(
      { operation: 'restore', signing: 'sigstore', 'trusted-root': 'bad-root.json' },
      ws
    );
    expect(r.exitCode).toBe(1);
    expect(r.result?.verdict).toBe('error');
    expect(r.stdout).toMatch(/trusted-root/);
    // The trust roots loaded (to check the file), the verifier did not.
    expect(modules.has('lib/sigstore/trust.js')).toBe(true);
    expect(modules.has('lib/signing/sigstore.js')).toBe(false);
  });

  it('a save and a restore that hits with signing: key never load the Sigstore stack', async () => {
    const saved = await run(
      { operation: 'save', signing: 'key', 'signing-key': key.privatePem },
      ws
    );
    expect(saved.r.exitCode).toBe(0);
    expect(saved.r.stdout).toMatch(/saved k/);
    expect(saved.modules.has('lib/gates/cache-sentinel/save.js')).toBe(true);
    expect(saved.modules.has('lib/gates/cache-sentinel/restore.js')).toBe(false);
    for (const m of SIGSTORE) expect(saved.modules.has(m)).toBe(false);

    const restored = await run(
      { operation: 'restore', signing: 'key', 'verify-key': key.publicPem },
      ws
    );
    expect(restored.r.exitCode).toBe(0);
    expect(restored.r.stdout).toMatch(/restored k/);
    for (const m of SIGSTORE) expect(restored.modules.has(m)).toBe(false);

    // One small file goes through zlib on the main thread: no zstd worker, so no worker_threads.
    for (const run of [saved, restored]) {
      expect(run.builtins.has('node:zlib')).toBe(true);
      expect(run.builtins.has('node:worker_threads')).toBe(false);
      expect(run.minimatch).toBe(false);
      // The hook saw the run's own loads (the list is not empty), and none of the lazy ones.
      expect(run.internal.has('NativeModule crypto')).toBe(true);
      for (const m of NOT_LOADED) expect([m, run.internal.has(m)]).toEqual([m, false]);
      // The log lines still reach stdout, the verdict line last.
      expect(run.r.stdout.trimEnd().split('\n').pop()).toMatch(/^cache-sentinel: pass — /);
    }
  });

  it('a trust rule beyond the simple globs loads minimatch, and still grants the trusted tier', async () => {
    // `?` is beyond the simple form (the list input splits on commas, so no braces here).
    const trust = 'push:refs/heads/m?in';
    const ws2 = mkdtempSync(join(dir, 'ws-brace-'));
    mkdirSync(join(ws2, 'cache'));
    writeFileSync(join(ws2, 'cache', 'b.txt'), 'b\n');
    const saved = await run(
      { operation: 'save', signing: 'key', 'signing-key': key.privatePem, trust },
      ws2
    );
    expect([saved.r.exitCode, saved.r.stdout]).toEqual([
      0,
      expect.stringMatching(/saved k in tier trusted/)
    ]);
    expect(saved.minimatch).toBe(true);
    const restored = await run(
      { operation: 'restore', signing: 'key', 'verify-key': key.publicPem, trust },
      ws2
    );
    expect(restored.r.exitCode).toBe(0);
    expect(restored.r.stdout).toMatch(/restored k from tier trusted/);
    expect(restored.minimatch).toBe(true);
  });

  it('a payload past the in-thread limit starts the zstd worker (the lazy load still happens)', async () => {
    const big = mkdtempSync(join(dir, 'ws-big-'));
    mkdirSync(join(big, 'cache'));
    // Random bytes: the stored size passes the 8 MiB in-thread limit.
    writeFileSync(join(big, 'cache', 'r.bin'), randomBytes(9 << 20));
    const saved = await run(
      { operation: 'save', signing: 'key', 'signing-key': key.privatePem },
      big
    );
    expect(saved.r.exitCode).toBe(0);
    expect(saved.builtins.has('node:worker_threads')).toBe(true);
    const restored = await run(
      { operation: 'restore', signing: 'key', 'verify-key': key.publicPem },
      big
    );
    expect(restored.r.exitCode).toBe(0);
    expect(restored.r.stdout).toMatch(/restored k/);
    expect(restored.builtins.has('node:worker_threads')).toBe(true);
  });
});
