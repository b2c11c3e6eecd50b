/**
 * Negative (and positive) policy cases on real Sigstore bundles minted offline with
 * @sigstore/mock, verified by the gate's own evaluate with a matching trusted root.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateContext } from '../../src/core/gate.js';
import type { GateResult } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { slsaVerify } from '../../src/gates/slsa-verify/index.js';
import { expectValidResult } from '../helpers/result-schema.js';
import {
  GOOD,
  mintBundle,
  mockTsaInstance,
  mockSigstore,
  provenanceFor,
  type BuildIdentity,
  type MockSigstore,
  type ProvenanceOptions,
  type Tamper
} from './mint.js';

const DIGEST = 'b'.repeat(64);
let mock: MockSigstore;
let other: MockSigstore;
let dir: string;
let n = 0;

beforeAll(async () => {
  mock = await mockSigstore();
  other = await mockSigstore();
  dir = mkdtempSync(join(tmpdir(), 'slsa-policy-'));
  writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(mock.trustedRoot));
});

function ctx(): GateContext {
  return {
    workspace: dir,
    tempDir: dir,
    env: {},
    now: () => new Date(),
    log: () => {},
    secret: () => {}
  };
}

/** Write minted bundles as one JSONL file and evaluate it. */
async function decideJsonl(
  bundles: Record<string, unknown>[],
  inputs: Record<string, string> = {}
): Promise<GateResult> {
  const file = `bundles-${n++}.jsonl`;
  writeFileSync(join(dir, file), bundles.map((b) => JSON.stringify(b)).join('\n') + '\n');
  const result = await runGate(
    slsaVerify,
    {
      bundle: file,
      'artifact-digest': `sha256:${DIGEST}`,
      'source-uri': 'github.com/acme/widget',
      'trusted-root': 'trusted_root.json',
      ...inputs
    },
    ctx()
  );
  expectValidResult(result);
  return result;
}

async function decide(
  id: BuildIdentity,
  inputs: Record<string, string> = {},
  opts: ProvenanceOptions & { tamper?: Tamper; ca?: MockSigstore } = {}
): Promise<GateResult> {
  const bundle = await mintBundle(opts.ca ?? mock, id, provenanceFor(id, opts), opts.tamper);
  const file = `bundle-${n++}.json`;
  writeFileSync(join(dir, file), JSON.stringify(bundle));
  const result = await runGate(
    slsaVerify,
    {
      bundle: file,
      'artifact-digest': `sha256:${DIGEST}`,
      'source-uri': 'github.com/acme/widget',
      'trusted-root': 'trusted_root.json',
      ...inputs
    },
    ctx()
  );
  expectValidResult(result);
  return result;
}

const rules = (r: GateResult) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
const messages = (r: GateResult) => r.findings.map((f) => f.message).join('\n');

