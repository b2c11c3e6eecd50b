/**
 * release.yml's evidence job played as the runner would: its `if:` after a failed gate job, its
 * `with:` rendered from the workflow inputs and the needs outputs, dist/evidence-bundle run with
 * the runner's OIDC endpoint (@sigstore/mock on 127.0.0.1) and the run's ci-intel-evidence-*
 * artifacts served by a local GitHub REST API; then the job and workflow outputs, and the
 * admission check on the bundle it wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../dr-freshness/fake-github.js';
import { buildZip } from '../dr-freshness/zip.js';
import {
  RELEASE_JOB,
  sigstoreStack,
  signingEnv,
  type SigstoreStack
} from '../cache-sentinel/sigstore-stack.js';
import { evaluateCondition } from '../helpers/expressions.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { runAction } from '../helpers/run-action.js';
import {
  jobContexts,
  jobOutputs,
  loadWorkflow,
  runGateSteps,
  workflowOutputs
} from '../workflows-contract/reusable.js';
import { gateResult, IMAGE_DIGEST } from './fixtures.js';
import '../helpers/yaml-library.js';

const wf = loadWorkflow('release.yml');
let gh: FakeGitHub;
let stack: SigstoreStack;
const TOKEN = 'ghs_' + 'Ev1'.repeat(12);

const zipOf = (gate: string, verdict: 'pass' | 'fail') =>
  buildZip([
    {
      name: `results/${gate}-2026-12-01T10-00-00-000Z-1.json`,
      data: JSON.stringify(gateResult(gate, verdict))
    },
    {
      name: 'policies.ndjson',
      data: `{"id":"ci-intel/${gate}","result":"${verdict === 'pass' ? 'allow' : 'deny'}","reason":"x","time_ns":1}\n`
    }
  ]);

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  gh.artifacts.set(4242, [
    {
      id: 11,
      name: 'ci-intel-evidence-release-policy',
      zip: buildZip([
        {
          name: 'results/pr-target-ban-a.json',
          data: JSON.stringify(gateResult('pr-target-ban', 'pass'))
        },
        {
          name: 'results/workflow-policy-a.json',
          data: JSON.stringify(gateResult('workflow-policy', 'pass'))
        }
      ])
    },
    { id: 12, name: 'ci-intel-evidence-provenance', zip: zipOf('slsa-verify', 'fail') },
    { id: 13, name: 'ci-intel-evidence-image', zip: zipOf('referrer-presence', 'pass') },
    { id: 14, name: 'dist', zip: buildZip([{ name: 'widget.tgz', data: 'x' }]) }
  ]);
  stack = await sigstoreStack();
  // The hub's reusable release.yml at a release tag, called by acme/widget.
  stack.claims = {
    ...RELEASE_JOB,
    ref: 'refs/tags/v3.1.0',
    job_workflow_ref: 'acme/hub/.github/workflows/release.yml@refs/tags/v1.4.0'
  };
});
afterAll(async () => {
  await gh?.stop();
  await stack?.close();
});

describe("release.yml's evidence job", () => {
  it('runs after a failed gate job, bundles every job’s evidence, signs it and outputs the bundle digest', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ci-intel-release-'));
    mkdirSync(join(workspace, 'release-artifacts'), { recursive: true });
    writeFileSync(join(workspace, 'release-artifacts', 'widget-3.1.0.tgz'), 'the release\n');
    const needs = {
      policy: {
        result: 'success',
        outputs: { verdict: 'pass', 'evidence-artifact': 'ci-intel-evidence-release-policy' }
      },
      provenance: {
        result: 'failure',
        outputs: { verdict: 'fail', 'evidence-artifact': 'ci-intel-evidence-provenance' }
      },
      image: {
        result: 'success',
        outputs: {
          verdict: 'pass',
          'image-digest': IMAGE_DIGEST,
          'evidence-artifact': 'ci-intel-evidence-image'
        }
      },
      dr: { result: 'skipped', outputs: {} }
    };
    const ctx = jobContexts(wf, 'evidence', {
      workspace,
      repository: 'acme/widget',
      token: TOKEN,
      inputs: { 'artifact-name': 'dist', image: `ghcr.io/acme/widget@${IMAGE_DIGEST}` },
      needs
    });
    const job = wf.jobs.evidence;
    expect(job.needs).toEqual(['policy', 'provenance', 'image', 'dr']);
    expect(evaluateCondition(String(job.if), ctx, { status: 'failure' })).toBe(true);
    const runs = await runGateSteps(ctx, job, {
      env: {
        ...signingEnv(stack),
        GITHUB_API_URL: gh.url,
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_TOKEN: TOKEN
      }
    });
    const run = runs.find((r) => r.ran)?.run;
    expect(run?.stderr).toBe('');
    expectValidResult(run?.result);
    expect(run?.outputs.verdict).toBe('pass');
    expect(run?.outputs.gates.split(',').sort()).toEqual([
      'pr-target-ban=pass',
      'referrer-presence=pass',
      'slsa-verify=fail',
      'workflow-policy=pass'
    ]);
    const outputs = jobOutputs(job, ctx);
    expect(outputs['bundle-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outputs['evidence-artifact']).toBe('ci-intel-evidence-release-bundle');
    const out = workflowOutputs(wf, { evidence: { outputs, result: 'success' } });
    expect(out['evidence-bundle-digest']).toBe(outputs['bundle-digest']);
    expect(out['evidence-verdict']).toBe('pass');

    // Admission: the hub's release.yml signed it; the failed slsa-verify keeps the release out.
    writeFileSync(join(workspace, 'root.json'), JSON.stringify(stack.trustedRoot));
    const inputs = {
      'subject-digest': IMAGE_DIGEST,
      bundle: 'ci-intel-release-evidence.sigstore.json',
      'evidence-dir': 'ci-intel-release-evidence',
      'trusted-root': 'root.json',
      'signer-workflow': 'acme/hub/.github/workflows/release.yml'
    };
    const refused = await runAction('evidence-verify', { workspace, inputs });
    expect(refused.exitCode).toBe(1);
    expect(refused.result?.findings.map((f) => f.rule).sort()).toEqual([
      'evidence/gate-missing',
      'evidence/gate-not-passing'
    ]);
    const admitted = await runAction('evidence-verify', {
      workspace,
      inputs: { ...inputs, 'require-gates': 'pr-target-ban, workflow-policy, referrer-presence' }
    });
    expect(admitted.outputs.verdict).toBe('pass');
    expect(admitted.outputs.signer).toBe(
      'https://github.com/acme/hub/.github/workflows/release.yml@refs/tags/v1.4.0'
    );
  });
});
