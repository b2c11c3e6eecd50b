/**
 * release.yml played end to end with its defaults: each job's `if:` judged, each `$/actions/<gate>`
 * step run through its dist bundle with exactly the INPUT_* values its `with:` renders, on real
 * fixtures, then the job outputs and the workflow_call outputs evaluated from what the steps wrote.
 *
 * - provenance: a real Sigstore bundle for a real npm tarball (../shared/vectors/slsa), served by a
 *   local GitHub attestations API; the artifact lands in release-artifacts/ as download-artifact
 *   puts it, and slsa-verify gets the glob default `release-artifacts/**\/*` (needs slsa-verify's
 *   glob support for `artifact`).
 * - image: the real Debian docker-registry with htpasswd auth; the password comes from the
 *   workflow's `registry-password` secret.
 * - dr: the drill workflow of another repository through a local GitHub REST API, with the
 *   `dr-token` secret.
 * One negative run per gate shows the check can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../dr-freshness/fake-github.js';
import { buildZip } from '../dr-freshness/zip.js';
import { evaluateCondition } from '../helpers/expressions.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { REPO_ROOT, SHARED } from '../helpers/run-action.js';
import {
  HAVE_REGISTRY,
  startRegistry,
  type RunningRegistry
} from '../referrer-presence/helpers/distribution.js';
import {
  provenanceBundle,
  pushImage,
  spdxArtifact,
  writeFallbackTag
} from '../referrer-presence/helpers/fixtures.js';
import { Pusher } from '../referrer-presence/helpers/push.js';
import {
  callInputs,
  jobContexts,
  jobOutputs,
  loadWorkflow,
  render,
  runGateSteps,
  workflowOutputs,
  type JobSetup
} from './reusable.js';
import '../helpers/yaml-library.js';

if (!HAVE_REGISTRY) throw new Error('docker-registry missing: run scripts/setup-tests.sh');

const wf = loadWorkflow('release.yml');
const V = join(SHARED, 'vectors', 'slsa');
const TARBALL = join(V, 'tarballs/sigstore-2.1.0.tgz');
const TARBALL_SHA256 = 'f0c641fce0310cb43208f4272dc1423153630e44ba8cdc0b5ce8466f724e0eed';
const BUNDLE = JSON.parse(readFileSync(join(V, 'gh/sigstore@2.1.0.bundle-v0.3.json'), 'utf8'));
/** The one file the glob should match, as slsa-verify names it (relative to the workspace). */
const MATCHED = /^(?:.*\/)?release-artifacts\/npm\/sigstore-2\.1\.0\.tgz$/;
const JOB_TOKEN = 'ghs_' + 'J0b'.repeat(12);
const DR_TOKEN = 'ghp_' + 'Dr7'.repeat(12);
const REGISTRY_PASSWORD = 'reg-Pa55-' + 'x'.repeat(12);

