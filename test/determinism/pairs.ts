/**
 * Real build outputs made with real tools (GNU tar, gzip, zstd, Info-ZIP zip, npm pack, python
 * zipfile/zipapp, jmod) under different SOURCE_DATE_EPOCH, TZ, umask and file order, plus hostile
 * archives (tar-slip and zip-slip names, a zip bomb, truncated archives).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  utimesSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sh(script: string, cwd: string, env: Record<string, string> = {}): string {
  return execFileSync('bash', ['-c', script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
    encoding: 'utf8'
  });
}

/** A small source tree: a text file, a "binary", a nested folder, a symlink. */
export function sourceTree(dir: string, mtime: number, umask = 0o022, version = '1.0.0'): string {
  mkdirSync(join(dir, 'lib'), { recursive: true });
  const mode = 0o666 & ~umask;
  writeFileSync(join(dir, 'README.md'), `# widget ${version}\n`, { mode });
  writeFileSync(join(dir, 'lib', 'x.so'), Buffer.alloc(3000, version), { mode: 0o777 & ~umask });
  writeFileSync(join(dir, 'lib', 'RECORD'), 'lib/x.so,sha256=abc,3000\n', { mode });
  for (const [f, m] of [
    ['README.md', mode],
    ['lib/x.so', 0o777 & ~umask],
    ['lib/RECORD', mode]
  ] as const)
    chmodSync(join(dir, f), m);
  for (const f of ['README.md', 'lib/x.so', 'lib/RECORD', 'lib'])
    utimesSync(join(dir, f), mtime, mtime);
  return dir;
}

/** Runs a python3 script with arguments (python's own zipfile/tarfile, as build backends use them). */
export function python(script: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('python3', ['-c', script, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), TZ: 'UTC', ...env },
    encoding: 'utf8'
  });
}

const WHEEL = `
import os, sys, zipfile, time
src, out = sys.argv[1], sys.argv[2]
names = {'lib/x.so': 'widget/x.so', 'README.md': 'widget/README.md', 'lib/RECORD': 'widget-1.0.dist-info/RECORD'}
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for rel, arc in names.items():
        st = os.stat(os.path.join(src, rel))
        info = zipfile.ZipInfo(arc, time.localtime(st.st_mtime)[:6])
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join(src, rel), 'rb') as f:
            z.writestr(info, f.read())
`;

/** A wheel-shaped zip written with python's zipfile; entry times come from the files (local time). */
export function pythonWheel(srcDir: string, out: string, tz = 'UTC'): string {
  python(WHEEL, [srcDir, out], { TZ: tz });
  return out;
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
