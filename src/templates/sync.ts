/**
 * `ci-intel sync`: move a repository from the template release it last applied to another, file
 * by file: a three-way merge of the last applied render (base, from the lock), the repository's
 * file (ours) and the new render (theirs). Clean merges are applied, conflicts are left as
 * zdiff3 markers with unmerged index stages, local deletions stay deleted, files the template
 * dropped are removed only when unmodified, and the hub pins move with the release. Never
 * "theirs wins".
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkAnswer, loadDefinition, renderAll } from './definition.js';
import {
  keepRenders,
  lockText,
  LOCK_FILE,
  readBlobs,
  readLock,
  writeLock,
  type TemplateLock
} from './lock.js';
import { storeBlobs } from './git-batch.js';
import { markUnmerged, mergeFile } from './merge.js';
import { TemplateError, type Answers } from './render.js';
import type { HubRelease, TemplateSource } from './source.js';

export type FileOutcome =
  | 'merged' // both sides changed, merged cleanly
  | 'updated' // only the template changed: the new render applied
  | 'conflicted'
  | 'added'
  | 'removed' // the template dropped it and the repository had not changed it
  | 'kept-deleted' // the repository deleted it: stays deleted
  | 'kept-modified' // the template dropped it, but the repository changed it: kept
  | 'unchanged';

export interface FileReport {
  path: string;
  outcome: FileOutcome;
  /** For a rename: the path the repository had. */
  from?: string;
  conflicts?: number;
}

export interface PinChange {
  file: string;
  line: number;
  from: string;
  to: string;
}

export interface SyncReport {
  from: HubRelease;
  to: HubRelease;
  files: FileReport[];
  pins: PinChange[];
  answersChanged: string[];
  /** Nothing to write: the repository already matches this release. */
  noop: boolean;
}

export interface SyncOptions {
  workspace: string;
  target: TemplateSource;
  /** Changed answers (re-render with them). */
  answers?: Answers;
  channel?: string;
}

