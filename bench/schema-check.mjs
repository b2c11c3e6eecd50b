// schema-check: 100k pipeline_run records (NDJSON, ~2.3 KB a line, v1.2 and v1.1 mixed) through
// the shipped bundle dist/schema-check/index.js run as the runner runs it (INPUT_*, GITHUB_OUTPUT),
// side by side in the same run with the floor: a bare compiled ajv validator looping over the same
// lines (bench/_ajv-floor.mjs). Whole processes, cold; records/s from wall time, peak RSS from GNU
// time. Needs `node scripts/build.mjs schema-check` first and /usr/bin/time (Debian "time").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timedProcess } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'bench-schema-check-'));

try {
  execFileSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'ignore' });
} catch {
  console.log(
    'schema-check bench: GNU time (/usr/bin/time) is not installed (Debian "time"); skipped'
  );
  process.exit(0);
}

const fixture = (p) => JSON.parse(readFileSync(join(root, 'test/telemetry/fixtures', p), 'utf8'));
const full12 = fixture('v1.2/valid/full.json');
const full11 = fixture('v1.1/valid/full.json');
const hex = (n, w) => n.toString(16).padStart(w, '0');
const lines = [];
for (let i = 0; i < RECORDS; i++) {
  // One in ten a v1.1 record (the schema-by-record dispatch is part of the work); all valid.
  const r = structuredClone(i % 10 === 9 ? full11 : full12);
  r.run_id = `${hex(i, 8)}-0000-4000-8000-${hex(i, 12)}`;
  r.commit_sha = hex(i, 40);
  r.pr = (i % 5000) + 1;
  r.jobs[0].duration_ms = i % 100000;
  lines.push(JSON.stringify(r));
}
const file = join(dir, 'runs.ndjson');
writeFileSync(file, lines.join('\n') + '\n');
const bytes = readFileSync(file).length;
// The floor validates v1.2 only: give it v1.2 lines throughout so every record is valid for it.
const floorFile = join(dir, 'runs-v12.ndjson');
writeFileSync(floorFile, lines.map((l, i) => (i % 10 === 9 ? lines[i - 1] : l)).join('\n') + '\n');

function measure(args, env = {}) {
  const r = timedProcess(process.execPath, args, {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }
  });
  return { ...r, code: r.status, out: r.stdout, err: r.stderr };
}

function runGate() {
  const io = mkdtempSync(join(dir, 'io-'));
  writeFileSync(join(io, 'out'), '');
  writeFileSync(join(io, 'summary'), '');
  const m = measure([join(root, 'dist', 'schema-check', 'index.js')], {
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: io,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(io, 'out'),
    GITHUB_STEP_SUMMARY: join(io, 'summary'),
    INPUT_FILES: 'runs.ndjson'
  });
  const out = readFileSync(join(io, 'out'), 'utf8');
  const got = (k) => new RegExp(`^${k}<<(.+)\\n([^\\n]*)\\n`, 'm').exec(out)?.[2];
  if (got('verdict') !== 'pass' || got('records') !== String(RECORDS))
    throw new Error(`schema-check did not pass ${RECORDS} records: ${m.out.slice(-800)}`);
  rmSync(io, { recursive: true, force: true });
  return m;
}

function runFloor() {
  const m = measure([
    join(root, 'bench', '_ajv-floor.mjs'),
    join(root, 'schema', 'pipeline_run.v1.2.json'),
    floorFile
  ]);
  if (m.out.trim() !== `${RECORDS} 0`) throw new Error(`floor: ${m.out} ${m.err}`);
  return m;
}

runGate(); // warm the page cache for both
runFloor();
const ours = [];
const floor = [];
for (let i = 0; i < RUNS; i++) {
  ours.push(runGate());
  floor.push(runFloor());
}
const rate = (ms) => (RECORDS / (ms / 1000)).toFixed(0).padStart(7);
const row = (name, runs) => {
  const ms = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpuMs));
  const rss = median(runs.map((r) => r.rssMiB));
  return `${name.padEnd(40)} wall ${ms.toFixed(0).padStart(6)} ms ${rate(ms)} records/s   cpu ${cpu.toFixed(0).padStart(6)} ms ${rate(cpu)} records/s   ${rss.toFixed(0).padStart(4)} MiB peak RSS`;
};
console.log(
  `schema-check: ${RECORDS} records, ${(bytes / 1024 / 1024).toFixed(0)} MiB NDJSON; whole processes, cold; median of ${RUNS}`
);
console.log(row('ci-intel schema-check (dist bundle)', ours));
console.log(row('bare ajv compiled + readline (floor)', floor));
const ratio = (k) => median(floor.map((r) => r[k])) / median(ours.map((r) => r[k]));
const rss = median(ours.map((r) => r.rssMiB)) / median(floor.map((r) => r.rssMiB));
// On a shared machine the wall clock includes time spent waiting for a core; CPU time (user +
// sys) is what the work costs. Both are printed.
console.log(
  `ratio: ${ratio('ms').toFixed(2)}x the floor's throughput by wall time, ${ratio('cpuMs').toFixed(2)}x by CPU time; ${rss.toFixed(2)}x its peak RSS`
);
rmSync(dir, { recursive: true, force: true });
