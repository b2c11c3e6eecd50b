/** One side of a comparison from its input: a digest manifest, or a file or folder on disk. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { FileReadError } from '../../core/read-file.js';
import { JsonDocumentError } from '../../core/strict-json.js';
import {
  looksLikeManifest,
  ManifestFormatError,
  manifestSnapshot,
  readManifestFile
} from './manifest.js';
import type { Snapshot } from './snapshot.js';
import { walkOutput } from './walk-tree.js';

function head(abs: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Files that count as something to compare (folders alone are nothing). */
export function countable(s: Snapshot): number {
  let n = 0;
  for (const f of s.files.values()) if (f.type !== 'dir') n++;
  return n;
}

export function loadSide(workspace: string, input: string, value: string): Snapshot {
  if (!value)
    throw new InputError(
      input,
      'is required for compare: a build output file, folder, archive or determinism manifest'
    );
  const abs = resolve(workspace, value);
  const h = head(abs);
  let snap: Snapshot;
  if (h && looksLikeManifest(h)) {
    try {
      snap = manifestSnapshot(readManifestFile(abs, value), value);
    } catch (err) {
      if (
        err instanceof ManifestFormatError ||
        err instanceof JsonDocumentError ||
        err instanceof FileReadError
      )
        throw new InputError(input, `${value} is not a valid determinism manifest: ${err.message}`);
      throw err;
    }
  } else {
    snap = walkOutput(abs, value, input);
  }
  if (countable(snap) === 0) {
    throw new InputError(
      input,
      `${value} holds no files (${snap.kind === 'manifest' ? 'an empty manifest' : 'an empty folder'}); nothing to compare is never a pass — check that the build wrote its output there`
    );
  }
  return snap;
}
