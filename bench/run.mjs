// `npm run bench`: runs every bench/<name>.mjs (or the ones named) in turn, each in its own
// process, shows what each prints, then one table of every result line (bench/_report.mjs):
// project, peer, ratio and the peak RSS of each side.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { RESULT_PREFIX } from './_report.mjs';

const dir = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
  .filter((f) => !only.length || only.includes(f.replace(/\.mjs$/, '')))
  .sort();

const results = [];
const failed = [];
for (const b of benches) {
  console.log(`\n=== bench/${b}`);
  const child = spawn(process.execPath, [join(dir, b)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (!line.startsWith(RESULT_PREFIX)) return console.log(line);
    try {
      results.push(JSON.parse(line.slice(RESULT_PREFIX.length)));
    } catch {
      console.log(line);
    }
  });
  const code = await new Promise((res) => child.on('close', (c) => res(c ?? 1)));
  if (code !== 0) failed.push(`${b} (exit ${code})`);
}

const num = (v, d = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(d) : '–');
const rows = [
  [
    'bench',
    'case',
    'project',
    'peak RSS',
    'peer',
    'peer value',
    'peak RSS',
    'ratio',
    'ratio is',
    'goal'
  ],
  ...results.map((r) => [
    r.bench,
    r.case,
    `${num(r.project)} ${r.unit}`,
    r.projectRssMiB == null ? '–' : `${num(r.projectRssMiB, 0)} MiB`,
    r.peer,
    r.peerValue == null ? '–' : `${num(r.peerValue)} ${r.unit}`,
    r.peerRssMiB == null ? '–' : `${num(r.peerRssMiB, 0)} MiB`,
    r.ratio == null ? '–' : `${num(r.ratio, 2)}×`,
    r.ratioIs,
    r.goal
  ])
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
console.log('\n=== summary (medians; ratios pair by pair where the bench pairs runs)');
for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
if (failed.length) {
  console.log(`\nfailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
