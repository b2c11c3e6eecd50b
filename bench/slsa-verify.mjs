// bench/slsa-verify.mjs — `node bench/run.mjs slsa-verify`
// Warm: per-bundle verification through the gate (crypto + identity policy + predicate/subject
// checks) side by side with bare @sigstore/verify Verifier.verify (crypto only) on the same bundles.
// Cold: the dist action bundle and the CLI as whole processes, next to an empty `node` start.
// slsa-verifier itself cannot run here (it downloads its binary from GitHub and fetches the TUF
// root over the network on every run); see docs/gates/slsa-verify.md for the paper comparison.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { report } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const V = join(root, '..', 'shared', 'vectors', 'slsa');
const require = createRequire(join(root, 'package.json'));
if (!existsSync(join(root, 'lib', 'gates', 'slsa-verify', 'index.js'))) {
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit'
  });
}
for (const b of ['slsa-verify', 'cli']) {
  if (!existsSync(join(root, 'dist', b, 'index.js')))
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'slsa-verify', 'cli'], {
      cwd: root,
      stdio: 'inherit'
    });
}
const { runGate } = await import(join(root, 'lib/core/run-gate.js'));
const { slsaVerify } = await import(join(root, 'lib/gates/slsa-verify/index.js'));
const { publicGoodTrust } = await import(join(root, 'lib/sigstore/trust.js'));
const { readBundleDocument } = await import(join(root, 'lib/sigstore/documents.js'));
const { bundleFromJSON } = require('@sigstore/bundle');
const { Verifier, toSignedEntity } = require('@sigstore/verify');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;

const CASES = [
  {
    name: 'npm sigstore@2.3.1 (2 bundles v0.2: provenance + publish)',
    bundle: 'npm/sigstore@2.3.1.attestations.json',
    artifact: 'tarballs/sigstore-2.3.1.tgz',
    source: 'github.com/sigstore/sigstore-js',
    extra: {}
  },
  {
    name: 'gh sigstore@2.1.0 (bundle v0.3, intoto)',
    bundle: 'gh/sigstore@2.1.0.bundle-v0.3.json',
    artifact: 'tarballs/sigstore-2.1.0.tgz',
    source: 'github.com/sigstore/sigstore-js',
    extra: {}
  },
  {
    name: 'bcr rules_lint (bundle v0.3, dsse)',
    bundle: 'slsa-verifier/bcr-rules_lint-v1.3.1.tar.gz.intoto.jsonl',
    artifact: 'artifacts/rules_lint-v1.3.1.tar.gz',
    source: 'github.com/aspect-build/rules_lint',
    extra: {
      'builder-id':
        'https://github.com/bazel-contrib/.github/.github/workflows/release_ruleset.yaml'
    }
  }
];

const ctx = {
  workspace: V,
  tempDir: tmpdir(),
  env: {},
  now: () => new Date(),
  log: () => {},
  secret: () => {}
};
const N = 40;
console.log(`slsa-verify bench — node ${process.version}, ${N} warm runs per case (median)`);
console.log(
  '\nwarm, per bundle: gate (full policy)  vs  bare @sigstore/verify (crypto only, same trust root)'
);
for (const c of CASES) {
  const raw = { bundle: c.bundle, artifact: c.artifact, 'source-uri': c.source, ...c.extra };
  const first = await runGate(slsaVerify, raw, ctx);
  if (first.verdict !== 'pass')
    throw new Error(`${c.name}: expected pass, got ${first.verdict}: ${first.summary}`);
  const nBundles = first.evidence.bundles;
  const gate = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await runGate(slsaVerify, raw, ctx);
    gate.push((performance.now() - t) / nBundles);
  }
  const parsed = readBundleDocument(c.bundle, readFileSync(join(V, c.bundle), 'utf8')).map(
    (i) => i.json
  );
  const verifier = new Verifier(publicGoodTrust().material);
  const bare = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    for (const b of parsed) verifier.verify(toSignedEntity(bundleFromJSON(b)));
    bare.push((performance.now() - t) / parsed.length);
  }
  const g = median(gate);
  const b = median(bare);
  console.log(
    `  ${c.name.padEnd(58)} gate ${ms(g).padStart(9)}   bare ${ms(b).padStart(9)}   ratio ${(g / b).toFixed(2)}x`
  );
}

const coldRss = {};
function cold(label, args, env, runs = 12) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
      env: { PATH: process.env.PATH, ...env },
      cwd: V,
      encoding: 'utf8'
    });
    times.push(performance.now() - t);
    rss = Math.max(rss, Number(r.stderr.trim().split('\n').pop()) / 1024);
    if (r.status !== 0 && label !== 'node -e 0')
      throw new Error(`${label}: exit ${r.status}: ${r.stdout}${r.stderr}`);
  }
  coldRss[label] = rss;
  return median(times);
}
const io = mkdtempSync(join(tmpdir(), 'slsa-bench-'));
for (const f of ['out', 'summary']) writeFileSync(join(io, f), '');
const actionEnv = {
  RUNNER_TEMP: io,
  GITHUB_OUTPUT: join(io, 'out'),
  GITHUB_STEP_SUMMARY: join(io, 'summary'),
  GITHUB_WORKSPACE: V,
  INPUT_BUNDLE: 'gh/sigstore@2.1.0.bundle-v0.3.json',
  INPUT_ARTIFACT: 'tarballs/sigstore-2.1.0.tgz',
  'INPUT_SOURCE-URI': 'github.com/sigstore/sigstore-js'
};
const base = cold('node -e 0', ['-e', '0'], {});
const action = cold('action', [join(root, 'dist/slsa-verify/index.js')], actionEnv);
const cli = cold(
  'cli',
  [
    join(root, 'dist/cli/index.js'),
    'slsa-verify',
    '--bundle',
    'gh/sigstore@2.1.0.bundle-v0.3.json',
    '--artifact',
    'tarballs/sigstore-2.1.0.tgz',
    '--source-uri',
    'github.com/sigstore/sigstore-js'
  ],
  {}
);
console.log('\ncold process, whole run (median of 12), one bundle v0.3:');
console.log(`  node -e 0 (Node start alone)        ${ms(base)}`);
console.log(
  `  dist/slsa-verify/index.js (action)  ${ms(action)}   (+${ms(action - base)} over bare Node)`
);
console.log(
  `  dist/cli/index.js slsa-verify       ${ms(cli)}   (+${ms(cli - base)} over bare Node)`
);
for (const [label, value] of [
  ['action', action],
  ['cli', cli]
])
  report({
    bench: 'slsa-verify',
    case: `one bundle v0.3, whole run (${label} bundle)`,
    project: value,
    projectRssMiB: coldRss[label],
    peer: 'node -e 0 (floor)',
    peerValue: base,
    peerRssMiB: coldRss['node -e 0'],
    ratio: value / base,
    ratioIs: 'project/peer time'
  });
const size = (p) => (readFileSync(join(root, p)).length / 1024 / 1024).toFixed(2);
console.log(
  `\ndist/slsa-verify/index.js is ${size('dist/slsa-verify/index.js')} MiB, committed with the action: no download, no network at verify time.`
);
console.log(
  'slsa-verifier (paper): a separate Go binary downloaded per job from GitHub releases, and a TUF trust-root refresh over the network on every run; not runnable offline here.'
);