function readOurs(workspace: string, path: string): string | undefined {
  const file = join(workspace, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function write(workspace: string, path: string, content: string): void {
  const file = join(workspace, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** `uses: <hub>/…@<old sha> # <old version>` in every workflow → the new release. */
function movePins(
  workspace: string,
  from: HubRelease,
  to: HubRelease,
  skip: Set<string>
): PinChange[] {
  const changes: PinChange[] = [];
  const dir = join(workspace, '.github', 'workflows');
  if (!existsSync(dir) || from.sha === to.sha) return changes;
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pin = new RegExp(
    `(uses:\\s*['"]?${esc(from.repo)}/[^@\\s'"]+@)${from.sha}(['"]?)(\\s*#\\s*\\S+)?`,
    'g'
  );
  for (const name of readdirSync(dir).sort()) {
    const path = `.github/workflows/${name}`;
    if (skip.has(path) || !/\.ya?ml$/.test(name)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    let changed = false;
    const lines = text.split('\n').map((line, i) =>
      line.replace(pin, (m, head: string, quote: string) => {
        changed = true;
        const next = `${head}${to.sha}${quote} # ${to.version}`;
        changes.push({ file: path, line: i + 1, from: m.trim(), to: next.trim() });
        return next;
      })
    );
    if (changed) writeFileSync(join(dir, name), lines.join('\n'));
  }
  return changes;
}

export function sync(options: SyncOptions): { report: SyncReport; lock: TemplateLock } {
  const { workspace, target } = options;
  const lock = readLock(workspace);
  const def = loadDefinition(target);
  const answers: Answers = {};
  const answersChanged: string[] = [];
  for (const q of def.questions) {
    const given = options.answers?.[q.name];
    const value = given ?? lock.answers[q.name] ?? q.default;
    if (value === undefined)
      throw new TemplateError(
        `answer ${q.name} is needed by ${target.release.version} and has no default`
      );
    answers[q.name] = checkAnswer(q, value);
    if (
      given !== undefined &&
      JSON.stringify(answers[q.name]) !== JSON.stringify(lock.answers[q.name])
    )
      answersChanged.push(q.name);
  }
  const renders = renderAll(def, target, answers);

  // Every path the lock or the new release knows, with renames mapped to their new path.
  const renamedFrom = new Map<string, string>();
  for (const [path, r] of renders) {
    for (const old of r.file.renamedFrom ?? [])
      if (lock.files[old] && !lock.files[path]) renamedFrom.set(path, old);
  }
  const moved = new Set(renamedFrom.values());
  // Check every merge base exists before touching anything.
  const bases = readBlobs(
    workspace,
    Object.fromEntries(Object.entries(lock.files).map(([p, f]) => [p, f.blob]))
  );

  const planned: {
    path: string;
    outcome: FileOutcome;
    content?: string;
    delete?: string[];
    from?: string;
    conflicts?: number;
    stages?: [string, string, string];
  }[] = [];
  for (const [path, { content: theirs }] of renders) {
    const from = renamedFrom.get(path);
    const basePath = from ?? path;
    const base = bases.get(basePath);
    const oursPath = from && readOurs(workspace, path) === undefined ? from : path;
    const ours = readOurs(workspace, oursPath);
    const del = from && oursPath === from ? [from] : undefined;
    if (base === undefined) {
      // New in this release.
      if (ours === undefined) planned.push({ path, outcome: 'added', content: theirs });
      else if (ours === theirs) planned.push({ path, outcome: 'unchanged' });
      else {
        const m = mergeFile('', ours, theirs, path);
        planned.push(
          m.conflicts
            ? {
                path,
                outcome: 'conflicted',
                content: m.content,
                conflicts: m.conflicts,
                stages: ['', ours, theirs]
              }
            : { path, outcome: 'merged', content: m.content }
        );
      }
      continue;
    }
    if (ours === undefined) {
      planned.push({ path, outcome: 'kept-deleted', from });
      continue;
    }
    if (ours === theirs)
      planned.push({
        path,
        outcome: del ? 'updated' : 'unchanged',
        content: del ? theirs : undefined,
        delete: del,
        from
      });
    else if (base === theirs)
      planned.push({
        path,
        outcome: del ? 'updated' : 'unchanged',
        content: del ? ours : undefined,
        delete: del,
        from
      });
    else if (ours === base)
      planned.push({ path, outcome: 'updated', content: theirs, delete: del, from });
    else {
      const m = mergeFile(base, ours, theirs, path);
      planned.push(
        m.conflicts
          ? {
              path,
              outcome: 'conflicted',
              content: m.content,
              conflicts: m.conflicts,
              delete: del,
              from,
              stages: [base, ours, theirs]
            }
          : { path, outcome: 'merged', content: m.content, delete: del, from }
      );
    }
  }
  for (const [path, base] of bases) {
    if (renders.has(path) || moved.has(path)) continue;
    const ours = readOurs(workspace, path);
    if (ours === undefined) planned.push({ path, outcome: 'kept-deleted' });
    else if (ours === base) planned.push({ path, outcome: 'removed', delete: [path] });
    else planned.push({ path, outcome: 'kept-modified' });
  }

  const newFiles: Record<string, { blob: string }> = {};
  // Stored now (objects only: the working tree is untouched until the plan is applied).
  const ids = storeBlobs(
    workspace,
    [...renders.values()].map((r) => r.content)
  );
  [...renders.keys()].forEach((path, i) => (newFiles[path] = { blob: ids[i] }));
  const newLock: TemplateLock = {
    schema: 'ci-intel.template-lock.v1',
    hub: { ...target.release, channel: options.channel ?? lock.hub.channel },
    answers,
    files: newFiles
  };
  const noop =
    planned.every(
      (p) => p.content === undefined && p.delete === undefined && p.outcome !== 'conflicted'
    ) && lockText(lock) === lockText(newLock);

  const pins: PinChange[] = [];
  if (!noop) {
    for (const p of planned) {
      if (p.content !== undefined) write(workspace, p.path, p.content);
      for (const d of p.delete ?? []) rmSync(join(workspace, d), { force: true });
    }
    pins.push(...movePins(workspace, lock.hub, target.release, new Set(renders.keys())));
    writeLock(workspace, newLock);
    keepRenders(
      workspace,
      Object.fromEntries(Object.entries(newFiles).map(([p, f]) => [p, f.blob])),
      `ci-intel template ${target.release.version}`
    );
    for (const p of planned) if (p.stages) markUnmerged(workspace, p.path, ...p.stages);
  }
  const report: SyncReport = {
    from: { repo: lock.hub.repo, version: lock.hub.version, sha: lock.hub.sha },
    to: target.release,
    files: planned.map((p) => ({
      path: p.path,
      outcome: p.outcome,
      ...(p.from ? { from: p.from } : {}),
      ...(p.conflicts ? { conflicts: p.conflicts } : {})
    })),
    pins,
    answersChanged,
    noop
  };
  return { report, lock: noop ? lock : newLock };
}

export function syncMarkdown(r: SyncReport): string {
  const count = (o: FileOutcome): number => r.files.filter((f) => f.outcome === o).length;
  const lines = [
    `### ci-intel template sync: ${r.from.version} → ${r.to.version}`,
    '',
    r.noop
      ? 'Nothing to do: the repository already matches this release.'
      : `${count('merged')} merged, ${count('updated')} updated, ${count('conflicted')} conflicted, ${count('added')} added, ${count('removed')} removed, ${count('kept-deleted')} kept deleted, ${count('kept-modified')} kept (modified here, dropped by the template)`,
    ''
  ];
  if (count('conflicted')) {
    lines.push(
      "**Conflicts** — resolve the `<<<<<<< before updating` / `>>>>>>> after updating` markers (your version first, the template's second; `||||||| last update` shows the last applied render), then commit:",
      ''
    );
  }
  lines.push('| file | outcome |', '| --- | --- |');
  for (const f of r.files) {
    if (f.outcome === 'unchanged') continue;
    lines.push(
      `| \`${f.path}\`${f.from ? ` (was \`${f.from}\`)` : ''} | ${f.outcome}${f.conflicts ? ` (${f.conflicts})` : ''} |`
    );
  }
  if (r.pins.length) {
    lines.push('', 'Hub pins moved:', '');
    for (const p of r.pins) lines.push(`- \`${p.file}:${p.line}\`: \`${p.to}\``);
  }
  if (r.answersChanged.length)
    lines.push('', `Answers changed: ${r.answersChanged.join(', ')} (re-rendered).`);
  lines.push('', `Lock: \`${LOCK_FILE}\` → ${r.to.version} (\`${r.to.sha}\`).`);
  return lines.join('\n') + '\n';
}