describe('slsa-verify policy on minted bundles', () => {
  it('accepts the good identity and reports what the certificate proves', async () => {
    const r = await decide(GOOD, {
      'source-tag': 'v1.2.3',
      'signer-workflow': 'acme/widget/.github/workflows/release.yml'
    });
    expect(r.verdict).toBe('pass');
    expect(r.outputs['source-ref']).toBe('refs/tags/v1.2.3');
    expect(r.outputs['source-digest']).toBe('a'.repeat(40));
    expect(r.outputs['rekor-log-index']).toMatch(/^\d+$/);
    expect(JSON.parse(r.outputs['verified-subjects'])).toEqual([
      { name: 'widget.tgz', digest: `sha256:${DIGEST}`, artifact: `sha256:${DIGEST}` }
    ]);
    const ev = r.evidence as {
      provenances: { crypto: { tlog: { inclusionProof?: { rootHash: string } }[] } }[];
    };
    expect(ev.provenances[0].crypto.tlog[0].inclusionProof?.rootHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a fork (other repository) and names expected and actual', async () => {
    const fork = {
      ...GOOD,
      repo: 'evil/widget',
      signer: 'evil/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
      buildConfig: 'evil/widget/.github/workflows/release.yml@refs/tags/v1.2.3'
    };
    const r = await decide(fork);
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toContain('slsa/source-repository');
    expect(messages(r)).toContain(
      "certificate source repository: expected 'https://github.com/acme/widget', got 'https://github.com/evil/widget'"
    );
  });

  it.each([
    ['acme/widget-evil', 'a look-alike with a suffix'],
    ['acme/widge', 'a prefix of the name'],
    ['ACME/widget', 'another case']
  ])('rejects the look-alike repository %s (%s): comparisons are exact', async (repo) => {
    const id = {
      ...GOOD,
      repo,
      signer: `${repo}/.github/workflows/release.yml@refs/tags/v1.2.3`,
      buildConfig: `${repo}/.github/workflows/release.yml@refs/tags/v1.2.3`
    };
    const r = await decide(id);
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toContain('slsa/source-repository');
  });

  it('rejects source-uri that embeds a path or ref as an input error (never a substring match)', async () => {
    const r = await decide(GOOD, { 'source-uri': 'github.com/acme/widget@v1' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(/input 'source-uri'.*contains '@'/);
    const r2 = await decide(GOOD, { 'source-uri': 'evil/acme/widget' });
    expect(r2.verdict).toBe('error');
  });

  it('rejects another workflow of the same repository when signer-workflow pins one', async () => {
    const id = {
      ...GOOD,
      signer: 'acme/widget/.github/workflows/ci.yml@refs/tags/v1.2.3',
      buildConfig: 'acme/widget/.github/workflows/ci.yml@refs/tags/v1.2.3'
    };
    const r = await decide(id, { 'signer-workflow': 'acme/widget/.github/workflows/release.yml' });
    expect(r.verdict).toBe('fail');
    expect(messages(r)).toContain(
      "certificate signer workflow: expected 'https://github.com/acme/widget/.github/workflows/release.yml', got 'https://github.com/acme/widget/.github/workflows/ci.yml'"
    );
  });

  it('rejects a branch build when a tag is required, and another major tag', async () => {
    const branch = {
      ...GOOD,
      ref: 'refs/heads/main',
      signer: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
      buildConfig: 'acme/widget/.github/workflows/release.yml@refs/heads/main'
    };
    const r = await decide(branch, { 'source-versioned-tag': 'v1' });
    expect(r.verdict).toBe('fail');
    expect(messages(r)).toContain(
      "source versioned tag: expected a tag matching v1, got 'refs/heads/main' (not a tag build)"
    );
    const v2 = {
      ...GOOD,
      ref: 'refs/tags/v2.0.0',
      signer: 'acme/widget/.github/workflows/release.yml@refs/tags/v2.0.0',
      buildConfig: 'acme/widget/.github/workflows/release.yml@refs/tags/v2.0.0'
    };
    const r2 = await decide(v2, { 'source-versioned-tag': 'v1' });
    expect(messages(r2)).toContain(
      "source versioned tag: expected a tag matching v1, got 'refs/tags/v2.0.0'"
    );
    const r3 = await decide(v2, { 'source-versioned-tag': 'v2' });
    expect(r3.verdict).toBe('pass');
  });

  it('rejects a wrong issuer, and accepts it only when named exactly', async () => {
    const id = { ...GOOD, issuer: 'https://token.actions.githubusercontent.com/acme-ent' };
    const r = await decide(id);
    expect(r.verdict).toBe('fail');
    expect(messages(r)).toContain(
      "certificate OIDC issuer: expected 'https://token.actions.githubusercontent.com', got 'https://token.actions.githubusercontent.com/acme-ent'"
    );
    expect(r.findings.find((f) => f.rule === 'slsa/issuer')?.help).toMatch(/custom issuer/);
    expect(
      (
        await decide(id, {
          'cert-oidc-issuer': 'https://token.actions.githubusercontent.com/acme-ent'
        })
      ).verdict
    ).toBe('pass');
  });

  it('denies self-hosted runners by default, and certificates that do not say', async () => {
    const r = await decide({ ...GOOD, runner: 'self-hosted' });
    expect(messages(r)).toContain(
      "certificate runner environment: expected 'github-hosted', got 'self-hosted'"
    );
    expect(
      (await decide({ ...GOOD, runner: 'self-hosted' }, { 'deny-self-hosted-runners': 'false' }))
        .verdict
    ).toBe('pass');
  });

  it('rejects a provenance that lies about its repository, ref or workflow (cert is fine)', async () => {
    const r = await decide(
      GOOD,
      {},
      { workflow: { repository: 'https://github.com/someone/else' } }
    );
    expect(r.verdict).toBe('fail');
    expect(messages(r)).toContain(
      "predicate source repository = certificate: expected 'https://github.com/acme/widget', got 'https://github.com/someone/else'"
    );
    const r2 = await decide(GOOD, {}, { workflow: { ref: 'refs/tags/v9.9.9' } });
    expect(messages(r2)).toContain(
      "predicate source ref = certificate: expected 'refs/tags/v1.2.3', got 'refs/tags/v9.9.9'"
    );
    const r3 = await decide(GOOD, {}, { workflow: { path: '.github/workflows/other.yml' } });
    expect(messages(r3)).toContain('predicate workflow path = certificate build config');
    const r4 = await decide(
      GOOD,
      {},
      {
        builderId:
          'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0'
      }
    );
    expect(rules(r4)).toContain('slsa/predicate-mismatch');
  });

  it('rejects an artifact that no subject covers, and an unwanted predicate type', async () => {
    const r = await decide(GOOD, { 'artifact-digest': `sha256:${'c'.repeat(64)}` });
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toEqual(['slsa/subject']);
    expect(messages(r)).toContain(`expected sha256:${'c'.repeat(64)}`);
    const r2 = await decide(GOOD, {}, { predicateType: 'https://spdx.dev/Document' });
    expect(rules(r2)).toEqual(['slsa/no-provenance']);
    expect(messages(r2)).toContain(
      'predicate type: expected https://slsa.dev/provenance/v1, got https://spdx.dev/Document'
    );
  });

  it.each([
    ['payload', 'TLOG_BODY_ERROR: DSSE payload hash mismatch'],
    ['signature', 'TLOG_BODY_ERROR: tlog entry signature mismatch'],
    ['certificate', 'CERTIFICATE_ERROR: Failed to verify certificate chain']
  ] as const)('rejects a tampered %s as a signature failure (%s)', async (tamper, why) => {
    const r = await decide(GOOD, {}, { tamper });
    expect(r.verdict).toBe('fail');
    expect(rules(r)[0]).toBe('slsa/signature');
    expect(r.findings[0].message).toContain(why);
  });

  it('rejects a bundle from an untrusted CA and Rekor', async () => {
    const r = await decide(GOOD, {}, { ca: other });
    expect(r.verdict).toBe('fail');
    expect(rules(r)[0]).toBe('slsa/signature');
  });

  it('requires a reusable-workflow builder to be named and pinned at vX.Y.Z', async () => {
    const builder = 'octo/builders/.github/workflows/build.yml';
    const at = (ref: string) => ({ ...GOOD, signer: `${builder}@${ref}` });
    const unnamed = await decide(at('refs/tags/v1.0.0'));
    expect(rules(unnamed)).toContain('slsa/signer');
    const ok = await decide(at('refs/tags/v1.0.0'), {
      'builder-id': `https://github.com/${builder}@v1.0.0`
    });
    expect(ok.verdict).toBe('pass');
    expect(ok.outputs['builder-id']).toBe(`https://github.com/${builder}@refs/tags/v1.0.0`);
    const otherVersion = await decide(at('refs/tags/v1.0.0'), {
      'builder-id': `https://github.com/${builder}@v2.0.0`
    });
    expect(rules(otherVersion)).toContain('slsa/builder');
    const sha = await decide(at('0123456789abcdef0123456789abcdef01234567'), {
      'builder-id': `https://github.com/${builder}`
    });
    expect(messages(sha)).toContain(
      "builder ref: expected refs/tags/vX.Y.Z, got '0123456789abcdef0123456789abcdef01234567'"
    );
    const branch = await decide(at('refs/heads/main'), {
      'builder-id': `https://github.com/${builder}`
    });
    expect(rules(branch)).toContain('slsa/builder-ref');
  });

  it('reads pre-2023 certificates (deprecated OIDs only) and rejects disagreeing OIDs', async () => {
    const old = await decide({ ...GOOD, legacy: 'only' }, { 'deny-self-hosted-runners': 'false' });
    expect(old.verdict).toBe('pass');
    const ev = old.evidence as { provenances: { certificate: { oidVersion: string } }[] };
    expect(ev.provenances[0].certificate.oidVersion).toBe('legacy');
    expect((await decide({ ...GOOD, legacy: 'also' })).verdict).toBe('pass');
    const split = await decide({ ...GOOD, legacy: 'also', legacyRepo: 'evil/widget' });
    expect(split.verdict).toBe('fail');
    expect(messages(split)).toContain(
      "deprecated .1.5 says 'https://github.com/evil/widget' but the current OID says 'https://github.com/acme/widget'"
    );
  });

  it('uses the provenance that meets the policy and notes the others; a tampered one still fails', async () => {
    const fork = {
      ...GOOD,
      repo: 'evil/widget',
      signer: 'evil/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
      buildConfig: 'evil/widget/.github/workflows/release.yml@refs/tags/v1.2.3'
    };
    const good = await mintBundle(mock, GOOD, provenanceFor(GOOD));
    const other = await mintBundle(mock, fork, provenanceFor(fork));
    const mixed = await decideJsonl([other, good]);
    expect(mixed.verdict).toBe('pass');
    expect(
      mixed.findings.filter((f) => f.rule === 'slsa/source-repository').map((f) => f.severity)
    ).toEqual(['note', 'note']);
    const tampered = await mintBundle(mock, GOOD, provenanceFor(GOOD), 'signature');
    const withTampered = await decideJsonl([good, tampered]);
    expect(withTampered.verdict).toBe('fail');
    expect(rules(withTampered)).toEqual(['slsa/signature']);
  });

  it('requires every artifact to be a subject', async () => {
    const two = provenanceFor(GOOD, {
      subjects: [
        { name: 'a', digest: { sha256: DIGEST } },
        { name: 'b', digest: { sha512: 'd'.repeat(128) } }
      ]
    });
    const bundle = await mintBundle(mock, GOOD, two);
    const both = await decideJsonl([bundle], {
      'artifact-digest': `sha256:${DIGEST}\nsha512:${'d'.repeat(128)}`
    });
    expect(both.verdict).toBe('pass');
    expect(
      JSON.parse(both.outputs['verified-subjects']).map((s: { name: string }) => s.name)
    ).toEqual(['a', 'b']);
    const oneMissing = await decideJsonl([bundle], {
      'artifact-digest': `sha256:${DIGEST}, sha256:${'e'.repeat(64)}`
    });
    expect(oneMissing.verdict).toBe('fail');
    expect(messages(oneMissing)).toContain(`subject digest of sha256:${'e'.repeat(64)}`);
  });

  it('checks BYOB: the delegator signs, the trusted builder named in the provenance is matched and pinned', async () => {
    const delegator =
      'slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml';
    const trw = 'https://github.com/acme/builders/.github/workflows/trw.yml';
    const id = { ...GOOD, signer: `${delegator}@refs/tags/v2.1.0` };
    const byob = (builderId: string) => decide(id, { 'builder-id': trw }, { builderId });
    expect((await byob(`${trw}@refs/tags/v1.0.0`)).verdict).toBe('pass');
    const branch = await byob(`${trw}@refs/heads/main`);
    expect(messages(branch)).toContain(
      "builder ref: expected refs/tags/vX.Y.Z, got 'refs/heads/main'"
    );
    const otherTrw = await byob(
      'https://github.com/evil/builders/.github/workflows/trw.yml@refs/tags/v1.0.0'
    );
    expect(rules(otherTrw)).toContain('slsa/builder');
    const unpinnedDelegator = await decide(
      { ...id, signer: `${delegator}@refs/heads/main` },
      { 'builder-id': trw },
      { builderId: `${trw}@refs/tags/v1.0.0` }
    );
    expect(rules(unpinnedDelegator)).toContain('slsa/builder-ref');
    const unnamed = await decide(id, {}, { builderId: `${trw}@refs/tags/v1.0.0` });
    expect(rules(unnamed)).toContain('slsa/signer');
  });

  it('verifies a TSA-timestamped bundle (GitHub private-repository shape) under a JSONL of trusted roots', async () => {
    const gh = await mockTsaInstance();
    const bundle = await mintBundle(gh, GOOD, provenanceFor(GOOD));
    const both = 'roots.jsonl';
    writeFileSync(
      join(dir, both),
      `${JSON.stringify(mock.trustedRoot)}\n${JSON.stringify(gh.trustedRoot)}\n`
    );
    const ok = await decideJsonl([bundle], { 'trusted-root': both });
    expect(ok.verdict).toBe('pass');
    const ev = ok.evidence as {
      provenances: { crypto: { rfc3161Timestamps: number; tlog: unknown[]; trustRoot: string } }[];
    };
    expect(ev.provenances[0].crypto).toMatchObject({
      rfc3161Timestamps: 1,
      tlog: [],
      trustRoot: 'roots.jsonl:2'
    });
    // Under the public-good-shaped root alone the same bundle has no Rekor entry and fails.
    const only = await decideJsonl([bundle], { 'trusted-root': 'trusted_root.json' });
    expect(only.verdict).toBe('fail');
    expect(messages(only)).toMatch(/TIMESTAMP_ERROR|tlog/);
    // A bundle of the public-good-shaped instance still verifies under the JSONL (first root).
    const pg = await decideJsonl([await mintBundle(mock, GOOD, provenanceFor(GOOD))], {
      'trusted-root': both
    });
    expect(pg.verdict).toBe('pass');
    // And a TSA bundle whose signature was altered fails under every root, naming each.
    const bad = await decideJsonl([await mintBundle(gh, GOOD, provenanceFor(GOOD), 'signature')], {
      'trusted-root': both
    });
    expect(bad.verdict).toBe('fail');
    expect(messages(bad)).toContain('[roots.jsonl:1]');
    expect(messages(bad)).toContain('[roots.jsonl:2]');
  });
});
