/**
 * The files a job leaves credentials in (`docker login`, `npm login`, `aws configure`,
 * `gcloud auth`, a kubeconfig, `actions/checkout`'s persisted extraheader), each read through
 * the one file reader with a byte limit; a folder (`~/.config/gcloud`) is walked without
 * following symlinked folders, bounded in depth and count.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { FileReadError, readRegularFile } from '../core/read-file.js';

export interface CredentialFile {
  /** As configured (`~/.npmrc`, `.git/config`) plus the path inside a folder. */
  shown: string;
  path: string;
  status: 'read' | 'absent' | 'unreadable' | 'too-large' | 'not-regular' | 'truncated';
  reason?: string;
  bytes?: number;
  text?: string;
}

export interface FileLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxDepth: number;
}

export const DEFAULT_CREDENTIAL_FILES = [
  '~/.docker/config.json',
  '~/.npmrc',
  '~/.aws/credentials',
  '~/.config/gcloud',
  '~/.kube/config',
  '.git/config'
];

/** `~/x` under `home`, a relative path under `workspace`. */
export function expandPath(given: string, home: string | undefined, workspace: string): string {
  if (given === '~' || given.startsWith('~/')) {
    if (!home) throw new Error(`'${given}' names the home folder, but HOME is not set`);
    return join(home, given.slice(2));
  }
  return isAbsolute(given) ? given : resolve(workspace, given);
}

function readOne(shown: string, path: string, limits: FileLimits): CredentialFile {
  try {
    const buf = readRegularFile(path, { maxBytes: limits.maxFileBytes, what: 'credentials file' });
    return { shown, path, status: 'read', bytes: buf.length, text: buf.toString('latin1') };
  } catch (err) {
    const code = err instanceof FileReadError ? err.code : undefined;
    if (code === 'ENOENT') return { shown, path, status: 'absent' };
    if (code === 'too-large')
      return { shown, path, status: 'too-large', reason: `over ${limits.maxFileBytes} bytes` };
    if (code === 'not-regular') return { shown, path, status: 'not-regular' };
    return { shown, path, status: 'unreadable', reason: code ?? 'error' };
  }
}

/** Read `given` (a file or a folder of files). */
export function readCredentialPath(
  given: string,
  path: string,
  limits: FileLimits
): CredentialFile[] {
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [{ shown: given, path, status: 'absent' }];
    return [{ shown: given, path, status: 'unreadable', reason: code ?? 'error' }];
  }
  if (!st.isDirectory()) return [readOne(given, path, limits)];
  const out: CredentialFile[] = [];
  let truncated = false;
  const walk = (dir: string, shown: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      out.push({
        shown,
        path: dir,
        status: 'unreadable',
        reason: (err as NodeJS.ErrnoException).code ?? 'error'
      });
      return;
    }
    for (const name of names) {
      if (out.length >= limits.maxFiles) {
        truncated = true;
        return;
      }
      const p = join(dir, name);
      const s = `${shown}/${name}`;
      let ls;
      try {
        ls = lstatSync(p);
      } catch {
        continue; // removed while walking
      }
      if (ls.isDirectory()) {
        if (depth < limits.maxDepth) walk(p, s, depth + 1);
      } else if (ls.isFile() || ls.isSymbolicLink()) out.push(readOne(s, p, limits));
    }
  };
  walk(path, given, 1);
  if (truncated) {
    out.push({ shown: given, path, status: 'truncated', reason: `over ${limits.maxFiles} files` });
  }
  return out;
}
