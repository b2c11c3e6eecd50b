/**
 * ci.yml's signed cache end to end: the cache-save job's cache-sentinel step signs keylessly (a
 * private Sigstore instance on 127.0.0.1 issues the certificate for the OIDC identity a job of the
 * hub's reusable ci.yml gets), then the build job's restore step, with the INPUT_* its `with:`
 * renders, verifies and restores it. A cache signed by any other workflow is refused.
 *
 * Two inputs are the test's own, because a real job uses the Actions cache service and the pinned
 * public-good Sigstore root: `backend: dir:<store>` and `trusted-root` (the private instance's).
 * The egress-check step is not run here (it installs nftables rules; see test/egress-check/).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCondition, type Json } from '../helpers/expressions.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import {
  RELEASE_JOB,
  signingEnv,
  sigstoreStack,
  type SigstoreStack
} from '../cache-sentinel/sigstore-stack.js';
import { jobContexts, jobOutputs, loadWorkflow, render, runGateSteps } from './reusable.js';
import '../helpers/yaml-library.js';

const wf = loadWorkflow('ci.yml');
const HUB_CI = 'acme/hub/.github/workflows/ci.yml@refs/tags/v1.2.0';
let stack: SigstoreStack;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cache-sentinel', 'index.js')))
    throw new Error('build the bundles first: npm run bundle');
  stack = await sigstoreStack();
});
afterAll(async () => stack?.close());

interface Box {
  workspace: string;
  home: string;
  store: string;
  trustedRoot: string;
}

function box(): Box {
  const root = mkdtempSync(join(tmpdir(), 'ci-intel-ci-e2e-'));
  const b = {
    workspace: join(root, 'ws'),
    home: join(root, 'home'),
    store: join(root, 'store'),
    trustedRoot: join(root, 'trusted_root.json')
  };
  mkdirSync(b.workspace, { recursive: true });
  mkdirSync(b.home, { recursive: true });
  writeFileSync(join(b.workspace, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
  writeFileSync(b.trustedRoot, JSON.stringify(stack.trustedRoot));
  return b;
}

const runnerEnv = (b: Box): Record<string, string> => ({
  HOME: b.home,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_RUN_ID: '100'
});

/** The build job up to its restore: the key step's output, then cache-sentinel restore. */
async function restore(b: Box, override: Record<string, string> = {}) {
  const ctx = jobContexts(wf, 'build', { workspace: b.workspace, inputs: { cache: true } });
  const keyStep = wf.jobs.build.steps?.find((s) => s.id === 'key');
  const key = render(String(keyStep?.env?.KEY), ctx);
  (ctx.steps as Record<string, Json>).key = { outputs: { key }, outcome: 'success' };
  const runs = await runGateSteps(ctx, wf.jobs.build, {
    only: ['cache'],
    env: runnerEnv(b),
    extraInputs: {
      cache: { backend: `dir:${b.store}`, 'trusted-root': b.trustedRoot, ...override }
    }
  });
  return { ctx, key, run: runs[0] };
}

/** The cache-save job: download-artifact put the build's cache folder at cache-path; sign and save. */
async function save(b: Box, key: string, signedBy: string) {
  stack.claims = { ...RELEASE_JOB, job_workflow_ref: signedBy };
  const needs = {
    build: { outputs: { 'cache-key': key, 'cache-save': 'true' }, result: 'success' }
  };
  const ctx = jobContexts(wf, 'cache-save', {
    workspace: b.workspace,
    inputs: { cache: true },
    needs
  });
  expect(evaluateCondition(String(wf.jobs['cache-save'].if), ctx)).toBe(true);
  const download = wf.jobs['cache-save'].steps?.find((s) =>
    s.uses?.startsWith('actions/download-artifact@')
  );
  const folder = render(String(download?.with?.path), ctx).replace(/^~/, b.home);
  mkdirSync(join(folder, '_cacache', 'index-v5'), { recursive: true });
  writeFileSync(join(folder, '_cacache', 'index-v5', 'entry'), 'left-pad@1.3.0\n');
  writeFileSync(join(folder, '_cacache', 'content'), Buffer.alloc(4096, 9));
  const runs = await runGateSteps(ctx, wf.jobs['cache-save'], {
    env: { ...runnerEnv(b), ...signingEnv(stack) },
    extraInputs: { save: { backend: `dir:${b.store}` } }
  });
  rmSync(folder, { recursive: true, force: true }); // the next job starts on a fresh runner
  return { ctx, folder, run: runs[0] };
}

