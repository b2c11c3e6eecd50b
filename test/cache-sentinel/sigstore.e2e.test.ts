/**
 * signing: sigstore end to end. The bundled action (dist/cache-sentinel) signs keylessly: it asks
 * the runner's OIDC endpoint for a token (@actions/core getIDToken), gets a Fulcio certificate and
 * a Rekor entry from a private Sigstore instance served on 127.0.0.1, and stores the bundle next
 * to the manifest. Restore verifies the bundle against that instance's trusted_root.json and the
 * certificate identity against the signer policy and the entry's tier.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { serializeManifest, parseAnyManifest } from '../../src/hashing/manifest.js';
import { SigstoreSigner } from '../../src/signing/sigstore.js';
import { listTree, PUSH_MAIN, prEnv, sandbox, type Sandbox } from './fixtures.js';
import {
  oidcToken,
  RELEASE_JOB,
  sigstoreStack,
  signingEnv,
  type JobClaims,
  type SigstoreStack
} from './sigstore-stack.js';

let good: SigstoreStack;
let rogue: SigstoreStack;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cache-sentinel', 'index.js'))) {
    throw new Error('build the bundle first: node scripts/build.mjs cache-sentinel cli');
  }
  good = await sigstoreStack();
  rogue = await sigstoreStack();
});

afterAll(async () => {
  await good?.close();
  await rogue?.close();
});

const INPUTS = {
  path: 'deps',
  key: 'deps-v1',
  signing: 'sigstore',
  'default-branch': 'main'
};

function trustedRootFile(sb: Sandbox, stack: SigstoreStack): string {
  const file = join(sb.root, 'trusted_root.json');
  writeFileSync(file, JSON.stringify(stack.trustedRoot));
  return file;
}

async function saveAction(
  sb: Sandbox,
  env: Record<string, string> = PUSH_MAIN,
  signWith: Record<string, string> = signingEnv(good)
): Promise<ActionRun> {
  return runAction('cache-sentinel', {
    workspace: sb.workspace,
    runnerTemp: sb.runnerTemp,
    env: { ...env, ...signWith, HOME: sb.root },
    inputs: { ...INPUTS, operation: 'save', backend: `dir:${sb.store}` }
  });
}

async function restoreAction(sb: Sandbox, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('cache-sentinel', {
    workspace: sb.workspace,
    runnerTemp: sb.runnerTemp,
    env: { ...PUSH_MAIN, HOME: sb.root },
    inputs: {
      ...INPUTS,
      operation: 'restore',
      backend: `dir:${sb.store}`,
      'trusted-root': trustedRootFile(sb, good),
      ...extra
    }
  });
}

/** The single stored entry's folder. */
function entryDir(sb: Sandbox): string {
  const dirs = readdirSync(sb.store).filter((d) => !d.startsWith('.'));
  expect(dirs).toHaveLength(1);
  return join(sb.store, dirs[0]);
}

/** Sign `manifest` in-process with `stack` as the job `claims`, the way a rogue writer would. */
async function resign(
  manifest: Buffer,
  claims: JobClaims,
  stack: SigstoreStack,
  rekor: SigstoreStack = stack
): Promise<string> {
  const signer = new SigstoreSigner({
    getToken: async () => oidcToken(claims),
    fulcioURL: stack.fulcioURL,
    rekorURL: rekor.rekorURL,
    timeoutMs: 10_000
  });
  return JSON.stringify(await signer.sign(manifest)) + '\n';
}

function expectQuarantined(sb: Sandbox, run: ActionRun, reason: string, message: RegExp): void {
  expect(run.exitCode).toBe(1);
  expectValidResult(run.result);
  expect(run.result?.verdict).toBe('fail');
  expect(run.outputs).toMatchObject({ 'cache-hit': 'false', quarantined: 'true' });
  const q = (run.result!.evidence as { quarantine: { reason: string; message: string } })
    .quarantine;
  expect(q.reason).toBe(reason);
  expect(q.message).toMatch(message);
  expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
  expect(listTree(join(sb.runnerTemp, 'ci-intel', 'quarantine')).length).toBeGreaterThan(0);
}

/** Save through the action as the release job, then clear the workspace. */
async function savedByRelease(): Promise<Sandbox> {
  const sb = sandbox();
  good.claims = { ...RELEASE_JOB };
  const saved = await saveAction(sb);
  expect(saved.stderr).toBe('');
  expect(saved.exitCode).toBe(0);
  expectValidResult(saved.result);
  rmSync(join(sb.workspace, 'deps'), { recursive: true });
  return sb;
}

