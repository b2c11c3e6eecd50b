// The one result line every bench prints, so `npm run bench` (bench/run.mjs) can show them all
// in one table: project, peer, ratio, and the peak RSS of each side.
//   report({ bench: 'cache-sentinel', case: 'save', project: 812, peer: 'tar|zstd; b3sum',
//            peerValue: 318, unit: 'ms', ratio: 0.39, ratioIs: 'peer/project time',
//            goal: '>= 0.7', projectRssMiB: 71, peerRssMiB: 12 })
// `project` and `peerValue` are medians in `unit`; `ratio` is what the bench's goal is stated in.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULT_PREFIX = 'BENCH-RESULT ';

export function report(r) {
  const rec = {
    bench: r.bench,
    case: r.case ?? '',
    unit: r.unit ?? 'ms',
    project: r.project,
    projectRssMiB: r.projectRssMiB ?? null,
    peer: r.peer ?? 'none',
    peerValue: r.peerValue ?? null,
    peerRssMiB: r.peerRssMiB ?? null,
    ratio: r.ratio ?? null,
    ratioIs: r.ratioIs ?? 'project/peer time',
    goal: r.goal ?? ''
  };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(rec)}\n`);
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A whole process under GNU time: wall ms (measured here), CPU ms and peak RSS in MiB. */
export function timedProcess(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...opts
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const lines = String(r.stderr ?? '')
    .trim()
    .split('\n');
  const [rssKiB, user, sys] = lines[lines.length - 1].split(' ').map(Number);
  return {
    ms,
    cpuMs: (user + sys) * 1000,
    rssMiB: rssKiB / 1024,
    status: r.status,
    stdout: r.stdout,
    stderr: lines.slice(0, -1).join('\n')
  };
}

/** Run A and B in turn `runs` times (after one warm-up each); medians and the pairwise ratio A/B. */
export function paired(a, b, runs = 5) {
  a();
  b();
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(a());
    bs.push(b());
  }
  return {
    a: as,
    b: bs,
    aMs: median(as.map((x) => x.ms)),
    bMs: median(bs.map((x) => x.ms)),
    aRss: Math.max(...as.map((x) => x.rssMiB)),
    bRss: Math.max(...bs.map((x) => x.rssMiB)),
    ratio: median(as.map((x, i) => x.ms / bs[i].ms))
  };
}

/** The environment the Actions runner gives a step: INPUT_* and fresh command files. */
export function runnerEnv(workspace, inputs, scratch) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: scratch,
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
    GITHUB_STATE: join(scratch, 'state'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_EVENT_NAME: 'push'
  };
  for (const f of ['output', 'summary', 'state']) writeFileSync(join(scratch, f), '');
  for (const [k, v] of Object.entries(inputs))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}
