/**
 * Compares two snapshots of a build output by content: per-file sha256 first, then, for files
 * that differ and are archives on both sides, member by member. Archives are read only when
 * needed (a manifest brings its listings along). The result says, per difference, which aspects
 * differ and which stabilizer (if any) would allow each.
 */
import { join } from 'node:path';
import {
  ArchiveError,
  readArchive,
  type ArchiveLimits,
  type ArchiveListing
} from '../../archive/read-archive.js';
import { compareListings, type ArchiveDiff } from './compare-archives.js';
import type { FileRecord, Snapshot } from './snapshot.js';
import { stabilizerFor, STABILIZER_NAMES, type Aspect, type Stabilizer } from './stabilizers.js';

export interface FileDiff {
  path: string;
  aspects: Aspect[];
  detail: string[];
  archive?: ArchiveDiff;
  /** Why it could not be compared (hostile or corrupt archive). */
  error?: string;
}

export interface Comparison {
  filesA: number;
  filesB: number;
  bytesA: number;
  bytesB: number;
  identical: number;
  differences: FileDiff[];
  /** Stabilizers the differences need, allowed or not. */
  needed: Stabilizer[];
  /** Needed but not allowed. */
  notAllowed: Stabilizer[];
  /** Differences no stabilizer covers (paths). */
  real: string[];
  /** Files that could not be compared. */
  unreadable: string[];
}

/** Executable and special bits: what a tree's file mode means beyond the umask. */
const TREE_MODE_BITS = 0o7111;

async function listingOf(
  s: Snapshot,
  r: FileRecord,
  limits: ArchiveLimits
): Promise<ArchiveListing | undefined> {
  if (r.archive || r.archiveKnown || !s.root) return r.archive;
  const abs = s.kind === 'file' ? s.root : join(s.root, r.path);
  r.archive = await readArchive(abs, limits, `${s.source}${s.kind === 'file' ? '' : `/${r.path}`}`);
  r.archiveKnown = true;
  return r.archive;
}

async function compareFiles(
  a: Snapshot,
  b: Snapshot,
  ra: FileRecord,
  rb: FileRecord,
  limits: ArchiveLimits
): Promise<FileDiff | undefined> {
  const d: FileDiff = { path: ra.path, aspects: [], detail: [] };
  const add = (aspect: Aspect, text: string): void => {
    if (!d.aspects.includes(aspect)) d.aspects.push(aspect);
    d.detail.push(text);
  };
  if (ra.type !== rb.type) {
    add('type', `${ra.type} → ${rb.type}`);
    return d;
  }
  if (ra.type === 'symlink' && ra.target !== rb.target)
    add('link-target', `target ${ra.target} → ${rb.target}`);
  if (ra.type === 'special' && ra.special !== rb.special)
    add('type', `${ra.special} → ${rb.special}`);
  if (ra.type === 'file') {
    if (
      ra.mode !== undefined &&
      rb.mode !== undefined &&
      (ra.mode & TREE_MODE_BITS) !== (rb.mode & TREE_MODE_BITS)
    )
      add('mode', `mode ${ra.mode.toString(8)} → ${rb.mode.toString(8)}`);
    if (ra.sha256 !== rb.sha256) {
      let la: ArchiveListing | undefined;
      let lb: ArchiveListing | undefined;
      try {
        la = await listingOf(a, ra, limits);
        lb = await listingOf(b, rb, limits);
      } catch (err) {
        if (!(err instanceof ArchiveError)) throw err;
        d.error = err.message;
        add('unreadable', err.message);
        return d;
      }
      if (la && lb && la.kind === lb.kind) {
        const ad = compareListings(la, lb);
        d.archive = ad;
        const aspects = new Set<Aspect>([...ad.aspects, ...ad.members.flatMap((m) => m.aspects)]);
        if (aspects.size === 0) {
          add(
            'container',
            `the ${la.kind} archives hold equal members but their bytes differ (compression, padding or headers not compared)`
          );
        } else {
          for (const x of aspects) if (!d.aspects.includes(x)) d.aspects.push(x);
          d.detail.push(...ad.detail);
        }
      } else {
        const kinds =
          la || lb ? ` (${la?.kind ?? 'not an archive'} vs ${lb?.kind ?? 'not an archive'})` : '';
        add(
          'content',
          `content ${ra.size} → ${rb.size} bytes, sha256 ${ra.sha256?.slice(0, 12)} → ${rb.sha256?.slice(0, 12)}${kinds}`
        );
      }
    }
  }
  return d.aspects.length ? d : undefined;
}

export async function compareSnapshots(
  a: Snapshot,
  b: Snapshot,
  allowed: ReadonlySet<Stabilizer>,
  limits: ArchiveLimits
): Promise<Comparison> {
  let filesB = b.files;
  // Two single files are compared whatever their names.
  if (
    a.subjectKind === 'file' &&
    b.subjectKind === 'file' &&
    a.files.size === 1 &&
    b.files.size === 1
  ) {
    const [ra] = a.files.values();
    const [rb] = b.files.values();
    filesB = new Map([[ra.path, rb]]);
  }
  const differences: FileDiff[] = [];
  let identical = 0;
  const paths = [...new Set([...a.files.keys(), ...filesB.keys()])].sort();
  for (const p of paths) {
    const ra = a.files.get(p);
    const rb = filesB.get(p);
    if (!rb)
      differences.push({ path: p, aspects: ['only-in-a'], detail: [`only in a (${ra!.type})`] });
    else if (!ra)
      differences.push({ path: p, aspects: ['only-in-b'], detail: [`only in b (${rb.type})`] });
    else {
      const d = await compareFiles(a, b, ra, rb, limits);
      if (d) differences.push(d);
      else identical++;
    }
  }
  const needed = new Set<Stabilizer>();
  const real: string[] = [];
  const unreadable: string[] = [];
  for (const d of differences) {
    let isReal = false;
    for (const x of d.aspects) {
      const s = stabilizerFor(x);
      if (s) needed.add(s);
      else if (x === 'unreadable') unreadable.push(d.path);
      else isReal = true;
    }
    if (isReal) real.push(d.path);
  }
  const neededList = STABILIZER_NAMES.filter((s) => needed.has(s));
  return {
    filesA: a.files.size,
    filesB: b.files.size,
    bytesA: a.bytes,
    bytesB: b.bytes,
    identical,
    differences,
    needed: neededList,
    notAllowed: neededList.filter((s) => !allowed.has(s)),
    real,
    unreadable
  };
}
