/**
 * The digest manifest of a build output (`ci-intel.determinism-manifest.v1`): every file's path,
 * type, size, sha256 and mode, symlink targets, and for archives their members — so a later job
 * (another architecture, another day) can compare against it down to the member. Parsed strictly:
 * duplicate keys, unknown fields, wrong types and unsafe paths are refused.
 */
import { readRegularTextFile } from '../../core/read-file.js';
import { parseStrictJson } from '../../core/strict-json.js';
import { isSafeRelativePath } from '../../hashing/manifest.js';
import type { ArchiveEntry, ArchiveListing } from '../../archive/read-archive.js';
import type { FileRecord, Snapshot } from './snapshot.js';

export const DETERMINISM_MANIFEST_SCHEMA = 'ci-intel.determinism-manifest.v1';
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

export interface DeterminismManifest {
  schema: typeof DETERMINISM_MANIFEST_SCHEMA;
  subject: string;
  subjectKind: 'tree' | 'file';
  origin: Record<string, string>;
  files: FileRecord[];
}

export class ManifestFormatError extends Error {
  override name = 'ManifestFormatError';
}

export function toManifest(s: Snapshot, origin: Record<string, string>): DeterminismManifest {
  const files = [...s.files.values()]
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
    .map((f) => {
      const out: FileRecord = { path: f.path, type: f.type, size: f.size };
      if (f.sha256) out.sha256 = f.sha256;
      if (f.mode !== undefined) out.mode = f.mode;
      if (f.target !== undefined) out.target = f.target;
      if (f.special) out.special = f.special;
      if (f.archive) out.archive = f.archive;
      return out;
    });
  return {
    schema: DETERMINISM_MANIFEST_SCHEMA,
    subject: s.source,
    subjectKind: s.subjectKind,
    origin,
    files
  };
}

/** Whether text looks like one of our manifests (the schema field is checked after parsing). */
export function looksLikeManifest(head: Buffer): boolean {
  const t = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return t.startsWith('{') && t.includes(DETERMINISM_MANIFEST_SCHEMA);
}

type Obj = Record<string, unknown>;

function bad(where: string, expected: string, got: unknown): never {
  const shown =
    typeof got === 'string' ? `'${got.slice(0, 120)}'` : JSON.stringify(got)?.slice(0, 120);
  throw new ManifestFormatError(`${where}: expected ${expected}, got ${shown}`);
}
function obj(v: unknown, where: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad(where, 'an object', v);
  return v as Obj;
}
function only(o: Obj, keys: string[], where: string): void {
  for (const k of Object.keys(o)) if (!keys.includes(k)) bad(where, `only ${keys.join(', ')}`, k);
}
function str(o: Obj, k: string, where: string, optional = false): string | undefined {
  const v = o[k];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string') bad(`${where}.${k}`, 'a string', v);
  return v;
}
function int(o: Obj, k: string, where: string, optional = false): number | undefined {
  const v = o[k];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    bad(`${where}.${k}`, 'an integer ≥ 0', v);
  return v;
}
const HEX64 = /^[0-9a-f]{64}$/;
function digest(o: Obj, k: string, where: string, optional: boolean): string | undefined {
  const d = str(o, k, where, optional);
  if (d !== undefined && !HEX64.test(d)) bad(`${where}.${k}`, '64 lowercase hex digits', d);
  return d;
}

const ENTRY_KEYS = [
  'name',
  'type',
  'size',
  'sha256',
  'mode',
  'uid',
  'gid',
  'uname',
  'gname',
  'mtime',
  'linkname',
  'extra',
  'method',
  'encrypted',
  'pax'
];
const ENTRY_TYPES = ['file', 'dir', 'symlink', 'hardlink', 'device', 'fifo'];
const KINDS = ['tar', 'tar.gz', 'tar.zst', 'zip', 'ar', 'gzip', 'zst'];

function parseEntry(v: unknown, where: string): ArchiveEntry {
  const o = obj(v, where);
  only(o, ENTRY_KEYS, where);
  const type = str(o, 'type', where)!;
  if (!ENTRY_TYPES.includes(type)) bad(`${where}.type`, ENTRY_TYPES.join('|'), type);
  const e: ArchiveEntry = {
    name: str(o, 'name', where)!,
    type: type as ArchiveEntry['type'],
    size: int(o, 'size', where)!
  };
  e.sha256 = digest(o, 'sha256', where, true);
  for (const k of ['mode', 'uid', 'gid', 'mtime', 'method'] as const) e[k] = int(o, k, where, true);
  for (const k of ['uname', 'gname', 'linkname'] as const) e[k] = str(o, k, where, true);
  if (o.extra !== undefined) {
    if (!Array.isArray(o.extra) || o.extra.some((x) => typeof x !== 'string'))
      bad(`${where}.extra`, 'a list of strings', o.extra);
    e.extra = o.extra as string[];
  }
  if (o.encrypted !== undefined) {
    if (typeof o.encrypted !== 'boolean') bad(`${where}.encrypted`, 'a boolean', o.encrypted);
    e.encrypted = o.encrypted;
  }
  if (o.pax !== undefined) {
    const p = obj(o.pax, `${where}.pax`);
    for (const [k, val] of Object.entries(p))
      if (typeof val !== 'string') bad(`${where}.pax.${k}`, 'a string', val);
    e.pax = p as Record<string, string>;
  }
  for (const k of Object.keys(e) as (keyof ArchiveEntry)[]) if (e[k] === undefined) delete e[k];
  return e;
}

