/**
 * Many git objects in one process each way: `git cat-file --batch` to read blobs (by id or
 * `<commit>:<path>`), `git hash-object -w --stdin-paths` to store them. A sync touches every
 * rendered file twice or three times; one process per object would dominate its run time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Objects by name; a name git does not have maps to undefined. */
export function readObjects(dir: string, names: string[]): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const unique = [...new Set(names)];
  if (!unique.length) return out;
  if (unique.some((n) => /[\n\r]/.test(n)))
    throw new Error('git object names cannot hold newlines');
  const r = spawnSync('git', ['-C', dir, 'cat-file', '--batch'], {
    input: unique.join('\n') + '\n',
    maxBuffer: 256 * 1024 * 1024
  });
  if (r.status !== 0) throw new Error(`git cat-file --batch failed: ${String(r.stderr).trim()}`);
  const buf = r.stdout;
  let at = 0;
  for (const name of unique) {
    const nl = buf.indexOf(0x0a, at);
    const header = buf.subarray(at, nl).toString('utf8');
    at = nl + 1;
    const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    if (!m) {
      out.set(name, undefined); // "<name> missing" or "ambiguous"
      continue;
    }
    const size = Number(m[2]);
    out.set(name, m[1] === 'blob' ? buf.subarray(at, at + size).toString('utf8') : undefined);
    at += size + 1;
  }
  return out;
}

/** Store contents as blobs; returns their ids in order. */
export function storeBlobs(dir: string, contents: string[]): string[] {
  if (!contents.length) return [];
  const scratch = mkdtempSync(join(tmpdir(), 'ci-intel-blobs-'));
  try {
    const paths = contents.map((c, i) => {
      const p = join(scratch, String(i));
      writeFileSync(p, c);
      return p;
    });
    const r = spawnSync('git', ['-C', dir, 'hash-object', '-w', '--stdin-paths'], {
      input: paths.join('\n') + '\n',
      encoding: 'utf8'
    });
    if (r.status !== 0) throw new Error(`git hash-object failed: ${r.stderr.trim()}`);
    return r.stdout.trim().split('\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
