// dr-freshness: cold-start cost of one gate run, side by side with the usual hand-rolled
// check (bash + jq + GNU date reading the same evidence file with the same budgets).
// Needs `node scripts/build.mjs dr-freshness cli` first, and jq on PATH for the peer.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const dir = mkdtempSync(join(tmpdir(), 'bench-dr-'));
const evidence = join(dir, 'evidence.json');
writeFileSync(
  evidence,
  JSON.stringify({
    drill: {
      last_success_rfc3339: '2026-11-20T03:00:00Z',
      type: 'restore',
      rpo_s: 42,
      rto_s: 180,
      result: 'pass'
    }
  })
);
const NOW = '2026-11-23T12:00:00Z';
const peer = join(dir, 'peer.sh');
writeFileSync(
  peer,
  `#!/usr/bin/env bash
set -euo pipefail
f="$1"; now=$(date -u -d "$2" +%s)
ts=$(jq -er '.drill.last_success_rfc3339' "$f"); result=$(jq -er '.drill.result' "$f")
rpo=$(jq -er '.drill.rpo_s' "$f"); rto=$(jq -er '.drill.rto_s' "$f")
age=$(( now - $(date -u -d "$ts" +%s) ))
[ "$age" -ge -300 ] || { echo "timestamp in the future"; exit 2; }
[ "$age" -le 604800 ] || { echo "stale: $age s"; exit 1; }
[ "$result" = pass ] || { echo "result $result"; exit 1; }
awk -v r="$rpo" -v t="$rto" 'BEGIN { exit !(r <= 60 && t <= 300) }' || { echo "over budget"; exit 1; }
echo "pass: age $age s, rpo $rpo s, rto $rto s"
`,
  { mode: 0o755 }
);

function once(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // Under GNU time: its last stderr line is the peak RSS (KiB).
    const child = spawn('/usr/bin/time', ['-f', '%M', cmd, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      cwd: dir
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = err.trim().split('\n');
      const rssMiB = Number(lines.pop()) / 1024;
      out += lines.join('\n');
      resolve({ code, out, rssMiB, ms: Number(process.hrtime.bigint() - t0) / 1e6 });
    });
  });
}

// Async spawns, so the in-process API stand-in below can answer while a gate runs.
const peakRss = new Map();
const rssOf = (cmd, args, env = {}) =>
  peakRss.get(`${cmd} ${args.join(' ')} ${JSON.stringify(env)}`);
async function median(cmd, args, env = {}, expectCode = 0) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const r = await once(cmd, args, env);
    if (r.code !== expectCode)
      throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.out}`);
    if (i >= 2) times.push(r.ms); // two warm-up runs
    rss = Math.max(rss, r.rssMiB);
  }
  peakRss.set(`${cmd} ${args.join(' ')} ${JSON.stringify(env)}`, rss);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// A minimal GitHub REST stand-in for workflow mode (one page of runs).
const server = createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  res.setHeader('content-type', 'application/json');
  if (u.pathname.endsWith('/runs')) {
    res.end(
      JSON.stringify({
        total_count: 1,
        workflow_runs: [
          {
            id: 1,
            event: 'schedule',
            status: 'completed',
            conclusion: 'success',
            head_branch: 'main',
            head_repository: { full_name: 'acme/widget' },
            created_at: '2026-11-20T03:00:00Z',
            run_started_at: '2026-11-20T03:00:00Z',
            updated_at: '2026-11-20T03:09:00Z'
          }
        ]
      })
    );
  } else {
    res.statusCode = 404;
    res.end('{"message":"Not Found"}');
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const apiUrl = `http://127.0.0.1:${server.address().port}`;

const node = process.execPath;
function jqVersionOf() {
  try {
    return execFileSync('jq', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}
const jqVersion = jqVersionOf();
const rows = [];
const cliArgs = [
  join(root, 'dist/cli/index.js'),
  'dr-freshness',
  '--evidence',
  evidence,
  '--now',
  NOW
];
rows.push(['node -e 0 (baseline)', await median(node, ['-e', '0'])]);
rows.push(['ci-intel dr-freshness --evidence (CLI)', await median(node, cliArgs)]);
const actionEnv = {
  INPUT_EVIDENCE: evidence,
  INPUT_NOW: NOW,
  RUNNER_TEMP: dir,
  GITHUB_WORKSPACE: dir
};
rows.push([
  'dist/dr-freshness action, evidence file',
  await median(node, [join(root, 'dist/dr-freshness/index.js')], actionEnv)
]);
rows.push([
  'dist/dr-freshness action, workflow via REST (local)',
  await median(node, [join(root, 'dist/dr-freshness/index.js')], {
    INPUT_WORKFLOW: 'dr-drill.yml',
    INPUT_BRANCH: 'main',
    INPUT_NOW: NOW,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_TOKEN: 'bench-token',
    GITHUB_API_URL: apiUrl
  })
]);
const peerMs = jqVersion ? await median('bash', [peer, evidence, NOW]) : undefined;
if (peerMs !== undefined) rows.push([`peer: bash + ${jqVersion} + date (same checks)`, peerMs]);
server.close();
rmSync(dir, { recursive: true, force: true });

console.log(`median of ${RUNS} runs each (wall ms, cold process per run), node ${process.version}`);
for (const [name, ms] of rows) console.log(`  ${name.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms`);
if (peerMs !== undefined) {
  console.log(`  ratio CLI / peer:    ${(rows[1][1] / peerMs).toFixed(2)}×`);
  console.log(`  ratio action / peer: ${(rows[2][1] / peerMs).toFixed(2)}×`);
  const peerRss = rssOf('bash', [peer, evidence, NOW]);
  report({
    bench: 'dr-freshness',
    case: 'evidence file, CLI bundle',
    project: rows[1][1],
    projectRssMiB: rssOf(node, cliArgs),
    peer: `bash + ${jqVersion} + date`,
    peerValue: peerMs,
    peerRssMiB: peerRss,
    ratio: rows[1][1] / peerMs,
    ratioIs: 'project/peer time'
  });
  report({
    bench: 'dr-freshness',
    case: 'evidence file, action bundle',
    project: rows[2][1],
    projectRssMiB: rssOf(node, [join(root, 'dist/dr-freshness/index.js')], actionEnv),
    peer: `bash + ${jqVersion} + date`,
    peerValue: peerMs,
    peerRssMiB: peerRss,
    ratio: rows[2][1] / peerMs,
    ratioIs: 'project/peer time'
  });
} else console.log('  (jq not found: peer not measured)');