describe('ci.yml signed cache through the cache-sentinel bundle', () => {
  it("restores a cache the hub's ci.yml signed in the cache-save job", async () => {
    const b = box();
    const first = await restore(b);
    expect(first.run.inputs).toMatchObject({
      operation: 'restore',
      path: '~/.npm',
      signing: 'sigstore',
      signer: 'https://github.com/acme/hub/.github/workflows/ci.yml@*',
      mode: 'enforce'
    });
    expect(first.key).toMatch(/^ci-intel-Linux-[0-9a-f]{64}$/);
    expect([first.run.run?.outputs.verdict, first.run.run?.outputs['cache-hit']]).toEqual([
      'pass',
      'false'
    ]);

    const saved = await save(b, first.key, HUB_CI);
    expectValidResult(saved.run.run?.result);
    expect(saved.run.inputs).toMatchObject({
      operation: 'save',
      key: first.key,
      signing: 'sigstore'
    });
    expect([saved.run.run?.exitCode, saved.run.run?.outputs.verdict]).toEqual([0, 'pass']);
    expect(Number(saved.run.run?.outputs['verified-files'])).toBe(2);
    expect(stack.audiences).toContain('sigstore');
    expect(jobOutputs(wf.jobs['cache-save'], saved.ctx)).toEqual({
      verdict: 'pass',
      'evidence-artifact': 'ci-intel-evidence-cache-save'
    });

    const second = await restore(b);
    expectValidResult(second.run.run?.result);
    expect([
      second.run.run?.exitCode,
      second.run.run?.outputs.verdict,
      second.run.run?.outputs['cache-hit']
    ]).toEqual([0, 'pass', 'true']);
    expect(readFileSync(join(saved.folder, '_cacache', 'index-v5', 'entry'), 'utf8')).toBe(
      'left-pad@1.3.0\n'
    );
    expect(jobOutputs(wf.jobs.build, second.ctx)).toMatchObject({
      'cache-verdict': 'pass',
      'cache-key': first.key
    });
  });

  it('refuses a cache signed by another workflow of the same repository', async () => {
    const b = box();
    const { key } = await restore(b);
    const saved = await save(b, key, 'acme/widget/.github/workflows/evil.yml@refs/heads/main');
    expect(saved.run.run?.outputs.verdict).toBe('pass'); // signing itself works
    const r = await restore(b);
    expect([
      r.run.run?.exitCode,
      r.run.run?.outputs.verdict,
      r.run.run?.outputs['cache-hit']
    ]).toEqual([1, 'fail', 'false']);
    expect(existsSync(join(saved.folder, '_cacache'))).toBe(false);
    expect(JSON.stringify(r.run.run?.result?.findings)).toContain('evil.yml');
  });

  it("needs the signer ci.yml sets: cache-sentinel's default (the caller's own workflows) refuses the hub's signature", async () => {
    const b = box();
    const { key } = await restore(b);
    await save(b, key, HUB_CI);
    const r = await restore(b, { signer: '' });
    expect([r.run.run?.outputs.verdict, r.run.run?.outputs['cache-hit']]).toEqual([
      'fail',
      'false'
    ]);
    expect(JSON.stringify(r.run.run?.result?.findings)).toContain(
      'acme/hub/.github/workflows/ci.yml'
    );
  });
});
