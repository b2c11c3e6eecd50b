/**
 * "Places nothing outside the path", as logic: the entry tree (symlink chains resolved against
 * the entries, not lexically), the save walker, destination checks, nothing-to-check cases and
 * strict reading of every document a verdict depends on.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { EntryTree, PlacementError } from '../../src/cache/entry-tree.js';
import { checkManifestTree } from '../../src/cache/extract.js';
import { checkDestinations, DestinationError, placeEntry } from '../../src/cache/place.js';
import { jobContext, parseTrustRules } from '../../src/cache/tier.js';
import {
  MANIFEST_SCHEMA,
  parseManifest,
  type CacheManifest,
  type ManifestEntry
} from '../../src/hashing/manifest.js';
import { walkPaths } from '../../src/hashing/tree.js';
import { parseSignatureDoc } from '../../src/signing/signature.js';
import { newKey, PUSH_MAIN, runInProcess, sandbox } from './fixtures.js';

function tree(entries: [string, 'file' | 'dir' | 'symlink', string?][]): EntryTree {
  const t = new EntryTree();
  for (const [p, k, target] of entries) t.add(p, k, target);
  t.finish();
  return t;
}

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof PlacementError) return err.reason;
    throw err;
  }
  return undefined;
}

describe('entry tree: symlinks resolve against the entries, not lexically', () => {
  it('refuses the chain a/b -> .., a/c -> b/../.. (lexically inside, really one level out)', () => {
    expect(
      reasonOf(() =>
        tree([
          ['a', 'dir'],
          ['a/b', 'symlink', '..'],
          ['a/c', 'symlink', 'b/../..']
        ])
      )
    ).toBe('symlink-escape');
  });

  it('refuses a chain whose first link is added after the link that passes through it', () => {
    // a/l is judged once a/x exists: a/x -> .. makes a/x/../.. climb out.
    expect(
      reasonOf(() =>
        tree([
          ['a', 'dir'],
          ['a/l', 'symlink', 'x/../..'],
          ['a/x', 'symlink', '..']
        ])
      )
    ).toBe('symlink-escape');
  });

  it('refuses chains through several links and absolute or empty targets', () => {
    expect(
      reasonOf(() =>
        tree([
          ['p', 'symlink', 'q/..'],
          ['q', 'symlink', 'r/../..'],
          ['r', 'dir']
        ])
      )
    ).toBe('symlink-escape');
    expect(reasonOf(() => tree([['x', 'symlink', '/etc']]))).toBe('symlink-escape');
    expect(reasonOf(() => tree([['x', 'symlink', '']]))).toBe('symlink-escape');
  });

  it('refuses a symlink loop, a write beneath a symlink or a file, and a repeated path', () => {
    expect(
      reasonOf(() =>
        tree([
          ['l1', 'symlink', 'l2'],
          ['l2', 'symlink', 'l1/x']
        ])
      )
    ).toBe('symlink-loop');
    expect(
      reasonOf(() =>
        tree([
          ['d', 'dir'],
          ['in', 'symlink', 'd'],
          ['in/f', 'file']
        ])
      )
    ).toBe('write-through-symlink');
    expect(
      reasonOf(() =>
        tree([
          ['f', 'file'],
          ['f/g', 'file']
        ])
      )
    ).toBe('not-a-directory');
    expect(
      reasonOf(() =>
        tree([
          ['f', 'file'],
          ['f', 'file']
        ])
      )
    ).toBe('duplicate-member');
  });

  it('accepts links that stay inside, following chains to where they land', () => {
    const t = tree([
      ['a', 'dir'],
      ['a/b', 'symlink', '..'],
      ['a/c', 'symlink', 'b/x'],
      ['node_modules/.bin/tsc', 'symlink', '../typescript/bin/tsc'],
      ['node_modules/typescript/bin/tsc', 'file'],
      ['implicit/later', 'file'],
      ['implicit', 'dir']
    ]);
    expect(t.resolve('a/c')).toBe('x');
    expect(t.resolve('node_modules/.bin/tsc')).toBe('node_modules/typescript/bin/tsc');
  });
});

describe('save refuses a tree a restore would refuse', () => {
  it('walkPaths: a symlink chain leaving the path is a TreeError naming the link', () => {
    const sb = sandbox();
    mkdirSync(join(sb.workspace, 'deps', 'a'));
    symlinkSync('..', join(sb.workspace, 'deps', 'a', 'b'));
    symlinkSync('b/../..', join(sb.workspace, 'deps', 'a', 'c'));
    expect(() => walkPaths(['deps'], sb.workspace)).toThrow(/deps\/a\/c does not stay inside/);
  });

  it('the gate: the same tree is an error, nothing stored', async () => {
    const sb = sandbox();
    mkdirSync(join(sb.workspace, 'deps', 'a'));
    symlinkSync('..', join(sb.workspace, 'deps', 'a', 'b'));
    symlinkSync('b/../..', join(sb.workspace, 'deps', 'a', 'c'));
    const r = await runInProcess(sb, PUSH_MAIN, {
      operation: 'save',
      path: 'deps',
      key: 'k',
      'signing-key': newKey().privatePem
    });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain('symlink');
  });
});

describe('nothing to check is never a pass', () => {
  const key = newKey();
  it.each([
    ['a path that matches nothing', 'missing-dir', 'matches nothing'],
    ['a glob that matches nothing', 'nope/*.js', 'matches nothing'],
    ['an empty folder', 'empty', 'no files in it'],
    ['one of two paths matches nothing', 'deps\nmissing-dir', "'missing-dir' (matches nothing)"]
  ])('save: %s is an error naming the path and the workspace', async (_n, path, why) => {
    const sb = sandbox();
    mkdirSync(join(sb.workspace, 'empty'));
    const r = await runInProcess(sb, PUSH_MAIN, {
      operation: 'save',
      path,
      key: 'k',
      'signing-key': key.privatePem
    });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain(why);
    expect(r.findings[0].message).toContain(sb.workspace);
    expect(r.findings[0].help).toBeTruthy();
  });

  it('an empty trust list is an error, not "nobody is trusted"', () => {
    expect(() => parseTrustRules([], 'main')).toThrow(/is empty/);
  });
});

function manifestWith(entries: CacheManifest['entries']): CacheManifest {
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
    entries
  };
}

describe('restore: the signed manifest is checked as a tree before a byte is written', () => {
  it('refuses the a/b -> .., a/c -> b/../.. chain in a manifest', () => {
    const m = manifestWith([
      { root: 0, path: 'a', type: 'dir', size: 0, mode: 0o755 },
      { root: 0, path: 'a/b', type: 'symlink', size: 0, mode: 0o777, target: '..' },
      { root: 0, path: 'a/c', type: 'symlink', size: 0, mode: 0o777, target: 'b/../..' }
    ]);
    expect(() => checkManifestTree(m)).toThrow(/resolves outside/);
  });
});

describe('restore destinations', () => {
  const m = manifestWith([
    { root: 0, path: 'sub', type: 'dir', size: 0, mode: 0o755 },
    { root: 0, path: 'sub/f', type: 'file', size: 1, mode: 0o644, blake3: 'b'.repeat(64) }
  ]);

  it('refuses a destination that is a symlink leading out of the workspace', () => {
    const sb = sandbox();
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    symlinkSync(sb.outside, join(sb.workspace, 'deps'));
    expect(() => checkDestinations(m, sb.workspace, sb.root)).toThrow(DestinationError);
    expect(() => checkDestinations(m, sb.workspace, sb.root)).toThrow(/outside the workspace/);
  });

  it('refuses a destination under a symlinked parent leading out of the workspace', () => {
    const sb = sandbox();
    symlinkSync(sb.outside, join(sb.workspace, 'vendor'));
    const nested = { ...m, roots: [{ spec: 'vendor/deps', base: 'dir' as const }] };
    expect(() => checkDestinations(nested, sb.workspace, sb.root)).toThrow(
      /vendor is a symlink to .*outside the workspace/
    );
  });

  it('refuses a dangling symlink and a file where a folder must go', () => {
    const sb = sandbox();
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    symlinkSync(join(sb.outside, 'nowhere'), join(sb.workspace, 'deps'));
    expect(() => checkDestinations(m, sb.workspace, sb.root)).toThrow(/does not resolve/);
    rmSync(join(sb.workspace, 'deps'));
    writeFileSync(join(sb.workspace, 'deps'), 'x');
    expect(() => checkDestinations(m, sb.workspace, sb.root)).toThrow(/is a file/);
  });

  it('refuses an absolute destination that is itself a symlink; accepts one inside the workspace', () => {
    const sb = sandbox();
    const abs = join(sb.root, 'abs-cache');
    symlinkSync(sb.outside, abs);
    const absolute = { ...m, roots: [{ spec: abs, base: 'dir' as const }] };
    expect(() => checkDestinations(absolute, sb.workspace, sb.root)).toThrow(/is a symlink/);
    mkdirSync(join(sb.workspace, 'real'));
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    symlinkSync('real', join(sb.workspace, 'deps'));
    expect(() => checkDestinations(m, sb.workspace, sb.root)).not.toThrow();
  });
});

describe('restore destinations: a fresh checkout does not read the entries again', () => {
  const listed: ManifestEntry[] = [
    { root: 0, path: 'x', type: 'dir', size: 0, mode: 0o755 },
    { root: 0, path: 'x/f', type: 'file', size: 5, mode: 0o644, blake3: 'e'.repeat(64) }
  ];
  /** The entries as placement gets them (v2: a pass over the file), counting the passes. */
  const counted = (entries: ManifestEntry[]) => {
    const passes = { n: 0 };
    const iterable: Iterable<ManifestEntry> = {
      *[Symbol.iterator]() {
        passes.n++;
        yield* entries;
      }
    };
    return { passes, iterable };
  };
  const roots = [{ spec: 'deps', base: 'dir' as const }];

  it('checks the roots only when every destination is absent, and moves each root whole', () => {
    const sb = sandbox();
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const { passes, iterable } = counted(listed);
    checkDestinations({ roots, entries: iterable }, sb.workspace, sb.root);
    const staged = join(sb.root, 'extract');
    mkdirSync(join(staged, '0', 'x'), { recursive: true });
    writeFileSync(join(staged, '0', 'x', 'f'), 'fresh');
    placeEntry({ roots, entries: iterable }, staged, sb.workspace, sb.root);
    expect(passes.n).toBe(0);
    expect(readFileSync(join(sb.workspace, 'deps', 'x', 'f'), 'utf8')).toBe('fresh');
  });

  it('still refuses an absent destination under a symlink leading out, without the entries', () => {
    const sb = sandbox();
    symlinkSync(sb.outside, join(sb.workspace, 'vendor'));
    const { passes, iterable } = counted(listed);
    const nested = { roots: [{ spec: 'vendor/deps', base: 'dir' as const }], entries: iterable };
    expect(() => checkDestinations(nested, sb.workspace, sb.root)).toThrow(
      /vendor is a symlink to .*outside the workspace/
    );
    expect(passes.n).toBe(0);
  });

  it('reads every entry when a destination exists: an unlisted folder that is a file is refused', () => {
    const sb = sandbox();
    writeFileSync(join(sb.workspace, 'deps', 'y'), 'in the way');
    const unlisted: ManifestEntry[] = [
      { root: 0, path: 'y/g', type: 'file', size: 1, mode: 0o644, blake3: 'c'.repeat(64) }
    ];
    const { passes, iterable } = counted(unlisted);
    expect(() => checkDestinations({ roots, entries: iterable }, sb.workspace, sb.root)).toThrow(
      /deps\/y is a file, not a folder/
    );
    expect(passes.n).toBe(1);
  });

  it('reads the entries for a file root even when its folder is absent (the name is checked)', () => {
    const sb = sandbox();
    const fileRoot = [{ spec: 'gone/one.txt', base: 'file' as const }];
    const { passes, iterable } = counted([
      { root: 0, path: 'other.txt', type: 'file', size: 1, mode: 0o644, blake3: 'd'.repeat(64) }
    ]);
    expect(() =>
      checkDestinations({ roots: fileRoot, entries: iterable }, sb.workspace, sb.root)
    ).toThrow(/expected exactly 'one.txt'/);
    expect(passes.n).toBe(1);
  });
});

