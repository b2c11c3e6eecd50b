/**
 * ci.yml keeps the OIDC token away from `npm ci`: the build job restores and verifies the cache
 * and, on a miss from a trusted event, hands the cache folder to the cache-save job as an
 * artifact; only cache-save (no checkout, no package script) holds id-token: write and signs.
 * The conditions and names that connect the two jobs are evaluated here as the runner would.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCondition, type Json } from '../helpers/expressions.js';
import { jobContexts, jobOutputs, loadWorkflow, render, type StepDoc } from './reusable.js';
import '../helpers/yaml-library.js';

const wf = loadWorkflow('ci.yml');
const build = wf.jobs.build;
const save = wf.jobs['cache-save'];
const step = (steps: StepDoc[] | undefined, pred: (s: StepDoc) => boolean): StepDoc => {
  const s = (steps ?? []).find(pred);
  if (!s) throw new Error('step not found');
  return s;
};
const handoff = step(build.steps, (s) => s.id === 'handoff');
const download = step(save.steps, (s) => Boolean(s.uses?.startsWith('actions/download-artifact@')));
const signStep = step(save.steps, (s) => s.id === 'save');

interface Case {
  cache: boolean;
  hit: boolean;
  event: string;
  headRepo?: string;
  status?: 'success' | 'failure';
}

function buildContext(c: Case) {
  const ctx = jobContexts(wf, 'build', {
    workspace: mkdtempSync(join(tmpdir(), 'ci-intel-ci-')),
    eventName: c.event,
    inputs: { cache: c.cache }
  });
  (ctx.github as Record<string, Json>).event =
    c.event === 'pull_request'
      ? { pull_request: { head: { repo: { full_name: c.headRepo ?? 'acme/widget' } } } }
      : {};
  ctx.steps = {
    egress: { outputs: { verdict: 'pass' }, outcome: 'success' },
    key: { outputs: { key: 'ci-intel-Linux-abc123' }, outcome: 'success' },
    cache: {
      outputs: { verdict: 'pass', 'cache-hit': String(c.hit) },
      outcome: 'success'
    }
  };
  return ctx;
}

/** Play the handoff decision, then the build job's outputs, then cache-save's if:. */
function play(c: Case) {
  const ctx = buildContext(c);
  const handed = evaluateCondition(String(handoff.if), ctx, { status: c.status ?? 'success' });
  (ctx.steps as Record<string, Json>).handoff = {
    outputs: {},
    outcome: handed ? 'success' : 'skipped'
  };
  const outputs = jobOutputs(build, ctx);
  const saveCtx = jobContexts(wf, 'cache-save', {
    workspace: mkdtempSync(join(tmpdir(), 'ci-intel-ci-')),
    inputs: { cache: c.cache },
    needs: { build: { outputs, result: 'success' } }
  });
  return {
    handed,
    saves: evaluateCondition(String(save.if), saveCtx),
    outputs,
    ctx,
    saveCtx
  };
}

describe('ci.yml cache handoff', () => {
  it.each<[string, boolean, Case]>([
    ['push, cache miss', true, { cache: true, hit: false, event: 'push' }],
    ['push, cache hit', false, { cache: true, hit: true, event: 'push' }],
    ['cache off', false, { cache: false, hit: false, event: 'push' }],
    ['same-repository pull request', true, { cache: true, hit: false, event: 'pull_request' }],
    [
      'fork pull request',
      false,
      { cache: true, hit: false, event: 'pull_request', headRepo: 'mallory/widget' }
    ],
    ['failed build', false, { cache: true, hit: false, event: 'push', status: 'failure' }]
  ])('%s: signs and saves = %s', (_name, want, c) => {
    const r = play(c);
    expect([r.handed, r.outputs['cache-save'], r.saves]).toEqual([want, String(want), want]);
  });

  it('the signing job downloads the artifact the build job uploaded and saves it under the same key', () => {
    const r = play({ cache: true, hit: false, event: 'push' });
    expect(render(String(download.with?.name), r.saveCtx)).toBe(
      render(String(handoff.with?.name), r.ctx)
    );
    expect(render(String(download.with?.name), r.saveCtx)).toBe(
      'ci-intel-cache-ci-intel-Linux-abc123'
    );
    expect(render(String(download.with?.path), r.saveCtx)).toBe(
      render(String(handoff.with?.path), r.ctx)
    );
    expect(render(String(signStep.with?.key), r.saveCtx)).toBe('ci-intel-Linux-abc123');
    expect(render(String(signStep.with?.operation), r.saveCtx)).toBe('save');
    expect(r.outputs).toMatchObject({
      'egress-verdict': 'pass',
      'cache-verdict': 'pass',
      'cache-key': 'ci-intel-Linux-abc123',
      'evidence-artifact': 'ci-intel-evidence-build'
    });
  });

  it("restores only caches signed by this reusable workflow (the certificate names the hub's ci.yml)", () => {
    const r = play({ cache: true, hit: false, event: 'push' });
    const restore = step(build.steps, (s) => s.id === 'cache');
    expect(render(String(restore.with?.signer), r.ctx)).toBe(
      'https://github.com/acme/hub/.github/workflows/ci.yml@*'
    );
    expect(render(String(restore.with?.operation), r.ctx)).toBe('restore');
  });

  it('cache-signing: key verifies with the public key in the build job; only cache-save sees the private key', () => {
    const ctx = jobContexts(wf, 'build', {
      workspace: mkdtempSync(join(tmpdir(), 'ci-intel-ci-')),
      inputs: { cache: true, 'cache-signing': 'key', 'cache-verify-key': 'PEM-PUBLIC' },
      secrets: { 'cache-signing-key': 'PEM-PRIVATE' }
    });
    const restore = step(build.steps, (s) => s.id === 'cache');
    expect(
      ['signing', 'verify-key', 'signer'].map((k) => render(String(restore.with?.[k]), ctx))
    ).toEqual(['key', 'PEM-PUBLIC', '']);
    const saveCtx = jobContexts(wf, 'cache-save', {
      workspace: mkdtempSync(join(tmpdir(), 'ci-intel-ci-')),
      inputs: { cache: true, 'cache-signing': 'key' },
      secrets: { 'cache-signing-key': 'PEM-PRIVATE' }
    });
    expect(render(String(signStep.with?.['signing-key']), saveCtx)).toBe('PEM-PRIVATE');
    expect(JSON.stringify(build)).not.toContain('secrets.');
  });

  it('only cache-save holds id-token: write, and it runs no script and checks nothing out', () => {
    const withToken = Object.entries(wf.jobs)
      .filter(([, j]) => j.permissions && typeof j.permissions === 'object')
      .filter(([, j]) => (j.permissions as Record<string, string>)['id-token'] === 'write')
      .map(([id]) => id);
    expect(withToken).toEqual(['cache-save']);
    expect((save.steps ?? []).filter((s) => s.run !== undefined)).toEqual([]);
    expect((save.steps ?? []).map((s) => s.uses?.split('@')[0])).toEqual([
      'actions/download-artifact',
      '$/actions/cache-sentinel',
      'actions/upload-artifact'
    ]);
  });
});
