/**
 * Manifest v2 (a small signed header pinning entries.ndjson by BLAKE3, size and line count):
 * the order and tree rules checked one line at a time, the strict line parser, and the whole
 * verification of a staged v2 entry (verifyStagedEntry with a real Ed25519 key) through both
 * restore paths — in-thread and worker — with the header, the entries file and the tar members
 * tampered with one at a time. Nothing is staged from a refused entry.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createPublicKey, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zstdCompressSync } from 'node:zlib';
import { compareEntries, EntriesReader } from '../../src/cache/entries-file.js';
import { PlacementError } from '../../src/cache/entry-tree.js';
import { Rejection } from '../../src/cache/extract.js';
import { IN_THREAD_BYTES, setInThreadLimit } from '../../src/cache/in-thread.js';
import { comparePaths, SortedEntryTree } from '../../src/cache/sorted-tree.js';
import { storageKey, type JobContext } from '../../src/cache/tier.js';
import { verifyStagedEntry } from '../../src/cache/verify-entry.js';
import { pathsId } from '../../src/gates/cache-sentinel/index.js';
import { blake3Hex, initBlake3 } from '../../src/hashing/blake3.js';
import {
  MANIFEST_SCHEMA_V2,
  serializeManifest,
  type CacheManifestV2,
  type EntriesFileRef,
  type ManifestEntry
} from '../../src/hashing/manifest.js';
import { walkPaths } from '../../src/hashing/tree.js';
import { loadPrivateKey, signEd25519 } from '../../src/signing/ed25519.js';
import { Ed25519Verifier } from '../../src/signing/policy.js';
import { entriesFileOf, newKey, tarOf, type ForgedMember } from './fixtures.js';

const key = newKey();
const JOB: JobContext = {
  event: 'push',
  ref: 'refs/heads/main',
  repository: 'acme/widget',
  runId: '1',
  sha: 'a'.repeat(40),
  defaultBranch: 'main',
  fork: false
};
const RULES = [{ event: 'push', ref: 'refs/heads/main' }];

beforeAll(async () => {
  expect(await initBlake3('native')).toBe('native');
});
afterEach(() => {
  setInThreadLimit(IN_THREAD_BYTES);
});

describe('the v2 order and the sorted placement model', () => {
  it('orders paths segment by segment, as the save walk visits them', () => {
    const walkOrder = ['a', 'a/b', 'a/b/c', 'a/z', 'a-b', 'a.txt', 'b', 'b/a'];
    const shuffled = [...walkOrder].reverse();
    expect(shuffled.sort(comparePaths)).toEqual(walkOrder);
    // A plain string sort puts 'a-b' before 'a/b' ('-' < '/'): that is not the walk order.
    expect([...walkOrder].sort()).not.toEqual(walkOrder);
    expect(compareEntries({ root: 1, path: 'a' }, { root: 0, path: 'z' })).toBeGreaterThan(0);
  });

  it('the save walk yields entries in exactly that order', () => {
    const ws = mkdtempSync(join(tmpdir(), 'cs-v2-walk-'));
    for (const d of ['deps/a/b', 'deps/a-b', 'deps/b']) mkdirSync(join(ws, d), { recursive: true });
    for (const f of ['deps/a/b/c', 'deps/a/z', 'deps/a-b/x', 'deps/a.txt', 'deps/b/a'])
      writeFileSync(join(ws, f), f);
    const { entries } = walkPaths(['deps'], ws);
    const paths = entries.map((e) => e.path);
    expect(paths).toEqual([...paths].sort(comparePaths));
    expect(paths).toEqual(['a', 'a/b', 'a/b/c', 'a/z', 'a-b', 'a-b/x', 'a.txt', 'b', 'b/a']);
    rmSync(ws, { recursive: true, force: true });
  });

  const reasonOf = (steps: [string, 'file' | 'dir' | 'symlink', string?][]): string => {
    const t = new SortedEntryTree();
    try {
      for (const [p, k, target] of steps) t.add(p, k, target);
      t.finish();
      return 'ok';
    } catch (err) {
      return err instanceof PlacementError ? err.reason : String(err);
    }
  };

  it('refuses what EntryTree refuses, comparing each path with the previous one only', () => {
    expect(
      reasonOf([
        ['a', 'dir'],
        ['a/b', 'file'],
        ['c', 'symlink', 'a/b']
      ])
    ).toBe('ok');
    expect(
      reasonOf([
        ['a', 'symlink', 'b'],
        ['a/x', 'file'],
        ['b', 'dir']
      ])
    ).toBe('write-through-symlink');
    expect(
      reasonOf([
        ['a', 'file'],
        ['a/x', 'file']
      ])
    ).toBe('not-a-directory');
    expect(
      reasonOf([
        ['a', 'file'],
        ['a', 'file']
      ])
    ).toBe('duplicate-member');
    expect(
      reasonOf([
        ['b', 'file'],
        ['a', 'file']
      ])
    ).toBe('out-of-order');
    expect(reasonOf([['x', 'symlink', '../out']])).toBe('symlink-escape');
    // A chain of individually harmless links: a/b -> .. and a/c -> b/../.. climbs out.
    expect(
      reasonOf([
        ['a', 'dir'],
        ['a/b', 'symlink', '..'],
        ['a/c', 'symlink', 'b/../..']
      ])
    ).toBe('symlink-escape');
    // Judged against the whole tree: the link it passes through comes later in the order.
    expect(
      reasonOf([
        ['a', 'symlink', 'z/../..'],
        ['z', 'symlink', 'y'],
        ['zz', 'dir']
      ])
    ).toBe('symlink-escape');
    expect(
      reasonOf([
        ['l1', 'symlink', 'l2'],
        ['l2', 'symlink', 'l1']
      ])
    ).toBe('symlink-loop');
  });
});

describe('entries.ndjson lines are parsed strictly', () => {
  const e1: ManifestEntry = {
    root: 0,
    path: 'a.txt',
    type: 'file',
    size: 1,
    mode: 0o644,
    blake3: 'a'.repeat(64)
  };
  const e2: ManifestEntry = { root: 0, path: 'b', type: 'dir', size: 0, mode: 0o755 };
  /** Read every line of `bytes` (pinned as signed); the rejection reason and message, or 'ok'. */
  const read = (bytes: Buffer, ref?: Partial<EntriesFileRef>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-v2-lines-'));
    const file = join(dir, 'entries.ndjson');
    writeFileSync(file, bytes);
    const lines = bytes.toString('utf8').split('\n').length - 1;
    const reader = new EntriesReader(
      file,
      { blake3: blake3Hex(bytes), size: bytes.length, count: lines, ...ref },
      1
    );
    try {
      while (reader.next());
      return 'ok';
    } catch (err) {
      if (err instanceof Rejection) return `${err.reason}: ${err.message}`;
      throw err;
    } finally {
      reader.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const text = (s: string) => Buffer.from(s, 'utf8');

  it('accepts the canonical lines save writes', () => {
    expect(read(entriesFileOf([e1, e2]))).toBe('ok');
  });

  it('refuses an unknown field, a wrong type, an unsafe path, a root out of range', () => {
    const line = (o: object) => text(JSON.stringify(o) + '\n');
    expect(read(line({ ...e1, owner: 'root' }))).toMatch(/^bad-manifest: .*line 1.*owner/);
    expect(read(line({ ...e1, size: '1' }))).toMatch(/^bad-manifest: .*size: expected an integer/);
    expect(read(line({ ...e2, path: '../../etc' }))).toMatch(/^bad-manifest: .*relative path/);
    expect(read(line({ ...e2, path: '/etc' }))).toMatch(/^bad-manifest: .*relative path/);
    expect(read(line({ ...e2, root: 1 }))).toMatch(/^bad-manifest: .*root/);
    expect(read(text('[1,2]\n'))).toMatch(/^bad-manifest: .*an object/);
    expect(read(text('{nope\n'))).toMatch(/^bad-manifest: .*line 1 is not JSON/);
  });

  it('refuses a repeated field, other key orders and spacing (one canonical form)', () => {
    const canonical = entriesFileOf([e2]).toString().trim();
    expect(read(text(canonical.replace('"mode":493', '"mode":493,"mode":511') + '\n'))).toMatch(
      /^bad-manifest: .*not in canonical form/
    );
    expect(
      read(text(JSON.stringify({ path: 'b', root: 0, type: 'dir', size: 0, mode: 493 }) + '\n'))
    ).toMatch(/canonical/);
    expect(read(text(canonical.replace(',', ', ') + '\n'))).toMatch(/canonical/);
  });

  it('refuses a repeated line and lines out of order, naming the line', () => {
    expect(read(entriesFileOf([e1, e1]))).toMatch(/^duplicate-member: .*line 2: '0\/a.txt'/);
    expect(read(entriesFileOf([e2, e1]))).toMatch(
      /^out-of-order: .*line 2: '0\/a.txt' comes after '0\/b'/
    );
  });

  it('refuses a last line without its newline, an overlong line, more lines than signed', () => {
    expect(read(text(entriesFileOf([e1]).toString().trim()))).toMatch(/no newline at the end/);
    const long = { ...e2, path: 'x'.repeat(70_000) };
    expect(read(text(JSON.stringify(long) + '\n'))).toMatch(/longer than 65536 bytes/);
    expect(read(entriesFileOf([e1, e2]), { count: 1 })).toMatch(/more than the 1 lines signed/);
    expect(read(entriesFileOf([e1, e2]), { count: 3 })).toMatch(/^entries-count-mismatch/);
  });
});

