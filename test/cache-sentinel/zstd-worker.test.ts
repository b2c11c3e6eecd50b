/** The zstd worker ring: round trips, stored digests, corrupt input and stopping mid-stream. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { SLOT_BYTES, SLOTS, ZstdPipe } from '../../src/cache/zstd-worker.js';
import { blake3Hex, blake3NativePath, initBlake3 } from '../../src/hashing/blake3.js';
import { newKey, PUSH_MAIN, runInProcess, sandbox } from './fixtures.js';

let native: string;
beforeAll(async () => {
  expect(await initBlake3('native')).toBe('native');
  native = blake3NativePath()!;
  expect(native).toMatch(/\.node$/);
});

/** 3.5 slot rings of mixed data: compressible text, random bytes, zeros. */
function sample(): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; parts.reduce((n, p) => n + p.length, 0) < SLOTS * SLOT_BYTES * 3.5; i++)
    parts.push(
      i % 3 === 0
        ? Buffer.from(`line ${i} `.repeat(5000))
        : i % 3 === 1
          ? randomBytes(300_000)
          : Buffer.alloc(200_000)
    );
  return Buffer.concat(parts);
}

function compressThroughRing(
  data: Buffer,
  file: string,
  idle?: () => boolean
): { size: number; blake3: string; stepped: boolean } {
  const fd = openSync(file, 'w');
  const pipe = ZstdPipe.compressor(fd, 3, native);
  pipe.idle = idle;
  try {
    let slot = pipe.first();
    let at = 0;
    while (at < data.length) {
      const n = Math.min(slot.length, data.length - at, 700_001);
      data.copy(slot, 0, at, at + n);
      at += n;
      slot = pipe.put(n);
    }
    return { ...pipe.end(), stepped: pipe.stepped() };
  } finally {
    closeSync(fd);
  }
}

describe('zstd worker ring', () => {
  it('compresses what the slots carry into one zstd stream and reports its size and BLAKE3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-zw-'));
    const data = sample();
    const file = join(dir, 'a.zst');
    const r = compressThroughRing(data, file);
    const stored = readFileSync(file);
    // This Node's zlib engine is driven in synchronous steps on the worker (the fast path).
    expect(r.stepped).toBe(true);
    expect(r.size).toBe(stored.length);
    expect(r.blake3).toBe(blake3Hex(stored));
    expect(zstdDecompressSync(stored).equals(data)).toBe(true);

    // And back: the decompressor hands out the original bytes and the stored digest.
    const fd = openSync(file, 'r');
    const pipe = ZstdPipe.decompressor(fd, native);
    const pieces: Buffer[] = [];
    try {
      for (let p = pipe.next(); p; p = pipe.next()) pieces.push(Buffer.from(p));
      expect(pipe.results()).toEqual({ size: r.size, blake3: r.blake3 });
    } finally {
      await pipe.close();
      closeSync(fd);
    }
    expect(Buffer.concat(pieces).equals(data)).toBe(true);
  });

  it('with the portable hasher only, save writes one zstd stream and restore reads it back', async () => {
    const sb = sandbox();
    writeFileSync(join(sb.workspace, 'deps', 'big.bin'), randomBytes(3 * SLOT_BYTES + 11));
    const key = newKey();
    try {
      expect(await initBlake3('wasm')).toBe('wasm');
      const saved = await runInProcess(sb, PUSH_MAIN, {
        operation: 'save',
        path: 'deps',
        key: 'w1',
        'signing-key': key.privatePem
      });
      expect(saved.verdict).toBe('pass');
      const before = readFileSync(join(sb.workspace, 'deps', 'big.bin'));
      rmSync(join(sb.workspace, 'deps'), { recursive: true });
      const restored = await runInProcess(sb, PUSH_MAIN, {
        operation: 'restore',
        path: 'deps',
        key: 'w1',
        'signing-key': key.privatePem
      });
      expect(restored.verdict).toBe('pass');
      expect(readFileSync(join(sb.workspace, 'deps', 'big.bin')).equals(before)).toBe(true);
      // One frame: the whole stored payload decompresses in one go to the tar.
      const [entry] = readdirSync(sb.store).filter((d) => /^[0-9a-f]{64}$/.test(d));
      const tar = zstdDecompressSync(readFileSync(join(sb.store, entry, 'payload.tar')));
      expect(tar.length % 512).toBe(0);
    } finally {
      await initBlake3('native');
    }
  });

  it('a garbled stream is an error from next(), not a hang or a short read taken as whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-zw-'));
    const good = zstdCompressSync(sample());
    const file = join(dir, 'bad.zst');
    writeFileSync(
      file,
      Buffer.concat([good.subarray(0, 4096), Buffer.alloc(good.length - 4096, 0x5a)])
    );
    const fd = openSync(file, 'r');
    const pipe = ZstdPipe.decompressor(fd, native);
    try {
      expect(() => {
        for (let p = pipe.next(); p; p = pipe.next());
      }).toThrow(/^zstd: /);
    } finally {
      await pipe.close();
      closeSync(fd);
    }
  });

  it('while the ring is full, idle work runs instead of waiting, until it has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-zw-'));
    const data = randomBytes(SLOTS * SLOT_BYTES * 4);
    let calls = 0;
    let budget = 50;
    const r = compressThroughRing(data, join(dir, 'a.zst'), () => {
      calls++;
      return --budget > 0;
    });
    // Random bytes compress slower than they are copied in: the ring filled up.
    expect(calls).toBeGreaterThan(0);
    // After it says it has nothing left, a wait calls it once, not in a loop (48 puts here).
    expect(calls).toBeLessThan(50 + 48 + 10);
    const stored = readFileSync(join(dir, 'a.zst'));
    expect(r.blake3).toBe(blake3Hex(stored));
    expect(zstdDecompressSync(stored).equals(data)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('close() mid-stream stops the worker before the descriptor is released', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-zw-'));
    const file = join(dir, 'partial.zst');
    const fd = openSync(file, 'w');
    const pipe = ZstdPipe.compressor(fd, 3, native);
    let slot = pipe.first();
    for (let i = 0; i < SLOTS + 2; i++) {
      randomBytes(slot.length).copy(slot);
      slot = pipe.put(slot.length);
    }
    await pipe.close();
    const size = statSync(file).size;
    await new Promise((r) => setTimeout(r, 200));
    expect(statSync(file).size).toBe(size);
    closeSync(fd);
  });
});
