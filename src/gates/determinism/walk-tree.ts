/**
 * Reads a build output on disk (a folder or one file) into a Snapshot: every regular file's
 * sha256 and mode, symlinks with their targets (never followed), folders (so an empty one
 * counts), special files by kind (never opened). Bounded by a file count.
 */
import { lstatSync, readdirSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { GateError, InputError } from '../../core/errors.js';
import { sha256File } from './hash-file.js';
import type { FileRecord, Snapshot } from './snapshot.js';

export const MAX_FILES = 1_000_000;

function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character-device';
  if (st.isBlockDevice()) return 'block-device';
  return 'unknown';
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Snapshot the file or folder at `abs` (`input` names the gate input for messages). */
export function walkOutput(abs: string, source: string, input: string): Snapshot {
  let top: Stats;
  try {
    top = statSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      input,
      `${source} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}; give a build output (file, folder or archive) relative to the workspace`
    );
  }
  const files = new Map<string, FileRecord>();
  let bytes = 0;
  if (top.isFile()) {
    const name = basename(abs);
    const h = sha256File(abs, source);
    files.set(name, {
      path: name,
      type: 'file',
      size: h.size,
      sha256: h.sha256,
      mode: top.mode & 0o7777
    });
    return { source, kind: 'file', subjectKind: 'file', root: abs, files, bytes: h.size };
  }
  if (!top.isDirectory()) {
    throw new InputError(
      input,
      `${source} is a ${specialKind(top)}, not a file or folder; give a build output`
    );
  }
  const stack: string[] = [abs];
  while (stack.length) {
    const dir = stack.pop()!;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (err) {
      throw new GateError(
        `${source}: folder ${toPosix(relative(abs, dir)) || '.'} cannot be listed (${(err as NodeJS.ErrnoException).code})`,
        'Make the build output readable.'
      );
    }
    for (const name of names.sort().reverse()) {
      const p = join(dir, name);
      const rel = toPosix(relative(abs, p));
      if (files.size >= MAX_FILES) {
        throw new GateError(
          `${source} holds more than ${MAX_FILES} entries`,
          'Compare the release artifacts, not a whole build tree.'
        );
      }
      const st = lstatSync(p);
      if (st.isSymbolicLink()) {
        files.set(rel, { path: rel, type: 'symlink', size: 0, target: readlinkSync(p) });
      } else if (st.isDirectory()) {
        files.set(rel, { path: rel, type: 'dir', size: 0 });
        stack.push(p);
      } else if (st.isFile()) {
        const h = sha256File(p, `${source}/${rel}`);
        bytes += h.size;
        files.set(rel, {
          path: rel,
          type: 'file',
          size: h.size,
          sha256: h.sha256,
          mode: st.mode & 0o7777
        });
      } else {
        files.set(rel, { path: rel, type: 'special', size: 0, special: specialKind(st) });
      }
    }
  }
  return { source, kind: 'tree', subjectKind: 'tree', root: abs, files, bytes };
}
