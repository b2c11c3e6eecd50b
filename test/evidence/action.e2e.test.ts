/**
 * Through the bundles, as the runner runs them: a real gate (dist/pr-target-ban) leaves its
 * result in RUNNER_TEMP/ci-intel next to the other gates' results; dist/evidence-bundle collects,
 * signs (Ed25519 key; keyless through the runner's OIDC endpoint against @sigstore/mock) and
 * writes the bundle; dist/evidence-verify admits or refuses; the CLI verifies the same bundle.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { makeRepo } from '../helpers/temp-repo.js';
import {
  RELEASE_JOB,
  sigstoreStack,
  signingEnv,
  type SigstoreStack
} from '../cache-sentinel/sigstore-stack.js';
import { ed25519Pem, IMAGE_DIGEST, RELEASE_GATES, writeRun } from './fixtures.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const KEYS = ed25519Pem();
let stack: SigstoreStack;

beforeAll(async () => {
  for (const b of ['evidence-bundle', 'evidence-verify', 'pr-target-ban', 'cli'])
    if (!existsSync(join(REPO_ROOT, 'dist', b, 'index.js')))
      throw new Error('build the bundles first: npm run bundle');
  stack = await sigstoreStack();
  stack.claims = {
    ...RELEASE_JOB,
    ref: 'refs/tags/v2.0.0',
    job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v2.0.0'
  };
});
afterAll(async () => stack?.close());

/** A release run: pr-target-ban for real, the other release gates' results beside it. */
async function releaseRun(verdicts: Record<string, 'pass' | 'fail'> = {}) {
  const workspace = makeRepo({
    '.github/workflows/ci.yml':
      'on: [push]\njobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]\n',
    'dist/widget-2.0.0.tgz': 'release bytes\n'
  });
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-intel-runner-'));
  const prt = await runAction('pr-target-ban', { workspace, runnerTemp });
  expect(prt.outputs.verdict).toBe('pass');
  writeRun(
    runnerTemp,
    Object.fromEntries(
      RELEASE_GATES.filter((g) => g !== 'pr-target-ban').map((g) => [g, verdicts[g] ?? 'pass'])
    )
  );
  return { workspace, runnerTemp };
}

const SUBJECT = {
  'subject-path': 'dist/*.tgz',
  'subject-digest': IMAGE_DIGEST,
  'subject-name': 'ghcr.io/acme/widget'
};

