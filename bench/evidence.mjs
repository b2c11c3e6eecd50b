// bench/evidence.mjs — `node bench/run.mjs evidence`
// One run, four figures: bundling the evidence of the seven gates (collect + canonical manifest +
// statement), signing it keylessly against @sigstore/mock Fulcio/CT log/Rekor served over HTTP on
// 127.0.0.1 (and with an Ed25519 key), and evidence-verify warm (in process) and cold (the shipped
// dist/evidence-verify as a whole process) next to @sigstore/verify alone on the same bundle (the
// floor: crypto only, no identity, subject, manifest or truth table), warm and as a process.
// Peak RSS from /usr/bin/time -v for the cold processes, and this process's own for the warm part.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit'
});
if (!existsSync(join(root, 'dist', 'evidence-verify', 'index.js')))
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit'
  });
const lib = (p) => import(join(root, 'lib', p));
const { runGate } = await lib('core/run-gate.js');
const { buildEvidence } = await lib('evidence/build.js');
const { localPieces } = await lib('evidence/pieces.js');
const { makeStatement } = await lib('evidence/statement.js');
const { signWithKey } = await lib('evidence/key-bundle.js');
const { IN_TOTO_PAYLOAD_TYPE } = await lib('evidence/format.js');
const { SigstoreSigner } = await lib('signing/sigstore.js');
const { trustFromJSON } = await lib('sigstore/trust.js');
const { evidenceVerify } = await lib('gates/evidence-verify/index.js');
const {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  rekorHandler
} = require('@sigstore/mock');
const { bundleFromJSON } = require('@sigstore/bundle');
const { Verifier, toSignedEntity } = require('@sigstore/verify');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x) => `${x.toFixed(2)} ms`;
const b64 = (b) => Buffer.from(b).toString('base64');
const bytes = (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
const spki = (k) => k.export({ format: 'der', type: 'spki' });

// ---- a run's ci-intel folder: the seven gates' results as the result writer leaves them
const SEVEN = [
  'pr-target-ban',
  'workflow-policy',
  'slsa-verify',
  'referrer-presence',
  'dr-freshness',
  'sbom-vex',
  'cache-sentinel'
];
const base = mkdtempSync(join(tmpdir(), 'evidence-bench-'));
const ws = join(base, 'ws');
const hub = join(base, 'runner', 'ci-intel');
mkdirSync(join(hub, 'results'), { recursive: true });
mkdirSync(join(ws, 'dist'), { recursive: true });
writeFileSync(join(ws, 'dist', 'widget-1.0.0.tgz'), Buffer.alloc(256 * 1024, 7));
const filler = Array.from({ length: 40 }, (_, i) => ({
  rule: `x/rule-${i}`,
  severity: 'note',
  message: 'finding '.repeat(10)
}));
SEVEN.forEach((gate, i) => {
  const r = {
    schema: 'ci-intel.gate-result.v1',
    gate,
    verdict: 'pass',
    mode: 'enforce',
    summary: `${gate} passed`,
    findings: filler,
    evidence: {
      inputs: { mode: 'enforce', gate },
      config: { digest: `sha256:${'c'.repeat(64)}`, files: [] },
      detail: filler
    },
    outputs: gate === 'slsa-verify' ? { 'rekor-log-index': '42' } : {},
    startedAt: `2026-12-01T10:00:0${i}.000Z`,
    durationMs: 10
  };
  writeFileSync(join(hub, 'results', `${gate}-${i}.json`), JSON.stringify(r, null, 2) + '\n');
  appendFileSync(
    join(hub, 'policies.ndjson'),
    JSON.stringify({ id: `ci-intel/${gate}`, result: 'allow', reason: 'ok', time_ns: 1 }) + '\n'
  );
});
const subjects = [
  {
    name: 'widget-1.0.0.tgz',
    digest: {
      sha256: createHash('sha256')
        .update(readFileSync(join(ws, 'dist', 'widget-1.0.0.tgz')))
        .digest('hex')
    }
  }
];

// ---- 1. bundling
const N = 40;
const bundling = [];
let built;
for (let i = 0; i < N; i++) {
  const t = performance.now();
  built = buildEvidence(localPieces(hub), {
    runId: 'acme/widget/actions/runs/1/attempts/1',
    repository: 'acme/widget'
  });
  makeStatement(subjects, built.evidence);
  bundling.push(performance.now() - t);
}
const statement = makeStatement(subjects, built.evidence);

// ---- 2. signing against @sigstore/mock over HTTP
async function serve(h) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      h.fn(Buffer.concat(chunks).toString()).then((r) =>
        res
          .writeHead(r.statusCode, { 'content-type': r.contentType ?? 'application/json' })
          .end(typeof r.response === 'string' ? r.response : bytes(r.response))
      );
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  server.unref();
  return `http://127.0.0.1:${server.address().port}`;
}
const ctKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const tlogKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ctlog = await initializeCTLog(ctKeys);
const ca = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'P-256' }), ctlog);
const tlog = await initializeTLog('https://rekor.mock.test', tlogKeys);
const fulcioURL = await serve(fulcioHandler(ca));
const rekorURL = await serve(rekorHandler(tlog));
const jwt = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = `${jwt({ alg: 'RS256' })}.${jwt({
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sigstore',
  sub: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.0.0',
  job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.0.0',
  workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.0.0',
  repository: 'acme/widget',
  repository_owner: 'acme',
  ref: 'refs/tags/v1.0.0',
  event_name: 'push',
  sha: 'a'.repeat(40),
  workflow_sha: 'a'.repeat(40),
  job_workflow_sha: 'a'.repeat(40),
  run_id: '1',
  run_attempt: '1',
  runner_environment: 'github-hosted',
  exp: Math.floor(Date.now() / 1000) + 3600
})}.c2ln`;
const signer = new SigstoreSigner({
  getToken: async () => token,
  fulcioURL,
  rekorURL,
  timeoutMs: 30_000,
  payloadType: IN_TOTO_PAYLOAD_TYPE
});
const signing = [];
let doc;
for (let i = 0; i < 12; i++) {
  const t = performance.now();
  doc = await signer.sign(statement);
  signing.push(performance.now() - t);
}
const keyPair = generateKeyPairSync('ed25519');
const keySigning = [];
for (let i = 0; i < N; i++) {
  const t = performance.now();
  signWithKey(statement, IN_TOTO_PAYLOAD_TYPE, keyPair.privateKey);
  keySigning.push(performance.now() - t);
}
const bundleJson = doc.bundle;
writeFileSync(join(ws, 'bundle.json'), JSON.stringify(bundleJson) + '\n');
const trustedRoot = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [
    {
      baseUrl: 'https://rekor.mock.test',
      hashAlgorithm: 'SHA2_256',
      publicKey: {
        rawBytes: b64(spki(tlogKeys.publicKey)),
        keyDetails: 'PKIX_ECDSA_P256_SHA_256',
        validFor: { start: '2000-01-01T00:00:00Z' }
      },
      logId: { keyId: b64(createHash('sha256').update(spki(tlogKeys.publicKey)).digest()) }
    }
  ],
  certificateAuthorities: [
    {
      subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
      uri: 'https://fulcio.mock.test',
      certChain: { certificates: [{ rawBytes: b64(bytes(ca.rootCertificate)) }] },
      validFor: { start: '2000-01-01T00:00:00Z' }
    }
  ],
  ctlogs: [
    {
      baseUrl: 'https://ctlog.mock.test',
      hashAlgorithm: 'SHA2_256',
      publicKey: {
        rawBytes: b64(spki(ctKeys.publicKey)),
        keyDetails: 'PKIX_ECDSA_P256_SHA_256',
        validFor: { start: '2000-01-01T00:00:00Z' }
      },
      logId: { keyId: b64(bytes(ctlog.logID)) }
    }
  ],
  timestampAuthorities: []
};
writeFileSync(join(ws, 'root.json'), JSON.stringify(trustedRoot));
// The pieces next to the bundle, as evidence-bundle writes them.
for (const p of built.pieces) {
  mkdirSync(join(ws, 'evidence', p.name, '..'), { recursive: true });
  writeFileSync(join(ws, 'evidence', p.name), p.bytes);
}

