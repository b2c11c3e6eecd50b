/** operation: manifest (cross-job, cross-arch comparison) and operation: rebuild (build twice). */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDeterminism } from './gate.js';
import { pythonWheel, scratch, sh, sourceTree } from './pairs.js';

const ws = scratch('det-manifest-');
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('operation: manifest', () => {
  it('records every file with its digest and archive members, and compares against a tree and a manifest', async () => {
    sourceTree(join(ws, 'src1'), 1700000000);
    sourceTree(join(ws, 'src2'), 1700000900);
    for (const n of ['1', '2']) {
      mkdirSync(join(ws, `dist${n}`));
      pythonWheel(join(ws, `src${n}`), join(ws, `dist${n}`, 'widget-1.0-py3-none-any.whl'));
      writeFileSync(join(ws, `dist${n}`, 'notes.txt'), 'same\n');
    }
    const m = await runDeterminism(
      ws,
      { operation: 'manifest', path: 'dist1', 'manifest-file': 'm1.json' },
      {
        RUNNER_ARCH: 'ARM64',
        GITHUB_SHA: 'abc123'
      }
    );
    expect(m.verdict).toBe('pass');
    expect(m.summary).toBe(
      'recorded 2 files (' +
        m.evidence.manifest!.bytes +
        ' bytes, 1 archives listed member by member) of dist1'
    );
    const doc = JSON.parse(readFileSync(join(ws, 'm1.json'), 'utf8'));
    expect(doc).toMatchObject({
      schema: 'ci-intel.determinism-manifest.v1',
      subject: 'dist1',
      subjectKind: 'tree',
      origin: { runnerArch: 'ARM64', sha: 'abc123' }
    });
    expect(doc.files[1].archive.entries.map((e: { name: string }) => e.name)).toContain(
      'widget-1.0.dist-info/RECORD'
    );
    expect(m.outputs['manifest-file']).toBe(join(ws, 'm1.json'));

    // Manifest (another job) against the tree here, and against this tree's own manifest.
    const vsTree = await runDeterminism(ws, { a: 'm1.json', b: 'dist2' });
    expect(vsTree.verdict).toBe('fail');
    expect(vsTree.evidence.a).toMatchObject({ kind: 'manifest', files: 2 });
    expect(vsTree.summary).toContain(
      'in `widget-1.0-py3-none-any.whl`, `widget/x.so` differs only in mtime'
    );
    await runDeterminism(ws, { operation: 'manifest', path: 'dist2', 'manifest-file': 'm2.json' });
    const vsManifest = await runDeterminism(ws, {
      a: 'm1.json',
      b: 'm2.json',
      'allow-stabilizers': 'mtimes'
    });
    expect(vsManifest.verdict).toBe('pass');
    expect(vsManifest.evidence.stabilizersNeeded).toEqual(['mtimes']);
    expect((await runDeterminism(ws, { a: 'm1.json', b: 'dist1' })).verdict).toBe('pass');
  });

  it('a single-file output: manifest of one archive compares with that archive elsewhere', async () => {
    await runDeterminism(ws, {
      operation: 'manifest',
      path: 'dist1/widget-1.0-py3-none-any.whl',
      'manifest-file': 'one.json'
    });
    const r = await runDeterminism(ws, {
      a: 'one.json',
      b: 'dist2/widget-1.0-py3-none-any.whl',
      'allow-stabilizers': 'all'
    });
    expect(r.verdict).toBe('pass');
    expect(r.evidence.stabilizersNeeded).toEqual(['mtimes']);
  });

  it('refuses duplicate keys, unsafe paths, unknown fields and wrong schemas in a manifest', async () => {
    const good = readFileSync(join(ws, 'm1.json'), 'utf8');
    const cases: [string, string, string][] = [
      [
        'dup.json',
        good.replace('"subject": "dist1"', '"subject": "dist1", "subject": "other"'),
        'duplicate key "subject"'
      ],
      [
        'slip.json',
        good.replace('"path": "notes.txt"', '"path": "../notes.txt"'),
        'a relative path without ..'
      ],
      [
        'extra.json',
        good.replace('"subject": "dist1"', '"subject": "dist1", "verdict": "pass"'),
        "got 'verdict'"
      ],
      [
        'digest.json',
        good.replace(/"sha256": "[0-9a-f]{64}"/, '"sha256": "abc"'),
        '64 lowercase hex digits'
      ]
    ];
    for (const [file, text, message] of cases) {
      writeFileSync(join(ws, file), text);
      const r = await runDeterminism(ws, { a: file, b: 'dist1' });
      expect(r.verdict).toBe('error');
      expect(r.findings[0].rule).toBe('input/invalid');
      expect(r.findings[0].message).toContain(message);
    }
    writeFileSync(join(ws, 'empty.json'), JSON.stringify({ ...JSON.parse(good), files: [] }));
    expect(
      (await runDeterminism(ws, { a: 'empty.json', b: 'dist1' })).findings[0].message
    ).toContain('an empty manifest');
    expect((await runDeterminism(ws, { operation: 'manifest' })).findings[0].message).toContain(
      "input 'path'"
    );
    mkdirSync(join(ws, 'nothing'));
    expect((await runDeterminism(ws, { operation: 'manifest', path: 'nothing' })).verdict).toBe(
      'error'
    );
  });
});