function parseListing(v: unknown, where: string): ArchiveListing {
  const o = obj(v, where);
  only(o, ['kind', 'prefixBytes', 'prefixSha256', 'wrapper', 'comment', 'entries'], where);
  const kind = str(o, 'kind', where)!;
  if (!KINDS.includes(kind)) bad(`${where}.kind`, KINDS.join('|'), kind);
  if (!Array.isArray(o.entries)) bad(`${where}.entries`, 'a list', o.entries);
  const l: ArchiveListing = {
    kind: kind as ArchiveListing['kind'],
    entries: (o.entries as unknown[]).map((e, i) => parseEntry(e, `${where}.entries[${i}]`))
  };
  const prefix = int(o, 'prefixBytes', where, true);
  if (prefix !== undefined) l.prefixBytes = prefix;
  const ps = digest(o, 'prefixSha256', where, true);
  if (ps) l.prefixSha256 = ps;
  const comment = str(o, 'comment', where, true);
  if (comment !== undefined) l.comment = comment;
  if (o.wrapper !== undefined) {
    const w = obj(o.wrapper, `${where}.wrapper`);
    for (const [k, val] of Object.entries(w))
      if (typeof val !== 'string' && typeof val !== 'number')
        bad(`${where}.wrapper.${k}`, 'a string or number', val);
    l.wrapper = w as Record<string, string | number>;
  }
  return l;
}

/** Parse manifest text; `source` names it in messages. */
export function parseManifest(text: string, source: string): DeterminismManifest {
  const m = obj(parseStrictJson(text, source), source);
  only(m, ['schema', 'subject', 'subjectKind', 'origin', 'files'], source);
  if (m.schema !== DETERMINISM_MANIFEST_SCHEMA)
    bad(`${source}.schema`, DETERMINISM_MANIFEST_SCHEMA, m.schema);
  const subjectKind = str(m, 'subjectKind', source);
  if (subjectKind !== 'tree' && subjectKind !== 'file')
    bad(`${source}.subjectKind`, 'tree or file', subjectKind);
  const origin = obj(m.origin, `${source}.origin`);
  for (const [k, v] of Object.entries(origin))
    if (typeof v !== 'string') bad(`${source}.origin.${k}`, 'a string', v);
  if (!Array.isArray(m.files)) bad(`${source}.files`, 'a list', m.files);
  const seen = new Set<string>();
  const files = (m.files as unknown[]).map((v, i): FileRecord => {
    const where = `${source}.files[${i}]`;
    const o = obj(v, where);
    only(o, ['path', 'type', 'size', 'sha256', 'mode', 'target', 'special', 'archive'], where);
    const path = str(o, 'path', where)!;
    if (!isSafeRelativePath(path))
      bad(`${where}.path`, 'a relative path without .. or empty segments', path);
    if (seen.has(path)) bad(`${where}.path`, 'each path once', path);
    seen.add(path);
    const type = str(o, 'type', where);
    if (type !== 'file' && type !== 'dir' && type !== 'symlink' && type !== 'special')
      bad(`${where}.type`, 'file, dir, symlink or special', type);
    const r: FileRecord = { path, type, size: int(o, 'size', where)! };
    if (type === 'file') r.sha256 = digest(o, 'sha256', where, false);
    const mode = int(o, 'mode', where, true);
    if (mode !== undefined) r.mode = mode;
    if (type === 'symlink') r.target = str(o, 'target', where);
    if (type === 'special') r.special = str(o, 'special', where);
    if (o.archive !== undefined) r.archive = parseListing(o.archive, `${where}.archive`);
    r.archiveKnown = type === 'file';
    return r;
  });
  return {
    schema: DETERMINISM_MANIFEST_SCHEMA,
    subject: str(m, 'subject', source)!,
    subjectKind,
    origin: origin as Record<string, string>,
    files
  };
}

export function readManifestFile(abs: string, source: string): DeterminismManifest {
  return parseManifest(
    readRegularTextFile(abs, { maxBytes: MAX_MANIFEST_BYTES, what: source }),
    source
  );
}

export function manifestSnapshot(m: DeterminismManifest, source: string): Snapshot {
  const files = new Map(m.files.map((f) => [f.path, f]));
  let bytes = 0;
  for (const f of m.files) if (f.type === 'file') bytes += f.size;
  return {
    source,
    kind: 'manifest',
    subjectKind: m.subjectKind,
    files,
    bytes,
    origin: { subject: m.subject, ...m.origin }
  };
}
