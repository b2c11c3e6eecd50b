// bench/cold-start.mjs — `node bench/run.mjs cold-start [case …]` (a case: `cache-sentinel`,
// `cache-sentinel/save-key`, … or a bundle name, for all its cases)
// Cold start of every shipped bundle (dist/<bundle>/index.js, the CLI included) as the runner
// starts it: INPUT_* filled with the action.yml defaults plus a minimal set of inputs,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, RUNNER_TEMP, GITHUB_WORKSPACE. Most runs stop
// where the gate would start real work (a missing artifact, an empty cache, one tiny workflow), so
// what is timed is start-up: reading and compiling the bundle, the runner plumbing, the action
// spec, input parsing, the result contract (result file, outputs, summary, policy record).
// cache-sentinel is timed in each of its modes: restore that misses (sigstore, key), save with
// nothing to save, and plain runs with signing: key — a save of one small file into a fresh store
// and a restore that hits, verifies and places it.
// Paired against `node -e 0` on the same Node, interleaved A B A B …; the ratio is taken pair
// by pair and its median quoted (goal: ≤ 2.5×). Peak RSS from GNU time (/usr/bin/time). The
// load average before and after each case is printed: the machine may be shared.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { report } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
// BENCH_DIST: another build's dist/ (inside this checkout, so the hub root is found above it)
// to compare against, e.g. the bundles of an earlier commit.
const dist = process.env.BENCH_DIST || join(root, 'dist');
const only = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS || 15);
const GOAL = 2.5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(dist)) {
  console.log('cold-start bench: no dist/ (run `npm run bundle` first); skipped');
  process.exit(0);
}
const haveTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

const scratch = mkdtempSync(join(tmpdir(), 'bench-cold-'));
const workspace = join(scratch, 'ws');
mkdirSync(join(workspace, '.github', 'workflows'), { recursive: true });
writeFileSync(
  join(workspace, '.github', 'workflows', 'ci.yml'),
  [
    'name: ci',
    'on: [push]',
    'permissions: {}',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-24.04',
    '    steps:',
    // A real workflow's first step: the uses: checks (pins, lookalikes, versions) run too.
    '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    '        with:',
    '          persist-credentials: false',
    '      - run: echo hi',
    ''
  ].join('\n')
);
// What cache-sentinel's plain runs save and restore: one small file.
mkdirSync(join(workspace, 'cache'));
writeFileSync(join(workspace, 'cache', 'data.txt'), 'cached\n'.repeat(100));
const key = generateKeyPairSync('ed25519');
const signingKey = key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const verifyKey = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** Inputs beyond the defaults that bring each action to the point where it would do work. */
const INPUTS = {
  'cache-sentinel': {
    operation: 'restore',
    key: 'bench',
    path: 'cache',
    backend: `dir:${join(scratch, 'store')}`
  },
  'egress-check': { operation: 'report' },
  'referrer-presence': { image: `sha256:${'0'.repeat(64)}`, 'oci-layout': 'missing-layout' },
  'sbom-vex': { sbom: 'missing.cdx.json' },
  'slsa-verify': { 'source-uri': 'github.com/acme/widget', artifact: 'missing.tgz' },
  determinism: { a: 'missing-a', b: 'missing-b' },
  'dr-freshness': { evidence: 'missing.json' }
};

/**
 * The cases: every bundle once with the inputs above; cache-sentinel in each of its modes, the
 * CLI running a gate and printing its usage. `inputs(i)` is given the run's index (the plain
 * save writes into a fresh store each run, so that every run saves).
 */
const CASES = [
  { name: 'cache-sentinel', bundle: 'cache-sentinel', label: 'restore miss, sigstore' },
  {
    name: 'cache-sentinel/restore-miss-key',
    bundle: 'cache-sentinel',
    inputs: () => ({ signing: 'key', 'verify-key': verifyKey })
  },
  {
    name: 'cache-sentinel/save-nothing',
    bundle: 'cache-sentinel',
    label: 'save, no file to cache (sigstore)',
    inputs: () => ({ operation: 'save', path: 'no-such-folder' })
  },
  {
    name: 'cache-sentinel/save-key',
    bundle: 'cache-sentinel',
    label: 'plain save of one file, signing: key',
    inputs: (i) => ({
      operation: 'save',
      signing: 'key',
      'signing-key': signingKey,
      backend: `dir:${join(scratch, `store-save-${i}`)}`
    })
  },
  {
    name: 'cache-sentinel/restore-key',
    bundle: 'cache-sentinel',
    label: 'plain restore (hit) of one file, signing: key',
    // The first (warm-up) run's save fills the store the restores read.
    setup: 'cache-sentinel/save-key:hit',
    inputs: () => ({
      signing: 'key',
      'verify-key': verifyKey,
      backend: `dir:${join(scratch, 'store-hit')}`
    })
  },
  ...readdirSync(dist)
    .filter((d) => d !== 'cli' && d !== 'cache-sentinel' && existsSync(join(dist, d, 'index.js')))
    .sort()
    .map((d) => ({ name: d, bundle: d })),
  {
    name: 'cli/workflow-policy',
    bundle: 'cli',
    label: 'ci-intel workflow-policy',
    args: ['workflow-policy', '--workspace', workspace]
  },
  { name: 'cli/help', bundle: 'cli', label: 'ci-intel --help', args: ['--help'] }
];

