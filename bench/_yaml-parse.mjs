// Parse-only microbench: parseYaml (src/workflows/yaml-doc.ts) over the 1,043 corpus workflows and
// the 1.86 MiB / 200,000-key file, with the fast reader (yaml-fast.ts) on and forced off.
//   node bench/_yaml-parse.mjs               both paths, best of ROUNDS, side by side
//   YAML_PARSE_ONLY=fast|library ROUNDS=1 node bench/_yaml-parse.mjs
//                                            one path only (for valgrind --tool=callgrind)
//   YAML_PARSE_CASE=corpus|large             one input only
// Reads lib/ (run `npm run bundle` or tsc first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { largeWorkflowText } from './_large-workflow.mjs';

const root = new URL('..', import.meta.url).pathname;
const { loadYamlLibrary, parseYaml, setFastYaml } = await import(
  join(root, 'lib', 'workflows', 'yaml-doc.js')
);
// The library's parser is loaded on demand by the gates; this bench calls parseYaml directly.
await loadYamlLibrary();
const { fastParse } = await import(join(root, 'lib', 'workflows', 'yaml-fast.js'));
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const ONLY = process.env.YAML_PARSE_ONLY;
const CASE = process.env.YAML_PARSE_CASE;

const dir = join(root, '..', 'shared', 'corpora', 'workflows');
const corpus = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const large = [
  largeWorkflowText(
    'on: push\npermissions: {}\nconcurrency: x\n',
    'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n'
  )
];

function time(texts, fast) {
  setFastYaml(fast);
  let best = Infinity;
  let ok = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    ok = 0;
    for (const t of texts) if (parseYaml('f.yml', t).ok) ok++;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, ok };
}

for (const [label, texts] of [
  ['corpus', corpus],
  ['large', large]
]) {
  if (CASE && CASE !== label) continue;
  // (not counted when one path runs alone, so a callgrind run measures that path only)
  const taken = ONLY ? '?' : texts.filter((t) => !('giveUp' in fastParse(t))).length;
  const res = {};
  for (const path of ['library', 'fast']) {
    if (ONLY && ONLY !== path) continue;
    res[path] = time(texts, path === 'fast');
  }
  const line = Object.entries(res)
    .map(
      ([p, r]) =>
        `${p} ${r.ms.toFixed(0)} ms (${((texts.length / r.ms) * 1000).toFixed(0)} files/s, ${r.ok} parsed)`
    )
    .join(' | ');
  const ratio =
    res.fast && res.library ? `; fast path ${(res.library.ms / res.fast.ms).toFixed(2)}x` : '';
  console.log(`${label} (${texts.length} files, ${taken} on the fast path): ${line}${ratio}`);
}
console.log(`peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
