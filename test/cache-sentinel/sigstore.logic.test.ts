/** signing: sigstore in-process: the verifier's checks one by one, and the gate's input handling. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runGate } from '../../src/core/run-gate.js';
import { makeCacheSentinel } from '../../src/gates/cache-sentinel/index.js';
import { signEd25519, loadPrivateKey } from '../../src/signing/ed25519.js';
import { SignatureError } from '../../src/signing/signature.js';
import {
  GITHUB_ACTIONS_ISSUER,
  SigstoreSigner,
  SigstoreVerifier
} from '../../src/signing/sigstore.js';
import { trustFromJSON } from '../../src/sigstore/trust.js';
import { GOOD, mintBundle, mockSigstore, provenanceFor } from '../slsa-verify/mint.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { ctxFor, newKey, PUSH_MAIN, sandbox } from './fixtures.js';
import {
  oidcToken,
  RELEASE_JOB,
  sigstoreStack,
  type JobClaims,
  type SigstoreStack
} from './sigstore-stack.js';

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await sigstoreStack();
});
afterAll(async () => {
  await stack?.close();
});

const MANIFEST = Buffer.from('{"schema":"ci-intel.cache-manifest.v1","key":"k"}\n');
const DEFAULT_POLICY = {
  identity: 'https://github.com/acme/widget/.github/workflows/*',
  issuer: GITHUB_ACTIONS_ISSUER
};

async function signedBy(claims: JobClaims, bytes: Buffer = MANIFEST): Promise<Buffer> {
  const doc = await new SigstoreSigner({
    getToken: async () => oidcToken(claims),
    fulcioURL: stack.fulcioURL,
    rekorURL: stack.rekorURL,
    timeoutMs: 10_000
  }).sign(bytes);
  return Buffer.from(JSON.stringify(doc));
}

function verifier(policy = DEFAULT_POLICY): SigstoreVerifier {
  return new SigstoreVerifier([trustFromJSON(stack.trustedRoot, 'mock root')], policy);
}

async function rejection(p: Promise<unknown>): Promise<SignatureError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(SignatureError);
  return err as SignatureError;
}

describe('SigstoreVerifier', () => {
  it('returns the certificate identity and the claims the entry binding checks', async () => {
    const id = await verifier().verify(MANIFEST, await signedBy(RELEASE_JOB));
    expect(id).toEqual({
      type: 'sigstore',
      id: 'https://github.com/acme/widget/.github/workflows/ci.yml@refs/heads/main',
      claims: {
        issuer: GITHUB_ACTIONS_ISSUER,
        ref: 'refs/heads/main',
        event: 'push',
        repository: 'acme/widget',
        runUrl: 'https://github.com/acme/widget/actions/runs/100/attempts/1'
      }
    });
  });

  it('lets * in the identity glob span / but not leave the repository', async () => {
    const sig = await signedBy(RELEASE_JOB);
    await expect(
      verifier({
        ...DEFAULT_POLICY,
        identity: 'https://github.com/acme/*/.github/workflows/ci.yml@refs/heads/*'
      }).verify(MANIFEST, sig)
    ).resolves.toMatchObject({ type: 'sigstore' });
    const e = await rejection(
      verifier({
        ...DEFAULT_POLICY,
        identity: 'https://github.com/acme/widget-fork/.github/workflows/*'
      }).verify(MANIFEST, sig)
    );
    expect(e.reason).toBe('untrusted-signer');
  });

  it('refuses a certificate from another OIDC issuer', async () => {
    const e = await rejection(
      verifier({ ...DEFAULT_POLICY, issuer: 'https://issuer.example' }).verify(
        MANIFEST,
        await signedBy(RELEASE_JOB)
      )
    );
    expect(e.message).toBe(
      `certificate issuer is ${GITHUB_ACTIONS_ISSUER}; expected https://issuer.example`
    );
  });

  it('refuses an Ed25519 signature document where a bundle is expected', async () => {
    const key = newKey();
    const doc = Buffer.from(JSON.stringify(signEd25519(MANIFEST, loadPrivateKey(key.privatePem))));
    const e = await rejection(verifier().verify(MANIFEST, doc));
    expect(e.reason).toBe('untrusted-signer');
    expect(e.message).toMatch(/expected a sigstore bundle \(signing: sigstore\), got an ed25519/);
  });

  it('refuses a valid bundle over another payload type (an in-toto attestation)', async () => {
    const mock = await mockSigstore();
    const bundle = await mintBundle(mock, GOOD, provenanceFor(GOOD));
    const doc = Buffer.from(
      JSON.stringify({ schema: 'ci-intel.cache-signature.v1', type: 'sigstore', bundle })
    );
    const v = new SigstoreVerifier([trustFromJSON(mock.trustedRoot, 'slsa mock')], DEFAULT_POLICY);
    const e = await rejection(v.verify(MANIFEST, doc));
    expect(e.reason).toBe('bad-signature');
    expect(e.message).toMatch(
      /payload type is "application\/vnd.in-toto\+json"; expected application\/vnd.ci-intel.cache-manifest.v1\+json/
    );
  });

  it('refuses a bundle whose signature was flipped', async () => {
    const sig = JSON.parse((await signedBy(RELEASE_JOB)).toString());
    const raw = Buffer.from(sig.bundle.dsseEnvelope.signatures[0].sig, 'base64');
    raw[raw.length - 1] ^= 1;
    sig.bundle.dsseEnvelope.signatures[0].sig = raw.toString('base64');
    const e = await rejection(verifier().verify(MANIFEST, Buffer.from(JSON.stringify(sig))));
    expect(e.message).toMatch(/did not verify against mock root/);
  });

  it('refuses a missing signature', async () => {
    const e = await rejection(verifier().verify(MANIFEST, undefined));
    expect(e.reason).toBe('missing-signature');
  });
});

describe('cache-sentinel gate with signing: sigstore (in-process)', () => {
  const inputs = (sb: ReturnType<typeof sandbox>, extra: Record<string, string>) => ({
    path: 'deps',
    key: 'deps-v1',
    'default-branch': 'main',
    signing: 'sigstore',
    backend: `dir:${sb.store}`,
    ...extra
  });

  it('save outside a workflow job (no OIDC token) is an error naming signing', async () => {
    const sb = sandbox();
    const r = await runGate(
      makeCacheSentinel(),
      inputs(sb, { operation: 'save' }),
      ctxFor(sb, PUSH_MAIN)
    );
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    expect(r.summary).toMatch(/input 'signing'.*id-token: write/);
  });

  it('restore without GITHUB_REPOSITORY needs an explicit signer', async () => {
    const sb = sandbox();
    const env: Record<string, string> = { ...PUSH_MAIN };
    delete env.GITHUB_REPOSITORY;
    const r = await runGate(
      makeCacheSentinel(),
      inputs(sb, { operation: 'restore' }),
      ctxFor(sb, env)
    );
    expect(r.verdict).toBe('error');
    expect(r.summary).toMatch(/input 'signer': is required outside a workflow job/);
  });

  it('signs with the token provider it is given, asking for audience sigstore', async () => {
    const sb = sandbox();
    const asked: string[] = [];
    const gate = makeCacheSentinel({
      idToken: async (aud) => {
        asked.push(aud);
        return oidcToken(RELEASE_JOB);
      }
    });
    const env = {
      ...PUSH_MAIN,
      GITHUB_ACTIONS: 'true',
      CI_INTEL_FULCIO_URL: stack.fulcioURL,
      CI_INTEL_REKOR_URL: stack.rekorURL
    };
    const r = await runGate(gate, inputs(sb, { operation: 'save' }), ctxFor(sb, env));
    expect(r.verdict).toBe('pass');
    expect(asked).toEqual(['sigstore']);
    expect(r.evidence).toMatchObject({ signature: 'sigstore', tier: 'trusted' });
  });

  it('rejects a service URL that is not http(s)', async () => {
    const sb = sandbox();
    const gate = makeCacheSentinel({ idToken: async () => oidcToken(RELEASE_JOB) });
    const env = { ...PUSH_MAIN, GITHUB_ACTIONS: 'true', CI_INTEL_FULCIO_URL: 'file:///etc/passwd' };
    const r = await runGate(gate, inputs(sb, { operation: 'save' }), ctxFor(sb, env));
    expect(r.verdict).toBe('error');
    expect(r.summary).toMatch(
      /CI_INTEL_FULCIO_URL='file:\/\/\/etc\/passwd' is not an http\(s\) URL/
    );
  });
});
