/**
 * The zstd worker ring: round trips, stored digests, corrupt, cut and over-long input and
 * stopping mid-stream, through both ways the worker drives zstd (engine steps, zlib stream).
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
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
import { constants, createZstdCompress, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { zstdFrameLength } from '../../src/cache/in-thread.js';
import {
  newZstdFrameWalker,
  setEngineSteps,
  SLOT_BYTES,
  SLOTS,
  ZstdPipe
} from '../../src/cache/zstd-worker.js';
import { blake3Hex, blake3NativePath, initBlake3 } from '../../src/hashing/blake3.js';
import { newKey, PUSH_MAIN, runInProcess, sandbox } from './fixtures.js';

let native: string;
beforeAll(async () => {
  expect(await initBlake3('native')).toBe('native');
  native = blake3NativePath()!;
  expect(native).toMatch(/\.node$/);
});
afterEach(() => {
  setEngineSteps(true);
});

/**
 * A zstd frame written by hand: raw (stored) blocks of up to 128 KiB carrying `content`, so its
 * length and its blocks are exactly known.
 */
function rawFrame(content: Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58])]; // no size, 2 MiB window
  for (let at = 0; at < content.length || at === 0;) {
    const n = Math.min(128 * 1024, content.length - at);
    const last = at + n >= content.length ? 1 : 0;
    const bh = (n << 3) | last;
    parts.push(Buffer.from([bh & 0xff, (bh >> 8) & 0xff, bh >> 16]), content.subarray(at, at + n));
    at += n;
    if (n === 0) break;
  }
  return Buffer.concat(parts);
}

/** Where the contents of the frame's compressed blocks lie: [start, end) in `frame`. */
function compressedBlocks(frame: Buffer): [number, number][] {
  const fhd = frame[4];
  const single = (fhd >> 5) & 1;
  const fcs = fhd >> 6;
  let at = 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + (fcs === 0 ? single : [0, 2, 4, 8][fcs]);
  const found: [number, number][] = [];
  for (;;) {
    const bh = frame.readUIntLE(at, 3);
    const type = (bh >> 1) & 3;
    const size = type === 1 ? 1 : bh >>> 3;
    if (type === 2) found.push([at + 3, at + 3 + size]);
    at += 3 + size;
    if (bh & 1) break;
  }
  expect(found.length).toBeGreaterThan(0);
  return found;
}

/** A hand-made frame of exactly `length` bytes (to end it on a read boundary), and its content. */
function frameOfLength(length: number): { frame: Buffer; content: Buffer } {
  const blocks = Math.ceil((length - 6) / (128 * 1024 + 3));
  const content = randomBytes(length - 6 - 3 * blocks);
  const frame = rawFrame(content);
  expect(frame.length).toBe(length);
  return { frame, content };
}

/** Everything the decompressor hands out for `stored`, and its results; throws its error. */
async function decompressThroughRing(
  stored: Buffer
): Promise<{ data: Buffer; size: number; blake3: string; stepped: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-zw-'));
  const file = join(dir, 'a.zst');
  writeFileSync(file, stored);
  const fd = openSync(file, 'r');
  const pipe = ZstdPipe.decompressor(fd, native);
  const pieces: Buffer[] = [];
  try {
    for (let p = pipe.next(); p; p = pipe.next()) {
      expect(p.length).toBeGreaterThan(0);
      expect(p.length).toBeLessThanOrEqual(SLOT_BYTES);
      pieces.push(Buffer.from(p));
    }
    return { data: Buffer.concat(pieces), ...pipe.results(), stepped: pipe.stepped() };
  } finally {
    await pipe.close();
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The frame walker fed `buf` in pieces of `step` bytes: bytes taken, and done() after each. */
function walk(buf: Buffer, step: number): { taken: number; doneAt: number[] } {
  const w = newZstdFrameWalker();
  let taken = 0;
  const doneAt: number[] = [];
  for (let at = 0; at < buf.length; at += step) {
    const n = Math.min(step, buf.length - at);
    taken += w.take(buf, at, n);
    if (w.done()) doneAt.push(at + n);
  }
  return { taken, doneAt };
}

describe('the zstd frame walker of the worker', () => {
  it('finds the end of one frame fed in any pieces, with or without checksum and size', async () => {
    const text = Buffer.from('line of text '.repeat(40_000));
    const data = Buffer.concat([randomBytes(400_000), Buffer.alloc(700_000, 3), text]);
    const checked = zstdCompressSync(data, { params: { [constants.ZSTD_c_checksumFlag]: 1 } });
    const z = createZstdCompress();
    const parts: Buffer[] = [];
    z.on('data', (c: Buffer) => parts.push(c));
    const ended = new Promise((r) => z.on('end', r));
    z.end(data);
    await ended;
    const streamed = Buffer.concat(parts);
    const small = zstdCompressSync(Buffer.from('x'));
    const empty = rawFrame(Buffer.alloc(0));
    for (const frame of [zstdCompressSync(data), checked, streamed, small, empty, rawFrame(data)]) {
      expect(zstdFrameLength(frame)).toBe(frame.length);
      for (const step of [1, 3, 7, 4096, SLOT_BYTES, frame.length]) {
        const { taken, doneAt } = walk(frame, step);
        expect(taken).toBe(frame.length);
        // Done exactly when its last byte has been walked, not before.
        expect(doneAt[0]).toBe(frame.length);
      }
    }
  });

  it('takes only the frame of what follows it, and is not done with a frame cut short', () => {
    const a = zstdCompressSync(Buffer.concat([randomBytes(300_000), Buffer.alloc(200_000)]));
    for (const extra of [
      zstdCompressSync(Buffer.from('b')),
      Buffer.from('junk'),
      Buffer.alloc(1)
    ]) {
      for (const step of [1, 5000, a.length - 1, a.length, a.length + 1, SLOT_BYTES]) {
        const { taken, doneAt } = walk(Buffer.concat([a, extra]), step);
        expect(taken).toBe(a.length);
        expect(doneAt.length).toBeGreaterThan(0);
      }
    }
    for (const cut of [1, 4, 5, 6, 9, 1000, a.length - 1]) {
      const { taken, doneAt } = walk(a.subarray(0, cut), 777);
      expect(taken).toBe(cut);
      expect(doneAt).toEqual([]);
    }
  });

  it('refuses what no zstd frame starts or goes on with', () => {
    const w = () => newZstdFrameWalker();
    expect(() => w().take(Buffer.from('not zstd'), 0, 8)).toThrow(/bad magic number/);
    const skippable = Buffer.alloc(12);
    skippable.writeUInt32LE(0x184d2a50, 0);
    expect(() => w().take(skippable, 0, 12)).toThrow(/bad magic number/);
    const reserved = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x08, 0x58]);
    expect(() => w().take(reserved, 0, 6)).toThrow(/reserved bit/);
    const badBlock = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58, 0x07, 0x00, 0x00]);
    expect(() => w().take(badBlock, 0, 9)).toThrow(/reserved block type/);
  });
});

