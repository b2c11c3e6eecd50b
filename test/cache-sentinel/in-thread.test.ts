/**
 * The in-thread path for small payloads (src/cache/in-thread.ts) against the worker path: the
 * same hostile archives are refused the same way by both, the stored bytes of both writers
 * decompress to the same tar, and an archive written by either restores through the other.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createZstdCompress, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { extractVerified, Rejection } from '../../src/cache/extract.js';
import {
  IN_THREAD_BYTES,
  setInThreadLimit,
  tarBound,
  zstdFrameLength
} from '../../src/cache/in-thread.js';
import { writePayload } from '../../src/cache/payload.js';
import { setEngineSteps } from '../../src/cache/zstd-worker.js';
import { blake3Hex, initBlake3 } from '../../src/hashing/blake3.js';
import {
  MANIFEST_SCHEMA,
  type CacheManifest,
  type ManifestEntry
} from '../../src/hashing/manifest.js';
import { toManifestEntries, walkPaths } from '../../src/hashing/tree.js';
import { tarOf, type ForgedMember } from './fixtures.js';

beforeAll(async () => {
  expect(await initBlake3('native')).toBe('native');
});
afterEach(() => {
  setInThreadLimit(IN_THREAD_BYTES);
  setEngineSteps(true);
});

/**
 * The restore and save paths: 'in-thread' (the default limit) and 'worker' (limit below 0), the
 * worker driving zstd in engine steps (the default) or through the zlib stream (its fallback).
 */
const PATHS = [
  ['in-thread', IN_THREAD_BYTES, true],
  ['worker', -1, true],
  ['worker, zlib stream', -1, false]
] as const;

function usePath(limit: number, steps: boolean): void {
  setInThreadLimit(limit);
  setEngineSteps(steps);
}

function manifestFor(entries: ManifestEntry[], stored: Buffer): CacheManifest {
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
    entries
  };
}

function entriesOf(members: ForgedMember[]): ManifestEntry[] {
  return members.map((m): ManifestEntry => {
    const path = m.name.replace(/^\d+\//, '');
    if (m.type === 'directory') return { root: 0, path, type: 'dir', size: 0, mode: 0o755 };
    const buf = Buffer.from(m.content ?? '');
    return { root: 0, path, type: 'file', size: buf.length, mode: 0o644, blake3: blake3Hex(buf) };
  });
}

async function tarBytes(members: ForgedMember[]): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-inthread-tar-'));
  await tarOf(members, join(dir, 't.tar'));
  const bytes = readFileSync(join(dir, 't.tar'));
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}

/** Restore `stored` against `manifest` into a fresh staging folder; the rejection or the stats. */
async function restore(
  stored: Buffer,
  manifest: CacheManifest
): Promise<{ reason?: string; staging: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-inthread-'));
  const file = join(dir, 'payload.tar');
  writeFileSync(file, stored);
  const staging = join(dir, 'staging');
  const fd = openSync(file, 'r');
  try {
    await extractVerified(fd, manifest, staging);
    return { staging };
  } catch (err) {
    if (!(err instanceof Rejection)) throw err;
    return { reason: err.reason, staging };
  } finally {
    closeSync(fd);
  }
}

const good: ForgedMember[] = [
  { name: '0/a.txt', content: 'alpha\n' },
  { name: '0/sub', type: 'directory' },
  { name: '0/sub/b.bin', content: randomBytes(300_000) }
];

