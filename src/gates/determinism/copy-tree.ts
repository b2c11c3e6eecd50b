/**
 * Copies a source tree into a fresh build folder: files (with their modes), folders and
 * symlinks as they are; special files are skipped. `reverse` writes each folder's entries in
 * reverse name order (the file-order variation).
 */
import {
  copyFileSync,
  constants,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  symlinkSync
} from 'node:fs';
import { join, resolve } from 'node:path';

export function copyTree(
  from: string,
  to: string,
  reverse: boolean,
  skip: ReadonlySet<string>
): number {
  let files = 0;
  const walk = (src: string, dst: string): void => {
    mkdirSync(dst, { recursive: true });
    const names = readdirSync(src).sort();
    if (reverse) names.reverse();
    for (const name of names) {
      const s = join(src, name);
      if (skip.has(resolve(s))) continue;
      const d = join(dst, name);
      const st = lstatSync(s);
      if (st.isSymbolicLink()) symlinkSync(readlinkSync(s), d);
      else if (st.isDirectory()) walk(s, d);
      else if (st.isFile()) {
        copyFileSync(s, d, constants.COPYFILE_FICLONE);
        files++;
      }
    }
  };
  walk(from, to);
  return files;
}