describe('operation: rebuild', () => {
  const repo = join(ws, 'repo');
  mkdirSync(join(repo, 'src'), { recursive: true });
  writeFileSync(join(repo, 'src', 'a.txt'), 'alpha\n');
  writeFileSync(join(repo, 'src', 'b.txt'), 'beta\n');
  sh(
    'git init -q && git add . && git -c user.name=t -c user.email=t@example.com commit -qm init --date=@1700000000',
    repo,
    {
      GIT_COMMITTER_DATE: '@1700000000'
    }
  );
  const rebuild = (command: string, extra: Record<string, string> = {}, log: string[] = []) =>
    runDeterminism(
      repo,
      { operation: 'rebuild', command, 'build-output': 'out', timeout: '60s', ...extra },
      process.env,
      log
    );

  it('a reproducible build passes under all six variations; SOURCE_DATE_EPOCH is the commit time', async () => {
    const log: string[] = [];
    const r = await rebuild(
      'mkdir -p out && echo "$SOURCE_DATE_EPOCH $TZ" > out/env.txt && tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner --mode=go-w -cf out/src.tar src',
      {},
      log
    );
    expect(r.verdict).toBe('fail'); // TZ is printed into the output, and TZ is varied
    expect(r.summary).toContain('`env.txt` differs');
    expect(log[0]).toBe(
      'effective variation set: time, timezone, locale, umask, build-path, file-order'
    );
    expect(r.evidence.rebuild!.builds[0].environment).toMatchObject({
      TZ: 'UTC',
      LC_ALL: 'C',
      SOURCE_DATE_EPOCH: '1700000000',
      umask: '0022'
    });
    expect(r.evidence.rebuild!.builds[1].environment).toMatchObject({
      TZ: 'Etc/GMT-14',
      umask: '0002'
    });
    const ok = await rebuild(
      'mkdir -p out && echo "$SOURCE_DATE_EPOCH" > out/env.txt && tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner --mode=go-w -cf out/src.tar src'
    );
    expect(ok.verdict).toBe('pass');
    // Both build copies and outputs are removed afterwards; the diff summary stays.
    expect(
      readdirSync(join(repo, '.tmp-ci-intel')).filter(
        (n) => n.startsWith('determinism-') && !n.endsWith('.json')
      )
    ).toEqual([]);
    expect(readdirSync(join(repo, '.tmp-ci-intel'))).toContain('determinism-diff.json');
    expect(ok.summary).toMatch(/^reproducible: 2 paths identical/);
  });

  it("'-timezone' means all but timezone, never none (reprotest's trap), and the set is printed", async () => {
    const log: string[] = [];
    const r = await rebuild(
      'mkdir -p out && date -d @$SOURCE_DATE_EPOCH > out/date.txt',
      { variations: '-timezone' },
      log
    );
    expect(r.verdict).toBe('pass');
    expect(log[0]).toBe('effective variation set: time, locale, umask, build-path, file-order');
    expect(r.evidence.rebuild!.variations.filter((v) => v.enabled).map((v) => v.name)).toEqual([
      'time',
      'locale',
      'umask',
      'build-path',
      'file-order'
    ]);
    const tz = await rebuild('mkdir -p out && date -d @$SOURCE_DATE_EPOCH > out/date.txt', {
      variations: 'timezone'
    });
    expect(tz.verdict).toBe('fail');
  });

  it('catches wall-clock time, build paths and umask leaking into the output', async () => {
    expect(
      (await rebuild('mkdir -p out && date +%s%N > out/stamp', { variations: 'time' })).verdict
    ).toBe('fail');
    expect(
      (await rebuild('mkdir -p out && pwd > out/where', { variations: 'build-path' })).verdict
    ).toBe('fail');
    expect((await rebuild('mkdir -p out && pwd > out/where', { variations: 'time' })).verdict).toBe(
      'pass'
    );
    const umask = await rebuild(
      'mkdir -p out && tar --sort=name --mtime=@0 --owner=0 --group=0 -cf out/s.tar -C src . && touch src/new && tar --sort=name --mtime=@0 --owner=0 --group=0 -cf out/n.tar src/new',
      {
        variations: 'umask'
      }
    );
    expect(umask.verdict).toBe('fail');
    expect(umask.evidence.stabilizersNeeded).toEqual(['modes']);
  });

  it('a failing build, a build that hangs, and a missing output are errors', async () => {
    const failed = await rebuild('echo boom >&2; exit 3');
    expect(failed.verdict).toBe('error');
    expect(failed.findings[0].message).toContain('build a failed (exit code 3)');
    expect(
      readdirSync(join(repo, '.tmp-ci-intel')).filter(
        (n) => n.startsWith('determinism-') && !n.endsWith('.json')
      )
    ).toEqual([]);
    const hung = await rebuild('sleep 30', { timeout: '1s' });
    expect(hung.verdict).toBe('error');
    expect(hung.findings[0].message).toContain('did not finish within the timeout');
    const none = await rebuild('true');
    expect(none.findings[0].message).toContain("produced no 'out'");
    expect((await rebuild('true', { 'build-output': '../x' })).findings[0].message).toContain(
      'must be a path inside'
    );
    expect((await rebuild('true', { variations: 'moon-phase' })).findings[0].message).toContain(
      "'moon-phase' is not a variation"
    );
    expect(
      (await runDeterminism(repo, { operation: 'rebuild', 'build-output': 'out' })).findings[0]
        .message
    ).toContain("input 'command'");
  });
});
