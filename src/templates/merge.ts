/** Three-way merge of one file with `git merge-file` (zdiff3 markers), and unmerged index stages. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TemplateError } from './render.js';
import { git } from './source.js';

export const LABELS = {
  ours: 'before updating',
  base: 'last update',
  theirs: 'after updating'
} as const;

export interface MergeResult {
  content: string;
  conflicts: number;
}

export function mergeFile(base: string, ours: string, theirs: string, path: string): MergeResult {
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-merge-'));
  try {
    writeFileSync(join(dir, 'ours'), ours);
    writeFileSync(join(dir, 'base'), base);
    writeFileSync(join(dir, 'theirs'), theirs);
    const r = spawnSync(
      'git',
      [
        'merge-file',
        '-p',
        '--zdiff3',
        '-L',
        LABELS.ours,
        '-L',
        LABELS.base,
        '-L',
        LABELS.theirs,
        join(dir, 'ours'),
        join(dir, 'base'),
        join(dir, 'theirs')
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    );
    if (r.status === null || r.status < 0 || r.status > 127 || r.error) {
      throw new TemplateError(
        `git merge-file failed on ${path}: ${r.error?.message ?? r.stderr.trim()}`
      );
    }
    return { content: r.stdout, conflicts: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Record base/ours/theirs as index stages 1/2/3, so `git status` and editors show a conflict. */
export function markUnmerged(
  workspace: string,
  path: string,
  base: string,
  ours: string,
  theirs: string
): void {
  const id = (s: string): string => git(workspace, ['hash-object', '-w', '--stdin'], s).trim();
  const info = [
    `0 ${'0'.repeat(40)}\t${path}`,
    `100644 ${id(base)} 1\t${path}`,
    `100644 ${id(ours)} 2\t${path}`,
    `100644 ${id(theirs)} 3\t${path}`
  ].join('\n');
  const r = spawnSync('git', ['-C', workspace, 'update-index', '--index-info'], {
    input: info + '\n',
    encoding: 'utf8'
  });
  if (r.status !== 0)
    throw new TemplateError(`git update-index failed for ${path}: ${r.stderr.trim()}`);
}
