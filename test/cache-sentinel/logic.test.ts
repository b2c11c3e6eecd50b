/** Pure logic: BLAKE3, the manifest parser, tiers and trust, the tree walker, and the gate in-process. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isTrustedWriter,
  jobContext,
  ownTier,
  parseTrustRules,
  readableTiers,
  tierViolation
} from '../../src/cache/tier.js';
import { blake3Hex, initBlake3 } from '../../src/hashing/blake3.js';
import { isSafeRelativePath, MANIFEST_SCHEMA, parseManifest } from '../../src/hashing/manifest.js';
import { hashEntries, walkPaths } from '../../src/hashing/tree.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { newKey, PUSH_MAIN, prEnv, runInProcess, sandbox } from './fixtures.js';

// Official BLAKE3 test vectors: the empty input, and the 1-byte input 0x00 ... (test_vectors.json uses i % 251).
const EMPTY = 'af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262';
const ABC = '6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85';

describe('BLAKE3', () => {
  it.each(['native', 'wasm'] as const)(
    '%s matches the reference digests and the other implementation',
    async (impl) => {
      expect(await initBlake3(impl)).toBe(impl);
      expect(blake3Hex(new Uint8Array())).toBe(EMPTY);
      expect(blake3Hex(Buffer.from('abc'))).toBe(ABC);
      const big = Buffer.alloc(5 * 1024 * 1024 + 17);
      for (let i = 0; i < big.length; i++) big[i] = i % 251;
      const digest = blake3Hex(big);
      await initBlake3(impl === 'native' ? 'wasm' : 'native');
      expect(blake3Hex(big)).toBe(digest);
    }
  );
});

function validManifest(): Record<string, unknown> {
  return {
    schema: MANIFEST_SCHEMA,
    key: 'k',
    tier: 'trusted',
    event: 'push',
    ref: 'refs/heads/main',
    repository: 'acme/widget',
    runId: '1',
    sha: '',
    createdAt: '2026-01-01T00:00:00Z',
    roots: [{ spec: 'deps', base: 'dir' }],
    archive: { blake3: 'a'.repeat(64), size: 10 },
    entries: [
      { root: 0, path: 'a.txt', type: 'file', size: 1, mode: 0o644, blake3: 'b'.repeat(64) }
    ]
  };
}

describe('manifest parser', () => {
  const parse = (m: unknown) => () => parseManifest(Buffer.from(JSON.stringify(m)));
  it('accepts a well-formed manifest', () => {
    expect(parseManifest(Buffer.from(JSON.stringify(validManifest()))).entries).toHaveLength(1);
  });
  it.each([
    [
      'a .. path',
      (m: Record<string, unknown>) => ((m.entries as Record<string, unknown>[])[0].path = '../x'),
      'relative path'
    ],
    [
      'an absolute path',
      (m: Record<string, unknown>) => ((m.entries as Record<string, unknown>[])[0].path = '/etc/x'),
      'relative path'
    ],
    ['an unknown field', (m: Record<string, unknown>) => (m.extra = 1), 'only schema'],
    [
      'a short digest',
      (m: Record<string, unknown>) => ((m.entries as Record<string, unknown>[])[0].blake3 = 'abc'),
      '64 hex'
    ],
    [
      'a root index out of range',
      (m: Record<string, unknown>) => ((m.entries as Record<string, unknown>[])[0].root = 3),
      'integer 0..0'
    ],
    [
      'setuid bits',
      (m: Record<string, unknown>) => ((m.entries as Record<string, unknown>[])[0].mode = 0o4755),
      'integer 0..511'
    ],
    ['a wrong schema', (m: Record<string, unknown>) => (m.schema = 'x'), MANIFEST_SCHEMA]
  ])('rejects %s, naming expected and actual', (_name, edit, expected) => {
    const m = validManifest();
    edit(m);
    expect(parse(m)).toThrow(expected);
  });
  it('rejects non-JSON', () => {
    expect(() => parseManifest(Buffer.from('{nope'))).toThrow('manifest.json is not valid JSON');
  });
  it('knows safe relative paths', () => {
    expect(isSafeRelativePath('a/b/c')).toBe(true);
    for (const bad of ['', '/a', 'a/../b', 'a//b', './a', 'a\\b', 'C:/x', 'a\0b'])
      expect(isSafeRelativePath(bad)).toBe(false);
  });
});

describe('tiers and trust', () => {
  const sb = sandbox();
  const rules = parseTrustRules(['push:refs/heads/{default}', 'push:refs/tags/*'], 'main');
  it('default rules: pushes to the default branch and tags write the trusted tier', () => {
    expect(isTrustedWriter('push', 'refs/heads/main', rules)).toBe(true);
    expect(isTrustedWriter('push', 'refs/tags/v1.2.3', rules)).toBe(true);
    expect(isTrustedWriter('push', 'refs/heads/feature', rules)).toBe(false);
    expect(isTrustedWriter('workflow_dispatch', 'refs/heads/main', rules)).toBe(false);
  });
  it('a pull request event can never be a trust rule', () => {
    expect(() => parseTrustRules(['pull_request:*'], 'main')).toThrow(
      'can never write the trusted tier'
    );
    expect(() => parseTrustRules(['nonsense'], 'main')).toThrow('expected <event>:<ref glob>');
  });
  it('same-repo PR: own tier then trusted; fork PR: a private fork tier', () => {
    const pr = jobContext(prEnv(sb.root, 7, false));
    expect(ownTier(pr, rules)).toBe('pr-7');
    expect(readableTiers(pr, rules)).toEqual(['pr-7', 'trusted']);
    const fork = jobContext(prEnv(sb.root, 8, true));
    expect(ownTier(fork, rules)).toBe('fork-pr-8');
    // Without an event payload a PR is treated as a fork (the stricter tier).
    expect(
      ownTier(
        jobContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/9/merge' }),
        rules
      )
    ).toBe('fork-pr-9');
    expect(readableTiers(jobContext(PUSH_MAIN), rules)).toEqual(['trusted']);
    expect(ownTier(jobContext({ ...PUSH_MAIN, GITHUB_REF: 'refs/heads/feature/x' }), rules)).toBe(
      'ref-heads_feature_x'
    );
  });
  it('a release job never reads a PR tier; a PR never reads another PR', () => {
    const release = jobContext(PUSH_MAIN);
    const prEntry = {
      tier: 'pr-7',
      event: 'pull_request',
      ref: 'refs/pull/7/merge',
      repository: 'acme/widget'
    };
    expect(tierViolation(prEntry, release, rules)).toContain("tier 'pr-7'");
    expect(tierViolation(prEntry, jobContext(prEnv(sb.root, 8, false)), rules)).toContain(
      'reads only pr-8, trusted'
    );
    expect(tierViolation(prEntry, jobContext(prEnv(sb.root, 7, false)), rules)).toBeUndefined();
    expect(
      tierViolation(
        { ...prEntry, repository: 'evil/widget' },
        jobContext(prEnv(sb.root, 7, false)),
        rules
      )
    ).toContain('expected acme/widget');
  });
});

describe('tree walker', () => {
  it('walks dirs, files, globs and symlinks; refuses links that leave their root', async () => {
    await initBlake3();
    const sb = sandbox();
    writeFileSync(join(sb.workspace, 'x.log'), 'log');
    const { roots, entries, missing } = walkPaths(['deps', '*.log', 'nope'], sb.workspace);
    expect(roots.map((r) => r.base)).toEqual(['dir', 'glob', 'dir']);
    expect(missing).toEqual(['nope']);
    expect(entries.map((e) => `${e.root}/${e.path}:${e.type}`)).toEqual([
      '0/a.txt:file',
      '0/link:symlink',
      '0/sub:dir',
      '0/sub/b.bin:file',
      '1/x.log:file'
    ]);
    expect(hashEntries(entries)).toBe(6 + 70_000 + 3);
    expect(entries[0].blake3).toBe(blake3Hex(Buffer.from('alpha\n')));
    symlinkSync('/etc/passwd', join(sb.workspace, 'deps', 'bad'));
    expect(() => walkPaths(['deps'], sb.workspace)).toThrow('outside the cache path');
  });
});

describe('gate in-process', () => {
  const key = newKey();
  it('a PR restores its own tier, and a trusted entry, but its own saves never reach the trusted tier', async () => {
    const sb = sandbox();
    const pr = prEnv(sb.root, 7, false);
    const saved = await runInProcess(sb, pr, {
      operation: 'save',
      path: 'deps',
      key: 'k',
      'signing-key': key.privatePem
    });
    expectValidResult(saved);
    expect(saved.evidence).toMatchObject({ tier: 'pr-7', stored: 'saved' });
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    // The release job does not see it at all (miss, not a quarantine).
    const rel = await runInProcess(sb, PUSH_MAIN, {
      operation: 'restore',
      path: 'deps',
      key: 'k',
      'verify-key': key.publicPem
    });
    expect(rel.outputs).toMatchObject({ 'cache-hit': 'false', quarantined: 'false' });
    expect(rel.evidence).toMatchObject({ tiersRead: ['trusted'] });
    const own = await runInProcess(sb, pr, {
      operation: 'restore',
      path: 'deps',
      key: 'k',
      'verify-key': key.publicPem
    });
    expect(own.outputs).toMatchObject({ 'cache-hit': 'true', quarantined: 'false' });
    expect(readFileSync(join(sb.workspace, 'deps', 'a.txt'), 'utf8')).toBe('alpha\n');
    // Another PR sees nothing.
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const other = await runInProcess(sb, prEnv(sb.root, 8, false), {
      operation: 'restore',
      path: 'deps',
      key: 'k',
      'verify-key': key.publicPem
    });
    expect(other.outputs['cache-hit']).toBe('false');
    expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
  });

  it('a PR falls back to the trusted tier', async () => {
    const sb = sandbox();
    await runInProcess(sb, PUSH_MAIN, {
      operation: 'save',
      path: 'deps',
      key: 'k',
      'signing-key': key.privatePem
    });
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const r = await runInProcess(sb, prEnv(sb.root, 3, true), {
      operation: 'restore',
      path: 'deps',
      key: 'k',
      'verify-key': key.publicPem
    });
    expect(r.outputs['cache-hit']).toBe('true');
    expect(r.evidence).toMatchObject({ tier: 'trusted', tiersRead: ['fork-pr-3', 'trusted'] });
  });

  it('bad inputs are errors that name the input', async () => {
    const sb = sandbox();
    const noKey = await runInProcess(sb, PUSH_MAIN, { operation: 'save', path: 'deps', key: 'k' });
    expect(noKey.verdict).toBe('error');
    expect(noKey.findings[0].message).toContain("input 'signing-key'");
    const badKey = await runInProcess(sb, PUSH_MAIN, {
      operation: 'save',
      path: 'deps',
      key: 'k',
      'signing-key': 'not a key'
    });
    expect(badKey.findings[0].message).toContain("input 'signing-key'");
    expect(badKey.findings[0].message).toContain('expected a PEM key');
    const badTrust = await runInProcess(sb, PUSH_MAIN, {
      operation: 'restore',
      path: 'deps',
      key: 'k',
      trust: 'garbage',
      'verify-key': key.publicPem
    });
    expect(badTrust.findings[0].message).toContain("input 'trust'");
    const comma = await runInProcess(sb, PUSH_MAIN, {
      operation: 'restore',
      path: 'deps',
      key: 'a,b',
      'verify-key': key.publicPem
    });
    expect(comma.findings[0].message).toContain("input 'key'");
    // A secret never appears in the result.
    expect(JSON.stringify(noKey)).not.toContain('PRIVATE KEY');
  });
});
