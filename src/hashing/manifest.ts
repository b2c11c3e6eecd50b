/**
 * The signed cache manifest: every entry's root, relative path, type, size, mode and BLAKE3
 * digest (symlinks with their target), the payload archive's own BLAKE3 and size, and who wrote
 * it (key, tier, event, ref, repository, run id). `parseManifest` is strict: unknown fields,
 * wrong types and unsafe paths are rejected, so the verifier never acts on a half-read document.
 */
import { JsonDocumentError, parseStrictJsonBytes } from '../core/strict-json.js';

export const MANIFEST_SCHEMA = 'ci-intel.cache-manifest.v1';
/** A manifest larger than this is refused unread (a million entries is ~150 MiB of JSON). */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export type RootBase = 'dir' | 'file' | 'glob';

export interface ManifestRoot {
  /** The `path` input item, as written (e.g. `node_modules`, `~/.npm`, `dist/*.js`). */
  spec: string;
  /** dir: entries live under the item; file: the item is a single file; glob: under the workspace. */
  base: RootBase;
}

export interface ManifestEntry {
  root: number;
  /** POSIX path relative to the root, no `.`/`..`/empty segments. */
  path: string;
  type: 'file' | 'dir' | 'symlink';
  size: number;
  /** Permission bits only (0..0o777). */
  mode: number;
  blake3?: string;
  target?: string;
}

export interface CacheManifest {
  schema: typeof MANIFEST_SCHEMA;
  key: string;
  tier: string;
  event: string;
  ref: string;
  repository: string;
  runId: string;
  sha: string;
  createdAt: string;
  roots: ManifestRoot[];
  /** The stored payload: BLAKE3 and size of its bytes as stored, and how the tar is compressed (absent: none). */
  archive: { blake3: string; size: number; compression?: 'zstd' };
  entries: ManifestEntry[];
}

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Whether `p` is a safe relative POSIX path: no absolute, no `..`, no `.`, no empty segment, no NUL or backslash. */
export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.length > 4096) return false;
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return false;
  if (p.includes('\0') || p.includes('\\')) return false;
  // Each segment non-empty and not `.` or `..` (scanned in place: this runs once per entry).
  for (let start = 0; start <= p.length;) {
    let end = p.indexOf('/', start);
    if (end === -1) end = p.length;
    const len = end - start;
    if (len === 0) return false;
    if (
      p.charCodeAt(start) === 0x2e &&
      (len === 1 || (len === 2 && p.charCodeAt(start + 1) === 0x2e))
    )
      return false;
    start = end + 1;
  }
  return true;
}

function fail(where: string, expected: string, actual: unknown): never {
  const shown =
    typeof actual === 'string'
      ? `'${actual.slice(0, 200)}'`
      : JSON.stringify(actual)?.slice(0, 200);
  throw new ManifestError(`manifest ${where}: expected ${expected}, got ${shown}`);
}

function str(o: Record<string, unknown>, k: string, where: string): string {
  const v = o[k];
  if (typeof v !== 'string') fail(`${where}.${k}`, 'a string', v);
  return v;
}

function int(
  o: Record<string, unknown>,
  k: string,
  where: string,
  max = Number.MAX_SAFE_INTEGER
): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max)
    fail(`${where}.${k}`, `an integer 0..${max}`, v);
  return v;
}

function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(where, 'an object', v);
  return v as Record<string, unknown>;
}

function onlyKeys(o: Record<string, unknown>, allowed: string[], where: string): void {
  for (const k of Object.keys(o))
    if (!allowed.includes(k)) fail(where, `only ${allowed.join(', ')}`, k);
}

