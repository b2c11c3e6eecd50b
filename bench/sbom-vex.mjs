// sbom-vex: one gate run on a large release (10k SBOM components, 5k findings with GHSA aliases,
// 1k VEX statements), wall time and peak RSS, side by side with jq doing only the join of
// findings to VEX statements on the same files (exact strings, no SBOM check, no schema, no
// canonical purls): a floor for the matching work, not a peer that decides the same thing.
// Needs `node scripts/build.mjs sbom-vex cli` first; jq and GNU time (/usr/bin/time) on PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COMPONENTS = 10_000;
const FINDINGS = 5_000;
const STATEMENTS = 1_000;
const dir = mkdtempSync(join(tmpdir(), 'bench-sbom-vex-'));
const digest = 'sha256:' + 'ab'.repeat(32);

function have(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
if (!have('/usr/bin/time', ['-f', '%M', 'true'])) {
  console.log(
    'sbom-vex bench: GNU time (/usr/bin/time) is not installed (Debian package "time"); skipped'
  );
  process.exit(0);
}
const jq = have('jq', ['--version']);

const pkgs = Array.from({ length: COMPONENTS }, (_, i) => {
  const name = `github.com/acme/mod${i}`;
  return {
    name,
    version: `v1.${i % 97}.${i % 13}`,
    purl: `pkg:golang/${name}@v1.${i % 97}.${i % 13}`
  };
});
writeFileSync(
  join(dir, 'sbom.cdx.json'),
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: {
      component: {
        'bom-ref': 'image',
        type: 'container',
        name: 'app',
        purl: `pkg:oci/app@${encodeURIComponent(digest)}`
      }
    },
    components: pkgs.map((p) => ({
      'bom-ref': p.purl,
      type: 'library',
      name: p.name,
      version: p.version,
      purl: p.purl
    }))
  })
);
const findings = Array.from({ length: FINDINGS }, (_, i) => ({
  cve: `CVE-2026-${10000 + i}`,
  ghsa: i % 2 ? `GHSA-${String(i).padStart(4, '0')}-aaaa-bbbb` : undefined,
  pkg: pkgs[(i * 7) % COMPONENTS],
  score: (i % 100) / 10
}));
writeFileSync(
  join(dir, 'report.grype.json'),
  JSON.stringify({
    matches: findings.map((f) => ({
      // Half the findings are reported under their GHSA id with the CVE as related.
      vulnerability: {
        id: f.ghsa ?? f.cve,
        severity: 'Medium',
        cvss: [{ version: '3.1', source: 'nvd', metrics: { baseScore: f.score } }]
      },
      relatedVulnerabilities: f.ghsa ? [{ id: f.cve, cvss: [] }] : [],
      artifact: { name: f.pkg.name, version: f.pkg.version, type: 'go-module', purl: f.pkg.purl }
    })),
    source: { type: 'image', target: { userInput: 'app', manifestDigest: digest } },
    descriptor: { name: 'grype', version: '0.87.0' }
  })
);
writeFileSync(
  join(dir, 'vex.openvex.json'),
  JSON.stringify({
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://acme.example/vex/bench',
    author: 'bench',
    timestamp: '2026-11-20T00:00:00Z',
    version: 1,
    statements: findings.slice(0, STATEMENTS).map((f) => ({
      vulnerability: { name: f.cve },
      products: [
        {
          '@id': `pkg:oci/app@${encodeURIComponent(digest)}`,
          subcomponents: [{ '@id': f.pkg.purl }]
        }
      ],
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path'
    }))
  })
);

// The floor: index statements by (vulnerability, subcomponent purl), look every match up by its
// reported id and purl. No aliases (half the joins miss), no SBOM, no validation.
const JOIN = `($v[0].statements | map({key: (.vulnerability.name + "|" + .products[0].subcomponents[0]["@id"]), value: .status}) | from_entries) as $idx
  | [$r[0].matches[] | {id: .vulnerability.id, purl: .artifact.purl, status: ($idx[.vulnerability.id + "|" + .artifact.purl] // "none")}]
  | group_by(.status) | map({status: .[0].status, n: length})`;

function measure(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssKiB = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMiB: rssKiB / 1024, code: r.status, out: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const gateArgs = [
  join(root, 'dist', 'cli', 'index.js'),
  'sbom-vex',
  '--sbom',
  'sbom.cdx.json',
  '--reports',
  'report.grype.json',
  '--vex',
  'vex.openvex.json',
  '--now',
  '2026-12-01T00:00:00Z',
  '--require-sbom-match',
  'true',
  '--decision-file',
  'decision.json',
  '--format',
  'json',
  '--workspace',
  dir
];
const ours = [];
const floor = [];
let check;
for (let i = 0; i < RUNS; i++) {
  const g = measure(process.execPath, gateArgs);
  if (g.code !== 0 && g.code !== 1)
    throw new Error(`gate exited ${g.code}: ${g.out.slice(0, 500)}`);
  const result = JSON.parse(g.out);
  check = result.evidence.counts;
  ours.push({ ...g, inGateMs: result.durationMs });
  if (jq)
    floor.push(
      measure('jq', [
        '-n',
        '--slurpfile',
        'r',
        'report.grype.json',
        '--slurpfile',
        'v',
        'vex.openvex.json',
        JOIN
      ])
    );
}
const row = (name, runs) =>
  `${name.padEnd(34)} ${median(runs.map((r) => r.ms))
    .toFixed(0)
    .padStart(6)} ms  ${median(runs.map((r) => r.rssMiB))
    .toFixed(0)
    .padStart(5)} MiB peak RSS`;
console.log(
  `sbom-vex: ${COMPONENTS} components, ${FINDINGS} findings (half under GHSA ids), ${STATEMENTS} VEX statements; median of ${RUNS}`
);
console.log(`gate decision: ${JSON.stringify(check)}`);
console.log(
  row('ci-intel sbom-vex (CLI, cold)', ours) +
    `  (in-gate ${median(ours.map((r) => r.inGateMs)).toFixed(0)} ms)`
);
if (jq) {
  console.log(row('jq join only (floor)', floor) + `  ${floor[0].out.replace(/\s+/g, '')}`);
  const ms = median(ours.map((r) => r.ms)) / median(floor.map((r) => r.ms));
  const rss = median(ours.map((r) => r.rssMiB)) / median(floor.map((r) => r.rssMiB));
  console.log(`ratio gate/floor: ${ms.toFixed(2)}× time, ${rss.toFixed(2)}× peak RSS`);
  report({
    bench: 'sbom-vex',
    case: `${COMPONENTS} components, ${FINDINGS} findings, ${STATEMENTS} VEX statements (CLI bundle)`,
    project: median(ours.map((r) => r.ms)),
    projectRssMiB: median(ours.map((r) => r.rssMiB)),
    peer: 'jq join only (floor)',
    peerValue: median(floor.map((r) => r.ms)),
    peerRssMiB: median(floor.map((r) => r.rssMiB)),
    ratio: ms,
    ratioIs: 'project/peer time'
  });
} else {
  console.log('jq is not installed (Debian package "jq"): the floor was not measured');
}
rmSync(dir, { recursive: true, force: true });