describe('zstd frame walker', () => {
  it('measures one frame exactly, from the one-shot and the streaming compressor', async () => {
    const data = Buffer.concat([randomBytes(500_000), Buffer.alloc(2_000_000, 7)]);
    const one = zstdCompressSync(data);
    expect(zstdFrameLength(one)).toBe(one.length);
    const z = createZstdCompress();
    const parts: Buffer[] = [];
    z.on('data', (c: Buffer) => parts.push(c));
    const ended = new Promise((r) => z.on('end', r));
    z.end(data);
    await ended;
    const streamed = Buffer.concat(parts);
    expect(zstdFrameLength(streamed)).toBe(streamed.length);
  });

  it('ends at the first frame of two, and refuses cut, garbled or non-zstd bytes', () => {
    const a = zstdCompressSync(Buffer.from('hello'.repeat(100)));
    const b = zstdCompressSync(Buffer.from('world'));
    expect(zstdFrameLength(Buffer.concat([a, b]))).toBe(a.length);
    expect(zstdFrameLength(Buffer.concat([a, Buffer.from('junk')]))).toBe(a.length);
    expect(zstdFrameLength(a.subarray(0, a.length - 1))).toBe(-1);
    expect(zstdFrameLength(Buffer.from('not zstd at all'))).toBe(-1);
    // A skippable frame (magic 0x184D2A50) is not a zstd frame here.
    const skip = Buffer.alloc(12);
    skip.writeUInt32LE(0x184d2a50, 0);
    skip.writeUInt32LE(4, 4);
    expect(zstdFrameLength(Buffer.concat([skip, a]))).toBe(-1);
  });

  it('bounds the tar above what the manifest describes', async () => {
    const tar = await tarBytes(good);
    const m = manifestFor(entriesOf(good), Buffer.alloc(0));
    expect(tarBound(m)).toBeGreaterThanOrEqual(tar.length);
    expect(tarBound(m)).toBeLessThan(tar.length + 128 * 1024);
  });
});

describe.each(PATHS)('hostile payloads, restore path: %s', (_name, limit, steps) => {
  const refuses = async (stored: Buffer, entries: ManifestEntry[], reason: string) => {
    usePath(limit, steps);
    const r = await restore(stored, manifestFor(entries, stored));
    expect(r.reason).toBe(reason);
    return r;
  };

  it('restores the honest payload (the control)', async () => {
    usePath(limit, steps);
    const stored = zstdCompressSync(await tarBytes(good));
    const r = await restore(stored, manifestFor(entriesOf(good), stored));
    expect(r.reason).toBeUndefined();
    expect(readFileSync(join(r.staging, '0', 'sub', 'b.bin'))).toEqual(good[2].content);
  });

  it('a member climbing out with ..', async () => {
    const members = [...good, { name: '0/../evil', content: 'x' }];
    await refuses(zstdCompressSync(await tarBytes(members)), entriesOf(good), 'path-traversal');
  });

  it('a file whose bytes are not the signed digest', async () => {
    const entries = entriesOf(good);
    entries[0].blake3 = blake3Hex(Buffer.from('other\n'));
    await refuses(zstdCompressSync(await tarBytes(good)), entries, 'digest-mismatch');
  });

  it('a compressed bomb: a member far larger than its manifest entry', async () => {
    const members = [...good, { name: '0/bomb', content: Buffer.alloc(32 * 1024 * 1024) }];
    const entries = entriesOf(members);
    const bomb = entries.find((e) => e.path === 'bomb')!;
    bomb.size = 4;
    bomb.blake3 = blake3Hex(Buffer.alloc(4));
    const stored = zstdCompressSync(await tarBytes(members));
    expect(stored.length).toBeLessThan(IN_THREAD_BYTES); // small stored, huge inflated
    await refuses(stored, entries, 'size-mismatch');
  });

  it('a garbled zstd stream', async () => {
    const c = zstdCompressSync(await tarBytes(good));
    const garbled = Buffer.concat([c.subarray(0, 6), Buffer.alloc(c.length - 6, 0xff)]);
    await refuses(garbled, entriesOf(good), 'corrupt-archive');
  });

  it('a zstd stream cut in half', async () => {
    const c = zstdCompressSync(await tarBytes(good));
    await refuses(c.subarray(0, Math.floor(c.length / 2)), entriesOf(good), 'corrupt-archive');
  });

  it('the tar split over two zstd frames is refused, not restored in part', async () => {
    const tar = await tarBytes(good);
    const cut = 1024;
    const two = Buffer.concat([
      zstdCompressSync(tar.subarray(0, cut)),
      zstdCompressSync(tar.subarray(cut))
    ]);
    const r = await refuses(two, entriesOf(good), 'corrupt-archive');
    expect(() => readFileSync(join(r.staging, '0', 'sub', 'b.bin'))).toThrow();
  });

  it('stored bytes that are not the signed ones', async () => {
    usePath(limit, steps);
    const stored = zstdCompressSync(await tarBytes(good));
    const m = manifestFor(entriesOf(good), stored);
    const swapped = Buffer.concat([stored.subarray(0, 6), Buffer.alloc(stored.length - 6, 0xff)]);
    expect((await restore(swapped, m)).reason).toBe('archive-digest-mismatch');
    const longer = Buffer.concat([stored, Buffer.from('trailing')]);
    expect((await restore(longer, m)).reason).toBe('archive-size-mismatch');
  });

  it('a signed payload with a second frame or garbage after the tar is refused', async () => {
    const tar = await tarBytes(good);
    for (const extra of [zstdCompressSync(Buffer.from('more')), Buffer.from('garbage!')]) {
      const stored = Buffer.concat([zstdCompressSync(tar), extra]);
      await refuses(stored, entriesOf(good), 'corrupt-archive');
    }
  });

  it('a signed payload cut short by one byte is refused', async () => {
    const c = zstdCompressSync(await tarBytes(good));
    await refuses(c.subarray(0, c.length - 1), entriesOf(good), 'corrupt-archive');
  });
});