/** Parse and validate manifest bytes (already signature-checked by the caller). */
export function parseManifest(bytes: Uint8Array): CacheManifest {
  if (bytes.length > MAX_MANIFEST_BYTES)
    fail('size', `at most ${MAX_MANIFEST_BYTES} bytes`, bytes.length);
  let doc: unknown;
  try {
    doc = parseStrictJsonBytes(bytes, 'manifest.json');
  } catch (err) {
    if (err instanceof JsonDocumentError) throw new ManifestError(err.message);
    throw err;
  }
  const m = obj(doc, 'document');
  onlyKeys(
    m,
    [
      'schema',
      'key',
      'tier',
      'event',
      'ref',
      'repository',
      'runId',
      'sha',
      'createdAt',
      'roots',
      'archive',
      'entries'
    ],
    'document'
  );
  if (m.schema !== MANIFEST_SCHEMA) fail('schema', MANIFEST_SCHEMA, m.schema);
  const roots = m.roots;
  if (!Array.isArray(roots) || roots.length === 0 || roots.length > 64)
    fail('roots', 'a list of 1..64 roots', roots);
  const parsedRoots = roots.map((r, i): ManifestRoot => {
    const o = obj(r, `roots[${i}]`);
    onlyKeys(o, ['spec', 'base'], `roots[${i}]`);
    const base = o.base;
    if (base !== 'dir' && base !== 'file' && base !== 'glob')
      fail(`roots[${i}].base`, 'dir, file or glob', base);
    return { spec: str(o, 'spec', `roots[${i}]`), base };
  });
  const archive = obj(m.archive, 'archive');
  onlyKeys(archive, ['blake3', 'size', 'compression'], 'archive');
  if (archive.compression !== undefined && archive.compression !== 'zstd')
    fail('archive.compression', 'zstd (or no field: an uncompressed tar)', archive.compression);
  const archiveDigest = str(archive, 'blake3', 'archive');
  if (!HEX64.test(archiveDigest)) fail('archive.blake3', '64 hex digits', archiveDigest);
  if (!Array.isArray(m.entries)) fail('entries', 'a list', m.entries);
  const seen = parsedRoots.map(() => new Set<string>());
  const entries = (m.entries as unknown[]).map((e, i): ManifestEntry => {
    const where = `entries[${i}]`;
    const o = obj(e, where);
    onlyKeys(o, ['root', 'path', 'type', 'size', 'mode', 'blake3', 'target'], where);
    const root = int(o, 'root', where, parsedRoots.length - 1);
    const path = str(o, 'path', where);
    if (!isSafeRelativePath(path))
      fail(`${where}.path`, 'a relative path without .. or empty segments', path);
    if (seen[root].has(path)) fail(`${where}.path`, 'each path once', path);
    seen[root].add(path);
    const type = o.type;
    if (type !== 'file' && type !== 'dir' && type !== 'symlink')
      fail(`${where}.type`, 'file, dir or symlink', type);
    const entry: ManifestEntry = {
      root,
      path,
      type,
      size: int(o, 'size', where),
      mode: int(o, 'mode', where, 0o777)
    };
    if (type === 'file') {
      const d = str(o, 'blake3', where);
      if (!HEX64.test(d)) fail(`${where}.blake3`, '64 hex digits', d);
      entry.blake3 = d;
    } else if (o.blake3 !== undefined)
      fail(`${where}.blake3`, 'no digest for a non-file', o.blake3);
    if (type === 'symlink') entry.target = str(o, 'target', where);
    else if (o.target !== undefined)
      fail(`${where}.target`, 'no target for a non-symlink', o.target);
    if (type !== 'file' && entry.size !== 0) fail(`${where}.size`, '0 for a non-file', entry.size);
    return entry;
  });
  return {
    schema: MANIFEST_SCHEMA,
    key: str(m, 'key', 'document'),
    tier: str(m, 'tier', 'document'),
    event: str(m, 'event', 'document'),
    ref: str(m, 'ref', 'document'),
    repository: str(m, 'repository', 'document'),
    runId: str(m, 'runId', 'document'),
    sha: str(m, 'sha', 'document'),
    createdAt: str(m, 'createdAt', 'document'),
    roots: parsedRoots,
    archive: {
      blake3: archiveDigest,
      size: int(archive, 'size', 'archive'),
      ...(archive.compression === 'zstd' ? { compression: 'zstd' as const } : {})
    },
    entries
  };
}

/** The exact bytes that are signed and stored. */
export function serializeManifest(m: CacheManifest): Buffer {
  return Buffer.from(JSON.stringify(m) + '\n', 'utf8');
}

/** The tar member name of an entry inside the payload archive. */
export function memberName(e: Pick<ManifestEntry, 'root' | 'path'>): string {
  return `${e.root}/${e.path}`;
}
