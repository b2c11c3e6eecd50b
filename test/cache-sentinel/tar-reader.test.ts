/** The restore's tar reader: reads what tar-stream and GNU tar write, refuses what it must not guess at. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tarStream from 'tar-stream';
import { TarFormatError, TarReader, type TarMember } from '../../src/cache/tar-reader.js';

interface Seen extends TarMember {
  data: string;
}

/** Feed `tar` in pieces of `step` bytes; returns the members with their data. */
function read(tar: Buffer, step = tar.length): Seen[] {
  const seen: Seen[] = [];
  const r = new TarReader({
    entry: (h) => void seen.push({ ...h, data: '' }),
    data: (p) => void (seen[seen.length - 1].data += p.toString('latin1')),
    end: () => undefined
  });
  for (let i = 0; i < tar.length; i += step) r.push(tar.subarray(i, i + step));
  r.finish();
  return seen;
}

async function packed(
  members: {
    name: string;
    type?: 'file' | 'directory' | 'symlink' | 'link' | 'fifo';
    content?: string;
    linkname?: string;
  }[]
): Promise<Buffer> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => void chunks.push(c as Buffer));
  const done = new Promise<void>((r) => pack.on('end', () => r()));
  for (const m of members) {
    const body = Buffer.from(m.content ?? '');
    pack.entry(
      { name: m.name, type: m.type ?? 'file', size: body.length, linkname: m.linkname },
      body
    );
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

const long = `0/${'a'.repeat(120)}/${'b'.repeat(150)}.txt`;

describe('TarReader', () => {
  it('reads names, types, link targets and data, whatever the chunk boundaries', async () => {
    const tar = await packed([
      { name: '0/dir', type: 'directory' },
      { name: '0/dir/a.txt', content: 'alpha\n'.repeat(200) },
      { name: long, content: 'long name' },
      { name: '0/ln', type: 'symlink', linkname: 'x'.repeat(130) },
      { name: '0/hard', type: 'link', linkname: '/etc/passwd' },
      { name: '0/pipe', type: 'fifo' }
    ]);
    const want = [
      ['0/dir', 'directory', 0, ''],
      ['0/dir/a.txt', 'file', 1200, 'alpha\n'.repeat(200)],
      [long, 'file', 9, 'long name'],
      ['0/ln', 'symlink', 0, ''],
      ['0/hard', 'link', 0, ''],
      ['0/pipe', 'fifo', 0, '']
    ];
    for (const step of [tar.length, 1 << 16, 511, 513, 7, 1]) {
      const seen = read(tar, step);
      expect(seen.map((s) => [s.name, s.type, s.size, s.data])).toEqual(want);
      expect(seen[3].linkname).toBe('x'.repeat(130));
      expect(seen[4].linkname).toBe('/etc/passwd');
    }
  });

  it('reads what GNU tar writes (ustar prefix and PAX for long names)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-tar-reader-'));
    try {
      const deep = join(dir, '0', 'p'.repeat(60), 'q'.repeat(60));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'r'.repeat(80)), 'deep\n');
      symlinkSync('r'.repeat(80), join(dir, '0', 'link'));
      for (const format of ['posix', 'ustar']) {
        const tar = execFileSync('tar', [`--format=${format}`, '-C', dir, '-cf', '-', '0']);
        const seen = read(tar, 4096);
        const file = seen.find((s) => s.type === 'file')!;
        expect(file.name).toBe(`0/${'p'.repeat(60)}/${'q'.repeat(60)}/${'r'.repeat(80)}`);
        expect(file.data).toBe('deep\n');
        expect(seen.find((s) => s.type === 'symlink')?.linkname).toBe('r'.repeat(80));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad checksum, a truncated archive, a missing end and global PAX headers', async () => {
    const tar = await packed([{ name: '0/a.txt', content: 'alpha\n' }]);
    const bad = Buffer.from(tar);
    bad[10] ^= 1;
    expect(() => read(bad)).toThrow(/checksum/);
    expect(() => read(tar.subarray(0, 700))).toThrow(TarFormatError);
    expect(() => read(tar.subarray(0, 512))).toThrow(/ends inside a member/);
    expect(() => read(tar.subarray(0, 1024))).toThrow(/no end-of-archive/);
    const dir = mkdtempSync(join(tmpdir(), 'cs-tar-reader-'));
    try {
      mkdirSync(join(dir, '0'));
      writeFileSync(join(dir, '0', 'a'), 'a');
      const g = execFileSync('tar', [
        '--format=posix',
        '--pax-option=comment=x',
        '-C',
        dir,
        '-cf',
        '-',
        '0'
      ]);
      expect(g.includes(Buffer.from('comment=x'))).toBe(true);
      expect(() => read(g)).toThrow(/global PAX/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
