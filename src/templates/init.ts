/**
 * `ci-intel init`: ask (or take answers), render the hub's template into a git repository,
 * write what is missing, refuse to overwrite a differing file unless forced, and record the
 * lock (answers + the blob of every render) that later syncs merge against. Idempotent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkAnswer, loadDefinition, renderAll, type Question } from './definition.js';
import { keepRenders, lockText, LOCK_FILE, writeLock, type TemplateLock } from './lock.js';
import { storeBlobs } from './git-batch.js';
import { renderTemplate, TemplateError, type Answers } from './render.js';
import type { TemplateSource } from './source.js';

export interface InitOptions {
  workspace: string;
  source: TemplateSource;
  /** Answers given (file or flags); the rest are asked, or defaulted with `yes`. */
  answers: Answers;
  yes: boolean;
  force: boolean;
  /** Asks one question; absent where there is no terminal. */
  ask?: (q: Question, suggested: string) => Promise<string>;
}

export interface InitReport {
  written: string[];
  unchanged: string[];
  /** Existing files that differ from the render (not overwritten without force). */
  refused: string[];
  answers: Answers;
  lock: boolean;
}

function gitOut(dir: string, args: string[]): string | undefined {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Defaults the template marks `detected`: from the git remote and the current branch. */
export function detectedDefaults(workspace: string): Answers {
  const remote = gitOut(workspace, ['remote', 'get-url', 'origin']) ?? '';
  const m = /[:/]([A-Za-z0-9][A-Za-z0-9-]{0,38})\/[^/]+?(?:\.git)?\/?$/.exec(remote);
  const folderOwner = basename(dirname(workspace))
    .replace(/[^A-Za-z0-9-]/g, '-')
    .replace(/^-+|-+$/g, '');
  const organisation =
    m?.[1] ?? (/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(folderOwner) ? folderOwner : 'my-org');
  const branch = gitOut(workspace, ['symbolic-ref', '--short', 'HEAD']) ?? 'main';
  return { organisation, default_branch: branch };
}

export async function initRepository(options: InitOptions): Promise<InitReport> {
  const { workspace, source } = options;
  if (gitOut(workspace, ['rev-parse', '--git-dir']) === undefined) {
    throw new TemplateError(
      `${workspace} is not a git repository: run git init first (the lock records git blobs)`
    );
  }
  const def = loadDefinition(source);
  const detected = detectedDefaults(workspace);
  const answers: Answers = {};
  for (const q of def.questions) {
    let value: unknown = options.answers[q.name];
    if (value === undefined) {
      let suggested: unknown = q.default === 'detected' ? detected[q.name] : q.default;
      if (typeof suggested === 'string')
        suggested = renderTemplate(suggested, answers, `default of ${q.name}`);
      if (!options.yes) {
        if (!options.ask) {
          throw new TemplateError(
            `answer ${q.name} (${q.description}) was not given and there is no terminal to ask: pass --yes for the defaults, --answers FILE, or --${q.name.replace(/_/g, '-')} VALUE`
          );
        }
        const shown = Array.isArray(suggested) ? suggested.join(',') : String(suggested ?? '');
        value = (await options.ask(q, shown)) || shown;
      } else value = suggested;
    }
    if (value === undefined) throw new TemplateError(`answer ${q.name} has no default: give it`);
    answers[q.name] = checkAnswer(q, value);
  }
  // The hub an organisation runs is <organisation>/hub unless named.
  if (!source.release.repo) source.release.repo = `${String(answers.organisation)}/hub`;
  const renders = renderAll(def, source, answers);
  const report: InitReport = { written: [], unchanged: [], refused: [], answers, lock: false };
  for (const [path, { content }] of renders) {
    const file = join(workspace, path);
    if (existsSync(file)) {
      const current = readFileSync(file, 'utf8');
      if (current === content) {
        report.unchanged.push(path);
        continue;
      }
      if (!options.force) {
        report.refused.push(path);
        continue;
      }
    }
    report.written.push(path);
  }
  if (report.refused.length) return report; // nothing written: one consistent state or none
  for (const path of report.written) {
    const file = join(workspace, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renders.get(path)!.content);
  }
  const files: Record<string, { blob: string }> = {};
  const ids = storeBlobs(
    workspace,
    [...renders.values()].map((r) => r.content)
  );
  [...renders.keys()].forEach((path, i) => (files[path] = { blob: ids[i] }));
  const lock: TemplateLock = {
    schema: 'ci-intel.template-lock.v1',
    hub: { ...source.release, channel: String(answers.channel ?? 'stable') },
    answers,
    files
  };
  const lockFile = join(workspace, LOCK_FILE);
  if (!existsSync(lockFile) || readFileSync(lockFile, 'utf8') !== lockText(lock)) {
    writeLock(workspace, lock);
    report.written.push(LOCK_FILE);
  } else report.unchanged.push(LOCK_FILE);
  keepRenders(
    workspace,
    Object.fromEntries(Object.entries(files).map(([p, f]) => [p, f.blob])),
    `ci-intel template ${source.release.version}`
  );
  report.lock = true;
  return report;
}
