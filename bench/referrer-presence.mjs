// Benchmark: referrer-presence against the local registry (Debian docker-registry, distribution
// 2.8: tag-fallback path) and the in-repo referrers-API server: registry round trips per required
// type and wall time, in-process (warm) and through the CLI bundle (cold start included).
// No peer tool is installable here (oras, crane, regctl and cosign are not in Debian bookworm
// and there is no network to download them), so there is no side-by-side ratio.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { report } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'node_modules', '.cache', 'ci-intel-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

if (!existsSync('/usr/bin/docker-registry')) {
  console.log('docker-registry is not installed: run scripts/setup-tests.sh');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  console.log('dist/cli is missing: run node scripts/build.mjs referrer-presence cli');
  process.exit(1);
}
// Compile the gate and the test fixtures (the same code the tests use) for this process.
const helpers = ['distribution', 'fake-referrers', 'fixtures', 'push'].map(
  (h) => `test/referrer-presence/helpers/${h}.ts`
);
execFileSync(
  join(root, 'node_modules', '.bin', 'tsc'),
  [
    '--ignoreConfig',
    '--outDir',
    out,
    '--rootDir',
    root,
    '--module',
    'NodeNext',
    '--moduleResolution',
    'NodeNext',
    '--target',
    'ES2023',
    '--lib',
    'ES2023',
    '--skipLibCheck',
    '--types',
    'node',
    '--esModuleInterop',
    'src/gates/referrer-presence/index.ts',
    'src/core/run-gate.ts',
    ...helpers
  ],
  { cwd: root, stdio: 'inherit' }
);
const imp = (p) => import(pathToFileURL(join(out, p)).href);
const { startRegistry } = await imp('test/referrer-presence/helpers/distribution.js');
const { startFakeRegistry } = await imp('test/referrer-presence/helpers/fake-referrers.js');
const fx = await imp('test/referrer-presence/helpers/fixtures.js');
const { Pusher } = await imp('test/referrer-presence/helpers/push.js');
const { referrerPresence } = await imp('src/gates/referrer-presence/index.js');
const { runGate } = await imp('src/core/run-gate.js');

