/**
 * Manifest v2 through the shipped bundle (dist/cache-sentinel, as the runner runs it): save
 * writes the small signed header and entries.ndjson in tar order; restore verifies and places
 * from them; an entries file changed in the store is quarantined with nothing placed; an entry
 * written before v2 (manifest v1, entries inline) still restores.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { compareEntries } from '../../src/cache/entries-file.js';
import { blake3Hex, initBlake3 } from '../../src/hashing/blake3.js';
import {
  MANIFEST_SCHEMA_V2,
  parseAnyManifest,
  type ManifestEntry
} from '../../src/hashing/manifest.js';
import { REPO_ROOT, runAction } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { forge, listTree, newKey, PUSH_MAIN, sandbox, type Sandbox } from './fixtures.js';

const trusted = newKey();

function run(sb: Sandbox, inputs: Record<string, string>) {
  return runAction('cache-sentinel', {
    workspace: sb.workspace,
    runnerTemp: sb.runnerTemp,
    env: { ...PUSH_MAIN, HOME: sb.root },
    inputs: {
      path: 'deps',
      key: 'deps-v1',
      signing: 'key',
      'signing-key': trusted.privatePem,
      'default-branch': 'main',
      backend: `dir:${sb.store}`,
      ...inputs
    }
  });
}

function entryDir(sb: Sandbox): string {
  const [entry] = readdirSync(sb.store).filter((d) => /^[0-9a-f]{64}$/.test(d));
  return join(sb.store, entry);
}

beforeAll(async () => {
  await initBlake3();
  if (!existsSync(join(REPO_ROOT, 'dist', 'cache-sentinel', 'index.js')))
    throw new Error('build the bundle first: npm run bundle');
});

describe('manifest v2 through the bundle (dist)', () => {
  it('save writes a small signed header pinning entries.ndjson; restore places it byte for byte', async () => {
    const sb = sandbox();
    mkdirSync(join(sb.workspace, 'deps', 'a-b'));
    writeFileSync(join(sb.workspace, 'deps', 'a-b', 'x.js'), 'x\n');
    const saved = await run(sb, { operation: 'save' });
    expect(saved.exitCode).toBe(0);
    expectValidResult(saved.result);
    const dir = entryDir(sb);
    expect(readdirSync(dir).sort()).toEqual([
      'entries.ndjson',
      'key',
      'manifest.json',
      'payload.tar',
      'signature.json'
    ]);
    const header = parseAnyManifest(readFileSync(join(dir, 'manifest.json')));
    expect(header.schema).toBe(MANIFEST_SCHEMA_V2);
    const lines = readFileSync(join(dir, 'entries.ndjson'));
    if (header.schema !== MANIFEST_SCHEMA_V2) throw new Error('v2 expected');
    expect(header.entries).toEqual({ blake3: blake3Hex(lines), size: lines.length, count: 6 });
    const entries = lines
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ManifestEntry);
    expect(entries.map((e) => e.path)).toEqual([
      'a-b',
      'a-b/x.js',
      'a.txt',
      'link',
      'sub',
      'sub/b.bin'
    ]);
    expect([...entries].sort(compareEntries)).toEqual(entries);
    expect(entries.find((e) => e.path === 'sub/b.bin')!.blake3).toBe(
      blake3Hex(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin')))
    );
    // The header holds no entry: its size does not grow with the tree.
    expect(readFileSync(join(dir, 'manifest.json')).length).toBeLessThan(1024);

    const before = readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin'));
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const restored = await run(sb, { operation: 'restore' });
    expect(restored.exitCode).toBe(0);
    expect(restored.outputs).toMatchObject({ 'cache-hit': 'true', 'verified-files': '3' });
    expect(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin')).equals(before)).toBe(true);
    expect(readFileSync(join(sb.workspace, 'deps', 'a-b', 'x.js'), 'utf8')).toBe('x\n');
    expect(readlinkSync(join(sb.workspace, 'deps', 'link'))).toBe('a.txt');
  });

  it('restores onto an existing destination, entry by entry from the entries file', async () => {
    const sb = sandbox();
    expect((await run(sb, { operation: 'save' })).exitCode).toBe(0);
    writeFileSync(join(sb.workspace, 'deps', 'a.txt'), 'changed\n');
    rmSync(join(sb.workspace, 'deps', 'sub'), { recursive: true });
    const restored = await run(sb, { operation: 'restore' });
    expect(restored.exitCode).toBe(0);
    expect(readFileSync(join(sb.workspace, 'deps', 'a.txt'), 'utf8')).toBe('alpha\n');
    expect(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin'))).toEqual(
      Buffer.alloc(70_000, 7)
    );
  });

  it('an entries file changed in the store after signing is quarantined; nothing is placed', async () => {
    const sb = sandbox();
    expect((await run(sb, { operation: 'save' })).exitCode).toBe(0);
    const dir = entryDir(sb);
    const file = join(dir, 'entries.ndjson');
    // Point the symlink elsewhere: a well-formed line, a longer file.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"target":"a.txt"', '"target":"sub/b.bin"')
    );
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(1);
    expectValidResult(r.result);
    const q = (r.result!.evidence as { quarantine: { reason: string; dir: string } }).quarantine;
    expect(q.reason).toBe('entries-size-mismatch');
    expect(r.outputs).toMatchObject({ 'cache-hit': 'false', quarantined: 'true' });
    expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
    expect(readdirSync(q.dir)).toEqual(
      expect.arrayContaining(['manifest.json', 'entries.ndjson', 'payload.tar'])
    );
  });

  it('an entries file swapped for another of the same size is refused by its digest', async () => {
    const sb = sandbox();
    expect((await run(sb, { operation: 'save' })).exitCode).toBe(0);
    const file = join(entryDir(sb), 'entries.ndjson');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"mode":420', '"mode":511'));
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(1);
    const q = (r.result!.evidence as { quarantine: { reason: string; message: string } })
      .quarantine;
    expect(q.reason).toBe('entries-digest-mismatch');
    expect(q.message).toContain('nothing in it was used');
    expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
  });

  it('a v2 entry whose entries file was removed from the store is quarantined (missing-entries)', async () => {
    const sb = sandbox();
    expect((await run(sb, { operation: 'save' })).exitCode).toBe(0);
    rmSync(join(entryDir(sb), 'entries.ndjson'));
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(1);
    expect((r.result!.evidence as { quarantine: { reason: string } }).quarantine.reason).toBe(
      'missing-entries'
    );
    expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
  });

  it('a glob whose matches overlap (a folder and everything in it) saves each entry once', async () => {
    const sb = sandbox();
    const saved = await run(sb, { operation: 'save', path: 'deps/**' });
    expect(saved.exitCode).toBe(0);
    const lines = readFileSync(join(entryDir(sb), 'entries.ndjson'), 'utf8')
      .trim()
      .split('\n');
    const paths = lines.map((l) => (JSON.parse(l) as ManifestEntry).path);
    expect(paths).toEqual(['deps', 'deps/a.txt', 'deps/link', 'deps/sub', 'deps/sub/b.bin']);
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const r = await run(sb, { operation: 'restore', path: 'deps/**' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['verified-files']).toBe('2');
    expect(readFileSync(join(sb.workspace, 'deps', 'a.txt'), 'utf8')).toBe('alpha\n');
  });

  it('save still refuses a path with nothing in it, naming it', async () => {
    const sb = sandbox();
    mkdirSync(join(sb.workspace, 'empty'));
    const r = await run(sb, { operation: 'save', path: 'deps\nempty\nnope' });
    expect(r.exitCode).toBe(1);
    const text = JSON.stringify(r.result);
    expect(text).toContain("'empty' (no files in it)");
    expect(text).toContain("'nope' (matches nothing)");
    expect(listTree(sb.store)).toEqual([]);
  });
});

describe('an entry written before manifest v2 (v1, entries inline)', () => {
  it('still restores through the v1 path, verified the same way', async () => {
    const sb = sandbox();
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const key = await forge(sb, {
      format: 'v1',
      members: [
        { name: '0/a.txt', content: 'alpha\n' },
        { name: '0/sub', type: 'directory' },
        { name: '0/sub/b.bin', content: 'bbbb' }
      ],
      signWith: trusted.privatePem
    });
    const dir = join(sb.store, createHash('sha256').update(key).digest('hex'));
    expect(existsSync(join(dir, 'entries.ndjson'))).toBe(false);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toContain(
      '"schema":"ci-intel.cache-manifest.v1"'
    );
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(0);
    expectValidResult(r.result);
    expect(r.outputs).toMatchObject({ 'cache-hit': 'true', 'verified-files': '2' });
    expect(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin'), 'utf8')).toBe('bbbb');
  });

  it('a v1 entry with a tampered file is quarantined as before', async () => {
    const sb = sandbox();
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    await forge(sb, {
      format: 'v1',
      members: [{ name: '0/a.txt', content: 'alpha\n' }],
      signWith: trusted.privatePem,
      manifestEdit: (m) => {
        m.entries[0].blake3 = '0'.repeat(64);
      }
    });
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(1);
    expect((r.result!.evidence as { quarantine: { reason: string } }).quarantine.reason).toBe(
      'digest-mismatch'
    );
    expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
  });
});
