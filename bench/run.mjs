// `npm run bench`: runs every bench/<name>.mjs (or the ones named) in turn, each in its own process.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
  .filter((f) => !only.length || only.includes(f.replace(/\.mjs$/, '')))
  .sort();
for (const b of benches) {
  console.log(`\n=== bench/${b}`);
  execFileSync(process.execPath, [join(dir, b)], { stdio: 'inherit' });
}
