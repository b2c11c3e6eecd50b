/** operation: compare on real pairs: the shared vectors and outputs built here with real tools. */
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  cpSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../helpers/run-action.js';
import { runDeterminism } from './gate.js';
import { python, pythonWheel, scratch, sh, sourceTree } from './pairs.js';

const ws = scratch('det-compare-');
afterAll(() => rmSync(ws, { recursive: true, force: true }));
const V = join(SHARED, 'vectors', 'determinism');
const sn = (p: string): string => join(V, 'strip-nondeterminism', p);

const compare = (a: string, b: string, allow = '') =>
  runDeterminism(ws, { a, b, 'allow-stabilizers': allow });

describe('the shared vector pairs (metadata-only differences)', () => {
  const pairs: [string, string[]][] = [
    ['zip/test.zip', ['mtimes', 'zip-extra']],
    ['jar/jdependency.jar', ['mtimes']],
    ['ar/one.a', ['mtimes', 'owners', 'modes']],
    ['ar/longnames_symtab.a', ['mtimes', 'owners', 'modes']],
    ['ar/long_member_name.a', ['owners', 'modes']],
    ['gzip/vimoutliner_vo_readme_txt.gz', ['gzip-header']]
  ];
  it.each(pairs)(
    '%s: fails with no stabilizer allowed, names the ones needed, passes when they are',
    async (pair, needed) => {
      const none = await compare(sn(`${pair}.in`), sn(`${pair}.out`));
      expect(none.verdict).toBe('fail');
      expect(none.evidence.stabilizersNeeded).toEqual(needed);
      expect(none.evidence.stabilizersNotAllowed).toEqual(needed);
      expect(none.findings[0].rule).toBe('determinism/stabilizer-not-allowed');
      expect(none.summary).toMatch(/differs only in|header differs/);
      const allowed = await compare(sn(`${pair}.in`), sn(`${pair}.out`), needed.join(','));
      expect(allowed.verdict).toBe('pass');
      expect(allowed.findings.every((f) => f.severity === 'note')).toBe(true);
      expect(allowed.outputs['stabilizers-needed']).toBe(needed.join(','));
      // Allowing all but one needed stabilizer is still a fail.
      if (needed.length > 1) {
        const partial = await compare(
          sn(`${pair}.in`),
          sn(`${pair}.out`),
          needed.slice(1).join(',')
        );
        expect(partial.verdict).toBe('fail');
        expect(partial.evidence.stabilizersNotAllowed).toEqual([needed[0]]);
      }
    }
  );

  it('jar pair: every member named, none with a content difference', async () => {
    const r = await compare(sn('jar/jdependency.jar.in'), sn('jar/jdependency.jar.out'), 'mtimes');
    const d = r.evidence.differences![0];
    expect(d.archive!.membersA).toBe(32);
    expect(d.archive!.members).toHaveLength(32);
    expect(d.archive!.members.every((m) => m.aspects.join() === 'mtime')).toBe(true);
  });

  it('negative controls fail even with every stabilizer allowed: content really differs', async () => {
    const tar = await compare(
      join(V, 'diffoscope', 'test1.tar'),
      join(V, 'diffoscope', 'test2.tar'),
      'all'
    );
    expect(tar.verdict).toBe('fail');
    expect(tar.findings[0].rule).toBe('determinism/drift');
    expect(tar.summary).toContain('`dir/text` differs');
    const json = await compare(
      join(V, 'diffoscope', 'order1a.json'),
      join(V, 'diffoscope', 'order1b.json'),
      'all'
    );
    expect(json.verdict).toBe('fail');
    // Formats this gate does not open (cpio, png, javadoc, uImage) differ as whole files.
    for (const p of [
      'cpio/test.cpio',
      'png/tEXt.png',
      'javadoc/a.html',
      'uimage/Linux-1001.uImage'
    ]) {
      const r = await compare(sn(`${p}.in`), sn(`${p}.out`), 'all');
      expect(r.verdict).toBe('fail');
      expect(r.evidence.differences![0].aspects).toEqual(['content']);
    }
  });

  it('an identical pair passes with nothing needed', async () => {
    const r = await compare(sn('zip/encrypted.zip.in'), sn('zip/encrypted.zip.in'));
    expect(r.verdict).toBe('pass');
    expect(r.outputs.differences).toBe('0');
    expect(r.summary).toMatch(/^reproducible: 1 paths identical/);
  });
});

