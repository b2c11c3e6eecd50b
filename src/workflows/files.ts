/**
 * Finding and reading the workflow files a gate inspects. Every input form (file, folder, glob)
 * lists the same candidates, symlinks included: GitHub reads workflows from the git tree and does
 * not follow a symlink, so a symlinked workflow (or one under a symlinked folder) is reported by
 * the loader, never skipped and never read through the link.
 */
import {
  lstatSync,
  opendirSync,
  readdirSync,
  realpathSync,
  statSync,
  type Dir,
  type Dirent
} from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GateError } from '../core/errors.js';
import { FileReadError, readRegularTextFile } from '../core/read-file.js';
import { globMatch, loadGlobMatcherFor } from './glob.js';

const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_WALK = 50_000;

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * `dir` joined with an entry name that `readdir` gave (never empty, `.`, `..` or holding a
 * separator), for a `dir` already in normal form (from `resolve`): the same string as
 * `path.join(dir, name)` without normalising it again. The paths of 66,752 listed files took
 * 116 ms and 43 MiB more resident memory with `path.join` than concatenated (57 ms).
 */
export function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/**
 * A folder whose size (`stat`) is at least this is read a few entries at a time (`opendir`);
 * a smaller one in one call (`readdir`). The size is a hint, never a decision about what is
 * listed: on ext4 this is some 6,000 entries, on tmpfs some 13,000.
 */
export const LARGE_FOLDER_BYTES = 256 * 1024;

/**
 * Each entry of the folder `dir`. A large one (`sizeHint`, its `stat` size) is read a few entries
 * at a time, never as one array of Dirent objects: 66,752 entries read at once grew the process
 * by 15 MiB of Dirents outliving the young generation, and the whole listing by 9 MiB more than
 * reading them 64 at a time. A small one is read in one call: `opendir` loads a module of its
 * own, about 0.8 ms of a cold start.
 */
function forEachEntry(dir: string, visit: (e: Dirent) => void, sizeHint = 0): void {
  const cannot = (err: unknown): GateError =>
    new GateError(
      `cannot list the folder ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      'Check that the folder exists and is readable; a folder the gate cannot read is never passed.'
    );
  if (sizeHint < LARGE_FOLDER_BYTES) {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      throw cannot(err);
    }
    for (const e of entries) visit(e);
    return;
  }
  let handle: Dir;
  try {
    handle = opendirSync(dir, { bufferSize: 64 });
  } catch (err) {
    throw cannot(err);
  }
  try {
    for (;;) {
      let e: Dirent | null;
      try {
        e = handle.readSync();
      } catch (err) {
        throw cannot(err);
      }
      if (e === null) return;
      visit(e);
    }
  } finally {
    handle.closeSync();
  }
}

interface Walk {
  pattern: string;
  out: string[];
  left: number;
  /** Real paths of the folders entered, so a symlink loop is walked once. */
  seen: Set<string>;
}

function walk(dir: string, w: Walk): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    real = dir;
  }
  if (w.seen.has(real)) return;
  w.seen.add(real);
  forEachEntry(dir, (e) => {
    if (--w.left < 0) {
      throw new GateError(
        `more than ${MAX_WALK} files under the glob's folder; narrow the pattern`,
        'Name the workflow folder (e.g. .github/workflows/*.yml) rather than a glob over the repository.'
      );
    }
    const full = childPath(dir, e.name);
    const posix = toPosix(full);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        isDir = false; // a dangling link: a candidate like any other file (the loader reports it)
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name) && globMatch(posix, w.pattern, { dot: true, partial: true })) {
        walk(full, w);
      }
    } else if (globMatch(posix, w.pattern, { dot: true })) w.out.push(full);
  });
}