describe('writers: in-thread and worker', () => {
  function tree(): string {
    const root = mkdtempSync(join(tmpdir(), 'cs-inthread-tree-'));
    const deps = join(root, 'deps');
    mkdirSync(join(deps, 'd'), { recursive: true });
    writeFileSync(join(deps, 'small.txt'), 'cached\n'.repeat(100));
    writeFileSync(join(deps, 'd', 'random.bin'), randomBytes(1_300_000));
    writeFileSync(join(deps, 'd', 'zeros.bin'), Buffer.alloc(900_000));
    writeFileSync(join(deps, 'exec.sh'), '#!/bin/sh\n', { mode: 0o755 });
    return root;
  }

  it('store one frame each that decompresses to the same tar, and each restores through both paths', async () => {
    const root = tree();
    // All in-thread; the worker from the first batch; held batches handed to the worker.
    const writers = [IN_THREAD_BYTES, -1, 1_100_000];
    const stored: { bytes: Buffer; manifest: CacheManifest }[] = [];
    for (const [i, limit] of writers.entries()) {
      setInThreadLimit(limit);
      const { entries } = walkPaths(['deps'], root);
      const file = join(root, `payload-${i}.tar`);
      const archive = await writePayload(entries, file, 'zstd');
      const bytes = readFileSync(file);
      expect(archive.size).toBe(bytes.length);
      expect(archive.blake3).toBe(blake3Hex(bytes));
      expect(zstdFrameLength(bytes)).toBe(bytes.length);
      stored.push({ bytes, manifest: manifestFor(toManifestEntries(entries), bytes) });
    }
    const tars = stored.map((s) => zstdDecompressSync(s.bytes));
    expect(tars[0].length).toBeGreaterThan(2_100_000);
    expect(tars[1]).toEqual(tars[0]);
    expect(tars[2]).toEqual(tars[0]);
    for (const s of stored) {
      for (const [, limit, steps] of PATHS) {
        usePath(limit, steps);
        const r = await restore(s.bytes, s.manifest);
        expect(r.reason).toBeUndefined();
        expect(readFileSync(join(r.staging, '0', 'd', 'random.bin'))).toEqual(
          readFileSync(join(root, 'deps', 'd', 'random.bin'))
        );
        expect(readFileSync(join(r.staging, '0', 'small.txt'), 'utf8')).toBe(
          'cached\n'.repeat(100)
        );
      }
    }
    rmSync(root, { recursive: true, force: true });
  }, 180_000);
});
