/**
 * Moves a verified, extracted entry from staging to its destinations. Runs only after every
 * check passed; the tree it reads was written by us in a private folder.
 */
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  renameSync,
  rmSync,
  symlinkSync
} from 'node:fs';
import { basename, join } from 'node:path';
import type { CacheManifest } from '../hashing/manifest.js';
import { expandPath, rootDir } from '../hashing/tree.js';
import { Rejection } from './extract.js';

function lstatOrUndefined(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

/** Check where each root would land before touching anything. */
export function checkDestinations(manifest: CacheManifest, workspace: string): void {
  for (const e of manifest.entries) {
    const root = manifest.roots[e.root];
    if (root.base === 'file' && e.path !== basename(expandPath(root.spec, workspace))) {
      throw new Rejection(
        'paths-mismatch',
        `entry '${e.path}' under file root '${root.spec}'; expected exactly '${basename(root.spec)}'`,
        e.path
      );
    }
  }
}

export function placeEntry(manifest: CacheManifest, extractDir: string, workspace: string): void {
  for (const e of manifest.entries) {
    const src = join(extractDir, String(e.root), ...e.path.split('/'));
    const dest = join(rootDir(manifest.roots[e.root], workspace), ...e.path.split('/'));
    const existing = lstatOrUndefined(dest);
    if (e.type === 'dir') {
      if (existing && !existing.isDirectory()) rmSync(dest, { force: true });
      mkdirSync(dest, { recursive: true });
      chmodSync(dest, e.mode | 0o700);
      continue;
    }
    mkdirSync(join(dest, '..'), { recursive: true });
    if (existing) rmSync(dest, { recursive: existing.isDirectory(), force: true });
    if (e.type === 'symlink') {
      symlinkSync(e.target!, dest);
    } else {
      try {
        renameSync(src, dest);
      } catch {
        copyFileSync(src, dest);
      }
      chmodSync(dest, e.mode);
    }
  }
}
