/**
 * Walks the `path` items of a cache (files, folders, globs — as actions/cache takes them) into
 * manifest entries as a stream (depth first, each folder's names sorted: the manifest v2 order),
 * and hashes them with BLAKE3 in fixed-size reads (memory stays flat in bytes and in files).
 */
import { globSync, lstatSync, readdirSync, readlinkSync, type Dirent, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CHUNK_SIZE, hashFileSync } from './blake3.js';
import { PlacementError, type EntryKind } from '../cache/entry-tree.js';
import { comparePaths, SortedEntryTree } from '../cache/sorted-tree.js';
import { MAX_ENTRIES, type ManifestEntry, type ManifestRoot } from './manifest.js';

export { MAX_ENTRIES };

export interface WalkedEntry extends ManifestEntry {
  /** Absolute path on this machine (not part of the manifest). */
  abs: string;
}

export class TreeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TreeError';
  }
}

const GLOB_CHARS = /[*?[{]/;

export function isGlob(spec: string): boolean {
  return GLOB_CHARS.test(spec);
}

/** `~` → home; relative → under the workspace. */
export function expandPath(spec: string, workspace: string, home = homedir()): string {
  const s = spec === '~' ? home : spec.startsWith('~/') ? join(home, spec.slice(2)) : spec;
  return isAbsolute(s) ? resolve(s) : resolve(workspace, s);
}

/** Where a root's entries live on this machine. */
export function rootDir(root: ManifestRoot, workspace: string, home?: string): string {
  if (root.base === 'glob') return resolve(workspace);
  const p = expandPath(root.spec, workspace, home);
  return root.base === 'file' ? dirname(p) : p;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function modeOf(st: Stats): number {
  return st.mode & 0o777;
}

function placementTreeError(err: PlacementError, abs: string, rootAbs: string): TreeError {
  const what =
    err.reason === 'symlink-escape' || err.reason === 'symlink-loop'
      ? `symlink ${abs} does not stay inside ${rootAbs} (${err.message}); a restore would reject it. Exclude it or cache its target instead`
      : `${abs} cannot be cached: ${err.message}`;
  return new TreeError(what);
}

/** A listed folder being walked: its sorted children and the next one to visit. */
interface Frame {
  abs: string;
  rel: string;
  names: Dirent[];
  next: number;
}

function kindOf(d: Dirent | Stats): EntryKind | 'other' {
  return d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other';
}

const byName = (x: Dirent, y: Dirent): number => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/** One root's walk, yielding entries in the manifest v2 order; memory: the folder chain. */
class RootWalk {
  readonly tree: SortedEntryTree;

  constructor(
    readonly root: number,
    readonly rootAbs: string,
    label: string,
    private readonly counter: { n: number }
  ) {
    this.tree = new SortedEntryTree(label);
  }

  private place(rel: string, abs: string, kind: EntryKind, target?: string): void {
    try {
      this.tree.add(rel, kind, target);
    } catch (err) {
      if (err instanceof PlacementError) throw placementTreeError(err, abs, this.rootAbs);
      throw err;
    }
  }

  finish(): void {
    try {
      this.tree.finish();
    } catch (err) {
      if (err instanceof PlacementError)
        throw placementTreeError(err, join(this.rootAbs, err.path), this.rootAbs);
      throw err;
    }
  }

  /** The entry for one path (a file's size and mode come from its descriptor when packed). */
  private entry(rel: string, abs: string, kind: EntryKind | 'other', st?: Stats): WalkedEntry {
    if (++this.counter.n > MAX_ENTRIES)
      throw new TreeError(
        `more than ${MAX_ENTRIES} entries under the cache paths; cache fewer files`
      );
    const root = this.root;
    if (kind === 'symlink') {
      const target = readlinkSync(abs);
      let t = target;
      if (isAbsolute(target)) {
        // An absolute link into the same root is stored relative; anything else cannot be restored safely.
        t = toPosix(relative(dirname(abs), target));
      }
      this.place(rel, abs, 'symlink', t);
      return { root, path: rel, type: 'symlink', size: 0, mode: 0o777, target: t, abs };
    }
    if (kind === 'dir') {
      this.place(rel, abs, 'dir');
      return { root, path: rel, type: 'dir', size: 0, mode: modeOf(st ?? lstatSync(abs)), abs };
    }
    if (kind === 'file') {
      this.place(rel, abs, 'file');
      return {
        root,
        path: rel,
        type: 'file',
        size: st ? st.size : 0,
        mode: st ? modeOf(st) : 0,
        abs
      };
    }
    throw new TreeError(
      `${abs} is not a file, folder or symlink (a device, socket or FIFO); it cannot be cached`
    );
  }

  /** `abs` (already lstat-ed) and, for a folder, everything beneath it, depth first, sorted. */
  *walk(rel: string, abs: string, st: Stats): Generator<WalkedEntry> {
    const kind = kindOf(st);
    if (kind !== 'dir' || rel !== '') {
      yield this.entry(rel, abs, kind, st);
    }
    if (kind !== 'dir') return;
    const stack: Frame[] = [{ abs, rel, names: this.list(abs), next: 0 }];
    while (stack.length) {
      const f = stack[stack.length - 1];
      if (f.next === f.names.length) {
        stack.pop();
        continue;
      }
      const d = f.names[f.next++];
      const childAbs = `${f.abs}${sep}${d.name}`;
      const childRel = f.rel === '' ? d.name : `${f.rel}/${d.name}`;
      const k = kindOf(d);
      yield this.entry(childRel, childAbs, k);
      if (k === 'dir')
        stack.push({ abs: childAbs, rel: childRel, names: this.list(childAbs), next: 0 });
    }
  }

  private list(abs: string): Dirent[] {
    return readdirSync(abs, { withFileTypes: true }).sort(byName);
  }
}

export interface WalkPlan {
  roots: ManifestRoot[];
  /** Path items that match nothing (actions/cache warns about them). */
  missing: string[];
  /**
   * The entries, walked lazily as they are iterated (once): each root's paths in the manifest
   * v2 order, checked against the placement rules as they come; a root's symlinks are
   * re-resolved against its whole tree once its walk ends.
   */
  entries: Iterable<WalkedEntry>;
}

interface PlannedRoot {
  rootAbs: string;
  /** Literal items: the item; globs: the sorted matches. */
  items: { abs: string; rel: string; st: Stats }[];
}

/**
 * Resolve the `path` items into roots (globs are expanded here and their matches sorted; a
 * glob's match list is the one thing held per path) and a lazy walk of their entries.
 */
export function walkEntries(specs: string[], workspace: string, home?: string): WalkPlan {
  const roots: ManifestRoot[] = [];
  const missing: string[] = [];
  const planned: PlannedRoot[] = [];
  const ws = resolve(workspace);
  for (const spec of specs) {
    if (isGlob(spec)) {
      roots.push({ spec, base: 'glob' });
      const matches = globSync(spec, { cwd: ws }).map((m) => {
        const abs = resolve(ws, m);
        const rel = relative(ws, abs);
        if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
          throw new TreeError(
            `glob '${spec}' matches ${abs}, outside the workspace; use a literal path for it`
          );
        }
        return { abs, rel: toPosix(rel) };
      });
      matches.sort((a, b) => comparePaths(a.rel, b.rel));
      if (!matches.length) missing.push(spec);
      const items: PlannedRoot['items'] = [];
      let covered: string | undefined;
      let previous: string | undefined;
      for (const m of matches) {
        // Matches may overlap (a folder and a file in it): each entry once.
        if (m.rel === previous) continue;
        previous = m.rel;
        if (covered !== undefined && m.rel.startsWith(`${covered}/`)) continue;
        const st = lstatSync(m.abs);
        covered = st.isDirectory() ? m.rel : undefined;
        items.push({ ...m, st });
      }
      planned.push({ rootAbs: ws, items });
      continue;
    }
    const abs = expandPath(spec, workspace, home);
    let st: Stats;
    try {
      st = lstatSync(abs);
    } catch {
      roots.push({ spec, base: 'dir' });
      missing.push(spec);
      planned.push({ rootAbs: abs, items: [] });
      continue;
    }
    if (st.isDirectory()) {
      roots.push({ spec, base: 'dir' });
      planned.push({ rootAbs: abs, items: [{ abs, rel: '', st }] });
    } else {
      roots.push({ spec, base: 'file' });
      planned.push({ rootAbs: dirname(abs), items: [{ abs, rel: toPosix(basename(abs)), st }] });
    }
  }
  const counter = { n: 0 };
  let started = false;
  const entries: Iterable<WalkedEntry> = {
    *[Symbol.iterator]() {
      if (started) throw new Error('internal: a walk is iterated once');
      started = true;
      for (let i = 0; i < planned.length; i++) {
        const p = planned[i];
        const walk = new RootWalk(i, p.rootAbs, `the cache path '${specs[i]}'`, counter);
        for (const item of p.items) yield* walk.walk(item.rel, item.abs, item.st);
        walk.finish();
      }
    }
  };
  return { roots, missing, entries };
}

/**
 * Resolve the `path` items into roots and entries (no hashing), all in memory (tests and small
 * callers; save streams walkEntries instead). Items that match nothing are reported in `missing`.
 */
export function walkPaths(
  specs: string[],
  workspace: string,
  home?: string
): { roots: ManifestRoot[]; entries: WalkedEntry[]; missing: string[] } {
  const plan = walkEntries(specs, workspace, home);
  const entries = [...plan.entries];
  return { roots: plan.roots, entries, missing: plan.missing };
}

/** Hash every file entry in place, with its size and mode from the open file. */
export function hashEntries(
  entries: WalkedEntry[],
  buffer: Buffer = Buffer.allocUnsafe(CHUNK_SIZE)
): number {
  let bytes = 0;
  for (const e of entries) {
    if (e.type !== 'file') continue;
    const { blake3, size, mode } = hashFileSync(e.abs, buffer);
    e.blake3 = blake3;
    e.size = size;
    e.mode = mode;
    bytes += size;
  }
  return bytes;
}

/** Drop the machine-local `abs` field. */
export function toManifestEntries(entries: WalkedEntry[]): ManifestEntry[] {
  return entries.map(({ abs: _abs, ...e }) => e);
}
