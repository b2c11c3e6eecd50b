// bench/cold-start.mjs — `node bench/run.mjs cold-start [action …]`
// Cold start of every shipped action bundle (dist/<action>/index.js) as the runner starts it:
// INPUT_* filled with the action.yml defaults plus a minimal set of inputs, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, GITHUB_STATE, RUNNER_TEMP, GITHUB_WORKSPACE. Each run stops where the
// gate would start real work (a missing artifact, an empty cache, one tiny workflow), so what
// is timed is start-up: reading and compiling the bundle, the runner plumbing, the action spec,
// input parsing, the result contract (result file, outputs, summary, policy record).
// Paired against `node -e 0` on the same Node, interleaved A B A B …; the ratio is taken pair
// by pair and its median quoted (goal: ≤ 2.5×). Peak RSS from GNU time (/usr/bin/time).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
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
    '      - run: echo hi',
    ''
  ].join('\n')
);

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

function actionEnv(name) {
  const io = mkdtempSync(join(scratch, `${name}-`));
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
    GITHUB_EVENT_NAME: 'push'
  };
  mkdirSync(env.RUNNER_TEMP);
  for (const f of ['output', 'summary', 'state']) writeFileSync(join(io, f), '');
  const gate = name.replace(/-post$/, '');
  const yml = join(root, 'actions', gate, 'action.yml');
  const declared = existsSync(yml) ? (parse(readFileSync(yml, 'utf8'))?.inputs ?? {}) : {};
  const inputs = {};
  for (const [k, v] of Object.entries(declared))
    if (v && v.default !== undefined) inputs[k] = String(v.default);
  Object.assign(inputs, INPUTS[gate] ?? {});
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
    out: r.stdout
  };
}

const actions = readdirSync(dist)
  .filter((d) => d !== 'cli' && existsSync(join(dist, d, 'index.js')))
  .filter((d) => !only.length || only.includes(d))
  .sort();

console.log(
  `cold start — node ${process.version}, ${RUNS} interleaved pairs per action (after one warm-up), medians; ` +
    `peer: \`node -e 0\`; goal ≤ ${GOAL}×`
);
console.log(
  `${'action'.padEnd(20)} ${'project ms'.padStart(10)} ${'peer ms'.padStart(8)} ${'ratio'.padStart(6)} ` +
    `${'RSS MiB'.padStart(8)} ${'peer RSS'.padStart(8)}  exit`
);
const empty = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };
let over = 0;
for (const name of actions) {
  const entry = join(dist, name, 'index.js');
  const env = actionEnv(name);
  timed([entry], env);
  timed(['-e', '0'], empty);
  const ours = [];
  const peer = [];
  const ratios = [];
  for (let i = 0; i < RUNS; i++) {
    const a = timed([entry], env);
    const b = timed(['-e', '0'], empty);
    ours.push(a);
    peer.push(b);
    ratios.push(a.ms / b.ms);
  }
  const ratio = median(ratios);
  if (ratio > GOAL) over++;
  report({
    bench: 'cold-start',
    case: name,
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
    `${name.padEnd(20)} ${median(ours.map((r) => r.ms))
      .toFixed(1)
      .padStart(10)} ${median(peer.map((r) => r.ms))
      .toFixed(1)
      .padStart(8)} ${`${ratio.toFixed(2)}×`.padStart(6)} ${median(ours.map((r) => r.rssMiB))
      .toFixed(0)
      .padStart(8)} ${median(peer.map((r) => r.rssMiB))
      .toFixed(0)
      .padStart(8)}  ${ours[0].status}`
  );
}
console.log(
  over ? `${over} action(s) above ${GOAL}× node -e 0` : `every action within ${GOAL}× node -e 0`
);
