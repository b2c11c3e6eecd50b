import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowPolicyEvidence } from '../../src/gates/workflow-policy/index.js';
import { check, checkIn, of, wf, workspace } from './helpers.js';

const W = '.github/workflows/a.yml';
const P = '.github/ci-intel/workflow-policy.yml';
const UNPINNED = wf('      - uses: vendor/deploy@v3\n      - uses: other/thing@v1\n');

describe('policy levels and exceptions', () => {
  it('levels: off drops a rule, warning keeps it visible without failing', async () => {
    const r = await check({
      [W]: UNPINNED.replace('permissions: {}\n', ''),
      [P]: 'rules:\n  pinned-uses: { level: warning }\n  permissions: off\n'
    });
    expect(of(r, 'permissions')).toEqual([]);
    expect(of(r, 'pinned-uses').map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(r.verdict).toBe('pass');
    expect(r.outputs['findings-count']).toBe('2');
  });

  it('per-owner and per-path exceptions with justification and expiry turn findings into notes', async () => {
    const r = await check({
      [W]: UNPINNED,
      '.github/workflows/legacy.yml': wf('      - uses: old/action@v1\n'),
      [P]: `exceptions:
  - rule: pinned-uses
    owner: vendor
    justification: vendor publishes signed immutable release tags only
    expires: 2027-01-31
    approved-by: "@acme/security"
  - rule: pinned-uses
    path: .github/workflows/legacy*.yml
    justification: legacy workflow being retired with the old cluster
    expires: 2026-12-31
`
    });
    const f = of(r, 'pinned-uses');
    expect(f.map((x) => [x.file, x.severity])).toEqual([
      [W, 'note'],
      [W, 'error'],
      ['.github/workflows/legacy.yml', 'note']
    ]);
    expect(f[0].message).toContain(
      '[excepted until 2027-01-31, approved by @acme/security: vendor publishes'
    );
    expect(r.verdict).toBe('fail');
    expect(r.outputs['findings-count']).toBe('1');
    const ev = r.evidence as unknown as WorkflowPolicyEvidence;
    expect(ev.exceptionsApplied.map((e) => [e.owner ?? e.path, e.findings])).toEqual([
      ['vendor', 1],
      ['.github/workflows/legacy*.yml', 1]
    ]);
  });

  it('expired or unjustified exceptions excuse nothing and fail the gate; unused ones are stale', async () => {
    const r = await check({
      [W]: UNPINNED,
      [P]: `exceptions:
  - rule: pinned-uses
    owner: vendor/deploy
    justification: vendor publishes signed immutable release tags only
    expires: 2026-11-22
  - rule: pinned-uses
    owner: other
    justification: todo
    expires: 2027-01-01
  - rule: template-injection
    path: .github/workflows/a.yml
    justification: reviewed, the script only prints the value to the log
    expires: 2027-01-01
`
    });
    expect(of(r, 'pinned-uses').map((f) => f.severity)).toEqual(['error', 'error']);
    const bad = of(r, 'exception-invalid');
    expect(bad.map((f) => [f.file, f.line])).toEqual([
      [P, 2],
      [P, 6]
    ]);
    expect(bad[0].message).toContain('expected an expiry on or after 2026-11-23, got 2026-11-22');
    expect(bad[1].message).toContain("got 'todo'");
    const [stale] = of(r, 'exception-stale');
    expect(stale).toMatchObject({ severity: 'warning', file: P, line: 10 });
  });

  it('a malformed or schema-breaking policy is an error naming the input and the fix', async () => {
    const yamlBroken = await check({ [W]: UNPINNED, [P]: 'rules:\n  pinned-uses: [\n' });
    expect(yamlBroken.verdict).toBe('error');
    expect(yamlBroken.findings[0].message).toMatch(
      /^input 'policy': \.github\/ci-intel\/workflow-policy\.yml: YAML error/
    );
    expect(yamlBroken.findings[0].help).toContain('schema/workflow-policy.v1.json');

    const schema = await check({
      [W]: UNPINNED,
      [P]: 'rules:\n  pinned-uses: { policies: { "*": sha } }\n  no-such-rule: error\nexceptions:\n  - rule: permissions\n    justification: x\n    expires: tomorrow\n'
    });
    expect(schema.verdict).toBe('error');
    const msg = schema.findings[0].message;
    expect(msg).toContain('does not match schema/workflow-policy.v1.json');
    expect(msg).toContain("unknown field 'no-such-rule'");
  });

  it('an explicitly named policy file that is missing is an error; the missing default means defaults', async () => {
    const r = await check({ [W]: UNPINNED }, { policy: 'policies/wp.yml' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain("input 'policy': policies/wp.yml not found");
    const d = await check({ [W]: UNPINNED });
    expect((d.evidence as unknown as WorkflowPolicyEvidence).policy.file).toBeNull();
  });

  it('refuses a huge policy file instead of reading it', async () => {
    const root = workspace({ [W]: UNPINNED });
    writeFileSync(join(root, 'big.yml'), `# ${'x'.repeat(1024 * 1024 + 10)}\n`);
    const r = await checkIn(root, { policy: 'big.yml' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(
      /input 'policy': policy file big\.yml is [\d.]+ MiB; the limit is 1 MiB/
    );
  });
});

describe('unreadable workflows and inputs fail closed', () => {
  it('merge keys, duplicate keys, multi-document files and non-workflows give verdict error with a location', async () => {
    const r = await check({
      '.github/workflows/merge.yml': 'on: push\nx: &a { a: 1 }\njobs:\n  j:\n    <<: *a\n',
      '.github/workflows/dup.yml': 'on: push\non: pull_request\njobs: {}\n',
      '.github/workflows/multi.yml': 'on: push\njobs: {}\n---\non: push\n',
      '.github/workflows/list.yml': '- a\n- b\n',
      [W]: UNPINNED
    });
    expect(r.verdict).toBe('error');
    const inv = of(r, 'invalid-workflow');
    expect(inv.map((f) => [f.file, f.line])).toEqual([
      ['.github/workflows/dup.yml', 2],
      ['.github/workflows/list.yml', 1],
      ['.github/workflows/merge.yml', 5],
      ['.github/workflows/multi.yml', 3]
    ]);
    // The readable file is still checked.
    expect(of(r, 'pinned-uses')).toHaveLength(2);
  });

  it('an oversized workflow is refused, and a missing explicit file is an input error', async () => {
    const r = await check({ [W]: `on: push\n# ${'y'.repeat(2 * 1024 * 1024)}\njobs: {}\n` });
    expect(r.verdict).toBe('error');
    expect(of(r, 'invalid-workflow')[0].message).toContain('the limit is 2 MiB');
    const m = await check({ [W]: UNPINNED }, { workflows: '.github/workflows/nope.yml' });
    expect(m.verdict).toBe('error');
    expect(m.findings[0].message).toContain(
      "input 'workflows': .github/workflows/nope.yml not found"
    );
  });

  it('an alias bomb is reported, not expanded', async () => {
    const lines = ['on: push', 'permissions: {}', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      );
    lines.push(
      'jobs:',
      '  j:',
      '    runs-on: x',
      '    strategy:',
      '      matrix:',
      '        x: *a8',
      '    steps:',
      '      - run: echo'
    );
    const t0 = Date.now();
    const r = await check({ [W]: lines.join('\n') + '\n' });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.verdict).toBe('error');
    expect(of(r, 'invalid-workflow')[0].message).toContain('alias expansions');
  });

  it('hostile shapes end quickly: 5,000-deep nesting is unreadable, 20,000 expressions are all located', async () => {
    const deep = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        env:\n          X: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const lines = Array.from(
      { length: 20000 },
      () => '          echo ${{ github.event.issue.title }} ${{ github.sha }}'
    );
    const many = `on: issues\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n${lines.join('\n')}\n`;
    const t0 = Date.now();
    const r = await check({
      '.github/workflows/deep.yml': deep,
      '.github/workflows/many.yml': many
    });
    expect(Date.now() - t0).toBeLessThan(15000);
    expect(r.verdict).toBe('error');
    expect(of(r, 'invalid-workflow').map((f) => f.file)).toEqual(['.github/workflows/deep.yml']);
    const inj = of(r, 'template-injection');
    expect(inj).toHaveLength(20000);
    expect(inj[19999]).toMatchObject({ line: 20007, column: 16 });
  });

  it('runs are stable: same findings, same order', async () => {
    const root = workspace({
      [W]: UNPINNED.replace('permissions: {}\n', ''),
      '.github/workflows/b.yml': UNPINNED
    });
    const a = await checkIn(root);
    const b = await checkIn(root);
    expect(b.findings).toEqual(a.findings);
  });
});
