/**
 * The payload writer's read-ahead (src/cache/payload.ts): while a large file's batches wait for
 * the zstd worker, the small files after it are opened, checked, read and hashed ahead into an
 * arena. The archive must be the same tar as without it, each file's digest right, and a file
 * swapped after the walk refused there as in its turn.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zstdDecompressSync } from 'node:zlib';
import { extractVerified } from '../../src/cache/extract.js';
import { IN_THREAD_BYTES, setInThreadLimit, zstdFrameLength } from '../../src/cache/in-thread.js';
import { lastPayload, writePayload } from '../../src/cache/payload.js';
import { blake3Hex, initBlake3 } from '../../src/hashing/blake3.js';
import { MANIFEST_SCHEMA, type CacheManifest } from '../../src/hashing/manifest.js';
import {
  toManifestEntries,
  walkEntries,
  walkPaths,
  type WalkedEntry
} from '../../src/hashing/tree.js';

beforeAll(async () => {
  expect(await initBlake3('native')).toBe('native');
});
afterEach(() => {
  setInThreadLimit(IN_THREAD_BYTES);
});

const SMALL = 600;

/** A large random file first (the worker is slow on it), then many small files, some empty. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'cs-readahead-'));
  const deps = join(root, 'deps');
  mkdirSync(join(deps, 'a-large'), { recursive: true });
  writeFileSync(join(deps, 'a-large', 'big.bin'), randomBytes(40 << 20));
  mkdirSync(join(deps, 'b-small'), { recursive: true });
  for (let i = 0; i < SMALL; i++)
    writeFileSync(
      join(deps, 'b-small', `f${String(i).padStart(4, '0')}.txt`),
      i % 50 === 0 ? '' : `${i} `.repeat(1 + ((i * 37) % 3000)),
      { mode: i % 7 === 0 ? 0o755 : 0o644 }
    );
  return root;
}

function manifestFor(entries: WalkedEntry[], stored: Buffer): CacheManifest {
  return {
    schema: MANIFEST_SCHEMA,
    key: 'k',
    tier: 'trusted',
    event: 'push',
    ref: 'refs/heads/main',
    repository: 'acme/widget',
    runId: '1',
    sha: 'c'.repeat(40),
    createdAt: new Date(0).toISOString(),
    roots: [{ spec: 'deps', base: 'dir' }],
    archive: { blake3: blake3Hex(stored), size: stored.length, compression: 'zstd' },
    entries: toManifestEntries(entries)
  };
}

describe('payload read-ahead', () => {
  it('reads small files ahead of a large one and writes the same tar, digests and modes', async () => {
    const root = tree();
    setInThreadLimit(-1); // the worker from the first batch
    const { entries } = walkPaths(['deps'], root);
    const file = join(root, 'payload.tar');
    const archive = await writePayload(entries, file, 'zstd');
    // The 40 MiB file fills the ring long before the worker is through it.
    expect(lastPayload.readAhead).toBeGreaterThan(0);
    const stored = readFileSync(file);
    expect(archive.size).toBe(stored.length);
    expect(archive.blake3).toBe(blake3Hex(stored));
    expect(zstdFrameLength(stored)).toBe(stored.length);
    for (const e of entries.filter((x) => x.type === 'file')) {
      const bytes = readFileSync(e.abs);
      expect([e.path, e.size, e.blake3, e.mode]).toEqual([
        e.path,
        bytes.length,
        blake3Hex(bytes),
        statSync(e.abs).mode & 0o777
      ]);
    }

    // The same tar as the in-thread writer makes (no worker, so nothing read ahead).
    setInThreadLimit(1 << 30);
    const again = walkPaths(['deps'], root).entries;
    await writePayload(again, join(root, 'plain.zst'), 'zstd');
    expect(lastPayload.readAhead).toBe(0);
    const tar = zstdDecompressSync(stored);
    expect(tar.equals(zstdDecompressSync(readFileSync(join(root, 'plain.zst'))))).toBe(true);
    expect(toManifestEntries(again)).toEqual(toManifestEntries(entries));

    // GNU tar reads it back byte for byte, modes too.
    writeFileSync(join(root, 'plain.tar'), tar);
    const out = join(root, 'out');
    mkdirSync(out);
    execFileSync('tar', ['-xf', join(root, 'plain.tar'), '-C', out]);
    for (const i of [1, 7, 50, SMALL - 1]) {
      const name = `b-small/f${String(i).padStart(4, '0')}.txt`;
      expect(readFileSync(join(out, '0', name), 'utf8')).toBe(
        readFileSync(join(root, 'deps', name), 'utf8')
      );
      expect(statSync(join(out, '0', name)).mode & 0o777).toBe(i % 7 === 0 ? 0o755 : 0o644);
    }

    // And the verified restore takes it.
    setInThreadLimit(-1);
    const staging = join(root, 'staging');
    const fd = openSync(file, 'r');
    try {
      await extractVerified(fd, manifestFor(entries, stored), staging);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(join(staging, '0', 'b-small', 'f0001.txt'), 'utf8')).toBe('1 '.repeat(38));
    const big = readFileSync(join(staging, '0', 'a-large', 'big.bin'));
    expect(big.equals(readFileSync(join(root, 'deps', 'a-large', 'big.bin')))).toBe(true);
    rmSync(root, { recursive: true, force: true });
  }, 120_000);

  it('takes entries from a lazy walk ahead of their turn and hands each to onEntry in walk order', async () => {
    const root = tree();
    setInThreadLimit(-1);
    const seen: WalkedEntry[] = [];
    const plan = walkEntries(['deps'], root);
    await writePayload(plan.entries, join(root, 'payload.tar'), 'zstd', (e) => {
      // Each entry is complete when it is handed on (a file's digest filled in).
      if (e.type === 'file') expect(e.blake3).toBe(blake3Hex(readFileSync(e.abs)));
      seen.push(e);
    });
    expect(lastPayload.readAhead).toBeGreaterThan(0);
    const order = walkPaths(['deps'], root).entries.map((e) => `${e.root}:${e.path}`);
    expect(seen.map((e) => `${e.root}:${e.path}`)).toEqual(order);
    rmSync(root, { recursive: true, force: true });
  }, 120_000);

  it.each([
    ['a symlink', /f0300\.txt cannot be read \(ELOOP\)/],
    ['a FIFO', /f0300\.txt is no longer a regular file/]
  ] as const)(
    'a small file swapped for %s after the walk is refused, read ahead or in its turn',
    async (kind, message) => {
      for (const limit of [-1, 1 << 30]) {
        const root = tree();
        setInThreadLimit(limit);
        const { entries } = walkPaths(['deps'], root);
        const victim = join(root, 'deps', 'b-small', 'f0300.txt');
        unlinkSync(victim);
        if (kind === 'a symlink') symlinkSync('f0001.txt', victim);
        else execFileSync('mkfifo', [victim]);
        await expect(writePayload(entries, join(root, 'payload.tar'), 'zstd')).rejects.toThrow(
          message
        );
        // With the worker, the read-ahead met it: every small file before it was read ahead.
        expect(lastPayload.readAhead).toBe(limit === -1 ? 300 : 0);
        rmSync(root, { recursive: true, force: true });
      }
    },
    120_000
  );
});
