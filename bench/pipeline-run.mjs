// pipeline-run: the record of a 256-job run.
//  1. In process (lib/): parsing the jobs, building the record and validating it against
//     pipeline_run.v1.2, next to the floor — the same job objects mapped to {id, name, duration}
//     by a bare loop and serialised, with no checks.
//  2. Whole process: the shipped bundle (dist/pipeline-run) reading the run and 3 pages of jobs
//     from a local REST server and appending the record, next to the floor — a bare Node script
//     fetching the same 4 URLs and writing one unchecked NDJSON line. Wall time and peak RSS
//     from /usr/bin/time -v.
// Needs `npm run bundle` first (lib/ and dist/pipeline-run).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const JOBS = 256;
const ITER = Number(process.env.BENCH_ITER ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const { toJob, toRun } = await import(join(root, 'lib/telemetry/github-run.js'));
const { buildRecord } = await import(join(root, 'lib/telemetry/run-record.js'));
const { DEFAULT_PRICES } = await import(join(root, 'lib/telemetry/cost.js'));
const { pipelineRunProblems } = await import(join(root, 'lib/telemetry/record-schema.js'));

// A recorded run and job (../shared when present, else an equivalent built here).
const vectors = join(root, '..', 'shared', 'vectors', 'telemetry', 'github-api');
let run;
let template;
try {
  run = JSON.parse(readFileSync(join(vectors, 'step-security-16620109074.run.json'), 'utf8'));
  template = JSON.parse(readFileSync(join(vectors, 'step-security-16620109074.jobs.json'), 'utf8'))
    .jobs[2];
} catch {
  run = {
    id: 16620109074,
    run_attempt: 1,
    status: 'completed',
    conclusion: 'success',
    head_sha: 'a'.repeat(40),
    head_branch: 'main',
    event: 'push',
    pull_requests: [],
    created_at: '2025-07-30T10:30:31Z',
    run_started_at: '2025-07-30T10:30:31Z',
    repository: { full_name: 'acme/widget' }
  };
  template = {
    id: 1,
    name: 'build',
    status: 'completed',
    conclusion: 'success',
    run_attempt: 1,
    created_at: '2025-07-30T10:30:31Z',
    started_at: '2025-07-30T10:30:36Z',
    completed_at: '2025-07-30T10:31:07Z',
    labels: ['ubuntu-latest'],
    runner_group_name: 'GitHub Actions',
    html_url: 'https://github.com/acme/widget/actions/runs/1/job/1',
    steps: []
  };
}
const t0 = Date.parse(template.created_at);
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const jobs = Array.from({ length: JOBS }, (_, i) => ({
  ...structuredClone(template),
  id: 90_000_000_000 + i,
  name: `matrix (${i})`,
  created_at: iso(t0 + i * 1000),
  started_at: iso(t0 + i * 1000 + 4000),
  completed_at: iso(t0 + i * 1000 + 65_000)
}));
const pages = [jobs.slice(0, 100), jobs.slice(100, 200), jobs.slice(200)].map((j) =>
  JSON.stringify({ total_count: JOBS, jobs: j })
);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// 1. In process.
const ours = () => {
  const r = toRun(run, 'bench', 'acme/widget');
  const js = pages.flatMap((p) => JSON.parse(p).jobs).map((j, i) => toJob(j, 'bench', i));
  const built = buildRecord({ run: r, jobs: js, prices: DEFAULT_PRICES });
  const problems = pipelineRunProblems(built.record);
  if (problems.length) throw new Error(problems.join('\n'));
  return JSON.stringify(built.record);
};
const floor = () => {
  const js = pages.flatMap((p) => JSON.parse(p).jobs);
  return JSON.stringify({
    jobs: js.map((j) => ({
      id: String(j.id),
      name: j.name,
      duration_ms: Date.parse(j.completed_at) - Date.parse(j.started_at)
    }))
  });
};
ours(); // compile the validator once, as a run does
const a = [];
const b = [];
for (let i = 0; i < ITER; i++) {
  let s = performance.now();
  ours();
  a.push(performance.now() - s);
  s = performance.now();
  floor();
  b.push(performance.now() - s);
}
const ma = median(a);
const mb = median(b);
console.log(`record of a ${JOBS}-job run, in process (median of ${ITER}):`);
console.log(`  pipeline-run (parse, check, build, validate, serialise): ${ma.toFixed(2)} ms`);
console.log(`  floor (parse, bare map, serialise):                     ${mb.toFixed(2)} ms`);
console.log(
  `  ratio ${(ma / mb).toFixed(1)}x the floor; ${((ma / JOBS) * 1000).toFixed(1)} µs a job`
);

// 2. Whole process against a local REST server.
const server = createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  res.setHeader('content-type', 'application/json');
  if (u.pathname.endsWith('/jobs')) {
    const page = Number(u.searchParams.get('page') ?? 1);
    if (page < 3)
      res.setHeader(
        'link',
        `<http://127.0.0.1:${port}${u.pathname}?per_page=100&page=${page + 1}>; rel="next"`
      );
    res.end(pages[page - 1]);
  } else res.end(JSON.stringify(run));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const dir = mkdtempSync(join(tmpdir(), 'bench-pipeline-run-'));
const base = `http://127.0.0.1:${port}/repos/acme/widget/actions/runs/${run.id}/attempts/1`;
const floorScript = join(dir, 'floor.mjs');
writeFileSync(
  floorScript,
  `import { appendFileSync } from 'node:fs';
const run = await (await fetch(${JSON.stringify(base)})).json();
let url = ${JSON.stringify(base + '/jobs?per_page=100')};
const jobs = [];
while (url) {
  const r = await fetch(url);
  jobs.push(...(await r.json()).jobs);
  url = /<([^>]+)>; rel="next"/.exec(r.headers.get('link') ?? '')?.[1];
}
appendFileSync(process.argv[2], JSON.stringify({ run_id: String(run.id), jobs: jobs.map((j) => ({ id: String(j.id), name: j.name, duration_ms: Date.parse(j.completed_at) - Date.parse(j.started_at) })) }) + '\\n');
`
);
function timed(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', process.execPath, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      cwd: dir
    });
    let err = '';
    let out = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    const s = performance.now();
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`exit ${code}\n${out}\n${err}`));
      resolve({
        ms: performance.now() - s,
        rss: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? 0) / 1024
      });
    });
  });
}
const bundle = join(root, 'dist', 'pipeline-run', 'index.js');
const actionEnv = (i) => ({
  GITHUB_API_URL: `http://127.0.0.1:${port}`,
  GITHUB_REPOSITORY: 'acme/widget',
  INPUT_REPOSITORY: 'acme/widget',
  'INPUT_RUN-ID': String(run.id),
  'INPUT_RUN-ATTEMPT': '1',
  'INPUT_OUTPUT-FILE': join(dir, `ours-${i}.ndjson`),
  INPUT_MODE: 'enforce',
  RUNNER_TEMP: join(dir, `runner-${i}`),
  GITHUB_WORKSPACE: dir
});
const oursP = [];
const floorP = [];
for (let i = 0; i < RUNS + 1; i++) {
  const o = await timed([bundle], actionEnv(i));
  const f = await timed([floorScript, join(dir, 'floor.ndjson')], {});
  if (i > 0) {
    oursP.push(o);
    floorP.push(f);
  }
}
server.close();
const line = readFileSync(join(dir, 'ours-1.ndjson'), 'utf8');
if (JSON.parse(line).jobs.length !== JOBS) throw new Error('the bundle did not record every job');
const om = median(oursP.map((r) => r.ms));
const fm = median(floorP.map((r) => r.ms));
console.log(`whole process, ${JOBS} jobs in 3 pages from a local REST server (median of ${RUNS}):`);
console.log(
  `  pipeline-run bundle: ${om.toFixed(0)} ms, peak RSS ${Math.max(...oursP.map((r) => r.rss)).toFixed(0)} MiB`
);
console.log(
  `  floor (bare fetch + map): ${fm.toFixed(0)} ms, peak RSS ${Math.max(...floorP.map((r) => r.rss)).toFixed(0)} MiB`
);
console.log(`  ratio ${(om / fm).toFixed(2)}x the floor`);
