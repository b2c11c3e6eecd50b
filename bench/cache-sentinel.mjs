// cache-sentinel: the manifest builder (walk + BLAKE3 of every file) against `b3sum` on the same
// 1 GiB tree (many small files and a few large ones), side by side in one run, warm page cache.
// Also peak memory of the builder on a quarter of the tree and on the whole tree (must stay flat).
// Needs a build (lib/ from `npm run compile` or `node scripts/build.mjs`) and b3sum on PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tree = join(process.env.BENCH_DIR || tmpdir(), 'ci-intel-bench-cache-sentinel');
const SMALL = 24_576; // files
const SMALL_SIZE = 16 * 1024; // 384 MiB of small files
const LARGE = [256, 256, 128]; // MiB: 640 MiB in a few large files → 1 GiB total

function makeTree() {
  if (existsSync(join(tree, '.complete'))) return;
  mkdirSync(tree, { recursive: true });
  for (let d = 0; d < 96; d++) {
    const dir = join(tree, 'small', `d${d}`);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < SMALL / 96; i++)
      writeFileSync(join(dir, `f${i}.bin`), randomBytes(SMALL_SIZE));
  }
  mkdirSync(join(tree, 'large'), { recursive: true });
  LARGE.forEach((mib, i) => {
    const chunk = randomBytes(16 * 1024 * 1024);
    const parts = [];
    for (let k = 0; k < mib / 16; k++) parts.push(chunk.map((b) => b ^ k));
    writeFileSync(join(tree, 'large', `big${i}.bin`), Buffer.concat(parts));
  });
  writeFileSync(join(tree, '.complete'), '');
}

const builder = `
  const { initBlake3, blake3Implementation } = await import(${JSON.stringify(join(root, 'lib/hashing/blake3.js'))});
  const { walkPaths, hashEntries } = await import(${JSON.stringify(join(root, 'lib/hashing/tree.js'))});
  await initBlake3(process.env.IMPL || undefined);
  const t0 = performance.now();
  const { entries } = walkPaths(JSON.parse(process.env.PATHS), process.env.TREE);
  const bytes = hashEntries(entries);
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, bytes, files: entries.filter((e) => e.type === 'file').length, impl: blake3Implementation(), maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
`;

function runBuilder(paths, impl) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', builder], {
    env: { ...process.env, PATHS: JSON.stringify(paths), TREE: tree, IMPL: impl ?? '' },
    encoding: 'utf8'
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function runB3sum() {
  const t0 = performance.now();
  execFileSync(
    'sh',
    ['-c', `find . -type f ! -name .complete -print0 | xargs -0 b3sum > /dev/null`],
    { cwd: tree }
  );
  return performance.now() - t0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(root, 'lib/hashing/tree.js')))
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.build.json')], {
    stdio: 'inherit'
  });
makeTree();
runB3sum(); // warm the page cache
const runs = Number(process.env.BENCH_RUNS || 3);
const b3 = [];
const ours = [];
let last;
for (let i = 0; i < runs; i++) {
  b3.push(runB3sum());
  last = runBuilder(['small', 'large']);
  ours.push(last.ms);
}
const wasm = runBuilder(['small', 'large'], 'wasm');
const oneLarge = runBuilder(['large/big2.bin']);
const allLarge = runBuilder(['large']);
const fewSmall = runBuilder(['small/d0']);
const allSmall = runBuilder(['small']);
const gib = last.bytes / 2 ** 30;
const b3ms = median(b3);
const ourMs = median(ours);
console.log(`tree: ${last.files} files, ${(last.bytes / 2 ** 20).toFixed(0)} MiB (${tree})`);
console.log(
  `b3sum (find | xargs b3sum)      median ${b3ms.toFixed(0)} ms  ${(gib / (b3ms / 1000)).toFixed(2)} GiB/s`
);
console.log(
  `sentinel manifest builder (${last.impl})  median ${ourMs.toFixed(0)} ms  ${(gib / (ourMs / 1000)).toFixed(2)} GiB/s`
);
console.log(
  `ratio (throughput, sentinel / b3sum): ${(b3ms / ourMs).toFixed(2)}x   (goal >= 0.70x)`
);
console.log(
  `wasm fallback (hash-wasm)        ${wasm.ms.toFixed(0)} ms  ratio ${(b3ms / wasm.ms).toFixed(2)}x`
);
const mib = (r) =>
  `${(r.bytes / 2 ** 20).toFixed(0)} MiB/${r.files} files → ${r.maxRssMiB.toFixed(0)} MiB RSS`;
console.log(`peak RSS by bytes:  ${mib(oneLarge)};  ${mib(allLarge)}`);
console.log(`peak RSS by files:  ${mib(fewSmall)};  ${mib(allSmall)}`);
console.log(`peak RSS whole tree: ${mib(last)}`);