/** A local GitHub attestations API that knows the one real bundle. */
let attestations: Server;
let attestationsUrl: string;
const attestationHits: { path: string; auth?: string }[] = [];
function answerAttestations(req: IncomingMessage, res: ServerResponse): void {
  const path = decodeURIComponent(req.url ?? '');
  attestationHits.push({ path, auth: req.headers.authorization });
  const m = /^\/repos\/sigstore\/sigstore-js\/attestations\/sha256:([0-9a-f]{64})\?/.exec(path);
  const found = m?.[1] === TARBALL_SHA256;
  res.writeHead(found ? 200 : 404, { 'content-type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify(
      found
        ? { attestations: [{ bundle: BUNDLE, repository_id: 495574555 }] }
        : { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
    )
  );
}

let reg: RunningRegistry;
let gh: FakeGitHub;

beforeAll(async () => {
  attestations = createServer(answerAttestations);
  await new Promise<void>((r) => attestations.listen(0, '127.0.0.1', r));
  attestationsUrl = `http://127.0.0.1:${(attestations.address() as AddressInfo).port}`;
  reg = await startRegistry({ htpasswd: { user: 'ci', password: REGISTRY_PASSWORD } });
  gh = await new FakeGitHub().start();
  gh.repository = 'acme/dr-site';
});

afterAll(async () => {
  attestations?.closeAllConnections();
  await new Promise<void>((r) => (attestations ? attestations.close(() => r()) : r()));
  await reg?.stop();
  await gh?.stop();
});

const workspace = (): string => mkdtempSync(join(tmpdir(), 'ci-intel-release-'));

/** Everything the job contexts need, with the inputs and secrets the test gives. */
function setup(over: Partial<JobSetup> = {}): JobSetup {
  return { workspace: workspace(), repository: 'sigstore/sigstore-js', token: JOB_TOKEN, ...over };
}

/** Play one job: its if:, then its gate steps; returns the step runs and the job outputs. */
async function playJob(id: string, s: JobSetup, options: Parameters<typeof runGateSteps>[2] = {}) {
  const job = wf.jobs[id];
  const ctx = jobContexts(wf, id, s);
  expect(evaluateCondition(String(job.if), ctx)).toBe(true);
  const runs = await runGateSteps(ctx, job, options);
  for (const r of runs.filter((x) => x.ran)) expectValidResult(r.run?.result);
  const upload = (job.steps ?? []).find((x) =>
    render(String(x.with?.name ?? ''), ctx).startsWith('ci-intel-evidence-')
  );
  const status = (ctx.job as { status: 'success' | 'failure' }).status;
  expect(evaluateCondition(String(upload?.if), ctx, { status })).toBe(true);
  const evidence = render(String(upload?.with?.path), ctx);
  const policies = readFileSync(join(evidence, 'policies.ndjson'), 'utf8').trim().split('\n');
  expect(policies).toHaveLength(runs.filter((x) => x.ran).length);
  return { ctx, job, runs, outputs: jobOutputs(job, ctx) };
}

/** Put files where download-artifact puts the named artifact (its `with: path`). */
function downloadArtifact(s: JobSetup, files: Record<string, Buffer>): void {
  const ctx = jobContexts(wf, 'provenance', s);
  const step = (wf.jobs.provenance.steps ?? []).find((x) =>
    x.uses?.startsWith('actions/download-artifact@')
  );
  expect(render(String(step?.with?.name), ctx)).toBe(s.inputs?.['artifact-name']);
  const dir = join(s.workspace, render(String(step?.with?.path), ctx));
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), data);
  }
}