function actionEnv(c, run) {
  const io = mkdtempSync(join(scratch, `${c.name.replace(/\//g, '-')}-`));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: join(io, 'temp'),
    GITHUB_OUTPUT: join(io, 'output'),
    GITHUB_STEP_SUMMARY: join(io, 'summary'),
    GITHUB_STATE: join(io, 'state'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main'
  };
  mkdirSync(env.RUNNER_TEMP);
  for (const f of ['output', 'summary', 'state']) writeFileSync(join(io, f), '');
  if (c.bundle === 'cli') return env;
  const gate = c.bundle.replace(/-post$/, '');
  const yml = join(root, 'actions', gate, 'action.yml');
  const declared = existsSync(yml) ? (parse(readFileSync(yml, 'utf8'))?.inputs ?? {}) : {};
  const inputs = {};
  for (const [k, v] of Object.entries(declared))
    if (v && v.default !== undefined) inputs[k] = String(v.default);
  Object.assign(inputs, INPUTS[gate] ?? {}, c.inputs?.(run) ?? {});
  for (const [k, v] of Object.entries(inputs))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}

function timed(args, env) {
  const cmd = haveTime ? '/usr/bin/time' : process.execPath;
  const argv = haveTime ? ['-f', '%M', process.execPath, ...args] : args;
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { env, cwd: env.GITHUB_WORKSPACE ?? scratch, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const lines = (r.stderr ?? '').trim().split('\n');
  return {
    ms,
    rssMiB: haveTime ? Number(lines[lines.length - 1]) / 1024 : NaN,
    status: r.status,
    out: r.stdout,
    err: r.stderr
  };
}

/** The restore-hit case's store: one save into it with the same key (checked to have saved). */
function fillHitStore() {
  const save = CASES.find((c) => c.name === 'cache-sentinel/save-key');
  const env = actionEnv(save, 'hit');
  env['INPUT_BACKEND'] = `dir:${join(scratch, 'store-hit')}`;
  const r = timed([join(dist, 'cache-sentinel', 'index.js')], env);
  if (r.status !== 0)
    throw new Error(`cold-start bench: the save for restore-key failed:\n${r.out}${r.err}`);
}

const cases = CASES.filter(
  (c) =>
    existsSync(join(dist, c.bundle, 'index.js')) &&
    (!only.length || only.includes(c.name) || only.includes(c.bundle))
);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const print = process.env.BENCH_PRINT ? () => {} : console.log;
print(
  `cold start — node ${process.version}, ${RUNS} interleaved pairs per case (after one warm-up), medians; ` +
    `peer: \`node -e 0\`; goal ≤ ${GOAL}×; load average ${load()}`
);
print(
  `${'case'.padEnd(32)} ${'project ms'.padStart(10)} ${'peer ms'.padStart(8)} ${'ratio'.padStart(6)} ` +
    `${'RSS MiB'.padStart(8)} ${'peer RSS'.padStart(8)}  exit  load`
);
const empty = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };
let over = 0;
for (const c of cases) {
  if (c.setup) fillHitStore();
  // BENCH_PRINT=1: print each case as one JSON line (case, cwd, env, argv) to time it with other
  // tools (e.g. /usr/bin/time -v under `env -i`), instead of timing it here.
  if (process.env.BENCH_PRINT) {
    const env = actionEnv(c, 'print');
    const argv = [process.execPath, join(dist, c.bundle, 'index.js'), ...(c.args ?? [])];
    console.log(JSON.stringify({ case: c.name, cwd: env.GITHUB_WORKSPACE, env, argv }));
    continue;
  }
  const entry = join(dist, c.bundle, 'index.js');
  const args = [entry, ...(c.args ?? [])];
  // BENCH_PROF=DIR: the warm-up run also writes a CPU profile to DIR/<case> (node --cpu-prof).
  const prof = process.env.BENCH_PROF
    ? [`--cpu-prof`, `--cpu-prof-dir=${join(process.env.BENCH_PROF, c.name.replace(/\//g, '-'))}`]
    : [];
  const first = timed([...prof, ...args], actionEnv(c, 'warm-up'));
  timed(['-e', '0'], empty);
  // BENCH_SHOW=1: what each case's bundle printed on its warm-up run (to check what it timed).
  if (process.env.BENCH_SHOW) console.log(`--- ${c.name}\n${first.out}${first.err}---`);
  const ours = [];
  const peer = [];
  const ratios = [];
  for (let i = 0; i < RUNS; i++) {
    const env = actionEnv(c, i);
    const a = timed(args, env);
    const b = timed(['-e', '0'], empty);
    ours.push(a);
    peer.push(b);
    ratios.push(a.ms / b.ms);
  }
  const ratio = median(ratios);
  if (ratio > GOAL) over++;
  report({
    bench: 'cold-start',
    case: c.name,
    project: median(ours.map((r) => r.ms)),
    projectRssMiB: median(ours.map((r) => r.rssMiB)),
    peer: 'node -e 0',
    peerValue: median(peer.map((r) => r.ms)),
    peerRssMiB: median(peer.map((r) => r.rssMiB)),
    ratio,
    ratioIs: 'project/peer time',
    goal: `<= ${GOAL}`
  });
  console.log(
    `${c.name.padEnd(32)} ${median(ours.map((r) => r.ms))
      .toFixed(1)
      .padStart(10)} ${median(peer.map((r) => r.ms))
      .toFixed(1)
      .padStart(8)} ${`${ratio.toFixed(2)}×`.padStart(6)} ${median(ours.map((r) => r.rssMiB))
      .toFixed(0)
      .padStart(8)} ${median(peer.map((r) => r.rssMiB))
      .toFixed(0)
      .padStart(
        8
      )}  ${String(ours[0].status).padStart(4)}  ${load()}${c.label ? `  (${c.label})` : ''}`
  );
}
print(over ? `${over} case(s) above ${GOAL}× node -e 0` : `every case within ${GOAL}× node -e 0`);
