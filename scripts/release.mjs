#!/usr/bin/env node
// Release the hub: `node scripts/release.mjs X.Y.Z [--ghes <org>/<repo>] [--dry-run] [--push]`.
//
// - refuses unless the tree is clean (untracked files too), HEAD is the default branch, X.Y.Z is a
//   release version (no pre-release), package.json says X.Y.Z, CHANGELOG.md has a `## vX.Y.Z`
//   (or `## X.Y.Z`, `## [X.Y.Z]`) entry with text, the tag vX.Y.Z does not exist yet and no newer
//   vX.* release exists;
// - creates the annotated tag vX.Y.Z on HEAD and moves the annotated tag vX to it (force);
// - with --ghes <org>/<repo>: GitHub Enterprise Server has no `uses: $/…`, so it commits, on the
//   branch ghes/vX.Y.Z (parent: the release commit), the workflows with every
//   `uses: $/actions/<gate>` and `uses: $/.github/workflows/<wf>` in .github/workflows/*.yml and
//   workflows/*.yml rewritten to `<org>/<repo>/actions/<gate>@<sha> # vX.Y.Z` (sha = the release
//   commit). The working tree is not touched (git plumbing on a private index);
// - --dry-run prints what it would do and changes nothing; nothing is pushed without --push
//   (then: the tag, the moved major tag with --force, and the ghes branch, to --remote, default
//   origin).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

class ReleaseError extends Error {}

const USAGE =
  'usage: node scripts/release.mjs X.Y.Z [--ghes <org>/<repo>] [--dry-run] [--push] [--remote NAME] [--branch NAME]';

function parseArgs(argv) {
  const opts = { dryRun: false, push: false, remote: 'origin' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (eq > 0 && a.startsWith('--')) return a.slice(eq + 1);
      if (i + 1 >= argv.length) throw new ReleaseError(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--dry-run') opts.dryRun = true;
    else if (a === '--push') opts.push = true;
    else if (name === '--ghes') opts.ghes = value();
    else if (name === '--remote') opts.remote = value();
    else if (name === '--branch') opts.branch = value();
    else if (!a.startsWith('-') && opts.version === undefined) opts.version = a;
    else throw new ReleaseError(`unexpected argument '${a}'\n${USAGE}`);
  }
  return opts;
}

function git(cwd, args, options = {}) {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      ...options
    }).replace(/\n$/, '');
  } catch (err) {
    const stderr = err.stderr ? String(err.stderr).trim() : err.message;
    throw new ReleaseError(`git ${args.join(' ')} failed: ${stderr}`);
  }
}

