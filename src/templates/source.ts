/**
 * Where a template release is read from: the hub checkout the CLI runs from (a folder), or a
 * hub git repository at a tag or commit (`git show <ref>:<path>`), so a sync can render the
 * version it moves to without checking it out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readObjects } from './git-batch.js';
import { TemplateError } from './render.js';

export interface HubRelease {
  /** `owner/repo` the rendered `uses:` lines pin. */
  repo: string;
  /** `vX.Y.Z` (or `git describe` output for an untagged commit). */
  version: string;
  /** The full commit SHA the pins name. */
  sha: string;
}

export interface TemplateSource {
  release: HubRelease;
  /** A file of the hub at that release, or undefined when it does not exist there. */
  read(path: string): string | undefined;
  /** Read these files in one go (an optimisation; read() works without it). */
  prefetch?(paths: string[]): void;
}

export function git(dir: string, args: string[], input?: string): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024
  });
}

export function dirSource(root: string, release: HubRelease): TemplateSource {
  return {
    release,
    read: (path) => {
      const file = join(root, path);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    }
  };
}

const SEMVER = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

function compareVersions(a: string, b: string): number {
  const x = SEMVER.exec(a)!;
  const y = SEMVER.exec(b)!;
  for (let i = 1; i <= 3; i++)
    if (Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
  if (x[4] === y[4]) return 0;
  if (x[4] === undefined) return 1; // a release sorts after its pre-releases
  if (y[4] === undefined) return -1;
  return x[4] < y[4] ? -1 : 1;
}

/** The newest release tag of a channel: stable = vX.Y.Z only; canary = pre-releases too. */
export function newestTag(hubGit: string, channel: 'stable' | 'canary'): string {
  const tags = git(hubGit, ['tag', '--list', 'v*'])
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => SEMVER.test(t) && (channel === 'canary' || !SEMVER.exec(t)![4]))
    .sort(compareVersions);
  const newest = tags[tags.length - 1];
  if (!newest) {
    throw new TemplateError(
      `the hub repository has no ${channel === 'stable' ? 'vX.Y.Z' : 'vX.Y.Z[-pre]'} release tag`
    );
  }
  return newest;
}

/** A hub git repository at `ref` (a tag, a branch or a commit). */
export function gitSource(hubGit: string, ref: string, repo: string): TemplateSource {
  let sha: string;
  try {
    sha = git(hubGit, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new TemplateError(`the hub repository has no release '${ref}'`);
  }
  let version = ref;
  if (!SEMVER.test(ref)) {
    try {
      version = git(hubGit, ['describe', '--tags', '--match', 'v*', sha]).trim();
    } catch {
      version = sha.slice(0, 12);
    }
  }
  const cache = new Map<string, string | undefined>();
  const prefetch = (paths: string[]): void => {
    const missing = paths.filter((p) => !cache.has(p));
    const got = readObjects(
      hubGit,
      missing.map((p) => `${sha}:${p}`)
    );
    for (const p of missing) cache.set(p, got.get(`${sha}:${p}`));
  };
  return {
    release: { repo, version, sha },
    prefetch,
    read: (path) => {
      if (!cache.has(path)) prefetch([path]);
      return cache.get(path);
    }
  };
}
