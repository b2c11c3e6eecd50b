// cache-sentinel: save and restore through the shipped bundle (dist/cache-sentinel/index.js, run
// as a process the way the runner runs it, dir: store) against the shell pipeline on the same
// tree: save `tar -cf - | zstd` then `b3sum` of the archive, restore `b3sum --check` then
// `zstd -dc | tar -x`. Runs interleaved, medians, peak RSS of each side from /usr/bin/time -v.
// Tree: 20,000 small files (1–11 KiB, text-like) in 200 folders plus four 50 MiB files (~313 MB).
// Needs a build (`npm run bundle`), b3sum, zstd, tar and /usr/bin/time on PATH. CPU time (user +
// system, all threads) is printed beside wall time: on a shared machine it is the steadier figure.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
// CACHE_SENTINEL_BUNDLE: another build of the bundle (e.g. a copy of main's) to compare against.
const bundle =
  process.env.CACHE_SENTINEL_BUNDLE || join(root, 'dist', 'cache-sentinel', 'index.js');
// BENCH_SMALL_FILES / BENCH_LARGE_FILES: the tree's shape (peak RSS at two file counts shows
// whether memory grows with the number of files); BENCH_DIR: where the tree lives (e.g. /dev/shm).
const SMALL = Number(process.env.BENCH_SMALL_FILES || 20_000);
const LARGE = Number(process.env.BENCH_LARGE_FILES ?? 4);
const FOLDERS = Math.max(1, Math.round(SMALL / 100));
const shape = SMALL === 20_000 && LARGE === 4 ? '' : `-${SMALL}-${LARGE}`;
const base = join(process.env.BENCH_DIR || tmpdir(), `ci-intel-bench-cache-sentinel-v2${shape}`);
const ws = join(base, 'ws');
const LARGE_MIB = 50;

function makeTree() {
  if (existsSync(join(base, '.complete'))) return;
  rmSync(base, { recursive: true, force: true });
  const words = randomBytes(4096).toString('base64');
  for (let d = 0; d < FOLDERS; d++) {
    const dir = join(ws, 'deps', 'small', `d${d}`);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < SMALL / FOLDERS; i++) {
      const size = 1024 + ((d * 131 + i * 977) % 10240);
      const head = randomBytes(64).toString('hex');
      const body = (head + words).repeat(Math.ceil(size / (head.length + words.length)));
      writeFileSync(join(dir, `f${i}.js`), body.slice(0, size));
    }
  }
  mkdirSync(join(ws, 'deps', 'large'), { recursive: true });
  for (let i = 0; i < LARGE; i++)
    writeFileSync(join(ws, 'deps', 'large', `big${i}.bin`), randomBytes(LARGE_MIB * 1024 * 1024));
  writeFileSync(join(base, '.complete'), '');
}

/** Run a command under /usr/bin/time -v: wall ms and peak RSS (MiB) of the process tree's largest member. */
function timed(cmd, args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', ...opts });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const sec = (k) =>
    Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? 0);
  return { ms, rss, cpu: (sec('User') + sec('System')) * 1000, stdout: r.stdout };
}

const key = execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519'], { encoding: 'utf8' });

function runBundle(operation, store, tmp) {
  const io = mkdtempSync(join(tmp, 'io-'));
  const env = {
    PATH: process.env.PATH,
    HOME: base,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: join(tmp, 'rt'),
    GITHUB_OUTPUT: join(io, 'out'),
    GITHUB_STEP_SUMMARY: join(io, 'summary'),
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    INPUT_OPERATION: operation,
    INPUT_PATH: 'deps',
    INPUT_KEY: 'bench-1',
    INPUT_SIGNING: 'key',
    'INPUT_SIGNING-KEY': key,
    INPUT_BACKEND: `dir:${store}`,
    INPUT_MODE: 'enforce'
  };
  for (const f of ['out', 'summary']) writeFileSync(join(io, f), '');
  mkdirSync(env.RUNNER_TEMP, { recursive: true });
  const r = timed(process.execPath, [bundle], { env, cwd: ws });
  const out = readFileSync(env.GITHUB_OUTPUT, 'utf8');
  const file = /result-file=(.*)/.exec(out)?.[1] ?? /result-file<<(.*)\n(.*)/.exec(out)?.[2];
  const result = JSON.parse(readFileSync(file, 'utf8'));
  if (result.verdict !== 'pass')
    throw new Error(`${operation}: ${JSON.stringify(result.findings)}`);
  rmSync(io, { recursive: true, force: true });
  rmSync(env.RUNNER_TEMP, { recursive: true, force: true });
  return { ...r, hasher: result.evidence.hasher, files: result.evidence.files };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(bundle)) throw new Error('build first: npm run bundle');
