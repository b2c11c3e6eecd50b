// `ci-intel report` through the shipped CLI bundle (dist/cli) on 100k generated pipeline_run.v1.2
// records (~130 MB of NDJSON), next to two floors in the same run on the same file:
//   - jq -s computing the same success rate (the tool people reach for), and
//   - a bare node:sqlite load: JSON.parse each line, insert four columns, one GROUP BY (the
//     engine's own cost, without validation, the duplicate-key scan or the report's figures).
// Wall and CPU time (median of RUNS, alternating) and peak RSS (/usr/bin/time) of each process;
// on a shared machine the CPU time is the steadier figure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { pipelineRuns } from './_pipeline-runs.mjs';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const N = Number(process.env.REPORT_BENCH_RECORDS ?? 100_000);
const RUNS = Number(process.env.REPORT_BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
const file = join(dir, 'runs.ndjson');

const out = createWriteStream(file);
for (const line of pipelineRuns(N)) if (!out.write(line + '\n')) await once(out, 'drain');
out.end();
await once(out, 'finish');
const bytes = readFileSync(file).length;

const bare = join(dir, 'bare.mjs');
writeFileSync(
  bare,
  `import { DatabaseSync } from 'node:sqlite';
import { readFileSync } from 'node:fs';
const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE runs (run_id TEXT, repo TEXT, status TEXT, started_at TEXT)');
const ins = db.prepare('INSERT INTO runs VALUES (?, ?, ?, ?)');
db.exec('BEGIN');
for (const l of readFileSync(process.argv[2], 'utf8').split('\\n')) {
  if (!l) continue;
  const r = JSON.parse(l);
  ins.run(r.run_id, r.repo, r.status, r.started_at);
}
db.exec('COMMIT');
const r = db.prepare("SELECT sum(status = 'success') * 1.0 / sum(status IN ('success','failed','canceled')) AS rate FROM runs").get();
console.log(r.rate);
`
);

const JQ =
  '[.[] | .status] | (map(select(. == "success")) | length) / (map(select(. != "skipped")) | length)';

function timed(cmd, args) {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const err = r.stderr.trim().split('\n');
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const [rss, user, sys] = err[err.length - 1].split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, rssKiB: rss, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const json = join(dir, 'report.json');
const commands = {
  report: () =>
    timed(process.execPath, [
      cli,
      'report',
      file,
      '--json',
      json,
      '--html',
      join(dir, 'r.html'),
      '--markdown',
      join(dir, 'r.md')
    ]),
  jq: () => timed('jq', ['-s', JQ, file]),
  bare: () => timed(process.execPath, [bare, file])
};
const results = { report: [], jq: [], bare: [] };
for (let i = 0; i < RUNS; i++)
  for (const [k, run] of Object.entries(commands)) results[k].push(run());

// The three agree on the figure they all compute.
const ours = JSON.parse(readFileSync(json, 'utf8')).report.health.successRate;
const jqRate = Number(results.jq[0].stdout.trim());
const bareRate = Number(results.bare[0].stdout.trim());
if (Math.abs(ours - jqRate) > 1e-9 || Math.abs(ours - bareRate) > 1e-9)
  throw new Error(`success rates differ: report ${ours}, jq ${jqRate}, bare ${bareRate}`);

const ms = (v) => v.toFixed(0).padStart(6);
const row = (label, rs) =>
  `${label.padEnd(34)} ${ms(median(rs.map((r) => r.ms)))} ms wall ${ms(median(rs.map((r) => r.cpuMs)))} ms cpu  peak RSS ${(Math.max(...rs.map((r) => r.rssKiB)) / 1024).toFixed(0).padStart(4)} MiB`;
console.log(
  `${N} records, ${(bytes / 1024 / 1024).toFixed(0)} MiB of NDJSON; median of ${RUNS} runs; node ${process.version}`
);
console.log(row('ci-intel report (md+html+json)', results.report));
console.log(row('floor: jq -s success rate', results.jq));
console.log(row('floor: bare node:sqlite load', results.bare));
const ratio = (k, f) =>
  (median(results.report.map((x) => x[k])) / median(results[f].map((x) => x[k]))).toFixed(2);
console.log(
  `ratio report/jq wall ${ratio('ms', 'jq')} cpu ${ratio('cpuMs', 'jq')}  report/bare-load wall ${ratio('ms', 'bare')} cpu ${ratio('cpuMs', 'bare')}  (success rate ${ours.toFixed(4)} in all three)`
);
rmSync(dir, { recursive: true, force: true });
