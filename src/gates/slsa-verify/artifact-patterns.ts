/**
 * The `artifact` input as `actions/upload-artifact` reads `path`: one path or glob per line
 * (`release-artifacts/**\/*`, `dist/*.tgz`), `!` lines exclude, relative to the workspace.
 * Directories are skipped (their files are matched by the glob itself); a symlink is followed
 * to a regular file like any other file input, never into a directory (no loops). Hidden files
 * match only when the pattern names the dot. Every include pattern must match at least one file:
 * a pattern that matches nothing is an input error, never an artifact silently not verified.
 * The result is sorted by path, so the same tree always gives the same list.
 */
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { escape, minimatch } from 'minimatch';
import { IdentityInputError } from './identity.js';

/** More files than this under a pattern's folder is not a release; it is a mistake. */
export const MAX_WALKED_ENTRIES = 200_000;
/** More artifacts than this in one run is not a release either. */
export const MAX_ARTIFACTS = 4096;

/** Glob syntax: wildcards, classes, braces and extglobs (`+(a|b)`); a lone `+` or `(` is literal. */
const MAGIC = /[*?[\]{}]|[!+@]\(/;

export interface ArtifactFile {
  /** Absolute path. */
  path: string;
  /** As shown: relative to the workspace when inside it. */
  name: string;
}

function shown(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The folder a pattern's matches all live in (its leading segments without glob characters). */
function splitPattern(workspace: string, pattern: string): { base: string; absolute: string } {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const literal: string[] = [];
  while (literal.length < parts.length - 1 && !MAGIC.test(parts[literal.length])) {
    literal.push(parts[literal.length]);
  }
  const rest = parts.slice(literal.length).join('/');
  const base = resolve(workspace, literal.join('/') || '.');
  return { base, absolute: `${escape(base)}/${rest}` };
}

function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

function targetStat(path: string, st: Stats): Stats | undefined {
  if (!st.isSymbolicLink()) return st;
  try {
    return statSync(path);
  } catch {
    return undefined; // dangling: kept, so the reader reports it
  }
}

/** Every non-directory under `base` (symlinked folders are not entered). */
function walk(base: string, budget: { left: number }, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return; // not a folder, or unreadable: the pattern then matches nothing and says so
  }
  for (const name of names.sort()) {
    if (--budget.left < 0) return;
    const path = join(base, name);
    let st: Stats;
    try {
      st = lstatSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(path, budget, out);
    else if (!targetStat(path, st)?.isDirectory()) out.push(path);
  }
}

/** Expand the lines of `artifact` to files; throws IdentityInputError naming the input. */
export function expandArtifactPatterns(workspace: string, lines: string[]): ArtifactFile[] {
  const includes = lines.filter((l) => !l.startsWith('!'));
  const excludes = lines
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1).trim().replace(/^\.\//, ''));
  if (lines.length > 0 && includes.length === 0) {
    throw new IdentityInputError(
      'artifact',
      `only exclude patterns (${lines.join(', ')}); give the files to verify, then the ! lines to leave out`
    );
  }
  const excluded = excludes.filter((e) => e !== '').map((e) => splitPattern(workspace, e).absolute);
  const isExcluded = (path: string): boolean =>
    excluded.some((x) => minimatch(path, x, { dot: true }));
  const found = new Map<string, ArtifactFile>();
  for (const raw of includes) {
    const pattern = raw.replace(/^\.\//, '');
    const matched: string[] = [];
    if (!isGlob(pattern)) {
      // A plain path is read as given: a missing file, a directory or a FIFO is then an error
      // from the file reader, naming it.
      matched.push(resolve(workspace, pattern));
    } else {
      const { base, absolute } = splitPattern(workspace, pattern);
      const budget = { left: MAX_WALKED_ENTRIES };
      const files: string[] = [];
      walk(base, budget, files);
      if (budget.left < 0) {
        throw new IdentityInputError(
          'artifact',
          `'${raw}' walks more than ${MAX_WALKED_ENTRIES} entries under ${shown(workspace, base)}; narrow the pattern to the release files`
        );
      }
      for (const f of files) if (minimatch(f, absolute, { dot: false })) matched.push(f);
    }
    const kept = matched.filter((f) => !isExcluded(f));
    if (kept.length === 0) {
      throw new IdentityInputError(
        'artifact',
        matched.length
          ? `'${raw}' matches only excluded files (under ${workspace}); check the ! patterns`
          : `'${raw}' matches no file under ${workspace}; check the pattern and that the artifacts were downloaded to that path`
      );
    }
    for (const f of kept) found.set(f, { path: f, name: shown(workspace, f) });
  }
  if (found.size > MAX_ARTIFACTS) {
    throw new IdentityInputError(
      'artifact',
      `${found.size} files matched; at most ${MAX_ARTIFACTS} artifacts are verified in one run`
    );
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