describe('strict documents', () => {
  it('a manifest with a repeated key is refused with its pointer', () => {
    const text = JSON.stringify(manifestWith([])).replace(
      '"tier":"trusted"',
      '"tier":"pr-1","tier":"trusted"'
    );
    expect(() => parseManifest(Buffer.from(text))).toThrow(/duplicate key "tier" at \/tier/);
  });

  it('a signature document with a repeated key is a bad signature', () => {
    const doc =
      '{"schema":"ci-intel.cache-signature.v1","type":"ed25519","keyId":"a","keyId":"b","signature":"x"}';
    expect(() => parseSignatureDoc(Buffer.from(doc))).toThrow(/duplicate key "keyId"/);
  });

  it('an event payload that repeats a key, is not JSON, or is a FIFO is an error, not a guess', () => {
    const sb = sandbox();
    const dup = join(sb.root, 'event.json');
    writeFileSync(
      dup,
      '{"pull_request":{"number":1,"head":{"repo":{"full_name":"mallory/widget","full_name":"acme/widget"}},"base":{"repo":{"full_name":"acme/widget"}}}}'
    );
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' };
    expect(() => jobContext({ ...env, GITHUB_EVENT_PATH: dup })).toThrow(/duplicate key/);
    writeFileSync(dup, '{not json');
    expect(() => jobContext({ ...env, GITHUB_EVENT_PATH: dup })).toThrow(/not valid JSON/);
    const fifo = join(sb.root, 'event.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => jobContext({ ...env, GITHUB_EVENT_PATH: fifo })).toThrow(/FIFO/);
  });

  it('a trusted root that repeats a key or is a FIFO is an input error', async () => {
    const sb = sandbox();
    writeFileSync(join(sb.workspace, 'root.json'), '{"mediaType":"a","mediaType":"b"}');
    execFileSync('mkfifo', [join(sb.workspace, 'root.fifo')]);
    for (const [file, why] of [
      ['root.json', 'duplicate key'],
      ['root.fifo', 'FIFO']
    ]) {
      const r = await runInProcess(sb, PUSH_MAIN, {
        operation: 'restore',
        path: 'deps',
        key: 'k',
        signing: 'sigstore',
        signer: 'https://github.com/acme/widget/.github/workflows/*',
        'trusted-root': file
      });
      expect(r.verdict).toBe('error');
      expect(r.findings[0].message).toContain("input 'trusted-root'");
      expect(r.findings[0].message).toContain(why);
    }
  });
});

describe('restore onto an existing destination (the merge path)', () => {
  it('replaces a symlink where the entry lists a folder instead of writing through it', async () => {
    const sb = sandbox();
    const key = newKey();
    const saved = await runInProcess(sb, PUSH_MAIN, {
      operation: 'save',
      path: 'deps',
      key: 'm1',
      'signing-key': key.privatePem
    });
    expect(saved.verdict).toBe('pass');
    // The workspace now has deps/sub as a symlink out of the workspace, and a stray file.
    rmSync(join(sb.workspace, 'deps', 'sub'), { recursive: true });
    symlinkSync(sb.outside, join(sb.workspace, 'deps', 'sub'));
    writeFileSync(join(sb.workspace, 'deps', 'stray.txt'), 'kept');
    const r = await runInProcess(sb, PUSH_MAIN, {
      operation: 'restore',
      path: 'deps',
      key: 'm1',
      'signing-key': key.privatePem
    });
    expect(r.verdict).toBe('pass');
    expect(lstatSync(join(sb.workspace, 'deps', 'sub')).isDirectory()).toBe(true);
    expect(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin')).length).toBe(70_000);
    expect(readFileSync(join(sb.workspace, 'deps', 'stray.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(sb.outside)).toEqual([]);
  });
});

describe('placement over what is already at a destination', () => {
  const roots = [{ spec: 'deps', base: 'dir' as const }];
  const file = (path: string): ManifestEntry => ({
    root: 0,
    path,
    type: 'file',
    size: 5,
    mode: 0o640,
    blake3: 'e'.repeat(64)
  });
  /** A staged tree holding `fresh` at each path, in `dir` (another filesystem when it is /dev/shm). */
  const stage = (dir: string, paths: string[]) => {
    for (const p of paths) writeFileSync(join(dir, '0', p), 'fresh');
    return dir;
  };
  const place = (sb: ReturnType<typeof sandbox>, staged: string, entries: ManifestEntry[]) => {
    checkDestinations({ roots, entries }, sb.workspace, sb.root);
    placeEntry({ roots, entries }, staged, sb.workspace, sb.root);
  };

  for (const where of ['the same filesystem', 'another filesystem (/dev/shm: a copy)']) {
    const stagingRoot = (sb: ReturnType<typeof sandbox>) =>
      where.startsWith('another') ? mkdtempSync(join('/dev/shm', 'cs-staged-')) : sb.root;
    it(`${where}: a file, a symlink and a folder in the way are replaced; no link is followed`, () => {
      const sb = sandbox();
      const staged = join(stagingRoot(sb), 'extract');
      mkdirSync(join(staged, '0'), { recursive: true });
      // The copy path is only taken across filesystems (rename fails with EXDEV).
      expect(statSync(staged).dev === statSync(sb.workspace).dev).toBe(
        where.startsWith('the same')
      );
      // deps/a.txt: a file; deps/link: a symlink to a.txt; deps/was-dir: a folder.
      mkdirSync(join(sb.workspace, 'deps', 'was-dir', 'inner'), { recursive: true });
      writeFileSync(join(sb.workspace, 'deps', 'was-dir', 'inner', 'x'), 'old');
      stage(staged, ['a.txt', 'link', 'was-dir']);
      const before = lstatSync(join(sb.workspace, 'deps', 'a.txt')).ino;
      place(sb, staged, [file('a.txt'), file('link'), file('was-dir')]);
      for (const p of ['a.txt', 'link', 'was-dir']) {
        const st = lstatSync(join(sb.workspace, 'deps', p));
        expect(st.isFile()).toBe(true);
        expect(st.mode & 0o777).toBe(0o640);
        expect(readFileSync(join(sb.workspace, 'deps', p), 'utf8')).toBe('fresh');
      }
      // Renamed: the staged file took the name (the old one was not written into). A copy
      // follows a removal, whose inode number the filesystem may hand the copy again.
      if (where.startsWith('the same'))
        expect(lstatSync(join(sb.workspace, 'deps', 'a.txt')).ino).not.toBe(before);
      expect(readdirSync(sb.outside)).toEqual([]);
      if (staged.startsWith('/dev/shm/')) rmSync(dirname(staged), { recursive: true, force: true });
    });
  }

  it('a symlink in the way of a file, pointing out of the workspace, is replaced, not written through', () => {
    const sb = sandbox();
    writeFileSync(join(sb.outside, 'target'), 'outside');
    symlinkSync(join(sb.outside, 'target'), join(sb.workspace, 'deps', 'out'));
    const staged = join(sb.root, 'extract');
    mkdirSync(join(staged, '0'), { recursive: true });
    stage(staged, ['out']);
    const entries = [file('out')];
    let refused = false;
    try {
      place(sb, staged, entries);
    } catch (err) {
      refused = err instanceof DestinationError;
    }
    expect(refused).toBe(false);
    // The link itself is replaced by the file; what it pointed to is not written.
    expect(readFileSync(join(sb.outside, 'target'), 'utf8')).toBe('outside');
    expect(lstatSync(join(sb.workspace, 'deps', 'out')).isFile()).toBe(true);
    expect(readFileSync(join(sb.workspace, 'deps', 'out'), 'utf8')).toBe('fresh');
  });
});
