/** Test fixtures: keys, trees, job environments, and a forger that writes poisoned store entries. */
import { generateKeyPairSync } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { zstdCompressSync } from 'node:zlib';
import tarStream from 'tar-stream';
import { DirBackend } from '../../src/cache/dir-backend.js';
import { storageKey } from '../../src/cache/tier.js';
import type { GateContext } from '../../src/core/gate.js';
import { runGate } from '../../src/core/run-gate.js';
import { cacheSentinel, pathsId } from '../../src/gates/cache-sentinel/index.js';
import { blake3Hex, initBlake3 } from '../../src/hashing/blake3.js';
import { compareEntries } from '../../src/cache/entries-file.js';
import { comparePaths } from '../../src/cache/sorted-tree.js';
import {
  MANIFEST_SCHEMA,
  MANIFEST_SCHEMA_V2,
  serializeEntry,
  serializeManifest,
  type CacheManifest,
  type CacheManifestV2,
  type EntriesFileRef,
  type ManifestEntry
} from '../../src/hashing/manifest.js';
import { loadPrivateKey, signEd25519 } from '../../src/signing/ed25519.js';

export function newKey(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
  };
}

export const PUSH_MAIN = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REPOSITORY: 'acme/widget',
  GITHUB_RUN_ID: '100',
  GITHUB_SHA: 'a'.repeat(40)
};

export function prEnv(dir: string, n: number, fork: boolean): Record<string, string> {
  const eventPath = join(dir, `event-pr-${n}-${fork}.json`);
  writeFileSync(
    eventPath,
    JSON.stringify({
      number: n,
      repository: { default_branch: 'main' },
      pull_request: {
        number: n,
        head: { repo: { full_name: fork ? 'mallory/widget' : 'acme/widget' } },
        base: { repo: { full_name: 'acme/widget' } }
      }
    })
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: `refs/pull/${n}/merge`,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_RUN_ID: String(200 + n),
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_EVENT_PATH: eventPath
  };
}

export interface Sandbox {
  root: string;
  workspace: string;
  store: string;
  outside: string;
  runnerTemp: string;
}

/** A temp root with a workspace holding `deps/` (files, a subfolder, a symlink), a store and an `outside` folder. */
export function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'cs-test-'));
  const workspace = join(root, 'ws');
  mkdirSync(join(workspace, 'deps', 'sub'), { recursive: true });
  writeFileSync(join(workspace, 'deps', 'a.txt'), 'alpha\n');
  writeFileSync(join(workspace, 'deps', 'sub', 'b.bin'), Buffer.alloc(70_000, 7));
  symlinkSync('a.txt', join(workspace, 'deps', 'link'));
  const outside = join(root, 'outside');
  mkdirSync(outside);
  const runnerTemp = join(root, 'rt');
  mkdirSync(runnerTemp);
  return { root, workspace, store: join(root, 'store'), outside, runnerTemp };
}

export function ctxFor(sb: Sandbox, env: Record<string, string>): GateContext {
  return {
    workspace: sb.workspace,
    tempDir: join(sb.runnerTemp, 'ci-intel'),
    env: { ...env, HOME: sb.root },
    now: () => new Date(),
    log: () => undefined,
    secret: () => undefined
  };
}

/** Run the gate in-process (the same code the bundle runs). */
export function runInProcess(
  sb: Sandbox,
  env: Record<string, string>,
  inputs: Record<string, string>
) {
  return runGate(
    cacheSentinel,
    { 'default-branch': 'main', signing: 'key', backend: `dir:${sb.store}`, ...inputs },
    ctxFor(sb, env)
  );
}

/** Every path under `dir` (relative), for "nothing was written" assertions. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

export interface ForgedMember {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'fifo';
  content?: Buffer | string;
  linkname?: string;
}

export async function tarOf(members: ForgedMember[], file: string): Promise<void> {
  const pack = tarStream.pack();
  const done = pipeline(pack, createWriteStream(file));
  for (const m of members) {
    const type = m.type ?? 'file';
    if (type === 'file') {
      const buf = Buffer.from(m.content ?? '');
      pack.entry({ name: m.name, type, size: buf.length, mode: 0o644 }, buf);
    } else {
      pack.entry({ name: m.name, type, linkname: m.linkname, mode: 0o755, size: 0 });
    }
  }
  pack.finalize();
  await done;
}

export interface ForgeOptions {
  /** Members of the payload archive as the attacker writes it. */
  members: ForgedMember[];
  /** Manifest entries; default: derived from the file/dir/symlink members (consistent digests). */
  entries?: ManifestEntry[];
  tier?: string;
  event?: string;
  ref?: string;
  key?: string;
  paths?: string[];
  /** Key that signs; undefined = no signature file. */
  signWith?: string;
  /** Store under this storage key (default: the one the manifest implies). */
  storeAs?: string;
  /** Change payload bytes after signing (e.g. truncate or swap). */
  afterSign?: (payload: Buffer) => Buffer;
  manifestEdit?: (m: CacheManifest) => void;
  /** Rewrite the serialized manifest before it is signed (e.g. to repeat a key). */
  manifestBytes?: (bytes: Buffer) => Buffer;
  /**
   * Store the tar zstd-compressed (as save does), declared in the manifest; `zstdBytes` may
   * rewrite the compressed bytes before they are digested and signed (a garbled stream the
   * signer vouched for).
   */
  zstd?: boolean;
  zstdBytes?: (compressed: Buffer) => Buffer;
  /**
   * v2 (default, what save writes): entries.ndjson pinned by a signed header; the derived
   * entries are sorted as save sorts them (the members stay in the order given). v1: the
   * entries inline in the signed manifest (entries written before manifest v2).
   */
  format?: 'v1' | 'v2';
  /** v2: rewrite the entries file before it is pinned and signed (the signer vouched for it). */
  entriesBytes?: (bytes: Buffer) => Buffer;
  /** v2: change the pinned digest/size/count before signing. */
  entriesRef?: (ref: EntriesFileRef) => void;
  /** v2: change the entries file after signing (the header still pins the original). */
  afterSignEntries?: (bytes: Buffer) => Buffer;
}

