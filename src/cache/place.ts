/**
 * Moves a verified, extracted entry from staging to its destinations. Runs only after every
 * check passed; the tree it reads was written by us in a private folder.
 *
 * Before anything is moved, every destination is checked: a root (or a folder above it, or a
 * folder the entry needs but does not list) that is a symlink resolving outside the workspace —
 * or outside home for `~` paths — is refused, never written through. Folders the entry lists
 * replace whatever is at their path (a symlink there is removed, not followed).
 */
import {
  chmodSync,
  constants as fsConstants,
  copyFileSync,
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  type Stats
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ManifestEntry, ManifestRoot } from '../hashing/manifest.js';
import { expandPath, isGlob, rootDir } from '../hashing/tree.js';
import { Rejection } from './extract.js';

/** A destination the entry cannot be placed at without writing through a foreign symlink. */
export class DestinationError extends Error {
  override name = 'DestinationError';
  constructor(
    message: string,
    readonly path: string
  ) {
    super(message);
  }
}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

interface Destination {
  /** Where the root's entries go. */
  dir: string;
  /** What every symlink on the way must stay inside (real path), and its name for messages. */
  base: string;
  baseName: string;
  /** The base's real path, resolved once. */
  baseReal?: string;
  /** checkRootDir passed (it runs once per root). */
  rootChecked?: boolean;
}

function destinationOf(root: ManifestRoot, workspace: string, home: string): Destination {
  const dir = rootDir(root, workspace, home);
  const ws = resolve(workspace);
  if (isGlob(root.spec) || inside(dir, ws))
    return { dir, base: ws, baseName: `the workspace ${ws}` };
  if (root.spec === '~' || root.spec.startsWith('~/'))
    return { dir, base: resolve(home), baseName: `the home folder ${home}` };
  // An absolute path outside the workspace: the path itself is the boundary.
  return { dir, base: dir, baseName: dir };
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Refuse `dir` when it, or a folder between `d.base` and it, exists as something other than a
 * real folder: a symlink resolving outside the base, or a file.
 */
function checkFolderChain(dir: string, d: Destination, checked: Set<string>): void {
  if (checked.has(dir)) return;
  d.baseReal ??= realOrSelf(d.base);
  const baseReal = d.baseReal;
  // The folders strictly below the base, down to `dir` (the base itself is given).
  const chain: string[] = [];
  for (let p = dir; p !== d.base && inside(p, d.base) && dirname(p) !== p; p = dirname(p))
    chain.push(p);
  chain.reverse();
  for (let i = 0; i < chain.length; i++) {
    const p = chain[i];
    if (checked.has(p)) continue;
    const st = lstatOrUndefined(p);
    if (!st) {
      // The rest does not exist yet and will be created as real folders.
      for (const q of chain.slice(i)) checked.add(q);
      break;
    }
    if (st.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(p);
      } catch {
        throw new DestinationError(
          `restore destination ${dir}: ${p} is a symlink that does not resolve; nothing was restored (a restore never writes through a symlink). Remove it or cache another path`,
          p
        );
      }
      if (!inside(real, baseReal)) {
        throw new DestinationError(
          `restore destination ${dir}: ${p} is a symlink to ${real}, outside ${d.baseName}; nothing was restored (a restore never writes through a symlink). Remove the symlink or cache another path`,
          p
        );
      }
    } else if (!st.isDirectory()) {
      throw new DestinationError(
        `restore destination ${dir}: ${p} is a file, not a folder; nothing was restored. Remove it or cache another path`,
        p
      );
    }
    checked.add(p);
  }
}

/**
 * The roots and the verified entries to place: a v1 manifest as it is, or a v2 header's roots
 * with its entries file read as it is iterated (each pass reads it afresh, in order).
 */
export interface Placement {
  roots: ManifestRoot[];
  entries: Iterable<ManifestEntry>;
}

/** A root's destination and the folders above it: real folders (or absent), never a symlink out. */
function checkRootDir(d: Destination, checked: Set<string>): void {
  if (d.rootChecked) return;
  if (d.base === d.dir) {
    const st = lstatOrUndefined(d.dir);
    if (st?.isSymbolicLink())
      throw new DestinationError(
        `restore destination ${d.dir} is a symlink to ${realOrSelf(d.dir)}; nothing was restored (a restore never writes through a symlink). Remove the symlink or cache another path`,
        d.dir
      );
  }
  checkFolderChain(d.dir, d, checked);
  d.rootChecked = true;
}

