/**
 * The signed cache manifest. v1 (`ci-intel.cache-manifest.v1`) holds every entry's root, relative path, type, size, mode and BLAKE3
 * digest (symlinks with their target), the payload archive's own BLAKE3 and size, and who wrote
 * it (key, tier, event, ref, repository, run id). `parseManifest` is strict: unknown fields,
 * wrong types and unsafe paths are rejected, so the verifier never acts on a half-read document.
 * v2 (`ci-intel.cache-manifest.v2`, what save writes) signs the same header fields but pins the
 * entries — one canonical JSON line each, in tar member order — by the BLAKE3, size and line
 * count of a separate `entries.ndjson`, so neither side holds the entry list in memory.
 */
import { JsonDocumentError, parseStrictJsonBytes } from '../core/strict-json.js';

export const MANIFEST_SCHEMA = 'ci-intel.cache-manifest.v1';
export const MANIFEST_SCHEMA_V2 = 'ci-intel.cache-manifest.v2';
/** A manifest larger than this is refused unread (a million entries is ~150 MiB of JSON). */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** A v2 header holds no entries: it is small. */
export const MAX_HEADER_BYTES = 1024 * 1024;
/** Most entries in one cache entry (save refuses more; a restore refuses a header claiming more). */
export const MAX_ENTRIES = 1_000_000;
/** The v2 entries file: streamed, never held, so it may be larger than a v1 manifest. */
export const MAX_ENTRIES_FILE_BYTES = 512 * 1024 * 1024;
/** The v2 entries file's name in the envelope. */
export const ENTRIES_FILE = 'entries.ndjson';

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

/** What both manifest versions sign besides the entries. */
export interface ManifestHeader {
  schema: typeof MANIFEST_SCHEMA | typeof MANIFEST_SCHEMA_V2;
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
}

/** v1: every entry inline in the signed document (still restored; save writes v2). */
export interface CacheManifest extends ManifestHeader {
  schema: typeof MANIFEST_SCHEMA;
  entries: ManifestEntry[];
}

/** The entries file a v2 header pins: its BLAKE3, byte size and number of lines. */
export interface EntriesFileRef {
  blake3: string;
  size: number;
  count: number;
}

/** v2: a small signed header; the entries are in `entries.ndjson`, pinned by digest. */
export interface CacheManifestV2 extends ManifestHeader {
  schema: typeof MANIFEST_SCHEMA_V2;
  entries: EntriesFileRef;
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

/** Parse strict JSON bytes into the document object (a ManifestError otherwise). */
function documentOf(bytes: Uint8Array, source: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = parseStrictJsonBytes(bytes, source);
  } catch (err) {
    if (err instanceof JsonDocumentError) throw new ManifestError(err.message);
    throw err;
  }
  return obj(doc, 'document');
}

const HEADER_KEYS = [
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
];

/** The fields every manifest version shares (all but `schema` and `entries`). */
function parseHeaderFields(m: Record<string, unknown>): Omit<ManifestHeader, 'schema'> {
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
  return {
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
    }
  };
}

/**
 * One entry object, checked: known fields only, right types, a safe path, a digest for a file
 * only, a target for a symlink only, size 0 for a non-file. `where` names it in messages.
 */
export function parseEntryObject(e: unknown, where: string, rootCount: number): ManifestEntry {
  const o = obj(e, where);
  onlyKeys(o, ['root', 'path', 'type', 'size', 'mode', 'blake3', 'target'], where);
  const root = int(o, 'root', where, rootCount - 1);
  const path = str(o, 'path', where);
  if (!isSafeRelativePath(path))
    fail(`${where}.path`, 'a relative path without .. or empty segments', path);
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
  } else if (o.blake3 !== undefined) fail(`${where}.blake3`, 'no digest for a non-file', o.blake3);
  if (type === 'symlink') entry.target = str(o, 'target', where);
  else if (o.target !== undefined) fail(`${where}.target`, 'no target for a non-symlink', o.target);
  if (type !== 'file' && entry.size !== 0) fail(`${where}.size`, '0 for a non-file', entry.size);
  return entry;
}

