/**
 * The core path through the pure logic: collect → canonical bundle → sign (Ed25519 key, and
 * keyless against @sigstore/mock Fulcio/CT log/Rekor and Fulcio/TSA over HTTP on 127.0.0.1) →
 * evidence-verify with its truth table, plus the adversarial cases.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGate } from '../../src/core/run-gate.js';
import { canonicalJson } from '../../src/evidence/canonical.js';
import { buildEvidence } from '../../src/evidence/build.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../src/evidence/format.js';
import { signWithKey, verifyWithKey } from '../../src/evidence/key-bundle.js';
import { localPieces } from '../../src/evidence/pieces.js';
import { makeStatement } from '../../src/evidence/statement.js';
import { makeEvidenceBundle } from '../../src/gates/evidence-bundle/index.js';
import { evidenceVerify } from '../../src/gates/evidence-verify/index.js';
import { loadPrivateKey, loadPublicKey } from '../../src/signing/ed25519.js';
import {
  RELEASE_JOB,
  sigstoreStack,
  type JobClaims,
  type SigstoreStack
} from '../cache-sentinel/sigstore-stack.js';
import { expectValidResult } from '../helpers/result-schema.js';
import {
  allPass,
  ctxFor,
  ed25519Pem,
  IMAGE_DIGEST,
  RELEASE_GATES,
  sandbox,
  SEVEN,
  type Sandbox
} from './fixtures.js';
import { tsaStack, type TsaStack } from './tsa-stack.js';

const KEYS = ed25519Pem();
const OTHER = ed25519Pem();
const sandboxes: Sandbox[] = [];
const sb = (v = allPass()) => {
  const s = sandbox(v);
  sandboxes.push(s);
  return s;
};
afterAll(() => sandboxes.forEach((s) => rmSync(s.root, { recursive: true, force: true })));

const TAG_JOB: JobClaims = {
  ...RELEASE_JOB,
  ref: 'refs/tags/v1.2.3',
  job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3'
};

async function bundleWith(
  s: Sandbox,
  raw: Record<string, string>,
  env: Record<string, string> = {},
  deps = {}
) {
  const r = await runGate(
    makeEvidenceBundle(deps),
    {
      'subject-path': 'dist/*.tgz',
      'subject-digest': IMAGE_DIGEST,
      'subject-name': 'ghcr.io/acme/widget',
      'artifact-pattern': '',
      ...raw
    },
    ctxFor(s, env),
    { noConfig: true }
  );
  expectValidResult(r);
  return r;
}

async function keyBundle(s: Sandbox, extra: Record<string, string> = {}) {
  return bundleWith(s, { signing: 'key', 'signing-key': KEYS.privatePem, ...extra });
}

async function verify(s: Sandbox, raw: Record<string, string>, env: Record<string, string> = {}) {
  const r = await runGate(
    evidenceVerify,
    {
      bundle: 'ci-intel-release-evidence.sigstore.json',
      'evidence-dir': 'ci-intel-release-evidence',
      ...raw
    },
    ctxFor(s, env),
    { noConfig: true }
  );
  expectValidResult(r);
  return r;
}
const keyVerify = (s: Sandbox, extra: Record<string, string> = {}) =>
  verify(s, {
    signing: 'key',
    'verify-key': KEYS.publicPem,
    'subject-path': 'dist/widget-1.2.3.tgz',
    ...extra
  });
const rules = (r: { findings: { rule: string }[] }) => r.findings.map((f) => f.rule);

describe('the bundle', () => {
  it('is canonical and digest-addressed: the same inputs give byte-identical output', async () => {
    const a = sb();
    const b = sb();
    const ra = await keyBundle(a);
    const rb = await keyBundle(b);
    expect(ra.verdict).toBe('pass');
    const file = (s: Sandbox, f: string) => readFileSync(join(s.workspace, f));
    expect(
      file(a, 'ci-intel-release-evidence/release-evidence.json').equals(
        file(b, 'ci-intel-release-evidence/release-evidence.json')
      )
    ).toBe(true);
    // Ed25519 is deterministic: the whole signed bundle is byte-identical too.
    expect(
      file(a, 'ci-intel-release-evidence.sigstore.json').equals(
        file(b, 'ci-intel-release-evidence.sigstore.json')
      )
    ).toBe(true);
    expect(ra.outputs['bundle-digest']).toBe(rb.outputs['bundle-digest']);
    expect(ra.outputs.pieces).toBe(String(SEVEN.length + 2));
  });

  it('lists every piece by sha256 with its media type, and the plan fields from what the gates proved', () => {
    const s = sb();
    const built = buildEvidence(localPieces(s.hubDir), {
      runId: 'acme/widget/actions/runs/7/attempts/1',
      repository: 'acme/widget'
    });
    const e = built.evidence;
    expect(e.manifest.map((m) => m.name)).toEqual([...e.manifest.map((m) => m.name)].sort());
    expect(e.manifest.find((m) => m.name === 'local/policies.ndjson')?.mediaType).toBe(
      'application/vnd.ci-intel.policies.v1+x-ndjson'
    );
    expect(e.manifest.every((m) => /^sha256:[0-9a-f]{64}$/.test(m.digest))).toBe(true);
    expect(e.gates.map((g) => g.gate)).toEqual([...SEVEN].sort());
    expect(e.image_digest).toBe(IMAGE_DIGEST);
    expect(e.sbom_uri).toBe(`oci://ghcr.io/acme/widget@sha256:${'d'.repeat(64)}`);
    expect(e.rekor_uuid).toBe('123456');
    expect(e.drill).toMatchObject({ rpo_s: 60, rto_s: 300, result: 'pass' });
    expect(e.policies.every((p) => p.result === 'allow' && p.inputs?.startsWith('sha256:'))).toBe(
      true
    );
    expect(e.config_digests).toEqual([`sha256:${'c'.repeat(64)}`]);
    expect(canonicalJson(JSON.parse(built.bytes.toString()))).toBe(built.bytes.toString());
  });

  it('records failing gates (the bundle is built even when a gate failed) and refuses an empty run', async () => {
    const s = sb({ ...allPass(), 'slsa-verify': 'fail' });
    const r = await keyBundle(s);
    expect(r.verdict).toBe('pass');
    expect(r.outputs.gates).toContain('slsa-verify=fail');
    expect(rules(r)).toContain('evidence-bundle/gate-not-passing');
    const empty = sb({});
    const e = await keyBundle(empty);
    expect(e.verdict).toBe('error');
    expect(e.summary).toMatch(/no gate result to bundle/);
  });

  it('refuses keyless signing outside a job with an OIDC token, naming the fix', async () => {
    const r = await bundleWith(sb(), { signing: 'sigstore' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(/id-token: write/);
  });
});

describe('evidence-verify with an Ed25519 key', () => {
  it('admits the subject: signature, predicate, subject, pieces and the truth table', async () => {
    const s = sb();
    await keyBundle(s);
    const r = await keyVerify(s, { 'vsa-file': 'vsa.json' });
    expect(r.summary).toMatch(/^admitted/);
    expect(r.verdict).toBe('pass');
    expect(r.outputs.gates).toBe(RELEASE_GATES.map((g) => `${g}=pass`).join(','));
    const vsa = JSON.parse(readFileSync(join(s.workspace, 'vsa.json'), 'utf8'));
    expect(vsa.predicateType).toBe('https://slsa.dev/verification_summary/v1');
    expect(vsa.predicate.verificationResult).toBe('PASSED');
    expect(vsa.subject[0].name).toBe('widget-1.2.3.tgz');
    // The image digest is a subject too.
    expect(
      (await keyVerify(s, { 'subject-path': '', 'subject-digest': IMAGE_DIGEST })).verdict
    ).toBe('pass');
  });

  it('signs the Verification Summary when asked, and writes FAILED for a refused subject', async () => {
    const s = sb({ ...allPass(), 'dr-freshness': 'fail' });
    await keyBundle(s);
    const r = await keyVerify(s, {
      'vsa-file': 'vsa.json',
      'vsa-signing': 'key',
      'vsa-signing-key': OTHER.privatePem
    });
    expect(r.verdict).toBe('fail');
    expect(r.outputs['vsa-bundle']).toMatch(/vsa\.json\.sigstore\.json$/);
    const signed = verifyWithKey(
      JSON.parse(readFileSync(r.outputs['vsa-bundle'], 'utf8')),
      loadPublicKey(OTHER.publicPem)
    );
    expect(signed.payload.equals(readFileSync(join(s.workspace, 'vsa.json')))).toBe(true);
    const vsa = JSON.parse(signed.payload.toString());
    expect([vsa.predicateType, vsa.predicate.verificationResult]).toEqual([
      'https://slsa.dev/verification_summary/v1',
      'FAILED'
    ]);
    expect(vsa.predicate.inputAttestations[0].digest.sha256).toMatch(/^[0-9a-f]{64}$/);
    const noKey = await keyVerify(s, { 'vsa-file': 'vsa.json', 'vsa-signing': 'key' });
    expect(noKey.verdict).toBe('error');
    expect(noKey.findings[0].message).toMatch(/vsa-signing-key/);
  });

  it('fails on a tampered piece, naming it', async () => {
    const s = sb();
    await keyBundle(s);
    const piece = join(s.workspace, 'ci-intel-release-evidence/local/policies.ndjson');
    writeFileSync(piece, readFileSync(piece, 'utf8').replace('"deny"', '"allow"') + '{"id":"x"}\n');
    const r = await keyVerify(s);
    expect(r.verdict).toBe('fail');
    expect(r.findings.find((f) => f.rule === 'evidence/piece-mismatch')?.message).toMatch(
      /local\/policies.ndjson/
    );
    rmSync(piece);
    const gone = await keyVerify(s);
    expect(gone.findings.find((f) => f.rule === 'evidence/piece-mismatch')?.message).toMatch(
      /missing.*local\/policies.ndjson|local\/policies.ndjson.*missing/
    );
  });

  it('fails on a swapped manifest (another statement under the old signature)', async () => {
    const s = sb();
    await keyBundle(s);
    const file = join(s.workspace, 'ci-intel-release-evidence.sigstore.json');
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    const stmt = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    stmt.predicate.manifest[0].digest = `sha256:${'0'.repeat(64)}`;
    bundle.dsseEnvelope.payload = Buffer.from(canonicalJson(stmt)).toString('base64');
    writeFileSync(file, JSON.stringify(bundle));
    const r = await keyVerify(s);
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toEqual(['evidence/bad-signature']);
  });

  it('fails a bundle for another digest replayed for this subject', async () => {
    const s = sb();
    await keyBundle(s, { 'subject-path': 'dist/widget-1.2.3.sha256' });
    const r = await keyVerify(s);
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toEqual(['evidence/subject-mismatch']);
  });

  it('fails when a required gate is missing or did not pass', async () => {
    const missing = sb({
      'pr-target-ban': 'pass',
      'workflow-policy': 'pass',
      'slsa-verify': 'pass',
      'referrer-presence': 'pass'
    });
    await keyBundle(missing);
    const m = await keyVerify(missing);
    expect(m.verdict).toBe('fail');
    expect(m.findings.map((f) => [f.rule, f.message.split(' ')[2]])).toEqual([
      ['evidence/gate-missing', 'dr-freshness']
    ]);
    const failing = sb({ ...allPass(), 'workflow-policy': 'fail', 'dr-freshness': 'error' });
    await keyBundle(failing);
    const f = await keyVerify(failing);
    expect(f.verdict).toBe('fail');
    expect(
      f.findings
        .filter((x) => x.rule === 'evidence/gate-not-passing')
        .map((x) => x.message.split(' ')[2])
    ).toEqual(['workflow-policy', 'dr-freshness']);
    expect(f.outputs.gates).toContain('workflow-policy=fail');
    // Narrowing require-gates to what passed admits it: the truth table comes from the input/config.
    expect(
      (await keyVerify(failing, { 'require-gates': 'pr-target-ban, slsa-verify' })).verdict
    ).toBe('pass');
  });

  it('fails another key, and a wrong predicate type', async () => {
    const s = sb();
    await keyBundle(s);
    const other = await keyVerify(s, { 'verify-key': OTHER.publicPem });
    expect(rules(other)).toEqual(['evidence/untrusted-signer']);
    // A validly signed statement of another predicate type about the same subject.
    const stmt = JSON.parse(
      makeStatement(
        [{ name: 'widget-1.2.3.tgz', digest: { sha256: 'x' } }],
        JSON.parse(
          readFileSync(join(s.workspace, 'ci-intel-release-evidence/release-evidence.json'), 'utf8')
        )
      ).toString()
    );
    const subject = JSON.parse(
      Buffer.from(
        JSON.parse(
          readFileSync(join(s.workspace, 'ci-intel-release-evidence.sigstore.json'), 'utf8')
        ).dsseEnvelope.payload,
        'base64'
      ).toString()
    ).subject;
    stmt.subject = subject;
    stmt.predicateType = 'https://slsa.dev/provenance/v1';
    writeFileSync(
      join(s.workspace, 'other.json'),
      JSON.stringify(
        signWithKey(
          Buffer.from(canonicalJson(stmt)),
          IN_TOTO_PAYLOAD_TYPE,
          loadPrivateKey(KEYS.privatePem)
        )
      )
    );
    const wrong = await keyVerify(s, { bundle: 'other.json' });
    expect(rules(wrong)).toEqual(['evidence/wrong-predicate']);
  });

  it('is error, never pass, on a truncated bundle, and fail when nothing is required', async () => {
    const s = sb();
    await keyBundle(s);
    const file = join(s.workspace, 'ci-intel-release-evidence.sigstore.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const r = await keyVerify(s);
    expect(r.verdict).toBe('error');
    expect(rules(r)).toEqual(['input/invalid-document']);
    writeFileSync(file, text);
    const none = await keyVerify(s, { 'require-gates': ',' });
    expect(none.verdict).toBe('error');
  });
});

describe('keyless: public-good shape (Fulcio, CT log, Rekor) from @sigstore/mock', () => {
  let stack: SigstoreStack;
  beforeAll(async () => {
    stack = await sigstoreStack();
  });
  afterAll(async () => stack?.close());

  const env = () => ({
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenURL,
    CI_INTEL_FULCIO_URL: stack.fulcioURL,
    CI_INTEL_REKOR_URL: stack.rekorURL
  });
  const idToken = async () =>
    ((await (await fetch(stack.tokenURL)).json()) as { value: string }).value;

  async function signAs(claims: JobClaims): Promise<Sandbox> {
    stack.claims = claims;
    const s = sb();
    const r = await bundleWith(
      s,
      { signing: 'sigstore', 'sigstore-instance': 'public-good' },
      env(),
      { idToken }
    );
    expect(r.summary).toMatch(/signed with sigstore public-good/);
    expect(r.verdict).toBe('pass');
    writeFileSync(join(s.workspace, 'trusted_root.json'), JSON.stringify(stack.trustedRoot));
    return s;
  }
  const keyless = (s: Sandbox, extra: Record<string, string> = {}) =>
    verify(s, {
      'trusted-root': 'trusted_root.json',
      'subject-path': 'dist/widget-1.2.3.tgz',
      repository: 'acme/widget',
      ...extra
    });

  it('admits evidence signed by release.yml at a v* tag, with a Rekor entry', async () => {
    const s = await signAs(TAG_JOB);
    const r = await keyless(s);
    expect(r.summary).toMatch(/^admitted/);
    expect(r.outputs.signer).toBe(
      'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3'
    );
    const crypto = (r.evidence as { chosen: { crypto: { tlog: unknown[] } } }).chosen.crypto;
    expect(crypto.tlog).toHaveLength(1);
  });

  it.each([
    [
      'a look-alike repository',
      {
        repository: 'acme/widget-evil',
        job_workflow_ref: 'acme/widget-evil/.github/workflows/release.yml@refs/tags/v1.2.3'
      },
      /acme\/widget-evil/
    ],
    [
      'a look-alike owner',
      {
        repository: 'acme-evil/widget',
        job_workflow_ref: 'acme-evil/widget/.github/workflows/release.yml@refs/tags/v1.2.3'
      },
      /acme-evil/
    ],
    [
      'a look-alike workflow',
      { job_workflow_ref: 'acme/widget/.github/workflows/release.yml.bak.yml@refs/tags/v1.2.3' },
      /release\.yml\.bak/
    ],
    [
      'a branch (untagged ref)',
      {
        ref: 'refs/heads/main',
        job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main'
      },
      /refs\/heads\/main/
    ],
    [
      'a tag not starting with v',
      {
        ref: 'refs/tags/nightly',
        job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/nightly'
      },
      /refs\/tags\/nightly/
    ],
    [
      'a v* tag with a slash',
      {
        ref: 'refs/tags/v1/evil',
        job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1/evil'
      },
      /v1\/evil/
    ]
  ])('fails a signer from %s', async (_what, claims, pattern) => {
    const s = await signAs({ ...TAG_JOB, ...claims });
    const r = await keyless(s);
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toEqual(['evidence/untrusted-signer']);
    expect(r.findings[0].message).toMatch(pattern);
  });

  it('fails a bundle from another Sigstore instance, and a keyless bundle checked with verify-key', async () => {
    const s = await signAs(TAG_JOB);
    const rogue = await sigstoreStack();
    writeFileSync(join(s.workspace, 'rogue_root.json'), JSON.stringify(rogue.trustedRoot));
    await rogue.close();
    const r = await keyless(s, { 'trusted-root': 'rogue_root.json' });
    expect(rules(r)).toEqual(['evidence/bad-signature']);
    const k = await verify(s, {
      signing: 'key',
      'verify-key': KEYS.publicPem,
      'subject-path': 'dist/widget-1.2.3.tgz'
    });
    expect(rules(k)).toEqual(['evidence/untrusted-signer']);
  });
});

describe("keyless: GitHub's private instance shape (Fulcio + RFC 3161 TSA, no Rekor)", () => {
  let stack: TsaStack;
  beforeAll(async () => {
    stack = await tsaStack(TAG_JOB);
  });
  afterAll(async () => stack?.close());

  it('signs with a timestamp instead of a Rekor entry, and verifies on it', async () => {
    const s = sb();
    const idToken = async () =>
      ((await (await fetch(stack.tokenURL)).json()) as { value: string }).value;
    writeFileSync(join(s.root, 'event.json'), JSON.stringify({ repository: { private: true } }));
    const r = await bundleWith(
      s,
      { signing: 'sigstore' },
      {
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenURL,
        GITHUB_EVENT_PATH: join(s.root, 'event.json'),
        CI_INTEL_FULCIO_URL: stack.fulcioURL,
        CI_INTEL_TSA_URL: stack.tsaURL
      },
      { idToken }
    );
    expect(r.summary).toMatch(/sigstore github/);
    expect(r.verdict).toBe('pass');
    const bundle = JSON.parse(
      readFileSync(join(s.workspace, 'ci-intel-release-evidence.sigstore.json'), 'utf8')
    );
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    writeFileSync(join(s.workspace, 'github_root.json'), JSON.stringify(stack.trustedRoot));
    const v = await verify(s, {
      'trusted-root': 'github_root.json',
      'subject-path': 'dist/widget-1.2.3.tgz',
      repository: 'acme/widget'
    });
    expect(v.summary).toMatch(/^admitted/);
    const crypto = (v.evidence as { chosen: { crypto: { rfc3161Timestamps: number } } }).chosen
      .crypto;
    expect(crypto.rfc3161Timestamps).toBe(1);
  });
});
