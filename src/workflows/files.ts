/** Finding and reading the files a gate inspects, bounded. */
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { GateError } from '../core/errors.js';

const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_WALK = 50_000;

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function walk(dir: string, out: string[], budget: { left: number }): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (--budget.left < 0) {
      throw new GateError(
        `more than ${MAX_WALK} files under the glob's folder; narrow the pattern`
      );
    }
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(full, out, budget);
    } else if (e.isFile()) out.push(full);
  }
}

/**
 * Expand files, folders and globs (relative to `root`) into a sorted list of absolute paths.
 * A folder stands for its `*.yml` and `*.yaml` files. Patterns that match nothing are returned in
 * `unmatched` so the caller can decide whether that matters.
 */
export function expandFiles(
  root: string,
  patterns: string[],
  folderExtensions = ['.yml', '.yaml']
): { files: string[]; unmatched: string[] } {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const before = files.size;
    if (!GLOB_CHARS.test(pattern)) {
      const full = isAbsolute(pattern) ? pattern : resolve(root, pattern);
      let st;
      try {
        st = statSync(full);
      } catch {
        unmatched.push(pattern);
        continue;
      }
      if (st.isDirectory()) {
        for (const name of readdirSync(full).sort()) {
          if (
            folderExtensions.some((x) => name.endsWith(x)) &&
            statSync(join(full, name)).isFile()
          ) {
            files.add(join(full, name));
          }
        }
      } else files.add(full);
    } else {
      const abs = isAbsolute(pattern) ? pattern : resolve(root, pattern);
      const parts = toPosix(abs).split('/');
      const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
      const base = parts.slice(0, firstGlob).join('/') || '/';
      const found: string[] = [];
      walk(base, found, { left: MAX_WALK });
      for (const f of found) if (minimatch(toPosix(f), toPosix(abs), { dot: true })) files.add(f);
    }
    if (files.size === before) unmatched.push(pattern);
  }
  return { files: [...files].sort(), unmatched };
}

/** Path of `file` relative to `root`, in posix form (as findings and SARIF show it). */
export function displayPath(root: string, file: string): string {
  const rel = relative(root, file);
  return toPosix(rel.startsWith('..') ? file : rel);
}

/** Read a text file, refusing more than `maxBytes` without reading it all. */
export function readBounded(file: string, maxBytes: number): string {
  const size = statSync(file).size;
  if (size > maxBytes) {
    throw new GateError(`${file} is ${size} bytes; the limit is ${maxBytes} bytes`);
  }
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, maxBytes) + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    if (n > maxBytes) throw new GateError(`${file} grew past ${maxBytes} bytes while being read`);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The workflow files named by a gate's `workflows` input. Globs that match nothing are fine (a
 * repository may have no `.yaml` files); a file or folder named outright that does not exist is
 * an error naming the input, never an empty pass.
 */
export function expandWorkflowInput(
  root: string,
  patterns: string[],
  input = 'workflows'
): string[] {
  const { files, unmatched } = expandFiles(root, patterns);
  const explicitMissing = unmatched.filter((p) => !GLOB_CHARS.test(p));
  if (explicitMissing.length) {
    throw new GateError(
      `input '${input}': ${explicitMissing.join(', ')} not found under ${root}`,
      'Give workflow files, folders or globs relative to the repository root.'
    );
  }
  return files;
}
