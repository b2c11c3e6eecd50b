/**
 * `.ci-intel/template.lock.json`: what the repository last applied — the hub release, the
 * answers, and per rendered file the git blob of that render, so every file has its own merge
 * base. The blobs are kept reachable under `refs/ci-intel/renders` (a commit whose tree holds
 * the last renders), which the sync action fetches and pushes with its branch.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseStrictJson } from '../core/strict-json.js';
import { TemplateError, type Answers } from './render.js';
import { readObjects } from './git-batch.js';
import { git, type HubRelease } from './source.js';

export const LOCK_FILE = '.ci-intel/template.lock.json';
export const RENDERS_REF = 'refs/ci-intel/renders';

export interface TemplateLock {
  schema: 'ci-intel.template-lock.v1';
  hub: HubRelease & { channel: string };
  answers: Answers;
  files: Record<string, { blob: string }>;
}

export function readLock(workspace: string): TemplateLock {
  const file = join(workspace, LOCK_FILE);
  if (!existsSync(file)) {
    throw new TemplateError(
      `${LOCK_FILE} does not exist: this repository was not set up by ci-intel init (or the lock was deleted), so there is no merge base and nothing is overwritten`
    );
  }
  const doc = parseStrictJson(readFileSync(file, 'utf8'), LOCK_FILE) as Partial<TemplateLock>;
  if (
    doc?.schema !== 'ci-intel.template-lock.v1' ||
    typeof doc.hub?.sha !== 'string' ||
    typeof doc.answers !== 'object' ||
    typeof doc.files !== 'object' ||
    Object.values(doc.files ?? {}).some((f) => !/^[0-9a-f]{40}$/.test(String(f?.blob)))
  ) {
    throw new TemplateError(`${LOCK_FILE} is not a ci-intel.template-lock.v1 document`);
  }
  return doc as TemplateLock;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])])
    );
  }
  return value;
}

export function lockText(lock: TemplateLock): string {
  return JSON.stringify(canonical(lock), null, 2) + '\n';
}

export function writeLock(workspace: string, lock: TemplateLock): void {
  const file = join(workspace, LOCK_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lockText(lock));
}

/** The contents of the recorded renders (path → blob), or a TemplateError naming the first missing one. */
export function readBlobs(workspace: string, blobs: Record<string, string>): Map<string, string> {
  const got = readObjects(workspace, Object.values(blobs));
  const out = new Map<string, string>();
  for (const [path, blob] of Object.entries(blobs)) {
    const text = got.get(blob);
    if (text === undefined) throw missingBlob(blob, path);
    out.set(path, text);
  }
  return out;
}

function missingBlob(blob: string, path: string): TemplateError {
  return new TemplateError(
    `${LOCK_FILE} names blob ${blob} as the last render of ${path}, but this repository does not have it (fetch ${RENDERS_REF} from the remote: git fetch origin ${RENDERS_REF}:${RENDERS_REF}); nothing is overwritten without a merge base`
  );
}

/** Keep the renders reachable: a commit on refs/ci-intel/renders whose tree holds them. */
export function keepRenders(
  workspace: string,
  blobs: Record<string, string>,
  message: string
): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-index-'));
  const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index') };
  try {
    const lines = Object.entries(blobs)
      .map(([path, blob]) => `100644 ${blob}\t${path}`)
      .join('\n');
    let r = spawnSync('git', ['-C', workspace, 'update-index', '--add', '--index-info'], {
      env,
      input: lines + '\n',
      encoding: 'utf8'
    });
    if (r.status !== 0) throw new TemplateError(`git update-index failed: ${r.stderr.trim()}`);
    r = spawnSync('git', ['-C', workspace, 'write-tree'], { env, encoding: 'utf8' });
    const tree = r.stdout.trim();
    const parent = spawnSync(
      'git',
      ['-C', workspace, 'rev-parse', '--verify', '--quiet', RENDERS_REF],
      { encoding: 'utf8' }
    ).stdout.trim();
    const args = [
      '-C',
      workspace,
      '-c',
      'user.name=ci-intel',
      '-c',
      'user.email=ci-intel@users.noreply.github.com',
      'commit-tree',
      tree,
      '-m',
      message
    ];
    if (parent) args.push('-p', parent);
    const commit = spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
    git(workspace, ['update-ref', RENDERS_REF, commit]);
    return commit;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