const ctx = {
  workspace: root,
  tempDir: mkdtempSync(join(tmpdir(), 'bench-')),
  env: {},
  now: () => new Date(),
  log: () => {},
  secret: () => {}
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The longest chain of requests each started after the one before it ended: the round trips a run waits for in turn. */
function depth(reqs) {
  const rs = reqs.filter((r) => typeof r.at === 'number').sort((a, b) => a.at - b.at);
  const d = [];
  rs.forEach((r, i) => {
    let best = 0;
    for (let j = 0; j < i; j++) if (rs[j].at + rs[j].ms <= r.at + 0.5) best = Math.max(best, d[j]);
    d.push(best + 1);
  });
  return rs.length === reqs.length ? Math.max(0, ...d) : NaN;
}

async function measure(label, inputs, types) {
  let result;
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = await runGate(referrerPresence, inputs, ctx);
    warm.push(performance.now() - t0);
  }
  if (result.verdict !== 'pass') throw new Error(`${label}: ${result.verdict} ${result.summary}`);
  const cold = [];
  const rss = [];
  const args = Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    // async: the referrers-API server lives in this process and must keep answering
    const r = await new Promise((resolve) => {
      const c = spawn('/usr/bin/time', [
        '-f',
        '%M',
        process.execPath,
        join(root, 'dist', 'cli', 'index.js'),
        'referrer-presence',
        ...args,
        '--format',
        'json'
      ]);
      let stdout = '';
      let stderr = '';
      c.stdout.on('data', (d) => (stdout += d));
      c.stderr.on('data', (d) => (stderr += d));
      c.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    cold.push(performance.now() - t0);
    rss.push(Number(r.stderr.trim().split('\n').pop()) / 1024);
    if (r.status !== 0)
      throw new Error(`${label}: CLI exit ${r.status}: ${r.stdout.slice(0, 1500)}`);
  }
  const reqs = result.evidence.requests;
  const imageFetch = 1;
  const perType = (reqs.length - imageFetch) / types;
  const misses = reqs.filter((r) => r.status === 404).length;
  console.log(
    `${label.padEnd(44)} ${String(reqs.length).padStart(3)} requests (${misses} answered 404)  depth ${String(depth(reqs)).padStart(2)}  ${perType.toFixed(2).padStart(5)} per type  warm ${median(warm).toFixed(1).padStart(6)} ms  CLI ${median(cold).toFixed(0).padStart(4)} ms  CLI peak RSS ${median(rss).toFixed(0)} MiB`
  );
  report({
    bench: 'referrer-presence',
    case: `${label}: ${reqs.length} requests, ${misses} x 404, depth ${depth(reqs)} (CLI bundle)`,
    project: median(cold),
    projectRssMiB: median(rss),
    peer: 'none installable (oras, crane, regctl: not in Debian)'
  });
  return { reqs: reqs.length, perType };
}

const reg = await startRegistry();
const fake = await startFakeRegistry();
try {
  const p = new Pusher({ url: reg.url, repo: 'bench/app' });
  const img = await fx.pushImage(p, 'bench', 'v1');
  await fx.writeFallbackTag(p, img.digest, [
    await fx.spdxArtifact(p, img),
    await fx.provenanceBundle(p, img)
  ]);
  const cos = await fx.pushImage(p, 'bench-cosign');
  await fx.cosignSig(p, cos);
  await fx.cosignTag(p, cos, 'att', [
    {
      mediaType: 'application/vnd.dsse.envelope.v1+json',
      content: fx.dsseEnvelope(fx.statement(cos.digest, 'https://slsa.dev/provenance/v1'))
    }
  ]);
  await fx.cosignTag(p, cos, 'sbom', [
    { mediaType: 'application/spdx+json', content: fx.spdxDocument() }
  ]);
  const bx = await fx.pushBuildxIndex(p, 'bench-bx');

  const f = new Pusher({ url: fake.url, repo: 'bench/app' });
  const api = await fx.pushImage(f, 'bench-api');
  await fx.spdxArtifact(f, api);
  await fx.provenanceBundle(f, api);
  await fx.pushArtifact(f, api, 'application/vnd.example.other', [
    { mediaType: 'text/plain', content: 'x' }
  ]);
  fake.pageSize = 100;

  const base = { insecure: 'true' };
  console.log(
    `runs: ${RUNS} warm (in-process, median) + 5 CLI (new process each, median); requests counted from the gate's evidence; depth: the longest chain of requests each issued after the previous one answered (what the wall time follows)`
  );
  const a = await measure(
    'referrers API: spdx + slsa-provenance',
    { ...base, image: `${fake.host}/bench/app@${api.digest}` },
    2
  );
  await measure(
    'referrers API: spdx only (artifactType filter)',
    { ...base, image: `${fake.host}/bench/app@${api.digest}`, require: 'spdx' },
    1
  );
  await measure(
    'distribution 2.8 fallback tag: spdx + slsa',
    { ...base, image: `${reg.host}/bench/app@${img.digest}` },
    2
  );
  await measure(
    'distribution 2.8 cosign tags: spdx+slsa+sig',
    {
      ...base,
      image: `${reg.host}/bench/app@${cos.digest}`,
      require: 'spdx,slsa-provenance,signature'
    },
    3
  );
  await measure(
    'distribution 2.8 buildx index, 2 platforms',
    { ...base, image: `${reg.host}/bench/app@${bx.index.digest}`, platforms: 'platforms-only' },
    4
  );
  console.log(
    `API path: ${a.perType.toFixed(2)} round trips per type (goal ≤ 2; 1 listing shared + 1 manifest + 1 layer per type)`
  );
} finally {
  await reg.stop();
  await fake.stop();
}