describe('outputs built here with real tools', () => {
  const src = (name: string, mtime: number, umask?: number, version?: string) =>
    sourceTree(join(ws, name), mtime, umask, version);

  it('GNU tar with SOURCE_DATE_EPOCH and fixed owners: identical; without: mtimes', async () => {
    src('t1', 1700000000);
    src('t2', 1700003600);
    const fixed =
      'tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --clamp-mtime --owner=0 --group=0 --numeric-owner -cf';
    sh(`(cd t1 && ${fixed} ../fixed1.tar .) && (cd t2 && ${fixed} ../fixed2.tar .)`, ws, {
      SOURCE_DATE_EPOCH: '1600000000'
    });
    expect((await compare('fixed1.tar', 'fixed2.tar')).verdict).toBe('pass');
    sh(
      '(cd t1 && tar --sort=name -cf ../plain1.tar .) && (cd t2 && tar --sort=name -cf ../plain2.tar .)',
      ws
    );
    const r = await compare('plain1.tar', 'plain2.tar');
    expect(r.verdict).toBe('fail');
    expect(r.evidence.stabilizersNeeded).toEqual(['mtimes']);
    expect(r.summary).toContain('in `plain1.tar`, `./README.md` differs only in mtime');
  });

  it('a member only in one archive is named as such, not the archive', async () => {
    sh('tar -cf m1.tar -C t1 README.md && tar -cf m2.tar -C t1 README.md lib/RECORD', ws);
    const r = await compare('m1.tar', 'm2.tar', 'all');
    expect(r.verdict).toBe('fail');
    expect(r.summary).toBe('not reproducible: in `m1.tar`, `lib/RECORD` is only in b');
  });

  it('tar member order (file order) needs entry-order; umask needs modes', async () => {
    sh('tar -cf o1.tar -C t1 README.md lib/x.so && tar -cf o2.tar -C t1 lib/x.so README.md', ws);
    const order = await compare('o1.tar', 'o2.tar');
    expect(order.evidence.stabilizersNeeded).toEqual(['entry-order']);
    expect(order.evidence.differences![0].archive!.detail[0]).toContain('member order differs');
    expect((await compare('o1.tar', 'o2.tar', 'entry-order')).verdict).toBe('pass');
    src('u1', 1700000000, 0o022);
    src('u2', 1700000000, 0o002);
    sh('tar --sort=name -cf u1.tar -C u1 . && tar --sort=name -cf u2.tar -C u2 .', ws);
    const umask = await compare('u1.tar', 'u2.tar');
    expect(umask.evidence.stabilizersNeeded).toEqual(['modes']);
    expect(umask.summary).toContain('`./README.md` differs only in mode');
  });

  it('gzip without -n at two times: gzip header and member mtimes; zstd likewise without a header', async () => {
    sh(
      'tar --sort=name -cf - -C t1 . | gzip -c > g1.tar.gz && cp t1/README.md r.md && gzip -c r.md > g1.md.gz',
      ws
    );
    utimesSync(join(ws, 'r.md'), 1600000000, 1600000000);
    sh('tar --sort=name -cf - -C t2 . | gzip -c > g2.tar.gz && gzip -c r.md > g2.md.gz', ws);
    const tgz = await compare('g1.tar.gz', 'g2.tar.gz');
    expect(tgz.evidence.stabilizersNeeded).toEqual(['mtimes']);
    const gz = await compare('g1.md.gz', 'g2.md.gz');
    expect(gz.evidence.stabilizersNeeded).toEqual(['gzip-header']);
    sh(
      'tar --sort=name -cf - -C t1 . | zstd -q > z1.tar.zst && tar --sort=name -cf - -C t2 . | zstd -q > z2.tar.zst',
      ws
    );
    expect((await compare('z1.tar.zst', 'z2.tar.zst')).evidence.stabilizersNeeded).toEqual([
      'mtimes'
    ]);
  });

  it('Info-ZIP zip under TZ=UTC and TZ=Asia/Tokyo: DOS times are local, so mtimes differ', async () => {
    sh('zip -qrX ../tz1.zip .', join(ws, 't1'), { TZ: 'UTC' });
    sh('zip -qrX ../tz2.zip .', join(ws, 't1'), { TZ: 'Asia/Tokyo' });
    const r = await compare('tz1.zip', 'tz2.zip');
    expect(r.evidence.stabilizersNeeded).toEqual(['mtimes']);
    expect((await compare('tz1.zip', 'tz2.zip', 'mtimes')).verdict).toBe('pass');
    // Without -X zip stores extended timestamps and uid/gid: those differ too when mtimes do.
    sh('zip -qr ../x1.zip .', join(ws, 't1'));
    sh('zip -qr ../x2.zip .', join(ws, 't2'));
    expect((await compare('x1.zip', 'x2.zip')).evidence.stabilizersNeeded).toEqual([
      'mtimes',
      'zip-extra'
    ]);
  });

  it("a tree: '`lib/x.so` differs; in `app.whl`, `RECORD` differs only in mtime'", async () => {
    mkdirSync(join(ws, 'out1', 'lib'), { recursive: true });
    mkdirSync(join(ws, 'out2', 'lib'), { recursive: true });
    writeFileSync(join(ws, 'out1', 'lib', 'x.so'), 'build 1');
    writeFileSync(join(ws, 'out2', 'lib', 'x.so'), 'build 2');
    pythonWheel(join(ws, 't1'), join(ws, 'out1', 'app.whl'));
    cpSync(join(ws, 't1'), join(ws, 't1b'), { recursive: true, preserveTimestamps: true });
    utimesSync(join(ws, 't1b', 'lib', 'RECORD'), 1700000100, 1700000100);
    pythonWheel(join(ws, 't1b'), join(ws, 'out2', 'app.whl'));
    writeFileSync(join(ws, 'out1', 'same.txt'), 'same');
    writeFileSync(join(ws, 'out2', 'same.txt'), 'same');
    writeFileSync(join(ws, 'out1', 'old.txt'), 'gone');
    writeFileSync(join(ws, 'out2', 'new.txt'), 'new');
    const r = await compare('out1', 'out2');
    expect(r.verdict).toBe('fail');
    expect(r.summary).toBe(
      'not reproducible: in `app.whl`, `widget-1.0.dist-info/RECORD` differs only in mtime; `lib/x.so` differs; `new.txt` is only in b; 1 more'
    );
    expect(r.evidence).toMatchObject({ identical: 2, differing: 4, stabilizersNeeded: ['mtimes'] });
    const rules = r.findings.map((f) => f.rule);
    expect(rules.filter((x) => x === 'determinism/drift')).toHaveLength(3);
    expect(rules).toContain('determinism/stabilizer-not-allowed');
    // The diff summary JSON for the evidence bundle is the evidence.
    expect(r.evidence).toMatchObject(JSON.parse(readFileSync(r.outputs['diff-file'], 'utf8')));
  });

  it('npm pack is reproducible by itself; a changed file is named inside the tgz', async () => {
    for (const [dir, body] of [
      ['p1', 'a'],
      ['p2', 'a'],
      ['p3', 'b']
    ]) {
      mkdirSync(join(ws, dir));
      writeFileSync(
        join(ws, dir, 'package.json'),
        JSON.stringify({ name: 'widget', version: '1.0.0', files: ['index.js'] })
      );
      writeFileSync(join(ws, dir, 'index.js'), `module.exports = '${body}';\n`);
      sh('npm pack --silent --ignore-scripts > /dev/null', join(ws, dir), {
        npm_config_cache: join(ws, '.npm')
      });
    }
    expect((await compare('p1/widget-1.0.0.tgz', 'p2/widget-1.0.0.tgz')).verdict).toBe('pass');
    const r = await compare('p1/widget-1.0.0.tgz', 'p3/widget-1.0.0.tgz', 'all');
    expect(r.verdict).toBe('fail');
    expect(r.summary).toContain('in `widget-1.0.0.tgz`, `package/index.js` differs');
  });

  it('symlinks are compared by target, never followed; FIFOs are never opened', async () => {
    for (const [d, target] of [
      ['s1', '/etc/passwd'],
      ['s2', '/etc/hostname']
    ]) {
      mkdirSync(join(ws, d));
      symlinkSync(target, join(ws, d, 'link'));
      sh('mkfifo pipe', join(ws, d));
    }
    const r = await compare('s1', 's2', 'all');
    expect(r.verdict).toBe('fail');
    expect(r.evidence.differences).toEqual([
      { path: 'link', aspects: ['link-target'], detail: ['target /etc/passwd → /etc/hostname'] }
    ]);
  });
});