/** Parse and validate v1 manifest bytes (already signature-checked by the caller). */
export function parseManifest(bytes: Uint8Array): CacheManifest {
  if (bytes.length > MAX_MANIFEST_BYTES)
    fail('size', `at most ${MAX_MANIFEST_BYTES} bytes`, bytes.length);
  const m = documentOf(bytes, 'manifest.json');
  onlyKeys(m, HEADER_KEYS, 'document');
  if (m.schema !== MANIFEST_SCHEMA) fail('schema', MANIFEST_SCHEMA, m.schema);
  return parseV1(m);
}

function parseV1(m: Record<string, unknown>): CacheManifest {
  const header = parseHeaderFields(m);
  if (!Array.isArray(m.entries)) fail('entries', 'a list', m.entries);
  const seen = header.roots.map(() => new Set<string>());
  const entries = (m.entries as unknown[]).map((e, i): ManifestEntry => {
    const where = `entries[${i}]`;
    const entry = parseEntryObject(e, where, header.roots.length);
    if (seen[entry.root].has(entry.path)) fail(`${where}.path`, 'each path once', entry.path);
    seen[entry.root].add(entry.path);
    return entry;
  });
  return { schema: MANIFEST_SCHEMA, ...header, entries };
}

/**
 * Parse signed manifest bytes of either version: a v1 manifest with its entries inline, or a v2
 * header that pins the entries file (entries-file.ts reads and checks that file).
 */
export function parseAnyManifest(bytes: Uint8Array): CacheManifest | CacheManifestV2 {
  if (bytes.length > MAX_MANIFEST_BYTES)
    fail('size', `at most ${MAX_MANIFEST_BYTES} bytes`, bytes.length);
  const m = documentOf(bytes, 'manifest.json');
  onlyKeys(m, HEADER_KEYS, 'document');
  if (m.schema === MANIFEST_SCHEMA) return parseV1(m);
  if (m.schema !== MANIFEST_SCHEMA_V2)
    fail('schema', `${MANIFEST_SCHEMA_V2} (or ${MANIFEST_SCHEMA})`, m.schema);
  if (bytes.length > MAX_HEADER_BYTES)
    fail('size', `at most ${MAX_HEADER_BYTES} bytes for a v2 header`, bytes.length);
  const header = parseHeaderFields(m);
  const ef = obj(m.entries, 'entries');
  onlyKeys(ef, ['blake3', 'size', 'count'], 'entries');
  const digest = str(ef, 'blake3', 'entries');
  if (!HEX64.test(digest)) fail('entries.blake3', '64 hex digits', digest);
  return {
    schema: MANIFEST_SCHEMA_V2,
    ...header,
    entries: {
      blake3: digest,
      size: int(ef, 'size', 'entries', MAX_ENTRIES_FILE_BYTES),
      count: int(ef, 'count', 'entries', MAX_ENTRIES)
    }
  };
}

/** One entries-file line (without its newline): the canonical JSON of the entry. */
export function serializeEntry(e: ManifestEntry): string {
  // Fixed key order (the canonical form a restore compares each line with).
  const o: Record<string, unknown> = {
    root: e.root,
    path: e.path,
    type: e.type,
    size: e.size,
    mode: e.mode
  };
  if (e.blake3 !== undefined) o.blake3 = e.blake3;
  if (e.target !== undefined) o.target = e.target;
  return JSON.stringify(o);
}

/** The exact bytes that are signed and stored (either version). */
export function serializeManifest(m: CacheManifest | CacheManifestV2): Buffer {
  return Buffer.from(JSON.stringify(m) + '\n', 'utf8');
}

/** The tar member name of an entry inside the payload archive. */
export function memberName(e: Pick<ManifestEntry, 'root' | 'path'>): string {
  return `${e.root}/${e.path}`;
}