describe('release.yml with its defaults, job by job', () => {
  const results: Record<string, { outputs: Record<string, string>; result: string }> = {};

  it('skips every optional job when its input is empty', () => {
    for (const id of ['provenance', 'image', 'dr']) {
      const ctx = jobContexts(wf, id, setup());
      expect([id, evaluateCondition(String(wf.jobs[id].if), ctx)]).toEqual([id, false]);
    }
  });

  it('provenance: verifies release-artifacts/**/* against the attestations API (glob default)', async () => {
    const s = setup({ inputs: { 'artifact-name': 'dist' } });
    downloadArtifact(s, { 'npm/sigstore-2.1.0.tgz': readFileSync(TARBALL) });
    attestationHits.length = 0;
    const { runs, outputs } = await playJob('provenance', s, {
      env: { GITHUB_API_URL: attestationsUrl }
    });
    const slsa = runs[0];
    expect(slsa.inputs).toMatchObject({
      artifact: 'release-artifacts/**/*',
      fetch: 'github',
      'source-uri': 'github.com/sigstore/sigstore-js',
      'github-token': JOB_TOKEN,
      mode: 'enforce'
    });
    expect([slsa.run?.exitCode, slsa.run?.outputs.verdict]).toEqual([0, 'pass']);
    expect(JSON.parse(slsa.run!.outputs['verified-subjects'])).toEqual([
      expect.objectContaining({ artifact: expect.stringMatching(MATCHED) })
    ]);
    expect(attestationHits.map((h) => h.auth)).toEqual([`token ${JOB_TOKEN}`]);
    expect(outputs).toEqual({
      verdict: 'pass',
      'evidence-artifact': 'ci-intel-evidence-provenance'
    });
    results.provenance = { outputs, result: 'success' };
  });

  it('provenance: artifact-files may name the files instead (a list, one a line)', async () => {
    const s = setup({
      inputs: {
        'artifact-name': 'dist',
        'artifact-files': 'release-artifacts/npm/sigstore-2.1.0.tgz\n'
      }
    });
    downloadArtifact(s, { 'npm/sigstore-2.1.0.tgz': readFileSync(TARBALL) });
    const { runs, outputs } = await playJob('provenance', s, {
      env: { GITHUB_API_URL: attestationsUrl }
    });
    expect(runs[0].inputs?.artifact).toBe('release-artifacts/npm/sigstore-2.1.0.tgz\n');
    expect([runs[0].run?.exitCode, outputs.verdict]).toEqual([0, 'pass']);
    expect(runs[0].run?.outputs['rekor-log-index']).toBe('33351527');
    results.provenance = { outputs, result: 'success' };
  });

  it('provenance: a ! line excludes files the glob would take (glob support)', async () => {
    const tampered = Buffer.from(readFileSync(TARBALL));
    tampered[tampered.length - 1] ^= 1;
    const s = setup({
      inputs: {
        'artifact-name': 'dist',
        'artifact-files': 'release-artifacts/**/*.tgz\n!release-artifacts/**/*-patched.tgz\n'
      }
    });
    downloadArtifact(s, {
      'npm/sigstore-2.1.0.tgz': readFileSync(TARBALL),
      'npm/sigstore-2.1.0-patched.tgz': tampered
    });
    const { runs, outputs } = await playJob('provenance', s, {
      env: { GITHUB_API_URL: attestationsUrl }
    });
    expect([runs[0].run?.exitCode, outputs.verdict]).toEqual([0, 'pass']);
    expect(
      JSON.parse(runs[0].run!.outputs['verified-subjects']).map(
        (v: { artifact: string }) => v.artifact
      )
    ).toEqual([expect.stringMatching(MATCHED)]);
  });

  it('provenance: a file in the artifact without provenance fails the job', async () => {
    const s = setup({ inputs: { 'artifact-name': 'dist' } });
    const tampered = Buffer.from(readFileSync(TARBALL));
    tampered[tampered.length - 1] ^= 1;
    downloadArtifact(s, {
      'npm/sigstore-2.1.0.tgz': readFileSync(TARBALL),
      'npm/sigstore-2.1.0-patched.tgz': tampered
    });
    const { runs, outputs } = await playJob('provenance', s, {
      env: { GITHUB_API_URL: attestationsUrl }
    });
    expect(runs[0].run?.exitCode).toBe(1);
    expect(outputs.verdict).not.toBe('pass');
    expect(outputs.verdict).toBe(runs[0].run?.result?.verdict);
  });

  describe('image', () => {
    let digest: string;
    let bare: string;
    beforeAll(async () => {
      const p = new Pusher({
        url: reg.url,
        repo: 'acme/widget',
        user: 'ci',
        password: REGISTRY_PASSWORD
      });
      const img = await pushImage(p, 'release-e2e', 'v1');
      await writeFallbackTag(p, img.digest, [
        await spdxArtifact(p, img),
        await provenanceBundle(p, img)
      ]);
      digest = img.digest;
      bare = (await pushImage(p, 'release-e2e-bare', 'v2')).digest;
    });

    // The local registry speaks plain HTTP: `insecure` is the one input the test adds.
    const transport = { extraInputs: { referrers: { insecure: 'true' } } };

    it('passes with the attachments present; the registry password comes from the secret', async () => {
      const s = setup({
        inputs: { image: `${reg.host}/acme/widget@${digest}`, 'registry-username': 'ci' },
        secrets: { 'registry-password': REGISTRY_PASSWORD }
      });
      const { runs, outputs } = await playJob('image', s, transport);
      const r = runs[0];
      expect(r.inputs).toMatchObject({
        require: 'spdx\nslsa-provenance\n',
        username: 'ci',
        password: REGISTRY_PASSWORD,
        mode: 'enforce'
      });
      expect([r.run?.exitCode, r.run?.outputs.verdict, r.run?.outputs['image-digest']]).toEqual([
        0,
        'pass',
        digest
      ]);
      const shown = r
        .run!.stdout.split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      expect(shown + r.run!.stderr + r.run!.summary + JSON.stringify(r.run!.outputs)).not.toContain(
        REGISTRY_PASSWORD
      );
      expect(outputs).toEqual({
        verdict: 'pass',
        'image-digest': digest,
        'evidence-artifact': 'ci-intel-evidence-image'
      });
      results.image = { outputs, result: 'success' };
    });

    it('fails an image without SBOM and provenance', async () => {
      const s = setup({
        inputs: { image: `${reg.host}/acme/widget@${bare}`, 'registry-username': 'ci' },
        secrets: { 'registry-password': REGISTRY_PASSWORD }
      });
      const { runs, outputs } = await playJob('image', s, transport);
      expect([runs[0].run?.exitCode, outputs.verdict]).toEqual([1, 'fail']);
      expect(JSON.parse(runs[0].run!.outputs.missing).map((m: { type: string }) => m.type)).toEqual(
        ['spdx', 'slsa-provenance']
      );
    });
  });

  describe('dr', () => {
    const drill = (ageMs: number): Buffer =>
      buildZip([
        {
          name: 'evidence.json',
          data: JSON.stringify({
            drill: {
              last_success_rfc3339: new Date(Date.now() - ageMs)
                .toISOString()
                .replace(/\.\d+Z$/, 'Z'),
              type: 'restore',
              rpo_s: 30,
              rto_s: 120,
              result: 'pass'
            }
          })
        }
      ]);
    const HOUR = 3_600_000;
    const seed = (ageMs: number) => {
      const started = new Date(Date.now() - ageMs).toISOString().replace(/\.\d+Z$/, 'Z');
      gh.runs = [{ id: 77, conclusion: 'success', run_started_at: started, updated_at: started }];
      gh.artifacts.set(77, [{ id: 901, name: 'dr-evidence', zip: drill(ageMs) }]);
    };
    const drInputs = {
      'dr-workflow': 'dr-drill.yml',
      'dr-repository': 'acme/dr-site',
      'dr-artifact-name': 'dr-evidence'
    };

    it('passes a fresh drill of another repository, read with the dr-token secret', async () => {
      seed(2 * HOUR);
      gh.hits.length = 0;
      const s = setup({ inputs: drInputs, secrets: { 'dr-token': DR_TOKEN } });
      const { runs, outputs } = await playJob('dr', s, { env: { GITHUB_API_URL: gh.url } });
      const r = runs[0];
      expect(r.inputs).toMatchObject({
        workflow: 'dr-drill.yml',
        repository: 'acme/dr-site',
        'artifact-name': 'dr-evidence',
        'max-age': '7d',
        token: DR_TOKEN
      });
      expect([r.run?.exitCode, r.run?.outputs.verdict, r.run?.outputs['rto-seconds']]).toEqual([
        0,
        'pass',
        '120'
      ]);
      expect(gh.hits.length).toBeGreaterThan(0);
      for (const h of gh.hits) expect(h.path.startsWith('/repos/acme/dr-site')).toBe(true);
      expect(new Set(gh.hits.map((h) => h.authorization?.replace(/^(token|Bearer) /, '')))).toEqual(
        new Set([DR_TOKEN])
      );
      expect(outputs).toEqual({ verdict: 'pass', 'evidence-artifact': 'ci-intel-evidence-dr' });
      results.dr = { outputs, result: 'success' };
    });

    it('falls back to the job token without the secret, and fails a drill older than dr-max-age', async () => {
      seed(9 * 24 * HOUR);
      gh.hits.length = 0;
      const s = setup({ inputs: drInputs });
      const { runs, outputs } = await playJob('dr', s, { env: { GITHUB_API_URL: gh.url } });
      expect(runs[0].inputs?.token).toBe(JOB_TOKEN);
      expect(new Set(gh.hits.map((h) => h.authorization?.replace(/^(token|Bearer) /, '')))).toEqual(
        new Set([JOB_TOKEN])
      );
      expect([runs[0].run?.exitCode, outputs.verdict]).toEqual([1, 'fail']);
    });
  });

  it('policy: the called policy-gates.yml passes on the hub checkout with what release.yml gives it', async () => {
    const callee = loadWorkflow('policy-gates.yml');
    const caller = jobContexts(wf, 'policy', setup());
    const given = Object.fromEntries(
      Object.entries(wf.jobs.policy.with ?? {}).map(([k, v]) => [k, render(v, caller)])
    );
    const inputs = callInputs(callee, given);
    const ctx = jobContexts(callee, 'gates', { workspace: REPO_ROOT, inputs });
    const runs = await runGateSteps(ctx, callee.jobs.gates);
    expect(runs.map((r) => r.run?.outputs.verdict)).toEqual(['pass', 'pass']);
    const outputs = workflowOutputs(
      callee,
      { gates: { outputs: jobOutputs(callee.jobs.gates, ctx), result: 'success' } },
      inputs
    );
    expect(outputs['evidence-artifact']).toBe('ci-intel-evidence-release-policy');
    results.policy = { outputs, result: 'success' };
  });

  it('exposes each verdict and the evidence artifact names as workflow outputs', () => {
    expect(Object.keys(results).sort()).toEqual(['dr', 'image', 'policy', 'provenance']);
    const out = workflowOutputs(wf, results);
    expect(out).toMatchObject({
      'policy-verdict': 'pass',
      'provenance-verdict': 'pass',
      'image-verdict': 'pass',
      'dr-verdict': 'pass'
    });
    expect(out['evidence-artifacts'].trim().split('\n')).toEqual([
      'ci-intel-evidence-release-policy',
      'ci-intel-evidence-provenance',
      'ci-intel-evidence-image',
      'ci-intel-evidence-dr'
    ]);
  });
});
