/**
 * workflow-policy reads workflows the way the runner does (the shared src/workflows model) and
 * never passes what it could not check.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '../../src/gates/workflow-policy/policy.js';
import { check, checkIn, GOOD, NOW, of, SHA, wf, workspace } from './helpers.js';
import '../helpers/yaml-library.js';

const W = '.github/workflows/ci.yml';
const P = '.github/ci-intel/workflow-policy.yml';

describe('nothing to check is never a pass', () => {
  it('zero workflow files matched: error naming the patterns, the workspace and actions/checkout', async () => {
    const root = workspace({ 'README.md': 'x' });
    const r = await checkIn(root);
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain(
      `no workflow file matched .github/workflows/*.yml, .github/workflows/*.yaml in the workspace ${root}`
    );
    expect(r.findings[0].help).toMatch(/actions\/checkout/);
  });

  it('a workspace that does not exist is an error', async () => {
    const r = await checkIn(join(workspace({}), 'nope'));
    expect(r.verdict).toBe('error');
    expect(r.summary).toMatch(/the workspace .*nope does not exist/);
  });

  it.each([
    ['glob', '.github/workflows/*.yml'],
    ['folder', '.github/workflows'],
    ['file', '.github/workflows/link.yml']
  ])(
    'a symlinked workflow given as a %s is an error, never skipped or followed',
    async (_n, workflows) => {
      const root = workspace({ [W]: GOOD, 'shared/ci.yml': GOOD });
      symlinkSync('../../shared/ci.yml', join(root, '.github/workflows/link.yml'));
      const r = await checkIn(root, { workflows });
      expect(r.verdict).toBe('error');
      expect(of(r, 'invalid-workflow')[0]).toMatchObject({ file: '.github/workflows/link.yml' });
      expect(of(r, 'invalid-workflow')[0].message).toMatch(/symlink/);
    }
  );

  it('a FIFO workflow is refused without blocking', async () => {
    const root = workspace({ [W]: GOOD });
    execFileSync('mkfifo', [join(root, '.github/workflows/pipe.yaml')]);
    const r = await checkIn(root);
    expect(r.verdict).toBe('error');
    expect(of(r, 'invalid-workflow')[0].message).toMatch(/FIFO/);
  });
});

describe('read as the runner reads it', () => {
  it('SCRIPT: is the github-script script (input names are case-insensitive)', async () => {
    const r = await check({
      [W]: wf(`      - uses: actions/github-script@${SHA} # v7
        with:
          SCRIPT: |
            console.log("\${{ github.event.issue.title }}")
`)
    });
    expect(r.verdict).toBe('fail');
    const f = of(r, 'template-injection');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 10, column: 26 });
  });

  it('Persist-Credentials: false is the checkout input', async () => {
    const r = await check({
      [W]: wf(`      - uses: actions/checkout@${SHA} # v4
        with:
          Persist-Credentials: false
      - uses: actions/upload-artifact@${SHA} # v4
`)
    });
    expect(of(r, 'persist-credentials')).toHaveLength(0);
  });

  it('a matrix include value from an attacker-controlled field is template injection', async () => {
    const r = await check({
      [W]: wf('      - run: echo "${{ matrix.title }}"\n', '', 'issues').replace(
        '    steps:',
        '    strategy:\n      matrix:\n        include:\n          - title: ${{ github.event.issue.title }}\n    steps:'
      )
    });
    expect(of(r, 'template-injection')).toHaveLength(1);
  });

  it.each([
    ['on: 42', 1],
    ['on: push\nON: pull_request', 2],
    ['on:\n  push: [main]', 2]
  ])("an 'on' GitHub rejects (%s) is an error with its line", async (on, line) => {
    const r = await check({
      [W]: `${on}\npermissions: {}\njobs: {a: {runs-on: x, steps: [{run: echo}]}}\n`
    });
    expect(r.verdict).toBe('error');
    expect(of(r, 'invalid-workflow')[0]).toMatchObject({ file: W, line });
  });
});

describe('the policy file', () => {
  const exception = (expires: string) => `exceptions:
  - rule: pinned-uses
    owner: vendor
    justification: vendor publishes signed immutable release tags only
    expires: ${expires}
`;

  it('an expiry that is not a real calendar date excuses nothing: the policy cannot be decided', async () => {
    expect(() => parsePolicy(P, exception('2027-02-30'), NOW)).toThrow(
      /expires: must match format "date"/
    );
    expect(() => parsePolicy(P, exception('2027-02-28'), NOW)).not.toThrow();
    const r = await check({
      [W]: wf('      - uses: vendor/deploy@v1\n'),
      [P]: exception('2027-02-30')
    });
    expect(r.verdict).toBe('error');
    expect(r.summary).toMatch(/2027-02-30|format "date"/);
  });

  it('duplicate keys in the policy (in any case) are an error, never last-wins', async () => {
    const r = await check({ [W]: GOOD, [P]: 'rules:\n  pinned-uses: error\n  Pinned-Uses: off\n' });
    expect(r.verdict).toBe('error');
    expect(r.summary).toMatch(/Map keys must be unique/);
  });
});

describe('large files', () => {
  it('decides a 2 MiB workflow with 200,000 keys in one mapping, and rejects a duplicate in it', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 200_000; i++) keys.push(` k${i.toString(36)}: v`);
    const body = GOOD.replace('jobs:\n', `env:\n${keys.join('\n')}\njobs:\n`);
    const r = await check({
      [W]: body,
      '.github/workflows/release.yml': GOOD.replace('  release:\n', '  x:\n')
    });
    expect(r.evidence).toMatchObject({ invalid: [] });
    expect(r.verdict).not.toBe('error');
    const dup = await check({ [W]: body.replace('\njobs:', '\n KA: again\njobs:') });
    expect(dup.verdict).toBe('error');
    expect(of(dup, 'invalid-workflow')[0].message).toMatch(/'KA' repeats 'ka'/);
  }, 240_000);
});
