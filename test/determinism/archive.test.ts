/** src/archive: member listings of real archives, and hostile ones refused with a clear error. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, symlinkSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ArchiveError,
  DEFAULT_ARCHIVE_LIMITS,
  readArchive,
  type ArchiveListing
} from '../../src/archive/read-archive.js';
import { SHARED } from '../helpers/run-action.js';
import { python, scratch, sh, sourceTree } from './pairs.js';

const dir = scratch('det-archive-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const V = join(SHARED, 'vectors', 'determinism');
const read = (f: string, limits = DEFAULT_ARCHIVE_LIMITS): Promise<ArchiveListing | undefined> =>
  readArchive(f, limits, f);
const names = (l: ArchiveListing | undefined): string[] => (l?.entries ?? []).map((e) => e.name);

async function refused(
  f: string,
  reason: string,
  limits = DEFAULT_ARCHIVE_LIMITS
): Promise<ArchiveError> {
  const err = await read(f, limits).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(ArchiveError);
  expect((err as ArchiveError).reason).toBe(reason);
  return err as ArchiveError;
}

const src = sourceTree(join(dir, 'src'), 1700000000);
symlinkSync('x.so', join(src, 'lib', 'link'));

describe('readArchive on archives made with real tools', () => {
  it('tar, tar.gz and tar.zst (GNU tar, gzip, zstd): members, modes, owners, mtimes, links, digests', async () => {
    sh(
      'tar --sort=name --owner=0 --group=0 --numeric-owner -cf ../a.tar . && gzip -kn9 ../a.tar && zstd -q ../a.tar -o ../a.tar.zst',
      src
    );
    for (const [f, kind] of [
      ['a.tar', 'tar'],
      ['a.tar.gz', 'tar.gz'],
      ['a.tar.zst', 'tar.zst']
    ] as const) {
      const l = await read(join(dir, f));
      expect(l?.kind).toBe(kind);
      expect(names(l)).toEqual([
        './',
        './README.md',
        './lib/',
        './lib/RECORD',
        './lib/link',
        './lib/x.so'
      ]);
      const x = l!.entries.find((e) => e.name === './lib/x.so')!;
      expect(x).toMatchObject({
        type: 'file',
        size: 3000,
        mode: 0o755,
        uid: 0,
        gid: 0,
        mtime: 1700000000
      });
      expect(x.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(l!.entries.find((e) => e.name === './lib/link')).toMatchObject({
        type: 'symlink',
        linkname: 'x.so'
      });
    }
    // gzip -n: no name, mtime 0 in the wrapper header.
    expect((await read(join(dir, 'a.tar.gz')))?.wrapper).toMatchObject({ mtime: 0 });
  });

  it('zip (Info-ZIP), a python zipapp behind its shebang and a jmod behind its JM header', async () => {
    sh('zip -qr ../a.zip README.md lib', src);
    const z = await read(join(dir, 'a.zip'));
    expect(z?.kind).toBe('zip');
    expect(names(z).sort()).toEqual(['README.md', 'lib/', 'lib/RECORD', 'lib/link', 'lib/x.so']);
    expect(z!.entries.find((e) => e.name === 'lib/x.so')).toMatchObject({
      mode: 0o755,
      size: 3000
    });
    expect(z!.entries.find((e) => e.name === 'lib/x.so')!.extra?.map((x) => x.slice(0, 4))).toEqual(
      ['5455', '7875']
    );

    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', '__main__.py'), 'print("hi")\n');
    sh('python3 -m zipapp app -p "/usr/bin/env python3" -o app.pyz', dir);
    const pyz = await read(join(dir, 'app.pyz'));
    expect(pyz).toMatchObject({ kind: 'zip', prefixBytes: '#!/usr/bin/env python3\n'.length });
    expect(names(pyz)).toEqual(['__main__.py']);

    mkdirSync(join(dir, 'jsrc', 'p'), { recursive: true });
    writeFileSync(join(dir, 'jsrc', 'p', 'A.java'), 'package p; public class A {}\n');
    writeFileSync(join(dir, 'jsrc', 'module-info.java'), 'module p { exports p; }\n');
    sh(
      'javac -d classes jsrc/module-info.java jsrc/p/A.java && jmod create --class-path classes a.jmod',
      dir
    );
    const jmod = await read(join(dir, 'a.jmod'));
    expect(jmod).toMatchObject({ kind: 'zip', prefixBytes: 4 });
    expect(names(jmod)).toContain('classes/p/A.class');
  });

  it('ar (static library vector), plain gzip, and files that are no archive', async () => {
    const ar = await read(join(V, 'strip-nondeterminism', 'ar', 'one.a.in'));
    expect(ar?.kind).toBe('ar');
    expect(names(ar)).toEqual(['afile', 'bfile', 'cfile', 'dfile']);
    expect(ar!.entries[0]).toMatchObject({ uid: 501, gid: 501, mtime: 1425249797, mode: 0o600 });
    const long = await read(join(V, 'strip-nondeterminism', 'ar', 'longnames_symtab.a.in'));
    expect(names(long).some((n) => n.length > 15)).toBe(true);
    const gz = await read(
      join(V, 'strip-nondeterminism', 'gzip', 'vimoutliner_vo_readme_txt.gz.in')
    );
    expect(gz).toMatchObject({
      kind: 'gzip',
      wrapper: { name: 'vo_readme.txt', mtime: 1448671036 }
    });
    expect(await read(join(V, 'diffoscope', 'order1a.json'))).toBeUndefined();
    expect(await read(join(src, 'README.md'))).toBeUndefined();
  });

  it('a bzip2 or LZMA zip member (python zipfile) is hashed as stored, not refused', async () => {
    python(
      `import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('a.txt', b'hello' * 100, compress_type=zipfile.ZIP_BZIP2)
    z.writestr('b.txt', b'world' * 100, compress_type=zipfile.ZIP_LZMA)`,
      [join(dir, 'methods.zip')]
    );
    const l = await read(join(dir, 'methods.zip'));
    expect(l!.entries.map((e) => [e.name, e.method])).toEqual([
      ['a.txt', 12],
      ['b.txt', 14]
    ]);
    expect(l!.entries[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an encrypted zip member is hashed as stored, never decrypted', async () => {
    const l = await read(join(V, 'strip-nondeterminism', 'zip', 'encrypted.zip.in'));
    expect(l!.entries[0]).toMatchObject({ name: 'msg', encrypted: true });
  });
});

describe('readArchive on hostile archives', () => {
  it('refuses tar-slip and zip-slip member names (never extracted, still refused)', async () => {
    python(
      `import tarfile, io, sys
with tarfile.open(sys.argv[1], 'w') as t:
    for n in ['ok.txt', '../../etc/evil']:
        i = tarfile.TarInfo(n); i.size = 3; t.addfile(i, io.BytesIO(b'abc'))`,
      [join(dir, 'slip.tar')]
    );
    expect((await refused(join(dir, 'slip.tar'), 'unsafe-name')).message).toContain(
      "'../../etc/evil' climbs out"
    );
    python(
      `import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('/abs/evil', b'x')`,
      [join(dir, 'slip.zip')]
    );
    expect((await refused(join(dir, 'slip.zip'), 'unsafe-name')).message).toContain(
      'absolute path'
    );
    const ar = join(dir, 'slip.a');
    writeFileSync(
      ar,
      '!<arch>\n' +
        '../evil/'.padEnd(16) +
        '0'.padEnd(12) +
        '0'.padEnd(6) +
        '0'.padEnd(6) +
        '644'.padEnd(8) +
        '2'.padEnd(10) +
        '`\nhi'
    );
    await refused(ar, 'unsafe-name');
  });

  it('bounds inflated bytes (a zip bomb, a gzip bomb) and member counts', async () => {
    python(
      `import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('zeros', b'\\0' * (64 << 20))`,
      [join(dir, 'bomb.zip')]
    );
    expect(statSync(join(dir, 'bomb.zip')).size).toBeLessThan(200_000);
    const small = { maxEntries: 1000, maxBytes: 1 << 20 };
    expect((await refused(join(dir, 'bomb.zip'), 'too-large', small)).message).toContain(
      'max-archive-bytes'
    );
    sh(
      'head -c 67108864 /dev/zero > zeros && tar -cf - zeros | gzip -1 > bomb.tar.gz && rm zeros',
      dir
    );
    await refused(join(dir, 'bomb.tar.gz'), 'too-large', small);
    python(
      `import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    for i in range(50): z.writestr('f%d' % i, b'x')`,
      [join(dir, 'many.zip')]
    );
    await refused(join(dir, 'many.zip'), 'too-many-entries', { maxEntries: 10, maxBytes: 1 << 20 });
  });

  it('reports truncated tar, tar.gz, zip and ar as errors, never a hang or a crash', async () => {
    const ar = join(dir, 't.a');
    writeFileSync(
      ar,
      '!<arch>\n' +
        'f/'.padEnd(16) +
        '0'.padEnd(12) +
        '0'.padEnd(6) +
        '0'.padEnd(6) +
        '644'.padEnd(8) +
        '200'.padEnd(10) +
        '`\nhi'
    );
    await refused(ar, 'truncated');
    sh('cp a.tar t.tar && cp a.tar.gz t.tar.gz && cp a.zip t.zip', dir);
    truncateSync(join(dir, 't.tar'), 2048 + 100);
    truncateSync(join(dir, 't.tar.gz'), Math.floor(statSync(join(dir, 'a.tar.gz')).size / 2));
    truncateSync(join(dir, 't.zip'), statSync(join(dir, 'a.zip')).size - 10);
    await refused(join(dir, 't.tar'), 'truncated');
    await refused(join(dir, 't.tar.gz'), 'truncated');
    // A zip cut short loses its end record: it is no longer recognisable as a zip at all.
    const cut = await read(join(dir, 't.zip')).catch((e: unknown) => e);
    expect(cut === undefined || cut instanceof ArchiveError).toBe(true);
  });

  it('reports a zip whose central directory points past the data as corrupt', async () => {
    sh('cp a.zip bad.zip', dir);
    const size = statSync(join(dir, 'bad.zip')).size;
    // Overwrite the first local header's signature: members can no longer be read.
    const fd = sh(
      `printf 'XXXX' | dd of=bad.zip bs=1 seek=0 conv=notrunc status=none; echo ${size}`,
      dir
    );
    expect(fd.trim()).toBe(String(size));
    await refused(join(dir, 'bad.zip'), 'corrupt');
  });
});