/** Both restore paths: in-thread (the default limit) and the worker thread (limit below 0). */
const PATHS = [
  ['in-thread', IN_THREAD_BYTES],
  ['worker', -1]
] as const;

const good: ForgedMember[] = [
  { name: '0/a.txt', content: 'alpha\n' },
  { name: '0/link', type: 'symlink', linkname: 'a.txt' },
  { name: '0/sub', type: 'directory' },
  { name: '0/sub/b.bin', content: randomBytes(200_000) },
  { name: '0/sub/c.txt', content: 'gamma\n' }
];

function entriesFor(members: ForgedMember[]): ManifestEntry[] {
  return members.map((m): ManifestEntry => {
    const path = m.name.replace(/^\d+\//, '');
    if (m.type === 'directory') return { root: 0, path, type: 'dir', size: 0, mode: 0o755 };
    if (m.type === 'symlink')
      return { root: 0, path, type: 'symlink', size: 0, mode: 0o777, target: m.linkname };
    const buf = Buffer.from(m.content ?? '');
    return { root: 0, path, type: 'file', size: buf.length, mode: 0o644, blake3: blake3Hex(buf) };
  });
}

interface StageOptions {
  members?: ForgedMember[];
  entries?: ManifestEntry[];
  /** The entries file as signed (default: the canonical lines of `entries`). */
  lines?: (b: Buffer) => Buffer;
  ref?: (r: EntriesFileRef) => void;
  /** After signing. */
  tamperHeader?: (b: Buffer) => Buffer;
  tamperEntries?: (b: Buffer) => Buffer;
  dropEntries?: boolean;
}

/** A staged v2 entry as a store hands it over; returns the staging folder. */
async function stage(o: StageOptions = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-v2-stage-'));
  const members = o.members ?? good;
  await tarOf(members, join(dir, 't.tar'));
  const payload = zstdCompressSync(readFileSync(join(dir, 't.tar')));
  rmSync(join(dir, 't.tar'));
  writeFileSync(join(dir, 'payload.tar'), payload);
  let lines = entriesFileOf(o.entries ?? entriesFor(members));
  if (o.lines) lines = o.lines(lines);
  const ref: EntriesFileRef = {
    blake3: blake3Hex(lines),
    size: lines.length,
    count: lines.toString('utf8').split('\n').length - 1
  };
  o.ref?.(ref);
  const header: CacheManifestV2 = {
    schema: MANIFEST_SCHEMA_V2,
    key: 'k',
    tier: 'trusted',
    event: 'push',
    ref: 'refs/heads/main',
    repository: 'acme/widget',
    runId: '1',
    sha: 'c'.repeat(40),
    createdAt: new Date(0).toISOString(),
    roots: [{ spec: 'deps', base: 'dir' }],
    archive: { blake3: blake3Hex(payload), size: payload.length, compression: 'zstd' },
    entries: ref
  };
  const bytes = serializeManifest(header);
  const sig = signEd25519(bytes, loadPrivateKey(key.privatePem));
  writeFileSync(join(dir, 'manifest.json'), o.tamperHeader?.(bytes) ?? bytes);
  writeFileSync(join(dir, 'signature.json'), JSON.stringify(sig));
  if (!o.dropEntries) writeFileSync(join(dir, 'entries.ndjson'), o.tamperEntries?.(lines) ?? lines);
  return dir;
}

/** Verify the staged entry: the rejection (reason, message, whether anything was staged) or the stats. */
async function verify(dir: string) {
  try {
    const v = await verifyStagedEntry({
      stagingDir: dir,
      matchedKey: storageKey('trusted', pathsId(['deps']), 'k'),
      tier: 'trusted',
      paths: ['deps'],
      pathsId: pathsId(['deps']),
      job: JOB,
      rules: RULES,
      verifier: new Ed25519Verifier(createPublicKey(loadPrivateKey(key.privatePem)))
    });
    return { stats: v.stats, entries: [...v.entries], extractDir: v.extractDir };
  } catch (err) {
    if (!(err instanceof Rejection)) throw err;
    // Roots are extracted into folders named by number, beside the envelope files.
    return { reason: err.reason, message: err.message, staged: existsSync(join(dir, '0')) };
  }
}

describe.each(PATHS)('a staged v2 entry, restore path: %s', (_name, limit) => {
  const refused = async (o: StageOptions, reason: string, message?: RegExp) => {
    setInThreadLimit(limit);
    const r = await verify(await stage(o));
    expect(r.reason).toBe(reason);
    if (message) expect(r.message).toMatch(message);
    return r;
  };

  it('verifies and stages the honest entry (the control), and lists its entries for placement', async () => {
    setInThreadLimit(limit);
    const dir = await stage();
    const r = await verify(dir);
    expect(r.reason).toBeUndefined();
    expect(r.stats).toEqual({ files: 3, dirs: 1, symlinks: 1, bytes: 6 + 200_000 + 6 });
    expect(r.entries!.map((e) => e.path)).toEqual([
      'a.txt',
      'link',
      'sub',
      'sub/b.bin',
      'sub/c.txt'
    ]);
    expect(readFileSync(join(r.extractDir!, '0', 'sub', 'b.bin'))).toEqual(good[3].content);
  });

  it('a header changed after signing: the signature fails, nothing is read', async () => {
    const r = await refused(
      { tamperHeader: (b) => Buffer.from(b.toString().replace('"runId":"1"', '"runId":"2"')) },
      'bad-signature'
    );
    expect(r.staged).toBe(false);
  });

  it('an entries file changed after signing (same size): the digest, before any line is used', async () => {
    // The attacker flips a digest in a line: a valid line, but not the signed file.
    const r = await refused(
      {
        tamperEntries: (b) => {
          const s = b.toString();
          const at = s.indexOf('"blake3":"') + 10;
          return Buffer.from(s.slice(0, at) + (s[at] === '0' ? '1' : '0') + s.slice(at + 1));
        }
      },
      'entries-digest-mismatch',
      /expected BLAKE3 [0-9a-f]{64} \(signed manifest\)/
    );
    expect(r.staged).toBe(false);
  });

  it('an entries file with a line added or cut after signing: its size', async () => {
    const extra = entriesFileOf(entriesFor([{ name: '0/zz-evil.sh', content: 'x' }]));
    await refused({ tamperEntries: (b) => Buffer.concat([b, extra]) }, 'entries-size-mismatch');
    await refused({ tamperEntries: (b) => b.subarray(0, b.length - 10) }, 'entries-size-mismatch');
  });

  it('a refused entries file stops the payload reader it may have started: no descriptor left open', async () => {
    // The worker path starts reading and decompressing the payload while the entries are checked.
    const openFds = () => readdirSync('/proc/self/fd').length;
    const threads = () => readdirSync('/proc/self/task').length;
    setInThreadLimit(limit);
    const dirs = await Promise.all([stage(), stage(), stage()]);
    const before = openFds();
    const threadsBefore = threads();
    rmSync(join(dirs[0], 'payload.tar'));
    expect((await verify(dirs[0])).reason).toBe('missing-archive');
    writeFileSync(
      join(dirs[1], 'entries.ndjson'),
      'x'.repeat(statSync(join(dirs[1], 'entries.ndjson')).size)
    );
    expect(await verify(dirs[1])).toMatchObject({
      reason: 'entries-digest-mismatch',
      staged: false
    });
    rmSync(join(dirs[2], 'payload.tar'));
    rmSync(join(dirs[2], 'entries.ndjson'));
    expect((await verify(dirs[2])).reason).toBe('missing-entries');
    expect(openFds()).toBe(before);
    // The worker thread is gone too (it never outlives the descriptor it reads).
    expect(threads()).toBe(threadsBefore);
    // The honest entry still restores after them.
    setInThreadLimit(limit);
    expect((await verify(await stage())).stats?.files).toBe(3);
  });

  it('an entry without its entries file, and a signed count that is not the file', async () => {
    await refused({ dropEntries: true }, 'missing-entries');
    await refused({ ref: (r) => void (r.count += 1) }, 'entries-count-mismatch');
  });

  it('signed but reordered, repeated, unsafe or unknown-field lines', async () => {
    const e = entriesFor(good);
    await refused({ entries: [e[1], e[0], ...e.slice(2)] }, 'out-of-order', /line 2/);
    await refused({ entries: [e[0], e[0], ...e.slice(1)] }, 'duplicate-member', /line 2/);
    await refused(
      {
        lines: (b) =>
          Buffer.from(b.toString().replace('"path":"sub/c.txt"', '"path":"sub/../../c.txt"'))
      },
      'bad-manifest',
      /line 5\.path: expected a relative path/
    );
    await refused(
      { lines: (b) => Buffer.from(b.toString().replace('"mode":493', '"mode":493,"uid":0')) },
      'bad-manifest',
      /uid/
    );
  });

  it('lockstep: a member the entries do not list, before or after the listed ones', async () => {
    const e = entriesFor(good);
    // Inserted in the middle (sorts before the next listed entry).
    await refused(
      {
        members: [good[0], good[1], { name: '0/evil.sh', content: 'x' }, ...good.slice(2)],
        entries: e
      },
      'unlisted-file',
      /'0\/evil.sh' is not in the signed manifest \(the next listed entry is '0\/sub'\)/
    );
    // Appended after the last listed entry.
    await refused(
      { members: [...good, { name: '0/zzz', content: 'x' }], entries: e },
      'unlisted-file',
      /all already in the archive/
    );
  });

  it('lockstep: a listed entry missing from the archive, in the middle or at the end', async () => {
    const e = entriesFor(good);
    await refused(
      { members: [good[0], good[2], good[3], good[4]], entries: e },
      'missing-file',
      /'0\/link' \(symlink\) is absent from the archive \(the archive has '0\/sub\/?' where it was expected\)/
    );
    await refused(
      { members: good.slice(0, 4), entries: e },
      'missing-file',
      /'0\/sub\/c.txt' \(file\) is absent .*the archive ended before it/
    );
  });

  it('lockstep: a renamed member, a repeated member, members out of order', async () => {
    const e = entriesFor(good);
    const renamed = [...good.slice(0, 4), { name: '0/sub/d.txt', content: 'gamma\n' }];
    await refused({ members: renamed, entries: e }, 'missing-file', /'0\/sub\/c.txt'/);
    const renamedBefore = [...good.slice(0, 4), { name: '0/sub/c.sh', content: 'gamma\n' }];
    await refused({ members: renamedBefore, entries: e }, 'unlisted-file', /'0\/sub\/c.sh'/);
    await refused({ members: [...good, good[4]], entries: e }, 'duplicate-member');
    await refused(
      { members: [good[0], good[1], good[2], good[4], good[3]], entries: e },
      'missing-file',
      /'0\/sub\/b.bin'/
    );
  });

  it('hostile members are refused before a byte is written, as in v1', async () => {
    const e = entriesFor(good);
    await refused(
      { members: [...good, { name: '0/../../evil', content: 'x' }], entries: e },
      'path-traversal'
    );
    await refused(
      {
        members: [{ name: '0/a.txt', type: 'link', linkname: '/etc/passwd' }, ...good.slice(1)],
        entries: e
      },
      'hardlink'
    );
    const swapped = entriesFor(good);
    swapped[0].blake3 = blake3Hex(Buffer.from('other\n'));
    await refused({ entries: swapped }, 'digest-mismatch', /file '0\/a.txt': expected BLAKE3/);
    await refused(
      {
        members: [
          { name: '0/esc', type: 'symlink', linkname: '../../outside' },
          { name: '0/esc/evil', content: 'x' }
        ]
      },
      'symlink-escape'
    );
  });

  it('a compressed bomb: a member far larger than its entry stops at its header', async () => {
    const members = [...good, { name: '0/zbomb', content: Buffer.alloc(32 * 1024 * 1024) }];
    const e = entriesFor(members);
    e[e.length - 1].size = 4;
    e[e.length - 1].blake3 = blake3Hex(Buffer.alloc(4));
    await refused({ members, entries: e }, 'size-mismatch', /'0\/zbomb': expected 4 bytes/);
  });

  it('a signed entry listing no file under its path is not a hit', async () => {
    const members: ForgedMember[] = [{ name: '0/only', type: 'directory' }];
    await refused({ members }, 'empty-entry');
  });
});
