/**
 * Walks the `path` items of a cache (files, folders, globs — as actions/cache takes them) into
 * manifest entries, and hashes them with BLAKE3 in fixed-size reads (memory stays flat).
 */
import { globSync, lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CHUNK_SIZE, hashFileSync } from './blake3.js';
import { EntryTree, PlacementError, type EntryKind } from '../cache/entry-tree.js';
import type { ManifestEntry, ManifestRoot } from './manifest.js';

export const MAX_ENTRIES = 1_000_000;

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

class Walker {
  readonly entries: WalkedEntry[] = [];
  private readonly seen = new Set<string>();
  /** Per root: the placement model a restore will check the manifest against. */
  readonly trees: { tree: EntryTree; rootAbs: string }[] = [];

  private place(root: number, rel: string, abs: string, kind: EntryKind, target?: string): void {
    try {
      this.trees[root].tree.add(rel, kind, target);
    } catch (err) {
      if (err instanceof PlacementError)
        throw placementTreeError(err, abs, this.trees[root].rootAbs);
      throw err;
    }
  }

  /** Resolve every symlink against the whole walked tree (the order of the walk cannot hide a chain). */
  finish(): void {
    for (const { tree, rootAbs } of this.trees) {
      try {
        tree.finish();
      } catch (err) {
        if (err instanceof PlacementError)
          throw placementTreeError(err, join(rootAbs, err.path), rootAbs);
        throw err;
      }
    }
  }

  /** A path item itself, or a glob match (already lstat-ed). */
  add(root: number, rootAbs: string, abs: string, st: Stats, dedupe = false): void {
    const rel = toPosix(relative(rootAbs, abs));
    if (dedupe) {
      // Glob matches may overlap (a folder and a file in it): each entry once.
      const id = `${root}/${rel}`;
      if (this.seen.has(id)) return;
      this.seen.add(id);
    }
    const kind = st.isSymbolicLink()
      ? 'symlink'
      : st.isDirectory()
        ? 'dir'
        : st.isFile()
          ? 'file'
          : 'other';
    this.visit(root, rel, abs, kind, st, dedupe);
  }

  /**
   * One entry. Below a path item, kinds come from the folder listing (no stat per file): a
   * file's size and mode are taken from its open descriptor when it is packed or hashed.
   */
  private visit(
    root: number,
    rel: string,
    abs: string,
    kind: EntryKind | 'other',
    st: Stats | undefined,
    dedupe: boolean
  ): void {
    if (this.entries.length >= MAX_ENTRIES) {
      throw new TreeError(
        `more than ${MAX_ENTRIES} entries under the cache paths; cache fewer files`
      );
    }
    if (kind === 'symlink') {
      const target = readlinkSync(abs);
      let t = target;
      if (isAbsolute(target)) {
        // An absolute link into the same root is stored relative; anything else cannot be restored safely.
        const inside = relative(dirname(abs), target);
        t = toPosix(inside);
      }
      this.place(root, rel, abs, 'symlink', t);
      this.entries.push({ root, path: rel, type: 'symlink', size: 0, mode: 0o777, target: t, abs });
    } else if (kind === 'dir') {
      if (rel !== '') {
        this.place(root, rel, abs, 'dir');
        const mode = modeOf(st ?? lstatSync(abs));
        this.entries.push({ root, path: rel, type: 'dir', size: 0, mode, abs });
      }
      const names = readdirSync(abs, { withFileTypes: true });
      names.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      for (const d of names) {
        const childAbs = `${abs}${sep}${d.name}`;
        const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
        if (dedupe) {
          const id = `${root}/${childRel}`;
          if (this.seen.has(id)) continue;
          this.seen.add(id);
        }
        const k: EntryKind | 'other' = d.isSymbolicLink()
          ? 'symlink'
          : d.isDirectory()
            ? 'dir'
            : d.isFile()
              ? 'file'
              : 'other';
        this.visit(root, childRel, childAbs, k, undefined, dedupe);
      }
    } else if (kind === 'file') {
      this.place(root, rel, abs, 'file');
      this.entries.push({
        root,
        path: rel,
        type: 'file',
        size: st ? st.size : 0,
        mode: st ? modeOf(st) : 0,
        abs
      });
    } else {
      throw new TreeError(
        `${abs} is not a file, folder or symlink (a device, socket or FIFO); it cannot be cached`
      );
    }
  }
}

/**
 * Resolve the `path` items into roots and entries (no hashing). Items that match nothing are
 * reported in `missing`, as actions/cache warns about them.
 */
export function walkPaths(
  specs: string[],
  workspace: string,
  home?: string
): { roots: ManifestRoot[]; entries: WalkedEntry[]; missing: string[] } {
  const walker = new Walker();
  const roots: ManifestRoot[] = [];
  const missing: string[] = [];
  specs.forEach((spec, i) => {
    walker.trees.push({ tree: new EntryTree(`the cache path '${spec}'`), rootAbs: '' });
    if (isGlob(spec)) {
      walker.trees[i].rootAbs = resolve(workspace);
      roots.push({ spec, base: 'glob' });
      const ws = resolve(workspace);
      const matches = globSync(spec, { cwd: ws })
        .map((m) => resolve(ws, m))
        .sort();
      if (!matches.length) missing.push(spec);
      for (const abs of matches) {
        const rel = relative(ws, abs);
        if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
          throw new TreeError(
            `glob '${spec}' matches ${abs}, outside the workspace; use a literal path for it`
          );
        }
        walker.add(i, ws, abs, lstatSync(abs), true);
      }
      return;
    }
    const abs = expandPath(spec, workspace, home);
    let st: Stats;
    try {
      st = lstatSync(abs);
    } catch {
      roots.push({ spec, base: 'dir' });
      missing.push(spec);
      return;
    }
    if (st.isDirectory()) {
      roots.push({ spec, base: 'dir' });
      walker.trees[i].rootAbs = abs;
      walker.add(i, abs, abs, st);
    } else {
      roots.push({ spec, base: 'file' });
      walker.trees[i].rootAbs = dirname(abs);
      walker.add(i, dirname(abs), abs, st);
    }
  });
  walker.finish();
  return { roots, entries: walker.entries, missing };
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
