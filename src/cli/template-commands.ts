/** `ci-intel init` and `ci-intel sync`: adopt the hub's template, and keep it current. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { hubRoot } from '../core/action-spec.js';
import { HUB_VERSION } from '../core/version.js';
import { loadDefinition, type Question } from '../templates/definition.js';
import { initRepository } from '../templates/init.js';
import { readLock } from '../templates/lock.js';
import { TemplateError, type Answers } from '../templates/render.js';
import { dirSource, gitSource, newestTag, type TemplateSource } from '../templates/source.js';
import { sync, syncMarkdown } from '../templates/sync.js';
import { UsageError } from './args.js';

export interface TemplateIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** A terminal to ask questions on, when there is one. */
  interactive?: boolean;
}

interface Flags {
  values: Record<string, string>;
  bools: Set<string>;
  answers: Answers;
}

const VALUE_FLAGS = new Set([
  'workspace',
  'answers',
  'hub',
  'hub-git',
  'hub-sha',
  'to',
  'channel',
  'report',
  'format'
]);
const BOOL_FLAGS = new Set(['yes', 'force', 'help']);

function parse(command: string, argv: string[], questions: string[]): Flags {
  const f: Flags = { values: {}, bools: new Set(), answers: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') {
      f.bools.add('help');
      continue;
    }
    if (a === '-y') {
      f.bools.add('yes');
      continue;
    }
    if (!a.startsWith('--'))
      throw new UsageError(`ci-intel ${command}: unexpected argument '${a}'`);
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (BOOL_FLAGS.has(name)) {
      f.bools.add(name);
      continue;
    }
    const question = name.replace(/-/g, '_');
    if (!VALUE_FLAGS.has(name) && !questions.includes(question)) {
      throw new UsageError(
        `ci-intel ${command}: unknown flag --${name} (questions: ${questions.map((q) => `--${q.replace(/_/g, '-')}`).join(', ')})`
      );
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`ci-intel ${command}: --${name} needs a value`);
    if (VALUE_FLAGS.has(name)) f.values[name] = value;
    else f.answers[question] = value;
  }
  return f;
}