describe('dist/evidence-bundle → dist/evidence-verify', () => {
  it('key: bundles the real gate result, signs, and the verify step admits the file and the image', async () => {
    const { workspace, runnerTemp } = await releaseRun();
    const b = await runAction('evidence-bundle', {
      workspace,
      runnerTemp,
      inputs: { ...SUBJECT, signing: 'key', 'signing-key': KEYS.privatePem }
    });
    // Only the runner's masking commands carry the key (the runner consumes them).
    const log = b.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(log.join('\n')).not.toContain('PRIVATE KEY');
    expect(b.exitCode).toBe(0);
    expectValidResult(b.result);
    expect(b.outputs['bundle-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.outputs.gates.split(',').sort()).toEqual(RELEASE_GATES.map((g) => `${g}=pass`).sort());
    expect(JSON.stringify(b.result)).not.toContain('PRIVATE KEY');
    expect(b.summary).toContain('evidence-bundle');
    const v = await runAction('evidence-verify', {
      workspace,
      inputs: {
        'subject-path': 'dist/widget-2.0.0.tgz',
        bundle: 'ci-intel-release-evidence.sigstore.json',
        'evidence-dir': 'ci-intel-release-evidence',
        signing: 'key',
        'verify-key': KEYS.publicPem,
        'vsa-file': 'out/vsa.json'
      }
    });
    expect(v.stderr).toBe('');
    expect(v.exitCode).toBe(0);
    expectValidResult(v.result);
    expect(v.outputs.verdict).toBe('pass');
    expect(v.outputs['bundle-digest']).toBe(b.outputs['bundle-digest']);
    expect(
      JSON.parse(readFileSync(join(workspace, 'out/vsa.json'), 'utf8')).predicate.verificationResult
    ).toBe('PASSED');
    const cli = await runCli([
      'evidence-verify',
      '--workspace',
      workspace,
      '--subject-digest',
      IMAGE_DIGEST,
      '--bundle',
      'ci-intel-release-evidence.sigstore.json',
      '--signing',
      'key',
      '--verify-key',
      KEYS.publicPem,
      '--format',
      'json'
    ]);
    expect(cli.exitCode).toBe(0);
    expect(JSON.parse(cli.stdout).verdict).toBe('pass');
  });

  it('key: a required gate that failed in the release fails the verify step (enforce) and is a warning in audit', async () => {
    const { workspace, runnerTemp } = await releaseRun({ 'referrer-presence': 'fail' });
    const b = await runAction('evidence-bundle', {
      workspace,
      runnerTemp,
      inputs: { ...SUBJECT, signing: 'key', 'signing-key': KEYS.privatePem }
    });
    expect(b.exitCode).toBe(0);
    const inputs = {
      'subject-digest': IMAGE_DIGEST,
      bundle: 'ci-intel-release-evidence.sigstore.json',
      signing: 'key',
      'verify-key': KEYS.publicPem
    };
    const v = await runAction('evidence-verify', { workspace, inputs });
    expect(v.exitCode).toBe(1);
    expect(v.outputs.verdict).toBe('fail');
    expect(v.outputs.gates).toContain('referrer-presence=fail');
    expect(v.result!.findings.map((f) => f.rule)).toEqual(['evidence/gate-not-passing']);
    const audit = await runAction('evidence-verify', {
      workspace,
      inputs: { ...inputs, mode: 'audit' }
    });
    expect(audit.exitCode).toBe(0);
    expect(audit.outputs.verdict).toBe('fail');
  });

  it("keyless: signs with the job's OIDC identity (Fulcio, CT log, Rekor on 127.0.0.1) and verifies the anchored signer", async () => {
    const { workspace, runnerTemp } = await releaseRun();
    const b = await runAction('evidence-bundle', {
      workspace,
      runnerTemp,
      env: signingEnv(stack),
      inputs: { ...SUBJECT, 'sigstore-instance': 'public-good' }
    });
    expect(b.stderr).toBe('');
    expect(b.exitCode).toBe(0);
    expect(stack.audiences).toContain('sigstore');
    const bundle = JSON.parse(
      readFileSync(join(workspace, 'ci-intel-release-evidence.sigstore.json'), 'utf8')
    );
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    writeFileSync(join(workspace, 'root.json'), JSON.stringify(stack.trustedRoot));
    const v = await runAction('evidence-verify', {
      workspace,
      inputs: {
        'subject-path': 'dist/widget-2.0.0.tgz',
        bundle: 'ci-intel-release-evidence.sigstore.json',
        'evidence-dir': 'ci-intel-release-evidence',
        'trusted-root': 'root.json'
      }
    });
    expect(v.exitCode).toBe(0);
    expect(v.outputs.signer).toBe(
      'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v2.0.0'
    );
    // The same bundle, expected from another repository's release workflow: refused.
    const other = await runAction('evidence-verify', {
      workspace,
      env: { GITHUB_REPOSITORY: 'acme/widget2' },
      inputs: {
        'subject-path': 'dist/widget-2.0.0.tgz',
        bundle: 'ci-intel-release-evidence.sigstore.json',
        'trusted-root': 'root.json'
      }
    });
    expect(other.exitCode).toBe(1);
    expect(other.result!.findings.map((f) => f.rule)).toEqual(['evidence/untrusted-signer']);
  });

  it('CLI: outside a runner, collects from the ci-intel folder under RUNNER_TEMP', async () => {
    const { workspace, runnerTemp } = await releaseRun();
    const b = await runCli(
      [
        'evidence-bundle',
        '--workspace',
        workspace,
        '--subject-path',
        'dist/widget-2.0.0.tgz',
        '--signing',
        'key',
        '--format',
        'json'
      ],
      { env: { RUNNER_TEMP: runnerTemp } }
    );
    // signing: key without signing-key cannot sign: an input error (exit 2), never a bundle.
    expect(b.exitCode).toBe(2);
    expect(JSON.parse(b.stdout).findings[0].message).toMatch(/signing-key/);
    const ok = await runCli(
      [
        'evidence-bundle',
        '--workspace',
        workspace,
        '--subject-path',
        'dist/widget-2.0.0.tgz',
        '--signing',
        'key',
        '--signing-key',
        KEYS.privatePem,
        '--format',
        'json'
      ],
      { env: { RUNNER_TEMP: runnerTemp } }
    );
    expect(ok.stderr).not.toContain('PRIVATE KEY');
    expect(ok.stdout).not.toContain('PRIVATE KEY');
    const r = JSON.parse(ok.stdout);
    expect([ok.exitCode, r.verdict]).toEqual([0, 'pass']);
    expect(r.outputs.gates.split(',')).toHaveLength(RELEASE_GATES.length);
    expect(r.outputs.gates).toContain('pr-target-ban=pass');
  });
});
