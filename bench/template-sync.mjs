// `ci-intel sync` through the shipped CLI bundle (dist/cli), no network: one repository with the
// full template, 50 repositories in a row, and growth with the number of rendered files — next to
// the floor, the same `git merge-file` calls run alone as processes. Peak RSS from getrusage.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { report } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@example.com',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@example.com'
};
const git = (dir, ...args) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: ENV });
const write = (dir, rel, text) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
};

/** A hub with v1.0.0 and v1.1.0; `extra` synthetic files of 40 lines each beyond the real template. */
function hub(extra) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-hub-'));
  git(dir, 'init', '-q', '-b', 'main');
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(root, 'workflows'), join(dir, 'workflows'), { recursive: true });
  const lines = (tag) =>
    Array.from({ length: 40 }, (_, i) => `line ${i}${i === 5 ? ` ${tag}` : ''}`).join('\n') + '\n';
  let def = readFileSync(join(dir, 'templates/hub/template.yml'), 'utf8');
  for (let i = 0; i < extra; i++) {
    write(dir, `templates/hub/files/extra/f${i}.txt`, lines('v1'));
    def += `  - path: extra/f${i}.txt\n    template: templates/hub/files/extra/f${i}.txt\n`;
  }
  write(dir, 'templates/hub/template.yml', def);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'v1.0.0');
  git(dir, 'tag', 'v1.0.0');
  const cfg = join(dir, 'templates/hub/files/config.yml');
  writeFileSync(
    cfg,
    readFileSync(cfg, 'utf8').replace(
      'pinned-uses: error',
      'pinned-uses: error\n    concurrency: error'
    )
  );
  for (let i = 0; i < extra; i++) write(dir, `templates/hub/files/extra/f${i}.txt`, lines('v1.1'));
  git(dir, 'commit', '-qam', 'v1.1.0');
  git(dir, 'tag', 'v1.1.0');
  return dir;
}

/** A repository adopted at v1.0.0 with a local edit in every file (far from the template's). */
function repo(hubDir) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  execFileSync(
    process.execPath,
    [
      cli,
      'init',
      '--yes',
      '--organisation',
      'acme',
      '--hub',
      'acme/hub',
      '--hub-git',
      hubDir,
      '--to',
      'v1.0.0',
      '--workspace',
      dir
    ],
    { env: ENV }
  );
  const lock = JSON.parse(readFileSync(join(dir, '.ci-intel/template.lock.json'), 'utf8'));
  for (const p of Object.keys(lock.files))
    writeFileSync(join(dir, p), readFileSync(join(dir, p), 'utf8') + '# local\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'adopt');
  return { dir, files: Object.keys(lock.files) };
}

/** Wall time of one process, and its peak RSS (KiB) from /usr/bin/time. */
function timed(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { env: ENV, ...opts });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const err = String(r.stderr ?? '')
    .trim()
    .split('\n');
  return {
    ms,
    status: r.status,
    rssKiB: Number(err[err.length - 1]),
    stderr: err.slice(0, -1).join('\n')
  };
}

/** The floor: one `git merge-file -p --zdiff3` process per file, on the same three versions. */
function floor(r) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  const trio = r.files.map((p, i) => {
    const base = join(scratch, `${i}.base`);
    const theirs = join(scratch, `${i}.theirs`);
    writeFileSync(base, readFileSync(join(r.dir, p), 'utf8').replace(/# local\n$/, ''));
    writeFileSync(theirs, readFileSync(join(r.dir, p), 'utf8').replace('line 5 v1', 'line 5 v1.1'));
    return [join(r.dir, p), base, theirs];
  });
  const t = process.hrtime.bigint();
  for (const [ours, base, theirs] of trio)
    spawnSync('git', ['merge-file', '-p', '--zdiff3', ours, base, theirs], { env: ENV });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  rmSync(scratch, { recursive: true, force: true });
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function run(label, extra, count) {
  const h = hub(extra);
  const repos = Array.from({ length: count }, () => repo(h));
  const ours = [];
  const base = [];
  let rss = 0;
  for (const r of repos) {
    base.push(floor(r));
    const x = timed(
      process.execPath,
      [cli, 'sync', '--hub-git', h, '--to', 'v1.1.0', '--format', 'json'],
      { cwd: r.dir }
    );
    if (x.status !== 0) throw new Error(`sync failed (${x.status}): ${x.stderr}`);
    ours.push(x.ms);
    rss = Math.max(rss, x.rssKiB);
  }
  const files = repos[0].files.length;
  const m = median(ours);
  const f = median(base);
  console.log(
    `${label.padEnd(28)} files ${String(files).padStart(4)}  repos ${String(count).padStart(3)}  ci-intel sync ${m.toFixed(0).padStart(6)} ms/repo  floor (git merge-file ×${files}) ${f.toFixed(0).padStart(5)} ms  ratio floor/ours ${(f / m).toFixed(2)}  total ${(ours.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s  peak RSS ${(rss / 1024).toFixed(0)} MiB`
  );
  report({
    bench: 'template-sync',
    case: `${label} (CLI bundle)`,
    project: m,
    projectRssMiB: rss / 1024,
    peer: `git merge-file ×${files} (floor)`,
    peerValue: f,
    ratio: m / f,
    ratioIs: 'project/peer time'
  });
  for (const r of repos) rmSync(r.dir, { recursive: true, force: true });
  rmSync(h, { recursive: true, force: true });
}

console.log(
  'project: ci-intel sync (dist/cli, one process per repository); peer/floor: the git merge-file processes alone'
);
run('full template, 1 repository', 0, 5);
run('full template, 50 in a row', 0, 50);
run('template + 24 files', 24, 5);
run('template + 96 files', 96, 5);
