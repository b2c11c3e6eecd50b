/**
 * The expression helper the contract tests rely on renders what the runner would: values coerced
 * as the runner coerces them, missing properties empty, `||` fallbacks, implicit `success() &&`
 * in `if:`, and hashFiles as the runner computes it.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCondition, evaluateTemplate } from '../helpers/expressions.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { jobContexts, loadWorkflow, render } from './reusable.js';
import '../helpers/yaml-library.js';

const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();

describe('evaluateTemplate', () => {
  const ctx = {
    inputs: { cache: true, n: 3, empty: '', text: 'a\nb\n' },
    secrets: { 'dr-token': 'tok' },
    github: { repository: 'acme/widget', token: 'job' }
  };

  it('renders booleans, numbers, strings and missing values as the runner does', () => {
    expect(evaluateTemplate('${{ inputs.cache }}/${{ inputs.n }}/${{ inputs.nope }}', ctx)).toBe(
      'true/3/'
    );
    expect(evaluateTemplate('x-${{ inputs.text }}', ctx)).toBe('x-a\nb\n');
    expect(
      evaluateTemplate("${{ inputs.empty || format('github.com/{0}', github.repository) }}", ctx)
    ).toBe('github.com/acme/widget');
    expect(evaluateTemplate('${{ secrets.dr-token || github.token }}', ctx)).toBe('tok');
    expect(evaluateTemplate('${{ secrets.other || github.token }}', ctx)).toBe('job');
    expect(evaluateTemplate("a '}}' ${{ 'in }} string' }}", ctx)).toBe("a '}}' in }} string");
  });

  it('refuses an expression GitHub would refuse', () => {
    expect(() => evaluateTemplate('${{ nocontext.x }}', ctx)).toThrow();
    expect(() => evaluateTemplate('${{ inputs.a == }}', ctx)).toThrow();
  });
});

describe('evaluateCondition', () => {
  const ctx = { inputs: { cache: true, off: false } };
  it('adds success() unless a status function is called', () => {
    expect(evaluateCondition('inputs.cache', ctx)).toBe(true);
    expect(evaluateCondition('${{ inputs.cache }}', ctx)).toBe(true);
    expect(evaluateCondition('inputs.off', ctx)).toBe(false);
    expect(evaluateCondition('inputs.cache', ctx, { status: 'failure' })).toBe(false);
    expect(evaluateCondition('always() && inputs.cache', ctx, { status: 'failure' })).toBe(true);
    expect(evaluateCondition('failure()', ctx, { status: 'failure' })).toBe(true);
    expect(evaluateCondition(undefined, ctx, { status: 'failure' })).toBe(false);
  });
});

describe('hashFiles', () => {
  it("is the sha256 over each matched file's sha256, in path order; no match is empty", () => {
    const ws = mkdtempSync(join(tmpdir(), 'ci-intel-hashfiles-'));
    mkdirSync(join(ws, 'a'), { recursive: true });
    writeFileSync(join(ws, 'package-lock.json'), '{"lockfileVersion":3}');
    writeFileSync(join(ws, 'a', 'package-lock.json'), '{}');
    const want = createHash('sha256')
      .update(sha(Buffer.from('{}')))
      .update(sha(Buffer.from('{"lockfileVersion":3}')))
      .digest('hex');
    const ctx = { github: { workspace: ws } };
    expect(evaluateTemplate("${{ hashFiles('**/package-lock.json') }}", ctx)).toBe(want);
    expect(evaluateTemplate("${{ hashFiles('**/*.nothing') }}", ctx)).toBe('');
  });

  it("renders ci.yml's cache key from the hub's own lock file, as on a fresh checkout", () => {
    const wf = loadWorkflow('ci.yml');
    // A fresh checkout: the lock file, no node_modules yet.
    const ws = mkdtempSync(join(tmpdir(), 'ci-intel-checkout-'));
    writeFileSync(
      join(ws, 'package-lock.json'),
      readFileSync(join(REPO_ROOT, 'package-lock.json'))
    );
    const ctx = jobContexts(wf, 'build', { workspace: ws, inputs: { cache: true } });
    const keyStep = wf.jobs.build.steps?.find((s) => s.id === 'key');
    const lock = createHash('sha256')
      .update(sha(readFileSync(join(REPO_ROOT, 'package-lock.json'))))
      .digest('hex');
    expect(evaluateCondition(String(keyStep?.if), ctx)).toBe(true);
    expect(render(String(keyStep?.env?.KEY), ctx)).toBe(`ci-intel-Linux-${lock}`);
  });
});