function tryGit(cwd, args) {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** `1.2.3` or `v1.2.3` → {major, minor, patch, tag}; anything else is refused. */
export function parseVersion(text) {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(text ?? '');
  if (!m)
    throw new ReleaseError(
      `'${text ?? ''}' is not a release version: give X.Y.Z (e.g. 1.4.0), no pre-release or build suffix`
    );
  const [major, minor, patch] = m.slice(1).map(Number);
  return {
    major,
    minor,
    patch,
    version: `${major}.${minor}.${patch}`,
    tag: `v${major}.${minor}.${patch}`
  };
}

const compare = (a, b) => a.major - b.major || a.minor - b.minor || a.patch - b.patch;

/** The CHANGELOG.md entry of a version: its heading must name it, and it must say something. */
export function changelogEntry(text, version) {
  const lines = text.split('\n');
  const esc = version.replace(/\./g, '\\.');
  const heading = new RegExp(`^##\\s+\\[?v?${esc}\\]?(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return undefined;
  const body = [];
  for (const l of lines.slice(start + 1)) {
    if (/^##?\s/.test(l)) break;
    body.push(l);
  }
  const entry = body.join('\n').trim();
  return entry || undefined;
}

const REPO_RE = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;

/** Every `uses:` value of a workflow's jobs and steps that begins with `$/`. */
function localUses(text, file) {
  let doc;
  try {
    doc = parse(text, { uniqueKeys: true });
  } catch (err) {
    throw new ReleaseError(`${file}: not valid YAML: ${err.message}`);
  }
  const found = [];
  const jobs = doc && typeof doc === 'object' ? doc.jobs : undefined;
  for (const job of Object.values(jobs && typeof jobs === 'object' ? jobs : {})) {
    if (!job || typeof job !== 'object') continue;
    if (typeof job.uses === 'string' && job.uses.startsWith('$/')) found.push(job.uses);
    for (const step of Array.isArray(job.steps) ? job.steps : []) {
      if (step && typeof step.uses === 'string' && step.uses.startsWith('$/'))
        found.push(step.uses);
    }
  }
  return found;
}

/**
 * Rewrite `uses: $/<path>` to `uses: <repo>/<path>@<sha> # <tag>` in one workflow file. The lines
 * are rewritten as text (comments and layout stay); the YAML is read before and after, so a `$/`
 * reference written in a form the rewrite does not handle is refused, never left behind.
 */
export function rewriteLocalUses(text, file, repo, sha, tag) {
  const wanted = localUses(text, file);
  let count = 0;
  const lines = text.split('\n').map((line, n) => {
    const m = /^(\s*(?:-\s+)?uses:\s*)(['"]?)\$\/([^\s'"#]*)\2([ \t]*(?:#(.*))?)$/.exec(line);
    if (!m) return line;
    const [, lead, , path, , comment] = m;
    if (!/^(actions\/[A-Za-z0-9._-]+|\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml)$/.test(path))
      throw new ReleaseError(
        `${file}:${n + 1}: '$/${path}' is neither $/actions/<gate> nor $/.github/workflows/<file>.yml`
      );
    count++;
    const rest = comment?.trim() ? ` ${comment.trim()}` : '';
    return `${lead}${repo}/${path}@${sha} # ${tag}${rest}`;
  });
  const out = lines.join('\n');
  const left = localUses(out, file);
  if (left.length || count !== wanted.length)
    throw new ReleaseError(
      `${file}: 'uses: ${left[0] ?? wanted[0]}' is a '$/' reference the release script cannot rewrite (write it as 'uses: $/<path>' on its own line)`
    );
  return { text: out, count };
}

function defaultBranch(cwd, remote, given) {
  if (given) return given;
  const head = tryGit(cwd, ['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]);
  if (head) return head.replace(`refs/remotes/${remote}/`, '');
  return tryGit(cwd, ['config', '--get', 'init.defaultBranch']) || 'main';
}

function workflowFiles(cwd, sha) {
  const listed = git(cwd, [
    'ls-tree',
    '-r',
    '--name-only',
    sha,
    '--',
    '.github/workflows',
    'workflows'
  ]);
  return listed
    .split('\n')
    .filter((f) => /^(\.github\/workflows|workflows)\/[^/]+\.ya?ml$/.test(f));
}

/** The GHES variant's rewritten workflows (checked before any tag is made). */
function planGhes(cwd, sha, repo, tag) {
  const changes = [];
  for (const file of workflowFiles(cwd, sha)) {
    const before = git(cwd, ['cat-file', 'blob', `${sha}:${file}`]);
    const { text, count } = rewriteLocalUses(before, file, repo, sha, tag);
    if (count) changes.push({ file, text, count });
  }
  if (!changes.length)
    throw new ReleaseError(
      `--ghes: no 'uses: $/…' reference in .github/workflows/ or workflows/ at ${sha}: nothing to rewrite`
    );
  return changes;
}

/** Commit the rewritten files on top of `sha` without a checkout (a private index). */
function ghesCommit(cwd, sha, repo, tag, changes) {
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-release-'));
  const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index') };
  try {
    git(cwd, ['read-tree', sha], { env });
    for (const c of changes) {
      const blob = git(cwd, ['hash-object', '-w', '--stdin'], { input: c.text });
      const mode = git(cwd, ['ls-tree', sha, '--', c.file]).split(' ')[0];
      git(cwd, ['update-index', '--cacheinfo', `${mode},${blob},${c.file}`], { env });
    }
    const tree = git(cwd, ['write-tree'], { env });
    return git(cwd, [
      'commit-tree',
      tree,
      '-p',
      sha,
      '-m',
      `${tag} for GitHub Enterprise Server: 'uses: $/…' pinned to ${repo}@${sha}`
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function release(argv, { cwd = process.cwd(), log = console.log } = {}) {
  const opts = parseArgs(argv);
  if (opts.help) {
    log(USAGE);
    return;
  }
  const v = parseVersion(opts.version);
  if (opts.ghes !== undefined && !REPO_RE.test(opts.ghes))
    throw new ReleaseError(`--ghes '${opts.ghes}' is not <org>/<repo>`);
  const top = tryGit(cwd, ['rev-parse', '--show-toplevel']);
  if (!top) throw new ReleaseError(`${cwd} is not in a git repository`);

  const dirty = git(top, ['status', '--porcelain', '--untracked-files=all']);
  if (dirty)
    throw new ReleaseError(`the working tree is not clean; commit or stash first:\n${dirty}`);
  const branch = defaultBranch(top, opts.remote, opts.branch);
  const current = tryGit(top, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (current !== branch)
    throw new ReleaseError(
      `releases are cut from the default branch '${branch}', but HEAD is ${current ? `'${current}'` : 'detached'}`
    );
  const sha = git(top, ['rev-parse', 'HEAD^{commit}']);

  const pkgText = tryGit(top, ['cat-file', 'blob', 'HEAD:package.json']);
  if (pkgText !== undefined) {
    const pkgVersion = JSON.parse(pkgText).version;
    if (pkgVersion !== v.version)
      throw new ReleaseError(
        `package.json says version ${pkgVersion}, not ${v.version}: bump it (and src/core/version.ts) first`
      );
  }
  const changelog = tryGit(top, ['cat-file', 'blob', 'HEAD:CHANGELOG.md']);
  if (changelog === undefined) throw new ReleaseError('CHANGELOG.md is missing');
  if (!changelogEntry(changelog, v.version))
    throw new ReleaseError(
      `CHANGELOG.md has no entry for ${v.tag}: add a '## ${v.tag}' heading with what changed and what downstream must change`
    );

  if (tryGit(top, ['rev-parse', '--quiet', '--verify', `refs/tags/${v.tag}`]))
    throw new ReleaseError(`the tag ${v.tag} already exists; versions are immutable`);
  const newer = git(top, ['tag', '--list', `v${v.major}.*`])
    .split('\n')
    .filter(Boolean)
    .map((t) => {
      try {
        return parseVersion(t);
      } catch {
        return undefined;
      }
    })
    .filter((t) => t && compare(t, v) > 0);
  if (newer.length)
    throw new ReleaseError(
      `${newer.map((t) => t.tag).join(', ')} already released: v${v.major} would move backwards`
    );
  const ghesBranch = `ghes/${v.tag}`;
  if (opts.ghes && tryGit(top, ['rev-parse', '--quiet', '--verify', `refs/heads/${ghesBranch}`]))
    throw new ReleaseError(`the branch ${ghesBranch} already exists`);

  const changes = opts.ghes ? planGhes(top, sha, opts.ghes, v.tag) : undefined;

  const major = `v${v.major}`;
  const previous = tryGit(top, ['rev-parse', '--quiet', '--verify', `refs/tags/${major}^{commit}`]);
  const say = opts.dryRun ? (m) => log(`[dry-run] would ${m}`) : (m) => log(m);
  say(`tag ${v.tag} (annotated) at ${sha} on ${branch}`);
  say(`${previous ? 'move' : 'create'} ${major} → ${sha}${previous ? ` (was ${previous})` : ''}`);
  if (!opts.dryRun) {
    git(top, ['tag', '-a', v.tag, '-m', `${v.tag}`, sha]);
    git(top, ['tag', '-f', '-a', major, '-m', `${major} → ${v.tag}`, sha]);
  }
  let ghes;
  if (opts.ghes) {
    say(`commit the GHES variant for ${opts.ghes} on branch ${ghesBranch}:`);
    for (const c of changes)
      log(
        `  ${c.file}: ${c.count} reference${c.count === 1 ? '' : 's'} → ${opts.ghes}/…@${sha} # ${v.tag}`
      );
    if (!opts.dryRun) {
      ghes = ghesCommit(top, sha, opts.ghes, v.tag, changes);
      git(top, ['update-ref', `refs/heads/${ghesBranch}`, ghes, '']);
      log(`${ghesBranch} at ${ghes}`);
    }
  }
  const pushes = [
    ['push', opts.remote, `refs/tags/${v.tag}`],
    ['push', '--force', opts.remote, `refs/tags/${major}`],
    ...(opts.ghes ? [['push', opts.remote, `refs/heads/${ghesBranch}`]] : [])
  ];
  if (opts.push && !opts.dryRun) {
    for (const args of pushes) {
      git(top, args);
      log(`pushed: git ${args.join(' ')}`);
    }
  } else {
    log(`${opts.dryRun ? '[dry-run] ' : ''}not pushed; to publish:`);
    for (const args of pushes) log(`  git ${args.join(' ')}`);
  }
  return { sha, tag: v.tag, major, ghes };
}

const isMain = process.argv[1] && new URL(import.meta.url).pathname === process.argv[1];
if (isMain) {
  try {
    release(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof ReleaseError)) throw err;
    console.error(`release: ${err.message}`);
    process.exitCode = 2;
  }
}
