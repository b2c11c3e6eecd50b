/** Real git repositories for template tests: a hub with release tags, and downstream repositories. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: ENV });
}

export function writeFiles(root: string, files: Record<string, string | null>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = join(root, rel);
    if (text === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
}

/** A template definition for tests: the given questions and `path: template` file list. */
export function definition(
  questions: Record<string, string>,
  files: Record<string, string>,
  extra = ''
): string {
  const q = Object.entries(questions)
    .map(
      ([name, def]) =>
        `  ${name}:\n    description: '${name}'\n    type: string\n    default: '${def}'`
    )
    .join('\n');
  const f = Object.entries(files)
    .map(
      ([path, template]) =>
        `  - path: ${JSON.stringify(path)}\n    template: ${JSON.stringify(template)}`
    )
    .join('\n');
  return `version: 1\nquestions:\n${q || '  {}'}\nfiles:\n${f}\n${extra}`;
}

/** A hub repository: each release replaces the whole file set and is tagged (unless tag is null). */
export function hubRepo(releases: { tag: string | null; files: Record<string, string> }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-hub-'));
  git(dir, 'init', '-q', '-b', 'main');
  for (const r of releases) {
    for (const f of git(dir, 'ls-files', '-z').split('\0').filter(Boolean)) rmSync(join(dir, f));
    writeFiles(dir, r.files);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', r.tag ?? 'untagged');
    if (r.tag) git(dir, 'tag', r.tag);
  }
  return dir;
}

/** A downstream repository with one commit. */
export function downstream(files: Record<string, string> = { 'README.md': 'hello\n' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-downstream-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}