describe('nothing to compare and hostile inputs are errors', () => {
  it('an empty folder, a missing path, a FIFO, a missing input', async () => {
    mkdirSync(join(ws, 'empty', 'sub'), { recursive: true });
    const empty = await compare('empty', 'out1');
    expect(empty.verdict).toBe('error');
    expect(empty.findings[0].message).toContain("input 'a': empty holds no files");
    expect((await compare('out1', 'nope')).findings[0].message).toContain(
      "input 'b': nope does not exist"
    );
    sh('mkfifo top.fifo', ws);
    expect((await compare('top.fifo', 'out1')).findings[0].message).toContain(
      'fifo, not a file or folder'
    );
    expect((await runDeterminism(ws, { a: 'out1' })).findings[0].message).toContain(
      "input 'b': is required"
    );
    expect((await compare('out1', 'out2', 'timestamps')).findings[0].message).toContain(
      "'timestamps' is not a stabilizer"
    );
  });

  it('a tar-slip archive that differs is an error naming it, not a pass or a crash', async () => {
    for (const [d, body] of [
      ['h1', 'a'],
      ['h2', 'b']
    ]) {
      mkdirSync(join(ws, d));
      python(
        `import tarfile, io, sys
with tarfile.open(sys.argv[1], 'w') as t:
    i = tarfile.TarInfo('../../evil'); i.size = 1; t.addfile(i, io.BytesIO(sys.argv[2].encode()))`,
        [join(ws, d, 'slip.tar'), body]
      );
    }
    const r = await compare('h1', 'h2', 'all');
    expect(r.verdict).toBe('error');
    expect(r.findings[0]).toMatchObject({ rule: 'determinism/unreadable-archive' });
    expect(r.findings[0].message).toContain('climbs out with ..');
  });

  it('a zip bomb over max-archive-bytes is an error', async () => {
    for (const [d, n] of [
      ['b1', '1'],
      ['b2', '2']
    ]) {
      mkdirSync(join(ws, d));
      python(
        `import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('zeros', b'\\0' * (32 << 20) + sys.argv[2].encode())`,
        [join(ws, d, 'bomb.zip'), n]
      );
    }
    const r = await runDeterminism(ws, { a: 'b1', b: 'b2', 'max-archive-bytes': String(1 << 20) });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain('max-archive-bytes');
  });
});