/** The entries file bytes save would write for `entries` (in the order given). */
export function entriesFileOf(entries: ManifestEntry[]): Buffer {
  return Buffer.from(entries.map((e) => serializeEntry(e) + '\n').join(''), 'utf8');
}

/** Write an entry into a dir store the way an attacker with write access to the store could. */
export async function forge(sb: Sandbox, o: ForgeOptions): Promise<string> {
  await initBlake3();
  const tmp = mkdtempSync(join(sb.root, 'forge-'));
  const envelope = join(tmp, 'envelope');
  mkdirSync(envelope);
  const payloadFile = join(envelope, 'payload.tar');
  // v2 with derived entries: the members in save's order too (an honest signer's archive).
  const members =
    (o.format ?? 'v2') === 'v2' && !o.entries
      ? [...o.members].sort((a, b) => comparePaths(a.name, b.name))
      : o.members;
  await tarOf(members, payloadFile);
  let payload: Buffer = readFileSync(payloadFile);
  if (o.zstd) {
    payload = zstdCompressSync(payload);
    if (o.zstdBytes) payload = o.zstdBytes(payload);
    writeFileSync(payloadFile, payload);
  }
  const paths = o.paths ?? ['deps'];
  const entries =
    o.entries ??
    o.members
      .filter((m) => ['file', 'directory', 'symlink', undefined].includes(m.type))
      .map((m): ManifestEntry => {
        const path = m.name.replace(/^\d+\//, '');
        if (m.type === 'directory') return { root: 0, path, type: 'dir', size: 0, mode: 0o755 };
        if (m.type === 'symlink')
          return { root: 0, path, type: 'symlink', size: 0, mode: 0o777, target: m.linkname };
        const buf = Buffer.from(m.content ?? '');
        return {
          root: 0,
          path,
          type: 'file',
          size: buf.length,
          mode: 0o644,
          blake3: blake3Hex(buf)
        };
      });
  const manifest: CacheManifest = {
    schema: MANIFEST_SCHEMA,
    key: o.key ?? 'deps-v1',
    tier: o.tier ?? 'trusted',
    event: o.event ?? 'push',
    ref: o.ref ?? 'refs/heads/main',
    repository: 'acme/widget',
    runId: '666',
    sha: 'c'.repeat(40),
    createdAt: new Date().toISOString(),
    roots: paths.map((spec) => ({ spec, base: 'dir' as const })),
    archive: {
      blake3: blake3Hex(payload),
      size: payload.length,
      ...(o.zstd ? { compression: 'zstd' as const } : {})
    },
    entries
  };
  if ((o.format ?? 'v2') === 'v2' && !o.entries) manifest.entries.sort(compareEntries);
  o.manifestEdit?.(manifest);
  let signed: CacheManifest | CacheManifestV2 = manifest;
  if ((o.format ?? 'v2') === 'v2') {
    let lines = entriesFileOf(manifest.entries);
    if (o.entriesBytes) lines = o.entriesBytes(lines);
    const ref: EntriesFileRef = {
      blake3: blake3Hex(lines),
      size: lines.length,
      count: lines.length ? lines.toString('utf8').split('\n').length - 1 : 0
    };
    o.entriesRef?.(ref);
    signed = { ...manifest, schema: MANIFEST_SCHEMA_V2, entries: ref };
    writeFileSync(join(envelope, 'entries.ndjson'), o.afterSignEntries?.(lines) ?? lines);
  }
  const serialized = serializeManifest(signed);
  const bytes = o.manifestBytes ? o.manifestBytes(serialized) : serialized;
  writeFileSync(join(envelope, 'manifest.json'), bytes);
  if (o.signWith)
    writeFileSync(
      join(envelope, 'signature.json'),
      JSON.stringify(signEd25519(bytes, loadPrivateKey(o.signWith)))
    );
  if (o.afterSign) writeFileSync(payloadFile, o.afterSign(payload));
  if (!o.signWith) writeFileSync(join(envelope, 'signature.json'), '');
  const key = o.storeAs ?? storageKey(manifest.tier, pathsId(paths), manifest.key);
  await new DirBackend(sb.store).save(key, envelope);
  return key;
}