function gitOk(dir: string, args: string[]): string | undefined {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A hub git repository: a local folder, or a URL cloned (bare, no blobs until read) once. */
function hubGit(spec: string | undefined, cwd: string): string {
  if (!spec) {
    const root = hubRoot();
    if (gitOk(root, ['rev-parse', '--git-dir']) === undefined) {
      throw new UsageError(
        'this hub is not a git checkout: name the hub repository with --hub-git <folder or URL>'
      );
    }
    return root;
  }
  const local = resolve(cwd, spec);
  if (existsSync(local)) return local;
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-hub-'));
  const r = spawnSync('git', ['clone', '-q', '--bare', '--filter=blob:none', spec, dir], {
    encoding: 'utf8'
  });
  if (r.status !== 0)
    throw new TemplateError(`cannot clone the hub ${spec}: ${r.stderr.trim().split('\n').pop()}`);
  return dir;
}

async function readAnswersFile(file: string): Promise<Answers> {
  const { readRegularTextFile } = await import('../core/read-file.js');
  const { parse: parseYaml } = await import('yaml');
  const doc = parseYaml(readRegularTextFile(file, { maxBytes: 256 * 1024, what: '--answers' }), {
    uniqueKeys: true
  }) as unknown;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new UsageError(`--answers ${file}: expected a mapping of question: answer`);
  return doc as Answers;
}

const INIT_HELP = `usage: ci-intel init [--yes] [--answers FILE] [--<question> VALUE …] [--force] [--workspace DIR]
                     [--hub OWNER/REPO] [--hub-git DIR|URL --to vX.Y.Z]
Renders the hub's template into a git repository: .ci-intel/config.yml, the caller workflows,
a CODEOWNERS entry and the lock later syncs merge against. Refuses to overwrite a file that
differs unless --force. --yes takes every default without asking.
`;

export async function initCommand(io: TemplateIo, argv: string[]): Promise<number> {
  const root = hubRoot();
  const base = dirSource(root, { repo: '', version: `v${HUB_VERSION}`, sha: '' });
  const questions = loadDefinition(base).questions;
  const f = parse(
    'init',
    argv,
    questions.map((q) => q.name)
  );
  if (f.bools.has('help')) {
    io.stdout(
      INIT_HELP +
        '\nquestions:\n' +
        questions
          .map((q) => `  --${q.name.replace(/_/g, '-').padEnd(16)} ${q.description}`)
          .join('\n') +
        '\n'
    );
    return 0;
  }
  const workspace = resolve(io.cwd, f.values.workspace ?? '.');
  let source: TemplateSource;
  if (f.values['hub-git']) {
    const dir = hubGit(f.values['hub-git'], io.cwd);
    source = gitSource(dir, f.values.to ?? newestTag(dir, 'stable'), f.values.hub ?? '');
  } else {
    const sha = f.values['hub-sha'] ?? gitOk(root, ['rev-parse', 'HEAD']);
    if (!sha || !/^[0-9a-f]{40}$/.test(sha)) {
      throw new UsageError(
        'the hub commit to pin is unknown: pass --hub-sha <40-hex sha> (or --hub-git with --to)'
      );
    }
    source = dirSource(root, { repo: f.values.hub ?? '', version: `v${HUB_VERSION}`, sha });
  }
  const answers = {
    ...(f.values.answers ? await readAnswersFile(resolve(io.cwd, f.values.answers)) : {}),
    ...f.answers
  };
  let rl: ReturnType<typeof createInterface> | undefined;
  const ask = io.interactive
    ? async (q: Question, suggested: string): Promise<string> => {
        rl ??= createInterface({ input: process.stdin, output: process.stderr });
        const opts = q.options ? ` (${q.options.join('/')})` : '';
        return (await rl.question(`${q.description}${opts} [${suggested}]: `)).trim();
      }
    : undefined;
  try {
    const report = await initRepository({
      workspace,
      source,
      answers,
      yes: f.bools.has('yes'),
      force: f.bools.has('force'),
      ask
    });
    for (const p of report.written) io.stdout(`wrote     ${p}\n`);
    for (const p of report.unchanged) io.stdout(`unchanged ${p}\n`);
    for (const p of report.refused)
      io.stdout(`refused   ${p} (exists and differs; --force overwrites it)\n`);
    if (report.refused.length) {
      io.stderr(
        `ci-intel init: nothing written: ${report.refused.length} existing file(s) differ from the template\n`
      );
      return 1;
    }
    io.stdout(
      `ci-intel init: ${source.release.repo}@${source.release.sha.slice(0, 12)} (${source.release.version}); next: review, commit, and run ci-intel check\n`
    );
    return 0;
  } finally {
    rl?.close();
  }
}

const SYNC_HELP = `usage: ci-intel sync [--to vX.Y.Z | --channel stable|canary] [--hub-git DIR|URL] [--<question> VALUE …]
                     [--workspace DIR] [--format text|json|markdown] [--report FILE]
Three-way merges every file the hub's template renders (last applied render, yours, the new
release's) and moves the hub pins. Conflicts are left as markers. Exit 0 clean, 1 conflicts, 2 error.
`;

export async function syncCommand(io: TemplateIo, argv: string[]): Promise<number> {
  const workspace0 = io.cwd;
  const probe = (() => {
    try {
      return Object.keys(readLock(workspace0).answers);
    } catch {
      return [];
    }
  })();
  const f = parse(
    'sync',
    argv,
    probe.length
      ? probe
      : ['organisation', 'default_branch', 'service_kind', 'gates', 'security_team', 'channel']
  );
  if (f.bools.has('help')) {
    io.stdout(SYNC_HELP);
    return 0;
  }
  const workspace = resolve(io.cwd, f.values.workspace ?? '.');
  const lock = readLock(workspace);
  const channel = f.values.channel ?? lock.hub.channel ?? 'stable';
  if (channel !== 'stable' && channel !== 'canary')
    throw new UsageError('ci-intel sync: --channel is stable or canary');
  if (f.values.to && f.values.channel)
    throw new UsageError('ci-intel sync: --to and --channel exclude each other');
  const dir = hubGit(f.values['hub-git'], io.cwd);
  const target = gitSource(dir, f.values.to ?? newestTag(dir, channel), lock.hub.repo);
  const { report } = sync({ workspace, target, answers: f.answers, channel });
  const conflicts = report.files.filter((x) => x.outcome === 'conflicted').length;
  const json =
    JSON.stringify(
      { schema: 'ci-intel.sync-report.v1', verdict: conflicts ? 'fail' : 'pass', ...report },
      null,
      2
    ) + '\n';
  if (f.values.report) writeFileSync(resolve(io.cwd, f.values.report), json);
  const format = f.values.format ?? 'text';
  if (format === 'json') io.stdout(json);
  else if (format === 'markdown') io.stdout(syncMarkdown(report));
  else {
    io.stdout(
      `ci-intel sync: ${report.from.version} → ${report.to.version}${report.noop ? ' (nothing to do)' : ''}\n`
    );
    for (const x of report.files)
      if (x.outcome !== 'unchanged')
        io.stdout(`  ${x.outcome.padEnd(14)} ${x.path}${x.from ? ` (was ${x.from})` : ''}\n`);
    for (const p of report.pins) io.stdout(`  pin moved      ${p.file}:${p.line}\n`);
    if (conflicts) io.stdout(`${conflicts} conflicted file(s): resolve the markers, then commit\n`);
  }
  return conflicts ? 1 : 0;
}