describe.each([
  ['engine steps', true],
  ['zlib stream', false]
] as const)('zstd worker ring, restore through %s', (_name, steps) => {
  const refused = async (stored: Buffer, why: RegExp) => {
    setEngineSteps(steps);
    await expect(decompressThroughRing(stored)).rejects.toThrow(why);
  };

  it('hands out the tar in slots, with the stored size and BLAKE3', async () => {
    setEngineSteps(steps);
    const data = sample();
    const stored = zstdCompressSync(data);
    const r = await decompressThroughRing(stored);
    expect(r.stepped).toBe(steps);
    expect(r.size).toBe(stored.length);
    expect(r.blake3).toBe(blake3Hex(stored));
    expect(r.data.equals(data)).toBe(true);
  });

  it('output that fills its last slot exactly, a frame ending on a read boundary, an empty frame', async () => {
    setEngineSteps(steps);
    const full = randomBytes(2 * SLOT_BYTES);
    for (const { frame, content } of [
      { frame: rawFrame(full), content: full },
      frameOfLength(SLOT_BYTES),
      frameOfLength(2 * SLOT_BYTES),
      { frame: rawFrame(Buffer.alloc(0)), content: Buffer.alloc(0) }
    ]) {
      const r = await decompressThroughRing(frame);
      expect(r.data.equals(content)).toBe(true);
      expect(r).toMatchObject({ size: frame.length, blake3: blake3Hex(frame), stepped: steps });
    }
  });

  it('bytes after the frame are an error, also when the frame ends on a read boundary', async () => {
    const a = zstdCompressSync(sample());
    const evil = zstdCompressSync(Buffer.from('a second frame'));
    await refused(Buffer.concat([a, evil]), /^zstd: the payload goes on after its zstd frame/);
    await refused(Buffer.concat([a, Buffer.from('junk')]), /goes on after its zstd frame/);
    // The frame's last byte is the last of a read: the next read holds only what follows.
    for (const length of [SLOT_BYTES, 3 * SLOT_BYTES]) {
      const { frame } = frameOfLength(length);
      await refused(Buffer.concat([frame, evil]), /goes on after its zstd frame ends \(at byte/);
      await refused(Buffer.concat([frame, Buffer.alloc(1)]), /goes on after its zstd frame/);
    }
  });

  it('a frame cut short is an error, wherever it is cut, and so is an empty payload', async () => {
    const a = zstdCompressSync(sample());
    for (const cut of [3, 5, 100, Math.floor(a.length / 2), a.length - 1])
      await refused(a.subarray(0, cut), /^zstd: the zstd frame is cut short/);
    const { frame } = frameOfLength(2 * SLOT_BYTES);
    await refused(frame.subarray(0, SLOT_BYTES), /cut short/);
    await refused(Buffer.alloc(0), /^zstd: the payload is empty/);
  });

  it('corrupt data is an error from next(), not a hang or a short read taken as whole', async () => {
    const good = zstdCompressSync(sample());
    const garbled = Buffer.concat([good.subarray(0, 4096), Buffer.alloc(good.length - 4096, 0x5a)]);
    await refused(garbled, /^zstd: /);
    await refused(Buffer.from('not zstd at all'), /^zstd: not a zstd frame/);
    // Block headers that hold together, compressed block contents that do not decode.
    const flipped = Buffer.from(good);
    for (const [from, to] of compressedBlocks(good)) flipped.fill(0xa5, from + 2, to);
    expect(zstdFrameLength(flipped)).toBe(flipped.length);
    await refused(flipped, /^zstd: /);
  });
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

  it('without the engine steps, save compresses through the zlib stream to the same kind of frame', () => {
    setEngineSteps(false);
    const dir = mkdtempSync(join(tmpdir(), 'cs-zw-'));
    const data = sample();
    const file = join(dir, 'a.zst');
    const r = compressThroughRing(data, file);
    const stored = readFileSync(file);
    expect(r.stepped).toBe(false);
    expect(r.size).toBe(stored.length);
    expect(r.blake3).toBe(blake3Hex(stored));
    expect(zstdFrameLength(stored)).toBe(stored.length);
    expect(zstdDecompressSync(stored).equals(data)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
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