// ---- 3. verify warm: the gate vs @sigstore/verify alone on the same bundle
const raw = {
  'subject-path': 'dist/widget-1.0.0.tgz',
  bundle: 'bundle.json',
  'evidence-dir': 'evidence',
  'trusted-root': 'root.json',
  repository: 'acme/widget',
  'require-gates': SEVEN.join(',')
};
const ctx = {
  workspace: ws,
  tempDir: join(base, 'tmp'),
  env: {},
  now: () => new Date(),
  log: () => {},
  secret: () => {}
};
const first = await runGate(evidenceVerify, raw, ctx, { noConfig: true });
if (first.verdict !== 'pass')
  throw new Error(`evidence-verify: ${first.verdict}: ${first.summary}`);
const gateWarm = [];
for (let i = 0; i < N; i++) {
  const t = performance.now();
  await runGate(evidenceVerify, raw, ctx, { noConfig: true });
  gateWarm.push(performance.now() - t);
}
const trust = trustFromJSON(trustedRoot, 'bench');
const floorWarm = [];
for (let i = 0; i < N; i++) {
  const t = performance.now();
  new Verifier(trust.material, trust.options).verify(
    toSignedEntity(bundleFromJSON(JSON.parse(readFileSync(join(ws, 'bundle.json'), 'utf8'))))
  );
  floorWarm.push(performance.now() - t);
}
const warmRss = process.resourceUsage().maxRSS / 1024;

