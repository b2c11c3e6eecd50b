/** The payload writer: a tar GNU tar and tar-stream both read, zstd-compressed, round-tripped. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zstdDecompressSync } from 'node:zlib';
import { writePayload } from '../../src/cache/payload.js';
import { blake3Hex, initBlake3 } from '../../src/hashing/blake3.js';
import { parseAnyManifest } from '../../src/hashing/manifest.js';
import { walkPaths } from '../../src/hashing/tree.js';
import { newKey, PUSH_MAIN, runInProcess, sandbox } from './fixtures.js';

const longDir = 'd'.repeat(60) + '/' + 'e'.repeat(60);
const longName = `${longDir}/${'f'.repeat(90)}.txt`;

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'cs-payload-'));
  const deps = join(root, 'deps');
  mkdirSync(join(deps, longDir), { recursive: true });
  writeFileSync(join(deps, longName), 'long\n');
  writeFileSync(join(deps, 'empty'), '');
  writeFileSync(join(deps, 'big.bin'), Buffer.alloc(3 * 1024 * 1024 + 5, 9));
  writeFileSync(join(deps, 'exec.sh'), '#!/bin/sh\n', { mode: 0o755 });
  symlinkSync(longName, join(deps, 'to-long'));
  return root;
}

describe('payload writer', () => {
  it.each(['zstd', 'none'] as const)(
    '%s: GNU tar lists and extracts every member with names, links, sizes and modes',
    async (compression) => {
      await initBlake3();
      const root = tree();
      const { entries } = walkPaths(['deps'], root);
      const file = join(root, 'payload.tar');
      const archive = await writePayload(entries, file, compression);
      const stored = readFileSync(file);
      expect(archive.size).toBe(stored.length);
      expect(archive.blake3).toBe(blake3Hex(stored));
      const tarBytes = compression === 'zstd' ? zstdDecompressSync(stored) : stored;
      if (compression === 'zstd') expect(stored.subarray(0, 4).toString('hex')).toBe('28b52ffd');
      writeFileSync(join(root, 'plain.tar'), tarBytes);
      const out = join(root, 'out');
      mkdirSync(out);
      execFileSync('tar', ['-xf', join(root, 'plain.tar'), '-C', out]);
      expect(readFileSync(join(out, '0', longName), 'utf8')).toBe('long\n');
      expect(readlinkSync(join(out, '0', 'to-long'))).toBe(longName);
      expect(statSync(join(out, '0', 'big.bin')).size).toBe(3 * 1024 * 1024 + 5);
      expect(statSync(join(out, '0', 'exec.sh')).mode & 0o777).toBe(0o755);
      expect(statSync(join(out, '0', 'empty')).size).toBe(0);
      // Every file's digest was filled in while packing.
      for (const e of entries.filter((x) => x.type === 'file'))
        expect(e.blake3).toBe(blake3Hex(readFileSync(e.abs)));
      rmSync(root, { recursive: true, force: true });
    }
  );
});

describe('save and restore through the compressed store', () => {
  it('stores a zstd payload the signed manifest declares, and restores it byte for byte', async () => {
    const sb = sandbox();
    mkdirSync(join(sb.workspace, 'deps', longDir), { recursive: true });
    writeFileSync(join(sb.workspace, 'deps', longName), 'long\n');
    const key = newKey();
    const saved = await runInProcess(sb, PUSH_MAIN, {
      operation: 'save',
      path: 'deps',
      key: 'z1',
      'signing-key': key.privatePem
    });
    expect(saved.verdict).toBe('pass');
    const [entry] = readdirSync(sb.store).filter((d) => /^[0-9a-f]{64}$/.test(d));
    const manifest = parseAnyManifest(readFileSync(join(sb.store, entry, 'manifest.json')));
    expect(manifest.archive.compression).toBe('zstd');
    expect(
      readFileSync(join(sb.store, entry, 'payload.tar'))
        .subarray(0, 4)
        .toString('hex')
    ).toBe('28b52ffd');
    const before = createHash('sha256')
      .update(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin')))
      .digest('hex');
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const restored = await runInProcess(sb, PUSH_MAIN, {
      operation: 'restore',
      path: 'deps',
      key: 'z1',
      'signing-key': key.privatePem
    });
    expect(restored.verdict).toBe('pass');
    expect(restored.outputs['verified-files']).toBe('3');
    expect(readFileSync(join(sb.workspace, 'deps', longName), 'utf8')).toBe('long\n');
    expect(
      createHash('sha256')
        .update(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin')))
        .digest('hex')
    ).toBe(before);
    expect(readlinkSync(join(sb.workspace, 'deps', 'link'))).toBe('a.txt');
    // The staging area is empty again: the tree was moved, not copied.
    expect(readdirSync(join(sb.runnerTemp, 'ci-intel', 'cache-sentinel'))).toEqual([]);
  });
});
