/**
 * The GitHub side, against local REST servers whose payloads follow GitHub's OpenAPI schema: the
 * run's ci-intel-evidence-* artifacts listed and downloaded (302 to a storage origin that never
 * sees the token), the bundle stored through the attestations API and found there again by
 * evidence-verify, and the failures (a corrupt artifact, an API outage, a replayed attestation).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runGate } from '../../src/core/run-gate.js';
import { makeEvidenceBundle } from '../../src/gates/evidence-bundle/index.js';
import { evidenceVerify } from '../../src/gates/evidence-verify/index.js';
import { buildZip } from '../dr-freshness/zip.js';
import { FakeGitHub } from '../dr-freshness/fake-github.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { AttestationsServer } from './attestations-server.js';
import { ctxFor, ed25519Pem, gateResult, IMAGE_DIGEST, sandbox, type Sandbox } from './fixtures.js';

const KEYS = ed25519Pem();
const TOKEN = 'ghs_evidenceTestToken0123456789';
let gh: FakeGitHub;
let att: AttestationsServer;
const boxes: Sandbox[] = [];

function artifactZip(gates: string[]): Buffer {
  return buildZip(
    gates
      .flatMap((g, i) => [
        {
          name: `results/${g}-2026-12-01T10-00-0${i}-000Z-1.json`,
          data: JSON.stringify(gateResult(g, 'pass', i))
        },
        {
          name: 'policies.ndjson',
          data: `{"id":"ci-intel/${g}","result":"allow","reason":"ok","time_ns":1}\n`
        }
      ])
      .concat([{ name: 'cache-sentinel/staging/big.bin', data: 'scratch, never evidence' }])
  );
}

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  att = await new AttestationsServer().start();
  gh.artifacts.set(42, [
    { id: 1, name: 'ci-intel-evidence-release-policy', zip: artifactZip(['pr-target-ban']) },
    { id: 2, name: 'ci-intel-evidence-provenance', zip: artifactZip(['slsa-verify']) },
    { id: 3, name: 'ci-intel-evidence-image', zip: artifactZip(['referrer-presence']) },
    { id: 4, name: 'ci-intel-evidence-dr', zip: artifactZip(['dr-freshness']) },
    { id: 5, name: 'dist', zip: buildZip([{ name: 'widget.tgz', data: 'x' }]) },
    { id: 6, name: 'ci-intel-evidence-old', zip: artifactZip(['sbom-vex']), expired: true }
  ]);
  gh.artifacts.set(43, [
    { id: 7, name: 'ci-intel-evidence-broken', zip: Buffer.from('PK\u0003\u0004 not a zip at all') }
  ]);
});
afterAll(async () => {
  await gh?.stop();
  await att?.stop();
  boxes.forEach((b) => rmSync(b.root, { recursive: true, force: true }));
});

const box = () => {
  const b = sandbox({ 'workflow-policy': 'pass' });
  boxes.push(b);
  return b;
};
const env = (url: string) => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_API_URL: url,
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1'
});

async function bundle(b: Sandbox, raw: Record<string, string>, url = gh.url) {
  const r = await runGate(
    makeEvidenceBundle(),
    {
      'subject-path': 'dist/*.tgz',
      signing: 'key',
      'signing-key': KEYS.privatePem,
      token: TOKEN,
      ...raw
    },
    ctxFor(b, env(url)),
    { noConfig: true }
  );
  expectValidResult(r);
  return r;
}

describe("the run's evidence artifacts", () => {
  it('downloads every ci-intel-evidence-* artifact, keeps only evidence files, never sends the token to storage', async () => {
    const b = box();
    const r = await bundle(b, {});
    expect(r.summary).toMatch(/^bundled/);
    const manifest = (r.evidence as { manifest: { name: string }[] }).manifest.map((m) => m.name);
    expect(manifest).toContain(
      'artifact/ci-intel-evidence-provenance/results/slsa-verify-2026-12-01T10-00-00-000Z-1.json'
    );
    expect(manifest).toContain('local/results/workflow-policy-2026-12-01T10-00-00-000Z-1000.json');
    expect(manifest.some((m) => m.includes('staging') || m.includes('dist/'))).toBe(false);
    expect(r.outputs.gates.split(',').sort()).toEqual([
      'dr-freshness=pass',
      'pr-target-ban=pass',
      'referrer-presence=pass',
      'slsa-verify=pass',
      'workflow-policy=pass'
    ]);
    const e = (r.evidence as { artifacts: { expired: string[]; downloaded: unknown[] } }).artifacts;
    expect(e.expired).toEqual(['ci-intel-evidence-old']);
    expect(e.downloaded).toHaveLength(4);
    expect(
      JSON.parse(
        readFileSync(join(b.workspace, 'ci-intel-release-evidence/release-evidence.json'), 'utf8')
      ).run_id
    ).toBe('acme/widget/actions/runs/42/attempts/1');
    expect(
      gh.hits
        .filter((h) => h.path.includes('/artifacts'))
        .every((h) => h.authorization === `Bearer ${TOKEN}` || h.authorization === `token ${TOKEN}`)
    ).toBe(true);
    expect(gh.blobHits.length).toBeGreaterThanOrEqual(4);
    expect(gh.blobHits.every((h) => h.authorization === undefined)).toBe(true);
    expect(gh.schemaProblems).toEqual([]);
    expect(JSON.stringify(r)).not.toContain(TOKEN);
  });

  it('is error naming the artifact when one is not a zip, and when the API fails', async () => {
    const bad = await bundle(box(), { 'run-id': '43' });
    expect(bad.verdict).toBe('error');
    expect(bad.findings[0].message).toMatch(/ci-intel-evidence-broken/);
    gh.faults = [
      { kind: 'status', status: 500, path: '/repos/acme/widget/actions/runs/42/artifacts' }
    ];
    try {
      const down = await bundle(box(), {});
      expect(down.verdict).toBe('error');
      expect(down.findings[0].message).toMatch(/500/);
    } finally {
      gh.faults = [];
    }
  });
});

describe('the attestations API', () => {
  it('stores the bundle; evidence-verify finds it by the subject digest and admits it', async () => {
    const b = box();
    const ok = await runGate(
      makeEvidenceBundle(),
      {
        'subject-digest': IMAGE_DIGEST,
        'subject-name': 'ghcr.io/acme/widget',
        signing: 'key',
        'signing-key': KEYS.privatePem,
        token: TOKEN,
        'push-to-attestations': 'true',
        'artifact-pattern': ''
      },
      ctxFor(b, { GITHUB_API_URL: att.url }),
      { noConfig: true }
    );
    expect(ok.summary).toMatch(/^bundled/);
    expect(ok.outputs['attestation-id']).toMatch(/^\d+$/);
    const v = await runGate(
      evidenceVerify,
      {
        'subject-digest': IMAGE_DIGEST,
        lookup: 'attestations',
        signing: 'key',
        'verify-key': KEYS.publicPem,
        'require-gates': 'workflow-policy',
        token: TOKEN
      },
      ctxFor(b, { GITHUB_API_URL: att.url }),
      { noConfig: true }
    );
    expectValidResult(v);
    expect(v.summary).toMatch(/^admitted/);
    expect(
      att.hits.some((h) =>
        h.path.includes(
          `predicate_type=${encodeURIComponent('https://ci-intel.dev/release-evidence/v1')}`
        )
      )
    ).toBe(true);
    expect(att.schemaProblems).toEqual([]);
  });

  it('fails a bundle of another digest replayed under this one, and when there is none; errors when the API is down', async () => {
    const b = box();
    const other = `sha256:${'ef'.repeat(32)}`;
    await runGate(
      makeEvidenceBundle(),
      {
        'subject-digest': other,
        'subject-name': 'ghcr.io/acme/other',
        signing: 'key',
        'signing-key': KEYS.privatePem,
        'artifact-pattern': ''
      },
      ctxFor(b),
      { noConfig: true }
    );
    const target = `sha256:${'12'.repeat(32)}`;
    att.put(
      target,
      JSON.parse(readFileSync(join(b.workspace, 'ci-intel-release-evidence.sigstore.json'), 'utf8'))
    );
    const verify = (digest: string) =>
      runGate(
        evidenceVerify,
        {
          'subject-digest': digest,
          lookup: 'attestations',
          signing: 'key',
          'verify-key': KEYS.publicPem,
          'require-gates': 'workflow-policy',
          token: TOKEN
        },
        ctxFor(b, { GITHUB_API_URL: att.url }),
        { noConfig: true }
      );
    const replay = await verify(target);
    expect(replay.verdict).toBe('fail');
    expect(replay.findings.map((f) => f.rule)).toEqual(['evidence/subject-mismatch']);
    const none = await verify(`sha256:${'34'.repeat(32)}`);
    expect(none.verdict).toBe('fail');
    expect(none.findings.map((f) => f.rule)).toEqual(['evidence/no-evidence']);
    att.failWith = 502;
    try {
      const down = await verify(target);
      expect(down.verdict).toBe('error');
      expect(down.findings[0].message).toMatch(/502/);
    } finally {
      att.failWith = undefined;
    }
    expect(att.schemaProblems).toEqual([]);
  });
});