makeTree();
const tmp = mkdtempSync(join(base, 'run-'));
const store = join(tmp, 'store');
const peerDir = join(tmp, 'peer');
mkdirSync(peerDir);
const runs = Number(process.env.BENCH_RUNS || 3);
const sides = { save: { ours: [], peer: [] }, restore: { ours: [], peer: [] } };
let hasher;
// Warm the page cache right before each timed run, for either side: GNU tar does not read the
// files when its archive is /dev/null (hence `| cat`), and this machine reclaims cold pages
// within seconds, so without this whichever side ran first paid the disk reads.
const warmTree = () =>
  execFileSync('sh', ['-c', 'tar -cf - deps | cat > /dev/null'], { cwd: ws, maxBuffer: 1 << 20 });
const warmFiles = (dir) =>
  execFileSync('sh', ['-c', 'cat -- * > /dev/null'], { cwd: dir, maxBuffer: 1 << 20 });
for (let i = 0; i < runs; i++) {
  // save: ours (fresh store), then the pipeline
  rmSync(store, { recursive: true, force: true });
  warmTree();
  const s = runBundle('save', store, tmp);
  hasher = s.hasher;
  sides.save.ours.push(s);
  rmSync(join(peerDir, 'a.tar.zst'), { force: true });
  warmTree();
  sides.save.peer.push(
    timed(
      'sh',
      [
        '-c',
        `tar -cf - deps | zstd -q -o ${peerDir}/a.tar.zst && cd ${peerDir} && b3sum a.tar.zst > a.b3`
      ],
      {
        cwd: ws
      }
    )
  );
  // restore onto an absent destination: ours, then the pipeline
  const saved = join(base, 'deps.saved');
  execFileSync('mv', [join(ws, 'deps'), saved]);
  try {
    for (const entry of readdirSync(store)) warmFiles(join(store, entry));
    sides.restore.ours.push(runBundle('restore', store, tmp));
    rmSync(join(ws, 'deps'), { recursive: true, force: true });
    warmFiles(peerDir);
    sides.restore.peer.push(
      timed(
        'sh',
        [
          '-c',
          `(cd ${peerDir} && b3sum --check --quiet a.b3) && zstd -dc ${peerDir}/a.tar.zst | tar -xf -`
        ],
        {
          cwd: ws
        }
      )
    );
    rmSync(join(ws, 'deps'), { recursive: true, force: true });
  } finally {
    execFileSync('mv', [saved, join(ws, 'deps')]);
  }
}
const mb = (n) => (n / 1e6).toFixed(0);
const storeBytes = Number(execFileSync('du', ['-sb', store], { encoding: 'utf8' }).split('\t')[0]);
const peerBytes = Number(
  execFileSync('du', ['-sb', join(peerDir, 'a.tar.zst')], { encoding: 'utf8' }).split('\t')[0]
);
const treeBytes = Number(
  execFileSync('du', ['-sb', join(ws, 'deps')], { encoding: 'utf8' }).split('\t')[0]
);
console.log(
  `tree: ${SMALL + LARGE} files, ${mb(treeBytes)} MB; hasher in the bundle: ${hasher}; runs: ${runs}`
);
console.log(`stored: sentinel ${mb(storeBytes)} MB, pipeline ${mb(peerBytes)} MB`);
for (const [name, { ours, peer }] of Object.entries(sides)) {
  const o = median(ours.map((r) => r.ms));
  const p = median(peer.map((r) => r.ms));
  const oc = median(ours.map((r) => r.cpu));
  const pc = median(peer.map((r) => r.cpu));
  const peerName = name === 'save' ? 'tar|zstd; b3sum' : 'b3sum --check; zstd -dc|tar -x';
  report({
    bench: 'cache-sentinel',
    case: `${name} (dist bundle)`,
    project: o,
    projectRssMiB: Math.max(...ours.map((r) => r.rss)),
    peer: peerName,
    peerValue: p,
    peerRssMiB: Math.max(...peer.map((r) => r.rss)),
    ratio: p / o,
    ratioIs: 'peer/project time',
    goal: '>= 0.7'
  });
  console.log(
    `${name.padEnd(8)} project ${o.toFixed(0)} ms (peak RSS ${Math.max(...ours.map((r) => r.rss)).toFixed(0)} MiB) | peer ${peerName} ${p.toFixed(0)} ms (peak RSS ${Math.max(...peer.map((r) => r.rss)).toFixed(0)} MiB) | ratio ${(p / o).toFixed(2)}x (goal >= 0.70x) | CPU ${oc.toFixed(0)} vs ${pc.toFixed(0)} ms`
  );
}
rmSync(tmp, { recursive: true, force: true });