// ---- 4. verify cold: the shipped action as a process vs a process doing @sigstore/verify alone
function timed(args, env) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    encoding: 'utf8',
    cwd: ws,
    env: { PATH: process.env.PATH, ...env }
  });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return {
    ms,
    rss: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024
  };
}
const floorScript = join(base, 'floor.cjs');
writeFileSync(
  floorScript,
  `const {bundleFromJSON}=require(${JSON.stringify(require.resolve('@sigstore/bundle'))});
const {Verifier,toSignedEntity,toTrustMaterial}=require(${JSON.stringify(require.resolve('@sigstore/verify'))});
const {TrustedRoot}=require(${JSON.stringify(require.resolve('@sigstore/protobuf-specs'))});
const fs=require('fs');
const m=toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(fs.readFileSync('root.json','utf8'))));
new Verifier(m,{tlogThreshold:1,ctlogThreshold:1,timestampThreshold:1}).verify(toSignedEntity(bundleFromJSON(JSON.parse(fs.readFileSync('bundle.json','utf8')))));
`
);
const io = join(base, 'io');
mkdirSync(io, { recursive: true });
const actionEnv = {
  GITHUB_ACTIONS: 'true',
  RUNNER_TEMP: join(base, 'rt'),
  GITHUB_OUTPUT: join(io, 'out'),
  GITHUB_STEP_SUMMARY: join(io, 'summary'),
  GITHUB_WORKSPACE: ws,
  GITHUB_REPOSITORY: 'acme/widget',
  'INPUT_SUBJECT-PATH': raw['subject-path'],
  INPUT_BUNDLE: raw.bundle,
  'INPUT_EVIDENCE-DIR': raw['evidence-dir'],
  'INPUT_TRUSTED-ROOT': raw['trusted-root'],
  'INPUT_REQUIRE-GATES': raw['require-gates']
};
for (const k of ['out', 'summary']) writeFileSync(join(io, k), '');
const cold = { gate: [], floor: [], node: [] };
for (let i = 0; i < 8; i++) {
  cold.gate.push(timed([join(root, 'dist/evidence-verify/index.js')], actionEnv));
  cold.floor.push(timed([floorScript], {}));
  cold.node.push(timed(['-e', '0'], {}));
}
if (!/verdict<<\S+\npass\n|verdict=pass/.test(readFileSync(join(io, 'out'), 'utf8')))
  throw new Error('dist/evidence-verify did not pass');
const cm = (xs) => median(xs.map((x) => x.ms));
const cr = (xs) => Math.max(...xs.map((x) => x.rss));

console.log(
  `evidence bench — node ${process.version}; ${built.evidence.manifest.length} pieces (${SEVEN.length} gate results), statement ${statement.length} bytes, bundle ${JSON.stringify(bundleJson).length} bytes`
);
console.log(
  `  bundling the seven gates' evidence (collect + manifest + statement)  ${f(median(bundling))}`
);
console.log(
  `  signing keyless (@sigstore/mock Fulcio + CT log + Rekor over HTTP)  ${f(median(signing))}`
);
console.log(
  `  signing with an Ed25519 key                                          ${f(median(keySigning))}`
);
console.log(
  `  verify warm: evidence-verify ${f(median(gateWarm))}  vs  @sigstore/verify alone ${f(median(floorWarm))}  ratio ${(median(gateWarm) / median(floorWarm)).toFixed(2)}x   (peak RSS of this process ${warmRss.toFixed(0)} MiB)`
);
console.log(
  `  verify cold: dist/evidence-verify ${f(cm(cold.gate))} (peak RSS ${cr(cold.gate).toFixed(0)} MiB)  vs  @sigstore/verify process ${f(cm(cold.floor))} (peak RSS ${cr(cold.floor).toFixed(0)} MiB)  ratio ${(cm(cold.gate) / cm(cold.floor)).toFixed(2)}x;  node -e 0 ${f(cm(cold.node))}`
);
process.exit(0);