/** Check where each root and entry would land before touching anything. */
export function checkDestinations(
  manifest: Placement,
  workspace: string,
  home: string = homedir()
): void {
  const checked = new Set<string>();
  const dests = manifest.roots.map((r) => destinationOf(r, workspace, home));
  // A fresh checkout: every root is a folder root whose destination does not exist yet. Nothing
  // lies beneath an absent folder, so the per-entry checks below would find nothing there: the
  // roots' chains are checked and the entries are not read again (v2: a pass over the file).
  if (manifest.roots.every((r) => r.base === 'dir')) {
    for (const d of dests) checkRootDir(d, checked);
    if (dests.every((d) => !lstatOrUndefined(d.dir))) return;
  }
  const listedDirs = new Set<string>();
  for (const e of manifest.entries) {
    const root = manifest.roots[e.root];
    if (root.base === 'file' && e.path !== basename(expandPath(root.spec, workspace, home))) {
      throw new Rejection(
        'paths-mismatch',
        `entry '${e.path}' under file root '${root.spec}'; expected exactly '${basename(root.spec)}'`,
        e.path
      );
    }
    const d = dests[e.root];
    checkRootDir(d, checked);
    // Folders above the entry that the entry does not list: they must be real (or absent).
    const segs = e.path.split('/');
    for (let k = 1; k < segs.length; k++) {
      const rel = segs.slice(0, k).join('/');
      const abs = join(d.dir, ...segs.slice(0, k));
      if (listedDirs.has(`${e.root}/${rel}`)) break;
      checkFolderChain(abs, d, checked);
    }
    if (e.type === 'dir') listedDirs.add(`${e.root}/${e.path}`);
  }
}

/** Make `dir` a real folder (its parents were checked by checkDestinations). */
function ensureDir(dir: string, made: Set<string>): void {
  if (made.has(dir)) return;
  const st = lstatOrUndefined(dir);
  if (!st) {
    ensureDir(dirname(dir), made);
    mkdirSync(dir);
  } else if (!st.isDirectory() && !st.isSymbolicLink()) {
    throw new DestinationError(`${dir} is a file, not a folder; nothing more was restored`, dir);
  }
  made.add(dir);
}

export function placeEntry(
  manifest: Placement,
  extractDir: string,
  workspace: string,
  home: string = homedir()
): void {
  const made = new Set<string>();
  // A folder root whose destination does not exist yet (a fresh checkout) is moved with one
  // rename: the staged tree holds exactly the verified entries, with their final modes.
  const moved = new Set<number>();
  manifest.roots.forEach((root, i) => {
    if (root.base !== 'dir') return;
    const dest = rootDir(root, workspace, home);
    if (lstatOrUndefined(dest)) return;
    ensureDir(dirname(dest), made);
    try {
      renameSync(join(extractDir, String(i)), dest);
      moved.add(i);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    }
  });
  // Every root moved whole: the entries are not read again.
  if (moved.size === manifest.roots.length) return;
  for (const e of manifest.entries) {
    if (moved.has(e.root)) continue;
    const segs = e.path.split('/');
    const src = join(extractDir, String(e.root), ...segs);
    const dest = join(rootDir(manifest.roots[e.root], workspace, home), ...segs);
    const existing = lstatOrUndefined(dest);
    if (e.type === 'dir') {
      if (existing && !existing.isDirectory()) rmSync(dest, { force: true });
      ensureDir(dirname(dest), made);
      if (!existing || !existing.isDirectory()) mkdirSync(dest);
      chmodSync(dest, e.mode | 0o700);
      made.add(dest);
      continue;
    }
    ensureDir(dirname(dest), made);
    // A file or symlink in the way of a file is replaced by the rename itself, in one step (the
    // name never goes missing, and no unlink is paid for it); anything else is removed first.
    if (existing && (existing.isDirectory() || e.type === 'symlink'))
      rmSync(dest, { recursive: existing.isDirectory(), force: true });
    if (e.type === 'symlink') {
      symlinkSync(e.target!, dest);
    } else {
      try {
        renameSync(src, dest);
      } catch {
        // Another filesystem (EXDEV): copy, never through what is at dest — not a symlink left
        // there, nor one made meanwhile (COPYFILE_EXCL fails on any name in the way).
        rmSync(dest, { force: true });
        copyFileSync(src, dest, fsConstants.COPYFILE_EXCL);
      }
      chmodSync(dest, e.mode);
    }
  }
}
