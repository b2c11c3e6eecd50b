// determinism: compare two 1 GiB build-output trees (many small files and a few large archives)
// side by side in one run, warm page cache: `sha256sum` over both trees (the floor: reading and
// hashing every byte once), the gate (`ci-intel determinism --a A --b B`, which hashes every file
// and then reads the differing archives member by member), and diffoscope on the same pair.
// Figures are ratios against the floor and the peer, with peak RSS (GNU time).
// Needs `node scripts/build.mjs determinism cli`, GNU tar, zip, /usr/bin/time; diffoscope optional.
// BENCH_SCALE=0.25 shrinks the trees; BENCH_DIFFOSCOPE_TIMEOUT (s, default 900) bounds diffoscope.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const base = join(process.env.BENCH_DIR || tmpdir(), `ci-intel-bench-determinism-${SCALE}`);
const A = join(base, 'a');
const B = join(base, 'b');
const SMALL = Math.round(24_576 * SCALE); // files of 16 KiB: 384 MiB at scale 1
const SMALL_SIZE = 16 * 1024;
const TARS = 2; // tars of 8 × 32 MiB members: 256 MiB each at scale 1
const MEMBER = Math.max(1, Math.round(32 * SCALE)) * 1024 * 1024;
const ZIP_MIB = Math.max(1, Math.round(128 * SCALE));
const sh = (cmd, cwd) =>
  execFileSync('bash', ['-c', cmd], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

function makeTrees() {
  if (existsSync(join(base, '.complete'))) return;
  rmSync(base, { recursive: true, force: true });
  mkdirSync(join(A, 'small'), { recursive: true });
  for (let d = 0; d < 96; d++) {
    const dir = join(A, 'small', `d${d}`);
    mkdirSync(dir);
    for (let i = 0; i < SMALL / 96; i++)
      writeFileSync(join(dir, `f${i}.bin`), randomBytes(SMALL_SIZE));
  }
  const stage = join(base, 'stage');
  mkdirSync(stage);
  const chunk = randomBytes(MEMBER);
  for (let k = 0; k < 8; k++)
    writeFileSync(
      join(stage, `m${k}.bin`),
      chunk.map((b) => b ^ k)
    );
  mkdirSync(join(A, 'dist'));
  for (let t = 0; t < TARS; t++)
    sh(`tar --sort=name --mtime=@1700000000 -cf ${join(A, 'dist', `pkg${t}.tar`)} -C ${stage} .`);
  // b: a copy with 10 small files rebuilt differently and one tar rebuilt at another mtime.
  sh(`cp -r ${A} ${B}`);
  for (let i = 0; i < 10; i++)
    writeFileSync(join(B, 'small', `d${i}`, 'f0.bin'), randomBytes(SMALL_SIZE));
  sh(`tar --sort=name --mtime=@1700003600 -cf ${join(B, 'dist', 'pkg0.tar')} -C ${stage} .`);
  writeFileSync(join(stage, 'z.bin'), randomBytes(ZIP_MIB * 1024 * 1024));
  sh(`zip -q -0 -X ${join(A, 'dist', 'app.zip')} z.bin`, stage);
  sh(`cp ${join(A, 'dist', 'app.zip')} ${join(B, 'dist', 'app.zip')}`);
  rmSync(stage, { recursive: true, force: true });
  writeFileSync(join(base, '.complete'), '');
}

/** Wall seconds and peak RSS (MiB) of a command, from GNU time. */
function timed(cmd, args, timeoutS) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'timeout', String(timeoutS), cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [s, kb] = last.split(' ').map(Number);
  return { s, rssMiB: kb / 1024, code: r.status, stdout: r.stdout };
}

makeTrees();
const bytes = Number(
  execFileSync('du', ['-sb', A, B], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((l) => Number(l.split('\t')[0]))
    .reduce((x, y) => x + y, 0)
);
const mibps = (s) => (bytes / 1024 / 1024 / s).toFixed(0);
console.log(
  `two trees: ${(bytes / 2 / 1024 / 1024).toFixed(0)} MiB each, ${SMALL} small files + ${TARS} tars + 1 zip each`
);
// Warm the page cache once, so every contender reads from memory.
timed('bash', ['-c', `find ${A} ${B} -type f -print0 | xargs -0 cat > /dev/null`], 600);

const floor = timed(
  'bash',
  ['-c', `find ${A} ${B} -type f -print0 | xargs -0 sha256sum > /dev/null`],
  3600
);
const gate = timed(
  process.execPath,
  [
    join(root, 'dist', 'cli', 'index.js'),
    'determinism',
    '--a',
    A,
    '--b',
    B,
    '--allow-stabilizers',
    'all',
    '--diffoscope',
    'off',
    '--format',
    'json'
  ],
  3600
);
const verdict = JSON.parse(gate.stdout);
console.log(`gate verdict: ${verdict.verdict} — ${verdict.summary.slice(0, 160)}`);
const dsTimeout = Number(process.env.BENCH_DIFFOSCOPE_TIMEOUT ?? 900);
const hasDiffoscope = spawnSync('diffoscope', ['--version']).status === 0;
const ds = hasDiffoscope
  ? timed('diffoscope', ['--json', join(base, 'diffoscope.json'), A, B], dsTimeout)
  : undefined;

console.log(
  `sha256sum (floor):  ${floor.s.toFixed(2)} s  ${mibps(floor.s)} MiB/s  peak RSS ${floor.rssMiB.toFixed(0)} MiB`
);
console.log(
  `determinism gate:   ${gate.s.toFixed(2)} s  ${mibps(gate.s)} MiB/s  peak RSS ${gate.rssMiB.toFixed(0)} MiB  (${(gate.s / floor.s).toFixed(2)}× the floor's time)`
);
report({
  bench: 'determinism',
  case: 'compare two trees (CLI bundle) vs sha256sum floor',
  project: gate.s * 1000,
  projectRssMiB: gate.rssMiB,
  peer: 'sha256sum (floor)',
  peerValue: floor.s * 1000,
  peerRssMiB: floor.rssMiB,
  ratio: gate.s / floor.s,
  ratioIs: 'project/peer time'
});
if (ds && ds.code !== 124)
  report({
    bench: 'determinism',
    case: 'compare two trees (CLI bundle) vs diffoscope',
    project: gate.s * 1000,
    projectRssMiB: gate.rssMiB,
    peer: 'diffoscope',
    peerValue: ds.s * 1000,
    peerRssMiB: ds.rssMiB,
    ratio: ds.s / gate.s,
    ratioIs: 'peer/project time'
  });
if (!ds) console.log('diffoscope:         not installed (apt-get install diffoscope-minimal)');
else if (ds.code === 124)
  console.log(
    `diffoscope:         did not finish within ${dsTimeout} s (> ${(dsTimeout / gate.s).toFixed(0)}× the gate's time)  peak RSS ≥ ${ds.rssMiB.toFixed(0)} MiB`
  );
else
  console.log(
    `diffoscope:         ${ds.s.toFixed(2)} s  ${mibps(ds.s)} MiB/s  peak RSS ${ds.rssMiB.toFixed(0)} MiB  (${(ds.s / gate.s).toFixed(1)}× the gate's time; exit ${ds.code})`
  );