describe('cache-sentinel signing: sigstore (dist, mock Fulcio + Rekor on 127.0.0.1)', () => {
  it('saves with a keyless bundle and restores it verified, byte for byte', async () => {
    const sb = sandbox();
    const original = readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin'));
    good.claims = { ...RELEASE_JOB };
    const asked = good.audiences.length;
    const saved = await saveAction(sb);
    expect(saved.exitCode).toBe(0);
    expectValidResult(saved.result);
    expect(saved.result?.evidence).toMatchObject({
      operation: 'save',
      tier: 'trusted',
      stored: 'saved',
      signature: 'sigstore'
    });
    expect(good.audiences.slice(asked)).toEqual(['sigstore']);
    // The token is registered as a secret (::add-mask::, which the runner masks and never
    // prints) and appears nowhere else: not in a log line, not in the result.
    const claims = oidcToken(good.claims).split('.')[1].slice(0, 200);
    const lines = (saved.stdout + saved.stderr).split('\n');
    expect(lines.some((l) => l.startsWith('::add-mask::') && l.includes(claims))).toBe(true);
    expect(lines.filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(claims);
    expect(JSON.stringify(saved.result)).not.toContain(claims);
    // The stored signature is a Sigstore bundle: DSSE over the manifest, certificate, Rekor entry.
    const dir = entryDir(sb);
    const doc = JSON.parse(readFileSync(join(dir, 'signature.json'), 'utf8'));
    expect(doc).toMatchObject({ schema: 'ci-intel.cache-signature.v1', type: 'sigstore' });
    expect(doc.bundle.dsseEnvelope.payloadType).toBe(
      'application/vnd.ci-intel.cache-manifest.v1+json'
    );
    expect(Buffer.from(doc.bundle.dsseEnvelope.payload, 'base64')).toEqual(
      readFileSync(join(dir, 'manifest.json'))
    );
    expect(doc.bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(doc.bundle.verificationMaterial.certificate.rawBytes).toEqual(expect.any(String));

    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const run = await restoreAction(sb);
    expect(run.exitCode).toBe(0);
    expectValidResult(run.result);
    expect(run.outputs).toMatchObject({
      verdict: 'pass',
      'cache-hit': 'true',
      'verified-files': '2',
      quarantined: 'false'
    });
    expect(run.result?.evidence).toMatchObject({
      signer: 'https://github.com/acme/widget/.github/workflows/ci.yml@refs/heads/main',
      signerPolicy: expect.stringContaining('https://github.com/acme/widget/.github/workflows/*')
    });
    expect(readFileSync(join(sb.workspace, 'deps', 'sub', 'b.bin'))).toEqual(original);
    expect(readFileSync(join(sb.workspace, 'deps', 'a.txt'), 'utf8')).toBe('alpha\n');
  });

  it('quarantines an entry re-signed by an identity outside the signer policy', async () => {
    const sb = await savedByRelease();
    const dir = entryDir(sb);
    // A reusable workflow in another repository signs the same manifest bytes.
    const sig = await resign(
      readFileSync(join(dir, 'manifest.json')),
      {
        ...RELEASE_JOB,
        job_workflow_ref: 'mallory/tools/.github/workflows/sign.yml@refs/heads/main'
      },
      good
    );
    writeFileSync(join(dir, 'signature.json'), sig);
    const run = await restoreAction(sb);
    expectQuarantined(
      sb,
      run,
      'untrusted-signer',
      /signed by https:\/\/github\.com\/mallory\/tools\/\.github\/workflows\/sign\.yml@refs\/heads\/main; expected an identity matching https:\/\/github\.com\/acme\/widget\/\.github\/workflows\/\*/
    );
  });

  it('quarantines an entry signed by the right identity but a narrower signer input', async () => {
    const sb = await savedByRelease();
    const run = await restoreAction(sb, {
      signer: 'https://github.com/acme/widget/.github/workflows/release.yml@*'
    });
    expectQuarantined(
      sb,
      run,
      'untrusted-signer',
      /workflows\/ci\.yml@refs\/heads\/main; expected an identity matching .*release\.yml@\*/
    );
  });

  it('quarantines a certificate from a CA the trusted root does not hold', async () => {
    const sb = await savedByRelease();
    const dir = entryDir(sb);
    // Same identity and the trusted Rekor, but the certificate comes from the rogue Fulcio.
    writeFileSync(
      join(dir, 'signature.json'),
      await resign(readFileSync(join(dir, 'manifest.json')), RELEASE_JOB, rogue, good)
    );
    const run = await restoreAction(sb);
    expectQuarantined(
      sb,
      run,
      'untrusted-signer',
      /did not verify against .*trusted_root\.json: CERTIFICATE_ERROR: Failed to verify certificate chain/
    );
  });

  it('quarantines a manifest changed after signing', async () => {
    const sb = await savedByRelease();
    const dir = entryDir(sb);
    const m = parseAnyManifest(readFileSync(join(dir, 'manifest.json')));
    m.runId = '999';
    writeFileSync(join(dir, 'manifest.json'), serializeManifest(m));
    const run = await restoreAction(sb);
    expectQuarantined(sb, run, 'bad-signature', /signs other bytes than manifest\.json/);
  });

  it('quarantines a pull-request certificate over a manifest claiming the trusted tier', async () => {
    const sb = await savedByRelease();
    const dir = entryDir(sb);
    // A PR job holds a real certificate for refs/pull/7/merge and signs a manifest that says
    // it is the trusted push to main (the stored manifest, unchanged).
    const prClaims: JobClaims = {
      ...RELEASE_JOB,
      ref: 'refs/pull/7/merge',
      event_name: 'pull_request',
      job_workflow_ref: 'acme/widget/.github/workflows/ci.yml@refs/pull/7/merge'
    };
    writeFileSync(
      join(dir, 'signature.json'),
      await resign(readFileSync(join(dir, 'manifest.json')), prClaims, good)
    );
    const run = await restoreAction(sb);
    expectQuarantined(
      sb,
      run,
      'claims-mismatch',
      /manifest ref is refs\/heads\/main; the signing certificate says refs\/pull\/7\/merge/
    );
  });

  it('quarantines an honest pull-request manifest stored under the trusted tier', async () => {
    const sb = await savedByRelease();
    const dir = entryDir(sb);
    const m = parseAnyManifest(readFileSync(join(dir, 'manifest.json')));
    m.event = 'pull_request';
    m.ref = 'refs/pull/7/merge';
    const bytes = serializeManifest(m);
    writeFileSync(join(dir, 'manifest.json'), bytes);
    const prClaims: JobClaims = {
      ...RELEASE_JOB,
      ref: 'refs/pull/7/merge',
      event_name: 'pull_request',
      job_workflow_ref: 'acme/widget/.github/workflows/ci.yml@refs/pull/7/merge'
    };
    writeFileSync(join(dir, 'signature.json'), await resign(Buffer.from(bytes), prClaims, good));
    const run = await restoreAction(sb);
    expectQuarantined(sb, run, 'tier-violation', /pull_request/);
  });

  it('a pull-request job saves into its own tier, signed with its own certificate', async () => {
    const sb = sandbox();
    good.claims = {
      ...RELEASE_JOB,
      ref: 'refs/pull/7/merge',
      event_name: 'pull_request',
      sha: 'b'.repeat(40),
      job_workflow_ref: 'acme/widget/.github/workflows/ci.yml@refs/pull/7/merge'
    };
    const saved = await saveAction(sb, prEnv(sb.root, 7, false));
    expect(saved.exitCode).toBe(0);
    expect(saved.result?.evidence).toMatchObject({ tier: 'pr-7', signature: 'sigstore' });
    // The release job never sees it (another tier): a miss, not a hit.
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    const run = await restoreAction(sb);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'cache-hit': 'false', quarantined: 'false' });
  });

  it('fails closed when the OIDC token cannot be had, saving nothing', async () => {
    const sb = sandbox();
    const saved = await saveAction(sb, PUSH_MAIN, {
      ...signingEnv(good),
      ACTIONS_ID_TOKEN_REQUEST_URL: `${good.fulcioURL}/no-such-token-endpoint?x=1`
    });
    expect(saved.exitCode).toBe(1);
    expectValidResult(saved.result);
    expect(saved.result?.verdict).toBe('error');
    expect(saved.stdout + saved.stderr).toMatch(/keyless signing failed.*id-token: write/s);
    expect(listTree(sb.store)).toEqual([]);
  });

  it('fails closed when Fulcio refuses, saving nothing', async () => {
    const sb = sandbox();
    const saved = await saveAction(sb, PUSH_MAIN, {
      ...signingEnv(good),
      CI_INTEL_FULCIO_URL: `${good.rekorURL}/not-fulcio`
    });
    expect(saved.exitCode).toBe(1);
    expect(saved.result?.verdict).toBe('error');
    expect(saved.stdout + saved.stderr).toMatch(
      /keyless signing failed.*Fulcio http:\/\/127\.0\.0\.1/s
    );
    expect(listTree(sb.store)).toEqual([]);
  });

  it('names the trusted-root input when the file is not a trusted root', async () => {
    const sb = await savedByRelease();
    const bad = join(sb.root, 'bad-root.json');
    writeFileSync(bad, '{"tlogs": 5}');
    const run = await restoreAction(sb, { 'trusted-root': bad });
    expect(run.exitCode).toBe(1);
    expect(run.result?.verdict).toBe('error');
    expect(run.stdout + run.stderr).toMatch(/input 'trusted-root'.*'tlogs' must be a list/s);
    expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
  });
});