/**
 * Expand files, folders and globs (relative to `root`) into a sorted list of absolute paths.
 * A folder stands for its `*.yml` and `*.yaml` entries (whatever their type: the loader refuses
 * what it cannot read). Patterns that match nothing are returned in `unmatched`.
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
    const abs = resolve(root, pattern); // normal form, absolute pattern or not (see childPath)
    if (!GLOB_CHARS.test(pattern)) {
      let isDir: boolean;
      let size = 0;
      try {
        const st = statSync(abs);
        isDir = st.isDirectory();
        size = st.size;
      } catch {
        try {
          lstatSync(abs); // a dangling symlink still names a candidate
          isDir = false;
        } catch {
          unmatched.push(pattern);
          continue;
        }
      }
      if (isDir) {
        forEachEntry(abs, (e) => {
          if (!folderExtensions.some((x) => e.name.endsWith(x))) return;
          let dir = e.isDirectory();
          if (e.isSymbolicLink()) {
            try {
              dir = statSync(childPath(abs, e.name)).isDirectory();
            } catch {
              dir = false;
            }
          }
          if (!dir) files.add(childPath(abs, e.name));
        }, size);
      } else files.add(abs);
    } else {
      const posix = toPosix(abs);
      const parts = posix.split('/');
      const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
      const base = parts.slice(0, firstGlob).join('/') || '/';
      let baseIsDir: boolean;
      try {
        baseIsDir = statSync(base).isDirectory();
      } catch {
        baseIsDir = false;
      }
      if (baseIsDir) {
        const found: string[] = [];
        walk(base, { pattern: posix, out: found, left: MAX_WALK, seen: new Set() });
        for (const f of found) files.add(f);
      }
    }
    if (files.size === before) unmatched.push(pattern);
  }
  return { files: [...files].sort(), unmatched };
}

/**
 * Load what `expandFiles(root, patterns)` needs beyond ./glob.ts's own matcher: minimatch, for a
 * glob outside the simple form (none of the usual `.github/workflows/*.yml` kind). Gates call it
 * before expanding their inputs, so a run whose globs are simple never loads minimatch.
 */
export async function loadGlobsFor(root: string, patterns: string[]): Promise<void> {
  await loadGlobMatcherFor(
    patterns
      .filter((p) => GLOB_CHARS.test(p))
      .map((p) => toPosix(isAbsolute(p) ? p : resolve(root, p)))
  );
}

/** Path of `file` relative to `root`, in posix form (as findings and SARIF show it). */
export function displayPath(root: string, file: string): string {
  const rel = relative(root, file);
  return toPosix(rel.startsWith('..') || isAbsolute(rel) ? file : rel);
}

/**
 * The first symlink on the way from `root` to `file` (the file itself included), as a path
 * relative to `root`; undefined when every component is a real folder or file. For a file outside
 * `root`, only the file itself is looked at.
 */
export function symlinkOnPath(root: string, file: string): string | undefined {
  const rel = relative(root, file);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  const parts = inside ? rel.split(sep) : [];
  const candidates = inside ? parts.map((_, i) => join(root, ...parts.slice(0, i + 1))) : [file];
  for (const c of candidates) {
    try {
      if (lstatSync(c).isSymbolicLink()) return displayPath(root, c);
    } catch {
      return undefined; // missing: the reader says so
    }
  }
  return undefined;
}

/**
 * Read a file a verdict depends on (a workflow, an allowlist, CODEOWNERS, a policy) through the
 * one bounded regular-file reader; the message names the file relative to `root`.
 */
export function readWorkspaceText(
  root: string,
  file: string,
  maxBytes: number,
  what: string
): string {
  try {
    return readRegularTextFile(file, { maxBytes, what });
  } catch (err) {
    if (err instanceof FileReadError) {
      throw new GateError(
        err.message.split(file).join(displayPath(root, file)),
        err.help,
        displayPath(root, file)
      );
    }
    throw err;
  }
}

/**
 * The workflow files named by a gate's `workflows` input. A glob that matches nothing is fine when
 * another pattern matches (a repository may have no `.yaml` files); a file or folder named
 * outright that does not exist, a workspace that does not exist, and nothing matched at all are
 * errors naming the patterns and the workspace: nothing to check is never a pass.
 */
export function expandWorkflowInput(
  root: string,
  patterns: string[],
  input = 'workflows'
): string[] {
  const checkout =
    'In a workflow, run actions/checkout before this step (uses: actions/checkout); locally, pass --workspace <the repository checkout>.';
  let st;
  try {
    st = statSync(root);
  } catch {
    throw new GateError(`the workspace ${root} does not exist`, checkout);
  }
  if (!st.isDirectory()) throw new GateError(`the workspace ${root} is not a folder`, checkout);
  const { files, unmatched } = expandFiles(root, patterns);
  const explicitMissing = unmatched.filter((p) => !GLOB_CHARS.test(p));
  if (explicitMissing.length) {
    throw new GateError(
      `input '${input}': ${explicitMissing.join(', ')} not found in the workspace ${root}`,
      'Give workflow files, folders or globs relative to the repository root.'
    );
  }
  if (files.length === 0) {
    throw new GateError(
      `input '${input}': no workflow file matched ${patterns.length ? patterns.join(', ') : '(no patterns given)'} in the workspace ${root}: nothing to check`,
      `${checkout} If the repository really has no workflows, do not run this gate on it.`
    );
  }
  return files;
}
